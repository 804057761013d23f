"""The parts of an Anki package: its version, collection file and media, from a checked zip.

Package versions (the ``meta`` entry, protobuf): none or 1, collection.anki2 (or
.anki21) with a JSON media map; 2, collection.anki21 with a JSON media map; 3,
zstd-compressed collection.anki21b and media, with a protobuf media map. A
higher version comes from a newer Anki than we understand and is refused.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import zstandard

from studyapp.core.flashcards.importing import protobuf
from studyapp.core.flashcards.importing.errors import ImportFileError
from studyapp.core.flashcards.importing.safezip import SafeZip

LEGACY_1, LEGACY_2, LATEST = 1, 2, 3
MEDIA_NAME_MAX = 255
_CHUNK = 1024**2


def package_version(archive: SafeZip) -> int:
    if "meta" not in archive.names():
        return LEGACY_1
    try:
        message = protobuf.decode(archive.read("meta", limit=1024))
    except protobuf.ProtobufError as error:
        raise ImportFileError("anki.bad_collection", f"meta: {error}") from error
    version = protobuf.first_int(message, 1)
    if version > LATEST:
        raise ImportFileError("anki.too_new", f"package version {version}")
    return version or LEGACY_1


def extract_collection(archive: SafeZip, version: int, target: Path) -> None:
    """Write the package's collection database to ``target`` (decompressed if need be)."""
    names = archive.names()
    if version == LATEST:
        data = decompress(archive, "collection.anki21b")
    elif "collection.anki21" in names:
        data = archive.read("collection.anki21")
    elif "collection.anki2" in names:
        data = archive.read("collection.anki2")
    else:
        raise ImportFileError("format.mismatch", "no Anki collection in the zip")
    target.write_bytes(data)


def read_media(archive: SafeZip, version: int, name: str) -> bytes:
    return decompress(archive, name) if version == LATEST else archive.read(name)


def decompress(archive: SafeZip, name: str) -> bytes:
    """A zstd entry inflated within the archive's remaining size budget."""
    if name not in archive.names():
        raise ImportFileError("format.mismatch", f"{name} missing")
    packed = archive.read(name)
    budget = archive.max_total - archive.read_total
    out = io.BytesIO()
    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(packed)) as reader:
            while chunk := reader.read(_CHUNK):
                if out.tell() + len(chunk) > budget:
                    raise ImportFileError("zip.too_large", name)
                out.write(chunk)
    except zstandard.ZstdError as error:
        raise ImportFileError("zip.corrupt", f"{name}: {error}") from error
    archive.read_total += out.tell()
    return out.getvalue()


def media_map(archive: SafeZip, version: int) -> dict[str, str]:
    """File name -> zip entry; names that could escape the media folder are refused."""
    if "media" not in archive.names():
        return {}
    try:
        if version == LATEST:
            pairs = _protobuf_media(decompress(archive, "media"))
        else:
            raw = json.loads(archive.read("media", limit=64 * 1024**2) or b"{}")
            pairs = {str(name): str(entry) for entry, name in dict(raw).items()}
    except (ValueError, TypeError, protobuf.ProtobufError) as error:
        raise ImportFileError("anki.bad_collection", f"media map: {error}") from error
    for name, entry in pairs.items():
        if not safe_media_name(name):
            raise ImportFileError("zip.unsafe_path", name)
        if entry not in archive.names():
            raise ImportFileError("zip.corrupt", f"media entry {entry} missing")
    return pairs


def _protobuf_media(data: bytes) -> dict[str, str]:
    entries = protobuf.decode(data).get(1, [])
    pairs: dict[str, str] = {}
    for index, raw in enumerate(entries):
        if not isinstance(raw, bytes):
            raise protobuf.ProtobufError("media entry")
        entry = protobuf.decode(raw)
        legacy = entry.get(255)
        zip_name = str(legacy[0]) if legacy else str(index)
        pairs[protobuf.first_text(entry, 1)] = zip_name
    return pairs


def safe_media_name(name: str) -> bool:
    """A plain file name: no folders, no drive, not hidden/relative, no NUL, not too long."""
    return (
        bool(name)
        and len(name.encode("utf-8")) <= MEDIA_NAME_MAX
        and not any(char in name for char in "/\\:\x00")
        and not name.startswith(".")
        and name.strip() == name
    )
