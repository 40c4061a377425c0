"""The kiosk's feedback round: hear, then answer; counts go out tied to no visit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.curriculum.feedback_helpers import add_feedback
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.paths import AppPaths
from wsr_edu.records.repository import Records
from wsr_edu.session.feedback import FeedbackRound
from wsr_edu.session.visit import KioskVisit, Tap, offers
from wsr_edu.session.visit_records import MemoryRecorder, RecordsRecorder


def _finished_visit(mini: Path, recorder: object, site: str = "Barn 2") -> KioskVisit:
    curriculum = load_curriculum(mini).curriculum
    assert curriculum is not None
    config = KioskConfig(site=site, allow_codes=True)
    walk = KioskVisit(offers([curriculum], config), config, recorder)  # type: ignore[arg-type]
    walk.choose_language("es")
    walk.set_code("ACD-EFH")
    walk.start(walk.modules()[0])
    while not walk.at_end:
        if walk.waiting_for_answer:
            walk.skip()
        else:
            walk.next()
    assert walk.finished
    return walk


def test_no_round_without_feedback_or_before_the_end(mini_curriculum: Path) -> None:
    walk = _finished_visit(mini_curriculum, MemoryRecorder())
    assert walk.feedback_round() is None
    add_feedback(mini_curriculum)
    walk = _finished_visit(mini_curriculum, MemoryRecorder())
    walk.reset()
    assert walk.feedback_round() is None, "a forgotten visit asks nothing"


def test_first_tap_hears_second_answers_and_skip_passes(mini_curriculum: Path) -> None:
    add_feedback(mini_curriculum)
    recorder = MemoryRecorder()
    walk = _finished_visit(mini_curriculum, recorder)
    round_ = walk.feedback_round()
    assert isinstance(round_, FeedbackRound)
    round_._today = lambda: date(2026, 3, 2)  # noqa: SLF001 - a fixed day to compare with
    assert round_.language == "es" and round_.slide is not None
    assert round_.slide.id == "understood"
    assert round_.tap(1) is Tap.HEAR and round_.highlighted == 1
    assert round_.tap(0) is Tap.HEAR and round_.highlighted == 0
    assert recorder.feedback == [], "hearing a card answers nothing"
    assert round_.tap(0) is Tap.ANSWERED
    assert round_.slide is not None and round_.slide.id == "number"
    assert round_.highlighted is None and round_.answers == {}
    assert round_.choose() is Tap.HEAR, "choose with no card heard does nothing"
    round_.skip()
    assert round_.done and round_.answered == 1
    [given] = recorder.feedback
    assert (given.question_id, given.answer, given.language, given.site, given.day) == (
        "understood",
        "a",
        "es",
        "Barn 2",
        date(2026, 3, 2),
    )
    # Nothing in it names the visit or the worker.
    assert walk.visit_key not in repr(given) and "ACD-EFH" not in repr(given)
    with pytest.raises(ValueError, match="no feedback question"):
        round_.tap(0)


def test_the_tallies_reach_the_real_records_and_name_no_visit(
    mini_curriculum: Path, tmp_path: Path
) -> None:
    add_feedback(mini_curriculum)
    with Records.open(AppPaths.resolve(tmp_path / "data").ensure()) as records:
        recorder = RecordsRecorder(records)
        for answers in ((0, 1), (0, 0), (1, None)):
            walk = _finished_visit(mini_curriculum, recorder, site="")
            round_ = walk.feedback_round()
            assert round_ is not None
            for index in answers:
                if index is None:
                    round_.skip()
                else:
                    round_.tap(index)
                    round_.choose()
            walk.reset()
        counts = {(t.question_id, t.answer): t.count for t in records.feedback_tallies()}
        assert counts == {
            ("understood", "a"): 2,
            ("understood", "b"): 1,
            ("number", "a"): 1,
            ("number", "b"): 1,
        }
        [tally, *_] = records.feedback_tallies()
        assert tally.site == "kiosk" and tally.session_id is None
        assert tally.day == date.today()
        assert len(records.list_sessions()) == 3  # the visits, counted apart from the feedback
