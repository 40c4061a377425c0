"""The kiosk's look: large, calm, high contrast; sizes follow the screen, never below 48 px."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ..theme import CARD_BG, CARD_NUMBER

MIN_TOUCH = 48
"""Smallest touch target in logical pixels."""

BG = "#f6f3ec"
"""A warm off-white: calmer than pure white on a bright screen in a dim break room."""
INK = "#14213d"
MUTED = "#3f4a5e"
PANEL = "#ffffff"
NAVY = CARD_BG
YELLOW = CARD_NUMBER
BLUE = "#1d4ed8"
BLUE_DARK = "#1e3a8a"
RIGHT = "#046c4e"
RIGHT_BG = "#e3f6ec"
WRONG = "#a83a00"
WRONG_BG = "#fff0e5"
FOCUS = "#f59e0b"


def unit(size: QSize) -> float:
    """One hundredth of the screen height on a 16:9 screen; all kiosk sizes derive from it."""
    return max(4.0, min(size.height() / 100, size.width() / 177.8))


def touch(pixels: float) -> int:
    return max(MIN_TOUCH, int(pixels))


def style_sheet(u: float) -> str:
    big = touch(u * 12)
    return f"""
    #kiosk {{ background: {BG}; }}
    #kiosk QLabel {{ color: {INK}; }}
    #screenTitle {{ font-size: {int(u * 6)}px; font-weight: 700; }}
    #kiosk QLabel#screenHint {{ font-size: {int(u * 3.6)}px; color: {MUTED}; }}
    #questionTitle {{ font-size: {int(u * 4.8)}px; font-weight: 700; }}
    #kiosk QPushButton#language[lit="true"] {{ background: #fff3c4; border: 6px solid {FOCUS}; }}
    #kiosk QPushButton#language[heard="true"], #kiosk QPushButton#tile[heard="true"] {{
        background: #dbe7ff; border: 6px solid {BLUE}; }}
    #kiosk QPushButton#tile[lit="true"] {{ background: #fff3c4; border: 6px solid {FOCUS}; }}
    #kiosk QPushButton {{ background: {PANEL}; color: {INK}; border: 3px solid {INK};
        border-radius: {int(u * 2)}px; font-size: {int(u * 4)}px; font-weight: 700;
        min-height: {big}px; min-width: {big}px; padding: 0 {int(u * 2.5)}px; }}
    #kiosk QPushButton:pressed {{ background: #dde5f5; }}
    #kiosk QPushButton:focus {{ border: 4px solid {FOCUS}; }}
    #kiosk QPushButton#primary {{ background: {BLUE}; color: #ffffff; border-color: {BLUE_DARK}; }}
    #kiosk QPushButton#primary:pressed {{ background: {BLUE_DARK}; }}
    #kiosk QPushButton#primary:disabled {{ background: #9aa7c7; border-color: #9aa7c7; }}
    #kiosk QPushButton:disabled {{ color: #8a93a6; border-color: #b9c0cc; }}
    #kiosk QPushButton#language {{ font-size: {int(u * 5.5)}px; text-align: left;
        padding-left: {int(u * 3)}px; min-height: {touch(u * 15)}px; }}
    #kiosk QPushButton#tile, #kiosk QPushButton#choice {{ padding: {int(u * 1.5)}px; }}
    #kiosk QPushButton#choice:checked {{ background: #dbe7ff; border: 5px solid {BLUE}; }}
    #kiosk QPushButton#key {{ font-size: {int(u * 6)}px; min-height: {touch(u * 11)}px;
        min-width: {touch(u * 11)}px; padding: 0; }}
    #kiosk QPushButton[pad="true"], #kiosk QPushButton#key[pad="true"],
    #kiosk QPushButton#primary[pad="true"] {{ min-height: {touch(u * 8)}px;
        max-height: {touch(u * 11)}px; }}
    #tileTitle {{ font-size: {int(u * 4)}px; font-weight: 700; }}
    #pictureName {{ font-size: {int(u * 2.9)}px; font-weight: 700; }}
    #choiceText {{ font-size: {int(u * 3.6)}px; font-weight: 600; }}
    #feedback {{ border-radius: {int(u * 2)}px; }}
    #feedbackWord {{ font-size: {int(u * 4.6)}px; font-weight: 800; }}
    #feedbackWhy {{ font-size: {int(u * 3.6)}px; }}
    #kiosk QLabel#progress {{ font-size: {int(u * 3.4)}px; color: {MUTED}; font-weight: 700; }}
    #overlay {{ background: rgba(20, 33, 61, 215); }}
    #dialog {{ background: {PANEL}; border: 4px solid {INK}; border-radius: {int(u * 3)}px; }}
    #countdown {{ font-size: {int(u * 16)}px; font-weight: 800; color: {BLUE_DARK}; }}
    #pinDots {{ font-size: {int(u * 7)}px; font-weight: 800; letter-spacing: {int(u)}px; }}
    #kiosk QLabel#message {{ font-size: {int(u * 3.4)}px; font-weight: 700; color: {WRONG}; }}
    #admin QLabel, #admin QCheckBox, #admin QSpinBox, #admin QLineEdit {{
        font-size: {int(u * 3)}px; color: {INK}; }}
    #admin QCheckBox::indicator {{ width: {touch(u * 5)}px; height: {touch(u * 5)}px; }}
    #admin QCheckBox {{ min-height: {MIN_TOUCH}px; }}
    #admin QSpinBox, #admin QLineEdit {{ min-height: {MIN_TOUCH}px; background: {PANEL};
        border: 2px solid {INK}; border-radius: 6px; padding: 0 8px; }}
    #admin QSpinBox::up-button, #admin QSpinBox::down-button {{ width: {MIN_TOUCH}px; }}
    """


# -- icons ---------------------------------------------------------------------------------

ICONS = (
    "back",
    "next",
    "repeat",
    "check",
    "cross",
    "speaker",
    "home",
    "person",
    "globe",
    "module",
    "skip",
)


def icon(name: str, colour: str = INK, size: int = 96) -> QIcon:
    return QIcon(icon_pixmap(name, colour, size))


def icon_pixmap(name: str, colour: str = INK, size: int = 96) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_icon(painter, name, QRectF(0, 0, size, size), colour)
    painter.end()
    return pixmap


def draw_icon(painter: QPainter, name: str, rect: QRectF, colour: str) -> None:
    """Simple bold line pictograms, drawn as vectors so they stay sharp at any size."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(rect.width(), rect.height())
    c = rect.center()
    pen = QPen(
        QColor(colour),
        s * 0.11,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)

    def p(x: float, y: float) -> QPointF:
        return QPointF(c.x() + x * s, c.y() + y * s)

    if name in ("back", "next"):
        k = -1 if name == "back" else 1
        painter.drawLine(p(-0.32 * k, 0), p(0.32 * k, 0))
        painter.drawPolyline([p(0.05 * k, -0.28), p(0.33 * k, 0), p(0.05 * k, 0.28)])
    elif name == "repeat":
        arc = QRectF(c.x() - s * 0.3, c.y() - s * 0.3, s * 0.6, s * 0.6)
        painter.drawArc(arc, 100 * 16, 290 * 16)
        tip = p(0.3 * math.cos(math.radians(100)), -0.3 * math.sin(math.radians(100)))
        painter.drawPolyline(
            [
                QPointF(tip.x() - s * 0.16, tip.y() - s * 0.13),
                tip,
                QPointF(tip.x() - s * 0.1, tip.y() + s * 0.17),
            ]
        )
    elif name == "skip":  # two arrow heads and a bar: "past this one"
        for x in (-0.3, -0.04):
            painter.drawPolyline([p(x, -0.24), p(x + 0.2, 0), p(x, 0.24)])
        painter.drawLine(p(0.3, -0.26), p(0.3, 0.26))
    elif name == "check":
        painter.drawPolyline([p(-0.3, 0.02), p(-0.08, 0.24), p(0.32, -0.22)])
    elif name == "cross":
        painter.drawLine(p(-0.25, -0.25), p(0.25, 0.25))
        painter.drawLine(p(-0.25, 0.25), p(0.25, -0.25))
    elif name == "speaker":
        body = QPainterPath()
        body.moveTo(p(-0.34, -0.1))
        for x, y in ((-0.18, -0.1), (0.02, -0.3), (0.02, 0.3), (-0.18, 0.1), (-0.34, 0.1)):
            body.lineTo(p(x, y))
        body.closeSubpath()
        painter.setBrush(QColor(colour))
        painter.drawPath(body)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in (0.16, 0.3):
            painter.drawArc(
                QRectF(c.x() + s * 0.02 - s * r, c.y() - s * r, 2 * s * r, 2 * s * r),
                -45 * 16,
                90 * 16,
            )
    elif name == "home":
        painter.drawPolyline([p(-0.34, -0.02), p(0, -0.32), p(0.34, -0.02)])
        painter.drawPolyline([p(-0.24, -0.1), p(-0.24, 0.3), p(0.24, 0.3), p(0.24, -0.1)])
    elif name == "person":
        painter.drawEllipse(p(0, -0.16), s * 0.14, s * 0.14)
        painter.drawArc(QRectF(c.x() - s * 0.28, c.y() + s * 0.08, s * 0.56, s * 0.5), 0, 180 * 16)
    elif name == "globe":
        painter.drawEllipse(c, s * 0.33, s * 0.33)
        painter.drawEllipse(c, s * 0.14, s * 0.33)
        painter.drawLine(p(-0.33, 0), p(0.33, 0))
    else:  # "module": a picture card, for modules without a picture of their own
        painter.drawRoundedRect(
            QRectF(c.x() - s * 0.34, c.y() - s * 0.26, s * 0.68, s * 0.52), s * 0.06, s * 0.06
        )
        painter.drawPolyline(
            [p(-0.26, 0.18), p(-0.08, -0.02), p(0.04, 0.1), p(0.14, 0.0), p(0.26, 0.18)]
        )
        painter.drawEllipse(p(0.12, -0.12), s * 0.05, s * 0.05)
    painter.restore()
