"""The server's schema: the core's shared tables, plus tables only the server has.

The shared tables are the core's own (``CustomUser``, ``ExaminerProfile``,
``Gouge``, ``Conversation``, ``Participant``, ``Message``), so the server reuses
the core's ORM classes and its aggregate function; ``Message.is_read`` stays
unused here: read state is kept on each laptop, per user. ``metadata`` copies
them beside the server-only tables so alembic sees exactly the server's schema
and nothing of the client's.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from studyapp.core.accounts.models import CustomUser
from studyapp.core.base import NAMING_CONVENTION, UTCDateTime, utcnow
from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.gouge.models import ExaminerProfile, Gouge

SHARED_TABLES = (
    CustomUser.__table__,
    ExaminerProfile.__table__,
    Gouge.__table__,
    Conversation.__table__,
    Participant.__table__,
    Message.__table__,
)


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


for _table in SHARED_TABLES:
    _table.to_metadata(ServerBase.metadata)


class AuthToken(ServerBase):
    """A login. Only the SHA-256 of the token is stored: a leaked table logs nobody in."""

    __tablename__ = "auth_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LoginFailure(ServerBase):
    """Failed logins per key ("account:EMAIL" or "address:IP"), for slowing guessers down."""

    __tablename__ = "login_failure"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ExaminerMeta(ServerBase):
    """Server bookkeeping per examiner: the last explicit edit and the duplicate key.

    ``updated_at`` on the examiner moves whenever its aggregates change, so the
    edit time for "latest edit wins" lives here; the unique key (folded name and
    region) makes two concurrent creations of one examiner collide and merge.
    """

    __tablename__ = "examiner_meta"

    examiner_id: Mapped[int] = mapped_column(
        ForeignKey("examiner_profile.id", ondelete="CASCADE"), primary_key=True
    )
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    merge_key: Mapped[str] = mapped_column(String(400), unique=True)


class ExaminerAlias(ServerBase):
    """A uuid a laptop gave an examiner that was merged into an existing one."""

    __tablename__ = "examiner_alias"

    alias_uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    examiner_id: Mapped[int] = mapped_column(
        ForeignKey("examiner_profile.id", ondelete="CASCADE"), index=True
    )


class Tombstone(ServerBase):
    """A deleted row's uuid: a late retry of an older edit must not bring it back."""

    __tablename__ = "tombstone"

    entity_uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int] = mapped_column(ForeignKey("custom_user.id", ondelete="CASCADE"))
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AppliedChange(ServerBase):
    """Every change id ever pushed, with its outcome: a retried push is answered, not re-applied."""

    __tablename__ = "applied_change"

    change_id: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    result: Mapped[dict[str, object]] = mapped_column(JSON)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FeedCounter(ServerBase):
    """One row: the last feed position handed out. Locked until commit, so order = commit order."""

    __tablename__ = "feed_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class FeedEntry(ServerBase):
    """The newest change of one row. Older entries of the same row are removed."""

    __tablename__ = "feed_entry"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(20))
    entity_uuid: Mapped[UUID] = mapped_column(Uuid, unique=True)
    op: Mapped[str] = mapped_column(String(10))
    # Who may pull the entry: NULL for everyone (examiners, gouge), else the id of
    # the conversation whose participants may.
    audience: Mapped[int | None] = mapped_column(Integer, index=True)
