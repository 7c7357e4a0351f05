"""SQLAlchemy 2 typed models: the tables of cramp.db.

Times are stored as naive UTC (`*_utc` columns) plus the user's UTC offset in minutes, so
an episode logged at 23:30 +02:00 comes back as 23:30 +02:00. Sets of codes (triggers,
relief, symptoms) are stored as sorted codes joined with ';' ('' when empty).
Any change here needs a new migration in migrations/versions/.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    """The current time as naive UTC, the form every `*_utc` / `*_at` column stores."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class EpisodeRow(Base):
    __tablename__ = "episode"
    __table_args__ = (
        CheckConstraint("severity BETWEEN 0 AND 10", name="severity_range"),
        CheckConstraint(
            "sleep_disturbance IS NULL OR sleep_disturbance BETWEEN 0 AND 10",
            name="sleep_disturbance_range",
        ),
        CheckConstraint("duration_s >= 0", name="duration_not_negative"),
        Index(None, "started_at_utc"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at_utc: Mapped[dt.datetime] = mapped_column(DateTime())
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    duration_s: Mapped[int] = mapped_column(Integer)
    severity: Mapped[int] = mapped_column(Integer)
    muscle: Mapped[str] = mapped_column(String())
    side: Mapped[str] = mapped_column(String())
    context: Mapped[str] = mapped_column(String())
    sleep_disturbance: Mapped[int | None] = mapped_column(Integer)
    soreness: Mapped[str | None] = mapped_column(String())
    triggers: Mapped[str] = mapped_column(String(), default="")
    relief: Mapped[str] = mapped_column(String(), default="")
    relief_helped: Mapped[str | None] = mapped_column(String())
    symptoms: Mapped[str] = mapped_column(String(), default="")
    notes: Mapped[str] = mapped_column(Text(), default="")
    logged_late: Mapped[bool] = mapped_column(Boolean(), default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(), default=utc_now)


class DayRecordRow(Base):
    __tablename__ = "day_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date(), unique=True)
    no_cramps: Mapped[bool] = mapped_column(Boolean(), default=True)
    # What happened that day (codes joined with ';'), so trigger associations can compare
    # days with and without a factor, not only days that had cramps.
    triggers: Mapped[str] = mapped_column(String(), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(), default=utc_now)


class MedicationRow(Base):
    __tablename__ = "medication"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String())
    kind: Mapped[str] = mapped_column(String())
    started_on: Mapped[dt.date | None] = mapped_column(Date())
    stopped_on: Mapped[dt.date | None] = mapped_column(Date())
    note: Mapped[str] = mapped_column(Text(), default="")


class AssessmentRow(Base):
    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    completed_at_utc: Mapped[dt.datetime] = mapped_column(DateTime())
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    app_version: Mapped[str] = mapped_column(String())

    answers: Mapped[list[AssessmentAnswerRow]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AssessmentAnswerRow.id",
    )


class AssessmentAnswerRow(Base):
    __tablename__ = "assessment_answer"
    __table_args__ = (
        UniqueConstraint("assessment_id", "question_id"),
        CheckConstraint("scale IS NULL OR scale BETWEEN 0 AND 10", name="scale_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("assessment.id", ondelete="CASCADE")
    )
    question_id: Mapped[str] = mapped_column(String())
    choice: Mapped[str | None] = mapped_column(String())
    scale: Mapped[int | None] = mapped_column(Integer)

    assessment: Mapped[AssessmentRow] = relationship(back_populates="answers")


class ExperimentRow(Base):
    """A self-experiment: one measure tried from `start_on` for `weeks` weeks."""

    __tablename__ = "experiment"
    __table_args__ = (CheckConstraint("weeks BETWEEN 2 AND 8", name="weeks_range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure: Mapped[str] = mapped_column(String())
    start_on: Mapped[dt.date] = mapped_column(Date())
    weeks: Mapped[int] = mapped_column(Integer)
    stopped_on: Mapped[dt.date | None] = mapped_column(Date())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(), default=utc_now)

    adherence: Mapped[list[AdherenceDayRow]] = relationship(
        back_populates="experiment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AdherenceDayRow.day",
    )


class AdherenceDayRow(Base):
    """The morning's answer to "Did you ...?" for an experiment, dated like the night."""

    __tablename__ = "adherence_day"
    __table_args__ = (UniqueConstraint("experiment_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    experiment_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("experiment.id", ondelete="CASCADE")
    )
    day: Mapped[dt.date] = mapped_column(Date())
    done: Mapped[bool] = mapped_column(Boolean())

    experiment: Mapped[ExperimentRow] = relationship(back_populates="adherence")


class ReminderTimeRow(Base):
    """When to remind: one row per kind ("morning", "evening"), wall-clock "HH:MM"."""

    __tablename__ = "reminder_time"

    kind: Mapped[str] = mapped_column(String(), primary_key=True)
    at: Mapped[str] = mapped_column(String())
    enabled: Mapped[bool] = mapped_column(Boolean(), default=False)
