"""`wsr-edu play FILE`: play one audio file to its end, to check a laptop's sound."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "play",
        help="play an audio file to check this computer's sound",
        description="Play a narration or tone file (.ogg, .mp3 or .wav) through the same "
        "player the app uses, wait for it to end and say how long it took. Without FILE, "
        "plays the kiosk's 'right answer' tone.",
    )
    parser.add_argument("file", metavar="FILE", nargs="?", help="the audio file to play")
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="give up after this long (default: 120)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from ..kiosk.assets import tone_file
    from .playback import create_player
    from .player import AudioError

    path = Path(args.file) if args.file else tone_file("right")
    if path is None:
        print("wsr-edu play: no file given and no bundled tone found", file=sys.stderr)
        return 2
    player = create_player()
    if not player.available:
        print(f"wsr-edu play: no sound: {player.unavailable_reason}", file=sys.stderr)
        return 1
    started = time.monotonic()
    try:
        player.play(path)
        while not player.poll_finished():
            if time.monotonic() - started > args.timeout:
                print(f"wsr-edu play: {path.name} still playing; stopped", file=sys.stderr)
                return 1
            time.sleep(0.02)
    except AudioError as exc:
        print(f"wsr-edu play: {exc}", file=sys.stderr)
        return 1
    finally:
        player.close()
    print(f"played {path.name} ({time.monotonic() - started:.1f} s)")
    return 0
