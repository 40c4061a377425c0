"""The locked kiosk window: one full screen that a worker cannot leave and that forgets them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from ...curriculum.model import Curriculum
from ...curriculum.spoken import language_picture, welcome_prompt
from ...kiosk.assets import prompt_file, spoken_file, spoken_number, tone_file
from ...kiosk.config import KioskConfig, KioskFileError, KioskStore
from ...kiosk.lockout import PinGuard
from ...narration.player import Player
from ...narration.sources import find_title
from ...records.codes import PICTURES, PictureCode
from ...session.visit import KioskVisit, Offer, offers
from ...session.visit_records import KioskRecorder
from ..i18n import SHIPPED, Translations
from .admin import AdminScreen
from .audio import KioskAudio
from .feedback import FeedbackScreen
from .guard import FullScreenKeeper, IdleTimer, LockGuard
from .lesson import LessonScreen
from .overlays import PinPad, StillThere
from .picture_code import CodeFinder, PictureCodeScreen
from .screens import CodeScreen, CompletionScreen, ModulesScreen, Screen, WelcomeScreen
from .style import style_sheet, unit


class KioskWindow(QWidget):
    """Full screen, on top, frameless; keys and close requests that would leave are refused.

    Everything about the current worker lives in `walk` and in the screen on display; an
    idle reset drops both and builds the welcome screen anew.
    """

    # The admin closed the kiosk with the right PIN.
    left = Signal()

    def __init__(
        self,
        curricula: Sequence[Curriculum],
        store: KioskStore,
        player: Player,
        recorder: KioskRecorder,
        only_curriculum: str | None = None,
        only_language: str | None = None,
        parent: QWidget | None = None,
        translations: Translations | None = None,
        find_code: CodeFinder | None = None,
    ) -> None:
        super().__init__(parent)
        # Looks a code up by its three pictures; without it, codes are typed in letters only.
        self.find_code = find_code
        self.code_pictures: PictureCode | None = None
        """The pictures the current worker's code was found by (None: typed, or no code)."""
        # When given, the buttons speak the worker's language once they choose one (if the
        # interface is translated into it) and the kiosk's own language again after a reset.
        self.translations = translations
        self.home_language = translations.language if translations else ""
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setWindowTitle(self.tr("wsr-edu kiosk"))
        self.curricula = list(curricula)
        self.store = store
        self.recorder = recorder
        self.only_curriculum = only_curriculum
        self.only_language = only_language
        self.config = self._effective(store.config())
        self.walk = KioskVisit(self._offers(), self.config, recorder)
        self.audio = KioskAudio(player, self)
        self.audio.set_volume(self.config.volume)
        self.audio.playing.connect(self._playing)
        self._may_close = False
        self._u = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The screen's size is the kiosk's size: never let content push a minimum onto it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.current_screen: Screen | None = None
        self.lesson: LessonScreen | None = None

        self.guard = LockGuard(self)
        self.keeper = FullScreenKeeper(self)
        self.idle = IdleTimer(self.config.idle_timeout_s, self)
        self.guard.activity.connect(self.idle.poke)
        self.guard.admin_requested.connect(self.open_pin_pad)
        self.idle.idle.connect(self.on_idle)
        self.still_there = StillThere(self, self.config.still_there_s)
        self.still_there.expired.connect(self.reset_to_welcome)
        self.still_there.still_here.connect(self.idle.resume)
        self.pin_pad = PinPad(self, PinGuard(store))
        self.pin_pad.accepted.connect(self.show_admin)
        self.pin_pad.cancelled.connect(self.idle.resume)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.guard)
        self.show_welcome()
        self.idle.poke()

    # -- settings ------------------------------------------------------------------------
    def _effective(self, config: KioskConfig) -> KioskConfig:
        """The stored settings, narrowed by --curriculum and --lang for this run."""
        if self.only_curriculum:
            config = replace(config, curricula=[self.only_curriculum])
        if self.only_language:
            config = replace(config, languages=[self.only_language])
        return config

    def _offers(self) -> list[Offer]:
        return offers(self.curricula, self.config)

    # -- locking -------------------------------------------------------------------------
    def start(self, fullscreen: bool = True) -> None:
        if fullscreen:
            self.showFullScreen()
            self.keeper.start()
        else:
            self.show()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            return
        event.ignore()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self._may_close
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            # Something minimised the kiosk: bring it straight back.
            QTimer.singleShot(0, self.showFullScreen)

    def leave(self) -> None:
        """Close for real: only reachable from the admin screen, behind the PIN."""
        self._may_close = True
        self.keeper.stop()
        self.audio.forget()
        self.idle.pause()
        self.still_there.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
        self.close()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keyboard focus stays on the window: while the PIN pad shows, its keys go to it.
        if self.pin_pad.isVisible() and self.pin_pad.handle_key(event):
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_unit()
        for overlay in (self.still_there, self.pin_pad):
            if overlay.isVisible():
                overlay.setGeometry(self.rect())

    def _apply_unit(self) -> None:
        u = unit(self.size())
        if abs(u - self._u) > 0.01:
            self._u = u
            self.setStyleSheet(style_sheet(u))
        for widget in (self.current_screen, self.still_there, self.pin_pad):
            if widget is not None:
                widget.set_unit(u)

    # -- screens -------------------------------------------------------------------------
    def _set_screen(self, screen: Screen) -> None:
        old = self.current_screen
        self.current_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if old is self.lesson and screen is not self.lesson:
            self.lesson = None
        if self._u:
            screen.set_unit(self._u)
        # Keep keyboard focus on the window so no button wears a focus ring by itself.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _playing(self, path: Path | None) -> None:
        if self.current_screen is not None:
            self.current_screen.playing(path)

    def _spoken_files(self) -> tuple[dict[str, Path | None], dict[str, Path | None]]:
        """Each spoken language's recorded welcome and picture, from the curricula offering it."""
        prompts: dict[str, Path | None] = {}
        pictures: dict[str, Path | None] = {}
        for lang in self.walk.languages:
            if not lang.spoken_only:
                continue
            for offer in self.walk.offered:
                if lang.code in offer.module.texts:
                    prompts[lang.code] = prompts.get(lang.code) or welcome_prompt(
                        offer.curriculum, lang.code
                    )
                    pictures[lang.code] = pictures.get(lang.code) or language_picture(
                        offer.curriculum, lang.code
                    )
        return prompts, pictures

    def _prompt(self, code: str) -> Path | None:
        """The "choose your language" prompt of `code`: shipped, or the curriculum's own."""
        return self._spoken_files()[0].get(code) or prompt_file(code)

    def show_welcome(self) -> None:
        prompts, pictures = self._spoken_files()
        screen = WelcomeScreen(self.walk.languages, prompts=prompts, pictures=pictures)
        screen.tapped.connect(self._language_tapped)
        screen.replay.connect(self.play_prompts)
        self._set_screen(screen)
        self.play_prompts()

    def _language_tapped(self, code: str) -> None:
        """First tap: say that language's prompt again, lit; a second tap chooses it."""
        if self.walk.language_taps.tap(code):
            self.choose_language(code)
            return
        if isinstance(self.current_screen, WelcomeScreen):
            self.current_screen.show_heard(code)
        self.audio.play([self._prompt(code)])

    def play_prompts(self) -> None:
        """Say "choose your language" in each offered language; a missing file is skipped."""
        prompts = self._spoken_files()[0]
        self.audio.play(
            [prompts.get(lang.code) or prompt_file(lang.code) for lang in self.walk.languages]
        )

    def choose_language(self, code: str) -> None:
        self.walk.choose_language(code)
        if self.translations is not None and code in SHIPPED:
            self.translations.switch(code)
        self.show_modules()

    def _interface_home(self) -> None:
        if self.translations is not None and self.home_language:
            self.translations.switch(self.home_language)

    def show_modules(self) -> None:
        self.audio.stop()
        offered = self.walk.modules()
        lang = self.walk.language
        title = offered[0].curriculum.title(lang) if offered else ""
        screen = ModulesScreen(
            offered,
            lang,
            title,
            self.config.allow_codes,
            self.walk.code,
            pictures=self.code_pictures,
        )
        screen.tapped.connect(self._tile_tapped)
        screen.back.connect(self.back_to_languages)
        screen.enter_code.connect(self.show_code)
        self._set_screen(screen)
        if len(offered) == 1 and not self.config.allow_codes and self.walk.offer is None:
            # One lesson only: nothing to choose, so it starts straight away.
            self.start_module(offered[0])
            return
        # Each lesson's title is said in turn while its tile lights up.
        self.audio.play(screen.title_files())

    def _tile_tapped(self, offer: Offer) -> None:
        """First tap: say the lesson's title, lit; a second tap on it starts the lesson."""
        if self.walk.tile_taps.tap(offer.key):
            self.start_module(offer)
            return
        if isinstance(self.current_screen, ModulesScreen):
            self.current_screen.show_heard(offer.key)
        text = offer.module.text(self.walk.language)
        self.audio.play([find_title(offer.module, text.lang).path])

    def back_to_languages(self) -> None:
        self.walk.language = None
        self.walk.tile_taps.clear()
        self._interface_home()
        self.show_welcome()

    def show_code(self) -> None:
        """The worker's code: by its three pictures when this laptop can look them up."""
        if self.find_code is None:
            self.show_code_letters()
            return
        self.audio.stop()
        lang = self.walk.language or self._home_code()
        screen = PictureCodeScreen(lang)
        screen.tapped.connect(
            lambda index: self.audio.play([spoken_file(lang, f"picture-{PICTURES[index]}")])
        )
        screen.complete.connect(lambda pictures: self._look_up(screen, pictures))
        screen.cancel.connect(self.show_modules)
        screen.letters.connect(self.show_code_letters)
        self._set_screen(screen)
        self.audio.play([spoken_file(lang, "code-pictures")])

    def _look_up(self, screen: PictureCodeScreen, pictures: PictureCode) -> None:
        assert self.find_code is not None
        walk = self.walk

        def found(code: str | None) -> None:
            if self.current_screen is not screen or self.walk is not walk:
                return  # the worker left (or was forgotten) while the records answered
            if code is None:
                screen.not_found()
                # After the third picture's name: a low tone, then "not right, try again".
                self.audio.then([tone_file("wrong"), spoken_file(screen.lang, "code-not-found")])
                return
            self._code_entered(code, pictures)
            found_words = [tone_file("right"), spoken_file(screen.lang, "code-found")]
            if isinstance(self.current_screen, ModulesScreen):
                found_words += self.current_screen.title_files()
            self.audio.play(found_words)

        self.find_code(pictures, found)

    def show_code_letters(self) -> None:
        self.audio.stop()
        screen = CodeScreen(self.walk.code)
        screen.done.connect(self._code_entered)
        self._set_screen(screen)

    def _code_entered(self, code: str | None, pictures: PictureCode | None = None) -> None:
        self.walk.set_code(code)
        self.code_pictures = pictures if code else None
        self.show_modules()

    def start_module(self, offer: Offer) -> None:
        self.walk.start(offer)
        lesson = LessonScreen(self.walk, self.audio)
        lesson.home.connect(self.show_modules)
        lesson.completed.connect(self.show_feedback)
        self._set_screen(lesson)
        self.lesson = lesson
        lesson.show_current()

    def show_feedback(self, lead: list[Path | None] | None = None) -> None:
        """The curriculum's anonymous feedback questions, then the end card (straight to the
        card when it asks none)."""
        round_ = self.walk.feedback_round()
        if round_ is None:
            self.show_completion(lead)
            return
        screen = FeedbackScreen(round_, self.audio)
        screen.done.connect(self.show_completion)
        self._set_screen(screen)
        screen.show_current(lead)

    def show_completion(self, lead: list[Path | None] | None = None) -> None:
        offer = self.walk.offer
        if offer is None:
            self.show_modules()
            return
        lang = self.walk.text.lang if self.walk.text is not None else self.walk.language
        lang = lang or offer.curriculum.default_language
        screen = CompletionScreen(offer.curriculum, lang)
        screen.finish.connect(self.reset_to_welcome)
        screen.another.connect(self._another)
        self._set_screen(screen)
        # Praise, then the complaint number said digit by digit, in the worker's language.
        line = offer.curriculum.complaint_line
        number = spoken_number(lang, line.number) if line is not None else []
        self.audio.play([*(lead or []), tone_file("right"), spoken_file(lang, "done"), *number])

    def _another(self) -> None:
        self.walk.leave_module()
        self.walk.tile_taps.clear()
        self.show_modules()

    # -- idle and admin -----------------------------------------------------------------
    @property
    def pristine(self) -> bool:
        """True on the welcome screen with nothing chosen: there is no one to forget."""
        return (
            isinstance(self.current_screen, WelcomeScreen)
            and self.walk.language is None
            and self.walk.code is None
            and self.walk.offer is None
        )

    def on_idle(self) -> None:
        if self.still_there.running:
            return
        if self.pristine and not self.pin_pad.isVisible():
            self.idle.poke()
            return
        self.idle.pause()
        self.still_there.start()
        self.still_there.set_unit(self._u or unit(self.size()))
        text = self.walk.text
        lang = text.lang if text is not None else self.walk.language
        self.audio.play([spoken_file(lang or self._home_code(), "still-there")])

    def _home_code(self) -> str:
        """The kiosk's own language when no worker has chosen one (its first offered one)."""
        if self.home_language:
            return self.home_language.split("_")[0]
        offered = self.walk.languages
        return offered[0].code if offered else "en"

    def reset_to_welcome(self) -> None:
        """Forget the worker completely: state, sound and every widget that showed them."""
        self.still_there.stop()
        self.pin_pad.hide()
        self.audio.forget()
        self.walk.reset()
        self.config = self._effective(self.store.config())
        self.walk = KioskVisit(self._offers(), self.config, self.recorder)
        self.code_pictures = None
        self.lesson = None
        self._interface_home()
        self.show_welcome()
        self.idle.resume()

    def open_pin_pad(self) -> None:
        if self.pin_pad.isVisible():
            return
        self.still_there.stop()
        self.idle.resume()
        self.pin_pad.open()
        self.pin_pad.set_unit(self._u or unit(self.size()))

    def show_admin(self) -> None:
        self.audio.stop()
        screen = AdminScreen(self.curricula, self.store.config())
        screen.saved.connect(self._save_settings)
        screen.back.connect(self.reset_to_welcome)
        screen.leave.connect(self.leave)
        self._set_screen(screen)

    def _save_settings(self, config: KioskConfig) -> None:
        try:
            self.store.save_config(config)
        except KioskFileError as exc:
            print(f"wsr-edu kiosk: {exc}")
        self.idle.set_seconds(config.idle_timeout_s)
        self.still_there.seconds = config.still_there_s
        self.reset_to_welcome()
