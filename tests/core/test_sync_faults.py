"""Faults between laptop and server: afterwards every change is on the server once, on the
other laptop, and nothing local was lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from studyapp.core.gouge import examiners, service
from studyapp.core.sync import engine
from studyapp.core.sync import service as sync
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

ROOT = Path(__file__).resolve().parents[2]


def _write_three(laptop: Laptop) -> int:
    examiner_id = laptop.add_examiner()
    for rating in (1, 3, 5):
        laptop.write_gouge(examiner_id, rating=rating, content=f"report rated {rating}")
    return examiner_id


def _outbox(laptop: Laptop) -> list[SyncOutbox]:
    with laptop.db.session() as session:
        return list(session.scalars(select(SyncOutbox)))


def _assert_delivered_once(ana: Laptop, bo: Laptop) -> None:
    """Bo sees exactly Ana's three reports, the server's count says three, Ana lost nothing."""
    assert _outbox(ana) == []
    bo.sync()
    seen = bo.examiner_by_name("Dana Examiner")
    reports = service.list_gouge(bo.db, bo.user_id, seen.id)
    assert sorted(r.content for r in reports) == [f"report rated {n}" for n in (1, 3, 5)]
    assert seen.stats is not None and seen.stats.feedback_count == 3  # server and local agree
    mine = ana.examiner_by_name("Dana Examiner")
    assert len(service.list_gouge(ana.db, ana.user_id, mine.id)) == 3


def test_connection_dropped_after_the_server_applied_the_push(
    ana: Laptop, bo: Laptop, proxy: FaultProxy
) -> None:
    _write_three(ana)
    proxy.add("/sync/push", "drop")
    report = ana.sync()
    assert [fault for path, fault in proxy.seen if path == "/sync/push"] == ["drop", "pass"]
    assert report.pushed == 4  # the replayed answers count as delivered
    _assert_delivered_once(ana, bo)


def test_server_errors_are_retried(ana: Laptop, bo: Laptop, proxy: FaultProxy) -> None:
    _write_three(ana)
    proxy.add("/sync/push", "error500", "error500")
    proxy.add("/sync/pull", "error500")
    ana.sync()
    _assert_delivered_once(ana, bo)


def test_timeouts_are_retried(ana: Laptop, bo: Laptop, proxy: FaultProxy) -> None:
    _write_three(ana)
    proxy.add("/sync/push", "slow")
    proxy.add("/sync/pull", "slow")
    ana.sync()
    _assert_delivered_once(ana, bo)


def test_a_server_that_stays_down_loses_nothing(ana: Laptop, bo: Laptop, proxy: FaultProxy) -> None:
    _write_three(ana)
    proxy.add("/sync/push", *["error500"] * 4)
    with pytest.raises(SyncError):
        ana.sync()
    assert len(_outbox(ana)) == 4
    status = sync.status(ana.db, ana.user_id)
    assert status is not None and status.last_error == "error" and status.signed_in
    ana.sync()
    assert sync.status(ana.db, ana.user_id).last_error is None  # type: ignore[union-attr]
    _assert_delivered_once(ana, bo)


def test_server_restarted_between_push_and_pull(
    ana: Laptop, bo: Laptop, server: ServerProcess
) -> None:
    _write_three(ana)
    with ana.db.session() as session:
        state = session.get(SyncState, ana.user_id)
        assert state is not None
        url, key = state.server_url, state.keyring_key
    http = fast_http(url, ana.tokens.load(key))
    engine.push(ana.db, ana.user_id, http, engine.SyncReport())
    server.restart()
    engine.pull(ana.db, ana.user_id, http, engine.SyncReport())
    _assert_delivered_once(ana, bo)


def test_client_killed_mid_sync(ana: Laptop, bo: Laptop, proxy: FaultProxy) -> None:
    _write_three(ana)
    kill_sync_after_the_server_applied_its_push(ana, proxy)
    assert len(_outbox(ana)) == 4  # nothing was marked sent
    report = ana.sync()
    assert report.pushed == 4
    _assert_delivered_once(ana, bo)
    (examiner,) = examiners.list_examiners(ana.db)
    assert examiner.report_count == 3
