"""Rendering an Anki card's question and answer from its notetype's templates.

Supports what shared decks use: ``{{Field}}`` and filtered fields
(``{{text:F}}``, ``{{hint:F}}``; ``{{type:F}}`` renders nothing), ``{{FrontSide}}``,
the special fields Tags/Deck/Subdeck/Card/Type, sections shown when a field has
content ``{{#F}}…{{/F}}`` or is empty ``{{^F}}…{{/F}}``, and cloze deletions
``{{c1::text::hint}}`` in ``{{cloze:F}}``. A template is parsed once per
notetype and card type, then rendered for every note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_HTML = re.compile(r"<[^>]*>")
_EMPTY_HTML = re.compile(r"^(?:\s|<br\s*/?>|<div>|</div>|&nbsp;)*$", re.IGNORECASE)
_TRAILING_BREAKS = re.compile(r"(?:\s|<br\s*/?>)+$", re.IGNORECASE)
ANSWER_DIVIDER = re.compile(r"<hr id=[\"']?answer[\"']?\s*/?>", re.IGNORECASE)

# A parsed template: text, ("field", filters, name), or ("section", negated, name, children).
Node = str | tuple


@dataclass(frozen=True)
class NoteContext:
    fields: dict[str, str]
    tags: str
    deck: str
    card_name: str
    notetype: str
    cloze_ord: int | None = None  # 1-based cloze number for cloze notetypes


class TemplateError(ValueError):
    """A section is opened and not closed (or closed without being opened)."""


def parse(template: str) -> list[Node]:
    root: list[Node] = []
    stack: list[tuple[str, list[Node]]] = [("", root)]
    pos = 0
    for match in _TAG.finditer(template):
        if match.start() > pos:
            stack[-1][1].append(template[pos : match.start()])
        pos = match.end()
        tag = match.group(1).strip()
        if tag[:1] in "#^":
            children: list[Node] = []
            stack[-1][1].append(("section", tag[0] == "^", tag[1:].strip(), children))
            stack.append((tag[1:].strip(), children))
        elif tag.startswith("/"):
            if len(stack) == 1 or stack[-1][0] != tag[1:].strip():
                raise TemplateError(tag)
            stack.pop()
        else:
            *filters, name = tag.split(":")
            stack[-1][1].append(("field", tuple(f.strip() for f in filters), name.strip()))
    stack[-1][1].append(template[pos:])
    if len(stack) != 1:
        raise TemplateError(stack[-1][0])
    return root


def render(nodes: list[Node], note: NoteContext, front: str, answer: bool) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif node[0] == "section":
            _, negated, name, children = node
            if _has_content(_field_value(name, note, front)) != negated:
                out.append(render(children, note, front, answer))
        else:
            out.append(_field(node[1], node[2], note, front, answer))
    return "".join(out)


def _has_content(value: str) -> bool:
    return not _EMPTY_HTML.match(value)


def _field_value(name: str, note: NoteContext, front: str) -> str:
    value = note.fields.get(name)
    if value is not None:
        return value
    if name == "FrontSide":
        return front
    special = {
        "Tags": note.tags,
        "Deck": note.deck,
        "Subdeck": note.deck.rsplit("::", 1)[-1],
        "Card": note.card_name,
        "Type": note.notetype,
    }
    return special.get(name, "")


def _field(filters: tuple[str, ...], name: str, note: NoteContext, front: str, answer: bool) -> str:
    value = _field_value(name, note, front)
    if "type" in filters:
        return ""
    if "cloze" in filters:
        value = render_cloze(value, note.cloze_ord or 1, answer)
    if "text" in filters:
        value = _HTML.sub("", value)
    return value


def render_cloze(text: str, active: int, answer: bool) -> str:
    """The cloze field as card ``active`` shows it: its deletions hidden (question) or marked."""

    def replace(match: re.Match[str]) -> str:
        number, content, hint = int(match.group(1)), match.group(2), match.group(3)
        if number != active:
            return content
        if answer:
            return f'<span class="cloze">{content}</span>'
        return f'<span class="cloze">[{hint or "..."}]</span>'

    previous = None
    while previous != text:  # nested clozes: innermost first
        previous, text = text, _CLOZE.sub(replace, text)
    return text


def cloze_numbers(text: str) -> set[int]:
    return {int(number) for number in re.findall(r"\{\{c(\d+)::", text)}


def render_card(question: list[Node], answer: list[Node], note: NoteContext) -> tuple[str, str]:
    """(question, answer); the answer drops a repeated question above Anki's ``<hr id=answer>``."""
    front = render(question, note, "", answer=False)
    back = render(answer, note, front, answer=True)
    parts = ANSWER_DIVIDER.split(back, maxsplit=1)
    back = parts[-1].strip()
    if back.endswith(">"):  # an empty last field often leaves a dangling <br>
        back = _TRAILING_BREAKS.sub("", back)
    return front.strip(), back
