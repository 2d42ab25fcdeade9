"""Recognising Vietnamese text saved in a pre-Unicode encoding, so it is refused, not imported.

Catalog files from district offices are often made on machines that still type with the old
fonts: TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times"), or saved by Excel as Windows-1258. Read as
UTF-8 these give mojibake ("Trµ hoa vµng", "Traø hoa vaøng") that would then sit in the catalog,
print on labels and sync to the hub. We never guess-convert: the user is told which encoding the
file uses and to save it again as UTF-8 (Unikey's converter does that in one step).

Detection works on the bytes (a CSV that is not valid UTF-8) and on text already decoded (a
UTF-8 file or an XLSX whose cells were typed in a legacy font, which stores the legacy bytes as
Latin-1 characters). Both reduce to the same question: which legacy letters do we see?
- TCVN3 puts its most frequent letters (à á ả ạ ă â ê ô ơ ư đ ...) at bytes 0xA8-0xBE, where
  neither VNI nor real Vietnamese text ever has anything but rare punctuation.
- VNI writes a base letter followed by a mark byte; its marks ø ï û ä å ë ü and its ư (ö) and
  đ (ñ) are letters no Vietnamese word uses, and they are not in Windows-1258's repertoire for
  Vietnamese either.
- Windows-1258 (ă ơ ư đ at 0xE3 0xF5 0xFD 0xF0, tones as combining bytes) is what is left:
  any other single-byte file that decodes as cp1258 is named as that.
Real Vietnamese text (NFC) is full of letters outside Latin-1 (ă ơ ư đ ạ ế ...), which mojibake
never contains; that keeps genuine text with a stray "©" or "®" from being refused.

The encoders at the end exist so tests (and the benchmark) can make real legacy files.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError


class LegacyEncoding(StrEnum):
    TCVN3 = "TCVN3 (ABC)"
    VNI = "VNI"
    CP1258 = "Windows-1258"
    UNKNOWN = "không xác định"


# TCVN3 (TCVN 5712:1993, VN3): lower-case letters with every tone, upper-case only for the
# seven letters with a hat/horn/stroke (the ".VnTimeH" fonts reuse the lower-case bytes).
_TCVN3_TABLE = (
    "à\xb5 á\xb8 ả\xb6 ã\xb7 ạ\xb9 ă\xa8 ằ\xbb ắ\xbe ẳ\xbc ẵ\xbd ặ\xc6 â\xa9 ầ\xc7 ấ\xca ẩ\xc8 "
    "ẫ\xc9 ậ\xcb è\xcc é\xd0 ẻ\xce ẽ\xcf ẹ\xd1 ê\xaa ề\xd2 ế\xd5 ể\xd3 ễ\xd4 ệ\xd6 ì\xd7 í\xdd "
    "ỉ\xd8 ĩ\xdc ị\xde ò\xdf ó\xe3 ỏ\xe1 õ\xe2 ọ\xe4 ô\xab ồ\xe5 ố\xe8 ổ\xe6 ỗ\xe7 ộ\xe9 ơ\xac "
    "ờ\xea ớ\xed ở\xeb ỡ\xec ợ\xee ù\xef ú\xf3 ủ\xf1 ũ\xf2 ụ\xf4 ư\xad ừ\xf5 ứ\xf8 ử\xf6 ữ\xf7 "
    "ự\xf9 ỳ\xfa ý\xfd ỷ\xfb ỹ\xfc ỵ\xfe đ\xae Ă\xa1 Â\xa2 Ê\xa3 Ô\xa4 Ơ\xa5 Ư\xa6 Đ\xa7"
)
TCVN3: dict[str, int] = {pair[0]: ord(pair[1]) for pair in _TCVN3_TABLE.split()}

# VNI-Windows: base letter, then a hat/breve byte and/or a tone byte (lower case shown; upper
# case uses the upper-case forms of the same Latin-1 letters).
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
# a/e/o with circumflex and a tone use one byte for both: ấ = "aá", ậ = "aä"; ă likewise.
_VNI_HAT_TONE = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}

_TCVN3_BLOCK = range(0xA1, 0xBF)  # TCVN3-only letters (see module docstring)
_VNI_MARKS = frozenset("øïûäåëüöñ" "ØÏÛÄÅËÜÖÑ")
# Pairs no Vietnamese word has, but VNI writes for ấ ầ ẫ â ế ề ễ ê ố ô ắ ằ ă (base + hat byte).
_VNI_PAIRS = re.compile("[aeAE][âáàãÂÁÀÃ]|[oO][âÂ]|[aA][êéèÊÉÈ]")
_VIET_ONLY = frozenset(
    "ăđơưĂĐƠƯĩũĨŨ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
)


def _as_bytes(text: str) -> bytes:
    """Text that came from single-byte data back to its bytes (non-Latin-1 chars dropped)."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                continue
    return bytes(out)


