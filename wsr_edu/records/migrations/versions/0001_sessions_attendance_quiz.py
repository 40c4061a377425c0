"""Sessions, attendance marks and group quiz counts."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("group_name", sa.String(200), nullable=False),
        sa.Column("facilitator", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("curriculum_id", sa.String(100), nullable=False),
        sa.Column("curriculum_version", sa.String(50), nullable=False),
        sa.Column("module_id", sa.String(100), nullable=False),
        sa.Column("privacy_mode", sa.String(16), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "privacy_mode IN ('headcount', 'codes', 'names')", name=op.f("ck_sessions_privacy_mode")
        ),
        sa.CheckConstraint("headcount >= 0", name=op.f("ck_sessions_headcount")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_table(
        "attendance",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(16), nullable=True),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('present', 'late', 'left_early', 'excused')",
            name=op.f("ck_attendance_status"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            ondelete="CASCADE",
            name=op.f("fk_attendance_session_id_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("session_id", "code", name="uq_attendance_session_code"),
    )
    op.create_index(op.f("ix_attendance_session_id"), "attendance", ["session_id"])
    op.create_table(
        "quiz_counts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("choice_index", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("count >= 0", name=op.f("ck_quiz_counts_count")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            ondelete="CASCADE",
            name=op.f("fk_quiz_counts_session_id_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_counts")),
        sa.UniqueConstraint(
            "session_id", "question_id", "choice_index", name="uq_quiz_counts_choice"
        ),
    )
    op.create_index(op.f("ix_quiz_counts_session_id"), "quiz_counts", ["session_id"])


def downgrade() -> None:
    op.drop_table("quiz_counts")
    op.drop_table("attendance")
    op.drop_table("sessions")
