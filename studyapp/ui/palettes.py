"""The two full Fusion palettes (every role, every colour group) and the matching style sheet.

Setting every role matters: Fusion derives borders, shadows and disabled text
from a few roles, and a half-set palette gives unreadable text in dark mode.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@dataclass(frozen=True)
class Colours:
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    disabled_text: str
    placeholder: str
    border: str
    sidebar: str
    muted_text: str
    error: str
    success: str
    tooltip: str
    surface: str


LIGHT = Colours(
    window="#f4f5f7",
    window_text="#1d2430",
    base="#ffffff",
    alternate_base="#f0f2f5",
    text="#1d2430",
    button="#eceef2",
    highlight="#2463c9",
    highlighted_text="#ffffff",
    link="#1f5bbf",
    disabled_text="#9aa1ac",
    placeholder="#8a919c",
    border="#d3d7de",
    sidebar="#e8ebf0",
    muted_text="#5b6472",
    error="#b3261e",
    success="#1e7b3a",
    tooltip="#fffbe6",
    surface="#ffffff",
)

DARK = Colours(
    window="#1f2227",
    window_text="#e4e7ec",
    base="#17191d",
    alternate_base="#23272d",
    text="#e4e7ec",
    button="#2b3038",
    highlight="#3b78d8",
    highlighted_text="#ffffff",
    link="#7fb0ff",
    disabled_text="#6c737e",
    placeholder="#808894",
    border="#3a404a",
    sidebar="#181b1f",
    muted_text="#a3abb7",
    error="#ff8a80",
    success="#7bd88f",
    tooltip="#2b3038",
    surface="#262a31",
)


def colours(dark: bool) -> Colours:
    return DARK if dark else LIGHT


def build_palette(c: Colours) -> QPalette:
    palette = QPalette()
    base_roles = {
        Role.Window: c.window,
        Role.WindowText: c.window_text,
        Role.Base: c.base,
        Role.AlternateBase: c.alternate_base,
        Role.Text: c.text,
        Role.Button: c.button,
        Role.ButtonText: c.window_text,
        Role.BrightText: "#ffffff",
        Role.Highlight: c.highlight,
        Role.HighlightedText: c.highlighted_text,
        Role.Link: c.link,
        Role.LinkVisited: c.link,
        Role.ToolTipBase: c.tooltip,
        Role.ToolTipText: c.text,
        Role.PlaceholderText: c.placeholder,
        Role.Light: _shade(c.button, 150),
        Role.Midlight: _shade(c.button, 120),
        Role.Mid: c.border,
        Role.Dark: _shade(c.button, 60) if c is not DARK else "#101215",
        Role.Shadow: "#000000",
    }
    for role, colour in base_roles.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, QColor(c.disabled_text))
    palette.setColor(Group.Disabled, Role.Highlight, QColor(c.border))
    palette.setColor(Group.Disabled, Role.Base, QColor(c.window))
    palette.setColor(Group.Inactive, Role.Highlight, QColor(c.highlight))
    palette.setColor(Group.Inactive, Role.HighlightedText, QColor(c.highlighted_text))
    return palette


def _shade(colour: str, factor: int) -> str:
    shaded = QColor(colour)
    return (shaded.lighter(factor) if factor >= 100 else shaded.darker(200 - factor)).name()


def style_sheet(c: Colours) -> str:
    """The few touches a palette cannot express; widgets opt in with a ``role`` property."""
    return f"""
QListWidget#sidebar {{
    background: {c.sidebar}; border: none; outline: 0; padding: 8px 6px;
}}
QListWidget#sidebar::item {{
    padding: 8px 10px; margin: 1px 0; border-radius: 6px; color: {c.window_text};
}}
QListWidget#sidebar::item:hover {{ background: {c.alternate_base}; }}
QListWidget#sidebar::item:selected {{ background: {c.highlight}; color: {c.highlighted_text}; }}
QWidget#sidebarPanel {{ background: {c.sidebar}; }}
QToolButton#profileButton {{
    border: 1px solid {c.border}; border-radius: 6px; padding: 7px 10px; margin: 0 8px;
    background: {c.alternate_base}; text-align: left;
}}
QToolButton#profileButton:hover {{ border-color: {c.highlight}; }}
QToolButton#profileButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: center right; right: 2px;
}}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted_text}; }}
QLabel[role="error"] {{ color: {c.error}; }}
QLabel[role="success"] {{ color: {c.success}; }}
QFrame[role="card"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QStatusBar {{ border-top: 1px solid {c.border}; }}
"""
