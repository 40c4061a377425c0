"""Render every main screen of the facilitator's app and the kiosk offscreen to PNG files.

Usage: uv run python scripts/screenshots.py OUTDIR [--lang L] [--curriculum DIR] [--size WxH]
       uv run python scripts/screenshots.py OUTDIR --curriculum DIR --every-slide [--lang L]

--lang sets the interface language (en, es, ht, bn); the lessons are shown in that language
too when the curriculum has it, else in its default language.

--every-slide renders every slide of every module, in every language of the curriculum (or
only --lang), on the audience screen, the console (questions revealed) and the kiosk, and
exits 1 if any of them fails (see scripts/every_slide.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A laptop has speakers; SDL's silent driver lets the screens show what a facilitator sees.
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from wsr_edu.curriculum.loader import load_curriculum  # noqa: E402
from wsr_edu.curriculum.model import Curriculum  # noqa: E402
from wsr_edu.paths import bundled_curricula_dir  # noqa: E402
from wsr_edu.ui.app import prepare_application  # noqa: E402
from wsr_edu.ui.context import AppContext  # noqa: E402
from wsr_edu.ui.kiosk.screenshots import render_kiosk_screens  # noqa: E402
from wsr_edu.ui.library.window import LibraryWindow  # noqa: E402

SIZE = (1280, 800)
AUDIENCE = (1280, 720)


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout_ms: int = 10000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(50)
        waited += 50
    if not condition():
        raise SystemExit("timed out waiting for the app")


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"{path} ({path.stat().st_size // 1024} KB)")


def answer_start_dialog(out: Path) -> None:
    """Photograph the start-session dialog F5 opens, then choose to practise (record nothing)."""
    from wsr_edu.ui.session.start_dialog import StartSessionDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StartSessionDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.grab().save(str(out / "start-session.png"))
        dialog.practice_button.click()

    QTimer.singleShot(0, answer)


def shoot_records(context: AppContext, out: Path, curriculum: Curriculum, lang: str) -> None:
    """The coordinator's view over a season of sessions, attendance by codes, a resume offer."""
    from wsr_edu.records.exports.labels import Labels
    from wsr_edu.records.model import PrivacyMode, SessionSetup
    from wsr_edu.records.seed import seed
    from wsr_edu.ui.coordinator.view import CoordinatorView
    from wsr_edu.ui.session.attendance import AttendancePanel

    records = context.records()
    seed(records, 240, rng_seed=7)
    # As the library opens it: words for ids, from the curricula it lists.
    labels = Labels.from_curricula([curriculum], prefer=lang)
    view = CoordinatorView(records, context.tasks, labels=labels)
    view.resize(*SIZE)
    view.show()
    view.start()
    wait_for(lambda: view.figure_sessions.value.text() not in ("", "–"))
    settle(400)
    save(view, out, "coordinator")
    view.close()

    module = curriculum.modules[0]
    session = records.start_session(
        SessionSetup(
            site="North field",
            curriculum_id=curriculum.id,
            curriculum_version=curriculum.version,
            module_id=module.id,
            language=lang,
            group="Crew 4",
            privacy_mode=PrivacyMode.CODES,
        )
    )
    panel = AttendancePanel(records, context.tasks, session)
    panel.resize(520, 420)
    panel.show()
    for code in panel.generate_codes(3):
        panel.mark(code)
    context.tasks.wait(5000)
    settle(300)
    save(panel, out, "attendance-codes")
    panel.close()

    # The session above is still open, as after a power cut: the library offers to resume it.
    # Show the library as a facilitator would have it: the intact curriculum only, not the
    # copies broken above for the error screens.
    context.settings.extra_curricula.clear()
    context.curricula_args = (curriculum.path.parent,)
    library = LibraryWindow(context)
    library.resize(*SIZE)
    library.show()
    wait_for(library.resume_banner.isVisible)
    save(library, out, "library-resume")
    library.close()


