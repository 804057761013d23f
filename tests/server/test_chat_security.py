"""Review of chat on the server: what a non-participant or a former one can learn or break.

One server per backend for the whole module (each test registers its own
accounts), on SQLite and, when reachable, PostgreSQL.
"""

from __future__ import annotations

import json
import secrets
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import pytest
import requests

from studyapp.core.chat import rules
from studyapp.core.errors import ValidationError
from studyapp.core.sync import wire
from studyapp.server.throttle import REGISTRATION_LIMIT_ENV
from tests.server import changes
from tests.server.harness import BACKENDS, Api, ServerProcess, database_url, register_and_login

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=BACKENDS, name="server")
def shared_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    folder = tmp_path_factory.mktemp(f"chat-security-{request.param}")
    url, schema = database_url(request.param, folder)
    with pytest.MonkeyPatch.context() as patch:  # every test here registers its own pilots
        patch.setenv(REGISTRATION_LIMIT_ENV, "1000")
        process = ServerProcess(url, folder / "server.log").start()
    yield process
    process.stop()
    if schema is not None:
        schema.drop()


def _person(server: ServerProcess, first: str) -> tuple[Api, str]:
    email = f"{first.lower()}-{secrets.token_hex(4)}@example.com"
    return register_and_login(server.url, email, first, "Tester"), email


def _change(entity: str, op: str, uuid_: uuid.UUID | str, data: dict) -> dict:
    return {"id": str(uuid.uuid4()), "entity": entity, "op": op, "uuid": str(uuid_), "data": data}


def _push(api: Api, *batch: dict) -> list[dict]:
    answer = api.post("/sync/push", {"changes": list(batch)})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def _room_change(room: uuid.UUID | str, title: str = "Room", **fields: Any) -> dict:
    data = {
        "uuid": str(room),
        "title": title,
        "topic": "",
        "created_at": changes.now(),
        "updated_at": changes.now(),
        "creator_participant_uuid": str(uuid.uuid4()),
        **fields,
    }
    return _change(wire.CONVERSATION, wire.UPSERT, room, data)


def _new_room(api: Api, title: str = "Room") -> uuid.UUID:
    room = uuid.uuid4()
    [result] = _push(api, _room_change(room, title))
    assert result["status"] == "applied", result
    return room


def _invite(api: Api, room: uuid.UUID, email: str) -> dict:
    data = {"conversation_uuid": str(room), "email": email}
    [result] = _push(api, _change(wire.PARTICIPANT, wire.UPSERT, uuid.uuid4(), data))
    return result


def _message(room: uuid.UUID, content: str, message: uuid.UUID | str | None = None) -> dict:
    data = {"conversation_uuid": str(room), "content": content, "created_at": changes.now()}
    return _change(wire.MESSAGE, wire.UPSERT, message or uuid.uuid4(), data)


def _my_participant(api: Api, room: uuid.UUID) -> str:
    members = api.get(f"/chat/conversations/{room}").json()["participants"]
    return str(next(p for p in members if p["mine"])["uuid"])


def _leave(api: Api, room: uuid.UUID) -> dict:
    me = _my_participant(api, room)
    leave = _change(wire.PARTICIPANT, wire.DELETE, me, {"conversation_uuid": str(room)})
    [result] = _push(api, leave)
    return result


def _pull_all(api: Api) -> list[dict]:
    found: list[dict] = []
    cursor = 0
    while True:
        answer = api.get("/sync/pull", cursor=cursor, limit=1000)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        found.extend(page["changes"])
        cursor = page["cursor"]
        if not page["more"]:
            return found


# -- a uuid another client chose ------------------------------------------------


def test_a_chat_row_cannot_take_a_gouge_or_examiner_uuid_out_of_the_feed(
    server: ServerProcess,
) -> None:
    author, _ = _person(server, "Author")
    vandal, _ = _person(server, "Vandal")
    examiner = changes.examiner(name=f"Examiner {secrets.token_hex(4)}")
    report = changes.gouge(examiner["uuid"])
    assert [r["status"] for r in _push(author, examiner, report)] == ["applied", "applied"]

    # Both uuids are public: everyone pulls them. Reusing them for chat rows must not
    # replace their feed entries (a laptop signing in later would never get them).
    [as_room] = _push(vandal, _room_change(report["uuid"]))
    [as_room_too] = _push(vandal, _room_change(examiner["uuid"]))
    own = _new_room(vandal)
    [as_message] = _push(vandal, _message(own, "hi", report["uuid"]))
    assert {as_room["status"], as_room_too["status"], as_message["status"]} == {"rejected"}
    assert as_room["errors"] == {"uuid": "taken"}

    newcomer, _ = _person(server, "Newcomer")
    pulled = {(c["entity"], c["uuid"]) for c in _pull_all(newcomer) if c["data"]}
    assert (wire.GOUGE, report["uuid"]) in pulled
    assert (wire.EXAMINER, examiner["uuid"]) in pulled


