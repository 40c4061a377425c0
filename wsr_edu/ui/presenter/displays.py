"""Carry out the display plan: the audience full screen on its display, the console on its own.

The decisions are wsr_edu.session.displays.plan_displays; this follows the screens the window
system reports, also when a projector is plugged in or out during the session.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ...session.displays import DisplayPlan, Screen, plan_displays

WINDOWED_SIZE = (960, 540)


def current_screens(leaving: QScreen | None = None) -> list[Screen]:
    """The screens as the window system reports them (without one being unplugged)."""
    primary = QGuiApplication.primaryScreen()
    found = []
    for screen in QGuiApplication.screens():
        if screen is leaving:
            continue
        g = screen.geometry()
        found.append(Screen(screen.name(), g.x(), g.y(), g.width(), g.height(), screen is primary))
    return found


def screen_named(name: str | None) -> QScreen | None:
    for screen in QGuiApplication.screens():
        if screen.name() == name:
            return screen
    return None


class Displays(QObject):
    """Places the audience and console windows and keeps them placed.

    `chosen` is the screen the facilitator picked for the room ("" for the usual one: not the
    laptop's own). In audience-only mode (one picture) the console is hidden and `S` brings it
    up; its notes stay hidden there, because the room may be looking at the same picture.
    `changed` is emitted after every placement.
    """

    changed = Signal()

    def __init__(
        self, audience: QWidget, console: QWidget, chosen: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.audience = audience
        self.console = console
        self.chosen = chosen
        self.swapped = False
        self.full_screen = True
        self.console_up = False
        """In audience-only mode: whether the facilitator called the console up."""
        self.plan: DisplayPlan | None = None
        self._leaving: QScreen | None = None
        self._watching = False

    # Following the window system ---------------------------------------------------------
    def start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._watching:
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)
            self._watching = True
        self.apply()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._watching:
            app.screenAdded.disconnect(self._screen_added)
            app.screenRemoved.disconnect(self._screen_removed)
            self._watching = False

    def _screen_added(self, _screen: QScreen) -> None:
        # A projector plugged in: the room's picture goes to it (the console stays).
        self.console_up = False
        self.apply()

    def _screen_removed(self, screen: QScreen) -> None:
        # Reported while the screen is still listed: plan without it now, and again once
        # the window system has moved windows off it.
        self._leaving = screen
        self.console_up = False
        self.apply()
        self._leaving = None
        QTimer.singleShot(0, self.apply)

    # The facilitator's choices ------------------------------------------------------------
    def choose(self, name: str) -> None:
        """Put the room's picture on screen `name`."""
        self.chosen = name
        self.swapped = False
        self.apply()

    def swap(self) -> None:
        """Exchange the two screens; with one picture, show or hide the console (key S)."""
        if self.plan is not None and self.plan.audience_only:
            self.console_up = not self.console_up
        else:
            self.swapped = not self.swapped
        self.apply()

    def toggle_full_screen(self) -> None:
        """F11: the room's picture full screen, or in a window (to reach other programs)."""
        self.full_screen = not self.full_screen
        self.apply()

    def show_audience(self) -> None:
        """F5: the room's picture back, full screen, wherever it was hidden or moved."""
        self.full_screen = True
        self.apply()

    @property
    def screens(self) -> list[Screen]:
        return current_screens(self._leaving)

    # Placing -----------------------------------------------------------------------------
    def apply(self) -> None:
        plan = plan_displays(self.screens, self.chosen, self.swapped)
        self.plan = plan
        if plan is None:
            return
        target = screen_named(plan.audience)
        if target is not None:
            self._place_audience(target)
        if plan.console is None:
            if self.console_up:
                self._show_console(target)
            else:
                self.console.hide()
                self.audience.raise_()
                self.audience.activateWindow()
        else:
            self._show_console(screen_named(plan.console))
        self.changed.emit()

    def _place_audience(self, screen: QScreen) -> None:
        window = self.audience
        if window.screen() is not screen:
            window.setScreen(screen)
        if self.full_screen:
            window.setGeometry(screen.geometry())
            window.showFullScreen()
            return
        area = screen.availableGeometry()
        width = min(WINDOWED_SIZE[0], area.width())
        height = min(WINDOWED_SIZE[1], area.height())
        window.showNormal()
        window.setGeometry(
            QRect(
                area.x() + (area.width() - width) // 2,
                area.y() + (area.height() - height) // 2,
                width,
                height,
            )
        )

    def _show_console(self, screen: QScreen | None) -> None:
        window = self.console
        if screen is not None and window.screen() is not screen:
            window.setScreen(screen)
            window.move(screen.availableGeometry().topLeft())
        window.showMaximized()
        window.raise_()
        window.activateWindow()
