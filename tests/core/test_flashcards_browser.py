"""The card browser's core: FTS5 search, filters, sort, hostile input, bulk edits and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards import browser, review
from studyapp.core.flashcards.browser import (
    CardFilters,
    delete_cards,
    move_cards,
    recategorise_cards,
    reset_scheduling,
    search_cards,
    suspend_cards,
    undo_field,
    undo_rows,
)
from studyapp.core.flashcards.cards import add_card, card_content, update_card
from studyapp.core.flashcards.plain_text import IMAGE_MARK
from studyapp.core.flashcards.session import review_settings
from studyapp.core.flashcards.sets import create_category, create_set
from studyapp.core.flashcards.sqltime import raw_connection

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def user(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Jean", "Batten").id


@pytest.fixture
def deck(database: Database, user: int) -> dict[str, int]:
    weather = create_set(database, user, "Weather").id
    airspace = create_set(database, user, "Airspace").id
    wx_cat = create_category(database, "Wx")
    ids = {
        "weather": weather,
        "airspace": airspace,
        "wx_cat": wx_cat,
        "metar": add_card(
            database,
            user,
            weather,
            "Decode a <b>METAR</b> wind group",
            "Direction and speed",
            category_id=wx_cat,
            difficulty=2,
            acs_code="PA.I.C.K1",
        ),
        "taf": add_card(
            database,
            user,
            weather,
            "What is a TAF?",
            "Terminal aerodrome forecast",
            category_id=wx_cat,
            difficulty=3,
            acs_code="PA.I.C.K2",
        ),
        "classb": add_card(
            database,
            user,
            airspace,
            "Class B entry requirements",
            "A clearance; Mode C veil",
            difficulty=1,
            acs_code="PA.I.E.K1",
            reference="14 CFR 91.131",
        ),
    }
    return ids


def ids(rows: list) -> list[int]:
    return [r.id for r in rows]


def test_finds_by_word_and_prefix_in_question_and_answer(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    assert ids(search_cards(database, user, "metar")) == [deck["metar"]]
    assert ids(search_cards(database, user, "aerodr")) == [deck["taf"]]
    assert ids(search_cards(database, user, "91.131")) == [deck["classb"]]
    assert ids(search_cards(database, user, "forecast terminal")) == [deck["taf"]]
    assert search_cards(database, user, "icing") == []
    row = search_cards(database, user, "TAF")[0]
    assert (row.set_name, row.category, row.acs_code, row.difficulty) == (
        "Weather",
        "Wx",
        "PA.I.C.K2",
        3,
    )
    assert row.answer_snippet == "Terminal aerodrome forecast"
    assert (row.due, row.known, row.suspended, row.times_used) == (None, False, False, 0)


def test_other_profiles_cards_are_never_found(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    other = create_profile(database, "other@example.com", "Amy", "Johnson").id
    other_set = create_set(database, other, "Mine").id
    add_card(database, other, other_set, "METAR remarks", "RMK")
    assert ids(search_cards(database, user, "metar")) == [deck["metar"]]


def test_filters_and_sort(database: Database, user: int, deck: dict[str, int]) -> None:
    every = CardFilters()
    assert ids(search_cards(database, user, "", every, "difficulty")) == [
        deck["classb"],
        deck["metar"],
        deck["taf"],
    ]
    assert ids(search_cards(database, user, "", every, "question")) == [
        deck["classb"],
        deck["metar"],
        deck["taf"],
    ]
    assert ids(search_cards(database, user, "", CardFilters(set_id=deck["airspace"]))) == [
        deck["classb"]
    ]
    by_cat = search_cards(database, user, "", CardFilters(category_id=deck["wx_cat"]))
    assert ids(by_cat) == [deck["metar"], deck["taf"]]
    assert ids(search_cards(database, user, "", CardFilters(acs_prefix="PA.I.C"))) == [
        deck["metar"],
        deck["taf"],
    ]
    assert ids(search_cards(database, user, "", CardFilters(acs_prefix="PA_I"))) == []
    assert ids(search_cards(database, user, "", CardFilters(difficulty=3))) == [deck["taf"]]
    assert len(search_cards(database, user, "", every, limit=2, offset=1)) == 2
    with pytest.raises(ValidationError):
        search_cards(database, user, "", every, "nonsense")


def test_due_and_known_filters(database: Database, user: int, deck: dict[str, int]) -> None:
    scheduler = review_settings(database, user).scheduler
    review.answer(database, user, deck["taf"], 1, 1000, scheduler, NOW)
    later = CardFilters(due_only=True, now=datetime(2026, 3, 11, tzinfo=UTC))
    assert ids(search_cards(database, user, "", later)) == [deck["taf"]]
    assert ids(search_cards(database, user, "", CardFilters(due_only=True, now=NOW))) == []
    assert search_cards(database, user, "taf")[0].due is not None
    unknown = ids(search_cards(database, user, "", CardFilters(known=False)))
    assert deck["metar"] in unknown


@pytest.mark.parametrize(
    "hostile", ['"', "AND(", "NOT", "a OR", "*", "NEAR(a b)", "col:metar", "'; DROP", "^", "-"]
)
def test_hostile_input_never_raises(
    database: Database, user: int, deck: dict[str, int], hostile: str
) -> None:
    search_cards(database, user, hostile)
    assert ids(search_cards(database, user, f"{hostile} metar")) in ([deck["metar"]], [])


def test_index_follows_edits_and_deletes(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    search_cards(database, user, "x")  # index exists before the edits below
    content = card_content(database, user, deck["taf"])
    update_card(database, user, deck["taf"], replace(content, answer="Airport weather outlook"))
    assert search_cards(database, user, "aerodrome") == []
    assert ids(search_cards(database, user, "outlook")) == [deck["taf"]]
    new_id = add_card(database, user, deck["weather"], "PIREP format", "UA /OV /TM")
    assert ids(search_cards(database, user, "pirep")) == [new_id]
    delete_cards(database, user, [new_id])
    assert search_cards(database, user, "pirep") == []


def test_move_recategorise_suspend_and_undo(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    cards = [deck["metar"], deck["classb"]]
    undo = move_cards(database, user, cards, deck["airspace"])
    assert {r.set_id for r in search_cards(database, user, "")} == {
        deck["airspace"],
        deck["weather"],
    }
    assert ids(search_cards(database, user, "", CardFilters(set_id=deck["weather"]))) == [
        deck["taf"]
    ]
    undo_field(database, user, undo)
    assert ids(search_cards(database, user, "", CardFilters(set_id=deck["weather"]))) == [
        deck["metar"],
        deck["taf"],
    ]
    undo = recategorise_cards(database, user, cards, None)
    assert ids(search_cards(database, user, "", CardFilters(category_id=deck["wx_cat"]))) == [
        deck["taf"]
    ]
    undo_field(database, user, undo)
    assert len(search_cards(database, user, "", CardFilters(category_id=deck["wx_cat"]))) == 2
    undo = suspend_cards(database, user, cards, True)
    assert ids(search_cards(database, user, "", CardFilters(suspended=True))) == cards
    undo_field(database, user, undo)
    assert search_cards(database, user, "", CardFilters(suspended=True)) == []


def test_bulk_edits_refuse_foreign_cards_and_sets(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    other = create_profile(database, "other@example.com", "Amy", "Johnson").id
    other_set = create_set(database, other, "Mine").id
    foreign = add_card(database, other, other_set, "Q", "A")
    with pytest.raises(NotFoundError):
        suspend_cards(database, user, [deck["taf"], foreign], True)
    assert search_cards(database, user, "", CardFilters(suspended=True)) == []
    with pytest.raises(ValidationError):
        move_cards(database, user, [deck["taf"]], other_set)


def test_delete_and_reset_are_undone_with_history(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    scheduler = review_settings(database, user).scheduler
    review.answer(database, user, deck["taf"], 3, 1000, scheduler, NOW)
    due = search_cards(database, user, "taf")[0].due
    undo = reset_scheduling(database, user, [deck["taf"]])
    assert search_cards(database, user, "taf")[0].due is None
    undo_rows(database, undo)
    assert search_cards(database, user, "taf")[0].due == due

    undo = delete_cards(database, user, [deck["taf"], deck["metar"]])
    assert ids(search_cards(database, user, "")) == [deck["classb"]]
    assert search_cards(database, user, "taf") == []
    undo_rows(database, undo)
    assert ids(search_cards(database, user, "")) == [deck["metar"], deck["taf"], deck["classb"]]
    restored = search_cards(database, user, "aerodrome")[0]
    assert (restored.id, restored.due) == (deck["taf"], due)


def test_a_word_on_too_many_cards_to_rank_lists_them_in_card_order(
    database: Database, user: int, deck: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real threshold is thousands of matches; a low one exercises the same path.
    monkeypatch.setattr(browser, "RANK_LIMIT", 1)
    assert ids(search_cards(database, user, "a")) == [deck["metar"], deck["taf"], deck["classb"]]


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        ("question", ["classb", "metar", "taf"]),
        ("answer", ["classb", "metar", "taf"]),
        ("set", ["classb", "metar", "taf"]),
        ("category", ["metar", "taf", "classb"]),  # no category last, either way
        ("acs_code", ["metar", "taf", "classb"]),
        ("difficulty", ["classb", "metar", "taf"]),
        ("times_used", ["metar", "taf", "classb"]),
        ("added", ["metar", "taf", "classb"]),
    ],
)
def test_every_column_sorts_both_ways(
    database: Database, user: int, deck: dict[str, int], sort: str, ascending: list[str]
) -> None:
    every = CardFilters()
    assert ids(search_cards(database, user, "", every, sort)) == [deck[k] for k in ascending]
    descending = ids(search_cards(database, user, "", every, sort, descending=True))
    if sort == "category":
        assert descending == [deck["taf"], deck["metar"], deck["classb"]]
    else:
        assert descending == [deck[k] for k in reversed(ascending)]


def test_due_and_status_sorts_keep_new_cards_last_and_suspended_apart(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    scheduler = review_settings(database, user).scheduler
    review.answer(database, user, deck["taf"], 1, 1000, scheduler, NOW)
    review.answer(database, user, deck["classb"], 4, 1000, scheduler, NOW)
    for descending in (False, True):
        by_due = ids(search_cards(database, user, "", None, "due", descending=descending))
        assert by_due[-1] == deck["metar"]  # never reviewed: no due date
    assert ids(search_cards(database, user, "", None, "due")) == [
        deck["taf"],
        deck["classb"],
        deck["metar"],
    ]
    suspend_cards(database, user, [deck["metar"]], True)
    assert ids(search_cards(database, user, "", None, "status"))[-1] == deck["metar"]
    rows = {r.id: r for r in search_cards(database, user, "")}
    assert (rows[deck["metar"]].state, rows[deck["taf"]].state) == (0, 1)


def test_count_and_never_reviewed_filter(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    scheduler = review_settings(database, user).scheduler
    review.answer(database, user, deck["taf"], 3, 1000, scheduler, NOW)
    assert browser.count_cards(database, user) == 3
    assert browser.count_cards(database, user, "weather icing") == 0
    assert browser.count_cards(database, user, "", CardFilters(set_id=deck["weather"])) == 2
    never = CardFilters(new_only=True)
    assert ids(search_cards(database, user, "", never)) == [deck["metar"], deck["classb"]]
    assert browser.count_cards(database, user, "", never) == 2


def test_columns_show_plain_text_snippets(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    long_answer = "<ul><li>Lift &amp; drag</li><li>" + "thrust " * 60 + "</li></ul>"
    card = add_card(
        database, user, deck["weather"], 'Chart <img src="a.png"><br>symbols', long_answer
    )
    row = search_cards(database, user, "symbols")[0]
    assert row.id == card
    assert row.question == f"Chart {IMAGE_MARK} symbols"
    assert row.answer_snippet.startswith("Lift & drag thrust thrust")
    assert len(row.answer_snippet) == browser.SNIPPET_CHARS
    assert row.answer_snippet.endswith("…")


def test_bulk_edits_take_more_cards_than_sqlite_has_parameters(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    with database.session() as session:
        conn = browser.raw_connection(session)
        conn.executemany(
            "INSERT INTO flashcard (user_id, set_id, question, answer, difficulty, status, "
            "times_used, created_at) VALUES (?, ?, ?, 'a', 1, 0, 0, '2026-01-01 00:00:00.000000')",
            [(user, deck["weather"], f"bulk {n}") for n in range(40_000)],
        )
    every = [r.id for r in search_cards(database, user, "", limit=50_000)]
    undo = suspend_cards(database, user, every, True)
    assert browser.count_cards(database, user, "", CardFilters(suspended=True)) == 40_003
    undo_field(database, user, undo)
    assert browser.count_cards(database, user, "", CardFilters(suspended=True)) == 0
    removed = delete_cards(database, user, every)
    assert browser.count_cards(database, user) == 0
    undo_rows(database, removed)
    assert browser.count_cards(database, user) == 40_003


def test_matching_ids_are_every_card_a_search_lists(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    assert sorted(browser.matching_ids(database, user)) == sorted(
        deck[k] for k in ("metar", "taf", "classb")
    )
    weather = CardFilters(set_id=deck["weather"])
    assert sorted(browser.matching_ids(database, user, "", weather)) == sorted(
        [deck["metar"], deck["taf"]]
    )
    assert browser.matching_ids(database, user, "clearance") == [deck["classb"]]


def test_due_sort_over_many_cards_walks_the_due_index_in_the_same_order(
    database: Database, user: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_id = create_set(database, user, "Many").id
    scheduler = review_settings(database, user).scheduler
    cards = [
        add_card(database, user, set_id, f"Card {n} {'weather' if n % 3 else 'airspace'}", "A")
        for n in range(30)
    ]
    for n, card in enumerate(cards[:20]):  # ten stay new: no due date, listed last
        review.answer(database, user, card, 1 + n % 4, 1000, scheduler, NOW)
    suspend_cards(database, user, [cards[4], cards[25]], True)

    def pages(text: str, filters: CardFilters, descending: bool) -> list[int]:
        found: list[int] = []
        for offset in range(0, 40, 7):  # pages that straddle scheduled and new cards
            rows = search_cards(database, user, text, filters, "due", 7, offset, descending)
            found += ids(rows)
        return found

    walks: list[int] = []
    due_page = browser._due_page
    monkeypatch.setattr(browser, "_due_page", lambda *a: walks.append(1) or due_page(*a))
    cases = [("", CardFilters()), ("weather", CardFilters()),
             ("", CardFilters(suspended=False)), ("", CardFilters(due_only=True, now=NOW)),
             ("weather", CardFilters(known=False))]  # fmt: skip
    for text, filters in cases:
        for descending in (False, True):
            monkeypatch.setattr(browser, "DUE_WALK_MIN", 10**9)  # one query, sorted
            expected = pages(text, filters, descending)
            monkeypatch.setattr(browser, "DUE_WALK_MIN", 5)  # the walk
            assert pages(text, filters, descending) == expected, (text, filters, descending)
            assert len(expected) == browser.count_cards(database, user, text, filters)
    # Every page took the walk but "due only" newest first (the due cards are at its far end).
    assert len(walks) == (len(cases) * 2 - 1) * 6


@pytest.mark.parametrize("descending", [False, True])
def test_question_sort_reads_a_page_off_its_index(
    database: Database, user: int, deck: dict[str, int], descending: bool
) -> None:
    # The plan, not a timing: without ix_flashcard_user_question (or with a collation
    # that differs from the ORDER BY's) SQLite sorts every card in a temporary b-tree.
    sql, params = browser.page_query(user, None, CardFilters(), "question")
    sql = sql.format(order=browser.order_by("question", descending))
    with database.session() as session:
        conn = raw_connection(session)
        plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 200, 0]))
    assert "COVERING INDEX ix_flashcard_user_question" in plan
    assert "TEMP B-TREE" not in plan


def _plan(database: Database, user: int, filters: CardFilters, sort: str, whole: bool) -> str:
    sql, params = browser.page_query(user, None, filters, sort)
    sql = sql.format(order=browser.order_by(sort, False, whole))
    with database.session() as session:
        rows = raw_connection(session).execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 200, 0])
        return " ".join(r[3] for r in rows)


def test_filtered_question_sort_and_status_sort_do_not_walk_the_new_indexes(
    database: Database, user: int, deck: dict[str, int]
) -> None:
    # A small set would make the question index walk read most of the profile's
    # cards to fill a page; the per-set count index (partial, "suspended = 0") would
    # drive the status sort through every card's row in its order. Both sort instead.
    in_set = _plan(database, user, CardFilters(set_id=deck["weather"]), "question", False)
    assert "ix_flashcard_user_question" not in in_set
    assert "TEMP B-TREE FOR ORDER BY" in in_set
    by_status = _plan(database, user, CardFilters(), "status", True)
    assert "ix_flashcard_user_set_unsuspended" not in by_status
