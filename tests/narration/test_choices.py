"""Each answer choice gets a voice of its own ("B: Every fifteen minutes"), heard at the kiosk."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.engines.gtts_engine import GttsEngine
from wsr_edu.narration.manifest import Manifest
from wsr_edu.narration.sources import Part, SourceKind, audio_name, find_choice

from .conftest import FakeTranslate, encode
from .helpers import generated, narrate
from .test_explanations import _course, _module


def test_every_choice_is_spoken_with_its_letter(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    labels = {label for label, _ in report.generated}
    assert {"talk/en/q-drink.a", "talk/en/q-drink.b", "talk/en/q-line.a", "talk/en/q-line.b"} <= (
        labels
    )
    assert "talk/en/water.a" not in labels, "a slide without a question has no choices"
    assert "A: Only when thirsty." in fake_translate.texts
    assert "B: Every fifteen minutes." in fake_translate.texts
    source = find_choice(_module(root), "en", "q-drink", 1)
    assert (source.kind, source.path) == (
        SourceKind.GENERATED,
        generated(root) / "en" / "q-drink.b.mp3",
    )
    assert Manifest(generated(root)).get("en", "q-drink.b") is not None
    missing = find_choice(_module(root), "en", "q-drink", 5)
    assert missing.kind is SourceKind.NONE and "q-drink.f.ogg" in missing.reason


def test_a_recorded_choice_wins_and_is_not_reported(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    recording = root / "modules/talk/narration/en/q-drink.b.ogg"
    recording.parent.mkdir(parents=True)
    recording.write_bytes(encode("OGG"))
    result = load_curriculum(root)
    assert [p for p in result.problems if "q-drink.b" in str(p.path)] == []
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, force=True)
    assert "talk/en/q-drink.b" in report.recordings
    assert "B: Every fifteen minutes." not in fake_translate.texts
    assert not (generated(root) / "en" / "q-drink.b.mp3").exists()
    source = find_choice(_module(root), "en", "q-drink", 1)
    assert (source.kind, source.path) == (SourceKind.RECORDING, recording)
    assert find_choice(_module(root), "en", "q-drink", 0).kind is SourceKind.GENERATED


def test_choice_recordings_of_no_choice_are_reported(tmp_path: Path) -> None:
    root = _course(tmp_path)
    folder = root / "modules/talk/narration/en"
    folder.mkdir(parents=True)
    for name in ("q-drink.e.ogg", "water.a.ogg", "q-drink.a.ogg"):
        (folder / name).write_bytes(encode("OGG"))
    problems = {p.path.name: p.message for p in load_curriculum(root).problems}
    assert "only 2 choices" in problems["q-drink.e.ogg"]
    assert "matches no question" in problems["water.a.ogg"]
    assert "q-drink.a.ogg" not in problems


def test_the_voice_of_a_removed_choice_is_removed(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    module_file = root / "modules/talk/en.md"
    two = module_file.read_text(encoding="utf-8")
    module_file.write_text(
        two.replace("- [ ] Your supervisor\n", "- [ ] Your supervisor\n- [ ] The office\n"),
        encoding="utf-8",
    )
    engine = {"gtts": GttsEngine(fake_translate.url)}
    narrate(root, engine)
    assert (generated(root) / "en" / "q-line.c.mp3").is_file()
    module_file.write_text(two, encoding="utf-8")
    report = narrate(root, engine)
    assert report.removed == ["talk/en/q-line.c"]
    assert not (generated(root) / "en" / "q-line.c.mp3").exists()
    assert (generated(root) / "en" / "q-line.b.mp3").is_file()
    assert audio_name("q-line", Part.CHOICE, 2) == "q-line.c"
