"""Field limits and checks for examiners and gouge, shared by the app and the future server.

Each check adds ``{field: code}`` to a Validator; nothing here touches the database.
Codes: required, too_long, out_of_range, invalid, future, airport_or_region.
"""

from __future__ import annotations

import re
from datetime import date

from studyapp.core.errors import Validator
from studyapp.core.gouge.checkrides import OUTCOMES, is_checkride_type

NAME_MAX = 255
CONTACT_MAX = 255
ORGANIZATION_MAX = 255
REGION_MAX = 100
YEARS_MAX = 70
CONTENT_MAX = 10_000
UNEXPECTED_MAX = 5_000
RATING_RANGE = (1, 5)
DIFFICULTY_RANGE = (1, 3)  # 1 easy, 2 moderate, 3 hard (the seed's choices)
STRESS_RANGE = (1, 5)
# FAA location identifiers are 3 characters (PAO, 1O2), ICAO codes 4 (KPAO).
_AIRPORT = re.compile(r"^[A-Z0-9]{3,4}$")


def clean_text(value: str | None) -> str:
    """Trimmed text with runs of whitespace inside a single line collapsed."""
    return " ".join((value or "").split())


def normalise_airport(value: str | None) -> str:
    return clean_text(value).upper()


def check_text(
    check: Validator, field: str, value: str, limit: int, *, required: bool = False
) -> None:
    check.require(bool(value) or not required, field, "required")
    check.require(len(value) <= limit, field, "too_long")


def check_range(check: Validator, field: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    valid = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    check.require(valid, field, "out_of_range")


def check_airport(check: Validator, airport: str) -> None:
    check.require(not airport or bool(_AIRPORT.match(airport)), "home_airport", "invalid")


def check_checkride_types(check: Validator, codes: tuple[str, ...]) -> None:
    check.require(bool(codes), "checkride_types", "required")
    check.require(all(is_checkride_type(c) for c in codes), "checkride_types", "invalid")


def check_checkride_type(check: Validator, code: str) -> None:
    check.require(bool(code), "checkride_type", "required")
    check.require(not code or is_checkride_type(code), "checkride_type", "invalid")


def check_outcome(check: Validator, outcome: str) -> None:
    check.require(bool(outcome), "pass_or_fail", "required")
    check.require(not outcome or outcome in OUTCOMES, "pass_or_fail", "invalid")


def check_gouge_date(check: Validator, value: date | None, today: date) -> None:
    check.require(value is not None, "gouge_date", "required")
    check.require(value is None or value <= today, "gouge_date", "future")
