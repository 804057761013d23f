"""A list of texts with check boxes: the areas to ask, and the key-point checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []  # (key, text)
        self._checked: list[bool] = []
        self._enabled = True

    def set_items(self, items: list[tuple[str, str]], checked: list[bool] | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked = list(checked) if checked is not None else [False] * len(items)
        self.endResetModel()

    def set_checked(self, checked: list[bool]) -> None:
        self._checked = list(checked)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_enabled(self, enabled: bool) -> None:
        self.beginResetModel()
        self._enabled = enabled
        self.endResetModel()

    def item_keys(self) -> list[str]:
        return [key for key, _ in self._items]

    def checked_keys(self) -> list[str]:
        return [key for (key, _), on in zip(self._items, self._checked, strict=True) if on]

    def checked_rows(self) -> list[int]:
        return [row for row, on in enumerate(self._checked) if on]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._items[index.row()][1]
        if role == Qt.ItemDataRole.CheckStateRole:
            on = self._checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self._checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEnabled if self._enabled else flags
