"""Small per-installation facts that belong to no profile (e.g. the last profile used)."""

from __future__ import annotations

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from studyapp.core.base import Base

LAST_PROFILE_KEY = "last_profile_id"


class AppState(Base):
    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


def get_state(session: Session, key: str) -> str | None:
    return session.scalar(select(AppState.value).where(AppState.key == key))


def set_state(session: Session, key: str, value: str | None) -> None:
    session.merge(AppState(key=key, value=value))
