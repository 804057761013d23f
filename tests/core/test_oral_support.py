"""A small Private Pilot question bank built from the shipped ACS, shared by the oral tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import update

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.oral.acs import shipped_catalog
from studyapp.core.oral.bank_format import parse_bank
from studyapp.core.oral.models import ORIGIN_SHIPPED, OralQuestion
from studyapp.core.oral.transfer import import_bank_file

PRIVATE = "FAA-S-ACS-6C"


def first_code(task_index: int, area_index: int = 0) -> str:
    task = shipped_catalog().document(PRIVATE).areas[area_index].tasks[task_index]
    return task.elements[0].code


def question(uid: str, code: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": uid,
        "codes": [code],
        "question": f"Question {uid}?",
        "answer": f"Answer to {uid}.",
        "key_points": ["Pilot certificate and medical", "Flight review every 24 calendar months"],
        "reference": "14 CFR 61.56",
        "follow_ups": [],
        "difficulty": 2,
        **extra,
    }


def small_bank(version: int = 1) -> dict[str, Any]:
    """Areas I-III, two tasks each, two questions per task; one scenario chain in area I."""
    questions = [
        question(f"t-{a}-{t}-{n}", first_code(t, a))
        for a in range(3)
        for t in range(2)
        for n in range(2)
    ]
    scenario = {
        "id": "t-scn-1",
        "title": "Trip to the coast",
        "codes": [first_code(2)],
        "briefing": "C172, two passengers, METAR KXYZ 251753Z 27012KT 10SM FEW050 18/08 A3001.",
        "questions": [question(f"t-scn-1-q{i}", first_code(2)) for i in range(1, 4)],
    }
    return {"acs_id": PRIVATE, "version": version, "questions": questions, "scenarios": [scenario]}


def write_bank(folder: Path, bank: dict[str, Any], name: str = "bank.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(bank), encoding="utf-8")
    return path


def install_small_bank(db: Database, folder: Path, *, only: bool = True) -> None:
    """Import the small bank; ``only`` archives the shipped questions so counts are exact."""
    import_bank_file(db, write_bank(folder, small_bank()))
    if only:
        with db.session() as session:
            session.execute(
                update(OralQuestion)
                .where(OralQuestion.origin == ORIGIN_SHIPPED)
                .values(archived=True)
            )


def new_pilot(db: Database, email: str = "pilot@example.com") -> int:
    return create_profile(db, email, "Pat", "Pilot").id


def test_the_small_bank_is_valid() -> None:
    bank = parse_bank(small_bank(), shipped_catalog())
    assert len(bank.questions) == 12
    assert [q.uid for q in bank.scenarios[0].questions] == [
        "t-scn-1-q1",
        "t-scn-1-q2",
        "t-scn-1-q3",
    ]
