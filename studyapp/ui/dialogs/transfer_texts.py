"""Translated words of the import and export dialogs: field names, summaries, error sentences.

The core raises ImportFileError with a code (``zip.corrupt``, ``text.not_utf8``...)
and a detail naming the entry or line; these functions turn them into a sentence
in the pilot's language at the moment they are called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards.exporting.service import ExportResult
from studyapp.core.flashcards.importing.errors import ImportFileError
from studyapp.core.flashcards.importing.result import ImportResult
from studyapp.ui.tasks import Cancelled
from studyapp.ui.widgets.review_texts import cards_count

# A plain name with a literal context, so pyside6-lupdate extracts every text below.
translate = QCoreApplication.translate


def field_names() -> dict[str | None, str]:
    """What a file column can be read into (None: the column is ignored), in offer order."""
    return {
        None: translate("TransferTexts", "Ignore"),
        "question": translate("TransferTexts", "Question"),
        "answer": translate("TransferTexts", "Answer"),
        "set_name": translate("TransferTexts", "Set"),
        "category": translate("TransferTexts", "Category"),
        "acs_code": translate("TransferTexts", "ACS code"),
        "reference": translate("TransferTexts", "Reference"),
        "difficulty": translate("TransferTexts", "Difficulty (1–3)"),
        "tags": translate("TransferTexts", "Tags"),
        "card_id": translate("TransferTexts", "Card id"),
    }


def _problems() -> dict[str, str]:
    return {
        "file.missing": translate("TransferTexts", "The file no longer exists."),
        "format.unsupported": translate(
            "TransferTexts",
            "StudyApp cannot import this kind of file. Choose a .csv, .tsv, .txt, .apkg or .colpkg file.",  # noqa: E501 (one string for lupdate)
        ),
        "format.mismatch": translate(
            "TransferTexts", "This file is not what its name says: its content is of another kind."
        ),
        "zip.corrupt": translate(
            "TransferTexts", "The package is damaged or incomplete (was the download cut short?)."
        ),
        "zip.unsafe_path": translate(
            "TransferTexts",
            "The package tries to write outside its own folder, so it was refused for your safety.",
        ),
        "zip.too_large": translate(
            "TransferTexts",
            "The package unpacks to far more data than a deck can hold, so it was refused.",
        ),
        "text.not_utf8": translate(
            "TransferTexts",
            "The text is not in UTF-8. Save it again as “CSV UTF-8” (or UTF-8 text) and retry.",
        ),
        "anki.too_new": translate(
            "TransferTexts",
            "This package comes from a newer Anki than StudyApp understands. In Anki, export it with “Support older Anki versions” ticked.",  # noqa: E501 (one string for lupdate)
        ),
        "anki.bad_collection": translate(
            "TransferTexts",
            "The Anki collection inside the package is damaged or not one Anki writes.",
        ),
        "csv.no_rows": translate(
            "TransferTexts", "No row of the file has both a question and an answer."
        ),
        "csv.bad_mapping": translate(
            "TransferTexts", "Choose one column for the question and one for the answer."
        ),
        "csv.malformed": translate("TransferTexts", "The file is not valid CSV."),
    }


def import_error(error: Exception) -> str:
    """Why nothing was imported, with the entry or line at fault when the core names one."""
    if isinstance(error, Cancelled):
        return translate("TransferTexts", "Import cancelled. Nothing was changed.")
    if isinstance(error, ImportFileError):
        sentence = _problems().get(error.code)
        if sentence is None:
            sentence = translate("TransferTexts", "This file cannot be imported (%1).")
            sentence = sentence.replace("%1", error.code)
        sentence += " " + translate("TransferTexts", "Nothing was imported.")
        if error.detail:
            where = translate("TransferTexts", "Details: %1").replace("%1", error.detail[:200])
            sentence += "\n\n" + where
        return sentence
    if isinstance(error, OSError):
        return translate("TransferTexts", "The file could not be read: %1").replace(
            "%1", error.strerror or str(error)
        )
    return translate(
        "TransferTexts", "Something went wrong; nothing was imported. Details are in the log."
    )


def import_summary(result: ImportResult) -> str:
    """What an import did: cards added and updated, into which sets, with media and history."""
    lines = [
        translate("TransferTexts", "Added: %1").replace("%1", cards_count(result.added)),
        translate("TransferTexts", "Updated: %1").replace("%1", cards_count(result.updated)),
    ]
    if result.unchanged:
        text = translate("TransferTexts", "Already up to date: %1")
        lines.append(text.replace("%1", cards_count(result.unchanged)))
    sets = ", ".join(f"“{name}”" for name in result.set_names)
    lines.append(translate("TransferTexts", "Sets: %1").replace("%1", sets))
    if result.kind == "anki":
        text = translate("TransferTexts", "Images and sounds: %1")
        lines.append(text.replace("%1", f"{result.media_files:,}"))
    if result.reviews:
        text = translate("TransferTexts", "Past reviews carried over: %1")
        lines.append(text.replace("%1", f"{result.reviews:,}"))
    return "\n".join(lines)


def export_summary(result: ExportResult) -> str:
    text = translate("TransferTexts", "Exported %1 from %2 to %3.")
    sets = ", ".join(f"“{name}”" for name in result.set_names)
    text = text.replace("%1", cards_count(result.cards)).replace("%2", sets or "—")
    text = text.replace("%3", result.path.name)
    if result.kind == "apkg":
        media = translate("TransferTexts", "Images and sounds: %1")
        text += "\n" + media.replace("%1", f"{result.media_files:,}")
    return text


def export_error(error: Exception) -> str:
    if isinstance(error, Cancelled):
        return translate("TransferTexts", "Export cancelled. No file was written.")
    if isinstance(error, NotFoundError):
        return translate("TransferTexts", "A chosen set no longer exists.")
    if isinstance(error, ValidationError):
        return translate("TransferTexts", "Choose a file name ending in .csv, .tsv or .apkg.")
    if isinstance(error, OSError):
        return translate("TransferTexts", "The file could not be written: %1").replace(
            "%1", error.strerror or str(error)
        )
    return translate(
        "TransferTexts",
        "Something went wrong; the export was not finished. Details are in the log.",
    )
