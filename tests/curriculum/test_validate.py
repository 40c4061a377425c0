"""The validator reports each kind of mistake at the right file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

from wsr_edu.curriculum import load_curriculum

from .helpers import find, line_of, problems_of


def test_fixture_is_clean(mini_curriculum: Path) -> None:
    result = load_curriculum(mini_curriculum)
    assert result.ok
    assert [p.format() for p in result.problems] == []
    curriculum = result.curriculum
    assert curriculum is not None
    assert curriculum.id == "mini"
    assert curriculum.version == "2.1.0"
    assert [lang.name for lang in curriculum.languages] == ["English", "Español"]
    assert curriculum.complaint_line is not None
    assert curriculum.complaint_line.number == "555-0199"
    module = curriculum.modules[0]
    assert module.text("es").slide_ids == ("water", "rest", "q-when")
    question = module.text("en").slide("q-when").question
    assert question is not None and question.correct_indexes == (1,)
    assert not question.multiple
    assert question.choices[0].image == "images/sun.svg"
    assert question.why == "Thirst comes late; drink before it."


def test_notes_and_narration_are_kept_apart_from_the_visible_text(mini_curriculum: Path) -> None:
    module = load_curriculum(mini_curriculum).curriculum.modules[0]  # type: ignore[union-attr]
    water = module.text("en").slide("water")
    assert water is not None
    assert "Ask who has water" in water.notes
    assert "Ask who has water" not in water.body
    assert water.narration == "Drink a cup of water every fifteen minutes."
    # Without a Say: script, the narration is the visible text, without Markdown marks.
    water_es = module.text("es").slide("water")
    assert water_es is not None
    assert water_es.narration == "Toma agua\nToma un vaso de agua cada 15 minutos."
    quiz = module.text("es").slide("q-when")
    assert quiz is not None
    assert quiz.narration.splitlines()[1:] == ["A: Solo con sed", "B: Cada 15 minutos"]


def test_invalid_toml_is_reported_at_its_line(mini_curriculum: Path) -> None:
    manifest = mini_curriculum / "curriculum.toml"
    text = manifest.read_text(encoding="utf-8").replace('version = "2.1.0"', "version = 2.1.0.")
    manifest.write_text(text, encoding="utf-8")
    result = load_curriculum(mini_curriculum)
    problem = find(list(result.problems), "not valid TOML")
    assert problem.path == manifest
    assert problem.line == line_of(manifest, "version =")
    assert result.curriculum is None


def test_missing_language_file(mini_curriculum: Path) -> None:
    (mini_curriculum / "modules/water/es.md").unlink()
    problem = find(problems_of(mini_curriculum), "has no es.md")
    assert problem.path == mini_curriculum / "modules/water/es.md"
    assert problem.line == 1


def test_extra_language_file(mini_curriculum: Path) -> None:
    shutil.copy(mini_curriculum / "modules/water/es.md", mini_curriculum / "modules/water/ht.md")
    problem = find(
        problems_of(mini_curriculum), "not one of the curriculum's languages", error=False
    )
    assert problem.path.name == "ht.md"


def test_slide_ids_that_differ_between_languages(mini_curriculum: Path) -> None:
    es = mini_curriculum / "modules/water/es.md"
    es.write_text(es.read_text(encoding="utf-8").replace("{#rest}", "{#descanso}"), "utf-8")
    problems = problems_of(mini_curriculum)
    extra = find(problems, "slide 'descanso' is not in en.md")
    assert extra.path == es
    assert extra.line == line_of(es, "{#descanso}")
    missing = find(problems, "slides missing compared with en.md: rest")
    assert missing.path == es


def test_question_ids_that_differ_between_languages(mini_curriculum: Path) -> None:
    es = mini_curriculum / "modules/water/es.md"
    es.write_text(es.read_text(encoding="utf-8").replace("{#q-when}", "{#q-cuando}"), "utf-8")
    problem = find(problems_of(mini_curriculum), "slide 'q-cuando' is not in en.md")
    assert problem.line == line_of(es, "{#q-cuando}")


def test_answers_that_differ_between_languages(mini_curriculum: Path) -> None:
    es = mini_curriculum / "modules/water/es.md"
    text = es.read_text(encoding="utf-8").replace(
        "- [ ] ![](images/sun.svg)", "- [x] ![](images/sun.svg)"
    )
    es.write_text(text, "utf-8")
    problem = find(problems_of(mini_curriculum), "different choices or answers")
    assert problem.path == es and problem.line == line_of(es, "{#q-when}")


def test_slides_in_a_different_order(mini_curriculum: Path) -> None:
    es = mini_curriculum / "modules/water/es.md"
    head, water, rest, quiz = es.read_text(encoding="utf-8").split("\n---\n")
    es.write_text("\n---\n".join([head, rest, water, quiz]), "utf-8")
    problem = find(problems_of(mini_curriculum), "different order")
    assert problem.path == es


def test_question_with_no_correct_choice(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("- [x]", "- [ ]"), "utf-8")
    problem = find(problems_of(mini_curriculum), "has no right answer")
    assert problem.path == en
    assert problem.line == line_of(en, "{#q-when}")


def test_missing_image(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text(
        en.read_text(encoding="utf-8").replace(
            "images/water.svg)\n\nDrink", "images/bottle.svg)\n\nDrink"
        ),
        "utf-8",
    )
    problem = find(problems_of(mini_curriculum), "'images/bottle.svg' does not exist")
    assert problem.path == en
    assert problem.line == line_of(en, "images/bottle.svg")


def test_picture_outside_the_module_is_an_error(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text(
        en.read_text(encoding="utf-8").replace(
            "Rest in the shade",
            "![x](https://example.org/a.png) ![y](../../curriculum.toml) Rest in the shade",
        ),
        "utf-8",
    )
    problems = problems_of(mini_curriculum)
    web = find(problems, "'https://example.org/a.png' cannot be used")
    up = find(problems, "'../../curriculum.toml' cannot be used")
    assert web.line == up.line == line_of(en, "Rest in the shade")


def test_file_that_is_not_utf8(mini_curriculum: Path) -> None:
    es = mini_curriculum / "modules/water/es.md"
    data = es.read_text(encoding="utf-8").encode("latin-1")
    es.write_bytes(data)
    problem = find(problems_of(mini_curriculum), "not saved as UTF-8")
    assert problem.path == es
    # The first non-ASCII character ("¿") sits on the line of the quiz heading.
    first_bad = next(i for i, line in enumerate(data.split(b"\n"), 1) if any(b > 127 for b in line))
    assert problem.line == first_bad


def test_file_that_is_not_text(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    problem = find(problems_of(mini_curriculum), "not a text file")
    assert problem.path == en and problem.line == 1


def test_toml_that_is_not_text(mini_curriculum: Path) -> None:
    (mini_curriculum / "curriculum.toml").write_bytes(b"\x00\x01\x02binary")
    result = load_curriculum(mini_curriculum)
    find(list(result.problems), "not a text file")
    assert result.curriculum is None


def test_empty_module(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text("---\ntitle: Water\nsummary: x\nminutes: 5\n---\n\n", "utf-8")
    problem = find(problems_of(mini_curriculum), "the module has no slides")
    assert problem.path == en


def test_completely_empty_file(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text("", "utf-8")
    problems = problems_of(mini_curriculum)
    find(problems, "does not start with a front-matter block")
    find(problems, "the module has no slides")


def test_duplicate_slide_ids(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("{#rest}", "{#water}"), "utf-8")
    problem = find(problems_of(mini_curriculum), "slide id 'water' is used twice")
    assert problem.line == line_of(en, "## Rest {#water}")


def test_duplicate_module_ids(mini_curriculum: Path) -> None:
    manifest = mini_curriculum / "curriculum.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'modules = ["water"]', 'modules = ["water", "water"]'
        ),
        "utf-8",
    )
    problem = find(problems_of(mini_curriculum), "module 'water' is listed twice")
    assert problem.line == line_of(manifest, "modules =")


def test_unknown_language_code(mini_curriculum: Path) -> None:
    manifest = mini_curriculum / "curriculum.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'es = "Español"', 'es = "Español"\nxx = "Unknown"'
        ),
        "utf-8",
    )
    problem = find(problems_of(mini_curriculum), "unknown language code 'xx'")
    assert problem.path == manifest
    assert problem.line == line_of(manifest, 'xx = "Unknown"')


def test_narration_file_matching_no_slide(mini_curriculum: Path) -> None:
    audio = mini_curriculum / "modules/water/narration/en/shade.ogg"
    audio.parent.mkdir(parents=True, exist_ok=True)
    audio.write_bytes(b"OggS")
    (audio.parent / "water.ogg").write_bytes(b"OggS")
    problems = problems_of(mini_curriculum)
    problem = find(problems, "narration file matches no slide ('shade')", error=False)
    assert problem.path == audio
    assert not [p for p in problems if "water.ogg" in str(p.path)]


def test_missing_module_folder_and_unlisted_folder(mini_curriculum: Path) -> None:
    manifest = mini_curriculum / "curriculum.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('modules = ["water"]', 'modules = ["shade"]'),
        "utf-8",
    )
    problems = problems_of(mini_curriculum)
    assert find(problems, "module 'shade' has no folder").line == line_of(manifest, "modules =")
    find(problems, "module folder 'water' is not listed", error=False)


def test_bad_front_matter(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("minutes: 10", "minutes: ten"), "utf-8")
    problem = find(problems_of(mini_curriculum), "minutes must be a whole number")
    assert problem.line == line_of(en, "minutes: ten")


def test_slide_without_id_gets_a_positional_id_and_a_warning(mini_curriculum: Path) -> None:
    for name in ("en.md", "es.md"):
        path = mini_curriculum / "modules/water" / name
        path.write_text(path.read_text(encoding="utf-8").replace(" {#rest}", ""), "utf-8")
    result = load_curriculum(mini_curriculum)
    assert result.ok
    assert result.curriculum.modules[0].text("en").slide_ids == ("water", "s2", "q-when")  # type: ignore[union-attr]
    find(list(result.problems), "has no id", error=False)


def test_problem_format_has_file_line_severity_and_hint(mini_curriculum: Path) -> None:
    (mini_curriculum / "modules/water/es.md").unlink()
    problem = find(problems_of(mini_curriculum), "has no es.md")
    text = problem.format(mini_curriculum)
    assert text.startswith("modules/water/es.md:1: error: ")
    assert "(hint: " in text
