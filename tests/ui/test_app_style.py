"""Check box and radio outlines stay visible on the dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from studyapp.ui.theme import ThemeManager


def outline_contrast(widget: QCheckBox | QRadioButton, element: QStyle.SubElement) -> int:
    """How much the lightest pixel of the indicator stands out from its darkest (0-255)."""
    option = QStyleOptionButton()
    option.initFrom(widget)
    rect = widget.style().subElementRect(element, option, widget)
    image = widget.grab().toImage()
    values = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]
    return max(values) - min(values)


@pytest.mark.parametrize(
    ("widget_type", "element"),
    [
        (QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
        (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator),
    ],
)
@pytest.mark.parametrize("theme", ["dark", "light"])
def test_unchecked_indicator_outline_is_visible(
    qtbot: QtBot, widget_type: type, element: QStyle.SubElement, theme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = ThemeManager(app)
    manager.set_theme(theme)
    widget = widget_type("Unchecked")
    qtbot.addWidget(widget)
    widget.show()
    assert outline_contrast(widget, element) >= 60
    manager.set_theme("light")
