"""Mock oral sections and sessions (seed section 4), plus the question bank and answers.

Added to the seed: a section is one Area of Operation of one ACS (acs_id, numeral
and code link it to resources/acs); a session remembers its plan (one
mock_oral_answer row per question, written when the session starts) so it can be
resumed after a crash exactly where it stopped; questions and scenario chains
are loaded from resources/oral and from bank files a pilot imports.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, UTCDateTime, utcnow

ORIGIN_SHIPPED, ORIGIN_CUSTOM, ORIGIN_IMPORTED = "shipped", "custom", "imported"
GRADE_SATISFACTORY, GRADE_NEEDS_WORK, GRADE_UNSATISFACTORY = "S", "N", "U"
MODE_AREAS, MODE_FULL, MODE_WEAK = "areas", "full", "weak"


class MockOralSection(Base):
    """An Area of Operation of one ACS."""

    __tablename__ = "mock_oral_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    # Added: which ACS and Area of Operation this is (FAA-S-ACS-6C, "I", "PA.I");
    # NULL only for a section written by hand before the ACS was loaded.
    acs_id: Mapped[str | None] = mapped_column(String(32))
    numeral: Mapped[str | None] = mapped_column(String(8))
    code: Mapped[str | None] = mapped_column(String(16), unique=True)


class MockOralSession(Base):
    __tablename__ = "mock_oral_session"
    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 100", name="score_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    # The one area asked, when a single area was chosen; NULL for several areas.
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("mock_oral_section.id", ondelete="SET NULL")
    )
    duration: Mapped[int] = mapped_column(Integer)  # minutes
    score: Mapped[int] = mapped_column(Integer)
    acs_type: Mapped[str] = mapped_column(String(255))  # the ACS id, e.g. FAA-S-ACS-6C
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Added: how the questions were chosen (MODE_*), the area codes asked
    # (space-separated), the time limit, and the answering time used so far
    # (saved with every answer, so a resumed session keeps its clock).
    mode: Mapped[str] = mapped_column(String(16), default=MODE_AREAS, server_default=MODE_AREAS)
    area_codes: Mapped[str] = mapped_column(Text, default="", server_default="")
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class OralScenario(Base):
    """A planned flight with a chain of questions asked in order."""

    __tablename__ = "oral_scenario"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)  # stable id from the bank file
    acs_id: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(String(255))
    codes: Mapped[str] = mapped_column(Text)  # JSON list of element codes
    briefing: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # A scenario dropped from a newer bank stays for past sessions but is not asked.
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class OralQuestion(Base):
    """One examiner question. Shared by every profile on this computer, like the ACS."""

    __tablename__ = "oral_question"
    __table_args__ = (CheckConstraint("difficulty BETWEEN 1 AND 3", name="difficulty_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    acs_id: Mapped[str] = mapped_column(String(32), index=True)
    scenario_id: Mapped[int | None] = mapped_column(
        ForeignKey("oral_scenario.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)  # order in the bank or chain
    codes: Mapped[str] = mapped_column(Text)  # JSON list; the first one places the question
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    key_points: Mapped[str] = mapped_column(Text)  # JSON list
    reference: Mapped[str] = mapped_column(Text)
    follow_ups: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    difficulty: Mapped[int] = mapped_column(Integer, default=2)
    origin: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, default=1)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MockOralAnswer(Base):
    """One planned question of a session; answered_at is NULL until it is answered."""

    __tablename__ = "mock_oral_answer"
    __table_args__ = (
        UniqueConstraint("session_id", "position", name="uq_mock_oral_answer_session_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("mock_oral_session.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("oral_question.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(1))  # GRADE_*; NULL when skipped
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    ticked: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of key-point indexes
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OralResourceState(Base):
    """The digest of each shipped ACS/bank file last loaded, so start-up skips unchanged ones."""

    __tablename__ = "oral_resource_state"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
