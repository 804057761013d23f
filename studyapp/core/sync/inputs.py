"""Turning received JSON into validated core inputs, with the app's own rules and codes.

The server validates every pushed row with these, the client every pulled one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from studyapp.core.errors import ValidationError
from studyapp.core.gouge import examiners as examiner_rules
from studyapp.core.gouge import service as gouge_rules
from studyapp.core.gouge.models import ExaminerProfile, Gouge


def _text(data: dict[str, Any], field: str) -> str:
    value = data.get(field, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError({field: "invalid"})
    return value


def _int(data: dict[str, Any], field: str) -> int:
    value = data.get(field)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError({field: "out_of_range"})
    return value


def examiner_input(data: dict[str, Any]) -> examiner_rules.ExaminerInput:
    """Cleaned and validated examiner fields. Raises ValidationError."""
    types = data.get("checkride_types")
    if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
        raise ValidationError({"checkride_types": "invalid"})
    raw = examiner_rules.ExaminerInput(
        name=_text(data, "name"),
        years_of_experience=_int(data, "years_of_experience"),
        checkride_types=tuple(types),
        contact_info=_text(data, "contact_info"),
        organization=_text(data, "organization"),
        home_airport=_text(data, "home_airport"),
        region=_text(data, "region"),
    )
    cleaned = examiner_rules._clean(raw)
    examiner_rules._validate(cleaned).raise_if_any()
    return cleaned


def _gouge_date(data: dict[str, Any]) -> date:
    try:
        return date.fromisoformat(str(data.get("gouge_date")))
    except ValueError as exc:
        raise ValidationError({"gouge_date": "invalid"}) from exc


def gouge_input(data: dict[str, Any], today: date) -> gouge_rules.GougeInput:
    """Cleaned and validated gouge fields (examiner_id 0: the caller resolves it)."""
    anonymous = data.get("is_anonymous", False)
    if not isinstance(anonymous, bool):
        raise ValidationError({"is_anonymous": "invalid"})
    raw = gouge_rules.GougeInput(
        examiner_id=0,
        gouge_date=_gouge_date(data),
        checkride_type=_text(data, "checkride_type"),
        pass_or_fail=_text(data, "pass_or_fail"),
        rating=_int(data, "rating"),
        flight_difficulty=_int(data, "flight_difficulty"),
        oral_difficulty=_int(data, "oral_difficulty"),
        stress_level=_int(data, "stress_level"),
        content=_text(data, "content"),
        unexpected_elements=_text(data, "unexpected_elements"),
        is_anonymous=anonymous,
    )
    cleaned = gouge_rules._clean(raw)
    gouge_rules._validate(cleaned, today)
    return cleaned


def apply_examiner_fields(row: ExaminerProfile, data: examiner_rules.ExaminerInput) -> None:
    examiner_rules._apply(row, data)


def apply_gouge_fields(row: Gouge, examiner_id: int, data: gouge_rules.GougeInput) -> None:
    gouge_rules._apply(row, data)
    row.examiner_id = examiner_id
