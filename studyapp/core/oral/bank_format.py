"""The question bank format (resources/oral/README.md and /work/notes/oral_format.md).

Parsing checks everything before anything is written: a bad file raises
BankFormatError naming the entry and the problem, and the caller changes nothing.
Shipped banks, imported JSON and imported CSV all end up as the same dataclasses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from studyapp.core.oral.acs import AcsCatalog

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MIN_DIFFICULTY, MAX_DIFFICULTY = 1, 3
TEXT_MAX = 20_000
TITLE_MAX = 255


class BankFormatError(ValueError):
    """A bank file that cannot be used; ``str()`` names where and what."""


@dataclass(frozen=True)
class BankQuestion:
    uid: str
    codes: tuple[str, ...]
    question: str
    answer: str
    key_points: tuple[str, ...]
    reference: str
    follow_ups: tuple[str, ...] = ()
    difficulty: int = 2


@dataclass(frozen=True)
class BankScenario:
    uid: str
    title: str
    codes: tuple[str, ...]
    briefing: str
    questions: tuple[BankQuestion, ...]


@dataclass(frozen=True)
class Bank:
    acs_id: str
    version: int
    questions: tuple[BankQuestion, ...] = ()
    scenarios: tuple[BankScenario, ...] = field(default=())

    def all_questions(self) -> Iterable[BankQuestion]:
        yield from self.questions
        for scenario in self.scenarios:
            yield from scenario.questions


def parse_banks(raw: Any, catalog: AcsCatalog) -> tuple[Bank, ...]:
    """One bank object, or a list of them (an export of several ACSs)."""
    items = raw if isinstance(raw, list) else [raw]
    if not items:
        raise BankFormatError("the file holds no question bank")
    banks = tuple(parse_bank(item, catalog, f"bank {i + 1}") for i, item in enumerate(items))
    check_unique_ids(banks)
    return banks


def parse_bank(raw: Any, catalog: AcsCatalog, where: str = "top level") -> Bank:
    if not isinstance(raw, dict):
        raise BankFormatError(f"{where}: must be an object")
    acs_id = _text(raw, "acs_id", where, 32)
    known = {d.acs_id for d in catalog.documents}
    if acs_id not in known:
        raise BankFormatError(f"{where}: unknown acs_id {acs_id!r} (known: {sorted(known)})")
    version = raw.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BankFormatError(f"{where}: 'version' must be a positive integer")
    checker = _Checker(catalog, acs_id)
    questions = tuple(
        checker.question(q, f"questions[{i}]") for i, q in enumerate(_list(raw, "questions", where))
    )
    scenarios = tuple(
        checker.scenario(s, f"scenarios[{i}]") for i, s in enumerate(_list(raw, "scenarios", where))
    )
    bank = Bank(acs_id, version, questions, scenarios)
    check_unique_ids((bank,))
    return bank


def check_unique_ids(banks: Iterable[Bank]) -> None:
    seen: set[str] = set()
    for bank in banks:
        ids = [s.uid for s in bank.scenarios] + [q.uid for q in bank.all_questions()]
        for uid in ids:
            if uid in seen:
                raise BankFormatError(f"id {uid!r} appears twice")
            seen.add(uid)


class _Checker:
    def __init__(self, catalog: AcsCatalog, acs_id: str) -> None:
        document = catalog.document(acs_id)
        self.codes = frozenset(e.code for e in document.elements() if not e.archived)

    def question(self, raw: Any, where: str) -> BankQuestion:
        if not isinstance(raw, dict):
            raise BankFormatError(f"{where}: must be an object")
        uid = self.uid(raw, where)
        where = f"{where} ({uid})"
        difficulty = raw.get("difficulty", 2)
        if not isinstance(difficulty, int) or isinstance(difficulty, bool):
            raise BankFormatError(f"{where}: 'difficulty' must be 1, 2 or 3")
        if not MIN_DIFFICULTY <= difficulty <= MAX_DIFFICULTY:
            raise BankFormatError(f"{where}: 'difficulty' must be 1, 2 or 3")
        key_points = _strings(raw, "key_points", where, required=True)
        return BankQuestion(
            uid=uid,
            codes=self.code_list(raw, where),
            question=_text(raw, "question", where),
            answer=_text(raw, "answer", where),
            key_points=key_points,
            reference=_text(raw, "reference", where),
            follow_ups=_strings(raw, "follow_ups", where, required=False),
            difficulty=difficulty,
        )

    def scenario(self, raw: Any, where: str) -> BankScenario:
        if not isinstance(raw, dict):
            raise BankFormatError(f"{where}: must be an object")
        uid = self.uid(raw, where)
        where = f"{where} ({uid})"
        questions = tuple(
            self.question(q, f"{where}.questions[{i}]")
            for i, q in enumerate(_list(raw, "questions", where))
        )
        if not questions:
            raise BankFormatError(f"{where}: a scenario needs at least one question")
        return BankScenario(
            uid=uid,
            title=_text(raw, "title", where, TITLE_MAX),
            codes=self.code_list(raw, where),
            briefing=_text(raw, "briefing", where),
            questions=questions,
        )

    @staticmethod
    def uid(raw: dict[str, Any], where: str) -> str:
        uid = raw.get("id")
        if not isinstance(uid, str) or not ID_PATTERN.fullmatch(uid):
            raise BankFormatError(
                f"{where}: 'id' must be 1-64 letters, digits, '.', '_' or '-' (got {uid!r})"
            )
        return uid

    def code_list(self, raw: dict[str, Any], where: str) -> tuple[str, ...]:
        codes = _strings(raw, "codes", where, required=True)
        for code in codes:
            if code not in self.codes:
                raise BankFormatError(
                    f"{where}: {code!r} is not a current (unarchived) element code of this ACS"
                )
        if len(set(codes)) != len(codes):
            raise BankFormatError(f"{where}: a code is listed twice")
        return codes


def _list(raw: dict[str, Any], key: str, where: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise BankFormatError(f"{where}: {key!r} must be a list")
    return value


def _text(raw: dict[str, Any], key: str, where: str, limit: int = TEXT_MAX) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise BankFormatError(f"{where}: {key!r} must be non-empty text")
    if len(value) > limit:
        raise BankFormatError(f"{where}: {key!r} is longer than {limit} characters")
    return value.strip()


def _strings(raw: dict[str, Any], key: str, where: str, *, required: bool) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(s, str) and s.strip() for s in value):
        raise BankFormatError(f"{where}: {key!r} must be a list of non-empty texts")
    if required and not value:
        raise BankFormatError(f"{where}: {key!r} must list at least one entry")
    return tuple(s.strip() for s in value)
