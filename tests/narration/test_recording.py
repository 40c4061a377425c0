"""A native speaker's takes: recorded from a real input path, trimmed, levelled, kept whole.

No microphone is needed: SDL's `disk` audio driver reads the "microphone" from a file
(SDL_DISKAUDIOFILEIN), so the recorder runs its real capture path on a known sound.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.capture import RATE
from wsr_edu.narration.recorder import plan
from wsr_edu.narration.sources import Part, SourceKind, find_narration
from wsr_edu.narration.takes import (
    PAD_SECONDS,
    PEAK_LIMIT,
    Take,
    TakeError,
    prepare,
    save_take,
)

from .conftest import write_curriculum


def _speech_like(seconds: float, freq: float = 440.0, level: float = 0.05) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (level * np.sin(2 * np.pi * freq * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))).astype(
        "float32"
    )


def _with_silence(before: float, sound: np.ndarray, after: float) -> np.ndarray:
    return np.concatenate(
        [np.zeros(int(RATE * before), "float32"), sound, np.zeros(int(RATE * after), "float32")]
    )


def test_a_take_is_trimmed_to_the_speech_and_levelled(tmp_path: Path) -> None:
    speech = _speech_like(1.0, level=0.02)  # a quiet speaker far from the microphone
    take = prepare(list(_with_silence(1.2, speech, 0.9)), RATE)
    assert take.seconds == pytest.approx(1.0 + 2 * PAD_SECONDS, abs=0.05)
    samples = np.asarray(take.samples)
    rms_db = 20 * np.log10(np.sqrt(np.mean(samples**2)))
    assert -21.5 < rms_db < -18.5, "levelled to a common loudness"
    assert np.max(np.abs(samples)) <= PEAK_LIMIT + 1e-6
    saved = save_take(take, tmp_path / "narration" / "mam" / "water.ogg")
    data, rate = soundfile.read(saved)
    assert rate == RATE and len(data) / rate == pytest.approx(take.seconds, abs=0.05)


def test_a_loud_take_is_never_pushed_into_clipping() -> None:
    shout = _speech_like(0.8, level=0.99)
    take = prepare(list(_with_silence(0.3, shout, 0.3)), RATE)
    assert np.max(np.abs(take.samples)) <= PEAK_LIMIT + 1e-6


def test_silence_is_refused_with_a_message() -> None:
    with pytest.raises(TakeError, match="nothing was heard"):
        prepare([0.0] * RATE * 2, RATE)
    with pytest.raises(ValueError, match=".ogg"):
        save_take(Take((0.1,) * RATE, RATE), Path("x.wav"))


def _curriculum(tmp_path: Path) -> Path:
    return write_curriculum(
        tmp_path / "course",
        {"en": [("hello", "Hello and welcome."), ("line", "The line is open day and night.")]},
    )


def _microphone_file(path: Path, takes: int, seconds: float) -> Path:
    """Each take's stretch of the input: a little silence, a phrase, silence after it."""
    pieces = [
        _with_silence(0.4, _speech_like(0.8, 300 + 90 * i), seconds - 1.2) for i in range(takes)
    ]
    signal_ = np.concatenate(pieces + [np.zeros(RATE * 2, "float32")])
    path.write_bytes((signal_ * 32767).astype("<i2").tobytes())
    return path


def _record(course: Path, *options: str, lang: str = "en") -> list[str]:
    """`wsr-edu record COURSE --lang LANG OPTIONS...` in a fresh Python."""
    return [sys.executable, "-m", "wsr_edu", "record", str(course), "--lang", lang, *options]


def _record_env(microphone: Path, tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILEIN=str(microphone),
        SDL_DISKAUDIOFILE=str(tmp_path / "speakers.raw"),
        PYGAME_HIDE_SUPPORT_PROMPT="1",
    )
    return env


# A take ends while SDL is inside the callback: the callback lets Python's lock (the GIL) go
# while SDL holds the device's lock (sleeping here; taking Python's lock back in real life).
# Pausing through pygame held the GIL and waited for the device's lock: frozen for good.
_ENDS_WHILE_SOUND_ARRIVES = """
import threading, time
from wsr_edu.narration.capture import SdlMicrophone

inside = threading.Event()

class Arriving(SdlMicrophone):
    def _arrived(self, device, memory):
        inside.set()
        time.sleep(0.2)
        super()._arrived(device, memory)

microphone = Arriving()
for take in range(3):
    inside.clear()
    microphone.start()
    assert inside.wait(10), "no sound arrived"
    samples = microphone.stop()
    print("take", take, "ended", flush=True)
microphone.close()
print("closed", flush=True)
"""


