"""Import flashcards: choose a file and target set, map CSV columns, watch it run, see the result.

Steps: file (CSV/TSV/text or an Anki .apkg/.colpkg, and where the cards go) →
for text files, the column mapping with a preview → progress with Cancel →
a summary or the reason the file was refused. Reading the preview runs on the
reader pool; the import itself on the single writer, as one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.importing.csv_import import TextPreview, preview_text_file
from studyapp.core.flashcards.importing.errors import ImportFileError
from studyapp.core.flashcards.importing.result import ImportResult
from studyapp.core.flashcards.importing.service import ANKI_SUFFIXES, TEXT_SUFFIXES, import_file
from studyapp.core.flashcards.sets import NAME_MAX
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.import_mapping import MappingStep
from studyapp.ui.dialogs.transfer_dialog import TransferDialog, push_button, status_label
from studyapp.ui.dialogs.transfer_texts import import_error, import_summary

PREVIEW_ROWS = 8


class ImportDialog(TransferDialog):
    imported = Signal(object)  # ImportResult, once the cards are in

    def __init__(
        self, session: ProfileSession, set_names: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("importDialog")
        self.path: Path | None = None
        self.succeeded = False
        self.preview: TextPreview | None = None
        self.file_page = self._file_page(set_names)
        self.mapping_step = MappingStep(self)
        self.mapping_step.header_toggled.connect(self._reread)
        self.mapping_step.changed.connect(self.update_buttons)
        self.mapping_status = status_label(self.mapping_step, "mappingStatus")
        self.mapping_step.layout().addWidget(self.mapping_status)
        self.stack.addWidget(self.file_page)
        self.stack.addWidget(self.mapping_step)
        self.finish_layout()
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.resize(800, 500)
        self.retranslate()

    def _file_page(self, set_names: list[str]) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.file_edit = QLineEdit(page)
        self.file_edit.setObjectName("importFileEdit")
        self.file_edit.setReadOnly(True)
        self.browse_button = push_button(page, "browseButton")
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.file_label = QLabel(page)
        self.file_label.setBuddy(self.file_edit)
        self.own_sets_radio = QRadioButton(page)
        self.own_sets_radio.setObjectName("fileSetsRadio")
        self.own_sets_radio.setChecked(True)
        self.one_set_radio = QRadioButton(page)
        self.one_set_radio.setObjectName("oneSetRadio")
        self.set_group = QButtonGroup(page)
        for radio in (self.own_sets_radio, self.one_set_radio):
            self.set_group.addButton(radio)
            radio.toggled.connect(self._set_choice_changed)
        self.set_combo = QComboBox(page)
        self.set_combo.setObjectName("targetSetCombo")
        self.set_combo.setEditable(True)
        self.set_combo.addItems(set_names)
        self.set_combo.lineEdit().setMaxLength(NAME_MAX)
        self.set_combo.setEnabled(False)
        self.set_combo.editTextChanged.connect(lambda _text: self.update_buttons())
        one_set_row = QHBoxLayout()
        one_set_row.addWidget(self.one_set_radio)
        one_set_row.addWidget(self.set_combo, 1)
        self.into_label = QLabel(page)
        form = QFormLayout()
        form.addRow(self.file_label, file_row)
        targets = QVBoxLayout()
        targets.addWidget(self.own_sets_radio)
        targets.addLayout(one_set_row)
        form.addRow(self.into_label, targets)
        self.file_status = status_label(page, "fileStatus")
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.file_status)
        layout.addStretch(1)
        return page

    # Choosing ----------------------------------------------------------------

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import flashcards"), str(Path.home()), self._file_filter()
        )
        if chosen:
            self.choose_file(Path(chosen))

    def _file_filter(self) -> str:
        every = " ".join(f"*{suffix}" for suffix in (*TEXT_SUFFIXES, *ANKI_SUFFIXES))
        return ";;".join(
            (
                self.tr("Flashcard files (%1)").replace("%1", every),
                self.tr("CSV, TSV or text (*.csv *.tsv *.txt)"),
                self.tr("Anki packages (*.apkg *.colpkg)"),
                self.tr("All files (*)"),
            )
        )

    def choose_file(self, path: Path) -> None:
        """Take ``path`` as the file to import; a text file is read for the mapping step."""
        self.path, self.preview = path, None
        self.file_edit.setText(str(path))
        self.file_status.hide()
        if self.is_text:
            self._read_preview(None)
        self.update_buttons()

    @property
    def is_text(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in TEXT_SUFFIXES

    def _read_preview(self, has_header: bool | None) -> None:
        path = self.path
        self.next_button.setEnabled(False)

        def shown(preview: TextPreview) -> None:
            if path == self.path:
                self.preview = preview
                self.mapping_step.set_preview(preview)
                self.update_buttons()

        def failed(error: Exception) -> None:
            if path == self.path:
                self._refused(error)

        self.session.tasks.submit(
            preview_text_file, path, PREVIEW_ROWS, has_header,
            on_result=alive(self, shown), on_error=alive(self, failed), write=False,
        )  # fmt: skip

    def _reread(self, has_header: bool) -> None:
        if self.path is not None:
            self._read_preview(has_header)

    def _refused(self, error: Exception) -> None:
        """A file we cannot read: say why on the file page and let the pilot choose another."""
        self.preview = None
        self.stack.setCurrentWidget(self.file_page)
        self.file_status.setText(import_error(error))
        self.file_status.show()
        self.update_buttons()

    def _set_choice_changed(self) -> None:
        self.set_combo.setEnabled(self.one_set_radio.isChecked())
        if self.one_set_radio.isChecked():
            self.set_combo.setFocus()
        self.update_buttons()

    def target_set(self) -> str | None:
        """The set every card goes into, or None for the sets (decks) named in the file."""
        if self.one_set_radio.isChecked():
            return self.set_combo.currentText().strip() or None
        return None

    # Moving between steps ----------------------------------------------------

    def go_next(self) -> None:
        current = self.stack.currentWidget()
        if current is self.file_page and self.is_text:
            self.stack.setCurrentWidget(self.mapping_step)
        elif current in (self.file_page, self.mapping_step):
            self.start_import()

    def go_back(self) -> None:
        current = self.stack.currentWidget()
        if current is self.mapping_step or current is self.result_page:
            self.stack.setCurrentWidget(self.file_page)

    def start_import(self) -> None:
        if self.path is None:
            return
        mapping = None
        if self.is_text:
            try:
                mapping = self.mapping_step.mapping()
            except ImportFileError as error:
                self.mapping_status.setText(import_error(error))
                self.mapping_status.show()
                return
        self.mapping_status.hide()
        self.succeeded = False
        self.progress_label.setText(self.tr("Importing “%1”…").replace("%1", self.path.name))
        session = self.session
        self.run_task(
            import_file, session.database, session.user_id, self.path, session.paths.media,
            set_name=self.target_set(), mapping=mapping,
            on_result=self._imported, on_error=self._failed,
        )  # fmt: skip

    def _imported(self, result: ImportResult) -> None:
        self.succeeded = True
        self.show_result(self.tr("Import finished"), import_summary(result), error=False)
        self.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.show_result(self.tr("Nothing was imported"), import_error(error), error=True)

    def update_buttons(self) -> None:
        super().update_buttons()
        current = self.stack.currentWidget()
        on_file, on_mapping = current is self.file_page, current is self.mapping_step
        failed = current is self.result_page and not self.succeeded
        self.back_button.setVisible(on_mapping or failed)
        self.next_button.setVisible(on_file or on_mapping)
        to_mapping = on_file and self.is_text
        self.next_button.setText(self.tr("Next") if to_mapping else self.tr("Import"))
        self.next_button.setAccessibleName(self.next_button.text())
        target_ok = not self.one_set_radio.isChecked() or self.target_set() is not None
        if on_file:
            ready = self.path is not None and (self.preview is not None or not self.is_text)
            self.next_button.setEnabled(ready and target_ok)
        elif on_mapping:
            self.next_button.setEnabled(self.mapping_step.complete() and target_ok)

    # Language ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import flashcards"))
        self.intro.setText(
            self.tr(
                "Bring in cards from a CSV or TSV file, an Anki text export, or an Anki package (.apkg or .colpkg). Importing the same file again updates its cards instead of adding them twice."  # noqa: E501 (one string for lupdate)
            )
        )
        self.file_label.setText(self.tr("&File:"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button.setText(self.tr("Choose file…"))
        self.browse_button.setAccessibleName(self.tr("Choose the file to import"))
        self.into_label.setText(self.tr("Put cards in:"))
        self.own_sets_radio.setText(
            self.tr("The sets (decks) named in the file, else one named after the file")
        )
        self.own_sets_radio.setAccessibleName(self.own_sets_radio.text())
        self.one_set_radio.setText(self.tr("One set:"))
        self.one_set_radio.setAccessibleName(self.tr("Put every card in one set"))
        self.set_combo.setAccessibleName(self.tr("Set to import into"))
        self.set_combo.lineEdit().setPlaceholderText(self.tr("A set's name (new or existing)"))
        self.file_status.setAccessibleName(self.tr("Import problem"))
        self.mapping_status.setAccessibleName(self.tr("Mapping problem"))
        self.retranslate_shared()
