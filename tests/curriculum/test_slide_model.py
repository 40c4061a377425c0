"""Each slide is parsed once into blocks, pictures and choices that every screen reads."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from wsr_edu.curriculum import load_curriculum
from wsr_edu.curriculum.model import Slide

from .helpers import find, line_of, problems_of


def _module_file(folder: Path) -> Path:
    return folder / "modules" / "water" / "en.md"


def _set_question_body(folder: Path, body: str) -> None:
    """Put `body` (Markdown) on the English question slide of the mini curriculum."""
    md = _module_file(folder)
    md.write_text(
        md.read_text(encoding="utf-8").replace("{#q-when}\n", "{#q-when}\n\n" + body + "\n", 1),
        encoding="utf-8",
    )


def _slide(folder: Path, slide_id: str, lang: str = "en") -> Slide:
    result = load_curriculum(folder)
    assert result.curriculum is not None, [p.format() for p in result.problems]
    slide = result.curriculum.modules[0].text(lang).slide(slide_id)
    assert slide is not None
    return slide


def test_a_slide_holds_blocks_pictures_and_plain_choices(mini_curriculum: Path) -> None:
    water = _slide(mini_curriculum, "water")
    module_dir = mini_curriculum / "modules" / "water"
    assert [b.kind for b in water.blocks] == ["paragraph"]
    assert water.text == "Drink a cup of water every 15 minutes."
    assert "<strong>every 15 minutes</strong>" in water.html
    assert [(p.src, p.alt) for p in water.pictures] == [("images/water.svg", "A bottle of water")]
    assert water.pictures[0].path == (module_dir / "images" / "water.svg").resolve()
    assert water.pictures[0].line == line_of(_module_file(mini_curriculum), "A bottle of water")
    question = _slide(mini_curriculum, "q-when").question
    assert question is not None
    assert [(c.letter(), c.text) for c in question.choices] == [
        ("A", "Only when thirsty"),
        ("B", "Every 15 minutes"),
    ]
    assert question.choices[1].picture is not None
    assert question.choices[1].picture.path == (module_dir / "images" / "water.svg").resolve()
    with pytest.raises(dataclasses.FrozenInstanceError):
        water.title = "changed"  # type: ignore[misc]


def test_a_picture_on_a_question_slide_is_part_of_the_slide(mini_curriculum: Path) -> None:
    _set_question_body(mini_curriculum, "![The sun](images/sun.svg)\n\nLook at the sun.")
    slide = _slide(mini_curriculum, "q-when")
    assert [p.src for p in slide.pictures] == ["images/sun.svg"]
    assert slide.pictures[0].path is not None
    assert slide.text == "Look at the sun."


def test_an_image_inside_inline_code_is_text(mini_curriculum: Path) -> None:
    _set_question_body(mini_curriculum, "Write `![x](images/sun.svg)` to show a picture.")
    slide = _slide(mini_curriculum, "q-when")
    assert slide.pictures == ()
    assert slide.text == "Write ![x](images/sun.svg) to show a picture."
    assert "<code>![x](images/sun.svg)</code>" in slide.html


def test_a_reference_style_picture_resolves_in_the_module_folder(
    mini_curriculum: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A decoy next to where the process runs: Qt used to resolve the picture here.
    decoy = tmp_path / "cwd"
    (decoy / "images").mkdir(parents=True)
    (decoy / "images" / "only-here.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    monkeypatch.chdir(decoy)
    _set_question_body(
        mini_curriculum,
        "![sun][s] and ![gone][g]\n\n[s]: images/sun.svg\n[g]: images/only-here.svg",
    )
    slide = _slide(mini_curriculum, "q-when")
    paths = {p.src: p.path for p in slide.pictures}
    assert paths["images/sun.svg"] == (mini_curriculum / "modules/water/images/sun.svg").resolve()
    assert paths["images/only-here.svg"] is None
    problem = find(problems_of(mini_curriculum), "images/only-here.svg")
    assert problem.line == line_of(_module_file(mini_curriculum), "![sun][s]")


def test_a_reference_to_a_picture_outside_is_an_error(mini_curriculum: Path) -> None:
    _set_question_body(mini_curriculum, "![x][r]\n\n[r]: file:///etc/passwd")
    problem = find(problems_of(mini_curriculum), "file:///etc/passwd")
    assert "web addresses or other places" in problem.message


def test_deep_nesting_is_an_error_with_a_line_not_a_crash(mini_curriculum: Path) -> None:
    deep = "\n".join("  " * i + "- level" for i in range(300))
    quotes = ">" * 300 + " deep"
    _set_question_body(mini_curriculum, deep + "\n\n" + quotes)
    problems = problems_of(mini_curriculum)
    problem = find(problems, "nested more than")
    assert problem.line == line_of(_module_file(mini_curriculum), " " * 12 + "- level")
    slide = _slide(mini_curriculum, "q-when")
    assert slide.blocks  # what fits is still there to show


def test_line_numbers_count_only_newlines(mini_curriculum: Path) -> None:
    md = _module_file(mini_curriculum)
    text = md.read_text(encoding="utf-8")
    oddities = "Rest\u2028in\x0cthe\x85shade\x0b\x1cwhen\x1d\x1eyou\u2029feel hot."
    text = text.replace("Rest in the shade when you feel hot.", oddities)
    text = text.replace("- [x]", "- [ ]", 1)
    md.write_text(text, encoding="utf-8")
    problem = find(problems_of(mini_curriculum), "has no right answer")
    expected = text[: text.index("## When do you drink?")].count("\n") + 1
    assert problem.line == expected


def test_no_screen_parses_markdown_again() -> None:
    offenders = []
    for path in sorted((REPO / "wsr_edu" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for pattern in (
            r"IMAGE_RE",
            r"import markdown",
            r"markdown_it",
            r"render_markdown",
            r"\.body\b.*finditer",
        ):
            if re.search(pattern, source):
                offenders.append(f"{path.relative_to(REPO)}: {pattern}")
    assert offenders == []


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_picture_link_leaving_the_module_is_an_error(
    mini_curriculum: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.svg"
    outside.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (mini_curriculum / "modules/water/images/link.svg").symlink_to(outside)
    _set_question_body(mini_curriculum, "![l](images/link.svg)")
    problem = find(problems_of(mini_curriculum), "images/link.svg")
    assert "outside the module" in problem.message
    assert _slide(mini_curriculum, "q-when").pictures[0].path is None
