"""An examiner's gouge as a Qt table model, newest first (the order the core returns)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from studyapp.core.gouge.service import GougeEntry
from studyapp.ui.models.rows_model import RowsTableModel
from studyapp.ui.widgets.gouge_texts import checkride_short, difficulty_label, outcome_label

DATE, CHECKRIDE, RESULT, RATING, FLIGHT, ORAL, AUTHOR = range(7)


class GougeTableModel(RowsTableModel[GougeEntry]):
    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Checkride"),
            self.tr("Result"),
            self.tr("Rating"),
            self.tr("Flight"),
            self.tr("Oral"),
            self.tr("Written by"),
        )

    def author_text(self, entry: GougeEntry) -> str:
        if entry.is_mine:
            return self.tr("You (anonymous)") if entry.is_anonymous else self.tr("You")
        return entry.author_name or self.tr("Anonymous")

    def cell_text(self, row: GougeEntry, column: int) -> str:
        texts = {
            # Day, month name, year: unambiguous whatever the locale's numeric order.
            DATE: lambda: QLocale().toString(row.gouge_date, "d MMM yyyy"),
            CHECKRIDE: lambda: checkride_short(row.checkride_type),
            RESULT: lambda: outcome_label(row.pass_or_fail),
            RATING: lambda: self.tr("%1 / 5").replace("%1", str(row.rating)),
            FLIGHT: lambda: difficulty_label(row.flight_difficulty),
            ORAL: lambda: difficulty_label(row.oral_difficulty),
            AUTHOR: lambda: self.author_text(row),
        }
        return texts[column]()
