"""Labels straight to a thermal label printer in TSPL (TSC, Xprinter XP-3xx, Gprinter GP-1x,
HPRT, Zebra in TSPL mode...), as one bitmap a label, at the printer's own dots.

Why a bitmap and not the printer's TEXT/BARCODE/QRCODE commands: its fonts have no Vietnamese
("ư", "ộ", "₫"), and the label must say what the PDF says. So each label is the very PDF page
the `labels` command writes, at exactly the printer's dot grid, 8 dots/mm (203 dpi) or 12
(300 dpi), with its bars and QR modules in whole dots (app.printing.label_bitmap says how).
Each distinct label is rendered and sent once; its copies are the PRINT command's count.

Only roll stocks go this way: a label printer feeds one label at a time and senses the gap
between labels; an A4 sheet is refused before anything is rendered.

The job, per TSPL/TSPL2 (commands in ASCII, each ended by CR LF):

    SIZE 50 mm,30 mm          label width and height (once per job: the printer keeps it)
    GAP 2 mm,0 mm             gap between labels on the liner, and its offset
    DIRECTION 1,0             orientation (1 = turned 180° from 0), not mirrored
    REFERENCE 0,0
    CLS                       per label: clear the image buffer (all white),
    BITMAP x,y,w,h,0,<data>   w bytes a row (8 dots a byte, MSB leftmost), h rows, mode 0
                              (overwrite); bit 1 = white (no dot), bit 0 = black (dot burnt),
                              as TSC printers read it: the opposite of ESC/POS's raster
    PRINT 1,n                 print that label n times (copies of one label cost one bitmap)

Blank rows are not sent: each label goes as bands of rows that have ink, each cropped to the
bytes between its first and last dot (CLS has already made the rest white).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image

from app.labels.items import LabelItem
from app.labels.render import Cancelled, Skipped, _check_job, render_labels
from app.labels.specs import LabelLibrary, Placement, Stock, Template, mm, place
from app.printing.label_bitmap import qr_dots, rasterize
from app.printing.transports import TIMEOUT_S, PrinterError, PrinterTarget, parse_uri, send
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

PREFIX = "tspl+"
DOTS_PER_MM: dict[int, int] = {203: 8, 300: 12}  # 203.2 and 304.8 dpi, as the heads are made
DEFAULT_DPI = 203
DEFAULT_GAP_MM = 2.0  # die-cut rolls sold for these printers: 2 mm between labels
DIRECTION = 1
BAND_GAP_ROWS = 8  # a run of blank rows this long splits a label into two bitmaps

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TsplJob:
    """The bytes for the printer and what they hold, for the caller's message and the tests."""

    data: bytes
    labels: int  # labels that will come out of the printer, copies included
    bitmaps: int  # distinct labels rendered and sent
    skipped: tuple[Skipped, ...]
    render_ms: float
    dpi: int


def label_target(uri: str) -> PrinterTarget:
    """`tspl+tcp://HOST:PORT`, `tspl+usb://VID:PID`, `tspl+file:///dev/usb/lp0` or
    `tspl+serial:///dev/ttyUSB0`: the receipt printer's transports, named for TSPL so a
    receipt printer's address is never sent label bitmaps (it would print pages of garbage)."""
    text = uri.strip()
    if not text.lower().startswith(PREFIX):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Địa chỉ máy in nhãn “{uri}” không hợp lệ: dùng tspl+tcp://IP:9100, "
                "tspl+usb://VID:PID hoặc tspl+file:///dev/usb/lp0",
            ),
            uri=text,
        )
    try:
        target = parse_uri(text[len(PREFIX):])
    except ValidationError as error:
        raise ValidationError(error.template, **{**error.params, "uri": text}) from None
    return PrinterTarget(text, target.scheme, target.host, target.port, target.path,
                         target.vendor, target.product, target.baud)


def dots_per_mm(dpi: int) -> int:
    try:
        return DOTS_PER_MM[dpi]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Độ phân giải máy in nhãn phải là 203 hoặc 300 dpi "
                              "(đã nhập {dpi})"),
            dpi=dpi,
        ) from None


def check_roll(stock: Stock) -> None:
    """A label printer takes rolls only: refuse a sheet before any label is rendered."""
    if stock.kind != "roll":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Máy in nhãn chỉ in khổ cuộn; “{stock}” là tờ A4, hãy in ra PDF hoặc chọn "
                "khổ cuộn (50×30, 40×30, 35×22 mm)",
            ),
            stock=stock.title,
        )


def _ink_bands(ink: Image.Image) -> list[tuple[int, int]]:
    """Row ranges (start, end) that have ink, split at runs of BAND_GAP_ROWS blank rows
    (`ink`: mode "L", ink bright, paper 0)."""
    width, data = ink.width, ink.tobytes()
    blank_row = bytes(width)
    bands: list[tuple[int, int]] = []
    start, blank = None, 0
    for y in range(ink.height + BAND_GAP_ROWS):
        if y < ink.height and data[y * width:(y + 1) * width] != blank_row:
            if start is None:
                start = y
            blank = 0
        elif start is not None:
            blank += 1
            if blank == BAND_GAP_ROWS or y >= ink.height:
                bands.append((start, y - blank + 1))
                start, blank = None, 0
    return bands


