"""The order an examiner would ask questions in: pure functions, no database.

Questions are grouped into items: a standalone question, or a scenario chain
(all its questions, in chain order, never split). Items follow the ACS: by
Area of Operation, then by task, as the document lists them, placed by the
first code of the item; within one task, a scenario comes before the
standalone questions (the examiner sets the scene first), and the standalone
questions are shuffled by the session's random seed so two sessions differ.
With a time limit the plan is sampled across tasks so it fits (see ``plan``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from studyapp.core.oral.acs import AcsDocument

# The pace a time limit is turned into a number of questions at: about what an
# examiner manages in a two-hour oral (80 questions) with follow-ups and notes.
MINUTES_PER_QUESTION = 1.5


def area_of(code: str) -> str:
    """PA.I.B.K1 -> PA.I"""
    return ".".join(code.split(".")[:2])


def task_of(code: str) -> str:
    """PA.I.B.K1 -> PA.I.B"""
    return ".".join(code.split(".")[:3])


@dataclass(frozen=True)
class Candidate:
    """A question as planning sees it."""

    question_id: int
    codes: tuple[str, ...]
    scenario_id: int | None = None
    position: int = 0


@dataclass(frozen=True)
class Item:
    questions: tuple[Candidate, ...]
    is_scenario: bool

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c for q in self.questions for c in q.codes)


def group_items(candidates: Iterable[Candidate]) -> list[Item]:
    chains: dict[int, list[Candidate]] = {}
    items: list[Item] = []
    for candidate in candidates:
        if candidate.scenario_id is None:
            items.append(Item((candidate,), False))
        else:
            chains.setdefault(candidate.scenario_id, []).append(candidate)
    for chain in chains.values():
        items.append(Item(tuple(sorted(chain, key=lambda c: c.position)), True))
    return items


def select_items(items: list[Item], wanted: Callable[[str], bool]) -> list[Item]:
    """Items with at least one code that ``wanted`` accepts."""
    return [item for item in items if any(wanted(code) for code in item.codes)]


def plan(
    document: AcsDocument, items: list[Item], seed: int, budget: int | None = None
) -> list[int]:
    """Question ids in asking order (see the module docstring).

    With a ``budget`` (how many questions fit the time limit) the examiner
    samples: one item from every task in turn, then a second from every task,
    and so on until the budget is used, so a short oral still touches every
    task it can instead of exhausting the first area.
    """
    rank = _task_ranks(document)
    shuffle = random.Random(seed)
    keyed = [
        (*_place(rank, item), 0 if item.is_scenario else 1, shuffle.random(), item)
        for item in items
    ]
    keyed.sort(key=lambda k: k[:4])
    chosen = [k[-1] for k in keyed]
    if budget is not None:
        chosen = _sample(chosen, [k[:2] for k in keyed], budget)
    return [q.question_id for item in chosen for q in item.questions]


def budget_for(minutes: int | None) -> int | None:
    """How many questions a time limit allows, at MINUTES_PER_QUESTION each (at least one)."""
    return None if minutes is None else max(1, int(minutes / MINUTES_PER_QUESTION))


def _sample(ordered: list[Item], places: list[tuple[int, int]], budget: int) -> list[Item]:
    by_task: dict[tuple[int, int], list[int]] = {}
    for index, place in enumerate(places):
        by_task.setdefault(place, []).append(index)
    picked: set[int] = set()
    count, depth = 0, 0
    while count < budget and any(depth < len(v) for v in by_task.values()):
        for indexes in by_task.values():
            if depth < len(indexes) and count < budget:
                picked.add(indexes[depth])
                count += len(ordered[indexes[depth]].questions)
        depth += 1
    return [item for index, item in enumerate(ordered) if index in picked]


def _place(rank: dict[str, tuple[int, int]], item: Item) -> tuple[int, int]:
    first = item.codes[0] if item.codes else ""
    return rank.get(task_of(first), (len(rank), 0))


def _task_ranks(document: AcsDocument) -> dict[str, tuple[int, int]]:
    return {
        task.code: (a, t)
        for a, area in enumerate(document.areas)
        for t, task in enumerate(area.tasks)
    }
