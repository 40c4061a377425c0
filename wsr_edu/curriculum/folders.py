"""Where curriculum folders are, and a key that changes whenever one of them does.

Standard library only: the command line finds curricula and checks what it kept of them
(`scan_cache`, the export's `labels`) without loading the model or the parser.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import stat
import sys
from pathlib import Path

from .. import __version__

MANIFEST = "curriculum.toml"

LIBRARIES = ("markdown_it", "lxml")
"""Libraries whose output a load holds: a new version of one changes every key."""


def is_curriculum_dir(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def find_curricula(root: Path) -> list[Path]:
    """Curriculum folders at `root` itself or directly below it, sorted by name."""
    if is_curriculum_dir(root):
        return [root]
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and is_curriculum_dir(p))


def folder_signature(folder: Path, salt: str = "") -> str:
    """A key that changes whenever anything a load of `folder` reads may have changed: the
    digest of `folder_state`."""
    import hashlib

    return hashlib.sha256(folder_state(folder, salt)).hexdigest()


def folder_state(folder: Path, salt: str = "", stat_only: tuple[str, ...] | None = None) -> bytes:
    """Every file and folder in `folder` (name, kind, size, modification and change times, file
    number), the loader's own code and the libraries it uses, and the app's version, as text:
    it differs whenever a load of `folder` may differ. `salt` names what is kept under it.

    With `stat_only` (name endings such as ".md"), other files count by their names alone, for
    what depends on those files only: added, removed or renamed they change the state (their
    folder's line changes too), rewritten they do not."""
    lines = [f"{salt}\0{__version__}\0".encode()]
    for code in _code_files():
        lines.append(stat_line(str(code), code))
    endings = tuple(os.fsencode(e) for e in stat_only) if stat_only is not None else None
    _add_tree(lines, Path(folder), endings)
    return b"".join(lines)


@functools.cache
def _code_files() -> list[Path]:
    """The loader's code and libraries: found once a run (their stat is taken every time)."""
    files = sorted(Path(__file__).parent.glob("*.py"))
    for name in LIBRARIES:
        with contextlib.suppress(ImportError, ValueError):
            spec = importlib.util.find_spec(name)
            if spec is not None and spec.origin:
                files.append(Path(spec.origin))
    return files or [Path(sys.executable)]


def stat_line(name: str, path: Path | str) -> bytes:
    """What `os.stat` says of `path` (and of a link's target), as one line naming it `name`."""
    try:
        described = _described(os.stat(path, follow_symlinks=False), path)
    except OSError:
        described = b"missing"
    return os.fsencode(name) + b"\0" + described + b"\n"


def _described(st: os.stat_result, path: Path | str | bytes) -> bytes:
    """Kind, size, modification and change times and file number; a link's target's too."""
    line = b"%d:%d:%d:%d:%d" % (st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    if stat.S_ISLNK(st.st_mode):
        with contextlib.suppress(OSError):
            target = os.stat(path)
            line += b">%d:%d:%d" % (target.st_mode, target.st_size, target.st_mtime_ns)
    return line


def _add_tree(lines: list[bytes], folder: Path, endings: tuple[bytes, ...] | None) -> None:
    """A line per file and folder below `folder`, as `stat_line` writes them (in bytes all
    through: a curriculum has hundreds of files, and this runs before every export)."""
    lines.append(stat_line(".", folder))
    root = os.fsencode(folder)
    skip = len(root) + 1
    pending = [root]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=_name)
        except OSError:
            lines.append(current + b"\0unreadable\n")
            continue
        for entry in entries:
            name = entry.path[skip:]
            if endings is not None and not (
                entry.name.endswith(endings) or entry.is_dir(follow_symlinks=False)
            ):
                lines.append(name + b"\0named\n")
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                lines.append(name + b"\0missing\n")
                continue
            if stat.S_ISDIR(st.st_mode):
                pending.append(entry.path)
            lines.append(name + b"\0" + _described(st, entry.path) + b"\n")


def _name(entry: os.DirEntry[bytes]) -> bytes:
    return entry.name
