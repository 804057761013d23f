"""The Gouge page driven through its real widgets: directory, examiners, names, language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.gouge.examiners import ExaminerInput, add_examiner, list_examiners
from studyapp.core.gouge.service import GougeInput, write_gouge
from studyapp.paths import AppPaths
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.examiner_dialog import ExaminerDialog
from studyapp.ui.dialogs.gouge_dialog import GougeDialog
from studyapp.ui.dialogs.gouge_practice_dialog import PracticeDialog
from studyapp.ui.pages.gouge_page import GougePage
from studyapp.ui.tasks import TaskRunner

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit)  # fmt: skip


@pytest.fixture(name="session")
def session_fixture(paths: AppPaths, database: Database, qtbot: QtBot) -> Iterator[ProfileSession]:
    profile = create_profile(database, "ana@example.com", "Ana", "Ruiz")
    tasks = TaskRunner()
    yield ProfileSession(paths, database, tasks, profile)
    tasks.wait_for_idle()


@pytest.fixture(name="other_pilot")
def other_pilot_fixture(database: Database) -> int:
    return create_profile(database, "ben@example.com", "Ben", "Lee").id


def seed_examiners(db: Database) -> dict[str, int]:
    rows = {
        "garcia": ExaminerInput("María García", 14, ("private", "instrument"),
                                organization="Sierra Flight Academy", home_airport="KRHV",
                                region="Bay Area"),
        "okafor": ExaminerInput("Ben Okafor", 22, ("cfi",), organization="Valley DPEs",
                                region="Central Valley"),
        "smith": ExaminerInput("Al Smith", 6, ("private",), home_airport="KPAO",
                               region="Bay Area"),
    }  # fmt: skip
    return {key: add_examiner(db, data).id for key, data in rows.items()}


def report(examiner_id: int, rating: int = 4, outcome: str = "pass", **extra: object) -> GougeInput:
    return GougeInput(examiner_id, date(2026, 11, 1), "private", outcome, rating, 2, 3, 3,
                      "Steep turns and a diversion.", **extra)  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture(name="page")
def page_fixture(session: ProfileSession, qtbot: QtBot) -> GougePage:
    widget = GougePage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def names_shown(page: GougePage) -> list[str]:
    model = page.directory.model
    return [model.row(row).name for row in range(model.rowCount())]


def open_examiner(qtbot: QtBot, page: GougePage, name: str) -> None:
    qtbot.waitUntil(lambda: name in names_shown(page))
    table = page.directory.table
    row = names_shown(page).index(name)
    rect = table.visualRect(page.directory.model.index(row, 0))
    # A real double-click starts with a press: the view only activates a pressed item.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.name_label.text() == name)
    qtbot.waitUntil(lambda: page.detail.detail is not None)


def wait_for_dialog(qtbot: QtBot, page: GougePage, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, kind))
    dialog = page.active_dialog
    assert dialog is not None
    return dialog


def save_and_wait(qtbot: QtBot, page: GougePage, dialog: QWidget) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.active_dialog is None)


def stats(page: GougePage) -> dict[str, str]:
    return page.detail.stats.value_texts()


def test_find_an_examiner_by_search_filter_and_sort(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    write_gouge(session.database, session.user_id, report(ids["smith"], rating=5))
    page.reload_directory()
    qtbot.waitUntil(lambda: len(names_shown(page)) == 3)
    assert names_shown(page)[0] == "Al Smith"  # best rated first, unreported after
    qtbot.keyClicks(page.directory.search_edit, "GARCIA")
    qtbot.waitUntil(lambda: names_shown(page) == ["María García"])
    page.directory.search_edit.clear()
    qtbot.waitUntil(lambda: len(names_shown(page)) == 3)
    checkride = page.directory.checkride_filter
    checkride.setCurrentIndex(checkride.findData("cfi"))
    qtbot.waitUntil(lambda: names_shown(page) == ["Ben Okafor"])
    checkride.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.directory.region_filter.count() == 3)  # all + 2 regions
    region = page.directory.region_filter
    region.setCurrentIndex(region.findData("Bay Area"))
    sort = page.directory.sort_combo
    sort.setCurrentIndex(sort.findData("name"))
    qtbot.waitUntil(lambda: names_shown(page) == ["Al Smith", "María García"])
    assert page.directory.model.data(page.directory.model.index(1, 6)) == "No reports yet"


def test_add_an_examiner_with_validation(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.directory.add_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, ExaminerDialog)
    assert isinstance(dialog, ExaminerDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible().get("name") == "required")
    assert dialog.errors.labels["checkride_types"].isVisible()
    assert dialog.errors.labels["home_airport"].text() == "Enter a home airport or a region."
    assert list_examiners(session.database) == []
    qtbot.keyClicks(dialog.name_edit, "Jane Doe")
    dialog.years_spin.setValue(11)
    qtbot.mouseClick(dialog.type_boxes["instrument"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.airport_edit, "kpao")
    save_and_wait(qtbot, page, dialog)
    qtbot.waitUntil(lambda: page.detail.name_label.text() == "Jane Doe")
    assert page.detail.stats.no_reports.isVisible()
    assert "No reports yet" in page.detail.stats.no_reports.text()
    qtbot.waitUntil(lambda: names_shown(page) == ["Jane Doe"])
    stored = list_examiners(session.database)[0]
    assert (stored.home_airport, stored.checkride_types) == ("KPAO", ("instrument",))


def gouge_ids(page: GougePage) -> list[int]:
    model = page.detail.gouge_model
    return [model.row(row).id for row in range(model.rowCount())]


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` without an objectName or accessibleName."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_control(widget, root):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _inside_control(widget: QWidget, root: QWidget) -> bool:
    # Qt's own sub-widgets (a spin box's line edit, a table's header) are not ours to name.
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_is_named(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    write_gouge(session.database, session.user_id, report(ids["smith"], unexpected_elements="x"))
    page.reload_directory()
    open_examiner(qtbot, page, "Al Smith")
    qtbot.waitUntil(lambda: page.detail.gouge_detail.entry is not None)
    assert unnamed(page) == []
    for opener, kind in (
        (page.add_examiner, ExaminerDialog),
        (page.edit_examiner, ExaminerDialog),
        (page.write_gouge, GougeDialog),
        (lambda: page.practise(page.detail.gouge_detail.entry, "x"), PracticeDialog),  # type: ignore[arg-type]
    ):
        opener()
        dialog = wait_for_dialog(qtbot, page, kind)
        assert unnamed(dialog) == []
        dialog.reject()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: page.active_dialog is None)


def test_language_change_rewords_without_losing_state(
    page: GougePage, session: ProfileSession, qtbot: QtBot
) -> None:
    ids = seed_examiners(session.database)
    write_gouge(session.database, session.user_id, report(ids["smith"], 3))
    page.reload_directory()
    open_examiner(qtbot, page, "Al Smith")
    qtbot.waitUntil(lambda: stats(page)["rating"] == "3.0 / 5" and len(gouge_ids(page)) == 1)
    page.detail.write_button.setText("stale")
    page.directory.add_button.setText("stale")
    # What installing a translator makes Qt send to every widget (children included).
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.detail.write_button.text() == "Write gouge…"
    assert page.directory.add_button.text() == "Add examiner…"
    assert stats(page)["rating"] == "3.0 / 5"
    assert page.detail.gouge_model.rowCount() == 1
