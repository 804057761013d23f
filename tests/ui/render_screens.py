"""Render the main screens to PNG files for a human to look at (not a test).

    QT_QPA_PLATFORM=offscreen python tests/ui/render_screens.py OUTPUT_FOLDER

Writes welcome, main window pages, settings and profile, in light and dark,
English and Spanish, from a throw-away data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from studyapp.core.accounts import service as accounts
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths
from studyapp.ui.app import create_application
from studyapp.ui.app_controller import AppController
from studyapp.ui.i18n import LanguageManager
from studyapp.ui.main_window import MainWindow
from studyapp.ui.services import AppServices
from studyapp.ui.tasks import TaskRunner
from studyapp.ui.theme import FixedSystemScheme, ThemeManager
from studyapp.ui.welcome_window import WelcomeWindow


def settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


def wait_for(app: QApplication, condition: object, tries: int = 100) -> None:
    for _ in range(tries):
        if condition():  # type: ignore[operator]
            return
        settle(app, 50)
    raise TimeoutError("the screen did not appear")


def render(folder: Path) -> None:
    app = create_application()
    services = AppServices(ThemeManager(app, FixedSystemScheme()), LanguageManager(app))
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve_paths(Path(tmp) / "data").ensure()
        controller = AppController(paths, open_database(paths), TaskRunner(), services)
        controller.start()
        wait_for(app, lambda: isinstance(controller.window, WelcomeWindow))
        for dark in (False, True):
            for language in ("en", "es"):
                services.theme.set_theme("dark" if dark else "light")
                services.language.set_language(language)
                settle(app)
                save(controller.window, folder, f"welcome-{_mode(dark)}-{language}")
        welcome = controller.window
        assert isinstance(welcome, WelcomeWindow)
        welcome.form.email.setText("not-an-email")
        welcome.form.submit()
        settle(app, 400)
        save(welcome, folder, "welcome-errors-dark-es")
        services.language.set_language("en")
        controller.shutdown()
        database = open_database(paths)
        accounts.create_profile(database, "maria@example.com", "María", "García")
        database.close()
        render_main(app, services, paths, folder)


def render_main(app: QApplication, services: AppServices, paths: object, folder: Path) -> None:
    controller = AppController(paths, open_database(paths), TaskRunner(), services)  # type: ignore[arg-type]
    controller.start()
    wait_for(app, lambda: isinstance(controller.window, MainWindow))
    window = controller.window
    assert isinstance(window, MainWindow)
    window.resize(1100, 720)  # the offscreen screen is smaller than a real one
    for dark in (False, True):
        for language in ("en", "es"):
            theme = "dark" if dark else "light"
            chosen = replace(services.preferences, language=language).with_theme(theme)
            services.apply_preferences(chosen)
            for key in ("study", "gouge", "settings", "profile"):
                window.show_page(key)
                settle(app, 250)
                save(window, folder, f"main-{key}-{_mode(dark)}-{language}")
            scroll = window.pages["settings"].findChild(QScrollArea)
            window.show_page("settings")
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            settle(app, 150)
            save(window, folder, f"main-settings-backups-{_mode(dark)}-{language}")
            scroll.verticalScrollBar().setValue(0)
    controller.shutdown()


def _mode(dark: bool) -> str:
    return "dark" if dark else "light"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    output = Path(sys.argv[1])
    output.mkdir(parents=True, exist_ok=True)
    render(output)
