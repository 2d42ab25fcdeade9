"""Barcodes and QR codes as vector paths, encoded once per value.

Bars and modules are drawn as filled rectangles in a PDF path (adjacent dark modules merged
into one rectangle) rather than as images, so they stay crisp at any printer resolution and
the file stays small. Each symbol is turned into a ready PDF path string in symbol units
once and cached: encoding a QR code is by far the slowest part of a label (segno spends most
of its time scoring the eight masks), and a batch prints the same product many times.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from barcode import EAN8, EAN13, Code128

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.gtin import validate_barcode

QR_ERROR = "M"
QR_QUIET = 2  # modules of white kept around a QR inside its box (the label margin adds more)
CACHE_SIZE = 8192


@dataclass(frozen=True)
class BarSymbol:
    """A linear barcode: bar path in module units, plus where its human-readable digits go."""

    kind: str  # "ean13" | "ean8" | "code128"
    value: str  # what a scanner reads
    modules: int  # width of the bars, quiet zones excluded
    quiet_left: int
    quiet_right: int
    path: str  # "x 0 w 1 re" per bar: unit height, y up, drawn scaled to the bar height
    guards: str  # the taller guard bars of EAN, same units
    text_groups: tuple[tuple[str, float, float], ...]  # (digits, from module, to module)


@dataclass(frozen=True)
class QrSymbol:
    payload: str
    version: int
    size: int  # modules per side, quiet zone excluded
    path: str  # "x y w 1 re" per run of dark modules, y up from the bottom row


def _runs(bits: str, y: int = 0) -> list[str]:
    """One `re` per run of '1's: x, y, width, height 1 (split on '0' runs in C, which is
    what keeps a thousand distinct QR codes cheap)."""
    out: list[str] = []
    ys = f" {y} "
    x = 0
    for piece in bits.split("0"):
        if piece:
            out.append(f"{x}{ys}{len(piece)} 1 re")
            x += len(piece) + 1
        else:
            x += 1
    return out


def symbology_for(code: str) -> str:
    """EAN-13 for 12/13 digits (UPC-A prints as EAN-13 with a leading 0), EAN-8, else Code128."""
    return {8: "ean8", 12: "ean13", 13: "ean13"}.get(len(code), "code128")


def check_barcode(code: str, product: str) -> str:
    """Our own check-digit validation, naming the product: python-barcode would silently
    print a corrected (different, valid-looking) number instead."""
    try:
        return validate_barcode(code)
    except ValidationError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Sản phẩm “{product}”: {problem}. Nhãn này không được in."),
            product=product, problem=error.text,
        ) from None


_EAN_GUARDS = {"ean13": ((0, 3), (45, 50), (92, 95)), "ean8": ((0, 3), (31, 36), (64, 67))}


@lru_cache(maxsize=CACHE_SIZE)
def bar_symbol(code: str, kind: str | None = None) -> BarSymbol:
    """Bar pattern of an already validated GTIN (or any ASCII text for Code128)."""
    kind = kind or symbology_for(code)
    if kind == "ean13":
        value = code.zfill(13)
        pattern = EAN13(value).build()[0]
        groups = ((value[0], -8.0, -1.0), (value[1:7], 3.0, 45.0), (value[7:], 50.0, 92.0))
        quiet = (11, 7)
    elif kind == "ean8":
        value = code
        pattern = EAN8(value).build()[0]
        groups = ((value[:4], 3.0, 31.0), (value[4:], 36.0, 64.0))
        quiet = (7, 7)
    else:
        value = code
        pattern = Code128(value).build()[0]
        groups = ((value, 0.0, float(len(pattern))),)
        quiet = (10, 10)
    guard_bits, plain_bits = "0" * len(pattern), pattern
    for a, b in _EAN_GUARDS.get(kind, ()):
        guard_bits = guard_bits[:a] + pattern[a:b] + guard_bits[b:]
        plain_bits = plain_bits[:a] + "0" * (b - a) + plain_bits[b:]
    return BarSymbol(
        kind=kind, value=value, modules=len(pattern), quiet_left=quiet[0],
        quiet_right=quiet[1], path=" ".join(_runs(plain_bits)),
        guards=" ".join(_runs(guard_bits)), text_groups=groups,
    )


def encode_rows_segno(payload: str) -> list[str]:
    """Rows of '1' (dark) and '0', quiet zone excluded; segno scores all eight masks in pure
    Python (~9 ms a code), which is why the faster encoder below is preferred."""
    import segno

    code = segno.make_qr(payload, error=QR_ERROR.lower(), boost_error=False)
    return ["".join("1" if v else "0" for v in row) for row in code.matrix]


def encode_rows_qrcode(payload: str) -> list[str]:
    """The other pure-Python encoder, kept for the benchmark (bench/labels.py) to compare."""
    import qrcode  # a dev dependency only

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return ["".join("1" if v else "0" for v in row) for row in code.get_matrix()]


def encode_rows_zxing(payload: str) -> list[str]:
    """zxing-cpp's C++ writer (same standard, mask chosen by the same penalty rules), about
    sixteen times faster than segno."""
    import zxingcpp

    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=QR_ERROR)
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    size = image.shape[0]
    data = image.tobytes().translate(_ZXING_TO_BITS).decode("ascii")
    return [data[i * size:(i + 1) * size] for i in range(size)]


_ZXING_TO_BITS = bytes(0x31 if b < 0x80 else 0x30 for b in range(256))  # dark pixel -> "1"


def _pick_encoder() -> Callable[[str], list[str]]:
    try:
        import zxingcpp  # noqa: F401
    except ImportError:
        return encode_rows_segno
    return encode_rows_zxing


ENCODER = _pick_encoder()


@lru_cache(maxsize=CACHE_SIZE)
def qr_symbol(payload: str) -> QrSymbol:
    """QR code of `payload` at error correction M, as a cached vector path."""
    rows = ENCODER(payload)
    size = len(rows)
    parts: list[str] = []
    for row_index, row in enumerate(rows):
        parts.extend(_runs(row, size - 1 - row_index))
    return QrSymbol(payload=payload, version=(size - 17) // 4, size=size, path=" ".join(parts))


def qr_side_needed(payload: str, min_module_mm: float) -> float:
    """Smallest square (mm) that holds this payload's QR with modules of `min_module_mm`."""
    return (qr_symbol(payload).size + 2 * QR_QUIET) * min_module_mm


def clear_caches() -> None:
    """For the benchmark: measure a cold start."""
    bar_symbol.cache_clear()
    qr_symbol.cache_clear()
