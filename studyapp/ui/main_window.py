"""The main window: a thin shell that wires the sidebar, the pages and the status bar.

It knows nothing of any page's content: pages come from pages/registry.py and
receive their ProfileSession and the AppServices. Switching profile builds a
new MainWindow, so everything here belongs to one profile.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QStackedWidget, QWidget

from studyapp.core.accounts.service import ProfileDetails, ProfileSummary
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.registry import PAGES, SETTINGS_KEY, PageSpec
from studyapp.ui.profile_menu import ProfileMenu
from studyapp.ui.services import AppServices
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.sidebar import Sidebar
from studyapp.ui.widgets.sync_status import SyncState, SyncStatusLabel
from studyapp.ui.window_geometry import restore_geometry, save_geometry

GEOMETRY_KEY = "mainWindow"


def page_shortcut(position: int) -> QKeySequence:
    return QKeySequence(f"Ctrl+{position + 1}")


class MainWindow(Retranslating, QMainWindow):
    switch_requested = Signal(object)  # ProfileSummary
    add_profile_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        session: ProfileSession,
        services: AppServices,
        profiles: list[ProfileSummary],
        pages: tuple[PageSpec, ...] = PAGES,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session, self._services, self._pages = session, services, pages
        self._profile_name = session.profile.display_name
        self.pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        self.sidebar = Sidebar(pages, self)
        self.sidebar.page_chosen.connect(self.show_page)
        self.profile_menu = ProfileMenu(session.profile, profiles, self)
        self.profile_menu.switch_requested.connect(self.switch_requested)
        self.profile_menu.add_requested.connect(self.add_profile_requested)
        self.profile_menu.edit_requested.connect(lambda: self.show_page("profile"))
        self.sidebar.set_profile_menu(self.profile_menu)
        self.sync_status = SyncStatusLabel(self)
        self.statusBar().addPermanentWidget(self.sync_status)
        self._build_central()
        self._build_menus()
        services.profile_updated.connect(self._on_profile_updated)
        self.retranslate()
        restore_geometry(self, session.paths, GEOMETRY_KEY)
        self.sidebar.select(pages[0].key)

    def _build_central(self) -> None:
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.go_menu = QMenu(self)
        self.page_actions: list[QAction] = []
        for position, spec in enumerate(self._pages):
            action = QAction(self)
            shortcuts = [page_shortcut(position)]
            if spec.key == SETTINGS_KEY:
                shortcuts.append(QKeySequence("Ctrl+,"))
            action.setShortcuts(shortcuts)
            action.setData(spec.key)
            action.triggered.connect(self._on_page_action)
            self.go_menu.addAction(action)
            self.page_actions.append(action)
        for menu in (self.file_menu, self.go_menu, self.profile_menu):
            self.menuBar().addMenu(menu)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("StudyApp — %1").replace("%1", self._profile_name))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        for action, spec in zip(self.page_actions, self._pages, strict=True):
            action.setText(spec.translated_title())
        shortcuts = [page_shortcut(position) for position in range(len(self._pages))]
        self.sidebar.set_texts(
            shortcuts,
            self.tr("Pages"),
            self._profile_name,
            self.tr("Profile: switch or add a profile"),
        )

    def show_page(self, key: str) -> QWidget:
        """Show page ``key``, creating it on its first visit (keeps start-up fast)."""
        page = self.pages.get(key)
        if page is None:
            spec = next(spec for spec in self._pages if spec.key == key)
            page = spec.factory(self.session, self._services)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.sidebar.select(key)
        return page

    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        return next((key for key, page in self.pages.items() if page is current), "")

    def set_sync_state(self, state: SyncState, detail: str = "") -> None:
        """The one place the sync engine reports to: off, offline, syncing, up to date, error."""
        self.sync_status.set_state(state, detail)

    def set_profiles(self, profiles: list[ProfileSummary]) -> None:
        self.profile_menu.set_profiles(profiles)

    def _on_page_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(action.data())

    def _on_profile_updated(self, details: ProfileDetails) -> None:
        self._profile_name = f"{details.first_name} {details.last_name}".strip()
        self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, self.session.paths, GEOMETRY_KEY)
        super().closeEvent(event)
        self.closed.emit()
