"""Project-level promises: the README's Quick start is what CI runs, and lint is clean."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FENCED_BLOCK = re.compile(r"^```[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    _, found, after = readme.partition("\n## Quick start\n")
    assert found, "README.md has no '## Quick start' section"
    section = after.split("\n## ", 1)[0]
    block = FENCED_BLOCK.search(section)
    assert block, "the Quick start section has no code block"
    lines = (line.strip() for line in block.group(1).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def test_quick_start_has_exactly_two_commands() -> None:
    commands = quick_start_commands()

    assert len(commands) == 2, commands
    assert "studyapp" in commands[0], "the first command should launch the app"
    assert "pytest" in commands[1], "the second command should run the test suite"


def test_ci_runs_the_second_quick_start_command_verbatim() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()

    assert quick_start_commands()[1] in (line.strip() for line in ci_lines)


@pytest.mark.slow
def test_ruff_check_is_clean() -> None:
    if importlib.util.find_spec("ruff") is None:
        pytest.skip("ruff is not installed in this environment (it comes with the [test] extra)")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
