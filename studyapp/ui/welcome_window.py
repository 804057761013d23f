"""The first screen of a new installation: create the first profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.accounts.service import ProfileSummary
from studyapp.core.db import Database
from studyapp.ui.i18n import LANGUAGE_NAMES, LanguageManager
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.widgets.new_profile_form import NewProfileForm
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.section import centred


class WelcomeWindow(Retranslating, QWidget):
    """Shown when there is no profile yet. ``created(profile, language)`` once one exists."""

    created = Signal(object, str)
    closed = Signal()

    def __init__(self, database: Database, tasks: TaskRunner, language: LanguageManager) -> None:
        super().__init__()
        self.setObjectName("welcomeWindow")
        self._language = language
        self.form = NewProfileForm(database, tasks, self)
        self.form.created.connect(self._on_created)
        self.language_box = self._language_box()
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createProfileButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.form.submit)
        self.form.busy_changed.connect(lambda busy: self.create_button.setEnabled(not busy))
        self.title, self.intro, self.language_label = QLabel(self), QLabel(self), QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.intro.setWordWrap(True)
        self._build_layout()
        self.retranslate()
        self.resize(720, 640)

    def _language_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("welcomeLanguageBox")
        for code, name in LANGUAGE_NAMES.items():
            box.addItem(name, code)
        box.setCurrentIndex(box.findData(self._language.language))
        box.currentIndexChanged.connect(lambda: self._language.set_language(box.currentData()))
        return box

    def _build_layout(self) -> None:
        card = QFrame(self)
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        language_row = QHBoxLayout()
        language_row.addStretch()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_box)
        inner.addLayout(language_row)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addSpacing(6)
        inner.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        inner.addLayout(buttons)
        card.setMaximumWidth(600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch()
        outer.addLayout(centred(card))
        outer.addStretch()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to StudyApp"))
        self.title.setText(self.tr("Welcome to StudyApp"))
        self.intro.setText(
            self.tr(
                "Create your profile to start preparing for your checkride. Everything stays "
                "on this computer; you can add more profiles later from the Profile menu."
            )
        )
        self.language_label.setText(self.tr("Language:"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.create_button.setText(self.tr("Create profile"))
        self.create_button.setAccessibleName(self.tr("Create profile"))
        # Follow a switch made elsewhere without re-triggering one.
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(self._language.language))
        self.language_box.blockSignals(False)

    def _on_created(self, profile: ProfileSummary) -> None:
        self.created.emit(profile, self._language.language)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
