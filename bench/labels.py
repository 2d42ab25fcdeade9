"""Benchmark: 1,000 price labels to PDF, beside glabels-3-batch rendering the same rows.

    .venv/bin/python bench/labels.py            # needs the Debian package glabels for the ratio
    .venv/bin/python bench/labels.py --n 5000

Each label has a Vietnamese product name, producer and locality, OCOP stars, a price, an
EAN-13 and a traceability QR (error correction M), on A4 sheets of 21 labels 63.5×38.1 mm.
The same 1,000 rows go to glabels as a CSV merge with an equivalent .glabels document
generated here (same sheet, same boxes). Both PDFs are rasterised (pypdfium2, 300 dpi) and
every code decoded with zxing-cpp. It also times the two QR encoders (segno, qrcode).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_gen import PLACES, generate  # noqa: E402

from app.labels import (  # noqa: E402
    LabelItem,
    codes,  # noqa: E402
    load_library,
    render_labels,
)
from app.labels.specs import place  # noqa: E402
from app.labels.text import fit_text  # noqa: E402
from app.services.money import format_dong  # noqa: E402

TODAY = date(2026, 11, 23)
TEMPLATE, STOCK = "price", "a4-21"
URL = "https://truyxuat.ocopquangninh.vn/sp/{sku}"


def make_items(n: int) -> list[LabelItem]:
    producers, products = generate(n, max(30, n // 4), seed=2026)
    items = []
    for p in products:
        maker = producers[p.producer]
        items.append(LabelItem(
            key=p.sku, name=p.name, producer=maker.name,
            locality=f"{maker.commune}, {maker.district}", price=p.price, unit=p.unit,
            barcode=p.barcode, sku=p.sku, stars=p.stars, star_expires_on=date(2028, 1, 1),
            trace_url=URL.format(sku=p.sku.lower()),
        ))
    assert PLACES  # the generator's places are what the names are made of
    return items


def time_encoders(items: list[LabelItem]) -> dict[str, float]:
    """ms per QR code for each encoder, on the same payloads."""
    out = {}
    for name, encode in (("segno", codes.encode_rows_segno),
                         ("qrcode", codes.encode_rows_qrcode),
                         ("zxing-cpp", codes.encode_rows_zxing)):
        started = time.perf_counter()
        for item in items:
            encode(item.trace_url or "")
        out[name] = (time.perf_counter() - started) * 1000 / len(items)
    return out


def render_ours(items: list[LabelItem], cold: bool) -> tuple[float, bytes]:
    library = load_library()
    if cold:
        codes.clear_caches()
        fit_text.cache_clear()
    started = time.perf_counter()
    result = render_labels(library.template(TEMPLATE), library.stock(STOCK), items, today=TODAY)
    return time.perf_counter() - started, result.pdf


def decode_pdf(path: Path, dpi: int = 300) -> tuple[int, set[str]]:
    """(pages, every decoded text) of a PDF, rasterised like a printer would (no smoothing)."""
    import pypdfium2 as pdfium
    import zxingcpp

    doc = pdfium.PdfDocument(str(path))
    found: set[str] = set()
    try:
        pages = len(doc)
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True, no_smoothpath=True).to_pil()
            found.update(r.text for r in zxingcpp.read_barcodes(image))
    finally:
        doc.close()
    return pages, found


def _mm(value: float) -> str:
    return f"{value:.3f}mm"


def glabels_document(csv_name: str) -> str:
    """The same sheet and boxes as our price template on A4 21-up, as a glabels-3 document."""
    library = load_library()
    stock = library.stock(STOCK)
    placement = place(library.template(TEMPLATE), stock)
    s, dx, dy = placement.scale, placement.dx, placement.dy
    objects = []
    affine = 'a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"'
    for f in placement.layout.fields:
        x, y, w, h = (dx + f.box[0] * s, dy + f.box[1] * s, f.box[2] * s, f.box[3] * s)
        geo = f'x="{_mm(x)}" y="{_mm(y)}" w="{_mm(w)}" h="{_mm(h)}" {affine}'
        if f.type in ("text", "price", "stars"):
            column = {"text": f.source, "price": "price", "stars": "stars"}[f.type]
            weight = "bold" if f.bold or f.type != "text" else "normal"
            size = f.size * s
            objects.append(
                f'<Object-text {geo} justify="{"right" if f.align == "right" else "left"}" '
                f'valign="top" auto_shrink="true"><Span font_family="DejaVu Sans Condensed" '
                f'font_size="{size:.1f}" font_weight="{weight}" font_italic="false" '
                f'color="0x000000ff" line_spacing="1"><Field name="{column}"/></Span>'
                f'</Object-text>')
        elif f.type == "barcode":
            objects.append(f'<Object-barcode {geo} backend="gnu-barcode" style="EAN-13" '
                           f'text="true" checksum="true" color="0x000000ff" field="barcode"/>')
        elif f.type == "qr":
            objects.append(f'<Object-barcode {geo} backend="libqrencode" style="IEC18004" '
                           f'text="false" checksum="true" color="0x000000ff" field="url"/>')
    (lw, lh), (cols, rows) = stock.label, stock.grid
    return f"""<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="OCOP" part="A4-21" size="A4" description={quoteattr(stock.title)}>
    <Meta category="label"/>
    <Label-rectangle id="0" width="{_mm(lw)}" height="{_mm(lh)}" round="{_mm(1.5)}"
        x_waste="0mm" y_waste="0mm">
      <Markup-margin size="1mm"/>
      <Layout nx="{cols}" ny="{rows}" x0="{_mm(stock.margins[0])}" y0="{_mm(stock.margins[1])}"
          dx="{_mm(stock.pitch[0])}" dy="{_mm(stock.pitch[1])}"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="false">
    {chr(10).join(objects)}
  </Objects>
  <Merge type="Text/Comma/Line1Keys" src={quoteattr(csv_name)}/>
