"""Translated words of the card browser and the card editor: columns, statuses, errors.

The core gives keys, numbers and codes; these give the words in the pilot's
language at the moment they are called, so a language switch re-words them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from studyapp.core.flashcards.browser import CardRow
from studyapp.core.flashcards.media import MAX_IMAGE_BYTES
from studyapp.core.flashcards.models import STATE_NEW, STATE_REVIEW
from studyapp.core.flashcards.plain_text import IMAGE_MARK
from studyapp.ui.widgets import review_texts

translate = QCoreApplication.translate

# The browser's columns, in order: (key, also the core's sort key).
COLUMNS = (
    "question",
    "answer",
    "set",
    "category",
    "acs_code",
    "difficulty",
    "due",
    "times_used",
    "status",
)


def column_titles() -> tuple[str, ...]:
    return (
        translate("BrowserTexts", "Question"),
        translate("BrowserTexts", "Answer"),
        translate("BrowserTexts", "Set"),
        translate("BrowserTexts", "Category"),
        translate("BrowserTexts", "ACS code"),
        translate("BrowserTexts", "Difficulty"),
        translate("BrowserTexts", "Due"),
        translate("BrowserTexts", "Times used"),
        translate("BrowserTexts", "Status"),
    )


def snippet(text: str) -> str:
    """A plain-text snippet with each picture named in words."""
    if IMAGE_MARK not in text:
        return text
    return text.replace(IMAGE_MARK, translate("BrowserTexts", "[picture]"))


def status_text(row: CardRow) -> str:
    """Suspended, else known, else where the card is in its schedule."""
    if row.suspended:
        return translate("BrowserTexts", "Suspended")
    if row.known:
        return translate("BrowserTexts", "Known")
    if row.state == STATE_NEW:
        return translate("BrowserTexts", "New")
    if row.state == STATE_REVIEW:
        return translate("BrowserTexts", "Review")
    return translate("BrowserTexts", "Learning")


def due_text(due: datetime | None) -> str:
    if due is None:
        return ""
    return due.astimezone().strftime("%Y-%m-%d")  # sorts and reads the same everywhere


def cell_text(row: CardRow, column: str) -> str:
    if column == "question":
        return snippet(row.question)
    if column == "answer":
        return snippet(row.answer_snippet)
    values = {
        "set": row.set_name,
        "category": row.category or "",
        "acs_code": row.acs_code or "",
        "difficulty": review_texts.difficulty_label(row.difficulty),
        "due": due_text(row.due),
        "times_used": str(row.times_used),
    }
    return values[column] if column in values else status_text(row)


def count_text(total: int) -> str:
    """How many cards the search and filters match, loaded or not."""
    if total == 1:
        return translate("BrowserTexts", "1 card")
    return translate("BrowserTexts", "%1 cards").replace("%1", f"{total:,}")


def selected_text(count: int) -> str:
    if count == 1:
        return translate("BrowserTexts", "1 selected")
    return translate("BrowserTexts", "%1 selected").replace("%1", f"{count:,}")


def field_error(field: str, code: str) -> str:
    """The sentence beside a card-editor field for the core's error ``code``."""
    megabytes = str(MAX_IMAGE_BYTES // (1024 * 1024))
    sentences = {
        "image.too_large": translate(
            "BrowserTexts", "This picture is too large: at most %1 MB."
        ).replace("%1", megabytes),
        "image.not_an_image": translate(
            "BrowserTexts", "This file is not a picture StudyApp can show (PNG, JPEG, GIF or WebP)."
        ),
        "image.unreadable": translate("BrowserTexts", "This file could not be read."),
        "not_found": translate("BrowserTexts", "Choose one of your sets."),
        "none": translate(
            "BrowserTexts", "You have no set yet: create one on the Study page first."
        ),
    }
    if code in sentences:
        return sentences[code]
    return review_texts.field_error(field, code)


def task_error(error: Exception) -> str:
    return review_texts.task_error(error)
