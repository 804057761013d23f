"""The list of backups (studyapp.core.backup.list_backups) as a table: kind, date, size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studyapp.core.backup import BackupInfo

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
KIND, DATE, SIZE = range(3)
PATH_ROLE = Qt.ItemDataRole.UserRole


def kind_name(kind: str) -> str:
    names = {
        "daily": translate("BackupTable", "Daily"),
        "weekly": translate("BackupTable", "Weekly"),
        "manual": translate("BackupTable", "Manual"),
        "pre-migrate": translate("BackupTable", "Before update"),
        "pre-restore": translate("BackupTable", "Safety copy before restore"),
    }
    return names.get(kind, kind)


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._backups[index.row()]
        if role == PATH_ROLE:
            return str(info.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(info, index.column())

    def _display(self, info: BackupInfo, column: int) -> str:
        locale = QLocale()
        if column == KIND:
            return kind_name(info.kind)
        if column == DATE:
            moment = QDateTime.fromSecsSinceEpoch(int(info.created.timestamp())).toLocalTime()
            return locale.toString(moment, QLocale.FormatType.ShortFormat)
        return locale.formattedDataSize(info.size_bytes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("BackupTable", "Kind"),
            translate("BackupTable", "Date"),
            translate("BackupTable", "Size"),
        )[section]

    def retranslate(self) -> None:
        """Re-word every cell after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._backups:
            last = self.index(len(self._backups) - 1, 2)
            self.dataChanged.emit(self.index(0, 0), last)
