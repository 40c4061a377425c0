"""Kiosk answers, and an index for the coordinator's date filters."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sessions_started_at", "sessions", ["started_at"])
    op.create_table(
        "kiosk_answers",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=True),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("curriculum_id", sa.String(100), nullable=False),
        sa.Column("curriculum_version", sa.String(50), nullable=False),
        sa.Column("module_id", sa.String(100), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("chosen", sa.String(40), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            ondelete="SET NULL",
            name=op.f("fk_kiosk_answers_session_id_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kiosk_answers")),
    )
    op.create_index("ix_kiosk_answers_answered_at", "kiosk_answers", ["answered_at"])


def downgrade() -> None:
    op.drop_index("ix_kiosk_answers_answered_at", table_name="kiosk_answers")
    op.drop_table("kiosk_answers")
    op.drop_index("ix_sessions_started_at", table_name="sessions")
