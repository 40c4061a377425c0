"""What happens to a recorded take before it is kept: trimmed, levelled, saved whole."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..atomic import atomic_write

SILENCE_DBFS = -55.0
"""Quieter than this always counts as silence at the ends of a take."""
SILENCE_BELOW_LOUDEST_DB = 30.0
"""So does anything this far below the take's loudest moment (a fan, a distant road)."""
PAD_SECONDS = 0.15
"""Kept before the first and after the last sound, so words are not clipped."""
TARGET_RMS_DBFS = -20.0
PEAK_LIMIT = 0.89
"""About -1 dBFS: levelling never makes a take clip."""
MIN_SECONDS = 0.3


class TakeError(Exception):
    """The take cannot be kept; the message says what to do."""


@dataclass(frozen=True)
class Take:
    samples: tuple[float, ...]
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


def trim_silence(samples: Sequence[float], rate: int) -> list[float]:
    """Cut the silence at both ends, keeping a short pad around the speech."""
    import numpy as np

    signal = np.asarray(samples, dtype="float32")
    if signal.size == 0:
        return []
    window = max(1, int(rate * 0.02))
    frames = signal[: signal.size - signal.size % window].reshape(-1, window)
    if frames.size == 0:
        return []
    rms = np.sqrt(np.mean(frames.astype("float64") ** 2, axis=1))
    threshold = max(
        10 ** (SILENCE_DBFS / 20), float(rms.max()) * 10 ** (-SILENCE_BELOW_LOUDEST_DB / 20)
    )
    loud = np.nonzero(rms > threshold)[0]
    if loud.size == 0:
        return []
    pad = int(rate * PAD_SECONDS)
    start = max(0, int(loud[0]) * window - pad)
    end = min(signal.size, (int(loud[-1]) + 1) * window + pad)
    return [float(v) for v in signal[start:end]]


def normalise(samples: Sequence[float]) -> list[float]:
    """Bring the take to a common loudness (RMS), never past the peak limit."""
    import numpy as np

    signal = np.asarray(samples, dtype="float64")
    if signal.size == 0:
        return []
    rms = float(np.sqrt(np.mean(signal**2)))
    peak = float(np.max(np.abs(signal)))
    if rms <= 0 or peak <= 0:
        return [float(v) for v in signal]
    gain = min(10 ** (TARGET_RMS_DBFS / 20) / rms, PEAK_LIMIT / peak)
    return [float(v) for v in signal * gain]


def prepare(samples: Sequence[float], rate: int) -> Take:
    """Trim and level a raw take; raises TakeError when nothing was heard."""
    trimmed = trim_silence(samples, rate)
    if len(trimmed) < rate * MIN_SECONDS:
        raise TakeError(
            "nothing was heard. Speak closer to the microphone, or check that it is not "
            "muted, and record again"
        )
    return Take(tuple(normalise(trimmed)), rate)


def encode_ogg(take: Take) -> bytes:
    import numpy as np
    import soundfile

    out = io.BytesIO()
    soundfile.write(
        out,
        np.clip(np.asarray(take.samples, dtype="float32"), -1.0, 1.0),
        take.rate,
        format="OGG",
        subtype="VORBIS",
    )
    return out.getvalue()


def save_take(take: Take, path: Path) -> Path:
    """Write the take as Ogg Vorbis in one step: the old recording or the new, never half."""
    if path.suffix.lower() != ".ogg":
        raise ValueError(f"recordings are kept as .ogg files, not {path.name}")
    atomic_write(path, encode_ogg(take))
    return path
