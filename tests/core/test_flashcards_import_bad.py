"""Files we refuse: each names the problem and leaves the database and media folder as they were."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.importing.anki_package import decompress
from studyapp.core.flashcards.importing.errors import ImportFileError
from studyapp.core.flashcards.importing.safezip import SafeZip, safe_member_name
from studyapp.core.flashcards.importing.service import import_file
from studyapp.core.flashcards.starter_install import install_starter_deck
from studyapp.paths import AppPaths
from tests.core.anki_packages import anki_package, genanki_package


@pytest.fixture
def user_id(database: Database) -> int:
    user = create_profile(database, "pilot@example.com", "Bessie", "Coleman").id
    install_starter_deck(database, user, "instrument-rating")  # something to keep intact
    return user


def snapshot(database: Database, paths: AppPaths) -> tuple:
    with sqlite3.connect(database.path) as conn:
        tables = [
            list(conn.execute(f"SELECT * FROM {table} ORDER BY 1"))
            for table in ("flashcard", "flashcard_set", "flashcard_category", "review_log")
        ]
    return tables, sorted(p.name for p in paths.media.iterdir())


def refused(database: Database, paths: AppPaths, user_id: int, file: Path) -> ImportFileError:
    before = snapshot(database, paths)
    with pytest.raises(ImportFileError) as caught:
        import_file(database, user_id, file, paths.media)
    assert snapshot(database, paths) == before
    return caught.value


def rezip(source: Path, out: Path, change: Callable[[str, bytes], tuple[str, bytes]]) -> Path:
    """A copy of a package with each entry passed through ``change(name, data)``."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w") as copy:
        for info in original.infolist():
            name, data = change(info.filename, original.read(info))
            copy.writestr(name, data, zipfile.ZIP_DEFLATED)
    return out


