"""The sync faults, for chat: messages written offline survive every fault and arrive once, in
the order their sender wrote them."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from studyapp.core.chat import queries, service
from studyapp.core.sync import engine
from studyapp.core.sync.http import SyncError
from studyapp.core.sync.models import SyncOutbox, SyncState
from tests.server.fault_laptops import (
    ana_fixture,  # noqa: F401  (the `ana`, `bo` and `proxy` fixtures)
    bo_fixture,  # noqa: F401
    kill_sync_after_the_server_applied_its_push,
    proxy_fixture,  # noqa: F401
)
from tests.server.fault_proxy import FaultProxy
from tests.server.harness import (
    ServerProcess,
    server_fixture,  # noqa: F401  (the `server` fixture)
)
from tests.server.laptops import Laptop, fast_http

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
WRITTEN = [f"offline message {n}" for n in range(5)]


@pytest.fixture
def room(ana: Laptop, bo: Laptop) -> UUID:
    """A conversation both are in, then five messages Ana wrote offline and one Bo wrote."""
    uuid = service.start_conversation(ana.db, ana.user_id, "Hangar", invite=("bo@example.com",))
    ana.sync()
    bo.sync()
    for text in WRITTEN:
        service.post_message(ana.db, ana.user_id, uuid, text)
    service.post_message(bo.db, bo.user_id, uuid, "meanwhile, from Bo")
    bo.sync()
    return uuid


def _outbox(laptop: Laptop) -> list[SyncOutbox]:
    with laptop.db.session() as session:
        return list(session.scalars(select(SyncOutbox)))


def _assert_delivered_once_in_order(ana: Laptop, bo: Laptop, room: UUID) -> None:
    assert _outbox(ana) == []
    ana.sync()  # Bo's message, and the server's times for Ana's own
    bo.sync()
    for laptop in (ana, bo):
        shown = queries.messages(laptop.db, laptop.user_id, room)
        assert [m.content for m in shown if m.content in WRITTEN] == WRITTEN
        assert len(shown) == len(WRITTEN) + 1
        assert {m.state for m in shown} == {queries.SENT}
    assert [m.content for m in queries.messages(ana.db, ana.user_id, room)] == [
        m.content for m in queries.messages(bo.db, bo.user_id, room)
    ]


def test_connection_dropped_after_the_server_applied_the_push(
    ana: Laptop, bo: Laptop, proxy: FaultProxy, room: UUID
) -> None:
    proxy.add("/sync/push", "drop")
    report = ana.sync()
    assert report.pushed == len(WRITTEN)
    _assert_delivered_once_in_order(ana, bo, room)


@pytest.mark.parametrize("fault", ["error500", "slow"])
def test_server_errors_and_timeouts_are_retried(
    ana: Laptop, bo: Laptop, proxy: FaultProxy, room: UUID, fault: str
) -> None:
    proxy.add("/sync/push", fault, fault)
    proxy.add("/sync/pull", fault)
    ana.sync()
    _assert_delivered_once_in_order(ana, bo, room)


def test_a_server_that_stays_down_keeps_every_message_as_sending(
    ana: Laptop, bo: Laptop, proxy: FaultProxy, room: UUID
) -> None:
    proxy.add("/sync/push", *["error500"] * 4)
    with pytest.raises(SyncError):
        ana.sync()
    shown = queries.messages(ana.db, ana.user_id, room)
    assert [(m.content, m.state) for m in shown] == [(t, queries.SENDING) for t in WRITTEN]
    ana.sync()
    _assert_delivered_once_in_order(ana, bo, room)


def test_server_restarted_between_push_and_pull(
    ana: Laptop, bo: Laptop, server: ServerProcess, room: UUID
) -> None:
    with ana.db.session() as session:
        state = session.get(SyncState, ana.user_id)
        assert state is not None
        url, key = state.server_url, state.keyring_key
    http = fast_http(url, ana.tokens.load(key))
    engine.push(ana.db, ana.user_id, http, engine.SyncReport())
    server.restart()
    engine.pull(ana.db, ana.user_id, http, engine.SyncReport())
    _assert_delivered_once_in_order(ana, bo, room)


def test_client_killed_mid_sync(ana: Laptop, bo: Laptop, proxy: FaultProxy, room: UUID) -> None:
    kill_sync_after_the_server_applied_its_push(ana, proxy)
    assert len(_outbox(ana)) == len(WRITTEN)
    assert ana.sync().pushed == len(WRITTEN)
    _assert_delivered_once_in_order(ana, bo, room)
