"""The Chat page: conversations on the left, the open one on the right.

This module is the controller. Reads go to the reader pool, writes (post, mark
read, leave, retry, discard) to the single writer, all through ``session.tasks``;
the views get the core's dataclasses. Chat travels through the profile's sync
controller: after every local change the page asks it for a round soon, and
every round it reports (``synced``) reloads what is shown, so others' messages
appear without a click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.chat import queries, service
from studyapp.core.chat.queries import (
    FAILED,
    ConversationSummary,
    MessageHit,
    MessageView,
    ParticipantView,
)
from studyapp.core.errors import ValidationError
from studyapp.ui.chat_activity import chat_activity_for
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import FormDialog, alive
from studyapp.ui.dialogs.new_conversation_dialog import InviteDialog, NewConversationDialog
from studyapp.ui.sync_controller import controller_for
from studyapp.ui.widgets.chat_texts import task_error
from studyapp.ui.widgets.conversation_list_panel import ConversationListPanel
from studyapp.ui.widgets.conversation_view import ConversationView
from studyapp.ui.widgets.retranslating import Retranslating

# Messages shown when a conversation opens, added per "Show earlier messages", and
# loaded to open a search hit (which may be older than the newest ones). Laying out
# a bubble costs the GUI thread ~0.4 ms: 150 stay well under a frame budget's worth.
FIRST_PAGE, EARLIER_PAGE, HIT_PAGE = 150, 300, 2000


class ChatPage(Retranslating, QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPage")
        self.session = session
        self.sync = controller_for(session)
        self.current: UUID | None = None
        self.limit = FIRST_PAGE
        self.active_dialog: FormDialog | None = None
        self.drafts: dict[UUID, str] = {}
        self.confirm_box: QMessageBox | None = None
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self._requests: dict[str, int] = {}
        self._build()
        self._connect()
        self.retranslate()
        self._show_sync_status(self.sync.status)
        self.reload()

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("chatSyncBanner")
        self.banner.setWordWrap(True)
        self.banner.setProperty("role", "card")
        self.banner.setContentsMargins(10, 8, 10, 8)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(lambda _link: self.open_sync_settings())
        self.panel = ConversationListPanel(self)
        self.view = ConversationView(self)
        self.placeholder = QLabel(self)
        self.placeholder.setProperty("role", "muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.view)
        self.status = QLabel(self)
        self.status.setObjectName("chatStatus")
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        self.status.hide()
        row = QHBoxLayout()
        row.addWidget(self.panel)
        row.addWidget(self.right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.panel.conversation_chosen.connect(self.open_conversation)
        self.panel.new_requested.connect(self.new_conversation)
        self.panel.search_changed.connect(self.search)
        self.panel.hit_chosen.connect(self.open_hit)
        view = self.view
        view.compose.send_requested.connect(self.send)
        view.leave_requested.connect(self.confirm_leave)
        view.earlier_requested.connect(self.show_earlier)
        view.delegate.retry_requested.connect(self.retry)
        view.delegate.link_activated.connect(lambda url: self.open_url(url))
        view.message_menu_requested.connect(self.show_message_menu)
        view.people.invite_requested.connect(self.invite)
        view.people.retry_requested.connect(self.retry)
        view.people.discard_requested.connect(self.discard)
        self.sync.synced.connect(self._on_synced)
        self.sync.status_changed.connect(self._show_sync_status)

    # -- running core work ----------------------------------------------------------------

    def _latest(self, kind: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        """Wraps a callback so only the answer to the newest request of ``kind`` is shown."""
        number = self._requests[kind] = self._requests.get(kind, 0) + 1

        def wrap(then: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: then(value) if self._requests[kind] == number else None

        return wrap

    def _read(self, kind: str, fn: Callable[..., Any], *args: Any, then: Callable) -> None:
        latest = self._latest(kind)
        session = self.session
        session.tasks.submit(
            fn,
            session.database,
            session.user_id,
            *args,
            write=False,
            on_result=alive(self, latest(then)),
            on_error=alive(self, self._failed),
        )

    def _write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        session = self.session

        def done(value: Any) -> None:
            self.status.hide()
            if then is not None:
                then(value)

        def error(problem: Exception) -> None:
            (failed or self._failed)(problem)

        session.tasks.submit(
            fn,
            session.database,
            session.user_id,
            *args,
            on_result=alive(self, done),
            on_error=alive(self, error),
        )

    def _failed(self, error: Exception) -> None:
        self.status.setText(task_error(error))
        self.status.show()

    def _changed(self, _value: object = None) -> None:
        """A local chat change was saved: show it, and have it sent soon."""
        self.reload()
        self.sync.request_sync()

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        self._read("conversations", queries.conversations, then=self._show_conversations)
        if self.current is not None:
            self.load_conversation()
        if self.panel.query():
            self.search(self.panel.query())

    def _show_conversations(self, rows: list[ConversationSummary]) -> None:
        self.panel.set_conversations(rows, self.current)
        summary = self.panel.model.summary(self.current)
        if summary is not None:
            self.view.show_summary(summary)
            if summary.unread and self.isVisible():
                self.mark_read()

    def load_conversation(self, *, scroll: bool = False, keep_top: UUID | None = None) -> None:
        wanted, limit = self.current, self.limit
        if wanted is None:
            return

        def messages(rows: list[MessageView]) -> None:
            if self.current == wanted:
                more = len(rows) >= limit
                self.view.set_messages(rows, scroll=scroll, more_before=more, keep_top=keep_top)

        def people(rows: list[ParticipantView]) -> None:
            if self.current == wanted:
                left = self.view.summary is not None and self.view.summary.left
                self.view.people.set_participants(rows, can_invite=not left)

        self._read("messages", queries.messages, wanted, limit, then=messages)
        self._read("participants", queries.participants, wanted, then=people)

    def show_earlier(self) -> None:
        """The pilot scrolled back: add the next older messages above those shown."""
        first = self.view.model.messages[0].uuid if self.view.model.messages else None
        self.limit += EARLIER_PAGE
        self.load_conversation(keep_top=first)

    def open_conversation(self, uuid: UUID) -> None:
        if uuid != self.current:
            compose = self.view.compose
            if self.current is not None and compose.text():
                self.drafts[self.current] = compose.text()  # each conversation keeps its draft
            self.current = uuid
            self.limit = FIRST_PAGE
            self.view.set_messages([])
            compose.edit.setPlainText(self.drafts.pop(uuid, ""))
            compose.show_error(None)
            self.panel.select(uuid)
        summary = self.panel.model.summary(uuid)
        if summary is not None:
            self.view.show_summary(summary)
        self.right.setCurrentWidget(self.view)
        self.load_conversation(scroll=True)
        self.mark_read()

    def mark_read(self) -> None:
        if self.current is None:
            return
        activity = chat_activity_for(self.session)

        def done(count: int) -> None:
            activity.refresh_unread()
            if count:
                self._read("conversations", queries.conversations, then=self._show_conversations)

        self._write(service.mark_read, self.current, then=done)

    def _on_synced(self, _report: object) -> None:
        self.reload()

    # -- search ---------------------------------------------------------------------------

    def search(self, text: str) -> None:
        self._read("search", queries.search, text, then=self.panel.set_hits)

    def open_hit(self, hit: MessageHit) -> None:
        self.open_conversation(hit.conversation_uuid)
        wanted = hit.message.uuid

        self.limit = HIT_PAGE  # the hit may be older than the newest messages
        limit = self.limit

        def show(rows: list[MessageView]) -> None:
            if self.current == hit.conversation_uuid:
                self.view.set_messages(rows, more_before=len(rows) >= limit)
                self.view.show_message(wanted)

        self._read("messages", queries.messages, hit.conversation_uuid, limit, then=show)

    # -- changes --------------------------------------------------------------------------

    def send(self, text: str) -> None:
        if self.current is None:
            return
        compose = self.view.compose
        compose.show_error(None)
        compose.set_enabled(False)

        def kept(_uuid: UUID) -> None:
            compose.set_enabled(True)
            compose.sent()
            self.load_conversation(scroll=True)
            self._changed()

        def refused(error: Exception) -> None:  # the text stays in the box: nothing is lost
            left = self.view.summary is not None and self.view.summary.left
            compose.set_enabled(not left)
            if isinstance(error, ValidationError):
                compose.show_error(next(iter(error.errors.values())))
                self.reload()
            else:
                self._failed(error)

        self._write(service.post_message, self.current, text, then=kept, failed=refused)

    def retry(self, uuid: UUID) -> None:
        self._write(service.retry, uuid, then=self._changed)

    def discard(self, uuid: UUID) -> None:
        self._write(service.discard, uuid, then=self._changed)

    def show_message_menu(self, message: MessageView, where: QPoint) -> None:
        menu = self.message_menu(message)
        if menu is not None:
            menu.popup(where)

    def message_menu(self, message: MessageView) -> QMenu | None:
        """Retry or discard for a message the server refused; nothing for the others."""
        if message.state != FAILED:
            return None
        menu = QMenu(self)
        menu.setObjectName("messageMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Retry sending"), lambda: self.retry(message.uuid))
        menu.addAction(self.tr("Discard message"), lambda: self.discard(message.uuid))
        return menu

    def new_conversation(self) -> None:
        dialog = NewConversationDialog(self.session, self)
        dialog.saved.connect(self._started)
        self._open_dialog(dialog)

    def _started(self, uuid: UUID) -> None:
        self.current = None
        self._changed()
        self.open_conversation(uuid)

    def invite(self) -> None:
        if self.current is not None:
            dialog = InviteDialog(self.session, self.current, self)
            dialog.saved.connect(self._changed)
            self._open_dialog(dialog)

    def _open_dialog(self, dialog: FormDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    def confirm_leave(self) -> None:
        summary = self.view.summary
        if summary is None or self.current is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave conversation"), "", parent=self)
        box.setObjectName("leaveConfirm")
        box.setText(self.tr("Leave “%1”?").replace("%1", summary.title))
        box.setInformativeText(
            self.tr(
                "Its messages stay here to read, but nothing new will arrive and you cannot post."
            )
        )
        leave = box.addButton(self.tr("Leave"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        conversation = self.current
        box.buttonClicked.connect(
            lambda button: self._leave(conversation) if button is leave else None
        )
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _leave(self, conversation: UUID) -> None:
        self._write(service.leave_conversation, conversation, then=self._changed)

    # -- sync state -----------------------------------------------------------------------

    def _show_sync_status(self, status: object) -> None:
        signed_in = bool(getattr(status, "signed_in", False))
        self.banner.setVisible(not signed_in)

    def open_sync_settings(self) -> None:
        """Settings → Sync, through the main window when the page lives in one."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if callable(show_page):
            show_page("settings")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.current is not None:
            self.mark_read()

    def retranslate(self) -> None:
        link = self.tr("Settings → Sync")
        self.banner.setText(
            self.tr(
                "Chat goes through the sync server, and this profile is not signed in. "
                "Messages you write are kept and sent once you sign in in %1."
            ).replace("%1", f'<a href="settings:sync">{link}</a>')
        )
        self.placeholder.setText(self.tr("Choose a conversation, or start a new one."))
