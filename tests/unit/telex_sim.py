"""A Telex typist in Python: the keys a scanner sends, composed the way Unikey/EVKey would.

Only what matters for scanned codes: 'dd' → đ, 'aa'/'ee'/'oo' → â/ê/ô, 'aw'/'ow'/'uw' → ă/ơ/ư
('uow' → ươ, 'w' alone → ư), and a tone key (s f r x j) after a vowel of the word marks that
word's vowel; a tone key in a word without a vowel is typed as it is. A word is a run of
letters: digits, '-' and spaces end it, as they do for Unikey.
"""

from __future__ import annotations

import re
import unicodedata

TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
HAT, BREVE, HORN = "\u0302", "\u0306", "\u031b"
_VOWELS = set("aeiouy")


def _with(ch: str, mark: str) -> str:
    return unicodedata.normalize("NFC", ch + mark)


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].lower()


def _is_vowel(ch: str) -> bool:
    return _base(ch) in _VOWELS


def _tone_target(letters: list[str]) -> int:
    """Which vowel carries the tone: one with a hat or horn (the last one: ươ → ơ), else the
    only vowel, else the second of a cluster followed by a consonant, else the first."""
    vowels = [i for i, ch in enumerate(letters) if _is_vowel(ch)]
    marked = [i for i in vowels if len(unicodedata.normalize("NFD", letters[i])) > 1]
    if marked:
        return marked[-1]
    cluster = [vowels[-1]]
    while cluster[0] - 1 in vowels:
        cluster.insert(0, cluster[0] - 1)
    if len(cluster) > 1 and cluster[-1] < len(letters) - 1:
        return cluster[-1]
    return cluster[0]


def _word(keys: str) -> str:
    letters: list[str] = []
    tone = ""
    for key in keys:
        low = key.lower()
        prev = letters[-1] if letters else ""
        if low == "d" and prev in ("d", "D"):
            letters[-1] = "đ" if prev == "d" else "Đ"
        elif low in "aeo" and prev.lower() == low:
            letters[-1] = _with(prev, HAT)
        elif low == "w" and prev.lower() == "a":
            letters[-1] = _with(prev, BREVE)
        elif low == "w" and prev.lower() in ("o", "u"):
            letters[-1] = _with(prev, HORN)
            if prev.lower() == "o" and len(letters) > 1 and letters[-2].lower() == "u":
                letters[-2] = _with(letters[-2], HORN)
        elif low == "w":
            letters.append("ư" if key == "w" else "Ư")
        elif low in TONES and not tone and any(_is_vowel(ch) for ch in letters):
            tone = TONES[low]
        else:
            letters.append(key)
    if tone:
        target = _tone_target(letters)
        letters[target] = _with(letters[target], tone)
    return "".join(letters)


def telex(keys: str) -> str:
    """What appears in the field when `keys` are typed with Telex on."""
    return "".join(_word(p) if p.isalpha() else p for p in re.split(r"([A-Za-z]+)", keys))
