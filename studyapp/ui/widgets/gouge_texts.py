"""Translated words for the gouge feature: checkride names, outcomes, difficulties, errors.

The core speaks in codes; these functions give the sentence in the pilot's
language at the moment they are called, so a language switch re-words them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studyapp.core.errors import NotFoundError
from studyapp.core.gouge import validation as v
from studyapp.core.gouge.practice import ANSWER_MAX, QUESTION_MAX

# A plain name with a literal context, so pyside6-lupdate extracts every text below.
translate = QCoreApplication.translate


def checkride_label(code: str) -> str:
    labels = {
        "sport": translate("GougeTexts", "Sport pilot"),
        "recreational": translate("GougeTexts", "Recreational pilot"),
        "private": translate("GougeTexts", "Private pilot"),
        "instrument": translate("GougeTexts", "Instrument rating"),
        "commercial": translate("GougeTexts", "Commercial pilot"),
        "multi_engine": translate("GougeTexts", "Multi-engine rating"),
        "seaplane": translate("GougeTexts", "Seaplane rating"),
        "atp": translate("GougeTexts", "Airline transport pilot"),
        "cfi": translate("GougeTexts", "Flight instructor (CFI)"),
        "cfii": translate("GougeTexts", "Instrument instructor (CFII)"),
        "mei": translate("GougeTexts", "Multi-engine instructor (MEI)"),
    }
    return labels.get(code, code)


def checkride_short(code: str) -> str:
    """A compact name for table cells."""
    labels = {
        "sport": translate("GougeTexts", "Sport"),
        "recreational": translate("GougeTexts", "Recreational"),
        "private": translate("GougeTexts", "Private"),
        "instrument": translate("GougeTexts", "Instrument"),
        "commercial": translate("GougeTexts", "Commercial"),
        "multi_engine": translate("GougeTexts", "Multi"),
        "seaplane": translate("GougeTexts", "Seaplane"),
        "atp": translate("GougeTexts", "ATP"),
        "cfi": translate("GougeTexts", "CFI"),
        "cfii": translate("GougeTexts", "CFII"),
        "mei": translate("GougeTexts", "MEI"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    return {"pass": translate("GougeTexts", "Pass"), "fail": translate("GougeTexts", "Fail")}.get(
        code, code
    )


def difficulty_label(level: int) -> str:
    return {
        1: translate("GougeTexts", "Easy"),
        2: translate("GougeTexts", "Moderate"),
        3: translate("GougeTexts", "Hard"),
    }.get(level, str(level))


def percent(fraction: float) -> str:
    return translate("GougeTexts", "%1%").replace("%1", str(round(fraction * 100)))


def one_decimal(value: float) -> str:
    return f"{value:.1f}"


def sort_label(key: str) -> str:
    return {
        "rating": translate("GougeTexts", "Best rated"),
        "pass_rate": translate("GougeTexts", "Highest pass rate"),
        "reports": translate("GougeTexts", "Most reports"),
        "name": translate("GougeTexts", "Name"),
    }.get(key, key)


def _sentences() -> dict[tuple[str, str], str]:
    too_long = translate("GougeTexts", "This can be at most %1 characters.")
    return {
        ("name", "required"): translate("GougeTexts", "Enter the examiner's name."),
        ("name", "duplicate"): translate(
            "GougeTexts", "This examiner is already in the directory for this region."
        ),
        ("years_of_experience", "out_of_range"): translate(
            "GougeTexts", "Enter a number of years from 0 to %1."
        ).replace("%1", str(v.YEARS_MAX)),
        ("checkride_types", "required"): translate(
            "GougeTexts", "Tick at least one checkride this examiner gives."
        ),
        ("home_airport", "invalid"): translate(
            "GougeTexts", "Use a 3- or 4-character airport identifier, e.g. KPAO."
        ),
        ("home_airport", "airport_or_region"): translate(
            "GougeTexts", "Enter a home airport or a region."
        ),
        ("region", "airport_or_region"): translate(
            "GougeTexts", "Enter a home airport or a region."
        ),
        ("gouge_date", "required"): translate("GougeTexts", "Enter the date of the checkride."),
        ("gouge_date", "future"): translate(
            "GougeTexts", "The checkride date cannot be in the future."
        ),
        ("checkride_type", "required"): translate("GougeTexts", "Choose the checkride."),
        ("pass_or_fail", "required"): translate("GougeTexts", "Choose pass or fail."),
        ("rating", "out_of_range"): translate("GougeTexts", "Rate the examiner from 1 to 5."),
        ("flight_difficulty", "out_of_range"): translate(
            "GougeTexts", "Choose easy, moderate or hard."
        ),
        ("oral_difficulty", "out_of_range"): translate(
            "GougeTexts", "Choose easy, moderate or hard."
        ),
        ("stress_level", "out_of_range"): translate(
            "GougeTexts", "Choose a stress level from 1 to 5."
        ),
        ("content", "required"): translate(
            "GougeTexts", "Describe what happened on the checkride."
        ),
        ("question", "required"): translate("GougeTexts", "Enter the question to practise."),
        ("answer", "required"): translate("GougeTexts", "Enter the answer you want to remember."),
        ("set", "required"): translate("GougeTexts", "Choose a flashcard set."),
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
    return translate("GougeTexts", "This value was not accepted (%1).").replace("%1", code)


def task_error(error: Exception) -> str:
    """A sentence for a failure that is not a field error (shown in a status line)."""
    if isinstance(error, NotFoundError):
        return translate("GougeTexts", "This item no longer exists or is not yours to change.")
    return translate(
        "GougeTexts", "Something went wrong; the change was not saved. Details are in the log."
    )
