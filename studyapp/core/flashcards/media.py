"""Pictures on cards: copied into the data folder's media/ and named by their content.

Cards refer to a picture by its bare file name (``<img src="3fa4….png">``), the
same way imported Anki cards do, so the review screen, the editor and the .apkg
export all find it in one folder. The name is a hash of the bytes: adding the
same picture twice stores it once, and two different pictures never collide.
Only PNG, JPEG, GIF and WebP are accepted, recognised by their first bytes
rather than by the file's name.
"""

from __future__ import annotations

import hashlib
import html
import os
import tempfile
from pathlib import Path

from studyapp.core.errors import ValidationError

MAX_IMAGE_BYTES = 10 * 1024 * 1024
HASH_CHARS = 32  # 128 bits of SHA-256

# Leading bytes of each accepted format and the suffix its file gets.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
)


def image_suffix(data: bytes) -> str | None:
    """The file suffix for an accepted image format, or None for anything else."""
    for signature, suffix in _SIGNATURES:
        if data.startswith(signature):
            return suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return None


def add_image(media_dir: Path, source: Path) -> str:
    """Copy the picture at ``source`` into ``media_dir``; returns its name there.

    Raises ValidationError on field "image": "unreadable", "too_large" (over
    MAX_IMAGE_BYTES) or "not_an_image". Runs off the GUI thread (file I/O).
    """
    try:
        if source.stat().st_size > MAX_IMAGE_BYTES:
            raise ValidationError({"image": "too_large"})
        data = source.read_bytes()
    except OSError as error:
        raise ValidationError({"image": "unreadable"}) from error
    return add_image_bytes(media_dir, data)


def add_image_bytes(media_dir: Path, data: bytes) -> str:
    """Store ``data`` (a pasted picture, say) in ``media_dir``; same checks as ``add_image``."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError({"image": "too_large"})
    suffix = image_suffix(data)
    if suffix is None:
        raise ValidationError({"image": "not_an_image"})
    name = hashlib.sha256(data).hexdigest()[:HASH_CHARS] + suffix
    target = media_dir / name
    if not target.is_file():
        _write_atomically(media_dir, target, data)
    return name


def _write_atomically(folder: Path, target: Path, data: bytes) -> None:
    # A crash mid-copy leaves a stray temporary file, never a truncated picture
    # under the name a card already points at.
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def image_html(name: str, width: int | None = None) -> str:
    """The tag a card uses for the picture ``name`` (optionally shown ``width`` pixels wide)."""
    size = f' width="{width}"' if width else ""
    return f'<img src="{html.escape(name)}"{size}>'
