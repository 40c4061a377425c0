"""Playback through pygame's mixer on the silent 'dummy' sound driver, with real audio files."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wsr_edu.narration.playback import PygamePlayer, create_player
from wsr_edu.narration.player import AudioError, NullPlayer, Player, PlayerState

from .conftest import encode


@pytest.fixture
def player() -> Iterator[Player]:
    made = create_player(volume=0.5)
    yield made
    made.close()


def _write(folder: Path, name: str, seconds: float = 0.3) -> Path:
    path = folder / name
    path.write_bytes(encode(path.suffix.lstrip(".").upper(), seconds=seconds))
    return path


def _wait_for(condition: Callable[[], bool], limit_s: float = 20.0) -> bool:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


@pytest.mark.parametrize("name", ["pay.ogg", "pay.wav", "pay.mp3"])
def test_a_file_plays_to_its_end_and_says_so_once(
    player: Player, tmp_path: Path, name: str
) -> None:
    assert isinstance(player, PygamePlayer) and player.available
    path = _write(tmp_path, name)
    player.play(path)
    assert player.state is PlayerState.PLAYING
    assert _wait_for(player.poll_finished)
    assert player.state is PlayerState.STOPPED
    assert player.poll_finished() is False


def test_pause_resume_stop_and_replay(player: Player, tmp_path: Path) -> None:
    path = _write(tmp_path, "long.ogg", seconds=30)
    player.play(path)
    player.pause()
    assert player.state is PlayerState.PAUSED
    assert not any(player.poll_finished() for _ in range(20))  # paused is not finished
    player.resume()
    assert player.state is PlayerState.PLAYING
    player.stop()
    assert player.state is PlayerState.STOPPED
    assert player.poll_finished() is False  # a stop is not the end of the file
    player.replay()
    assert player.state is PlayerState.PLAYING


def test_volume_is_kept_between_0_and_1(player: Player) -> None:
    assert player.volume == 0.5
    player.set_volume(3)
    assert player.volume == 1.0
    player.set_volume(-1)
    assert player.volume == 0.0


def _truncate(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])
    return path


def _garble_sound(path: Path) -> None:
    """Spoil every Ogg page's sound but keep the page structure (and the file's size)."""
    data = bytearray(path.read_bytes())
    pos = page = 0
    while pos < len(data):
        table_end = pos + 27 + data[pos + 26]
        end = table_end + sum(data[pos + 27 : table_end])
        if page:
            data[table_end:end] = bytes(b ^ 0x5A for b in data[table_end:end])
        pos, page = end, page + 1
    path.write_bytes(bytes(data))


def _damage(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[:40] + bytes(range(256)) * 8)
    return path


@pytest.mark.parametrize("name", ["cut.ogg", "cut.wav", "cut.mp3"])
def test_a_truncated_file_is_refused_with_a_clear_message(
    player: Player, tmp_path: Path, name: str
) -> None:
    path = _truncate(_write(tmp_path, name, seconds=1.0))
    with pytest.raises(AudioError) as caught:
        player.preload(path)
    message = str(caught.value)
    assert name in message and "cut short" in message and "wsr-edu narrate" in message
    with pytest.raises(AudioError):
        player.play(path)
    assert player.state is PlayerState.STOPPED


@pytest.mark.parametrize("name", ["bad.ogg", "bad.wav", "bad.mp3"])
def test_a_damaged_file_is_refused_and_the_player_still_works(
    player: Player, tmp_path: Path, name: str
) -> None:
    path = _damage(_write(tmp_path, name, seconds=1.0))
    with pytest.raises(AudioError, match=name):
        player.play(path)
    good = _write(tmp_path, "good.ogg")
    player.play(good)
    assert player.state is PlayerState.PLAYING


def test_missing_empty_and_foreign_files(player: Player, tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="missing"):
        player.preload(tmp_path / "nothing.ogg")
    (tmp_path / "empty.ogg").write_bytes(b"")
    with pytest.raises(AudioError, match="empty"):
        player.preload(tmp_path / "empty.ogg")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(AudioError, match="not an audio format"):
        player.preload(tmp_path / "notes.txt")
    (tmp_path / "page.mp3").write_text("<html>sign in</html>", encoding="utf-8")
    with pytest.raises(AudioError, match="not really an MP3"):
        player.preload(tmp_path / "page.mp3")


def test_preload_then_play_uses_the_checked_file(player: Player, tmp_path: Path) -> None:
    path = _write(tmp_path, "next.ogg")
    player.preload(path)
    path.unlink()  # a USB stick pulled out after preloading: the audio is already in memory
    player.play(path)
    assert player.state is PlayerState.PLAYING


def test_a_file_saved_again_is_checked_again_even_after_it_was_checked_once(
    player: Player, tmp_path: Path
) -> None:
    # A file is decoded whole once per version; shown again later (after other slides have
    # pushed it out of memory) it is read again but not decoded again. A new version is.
    path = _write(tmp_path, "pay.ogg", seconds=1.0)
    player.preload(path)
    for n in range(5):
        player.preload(_write(tmp_path, f"other{n}.ogg"))
    player.preload(path)
    player.play(path)
    assert player.state is PlayerState.PLAYING
    player.stop()
    _garble_sound(path)  # whole pages, same size, saved later: only decoding finds it
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    for n in range(5):
        player.preload(tmp_path / f"other{n}.ogg")
    with pytest.raises(AudioError, match="pay.ogg"):
        player.preload(path)


def test_without_a_sound_device_the_player_is_silent_and_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pygame

    pygame.mixer.quit()
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-sound-driver")
    player = create_player()
    assert isinstance(player, NullPlayer) and not player.available
    assert "no sound device was found" in player.unavailable_reason
    player.play(_write(tmp_path, "pay.ogg"))
    assert player.state is PlayerState.STOPPED and player.poll_finished() is False


PAUSE_WHILE_STREAMING = """
import sys
from pathlib import Path
from wsr_edu.narration.playback import create_player

player = create_player()
path = Path(sys.argv[1])
import time
for _ in range(2000):
    player.play(path)
    time.sleep(0.0005)
    player.pause()
    time.sleep(0.0002)
    player.resume()
    player.stop()
player.close()
print("done")
"""


@pytest.mark.parametrize("name", ["long.wav", "long.ogg"])
def test_pausing_while_the_mixer_reads_never_freezes(tmp_path: Path, name: str) -> None:
    """N pressed while the sound streams: the mixer's audio thread reads the file while the
    GUI thread pauses. Streamed from a Python file object, that froze the app for good within
    a few hundred presses (both threads waited for each other); here, two thousand."""
    import subprocess
    import sys

    path = _write(tmp_path, name, seconds=5)
    env = dict(os.environ, SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    try:
        done = subprocess.run(
            [sys.executable, "-c", PAUSE_WHILE_STREAMING, str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("pausing while the mixer streamed froze the player")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"


def test_the_copy_being_played_is_private_and_goes_with_the_player(tmp_path: Path) -> None:
    player = create_player()
    assert isinstance(player, PygamePlayer)
    first, second = _write(tmp_path, "a.ogg"), _write(tmp_path, "b.ogg")
    player.play(first)
    player.play(second)
    copies = player._copies
    assert copies is not None
    assert (copies.stat().st_mode & 0o077) == 0  # this user's only
    assert [p.read_bytes() for p in copies.iterdir()] == [second.read_bytes()]
    player.close()
    assert not copies.exists()
