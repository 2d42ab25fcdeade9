"""Labels read back from the PDF: pages, labels per page, text, positions, bad input."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from app.labels import LabelItem, load_library, render_alignment_page, render_labels
from app.labels.specs import (
    Stock,
    check_stock,
    place,
    save_stock,
    stock_from_dict,
)
from app.labels.text import PT_PER_MM, fit_text
from app.services.errors import NotFoundError, ValidationError

TODAY = date(2026, 11, 23)
LONG_NAME = (
    "Trà hoa vàng Ba Chẽ thượng hạng hộp quà tết sơn mài đỏ kèm ấm chén gốm Đông Triều "
    "và túi vải thổ cẩm Bình Liêu đặc biệt"
)


def _item(n: int, **changes) -> LabelItem:
    body = f"20000{n:07d}"
    from app.services.gtin import gtin_check_digit

    values = dict(
        key=f"SP-{n}", name=f"Sản phẩm {n} Quảng Ninh", producer="HTX Ba Chẽ",
        locality="Thanh Sơn, Ba Chẽ", price=45_000 + n, unit="hộp",
        barcode=body + str(gtin_check_digit(body)), sku=f"SP-{n}", stars=4,
        star_expires_on=TODAY + timedelta(days=400),
        trace_url=f"https://truyxuat.ocopquangninh.vn/sp/sp-{n}",
    )
    values.update(changes)
    return LabelItem(**values)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader_bytes(pdf).pages]


def PdfReader_bytes(pdf: bytes) -> PdfReader:  # noqa: N802 - reads like the class it wraps
    import io

    return PdfReader(io.BytesIO(pdf))


def test_shipped_stocks_and_templates(library):
    assert {"a4-65", "a4-21", "roll-50x30", "roll-40x30", "roll-35x22"} <= set(library.stocks)
    assert {"price", "trace_qr", "shelf", "vietqr"} <= set(library.templates)
    a4 = library.stock("a4-65")
    assert a4.per_page == 65 and a4.label == (38.1, 21.2)
    assert library.stock("a4-21").per_page == 21
    last = a4.origin(64)
    assert last[0] + a4.label[0] <= a4.page[0] and last[1] + a4.label[1] <= a4.page[1]


def test_each_template_picks_a_layout_that_fits(library):
    assert place(library.template("price"), library.stock("a4-65")).layout.size == (38, 21)
    big = place(library.template("price"), library.stock("a4-21"))
    assert big.layout.size == (50, 30) and big.scale > 1
    with pytest.raises(ValidationError) as refused:
        place(library.template("shelf"), library.stock("roll-40x30"))
    assert "Thẻ kệ" in refused.value.text and "40×30" in refused.value.text


def test_unknown_template_or_stock_is_a_clear_error(library):
    with pytest.raises(NotFoundError, match="price"):
        library.template("gia")
    with pytest.raises(NotFoundError, match="a4-65"):
        library.stock("a4-99")


def test_stock_running_off_the_page_is_refused():
    data = {"name": "bad", "kind": "sheet", "page": [210, 297], "label": [70, 40],
            "grid": [3, 8], "margins": [5, 5], "pitch": [70, 40]}
    with pytest.raises(ValidationError, match="tràn"):
        stock_from_dict(data)
    data["grid"], data["margins"] = [3, 7], [0, 5]
    check_stock(stock_from_dict(data))


def test_user_stock_is_saved_and_listed(tmp_path: Path):
    stock = Stock(name="my-roll", title="Cuộn của tôi 60×40", kind="roll", page=(60, 40),
                  label=(60, 40))
    path = save_stock(tmp_path, stock)
    assert json.loads(path.read_text(encoding="utf-8"))["label"] == [60, 40]
    library = load_library(tmp_path)
    assert library.stock("my-roll").user
    place(library.template("shelf"), library.stock("my-roll"))


def test_pages_labels_per_page_and_text(library):
    items = [_item(n) for n in range(70)]
    result = render_labels(library.template("price"), library.stock("a4-65"), items, today=TODAY)
    assert result.pages == 2 and result.labels == 70
    texts = _pages_text(result.pdf)
    assert len(texts) == 2
    assert texts[0].count("Sản phẩm") == 65 and texts[1].count("Sản phẩm") == 5
    assert "45.000 ₫" in texts[0] and "Sản phẩm 69" in texts[1]


def test_copies_repeat_each_product(library):
    items = [_item(1), _item(2)]
    result = render_labels(library.template("price"), library.stock("a4-65"), items,
                           today=TODAY, copies=3)
    text = _pages_text(result.pdf)[0]
    assert result.labels == 6 and text.count("Sản phẩm 1 ") == 3 and text.count("Sản phẩm 2 ") == 3


def _char_boxes(pdf: bytes, page: int = 0) -> tuple[str, list[tuple[float, float, float, float]]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        text_page = doc[page].get_textpage()
        count = text_page.count_chars()
        text = text_page.get_text_range(0, count)
        boxes = [text_page.get_charbox(i) for i in range(count)]
    finally:
        doc.close()
    return text, boxes


def test_start_at_skips_exactly_k_minus_1_positions(library):
    stock = library.stock("a4-65")
    result = render_labels(library.template("price"), stock, [_item(7)] * 60, today=TODAY,
                           start_at=14)
    assert result.pages == 1 + (60 - 52 > 0)
    assert _pages_text(result.pdf)[0].count("Sản phẩm 7") == 65 - 13
    _, boxes = _char_boxes(result.pdf)
    left, bottom = boxes[0][0] / PT_PER_MM, 297 - boxes[0][3] / PT_PER_MM
    x, y = stock.origin(13)  # label 14: fourth column, third row
    assert x <= left <= x + stock.label[0] and y <= bottom <= y + stock.label[1]
    x12, _ = stock.origin(12)
    assert not x12 <= left < x12 + stock.label[0]


def test_start_at_beyond_the_sheet_or_on_a_roll_is_refused(library):
    with pytest.raises(ValidationError, match="65"):
        render_labels(library.template("price"), library.stock("a4-65"), [_item(1)],
                      today=TODAY, start_at=66)
    with pytest.raises(ValidationError, match="cuộn"):
        render_labels(library.template("price"), library.stock("roll-50x30"), [_item(1)],
                      today=TODAY, start_at=2)


def test_expired_rating_prints_no_stars(library):
    valid = _item(1, name="Còn hạn sao")
    expired = _item(2, name="Hết hạn sao", star_expires_on=TODAY - timedelta(days=1))
    stock = library.stock("roll-50x30")
    for item, shows in ((valid, True), (expired, False)):
        result = render_labels(library.template("price"), stock, [item], today=TODAY)
        text = _pages_text(result.pdf)[0]
        assert item.name in text and ("OCOP" in text) is shows


def test_long_vietnamese_name_stays_inside_its_box(library):
    name = (LONG_NAME + " hộp quà biếu cao cấp")[:120]
    assert len(name) == 120
    template, stock = library.template("price"), library.stock("roll-50x30")
    placement = place(template, stock)
    field = next(f for f in placement.layout.fields if f.source == "name")
    result = render_labels(template, stock, [_item(1, name=name)], today=TODAY)
    text, boxes = _char_boxes(result.pdf)
    name_chars = len(text.split("\r\n")[0]) + 2 + len(text.split("\r\n")[1])
    x, y, w, h = field.box
    top, bottom = (30 - y) * PT_PER_MM, (30 - y - h) * PT_PER_MM
    for left, low, right, high in boxes[:name_chars]:
        if right - left <= 0:
            continue  # a line break
        assert x * PT_PER_MM - 0.2 <= left and right <= (x + w) * PT_PER_MM + 0.2
        assert bottom - 0.2 <= low and high <= top + 0.2
    assert text.split("\r\n")[1].endswith("…")


def test_fit_text_shrinks_before_it_cuts():
    short = fit_text("Miến dong Bình Liêu", 100, 30, 10, 5, 2, True)
    assert short.size == 10 and not short.truncated
    long = fit_text(LONG_NAME, 100, 30, 10, 5, 2, True)
    assert long.truncated and long.size == 5 and len(long.lines) == 2


def test_wrong_check_digit_skips_that_label_and_names_the_product(library):
    bad = _item(3, name="Mật ong Lương Mông", barcode="2000010000013")
    result = render_labels(library.template("price"), library.stock("a4-65"),
                           [_item(1), bad, _item(2)], today=TODAY, copies=2)
    assert result.labels == 4
    assert [s.name for s in result.skipped] == ["Mật ong Lương Mông"]
    assert "Mật ong Lương Mông" in result.skipped[0].message
    assert "phải là 2" in result.skipped[0].message
    assert "Lương Mông" not in _pages_text(result.pdf)[0]
    with pytest.raises(ValidationError, match="Mật ong Lương Mông"):
        render_labels(library.template("price"), library.stock("a4-65"), [bad], today=TODAY)


def test_qr_payload_too_long_names_the_smallest_size_that_fits(library):
    url = "https://truyxuat.ocopquangninh.vn/san-pham/" + "tra-hoa-vang-" * 5
    item = _item(1, trace_url=url)
    template = library.template("price")
    with pytest.raises(ValidationError) as refused:
        render_labels(template, library.stock("a4-65"), [item], today=TODAY, library=library)
    message = refused.value.text
    assert "quá dài" in message and f"{len(url)} ký tự" in message
    smallest_title = message.rsplit("Khổ nhỏ nhất vừa: ", 1)[1]
    by_title = {s.title: s for s in library.stocks.values()}
    smallest = by_title[smallest_title]
    render_labels(template, smallest, [item], today=TODAY)  # it really fits there
    area = smallest.label[0] * smallest.label[1]
    for stock in library.stocks_fitting(template):
        if stock.label[0] * stock.label[1] < area:
            with pytest.raises(ValidationError, match="quá dài"):
                render_labels(template, stock, [item], today=TODAY)


def test_alignment_page_outlines_every_position(library):
    pdf = render_alignment_page(library.stock("a4-65"), (0.5, -0.3))
    text = _pages_text(pdf)[0]
    assert len(PdfReader_bytes(pdf).pages) == 1
    assert "65" in text and "lệch X 0,5 mm, Y -0,3 mm" in text
