"""The one exception hierarchy of the package.

Library code raises these; only the command line turns them into messages and exit codes.
Every error can say which file (and line, where known) it concerns and what the user should do.
"""

from __future__ import annotations

from pathlib import Path


class BriefingsError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __reduce__(self):
        # Errors cross from extraction worker processes; keep their file, line and hint.
        return (_restore, (type(self), self.message, self.path, self.line, self.hint))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


def _restore(cls: type[BriefingsError], message: str, path: str | None, line: int | None,
             hint: str | None) -> BriefingsError:
    return cls(message, path=path, line=line, hint=hint)


class ConfigError(BriefingsError):
    """mkdocs.yml or one of the plugin's options is wrong."""


class ArticleError(BriefingsError):
    """An input article cannot be read: empty, binary, undecodable or with bad front matter."""


class FileProblems(BriefingsError):
    """A YAML file people edit is malformed or breaks its format.

    `problems` lists every problem found in the file, this one first, so that a check shows them all.
    """

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message, path=path, line=line, hint=hint)
        self.problems: tuple[FileProblems, ...] = (self,)

    def __reduce__(self):
        # Cached and crossing processes, an error keeps the other problems of its file.
        return (*super().__reduce__(), {"problems": self.problems})


class BriefingError(FileProblems):
    """A briefing YAML file is malformed or breaks the schema."""


class RegisterError(FileProblems):
    """The register of actors (actors.yaml) is malformed or contradicts itself."""


class TemplateError(BriefingsError):
    """A Jinja template is missing, has a syntax error or uses an unknown variable."""


class MissingExtraError(BriefingsError):
    """A feature needs an optional extra that is not installed (``pip install -e '.[web]'``)."""


class FetchError(BriefingsError):
    """A web address or a feed could not be fetched, or what came back is not what was asked for."""


class BackendError(BriefingsError):
    """An extraction backend is unknown or failed."""


class BuildError(BriefingsError):
    """Writing the pages or building the site failed."""


class WriteError(BriefingsError):
    """A file could not be written: a read-only folder, a full disk, a folder in the file's place."""


class LockedError(BriefingsError):
    """Another run holds the project's lock."""


class StrictError(BriefingsError):
    """Warnings were printed and --strict turns them into a failure."""
