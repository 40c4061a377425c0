"""Reading author files as UTF-8 text, with a clear problem when they are not."""

from __future__ import annotations

from pathlib import Path

from .problems import ProblemList

MAX_TEXT_BYTES = 2 * 1024 * 1024
"""A module file (or curriculum.toml) larger than this (2 MB) is refused before it is read."""


def read_text(path: Path, problems: ProblemList, max_bytes: int = MAX_TEXT_BYTES) -> str | None:
    """The file's text, or None after adding a problem that says why it cannot be read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            problems.error(
                path,
                1,
                f"the file is {size / 2**20:.1f} MB; a curriculum text file may be at most "
                f"{max_bytes / 2**20:g} MB",
                "split the module into smaller modules, and keep pictures and recordings "
                "in their own files",
            )
            return None
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as exc:
        problems.error(
            path,
            1,
            f"cannot read the file: {exc.strerror or exc}",
            "check that the file exists and that you may read it",
        )
        return None
    if b"\x00" in data[:8192]:
        problems.error(
            path,
            1,
            "this is not a text file",
            "save it as plain text (UTF-8) from a text editor, not a word processor",
        )
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.error(
            path,
            line,
            "the file is not saved as UTF-8 text",
            "open it in a text editor and save it again choosing the UTF-8 encoding",
        )
        return None
    return text.removeprefix("\ufeff")
