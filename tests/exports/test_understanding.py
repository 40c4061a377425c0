"""Understanding by teaching language and curriculum version, and its agreement with the totals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.records.conftest import setup
from wsr_edu.records import KioskAnswer, SessionFilters
from wsr_edu.records.analysis import answers
from wsr_edu.records.reports import question_results
from wsr_edu.records.repository import Records


def test_answers_split_by_language_and_version_and_add_up_to_the_totals(
    records: Records,
) -> None:
    day = datetime(2025, 6, 2, 7, 0)
    spanish = records.start_session(setup(language="es"), started_at=day)
    records.record_quiz_counts(spanish.id, "q-bucket", [2, 18], correct=[1])
    records.end_session(spanish.id, day + timedelta(hours=1))
    newer = records.start_session(
        setup(language="ht", curriculum_version="1.1.0"), started_at=day + timedelta(days=1)
    )
    records.record_quiz_counts(newer.id, "q-bucket", [12, 8], correct=[1])
    records.end_session(newer.id, day + timedelta(days=1, hours=1))
    for right in (True, True, False):
        records.record_kiosk_answer(
            KioskAnswer("wsr-basics", "1.0.0", "rights", "es", "q-bucket", (1,), right),
            answered_at=day + timedelta(hours=2),
        )
    with records.engine.connect() as conn:
        questions, split = answers(conn, SessionFilters())
        assert questions == question_results(conn, SessionFilters())
        shares = {(u.language, u.curriculum_version): u.share_correct for u in split}
        assert shares == {("es", "1.0.0"): 20 / 23, ("ht", "1.1.0"): 8 / 20}
        # Filters narrow both in the same way.
        june_3 = SessionFilters(date_from=date(2025, 6, 3))
        questions, split = answers(conn, june_3)
        assert questions == question_results(conn, june_3)
        assert [(u.language, u.responses) for u in split] == [("ht", 20)]
