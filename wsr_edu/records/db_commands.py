"""`wsr-edu db ...`: demo data, checks, restores, backups and merge bundles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .commands import guarded, open_records


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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


@guarded
def run_seed(args: argparse.Namespace) -> int:
    from .seed import seed

    with open_records(args) as records:
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


@guarded
def run_restore(args: argparse.Namespace) -> int:
    from .health import restore

    file, folder = _local_file(args, "restore")
    for line in restore(file, folder, Path(args.backup) if args.backup else None):
        print(f"{file}: {line}", file=sys.stderr)
    return 0


@guarded
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
    with open_records(args) as records:
        problems = records.check()
        name = records.display_name
    for problem in problems:
        print(f"{name}: {problem}")
    print(f"{name}: {'ok' if not problems else f'{len(problems)} problem(s)'}", file=sys.stderr)
    return 1 if problems else 0


@guarded
def run_backup(args: argparse.Namespace) -> int:
    with open_records(args) as records:
        target = records.backup(Path(args.path) if args.path else None)
    print(f"{target}: backup written and verified", file=sys.stderr)
    return 0


@guarded
def run_bundle_export(args: argparse.Namespace) -> int:
    from ..packs.seal import export_sealed  # signed, and sealed when a coordinator is set

    with open_records(args) as records:
        return export_sealed(args, records)


@guarded
def run_bundle_import(args: argparse.Namespace) -> int:
    from ..packs.seal import import_sealed  # checks every signature before merging

    with open_records(args) as records:
        return import_sealed(args, records)
