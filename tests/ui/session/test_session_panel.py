"""The start-session dialog and the attendance panel, saving real marks to a temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from wsr_edu.paths import AppPaths
from wsr_edu.records import AttendanceStatus, PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records
from wsr_edu.ui.folders import SaveFolder
from wsr_edu.ui.session import AttendancePanel, StartSessionDialog
from wsr_edu.ui.tasks import TaskRunner

MODULES = [("rights", "Our rights at work"), ("complaint-line", "The complaint line")]
LANGUAGES = [("en", "English"), ("es", "Español"), ("ht", "Kreyòl ayisyen")]


@pytest.fixture
def records(data_dir: Path) -> Iterator[Records]:
    with Records.open(AppPaths.resolve(data_dir).ensure()) as opened:
        yield opened


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def _dialog(qtbot: QtBot, names_allowed: bool) -> StartSessionDialog:
    dialog = StartSessionDialog(
        "wsr-basics", "1.0.0", MODULES, LANGUAGES, names_allowed=names_allowed
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_offers_names_only_when_the_organisation_allows(
    prepared_app: QApplication, qtbot: QtBot
) -> None:
    closed = _dialog(qtbot, names_allowed=False)
    closed.show()
    assert not closed.names.isVisible()
    assert closed.privacy_mode() is PrivacyMode.HEADCOUNT
    open_ = _dialog(qtbot, names_allowed=True)
    open_.show()
    assert open_.names.isVisible()


def test_the_dialog_builds_the_setup(prepared_app: QApplication, qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, names_allowed=False)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a session needs a site
    qtbot.keyClicks(dialog.site, "Finca Los Naranjos")
    dialog.group.setText("Cuadrilla 2")
    dialog.language.setCurrentIndex(2)
    dialog.module.setCurrentIndex(1)
    dialog.codes.setChecked(True)
    assert ok.isEnabled()
    assert dialog.setup() == SessionSetup(
        "Finca Los Naranjos",
        "wsr-basics",
        "1.0.0",
        "complaint-line",
        "ht",
        group="Cuadrilla 2",
        privacy_mode=PrivacyMode.CODES,
    )


def test_a_headcount_is_saved(
    prepared_app: QApplication, qtbot: QtBot, records: Records, tasks: TaskRunner
) -> None:
    session = records.start_session(SessionSetup("Farm 3", "wsr-basics", "1.0.0", "rights", "en"))
    panel = AttendancePanel(records, tasks, session)
    qtbot.addWidget(panel)
    assert panel.headcount is not None
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.headcount.setValue(17)
    assert records.get_session(session.id).headcount == 17


def _codes_panel(
    qtbot: QtBot, records: Records, tasks: TaskRunner, folder: SaveFolder | None = None
) -> AttendancePanel:
    """The attendance window of a session kept with pseudonymous codes on cards."""
    session = records.start_session(
        SessionSetup(
            "Farm 3", "wsr-basics", "1.0.0", "rights", "en", privacy_mode=PrivacyMode.CODES
        )
    )
    panel = AttendancePanel(records, tasks, session, folder=folder)
    qtbot.addWidget(panel)
    return panel


def test_a_second_batch_of_cards_keeps_clear_of_the_first_unsaved_one(
    prepared_app: QApplication, qtbot: QtBot, records: Records, tasks: TaskRunner, tmp_path: Path
) -> None:
    from wsr_edu.records.codes import code_pictures

    panel = _codes_panel(qtbot, records, tasks)
    # 150 and 150 from 4,096 picture sequences: drawn apart, some would almost surely match.
    first = panel.generate_codes(150)
    second = panel.generate_codes(150)  # more cards asked for before the first were saved
    drawn = first + second
    assert len({code_pictures(c) for c in drawn}) == 300, "two cards would share pictures"
    # What saving the cards notes as issued (and prints) is what was drawn: none replaced.
    assert records.issue_codes(panel.codes) == drawn


def test_the_cards_save_dialog_opens_where_the_last_report_was_saved(
    prepared_app: QApplication,
    qtbot: QtBot,
    records: Records,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from wsr_edu.settings import Settings

    reports, cards = tmp_path / "reports", tmp_path / "cards"
    reports.mkdir()
    cards.mkdir()
    settings = Settings(export_folder=str(reports))
    panel = _codes_panel(qtbot, records, tasks, SaveFolder(settings))
    panel.generate_codes(2)
    asked: list[str] = []

    def answer(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(cards / "crew-b.pdf"), _filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    panel._ask_save_cards()
    assert Path(asked[0]).parent == reports
    qtbot.waitUntil(lambda: (cards / "crew-b.pdf").exists(), timeout=10_000)
    assert settings.export_folder == str(cards)


def test_codes_are_made_printed_and_marked(
    prepared_app: QApplication, qtbot: QtBot, records: Records, tasks: TaskRunner, tmp_path: Path
) -> None:
    panel = _codes_panel(qtbot, records, tasks)
    codes = panel.generate_codes(4)
    cards = tmp_path / "cards.pdf"
    panel.save_cards_to(cards)
    qtbot.waitUntil(lambda: cards.exists(), timeout=10_000)
    text = "".join(page.extract_text() for page in PdfReader(cards).pages)
    assert all(code in text for code in codes)
    # Noted as issued, so this laptop's kiosk finds each card by its three pictures.
    from wsr_edu.records.codes import code_pictures

    qtbot.waitUntil(lambda: panel.codes == codes, timeout=10_000)
    for code in codes:
        assert records.find_code_by_pictures(code_pictures(code)).code == code
    for code in codes[:3]:
        with qtbot.waitSignal(panel.saved, timeout=10_000):
            panel.entry.setText(code.lower())
            panel.mark_button.click()
    assert panel.table is not None and panel.table.rowCount() == 3
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        combo = panel.table.cellWidget(0, 1)
        combo.setCurrentIndex(combo.findData(AttendanceStatus.LEFT_EARLY.value))
    marks = {m.code: m.status for m in records.attendance(panel.session.id)}
    assert marks == {
        codes[0]: AttendanceStatus.LEFT_EARLY,
        codes[1]: AttendanceStatus.PRESENT,
        codes[2]: AttendanceStatus.PRESENT,
    }
    with qtbot.waitSignal(panel.failed, timeout=10_000):
        panel.mark("not-a-card")
    assert "not a card code" in panel.status.text()


def test_names_are_marked_and_reloaded(
    prepared_app: QApplication, qtbot: QtBot, records: Records, tasks: TaskRunner
) -> None:
    session = records.start_session(
        SessionSetup(
            "Dairy", "wsr-basics", "1.0.0", "rights", "es", privacy_mode=PrivacyMode.NAMES
        ),
        names_allowed=True,
    )
    panel = AttendancePanel(records, tasks, session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.entry.setText("Inés R.")
        panel.entry_status.setCurrentIndex(panel.entry_status.findData("late"))
        panel.mark_button.click()
    again = AttendancePanel(records, tasks, session)
    qtbot.addWidget(again)
    assert again.table is not None
    qtbot.waitUntil(lambda: again.table.rowCount() == 1, timeout=10_000)
    assert again.table.item(0, 0).text() == "Inés R."
    assert again.table.cellWidget(0, 1).currentData() == "late"
