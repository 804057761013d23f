"""Render the Chat page and its dialogs to PNGs in light and dark mode (a script, not a test).

    /work/venv/bin/python tests/ui/render_chat.py [OUTPUT_DIR]

Builds a throw-away profile with three conversations (messages over three days,
a link, a multi-line message, one message still sending, one refused by the
server, an invitation pending and one failed), then saves screenshots so a
person can look at them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select, update

from studyapp.core.accounts.service import create_profile
from studyapp.core.chat import service
from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.db import Database
from studyapp.core.startup import open_database
from studyapp.core.sync.models import SyncOutbox
from studyapp.paths import resolve_paths
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.chat_page import ChatPage
from studyapp.ui.tasks import TaskRunner

NOW = datetime.now(UTC).replace(second=0, microsecond=0)

TUESDAY_GROUP = [  # (days ago, minutes ago that day, who, text); who: 0 me, 1 Bo, 2 Cleo
    (2, 180, 1, "Who is up for a weather session before the checkride?"),
    (2, 176, 0, "Me! I still mix up AIRMET Tango and Zulu."),
    (2, 175, 0, "Tango is turbulence, Zulu is icing, Sierra is IFR and mountain obscuration."),
    (1, 90, 2, "Sorry, I have to drop out of the group — good luck everyone."),
    (0, 50, 1, "The GFA is worth a look before tomorrow: https://aviationweather.gov/gfa"),
    (0, 48, 1, "Bring:\n- a printed METAR/TAF for KRHV\n- the chart supplement page\n- questions"),
    (0, 20, 0, "Thanks, printing it now."),
]


def _at(days: int, minutes: int) -> datetime:
    return NOW - timedelta(days=days, minutes=minutes)


def _add_messages(db: Database, room: UUID, people: list[int], script: list) -> None:
    with db.session() as session:
        conversation = session.scalar(select(Conversation).where(Conversation.uuid == room))
        assert conversation is not None
        conversation.created_at = _at(3, 0)
        for days, minutes, who, text in script:
            session.add(
                Message(
                    conversation_id=conversation.id,
                    sender_id=people[who],
                    content=text,
                    timestamp=_at(days, minutes),
                    is_read=who == 0 or days > 0,
                )
            )


def _join(db: Database, room: UUID, user_id: int, joined: datetime, left: datetime | None) -> None:
    with db.session() as session:
        conversation = session.scalar(select(Conversation).where(Conversation.uuid == room))
        assert conversation is not None
        session.execute(
            update(Participant)
            .where(Participant.conversation_id == conversation.id)
            .values(joined_at=_at(3, 0))
        )
        session.add(
            Participant(
                conversation_id=conversation.id, user_id=user_id, joined_at=joined, left_at=left
            )
        )


def _refuse(db: Database, entity: UUID, errors: dict[str, str]) -> None:
    with db.session() as session:
        entry = session.scalar(select(SyncOutbox).where(SyncOutbox.entity_uuid == entity))
        assert entry is not None
        entry.rejected = errors


def _sent(db: Database) -> None:
    """Everything queued so far counts as on the server."""
    with db.session() as session:
        for entry in session.scalars(select(SyncOutbox)):
            session.delete(entry)


def seed(db: Database, me: int, bo: int, cleo: int) -> None:
    room = service.start_conversation(db, me, "Checkride prep — Tuesday group", "Weather theory")
    _join(db, room, bo, _at(2, 200), None)
    _join(db, room, cleo, _at(2, 190), _at(1, 89))
    _add_messages(db, room, [me, bo, cleo], TUESDAY_GROUP)
    other = service.start_conversation(db, me, "Lesson debriefs with Bo", "Cross-country planning")
    _join(db, other, bo, _at(1, 0), None)
    debrief = [(0, 200, 1, "Your fuel planning was spot on."), (0, 199, 1, "Next: KHAF diversion.")]
    _add_messages(db, other, [me, bo], debrief)
    old = service.start_conversation(db, me, "Old study group (spring)")
    _add_messages(db, old, [me], [(2, 400, 0, "See you all at the airport.")])
    service.leave_conversation(db, me, old)
    _sent(db)
    service.post_message(db, me, room, "On my way, 10 minutes late.")
    failed = service.post_message(db, me, room, "Can someone share the VOR notes?")
    _refuse(db, failed, {"conversation_uuid": "not_found"})
    service.invite(db, me, room, "dana@example.com")
    service.invite(db, me, room, "nobody@example.com")
    with db.session() as session:
        entry = session.scalars(select(SyncOutbox).order_by(SyncOutbox.id.desc())).first()
        assert entry is not None
        entry.rejected = {"email": "no_account"}


def settle(app: QApplication, tasks: TaskRunner) -> None:
    for _ in range(20):
        tasks.wait_for_idle()
        app.processEvents()


def theme(app: QApplication, dark: bool) -> None:
    from studyapp.ui.theme import FixedSystemScheme, ThemeManager

    manager = ThemeManager(app, FixedSystemScheme(dark))
    manager.set_theme("dark" if dark else "light")


def shoot(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/chat")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    paths = resolve_paths(Path(tempfile.mkdtemp()) / "data").ensure()
    db = open_database(paths)
    me = create_profile(db, "ana@example.com", "Ana", "Ruiz")
    bo = create_profile(db, "bo@example.com", "Bo", "Lindqvist")
    cleo = create_profile(db, "cleo@example.com", "Cleo", "Park")
    seed(db, me.id, bo.id, cleo.id)
    tasks = TaskRunner()
    for mode in ("light", "dark"):
        theme(app, mode == "dark")
        render_mode(app, ProfileSession(paths, db, tasks, me), tasks, out, mode)
    tasks.wait_for_idle()
    db.close()


def render_mode(
    app: QApplication, session: ProfileSession, tasks: TaskRunner, out: Path, mode: str
) -> None:
    page = ChatPage(session)
    page.resize(1280, 800)
    page.show()
    settle(app, tasks)
    shoot(page, out, f"list-{mode}.png")
    page.open_conversation(page.panel.model.rows[0].uuid)
    settle(app, tasks)
    shoot(page, out, f"conversation-{mode}.png")
    page.panel.search_edit.setText("VOR")
    page.search("VOR")
    settle(app, tasks)
    shoot(page, out, f"search-{mode}.png")
    page.panel.search_edit.clear()
    left = next(row for row in page.panel.model.rows if row.left)
    page.open_conversation(left.uuid)
    settle(app, tasks)
    shoot(page, out, f"left-{mode}.png")
    page.new_conversation()
    settle(app, tasks)
    dialog = page.active_dialog
    assert dialog is not None
    shoot(dialog, out, f"new-conversation-{mode}.png")
    dialog.invite_edit.setText("bo@example.com, not-an-email")
    dialog.save_button.click()
    settle(app, tasks)
    shoot(dialog, out, f"new-conversation-errors-{mode}.png")
    dialog.reject()
    page.close()
    page.deleteLater()
    settle(app, tasks)


if __name__ == "__main__":
    main()