</Glabels-document>
"""


def write_csv(items: list[LabelItem], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "producer_locality", "stars", "price", "barcode", "url"])
        for i in items:
            writer.writerow([i.name, i.producer_locality, "OCOP " + "★" * (i.stars or 0),
                             format_dong(i.price or 0), i.barcode, i.trace_url])


def run_glabels(items: list[LabelItem], folder: Path) -> tuple[float, Path] | str:
    """(seconds, pdf) or why it could not run."""
    batch = shutil.which("glabels-3-batch")
    if batch is None:
        return ("glabels-3-batch not found: install the Debian package glabels "
                "(apt-get install -y glabels) to compare; skipping the glabels part")
    write_csv(items, folder / "rows.csv")
    doc = folder / "price.glabels"
    doc.write_text(glabels_document("rows.csv"), encoding="utf-8")
    out = folder / "glabels.pdf"
    command = [batch, "-o", str(out), "-i", str(folder / "rows.csv"), str(doc)]
    env = {**os.environ, "NO_AT_BRIDGE": "1"}
    attempts = [command]
    if shutil.which("xvfb-run"):
        attempts.append(["xvfb-run", "-a", *command])
    last = ""
    for attempt in attempts:
        out.unlink(missing_ok=True)
        started = time.perf_counter()
        proc = subprocess.run(attempt, cwd=folder, env=env, capture_output=True, text=True,
                              timeout=1800)
        elapsed = time.perf_counter() - started
        if proc.returncode == 0 and out.exists() and out.stat().st_size > 0:
            how = "headless" if attempt is command else "under xvfb-run"
            print(f"glabels-3-batch ran {how}")
            return elapsed, out
        last = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
    return f"glabels-3-batch failed: {' | '.join(last)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    items = make_items(args.n)
    print(f"{len(items)} price labels, template {TEMPLATE}, stock {STOCK}")
    enc = time_encoders(items)
    print("QR encode, ms per code: " + ", ".join(f"{k} {v:.2f}" for k, v in enc.items())
          + f" (in use: {codes.ENCODER.__name__})")
    with tempfile.TemporaryDirectory(prefix="ocop-labels-bench-") as tmp:
        folder = Path(tmp)
        cold = [render_ours(items, cold=True) for _ in range(args.repeat)]
        warm = [render_ours(items, cold=False) for _ in range(args.repeat)]
        ours_s = statistics.median(t for t, _ in cold)
        warm_s = statistics.median(t for t, _ in warm)
        ours_pdf = folder / "ours.pdf"
        ours_pdf.write_bytes(cold[0][1])
        pages, found = decode_pdf(ours_pdf)
        ok = sum(i.barcode in found for i in items) + sum(i.trace_url in found for i in items)
        print(f"ours: {ours_s:.2f} s cold (QR cache empty), {warm_s:.2f} s warm, "
              f"{ours_pdf.stat().st_size / 1024:.0f} KiB, {pages} pages, "
              f"{ok}/{2 * len(items)} codes decoded")
        glabels = run_glabels(items, folder)
        if isinstance(glabels, str):
            print(glabels)
            return 0
        g_s, g_pdf = glabels
        g_pages, g_found = decode_pdf(g_pdf)
        g_ok = sum(i.barcode in g_found for i in items) + sum(i.trace_url in g_found for i in items)
        print(f"glabels-3-batch: {g_s:.2f} s, {g_pdf.stat().st_size / 1024:.0f} KiB, "
              f"{g_pages} pages, {g_ok}/{2 * len(items)} codes decoded")
        print(f"ratio: ours is {g_s / ours_s:.1f}× faster cold, {g_s / warm_s:.1f}× warm "
              f"(target ≥ 20×); file {g_pdf.stat().st_size / ours_pdf.stat().st_size:.1f}× "
              f"smaller")
    return 0


if __name__ == "__main__":
    sys.exit(main())
