"""Adding another local profile, from the Profile menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from studyapp.core.accounts.service import ProfileSummary
from studyapp.core.db import Database
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.widgets.new_profile_form import NewProfileForm
from studyapp.ui.widgets.retranslating import Retranslating


class AddProfileDialog(Retranslating, QDialog):
    """The welcome form in a dialog; accepted once the profile exists (``self.profile``)."""

    def __init__(self, database: Database, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("addProfileDialog")
        self.profile: ProfileSummary | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.form = NewProfileForm(database, tasks, self)
        self.form.created.connect(self._on_created)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addProfileButton")
        self.add_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.form.submit)
        self.buttons.rejected.connect(self.reject)
        self.form.busy_changed.connect(lambda busy: self.add_button.setEnabled(not busy))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add profile"))
        self.intro.setText(
            self.tr("Each profile keeps its own cards, sessions, progress and settings.")
        )
        self.add_button.setText(self.tr("Add profile"))
        self.add_button.setAccessibleName(self.tr("Add profile"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def _on_created(self, profile: ProfileSummary) -> None:
        self.profile = profile
        self.accept()
