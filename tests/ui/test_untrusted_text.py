"""Every screen built from a hostile curriculum shows its HTML as text and opens no outside file."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.canary import Canary
from tests.hostile import make_hostile_curriculum
from tests.kiosk.fixtures import KioskFactory, kiosk_store
from tests.ui.conftest import answer_start_dialog
from wsr_edu.curriculum import load_curriculum
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.text import RICH_PROPERTY

MARK = "<b>B</b>"


class Inspector:
    """Walks widget trees; collects every way hostile text could have been obeyed."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.literal = 0  # labels and buttons that show the hostile markup as the text it is

    def check(self, root: QWidget, where: str) -> None:
        root.grab()  # lay out and paint: rich text would load its pictures now
        QApplication.processEvents()
        for widget in [root, *root.findChildren(QWidget)]:
            name = f"{where}: {type(widget).__name__} '{widget.objectName()}'"
            tip = widget.toolTip()
            if "<img" in tip or MARK in tip:
                self.failures.append(f"{name} has a rich tool tip: {tip[:80]!r}")
            if isinstance(widget, QLabel) and widget.text():
                self._label(widget, name)
            elif isinstance(widget, QAbstractButton) and MARK in widget.text():
                self.literal += 1  # a button's text is always plain
            if isinstance(widget, QListWidget):
                for i in range(widget.count()):
                    item_tip = widget.item(i).toolTip()
                    if "<img" in item_tip or MARK in item_tip:
                        self.failures.append(f"{name} item {i} has a rich tool tip")

    def _label(self, label: QLabel, name: str) -> None:
        text = label.text()
        if label.property(RICH_PROPERTY):
            if label.textFormat() != Qt.TextFormat.RichText:
                self.failures.append(f"{name} is marked rich but is not")
            for obeyed in ("<img", MARK, "<a ", "<font"):
                if obeyed in text:
                    self.failures.append(f"{name} holds {obeyed!r} unescaped: {text[:80]!r}")
            return
        if label.textFormat() != Qt.TextFormat.PlainText:
            self.failures.append(f"{name} may show rich text ({label.textFormat()}): {text[:60]!r}")
        elif MARK in text:
            self.literal += 1


@pytest.fixture
def canary(tmp_path: Path) -> Iterator[Canary]:
    with Canary(tmp_path / "outside" / "canary.png") as watched:
        yield watched


@pytest.fixture
def hostile_folder(tmp_path: Path, canary: Canary) -> Path:
    return make_hostile_curriculum(tmp_path / "curricula", canary.path)


@pytest.fixture
def hostile_context(
    prepared_app: QApplication, data_dir: Path, hostile_folder: Path
) -> Iterator[AppContext]:
    from wsr_edu.ui.theme import apply_appearance

    args = argparse.Namespace(
        data_dir=str(data_dir), curricula=[str(hostile_folder)], database_url=None
    )
    ctx = AppContext.create(args)
    ctx.include_bundled = False
    apply_appearance(prepared_app, ctx.appearance)
    yield ctx
    ctx.close()


def test_the_hostile_curriculum_loads(hostile_folder: Path, canary: Canary) -> None:
    result = load_curriculum(hostile_folder)
    assert result.curriculum is not None, [p.format() for p in result.problems]
    text = result.curriculum.modules[0].text("en")
    assert MARK in text.title and MARK in text.slides[0].title
    assert result.curriculum.complaint_line is not None
    assert MARK in result.curriculum.complaint_line.number
    assert not canary.opened()


def test_library_presenter_and_card_show_html_as_text(
    qtbot: QtBot, hostile_context: AppContext, canary: Canary
) -> None:
    from wsr_edu.ui.library.card_window import ComplaintCardWindow
    from wsr_edu.ui.library.window import LibraryWindow

    inspector = Inspector()
    library = LibraryWindow(hostile_context)
    qtbot.addWidget(library)
    with qtbot.waitSignal(library.curricula_loaded, timeout=10000):
        library.show()
    assert library.results and library.results[0].curriculum is not None
    curriculum = library.results[0].curriculum
    for lang in curriculum.language_codes:
        page = library.curriculum_page
        page.language.setCurrentIndex(max(0, page.language.findData(lang)))
        inspector.check(library, f"library ({lang})")
        card = ComplaintCardWindow(curriculum, lang, 1.0)
        qtbot.addWidget(card)
        card.show()
        inspector.check(card, f"complaint card ({lang})")
        card.close()

    answer_start_dialog(lambda dialog: dialog.practice_button.click())
    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        library.present("water", "en")
    presenter = library.presenter
    assert presenter is not None
    try:
        p = presenter.presentation
        for lang in curriculum.language_codes:
            p.set_language(lang)
            for index in range(p.card_index + 1):
                p.go(index)
                inspector.check(presenter.console, f"console {lang} #{index}")
                inspector.check(presenter.audience, f"audience {lang} #{index}")
                if p.slide is not None and p.slide.question is not None:
                    p.toggle_reveal()
                    inspector.check(presenter.console, f"console {lang} #{index} revealed")
                    inspector.check(presenter.audience, f"audience {lang} #{index} revealed")
    finally:
        presenter.stop()
    assert not inspector.failures, "\n".join(inspector.failures)
    assert inspector.literal > 10, "the hostile text never reached a label"
    assert not canary.opened(), "a widget opened the canary file outside the curriculum"


