"""Importing CSV, TSV and Anki plain-text exports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.importing.csv_import import (
    FIELD_MAX_CHARS,
    CsvMapping,
    column_fields,
    mapping_from_columns,
    preview_text_file,
)
from studyapp.core.flashcards.importing.errors import ImportFileError
from studyapp.core.flashcards.importing.service import import_file
from studyapp.paths import AppPaths


@pytest.fixture
def user_id(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Bessie", "Coleman").id


def _cards(database: Database) -> list[tuple]:
    with sqlite3.connect(database.path) as conn:
        return conn.execute(
            "SELECT f.question, f.answer, s.name, c.name, f.acs_code, f.reference"
            " FROM flashcard f JOIN flashcard_set s ON s.id = f.set_id"
            " LEFT JOIN flashcard_category c ON c.id = f.category_id ORDER BY f.id"
        ).fetchall()


def _dump(database: Database) -> list[tuple]:
    with sqlite3.connect(database.path) as conn:
        return [
            *conn.execute("SELECT * FROM flashcard ORDER BY id"),
            *conn.execute("SELECT * FROM flashcard_set ORDER BY id"),
            *conn.execute("SELECT * FROM flashcard_category ORDER BY id"),
        ]


def test_csv_with_bom_header_and_quoted_multiline_fields(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "weather.csv"
    text = (
        "Front,Back,Tags,Reference\r\n"
        'What is a METAR?,"An hourly surface\nobservation",Weather PA.I.C.K1,AC 00-45\r\n'
        '"Say ""TAF""",Terminal aerodrome forecast,,\r\n'
    )
    file.write_bytes(b"\xef\xbb\xbf" + text.encode())
    result = import_file(database, user_id, file, paths.media)
    assert (result.added, result.updated, result.set_names) == (2, 0, ("weather",))
    assert _cards(database) == [
        (
            "What is a METAR?",
            "An hourly surface\nobservation",
            "weather",
            "Weather",
            "PA.I.C.K1",
            "AC 00-45",
        ),
        ('Say "TAF"', "Terminal aerodrome forecast", "weather", None, None, None),
    ]


