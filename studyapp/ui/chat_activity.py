"""Chat outside the chat page: the unread count for the sidebar, and desktop notifications.

One per ProfileSession (``chat_activity_for``), like the sync controller it
listens to. The chat page may not exist yet (pages are built on first visit),
so the count and the notifications live here.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from studyapp.core.chat.apply import IncomingMessage
from studyapp.core.chat.queries import unread_total
from studyapp.ui.context import ProfileSession
from studyapp.ui.notifier import Notifier, SilentNotifier
from studyapp.ui.sync_controller import controller_for

BODY_MAX = 140
_activities: weakref.WeakKeyDictionary[ProfileSession, ChatActivity] = weakref.WeakKeyDictionary()


def chat_activity_for(session: ProfileSession) -> ChatActivity:
    if session not in _activities:
        _activities[session] = ChatActivity(session)
    return _activities[session]


def _snippet(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= BODY_MAX else line[: BODY_MAX - 1] + "…"


def notification_text(messages: list[IncomingMessage]) -> tuple[str, str]:
    """Title and body for these new messages, in the pilot's language."""
    translate = QCoreApplication.translate  # this name, not tr: pyside6-lupdate reads it
    if len(messages) == 1:
        message = messages[0]
        title = translate("ChatActivity", "%1 in %2").replace("%1", message.sender)
        return title.replace("%2", message.conversation_title), _snippet(message.content)
    titles = list(dict.fromkeys(m.conversation_title for m in messages))
    count = translate("ChatActivity", "New messages: %1").replace("%1", str(len(messages)))
    return count, ", ".join(titles)


class ChatActivity(QObject):
    unread_changed = Signal(int)

    def __init__(self, session: ProfileSession) -> None:
        super().__init__(session.tasks)
        self.session = session
        self.unread = 0
        self.notifier: Notifier = SilentNotifier()
        self.should_notify: Callable[[], bool] = lambda: False
        controller = controller_for(session)
        controller.synced.connect(lambda _report: self.refresh_unread())
        controller.messages_arrived.connect(self._on_messages)

    def attach(self, notifier: Notifier, should_notify: Callable[[], bool]) -> None:
        """Notify through ``notifier`` whenever ``should_notify()`` says so (window, preference)."""
        self.notifier, self.should_notify = notifier, should_notify

    def refresh_unread(self) -> None:
        """Count unread messages off the GUI thread; ``unread_changed`` when the count moved."""
        session = self.session
        session.tasks.submit(
            unread_total, session.database, session.user_id, write=False, on_result=self._counted
        )

    def _counted(self, count: int) -> None:
        if count != self.unread:
            self.unread = count
            self.unread_changed.emit(count)

    def _on_messages(self, messages: list[IncomingMessage]) -> None:
        if messages and self.should_notify():
            self.notifier.notify(*notification_text(messages))