def break_copy(source: Path, target: Path) -> Path:
    """A copy of `source` with typical authoring mistakes, for the error screens."""
    shutil.copytree(source, target)
    module_dir = sorted(p for p in (target / "modules").iterdir() if p.is_dir())[0]
    md = sorted(module_dir.glob("*.md"))[0]
    text = md.read_text(encoding="utf-8")
    text = text.replace("- [x]", "- [ ]", 1)
    text = text.replace("](images/", "](images/missing-", 1)
    text = text.replace("{#", "{#Bad Id ", 1) if "{#" in text else text
    md.write_text(text, encoding="utf-8")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="", help="interface language: en, es, ht or bn")
    parser.add_argument("--no-kiosk", action="store_true", help="skip the kiosk screens")
    parser.add_argument("--curriculum", type=Path, default=bundled_curricula_dir() / "wsr-basics")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--every-slide",
        action="store_true",
        help="every slide in every language; exit 1 on failure",
    )
    parser.add_argument(
        "--size", default="", help="window size WxH, e.g. 1366x768 (the audience gets 16:9 of it)"
    )
    args = parser.parse_args()
    if args.size:
        global SIZE, AUDIENCE
        width, height = (int(v) for v in args.size.lower().split("x"))
        SIZE = (width, height)
        AUDIENCE = (width, min(height, width * 9 // 16))
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    if args.every_slide:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from every_slide import every_slide

        return every_slide(app, args)
    temp = Path(tempfile.mkdtemp(prefix="wsr-shots-"))
    try:
        source = temp / "copy" / args.curriculum.name
        shutil.copytree(args.curriculum, source)
        context = AppContext.create(
            argparse.Namespace(
                data_dir=str(temp / "data"), curricula=[str(source)], database_url=None
            )
        )
        context.include_bundled = False
        context.appearance.set_scale(args.scale)
        context.settings.interface_language = args.lang
        prepare_application(app, context)
        curriculum = load_curriculum(args.curriculum).curriculum
        if curriculum is None:
            raise SystemExit(f"{args.curriculum} does not load; run wsr-edu validate on it")
        lang = args.lang if args.lang in curriculum.language_codes else curriculum.default_language

        library = LibraryWindow(context)
        library.resize(*SIZE)
        library.show()
        wait_for(lambda: bool(library.results))
        wait_for(lambda: bool(library.signatures))  # checked just after the first paint
        page = library.curriculum_page
        page.language.setCurrentIndex(max(0, page.language.findData(lang)))
        save(library, out, "library")

        module = next(
            (m for m in curriculum.modules if m.text(lang).questions), curriculum.modules[0]
        )
        page.modules.setCurrentRow(curriculum.modules.index(module))
        answer_start_dialog(out)
        library.present(module.id, lang)
        presenter = library.presenter
        assert presenter is not None
        # The test screen is one display, so the room's picture starts full screen on it with
        # the console hidden; show both as windows of the sizes asked for.
        if presenter.audience.isFullScreen():
            presenter.displays.toggle_full_screen()
        presenter.console.showNormal()
        presenter.console.resize(*SIZE)
        presenter.audience.resize(*AUDIENCE)
        p = presenter.presentation
        pictured = next((s for s in p.text.slides if s.images and not s.question), p.text.slides[0])
        p.go(pictured.index)
        save(presenter.audience, out, "audience-slide")
        question = p.text.questions[0] if p.text.questions else None
        if question is not None:
            p.go(question.index)
            for i, count in enumerate((3, 14, 2, 1)[: len(question.question.choices)]):
                p.set_count(i, count)
            save(presenter.console, out, "presenter-console")
            p.toggle_reveal()
            save(presenter.audience, out, "audience-quiz-revealed")
        else:
            save(presenter.console, out, "presenter-console")
        p.go(p.card_index)
        save(presenter.audience, out, "complaint-card")

        # Authoring preview: a mistake saved while presenting shows in the console's panel.
        p.go(question.index if question is not None else 0)
        module_file = p.module.path / f"{p.language}.md"
        module_file.write_text(
            module_file.read_text(encoding="utf-8").replace("- [x]", "- [ ]"), encoding="utf-8"
        )
        wait_for(presenter.console.error_panel.isVisible)
        save(presenter.console, out, "presenter-reload-errors")
        presenter.stop()
        settle()

        broken = break_copy(args.curriculum, temp / "broken" / args.curriculum.name)
        library.add_folder(broken.parent)
        wait_for(lambda: any(not r.ok for r in library.results))
        library.curricula.setCurrentRow(next(i for i, r in enumerate(library.results) if not r.ok))
        save(library, out, "library-errors")
        library.close()
        settle()
        shoot_records(context, out, curriculum, lang)
        if not args.no_kiosk:
            for path in render_kiosk_screens(out, args.curriculum):
                print(f"{path} ({path.stat().st_size // 1024} KB)")
        context.close()
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