def test_truncated_zip(database: Database, paths: AppPaths, user_id: int, tmp_path: Path) -> None:
    data = genanki_package(tmp_path).read_bytes()
    cut = tmp_path / "cut.apkg"
    cut.write_bytes(data[: len(data) // 2])
    assert refused(database, paths, user_id, cut).code == "zip.corrupt"


def test_corrupt_entry_fails_its_checksum(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    package = tmp_path / "stored.apkg"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("collection.anki2", b"SQLite format 3\x00" + b"x" * 4000)
    data = bytearray(package.read_bytes())
    data[200] ^= 0xFF
    package.write_bytes(bytes(data))
    assert refused(database, paths, user_id, package).code == "zip.corrupt"


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "C:\\evil.txt", "a/../../evil"])
def test_entry_pointing_outside_the_folder(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path, name: str
) -> None:
    package = rezip(genanki_package(tmp_path), tmp_path / "evil.apkg", lambda n, d: (n, d))
    with zipfile.ZipFile(package, "a") as archive:
        archive.writestr(name, b"owned")
    error = refused(database, paths, user_id, package)
    assert (error.code, error.detail) == ("zip.unsafe_path", name)


def test_media_map_naming_a_file_outside_the_media_folder(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    def evil_media(name: str, data: bytes) -> tuple[str, bytes]:
        if name == "media":
            return name, json.dumps({"0": "../../escaped.png"}).encode()
        return name, data

    package = rezip(genanki_package(tmp_path), tmp_path / "evil.apkg", evil_media)
    error = refused(database, paths, user_id, package)
    assert (error.code, error.detail) == ("zip.unsafe_path", "../../escaped.png")
    assert not (paths.data_dir / "escaped.png").exists()


def test_member_names_are_compared_by_path_parts() -> None:
    assert safe_member_name("media/..hidden") and safe_member_name("0")
    assert not safe_member_name("..\\x") and not safe_member_name("")


def test_zip_bomb(database: Database, paths: AppPaths, user_id: int, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.apkg"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", b"\x00" * (64 * 1024**2))
    assert refused(database, paths, user_id, bomb).code == "zip.too_large"


def test_zstd_bomb_inside_a_current_package(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.apkg"
    with zipfile.ZipFile(bomb, "w") as archive:
        archive.writestr("meta", b"\x08\x03")
        archive.writestr("collection.anki21b", zstandard.compress(b"\x00" * (8 * 1024**2)))
    with SafeZip(bomb, max_total=1024**2) as archive, pytest.raises(ImportFileError) as caught:
        decompress(archive, "collection.anki21b")
    assert caught.value.code == "zip.too_large"


def test_text_file_named_apkg(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    fake = tmp_path / "deck.apkg"
    fake.write_text("question,answer\nVx,best angle\n", encoding="utf-8")
    assert refused(database, paths, user_id, fake).code == "format.mismatch"


def test_zip_without_a_collection(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    other = tmp_path / "photos.apkg"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8\xff")
    assert refused(database, paths, user_id, other).code == "format.mismatch"


def test_unknown_suffix(database: Database, paths: AppPaths, user_id: int, tmp_path: Path) -> None:
    other = tmp_path / "deck.pdf"
    other.write_bytes(b"%PDF-1.7")
    assert refused(database, paths, user_id, other).code == "format.unsupported"


def test_package_from_a_newer_anki(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    def newer(name: str, data: bytes) -> tuple[str, bytes]:
        return (name, b"\x08\x04") if name == "meta" else (name, data)

    package = rezip(anki_package(tmp_path, legacy=False), tmp_path / "future.apkg", newer)
    error = refused(database, paths, user_id, package)
    assert (error.code, error.detail) == ("anki.too_new", "package version 4")


def test_collection_schema_from_a_newer_anki(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    package = _with_collection(genanki_package(tmp_path), tmp_path, "UPDATE col SET ver = 19")
    error = refused(database, paths, user_id, package)
    assert (error.code, error.detail) == ("anki.too_new", "collection schema 19")


def test_collection_that_is_not_a_database(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    def garbage(name: str, data: bytes) -> tuple[str, bytes]:
        return (name, b"not sqlite at all" * 100) if name == "collection.anki2" else (name, data)

    package = rezip(genanki_package(tmp_path), tmp_path / "garbage.apkg", garbage)
    assert refused(database, paths, user_id, package).code == "anki.bad_collection"


def test_collection_whose_notes_table_is_a_view(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    package = _with_collection(
        genanki_package(tmp_path),
        tmp_path,
        "ALTER TABLE notes RENAME TO real_notes; CREATE VIEW notes AS SELECT * FROM real_notes",
    )
    error = refused(database, paths, user_id, package)
    assert (error.code, error.detail) == ("anki.bad_collection", "no notes table")


def _with_collection(source: Path, folder: Path, sql: str) -> Path:
    """A copy of a legacy package whose collection had ``sql`` run on it."""
    db_file = folder / "edited.anki2"
    with zipfile.ZipFile(source) as archive:
        db_file.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(db_file) as conn:
        conn.executescript(sql)
    conn.close()
    edited = db_file.read_bytes()

    def swap(name: str, data: bytes) -> tuple[str, bytes]:
        return (name, edited) if name == "collection.anki2" else (name, data)

    return rezip(source, folder / "edited.apkg", swap)


def test_cancel_during_an_apkg_import_rolls_back_cards_and_media(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    class Cancelled(Exception):
        pass

    class CancelAtTheEnd:
        def __init__(self) -> None:
            self.reports: list[tuple[int, int]] = []

        def report(self, done: int, total: int) -> None:
            self.reports.append((done, total))

        def check(self) -> None:
            if self.reports[-1] == (1000, 1000):
                raise Cancelled

    package = genanki_package(tmp_path)
    before = snapshot(database, paths)
    # The last check comes after the cards are written and the image is in place.
    progress = CancelAtTheEnd()
    with pytest.raises(Cancelled):
        import_file(database, user_id, package, paths.media, progress=progress)
    assert snapshot(database, paths) == before
    done = [report[0] for report in progress.reports]
    assert done == sorted(done) and done[0] == 0  # one bar moving forward, never back
