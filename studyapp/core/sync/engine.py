"""One sync round: push the outbox in batches, then pull since the stored cursor.

Safe to interrupt anywhere. An outbox entry is deleted only in the transaction
that records the server's answer, so a crash after the server applied a batch
resends the same change ids and the server answers "replayed". The cursor moves
in the same transaction as the page it covers, so a crash mid-pull re-pulls at
most one page, which applies idempotently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from studyapp.core.chat import history
from studyapp.core.chat.apply import IncomingMessage
from studyapp.core.db import Database
from studyapp.core.gouge.aggregates import recompute_examiner_aggregates
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.sync import outbox
from studyapp.core.sync.apply import Applier
from studyapp.core.sync.http import SyncHttp
from studyapp.core.sync.models import SyncOutbox, SyncState

PUSH_BATCH = 500  # the server's MAX_BATCH
PUSH_BYTES = 3 * 1024 * 1024  # under the server's 4 MiB body limit
PULL_PAGE = 500


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    merged: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    cursor: int = 0
    #: Others' new messages, for desktop notifications.
    incoming: list[IncomingMessage] = field(default_factory=list)


def _queued(session: Session, user_id: int, limit: int) -> list[SyncOutbox]:
    statement = (
        select(SyncOutbox)
        .where(SyncOutbox.rejected.is_(None))
        .where(or_(SyncOutbox.user_id == user_id, SyncOutbox.user_id.is_(None)))
        .order_by(SyncOutbox.id)
        .limit(limit)
    )
    return list(session.scalars(statement))


def _change(entry: SyncOutbox) -> dict[str, Any]:
    return {
        "id": str(entry.change_uuid),
        "entity": entry.entity,
        "op": entry.op,
        "uuid": str(entry.entity_uuid),
        "data": entry.payload,
    }


def _fit(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The leading changes whose JSON fits in one request body (always at least one)."""
    size = 0
    for count, change in enumerate(changes):
        size += len(json.dumps(change))
        if size > PUSH_BYTES and count:
            return changes[:count]
    return changes


def push(db: Database, user_id: int, http: SyncHttp, report: SyncReport) -> None:
    while True:
        with db.session() as session:
            batch = _fit([_change(e) for e in _queued(session, user_id, PUSH_BATCH)])
        if not batch:
            return
        answer = http.post("/sync/push", {"changes": batch})
        with db.session() as session:
            _record_results(session, answer.get("results", []), report)


def _record_results(session: Session, results: list[dict[str, Any]], report: SyncReport) -> None:
    """Store the server's answers: delivered entries leave the outbox, refused ones stay."""
    ids = [UUID(str(result["id"])) for result in results]
    entries = {
        e.change_uuid: e
        for e in session.scalars(select(SyncOutbox).where(SyncOutbox.change_uuid.in_(ids)))
    }
    delivered: list[int] = []
    for change_id, result in zip(ids, results, strict=True):
        entry = entries.get(change_id)
        if entry is None:
            continue
        if result.get("status") == "rejected":
            entry.rejected = dict(result.get("errors") or {"change": "rejected"})
            report.rejected += 1
            continue
        merged = result.get("merged_into")
        if merged and str(merged) != str(entry.entity_uuid):
            merge_examiner(session, entry.entity_uuid, UUID(str(merged)))
            report.merged += 1
        delivered.append(entry.id)
    session.execute(delete(SyncOutbox).where(SyncOutbox.id.in_(delivered)))
    report.pushed += len(delivered)


def merge_examiner(session: Session, local: UUID, server: UUID) -> None:
    """The server merged our examiner ``local`` into ``server``: do the same here."""
    mine = session.scalar(select(ExaminerProfile).where(ExaminerProfile.uuid == local))
    theirs = session.scalar(select(ExaminerProfile).where(ExaminerProfile.uuid == server))
    outbox.repoint_examiner(session, local, server)
    if mine is None:
        return
    if theirs is None:
        mine.uuid = server
        return
    for row in session.scalars(select(Gouge).where(Gouge.examiner_id == mine.id)):
        row.examiner_id = theirs.id
    session.flush()
    session.delete(mine)
    recompute_examiner_aggregates(session, theirs.id)


def pull(db: Database, user_id: int, http: SyncHttp, report: SyncReport) -> None:
    while True:
        with db.session() as session:
            cursor = _state(session, user_id).cursor
        page = http.get("/sync/pull", cursor=cursor, limit=PULL_PAGE)
        items = page.get("changes", [])
        with db.session() as session:
            joined = history.joined_conversations(session, user_id, items)
        past = [item for uuid in joined for item in history.fetch(http, uuid)]
        with db.session() as session:
            _apply_page(session, user_id, past, items, page.get("examiners", {}), report)
            _state(session, user_id).cursor = int(page.get("cursor", cursor))
        report.cursor = int(page.get("cursor", cursor))
        if not page.get("more"):
            return


def _apply_page(
    session: Session,
    user_id: int,
    past: list[dict[str, Any]],
    items: list[dict[str, Any]],
    examiners: dict[str, Any],
    report: SyncReport,
) -> None:
    """Apply a joined conversation's past, then the page, in the caller's transaction."""
    applier = Applier(session, user_id, past + items, examiners)
    for item in past:
        applier.apply(item)
    applier.chat.incoming.clear()  # a joined conversation's past is unread, not news
    for item in items:
        applier.apply(item)
    applier.finish()
    for key, count in applier.counts.items():
        report.pulled[key] = report.pulled.get(key, 0) + count
    report.incoming.extend(applier.chat.incoming)


def _state(session: Session, user_id: int) -> SyncState:
    state = session.get(SyncState, user_id)
    if state is None:
        raise LookupError(f"profile {user_id} is not set up for sync")
    return state
