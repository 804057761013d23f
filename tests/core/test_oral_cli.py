"""`studyapp oral import FILE` and `oral export OUT` against a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp.cli import main
from tests.core.test_oral_support import small_bank, write_bank


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_export_prints_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    bank = write_bank(tmp_path, small_bank())
    code, out, _ = run(capsys, "--data-dir", data, "oral", "import", str(bank))
    assert code == 0
    assert "Imported 15 questions" in out and "15 added" in out
    code, out, _ = run(capsys, "--data-dir", data, "oral", "import", str(bank))
    assert "0 added, 0 updated, 15 unchanged" in out
    target = tmp_path / "mine.csv"
    code, out, _ = run(capsys, "--data-dir", data, "oral", "export", str(target), "--custom-only")
    assert code == 0 and "Exported 15 questions (1 scenarios, 1 ACS)" in out
    assert target.read_text(encoding="utf-8").startswith("acs_id,version,id,")


def test_a_bad_file_is_refused_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = small_bank()
    bank["questions"][2]["codes"] = ["PA.I.A.K42"]
    path = write_bank(tmp_path, bank)
    data = str(tmp_path / "d")
    code, out, err = run(capsys, "--data-dir", data, "oral", "import", str(path))
    assert code == 1 and out == ""
    assert "nothing changed" in err and "PA.I.A.K42" in err and "t-0-1-0" in err
    export = tmp_path / "all.json"
    run(capsys, "--data-dir", data, "oral", "export", str(export), "--custom-only")
    assert json.loads(export.read_text(encoding="utf-8")) == []


def test_a_missing_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "oral", "import", str(tmp_path / "none.json")
    )
    assert code == 1 and "cannot read" in err
