"""One session's screens read each picture once, and a picture saved again is read afresh."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from wsr_edu.ui.presenter.images import PictureCache

RED = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<rect width="10" height="10" fill="#ff0000"/></svg>'
)
BLUE = RED.replace("#ff0000", "#0000ff")


def _drawn(picture, size: int = 40) -> QColor:  # type: ignore[no-untyped-def]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    picture.draw(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.pixelColor(size // 2, size // 2)


def test_a_picture_is_read_once_and_again_after_it_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "sign.svg"
    path.write_text(RED, encoding="utf-8")
    cache = PictureCache()
    first = cache.get(path)
    assert cache.get(path) is first
    assert _drawn(first) == QColor("#ff0000")
    assert _drawn(first) == QColor("#ff0000")  # drawn again from the kept copy
    path.write_text(BLUE, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = cache.get(path)
    assert again is not first
    assert _drawn(again) == QColor("#0000ff")


def test_a_missing_picture_draws_nothing_and_keeps_no_entry(qtbot: QtBot, tmp_path: Path) -> None:
    cache = PictureCache(limit=2)
    missing = cache.get(tmp_path / "gone.svg")
    assert not missing.valid
    assert _drawn(missing).alpha() == 0
    for n in range(4):
        (tmp_path / f"{n}.svg").write_text(RED, encoding="utf-8")
        cache.get(tmp_path / f"{n}.svg")
    assert len(cache._items) == 2  # the oldest are let go


def test_a_picture_shown_at_three_sizes_keeps_a_copy_for_each(qtbot: QtBot, tmp_path: Path) -> None:
    # The room's slide, the console's copy and the next-slide preview draw the same file at
    # three sizes on every change: each size is drawn from the file once, then copied.
    path = tmp_path / "sign.svg"
    path.write_text(RED, encoding="utf-8")
    picture = PictureCache().get(path)
    for size in (120, 60, 30):
        assert _drawn(picture, size) == QColor("#ff0000")
    kept = {key: pixmap.cacheKey() for key, pixmap in picture._scaled.items()}
    assert set(kept) == {(120, 120), (60, 60), (30, 30)}
    for size in (30, 120, 60):
        assert _drawn(picture, size) == QColor("#ff0000")
    assert {key: pixmap.cacheKey() for key, pixmap in picture._scaled.items()} == kept


def test_drawn_copies_stay_within_the_budget_longest_unseen_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A long session shows many pictures at room size: the copies of those not seen for
    # longest are let go (and drawn again if they come back), the files stay read.
    cache = PictureCache(drawn_budget=3 * 200 * 200 * 4)
    pictures = []
    for n in range(5):
        path = tmp_path / f"{n}.svg"
        path.write_text(RED, encoding="utf-8")
        picture = cache.get(path)
        assert _drawn(picture, 200) == QColor("#ff0000")
        pictures.append(picture)
    cache.get(tmp_path / "4.svg")  # a look at the cache keeps it within its budget
    kept = [p.drawn_bytes() for p in pictures]
    assert sum(kept) <= 3 * 200 * 200 * 4
    assert kept[0] == 0 and kept[-1] > 0
    assert _drawn(pictures[0], 200) == QColor("#ff0000")  # drawn again when shown again
