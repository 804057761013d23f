"""The JSON shape of synced rows, shared by the client and the server.

Both sides validate with the core's own rules (studyapp.core.gouge), so a row the
app refuses is refused by the server too, with the same field codes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from studyapp.core.errors import ValidationError
from studyapp.core.gouge.models import ExaminerProfile, Gouge

GOUGE, EXAMINER = "gouge", "examiner"
CONVERSATION, PARTICIPANT, MESSAGE = "conversation", "participant", "message"
ENTITIES = (GOUGE, EXAMINER, CONVERSATION, PARTICIPANT, MESSAGE)
UPSERT, DELETE = "upsert", "delete"


def iso(moment: datetime) -> str:
    return moment.isoformat()


def parse_moment(value: object, field: str = "updated_at") -> datetime:
    """An aware datetime from ISO text. Raises ValidationError({field: "invalid"})."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError({field: "invalid"}) from exc
    if moment.tzinfo is None:
        raise ValidationError({field: "invalid"})
    try:  # "0001-01-01T00:00+14:00" is before year 1 in UTC: comparing it would overflow
        moment.astimezone(UTC)
    except OverflowError as exc:
        raise ValidationError({field: "invalid"}) from exc
    return moment


def parse_uuid(value: object, field: str) -> UUID:
    try:
        return UUID(str(value))
    except ValueError as exc:
        raise ValidationError({field: "invalid"}) from exc


def examiner_payload(row: ExaminerProfile, edited_at: datetime) -> dict[str, Any]:
    return {
        "uuid": str(row.uuid),
        "name": row.name,
        "contact_info": row.contact_info or "",
        "organization": row.organization or "",
        "years_of_experience": row.years_of_experience,
        "checkride_types": list(row.checkride_types or []),
        "home_airport": row.home_airport or "",
        "region": row.region or "",
        "updated_at": iso(edited_at),
    }


def gouge_payload(row: Gouge, examiner_uuid: UUID) -> dict[str, Any]:
    return {
        "uuid": str(row.uuid),
        "examiner_uuid": str(examiner_uuid),
        "gouge_date": row.gouge_date.isoformat(),
        "checkride_type": row.checkride_type,
        "pass_or_fail": row.pass_or_fail,
        "rating": row.rating,
        "flight_difficulty": row.flight_difficulty,
        "oral_difficulty": row.oral_difficulty,
        "stress_level": row.stress_level,
        "content": row.content,
        "unexpected_elements": row.unexpected_elements or "",
        "is_anonymous": row.is_anonymous,
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
    }
