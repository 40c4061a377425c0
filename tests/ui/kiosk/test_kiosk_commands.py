"""`wsr-edu kiosk set-pin` and the kiosk's refusal to start without a PIN."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.kiosk.config import KioskStore
from wsr_edu.kiosk.pin import verify_pin


def test_set_pin_from_stdin(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("482913\n"))
    assert main(["kiosk", "set-pin"]) == 0
    stored = KioskStore(data_dir / "kiosk.json").pin()
    assert stored is not None and verify_pin("482913", stored)
    assert "482913" not in (data_dir / "kiosk.json").read_text()
    assert "PIN set" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["123", "12ab", ""])
def test_set_pin_refuses_a_weak_pin(data_dir: Path, monkeypatch, capsys, bad: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(bad + "\n"))
    assert main(["kiosk", "set-pin"]) == 1
    assert "nothing was changed" in capsys.readouterr().err
    assert KioskStore(data_dir / "kiosk.json").pin() is None


def test_kiosk_refuses_to_start_without_a_pin(data_dir: Path, prepared_app, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["kiosk"]) == 2
    err = capsys.readouterr().err
    assert "no administrator PIN" in err and "wsr-edu kiosk set-pin" in err


def test_command_registration_does_not_load_qt() -> None:
    code = (
        "import sys, wsr_edu.cli as c; c.build_parser(); "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
