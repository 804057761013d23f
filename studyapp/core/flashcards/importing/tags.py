"""Turning tags into a category and ACS codes (PA.I.E.K1 and the like)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from studyapp.core.flashcards.importing.writer import acs_column

_ACS_TAG = re.compile(r"^[A-Z]{2}\.[IVX]+\.[A-Z]\.[KRS]\d+[a-z]?$", re.IGNORECASE)


def _leaf(tag: str) -> str:
    # Anki's hierarchical tags ("ACS::PA.I.E.K1") and underscores for spaces.
    return tag.rsplit("::", 1)[-1].strip()


def is_acs_code(tag: str) -> bool:
    return bool(_ACS_TAG.match(_leaf(tag)))


@lru_cache(maxsize=4096)
def split_tag_text(tags: str) -> tuple[str | None, str | None]:
    """``split_tags`` of a space-separated tag string; cached, as whole decks share a few."""
    return split_tags(tags.split())


def split_tags(tags: Iterable[str]) -> tuple[str | None, str | None]:
    """(category, acs_code column) from a note's tags: the first non-ACS tag is the category."""
    category: str | None = None
    codes: list[str] = []
    for tag in tags:
        leaf = _leaf(tag)
        if not leaf:
            continue
        if _ACS_TAG.match(leaf):
            code = leaf.upper()
            code = code[:-1] + leaf[-1] if leaf[-1].islower() and leaf[-2].isdigit() else code
            codes.append(code)
        elif category is None:
            category = leaf.replace("_", " ")[:255]
    return category, acs_column(codes)
