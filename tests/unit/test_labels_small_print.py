"""What a label says must be readable: goods sold by weight show their price per unit, and the
producer line on the small 38×21 mm labels is at a readable size or not there at all."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader

from app.labels import LabelItem, load_library, render_labels
from app.services import label_data

TODAY = date(2026, 11, 23)


def _item(**changes) -> LabelItem:
    values = dict(key="MD-BL", name="Miến dong Bình Liêu", producer="HTX Miến dong Bình Liêu",
                  locality="Đồng Tâm, Bình Liêu", price=110_000, unit="kg", barcode=None,
                  sku="MD-BL", stars=4, star_expires_on=TODAY + timedelta(days=400))
    values.update(changes)
    return LabelItem(**values)


def _runs(pdf: bytes) -> list[tuple[str, float]]:
    """(text, font size in points) of every text run on the first page."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (cm[0] ** 2 + cm[1] ** 2) ** 0.5 * (tm[0] ** 2 + tm[1] ** 2) ** 0.5
            runs.append((text.strip(), size * scale))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def _render(stock: str, item: LabelItem) -> bytes:
    library = load_library()
    return render_labels(library.template("price"), library.stock(stock), [item],
                         today=TODAY).pdf


def test_goods_sold_by_weight_show_the_price_per_unit():
    text = " ".join(t for t, _ in _runs(_render("a4-65", _item(sold_by_weight=True))))
    assert "110.000 ₫/kg" in text
    packed = " ".join(t for t, _ in _runs(_render("a4-65", _item(unit="gói", price=70_000))))
    assert "70.000 ₫" in packed and "/gói" not in packed


def test_the_label_item_of_a_weighed_product_knows_it(demo_db):
    product = label_data.products_by_sku(demo_db, ["MIEN-DONG"])[0]
    assert product.sold_by_weight
    assert label_data.label_item(product, label_data.LabelSettings()).sold_by_weight


def test_the_producer_line_on_38x21_labels_is_readable_or_left_off():
    for producer in ("HTX Bình Liêu", "Hộ sản xuất bánh gio truyền thống Quảng Yên Hà An"):
        runs = _runs(_render("a4-65", _item(producer=producer)))
        line = [(t, size) for t, size in runs if t.rstrip("…")[:6] == producer[:6]]
        assert len(line) <= 1  # one line, or left off
        assert all(size >= 5.0 - 0.01 for _, size in line), line
