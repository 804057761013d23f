"""A profile's own FSRS parameters, fitted to its review history by the optimiser.

No row means FSRS's defaults. The table keeps, beside the weights, what the fit
was judged on, so Settings can say when it was done and how much it helped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, UTCDateTime, utcnow
from studyapp.core.db import Database
from studyapp.core.flashcards.sqltime import from_db, raw_transaction


class FsrsParameters(Base):
    __tablename__ = "fsrs_parameters"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), primary_key=True
    )
    # The FSRS weights as a JSON list of floats (21 for FSRS-6).
    parameters: Mapped[list[float]] = mapped_column(JSON)
    # How many training reviews the fit used, and the log loss over that same
    # history with the weights used before and with these.
    review_count: Mapped[int] = mapped_column(Integer)
    log_loss_before: Mapped[float] = mapped_column(Float)
    log_loss_after: Mapped[float] = mapped_column(Float)
    fitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@dataclass(frozen=True)
class StoredParameters:
    parameters: tuple[float, ...]
    review_count: int
    log_loss_before: float
    log_loss_after: float
    fitted_at: datetime


_SELECT = """
    SELECT parameters, review_count, log_loss_before, log_loss_after, fitted_at
    FROM fsrs_parameters WHERE user_id = ?"""


def stored_parameters(db: Database, user_id: int) -> StoredParameters | None:
    """The profile's fitted parameters, or None while it uses FSRS's defaults."""
    with raw_transaction(db) as conn:
        row = conn.execute(_SELECT, (user_id,)).fetchone()
    if row is None:
        return None
    fitted_at = from_db(row[4])
    assert fitted_at is not None
    weights = tuple(float(value) for value in json.loads(row[0]))
    return StoredParameters(weights, row[1], row[2], row[3], fitted_at)


def profile_weights(db: Database, user_id: int) -> tuple[float, ...] | None:
    """Just the weights (None: use the defaults), for building the profile's scheduler."""
    stored = stored_parameters(db, user_id)
    return stored.parameters if stored is not None else None