def _vni_count(text: str) -> int:
    return sum(1 for ch in text if ch in _VNI_MARKS) + len(_VNI_PAIRS.findall(text))


def _guess_from_bytes(data: bytes) -> LegacyEncoding | None:
    high = sum(1 for b in data if b >= 0x80)
    if not high:
        return None
    tcvn = sum(1 for b in data if b in _TCVN3_BLOCK)
    vni = _vni_count(data.decode("latin-1"))
    if tcvn and tcvn * 4 >= high:
        return LegacyEncoding.TCVN3
    if vni:
        return LegacyEncoding.VNI
    try:
        data.decode("cp1258")
    except UnicodeDecodeError:
        return LegacyEncoding.UNKNOWN
    # Any other single-byte file: for Vietnamese text, Excel's "CSV" on Windows is cp1258.
    return LegacyEncoding.CP1258


def legacy_in_text(text: str) -> LegacyEncoding | None:
    """The legacy encoding decoded text is mojibake of, or None for genuine Unicode text."""
    viet = sum(1 for ch in text if ch in _VIET_ONLY)
    data = _as_bytes(text)
    tcvn = sum(1 for b in data if b in _TCVN3_BLOCK)
    vni = _vni_count(text)
    markers = max(tcvn, vni)
    if markers < 3 or viet * 10 > markers:
        return None
    guess = _guess_from_bytes(data)
    return guess if guess in (LegacyEncoding.TCVN3, LegacyEncoding.VNI) else None


def decode_utf8(data: bytes, filename: str) -> str:
    """UTF-8 text of a file (BOM or not), or a ValidationError naming the legacy encoding."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise legacy_error(filename, _guess_from_bytes(data) or LegacyEncoding.UNKNOWN) from None
    found = legacy_in_text(text)
    if found is not None:
        raise legacy_error(filename, found)
    return text


def legacy_error(filename: str, encoding: LegacyEncoding) -> ValidationError:
    if encoding is LegacyEncoding.UNKNOWN:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Tệp {file} không phải UTF-8 (bảng mã không xác định): "
                "hãy lưu lại dưới dạng UTF-8",
            ),
            file=filename,
            encoding=str(encoding),
        )
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Tệp {file} dùng bảng mã {encoding}, không phải UTF-8: hãy lưu lại dưới dạng UTF-8",
        ),
        file=filename,
        encoding=str(encoding),
    )


# ------------------------------------------------------------------ encoders (for test data)


def encode_tcvn3(text: str) -> bytes:
    """Vietnamese text as a TCVN3 file would hold it; upper-case toned letters go lower-case."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in TCVN3:
            out.append(TCVN3[ch])
        elif ch.lower() in TCVN3:
            out.append(TCVN3[ch.lower()])
        else:
            raise ValueError(f"no TCVN3 byte for {ch!r}")
    return bytes(out)


def _vni_letter(ch: str) -> str:
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    upper = base.isupper()
    tone = next((m for m in marks if m in _VNI_TONES), "")
    hat = "\u0302" in marks
    breve = "\u0306" in marks
    horn = "\u031b" in marks
    low = base.lower()
    if low == "đ":
        out = "ñ"
    elif hat and low in "aeo":
        out = low + _VNI_HAT_TONE[tone]
    elif breve and low == "a":
        out = "a" + _VNI_BREVE_TONE[tone]
    elif horn and low in "ou":
        out = ("ô" if low == "o" else "ö") + (_VNI_TONES[tone] if tone else "")
    elif low == "i" and tone:
        out = _VNI_I[tone]
    elif low == "y" and tone == "\u0323":
        out = "î"
    else:
        out = low + (_VNI_TONES[tone] if tone else "")
    return out.upper() if upper else out


def encode_vni(text: str) -> bytes:
    """Vietnamese text as a VNI-Windows file would hold it (cp1252 bytes)."""
    letters = (ch if ord(ch) < 0x80 else _vni_letter(ch) for ch in unicodedata.normalize("NFC", text))
    return "".join(letters).encode("cp1252")


def encode_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 holds it: base letters precomposed, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = next((m for m in parts[1:] if m in _VNI_TONES), "")
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m != tone))
        out += (base + tone).encode("cp1258")
    return bytes(out)
