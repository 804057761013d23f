"""Translated words for the gouge feature: checkride names, outcomes, difficulties, errors.

The core speaks in codes; these functions give the sentence in the pilot's
language at the moment they are called, so a language switch re-words them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studyapp.core.errors import NotFoundError
from studyapp.core.gouge import validation as v
from studyapp.core.gouge.practice import ANSWER_MAX, QUESTION_MAX


def _tr(text: str) -> str:
    return QCoreApplication.translate("GougeTexts", text)


def checkride_label(code: str) -> str:
    labels = {
        "sport": _tr("Sport pilot"),
        "recreational": _tr("Recreational pilot"),
        "private": _tr("Private pilot"),
        "instrument": _tr("Instrument rating"),
        "commercial": _tr("Commercial pilot"),
        "multi_engine": _tr("Multi-engine rating"),
        "seaplane": _tr("Seaplane rating"),
        "atp": _tr("Airline transport pilot"),
        "cfi": _tr("Flight instructor (CFI)"),
        "cfii": _tr("Instrument instructor (CFII)"),
        "mei": _tr("Multi-engine instructor (MEI)"),
    }
    return labels.get(code, code)


def checkride_short(code: str) -> str:
    """A compact name for table cells."""
    labels = {
        "sport": _tr("Sport"),
        "recreational": _tr("Recreational"),
        "private": _tr("Private"),
        "instrument": _tr("Instrument"),
        "commercial": _tr("Commercial"),
        "multi_engine": _tr("Multi"),
        "seaplane": _tr("Seaplane"),
        "atp": _tr("ATP"),
        "cfi": _tr("CFI"),
        "cfii": _tr("CFII"),
        "mei": _tr("MEI"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    return {"pass": _tr("Pass"), "fail": _tr("Fail")}.get(code, code)


def difficulty_label(level: int) -> str:
    return {1: _tr("Easy"), 2: _tr("Moderate"), 3: _tr("Hard")}.get(level, str(level))


def percent(fraction: float) -> str:
    return _tr("%1%").replace("%1", str(round(fraction * 100)))


def one_decimal(value: float) -> str:
    return f"{value:.1f}"


def sort_label(key: str) -> str:
    return {
        "rating": _tr("Best rated"),
        "pass_rate": _tr("Highest pass rate"),
        "reports": _tr("Most reports"),
        "name": _tr("Name"),
    }.get(key, key)


def _sentences() -> dict[tuple[str, str], str]:
    too_long = _tr("This can be at most %1 characters.")
    return {
        ("name", "required"): _tr("Enter the examiner's name."),
        ("name", "duplicate"): _tr("This examiner is already in the directory for this region."),
        ("years_of_experience", "out_of_range"): _tr(
            "Enter a number of years from 0 to %1."
        ).replace("%1", str(v.YEARS_MAX)),
        ("checkride_types", "required"): _tr("Tick at least one checkride this examiner gives."),
        ("home_airport", "invalid"): _tr("Use a 3- or 4-character airport identifier, e.g. KPAO."),
        ("home_airport", "airport_or_region"): _tr("Enter a home airport or a region."),
        ("region", "airport_or_region"): _tr("Enter a home airport or a region."),
        ("gouge_date", "required"): _tr("Enter the date of the checkride."),
        ("gouge_date", "future"): _tr("The checkride date cannot be in the future."),
        ("checkride_type", "required"): _tr("Choose the checkride."),
        ("pass_or_fail", "required"): _tr("Choose pass or fail."),
        ("rating", "out_of_range"): _tr("Rate the examiner from 1 to 5."),
        ("flight_difficulty", "out_of_range"): _tr("Choose easy, moderate or hard."),
        ("oral_difficulty", "out_of_range"): _tr("Choose easy, moderate or hard."),
        ("stress_level", "out_of_range"): _tr("Choose a stress level from 1 to 5."),
        ("content", "required"): _tr("Describe what happened on the checkride."),
        ("question", "required"): _tr("Enter the question to practise."),
        ("answer", "required"): _tr("Enter the answer you want to remember."),
        ("set", "required"): _tr("Choose a flashcard set."),
        ("name", "too_long"): too_long.replace("%1", str(v.NAME_MAX)),
        ("contact_info", "too_long"): too_long.replace("%1", str(v.CONTACT_MAX)),
        ("organization", "too_long"): too_long.replace("%1", str(v.ORGANIZATION_MAX)),
        ("region", "too_long"): too_long.replace("%1", str(v.REGION_MAX)),
        ("content", "too_long"): too_long.replace("%1", f"{v.CONTENT_MAX:,}"),
        ("unexpected_elements", "too_long"): too_long.replace("%1", f"{v.UNEXPECTED_MAX:,}"),
        ("question", "too_long"): too_long.replace("%1", f"{QUESTION_MAX:,}"),
        ("answer", "too_long"): too_long.replace("%1", f"{ANSWER_MAX:,}"),
    }


def field_error(field: str, code: str) -> str:
    """The sentence shown beside ``field`` for the core's error ``code``."""
    sentence = _sentences().get((field, code))
    if sentence is not None:
        return sentence
    return _tr("This value was not accepted (%1).").replace("%1", code)


def task_error(error: Exception) -> str:
    """A sentence for a failure that is not a field error (shown in a status line)."""
    if isinstance(error, NotFoundError):
        return _tr("This item no longer exists or is not yours to change.")
    return _tr("Something went wrong; the change was not saved. Details are in the log.")
