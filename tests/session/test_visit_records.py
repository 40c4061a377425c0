"""Kiosk visits land in a real records database: completions as sessions, codes only if given."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from wsr_edu.paths import AppPaths
from wsr_edu.session.visit_records import (
    KIOSK_GROUP,
    KIOSK_UNFINISHED_GROUP,
    AnswerRecord,
    QueuedRecorder,
    RecordsRecorder,
    Visit,
)
from wsr_edu.session.writer import SerialWriter


@pytest.fixture
def records(tmp_path: Path):
    from wsr_edu.records.repository import Records

    opened = Records.open(AppPaths(tmp_path / "data").ensure(), backup_interval=None)
    yield opened
    opened.close()


def _visit(completed: bool, code: str | None = None) -> Visit:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    return Visit(
        "mini",
        "2.1.0",
        "water",
        "es",
        start,
        start + timedelta(minutes=6),
        completed,
        (AnswerRecord("q-when", (1,), True),),
        code,
        "Barn 2",
    )


def test_completed_anonymous_visit_is_one_contact(records) -> None:
    RecordsRecorder(records).record_visit(_visit(True))
    sessions = records.list_sessions()
    assert len(sessions) == 1
    session = sessions[0]
    assert (session.group, session.headcount, session.site) == (KIOSK_GROUP, 1, "Barn 2")
    assert not session.is_open
    assert records.attendance(session.id) == []
    results = records.question_results()
    assert [(r.question_id, r.kiosk_responses, r.kiosk_correct) for r in results] == [
        ("q-when", 1, 1)
    ]


def test_completed_visit_with_code_is_marked_by_code(records) -> None:
    RecordsRecorder(records).record_visit(_visit(True, "K7M-4PX"))
    session = records.list_sessions()[0]
    assert [m.code for m in records.attendance(session.id)] == ["K7M-4PX"]
    assert session.headcount == 1


def test_unfinished_visit_counts_with_its_answers_but_no_code(records) -> None:
    RecordsRecorder(records).record_visit(_visit(False, "K7M-4PX"))
    [session] = records.list_sessions()
    assert (session.group, session.headcount, session.is_open) == (KIOSK_UNFINISHED_GROUP, 1, False)
    assert records.attendance(session.id) == [], "an unfinished visit never carries the code"
    assert [r.kiosk_responses for r in records.question_results()] == [1]


class Clock:
    """A kiosk clock a test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)


def _answer_rows(database: Path) -> list[dict[str, object]]:
    """The kiosk answers as another program would find them in the file, read afresh."""
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT question_id, chosen, correct, session_id, answered_at, site FROM "
                    "kiosk_answers ORDER BY answered_at"
                )
            )
            return [dict(row._mapping) for row in rows]
    finally:
        engine.dispose()


def _walk_to_question(mini: Path, records, clock: Clock, **config: object):  # type: ignore[no-untyped-def]
    from wsr_edu.curriculum.loader import load_curriculum
    from wsr_edu.kiosk.config import KioskConfig
    from wsr_edu.session.visit import KioskVisit, offers

    curriculum = load_curriculum(mini).curriculum
    assert curriculum is not None
    cfg = KioskConfig(**config)  # type: ignore[arg-type]
    walk = KioskVisit(offers([curriculum], cfg), cfg, RecordsRecorder(records), clock=clock)
    walk.choose_language("es")
    walk.start(walk.modules()[0])
    while walk.slide is not None and walk.slide.question is None:
        walk.next()
    return walk


