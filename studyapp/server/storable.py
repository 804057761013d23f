"""Text a database can store: refused up front, so bad input is a clear error, not a 500.

PostgreSQL text cannot hold NUL characters (psycopg refuses them), and a lone
UTF-16 surrogate (valid in JSON as ``\\ud800``) cannot be encoded as UTF-8 for
either database. Both would otherwise fail deep inside the transaction.
"""

from __future__ import annotations

from typing import Any

from studyapp.core.errors import ValidationError


def _text_ok(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _value_ok(value: Any) -> bool:
    # A loop, not recursion: JSON nested a few hundred levels deep (which the body
    # parser accepts) would otherwise end in a RecursionError, a 500.
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str) and not _text_ok(item):
            return False
        if isinstance(item, dict):
            pending.extend(str(key) for key in item)
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return True


def unstorable_fields(fields: dict[str, Any]) -> dict[str, str]:
    """``{field: "invalid"}`` for every top-level field holding text no database stores."""
    errors = {str(key): "invalid" for key, value in fields.items() if not _value_ok(value)}
    if any(not _text_ok(str(key)) for key in fields):
        errors = {"data": "invalid"}  # the field name itself cannot be echoed back
    return errors


def require_storable(fields: dict[str, Any]) -> None:
    """Raise ValidationError({field: "invalid"}) if any field holds unstorable text."""
    errors = unstorable_fields(fields)
    if errors:
        raise ValidationError(errors)
