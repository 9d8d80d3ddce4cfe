"""Configuration: the plugin's typed options in ``mkdocs.yml``, shared by MkDocs and the command line.

There is one configuration file. The generator's options live under the ``briefings`` entry of
``plugins:`` in ``mkdocs.yml``; MkDocs validates them with `BriefingsConfig` when it loads the plugin,
and the command line validates the same entry with the same class, so both agree on every option
and an error always names the option at fault.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.utils.yaml import yaml_load

from .errors import ConfigError
from .extraction.llm.settings import MODES, LLMSettings
from .reading import is_web_address

PLUGIN_NAME = "briefings"
# "feed" writes feed.xml (Atom, needs site_url) and "data" briefings.json; the others are page groups.
SECTIONS = ("briefings", "actors", "archive", "topics", "feed", "data")
# Where the feed is written, in the docs folder; here, as MkDocs' side of a build links every page
# to it without loading the rendering.
FEED_PATH = "feed.xml"


class _Backend(c.Type):
    """The name of an installed extraction backend."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        from .extraction import available_backends

        value = super().run_validation(value)
        names = available_backends()
        if value not in names:
            raise c.ValidationError(f"unknown backend '{value}'; installed: {', '.join(names)}")
        return value


class _WebAddress(c.Type):
    """An http:// or https:// address with a host: nothing else is fetched."""

    def __init__(self) -> None:
        super().__init__(str)

    def run_validation(self, value: object) -> str:
        value = super().run_validation(value)
        if not is_web_address(value):
            raise c.ValidationError(f"'{value}' is not a web address starting with http:// or https://")
        return value


class _ExtraPages(c.DictOfItems):
    """``{output page: template}``: one more page per entry, rendered with the whole collection."""

    def __init__(self) -> None:
        super().__init__(c.Type(str), default={})

    def run_validation(self, value: object) -> dict:
        pages = super().run_validation(value)
        for path, template in pages.items():
            parts = path.split("/")
            if not path.endswith(".md") or "\\" in path or ".." in parts or "" in parts:
                raise c.ValidationError(f"'{path}' must be a relative path of a Markdown page such as "
                                        "'people.md' or 'lists/people.md'")
            if not template.strip():
                raise c.ValidationError(f"'{path}' needs the name of its template")
        return pages


class _AtLeastOne(c.Type):
    """A whole number of at least 1."""

    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        value = super().run_validation(value)
        if isinstance(value, bool) or value < 1:
            raise c.ValidationError(f"must be a whole number of at least 1, not {value!r}")
        return value


class _LLMOptions(base.Config):
    """The ``llm`` options: the OpenAI-compatible server the ``llm`` backend asks (see
    `generator.extraction.llm.settings`); BRIEFINGS_LLM_BASE_URL and BRIEFINGS_LLM_MODEL override
    the first two."""

    base_url = c.Optional(_WebAddress())
    model = c.Optional(c.Type(str))
    api_key_env = c.Type(str, default=LLMSettings.api_key_env)
    timeout = c.Type((int, float), default=LLMSettings.timeout)
    concurrency = _AtLeastOne(default=LLMSettings.concurrency)
    retries = c.Type(int, default=LLMSettings.retries)
    mode = c.Choice(MODES, default=LLMSettings.mode)


class _LLM(c.SubConfig[_LLMOptions]):
    """The ``llm`` mapping, whose misspelt options are errors as the plugin's own are."""

    def run_validation(self, value: object):
        if isinstance(value, dict):
            known = sorted(name for name, _option in _LLMOptions._schema)
            for name in value:
                if name not in known:
                    raise c.ValidationError(f"'{name}': {_unknown_option(name, known)}")
        options = super().run_validation(value)
        for name in ("timeout", "retries"):
            if isinstance(options[name], bool) or options[name] < 0 or (name == "timeout" and not options[name]):
                raise c.ValidationError(f"'{name}' must be a number above 0, not {options[name]!r}"
                                        if name == "timeout" else
                                        f"'{name}' must be a whole number of at least 0, not {options[name]!r}")
        return options


