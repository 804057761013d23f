"""The card browser's table: rows arrive a page at a time, off the GUI thread.

The model never reads the database. It asks its ``fetcher`` for a page
(``fetch(query, offset, limit, generation)``); the page controller runs the
core search on the reader pool and hands the rows back to ``add_page``. A new
query (search text, filter, sort) starts a new generation, and pages of an old
one are dropped when they arrive, so a slow search never overwrites a newer one.
Views ask for more rows as they scroll (``canFetchMore``/``fetchMore``), so a
100,000-card profile holds only the rows seen so far.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from studyapp.core.flashcards.browser import CardFilters, CardRow
from studyapp.ui.models.rows_model import RowsTableModel
from studyapp.ui.widgets import browser_texts
from studyapp.ui.widgets.browser_texts import COLUMNS

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
_RIGHT = {"difficulty", "times_used"}


@dataclass(frozen=True)
class CardQuery:
    text: str = ""
    filters: CardFilters = field(default_factory=CardFilters)
    sort: str = "relevance"  # a column key, or "relevance" (card order without text)
    descending: bool = False


Fetch = Callable[[CardQuery, int, int, int], None]


class CardTableModel(RowsTableModel[CardRow]):
    #: A page arrived (after the first page, ``total`` is known).
    page_loaded = Signal()

    def __init__(self, fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.query = CardQuery()
        self.total = 0
        self.generation = 0
        self.loading = False
        self._exhausted = True

    # Queries -----------------------------------------------------------------

    def set_query(self, query: CardQuery) -> None:
        """Show the cards of ``query`` from the top."""
        self.query = query
        self._restart(PAGE_SIZE)

    def refresh(self) -> None:
        """Read again what is shown (after an edit), as many rows as are loaded now."""
        self._restart(max(PAGE_SIZE, len(self._rows)))

    def _restart(self, first_page: int) -> None:
        self.generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self._request(0, first_page)

    def _request(self, offset: int, limit: int) -> None:
        self.loading = True
        self._fetch(self.query, offset, limit, self.generation)

    def add_page(
        self, generation: int, offset: int, limit: int, rows: list[CardRow], total: int | None
    ) -> None:
        """Rows the fetcher read; dropped if a newer query started meanwhile."""
        if generation != self.generation or offset != len(self._rows):
            return
        self.loading = False
        self._exhausted = len(rows) < limit
        if total is not None:
            self.total = total
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def fetch_failed(self, generation: int) -> None:
        if generation == self.generation:
            self.loading = False
            self._exhausted = True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's default)
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(len(self._rows), PAGE_SIZE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "relevance"
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=key, descending=descending))

    # Rows --------------------------------------------------------------------

    def card_ids(self, rows: list[int]) -> list[int]:
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)  # asked often: no translating here

    def titles(self) -> tuple[str, ...]:
        return browser_texts.column_titles()

    def cell_text(self, row: CardRow, column: int) -> str:
        return browser_texts.cell_text(row, COLUMNS[column])

    def cell_data(self, row: CardRow, column: int, role: int) -> Any:
        key = COLUMNS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("question", "answer"):
            return browser_texts.cell_text(row, key)
        return None
