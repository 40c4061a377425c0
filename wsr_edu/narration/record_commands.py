"""`wsr-edu record`: a native speaker records the narration of a curriculum, slide by slide."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .capture import Microphone
    from .recorder import RecordingItem
    from .takes import Take


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "record",
        help="record narration with the computer's microphone, slide by slide",
        description="Shows each slide's script, records it with the microphone, plays it "
        "back, and keeps it as narration/<lang>/<slide>.ogg once the speaker is happy. "
        "Silence at both ends is cut and the loudness evened out. A recording replaces the "
        "generated voice of that slide at once.",
    )
    parser.add_argument("path", metavar="CURRICULUM", help="a curriculum folder")
    parser.add_argument("--lang", required=True, metavar="L", help="the language spoken")
    parser.add_argument("--module", metavar="M", help="only this module")
    parser.add_argument(
        "--missing", action="store_true", help="only the parts no person has recorded yet"
    )
    parser.add_argument(
        "--seconds",
        type=float,
        metavar="N",
        help="stop each take by itself after N seconds (default: press Enter to stop)",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep every take without asking (for a scripted session)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..curriculum.loader import load_curriculum
    from ..curriculum.problems import UNRECORDED
    from .capture import NoMicrophone, open_microphone
    from .recorder import plan

    result = load_curriculum(Path(args.path))
    # Parts of a spoken language nobody has recorded yet are errors, and what this records.
    blocking = [p for p in result.problems.errors if p.code != UNRECORDED]
    if result.curriculum is None or blocking:
        for problem in blocking:
            print(problem.format(), file=sys.stderr)
        print("wsr-edu record: fix the curriculum's errors first", file=sys.stderr)
        return 1
    try:
        items = plan(result.curriculum, args.lang, args.module, args.missing)
    except ValueError as exc:
        print(f"wsr-edu record: {exc}", file=sys.stderr)
        return 2
    if not items:
        print("Everything in this language is recorded by a person already.")
        return 0
    try:
        microphone = open_microphone()
    except NoMicrophone as exc:
        print(f"wsr-edu record: {exc}", file=sys.stderr)
        return 2
    try:
        saved = Session(microphone, sys.stdin, sys.stdout, args.seconds, args.keep).walk(items)
    finally:
        microphone.close()
    print(f"{saved} recording(s) kept.")
    return 0


class Session:
    """The terminal conversation with the speaker; one item at a time."""

    def __init__(
        self,
        microphone: Microphone,
        keys: TextIO,
        out: TextIO,
        seconds: float | None,
        keep_all: bool,
    ) -> None:
        self.microphone = microphone
        self.keys = keys
        self.out = out
        self.seconds = seconds
        self.keep_all = keep_all

    def ask(self, prompt: str) -> str:
        self.out.write(prompt)
        self.out.flush()
        line = self.keys.readline()
        if not line:
            raise EOFError
        return line.strip().lower()

    def walk(self, items: list[RecordingItem]) -> int:
        saved = 0
        for number, item in enumerate(items, 1):
            self.out.write(f"\n[{number}/{len(items)}] {item.label}\n  {item.script}\n")
            try:
                if self.record_item(item):
                    saved += 1
            except EOFError:
                break
            except _Quit:
                break
        return saved

    def record_item(self, item: RecordingItem) -> bool:
        from .takes import TakeError, prepare, save_take

        if not self.keep_all:
            answer = self.ask("  Enter = record, s = skip, q = quit: ")
            if answer == "q":
                raise _Quit
            if answer == "s":
                return False
        while True:
            raw = self.take()
            try:
                take = prepare(raw, getattr(self.microphone, "rate", 22050))
            except TakeError as exc:
                self.out.write(f"  {exc}\n")
                if self.keep_all:
                    return False
                continue
            if self.keep_all:
                answer = ""
            else:
                answer = self.ask(
                    f"  Heard {take.seconds:.1f} s. Enter = keep, p = play, r = again, s = skip: "
                )
                while answer == "p":
                    self.play(take)
                    answer = self.ask("  Enter = keep, p = play, r = again, s = skip: ")
            if answer == "s":
                return False
            if answer == "r":
                continue
            save_take(take, item.target)
            self.out.write(f"  Kept {item.target}\n")
            return True

    def take(self) -> list[float]:
        self.microphone.start()
        if self.seconds is not None:
            deadline = time.monotonic() + self.seconds
            while time.monotonic() < deadline:
                self._meter()
                time.sleep(0.05)
        else:
            stopped = threading.Event()

            def wait_for_enter() -> None:
                self.keys.readline()
                stopped.set()

            waiter = threading.Thread(target=wait_for_enter, daemon=True)
            self.out.write("  Recording... press Enter to stop\n")
            waiter.start()
            while not stopped.wait(0.05):
                self._meter()
        samples = self.microphone.stop()
        self.out.write("\n")
        return samples

    def _meter(self) -> None:
        bars = int(self.microphone.level * 30)
        self.out.write("\r  " + "#" * bars + "." * (30 - bars))
        self.out.flush()

    def play(self, take: Take) -> None:
        import tempfile

        from .playback import create_player
        from .takes import encode_ogg

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "take.ogg"
            path.write_bytes(encode_ogg(take))
            player = create_player()
            if not player.available:
                self.out.write(f"  {player.unavailable_reason}\n")
                return
            player.play(path)
            time.sleep(take.seconds + 0.2)
            player.stop()


class _Quit(Exception):
    pass
