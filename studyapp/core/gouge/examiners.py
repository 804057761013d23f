"""The examiner directory: add and edit examiners, search, filter and sort them.

Any profile may add or correct an examiner (the directory is shared, like the
gouge about it). Every function opens its own session and returns dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, Validator
from studyapp.core.gouge import validation as v
from studyapp.core.gouge.aggregates import (
    Breakdown,
    examiner_breakdown,
    recompute_examiner_aggregates,
)
from studyapp.core.gouge.checkrides import normalise_checkride_types
from studyapp.core.gouge.models import ExaminerProfile
from studyapp.core.gouge.search import fold, matches_text
from studyapp.core.sync import outbox

SORT_KEYS: tuple[str, ...] = ("rating", "pass_rate", "reports", "name")


@dataclass(frozen=True)
class ExaminerInput:
    name: str
    years_of_experience: int
    checkride_types: tuple[str, ...]
    contact_info: str = ""
    organization: str = ""
    home_airport: str = ""
    region: str = ""


@dataclass(frozen=True)
class ExaminerStats:
    """Aggregates of an examiner with at least one report. Pass rate is a fraction 0..1."""

    feedback_count: int
    avg_rating: float
    avg_pass_rate: float
    avg_flight_difficulty: float
    avg_oral_difficulty: float


@dataclass(frozen=True)
class ExaminerSummary:
    id: int
    uuid: UUID
    name: str
    contact_info: str
    organization: str
    years_of_experience: int
    checkride_types: tuple[str, ...]
    home_airport: str
    region: str
    stats: ExaminerStats | None  # None means "no reports yet", never zeros

    @property
    def report_count(self) -> int:
        return self.stats.feedback_count if self.stats else 0


@dataclass(frozen=True)
class ExaminerDetail:
    examiner: ExaminerSummary
    breakdown: Breakdown


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""  # matches name or organisation, ignoring case and accents
    checkride_type: str | None = None
    region: str | None = None  # exact, ignoring case
    airport: str | None = None  # exact identifier, ignoring case
    sort: str = "rating"


def _summary(row: ExaminerProfile) -> ExaminerSummary:
    stats = None
    if row.feedback_count > 0:
        stats = ExaminerStats(
            row.feedback_count,
            row.avg_rating,
            row.avg_pass_rate,
            row.avg_flight_difficulty,
            row.avg_oral_difficulty,
        )
    return ExaminerSummary(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        contact_info=row.contact_info or "",
        organization=row.organization or "",
        years_of_experience=row.years_of_experience,
        checkride_types=tuple(row.checkride_types or ()),
        home_airport=row.home_airport or "",
        region=row.region or "",
        stats=stats,
    )


def _clean(data: ExaminerInput) -> ExaminerInput:
    return ExaminerInput(
        name=v.clean_text(data.name),
        years_of_experience=data.years_of_experience,
        checkride_types=normalise_checkride_types(list(data.checkride_types)),
        contact_info=v.clean_text(data.contact_info),
        organization=v.clean_text(data.organization),
        home_airport=v.normalise_airport(data.home_airport),
        region=v.clean_text(data.region),
    )


def _validate(data: ExaminerInput) -> Validator:
    check = Validator()
    v.check_text(check, "name", data.name, v.NAME_MAX, required=True)
    v.check_text(check, "contact_info", data.contact_info, v.CONTACT_MAX)
    v.check_text(check, "organization", data.organization, v.ORGANIZATION_MAX)
    v.check_range(check, "years_of_experience", data.years_of_experience, (0, v.YEARS_MAX))
    v.check_checkride_types(check, data.checkride_types)
    v.check_airport(check, data.home_airport)
    v.check_text(check, "region", data.region, v.REGION_MAX)
    # A directory entry nobody can place is useless for "examiners near me".
    located = bool(data.home_airport or data.region)
    check.require(located, "home_airport", "airport_or_region")
    check.require(located, "region", "airport_or_region")
    return check


def _check_duplicate(check: Validator, session: Session, data: ExaminerInput, own_id: int) -> None:
    """Same name and same region is the same examiner (the rule sync merges on, too)."""
    rows = session.execute(select(ExaminerProfile.id, ExaminerProfile.name, ExaminerProfile.region))
    key = (fold(data.name), fold(data.region))
    taken = any((fold(n), fold(r or "")) == key and i != own_id for i, n, r in rows)
    check.require(not taken, "name", "duplicate")


def _apply(row: ExaminerProfile, data: ExaminerInput) -> None:
    row.name = data.name
    row.years_of_experience = data.years_of_experience
    row.checkride_types = list(data.checkride_types)
    row.contact_info = data.contact_info or None
    row.organization = data.organization or None
    row.home_airport = data.home_airport or None
    row.region = data.region or None


def add_examiner(db: Database, data: ExaminerInput) -> ExaminerSummary:
    """Add an examiner to the directory. Raises ValidationError (nothing written)."""
    data = _clean(data)
    check = _validate(data)
    check.raise_if_any()
    with db.session() as session:
        _check_duplicate(check, session, data, own_id=0)
        check.raise_if_any()
        row = ExaminerProfile()
        _apply(row, data)
        session.add(row)
        session.flush()
        recompute_examiner_aggregates(session, row.id)
        outbox.record_examiner(session, row)
        return _summary(row)


def edit_examiner(db: Database, examiner_id: int, data: ExaminerInput) -> ExaminerSummary:
    """Correct an examiner's details. Raises ValidationError or NotFoundError."""
    data = _clean(data)
    check = _validate(data)
    check.raise_if_any()
    with db.session() as session:
        row = _get(session, examiner_id)
        _check_duplicate(check, session, data, own_id=examiner_id)
        check.raise_if_any()
        _apply(row, data)
        recompute_examiner_aggregates(session, row.id)
        outbox.record_examiner(session, row)
        return _summary(row)


