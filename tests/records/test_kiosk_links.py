"""Kiosk answers written as given join the session of their visit once the visit completes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from wsr_edu.paths import AppPaths
from wsr_edu.records import KioskAnswer
from wsr_edu.records.errors import NotFoundError
from wsr_edu.records.repository import Records
from wsr_edu.records.schema import kiosk_answers

from .conftest import setup


def _answer(question: str) -> KioskAnswer:
    return KioskAnswer("wsr-basics", "1.0.0", "rights", "es", question, (1,), True, "Barn 2")


def _session_of(records: Records) -> dict[str, str | None]:
    with records.engine.connect() as conn:
        rows = conn.execute(select(kiosk_answers.c.id, kiosk_answers.c.session_id)).all()
    return {row.id: row.session_id for row in rows}


def test_answers_join_the_session_and_others_stay_apart(records: Records) -> None:
    first = records.record_kiosk_answer(_answer("q-bucket"))
    second = records.record_kiosk_answer(_answer("q-hours"))
    other_visit = records.record_kiosk_answer(_answer("q-bucket"))
    assert set(_session_of(records).values()) == {None}, "written before any session exists"
    session = records.start_session(setup(group="kiosk", facilitator=""))
    assert records.link_kiosk_answers([first, second], session.id) == 2
    assert _session_of(records) == {first: session.id, second: session.id, other_visit: None}
    [result] = [r for r in records.question_results() if r.question_id == "q-hours"]
    assert result.kiosk_responses == 1


def test_linking_nothing_or_to_a_missing_session(records: Records) -> None:
    answer = records.record_kiosk_answer(_answer("q-bucket"))
    session = records.start_session(setup(group="kiosk", facilitator=""))
    assert records.link_kiosk_answers([], session.id) == 0
    assert records.link_kiosk_answers(["not-an-answer"], session.id) == 0
    with pytest.raises(NotFoundError):
        records.link_kiosk_answers([answer], "no-such-session")
    assert _session_of(records) == {answer: None}, "a failed link changes nothing"


def test_a_later_bundle_carries_the_link_to_the_office(tmp_path: Path, records: Records) -> None:
    with Records.open(AppPaths.resolve(tmp_path / "kiosk").ensure()) as kiosk:
        answer = kiosk.record_kiosk_answer(_answer("q-bucket"))
        kiosk.export_bundle(tmp_path / "during.wsrbundle")  # taken in the middle of the visit
        session = kiosk.start_session(setup(group="kiosk", facilitator=""))
        kiosk.link_kiosk_answers([answer], session.id)
        kiosk.end_session(session.id)
        kiosk.export_bundle(tmp_path / "after.wsrbundle")
    records.import_bundles([tmp_path / "during.wsrbundle"])
    assert _session_of(records) == {answer: None}
    report = records.import_bundles([tmp_path / "after.wsrbundle"])
    assert report.updated.get("kiosk_answers") == 1
    assert _session_of(records) == {answer: session.id}
