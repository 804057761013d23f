""" "Practise this": turn an unexpected element of a report into a flashcard."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from studyapp.core.flashcards.sets import SetInfo, list_sets
from studyapp.core.gouge.practice import create_card_from_gouge
from studyapp.core.gouge.search import fold
from studyapp.core.gouge.service import GougeEntry
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.gouge_dialog_base import GougeFormDialog

DEFAULT_SET = -1  # item data of "the From gouge set" (found or created by name)


class PracticeDialog(GougeFormDialog):
    """``saved`` carries the core's PracticeCard."""

    def __init__(
        self,
        session: ProfileSession,
        entry: GougeEntry,
        element: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("practiceDialog")
        self.entry, self.element = entry, element
        self.labels = {key: QLabel(self) for key in ("question", "answer", "set")}
        self.source = QLabel(self)
        self.source.setObjectName("practiceSource")
        self.source.setProperty("role", "muted")
        self.source.setWordWrap(True)
        self.layout().insertWidget(0, self.source)
        self.question_edit = self._editor("practiceQuestion", 60, 100)
        self.question_edit.setPlainText(element)
        self.answer_edit = self._editor("practiceAnswer", 90, 160)
        self.set_combo = QComboBox(self)
        self.set_combo.setObjectName("practiceSet")
        self.set_combo.addItem("", DEFAULT_SET)
        self.add_row(self.labels["question"], "question", self.question_edit)
        self.add_row(self.labels["answer"], "answer", self.answer_edit)
        self.add_row(self.labels["set"], "set", self.set_combo)
        self.retranslate()
        self.resize(520, self.sizeHint().height())
        session.tasks.submit(
            list_sets,
            session.database,
            session.user_id,
            on_result=alive(self, self._set_sets),
            write=False,
        )

    def _editor(self, name: str, low: int, high: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setMinimumHeight(low)
        edit.setMaximumHeight(high)
        edit.setTabChangesFocus(True)
        return edit

    def default_set_name(self) -> str:
        return self.tr("From gouge")

    def _set_sets(self, sets: list[SetInfo]) -> None:
        for choice in sets:
            if fold(choice.name) != fold(self.default_set_name()):
                self.set_combo.addItem(choice.name, choice.id)

    def save(self) -> None:
        chosen = self.set_combo.currentData()
        self.submit(
            create_card_from_gouge,
            self.session.database,
            self.session.user_id,
            self.entry.id,
            question=self.question_edit.toPlainText(),
            answer=self.answer_edit.toPlainText(),
            set_id=None if chosen == DEFAULT_SET else int(chosen),
            new_set_name=self.default_set_name(),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Practise this"))
        self.source.setText(
            self.tr("Unexpected on a checkride with %1: “%2”. Turn it into a flashcard:")
            .replace("%1", self.entry.examiner_name)
            .replace("%2", self.element)
        )
        texts = {
            "question": self.tr("&Question"),
            "answer": self.tr("&Answer"),
            "set": self.tr("Add to &set"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.set_combo.setItemText(0, self.default_set_name())
        self.answer_edit.setPlaceholderText(
            self.tr("Write the answer you want to remember (look it up in the AIM, FAR or ACS).")
        )
        self.source.setAccessibleName(self.tr("Unexpected element from the gouge"))
        self.question_edit.setAccessibleName(self.tr("Flashcard question"))
        self.answer_edit.setAccessibleName(self.tr("Flashcard answer"))
        self.set_combo.setAccessibleName(self.tr("Flashcard set"))
        self.retranslate_buttons()
