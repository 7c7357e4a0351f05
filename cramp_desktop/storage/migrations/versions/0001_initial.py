"""Initial schema: episode, day_record, medication, assessment, assessment_answer.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "episode",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at_utc", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("muscle", sa.String(), nullable=False),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("context", sa.String(), nullable=False),
        sa.Column("sleep_disturbance", sa.Integer(), nullable=True),
        sa.Column("soreness", sa.String(), nullable=True),
        sa.Column("triggers", sa.String(), nullable=False),
        sa.Column("relief", sa.String(), nullable=False),
        sa.Column("relief_helped", sa.String(), nullable=True),
        sa.Column("symptoms", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("logged_late", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_episode")),
        sa.CheckConstraint("severity BETWEEN 0 AND 10", name=op.f("ck_episode_severity_range")),
        sa.CheckConstraint(
            "sleep_disturbance IS NULL OR sleep_disturbance BETWEEN 0 AND 10",
            name=op.f("ck_episode_sleep_disturbance_range"),
        ),
        sa.CheckConstraint("duration_s >= 0", name=op.f("ck_episode_duration_not_negative")),
    )
    op.create_index(op.f("ix_episode_started_at_utc"), "episode", ["started_at_utc"])

    op.create_table(
        "day_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("no_cramps", sa.Boolean(), nullable=False),
        sa.Column("triggers", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_record")),
        sa.UniqueConstraint("day", name=op.f("uq_day_record_day")),
    )

    op.create_table(
        "medication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medication")),
    )

    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("completed_at_utc", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("app_version", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )

    op.create_table(
        "assessment_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("choice", sa.String(), nullable=True),
        sa.Column("scale", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_answer")),
        sa.UniqueConstraint(
            "assessment_id",
            "question_id",
            name=op.f("uq_assessment_answer_assessment_id_question_id"),
        ),
        sa.CheckConstraint(
            "scale IS NULL OR scale BETWEEN 0 AND 10",
            name=op.f("ck_assessment_answer_scale_range"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_answer_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("assessment_answer")
    op.drop_table("assessment")
    op.drop_table("medication")
    op.drop_table("day_record")
    op.drop_index(op.f("ix_episode_started_at_utc"), table_name="episode")
    op.drop_table("episode")
