"""A batch of labels to one PDF, straight onto a reportlab canvas.

Everything that could spoil a batch is checked before the first label is drawn: the stock
and the start position, whether the template fits the stock, every barcode's check digit
(that product's labels are left out and named), and whether each QR payload fits its box at
a module size the printer can render (the message names the smallest stock that fits).
Identical labels are drawn once as a PDF form and placed many times, so 500 copies of a
price label cost little more time or bytes than one.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from app.labels.codes import check_barcode, qr_side_needed
from app.labels.draw import draw_label, qr_module_mm
from app.labels.items import LabelItem
from app.labels.specs import LabelLibrary, Placement, Stock, Template, mm, place
from app.labels.text import PT_PER_MM, font_name
from app.printing.fonts import register_fonts
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError

MAX_COPIES = 1000
MAX_LABELS = 100_000
PROGRESS_EVERY = 50

Progress = Callable[[int, int], None]  # labels done, labels in all


@dataclass(frozen=True)
class Skipped:
    """A product whose labels were left out, and why (already in the user's words)."""

    key: str
    name: str
    message: str


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    pages: int
    labels: int
    per_page: int
    start_at: int
    skipped: tuple[Skipped, ...]


class Cancelled(StateError):
    """The user stopped a long batch; nothing was written."""


def _check_job(stock: Stock, count: int, copies: int, start_at: int) -> None:
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Số bản in phải từ 1 đến {max} (đã nhập {value})"),
            max=MAX_COPIES, value=copies,
        )
    if stock.kind == "roll" and start_at != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“Bắt đầu từ nhãn” chỉ dùng cho tờ nhãn; khổ “{stock}” là cuộn"
            ),
            stock=stock.title,
        )
    if not 1 <= start_at <= stock.per_page:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Vị trí bắt đầu phải từ 1 đến {max} (tờ “{stock}” có {max} nhãn)"
            ),
            max=stock.per_page, stock=stock.title,
        )
    if count * copies > MAX_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Quá nhiều nhãn trong một lần in: {count} (tối đa {max})"),
            count=count * copies, max=MAX_LABELS,
        )


def _smallest_fitting(library: LabelLibrary | None, template: Template, source: str,
                      payload: str) -> str:
    """Title of the smallest stock on which this template's QR box holds the payload."""
    if library is None:
        return "—"
    for stock in library.stocks_fitting(template):
        placement = place(template, stock)
        for field in placement.layout.fields:
            if field.type == "qr" and field.source == source:
                side = min(field.box[2], field.box[3]) * placement.scale
                if side >= qr_side_needed(payload, field.min_module) - 1e-6:
                    return stock.title
    return "—"


def _check_qr(template: Template, stock: Stock, placement: Placement, item: LabelItem,
              library: LabelLibrary | None) -> None:
    for field in placement.layout.fields:
        if field.type != "qr":
            continue
        payload = item.payment if field.source == "payment" else item.trace_url
        if not payload:
            continue
        module = qr_module_mm(field, payload) * placement.scale
        if module >= field.min_module - 1e-9:
            continue
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Mã QR của “{product}” quá dài ({chars} ký tự) cho khổ “{stock}”: ô QR "
                "{have} mm, cần ít nhất {need} mm. Khổ nhỏ nhất vừa: {smallest}",
            ),
            product=item.name, chars=len(payload), stock=stock.title,
            have=mm(round(min(field.box[2], field.box[3]) * placement.scale, 1)),
            need=mm(round(qr_side_needed(payload, field.min_module) + 0.05, 1)),
            smallest=_smallest_fitting(library, template, field.source, payload),
        )


