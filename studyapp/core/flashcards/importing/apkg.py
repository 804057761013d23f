"""Importing an Anki package (.apkg or .colpkg): every Anki card becomes one flashcard.

Questions and answers are rendered from the notetype's templates (so reversed
and cloze notes come in as Anki shows them), decks become sets, tags a category
and ACS codes, media files go to the data folder's media/, and the cards' review
history is replayed into FSRS. Cards are keyed by note guid and card ordinal
(source ``anki``), so importing the same deck again updates it.
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

from studyapp.core.db import Database
from studyapp.core.flashcards.importing.anki_collection import (
    CARD_ROWS,
    Collection,
    open_collection,
    read_collection,
)
from studyapp.core.flashcards.importing.anki_package import (
    extract_collection,
    media_map,
    package_version,
    read_media,
)
from studyapp.core.flashcards.importing.anki_render import NoteContext, cloze_numbers, render_card
from studyapp.core.flashcards.importing.errors import ImportFileError, Phase, ProgressLike, tick
from studyapp.core.flashcards.importing.result import ImportResult
from studyapp.core.flashcards.importing.safezip import SafeZip
from studyapp.core.flashcards.importing.tags import split_tag_text
from studyapp.core.flashcards.importing.writer import IncomingCard, write_cards
from studyapp.core.flashcards.session import review_settings
from studyapp.core.flashcards.sqltime import raw_transaction

SOURCE = "anki"
ANKI_SUSPENDED = -1  # cards.queue
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
REFERENCE_FIELD = "Reference"  # what our own export calls it; its text fills Flashcard.reference
_TAGS = re.compile(r"<[^>]*>")
Placement = tuple[Path, Path]  # staged file -> its place in the media folder


def import_anki_package(
    db: Database,
    user_id: int,
    path: Path,
    media_dir: Path,
    set_name: str | None,
    progress: ProgressLike | None,
) -> ImportResult:
    """See importing.service.import_file; all or nothing, media included."""
    with path.open("rb") as file:
        if file.read(4) not in ZIP_MAGIC:
            raise ImportFileError("format.mismatch", "not a zip archive")
    with SafeZip(path) as archive, tempfile.TemporaryDirectory(prefix="studyapp-") as tmp:
        version = package_version(archive)
        collection_file = Path(tmp, "collection.sqlite3")
        extract_collection(archive, version, collection_file)
        with open_collection(collection_file) as conn:
            cards = read_cards(conn, read_collection(conn), set_name, Phase(progress, 0, 3))
        staged = _stage_media(archive, version, Path(tmp, "media"), Phase(progress, 1, 3))
        placements, renames = _plan_media(staged, media_dir)
        cards = [_rename_references(card, renames) for card in cards] if renames else cards
        return _write(db, user_id, cards, placements, Phase(progress, 2, 3))


def read_cards(
    conn: sqlite3.Connection,
    collection: Collection,
    set_name: str | None,
    progress: ProgressLike | None = None,
) -> list[IncomingCard]:
    cards: list[IncomingCard] = []
    total = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    for index, row in enumerate(conn.execute(CARD_ROWS)):
        if index % 2000 == 0:
            tick(progress, index, total)
        card = _card(collection, set_name, *row)
        if card is not None:
            cards.append(card)
    return cards


def _card(
    collection: Collection,
    set_name: str | None,
    card_id: int,
    deck_id: int,
    ordinal: int,
    queue: int,
    guid: str,
    notetype_id: int,
    tags: str,
    fields: str,
) -> IncomingCard | None:
    notetype = collection.notetypes.get(notetype_id)
    if notetype is None:
        return None
    values = dict(zip(notetype.field_names, str(fields).split("\x1f"), strict=False))
    template = notetype.templates.get(0 if notetype.is_cloze else ordinal)
    cloze = ordinal + 1 if notetype.is_cloze else None
    if template is None or (cloze and cloze not in cloze_numbers(" ".join(values.values()))):
        return None
    reference = _html_text(values.pop(REFERENCE_FIELD, "")) if REFERENCE_FIELD in values else ""
    if reference:
        values[REFERENCE_FIELD] = ""  # shown beside the answer here, not inside it
    deck = collection.decks.get(deck_id, "Default")
    note = NoteContext(values, str(tags).strip(), deck, template.name, notetype.name, cloze)
    question, answer = render_card(template.question, template.answer, note)
    if not question:
        return None
    category, codes = split_tag_text(str(tags))
    return IncomingCard(
        source_id=f"{guid}:{ordinal}",
        set_name=(set_name or deck)[:255],
        question=question,
        answer=answer,
        category=category,
        acs_code=codes,
        reference=reference[:255] or None,
        history=tuple(collection.history.get(card_id, ())),
        suspended=queue == ANKI_SUSPENDED,
    )


def _html_text(value: str) -> str:
    return html.unescape(_TAGS.sub(" ", value)).strip()


def _stage_media(
    archive: SafeZip, version: int, folder: Path, progress: ProgressLike | None
) -> dict[str, Path]:
    """Every media file inflated into the temporary folder, under its zip entry name."""
    mapping = media_map(archive, version)
    folder.mkdir()
    staged: dict[str, Path] = {}
    for index, (name, entry) in enumerate(sorted(mapping.items())):
        tick(progress, index, len(mapping))
        target = folder / f"{index}"
        target.write_bytes(read_media(archive, version, entry))
        staged[name] = target
    return staged


def _plan_media(staged: dict[str, Path], media_dir: Path) -> tuple[list[Placement], dict[str, str]]:
    """Where each file goes; a different file already using the name gets a hashed name."""
    placements: list[Placement] = []
    renames: dict[str, str] = {}
    for name, file in staged.items():
        target = media_dir / name
        if target.exists() and not _same_bytes(target, file):
            digest = hashlib.sha1(file.read_bytes()).hexdigest()[:10]
            target = media_dir / f"{Path(name).stem}-{digest}{Path(name).suffix}"
            renames[name] = target.name
        if target.resolve().parent != media_dir.resolve():
            raise ImportFileError("zip.unsafe_path", name)
        if not target.exists():
            placements.append((file, target))
    return placements, renames


def _same_bytes(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


def _rename_references(card: IncomingCard, renames: dict[str, str]) -> IncomingCard:
    question, answer = card.question, card.answer
    for old, new in renames.items():
        for pattern in ('"{}"', "'{}'", "[sound:{}]"):
            question = question.replace(pattern.format(old), pattern.format(new))
            answer = answer.replace(pattern.format(old), pattern.format(new))
    return replace(card, question=question, answer=answer)


def _write(
    db: Database,
    user_id: int,
    cards: list[IncomingCard],
    placements: list[Placement],
    progress: ProgressLike | None,
) -> ImportResult:
    """Cards in one transaction; media moved in before it commits, removed again if it fails."""
    placed: list[Path] = []
    has_history = any(card.history for card in cards)
    scheduler = review_settings(db, user_id).scheduler if has_history else None
    try:
        with raw_transaction(db) as conn:
            result = write_cards(conn, user_id, SOURCE, cards, progress, scheduler)
            if placements:
                placements[0][1].parent.mkdir(parents=True, exist_ok=True)
            for source, target in placements:
                shutil.move(source, target)
                placed.append(target)
            tick(progress, len(cards), len(cards))
    except BaseException:
        for target in placed:
            target.unlink(missing_ok=True)
        raise
    return ImportResult(
        "anki",
        result.added,
        result.updated,
        result.unchanged,
        tuple(sorted(result.set_ids)),
        media_files=len(placed),
        reviews=result.reviews,
    )
