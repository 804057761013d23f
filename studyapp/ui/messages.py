"""Sentences for the core's error codes, in the pilot's language.

The core rejects input with ``ValidationError({field: code})``; the form shows
``field_error(field, code)`` beside that field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate


def _sentences() -> dict[tuple[str, str], str]:
    # Built on each call, so the sentence follows the language in force right now.
    return {
        ("email", "required"): translate("FieldErrors", "Enter your email address."),
        ("email", "invalid"): translate(
            "FieldErrors", "This is not a valid email address (for example: name@example.com)."
        ),
        ("email", "taken"): translate(
            "FieldErrors", "Another profile already uses this email address."
        ),
        ("email", "too_long"): translate("FieldErrors", "This email address is too long."),
        ("first_name", "required"): translate("FieldErrors", "Enter your first name."),
        ("first_name", "too_long"): translate(
            "FieldErrors", "The first name can be at most 150 characters."
        ),
        ("last_name", "required"): translate("FieldErrors", "Enter your last name."),
        ("last_name", "too_long"): translate(
            "FieldErrors", "The last name can be at most 150 characters."
        ),
        ("location", "too_long"): translate(
            "FieldErrors", "The location can be at most 255 characters."
        ),
        ("birth_date", "future"): translate(
            "FieldErrors", "The birth date cannot be in the future."
        ),
        ("password", "wrong"): translate("FieldErrors", "Wrong password. Try again."),
        ("confirm", "mismatch"): translate("FieldErrors", "The two passwords do not match."),
        ("current_password", "wrong"): translate(
            "FieldErrors", "The current password is not correct."
        ),
        ("current_password", "required"): translate("FieldErrors", "Enter the current password."),
        ("new_password", "required"): translate("FieldErrors", "Enter a new password."),
        ("language", "unsupported"): translate("FieldErrors", "This language is not available."),
    }


def field_error(field: str, code: str) -> str:
    """The sentence shown beside ``field`` for the core's error ``code``."""
    sentence = _sentences().get((field, code))
    if sentence is not None:
        return sentence
    return translate("FieldErrors", "This value was not accepted (%1).").replace("%1", code)
