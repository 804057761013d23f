"""Paints chat messages as bubbles, and makes their links and "failed — retry" line clickable.

Own messages sit on the right in a tinted bubble, others' on the left with the
sender's name. The text is laid out by a QTextDocument (multi-line, wrapped,
links underlined); a click is hit-tested with its layout's ``anchorAt``. Only
http and https links are offered: a message is someone else's text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from studyapp.core.chat.queries import FAILED, SENDING, MessageView
from studyapp.ui.models.message_list_model import ROW_ROLE, DayRow, MessageRow
from studyapp.ui.widgets import chat_style
from studyapp.ui.widgets.chat_texts import clock, day_label, failure_text

Index = QModelIndex | QPersistentModelIndex
PAD, GAP, MARGIN = 10, 3, 12
LINK = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)


def message_html(text: str, link_colour: str) -> str:
    """The message as HTML: escaped, line breaks kept, http(s) links made anchors."""
    parts, last = [], 0
    for match in LINK.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        url = match.group(0)
        parts.append(
            f'<a href="{html.escape(url, quote=True)}" style="color:{link_colour}">'
            f"{html.escape(url)}</a>"
        )
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts).replace("\n", "<br>")


@dataclass(frozen=True)
class BubbleLayout:
    bubble: QRect
    header: QRect
    text: QPointF
    status: QRect


class MessageDelegate(QStyledItemDelegate):
    link_activated = Signal(QUrl)
    retry_requested = Signal(UUID)

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._documents: dict[tuple[UUID, int, str], QTextDocument] = {}
        self._heights: dict[tuple[MessageRow, int, str], int] = {}

    # -- geometry -------------------------------------------------------------------------

    def _max_width(self) -> int:
        # From the view's width less a scroll bar whether one shows or not: the first
        # scroll bar to appear must not re-lay every bubble out at a new width.
        bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        inner = self.view.width() - 2 * self.view.frameWidth() - bar
        return max(160, int(inner * 0.72))

    def document(self, message: MessageView, palette: QPalette, font: QFont) -> QTextDocument:
        key = (message.uuid, self._max_width(), palette.color(QPalette.ColorRole.Link).name())
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) > 2000:
                self._documents.clear()
            doc = QTextDocument(self)
            doc.setDefaultFont(font)
            doc.setDocumentMargin(0)
            doc.setHtml(message_html(message.content, key[2]))
            doc.setTextWidth(self._max_width() - 2 * PAD)
            doc.setTextWidth(min(doc.idealWidth() + 1, self._max_width() - 2 * PAD))
            self._documents[key] = doc
        return doc

    def _small(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.88, 7))
        return small

    def layout(self, rect: QRect, row: MessageRow, palette: QPalette, font: QFont) -> BubbleLayout:
        message = row.message
        doc = self.document(message, palette, font)
        small = QFontMetrics(self._small(font))
        header_h = small.height() if row.show_sender else 0
        status_h = small.height() if message.state != "sent" else 0
        header_w = small.horizontalAdvance(self.header_text(row)) if header_h else 0
        status_w = small.horizontalAdvance(self.status_text(message)) if status_h else 0
        width = int(max(doc.size().width(), header_w, status_w)) + 2 * PAD
        width = min(width, self._max_width())
        height = int(doc.size().height()) + header_h + status_h + 2 * PAD - 2
        left = rect.right() - MARGIN - width if message.mine else rect.left() + MARGIN
        bubble = QRect(left, rect.top() + GAP, width, height)
        inner = bubble.adjusted(PAD, PAD - 2, -PAD, -PAD + 2)
        header = QRect(inner.left(), inner.top(), inner.width(), header_h)
        text = QPointF(inner.left(), inner.top() + header_h)
        status = QRect(inner.left(), bubble.bottom() - PAD + 2 - status_h, inner.width(), status_h)
        return BubbleLayout(bubble, header, text, status)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row = index.data(ROW_ROLE)
        font: QFont = option.font  # type: ignore[attr-defined]
        if isinstance(row, DayRow):
            return QSize(200, QFontMetrics(font).height() + 18)
        if not isinstance(row, MessageRow):
            return QSize(0, 0)
        width = self.view.viewport().width()
        key = (row, self._max_width(), font.key())
        height = self._heights.get(key)
        if height is None:  # a poll re-lays the whole list out: do the text layout once
            shape = self.layout(QRect(0, 0, width, 10), row, option.palette, font)  # type: ignore[attr-defined]
            height = shape.bubble.height() + 2 * GAP + (6 if row.show_sender else 0)
            if len(self._heights) > 5000:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    # -- texts ----------------------------------------------------------------------------

    def header_text(self, row: MessageRow) -> str:
        message = row.message
        if message.mine:
            return clock(message.timestamp)
        return f"{message.sender or self.tr('Unknown')} · {clock(message.timestamp)}"

    def status_text(self, message: MessageView) -> str:
        if message.state == SENDING:
            return self.tr("sending…")
        if message.state == FAILED:
            return self.tr("Failed — retry. %1").replace("%1", failure_text(message.failure))
        return ""

    # -- painting -------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(row, DayRow):
            self._paint_day(painter, option, row)
        elif isinstance(row, MessageRow):
            self._paint_message(painter, option, row)
        painter.restore()

    def _paint_day(self, painter: QPainter, option: QStyleOptionViewItem, row: DayRow) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text = day_label(row.day)
        font = self._small(option.font)  # type: ignore[attr-defined]
        font.setWeight(QFont.Weight.DemiBold)
        half = QFontMetrics(font).horizontalAdvance(text) // 2 + PAD
        middle = rect.center()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + MARGIN, middle.y(), middle.x() - half, middle.y())
        painter.drawLine(middle.x() + half, middle.y(), rect.right() - MARGIN, middle.y())
        painter.setFont(font)
        painter.setPen(chat_style.muted(palette))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_message(
        self, painter: QPainter, option: QStyleOptionViewItem, row: MessageRow
    ) -> None:
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        shape = self.layout(option.rect, row, palette, font)  # type: ignore[attr-defined]
        message = row.message
        fill = chat_style.own_bubble(palette) if message.mine else chat_style.other_bubble(palette)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(shape.bubble), 9, 9)
        if message.state == FAILED:
            painter.setPen(chat_style.error(palette))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(shape.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 9, 9)
        small = self._small(font)
        painter.setFont(small)
        if shape.header.height():
            self._paint_header(painter, shape.header, row, palette, small)
        doc = self.document(message, palette, font)
        painter.save()
        painter.translate(shape.text)
        doc.drawContents(painter)
        painter.restore()
        if shape.status.height():
            colour = (
                chat_style.error(palette) if message.state == FAILED else chat_style.muted(palette)
            )
            painter.setFont(small)
            painter.setPen(colour)
            align = Qt.AlignmentFlag.AlignRight if message.mine else Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                shape.status, align | Qt.AlignmentFlag.AlignVCenter, self.status_text(message)
            )

    def _paint_header(
        self, painter: QPainter, rect: QRect, row: MessageRow, palette: QPalette, small: QFont
    ) -> None:
        if row.message.mine:
            painter.setPen(chat_style.muted(palette))
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight, self.header_text(row))
            return
        bold = QFont(small)
        bold.setWeight(QFont.Weight.DemiBold)
        name = row.message.sender or self.tr("Unknown")
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, name)
        offset = QFontMetrics(bold).horizontalAdvance(name)
        painter.setFont(small)
        painter.setPen(chat_style.muted(palette))
        painter.drawText(
            rect.adjusted(offset, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft,
            f" · {clock(row.message.timestamp)}",
        )

    # -- clicks ---------------------------------------------------------------------------

    def hit(
        self, rect: QRect, row: MessageRow, palette: QPalette, font: QFont, pos: QPointF
    ) -> tuple[str, object]:
        """What is under ``pos``: ("link", QUrl), ("retry", uuid) or ("", None)."""
        shape = self.layout(rect, row, palette, font)
        if row.message.state == FAILED and shape.status.contains(pos.toPoint()):
            return "retry", row.message.uuid
        doc = self.document(row.message, palette, font)
        anchor = doc.documentLayout().anchorAt(pos - shape.text)
        url = QUrl(anchor)
        if anchor and url.scheme().lower() in ("http", "https"):
            return "link", url
        return "", None

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        row = index.data(ROW_ROLE)
        kinds = (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove)
        if not isinstance(row, MessageRow) or event.type() not in kinds:
            return super().editorEvent(event, model, option, index)
        assert isinstance(event, QMouseEvent)
        what, value = self.hit(option.rect, row, option.palette, option.font, event.position())  # type: ignore[attr-defined]
        if event.type() == QEvent.Type.MouseMove:
            cursor = Qt.CursorShape.PointingHandCursor if what else Qt.CursorShape.ArrowCursor
            self.view.viewport().setCursor(cursor)
            return False
        if event.button() != Qt.MouseButton.LeftButton or not what:
            return False
        if what == "link":
            self.link_activated.emit(value)
        else:
            self.retry_requested.emit(value)
        return True
