"""The model's answers, remembered under the cache folder so that rebuilding a site asks the model
only about new or changed articles.

An answer is kept under a digest of the model's name, the prompt's version and the messages, which
hold the article's paragraphs: any change to one of them asks again. The answer is kept as the
model gave it, before the checks against the article, so better checks need no new answers. Like
everything in the cache folder, the files are safe to delete.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from ...errors import WriteError
from ...writing import atomic_write
from .client import Answer
from .prompt import cache_key_material

log = logging.getLogger("briefings")
FOLDER = "llm-answers"


class AnswerCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _path(self, model: str, messages: list[dict[str, str]]) -> Path | None:
        if self.folder is None:
            return None
        digest = hashlib.sha256(cache_key_material(model, messages)).hexdigest()
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, model: str, messages: list[dict[str, str]]) -> Answer | None:
        path = self._path(model, messages)
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Answer(str(data["content"]), int(data["prompt_tokens"]), int(data["completion_tokens"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent, or unreadable: asked again and written anew

    def put(self, model: str, messages: list[dict[str, str]], answer: Answer) -> None:
        path = self._path(model, messages)
        if path is None:
            return
        data = {"model": model, "content": answer.content, "prompt_tokens": answer.prompt_tokens,
                "completion_tokens": answer.completion_tokens}
        try:
            atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except WriteError as exc:  # a shortcut only: the briefing is still made
            log.warning("%s", exc)
