"""Opening a profile: pick it, and type its lock password if it has one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.accounts import service as accounts
from studyapp.core.accounts.service import ProfileSummary
from studyapp.core.db import Database
from studyapp.core.errors import ValidationError
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.widgets.field_errors import FieldErrors
from studyapp.ui.widgets.retranslating import Retranslating


class SignInDialog(Retranslating, QDialog):
    """Accepted once the core opened the profile (``self.profile``); wrong password: says so."""

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        profiles: list[ProfileSummary],
        selected_id: int,
        *,
        can_choose: bool,
        at_start_up: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._database, self._tasks = database, tasks
        self._profiles = profiles
        self.profile: ProfileSummary | None = None
        self._at_start_up = at_start_up  # then cancelling quits StudyApp: the button says so
        self.errors = FieldErrors()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.profile_box = self._profile_box(selected_id, can_choose)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.profile_label, self.password_label = QLabel(self), QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openProfileButton")
        self.open_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._build_layout(can_choose)
        self.setMinimumWidth(460)
        self.retranslate()
        self._on_profile_changed()

    def _profile_box(self, selected_id: int, can_choose: bool) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("profileBox")
        for profile in self._profiles:
            box.addItem(f"{profile.display_name} <{profile.email}>", profile.id)
        box.setCurrentIndex(max(0, box.findData(selected_id)))
        box.setEnabled(can_choose)
        box.currentIndexChanged.connect(self._on_profile_changed)
        return box

    def _build_layout(self, can_choose: bool) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.profile_label.setBuddy(self.profile_box)
        self.password_label.setBuddy(self.password)
        form.addRow(self.profile_label, self.profile_box)
        form.addRow(self.password_label, self.errors.attach("password", self.password, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def selected(self) -> ProfileSummary:
        chosen = self.profile_box.currentData()
        return next(p for p in self._profiles if p.id == chosen)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open profile"))
        self.profile_label.setText(self.tr("&Profile:"))
        self.password_label.setText(self.tr("&Password:"))
        self.profile_box.setAccessibleName(self.tr("Profile"))
        self.password.setAccessibleName(self.tr("Lock password"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open profile"))
        cancel = self.tr("Quit StudyApp") if self._at_start_up else self.tr("Cancel")
        self.cancel_button.setText(cancel)
        self.cancel_button.setAccessibleName(cancel)
        self._update_intro()

    def _update_intro(self) -> None:
        if self.selected().has_password:
            self.intro.setText(self.tr("This profile is locked. Enter its password to open it."))
        else:
            self.intro.setText(self.tr("This profile has no lock password."))

    def _on_profile_changed(self) -> None:
        locked = self.selected().has_password
        self.password.setEnabled(locked)
        self.password.clear()
        self.errors.clear()
        self._update_intro()
        (self.password if locked else self.open_button).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        self.open_button.setEnabled(False)
        self._tasks.submit(
            accounts.open_profile,
            self._database,
            self.selected().id,
            self.password.text() or None,
            on_result=self._on_opened,
            on_error=self._on_error,
        )

    def _on_opened(self, profile: ProfileSummary) -> None:
        self.profile = profile
        self.accept()

    def _on_error(self, error: Exception) -> None:
        self.open_button.setEnabled(True)
        if not isinstance(error, ValidationError):
            raise error
        self.errors.show(error.errors)
        self.password.selectAll()
        self.password.setFocus()
