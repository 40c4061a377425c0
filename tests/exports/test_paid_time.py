"""Paid time: kept per session, carried through the migration, reported per site and month."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.records.conftest import setup
from wsr_edu.paths import AppPaths
from wsr_edu.records import SessionFilters
from wsr_edu.records.analysis import paid_hours, read_snapshot
from wsr_edu.records.database import make_engine, migrate
from wsr_edu.records.model import SessionSetup
from wsr_edu.records.repository import Records


def test_a_session_keeps_its_paid_mark_and_planned_minutes(records: Records) -> None:
    paid = records.start_session(setup(), paid_time=True, planned_minutes=25)
    assert (paid.paid_time, paid.planned_minutes) == (True, 25)
    unpaid = records.start_session(setup())
    assert (unpaid.paid_time, unpaid.planned_minutes) == (False, None)
    from_setup = records.start_session(
        SessionSetup(**{**setup().__dict__, "paid_time": True, "planned_minutes": 20})
    )
    assert records.get_session(from_setup.id).paid_time is True
    assert records.get_session(from_setup.id).planned_minutes == 20


def test_paid_hours_per_site_and_month(records: Records) -> None:
    day = datetime(2025, 5, 30, 7, 0)
    for n, (site, paid, minutes, people) in enumerate(
        [
            ("Farm A", True, 60, 10),
            ("Farm A", True, 30, 20),
            ("Farm A", False, 60, 99),  # not on the clock: not counted
            ("Farm B", True, 45, 4),
        ]
    ):
        s = records.start_session(
            setup(site=site), started_at=day + timedelta(days=n), paid_time=paid, planned_minutes=25
        )
        records.set_headcount(s.id, people)
        records.end_session(s.id, day + timedelta(days=n, minutes=minutes))
    records.start_session(setup(site="Farm A"), paid_time=True)  # still open: not counted
    with records.engine.connect() as conn:
        found = paid_hours(conn, SessionFilters())
    rows = {(p.site, p.month): p for p in found}
    assert set(rows) == {("Farm A", "2025-05"), ("Farm B", "2025-06")}
    may = rows[("Farm A", "2025-05")]
    assert (may.sessions, may.hours, may.worker_hours) == (2, 1.5, 20.0)
    assert may.worker_contacts == 30
    assert rows[("Farm B", "2025-06")].worker_hours == pytest.approx(3.0)
    assert may.planned_hours == pytest.approx(50 / 60)
    snapshot = read_snapshot(records, SessionFilters(), with_names=False)
    assert snapshot.paid_hours == pytest.approx(2.25)
    assert snapshot.paid_worker_hours == pytest.approx(23.0)


def test_migration_0003_keeps_the_sessions_and_their_marks(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data").ensure()
    engine = make_engine(paths.database_url)
    try:
        migrate(engine, target="0002")
        started = datetime(2024, 11, 5, 7, 30)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO sessions (id, device_id, site, group_name, facilitator, language, "
                    "curriculum_id, curriculum_version, module_id, privacy_mode, headcount, "
                    "started_at, ended_at, utc_offset_minutes, updated_at) VALUES ('s-1', 'd-1', "
                    "'Green Valley Dairy', '', 'Rosa', 'es', 'wsr-basics', '0.9', 'rights', "
                    "'codes', 1, :t, :t, 0, :t)"
                ),
                {"t": started},
            )
            conn.execute(
                text(
                    "INSERT INTO attendance (id, session_id, device_id, code, status, marked_at, "
                    "updated_at) VALUES ('a-1', 's-1', 'd-1', 'ACD-EFH', 'present', :t, :t)"
                ),
                {"t": started},
            )
    finally:
        engine.dispose()
    with Records.open(paths) as records:
        [session] = records.list_sessions()
        assert session.paid_time is False and session.planned_minutes is None
        assert [m.code for m in records.attendance("s-1")] == ["ACD-EFH"]
        assert records.check() == []
