"""Importing a file into a profile: pick the reader, write everything in one transaction."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.db import Database
from studyapp.core.flashcards.importing.apkg import import_anki_package
from studyapp.core.flashcards.importing.csv_import import CsvMapping, read_csv_file
from studyapp.core.flashcards.importing.errors import ImportFileError, ProgressLike, tick
from studyapp.core.flashcards.importing.result import ImportResult
from studyapp.core.flashcards.importing.writer import IncomingCard, write_cards
from studyapp.core.flashcards.sqltime import raw_transaction

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
ANKI_SUFFIXES = (".apkg", ".colpkg")


def import_file(
    db: Database,
    user_id: int,
    path: Path,
    media_dir: Path,
    *,
    set_name: str | None = None,
    mapping: CsvMapping | None = None,
    progress: ProgressLike | None = None,
) -> ImportResult:
    """Import ``path`` (CSV/TSV/text, .apkg or .colpkg) into the profile, all or nothing.

    ``set_name`` puts every card in that set (created if missing) instead of the
    file's own decks. Media land in ``media_dir``. Raises ImportFileError (a
    ValidationError) for a file we refuse; whatever ``progress.check()`` raises
    on cancel propagates after the transaction rolled back. Runs on the caller's thread.
    """
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError("file.missing", str(path))
    if suffix in TEXT_SUFFIXES:
        cards = read_csv_file(path, mapping, set_name)
        return _write(db, user_id, f"csv:{path.stem}", "csv", cards, progress)
    if suffix in ANKI_SUFFIXES:
        return import_anki_package(db, user_id, path, media_dir, set_name, progress)
    raise ImportFileError("format.unsupported", suffix or path.name)


def _write(
    db: Database,
    user_id: int,
    source: str,
    kind: str,
    cards: list[IncomingCard],
    progress: ProgressLike | None,
) -> ImportResult:
    tick(progress, 0, len(cards))
    with raw_transaction(db) as conn:
        result = write_cards(conn, user_id, source, cards, progress)
        tick(progress, len(cards), len(cards))
    return ImportResult(
        kind,
        result.added,
        result.updated,
        result.unchanged,
        tuple(sorted(result.set_ids)),
        reviews=result.reviews,
    )
