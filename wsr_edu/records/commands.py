"""`wsr-edu export`: reports of the sessions recorded; and what every records command shares
(`open_records`, `guarded`). `wsr-edu db ...` is in `db_commands`."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..paths import AppPaths
    from .exports.labels import Labels
    from .filters import SessionFilters
    from .repository import Records


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = subparsers.add_parser(
        "export",
        help="write attendance and results to CSV, XLSX or PDF",
        description="Write a report of the sessions recorded. Names are left out unless "
        "--with-names is given (and only sessions that recorded names have any).",
    )
    export.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument(
        "--table",
        choices=("sessions", "attendance", "questions", "understanding", "paid", "feedback"),
        default="sessions",
        help="for CSV: which table to write (default: sessions); XLSX holds all of them, the "
        "PDF report all but attendance",
    )
    export.add_argument(
        "--titles-language",
        metavar="L",
        help="module and question titles in this language where the curriculum has it "
        "(default: each session's teaching language)",
    )
    export.add_argument(
        "--organisation",
        help="the organisation named on the PDF report (default: the curricula's)",
    )
    export.add_argument(
        "--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="first day to include"
    )
    export.add_argument(
        "--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="last day to include"
    )
    export.add_argument("--site", help="only this site")
    export.add_argument("--module", help="only this module id")
    export.add_argument("--facilitator", help="only this facilitator")
    export.add_argument("--language", help="only this language code")
    export.add_argument(
        "--with-names", action="store_true", help="include names recorded in names-mode sessions"
    )
    export.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    export.set_defaults(func=run_export)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-31") from None


@contextlib.contextmanager
def open_records(args: argparse.Namespace) -> Iterator[Records]:
    """The records for one command; a daily backup that failed is reported at the end."""
    from ..paths import AppPaths
    from .repository import Records

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    records = Records.open(getattr(args, "database_url", None), paths=paths)
    try:
        yield records
    finally:
        records.close()
        for warning in records.warnings:
            print(f"wsr-edu: warning: {warning}", file=sys.stderr)


def guarded(action: Any) -> Any:
    """Run a command, turning a RecordsError into a one-line message and exit code 1."""

    def run(args: argparse.Namespace) -> int:
        from .errors import RecordsError

        try:
            return int(action(args) or 0)
        except RecordsError as exc:
            print(f"wsr-edu: {exc}", file=sys.stderr)
            return 1

    return run


@guarded
def run_export(args: argparse.Namespace) -> int:
    from ..paths import AppPaths, bundled_curricula_dir
    from .exports import export
    from .exports.labels import Labels
    from .filters import SessionFilters

    # Words for the ids: every curriculum this computer knows (bundled, --curricula, the user's).
    # Kept loads (the library's scan cache) spare parsing the curricula again.
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    roots = [Path(p).expanduser() for p in getattr(args, "curricula", []) or []]
    roots += [paths.curricula_dir, bundled_curricula_dir()]
    labels = Labels.from_folders(roots, prefer=args.titles_language, kept=paths.scan_cache_dir)

    filters = SessionFilters(
        date_from=args.date_from,
        date_to=args.date_to,
        site=args.site,
        module_id=args.module,
        facilitator=args.facilitator,
        language=args.language,
    )
    from ..progress import Progress

    progress = Progress(0, label="exporting", unit="rows", quiet=args.quiet or not sys.stderr)
    try:
        rows = _quick_export(args, paths, filters, labels, progress)
        if rows is None:
            with open_records(args) as records:
                rows = export(
                    records,
                    args.format,
                    Path(args.out),
                    filters,
                    with_names=args.with_names,
                    table=args.table,
                    progress=progress,
                    labels=labels,
                    organisation=args.organisation or "",
                )
    finally:
        progress.finish()
    print(f"{args.out}: {rows:,} row(s) written", file=sys.stderr)
    return 0


def _quick_export(
    args: argparse.Namespace,
    paths: AppPaths,
    filters: SessionFilters,
    labels: Labels,
    progress: Any,
) -> int | None:
    """A CSV of sessions or attendance from the local file without SQLAlchemy (exports/quick.py),
    or None where the full path must write it."""
    from .database import resolve_url

    if args.format != "csv" or resolve_url(
        getattr(args, "database_url", None), paths.database_url
    ) != (paths.database_url):
        return None
    from .exports.quick import quick_csv

    return quick_csv(
        paths.database_file,
        Path(args.out),
        filters,
        table=args.table,
        with_names=args.with_names,
        labels=labels,
        progress=progress,
    )