def _get(session: Session, examiner_id: int) -> ExaminerProfile:
    row = session.get(ExaminerProfile, examiner_id)
    if row is None:
        raise NotFoundError(f"examiner {examiner_id}")
    return row


def get_examiner(db: Database, examiner_id: int) -> ExaminerDetail:
    """One examiner with the report breakdown the charts need. Raises NotFoundError."""
    with db.session() as session:
        row = _get(session, examiner_id)
        return ExaminerDetail(_summary(row), examiner_breakdown(session, examiner_id))


def _matches(row: ExaminerSummary, query: DirectoryQuery) -> bool:
    if query.checkride_type and query.checkride_type not in row.checkride_types:
        return False
    if query.region and fold(row.region) != fold(query.region):
        return False
    if query.airport and row.home_airport != v.normalise_airport(query.airport):
        return False
    return matches_text(query.text, row.name, row.organization)


def _sort_key(sort: str) -> object:
    def key(row: ExaminerSummary) -> tuple[object, ...]:
        name = fold(row.name)
        if sort == "name" or row.stats is None:
            # Examiners without reports go last under every statistical sort.
            return (row.stats is None and sort != "name", 0.0, 0, name)
        value = {
            "rating": row.stats.avg_rating,
            "pass_rate": row.stats.avg_pass_rate,
            "reports": float(row.stats.feedback_count),
        }[sort]
        return (False, -value, -row.stats.feedback_count, name)

    return key


def list_examiners(db: Database, query: DirectoryQuery | None = None) -> list[ExaminerSummary]:
    """The directory filtered and sorted as ``query`` asks (best first for statistics).

    Raises ValueError for an unknown sort key (a programming error, not user input).
    """
    query = query or DirectoryQuery()
    if query.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort {query.sort!r}")
    with db.session() as session:
        rows = [_summary(row) for row in session.scalars(select(ExaminerProfile))]
    found = [row for row in rows if _matches(row, query)]
    return sorted(found, key=_sort_key(query.sort))  # type: ignore[arg-type]


def list_regions(db: Database) -> list[str]:
    """Distinct regions in the directory, for the region filter."""
    with db.session() as session:
        regions = session.scalars(
            select(ExaminerProfile.region).where(ExaminerProfile.region.is_not(None)).distinct()
        )
        unique = {fold(r): r for r in regions if r}
    return sorted(unique.values(), key=fold)
