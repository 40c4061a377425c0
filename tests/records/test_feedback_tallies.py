"""Feedback tallies: counts only, per site and day or per session, merged without duplicates."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from wsr_edu.paths import AppPaths
from wsr_edu.records import RecordsError
from wsr_edu.records.database import make_engine, migrate
from wsr_edu.records.model import FeedbackAnswer, SessionFilters
from wsr_edu.records.repository import Records

from .conftest import setup

DAY = date(2026, 3, 2)


def _answer(answer: str, *, site: str = "Sunny Acres Farm", day: date = DAY) -> FeedbackAnswer:
    return FeedbackAnswer("wsr-basics", "1.0.0", "es", "understood", answer, site, day)


def _counts(records: Records, filters: SessionFilters | None = None) -> dict[tuple, int]:
    return {
        (t.site, t.day, t.language, t.question_id, t.answer, t.session_id): t.count
        for t in records.feedback_tallies(filters)
    }


def test_kiosk_answers_add_up_per_site_and_day_and_keep_no_time(database_url: str, paths) -> None:
    with Records.open(database_url, paths=paths) as records:
        for answer in ("a", "a", "b", "a"):
            records.add_feedback_answer(_answer(answer))
        records.add_feedback_answer(_answer("a", day=date(2026, 3, 3)))
        records.add_feedback_answer(_answer("c", site="Gazipur Garments Ltd."))
        assert _counts(records) == {
            ("Gazipur Garments Ltd.", DAY, "es", "understood", "c", None): 1,
            ("Sunny Acres Farm", DAY, "es", "understood", "a", None): 3,
            ("Sunny Acres Farm", DAY, "es", "understood", "b", None): 1,
            ("Sunny Acres Farm", date(2026, 3, 3), "es", "understood", "a", None): 1,
        }
        only = SessionFilters(date_from=DAY, date_to=DAY, site="Sunny Acres Farm")
        assert sum(_counts(records, only).values()) == 4
        # One row per answer, site and day: nothing in it tells one worker's answer from another's.
        with records.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("feedback_tallies")}
            rows = conn.execute(text("SELECT count(*) FROM feedback_tallies")).scalar()
        assert rows == 4
        assert not {"updated_at", "answered_at", "code", "visit", "created_at"} & columns
        assert records.check() == []


def test_a_class_counts_hands_per_session_and_a_correction_replaces_them(
    database_url: str, paths
) -> None:
    with Records.open(database_url, paths=paths) as records:
        session = records.start_session(setup(site="Rancho La Esperanza"))
        records.record_feedback_counts(
            session.id, "understood", [12, 3, 1], curriculum_version="1.0.0", language="es"
        )
        records.record_feedback_counts(
            session.id, "understood", [11, 4, 1], curriculum_version="1.0.0", language="es"
        )
        records.record_feedback_counts(
            session.id, "call-line", [9, 7], curriculum_version="1.0.0", language="es"
        )
        assert records.feedback_counts(session.id) == {
            "understood": (11, 4, 1),
            "call-line": (9, 7),
        }
        [first, *_] = records.feedback_tallies()
        assert (first.session_id, first.site, first.day) == (
            session.id,
            "Rancho La Esperanza",
            session.started_at.date(),
        )
        assert sum(t.count for t in records.feedback_tallies()) == 11 + 4 + 1 + 9 + 7
        # A module filter covers classes only; the kiosk's tallies have no module.
        records.add_feedback_answer(_answer("a", day=session.started_at.date()))
        assert sum(_counts(records, SessionFilters(module_id="rights")).values()) == 32
        assert sum(_counts(records, SessionFilters(module_id="heat")).values()) == 0
        with pytest.raises(RecordsError, match="negative"):
            records.record_feedback_counts(
                session.id, "understood", [-1], curriculum_version="1.0.0", language="es"
            )


def _laptop(root: Path, name: str) -> Records:
    return Records.open(AppPaths.resolve(root / name).ensure())


def test_bundles_merge_tallies_idempotently_and_a_later_one_brings_more(
    tmp_path: Path, database_url: str, paths: AppPaths
) -> None:
    with _laptop(tmp_path, "kiosk-1") as one, _laptop(tmp_path, "kiosk-2") as two:
        for _ in range(3):
            one.add_feedback_answer(_answer("a"))
        two.add_feedback_answer(_answer("a"))
        session = two.start_session(setup())
        two.record_feedback_counts(
            session.id, "understood", [5, 2], curriculum_version="1.0.0", language="es"
        )
        one.export_bundle(tmp_path / "one.wsrbundle")
        two.export_bundle(tmp_path / "two.wsrbundle")
        bundles = [tmp_path / "one.wsrbundle", tmp_path / "two.wsrbundle"]
        with Records.open(database_url, paths=paths) as office:
            first = office.import_bundles(bundles)
            assert first.added["feedback_tallies"] == 4
            again = office.import_bundles(bundles + bundles)
            assert again.added == {} and again.updated == {}
            kiosk = _answer("a")
            key = (kiosk.site, DAY, "es", "understood", "a", None)
            assert _counts(office)[key] == 4  # two laptops' tallies added up
            # Later, the first kiosk has counted two more and the class was corrected.
            one.add_feedback_answer(_answer("a"))
            one.add_feedback_answer(_answer("a"))
            two.record_feedback_counts(
                session.id, "understood", [4, 2], curriculum_version="1.0.0", language="es"
            )
            one.export_bundle(tmp_path / "one-later.wsrbundle")
            two.export_bundle(tmp_path / "two-later.wsrbundle")
            later = [tmp_path / "one-later.wsrbundle", tmp_path / "two-later.wsrbundle"]
            report = office.import_bundles(later + bundles)  # an old bundle changes nothing
            # The kiosk's row, and the class's two answers (both written again by the correction).
            assert report.updated == {"feedback_tallies": 3}
            assert _counts(office)[key] == 6
            assert office.feedback_counts(session.id) == {}  # not this laptop's own counts
            in_class = {k: v for k, v in _counts(office).items() if k[-1] == session.id}
            assert sorted(in_class.values()) == [2, 4]
            assert office.check() == []


def test_a_bundle_with_a_damaged_tally_is_refused_whole(tmp_path: Path) -> None:
    with _laptop(tmp_path, "kiosk") as kiosk:
        kiosk.add_feedback_answer(_answer("b"))
        bundle = tmp_path / "kiosk.wsrbundle"
        kiosk.export_bundle(bundle)
    with gzip.open(bundle, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    for bad in ({"day": "2026-03-02T07:31:00"}, {"count": -4}):
        damaged = []
        for line in lines:
            item = json.loads(line)
            if item.get("t") == "feedback_tallies":
                item["r"].update(bad)
            damaged.append(json.dumps(item))
        broken = tmp_path / "broken.wsrbundle"
        with gzip.open(broken, "wt", encoding="utf-8") as out:
            out.write("\n".join(damaged) + "\n")
        with _laptop(tmp_path, "office") as office:
            with pytest.raises(RecordsError, match=r"broken.wsrbundle:\d+: damaged record"):
                office.import_bundles([broken])
            assert office.feedback_tallies() == []


def test_an_old_database_gains_the_table_and_keeps_its_sessions(paths: AppPaths) -> None:
    engine = make_engine(paths.database_url)
    try:
        migrate(engine, target="0003")
        assert "feedback_tallies" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    with Records.open(paths.database_url, paths=paths) as records:
        session = records.start_session(setup())
        records.record_feedback_counts(
            session.id, "understood", [1, 2], curriculum_version="1.0.0", language="es"
        )
        assert records.feedback_counts(session.id) == {"understood": (1, 2)}
        assert records.check() == []
