"""Settings → Study: retention and new cards a day saved per profile; "Optimise my parameters"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import preferences as prefs
from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.core.flashcards.fsrs_parameters import stored_parameters
from studyapp.core.flashcards.optimizer import MIN_REVIEWS
from studyapp.ui.app_controller import AppController
from tests.core.test_flashcards_optimizer import simulate
from tests.ui.test_accessibility import unnamed
from tests.ui.test_settings import open_settings

Start = Callable[[], AppController]


def test_retention_and_new_cards_a_day_are_saved(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    window, page = open_settings(qtbot, start_app())
    study = page.study
    assert (study.retention_box.value(), study.new_cards_box.value()) == (90, 20)
    assert unnamed(page) == []
    study.retention_box.setValue(85)
    study.new_cards_box.setValue(35)
    window.session.tasks.wait_for_idle()
    saved = prefs.get_preferences(database, profile.id)
    assert (saved.desired_retention, saved.new_cards_per_day) == (0.85, 35)


def test_optimise_with_too_little_history_says_how_many_reviews_are_needed(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    simulate(database, profile.id, cards=16, days=5)
    _window, page = open_settings(qtbot, start_app())
    study = page.study
    qtbot.waitUntil(lambda: study.status.text() == "FSRS uses its default parameters.")
    qtbot.mouseClick(study.optimise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: study.optimise_button.isEnabled())
    assert study.status.text().startswith("Not enough review history yet: ")
    assert f"of the {MIN_REVIEWS} reviews needed" in study.status.text()
    assert stored_parameters(database, profile.id) is None


def test_optimise_fits_the_history_and_shows_log_loss_before_and_after(
    start_app: Start, qtbot: QtBot, database: Database
) -> None:
    profile = accounts.create_profile(database, "a@example.com", "Ann", "Able")
    simulate(database, profile.id, cards=240, days=60)
    window, page = open_settings(qtbot, start_app())
    study = page.study
    busy_seen: list[bool] = []
    study.optimise_button.clicked.connect(
        lambda: busy_seen.append(study.busy.isVisible() and not study.optimise_button.isEnabled())
    )
    qtbot.mouseClick(study.optimise_button, Qt.MouseButton.LeftButton)
    assert busy_seen == [True]  # busy while the fit runs on the writer task
    qtbot.waitUntil(lambda: study.optimise_button.isEnabled(), timeout=20_000)
    stored = stored_parameters(database, profile.id)
    assert stored is not None
    text = study.status.text()
    before, after = f"{stored.log_loss_before:.4f}", f"{stored.log_loss_after:.4f}"
    count = QLocale().toString(stored.review_count)
    assert text.startswith(f"Fitted to {count} reviews. Log loss {before} before, {after} after")
    assert not study.busy.isVisible()
    window.session.tasks.wait_for_idle()
    qtbot.waitUntil(lambda: study.stored is not None)
