"""Read the messages of a compiled Qt translation (.qm) without Qt.

    .venv/bin/python tools/qm_reader.py FILE.qm [CONTEXT ...]

Qt ships no Vietnamese catalog for its own dialogs, so resources/i18n/qtbase_vi.ts is written by
hand. Its contexts and source texts must be byte-for-byte Qt's own or the translations never
apply, and the only copy of those sources shipped with PySide6 is inside the other languages'
.qm files (e.g. qtbase_fr.qm). This reader lists them, so the .ts can be written from them and
a test can prove every message in it still exists in the Qt we run on.

The format (Qt's qtranslator.cpp): a 16-byte magic, then tagged blocks (tag byte, big-endian
32-bit length); the Messages block (0x69) is a run of items, each a tag byte followed by data,
ending with End (1) per message.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_TAG_END = 1
_TAG_SOURCE_TEXT16 = 2  # obsolete UTF-16 source text
_TAG_TRANSLATION = 3
_TAG_CONTEXT16 = 4  # obsolete UTF-16 context
_TAG_OBSOLETE1 = 5  # a 32-bit hash
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8


@dataclass
class QmMessage:
    """One catalog entry: Qt looks it up by (context, source, comment)."""

    context: str = ""
    source: str = ""
    comment: str = ""
    translations: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _messages_block(data: bytes) -> bytes:
    if data[:16] != QM_MAGIC:
        raise ValueError("not a Qt .qm file")
    pos = 16
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        if tag == _MESSAGES_BLOCK:
            return data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    return b""


def read_qm(path: str | Path) -> list[QmMessage]:
    """Every message of a .qm file that kept its context and source text (lrelease keeps them
    unless told to compress the catalog, and Qt's shipped catalogs keep them)."""
    block = _messages_block(Path(path).read_bytes())
    messages: list[QmMessage] = []
    current = QmMessage()
    pos = 0
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            messages.append(current)
            current = QmMessage()
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        raw = block[pos : pos + length]
        pos += length
        if tag == _TAG_TRANSLATION:
            current.translations.append(raw.decode("utf-16-be"))
        elif tag == _TAG_SOURCE_TEXT:
            current.source = raw.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            current.context = raw.decode("utf-8")
        elif tag == _TAG_COMMENT:
            current.comment = raw.decode("utf-8")
        elif tag == _TAG_SOURCE_TEXT16:
            current.source = raw.decode("utf-16-be")
        elif tag == _TAG_CONTEXT16:
            current.context = raw.decode("utf-16-be")
        # any other tag carries data we do not need and was skipped by its length
    return messages


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__)
        return 2
    wanted = set(args[1:])
    for message in read_qm(args[0]):
        if not wanted or message.context in wanted:
            print(
                repr(message.context),
                repr(message.source),
                repr(message.comment),
                repr(message.translations),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
