"""Frozen mode (a PyInstaller bundle), simulated: shipped files come from the bundle's folder."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from wsr_edu import paths
from wsr_edu.cli import main

PACKAGE = Path(paths.__file__).resolve().parent


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake one-folder bundle: the app runs as if frozen with its files in `bundle`."""
    root = tmp_path / "bundle"
    (root / "wsr_edu" / "bundled" / "curricula").mkdir(parents=True)
    (root / "wsr_edu" / "fonts").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return root


def test_from_source_the_package_folder_is_used() -> None:
    assert paths.frozen_root() is None
    assert paths.package_dir() == PACKAGE
    assert paths.shipped("ui", "icons") == PACKAGE / "ui" / "icons"
    assert not paths.inside_bundle(PACKAGE / "fonts")
    assert (paths.bundled_curricula_dir() / "wsr-basics" / "curriculum.toml").is_file()


def test_frozen_shipped_files_come_from_the_bundle(bundle: Path) -> None:
    assert paths.frozen_root() == bundle.resolve()
    assert paths.package_dir() == bundle.resolve() / "wsr_edu"
    assert paths.bundled_fonts_dir() == bundle.resolve() / "wsr_edu" / "fonts"
    assert paths.bundled_curricula_dir() == bundle.resolve() / "wsr_edu" / "bundled" / "curricula"
    assert paths.shipped("kiosk", "tones") == bundle.resolve() / "wsr_edu" / "kiosk" / "tones"


def test_frozen_never_falls_back_to_a_source_tree(bundle: Path) -> None:
    shutil.rmtree(bundle / "wsr_edu" / "bundled")
    # A bundle built without curricula lists none rather than reading some folder beside it.
    assert paths.bundled_curricula_dir() == bundle.resolve() / "wsr_edu" / "bundled" / "curricula"
    assert not paths.bundled_curricula_dir().exists()


def test_frozen_without_meipass_uses_the_executable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "wsr-edu"))
    assert paths.frozen_root() == tmp_path.resolve()


def test_inside_bundle(bundle: Path, tmp_path: Path) -> None:
    assert paths.inside_bundle(bundle / "wsr_edu" / "bundled" / "curricula" / "x")
    assert paths.inside_bundle(bundle)
    assert not paths.inside_bundle(tmp_path / "elsewhere")
    # A path that climbs out with .. is judged by where it really leads.
    assert not paths.inside_bundle(bundle / ".." / "elsewhere")


def test_frozen_data_folder_is_not_next_to_the_executable(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setattr(sys, "executable", str(bundle / "wsr-edu"))
    data = paths.default_data_dir()
    assert not paths.inside_bundle(data)
    assert data.name == paths.APP_NAME


def test_narrate_refuses_to_write_into_the_bundle(
    bundle: Path, mini_curriculum: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = bundle / "wsr_edu" / "bundled" / "curricula" / "mini"
    shutil.copytree(mini_curriculum, shipped)
    before = sorted(p.relative_to(shipped) for p in shipped.rglob("*"))

    status = main(["narrate", str(shipped), "--engine", "espeak"])

    assert status == 1
    assert "read-only" in capsys.readouterr().err
    assert sorted(p.relative_to(shipped) for p in shipped.rglob("*")) == before


def test_a_database_without_its_driver_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bundle has no PostgreSQL driver: asking for one says so instead of a traceback."""
    for name in [m for m in sys.modules if m.split(".")[0] in ("psycopg", "psycopg_binary")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    status = main(["--database-url", "postgresql+psycopg://wsr@127.0.0.1:9/wsr", "db", "check"])
    err = capsys.readouterr().err
    assert status != 0
    assert "driver for this database" in err and "SQLite" in err
    assert "Traceback" not in err
