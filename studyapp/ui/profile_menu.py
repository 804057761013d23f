"""The Profile menu: switch to another profile, add one, or edit the current one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from studyapp.core.accounts.service import ProfileSummary
from studyapp.ui.widgets.retranslating import Retranslating


class ProfileMenu(Retranslating, QMenu):
    switch_requested = Signal(object)  # ProfileSummary
    add_requested = Signal()
    edit_requested = Signal()

    def __init__(
        self, current: ProfileSummary, profiles: list[ProfileSummary], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileMenu")
        self._current = current
        self._profiles: list[ProfileSummary] = []
        self.profile_actions: list[QAction] = []
        self._group = QActionGroup(self)
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(self.edit_requested)
        self.add_action = QAction(self)
        self.add_action.triggered.connect(self.add_requested)
        self.set_profiles(profiles)

    def set_profiles(self, profiles: list[ProfileSummary]) -> None:
        self._profiles = profiles
        self.clear()
        self.profile_actions = []
        for profile in profiles:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(profile.id == self._current.id)
            action.setData(profile.id)
            action.triggered.connect(self._on_profile_action)
            self._group.addAction(action)
            self.addAction(action)
            self.profile_actions.append(action)
        self.addSeparator()
        self.addAction(self.edit_action)
        self.addAction(self.add_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Profile"))
        self.edit_action.setText(self.tr("Edit my profile"))
        self.add_action.setText(self.tr("Add profile…"))
        for action, profile in zip(self.profile_actions, self._profiles, strict=True):
            text = f"{profile.display_name} <{profile.email}>"
            if profile.has_password:
                text = self.tr("%1 (locked)").replace("%1", text)
            action.setText(text)

    def _on_profile_action(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        chosen = next(p for p in self._profiles if p.id == action.data())
        # Keep the check on the open profile until the switch really happens.
        for other in self.profile_actions:
            other.setChecked(other.data() == self._current.id)
        if chosen.id != self._current.id:
            self.switch_requested.emit(chosen)
