"""Writing parsed banks into the database: insert new ids, update changed ones, never duplicate.

A row is matched by its stable id (uid). A bank whose version is older than the
row's keeps the row as it is, so importing an old export never undoes an update.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.oral.bank_format import Bank, BankQuestion, BankScenario
from studyapp.core.oral.models import OralQuestion, OralScenario


@dataclass
class UpsertCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: UpsertCounts) -> UpsertCounts:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self


def dump(values: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def question_fields(q: BankQuestion) -> dict[str, Any]:
    return {
        "codes": dump(q.codes),
        "question": q.question,
        "answer": q.answer,
        "key_points": dump(q.key_points),
        "reference": q.reference,
        "follow_ups": dump(q.follow_ups),
        "difficulty": q.difficulty,
    }


def scenario_fields(s: BankScenario) -> dict[str, Any]:
    return {"title": s.title, "codes": dump(s.codes), "briefing": s.briefing}


def upsert_bank(session: Session, bank: Bank, origin: str) -> UpsertCounts:
    """Insert or update every scenario and question of ``bank`` in the caller's transaction."""
    rows = _existing(session, bank)
    counts = UpsertCounts()
    for position, question in enumerate(bank.questions):
        fields = {**question_fields(question), "scenario_id": None, "position": position}
        counts += _upsert(session, rows, OralQuestion, question.uid, bank, origin, fields)
    for scenario in bank.scenarios:
        # Counts are of questions: a scenario is the frame its questions hang on.
        fields = scenario_fields(scenario)
        _upsert(session, rows, OralScenario, scenario.uid, bank, origin, fields)
        session.flush()
        scenario_id = rows[(OralScenario, scenario.uid)].id
        for position, question in enumerate(scenario.questions):
            fields = {**question_fields(question), "scenario_id": scenario_id, "position": position}
            counts += _upsert(session, rows, OralQuestion, question.uid, bank, origin, fields)
    return counts


Rows = dict[tuple[type, str], Any]


def _existing(session: Session, bank: Bank) -> Rows:
    """The rows already stored for the bank's ids, in one query per table."""
    rows: Rows = {}
    for model, uids in (
        (OralQuestion, [q.uid for q in bank.all_questions()]),
        (OralScenario, [s.uid for s in bank.scenarios]),
    ):
        for row in session.scalars(select(model).where(model.uid.in_(uids))):
            rows[(model, row.uid)] = row
    return rows


def _upsert(
    session: Session,
    rows: Rows,
    model: type[OralQuestion] | type[OralScenario],
    uid: str,
    bank: Bank,
    origin: str,
    fields: dict[str, Any],
) -> UpsertCounts:
    row = rows.get((model, uid))
    fields = {**fields, "acs_id": bank.acs_id}
    if row is None:
        row = model(uid=uid, origin=origin, version=bank.version, archived=False, **fields)
        session.add(row)
        rows[(model, uid)] = row
        return UpsertCounts(added=1)
    if row.version > bank.version:
        return UpsertCounts(unchanged=1)
    changed = row.archived or any(getattr(row, k) != v for k, v in fields.items())
    if not changed:
        row.version = bank.version
        return UpsertCounts(unchanged=1)
    for key, value in fields.items():
        setattr(row, key, value)
    row.version, row.archived = bank.version, False
    return UpsertCounts(updated=1)
