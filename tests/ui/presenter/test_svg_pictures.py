"""Qt draws only the self-contained copy of an SVG: a file it names outside is never opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from tests.canary import Canary
from tests.curriculum.test_resources import hostile_svg
from wsr_edu.ui.presenter.images import Picture


@pytest.fixture
def canary(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Canary(tmp_path / "outside" / "canary.png") as watched:
        yield watched


def test_qt_draws_the_clean_svg_and_opens_nothing_outside(
    mini_curriculum: Path,
    canary: Canary,
    qapp,  # type: ignore[no-untyped-def]
) -> None:

    svg = mini_curriculum / "modules/water/images/hostile.svg"
    svg.write_text(hostile_svg(canary.path), encoding="utf-8")
    picture = Picture(svg)
    assert picture.valid
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)

    picture.draw(painter, QRectF(0, 0, 100, 100))
    painter.end()
    assert image.pixelColor(20, 20).name() == "#2277cc"
    assert not canary.opened(), "Qt opened a file the SVG named outside the module"


def test_a_picture_with_too_many_pixels_is_not_decoded(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from tests.curriculum.test_limits import _png_header

    path = tmp_path / "wide.png"
    path.write_bytes(_png_header(100_000, 100_000) + b"\0" * 64)
    picture = Picture(path)  # the header alone says it is too big: nothing is allocated
    assert not picture.valid
