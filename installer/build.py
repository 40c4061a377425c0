"""Build the one-folder bundle of wsr-edu with PyInstaller, print what takes its size.

    uv run python installer/build.py              # bundle in installer/dist/wsr-edu
    uv run python installer/build.py --tarball    # and, on Linux, a tarball beside it
    uv run python installer/build.py --readme     # and write the size table into README.md

The bundle holds Python, Qt, SDL, the fonts, the translations and the bundled curricula; the
machine it runs on needs nothing else (espeak-ng stays an optional tool for authors).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "wsr-edu.spec"
ICON_SVG = HERE / "linux" / "wsr-edu.svg"
README = HERE / "README.md"
TABLE_START = "<!-- size-table -->"
TABLE_END = "<!-- /size-table -->"


def version() -> str:
    text = (REPO / "wsr_edu" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r"__version__\s*=\s*[\"']([^\"']+)", text)
    return found.group(1) if found else "0"


def make_windows_icon(out: Path) -> None:
    """The .exe icon, drawn from the same SVG as the Linux menu icon."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON_SVG)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "ICO"):
        image.save(str(out.with_suffix(".png")), "PNG")


def build(dist: Path, work: Path) -> Path:
    if sys.platform == "win32":
        make_windows_icon(HERE / "build" / "wsr-edu.ico")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("building:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=REPO)
    return dist / "wsr-edu"


def strip_safe(bundle: Path) -> int:
    """Strip debug symbols from the libraries that can take it; the bytes saved.

    PyInstaller's own strip is all or nothing, and it breaks the libraries that auditwheel
    patched into the wheels (numpy's OpenBLAS stops loading). So only ELF files outside a
    wheel's vendored `*.libs` folder and without a `$ORIGIN` RPATH are stripped: Python's own
    library and extension modules above all, which the interpreter build leaves unstripped.
    The launcher is never touched (its archive is appended to it).
    """
    if not sys.platform.startswith("linux"):
        return 0
    import shutil

    strip = shutil.which("strip")
    readelf = shutil.which("readelf")
    if strip is None or readelf is None:
        print("strip/readelf not found (binutils): libraries left as they are")
        return 0
    saved = 0
    for path in sorted((bundle / "_internal").rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(p.name.endswith((".libs", "_data")) for p in path.parents):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        dynamic = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True)
        if "$ORIGIN" in dynamic.stdout:  # auditwheel's mark: patched with patchelf
            continue
        before = path.stat().st_size
        done = subprocess.run([strip, "--strip-unneeded", str(path)], capture_output=True)
        if done.returncode == 0:
            saved += before - path.stat().st_size
    return saved


def _component(rel: Path) -> str:
    """Which part of the bundle a file belongs to, for the size table."""
    parts = rel.parts
    if parts[0] != "_internal":
        return "launcher executable(s) (with the app's and libraries' Python code)"
    inner = parts[1:]
    top = inner[0]
    path = "/".join(inner)
    if path.startswith("PySide6/Qt/lib/libicu"):
        return "ICU (Unicode tables Qt links to)"
    if path.startswith("PySide6/Qt/lib/"):
        return "Qt libraries (Core, Gui, Widgets, Svg, platform support)"
    if path.startswith("PySide6/Qt/plugins/"):
        return "Qt plugins (platforms, image formats, input)"
    if path.startswith("PySide6/Qt/translations/"):
        return "Qt translations"
    if top in ("PySide6", "shiboken6"):
        return "PySide6 bindings"
    if top.startswith("numpy"):
        return "numpy (audio checks; OpenBLAS alone is most of it)"
    if top.startswith("pygame"):
        return "pygame and SDL (sound playback)"
    if top.startswith(("PIL", "pillow")):
        return "Pillow (pictures in PDF reports)"
    if top == "wsr_edu":
        if inner[1:2] == ("bundled",):
            return "bundled curricula (slides, pictures, voices)"
        if inner[1:2] == ("fonts",):
            return "fonts (Noto: Latin, Bengali, Devanagari, Arabic)"
        return "wsr-edu's other files (translations, icons, kiosk sounds, migrations)"
    if top in ("lxml",):
        return "lxml (fast XLSX writing)"
    if top in ("uharfbuzz", "fontTools") or top.startswith("fpdf"):
        return "PDF text shaping and fonts (uharfbuzz, fontTools)"
    if top.startswith("_soundfile"):
        return "libsndfile (reading audio)"
    if (
        top.startswith("libpython")
        or top in ("base_library.zip", "python3.11")
        or (top.startswith("python") and len(inner) > 1)
    ):
        return "Python runtime (interpreter, standard library extensions)"
    if top.startswith("lib") and ".so" in top:
        return "system libraries (X11/xcb, Wayland, glib, fontconfig, ssl, ...)"
    if top.lower().endswith(".dll"):
        return "system libraries (DLLs: Python, C runtime, ssl, ...)"
    return "other Python packages (SQLAlchemy, alembic, openpyxl, ...)"


def size_table(bundle: Path) -> tuple[int, list[tuple[str, int]]]:
    sizes: dict[str, int] = defaultdict(int)
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[_component(path.relative_to(bundle))] += path.stat().st_size
    total = sum(sizes.values())
    return total, sorted(sizes.items(), key=lambda item: -item[1])


def format_table(total: int, rows: list[tuple[str, int]], label: str) -> str:
    mb = 1024 * 1024
    lines = [
        f"Bundle size ({label}): {total / mb:.1f} MB",
        "",
        "| part | MB | share |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {name} | {size / mb:.1f} | {100 * size / total:.0f}% |" for name, size in rows]
    return "\n".join(lines)


def write_readme(table: str) -> None:
    text = README.read_text(encoding="utf-8")
    if TABLE_START not in text:
        text += f"\n{TABLE_START}\n{TABLE_END}\n"
    head, rest = text.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    README.write_text(f"{head}{TABLE_START}\n{table}\n{TABLE_END}{tail}", encoding="utf-8")


def make_tarball(bundle: Path, out_dir: Path) -> Path:
    """wsr-edu-VERSION-linux-ARCH.tar.gz: the bundle, its menu entries, icon and install.sh."""
    name = f"wsr-edu-{version()}-linux-{platform.machine()}"
    out = out_dir / f"{name}.tar.gz"
    linux = HERE / "linux"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{name}/wsr-edu")
        for extra, mode in (
            ("install-bundle.sh", 0o755),
            ("wsr-edu.desktop", 0o644),
            ("wsr-edu-kiosk.desktop", 0o644),
            ("wsr-edu.svg", 0o644),
        ):
            info = tar.gettarinfo(str(linux / extra), arcname=f"{name}/{extra}")
            info.mode = mode
            if extra == "install-bundle.sh":
                info.name = f"{name}/install.sh"
            with (linux / extra).open("rb") as handle:
                tar.addfile(info, handle)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=HERE / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=HERE / "build" / "work")
    parser.add_argument("--no-build", action="store_true", help="report on an existing bundle")
    parser.add_argument("--tarball", action="store_true", help="Linux: also make the tarball")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    args = parser.parse_args(argv)

    if args.no_build:
        bundle = args.dist / "wsr-edu"
    else:
        bundle = build(args.dist, args.work)
        saved = strip_safe(bundle)
        print(f"stripped debug symbols: {saved / 1024 / 1024:.1f} MB saved")
    total, rows = size_table(bundle)
    table = format_table(total, rows, f"{sys.platform}, {platform.machine()}, wsr-edu {version()}")
    print(table)
    if args.readme:
        write_readme(table)
    if args.tarball and sys.platform.startswith("linux"):
        out = make_tarball(bundle, args.dist)
        print(f"tarball: {out} ({out.stat().st_size / 1024 / 1024:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
