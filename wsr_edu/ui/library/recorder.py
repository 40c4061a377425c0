"""The recorder for native speakers: slide by slide, read the script, record, listen, keep."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...narration.sources import SourceKind
from ..fonts import set_content_language
from ..widgets import HeaderBar, button, canvas_layout, label

if TYPE_CHECKING:
    from ...curriculum.model import Curriculum
    from ...narration.capture import Microphone
    from ...narration.player import Player
    from ...narration.recorder import RecordingItem
    from ...narration.takes import Take
    from ..tasks import TaskRunner

MicrophoneFactory = Callable[[], "Microphone"]


class RecorderWindow(QMainWindow):
    """Records the narration of one curriculum in one language, one part at a time.

    Space starts and stops a take, P plays it back, Enter keeps it (written whole, off the
    GUI thread), Page Down and Page Up move between parts. Nothing is kept until the speaker
    says so, and the generated voice of a part is replaced the moment its take is kept.
    """

    def __init__(
        self,
        curriculum: Curriculum,
        player: Callable[[], Player],
        tasks: TaskRunner,
        microphone: MicrophoneFactory | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.curriculum = curriculum
        self._player = player
        self._tasks = tasks
        self._open_microphone = microphone or _default_microphone
        self.microphone: Microphone | None = None
        self.items: list[RecordingItem] = []
        self.take: Take | None = None
        self._take_file: Path | None = None
        self._leave_take = False
        """Esc was pressed once over a take not kept: the next Esc closes without it."""
        self._scratch = tempfile.TemporaryDirectory(prefix="wsr-edu-take-")
        self._status: Callable[[], str] = lambda: ""
        outer = canvas_layout(self)
        self.header = HeaderBar("", " ")
        self.language = QComboBox()
        self.language.activated.connect(lambda _i: self._load())
        self.header.action_row.addWidget(self.language)
        outer.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(16, 14, 16, 14)
        body.setSpacing(16)
        self.parts = QListWidget()
        self.parts.setMinimumWidth(300)
        self.parts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._rows: list[int] = []
        """List row -> index in `items`, or -1 for a module's heading row."""
        self.parts.currentRowChanged.connect(self._show_part)
        body.addWidget(self.parts, 2)
        column = QVBoxLayout()
        self.part_title = label("", "sectionTitle", wrap=True)
        self.part_title.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.part_title)
        self.script = QPlainTextEdit()
        self.script.setReadOnly(True)
        font = self.script.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.script.setFont(font)
        column.addWidget(self.script, 1)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setValue(0)
        meter_row = QHBoxLayout()
        self.meter_label = label("", "muted")
        meter_row.addWidget(self.meter_label)
        meter_row.addWidget(self.meter, 1)
        column.addLayout(meter_row)
        row = QHBoxLayout()
        self.record_button = button("")
        self.record_button.clicked.connect(self.toggle_recording)
        self.play_button = button("")
        self.play_button.clicked.connect(self.play_take)
        self.keep_button = button("", name="primary")
        self.keep_button.clicked.connect(self.keep)
        for widget in (self.record_button, self.play_button, self.keep_button):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        self.status = label("", "muted", wrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.status)
        body.addLayout(column, 5)
        outer.addLayout(body, 1)
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(50)
        self._meter_timer.timeout.connect(self._update_meter)
        # The window itself takes the keys (Space, P, Enter, Page Up/Down): nothing inside it
        # holds keyboard focus, so Space always records and never ticks a list row instead.
        quiet: tuple[QWidget, ...] = (self.parts, self.script, self.record_button, self.play_button)
        for part in quiet:
            part.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keep_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.language.activated.connect(lambda _i: self.setFocus())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for lang in curriculum.languages:
            self.language.addItem(lang.name, lang.code)
        set_content_language(self.language, list(curriculum.language_codes))
        if language is not None and self.language.findData(language) >= 0:
            self.language.setCurrentIndex(self.language.findData(language))
        self.retranslate()
        self._load()
        self.resize(1000, 640)

    # Words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("wsr-edu: record narration"))
        self.header.title.setText(self.curriculum.title(self.lang))
        self.header.subtitle.setText(self.tr("Record narration in your own voice"))
        self.language.setAccessibleName(self.tr("Language spoken"))
        self.parts.setAccessibleName(self.tr("Parts to record"))
        self.script.setAccessibleName(self.tr("What to say"))
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.meter_label.setText(self.tr("Microphone level"))
        self._name_buttons()
        self.status.setText(self._status())
        self._fill_marks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
            self.escape()
            event.accept()
            return
        actions = {
            Qt.Key.Key_Space: self.toggle_recording,
            Qt.Key.Key_P: self.play_take,
            Qt.Key.Key_Return: self.keep,
            Qt.Key.Key_Enter: self.keep,
            Qt.Key.Key_PageDown: lambda: self.step(1),
            Qt.Key.Key_PageUp: lambda: self.step(-1),
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None or event.isAutoRepeat():
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def escape(self) -> None:
        """Esc, as in other windows: stop a take being recorded, else close.

        A take heard but not kept is asked about once: a second Esc closes without it.
        """
        if self.microphone is not None and self.microphone.recording:
            self._stop_microphone()
            self._discard_take()
            self._say(lambda: self.tr("Stopped. Nothing was kept; press Space to record again."))
            self._name_buttons()
            return
        if self.take is not None and not self._leave_take:
            self._leave_take = True
            self._say(
                lambda: self.tr(
                    "This take is not kept yet. Press Enter to keep it, or Esc again to close "
                    "without it."
                )
            )
            return
        self.close()

    def _name_buttons(self) -> None:
        recording = self.microphone is not None and self.microphone.recording
        for widget, text in (
            (
                self.record_button,
                self.tr("Stop (Space)") if recording else self.tr("Record (Space)"),
            ),
            (self.play_button, self.tr("Listen (P)")),
            (self.keep_button, self.tr("Keep it (Enter)")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.play_button.setEnabled(self.take is not None and not recording)
        self.keep_button.setEnabled(self.take is not None and not recording)

    def _say(self, status: Callable[[], str]) -> None:
        self._status = status
        self.status.setText(status())

    # Parts ---------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        code = self.language.currentData()
        return str(code) if code else self.curriculum.default_language

    @property
    def item(self) -> RecordingItem | None:
        row = self.parts.currentRow()
        index = self._rows[row] if 0 <= row < len(self._rows) else -1
        return self.items[index] if index >= 0 else None

    def row_of(self, index: int) -> int:
        """The list row that shows `items[index]`."""
        return self._rows.index(index)

    def _load(self) -> None:
        from ...narration.recorder import plan

        self.items = plan(self.curriculum, self.lang)
        set_content_language(self.script, self.lang)
        self.parts.blockSignals(True)
        self.parts.clear()
        self._rows = []
        module_id = None
        for index, item in enumerate(self.items):
            kiosk = item.part.value == "welcome"
            group = "" if kiosk else item.module.id
            if group != module_id:
                module_id = group
                heading = QListWidgetItem(
                    self.tr("Kiosk") if kiosk else item.module.text(self.lang).title
                )
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.parts.addItem(heading)
                self._rows.append(-1)
            self.parts.addItem(QListWidgetItem())
            self._rows.append(index)
        self.parts.blockSignals(False)
        self._fill_marks()
        first_missing = next(
            (i for i, it in enumerate(self.items) if it.existing() is not SourceKind.RECORDING), 0
        )
        row = self.row_of(first_missing) if self.items else -1
        self.parts.setCurrentRow(row)
        self._show_part(row)

    def _fill_marks(self) -> None:
        for index, item in enumerate(self.items):
            row = self.row_of(index)
            kind = item.existing()
            mark = {
                SourceKind.RECORDING: self.tr("recorded"),
                SourceKind.GENERATED: self.tr("generated voice"),
                SourceKind.NONE: self.tr("nothing yet"),
            }[kind]
            if item.choice is not None:
                what = self.tr("Choice %1").replace("%1", item.name.rsplit(".", 1)[-1].upper())
            else:
                what = self.tr("Why") if item.part.value == "why" else item.slide.title
            entry = self.parts.item(row)
            if entry is not None and item.part.value in ("welcome", "title"):
                what = self.tr("Welcome") if item.part.value == "welcome" else self.tr("Title")
                entry.setText(f"{what} - {mark}")
            elif entry is not None:
                entry.setText(f"{item.slide.index + 1}. {what} - {mark}")

    def _show_part(self, row: int) -> None:
        self._discard_take()
        item = self.item
        if item is None:
            self.part_title.setText("")
            self.script.setPlainText("")
            return
        title = item.slide.title
        if item.part.value == "welcome":
            name = self.curriculum.language(self.lang)
            title = self.tr("The kiosk's welcome in %1").replace(
                "%1", name.name if name else self.lang
            )
            script = self.tr(
                'Say, in %1: "For %1, touch here." A worker hears it when they touch this '
                "language's button at the kiosk."
            ).replace("%1", name.name if name else self.lang)
            self.part_title.setText(title)
            self.script.setPlainText(script)
            self._say(lambda: "")
            self._name_buttons()
            return
        if item.part.value == "title":
            title = self.tr("The lesson's title, said on its kiosk tile")
        elif item.choice is not None:
            letter = item.name.rsplit(".", 1)[-1].upper()
            title = self.tr("%1: choice %2").replace("%1", title).replace("%2", letter)
        elif item.part.value == "why":
            title = self.tr("%1: the explanation after the answer").replace("%1", title)
        spoken = self.curriculum.language(self.lang)
        if spoken is not None and spoken.spoken_only:
            # The script is the written companion's: the speaker says it in their language.
            written = self.curriculum.language(spoken.companion)
            title = (
                self.tr("%1 (say it in %2, from the %3 text)")
                .replace("%1", title)
                .replace("%2", spoken.name)
                .replace("%3", written.name if written else spoken.companion)
            )
        self.part_title.setText(title)
        self.script.setPlainText(item.script)
        self._say(lambda: "")
        self._name_buttons()

    def step(self, step: int) -> None:
        """To the next (1) or previous (-1) part, over the modules' headings."""
        if self.microphone is not None and self.microphone.recording:
            return
        row = self.parts.currentRow() + step
        while 0 <= row < len(self._rows) and self._rows[row] < 0:
            row += step
        if 0 <= row < len(self._rows):
            self.parts.setCurrentRow(row)

    # Recording -----------------------------------------------------------------------------
    def toggle_recording(self) -> None:
        from ...narration.capture import NoMicrophone

        if self.item is None:
            return
        if self.microphone is None:
            try:
                self.microphone = self._open_microphone()
            except NoMicrophone as exc:
                message = str(exc)
                self._say(lambda: self.tr("Cannot record: %1").replace("%1", message))
                self.record_button.setEnabled(False)
                return
        if self.microphone.recording:
            self._finish_take()
        else:
            self._discard_take()
            self.microphone.start()
            self._meter_timer.start()
            self._say(lambda: self.tr("Recording. Say the words, then press Space."))
        self._name_buttons()

    def _finish_take(self) -> None:
        from ...narration.takes import TakeError, encode_ogg, prepare

        samples = self._stop_microphone()
        try:
            take = prepare(samples, getattr(self.microphone, "rate", 22050))
        except TakeError:
            self._say(
                lambda: self.tr(
                    "Nothing was heard. Speak closer to the microphone, or check that it "
                    "is not muted, and record again."
                )
            )
            return
        self.take = take
        self._leave_take = False
        self._take_file = Path(self._scratch.name) / f"take-{id(take)}.ogg"
        self._take_file.write_bytes(encode_ogg(take))
        seconds = f"{take.seconds:.1f}"
        self._say(
            lambda: self.tr("Heard %1 seconds. Listen to it, keep it, or record again.").replace(
                "%1", seconds
            )
        )

    def _stop_microphone(self) -> list[float]:
        """End the take being recorded: what was heard, the level meter back at rest."""
        assert self.microphone is not None
        samples = self.microphone.stop()
        self._meter_timer.stop()
        self.meter.setValue(0)
        return samples

    def _discard_take(self) -> None:
        self.take = None
        self._take_file = None
        self._leave_take = False

    def play_take(self) -> None:
        if self._take_file is None or (self.microphone is not None and self.microphone.recording):
            return
        from ...narration.player import AudioError

        player = self._player()
        if not player.available:
            reason = player.unavailable_reason
            self._say(lambda: reason)
            return
        try:
            player.play(self._take_file)
        except AudioError as exc:
            message = str(exc)
            self._say(lambda: message)

    def keep(self) -> None:
        from ...narration.takes import save_take

        item, take = self.item, self.take
        if item is None or take is None:
            return
        row = self.parts.currentRow()
        target = item.target
        self._tasks.run(
            lambda: save_take(take, target),
            lambda _path: self._kept(row),
            self._not_kept,
        )
        self._discard_take()
        self._name_buttons()

    def _kept(self, row: int) -> None:
        self._fill_marks()
        if row == self.parts.currentRow():
            self.step(1)
        self._say(lambda: self.tr("Kept. It replaces the generated voice at once."))

    def _not_kept(self, error: BaseException) -> None:
        message = str(error)
        self._say(lambda: self.tr("Not kept: %1").replace("%1", message))

    def _update_meter(self) -> None:
        if self.microphone is not None:
            self.meter.setValue(int(self.microphone.level * 100))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._meter_timer.stop()
        if self.microphone is not None:
            if self.microphone.recording:
                self.microphone.stop()
            self.microphone.close()
            self.microphone = None
        self._scratch.cleanup()
        super().closeEvent(event)


def _default_microphone() -> Microphone:
    from ...narration.capture import open_microphone

    return open_microphone()
