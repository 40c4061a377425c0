"""Reading author files as UTF-8 text, with a clear problem when they are not."""

from __future__ import annotations

from pathlib import Path

from .problems import ProblemList


def read_text(path: Path, problems: ProblemList) -> str | None:
    """The file's text, or None after adding a problem that says why it cannot be read."""
    try:
        data = path.read_bytes()
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
