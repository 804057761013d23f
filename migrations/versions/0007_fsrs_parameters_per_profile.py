"""FSRS parameters per profile, fitted by "Optimise my parameters"

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 03:30:00.000000

Released migrations are never edited: add a new one instead.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fsrs_parameters",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
        sa.Column("review_count", sa.Integer(), nullable=False),
        sa.Column("log_loss_before", sa.Float(), nullable=False),
        sa.Column("log_loss_after", sa.Float(), nullable=False),
        sa.Column("fitted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["custom_user.id"],
            name=op.f("fk_fsrs_parameters_user_id_custom_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_fsrs_parameters")),
    )


def downgrade() -> None:
    op.drop_table("fsrs_parameters")
