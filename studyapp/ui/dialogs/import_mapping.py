"""The import dialog's mapping step: what each column of a CSV/TSV file holds.

One combo box per file column (Question, Answer, Set, Category, ACS code,
Reference, Difficulty, Tags, Card id or Ignore), beside a preview of the first
rows. A field can come from one column only: choosing it for a second column
sets the first back to Ignore. Layout and state only; the dialog runs the import.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.importing.csv_import import (
    CsvMapping,
    TextPreview,
    column_fields,
    mapping_from_columns,
)
from studyapp.ui.dialogs.transfer_texts import field_names
from studyapp.ui.models.text_preview_model import TextPreviewModel, column_title, preview_width
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.row_table import Selection, row_table


class MappingStep(Retranslating, QWidget):
    header_toggled = Signal(bool)  # the pilot says whether the first row names the columns
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingStep")
        self.preview: TextPreview | None = None
        self.combos: list[QComboBox] = []
        self.labels: list[QLabel] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.header_check = QCheckBox(self)
        self.header_check.setObjectName("firstRowHeaderCheck")
        self.header_check.toggled.connect(self.header_toggled)
        self.model = TextPreviewModel(self)
        self.table = row_table(self, "previewTable", self.model, Selection.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(170)
        self.table.setWordWrap(False)
        self.rows_label = QLabel(self)
        self.rows_label.setProperty("role", "muted")
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setObjectName("mappingScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setMinimumWidth(300)
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.table, 1)
        preview_layout.addWidget(self.rows_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mappingSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 520])  # the preview gets the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.header_check)
        layout.addWidget(splitter, 1)

    # State -----------------------------------------------------------------

    def set_preview(self, preview: TextPreview) -> None:
        """Show ``preview`` with one combo per column, set to the core's guessed mapping."""
        self.preview = preview
        width = preview_width(preview)
        fields = column_fields(preview.mapping, preview.header, width)
        self.header_check.blockSignals(True)
        self.header_check.setChecked(preview.header is not None)
        self.header_check.blockSignals(False)
        self._rebuild_combos(width)
        for combo, field in zip(self.combos, fields, strict=True):
            combo.setCurrentIndex(max(combo.findData(field), 0))
        self.model.set_preview(preview, self._labels())
        self.retranslate()

    def _rebuild_combos(self, width: int) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos, self.labels = [], []
        for column in range(width):
            combo = QComboBox(self.form_host)
            combo.setObjectName(f"columnFieldCombo{column}")
            for field in field_names():
                combo.addItem("", field)
            label = QLabel(self.form_host)
            label.setBuddy(combo)
            self.combos.append(combo)
            self.labels.append(label)
            self.form.addRow(label, combo)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chosen(c))

    def _chosen(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field is not None:
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.setCurrentIndex(0)  # Ignore: one column per field
        self.model.set_field_labels(self._labels())
        self.changed.emit()

    def fields(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def choose(self, column: int, field: str | None) -> None:
        """Read ``field`` from ``column`` (what picking it in the combo does)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def complete(self) -> bool:
        fields = self.fields()
        return "question" in fields and "answer" in fields

    def mapping(self) -> CsvMapping:
        """The mapping chosen; ImportFileError csv.bad_mapping while it is incomplete."""
        return mapping_from_columns(self.fields(), self.header_check.isChecked())

    def _labels(self) -> list[str]:
        names = field_names()
        return [names.get(field, "") for field in self.fields()]

    def _column_label(self, column: int) -> str:
        number = str(column + 1)
        if self.preview is None or self.preview.header is None:
            return self.tr("Column %1:").replace("%1", number)
        title = column_title(self.preview, column)
        return self.tr("Column %1 “%2”:").replace("%1", number).replace("%2", title)

    # Language ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Choose what each column of the file holds. A question and an answer are needed; columns set to “Ignore” are left out."  # noqa: E501 (one string for lupdate)
            )
        )
        self.header_check.setText(self.tr("The first row names the columns"))
        self.header_check.setAccessibleName(self.header_check.text())
        self.table.setAccessibleName(self.tr("First rows of the file"))
        names = field_names()
        for column, (combo, label) in enumerate(zip(self.combos, self.labels, strict=True)):
            for index in range(combo.count()):
                combo.setItemText(index, names[combo.itemData(index)])
            label.setText(self._column_label(column))
            combo.setAccessibleName(self.tr("What column %1 holds").replace("%1", str(column + 1)))
        if self.preview is not None:
            count = self.preview.row_count
            text = self.tr("Showing %1 of %2 rows.").replace("%1", str(len(self.preview.sample)))
            self.rows_label.setText(text.replace("%2", f"{count:,}"))
            self.model.set_field_labels(self._labels())
