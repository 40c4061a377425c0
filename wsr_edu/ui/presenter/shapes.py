"""Drawing the choice shapes (circle, triangle, ...) and the check mark, at any size."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from ..theme import ChoiceStyle


def shape_path(shape: str, rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    cx, cy = rect.center().x(), rect.center().y()
    r = min(rect.width(), rect.height()) / 2
    if shape == "circle":
        path.addEllipse(rect.center(), r, r)
    elif shape == "square":
        side = r * 1.7
        path.addRoundedRect(QRectF(cx - side / 2, cy - side / 2, side, side), r * 0.12, r * 0.12)
    elif shape == "triangle":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(cx, cy - r),
                    QPointF(cx + r * 1.05, cy + r * 0.8),
                    QPointF(cx - r * 1.05, cy + r * 0.8),
                ]
            )
        )
        path.closeSubpath()
    elif shape == "diamond":
        path.addPolygon(
            QPolygonF(
                [QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)]
            )
        )
        path.closeSubpath()
    else:
        points = 6 if shape == "hexagon" else 10
        polygon = QPolygonF()
        for i in range(points):
            radius = r if shape == "hexagon" or i % 2 == 0 else r * 0.5
            angle = math.pi * 2 * i / points - math.pi / 2
            polygon.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        path.addPolygon(polygon)
        path.closeSubpath()
    return path


def draw_badge(
    painter: QPainter, style: ChoiceStyle, letter: str, rect: QRectF, font: QFont
) -> None:
    """The choice's shape in its colour with its letter inside."""
    painter.save()
    painter.setPen(QPen(QColor("#111111"), max(1.0, rect.width() * 0.025)))
    painter.setBrush(QColor(style.colour))
    painter.drawPath(shape_path(style.shape, rect))
    letter_font = QFont(font)
    letter_font.setBold(True)
    letter_font.setPixelSize(max(6, int(rect.height() * 0.42)))
    painter.setFont(letter_font)
    painter.setPen(QColor(style.ink))
    text_rect = QRectF(rect)
    if style.shape == "triangle":
        text_rect.translate(0, rect.height() * 0.12)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, letter)
    painter.restore()


def draw_check(painter: QPainter, rect: QRectF, colour: str = "#047857") -> None:
    """A filled circle with a white tick: the mark for a right answer."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(rect)
    pen = QPen(
        QColor("#ffffff"),
        rect.width() * 0.13,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    painter.setPen(pen)
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    tick = QPainterPath(QPointF(x + w * 0.27, y + h * 0.52))
    tick.lineTo(QPointF(x + w * 0.44, y + h * 0.69))
    tick.lineTo(QPointF(x + w * 0.74, y + h * 0.35))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.restore()
