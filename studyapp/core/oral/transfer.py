"""Importing and exporting question bank files (JSON in the shared format, or CSV).

Import reads and checks the whole file first; a bad file raises BankFormatError
and nothing is written. A good file is upserted by stable id in one
transaction (store.py): new ids are added with origin "imported", changed
ones updated, an older version of a question never overwrites a newer one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.oral.acs import shipped_catalog
from studyapp.core.oral.bank_csv import read_csv, write_csv
from studyapp.core.oral.bank_format import BankFormatError, parse_banks
from studyapp.core.oral.loading import ensure_loaded
from studyapp.core.oral.models import ORIGIN_IMPORTED, OralQuestion, OralScenario
from studyapp.core.oral.store import UpsertCounts, upsert_bank

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ImportReport:
    banks: int
    questions: int  # in the file
    added: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class ExportReport:
    banks: int
    questions: int
    scenarios: int


def import_bank_file(db: Database, path: Path) -> ImportReport:
    """Import a .json or .csv bank; BankFormatError (nothing written) if it is not usable."""
    banks = parse_banks(_read_raw(Path(path)), shipped_catalog())
    ensure_loaded(db)
    counts = UpsertCounts()
    with db.session() as session:
        for bank in banks:
            counts += upsert_bank(session, bank, ORIGIN_IMPORTED)
    total = sum(1 for bank in banks for _ in bank.all_questions())
    return ImportReport(len(banks), total, counts.added, counts.updated, counts.unchanged)


def _read_raw(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BankFormatError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise BankFormatError(f"cannot read {path.name}: {error}") from error
    if path.suffix.lower() == ".csv":
        return read_csv(text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BankFormatError(f"{path.name} is not valid JSON ({error})") from error


def export_bank_file(
    db: Database,
    path: Path,
    *,
    acs_id: str | None = None,
    origins: tuple[str, ...] | None = None,
) -> ExportReport:
    """Write the questions (not archived) to ``path``: CSV for a .csv name, JSON otherwise.

    JSON holds one bank object for one ACS and a list of bank objects for several.
    """
    ensure_loaded(db)
    with db.session() as session:
        banks = export_banks(session, acs_id, origins)
    path = Path(path)
    if path.suffix.lower() == ".csv":
        text = write_csv(banks)
    else:
        text = json.dumps(banks[0] if len(banks) == 1 else banks, ensure_ascii=False, indent=2)
    _write_atomically(path, text)
    return ExportReport(
        len(banks),
        sum(len(b["questions"]) + sum(len(s["questions"]) for s in b["scenarios"]) for b in banks),
        sum(len(b["scenarios"]) for b in banks),
    )


def export_banks(
    session: Session, acs_id: str | None, origins: tuple[str, ...] | None
) -> list[dict[str, Any]]:
    query = select(OralQuestion).where(OralQuestion.archived.is_(False))
    if acs_id is not None:
        query = query.where(OralQuestion.acs_id == acs_id)
    if origins:
        query = query.where(OralQuestion.origin.in_(origins))
    query = query.order_by(OralQuestion.acs_id, OralQuestion.scenario_id, OralQuestion.position)
    banks: dict[str, dict[str, Any]] = {}
    scenarios: dict[int, dict[str, Any]] = {}
    for row in session.scalars(query):
        bank = banks.setdefault(row.acs_id, _empty_bank(row.acs_id))
        bank["version"] = max(bank["version"], row.version)
        if row.scenario_id is None:
            bank["questions"].append(_question(row))
            continue
        if row.scenario_id not in scenarios:
            scenarios[row.scenario_id] = _scenario(session.get(OralScenario, row.scenario_id))
            bank["scenarios"].append(scenarios[row.scenario_id])
        scenarios[row.scenario_id]["questions"].append(_question(row))
    order = {d.acs_id: i for i, d in enumerate(shipped_catalog().documents)}
    return sorted(banks.values(), key=lambda b: order.get(b["acs_id"], len(order)))


def _empty_bank(acs_id: str) -> dict[str, Any]:
    return {"acs_id": acs_id, "version": 1, "questions": [], "scenarios": []}


def _question(row: OralQuestion) -> dict[str, Any]:
    return {
        "id": row.uid,
        "codes": json.loads(row.codes),
        "question": row.question,
        "answer": row.answer,
        "key_points": json.loads(row.key_points),
        "reference": row.reference,
        "follow_ups": json.loads(row.follow_ups or "[]"),
        "difficulty": row.difficulty,
    }


def _scenario(row: OralScenario | None) -> dict[str, Any]:
    assert row is not None  # the question's foreign key
    return {
        "id": row.uid,
        "title": row.title,
        "codes": json.loads(row.codes),
        "briefing": row.briefing,
        "questions": [],
    }


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(text, encoding="utf-8", newline="")
    os.replace(temporary, path)
