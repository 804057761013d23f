"""Anki packages made with genanki and the anki package, for the import and export tests.

Every test file is built here by the real libraries, never by hand: a basic
note with its reversed card, a cloze note with two deletions, tags (one an ACS
code), an image, and two decks.
"""

from __future__ import annotations

from pathlib import Path

import genanki

BASIC_REVERSED = genanki.Model(
    1_700_000_001,
    "Basic (and reversed card)",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Extra"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}{{#Extra}}<i>{{Extra}}</i>{{/Extra}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Back}}",
        },
        {
            "name": "Card 2",
            "qfmt": "{{Back}}{{^Extra}} (no extra){{/Extra}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Front}}",
        },
    ],
)
CLOZE = genanki.Model(
    1_700_000_002,
    "Cloze",
    fields=[{"name": "Text"}, {"name": "Back Extra"}],
    templates=[
        {"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}
    ],
    model_type=genanki.Model.CLOZE,
)
IMAGE = b"\x89PNG\r\n\x1a\n" + b"sectional chart" * 20


def genanki_package(folder: Path, name: str = "legacy.apkg") -> Path:
    """A legacy (collection.anki2) package: 2 notes -> 4 cards in 2 decks, one image."""
    image = folder / "chart.png"
    image.write_bytes(IMAGE)
    weather = genanki.Deck(2_000_000_001, "Weather")
    airspace = genanki.Deck(2_000_000_002, "Regs::Airspace")
    weather.add_note(
        genanki.Note(
            BASIC_REVERSED,
            ['What does <img src="chart.png"> show?', "Class B", ""],
            tags=["PA.I.E.K1", "Airspace_basics"],
            guid="basic-guid",
        )
    )
    airspace.add_note(
        genanki.Note(
            CLOZE,
            ["{{c1::Vx::speed}} is best angle, {{c2::Vy}} best rate", ""],
            tags=["performance"],
            guid="cloze-guid",
        )
    )
    out = folder / name
    genanki.Package([weather, airspace], media_files=[str(image)]).write_to_file(str(out))
    return out


def anki_package(folder: Path, *, legacy: bool, colpkg: bool = False) -> Path:
    """A package written by Anki itself: one answered card (review history), one suspended."""
    from anki.collection import Collection, ExportAnkiPackageOptions
    from anki.decks import DeckId

    col = Collection(str(folder / "source.anki2"))
    try:
        deck_id = DeckId(col.decks.id("Instrument::Approaches"))
        note = col.new_note(col.models.by_name("Basic (and reversed card)"))
        note["Front"], note["Back"] = 'MDA? <img src="plate.png">', "Minimum descent altitude"
        note.tags = ["IR.VI.B.K1", "approaches"]
        col.add_note(note, deck_id)
        cloze = col.new_note(col.models.by_name("Cloze"))
        cloze["Text"] = "A {{c1::VOR}} approach uses a {{c2::radial}}"
        col.add_note(cloze, deck_id)
        (folder / "plate.png").write_bytes(IMAGE)
        col.media.add_file(str(folder / "plate.png"))
        _answer_first_card(col, deck_id)
        col.sched.suspend_cards([cloze.cards()[1].id])  # "radial" card: comes in suspended
        out = folder / ("anki.colpkg" if colpkg else f"anki-{'legacy' if legacy else 'new'}.apkg")
        if colpkg:
            col.export_collection_package(str(out), include_media=True, legacy=legacy)
        else:
            options = ExportAnkiPackageOptions(
                with_scheduling=True, with_deck_configs=False, with_media=True, legacy=legacy
            )
            col.export_anki_package(out_path=str(out), options=options, limit=None)
        return out
    finally:
        col.close()


def _answer_first_card(col: object, deck_id: int) -> None:
    col.decks.select(deck_id)  # type: ignore[attr-defined]
    card = col.sched.getCard()  # type: ignore[attr-defined]
    card.start_timer()
    col.sched.answerCard(card, 3)  # type: ignore[attr-defined]
