"""The admin PIN is stored only as a salted scrypt hash and checked exactly."""

from __future__ import annotations

import json

import pytest

from wsr_edu.kiosk.config import KioskStore
from wsr_edu.kiosk.pin import DEFAULT_N, PinError, PinHash, hash_pin, verify_pin


def test_right_pin_verifies_and_wrong_ones_do_not() -> None:
    stored = hash_pin("4821")
    assert verify_pin("4821", stored)
    for wrong in ("4822", "482", "48210", "", "abcd"):
        assert not verify_pin(wrong, stored)


def test_same_pin_gets_a_new_salt_each_time() -> None:
    first, second = hash_pin("123456"), hash_pin("123456")
    assert first.salt != second.salt
    assert first.digest != second.digest


@pytest.mark.parametrize("bad", ["123", "12a4", "", " 1234", "12345678901234", "١٢٣٤"])
def test_badly_formed_pins_are_refused(bad: str) -> None:
    with pytest.raises(PinError):
        hash_pin(bad)


def test_the_file_holds_no_pin_in_clear(tmp_path) -> None:
    store = KioskStore(tmp_path / "kiosk.json")
    store.save_pin(hash_pin("90817263"))
    text = (tmp_path / "kiosk.json").read_text()
    assert "90817263" not in text
    entry = json.loads(text)["pin"]
    assert entry["scheme"] == "scrypt" and entry["n"] >= DEFAULT_N
    assert verify_pin("90817263", store.pin())


def test_weakened_parameters_in_the_file_are_not_trusted(tmp_path) -> None:
    stored = hash_pin("1234").to_json()
    stored["n"] = 2
    assert PinHash.from_json(stored) is None
    assert PinHash.from_json({"scheme": "scrypt", "salt": "zz"}) is None
    assert PinHash.from_json("1234") is None
