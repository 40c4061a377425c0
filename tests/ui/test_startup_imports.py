"""Opening the library must not load the heavy libraries the first screen does not need."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# markdown_it and lxml are not here: loading the curricula (on the task thread, before the
# list fills) parses every slide and checks every SVG picture with them.
HEAVY = ("sqlalchemy", "alembic", "pygame", "gtts", "openpyxl", "fpdf", "soundfile")

PROBE = """
import argparse, json, sys
from PySide6.QtWidgets import QApplication
from wsr_edu.ui.app import prepare_application
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.library.window import LibraryWindow

app = QApplication([])
context = AppContext.create(argparse.Namespace(data_dir=sys.argv[1], curricula=[sys.argv[2]],
                                               database_url=None))
prepare_application(app, context)
window = LibraryWindow(context)
window.curricula_loaded.connect(app.quit)
window.show()
app.exec()
heavy = json.loads(sys.argv[3])
print(json.dumps({"rows": window.curricula.count(),
                  "loaded": sorted(m for m in sys.modules if m.split(".")[0] in heavy)}))
"""


def test_library_start_keeps_heavy_imports_away(tmp_path: Path, mini_curriculum: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            str(tmp_path / "data"),
            str(mini_curriculum),
            json.dumps(HEAVY),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] >= 1, done.stderr
    assert report["loaded"] == []


SOURCE_PROBE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import wsr_edu.ui.app  # the library: loads PySide6 and its import hook
import probe_after_qt
read = [name for name in linecache.cache if name.endswith("probe_after_qt.py")]
print("read" if read else "not read")
"""


def test_modules_imported_after_qt_are_not_read_as_source(tmp_path: Path) -> None:
    """PySide6 reads each later module's whole source and keeps it in memory (13 MiB for the
    records' database library); the app turns that off."""
    (tmp_path / "probe_after_qt.py").write_text("VALUE = 1\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SOURCE_PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "not read", done.stderr
