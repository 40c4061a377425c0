"""The starter ships a voice for every slide, explanation and choice, matching its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.audiocheck import read_checked
from wsr_edu.narration.engines import speakable
from wsr_edu.narration.generate import choice_script
from wsr_edu.narration.manifest import Manifest, text_hash
from wsr_edu.narration.sources import Part, SourceKind, audio_name, find_narration


def test_every_slide_has_an_up_to_date_voice(starter_curriculum: Path) -> None:
    if not (starter_curriculum / "curriculum.toml").is_file():
        pytest.skip("the starter curriculum is not in this tree")
    result = load_curriculum(starter_curriculum)
    assert result.ok and result.curriculum is not None
    stale = []
    explanations = 0
    choices = 0
    for module in result.curriculum.modules:
        manifest = Manifest(module.path / "narration" / "generated")
        assert not manifest.problem
        for lang in result.curriculum.language_codes:
            assert lang in module.texts, f"{module.id} has no {lang}.md"
            for slide in module.texts[lang].slides:
                spoken = [(Part.SLIDE, 0, slide.narration)]
                if slide.question is not None:
                    assert slide.question.why.strip(), f"{module.id}/{lang}/{slide.id} has no Why:"
                    spoken.append((Part.WHY, 0, slide.question.why))
                    spoken += [
                        (Part.CHOICE, i, choice_script(choice, i))
                        for i, choice in enumerate(slide.question.choices)
                    ]
                for part, index, words in spoken:
                    key = audio_name(slide.id, part, index)
                    source = find_narration(module, lang, slide.id, part, index)
                    assert source.kind is not SourceKind.NONE, f"{module.id}/{lang}/{key}"
                    if source.kind is SourceKind.GENERATED:
                        entry = manifest.get(lang, key)
                        assert entry is not None and manifest.file_of(entry) == source.path
                        if entry.hash != text_hash(speakable(words)):
                            stale.append(f"{module.id}/{lang}/{key}")
                    assert source.path is not None
                    read_checked(source.path)
                    explanations += part is Part.WHY
                    choices += part is Part.CHOICE
    assert explanations, "the starter has questions, and each one's explanation is spoken"
    assert choices, "each choice of the starter's questions can be heard on its own"
    assert not stale, (
        "text changed since the voices were made; run: uv run wsr-edu narrate "
        f"curricula/wsr-basics --engine espeak  ({', '.join(stale)})"
    )
