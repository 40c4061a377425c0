"""`install.sh --offline DIR`: a laptop with Python but no network installs from a wheel folder.

The wheel folder is made by make-wheelhouse.sh (that step needs the package index; the
libraries' wheels are kept in the user's cache, keyed by uv.lock, so they are downloaded once). The
install then runs with the network unreachable: in a network namespace of its own when this
machine allows one (as root, `unshare -n`), otherwise with every proxy pointed at a closed
local port; and with an empty pip and uv cache, so only DIR can supply the wheels.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.system import require

from .test_bundle import forget_old_builds

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "installer" / "linux"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux installer"),
]


def _no_network_prefix() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, check=False)
    return [unshare, "-n"] if probe.returncode == 0 else []


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel folder made by make-wheelhouse.sh for this checkout.

    The libraries' wheels are kept in the user's cache (keyed by uv.lock) and copied in first,
    so the script downloads only what is missing; the project's own wheel is always built anew.
    """
    require(shutil.which("uv") is not None, "uv is needed to make the wheel folder")
    lock = hashlib.sha256((REPO / "uv.lock").read_bytes()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wsr-edu-wheels"
    kept = cache / f"{lock}-py{sys.version_info[0]}{sys.version_info[1]}"
    if cache.is_dir():
        forget_old_builds(cache)
    folder = tmp_path_factory.mktemp("wheels")
    for wheel in kept.glob("*.whl") if kept.is_dir() else []:
        if not wheel.name.startswith("wsr_edu-"):
            shutil.copy2(wheel, folder / wheel.name)
    done = subprocess.run(
        ["bash", str(LINUX / "make-wheelhouse.sh"), str(folder)],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    assert "wheels" in done.stdout
    kept.mkdir(parents=True, exist_ok=True)
    for wheel in folder.glob("*.whl"):
        if not wheel.name.startswith("wsr_edu-") and not (kept / wheel.name).exists():
            shutil.copy2(wheel, kept / wheel.name)
    return folder


def test_offline_install_from_a_wheel_folder(wheelhouse: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    closed = "http://127.0.0.1:9"
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PYTHON": sys._base_executable,  # a plain interpreter, outside the project's venv
        "PIP_CACHE_DIR": str(tmp_path / "pip-cache"),
        "PIP_NO_INPUT": "1",
        "http_proxy": closed,
        "https_proxy": closed,
        "HTTP_PROXY": closed,
        "HTTPS_PROXY": closed,
        "ALL_PROXY": closed,
        "WSR_EDU_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    prefix = _no_network_prefix()
    done = subprocess.run(
        [*prefix, "bash", str(LINUX / "install.sh"), "--offline", str(wheelhouse)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    assert "Installed without network" in done.stdout

    installed = home / ".local" / "bin" / "wsr-edu"
    assert installed.is_file()
    apps = home / ".local" / "share" / "applications"
    venv_bin = home / ".local" / "share" / "wsr-edu-app" / "bin" / "wsr-edu"
    assert f"Exec={venv_bin}\n" in (apps / "wsr-edu.desktop").read_text(encoding="utf-8")
    assert f"Exec={venv_bin} kiosk\n" in (apps / "wsr-edu-kiosk.desktop").read_text("utf-8")

    # The installed app works, offline too, with the curriculum its wheel carries.
    site = list((home / ".local/share/wsr-edu-app/lib").glob("python3*/site-packages"))
    bundled = site[0] / "wsr_edu" / "bundled" / "curricula" / "wsr-basics"
    checked = subprocess.run(
        [*prefix, str(installed), "validate", str(bundled)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 error(s)" in checked.stderr

    removed = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists() and not (apps / "wsr-edu.desktop").exists()


def test_offline_install_says_what_is_missing(tmp_path: Path) -> None:
    empty = tmp_path / "wheels"
    empty.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--offline", str(empty)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "no wsr_edu-*.whl" in done.stderr
    assert not (tmp_path / ".local" / "share" / "wsr-edu-app").exists()
