"""Publishing a build into the site folder: readers never see a half-built site.

MkDocs writes straight into its ``site_dir``, so a build goes into a folder of its own (the
cache's, or a temporary one), never into the published site, where a crash mid-build would leave a
mix of old and new pages. The files that changed are then put into a hidden staging folder inside
the site folder (the same file system, even when the site folder is a mount point), a journal of
the renames and deletions to make commits the publish, and each file is renamed into place; a
build killed before the commit leaves the previous site as it was, one killed after it is finished
by the next build, before anything else. Nothing else in the site folder is touched, so its hidden
files (a publishing repository's ``.git``, say) are kept, as plain `mkdocs build` keeps them.

A full build on two cores writes each page into the staging folder as it makes it (`stage`), in
the process that makes it: copying the site afterwards, in one process, was the longest part of a
full build that ran on one core only. A folder the site lacks (every folder, in a first build) is
renamed into place whole rather than file by file.

No rename can be made over a folder, or into a file: a file of ours standing where the build puts
a folder, or in a folder where it puts a file, is deleted first, and one that is not ours stops the
publish before anything in the site folder is touched.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from .errors import BuildError
from .writing import atomic_write, files_under, remove_file

# Hidden, so that MkDocs' own cleaning of the site folder and `publish` leave it alone; inside the
# site folder, so that its renames stay on one file system even when the site folder is a mount point.
STAGING = ".briefings-building"
JOURNAL = "publish.json"


def stage(staging: Path, name: str, data: bytes) -> None:
    """Put `data`, the file `name` of the build just made, in the site folder's staging folder
    `staging`, unless the site already holds those bytes (it then keeps the file and its time)."""
    if _holds(staging.parent / name, data):
        return
    target = staging / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def publish(build: Path, final: Path, published: dict[str, tuple[int, int]] | None) -> dict[str, tuple[int, int]]:
    """Bring the site folder `final` up to date with the folder `build`; what it then holds of
    ours, by file: size and modification time in `build`. `published` is that of the last publish:
    files whose size and time are unchanged are not copied again, and files it has that `build`
    no longer has are deleted. Without it every visible file that `build` lacks is deleted, as
    MkDocs cleans its site folder. Files `stage` put in the staging folder are not copied again."""
    now = _sizes_and_times(str(build))
    if published is None:
        gone = {path.relative_to(final).as_posix() for entry in os.scandir(final) if not entry.name.startswith(".")
                for path in ([Path(entry.path)] if not entry.is_dir(follow_symlinks=False)
                             else files_under(Path(entry.path)))} - set(now)
    else:
        gone = set(published) - set(now)
    staging = final / STAGING
    staged = _sizes_and_times(str(staging)) if staging.is_dir() else {}

    def is_staged(name: str) -> bool:
        # By size alone: what `stage` wrote is what MkDocs wrote next, and a page some other
        # writer changed afterwards would most often change size; such a file is copied again.
        return name in staged and staged[name][0] == now[name][0]

    # MkDocs writes some files on every build (the 404 page, the sitemap, the search index): one
    # written again with the same bytes keeps its time in the site, for tools that copy by time.
    # Paths as text: each of thousands of unchanged files is checked to be still in the site, and a
    # `Path` made for each took most of the time.
    site = str(final)
    changed = [name for name, signature in now.items()
               if is_staged(name)
               or (published is None or published.get(name) != signature or not os.path.isfile(f"{site}/{name}"))
               and not _same_bytes(build / name, final / name)]
    in_the_way = _in_the_way(site, changed, gone)
    for name in changed:
        if not is_staged(name):
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(build / name, staging / name)
    # New files first and the home page last, so that a reader meanwhile finds every page a page
    # links to; deletions after, once no new page links to what is deleted. Only a file of ours
    # standing where the build puts a folder, or in a folder where it puts a file, goes first: no
    # rename can be made over it.
    order = sorted(_moves(site, changed, in_the_way),
                   key=lambda n: (n == "index.html", os.path.lexists(f"{site}/{n}"), n))
    _write_journal(staging, {"clear": sorted(in_the_way), "replace": order, "delete": sorted(gone - in_the_way)})
    finish_publishing(final)
    return now


def _in_the_way(site: str, names: list[str], gone: set[str]) -> set[str]:
    """The files of the site folder `site` to delete before `names` can be renamed into it: a file
    where one of them needs a folder, and the files of a folder where one of them is a file. They
    must be ours (in `gone`, which the build no longer has): nothing else is deleted."""
    found: set[str] = set()
    folders: set[str] = set()
    for name in names:
        folders.update(_folders_of(name))
        if os.path.isdir(f"{site}/{name}") and not os.path.islink(f"{site}/{name}"):
            found.update(path.relative_to(site).as_posix() for path in files_under(Path(site, name)))
    found.update(folder for folder in folders
                 if os.path.lexists(f"{site}/{folder}") and not os.path.isdir(f"{site}/{folder}"))
    theirs = sorted(found - gone)
    if theirs:
        raise BuildError("a file the build did not make stands where it puts a folder, or in a folder where "
                         "it puts a file", path=Path(site, theirs[0]),
                         hint="move it out of the site folder, then build again")
    return found


def _moves(site: str, names: list[str], cleared: set[str]) -> set[str]:
    """What to rename into the site folder `site` to put `names` in place, once the files `cleared`
    are deleted: each name, or its shallowest folder that the site lacks, whose files are then all new."""
    lacking: dict[str, bool] = {}
    moves = set()
    for name in names:
        move = name
        for folder in _folders_of(name):
            if folder not in lacking:
                lacking[folder] = folder in cleared or not os.path.lexists(f"{site}/{folder}")
            if lacking[folder]:
                move = folder
                break
        moves.add(move)
    return moves


def _folders_of(name: str) -> Iterator[str]:
    """The folders the file `name` is in, outermost first ("a/b/c.html": "a", "a/b")."""
    at = name.find("/")
    while at >= 0:
        yield name[:at]
        at = name.find("/", at + 1)


def _sizes_and_times(folder: str, prefix: str = "") -> dict[str, tuple[int, int]]:
    """Every file under `folder`, by its path relative to it: its size and modification time.

    Walked with `os.scandir` and paths kept as text: the build folder of a thousand articles holds
    2,500 files, and making, relating and stating a `Path` for each took several times as long."""
    found: dict[str, tuple[int, int]] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                found.update(_sizes_and_times(entry.path, f"{prefix}{entry.name}/"))
            else:
                stat = entry.stat()
                found[prefix + entry.name] = (stat.st_size, stat.st_mtime_ns)
    return found


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):  # nothing, or not a file, there
        return False


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return False


def _write_journal(staging: Path, plan: dict[str, list[str]]) -> None:
    """Commit a publish: from here on it is finished, by this run or, if this one is killed, by the next."""
    atomic_write(staging / JOURNAL, json.dumps(plan).encode("utf-8"))


def finish_publishing(final: Path) -> None:
    """Finish the publish the site folder `final` has committed, if any, and drop the staged files
    of one that was killed before it committed: the files of the site are then all of one build."""
    staging = final / STAGING
    try:
        plan = json.loads((staging / JOURNAL).read_bytes())
    except FileNotFoundError:
        shutil.rmtree(staging, ignore_errors=True)
        return
    except ValueError as exc:
        raise BuildError(f"the journal of an interrupted publish cannot be read ({exc})", path=staging / JOURNAL,
                         hint=f"delete the {STAGING} folder and run `briefings build --full`") from exc
    for name in plan.get("clear", ()):  # an earlier release's journal has none
        path = final / name
        if path.is_file() or path.is_symlink():  # else the killed run had put the build's in its place
            remove_file(final, name)
    for name in plan["replace"]:
        if os.path.lexists(staging / name):  # else the killed run had moved it already
            _move_into_place(staging, final, name)
    for name in plan["delete"]:
        remove_file(final, name)
    shutil.rmtree(staging)


def _move_into_place(staging: Path, final: Path, name: str) -> None:
    source, target = staging / name, final / name
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(source, target)
    except OSError:
        if source.is_symlink() or not source.is_dir():
            raise
        # A folder the site lacked when the publish was planned holds files now: one by one.
        for path in list(files_under(source)):
            _move_into_place(staging, final, path.relative_to(staging).as_posix())
