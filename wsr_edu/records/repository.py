"""The records repository: every write is committed at once; reads return frozen dataclasses."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.exc import DBAPIError, OperationalError

from ..paths import AppPaths
from . import backup as backups
from . import codes as codes_mod
from .database import make_engine, migrate, resolve_url, safe_url, sqlite_file
from .device import load_device_id
from .errors import DiskFullError, NamesNotAllowedError, NotFoundError, RecordsError
from .model import (
    ATTENDED_STATUSES,
    AttendanceMark,
    AttendanceStatus,
    FilterOptions,
    ImportReport,
    KioskAnswer,
    PrivacyMode,
    QuestionResult,
    SessionFilters,
    SessionSetup,
    Totals,
    TrainingSession,
)
from .schema import attendance, kiosk_answers, quiz_counts, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine, RowMapping

DEFAULT_BACKUP_INTERVAL = timedelta(days=1)
DEFAULT_KEEP_BACKUPS = 14


def _now() -> datetime:
    return datetime.now()


def _utc_offset_minutes() -> int:
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


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
        self._engine = engine
        self.paths = paths
        self.device_id = device_id
        self.url = url
        self.keep_backups = keep_backups
        self.warnings: list[str] = []
        """Problems that did not stop the work (a scheduled backup that failed), to show."""

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
        `backup_interval` (None: never on a schedule).
        """
        if isinstance(target, AppPaths):
            paths = target
            url = resolve_url(None, paths.database_url)
        else:
            paths = paths or AppPaths.resolve()
            url = resolve_url(target, paths.database_url)
        device = load_device_id(paths.device_file)
        engine = make_engine(url)
        records = cls(engine, paths, device, url, keep_backups)
        try:
            records._migrate_with_retries()
            with records._errors("open"):
                if backup_interval is not None and records.database_file is not None:
                    records._scheduled_backup(backup_interval)
        except BaseException:
            engine.dispose()
            raise
        return records

    def _migrate_with_retries(self, attempts: int = 6) -> None:
        """Bring the schema up to date, waiting out another program doing the same.

        Two programs on one laptop (the facilitator's app and a kiosk, say) may open a new
        database at the same moment; the loser's first try fails on the winner's lock and the
        next one finds the schema already current.
        """
        for attempt in range(attempts):
            try:
                with self._errors("open"):
                    migrate(self._engine, before=self._before_migration)
                return
            except DiskFullError:
                raise
            except RecordsError as exc:
                if attempt == attempts - 1 or not isinstance(exc.__cause__, OperationalError):
                    raise
                time.sleep(0.1 * 2**attempt)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Records:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def database_file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def display_name(self) -> str:
        return str(self.database_file) if self.database_file else safe_url(self.url)

    # -- backups -------------------------------------------------------------------------
    def _before_migration(self, current: str | None, _head: str) -> None:
        file = self.database_file
        if current is not None and file is not None and file.exists():
            backups.take_backup(
                file, self.paths.backups_dir, f"before-migration-{current}", self.keep_backups
            )

    def _scheduled_backup(self, interval: timedelta) -> None:
        file = self.database_file
        if file is None or not file.exists():
            return
        if backups.backup_due(self.paths.backups_dir, interval) and self._has_records():
            try:
                backups.take_backup(file, self.paths.backups_dir, "daily", self.keep_backups)
            except RecordsError as exc:
                # A missed daily copy must never stop a class from being recorded; say so.
                self.warnings.append(str(exc))

    def _has_records(self) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(select(sessions.c.id).limit(1)).first() is not None

    def backup(self, target: Path | None = None) -> Path:
        """A verified copy of the database at `target` (or a new one in the backups folder)."""
        file = self.database_file
        if file is None:
            raise RecordsError(
                f"{self.display_name}: backups here are for the local SQLite file; for a "
                "PostgreSQL server use pg_dump (see docs/records.md)"
            )
        if target is None:
            return backups.take_backup(file, self.paths.backups_dir, "manual", self.keep_backups)
        return backups.backup_sqlite(file, Path(target))

    def check(self) -> list[str]:
        """Integrity problems found; empty when all is well."""
        from .checks import run_checks

        with self._errors("check"), self._engine.connect() as conn:
            return run_checks(conn)

    # -- errors --------------------------------------------------------------------------
    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except RecordsError:
            raise
        except (OperationalError, DBAPIError) as exc:
            if _is_disk_full(exc):
                raise DiskFullError(
                    f"{self.display_name}: the disk is full, so the last change ({action}) was "
                    "not saved; everything saved before it is safe. Free some space (delete "
                    "old files or backups) and try again"
                ) from exc
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise RecordsError(
                f"{self.display_name}: could not {action} ({reason}); check that the disk is "
                "connected and the database is not open in another program"
            ) from exc

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        """One transaction, committed (and flushed to disk) when the block ends."""
        with self._errors(action), self._engine.begin() as conn:
            yield conn

    # -- sessions ------------------------------------------------------------------------
    def start_session(
        self,
        setup: SessionSetup,
        *,
        names_allowed: bool = False,
        started_at: datetime | None = None,
    ) -> TrainingSession:
        mode = PrivacyMode(setup.privacy_mode)
        if mode is PrivacyMode.NAMES and not names_allowed:
            raise NamesNotAllowedError(
                "recording names is switched off for this organisation; use a headcount or "
                "pseudonymous codes (an administrator can allow names in Settings)"
            )
        if not setup.site.strip():
            raise RecordsError("a session needs a site: say where the training takes place")
        now = _now()
        values = {
            "id": str(uuid.uuid4()),
            "device_id": self.device_id,
            "site": setup.site.strip(),
            "group_name": setup.group.strip(),
            "facilitator": setup.facilitator.strip(),
            "language": setup.language,
            "curriculum_id": setup.curriculum_id,
            "curriculum_version": setup.curriculum_version,
            "module_id": setup.module_id,
            "privacy_mode": mode.value,
            "headcount": 0,
            "started_at": started_at or now,
            "ended_at": None,
            "utc_offset_minutes": _utc_offset_minutes(),
            "updated_at": now,
        }
        with self._write("start the session") as conn:
            conn.execute(insert(sessions).values(**values))
        return self.get_session(str(values["id"]))

    def get_session(self, session_id: str) -> TrainingSession:
        with self._errors("read the session"), self._engine.connect() as conn:
            query = select(sessions).where(sessions.c.id == session_id)
            row = conn.execute(query).mappings().first()
        if row is None:
            raise NotFoundError(f"no session with id {session_id}")
        return session_from_row(row)

    def open_sessions(self) -> list[TrainingSession]:
        """Sessions never ended (the app closed or the power failed): offer to resume them."""
        with self._errors("look for unfinished sessions"), self._engine.connect() as conn:
            rows = (
                conn.execute(
                    select(sessions)
                    .where(sessions.c.ended_at.is_(None))
                    .order_by(sessions.c.started_at.desc())
                )
                .mappings()
                .all()
            )
        return [session_from_row(r) for r in rows]

    def end_session(self, session_id: str, ended_at: datetime | None = None) -> TrainingSession:
        """Close the session at `ended_at` (default now; for a crashed one, its last activity)."""
        session = self.get_session(session_id)
        end = ended_at or _now()
        if end < session.started_at:
            end = session.started_at
        with self._write("end the session") as conn:
            conn.execute(
                update(sessions)
                .where(sessions.c.id == session_id)
                .values(ended_at=end, updated_at=_now())
            )
        return self.get_session(session_id)

    def touch_session(self, session_id: str) -> None:
        """Note that the session is still going, so a crash can be closed at its last activity."""
        with self._write("note the session's progress") as conn:
            conn.execute(
                update(sessions).where(sessions.c.id == session_id).values(updated_at=_now())
            )

    def set_headcount(self, session_id: str, count: int) -> TrainingSession:
        if count < 0:
            raise RecordsError("a headcount cannot be negative")
        session = self.get_session(session_id)
        if session.privacy_mode is not PrivacyMode.HEADCOUNT:
            raise RecordsError(
                "this session counts people by their marks; mark each code or name instead"
            )
        with self._write("save the headcount") as conn:
            conn.execute(
                update(sessions)
                .where(sessions.c.id == session_id)
                .values(headcount=count, updated_at=_now())
            )
        return self.get_session(session_id)

    # -- attendance ----------------------------------------------------------------------
    def new_codes(self, count: int, session_id: str | None = None) -> list[str]:
        """Fresh pseudonymous codes for cards (not stored until someone is marked with one)."""
        taken: Iterable[str] = ()
        if session_id is not None:
            taken = [m.code for m in self.attendance(session_id) if m.code]
        return codes_mod.new_codes(count, taken)

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
        status = AttendanceStatus(status)
        session = self.get_session(session_id)
        mode = session.privacy_mode
        if name is not None and mode is not PrivacyMode.NAMES:
            raise NamesNotAllowedError(
                "this session does not record names; mark the person's code instead"
            )
        if mode is PrivacyMode.HEADCOUNT:
            raise RecordsError("this session keeps a headcount only; change the count instead")
        if mode is PrivacyMode.CODES:
            if not code:
                raise RecordsError("give the code printed on the person's card")
            code = codes_mod.normalise_code(code)
            if not codes_mod.is_valid_code(code):
                raise RecordsError(
                    f"{code!r} is not a card code; codes look like "
                    f"{codes_mod.new_code()} (letters and digits, with a dash)"
                )
        elif mark_id is None and not (name and name.strip()):
            raise RecordsError("give the person's name")
        now = _now()
        with self._write("save the attendance mark") as conn:
            existing = None
            if mark_id is not None:
                existing = conn.execute(
                    select(attendance.c.id).where(
                        and_(attendance.c.id == mark_id, attendance.c.session_id == session_id)
                    )
                ).first()
                if existing is None:
                    raise NotFoundError(f"no attendance mark with id {mark_id} in this session")
            elif code is not None:
                existing = conn.execute(
                    select(attendance.c.id).where(
                        and_(attendance.c.session_id == session_id, attendance.c.code == code)
                    )
                ).first()
            if existing is not None:
                values: dict[str, Any] = {"status": status.value, "updated_at": now}
                if name is not None and name.strip():
                    values["name"] = name.strip()
                conn.execute(
                    update(attendance).where(attendance.c.id == existing[0]).values(**values)
                )
                row_id = str(existing[0])
            else:
                row_id = str(uuid.uuid4())
                conn.execute(
                    insert(attendance).values(
                        id=row_id,
                        session_id=session_id,
                        device_id=self.device_id,
                        code=code,
                        name=name.strip() if name else None,
                        status=status.value,
                        marked_at=now,
                        updated_at=now,
                    )
                )
            attended = conn.execute(
                select(func.count())
                .select_from(attendance)
                .where(
                    and_(
                        attendance.c.session_id == session_id,
                        attendance.c.status.in_(ATTENDED_STATUSES),
                    )
                )
            ).scalar_one()
            conn.execute(
                update(sessions)
                .where(sessions.c.id == session_id)
                .values(headcount=attended, updated_at=now)
            )
            row = conn.execute(select(attendance).where(attendance.c.id == row_id)).mappings().one()
        return mark_from_row(row)

    def attendance(self, session_id: str) -> list[AttendanceMark]:
        with self._errors("read the attendance"), self._engine.connect() as conn:
            rows = (
                conn.execute(
                    select(attendance)
                    .where(attendance.c.session_id == session_id)
                    .order_by(attendance.c.marked_at, attendance.c.id)
                )
                .mappings()
                .all()
            )
        return [mark_from_row(r) for r in rows]

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
        if any(c < 0 for c in counts):
            raise RecordsError("a count of raised hands cannot be negative")
        right = set(correct)
        self.get_session(session_id)
        now = _now()
        with self._write("save the quiz counts") as conn:
            existing = {
                int(r.choice_index): str(r.id)
                for r in conn.execute(
                    select(quiz_counts.c.id, quiz_counts.c.choice_index).where(
                        and_(
                            quiz_counts.c.session_id == session_id,
                            quiz_counts.c.question_id == question_id,
                        )
                    )
                )
            }
            for index, count in enumerate(counts):
                values = {"count": int(count), "correct": index in right, "updated_at": now}
                if index in existing:
                    conn.execute(
                        update(quiz_counts)
                        .where(quiz_counts.c.id == existing.pop(index))
                        .values(**values)
                    )
                else:
                    conn.execute(
                        insert(quiz_counts).values(
                            id=str(uuid.uuid4()),
                            session_id=session_id,
                            device_id=self.device_id,
                            question_id=question_id,
                            choice_index=index,
                            **values,
                        )
                    )
            for stale in existing.values():
                conn.execute(
                    update(quiz_counts)
                    .where(quiz_counts.c.id == stale)
                    .values(count=0, updated_at=now)
                )
            conn.execute(update(sessions).where(sessions.c.id == session_id).values(updated_at=now))

    def quiz_counts(self, session_id: str) -> dict[str, tuple[int, ...]]:
        with self._errors("read the quiz counts"), self._engine.connect() as conn:
            rows = conn.execute(
                select(quiz_counts.c.question_id, quiz_counts.c.choice_index, quiz_counts.c.count)
                .where(quiz_counts.c.session_id == session_id)
                .order_by(quiz_counts.c.question_id, quiz_counts.c.choice_index)
            )
            result: dict[str, list[int]] = {}
            for question_id, index, count in rows:
                values = result.setdefault(question_id, [])
                values.extend([0] * (index + 1 - len(values)))
                values[index] = count
        return {q: tuple(v) for q, v in result.items()}

    def record_kiosk_answer(self, answer: KioskAnswer, answered_at: datetime | None = None) -> str:
        now = _now()
        row_id = str(uuid.uuid4())
        with self._write("save the kiosk answer") as conn:
            conn.execute(
                insert(kiosk_answers).values(
                    id=row_id,
                    device_id=self.device_id,
                    session_id=answer.session_id,
                    site=answer.site,
                    curriculum_id=answer.curriculum_id,
                    curriculum_version=answer.curriculum_version,
                    module_id=answer.module_id,
                    language=answer.language,
                    question_id=answer.question_id,
                    chosen=",".join(str(i) for i in sorted(answer.chosen)),
                    correct=answer.correct,
                    answered_at=answered_at or now,
                    updated_at=now,
                )
            )
        return row_id

    def link_kiosk_answers(self, answer_ids: Iterable[str], session_id: str) -> int:
        """Make kiosk answers, written one by one as given, part of the session of their visit.

        One transaction: a completed visit's answers all join its session, or none do. Returns
        how many answers were linked; ids that are not kiosk answers are ignored.
        """
        ids = list(dict.fromkeys(answer_ids))
        self.get_session(session_id)  # NotFoundError for a session that does not exist
        if not ids:
            return 0
        with self._write("link the kiosk answers to their session") as conn:
            result = conn.execute(
                update(kiosk_answers)
                .where(kiosk_answers.c.id.in_(ids))
                # A newer updated_at lets merged bundles carry the link to other laptops.
                .values(session_id=session_id, updated_at=_now())
            )
        return int(result.rowcount)

    def complete_kiosk_visit(
        self, session_id: str, group: str, code: str | None = None
    ) -> TrainingSession:
        """Turn the session of an unfinished kiosk visit into a completed one.

        It moves to `group`; with the worker's `code` it becomes a codes session with that
        one mark, else a headcount of one. The visit's answers stay linked to it.
        """
        self.get_session(session_id)  # NotFoundError for a session that does not exist
        if code is not None:
            code = codes_mod.normalise_code(code)
            if not codes_mod.is_valid_code(code):
                raise RecordsError(f"{code!r} is not a card code")
        mode = PrivacyMode.CODES if code else PrivacyMode.HEADCOUNT
        with self._write("save the finished kiosk visit") as conn:
            conn.execute(
                update(sessions)
                .where(sessions.c.id == session_id)
                .values(
                    group_name=group,
                    privacy_mode=mode.value,
                    headcount=0 if code else 1,
                    updated_at=_now(),
                )
            )
        if code:
            self.mark_attendance(session_id, code=code)
        return self.get_session(session_id)

    # -- reports -------------------------------------------------------------------------
    def list_sessions(
        self, filters: SessionFilters | None = None, limit: int | None = None
    ) -> list[TrainingSession]:
        from . import reports

        with self._errors("list the sessions"), self._engine.connect() as conn:
            return reports.list_sessions(conn, filters or SessionFilters(), limit)

    def totals(self, filters: SessionFilters | None = None) -> Totals:
        from . import reports

        with self._errors("count the totals"), self._engine.connect() as conn:
            return reports.totals(conn, filters or SessionFilters())

    def question_results(self, filters: SessionFilters | None = None) -> list[QuestionResult]:
        from . import reports

        with self._errors("add up the answers"), self._engine.connect() as conn:
            return reports.question_results(conn, filters or SessionFilters())

    def filter_options(self) -> FilterOptions:
        from . import reports

        with self._errors("read the filter lists"), self._engine.connect() as conn:
            return reports.filter_options(conn)

    def names_for(self, session_ids: Iterable[str]) -> dict[str, list[str]]:
        """Names recorded in names-mode sessions, for a user who asked to see them."""
        ids = list(session_ids)
        found: dict[str, list[str]] = {}
        with self._errors("read the names"), self._engine.connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    select(attendance.c.session_id, attendance.c.name)
                    .where(
                        and_(
                            attendance.c.session_id.in_(ids[start : start + 500]),
                            attendance.c.name.is_not(None),
                        )
                    )
                    .order_by(attendance.c.name)
                )
                for session_id, name in rows:
                    found.setdefault(session_id, []).append(name)
        return found

    # -- bundles -------------------------------------------------------------------------
    def export_bundle(self, path: Path, *, with_names: bool = False) -> int:
        from .bundle import export_bundle

        with self._errors("read the records for the bundle"), self._engine.connect() as conn:
            return export_bundle(conn, Path(path), self.device_id, with_names=with_names)

    def import_bundles(self, paths: Sequence[Path]) -> ImportReport:
        from .bundle import import_bundles

        with self._errors("merge the bundle"):
            return import_bundles(self._engine, [Path(p) for p in paths])


def _is_disk_full(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "53100":  # PostgreSQL: disk_full
        return True
    text = str(orig or exc).lower()
    return "disk is full" in text or "no space left" in text


def session_from_row(row: RowMapping) -> TrainingSession:
    return TrainingSession(
        id=row["id"],
        device_id=row["device_id"],
        site=row["site"],
        group=row["group_name"],
        facilitator=row["facilitator"],
        language=row["language"],
        curriculum_id=row["curriculum_id"],
        curriculum_version=row["curriculum_version"],
        module_id=row["module_id"],
        privacy_mode=PrivacyMode(row["privacy_mode"]),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        headcount=row["headcount"],
        utc_offset_minutes=row["utc_offset_minutes"],
        updated_at=row["updated_at"],
    )


def mark_from_row(row: RowMapping) -> AttendanceMark:
    return AttendanceMark(
        id=row["id"],
        session_id=row["session_id"],
        status=AttendanceStatus(row["status"]),
        marked_at=row["marked_at"],
        code=row["code"],
        name=row["name"],
    )