def test_a_participant_cannot_take_a_message_out_of_the_feed_with_a_gouge(
    server: ServerProcess,
) -> None:
    owner, _ = _person(server, "Owner")
    guest, guest_email = _person(server, "Guest")
    room = _new_room(owner)
    assert _invite(owner, room, guest_email)["status"] == "applied"
    said = uuid.uuid4()
    [posted] = _push(owner, _message(room, "the plan", said))
    assert posted["status"] == "applied"

    examiner = changes.examiner(name=f"Examiner {secrets.token_hex(4)}")
    [_, as_gouge] = _push(guest, examiner, changes.gouge(examiner["uuid"], uuid=str(said)))
    assert as_gouge["status"] == "rejected" and as_gouge["errors"] == {"uuid": "taken"}
    messages = [c for c in _pull_all(owner) if c["entity"] == wire.MESSAGE]
    assert [(m["uuid"], m["data"]["content"]) for m in messages] == [(str(said), "the plan")]


def test_a_creator_participant_uuid_already_in_the_feed_is_replaced(
    server: ServerProcess,
) -> None:
    author, _ = _person(server, "Author")
    other, _ = _person(server, "Other")
    examiner = changes.examiner(name=f"Examiner {secrets.token_hex(4)}")
    _push(author, examiner)
    room = uuid.uuid4()
    [result] = _push(other, _room_change(room, creator_participant_uuid=examiner["uuid"]))
    assert result["status"] == "applied"
    assert _my_participant(other, room) != examiner["uuid"]
    newcomer, _ = _person(server, "Newcomer")
    pulled = {(c["entity"], c["uuid"]) for c in _pull_all(newcomer) if c["data"]}
    assert (wire.EXAMINER, examiner["uuid"]) in pulled


# -- a former participant ---------------------------------------------------------


def test_a_former_participant_sees_neither_new_titles_nor_new_members(
    server: ServerProcess,
) -> None:
    owner, _ = _person(server, "Owner")
    leaver, leaver_email = _person(server, "Leaver")
    _newcomer, newcomer_email = _person(server, "Newcomer")
    room = _new_room(owner, "Before")
    assert _invite(owner, room, leaver_email)["status"] == "applied"
    assert _leave(leaver, room)["status"] == "applied"

    [renamed] = _push(owner, _room_change(room, "After", updated_at=changes.now(1)))
    assert renamed["status"] == "applied"
    assert _invite(owner, room, newcomer_email)["status"] == "applied"
    _push(owner, _message(room, "after you left"))

    seen = [c for c in _pull_all(leaver) if c["entity"] != wire.EXAMINER and c["data"]]
    assert "After" not in str(seen) and "Newcomer" not in str(seen)
    # Their own leaving still reaches their other laptops.
    [mine] = [c for c in seen if c["entity"] == wire.PARTICIPANT]
    assert mine["data"]["mine"] is True and mine["data"]["left_at"] is not None
    assert leaver.get(f"/chat/conversations/{room}").status_code == 404


# -- dates from the future ---------------------------------------------------------


def test_a_rename_dated_in_the_future_does_not_freeze_the_title(server: ServerProcess) -> None:
    owner, _ = _person(server, "Owner")
    guest, guest_email = _person(server, "Guest")
    room = _new_room(owner, "Start")
    _invite(owner, room, guest_email)
    far = (datetime.now(UTC) + timedelta(days=3650)).isoformat()
    assert _push(guest, _room_change(room, "Mine forever", updated_at=far))[0]["status"] == (
        "applied"
    )
    [result] = _push(owner, _room_change(room, "Back to normal", updated_at=changes.now(1)))
    assert result["status"] == "applied"
    assert owner.get(f"/chat/conversations/{room}").json()["conversation"]["title"] == (
        "Back to normal"
    )


def test_an_examiner_edit_dated_in_the_future_does_not_lock_it(server: ServerProcess) -> None:
    first, _ = _person(server, "First")
    second, _ = _person(server, "Second")
    name = f"Examiner {secrets.token_hex(4)}"
    far = (datetime.now(UTC) + timedelta(days=3650)).isoformat()
    examiner = changes.examiner(name=name, home_airport="KAAA", updated_at=far)
    _push(first, examiner)
    fix = changes.examiner(
        name=name, home_airport="KBBB", uuid=examiner["uuid"], updated_at=changes.now(1)
    )
    [result] = _push(second, fix)
    assert result["status"] == "applied"


# -- bad input: clear answers, never a 5xx -------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda room: _message(room, "a\x00b"), id="message-nul"),
        pytest.param(lambda room: _room_change(uuid.uuid4(), "t\x00"), id="title-nul"),
        pytest.param(
            lambda room: _change(
                wire.PARTICIPANT,
                wire.UPSERT,
                uuid.uuid4(),
                {"conversation_uuid": str(room), "email": "x\x00@example.com"},
            ),
            id="invite-nul",
        ),
        pytest.param(
            lambda room: _room_change(uuid.uuid4(), created_at="0001-01-01T00:00:00+14:00"),
            id="created-before-year-1",
        ),
        pytest.param(
            lambda room: _room_change(room, updated_at="9999-12-31T23:59:59-14:00"),
            id="updated-after-9999",
        ),
        pytest.param(lambda room: changes.examiner(name="Nul\x00"), id="examiner-nul"),
    ],
)
def test_unstorable_text_and_dates_are_refused_per_change(server: ServerProcess, make: Any) -> None:
    owner, _ = _person(server, "Owner")
    room = _new_room(owner)
    bad = make(room)
    good = _message(room, "still delivered")
    answer = owner.post("/sync/push", {"changes": [bad, good]})
    assert answer.status_code == 200, answer.text
    first, second = answer.json()["results"]
    assert first["status"] == "rejected" and second["status"] == "applied"


