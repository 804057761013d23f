"""Card HTML as the review screen shows it: images from the media folder, never wider than the view.

Imported cards keep Anki's ``<img src="name.jpg">`` with the file in the data
folder's media/; QLabel would look for it in the working directory instead.
Qt's rich text draws an image at its natural size, so a wide chart would push
the card wider than the window: an image wider than ``max_width`` gets that
width (Qt then scales its height to keep the proportions).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE | re.DOTALL)
_SRC = re.compile(r"""(\bsrc\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_SIZE = re.compile(r"""\s(width|height)\s*=\s*(["']?)\s*(\d+)(?:px)?\s*\2""", re.IGNORECASE)
_SPACES = re.compile(r"\s{2,}")
_HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def with_media(html: str, media_dir: Path | None, max_width: int | None = None) -> str:
    """``html`` with relative image sources made file URLs inside ``media_dir``, and every
    image wider than ``max_width`` pixels (if given) sized down to it."""
    if "<img" not in html.lower() or (media_dir is None and max_width is None):
        return html
    return _IMG.sub(lambda match: _image_tag(match.group(0), media_dir, max_width), html)


def _image_tag(tag: str, media_dir: Path | None, max_width: int | None) -> str:
    found = _SRC.search(tag)
    if found is None:
        return tag
    source, file = found.group(3), None
    if not _HAS_SCHEME.match(source) and not source.startswith("/") and media_dir is not None:
        file = media_dir / Path(source).name  # a card never reaches outside the media folder
        url = QUrl.fromLocalFile(str(file)).toString()
        tag = tag[: found.start(3)] + url + tag[found.end(3) :]
    elif source.startswith("file:"):
        file = Path(QUrl(source).toLocalFile())
    if max_width is None:
        return tag
    return _fit(tag, file, max_width)


def _fit(tag: str, file: Path | None, max_width: int) -> str:
    """The tag with width="max_width" and no height when the image would be wider."""
    sizes = {name.lower(): int(value) for name, _quote, value in _SIZE.findall(tag)}
    width = sizes.get("width") or _natural_width(file)
    if width is None or width <= max_width:
        return tag
    bare = _SPACES.sub(" ", _SIZE.sub(" ", tag))
    end = -2 if bare.endswith("/>") else -1
    return f'{bare[:end].rstrip()} width="{max_width}"{bare[end:]}'


def _natural_width(file: Path | None) -> int | None:
    if file is None or not file.is_file():
        return None
    size = QImageReader(str(file)).size()  # reads the header only, not the pixels
    return size.width() if size.isValid() else None
