"""Flashcard sets (per profile) and categories (shared, as in the seed): CRUD, undo, counts.

Deleting returns everything it removed, so the GUI's "Undo" puts it back with
the same ids; each change is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Table, case, func, insert, select, update
from sqlalchemy.orm import Session

from studyapp.core.accounts.preferences import NEW_CARDS_PER_DAY_MAX, get_preferences
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError, Validator
from studyapp.core.flashcards.models import (
    Flashcard,
    FlashcardCategory,
    FlashcardSet,
    FlashcardUsage,
    ReviewLog,
)
from studyapp.core.flashcards.queue import Counts, counts_by_set, local_now, new_cards_introduced

NAME_MAX = 255
Rows = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class SetInfo:
    id: int
    name: str


@dataclass(frozen=True)
class SetCounts:
    id: int
    name: str
    counts: Counts
    #: New cards the daily limit still allows today (the same for every set of a profile).
    new_left_today: int = 0


@dataclass(frozen=True)
class DeletedSet:
    """A deleted set with its cards, their usage rows and review history."""

    set_row: dict[str, Any]
    cards: Rows
    usages: Rows
    logs: Rows


@dataclass(frozen=True)
class CategoryInfo:
    """A category with how many cards use it: this profile's, and other profiles'."""

    id: int
    name: str
    cards: int
    others_cards: int = 0


@dataclass(frozen=True)
class DeletedCategory:
    id: int
    name: str
    card_ids: tuple[int, ...]


def _clean_name(name: str) -> str:
    name = name.strip()
    check = Validator()
    check.require(bool(name), "name", "required")
    check.require(len(name) <= NAME_MAX, "name", "too_long")
    check.raise_if_any()
    return name


def own_set(session: Session, user_id: int, set_id: int) -> FlashcardSet:
    """The profile's set ``set_id`` in ``session``; NotFoundError for a missing or another's set."""
    found = session.get(FlashcardSet, set_id)
    if found is None or found.user_id != user_id:
        raise NotFoundError(f"flashcard set {set_id}")
    return found


def _check_set_name_free(session: Session, user_id: int, name: str, set_id: int = 0) -> None:
    clash = session.scalar(
        select(FlashcardSet.id).where(
            FlashcardSet.user_id == user_id, FlashcardSet.name == name, FlashcardSet.id != set_id
        )
    )
    if clash is not None:
        raise ValidationError({"name": "taken"})


def create_set(db: Database, user_id: int, name: str) -> SetInfo:
    """A new, empty set; names are unique within a profile. Raises ValidationError."""
    name = _clean_name(name)
    with db.session() as session:
        _check_set_name_free(session, user_id, name)
        created = FlashcardSet(user_id=user_id, name=name)
        session.add(created)
        session.flush()
        return SetInfo(created.id, created.name)


def rename_set(db: Database, user_id: int, set_id: int, name: str) -> SetInfo:
    name = _clean_name(name)
    with db.session() as session:
        found = own_set(session, user_id, set_id)
        _check_set_name_free(session, user_id, name, set_id)
        found.name = name
        return SetInfo(found.id, name)


def list_sets(db: Database, user_id: int) -> list[SetInfo]:
    """The profile's sets in alphabetical order, ignoring letter case."""
    with db.session() as session:
        rows = session.execute(
            select(FlashcardSet.id, FlashcardSet.name).where(FlashcardSet.user_id == user_id)
        )
        sets = [SetInfo(*row) for row in rows]
    return sorted(sets, key=lambda s: (s.name.casefold(), s.id))


def set_counts(db: Database, user_id: int, now: datetime | None = None) -> list[SetCounts]:
    """Every set of the profile with its new / learning / due-today counts.

    "New" is what reviewing the set today would introduce: its never-seen cards,
    at most as many as the profile's daily new-card limit still allows today
    (as in Anki's deck list). ``new_left_today`` is that allowance.
    """
    now = now or local_now()
    preferences = get_preferences(db, user_id)
    limit = min(max(preferences.new_cards_per_day, 0), NEW_CARDS_PER_DAY_MAX)
    with db.session() as session:
        counts = counts_by_set(session, user_id, now)
        left = max(limit - new_cards_introduced(session, user_id, now), 0)
    return [
        SetCounts(s.id, s.name, _capped(counts.get(s.id, Counts()), left), left)
        for s in list_sets(db, user_id)
    ]


def _capped(counts: Counts, new_left: int) -> Counts:
    return replace(counts, new=min(counts.new, new_left))


def new_cards_today(sets: list[SetCounts]) -> int:
    """How many new cards a review of all ``sets`` would introduce today (the list's total)."""
    if not sets:
        return 0
    return min(sum(s.counts.new for s in sets), min(s.new_left_today for s in sets))


def _rows(session: Session, table: Table, where: Any) -> Rows:
    return tuple(dict(row._mapping) for row in session.execute(select(table).where(where)))


