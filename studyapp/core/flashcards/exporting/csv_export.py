"""CSV export: UTF-8 with a header the CSV import recognises, so it round-trips."""

from __future__ import annotations

import csv
from pathlib import Path

from studyapp.core.flashcards.exporting.cards import ExportCard

HEADER = ("id", "set", "question", "answer", "category", "acs_code", "reference", "difficulty")


def write_csv(cards: list[ExportCard], out: Path, tabs: bool = False) -> None:
    delimiter = "\t" if tabs else ","
    with out.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(HEADER)
        for card in cards:
            writer.writerow(
                (
                    card.stable_id,
                    card.set_name,
                    card.question,
                    card.answer,
                    card.category or "",
                    card.acs_code or "",
                    card.reference or "",
                    card.difficulty,
                )
            )
