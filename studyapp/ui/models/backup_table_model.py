"""The list of backups (studyapp.core.backup.list_backups) as a table: kind, date, size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from studyapp.core.backup import BackupInfo
from studyapp.ui.models.rows_model import RowsTableModel

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate

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


class BackupTableModel(RowsTableModel[BackupInfo]):
    row_role = None

    def titles(self) -> tuple[str, ...]:
        return (
            translate("BackupTable", "Kind"),
            translate("BackupTable", "Date"),
            translate("BackupTable", "Size"),
        )

    def cell_data(self, row: BackupInfo, column: int, role: int) -> Any:
        if role in (PATH_ROLE, Qt.ItemDataRole.ToolTipRole):
            return str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell_text(self, row: BackupInfo, column: int) -> str:
        locale = QLocale()
        if column == KIND:
            return kind_name(row.kind)
        if column == DATE:
            moment = QDateTime.fromSecsSinceEpoch(int(row.created.timestamp())).toLocalTime()
            return locale.toString(moment, QLocale.FormatType.ShortFormat)
        return locale.formattedDataSize(row.size_bytes)
