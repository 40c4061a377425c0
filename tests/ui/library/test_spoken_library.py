"""A curriculum with a spoken language nobody has recorded yet: listed, teachable, recordable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.curriculum.spoken import spoken_curriculum
from wsr_edu.narration.sources import Part


@pytest.fixture
def mini_curriculum(tmp_path: Path) -> Path:
    return spoken_curriculum(tmp_path, record=False)


def test_unrecorded_parts_are_listed_and_the_recorder_opens_for_them(
    qtbot: QtBot,
    library,  # type: ignore[no-untyped-def]
) -> None:
    result = library.selected_result
    assert result is not None and not result.ok, "the missing recordings are errors"
    # ... which the library lists without closing the curriculum: English and Spanish can
    # still be taught, and the recorder is how the Mam parts get made.
    assert library.pages.currentWidget() is library.curriculum_page
    page = library.curriculum_page
    assert page.problems_toggle.isVisible()
    listed = "\n".join(page.problem_list.item(i).text() for i in range(page.problem_list.count()))
    assert "slide 'rest' has no mam recording" in listed, listed
    assert page._bad_modules == frozenset(), "the module is not closed by them"
    page.language.setCurrentIndex(page.language.findData("mam"))
    page.record.click()
    window = library.recorder_window
    assert window is not None and window.lang == "mam"
    assert window.item is not None and window.item.part is Part.WELCOME
    window.close()
    assert QApplication.instance() is not None
