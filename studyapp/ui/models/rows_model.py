"""What the GUI's table and list models share: a list of rows and the index checks around it.

A table subclass names its columns in ``titles()`` and words each cell in ``cell_text``;
``cell_data`` answers any other role (alignment, colour, tool tip...).
A list subclass answers every role but ``row_role`` in ``row_data``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class RowsTableModel(QAbstractTableModel, Generic[T]):
    # The role that answers the whole row object; None when a subclass has no such role.
    row_role: int | None = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell_text(self, row: T, column: int) -> str:
        raise NotImplementedError

    def cell_data(self, row: T, column: int, role: int) -> Any:
        """Any role other than the display text and ``row_role``."""
        return None

    def header_data(self, section: int, role: int) -> Any:
        """Any header role other than the display text."""
        return None

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> T:
        return self._rows[row]

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_of(self, row_id: int) -> int:
        """The row whose object has this ``id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    def refresh_texts(self) -> None:
        """Re-word headers and cells after a language switch, keeping rows and selection."""
        last_column = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last_column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return self.header_data(section, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, index.column())
        if self.row_role is not None and role == self.row_role:
            return row
        return self.cell_data(row, index.column(), role)


class RowsListModel(QAbstractListModel, Generic[T]):
    """One row object per line, kept in the public ``rows`` list."""

    # The role that answers the whole row object; None when a subclass has no such role.
    row_role: int | None = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []

    def row_data(self, row: T, role: int) -> Any:
        """What this row answers for ``role`` (any role but ``row_role``)."""
        raise NotImplementedError

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if self.row_role is not None and role == self.row_role:
            return row
        return self.row_data(row, role)
