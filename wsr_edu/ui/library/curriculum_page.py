"""One curriculum in the library: its modules, teaching language and complaint line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..fonts import set_content_language
from ..problems import ProblemList
from ..widgets import button, is_language_change, label

if TYPE_CHECKING:
    from ...curriculum.model import Curriculum, Module
    from ...curriculum.problems import Problem


class ModuleItem(QWidget):
    """A module's title, summary and how long it takes, inside the module list."""

    def __init__(
        self, number: int, module: Module, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        text = module.text(lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(14)
        badge = label(str(number), "pageTitle")
        badge.setFixedWidth(badge.fontMetrics().horizontalAdvance("00") + 8)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(badge)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label(text.title or module.id, "big", wrap=True)
        set_content_language(self.title, lang)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        texts.addWidget(self.title)
        if text.summary:
            summary = label(text.summary, wrap=True)
            set_content_language(summary, lang)
            texts.addWidget(summary)
        questions = len(text.questions)
        facts = [
            self.tr("%n min", "", text.minutes) if text.minutes else "",
            self.tr("%n slide(s)", "", len(text.slides)),
            self.tr("%n question(s)", "", questions) if questions else "",
        ]
        self.facts = label(" · ".join(f for f in facts if f), "muted")
        texts.addWidget(self.facts)
        layout.addLayout(texts, 1)
        self.accessible_text = ". ".join(
            p for p in (f"{number}. {self.title.text()}", text.summary, *facts) if p
        )


ITEM_BOX_WIDTH = 2 * 6 + 4
ITEM_BOX_HEIGHT = 2 * 6 + 2


class ModuleList(QListWidget):
    """Module rows whose height follows the wrapped text at the list's current width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        width = self.viewport().width() - 4
        for row in range(self.count()):
            item = self.item(row)
            widget = self.itemWidget(item)
            if widget is not None and width > 0:
                # Polish first: the style sheet sets the fonts the height depends on.
                for child in (widget, *widget.findChildren(QWidget)):
                    child.ensurePolished()
                # The style sheet's item box (theme.py: padding 6, margin 1, a 4-pixel left
                # border) takes its share of both, so the text wraps at what is left of it.
                inner = width - ITEM_BOX_WIDTH
                item.setSizeHint(QSize(width, widget.heightForWidth(inner) + ITEM_BOX_HEIGHT))


class CurriculumPage(QWidget):
    """Choose a language and a module, then present it (F5)."""

    present_requested = Signal(str, str)
    complaint_card_requested = Signal(str)
    record_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curriculum: Curriculum | None = None
        self._warnings = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = label("", "pageTitle", wrap=True)
        self.about = label("", "muted", wrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.about)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.language_label = language_label = label("")
        self.language = QComboBox()
        language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_changed)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)

        strip = QFrame()
        strip.setObjectName("complaintStrip")
        strip_row = QHBoxLayout(strip)
        strip_row.setContentsMargins(16, 10, 12, 10)
        strip_row.setSpacing(12)
        self.line_label = label("")
        strip_row.addWidget(self.line_label)
        self.number = label("", "complaintNumber")
        self.hours = label("")
        strip_row.addWidget(self.number)
        strip_row.addWidget(self.hours, 1)
        self.card_button = button("", name="onDark")
        self.card_button.clicked.connect(self._card)
        strip_row.addWidget(self.card_button)
        layout.addWidget(strip)
        self.strip = strip

        self.modules_label = label("", "sectionTitle")
        layout.addWidget(self.modules_label)
        self.modules = ModuleList()
        self.modules.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.modules.itemActivated.connect(lambda _item: self._present())
        layout.addWidget(self.modules, 1)

        # A module's own mistakes: shown here, folded away on request, never hiding the others.
        self.problems_toggle = button("")
        self.problems_toggle.setCheckable(True)
        self.problems_toggle.setChecked(True)
        self.problems_toggle.toggled.connect(self._fold_problems)
        self.problem_list = ProblemList()
        self.problem_list.setMaximumHeight(110)
        self.modules.setMinimumHeight(150)
        layout.addWidget(self.problems_toggle)
        layout.addWidget(self.problem_list)
        self.problems_toggle.hide()
        self.problem_list.hide()
        self._bad_modules: frozenset[str] = frozenset()
        self._problem_count = 0
        self.modules.currentRowChanged.connect(lambda _row: self._update_present())

        bottom = QHBoxLayout()
        self.warnings = label("", "muted", wrap=True)
        bottom.addWidget(self.warnings, 1)
        self.record = button("")
        self.record.clicked.connect(lambda: self.record_requested.emit(self.selected_language))
        self.present = button("", name="primary")
        self.present.clicked.connect(self._present)
        # Recording is for the speakers who voice a curriculum: a plain button beside the
        # class's main one, never in its place.
        bottom.addWidget(self.record)
        bottom.addWidget(self.present)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Teaching &language:"))
        self.language.setAccessibleName(self.tr("Teaching language"))
        self.line_label.setText(self.tr("Complaint line"))
        self.number.setAccessibleName(self.tr("Complaint line number"))
        self.card_button.setText(self.tr("Show the complaint &card"))
        self.card_button.setAccessibleName(self.tr("Show the complaint line card"))
        self.modules_label.setText(self.tr("Modules"))
        self.modules.setAccessibleName(self.tr("Modules"))
        self.record.setText(self.tr("Record &narration..."))
        self.record.setAccessibleName(self.tr("Record the narration in your own voice"))
        self.present.setText(self.tr("&Present this module (F5)"))
        self.present.setAccessibleName(self.tr("Present the selected module"))
        self._word_problems()
        self._show_warnings()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _show_warnings(self) -> None:
        self.warnings.setText(
            self.tr(
                "%n warning(s) from the checker (run 'wsr-edu validate' to read them)",
                "",
                self._warnings,
            )
            if self._warnings
            else ""
        )

    def show_module_problems(
        self, errors: Sequence[Problem], root: Path, bad_modules: frozenset[str]
    ) -> None:
        """List the modules' mistakes; those modules cannot be presented until fixed."""
        self._bad_modules = bad_modules
        self._problem_count = len(errors)
        self.problem_list.show_problems(list(errors), root)
        self.problems_toggle.setVisible(bool(errors))
        self.problem_list.setVisible(bool(errors) and self.problems_toggle.isChecked())
        self._word_problems()
        self._update_present()

    def _fold_problems(self, shown: bool) -> None:
        self.problem_list.setVisible(shown and self._problem_count > 0)
        self._word_problems()

    def _word_problems(self) -> None:
        count = self._problem_count
        self.problems_toggle.setText(
            self.tr("Hide the %n mistake(s) in modules", "", count)
            if self.problems_toggle.isChecked()
            else self.tr("Show the %n mistake(s) in modules", "", count)
        )
        self.problems_toggle.setAccessibleName(self.problems_toggle.text())

    def _update_present(self) -> None:
        module = self.selected_module
        blocked = module is not None and module in self._bad_modules
        self.present.setEnabled(module is not None and not blocked)
        self.present.setToolTip(
            self.tr("This module has mistakes to fix first (listed above).") if blocked else ""
        )

    def show_curriculum(self, curriculum: Curriculum, language: str, warnings: int) -> None:
        self.curriculum = curriculum
        self._bad_modules = frozenset()
        self._problem_count = 0
        self.problems_toggle.hide()
        self.problem_list.hide()
        self.language.blockSignals(True)
        self.language.clear()
        for lang in curriculum.languages:
            self.language.addItem(lang.name, lang.code)
        index = self.language.findData(language)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.language.blockSignals(False)
        line = curriculum.complaint_line
        self.strip.setVisible(line is not None)
        if line is not None:
            self.number.setText(line.number)
            self.hours.setText(line.hours)
        self._warnings = warnings
        self._show_warnings()
        self._fill()

    @property
    def selected_language(self) -> str:
        data = self.language.currentData()
        return (
            str(data) if data else (self.curriculum.default_language if self.curriculum else "en")
        )

    @property
    def selected_module(self) -> str | None:
        item = self.modules.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _fill(self) -> None:
        curriculum = self.curriculum
        if curriculum is None:
            return
        lang = self.selected_language
        set_content_language(self.title, lang)
        self.title.setText(curriculum.title(lang))
        total = sum(m.text(lang).minutes for m in curriculum.modules)
        self.about.setText(
            " · ".join(
                p
                for p in (
                    curriculum.organisation,
                    self.tr("version %1").replace("%1", curriculum.version),
                    self.tr("%n module(s)", "", len(curriculum.modules)),
                    self.tr("%n min in all", "", total) if total else "",
                )
                if p
            )
        )
        keep = self.modules.currentRow()
        self.modules.clear()
        for number, module in enumerate(curriculum.modules, start=1):
            widget = ModuleItem(number, module, lang)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, widget.accessible_text)
            item.setSizeHint(widget.sizeHint())
            self.modules.addItem(item)
            self.modules.setItemWidget(item, widget)
        self.modules.fit_rows()
        self.modules.setCurrentRow(keep if 0 <= keep < self.modules.count() else 0)
        self._update_present()

    def _language_changed(self, _index: int) -> None:
        self._fill()

    def _present(self) -> None:
        module = self.selected_module
        if module is not None:
            self.present_requested.emit(module, self.selected_language)

    def _card(self) -> None:
        self.complaint_card_requested.emit(self.selected_language)
