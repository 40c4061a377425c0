"""SDL, through pygame, in a process that decides for itself how it ends."""

from __future__ import annotations

import os


def leave_signals_alone() -> None:
    """Call before SDL starts (pygame.init, pygame.mixer.init).

    SDL takes SIGTERM (and SIGINT when nothing else has) to post a quit event that nothing
    here reads: a shutdown's SIGTERM then left `wsr-edu record` and the app running until the
    system killed them. The app and the kiosk handle the signals themselves (`ui.signals`);
    the commands end as any program does.
    """
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
