"""Anonymous feedback: tallies per answer, by day and site or by session, never per worker."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_tallies",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=True),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("curriculum_id", sa.String(100), nullable=False),
        sa.Column("curriculum_version", sa.String(50), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("answer", sa.String(8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("count >= 0", name=op.f("ck_feedback_tallies_count")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            ondelete="CASCADE",
            name=op.f("fk_feedback_tallies_session_id_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_tallies")),
    )
    op.create_index("ix_feedback_tallies_day", "feedback_tallies", ["day"])
    op.create_index("ix_feedback_tallies_session_id", "feedback_tallies", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_feedback_tallies_session_id", table_name="feedback_tallies")
    op.drop_index("ix_feedback_tallies_day", table_name="feedback_tallies")
    op.drop_table("feedback_tallies")
