"""Records fixtures: fresh databases on SQLite and, when one can be had, on PostgreSQL."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records

ENV_POSTGRES = "WSR_EDU_TEST_POSTGRES_URL"


def setup(mode: PrivacyMode = PrivacyMode.HEADCOUNT, **changes: str) -> SessionSetup:
    values = {
        "site": "Rancho La Esperanza",
        "curriculum_id": "wsr-basics",
        "curriculum_version": "1.0.0",
        "module_id": "rights",
        "language": "es",
        "group": "Cuadrilla 2",
        "facilitator": "José M.",
    }
    values.update(changes)
    return SessionSetup(privacy_mode=mode, **values)  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server URL: $WSR_EDU_TEST_POSTGRES_URL, or a throwaway local server."""
    given = os.environ.get(ENV_POSTGRES)
    if given:
        yield given
        return
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip(
            f"no PostgreSQL server: set {ENV_POSTGRES} or install the `postgresql` "
            "package (initdb and pg_ctl in /usr/lib/postgresql/*/bin)"
        )
    folder = Path(tempfile.mkdtemp(prefix="wsr-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run it as an unprivileged user who owns the folder.
        user = "postgres"
        try:
            entry = pwd.getpwnam(user)
        except KeyError:
            user, entry = "nobody", pwd.getpwnam("nobody")
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        prefix = ["runuser", "-u", user, "--"]
    data = folder / "data"
    port = _free_port()
    log = folder / "server.log"
    try:
        subprocess.run(
            [
                *prefix,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "wsr",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [
                *prefix,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(
            f"could not start a throwaway PostgreSQL server: {exc} "
            f"{detail.decode(errors='replace')[-300:]}"
        )
    try:
        yield f"postgresql+psycopg://wsr@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


def fresh_postgres_database(server_url: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    name = f"wsr_test_{uuid.uuid4().hex[:12]}"
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return AppPaths.resolve(data_dir).ensure()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, paths: AppPaths) -> str:
    if request.param == "sqlite":
        return paths.database_url
    return fresh_postgres_database(request.getfixturevalue("postgres_url"))


@pytest.fixture
def records(database_url: str, paths: AppPaths) -> Iterator[Records]:
    opened = Records.open(database_url, paths=paths)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_records(paths: AppPaths) -> Iterator[Records]:
    opened = Records.open(paths)
    try:
        yield opened
    finally:
        with contextlib.suppress(Exception):
            opened.close()
