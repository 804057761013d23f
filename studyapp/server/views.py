"""What the server sends about examiners and gouge, as one viewer may see it.

Anonymous gouge never names its author to anyone but the author: no user id,
no uuid, no name, no email; only ``mine`` tells the author it is theirs.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.accounts.models import CustomUser
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.sync import wire
from studyapp.server.models import ExaminerMeta


def examiner_view(session: Session, row: ExaminerProfile) -> dict[str, Any]:
    meta = session.get(ExaminerMeta, row.id)
    payload = wire.examiner_payload(row, meta.edited_at if meta else row.updated_at)
    payload["aggregates"] = {
        "feedback_count": row.feedback_count,
        "avg_rating": row.avg_rating,
        "avg_pass_rate": row.avg_pass_rate,
        "avg_flight_difficulty": row.avg_flight_difficulty,
        "avg_oral_difficulty": row.avg_oral_difficulty,
    }
    return payload


def gouge_view(session: Session, row: Gouge, viewer_id: int) -> dict[str, Any] | None:
    examiner = session.get(ExaminerProfile, row.examiner_id) if row.examiner_id else None
    if examiner is None:
        return None
    payload = wire.gouge_payload(row, examiner.uuid)
    payload["examiner"] = examiner_view(session, examiner)
    payload["mine"] = row.user_id == viewer_id
    payload["author"] = None
    if not row.is_anonymous:
        author = session.get(CustomUser, row.user_id)
        if author is not None:
            payload["author"] = {
                "uuid": str(author.uuid),
                "first_name": author.first_name,
                "last_name": author.last_name,
            }
    return payload


def find_gouge(session: Session, uuid: UUID) -> Gouge | None:
    return session.scalar(select(Gouge).where(Gouge.uuid == uuid))


def find_examiner(session: Session, uuid: UUID) -> ExaminerProfile | None:
    return session.scalar(select(ExaminerProfile).where(ExaminerProfile.uuid == uuid))
