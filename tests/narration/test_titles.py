"""Each module's title gets a voice (`_title`), said when a worker touches its kiosk tile."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.engines.gtts_engine import GttsEngine
from wsr_edu.narration.sources import SourceKind, find_title

from .conftest import FakeTranslate, encode, write_curriculum
from .helpers import generated, narrate


def _module(root: Path):  # type: ignore[no-untyped-def]
    curriculum = load_curriculum(root).curriculum
    assert curriculum is not None
    return curriculum.modules[0]


def test_the_title_is_spoken_in_every_language_and_kept_up_to_date(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = write_curriculum(
        tmp_path / "course", {"en": [("pay", "Paid.")], "es": [("pay", "Pagado.")]}
    )
    engine = {"gtts": GttsEngine(fake_translate.url)}
    report = narrate(root, engine, titles=True)
    assert {"talk/en/_title", "talk/es/_title"} <= {label for label, _ in report.generated}
    source = find_title(_module(root), "es")
    assert (source.kind, source.path) == (SourceKind.GENERATED, generated(root) / "es/_title.mp3")
    again = narrate(root, engine, titles=True)
    assert again.generated == [] and "talk/en/_title" in again.up_to_date


def test_a_recorded_title_wins_and_the_checker_accepts_it(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    root = write_curriculum(tmp_path / "course", {"en": [("pay", "Paid.")]})
    recording = root / "modules/talk/narration/en/_title.ogg"
    recording.parent.mkdir(parents=True)
    recording.write_bytes(encode("OGG"))
    assert [p for p in load_curriculum(root).problems if p.path.name.startswith("_title")] == []
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, titles=True)
    assert report.recordings == ["talk/en/_title"]
    source = find_title(_module(root), "en")
    assert (source.kind, source.path) == (SourceKind.RECORDING, recording)
