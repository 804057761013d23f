"""Write a gouge report about an examiner, or edit one's own (possibly moving it to another)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.gouge.checkrides import CHECKRIDE_TYPES
from studyapp.core.gouge.examiners import DirectoryQuery, ExaminerSummary, list_examiners
from studyapp.core.gouge.service import GougeEntry, GougeInput, edit_gouge, write_gouge
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.gouge_dialog_base import GougeFormDialog
from studyapp.ui.widgets.gouge_texts import checkride_label, difficulty_label

_ROWS = (
    "examiner", "date", "checkride", "outcome", "rating", "flight", "oral", "stress",
    "content", "unexpected", "anonymous",
)  # fmt: skip


class GougeDialog(GougeFormDialog):
    """``saved`` carries the stored GougeEntry."""

    def __init__(
        self,
        session: ProfileSession,
        examiner: ExaminerSummary,
        entry: GougeEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("gougeDialog")
        self.entry = entry
        self.labels = {key: QLabel(self) for key in _ROWS}
        self._build_top(examiner)
        self._build_scores()
        self._build_texts()
        self._fill(examiner, entry)
        self.retranslate()
        self.resize(620, self.sizeHint().height())
        session.tasks.submit(
            list_examiners,
            session.database,
            DirectoryQuery(sort="name"),
            on_result=alive(self, self._set_examiners),
            write=False,
        )

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def _spin(self, name: str, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(1, high)
        return spin

    def _build_top(self, examiner: ExaminerSummary) -> None:
        self.examiner_combo = self._combo("gougeExaminer")
        self.examiner_combo.addItem(examiner.name, examiner.id)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("gougeDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")  # unambiguous in every locale
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.checkride_combo = self._combo("gougeCheckride")
        for code in CHECKRIDE_TYPES:
            self.checkride_combo.addItem(code, code)
        self.outcome_panel = QWidget(self)
        self.outcome_panel.setObjectName("gougeOutcome")
        self.pass_radio = QRadioButton(self.outcome_panel)
        self.pass_radio.setObjectName("gougePass")
        self.fail_radio = QRadioButton(self.outcome_panel)
        self.fail_radio.setObjectName("gougeFail")
        self.outcome_group = QButtonGroup(self)
        row = QHBoxLayout(self.outcome_panel)
        row.setContentsMargins(0, 0, 0, 0)
        for radio in (self.pass_radio, self.fail_radio):
            self.outcome_group.addButton(radio)
            row.addWidget(radio)
        row.addStretch()
        self.add_row(self.labels["examiner"], None, self.examiner_combo)
        self.add_row(self.labels["date"], "gouge_date", self.date_edit)
        self.add_row(self.labels["checkride"], "checkride_type", self.checkride_combo)
        self.add_row(self.labels["outcome"], "pass_or_fail", self.outcome_panel)

    def _build_scores(self) -> None:
        self.rating_spin = self._spin("gougeRating", 5)
        self.flight_combo = self._combo("gougeFlightDifficulty")
        self.oral_combo = self._combo("gougeOralDifficulty")
        for combo in (self.flight_combo, self.oral_combo):
            for level in (1, 2, 3):
                combo.addItem(str(level), level)
        self.stress_spin = self._spin("gougeStress", 5)
        self.add_row(self.labels["rating"], "rating", self.rating_spin)
        self.add_row(self.labels["flight"], "flight_difficulty", self.flight_combo)
        self.add_row(self.labels["oral"], "oral_difficulty", self.oral_combo)
        self.add_row(self.labels["stress"], "stress_level", self.stress_spin)

    def _build_texts(self) -> None:
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setObjectName("gougeContent")
        self.content_edit.setMinimumHeight(110)
        self.content_edit.setMaximumHeight(220)
        self.content_edit.setTabChangesFocus(True)
        self.unexpected_edit = QPlainTextEdit(self)
        self.unexpected_edit.setObjectName("gougeUnexpected")
        self.unexpected_edit.setMinimumHeight(70)
        self.unexpected_edit.setMaximumHeight(120)
        self.unexpected_edit.setTabChangesFocus(True)
        self.anonymous_box = QCheckBox(self)
        self.anonymous_box.setObjectName("gougeAnonymous")
        self.anonymous_hint = QLabel(self)
        self.anonymous_hint.setProperty("role", "muted")
        self.anonymous_hint.setWordWrap(True)
        self.add_row(self.labels["content"], "content", self.content_edit)
        self.add_row(self.labels["unexpected"], "unexpected_elements", self.unexpected_edit)
        privacy = QWidget(self)
        column = QVBoxLayout(privacy)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.anonymous_box)
        column.addWidget(self.anonymous_hint)
        self.add_row(self.labels["anonymous"], None, privacy)
        self.labels["anonymous"].setBuddy(self.anonymous_box)

    def _fill(self, examiner: ExaminerSummary, entry: GougeEntry | None) -> None:
        if entry is None:
            self.date_edit.setDate(QDate.currentDate())
            first = examiner.checkride_types[0] if examiner.checkride_types else "private"
            self.checkride_combo.setCurrentIndex(self.checkride_combo.findData(first))
            self.rating_spin.setValue(3)
            self.flight_combo.setCurrentIndex(1)
            self.oral_combo.setCurrentIndex(1)
            self.stress_spin.setValue(3)
            return
        self.date_edit.setDate(QDate(entry.gouge_date))
        self.checkride_combo.setCurrentIndex(self.checkride_combo.findData(entry.checkride_type))
        (self.pass_radio if entry.pass_or_fail == "pass" else self.fail_radio).setChecked(True)
        self.rating_spin.setValue(entry.rating)
        self.flight_combo.setCurrentIndex(entry.flight_difficulty - 1)
        self.oral_combo.setCurrentIndex(entry.oral_difficulty - 1)
        self.stress_spin.setValue(entry.stress_level)
        self.content_edit.setPlainText(entry.content)
        self.unexpected_edit.setPlainText(entry.unexpected_elements)
        self.anonymous_box.setChecked(entry.is_anonymous)

    def _set_examiners(self, examiners: list[ExaminerSummary]) -> None:
        current = self.examiner_combo.currentData()
        self.examiner_combo.clear()
        for examiner in examiners:
            place = examiner.home_airport or examiner.region
            text = f"{examiner.name} ({place})" if place else examiner.name
            self.examiner_combo.addItem(text, examiner.id)
        self.examiner_combo.setCurrentIndex(max(0, self.examiner_combo.findData(current)))

    def _outcome(self) -> str:
        if self.pass_radio.isChecked():
            return "pass"
        return "fail" if self.fail_radio.isChecked() else ""

    def values(self) -> GougeInput:
        return GougeInput(
            examiner_id=int(self.examiner_combo.currentData()),
            gouge_date=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            checkride_type=str(self.checkride_combo.currentData()),
            pass_or_fail=self._outcome(),
            rating=self.rating_spin.value(),
            flight_difficulty=int(self.flight_combo.currentData()),
            oral_difficulty=int(self.oral_combo.currentData()),
            stress_level=self.stress_spin.value(),
            content=self.content_edit.toPlainText(),
            unexpected_elements=self.unexpected_edit.toPlainText(),
            is_anonymous=self.anonymous_box.isChecked(),
        )

    def save(self) -> None:
        db, user = self.session.database, self.session.user_id
        today = date.today()
        if self.entry is None:
            self.submit(write_gouge, db, user, self.values(), today=today)
        else:
            self.submit(edit_gouge, db, user, self.entry.id, self.values(), today=today)

    def retranslate(self) -> None:
        writing = self.entry is None
        self.setWindowTitle(self.tr("Write gouge") if writing else self.tr("Edit your gouge"))
        texts = {
            "examiner": self.tr("E&xaminer"),
            "date": self.tr("Checkride &date"),
            "checkride": self.tr("&Checkride"),
            "outcome": self.tr("Result"),
            "rating": self.tr("&Rating of the examiner"),
            "flight": self.tr("&Flight difficulty"),
            "oral": self.tr("&Oral difficulty"),
            "stress": self.tr("&Stress level"),
            "content": self.tr("&What happened"),
            "unexpected": self.tr("&Unexpected elements"),
            "anonymous": self.tr("Privacy"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self._retranslate_choices()
        self._retranslate_hints()
        self.retranslate_buttons()

    def _retranslate_choices(self) -> None:
        for i in range(self.checkride_combo.count()):
            self.checkride_combo.setItemText(i, checkride_label(self.checkride_combo.itemData(i)))
        for combo in (self.flight_combo, self.oral_combo):
            for i in range(combo.count()):
                combo.setItemText(i, difficulty_label(combo.itemData(i)))
        self.pass_radio.setText(self.tr("Passed"))
        self.fail_radio.setText(self.tr("Failed (notice of disapproval)"))
        self.rating_spin.setSuffix(self.tr(" / 5"))
        self.stress_spin.setSuffix(self.tr(" / 5"))
        self.anonymous_box.setText(self.tr("Post anonymously"))

    def _retranslate_hints(self) -> None:
        self.content_edit.setPlaceholderText(
            self.tr("What did the examiner ask on the oral? How did the flight go?")
        )
        self.unexpected_edit.setPlaceholderText(
            self.tr("One item per line; each can become a flashcard.")
        )
        self.anonymous_hint.setText(
            self.tr(
                "Others never see your name or email with this report. It still shows as yours to you, so you can edit or delete it."  # noqa: E501 (one string for lupdate)
            )
        )
        accessible = {
            self.examiner_combo: self.tr("Examiner"),
            self.date_edit: self.tr("Checkride date"),
            self.checkride_combo: self.tr("Checkride"),
            self.outcome_panel: self.tr("Result"),
            self.pass_radio: self.tr("Passed"),
            self.fail_radio: self.tr("Failed"),
            self.rating_spin: self.tr("Rating of the examiner, 1 to 5"),
            self.flight_combo: self.tr("Flight difficulty"),
            self.oral_combo: self.tr("Oral difficulty"),
            self.stress_spin: self.tr("Stress level, 1 to 5"),
            self.content_edit: self.tr("What happened"),
            self.unexpected_edit: self.tr("Unexpected elements"),
            self.anonymous_box: self.tr("Post anonymously"),
        }
        for widget, name in accessible.items():
            widget.setAccessibleName(name)
