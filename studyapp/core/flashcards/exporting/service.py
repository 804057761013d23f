"""Exporting a profile's cards to a file whose suffix says the format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.db import Database
from studyapp.core.errors import ValidationError
from studyapp.core.flashcards.exporting.cards import cards_to_export
from studyapp.core.flashcards.importing.errors import ProgressLike, tick

CSV_SUFFIXES = (".csv", ".tsv")
APKG_SUFFIX = ".apkg"


@dataclass(frozen=True)
class ExportResult:
    kind: str  # "csv" or "apkg"
    cards: int
    set_names: tuple[str, ...]
    media_files: int
    path: Path


def export_cards(
    db: Database,
    user_id: int,
    out: Path,
    media_dir: Path,
    set_name: str | None = None,
    *,
    set_ids: Sequence[int] | None = None,
    progress: ProgressLike | None = None,
) -> ExportResult:
    """Write the profile's cards (one set's by name, or the sets ``set_ids``) to ``out``.

    The format follows the suffix: .csv/.tsv or .apkg. Raises
    ValidationError({"file": "format.unsupported"}) for another suffix and
    NotFoundError for an unknown set. Writes to a temporary name first, so a
    failed or cancelled export (``progress.check()`` raising) never leaves half
    a file where the pilot asked for one. Runs on the caller's thread.
    """
    suffix = out.suffix.lower()
    if suffix not in (*CSV_SUFFIXES, APKG_SUFFIX):
        raise ValidationError({"file": "format.unsupported"})
    tick(progress, 0, 3)
    cards = cards_to_export(db, user_id, set_name, set_ids)
    tick(progress, 1, 3)
    partial = out.with_name(out.name + ".partial")
    media = 0
    try:
        if suffix == APKG_SUFFIX:
            from studyapp.core.flashcards.exporting.apkg_export import write_apkg

            media = write_apkg(cards, partial, media_dir)
        else:
            from studyapp.core.flashcards.exporting.csv_export import write_csv

            write_csv(cards, partial, tabs=suffix == ".tsv")
        tick(progress, 2, 3)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    tick(progress, 3, 3)
    kind = "apkg" if suffix == APKG_SUFFIX else "csv"
    sets = tuple(sorted({card.set_name for card in cards}))
    return ExportResult(kind, len(cards), sets, media, out)
