"""What the sync client keeps locally: the outbox, per-profile sync state, remote authors."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, UTCDateTime, utcnow


class SyncOutbox(Base):
    """A local change not yet acknowledged by the server, written in the change's transaction.

    ``payload`` is the row as it was at that moment; ``change_uuid`` makes a
    retried push count once. ``user_id`` is the author for gouge and NULL for
    examiners (the directory is shared: any signed-in profile may push them).
    ``rejected`` holds the server's field codes when it refused the change: kept,
    never retried, never lost.
    """

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    change_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    entity: Mapped[str] = mapped_column(String(20))
    entity_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    op: Mapped[str] = mapped_column(String(10))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # none_as_null: ``rejected = None`` stores SQL NULL (queued again), not a JSON null
    # that "IS NULL" would not match (refused forever, shown as failed).
    rejected: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True))


class SyncState(Base):
    """One profile's link to a sync server. The token itself lives in the OS keyring."""

    __tablename__ = "sync_state"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), primary_key=True
    )
    server_url: Mapped[str] = mapped_column(String(2048))
    account_email: Mapped[str] = mapped_column(String(254))
    account_uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # Names the keyring entry; random, so two data folders never share a token.
    keyring_key: Mapped[str] = mapped_column(String(64))
    allow_insecure: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_in: Mapped[bool] = mapped_column(Boolean, default=False)
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class RemoteAuthor(Base):
    """Marks a custom_user row as a stand-in for another pilot's server account.

    Others' gouge needs a local author row; these rows are never profiles (the
    profile list leaves them out). ``server_uuid`` NULL is the single stand-in
    for every anonymous report by someone else, so it names nobody.
    """

    __tablename__ = "sync_remote_author"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), primary_key=True
    )
    server_uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
