"""The form that creates a profile: on the welcome screen and in the "Add profile" dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from studyapp.core.accounts import service as accounts
from studyapp.core.accounts.service import ProfileSummary
from studyapp.core.db import Database
from studyapp.core.errors import ValidationError
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.widgets.field_errors import FieldErrors
from studyapp.ui.widgets.retranslating import Retranslating


class NewProfileForm(Retranslating, QWidget):
    """Email, names and an optional lock password. ``created`` fires once the core saved it."""

    created = Signal(object)  # ProfileSummary
    busy_changed = Signal(bool)

    def __init__(
        self, database: Database, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._tasks = database, tasks
        self.errors = FieldErrors()
        self.email = self._line_edit("emailEdit")
        self.first_name = self._line_edit("firstNameEdit")
        self.last_name = self._line_edit("lastNameEdit")
        self.password = self._line_edit("passwordEdit", secret=True)
        self.confirm = self._line_edit("confirmPasswordEdit", secret=True)
        self._labels = [QLabel(self) for _ in range(5)]
        self.password_hint = QLabel(self)
        self.password_hint.setProperty("role", "muted")
        self.password_hint.setWordWrap(True)
        self._build_layout()
        self.retranslate()

    def _line_edit(self, name: str, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.returnPressed.connect(self.submit)
        return edit

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields = [
            ("email", self.email),
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("password", self.password),
        ]
        for label, (field, editor) in zip(self._labels, fields, strict=False):
            label.setBuddy(editor)
            form.addRow(label, self.errors.attach(field, editor, self))
        self._labels[4].setBuddy(self.confirm)
        form.addRow(self._labels[4], self.errors.attach("confirm", self.confirm, self))
        form.addRow(self.password_hint)

    def retranslate(self) -> None:
        texts = [
            self.tr("&Email:"),
            self.tr("&First name:"),
            self.tr("&Last name:"),
            self.tr("Lock &password:"),
            self.tr("&Confirm password:"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.password.setPlaceholderText(self.tr("Optional"))
        self.confirm.setPlaceholderText(self.tr("Only if you set a password"))
        self.password_hint.setText(
            self.tr(
                "The lock password is optional. Set one if others use this computer: "
                "StudyApp will ask for it before opening your profile."
            )
        )
        for editor, name in (
            (self.email, self.tr("Email")),
            (self.first_name, self.tr("First name")),
            (self.last_name, self.tr("Last name")),
            (self.password, self.tr("Lock password")),
            (self.confirm, self.tr("Confirm lock password")),
        ):
            editor.setAccessibleName(name)

    def submit(self) -> None:
        """Check the passwords here, then ask the core to create the profile off the GUI thread."""
        if self.password.text() != self.confirm.text():
            self.errors.show({"confirm": "mismatch"})
            self.confirm.setFocus()
            return
        self.errors.clear()
        self._set_busy(True)
        self._tasks.submit(
            accounts.create_profile,
            self._database,
            self.email.text(),
            self.first_name.text(),
            self.last_name.text(),
            self.password.text() or None,
            on_result=self._on_created,
            on_error=self._on_error,
        )

    def _on_created(self, profile: ProfileSummary) -> None:
        self._set_busy(False)
        self.created.emit(profile)

    def _on_error(self, error: Exception) -> None:
        self._set_busy(False)
        if not isinstance(error, ValidationError):
            raise error
        self.errors.show(error.errors)
        first = next(iter(error.errors))
        editor = {"email": self.email, "first_name": self.first_name, "last_name": self.last_name}
        editor.get(first, self.email).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)
        self.busy_changed.emit(busy)
