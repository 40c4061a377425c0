"""The offline voice: real espeak-ng output stored as small mono Ogg Vorbis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soundfile

from tests.system import require_program
from wsr_edu.cli import main
from wsr_edu.narration.audiocheck import read_checked
from wsr_edu.narration.engines import Engine
from wsr_edu.narration.engines.espeak_engine import EspeakEngine
from wsr_edu.narration.engines.gtts_engine import GttsEngine

from .conftest import audio_files, closed_port_url, write_curriculum
from .helpers import generated, narrate


@pytest.fixture
def espeak() -> str:
    return require_program("espeak-ng", "espeak-ng")


def test_the_command_makes_compressed_ogg_in_every_language(
    espeak: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_curriculum(
        tmp_path / "course",
        {
            "en": [("pay", "You are paid for every bucket.")],
            "es": [("pay", "Te pagan cada cubeta.")],
            "ht": [("pay", "Yo peye ou pou chak bokit.")],
        },
    )
    assert main(["narrate", str(root), "--engine", "espeak", "--jobs", "3"]) == 0
    out = capsys.readouterr().out
    # One slide and the module's title (said on its kiosk tile) in each language.
    assert "generated:             6  (espeak-ng 6)" in out
    files = audio_files(generated(root))
    assert [f"{p.parent.name}/{p.name}" for p in files] == [
        f"{lang}/{name}.ogg" for lang in ("en", "es", "ht") for name in ("_title", "pay")
    ]
    for path in files:
        read_checked(path)
        info = soundfile.info(path)
        assert (info.format, info.subtype, info.channels) == ("OGG", "VORBIS", 1)
        assert info.samplerate <= 22050 and info.duration > 0.5
    slides = json.loads((generated(root) / "manifest.json").read_text(encoding="utf-8"))["slides"]
    assert {lang: slides[lang]["pay"]["voice"] for lang in slides} == {
        "en": "en-us",
        "es": "es-419",
        "ht": "ht",
    }
    assert {slides[lang]["pay"]["engine"] for lang in slides} == {"espeak-ng"}
    assert main(["narrate", str(root), "--engine", "espeak"]) == 0
    assert "up to date:            6" in capsys.readouterr().out


def test_offline_the_automatic_choice_falls_back_to_espeak(espeak: str, tmp_path: Path) -> None:
    root = write_curriculum(
        tmp_path / "course", {"en": [("a", "Hello.")], "ht": [("a", "Bonjou.")]}
    )
    engines: dict[str, Engine] = {
        "gtts": GttsEngine(closed_port_url()),
        "espeak-ng": EspeakEngine(),
    }
    report = narrate(root, engines, engine="auto")
    assert report.ok
    assert sorted(report.generated) == [("talk/en/a", "espeak-ng"), ("talk/ht/a", "espeak-ng")]
    assert any("cannot be reached" in note for note in report.notes)


def test_a_language_without_any_voice_asks_for_a_recording(espeak: str, tmp_path: Path) -> None:
    root = write_curriculum(
        tmp_path / "course", {"en": [("a", "Hello.")], "mam": [("a", "Chjonte.")]}
    )
    report = narrate(root, {"espeak-ng": EspeakEngine()}, engine="espeak-ng")
    assert [label for label, _ in report.generated] == ["talk/en/a"]
    assert "record a native speaker" in dict(report.failed)["talk/mam/a"]


def test_without_espeak_the_command_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_curriculum(tmp_path / "course", {"en": [("a", "Hello.")]})
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert main(["narrate", str(root), "--engine", "espeak"]) == 1
    err = capsys.readouterr().err
    assert "apt install espeak-ng" in err and "brew install espeak-ng" in err
    assert ".msi" in err and "Nothing was written" in err
    assert not generated(root).exists()
