"""How to reach a language model: the plugin's ``llm`` options, overridden by the environment.

The key itself is never an option: the options name the environment variable that holds it, so it
is in no file, and nothing here prints it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ...errors import ConfigError

BASE_URL_VARIABLE = "BRIEFINGS_LLM_BASE_URL"
MODEL_VARIABLE = "BRIEFINGS_LLM_MODEL"
KEY_VARIABLE = "BRIEFINGS_LLM_API_KEY"
MODES = ("hybrid", "model")
# Local servers (Ollama, llama.cpp, vLLM) take any key, but the client will not send an empty one.
_NO_KEY = "none"


@dataclass(frozen=True)
class LLMSettings:
    base_url: str | None = None  # of an OpenAI-compatible API, such as http://127.0.0.1:11434/v1
    model: str | None = None
    api_key_env: str = "OPENAI_API_KEY"  # the environment variable that holds the key
    timeout: float = 120.0  # seconds one answer may take
    concurrency: int = 2  # articles asked about at once
    retries: int = 3  # after a 429, a 5xx, a timeout or a lost connection, with growing waits
    # hybrid: the built-in backend's quotes and speakers, the model's title, summary, roles and
    # positions; model: the model's quotes and speakers too, checked against the article alike.
    mode: str = "hybrid"

    def from_environment(self, environ: Mapping[str, str] | None = None) -> LLMSettings:
        """These settings with the server and model the environment names instead, if it does."""
        environ = os.environ if environ is None else environ
        return replace(self, base_url=environ.get(BASE_URL_VARIABLE) or self.base_url,
                       model=environ.get(MODEL_VARIABLE) or self.model)

    def api_key(self, environ: Mapping[str, str] | None = None) -> str:
        environ = os.environ if environ is None else environ
        return environ.get(KEY_VARIABLE) or environ.get(self.api_key_env) or _NO_KEY

    def require_server(self) -> tuple[str, str]:
        """The base address and the model; an error naming both ways to set them when one is missing."""
        missing = [name for name, value in (("base_url", self.base_url), ("model", self.model)) if not value]
        if missing:
            variables = {"base_url": BASE_URL_VARIABLE, "model": MODEL_VARIABLE}
            raise ConfigError(
                f"the llm backend needs {' and '.join(missing)}",
                hint=" and ".join(f"set plugins.briefings.llm.{name} in mkdocs.yml or {variables[name]}"
                                  for name in missing))
        return self.base_url, self.model
