"""File names the app makes from data (a sale number, a shift, a producer): valid everywhere.

Booths run Windows as often as not, and a name that Linux accepts can be refused there: the
characters < > : " / \\ | ? * and control characters, a trailing dot or space (silently
dropped, so the file is saved under another name), and device names such as CON or COM1,
with or without an extension. Vietnamese letters are kept (NTFS, APFS and ext4 all store
them), normalised to NFC: macOS keyboards and some files type them decomposed, and two
spellings of "Hạ Long" must not make two different files. Names are cut to a length every
file system takes (255 bytes on ext4; a Vietnamese letter can take 3), keeping the extension.
"""

from __future__ import annotations

import re
import unicodedata

RESERVED_CHARACTERS = frozenset('<>:"/\\|?*')
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]}
)
MAX_BYTES = 200  # under ext4's 255 bytes with room for a ".part" or backup suffix
_RUNS = re.compile(r"\s+")
_DASHES = re.compile(r"-{2,}")


def safe_file_name(name: str, fallback: str = "tep") -> str:
    """`name` (one path component, extension included) made valid on Windows, macOS and Linux;
    `fallback` when nothing usable is left."""
    text = _RUNS.sub(" ", unicodedata.normalize("NFC", name))  # tabs, newlines: one space
    text = "".join(
        "-" if ch in RESERVED_CHARACTERS or unicodedata.category(ch) == "Cc" else ch
        for ch in text
    )
    text = _DASHES.sub("-", text).strip().rstrip(". ")
    if not text.strip("."):
        return fallback
    stem, dot, extension = text.rpartition(".") if "." in text[1:] else (text, "", "")
    if text.split(".")[0].rstrip().upper() in RESERVED_NAMES:
        stem = "_" + stem
    return _shorten(stem, dot + extension)


def _shorten(stem: str, extension: str) -> str:
    """Cut the stem (never the extension) on a character boundary to fit MAX_BYTES."""
    room = MAX_BYTES - len(extension.encode())
    if room <= 0:
        extension, room = "", MAX_BYTES
    encoded = stem.encode()
    if len(encoded) > room:
        stem = encoded[:room].decode(errors="ignore").rstrip(". ")
    return stem + extension
