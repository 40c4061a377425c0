"""A value of the wrong type in curriculum.toml is an error at its line that names the type."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsr_edu.curriculum import load_curriculum

from .helpers import find, line_of, problems_of


def _edit(folder: Path, old: str, new: str) -> Path:
    manifest = folder / "curriculum.toml"
    text = manifest.read_text(encoding="utf-8")
    assert old in text
    manifest.write_text(text.replace(old, new, 1), encoding="utf-8")
    return manifest


NOTE = '[complaint_line.note]\nen = "Free and confidential."\nes = "Gratis y confidencial."\n'


@pytest.mark.parametrize(
    ("old", "new", "marker", "message"),
    [
        (
            NOTE,
            "note = 5\n",
            "note = 5",
            "note must be text, or a table with one text per language, not a number (5)",
        ),
        (NOTE, 'note = ["x"]\n', 'note = ["x"]', "not a list"),
        (
            NOTE,
            "[complaint_line.note]\nen = 5\n",
            "en = 5",
            "note in 'en' must be text, not a number",
        ),
        (NOTE, "note = { en = [1] }\n", "note = { en", "must be text, not a list"),
        (
            'es = "Curso mini"',
            "es = true",
            "es = true",
            "title in language 'es' must be text, not true/false",
        ),
        (
            'number = "555-0199"',
            'number = ["555"]',
            "number = [",
            "complaint line number must be text, not a list",
        ),
        ('hours = "24/7"', "hours = { a = 1 }", "hours = {", "hours must be text, not a table"),
        (
            'languages = ["en", "es"]',
            'languages = ["en", 5]',
            'languages = ["en", 5]',
            "must be a language code in quotes, not a number (5)",
        ),
        ('es = "Español"', "es = 5", "es = 5", "name of language 'es' must be text, not a number"),
        (
            'version = "2.1.0"',
            "version = [2]",
            "version = [2]",
            "'version' must be text, not a list",
        ),
        (
            'organisation = "Test organisation"',
            "organisation = 1979-05-27",
            "organisation =",
            "must be text, not a date or time",
        ),
    ],
)
def test_wrong_types_are_errors_at_their_line(
    mini_curriculum: Path, old: str, new: str, marker: str, message: str
) -> None:
    manifest = _edit(mini_curriculum, old, new)
    problems = problems_of(mini_curriculum)
    problem = find(problems, message)
    assert problem.path == manifest
    assert problem.line == line_of(manifest, marker)
    assert problem.hint
    assert not [p for p in problems if "unexpected failure" in p.message]


def test_an_inline_title_table_with_a_number_is_an_error(mini_curriculum: Path) -> None:
    _edit(mini_curriculum, '[title]\nen = "Mini course"\nes = "Curso mini"\n', "")
    manifest = _edit(mini_curriculum, "format = 1\n", "format = 1\ntitle = { en = 5 }\n")
    problem = find(
        problems_of(mini_curriculum), "title in language 'en' must be text, not a number"
    )
    assert problem.line == line_of(manifest, "title = {")


def test_a_wrong_note_type_loses_nothing_else(mini_curriculum: Path) -> None:
    _edit(mini_curriculum, NOTE, 'note = ["x"]\n')
    curriculum = load_curriculum(mini_curriculum).curriculum
    assert curriculum is not None and curriculum.complaint_line is not None
    assert curriculum.complaint_line.number == "555-0199"
    assert [m.id for m in curriculum.modules] == ["water"]


def test_manifest_line_numbers_count_only_newlines(mini_curriculum: Path) -> None:
    manifest = _edit(
        mini_curriculum,
        'organisation = "Test organisation"',
        'organisation = "Test\u2028organisation\x85with\u2029odd separators"',
    )
    _edit(mini_curriculum, 'es = "Curso mini"', "es = 7")
    problem = find(problems_of(mini_curriculum), "title in language 'es'")
    text = manifest.read_text(encoding="utf-8")
    assert problem.line == text[: text.index("es = 7")].count("\n") + 1


def test_the_validator_names_the_line_of_a_toml_syntax_error(mini_curriculum: Path) -> None:
    manifest = _edit(
        mini_curriculum, 'organisation = "Test organisation"', 'organisation = "a\u2028b"\nbad line'
    )
    problem = find(problems_of(mini_curriculum), "not valid TOML")
    text = manifest.read_text(encoding="utf-8")
    assert problem.line == text[: text.index("bad line")].count("\n") + 1
