"""The coordinator view's opening time against a plain QTableView over the same query.

Run: uv run python benchmarks/coordinator.py [--sessions 800 80000] [--pairs K]
For each size: the coordinator view from start() until its sessions table is filled and painted
(`listed`: the view is open and usable), against a plain QTableView showing the rows of the same
list query (`list_sessions`, the latest MAX_LISTED) painted once, in a window of the same size,
with the app's style, fonts and style sheet on both. Pairs alternate their order;
per-pair ratios' min, median and max print (target: median <= 2x at every size). The time until
the figures and charts are in as well (`loaded`: they add up every session) prints beside it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from wsr_edu.paths import AppPaths  # noqa: E402
from wsr_edu.records.analysis import MAX_LISTED  # noqa: E402
from wsr_edu.records.model import SessionFilters  # noqa: E402
from wsr_edu.records.repository import Records  # noqa: E402
from wsr_edu.records.schema import quiz_counts, sessions  # noqa: E402
from wsr_edu.ui.app import prepare_application  # noqa: E402
from wsr_edu.ui.context import AppContext  # noqa: E402
from wsr_edu.ui.coordinator import CoordinatorView  # noqa: E402
from wsr_edu.ui.tasks import TaskRunner  # noqa: E402

TARGET = 2.0
SIZE = (1300, 800)
SITES = ["Lechería San José", "গাজীপুর কারখানা", "Farm 3", "Green Valley Dairy"]


def fill(records: Records, count: int) -> None:
    """Sessions with two questions' counts each, inserted in bulk (fast to make)."""
    rng = random.Random(2)
    start = datetime(2025, 1, 6, 7, 0)
    rows, counts = [], []
    for n in range(count):
        sid = str(uuid.uuid4())
        began = start + timedelta(minutes=37 * n)
        rows.append(
            {
                "id": sid,
                "device_id": records.device_id,
                "site": rng.choice(SITES),
                "group_name": "Crew A",
                "facilitator": "Rosa Q.",
                "language": rng.choice(["es", "en", "bn"]),
                "curriculum_id": "wsr-basics",
                "curriculum_version": "1.0.0",
                "module_id": "rights",
                "privacy_mode": "headcount",
                "headcount": rng.randint(5, 50),
                "started_at": began,
                "ended_at": began + timedelta(minutes=45),
                "utc_offset_minutes": 0,
                "updated_at": began,
                "paid_time": n % 3 != 0,
                "planned_minutes": 25,
            }
        )
        for question in ("q-bucket", "q-hours"):
            for choice in range(3):
                counts.append(
                    {
                        "id": str(uuid.uuid4()),
                        "session_id": sid,
                        "device_id": records.device_id,
                        "question_id": question,
                        "choice_index": choice,
                        "count": rng.randint(0, 10),
                        "correct": choice == 1,
                        "updated_at": began,
                    }
                )
    with records.engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(sessions), rows[i : i + 5000])
        for i in range(0, len(counts), 5000):
            conn.execute(insert(quiz_counts), counts[i : i + 5000])


class Plain(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 10

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


def wait(app: QApplication, done: list[object], timeout: float = 120) -> None:
    began = time.perf_counter()
    while not done and time.perf_counter() - began < timeout:
        app.processEvents()
        time.sleep(0.001)


def plain_view(app: QApplication, records: Records, tasks: TaskRunner) -> float:
    began = time.perf_counter()
    done: list[object] = []

    def show(found: list) -> None:  # type: ignore[type-arg]
        table = QTableView()
        table.setModel(
            Plain(
                [
                    (
                        s.started_at.strftime("%Y-%m-%d"),
                        s.started_at.strftime("%H:%M"),
                        f"{s.hours:.2f}",
                        s.site,
                        s.group,
                        s.facilitator,
                        s.language,
                        s.module_id,
                        s.privacy_mode.value,
                        str(s.headcount),
                    )
                    for s in found
                ]
            )
        )
        table.resize(*SIZE)
        table.show()
        table.grab()
        done.append(table)

    tasks.run(lambda: records.list_sessions(SessionFilters(), limit=MAX_LISTED), show, print)
    wait(app, done)
    took = time.perf_counter() - began
    done[0].close()  # type: ignore[attr-defined]
    return took


def coordinator_view(app: QApplication, records: Records, tasks: TaskRunner) -> tuple[float, float]:
    began = time.perf_counter()
    view = CoordinatorView(records, tasks)
    view.resize(*SIZE)
    listed: list[object] = []
    loaded: list[object] = []
    view.listed.connect(lambda: listed.append(True))
    view.loaded.connect(lambda: loaded.append(True))
    view.show()
    view.start()
    wait(app, listed)
    view.grab()
    opened = time.perf_counter() - began
    wait(app, loaded)
    view.grab()
    complete = time.perf_counter() - began
    view.close()
    view.deleteLater()
    app.processEvents()
    return opened, complete


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, nargs="+", default=[800, 80_000])
    parser.add_argument("--pairs", type=int, default=5)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    # The app's fonts (Bengali site names), style and style sheet, for both views.
    settings = tempfile.TemporaryDirectory()
    context = AppContext.create(
        argparse.Namespace(data_dir=settings.name, curricula=[], database_url=None)
    )
    prepare_application(app, context)  # type: ignore[arg-type]
    missed = False
    for count in options.sessions:
        with tempfile.TemporaryDirectory() as folder:
            paths = AppPaths.resolve(Path(folder)).ensure()
            with Records.open(paths, backup_interval=None) as records:
                fill(records, count)
                tasks = TaskRunner()
                coordinator_view(app, records, tasks)  # warm caches once
                ratios, whole, bases = [], [], []
                for n in range(options.pairs):
                    if n % 2:
                        base = plain_view(app, records, tasks)
                        ours, complete = coordinator_view(app, records, tasks)
                    else:
                        ours, complete = coordinator_view(app, records, tasks)
                        base = plain_view(app, records, tasks)
                    ratios.append(ours / base)
                    whole.append(complete / base)
                    bases.append(base)
                tasks.wait()
        median = statistics.median(ratios)
        missed |= median > TARGET
        print(
            f"coordinator view open / plain QTableView at {count:,} sessions: per-pair ratio "
            f"min {min(ratios):.2f}x, median {median:.2f}x, max {max(ratios):.2f}x "
            f"(target <= {TARGET:.0f}x); with figures and charts: median "
            f"{statistics.median(whole):.2f}x; plain view {statistics.median(bases):.3f} s"
        )
    context.close()
    settings.cleanup()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
