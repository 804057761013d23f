"""What the server sends about examiners and gouge, as one viewer may see it.

Anonymous gouge never names its author to anyone but the author: no user id,
no uuid, no name, no email; only ``mine`` tells the author it is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.accounts.models import CustomUser
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.sync import wire
from studyapp.server.models import ExaminerMeta


@dataclass
class Lookup:
    """Rows already loaded for building views, by key."""

    gouge: dict[UUID, Any]  # Gouge objects, or plain rows with the same attributes (pulls)
    examiners_by_uuid: dict[UUID, ExaminerProfile]
    examiners_by_id: dict[int, ExaminerProfile]
    edited_at: dict[int, datetime]
    authors: dict[int, CustomUser]
    built: dict[int, dict[str, Any]] = field(default_factory=dict)  # examiner views, by id

    def examiner_view(self, row: ExaminerProfile) -> dict[str, Any]:
        if row.id not in self.built:
            self.built[row.id] = self._examiner_view(row)
        return self.built[row.id]

    def _examiner_view(self, row: ExaminerProfile) -> dict[str, Any]:
        payload = wire.examiner_payload(row, self.edited_at.get(row.id, row.updated_at))
        payload["aggregates"] = {
            "feedback_count": row.feedback_count,
            "avg_rating": row.avg_rating,
            "avg_pass_rate": row.avg_pass_rate,
            "avg_flight_difficulty": row.avg_flight_difficulty,
            "avg_oral_difficulty": row.avg_oral_difficulty,
        }
        return payload

    def gouge_view(self, row: Gouge, viewer_id: int) -> dict[str, Any] | None:
        examiner = self.examiners_by_id.get(row.examiner_id) if row.examiner_id else None
        if examiner is None:
            return None
        payload = wire.gouge_payload(row, examiner.uuid)
        payload["examiner"] = self.examiner_view(examiner)
        payload["mine"] = row.user_id == viewer_id
        payload["author"] = None
        author = None if row.is_anonymous else self.authors.get(row.user_id)
        if author is not None:
            payload["author"] = {
                "uuid": str(author.uuid),
                "first_name": author.first_name,
                "last_name": author.last_name,
            }
        return payload


def single(session: Session, examiner: ExaminerProfile, row: Gouge | None = None) -> Lookup:
    """A lookup for one examiner (and one of its reports), for the single-object endpoints."""
    meta = session.get(ExaminerMeta, examiner.id)
    author = session.get(CustomUser, row.user_id) if row is not None else None
    return Lookup(
        gouge={row.uuid: row} if row is not None else {},
        examiners_by_uuid={examiner.uuid: examiner},
        examiners_by_id={examiner.id: examiner},
        edited_at={examiner.id: meta.edited_at} if meta else {},
        authors={author.id: author} if author is not None else {},
    )


def examiner_view(session: Session, row: ExaminerProfile) -> dict[str, Any]:
    return single(session, row).examiner_view(row)


def gouge_view(session: Session, row: Gouge, viewer_id: int) -> dict[str, Any] | None:
    examiner = session.get(ExaminerProfile, row.examiner_id) if row.examiner_id else None
    if examiner is None:
        return None
    return single(session, examiner, row).gouge_view(row, viewer_id)


def find_gouge(session: Session, uuid: UUID) -> Gouge | None:
    return session.scalar(select(Gouge).where(Gouge.uuid == uuid))


def find_examiner(session: Session, uuid: UUID) -> ExaminerProfile | None:
    return session.scalar(select(ExaminerProfile).where(ExaminerProfile.uuid == uuid))
