"""The mock oral setup screen: which ACS, which areas (or full / weak), time limit, start.

Layout and signals only; pages/oral_page.py loads the data and starts the session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.oral.acs import AcsDocument
from studyapp.core.oral.models import MODE_AREAS, MODE_FULL, MODE_WEAK
from studyapp.core.oral.views import QuestionView, SessionState
from studyapp.ui.models.oral_check_model import CheckListModel
from studyapp.ui.models.oral_question_list_model import QuestionListModel
from studyapp.ui.widgets.oral_task_note import task_note_text
from studyapp.ui.widgets.oral_texts import acs_label
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.section import Section

DEFAULT_LIMIT_MINUTES = 60


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget


class OralSetupView(Retranslating, QWidget):
    start_requested = Signal(str, str, tuple, object)  # acs_id, mode, area codes, minutes|None
    resume_requested = Signal(int)
    acs_changed = Signal(str)
    import_requested = Signal()
    export_requested = Signal()
    write_requested = Signal()
    edit_requested = Signal(object)  # QuestionView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oralSetup")
        self.documents: list[AcsDocument] = []
        self.counts: dict[str, int] = {}
        self.unfinished: SessionState | None = None
        self.areas = CheckListModel(self)
        self.resume_card = self._resume_card()
        self.setup_card = self._setup_card()
        self.bank_card = self._bank_card()
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for card in (self.resume_card, self.setup_card, self.bank_card):
            column.addWidget(card)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.retranslate()
        self._mode_changed()
        self.my_list.hide()

    # Layout ------------------------------------------------------------------

    def _resume_card(self) -> Section:
        card = Section(self)
        card.setObjectName("oralResumeCard")
        self.resume_text = QLabel(card)
        self.resume_text.setObjectName("oralResumeText")
        self.resume_text.setWordWrap(True)
        self.resume_button = _named(QPushButton(card), "oralResumeButton")
        self.resume_button.clicked.connect(self._resume)
        row = QHBoxLayout()
        row.addWidget(self.resume_text, 1)
        row.addWidget(self.resume_button)
        card.body.addLayout(row)
        card.hide()
        return card

    def _setup_card(self) -> Section:
        card = Section(self)
        self.acs = _named(QComboBox(card), "oralAcs")
        self.acs.currentIndexChanged.connect(self._acs_changed)
        self.count_label = QLabel(card)
        self.count_label.setProperty("role", "muted")
        self.mode_buttons = QButtonGroup(card)
        self.mode_row = QVBoxLayout()
        for mode, name in ((MODE_AREAS, "oralModeAreas"), (MODE_FULL, "oralModeFull"),
                           (MODE_WEAK, "oralModeWeak")):  # fmt: skip
            button = _named(QRadioButton(card), name)
            button.setProperty("mode", mode)
            self.mode_buttons.addButton(button)
            self.mode_row.addWidget(button)
        self.mode_buttons.buttons()[0].setChecked(True)
        self.mode_buttons.buttonToggled.connect(lambda *_: self._mode_changed())
        self.area_list = _named(QListView(card), "oralAreas")
        self.area_list.setModel(self.areas)
        self.area_list.setMinimumHeight(200)
        # Partial or left-out tasks of the chosen areas: check them in the printed ACS.
        self.task_note = QLabel(card)
        self.task_note.setObjectName("oralTaskNote")
        self.task_note.setProperty("role", "muted")
        self.task_note.setWordWrap(True)
        self.task_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.task_note.hide()
        self.areas.dataChanged.connect(lambda *_: self._refresh_task_note())
        self.areas.modelReset.connect(self._refresh_task_note)
        self.use_limit = _named(QCheckBox(card), "oralUseLimit")
        self.use_limit.setChecked(True)
        self.limit = _named(QSpinBox(card), "oralTimeLimit")
        self.limit.setRange(1, 600)
        self.limit.setValue(DEFAULT_LIMIT_MINUTES)
        self.use_limit.toggled.connect(self.limit.setEnabled)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.use_limit)
        limit_row.addWidget(self.limit)
        limit_row.addStretch(1)
        self.form = QFormLayout()
        self.form_labels = [QLabel(card) for _ in range(4)]
        self.form.addRow(self.form_labels[0], self.acs)
        self.form.addRow("", self.count_label)
        self.form.addRow(self.form_labels[1], self.mode_row)
        self.form.addRow(self.form_labels[2], self.area_list)
        self.form.addRow(self.form_labels[3], limit_row)
        card.body.addLayout(self.form)
        # In the card's column, not a form row: the form gives a wrapped label too much height.
        card.body.addWidget(self.task_note)
        self.error = QLabel(card)
        self.error.setObjectName("oralSetupError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.start_button = _named(QPushButton(card), "oralStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addStretch(0 if self.error.isVisible() else 1)
        row.addWidget(self.start_button)
        card.body.addLayout(row)
        return card

    def _bank_card(self) -> Section:
        card = Section(self)
        self.bank_text = QLabel(card)
        self.bank_text.setWordWrap(True)
        self.bank_text.setProperty("role", "muted")
        self.import_button = _named(QPushButton(card), "oralImport")
        self.export_button = _named(QPushButton(card), "oralExport")
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.write_button = _named(QPushButton(card), "oralWriteQuestion")
        self.write_button.clicked.connect(self.write_requested)
        self.my_questions = QuestionListModel(self)
        self.my_list = _named(QListView(card), "oralMyQuestions")
        self.my_list.setModel(self.my_questions)
        self.my_list.setMaximumHeight(140)
        self.my_list.doubleClicked.connect(self._edit)
        self.bank_status = QLabel(card)
        self.bank_status.setObjectName("oralBankStatus")
        self.bank_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        card.body.addWidget(self.bank_text)
        card.body.addLayout(row)
        card.body.addWidget(self.my_list)
        card.body.addWidget(self.bank_status)
        return card

    def set_my_questions(self, questions: list[QuestionView]) -> None:
        self.my_questions.set_questions(questions)
        self.my_list.setVisible(bool(questions))

    def _edit(self) -> None:
        question = self.my_questions.question(self.my_list.currentIndex().row())
        if question is not None:
            self.edit_requested.emit(question)

    def retranslate(self) -> None:
        self.setup_card.set_title(self.tr("New mock oral"))
        self.resume_card.set_title(self.tr("Unfinished oral"))
        self.bank_card.set_title(self.tr("My questions and question banks"))
        self.write_button.setText(self.tr("Write a question…"))
        self.my_list.setAccessibleName(self.tr("My questions (double-click to edit)"))
        self.my_list.setToolTip(self.tr("Double-click a question to edit it"))
        self.resume_button.setText(self.tr("Resume"))
        labels = (self.tr("ACS"), self.tr("Questions from"), self.tr("Areas"), self.tr("Clock"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        texts = (self.tr("Areas I choose"), self.tr("Full oral (every area)"),
                 self.tr("My weak areas (tasks under 70 % readiness)"))  # fmt: skip
        for button, text in zip(self.mode_buttons.buttons(), texts, strict=True):
            button.setText(text)
        self.use_limit.setText(self.tr("Time limit (minutes)"))
        self.start_button.setText(self.tr("Start oral"))
        self.bank_text.setText(self.tr(
            "Write your own questions, share them with your students or import theirs: a JSON "
            "or CSV file in the format described in resources/oral/README.md."))  # fmt: skip
        self.import_button.setText(self.tr("Import bank…"))
        self.export_button.setText(self.tr("Export my questions…"))
        for widget in (self.acs, self.area_list, self.use_limit, self.limit, self.start_button,
                       self.resume_button, self.import_button, self.export_button,
                       self.write_button,
                       *self.mode_buttons.buttons()):  # fmt: skip
            widget.setAccessibleName(self._accessible(widget))
        for index in range(self.acs.count()):
            self.acs.setItemText(index, acs_label(self.acs.itemData(index)))
        self._refresh_texts()

    def _accessible(self, widget: QWidget) -> str:
        names = {
            self.acs: self.tr("ACS"),
            self.area_list: self.tr("Areas of operation"),
            self.limit: self.tr("Time limit in minutes"),
        }
        return names.get(widget) or getattr(widget, "text", lambda: "")()

    # Data --------------------------------------------------------------------

    def set_documents(self, documents: list[AcsDocument], counts: dict[str, int]) -> None:
        current = self.acs_id()
        self.documents, self.counts = documents, counts
        self.acs.blockSignals(True)
        self.acs.clear()
        for document in documents:
            self.acs.addItem(acs_label(document.acs_id), document.acs_id)
        found = self.acs.findData(current) if current else -1
        self.acs.setCurrentIndex(max(found, 0))
        self.acs.blockSignals(False)
        self._fill_areas()

    def set_unfinished(self, state: SessionState | None) -> None:
        self.unfinished = state
        self.resume_card.setVisible(state is not None)
        self._refresh_texts()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def acs_id(self) -> str:
        return self.acs.currentData() or ""

    def mode(self) -> str:
        checked = self.mode_buttons.checkedButton()
        return checked.property("mode") if checked else MODE_AREAS

    def choose(self, mode: str, areas: tuple[str, ...] = ()) -> None:
        """Select a mode and areas, as a pilot would by clicking (used by tests too)."""
        for button in self.mode_buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self.areas.set_checked([key in areas for key in self.areas.item_keys()])

    def _document(self) -> AcsDocument | None:
        return next((d for d in self.documents if d.acs_id == self.acs_id()), None)

    def _fill_areas(self) -> None:
        document = self._document()
        areas = document.areas if document else ()
        self.areas.set_items([(a.code, f"{a.numeral}. {a.name}") for a in areas])
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        count = self.counts.get(self.acs_id(), 0)
        self.count_label.setText(self.tr("Questions in this ACS: %1").replace("%1", str(count)))
        state = self.unfinished
        if state is not None:
            self.resume_text.setText(
                self.tr("%1: %2 of %3 questions answered.")
                .replace("%1", acs_label(state.acs_id))
                .replace("%2", str(state.answered))
                .replace("%3", str(state.total))
            )
        self._refresh_task_note()

    def _refresh_task_note(self) -> None:
        """One line naming the chosen areas' tasks a pilot should check in their own copy."""
        areas = tuple(self.areas.checked_keys()) if self.mode() == MODE_AREAS else None
        text = task_note_text(self._document(), areas) if areas != () else ""
        self.task_note.setText(text)
        self.task_note.setAccessibleName(text)
        self.task_note.setVisible(bool(text))

    def _acs_changed(self) -> None:
        self._fill_areas()
        self.show_error("")
        self.acs_changed.emit(self.acs_id())

    def _mode_changed(self) -> None:
        self.area_list.setEnabled(self.mode() == MODE_AREAS)
        self._refresh_task_note()

    def _start(self) -> None:
        self.show_error("")
        areas = tuple(self.areas.checked_keys()) if self.mode() == MODE_AREAS else ()
        limit = self.limit.value() if self.use_limit.isChecked() else None
        self.start_requested.emit(self.acs_id(), self.mode(), areas, limit)

    def _resume(self) -> None:
        if self.unfinished is not None:
            self.resume_requested.emit(self.unfinished.session_id)
