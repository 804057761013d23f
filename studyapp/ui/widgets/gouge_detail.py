"""One gouge report, read in full: scores, what happened, and its unexpected elements.

Unexpected elements are listed one per line with "Practise this"; the author
also gets Edit and Delete. Layout and signals only: the page does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.gouge.service import GougeEntry
from studyapp.ui.widgets.gouge_texts import checkride_label, difficulty_label, outcome_label
from studyapp.ui.widgets.retranslating import Retranslating


class GougeDetailView(Retranslating, QWidget):
    practise_requested = Signal(object, str)  # GougeEntry, element
    edit_requested = Signal(object)  # GougeEntry
    delete_requested = Signal(object)  # GougeEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gougeDetail")
        self.entry: GougeEntry | None = None
        self.elements = QStringListModel(self)
        self._build()
        self.show_entry(None)
        self.retranslate()

    def _label(self, role: str) -> QLabel:
        label = QLabel(self)
        label.setProperty("role", role)
        label.setWordWrap(True)
        return label

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def _build(self) -> None:
        self.placeholder = self._label("muted")
        self.heading = self._label("heading")
        self.meta = self._label("muted")
        self.scores = self._label("")
        self.content = QPlainTextEdit(self)
        self.content.setObjectName("gougeContentView")
        self.content.setReadOnly(True)
        self.unexpected_title = self._label("heading")
        self.element_list = QListView(self)
        self.element_list.setObjectName("unexpectedList")
        self.element_list.setModel(self.elements)
        self.element_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.element_list.setMaximumHeight(110)
        self.element_list.setWordWrap(True)
        self.element_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.element_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.element_list.activated.connect(lambda _index: self._practise())
        self.practise_button = self._button("practiseButton")
        self.practise_button.clicked.connect(self._practise)
        self.edit_button = self._button("editGougeButton")
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.entry))
        self.delete_button = self._button("deleteGougeButton")
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.entry))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.placeholder, self.heading, self.meta, self.scores):
            layout.addWidget(widget)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.unexpected_title)
        layout.addWidget(self.element_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.practise_button)
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self._content_widgets = (
            self.heading, self.meta, self.scores, self.content, self.unexpected_title,
            self.element_list, self.practise_button,
        )  # fmt: skip

    def show_entry(self, entry: GougeEntry | None) -> None:
        self.entry = entry
        self.placeholder.setVisible(entry is None)
        for widget in self._content_widgets:
            widget.setVisible(entry is not None)
        mine = entry is not None and entry.is_mine
        self.edit_button.setVisible(mine)
        self.delete_button.setVisible(mine)
        items = list(entry.unexpected_items) if entry else []
        self.elements.setStringList(items)
        self.element_list.setVisible(bool(items))
        self.practise_button.setVisible(bool(items))
        if items:
            self.element_list.setCurrentIndex(self.elements.index(0))
        self.content.setPlainText(entry.content if entry else "")
        self.retranslate()

    def selected_element(self) -> str:
        index = self.element_list.currentIndex()
        return str(self.elements.data(index)) if index.isValid() else ""

    def _practise(self) -> None:
        element = self.selected_element()
        if self.entry is not None and element:
            self.practise_requested.emit(self.entry, element)

    def author_text(self, entry: GougeEntry) -> str:
        if entry.is_mine:
            return self.tr("you, anonymously") if entry.is_anonymous else self.tr("you")
        return entry.author_name or self.tr("an anonymous pilot")

    def _describe(self, entry: GougeEntry) -> None:
        self.heading.setText(
            self.tr("%1 — %2")
            .replace("%1", checkride_label(entry.checkride_type))
            .replace("%2", outcome_label(entry.pass_or_fail))
        )
        when = QLocale().toString(entry.gouge_date, QLocale.FormatType.LongFormat)
        self.meta.setText(
            self.tr("Checkride on %1, written by %2")
            .replace("%1", when)
            .replace("%2", self.author_text(entry))
        )
        self.scores.setText(
            self.tr("Rating %1/5 · Flight %2 · Oral %3 · Stress %4/5")
            .replace("%1", str(entry.rating))
            .replace("%2", difficulty_label(entry.flight_difficulty))
            .replace("%3", difficulty_label(entry.oral_difficulty))
            .replace("%4", str(entry.stress_level))
        )
        has_items = bool(entry.unexpected_items)
        self.unexpected_title.setText(
            self.tr("Unexpected elements") if has_items else self.tr("No unexpected elements")
        )

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Select a report to read it."))
        if self.entry is not None:
            self._describe(self.entry)
        self.practise_button.setText(self.tr("Practise this"))
        self.practise_button.setToolTip(
            self.tr("Make a flashcard from the selected unexpected element")
        )
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        names = {
            self.content: self.tr("What happened"),
            self.element_list: self.tr("Unexpected elements"),
            self.practise_button: self.tr("Practise this"),
            self.edit_button: self.tr("Edit your gouge"),
            self.delete_button: self.tr("Delete your gouge"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
