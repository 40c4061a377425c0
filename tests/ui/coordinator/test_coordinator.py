"""The coordinator view reads real records off the GUI thread and hides names unless asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsr_edu.paths import AppPaths, bundled_curricula_dir
from wsr_edu.records import PrivacyMode, SessionSetup
from wsr_edu.records.exports.labels import Labels
from wsr_edu.records.model import FeedbackAnswer
from wsr_edu.records.repository import Records
from wsr_edu.settings import Settings
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
        farm = opened.start_session(
            _setup("Rancho La Esperanza"), started_at=day, paid_time=True, planned_minutes=25
        )
        opened.set_headcount(farm.id, 40)
        opened.record_quiz_counts(farm.id, "q-bucket", [10, 28, 2], correct=[1])
        opened.record_quiz_counts(farm.id, "q-hours", [12, 20, 8], correct=[0])
        opened.record_feedback_counts(
            farm.id, "understood", [30, 8, 2], curriculum_version="1.0.0", language="es"
        )
        opened.add_feedback_answer(
            FeedbackAnswer(
                "wsr-basics", "1.0.0", "es", "understood", "c", "Rancho La Esperanza", day.date()
            )
        )
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
def settings() -> Settings:
    return Settings()


@pytest.fixture
def view(
    prepared_app: QApplication, qtbot: QtBot, records: Records, settings: Settings
) -> Iterator[CoordinatorView]:
    tasks = TaskRunner()
    labels = Labels.from_folders([bundled_curricula_dir()], prefer="en")
    widget = CoordinatorView(records, tasks, labels=labels, settings=settings)
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
    # Words, not ids: the module's title and the question's text from the curriculum.
    assert bars["Our hours · Our rights at work"] == pytest.approx(0.3)
    first = [label for label, _ in view.answers_chart.bars()][0]
    assert first == "Our hours · Our rights at work"
    # Too narrow for the whole label, the chart cuts the module's title, not the question.
    view.answers_chart.resize(260, view.answers_chart.height())
    shown = view.answers_chart.shown_label(first)
    assert shown != first and shown.startswith("Our hours"), shown
    # A label that fits beside a readable bar is drawn whole, though it takes over half.
    chart = view.answers_chart
    wide = chart.fontMetrics().horizontalAdvance(first) + 12
    chart.resize(int(wide / 0.58), chart.height())
    assert chart.shown_label(first) == first
    assert chart.label_width() < chart.width() * 0.6
    assert dict(view.sites_chart.bars())["Rancho La Esperanza"] == 40
    assert view.figure_paid.value.text() == "1.0"  # the one paid session, an hour long
    assert dict(view.languages_chart.bars())["Español · 1.0.0"] == pytest.approx(40 / 80)
    cells = _cells(view)
    assert "Our rights at work" in cells and "Español" in cells and "rights" not in cells


def test_feedback_shows_in_words_with_each_answers_share(view: CoordinatorView) -> None:
    [chart] = view.feedback_charts
    assert chart._title == "Did you understand?"
    # A show of hands and one kiosk answer, added up: 41 answers in Spanish at that site.
    assert dict(chart.bars()) == {
        "Yes, all of it · Español (30/41)": pytest.approx(30 / 41),
        "Some of it · Español (8/41)": pytest.approx(8 / 41),
        "Not much · Español (3/41)": pytest.approx(3 / 41),
    }


def test_filters_narrow_everything(view: CoordinatorView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.site.setCurrentIndex(view.site.findData("Green Valley Dairy"))
    assert view.model.rowCount() == 1
    assert view.figure_contacts.value.text() == "1"
    assert view.answers_chart.bars() == []
    assert view.feedback_charts == []


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


@pytest.mark.parametrize(
    ("name", "table", "expect"),
    [
        ("report.xlsx", "sessions", b"PK"),
        ("report.pdf", "sessions", b"%PDF"),
        ("attendance.csv", "attendance", "Marked at"),
        ("questions.csv", "questions", "Question text"),
        ("understanding.csv", "understanding", "Language name"),
        ("paid.csv", "paid", "Paid worker hours"),
    ],
)
def test_every_table_in_every_format_and_the_folder_is_remembered(
    view: CoordinatorView,
    qtbot: QtBot,
    tmp_path: Path,
    settings: Settings,
    name: str,
    table: str,
    expect: bytes | str,
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / name
    view.export_to(out, table=table)
    qtbot.waitUntil(lambda: "written" in view.status.text(), timeout=20_000)
    if isinstance(expect, bytes):
        assert out.read_bytes().startswith(expect)
    else:
        assert expect in out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert settings.export_folder == str(folder)
    assert view.export_folder() == folder


def test_the_first_export_opens_in_the_documents_folder_not_where_the_app_started(
    view: CoordinatorView, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    started_in = tmp_path / "launched-from"
    started_in.mkdir()
    monkeypatch.chdir(started_in)  # a menu or shortcut starts the app in any folder
    settings.export_folder = ""
    folder = view.export_folder()
    assert folder.is_absolute() and folder.is_dir()
    assert folder.resolve() != started_in.resolve()
    settings.export_folder = "reports"  # a relative folder in a settings file is not followed
    assert view.export_folder().resolve() != (started_in / "reports").resolve()


def test_the_export_dialog_offers_every_table_and_opens_in_the_last_folder(
    view: CoordinatorView, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from wsr_edu.ui.coordinator.view import EXPORT_CHOICES

    settings.export_folder = str(tmp_path)
    dialog = view.export_dialog()
    choices = dialog.nameFilters()
    assert len(choices) == len(EXPORT_CHOICES)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    period = "2025-04-07-to-"
    (first,) = dialog.selectedFiles()
    assert Path(first).name.startswith(f"wsr-report-{period}") and first.endswith(".xlsx")
    # Choosing another table names the file after it: two CSVs never overwrite each other.
    dialog.selectNameFilter(choices[3])
    dialog.filterSelected.emit(choices[3])
    (named,) = dialog.selectedFiles()
    assert Path(named).name.startswith(f"wsr-attendance-{period}") and named.endswith(".csv")
    # A name the coordinator typed stays as typed.
    dialog.selectFile("for the monitor")
    dialog.filterSelected.emit(choices[4])
    assert Path(dialog.selectedFiles()[0]).name == "for the monitor"

    # Saving as "answers" with the answers table chosen writes answers.csv, that table.
    def accepted(self: QFileDialog) -> int:
        self.selectFile(str(tmp_path / "answers"))
        self.selectNameFilter(self.nameFilters()[4])
        return 1

    monkeypatch.setattr(QFileDialog, "exec", accepted)
    started: list[tuple[Path, str]] = []
    monkeypatch.setattr(view, "export_to", lambda path, table: started.append((path, table)))
    view._ask_export()
    assert started == [(tmp_path / "answers.csv", "questions")]


@pytest.mark.parametrize("lang", ["en", "es", "ht", "bn"])
def test_the_records_window_fits_a_1024x768_screen(view: CoordinatorView, lang: str) -> None:
    from wsr_edu.ui.i18n import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.switch(lang)
    try:
        hint = view.minimumSizeHint()
    finally:
        translations.switch("en")
    assert hint.width() <= 1024 and hint.height() <= 728, (lang, hint)


def test_the_keyboard_starts_on_the_sessions_not_in_a_filter(
    view: CoordinatorView, qtbot: QtBot
) -> None:
    view.show()
    qtbot.waitExposed(view)
    assert view.focusWidget() is view.table
