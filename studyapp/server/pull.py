"""Pulling: everything visible to the caller since their cursor, in commit order."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from studyapp.core.sync import wire
from studyapp.server import feed
from studyapp.server.accounts import Account
from studyapp.server.models import FeedEntry
from studyapp.server.views import examiner_view, find_examiner, find_gouge, gouge_view


def _item(session: Session, entry: FeedEntry, viewer: Account) -> dict[str, Any]:
    item: dict[str, Any] = {"entity": entry.entity, "uuid": str(entry.entity_uuid)}
    data = None
    if entry.entity == wire.GOUGE:
        row = find_gouge(session, entry.entity_uuid)
        data = gouge_view(session, row, viewer.id) if row is not None else None
    elif entry.entity == wire.EXAMINER:
        examiner = find_examiner(session, entry.entity_uuid)
        data = examiner_view(session, examiner) if examiner is not None else None
    item["op"] = wire.UPSERT if data is not None else wire.DELETE
    item["data"] = data
    return item


def pull(session: Session, viewer: Account, cursor: int, limit: int) -> dict[str, Any]:
    entries = feed.since(session, cursor, limit + 1)
    more = len(entries) > limit
    entries = entries[:limit]
    changes = [_item(session, entry, viewer) for entry in entries]
    return {
        "changes": changes,
        "cursor": entries[-1].seq if entries else cursor,
        "more": more,
    }
