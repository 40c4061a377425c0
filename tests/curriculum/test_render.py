"""Rendered slide HTML can never load, run or link to anything outside the module folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.canary import PNG_1PX
from wsr_edu.curriculum.render import render_markdown
from wsr_edu.curriculum.resources import resolve_resource


@pytest.fixture
def module_dir(tmp_path: Path) -> Path:
    module = tmp_path / "curriculum" / "modules" / "water"
    (module / "images").mkdir(parents=True)
    (module / "images" / "cup.png").write_bytes(PNG_1PX)
    (tmp_path / "curriculum" / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "outside.svg").write_text("<svg/>")
    return module


def _sources(html: str) -> list[str]:
    return re.findall(r'src="([^"]*)"', html)


def test_a_picture_inside_the_module_is_kept(module_dir: Path) -> None:
    html = render_markdown("![a cup](images/cup.png)", module_dir)
    assert _sources(html) == ["images/cup.png"]
    assert 'alt="a cup"' in html


@pytest.mark.parametrize(
    "ref",
    [
        "http://example.org/x.png",
        "https://example.org/x.png",
        "HTTPS://example.org/x.png",
        "//example.org/x.png",
        "file:///etc/passwd",
        "file:images/cup.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "javascript:alert(1)",
        "qrc:/icons/x.png",
        "/etc/passwd",
        "C:/Windows/win.ini",
        "../secret.png",
        "images/../../secret.png",
        "%2e%2e/secret.png",
        "images%2f..%2f..%2fsecret.png",
        "..\\secret.png",
        "images/missing.png",
    ],
)
def test_no_picture_outside_the_module_is_ever_referenced(module_dir: Path, ref: str) -> None:
    html = render_markdown(f"![picture]({ref})", module_dir)
    assert _sources(html) == []
    assert "[picture]" in html
    assert resolve_resource(module_dir, ref) is None


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_leading_outside_is_refused(module_dir: Path, tmp_path: Path) -> None:
    (module_dir / "images" / "link.svg").symlink_to(tmp_path / "outside.svg")
    assert resolve_resource(module_dir, "images/link.svg") is None
    assert _sources(render_markdown("![l](images/link.svg)", module_dir)) == []


def test_reference_style_pictures_are_confined_too(module_dir: Path) -> None:
    html = render_markdown("![x][pic]\n\n[pic]: https://example.org/x.png", module_dir)
    assert _sources(html) == []


@pytest.mark.parametrize(
    "markdown_text",
    [
        "<script>alert(1)</script>",
        "<img src=https://example.org/x.png>",
        '<div><img src="file:///etc/passwd"></div>',
        "text <iframe src='https://example.org'></iframe> more",
        "<a href='https://example.org'>click</a>",
        '<style>body{background:url("https://example.org/x.png")}</style>',
        "<!-- comment --><object data='x.swf'></object>",
    ],
)
def test_raw_html_is_shown_as_text_not_obeyed(module_dir: Path, markdown_text: str) -> None:
    html = render_markdown(markdown_text, module_dir)
    for tag in ("<script", "<img", "<iframe", "<a ", "<style", "<object", "<div"):
        assert tag not in html
    assert "&lt;" in html


@pytest.mark.parametrize(
    "markdown_text",
    [
        "[the code](https://example.org/code)",
        "<https://example.org/code>",
        "<mail@example.org>",
        "[local](../../curriculum.toml)",
        "[ref][r]\n\n[r]: file:///etc/passwd",
    ],
)
def test_links_do_not_navigate_away(module_dir: Path, markdown_text: str) -> None:
    html = render_markdown(markdown_text, module_dir)
    assert "href" not in html
    assert "<a" not in html
    assert 'class="link"' in html


def test_ordinary_markdown_still_renders(module_dir: Path) -> None:
    html = render_markdown("**Water** every *15 minutes*\n\n- shade\n- rest", module_dir)
    assert "<strong>Water</strong>" in html
    assert "<em>15 minutes</em>" in html
    assert "<li>shade</li>" in html
