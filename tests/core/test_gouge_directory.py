"""The examiner directory: validation, duplicates, search, filters and sorting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.gouge.examiners import (
    DirectoryQuery,
    ExaminerInput,
    add_examiner,
    edit_examiner,
    list_examiners,
    list_regions,
)
from studyapp.core.gouge.models import ExaminerProfile
from studyapp.core.gouge.service import GougeInput, write_gouge

BASE = ExaminerInput("Jane Doe", 12, ("private",), region="Bay Area")


def count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(ExaminerProfile.id))) or 0


def test_examiner_is_cleaned_and_stored(database: Database) -> None:
    data = replace(
        BASE,
        name="  Jane   Doe ",
        checkride_types=("cfi", "private", "cfi"),
        home_airport=" kpao ",
        organization="Sky FSDO",
    )
    jane = add_examiner(database, data)
    assert (jane.name, jane.home_airport, jane.checkride_types) == (
        "Jane Doe",
        "KPAO",
        ("private", "cfi"),
    )
    assert jane.stats is None and jane.organization == "Sky FSDO"


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"name": " "}, {"name": "required"}),
        ({"name": "x" * 256}, {"name": "too_long"}),
        ({"contact_info": "x" * 256}, {"contact_info": "too_long"}),
        ({"organization": "x" * 256}, {"organization": "too_long"}),
        ({"years_of_experience": -1}, {"years_of_experience": "out_of_range"}),
        ({"years_of_experience": 71}, {"years_of_experience": "out_of_range"}),
        ({"checkride_types": ()}, {"checkride_types": "required"}),
        ({"checkride_types": ("private", "bogus")}, {"checkride_types": "invalid"}),
        ({"home_airport": "K-PAO"}, {"home_airport": "invalid"}),
        ({"region": "x" * 101}, {"region": "too_long"}),
        (
            {"region": "", "home_airport": ""},
            {"home_airport": "airport_or_region", "region": "airport_or_region"},
        ),
    ],
)
def test_invalid_examiner_writes_nothing(
    database: Database, changes: dict[str, object], errors: dict[str, str]
) -> None:
    jane = add_examiner(database, BASE)
    with pytest.raises(ValidationError) as raised:
        add_examiner(database, replace(BASE, **{"name": "Other", **changes}))  # type: ignore[arg-type]
    assert raised.value.errors == errors
    with pytest.raises(ValidationError):
        edit_examiner(database, jane.id, replace(BASE, **changes))  # type: ignore[arg-type]
    assert count(database) == 1
    assert list_examiners(database)[0] == jane


def test_same_name_and_region_is_a_duplicate(database: Database) -> None:
    jane = add_examiner(database, BASE)
    with pytest.raises(ValidationError) as raised:
        add_examiner(database, replace(BASE, name="JANE doe", region="bay area"))
    assert raised.value.errors == {"name": "duplicate"}
    add_examiner(database, replace(BASE, region="Central Valley"))  # a namesake elsewhere
    assert edit_examiner(database, jane.id, replace(BASE, years_of_experience=20))
    assert count(database) == 2


def test_editing_a_missing_examiner_is_not_found(database: Database) -> None:
    with pytest.raises(NotFoundError):
        edit_examiner(database, 42, BASE)


@pytest.fixture
def directory(database: Database) -> dict[str, int]:
    pilot = create_profile(database, "p@example.com", "Pat", "Lee").id
    people = {
        "García": replace(BASE, name="María García", organization="Sierra Aviation",
                          checkride_types=("private", "instrument"), home_airport="KRHV"),
        "Okafor": replace(BASE, name="Ben Okafor", organization="Delta Flight Center",
                          checkride_types=("commercial", "cfi"), region="Central Valley"),
        "Smith": replace(BASE, name="Al Smith", organization="SIERRA aero club",
                         checkride_types=("private",), home_airport="KPAO"),
        "Young": replace(BASE, name="Zoe Young", checkride_types=("atp",)),
    }  # fmt: skip
    ids = {key: add_examiner(database, data).id for key, data in people.items()}
    # García: ratings 5,3 (1 pass of 2); Okafor: 4,4,4 (3 passes); Smith: 5 (fail).
    for key, rating, outcome in [
        ("García", 5, "pass"), ("García", 3, "fail"),
        ("Okafor", 4, "pass"), ("Okafor", 4, "pass"), ("Okafor", 4, "pass"),
        ("Smith", 5, "fail"),
    ]:  # fmt: skip
        data = GougeInput(ids[key], date(2026, 1, 5), "private", outcome, rating, 2, 2, 3, "ok")
        write_gouge(database, pilot, data)
    return ids


def names(database: Database, **query: object) -> list[str]:
    found = list_examiners(database, DirectoryQuery(**query))  # type: ignore[arg-type]
    return [e.name for e in found]


def test_search_ignores_case_and_accents_and_covers_organisation(
    database: Database, directory: dict[str, int]
) -> None:
    assert names(database, text="garcia", sort="name") == ["María García"]
    assert names(database, text="GARCÍA") == ["María García"]
    assert names(database, text="sierra", sort="name") == ["Al Smith", "María García"]
    assert names(database, text="delta center") == ["Ben Okafor"]
    assert names(database, text="nobody") == []


def test_filters_by_checkride_region_and_airport(
    database: Database, directory: dict[str, int]
) -> None:
    assert names(database, checkride_type="private", sort="name") == ["Al Smith", "María García"]
    assert names(database, region="central valley") == ["Ben Okafor"]
    assert names(database, airport="kpao") == ["Al Smith"]
    assert names(database, checkride_type="cfi", region="Bay Area") == []
    assert list_regions(database) == ["Bay Area", "Central Valley"]


def test_sorts_best_first_with_unreported_examiners_last(
    database: Database, directory: dict[str, int]
) -> None:
    # Ratings: Smith 5.0 (1), Okafor 4.0 (3), García 4.0 (2); tie broken by report count.
    assert names(database, sort="rating") == ["Al Smith", "Ben Okafor", "María García", "Zoe Young"]
    assert names(database, sort="pass_rate") == [
        "Ben Okafor", "María García", "Al Smith", "Zoe Young",
    ]  # fmt: skip
    assert names(database, sort="reports") == [
        "Ben Okafor", "María García", "Al Smith", "Zoe Young",
    ]  # fmt: skip
    assert names(database, sort="name") == ["Al Smith", "Ben Okafor", "María García", "Zoe Young"]
    with pytest.raises(ValueError):
        list_examiners(database, DirectoryQuery(sort="height"))
