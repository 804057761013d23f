"""Laptops with a chat page: a real data folder, its sync controller and a ChatPage on screen.

Several can live in one test process, each with its own database and TaskRunner,
all signed in to one real test server (optionally through a proxy that can be
switched off to play "no network").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.chat.queries import MessageView
from studyapp.core.sync import service as sync
from studyapp.core.sync.tokens import TokenStore
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.chat_page import ChatPage
from studyapp.ui.sync_controller import SyncController, controller_for
from studyapp.ui.tasks import TaskRunner
from tests.server.fault_proxy import FaultProxy
from tests.server.laptops import PASSWORD, Laptop, make_laptop

POLL_MS = 300  # the app polls every 3 s; tests do not need to wait that long


class SwitchableProxy(FaultProxy):
    """A proxy that, while ``offline``, closes every connection unanswered and forwards nothing."""

    offline = False

    def _handler(self) -> type:
        base = super()._handler()
        proxy = self

        class Handler(base):  # type: ignore[misc, valid-type]
            def _proxy(self, method: str) -> None:
                if proxy.offline:
                    self.close_connection = True
                    self.connection.close()
                    return
                super()._proxy(method)

        return Handler


def login(laptop: Laptop, server_url: str, email: str) -> None:
    """Create the account and sign in with the app's own timeouts: argon2 on a busy test
    machine can take longer than the fault tests' short read timeout."""
    sync.login(laptop.db, laptop.user_id, server_url, email, PASSWORD, laptop.tokens, register=True)


def sync_once(laptop: Laptop) -> None:
    sync.sync_now(laptop.db, laptop.user_id, laptop.tokens)


@dataclass
class ChatLaptop:
    core: Laptop
    session: ProfileSession
    controller: SyncController
    page: ChatPage

    @property
    def texts(self) -> list[str]:
        return self.page.view.model.texts()

    def messages(self) -> list[MessageView]:
        return self.page.view.model.messages

    def close(self) -> None:
        self.controller.stop()
        self.page.close()
        self.page.deleteLater()
        self.session.tasks.wait_for_idle()
        QApplication.processEvents()
        self.core.close()


def make_chat_laptop(
    qtbot: QtBot,
    folder: Path,
    first: str,
    last: str,
    backend: KeyringBackend,
    server_url: str | None,
) -> ChatLaptop:
    """A laptop whose profile ``first.lower()@example.com`` is signed in to ``server_url``."""
    email = f"{first.lower()}@example.com"
    core = make_laptop(folder, email, first, last)
    core.tokens = TokenStore(backend)  # the one the app's sync controller finds
    if server_url is not None:
        login(core, server_url, email)
    [profile] = accounts.list_profiles(core.db)
    session = ProfileSession(core.paths, core.db, TaskRunner(), profile)
    controller = controller_for(session)
    controller.poll_interval_ms = POLL_MS
    controller.start()
    page = ChatPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return ChatLaptop(core, session, controller, page)


def click_conversation(qtbot: QtBot, laptop: ChatLaptop, title: str) -> None:
    panel = laptop.page.panel
    row = next(n for n, summary in enumerate(panel.model.rows) if summary.title == title)
    rect = panel.list.visualRect(panel.model.index(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_message(qtbot: QtBot, laptop: ChatLaptop, *lines: str) -> None:
    """Type ``lines`` (Shift+Enter between them), press Enter, wait until the box is empty."""
    edit = laptop.page.view.compose.edit
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(edit, line)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.toPlainText() == "" and not edit.isReadOnly())


def message_point(laptop: ChatLaptop, content: str) -> tuple[QPoint, object]:
    """Where a message's status line is on screen, and its row's layout."""
    view = laptop.page.view
    row = next(
        n
        for n, item in enumerate(view.model.rows)
        if getattr(item, "message", None) and item.message.content == content  # type: ignore[union-attr]
    )
    index = view.model.index(row)
    rect = view.messages.visualRect(index)
    shape = view.delegate.layout(
        rect, view.model.rows[row], view.messages.palette(), view.messages.font()
    )  # type: ignore[arg-type]
    return shape.status.center(), shape
