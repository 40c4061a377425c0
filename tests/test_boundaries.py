"""The architecture holds: each heavy library is imported by one package only, and lazily."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "wsr_edu"

# library -> the only top-level part of wsr_edu allowed to import it
OWNERS = {
    "PySide6": {"ui"},
    "sqlalchemy": {"records"},
    "alembic": {"records"},
    "openpyxl": {"records"},
    "fpdf": {"records", "printing"},
    "segno": {"printing"},
    "pygame": {"narration"},
    "gtts": {"narration"},
    "soundfile": {"narration"},
    "numpy": {"narration"},
    "requests": {"narration"},
    "psycopg": {"records"},
    "nacl": {"packs"},
}


def _imports(path: Path) -> list[tuple[str, int, bool]]:
    """(top-level module, line, at module level) for every absolute import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            found.append((name.split(".")[0], node.lineno, id(node) in top_level))
    return found


def test_each_heavy_library_stays_behind_its_boundary() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        part = path.relative_to(PACKAGE).parts[0]
        for module, line, _ in _imports(path):
            owners = OWNERS.get(module)
            if owners is not None and part.removesuffix(".py") not in owners:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: imports {module}")
    assert wrong == []


def test_the_cryptography_library_is_imported_lazily() -> None:
    """PyNaCl is loaded only when a key, pack or bundle is used, never at start-up."""
    eager = []
    for path in sorted((PACKAGE / "packs").rglob("*.py")):
        for module, line, at_module_level in _imports(path):
            if module == "nacl" and at_module_level:
                eager.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert eager == []
    assert any(module == "nacl" for module, _, _ in _imports(PACKAGE / "packs" / "keys.py"))


ENTRY_POINTS = {"cli.py", "__main__.py"}
"""The command line sits above everything and may start the interface."""


def test_the_core_never_imports_the_interface() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in {"ui", *ENTRY_POINTS}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and (
                    node.module.startswith("wsr_edu.ui")
                    or (node.level and node.module == "ui")
                    or (node.level and node.module.startswith("ui."))
                )
            ):
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert wrong == []


def test_the_command_line_loads_no_heavy_library() -> None:
    script = (
        "import sys\n"
        "from wsr_edu.cli import build_parser\n"
        "build_parser().parse_args(['validate', '.'])\n"
        "heavy = ['PySide6', 'sqlalchemy', 'alembic', 'pygame', 'gtts', 'openpyxl', 'fpdf',\n"
        "         'markdown', 'soundfile', 'nacl']\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


SESSION = PACKAGE / "session"
SESSION_MAY_IMPORT = {"wsr_edu.curriculum", "wsr_edu.kiosk", "wsr_edu.records", "wsr_edu.atomic"}
"""The session core reads curricula and kiosk settings; of the records it names only the
plain data classes and errors, and calls them through the writer it is given. It writes one
small file itself (a recorded session's slide position) with the atomic writer."""


def test_the_session_core_has_no_interface_and_no_heavy_library() -> None:
    """No Qt, no database, no audio: the session runs headless and in tests without a display."""
    heavy = set(OWNERS) | {"PySide6"}
    wrong = []
    for path in sorted(SESSION.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.level:
                    base = "wsr_edu" if node.level == 2 else "wsr_edu.session"
                    modules = [f"{base}.{node.module}"]
                else:
                    modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                inside = module.startswith("wsr_edu.")
                allowed = module.startswith("wsr_edu.session") or any(
                    module.startswith(p) for p in SESSION_MAY_IMPORT
                )
                if top in heavy or (inside and not allowed):
                    wrong.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {module}")
    assert wrong == []


def test_importing_the_session_core_loads_no_heavy_library() -> None:
    script = (
        "import sys\n"
        "import wsr_edu.session.presentation, wsr_edu.session.visit, wsr_edu.session.recording\n"
        "import wsr_edu.session.visit_records, wsr_edu.session.writer\n"
        f"heavy = {sorted(set(OWNERS) | {'markdown'})!r}\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_opening_the_app_loads_no_command_module(tmp_path: Path) -> None:
    """`wsr-edu` alone (the usual start) reads its options without any command's module."""
    script = (
        "import sys, wsr_edu.cli as cli\n"
        "seen = {}\n"
        "cli._run_gui = lambda args: seen.update(vars(args)) or 0\n"
        "code = cli.main(['--data-dir', sys.argv[1], '--curricula', sys.argv[1]])\n"
        "loaded = [m for m in cli.COMMAND_MODULES if m in sys.modules]\n"
        "print(code, seen['data_dir'] == sys.argv[1], seen['curricula'] == [sys.argv[1]], loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "True", "True", "[]"]


def test_each_command_is_mapped_to_the_module_that_registers_it() -> None:
    import argparse
    import importlib

    from wsr_edu import cli

    registered = {}
    for name in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        importlib.import_module(name).register(subparsers)
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == cli.COMMANDS


def test_a_command_loads_only_its_own_module(tmp_path: Path) -> None:
    """`wsr-edu export ...` reads no other command's module; help still lists every command."""
    script = (
        "import sys, wsr_edu.cli as cli\n"
        "code = cli.main(['--data-dir', sys.argv[1], 'db', 'check'])\n"
        "print(code, [m for m in cli.COMMAND_MODULES if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    # db's module, and the records' commands module it shares `open_records` with
    assert result.stdout.split() == [
        "0",
        "['wsr_edu.records.commands',",
        "'wsr_edu.records.db_commands']",
    ]
    shown = subprocess.run(
        [sys.executable, "-m", "wsr_edu", "--help"], capture_output=True, text=True, timeout=60
    )
    for command in ("validate", "narrate", "record", "play", "export", "db", "pack", "print"):
        assert command in shown.stdout
