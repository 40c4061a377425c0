"""The coordinator view reads real records off the GUI thread and hides names unless asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records
from wsr_edu.ui.coordinator import CoordinatorView
from wsr_edu.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("OpenType support missing")
NAME = "Guadalupe Ixchel"


def _setup(
    site: str, mode: PrivacyMode = PrivacyMode.HEADCOUNT, module: str = "rights"
) -> SessionSetup:
    return SessionSetup(
        site,
        "wsr-basics",
        "1.0.0",
        module,
        "es",
        group="Crew A",
        facilitator="Rosa Q.",
        privacy_mode=mode,
    )


@pytest.fixture
def records(data_dir: Path) -> Iterator[Records]:
    with Records.open(AppPaths.resolve(data_dir).ensure()) as opened:
        day = datetime(2025, 4, 7, 7, 0)
        farm = opened.start_session(_setup("Rancho La Esperanza"), started_at=day)
        opened.set_headcount(farm.id, 40)
        opened.record_quiz_counts(farm.id, "q-bucket", [10, 28, 2], correct=[1])
        opened.record_quiz_counts(farm.id, "q-hours", [12, 20, 8], correct=[0])
        opened.end_session(farm.id, day + timedelta(hours=1))
        named = opened.start_session(
            _setup("Green Valley Dairy", PrivacyMode.NAMES, "complaint-line"),
            names_allowed=True,
            started_at=day + timedelta(days=3),
        )
        opened.mark_attendance(named.id, name=NAME)
        opened.end_session(named.id, day + timedelta(days=3, minutes=30))
        yield opened


@pytest.fixture
def view(prepared_app: QApplication, qtbot: QtBot, records: Records) -> Iterator[CoordinatorView]:
    tasks = TaskRunner()
    widget = CoordinatorView(records, tasks)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.start()
    yield widget
    tasks.wait()


def _cells(view: CoordinatorView) -> list[str]:
    model = view.model
    return [
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_totals_table_and_charts_show_the_records(view: CoordinatorView) -> None:
    assert view.figure_sessions.value.text() == "2"
    assert view.figure_contacts.value.text() == "41"
    assert view.figure_hours.value.text() == "1.5"
    assert view.date_from.date().toPython() == date(2025, 4, 7)
    assert view.model.rowCount() == 2
    bars = dict(view.answers_chart.bars())
    assert bars["rights / q-hours"] == pytest.approx(0.3)
    assert [label for label, _ in view.answers_chart.bars()][0] == "rights / q-hours"
    assert dict(view.sites_chart.bars())["Rancho La Esperanza"] == 40


def test_filters_narrow_everything(view: CoordinatorView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.site.setCurrentIndex(view.site.findData("Green Valley Dairy"))
    assert view.model.rowCount() == 1
    assert view.figure_contacts.value.text() == "1"
    assert view.answers_chart.bars() == []


def test_names_show_only_when_asked(view: CoordinatorView, qtbot: QtBot) -> None:
    assert not any(NAME in cell for cell in _cells(view))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_names.setChecked(True)
    assert any(NAME in cell for cell in _cells(view))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_names.setChecked(False)
    assert not any(NAME in cell for cell in _cells(view))


def test_export_from_the_view(view: CoordinatorView, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    progress: list[tuple[int, int]] = []
    view.export_progressed.connect(lambda done, total: progress.append((done, total)))
    view.export_to(out)
    assert not view.export_progress.isHidden() and not view.export_button.isEnabled()
    qtbot.waitUntil(lambda: "written" in view.status.text(), timeout=10_000)
    text = out.read_text(encoding="utf-8-sig")
    assert "Rancho La Esperanza" in text and NAME not in text
    # The bar followed the rows written and went away when the file was in place.
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert view.export_progress.isHidden() and view.export_button.isEnabled()


def test_a_failed_export_says_why_and_lets_the_user_try_again(
    view: CoordinatorView, qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    view.export_to(blocker / "report.csv")
    qtbot.waitUntil(lambda: "cannot be written" in view.status.text(), timeout=10_000)
    assert view.export_progress.isHidden() and view.export_button.isEnabled()