def check_items(template: Template, stock: Stock, placement: Placement,
                items: Sequence[LabelItem], library: LabelLibrary | None
                ) -> tuple[list[LabelItem], list[Skipped]]:
    """Items that may print, and those left out (a wrong check digit), each named once."""
    needs_payment = template.data == "payment"
    good: list[LabelItem] = []
    skipped: dict[str, Skipped] = {}
    checked: dict[LabelItem, bool] = {}
    for item in items:
        ok = checked.get(item)
        if ok is None:
            ok = True
            if needs_payment and not item.payment:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Mẫu “{title}” cần mã VietQR của quầy"),
                    title=template.title,
                )
            if item.barcode and not needs_payment:
                try:
                    check_barcode(item.barcode, item.name)
                except ValidationError as error:
                    skipped.setdefault(item.key, Skipped(item.key, item.name, error.text))
                    ok = False
            if ok:
                _check_qr(template, stock, placement, item, library)
            checked[item] = ok
        if ok:
            good.append(item)
    return good, list(skipped.values())


def _new_canvas(buffer: io.BytesIO, stock: Stock, title: str) -> Canvas:
    register_fonts()
    canvas = Canvas(buffer, pagesize=(stock.page[0] * PT_PER_MM, stock.page[1] * PT_PER_MM),
                    pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("OCOP Booth")
    canvas.setCreator("OCOP Booth")
    return canvas


def _label_origin(stock: Stock, position: int, offset: tuple[float, float]) -> tuple[float, float]:
    """Bottom-left of a label position in PDF points (y up), calibration offset applied."""
    x, y = stock.origin(position)
    return ((x + offset[0]) * PT_PER_MM,
            (stock.page[1] - y - stock.label[1] - offset[1]) * PT_PER_MM)


def _outline(canvas: Canvas, stock: Stock, position: int, offset: tuple[float, float],
             fill: bool = False) -> None:
    x, y = _label_origin(stock, position, offset)
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.6)
    canvas.setFillGray(0.88)
    radius = stock.corner_radius * PT_PER_MM
    canvas.roundRect(x, y, stock.label[0] * PT_PER_MM, stock.label[1] * PT_PER_MM, radius,
                     stroke=1, fill=1 if fill else 0)
    canvas.restoreState()


def _on_dot(points: float, dot_mm: float) -> float:
    """A layout origin (PDF points from the page's corner) moved onto the printer's dot grid,
    so the symbols that draw.snap_position puts on whole dots of the layout are on whole dots
    of the paper too (at most half a dot, 0.06 mm at 203 dpi, of shift)."""
    if dot_mm <= 0:
        return points
    return round(points / PT_PER_MM / dot_mm) * dot_mm * PT_PER_MM


def render_labels(
    template: Template,
    stock: Stock,
    items: Sequence[LabelItem],
    *,
    today: date,
    copies: int = 1,
    start_at: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    max_pages: int | None = None,
    outlines: bool = False,
    library: LabelLibrary | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    dot_mm: float | None = None,
    codes: bool = True,
) -> RenderResult:
    """One PDF page per sheet (or per roll label), labels in order, each item `copies` times.

    `start_at` is the first free position on a half-used sheet (1-based, row by row);
    `offset_mm` shifts everything for a printer's calibration; `max_pages` and `outlines`
    serve the preview (outlines also shade the positions skipped by `start_at`). `dot_mm` is
    the printer dot bars and QR modules are snapped to (default: the stock's dpi); a label
    printer fed a bitmap (app.printing.tspl) passes its exact dot, 1/8 or 1/12 mm, and
    `codes=False`: it paints the bars and QR modules on the bitmap itself, because a PDF
    rasteriser may put a bar edge that sits exactly on a dot boundary on either side of it.
    """
    _check_job(stock, len(items), copies, start_at)
    dot = stock.dot_mm if dot_mm is None else dot_mm
    placement = place(template, stock)
    good, skipped = check_items(template, stock, placement, items, library)
    if not good:
        if skipped:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Không có nhãn nào để in: {problems}"),
                problems="; ".join(s.message for s in skipped),
            )
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Chưa chọn sản phẩm nào để in nhãn"))
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, stock, f"{template.title} – {stock.title}")
    layout = placement.layout
    unit = placement.scale * PT_PER_MM
    forms: dict[LabelItem, str] = {}
    uses = Counter(good)
    total = len(good) * copies
    position, pages, done = start_at - 1, 1, 0
    if outlines:
        for skipped_position in range(position):
            _outline(canvas, stock, skipped_position, offset_mm, fill=True)
    for item in good:
        if max_pages is not None and pages >= max_pages and position == stock.per_page:
            break
        # A label printed more than once becomes a form (drawn once, placed many times);
        # a one-off is drawn inline, which spares the form's dictionary.
        name = forms.get(item)
        if name is None and uses[item] * copies > 1:
            name = forms[item] = f"L{len(forms)}"
            canvas.beginForm(name, 0, 0, layout.size[0], layout.size[1])
            draw_label(canvas, layout, item, today, placement.scale, dot, codes)
            canvas.endForm()
        for _ in range(copies):
            if position == stock.per_page:
                if max_pages is not None and pages >= max_pages:
                    break
                canvas.showPage()
                pages, position = pages + 1, 0
            x, y = _label_origin(stock, position, offset_mm)
            if outlines:
                _outline(canvas, stock, position, offset_mm)
            canvas.saveState()
            canvas.transform(unit, 0, 0, unit, _on_dot(x + placement.dx * PT_PER_MM, dot),
                             _on_dot(y + placement.dy * PT_PER_MM, dot))
            if name is None:
                draw_label(canvas, layout, item, today, placement.scale, dot, codes)
            else:
                canvas.doForm(name)
            canvas.restoreState()
            position, done = position + 1, done + 1
            if done % PROGRESS_EVERY == 0:
                if progress is not None:
                    progress(done, total)
                if cancelled is not None and cancelled():
                    raise Cancelled(QT_TRANSLATE_NOOP("errors", "Đã dừng in nhãn"))
    canvas.showPage()
    canvas.save()
    if progress is not None:
        progress(total, total)
    return RenderResult(buffer.getvalue(), pages, done, stock.per_page, start_at, tuple(skipped))


