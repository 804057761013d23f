"""Loading the shipped ACS areas and question banks into the database, idempotently.

Every entry point that shows orals calls ``ensure_loaded`` first. Each shipped
file's SHA-256 is remembered in oral_resource_state, so an unchanged file costs
one read; a changed file is upserted by stable id (store.py), and shipped
questions that disappeared from their bank are archived (kept for past sessions,
never asked again).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.oral.acs import AcsCatalog, AcsDocument, shipped_catalog
from studyapp.core.oral.bank_format import Bank, BankFormatError, parse_bank
from studyapp.core.oral.models import (
    ORIGIN_SHIPPED,
    MockOralSection,
    OralQuestion,
    OralResourceState,
    OralScenario,
)
from studyapp.core.oral.store import UpsertCounts, upsert_bank
from studyapp.paths import resource

log = logging.getLogger(__name__)
BANKS_FOLDER = "oral"


@dataclass(frozen=True)
class LoadReport:
    sections: int  # sections inserted or renamed
    questions: UpsertCounts
    archived: int
    skipped_files: tuple[str, ...]  # shipped banks that failed validation (logged)


def ensure_loaded(db: Database, catalog: AcsCatalog | None = None) -> LoadReport:
    """Bring the ACS areas and shipped banks in the database up to date with resources/."""
    catalog = catalog or shipped_catalog()
    banks, skipped = _changed_banks(db, catalog)
    with db.session() as session:
        sections = sum(_load_sections(session, document) for document in catalog.documents)
        counts, archived = UpsertCounts(), 0
        for name, digest, bank in banks:
            counts += upsert_bank(session, bank, ORIGIN_SHIPPED)
            archived += _archive_missing(session, bank)
            session.merge(OralResourceState(name=name, digest=digest))
    return LoadReport(sections, counts, archived, tuple(skipped))


def shipped_bank_files() -> list[Traversable]:
    folder = resource(BANKS_FOLDER)
    try:
        return sorted(
            (f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name
        )
    except (FileNotFoundError, NotADirectoryError):
        return []


def load_shipped_bank(source: Traversable, catalog: AcsCatalog) -> Bank:
    """Parse one shipped bank file; BankFormatError names the file and entry."""
    try:
        return parse_bank(json.loads(source.read_text(encoding="utf-8")), catalog)
    except (json.JSONDecodeError, UnicodeDecodeError, BankFormatError) as error:
        raise BankFormatError(f"{source.name}: {error}") from error


def _changed_banks(
    db: Database, catalog: AcsCatalog
) -> tuple[list[tuple[str, str, Bank]], list[str]]:
    with db.session() as session:
        known = dict(
            session.execute(select(OralResourceState.name, OralResourceState.digest)).all()
        )
    changed, skipped = [], []
    for source in shipped_bank_files():
        name = f"{BANKS_FOLDER}/{source.name}"
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        if known.get(name) == digest:
            continue
        try:
            changed.append((name, digest, load_shipped_bank(source, catalog)))
        except BankFormatError as error:
            log.warning("shipped question bank not loaded: %s", error)
            skipped.append(source.name)
    return changed, skipped


def _load_sections(session: Session, document: AcsDocument) -> int:
    existing = {
        s.code: s
        for s in session.scalars(
            select(MockOralSection).where(MockOralSection.acs_id == document.acs_id)
        )
    }
    changes = 0
    for area in document.areas:
        description = f"{document.acs_id} Area of Operation {area.numeral}"
        section = existing.get(area.code)
        if section is None:
            session.add(
                MockOralSection(
                    name=area.name,
                    description=description,
                    acs_id=document.acs_id,
                    numeral=area.numeral,
                    code=area.code,
                )
            )
            changes += 1
        elif section.name != area.name:
            section.name = area.name
            changes += 1
    return changes


def _archive_missing(session: Session, bank: Bank) -> int:
    question_ids = [q.uid for q in bank.all_questions()]
    scenario_ids = [s.uid for s in bank.scenarios]
    archived = 0
    for model, keep in ((OralQuestion, question_ids), (OralScenario, scenario_ids)):
        result = session.execute(
            update(model)
            .where(
                model.acs_id == bank.acs_id,
                model.origin == ORIGIN_SHIPPED,
                model.archived.is_(False),
                model.uid.not_in(keep),
            )
            .values(archived=True)
        )
        archived += result.rowcount  # type: ignore[attr-defined]
    return archived
