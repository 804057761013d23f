"""An examiner's aggregates as a row of tiles, or "No reports yet" when there are none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from studyapp.core.gouge.examiners import ExaminerStats
from studyapp.ui.widgets.gouge_texts import difficulty_label, one_decimal, percent
from studyapp.ui.widgets.retranslating import Retranslating

_TILES = ("rating", "pass_rate", "flight", "oral", "reports")


class StatsPanel(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examinerStats")
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.stats: ExaminerStats | None = None
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, key in enumerate(_TILES):
            value, caption = QLabel(self), QLabel(self)
            value.setObjectName(f"stat_{key}")
            value.setProperty("role", "heading")
            caption.setProperty("role", "muted")
            for label in (value, caption):
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.values[key], self.captions[key] = value, caption
        self.no_reports = QLabel(self)
        self.no_reports.setObjectName("noReportsLabel")
        self.no_reports.setWordWrap(True)
        self.no_reports.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.no_reports)
        layout.addStretch(1)
        self.show_stats(None)

    def show_stats(self, stats: ExaminerStats | None) -> None:
        self.stats = stats
        self.no_reports.setVisible(stats is None)
        for label in (*self.values.values(), *self.captions.values()):
            label.setVisible(stats is not None)
        self.retranslate()

    def value_texts(self) -> dict[str, str]:
        """What each tile shows, for tests and for the accessible description."""
        return {key: label.text() for key, label in self.values.items()}

    def retranslate(self) -> None:
        self.no_reports.setText(
            self.tr("No reports yet. Be the first to write gouge about this examiner.")
        )
        captions = {
            "rating": self.tr("average rating"),
            "pass_rate": self.tr("passed"),
            "flight": self.tr("flight difficulty"),
            "oral": self.tr("oral difficulty"),
            "reports": self.tr("reports"),
        }
        for key, caption in captions.items():
            self.captions[key].setText(caption)
        self._fill_values()

    def _fill_values(self) -> None:
        s = self.stats
        if s is None:
            self.setAccessibleName(self.tr("No reports yet"))
            for label in self.values.values():
                label.setText("")
            return
        texts = {
            "rating": self.tr("%1 / 5").replace("%1", one_decimal(s.avg_rating)),
            "pass_rate": percent(s.avg_pass_rate),
            "flight": self._difficulty(s.avg_flight_difficulty),
            "oral": self._difficulty(s.avg_oral_difficulty),
            "reports": str(s.feedback_count),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        summary = [f"{self.captions[k].text()}: {texts[k]}" for k in _TILES]
        self.setAccessibleName("; ".join(summary))

    def _difficulty(self, mean: float) -> str:
        # The nearest word, with the exact mean (1 easy .. 3 hard) for the curious.
        word = difficulty_label(min(3, max(1, round(mean))))
        return self.tr("%1 (%2)").replace("%1", word).replace("%2", one_decimal(mean))
