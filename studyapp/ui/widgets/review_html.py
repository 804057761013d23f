"""Card HTML as the review screen shows it: images named relative to the media folder.

Imported cards keep Anki's ``<img src="name.jpg">`` with the file in the data
folder's media/; QLabel would look for it in the working directory instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl

_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def with_media(html: str, media_dir: Path | None) -> str:
    """``html`` with every relative image source made a file URL inside ``media_dir``."""
    if media_dir is None or "<img" not in html.lower():
        return html

    def absolute(match: re.Match[str]) -> str:
        source = match.group(3)
        if _HAS_SCHEME.match(source) or source.startswith("/"):
            return match.group(0)
        name = Path(source).name  # a card never reaches outside the media folder
        url = QUrl.fromLocalFile(str(media_dir / name)).toString()
        return f"{match.group(1)}{match.group(2)}{url}{match.group(2)}"

    return _SRC.sub(absolute, html)
