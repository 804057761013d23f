"""The read-only table our lists of rows use: whole rows selected, alternating shades, no grid."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Selection = QAbstractItemView.SelectionMode


def row_table(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    selection: Selection = Selection.SingleSelection,
) -> QTableView:
    """A table of ``model`` named ``name``; the caller sizes its columns."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    return table
