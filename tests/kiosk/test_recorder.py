"""Kiosk visits land in a real records database: completions as sessions, codes only if given."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wsr_edu.kiosk.recorder import KIOSK_GROUP, AnswerRecord, RecordsRecorder, Visit
from wsr_edu.paths import AppPaths


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


def test_unfinished_visit_keeps_answers_but_no_session(records) -> None:
    RecordsRecorder(records).record_visit(_visit(False, "K7M-4PX"))
    assert records.list_sessions() == []
    assert [r.kiosk_responses for r in records.question_results()] == [1]
