"""Two programs writing the same question or code at the same moment: nothing is refused."""

from __future__ import annotations

import multiprocessing
import traceback
from typing import Any

import pytest

from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode
from wsr_edu.records.repository import Records

from .conftest import setup

ROUNDS = 40


def _writer(url: str, data_dir: str, ids: dict[str, str], barrier: Any, out: Any) -> None:
    refused: list[str] = []
    try:
        with Records.open(url, paths=AppPaths.resolve(data_dir), backup_interval=None) as records:
            barrier.wait(30)
            for n in range(ROUNDS):
                try:
                    records.record_quiz_counts(ids["quiz"], f"q{n}", [n, 1], correct=[0])
                except Exception as exc:  # counted, shown in the failure
                    refused.append(f"{type(exc).__name__}: {exc}")
                try:
                    records.mark_attendance(ids["codes"], code=f"ACD-{_code(n)}")
                except Exception as exc:
                    refused.append(f"{type(exc).__name__}: {exc}")
    except Exception:
        refused.append(traceback.format_exc())
    out.put(refused)


def _code(n: int) -> str:
    letters = "ACDEFHJKMNPRTWXY"
    return letters[n // 16 % 16] + letters[n % 16] + "3"


@pytest.mark.slow
def test_two_programs_writing_the_same_rows_at_once_are_both_saved(
    database_url: str, paths: AppPaths
) -> None:
    with Records.open(database_url, paths=paths) as records:
        ids = {
            "quiz": records.start_session(setup()).id,
            "codes": records.start_session(setup(PrivacyMode.CODES)).id,
        }
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    out = context.Queue()
    workers = [
        context.Process(target=_writer, args=(database_url, str(paths.data_dir), ids, barrier, out))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    refused = [r for _ in workers for r in out.get(timeout=300)]
    for worker in workers:
        worker.join(60)
    assert refused == []
    with Records.open(database_url, paths=paths) as records:
        counts = records.quiz_counts(ids["quiz"])
        assert counts == {f"q{n}": (n, 1) for n in range(ROUNDS)}
        codes = [m.code for m in records.attendance(ids["codes"])]
        assert sorted(codes) == sorted(f"ACD-{_code(n)}" for n in range(ROUNDS))
        assert records.get_session(ids["codes"]).headcount == ROUNDS
        assert records.check() == []
