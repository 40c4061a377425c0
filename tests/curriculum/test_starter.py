"""The bundled starter curriculum is complete enough to teach from, in all three languages."""

from __future__ import annotations

import re
from pathlib import Path

from wsr_edu.curriculum import load_curriculum
from wsr_edu.paths import bundled_curricula_dir


def test_bundled_curricula_dir_holds_the_starter(starter_curriculum: Path) -> None:
    assert bundled_curricula_dir().resolve() == starter_curriculum.parent.resolve()


def test_starter_validates_without_errors_or_warnings(starter_curriculum: Path) -> None:
    result = load_curriculum(starter_curriculum)
    assert [p.format() for p in result.problems] == []


def test_starter_shape(starter_curriculum: Path) -> None:
    curriculum = load_curriculum(starter_curriculum).curriculum
    assert curriculum is not None
    assert curriculum.language_codes == ("en", "es", "ht")
    assert curriculum.language("ht").name == "Kreyòl ayisyen"  # type: ignore[union-attr]
    assert [m.id for m in curriculum.modules] == [
        "rights",
        "complaint-line",
        "heat-safety",
        "how-it-works",
    ]
    line = curriculum.complaint_line
    assert line is not None and re.fullmatch(r"555-01\d\d", line.number)
    assert set(line.languages) == {"en", "es", "ht"}
    for module in curriculum.modules:
        for lang in ("en", "es", "ht"):
            text = module.text(lang)
            assert text.lang == lang
            assert 6 <= len(text.slides) <= 12, (module.id, lang)
            assert len(text.questions) >= 4, (module.id, lang)
            assert all(slide.notes for slide in text.slides), (module.id, lang)
            assert all(slide.narration for slide in text.slides), (module.id, lang)
            for slide in text.questions:
                assert slide.question is not None and slide.question.why
                assert all(choice.image for choice in slide.question.choices)


def test_starter_says_it_is_a_sample(starter_curriculum: Path) -> None:
    curriculum = load_curriculum(starter_curriculum).curriculum
    assert curriculum is not None
    first = curriculum.modules[0].text("en").slides[0]
    assert "sample" in (first.title + first.body).lower()
