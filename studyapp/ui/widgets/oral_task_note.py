"""The one calm line under the mock oral's area list: tasks to check in the printed ACS.

A task shipped with a partial element list, or left out because it could not be
confirmed, must not look like a task the checkride skips. The core lists them
(AcsDocument.task_notes); this words them in the pilot's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from studyapp.core.oral.acs import AcsDocument, TaskNote

# A plain name with a literal context, so pyside6-lupdate extracts every text below.
translate = QCoreApplication.translate


def task_note_text(document: AcsDocument | None, area_codes: Iterable[str] | None) -> str:
    """The note for the chosen areas (every area when None); "" when there is nothing to say."""
    if document is None:
        return ""
    notes = document.task_notes(area_codes)
    partial = [n for n in notes if not n.missing]
    missing = [n for n in notes if n.missing]
    sentences = []
    if partial:
        text = (
            translate(
                "OralTaskNote",
                "%1: the element list could not be fully checked against %2 — compare with "
                "your copy.",
            )
            if len(partial) == 1
            else translate(
                "OralTaskNote",
                "%1: the element lists could not be fully checked against %2 — compare with "
                "your copy.",
            )
        )
        sentences.append(text.replace("%1", _places(partial)).replace("%2", document.acs_id))
    if missing:
        text = translate(
            "OralTaskNote", "Not in StudyApp yet (%2): %1 — study these from your copy."
        )
        sentences.append(text.replace("%1", _places(missing)).replace("%2", document.acs_id))
    return " ".join(sentences)


def _places(notes: list[TaskNote]) -> str:
    """'Area VII Tasks B, C; Area X Task D', areas in document order."""
    letters: dict[str, list[str]] = {}
    for note in notes:
        letters.setdefault(note.numeral, []).append(note.letter)
    parts = []
    for numeral, tasks in letters.items():
        text = (
            translate("OralTaskNote", "Area %1 Task %2")
            if len(tasks) == 1
            else translate("OralTaskNote", "Area %1 Tasks %2")
        )
        parts.append(text.replace("%1", numeral).replace("%2", ", ".join(tasks)))
    return "; ".join(parts)
