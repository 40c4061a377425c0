"""`wsr-edu print card` and `wsr-edu print handout`: paper for workers to take home."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..curriculum.model import Curriculum


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printing = subparsers.add_parser(
        "print",
        help="print complaint-line wallet cards or a take-home handout (PDF)",
        description="Make PDFs to print for workers: wallet cards with the complaint line, "
        "and a pictorial handout of a module in one language.",
    )
    printing.set_defaults(func=lambda _args: (printing.print_help(), 2)[1])
    kinds = printing.add_subparsers(title="what to print", metavar="WHAT")

    card = kinds.add_parser("card", help="complaint-line wallet cards, several to a page")
    _common(card)
    card.set_defaults(func=run_card)

    handout = kinds.add_parser("handout", help="a take-home handout of one module")
    handout.add_argument("module", metavar="MODULE", help="the module's id, e.g. rights")
    handout.add_argument("--lang", required=True, metavar="L", help="its language, e.g. es")
    _common(handout)
    handout.set_defaults(func=run_handout)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument(
        "--curriculum", metavar="ID", help="which curriculum (default: the only or first one)"
    )
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")


def find_curriculum(args: argparse.Namespace) -> Curriculum:
    """The curriculum asked for, from the bundled ones, --curricula and the user's folder."""
    from ..curriculum.loader import find_curricula, load_curriculum
    from ..paths import AppPaths, bundled_curricula_dir

    roots = [Path(p).expanduser() for p in getattr(args, "curricula", []) or []]
    roots.append(AppPaths.resolve(getattr(args, "data_dir", None)).curricula_dir)
    roots.append(bundled_curricula_dir())
    found: list[Curriculum] = []
    for root in roots:
        for folder in find_curricula(root):
            result = load_curriculum(folder)
            if result.curriculum is not None and not result.problems.errors:
                found.append(result.curriculum)
    if not found:
        raise LookupError("no curriculum found; give one with --curricula DIR")
    wanted = getattr(args, "curriculum", None)
    if wanted is None:
        return found[0]
    for curriculum in found:
        if curriculum.id == wanted:
            return curriculum
    known = ", ".join(sorted({c.id for c in found}))
    raise LookupError(f"no curriculum with id {wanted!r}; found {known}")


def run_card(args: argparse.Namespace) -> int:
    from .card import write_cards

    try:
        curriculum = find_curriculum(args)
        count = write_cards(curriculum, Path(args.out), paper=args.paper)
    except (LookupError, ValueError, OSError) as exc:
        print(f"wsr-edu: {exc}", file=sys.stderr)
        return 1
    print(f"{args.out}: {count} wallet card(s) on one page, from {curriculum.id}", file=sys.stderr)
    return 0


def run_handout(args: argparse.Namespace) -> int:
    from .handout import write_handout

    try:
        curriculum = find_curriculum(args)
        pages = write_handout(curriculum, args.module, args.lang, Path(args.out), paper=args.paper)
    except (LookupError, ValueError, OSError) as exc:
        print(f"wsr-edu: {exc}", file=sys.stderr)
        return 1
    print(f"{args.out}: handout of {args.module} in {args.lang}, {pages} page(s)", file=sys.stderr)
    return 0
