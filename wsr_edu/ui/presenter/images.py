"""Pictures on slides: SVG drawn as vectors (crisp on any projector), bitmaps scaled smoothly."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ...curriculum.resources import MAX_PICTURE_PIXELS
from ...curriculum.svg import sanitise_svg

SIZES_KEPT = 6
"""Drawn copies kept per picture: the room's slide, the console's copy and the next-slide
preview, each as a slide's picture and as a choice's picture."""

DRAWN_BUDGET = 48 * 2**20
"""Bytes of drawn copies a session keeps in all; the least recently shown go first."""


def _limit_allocations() -> None:
    """No picture may make Qt allocate more than its pixel limit needs (4 bytes a pixel)."""
    limit = MAX_PICTURE_PIXELS * 4 // 2**20 + 1
    if QImageReader.allocationLimit() != limit:
        QImageReader.setAllocationLimit(limit)


class Picture:
    """One picture file, loaded once, drawn at any size keeping its proportions."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._svg: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        self._scaled: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()
        """The picture drawn at the sizes last asked for (the room's slide, the console's copy,
        the next slide's preview): a repaint copies one, not redraws it."""
        if path is None:
            return
        _limit_allocations()
        if path.suffix.lower() == ".svg":
            # Qt sees only the self-contained copy: nothing the file names is ever fetched.
            try:
                clean = sanitise_svg(path.read_bytes())
            except OSError:
                return
            if clean.data is None:
                return
            renderer = QSvgRenderer(QByteArray(clean.data))
            self._svg = renderer if renderer.isValid() else None
        else:
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.width() * size.height() > MAX_PICTURE_PIXELS:
                return
            image = reader.read()
            self._pixmap = QPixmap.fromImage(image) if not image.isNull() else None

    @property
    def valid(self) -> bool:
        return self._svg is not None or self._pixmap is not None

    def natural_size(self) -> QSize:
        if self._svg is not None:
            size = self._svg.defaultSize()
            return size if size.isValid() and not size.isEmpty() else QSize(100, 100)
        if self._pixmap is not None:
            return self._pixmap.size()
        return QSize(100, 100)

    def fitted(self, area: QRectF) -> QRectF:
        """The largest rectangle with the picture's proportions, centred in `area`."""
        natural = self.natural_size()
        scaled = QSize(natural)
        scaled.scale(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        x = area.x() + (area.width() - scaled.width()) / 2
        y = area.y() + (area.height() - scaled.height()) / 2
        return QRectF(x, y, scaled.width(), scaled.height())

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if not self.valid or area.width() < 2 or area.height() < 2:
            return
        target = self.fitted(area)
        ratio = painter.device().devicePixelRatioF()
        size = target.size().toSize() * ratio
        key = (size.width(), size.height())
        scaled = self._scaled.get(key)
        if scaled is None:
            scaled = self._scaled[key] = self._render(size, ratio)
            while len(self._scaled) > SIZES_KEPT:
                self._scaled.popitem(last=False)
        else:
            self._scaled.move_to_end(key)
        # The copy has exactly the target's size: put it at whole pixels, never resampled.
        painter.drawPixmap(QPoint(round(target.x()), round(target.y())), scaled)

    def drawn_bytes(self) -> int:
        return sum(w * h * 4 for w, h in self._scaled)

    def forget_drawn(self) -> None:
        """Let the drawn copies go (the file's contents stay: it is drawn again when shown)."""
        self._scaled.clear()

    def _render(self, size: QSize, ratio: float) -> QPixmap:
        """The picture at exactly `size` device pixels (an SVG drawn as vectors at that size),
        marked with the window's pixel ratio so it is put on screen at its own size."""
        if self._svg is not None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._svg.render(painter, QRectF(pixmap.rect()))
            painter.end()
        else:
            assert self._pixmap is not None
            pixmap = self._pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        pixmap.setDevicePixelRatio(ratio)
        return pixmap


class PictureCache:
    """Pictures by file, each read and checked once while the file stays the same.

    The screens of one session share one: the room's slide, the console's copy and the next
    slide's preview show the same files. A file saved again (live editing) is read afresh.
    """

    def __init__(self, limit: int = 96, drawn_budget: int = DRAWN_BUDGET) -> None:
        self.limit = limit
        self.drawn_budget = drawn_budget
        self._items: OrderedDict[tuple[Path, int, int], Picture] = OrderedDict()

    def get(self, path: Path) -> Picture:
        try:
            stat = path.stat()
            key = (path, stat.st_mtime_ns, stat.st_size)
        except OSError:
            return Picture(path)  # gone or unreadable: an invalid picture, drawn as nothing
        picture = self._items.get(key)
        if picture is None:
            picture = Picture(path)
            self._items[key] = picture
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        self._trim()
        return picture

    def _trim(self) -> None:
        """Keep the drawn copies within the budget, letting the longest unseen go first."""
        total = sum(p.drawn_bytes() for p in self._items.values())
        for picture in self._items.values():
            if total <= self.drawn_budget:
                return
            total -= picture.drawn_bytes()
            picture.forget_drawn()