def test_kiosk_shows_html_as_text(
    qtbot: QtBot, prepared_app: QApplication, hostile_folder: Path, tmp_path: Path, canary: Canary
) -> None:
    curriculum = load_curriculum(hostile_folder).curriculum
    assert curriculum is not None
    inspector = Inspector()
    factory = KioskFactory(qtbot)
    try:
        window = factory.open([curriculum], kiosk_store(tmp_path / "kiosk.json"))
        inspector.check(window, "kiosk welcome")
        for lang in curriculum.language_codes:
            window.choose_language(lang)
            inspector.check(window, f"kiosk modules {lang}")
            window.start_module(window.walk.modules()[0])
            lesson = window.lesson
            assert lesson is not None
            while not window.walk.at_end:
                slide = window.walk.slide
                inspector.check(window, f"kiosk {lang} {slide.id if slide else '?'}")
                if lesson.question_view is not None:
                    # Tap the first card twice: heard, then chosen; the feedback shows.
                    lesson.question_view.tapped.emit(0)
                    lesson.question_view.tapped.emit(0)
                    inspector.check(window, f"kiosk {lang} feedback")
                if window.walk.next_or_skip():
                    lesson.show_current()
            inspector.check(window, f"kiosk {lang} completion")
            window.reset_to_welcome()
    finally:
        factory.close_all()
    assert not inspector.failures, "\n".join(inspector.failures)
    assert inspector.literal > 5, "the hostile text never reached a label"
    assert not canary.opened(), "the kiosk opened the canary file outside the curriculum"


def test_records_screens_show_stored_html_as_text(
    qtbot: QtBot, hostile_context: AppContext, hostile_folder: Path, canary: Canary
) -> None:
    """Site, group and facilitator come back from the database (or a merged bundle) as text."""
    from tests.hostile import hostile
    from wsr_edu.records.model import PrivacyMode, SessionSetup
    from wsr_edu.ui.coordinator.view import CoordinatorView
    from wsr_edu.ui.library.window import LibraryWindow
    from wsr_edu.ui.session.attendance import AttendancePanel

    h = hostile(canary.path)
    records = hostile_context.records()
    session = records.start_session(
        SessionSetup(
            site="Site" + h,
            curriculum_id="hostile",
            curriculum_version="1.0",
            module_id="water",
            language="en",
            group="Group" + h,
            facilitator="Facilitator" + h,
            privacy_mode=PrivacyMode.CODES,
        )
    )
    inspector = Inspector()
    panel = AttendancePanel(records, hostile_context.tasks, session)
    qtbot.addWidget(panel)
    panel.show()
    hostile_context.tasks.wait(5000)
    inspector.check(panel, "attendance")
    view = CoordinatorView(records, hostile_context.tasks)
    qtbot.addWidget(view)
    view.show()
    view.start()
    qtbot.waitUntil(lambda: view.figure_sessions.value.text() not in ("", "–"), timeout=10000)
    inspector.check(view, "coordinator")
    # The session is still open: the library offers to resume it, naming its site and module.
    library = LibraryWindow(hostile_context)
    qtbot.addWidget(library)
    with qtbot.waitSignal(library.curricula_loaded, timeout=10000):
        library.show()
    qtbot.waitUntil(library.resume_banner.isVisible, timeout=10000)
    inspector.check(library, "library resume")
    assert not inspector.failures, "\n".join(inspector.failures)
    assert inspector.literal >= 1, "the stored hostile text never reached a label"
    assert not canary.opened(), "a records screen opened the canary file"
