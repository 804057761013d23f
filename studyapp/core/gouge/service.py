"""Writing, editing, deleting and reading gouge (first-hand checkride reports).

Only the author may edit or delete a report; for anyone else it "does not
exist" (NotFoundError). Anonymous reports never carry the author's name, email
or id in what is returned: the author sees ``is_mine`` instead.
Every change recomputes the affected examiners' aggregates in its transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.accounts.models import CustomUser
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, Validator
from studyapp.core.gouge import validation as v
from studyapp.core.gouge.aggregates import recompute_examiner_aggregates
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.sync import outbox


@dataclass(frozen=True)
class GougeInput:
    examiner_id: int
    gouge_date: date | None
    checkride_type: str
    pass_or_fail: str  # "pass" or "fail"; "" when the pilot has not chosen
    rating: int
    flight_difficulty: int
    oral_difficulty: int
    stress_level: int
    content: str
    unexpected_elements: str = ""
    is_anonymous: bool = False


@dataclass(frozen=True)
class GougeEntry:
    """A report as one viewer may see it. ``author_name`` is None when anonymous."""

    id: int
    uuid: UUID
    examiner_id: int
    examiner_name: str
    gouge_date: date
    created_at: datetime
    checkride_type: str
    pass_or_fail: str
    rating: int
    flight_difficulty: int
    oral_difficulty: int
    stress_level: int
    content: str
    unexpected_elements: str
    is_anonymous: bool
    is_mine: bool
    author_name: str | None

    @property
    def unexpected_items(self) -> tuple[str, ...]:
        return split_unexpected_elements(self.unexpected_elements)


_BULLETS = "-*•·–"


def split_unexpected_elements(text: str) -> tuple[str, ...]:
    """One item per non-empty line, without list bullets: each can become a flashcard."""
    items = (line.strip().lstrip(_BULLETS).strip() for line in text.splitlines())
    return tuple(item for item in items if item)


def _clean(data: GougeInput) -> GougeInput:
    return GougeInput(
        examiner_id=data.examiner_id,
        gouge_date=data.gouge_date,
        checkride_type=data.checkride_type.strip(),
        pass_or_fail=data.pass_or_fail.strip(),
        rating=data.rating,
        flight_difficulty=data.flight_difficulty,
        oral_difficulty=data.oral_difficulty,
        stress_level=data.stress_level,
        content=data.content.strip(),
        unexpected_elements=data.unexpected_elements.strip(),
        is_anonymous=bool(data.is_anonymous),
    )


def _validate(data: GougeInput, today: date) -> None:
    check = Validator()
    v.check_gouge_date(check, data.gouge_date, today)
    v.check_checkride_type(check, data.checkride_type)
    v.check_outcome(check, data.pass_or_fail)
    v.check_range(check, "rating", data.rating, v.RATING_RANGE)
    v.check_range(check, "flight_difficulty", data.flight_difficulty, v.DIFFICULTY_RANGE)
    v.check_range(check, "oral_difficulty", data.oral_difficulty, v.DIFFICULTY_RANGE)
    v.check_range(check, "stress_level", data.stress_level, v.STRESS_RANGE)
    v.check_text(check, "content", data.content, v.CONTENT_MAX, required=True)
    v.check_text(check, "unexpected_elements", data.unexpected_elements, v.UNEXPECTED_MAX)
    check.raise_if_any()


def _entry(row: Gouge, examiner: ExaminerProfile, author: CustomUser, viewer_id: int) -> GougeEntry:
    mine = row.user_id == viewer_id
    name = None if row.is_anonymous else f"{author.first_name} {author.last_name}".strip()
    return GougeEntry(
        id=row.id,
        uuid=row.uuid,
        examiner_id=examiner.id,
        examiner_name=examiner.name,
        gouge_date=row.gouge_date,
        created_at=row.created_at,
        checkride_type=row.checkride_type,
        pass_or_fail=row.pass_or_fail,
        rating=row.rating,
        flight_difficulty=row.flight_difficulty,
        oral_difficulty=row.oral_difficulty,
        stress_level=row.stress_level,
        content=row.content,
        unexpected_elements=row.unexpected_elements or "",
        is_anonymous=row.is_anonymous,
        is_mine=mine,
        author_name=name,
    )


def _examiner(session: Session, examiner_id: int) -> ExaminerProfile:
    examiner = session.get(ExaminerProfile, examiner_id)
    if examiner is None:
        raise NotFoundError(f"examiner {examiner_id}")
    return examiner


def _own_gouge(session: Session, user_id: int, gouge_id: int) -> Gouge:
    row = session.get(Gouge, gouge_id)
    if row is None or row.user_id != user_id:
        raise NotFoundError(f"gouge {gouge_id}")
    return row


def _author(session: Session, user_id: int) -> CustomUser:
    author = session.get(CustomUser, user_id)
    if author is None:
        raise NotFoundError(f"profile {user_id}")
    return author


def _apply(row: Gouge, data: GougeInput) -> None:
    row.examiner_id = data.examiner_id
    row.gouge_date = data.gouge_date  # type: ignore[assignment]  # validated not None
    row.checkride_type = data.checkride_type
    row.pass_or_fail = data.pass_or_fail
    row.rating = data.rating
    row.flight_difficulty = data.flight_difficulty
    row.oral_difficulty = data.oral_difficulty
    row.stress_level = data.stress_level
    row.content = data.content
    row.unexpected_elements = data.unexpected_elements or None
    row.is_anonymous = data.is_anonymous


def write_gouge(
    db: Database, user_id: int, data: GougeInput, *, today: date | None = None
) -> GougeEntry:
    """Post a report about an examiner. Raises ValidationError or NotFoundError (no write)."""
    data = _clean(data)
    _validate(data, today or date.today())
    with db.session() as session:
        examiner = _examiner(session, data.examiner_id)
        author = _author(session, user_id)
        row = Gouge(user_id=user_id)
        _apply(row, data)
        session.add(row)
        recompute_examiner_aggregates(session, examiner.id)
        outbox.record_gouge(session, row)
        return _entry(row, examiner, author, user_id)


def edit_gouge(
    db: Database, user_id: int, gouge_id: int, data: GougeInput, *, today: date | None = None
) -> GougeEntry:
    """Change one's own report, possibly moving it to another examiner (both recomputed)."""
    data = _clean(data)
    _validate(data, today or date.today())
    with db.session() as session:
        row = _own_gouge(session, user_id, gouge_id)
        examiner = _examiner(session, data.examiner_id)
        previous = row.examiner_id
        _apply(row, data)
        recompute_examiner_aggregates(session, examiner.id)
        if previous is not None and previous != examiner.id:
            recompute_examiner_aggregates(session, previous)
        outbox.record_gouge(session, row)
        return _entry(row, examiner, _author(session, user_id), user_id)


