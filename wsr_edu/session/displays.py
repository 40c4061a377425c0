"""Which display shows the room's picture and which the facilitator's console.

Pure decisions over screen names and geometries, so they can be tested without any display;
the presenter's windows (wsr_edu/ui/presenter/displays.py) only carry them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Screen:
    """One display as the window system reports it: a name and its place on the desktop."""

    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    @property
    def geometry(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)

    def label(self) -> str:
        return f"{self.name or 'Screen'} ({self.width}x{self.height})"


@dataclass(frozen=True)
class DisplayPlan:
    """Where each window goes.

    `audience` is the screen the room's picture fills. `console` is the facilitator's screen,
    or None in audience-only mode: one display, or a projector that mirrors the laptop
    (the same picture on both), where the console must never be what the room sees unasked.
    """

    audience: str
    console: str | None
    mirrored: bool = False

    @property
    def audience_only(self) -> bool:
        return self.console is None


def distinct(screens: Sequence[Screen]) -> list[Screen]:
    """The screens showing different pictures: mirrored outputs share one geometry."""
    seen: dict[tuple[int, int, int, int], Screen] = {}
    for screen in sorted(screens, key=lambda s: not s.primary):
        seen.setdefault(screen.geometry, screen)
    return list(seen.values())


def plan_displays(
    screens: Sequence[Screen], chosen: str = "", swapped: bool = False
) -> DisplayPlan | None:
    """Place the audience and the console; None when there is no screen at all.

    - One picture (one display, or several mirroring each other): audience only.
    - Several: the audience goes to `chosen` when that screen is there, else to the first
      screen that is not the primary; the console goes to the primary (or, when the
      audience was chosen onto the primary, to the first other screen).
      `swapped` exchanges the two.
    A chosen screen that was unplugged is forgotten only for this plan: plugged in again,
    it is used again.
    """
    if not screens:
        return None
    pictures = distinct(screens)
    mirrored = len(screens) > len(pictures)
    if len(pictures) == 1:
        return DisplayPlan(audience=pictures[0].name, console=None, mirrored=mirrored)
    primary = next((s for s in pictures if s.primary), pictures[0])
    names = {s.name: s for s in pictures}
    others = [s for s in pictures if s is not primary]
    audience = names.get(chosen, others[0])
    console = primary if audience is not primary else others[0]
    if swapped:
        audience, console = console, audience
    return DisplayPlan(audience=audience.name, console=console.name, mirrored=mirrored)
