"""Export flashcards: choose sets (or all), then a file whose suffix says the format.

.csv or .tsv (opens in any spreadsheet, imports back here) or .apkg (opens in
Anki). The export runs on the writer task with progress and Cancel; a summary
says what was written where.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.exporting.service import APKG_SUFFIX, ExportResult, export_cards
from studyapp.core.flashcards.sets import SetCounts
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.transfer_dialog import TransferDialog
from studyapp.ui.dialogs.transfer_texts import export_error, export_summary
from studyapp.ui.widgets.review_texts import cards_count


class ExportDialog(TransferDialog):
    def __init__(
        self,
        session: ProfileSession,
        sets: list[SetCounts],
        selected_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("exportDialog")
        self.sets = list(sets)
        self.result: ExportResult | None = None
        self.choose_page = self._choose_page(selected_ids)
        self.stack.addWidget(self.choose_page)
        self.finish_layout()
        self.back_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.choose_page))
        self.next_button.clicked.connect(self.ask_for_file)
        self.resize(560, 440)
        self.retranslate()

    def _choose_page(self, selected_ids: list[int]) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.all_check = QCheckBox(page)
        self.all_check.setObjectName("exportAllCheck")
        self.all_check.setChecked(not selected_ids)
        self.set_model = QStandardItemModel(page)
        for chosen in self.sets:
            item = QStandardItem()
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if chosen.id in selected_ids
                               else Qt.CheckState.Unchecked)  # fmt: skip
            self.set_model.appendRow(item)
        self.set_list = QListView(page)
        self.set_list.setObjectName("exportSetList")
        self.set_list.setModel(self.set_model)
        self.set_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.set_model.itemChanged.connect(lambda _item: self.update_buttons())
        self.all_check.toggled.connect(self._all_toggled)
        self.set_list.setEnabled(not self.all_check.isChecked())
        self.format_hint = QLabel(page)
        self.format_hint.setProperty("role", "muted")
        self.format_hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addWidget(self.all_check)
        layout.addWidget(self.set_list, 1)
        layout.addWidget(self.format_hint)
        return page

    def _all_toggled(self, checked: bool) -> None:
        self.set_list.setEnabled(not checked)
        self.update_buttons()

    def chosen_set_ids(self) -> list[int] | None:
        """The sets to export, or None for every set."""
        if self.all_check.isChecked():
            return None
        checked = Qt.CheckState.Checked
        return [
            chosen.id
            for row, chosen in enumerate(self.sets)
            if self.set_model.item(row).checkState() == checked
        ]

    def check_set(self, set_id: int, checked: bool = True) -> None:
        """Tick (or untick) a set, as a click on its box does."""
        row = next(i for i, chosen in enumerate(self.sets) if chosen.id == set_id)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.set_model.item(row).setCheckState(state)

    def ask_for_file(self) -> None:
        default = str(Path.home() / "flashcards.apkg")
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Export flashcards"), default, self._file_filter()
        )
        if chosen:
            self.export_to(_with_suffix(Path(chosen), selected))

    def _file_filter(self) -> str:
        return ";;".join(
            (
                self.tr("Anki package (*.apkg)"),
                self.tr("CSV, comma-separated (*.csv)"),
                self.tr("TSV, tab-separated (*.tsv)"),
            )
        )

    def export_to(self, out: Path) -> None:
        """Write the chosen sets to ``out`` (its suffix picks the format)."""
        self.progress_label.setText(self.tr("Exporting to “%1”…").replace("%1", out.name))
        session = self.session
        self.run_task(
            export_cards, session.database, session.user_id, out, session.paths.media,
            set_ids=self.chosen_set_ids(), on_result=self._exported, on_error=self._failed,
        )  # fmt: skip

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        text = export_summary(result) + "\n\n" + str(result.path)
        self.show_result(self.tr("Export finished"), text, error=False)

    def _failed(self, error: Exception) -> None:
        self.show_result(self.tr("Nothing was exported"), export_error(error), error=True)

    def update_buttons(self) -> None:
        super().update_buttons()
        current = self.stack.currentWidget()
        on_choose = current is self.choose_page
        self.back_button.setVisible(current is self.result_page and self.result is None)
        self.next_button.setVisible(on_choose)
        chosen = self.chosen_set_ids()
        self.next_button.setEnabled(bool(self.sets) and (chosen is None or bool(chosen)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export flashcards"))
        self.intro.setText(self.tr("Choose the sets to export."))
        self.all_check.setText(self.tr("All sets"))
        self.all_check.setAccessibleName(self.tr("Export all sets"))
        self.set_list.setAccessibleName(self.tr("Sets to export"))
        for row, chosen in enumerate(self.sets):
            text = self.tr("%1 (%2)").replace("%1", chosen.name)
            self.set_model.item(row).setText(text.replace("%2", cards_count(chosen.counts.total)))
        self.format_hint.setText(
            self.tr(
                "Next you choose where to save. An Anki package (.apkg) opens in Anki with its images; a CSV or TSV file opens in any spreadsheet. Both import back into StudyApp."  # noqa: E501 (one string for lupdate)
            )
        )
        self.next_button.setText(self.tr("Export…"))
        self.next_button.setAccessibleName(self.tr("Choose where to save the export"))
        self.retranslate_shared()


def _with_suffix(path: Path, selected_filter: str) -> Path:
    """The chosen name, with the chosen filter's suffix added when it has none we know."""
    if path.suffix.lower() in (".csv", ".tsv", APKG_SUFFIX):
        return path
    for suffix in (".csv", ".tsv", APKG_SUFFIX):
        if f"*{suffix}" in selected_filter:
            return path.with_name(path.name + suffix)
    return path.with_name(path.name + APKG_SUFFIX)
