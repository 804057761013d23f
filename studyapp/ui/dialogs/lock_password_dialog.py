"""Setting, changing or removing a profile's lock password."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from studyapp.core.errors import ValidationError
from studyapp.ui.context import ProfileSession
from studyapp.ui.widgets.field_errors import FieldErrors
from studyapp.ui.widgets.retranslating import Retranslating

SET, CHANGE, REMOVE = "set", "change", "remove"


class LockPasswordDialog(Retranslating, QDialog):
    """Accepted once the core saved the change; ``self.profile`` is the updated summary."""

    def __init__(self, session: ProfileSession, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPasswordDialog")
        self._session, self.mode = session, mode
        self.profile: ProfileSummary | None = None
        self.errors = FieldErrors()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current = self._edit("currentPasswordEdit")
        self.new = self._edit("newPasswordEdit")
        self.confirm = self._edit("confirmNewPasswordEdit")
        self._labels = [QLabel(self) for _ in range(3)]
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("savePasswordButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self.setMinimumWidth(460)
        self.retranslate()

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        rows = [
            ("current_password", self.current),
            ("new_password", self.new),
            ("confirm", self.confirm),
        ]
        if self.mode == SET:
            rows = rows[1:]
        elif self.mode == REMOVE:
            rows = rows[:1]
        for label, (field, editor) in zip(self._labels, rows, strict=False):
            label.setBuddy(editor)
            form.addRow(label, self.errors.attach(field, editor, self))
        for editor in (self.current, self.new, self.confirm):
            editor.setVisible(any(editor is e for _f, e in rows))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._rows = rows

    def retranslate(self) -> None:
        names = {
            "current_password": self.tr("Current password"),
            "new_password": self.tr("New password"),
            "confirm": self.tr("Confirm new password"),
        }
        for label, (field, editor) in zip(self._labels, self._rows, strict=False):
            label.setText(names[field] + ":")
            editor.setAccessibleName(names[field])
        titles = {
            SET: (
                self.tr("Set lock password"),
                self.tr("StudyApp will ask for this password before opening your profile."),
            ),
            CHANGE: (
                self.tr("Change lock password"),
                self.tr("Enter your current password, then the new one twice."),
            ),
            REMOVE: (
                self.tr("Remove lock password"),
                self.tr("Anyone using this computer will be able to open your profile."),
            ),
        }
        title, intro = titles[self.mode]
        self.setWindowTitle(title)
        self.intro.setText(intro)
        save = self.tr("Remove password") if self.mode == REMOVE else self.tr("Save password")
        self.save_button.setText(save)
        self.save_button.setAccessibleName(save)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def _local_errors(self) -> dict[str, str]:
        if self.mode == REMOVE:
            return {}
        if not self.new.text():
            return {"new_password": "required"}
        if self.new.text() != self.confirm.text():
            return {"confirm": "mismatch"}
        return {}

    def submit(self) -> None:
        errors = self._local_errors()
        self.errors.show(errors)
        if errors:
            return
        self.save_button.setEnabled(False)
        self._session.tasks.submit(
            accounts.set_lock_password,
            self._session.database,
            self._session.user_id,
            self.current.text() or None,
            None if self.mode == REMOVE else self.new.text(),
            on_result=self._on_saved,
            on_error=self._on_error,
        )

    def _on_saved(self, profile: ProfileSummary) -> None:
        self.profile = profile
        self.accept()

    def _on_error(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, ValidationError):
            raise error
        self.errors.show(error.errors)
        self.current.selectAll()
        self.current.setFocus()
