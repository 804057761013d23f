"""flashcard indexes for the card browser's question sort and per-set counts

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 04:35:00.000000

Released migrations are never edited: add a new one instead.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("flashcard", schema=None) as batch_op:
        batch_op.create_index(
            "ix_flashcard_user_question",
            ["user_id", sa.text("question COLLATE NOCASE"), "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_flashcard_user_set_unsuspended",
            ["user_id", "suspended", "set_id"],
            unique=False,
            sqlite_where=sa.text("suspended = 0"),
        )


def downgrade() -> None:
    with op.batch_alter_table("flashcard", schema=None) as batch_op:
        batch_op.drop_index("ix_flashcard_user_set_unsuspended")
        batch_op.drop_index("ix_flashcard_user_question")