def bitmap_commands(image: Image.Image) -> bytes:
    """BITMAP commands for the inked parts of a label (mode "1" image, 0 = dot)."""
    out = bytearray()
    ink = image.point(lambda v: 255 if v == 0 else 0, "L")
    for top, bottom in _ink_bands(ink):
        box = ink.crop((0, top, image.width, bottom)).getbbox()
        if box is None:
            continue
        left, right = box[0] // 8 * 8, -(-box[2] // 8) * 8
        band = Image.new("1", (right - left, bottom - top), 1)  # padding past the label: white
        band.paste(image.crop((left, top, min(right, image.width), bottom)), (0, 0))
        # PIL packs mode "1" MSB first with 1 = white: TSPL's own bit order and polarity.
        out += f"BITMAP {left},{top},{(right - left) // 8},{bottom - top},0,".encode("ascii")
        out += band.tobytes() + b"\r\n"
    return bytes(out)


def _number(value: float) -> str:
    return f"{value:g}"


def job_header(stock: Stock, gap_mm: float = DEFAULT_GAP_MM, direction: int = DIRECTION) -> bytes:
    lines = (
        f"SIZE {_number(stock.label[0])} mm,{_number(stock.label[1])} mm",
        f"GAP {_number(gap_mm)} mm,0 mm",
        f"DIRECTION {direction},0",
        "REFERENCE 0,0",
    )
    return "".join(line + "\r\n" for line in lines).encode("ascii")


def label_program(image: Image.Image, copies: int = 1) -> bytes:
    """One label: clear the buffer, its bitmap bands, print it `copies` times."""
    return b"CLS\r\n" + bitmap_commands(image) + f"PRINT 1,{copies}\r\n".encode("ascii")


def check_qr_dots(stock: Stock, placement: Placement, items: Sequence[LabelItem], dpi: int
                  ) -> None:
    """Refuse a QR code whose modules would not be whole dots at this printer's resolution
    (e.g. a 33-module URL in the price label's QR box on the 35×22 roll: 1.75 dots at
    203 dpi, where one dot is under the template's 0.2 mm minimum and two overflow onto the
    price): a smeared QR is one a phone may not read at the fair."""
    per_mm = dots_per_mm(dpi)
    for item in dict.fromkeys(items):
        for payload, dots in qr_dots(placement, item, per_mm):
            if abs(dots - round(dots)) > 1e-6:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Mã QR của “{product}” quá dài ({chars} ký tự) để in rõ ở khổ “{stock}” "
                        "trên máy in nhãn {dpi} dpi: mỗi ô của mã chỉ được {dots} chấm in. "
                        "Hãy chọn khổ lớn hơn hoặc in ra PDF",
                    ),
                    product=item.name, chars=len(payload), stock=stock.title, dpi=dpi,
                    dots=mm(round(dots, 2)),
                )


def _runs(items: Sequence[LabelItem]) -> list[tuple[LabelItem, int]]:
    """Consecutive identical labels (a receipt's units, copies) as one label and a count."""
    runs: list[tuple[LabelItem, int]] = []
    for item in items:
        if runs and runs[-1][0] == item:
            runs[-1] = (item, runs[-1][1] + 1)
        else:
            runs.append((item, 1))
    return runs


def build_job(
    template: Template,
    stock: Stock,
    items: Sequence[LabelItem],
    *,
    today: date,
    copies: int = 1,
    dpi: int = DEFAULT_DPI,
    gap_mm: float = DEFAULT_GAP_MM,
    library: LabelLibrary | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TsplJob:
    """The TSPL job for these labels: the same checks and drawing as the PDF (render_labels),
    at the printer's dot; each distinct label is rendered and sent once."""
    started = time.perf_counter()
    check_roll(stock)
    per_mm = dots_per_mm(dpi)
    if not 0 <= gap_mm <= 20:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Khe hở giữa hai nhãn phải từ 0 đến 20 mm (đã nhập {gap})"),
            gap=mm(gap_mm),
        )
    _check_job(stock, len(items), copies, 1)  # the PDF's limits on copies and batch size
    runs = _runs(items)
    placement = place(template, stock)
    check_qr_dots(stock, placement, items, dpi)
    result = render_labels(template, stock, [item for item, _ in runs], today=today,
                           library=library, dot_mm=1 / per_mm, codes=False)
    left_out = {skipped.key for skipped in result.skipped}
    kept = [(item, count * copies) for item, count in runs if item.key not in left_out]

    def each(done: int) -> None:
        if progress is not None:
            progress(done, len(kept))
        if cancelled is not None and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP("errors", "Đã dừng in nhãn"))

    images = rasterize(result.pdf, stock, placement, [item for item, _ in kept],
                       per_mm, each)
    out = bytearray(job_header(stock, gap_mm))
    for image, (_, count) in zip(images, kept, strict=True):
        out += label_program(image, count)
    return TsplJob(bytes(out), sum(count for _, count in kept), len(kept), result.skipped,
                   (time.perf_counter() - started) * 1000, dpi)


def send_job(target: PrinterTarget, data: bytes, timeout: float = TIMEOUT_S) -> None:
    """Deliver the job over the receipt printer's transports, failing in one line that names
    the label printer."""
    try:
        send(target, data, timeout)
    except PrinterError as error:
        raise PrinterError(
            QT_TRANSLATE_NOOP("errors", "Máy in nhãn {printer} không nhận lệnh in: {reason}"),
            printer=target.uri, reason=error.params.get("reason", error.text),
        ) from error
