"""Colours the chat delegates paint with, derived from the application palette.

Taken from the palette at paint time, so a theme switch repaints correctly
without the delegates keeping any state.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from studyapp.ui.palettes import colours

Role = QPalette.ColorRole


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Base).lightness() < 128


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def own_bubble(palette: QPalette) -> QColor:
    return mix(
        palette.color(Role.Base), palette.color(Role.Highlight), 0.28 if is_dark(palette) else 0.16
    )


def other_bubble(palette: QPalette) -> QColor:
    return (
        palette.color(Role.AlternateBase)
        if not is_dark(palette)
        else mix(palette.color(Role.Base), palette.color(Role.Text), 0.1)
    )


def muted(palette: QPalette) -> QColor:
    return QColor(colours(is_dark(palette)).muted_text)


def error(palette: QPalette) -> QColor:
    return QColor(colours(is_dark(palette)).error)


def link(palette: QPalette) -> QColor:
    return palette.color(Role.Link)
