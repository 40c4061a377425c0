"""Recording a native speaker's voice: the microphone port and its SDL backend.

The app records through SDL, which pygame already ships for playback: the built-in
microphone of a Windows or Linux laptop works with no extra library and no extra download.
A computer without a capture device gets `NoMicrophone` with a message saying what to check.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import math
import sys
import threading
import time
from pathlib import Path
from typing import Any, Protocol

RATE = 22050
"""Recordings are made and kept at 22.05 kHz mono: clear speech, small files."""
CHUNK = 512
SDL_INIT_AUDIO = 0x10
SETTLE = 0.2
"""Seconds a paused device is left before it is closed: a chunk SDL read before the pause may
still reach the callback, and closing waits for SDL's thread."""


class NoMicrophone(Exception):
    """There is no microphone to record from; the message is meant for the speaker."""


class Microphone(Protocol):
    def start(self) -> None:
        """Begin a new take, forgetting the previous one."""

    def stop(self) -> list[float]:
        """End the take; its samples from -1.0 to 1.0 at RATE, mono."""

    @property
    def level(self) -> float:
        """The loudness of the last moment of sound, 0.0 (silence) to 1.0, for a meter."""

    @property
    def recording(self) -> bool: ...

    def close(self) -> None: ...


class SdlMicrophone:
    """Records from SDL's default capture device; samples arrive on SDL's audio thread.

    SDL calls the callback holding the device's lock, and pygame's callback then waits for
    Python's lock (the GIL). pygame's `pause` takes the device's lock while holding the GIL,
    so a chunk of sound arriving at that moment froze the recorder for good (`wsr-edu record`
    hung after a take, the recorder window at Stop). The device is therefore paused through
    SDL itself (`_pause_device`), with the GIL let go while SDL waits for its lock.
    """

    def __init__(self, rate: int = RATE) -> None:
        from .sdl import leave_signals_alone

        leave_signals_alone()
        try:
            import pygame
            from pygame._sdl2 import audio as sdl_audio
        except ImportError as exc:  # pragma: no cover - pygame is a dependency
            raise NoMicrophone(f"the sound library cannot record here: {exc}") from exc
        self.rate = rate
        self._pygame = pygame
        self._sdl_audio = sdl_audio
        self._lock = threading.Lock()
        self._chunks: list[bytes] = []
        self._level = 0.0
        self._device: Any = None
        self._recording = False
        try:
            if not pygame.get_init():
                pygame.init()
            names = sdl_audio.get_audio_device_names(True)
        except Exception as exc:  # pygame.error, or SDL's own error type when audio is absent
            raise NoMicrophone(_NO_DEVICE.format(detail=exc)) from exc
        if not names:
            raise NoMicrophone(_NO_DEVICE.format(detail="no capture device"))
        self.device_name = str(names[0])
        try:
            self._device = sdl_audio.AudioDevice(
                devicename=self.device_name,
                iscapture=True,
                frequency=rate,
                audioformat=sdl_audio.AUDIO_S16,
                numchannels=1,
                chunksize=CHUNK,
                allowed_changes=0,
                callback=self._arrived,
            )
        except Exception as exc:  # the device is there but cannot be opened for recording
            raise NoMicrophone(_NO_DEVICE.format(detail=exc)) from exc

    def _arrived(self, _device: Any, memory: Any) -> None:
        data = bytes(memory)
        peak = _peak_s16(data)
        with self._lock:
            if self._recording:
                self._chunks.append(data)
            self._level = peak

    def start(self) -> None:
        with self._lock:
            self._chunks = []
            self._recording = True
        _pause_device(self._device, False)

    def stop(self) -> list[float]:
        _pause_device(self._device, True)
        with self._lock:
            self._recording = False
            data = b"".join(self._chunks)
            self._chunks = []
            self._level = 0.0
        return _samples_s16(data)

    @property
    def level(self) -> float:
        with self._lock:
            return self._level

    @property
    def recording(self) -> bool:
        with self._lock:
            return self._recording

    def close(self) -> None:
        if self._device is not None:
            _pause_device(self._device, True)
            # pygame closes holding the GIL and SDL waits for its thread: let a chunk read
            # before the pause reach the callback first.
            time.sleep(SETTLE)
            self._device.close()
            self._device = None


def _pause_device(device: Any, paused: bool) -> None:
    """Pause or resume `device` with the GIL let go while SDL takes the device's lock (ctypes
    lets it go for every call), so the callback SDL is running can finish; through pygame when
    the SDL library pygame loaded cannot be found."""
    sdl = _sdl_library()
    if sdl is None:
        device.pause(1 if paused else 0)
        return
    sdl.SDL_PauseAudioDevice(int(device.deviceid), 1 if paused else 0)


@functools.cache
def _sdl_library() -> Any:
    """The SDL library pygame loaded (the one whose audio is started), or None."""
    import pygame

    root = Path(pygame.__file__).resolve().parent
    candidates: list[str] = []
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            for line in Path("/proc/self/maps").read_text().splitlines():
                parts = line.split(None, 5)
                if len(parts) == 6 and _is_sdl(Path(parts[5]).name):
                    candidates.append(parts[5])
    for folder in (root, root.parent / "pygame.libs", root / ".dylibs"):
        with contextlib.suppress(OSError):
            candidates += [str(f) for f in sorted(folder.iterdir()) if _is_sdl(f.name)]
    for path in dict.fromkeys(candidates):
        try:
            library = ctypes.CDLL(path)
            library.SDL_WasInit.argtypes = [ctypes.c_uint32]
            library.SDL_WasInit.restype = ctypes.c_uint32
            library.SDL_PauseAudioDevice.argtypes = [ctypes.c_uint32, ctypes.c_int]
            library.SDL_PauseAudioDevice.restype = None
        except (OSError, AttributeError):
            continue
        # Another copy of SDL on the computer has its own state: only the one in use has audio.
        if library.SDL_WasInit(SDL_INIT_AUDIO):
            return library
    return None


def _is_sdl(name: str) -> bool:
    """SDL's own library (libSDL2-2.0.so.0, libSDL2-2-<hash>.so..., SDL2.dll, ...), not
    SDL2_image, SDL2_mixer or SDL2_ttf."""
    lowered = name.lower()
    if not lowered.startswith(("libsdl2-", "libsdl2.", "sdl2.")) or "cpython" in lowered:
        return False  # also not pygame's own sdl2.cpython-*.so module
    return lowered.endswith((".dll", ".dylib")) or ".so" in lowered


def open_microphone(rate: int = RATE) -> Microphone:
    """The computer's microphone; raises NoMicrophone with a message when there is none."""
    return SdlMicrophone(rate)


def _samples_s16(data: bytes) -> list[float]:
    import array

    values = array.array("h")
    values.frombytes(data[: len(data) - len(data) % 2])
    return [v / 32768.0 for v in values]


def _peak_s16(data: bytes) -> float:
    import array

    values = array.array("h")
    values.frombytes(data[: len(data) - len(data) % 2])
    if not values:
        return 0.0
    peak = max(abs(min(values)), abs(max(values))) / 32768.0
    # A meter reads in decibels: -60 dB and below is empty, 0 dB is full.
    return 0.0 if peak <= 0 else max(0.0, min(1.0, 1 + 20 * math.log10(peak) / 60))


_NO_DEVICE = (
    "no microphone was found ({detail}). Plug in a headset or check that the laptop's "
    "microphone is switched on and not muted in the system's sound settings, then try again"
)
