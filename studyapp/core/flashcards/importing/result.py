"""What an import did, for the caller to show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportResult:
    kind: str  # "csv" or "anki"
    added: int
    updated: int
    unchanged: int
    set_names: tuple[str, ...]
    media_files: int = 0
    reviews: int = 0
