"""Soak the kiosk: 1,000 worker visits in one process, offscreen; print the memory growth.

Run: uv run python benchmarks/kiosk_soak.py [--runs 1000] [--warmup 200]
Each visit picks a language, opens a module of the starter curriculum, hears every slide
start (dummy audio driver), hears and then chooses an answer to every question by two taps,
reaches the complaint card and leaves; every other visit is cut short by the idle reset
instead, after its first answer (an unfinished visit). Every answer and visit goes through
the kiosk's real recorder (QueuedRecorder on the one serial writer, RecordsRecorder on a
temporary SQLite file), as `wsr-edu kiosk` runs it. The target is RSS growth under 5%
between the end of the warm-up and the end of the run. The warm-up (200 visits) shows every
slide of every module in every language on both paths at least once, so that font, picture
and audio caches are full before the first measurement: RSS rises over the first ~100 visits
and is flat after that.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wsr_edu.curriculum.loader import load_curriculum  # noqa: E402
from wsr_edu.kiosk.config import KioskConfig, KioskStore  # noqa: E402
from wsr_edu.kiosk.pin import hash_pin  # noqa: E402
from wsr_edu.paths import AppPaths  # noqa: E402
from wsr_edu.session.visit_records import QueuedRecorder, RecordsRecorder  # noqa: E402
from wsr_edu.session.writer import SerialWriter  # noqa: E402


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def settle(app: QApplication) -> None:
    app.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def visit(window, app: QApplication, number: int, writer: SerialWriter) -> bool:  # type: ignore[no-untyped-def]
    """One worker's visit; True when it reached the complaint card, False when reset idle.

    The writer is flushed after each visit, so what is measured includes every write."""
    try:
        return _visit(window, app, number)
    finally:
        writer.flush(60)


def _visit(window, app: QApplication, number: int) -> bool:  # type: ignore[no-untyped-def]
    languages = [lang.code for lang in window.walk.languages]
    window.choose_language(languages[number % len(languages)])
    offers = window.walk.modules()
    window.start_module(offers[number % len(offers)])
    lesson = window.lesson
    cut_short = number % 2 == 1
    answered = False
    steps = 0
    while not window.walk.at_end:
        slide = window.walk.slide
        if slide is not None and slide.question is not None and lesson.question_view:
            for index in slide.question.correct_indexes:
                lesson._tapped(index)  # heard
                lesson._tapped(index)  # chosen (or picked, for choose-all)
            if slide.question.multiple:
                lesson._check()
            answered = True
        if cut_short and answered:
            window.on_idle()
            window.still_there.left = 1
            window.still_there._step()
            settle(app)
            return False
        if window.walk.next_or_skip():
            lesson.show_current()
        steps += 1
        settle(app)
    # The anonymous feedback, when the curriculum asks it: each question heard, then answered.
    from wsr_edu.ui.kiosk.feedback import FeedbackScreen

    screen = window.current_screen
    while isinstance(screen, FeedbackScreen) and screen.view is not None:
        choices = screen.round.slide.question.choices
        screen._tapped(number % len(choices))  # heard
        screen._tapped(number % len(choices))  # chosen
        settle(app)
        screen = window.current_screen
    window.current_screen.finish.emit()
    settle(app)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=200)
    args = parser.parse_args()
    app = QApplication([])
    from wsr_edu.narration.playback import create_player
    from wsr_edu.ui.fonts import register_bundled_fonts
    from wsr_edu.ui.kiosk.window import KioskWindow

    register_bundled_fonts(app)
    curriculum = load_curriculum(REPO / "curricula" / "wsr-basics").curriculum
    assert curriculum is not None
    player = create_player(0.0)
    with tempfile.TemporaryDirectory() as tmp:
        from wsr_edu.records.repository import Records

        records = Records.open(AppPaths(Path(tmp) / "data").ensure(), backup_interval=None)
        writer = SerialWriter()
        recorder = QueuedRecorder(writer, lambda: RecordsRecorder(records))
        store = KioskStore(Path(tmp) / "kiosk.json")
        store.save_pin(hash_pin("2468"))
        store.save_config(KioskConfig(allow_codes=True))
        window = KioskWindow([curriculum], store, player, recorder)
        window.resize(1366, 768)
        window.start(fullscreen=False)
        settle(app)
        for i in range(args.warmup):
            visit(window, app, i, writer)
        gc.collect()
        before = rss_kb()
        started = time.perf_counter()
        completed = sum(visit(window, app, args.warmup + i, writer) for i in range(args.runs))
        seconds = time.perf_counter() - started
        gc.collect()
        after = rss_kb()
        window.leave()
        settle(app)
        writer.close(60)
        stored = records.list_sessions()
        unsaved, failures = recorder.unsaved, len(recorder.failures)
        records.close()
    player.close()
    growth = (after - before) / before * 100
    print(
        f"kiosk soak: {args.runs} visits ({completed} completed, "
        f"{args.runs - completed} reset by idle) in {seconds:.1f} s; audio: "
        f"{'dummy driver' if player.available else 'none'}"
    )
    groups: dict[str, int] = {}
    for session in stored:
        groups[session.group] = groups.get(session.group, 0) + 1
    print(
        f"records (SQLite): {len(stored)} visits stored "
        f"({', '.join(f'{g} {n}' for g, n in sorted(groups.items()))}); "
        f"unsaved {unsaved}, failed writes {failures}"
    )
    print(
        f"RSS after warm-up {before / 1024:.1f} MiB, after run {after / 1024:.1f} MiB, "
        f"growth {growth:+.2f}% (target < 5%)"
    )
    sys.stdout.flush()
    # Exit without interpreter teardown: PySide6 6.12.0 can crash while tearing down widgets
    # at exit, which would hide the result above.
    os._exit(0 if growth < 5 else 1)


if __name__ == "__main__":
    raise SystemExit(main())
