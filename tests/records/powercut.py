"""A test filesystem that loses, at a simulated power cut, every write not yet fsynced.

`PowerCutFS` is a FUSE passthrough (mfusepy on libfuse 3). Programs see and change a *live*
folder, the way they see the page cache; a separate *durable* store holds only what a disk
would still hold after the power failed. The rules are POSIX's, taken at their word:

1. A write, truncate, create, rename, delete or new folder changes the live folder only.
2. `fsync`/`fdatasync` of a file makes its current content durable (under whatever durable
   names it has, or will have: its name is the folder's business).
3. `fsync` of a folder makes its current list of names durable: new names appear (a file whose
   content was never synced comes back empty), deleted ones go, renamed files appear under
   their new name with the content last synced for them.
4. A name is there after the cut only if the folders above it are (the mount's root always
   is): a folder whose own name was never synced in its parent takes all it holds with it.
5. A power cut (`SIGUSR1` to the server) stops the server between two of these steps and
   kills it: every process using the mount sees the disk vanish, and on the next start the
   live folder is rebuilt from the durable store alone. Files created and never synced are
   gone; every other file is back at its last synced content.

Journalling filesystems (ext4, XFS) usually keep more than this, since an fsync commits
earlier changes to names along with it; these rules are the harsher test.

The durable store is a folder: `names.json` (durable path -> content key, plus folders) and
`blobs/KEY`, one file per file content. An fsync copies only the byte ranges written since the
previous one; it and the cut take one lock, so a cut never lands inside an fsync.

Not modelled: writes torn or reordered *within* one fsync (a disk that writes some sectors of
an interrupted sync), a cache that lies about fsync, and renamed folders (folders are known by
their path, so one renamed keeps none of its durable names).

Run as a script this is the *zygote* the tests drive through its standard input: it imports
the records code once, then forks a filesystem server or a records writer per command, so a
cycle costs a fork rather than a Python start-up (a few seconds on a busy machine):

    fs DURABLE LIVE MOUNT     -> "forked PID", then the server prints "fs-ready PID"
    writer DATA_DIR SYNC      -> "forked PID", then "open", "session ID", "mark ID CODE"...
    wait PID                  -> "exited PID STATUS"
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import queue
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NAMES = "names.json"
BLOBS = "blobs"
CUT_SIGNAL = signal.SIGUSR1


def say(line: str) -> None:
    """One line to the harness, in one write so lines of two processes never interleave."""
    os.write(1, (line + "\n").encode())


# -- the durable store ---------------------------------------------------------------------


class Durable:
    """What survives a power cut: durable names, folders and one blob per file content."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.blobs = root / BLOBS
        self.blobs.mkdir(parents=True, exist_ok=True)
        names = root / NAMES
        state = json.loads(names.read_text()) if names.exists() else {"files": {}, "dirs": []}
        self.files: dict[str, str] = dict(state["files"])
        self.dirs: set[str] = set(state["dirs"])

    def save(self) -> None:
        temp = self.root / f".{NAMES}.tmp"
        temp.write_text(json.dumps({"files": self.files, "dirs": sorted(self.dirs)}))
        os.replace(temp, self.root / NAMES)

    def blob(self, key: str) -> Path:
        return self.blobs / key

    def restore(self, live: Path) -> dict[str, str]:
        """Rebuild `live` from the durable state; the content key of each restored file."""
        if live.exists():
            shutil.rmtree(live)
        live.mkdir(parents=True)

        def reachable(rel: str) -> bool:
            parent = os.path.dirname(rel)
            return not parent or (parent in self.dirs and reachable(parent))

        # A name in a folder whose own name was never made durable is lost with the folder.
        self.dirs = {folder for folder in self.dirs if reachable(folder)}
        self.files = {rel: key for rel, key in self.files.items() if reachable(rel)}
        for folder in sorted(self.dirs):
            (live / folder).mkdir()
        keys: dict[str, str] = {}
        used: set[str] = set()
        for rel, key in sorted(self.files.items()):
            target = live / rel
            source = self.blob(key)
            if key in used:
                # Two durable names for one content: give the second a copy of its own.
                fresh = f"{key}-{secrets.token_hex(3)}"
                if source.exists():
                    shutil.copyfile(source, self.blob(fresh))
                self.files[rel] = key = fresh
                source = self.blob(key)
            used.add(key)
            if source.exists():
                shutil.copyfile(source, target)
            else:
                target.touch()
            keys[rel] = key
        for stale in self.blobs.iterdir():
            if stale.name not in used:
                stale.unlink()
        self.save()
        return keys


