"""`wsr-edu validate`: check curricula and print every problem with its file and line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .problems import Problem, ProblemList


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "validate",
        help="check curricula for mistakes",
        description="Check curricula and list every problem as 'file:line: error|warning: ...'. "
        "Exits 1 when there is an error, 0 otherwise.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a curriculum folder, or a folder holding curriculum folders",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.set_defaults(func=run)


def curricula_for(path: Path) -> tuple[list[Path], ProblemList]:
    """The curriculum folders a PATH argument names, and a problem if it names none."""
    from .problems import ProblemList
    from .result import find_curricula, is_curriculum_dir

    problems = ProblemList()
    if is_curriculum_dir(path):
        return [path], problems
    if path.is_file():
        # A module file or a curriculum.toml: check the curriculum it belongs to.
        for parent in path.parents:
            if is_curriculum_dir(parent):
                return [parent], problems
        return [], problems
    found = find_curricula(path)
    if not found:
        if path.exists():
            problems.error(
                path,
                1,
                "no curriculum here",
                "give a folder that holds curriculum.toml, or a folder of such folders",
            )
        else:
            problems.error(path, 1, "no such file or folder", "check the path")
    return found, problems


AUDIO_HINT = "record it again, copy it again, or run 'wsr-edu narrate' for a new voice"


def run(args: argparse.Namespace) -> int:
    # Loaded here, not when the command line is built: other commands never parse Markdown.
    from .loader import load_curriculum
    from .problems import ProblemList

    errors = warnings = checked = 0
    seen: set[Path] = set()
    for raw in args.paths:
        folders, problems = curricula_for(Path(raw))
        if not folders and not problems and Path(raw).is_file():
            print(f"{raw}: skipped: not part of a curriculum", file=sys.stderr)
        _print(problems, args.quiet)
        errors += len(problems.errors)
        for folder in folders:
            if folder.resolve() in seen:
                continue
            seen.add(folder.resolve())
            checked += 1
            try:
                result = load_curriculum(folder)
                found = result.problems
                from ..narration.audiocheck import unplayable_files  # decodes every audio file

                for audio, why in unplayable_files(folder):
                    found.error(audio, 1, f"audio cannot be played: {why}", AUDIO_HINT)
            except Exception as exc:  # the loader reports bad content; this is a last resort
                found = ProblemList()
                found.error(
                    folder,
                    1,
                    f"unexpected failure while reading: {exc!r}",
                    "please report this, with the curriculum attached",
                )
            _print(found, args.quiet)
            errors += len(found.errors)
            warnings += len(found.warnings)
    status = "ok" if not errors else "failed"
    print(
        f"{checked} curriculum(s) checked: {errors} error(s), {warnings} warning(s): {status}",
        file=sys.stderr,
    )
    return 1 if errors else 0


def _print(problems: list[Problem], quiet: bool) -> None:
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line)):
        if quiet and not problem.is_error:
            continue
        print(problem.format(Path.cwd()))
