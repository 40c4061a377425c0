"""The starter curriculum ships a voice for every slide in every language, matching its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.audiocheck import read_checked
from wsr_edu.narration.engines import speakable
from wsr_edu.narration.manifest import Manifest, text_hash
from wsr_edu.narration.sources import SourceKind, find_narration


def test_every_slide_has_an_up_to_date_voice(starter_curriculum: Path) -> None:
    if not (starter_curriculum / "curriculum.toml").is_file():
        pytest.skip("the starter curriculum is not in this tree")
    result = load_curriculum(starter_curriculum)
    assert result.ok and result.curriculum is not None
    stale = []
    for module in result.curriculum.modules:
        manifest = Manifest(module.path / "narration" / "generated")
        assert not manifest.problem
        for lang in result.curriculum.language_codes:
            assert lang in module.texts, f"{module.id} has no {lang}.md"
            for slide in module.texts[lang].slides:
                source = find_narration(module, lang, slide.id)
                assert source.kind is not SourceKind.NONE, f"{module.id}/{lang}/{slide.id}"
                if source.kind is SourceKind.GENERATED:
                    entry = manifest.get(lang, slide.id)
                    assert entry is not None and manifest.file_of(entry) == source.path
                    if entry.hash != text_hash(speakable(slide.narration)):
                        stale.append(f"{module.id}/{lang}/{slide.id}")
                assert source.path is not None
                read_checked(source.path)
    assert not stale, (
        "text changed since the voices were made; run: uv run wsr-edu narrate "
        f"curricula/wsr-basics --engine espeak  ({', '.join(stale)})"
    )
