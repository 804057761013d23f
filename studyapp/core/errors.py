"""Errors the core reports to its callers.

The core speaks in codes ("email.taken"); the UI turns them into the user's
language. A ValidationError means nothing was written.
"""

from __future__ import annotations


class NotFoundError(Exception):
    """The object does not exist, or is not the caller's to see."""


class ValidationError(Exception):
    """One or more fields were rejected; ``errors`` maps field name to an error code."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(f"{field}: {code}" for field, code in errors.items()))
        self.errors = errors


class Validator:
    """Collects field errors, then raises them together so a form can mark every bad field."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def require(self, condition: bool, field: str, code: str) -> None:
        if not condition and field not in self.errors:
            self.errors[field] = code

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(dict(self.errors))
