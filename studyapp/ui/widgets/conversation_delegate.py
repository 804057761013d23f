"""Paints one conversation of the list: title and time, last message with its sender, unread badge.

Conversations the pilot left are drawn in the disabled text colour: still there
to read, visibly no longer active.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studyapp.core.chat.queries import ConversationSummary
from studyapp.ui.models.conversation_list_model import SUMMARY_ROLE
from studyapp.ui.widgets import chat_style
from studyapp.ui.widgets.chat_texts import relative_time

PAD = 10
Index = QModelIndex | QPersistentModelIndex


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        return QSize(200, 2 * line + 2 * PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: ConversationSummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(PAD, PAD // 2 + 2, -PAD, -PAD // 2 - 2)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text if selected else chat_style.muted(palette)
        if summary.left and not selected:
            text = quiet = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        top, bottom = self._halves(rect)
        when = relative_time(summary.last_activity)
        self._draw_top(painter, option.font, top, summary.title, when, text, quiet)  # type: ignore[attr-defined]
        badge = self._draw_badge(painter, option.font, bottom, summary.unread, palette)  # type: ignore[attr-defined]
        bottom.setRight(bottom.right() - badge)
        painter.setPen(quiet)
        line = self._last_line(summary)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, bottom.width()),
        )
        painter.restore()

    @staticmethod
    def _halves(rect: QRect) -> tuple[QRect, QRect]:
        half = rect.height() // 2
        return QRect(rect.left(), rect.top(), rect.width(), half), QRect(
            rect.left(), rect.top() + half, rect.width(), rect.height() - half
        )

    def _draw_top(
        self, painter: QPainter, font: QFont, rect: QRect, title: str, when: str, text, quiet
    ) -> None:  # type: ignore[no-untyped-def]
        metrics = QFontMetrics(font)
        painter.setPen(quiet)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text)
        room = rect.width() - metrics.horizontalAdvance(when) - PAD
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(font)

    def _last_line(self, summary: ConversationSummary) -> str:
        if summary.left:
            return self.tr("You left this conversation")
        if not summary.last_message:
            return summary.topic or self.tr("No messages yet")
        sender = summary.last_sender or self.tr("You")
        return self.tr("%1: %2").replace("%1", sender).replace("%2", summary.last_message)

    @staticmethod
    def _draw_badge(
        painter: QPainter, font: QFont, rect: QRect, count: int, palette: QPalette
    ) -> int:
        """Draws the unread count at the right of ``rect``; returns the width it took."""
        if count <= 0:
            return 0
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        bold.setPointSizeF(max(font.pointSizeF() - 1, 7))
        label = str(count) if count < 1000 else "999+"
        metrics = QFontMetrics(bold)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(label) + 10)
        badge = QRect(rect.right() - width, rect.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.setFont(bold)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(font)
        return width + PAD