def test_a_lone_surrogate_is_refused_not_a_server_error(server: ServerProcess) -> None:
    owner, _ = _person(server, "Owner")
    room = _new_room(owner)
    change = _message(room, "x-placeholder-y")
    body = json.dumps({"changes": [change]}).replace("-placeholder-", "\\ud800")
    headers = {"Authorization": f"Bearer {owner.token}", "Content-Type": "application/json"}
    answer = requests.post(f"{server.url}/sync/push", data=body, headers=headers, timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "rejected"


def test_deeply_nested_data_is_answered_not_a_server_error(server: ServerProcess) -> None:
    owner, _ = _person(server, "Owner")
    room = _new_room(owner)
    change = _message(room, "x")
    change["data"]["extra"] = "NESTED"
    body = json.dumps({"changes": [change]}).replace('"NESTED"', "[" * 800 + "]" * 800)
    headers = {"Authorization": f"Bearer {owner.token}", "Content-Type": "application/json"}
    answer = requests.post(f"{server.url}/sync/push", data=body, headers=headers, timeout=30)
    assert answer.status_code == 200, answer.text


def test_the_app_refuses_nul_characters_before_queuing() -> None:
    with pytest.raises(ValidationError) as refused:
        rules.message_content("a\x00b")
    assert refused.value.errors == {"content": "invalid"}
    with pytest.raises(ValidationError) as refused:
        rules.conversation_input("t\x00", "\x00")
    assert refused.value.errors == {"title": "invalid", "topic": "invalid"}


@pytest.mark.parametrize("path", ["/accounts/register", "/accounts/login"])
def test_accounts_refuse_nul_characters(server: ServerProcess, path: str) -> None:
    body: dict[str, str] = {"email": "nul\x00@example.com", "password": "correct horse battery"}
    if path.endswith("register"):
        body |= {"first_name": "N", "last_name": "L"}
    answer = requests.post(server.url + path, json=body, timeout=30)
    assert answer.status_code == 422, answer.text


# -- races (PostgreSQL runs them truly at once) ----------------------------------------


def _at_once(*calls: Any) -> list[Any]:
    barrier = threading.Barrier(len(calls))
    out: list[Any] = [None] * len(calls)

    def run(index: int, call: Any) -> None:
        barrier.wait()
        out[index] = call()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return out


def test_two_invitations_of_one_person_at_once_make_one_membership(
    server: ServerProcess,
) -> None:
    owner, _ = _person(server, "Owner")
    helper, helper_email = _person(server, "Helper")
    _guest, guest_email = _person(server, "Guest")
    for _ in range(5):
        room = _new_room(owner)
        _invite(owner, room, helper_email)
        answers = _at_once(
            partial(_invite, owner, room, guest_email), partial(_invite, helper, room, guest_email)
        )
        assert {a["status"] for a in answers} == {"applied"}
        members = owner.get(f"/chat/conversations/{room}").json()["participants"]
        assert len(members) == 3


def test_a_message_and_a_leave_at_once_never_date_the_message_after_leaving(
    server: ServerProcess,
) -> None:
    owner, _ = _person(server, "Owner")
    guest, guest_email = _person(server, "Guest")
    for _ in range(8):
        room = _new_room(owner)
        _invite(owner, room, guest_email)
        me = _my_participant(guest, room)
        leave = _change(wire.PARTICIPANT, wire.DELETE, me, {"conversation_uuid": str(room)})
        # The message is pushed together with enough other work to overlap the leave.
        batch = [_message(room, f"m{n}") for n in range(20)]
        _at_once(partial(_push, guest, *batch), partial(_push, guest, leave))
        history = owner.get(f"/chat/conversations/{room}").json()
        [gone] = [p for p in history["participants"] if not p["mine"]]
        assert gone["left_at"] is not None
        late = [m for m in history["messages"] if m["timestamp"] > gone["left_at"]]
        assert late == []


def test_two_first_pushes_of_one_conversation_at_once(server: ServerProcess) -> None:
    owner, _ = _person(server, "Owner")
    for _ in range(5):
        room = uuid.uuid4()
        change = _room_change(room)
        answers = _at_once(partial(_push, owner, change), partial(_push, owner, change))
        assert {a[0]["status"] for a in answers} == {"applied"}
        assert len(owner.get(f"/chat/conversations/{room}").json()["participants"]) == 1
