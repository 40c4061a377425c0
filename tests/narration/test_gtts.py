"""The online voice against a local stand-in server: errors, timeouts, retries and resuming."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wsr_edu.narration.audiocheck import read_checked
from wsr_edu.narration.commands import print_report
from wsr_edu.narration.engines.gtts_engine import GttsEngine
from wsr_edu.narration.generate import NarrateAbort

from .conftest import FakeTranslate, audio_files, closed_port_url, write_curriculum
from .helpers import generated, narrate


def _course(tmp_path: Path, says: list[str]) -> Path:
    return write_curriculum(
        tmp_path / "course", {"en": [(f"s{i}", say) for i, say in enumerate(says, 1)]}
    )


def test_every_slide_is_generated_as_mp3_and_recorded_in_the_manifest(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = write_curriculum(
        tmp_path / "course",
        {
            "en": [("pay", "You are paid for all work."), ("shade", "Rest in the shade.")],
            "es": [("pay", "Te pagan todo el trabajo."), ("shade", "Descansa en la sombra.")],
        },
    )
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    assert report.ok
    assert sorted(label for label, _ in report.generated) == [
        "talk/en/pay",
        "talk/en/shade",
        "talk/es/pay",
        "talk/es/shade",
    ]
    for path in audio_files(generated(root)):
        assert path.suffix == ".mp3"
        assert read_checked(path) == fake_translate.mp3
    manifest = json.loads((generated(root) / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["slides"]["es"]["shade"]
    assert entry["engine"] == "gtts" and entry["voice"] == "es"
    assert entry["file"] == "es/shade.mp3" and entry["hash"].startswith("sha256:")
    assert "Descansa en la sombra." in fake_translate.texts


def test_partial_failure_keeps_the_good_slides_and_the_summary_names_the_failed_ones(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(
        tmp_path, ["Good one.", "Broken FAIL500 here.", "Refused FAIL403 here.", "Fine too."]
    )
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, retries=2)
    assert sorted(label for label, _ in report.generated) == ["talk/en/s1", "talk/en/s4"]
    failed = dict(report.failed)
    assert "HTTP 500" in failed["talk/en/s2"] and "after 3 tries" in failed["talk/en/s2"]
    assert "HTTP 403" in failed["talk/en/s3"]
    assert fake_translate.attempts("FAIL500") == 3  # a server error is tried again
    assert fake_translate.attempts("FAIL403") == 1  # a refusal is not
    assert [p.name for p in audio_files(generated(root))] == ["s1.mp3", "s4.mp3"]
    out = io.StringIO()
    print_report("talk-course", report, out)
    text = out.getvalue()
    assert "generated:             2" in text and "failed:                2" in text
    assert "talk/en/s2: gtts: the online voice answered HTTP 500" in text
    assert "Run the same command again" in text


def test_a_rerun_makes_only_what_failed_or_changed(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path, ["First.", "Second FAIL500.", "Third."])
    narrate(root, {"gtts": GttsEngine(fake_translate.url)}, retries=0)
    fake_translate.broken = False
    fake_translate.texts.clear()
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    assert [label for label, _ in report.generated] == ["talk/en/s2"]
    assert sorted(report.up_to_date) == ["talk/en/s1", "talk/en/s3"]
    assert fake_translate.texts == ["Second FAIL500."]


def test_a_busy_server_is_retried_until_it_answers(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path, ["A FLAKY server."])
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, retries=3)
    assert report.ok and len(report.generated) == 1
    assert fake_translate.attempts("FLAKY") == 3


def test_a_request_that_gets_no_answer_times_out(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path, ["Quick.", "A SLOW one."])
    fake_translate.slow_s = 3.0
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url, timeout=(2.0, 0.3))}, retries=1)
    assert [label for label, _ in report.generated] == ["talk/en/s1"]
    assert "no answer from the online voice within" in dict(report.failed)["talk/en/s2"]
    assert not (generated(root) / "en" / "s2.mp3").exists()


def test_an_answer_without_audio_is_not_stored(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path, ["An HTML page."])
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, retries=0)
    assert not report.generated and len(report.failed) == 1
    assert audio_files(generated(root)) == []


def test_offline_gives_a_clear_message_and_writes_nothing(tmp_path: Path) -> None:
    root = _course(tmp_path, ["Hello."])
    before = sorted(p for p in root.rglob("*"))
    with pytest.raises(NarrateAbort) as caught:
        narrate(root, {"gtts": GttsEngine(closed_port_url())})
    message = str(caught.value)
    assert "cannot be reached" in message and "--engine espeak" in message
    assert "Nothing was written" in message
    assert sorted(p for p in root.rglob("*")) == before


def test_gtts_refuses_a_language_it_does_not_speak(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    slides = {"en": [("a", "Hello.")], "ht": [("a", "Bonjou.")]}
    root = write_curriculum(tmp_path / "course", slides)
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    assert [label for label, _ in report.generated] == ["talk/en/a"]
    assert "gtts has no voice for 'ht'" in dict(report.failed)["talk/ht/a"]
    assert fake_translate.texts == ["Hello."]
