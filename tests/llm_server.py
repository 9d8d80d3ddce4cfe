"""A chat-completions server on 127.0.0.1 for the tests of the llm backend, answering from fixtures.

The model named in a request picks the answer: `tests/llm/answers/<model>.json` (or `.txt`) is sent
as the model's message. A few names act out a server's troubles instead, then answer as `good`
does: `slow` answers only after the client has given up, `rate-limited` answers 429 to the first
request, `failing` answers 500 to every request, `no-schema` refuses a JSON Schema response format
with 400, and `together` answers only once three requests are waiting at the same time, and
500 if they never are. `echo` answers about any article from the prompt alone: the first quotation of its
paragraphs word for word, the same with a word left out, and a quotation no article has.

Usage is counted as four characters a token, which is near what common tokenizers give for English.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ANSWERS = Path(__file__).parent / "llm" / "answers"
CHARS_PER_TOKEN = 4
# A quick retry: the client waits as long as the server says.
_RETRY_SOON = {"retry-after-ms": "10"}


class ChatServer:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []  # each request's body, and its headers under "headers"
        self.released = threading.Event()  # lets a `slow` answer go when the test ends
        self.together = threading.Barrier(3, timeout=10)
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def close(self) -> None:
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def seen(self, model: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.get("model") == model)

    def record(self, body: dict[str, Any]) -> int:
        with self._lock:
            self.requests.append(body)
            return sum(1 for r in self.requests if r.get("model") == body.get("model"))

    def respond(self, body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        model = str(body.get("model"))
        nth = self.record(body)
        if model == "slow":
            self.released.wait(30)
            return 200, {}, completion(body, fixture("good"))
        if model == "together":
            try:
                self.together.wait()
            except threading.BrokenBarrierError:
                return 500, _RETRY_SOON, {"error": {"message": "the requests came one at a time"}}
            return 200, {}, completion(body, fixture("good"))
        if model == "rate-limited" and nth == 1:
            return 429, _RETRY_SOON, {"error": {"message": "Rate limit reached", "type": "rate_limit"}}
        if model == "failing":
            return 500, _RETRY_SOON, {"error": {"message": "the model crashed", "type": "server_error"}}
        if model == "no-schema" and "response_format" in body:
            return 400, {}, {"error": {"message": "response_format json_schema is not supported", "type": "invalid"}}
        if model == "echo":
            return 200, {}, completion(body, json.dumps(echo(body)))
        if model in ("rate-limited", "no-schema"):
            model = "good"
        return 200, {}, completion(body, fixture(model))


def fixture(name: str) -> str:
    for suffix in (".json", ".txt"):
        path = ANSWERS / f"{name}{suffix}"
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise KeyError(f"no fixture answer {name}")


def completion(body: dict[str, Any], content: str) -> dict[str, Any]:
    prompt = sum(len(m.get("content", "")) for m in body.get("messages", []))
    usage = {"prompt_tokens": -(-prompt // CHARS_PER_TOKEN), "completion_tokens": -(-len(content) // CHARS_PER_TOKEN)}
    return {"id": "chatcmpl-fixture", "object": "chat.completion", "created": 0, "model": body.get("model"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {**usage, "total_tokens": sum(usage.values())}}


_PARAGRAPH = re.compile(r"^\[(\d+)\] (.*)$", re.M)
_QUOTATION = re.compile(r"[\"“]([^\"“”]{20,}?)[,.]?[\"”]")


def echo(body: dict[str, Any]) -> dict[str, Any]:
    prompt = body["messages"][-1]["content"]
    paragraphs = [(int(n), text) for n, text in _PARAGRAPH.findall(prompt)]
    quotes: list[dict[str, Any]] = []
    for number, text in paragraphs:
        found = _QUOTATION.search(text)
        if found:
            words = found.group(1).split()
            quotes = [{"text": found.group(1), "speaker": None, "paragraph": number},
                      {"text": " ".join(words[:2] + words[3:]), "speaker": None, "paragraph": number}]
            break
    quotes.append({"text": "Nobody has ever said these words in any article", "speaker": None, "paragraph": 1})
    first = paragraphs[0][1] if paragraphs else ""
    return {"title": " ".join(first.split()[:8]), "summary": " ".join(first.split()[:30]),
            "actors": [], "positions": [], "quotes": quotes}


def _handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if not self.path.endswith("/chat/completions"):
                self.send_error(404)
                return
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            body["headers"] = {k.lower(): v for k, v in self.headers.items()}
            status, headers, data = server.respond(body)
            payload = json.dumps(data).encode()
            try:
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                pass  # the client gave up waiting, as a timeout test wants

        def log_message(self, *args: Any) -> None:
            pass

    return Handler
