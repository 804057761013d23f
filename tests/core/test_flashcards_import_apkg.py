"""Importing Anki packages: legacy and current .apkg, .colpkg; templates, media, history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import genanki
import pytest

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.importing.service import import_file
from studyapp.paths import AppPaths
from tests.core.anki_packages import BASIC_REVERSED, IMAGE, anki_package, genanki_package


@pytest.fixture
def user_id(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Bessie", "Coleman").id


def cards(database: Database) -> dict[str, tuple]:
    with sqlite3.connect(database.path) as conn:
        rows = conn.execute(
            "SELECT f.source_id, f.question, f.answer, s.name, c.name, f.acs_code"
            " FROM flashcard f JOIN flashcard_set s ON s.id = f.set_id"
            " LEFT JOIN flashcard_category c ON c.id = f.category_id"
        )
        return {row[0]: row[1:] for row in rows}


def test_legacy_package_renders_reversed_and_cloze_cards(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    result = import_file(database, user_id, genanki_package(tmp_path), paths.media)
    assert (result.kind, result.added, result.media_files) == ("anki", 4, 1)
    assert result.set_names == ("Regs::Airspace", "Weather")
    assert cards(database) == {
        "basic-guid:0": (
            'What does <img src="chart.png"> show?',
            "Class B",
            "Weather",
            "Airspace basics",
            "PA.I.E.K1",
        ),
        "basic-guid:1": (
            "Class B (no extra)",
            'What does <img src="chart.png"> show?',
            "Weather",
            "Airspace basics",
            "PA.I.E.K1",
        ),
        "cloze-guid:0": (
            '<span class="cloze">[speed]</span> is best angle, Vy best rate',
            '<span class="cloze">Vx</span> is best angle, Vy best rate',
            "Regs::Airspace",
            "performance",
            None,
        ),
        "cloze-guid:1": (
            'Vx is best angle, <span class="cloze">[...]</span> best rate',
            'Vx is best angle, <span class="cloze">Vy</span> best rate',
            "Regs::Airspace",
            "performance",
            None,
        ),
    }
    assert (paths.media / "chart.png").read_bytes() == IMAGE


def test_reimport_updates_without_duplicates(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    package = genanki_package(tmp_path)
    import_file(database, user_id, package, paths.media)
    again = import_file(database, user_id, package, paths.media)
    assert (again.added, again.updated, again.unchanged, again.media_files) == (0, 0, 4, 0)
    assert len(cards(database)) == 4


def test_set_option_puts_every_card_in_one_set(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    package = genanki_package(tmp_path)
    result = import_file(database, user_id, package, paths.media, set_name="Checkride")
    assert result.set_names == ("Checkride",)


def test_a_different_image_with_the_same_name_is_kept_apart(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    (paths.media / "chart.png").write_bytes(b"the pilot's own chart")
    import_file(database, user_id, genanki_package(tmp_path), paths.media)
    assert (paths.media / "chart.png").read_bytes() == b"the pilot's own chart"
    renamed = [p for p in paths.media.iterdir() if p.name != "chart.png"]
    assert [p.read_bytes() for p in renamed] == [IMAGE]
    assert f'src="{renamed[0].name}"' in cards(database)["basic-guid:0"][0]


@pytest.mark.parametrize(
    ("legacy", "colpkg"), [(True, False), (False, False), (False, True)], ids=str
)
def test_packages_written_by_anki_with_review_history(
    database: Database,
    paths: AppPaths,
    user_id: int,
    tmp_path: Path,
    legacy: bool,
    colpkg: bool,
) -> None:
    package = anki_package(tmp_path, legacy=legacy, colpkg=colpkg)
    result = import_file(database, user_id, package, paths.media)
    assert (result.added, result.media_files, result.reviews) == (4, 1, 1)
    assert result.set_names == ("Instrument::Approaches",)
    imported = sorted(cards(database).values())
    assert imported[0][:1] == ('A <span class="cloze">[...]</span> approach uses a radial',)
    assert any(
        card[:2] == ("Minimum descent altitude", 'MDA? <img src="plate.png">') for card in imported
    )
    assert {card[3:] for card in imported} >= {("approaches", "IR.VI.B.K1")}
    with sqlite3.connect(database.path) as conn:
        logs, usages, suspended = conn.execute(
            "SELECT (SELECT count(*) FROM review_log), (SELECT count(*) FROM flashcard_usage),"
            " (SELECT group_concat(question) FROM flashcard WHERE suspended)"
        ).fetchone()
    assert (logs, usages) == (1, 1)
    assert suspended == 'A VOR approach uses a <span class="cloze">[...]</span>'
    again = import_file(database, user_id, package, paths.media)
    assert (again.added, again.reviews) == (0, 0)


def test_two_notes_sharing_a_guid_come_in_once(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    deck = genanki.Deck(2_000_000_003, "Twins")
    for answer in ("first", "second"):
        deck.add_note(genanki.Note(BASIC_REVERSED, ["Same note?", answer, ""], guid="twin"))
    package = tmp_path / "twins.apkg"
    genanki.Package(deck).write_to_file(str(package))
    result = import_file(database, user_id, package, paths.media)
    assert result.added == 2  # one note's two cards
    assert cards(database)["twin:0"][1] == "first"


def test_cancel_during_an_apkg_import_leaves_database_and_media_as_before(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    package = genanki_package(tmp_path)

    class Cancelled(Exception):
        pass

    class CancelWhileWriting:
        """Cancels at the last check, after the cards are written and the media moved in."""

        def __init__(self) -> None:
            self.done = 0

        def report(self, done: int, total: int) -> None:
            self.done = done * 3 // total

        def check(self) -> None:
            if self.done >= 3:
                raise Cancelled

    with sqlite3.connect(database.path) as conn:
        before = [list(conn.execute(f"SELECT * FROM {t}")) for t in ("flashcard", "flashcard_set")]
    with pytest.raises(Cancelled):
        import_file(database, user_id, package, paths.media, progress=CancelWhileWriting())
    with sqlite3.connect(database.path) as conn:
        after = [list(conn.execute(f"SELECT * FROM {t}")) for t in ("flashcard", "flashcard_set")]
    assert after == before
    assert list(paths.media.iterdir()) == []
