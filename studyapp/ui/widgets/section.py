"""A titled card that groups related controls on a page."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget


def centred(widget: QWidget) -> QHBoxLayout:
    """``widget`` centred between stretches.

    Not ``addWidget(widget, alignment=...)``: an aligned widget gets its size
    hint, and word-wrapped labels inside it are then cut off.
    """
    row = QHBoxLayout()
    # The widget takes most of the width up to its maximum; the stretches get the rest.
    row.addStretch(1)
    row.addWidget(widget, 20)
    row.addStretch(1)
    return row


def page_column(parent: QWidget, widgets: Iterable[QWidget]) -> QWidget:
    """``widgets`` stacked from the top in a column a reader's eye can follow (760 px at most)."""
    column = QWidget(parent)
    column.setMaximumWidth(760)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(32, 24, 32, 32)
    inner.setSpacing(18)
    for widget in widgets:
        inner.addWidget(widget)
    inner.addStretch()
    return column


def fill_with_scroll(page: QWidget, name: str, content: QWidget) -> QScrollArea:
    """``content`` scrolling, without a frame, over the whole of ``page``."""
    scroll = QScrollArea(page)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll


class Section(QFrame):
    """A card with a heading; add controls to ``body``. The owner translates the title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(self.body)

    def set_title(self, title: str) -> None:
        self.heading.setText(title)
