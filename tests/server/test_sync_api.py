"""The sync endpoints on a real server: once-only pushes, pull visibility, authorisation, limits."""

from __future__ import annotations

import json

import requests

from tests.server import changes
from tests.server.harness import (
    Api,
    ServerProcess,
    register_and_login,
    server_fixture,  # noqa: F401  (the `server` fixture)
)


def _pull_all(api: Api, cursor: int = 0) -> tuple[list[dict], int]:
    items: list[dict] = []
    while True:
        page = api.get("/sync/pull", cursor=cursor, limit=3).json()
        items += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            return items, cursor


def _statuses(answer: requests.Response) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [r["status"] for r in answer.json()["results"]]


def test_a_retried_push_is_applied_once(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    examiner = changes.examiner()
    report = changes.gouge(examiner["uuid"])
    batch = {"changes": [examiner, report]}
    assert _statuses(ana.post("/sync/push", batch)) == ["applied", "applied"]
    again = ana.post("/sync/push", batch).json()["results"]
    assert [r["replayed"] for r in again] == [True, True]
    items, _ = _pull_all(ana)
    assert sorted(i["entity"] for i in items) == ["examiner", "gouge"]
    aggregates = next(i for i in items if i["entity"] == "examiner")["data"]["aggregates"]
    assert aggregates["feedback_count"] == 1
    assert aggregates["avg_rating"] == 4.0


def test_a_page_names_each_examiner_once_however_many_reports_are_about_it(
    server: ServerProcess,
) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    examiner = changes.examiner()
    reports = [changes.gouge(examiner["uuid"]) for _ in range(3)]
    assert _statuses(ana.post("/sync/push", {"changes": [examiner, *reports]})) == ["applied"] * 4
    ana.post("/sync/push", {"changes": [examiner]})
    page = ana.get("/sync/pull", cursor=0, limit=100).json()
    gouge = [c for c in page["changes"] if c["entity"] == "gouge"]
    assert len(gouge) == 3 and all("examiner" not in c["data"] for c in gouge)
    assert {c["data"]["examiner_uuid"] for c in gouge} == {examiner["uuid"]}
    assert list(page["examiners"]) == [examiner["uuid"]]
    assert page["examiners"][examiner["uuid"]]["aggregates"]["feedback_count"] == 3


def test_aggregates_come_from_every_pilots_gouge(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    bo = register_and_login(server.url, "bo@example.com")
    examiner = changes.examiner()
    ana.post("/sync/push", {"changes": [examiner, changes.gouge(examiner["uuid"], rating=5)]})
    fail = changes.gouge(examiner["uuid"], rating=2, pass_or_fail="fail", flight_difficulty=3)
    bo.post("/sync/push", {"changes": [fail]})
    view = bo.get(f"/examiners/{examiner['uuid']}").json()["aggregates"]
    assert view == {
        "feedback_count": 2,
        "avg_rating": 3.5,
        "avg_pass_rate": 0.5,
        "avg_flight_difficulty": 2.5,
        "avg_oral_difficulty": 3.0,
    }
    bo.post("/sync/push", {"changes": [changes.delete_gouge(fail["uuid"])]})
    view = bo.get(f"/examiners/{examiner['uuid']}").json()["aggregates"]
    assert (view["feedback_count"], view["avg_rating"], view["avg_pass_rate"]) == (1, 5.0, 1.0)


def test_only_the_author_may_edit_or_delete_gouge(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    bo = register_and_login(server.url, "bo@example.com")
    examiner = changes.examiner()
    report = changes.gouge(examiner["uuid"])
    ana.post("/sync/push", {"changes": [examiner, report]})
    hijack = changes.gouge(examiner["uuid"], uuid=report["uuid"], content="Bo was here", rating=1)
    answers = bo.post("/sync/push", {"changes": [hijack, changes.delete_gouge(report["uuid"])]})
    for result in answers.json()["results"]:
        assert result["status"] == "rejected"
        assert result["errors"] == {"uuid": "not_found"}
    view = ana.get(f"/gouge/{report['uuid']}").json()
    assert view["content"] == report["data"]["content"]


def test_anonymous_gouge_never_reveals_its_author(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com", "Ana", "Zebrowski")
    bo = register_and_login(server.url, "bo@example.com")
    examiner = changes.examiner()
    report = changes.gouge(examiner["uuid"], is_anonymous=True)
    ana.post("/sync/push", {"changes": [examiner, report]})
    me = ana.get("/accounts/me").json()
    seen_by_bo = [bo.get(f"/gouge/{report['uuid']}").text, json.dumps(_pull_all(bo)[0])]
    for text in seen_by_bo:
        for secret in ("Zebrowski", "ana@example.com", me["uuid"]):
            assert secret not in text
    view = bo.get(f"/gouge/{report['uuid']}").json()
    assert view["author"] is None and view["mine"] is False
    assert ana.get(f"/gouge/{report['uuid']}").json()["mine"] is True


def test_named_gouge_shows_names_but_never_email(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com", "Ana", "Zebrowski")
    bo = register_and_login(server.url, "bo@example.com")
    examiner = changes.examiner()
    report = changes.gouge(examiner["uuid"])
    ana.post("/sync/push", {"changes": [examiner, report]})
    text = bo.get(f"/gouge/{report['uuid']}").text
    assert "Zebrowski" in text and "ana@example.com" not in text


def test_unknown_objects_are_404_and_deleted_gouge_stays_deleted(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    examiner = changes.examiner()
    report = changes.gouge(examiner["uuid"])
    ana.post("/sync/push", {"changes": [examiner, report]})
    ana.post("/sync/push", {"changes": [changes.delete_gouge(report["uuid"])]})
    assert ana.get(f"/gouge/{report['uuid']}").status_code == 404
    assert ana.get(f"/examiners/{report['uuid']}").status_code == 404
    late_edit = changes.gouge(examiner["uuid"], uuid=report["uuid"], content="late retry")
    assert _statuses(ana.post("/sync/push", {"changes": [late_edit]})) == ["stale"]
    assert ana.get(f"/gouge/{report['uuid']}").status_code == 404


def test_latest_edit_wins_whatever_order_they_arrive_in(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    examiner = changes.examiner()
    newer = changes.gouge(examiner["uuid"], content="newer", updated_at=changes.now(10))
    older = changes.gouge(examiner["uuid"], uuid=newer["uuid"], content="older")
    assert _statuses(ana.post("/sync/push", {"changes": [examiner, newer, older]})) == [
        "applied",
        "applied",
        "stale",
    ]
    assert ana.get(f"/gouge/{newer['uuid']}").json()["content"] == "newer"


def test_examiners_with_the_same_name_and_region_are_merged(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    bo = register_and_login(server.url, "bo@example.com")
    first = changes.examiner("José Ruiz", "Bay Area")
    ana.post("/sync/push", {"changes": [first]})
    twin = changes.examiner("  jose   RUIZ ", "bay area")
    report = changes.gouge(twin["uuid"])
    results = bo.post("/sync/push", {"changes": [twin, report]}).json()["results"]
    assert results[0]["merged_into"] == first["uuid"]
    assert results[1]["status"] == "applied"
    assert bo.get(f"/gouge/{report['uuid']}").json()["examiner_uuid"] == first["uuid"]
    other_region = changes.examiner("José Ruiz", "Denver")
    assert (
        "merged_into" not in bo.post("/sync/push", {"changes": [other_region]}).json()["results"][0]
    )


def test_bad_fields_are_rejected_with_the_apps_codes(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    examiner = changes.examiner()
    bad = [
        changes.gouge(examiner["uuid"], rating=9, content="", gouge_date="2999-01-01"),
        changes.gouge(examiner["uuid"], rating="five"),
        changes.gouge(examiner["uuid"], updated_at="yesterday"),
        changes.gouge("not-a-uuid"),
        changes.examiner("x" * 300, "", home_airport="not an airport"),
        changes.examiner(checkride_types="private"),
    ]
    results = ana.post("/sync/push", {"changes": [examiner, *bad]}).json()["results"]
    assert [r["status"] for r in results] == ["applied"] + ["rejected"] * 6
    assert results[1]["errors"] == {
        "gouge_date": "future",
        "rating": "out_of_range",
        "content": "required",
    }
    assert results[2]["errors"] == {"rating": "out_of_range"}
    assert results[3]["errors"] == {"updated_at": "invalid"}
    assert results[4]["errors"] == {"examiner_uuid": "invalid"}
    assert results[5]["errors"]["name"] == "too_long"
    assert results[6]["errors"] == {"checkride_types": "invalid"}


def test_malformed_requests_get_clear_json_errors(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    headers = {"Authorization": f"Bearer {ana.token}", "Content-Type": "application/json"}
    cases = [
        (b"{not json", 422),
        (b'{"changes": "all of them"}', 422),
        (b'{"changes": [{"id": "x"}]}', 422),
        (json.dumps({"changes": [changes.examiner()] * 501}).encode(), 422),
        (b'{"changes": []}' + b" " * (5 * 1024 * 1024), 413),
    ]
    for body, status in cases:
        answer = requests.post(f"{server.url}/sync/push", data=body, headers=headers, timeout=30)
        assert answer.status_code == status
        assert answer.headers["content-type"].startswith("application/json")
    assert ana.get("/sync/pull", cursor=-1).status_code == 422
    assert ana.get("/sync/pull", limit=10**6).status_code == 422
    assert (
        requests.post(f"{server.url}/sync/push", json={"changes": []}, timeout=30).status_code
        == 401
    )


def test_pull_pages_through_everything_in_order(server: ServerProcess) -> None:
    ana = register_and_login(server.url, "ana@example.com")
    examiner = changes.examiner()
    reports = [changes.gouge(examiner["uuid"], content=f"report {i}") for i in range(7)]
    ana.post("/sync/push", {"changes": [examiner, *reports]})
    items, cursor = _pull_all(ana)
    assert len(items) == 8
    assert ana.get("/sync/pull", cursor=cursor).json()["changes"] == []
    edit = changes.gouge(examiner["uuid"], uuid=reports[0]["uuid"], updated_at=changes.now(5))
    ana.post("/sync/push", {"changes": [edit]})
    newer, _ = _pull_all(ana, cursor)
    assert [i["uuid"] for i in newer] == [reports[0]["uuid"]]