class BriefingsConfig(base.Config):
    """Options of the ``briefings`` plugin entry in ``mkdocs.yml``; folders are relative to it."""

    seeds_dir = c.Dir(exists=False, default="seeds")
    content_dir = c.Dir(exists=False, default="content")
    pages_dir = c.Optional(c.Dir(exists=True))
    templates_dir = c.Optional(c.Dir(exists=True))
    backend = _Backend(default="builtin")
    # Processes for extraction, a render of most pages and a full build's conversion (two at most);
    # 0: one per processor core.
    workers = c.Type(int, default=0)
    # slim: the search index keeps briefings' own sections and collection pages' titles.
    search_index = c.Choice(("slim", "full"), default="slim")
    sections = c.ListOfItems(c.Choice(SECTIONS), default=list(SECTIONS))
    pages = _ExtraPages()
    # What earlier runs learnt about unchanged files; always safe to delete. Not under .cache/, which
    # Zensical empties on `zensical build --clean`.
    cache_dir = c.Dir(exists=False, default=".briefings-cache")
    # Finish with exit code 0 even when a briefing cannot be loaded (it is then missing from the site).
    keep_going = c.Type(bool, default=False)
    # The register of actors people curate (see generator/register.py); it need not exist.
    register = c.File(exists=False, default="actors.yaml")
    # A topic gets a page once this many briefings have it.
    topic_min_briefings = _AtLeastOne(default=2)
    # RSS or Atom feeds whose new entries `briefings update` (and `build --fetch`) add to the seeds.
    feeds = c.ListOfItems(_WebAddress(), default=[])
    # The language model the llm backend asks.
    llm = _LLM()

    def validate(self) -> tuple[list, list]:
        # MkDocs only warns about a name it does not know and goes on with the default: a misspelt
        # option (template_dir for templates_dir) would be ignored without anyone noticing.
        failed, warnings = super().validate()
        unknown = sorted(set(self) - self._schema_keys)
        errors = [(name, c.ValidationError(_unknown_option(name, sorted(self._schema_keys)))) for name in unknown]
        return [*errors, *failed], [w for w in warnings if not (isinstance(w, tuple) and w[0] in unknown)]


def _unknown_option(name: str, known: list[str]) -> str:
    closest = difflib.get_close_matches(name, known, n=1)
    if closest:
        return f"unknown option; did you mean '{closest[0]}'?"
    return f"unknown option; the options are {', '.join(known)}"


@dataclass(frozen=True)
class Project:
    """Where everything of one briefing site lives, resolved to absolute paths."""

    config_file: Path
    seeds_dir: Path
    content_dir: Path
    docs_dir: Path
    site_dir: Path
    pages_dir: Path | None
    templates_dir: Path | None
    backend: str
    sections: tuple[str, ...]
    site_name: str
    site_url: str | None
    workers: int = 0
    pages: tuple[tuple[str, str], ...] = ()  # extra (output page, template) pairs, in configured order
    cache_dir: Path | None = None  # None: nothing is remembered between runs
    keep_going: bool = False
    register_file: Path | None = None  # the register of actors; None, or a file that does not exist: none
    topic_min_briefings: int = 2  # a topic gets a page once this many briefings have it
    feeds: tuple[str, ...] = ()
    llm: LLMSettings = LLMSettings()

    @property
    def root(self) -> Path:
        return self.config_file.parent

    @property
    def lock_file(self) -> Path:
        """Held while a command changes the project, so two runs cannot interleave their writes."""
        return self.root / ".briefings.lock"

    def relative(self, path: Path) -> str:
        """`path` as shown to users and stored in briefings: relative to the project when inside it."""
        # By its text first, then without resolving, which costs a system call per path component:
        # summarising asks this of every article on every run.
        prefix, text = os.path.join(self.root, ""), str(path)
        if text.startswith(prefix):
            return text[len(prefix):].replace(os.sep, "/")
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def project_from_config(config_file: Path, mkdocs: dict, options: BriefingsConfig) -> Project:
    """Build a `Project` from validated plugin options and the raw top-level MkDocs settings."""
    root = config_file.parent

    def folder(value: object, default: str) -> Path:
        return (root / str(value or default)).resolve()

    return Project(
        config_file=config_file.resolve(),
        seeds_dir=Path(options.seeds_dir),
        content_dir=Path(options.content_dir),
        docs_dir=folder(mkdocs.get("docs_dir"), "docs"),
        site_dir=folder(mkdocs.get("site_dir"), "site"),
        pages_dir=Path(options.pages_dir) if options.pages_dir else None,
        templates_dir=Path(options.templates_dir) if options.templates_dir else None,
        backend=options.backend,
        sections=tuple(options.sections),
        site_name=str(mkdocs.get("site_name") or "Briefings"),
        site_url=str(mkdocs["site_url"]) if mkdocs.get("site_url") else None,
        workers=options.workers,
        pages=tuple(options.pages.items()),
        cache_dir=Path(options.cache_dir),
        keep_going=options.keep_going,
        register_file=Path(options.register),
        topic_min_briefings=options.topic_min_briefings,
        feeds=tuple(options.feeds),
        llm=LLMSettings(**dict(options.llm)),
    )


