"""Start a conversation (title, optional topic, emails to invite), or invite one more person.

Both are core writes on the writer task (studyapp.core.chat.service); the core's
field errors show under their fields in the pilot's words. Invitations travel
with the next sync; the participants panel shows them as "inviting…" until the
server answers.
"""

from __future__ import annotations

import re
from uuid import UUID

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from studyapp.core.chat import service
from studyapp.core.chat.rules import TITLE_MAX, TOPIC_MAX
from studyapp.core.errors import ValidationError
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import FormDialog
from studyapp.ui.widgets import chat_texts

SEPARATORS = re.compile(r"[\s,;]+")


def split_emails(text: str) -> tuple[str, ...]:
    return tuple(part for part in SEPARATORS.split(text) if part)


class ChatFormDialog(FormDialog):
    field_sentence = staticmethod(chat_texts.field_error)
    task_sentence = staticmethod(chat_texts.task_error)


class NewConversationDialog(ChatFormDialog):
    """``saved`` carries the new conversation's UUID."""

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("newConversationDialog")
        self.title_label, self.topic_label, self.invite_label = (QLabel(self) for _ in range(3))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("conversationTitleEdit")
        self.title_edit.setMaxLength(TITLE_MAX + 1)  # one over, so "too long" can be said
        self.title_edit.setMinimumWidth(380)
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("conversationTopicEdit")
        self.topic_edit.setMaxLength(TOPIC_MAX + 1)
        self.invite_edit = QLineEdit(self)
        self.invite_edit.setObjectName("conversationInviteEdit")
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.add_row(self.title_label, "title", self.title_edit)
        self.add_row(self.topic_label, "topic", self.topic_edit)
        self.add_row(self.invite_label, "invite", self.invite_edit)
        self.form.addRow("", self.hint)
        self._bad_email = ""
        self.retranslate()

    def save(self) -> None:
        emails = split_emails(self.invite_edit.text())
        self._emails = emails
        db, user_id = self.session.database, self.session.user_id
        title, topic = self.title_edit.text(), self.topic_edit.text()
        self.submit(service.start_conversation, db, user_id, title, topic, invite=emails)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            error = ValidationError(self._by_field(error.errors))
        super()._failed(error)
        if self._bad_email and "invite" in self.errors.visible():
            label = self.errors.labels["invite"]
            label.setText(f"{label.text()} ({self._bad_email})")

    def _by_field(self, errors: dict[str, str]) -> dict[str, str]:
        """``invite.N`` (the Nth email) becomes the invite field, naming the email."""
        shown: dict[str, str] = {}
        self._bad_email = ""
        for field, code in errors.items():
            if field.startswith("invite."):
                position = int(field.split(".")[1])
                self._bad_email = self._emails[position] if position < len(self._emails) else ""
                field = "invite"
            shown.setdefault(field, code)
        return shown

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New conversation"))
        self.title_label.setText(self.tr("&Title:"))
        self.topic_label.setText(self.tr("T&opic (optional):"))
        self.invite_label.setText(self.tr("&Invite:"))
        self.title_edit.setAccessibleName(self.tr("Conversation title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Checkride prep, Tuesday group"))
        self.topic_edit.setAccessibleName(self.tr("Conversation topic"))
        self.topic_edit.setPlaceholderText(self.tr("e.g. Weather theory and METARs"))
        self.invite_edit.setAccessibleName(self.tr("Emails to invite"))
        self.invite_edit.setPlaceholderText(self.tr("name@example.com, another@example.com"))
        self.hint.setText(
            self.tr(
                "Invite people by the email of their StudyApp sync account. "
                "Invitations are sent with the next sync."
            )
        )
        self.retranslate_buttons()
        self.save_button.setText(self.tr("Start"))
        self.save_button.setAccessibleName(self.tr("Start the conversation"))


class InviteDialog(ChatFormDialog):
    """Invite one more person to ``conversation``."""

    def __init__(
        self, session: ProfileSession, conversation: UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("inviteDialog")
        self.conversation = conversation
        self.email_label = QLabel(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("inviteEmailEdit")
        self.email_edit.setMinimumWidth(320)
        self.add_row(self.email_label, "email", self.email_edit)
        self.retranslate()

    def save(self) -> None:
        db, user_id = self.session.database, self.session.user_id
        self.submit(service.invite, db, user_id, self.conversation, self.email_edit.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Invite someone"))
        self.email_label.setText(self.tr("&Email:"))
        self.email_edit.setAccessibleName(self.tr("Email to invite"))
        self.email_edit.setPlaceholderText(self.tr("Their StudyApp sync account's email"))
        self.retranslate_buttons()
        self.save_button.setText(self.tr("Invite"))
        self.save_button.setAccessibleName(self.tr("Send the invitation"))
