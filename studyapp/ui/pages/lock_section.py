"""The lock-password part of the Profile page: says whether it is on, offers set/change/remove."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.core.accounts.service import ProfileSummary
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.lock_password_dialog import CHANGE, REMOVE, SET, LockPasswordDialog
from studyapp.ui.widgets.retranslating import Retranslating


class LockSection(Retranslating, QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.locked = session.profile.has_password
        self.dialog: LockPasswordDialog | None = None
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setProperty("role", "muted")
        self.set_button = self._button("setPasswordButton", SET)
        self.change_button = self._button("changePasswordButton", CHANGE)
        self.remove_button = self._button("removePasswordButton", REMOVE)
        buttons = QHBoxLayout()
        for button in (self.set_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.retranslate()

    def _button(self, name: str, mode: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setProperty("mode", mode)
        button.clicked.connect(self._open_dialog)
        return button

    def retranslate(self) -> None:
        if self.locked:
            self.state.setText(
                self.tr("On: StudyApp asks for the password before opening this profile.")
            )
        else:
            self.state.setText(self.tr("Off: anyone using this computer can open this profile."))
        for button, text in (
            (self.set_button, self.tr("Set password…")),
            (self.change_button, self.tr("Change password…")),
            (self.remove_button, self.tr("Remove password…")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.set_button.setVisible(not self.locked)
        self.change_button.setVisible(self.locked)
        self.remove_button.setVisible(self.locked)

    def _open_dialog(self) -> None:
        mode = self.sender().property("mode")
        self.dialog = LockPasswordDialog(self._session, mode, self)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.open()

    def _on_finished(self, _result: int) -> None:
        profile: ProfileSummary | None = self.dialog.profile if self.dialog else None
        if profile is not None:
            self.locked = profile.has_password
            self.retranslate()
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
