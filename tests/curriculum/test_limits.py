"""Files too large to show are refused with a clear error, before they are read."""

from __future__ import annotations

import struct
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

from wsr_edu.curriculum import load_curriculum
from wsr_edu.curriculum.resources import MAX_PICTURE_BYTES

from .helpers import find, line_of, problems_of


def _png_header(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    body = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body))


def _huge(path: Path, size: int, head: bytes = b"") -> None:
    """A file of `size` bytes that takes no disk space (sparse), starting with `head`."""
    with path.open("wb") as file:
        file.write(head)
        file.truncate(size)


def test_a_module_file_over_2_mb_is_refused_unread(mini_curriculum: Path) -> None:
    md = mini_curriculum / "modules/water/en.md"
    _huge(md, 50 * 2**20, md.read_bytes())
    tracemalloc.start()
    try:
        problems = problems_of(mini_curriculum)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    problem = find(problems, "at most 2 MB")
    assert problem.path == md and problem.line == 1
    assert "50.0 MB" in problem.message and problem.hint
    assert peak < 5 * 2**20  # the 50 MB were never read into memory


def test_validate_answers_a_50_mb_module_with_an_error(mini_curriculum: Path) -> None:
    md = mini_curriculum / "modules/water/es.md"
    _huge(md, 50 * 2**20, md.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "wsr_edu", "validate", str(mini_curriculum)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "es.md:1: error: the file is 50.0 MB" in result.stdout
    assert "Traceback" not in result.stderr


def _show(folder: Path, name: str) -> Path:
    md = folder / "modules/water/en.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(
        text.replace("## Rest {#rest}\n", f"## Rest {{#rest}}\n\n![big](images/{name})\n")
    )
    return md


def test_a_picture_with_too_many_pixels_is_an_error(mini_curriculum: Path) -> None:
    (mini_curriculum / "modules/water/images/wide.png").write_bytes(_png_header(100_000, 100_000))
    md = _show(mini_curriculum, "wide.png")
    problem = find(problems_of(mini_curriculum), "100000 x 100000 pixels")
    assert problem.line == line_of(md, "images/wide.png")
    assert "cannot be shown" in problem.message and "million pixels" in problem.hint
    slide = load_curriculum(mini_curriculum).curriculum.modules[0].text("en").slide("rest")  # type: ignore[union-attr]
    assert slide is not None and slide.pictures[0].path is None


def test_a_picture_file_too_large_is_an_error(mini_curriculum: Path) -> None:
    _huge(
        mini_curriculum / "modules/water/images/big.png", MAX_PICTURE_BYTES + 1, _png_header(10, 10)
    )
    _show(mini_curriculum, "big.png")
    assert "more than 10 MB" in find(problems_of(mini_curriculum), "images/big.png").message


def test_a_huge_svg_is_an_error(mini_curriculum: Path) -> None:
    _huge(mini_curriculum / "modules/water/images/big.svg", 3 * 2**20, b"<svg>")
    _show(mini_curriculum, "big.svg")
    assert "larger than 2 MB" in find(problems_of(mini_curriculum), "images/big.svg").message


def test_long_runs_of_spaces_and_marks_load_in_linear_time(mini_curriculum: Path) -> None:
    # Each line once sent a backtracking pattern into minutes of work (cubic in the run).
    run = " " * 100_000
    lines = [
        f"## a{run}b {{#long}}",
        f"## a{run}b",
        f"- [ ]{run}x",
        f"Why:{run}x",
        f"Note{run}x",
        f"{run}![a]({run}images/sun.svg{run}){run}",
        "*" * 100_000,
        "[" * 50_000 + "]" * 50_000,
        "> " * 50_000 + "deep",
        "`" * 50_000,
    ]
    md = mini_curriculum / "modules/water/en.md"
    md.write_text(md.read_text(encoding="utf-8") + "\n---\n\n" + "\n\n".join(lines) + "\n")
    result = load_curriculum(mini_curriculum)
    assert result.curriculum is not None
    assert find(list(result.problems), "nested more than").line > 1
