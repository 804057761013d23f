"""The pages of the main window, in sidebar order: the one table to edit when a page is built.

To put a real page in place of a placeholder, change its factory, e.g.::

    PageSpec("gouge", QT_TRANSLATE_NOOP("Pages", "Gouge"), "clipboard",
             lambda session, _services: GougePage(session)),

A factory receives the page's ProfileSession (kept for the page's whole life:
the main window is rebuilt when the pilot switches profile) and the AppServices
(preferences, theme, language). Pages are created the first time they are shown.
Shortcuts follow the order here: Ctrl+1 for the first page, Ctrl+2 for the next...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.empty_state_page import coming_later
from studyapp.ui.pages.profile_page import ProfilePage
from studyapp.ui.pages.settings_page import SettingsPage
from studyapp.ui.pages.study_page import StudyPage
from studyapp.ui.services import AppServices

PageFactory = Callable[[ProfileSession, AppServices], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    #: English source text, marked for lupdate in the "Pages" context.
    title: str
    #: A name from studyapp.ui.widgets.line_icons.ICONS.
    icon: str
    factory: PageFactory

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


# Pages not shown at start-up are imported on their first visit: the mock oral
# page alone costs ~120 ms of imports, which every start would otherwise pay.
def _oral_page(session: ProfileSession, _services: AppServices) -> QWidget:
    from studyapp.ui.pages.oral_page import OralPage

    return OralPage(session)


def _browse_page(session: ProfileSession, _services: AppServices) -> QWidget:
    from studyapp.ui.pages.browse_page import BrowsePage

    return BrowsePage(session)


def _gouge_page(session: ProfileSession, _services: AppServices) -> QWidget:
    from studyapp.ui.pages.gouge_page import GougePage

    return GougePage(session)


def _chat_page(session: ProfileSession, _services: AppServices) -> QWidget:
    from studyapp.ui.pages.chat_page import ChatPage

    return ChatPage(session)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "study",
        QT_TRANSLATE_NOOP("Pages", "Study"),
        "cards",
        lambda session, _services: StudyPage(session),
    ),
    PageSpec("browse", QT_TRANSLATE_NOOP("Pages", "Browse"), "browse", _browse_page),
    PageSpec(
        "mock_oral",
        QT_TRANSLATE_NOOP("Pages", "Mock oral"),
        "microphone",
        _oral_page,
    ),
    PageSpec(
        "gouge",
        QT_TRANSLATE_NOOP("Pages", "Gouge"),
        "clipboard",
        _gouge_page,
    ),
    PageSpec("chat", QT_TRANSLATE_NOOP("Pages", "Chat"), "bubble", _chat_page),
    PageSpec("progress", QT_TRANSLATE_NOOP("Pages", "Progress"), "bars", coming_later("progress")),
    PageSpec(
        "notifications",
        QT_TRANSLATE_NOOP("Pages", "Notifications"),
        "bell",
        coming_later("notifications"),
    ),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "sliders", SettingsPage),
    PageSpec("profile", QT_TRANSLATE_NOOP("Pages", "Profile"), "person", ProfilePage),
)

SETTINGS_KEY = "settings"
