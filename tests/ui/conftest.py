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


def make_services(app: QApplication, system_scheme: FixedSystemScheme) -> AppServices:
    services = AppServices(ThemeManager(app, system_scheme), LanguageManager(app))
    services.theme.set_theme("light")
    return services


def reset_services(app: QApplication, services: AppServices, palette: QPalette) -> None:
    """What the end of the process would do: no translator, no palette, no style sheet left."""
    services.language.set_language("en")
    app.setStyleSheet("")
    app.setPalette(palette)
    for obj in (services, services.theme, services.language):
        obj.deleteLater()


@pytest.fixture
def services(qapp: QApplication, system_scheme: FixedSystemScheme) -> Iterator[AppServices]:
    app = create_application()
    default_palette = QPalette(app.palette())
    app_services = make_services(app, system_scheme)
    yield app_services
    reset_services(app, app_services, default_palette)


@pytest.fixture
def start_app(
    paths: AppPaths, qapp: QApplication, system_scheme: FixedSystemScheme
) -> Iterator[Callable[[], AppController]]:
    """Start the app on ``paths`` like ``studyapp.ui.app.run`` does; call again to "restart"."""
    app = create_application()
    default_palette = QPalette(app.palette())
    started: list[AppController] = []

    def stop(controller: AppController) -> None:
        controller.shutdown()
        reset_services(app, controller.services, default_palette)

    def start() -> AppController:
        if started:
            stop(started[-1])
        services = make_services(app, system_scheme)
        controller = AppController(paths, open_database(paths), TaskRunner(), services)
        started.append(controller)
        controller.start()
        return controller

    yield start
    if started:
        stop(started[-1])


def wait_for_main(qtbot: QtBot, controller: AppController) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    assert isinstance(controller.window, MainWindow)
    return controller.window


def wait_for_window(qtbot: QtBot, controller: AppController, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(controller.window, kind), timeout=10_000)
    assert controller.window is not None
    return controller.window


def wait_for_dialog(qtbot: QtBot, controller: AppController, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(
        lambda: isinstance(controller.dialog, kind) and controller.dialog.isVisible(),
        timeout=10_000,
    )
    assert controller.dialog is not None
    return controller.dialog
