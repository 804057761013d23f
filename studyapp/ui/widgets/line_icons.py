"""The sidebar's line icons, drawn with QPainter in the palette's colours (no image files).

Drawn on a 24×24 grid and scaled, so they stay crisp at any size and follow the
theme: the sidebar asks for them again whenever the palette changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

Draw = Callable[[QPainter], None]


def _cards(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 7, 14, 12), 2, 2)
    p.drawPolyline([QPointF(7, 4), QPointF(19, 4), QPointF(21, 6), QPointF(21, 15)])


def _browse(p: QPainter) -> None:
    for y in (5, 10, 15):  # rows of a list
        p.drawLine(QPointF(3, y), QPointF(11, y))
    p.drawLine(QPointF(3, 20), QPointF(8, 20))
    p.drawEllipse(QPointF(15.5, 13.5), 4.5, 4.5)  # a magnifying glass over it
    p.drawLine(QPointF(18.8, 16.8), QPointF(21.5, 19.5))


def _microphone(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(9, 3, 6, 11), 3, 3)
    p.drawArc(QRectF(5.5, 5, 13, 13), 200 * 16, 140 * 16)
    p.drawLine(QPointF(12, 18), QPointF(12, 21))
    p.drawLine(QPointF(8.5, 21), QPointF(15.5, 21))


def _clipboard(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(5, 5, 14, 16), 2, 2)
    p.drawRoundedRect(QRectF(9, 3, 6, 4), 1, 1)
    for y in (11, 14.5, 18):
        p.drawLine(QPointF(8.5, y), QPointF(15.5, y))


def _bubble(p: QPainter) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(3, 4, 18, 12), 3, 3)
    p.drawPath(path)
    p.drawPolyline([QPointF(8, 16), QPointF(7, 20.5), QPointF(12, 16)])


def _bars(p: QPainter) -> None:
    p.drawLine(QPointF(3, 21), QPointF(21, 21))
    for x, top in ((6, 13), (12, 8), (18, 4)):
        p.drawRoundedRect(QRectF(x - 1.75, top, 3.5, 21 - top - 2.5), 1, 1)


def _bell(p: QPainter) -> None:
    path = QPainterPath(QPointF(5, 17))
    path.cubicTo(QPointF(7, 15), QPointF(6.5, 12), QPointF(6.5, 10))
    path.cubicTo(QPointF(6.5, 3.5), QPointF(17.5, 3.5), QPointF(17.5, 10))
    path.cubicTo(QPointF(17.5, 12), QPointF(17, 15), QPointF(19, 17))
    path.closeSubpath()
    p.drawPath(path)
    p.drawArc(QRectF(9.5, 17.5, 5, 4), 180 * 16, 180 * 16)


def _sliders(p: QPainter) -> None:
    for y, knob in ((6, 15), (12, 8), (18, 13)):
        p.drawLine(QPointF(3, y), QPointF(21, y))
        p.setBrush(p.pen().color())
        p.drawEllipse(QPointF(knob, y), 2.2, 2.2)
        p.setBrush(Qt.BrushStyle.NoBrush)


def _person(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 8), 4, 4)
    p.drawArc(QRectF(4.5, 14, 15, 12), 0, 180 * 16)


ICONS: dict[str, Draw] = {
    "cards": _cards,
    "browse": _browse,
    "microphone": _microphone,
    "clipboard": _clipboard,
    "bubble": _bubble,
    "bars": _bars,
    "bell": _bell,
    "sliders": _sliders,
    "person": _person,
}


def _pixmap(draw: Draw, colour: QColor, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    pen = QPen(colour, 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    draw(painter)
    painter.end()
    return pixmap


def line_icon(
    name: str, normal: QColor, selected: QColor, size: int = 18, ratio: float = 2.0
) -> QIcon:
    """Icon ``name`` in ``normal`` colour, and in ``selected`` colour on a selected row."""
    draw = ICONS.get(name)
    icon = QIcon()
    if draw is None:
        return icon
    icon.addPixmap(_pixmap(draw, normal, size, ratio), QIcon.Mode.Normal)
    icon.addPixmap(_pixmap(draw, selected, size, ratio), QIcon.Mode.Selected)
    return icon
