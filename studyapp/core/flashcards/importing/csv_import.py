"""Reading CSV, TSV and Anki's "Notes in Plain Text" exports into incoming cards.

UTF-8 only (with or without a byte-order mark): anything else is refused with
the line of the first bad byte, rather than guessed and imported garbled.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.flashcards.importing.errors import ImportFileError
from studyapp.core.flashcards.importing.tags import split_tag_text
from studyapp.core.flashcards.importing.writer import IncomingCard
from studyapp.core.flashcards.models import DIFFICULTY_EASY, DIFFICULTY_HARD

# Header names recognised without a mapping (lower case).
_GUESS = {
    "question": ("question", "front", "term", "q"),
    "answer": ("answer", "back", "definition", "a"),
    "set_name": ("set", "deck"),
    "category": ("category",),
    "acs_code": ("acs", "acs_code", "acs code"),
    "reference": ("reference", "ref", "source"),
    "tags": ("tags",),
    "difficulty": ("difficulty",),
    "card_id": ("id", "guid", "card_id"),
}
#: Every field a column can be read into, in the order the mapping dialog offers them.
MAPPABLE_FIELDS = tuple(_GUESS)
FIELD_MAX_CHARS = 16 * 1024**2
_ANKI_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}


@dataclass(frozen=True)
class CsvMapping:
    """Which column holds what: a header name, or a 0-based index. Only question/answer needed."""

    question: str | int = 0
    answer: str | int = 1
    set_name: str | int | None = None
    category: str | int | None = None
    acs_code: str | int | None = None
    reference: str | int | None = None
    tags: str | int | None = None
    difficulty: str | int | None = None
    card_id: str | int | None = None
    has_header: bool = True


@dataclass(frozen=True)
class TextTable:
    header: tuple[str, ...] | None
    rows: list[list[str]]
    first_line: int  # line number of rows[0], for messages


def decode_text(data: bytes) -> str:
    """UTF-8 text without its BOM; ImportFileError naming the line of the first bad byte."""
    if b"\x00" in data[:4096] or data[:4] == b"PK\x03\x04":
        raise ImportFileError("format.mismatch", "binary data, not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError("text.not_utf8", f"line {line}") from error


def read_table(text: str, has_header: bool, suffix: str) -> TextTable:
    """Rows of a delimited text, honouring Anki's ``#separator:`` style header lines."""
    lines = text.splitlines(keepends=True)
    skipped, options = 0, {}
    while skipped < len(lines) and lines[skipped].startswith("#") and ":" in lines[skipped]:
        key, _, value = lines[skipped][1:].partition(":")
        options[key.strip().lower()] = value.strip()
        skipped += 1
    body = "".join(lines[skipped:])
    delimiter = _delimiter(options, body, suffix)
    rows = _parse_rows(body, delimiter, first_line=skipped + 1)
    anki_columns = options.get("columns")
    if anki_columns:
        header = tuple(anki_columns.split(delimiter))
        return TextTable(header, rows, skipped + 1)
    if options and rows:
        return TextTable(_anki_header(options, len(rows[0])), rows, skipped + 1)
    if has_header and rows:
        return TextTable(tuple(cell.strip() for cell in rows[0]), rows[1:], skipped + 2)
    return TextTable(None, rows, skipped + 1)


def _parse_rows(body: str, delimiter: str, first_line: int) -> list[list[str]]:
    # Cards with inline images can hold fields far over csv's default 128 KiB limit.
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_MAX_CHARS))
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    try:
        return [row for row in reader if row]
    except csv.Error as error:
        line = first_line + reader.line_num - 1
        raise ImportFileError("csv.malformed", f"line {line}: {error}") from error


def _delimiter(options: dict[str, str], body: str, suffix: str) -> str:
    named = options.get("separator", "").lower()
    if named:
        return _ANKI_SEPARATORS.get(named, named[:1])
    if suffix == ".tsv" or options:
        return "\t"
    first = body.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","


def guess_mapping(header: tuple[str, ...] | None) -> CsvMapping:
    """The mapping a header suggests (the dialog's starting point); columns 0/1 without one."""
    if header is None:
        return CsvMapping(has_header=False)
    lowered = [name.strip().lower() for name in header]
    found: dict[str, str | int] = {}
    for field, names in _GUESS.items():
        for name in names:
            if name in lowered:
                found[field] = lowered.index(name)
                break
    found.setdefault("question", 0)
    found.setdefault("answer", 1 if found["question"] != 1 else 0)
    return CsvMapping(**found)  # type: ignore[arg-type]


def table_cards(
    table: TextTable, mapping: CsvMapping, default_set: str, forced_set: str | None
) -> list[IncomingCard]:
    """One incoming card per row; the source id is the id column, else a hash of the question."""
    columns = _resolve(table.header, mapping)
    cards: list[IncomingCard] = []
    seen: set[str] = set()
    for row in table.rows:
        card = _card(row, columns, default_set, forced_set)
        if card is not None and card.source_id not in seen:
            seen.add(card.source_id)
            cards.append(card)
    if not cards:
        raise ImportFileError("csv.no_rows", "no row has both a question and an answer")
    return cards


