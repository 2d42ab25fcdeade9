"""Every printed code scans: rasterise the real PDF pages and decode them with zxing-cpp.

Each decoded symbol is mapped back to the label position it sits in, so a code that decodes
but belongs to the wrong product fails too.
"""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
import pytest
import zxingcpp

from app.labels import LabelItem, Stock, load_library, render_labels
from app.services import label_data
from app.services.vietqr import verify_crc

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _decode_pages(pdf: bytes, stock: Stock, dpi: int) -> list[dict[int, dict[str, str]]]:
    """Per page: label position -> {format: text} of every symbol found."""
    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in doc:
            # Crisp edges like printer dots: anti-aliased grey bars are not what paper gets.
            image = page.render(scale=dpi / 72, grayscale=True, no_smoothpath=True).to_pil()
            found: dict[int, dict[str, str]] = {}
            for result in zxingcpp.read_barcodes(image):
                pos = result.position
                cx = (pos.top_left.x + pos.bottom_right.x) / 2 / dpi * 25.4
                cy = (pos.top_left.y + pos.bottom_right.y) / 2 / dpi * 25.4
                index = next(
                    i for i in range(stock.per_page)
                    if stock.origin(i)[0] <= cx <= stock.origin(i)[0] + stock.label[0]
                    and stock.origin(i)[1] <= cy <= stock.origin(i)[1] + stock.label[1]
                )
                found.setdefault(index, {})[str(result.format)] = result.text
            pages.append(found)
    finally:
        doc.close()
    return pages


def _demo_items(db) -> list[LabelItem]:
    settings = label_data.load_label_settings(db)
    return label_data.label_items([(p, 1) for p in label_data.all_products(db)], settings)


def test_every_price_label_on_a_65_up_sheet_scans_to_its_product(demo_db, library):
    items = _demo_items(demo_db)[:65]
    stock = library.stock("a4-65")
    result = render_labels(library.template("price"), stock, items, today=TODAY)
    [page] = _decode_pages(result.pdf, stock, 600)
    assert len(page) == 65
    for index, item in enumerate(items):
        codes = page[index]
        assert codes["EAN-13"] == item.barcode
        assert codes.get("QR Code") == item.trace_url  # None when the product has no URL
    assert sum("QR Code" in c for c in page.values()) == sum(bool(i.trace_url) for i in items)


def test_qr_stickers_on_a_roll_scan_to_their_urls(demo_db, library):
    items = [i for i in _demo_items(demo_db) if i.trace_url][:12]
    stock = library.stock("roll-35x22")
    result = render_labels(library.template("trace_qr"), stock, items, today=TODAY)
    pages = _decode_pages(result.pdf, stock, 300)
    assert [p[0]["QR Code"] for p in pages] == [i.trace_url for i in items]


def test_shelf_tags_scan_with_digital_link_urls(demo_db, library):
    settings = label_data.LabelSettings("gs1", "id.ocopquangninh.vn", prefer_own_url=False)
    products = label_data.all_products(demo_db)[:21]
    items = label_data.label_items([(p, 1) for p in products], settings, lot="L2611")
    stock = library.stock("a4-21")
    result = render_labels(library.template("shelf"), stock, items, today=TODAY)
    [page] = _decode_pages(result.pdf, stock, 300)
    for index, product in enumerate(products):
        assert page[index]["EAN-13"] == product.barcode
        assert page[index]["QR Code"] == (
            f"https://id.ocopquangninh.vn/01/0{product.barcode}/10/L2611"
        )


def test_ean8_and_gtin14_print_as_ean8_and_code128(library):
    items = [
        LabelItem(key="A", name="Nước mắm Cái Rồng", barcode="96385074", price=90_000),
        LabelItem(key="B", name="Thùng 12 chai", barcode="18934567890127", price=900_000),
    ]
    stock = library.stock("roll-50x30")
    result = render_labels(library.template("price"), stock, items, today=TODAY)
    pages = _decode_pages(result.pdf, stock, 600)
    assert pages[0][0] == {"EAN-8": "96385074"}
    assert pages[1][0] == {"Code 128": "18934567890127"}


def test_counter_vietqr_sticker_scans_to_the_booth_account(demo_db, library):
    item = label_data.vietqr_item(demo_db)
    stock = library.stock("roll-50x30")
    result = render_labels(library.template("vietqr"), stock, [item], today=TODAY)
    [page] = _decode_pages(result.pdf, stock, 300)
    payload = page[0]["QR Code"]
    assert payload == item.payment and verify_crc(payload) and "1023456789" in payload
