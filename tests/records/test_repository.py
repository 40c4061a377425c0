"""The repository on SQLite and PostgreSQL: sessions, marks, counts, totals, resumption."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from wsr_edu.paths import AppPaths
from wsr_edu.records import (
    AttendanceStatus,
    KioskAnswer,
    NamesNotAllowedError,
    PrivacyMode,
    RecordsError,
    SessionFilters,
)
from wsr_edu.records.repository import Records

from .conftest import setup


def test_a_headcount_session_is_the_default_and_keeps_its_count(records: Records) -> None:
    session = records.start_session(setup())
    assert session.privacy_mode is PrivacyMode.HEADCOUNT
    assert dataclasses.is_dataclass(session) and session.is_open
    with pytest.raises(dataclasses.FrozenInstanceError):
        session.site = "elsewhere"  # type: ignore[misc]
    records.set_headcount(session.id, 23)
    records.set_headcount(session.id, 27)
    assert records.get_session(session.id).headcount == 27
    with pytest.raises(RecordsError):
        records.mark_attendance(session.id, code="ACD-EFH")


def test_codes_sessions_count_people_marked_as_attending(records: Records) -> None:
    session = records.start_session(setup(PrivacyMode.CODES))
    cards = records.new_codes(4)
    for code in cards:
        records.mark_attendance(session.id, code=code)
    records.mark_attendance(session.id, AttendanceStatus.EXCUSED, code=cards[0])
    records.mark_attendance(session.id, AttendanceStatus.LEFT_EARLY, code=cards[1].lower())
    marks = {m.code: m.status for m in records.attendance(session.id)}
    assert marks == {
        cards[0]: AttendanceStatus.EXCUSED,
        cards[1]: AttendanceStatus.LEFT_EARLY,
        cards[2]: AttendanceStatus.PRESENT,
        cards[3]: AttendanceStatus.PRESENT,
    }
    assert records.get_session(session.id).headcount == 3
    with pytest.raises(RecordsError):
        records.mark_attendance(session.id, code="not a code")


def test_names_need_the_organisation_setting_and_a_names_session(records: Records) -> None:
    with pytest.raises(NamesNotAllowedError):
        records.start_session(setup(PrivacyMode.NAMES))
    coded = records.start_session(setup(PrivacyMode.CODES))
    with pytest.raises(NamesNotAllowedError):
        records.mark_attendance(coded.id, code=records.new_codes(1)[0], name="Marisol")
    named = records.start_session(setup(PrivacyMode.NAMES), names_allowed=True)
    mark = records.mark_attendance(named.id, name="Marisol Q.")
    records.mark_attendance(named.id, AttendanceStatus.LATE, mark_id=mark.id)
    assert [(m.name, m.status) for m in records.attendance(named.id)] == [
        ("Marisol Q.", AttendanceStatus.LATE)
    ]
    assert all(m.name is None for m in records.attendance(coded.id))


def test_quiz_counts_are_replaced_not_added(records: Records) -> None:
    session = records.start_session(setup())
    records.record_quiz_counts(session.id, "q-bucket", [2, 9, 1], correct=[1])
    records.record_quiz_counts(session.id, "q-bucket", [3, 12, 0], correct=[1])
    records.record_quiz_counts(session.id, "q-hours", [5, 5], correct=[0])
    assert records.quiz_counts(session.id) == {"q-bucket": (3, 12, 0), "q-hours": (5, 5)}
    [bucket, hours] = records.question_results()
    assert (bucket.question_id, bucket.responses, bucket.correct) == ("q-bucket", 15, 12)
    assert bucket.share_correct == pytest.approx(0.8)
    assert hours.share_correct == pytest.approx(0.5)


def test_kiosk_answers_join_the_group_counts_per_question(records: Records) -> None:
    session = records.start_session(setup())
    records.record_quiz_counts(session.id, "q-bucket", [1, 3, 0], correct=[1])
    for chosen, right in (((1,), True), ((0,), False), ((1,), True)):
        records.record_kiosk_answer(
            KioskAnswer(
                "wsr-basics", "1.0.0", "rights", "ht", "q-bucket", chosen, right, site="Farm 7"
            )
        )
    [result] = records.question_results()
    assert (result.group_responses, result.kiosk_responses) == (4, 3)
    assert (result.correct, result.responses) == (5, 7)
    [only_kiosk] = records.question_results(SessionFilters(language="ht"))
    assert (only_kiosk.group_responses, only_kiosk.kiosk_correct) == (0, 2)


def test_totals_and_filters(records: Records) -> None:
    day = datetime(2025, 3, 10, 7, 0)
    first = records.start_session(setup(), started_at=day)
    records.set_headcount(first.id, 30)
    records.end_session(first.id, day + timedelta(minutes=45))
    second = records.start_session(
        setup(
            PrivacyMode.CODES,
            site="Gazipur Garments Ltd.",
            module_id="complaint-line",
            language="bn",
        ),
        started_at=day + timedelta(days=2),
    )
    cards = records.new_codes(3)
    for code in cards:
        records.mark_attendance(second.id, code=code)
    records.end_session(second.id, day + timedelta(days=2, hours=1))
    third = records.start_session(setup(PrivacyMode.CODES), started_at=day + timedelta(days=5))
    records.mark_attendance(third.id, code=cards[0])  # the same card: the same person
    records.mark_attendance(third.id, AttendanceStatus.EXCUSED, code=records.new_codes(1)[0])

    everything = records.totals()
    assert (everything.sessions, everything.worker_contacts) == (3, 34)
    assert everything.distinct_participants == 3
    assert everything.hours_taught == pytest.approx(1.75)
    assert everything.open_sessions == 1
    first_week = records.totals(
        SessionFilters(date_from=date(2025, 3, 10), date_to=date(2025, 3, 12))
    )
    assert (first_week.sessions, first_week.distinct_participants) == (2, 3)
    headcounts = records.totals(SessionFilters(date_to=date(2025, 3, 10)))
    assert headcounts.distinct_participants is None
    assert [s.id for s in records.list_sessions(SessionFilters(language="bn"))] == [second.id]
    assert [s.id for s in records.list_sessions(SessionFilters(module_id="rights"))] == [
        third.id,
        first.id,
    ]
    options = records.filter_options()
    assert options.sites == ("Gazipur Garments Ltd.", "Rancho La Esperanza")
    assert options.languages == ("bn", "es")
    assert (options.first_day, options.last_day) == (date(2025, 3, 10), date(2025, 3, 15))


def test_a_session_left_open_is_found_again_with_every_mark(
    database_url: str, paths: AppPaths
) -> None:
    with Records.open(database_url, paths=paths) as before_crash:
        session = before_crash.start_session(setup(PrivacyMode.CODES))
        cards = before_crash.new_codes(5)
        for code in cards:
            before_crash.mark_attendance(session.id, code=code)
        before_crash.record_quiz_counts(session.id, "q-zero", [4, 1], correct=[0])
    with Records.open(database_url, paths=paths) as after:
        [found] = after.open_sessions()
        assert found.id == session.id and found.headcount == 5
        assert sorted(m.code for m in after.attendance(found.id)) == sorted(cards)
        after.mark_attendance(found.id, AttendanceStatus.LATE, code=after.new_codes(1)[0])
        ended = after.end_session(found.id, found.updated_at)
        assert not after.open_sessions()
        assert ended.ended_at == found.updated_at and ended.headcount == 6
        assert after.quiz_counts(found.id) == {"q-zero": (4, 1)}


def test_a_session_needs_a_site(records: Records) -> None:
    with pytest.raises(RecordsError, match="site"):
        records.start_session(setup(site="  "))


def test_check_finds_nothing_wrong_in_a_healthy_database(records: Records) -> None:
    session = records.start_session(setup(PrivacyMode.CODES))
    records.mark_attendance(session.id, code=records.new_codes(1)[0])
    assert records.check() == []
