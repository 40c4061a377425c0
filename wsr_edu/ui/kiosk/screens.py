"""The worker's screens around a lesson: languages, modules, code entry, and the end card."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.model import Curriculum, Language
from ...kiosk.assets import CHOOSE_TEXT, prompt_file
from ...narration.sources import find_title
from ...records.codes import ALPHABET, is_valid_code, normalise_code
from ...session.visit import Offer
from ..fonts import set_content_language
from ..presenter.complaint_card import ComplaintCard
from ..text import bidi
from .parts import IconButton, PictureButton, centred_label


def first_picture(offer: Offer, lang: str | None) -> Path | None:
    """The module's first picture that can be shown, used as its tile's pictogram."""
    for slide in offer.module.text(lang).slides:
        for picture in slide.all_pictures:
            if picture.path is not None:
                return picture.path
    return None


class Screen(QWidget):
    """A kiosk screen; `set_unit` resizes what the style sheet cannot (icons, gaps).

    `retranslate()` sets the screen's words; it runs when the screen is built and again
    whenever the interface language changes.
    """

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_unit(self, u: float) -> None:
        for button in self.findChildren(IconButton):
            button.set_unit(u)
        layout = self.layout()
        if layout is not None:
            m = int(u * 3)
            layout.setContentsMargins(m, m, m, m)
            layout.setSpacing(int(u * 2.5))

    def playing(self, path: Path | None) -> None:
        """The kiosk now says `path` (None: silence): light up the button it speaks for."""


def set_flag(button: QWidget, name: str, on: bool) -> None:
    """Set a style-sheet flag (lit, heard) on a button and redraw it if it changed."""
    if bool(button.property(name)) != on:
        button.setProperty(name, on)
        button.style().unpolish(button)
        button.style().polish(button)
        button.update()


class WelcomeScreen(Screen):
    """Every offered language as a big button showing its own name; prompts say it aloud."""

    replay = Signal()
    # A tap on a language says its prompt again (and lights it); a second tap chooses it.
    tapped = Signal(str)

    def __init__(
        self,
        languages: list[Language],
        parent: QWidget | None = None,
        prompts: dict[str, Path | None] | None = None,
        pictures: dict[str, Path | None] | None = None,
    ) -> None:
        """`prompts` and `pictures` give a language's own welcome and picture, when it has
        them (a spoken language's come from its curriculum, see `curriculum.spoken`)."""
        super().__init__(parent)
        self.languages = languages
        layout = QVBoxLayout(self)
        lines = [CHOOSE_TEXT.get(lang.code, "") for lang in languages]
        # Each offered language asks in its own words; these stay as they are in any interface.
        self.choose_lines = " · ".join(dict.fromkeys(line for line in lines if line))
        self.heading = centred_label("")
        layout.addWidget(self.heading)
        self.hint = centred_label("", "screenHint")
        layout.addWidget(self.hint)
        grid = QGridLayout()
        columns = 1 if len(languages) <= 3 else 2
        self.buttons: dict[str, QPushButton] = {}
        self.prompts: dict[Path, str] = {}
        own_prompts = prompts or {}
        for i, lang in enumerate(languages):
            button: QPushButton
            if lang.spoken_only:
                # Its speakers do not read it: a picture (or a speaker) instead of its name.
                picture = (pictures or {}).get(lang.code)
                button = PictureButton("", picture, "language", fallback="speaker")
                button.label.hide()
            else:
                button = IconButton(lang.name, "speaker", "language")
            set_content_language(button, lang.code)
            button.setAccessibleName(lang.name)
            button.clicked.connect(lambda _=False, code=lang.code: self.tapped.emit(code))
            grid.addWidget(button, i // columns, i % columns)
            self.buttons[lang.code] = button
            prompt = own_prompts.get(lang.code) or prompt_file(lang.code)
            if prompt is not None:
                self.prompts[prompt] = lang.code
        if any(lang.spoken_only for lang in languages):
            # A picture button asks for more height than a named one: every row the same.
            for r in range(math.ceil(len(languages) / columns)):
                grid.setRowStretch(r, 1)
            for button in self.buttons.values():
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.lit: str | None = None
        self.grid = grid
        layout.addLayout(grid, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.listen = IconButton("", "repeat")
        self.listen.clicked.connect(self.replay)
        row.addWidget(self.listen)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def playing(self, path: Path | None) -> None:
        self.lit = self.prompts.get(path) if path is not None else None
        for code, button in self.buttons.items():
            set_flag(button, "lit", code == self.lit)

    def show_heard(self, code: str | None) -> None:
        for key, button in self.buttons.items():
            set_flag(button, "heard", key == code)

    def retranslate(self) -> None:
        self.heading.setText(self.choose_lines or self.tr("Choose your language"))
        self.hint.setText(self.tr("Touch your language"))
        self.listen.set_words(self.tr("Listen again"))

    def set_unit(self, u: float) -> None:
        super().set_unit(u)
        self.grid.setSpacing(int(u * 2.5))


class ModulesScreen(Screen):
    """The modules as tiles with pictures; the worker's code, when codes are allowed."""

    back = Signal()
    enter_code = Signal()
    # A tap on a tile says its title (and lights it); a second tap starts the lesson.
    tapped = Signal(object)

    def __init__(
        self,
        offered: list[Offer],
        lang: str | None,
        title: str,
        allow_codes: bool,
        code: str | None,
        parent: QWidget | None = None,
        pictures: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.code = code
        # A code found by its pictures shows them, never its letters: a worker who guessed
        # pictures learns no code they could use elsewhere.
        self.pictures = pictures if code else None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = IconButton("", "globe")
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        self.heading = centred_label(title)
        set_content_language(self.heading, lang or "")
        top.addWidget(self.heading, 1)
        self.code_button: IconButton | None = None
        if allow_codes:
            self.code_button = IconButton("", "person")
            if self.pictures is not None:
                from .picture_code import pictures_icon

                self.code_button.setIcon(pictures_icon(self.pictures))
            self.code_button.clicked.connect(self.enter_code)
            top.addWidget(self.code_button)
        layout.addLayout(top)
        grid = QGridLayout()
        count = max(len(offered), 1)
        columns = 2 if count <= 4 else 3
        rows = math.ceil(count / columns)
        self.tiles: list[PictureButton] = []
        self.titles: dict[Path, int] = {}
        self.offered = offered
        spoken = False
        for i, offer in enumerate(offered):
            text = offer.module.text(lang)
            # A spoken language's tiles show their picture; the title is heard on a tap.
            spoken = spoken or text.spoken
            words = "" if text.spoken else bidi(text.title, lang or "")
            tile = PictureButton(words, first_picture(offer, lang), "tile")
            tile.label.setVisible(bool(words))
            set_content_language(tile, lang or "")
            tile.clicked.connect(lambda _=False, o=offer: self.tapped.emit(o))
            grid.addWidget(tile, i // columns, i % columns)
            self.tiles.append(tile)
            spoken_title = find_title(offer.module, text.lang).path
            if spoken_title is not None:
                self.titles[spoken_title] = i
        for r in range(rows):
            grid.setRowStretch(r, 1)
        if spoken:
            self.heading.setText("")
        self.grid = grid
        layout.addLayout(grid, 1)
        self.retranslate()

    def title_files(self) -> list[Path | None]:
        """Each tile's spoken title, in the order the tiles are shown."""
        by_tile = {i: path for path, i in self.titles.items()}
        return [by_tile.get(i) for i in range(len(self.tiles))]

    def playing(self, path: Path | None) -> None:
        lit = self.titles.get(path) if path is not None else None
        for i, tile in enumerate(self.tiles):
            set_flag(tile, "lit", i == lit)

    def show_heard(self, key: str | None) -> None:
        for offer, tile in zip(self.offered, self.tiles, strict=True):
            set_flag(tile, "heard", offer.key == key)

    def retranslate(self) -> None:
        self.back_button.set_words(self.tr("Language"))
        if self.code_button is not None:
            shown = self.code if self.code and self.pictures is None else self.tr("My code")
            self.code_button.set_words(shown)

    def set_unit(self, u: float) -> None:
        super().set_unit(u)
        self.grid.setSpacing(int(u * 2.5))
        if self.code_button is not None and self.pictures is not None:
            side = max(24, int(u * 6))
            self.code_button.setIconSize(QSize(side * len(self.pictures), side))


class CodeScreen(Screen):
    """A keypad for the worker's pseudonymous card code (letters and digits, no names)."""

    # The entered code (normalised), or None when the worker skipped.
    done = Signal(object)

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = (current or "").replace("-", "")
        layout = QVBoxLayout(self)
        self.heading = centred_label("")
        layout.addWidget(self.heading)
        self.display = centred_label("", "pinDots")
        layout.addWidget(self.display)
        self.message = centred_label("", "message")
        layout.addWidget(self.message)
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for i, char in enumerate(ALPHABET):
            key = QPushButton(char)
            key.setObjectName("key")
            key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            key.clicked.connect(lambda _=False, c=char: self._type(c))
            grid.addWidget(key, i // 10, i % 10)
            self.keys[char] = key
        self.grid = grid
        layout.addLayout(grid, 1)
        row = QHBoxLayout()
        self.skip = IconButton("", "cross")
        self.skip.clicked.connect(lambda: self.done.emit(None))
        self.delete = IconButton("", "back")
        self.delete.clicked.connect(self._delete)
        self.ok = IconButton("", "check", "primary")
        self.ok.clicked.connect(self._accept)
        row.addWidget(self.skip)
        row.addStretch(1)
        row.addWidget(self.delete)
        row.addWidget(self.ok)
        layout.addLayout(row)
        self._wrong = False
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Type the code on your card"))
        self.skip.set_words(self.tr("No code"))
        self.delete.set_words(self.tr("Delete"))
        self.ok.set_words(self.tr("OK"))
        self.message.setText(
            self.tr("This code is not right. Look at your card again.") if self._wrong else ""
        )

    def _type(self, char: str) -> None:
        if len(self.typed) < 6:
            self.typed += char
        self._show()

    def _delete(self) -> None:
        self.typed = self.typed[:-1]
        self._show()

    def _show(self) -> None:
        shown = normalise_code(self.typed) if len(self.typed) == 6 else self.typed
        self.display.setText(shown or "_ _ _ - _ _ _")
        self._wrong = False
        self.message.setText("")
        self.ok.setEnabled(len(self.typed) == 6)

    def _accept(self) -> None:
        code = normalise_code(self.typed)
        if not is_valid_code(code):
            self._wrong = True
            self.retranslate()
            return
        self.done.emit(code)


class CompletionScreen(Screen):
    """The end of a module: praise, then the complaint-line card in very large digits."""

    finish = Signal()
    another = Signal()

    def __init__(self, curriculum: Curriculum, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = centred_label("")
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        self.card = ComplaintCard()
        self.card.show_line(curriculum, lang)
        layout.addWidget(self.card, 1)
        row = QHBoxLayout()
        self.another_button = IconButton("", "module")
        self.another_button.clicked.connect(self.another)
        self.finish_button = IconButton("", "home", "primary")
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.another_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Well done! You finished."))
        self.another_button.set_words(self.tr("Another lesson"))
        self.finish_button.set_words(self.tr("Finish"))