def delete_gouge(db: Database, user_id: int, gouge_id: int) -> int | None:
    """Delete one's own report; returns the examiner whose aggregates changed."""
    with db.session() as session:
        row = _own_gouge(session, user_id, gouge_id)
        examiner_id = row.examiner_id
        session.delete(row)
        if examiner_id is not None:
            recompute_examiner_aggregates(session, examiner_id)
        outbox.record_gouge_deleted(session, user_id, row.uuid)
        return examiner_id


def get_gouge(db: Database, viewer_id: int, gouge_id: int) -> GougeEntry:
    """One report as ``viewer_id`` may see it. Raises NotFoundError."""
    with db.session() as session:
        row = session.get(Gouge, gouge_id)
        if row is None or row.examiner_id is None:
            raise NotFoundError(f"gouge {gouge_id}")
        examiner = _examiner(session, row.examiner_id)
        return _entry(row, examiner, _author(session, row.user_id), viewer_id)


def list_gouge(
    db: Database, viewer_id: int, examiner_id: int, checkride_type: str | None = None
) -> list[GougeEntry]:
    """An examiner's reports, newest checkride first, optionally of one checkride type."""
    statement = (
        select(Gouge, CustomUser)
        .join(CustomUser, CustomUser.id == Gouge.user_id)
        .where(Gouge.examiner_id == examiner_id)
        .order_by(Gouge.gouge_date.desc(), Gouge.created_at.desc(), Gouge.id.desc())
    )
    if checkride_type:
        statement = statement.where(Gouge.checkride_type == checkride_type)
    with db.session() as session:
        examiner = _examiner(session, examiner_id)
        rows = session.execute(statement).all()
        return [_entry(row, examiner, author, viewer_id) for row, author in rows]
