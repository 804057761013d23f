"""Applying pushed chat changes, with the membership rules.

* Only a conversation's current participants may rename it, invite to it or post
  in it. To anyone who never was a participant the conversation does not exist
  (``not_found``, as for a uuid nobody used); a participant who left is told
  ``left``.
* An invitation names the invitee by the email of their account; an unknown
  email is refused with ``no_account``. Inviting someone who left brings them back.
* Leaving keeps the participant row with ``left_at``: the others still see who
  was there and when.
* The server stamps each message when it accepts it, strictly after the
  conversation's previous message, so every laptop shows the same order and a
  sender's messages keep the order they were written in.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import func, select

from studyapp.core.accounts.models import CustomUser
from studyapp.core.accounts.service import normalise_email
from studyapp.core.base import utcnow
from studyapp.core.chat import rules
from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.errors import ValidationError
from studyapp.core.sync import wire
from studyapp.server.accounts import Account
from studyapp.server.batch import Batch, Change

Result = dict[str, Any]
TICK = timedelta(microseconds=1)


class ChatPush:
    """One batch's chat changes for one account, with what they looked up kept for the next."""

    def __init__(self, batch: Batch, account: Account) -> None:
        self.batch = batch
        self.session = batch.session
        self.account = account
        self.conversations: dict[UUID, Conversation | None] = {}
        self.memberships: dict[int, Participant | None] = {}
        self.last_message_at: dict[int, datetime] = {}
        self.message_uuids: set[UUID] | None = None

    # -- lookups -------------------------------------------------------------

    def conversation(self, uuid: UUID) -> Conversation | None:
        if uuid not in self.conversations:
            # Locked: messages and membership changes of one conversation apply one at a time.
            self.conversations[uuid] = self.session.scalar(
                select(Conversation).where(Conversation.uuid == uuid).with_for_update()
            )
        return self.conversations[uuid]

    def membership(self, conversation: Conversation) -> Participant | None:
        if conversation.id not in self.memberships:
            self.memberships[conversation.id] = self.session.scalar(
                select(Participant).where(
                    Participant.conversation_id == conversation.id,
                    Participant.user_id == self.account.id,
                )
            )
        return self.memberships[conversation.id]

    def member_conversation(self, data: dict[str, Any]) -> Conversation | Result:
        """The conversation ``data`` names, if the account is in it now; else the refusal."""
        uuid = wire.parse_uuid(data.get("conversation_uuid"), "conversation_uuid")
        conversation = self.conversation(uuid)
        me = self.membership(conversation) if conversation is not None else None
        if conversation is None or me is None:
            return {"conversation_uuid": "not_found"}
        if me.left_at is not None:
            return {"conversation": "left"}
        return conversation

    def touch(self, entity: str, uuid: UUID, conversation: Conversation) -> None:
        self.batch.touched.append((entity, uuid, wire.UPSERT, conversation.id))

    def _free_participant_uuid(self, wanted: object) -> UUID:
        try:
            uuid = UUID(str(wanted))
        except ValueError:
            return uuid_module.uuid4()
        taken = self.session.scalar(select(Participant.id).where(Participant.uuid == uuid))
        if taken is not None or self.batch.taken(uuid, wire.PARTICIPANT):
            return uuid_module.uuid4()
        return uuid

    # -- changes -------------------------------------------------------------

    def upsert_conversation(self, change: Change) -> Result:
        fields = rules.conversation_input(_text(change.data, "title"), _text(change.data, "topic"))
        # Never later than now: a rename dated in the future would make every later
        # rename by the others "stale" until that date.
        updated_at = min(wire.parse_moment(change.data.get("updated_at")), utcnow())
        conversation = self.conversation(change.uuid)
        if conversation is None and self.batch.taken(change.uuid, wire.CONVERSATION):
            return _rejected(change, {"uuid": "taken"})
        if conversation is None:
            return self._create_conversation(change, fields, updated_at)
        me = self.membership(conversation)
        if me is None or me.left_at is not None:
            return _rejected(change, {"uuid": "not_found" if me is None else "left"})
        if updated_at < conversation.updated_at:
            return _result(change, "stale", reason="older")
        conversation.title, conversation.topic = fields.title, fields.topic or None
        conversation.updated_at = updated_at
        self.touch(wire.CONVERSATION, conversation.uuid, conversation)
        return _result(change, "applied")

    def _create_conversation(
        self, change: Change, fields: rules.ConversationInput, updated_at: datetime
    ) -> Result:
        now = utcnow()
        created = wire.parse_moment(change.data.get("created_at"), "created_at")
        conversation = Conversation(
            uuid=change.uuid,
            title=fields.title,
            topic=fields.topic or None,
            created_by_id=self.account.id,
            created_at=min(created, now),
            updated_at=min(updated_at, now),
        )
        self.session.add(conversation)
        self.session.flush()
        me = Participant(
            uuid=self._free_participant_uuid(change.data.get("creator_participant_uuid")),
            conversation_id=conversation.id,
            user_id=self.account.id,
            joined_at=now,
        )
        self.session.add(me)
        self.conversations[change.uuid] = conversation
        self.memberships[conversation.id] = me
        self.last_message_at[conversation.id] = now
        self.touch(wire.CONVERSATION, conversation.uuid, conversation)
        self.touch(wire.PARTICIPANT, me.uuid, conversation)
        return _result(change, "applied")

    def invite(self, change: Change) -> Result:
        found = self.member_conversation(change.data)
        if not isinstance(found, Conversation):
            return _rejected(change, found)
        email = rules.invite_email(_text(change.data, "email"))
        invitee = self.session.scalar(
            select(CustomUser.id).where(CustomUser.username == normalise_email(email))
        )
        if invitee is None:
            return _rejected(change, {"email": "no_account"})
        row = self.session.scalar(
            select(Participant).where(
                Participant.conversation_id == found.id, Participant.user_id == invitee
            )
        )
        if row is not None and row.left_at is None:
            return _result(change, "applied", already=True)
        if row is None:
            row = Participant(
                uuid=self._free_participant_uuid(change.uuid),
                conversation_id=found.id,
                user_id=invitee,
            )
            self.session.add(row)
        row.joined_at, row.left_at = utcnow(), None
        self.session.flush()
        self.touch(wire.PARTICIPANT, row.uuid, found)
        return _result(change, "applied")

    def leave(self, change: Change) -> Result:
        mine = Participant.uuid == change.uuid, Participant.user_id == self.account.id
        conversation_id = self.session.scalar(select(Participant.conversation_id).where(*mine))
        if conversation_id is None:
            return _rejected(change, {"uuid": "not_found"})
        # Locked like a post or an invitation, then read again: a message pushed at the
        # same moment is either stamped before the leave or refused with "left".
        conversation = self.session.scalar(
            select(Conversation).where(Conversation.id == conversation_id).with_for_update()
        )
        assert conversation is not None  # participant.conversation_id's foreign key
        self.conversations[conversation.uuid] = conversation
        row = self.session.scalar(
            select(Participant).where(*mine).execution_options(populate_existing=True)
        )
        assert row is not None  # participants are never deleted
        if row.left_at is None:
            row.left_at = utcnow()
            self.memberships[conversation.id] = row
            self.touch(wire.PARTICIPANT, row.uuid, conversation)
        return _result(change, "applied")

    def post(self, change: Change) -> Result:
        found = self.member_conversation(change.data)
        if not isinstance(found, Conversation):
            return _rejected(change, found)
        content = rules.message_content(_text(change.data, "content"))
        if change.uuid in self._existing_messages():
            return self._already_posted(change)
        if self.batch.taken(change.uuid, wire.MESSAGE):
            return _rejected(change, {"uuid": "taken"})
        message = Message(
            uuid=change.uuid,
            conversation_id=found.id,
            sender_id=self.account.id,
            content=content,
            timestamp=self._next_moment(found),
            is_read=False,
        )
        self.session.add(message)
        self.message_uuids.add(change.uuid)  # type: ignore[union-attr]
        self.touch(wire.MESSAGE, change.uuid, found)
        return _result(change, "applied")

    def _existing_messages(self) -> set[UUID]:
        if self.message_uuids is None:
            uuids = [c.uuid for c in self.batch.changes if c.entity == wire.MESSAGE]
            found = self.session.scalars(select(Message.uuid).where(Message.uuid.in_(uuids)))
            self.message_uuids = set(found)
        return self.message_uuids

    def _already_posted(self, change: Change) -> Result:
        sender = self.session.scalar(select(Message.sender_id).where(Message.uuid == change.uuid))
        if sender != self.account.id:
            return _rejected(change, {"uuid": "taken"})
        return _result(change, "applied", already=True)

    def _next_moment(self, conversation: Conversation) -> datetime:
        last = self.last_message_at.get(conversation.id)
        if last is None:
            last = self.session.scalar(
                select(func.max(Message.timestamp)).where(
                    Message.conversation_id == conversation.id
                )
            )
        moment = utcnow()
        if last is not None and moment <= last:
            moment = last + TICK
        self.last_message_at[conversation.id] = moment
        return moment


def _text(data: dict[str, Any], field: str) -> str:
    value = data.get(field) or ""
    if not isinstance(value, str):
        raise ValidationError({field: "invalid"})
    return value


def _result(change: Change, status: str, **extra: Any) -> Result:
    return {"id": str(change.id), "status": status, **extra}


def _rejected(change: Change, errors: dict[str, str]) -> Result:
    return _result(change, "rejected", errors=errors)
