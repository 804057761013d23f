"""Just enough of the protobuf wire format to read Anki's package metadata and configs.

Anki's newer files keep a few values (package version, media names, template
text, notetype kind) in protobuf messages; decoding those few fields by number
avoids shipping Anki's generated message classes.
"""

from __future__ import annotations

Message = dict[int, list[int | bytes]]


class ProtobufError(ValueError):
    """The bytes are not a protobuf message."""


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ProtobufError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def decode(data: bytes) -> Message:
    """Field number -> values (ints for varint/fixed fields, bytes for length-delimited)."""
    fields: Message = {}
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(data, pos)
        elif wire == 2:
            length, pos = _varint(data, pos)
            if pos + length > len(data):
                raise ProtobufError("truncated field")
            value, pos = data[pos : pos + length], pos + length
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            value, pos = int.from_bytes(data[pos : pos + size], "little"), pos + size
        else:
            raise ProtobufError(f"unsupported wire type {wire}")
        fields.setdefault(number, []).append(value)
    return fields


def first_int(message: Message, number: int, default: int = 0) -> int:
    value = message.get(number, [default])[0]
    return value if isinstance(value, int) else default


def first_text(message: Message, number: int) -> str:
    value = message.get(number, [b""])[0]
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""
