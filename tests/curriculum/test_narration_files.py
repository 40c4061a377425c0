"""Recordings of a question's `Why:` explanation are named `<slide-id>.why.<ext>`."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.curriculum import load_curriculum

from .helpers import find, problems_of


def _record(mini: Path, lang: str, name: str) -> Path:
    audio = mini / "modules/water/narration" / lang / name
    audio.parent.mkdir(parents=True, exist_ok=True)
    audio.write_bytes(b"OggS")
    return audio


def test_an_explanation_of_a_question_is_accepted_in_each_language(mini_curriculum: Path) -> None:
    _record(mini_curriculum, "en", "q-when.why.ogg")
    _record(mini_curriculum, "es", "q-when.why.wav")
    _record(mini_curriculum, "es", "q-when.mp3")
    result = load_curriculum(mini_curriculum)
    assert result.ok
    assert [p.format() for p in result.problems] == []


def test_an_explanation_of_a_slide_that_is_not_a_question_is_reported(
    mini_curriculum: Path,
) -> None:
    audio = _record(mini_curriculum, "en", "water.why.ogg")
    problems = problems_of(mini_curriculum)
    problem = find(problems, "slide 'water' is not a question", error=False)
    assert problem.path == audio and problem.line == 1
    assert "water.ogg" in problem.hint
    assert load_curriculum(mini_curriculum).ok, "a warning: the curriculum can still be taught"


def test_an_explanation_of_no_slide_is_reported_with_a_question_to_name_it_after(
    mini_curriculum: Path,
) -> None:
    audio = _record(mini_curriculum, "es", "q-shade.why.ogg")
    problem = find(
        problems_of(mini_curriculum),
        "explanation recording matches no slide ('q-shade')",
        error=False,
    )
    assert problem.path == audio
    assert "q-when.why.ogg" in problem.hint and "es.md" in problem.hint


def test_a_why_file_that_is_not_audio_is_still_a_format_warning(mini_curriculum: Path) -> None:
    audio = _record(mini_curriculum, "en", "q-when.why.txt")
    problem = find(problems_of(mini_curriculum), "narration must be .ogg", error=False)
    assert problem.path == audio


def test_choice_recordings_are_recognised_and_checked(mini_curriculum: Path) -> None:
    """`<question>.<letter>.ogg` speaks one choice: the kiosk plays it on the first tap."""
    folder = mini_curriculum / "modules" / "water" / "narration" / "en"
    folder.mkdir(parents=True)
    for name in ("q-when.a.ogg", "q-when.b.ogg", "q-when.c.ogg", "water.a.ogg"):
        (folder / name).write_bytes(b"OggS")
    problems = problems_of(mini_curriculum)
    messages = [p.message for p in problems]
    assert not any("q-when.a" in m or "q-when.b" in m for m in messages)
    assert find(problems, "question 'q-when' has no choice C", error=False).hint == (
        "its choices are A, B"
    )
    assert find(problems, "matches no question ('water' is not a question", error=False)
