"""Reading an Anki collection (an untrusted SQLite file) after checking its schema.

Two layouts exist: schema 11 keeps notetypes and decks as JSON in the ``col``
row (collection.anki2/.anki21 in older packages); schema 15-18 keeps them in
their own tables, with template text in protobuf (collection.anki21b). The file
is opened read-only with ``trusted_schema`` off, integrity-checked, and every
table and column we read is checked to exist (as a table, not a view) first.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.flashcards.importing import protobuf
from studyapp.core.flashcards.importing.anki_render import Node, TemplateError, parse
from studyapp.core.flashcards.importing.errors import ImportFileError
from studyapp.core.flashcards.importing.writer import PastReview

JSON_SCHEMA = 11
TABLE_SCHEMAS = range(15, 19)
NEWEST_SCHEMA = 18
_REQUIRED = {
    "col": {"ver"},
    "notes": {"id", "guid", "mid", "tags", "flds"},
    "cards": {"id", "nid", "did", "ord", "queue"},
    "revlog": {"id", "cid", "ease", "time", "type"},
}
_REQUIRED_JSON = {"col": {"ver", "models", "decks"}}
_REQUIRED_TABLES = {
    "notetypes": {"id", "name", "config"},
    "fields": {"ntid", "ord", "name"},
    "templates": {"ntid", "ord", "name", "config"},
    "decks": {"id", "name"},
}
CLOZE_KIND = 1


@dataclass(frozen=True)
class CardTemplate:
    name: str
    question: list[Node]
    answer: list[Node]


@dataclass(frozen=True)
class Notetype:
    name: str
    is_cloze: bool
    field_names: tuple[str, ...]
    templates: dict[int, CardTemplate] = field(default_factory=dict)


@dataclass(frozen=True)
class Collection:
    notetypes: dict[int, Notetype]
    decks: dict[int, str]
    history: dict[int, list[PastReview]]


@contextmanager
def open_collection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a checked collection file; ImportFileError if it is not one."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ImportFileError("anki.bad_collection", str(error)) from error
    try:
        conn.create_collation("unicase", _unicase)
        # A stray invalid byte in one note should not cost the whole deck.
        conn.text_factory = _lenient_text
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        _check_integrity(conn)
        yield conn
    except (sqlite3.Error, UnicodeDecodeError) as error:
        raise ImportFileError("anki.bad_collection", str(error)) from error
    finally:
        conn.close()


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _unicase(a: str, b: str) -> int:
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


def _check_integrity(conn: sqlite3.Connection) -> None:
    problems = conn.execute("PRAGMA quick_check").fetchone()
    if problems is None or problems[0] != "ok":
        raise ImportFileError("anki.bad_collection", str(problems and problems[0]))


def schema_version(conn: sqlite3.Connection) -> int:
    """The collection's schema, after checking the tables it needs; refuses newer ones."""
    _require(conn, _REQUIRED)
    row = conn.execute("SELECT ver FROM col LIMIT 1").fetchone()
    version = row[0] if row and isinstance(row[0], int) else -1
    if version > NEWEST_SCHEMA:
        raise ImportFileError("anki.too_new", f"collection schema {version}")
    if version == JSON_SCHEMA:
        _require(conn, _REQUIRED_JSON)
    elif version in TABLE_SCHEMAS:
        _require(conn, _REQUIRED_TABLES)
    else:
        raise ImportFileError("anki.bad_collection", f"collection schema {version}")
    return version


def _require(conn: sqlite3.Connection, tables: dict[str, set[str]]) -> None:
    kinds = dict(conn.execute("SELECT name, type FROM sqlite_schema"))
    for table, columns in tables.items():
        if kinds.get(table) != "table":
            raise ImportFileError("anki.bad_collection", f"no {table} table")
        found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        missing = columns - found
        if missing:
            raise ImportFileError("anki.bad_collection", f"{table} lacks {sorted(missing)[0]}")


def read_collection(conn: sqlite3.Connection) -> Collection:
    version = schema_version(conn)
    try:
        if version == JSON_SCHEMA:
            notetypes, decks = _json_notetypes(conn), _json_decks(conn)
        else:
            notetypes, decks = _table_notetypes(conn), _table_decks(conn)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ImportFileError("anki.bad_collection", f"notetypes: {error}") from error
    return Collection(notetypes, decks, _history(conn))


def _template(name: str, question: str, answer: str) -> CardTemplate:
    try:
        return CardTemplate(name, parse(question), parse(answer))
    except TemplateError as error:
        raise ImportFileError("anki.bad_collection", f"template {name}: {error}") from error


def _json_notetypes(conn: sqlite3.Connection) -> dict[int, Notetype]:
    models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0] or "{}")
    result: dict[int, Notetype] = {}
    for key, model in models.items():
        fields = sorted(model["flds"], key=lambda f: f["ord"])
        templates = {
            int(t["ord"]): _template(t["name"], t["qfmt"], t["afmt"]) for t in model["tmpls"]
        }
        names = tuple(f["name"] for f in fields)
        result[int(key)] = Notetype(model["name"], model.get("type") == 1, names, templates)
    return result


def _json_decks(conn: sqlite3.Connection) -> dict[int, str]:
    decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0] or "{}")
    return {int(key): str(deck["name"]) for key, deck in decks.items()}


def _table_notetypes(conn: sqlite3.Connection) -> dict[int, Notetype]:
    fields: dict[int, list[tuple[int, str]]] = {}
    for ntid, ord_, name in conn.execute("SELECT ntid, ord, name FROM fields"):
        fields.setdefault(ntid, []).append((ord_, name))
    templates: dict[int, dict[int, CardTemplate]] = {}
    for ntid, ord_, name, config in conn.execute("SELECT ntid, ord, name, config FROM templates"):
        message = protobuf.decode(bytes(config or b""))
        texts = protobuf.first_text(message, 1), protobuf.first_text(message, 2)
        templates.setdefault(ntid, {})[ord_] = _template(name, *texts)
    result: dict[int, Notetype] = {}
    for ntid, name, config in conn.execute("SELECT id, name, config FROM notetypes"):
        kind = protobuf.first_int(protobuf.decode(bytes(config or b"")), 1)
        names = tuple(name for _, name in sorted(fields.get(ntid, [])))
        result[ntid] = Notetype(name, kind == CLOZE_KIND, names, templates.get(ntid, {}))
    return result


def _table_decks(conn: sqlite3.Connection) -> dict[int, str]:
    return {
        did: name.replace("\x1f", "::") for did, name in conn.execute("SELECT id, name FROM decks")
    }


def _history(conn: sqlite3.Connection) -> dict[int, list[PastReview]]:
    """Answers per Anki card id: learning, review and relearning entries with a 1-4 grade."""
    history: dict[int, list[PastReview]] = {}
    rows = conn.execute(
        "SELECT cid, id, ease, time FROM revlog"
        " WHERE ease BETWEEN 1 AND 4 AND type IN (0, 1, 2) ORDER BY id"
    )
    for cid, stamp, ease, duration in rows:
        when = datetime.fromtimestamp(stamp / 1000, UTC)
        spent = duration if isinstance(duration, int) and duration >= 0 else None
        history.setdefault(cid, []).append(PastReview(when, ease, spent))
    return history


CARD_ROWS = """
    SELECT c.id, c.did, c.ord, c.queue, n.guid, n.mid, n.tags, n.flds
    FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id, c.ord"""
