"""Applying a pushed batch of changes: once each, as their author, under the core's rules.

Conflict rules (the client documents the same ones):

* gouge: only its author may change it; the edit with the latest ``updated_at``
  wins (two laptops of one pilot); a delete is final (a tombstone refuses older
  edits that arrive late).
* examiners: anyone may add or correct one; the latest ``updated_at`` wins. A new
  examiner with the same folded name and region as an existing one is merged into
  it: its uuid becomes an alias and the answer says ``merged_into``.

A change whose id was seen before is not applied again; the stored outcome is
returned with ``replayed: true``. Changes are answered one by one: a rejected
change (bad field, not yours) does not stop the others.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from studyapp.core.base import utcnow
from studyapp.core.errors import ValidationError
from studyapp.core.gouge.aggregates import recompute_examiner_aggregates
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.gouge.search import fold
from studyapp.core.sync import inputs, wire
from studyapp.server import feed
from studyapp.server.accounts import Account
from studyapp.server.database import ServerDatabase
from studyapp.server.models import AppliedChange, ExaminerAlias, ExaminerMeta, Tombstone
from studyapp.server.views import find_examiner, find_gouge

Result = dict[str, Any]
ATTEMPTS = 6


class Change:
    """One pushed change, already shape-checked by the API layer."""

    def __init__(self, change_id: UUID, entity: str, op: str, uuid: UUID, data: dict[str, Any]):
        self.id, self.entity, self.op, self.uuid, self.data = change_id, entity, op, uuid, data


class Work:
    """What a batch changed: rows for the feed, examiners whose aggregates to recompute.

    Aggregates are recomputed once per examiner per batch, not once per report:
    a 10,000-report push would otherwise re-average the examiner 10,000 times.
    """

    def __init__(self) -> None:
        self.touched: list[feed.Touch] = []
        self.dirty: set[int] = set()


def push(db: ServerDatabase, account: Account, changes: list[Change]) -> list[Result]:
    """Apply the batch in one transaction, retried when concurrent writers collide."""
    for attempt in range(ATTEMPTS):
        try:
            with db.session() as session:
                return _push_once(session, account, changes)
        except (IntegrityError, OperationalError):
            # A concurrent push created the same examiner or replayed the same change
            # id, or PostgreSQL broke a deadlock: the retry sees the winner's commit.
            if attempt == ATTEMPTS - 1:
                raise
            time.sleep(random.uniform(0, 0.05 * 2**attempt))
    raise AssertionError("unreachable")


def _push_once(session: Session, account: Account, changes: list[Change]) -> list[Result]:
    results: list[Result] = []
    work = Work()
    for change in changes:
        prior = session.get(AppliedChange, change.id)
        if prior is not None:
            results.append(_replayed(prior, account, change))
            continue
        result = _apply(session, account, change, work)
        session.add(AppliedChange(change_id=change.id, user_id=account.id, result=result))
        session.flush()
        results.append(result)
    for examiner_id in sorted(work.dirty):
        recompute_examiner_aggregates(session, examiner_id)
    feed.append(session, work.touched)
    return results


def _replayed(prior: AppliedChange, account: Account, change: Change) -> Result:
    if prior.user_id != account.id:
        return _rejected(change, {"id": "taken"})
    return {**prior.result, "replayed": True}


def _result(change: Change, status: str, **extra: Any) -> Result:
    return {"id": str(change.id), "status": status, **extra}


def _rejected(change: Change, errors: dict[str, str]) -> Result:
    return _result(change, "rejected", errors=errors)


def _apply(session: Session, account: Account, change: Change, work: Work) -> Result:
    try:
        if change.entity == wire.GOUGE and change.op == wire.UPSERT:
            return _upsert_gouge(session, account, change, work)
        if change.entity == wire.GOUGE and change.op == wire.DELETE:
            return _delete_gouge(session, account, change, work)
        if change.entity == wire.EXAMINER and change.op == wire.UPSERT:
            return _upsert_examiner(session, change, work)
        return _rejected(change, {"op": "invalid"})
    except ValidationError as error:
        return _rejected(change, error.errors)


def resolve_examiner(session: Session, uuid: UUID) -> ExaminerProfile | None:
    row = find_examiner(session, uuid)
    if row is None:
        alias = session.get(ExaminerAlias, uuid)
        row = session.get(ExaminerProfile, alias.examiner_id) if alias else None
    return row


def _gouge_owner_check(session: Session, account: Account, change: Change) -> Result | None:
    tomb = session.get(Tombstone, change.uuid)
    if tomb is not None:
        if tomb.user_id != account.id:
            return _rejected(change, {"uuid": "not_found"})
        return _result(change, "stale", reason="deleted")
    row = find_gouge(session, change.uuid)
    if row is not None and row.user_id != account.id:
        return _rejected(change, {"uuid": "not_found"})
    return None


def _upsert_gouge(session: Session, account: Account, change: Change, work: Work) -> Result:
    refused = _gouge_owner_check(session, account, change)
    if refused is not None:
        return refused
    # A day of slack: the pilot's "today" may already be tomorrow in UTC.
    data = inputs.gouge_input(change.data, date.today() + timedelta(days=1))
    updated_at = wire.parse_moment(change.data.get("updated_at"))
    examiner_uuid = wire.parse_uuid(change.data.get("examiner_uuid"), "examiner_uuid")
    examiner = resolve_examiner(session, examiner_uuid)
    if examiner is None:
        return _rejected(change, {"examiner_uuid": "not_found"})
    _lock_examiners(session, examiner.id)
    row = find_gouge(session, change.uuid)
    if row is not None and updated_at < row.updated_at:
        return _result(change, "stale", reason="older")
    if row is None:
        created = wire.parse_moment(change.data.get("created_at"), "created_at")
        row = Gouge(uuid=change.uuid, user_id=account.id, created_at=min(created, utcnow()))
        session.add(row)
    previous = row.examiner_id
    _lock_examiners(session, previous)
    inputs.apply_gouge_fields(row, examiner.id, data)
    row.updated_at = updated_at
    work.dirty.add(examiner.id)
    if previous is not None and previous != examiner.id:
        work.dirty.add(previous)
    work.touched.append((wire.GOUGE, change.uuid, wire.UPSERT))
    return _result(change, "applied")


def _lock_examiners(session: Session, *examiner_ids: int | None) -> None:
    """Lock the examiner rows before touching their gouge.

    Inserting a gouge takes a KEY SHARE lock on its examiner (the foreign key);
    two pushes that each hold one and then ask for the FOR UPDATE lock that the
    aggregate recompute takes would deadlock. Taking FOR UPDATE first queues them.
    """
    ids = sorted({i for i in examiner_ids if i is not None})
    if ids:
        session.execute(
            select(ExaminerProfile.id).where(ExaminerProfile.id.in_(ids)).with_for_update()
        )


def _delete_gouge(session: Session, account: Account, change: Change, work: Work) -> Result:
    refused = _gouge_owner_check(session, account, change)
    if refused is not None:
        return refused
    session.add(Tombstone(entity_uuid=change.uuid, entity=wire.GOUGE, user_id=account.id))
    row = find_gouge(session, change.uuid)
    if row is None:  # written and deleted offline: it never reached anyone
        return _result(change, "applied")
    examiner_id = row.examiner_id
    _lock_examiners(session, examiner_id)
    session.delete(row)
    if examiner_id is not None:
        work.dirty.add(examiner_id)
    work.touched.append((wire.GOUGE, change.uuid, wire.DELETE))
    return _result(change, "applied")


def merge_key(name: str, region: str) -> str:
    return f"{fold(name)}\x1f{fold(region)}"[:400]


def _upsert_examiner(session: Session, change: Change, work: Work) -> Result:
    data = inputs.examiner_input(change.data)
    edited_at = wire.parse_moment(change.data.get("updated_at"))
    key = merge_key(data.name, data.region)
    row = resolve_examiner(session, change.uuid)
    if row is None:
        return _create_examiner(session, change, data, edited_at, key, work)
    merged = {"merged_into": str(row.uuid)} if row.uuid != change.uuid else {}
    meta = session.get(ExaminerMeta, row.id)
    if meta is not None and edited_at < meta.edited_at:
        return _result(change, "stale", reason="older", **merged)
    clash = session.scalar(
        select(ExaminerMeta.examiner_id).where(
            ExaminerMeta.merge_key == key, ExaminerMeta.examiner_id != row.id
        )
    )
    if clash is not None:
        return _rejected(change, {"name": "duplicate"})
    inputs.apply_examiner_fields(row, data)
    if meta is None:
        session.add(ExaminerMeta(examiner_id=row.id, edited_at=edited_at, merge_key=key))
    else:
        meta.edited_at, meta.merge_key = edited_at, key
    work.dirty.add(row.id)
    work.touched.append((wire.EXAMINER, row.uuid, wire.UPSERT))
    return _result(change, "applied", **merged)


def _create_examiner(
    session: Session,
    change: Change,
    data: inputs.examiner_rules.ExaminerInput,
    edited_at: Any,
    key: str,
    work: Work,
) -> Result:
    twin = session.scalar(select(ExaminerMeta).where(ExaminerMeta.merge_key == key))
    if twin is not None:
        session.add(ExaminerAlias(alias_uuid=change.uuid, examiner_id=twin.examiner_id))
        target = session.get(ExaminerProfile, twin.examiner_id)
        assert target is not None  # examiner_meta's foreign key
        return _result(change, "applied", merged_into=str(target.uuid))
    row = ExaminerProfile(uuid=change.uuid)
    inputs.apply_examiner_fields(row, data)
    session.add(row)
    session.flush()
    session.add(ExaminerMeta(examiner_id=row.id, edited_at=edited_at, merge_key=key))
    work.dirty.add(row.id)
    work.touched.append((wire.EXAMINER, row.uuid, wire.UPSERT))
    return _result(change, "applied")
