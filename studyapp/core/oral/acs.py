"""The Airman Certification Standards, shipped as data in resources/acs/.

Each JSON file holds the areas, tasks and element codes of one ACS edition (the
format is described in resources/acs/README.md). Loading validates everything a
pilot would notice: codes that do not match the task they sit in, gaps in the
K/R/S numbering, sub-elements without a parent, duplicate codes. A bad file
raises AcsDataError naming the file and the entry, so a broken resource fails
loudly at start-up or in the tests instead of showing a wrong code to a pilot.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from studyapp.core.errors import NotFoundError
from studyapp.paths import resource

CLASSES = ("ASEL", "AMEL", "ASES", "AMES")
KINDS = ("K", "R", "S")
MAX_LABEL_LENGTH = 90
ELEMENT_CODE = re.compile(
    r"^(?P<prefix>[A-Z]{2})\.(?P<area>[IVXL]+)\.(?P<task>[A-Z])"
    r"\.(?P<kind>[KRS])(?P<number>[1-9]\d*)(?P<sub>[a-z]?)$"
)
TASK_CODE = re.compile(r"^(?P<prefix>[A-Z]{2})\.(?P<area>[IVXL]+)\.(?P<task>[A-Z])$")
ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$")


class AcsDataError(ValueError):
    """A shipped ACS file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class AcsElement:
    """One knowledge (K), risk-management (R) or skill (S) element, e.g. PA.I.B.K1a."""

    code: str
    kind: str
    number: int
    sub: str  # "" for a top-level element, "a", "b", ... for a sub-element
    label: str
    archived: bool = False

    @property
    def parent_code(self) -> str | None:
        """The top-level element a sub-element belongs to (PA.I.B.K1a -> PA.I.B.K1)."""
        return self.code[: -len(self.sub)] if self.sub else None

    @property
    def task_code(self) -> str:
        return self.code.rsplit(".", 1)[0]


@dataclass(frozen=True)
class AcsTask:
    code: str  # PA.I.A
    letter: str
    name: str
    classes: tuple[str, ...]
    references: tuple[str, ...]
    elements: tuple[AcsElement, ...]
    # Why the element list is incomplete or not checked against the edition; "" when it is.
    partial: str = ""

    def elements_of_kind(self, kind: str) -> tuple[AcsElement, ...]:
        return tuple(e for e in self.elements if e.kind == kind)


@dataclass(frozen=True)
class AcsArea:
    """An Area of Operation; the seed's MockOralSection stands for one of these."""

    code: str  # PA.I
    numeral: str
    name: str
    tasks: tuple[AcsTask, ...]

    @property
    def prefix(self) -> str:
        """Usually the ACS prefix; the flight instructor ACSs code Area I with FI."""
        return self.code.split(".", 1)[0]


@dataclass(frozen=True)
class UnverifiedTask:
    """A task left out of the file because its element list could not be confirmed."""

    code: str
    name: str
    reason: str


@dataclass(frozen=True)
class TaskNote:
    """A task the pilot should check in their own copy: shipped partially, or left out."""

    area_code: str  # PA.VII
    numeral: str  # VII
    letter: str  # B
    name: str
    missing: bool  # True: left out (unverified); False: shipped with a partial element list
    reason: str


