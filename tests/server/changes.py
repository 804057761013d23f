"""Building pushed changes by hand, as a laptop would send them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any


def now(offset_s: float = 0) -> str:
    return (datetime.now(UTC) + timedelta(seconds=offset_s)).isoformat()


def examiner(
    name: str = "Dana Examiner", region: str = "Bay Area", **fields: Any
) -> dict[str, Any]:
    data = {
        "name": name,
        "region": region,
        "years_of_experience": 12,
        "checkride_types": ["private", "instrument"],
        "home_airport": "KPAO",
        "contact_info": "",
        "organization": "",
        "updated_at": now(),
        **fields,
    }
    return {
        "id": str(uuid.uuid4()),
        "entity": "examiner",
        "op": "upsert",
        "uuid": fields.pop("uuid", str(uuid.uuid4())),
        "data": data,
    }


def gouge(examiner_uuid: str, **fields: Any) -> dict[str, Any]:
    entity = fields.pop("uuid", str(uuid.uuid4()))
    data = {
        "examiner_uuid": examiner_uuid,
        "gouge_date": "2026-10-01",
        "checkride_type": "private",
        "pass_or_fail": "pass",
        "rating": 4,
        "flight_difficulty": 2,
        "oral_difficulty": 3,
        "stress_level": 3,
        "content": "Asked about weather minimums and lost comms.",
        "unexpected_elements": "",
        "is_anonymous": False,
        "created_at": now(),
        "updated_at": now(),
        **fields,
    }
    return {
        "id": str(uuid.uuid4()),
        "entity": "gouge",
        "op": "upsert",
        "uuid": entity,
        "data": data,
    }


def delete_gouge(gouge_uuid: str) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "entity": "gouge", "op": "delete", "uuid": gouge_uuid}
