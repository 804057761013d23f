"""Who is in a conversation, as a Qt model: members (joined and left when), then invitations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from studyapp.core.chat.queries import INVITE_FAILED, INVITING, LEFT, ParticipantView
from studyapp.ui.models.rows_model import ROW_ROLE, RowsListModel
from studyapp.ui.widgets import chat_style
from studyapp.ui.widgets.chat_texts import failure_text, moment_text

PARTICIPANT_ROLE = ROW_ROLE


class ParticipantListModel(RowsListModel[ParticipantView]):
    def row_data(self, row: ParticipantView, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.name(row)}\n{self.detail(row)}"
        if role == Qt.ItemDataRole.ToolTipRole and row.state == INVITE_FAILED:
            return failure_text(row.failure)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row)
        if role == Qt.ItemDataRole.FontRole and row.state in (INVITING, INVITE_FAILED):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _colour(self, row: ParticipantView) -> Any:
        palette = QApplication.palette()
        if row.state == INVITE_FAILED:
            return chat_style.error(palette)
        if row.state in (LEFT, INVITING):
            return chat_style.muted(palette)
        return None

    def name(self, row: ParticipantView) -> str:
        name = row.name
        if row.is_me:
            name = self.tr("%1 (you)").replace("%1", name)
        if row.is_creator:
            name = self.tr("%1 — started the conversation").replace("%1", name)
        return name

    def detail(self, row: ParticipantView) -> str:
        if row.state == INVITING:
            return self.tr("inviting…")
        if row.state == INVITE_FAILED:
            return self.tr("Invitation failed: %1").replace("%1", failure_text(row.failure))
        joined = self.tr("joined %1").replace("%1", moment_text(row.joined_at))
        if row.state == LEFT:
            return joined + ", " + self.tr("left %1").replace("%1", moment_text(row.left_at))
        return joined

    def set_participants(self, rows: list[ParticipantView]) -> None:
        self.set_rows(rows)