# -- the filesystem ------------------------------------------------------------------------


def make_filesystem(durable_dir: Path, live_dir: Path) -> Any:
    """The FUSE operations over `live_dir`, after rebuilding it from `durable_dir`."""
    import mfusepy as fuse

    class PowerCutFS(fuse.Operations):
        use_ns = True

        def __init__(self) -> None:
            self.live = live_dir
            self.durable = Durable(durable_dir)
            self.generation = secrets.token_hex(4)
            self.counter = 0
            self.sync_lock = threading.Lock()
            # Per live inode: its content key, and the ranges written since its last fsync
            # (None: copy the whole file at the next fsync).
            self.keys: dict[int, str] = {}
            self.dirty: dict[int, list[tuple[int, int | None]] | None] = {}
            for rel, key in self.durable.restore(live_dir).items():
                ino = os.lstat(live_dir / rel).st_ino
                self.keys[ino] = key
                self.dirty[ino] = []

        # helpers
        def _full(self, path: str) -> str:
            return os.path.join(self.live, path.lstrip("/"))

        def _new_key(self, ino: int) -> None:
            self.counter += 1
            self.keys[ino] = f"{self.generation}-{self.counter}"
            self.dirty[ino] = None

        def _touch(self, ino: int, offset: int, length: int | None) -> None:
            ranges = self.dirty.get(ino, None)
            if ino not in self.keys:
                self._new_key(ino)
            elif ranges is not None:
                ranges.append((offset, length))

        # files and folders
        def access(self, path: str, amode: int) -> int:
            if not os.access(self._full(path), amode):
                raise fuse.FuseOSError(errno.EACCES)
            return 0

        def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
            st = os.fstat(fh) if fh is not None else os.lstat(self._full(path))
            names = ("st_mode", "st_nlink", "st_uid", "st_gid", "st_size", "st_ino")
            attrs = {name: getattr(st, name) for name in names}
            for name in ("st_atime", "st_mtime", "st_ctime"):
                attrs[name] = getattr(st, name + "_ns")
            return attrs

        def readdir(self, path: str, fh: int) -> list[str]:
            return [".", "..", *os.listdir(self._full(path))]

        def statfs(self, path: str) -> dict[str, int]:
            st = os.statvfs(self._full(path))
            names = ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree")
            return {n: getattr(st, n) for n in (*names, "f_files", "f_flag", "f_frsize")}

        def chmod(self, path: str, mode: int) -> int:
            os.chmod(self._full(path), mode)
            return 0

        def chown(self, path: str, uid: int, gid: int) -> int:
            os.chown(self._full(path), uid, gid)
            return 0

        def utimens(self, path: str, times: tuple[int, int] | None = None) -> int:
            if times is None:
                os.utime(self._full(path))
            else:
                os.utime(self._full(path), ns=times)
            return 0

        def mkdir(self, path: str, mode: int) -> int:
            os.mkdir(self._full(path), mode)
            return 0

        def rmdir(self, path: str) -> int:
            os.rmdir(self._full(path))
            return 0

        def unlink(self, path: str) -> int:
            os.unlink(self._full(path))
            return 0

        def rename(self, old: str, new: str) -> int:
            os.rename(self._full(old), self._full(new))
            return 0

        def open(self, path: str, flags: int) -> int:
            fd = os.open(self._full(path), flags)
            if flags & os.O_TRUNC:
                with self.sync_lock:
                    self._touch(os.fstat(fd).st_ino, 0, None)
            return fd

        def create(self, path: str, mode: int, flags: int = os.O_WRONLY) -> int:
            fd = os.open(self._full(path), flags | os.O_CREAT, mode)
            with self.sync_lock:
                # A new file (perhaps on a reused inode number) gets a content of its own.
                self._new_key(os.fstat(fd).st_ino)
            return fd

        def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
            return os.pread(fh, size, offset)

        def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
            written = os.pwrite(fh, data, offset)
            with self.sync_lock:
                self._touch(os.fstat(fh).st_ino, offset, written)
            return written

        def truncate(self, path: str, length: int, fh: int | None = None) -> int:
            if fh is not None:
                os.ftruncate(fh, length)
                ino = os.fstat(fh).st_ino
            else:
                os.truncate(self._full(path), length)
                ino = os.lstat(self._full(path)).st_ino
            with self.sync_lock:
                self._touch(ino, length, None)
            return 0

        def flush(self, path: str, fh: int) -> int:
            return 0  # close() is not a sync

        def release(self, path: str, fh: int) -> int:
            os.close(fh)
            return 0

        # what survives
        def fsync(self, path: str, datasync: int, fh: int) -> int:
            with self.sync_lock:
                # The program may have opened the file write-only: read it through a fd of our own.
                reader = os.open(f"/proc/self/fd/{fh}", os.O_RDONLY)
                try:
                    self._sync_file(path, reader)
                finally:
                    os.close(reader)
            return 0

        def _sync_file(self, path: str | None, fh: int) -> None:
            st = os.fstat(fh)
            if st.st_ino not in self.keys:
                self._new_key(st.st_ino)
            key = self.keys[st.st_ino]
            ranges = self.dirty.get(st.st_ino)
            blob = self.durable.blob(key)
            if ranges is None or not blob.exists():
                temp = blob.with_name(f".{key}.tmp")
                with open(temp, "wb") as out:
                    out.write(_read_all(fh, st.st_size))
                os.replace(temp, blob)
            else:
                with open(blob, "r+b") as out:
                    out.truncate(st.st_size)
                    for offset, length in ranges:
                        end = st.st_size if length is None else min(st.st_size, offset + length)
                        if end > offset:
                            out.seek(offset)
                            out.write(os.pread(fh, end - offset, offset))
            self.dirty[st.st_ino] = []

        def opendir(self, path: str) -> int:
            return 0

        def releasedir(self, path: str, fh: int) -> int:
            return 0

        def fsyncdir(self, path: str, datasync: int, fh: int) -> int:
            with self.sync_lock:
                folder = path.strip("/")
                prefix = f"{folder}/" if folder else ""
                durable = self.durable
                live_names: set[str] = set()
                for name in os.listdir(self._full(path)):
                    rel = prefix + name
                    live_names.add(rel)
                    st = os.lstat(self._full(rel))
                    if os.path.isdir(self._full(rel)):
                        durable.dirs.add(rel)
                    else:
                        if st.st_ino not in self.keys:
                            self._new_key(st.st_ino)
                        durable.files[rel] = self.keys[st.st_ino]
                for rel in [*durable.files, *durable.dirs]:
                    if os.path.dirname(rel) == folder and rel not in live_names:
                        durable.files.pop(rel, None)
                        if rel in durable.dirs:
                            durable.dirs.discard(rel)
                            for inner in [f for f in durable.files if f.startswith(rel + "/")]:
                                del durable.files[inner]
                            durable.dirs -= {d for d in durable.dirs if d.startswith(rel + "/")}
                durable.save()
            return 0

        def init(self, path: str) -> None:
            say(f"fs-ready {os.getpid()}")

    return PowerCutFS()


