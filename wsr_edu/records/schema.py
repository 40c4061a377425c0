"""The tables, as SQLAlchemy Core metadata; migrations in `migrations/` create them."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    false,
)

# Stable constraint names so Alembic can alter tables the same way on SQLite and PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

UUID_LEN = 36

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(UUID_LEN), primary_key=True),
    Column("device_id", String(UUID_LEN), nullable=False),
    Column("site", String(200), nullable=False),
    Column("group_name", String(200), nullable=False, default=""),
    Column("facilitator", String(200), nullable=False, default=""),
    Column("language", String(16), nullable=False),
    Column("curriculum_id", String(100), nullable=False),
    Column("curriculum_version", String(50), nullable=False),
    Column("module_id", String(100), nullable=False),
    Column("privacy_mode", String(16), nullable=False),
    Column("headcount", Integer, nullable=False, default=0),
    Column("started_at", DateTime, nullable=False),
    Column("ended_at", DateTime, nullable=True),
    Column("utc_offset_minutes", Integer, nullable=False, default=0),
    Column("updated_at", DateTime, nullable=False),
    # Added by migration 0003: education held on paid time, and the module's planned minutes.
    Column("paid_time", Boolean, nullable=False, default=False, server_default=false()),
    Column("planned_minutes", Integer, nullable=True),
    CheckConstraint("privacy_mode IN ('headcount', 'codes', 'names')", name="privacy_mode"),
    CheckConstraint("headcount >= 0", name="headcount"),
    Index("ix_sessions_started_at", "started_at"),
)

attendance = Table(
    "attendance",
    metadata,
    Column("id", String(UUID_LEN), primary_key=True),
    Column(
        "session_id",
        String(UUID_LEN),
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("device_id", String(UUID_LEN), nullable=False),
    Column("code", String(16), nullable=True),
    Column("name", String(200), nullable=True),
    Column("status", String(16), nullable=False),
    Column("marked_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("session_id", "code", name="uq_attendance_session_code"),
    CheckConstraint("status IN ('present', 'late', 'left_early', 'excused')", name="status"),
)

quiz_counts = Table(
    "quiz_counts",
    metadata,
    Column("id", String(UUID_LEN), primary_key=True),
    Column(
        "session_id",
        String(UUID_LEN),
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("device_id", String(UUID_LEN), nullable=False),
    Column("question_id", String(100), nullable=False),
    Column("choice_index", Integer, nullable=False),
    Column("count", Integer, nullable=False),
    Column("correct", Boolean, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("session_id", "question_id", "choice_index", name="uq_quiz_counts_choice"),
    CheckConstraint("count >= 0", name="count"),
)

kiosk_answers = Table(
    "kiosk_answers",
    metadata,
    Column("id", String(UUID_LEN), primary_key=True),
    Column("device_id", String(UUID_LEN), nullable=False),
    Column(
        "session_id",
        String(UUID_LEN),
        ForeignKey("sessions.id", ondelete="SET NULL"),
        nullable=True,
    ),
    Column("site", String(200), nullable=False, default=""),
    Column("curriculum_id", String(100), nullable=False),
    Column("curriculum_version", String(50), nullable=False),
    Column("module_id", String(100), nullable=False),
    Column("language", String(16), nullable=False),
    Column("question_id", String(100), nullable=False),
    Column("chosen", String(40), nullable=False),
    Column("correct", Boolean, nullable=False),
    Column("answered_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_kiosk_answers_answered_at", "answered_at"),
)

issued_codes = Table(
    "issued_codes",
    metadata,
    Column("code", String(16), primary_key=True),
    Column("device_id", String(UUID_LEN), nullable=False),
    Column("issued_at", DateTime, nullable=False),
    Index("ix_issued_codes_issued_at", "issued_at"),
)
"""Codes printed on cards by this laptop, so its kiosk can find one by its three pictures.
Local to the laptop: not in bundles (a code names nobody; the marks carry attendance)."""
feedback_tallies = Table(
    "feedback_tallies",
    metadata,
    # A name-based id (see `feedback.tally_id`): the same tally on the same laptop is always
    # the same row, so bundles merge it without duplicates.
    Column("id", String(UUID_LEN), primary_key=True),
    Column("device_id", String(UUID_LEN), nullable=False),
    Column(
        "session_id",
        String(UUID_LEN),
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=True,
        index=True,
    ),
    Column("site", String(200), nullable=False),
    # The day only (YYYY-MM-DD), never a time: a tally must not point at a visit.
    Column("day", String(10), nullable=False),
    Column("curriculum_id", String(100), nullable=False),
    Column("curriculum_version", String(50), nullable=False),
    Column("language", String(16), nullable=False),
    Column("question_id", String(100), nullable=False),
    Column("answer", String(8), nullable=False),
    Column("count", Integer, nullable=False),
    # Raised by one at every change, in place of a time: the newer row wins a merge.
    Column("revision", Integer, nullable=False),
    CheckConstraint("count >= 0", name="count"),
    Index("ix_feedback_tallies_day", "day"),
)

# Parents before children: the order bundles are written and read in.
TABLES = (sessions, attendance, quiz_counts, kiosk_answers, feedback_tallies)
