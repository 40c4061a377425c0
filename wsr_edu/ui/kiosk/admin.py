"""The admin's settings, behind the PIN: what the kiosk offers and how it forgets a worker."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.model import Curriculum
from ...kiosk.config import MAX_IDLE_S, MAX_PROMPT_S, MIN_IDLE_S, MIN_PROMPT_S, KioskConfig
from ..text import plain_label
from .parts import IconButton
from .screens import Screen


class AdminScreen(Screen):
    """Choose curricula, modules, languages, the idle time and whether codes may be entered."""

    saved = Signal(object)
    back = Signal()
    leave = Signal()

    def __init__(
        self, curricula: list[Curriculum], config: KioskConfig, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("admin")
        self.config = config
        layout = QVBoxLayout(self)
        self.title = title = plain_label()
        title.setStyleSheet("font-size: 150%; font-weight: 700;")
        layout.addWidget(title)
        columns = QHBoxLayout()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner.setObjectName("admin")
        lists = QVBoxLayout(inner)
        self.curriculum_boxes: dict[str, QCheckBox] = {}
        self.module_boxes: dict[str, QCheckBox] = {}
        self.language_boxes: dict[str, QCheckBox] = {}
        self.lessons_heading = self._heading("")
        lists.addWidget(self.lessons_heading)
        for curriculum in curricula:
            box = QCheckBox(curriculum.title())
            box.setChecked(not config.curricula or curriculum.id in config.curricula)
            lists.addWidget(box)
            self.curriculum_boxes[curriculum.id] = box
            for module in curriculum.modules:
                key = f"{curriculum.id}/{module.id}"
                chosen = [m for m in config.modules if m.startswith(f"{curriculum.id}/")]
                mbox = QCheckBox("      " + module.text().title)
                mbox.setChecked(not chosen or key in chosen)
                lists.addWidget(mbox)
                self.module_boxes[key] = mbox
        self.languages_heading = self._heading("")
        lists.addWidget(self.languages_heading)
        seen: set[str] = set()
        for curriculum in curricula:
            for lang in curriculum.languages:
                if lang.code in seen:
                    continue
                seen.add(lang.code)
                box = QCheckBox(f"{lang.name} ({lang.code})")
                box.setChecked(not config.languages or lang.code in config.languages)
                lists.addWidget(box)
                self.language_boxes[lang.code] = box
        lists.addStretch(1)
        scroll.setWidget(inner)
        columns.addWidget(scroll, 3)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_S, MAX_IDLE_S)
        self.idle.setValue(config.idle_timeout_s)
        self.still = QSpinBox()
        self.still.setRange(MIN_PROMPT_S, MAX_PROMPT_S)
        self.still.setValue(config.still_there_s)
        self.codes = QCheckBox()
        self.codes.setChecked(config.allow_codes)
        self.site = QLineEdit(config.site)
        self.idle_label = plain_label()
        self.still_label = plain_label()
        self.site_label = plain_label()
        form.addRow(self.idle_label, self.idle)
        form.addRow(self.still_label, self.still)
        form.addRow(self.codes)
        form.addRow(self.site_label, self.site)
        side = QVBoxLayout()
        side.addLayout(form)
        self.note = note = plain_label()
        note.setWordWrap(True)
        side.addWidget(note)
        side.addStretch(1)
        columns.addLayout(side, 2)
        layout.addLayout(columns, 1)
        row = QHBoxLayout()
        self.leave_button = IconButton("", "cross")
        self.leave_button.clicked.connect(self.leave)
        self.back_button = IconButton("", "back")
        self.back_button.clicked.connect(self.back)
        self.save_button = IconButton("", "check", "primary")
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kiosk settings"))
        self.lessons_heading.setText(self.tr("Lessons offered"))
        self.languages_heading.setText(self.tr("Languages offered"))
        # A seconds suffix: the number comes first in every language shipped so far.
        self.idle.setSuffix(self.tr(" s"))
        self.still.setSuffix(self.tr(" s"))
        self.codes.setText(self.tr("Workers may enter their card code"))
        self.site.setPlaceholderText(self.tr("e.g. Housing office, camp 3"))
        self.idle_label.setText(self.tr("Start again after no touch for"))
        self.still_label.setText(self.tr("“Are you still there?” waits"))
        self.site_label.setText(self.tr("Site"))
        self.note.setText(self.tr("Without a code, answers are kept with no link to any person."))
        self.leave_button.set_words(self.tr("Close the kiosk"))
        self.back_button.set_words(self.tr("Back without saving"))
        self.save_button.set_words(self.tr("Save and go back"))

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text)
        label.setStyleSheet("font-weight: 700;")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def chosen_config(self) -> KioskConfig:
        curricula = [cid for cid, box in self.curriculum_boxes.items() if box.isChecked()]
        modules = [
            key
            for key, box in self.module_boxes.items()
            if box.isChecked() and key.split("/", 1)[0] in curricula
        ]
        languages = [code for code, box in self.language_boxes.items() if box.isChecked()]
        every_curriculum = len(curricula) == len(self.curriculum_boxes)
        every_module = all(
            box.isChecked()
            for key, box in self.module_boxes.items()
            if key.split("/", 1)[0] in curricula
        )
        every_language = len(languages) == len(self.language_boxes)
        return replace(
            self.config,
            # Empty lists mean "everything", so new content shows up without a visit here.
            curricula=[] if every_curriculum else curricula,
            modules=[] if every_module else modules,
            languages=[] if every_language else languages,
            idle_timeout_s=self.idle.value(),
            still_there_s=self.still.value(),
            allow_codes=self.codes.isChecked(),
            site=self.site.text().strip(),
        )

    def _save(self) -> None:
        self.saved.emit(self.chosen_config())
