"""Edit the card being reviewed (the E key): the card editor, named for the review screen.

The same dialog as the card browser's (rich text, pictures, set, category, ACS
code, reference, difficulty); the card keeps its schedule and review history.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from studyapp.core.flashcards.cards import CardContent
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.card_editor_dialog import CardEditorDialog


class ReviewCardDialog(CardEditorDialog):
    """``saved`` carries the card id once the edit is committed."""

    def __init__(
        self,
        session: ProfileSession,
        card_id: int,
        content: CardContent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, card_id, content, parent)
        self.setObjectName("reviewCardDialog")