def _read_all(fd: int, size: int) -> bytes:
    chunks = []
    offset = 0
    while offset < size:
        chunk = os.pread(fd, min(1 << 20, size - offset), offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def serve(durable_dir: Path, live_dir: Path, mount: Path) -> None:
    """Run the filesystem in this process until a power cut (SIGUSR1) kills it."""
    import mfusepy as fuse

    operations = make_filesystem(durable_dir, live_dir)
    # The cut is taken by a thread of its own, under the lock every fsync holds: it kills the
    # server between two durable steps, never inside one.
    signal.pthread_sigmask(signal.SIG_BLOCK, {CUT_SIGNAL})

    def wait_for_cut() -> None:
        signal.sigwait({CUT_SIGNAL})
        operations.sync_lock.acquire()
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=wait_for_cut, daemon=True).start()
    fuse.FUSE(
        operations,
        str(mount),
        foreground=True,
        nothreads=True,
        hard_remove=True,
        fsname="powercut",
    )


# -- the records writer ----------------------------------------------------------------------


def write_records(data_dir: Path, sync: str) -> None:
    """Open the records with the app's settings (or `sync`), and record marks until killed.

    Every id is printed only after the call that saved it returned: an acknowledged write.
    """
    from sqlalchemy import event

    from wsr_edu.paths import AppPaths
    from wsr_edu.records import PrivacyMode, SessionSetup
    from wsr_edu.records.repository import Records

    records = Records.open(AppPaths.resolve(data_dir))
    if sync != "app":
        # Only for proving the harness: a weaker setting than the app's, on every connection.
        event.listen(
            records.engine,
            "connect",
            lambda dbapi, _record: dbapi.execute(f"PRAGMA synchronous={sync}"),
        )
        records.engine.dispose()
    say("open")
    setup = SessionSetup(
        site="Rancho La Esperanza",
        curriculum_id="wsr-basics",
        curriculum_version="1.0.0",
        module_id="rights",
        language="es",
        group="Cuadrilla 2",
        privacy_mode=PrivacyMode.CODES,
    )
    session = records.start_session(setup)
    say(f"session {session.id}")
    while True:
        for code in records.new_codes(10, session.id):
            mark = records.mark_attendance(session.id, code=code)
            say(f"mark {session.id} {mark.code}")


