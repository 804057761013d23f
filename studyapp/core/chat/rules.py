"""What a conversation title, topic, message and invitation may be: one set of rules.

The app checks them before queuing a change, the server again before applying
it, with the same field codes, so a message the app accepted is not refused
later for its shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.accounts.service import EMAIL_MAX, EMAIL_PATTERN
from studyapp.core.errors import Validator

TITLE_MAX = 255  # the seed's CharField(max_length=255)
TOPIC_MAX = 255
# Long enough for a pasted METAR/TAF briefing with notes; short enough that one
# message never fills a push request (4 MiB) or a screen.
MESSAGE_MAX = 10_000
# A NUL character (e.g. pasted from a binary file) cannot be stored by PostgreSQL:
# the server would refuse the message, so the app refuses it before queuing it.
NUL = "\x00"


@dataclass(frozen=True)
class ConversationInput:
    title: str
    topic: str


def conversation_input(title: str, topic: str | None) -> ConversationInput:
    """Trimmed and checked title and topic. Raises ValidationError."""
    cleaned = ConversationInput(title.strip(), (topic or "").strip())
    check = Validator()
    check.require(bool(cleaned.title), "title", "required")
    check.require(len(cleaned.title) <= TITLE_MAX, "title", "too_long")
    check.require(len(cleaned.topic) <= TOPIC_MAX, "topic", "too_long")
    check.require(NUL not in cleaned.title, "title", "invalid")
    check.require(NUL not in cleaned.topic, "topic", "invalid")
    check.raise_if_any()
    return cleaned


def message_content(content: str) -> str:
    """The message as it will be sent: surrounding blank lines and spaces removed.

    Raises ValidationError({"content": "required" | "too_long" | "invalid"}).
    """
    cleaned = content.strip()
    check = Validator()
    check.require(bool(cleaned), "content", "required")
    check.require(len(cleaned) <= MESSAGE_MAX, "content", "too_long")
    check.require(NUL not in cleaned, "content", "invalid")
    check.raise_if_any()
    return cleaned


def invite_email(email: str) -> str:
    cleaned = email.strip()
    check = Validator()
    check.require(bool(cleaned), "email", "required")
    check.require(
        len(cleaned) <= EMAIL_MAX and bool(EMAIL_PATTERN.match(cleaned)), "email", "invalid"
    )
    check.raise_if_any()
    return cleaned
