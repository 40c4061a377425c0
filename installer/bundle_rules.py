"""What the one-folder bundle leaves out, shared by wsr-edu.spec and build.py.

Everything the wsr_edu package ships is collected generically (every module, every non-Python
file, and the folders the wheel force-includes), so nothing here names an app file. What is
named is the part of Qt and the libraries the app provably does not use.
"""

from __future__ import annotations

import fnmatch
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Python modules no code path of the app imports (tests, GUI toolkits it does not use, build
# tools). The app's own imports decide the rest: PyInstaller follows them.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "setuptools",
    "pkg_resources",
    # mako (alembic's templates) highlights tracebacks with pygments only when it is there.
    "pygments",
    "IPython",
    "matplotlib",
    "pygame.examples",
    "pygame.tests",
    "pygame.docs",
    "numpy.tests",
    "numpy.f2py",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "fontTools.ttLib.tables.otConverters_tests",
    "sqlalchemy.testing",
    # The bundle keeps records in SQLite; the shared PostgreSQL database is the optional
    # `postgres` extra of a source install (docs/records.md), and its driver is 10 MB.
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg_pool",
    # openpyxl writes XLSX with lxml.etree; these other parts of lxml are never imported.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    # AVIF pictures (libavif, 5 MB): fpdf2 reads PNG/JPEG and the app ships no AVIF.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtDBus",
]

# Qt plugins, by folder: the ones kept, with why. A folder not named here is dropped whole.
QT_PLUGINS_KEPT = {
    # xcb: X11 desktops; wayland: Wayland desktops and the kiosk's cage compositor;
    # offscreen: the self-test and headless checks. Windows: the one Windows platform.
    "platforms": ["*qxcb*", "*qwayland*", "*qoffscreen*", "qwindows*", "qdirect2d*"],
    # The app uses Fusion with its own palette; the portal theme gives native file dialogs.
    "platformthemes": ["*qxdgdesktopportal*"],
    # Dead keys and input methods, for typing names with accents or in Bengali script.
    "platforminputcontexts": ["*composeplatforminputcontext*", "*ibusplatforminputcontext*"],
    # Slide pictures are .png (built into Qt), .jpg/.jpeg and .svg (curricula/FORMAT.md).
    "imageformats": ["*qjpeg*", "*qsvg*"],
    "iconengines": ["*qsvgicon*"],
    "xcbglintegrations": ["*"],
    "wayland-shell-integration": ["*xdg-shell*"],
    "wayland-decoration-client": ["*"],
    "wayland-graphics-integration-client": ["*wayland-egl*", "*shm-emulation*"],
    # Windows: the native look is not used (Fusion everywhere), but keep the style plugin
    # folder empty rather than guess; listed so the rule is explicit.
    "styles": [],
}


def shipped_languages() -> list[str]:
    """Interface languages the app ships a catalogue for (wsr_edu/ui/translations)."""
    folder = REPO / "wsr_edu" / "ui" / "translations"
    return sorted(
        m.group(1)
        for p in folder.glob("wsr_edu_*.qm")
        if (m := re.fullmatch(r"wsr_edu_(.+)\.qm", p.name))
    )


def force_included() -> list[tuple[str, str]]:
    """The wheel's force-include table from pyproject.toml, as (source, destination) pairs."""
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    table = data["tool"]["hatch"]["build"]["targets"]["wheel"].get("force-include", {})
    return [(str(REPO / src), dest) for src, dest in table.items()]


def keep(dest: str) -> bool:
    """Whether a file at `dest` (its path inside the bundle) stays in the bundle."""
    parts = Path(dest).as_posix().split("/")
    if "PySide6" in parts:
        i = parts.index("PySide6")
        rest = parts[i + 1 :]
        if rest[:1] == ["Qt"]:
            rest = rest[1:]
        if rest[:1] == ["plugins"] and len(rest) >= 3:
            patterns = QT_PLUGINS_KEPT.get(rest[1])
            return patterns is not None and any(fnmatch.fnmatch(rest[-1], p) for p in patterns)
        if rest[:1] == ["translations"]:
            # Only Qt's own catalogue for a language the app speaks (qtbase: dialog buttons).
            return any(rest[-1] == f"qtbase_{code}.qm" for code in shipped_languages())
    name = parts[-1]
    if name.endswith((".pyi", ".pyx", ".pxd")):
        return False
    return not ("__pycache__" in parts or name.endswith(".pyc") and "wsr_edu" in parts)


def prune_orphans(all_binaries: list, kept: list) -> list:
    """Drop the libraries that only the left-out plugins needed; keep everything else.

    PyInstaller collects each Qt plugin's link-time dependencies before the spec filters the
    plugins, so a dropped platform (eglfs, say) leaves its libraries behind. A library is
    removed only when a dropped file needed it and nothing kept does.
    """
    from PyInstaller.depend.bindepend import get_imports

    kept_set = {entry[0] for entry in kept}
    by_name = {Path(entry[0]).name.lower(): entry for entry in kept}
    imports: dict[str, set[str]] = {}

    def needs(entry: tuple) -> set[str]:
        if entry[0] not in imports:
            try:
                found = get_imports(entry[1])
            except Exception:
                found = set()
            imports[entry[0]] = {Path(name).name.lower() for name, _ in found}
        return imports[entry[0]]

    def closure(start: list) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            entry = todo.pop()
            for name in needs(entry):
                dep = by_name.get(name)
                if dep is not None and dep[0] not in seen:
                    seen.add(dep[0])
                    todo.append(dep)
        return seen

    dropped = [entry for entry in all_binaries if entry[0] not in kept_set]
    candidates = closure(dropped)
    roots = [entry for entry in kept if entry[0] not in candidates]
    reached = closure(roots)
    orphans = candidates - reached - {entry[0] for entry in roots}
    return [entry for entry in kept if entry[0] not in orphans]


def is_windows() -> bool:
    return sys.platform == "win32"
