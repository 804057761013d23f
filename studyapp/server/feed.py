"""The change feed: what changed, in commit order, so a cursor never skips a row.

A sequence number taken at insert time can commit out of order on PostgreSQL
(transaction A takes 7, B takes 8, B commits, a reader pulls up to 8, then A
commits 7: lost forever). Here a writer takes its positions from the single
``feed_counter`` row, locked FOR UPDATE as the *last* step before commit and
held until the commit. The next writer waits for that lock, so positions are
handed out in commit order and every position a reader sees below its cursor
is already committed. Writers serialise only for that last short step.

Each row keeps only its newest entry: a pull returns the row's current state.
An entry about chat names its conversation as its audience: only that
conversation's participants pull it (studyapp.server.pull).
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from studyapp.server.models import FeedCounter, FeedEntry

Touch = tuple[str, UUID, str, int | None]  # entity, uuid, op, audience (a conversation id)


def append(session: Session, touched: Iterable[Touch]) -> None:
    """Record the rows this transaction changed. Call last, just before the commit."""
    newest: dict[UUID, Touch] = {}
    for touch in touched:
        newest[touch[1]] = touch
    if not newest:
        return
    session.flush()
    counter = session.execute(
        select(FeedCounter).where(FeedCounter.id == 1).with_for_update()
    ).scalar_one()
    session.execute(delete(FeedEntry).where(FeedEntry.entity_uuid.in_(list(newest))))
    seq = counter.last_seq
    for entity, uuid, op, audience in newest.values():
        seq += 1
        session.add(FeedEntry(seq=seq, entity=entity, entity_uuid=uuid, op=op, audience=audience))
    counter.last_seq = seq
    session.flush()


def last_seq(session: Session) -> int:
    """The newest committed position: every entry up to it is committed and visible."""
    return session.scalar(select(FeedCounter.last_seq).where(FeedCounter.id == 1)) or 0


def since(
    session: Session, cursor: int, upto: int, limit: int, visible: ColumnElement[bool]
) -> list[FeedEntry]:
    statement = (
        select(FeedEntry)
        .where(FeedEntry.seq > cursor, FeedEntry.seq <= upto, visible)
        .order_by(FeedEntry.seq)
    )
    return list(session.scalars(statement.limit(limit)))
