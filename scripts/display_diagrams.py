"""Draw the pictures for docs/displays.md: what each display shows in Extend and Duplicate mode.

Usage: uv run python scripts/display_diagrams.py [OUT_DIR]   (default docs/images)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

INK = QColor("#1f2937")
SLIDE = QColor("#1d4ed8")
CONSOLE = QColor("#f3f4f6")
NOTE = QColor("#fde68a")
DANGER = QColor("#b91c1c")


def _slide(p: QPainter, r: QRectF) -> None:
    p.fillRect(r, SLIDE)
    p.setPen(QColor("white"))
    f = QFont("DejaVu Sans", 14, QFont.Weight.Bold)
    p.setFont(f)
    p.drawText(r.adjusted(10, 10, -10, -r.height() / 2), Qt.AlignmentFlag.AlignCenter, "Slide 3")
    p.fillRect(QRectF(r.x() + 20, r.center().y(), r.width() - 40, 8), QColor("#93c5fd"))
    p.fillRect(QRectF(r.x() + 20, r.center().y() + 18, r.width() * 0.5, 8), QColor("#93c5fd"))


def _console(p: QPainter, r: QRectF) -> None:
    p.fillRect(r, CONSOLE)
    small = QRectF(r.x() + 10, r.y() + 10, r.width() * 0.55, r.height() * 0.5)
    _slide(p, small)
    notes = QRectF(small.right() + 10, r.y() + 10, r.right() - small.right() - 20, r.height() - 20)
    p.fillRect(notes, NOTE)
    p.setPen(INK)
    p.setFont(QFont("DejaVu Sans", 9))
    p.drawText(notes.adjusted(6, 6, -6, -6), Qt.TextFlag.TextWordWrap, "Notes for you")
    p.drawText(
        QRectF(r.x() + 10, small.bottom() + 8, small.width(), 40),
        Qt.TextFlag.TextWordWrap,
        "Next slide, clock, counts",
    )


def _device(p: QPainter, r: QRectF, title: str, draw) -> None:  # type: ignore[no-untyped-def]
    p.setPen(QPen(INK, 6))
    p.drawRoundedRect(r.adjusted(-8, -8, 8, 8), 10, 10)
    draw(p, r)
    p.setPen(INK)
    p.setFont(QFont("DejaVu Sans", 13, QFont.Weight.Bold))
    p.drawText(QRectF(r.x(), r.bottom() + 14, r.width(), 28), Qt.AlignmentFlag.AlignCenter, title)


def diagram(mode: str, path: Path) -> None:
    image = QImage(900, 380, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(INK)
    p.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
    heading = (
        "Extend: the room sees the slide, you see your console"
        if mode == "extend"
        else "Duplicate (mirror): both show the same picture"
    )
    p.drawText(QRectF(0, 10, 900, 36), Qt.AlignmentFlag.AlignCenter, heading)
    laptop = QRectF(60, 80, 340, 210)
    projector = QRectF(500, 80, 340, 210)
    if mode == "extend":
        _device(p, laptop, "Laptop: presenter console", _console)
        _device(p, projector, "Projector: slide, full screen", _slide)
    else:
        _device(p, laptop, "Laptop: the slide", _slide)
        _device(p, projector, "Projector: the same slide", _slide)
        p.setPen(DANGER)
        p.setFont(QFont("DejaVu Sans", 11))
        p.drawText(
            QRectF(0, 340, 900, 30),
            Qt.AlignmentFlag.AlignCenter,
            "wsr-edu hides your notes here; press S for the console (the room sees it too).",
        )
    p.end()
    image.save(str(path))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/images")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])
    for mode in ("extend", "duplicate"):
        diagram(mode, out / f"displays-{mode}.png")
    del app
    print(f"wrote {out}/displays-extend.png and displays-duplicate.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
