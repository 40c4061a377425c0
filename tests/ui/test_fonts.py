"""The bundled Noto fonts are registered and become the app's font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from wsr_edu.paths import bundled_fonts_dir
from wsr_edu.ui.fonts import PREFERRED_FAMILY, register_bundled_fonts


@pytest.mark.skipif(not any(bundled_fonts_dir().glob("*.ttf")), reason="no bundled fonts")
def test_bundled_fonts_are_registered(prepared_app) -> None:  # type: ignore[no-untyped-def]
    families = register_bundled_fonts(prepared_app)
    assert PREFERRED_FAMILY in families
    assert any("Bengali" in f for f in families)
    assert PREFERRED_FAMILY in QFontDatabase.families()
    assert prepared_app.font().family() == PREFERRED_FAMILY


def test_a_folder_without_fonts_changes_nothing(prepared_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "readme.txt").write_text("not a font", encoding="utf-8")
    (tmp_path / "broken.ttf").write_bytes(b"not a font either")
    before = prepared_app.font().family()
    assert register_bundled_fonts(prepared_app, tmp_path) == []
    assert prepared_app.font().family() == before
