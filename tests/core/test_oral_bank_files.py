"""Loading the shipped ACS and banks (idempotent), importing and exporting bank files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from studyapp.core.db import Database
from studyapp.core.oral.acs import shipped_catalog
from studyapp.core.oral.bank_format import BankFormatError
from studyapp.core.oral.loading import ensure_loaded, shipped_bank_files
from studyapp.core.oral.models import MockOralSection, OralQuestion, OralScenario
from studyapp.core.oral.transfer import export_bank_file, import_bank_file
from tests.core.test_oral_support import PRIVATE, first_code, question, small_bank, write_bank


def table_dump(db: Database) -> list:
    with db.session() as session:
        return [
            session.execute(select(m).order_by(m.id)).scalars().all().__len__()
            for m in (MockOralSection, OralQuestion, OralScenario)
        ] + [
            tuple(r)
            for r in session.execute(
                select(
                    OralQuestion.uid,
                    OralQuestion.version,
                    OralQuestion.question,
                    OralQuestion.archived,
                ).order_by(OralQuestion.uid)
            )
        ]


def test_every_acs_area_becomes_a_section_linked_to_its_numeral(database: Database) -> None:
    ensure_loaded(database)
    with database.session() as session:
        sections = {s.code: s for s in session.scalars(select(MockOralSection))}
    areas = [a for d in shipped_catalog().documents for a in d.areas]
    assert len(sections) == len(areas)
    assert sections["PA.I"].name == "Preflight Preparation"
    assert (sections["PA.I"].acs_id, sections["PA.I"].numeral) == (PRIVATE, "I")


def test_loading_twice_changes_nothing(database: Database) -> None:
    first = ensure_loaded(database)
    before = table_dump(database)
    again = ensure_loaded(database)
    assert table_dump(database) == before
    assert again.sections == 0 and again.questions.added == 0 and again.questions.updated == 0
    shipped = sum(1 for f in shipped_bank_files() if f.name not in first.skipped_files)
    with database.session() as session:
        loaded = session.scalar(select(func.count()).select_from(OralQuestion))
    assert (loaded > 0) == (shipped > 0)


def test_import_is_idempotent_and_a_newer_version_updates(
    database: Database, tmp_path: Path
) -> None:
    bank = small_bank()
    first = import_bank_file(database, write_bank(tmp_path, bank))
    assert (first.added, first.updated, first.questions) == (15, 0, 15)
    again = import_bank_file(database, write_bank(tmp_path, bank))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 15)
    bank["version"] = 2
    bank["questions"][0]["answer"] = "A better answer."
    newer = import_bank_file(database, write_bank(tmp_path, bank))
    assert (newer.added, newer.updated) == (0, 1)
    bank["version"] = 1
    bank["questions"][0]["answer"] = "The old answer."
    older = import_bank_file(database, write_bank(tmp_path, bank))
    assert older.updated == 0
    with database.session() as session:
        answer = session.scalar(select(OralQuestion.answer).where(OralQuestion.uid == "t-0-0-0"))
    assert answer == "A better answer."


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_then_import_round_trip(database: Database, tmp_path: Path, suffix: str) -> None:
    bank = small_bank()
    bank["questions"][0]["follow_ups"] = ["And if it lapsed?", "Who can endorse it?"]
    bank["questions"][1]["answer"] = 'Line one, with "quotes".\nLine two; commas, too.'
    import_bank_file(database, write_bank(tmp_path, bank))
    out = tmp_path / f"export{suffix}"
    report = export_bank_file(database, out, origins=("imported",))
    assert (report.banks, report.questions, report.scenarios) == (1, 15, 1)

    other = Database(tmp_path / "other.sqlite3")
    from studyapp.core.startup import open_database
    from studyapp.paths import resolve_paths

    other = open_database(resolve_paths(tmp_path / "other").ensure())
    try:
        back = import_bank_file(other, out)
        assert back.added == 15
        export_bank_file(other, tmp_path / "again.json", origins=("imported",))
    finally:
        other.close()
    exported = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert exported == bank


def bad_banks() -> list[tuple[str, object]]:
    good = small_bank()
    unknown_code = small_bank()
    unknown_code["questions"][3]["codes"] = ["PA.I.A.K99"]
    duplicate = small_bank()
    duplicate["questions"].append(question("t-0-0-1", first_code(0)))
    no_points = small_bank()
    no_points["questions"][0]["key_points"] = []
    bad_difficulty = small_bank()
    bad_difficulty["questions"][0]["difficulty"] = 5
    return [
        ("not json", "{this is not json"),
        ("unknown acs", {**good, "acs_id": "FAA-S-ACS-99"}),
        ("unknown code", unknown_code),
        ("duplicate id", duplicate),
        ("no key points", no_points),
        ("difficulty", bad_difficulty),
        ("empty list", []),
    ]


@pytest.mark.parametrize(("name", "content"), bad_banks())
def test_a_bad_file_changes_nothing(
    database: Database, tmp_path: Path, name: str, content: object
) -> None:
    import_bank_file(database, write_bank(tmp_path, small_bank(), "first.json"))
    before = table_dump(database)
    path = tmp_path / "bad.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    with pytest.raises(BankFormatError):
        import_bank_file(database, path)
    assert table_dump(database) == before


def test_a_bad_csv_row_names_the_line_and_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    import_bank_file(database, write_bank(tmp_path, small_bank(), "first.json"))
    export_bank_file(database, tmp_path / "good.csv", origins=("imported",))
    lines = (tmp_path / "good.csv").read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    assert header[:3] == ["acs_id", "version", "id"]
    bad = tmp_path / "bad.csv"
    bad.write_text("acs_id,id,codes\nFAA-S-ACS-6C,x-1,PA.I.A.K1\n", encoding="utf-8")
    before = table_dump(database)
    with pytest.raises(BankFormatError, match="question"):
        import_bank_file(database, bad)
    assert table_dump(database) == before
