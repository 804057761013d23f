"""Chat on one laptop, with no server: everything is kept and queued; rules give clear codes."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from studyapp.core.accounts import service as accounts
from studyapp.core.chat import queries, rules, service
from studyapp.core.chat.apply import ChatApplier
from studyapp.core.chat.models import Message
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.sync import wire
from studyapp.core.sync.authors import AuthorCache
from studyapp.core.sync.models import SyncOutbox


@pytest.fixture
def me(database: Database) -> int:
    return accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski").id


def _outbox(db: Database) -> list[SyncOutbox]:
    with db.session() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.id)))


def _receive(db: Database, me: int, conversation: uuid.UUID, text: str, minute: int) -> uuid.UUID:
    """A message from Bo arriving in a pull, as the sync engine applies it."""
    message = uuid.uuid4()
    data = {
        "uuid": str(message),
        "conversation_uuid": str(conversation),
        "sender": {"uuid": str(uuid.UUID(int=7)), "first_name": "Bo", "last_name": "Lindqvist"},
        "mine": False,
        "content": text,
        "timestamp": f"2026-11-25T10:{minute:02d}:00+00:00",
    }
    with db.session() as session:
        applier = ChatApplier(session, me, AuthorCache(session), set())
        applier.preload([{"entity": wire.MESSAGE, "uuid": str(message), "data": data}])
        applier.message(data)
    return message


def test_a_new_conversation_is_kept_and_queued_with_its_invitations(
    database: Database, me: int
) -> None:
    room = service.start_conversation(
        database, me, "  Checkride prep  ", "Airspace", invite=("Bo@Example.com", "bo@example.com")
    )
    [summary] = queries.conversations(database, me)
    assert (summary.title, summary.topic, summary.unread, summary.left) == (
        "Checkride prep",
        "Airspace",
        0,
        False,
    )
    entries = _outbox(database)
    assert [(e.entity, e.op) for e in entries] == [
        (wire.CONVERSATION, wire.UPSERT),
        (wire.PARTICIPANT, wire.UPSERT),  # the two spellings of one address: one invitation
    ]
    [me_row, invited] = queries.participants(database, me, room)
    assert me_row.is_me and me_row.is_creator and me_row.state == queries.JOINED
    assert (invited.name, invited.state) == ("bo@example.com", queries.INVITING)


@pytest.mark.parametrize(
    ("title", "topic", "invite", "errors"),
    [
        ("   ", None, (), {"title": "required"}),
        ("x" * 256, None, (), {"title": "too_long"}),
        ("Fine", "y" * 256, (), {"topic": "too_long"}),
        ("Fine", None, ("ok@example.com", "not an email"), {"invite.1": "invalid"}),
    ],
)
def test_bad_conversation_fields_are_refused_and_nothing_is_written(
    database: Database, me: int, title: str, topic: str | None, invite: tuple, errors: dict
) -> None:
    with pytest.raises(ValidationError) as refused:
        service.start_conversation(database, me, title, topic, invite=invite)
    assert refused.value.errors == errors
    assert queries.conversations(database, me) == []
    assert _outbox(database) == []


def test_posting_keeps_the_message_as_sending_in_the_order_written(
    database: Database, me: int
) -> None:
    room = service.start_conversation(database, me, "Study group")
    for text in ("first", "  second\n\nwith a blank line  ", "third"):
        service.post_message(database, me, room, text)
    shown = queries.messages(database, me, room)
    assert [m.content for m in shown] == ["first", "second\n\nwith a blank line", "third"]
    assert {(m.mine, m.state, m.sender) for m in shown} == {
        (True, queries.SENDING, "Ana Zebrowski")
    }
    assert [e.entity for e in _outbox(database)][-3:] == [wire.MESSAGE] * 3


@pytest.mark.parametrize(
    ("content", "code"), [(" \n\t ", "required"), ("x" * (rules.MESSAGE_MAX + 1), "too_long")]
)
def test_empty_and_overlong_messages_are_refused(
    database: Database, me: int, content: str, code: str
) -> None:
    room = service.start_conversation(database, me, "Study group")
    with pytest.raises(ValidationError) as refused:
        service.post_message(database, me, room, content)
    assert refused.value.errors == {"content": code}
    assert queries.messages(database, me, room) == []


def test_a_message_of_the_maximum_length_is_accepted(database: Database, me: int) -> None:
    room = service.start_conversation(database, me, "Study group")
    service.post_message(database, me, room, "x" * rules.MESSAGE_MAX)
    assert len(queries.messages(database, me, room)[0].content) == rules.MESSAGE_MAX


def test_unread_counts_clear_when_the_conversation_is_opened(database: Database, me: int) -> None:
    room = service.start_conversation(database, me, "Study group")
    service.post_message(database, me, room, "mine never counts as unread")
    _receive(database, me, room, "What is Class B's speed limit?", 1)
    _receive(database, me, room, "Below 10,000 ft MSL, that is.", 2)
    assert queries.conversations(database, me)[0].unread == 2
    assert queries.unread_total(database, me) == 2
    assert service.mark_read(database, me, room) == 2
    assert queries.conversations(database, me)[0].unread == 0
    assert queries.unread_total(database, me) == 0


def test_the_list_shows_the_last_message_and_puts_the_latest_activity_first(
    database: Database, me: int
) -> None:
    quiet = service.start_conversation(database, me, "Quiet")
    busy = service.start_conversation(database, me, "Busy")
    _receive(database, me, quiet, "an old one", 1)
    _receive(database, me, busy, "line one\nline two " + "long " * 30, 2)
    first, second = queries.conversations(database, me)
    assert (first.uuid, second.uuid) == (busy, quiet)
    assert first.last_sender == "Bo Lindqvist"
    assert first.last_message.startswith("line one line two") and first.last_message.endswith("…")
    assert len(first.last_message) == queries.SNIPPET


def test_after_leaving_history_stays_but_posting_is_refused(database: Database, me: int) -> None:
    room = service.start_conversation(database, me, "Study group")
    service.post_message(database, me, room, "bye all")
    service.leave_conversation(database, me, room)
    service.leave_conversation(database, me, room)  # twice is once
    with pytest.raises(ValidationError) as refused:
        service.post_message(database, me, room, "one more?")
    assert refused.value.errors == {"conversation": "left"}
    with pytest.raises(ValidationError):
        service.invite(database, me, room, "bo@example.com")
    assert [m.content for m in queries.messages(database, me, room)] == ["bye all"]
    assert queries.conversations(database, me)[0].left
    leaving = [e for e in _outbox(database) if e.op == wire.DELETE]
    assert len(leaving) == 1 and leaving[0].entity == wire.PARTICIPANT


def test_another_profiles_conversation_is_not_found(database: Database, me: int) -> None:
    room = service.start_conversation(database, me, "Private")
    other = accounts.create_profile(database, "cy@example.com", "Cy", "Other").id
    assert queries.conversations(database, other) == []
    with pytest.raises(NotFoundError):
        queries.messages(database, other, room)
    with pytest.raises(NotFoundError):
        service.post_message(database, other, room, "hello?")


def test_a_refused_message_can_be_retried_as_a_new_change_or_discarded(
    database: Database, me: int
) -> None:
    room = service.start_conversation(database, me, "Study group")
    keep = service.post_message(database, me, room, "try again")
    drop = service.post_message(database, me, room, "forget it")
    with database.session() as session:
        for entry in session.scalars(select(SyncOutbox).where(SyncOutbox.entity == wire.MESSAGE)):
            entry.rejected = {"conversation": "left"}
    shown = {m.uuid: m for m in queries.messages(database, me, room)}
    assert (shown[keep].state, shown[keep].failure) == (queries.FAILED, "left")
    before = {e.entity_uuid: e.change_uuid for e in _outbox(database)}
    service.retry(database, me, keep)
    service.discard(database, me, drop)
    after = {e.entity_uuid: e for e in _outbox(database)}
    assert after[keep].rejected is None and after[keep].change_uuid != before[keep]
    assert drop not in after
    assert [(m.content, m.state) for m in queries.messages(database, me, room)] == [
        ("try again", queries.SENDING)
    ]
    with pytest.raises(NotFoundError):
        service.retry(database, me, keep)  # only a refused change can be retried


def test_search_finds_messages_by_words_in_any_order_only_in_my_conversations(
    database: Database, me: int
) -> None:
    room = service.start_conversation(database, me, "Weather")
    service.post_message(database, me, room, "The TAF shows 100% chance of rain_showers")
    _receive(database, me, room, "Check the METAR before you go", 3)
    other = accounts.create_profile(database, "cy@example.com", "Cy", "Other").id
    theirs = service.start_conversation(database, other, "Cy's room")
    service.post_message(database, other, theirs, "metar talk nobody else sees")
    assert [h.message.content for h in queries.search(database, me, "before metar")] == [
        "Check the METAR before you go"
    ]
    [hit] = queries.search(database, me, "100%")
    assert hit.conversation_title == "Weather"
    assert queries.search(database, me, "rain_")[0].message.mine
    assert queries.search(database, me, "bo")[0].message.sender == "Bo Lindqvist"
    assert queries.search(database, me, "   ") == []


def test_a_pulled_message_is_stored_once_and_takes_the_servers_time(
    database: Database, me: int
) -> None:
    room = service.start_conversation(database, me, "Study group")
    message = _receive(database, me, room, "hello", 5)
    with database.session() as session:
        applier = ChatApplier(session, me, AuthorCache(session), set())
        data = {
            "uuid": str(message),
            "conversation_uuid": str(room),
            "sender": None,
            "mine": False,
            "content": "hello",
            "timestamp": "2026-11-25T10:06:00+00:00",
        }
        applier.preload([{"entity": wire.MESSAGE, "uuid": str(message), "data": data}])
        applier.message(data)
        assert applier.incoming == []  # not news the second time
    with database.session() as session:
        rows = list(session.scalars(select(Message)))
    assert len(rows) == 1 and rows[0].timestamp.minute == 6
