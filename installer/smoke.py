"""Check a built bundle from outside the development setup (used by the Windows workflow).

    python installer/smoke.py installer/dist/wsr-edu

Runs the frozen executable with a clean environment and a temporary data folder: the library
paints with the bundled curriculum, `validate` passes on it, `export` writes CSV, XLSX and PDF
from seeded records, and a narration file plays on SDL's dummy audio driver. Exits non-zero
with the failing command's output on the first failure. tests/installer/test_bundle.py makes
the same checks on Linux, with more detail, inside the test suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_FROM_SYSTEM = ("SYSTEMROOT", "WINDIR", "COMSPEC", "TEMP", "TMP", "LOCALAPPDATA", "APPDATA")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()
    exe = bundle / ("wsr-edu.exe" if sys.platform == "win32" else "wsr-edu")
    curricula = bundle / "_internal" / "wsr_edu" / "bundled" / "curricula"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {k: os.environ[k] for k in KEEP_FROM_SYSTEM if k in os.environ}
        env.update(
            PATH=os.pathsep.join(
                p for p in os.environ.get("PATH", "").split(os.pathsep) if ".venv" not in p
            ),
            QT_QPA_PLATFORM="offscreen",
            SDL_AUDIODRIVER="dummy",
            WSR_EDU_DATA_DIR=str(work / "data"),
            HOME=str(work),
            LANG="C.UTF-8",
        )

        def check(*args: str, expect: str) -> None:
            done = subprocess.run(
                [str(exe), *args],
                env=env,
                cwd=work,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=180,
                check=False,
            )
            print(f"$ wsr-edu {' '.join(args)}\n{done.stdout}{done.stderr}", flush=True)
            if done.returncode != 0 or expect not in done.stdout + done.stderr:
                raise SystemExit(f"smoke check failed: wsr-edu {' '.join(args)}")

        check("--self-test", str(work / "library.png"), expect="self-test: passed")
        check("validate", str(curricula / "wsr-basics"), expect="0 error(s)")
        check("db", "seed", "--sessions", "5", "--seed", "1", expect="added 5 session(s)")
        for fmt in ("csv", "xlsx", "pdf"):
            out = work / f"report.{fmt}"
            check("export", "--format", fmt, "--out", str(out), expect="written")
            if not out.is_file() or out.stat().st_size == 0:
                raise SystemExit(f"smoke check failed: {out.name} is missing or empty")
        voice = min(curricula.rglob("*.ogg"), key=lambda p: p.stat().st_size)
        check("play", str(voice), expect=f"played {voice.name}")
    print("smoke checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
