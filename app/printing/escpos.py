"""ESC/POS bytes for a receipt printer: initialise, open the drawer, print a raster, cut.

Only the handful of commands every ESC/POS printer (Epson TM, Xprinter, Gprinter, Rongta...)
has understood for twenty years, written here rather than pulled in through python-escpos:
the receipt is already a picture (app.printing.raster), so text modes, code pages and the
printer profiles that library carries are never used, and a small encoder can be tested
byte for byte (tests/unit/escpos_reader.py reads the stream back).

    ESC @                 initialise (clears a half-received job of a previous attempt)
    ESC p m t1 t2         drawer kick pulse on pin m, t1 x 2 ms on, t2 x 2 ms off
    GS v 0 m xL xH yL yH  raster bit image, x bytes a row, y rows; 1 = ink, MSB = leftmost
    ESC J n               feed n dots (blank paper is fed, not sent as rows of zeros)
    GS V 66 n             feed to the cutter (+ n) and cut partially
"""

from __future__ import annotations

from PIL import Image

ESC, GS = b"\x1b", b"\x1d"
INIT = ESC + b"@"
BAND_ROWS = 240  # rows per raster command: cheap printers have small receive buffers
MIN_FEED_ROWS = 12  # a blank run this long is fed instead of sent (saves 48-72 bytes a row)
KICK_PIN = 0  # connector pin 2, where drawers are usually wired
KICK_ON_MS, KICK_OFF_MS = 100, 500


def kick(pin: int = KICK_PIN, on_ms: int = KICK_ON_MS, off_ms: int = KICK_OFF_MS) -> bytes:
    """The pulse that opens a cash drawer plugged into the printer's RJ11/RJ12 port."""
    if pin not in (0, 1):
        raise ValueError(f"drawer pin must be 0 (pin 2) or 1 (pin 5), got {pin}")
    return ESC + b"p" + bytes((pin, min(255, on_ms // 2), min(255, off_ms // 2)))


def feed(dots: int) -> bytes:
    out = bytearray()
    while dots > 0:
        step = min(255, dots)
        out += ESC + b"J" + bytes((step,))
        dots -= step
    return bytes(out)


def cut() -> bytes:
    return GS + b"V" + bytes((66, 0))


def _raster_block(rows: list[bytes]) -> bytes:
    width = len(rows[0])
    header = GS + b"v0" + bytes((0, width & 0xFF, width >> 8, len(rows) & 0xFF, len(rows) >> 8))
    return header + b"".join(rows)


def ink_rows(image: Image.Image) -> list[bytes]:
    """One packed row per dot line, 1 = ink, from a picture where black is ink."""
    if image.width % 8:
        raise ValueError(f"raster width must be a multiple of 8 dots, got {image.width}")
    inverted = image.convert("L").point(lambda v: 255 if v < 128 else 0).convert("1")
    data = inverted.tobytes()
    step = image.width // 8
    return [data[i:i + step] for i in range(0, len(data), step)]


def raster(image: Image.Image) -> bytes:
    """The image as raster commands, long blank runs replaced by paper feeds."""
    out = bytearray()
    rows = ink_rows(image)
    blank = bytes(len(rows[0])) if rows else b""
    band: list[bytes] = []
    index = 0
    while index < len(rows):
        end = index
        while end < len(rows) and rows[end] == blank:
            end += 1
        if end - index >= MIN_FEED_ROWS:
            if band:
                out += _raster_block(band)
                band = []
            out += feed(end - index)
            index = end
            continue
        band.append(rows[index])
        index += 1
        if len(band) == BAND_ROWS:
            out += _raster_block(band)
            band = []
    if band:
        out += _raster_block(band)
    return bytes(out)


def job(image: Image.Image | None, open_drawer: bool = False, cut_paper: bool = True) -> bytes:
    """A whole print job. The drawer opens first, so the cashier counts change while the
    receipt prints; a job without an image (drawer only) feeds and cuts nothing."""
    out = bytearray(INIT)
    if open_drawer:
        out += kick()
    if image is not None:
        out += raster(image)
        if cut_paper:
            out += cut()
    return bytes(out)
