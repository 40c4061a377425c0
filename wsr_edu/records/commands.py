"""`wsr-edu export` and `wsr-edu db ...`: reports, demo data, checks, backups and merge bundles."""

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

    db = subparsers.add_parser(
        "db",
        help="records database: seed, check, backup, bundles",
        description="Look after the records database.",
    )
    db.set_defaults(func=lambda _args: (db.print_help(), 2)[1])
    actions = db.add_subparsers(title="actions", metavar="ACTION")

    seed = actions.add_parser("seed", help="add synthetic sessions for demos and benchmarks")
    seed.add_argument("--sessions", type=int, default=200, metavar="N")
    seed.add_argument("--seed", type=int, default=None, help="random seed, for repeatable data")
    seed.add_argument(
        "--names",
        action="store_true",
        help="also make some names-mode sessions with invented names",
    )
    seed.set_defaults(func=run_seed)

    check = actions.add_parser("check", help="check the database's integrity")
    check.add_argument(
        "--repair",
        action="store_true",
        help="keep a copy, then save what can be read and fix what can be fixed",
    )
    check.set_defaults(func=run_check)

    restore = actions.add_parser(
        "restore", help="put a backup in the database's place (the current file is kept)"
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="the backup file (default: the newest one that passes its check)",
    )
    restore.set_defaults(func=run_restore)

    backup = actions.add_parser("backup", help="write a verified copy of the database")
    backup.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="where to write it (default: a new file in the backups folder)",
    )
    backup.set_defaults(func=run_backup)

    bundle_export = actions.add_parser(
        "bundle-export", help="write this laptop's records to a bundle file for merging"
    )
    bundle_export.add_argument("path", metavar="PATH")
    bundle_export.add_argument(
        "--with-names", action="store_true", help="include names recorded in names-mode sessions"
    )
    bundle_export.set_defaults(func=run_bundle_export)

    bundle_import = actions.add_parser(
        "bundle-import", help="merge bundles from other laptops (safe to repeat)"
    )
    bundle_import.add_argument("paths", nargs="+", metavar="PATH")
    bundle_import.add_argument(
        "--key", metavar="KEYFILE", help="the coordinator's organisation.key, for sealed bundles"
    )
    bundle_import.add_argument(
        "--allow-unsigned", action="store_true", help="also accept unsigned (older) bundles"
    )
    bundle_import.set_defaults(func=run_bundle_import)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-31") from None


@contextlib.contextmanager
def _open(args: argparse.Namespace) -> Iterator[Records]:
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


def _guarded(action: Any) -> Any:
    """Run a command, turning a RecordsError into a one-line message and exit code 1."""

    def run(args: argparse.Namespace) -> int:
        from .errors import RecordsError

        try:
            return int(action(args) or 0)
        except RecordsError as exc:
            print(f"wsr-edu: {exc}", file=sys.stderr)
            return 1

    return run


@_guarded
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
            with _open(args) as records:
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


@_guarded
def run_seed(args: argparse.Namespace) -> int:
    from .seed import seed

    with _open(args) as records:
        result = seed(records, args.sessions, rng_seed=args.seed, names=args.names)
    print(
        f"{records.display_name}: added {result.sessions} session(s), {result.marks} "
        f"attendance mark(s), {result.quiz_counts} quiz count(s), {result.kiosk_answers} "
        "kiosk answer(s)",
        file=sys.stderr,
    )
    return 0


def _local_file(args: argparse.Namespace, action: str) -> tuple[Path, Path]:
    """The SQLite file and backups folder to work on; PostgreSQL has its own tools."""
    from ..paths import AppPaths
    from .database import resolve_url, safe_url, sqlite_file
    from .errors import RecordsError

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    url = resolve_url(getattr(args, "database_url", None), paths.database_url)
    file = sqlite_file(url)
    if file is None:
        raise RecordsError(
            f"{safe_url(url)}: `wsr-edu db {action}` works on the local SQLite file; for a "
            "PostgreSQL server use its own tools (pg_dump, pg_restore)"
        )
    return file, paths.backups_dir


@_guarded
def run_restore(args: argparse.Namespace) -> int:
    from .health import restore

    file, folder = _local_file(args, "restore")
    for line in restore(file, folder, Path(args.backup) if args.backup else None):
        print(f"{file}: {line}", file=sys.stderr)
    return 0


@_guarded
def run_check(args: argparse.Namespace) -> int:
    if args.repair:
        from .health import repair

        file, folder = _local_file(args, "check --repair")
        report = repair(file, folder)
        for line in report.done:
            print(f"{file}: {line}")
        for problem in report.problems_left:
            print(f"{file}: still wrong: {problem}")
        print(
            f"{file}: {'repaired' if not report.problems_left else 'problems remain'}; "
            "backups are in " + str(folder),
            file=sys.stderr,
        )
        return 1 if report.problems_left else 0
    with _open(args) as records:
        problems = records.check()
        name = records.display_name
    for problem in problems:
        print(f"{name}: {problem}")
    print(f"{name}: {'ok' if not problems else f'{len(problems)} problem(s)'}", file=sys.stderr)
    return 1 if problems else 0


@_guarded
def run_backup(args: argparse.Namespace) -> int:
    with _open(args) as records:
        target = records.backup(Path(args.path) if args.path else None)
    print(f"{target}: backup written and verified", file=sys.stderr)
    return 0


@_guarded
def run_bundle_export(args: argparse.Namespace) -> int:
    from ..packs.seal import export_sealed  # signed, and sealed when a coordinator is set

    with _open(args) as records:
        return export_sealed(args, records)


@_guarded
def run_bundle_import(args: argparse.Namespace) -> int:
    from ..packs.seal import import_sealed  # checks every signature before merging

    with _open(args) as records:
        return import_sealed(args, records)