def test_an_answer_is_in_the_database_the_moment_it_is_given(
    records, mini_curriculum: Path
) -> None:
    clock = Clock()
    walk = _walk_to_question(mini_curriculum, records, clock, site="Barn 2")
    clock.advance(3)
    walk.answer([0])
    walk.answer([1])  # a second tap changes nothing
    # The visit has not ended: a power cut now would leave exactly this in the file, an
    # unfinished visit that already counts, ended at its last answer, with the answer.
    [session] = records.list_sessions()
    assert (session.group, session.headcount, session.is_open) == (KIOSK_UNFINISHED_GROUP, 1, False)
    assert (session.started_at, session.ended_at) == (datetime(2026, 3, 2, 9, 0), clock.now)
    rows = _answer_rows(records.database_file)
    assert rows == [
        {
            "question_id": "q-when",
            "chosen": "0",
            "correct": 0,
            "session_id": session.id,
            "answered_at": "2026-03-02 09:03:00.000000",
            "site": "Barn 2",
        }
    ]


def test_a_visit_cut_off_by_a_power_failure_counts_after_the_next_start(
    tmp_path: Path, mini_curriculum: Path
) -> None:
    from wsr_edu.records.repository import Records

    paths = AppPaths(tmp_path / "data").ensure()
    records = Records.open(paths, backup_interval=None)
    clock = Clock()
    walk = _walk_to_question(mini_curriculum, records, clock, allow_codes=True)
    walk.set_code("K7M-4PX")
    clock.advance(4)
    walk.answer([1])
    # The power fails: no reset, no end of the visit, nothing closed.
    records.engine.dispose()
    reopened = Records.open(paths, backup_interval=None)
    try:
        [session] = reopened.list_sessions()
        assert (session.group, session.headcount) == (KIOSK_UNFINISHED_GROUP, 1)
        assert not session.is_open, "never offered to a facilitator as a class to resume"
        assert reopened.open_sessions() == []
        assert reopened.attendance(session.id) == [], "the code was never written"
        results = reopened.question_results()
        assert [(r.question_id, r.kiosk_responses, r.kiosk_correct) for r in results] == [
            ("q-when", 1, 1)
        ]
    finally:
        reopened.close()


def test_a_completed_visit_links_its_answers_to_its_session(records, mini_curriculum: Path) -> None:
    clock = Clock()
    walk = _walk_to_question(mini_curriculum, records, clock)
    walk.answer([1])
    clock.advance(2)
    walk.next()
    assert walk.at_end
    [session] = records.list_sessions()
    assert (session.group, session.headcount, session.is_open) == (KIOSK_GROUP, 1, False)
    assert session.ended_at == clock.now
    assert [row["session_id"] for row in _answer_rows(records.database_file)] == [session.id]


def test_an_abandoned_visit_counts_as_unfinished_without_the_code(
    records, mini_curriculum: Path
) -> None:
    clock = Clock()
    walk = _walk_to_question(mini_curriculum, records, clock, allow_codes=True)
    walk.set_code("K7M-4PX")
    walk.answer([1])
    clock.advance(5)
    walk.reset()  # the worker walked away
    [session] = records.list_sessions()
    assert (session.group, session.ended_at) == (KIOSK_UNFINISHED_GROUP, clock.now)
    rows = _answer_rows(records.database_file)
    assert [(row["question_id"], row["session_id"]) for row in rows] == [("q-when", session.id)]
    engine = create_engine(f"sqlite:///{records.database_file}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attendance")).scalar_one() == 0
    engine.dispose()


def test_a_completed_visit_with_a_code_leaves_unfinished_for_the_kiosk_group(
    records, mini_curriculum: Path
) -> None:
    clock = Clock()
    walk = _walk_to_question(mini_curriculum, records, clock, allow_codes=True)
    walk.set_code("K7M-4PX")
    walk.answer([1])
    walk.next()
    [session] = records.list_sessions()
    assert (session.group, session.headcount) == (KIOSK_GROUP, 1)
    assert [m.code for m in records.attendance(session.id)] == ["K7M-4PX"]