def unset_site_url(project: Project) -> ConfigError | None:
    """The warning for a site built without the address it is published at; None when it has one."""
    if project.site_url:
        return None
    feed = "the Atom feed (feed.xml) is left out, " if "feed" in project.sections else ""
    return ConfigError(f"site_url is not set: {feed}the sitemap lists paths without the site's address and "
                       "pages carry no canonical link", path=project.config_file,
                       hint="set the SITE_URL environment variable, or site_url in mkdocs.yml, to the address "
                            "the site is published at")


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH, the time to which reproducible builds clamp the times of files
    (https://reproducible-builds.org/specs/source-date-epoch/); None when it is not set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not value:
        return None
    if not value.isascii() or not value.isdigit():
        raise ConfigError(f"SOURCE_DATE_EPOCH is '{value}', not a number of seconds since 1970",
                          hint="set it to a whole number, such as the output of git log -1 --format=%ct")
    return int(value)


def load_project(config_file: Path) -> Project:
    """Read ``mkdocs.yml`` and validate the ``briefings`` plugin entry in it."""
    if not config_file.is_file():
        raise ConfigError("not found", path=config_file,
                          hint="run the command in the site's folder or pass --config PATH")
    try:
        with config_file.open(encoding="utf-8") as f:
            raw = yaml_load(f)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"is not valid YAML: {getattr(exc, 'problem', None) or exc}", path=config_file,
                          line=mark.line + 1 if mark else None, hint="fix the YAML syntax") from exc
    except Exception as exc:  # the MkDocs loader raises its own errors for !ENV and INHERIT
        raise ConfigError(f"cannot be read: {exc}", path=config_file) from exc
    if not isinstance(raw, dict):
        raise ConfigError("is not a mapping of settings", path=config_file,
                          hint="write 'site_name: …' and the other settings as keys")

    options = _plugin_options(config_file, raw.get("plugins"))
    options.pop("enabled", None)  # MkDocs' own switch, which every plugin accepts
    cfg = BriefingsConfig(config_file_path=str(config_file))
    cfg.load_dict(options)
    errors, _warnings = cfg.validate()
    if errors:
        name, error = errors[0]
        raise ConfigError(f"plugins.{PLUGIN_NAME}.{name}: {error}", path=config_file,
                          hint="see the configuration section of the README")
    return project_from_config(config_file, raw, cfg)


def _plugin_options(config_file: Path, plugins: object) -> dict:
    hint = f"add '- {PLUGIN_NAME}' under 'plugins:' in mkdocs.yml"
    entries = plugins.items() if isinstance(plugins, dict) else (
        (next(iter(p.items())) if isinstance(p, dict) and len(p) == 1 else (p, None))
        for p in (plugins or []))
    for name, options in entries:
        if name == PLUGIN_NAME:
            if options is None:
                return {}
            if not isinstance(options, dict):
                raise ConfigError(f"plugins.{PLUGIN_NAME}: expected a mapping of options", path=config_file)
            return dict(options)
    raise ConfigError(f"has no '{PLUGIN_NAME}' plugin entry", path=config_file, hint=hint)
