"""Text folding for search and for payment references.

Staff type "tra hoa vang" on a laptop without a Vietnamese keyboard and expect to find
"Trà hoa vàng"; banks mangle diacritics in transfer notes. Both problems are solved by
folding text to plain Latin letters in one place.
"""

from __future__ import annotations

import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")
# đ/Đ are letters of their own, not d + a combining mark, so NFD leaves them alone.
_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})
_ASCII_KEEP = re.compile(r"[^A-Za-z0-9 \-_./]")


def nfc(text: str) -> str:
    """Compose to NFC so text pasted from macOS (NFD) compares equal to text typed on Windows."""
    return unicodedata.normalize("NFC", text)


def _strip_marks(text: str) -> str:
    """Drop every combining mark (tones and vowel hats) and map đ to d, keeping case."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.translate(_D_MAP))


def _squash(text: str) -> str:
    """Collapse whitespace runs so double spaces from imports never break a match."""
    return _WHITESPACE.sub(" ", text).strip()


def fold(text: str) -> str:
    """Search key: no marks, no case, single spaces, so any way of typing a name matches."""
    return _squash(_strip_marks(text).casefold())


def to_ascii(text: str) -> str:
    """Payment reference safe for every bank app: marks folded, case kept, odd symbols dropped.

    Bank apps reject or garble anything outside plain ASCII in a transfer note, and the
    reference is how a transfer is matched to a sale, so only characters that survive every
    bank are kept.
    """
    return _squash(_ASCII_KEEP.sub("", _squash(_strip_marks(text))))
