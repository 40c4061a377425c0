"""Anonymous feedback questions in `feedback/<lang>.md`: loaded, checked, narrated."""

from __future__ import annotations

from pathlib import Path

from tests.system import require_program
from wsr_edu.curriculum import load_curriculum
from wsr_edu.narration.audiocheck import read_checked
from wsr_edu.narration.engines.espeak_engine import EspeakEngine
from wsr_edu.narration.generate import Narrator, Options
from wsr_edu.narration.sources import find_choice, find_narration

from .feedback_helpers import FEEDBACK, add_feedback
from .helpers import find, line_of, problems_of


def test_feedback_questions_load_with_their_pictures_in_every_language(
    mini_curriculum: Path,
) -> None:
    add_feedback(mini_curriculum)
    result = load_curriculum(mini_curriculum)
    assert result.ok, [p.format() for p in result.problems]
    assert [p.format() for p in result.problems] == []
    curriculum = result.curriculum
    assert curriculum is not None and curriculum.feedback is not None
    spanish = curriculum.feedback_text("es")
    assert spanish is not None
    assert [s.id for s in spanish.slides] == ["understood", "number"]
    first = spanish.slides[0]
    assert first.question is not None
    assert [c.text for c in first.question.choices] == ["Sí", "No"]
    assert all(c.picture is not None and c.picture.path for c in first.question.choices)
    # Not a lesson: the kiosk offers no tile for it, and no module can take its id.
    assert [m.id for m in curriculum.modules] == ["water"]
    assert curriculum.feedback.id not in {m.id for m in curriculum.modules}
    assert curriculum.spoken_parts[-1] is curriculum.feedback


def test_a_curriculum_without_feedback_has_none(mini_curriculum: Path) -> None:
    curriculum = load_curriculum(mini_curriculum).curriculum
    assert curriculum is not None
    assert curriculum.feedback is None and curriculum.feedback_text("en") is None


def test_a_right_answer_in_feedback_is_an_error_at_its_line(mini_curriculum: Path) -> None:
    text = FEEDBACK["en"].replace("- [ ] ![A sad face]", "- [x] ![A sad face]")
    folder = add_feedback(mini_curriculum, {"en": text, "es": FEEDBACK["es"]})
    problem = find(problems_of(mini_curriculum), "is marked right with '[x]'")
    assert problem.path == folder / "en.md"
    assert problem.line == line_of(folder / "en.md", "A sad face")
    assert "neither right nor wrong" in problem.hint
    assert "answer B of 'understood'" in problem.message


def test_an_answer_without_a_picture_is_an_error(mini_curriculum: Path) -> None:
    text = FEEDBACK["es"].replace("![Una cara triste](images/face-sad.svg) ", "")
    folder = add_feedback(mini_curriculum, {"en": FEEDBACK["en"], "es": text})
    problem = find(problems_of(mini_curriculum), "has no picture")
    assert (problem.path, problem.line) == (folder / "es.md", line_of(folder / "es.md", "- [ ] No"))
    assert "images/" in problem.hint


def test_a_feedback_slide_without_answers_is_an_error(mini_curriculum: Path) -> None:
    text = FEEDBACK["en"] + "\n---\n\n## Thank you {#thanks}\n\nThank you!\n"
    folder = add_feedback(mini_curriculum, {"en": text, "es": FEEDBACK["es"]})
    problems = problems_of(mini_curriculum)
    problem = find(problems, "feedback slide 'thanks' has no answers")
    assert (problem.path, problem.line) == (
        folder / "en.md",
        line_of(folder / "en.md", "{#thanks}"),
    )
    # The other language is checked against it.
    missing = find(problems, "slides missing compared with en.md")
    assert missing.path == folder / "es.md"


def test_a_missing_language_file_names_the_feedback(mini_curriculum: Path) -> None:
    folder = add_feedback(mini_curriculum, {"en": FEEDBACK["en"]})
    problem = find(problems_of(mini_curriculum), "the feedback has no es.md")
    assert problem.path == folder / "es.md"


def test_a_missing_picture_points_into_the_feedback_folder(mini_curriculum: Path) -> None:
    text = FEEDBACK["en"].replace("images/face-sad.svg", "images/nowhere.svg")
    add_feedback(mini_curriculum, {"en": text, "es": FEEDBACK["es"]})
    problem = find(problems_of(mini_curriculum), "picture 'images/nowhere.svg' does not exist")
    assert "feedback/images/nowhere.svg" in problem.hint


def test_more_than_three_questions_is_a_warning_at_the_fourth(mini_curriculum: Path) -> None:
    extra = "".join(
        f"\n---\n\n## Question {n} {{#q{n}}}\n\n"
        "- [ ] ![A smiling face](images/face-happy.svg) Yes\n"
        "- [ ] ![A sad face](images/face-sad.svg) No\n"
        for n in (3, 4)
    )
    folder = add_feedback(mini_curriculum, {"en": FEEDBACK["en"] + extra})
    (mini_curriculum / "curriculum.toml").write_text(
        (mini_curriculum / "curriculum.toml").read_text().replace('es = "Español"\n', ""),
        encoding="utf-8",
    )
    problem = find(problems_of(mini_curriculum), "4 feedback questions", error=False)
    assert (problem.path, problem.line) == (folder / "en.md", line_of(folder / "en.md", "{#q4}"))


def test_narrate_makes_a_voice_for_each_question_and_answer(mini_curriculum: Path) -> None:
    require_program("espeak-ng", "espeak-ng")
    folder = add_feedback(mini_curriculum)
    curriculum = load_curriculum(mini_curriculum).curriculum
    assert curriculum is not None and curriculum.feedback is not None
    options = Options(engine="espeak-ng", languages=("es",), backoff_s=0.0)
    report = Narrator({"espeak-ng": EspeakEngine()}, options).run(curriculum)
    assert report.ok, report.failed
    made = {label for label, _ in report.generated}
    assert {"_feedback/es/understood", "_feedback/es/understood.a", "_feedback/es/number.b"} <= made
    # No tile and no complaint card for the feedback: those belong to the modules.
    assert not any(label.startswith("_feedback/es/_") for label in made)
    feedback = curriculum.feedback
    question = find_narration(feedback, "es", "understood").path
    answer = find_choice(feedback, "es", "number", 1).path
    assert question is not None and answer is not None
    assert question.is_relative_to(folder / "narration" / "generated" / "es")
    for path in (question, answer):
        read_checked(path)  # real, decodable audio
    # The generated files are the checker's own: no warning about them.
    assert [p.format() for p in load_curriculum(mini_curriculum).problems] == []
