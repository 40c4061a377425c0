"""Paid time: whether a session was held on the clock, and the minutes its module plans."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: copying `sessions` on SQLite would cascade-delete
    # the attendance marks that point at it. Older sessions were not marked as paid.
    op.add_column(
        "sessions",
        sa.Column("paid_time", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("sessions", sa.Column("planned_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("sessions", "planned_minutes")
    op.drop_column("sessions", "paid_time")
