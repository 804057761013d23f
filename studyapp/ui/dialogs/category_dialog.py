"""Categories: a manager to create, rename and delete them (delete asks first and can be undone).

Categories are shared by every profile on this computer (as in the seed), so
the table shows how many of the pilot's cards use each, and how many of other
profiles'; deleting one leaves its cards uncategorised. Every change is a core
call on the writer task; ``changed`` tells the Browse page to read its choices
and rows again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.flashcards.sets import (
    NAME_MAX,
    CategoryInfo,
    DeletedCategory,
    category_usage,
    create_category,
    delete_category,
    rename_category,
    restore_category,
)
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.dialogs.review_form_dialog import ReviewFormDialog
from studyapp.ui.message_boxes import ask
from studyapp.ui.models.rows_model import RowsTableModel
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.review_texts import cards_count, task_error
from studyapp.ui.widgets.row_table import row_table


def category_field_error(field: str, code: str) -> str:
    if (field, code) == ("name", "required"):
        return QCoreApplication.translate("CategoryDialog", "Enter a name for the category.")
    if (field, code) == ("name", "taken"):
        return QCoreApplication.translate(
            "CategoryDialog", "There is already a category with this name."
        )
    if (field, code) == ("name", "too_long"):
        return QCoreApplication.translate(
            "CategoryDialog", "This can be at most %1 characters."
        ).replace("%1", str(NAME_MAX))
    return QCoreApplication.translate(
        "CategoryDialog", "This value was not accepted (%1)."
    ).replace("%1", code)


class CategoryNameDialog(ReviewFormDialog):
    """Creates a category (``category_id`` None) or renames one; ``saved`` after success."""

    field_sentence = staticmethod(category_field_error)

    def __init__(
        self,
        session: ProfileSession,
        category_id: int | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("categoryNameDialog")
        self.category_id = category_id
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("categoryNameEdit")
        self.name_edit.setMaxLength(NAME_MAX + 1)  # one over, so "too long" can be said
        self.name_edit.setMinimumWidth(320)
        self.name_edit.selectAll()
        self.add_row(self.name_label, "name", self.name_edit)
        self.retranslate()

    def save(self) -> None:
        db, name = self.session.database, self.name_edit.text()
        if self.category_id is None:
            self.submit(create_category, db, name)
        else:
            self.submit(rename_category, db, self.category_id, name)

    def retranslate(self) -> None:
        creating = self.category_id is None
        self.setWindowTitle(self.tr("New category") if creating else self.tr("Rename category"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_edit.setAccessibleName(self.tr("Category name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Weather, or Airspace"))
        self.retranslate_buttons()


class CategoryTableModel(RowsTableModel[CategoryInfo]):
    def titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CategoryDialog", "Category"),
            QCoreApplication.translate("CategoryDialog", "Your cards"),
            QCoreApplication.translate("CategoryDialog", "Other profiles"),
        )

    def cell_text(self, row: CategoryInfo, column: int) -> str:
        return (row.name, f"{row.cards:,}", f"{row.others_cards:,}")[column]

    def cell_data(self, row: CategoryInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class CategoryDialog(Retranslating, QDialog):
    """The category manager, opened from the Browse page."""

    changed = Signal()

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryDialog")
        self.session = session
        self.deleted: DeletedCategory | None = None
        self.name_dialog: CategoryNameDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = CategoryTableModel(self)
        self.table = row_table(self, "categoryTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.rename())
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.status = QLabel(self)
        self.status.setObjectName("categoryStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(self.status)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        self.close_box.rejected.connect(self.reject)
        layout.addWidget(self.close_box)
        self.resize(520, 420)
        self.retranslate()
        self.update_actions()
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = self._button("newCategoryButton", self.create)
        self.rename_button = self._button("renameCategoryButton", self.rename)
        self.delete_button = self._button("deleteCategoryButton", self.confirm_delete)
        self.undo_button = self._button("undoCategoryButton", self.undo_delete)
        for button in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        return row

    def _button(self, name: str, handler: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(handler)
        return button

    # Reading -----------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        def show(rows: list[CategoryInfo]) -> None:
            chosen = select_id if select_id is not None else self.current_id()
            self.model.set_rows(rows)
            row = self.model.row_of(chosen) if chosen is not None else -1
            if row >= 0:
                self.table.selectRow(row)
            self.update_actions()

        db, user_id = self.session.database, self.session.user_id
        self.session.tasks.submit(
            category_usage, db, user_id, on_result=alive(self, show),
            on_error=alive(self, self.failed), write=False,
        )  # fmt: skip

    def current(self) -> CategoryInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def current_id(self) -> int | None:
        chosen = self.current()
        return chosen.id if chosen is not None else None

    def update_actions(self) -> None:
        chosen = self.current() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.undo_button.setEnabled(self.deleted is not None)

    # Writing -----------------------------------------------------------------

    def create(self) -> None:
        self._open_name_dialog(CategoryNameDialog(self.session, parent=self))

    def rename(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._open_name_dialog(CategoryNameDialog(self.session, chosen.id, chosen.name, self))

    def _open_name_dialog(self, dialog: CategoryNameDialog) -> None:
        self.name_dialog = dialog
        category_id = dialog.category_id

        def saved(result: int | None) -> None:
            self.show_status("")
            self.reload(result if category_id is None else category_id)
            self.changed.emit()

        dialog.saved.connect(saved)
        dialog.finished.connect(lambda _code: self._name_dialog_closed(dialog))
        dialog.open()

    def _name_dialog_closed(self, dialog: CategoryNameDialog) -> None:
        if self.name_dialog is dialog:
            self.name_dialog = None
        dialog.deleteLater()

    def confirm_delete(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        text = QCoreApplication.translate(
            "CategoryDialog", "Delete the category “%1”? %2 of yours will have no category."
        )
        text = text.replace("%1", chosen.name).replace("%2", cards_count(chosen.cards))
        if chosen.others_cards:
            also = QCoreApplication.translate(
                "CategoryDialog", "Other profiles on this computer use it on %1 too."
            )
            text += " " + also.replace("%1", cards_count(chosen.others_cards))
        self.confirm_box = ask(
            self,
            QCoreApplication.translate("CategoryDialog", "Delete category"),
            text,
            QCoreApplication.translate("CategoryDialog", "Delete"),
            lambda: self.delete(chosen.id),
        )
        self.confirm_box.setObjectName("confirmDeleteCategory")
        self.confirm_box.finished.connect(lambda _r: setattr(self, "confirm_box", None))

    def delete(self, category_id: int) -> None:
        self.session.tasks.submit(
            delete_category, self.session.database, category_id,
            on_result=alive(self, self._deleted), on_error=alive(self, self.failed),
        )  # fmt: skip

    def _deleted(self, deleted: DeletedCategory) -> None:
        self.deleted = deleted
        self.show_status(
            QCoreApplication.translate("CategoryDialog", "Deleted “%1”.").replace(
                "%1", deleted.name
            )
        )
        self.reload()
        self.changed.emit()

    def undo_delete(self) -> None:
        deleted = self.deleted
        if deleted is None:
            return

        def restored(_none: None) -> None:
            self.deleted = None
            self.show_status(
                QCoreApplication.translate("CategoryDialog", "“%1” is back.").replace(
                    "%1", deleted.name
                )
            )
            self.reload(deleted.id)
            self.changed.emit()

        self.session.tasks.submit(
            restore_category, self.session.database, deleted,
            on_result=alive(self, restored), on_error=alive(self, self.failed),
        )  # fmt: skip

    def failed(self, error: Exception) -> None:
        self.show_status(task_error(error), error=True)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.update_actions()

    # Language ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Categories"))
        self.hint.setText(
            self.tr(
                "Categories are shared by every profile on this computer. Deleting one "
                "leaves its cards in place, without a category."
            )
        )
        self.table.setAccessibleName(self.tr("Categories"))
        texts = (
            (self.new_button, self.tr("New…")),
            (self.rename_button, self.tr("Rename…")),
            (self.delete_button, self.tr("Delete…")),
            (self.undo_button, self.tr("Undo delete")),
        )
        for button, text in texts:
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        close = self.close_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.status.setAccessibleName(self.tr("Category status"))
        self.model.refresh_texts()
