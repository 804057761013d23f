"""Exporting cards to CSV and .apkg, and reading them back (here and in the real Anki)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards.exporting.service import export_cards
from studyapp.core.flashcards.importing.service import import_file
from studyapp.core.flashcards.starter_install import install_starter_deck
from studyapp.paths import AppPaths
from tests.core.anki_packages import IMAGE, genanki_package


@pytest.fixture
def user_id(database: Database, paths: AppPaths, tmp_path: Path) -> int:
    user = create_profile(database, "pilot@example.com", "Bessie", "Coleman").id
    install_starter_deck(database, user, "instrument-rating")
    import_file(database, user, genanki_package(tmp_path), paths.media)  # cloze, image, tags
    return user


@pytest.fixture
def other_user(database: Database) -> int:
    return create_profile(database, "second@example.com", "Amelia", "Earhart").id


def content(database: Database, user_id: int) -> list[tuple]:
    with sqlite3.connect(database.path) as conn:
        return sorted(
            conn.execute(
                "SELECT f.question, f.answer, s.name, c.name, f.acs_code, f.reference"
                " FROM flashcard f JOIN flashcard_set s ON s.id = f.set_id"
                " LEFT JOIN flashcard_category c ON c.id = f.category_id WHERE f.user_id = ?",
                (user_id,),
            ),
            key=repr,
        )


@pytest.mark.parametrize("suffix", [".apkg", ".csv", ".tsv"])
def test_round_trip_gives_the_same_cards(
    database: Database,
    paths: AppPaths,
    user_id: int,
    other_user: int,
    tmp_path: Path,
    suffix: str,
) -> None:
    out = tmp_path / f"export{suffix}"
    exported = export_cards(database, user_id, out, paths.media)
    assert exported.cards == len(content(database, user_id))
    assert exported.media_files == (1 if suffix == ".apkg" else 0)
    imported = import_file(database, other_user, out, paths.media)
    assert imported.added == exported.cards
    assert content(database, other_user) == content(database, user_id)


def test_apkg_carries_the_images(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "weather.apkg"
    export_cards(database, user_id, out, paths.media, set_name="Weather")
    fresh = tmp_path / "fresh-media"
    import_file(database, user_id, out, fresh)
    assert (fresh / "chart.png").read_bytes() == IMAGE


def test_the_real_anki_opens_our_export(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    from anki.collection import Collection, ImportAnkiPackageRequest

    out = tmp_path / "for-anki.apkg"
    exported = export_cards(database, user_id, out, paths.media)
    col = Collection(str(tmp_path / "anki-profile.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(out)))
        assert col.card_count() == exported.cards
        assert set(col.decks.all_names()) >= set(exported.set_names)
        note = col.get_note(col.find_notes('"deck:Weather"')[0])
        assert note["Answer"] == "Class B"
        assert set(note.tags) == {"Airspace_basics", "PA.I.E.K1"}
        assert col.media.have("chart.png")
        # Every card as Anki shows it: its question side and its deck are ours, one for one.
        in_anki = []
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            note = card.note()
            in_anki.append((note["Question"], note["Answer"], col.decks.name(card.did)))
            assert note["Question"] in card.question()
        ours = [(q, a, s) for q, a, s, *_rest in content(database, user_id)]
        assert sorted(in_anki) == sorted(ours)
    finally:
        col.close()


def test_one_set_only(database: Database, paths: AppPaths, user_id: int, tmp_path: Path) -> None:
    result = export_cards(database, user_id, tmp_path / "one.csv", paths.media, set_name="Weather")
    assert (result.cards, result.set_names) == (2, ("Weather",))


def test_unknown_set_and_suffix(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError):
        export_cards(database, user_id, tmp_path / "x.csv", paths.media, set_name="Nope")
    with pytest.raises(ValidationError):
        export_cards(database, user_id, tmp_path / "x.pdf", paths.media)
    assert list(tmp_path.glob("x.*")) == []


def _set_ids(database: Database, user_id: int) -> dict[str, int]:
    with sqlite3.connect(database.path) as conn:
        return dict(
            conn.execute("SELECT name, id FROM flashcard_set WHERE user_id = ?", (user_id,))
        )


def test_export_of_chosen_sets_by_id_reports_progress(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    ids = _set_ids(database, user_id)
    reports: list[tuple[int, int]] = []

    class Recorder:
        def report(self, done: int, total: int) -> None:
            reports.append((done, total))

        def check(self) -> None:
            pass

    out = tmp_path / "two.csv"
    chosen = [ids["Weather"], ids["Regs::Airspace"]]
    result = export_cards(database, user_id, out, paths.media, set_ids=chosen, progress=Recorder())
    assert (result.cards, result.set_names) == (4, ("Regs::Airspace", "Weather"))
    assert reports == [(0, 3), (1, 3), (2, 3), (3, 3)]
    with pytest.raises(NotFoundError):
        export_cards(database, user_id, tmp_path / "x.csv", paths.media, set_ids=[10_000])
    assert not (tmp_path / "x.csv").exists()


def test_a_cancelled_export_leaves_no_file(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    class Stop(Exception):
        pass

    class CancelWhileWriting:
        done = 0

        def report(self, done: int, total: int) -> None:
            self.done = done

        def check(self) -> None:
            if self.done == 2:  # the package is written, not yet moved into place
                raise Stop

    out = tmp_path / "deck.apkg"
    with pytest.raises(Stop):
        export_cards(database, user_id, out, paths.media, progress=CancelWhileWriting())
    assert list(tmp_path.glob("deck.apkg*")) == []
