"""Several programs or threads opening a brand-new database at once all get a working one."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from wsr_edu.paths import AppPaths
from wsr_edu.records.model import SessionSetup
from wsr_edu.records.repository import Records


def test_threads_opening_a_new_database_together(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path).ensure()
    errors: list[BaseException] = []

    def open_and_write(site: str) -> None:
        try:
            with Records.open(paths, backup_interval=None) as records:
                records.start_session(
                    SessionSetup(
                        site=site,
                        curriculum_id="c",
                        curriculum_version="1",
                        module_id="m",
                        language="en",
                    )
                )
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_write, args=(f"site {i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with Records.open(paths, backup_interval=None) as records:
        assert sorted(s.site for s in records.list_sessions()) == [f"site {i}" for i in range(4)]


def test_processes_opening_a_new_database_together(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from wsr_edu.paths import AppPaths\n"
        "from wsr_edu.records.repository import Records\n"
        "Records.open(AppPaths(__import__('pathlib').Path(sys.argv[1])), backup_interval=None)"
        ".close()\n"
    )
    AppPaths(tmp_path).ensure()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path)], stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    # communicate() reads stderr to its end and closes the pipe (no unclosed file is left).
    errors = [p.communicate(timeout=120)[1] for p in procs]
    outcomes = [(p.returncode, error) for p, error in zip(procs, errors, strict=True)]
    assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
