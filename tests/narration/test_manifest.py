"""What a rerun remakes: changed text only; recordings and stray paths are never touched."""

from __future__ import annotations

import json
from pathlib import Path

from wsr_edu.narration.engines.gtts_engine import GttsEngine
from wsr_edu.narration.manifest import Entry, Manifest

from .conftest import FakeTranslate, audio_files, encode, write_curriculum, write_module_text
from .helpers import generated, narrate

SLIDES = [("pay", "Paid for all work."), ("shade", "Rest in the shade."), ("water", "Drink.")]


def _course(tmp_path: Path) -> Path:
    return write_curriculum(tmp_path / "course", {"en": list(SLIDES)})


def test_only_the_slide_whose_text_changed_is_made_again(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    engine = {"gtts": GttsEngine(fake_translate.url)}
    narrate(root, engine)
    before = json.loads((generated(root) / "manifest.json").read_text(encoding="utf-8"))
    write_module_text(
        root / "modules/talk/en.md",
        [SLIDES[0], ("shade", "Rest in the shade, every two hours."), SLIDES[2]],
    )
    fake_translate.texts.clear()
    report = narrate(root, engine)
    assert [label for label, _ in report.generated] == ["talk/en/shade"]
    assert sorted(report.up_to_date) == ["talk/en/pay", "talk/en/water"]
    assert fake_translate.texts == ["Rest in the shade, every two hours."]
    after = json.loads((generated(root) / "manifest.json").read_text(encoding="utf-8"))
    assert after["slides"]["en"]["shade"]["hash"] != before["slides"]["en"]["shade"]["hash"]
    assert after["slides"]["en"]["pay"] == before["slides"]["en"]["pay"]


def test_force_makes_everything_again(tmp_path: Path, fake_translate: FakeTranslate) -> None:
    root = _course(tmp_path)
    narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, force=True)
    assert len(report.generated) == 3 and not report.up_to_date


def test_a_missing_file_is_made_again_even_if_the_manifest_lists_it(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    (generated(root) / "en" / "water.mp3").unlink()
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    assert [label for label, _ in report.generated] == ["talk/en/water"]


def test_a_recording_is_never_overwritten_nor_generated(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    recording = root / "modules/talk/narration/en/pay.ogg"
    recording.parent.mkdir(parents=True)
    recorded = encode("OGG")
    recording.write_bytes(recorded)
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, force=True)
    assert report.recordings == ["talk/en/pay"]
    assert recording.read_bytes() == recorded
    assert not list((generated(root) / "en").glob("pay.*"))
    assert "Paid for all work." not in fake_translate.texts


def test_dry_run_writes_nothing(tmp_path: Path, fake_translate: FakeTranslate) -> None:
    root = _course(tmp_path)
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, dry_run=True)
    assert len(report.generated) == 3 and report.dry_run
    assert not generated(root).exists()
    assert fake_translate.texts == []


def test_voices_of_removed_slides_are_removed(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    write_module_text(root / "modules/talk/en.md", SLIDES[:2])
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    assert report.removed == ["talk/en/water"]
    assert [p.name for p in audio_files(generated(root))] == ["pay.mp3", "shade.mp3"]
    assert "water" not in Manifest(generated(root)).slide_ids("en")


def test_an_unreadable_manifest_means_everything_is_made_again(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    (generated(root) / "manifest.json").write_text("{not json", encoding="utf-8")
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    assert len(report.generated) == 3
    assert any("could not be read" in note for note in report.notes)
    json.loads((generated(root) / "manifest.json").read_text(encoding="utf-8"))


def test_a_manifest_entry_can_never_point_outside_the_generated_folder(tmp_path: Path) -> None:
    root = _course(tmp_path)
    manifest = Manifest(generated(root))
    for name in ("../../en.md", "en/../../../curriculum.toml", "/etc/passwd", "en\\..\\x"):
        target = manifest.file_of(Entry("sha256:x", "gtts", "en", name))
        assert target.parent == generated(root)
        assert target.name == "invalid-entry"


def test_a_regenerated_voice_in_another_format_replaces_the_old_file(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    old = generated(root) / "en" / "pay.ogg"
    old.parent.mkdir(parents=True)
    old.write_bytes(encode("OGG"))
    manifest = Manifest(generated(root))
    manifest.put("en", "pay", Entry("sha256:old", "espeak-ng", "en-us", "en/pay.ogg"))
    narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    assert not old.exists()  # it would otherwise win the lookup over the new .mp3
    assert (generated(root) / "en" / "pay.mp3").is_file()