def delete_set(db: Database, user_id: int, set_id: int) -> DeletedSet:
    """Delete a set with its cards; the result is what restore_set needs to undo it."""
    sets, cards = FlashcardSet.__table__, Flashcard.__table__
    usages, logs = FlashcardUsage.__table__, ReviewLog.__table__
    with db.session() as session:
        own_set(session, user_id, set_id)
        card_ids = select(cards.c.id).where(cards.c.set_id == set_id).scalar_subquery()
        deleted = DeletedSet(
            set_row=_rows(session, sets, sets.c.id == set_id)[0],
            cards=_rows(session, cards, cards.c.set_id == set_id),
            usages=_rows(session, usages, usages.c.flashcard_id.in_(card_ids)),
            logs=_rows(session, logs, logs.c.flashcard_id.in_(card_ids)),
        )
        # ON DELETE CASCADE removes the cards, their usage rows and review logs.
        session.execute(sets.delete().where(sets.c.id == set_id))
    return deleted


def restore_set(db: Database, user_id: int, deleted: DeletedSet) -> SetInfo:
    """Undo delete_set. Raises ValidationError if the name or ids were taken meanwhile."""
    if deleted.set_row["user_id"] != user_id:
        raise NotFoundError(f"flashcard set {deleted.set_row['id']}")
    with db.session() as session:
        _check_set_name_free(session, user_id, deleted.set_row["name"])
        ids = [row["id"] for row in deleted.cards]
        taken = ids and session.scalar(select(Flashcard.id).where(Flashcard.id.in_(ids)).limit(1))
        if taken or session.get(FlashcardSet, deleted.set_row["id"]) is not None:
            raise ValidationError({"undo": "ids_taken"})
        session.execute(insert(FlashcardSet.__table__), [deleted.set_row])
        for model, rows in (
            (Flashcard, deleted.cards),
            (FlashcardUsage, deleted.usages),
            (ReviewLog, deleted.logs),
        ):
            if rows:
                session.execute(insert(model.__table__), list(rows))
    return SetInfo(deleted.set_row["id"], deleted.set_row["name"])


def create_category(db: Database, name: str) -> int:
    """A new category (categories are shared by all profiles, as in the seed)."""
    name = _clean_name(name)
    with db.session() as session:
        if session.scalar(select(FlashcardCategory.id).where(FlashcardCategory.name == name)):
            raise ValidationError({"name": "taken"})
        category = FlashcardCategory(name=name)
        session.add(category)
        session.flush()
        return category.id


def rename_category(db: Database, category_id: int, name: str) -> None:
    name = _clean_name(name)
    with db.session() as session:
        category = session.get(FlashcardCategory, category_id)
        if category is None:
            raise NotFoundError(f"flashcard category {category_id}")
        clash = session.scalar(
            select(FlashcardCategory.id).where(
                FlashcardCategory.name == name, FlashcardCategory.id != category_id
            )
        )
        if clash is not None:
            raise ValidationError({"name": "taken"})
        category.name = name


def list_categories(db: Database) -> list[tuple[int, str]]:
    with db.session() as session:
        rows = session.execute(
            select(FlashcardCategory.id, FlashcardCategory.name).order_by(FlashcardCategory.name)
        )
        return [(row[0], row[1]) for row in rows]


def category_usage(db: Database, user_id: int) -> list[CategoryInfo]:
    """Every category by name, with its card counts (for the category manager)."""
    mine = func.sum(case((Flashcard.user_id == user_id, 1), else_=0))
    others = func.sum(case((Flashcard.user_id != user_id, 1), else_=0))
    query = (
        select(FlashcardCategory.id, FlashcardCategory.name, mine, others)
        .outerjoin(Flashcard, Flashcard.category_id == FlashcardCategory.id)
        .group_by(FlashcardCategory.id)
        .order_by(FlashcardCategory.name)
    )
    with db.session() as session:
        return [CategoryInfo(r[0], r[1], r[2] or 0, r[3] or 0) for r in session.execute(query)]


def delete_category(db: Database, category_id: int) -> DeletedCategory:
    """Delete a category; its cards stay, uncategorised. Undo with restore_category."""
    with db.session() as session:
        category = session.get(FlashcardCategory, category_id)
        if category is None:
            raise NotFoundError(f"flashcard category {category_id}")
        card_ids = tuple(
            session.scalars(select(Flashcard.id).where(Flashcard.category_id == category_id))
        )
        deleted = DeletedCategory(category.id, category.name, card_ids)
        session.delete(category)
    return deleted


def restore_category(db: Database, deleted: DeletedCategory) -> None:
    """Undo delete_category: the category back with its id, and on the same cards."""
    with db.session() as session:
        clash = session.scalar(
            select(FlashcardCategory.id).where(
                (FlashcardCategory.id == deleted.id) | (FlashcardCategory.name == deleted.name)
            )
        )
        if clash is not None:
            raise ValidationError({"undo": "ids_taken"})
        session.add(FlashcardCategory(id=deleted.id, name=deleted.name))
        session.flush()
        if deleted.card_ids:
            session.execute(
                update(Flashcard.__table__)
                .where(Flashcard.id.in_(deleted.card_ids), Flashcard.category_id.is_(None))
                # Naming updated_at keeps its onupdate from firing: undo is not an edit.
                .values(category_id=deleted.id, updated_at=Flashcard.__table__.c.updated_at)
            )
