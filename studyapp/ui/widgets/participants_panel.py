"""The people of one conversation: who joined when, who left when, invitations on their way.

A failed invitation (the server knows no account with that email) can be sent
again or discarded; the page does both through the core.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from studyapp.core.chat.queries import INVITE_FAILED, ParticipantView
from studyapp.ui.models.participant_list_model import PARTICIPANT_ROLE, ParticipantListModel
from studyapp.ui.widgets.retranslating import Retranslating


class ParticipantsPanel(Retranslating, QWidget):
    retry_requested = Signal(UUID)
    discard_requested = Signal(UUID)
    invite_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPanel")
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.model = ParticipantListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("participantList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("inviteButton")
        self.invite_button.clicked.connect(self.invite_requested)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryInviteButton")
        self.retry_button.clicked.connect(lambda: self._emit(self.retry_requested))
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discardInviteButton")
        self.discard_button.clicked.connect(lambda: self._emit(self.discard_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.invite_button)
        self.setMinimumWidth(240)
        self.retranslate()
        self._update_buttons()

    def set_participants(self, rows: list[ParticipantView], can_invite: bool) -> None:
        chosen = self.failed_invite()
        self.model.set_participants(rows)
        for row, view in enumerate(rows):
            if chosen is not None and view.invite_uuid == chosen:
                self.list.setCurrentIndex(self.model.index(row))
        if self.failed_invite() is None:  # point at the first failure, so its buttons show
            first = next((n for n, v in enumerate(rows) if v.state == INVITE_FAILED), -1)
            if first >= 0:
                self.list.setCurrentIndex(self.model.index(first))
        self.invite_button.setEnabled(can_invite)
        self._update_buttons()

    def failed_invite(self) -> UUID | None:
        view: ParticipantView | None = self.list.currentIndex().data(PARTICIPANT_ROLE)
        if view is not None and view.state == INVITE_FAILED:
            return view.invite_uuid
        return None

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        invite = self.failed_invite()
        if invite is not None:
            signal.emit(invite)  # type: ignore[attr-defined]

    def _update_buttons(self) -> None:
        failed = self.failed_invite() is not None
        self.retry_button.setVisible(failed)
        self.discard_button.setVisible(failed)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("People"))
        self.list.setAccessibleName(self.tr("People in this conversation"))
        self.invite_button.setText(self.tr("Invite…"))
        self.invite_button.setAccessibleName(self.tr("Invite someone by email"))
        self.retry_button.setText(self.tr("Retry invitation"))
        self.retry_button.setAccessibleName(self.tr("Retry the failed invitation"))
        self.discard_button.setText(self.tr("Discard invitation"))
        self.discard_button.setAccessibleName(self.tr("Discard the failed invitation"))
