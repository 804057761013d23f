"""Text matching for the directory: case- and accent-insensitive, like a pilot expects.

SQLite's lower() only folds ASCII, so "ÁLVAREZ" would miss "álvarez"; the
directory is at most a few thousand rows, so matching happens in Python.
"""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Lower-case, accent-free, whitespace-collapsed form of ``text`` for comparisons."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def matches_text(needle: str, *haystacks: str) -> bool:
    """True when every word of ``needle`` appears in one of the haystacks."""
    words = fold(needle).split()
    folded = " | ".join(fold(h) for h in haystacks)
    return all(word in folded for word in words)
