"""Translated words for chat: the core's and the server's codes, times and day names.

The core and the server speak in codes ("left", "no_account", "too_long"); these
functions give the sentence in the pilot's language at the moment they are
called, so a language switch re-words them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from studyapp.core.chat.rules import MESSAGE_MAX, TITLE_MAX, TOPIC_MAX
from studyapp.core.errors import NotFoundError, ValidationError

translate = QCoreApplication.translate


def field_error(field: str, code: str) -> str:
    """The sentence beside a field of the new-conversation or invite form."""
    if field.startswith("invite") or field == "email":
        return invite_error(code)
    sentences = {
        ("title", "required"): translate("ChatTexts", "Give the conversation a title."),
        ("title", "too_long"): translate(
            "ChatTexts", "The title can be at most %1 characters."
        ).replace("%1", str(TITLE_MAX)),
        ("topic", "too_long"): translate(
            "ChatTexts", "The topic can be at most %1 characters."
        ).replace("%1", str(TOPIC_MAX)),
    }
    return sentences.get((field, code), failure_text(code))


def invite_error(code: str) -> str:
    sentences = {
        "required": translate("ChatTexts", "Enter the email of their StudyApp sync account."),
        "invalid": translate(
            "ChatTexts", "This is not a valid email address (for example: name@example.com)."
        ),
        "no_account": translate("ChatTexts", "No StudyApp account uses this email."),
    }
    return sentences.get(code, failure_text(code))


def content_error(code: str) -> str:
    """Why the compose box refused a message."""
    sentences = {
        "required": translate("ChatTexts", "Write something first: empty messages are not sent."),
        "too_long": translate("ChatTexts", "A message can be at most %1 characters.").replace(
            "%1", str(MESSAGE_MAX)
        ),
        "left": translate(
            "ChatTexts",
            "You left this conversation, so the message was not sent. Your text is still here.",
        ),
    }
    return sentences.get(code, failure_text(code))


def failure_text(code: str | None) -> str:
    """Why the server refused a message or an invitation."""
    sentences = {
        "left": translate("ChatTexts", "You had left this conversation."),
        "not_found": translate("ChatTexts", "The server does not know this conversation."),
        "no_account": translate("ChatTexts", "No StudyApp account uses this email."),
        "required": translate("ChatTexts", "The message was empty."),
        "too_long": translate("ChatTexts", "The message was too long."),
        "invalid": translate("ChatTexts", "The server did not accept it."),
        "taken": translate("ChatTexts", "The server already has a different item with this id."),
    }
    return sentences.get(code or "", translate("ChatTexts", "The server refused it."))


def task_error(error: Exception) -> str:
    """A failed read or write of the chat page, in words."""
    if isinstance(error, ValidationError):
        field, code = next(iter(error.errors.items()))
        if field == "content" or field == "conversation":
            return content_error(code)
        return field_error(field, code)
    if isinstance(error, NotFoundError):
        return translate("ChatTexts", "This conversation is no longer on this computer.")
    return translate("ChatTexts", "Something went wrong: %1").replace("%1", str(error))


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


def clock(moment: datetime) -> str:
    """14:05 (or 2:05 PM), in the pilot's locale."""
    local = _local(moment)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def day_label(day: date, today: date | None = None) -> str:
    """Today, Yesterday, or the date written out (a day separator)."""
    today = today or date.today()
    if day == today:
        return translate("ChatTexts", "Today")
    if day == today - timedelta(days=1):
        return translate("ChatTexts", "Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def local_day(moment: datetime) -> date:
    return _local(moment).date()


def relative_time(moment: datetime, now: datetime | None = None) -> str:
    """How long ago, briefly: now, 5 min, 14:05, Yesterday, Mon, or a short date."""
    now = now or datetime.now().astimezone()
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return translate("ChatTexts", "now")
    if seconds < 3600:
        return translate("ChatTexts", "%1 min").replace("%1", str(int(seconds // 60)))
    day, today = local_day(moment), _local(now).date()
    if day == today:
        return clock(moment)
    if day == today - timedelta(days=1):
        return translate("ChatTexts", "Yesterday")
    qdate = QDate(day.year, day.month, day.day)
    if (today - day).days < 7:
        return QLocale().dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime | None) -> str:
    """A full date and time, for who joined or left when."""
    if moment is None:
        return ""
    local = _local(moment)
    return f"{day_label(local.date())} {clock(moment)}"
