"""Name a new set, or rename one: the name is checked by the core (required, unique, length)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from studyapp.core.flashcards.sets import NAME_MAX, create_set, rename_set
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.review_form_dialog import ReviewFormDialog


class DeckNameDialog(ReviewFormDialog):
    """Creates a set (``set_id`` None) or renames one; ``saved`` carries the core's SetInfo."""

    def __init__(
        self,
        session: ProfileSession,
        set_id: int | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("deckNameDialog")
        self.set_id = set_id
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("setNameEdit")
        self.name_edit.setMaxLength(NAME_MAX + 1)  # one over, so "too long" can be said
        self.name_edit.setMinimumWidth(340)
        self.name_edit.selectAll()
        self.add_row(self.name_label, "name", self.name_edit)
        self.retranslate()

    def save(self) -> None:
        db, user_id, name = self.session.database, self.session.user_id, self.name_edit.text()
        if self.set_id is None:
            self.submit(create_set, db, user_id, name)
        else:
            self.submit(rename_set, db, user_id, self.set_id, name)

    def retranslate(self) -> None:
        creating = self.set_id is None
        self.setWindowTitle(self.tr("New set") if creating else self.tr("Rename set"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_edit.setAccessibleName(self.tr("Set name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Airspace, or Checkride week"))
        self.retranslate_buttons()
