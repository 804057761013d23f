"""The GUI entry point: ``run(paths)`` builds the application and runs it until the pilot quits."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import __version__
from studyapp.core.db import Database
from studyapp.core.migrate import DatabaseError
from studyapp.core.startup import open_database
from studyapp.paths import APP_NAME, AppPaths
from studyapp.ui import startup_probe
from studyapp.ui.app_controller import AppController
from studyapp.ui.crash_dialog import install_excepthook
from studyapp.ui.i18n import LanguageManager, system_language
from studyapp.ui.message_boxes import database_problem
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import ThemeManager

log = logging.getLogger(__name__)


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    # The controller decides when the app ends: switching profile closes one
    # window before the next one opens, which must not quit.
    app.setQuitOnLastWindowClosed(False)
    return app


def run(paths: AppPaths) -> int:
    """Run the GUI on the data folder ``paths``; returns the process exit code."""
    app = create_application()
    install_excepthook(paths.log_file)
    services = AppServices(ThemeManager(app), LanguageManager(app), app)
    services.theme.set_theme("system")
    services.language.set_language(system_language())
    database = _open_or_explain(paths)
    if database is None:
        return 1
    controller = AppController(paths, database, TaskRunner(app), services)
    controller.finished.connect(app.exit)
    app.aboutToQuit.connect(controller.shutdown)
    if startup_probe.wanted():
        probe = startup_probe.StartupProbe(app)
        controller.window_shown.connect(probe.watch)
    controller.start()
    return app.exec()


def _open_or_explain(paths: AppPaths) -> Database | None:
    try:
        return open_database(paths)
    except DatabaseError as error:
        log.error("cannot open the database: %s", error)
        text = database_problem(error, str(paths.database))
        if startup_probe.wanted():
            print(text, file=sys.stderr)  # a benchmark has nobody to click OK
        else:
            QMessageBox.critical(None, QApplication.translate("App", "StudyApp"), text)
        return None
