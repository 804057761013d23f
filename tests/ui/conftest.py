"""GUI fixtures: the real application stack (theme, language, tasks, controller), real data."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studyapp.core.startup import open_database
from studyapp.paths import AppPaths
from studyapp.ui.app import create_application
from studyapp.ui.app_controller import AppController
from studyapp.ui.i18n import LanguageManager
from studyapp.ui.main_window import MainWindow
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import FixedSystemScheme, ThemeManager


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail the test that leaves a top-level window open (and close it for the next test)."""
    yield
    qapp.processEvents()
    leaked = visible_windows()
    for window in leaked:
        window.close()
    qapp.processEvents()
    assert not leaked, f"top-level windows left open: {[w.objectName() for w in leaked]}"


@pytest.fixture
def system_scheme() -> FixedSystemScheme:
    return FixedSystemScheme(dark=False)


@pytest.fixture
def services(qapp: QApplication, system_scheme: FixedSystemScheme) -> Iterator[AppServices]:
    app = create_application()
    default_palette = QPalette(app.palette())
    theme, language = ThemeManager(app, system_scheme), LanguageManager(app)
    theme.set_theme("light")
    app_services = AppServices(theme, language)
    yield app_services
    language.set_language("en")
    app.setStyleSheet("")
    app.setPalette(default_palette)
    for obj in (app_services, theme, language):
        obj.deleteLater()


@pytest.fixture
def start_app(
    paths: AppPaths, services: AppServices, qtbot: QtBot
) -> Iterator[Callable[[], AppController]]:
    """Start the app on ``paths`` like ``studyapp.ui.app.run`` does; call again to "restart"."""
    started: list[AppController] = []

    def start() -> AppController:
        for previous in started:
            previous.shutdown()
        controller = AppController(paths, open_database(paths), TaskRunner(), services)
        started.append(controller)
        controller.start()
        return controller

    yield start
    for controller in started:
        controller.shutdown()
        controller.tasks.wait_for_idle()


def wait_for_main(qtbot: QtBot, controller: AppController) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    assert isinstance(controller.window, MainWindow)
    return controller.window