def render_alignment_page(stock: Stock, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """One test page: every label outlined with a cross at its centre and its number, plus a
    50 mm ruler, printed with the printer's current offsets. Hold it against a real sheet to
    read the x/y correction."""
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, stock, f"In thử căn lề – {stock.title}")
    font = font_name(False, True)
    for position in range(stock.per_page):
        x, y = _label_origin(stock, position, offset_mm)
        w, h = stock.label[0] * PT_PER_MM, stock.label[1] * PT_PER_MM
        canvas.setLineWidth(0.4)
        canvas.roundRect(x, y, w, h, stock.corner_radius * PT_PER_MM, stroke=1, fill=0)
        cx, cy, arm = x + w / 2, y + h / 2, 3 * PT_PER_MM
        canvas.line(cx - arm, cy, cx + arm, cy)
        canvas.line(cx, cy - arm, cx, cy + arm)
        canvas.setFont(font, min(7, h / 5))
        canvas.drawString(x + 1.5 * PT_PER_MM, y + h - 1.5 * PT_PER_MM - min(7, h / 5) * 0.8,
                          str(position + 1))
    page_w, page_h = stock.page[0] * PT_PER_MM, stock.page[1] * PT_PER_MM
    ruler = min(50.0, stock.page[0] - 4)
    x0, y0 = (page_w - ruler * PT_PER_MM) / 2, min(4 * PT_PER_MM, page_h / 4)
    canvas.setLineWidth(0.3)
    canvas.line(x0, y0, x0 + ruler * PT_PER_MM, y0)
    for tick in range(int(ruler) + 1):
        length = (2 if tick % 10 == 0 else 1 if tick % 5 == 0 else 0.5) * PT_PER_MM
        canvas.line(x0 + tick * PT_PER_MM, y0, x0 + tick * PT_PER_MM, y0 + length)
    canvas.setFont(font, 6)
    caption = (f"In thử căn lề – {stock.title} – lệch X {mm(offset_mm[0])} mm, "
               f"Y {mm(offset_mm[1])} mm – thước {mm(ruler)} mm")
    canvas.drawCentredString(page_w / 2, y0 + 2.5 * PT_PER_MM, caption)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_pdf(path: Path, data: bytes) -> Path:
    """Write via a temporary file and rename, so a crash never leaves half a sheet of labels."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path
