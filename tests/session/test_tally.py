"""Show-of-hands tallies: counts per choice, reveal state and the share of right answers."""

from __future__ import annotations

import pytest

from wsr_edu.session.tally import QuizTally


def test_counts_and_share_correct_for_a_single_answer_question() -> None:
    tally = QuizTally()
    tally.set_counts("q-when", (False, True), (3, 9))
    question = tally.get("q-when")
    assert question is not None
    assert question.counts == [3, 9]
    assert question.total == 12
    assert question.correct_hands == 9
    assert question.share_correct == pytest.approx(0.75)


def test_share_is_unknown_until_someone_is_counted() -> None:
    tally = QuizTally()
    question = tally.question("q", (True, False, False))
    assert question.counts == [0, 0, 0]
    assert question.share_correct is None
    assert not question.counted
    assert tally.share_correct is None


def test_several_right_answers_count_hands_on_every_right_choice() -> None:
    tally = QuizTally()
    tally.set_counts("q-rights", (True, False, True, False), (5, 1, 4, 0))
    assert tally.get("q-rights").share_correct == pytest.approx(0.9)


def test_overall_share_weights_questions_by_hands() -> None:
    tally = QuizTally()
    tally.set_counts("a", (True, False), (1, 1))
    tally.set_counts("b", (False, True), (0, 8))
    assert len(tally) == 2
    assert tally.share_correct == pytest.approx(0.9)


def test_reveal_state_is_kept_per_question() -> None:
    tally = QuizTally()
    assert not tally.is_revealed("a")
    tally.reveal("a", (True, False))
    assert tally.is_revealed("a")
    assert not tally.is_revealed("b")
    tally.reveal("a", (True, False), revealed=False)
    assert not tally.is_revealed("a")


def test_changed_choices_start_the_count_again() -> None:
    tally = QuizTally()
    tally.set_counts("q", (True, False), (4, 2))
    question = tally.question("q", (True, False, False))
    assert question.counts == [0, 0, 0]


def test_bad_counts_are_refused() -> None:
    tally = QuizTally()
    with pytest.raises(ValueError):
        tally.set_counts("q", (True, False), (1, -1))
    with pytest.raises(ValueError):
        tally.set_counts("q", (True, False), (1, 2, 3))
    with pytest.raises(IndexError):
        tally.question("q", (True, False)).set_count(5, 1)
