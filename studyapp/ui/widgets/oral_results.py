"""The end of a mock oral: score, results by area and task, missed questions to flashcards.

Layout and signals only; pages/oral_page.py loads the results and makes the cards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.sets import SetInfo
from studyapp.core.oral.results import SessionResults
from studyapp.ui.models.oral_table_models import GroupResultModel
from studyapp.ui.widgets.oral_texts import acs_label
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.section import Section


class OralResultsView(Retranslating, QWidget):
    cards_requested = Signal(object, str)  # existing set id or None, new set name
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oralResults")
        self.results: SessionResults | None = None
        self.model = GroupResultModel(self)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.score = QLabel(self)
        self.score.setObjectName("oralScore")
        font = QFont(self.score.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.score.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("oralSummary")
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("oralResultTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.cards = self._cards_card()
        self.done = QPushButton(self)
        self.done.setObjectName("oralDone")
        self.done.clicked.connect(self.done_requested)
        top = QHBoxLayout()
        top.addWidget(self.score)
        top.addWidget(self.summary, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cards)
        layout.addLayout(bottom)
        self.retranslate()

    def _cards_card(self) -> Section:
        card = Section(self)
        self.missed_text = QLabel(card)
        self.missed_text.setWordWrap(True)
        self.set_choice = QComboBox(card)
        self.set_choice.setObjectName("oralCardSet")
        self.set_choice.setEditable(True)
        self.set_choice.setMinimumWidth(240)
        self.make_cards = QPushButton(card)
        self.make_cards.setObjectName("oralMakeCards")
        self.make_cards.clicked.connect(self._make_cards)
        self.cards_status = QLabel(card)
        self.cards_status.setObjectName("oralCardsStatus")
        self.cards_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.set_choice)
        row.addWidget(self.make_cards)
        row.addStretch(1)
        card.body.addWidget(self.missed_text)
        card.body.addLayout(row)
        card.body.addWidget(self.cards_status)
        return card

    def retranslate(self) -> None:
        self.title.setText(self.tr("Mock oral results"))
        self.cards.set_title(self.tr("Study what you missed"))
        self.make_cards.setText(self.tr("Make flashcards"))
        self.done.setText(self.tr("Done"))
        self.set_choice.setToolTip(self.tr("Choose a set, or type the name of a new one"))
        self.set_choice.setAccessibleName(self.tr("Flashcard set for the missed questions"))
        self.table.setAccessibleName(self.tr("Results by area and task"))
        for button in (self.make_cards, self.done):
            button.setAccessibleName(button.text())
        self.model.retranslate()
        self._show_texts()

    def show_results(self, results: SessionResults, sets: list[SetInfo]) -> None:
        self.results = results
        self.model.set_groups(results.areas, results.tasks)
        self.set_choice.clear()
        for info in sets:
            self.set_choice.addItem(info.name, info.id)
        self.set_choice.setEditText(sets[0].name if sets else self.tr("Mock oral misses"))
        self.cards_status.setText("")
        self.make_cards.setEnabled(bool(results.missed))
        self._show_texts()

    def show_cards_made(self, count: int, set_name: str) -> None:
        self.cards_status.setProperty("role", "success")
        self.cards_status.style().polish(self.cards_status)
        self.cards_status.setText(
            self.tr("Flashcards added to %1: %2.").replace("%1", set_name).replace("%2", str(count))
        )

    def show_cards_error(self, text: str) -> None:
        self.cards_status.setProperty("role", "error")
        self.cards_status.style().polish(self.cards_status)
        self.cards_status.setText(text)

    def _make_cards(self) -> None:
        name = self.set_choice.currentText().strip()
        index = self.set_choice.findText(name, Qt.MatchFlag.MatchExactly)
        set_id = self.set_choice.itemData(index) if index >= 0 else None
        self.cards_requested.emit(set_id, name)

    def _show_texts(self) -> None:
        r = self.results
        if r is None:
            return
        t = r.tally
        self.score.setText(f"{r.score} / 100")
        self.summary.setText(
            self.tr("%1 · %2 min · Satisfactory %3 · Needs work %4 · Unsatisfactory %5 · "
                    "Skipped %6 · Not reached %7 · Flagged %8")
            .replace("%1", acs_label(r.acs_id)).replace("%2", str(r.duration))
            .replace("%3", str(t.satisfactory)).replace("%4", str(t.needs_work))
            .replace("%5", str(t.unsatisfactory)).replace("%6", str(t.skipped))
            .replace("%7", str(t.unasked)).replace("%8", str(r.flagged))
        )  # fmt: skip
        self.missed_text.setText(
            self.tr("Missed (Needs work, Unsatisfactory or skipped): %1. Turn them into "
                    "flashcards; each card keeps its ACS code.").replace("%1", str(len(r.missed)))
            if r.missed else self.tr("Nothing missed: no flashcards to make."))  # fmt: skip
