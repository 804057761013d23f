"""Window-modal message boxes that never block the event loop (tests can reach and close them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.core.migrate import DatabaseError, NewerDatabaseError, NotStudyAppDatabaseError

Icon = QMessageBox.Icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


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
    ok.setText(_tr("OK"))
    ok.setObjectName("okButton")
    ok.setAccessibleName(_tr("OK"))
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
    cancel.setText(_tr("Cancel"))
    cancel.setObjectName("cancelButton")
    cancel.setAccessibleName(_tr("Cancel"))
    box.setDefaultButton(cancel)
    box.buttonClicked.connect(lambda button: on_accept() if button is accept else None)
    box.open()
    return box


def restore_problem(error: Exception) -> str:
    """Why a file cannot be restored, in one sentence for the pilot."""
    if isinstance(error, NewerDatabaseError):
        return _tr(
            "This backup was made by a newer version of StudyApp. "
            "Install the newer version to open it."
        )
    if isinstance(error, NotStudyAppDatabaseError):
        return _tr("This file is not a StudyApp backup, or it is damaged.")
    if isinstance(error, DatabaseError):
        return _tr("This backup is damaged and cannot be restored.")
    if isinstance(error, OSError):
        return _tr("The file could not be read.")
    return _tr("The backup could not be restored.")


def database_problem(error: DatabaseError, database: str) -> str:
    """Why StudyApp cannot open its database at start-up, for the pilot."""
    if isinstance(error, NewerDatabaseError):
        text = _tr(
            "Your data at %1 was saved by a newer version of StudyApp. "
            "Install the newer version to open it."
        )
    elif isinstance(error, NotStudyAppDatabaseError):
        text = _tr("The file %1 is not a StudyApp database, or it is damaged.")
    else:
        text = _tr("StudyApp could not open or update its database at %1.")
    untouched = _tr("The file was left untouched.")
    return text.replace("%1", database) + " " + untouched
