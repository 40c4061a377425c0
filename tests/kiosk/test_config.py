"""Kiosk settings round-trip through one JSON file and survive bad or foreign content."""

from __future__ import annotations

import json
from pathlib import Path

from wsr_edu.kiosk.config import MIN_IDLE_S, KioskConfig, KioskStore
from wsr_edu.kiosk.pin import hash_pin


def test_settings_round_trip_without_touching_the_pin(tmp_path: Path) -> None:
    store = KioskStore(tmp_path / "kiosk.json")
    store.save_pin(hash_pin("1357"))
    config = KioskConfig(
        curricula=["mini"],
        modules=["mini/water"],
        languages=["es"],
        idle_timeout_s=45,
        still_there_s=10,
        allow_codes=True,
        site="Barn 2",
    )
    store.save_config(config)
    again = KioskStore(tmp_path / "kiosk.json")
    assert again.config() == config
    assert again.pin() is not None
    assert not list(tmp_path.glob(".kiosk-*")), "no temporary file is left behind"


def test_missing_or_damaged_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    assert KioskStore(path).config() == KioskConfig()
    path.write_text("{not json")
    assert KioskStore(path).config() == KioskConfig()
    assert KioskStore(path).pin() is None


def test_wrong_types_and_extreme_values_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text(
        json.dumps(
            {
                "config": {
                    "curricula": "mini",
                    "allow_codes": "yes",
                    "idle_timeout_s": 0,
                    "volume": 7,
                    "languages": ["en", 3],
                }
            }
        )
    )
    config = KioskStore(path).config()
    assert config.curricula == [] and config.allow_codes is False
    assert config.idle_timeout_s == MIN_IDLE_S and config.volume == 1.0
    assert config.languages == []


def test_module_choice() -> None:
    config = KioskConfig(curricula=["a"], modules=["a/one"])
    assert config.module_allowed("a", "one")
    assert not config.module_allowed("a", "two")
    assert not config.module_allowed("b", "one")
    assert KioskConfig().module_allowed("anything", "at-all")


def test_kiosk_settings_are_written_whole_and_private(tmp_path: Path) -> None:
    """The PIN's hash lives here: the file is readable by its owner only, and never half."""
    import stat

    store = KioskStore(tmp_path / "kiosk.json")
    store.save_pin(hash_pin("4821"))
    mode = stat.S_IMODE((tmp_path / "kiosk.json").stat().st_mode)
    assert mode == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.json"], "no temporary file is left"
