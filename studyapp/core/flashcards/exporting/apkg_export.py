"""Anki package export with genanki (collection.anki2, which every Anki since 2.1 opens).

One Anki deck per set; one note per card with Question/Answer/Reference fields;
the category and ACS codes become tags (so importing back here restores them).
Note guids derive from the card's stable id, so exporting again and importing
into Anki updates the notes there instead of duplicating them.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import genanki

from studyapp.core.flashcards.exporting.cards import ExportCard

MODEL_ID = 1_607_392_319_001  # fixed forever: Anki matches notetypes by id
_MEDIA_REF = re.compile(r"""(?:src=["']?|\[sound:)([^"'>\]\s]+)""", re.IGNORECASE)
_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: center; }"
MODEL = genanki.Model(
    MODEL_ID,
    "StudyApp card",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Reference"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Question}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}"
            "{{#Reference}}<div class=reference>{{Reference}}</div>{{/Reference}}",
        }
    ],
    css=_CSS,
)


def deck_id(set_name: str) -> int:
    # Stable per name, inside the range Anki accepts for ids.
    return (1 << 30) + zlib.crc32(set_name.encode("utf-8"))


def _tags(card: ExportCard) -> list[str]:
    tags = [card.category.replace(" ", "_")] if card.category else []
    return tags + (card.acs_code.split() if card.acs_code else [])


def media_files(cards: list[ExportCard], media_dir: Path) -> list[Path]:
    """The files of the media folder that the cards show."""
    names = {match for card in cards for match in _MEDIA_REF.findall(card.question + card.answer)}
    return sorted(
        media_dir / name
        for name in names
        if "/" not in name and "\\" not in name and (media_dir / name).is_file()
    )


def write_apkg(cards: list[ExportCard], out: Path, media_dir: Path) -> int:
    """Write the package; returns how many media files went with it."""
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        deck = decks.get(card.set_name)
        if deck is None:
            deck = decks[card.set_name] = genanki.Deck(deck_id(card.set_name), card.set_name)
        note = genanki.Note(
            model=MODEL,
            fields=[card.question, card.answer, card.reference or ""],
            tags=_tags(card),
            guid=genanki.guid_for(card.stable_id),
        )
        deck.add_note(note)
    files = media_files(cards, media_dir)
    package = genanki.Package(list(decks.values()), media_files=[str(f) for f in files])
    package.write_to_file(str(out))
    return len(files)
