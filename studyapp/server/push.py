"""Applying a pushed batch of changes: once each, as their author, under the core's rules.

Chat changes follow the membership rules in studyapp.server.chat_push.

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
from datetime import date, datetime, timedelta
from typing import Any

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
from studyapp.server.batch import Batch, Change
from studyapp.server.chat_push import ChatPush
from studyapp.server.database import ServerDatabase
from studyapp.server.models import AppliedChange, ExaminerAlias, ExaminerMeta, Tombstone
from studyapp.server.storable import require_storable

__all__ = ["Change", "push"]

Result = dict[str, Any]
ATTEMPTS = 6


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
    batch = Batch(session, changes)
    chat = ChatPush(batch, account)
    results: list[Result] = []
    for change in changes:
        prior = batch.applied.get(change.id)
        if prior is not None:
            results.append(_replayed(prior, account, change))
            continue
        result = _apply(batch, chat, account, change)
        applied = AppliedChange(change_id=change.id, user_id=account.id, result=result)
        session.add(applied)
        batch.applied[change.id] = applied
        results.append(result)
    for examiner_id in sorted(batch.dirty):
        recompute_examiner_aggregates(session, examiner_id)
    feed.append(session, batch.touched)
    return results


def _replayed(prior: AppliedChange, account: Account, change: Change) -> Result:
    if prior.user_id != account.id:
        return _rejected(change, {"id": "taken"})
    return {**prior.result, "replayed": True}


def _result(change: Change, status: str, **extra: Any) -> Result:
    return {"id": str(change.id), "status": status, **extra}


def _rejected(change: Change, errors: dict[str, str]) -> Result:
    return _result(change, "rejected", errors=errors)


def _apply(batch: Batch, chat: ChatPush, account: Account, change: Change) -> Result:
    try:
        require_storable(change.data)
        if change.entity in CHAT_ENTITIES:
            return _apply_chat(chat, change)
        if change.entity == wire.GOUGE and change.op == wire.UPSERT:
            return _upsert_gouge(batch, account, change)
        if change.entity == wire.GOUGE and change.op == wire.DELETE:
            return _delete_gouge(batch, account, change)
        if change.entity == wire.EXAMINER and change.op == wire.UPSERT:
            return _upsert_examiner(batch, change)
        return _rejected(change, {"op": "invalid"})
    except ValidationError as error:
        return _rejected(change, error.errors)


CHAT_ENTITIES = (wire.CONVERSATION, wire.PARTICIPANT, wire.MESSAGE)


def _apply_chat(chat: ChatPush, change: Change) -> Result:
    if change.entity == wire.CONVERSATION and change.op == wire.UPSERT:
        return chat.upsert_conversation(change)
    if change.entity == wire.PARTICIPANT and change.op == wire.UPSERT:
        return chat.invite(change)
    if change.entity == wire.PARTICIPANT and change.op == wire.DELETE:
        return chat.leave(change)
    if change.entity == wire.MESSAGE and change.op == wire.UPSERT:
        return chat.post(change)
    return _rejected(change, {"op": "invalid"})


def _gouge_owner_check(batch: Batch, account: Account, change: Change) -> Result | None:
    tomb = batch.tombstones.get(change.uuid)
    if tomb is not None:
        if tomb.user_id != account.id:
            return _rejected(change, {"uuid": "not_found"})
        return _result(change, "stale", reason="deleted")
    row = batch.gouge.get(change.uuid)
    if row is not None and row.user_id != account.id:
        return _rejected(change, {"uuid": "not_found"})
    return None


def _upsert_gouge(batch: Batch, account: Account, change: Change) -> Result:
    refused = _gouge_owner_check(batch, account, change)
    if refused is not None:
        return refused
    # A day of slack: the pilot's "today" may already be tomorrow in UTC.
    data = inputs.gouge_input(change.data, date.today() + timedelta(days=1))
    updated_at = wire.parse_moment(change.data.get("updated_at"))
    examiner_uuid = wire.parse_uuid(change.data.get("examiner_uuid"), "examiner_uuid")
    examiner = batch.examiners.get(examiner_uuid)
    if examiner is None:
        return _rejected(change, {"examiner_uuid": "not_found"})
    row = batch.gouge.get(change.uuid)
    if row is not None and updated_at < row.updated_at:
        return _result(change, "stale", reason="older")
    if row is None and batch.taken(change.uuid, wire.GOUGE):
        return _rejected(change, {"uuid": "taken"})
    if row is None:
        created = wire.parse_moment(change.data.get("created_at"), "created_at")
        row = Gouge(uuid=change.uuid, user_id=account.id, created_at=min(created, utcnow()))
        batch.session.add(row)
        batch.gouge[change.uuid] = row
    elif row.examiner_id not in (None, examiner.id):
        batch.lock_examiner(row.examiner_id)
        batch.dirty.add(row.examiner_id)  # type: ignore[arg-type]
    inputs.apply_gouge_fields(row, examiner.id, data)
    row.updated_at = updated_at
    batch.dirty.add(examiner.id)
    batch.touched.append((wire.GOUGE, change.uuid, wire.UPSERT, None))
    return _result(change, "applied")


def _delete_gouge(batch: Batch, account: Account, change: Change) -> Result:
    refused = _gouge_owner_check(batch, account, change)
    if refused is not None:
        return refused
    tomb = Tombstone(entity_uuid=change.uuid, entity=wire.GOUGE, user_id=account.id)
    batch.session.add(tomb)
    batch.tombstones[change.uuid] = tomb
    row = batch.gouge.pop(change.uuid, None)
    if row is None:  # written and deleted offline: it never reached anyone
        return _result(change, "applied")
    if row.examiner_id is not None:
        batch.lock_examiner(row.examiner_id)
        batch.dirty.add(row.examiner_id)
    batch.session.delete(row)
    batch.touched.append((wire.GOUGE, change.uuid, wire.DELETE, None))
    return _result(change, "applied")


def merge_key(name: str, region: str) -> str:
    return f"{fold(name)}\x1f{fold(region)}"[:400]


def _upsert_examiner(batch: Batch, change: Change) -> Result:
    data = inputs.examiner_input(change.data)
    # Never later than now: an edit dated in the future would win over every
    # correction anyone makes until that date.
    edited_at = min(wire.parse_moment(change.data.get("updated_at")), utcnow())
    key = merge_key(data.name, data.region)
    row = batch.examiners.get(change.uuid)
    if row is None and batch.taken(change.uuid, wire.EXAMINER):
        return _rejected(change, {"uuid": "taken"})
    if row is None:
        return _create_examiner(batch, change, data, edited_at, key)
    session = batch.session
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
    batch.touched.append((wire.EXAMINER, row.uuid, wire.UPSERT, None))
    return _result(change, "applied", **merged)


def _create_examiner(
    batch: Batch,
    change: Change,
    data: inputs.examiner_rules.ExaminerInput,
    edited_at: datetime,
    key: str,
) -> Result:
    session = batch.session
    twin = session.scalar(select(ExaminerMeta).where(ExaminerMeta.merge_key == key))
    if twin is not None:
        session.add(ExaminerAlias(alias_uuid=change.uuid, examiner_id=twin.examiner_id))
        target = session.get(ExaminerProfile, twin.examiner_id)
        assert target is not None  # examiner_meta's foreign key
        batch.lock_examiner(target.id)
        batch.examiners[change.uuid] = target
        return _result(change, "applied", merged_into=str(target.uuid))
    row = ExaminerProfile(uuid=change.uuid)
    inputs.apply_examiner_fields(row, data)
    session.add(row)
    session.flush()
    session.add(ExaminerMeta(examiner_id=row.id, edited_at=edited_at, merge_key=key))
    batch.examiners[change.uuid] = row
    batch.dirty.add(row.id)
    batch.touched.append((wire.EXAMINER, row.uuid, wire.UPSERT, None))
    return _result(change, "applied")
