"""Sentences for the core's error codes, in the pilot's language.

The core rejects input with ``ValidationError({field: code})``; the form shows
``field_error(field, code)`` beside that field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldErrors", text)


def _sentences() -> dict[tuple[str, str], str]:
    # Built on each call, so the sentence follows the language in force right now.
    return {
        ("email", "required"): _tr("Enter your email address."),
        ("email", "invalid"): _tr(
            "This is not a valid email address (for example: name@example.com)."
        ),
        ("email", "taken"): _tr("Another profile already uses this email address."),
        ("email", "too_long"): _tr("This email address is too long."),
        ("first_name", "required"): _tr("Enter your first name."),
        ("first_name", "too_long"): _tr("The first name can be at most 150 characters."),
        ("last_name", "required"): _tr("Enter your last name."),
        ("last_name", "too_long"): _tr("The last name can be at most 150 characters."),
        ("location", "too_long"): _tr("The location can be at most 255 characters."),
        ("birth_date", "future"): _tr("The birth date cannot be in the future."),
        ("password", "wrong"): _tr("Wrong password. Try again."),
        ("confirm", "mismatch"): _tr("The two passwords do not match."),
        ("current_password", "wrong"): _tr("The current password is not correct."),
        ("current_password", "required"): _tr("Enter the current password."),
        ("new_password", "required"): _tr("Enter a new password."),
        ("language", "unsupported"): _tr("This language is not available."),
    }


def field_error(field: str, code: str) -> str:
    """The sentence shown beside ``field`` for the core's error ``code``."""
    sentence = _sentences().get((field, code))
    if sentence is not None:
        return sentence
    return _tr("This value was not accepted (%1).").replace("%1", code)
