"""studyapp import / export / decks, run in-process against a real data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.cli import main
from tests.core.anki_packages import genanki_package

EMAIL = "pilot@example.com"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "data")
    code, _, _ = run(
        capsys,
        "--data-dir",
        folder,
        "profiles",
        "add",
        EMAIL,
        "--first-name",
        "Bessie",
        "--last-name",
        "Coleman",
    )
    assert code == 0
    return folder


def card_count(data: str) -> int:
    with sqlite3.connect(Path(data) / "studyapp.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM flashcard").fetchone()[0]


def test_decks_list_and_install(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", data, "decks", "list", "--profile", EMAIL)
    assert code == 0
    assert "private-pilot\tPrivate Pilot (Airplane)" in out and "\t0 installed" in out
    code, out, _ = run(
        capsys, "--data-dir", data, "decks", "install", "private-pilot", "--profile", EMAIL
    )
    added = card_count(data)
    assert code == 0 and f"{added} added, 0 updated, 0 unchanged" in out
    code, out, _ = run(
        capsys, "--data-dir", data, "decks", "install", "private-pilot", "--profile", EMAIL
    )
    assert f"0 added, 0 updated, {added} unchanged" in out and card_count(data) == added


def test_unknown_deck_and_profile(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", data, "decks", "install", "glider", "--profile", EMAIL)
    assert code == 1 and "No starter deck 'glider'" in err
    code, _, err = run(capsys, "--data-dir", data, "decks", "list", "--profile", "x@example.com")
    assert code == 1 and "No profile x@example.com" in err


def test_import_apkg_then_export_csv_and_apkg(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = genanki_package(tmp_path)
    code, out, _ = run(capsys, "--data-dir", data, "import", str(package), "--profile", EMAIL)
    assert code == 0
    assert out.strip() == (
        "Imported legacy.apkg into Regs::Airspace, Weather: 4 added, 0 updated, 0 unchanged,"
        " 1 media files, 0 past reviews."
    )
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "export",
        str(tmp_path / "w.csv"),
        "--profile",
        EMAIL,
        "--set",
        "Weather",
    )
    assert code == 0 and out.startswith("Exported 2 cards from 1 sets to")
    code, out, _ = run(
        capsys, "--data-dir", data, "export", str(tmp_path / "all.apkg"), "--profile", EMAIL
    )
    assert code == 0 and "Exported 4 cards from 2 sets and 1 media files" in out
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "import",
        str(tmp_path / "w.csv"),
        "--profile",
        EMAIL,
        "--set",
        "Copy",
    )
    assert code == 0 and "into Copy: 2 added" in out


def test_bad_files_exit_non_zero_and_change_nothing(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("question,answer\nCaf\u00e9,ok\n".encode("latin-1"))
    code, _, err = run(capsys, "--data-dir", data, "import", str(latin), "--profile", EMAIL)
    assert code == 1
    assert err.strip() == (
        "studyapp: Cannot import latin.csv: it is not UTF-8 text; save it as UTF-8 and try"
        " again (line 2)."
    )
    fake = tmp_path / "deck.apkg"
    fake.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data, "import", str(fake), "--profile", EMAIL)
    assert code == 1 and "it is not what its name says" in err
    code, _, err = run(
        capsys, "--data-dir", data, "export", str(tmp_path / "x.pdf"), "--profile", EMAIL
    )
    assert code == 1 and "use .csv, .tsv or .apkg" in err
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "export",
        str(tmp_path / "x.csv"),
        "--profile",
        EMAIL,
        "--set",
        "Nope",
    )
    assert code == 1 and "has no set named 'Nope'" in err
    assert card_count(data) == 0
