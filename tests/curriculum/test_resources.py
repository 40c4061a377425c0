"""Pictures and narration never reach outside their module: SVG references, links, canaries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.canary import Canary
from tests.system import require_program
from wsr_edu.curriculum import load_curriculum
from wsr_edu.curriculum.svg import sanitise_svg
from wsr_edu.narration.sources import SourceKind, find_narration

from .helpers import find, line_of, problems_of

SVG_NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def hostile_svg(canary: Path) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY leak SYSTEM "file://{canary}">]>
<svg {SVG_NS} width="100" height="100">
  <style>@import url("file://{canary}"); circle {{ stroke: url(file://{canary}); }}</style>
  <image href="{canary}" width="10" height="10"/>
  <image xlink:href="file://{canary}" width="10" height="10"/>
  <image href="http://example.org/x.png" width="10" height="10"/>
  <use href="other.svg#shape"/>
  <foreignObject width="50" height="50"><p xmlns="http://www.w3.org/1999/xhtml">hi</p>
  </foreignObject>
  <rect width="50" height="50" fill="#2277cc" style="stroke: url(file://{canary})"/>
  <defs><linearGradient id="inside"><stop offset="0" stop-color="#cc2222"/></linearGradient></defs>
  <circle cx="70" cy="70" r="20" fill="url(#inside)"/>
  <text x="5" y="95">&leak;</text>
</svg>
"""


@pytest.fixture
def canary(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Canary(tmp_path / "outside" / "canary.png") as watched:
        yield watched


def _use_picture(folder: Path, name: str) -> Path:
    md = folder / "modules" / "water" / "en.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(
        text.replace("## Rest {#rest}\n", f"## Rest {{#rest}}\n\n![hostile](images/{name})\n", 1),
        encoding="utf-8",
    )
    return md


def test_svg_external_references_are_removed_and_reported(
    mini_curriculum: Path, canary: Canary
) -> None:
    svg = mini_curriculum / "modules/water/images/hostile.svg"
    svg.write_text(hostile_svg(canary.path), encoding="utf-8")
    md = _use_picture(mini_curriculum, "hostile.svg")
    problems = problems_of(mini_curriculum)
    warning = find(problems, "refers outside itself", error=False)
    assert warning.line == line_of(md, "images/hostile.svg")
    for what in ("<foreignObject>", "@import", "DTD", "http://example.org/x.png", "other.svg"):
        assert what in warning.message, what
    assert not [p for p in problems if p.is_error], [p.format() for p in problems]

    clean = sanitise_svg(svg.read_bytes())
    assert clean.data is not None
    text = clean.data.decode("utf-8")
    for gone in (
        str(canary.path),
        "example.org",
        "other.svg",
        "foreignObject",
        "@import",
        "ENTITY",
    ):
        assert gone not in text, gone
    assert "#2277cc" in text and "url(#inside)" in text  # what is inside stays
    assert not canary.opened()


def test_an_svg_that_is_not_xml_is_an_error(mini_curriculum: Path) -> None:
    (mini_curriculum / "modules/water/images/broken.svg").write_text("<svg><g></svg>")
    _use_picture(mini_curriculum, "broken.svg")
    assert "not valid XML" in find(problems_of(mini_curriculum), "broken.svg").message


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("folder", ["narration/en", "narration/generated/en"])
def test_a_narration_link_leaving_the_module_is_an_error(
    mini_curriculum: Path, tmp_path: Path, folder: str
) -> None:
    outside = tmp_path / "elsewhere.ogg"
    outside.write_bytes(b"OggS" + b"\0" * 100)
    module = mini_curriculum / "modules" / "water"
    (module / folder).mkdir(parents=True)
    (module / folder / "water.ogg").symlink_to(outside)
    problem = find(problems_of(mini_curriculum), "link to a file outside the module")
    assert problem.path == module / folder / "water.ogg"
    loaded = load_curriculum(mini_curriculum).curriculum
    assert loaded is not None
    assert find_narration(loaded.modules[0], "en", "water").kind is SourceKind.NONE


def test_the_loader_opens_nothing_outside_under_strace(
    mini_curriculum: Path, tmp_path: Path
) -> None:
    strace = require_program("strace", "strace")
    outside = tmp_path / "outside"
    outside.mkdir()
    canary = outside / "canary.png"
    shutil.copy(mini_curriculum / "modules/water/images/sun.svg", canary)
    svg = mini_curriculum / "modules/water/images/hostile.svg"
    svg.write_text(hostile_svg(canary), encoding="utf-8")
    md = _use_picture(mini_curriculum, "hostile.svg")
    text = md.read_text(encoding="utf-8")
    text += "\n---\n\n## More {#more}\n\n![a][r] ![b](../../../outside/canary.png)\n\n"
    text += f"[r]: {canary}\n"
    md.write_text(text, encoding="utf-8")
    (mini_curriculum / "modules/water/images/link.png").symlink_to(canary)
    log = tmp_path / "strace.log"
    subprocess.run(
        [
            strace,
            "-f",
            "-e",
            "trace=openat,open,stat,newfstatat",
            "-o",
            str(log),
            sys.executable,
            "-m",
            "wsr_edu",
            "validate",
            str(mini_curriculum),
        ],
        capture_output=True,
        check=False,
        timeout=120,
    )
    lines = log.read_text().splitlines()
    assert any("en.md" in line and "open" in line for line in lines), "strace saw no opens"
    assert any("hostile.svg" in line and "open" in line for line in lines)
    assert [line for line in lines if "canary" in line and "open" in line] == []