def test_the_sdl_library_is_told_from_its_companions_by_name() -> None:
    from wsr_edu.narration.capture import _is_sdl

    for name in ("SDL2.dll", "libSDL2-2.0.so.0", "libSDL2-2.0.0.dylib"):
        assert _is_sdl(name), name
    assert _is_sdl("libSDL2-2-1667c208.0.so.0.2800.4")  # as pygame's Linux wheels name it
    for name in (
        "SDL2_mixer.dll",
        "libSDL2_image-2.0.so.0",
        "libSDL2_ttf-2-e6bdbc24.0.so.0.2000.1",
        "sdl2.cpython-311-x86_64-linux-gnu.so",  # pygame's own module
        "sdl2.cp311-win_amd64.pyd",
    ):
        assert not _is_sdl(name), name


def test_a_take_ends_while_sound_is_arriving_without_freezing(tmp_path: Path) -> None:
    microphone = _microphone_file(tmp_path / "mic.raw", takes=8, seconds=1.6)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _ENDS_WHILE_SOUND_ARRIVES],
            env=_record_env(microphone, tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the recorder froze: {exc.stdout!r}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:4] == [f"take {n} ended" for n in range(3)] + ["closed"]


def test_sigterm_ends_the_record_command_mid_take(tmp_path: Path) -> None:
    """SDL took SIGTERM for itself: a take could only end by being killed."""
    course = _curriculum(tmp_path)
    microphone = _microphone_file(tmp_path / "mic.raw", takes=2, seconds=30)
    recording = subprocess.Popen(
        _record(course, "--seconds", "30", "--keep"),
        env=_record_env(microphone, tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert recording.stdout is not None
        seen = b""
        while b"\r" not in seen.partition(b"[1/2]")[2]:  # the first take's level meter
            chunk = recording.stdout.read1(256)  # type: ignore[attr-defined]
            assert chunk, "the command ended before its first take"
            seen += chunk
        recording.send_signal(signal.SIGTERM)
        try:
            recording.wait(timeout=15)
        except subprocess.TimeoutExpired:
            raise AssertionError("SIGTERM did not end the take") from None
    finally:
        if recording.poll() is None:
            recording.kill()
        recording.communicate()
    assert recording.returncode == -signal.SIGTERM
    assert not list(course.rglob("*.ogg")), "a take cut short is not kept"


def test_recording_from_a_real_input_path_saves_each_slide(tmp_path: Path) -> None:
    course = _curriculum(tmp_path)
    microphone = _microphone_file(tmp_path / "mic.raw", takes=2, seconds=1.6)
    done = subprocess.run(
        _record(course, "--seconds", "1.6", "--keep"),
        env=_record_env(microphone, tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    curriculum = load_curriculum(course).curriculum
    assert curriculum is not None
    module = curriculum.modules[0]
    for slide_id in ("hello", "line"):
        source = find_narration(module, "en", slide_id)
        assert source.kind is SourceKind.RECORDING, done.stdout
        assert source.path == module.path / "narration" / "en" / f"{slide_id}.ogg"
        data, rate = soundfile.read(source.path)
        seconds = len(data) / rate
        # The phrase was 0.8 s inside a 1.6 s take: the silence around it is gone.
        assert 0.8 <= seconds <= 0.8 + 2 * PAD_SECONDS + 0.15, (slide_id, seconds)
    assert "2 recording(s) kept" in done.stdout
    assert plan(curriculum, "en", missing_only=True) == []


def test_a_recording_plays_in_the_app_player(tmp_path: Path) -> None:
    from wsr_edu.narration.playback import create_player

    take = prepare(list(_with_silence(0.2, _speech_like(0.5), 0.2)), RATE)
    path = save_take(take, tmp_path / "narration" / "en" / "hello.ogg")
    player = create_player(0.5)
    if not player.available:
        pytest.skip(f"no audio, even with the dummy driver: {player.unavailable_reason}")
    try:
        player.play(path)
        assert player.current == path
    finally:
        player.stop()
        player.close()


def test_a_killed_recording_leaves_no_file_behind(tmp_path: Path) -> None:
    course = _curriculum(tmp_path)
    microphone = _microphone_file(tmp_path / "mic.raw", takes=2, seconds=3.0)
    process = subprocess.Popen(
        _record(course, "--keep"),
        env=_record_env(microphone, tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 60
        seen = ""
        while "Recording" not in seen and time.monotonic() < deadline:
            seen += process.stdout.readline()
        assert "Recording" in seen
        # Killed mid-take, once the level meter shows the microphone has heard the phrase.
        meter = ""
        while "#" not in meter and time.monotonic() < deadline:
            meter += process.stdout.read(1)
        assert "#" in meter, "the microphone never heard the phrase"
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    folder = course / "modules" / "talk" / "narration"
    files = [p.name for p in folder.rglob("*") if p.is_file()] if folder.exists() else []
    assert files == [], "no take and no piece of one was written"


def test_a_computer_without_a_microphone_gets_a_clear_message(tmp_path: Path) -> None:
    course = _curriculum(tmp_path)
    # An audio driver that does not exist here stands for a laptop with no sound input at all.
    env = dict(os.environ, SDL_AUDIODRIVER="no-such-driver", PYGAME_HIDE_SUPPORT_PROMPT="1")
    done = subprocess.run(
        _record(course, "--seconds", "1"),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "no microphone was found" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_plan_lists_slides_then_explanations_and_skips_what_people_recorded(
    tmp_path: Path,
) -> None:
    curriculum = load_curriculum(Path(__file__).parent.parent / "fixtures" / "mini").curriculum
    assert curriculum is not None
    items = plan(curriculum, "es")
    names = [i.name for i in items]
    # The question, each of its choices, then its explanation.
    start = names.index("q-when")
    assert names[start : start + 4] == ["q-when", "q-when.a", "q-when.b", "q-when.why"]
    assert items[start + 3].part is Part.WHY and items[start + 1].choice == 0
    with pytest.raises(ValueError, match="no language 'xx'"):
        plan(curriculum, "xx")


def test_the_coverage_report_counts_people_voices_and_gaps(tmp_path: Path) -> None:
    course = _curriculum(tmp_path)
    take = prepare(list(_with_silence(0.2, _speech_like(0.5), 0.2)), RATE)
    save_take(take, course / "modules" / "talk" / "narration" / "en" / "hello.ogg")
    done = subprocess.run(
        [sys.executable, "-m", "wsr_edu", "narrate", str(course), "--report"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if line.strip().startswith("en "))
    person, generated, nothing, parts = (int(n) for n in row.split()[-4:])
    assert (person, generated, nothing, parts) == (1, 0, 1, 2)
    assert "no narration: talk / line (slide)" in done.stdout
    assert not (course / "modules" / "talk" / "narration" / "generated").exists(), "made nothing"


def test_a_choice_counts_as_voiced_by_a_recording_or_a_generated_voice(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parent.parent / "fixtures" / "mini", tmp_path / "mini")
    curriculum = load_curriculum(tmp_path / "mini").curriculum
    assert curriculum is not None
    (choice,) = [i for i in plan(curriculum, "es") if i.name == "q-when.b"]
    assert choice.existing() is SourceKind.NONE
    folder = choice.module.path / "narration"
    generated = folder / "generated" / "es" / "q-when.b.mp3"
    generated.parent.mkdir(parents=True, exist_ok=True)
    generated.write_bytes(b"ID3 voice")
    assert choice.existing() is SourceKind.GENERATED
    assert choice in plan(curriculum, "es", missing_only=True), "a generated voice is no take"
    choice.target.parent.mkdir(parents=True, exist_ok=True)
    choice.target.write_bytes(b"")  # an empty file is no recording
    assert choice.existing() is SourceKind.GENERATED
    choice.target.write_bytes(b"OggS take")
    assert choice.existing() is SourceKind.RECORDING
    assert choice not in plan(curriculum, "es", missing_only=True)


def test_a_spoken_language_nobody_recorded_yet_is_recorded_welcome_first(tmp_path: Path) -> None:
    from tests.curriculum.spoken import spoken_curriculum
    from wsr_edu.curriculum.spoken import welcome_prompt

    course = spoken_curriculum(tmp_path, record=False)
    before = load_curriculum(course)
    assert any(p.code == "unrecorded" for p in before.problems.errors)
    assert before.curriculum is not None
    items = plan(before.curriculum, "mam")
    assert [(i.part, i.target.relative_to(course).as_posix()) for i in items[:2]] == [
        (Part.WELCOME, "kiosk/mam/welcome.ogg"),
        (Part.TITLE, "modules/water/narration/mam/_title.ogg"),
    ]
    microphone = _microphone_file(tmp_path / "mic.raw", takes=len(items), seconds=1.6)
    done = subprocess.run(
        _record(course, "--missing", "--seconds", "1.6", "--keep", lang="mam"),
        env=_record_env(microphone, tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    # The missing recordings are what it records, not a reason to refuse.
    assert done.returncode == 0, done.stderr
    assert f"{len(items)} recording(s) kept" in done.stdout
    after = load_curriculum(course)
    assert after.ok, [p.format() for p in after.problems.errors]
    assert not [p for p in after.problems if p.code == "unrecorded"]
    welcome = welcome_prompt(course, "mam")
    assert welcome == course / "kiosk" / "mam" / "welcome.ogg"
    data, rate = soundfile.read(welcome)
    assert 0.8 <= len(data) / rate <= 0.8 + 2 * PAD_SECONDS + 0.15, "trimmed like any take"
