"""What a scanned or typed code means at the till: a product, maybe with a weighed amount.

A USB scanner is a keyboard, so whatever the laptop's input method does to typed keys it also
does to scanned ones. Vietnamese laptops nearly always run Unikey or EVKey in Telex mode,
which composes letters as they arrive: the SKU "DDS-TRAF-01" reaches the till as "ĐS-TRÀ-01"
('dd' → 'đ', 'f' after a vowel → the grave tone). Digits-only EAN codes pass untouched, but
any SKU with letters would be "not found" with Telex on, and asking a booth worker to switch
the input method off before every scan (and on again to type a name) does not work at a fair.

So a code is looked up as it arrived first, then with the Telex composition undone
(telex_undo: each composed letter back to the keys that made it). The undone form is only
tried for a scanner's burst of keys: a person typing "trà" means a name search, and turning
it into the SKU "TRAF" would surprise her. A 13-digit in-store code that no product holds may
be a label-scale code carrying a weight or a price (services.scale_codes).

Unikey's rules are not reversible in every corner (a tone key may be typed anywhere after
the vowel, 'w' alone makes 'ư'), so candidates() gives the few plausible raw spellings in the
order they are most likely; the catalog decides which one exists.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from itertools import product as combinations

from app.db import Database
from app.services import catalog, scale_codes
from app.services.catalog import ProductInfo
from app.services.scale_codes import ScaleReading

# Unikey's Telex keys for the five tones, by the combining mark each one adds.
TONE_KEYS = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
MAX_CANDIDATES = 6  # raw + a handful of Telex spellings: every one is a database lookup


def _is_vietnamese_letter(ch: str) -> bool:
    """A letter Telex composes: đ, or a Latin vowel carrying a hat, horn, breve or tone."""
    if ch in "đĐ":
        return True
    decomposed = unicodedata.normalize("NFD", ch)
    return len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha()


def _split_words(text: str) -> list[str]:
    """Runs of letters and runs of everything else: Telex works within a word, and a hyphen,
    a space or a digit ends one."""
    parts: list[str] = []
    for ch in text:
        letter = ch.isalpha()
        if parts and parts[-1][0].isalpha() == letter:
            parts[-1] += ch
        else:
            parts.append(ch)
    return parts


def _undo_word(word: str, tone_at_end: bool, lone_w: bool) -> str:
    """The keys that made one composed word.

    tone_at_end: put the tone key after the whole word (how people and Unikey's examples
    type, "traf"), else right after the toned vowel ("tafn" vs "tanf" give the same "tàn").
    lone_w: Telex's shortcuts, 'ư' as a bare 'w' and 'ươ' as 'uow', rather than 'uw'/'uwow'.
    """
    keys: list[str] = []
    tone = ""
    for index, ch in enumerate(word):
        if ch in "đĐ":
            keys.append(ch.translate(str.maketrans("đĐ", "dD")) * 2)
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        upper = base.isupper()
        w = "W" if upper else "w"
        out, tone_key = base, ""
        for mark in marks:  # NFD puts a dot below before a hat: collect, then assemble
            if mark == _CIRCUMFLEX:
                out = base * 2
            elif mark in (_BREVE, _HORN):
                out = base + w
                if lone_w and base in "uU":  # 'ươ' as 'uow', a lone 'ư' as 'w'
                    after = unicodedata.normalize("NFD", word[index + 1:index + 2])
                    out = base if after[:1] in ("o", "O") and _HORN in after else w
            elif mark in TONE_KEYS:
                tone_key = TONE_KEYS[mark].upper() if upper else TONE_KEYS[mark]
            else:
                out += mark  # a mark Telex never makes: keep it as it came
        if tone_at_end:
            tone = tone_key or tone
        else:
            out += tone_key
        keys.append(out)
    return unicodedata.normalize("NFC", "".join(keys)) + tone


def telex_undo(text: str, tone_at_end: bool = True, lone_w: bool = False) -> str:
    """The keys Telex turned into `text`: 'ĐS-TRÀ-01' → 'DDS-TRAF-01'.

    Letters Telex did not touch, digits and symbols stay as they are; each word's tone key
    goes after the word (or after its vowel with tone_at_end=False)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        _undo_word(part, tone_at_end, lone_w)
        if part[0].isalpha() and any(_is_vietnamese_letter(c) for c in part) else part
        for part in _split_words(text)
    )


def has_telex_letters(text: str) -> bool:
    """True when text holds a letter Telex may have composed (so undoing it changes it)."""
    return any(_is_vietnamese_letter(ch) for ch in unicodedata.normalize("NFC", text))


def candidates(text: str) -> list[str]:
    """The spellings to look a scanned code up by: as it arrived first, then with Telex undone
    (tone key after the word, then after the vowel; 'ư' as 'uw', then as 'w')."""
    raw = text.strip()
    found = [raw] if raw else []
    if not has_telex_letters(raw):
        return found
    for tone_at_end, lone_w in combinations((True, False), (False, True)):
        spelling = telex_undo(raw, tone_at_end=tone_at_end, lone_w=lone_w)
        if spelling not in found:
            found.append(spelling)
    return found[:MAX_CANDIDATES]


@dataclass(frozen=True)
class ScanMatch:
    """What a code found: the product, the spelling that found it, and for a scale label the
    weighed amount to sell (None: one piece, or ask the weight)."""

    product: ProductInfo
    code: str
    quantity: Decimal | None = None
    reading: ScaleReading | None = None


def find_scanned(db: Database, text: str, from_scanner: bool) -> ScanMatch | None:
    """The product a code at the till means, or None (the till may then search by name).

    Exact barcode or SKU (case-insensitive) for each candidate spelling (the Telex-undone
    ones only when the keys came from a scanner), then a label-scale code. A scale code that
    cannot be sold (wrong check digit, unknown PLU, a product not sold by weight) raises a
    BoothError saying so, because "not found" would send the cashier looking for the wrong
    fault.
    """
    spellings = candidates(text) if from_scanner else [text.strip()]
    for spelling in spellings:
        product = catalog.lookup_code(db, spelling)
        if product is not None:
            return ScanMatch(product=product, code=spelling)
    raw = text.strip()
    rules = scale_codes.load_rules(db) if scale_codes.may_be_scale_code(raw) else []
    reading = scale_codes.parse_scale_code(raw, rules) if rules else None
    if reading is None:
        return None
    product, quantity = scale_codes.weighed_line(db, reading, rules)
    return ScanMatch(product=product, code=raw, quantity=quantity, reading=reading)
