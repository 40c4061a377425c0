"""Build step: speak the kiosk's prompts with espeak-ng and synthesise the answer tones.

Run `uv run python -m wsr_edu.narration.kiosk_assets` after changing PROMPT_TEXT or SPOKEN; the
results are committed so that kiosks never need espeak-ng. It lives behind the narration boundary
because it is the audio code: the same espeak-to-Ogg path as `narrate`, and numpy for tones.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import wave
from pathlib import Path

from ..atomic import atomic_write
from ..kiosk.assets import PROMPT_TEXT, PROMPTS_DIR, SPOKEN, TONES_DIR
from .engines.espeak_engine import wav_to_ogg

VOICES = {"en": "en-us", "es": "es-419", "ht": "ht", "bn": "bn"}
TONE_RATE = 22050


def speak(text: str, voice: str, out: Path, espeak: str) -> None:
    done = subprocess.run(
        [espeak, "-v", voice, "-s", "140", "--stdout"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
        timeout=60,
    )
    atomic_write(out, wav_to_ogg(done.stdout))


def tone(notes: list[tuple[float, float]], out: Path, volume: float = 0.35) -> None:
    """Write a chain of soft sine notes (frequency Hz, seconds) as 16-bit mono WAV."""
    import numpy as np

    parts = []
    for freq, seconds in notes:
        t = np.arange(int(TONE_RATE * seconds)) / TONE_RATE
        envelope = np.minimum(1.0, t / 0.01) * np.exp(-3.5 * t / seconds)
        parts.append(np.sin(2 * np.pi * freq * t) * envelope)
    signal = np.concatenate(parts) * volume
    with wave.open(str(out), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(TONE_RATE)
        handle.writeframes((signal * 32767).astype("<i2").tobytes())


def main() -> int:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        print("espeak-ng is not installed (apt-get install espeak-ng)", file=sys.stderr)
        return 2
    PROMPTS_DIR.mkdir(exist_ok=True)
    TONES_DIR.mkdir(exist_ok=True)
    for lang, text in PROMPT_TEXT.items():
        speak(text, VOICES[lang], PROMPTS_DIR / f"{lang}.ogg", espeak)
    # Feedback, "still there?", skip, the end card and the digits of the complaint number.
    for name, texts in SPOKEN.items():
        for lang, text in texts.items():
            (PROMPTS_DIR / lang).mkdir(exist_ok=True)
            speak(text, VOICES[lang], PROMPTS_DIR / lang / f"{name}.ogg", espeak)
    # Rising two notes for a right answer, a low falling pair for a wrong one: distinct but calm.
    tone([(660.0, 0.14), (990.0, 0.32)], TONES_DIR / "right.wav")
    tone([(330.0, 0.18), (247.0, 0.36)], TONES_DIR / "wrong.wav")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
