"""Paints one conversation of the list: title and time, last message with its sender, unread badge.

Conversations the pilot left are drawn in the disabled text colour: still there
to read, visibly no longer active.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
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
        rect: QRect = option.rect  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        if widget is not None:
            panel = QStyle.PrimitiveElement.PE_PanelItemViewItem
            widget.style().drawPrimitive(panel, option, painter, widget)
        text, quiet = self._colours(palette, selected, summary.left)
        top, bottom = self._halves(rect.adjusted(PAD, PAD // 2 + 2, -PAD, -PAD // 2 - 2))
        when = relative_time(summary.last_activity)
        self._draw_top(painter, font, top, (summary.title, when), (text, quiet))
        bottom.setRight(
            bottom.right() - self._draw_badge(painter, font, bottom, summary.unread, palette)
        )
        painter.setPen(quiet)
        line = QFontMetrics(font).elidedText(
            self._last_line(summary), Qt.TextElideMode.ElideRight, bottom.width()
        )
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.restore()

    @staticmethod
    def _colours(palette: QPalette, selected: bool, left: bool) -> tuple[QColor, QColor]:
        """Title and detail colours: greyed when the pilot left the conversation."""
        if selected:
            colour = palette.color(QPalette.ColorRole.HighlightedText)
            return colour, colour
        if left:
            grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return grey, grey
        return palette.color(QPalette.ColorRole.Text), chat_style.muted(palette)

    @staticmethod
    def _halves(rect: QRect) -> tuple[QRect, QRect]:
        half = rect.height() // 2
        return QRect(rect.left(), rect.top(), rect.width(), half), QRect(
            rect.left(), rect.top() + half, rect.width(), rect.height() - half
        )

    @staticmethod
    def _draw_top(
        painter: QPainter,
        font: QFont,
        rect: QRect,
        texts: tuple[str, str],
        colours: tuple[QColor, QColor],
    ) -> None:
        """The title (bold, elided) on the left, the time on the right."""
        (title, when), (text, quiet) = texts, colours
        painter.setPen(quiet)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text)
        room = rect.width() - QFontMetrics(font).horizontalAdvance(when) - PAD
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
