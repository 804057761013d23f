"""Small charts drawn with QPainter (QtCharts is deprecated since Qt 6.10).

``StackedBarChart`` draws one horizontal 100 % bar per row, each with a caption
line that names every segment with its count, so the caption doubles as the
legend and the chart reads correctly without colour. The same text is the
widget's accessible description, for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# Mid-tone hues that keep white text legible and stand out on light and dark bases.
GOOD, FAIR, BAD = "#2e9d57", "#d99a1e", "#d0483c"

_BAR_HEIGHT = 16
_ROW_GAP = 10
_RADIUS = 4


@dataclass(frozen=True)
class Segment:
    label: str
    value: int
    colour: str


@dataclass(frozen=True)
class BarRow:
    title: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)

    def caption(self, empty_text: str) -> str:
        if self.total == 0:
            return f"{self.title}: {empty_text}"
        parts = " · ".join(f"{s.value} {s.label}" for s in self.segments)
        return f"{self.title}: {parts}"


class StackedBarChart(QWidget):
    """Rows of proportional bars; call ``set_rows`` with fresh data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[BarRow, ...] = ()
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def rows(self) -> tuple[BarRow, ...]:
        return self._rows

    def set_rows(self, rows: tuple[BarRow, ...], empty_text: str) -> None:
        self._rows, self._empty_text = rows, empty_text
        self.setAccessibleDescription(". ".join(r.caption(empty_text) for r in rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4 + _BAR_HEIGHT + _ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self._rows)) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = 0
        for row in self._rows:
            self._paint_row(painter, row, top)
            top += self._row_height()
        painter.end()

    def _paint_row(self, painter: QPainter, row: BarRow, top: int) -> None:
        text_height = self.fontMetrics().height()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        caption = QRectF(0, top, self.width(), text_height)
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, row.caption(self._empty_text))
        bar = QRectF(0.5, top + text_height + 4.5, self.width() - 1, _BAR_HEIGHT)
        self._paint_track(painter, bar)
        if row.total:
            self._paint_segments(painter, row, bar)

    def _paint_track(self, painter: QPainter, bar: QRectF) -> None:
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, _RADIUS, _RADIUS)

    def _paint_segments(self, painter: QPainter, row: BarRow, bar: QRectF) -> None:
        painter.save()
        # Clip to the rounded track so only the outer ends are rounded.
        outline = QPainterPath()
        outline.addRoundedRect(bar, _RADIUS, _RADIUS)
        painter.setClipPath(outline)
        left = bar.left()
        for segment in row.segments:
            width = bar.width() * segment.value / row.total
            if width <= 0:
                continue
            piece = QRectF(left, bar.top(), width, bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(segment.colour))
            painter.drawRect(piece)
            self._paint_count(painter, piece, segment.value)
            left += width
        painter.restore()

    def _paint_count(self, painter: QPainter, piece: QRectF, value: int) -> None:
        text = str(value)
        if self.fontMetrics().horizontalAdvance(text) + 6 > piece.width():
            return
        painter.setPen(QColor("#ffffff"))
        painter.drawText(piece, Qt.AlignmentFlag.AlignCenter, text)
