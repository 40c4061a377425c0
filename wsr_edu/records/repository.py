"""The records facade: every write is committed at once; reads return frozen dataclasses.

`Records` is the one object the rest of the app holds. Each responsibility lives in its own
module and takes the open `Database`: `opening` (migrations, backups, checks), `training`
(sessions), `marks` (attendance), `quizzes` (group counts), `kiosk` (kiosk answers),
`reports` (read-only queries) and `bundle` (merging laptops).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import AppPaths
from . import feedback, health, kiosk, marks, opening, quizzes, training
from .access import Database
from .database import make_engine, resolve_url, sqlite_file
from .device import load_device_id
from .files import sync_folder_and_name
from .model import (
    AttendanceMark,
    AttendanceStatus,
    FeedbackAnswer,
    FeedbackTally,
    FilterOptions,
    ImportReport,
    KioskAnswer,
    QuestionResult,
    SessionFilters,
    SessionSetup,
    Totals,
    TrainingSession,
)
from .rows import mark_from_row, session_from_row

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from .issued import PictureMatch

__all__ = ["Records", "mark_from_row", "session_from_row"]

DEFAULT_BACKUP_INTERVAL = timedelta(days=1)
DEFAULT_KEEP_BACKUPS = 14


class Records:
    """One open database. Safe to call from one worker thread at a time (the app serialises)."""

    def __init__(
        self,
        engine: Engine,
        paths: AppPaths,
        device_id: str,
        url: str,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
    ) -> None:
        self._db = Database(engine, device_id, url)
        self.paths = paths
        self.keep_backups = keep_backups
        self._backup: opening.BackgroundBackup | None = None

    @property
    def warnings(self) -> list[str]:
        """Problems that did not stop the work (a daily backup that failed), to show."""
        problem = self.backup_status.problem
        return [problem] if problem else []

    @property
    def backup_status(self) -> opening.BackupStatus:
        """This start's daily backup (it runs in the background); safe from any thread."""
        return self._backup.status if self._backup else opening.BackupStatus()

    @property
    def daily_backup(self) -> opening.BackgroundBackup | None:
        """The daily backup's job (its `status` is plain memory, safe to poll from any thread)."""
        return self._backup

    def wait_for_backup(self, timeout: float | None = None) -> opening.BackupStatus:
        """Wait for the daily backup to finish (tests, the command line, closing)."""
        return self._backup.wait(timeout) if self._backup else opening.BackupStatus()

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        target: AppPaths | str | None = None,
        *,
        paths: AppPaths | None = None,
        backup_interval: timedelta | None = DEFAULT_BACKUP_INTERVAL,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
    ) -> Records:
        """Open (creating or migrating) the database: an AppPaths, an SQLAlchemy URL, or None.

        None means the --database-url / WSR_EDU_DATABASE_URL override or the local file. A
        verified backup is taken before any migration and, for SQLite files, at most once per
        `backup_interval` (None: never on a schedule), in the background (`backup_status`).
        An SQLite file that is missing or empty while good backups exist, or damaged, raises
        `health.DamagedDatabaseError`.
        """
        if isinstance(target, AppPaths):
            paths = target
            url = resolve_url(None, paths.database_url)
        else:
            paths = paths or AppPaths.resolve()
            url = resolve_url(target, paths.database_url)
        file = sqlite_file(url)
        if file is not None:
            # A missing, emptied or damaged file is refused while backups can bring it back.
            health.preflight(file, paths.backups_dir)
        device = load_device_id(paths.device_file)
        engine = make_engine(url)
        if file is not None:
            sync_folder_and_name(file.parent)
        records = cls(engine, paths, device, url, keep_backups)
        try:
            opening.remove_stale_partials(paths)
            opening.migrate_with_retries(records._db, paths, keep_backups)
            if backup_interval is not None and opening.daily_backup_due(
                records._db, paths, backup_interval
            ):
                records._backup = opening.BackgroundBackup(records._db, paths, keep_backups)
        except BaseException:
            engine.dispose()
            raise
        return records

    def close(self) -> None:
        # The backup has its own connection; let it finish so no half copy is left behind.
        self.wait_for_backup()
        self._db.engine.dispose()

    def __enter__(self) -> Records:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        return self._db.engine

    @property
    def device_id(self) -> str:
        return self._db.device_id

    @property
    def url(self) -> str:
        return self._db.url

    @property
    def database_file(self) -> Path | None:
        return self._db.file

    @property
    def display_name(self) -> str:
        return self._db.display_name

    # -- backups and checks --------------------------------------------------------------
    def backup(self, target: Path | None = None) -> Path:
        """A verified copy of the database at `target` (or a new one in the backups folder)."""
        return opening.backup(self._db, self.paths, target, self.keep_backups)

    def check(self) -> list[str]:
        """Integrity problems found; empty when all is well."""
        return opening.check(self._db)

    # -- errors (for the export writers) ---------------------------------------------------
    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        with self._db.errors(action):
            yield

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        """One transaction, begun with the write lock and committed when the block ends."""
        with self._db.write(action) as conn:
            yield conn

    # -- sessions ------------------------------------------------------------------------
    def start_session(
        self,
        setup: SessionSetup,
        *,
        names_allowed: bool = False,
        started_at: datetime | None = None,
        paid_time: bool | None = None,
        planned_minutes: int | None = None,
    ) -> TrainingSession:
        """Open a session; `paid_time` and `planned_minutes` override the setup's when given."""
        return training.start(
            self._db,
            setup,
            names_allowed=names_allowed,
            started_at=started_at,
            paid_time=paid_time,
            planned_minutes=planned_minutes,
        )

    def get_session(self, session_id: str) -> TrainingSession:
        return training.get(self._db, session_id)

    def open_sessions(self) -> list[TrainingSession]:
        """Sessions never ended (the app closed or the power failed): offer to resume them."""
        return training.unfinished(self._db)

    def end_session(self, session_id: str, ended_at: datetime | None = None) -> TrainingSession:
        """Close the session at `ended_at` (default now; for a crashed one, its last activity)."""
        return training.end(self._db, session_id, ended_at)

    def touch_session(self, session_id: str) -> None:
        """Note that the session is still going, so a crash can be closed at its last activity."""
        training.touch(self._db, session_id)

    def set_headcount(self, session_id: str, count: int) -> TrainingSession:
        return training.set_headcount(self._db, session_id, count)

    # -- attendance ----------------------------------------------------------------------
    def new_codes(
        self, count: int, session_id: str | None = None, drawn: Sequence[str] = ()
    ) -> list[str]:
        """Fresh pseudonymous codes for cards (not stored until issued or marked), with
        pictures of their own among the codes known here and those already `drawn`."""
        return marks.new_codes(self._db, count, session_id, drawn)

    def issue_codes(self, codes: Sequence[str]) -> list[str]:
        """Note `codes` as printed on cards here, and return the codes to print.

        Each keeps its place; a new code whose three pictures another known code has is
        replaced by one with free pictures, so pictures name one code on this laptop.
        """
        from . import issued

        return issued.issue(self._db, codes)

    def find_code_by_pictures(self, pictures: Sequence[int]) -> PictureMatch:
        """The code issued or marked here lately whose pictures are `pictures`, if just one."""
        from . import issued

        return issued.find(self._db, pictures)

    def mark_attendance(
        self,
        session_id: str,
        status: AttendanceStatus | str = AttendanceStatus.PRESENT,
        *,
        code: str | None = None,
        name: str | None = None,
        mark_id: str | None = None,
    ) -> AttendanceMark:
        """Record one person's status, committed before returning.

        Codes sessions take a `code` (marking the same code again changes its status); names
        sessions take a `name`, or the `mark_id` of an earlier mark to change its status.
        """
        return marks.mark(self._db, session_id, status, code=code, name=name, mark_id=mark_id)

    def attendance(self, session_id: str) -> list[AttendanceMark]:
        return marks.marks(self._db, session_id)

    def names_for(self, session_ids: Iterable[str]) -> dict[str, list[str]]:
        """Names recorded in names-mode sessions, for a user who asked to see them."""
        return marks.names_for(self._db, session_ids)

    # -- quiz ----------------------------------------------------------------------------
    def record_quiz_counts(
        self,
        session_id: str,
        question_id: str,
        counts: Sequence[int],
        *,
        correct: Iterable[int] = (),
    ) -> None:
        """Hands shown for each choice of a question (index = choice); replaces earlier counts.

        `correct` lists the indexes of the right choices, so results can say how many were right.
        """
        quizzes.record(self._db, session_id, question_id, counts, correct)

    def quiz_counts(self, session_id: str) -> dict[str, tuple[int, ...]]:
        return quizzes.counts(self._db, session_id)

    # -- kiosk answers -------------------------------------------------------------------
    def record_kiosk_answer(self, answer: KioskAnswer, answered_at: datetime | None = None) -> str:
        return kiosk.record(self._db, answer, answered_at)

    def link_kiosk_answers(self, answer_ids: Iterable[str], session_id: str) -> int:
        """Make kiosk answers, written one by one as given, part of the session of their visit.

        One transaction: a completed visit's answers all join its session, or none do. Returns
        how many answers were linked; ids that are not kiosk answers are ignored.
        """
        return kiosk.link(self._db, answer_ids, session_id)

    def complete_kiosk_visit(
        self, session_id: str, group: str, code: str | None = None
    ) -> TrainingSession:
        """Turn the session of an unfinished kiosk visit into a completed one.

        It moves to `group`; with the worker's `code` it becomes a codes session with that
        one mark, else a headcount of one. The visit's answers stay linked to it.
        """
        kiosk.complete_visit(self._db, session_id, group, code)
        if code:
            self.mark_attendance(session_id, code=code)
        return self.get_session(session_id)

    # -- anonymous feedback -------------------------------------------------------------
    def add_feedback_answer(self, answer: FeedbackAnswer) -> None:
        """One more worker gave this feedback answer at the kiosk, at this site on this day."""
        feedback.add_kiosk_answer(self._db, answer)

    def record_feedback_counts(
        self,
        session_id: str,
        question_id: str,
        counts: Sequence[int],
        *,
        curriculum_version: str,
        language: str,
    ) -> None:
        """Hands shown for each answer (index = answer) of a feedback question in a class;
        replaces earlier counts for that question."""
        feedback.set_session_counts(
            self._db, session_id, curriculum_version, language, question_id, counts
        )

    def feedback_counts(self, session_id: str) -> dict[str, tuple[int, ...]]:
        return feedback.session_counts(self._db, session_id)

    def feedback_tallies(self, filters: SessionFilters | None = None) -> list[FeedbackTally]:
        with self._db.read("add up the feedback") as conn:
            return feedback.tallies(conn, filters or SessionFilters())

    # -- reports -------------------------------------------------------------------------
    def list_sessions(
        self, filters: SessionFilters | None = None, limit: int | None = None
    ) -> list[TrainingSession]:
        from . import reports

        with self._db.read("list the sessions") as conn:
            return reports.list_sessions(conn, filters or SessionFilters(), limit)

    def totals(self, filters: SessionFilters | None = None) -> Totals:
        from . import reports

        with self._db.read("count the totals") as conn:
            return reports.totals(conn, filters or SessionFilters())

    def question_results(self, filters: SessionFilters | None = None) -> list[QuestionResult]:
        from . import reports

        with self._db.read("add up the answers") as conn:
            return reports.question_results(conn, filters or SessionFilters())

    def filter_options(self) -> FilterOptions:
        from . import reports

        with self._db.read("read the filter lists") as conn:
            return reports.filter_options(conn)

    # -- bundles -------------------------------------------------------------------------
    def export_bundle(self, path: Path, *, with_names: bool = False) -> int:
        from .bundle import export_bundle

        with self._db.read("read the records for the bundle") as conn:
            return export_bundle(conn, Path(path), self.device_id, with_names=with_names)

    def import_bundles(self, paths: Sequence[Path]) -> ImportReport:
        from .bundle import import_bundles

        with self._db.errors("merge the bundle"):
            return import_bundles(self.engine, [Path(p) for p in paths])
