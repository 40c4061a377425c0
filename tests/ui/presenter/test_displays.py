"""The room's picture goes full screen on the right display, and follows displays that change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.system import require_program
from wsr_edu.ui.presenter.controller import PresenterController

from ..conftest import answer_start_dialog

Key = Qt.Key
PROBE = Path(__file__).parent.parent / "displays_probe.py"
ROOT = Path(__file__).parents[3]


@pytest.fixture
def one_screen_presenter(qtbot: QtBot, library) -> PresenterController:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(lambda dialog: dialog.practice_button.click())
        qtbot.keyClick(library.curriculum_page.modules, Key.Key_F5)
    return library.presenter


def test_one_screen_shows_the_room_alone_and_the_console_one_key_away(
    qtbot: QtBot, one_screen_presenter: PresenterController
) -> None:
    c = one_screen_presenter
    assert c.displays.plan.audience_only
    assert c.audience.isVisible() and c.audience.isFullScreen()
    assert not c.console.isVisible()
    # The clicker works on the room's picture.
    qtbot.keyClick(c.audience, Key.Key_Right)
    assert c.presentation.slide.id == "rest"
    # S: the console comes up, without the notes (the room may be looking at this screen).
    qtbot.keyClick(c.audience, Key.Key_S)
    assert c.console.isVisible()
    assert not c.console.notes.isVisibleTo(c.console)
    assert c.console.shared_note.isVisibleTo(c.console)
    assert "notes are hidden" in c.console.shared_note.text()
    assert c.console.swap_button.text() == "Show the room's picture (S)"
    qtbot.keyClick(c.console.slide_list, Key.Key_S)
    assert not c.console.isVisible() and c.audience.isVisible()


def test_f11_toggles_full_screen_and_f5_brings_it_back(
    qtbot: QtBot, one_screen_presenter: PresenterController
) -> None:
    c = one_screen_presenter
    qtbot.keyClick(c.audience, Key.Key_F11)
    assert c.audience.isVisible() and not c.audience.isFullScreen()
    qtbot.keyClick(c.audience, Key.Key_F11)
    assert c.audience.isFullScreen()
    qtbot.keyClick(c.audience, Key.Key_F11)
    c.audience.hide()
    qtbot.keyClick(c.audience, Key.Key_F5)
    assert c.audience.isVisible() and c.audience.isFullScreen()


def _probe(env: dict[str, str], data_dir: Path, curriculum: Path, *steps: str) -> list[dict]:  # type: ignore[type-arg]
    done = subprocess.run(
        [sys.executable, str(PROBE), str(data_dir), str(curriculum), *steps],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_two_screens_room_on_the_projector_console_on_the_laptop_and_swap(
    tmp_path: Path, data_dir: Path, mini_curriculum: Path
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
                    {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768},
                ]
            }
        )
    )
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    first, swapped, windowed = _probe(
        env, data_dir, mini_curriculum, "snap", "swap", "snap", "f11", "snap"
    )
    assert first["audience_screen"] == "projector" and first["audience_full_screen"]
    assert first["audience_geometry"] == [1366, 0, 1024, 768]
    assert first["console_visible"] and first["console_screen"] == "laptop"
    assert first["notes_shown"] and not first["audience_only"]
    assert swapped["audience_screen"] == "laptop" and swapped["console_screen"] == "projector"
    assert windowed["audience_visible"] and not windowed["audience_full_screen"]


def test_mirrored_displays_never_show_the_notes(
    tmp_path: Path, data_dir: Path, mini_curriculum: Path
) -> None:
    config = tmp_path / "screens.json"
    same = {"x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", **same}, {"name": "projector", **same}]})
    )
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    alone, console_up = _probe(env, data_dir, mini_curriculum, "snap", "swap", "snap")
    assert alone["audience_only"] and alone["audience_full_screen"]
    assert not alone["console_visible"]
    assert console_up["console_visible"] and not console_up["notes_shown"]


@pytest.fixture
def xvfb() -> Iterator[str]:
    server = require_program("Xvfb", "xvfb")
    require_program("xrandr", "x11-xserver-utils")
    read, write = os.pipe()
    process = subprocess.Popen(
        [server, "-displayfd", str(write), "-screen", "0", "2390x768x24", "+extension", "RANDR"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(10)


def test_a_projector_plugged_in_and_out_mid_session_is_followed(
    xvfb: str, data_dir: Path, mini_curriculum: Path
) -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb}
    alone, projected, unplugged = _probe(
        env,
        data_dir,
        mini_curriculum,
        "snap",
        "add:PROJ:1024x768+1366+0",
        "snap",
        "remove:PROJ",
        "snap",
    )
    assert alone["audience_only"] and not alone["console_visible"]
    # Xvfb makes the new monitor the primary one: the console follows the primary, the
    # room's picture goes to the other, full screen.
    assert sorted(projected["screens"]) == ["PROJ", "screen"]
    assert not projected["audience_only"] and projected["audience_full_screen"]
    assert projected["audience_screen"] != projected["primary"]
    assert projected["console_screen"] == projected["primary"]
    assert projected["console_visible"] and projected["notes_shown"]
    assert unplugged["audience_only"] and unplugged["audience_visible"]
    assert not unplugged["console_visible"] and not unplugged["notes_shown"]
