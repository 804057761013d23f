"""Chat between laptops through a real server, on SQLite and on PostgreSQL when reachable.

Every membership rule is checked from both sides: the laptops' view and the raw API.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from studyapp.core.chat import queries, rules, service
from studyapp.core.sync import wire
from studyapp.core.sync.models import SyncOutbox
from tests.server.harness import (
    Api,
    ServerProcess,
    register_and_login,
    server_fixture,  # noqa: F401  (the `server` fixture)
)
from tests.server.laptops import Laptop, make_laptop

pytestmark = pytest.mark.slow


def _laptop(tmp_path: Path, server: ServerProcess, name: str, last: str) -> Laptop:
    email = f"{name.lower()}@example.com"
    laptop = make_laptop(tmp_path / name, email, name, last)
    laptop.login(server.url, email)
    return laptop


@pytest.fixture
def ana(tmp_path: Path, server: ServerProcess) -> Iterator[Laptop]:
    laptop = _laptop(tmp_path, server, "Ana", "Zebrowski")
    yield laptop
    laptop.close()


@pytest.fixture
def bo(tmp_path: Path, server: ServerProcess) -> Iterator[Laptop]:
    laptop = _laptop(tmp_path, server, "Bo", "Lindqvist")
    yield laptop
    laptop.close()


def _texts(laptop: Laptop, room: uuid.UUID) -> list[str]:
    return [m.content for m in queries.messages(laptop.db, laptop.user_id, room)]


def _outbox(laptop: Laptop) -> list[SyncOutbox]:
    with laptop.db.session() as session:
        return list(session.scalars(select(SyncOutbox)))


def test_two_laptops_chat_and_the_invitee_gets_the_history(ana: Laptop, bo: Laptop) -> None:
    room = service.start_conversation(
        ana.db, ana.user_id, "Oral prep", "Weather", invite=("bo@example.com",)
    )
    for text in ("written offline 1", "written offline 2", "written offline 3"):
        service.post_message(ana.db, ana.user_id, room, text)
    report = ana.sync()
    assert report.pushed == 5 and report.rejected == 0 and _outbox(ana) == []
    assert {m.state for m in queries.messages(ana.db, ana.user_id, room)} == {queries.SENT}

    report = bo.sync()
    [summary] = queries.conversations(bo.db, bo.user_id)
    assert (summary.uuid, summary.title, summary.topic, summary.unread) == (
        room,
        "Oral prep",
        "Weather",
        3,
    )
    assert _texts(bo, room) == ["written offline 1", "written offline 2", "written offline 3"]
    assert report.incoming == []  # history of a joined conversation is unread, not news
    people = queries.participants(bo.db, bo.user_id, room)
    assert [(p.name, p.is_creator, p.is_me) for p in people] == [
        ("Ana Zebrowski", True, False),
        ("Bo Lindqvist", False, True),
    ]

    service.post_message(bo.db, bo.user_id, room, "Hi Ana, line one\nline two")
    bo.sync()
    report = ana.sync()
    assert [(m.sender, m.content) for m in report.incoming] == [
        ("Bo Lindqvist", "Hi Ana, line one\nline two")
    ]
    assert _texts(ana, room) == _texts(bo, room)
    assert queries.conversations(ana.db, ana.user_id)[0].unread == 1
    invited = [p for p in queries.participants(ana.db, ana.user_id, room) if not p.is_me]
    assert [(p.name, p.state) for p in invited] == [("Bo Lindqvist", queries.JOINED)]
    assert invited[0].joined_at is not None


def test_both_laptops_show_one_order_even_when_typed_at_the_same_time(
    ana: Laptop, bo: Laptop
) -> None:
    room = service.start_conversation(ana.db, ana.user_id, "Pairs", invite=("bo@example.com",))
    ana.sync()
    bo.sync()
    for n in range(3):
        service.post_message(ana.db, ana.user_id, room, f"ana {n}")
        service.post_message(bo.db, bo.user_id, room, f"bo {n}")
    bo.sync()
    ana.sync()
    bo.sync()
    assert _texts(ana, room) == _texts(bo, room)
    shown = _texts(ana, room)
    assert [t for t in shown if t.startswith("ana")] == ["ana 0", "ana 1", "ana 2"]
    assert [t for t in shown if t.startswith("bo")] == ["bo 0", "bo 1", "bo 2"]


def test_an_unknown_invitee_fails_visibly_and_can_be_discarded(ana: Laptop) -> None:
    room = service.start_conversation(ana.db, ana.user_id, "Solo")
    service.invite(ana.db, ana.user_id, room, "nobody@example.com")
    report = ana.sync()
    assert report.rejected == 1
    [_me, failed] = queries.participants(ana.db, ana.user_id, room)
    assert (failed.name, failed.state, failed.failure) == (
        "nobody@example.com",
        queries.INVITE_FAILED,
        "no_account",
    )
    assert failed.invite_uuid is not None
    service.discard(ana.db, ana.user_id, failed.invite_uuid)
    assert len(queries.participants(ana.db, ana.user_id, room)) == 1


def test_after_leaving_nothing_new_arrives_and_the_others_see_who_left(
    ana: Laptop, bo: Laptop
) -> None:
    room = service.start_conversation(ana.db, ana.user_id, "Group", invite=("bo@example.com",))
    service.post_message(ana.db, ana.user_id, room, "before")
    ana.sync()
    bo.sync()
    service.leave_conversation(bo.db, bo.user_id, room)
    bo.sync()
    service.post_message(ana.db, ana.user_id, room, "after Bo left")
    ana.sync()
    bo.sync()
    assert _texts(bo, room) == ["before"]
    gone = [p for p in queries.participants(ana.db, ana.user_id, room) if not p.is_me]
    assert [(p.name, p.state) for p in gone] == [("Bo Lindqvist", queries.LEFT)]
    assert gone[0].left_at is not None


def test_a_message_sent_after_leaving_on_another_laptop_fails_and_is_kept(
    ana: Laptop, bo: Laptop, tmp_path: Path, server: ServerProcess
) -> None:
    """Bo left on his desktop while his laptop, offline, still had the conversation open."""
    room = service.start_conversation(ana.db, ana.user_id, "Group", invite=("bo@example.com",))
    ana.sync()
    bo.sync()
    desktop = make_laptop(tmp_path / "bo-desktop", "bo@example.com", "Bo", "Lindqvist")
    desktop.login(server.url, "bo@example.com", register=False)
    desktop.sync()
    service.post_message(bo.db, bo.user_id, room, "typed on the plane")
    service.leave_conversation(desktop.db, desktop.user_id, room)
    desktop.sync()
    report = bo.sync()
    assert report.rejected == 1
    [kept] = queries.messages(bo.db, bo.user_id, room)
    assert (kept.content, kept.state, kept.failure) == (
        "typed on the plane",
        queries.FAILED,
        "left",
    )
    assert queries.conversations(bo.db, bo.user_id)[0].left  # the leave reached this laptop
    desktop.close()


def test_a_retried_message_is_delivered_once(ana: Laptop, bo: Laptop) -> None:
    room = service.start_conversation(ana.db, ana.user_id, "Group", invite=("bo@example.com",))
    message = service.post_message(ana.db, ana.user_id, room, "only once")
    with ana.db.session() as session:  # as if the server had refused it for a moment
        entry = session.scalar(select(SyncOutbox).where(SyncOutbox.entity_uuid == message))
        assert entry is not None
        entry.rejected = {"content": "required"}
    ana.sync()
    service.retry(ana.db, ana.user_id, message)
    ana.sync()
    ana.sync()
    bo.sync()
    assert _texts(bo, room) == ["only once"]


# -- the raw API: who may see and do what ------------------------------------


def _change(entity: str, op: str, uuid_: uuid.UUID, data: dict) -> dict:
    return {"id": str(uuid.uuid4()), "entity": entity, "op": op, "uuid": str(uuid_), "data": data}


def _push(api: Api, *changes: dict) -> list[dict]:
    answer = api.post("/sync/push", {"changes": list(changes)})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def _new_room(api: Api, title: str = "Room") -> uuid.UUID:
    room = uuid.uuid4()
    data = {
        "uuid": str(room),
        "title": title,
        "topic": "",
        "created_at": "2026-11-25T10:00:00+00:00",
        "updated_at": "2026-11-25T10:00:00+00:00",
        "creator_participant_uuid": str(uuid.uuid4()),
    }
    [result] = _push(api, _change(wire.CONVERSATION, wire.UPSERT, room, data))
    assert result["status"] == "applied", result
    return room


def _post(api: Api, room: uuid.UUID, content: str) -> dict:
    data = {
        "conversation_uuid": str(room),
        "content": content,
        "created_at": "2026-11-25T10:00:00+00:00",
    }
    [result] = _push(api, _change(wire.MESSAGE, wire.UPSERT, uuid.uuid4(), data))
    return result


def _pulled(api: Api) -> list[dict]:
    answer = api.get("/sync/pull", cursor=0, limit=1000)
    assert answer.status_code == 200
    return answer.json()["changes"]


def test_only_participants_read_post_invite_or_see_members(server: ServerProcess) -> None:
    owner = register_and_login(server.url, "owner@example.com", "Olga", "Owner")
    outsider = register_and_login(server.url, "out@example.com", "Otto", "Outside")
    room = _new_room(owner, "Private room")
    assert _post(owner, room, "secret plan")["status"] == "applied"

    assert outsider.get(f"/chat/conversations/{room}").status_code == 404
    assert outsider.get(f"/chat/conversations/{uuid.uuid4()}").status_code == 404
    assert not [c for c in _pulled(outsider) if c["entity"] != wire.EXAMINER]
    assert _post(outsider, room, "let me in")["errors"] == {"conversation_uuid": "not_found"}
    invite = {"conversation_uuid": str(room), "email": "out@example.com"}
    [result] = _push(outsider, _change(wire.PARTICIPANT, wire.UPSERT, uuid.uuid4(), invite))
    assert result["errors"] == {"conversation_uuid": "not_found"}
    rename = {
        "uuid": str(room),
        "title": "Mine now",
        "updated_at": "2030-01-01T00:00:00+00:00",
        "created_at": "2026-11-25T10:00:00+00:00",
    }
    [result] = _push(outsider, _change(wire.CONVERSATION, wire.UPSERT, room, rename))
    assert result["errors"] == {"uuid": "not_found"}

    history = owner.get(f"/chat/conversations/{room}")
    assert history.status_code == 200
    assert [m["content"] for m in history.json()["messages"]] == ["secret plan"]
    assert history.json()["conversation"]["title"] == "Private room"


def test_leaving_someone_elses_membership_is_refused(server: ServerProcess) -> None:
    owner = register_and_login(server.url, "owner@example.com", "Olga", "Owner")
    guest = register_and_login(server.url, "guest@example.com", "Gus", "Guest")
    room = _new_room(owner)
    invite = {"conversation_uuid": str(room), "email": "GUEST@example.com"}
    [result] = _push(owner, _change(wire.PARTICIPANT, wire.UPSERT, uuid.uuid4(), invite))
    assert result["status"] == "applied"
    members = owner.get(f"/chat/conversations/{room}").json()["participants"]
    olga = next(p for p in members if p["mine"])
    leave = {"conversation_uuid": str(room)}
    [result] = _push(guest, _change(wire.PARTICIPANT, wire.DELETE, uuid.UUID(olga["uuid"]), leave))
    assert result["errors"] == {"uuid": "not_found"}
    assert owner.get(f"/chat/conversations/{room}").status_code == 200


@pytest.mark.parametrize(
    ("content", "errors"),
    [
        ("", {"content": "required"}),
        ("   \n ", {"content": "required"}),
        ("x" * (rules.MESSAGE_MAX + 1), {"content": "too_long"}),
        (12, {"content": "invalid"}),
    ],
)
def test_bad_messages_get_clear_errors_not_server_errors(
    server: ServerProcess, content: object, errors: dict
) -> None:
    owner = register_and_login(server.url, "owner@example.com", "Olga", "Owner")
    room = _new_room(owner)
    result = _post(owner, room, content)  # type: ignore[arg-type]
    assert (result["status"], result["errors"]) == ("rejected", errors)
    assert owner.get(f"/chat/conversations/{room}").json()["messages"] == []


def test_a_replayed_change_id_posts_once(server: ServerProcess) -> None:
    owner = register_and_login(server.url, "owner@example.com", "Olga", "Owner")
    room = _new_room(owner)
    data = {"conversation_uuid": str(room), "content": "once", "created_at": "2026-11-25T10:00:00Z"}
    change = _change(wire.MESSAGE, wire.UPSERT, uuid.uuid4(), data)
    first = _push(owner, change)
    again = _push(owner, change)
    assert first[0]["status"] == "applied" and again[0].get("replayed") is True
    assert len(owner.get(f"/chat/conversations/{room}").json()["messages"]) == 1


def test_a_message_uuid_of_someone_else_is_not_taken_over(server: ServerProcess) -> None:
    owner = register_and_login(server.url, "owner@example.com", "Olga", "Owner")
    guest = register_and_login(server.url, "guest@example.com", "Gus", "Guest")
    room = _new_room(owner)
    invite = {"conversation_uuid": str(room), "email": "guest@example.com"}
    _push(owner, _change(wire.PARTICIPANT, wire.UPSERT, uuid.uuid4(), invite))
    message = uuid.uuid4()
    data = {"conversation_uuid": str(room), "content": "mine", "created_at": "2026-11-25T10:00:00Z"}
    _push(owner, _change(wire.MESSAGE, wire.UPSERT, message, data))
    stolen = {**data, "content": "now mine"}
    [result] = _push(guest, _change(wire.MESSAGE, wire.UPSERT, message, stolen))
    assert result["errors"] == {"uuid": "taken"}
    [shown] = owner.get(f"/chat/conversations/{room}").json()["messages"]
    assert shown["content"] == "mine" and shown["mine"] is True
