"""Command line: `wsr-edu` opens the app; subcommands run headless (validate, narrate, ...)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from . import __version__

# Each feature package adds its own subcommands through a small `commands` module with a
# `register(subparsers)` function; the module must import nothing heavy at load time. A command
# given on the command line loads only its own module (a test checks this map against what each
# module registers); help, and a word that is no command, load them all.
COMMANDS = {
    "validate": "wsr_edu.curriculum.commands",
    "narrate": "wsr_edu.narration.commands",
    "record": "wsr_edu.narration.record_commands",
    "play": "wsr_edu.narration.play_command",
    "export": "wsr_edu.records.commands",
    "db": "wsr_edu.records.db_commands",
    "keys": "wsr_edu.packs.commands",
    "pack": "wsr_edu.packs.commands",
    "print": "wsr_edu.printing.commands",
    "kiosk": "wsr_edu.ui.kiosk_commands",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands`, only the options of opening the app."""
    parser = argparse.ArgumentParser(
        prog="wsr-edu",
        description="Offline rights education for Worker-driven Social Responsibility "
        "programmes. Without a command, opens the facilitator's app.",
    )
    parser.add_argument("--version", action="version", version=f"wsr-edu {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where records and settings are kept (default: the user data "
        "folder; also WSR_EDU_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="an SQLAlchemy database URL instead of the embedded SQLite file "
        "(also WSR_EDU_DATABASE_URL)",
    )
    parser.add_argument(
        "--curricula",
        metavar="DIR",
        action="append",
        default=[],
        help="also show the curricula in DIR (may be given more than once)",
    )
    parser.add_argument(
        "--self-test",
        metavar="PNG",
        nargs="?",
        const="",
        default=None,
        help="open the app, wait for the library to list the curricula, print what it "
        "shows (and save a picture of it to PNG), then quit: checks an installation",
    )
    parser.set_defaults(func=_run_gui)
    if commands:
        add_commands(parser)
    return parser


def add_commands(parser: argparse.ArgumentParser, only: str | None = None) -> None:
    """Every command's subcommands, or with `only` (a command's name) that command's module's."""
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in (COMMANDS[only],) if only in COMMANDS else COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(subparsers)


def _run_gui(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("wsr_edu.ui.app") is None:
        print("wsr-edu: the graphical interface is not installed in this build", file=sys.stderr)
        return 2
    from .ui.app import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=False)
    rest = words
    if not {"-h", "--help"} & set(words):
        args, rest = parser.parse_known_args(words)
    if rest:
        # A command: the command line with its module; help, or a mistake: with every
        # command's module. Opening the app (the usual start) loads none of them.
        add_commands(parser, only=next((word for word in rest if not word.startswith("-")), None))
        args = parser.parse_args(words)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("wsr-edu: interrupted", file=sys.stderr)
        return 130
