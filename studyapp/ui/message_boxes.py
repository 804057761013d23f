"""Window-modal message boxes that never block the event loop (tests can reach and close them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from studyapp.core.migrate import DatabaseError, NewerDatabaseError, NotStudyAppDatabaseError

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate

Icon = QMessageBox.Icon


def show_message(
    parent: QWidget | None, icon: Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    """Show a message with an OK button and return it (it deletes itself once closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("messageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if details:
        box.setDetailedText(details)
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    ok.setText(translate("Messages", "OK"))
    ok.setObjectName("okButton")
    ok.setAccessibleName(translate("Messages", "OK"))
    for button in box.findChildren(QPushButton):
        if not button.objectName():  # Qt's own "Show Details..." button
            button.setObjectName("detailsButton")
            button.setAccessibleName(button.text().replace("&", ""))
    box.open()
    return box


def ask(
    parent: QWidget | None, title: str, text: str, accept_text: str, on_accept: Callable[[], None]
) -> QMessageBox:
    """A question with ``accept_text`` and Cancel; ``on_accept`` runs only on acceptance."""
    box = QMessageBox(Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("questionBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("acceptButton")
    accept.setAccessibleName(accept_text)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(translate("Messages", "Cancel"))
    cancel.setObjectName("cancelButton")
    cancel.setAccessibleName(translate("Messages", "Cancel"))
    box.setDefaultButton(cancel)
    box.buttonClicked.connect(lambda button: on_accept() if button is accept else None)
    box.open()
    return box


def restore_problem(error: Exception) -> str:
    """Why a file cannot be restored, in one sentence for the pilot."""
    if isinstance(error, NewerDatabaseError):
        return translate(
            "Messages",
            "This backup was made by a newer version of StudyApp. "
            "Install the newer version to open it.",
        )
    if isinstance(error, NotStudyAppDatabaseError):
        return translate("Messages", "This file is not a StudyApp backup, or it is damaged.")
    if isinstance(error, DatabaseError):
        return translate("Messages", "This backup is damaged and cannot be restored.")
    if isinstance(error, OSError):
        return translate("Messages", "The file could not be read.")
    return translate("Messages", "The backup could not be restored.")


def database_problem(error: DatabaseError, database: str) -> str:
    """Why StudyApp cannot open its database at start-up, for the pilot."""
    if isinstance(error, NewerDatabaseError):
        text = translate(
            "Messages",
            "Your data at %1 was saved by a newer version of StudyApp. "
            "Install the newer version to open it.",
        )
    elif isinstance(error, NotStudyAppDatabaseError):
        text = translate("Messages", "The file %1 is not a StudyApp database, or it is damaged.")
    else:
        text = translate("Messages", "StudyApp could not open or update its database at %1.")
    untouched = translate("Messages", "The file was left untouched.")
    return text.replace("%1", database) + " " + untouched
