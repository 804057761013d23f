"""The honest placeholder for a page that a later version of StudyApp will fill in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from studyapp.ui.context import ProfileSession
from studyapp.ui.services import AppServices
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.section import centred

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate


def _texts(key: str) -> tuple[str, str]:
    """(headline, what the page will do) for the page ``key``."""
    texts = {
        "progress": (
            translate("EmptyState", "Your progress"),
            translate(
                "EmptyState",
                "See how much you have reviewed, your mock oral scores over time, and the "
                "areas that still need work.",
            ),
        ),
        "notifications": (
            translate("EmptyState", "Notifications"),
            translate(
                "EmptyState",
                "Reminders when reviews are due and news from your study group will appear here.",
            ),
        ),
    }
    return texts[key]


class EmptyStatePage(Retranslating, QWidget):
    """Says what the page will do and that it is not built yet; never shows made-up data."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"{key}Page")
        self.headline, self.body, self.status = QLabel(self), QLabel(self), QLabel(self)
        self.headline.setProperty("role", "heading")
        self.headline.setObjectName("emptyStateHeadline")
        for label in (self.headline, self.body, self.status):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.setProperty("role", "muted")
        self.status.setProperty("role", "muted")
        card = QFrame(self)
        card.setProperty("role", "card")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(12)
        for label in (self.headline, self.body, self.status):
            inner.addWidget(label)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(centred(card))
        outer.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        headline, body = _texts(self.key)
        self.headline.setText(headline)
        self.body.setText(body)
        self.status.setText(
            self.tr("This page is not built yet. It will arrive in a coming version of StudyApp.")
        )


def coming_later(key: str) -> Callable[[ProfileSession, AppServices], QWidget]:
    """A page factory for the placeholder of page ``key``."""

    def factory(_session: ProfileSession, _services: AppServices) -> QWidget:
        return EmptyStatePage(key)

    return factory