def test_reimport_updates_instead_of_duplicating(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "regs.csv"
    file.write_text("question,answer\nVFR fuel by day?,30 minutes\n", encoding="utf-8")
    import_file(database, user_id, file, paths.media)
    file.write_text("question,answer\nVFR fuel by day?,30 minutes at normal cruise\n")
    result = import_file(database, user_id, file, paths.media)
    assert (result.added, result.updated) == (0, 1)
    assert [row[1] for row in _cards(database)] == ["30 minutes at normal cruise"]


def test_tsv_with_explicit_mapping_and_set(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "cards.tsv"
    file.write_text("ref\tA\tQ\n91.151\t30 min\tDay VFR fuel?\n", encoding="utf-8")
    mapping = CsvMapping(question="Q", answer="A", reference="ref")
    result = import_file(database, user_id, file, paths.media, set_name="Regs", mapping=mapping)
    assert result.set_names == ("Regs",)
    assert _cards(database) == [("Day VFR fuel?", "30 min", "Regs", None, None, "91.151")]


def test_anki_plain_text_export(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "export.txt"
    file.write_text(
        "#separator:tab\n#html:true\n#tags column:3\n"
        "<b>Vso</b>\tStall speed in landing configuration\tairspeeds PA.I.F.K2\n",
        encoding="utf-8",
    )
    import_file(database, user_id, file, paths.media)
    assert _cards(database) == [
        (
            "<b>Vso</b>",
            "Stall speed in landing configuration",
            "export",
            "airspeeds",
            "PA.I.F.K2",
            None,
        )
    ]


def test_headerless_csv_uses_first_two_columns(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "plain.csv"
    file.write_text("Vx?,Best angle of climb\nVy?,Best rate of climb\n", encoding="utf-8")
    assert import_file(database, user_id, file, paths.media).added == 2


def test_non_utf8_csv_is_refused_naming_the_line(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "latin1.csv"
    file.write_bytes("question,answer\nok,fine\nCaf\u00e9?,yes\n".encode("latin-1"))
    before = _dump(database)
    with pytest.raises(ImportFileError) as caught:
        import_file(database, user_id, file, paths.media)
    assert (caught.value.code, caught.value.detail) == ("text.not_utf8", "line 3")
    assert _dump(database) == before


def test_binary_file_named_csv_is_refused(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "photo.csv"
    file.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFileError) as caught:
        import_file(database, user_id, file, paths.media)
    assert caught.value.code == "format.mismatch"
    assert _dump(database) == []


def test_cancel_rolls_back_everything(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "many.csv"
    rows = "".join(f"Question {n}?,Answer {n}\n" for n in range(5000))
    file.write_text("question,answer\n" + rows, encoding="utf-8")

    class Cancelled(Exception):
        pass

    class StopHalfway:
        def __init__(self) -> None:
            self.reports: list[tuple[int, int]] = []

        def report(self, done: int, total: int) -> None:
            self.reports.append((done, total))

        def check(self) -> None:
            if len(self.reports) >= 2:
                raise Cancelled

    progress = StopHalfway()
    with pytest.raises(Cancelled):
        import_file(database, user_id, file, paths.media, progress=progress)
    assert progress.reports[0] == (0, 5000)
    assert _dump(database) == []


def test_preview_shows_columns_rows_and_a_guessed_mapping(tmp_path: Path) -> None:
    file = tmp_path / "deck.csv"
    file.write_text("Term,Definition,Deck\nVx,Best angle,Perf\nVy,Best rate,Perf\n", "utf-8")
    preview = preview_text_file(file, sample_rows=1)
    assert preview.header == ("Term", "Definition", "Deck")
    assert (preview.sample, preview.row_count) == ((("Vx", "Best angle", "Perf"),), 2)
    assert preview.mapping == CsvMapping(question=0, answer=1, set_name=2)


def test_a_field_over_the_size_limit_names_the_line(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "huge.csv"
    huge = "x" * (FIELD_MAX_CHARS + 1)
    file.write_text("question,answer\n" + "q,a\n" * 2000 + f'q,"{huge}"\n', encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_file(database, user_id, file, paths.media)
    assert caught.value.code == "csv.malformed"
    assert caught.value.detail.startswith("line 2002:")
    assert _dump(database) == []


def test_a_field_with_an_inline_image_over_128_kib(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    image = '<img src="data:image/png;base64,' + "A" * 300_000 + '">'
    file = tmp_path / "big.csv"
    file.write_text(f'question,answer\nWhat is this?,"{image}"\n', encoding="utf-8")
    assert import_file(database, user_id, file, paths.media).added == 1


def test_mapping_from_the_dialogs_columns_reads_the_chosen_fields(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "mixed.csv"
    file.write_text(
        "Notes,Prompt,Response,Level,Code\nskip me,Vso?,Stall speed landing config,3,PA.I.F.K2\n",
        encoding="utf-8",
    )
    preview = preview_text_file(file)
    assert preview.header is None  # no name it knows: read as data, columns 0 and 1 guessed
    fields = column_fields(preview.mapping, preview.header, len(preview.sample[0]))
    assert fields == ["question", "answer", None, None, None]
    mapping = mapping_from_columns([None, "question", "answer", "difficulty", "acs_code"], True)
    result = import_file(database, user_id, file, paths.media, mapping=mapping)
    assert result.added == 1
    assert _cards(database) == [
        ("Vso?", "Stall speed landing config", "mixed", None, "PA.I.F.K2", None)
    ]
    with sqlite3.connect(database.path) as conn:
        assert conn.execute("SELECT difficulty FROM flashcard").fetchone() == (3,)


def test_guessed_mapping_shows_as_column_fields(tmp_path: Path) -> None:
    file = tmp_path / "deck.tsv"
    file.write_text("Deck\tFront\tBack\tTags\nPerf\tVx\tBest angle\tPA.I.F.K1\n", "utf-8")
    preview = preview_text_file(file)
    assert column_fields(preview.mapping, preview.header, 4) == [
        "set_name",
        "question",
        "answer",
        "tags",
    ]


def test_preview_with_the_pilots_header_choice(tmp_path: Path) -> None:
    file = tmp_path / "deck.csv"
    file.write_text("Front,Back\nVx,Best angle\n", "utf-8")
    assert preview_text_file(file).row_count == 1
    headerless = preview_text_file(file, has_header=False)
    assert headerless.header is None
    assert headerless.sample == (("Front", "Back"), ("Vx", "Best angle"))
    assert headerless.mapping == CsvMapping(has_header=False)


@pytest.mark.parametrize(
    ("fields", "detail"),
    [
        (["question", None], "no column for answer"),
        ([None, "answer"], "no column for question"),
        (["question", "answer", "answer"], "two columns for answer"),
        (["question", "answer", "colour"], "unknown field 'colour'"),
    ],
)
def test_a_mapping_without_question_and_answer_is_refused(
    fields: list[str | None], detail: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        mapping_from_columns(fields, has_header=True)
    assert (caught.value.code, caught.value.detail) == ("csv.bad_mapping", detail)


def test_headerless_mapping_imports_the_first_row_too(
    database: Database, paths: AppPaths, user_id: int, tmp_path: Path
) -> None:
    file = tmp_path / "plain.csv"
    file.write_text("Best angle,Vx\nBest rate,Vy\n", encoding="utf-8")
    mapping = mapping_from_columns(["answer", "question"], has_header=False)
    import_file(database, user_id, file, paths.media, mapping=mapping, set_name="Speeds")
    assert [row[:3] for row in _cards(database)] == [
        ("Vx", "Best angle", "Speeds"),
        ("Vy", "Best rate", "Speeds"),
    ]