def _resolve(header: tuple[str, ...] | None, mapping: CsvMapping) -> dict[str, int]:
    columns: dict[str, int] = {}
    for field in _GUESS:
        where = getattr(mapping, field)
        if where is None:
            continue
        if isinstance(where, int):
            columns[field] = where
        elif header is not None and where in header:
            columns[field] = header.index(where)
        else:
            raise ImportFileError("csv.bad_mapping", f"no column {where!r}")
    return columns


def _card(
    row: list[str], columns: dict[str, int], default_set: str, forced_set: str | None
) -> IncomingCard | None:
    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    question, answer = cell("question"), cell("answer")
    if not question or not answer:
        return None
    category, codes = split_tag_text(cell("tags"))
    return IncomingCard(
        source_id=cell("card_id") or hashlib.sha1(question.encode()).hexdigest(),
        set_name=(forced_set or cell("set_name") or default_set)[:255],
        question=question,
        answer=answer,
        category=(cell("category")[:255] or category or None),
        acs_code=(cell("acs_code")[:32] or codes or None),
        reference=cell("reference")[:255] or None,
        difficulty=_difficulty(cell("difficulty")),
    )


def _difficulty(text: str) -> int:
    return int(text) if text.isdigit() and DIFFICULTY_EASY <= int(text) <= DIFFICULTY_HARD else 1


def read_csv_file(
    path: Path, mapping: CsvMapping | None, forced_set: str | None
) -> list[IncomingCard]:
    table, mapping = _table_and_mapping(path, mapping)
    return table_cards(table, mapping, path.stem, forced_set)


@dataclass(frozen=True)
class TextPreview:
    """What the header-mapping dialog shows before importing: columns, a few rows, a guess."""

    header: tuple[str, ...] | None
    sample: tuple[tuple[str, ...], ...]
    row_count: int
    mapping: CsvMapping


def preview_text_file(
    path: Path, sample_rows: int = 5, has_header: bool | None = None
) -> TextPreview:
    """Read (not import) a CSV/TSV/text file; raises ImportFileError like the import does.

    ``has_header`` None guesses whether the first row names the columns; True or
    False is the pilot's answer (the mapping dialog's check box).
    """
    if has_header is None:
        table, mapping = _table_and_mapping(path, None)
    else:
        table = read_table(decode_text(path.read_bytes()), has_header, path.suffix.lower())
        mapping = guess_mapping(table.header)
    sample = tuple(tuple(row) for row in table.rows[:sample_rows])
    return TextPreview(table.header, sample, len(table.rows), mapping)


def column_fields(
    mapping: CsvMapping, header: tuple[str, ...] | None, width: int
) -> list[str | None]:
    """For each of ``width`` columns, the field ``mapping`` reads from it (None: ignored)."""
    fields: list[str | None] = [None] * width
    for field in MAPPABLE_FIELDS:
        where = getattr(mapping, field)
        if isinstance(where, str) and header is not None and where in header:
            where = header.index(where)
        if isinstance(where, int) and 0 <= where < width and fields[where] is None:
            fields[where] = field
    return fields


def mapping_from_columns(fields: Sequence[str | None], has_header: bool) -> CsvMapping:
    """The mapping that reads field ``fields[i]`` from column i (None ignores the column).

    ImportFileError ``csv.bad_mapping`` when no column holds the question or the
    answer, or when two columns claim the same field.
    """
    chosen: dict[str, int] = {}
    for index, field in enumerate(fields):
        if field is None:
            continue
        if field not in MAPPABLE_FIELDS:
            raise ImportFileError("csv.bad_mapping", f"unknown field {field!r}")
        if field in chosen:
            raise ImportFileError("csv.bad_mapping", f"two columns for {field}")
        chosen[field] = index
    for needed in ("question", "answer"):
        if needed not in chosen:
            raise ImportFileError("csv.bad_mapping", f"no column for {needed}")
    return CsvMapping(**chosen, has_header=has_header)  # type: ignore[arg-type]


def _table_and_mapping(path: Path, mapping: CsvMapping | None) -> tuple[TextTable, CsvMapping]:
    """The file's rows and the mapping to read them with (guessed when none is given)."""
    text = decode_text(path.read_bytes())
    suffix = path.suffix.lower()
    table = read_table(text, mapping.has_header if mapping else True, suffix)
    if mapping is not None:
        return table, mapping
    if table.header is not None and not _known_header(table.header):
        return read_table(text, False, suffix), guess_mapping(None)
    return table, guess_mapping(table.header)


def _known_header(header: tuple[str, ...]) -> bool:
    names = {name for names in _GUESS.values() for name in names}
    return any(cell.strip().lower() in names for cell in header)


def _anki_header(options: dict[str, str], width: int) -> tuple[str, ...]:
    """Column names from Anki's ``#tags column:3``-style lines (1-based); fields fill the rest."""
    names: list[str] = [""] * width
    for key, name in (("tags column", "tags"), ("deck column", "deck"), ("guid column", "guid")):
        value = options.get(key, "")
        if value.isdigit() and 0 < int(value) <= width:
            names[int(value) - 1] = name
    free = iter(("front", "back"))
    return tuple(name or next(free, f"field {i + 1}") for i, name in enumerate(names))
