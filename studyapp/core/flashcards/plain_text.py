"""Card HTML as one line of plain text, for the browser's question and answer columns.

Cards hold a little HTML (bold, lists, line breaks, images). A snippet drops the
tags, turns line and block breaks into spaces, decodes entities and marks each
image with IMAGE_MARK (the Unicode object replacement character), which the GUI
words in the pilot's language.
"""

from __future__ import annotations

import html
import re

IMAGE_MARK = "\ufffc"

_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_BREAK = re.compile(r"<(?:br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(style|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain_snippet(text: str | None, limit: int) -> str:
    """``text`` without markup on one line, cut to ``limit`` characters (an ellipsis if cut)."""
    if not text:
        return ""
    if "<" in text or "&" in text:
        text = _HIDDEN.sub(" ", text)
        text = _IMAGE.sub(f" {IMAGE_MARK} ", text)
        text = _BREAK.sub(" ", text)
        text = html.unescape(_TAG.sub("", text))
    text = _SPACE.sub(" ", text).strip()
    if len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text
