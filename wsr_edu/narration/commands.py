"""`wsr-edu narrate`: make the missing voices of a curriculum ahead of time, offline if need be."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .generate import Report


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "narrate",
        help="make the missing narration voices ahead of time",
        description="Generate a voice for every slide that has no recording, from its 'Say:' "
        "script or its visible text. Uses the online voice (gTTS) where it speaks the language "
        "and the internet is there, the offline voice (espeak-ng) otherwise. Only slides whose "
        "text changed are made again; recordings by people are never touched.",
    )
    parser.add_argument("path", metavar="PATH", help="a curriculum folder")
    parser.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="L",
        help="only this language code (may be repeated, or 'en,es')",
    )
    parser.add_argument(
        "--engine",
        choices=("gtts", "espeak"),
        help="use only this voice (default: gTTS when possible, else espeak-ng)",
    )
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=4,
        metavar="N",
        help="voices made at the same time (default: 4)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="make every voice again, even those that are up to date",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="only say what would be made; write nothing"
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="make nothing; list per language how many parts a person recorded, a voice "
        "was generated for, or nothing narrates",
    )
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from ..curriculum.commands import curricula_for
    from ..curriculum.loader import load_curriculum
    from ..paths import inside_bundle
    from .engines.espeak_engine import EspeakEngine
    from .engines.gtts_engine import GttsEngine
    from .generate import AUTO, NarrateAbort, Narrator, Options

    folders, problems = curricula_for(Path(args.path))
    for problem in problems:
        print(problem.format(Path.cwd()), file=sys.stderr)
    if problems.errors or not folders:
        if not problems.errors:
            print(
                f"{args.path}: not part of a curriculum (give the curriculum folder)",
                file=sys.stderr,
            )
        return 1
    languages = tuple(code.strip() for raw in args.lang for code in raw.split(",") if code.strip())
    engine = {"gtts": "gtts", "espeak": "espeak-ng"}.get(args.engine or "", AUTO)
    options = Options(
        engine=engine, languages=languages, jobs=args.jobs, force=args.force, dry_run=args.dry_run
    )
    status = 0
    for folder in folders:
        if inside_bundle(folder):
            print(
                f"{folder}: this curriculum ships inside the installed app, which is read-only; "
                "copy its folder elsewhere (e.g. into the user data folder's curricula/) and "
                "narrate the copy",
                file=sys.stderr,
            )
            status = 1
            continue
        result = load_curriculum(folder)
        if not result.ok or result.curriculum is None:
            for problem in sorted(result.problems, key=lambda p: (str(p.path), p.line)):
                print(problem.format(Path.cwd()), file=sys.stderr)
            print(
                f"{folder}: fix the errors above first (check with: wsr-edu validate "
                f"{folder}); no narration was made",
                file=sys.stderr,
            )
            status = 1
            continue
        curriculum = result.curriculum
        unknown = [code for code in languages if code not in curriculum.language_codes]
        if unknown:
            print(
                f"{folder}: no language {', '.join(unknown)} in this curriculum (it has: "
                f"{', '.join(curriculum.language_codes)})",
                file=sys.stderr,
            )
            status = 1
            continue
        if args.report:
            from .coverage import coverage, print_coverage

            print_coverage(curriculum.id, coverage(curriculum, languages), sys.stdout)
            continue
        narrator = Narrator({"gtts": GttsEngine(), "espeak-ng": EspeakEngine()}, options)
        try:
            report = narrator.run(curriculum)
        except NarrateAbort as exc:
            print(f"wsr-edu narrate: {exc}", file=sys.stderr)
            status = 1
            continue
        print_report(curriculum.id, report, sys.stdout)
        if not report.ok:
            status = 1
    return status


def print_report(name: str, report: Report, out: TextIO) -> None:
    made = "would generate" if report.dry_run else "generated"
    engines: dict[str, int] = {}
    for _, engine in report.generated:
        engines[engine] = engines.get(engine, 0) + 1
    by_engine = ", ".join(f"{engine} {count}" for engine, count in sorted(engines.items()))
    rows = [
        (made, len(report.generated), f"({by_engine})" if by_engine else ""),
        ("up to date", len(report.up_to_date), ""),
        ("skipped recordings", len(report.recordings), _few(report.recordings)),
        ("failed", len(report.failed), ""),
    ]
    print(f"narration for {name}:", file=out)
    for title, count, extra in rows:
        print(f"  {title + ':':<20}{count:>4}  {extra}".rstrip(), file=out)
    for label, reason in report.failed:
        print(f"    {label}: {reason}", file=out)
    if report.dry_run:
        for label, engine in report.generated:
            print(f"    {label} ({engine})", file=out)
    if report.removed:
        verb = "would remove" if report.dry_run else "removed"
        print(
            f"  {verb} {len(report.removed)} voice(s) of slides that no longer exist: "
            f"{_few(report.removed)}",
            file=out,
        )
    for note in report.notes:
        print(note, file=out)
    if report.failed and not report.dry_run:
        print("Run the same command again to retry the failed ones; the rest is kept.", file=out)


def _few(labels: list[str], limit: int = 5) -> str:
    if not labels:
        return ""
    shown = ", ".join(labels[:limit])
    return f"({shown}{', ...' if len(labels) > limit else ''})"
