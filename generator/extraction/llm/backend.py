"""The ``llm`` backend itself (see the package's description)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ...cleaning import Document
from ...schema import GeneratorInfo
from .. import Extraction, rules_digest
from ..builtin import BuiltinBackend
from .answers import FOLDER, AnswerCache
from .checks import Note, check_answer
from .client import Answer, ChatClient, ModelUnavailable, parse_answer
from .prompt import PROMPT_VERSION, messages
from .settings import LLMSettings

if TYPE_CHECKING:
    from ...config import Project

log = logging.getLogger("briefings")


@dataclass
class Usage:
    """What the run asked of the model: answers from the server and from the cache, and the tokens
    the server reported for the former."""

    asked: int = 0
    cached: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class LLMBackend:
    """Extraction by a language model, checked against the article; see the module's docstring."""

    name = "llm"

    def __init__(self, settings: LLMSettings, cache_dir: Path | None = None) -> None:
        self.settings = settings.from_environment()
        self.client = ChatClient(self.settings)
        self.concurrency = self.settings.concurrency
        self.builtin = BuiltinBackend()
        # The model, the prompt, what the checks and merging do, and the built-in backend they
        # start from: a change to any of them makes briefings again (the answers come from the cache).
        self.version = (f"{self.client.model}, prompt {PROMPT_VERSION}, {self.settings.mode}, checks "
                        f"{rules_digest(Path(__file__).parent)}, built-in {self.builtin.version}")
        self.cache = AnswerCache(cache_dir / FOLDER if cache_dir is not None else None)
        self.usage = Usage()
        self._unreachable: str | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_project(cls, project: Project | None) -> LLMBackend:
        if project is None:
            return cls(LLMSettings())
        return cls(project.llm, project.cache_dir)

    def extract(self, document: Document) -> Extraction:
        return self.read(document)[0]

    def read(self, document: Document) -> tuple[Extraction, tuple[Note, ...]]:
        """The extraction of `document`, and what of the model's answer was repaired or left out, and
        why (nothing when the built-in backend had to do without an answer)."""
        builtin = self.builtin.extract(document)
        if not document.paragraphs:
            return builtin, ()
        try:
            answer = parse_answer(self._answer(document).content)
        except ModelUnavailable as exc:
            return self._fall_back(builtin, str(exc)), ()
        checked = check_answer(answer, document, builtin, self.settings.mode)
        for note in checked.notes:
            log.info("%s: %s: %s (%s)", document.article.path, note.count.replace("_", " "), note.item, note.why)
        extraction = replace(checked.extraction,
                             generator=GeneratorInfo(self.name, self.version, grounding=checked.grounding))
        return extraction, checked.notes

    def _answer(self, document: Document) -> Answer:
        sent = messages(document)
        answer = self.cache.get(self.client.model, sent)
        if answer is not None:
            with self._lock:
                self.usage.cached += 1
            return answer
        if self._unreachable is not None:
            raise ModelUnavailable(self._unreachable)
        try:
            answer = self.client.ask(sent)
        except ModelUnavailable as exc:
            with self._lock:
                self.usage.failed += 1
                if exc.unreachable:  # no article will fare better: the others are not kept waiting
                    self._unreachable = str(exc)
            raise
        with self._lock:
            self.usage.asked += 1
            self.usage.prompt_tokens += answer.prompt_tokens
            self.usage.completion_tokens += answer.completion_tokens
        parse_answer(answer.content)  # only an answer that can be used is remembered
        self.cache.put(self.client.model, sent, answer)
        return answer

    def _fall_back(self, builtin: Extraction, problem: str) -> Extraction:
        return replace(builtin, generator=GeneratorInfo(self.builtin.name, self.builtin.version),
                       warnings=(f"{problem}; summarised by the built-in backend instead",))

    def describe_run(self) -> str | None:
        u = self.usage
        if not (u.asked or u.cached or u.failed):
            return None
        line = f"language model {self.client.model}: {u.asked} answer(s) from the server, {u.cached} from the cache"
        if u.failed:
            line += f", {u.failed} article(s) without an answer"
        if u.asked:
            line += (f"; {u.prompt_tokens} prompt and {u.completion_tokens} completion tokens, "
                     f"{round(u.prompt_tokens / u.asked)} and {round(u.completion_tokens / u.asked)} an article")
        return line
