"""The checkrides an examiner gives and a gouge report is about, as stable codes.

Codes are stored in the database and sent to the sync server; the UI owns the
translated labels. Order is the order a pilot usually meets them in.
"""

from __future__ import annotations

CHECKRIDE_TYPES: tuple[str, ...] = (
    "sport",
    "recreational",
    "private",
    "instrument",
    "commercial",
    "multi_engine",
    "seaplane",
    "atp",
    "cfi",
    "cfii",
    "mei",
)

PASS, FAIL = "pass", "fail"
OUTCOMES: tuple[str, ...] = (PASS, FAIL)


def is_checkride_type(code: str) -> bool:
    return code in CHECKRIDE_TYPES


def normalise_checkride_types(codes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Distinct codes in the canonical order (unknown codes are kept last, for validation)."""
    known = [code for code in CHECKRIDE_TYPES if code in codes]
    unknown = sorted({code for code in codes if code not in CHECKRIDE_TYPES})
    return (*known, *unknown)
