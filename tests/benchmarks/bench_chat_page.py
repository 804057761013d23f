"""Chat page benchmark: GUI-thread time to show a long conversation and to add one message.

Run: /work/venv/bin/python tests/benchmarks/bench_chat_page.py [--messages 500] [--repeat 5]
Prints figures; asserts nothing (timings belong here, not in the test suite).

The data reads run on the reader pool; what the GUI thread does itself is lay
out and paint the bubbles (one QTextDocument per message). This times that:
a conversation of ``--messages`` messages (the chat page opens on the newest 150)
set into the view and painted, scrolled to the end; then one more message
arriving (the live poll's case), which appends a row instead of resetting.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from studyapp.core.chat.queries import SENT, MessageView
from studyapp.ui.widgets.conversation_view import ConversationView

LINES = [
    "KRHV 251753Z 31008KT 10SM FEW030 18/07 A3002",
    "Who has the chart supplement page for the diversion?",
    "Steep turns first, then slow flight.\nThen the emergency descent.",
    "Worth a read: https://www.faa.gov/regulations_policies/handbooks_manuals",
]


def messages(count: int) -> list[MessageView]:
    start = datetime(2026, 11, 1, 8, tzinfo=UTC)
    return [
        MessageView(
            uuid=uuid.uuid4(),
            sender="Bo Lindqvist" if n % 3 else "Ana Zebrowski",
            mine=n % 3 == 0,
            content=LINES[n % len(LINES)] * (1 + n % 4),
            timestamp=start + timedelta(minutes=7 * n),
            state=SENT,
            failure=None,
        )
        for n in range(count)
    ]


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    full, extra = [], []
    for _ in range(args.repeat):
        view = ConversationView()
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        rows = messages(args.messages + 1)
        full.append(timed(lambda v=view, r=rows: (v.set_messages(r[:-1], scroll=True), v.grab())))
        extra.append(timed(lambda v=view, r=rows: (v.set_messages(r), v.grab())))
        view.close()
        view.deleteLater()
        app.processEvents()
    print(f"{args.messages} messages set and painted: median {statistics.median(full):.0f} ms, "
          f"max {max(full):.0f} ms")  # fmt: skip
    print(f"one more message appended and painted: median {statistics.median(extra):.0f} ms, "
          f"max {max(extra):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