@dataclass(frozen=True)
class AcsDocument:
    acs_id: str  # FAA-S-ACS-6C
    title: str
    prefix: str  # PA
    effective: date
    source_note: str
    areas: tuple[AcsArea, ...]
    unverified: tuple[UnverifiedTask, ...] = ()
    caveats: tuple[str, ...] = ()
    file_name: str = ""

    def elements(self) -> Iterable[AcsElement]:
        for area in self.areas:
            for task in area.tasks:
                yield from task.elements

    def task_notes(self, area_codes: Iterable[str] | None = None) -> tuple[TaskNote, ...]:
        """Partial and left-out tasks of the given areas (every area when None), in order."""
        wanted = None if area_codes is None else set(area_codes)
        notes = [
            TaskNote(area.code, area.numeral, task.letter, task.name, False, task.partial)
            for area in self.areas
            for task in area.tasks
            if task.partial and (wanted is None or area.code in wanted)
        ]
        for entry in self.unverified:
            area_code, letter = entry.code.rsplit(".", 1)
            if wanted is None or area_code in wanted:
                numeral = area_code.split(".", 1)[1]
                notes.append(TaskNote(area_code, numeral, letter, entry.name, True, entry.reason))
        order = {a.code: i for i, a in enumerate(self.areas)}
        return tuple(sorted(notes, key=lambda n: (order.get(n.area_code, 0), n.letter)))


class AcsCatalog:
    """Every shipped ACS, with look-ups by ACS id, prefix and code."""

    def __init__(self, documents: Iterable[AcsDocument]) -> None:
        self.documents: tuple[AcsDocument, ...] = tuple(documents)
        self._by_id = {d.acs_id: d for d in self.documents}
        self._by_prefix: dict[str, AcsDocument] = {}
        for document in self.documents:
            for prefix in (document.prefix, *(a.prefix for a in document.areas)):
                self._by_prefix.setdefault(prefix, document)
        self._areas = {a.code: a for d in self.documents for a in d.areas}
        self._tasks = {t.code: t for d in self.documents for a in d.areas for t in a.tasks}
        self._elements: dict[str, AcsElement] = {}
        owner: dict[str, str] = {}
        for document in self.documents:
            for element in document.elements():
                if element.code in self._elements:
                    raise AcsDataError(
                        f"{document.file_name}: element code {element.code} appears in two "
                        f"ACS files (also in {owner[element.code]})"
                    )
                self._elements[element.code] = element
                owner[element.code] = document.file_name

    def document(self, acs_id_or_prefix: str) -> AcsDocument:
        found = self._by_id.get(acs_id_or_prefix) or self._by_prefix.get(acs_id_or_prefix)
        if found is None:
            raise NotFoundError(f"no ACS {acs_id_or_prefix!r}")
        return found

    def areas(self, acs_id_or_prefix: str) -> tuple[AcsArea, ...]:
        return self.document(acs_id_or_prefix).areas

    def area(self, area_code: str) -> AcsArea:
        try:
            return self._areas[area_code]
        except KeyError:
            raise NotFoundError(f"no area of operation {area_code!r}") from None

    def tasks(self, area_code: str) -> tuple[AcsTask, ...]:
        return self.area(area_code).tasks

    def task(self, task_code: str) -> AcsTask:
        try:
            return self._tasks[task_code]
        except KeyError:
            raise NotFoundError(f"no task {task_code!r}") from None

    def element(self, code: str) -> AcsElement:
        try:
            return self._elements[code]
        except KeyError:
            raise NotFoundError(f"no ACS element {code!r}") from None

    def has_element(self, code: str) -> bool:
        return code in self._elements

    def codes(self) -> frozenset[str]:
        return frozenset(self._elements)


def acs_directory() -> Traversable:
    return resource("acs")


@cache
def shipped_catalog() -> AcsCatalog:
    """Every ACS file shipped in resources/acs, loaded once and validated."""
    return load_catalog(acs_directory())


def load_catalog(directory: Traversable | Path) -> AcsCatalog:
    files = sorted(
        (f for f in directory.iterdir() if f.name.endswith(".json")), key=lambda f: f.name
    )
    return AcsCatalog(load_document(f) for f in files)


def load_document(source: Traversable | Path) -> AcsDocument:
    """Read and validate one ACS file; AcsDataError names the file and the bad entry."""
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AcsDataError(f"{source.name}: cannot read JSON: {exc}") from exc
    return _Parser(source.name).document(raw)


