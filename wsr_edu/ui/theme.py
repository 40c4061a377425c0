"""Colours, the font-size setting and the style sheet shared by every facilitator screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..paths import shipped

ICONS = shipped("ui", "icons")
MIN_SCALE = 0.75
MAX_SCALE = 2.0
SCALE_STEP = 0.125
BASE_POINT_SIZE = 11.0

INK = "#111827"
MUTED = "#4b5563"
PAPER = "#ffffff"
CANVAS = "#eef1f5"
LINE = "#cfd6df"
ACCENT = "#1d4ed8"
ACCENT_DARK = "#1e3a8a"
FOCUS = "#f59e0b"
SELECTED = "#dbe7ff"
"""The chosen row of a list."""
DANGER = "#b91c1c"
DANGER_BG = "#fef2f2"
OK = "#047857"
CARD_BG = "#0b2a5b"
CARD_NUMBER = "#ffd43b"


@dataclass(frozen=True)
class ChoiceStyle:
    """How one answer choice is marked: colour AND shape, so colour-blind people can tell."""

    shape: str
    colour: str
    ink: str
    name: str


# Okabe-Ito style colours that stay apart under the common colour-vision deficiencies; the
# shapes carry the difference on their own, and the letter too. The names are read aloud by
# screen readers; they are translated where they are used, in the QuizView context.
CHOICE_STYLES = (
    ChoiceStyle("circle", "#0072b2", "#ffffff", str(QT_TRANSLATE_NOOP("QuizView", "blue circle"))),
    ChoiceStyle(
        "triangle", "#e69f00", "#111111", str(QT_TRANSLATE_NOOP("QuizView", "orange triangle"))
    ),
    ChoiceStyle("square", "#009e73", "#111111", str(QT_TRANSLATE_NOOP("QuizView", "green square"))),
    ChoiceStyle(
        "diamond", "#7b3294", "#ffffff", str(QT_TRANSLATE_NOOP("QuizView", "purple diamond"))
    ),
    ChoiceStyle(
        "hexagon", "#56b4e9", "#111111", str(QT_TRANSLATE_NOOP("QuizView", "sky-blue hexagon"))
    ),
    ChoiceStyle("star", "#d55e00", "#ffffff", str(QT_TRANSLATE_NOOP("QuizView", "red star"))),
)


def choice_style(index: int) -> ChoiceStyle:
    return CHOICE_STYLES[index % len(CHOICE_STYLES)]


def clamp_scale(scale: float) -> float:
    return min(max(round(scale / SCALE_STEP) * SCALE_STEP, MIN_SCALE), MAX_SCALE)


class Appearance(QObject):
    """The text size the facilitator chose; screens listen to `changed` to resize their text."""

    changed = Signal(float)

    def __init__(self, scale: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scale = clamp_scale(scale)

    @property
    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> None:
        scale = clamp_scale(scale)
        if scale != self._scale:
            self._scale = scale
            self.changed.emit(scale)

    def bigger(self) -> None:
        self.set_scale(self._scale + SCALE_STEP)

    def smaller(self) -> None:
        self.set_scale(self._scale - SCALE_STEP)

    def point_size(self, factor: float = 1.0) -> float:
        return BASE_POINT_SIZE * self._scale * factor


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """Set the application font size and style sheet for the current scale."""
    font = QFont(app.font())
    font.setPointSizeF(appearance.point_size())
    app.setFont(font)
    app.setStyleSheet(style_sheet(appearance))


def style_sheet(appearance: Appearance) -> str:
    pt = appearance.point_size
    return f"""
    QWidget {{ color: {INK}; }}
    QMainWindow, QDialog {{ background: {CANVAS}; }}
    #header {{ background: {ACCENT_DARK}; }}
    #header QLabel {{ color: #ffffff; }}
    #appTitle {{ font-size: {pt(1.45):.1f}pt; font-weight: 700; }}
    #appSubtitle {{ font-size: {pt(1.0):.1f}pt; color: #dbe4ff; }}
    #pageTitle {{ font-size: {pt(1.9):.1f}pt; font-weight: 700; }}
    #sectionTitle {{ font-size: {pt(1.15):.1f}pt; font-weight: 700; color: {MUTED}; }}
    #muted {{ color: {MUTED}; }}
    #big {{ font-size: {pt(1.25):.1f}pt; }}
    #panel {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 8px; }}
    #errorPanel {{ background: {DANGER_BG}; border: 2px solid {DANGER}; border-radius: 8px; }}
    #errorTitle {{ color: {DANGER}; font-size: {pt(1.35):.1f}pt; font-weight: 700; }}
    #complaintStrip {{ background: {CARD_BG}; border-radius: 8px; }}
    #complaintStrip QLabel {{ color: #ffffff; }}
    #complaintNumber {{ color: {CARD_NUMBER}; font-size: {pt(1.6):.1f}pt; font-weight: 700; }}
    #banner {{ background: #fff7e6; border: 1px solid {FOCUS}; border-radius: 6px;
               padding: 6px 10px; }}
    QPushButton {{ background: {PAPER}; border: 1px solid #9aa5b1; border-radius: 6px;
                   padding: 7px 14px; min-height: 1.6em; }}
    QPushButton:hover {{ background: #e8eefc; }}
    QPushButton:pressed {{ background: #d5defa; }}
    QPushButton:checked {{ background: {INK}; color: #ffffff; }}
    QPushButton#primary {{ background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT};
                           font-weight: 700; padding: 9px 22px; }}
    QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
    QPushButton:disabled {{ color: #8a94a3; border-color: #c7ced8; }}
    QPushButton#primary:disabled {{ background: #c7ced8; color: #4b5563; border-color: #c7ced8; }}
    QPushButton#onDark {{ background: transparent; color: #ffffff;
                          border: 1px solid #8fa8e8; }}
    QPushButton#onDark:hover {{ background: #2b4aa0; }}
    QPushButton:focus, QComboBox:focus, QSpinBox:focus, QCheckBox:focus {{
        border: 3px solid {FOCUS}; }}
    QListWidget {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 8px;
                   padding: 4px; outline: none; }}
    QListWidget:focus {{ border: 3px solid {FOCUS}; }}
    QListWidget::item {{ border-radius: 6px; padding: 6px; margin: 1px 0; }}
    QListWidget::item {{ border-left: 4px solid transparent; }}
    QListWidget::item:selected {{ background: {SELECTED}; color: {INK};
                                  border-left: 4px solid {ACCENT}; }}
    QComboBox {{ background: {PAPER}; border: 1px solid #9aa5b1; border-radius: 6px;
                 padding: 5px 10px; min-height: 1.5em; }}
    QComboBox::drop-down {{ border: none; width: 1.6em; }}
    QComboBox::down-arrow {{ image: url({ICONS / "chevron-down.svg"}); width: 0.9em;
                             height: 0.9em; }}
    QLineEdit {{ background: {PAPER}; border: 1px solid #9aa5b1; border-radius: 6px;
                 padding: 5px 8px; min-height: 1.5em; }}
    QLineEdit:focus {{ border: 3px solid {FOCUS}; padding: 3px 6px; }}
    QLineEdit:disabled {{ background: {CANVAS}; color: #6b7280; border-color: {LINE}; }}
    QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{ background: transparent; border: none;
                 border-radius: 0; padding: 0; min-height: 0; }}
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QSpinBox::up-button, QSpinBox::down-button {{ width: 0; border: none; }}
    QSpinBox {{ background: {PAPER}; border: 1px solid #9aa5b1; border-radius: 6px;
                padding: 3px 4px; font-size: {pt(1.3):.1f}pt; font-weight: 700; }}
    QSpinBox:disabled {{ background: {CANVAS}; color: #6b7280; border-color: {LINE}; }}
    QLabel:disabled {{ color: #6b7280; }}
    QTextBrowser {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 8px;
                    padding: 6px; }}
    QScrollArea {{ border: none; background: transparent; }}
    """
