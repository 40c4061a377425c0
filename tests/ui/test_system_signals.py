"""A shutdown's SIGTERM ends the facilitator's app, with the sound library running.

SDL (pygame) takes SIGTERM for itself once the sound starts and turns it into a quit event
that nothing reads: the app stayed open until the system killed it, holding up a laptop's
shutdown. These tests start the real app in its own process and send the signal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# The start dialog starts the sound library; here it is started before the app opens.
_APP_WITH_SOUND = """
import sys
from wsr_edu.narration.playback import create_player
player = create_player()
assert player.available, player.unavailable_reason
from wsr_edu.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        HOME=str(tmp_path / "home"),
    )
    return env


def test_sigterm_ends_the_app_with_its_records_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = subprocess.Popen(
        [sys.executable, "-c", _APP_WITH_SOUND, str(data)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The records open in the background once the library has painted.
        deadline = time.monotonic() + 60
        while not any(data.glob("*.sqlite*")) and time.monotonic() < deadline:
            assert app.poll() is None, app.communicate()
            time.sleep(0.1)
        # The signal handler is in place before the window shows, so before this.
        assert any(data.glob("*.sqlite*")), "the app never opened its records"
        app.send_signal(signal.SIGTERM)
        try:
            code = app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            raise AssertionError("SIGTERM did not end the app") from None
    finally:
        if app.poll() is None:
            app.kill()
        _out, err = app.communicate()
    assert code == 0, err
