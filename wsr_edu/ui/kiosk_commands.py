"""`wsr-edu kiosk` and `wsr-edu kiosk set-pin`; Qt is imported only when the kiosk opens."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "kiosk",
        help="open the locked kiosk where workers review modules alone",
        description="Full-screen, locked review for one worker at a time: spoken language "
        "choice, narrated slides, quiz with pictures, the complaint-line card. An "
        "administrator leaves it with a PIN (set it first with 'wsr-edu kiosk set-pin'); "
        "the chord Ctrl+Alt+Shift+K or five quick taps in the top-left corner ask for it.",
    )
    parser.add_argument(
        "--curriculum",
        metavar="ID",
        help="offer only this curriculum (default: as set on the admin screen)",
    )
    parser.add_argument(
        "--lang",
        metavar="L",
        help="offer only this language, e.g. es (default: as set by the admin)",
    )
    parser.set_defaults(func=_run_kiosk)
    actions = parser.add_subparsers(title="kiosk commands", metavar="ACTION")
    set_pin = actions.add_parser(
        "set-pin",
        help="set the administrator PIN (at least 4 digits)",
        description="Ask for a new administrator PIN twice (or read it from standard input "
        "when that is not a terminal) and store only a slow salted hash of it.",
    )
    set_pin.set_defaults(func=_set_pin)


def _run_kiosk(args: argparse.Namespace) -> int:
    from .kiosk.app import run_kiosk

    return run_kiosk(args)


def _set_pin(args: argparse.Namespace) -> int:
    return set_pin(args, sys.stdin, sys.stderr)


def set_pin(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from ..kiosk.config import KioskFileError, KioskStore
    from ..kiosk.pin import PinError, check_pin_format, hash_pin
    from ..paths import AppPaths

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    if stdin.isatty():
        first = getpass.getpass("New kiosk PIN (digits only, at least 4): ")
        second = getpass.getpass("The same PIN again: ")
        if first != second:
            print(
                "wsr-edu kiosk set-pin: the two PINs differ; nothing was changed. Run "
                "'wsr-edu kiosk set-pin' again.",
                file=out,
            )
            return 1
        pin = first
    else:
        pin = stdin.readline().strip()
    try:
        check_pin_format(pin)
        store = KioskStore(paths.kiosk_file)
        store.save_pin(hash_pin(pin))
    except PinError as exc:
        print(f"wsr-edu kiosk set-pin: {exc}; nothing was changed.", file=out)
        return 1
    except KioskFileError as exc:
        print(f"wsr-edu kiosk set-pin: {exc}", file=out)
        return 1
    print(f"Kiosk PIN set (stored as a hash in {paths.kiosk_file}).", file=out)
    return 0
