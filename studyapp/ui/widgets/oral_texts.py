"""Translated words of the mock oral: grades, modes, error codes, times.

The core speaks in codes; these give the sentence in the pilot's language at the
moment they are called, so a language switch re-words them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# A plain name with a literal context, so pyside6-lupdate extracts every text below.
translate = QCoreApplication.translate


def grade_label(grade: str | None) -> str:
    labels = {
        "S": translate("OralTexts", "Satisfactory"),
        "N": translate("OralTexts", "Needs work"),
        "U": translate("OralTexts", "Unsatisfactory"),
    }
    return labels.get(grade or "", translate("OralTexts", "Skipped"))


def mode_label(mode: str) -> str:
    labels = {
        "areas": translate("OralTexts", "Chosen areas"),
        "full": translate("OralTexts", "Full oral"),
        "weak": translate("OralTexts", "My weak areas"),
    }
    return labels.get(mode, mode)


def acs_label(acs_id: str) -> str:
    labels = {
        "FAA-S-ACS-6C": translate("OralTexts", "Private Pilot – Airplane"),
        "FAA-S-ACS-8C": translate("OralTexts", "Instrument Rating – Airplane"),
        "FAA-S-ACS-7B": translate("OralTexts", "Commercial Pilot – Airplane"),
        "FAA-S-ACS-25": translate("OralTexts", "Flight Instructor – Airplane"),
    }
    name = labels.get(acs_id)
    return f"{name} ({acs_id})" if name else acs_id


def error_text(field: str, code: str) -> str:
    messages = {
        ("areas", "required"): translate("OralTexts", "Choose at least one area of operation."),
        ("areas", "unknown"): translate("OralTexts", "That area is not in this ACS."),
        ("areas", "no_questions"): translate(
            "OralTexts", "There are no questions for these areas yet."
        ),
        ("areas", "no_weak_areas"): translate(
            "OralTexts",
            "No weak areas yet: finish a mock oral or review flashcards with ACS codes first.",
        ),
        ("time_limit", "invalid"): translate(
            "OralTexts", "The time limit must be 1 to 600 minutes."
        ),
        ("acs", "unknown"): translate("OralTexts", "Choose an ACS."),
        ("session", "completed"): translate("OralTexts", "This oral has already ended."),
    }
    return messages.get((field, code), translate("OralTexts", "Something went wrong: %1").replace(
        "%1", f"{field} {code}"))  # fmt: skip


def clock(seconds: int) -> str:
    """1:05:09 or 5:09."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def question_error(field: str, code: str) -> str:
    """Beside a field of the question form."""
    messages = {
        "required": translate("OralTexts", "Required."),
        "too_long": translate("OralTexts", "Too long."),
        "invalid": translate("OralTexts", "Not a valid value."),
        "unknown": translate("OralTexts", "Not an element code of this ACS (e.g. PA.I.A.K1)."),
        "shipped": translate("OralTexts", "Shipped questions cannot be edited."),
    }
    return messages.get(code, translate("OralTexts", "Not accepted (%1).").replace("%1", code))
