"""Applying what a pull brings: others' examiners and gouge, and our own from other laptops.

Conflict rules (the server applies the same):

* A row with a local change still in the outbox is left alone: the local change
  goes up on the next push, the server decides (latest ``updated_at`` wins for
  gouge, latest edit for examiners) and a later pull brings the outcome.
* A deleted gouge is deleted here too, even over a queued local edit: deletes are final.
* An examiner arriving from the server with the same folded name and region as a
  local one that has another uuid is the same examiner: the local row takes the
  server's uuid (queued gouge are re-pointed), so the two laptops converge.

Aggregates are recomputed from the local gouge with the core's own function.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.chat.apply import ChatApplier
from studyapp.core.errors import ValidationError
from studyapp.core.gouge.aggregates import recompute_examiner_aggregates
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.gouge.search import fold
from studyapp.core.sync import authors, inputs, outbox, wire

log = logging.getLogger(__name__)
FAR_FUTURE = date(9999, 12, 31)  # the server already checked dates against its own clock


class Applier:
    """Applies one pull page inside one session; counts what moved."""

    def __init__(
        self,
        session: Session,
        profile_id: int,
        items: list[dict[str, Any]],
        page_examiners: dict[str, Any] | None = None,
    ) -> None:
        self.session = session
        # A pulled page names each examiner its gouge are about once, here, by uuid.
        self.page_examiners = page_examiners or {}
        self.profile_id = profile_id
        self.pending = outbox.pending_uuids(session)
        self.counts = {
            "examiners": 0,
            "gouge": 0,
            "deleted": 0,
            "conversations": 0,
            "messages": 0,
            "skipped": 0,
        }
        self.dirty: set[int] = set()  # examiners to re-average once the page is applied
        # Loaded once per page: a query per pulled row made a 10,000-row pull crawl.
        self.examiners = {e.uuid: e for e in session.scalars(select(ExaminerProfile))}
        self.gouge_rows = self._load_gouge(items)
        self.authors = authors.AuthorCache(session)
        self.chat = ChatApplier(session, profile_id, self.authors, self.pending)
        self.chat.preload(items)

    def _load_gouge(self, items: list[dict[str, Any]]) -> dict[UUID, Gouge]:
        uuids = []
        for item in items:
            try:
                uuids.append(UUID(str(item.get("uuid"))))
            except ValueError:
                continue
        rows = self.session.scalars(select(Gouge).where(Gouge.uuid.in_(uuids)))
        return {row.uuid: row for row in rows}

    def finish(self) -> None:
        for examiner_id in sorted(self.dirty):
            recompute_examiner_aggregates(self.session, examiner_id)

    def apply(self, item: dict[str, Any]) -> None:
        try:
            uuid = wire.parse_uuid(item.get("uuid"), "uuid")
            data = item.get("data")
            if item.get("entity") == wire.EXAMINER and isinstance(data, dict):
                self.examiner(data)
            elif item.get("entity") == wire.GOUGE and item.get("op") == wire.DELETE:
                self.delete_gouge(uuid)
            elif item.get("entity") == wire.GOUGE and isinstance(data, dict):
                self.gouge(uuid, data)
            elif isinstance(data, dict):
                self._chat(str(item.get("entity")), data)
        except (ValidationError, KeyError, ValueError) as error:
            # One bad row must not stop the rest; the log names the row, not its content.
            log.warning("skipped a pulled %s %s: %s", item.get("entity"), item.get("uuid"), error)
            self.counts["skipped"] += 1

    def _chat(self, entity: str, data: dict[str, Any]) -> None:
        if entity == wire.CONVERSATION:
            self.chat.conversation(data)
            self.counts["conversations"] += 1
        elif entity == wire.PARTICIPANT:
            self.chat.participant(data)
        elif entity == wire.MESSAGE:
            self.chat.message(data)
            self.counts["messages"] += 1

    def examiner(self, data: dict[str, Any]) -> ExaminerProfile:
        uuid = wire.parse_uuid(data.get("uuid"), "uuid")
        fields = inputs.examiner_input(data)
        row = self.examiners.get(uuid)
        if row is None:
            row = self._twin(fields.name, fields.region)
            if row is not None:
                self._adopt_uuid(row, uuid)
        if row is None:
            row = ExaminerProfile(uuid=uuid)
            inputs.apply_examiner_fields(row, fields)
            self.session.add(row)
            self.session.flush()
            self.examiners[uuid] = row
            self.dirty.add(row.id)
            self.counts["examiners"] += 1
        elif uuid not in self.pending:
            inputs.apply_examiner_fields(row, fields)
            self.counts["examiners"] += 1
        return row

    def _examiner_of(self, data: dict[str, Any]) -> ExaminerProfile:
        """A gouge's examiner: the local row, or created from the copy the gouge carries."""
        row = self.examiners.get(wire.parse_uuid(data.get("uuid"), "uuid"))
        return row if row is not None else self.examiner(data)

    def _twin(self, name: str, region: str) -> ExaminerProfile | None:
        key = (fold(name), fold(region))
        for row in self.examiners.values():
            if (fold(row.name), fold(row.region or "")) == key:
                return row
        return None

    def _adopt_uuid(self, row: ExaminerProfile, uuid: UUID) -> None:
        old = row.uuid
        outbox.repoint_examiner(self.session, old, uuid)
        outbox.drop_examiner_entries(self.session, old)
        self.pending.discard(old)
        row.uuid = uuid
        self.examiners.pop(old, None)
        self.examiners[uuid] = row

    def _owner(self, data: dict[str, Any]) -> int:
        if data.get("mine") is True:
            return self.profile_id
        author = data.get("author")
        if isinstance(author, dict):
            return self.authors.named(author)
        return self.authors.anonymous()

    def gouge(self, uuid: UUID, data: dict[str, Any]) -> None:
        if uuid in self.pending:
            return
        examiner = self._examiner_of(
            data.get("examiner") or self.page_examiners[str(data.get("examiner_uuid"))]
        )
        fields = inputs.gouge_input(data, FAR_FUTURE)
        row = self.gouge_rows.get(uuid)
        if row is None:
            created = wire.parse_moment(data.get("created_at"), "created_at")
            row = Gouge(uuid=uuid, user_id=self._owner(data), created_at=created)
            self.session.add(row)
            self.gouge_rows[uuid] = row
        elif row.user_id in self.authors.ids:
            row.user_id = self._owner(data)  # a stand-in may become "mine" or be renamed
        previous = row.examiner_id
        inputs.apply_gouge_fields(row, examiner.id, fields)
        row.updated_at = wire.parse_moment(data.get("updated_at"))
        self.dirty.add(examiner.id)
        if previous is not None and previous != examiner.id:
            self.dirty.add(previous)
        self.counts["gouge"] += 1

    def delete_gouge(self, uuid: UUID) -> None:
        row = self.gouge_rows.pop(uuid, None)
        if row is None:
            return
        examiner_id = row.examiner_id
        self.session.delete(row)
        if examiner_id is not None:
            self.dirty.add(examiner_id)
        self.counts["deleted"] += 1
