"""Checking an audio file before it is played: whole, not cut short, and decodable."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from .player import AudioError

_REMEDY = (
    "Copy the file again, record it again, or run 'wsr-edu narrate' to make a new "
    "voice for this slide."
)


def read_checked(path: Path, *, decode: bool = True) -> bytes:
    """The bytes of `path` once they are known to be playable; raises AudioError otherwise.

    `decode=False` checks the file's structure only: for a file whose same version was
    decoded whole before (decoding is the costly part, and a slide is often shown twice).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise AudioError(
            f"The audio file '{path.name}' is missing ({path.parent}). {_REMEDY}"
        ) from exc
    except OSError as exc:
        raise AudioError(
            f"The audio file '{path.name}' cannot be read: {exc.strerror or exc}. "
            "Check that the disk or USB stick is still connected."
        ) from exc
    if not data:
        raise AudioError(f"The audio file '{path.name}' is empty. {_REMEDY}")
    ext = path.suffix.lower()
    structure = {".ogg": _ogg_problem, ".wav": _wav_problem, ".mp3": _mp3_problem}.get(ext)
    if structure is None:
        raise AudioError(
            f"'{path.name}' is not an audio format this app plays (use .ogg, .mp3 or .wav)."
        )
    problem = structure(data) or (_decode_problem(data) if decode else None)
    if problem:
        raise AudioError(f"The audio file '{path.name}' cannot be played: {problem}. {_REMEDY}")
    return data


_CUT = "it is cut short (perhaps it was copied or saved incompletely)"
_NOT = "it is damaged or is not really {} file"


def _ogg_problem(data: bytes) -> str | None:
    """Walk the Ogg pages: each must be whole, and the last must close the stream."""
    if not data.startswith(b"OggS"):
        return _NOT.format("an Ogg")
    pos, last_flags = 0, 0
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS":
            return _NOT.format("an Ogg")
        if pos + 27 > len(data):
            return _CUT
        last_flags = data[pos + 5]
        segments = data[pos + 26]
        table_end = pos + 27 + segments
        if table_end > len(data):
            return _CUT
        pos = table_end + sum(data[pos + 27 : table_end])
        if pos > len(data):
            return _CUT
    return None if last_flags & 0x04 else _CUT


def _wav_problem(data: bytes) -> str | None:
    """The RIFF header says how long the file is; compare that with what is there."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return _NOT.format("a WAV")
    pos = 12
    while pos + 8 <= len(data):
        chunk, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        if chunk == b"data":
            return _CUT if pos + 8 + size > len(data) else None
        pos += 8 + size + (size & 1)
    return _CUT


_MP3_BITRATES = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mp3_problem(data: bytes) -> str | None:
    """Walk the Layer III frames after any ID3 tag; the last frame must be whole."""
    pos = 0
    if data.startswith(b"ID3") and len(data) >= 10:
        size = 0
        for byte in data[6:10]:
            size = (size << 7) | (byte & 0x7F)
        pos = 10 + size
    frames = 0
    while pos + 4 <= len(data):
        header = struct.unpack(">I", data[pos : pos + 4])[0]
        if header >> 21 != 0x7FF:
            if data[pos : pos + 3] == b"TAG" or frames > 0:
                break  # an ID3v1 tag or trailing bytes after the last frame
            return _NOT.format("an MP3")
        version = (header >> 19) & 3
        bitrate_index = (header >> 12) & 15
        rate_index = (header >> 10) & 3
        if version == 1 or (header >> 17) & 3 != 1 or bitrate_index in (0, 15) or rate_index == 3:
            if frames == 0:
                return _NOT.format("an MP3")
            break
        bitrate = _MP3_BITRATES[1 if version == 3 else 2][bitrate_index] * 1000
        rate = _MP3_RATES[version][rate_index]
        padding = (header >> 9) & 1
        length = (144 if version == 3 else 72) * bitrate // rate + padding
        if pos + length > len(data):
            return _CUT
        pos += length
        frames += 1
    return None if frames else _NOT.format("an MP3")


def _decode_problem(data: bytes) -> str | None:
    """Decode the whole file once, so damage in the middle shows now, not during a session."""
    import soundfile

    try:
        with soundfile.SoundFile(io.BytesIO(data)) as audio:
            expected = audio.frames
            read = 0
            while True:
                block = audio.read(65536, dtype="int16")
                if not len(block):
                    break
                read += len(block)
    except (RuntimeError, soundfile.LibsndfileError, ValueError):
        return _NOT.format("a sound")
    if read == 0:
        return "it holds no sound"
    if expected > 0 and read < expected * 0.98:
        return _CUT
    return None


AUDIO_SUFFIXES = (".ogg", ".mp3", ".wav")


def header_problem(path: Path) -> str | None:
    """Why `path` cannot be played, from its structure and its decoded header; None if fine.

    Cheaper than `read_checked` (only the first block is decoded), for checking many files.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if not data:
        return "it is empty"
    structure = {".ogg": _ogg_problem, ".wav": _wav_problem, ".mp3": _mp3_problem}.get(
        Path(path).suffix.lower()
    )
    if structure is None:
        return "it is not an audio format this app plays (use .ogg, .mp3 or .wav)"
    problem = structure(data)
    if problem:
        return problem
    import soundfile

    try:
        with soundfile.SoundFile(io.BytesIO(data)) as audio:
            if audio.samplerate <= 0 or audio.channels <= 0:
                return _NOT.format("a sound")
            if not len(audio.read(4096, dtype="int16")):
                return "it holds no sound"
    except (RuntimeError, soundfile.LibsndfileError, ValueError, TypeError, OverflowError):
        return _NOT.format("a sound")
    return None


def unplayable_files(folder: Path) -> list[tuple[Path, str]]:
    """Every audio file under `folder` (hidden ones and links leading out skipped) that fails."""
    root = Path(folder).resolve()
    found: list[tuple[Path, str]] = []
    for path in sorted(Path(folder).rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() not in AUDIO_SUFFIXES or not path.is_file():
            continue
        if not path.resolve().is_relative_to(root):
            continue  # a link out of the curriculum is never followed
        problem = header_problem(path)
        if problem:
            found.append((path, problem))
    return found
