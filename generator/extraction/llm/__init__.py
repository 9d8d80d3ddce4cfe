"""The ``llm`` backend: a language model's fluency with the built-in backend's guarantees.

Any OpenAI-compatible chat-completions server will do (Ollama, vLLM, llama.cpp's server, a hosted
API), set by the plugin's ``llm`` options or the BRIEFINGS_LLM_* variables (`settings`). Each
article is asked about once (`prompt`), the answers are remembered (`answers`), and every answer is
checked against the article before anything of it is kept (`checks`, `grounding`); the counts of
what failed go into the briefing's generator block. When no usable answer comes, the article is
summarised by the built-in backend, with a warning, and its briefing says so: it is asked about
again on the next run.
"""

from __future__ import annotations

from typing import Any

from .settings import LLMSettings

__all__ = ["LLMBackend", "LLMSettings", "Note"]


def __getattr__(name: str) -> Any:
    # The backend brings its client and the built-in backend's rules; the configuration reads the
    # settings of every project, which mostly never asks a model.
    if name in ("LLMBackend", "Note"):
        from . import backend
        return getattr(backend, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
