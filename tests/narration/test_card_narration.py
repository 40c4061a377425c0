"""The complaint card is spoken: the number digit by digit, in the teaching language."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.curriculum.model import ComplaintLine
from wsr_edu.narration.audiocheck import read_checked
from wsr_edu.narration.engines import speakable
from wsr_edu.narration.manifest import Manifest, text_hash
from wsr_edu.narration.sources import (
    CARD_AUDIO,
    SourceKind,
    card_speech,
    find_card_narration,
)


def test_the_number_is_read_digit_by_digit_with_the_hours_and_note() -> None:
    line = ComplaintLine("555-0199", "24/7", ("en", "es"), {"en": "Free.", "es": "Gratis."})
    assert card_speech(line, "es") == "5, 5, 5. 0, 1, 9, 9. 24/7. Gratis."
    assert card_speech(line, "ht") == "5, 5, 5. 0, 1, 9, 9. 24/7. Free."
    assert card_speech(ComplaintLine("+1 (800) 555", ""), "en") == "1. 8, 0, 0. 5, 5, 5."


def test_the_starter_ships_an_up_to_date_card_voice_in_every_module_and_language(
    starter_curriculum: Path,
) -> None:
    if not (starter_curriculum / "curriculum.toml").is_file():
        pytest.skip("the starter curriculum is not in this tree")
    curriculum = load_curriculum(starter_curriculum).curriculum
    assert curriculum is not None and curriculum.complaint_line is not None
    for module in curriculum.modules:
        manifest = Manifest(module.path / "narration" / "generated")
        for lang in curriculum.language_codes:
            source = find_card_narration(module, lang)
            assert source.kind is SourceKind.GENERATED, f"{module.id}/{lang}"
            assert source.path is not None
            read_checked(source.path)
            entry = manifest.get(lang, CARD_AUDIO)
            assert entry is not None
            spoken = speakable(card_speech(curriculum.complaint_line, lang))
            assert entry.hash == text_hash(spoken), (
                "the card changed; run: uv run wsr-edu narrate curricula/wsr-basics --engine espeak"
            )
