"""Writing, editing and deleting gouge: ownership, anonymity, validation, ordering."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

import pytest
from sqlalchemy import func, select

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.gouge import validation as v
from studyapp.core.gouge.examiners import ExaminerInput, add_examiner
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.gouge.service import (
    GougeInput,
    delete_gouge,
    edit_gouge,
    get_gouge,
    list_gouge,
    split_unexpected_elements,
    write_gouge,
)

TODAY = date(2026, 11, 20)


@pytest.fixture
def ana(database: Database) -> int:
    return create_profile(database, "ana.ruiz@example.com", "Ana", "Ruiz").id


@pytest.fixture
def ben(database: Database) -> int:
    return create_profile(database, "ben@example.com", "Ben", "Okafor").id


@pytest.fixture
def jane(database: Database) -> int:
    data = ExaminerInput("Jane Doe", 12, ("private", "instrument"), region="Bay Area")
    return add_examiner(database, data).id


def report(examiner_id: int, **changes: object) -> GougeInput:
    base = GougeInput(
        examiner_id=examiner_id,
        gouge_date=date(2026, 11, 1),
        checkride_type="private",
        pass_or_fail="pass",
        rating=4,
        flight_difficulty=2,
        oral_difficulty=2,
        stress_level=3,
        content="Weather briefing, then short-field landings.",
        unexpected_elements="- Asked for a VOR hold\n\n* Lost comms at night",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def snapshot(db: Database) -> tuple[object, ...]:
    with db.session() as session:
        gouge = session.execute(select(Gouge.id, Gouge.rating, Gouge.content)).all()
        examiners = session.execute(
            select(ExaminerProfile.feedback_count, ExaminerProfile.avg_rating)
        ).all()
        return tuple(gouge), tuple(examiners)


def test_someone_elses_gouge_cannot_be_edited_or_deleted(
    database: Database, ana: int, ben: int, jane: int
) -> None:
    written = write_gouge(database, ana, report(jane), today=TODAY)
    before = snapshot(database)
    with pytest.raises(NotFoundError):
        edit_gouge(database, ben, written.id, report(jane, rating=1), today=TODAY)
    with pytest.raises(NotFoundError):
        delete_gouge(database, ben, written.id)
    assert snapshot(database) == before
    edited = edit_gouge(database, ana, written.id, report(jane, rating=1), today=TODAY)
    assert edited.rating == 1 and edited.is_mine


def test_missing_gouge_and_examiner_are_not_found(database: Database, ana: int) -> None:
    with pytest.raises(NotFoundError):
        delete_gouge(database, ana, 12345)
    with pytest.raises(NotFoundError):
        write_gouge(database, ana, report(999), today=TODAY)
    assert snapshot(database) == ((), ())


def test_anonymous_gouge_never_shows_its_author(
    database: Database, ana: int, ben: int, jane: int
) -> None:
    written = write_gouge(database, ana, report(jane, is_anonymous=True), today=TODAY)
    for viewer in (ana, ben):
        for entry in (get_gouge(database, viewer, written.id), *list_gouge(database, viewer, jane)):
            shown = " ".join(str(value) for value in asdict(entry).values())
            assert "Ana" not in shown and "Ruiz" not in shown and "example.com" not in shown
            assert entry.author_name is None and entry.is_anonymous
    assert get_gouge(database, ana, written.id).is_mine
    assert not get_gouge(database, ben, written.id).is_mine


def test_named_gouge_shows_the_name_but_never_the_email(
    database: Database, ana: int, ben: int, jane: int
) -> None:
    written = write_gouge(database, ana, report(jane), today=TODAY)
    seen = get_gouge(database, ben, written.id)
    assert seen.author_name == "Ana Ruiz"
    assert "example.com" not in " ".join(str(x) for x in asdict(seen).values())


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"gouge_date": date(2026, 11, 21)}, "gouge_date", "future"),
        ({"gouge_date": None}, "gouge_date", "required"),
        ({"rating": 0}, "rating", "out_of_range"),
        ({"rating": 6}, "rating", "out_of_range"),
        ({"flight_difficulty": 4}, "flight_difficulty", "out_of_range"),
        ({"oral_difficulty": 0}, "oral_difficulty", "out_of_range"),
        ({"stress_level": 6}, "stress_level", "out_of_range"),
        ({"pass_or_fail": ""}, "pass_or_fail", "required"),
        ({"pass_or_fail": "maybe"}, "pass_or_fail", "invalid"),
        ({"checkride_type": "glider-tow"}, "checkride_type", "invalid"),
        ({"content": "   "}, "content", "required"),
        ({"content": "x" * (v.CONTENT_MAX + 1)}, "content", "too_long"),
        ({"unexpected_elements": "x" * (v.UNEXPECTED_MAX + 1)}, "unexpected_elements", "too_long"),
    ],
)
def test_invalid_gouge_writes_nothing(
    database: Database, ana: int, jane: int, changes: dict[str, object], field: str, code: str
) -> None:
    existing = write_gouge(database, ana, report(jane), today=TODAY)
    before = snapshot(database)
    with pytest.raises(ValidationError) as raised:
        write_gouge(database, ana, report(jane, **changes), today=TODAY)
    assert raised.value.errors == {field: code}
    with pytest.raises(ValidationError):
        edit_gouge(database, ana, existing.id, report(jane, **changes), today=TODAY)
    assert snapshot(database) == before


def test_today_is_allowed_and_all_bad_fields_are_reported_together(
    database: Database, ana: int, jane: int
) -> None:
    assert write_gouge(database, ana, report(jane, gouge_date=TODAY), today=TODAY)
    with pytest.raises(ValidationError) as raised:
        write_gouge(database, ana, report(jane, rating=9, content=""), today=TODAY)
    assert raised.value.errors == {"rating": "out_of_range", "content": "required"}


def test_list_is_newest_first_and_filters_by_checkride(
    database: Database, ana: int, ben: int, jane: int
) -> None:
    dates = [date(2026, 3, 1), date(2026, 9, 1), date(2026, 6, 1)]
    for day, kind in zip(dates, ["private", "instrument", "private"], strict=True):
        write_gouge(database, ana, report(jane, gouge_date=day, checkride_type=kind), today=TODAY)
    listed = list_gouge(database, ben, jane)
    assert [g.gouge_date for g in listed] == sorted(dates, reverse=True)
    privates = list_gouge(database, ben, jane, checkride_type="private")
    assert [g.gouge_date for g in privates] == [date(2026, 6, 1), date(2026, 3, 1)]
    assert list_gouge(database, ben, jane, checkride_type="atp") == []


def test_unexpected_elements_split_into_items(database: Database, ana: int, jane: int) -> None:
    written = write_gouge(database, ana, report(jane), today=TODAY)
    assert written.unexpected_items == ("Asked for a VOR hold", "Lost comms at night")
    assert split_unexpected_elements("  \n• one\n–two ") == ("one", "two")


def test_deleting_removes_exactly_one_row(database: Database, ana: int, jane: int) -> None:
    keep = write_gouge(database, ana, report(jane), today=TODAY)
    gone = write_gouge(database, ana, report(jane), today=TODAY)
    delete_gouge(database, ana, gone.id)
    with database.session() as session:
        assert session.scalar(select(func.count(Gouge.id))) == 1
    assert [g.id for g in list_gouge(database, ana, jane)] == [keep.id]
