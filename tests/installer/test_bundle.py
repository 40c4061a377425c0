"""The Linux one-folder bundle, built once and checked from outside the development setup.

Every command here runs the frozen executable with a clean environment (no .venv on PATH, no
PYTHONPATH, a temporary home and data folder) from a folder outside the source tree, so it
passes only if the bundle carries everything it needs.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# What the bundle and tarball are made from; a change to any of these builds them again.
SOURCES = ("wsr_edu", "curricula")
SOURCE_FILES = (
    "pyproject.toml",
    "uv.lock",
    "installer/wsr-edu.spec",
    "installer/bundle_rules.py",
    "installer/build.py",
    "installer/entry.py",
    "installer/linux/install-bundle.sh",
    "installer/linux/wsr-edu.desktop",
    "installer/linux/wsr-edu-kiosk.desktop",
    "installer/linux/wsr-edu.svg",
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def _sources_hash() -> str:
    """A hash of everything the bundle is made from, so an unchanged tree reuses its build."""
    digest = hashlib.sha256(sys.version.encode())
    files = [REPO / name for name in SOURCE_FILES]
    for folder in SOURCES:
        files += sorted(
            p for p in (REPO / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        )
    for path in files:
        digest.update(str(path.relative_to(REPO)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if not p.is_symlink()
    }


class Built:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.bundle = root / "dist" / "wsr-edu"
        self.exe = self.bundle / "wsr-edu"
        self.curriculum = self.bundle / "_internal" / "wsr_edu" / "bundled" / "curricula"
        self.tarballs = sorted((root / "dist").glob("wsr-edu-*-linux-*.tar.gz"))
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        self.before = {name: (size, mtime) for name, (size, mtime) in manifest.items()}
        self.build_log = (root / "build.log").read_text(encoding="utf-8")


_BUILD: dict[str, object] = {}
KEEP_SECONDS = 6 * 3600


def forget_old_builds(cache: Path) -> None:
    """Remove builds (and abandoned half-builds) untouched for hours; others may be in use."""
    import time

    for old in cache.iterdir():
        if time.time() - old.stat().st_mtime > KEEP_SECONDS:
            shutil.rmtree(old, ignore_errors=True)


def build_bundle() -> Built | str:
    """Build the bundle and tarball once per source tree, kept in the user's cache.

    Called by tests/installer/conftest.py when collection is over (so a build of several
    minutes is not mistaken for a hung test), and by the fixture; returns the build or why
    it failed.
    """
    if "result" in _BUILD:
        return _BUILD["result"]  # type: ignore[return-value]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wsr-edu-bundle"
    root = cache / _sources_hash()
    if not (root / "done").is_file():
        cache.mkdir(parents=True, exist_ok=True)
        forget_old_builds(cache)
        # Other checkouts on this machine may build at the same time: each builds apart.
        staging = cache / f"{root.name}.building-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        done = subprocess.run(
            [
                sys.executable,
                str(REPO / "installer" / "build.py"),
                "--dist",
                str(staging / "dist"),
                "--work",
                str(staging / "work"),
                "--tarball",
            ],
            capture_output=True,
            text=True,
            timeout=1500,
            check=False,
        )
        (staging / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
        if done.returncode != 0:
            _BUILD["result"] = "the build failed:\n" + done.stdout[-3000:] + done.stderr[-5000:]
            return _BUILD["result"]  # type: ignore[return-value]
        shutil.rmtree(staging / "work", ignore_errors=True)
        manifest = _snapshot(staging / "dist" / "wsr-edu")
        (staging / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        (staging / "done").write_text("ok\n", encoding="utf-8")
        try:
            staging.rename(root)
        except OSError:  # the same sources were built meanwhile by another run: use that one
            shutil.rmtree(staging, ignore_errors=True)
    _BUILD["result"] = Built(root)
    return _BUILD["result"]  # type: ignore[return-value]


@pytest.fixture(scope="session")
def built() -> Built:
    result = build_bundle()
    assert isinstance(result, Built), result
    return result


@pytest.fixture
def run(built: Built, tmp_path: Path):
    """Run the frozen executable with a clean environment, outside the source tree."""
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "SDL_AUDIODRIVER": "dummy",
        "WSR_EDU_DATA_DIR": str(data),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }

    def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(built.exe), *args],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return _run


def test_the_build_printed_its_size_table(built: Built) -> None:
    assert "Bundle size (linux" in built.build_log
    assert "| ICU (Unicode tables Qt links to) |" in built.build_log


def test_it_paints_the_library_with_the_bundled_curriculum(
    built: Built, run, tmp_path: Path
) -> None:
    picture = tmp_path / "library.png"
    done = run("--self-test", str(picture))
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "self-test: frozen=yes platform=offscreen" in out
    assert f"bundled curricula folder: {built.curriculum.resolve()}" in out
    assert "Know your rights: WSR basics" in out and "[ok]" in out
    for code in ("es", "ht", "bn"):
        assert f"interface language {code}: wsr_edu_{code}.qm + qtbase_{code}.qm" in out
    assert out.rstrip().endswith("self-test: passed")
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert "Traceback" not in done.stderr


def test_validate_the_bundled_curriculum(built: Built, run) -> None:
    done = run("validate", str(built.curriculum / "wsr-basics"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stdout + done.stderr


def test_exports_from_seeded_records(run, tmp_path: Path) -> None:
    seeded = run("db", "seed", "--sessions", "6", "--seed", "3")
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    assert (tmp_path / "data" / "records.sqlite3").is_file()
    out = tmp_path / "exports"
    out.mkdir()
    for fmt in ("csv", "xlsx", "pdf"):
        done = run("export", "--format", fmt, "--out", str(out / f"report.{fmt}"), "-q")
        assert done.returncode == 0, f"{fmt}: {done.stdout}{done.stderr}"

    with (out / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > 6, "a header and the seeded sessions' rows"

    import openpyxl

    book = openpyxl.load_workbook(out / "report.xlsx")
    assert sum(len(list(sheet.iter_rows(values_only=True))) for sheet in book.worksheets) > 6

    from pypdf import PdfReader

    pdf = PdfReader(out / "report.pdf")
    assert len(pdf.pages) >= 1
    assert pdf.pages[0].extract_text().strip()


def test_plays_a_narration_file_on_sdl_dummy(built: Built, run) -> None:
    voices = sorted(built.curriculum.rglob("*.ogg"), key=lambda p: p.stat().st_size)
    assert voices, "the bundled curriculum carries its voices"
    done = run("play", str(voices[0]))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"played {voices[0].name}" in done.stdout


def test_every_command_is_there(run) -> None:
    done = run("--help")
    assert done.returncode == 0, done.stderr
    for command in ("validate", "narrate", "export", "db", "kiosk", "play"):
        assert command in done.stdout
    kiosk = run("kiosk", "--help")
    assert kiosk.returncode == 0 and "set-pin" in kiosk.stdout


def test_narrate_leaves_the_bundled_curriculum_alone(built: Built, run) -> None:
    done = run("narrate", str(built.curriculum / "wsr-basics"), "--engine", "espeak")
    assert done.returncode == 1
    assert "read-only" in done.stderr and "Traceback" not in done.stderr


def test_no_postgres_driver_is_said_plainly(run) -> None:
    done = run("--database-url", "postgresql+psycopg://wsr@127.0.0.1:9/wsr", "db", "check")
    assert done.returncode != 0
    assert "keeps records in SQLite" in done.stderr and "Traceback" not in done.stderr


def test_tarball_installs_with_menu_entries(built: Built, tmp_path: Path) -> None:
    assert len(built.tarballs) == 1
    with tarfile.open(built.tarballs[0]) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (top,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    done = subprocess.run(
        ["bash", str(top / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "wsr-edu 0." in done.stdout
    apps = home / ".local" / "share" / "applications"
    target = home / ".local" / "lib" / "wsr-edu" / "wsr-edu"
    entry = (apps / "wsr-edu.desktop").read_text(encoding="utf-8")
    assert f"Exec={target}\n" in entry and "Icon=wsr-edu" in entry
    kiosk = (apps / "wsr-edu-kiosk.desktop").read_text(encoding="utf-8")
    assert f"Exec={target} kiosk\n" in kiosk
    assert (home / ".local/share/icons/hicolor/scalable/apps/wsr-edu.svg").is_file()
    assert (home / ".local" / "bin" / "wsr-edu").resolve() == target.resolve()

    removed = subprocess.run(
        ["bash", str(top / "install.sh"), "--uninstall"], env=env, capture_output=True, check=False
    )
    assert removed.returncode == 0
    assert not target.exists() and not (apps / "wsr-edu.desktop").exists()


def test_nothing_was_written_into_the_bundle(built: Built) -> None:
    """Last: every command above ran from the bundle and left its folder as it was built."""
    assert _snapshot(built.bundle) == built.before
