"""The starter-deck gallery: the inviting first screen of an empty profile, and "Starter decks…".

Layout and signals only; pages/study_page.py installs the decks off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.starter_decks import StarterDeckInfo
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.review_texts import cards_count
from studyapp.ui.widgets.section import centred, fill_with_scroll


class DeckTile(Retranslating, QFrame):
    """One starter deck: what it is, how many cards, and its Install button."""

    install_requested = Signal(str)  # deck id

    def __init__(self, deck: StarterDeckInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.installed = 0
        self.setObjectName(f"deckTile-{deck.deck_id}")
        self.setProperty("role", "card")
        self.title = QLabel(deck.title, self)
        self.title.setProperty("role", "heading")
        self.description = QLabel(deck.description, self)
        self.description.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.result = QLabel(self)
        self.result.setObjectName("deckInstallResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("deckInstallProgress")
        self.progress.setRange(0, 0)  # busy: the install is one short transaction
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.install_button = QPushButton(self)
        self.install_button.setObjectName(f"installDeckButton-{deck.deck_id}")
        self.install_button.clicked.connect(lambda: self.install_requested.emit(deck.deck_id))
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.install_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 18)
        column.setSpacing(8)
        for widget in (self.title, self.description):
            column.addWidget(widget)
        column.addLayout(footer)
        column.addWidget(self.progress)
        column.addWidget(self.result)

    def set_installing(self, installing: bool) -> None:
        self.progress.setVisible(installing)
        self.install_button.setEnabled(not installing)
        if installing:
            self.result.hide()

    def set_installed(self, card_count: int) -> None:
        self.installed = card_count
        self.retranslate()

    def show_result(self, text: str, *, error: bool = False) -> None:
        self.result.setProperty("role", "error" if error else "success")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)
        self.result.show()

    def retranslate(self) -> None:
        count = cards_count(self.deck.card_count)
        if self.installed:
            count = self.tr("%1 · installed").replace("%1", count)
        self.count.setText(count)
        self.install_button.setText(self.tr("Update") if self.installed else self.tr("Install"))
        self.install_button.setAccessibleName(
            self.tr("Install the deck %1").replace("%1", self.deck.title)
        )
        self.progress.setAccessibleName(self.tr("Installing %1").replace("%1", self.deck.title))


class DeckGallery(Retranslating, QWidget):
    install_requested = Signal(str)  # deck id
    create_requested = Signal()
    import_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckGallery")
        self.tiles: dict[str, DeckTile] = {}
        self._first_run = True
        self.headline = QLabel(self)
        self.headline.setObjectName("galleryHeadline")
        self.headline.setProperty("role", "title")
        self.headline.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setProperty("role", "muted")
        self.body.setWordWrap(True)
        self.tile_column = QVBoxLayout()
        self.tile_column.setSpacing(14)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("galleryNewSetButton")
        self.create_button.clicked.connect(self.create_requested)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("galleryImportButton")
        self.import_button.clicked.connect(self.import_requested)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("galleryBackButton")
        self.back_button.clicked.connect(self.back_requested)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        content = QWidget(self)
        content.setMaximumWidth(720)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        column.addWidget(self.headline)
        column.addWidget(self.body)
        column.addSpacing(6)
        column.addLayout(self.tile_column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.create_button)
        column.addLayout(buttons)
        column.addStretch(1)
        inner = QWidget(self)
        outer = QVBoxLayout(inner)
        outer.addSpacing(24)
        outer.addLayout(centred(content))
        fill_with_scroll(self, "galleryScroll", inner)

    def set_decks(self, decks: list[StarterDeckInfo]) -> None:
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tiles = {}
        for deck in decks:
            tile = DeckTile(deck, self)
            tile.install_requested.connect(self.install_requested)
            self.tile_column.addWidget(tile)
            self.tiles[deck.deck_id] = tile

    def set_first_run(self, first_run: bool) -> None:
        """With no set yet the gallery is the welcome screen; otherwise it has a way back."""
        self._first_run = first_run
        self.back_button.setVisible(not first_run)
        self.retranslate()

    def tile(self, deck_id: str) -> DeckTile:
        return self.tiles[deck_id]

    def retranslate(self) -> None:
        if self._first_run:
            self.headline.setText(self.tr("Start with a starter deck"))
            self.body.setText(
                self.tr(
                    "You have no flashcards yet. Install a deck written for your checkride: every card names its ACS element and the regulation or handbook it comes from. You can edit any card, or make your own set."  # noqa: E501 (one string for lupdate)
                )
            )
        else:
            self.headline.setText(self.tr("Starter decks"))
            self.body.setText(
                self.tr(
                    "Installing a deck again updates the cards you already have and keeps your review history."  # noqa: E501 (one string for lupdate)
                )
            )
        self.create_button.setText(self.tr("Create my own set…"))
        self.create_button.setAccessibleName(self.tr("Create your own set"))
        self.import_button.setText(self.tr("Import a file…"))
        self.import_button.setAccessibleName(self.tr("Import flashcards from a file"))
        self.back_button.setText(self.tr("Back to my sets"))
        self.back_button.setAccessibleName(self.tr("Back to my sets"))
