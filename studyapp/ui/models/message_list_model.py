"""One conversation's messages as a Qt model, with a day separator row before each new day.

Rows are either a ``DayRow`` (drawn as a centred date line) or a ``MessageRow``
(a MessageView plus whether its sender line is shown: only on the first of a run
of messages from the same person within a few minutes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt

from studyapp.core.chat.queries import MessageView
from studyapp.ui.models.rows_model import ROW_ROLE as ROW_ROLE  # the delegate reads rows by it
from studyapp.ui.models.rows_model import Index, RowsListModel
from studyapp.ui.widgets.chat_texts import clock, day_label, local_day

RUN_GAP = timedelta(minutes=5)


@dataclass(frozen=True)
class DayRow:
    day: date


@dataclass(frozen=True)
class MessageRow:
    message: MessageView
    show_sender: bool


def build_rows(messages: list[MessageView]) -> list[DayRow | MessageRow]:
    rows: list[DayRow | MessageRow] = []
    previous: MessageView | None = None
    for message in messages:
        day = local_day(message.timestamp)
        new_day = previous is None or local_day(previous.timestamp) != day
        if new_day:
            rows.append(DayRow(day))
        same_run = (
            not new_day
            and previous is not None
            and previous.sender == message.sender
            and message.timestamp - previous.timestamp < RUN_GAP
        )
        rows.append(MessageRow(message, show_sender=not same_run))
        previous = message
    return rows


def _key(row: DayRow | MessageRow) -> object:
    return row.day if isinstance(row, DayRow) else (row.message.uuid, row.show_sender)


def _same_start(old: list[DayRow | MessageRow], new: list[DayRow | MessageRow]) -> bool:
    """True when ``new`` begins with the rows of ``old`` (same messages, same layout)."""
    return len(new) >= len(old) and all(_key(a) == _key(b) for a, b in zip(old, new, strict=False))


class MessageListModel(RowsListModel[DayRow | MessageRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.messages: list[MessageView] = []

    def row_data(self, row: DayRow | MessageRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.rows[index.row()], DayRow):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _spoken(self, row: DayRow | MessageRow) -> str:
        if isinstance(row, DayRow):
            return day_label(row.day)
        message = row.message
        sender = self.tr("You") if message.mine else message.sender
        return f"{sender}, {clock(message.timestamp)}: {message.content}"

    def set_messages(self, messages: list[MessageView]) -> bool:
        """Show these messages; False (and nothing redrawn) when they are what is shown."""
        if messages == self.messages:
            return False
        rows = build_rows(messages)
        if self.messages and _same_start(self.rows, rows):
            self._grow(messages, rows)  # keeps the reader's scroll position and selection
        else:
            self.messages = list(messages)
            self.set_rows(rows)
        return True

    def _grow(self, messages: list[MessageView], rows: list[DayRow | MessageRow]) -> None:
        """New rows at the end, states (sending → sent) updated in place."""
        before, old = self.rows, len(self.rows)
        self.messages = list(messages)
        if len(rows) > old:
            self.beginInsertRows(QModelIndex(), old, len(rows) - 1)
            self.rows = rows
            self.endInsertRows()
        else:
            self.rows = rows
        for number, (was, now) in enumerate(zip(before, rows, strict=False)):
            if was != now:
                self.dataChanged.emit(self.index(number), self.index(number))

    def message_at(self, row: int) -> MessageView | None:
        if 0 <= row < len(self.rows):
            item = self.rows[row]
            return item.message if isinstance(item, MessageRow) else None
        return None

    def row_of(self, uuid: UUID) -> int:
        return next(
            (
                n
                for n, row in enumerate(self.rows)
                if isinstance(row, MessageRow) and row.message.uuid == uuid
            ),
            -1,
        )

    def texts(self) -> list[str]:
        return [m.content for m in self.messages]
