"""Activity and performance records behind the progress charts (seed section 8)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, UTCDateTime, utcnow


class UserActivity(Base):
    __tablename__ = "user_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    activity_type: Mapped[str] = mapped_column(String(255))
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    details: Mapped[str | None] = mapped_column(Text)


class PerformanceMetric(Base):
    __tablename__ = "performance_metric"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    metric_type: Mapped[str] = mapped_column(String(255))
    value: Mapped[float] = mapped_column(Float)
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
