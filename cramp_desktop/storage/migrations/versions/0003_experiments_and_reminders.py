"""Self-experiments, their daily adherence, and reminder times.

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "experiment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiment")),
        sa.CheckConstraint("weeks BETWEEN 2 AND 8", name=op.f("ck_experiment_weeks_range")),
    )
    op.create_table(
        "adherence_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adherence_day")),
        sa.UniqueConstraint(
            "experiment_id", "day", name=op.f("uq_adherence_day_experiment_id_day")
        ),
        sa.ForeignKeyConstraint(
            ["experiment_id"],
            ["experiment.id"],
            name=op.f("fk_adherence_day_experiment_id_experiment"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "reminder_time",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_reminder_time")),
    )


def downgrade() -> None:
    op.drop_table("reminder_time")
    op.drop_table("adherence_day")
    op.drop_table("experiment")
