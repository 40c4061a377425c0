"""A question's `Why:` explanation gets a voice of its own, kept up to date like a slide's."""

from __future__ import annotations

import json
from pathlib import Path

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.engines import speakable
from wsr_edu.narration.engines.gtts_engine import GttsEngine
from wsr_edu.narration.manifest import Manifest, text_hash
from wsr_edu.narration.sources import (
    SourceKind,
    choice_index,
    find_explanation,
    find_narration,
)

from .conftest import FakeTranslate, encode, write_curriculum
from .helpers import generated, narrate

WHY = "Thirst comes late, so drink before you feel it."
QUESTION = """## When do you drink? {{#q-drink}}

- [ ] Only when thirsty
- [x] Every fifteen minutes
{why}
Say:
When should you drink water?
"""
PLAIN_QUESTION = """## Who answers? {#q-line}

- [x] The monitoring body
- [ ] Your supervisor

Say:
Who answers the line?
"""


def _write(root: Path, why: str | None) -> None:
    body = QUESTION.format(why=f"\nWhy: {why}\n" if why is not None else "")
    parts = ["## Water {#water}\n\nDrink.\n\nSay:\nDrink water.\n", body, PLAIN_QUESTION]
    (root / "modules/talk/en.md").write_text(
        "---\ntitle: Talk\nsummary: Talking.\nminutes: 5\n---\n\n" + "\n---\n\n".join(parts),
        encoding="utf-8",
    )


def _course(tmp_path: Path, why: str | None = WHY) -> Path:
    root = write_curriculum(tmp_path / "course", {"en": [("placeholder", "x")]})
    _write(root, why)
    return root


def _module(root: Path):  # type: ignore[no-untyped-def]
    curriculum = load_curriculum(root).curriculum
    assert curriculum is not None
    return curriculum.modules[0]


def test_the_explanation_is_spoken_and_listed_with_its_text(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)})
    labels = sorted(label for label, _ in report.generated if choice_index(label) is None)
    assert labels == ["talk/en/q-drink", "talk/en/q-drink.why", "talk/en/q-line", "talk/en/water"]
    assert WHY in fake_translate.texts, "the explanation's own words are spoken"
    source = find_explanation(_module(root), "en", "q-drink")
    assert source.kind is SourceKind.GENERATED
    assert source.path == generated(root) / "en" / "q-drink.why.mp3"
    entry = Manifest(generated(root)).get("en", "q-drink.why")
    assert entry is not None and entry.hash == text_hash(speakable(WHY))
    assert entry.file == "en/q-drink.why.mp3"
    # The question's own narration is a different file, found as before.
    slide = find_narration(_module(root), "en", "q-drink")
    assert slide.path == generated(root) / "en" / "q-drink.mp3"
    # A question without a Why: has no explanation, and says what to do about it.
    none = find_explanation(_module(root), "en", "q-line")
    assert none.kind is SourceKind.NONE and none.path is None
    assert "q-line.why.ogg" in none.reason and "wsr-edu narrate" in none.reason


def test_only_a_changed_explanation_is_made_again(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    engine = {"gtts": GttsEngine(fake_translate.url)}
    narrate(root, engine)
    fake_translate.texts.clear()
    again = narrate(root, engine)
    assert again.generated == [] and fake_translate.texts == []
    assert "talk/en/q-drink.why" in again.up_to_date

    _write(root, "Drink before thirst: it comes late.")
    report = narrate(root, engine)
    assert [label for label, _ in report.generated] == ["talk/en/q-drink.why"]
    assert fake_translate.texts == ["Drink before thirst: it comes late."]
    entry = Manifest(generated(root)).get("en", "q-drink.why")
    assert entry is not None and entry.hash == text_hash("Drink before thirst: it comes late.")


def test_a_recorded_explanation_is_never_generated(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    recording = root / "modules/talk/narration/en/q-drink.why.ogg"
    recording.parent.mkdir(parents=True)
    recording.write_bytes(encode("OGG"))
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, force=True)
    assert report.recordings == ["talk/en/q-drink.why"]
    assert WHY not in fake_translate.texts
    assert not (generated(root) / "en" / "q-drink.why.mp3").exists()
    source = find_explanation(_module(root), "en", "q-drink")
    assert (source.kind, source.path) == (SourceKind.RECORDING, recording)
    # The question's own narration is still generated: only the explanation was recorded.
    assert find_narration(_module(root), "en", "q-drink").kind is SourceKind.GENERATED


def test_the_voice_of_a_removed_explanation_is_removed(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = _course(tmp_path)
    engine = {"gtts": GttsEngine(fake_translate.url)}
    narrate(root, engine)
    _write(root, None)
    report = narrate(root, engine)
    assert report.removed == ["talk/en/q-drink.why"]
    assert not (generated(root) / "en" / "q-drink.why.mp3").exists()
    assert (generated(root) / "en" / "q-drink.mp3").is_file(), "the question keeps its voice"
    manifest = json.loads((generated(root) / "manifest.json").read_text(encoding="utf-8"))
    assert "q-drink.why" not in manifest["slides"]["en"]
    assert "q-drink" in manifest["slides"]["en"]
