"""Talking to an OpenAI-compatible chat-completions server with the official client.

The client retries a 429, a 5xx, a timeout and a lost connection itself, waiting longer each time
(or as long as the server's Retry-After says). What still fails becomes `ModelUnavailable`, one line
that says what happened and where, never with the key.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any

from ...errors import MissingExtraError
from .prompt import response_format
from .settings import LLMSettings

_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(.*?)\n\s*```\s*$", re.S)


class ModelUnavailable(Exception):
    """No usable answer: the server cannot be reached, failed, or answered with no JSON object.
    `unreachable` is set when no article will fare better until the server is started."""

    def __init__(self, message: str, *, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


@dataclass(frozen=True)
class Answer:
    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


def _openai():
    try:
        import openai
    except ImportError as exc:
        raise MissingExtraError("the llm backend needs the openai package",
                                hint="pip install -e '.[llm]'") from exc
    return openai


class ChatClient:
    """One server and model. Asks for output against the answer's JSON Schema, and after a server
    refuses that once, asks with the prompt alone from then on."""

    def __init__(self, settings: LLMSettings) -> None:
        self.base_url, self.model = settings.require_server()
        openai = _openai()
        self._errors = openai
        self._client = openai.OpenAI(base_url=self.base_url, api_key=settings.api_key(),
                                     timeout=settings.timeout, max_retries=settings.retries)
        self._structured = True
        self._lock = threading.Lock()

    def ask(self, messages: list[dict[str, str]]) -> Answer:
        openai = self._errors
        try:
            if self._structured:
                try:
                    return self._ask(messages, response_format())
                except openai.BadRequestError as exc:
                    if not _refuses_format(exc):
                        raise
                    with self._lock:
                        self._structured = False
            return self._ask(messages, None)
        except openai.APITimeoutError as exc:
            raise ModelUnavailable(f"the language model at {self.base_url} did not answer in time") from exc
        except openai.APIConnectionError as exc:
            cause = exc.__cause__ or exc
            raise ModelUnavailable(f"the language model at {self.base_url} cannot be reached "
                                   f"({_one_line(str(cause)) or type(cause).__name__})", unreachable=True) from exc
        except openai.APIStatusError as exc:
            raise ModelUnavailable(f"the language model at {self.base_url} answered {exc.status_code} "
                                   f"({_status_message(exc)})",
                                   unreachable=exc.status_code in (401, 403, 404)) from exc

    def _ask(self, messages: list[dict[str, str]], output: dict[str, Any] | None) -> Answer:
        extra = {"response_format": output} if output is not None else {}
        response = self._client.chat.completions.create(model=self.model, messages=messages, temperature=0, **extra)
        choices = getattr(response, "choices", None) or []
        content = choices[0].message.content if choices and choices[0].message else None
        if not content:
            raise ModelUnavailable(f"the language model at {self.base_url} gave an empty answer")
        usage = getattr(response, "usage", None)
        return Answer(content, getattr(usage, "prompt_tokens", 0) or 0, getattr(usage, "completion_tokens", 0) or 0)


def _refuses_format(exc: Exception) -> bool:
    """A 400 about the response format: a server that does not constrain output to a schema."""
    return bool(re.search(r"response_format|json_schema|schema", str(exc), re.I))


def _status_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    message = None
    if isinstance(body, dict):
        error = body.get("error")
        message = body.get("message") or (error.get("message") if isinstance(error, dict) else error)
    return _one_line(str(message or getattr(exc, "message", "") or type(exc).__name__))


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def parse_answer(content: str) -> dict[str, Any]:
    """The JSON object a model answered with; a model asked by the prompt alone may wrap it in a
    code fence or put a sentence around it."""
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as first:
        start, end = text.find("{"), text.rfind("}")
        try:
            value = json.loads(text[start:end + 1]) if 0 <= start < end else None
        except json.JSONDecodeError:
            value = None
        if value is None:
            raise ModelUnavailable(f"the model's answer is not valid JSON ({first.msg} at line {first.lineno} "
                                   f"column {first.colno})") from first
    if not isinstance(value, dict):
        raise ModelUnavailable(f"the model's answer is JSON but not an object (a {type(value).__name__})")
    return value
