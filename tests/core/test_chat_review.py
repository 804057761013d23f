"""Review of chat on the laptop: two profiles sharing one data folder, and the outbox.

The two-profile tests run a real server (SQLite) with both profiles of one data
folder signed in to their own accounts, as a family computer would be.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from studyapp.core.accounts import service as accounts
from studyapp.core.chat import queries, service
from studyapp.core.db import Database
from studyapp.core.sync import engine
from studyapp.core.sync.models import SyncOutbox
from tests.server.harness import ServerProcess, database_url
from tests.server.laptops import Laptop, make_laptop


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    url, _ = database_url("sqlite", tmp_path)
    process = ServerProcess(url, tmp_path / "server.log").start()
    yield process
    process.stop()


@pytest.fixture
def family(tmp_path: Path, server: ServerProcess) -> Iterator[tuple[Laptop, Laptop]]:
    """Ana and Bo: two profiles in one data folder, each signed in to their account."""
    ana = make_laptop(tmp_path / "shared", "ana@example.com", "Ana", "Zebrowski")
    bo_id = accounts.create_profile(ana.db, "bo@example.com", "Bo", "Lindqvist").id
    bo = replace(ana, user_id=bo_id)
    ana.login(server.url, "ana@example.com")
    bo.login(server.url, "bo@example.com")
    yield ana, bo
    ana.close()


@pytest.mark.slow
def test_two_profiles_of_one_folder_are_both_in_their_conversation(
    family: tuple[Laptop, Laptop],
) -> None:
    ana, bo = family
    room = service.start_conversation(ana.db, ana.user_id, "Family", invite=("bo@example.com",))
    service.post_message(ana.db, ana.user_id, room, "hello from Ana")
    ana.sync()  # pulls Bo's membership first, as someone else's
    bo.sync()
    assert [c.uuid for c in queries.conversations(bo.db, bo.user_id)] == [room]
    people = queries.participants(bo.db, bo.user_id, room)
    assert sorted((p.name, p.is_me) for p in people) == [
        ("Ana Zebrowski", False),
        ("Bo Lindqvist", True),
    ]
    service.post_message(bo.db, bo.user_id, room, "hello from Bo")
    bo.sync()
    ana.sync()
    shown = queries.messages(ana.db, ana.user_id, room)
    assert [(m.sender, m.mine, m.content) for m in shown] == [
        ("Ana Zebrowski", True, "hello from Ana"),
        ("Bo Lindqvist", False, "hello from Bo"),
    ]


@pytest.mark.slow
def test_a_profile_that_left_does_not_read_what_the_other_profile_receives(
    family: tuple[Laptop, Laptop],
) -> None:
    ana, bo = family
    room = service.start_conversation(ana.db, ana.user_id, "Family", invite=("bo@example.com",))
    service.post_message(ana.db, ana.user_id, room, "before Ana left")
    ana.sync()
    bo.sync()
    service.leave_conversation(ana.db, ana.user_id, room)
    ana.sync()
    service.post_message(bo.db, bo.user_id, room, "after Ana left")
    bo.sync()
    bo.sync()
    assert [m.content for m in queries.messages(ana.db, ana.user_id, room)] == ["before Ana left"]
    [summary] = queries.conversations(ana.db, ana.user_id)
    assert (summary.last_message, summary.unread, summary.left) == ("before Ana left", 0, True)
    assert queries.search(ana.db, ana.user_id, "after") == []
    assert [m.content for m in queries.messages(bo.db, bo.user_id, room)] == [
        "before Ana left",
        "after Ana left",
    ]


def test_a_rejection_cleared_with_none_is_queued_again(database: Database) -> None:
    """``rejected = None`` must mean SQL NULL (queued), not a JSON null (refused forever)."""
    me = accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski").id
    room = service.start_conversation(database, me, "Solo")
    message = service.post_message(database, me, room, "try again")
    with database.session() as session:
        for entry in session.scalars(select(SyncOutbox)):
            entry.rejected = {"content": "required"}
    with database.session() as session:
        entry = session.scalars(select(SyncOutbox).where(SyncOutbox.entity_uuid == message)).one()
        entry.rejected = None
    with database.session() as session:
        queued = [e.entity_uuid for e in engine._queued(session, me, 10)]
    assert queued == [message]
    [shown] = queries.messages(database, me, room)
    assert shown.state == queries.SENDING
