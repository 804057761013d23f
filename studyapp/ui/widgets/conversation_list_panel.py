"""The left column of the chat page: "New conversation…", the search box, and the list or results.

Layout only: the chat page loads the models and reacts to the signals.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.chat.queries import MessageHit
from studyapp.ui.models.conversation_list_model import SUMMARY_ROLE, ConversationListModel
from studyapp.ui.models.search_hit_model import HIT_ROLE, SearchHitModel
from studyapp.ui.widgets.conversation_delegate import ConversationDelegate
from studyapp.ui.widgets.retranslating import Retranslating

SEARCH_DELAY_MS = 250


class ConversationListPanel(Retranslating, QWidget):
    conversation_chosen = Signal(UUID)
    hit_chosen = Signal(object)  # MessageHit
    new_requested = Signal()
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newConversationButton")
        self.new_button.clicked.connect(self.new_requested)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("chatSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.model = ConversationListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("conversationList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.hits = SearchHitModel(self)
        self.results = QListView(self)
        self.results.setObjectName("chatSearchResults")
        self.results.setModel(self.hits)
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.activated.connect(self._on_hit)
        self.results.clicked.connect(self._on_hit)
        self.empty = QLabel(self)
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.no_hits = QLabel(self)
        self.no_hits.setObjectName("chatNoHits")
        self.no_hits.setProperty("role", "muted")
        self.no_hits.setWordWrap(True)
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.stack = QStackedWidget(self)
        for widget in (self.list, self.results, self.empty, self.no_hits):
            self.stack.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: self.search_changed.emit(self.query()))
        self.search_edit.textChanged.connect(self._on_search_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.stack, 1)
        self.setMinimumWidth(250)
        self.setMaximumWidth(360)
        self.retranslate()

    def query(self) -> str:
        return self.search_edit.text().strip()

    def _on_search_text(self) -> None:
        self.timer.start()
        self._show_stack()

    def _show_stack(self) -> None:
        if self.query():
            shown = self.results if self.hits.rows or self.timer.isActive() else self.no_hits
            self.stack.setCurrentWidget(shown)
        elif self.model.rows:
            self.stack.setCurrentWidget(self.list)
        else:
            self.stack.setCurrentWidget(self.empty)

    def set_hits(self, hits: list[MessageHit]) -> None:
        self.hits.set_hits(hits)
        self._show_stack()

    def set_conversations(self, rows: list, current: UUID | None) -> None:
        self.list.selectionModel().blockSignals(True)
        self.model.set_conversations(rows)
        row = self.model.row_of(current)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self.list.selectionModel().blockSignals(False)
        self._show_stack()

    def select(self, uuid: UUID) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(SUMMARY_ROLE)
        if summary is not None:
            self.conversation_chosen.emit(summary.uuid)

    def _on_hit(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_chosen.emit(hit)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New conversation…"))
        self.new_button.setAccessibleName(self.tr("Start a new conversation"))
        self.search_edit.setPlaceholderText(self.tr("Search messages"))
        self.search_edit.setAccessibleName(self.tr("Search messages"))
        self.list.setAccessibleName(self.tr("Conversations"))
        self.results.setAccessibleName(self.tr("Messages found"))
        self.no_hits.setText(self.tr("No messages contain these words."))
        self.empty.setText(
            self.tr("No conversations yet. Start one and invite your study group or instructor.")
        )
