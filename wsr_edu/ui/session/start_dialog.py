"""The start-session dialog: where, who, which language, and how much attendance to keep."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...records.model import PrivacyMode, SessionSetup
from ..text import plain_label


class StartSessionDialog(QDialog):
    """Ask for a session's details; `setup()` gives the SessionSetup to hand to the records.

    `modules` and `languages` are (id, title) pairs from the curriculum. The names mode is
    offered only when `names_allowed` (the organisation's setting) is true.
    """

    PRACTICE = 2
    """The dialog's result when the facilitator rehearses: present, but record nothing."""

    def __init__(
        self,
        curriculum_id: str,
        curriculum_version: str,
        modules: Sequence[tuple[str, str]],
        languages: Sequence[tuple[str, str]],
        *,
        names_allowed: bool = False,
        defaults: SessionSetup | None = None,
        screens: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._curriculum = (curriculum_id, curriculum_version)
        self.site = QLineEdit()
        self.group = QLineEdit()
        self.facilitator = QLineEdit()
        self.module = QComboBox()
        for module_id, title in modules:
            self.module.addItem(title or module_id, module_id)
        self.language = QComboBox()
        for code, name in languages:
            self.language.addItem(name or code, code)

        self.mode_buttons = QButtonGroup(self)
        self.headcount = QRadioButton()
        self.codes = QRadioButton()
        self.names = QRadioButton()
        modes = [(self.headcount, PrivacyMode.HEADCOUNT), (self.codes, PrivacyMode.CODES)]
        if names_allowed:
            modes.append((self.names, PrivacyMode.NAMES))
        else:
            self.names.setVisible(False)
        self._modes = dict(modes)
        for button, _ in modes:
            self.mode_buttons.addButton(button)
        self.headcount.setChecked(True)
        self.hint = hint = plain_label()
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.paid_time = QCheckBox()

        form = QFormLayout()
        # One caption per row, worded in retranslate().
        self.captions = [plain_label() for _ in range(6)]
        fields = (self.site, self.group, self.facilitator, self.module, self.language)
        for caption, field in zip(self.captions, fields, strict=False):
            caption.setBuddy(field)
            form.addRow(caption, field)
        mode_box = QVBoxLayout()
        for button, _ in modes:
            mode_box.addWidget(button)
        mode_box.addWidget(hint)
        form.addRow(self.captions[-1], mode_box)
        form.addRow("", self.paid_time)
        # The display for the room, when there is a choice (the console can change it later).
        self.room_screen = QComboBox()
        self.screen_caption = plain_label()
        self.screen_caption.setBuddy(self.room_screen)
        self.room_screen.addItem("", "")
        for name, described in screens:
            self.room_screen.addItem(described, name)
        if len(screens) > 1:
            form.addRow(self.screen_caption, self.room_screen)
        else:
            self.room_screen.hide()
            self.screen_caption.hide()
        self.missing = plain_label()
        self.missing.setObjectName("hint")
        self.missing.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.practice_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.practice_button.clicked.connect(lambda: self.done(self.PRACTICE))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)

        if defaults is not None:
            self.site.setText(defaults.site)
            self.group.setText(defaults.group)
            self.facilitator.setText(defaults.facilitator)
            # The last site, chosen: typing a new one replaces it (it was added to, so that
            # "Packing shed 2" typed again was saved as "Packing shed 2Packing shed 2").
            self.site.selectAll()
            self.module.setCurrentIndex(max(self.module.findData(defaults.module_id), 0))
            self.language.setCurrentIndex(max(self.language.findData(defaults.language), 0))
            for button, mode in self._modes.items():
                button.setChecked(mode is defaults.privacy_mode)
            self.paid_time.setChecked(defaults.paid_time)
        self.site.textChanged.connect(self._update_ok)
        self._update_ok()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start a session"))
        self.site.setPlaceholderText(self.tr("Farm, factory or field"))
        self.group.setPlaceholderText(self.tr("Crew, shift or line (optional)"))
        self.headcount.setText(self.tr("Headcount only (recommended)"))
        self.codes.setText(self.tr("Pseudonymous codes on cards"))
        self.names.setText(self.tr("Names"))
        self.paid_time.setText(self.tr("Held on paid time (workers are paid as for work)"))
        self.hint.setText(
            self.tr(
                "Keep as little as the programme needs: a headcount protects "
                "workers best. Codes tell people apart without names."
            )
        )
        captions = (
            self.tr("Site"),
            self.tr("Group or crew"),
            self.tr("Facilitator"),
            self.tr("Module"),
            self.tr("Language"),
            self.tr("Attendance"),
        )
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        self.screen_caption.setText(self.tr("Room screen"))
        self.room_screen.setItemText(0, self.tr("The projector (not this computer's own screen)"))
        # Cancel keeps Qt's own (translated) text; OK becomes the action it starts.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.practice_button.setText(self.tr("Practise (nothing recorded)"))
        self._update_ok()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # After the children: the button box resets its buttons to Qt's words on this event,
        # and OK must say "Start" again afterwards.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return handled

    def missing_reason(self) -> str:
        """Why Start cannot be pressed yet, in words; "" when it can."""
        if self.module.count() == 0:
            return self.tr("This curriculum has no module to teach.")
        if not self.site.text().strip():
            return self.tr("To start, type the site: the farm, factory or field.")
        return ""

    def _update_ok(self) -> None:
        reason = self.missing_reason()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not reason)
        ok.setToolTip(reason)
        self.missing.setText(reason)
        self.missing.setVisible(bool(reason))

    def audience_screen(self) -> str:
        """The display chosen for the room ("" for the usual: not the laptop's own)."""
        return str(self.room_screen.currentData() or "")

    def privacy_mode(self) -> PrivacyMode:
        checked = self.mode_buttons.checkedButton()
        if not isinstance(checked, QRadioButton):
            return PrivacyMode.HEADCOUNT
        return self._modes.get(checked, PrivacyMode.HEADCOUNT)

    def setup(self) -> SessionSetup:
        return SessionSetup(
            site=self.site.text().strip(),
            curriculum_id=self._curriculum[0],
            curriculum_version=self._curriculum[1],
            module_id=self.module.currentData() or "",
            language=self.language.currentData() or "",
            group=self.group.text().strip(),
            facilitator=self.facilitator.text().strip(),
            privacy_mode=self.privacy_mode(),
            paid_time=self.paid_time.isChecked(),
        )
