"""The sample records (`seed`) ask the starter curriculum's own questions."""

from __future__ import annotations

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.paths import bundled_curricula_dir
from wsr_edu.records.seed import MINUTES, QUESTIONS


def test_the_sample_questions_are_the_starter_curriculums() -> None:
    curriculum = load_curriculum(bundled_curricula_dir() / "wsr-basics").curriculum
    assert curriculum is not None
    asked = {}
    for module in curriculum.modules:
        text = module.text(module.default_language)
        asked[module.id] = [
            (
                slide.id,
                len(slide.question.choices),
                tuple(i for i, choice in enumerate(slide.question.choices) if choice.correct),
            )
            for slide in text.questions
            if slide.question is not None
        ]
    # A sample report showed "q-buyers" where the chart names each question by its words.
    assert {m: sorted(q) for m, q in QUESTIONS.items()} == {m: sorted(q) for m, q in asked.items()}
    assert set(MINUTES) == set(asked)