# -- the harness (in the test process) ---------------------------------------------------------


class RigError(RuntimeError):
    """The rig could not do its part (no FUSE here, a mount that failed)."""


@dataclass
class Cycle:
    """What one writer acknowledged before the power was cut, and what it reported."""

    sessions: list[str] = field(default_factory=list)
    marks: list[tuple[str, str]] = field(default_factory=list)
    opened: bool = False
    errors: list[str] = field(default_factory=list)


class PowerCutRig:
    """A zygote, the FUSE server it forks and the mount at `root/mount`; one cycle at a time."""

    def __init__(self, root: Path) -> None:
        self.durable = root / "durable"
        self.live = root / "live"
        self.mount = root / "mount"
        self.mount.mkdir(parents=True, exist_ok=True)
        self.fs_pid: int | None = None
        self.writer_pid: int | None = None
        self.lines: queue.Queue[str] = queue.Queue()
        self.zygote = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self._pumping = threading.Thread(target=self._pump, daemon=True)
        self._pumping.start()
        ready = self._expect(lambda line: line == "zygote-ready", timeout=300)
        if any(line.startswith("no-fuse") for line in ready):
            self.close()
            raise RigError(next(line for line in ready if line.startswith("no-fuse"))[8:])

    def _pump(self) -> None:
        assert self.zygote.stdout is not None
        for line in self.zygote.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("zygote-gone")

    def _send(self, command: str) -> None:
        assert self.zygote.stdin is not None
        self.zygote.stdin.write(command + "\n")
        self.zygote.stdin.flush()

    def _expect(self, done: Any, timeout: float = 60) -> list[str]:
        """Lines up to and including the first for which `done(line)` holds."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                line = self.lines.get(timeout=max(left, 0.001))
            except queue.Empty:
                raise RigError(f"timed out; last lines: {seen[-5:]}") from None
            seen.append(line)
            if done(line):
                return seen
            if line == "zygote-gone":
                raise RigError(f"the zygote ended; last lines: {seen[-5:]}")

    def _fork(self, command: str) -> tuple[int, list[str]]:
        self._send(command)
        seen = self._expect(lambda line: line.startswith("forked "))
        return int(seen[-1].split()[1]), seen[:-1]

    def _reap(self, pid: int) -> list[str]:
        self._send(f"wait {pid}")
        return self._expect(lambda line: line.startswith(f"exited {pid} "))[:-1]

    def mounted(self) -> bool:
        with open("/proc/self/mounts") as mounts:
            return any(line.split()[1] == str(self.mount) for line in mounts)

    def power_on(self) -> None:
        """Start the filesystem from the durable state alone and mount it."""
        pid, early = self._fork(f"fs {self.durable} {self.live} {self.mount}")
        self.fs_pid = pid
        if not any(line == f"fs-ready {pid}" for line in early):
            seen = self._expect(
                lambda line: line == f"fs-ready {pid}" or line.startswith(f"child-error {pid}")
            )
            if seen[-1].startswith("child-error"):
                self._reap(pid)
                self.fs_pid = None
                raise RigError(f"cannot mount the test filesystem: {seen[-1]}")
        deadline = time.monotonic() + 10
        while not self.mounted():
            if time.monotonic() > deadline:
                raise RigError("the test filesystem never appeared in /proc/self/mounts")
            time.sleep(0.01)

    def power_cut(self) -> list[str]:
        """Kill the filesystem between two syncs and unmount what is left of it."""
        lines: list[str] = []
        if self.fs_pid is not None:
            os.kill(self.fs_pid, CUT_SIGNAL)
            lines = self._reap(self.fs_pid)
            self.fs_pid = None
        self.unmount()
        return lines

    def unmount(self) -> None:
        deadline = time.monotonic() + 10
        while self.mounted():
            subprocess.run(
                ["fusermount3", "-u", "-z", str(self.mount)], capture_output=True, check=False
            )
            if time.monotonic() > deadline:
                raise RigError(f"{self.mount} is still mounted")
            time.sleep(0.02)

    def cycle(self, data_dir: Path, marks: int | None, delay: float, sync: str = "app") -> Cycle:
        """Run a writer on the mounted filesystem, then cut the power.

        The cut comes `delay` seconds after the writer acknowledged `marks` marks (so it lands
        inside the next commit or between two), or with `marks` None `delay` seconds after
        the writer started (inside opening the records, as often as not).
        """
        result = Cycle()
        pid, lines = self._fork(f"writer {data_dir} {sync}")
        self.writer_pid = pid
        if marks is not None:
            seen = sum(line.startswith("mark ") for line in lines)
            while seen < marks and not any(line.startswith("child-error") for line in lines):
                line = self._expect(lambda _line: True, timeout=120)[0]
                lines.append(line)
                seen += line.startswith("mark ")
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            try:
                lines.append(self.lines.get(timeout=left))
            except queue.Empty:
                break
        cut_at = len(lines)
        lines += self.power_cut()
        lines += self._stop_writer()
        for index, line in enumerate(lines):
            kind, _, rest = line.partition(" ")
            if kind == "open":
                result.opened = True
            elif kind == "session":
                result.sessions.append(rest)
            elif kind == "mark":
                session, code = rest.split()
                result.marks.append((session, code))
            elif kind == "child-error" and index < cut_at:
                # Failing after the cut is what a vanished disk does; failing before is a fault.
                result.errors.append(rest)
        return result

    def _stop_writer(self) -> list[str]:
        """Kill the writer (its disk is gone already) and reap it."""
        if self.writer_pid is None:
            return []
        pid, self.writer_pid = self.writer_pid, None
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        return self._reap(pid)

    def close(self) -> None:
        """Stop the server, the writer and the zygote, leave no mount behind."""
        try:
            if self.zygote.poll() is None:
                self.power_cut()
                self._stop_writer()
        finally:
            with contextlib.suppress(Exception):
                self.unmount()
            if self.zygote.stdin is not None:
                with contextlib.suppress(OSError):
                    self.zygote.stdin.close()
            try:
                self.zygote.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.zygote.kill()
                self.zygote.wait(timeout=30)
            # The zygote is gone, so its output ends: let the reader finish, then close it.
            self._pumping.join(timeout=30)
            if self.zygote.stdout is not None:
                self.zygote.stdout.close()


# -- the zygote --------------------------------------------------------------------------------


def _child(command: list[str]) -> None:
    try:
        if command[0] == "fs":
            serve(Path(command[1]), Path(command[2]), Path(command[3]))
            say(f"fs-stopped {os.getpid()}")
        else:
            write_records(Path(command[1]), command[2])
    except BaseException as exc:  # the child reports and ends; the harness reads the line
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        say(f"child-error {os.getpid()} {last}")
    finally:
        os._exit(0)


def zygote() -> None:
    import tempfile

    from wsr_edu.paths import AppPaths
    from wsr_edu.records.repository import Records

    # Load everything a writer needs (migrations included) once, before any fork.
    with tempfile.TemporaryDirectory() as warm:
        Records.open(AppPaths.resolve(Path(warm))).close()
    try:
        import mfusepy  # noqa: F401
    except (ImportError, OSError) as exc:
        say(f"no-fuse {exc}")
    say("zygote-ready")
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "wait":
            _, status = os.waitpid(int(command[1]), 0)
            say(f"exited {command[1]} {status}")
            continue
        pid = os.fork()
        if pid == 0:
            with contextlib.suppress(Exception):
                sys.stdin.close()
            _child(command)
        say(f"forked {pid}")


if __name__ == "__main__":
    zygote()
