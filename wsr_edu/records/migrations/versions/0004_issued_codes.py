"""Issued card codes: what this laptop printed, so its kiosk can find a code by its pictures."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_codes",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_issued_codes")),
    )
    op.create_index("ix_issued_codes_issued_at", "issued_codes", ["issued_at"])


def downgrade() -> None:
    op.drop_index("ix_issued_codes_issued_at", table_name="issued_codes")
    op.drop_table("issued_codes")
