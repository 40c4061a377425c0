"""The attendance panel: a headcount, or cards with codes, or names; each mark saved at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...records.model import AttendanceMark, AttendanceStatus, PrivacyMode, TrainingSession
from ..folders import SaveFolder
from ..tasks import TaskRunner
from ..text import plain_label
from ..widgets import HeadcountBox

if TYPE_CHECKING:
    from ...records.repository import Records


class AttendancePanel(QWidget):
    """Attendance for one session. Every change is written (and committed) off the GUI thread.

    Signals: `saved()` after each write, `failed(message)` when a write did not happen.
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        records: Records,
        tasks: TaskRunner,
        session: TrainingSession,
        parent: QWidget | None = None,
        folder: SaveFolder | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder or SaveFolder(None)
        """Where the cards' save dialog opens: the folder saved to last."""
        self._records = records
        self._tasks = tasks
        self.session = session
        self.codes: list[str] = []
        self._status_text: Callable[[], str] = lambda: ""
        self.status = plain_label()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        self.title = title = plain_label()
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.headcount: HeadcountBox | None = None
        self.table: QTableWidget | None = None
        if session.privacy_mode is PrivacyMode.HEADCOUNT:
            self._build_headcount(layout)
        else:
            self._build_marks(layout)
        layout.addWidget(self.status)
        if self.table is None:
            layout.addStretch(1)
        else:
            self._tasks.run(
                lambda: self._records.attendance(session.id), self._show_marks, self._failed
            )
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Attendance: %1").replace("%1", self.session.site))
        if self.headcount is not None:
            self.headcount_label.setText(self.tr("People in the room"))
            self.headcount_hint.setText(self.tr("Count the people; no names are kept."))
        if self.table is not None:
            names = self.session.privacy_mode is PrivacyMode.NAMES
            if not names:
                self.make_cards.setText(self.tr("Make cards"))
                self.save_cards.setText(self.tr("Save cards to print…"))
                self.cards_label.setText(self.tr("Cards"))
            self.entry.setPlaceholderText(self.tr("Name") if names else self.tr("Code on the card"))
            self.mark_button.setText(self.tr("Mark"))
            self.table.setHorizontalHeaderLabels(
                [self.tr("Name") if names else self.tr("Code"), self.tr("Status")]
            )
            for combo in self.findChildren(QComboBox):
                self._name_statuses(combo)
        self.status.setText(self._status_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- headcount ----------------------------------------------------------------------
    def _build_headcount(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.headcount_label = label = plain_label()
        self.headcount = HeadcountBox()  # typing 23 over the 0 gives 23, not 230
        self.headcount.show_count(self.session.headcount)
        self.headcount.setMinimumWidth(140)
        big = self.headcount.font()
        big.setPointSizeF(big.pointSizeF() * 2)
        self.headcount.setFont(big)
        label.setBuddy(self.headcount)
        row.addWidget(label)
        row.addWidget(self.headcount)
        row.addStretch(1)
        layout.addLayout(row)
        self.headcount_hint = hint = plain_label()
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.headcount.counted.connect(lambda _count: self.save_headcount())

    def save_headcount(self) -> None:
        assert self.headcount is not None
        count = self.headcount.value()
        self._tasks.run(
            lambda: self._records.set_headcount(self.session.id, count),
            self._session_saved,
            self._failed,
        )

    # -- codes and names ----------------------------------------------------------------
    def _build_marks(self, layout: QVBoxLayout) -> None:
        names = self.session.privacy_mode is PrivacyMode.NAMES
        if not names:
            cards = QHBoxLayout()
            self.card_count = QSpinBox()
            self.card_count.setRange(1, 500)
            self.card_count.setValue(30)
            self.make_cards = QPushButton()
            self.save_cards = QPushButton()
            self.save_cards.setEnabled(False)
            self.cards_label = plain_label()
            cards.addWidget(self.cards_label)
            cards.addWidget(self.card_count)
            cards.addWidget(self.make_cards)
            cards.addWidget(self.save_cards)
            cards.addStretch(1)
            layout.addLayout(cards)
            self.make_cards.clicked.connect(lambda: self.generate_codes(self.card_count.value()))
            self.save_cards.clicked.connect(self._ask_save_cards)
        entry = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry_status = self._status_combo(AttendanceStatus.PRESENT)
        self.mark_button = QPushButton()
        entry.addWidget(self.entry, 1)
        entry.addWidget(self.entry_status)
        entry.addWidget(self.mark_button)
        layout.addLayout(entry)
        self.mark_button.clicked.connect(self._mark_entry)
        self.entry.returnPressed.connect(self._mark_entry)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

    def _status_combo(self, status: AttendanceStatus) -> QComboBox:
        combo = QComboBox()
        for value in (
            AttendanceStatus.PRESENT,
            AttendanceStatus.LATE,
            AttendanceStatus.LEFT_EARLY,
            AttendanceStatus.EXCUSED,
        ):
            combo.addItem("", value.value)
        self._name_statuses(combo)
        combo.setCurrentIndex(combo.findData(status.value))
        return combo

    def _name_statuses(self, combo: QComboBox) -> None:
        words = {
            AttendanceStatus.PRESENT.value: self.tr("Present"),
            AttendanceStatus.LATE.value: self.tr("Late"),
            AttendanceStatus.LEFT_EARLY.value: self.tr("Left early"),
            AttendanceStatus.EXCUSED.value: self.tr("Excused"),
        }
        for i in range(combo.count()):
            text = words.get(combo.itemData(i))
            if text is not None:
                combo.setItemText(i, text)

    def generate_codes(self, count: int) -> list[str]:
        """New codes for cards; they are stored only when someone is marked with one."""
        # The cards drawn before in this window are not stored yet: the new ones are kept
        # clear of their pictures too, so every card prints as it was drawn.
        fresh = self._records.new_codes(count, drawn=self.codes)
        self.codes.extend(fresh)
        self.save_cards.setEnabled(True)
        count = len(self.codes)
        self._set_status(
            lambda: self.tr(
                "%n card code(s) ready: save them to print, then hand out the cards.", "", count
            )
        )
        return fresh

    def _ask_save_cards(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save cards to print"),
            str(self._folder.start() / "attendance-cards.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self._folder.remember(Path(path))
            self.save_cards_to(Path(path))

    def save_cards_to(self, path: Path) -> None:
        from ...records.cards import write_cards

        caption = self.tr("Keep this card for the trainings. It does not carry your name.")
        codes = list(self.codes)
        records = self._records

        def issue_and_write() -> tuple[list[str], Path]:
            # Noted as issued first, so this laptop's kiosk can find each card by its pictures;
            # a code whose pictures another known code has comes back replaced.
            printed = records.issue_codes(codes)
            return printed, write_cards(printed, path, caption)

        self._tasks.run(issue_and_write, self._cards_saved, self._failed)

    def _cards_saved(self, result: tuple[list[str], Path]) -> None:
        printed, path = result
        self.codes = printed
        self._set_status(lambda: self.tr("Cards saved: %1").replace("%1", str(path)))

    def _mark_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        status = AttendanceStatus(self.entry_status.currentData())
        self.mark(text, status)
        self.entry.clear()

    def mark(
        self,
        who: str,
        status: AttendanceStatus = AttendanceStatus.PRESENT,
        mark_id: str | None = None,
    ) -> None:
        """Mark a code (codes sessions) or a name (names sessions) with a status."""
        names = self.session.privacy_mode is PrivacyMode.NAMES
        session_id = self.session.id

        def write() -> AttendanceMark:
            if names:
                return self._records.mark_attendance(
                    session_id, status, name=who or None, mark_id=mark_id
                )
            return self._records.mark_attendance(session_id, status, code=who)

        self._tasks.run(write, self._mark_saved, self._failed)

    def _mark_saved(self, mark: AttendanceMark) -> None:
        if self._gone():
            return
        assert self.table is not None
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == mark.id:
                combo = self.table.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(mark.status.value))
                combo.blockSignals(False)
                break
        else:
            self._add_row(mark)
        marked = self.table.rowCount()
        self._set_status(lambda: self.tr("Saved. %n marked.", "", marked))
        self.saved.emit()

    def _show_marks(self, marks: list[AttendanceMark]) -> None:
        for mark in marks:
            self._add_row(mark)

    def _add_row(self, mark: AttendanceMark) -> None:
        assert self.table is not None
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(mark.name or mark.code or "")
        item.setData(Qt.ItemDataRole.UserRole, mark.id)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, item)
        combo = self._status_combo(mark.status)
        combo.currentIndexChanged.connect(
            lambda _i, m=mark, c=combo: self.mark(
                m.name or m.code or "", AttendanceStatus(c.currentData()), m.id
            )
        )
        self.table.setCellWidget(row, 1, combo)
        # Rows and the status column grow to the box, so no status word is ever cut off.
        self.table.setRowHeight(row, max(self.table.rowHeight(row), combo.sizeHint().height()))
        header = self.table.horizontalHeader()
        header.resizeSection(1, max(header.sectionSize(1), combo.sizeHint().width()))

    def has_anyone(self) -> bool:
        """Somebody is in the attendance: a headcount above 0, or a code or name marked."""
        if self.headcount is not None:
            return self.headcount.value() > 0
        return self.table is not None and self.table.rowCount() > 0

    # -- common -------------------------------------------------------------------------
    def _gone(self) -> bool:
        """The window was closed before a write it started came back (the session ended)."""
        import shiboken6

        return not shiboken6.isValid(self) or not shiboken6.isValid(self.status)

    def _session_saved(self, session: TrainingSession) -> None:
        if self._gone():
            return
        self.session = session
        people = session.headcount
        self._set_status(lambda: self.tr("Saved: %n person(s).", "", people))
        self.saved.emit()

    def _failed(self, error: BaseException) -> None:
        if self._gone():
            return
        message = str(error)
        self._set_status(lambda: message)
        self.failed.emit(message)

    def _set_status(self, text: Callable[[], str]) -> None:
        """Show a status line, kept as a function so a change of language can redo it."""
        self._status_text = text
        self.status.setText(text())
