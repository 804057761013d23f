"""Two laptops (two data folders) syncing through a real server, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from studyapp.core.accounts import service as accounts
from studyapp.core.accounts.models import CustomUser
from studyapp.core.errors import ValidationError
from studyapp.core.gouge import examiners, service
from studyapp.core.sync import engine
from studyapp.core.sync import service as sync
from studyapp.core.sync.models import SyncOutbox
from tests.server.harness import (
    ServerProcess,
    server_fixture,  # noqa: F401  (the `server` fixture)
)
from tests.server.laptops import Laptop, fast_http, make_laptop


@pytest.fixture
def ana(tmp_path: Path, server: ServerProcess) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path / "ana", "ana@example.com", "Ana", "Zebrowski")
    laptop.login(server.url, "ana@example.com")
    yield laptop
    laptop.close()


@pytest.fixture
def bo(tmp_path: Path, server: ServerProcess) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path / "bo", "bo@example.com", "Bo", "Lindqvist")
    laptop.login(server.url, "bo@example.com")
    yield laptop
    laptop.close()


def _outbox(laptop: Laptop) -> list[SyncOutbox]:
    with laptop.db.session() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.id)))


def _names_in_database(laptop: Laptop) -> set[str]:
    with laptop.db.session() as session:
        rows = session.execute(
            select(CustomUser.first_name, CustomUser.last_name, CustomUser.email)
        )
        return {part for row in rows for part in row}


def test_every_local_change_writes_its_outbox_entry_in_the_same_transaction(
    ana: Laptop,
) -> None:
    examiner_id = ana.add_examiner()
    entry = ana.write_gouge(examiner_id)
    with pytest.raises(ValidationError):
        ana.write_gouge(examiner_id, rating=9)
    service.edit_gouge(ana.db, ana.user_id, entry.id, _input(examiner_id, rating=2))
    service.delete_gouge(ana.db, ana.user_id, entry.id)
    ops = [(e.entity, e.op) for e in _outbox(ana)]
    assert ops == [
        ("examiner", "upsert"),
        ("gouge", "upsert"),
        ("gouge", "upsert"),
        ("gouge", "delete"),
    ]
    assert _outbox(ana)[2].payload["rating"] == 2


def _input(examiner_id: int, **fields: object) -> service.GougeInput:
    from datetime import date

    values: dict[str, object] = {
        "examiner_id": examiner_id,
        "gouge_date": date(2026, 10, 1),
        "checkride_type": "private",
        "pass_or_fail": "pass",
        "rating": 4,
        "flight_difficulty": 2,
        "oral_difficulty": 2,
        "stress_level": 3,
        "content": "Steep turns, then a long oral on airspace.",
        **fields,
    }
    return service.GougeInput(**values)  # type: ignore[arg-type]


def test_gouge_written_on_one_laptop_arrives_on_the_other(ana: Laptop, bo: Laptop) -> None:
    examiner_id = ana.add_examiner()
    ana.write_gouge(examiner_id, rating=5)
    ana.write_gouge(examiner_id, rating=2, pass_or_fail="fail", flight_difficulty=3)
    report = ana.sync()
    assert report.pushed == 3 and report.rejected == 0
    assert _outbox(ana) == []
    moved = bo.sync()
    assert moved.pulled["examiners"] >= 1 and moved.pulled["gouge"] == 2
    seen = bo.examiner_by_name("Dana Examiner")
    assert seen.stats is not None
    assert (seen.stats.feedback_count, seen.stats.avg_rating, seen.stats.avg_pass_rate) == (
        2,
        3.5,
        0.5,
    )
    assert seen.stats.avg_flight_difficulty == 2.5
    reports = service.list_gouge(bo.db, bo.user_id, seen.id)
    assert {r.author_name for r in reports} == {"Ana Zebrowski"}
    assert not any(r.is_mine for r in reports)
    # Others' stand-in author is not a profile anyone can open here.
    assert [p.email for p in accounts.list_profiles(bo.db)] == ["bo@example.com"]
    assert _outbox(bo) == []  # applying pulled rows queues nothing


def test_anonymous_gouge_arrives_without_any_trace_of_its_author(ana: Laptop, bo: Laptop) -> None:
    examiner_id = ana.add_examiner()
    ana.write_gouge(examiner_id, is_anonymous=True)
    ana.sync()
    bo.sync()
    (report,) = service.list_gouge(bo.db, bo.user_id, bo.examiner_by_name("Dana Examiner").id)
    assert report.author_name is None and report.is_anonymous
    assert not {"Ana", "Zebrowski", "ana@example.com"} & _names_in_database(bo)


def test_edits_and_deletes_follow_and_aggregates_stay_true(ana: Laptop, bo: Laptop) -> None:
    examiner_id = ana.add_examiner()
    first = ana.write_gouge(examiner_id, rating=5)
    second = ana.write_gouge(examiner_id, rating=1)
    ana.sync()
    bo.sync()
    service.edit_gouge(ana.db, ana.user_id, first.id, _input(examiner_id, rating=3))
    service.delete_gouge(ana.db, ana.user_id, second.id)
    ana.sync()
    report = bo.sync()
    assert report.pulled["deleted"] == 1
    seen = bo.examiner_by_name("Dana Examiner")
    assert seen.stats is not None
    assert (seen.stats.feedback_count, seen.stats.avg_rating) == (1, 3.0)


def test_examiners_added_on_both_laptops_are_merged(ana: Laptop, bo: Laptop) -> None:
    ana_examiner = ana.add_examiner("José Ruiz", "Bay Area")
    ana.write_gouge(ana_examiner, rating=5)
    bo_examiner = bo.add_examiner("jose  ruiz", "BAY AREA")
    bo.write_gouge(bo_examiner, rating=3)
    ana.sync()
    report = bo.sync()
    assert report.merged == 1
    ana.sync()
    for laptop in (ana, bo):
        (only,) = examiners.list_examiners(laptop.db)
        assert only.stats is not None and only.stats.feedback_count == 2
        assert only.stats.avg_rating == 4.0
    assert examiners.list_examiners(ana.db)[0].uuid == examiners.list_examiners(bo.db)[0].uuid


def test_pulled_examiner_adopts_a_local_twin_not_yet_pushed(ana: Laptop, bo: Laptop) -> None:
    ana.add_examiner("José Ruiz", "Bay Area")
    ana.sync()
    bo_examiner = bo.add_examiner("Jose Ruiz", "Bay Area")
    bo.write_gouge(bo_examiner)
    # Bo pulls before pushing: his examiner takes the server's uuid, his queued gouge follows.
    _pull_only(bo)
    assert examiners.list_examiners(bo.db)[0].uuid == examiners.list_examiners(ana.db)[0].uuid
    report = bo.sync()
    assert (report.rejected, report.merged) == (0, 0)
    ana.sync()
    (on_ana,) = examiners.list_examiners(ana.db)
    assert on_ana.report_count == 1


def test_the_authors_latest_edit_wins_across_two_of_their_laptops(
    tmp_path: Path, server: ServerProcess
) -> None:
    home = make_laptop(tmp_path / "home", "ana@example.com", "Ana", "Z")
    work = make_laptop(tmp_path / "work", "ana@example.com", "Ana", "Z")
    home.login(server.url, "ana@example.com")
    work.login(server.url, "ana@example.com", register=False)
    examiner_id = home.add_examiner()
    entry = home.write_gouge(examiner_id, content="first draft")
    home.sync()
    work.sync()
    (on_work,) = service.list_gouge(
        work.db, work.user_id, work.examiner_by_name("Dana Examiner").id
    )
    assert on_work.is_mine
    work_examiner = on_work.examiner_id
    service.edit_gouge(home.db, home.user_id, entry.id, _input(examiner_id, content="home edit"))
    service.edit_gouge(
        work.db, work.user_id, on_work.id, _input(work_examiner, content="work edit, later")
    )
    work.sync()
    home.sync()  # pushes the older home edit: the server keeps the later one
    home.sync()
    work.sync()
    for laptop, eid in ((home, examiner_id), (work, work_examiner)):
        (final,) = service.list_gouge(laptop.db, laptop.user_id, eid)
        assert final.content == "work edit, later"
    home.close()
    work.close()


def test_a_local_edit_made_before_the_pull_is_not_overwritten(ana: Laptop, bo: Laptop) -> None:
    examiner_id = ana.add_examiner()
    ana.write_gouge(examiner_id)
    ana.sync()
    bo.sync()
    seen = bo.examiner_by_name("Dana Examiner")
    examiners.edit_examiner(
        bo.db,
        seen.id,
        examiners.ExaminerInput("Dana Examiner", 11, ("private", "cfi"), region="Bay Area"),
    )
    _pull_only(bo)  # the queued examiner edit must survive a pull
    assert bo.examiner_by_name("Dana Examiner").checkride_types == ("private", "cfi")
    bo.sync()
    ana.sync()
    assert ana.examiner_by_name("Dana Examiner").checkride_types == ("private", "cfi")


def _pull_only(laptop: Laptop) -> None:
    status = sync.status(laptop.db, laptop.user_id)
    assert status is not None
    http = fast_http(status.server_url, laptop.tokens.load(_key(laptop)))
    engine.pull(laptop.db, laptop.user_id, http, engine.SyncReport())


def _key(laptop: Laptop) -> str:
    from studyapp.core.sync.models import SyncState

    with laptop.db.session() as session:
        state = session.get(SyncState, laptop.user_id)
        assert state is not None
        return state.keyring_key


def test_changes_from_before_sign_in_are_queued_once(tmp_path: Path, server: ServerProcess) -> None:
    laptop = make_laptop(tmp_path / "old", "cy@example.com", "Cy", "Old")
    examiner_id = laptop.add_examiner()
    laptop.write_gouge(examiner_id)
    with laptop.db.session() as session:
        session.query(SyncOutbox).delete()  # as if written before sync existed
    laptop.login(server.url, "cy@example.com")
    assert len(_outbox(laptop)) == 2
    assert laptop.sync().pushed == 2
    laptop.close()


def test_status_records_success_and_sign_out_forgets_the_token(ana: Laptop) -> None:
    ana.sync()
    status = sync.status(ana.db, ana.user_id)
    assert status is not None and status.signed_in and status.last_sync_at is not None
    key = _key(ana)
    assert ana.tokens.load(key)
    sync.logout(ana.db, ana.user_id, ana.tokens)
    assert ana.tokens.load(key) is None
    status = sync.status(ana.db, ana.user_id)
    assert status is not None and not status.signed_in
    with ana.db.session() as session:
        assert session.scalar(select(func.count()).select_from(CustomUser)) == 1
