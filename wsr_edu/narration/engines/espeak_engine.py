"""The offline voice: espeak-ng, compressed to Ogg Vorbis so the shipped audio stays small."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import threading

from . import Audio, EngineError, EngineUnavailable

NAME = "espeak-ng"
SAMPLE_RATE = 16000
"""espeak-ng speaks at 22.05 kHz but puts almost nothing above 8 kHz, so 16 kHz loses nothing."""
COMPRESSION = 0.9
"""soundfile's Vorbis setting (0 best, 1 smallest): about 25 kbit/s for a mono voice."""
WORDS_PER_MINUTE = 150
"""A little slower than espeak-ng's default, for listeners in their second language."""
TIMEOUT_S = 120.0

# Preferred voices: the accents most of the programmes' workers speak.
_VOICES: dict[str, tuple[str, ...]] = {
    "en": ("en-us", "en"),
    "es": ("es-419", "es"),
    "pt": ("pt-br", "pt"),
    "fr": ("fr-fr", "fr"),
    "tl": ("tl", "fil"),
}

INSTALL_HINT = (
    "espeak-ng, the offline voice, is not installed. Install it, then run this again:\n"
    "  Linux (Debian, Ubuntu):  sudo apt install espeak-ng\n"
    "  Windows:  the espeak-ng .msi installer from "
    "https://github.com/espeak-ng/espeak-ng/releases\n"
    "  macOS:    brew install espeak-ng"
)


class EspeakEngine:
    name = NAME

    def __init__(self, executable: str | None = None, timeout: float = TIMEOUT_S) -> None:
        self._executable = executable or shutil.which("espeak-ng")
        self._timeout = timeout
        self._voices: frozenset[str] | None = None
        self._version = ""
        self._lock = threading.Lock()

    @property
    def installed(self) -> bool:
        return self._executable is not None

    def check_ready(self) -> None:
        if self._executable is None:
            raise EngineUnavailable(INSTALL_HINT)
        self._load_voices()

    def voice_for(self, lang: str) -> str | None:
        if self._executable is None:
            return None
        voices = self._load_voices()
        for candidate in _VOICES.get(lang, (lang,)):
            if candidate in voices:
                return candidate
        return None

    def synthesize(self, text: str, lang: str) -> Audio:
        voice = self.voice_for(lang)
        if voice is None:
            raise EngineError(
                f"espeak-ng has no voice for '{lang}'; a recording by a native speaker is needed"
            )
        assert self._executable is not None
        try:
            done = subprocess.run(
                [self._executable, "-v", voice, "-s", str(WORDS_PER_MINUTE), "-b", "1", "--stdout"],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=self._timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise EngineError(
                f"espeak-ng gave no answer within {self._timeout:.0f} s", retryable=True
            ) from exc
        except OSError as exc:
            raise EngineError(f"espeak-ng could not start: {exc}") from exc
        if done.returncode != 0 or not done.stdout:
            detail = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
            raise EngineError(f"espeak-ng failed: {detail}")
        return Audio(wav_to_ogg(done.stdout), ".ogg", NAME, voice, self._version)

    def _load_voices(self) -> frozenset[str]:
        with self._lock:
            if self._voices is None:
                assert self._executable is not None
                try:
                    listing = _output([self._executable, "--voices"])
                    version = _output([self._executable, "--version"])
                except (OSError, subprocess.SubprocessError) as exc:
                    raise EngineUnavailable(
                        f"espeak-ng is installed but does not run ({exc}); "
                        "reinstall it.\n" + INSTALL_HINT
                    ) from exc
                self._voices = frozenset(_voice_codes(listing))
                found = re.search(r"text-to-speech:\s*(\S+)", version)
                self._version = found.group(1) if found else ""
            return self._voices


def _output(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, timeout=30, check=True)
    return done.stdout.decode("utf-8", "replace")


def _voice_codes(listing: str) -> set[str]:
    codes: set[str] = set()
    for line in listing.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 2:
            codes.add(fields[1].lower())
        codes.update(alias.lower() for alias in re.findall(r"\(([\w-]+) \d+\)", line))
    return codes


def wav_to_ogg(wav: bytes) -> bytes:
    """espeak-ng's WAV as mono Ogg Vorbis at SAMPLE_RATE; raises EngineError on bad input."""
    import numpy as np
    import soundfile

    try:
        samples, rate = soundfile.read(io.BytesIO(wav), dtype="float32", always_2d=True)
    except (RuntimeError, soundfile.LibsndfileError) as exc:
        raise EngineError(f"espeak-ng's output could not be read: {exc}") from exc
    mono = samples.mean(axis=1)
    if len(mono) == 0:
        raise EngineError("espeak-ng produced no sound")
    if rate > SAMPLE_RATE:
        mono = _resample(mono, rate, SAMPLE_RATE)
        rate = SAMPLE_RATE
    out = io.BytesIO()
    soundfile.write(
        out,
        np.clip(mono, -1.0, 1.0),
        rate,
        format="OGG",
        subtype="VORBIS",
        compression_level=COMPRESSION,
    )
    return out.getvalue()


def _resample(signal, rate: int, target: int):  # type: ignore[no-untyped-def]
    """Band-limited resampling through the spectrum: exact for a whole utterance in memory."""
    import numpy as np

    count = max(1, int(round(len(signal) * target / rate)))
    spectrum = np.fft.rfft(signal)[: count // 2 + 1]
    return (np.fft.irfft(spectrum, count) * (count / len(signal))).astype("float32")
