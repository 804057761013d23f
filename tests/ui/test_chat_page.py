"""The Chat page with real widgets: two laptops chat through a real server, also across an outage.

Each laptop has its own data folder, database, TaskRunner and sync controller in
this one process; messages are typed into the compose box and sent with Enter,
and the other side's page shows them with no click (the controller's live poll).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.chat import queries, service
from studyapp.core.chat.apply import IncomingMessage
from studyapp.core.chat.rules import MESSAGE_MAX
from studyapp.core.db import Database
from studyapp.core.sync import service as sync
from studyapp.core.sync.tokens import TokenStore
from studyapp.ui.app_controller import AppController
from studyapp.ui.chat_activity import chat_activity_for, notification_text
from studyapp.ui.dialogs.new_conversation_dialog import InviteDialog, NewConversationDialog
from studyapp.ui.notifier import SilentNotifier, make_notifier
from studyapp.ui.pages.chat_page import EARLIER_PAGE, FIRST_PAGE, ChatPage
from tests.server.file_keyring import FileKeyring
from tests.server.harness import (
    ServerProcess,
    server_fixture,  # noqa: F401  (the `server` fixture)
)
from tests.server.laptops import PASSWORD, make_laptop
from tests.ui.chat_laptops import (
    ChatLaptop,
    SwitchableProxy,
    click_conversation,
    login,
    make_chat_laptop,
    message_point,
    sync_once,
    type_message,
)
from tests.ui.conftest import wait_for_main

LIVE_MS = 10_000  # others' messages must show within this, with no click
OFFLINE = ("offline one", "offline two", "offline three")


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    file_keyring = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(file_keyring)
    yield file_keyring
    keyring.set_keyring(before)


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[SwitchableProxy]:
    between = SwitchableProxy(server.url)
    yield between
    between.close()


@pytest.fixture
def ana(
    qtbot: QtBot, tmp_path: Path, backend: KeyringBackend, proxy: SwitchableProxy
) -> Iterator[ChatLaptop]:
    laptop = make_chat_laptop(qtbot, tmp_path / "ana", "Ana", "Zebrowski", backend, proxy.url)
    yield laptop
    laptop.close()


@pytest.fixture
def bo(
    qtbot: QtBot, tmp_path: Path, backend: KeyringBackend, server: ServerProcess
) -> Iterator[ChatLaptop]:
    laptop = make_chat_laptop(qtbot, tmp_path / "bo", "Bo", "Lindqvist", backend, server.url)
    yield laptop
    laptop.close()


def titles(laptop: ChatLaptop) -> list[str]:
    return [summary.title for summary in laptop.page.panel.model.rows]


def unread(laptop: ChatLaptop, title: str) -> int:
    return next(s.unread for s in laptop.page.panel.model.rows if s.title == title)


def start_conversation(qtbot: QtBot, laptop: ChatLaptop, title: str, invite: str) -> None:
    page = laptop.page
    qtbot.mouseClick(page.panel.new_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, NewConversationDialog)
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.invite_edit, invite)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.summary is not None and page.view.summary.title == title)


def test_two_laptops_chat_in_the_gui_including_a_stretch_offline(
    qtbot: QtBot, ana: ChatLaptop, bo: ChatLaptop, proxy: SwitchableProxy
) -> None:
    start_conversation(qtbot, ana, "Tuesday group", "bo@example.com")
    qtbot.waitUntil(lambda: titles(bo) == ["Tuesday group"], timeout=LIVE_MS)
    click_conversation(qtbot, bo, "Tuesday group")
    qtbot.waitUntil(lambda: bo.page.view.summary is not None)

    type_message(qtbot, ana, "Hello Bo, the GFA: https://aviationweather.gov/gfa")
    assert ana.page.view.compose.text() == ""
    qtbot.waitUntil(
        lambda: bo.texts == ["Hello Bo, the GFA: https://aviationweather.gov/gfa"], timeout=LIVE_MS
    )
    [seen] = bo.messages()
    assert (seen.sender, seen.mine) == ("Ana Zebrowski", False)
    type_message(qtbot, bo, "line one", "line two")
    qtbot.waitUntil(lambda: ana.texts[-1:] == ["line one\nline two"], timeout=LIVE_MS)

    proxy.offline = True
    for text in OFFLINE:
        type_message(qtbot, ana, text)
    qtbot.waitUntil(lambda: ana.texts[-3:] == list(OFFLINE))
    delegate = ana.page.view.delegate
    assert [delegate.status_text(m) for m in ana.messages()[-3:]] == ["sending…"] * 3
    qtbot.waitUntil(lambda: ana.controller.code == "offline", timeout=30_000)
    assert not set(OFFLINE) & set(bo.texts)  # nothing got through the dead link

    proxy.offline = False
    qtbot.waitUntil(lambda: bo.texts[-3:] == list(OFFLINE), timeout=30_000)
    assert [bo.texts.count(text) for text in OFFLINE] == [1, 1, 1]
    qtbot.waitUntil(lambda: {m.state for m in ana.messages()} == {queries.SENT}, timeout=LIVE_MS)
    assert ana.texts == bo.texts


def test_unread_counts_clear_on_opening_then_search_and_leave(
    qtbot: QtBot, ana: ChatLaptop, bo: ChatLaptop
) -> None:
    start_conversation(qtbot, ana, "Tuesday group", "bo@example.com")
    type_message(qtbot, ana, "Bring the METAR for KRHV")
    start_conversation(qtbot, ana, "Debrief", "bo@example.com")
    type_message(qtbot, ana, "Fuel planning was good")
    type_message(qtbot, ana, "Next: diversions")
    qtbot.waitUntil(lambda: sorted(titles(bo)) == ["Debrief", "Tuesday group"], timeout=LIVE_MS)
    qtbot.waitUntil(lambda: unread(bo, "Debrief") == 2, timeout=LIVE_MS)
    assert unread(bo, "Tuesday group") == 1

    click_conversation(qtbot, bo, "Debrief")
    qtbot.waitUntil(lambda: unread(bo, "Debrief") == 0)
    assert unread(bo, "Tuesday group") == 1
    qtbot.waitUntil(lambda: bo.texts == ["Fuel planning was good", "Next: diversions"])
    assert queries.unread_total(bo.core.db, bo.core.user_id) == 1
    assert queries.unread_total(ana.core.db, ana.core.user_id) == 0  # read state stays local

    qtbot.keyClicks(bo.page.view.compose.edit, "half-written")  # a draft, not sent
    qtbot.keyClicks(bo.page.panel.search_edit, "metar")
    results = bo.page.panel.results
    qtbot.waitUntil(lambda: results.model().rowCount() == 1)
    assert bo.page.panel.stack.currentWidget() is results
    rect = results.visualRect(results.model().index(0, 0))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bo.texts == ["Bring the METAR for KRHV"])
    assert bo.page.view.summary is not None and bo.page.view.summary.title == "Tuesday group"
    assert bo.page.view.compose.text() == ""  # the draft stays with its conversation
    qtbot.waitUntil(lambda: unread(bo, "Tuesday group") == 0)

    qtbot.mouseClick(bo.page.view.leave_button, Qt.MouseButton.LeftButton)
    box = bo.page.confirm_box
    assert isinstance(box, QMessageBox)
    leave = next(b for b in box.buttons() if b.text() == "Leave")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bo.page.view.summary is not None and bo.page.view.summary.left)
    assert bo.page.view.compose.edit.isReadOnly() and bo.page.view.left_note.isVisibleTo(bo.page)

    def bo_left_for_ana() -> bool:
        people = ana.page.view.people.model.rows
        return any(p.name == "Bo Lindqvist" and p.state == queries.LEFT for p in people)

    click_conversation(qtbot, ana, "Tuesday group")
    qtbot.waitUntil(bo_left_for_ana, timeout=LIVE_MS)
    text = ana.page.view.people.model.detail(
        next(p for p in ana.page.view.people.model.rows if p.name == "Bo Lindqvist")
    )
    assert text.startswith("joined ") and ", left " in text
    click_conversation(qtbot, bo, "Debrief")
    qtbot.waitUntil(lambda: bo.page.view.compose.text() == "half-written")


def test_a_failed_invitation_and_a_refused_message_show_why_and_can_be_retried_or_discarded(
    qtbot: QtBot, ana: ChatLaptop
) -> None:
    start_conversation(qtbot, ana, "Solo", "nobody@example.com")
    people = ana.page.view.people

    def failed() -> list[queries.ParticipantView]:
        return [p for p in people.model.rows if p.state == queries.INVITE_FAILED]

    qtbot.waitUntil(lambda: len(failed()) == 1, timeout=LIVE_MS)
    detail = people.model.detail(failed()[0])
    assert detail == "Invitation failed: No StudyApp account uses this email."
    assert people.retry_button.isVisible() and people.discard_button.isVisible()
    qtbot.mouseClick(people.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [p.name for p in people.model.rows] == ["Ana Zebrowski"])
    assert not people.retry_button.isVisible()

    ana.controller.stop()  # the server's refusal is staged here; the retry then syncs
    room = ana.page.current
    assert room is not None
    for text in ("refused one", "refused two"):
        refuse(ana.core.db, service.post_message(ana.core.db, ana.core.user_id, room, text))
    ana.page.reload()
    qtbot.waitUntil(lambda: ana.texts == ["refused one", "refused two"])
    first, second = ana.messages()
    assert ana.page.view.delegate.status_text(first) == (
        "Failed — retry. The server does not know this conversation."
    )
    menu = ana.page.message_menu(second)
    assert menu is not None and [a.text() for a in menu.actions()] == [
        "Retry sending",
        "Discard message",
    ]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: ana.texts == ["refused one"])
    menu.close()
    assert ana.page.message_menu(first) is not None
    point, _shape = message_point(ana, "refused one")
    qtbot.mouseClick(ana.page.view.messages.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: [m.state for m in ana.messages()] == [queries.SENT], timeout=LIVE_MS)


def refuse(db: Database, message: object) -> None:
    """As if the server had refused this message."""
    from sqlalchemy import select

    from studyapp.core.sync.models import SyncOutbox

    with db.session() as session:
        entry = session.scalar(select(SyncOutbox).where(SyncOutbox.entity_uuid == message))
        assert entry is not None
        entry.rejected = {"conversation_uuid": "not_found"}


# -- without a server -------------------------------------------------------------------------


@pytest.fixture
def offline_ana(qtbot: QtBot, tmp_path: Path, backend: KeyringBackend) -> Iterator[ChatLaptop]:
    laptop = make_chat_laptop(qtbot, tmp_path / "ana", "Ana", "Zebrowski", backend, None)
    yield laptop
    laptop.close()


def test_signed_out_the_page_says_messages_wait_and_the_compose_box_explains_refusals(
    qtbot: QtBot, offline_ana: ChatLaptop
) -> None:
    page = offline_ana.page
    assert page.banner.isVisible() and "not signed in" in page.banner.text()
    start_conversation(qtbot, offline_ana, "Plane talk", "")
    compose = page.view.compose
    qtbot.keyClick(compose.edit, Qt.Key.Key_Return)
    assert compose.error_label.isVisible()
    assert compose.error_label.text() == "Write something first: empty messages are not sent."
    type_message(qtbot, offline_ana, "kept while signed out")
    qtbot.waitUntil(lambda: offline_ana.texts == ["kept while signed out"])
    assert not compose.error_label.isVisible()
    assert offline_ana.messages()[0].state == queries.SENDING

    type_message(qtbot, offline_ana, "https://example.com/notes")
    type_message(qtbot, offline_ana, "<b>not bold</b> file:///etc/passwd")
    qtbot.waitUntil(lambda: len(offline_ana.texts) == 3)
    opened: list[QUrl] = []
    page.open_url = opened.append
    view = page.view.messages
    _status, link = message_point(offline_ana, "https://example.com/notes")
    at = link.text.toPoint() + QPoint(6, 6)  # type: ignore[attr-defined]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened == [QUrl("https://example.com/notes")]
    _status, plain = message_point(offline_ana, "<b>not bold</b> file:///etc/passwd")
    for dx in range(4, 300, 8):  # neither markup nor a file: link becomes something to click
        point = plain.text.toPoint() + QPoint(dx, 6)  # type: ignore[attr-defined]
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == [QUrl("https://example.com/notes")]
    doc = page.view.delegate.document(offline_ana.messages()[2], view.palette(), view.font())
    assert doc.toPlainText() == "<b>not bold</b> file:///etc/passwd"

    compose.edit.setPlainText("x" * (MESSAGE_MAX - 10))
    assert compose.counter.isVisible() and compose.counter.text() == "9,990 / 10,000"
    compose.edit.setPlainText("x" * (MESSAGE_MAX + 1))
    qtbot.keyClick(compose.edit, Qt.Key.Key_Return)
    assert compose.error_label.text() == "A message can be at most 10000 characters."
    assert len(compose.text()) == MESSAGE_MAX + 1  # nothing lost

    people = page.view.people
    qtbot.mouseClick(people.invite_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, InviteDialog)
    qtbot.keyClicks(dialog.email_edit, "dana@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible() == {"email": "invalid"})
    assert dialog.errors.labels["email"].text().startswith("This is not a valid email address")
    qtbot.keyClicks(dialog.email_edit, "example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [people.model.detail(p) for p in people.model.rows][-1:] == ["inviting…"]
    )
    assert people.model.rows[-1].name == "dana@example.com"

    room = page.current
    assert room is not None
    service.leave_conversation(offline_ana.core.db, offline_ana.core.user_id, room)
    compose.edit.setPlainText("written before the leave showed")
    page.send(compose.text())
    qtbot.waitUntil(compose.error_label.isVisible)
    assert compose.error_label.text().startswith("You left this conversation")
    assert compose.text() == "written before the leave showed"
    qtbot.waitUntil(lambda: page.view.summary is not None and page.view.summary.left)


# -- desktop notifications through the whole app ----------------------------------------------


class RecordingNotifier:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, body: str) -> None:
        self.shown.append((title, body))


def test_a_notification_when_the_window_is_not_active_and_none_when_the_preference_is_off(
    start_app: Callable[[], AppController],
    qtbot: QtBot,
    database: Database,
    server: ServerProcess,
    backend: KeyringBackend,
    tmp_path: Path,
) -> None:
    profile = accounts.create_profile(database, "ana@example.com", "Ana", "Zebrowski")
    store = TokenStore(backend)
    sync.login(database, profile.id, server.url, "ana@example.com", PASSWORD, store, register=True)
    bo = make_laptop(tmp_path / "bo", "bo@example.com", "Bo", "Lindqvist")
    try:
        login(bo, server.url, "bo@example.com")
        room = service.start_conversation(bo.db, bo.user_id, "Group", invite=("ana@example.com",))
        sync_once(bo)
        controller = start_app()
        window = wait_for_main(qtbot, controller)
        recorder = RecordingNotifier()
        chat_activity_for(window.session).notifier = recorder
        other = QWidget()
        other.setObjectName("otherWindow")
        qtbot.addWidget(other)
        other.show()
        other.activateWindow()
        qtbot.waitUntil(lambda: not window.isActiveWindow())
        assert controller.sync is not None
        qtbot.waitUntil(
            lambda: controller.sync.status is not None and controller.sync.status.cursor > 0,
            timeout=LIVE_MS,
        )  # type: ignore[union-attr]

        service.post_message(bo.db, bo.user_id, room, "Briefing at 0800 tomorrow")
        sync_once(bo)
        qtbot.waitUntil(lambda: len(recorder.shown) == 1, timeout=LIVE_MS)
        assert recorder.shown == [("Bo Lindqvist in Group", "Briefing at 0800 tomorrow")]
        chat_row = [spec.key for spec in window._pages].index("chat")
        qtbot.waitUntil(lambda: window.sidebar.list.item(chat_row).text() == "Chat  (1)")

        services = controller.services
        services.apply_preferences(replace(services.preferences, push_notifications=False))
        service.post_message(bo.db, bo.user_id, room, "Bring the logbook")
        sync_once(bo)
        qtbot.waitUntil(
            lambda: window.sidebar.list.item(chat_row).text() == "Chat  (2)", timeout=LIVE_MS
        )
        assert len(recorder.shown) == 1

        page = window.show_page("chat")
        assert isinstance(page, ChatPage)
        qtbot.waitUntil(lambda: len(page.panel.model.rows) == 1)
        page.open_conversation(room)
        qtbot.waitUntil(lambda: window.sidebar.list.item(chat_row).text() == "Chat")
        assert not page.banner.isVisible()  # signed in: no word about the sync server
        page.open_sync_settings()
        assert window.current_page_key() == "settings"
        other.close()
    finally:
        bo.close()


def test_the_notifier_is_silent_without_a_tray_and_words_several_messages_briefly() -> None:
    assert isinstance(make_notifier(), SilentNotifier)  # the offscreen platform has no tray
    news = [
        IncomingMessage(uuid.uuid4(), "Group", "Bo Lindqvist", "one"),
        IncomingMessage(uuid.uuid4(), "Debrief", "Bo Lindqvist", "two"),
        IncomingMessage(uuid.uuid4(), "Group", "Cleo Park", "three"),
    ]
    assert notification_text(news) == ("New messages: 3", "Group, Debrief")
    assert notification_text(news[:1]) == ("Bo Lindqvist in Group", "one")


def test_a_long_conversation_opens_on_its_newest_messages_and_shows_earlier_on_request(
    qtbot: QtBot, offline_ana: ChatLaptop
) -> None:
    core = offline_ana.core
    room = service.start_conversation(core.db, core.user_id, "Long thread")
    total = FIRST_PAGE + 20
    for n in range(total):
        service.post_message(core.db, core.user_id, room, f"message {n}")
    page = offline_ana.page
    page.reload()
    qtbot.waitUntil(lambda: titles(offline_ana) == ["Long thread"])
    click_conversation(qtbot, offline_ana, "Long thread")
    qtbot.waitUntil(lambda: len(offline_ana.texts) == FIRST_PAGE)
    assert offline_ana.texts[-1] == f"message {total - 1}"  # the newest, at the bottom
    earlier = page.view.earlier_button
    assert earlier.isVisible() and earlier.accessibleName() == "Show earlier messages"
    first_shown = offline_ana.texts[0]
    qtbot.mouseClick(earlier, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(offline_ana.texts) == total)
    assert total < FIRST_PAGE + EARLIER_PAGE and not earlier.isVisible()
    view = page.view.messages
    kept = view.visualRect(page.view.model.index(page.view.model.row_of(
        next(m.uuid for m in offline_ana.messages() if m.content == first_shown))))  # fmt: skip
    assert kept.top() >= 0 and kept.top() < view.viewport().height() // 2  # still in view
