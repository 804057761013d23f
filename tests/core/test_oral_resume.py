"""A session survives its process being killed: every answer given is there on resume."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from studyapp.core.db import Database
from studyapp.core.oral.sessions import record_answer, session_state, start_session
from studyapp.paths import AppPaths
from tests.core.test_oral_support import PRIVATE, install_small_bank, new_pilot

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from studyapp.core.db import Database
    from studyapp.core.oral.sessions import record_answer, session_state

    db = Database(Path(sys.argv[1]))
    user, session_id = int(sys.argv[2]), int(sys.argv[3])
    state = session_state(db, user, session_id)
    for grade, seconds in (("S", 40), ("U", 95)):
        state = record_answer(
            db, user, session_id, state.current.position, grade=grade,
            notes="typed " + grade, elapsed_seconds=seconds,
        )
    print("answered", state.answered, flush=True)
    time.sleep(60)  # the pilot is typing the third answer when the power goes
    """
)


def test_resume_after_the_process_is_killed(
    database: Database, paths: AppPaths, tmp_path: Path
) -> None:
    install_small_bank(database, tmp_path)
    pilot = new_pilot(database)
    state = start_session(database, pilot, PRIVATE, areas=("PA.I",), time_limit_minutes=30, seed=4)
    first_three = [state.current.position]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(paths.database), str(pilot), str(state.session_id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "answered 2"
    finally:
        child.kill()
        child.wait()
    assert child.returncode != 0

    resumed = session_state(database, pilot, state.session_id)
    assert (resumed.answered, resumed.total) == (2, 7)
    assert resumed.elapsed_seconds == 95
    assert resumed.time_limit_minutes == 30
    assert resumed.current.position == first_three[0] + 2
    assert resumed.completed_at is None
    after = record_answer(database, pilot, state.session_id, resumed.current.position, grade="N")
    assert after.answered == 3
