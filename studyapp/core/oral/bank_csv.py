"""The CSV form of a question bank: one row per question, the same fields as the JSON form.

Columns (header row required, any order; documented in resources/oral/README.md):
acs_id, version, id, codes, question, answer, key_points, reference, follow_ups,
difficulty, scenario_id, scenario_title, scenario_briefing, scenario_codes.
``codes`` and ``scenario_codes`` are separated by spaces; ``key_points`` and
``follow_ups`` hold one entry per line of the cell. Rows with a scenario_id
form that scenario's chain, in row order.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from studyapp.core.oral.bank_format import BankFormatError

COLUMNS = (
    "acs_id",
    "version",
    "id",
    "codes",
    "question",
    "answer",
    "key_points",
    "reference",
    "follow_ups",
    "difficulty",
    "scenario_id",
    "scenario_title",
    "scenario_briefing",
    "scenario_codes",
)
REQUIRED = ("acs_id", "id", "codes", "question", "answer", "key_points", "reference")


def read_csv(text: str) -> list[dict[str, Any]]:
    """Raw bank dicts (as the JSON form would give) from CSV text; BankFormatError if malformed."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise BankFormatError(f"CSV header lacks the column(s): {', '.join(missing)}")
    banks: dict[str, dict[str, Any]] = {}
    scenarios: dict[str, dict[str, Any]] = {}
    for line, row in enumerate(reader, start=2):
        if None in row:
            raise BankFormatError(f"CSV line {line}: more cells than columns")
        bank = _bank_for(banks, row, line)
        question = _question(row, line)
        scenario_id = (row.get("scenario_id") or "").strip()
        if scenario_id:
            if scenario_id not in scenarios:
                scenarios[scenario_id] = _scenario(row, scenario_id)
                bank["scenarios"].append(scenarios[scenario_id])
            scenarios[scenario_id]["questions"].append(question)
        else:
            bank["questions"].append(question)
    if not banks:
        raise BankFormatError("the CSV file has no question rows")
    return list(banks.values())


def _bank_for(banks: dict[str, dict[str, Any]], row: dict[str, str], line: int) -> dict[str, Any]:
    acs_id = (row.get("acs_id") or "").strip()
    version = _int(row.get("version") or "1", line, "version")
    bank = banks.setdefault(
        acs_id, {"acs_id": acs_id, "version": version, "questions": [], "scenarios": []}
    )
    bank["version"] = max(bank["version"], version)
    return bank


def _question(row: dict[str, str], line: int) -> dict[str, Any]:
    return {
        "id": (row.get("id") or "").strip(),
        "codes": (row.get("codes") or "").split(),
        "question": row.get("question") or "",
        "answer": row.get("answer") or "",
        "key_points": _lines(row.get("key_points")),
        "reference": row.get("reference") or "",
        "follow_ups": _lines(row.get("follow_ups")),
        "difficulty": _int(row.get("difficulty") or "2", line, "difficulty"),
    }


def _scenario(row: dict[str, str], scenario_id: str) -> dict[str, Any]:
    return {
        "id": scenario_id,
        "title": row.get("scenario_title") or "",
        "briefing": row.get("scenario_briefing") or "",
        "codes": (row.get("scenario_codes") or "").split(),
        "questions": [],
    }


def _lines(cell: str | None) -> list[str]:
    return [line.strip() for line in (cell or "").splitlines() if line.strip()]


def _int(text: str, line: int, column: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise BankFormatError(f"CSV line {line}: {column} {text!r} is not a whole number") from None


def write_csv(banks: list[dict[str, Any]]) -> str:
    """CSV text for raw bank dicts (the JSON form)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for bank in banks:
        head = {"acs_id": bank["acs_id"], "version": bank["version"]}
        for question in bank["questions"]:
            writer.writerow({**head, **_question_cells(question)})
        for scenario in bank["scenarios"]:
            cells = {
                "scenario_id": scenario["id"],
                "scenario_title": scenario["title"],
                "scenario_briefing": scenario["briefing"],
                "scenario_codes": " ".join(scenario["codes"]),
            }
            for question in scenario["questions"]:
                writer.writerow({**head, **cells, **_question_cells(question)})
    return out.getvalue()


def _question_cells(question: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": question["id"],
        "codes": " ".join(question["codes"]),
        "question": question["question"],
        "answer": question["answer"],
        "key_points": "\n".join(question["key_points"]),
        "reference": question["reference"],
        "follow_ups": "\n".join(question["follow_ups"]),
        "difficulty": question["difficulty"],
    }
