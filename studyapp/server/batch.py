"""Everything one pushed batch needs from the database, fetched in a handful of queries.

A change-by-change lookup costs ~8 round trips per change; a 10,000-change push
then spends its time waiting on the network. The batch loads applied change
ids, tombstones, existing gouge and examiners up front (IN lists of at most
MAX_BATCH ids) and keeps them current as it applies changes.

The examiners the batch names are locked FOR UPDATE first, in id order: inserting
a gouge takes a KEY SHARE lock on its examiner, and asking for FOR UPDATE after
that would deadlock two concurrent pushes about the same examiner.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.sync import wire
from studyapp.server import feed
from studyapp.server.models import AppliedChange, ExaminerAlias, FeedEntry, Tombstone


class Change:
    """One pushed change, already shape-checked by the API layer."""

    def __init__(self, change_id: UUID, entity: str, op: str, uuid: UUID, data: dict[str, Any]):
        self.id, self.entity, self.op, self.uuid, self.data = change_id, entity, op, uuid, data


def _examiner_uuid(change: Change) -> UUID | None:
    if change.entity == wire.EXAMINER:
        return change.uuid
    try:
        return UUID(str(change.data.get("examiner_uuid")))
    except ValueError:
        return None


class Batch:
    def __init__(self, session: Session, changes: list[Change]) -> None:
        self.session = session
        self.changes = changes
        ids = [c.id for c in changes]
        uuids = [c.uuid for c in changes]
        self.applied: dict[UUID, AppliedChange] = {
            row.change_id: row
            for row in session.scalars(
                select(AppliedChange).where(AppliedChange.change_id.in_(ids))
            )
        }
        self.tombstones: dict[UUID, Tombstone] = {
            row.entity_uuid: row
            for row in session.scalars(select(Tombstone).where(Tombstone.entity_uuid.in_(uuids)))
        }
        self.examiners = self._lock_examiners({u for c in changes if (u := _examiner_uuid(c))})
        self.gouge: dict[UUID, Gouge] = {
            row.uuid: row for row in session.scalars(select(Gouge).where(Gouge.uuid.in_(uuids)))
        }
        self.in_feed: dict[UUID, str] = dict(
            session.execute(
                select(FeedEntry.entity_uuid, FeedEntry.entity).where(
                    FeedEntry.entity_uuid.in_(uuids)
                )
            ).all()
        )
        self.looked_up = set(uuids)
        self.touched: list[feed.Touch] = []
        self.dirty: set[int] = set()  # examiners to re-average once, at the end

    def _lock_examiners(self, uuids: set[UUID]) -> dict[UUID, ExaminerProfile]:
        aliases = {
            row.alias_uuid: row.examiner_id
            for row in self.session.scalars(
                select(ExaminerAlias).where(ExaminerAlias.alias_uuid.in_(uuids))
            )
        }
        statement = (
            select(ExaminerProfile)
            .where(ExaminerProfile.uuid.in_(uuids) | ExaminerProfile.id.in_(aliases.values()))
            .order_by(ExaminerProfile.id)
            .with_for_update()
        )
        rows = list(self.session.scalars(statement))
        found = {row.uuid: row for row in rows}
        by_id = {row.id: row for row in rows}
        for alias, examiner_id in aliases.items():
            found[alias] = by_id[examiner_id]
        return found

    def taken(self, uuid: UUID, entity: str) -> bool:
        """Whether ``uuid`` already names a row of another kind in the feed.

        The feed keeps one entry per uuid, so a new row reusing a uuid everyone has
        pulled (a gouge, an examiner, a message of one's conversation) would replace
        that row's entry: laptops signing in later would never receive it.
        """
        if uuid not in self.looked_up:
            found = self.session.scalar(
                select(FeedEntry.entity).where(FeedEntry.entity_uuid == uuid)
            )
            if found is not None:
                self.in_feed[uuid] = found
            self.looked_up.add(uuid)
        return self.in_feed.get(uuid, entity) != entity

    def lock_examiner(self, examiner_id: int | None) -> None:
        """Lock one more examiner (a gouge moving away from it), outside the up-front set."""
        if examiner_id is not None:
            self.session.execute(
                select(ExaminerProfile.id)
                .where(ExaminerProfile.id == examiner_id)
                .with_for_update()
            )
