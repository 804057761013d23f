"""Which key points a pilot's typed notes already mention: a simple keyword match.

The rule (documented in resources/oral/README.md):

1. Both texts are lower-cased and split into words of letters and digits;
   thousands separators inside numbers are dropped ("1,500" -> "1500") and a
   trailing plural "s" is removed from words longer than three letters.
2. A key point's significant words are its words that are not common English
   filler (a short stop-word list) and are at least three characters long, or
   contain a digit (numbers such as "3" or "91" always count).
3. A key point is ticked when at least half of its significant words (rounded
   up) appear among the words of the notes.

It is a hint, not a grade: the pilot can tick and untick every point.
"""

from __future__ import annotations

import math
import re

_WORD = re.compile(r"[a-z0-9]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
STOP_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "are",
        "but",
        "not",
        "you",
        "all",
        "any",
        "can",
        "her",
        "was",
        "one",
        "our",
        "out",
        "has",
        "have",
        "had",
        "his",
        "how",
        "its",
        "may",
        "who",
        "did",
        "get",
        "use",
        "with",
        "that",
        "this",
        "from",
        "they",
        "will",
        "what",
        "when",
        "your",
        "which",
        "their",
        "there",
        "been",
        "were",
        "than",
        "then",
        "them",
        "into",
        "more",
        "some",
        "such",
        "also",
        "only",
        "must",
        "each",
        "other",
        "about",
        "over",
        "under",
        "within",
        "without",
        "per",
        "should",
        "would",
        "could",
        "does",
        "being",
    ]
)


def words(text: str) -> set[str]:
    """The normalised words of a text (rule 1)."""
    text = _THOUSANDS.sub("", text.lower())
    return {_singular(w) for w in _WORD.findall(text)}


def significant_words(point: str) -> set[str]:
    """The words of a key point that must be matched (rule 2)."""
    return {
        w
        for w in words(point)
        if any(c.isdigit() for c in w) or (len(w) >= 3 and w not in STOP_WORDS)
    }


def mentioned(notes: str, key_points: list[str] | tuple[str, ...]) -> list[bool]:
    """For each key point, whether the notes mention it (rule 3)."""
    said = words(notes)
    return [_covers(said, significant_words(point)) for point in key_points]


def _covers(said: set[str], needed: set[str]) -> bool:
    if not needed or not said:
        return False
    return len(needed & said) >= math.ceil(len(needed) / 2)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
