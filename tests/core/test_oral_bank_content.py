"""The shipped oral question banks (resources/oral/*.json), checked straight from the JSON.

Deliberately independent of the oral engine's loader: these tests read the files and the
ACS data themselves, so a content mistake is caught even if the loader changes.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ORAL_DIR = RESOURCES / "oral"
ACS_DIR = RESOURCES / "acs"

# Minimum number of questions per bank (scenario questions included); checked only for
# banks that exist, so each content writer adds their line when their file lands.
MINIMUM_QUESTIONS = {
    "private_airplane.json": 250,
    "instrument_airplane.json": 150,
    "commercial_airplane.json": 120,
    "flight_instructor_airplane.json": 100,
}
MINIMUM_SCENARIOS = {
    "private_airplane.json": 6,
    "instrument_airplane.json": 4,
    "commercial_airplane.json": 4,
    "flight_instructor_airplane.json": 3,
}
QUESTION_TEXT_FIELDS = ("id", "question", "answer", "reference")
# An ACS cited in a question must be an edition the app ships (FAA-S-ACS-6 alone, or 6B, is stale).
ACS_CITATION = re.compile(r"FAA-S-ACS-\d+[A-Z]?")


def bank_files() -> list[Path]:
    return sorted(ORAL_DIR.glob("*.json"))


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def acs_elements(acs_doc: dict[str, Any]) -> dict[str, bool]:
    """Every element code of an ACS document, mapped to whether it is archived."""
    return {
        element["code"]: bool(element.get("archived", False))
        for area in acs_doc["areas"]
        for task in area["tasks"]
        for element in task["elements"]
    }


def all_questions(bank: dict[str, Any]) -> list[dict[str, Any]]:
    scenario_questions = [q for s in bank["scenarios"] for q in s["questions"]]
    return list(bank["questions"]) + scenario_questions


def code_problems(where: str, codes: Any, elements: dict[str, bool]) -> list[str]:
    if not isinstance(codes, list) or not codes:
        return [f"{where}: codes must be a non-empty list"]
    problems = []
    for code in codes:
        if code not in elements:
            problems.append(f"{where}: unknown code {code!r}")
        elif elements[code]:
            problems.append(f"{where}: archived code {code!r}")
    return problems


def question_problems(question: Any, elements: dict[str, bool]) -> list[str]:
    if not isinstance(question, dict):
        return [f"question {question!r} is not an object"]
    where = str(question.get("id", "<no id>"))
    problems = [
        f"{where}: {field} must be a non-empty string"
        for field in QUESTION_TEXT_FIELDS
        if not isinstance(question.get(field), str) or not question[field].strip()
    ]
    problems += code_problems(where, question.get("codes"), elements)
    points = question.get("key_points")
    if not isinstance(points, list) or not 2 <= len(points) <= 6:
        problems.append(f"{where}: key_points must be a list of 2-6 points")
    elif not all(isinstance(p, str) and p.strip() for p in points):
        problems.append(f"{where}: every key point must be a non-empty string")
    follow_ups = question.get("follow_ups", [])
    if not isinstance(follow_ups, list) or not all(
        isinstance(f, str) and f.strip() for f in follow_ups
    ):
        problems.append(f"{where}: follow_ups must be a list of non-empty strings")
    difficulty = question.get("difficulty")
    if type(difficulty) is not int or difficulty not in (1, 2, 3):
        problems.append(f"{where}: difficulty must be 1, 2 or 3")
    return problems


def scenario_problems(scenario: Any, elements: dict[str, bool]) -> list[str]:
    if not isinstance(scenario, dict):
        return [f"scenario {scenario!r} is not an object"]
    where = str(scenario.get("id", "<no id>"))
    problems = [
        f"{where}: {field} must be a non-empty string"
        for field in ("id", "title", "briefing")
        if not isinstance(scenario.get(field), str) or not scenario[field].strip()
    ]
    problems += code_problems(where, scenario.get("codes"), elements)
    questions = scenario.get("questions")
    if not isinstance(questions, list) or not questions:
        return [*problems, f"{where}: a scenario needs questions"]
    for number, question in enumerate(questions, start=1):
        problems += question_problems(question, elements)
        if isinstance(question, dict) and question.get("id") != f"{where}-q{number}":
            problems.append(f"{where}: question {number} must have id {where}-q{number}")
    return problems


def bank_problems(bank: Any, acs_doc: dict[str, Any]) -> list[str]:
    """Everything wrong with one bank, as readable lines (empty when the bank is valid)."""
    if not isinstance(bank, dict):
        return ["the bank is not a JSON object"]
    problems = []
    if bank.get("acs_id") != acs_doc["acs_id"]:
        problems.append(f"acs_id {bank.get('acs_id')!r} is not {acs_doc['acs_id']!r}")
    if type(bank.get("version")) is not int or bank["version"] < 1:
        problems.append("version must be a positive whole number")
    if not isinstance(bank.get("questions"), list) or not isinstance(bank.get("scenarios"), list):
        return [*problems, "questions and scenarios must both be lists"]
    elements = acs_elements(acs_doc)
    for question in bank["questions"]:
        problems += question_problems(question, elements)
    for scenario in bank["scenarios"]:
        problems += scenario_problems(scenario, elements)
    return problems


def acs_for(bank_path: Path) -> dict[str, Any]:
    return read_json(ACS_DIR / bank_path.name)


@pytest.fixture(scope="module")
def private_bank() -> dict[str, Any]:
    return read_json(ORAL_DIR / "private_airplane.json")


def test_private_bank_is_shipped() -> None:
    assert (ORAL_DIR / "private_airplane.json") in bank_files()


@pytest.mark.parametrize("path", bank_files(), ids=lambda p: p.name)
def test_bank_matches_an_acs_file(path: Path) -> None:
    assert (ACS_DIR / path.name).is_file(), f"no resources/acs/{path.name} for this bank"


@pytest.mark.parametrize("path", bank_files(), ids=lambda p: p.name)
def test_bank_is_valid(path: Path) -> None:
    assert bank_problems(read_json(path), acs_for(path)) == []


@pytest.mark.parametrize("path", bank_files(), ids=lambda p: p.name)
def test_bank_meets_its_minimum_counts(path: Path) -> None:
    bank = read_json(path)
    assert len(all_questions(bank)) >= MINIMUM_QUESTIONS.get(path.name, 1)
    assert len(bank["scenarios"]) >= MINIMUM_SCENARIOS.get(path.name, 0)


def test_ids_are_unique_across_all_banks() -> None:
    ids = []
    for path in bank_files():
        bank = read_json(path)
        ids += [q["id"] for q in all_questions(bank)]
        ids += [s["id"] for s in bank["scenarios"]]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_private_scenarios_are_real_chains(private_bank: dict[str, Any]) -> None:
    for scenario in private_bank["scenarios"]:
        assert 4 <= len(scenario["questions"]) <= 8, scenario["id"]
        assert "METAR" in scenario["briefing"], scenario["id"]


def test_private_bank_weights_preflight_preparation(private_bank: dict[str, Any]) -> None:
    """A real private oral spends most of its time in Area I; the bank should too."""
    areas = Counter(q["codes"][0].split(".")[1] for q in all_questions(private_bank))
    assert areas["I"] >= sum(areas.values()) * 0.4
    for area in ("II", "III", "VI", "IX", "XI", "XII"):
        assert areas[area] >= 3, area


def test_checks_catch_a_broken_question(private_bank: dict[str, Any]) -> None:
    broken = copy.deepcopy(private_bank)
    question = broken["questions"][0]
    question["codes"] = ["PA.I.A.K99", "PA.III.A.R3"]
    question["key_points"] = ["only one"]
    question["difficulty"] = 4
    question["answer"] = " "
    broken["scenarios"][0]["questions"][0]["id"] = "renumbered"
    problems = bank_problems(broken, acs_for(ORAL_DIR / "private_airplane.json"))
    joined = "\n".join(problems)
    for expected in (
        "unknown code 'PA.I.A.K99'",
        "archived code 'PA.III.A.R3'",
        "key_points",
        "difficulty",
        "answer",
        "must have id",
    ):
        assert expected in joined


def shipped_acs_ids() -> set[str]:
    return {read_json(path)["acs_id"] for path in ACS_DIR.glob("*.json")}


def cited_text(question: dict[str, Any]) -> str:
    parts = [question["question"], question["answer"], question["reference"]]
    return "\n".join(parts + question["key_points"] + question.get("follow_ups", []))


def stale_acs_citations(bank: dict[str, Any], shipped: set[str]) -> list[str]:
    """Questions or briefings citing an ACS edition that is not one of the shipped ones."""
    texts = [(q["id"], cited_text(q)) for q in all_questions(bank)]
    texts += [(s["id"], s["briefing"]) for s in bank["scenarios"]]
    return [
        f"{where}: cites {cited}"
        for where, text in texts
        for cited in ACS_CITATION.findall(text)
        if cited not in shipped
    ]


@pytest.mark.parametrize("path", bank_files(), ids=lambda p: p.name)
def test_acs_citations_name_a_shipped_edition(path: Path) -> None:
    assert stale_acs_citations(read_json(path), shipped_acs_ids()) == []


def test_citation_check_catches_an_old_edition(private_bank: dict[str, Any]) -> None:
    stale = copy.deepcopy(private_bank)
    stale["questions"][0]["reference"] += "; FAA-S-ACS-6B"
    stale["scenarios"][0]["briefing"] += " See FAA-S-ACS-6 Area VII."
    problems = stale_acs_citations(stale, shipped_acs_ids())
    assert problems == [
        f"{stale['questions'][0]['id']}: cites FAA-S-ACS-6B",
        f"{stale['scenarios'][0]['id']}: cites FAA-S-ACS-6",
    ]


def test_private_stall_tasks_are_asked(private_bank: dict[str, Any]) -> None:
    """Power-off and power-on stalls ship (partially) in the ACS; the oral must ask about them."""
    tasks = Counter(
        code.rsplit(".", 1)[0] for q in all_questions(private_bank) for code in q["codes"]
    )
    assert tasks["PA.VII.B"] >= 3 and tasks["PA.VII.C"] >= 3
    first_codes = Counter(q["codes"][0].rsplit(".", 1)[0] for q in all_questions(private_bank))
    assert first_codes["PA.VII.B"] >= 3 and first_codes["PA.VII.C"] >= 3
    questions = {q["id"]: q for q in all_questions(private_bank)}
    # Stall-warning limits and gust/density-altitude margins apply to both stall tasks too
    assert {"PA.VII.B.R2", "PA.VII.C.R2"} <= set(questions["pa-vii-a-002"]["codes"])
    assert {"PA.VII.B.R6", "PA.VII.C.R6"} <= set(questions["pa-vii-d-003"]["codes"])
    assert private_bank["version"] >= 3
