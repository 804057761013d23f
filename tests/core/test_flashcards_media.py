"""Pictures for cards: content-hash names, one copy per picture, only real images, size limit."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from studyapp.core.errors import ValidationError
from studyapp.core.flashcards import media
from studyapp.core.flashcards.media import add_image, add_image_bytes, image_html, image_suffix


def png(width: int = 2, height: int = 2, shade: int = 0) -> bytes:
    """A valid PNG of one grey shade, written by hand so the core tests need no Qt."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_a_picture_is_copied_under_its_content_hash(tmp_path: Path) -> None:
    source = tmp_path / "My Sectional (1).PNG"
    source.write_bytes(png())
    folder = tmp_path / "media"
    name = add_image(folder, source)
    assert name.endswith(".png") and len(name) == media.HASH_CHARS + 4
    assert (folder / name).read_bytes() == png()
    again = tmp_path / "copy.png"
    again.write_bytes(png())
    assert add_image(folder, again) == name  # the same picture is stored once
    assert add_image_bytes(folder, png(shade=200)) != name
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [name, add_image_bytes(folder, png(shade=200))]
    )


def test_formats_are_recognised_by_their_bytes_not_their_name(tmp_path: Path) -> None:
    assert image_suffix(b"\xff\xd8\xff\xe0rest") == ".jpg"
    assert image_suffix(b"GIF89a....") == ".gif"
    assert image_suffix(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == ".webp"
    assert image_suffix(b"<svg xmlns='http://www.w3.org/2000/svg'/>") is None
    fake = tmp_path / "photo.png"
    fake.write_text("MZ this is a program, not a picture")
    with pytest.raises(ValidationError) as caught:
        add_image(tmp_path / "media", fake)
    assert caught.value.errors == {"image": "not_an_image"}
    assert not (tmp_path / "media").exists() or not any((tmp_path / "media").iterdir())


def test_too_large_and_unreadable_files_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(media, "MAX_IMAGE_BYTES", 100)
    big = tmp_path / "big.png"
    big.write_bytes(png(width=200, height=200, shade=7) + b"\x00" * 200)
    with pytest.raises(ValidationError) as caught:
        add_image(tmp_path / "media", big)
    assert caught.value.errors == {"image": "too_large"}
    with pytest.raises(ValidationError) as caught:
        add_image(tmp_path / "media", tmp_path / "missing.png")
    assert caught.value.errors == {"image": "unreadable"}


def test_the_tag_escapes_the_name() -> None:
    assert image_html("a.png") == '<img src="a.png">'
    assert image_html('x".png', width=300) == '<img src="x&quot;.png" width="300">'
