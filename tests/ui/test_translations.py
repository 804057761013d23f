"""Spanish is complete and current, and switching language re-words the visible screen live.

When texts change: ``python -m studyapp.ui.i18n_update``, translate what it lists
(the .ts file), run it again, commit both resources/i18n/studyapp_es.ts and .qm.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.ui import i18n_update
from studyapp.ui.app_controller import AppController
from studyapp.ui.i18n import studyapp_translation
from studyapp.ui.pages.empty_state_page import EmptyStatePage
from studyapp.ui.services import AppServices
from tests.ui.conftest import wait_for_main

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("language", i18n_update.LANGUAGES)
def test_every_text_in_the_code_is_translated(language: str) -> None:
    missing = i18n_update.untranslated(language)
    listing = "\n".join(f"  [{context}] {source!r}" for context, source in missing)
    assert not missing, (
        f"{len(missing)} texts lack a {language} translation; run "
        f"`python -m studyapp.ui.i18n_update`, translate them in "
        f"{i18n_update.ts_file(language).name}, run it again:\n{listing}"
    )


@pytest.mark.parametrize("language", i18n_update.LANGUAGES)
def test_compiled_translation_matches_its_source(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    i18n_update.run_lrelease(i18n_update.ts_file(language), fresh)
    shipped = studyapp_translation(language)
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is older than its .ts: run `python -m studyapp.ui.i18n_update`"
    )


def test_translations_keep_placeholders() -> None:
    for language in i18n_update.LANGUAGES:
        for (context, source), text in i18n_update.messages(i18n_update.ts_file(language)).items():
            if text is not None:
                for marker in ("%1", "%2", "\n\n"):
                    assert (marker in source) == (marker in text), (context, source)


def test_switching_language_rewords_the_visible_window_and_back(
    start_app: Callable[[], AppController], qtbot: QtBot, database: Database
) -> None:
    accounts.create_profile(database, "a@example.com", "Ann", "Able")
    controller = start_app()
    window = wait_for_main(qtbot, controller)
    placeholder = window.show_page("progress")
    english = (
        window.sidebar.list.item(2).text(),
        window.go_menu.title(),
        placeholder.status.text(),
    )  # type: ignore[attr-defined]
    assert english[0] == "Mock oral"
    controller.services.language.set_language("es")
    qtbot.waitUntil(lambda: window.sidebar.list.item(2).text() == "Oral simulado")
    assert window.go_menu.title() == "&Ir a"
    assert placeholder.status.text().startswith("Esta página todavía no está lista")  # type: ignore[attr-defined]
    # Qt's own Spanish names the key "Control".
    assert window.sidebar.list.item(0).toolTip() == "Estudio (Control+1)"
    controller.services.language.set_language("en")
    qtbot.waitUntil(lambda: window.sidebar.list.item(2).text() == "Mock oral")
    assert (
        window.sidebar.list.item(2).text(),
        window.go_menu.title(),
        placeholder.status.text(),
    ) == english  # type: ignore[attr-defined]


def test_translations_survive_garbage_collection(services: AppServices, qtbot: QtBot) -> None:
    services.language.set_language("es")
    gc.collect()  # an unreferenced QTranslator would be collected here
    page = EmptyStatePage("progress")
    qtbot.addWidget(page)
    assert page.headline.text() == "Tu progreso"