class _Parser:
    """Turns the raw JSON of one file into dataclasses, checking as it goes."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, where: str, problem: str) -> AcsDataError:
        return AcsDataError(f"{self.file_name}: {where}: {problem}")

    def field(self, raw: Any, key: str, kind: type, where: str) -> Any:
        if not isinstance(raw, Mapping):
            raise self.fail(where, "must be an object")
        value = raw.get(key)
        if not isinstance(value, kind) or (kind is str and not value.strip()):
            raise self.fail(where, f"{key!r} must be a non-empty {kind.__name__}")
        return value

    def prefix(self, raw: Any, where: str) -> str:
        prefix = self.field(raw, "prefix", str, where)
        if not re.fullmatch(r"[A-Z]{2}", prefix):
            raise self.fail(where, f"prefix {prefix!r} must be two capital letters")
        return prefix

    def document(self, raw: Any) -> AcsDocument:
        prefix = self.prefix(raw, "top level")
        areas = tuple(
            self.area(a, prefix, f"areas[{i}]")
            for i, a in enumerate(self.field(raw, "areas", list, "top level"))
        )
        if not areas:
            raise self.fail("top level", "'areas' is empty")
        self.unique([a.numeral for a in areas], "area numeral")
        self.unique([e.code for a in areas for t in a.tasks for e in t.elements], "element code")
        return AcsDocument(
            acs_id=self.field(raw, "acs_id", str, "top level"),
            title=self.field(raw, "title", str, "top level"),
            prefix=prefix,
            effective=self.effective(raw),
            source_note=self.field(raw, "source_note", str, "top level"),
            areas=areas,
            unverified=self.unverified(raw.get("unverified", []), prefix, areas),
            caveats=tuple(self.strings(raw.get("caveats", []), "caveats")),
            file_name=self.file_name,
        )

    def effective(self, raw: Mapping[str, Any]) -> date:
        text = self.field(raw, "effective", str, "top level")
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail("top level", f"effective {text!r} is not a YYYY-MM-DD date") from None

    def area(self, raw: Any, prefix: str, where: str) -> AcsArea:
        numeral = self.field(raw, "numeral", str, where)
        if not ROMAN.fullmatch(numeral):
            raise self.fail(where, f"numeral {numeral!r} is not a roman numeral")
        if "prefix" in raw:
            prefix = self.prefix(raw, where)
        code = f"{prefix}.{numeral}"
        tasks = tuple(
            self.task(t, code, f"{where}.tasks[{i}]")
            for i, t in enumerate(self.field(raw, "tasks", list, where))
        )
        if not tasks:
            raise self.fail(f"{where} ({code})", "area has no tasks")
        self.unique([t.letter for t in tasks], f"task letter in {code}")
        return AcsArea(
            code=code, numeral=numeral, name=self.field(raw, "name", str, where), tasks=tasks
        )

    def task(self, raw: Any, area_code: str, where: str) -> AcsTask:
        letter = self.field(raw, "letter", str, where)
        if not re.fullmatch(r"[A-Z]", letter):
            raise self.fail(where, f"task letter {letter!r} must be one capital letter")
        code = f"{area_code}.{letter}"
        where = f"{where} ({code})"
        classes = tuple(self.strings(self.field(raw, "classes", list, where), f"{where}.classes"))
        if not classes or set(classes) - set(CLASSES):
            raise self.fail(where, f"classes {list(classes)} must be some of {list(CLASSES)}")
        references = self.strings(self.field(raw, "references", list, where), where)
        elements = tuple(
            self.element(e, code, f"{where}.elements[{i}]")
            for i, e in enumerate(self.field(raw, "elements", list, where))
        )
        if not elements:
            raise self.fail(where, "task has no elements")
        partial = raw.get("partial", "")
        if not isinstance(partial, str) or ("partial" in raw and not partial.strip()):
            raise self.fail(where, "'partial' must be a non-empty string saying why")
        self.check_numbering(elements, where, allow_gaps=bool(partial))
        return AcsTask(
            code=code,
            letter=letter,
            name=self.field(raw, "name", str, where),
            classes=classes,
            references=tuple(references),
            elements=elements,
            partial=partial,
        )

    def element(self, raw: Any, task_code: str, where: str) -> AcsElement:
        code = self.field(raw, "code", str, where)
        where = f"{where} ({code})"
        match = ELEMENT_CODE.fullmatch(code)
        if match is None:
            raise self.fail(where, "code is not of the form PA.I.A.K1 or PA.I.A.K1a")
        if f"{match['prefix']}.{match['area']}.{match['task']}" != task_code:
            raise self.fail(where, f"code does not belong to task {task_code}")
        kind = self.field(raw, "kind", str, where)
        if kind != match["kind"]:
            raise self.fail(where, f"kind {kind!r} does not match the code")
        label = self.field(raw, "label", str, where)
        if len(label) > MAX_LABEL_LENGTH:
            raise self.fail(where, f"label is longer than {MAX_LABEL_LENGTH} characters")
        archived = raw.get("archived", False)
        if not isinstance(archived, bool):
            raise self.fail(where, "'archived' must be true or false")
        return AcsElement(
            code=code,
            kind=kind,
            number=int(match["number"]),
            sub=match["sub"],
            label=label,
            archived=archived,
        )

    def check_numbering(
        self, elements: tuple[AcsElement, ...], where: str, allow_gaps: bool = False
    ) -> None:
        """K, R and S each count 1, 2, 3...; sub-elements a, b, c... follow their parent.

        A partial task may skip a code whose wording could not be confirmed (allow_gaps),
        but its codes still rise in document order.
        """
        expected_number = dict.fromkeys(KINDS, 1)
        previous: AcsElement | None = None
        for element in elements:
            if not element.sub:
                expected = expected_number[element.kind]
                skipped = allow_gaps and element.number > expected
                if element.number != expected and not skipped:
                    raise self.fail(
                        f"{where} ({element.code})",
                        "K/R/S numbering has a gap "
                        f"or is out of order (expected {element.kind}"
                        f"{expected_number[element.kind]})",
                    )
                expected_number[element.kind] = element.number + 1
            elif not self.follows(previous, element):
                raise self.fail(
                    f"{where} ({element.code})",
                    "sub-element does not follow its parent or previous sibling",
                )
            previous = element

    @staticmethod
    def follows(previous: AcsElement | None, element: AcsElement) -> bool:
        if previous is None or previous.code.rstrip("abcdefghijklmnopqrstuvwxyz") != (
            element.parent_code
        ):
            return False
        expected = chr(ord(previous.sub) + 1) if previous.sub else "a"
        return element.sub == expected

    def unverified(
        self, raw: Any, prefix: str, areas: tuple[AcsArea, ...]
    ) -> tuple[UnverifiedTask, ...]:
        if not isinstance(raw, list):
            raise self.fail("unverified", "must be a list")
        shipped = {t.code for a in areas for t in a.tasks}
        result = []
        for i, entry in enumerate(raw):
            where = f"unverified[{i}]"
            code = self.field(entry, "task", str, where)
            match = TASK_CODE.fullmatch(code)
            if match is None or match["prefix"] not in {prefix, *(a.prefix for a in areas)}:
                raise self.fail(where, f"task {code!r} is not a {prefix} task code")
            if code in shipped:
                raise self.fail(where, f"task {code} is listed as unverified but is shipped")
            result.append(
                UnverifiedTask(
                    code,
                    self.field(entry, "name", str, where),
                    self.field(entry, "reason", str, where),
                )
            )
        return tuple(result)

    def strings(self, raw: Any, where: str) -> list[str]:
        if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
            raise self.fail(where, "must be a list of non-empty strings")
        return list(raw)

    def unique(self, values: list[str], what: str) -> None:
        seen: set[str] = set()
        for value in values:
            if value in seen:
                raise self.fail("duplicate", f"{what} {value} appears twice")
            seen.add(value)
