"""The Labels page on a demo booth: pick, preview, save, print with calibration."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.db import Database
from app.models import Product, StockMove
from app.ui import label_worker
from app.ui.label_dialogs import LabelCalibrationDialog, calibration, set_calibration
from app.ui.labels_page import LabelsPage
from app.ui.models.label_queue_table_model import COL_COUNT, LabelQueueTableModel

pytest_plugins = ["tests.ui.fixtures_app"]


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, qapp):
    """QSettings in a scratch folder, never the developer's own."""
    QCoreApplication.setOrganizationName("OCOP-test")
    QCoreApplication.setApplicationName("labels-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture
def page(ctx, qtbot) -> LabelsPage:
    widget = LabelsPage(ctx)
    qtbot.addWidget(widget)
    yield widget
    widget.wait()


def _queue(page: LabelsPage, query: str, count: int) -> None:
    page.search_box.setText(query)
    page.count_box.setValue(count)
    page._on_add_clicked()


def test_search_queue_and_preview_follow_changes(page, qtbot):
    _queue(page, "tra hoa vang", 3)
    assert page.queue_model.rowCount() == 1 and page.total_label.text() == "3 nhãn"
    with qtbot.waitSignal(page._renderer.rendered, timeout=10_000):
        pass
    assert page.preview_image is not None and not page.preview_image.isNull()
    first = page.preview_image.size()
    page.set_choice("shelf", "a4-21")
    with qtbot.waitSignal(page._renderer.rendered, timeout=10_000):
        pass
    assert "3 nhãn" in page.status_label.text()
    # An A4 page at the screen's physical resolution: true size, whatever the template.
    dpi = page.screen().physicalDotsPerInch() * page.devicePixelRatioF()
    assert abs(page.preview_image.width() - 210 / 25.4 * dpi) <= 2
    assert first.width() == page.preview_image.width()


def test_template_offers_only_stocks_it_fits(page):
    page.set_choice("shelf")
    stocks = [page.stock_box.itemData(i) for i in range(page.stock_box.count())]
    assert "roll-40x30" not in stocks and "a4-21" in stocks
    page.set_choice("price", "roll-50x30")
    assert not page.start_box.isEnabled()
    page.set_choice("price", "a4-65")
    assert page.start_box.isEnabled() and page.start_box.maximum() == 65


def test_receipt_adds_one_label_per_unit(page, demo_db):
    """Every unit the chosen receipt brought in gets exactly one label, product by product:
    counted from the receipt's own stock moves, through the queue, the label items and the
    rendered sheets (a label too many or too few is a wrong count on the shelf)."""
    key = page.receipt_box.currentData()
    received = _units_received(demo_db, key)
    assert len(received) == 72 and all(n >= 20 for n in received.values())
    page._on_add_receipt_clicked()
    assert {product.sku: n for product, n in page.queue_model.pairs()} == received
    units = sum(received.values())
    assert page.queue_model.total() == units and page.total_label.text() == f"{units} nhãn"
    items = page.items()
    assert Counter(item.sku for item in items) == received
    from app.labels import render_labels

    page.set_choice("price", "a4-65")
    result = render_labels(page.template(), page.stock(), items, today=date.today())
    assert result.labels == units and not result.skipped
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == result.pages == -(-units // 65)


def _units_received(db: Database, key: str) -> dict[str, int]:
    """Units per SKU in one receipt, read straight from its stock moves (``key`` as the
    receipt box holds it: the moves' ref_id, or ``at:`` and their time when they have none)."""
    query = select(Product.sku, StockMove.quantity).select_from(StockMove).join(Product).where(
        StockMove.kind.in_(("receive", "consign_in")), StockMove.quantity > 0)
    if key.startswith("at:"):
        query = query.where(StockMove.ref_id.is_(None),
                            StockMove.created_utc == datetime.fromisoformat(key[3:]))
    else:
        query = query.where(StockMove.ref_id == key)
    received: Counter[str] = Counter()
    with db.read() as session:
        for sku, quantity in session.execute(query):
            assert quantity == int(quantity), (sku, quantity)  # the demo sells whole units
            received[sku] += int(quantity)
    return dict(received)


def test_save_a_big_batch_with_progress(page, qtbot, tmp_path):
    page._on_add_receipt_clicked()
    page.set_choice("price", "a4-65")
    page.start_box.setValue(14)
    total = page.queue_model.total()
    out = tmp_path / "nhan.pdf"
    progress_seen = []
    page._renderer.progressed.connect(lambda s, done, all_: progress_seen.append(done))
    with qtbot.waitSignal(page._renderer.rendered, timeout=60_000,
                          check_params_cb=lambda s, _out: s == page._output_serial):
        page.save_to(out)
        assert page.progress.isVisibleTo(page)
    assert out.exists() and not page.progress.isVisibleTo(page)
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == -(-(total + 13) // 65)
    assert len(progress_seen) > 10 and max(progress_seen) == total


def test_stop_ends_a_batch_with_nothing_written(page, qtbot, tmp_path):
    """"Dừng" reaches the running batch: it ends as stopped, the page leaves its busy state."""
    _queue(page, "tra hoa vang", 200)
    out = tmp_path / "nhan.pdf"
    with qtbot.waitSignal(page._renderer.failed, timeout=60_000,
                          check_params_cb=lambda s, _text: s == page._output_serial):
        page.save_to(out)
        page._output.cancel_requested.emit()  # before the batch's first step: always in time
    assert page.status_label.text() == "Đã dừng in nhãn"
    assert not out.exists() and not page.progress.isVisibleTo(page)


def test_a_batch_that_crashes_leaves_the_busy_state(page, qtbot, monkeypatch, tmp_path):
    """A render that dies of an unforeseen error ends like any failure: progress and "Dừng"
    go, the reason is shown, nothing is written."""
    _queue(page, "tra hoa vang", 3)
    monkeypatch.setattr(label_worker, "render_labels", _broken)
    page.save_to(tmp_path / "nhan.pdf")
    assert not page.progress.isHidden() and not page._output._cancel.isHidden()
    qtbot.waitUntil(page.progress.isHidden, timeout=20_000)
    assert page._output._cancel.isHidden()
    assert page.status_label.text() == (
        "Đã xảy ra lỗi không mong muốn: RuntimeError: mẫu nhãn hỏng")
    assert not (tmp_path / "nhan.pdf").exists()


def _broken(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("mẫu nhãn hỏng")


def test_print_uses_the_printers_calibration(page, qtbot, tmp_path):
    _queue(page, "mien dong", 2)
    page.set_choice("price", "roll-50x30")
    set_calibration("", 1.5, -0.5)
    assert calibration("") == (1.5, -0.5)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(page._renderer.rendered, timeout=30_000,
                          check_params_cb=lambda s, _out: s == page._output_serial):
        page.print_to(printer)
    assert page.last_output is not None and page.last_output.printed_pages == 2
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 2
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 50) < 0.5
    # The offset went into the printed labels: the first letter sits 1.5 mm further right
    # and 0.5 mm higher than on the saved (uncalibrated) PDF of the same labels.
    from app.labels import render_labels

    plain = render_labels(page.template(), page.stock(), page.items(), today=date.today(),
                          copies=1).pdf
    (x0, y0), (x1, y1) = _first_char(plain), _first_char(page.last_output.pdf)
    assert abs((x1 - x0) / 72 * 25.4 - 1.5) < 0.05
    assert abs((y1 - y0) / 72 * 25.4 - 0.5) < 0.05


def _first_char(pdf: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        left, bottom, _, _ = doc[0].get_textpage().get_charbox(0)
    finally:
        doc.close()
    return left, bottom


def test_alignment_test_print_is_one_page(page, qtbot, tmp_path):
    page.set_choice("price", "a4-65")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "align.pdf"))
    with qtbot.waitSignal(page._renderer.rendered, timeout=30_000,
                          check_params_cb=lambda s, _out: s == page._output_serial):
        page.print_alignment_test(printer, (0.4, 0.2))
    assert page.last_output.printed_pages == 1
    assert len(PdfReader(tmp_path / "align.pdf").pages) == 1


def test_calibration_dialog_saves_per_printer(qtbot):
    dialog = LabelCalibrationDialog("")
    qtbot.addWidget(dialog)
    dialog.set_offsets(0.8, -1.2)
    dialog._on_save_clicked()
    assert calibration(dialog.printer()) == (0.8, -1.2)


def test_vietqr_sticker_needs_no_products(page, qtbot):
    page.set_choice("vietqr", "roll-50x30")
    with qtbot.waitSignal(page._renderer.rendered, timeout=10_000):
        pass
    assert "1 nhãn" in page.status_label.text()


def test_queue_model_counts_are_editable_and_checked(demo_db):
    from app.services import label_data

    model = LabelQueueTableModel()
    tea = label_data.products_by_sku(demo_db, ["TRA-HV-100"])[0]
    model.add(tea, 2)
    model.add(tea, 3)
    assert model.rowCount() == 1 and model.total() == 5
    index = model.index(0, COL_COUNT)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "12") and model.pairs() == [(tea, 12)]
    assert not model.setData(index, "-1") and not model.setData(index, "abc")
    assert model.data(model.index(0, 2)) == "450.000"
