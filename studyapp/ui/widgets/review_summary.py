"""The end-of-session summary: cards, time, retention and the four grades, then back to the sets."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.core.flashcards.summary import SessionSummary
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.review_texts import duration_text, grade_names, percent
from studyapp.ui.widgets.section import centred


def _larger(label: QLabel) -> QFont:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    return font


class ReviewSummaryView(Retranslating, QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewSummary")
        self.summary: SessionSummary | None = None
        self.elapsed_ms = 0
        card = QFrame(self)
        card.setProperty("role", "card")
        card.setMaximumWidth(520)
        self.headline = QLabel(card)
        self.headline.setObjectName("summaryHeadline")
        self.headline.setProperty("role", "title")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.names: list[QLabel] = []
        self.values: dict[str, QLabel] = {}
        for row, key in enumerate(("cards", "time", "retention", "grades")):
            name, value = QLabel(card), QLabel(card)
            name.setProperty("role", "muted")
            value.setObjectName(f"summary-{key}")
            value.setFont(_larger(value))
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(value, row, 1)
            self.names.append(name)
            self.values[key] = value
        self.back_button = QPushButton(card)
        self.back_button.setObjectName("summaryBackButton")
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 30, 36, 30)
        inner.setSpacing(18)
        inner.addWidget(self.headline)
        inner.addLayout(self.grid)
        inner.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(centred(card))
        outer.addStretch(3)
        self.retranslate()

    def show_summary(self, summary: SessionSummary, elapsed_ms: int) -> None:
        """``elapsed_ms``: the session's wall-clock length (the summary sums thinking time)."""
        self.summary, self.elapsed_ms = summary, elapsed_ms
        self.retranslate()
        self.back_button.setFocus()

    def retranslate(self) -> None:
        self.headline.setText(self.tr("Session complete"))
        for label, text in zip(self.names, (self.tr("Cards"), self.tr("Time"),
                               self.tr("Retention"), self.tr("Answers")), strict=True):  # fmt: skip
            label.setText(text)
        self.back_button.setText(self.tr("Back to my sets"))
        self.back_button.setAccessibleName(self.tr("Back to my sets"))
        summary = self.summary
        if summary is None:
            return
        self.values["cards"].setText(f"{summary.cards:,}")
        self.values["time"].setText(duration_text(self.elapsed_ms))
        self.values["retention"].setText(
            percent(summary.retention) if summary.retention is not None
            else self.tr("— (only new or learning cards this time)")
        )  # fmt: skip
        counts = (summary.again, summary.hard, summary.good, summary.easy)
        self.values["grades"].setText(
            "   ".join(f"{name} {count}" for name, count in zip(grade_names(), counts, strict=True))
        )
