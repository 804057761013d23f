"""Opening an untrusted zip (an Anki package) without letting it escape or explode.

Refused: a file that is not a zip or is truncated, entries whose names point
outside the folder they would be extracted to (``../x``, absolute paths, drive
letters), and archives that would unpack to more than ``MAX_TOTAL_BYTES`` or
whose entries compress suspiciously well (a zip bomb). Sizes are enforced while
reading too, since the sizes a zip declares can lie.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

from studyapp.core.flashcards.importing.errors import ImportFileError

MAX_TOTAL_BYTES = 4 * 1024**3
MAX_RATIO = 200  # real decks compress 2-20x; bombs compress 1000x and more
RATIO_FLOOR_BYTES = 1024**2  # tiny entries may compress well without harm
_CHUNK = 1024**2


def safe_member_name(name: str) -> bool:
    """True if ``name`` stays inside the folder it is extracted to (compared by path parts)."""
    if not name or "\x00" in name:
        return False
    for flavour in (PurePosixPath(name), PureWindowsPath(name)):
        if flavour.is_absolute() or flavour.anchor or ".." in flavour.parts:
            return False
    return True


class SafeZip:
    """A checked zip archive; ``read`` enforces the size limits on what it inflates."""

    def __init__(self, path: Path, max_total: int = MAX_TOTAL_BYTES) -> None:
        self.max_total = max_total
        self.read_total = 0
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, EOFError, OSError) as error:
            raise ImportFileError("zip.corrupt", str(error)) from error
        self.sizes = {info.filename: info.file_size for info in infos}
        _check_members(infos, max_total)

    def names(self) -> set[str]:
        return set(self.sizes)

    def read(self, name: str, limit: int | None = None) -> bytes:
        """The entry's bytes; ImportFileError if it is damaged or inflates past a limit."""
        limit = min(limit or self.max_total, self.max_total - self.read_total)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(name) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise ImportFileError("zip.too_large", name)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, KeyError) as error:
            raise ImportFileError("zip.corrupt", f"{name}: {error}") from error
        self.read_total += size
        return b"".join(chunks)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _check_members(infos: list[zipfile.ZipInfo], max_total: int) -> None:
    total = 0
    for info in infos:
        if not safe_member_name(info.filename):
            raise ImportFileError("zip.unsafe_path", info.filename)
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size / packed > MAX_RATIO:
            raise ImportFileError("zip.too_large", info.filename)
    if total > max_total:
        raise ImportFileError("zip.too_large", f"{total} bytes unpacked")
