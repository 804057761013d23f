"""Add or edit a card: question and answer as rich text with pictures, set, category,
ACS code, reference and the author's difficulty.

Pictures are copied into the data folder's media/ (``core.flashcards.media``, on
a task) before they are put into the text; the card refers to them by name. The
set and category lists load on a task when the dialog opens; Save waits for them.
An edit keeps the card's schedule and review history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QWidget

from studyapp.core.db import Database
from studyapp.core.flashcards.cards import (
    ACS_CODE_MAX,
    REFERENCE_MAX,
    CardContent,
    add_card,
    update_card,
)
from studyapp.core.flashcards.media import add_image, add_image_bytes
from studyapp.core.flashcards.sets import SetInfo, list_categories, list_sets
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import FormDialog, alive
from studyapp.ui.widgets import browser_texts
from studyapp.ui.widgets.review_texts import difficulty_label
from studyapp.ui.widgets.rich_text_editor import RichTextEditor

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp"
Choices = tuple[list[SetInfo], list[tuple[int, str]]]


def _choices(db: Database, user_id: int) -> Choices:
    return list_sets(db, user_id), list_categories(db)


class CardEditorDialog(FormDialog):
    """``saved`` carries the card's id once it is added or edited."""

    field_sentence = staticmethod(browser_texts.field_error)
    task_sentence = staticmethod(browser_texts.task_error)

    def __init__(
        self,
        session: ProfileSession,
        card_id: int | None,
        content: CardContent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("cardEditorDialog")
        self.card_id, self.content = card_id, content
        self.choices_loaded = False
        media = session.paths.media
        self.question_editor = RichTextEditor("cardQuestion", media, self)
        self.answer_editor = RichTextEditor("cardAnswer", media, self)
        self.question_edit = self.question_editor.text_edit
        self.answer_edit = self.answer_editor.text_edit
        self.question_editor.set_card_text(content.question)
        self.answer_editor.set_card_text(content.answer)
        self.set_combo = self._combo("cardSetCombo")
        self.category_combo = self._combo("cardCategoryCombo")
        self.acs_edit = self._line("cardAcsEdit", content.acs_code, ACS_CODE_MAX)
        self.reference_edit = self._line("cardReferenceEdit", content.reference, REFERENCE_MAX)
        self.difficulty_combo = self._combo("cardDifficultyCombo")
        for level in (1, 2, 3):
            self.difficulty_combo.addItem("", level)
        self.difficulty_combo.setCurrentIndex(
            max(0, self.difficulty_combo.findData(content.difficulty))
        )
        self.labels = [QLabel(self) for _ in range(7)]
        for label, (field, editor) in zip(self.labels, self._fields(), strict=True):
            self.add_row(label, field, editor)
        for field, editor in (("question", self.question_editor), ("answer", self.answer_editor)):
            editor.picture_requested.connect(lambda f=field: self.choose_picture(f))
            edit = editor.text_edit
            edit.picture_pasted.connect(lambda data, f=field: self.insert_picture(f, data))
            edit.files_dropped.connect(lambda paths, f=field: self._insert_files(f, paths))
        self._save_pending = False
        self.retranslate()
        session.tasks.submit(
            _choices, session.database, session.user_id,
            on_result=alive(self, self._choices_loaded),
            on_error=alive(self, self._failed), write=False,
        )  # fmt: skip

    def _fields(self) -> tuple[tuple[str, QWidget], ...]:
        return (("question", self.question_editor), ("answer", self.answer_editor),
                ("set", self.set_combo), ("category", self.category_combo),
                ("acs_code", self.acs_edit), ("reference", self.reference_edit),
                ("difficulty", self.difficulty_combo))  # fmt: skip

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(28)  # filled later: room for a set's name meanwhile
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _line(self, name: str, text: str | None, limit: int) -> QLineEdit:
        edit = QLineEdit(text or "", self)
        edit.setObjectName(name)
        edit.setMaxLength(limit + 1)  # one over, so the core's "too long" can be shown
        return edit

    def _choices_loaded(self, choices: Choices) -> None:
        sets, categories = choices
        for info in sets:
            self.set_combo.addItem(info.name, info.id)
        self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(self.content.set_id)))
        self.category_combo.addItem(self.tr("No category"), None)
        for category_id, name in categories:
            self.category_combo.addItem(name, category_id)
        found = self.category_combo.findData(self.content.category_id)
        self.category_combo.setCurrentIndex(max(0, found))
        self.choices_loaded = True
        if not sets:
            self.errors.show({"set": "none"})
        elif self._save_pending:
            self.save()

    # Pictures ----------------------------------------------------------------

    def choose_picture(self, field: str) -> None:
        dialog = QFileDialog(self, self.tr("Insert picture"))
        dialog.setObjectName("pictureFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures (%1)").replace("%1", IMAGE_FILTER))
        dialog.fileSelected.connect(lambda path: self.insert_picture_file(field, Path(path)))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.picture_dialog = dialog
        dialog.open()

    def _insert_files(self, field: str, paths: list[Path]) -> None:
        for path in paths:
            self.insert_picture_file(field, path)

    def insert_picture_file(self, field: str, path: Path) -> None:
        """Copy the picture at ``path`` into the media folder, then put it in ``field``."""
        self._store_picture(field, add_image, path)

    def insert_picture(self, field: str, data: bytes) -> None:
        """Store a pasted picture in the media folder, then put it in ``field``."""
        self._store_picture(field, add_image_bytes, data)

    def _store_picture(self, field: str, store: Callable[[Path, Any], str], source: Any) -> None:
        editor = self.question_editor if field == "question" else self.answer_editor
        label = self.errors.labels[field]

        def copied(name: str) -> None:
            label.show_code(None)
            editor.insert_picture(name)

        def refused(error: Exception) -> None:
            codes = getattr(error, "errors", {})
            label.show_code(f"image.{codes['image']}" if "image" in codes else "image.unreadable")

        self.session.tasks.submit(
            store, self.session.paths.media, source,
            on_result=alive(self, copied), on_error=alive(self, refused), write=False,
        )  # fmt: skip

    # Saving --------------------------------------------------------------------

    def edited_content(self) -> CardContent:
        return replace(
            self.content,
            set_id=self.set_combo.currentData() or 0,
            category_id=self.category_combo.currentData(),
            question=self.question_editor.card_text(),
            answer=self.answer_editor.card_text(),
            acs_code=self.acs_edit.text(),
            reference=self.reference_edit.text(),
            difficulty=int(self.difficulty_combo.currentData()),
        )

    def save(self) -> None:
        if not self.choices_loaded:
            self._save_pending = True  # Save pressed before the set list arrived
            return
        self._save_pending = False
        if self.set_combo.currentData() is None:
            self.errors.show({"set": "none"})
            return
        self.submit(self._write, self.edited_content())

    def _write(self, content: CardContent) -> int:
        db, user_id = self.session.database, self.session.user_id
        if self.card_id is None:
            return add_card(
                db, user_id, content.set_id, content.question, content.answer,
                category_id=content.category_id, difficulty=content.difficulty,
                acs_code=content.acs_code, reference=content.reference,
            )  # fmt: skip
        update_card(db, user_id, self.card_id, content)
        return self.card_id

    # Language ------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add card") if self.card_id is None else self.tr("Edit card"))
        texts = (
            (self.tr("&Question:"), self.tr("Question")),
            (self.tr("&Answer:"), self.tr("Answer")),
            (self.tr("&Set:"), self.tr("Set")),
            (self.tr("Ca&tegory:"), self.tr("Category")),
            (self.tr("A&CS code:"), self.tr("ACS code")),
            (self.tr("&Reference:"), self.tr("Reference")),
            (self.tr("&Difficulty:"), self.tr("Author's difficulty")),
        )
        for label, (_field, editor), (text, name) in zip(
            self.labels, self._fields(), texts, strict=True
        ):
            label.setText(text)
            target = editor.text_edit if isinstance(editor, RichTextEditor) else editor
            target.setAccessibleName(name)
        self.acs_edit.setPlaceholderText(self.tr("e.g. PA.I.E.K1"))
        self.reference_edit.setPlaceholderText(self.tr("e.g. 14 CFR 91.155, AIM 3-2-4"))
        for i in range(self.difficulty_combo.count()):
            self.difficulty_combo.setItemText(i, difficulty_label(i + 1))
        if self.category_combo.count():
            self.category_combo.setItemText(0, self.tr("No category"))
        self.retranslate_buttons()
