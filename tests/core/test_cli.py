"""The command line, run in-process against a real data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp import __version__
from studyapp.cli import main
from studyapp.paths import DATA_DIR_ENV


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_creates_a_healthy_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "d"), "check")
    assert code == 0
    assert "Schema revision:" in out and "Integrity: ok" in out
    assert (tmp_path / "d" / "studyapp.sqlite3").exists()


def test_check_reports_a_damaged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "studyapp.sqlite3").write_bytes(b"garbage" * 100)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 1
    assert "not a readable SQLite database" in err


def test_data_dir_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert run(capsys, "check")[0] == 0
    assert (tmp_path / "env" / "studyapp.sqlite3").exists()


def test_profiles_add_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path)
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "profiles",
        "add",
        "Ace@Example.com",
        "--first-name",
        "Ace",
        "--last-name",
        "Pilot",
    )
    assert code == 0 and "Added profile Ace@Example.com" in out
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "profiles",
        "add",
        "ace@example.com",
        "--first-name",
        "X",
        "--last-name",
        "Y",
    )
    assert code == 1 and "already used" in err
    code, out, _ = run(capsys, "--data-dir", data, "profiles", "list")
    assert code == 0 and out.splitlines() == ["Ace@Example.com\tAce Pilot"]


def test_profiles_add_rejects_bad_email(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path),
        "profiles",
        "add",
        "not-an-email",
        "--first-name",
        "A",
        "--last-name",
        "B",
    )
    assert code == 1 and "not a valid email address" in err


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path)
    run(
        capsys,
        "--data-dir",
        data,
        "profiles",
        "add",
        "one@b.co",
        "--first-name",
        "O",
        "--last-name",
        "B",
    )
    code, out, _ = run(capsys, "--data-dir", data, "backup")
    assert code == 0
    saved = Path(out.strip().removeprefix("Backup written to "))
    run(
        capsys,
        "--data-dir",
        data,
        "profiles",
        "add",
        "two@b.co",
        "--first-name",
        "T",
        "--last-name",
        "B",
    )
    code, out, _ = run(capsys, "--data-dir", data, "restore", str(saved))
    assert code == 0 and "kept at" in out
    with sqlite3.connect(tmp_path / "studyapp.sqlite3") as conn:
        assert conn.execute("SELECT email FROM custom_user").fetchall() == [("one@b.co",)]
    conn.close()


def test_restore_of_a_missing_file_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "restore", str(tmp_path / "nope"))
    assert code == 1 and "does not exist" in err
