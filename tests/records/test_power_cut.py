"""A power cut, not only kill -9: writes not yet fsynced are lost, acknowledged ones never.

A killed process leaves its writes in the page cache, so kill -9 cannot tell
`synchronous=FULL` from `NORMAL`. Here the records live on a FUSE filesystem (powercut.py)
that, at a simulated power cut, throws away everything not fsynced. A writer process records
marks through the real records API and prints each id once the call has returned; the power
is cut at a random moment, the filesystem comes back with only what was synced, and the
records are opened again as the app opens them.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.system import require, require_program
from wsr_edu.paths import AppPaths
from wsr_edu.records import RecordsError
from wsr_edu.records.repository import Records

from .powercut import Cycle, PowerCutRig, RigError

pytestmark = pytest.mark.slow

CYCLES = 100
PROOF_CYCLES = 8
MOST_MARKS = 30
"""The cut comes after a random number of acknowledged marks up to this, a random 0-20 ms
later (inside a commit or between two); in one cycle of five it comes instead at a random
moment of the writer's start (opening, migrating, the daily backup, starting a session)."""


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PowerCutRig]:
    require_program("fusermount3", "fuse3")
    require(os.path.exists("/dev/fuse"), "/dev/fuse is missing (FUSE is not available here)")
    require(
        ctypes.util.find_library("fuse3") is not None,
        "libfuse 3 is not installed (apt-get install fuse3)",
    )
    try:
        opened = PowerCutRig(tmp_path_factory.mktemp("powercut"))
    except RigError as exc:
        require(False, f"the FUSE bindings cannot load: {exc}")
        raise
    try:
        try:
            opened.power_on()  # a machine without the right to mount FUSE fails here
        except RigError as exc:
            require(False, f"cannot mount a FUSE filesystem here: {exc}")
        opened.power_cut()
        yield opened
    finally:
        opened.close()
        assert not opened.mounted()


def _write(path: Path, data: bytes, sync: bool) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        if sync:
            os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def test_the_filesystem_keeps_exactly_what_was_synced(rig: PowerCutRig) -> None:
    root = rig.mount / "rules"
    rig.power_on()
    try:
        root.mkdir()
        _write(root / "synced", b"first", sync=True)
        _sync_folder(root)
        rig.power_cut()  # the folder's own name was never synced in the mount's root
        rig.power_on()
        assert not root.exists()

        root.mkdir()
        _sync_folder(rig.mount)
        _write(root / "synced", b"first", sync=True)
        _write(root / "named-only", b"never synced", sync=False)
        _sync_folder(root)
        with open(root / "synced", "r+b") as handle:
            handle.write(b"FIRST, and more")  # overwritten and grown, never synced
        _write(root / "unnamed", b"synced, but its name never was", sync=True)
        (root / "named-only").unlink()  # the folder is not synced again: undone
        rig.power_cut()
        rig.power_on()
        assert sorted(p.name for p in root.iterdir()) == ["named-only", "synced"]
        assert (root / "synced").read_bytes() == b"first"
        assert (root / "named-only").read_bytes() == b""

        # Replacing a file as the app does: a synced temporary file renamed over it.
        _write(root / ".synced.part", b"second", sync=True)
        (root / ".synced.part").rename(root / "synced")
        (root / "named-only").unlink()
        _sync_folder(root)
        (root / "synced").rename(root / "renamed")  # not synced: undone
        rig.power_cut()
        rig.power_on()
        assert sorted(p.name for p in root.iterdir()) == ["synced"]
        assert (root / "synced").read_bytes() == b"second"
    finally:
        rig.power_cut()


@dataclass
class Outcome:
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    integrity: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    writer_faults: list[str] = field(default_factory=list)
    promised: int = 0
    """Marks the cuts waited for: the writer acknowledged at least these."""


def check_after_cut(data: Path, cycle: Cycle, outcome: Outcome) -> None:
    """Power back on: the file is whole, and every acknowledged record is there."""
    outcome.acknowledged += len(cycle.sessions) + len(cycle.marks)
    outcome.writer_faults += cycle.errors
    file = data / "records.sqlite3"
    if file.exists():
        # Closed before the next cut: SQLite shares open files by (device, inode), and the next
        # mount may reuse both numbers.
        with contextlib.closing(sqlite3.connect(file)) as raw:
            rows = [str(r[0]) for r in raw.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            outcome.integrity.append("; ".join(rows))
    try:
        records = Records.open(AppPaths.resolve(data))
    except Exception as exc:  # a refused or failing open is a finding, reported below
        outcome.refused.append(f"{type(exc).__name__}: {exc}")
        outcome.lost += cycle.sessions + [code for _, code in cycle.marks]
        return
    with records:
        for session_id in cycle.sessions:
            try:
                records.get_session(session_id)
            except RecordsError:
                outcome.lost.append(session_id)
            kept = {m.code for m in records.attendance(session_id)}
            outcome.lost += [c for s, c in cycle.marks if s == session_id and c not in kept]


def run_cycles(rig: PowerCutRig, data: Path, cycles: int, sync: str, seed: int) -> Outcome:
    chance = random.Random(seed)
    outcome = Outcome()
    rig.power_on()
    try:
        for _ in range(cycles):
            if chance.random() < 0.2:
                marks, delay = None, chance.uniform(0.0, 0.3)
            else:
                marks, delay = chance.randint(1, MOST_MARKS), chance.uniform(0.0, 0.02)
            cycle = rig.cycle(data, marks, delay, sync)
            outcome.promised += marks or 0
            rig.power_on()
            check_after_cut(data, cycle, outcome)
    finally:
        rig.power_cut()
    return outcome


def test_a_power_cut_loses_no_acknowledged_record_with_the_apps_settings(
    rig: PowerCutRig,
) -> None:
    data = rig.mount / "app-settings"
    outcome = run_cycles(rig, data, CYCLES, "app", seed=12)
    assert outcome.writer_faults == []
    assert outcome.refused == []
    assert outcome.integrity == []
    assert outcome.lost == []
    # The cuts really landed while marks were being written (and a session per cycle).
    assert outcome.acknowledged >= outcome.promised > 10 * CYCLES


@pytest.mark.parametrize("sync", ["OFF", "NORMAL"])
def test_the_harness_sees_the_losses_of_weaker_settings(rig: PowerCutRig, sync: str) -> None:
    """Without an fsync at each commit, acknowledged marks are lost: the rig can see losses.

    NORMAL is what kill -9 cannot tell from FULL: in WAL mode it syncs only at checkpoints.
    """
    data = rig.mount / f"synchronous-{sync}"
    outcome = run_cycles(rig, data, PROOF_CYCLES, sync, seed=3)
    assert outcome.writer_faults == []
    assert outcome.acknowledged >= outcome.promised > 0
    assert len(outcome.lost) > 0
