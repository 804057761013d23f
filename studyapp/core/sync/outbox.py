"""Writing outbox entries, called inside the transaction of every local change to a synced row.

Only changes made by the pilot go here; rows pulled from the server are applied
directly (studyapp.core.sync.apply) and never echo back.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studyapp.core.base import utcnow
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.sync import wire
from studyapp.core.sync.models import SyncOutbox


def record_gouge(session: Session, row: Gouge) -> None:
    """Queue the report as it now stands (after an insert or an edit)."""
    session.flush()  # sets updated_at and the examiner link the payload carries
    examiner = session.get(ExaminerProfile, row.examiner_id) if row.examiner_id else None
    if examiner is None:
        return
    session.add(
        SyncOutbox(
            user_id=row.user_id,
            entity=wire.GOUGE,
            entity_uuid=row.uuid,
            op=wire.UPSERT,
            payload=wire.gouge_payload(row, examiner.uuid),
        )
    )


def record_gouge_deleted(session: Session, user_id: int, gouge_uuid: UUID) -> None:
    session.add(
        SyncOutbox(
            user_id=user_id,
            entity=wire.GOUGE,
            entity_uuid=gouge_uuid,
            op=wire.DELETE,
            payload={},
        )
    )


def record_examiner(
    session: Session, row: ExaminerProfile, edited_at: datetime | None = None
) -> None:
    """Queue an added or corrected examiner (not aggregate changes: those are derived)."""
    session.flush()
    session.add(
        SyncOutbox(
            user_id=None,
            entity=wire.EXAMINER,
            entity_uuid=row.uuid,
            op=wire.UPSERT,
            payload=wire.examiner_payload(row, edited_at or utcnow()),
        )
    )


def pending_uuids(session: Session) -> set[UUID]:
    """Rows with a local change the server has not answered yet: pulls leave them alone."""
    rows = session.scalars(select(SyncOutbox.entity_uuid).where(SyncOutbox.rejected.is_(None)))
    return set(rows)


def repoint_examiner(session: Session, old: UUID, new: UUID) -> None:
    """Queued gouge about examiner ``old`` now name ``new`` (the two were merged)."""
    entries = session.scalars(select(SyncOutbox).where(SyncOutbox.entity == wire.GOUGE))
    for entry in entries:
        if entry.payload.get("examiner_uuid") == str(old):
            entry.payload = {**entry.payload, "examiner_uuid": str(new)}


def drop_examiner_entries(session: Session, examiner_uuid: UUID) -> None:
    session.execute(
        update(SyncOutbox)
        .where(SyncOutbox.entity == wire.EXAMINER, SyncOutbox.entity_uuid == examiner_uuid)
        .values(rejected={"uuid": "merged"})
    )
