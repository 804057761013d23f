"""Translated words of the Study page: intervals, durations, difficulties and error sentences.

The core gives numbers and codes; these functions give the words in the
pilot's language at the moment they are called, so a language switch re-words them.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards.cards import ACS_CODE_MAX, REFERENCE_MAX
from studyapp.core.flashcards.sets import NAME_MAX

# A plain name with a literal context, so pyside6-lupdate extracts every text below.
translate = QCoreApplication.translate

_DAY = 86_400
_MONTH = 30 * _DAY
_YEAR = 365 * _DAY


def _number(value: float) -> str:
    """One decimal below 10 (1.5 mo), none above (14 d): enough to tell grades apart."""
    return f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else str(round(value))


def interval_text(interval: timedelta) -> str:
    """Short text for the time until a card comes back: <1 min, 10 min, 3 h, 4 d, 2.5 mo, 1.2 y."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return translate("ReviewTexts", "<1 min")
    if seconds < 3600:
        return translate("ReviewTexts", "%1 min").replace("%1", str(round(seconds / 60)))
    if seconds < _DAY:
        return translate("ReviewTexts", "%1 h").replace("%1", _number(seconds / 3600))
    if seconds < _MONTH:
        return translate("ReviewTexts", "%1 d").replace("%1", str(round(seconds / _DAY)))
    if seconds < _YEAR:
        return translate("ReviewTexts", "%1 mo").replace("%1", _number(seconds / _MONTH))
    return translate("ReviewTexts", "%1 y").replace("%1", _number(seconds / _YEAR))


def duration_text(milliseconds: int) -> str:
    """A session's length: 45 s, 12 min 5 s, 1 h 20 min."""
    seconds = round(milliseconds / 1000)
    if seconds < 60:
        return translate("ReviewTexts", "%1 s").replace("%1", str(seconds))
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        text = translate("ReviewTexts", "%1 min %2 s")
        return text.replace("%1", str(minutes)).replace("%2", str(seconds))
    hours, minutes = divmod(minutes, 60)
    text = translate("ReviewTexts", "%1 h %2 min")
    return text.replace("%1", str(hours)).replace("%2", str(minutes))


def grade_names() -> tuple[str, str, str, str]:
    return (
        translate("ReviewTexts", "Again"),
        translate("ReviewTexts", "Hard"),
        translate("ReviewTexts", "Good"),
        translate("ReviewTexts", "Easy"),
    )


def difficulty_label(level: int) -> str:
    """The author's 1-3 rating of a card."""
    return {
        1: translate("ReviewTexts", "Easy"),
        2: translate("ReviewTexts", "Moderate"),
        3: translate("ReviewTexts", "Hard"),
    }.get(level, str(level))


def cards_count(count: int) -> str:
    if count == 1:
        return translate("ReviewTexts", "1 card")
    return translate("ReviewTexts", "%1 cards").replace("%1", f"{count:,}")


def percent(fraction: float) -> str:
    return translate("ReviewTexts", "%1%").replace("%1", str(round(fraction * 100)))


def _too_long(limit: int) -> str:
    return translate("ReviewTexts", "This can be at most %1 characters.").replace("%1", str(limit))


def field_error(field: str, code: str) -> str:
    """The sentence shown beside a set-name or card field for the core's error ``code``."""
    sentences = {
        ("name", "required"): translate("ReviewTexts", "Enter a name for the set."),
        ("name", "taken"): translate("ReviewTexts", "You already have a set with this name."),
        ("name", "too_long"): _too_long(NAME_MAX),
        ("question", "required"): translate("ReviewTexts", "Enter the question."),
        ("answer", "required"): translate("ReviewTexts", "Enter the answer."),
        ("acs_code", "too_long"): _too_long(ACS_CODE_MAX),
        ("reference", "too_long"): _too_long(REFERENCE_MAX),
        ("difficulty", "invalid"): translate("ReviewTexts", "Choose easy, moderate or hard."),
    }
    sentence = sentences.get((field, code))
    if sentence is not None:
        return sentence
    return translate("ReviewTexts", "This value was not accepted (%1).").replace("%1", code)


def task_error(error: Exception) -> str:
    """A sentence for a failure that is not a field error (shown in a status line)."""
    if isinstance(error, NotFoundError):
        return translate("ReviewTexts", "This item no longer exists or is not yours to change.")
    if isinstance(error, ValidationError) and "undo" in error.errors:
        return translate(
            "ReviewTexts", "This can no longer be undone: something else changed it meanwhile."
        )
    return translate(
        "ReviewTexts", "Something went wrong; the change was not saved. Details are in the log."
    )
