"""Search results in messages as a Qt model: conversation, sender and the matching message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from studyapp.core.chat.queries import MessageHit
from studyapp.ui.models.rows_model import ROW_ROLE, RowsListModel
from studyapp.ui.widgets.chat_texts import relative_time

HIT_ROLE = ROW_ROLE
SNIPPET = 120


class SearchHitModel(RowsListModel[MessageHit]):
    def row_data(self, row: MessageHit, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            message = row.message
            sender = self.tr("You") if message.mine else message.sender
            text = " ".join(message.content.split())
            if len(text) > SNIPPET:
                text = text[: SNIPPET - 1] + "…"
            when = relative_time(message.timestamp)
            return f"{row.conversation_title} · {when}\n{sender}: {text}"
        return None

    def set_hits(self, rows: list[MessageHit]) -> None:
        self.set_rows(rows)
