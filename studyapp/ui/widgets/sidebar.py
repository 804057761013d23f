"""The left column of the main window: the page list and the profile button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.pages.registry import PageSpec
from studyapp.ui.widgets.line_icons import line_icon


class Sidebar(QWidget):
    """``page_chosen(key)`` when the pilot picks a page. The owner translates the texts."""

    page_chosen = Signal(str)

    def __init__(self, pages: tuple[PageSpec, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebarPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._pages = pages
        self._badges: dict[str, int] = {}  # page key -> count shown after its title
        self.brand = QLabel("StudyApp", self)
        self.brand.setProperty("role", "heading")
        self.brand.setContentsMargins(14, 14, 14, 6)
        self.list = QListWidget(self)
        self.list.setObjectName("sidebar")
        self.list.setIconSize(QSize(18, 18))
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for spec in pages:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
        self.list.currentRowChanged.connect(self._on_row)
        self.profile_button = QToolButton(self)
        self.profile_button.setObjectName("profileButton")
        self.profile_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.profile_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.profile_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.setSpacing(4)
        layout.addWidget(self.brand)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.profile_button)
        self.setFixedWidth(210)
        self.refresh_icons()

    def refresh_icons(self) -> None:
        """Redraw the page icons in the palette's colours (called again on a theme change)."""
        palette = self.palette()
        normal = palette.color(QPalette.ColorRole.WindowText)
        selected = palette.color(QPalette.ColorRole.HighlightedText)
        ratio = self.devicePixelRatioF()
        for row, spec in enumerate(self._pages):
            self.list.item(row).setIcon(line_icon(spec.icon, normal, selected, 18, ratio))
        self.profile_button.setIcon(line_icon("person", normal, normal, 16, ratio))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_icons()
        super().changeEvent(event)

    def set_profile_menu(self, menu: QMenu) -> None:
        self.profile_button.setMenu(menu)

    def set_texts(
        self, shortcuts: list[QKeySequence], list_name: str, profile_name: str, tip: str
    ) -> None:
        self.list.setAccessibleName(list_name)
        for row, (spec, shortcut) in enumerate(zip(self._pages, shortcuts, strict=True)):
            title = spec.translated_title()
            item = self.list.item(row)
            item.setText(self._title(spec))
            key = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({key})")
        self.profile_button.setText(profile_name)
        self.profile_button.setToolTip(tip)
        self.profile_button.setAccessibleName(tip)

    def _title(self, spec: PageSpec) -> str:
        count = self._badges.get(spec.key, 0)
        title = spec.translated_title()
        return f"{title}  ({count})" if count else title

    def set_badge(self, key: str, count: int) -> None:
        """A count after page ``key``'s title, e.g. unread chat messages; 0 removes it."""
        self._badges[key] = count
        for row, spec in enumerate(self._pages):
            if spec.key == key:
                self.list.item(row).setText(self._title(spec))

    def select(self, key: str) -> None:
        for row, spec in enumerate(self._pages):
            if spec.key == key:
                self.list.setCurrentRow(row)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.page_chosen.emit(self._pages[row].key)
