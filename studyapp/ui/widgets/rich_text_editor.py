"""A card side's editor: a QTextEdit under a small toolbar (bold, italic, underline, lists,
picture), showing pictures from the media folder the way the review screen does.

The text goes in and out as card HTML (``rich_text_html.document_html``). Text
that was not changed comes back exactly as it was loaded, so opening and saving
an imported card never rewrites markup the toolbar does not know.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QImage,
    QKeySequence,
    Qt,
    QTextCharFormat,
    QTextImageFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.rich_text_html import document_html

MAX_SHOWN_WIDTH = 480  # wider pictures are shown (and stored) this wide


class CardTextEdit(QTextEdit):
    """A QTextEdit that hands pasted or dropped pictures to its owner instead of
    embedding them: a card's pictures must first be copied into the media folder."""

    picture_pasted = Signal(bytes)  # PNG bytes of a pasted picture
    files_dropped = Signal(list)  # paths of picture files pasted or dropped

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            source.hasImage() or bool(_local_files(source)) or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files:
            self.files_dropped.emit(files)
        elif source.hasImage():
            self.picture_pasted.emit(_png_bytes(QImage(source.imageData())))
        else:
            super().insertFromMimeData(source)


def _local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class RichTextEditor(Retranslating, QWidget):
    picture_requested = Signal()  # the pilot wants to insert a picture from a file

    def __init__(self, name: str, media_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Editor")
        self.media_dir = media_dir
        self._loaded_text = ""
        self._loaded_html = ""
        self.text_edit = CardTextEdit(self)
        self.text_edit.setObjectName(f"{name}Edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(520, 110)
        self.text_edit.document().setBaseUrl(QUrl.fromLocalFile(str(media_dir) + "/"))
        self.setFocusProxy(self.text_edit)
        self.bold = self._tool(name, "Bold", QKeySequence.StandardKey.Bold, self._toggle_bold)
        self.italic = self._tool(name, "Italic", QKeySequence.StandardKey.Italic,
                                 lambda on: self.text_edit.setFontItalic(on))  # fmt: skip
        self.underline = self._tool(name, "Underline", QKeySequence.StandardKey.Underline,
                                    lambda on: self.text_edit.setFontUnderline(on))  # fmt: skip
        self.bullets = self._tool(name, "Bullets", None, lambda on: self._list(on, False))
        self.numbers = self._tool(name, "Numbers", None, lambda on: self._list(on, True))
        self.picture = self._tool(name, "Picture", None, lambda _on: self.picture_requested.emit())
        self.picture.setCheckable(False)
        bold_font = QFont(self.bold.font())
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        italic_font = QFont(self.italic.font())
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        underline_font = QFont(self.underline.font())
        underline_font.setUnderline(True)
        self.underline.setFont(underline_font)
        self.text_edit.currentCharFormatChanged.connect(self._format_changed)
        self.text_edit.cursorPositionChanged.connect(self._list_changed)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for button in self.tools():
            bar.addWidget(button)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(bar)
        column.addWidget(self.text_edit)
        self.retranslate()

    def _tool(
        self,
        name: str,
        role: str,
        key: QKeySequence.StandardKey | None,
        slot: Callable[[bool], None],
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"{name}{role}Button")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the text
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        if key is not None:
            # On the text box, not the button: the question and answer editors of one
            # dialog would otherwise share Ctrl+B, and an ambiguous shortcut does nothing.
            action = QAction(button)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(button.click)
            self.text_edit.addAction(action)
            button.setProperty("shortcut_text", QKeySequence(key).toString(
                QKeySequence.SequenceFormat.NativeText))  # fmt: skip
        return button

    def tools(self) -> tuple[QToolButton, ...]:
        return (self.bold, self.italic, self.underline, self.bullets, self.numbers, self.picture)

    # Text in and out ---------------------------------------------------------

    def set_card_text(self, text: str) -> None:
        if Qt.mightBeRichText(text):
            self.text_edit.setHtml(text)
        else:
            self.text_edit.setPlainText(text)
        self._loaded_text = text
        self._loaded_html = document_html(self.text_edit.document())

    def card_text(self) -> str:
        """The card HTML; the text as loaded when nothing was changed."""
        current = document_html(self.text_edit.document())
        return self._loaded_text if current == self._loaded_html else current

    def insert_picture(self, name: str) -> None:
        """Put the picture ``name`` (already in the media folder) at the cursor."""
        image = QImage(str(self.media_dir / name))
        picture = QTextImageFormat()
        picture.setName(name)
        if image.width() > MAX_SHOWN_WIDTH:
            picture.setWidth(MAX_SHOWN_WIDTH)
            picture.setHeight(round(image.height() * MAX_SHOWN_WIDTH / image.width()))
        self.text_edit.textCursor().insertImage(picture)
        self.text_edit.setFocus()

    # Formatting ----------------------------------------------------------------

    def _toggle_bold(self, on: bool) -> None:
        self.text_edit.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)

    def _list(self, on: bool, numbered: bool) -> None:
        cursor = self.text_edit.textCursor()
        current = cursor.currentList()
        if not on and current is not None:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        elif on:
            styles = QTextListFormat.Style
            cursor.createList(styles.ListDecimal if numbered else styles.ListDisc)
        self._list_changed()
        self.text_edit.setFocus()

    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold.value)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())

    def _list_changed(self) -> None:
        current = self.text_edit.textCursor().currentList()
        style = current.format().style() if current is not None else None
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
        self.bullets.setChecked(current is not None and style != QTextListFormat.Style.ListDecimal)

    def retranslate(self) -> None:
        texts = (
            (self.bold, self.tr("B"), self.tr("Bold")),
            (self.italic, self.tr("I"), self.tr("Italic")),
            (self.underline, self.tr("U"), self.tr("Underline")),
            (self.bullets, self.tr("• List"), self.tr("Bulleted list")),
            (self.numbers, self.tr("1. List"), self.tr("Numbered list")),
            (self.picture, self.tr("Picture…"), self.tr("Insert picture from a file")),
        )
        for button, text, name in texts:
            button.setText(text)
            shortcut = button.property("shortcut_text")
            button.setToolTip(f"{name} ({shortcut})" if shortcut else name)
            button.setAccessibleName(name)
