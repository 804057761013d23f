"""Settings → Sync: sign in to (or create an account on) a sync server, sign out, sync now.

All work goes through the profile's SyncController, off the GUI thread. The
sign-in token goes to the OS keyring; without one the pilot may keep it for
this run only, and it is never written anywhere else. A plain http:// address
of another computer shows a warning and needs the pilot to tick their consent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.sync.urls import is_unencrypted_remote
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.sync_texts import sync_error, sync_field_error
from studyapp.ui.sync_controller import controller_for, error_code
from studyapp.ui.widgets.field_errors import FieldErrors
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.sync_status import SyncState

if TYPE_CHECKING:
    from studyapp.core.sync.service import SyncStatus


class SyncSection(Retranslating, QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSection")
        self.controller = controller_for(session)
        self.errors = FieldErrors(sync_field_error)
        self.intro, self.account_label = self._label("muted"), self._label()
        self.last_sync_label, self.error_label = self._label("muted"), self._label("error")
        self.keyring_label = self._label("error")
        self.url_edit = self._edit("syncServerUrlEdit")
        self.email_edit = self._edit("syncEmailEdit")
        self.password_edit = self._edit("syncPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(lambda: self._login(False))
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.textChanged.connect(self._url_changed)
        self.insecure_label = self._label("error")
        self.insecure_label.setObjectName("syncInsecureWarning")
        self.insecure_check = QCheckBox(self)
        self.insecure_check.setObjectName("syncAllowInsecureCheck")
        self.insecure_box = self._insecure_box()
        self.run_only_check = QCheckBox(self)
        self.run_only_check.setObjectName("syncRunOnlyCheck")
        self.run_only_check.toggled.connect(self._run_only_toggled)
        self.register_button = self._button("syncRegisterButton", lambda: self._login(True))
        self.sign_in_button = self._button("syncSignInButton", lambda: self._login(False))
        self.sign_out_button = self._button("syncSignOutButton", self._logout)
        self.sync_button = self._button("syncNowButton", self.controller.sync_now)
        self.url_label, self.email_label, self.password_label = (QLabel(self) for _ in range(3))
        self.form = QWidget(self)
        self._build_layout()
        self.controller.status_changed.connect(self.show_status)
        self.controller.state_changed.connect(self._state_changed)
        self.controller.login_failed.connect(self._login_failed)
        self.retranslate()
        self.show_status(self.controller.status)
        self.controller.refresh()

    def _label(self, role: str = "") -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        return label

    def _insecure_box(self) -> QWidget:
        """The warning and consent for plain http:// to another computer, shown only then."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.insecure_label)
        column.addWidget(self.insecure_check)
        box.hide()
        return box

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMinimumWidth(280)
        return edit

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        for label, field, edit in (
            (self.url_label, "server_url", self.url_edit),
            (self.email_label, "email", self.email_edit),
            (self.password_label, "password", self.password_edit),
        ):
            label.setBuddy(edit)
            form.addRow(label, self.errors.attach(field, edit, self.form))
            if field == "server_url":
                form.addRow("", self.insecure_box)
        signed_out_buttons = QHBoxLayout()
        signed_out_buttons.setSpacing(8)
        signed_out_buttons.addWidget(self.sign_in_button)
        signed_out_buttons.addWidget(self.register_button)
        signed_out_buttons.addStretch()
        form.addRow("", signed_out_buttons)
        signed_in_buttons = QHBoxLayout()
        signed_in_buttons.addWidget(self.sync_button)
        signed_in_buttons.addWidget(self.sign_out_button)
        signed_in_buttons.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in (self.intro, self.keyring_label, self.run_only_check, self.account_label):
            column.addWidget(widget)
        column.addWidget(self.form)
        column.addLayout(signed_in_buttons)
        column.addWidget(self.last_sync_label)
        column.addWidget(self.error_label)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Share gouge and examiners with other pilots through a sync server. "
                "StudyApp works fully without it."
            )
        )
        self.keyring_label.setText(
            self.tr(
                "This computer has no system keyring to keep your sign-in safely, "
                "so StudyApp cannot stay signed in between runs."
            )
        )
        for widget, text in (
            (self.url_edit, self.tr("Server address")),
            (self.email_edit, self.tr("Server account email")),
            (self.password_edit, self.tr("Server account password")),
            (self.run_only_check, self.tr("Keep me signed in for this run only")),
            (
                self.insecure_check,
                self.tr("I understand, allow an unencrypted connection to this server"),
            ),
            (self.register_button, self.tr("Create account")),
            (self.sign_in_button, self.tr("Sign in")),
            (self.sign_out_button, self.tr("Sign out")),
            (self.sync_button, self.tr("Sync now")),
        ):
            widget.setAccessibleName(text)
            if isinstance(widget, QPushButton | QCheckBox):
                widget.setText(text)
        self.insecure_label.setText(
            self.tr(
                "This address uses plain http://, not https://. Your password and your "
                "sign-in token would travel unencrypted: anyone on the networks between "
                "you and the server could read them and sign in as you."
            )
        )
        self.url_label.setText(self.tr("Server &address:"))
        self.email_label.setText(self.tr("&Email:"))
        self.password_label.setText(self.tr("&Password:"))
        self.errors.retranslate()
        self.show_status(self.controller.status)

    def show_status(self, status: SyncStatus | None) -> None:
        signed_in = status is not None and status.signed_in
        self._set_login_enabled(True)
        # Said only once known (the first status read checks the keyring off this thread).
        no_keyring = self.controller.has_keyring is False
        self.keyring_label.setVisible(no_keyring)
        self.run_only_check.setVisible(no_keyring and not signed_in)
        self.form.setVisible(not signed_in)
        self.sync_button.setVisible(signed_in)
        self.sign_out_button.setVisible(signed_in)
        self.account_label.setVisible(status is not None)
        self.last_sync_label.setVisible(signed_in)
        if status is None:
            self._show_error("")
            return
        if not self.url_edit.text():
            self.url_edit.setText(status.server_url)
            self.email_edit.setText(status.account_email)
        self.account_label.setText(self._account_text(status))
        self.last_sync_label.setText(self._last_sync_text(status))
        self._show_error(status.last_error or "")

    def _account_text(self, status: SyncStatus) -> str:
        if status.signed_in:
            text = self.tr("Signed in as %1 on %2.")
        else:
            text = self.tr("Signed out. Last used: %1 on %2.")
        text = text.replace("%1", status.account_email).replace("%2", status.server_url)
        if status.allow_insecure:
            text += " " + self.tr("The connection is not encrypted (plain http://).")
        return text

    def _last_sync_text(self, status: SyncStatus) -> str:
        if status.last_sync_at is None:
            when = self.tr("not yet")
        else:
            local = status.last_sync_at.astimezone()
            when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
        text = self.tr("Last sync: %1. Changes waiting to be sent: %2.")
        return text.replace("%1", when).replace("%2", str(status.queued))

    def _show_error(self, code: str) -> None:
        self.error_label.setVisible(bool(code))
        self.error_label.setText(self.tr("Last error: %1").replace("%1", sync_error(code)))

    def _state_changed(self, state: SyncState, _code: str) -> None:
        busy = state is SyncState.SYNCING
        self.sync_button.setEnabled(not busy)
        self.sync_button.setText(self.tr("Syncing…") if busy else self.tr("Sync now"))

    def _url_changed(self, text: str) -> None:
        """Consent is for one server: a changed address needs it again."""
        self.insecure_check.setChecked(False)
        self.insecure_box.setVisible(is_unencrypted_remote(text))

    def _run_only_toggled(self, checked: bool) -> None:
        self.controller.memory_only = checked

    def _login(self, register: bool) -> None:
        missing = {
            field: "required" if field != "server_url" else "invalid"
            for field, edit in (
                ("server_url", self.url_edit),
                ("email", self.email_edit),
                ("password", self.password_edit),
            )
            if not edit.text().strip()
        }
        if is_unencrypted_remote(self.url_edit.text()) and not self.insecure_check.isChecked():
            missing["server_url"] = "insecure"  # the core refuses it too; say so at once
        self.errors.show(missing)
        if missing:
            return
        self._set_login_enabled(False)
        self._show_error("")
        self.controller.login(
            self.url_edit.text().strip(),
            self.email_edit.text().strip(),
            self.password_edit.text(),
            register=register,
            allow_insecure=self.insecure_check.isChecked(),
        )

    def _login_failed(self, error: Exception) -> None:
        self._set_login_enabled(True)
        field_codes = getattr(error, "errors", None)  # ValidationError, or the server's Refused
        if isinstance(field_codes, dict) and field_codes:
            self.errors.show(field_codes)
        else:
            self._show_error(error_code(error))

    def _set_login_enabled(self, enabled: bool) -> None:
        self.register_button.setEnabled(enabled)
        self.sign_in_button.setEnabled(enabled)

    def _logout(self) -> None:
        self.password_edit.clear()
        self.controller.logout()
