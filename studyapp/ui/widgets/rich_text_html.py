"""A QTextDocument written back as the small HTML cards hold.

``QTextEdit.toHtml()`` writes a whole page (doctype, a style sheet, inline
styles on every paragraph); a card keeps only what the editor's toolbar makes:
bold, italic, underline, sub/superscript, bullet and numbered lists, line breaks
and pictures (``<img src="name" width="N">``, named relative to the media folder).
"""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextListFormat

_LINE_SEPARATOR = "\u2028"  # Shift+Enter inside a paragraph
_ORDERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
_SUB = QTextCharFormat.VerticalAlignment.AlignSubScript
_SUPER = QTextCharFormat.VerticalAlignment.AlignSuperScript


def document_html(document: QTextDocument) -> str:
    """The document as card HTML; unformatted text has no tags, only entities (``&lt;``).

    Qt's screens take text with an entity or a tag for rich text, so either way
    the review screen shows exactly what was typed."""
    parts: list[str] = []
    open_list: str | None = None
    block = document.begin()
    while block.isValid():
        list_tag = _list_tag(block)
        if list_tag != open_list:
            if open_list:
                parts.append(f"</{open_list}>")
            if list_tag:
                parts.append(f"<{list_tag}>")
            open_list = list_tag
        inner = _block_html(block)
        if list_tag:
            parts.append(f"<li>{inner}</li>")
        else:
            if parts and not parts[-1].endswith(("</ul>", "</ol>")):
                parts.append("<br>")
            parts.append(inner)
        block = block.next()
    if open_list:
        parts.append(f"</{open_list}>")
    return _trim_breaks("".join(parts))


def _list_tag(block: QTextBlock) -> str | None:
    text_list = block.textList()
    if text_list is None:
        return None
    return "ol" if text_list.format().style() in _ORDERED else "ul"


def _block_html(block: QTextBlock) -> str:
    out: list[str] = []
    for piece in block:
        fragment = piece.fragment()
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            out.append(_image(fmt) * len(fragment.text()))
            continue
        text = html.escape(fragment.text(), quote=False).replace(_LINE_SEPARATOR, "<br>")
        out.append(_styled(text, fmt))
    return "".join(out)


def _image(fmt: QTextCharFormat) -> str:
    image = fmt.toImageFormat()
    width = round(image.width())
    size = f' width="{width}"' if width > 0 else ""
    return f'<img src="{html.escape(image.name())}"{size}>'


def _styled(text: str, fmt: QTextCharFormat) -> str:
    tags = []
    if fmt.fontWeight() >= QFont.Weight.DemiBold.value:
        tags.append("b")
    if fmt.fontItalic():
        tags.append("i")
    if fmt.fontUnderline():
        tags.append("u")
    if fmt.verticalAlignment() == _SUB:
        tags.append("sub")
    elif fmt.verticalAlignment() == _SUPER:
        tags.append("sup")
    if not text.strip():
        return text  # no bold spaces
    opening = "".join(f"<{t}>" for t in tags)
    closing = "".join(f"</{t}>" for t in reversed(tags))
    return f"{opening}{text}{closing}"


def _trim_breaks(text: str) -> str:
    while text.endswith("<br>"):
        text = text[: -len("<br>")].rstrip()
    while text.startswith("<br>"):
        text = text[len("<br>") :].lstrip()
    return text
