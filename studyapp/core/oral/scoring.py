"""The score of a mock oral, 0-100 (formula documented in resources/oral/README.md).

Each question asked earns points: Satisfactory 1, Needs work 0.5, Unsatisfactory
0, skipped 0 (on a real oral a question you cannot answer is not free).
Questions never reached (time ran out, or the pilot ended early) do not count.

    score = round_half_up(100 * points / questions asked), 0 when nothing was asked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.core.oral.models import GRADE_NEEDS_WORK, GRADE_SATISFACTORY, GRADE_UNSATISFACTORY

POINTS = {GRADE_SATISFACTORY: 1.0, GRADE_NEEDS_WORK: 0.5, GRADE_UNSATISFACTORY: 0.0}


@dataclass(frozen=True)
class Tally:
    satisfactory: int = 0
    needs_work: int = 0
    unsatisfactory: int = 0
    skipped: int = 0
    unasked: int = 0

    @property
    def asked(self) -> int:
        return self.satisfactory + self.needs_work + self.unsatisfactory + self.skipped

    @property
    def points(self) -> float:
        return self.satisfactory + 0.5 * self.needs_work

    @property
    def score(self) -> int:
        return score(self.points, self.asked)


def score(points: float, asked: int) -> int:
    if asked == 0:
        return 0
    return int(100 * points / asked + 0.5)


def tally(outcomes: Iterable[tuple[str | None, bool, bool]]) -> Tally:
    """Count (grade, skipped, answered) triples; grade is None for a skip or an unasked question."""
    counts = {"S": 0, "N": 0, "U": 0, "skipped": 0, "unasked": 0}
    for grade, skipped, answered in outcomes:
        if not answered:
            counts["unasked"] += 1
        elif skipped or grade is None:
            counts["skipped"] += 1
        else:
            counts[grade] += 1
    return Tally(counts["S"], counts["N"], counts["U"], counts["skipped"], counts["unasked"])


def is_missed(grade: str | None, skipped: bool) -> bool:
    """Missed questions become flashcards: Needs work, Unsatisfactory or skipped."""
    return skipped or grade in (GRADE_NEEDS_WORK, GRADE_UNSATISFACTORY)