def test_the_next_visit_does_not_take_the_previous_workers_answers(
    records, mini_curriculum: Path
) -> None:
    clock = Clock()
    walk = _walk_to_question(mini_curriculum, records, clock)
    walk.answer([0])
    walk.reset()  # first worker leaves without finishing
    walk.choose_language("es")
    walk.start(walk.modules()[0])
    while walk.slide is not None and walk.slide.question is None:
        walk.next()
    walk.answer([1])
    walk.next()  # second worker completes
    sessions = {s.group: s.id for s in records.list_sessions()}
    assert set(sessions) == {KIOSK_GROUP, KIOSK_UNFINISHED_GROUP}
    rows = _answer_rows(records.database_file)
    assert sorted((row["chosen"], row["session_id"]) for row in rows) == sorted(
        [("0", sessions[KIOSK_UNFINISHED_GROUP]), ("1", sessions[KIOSK_GROUP])]
    )


def test_the_writer_saves_every_visit(records) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from wsr_edu.session.visit_records import AnswerRecord, Visit

    serial = SerialWriter()
    writer = QueuedRecorder(serial, lambda: RecordsRecorder(records))
    start = datetime(2026, 4, 1, 10, 0)
    for i in range(3):
        writer.record_visit(
            Visit(
                "mini",
                "2.1.0",
                "water",
                "en",
                start,
                start + timedelta(minutes=5),
                True,
                (AnswerRecord("q-when", (1,), True),),
                None,
                f"Site {i}",
            )
        )
    assert serial.close()
    assert writer.failures == []
    assert sorted(s.site for s in records.list_sessions()) == ["Site 0", "Site 1", "Site 2"]


def test_closing_the_writer_writes_every_answer_still_waiting(records) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from wsr_edu.session.visit_records import AnswerRecord, GivenAnswer

    serial = SerialWriter()
    writer = QueuedRecorder(serial, lambda: RecordsRecorder(records))
    moment = datetime(2026, 4, 1, 10, 0)
    for i in range(20):
        answer = AnswerRecord(f"q-{i}", (0,), i % 2 == 0)
        writer.record_answer(
            GivenAnswer(f"visit-{i}", "mini", "2.1.0", "water", "en", answer, moment)
        )
    assert serial.close()  # at once: nothing handed over may be left behind
    assert writer.failures == []
    rows = _answer_session_rows(records)
    assert sorted(q for q, _, _ in rows) == sorted(f"q-{i}" for i in range(20))
    # Twenty visits with one answer each: twenty unfinished visits, each with its answer.
    assert len({session for _, _, session in rows}) == 20 and None not in {s for *_, s in rows}
    assert len(records.list_sessions()) == 20


def _answer_session_rows(records) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from wsr_edu.records.schema import kiosk_answers

    table = kiosk_answers.c
    with records.engine.connect() as conn:
        rows = conn.execute(select(table.question_id, table.chosen, table.session_id)).all()
    return [tuple(row) for row in rows]


def test_answers_are_kept_while_the_records_cannot_open_and_written_when_they_can(
    records, tmp_path: Path
) -> None:
    """A kiosk whose database is away (a USB disk unplugged) loses nothing it was told."""
    from wsr_edu.records.errors import RecordsError
    from wsr_edu.session.visit_records import GivenAnswer

    available = {"now": False}

    def open_inner() -> RecordsRecorder:
        if not available["now"]:
            raise RecordsError("the records cannot be opened: the disk is not connected")
        return RecordsRecorder(records)

    serial = SerialWriter()
    writer = QueuedRecorder(serial, open_inner)
    moment = datetime(2026, 4, 1, 10, 0)
    for i in range(3):
        answer = AnswerRecord(f"q-{i}", (0,), True)
        writer.record_answer(GivenAnswer("visit", "mini", "2.1.0", "water", "en", answer, moment))
    assert serial.flush()
    assert writer.unsaved == 3 and len(writer.failures) == 3
    assert _answer_session_rows(records) == []
    available["now"] = True
    answer = AnswerRecord("q-3", (0,), True)
    writer.record_answer(GivenAnswer("visit", "mini", "2.1.0", "water", "en", answer, moment))
    assert serial.close()
    assert writer.unsaved == 0
    assert sorted(q for q, _, _ in _answer_session_rows(records)) == ["q-0", "q-1", "q-2", "q-3"]
