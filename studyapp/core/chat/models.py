"""Conversations, their participants and messages (seed section 2).

``is_read`` on a message means "read by the profile on this laptop": it is never
sent to the server, so read state stays per user and leaks to nobody. A message
still in the sync outbox is "sending"; one the server refused is "failed".
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, SyncedMixin, UTCDateTime, utcnow


class Conversation(SyncedMixin, Base):
    __tablename__ = "conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    topic: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("custom_user.id", ondelete="SET NULL")
    )


class Message(SyncedMixin, Base):
    __tablename__ = "message"
    # A conversation's messages are always read in time order.
    __table_args__ = (Index("ix_message_conversation_time", "conversation_id", "timestamp"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"))
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("custom_user.id", ondelete="SET NULL"))
    content: Mapped[str] = mapped_column(Text)
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    is_read: Mapped[bool] = mapped_column(Boolean, default=False)


class Participant(SyncedMixin, Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("conversation_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("custom_user.id", ondelete="CASCADE"))
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Added: leaving keeps the row, so the conversation still shows who was in it
    # and when they left; a participant who left can neither read new messages nor post.
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
