"""What can be wrong with a file someone asks us to import, as codes the UI translates."""

from __future__ import annotations

from typing import Protocol

from studyapp.core.errors import ValidationError

FIELD = "file"


class ImportFileError(ValidationError):
    """The file was rejected and nothing was written.

    ``code`` says what is wrong (``zip.corrupt``, ``zip.unsafe_path``, ``zip.too_large``,
    ``text.not_utf8``, ``format.mismatch``, ``format.unsupported``, ``anki.too_new``,
    ``anki.bad_collection``, ``csv.no_rows``, ``csv.bad_mapping``, ``csv.malformed``);
    ``detail`` names the entry, line or version at fault, for the message shown to the user.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__({FIELD: code})
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}" if self.detail else self.code


class ProgressLike(Protocol):
    """What a long import needs from its caller (studyapp.ui.tasks.Progress fits).

    ``check()`` raises once the user cancelled; the import's transaction then rolls back.
    """

    def report(self, done: int, total: int) -> None: ...

    def check(self) -> None: ...


def tick(progress: ProgressLike | None, done: int, total: int) -> None:
    """Report progress and honour a cancel request, if anyone is listening."""
    if progress is not None:
        progress.report(done, total)
        progress.check()


class Phase:
    """One of ``count`` consecutive steps of a long job, reported as one 0-1000 progress bar.

    An .apkg import reads cards, unpacks media, then writes: each step reports its
    own (done, total), and the bar moves forward through its share instead of
    starting again at zero.
    """

    SCALE = 1000

    def __init__(self, progress: ProgressLike | None, index: int, count: int) -> None:
        self._progress, self._index, self._count = progress, index, count

    def report(self, done: int, total: int) -> None:
        if self._progress is not None:
            share = min(done / total, 1.0) if total > 0 else 0.0
            self._progress.report(
                round(self.SCALE * (self._index + share) / self._count), self.SCALE
            )

    def check(self) -> None:
        if self._progress is not None:
            self._progress.check()
