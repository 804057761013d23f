"""The first rows of a CSV/TSV file, for the import dialog's mapping step.

Each header shows the file's own column name and the field it will be read into,
so the pilot sees the mapping and the data side by side.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from studyapp.core.flashcards.importing.csv_import import TextPreview

Index = QModelIndex
CELL_CHARS = 80  # a long answer shows its start; the import reads it whole


def column_title(preview: TextPreview, column: int) -> str:
    """The file's name for ``column`` or, with no header row, "Column N"."""
    if preview.header is not None and column < len(preview.header) and preview.header[column]:
        return preview.header[column]
    text = QCoreApplication.translate("TextPreviewModel", "Column %1")
    return text.replace("%1", str(column + 1))


def preview_width(preview: TextPreview) -> int:
    widths = [len(row) for row in preview.sample]
    return max([len(preview.header or ()), *widths])


class TextPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: TextPreview | None = None
        self.field_labels: list[str] = []

    def set_preview(self, preview: TextPreview, field_labels: list[str]) -> None:
        self.beginResetModel()
        self.preview, self.field_labels = preview, list(field_labels)
        self.endResetModel()

    def set_field_labels(self, labels: list[str]) -> None:
        self.field_labels = list(labels)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(labels) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() or self.preview is None else len(self.preview.sample)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.preview is None else preview_width(self.preview)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.preview is None or not index.isValid():
            return None
        row = self.preview.sample[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            flat = " ".join(text.split())
            return flat if len(flat) <= CELL_CHARS else flat[: CELL_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text[:2000]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.preview is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        label = self.field_labels[section] if section < len(self.field_labels) else ""
        return f"{column_title(self.preview, section)}\n→ {label}"
