"""One open conversation: header, messages, people, and the compose box. Layout only.

The messages are a QListView over MessageListModel painted by MessageDelegate;
the chat page fills the models and handles the signals.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.chat.queries import ConversationSummary, MessageView
from studyapp.ui.models.message_list_model import MessageListModel
from studyapp.ui.widgets.chat_compose import ComposeBox
from studyapp.ui.widgets.message_delegate import MessageDelegate
from studyapp.ui.widgets.participants_panel import ParticipantsPanel
from studyapp.ui.widgets.retranslating import Retranslating


class ConversationView(Retranslating, QWidget):
    leave_requested = Signal()
    earlier_requested = Signal()
    message_menu_requested = Signal(object, QPoint)  # MessageView, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.summary: ConversationSummary | None = None
        self.title = QLabel(self)
        self.title.setObjectName("conversationTitle")
        self.title.setProperty("role", "heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.topic = QLabel(self)
        self.topic.setObjectName("conversationTopic")
        self.topic.setProperty("role", "muted")
        self.topic.setWordWrap(True)
        self.people_button = QPushButton(self)
        self.people_button.setObjectName("peopleButton")
        self.people_button.setCheckable(True)
        self.people_button.setChecked(True)
        self.leave_button = QPushButton(self)
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.clicked.connect(self.leave_requested)
        self.model = MessageListModel(self)
        # A long conversation opens on its newest messages; older ones come on request,
        # so opening it never lays out hundreds of bubbles on the GUI thread at once.
        self.earlier_button = QPushButton(self)
        self.earlier_button.setObjectName("earlierButton")
        self.earlier_button.setFlat(True)
        self.earlier_button.hide()
        self.earlier_button.clicked.connect(self.earlier_requested)
        self.messages = QListView(self)
        self.messages.setObjectName("messageList")
        self.messages.setModel(self.model)
        self.delegate = MessageDelegate(self.messages)
        self.messages.setItemDelegate(self.delegate)
        self.messages.setMouseTracking(True)
        self.messages.setResizeMode(QListView.ResizeMode.Adjust)
        self.messages.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.messages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.messages.customContextMenuRequested.connect(self._on_menu)
        self.people = ParticipantsPanel(self)
        self.people_button.toggled.connect(self.people.setVisible)
        self.compose = ComposeBox(self)
        self.left_note = QLabel(self)
        self.left_note.setObjectName("leftNote")
        self.left_note.setProperty("role", "muted")
        self.left_note.setWordWrap(True)
        self.left_note.hide()
        self._build()
        self.retranslate()

    def _build(self) -> None:
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.topic)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.people_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QWidget(self)
        talk = QVBoxLayout(column)
        talk.setContentsMargins(0, 0, 0, 0)
        talk.addWidget(self.earlier_button)
        talk.addWidget(self.messages, 1)
        talk.addWidget(self.left_note)
        talk.addWidget(self.compose)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("conversationSplitter")
        self.splitter.addWidget(column)
        self.splitter.addWidget(self.people)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def show_summary(self, summary: ConversationSummary) -> None:
        self.summary = summary
        self.title.setText(summary.title)
        self.topic.setText(summary.topic)
        self.topic.setVisible(bool(summary.topic))
        self.leave_button.setEnabled(not summary.left)
        self.compose.set_enabled(not summary.left)
        # Left: no compose box, unless it holds text the pilot wrote (kept, to copy).
        self.compose.setVisible(not summary.left or bool(self.compose.text()))
        self.left_note.setVisible(summary.left)

    def set_messages(
        self,
        messages: list[MessageView],
        *,
        scroll: bool = False,
        more_before: bool = False,
        keep_top: UUID | None = None,
    ) -> None:
        """Show ``messages``; ``keep_top`` stays the first one in view (earlier ones were added)."""
        self.earlier_button.setVisible(more_before)
        bar = self.messages.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        if not self.model.set_messages(messages):
            return
        row = self.model.row_of(keep_top) if keep_top is not None else -1
        if row >= 0:
            self.messages.scrollTo(
                self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop
            )
        elif at_end or scroll:
            self.messages.scrollToBottom()

    def show_message(self, uuid: UUID) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            index = self.model.index(row)
            self.messages.setCurrentIndex(index)
            self.messages.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_menu(self, pos: QPoint) -> None:
        index = self.messages.indexAt(pos)
        if not index.isValid():  # the menu key: the message the keyboard is on
            index = self.messages.currentIndex()
            pos = self.messages.visualRect(index).center()
        message = self.model.message_at(index.row())
        if message is not None:
            self.message_menu_requested.emit(message, self.messages.viewport().mapToGlobal(pos))

    def retranslate(self) -> None:
        self.people_button.setText(self.tr("People"))
        self.people_button.setAccessibleName(
            self.tr("Show or hide the people in this conversation")
        )
        self.leave_button.setText(self.tr("Leave conversation"))
        self.leave_button.setAccessibleName(self.tr("Leave this conversation"))
        self.messages.setAccessibleName(self.tr("Messages"))
        self.earlier_button.setText(self.tr("Show earlier messages"))
        self.earlier_button.setAccessibleName(self.tr("Show earlier messages"))
        self.left_note.setText(
            self.tr("You left this conversation. Its history stays here; nothing new arrives.")
        )
