"""Fusion with one correction for the dark palette: visible check box and radio outlines.

Fusion draws those outlines from the Window colour made darker; on the dark
palette that is nearly the colour of the field behind them, so an unchecked box
vanishes. A style sheet cannot restyle just the outline without losing the
native check mark, so the indicators are drawn with a mid-grey Window colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

INDICATORS = frozenset(
    {
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    }
)
DARK_INDICATOR_WINDOW = QColor("#9aa1ac")


class StudyAppStyle(QProxyStyle):
    def __init__(self, dark: bool) -> None:
        super().__init__("Fusion")
        self._dark = dark

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if self._dark and element in INDICATORS:
            option = type(option)(option)
            option.palette.setColor(QPalette.ColorRole.Window, DARK_INDICATOR_WINDOW)
        super().drawPrimitive(element, option, painter, widget)
