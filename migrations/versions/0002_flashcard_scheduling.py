"""Flashcard scheduling with FSRS: per-card FSRS state, a review log, card metadata,
and the two review preferences.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 00:41:23.569736

Released migrations are never edited: add a new one instead.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("flashcard_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("usage_created", sa.Boolean(), nullable=False),
        sa.Column("state_before", sa.Integer(), nullable=False),
        sa.Column("step_before", sa.Integer(), nullable=True),
        sa.Column("due_before", sa.DateTime(), nullable=True),
        sa.Column("stability_before", sa.Float(), nullable=True),
        sa.Column("difficulty_before", sa.Float(), nullable=True),
        sa.Column("last_reviewed_before", sa.DateTime(), nullable=True),
        sa.Column("proficiency_before", sa.Integer(), nullable=False),
        sa.Column("status_before", sa.Boolean(), nullable=False),
        sa.Column("last_used_before", sa.DateTime(), nullable=True),
        sa.Column("state_after", sa.Integer(), nullable=False),
        sa.Column("step_after", sa.Integer(), nullable=True),
        sa.Column("due_after", sa.DateTime(), nullable=False),
        sa.Column("stability_after", sa.Float(), nullable=False),
        sa.Column("difficulty_after", sa.Float(), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 4", name=op.f("ck_review_log_rating_range")),
        sa.ForeignKeyConstraint(
            ["flashcard_id"],
            ["flashcard.id"],
            name=op.f("fk_review_log_flashcard_id_flashcard"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["custom_user.id"],
            name=op.f("fk_review_log_user_id_custom_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_log")),
    )
    with op.batch_alter_table("review_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_log_flashcard_id"), ["flashcard_id"], unique=False
        )
        batch_op.create_index(
            "ix_review_log_user_reviewed_at", ["user_id", "reviewed_at"], unique=False
        )

    with op.batch_alter_table("flashcard", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acs_code", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("reference", sa.String(length=255), nullable=True))
        batch_op.add_column(
            sa.Column("suspended", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )
        # Nullable first: existing cards get their creation time, then NOT NULL below.
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_flashcard_acs_code"), ["acs_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_flashcard_category_id"), ["category_id"], unique=False)
        batch_op.create_index(
            "ix_flashcard_suspended",
            ["user_id"],
            unique=False,
            sqlite_where=sa.text("suspended = 1"),
        )

    op.execute("UPDATE flashcard SET updated_at = created_at")
    with op.batch_alter_table("flashcard", schema=None) as batch_op:
        batch_op.alter_column(
            "updated_at",
            existing_type=sa.DateTime(),
            nullable=False,
            server_default=sa.text("CURRENT_TIMESTAMP"),
        )

    # One usage row per card and profile from now on: keep the newest of any duplicates.
    op.execute(
        "DELETE FROM flashcard_usage WHERE id NOT IN "
        "(SELECT MAX(id) FROM flashcard_usage GROUP BY flashcard_id, user_id)"
    )
    with op.batch_alter_table("flashcard_usage", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch_op.add_column(sa.Column("step", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("stability", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("fsrs_difficulty", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("reps", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch_op.add_column(
            sa.Column("lapses", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch_op.drop_index("ix_flashcard_usage_next_review_due")
        batch_op.create_index(
            "ix_flashcard_usage_user_due",
            ["user_id", "next_review_due", "state", "flashcard_id"],
            unique=False,
        )
        batch_op.create_unique_constraint(
            "uq_flashcard_usage_card_user", ["flashcard_id", "user_id"]
        )

    # Cards reviewed before FSRS keep their due date and enter the review state; at
    # 90% retention FSRS's interval equals its stability, so the last interval is
    # the stability estimate, and 5 is the middle of FSRS's difficulty scale.
    op.execute(
        "UPDATE flashcard_usage SET state = 2, reps = 1, fsrs_difficulty = 5.0, "
        "stability = MAX(1.0, julianday(next_review_due) - julianday(last_reviewed)) "
        "WHERE last_reviewed IS NOT NULL AND next_review_due IS NOT NULL"
    )

    with op.batch_alter_table("user_preferences", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("desired_retention", sa.Float(), server_default="0.9", nullable=False)
        )
        batch_op.add_column(
            sa.Column("new_cards_per_day", sa.Integer(), server_default="20", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("user_preferences", schema=None) as batch_op:
        batch_op.drop_column("new_cards_per_day")
        batch_op.drop_column("desired_retention")

    with op.batch_alter_table("flashcard_usage", schema=None) as batch_op:
        batch_op.drop_constraint("uq_flashcard_usage_card_user", type_="unique")
        batch_op.drop_index("ix_flashcard_usage_user_due")
        batch_op.create_index(
            "ix_flashcard_usage_next_review_due", ["next_review_due"], unique=False
        )
        batch_op.drop_column("lapses")
        batch_op.drop_column("reps")
        batch_op.drop_column("fsrs_difficulty")
        batch_op.drop_column("stability")
        batch_op.drop_column("step")
        batch_op.drop_column("state")

    with op.batch_alter_table("flashcard", schema=None) as batch_op:
        batch_op.drop_index("ix_flashcard_suspended", sqlite_where=sa.text("suspended = 1"))
        batch_op.drop_index(batch_op.f("ix_flashcard_category_id"))
        batch_op.drop_index(batch_op.f("ix_flashcard_acs_code"))
        batch_op.drop_column("updated_at")
        batch_op.drop_column("suspended")
        batch_op.drop_column("reference")
        batch_op.drop_column("acs_code")

    with op.batch_alter_table("review_log", schema=None) as batch_op:
        batch_op.drop_index("ix_review_log_user_reviewed_at")
        batch_op.drop_index(batch_op.f("ix_review_log_flashcard_id"))

    op.drop_table("review_log")
