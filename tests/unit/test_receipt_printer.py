"""The receipt printer, with real bytes: ESC/POS captured from a file and from a TCP listener,
read back by an independent parser into the paper it would print, and the codes on that paper
decoded by zxing-cpp. Text rows are compared with the PDF receipt of the same sale."""

from __future__ import annotations

import io
import time
import unicodedata
from pathlib import Path

import pypdf
import pytest
import zxingcpp

from app.db import Database
from app.printing import escpos
from app.printing.raster import HEAD_DOTS, rasterize
from app.printing.receipt_pdf import receipt_layout, render_receipt
from app.printing.transports import PrinterError, parse_uri, send
from app.services import printer_settings, vietqr
from app.services.auth import list_staff
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, SaleResult, checkout, peek_next_sale_number
from app.services.print_queue import PrintSpool, print_pending, queue_sale
from app.services.printer_settings import PrinterSettings
from app.services.rights import Actor
from app.services.sales_query import receipt_data
from app.services.settings import load as load_settings
from app.services.till import Till
from tests.unit.escpos_reader import Job, parse
from tests.unit.printer_listener import PrinterListener, free_port


def sell(db: Database, till: Till, method: str) -> SaleResult:
    cart = Cart(discount_limit_pct=10)
    for code in ("2000010000012", "2000010000029", "2000010000029"):
        cart.add(lookup_code(db, code))
    if method == "cash":
        return checkout(db, till, cart, [PaymentInput("cash", 2_000_000)])
    number = peek_next_sale_number(db, till.device_code)
    return checkout(db, till, cart, [PaymentInput("vietqr", cart.total, number)])


def use_printer(db: Database, uri: str, paper_mm: int = 80, auto_print: bool = True) -> None:
    """Set the printer up the way a manager does in Settings."""
    manager = list_staff(db, "manager")[0]
    printer_settings.save(db, Actor(manager.id), PrinterSettings(uri, paper_mm, auto_print, True))


def decoded(job: Job) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(job.image())]


def pdf_rows(pdf: bytes) -> list[str]:
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return [unicodedata.normalize("NFC", ln).strip() for ln in text.splitlines() if ln.strip()]


def on_screen_payload(db: Database, sale: SaleResult) -> str:
    """What the payment dialog's VietQR page showed: booth account, amount, sale number."""
    s = load_settings(db)
    return vietqr.build_payload(s.bank_bin, s.bank_account, amount=sale.total,
                                reference=sale.number)


@pytest.mark.parametrize("paper_mm", [80, 58])
def test_cash_sale_prints_to_a_file_and_opens_the_drawer(demo_db, cashier_till, tmp_path,
                                                         paper_mm):
    device = tmp_path / "lp0"
    use_printer(demo_db, f"file://{device}", paper_mm)
    spool = PrintSpool(demo_db.paths.print_spool)
    sale = sell(demo_db, cashier_till, "cash")
    assert queue_sale(demo_db, spool, sale.id, sale.number) is not None

    state = print_pending(demo_db, spool)

    assert state.ok and state.printed == (sale.number,) and spool.jobs() == []
    [job] = parse(device.read_bytes())
    assert job.commands[:2] == ["init", "kick"] and job.commands[-1] == "cut"
    assert job.kicks == [(0, 100, 500)]
    assert job.width_bytes * 8 == HEAD_DOTS[paper_mm]
    assert decoded(job) == [sale.number]  # the refund QR; no VietQR on a cash sale
    # Every row of the PDF receipt of this sale is a row the printer printed.
    data = receipt_data(demo_db, sale.id)
    raster = rasterize(receipt_layout(data, paper_mm))
    printed_rows = " | ".join(raster.rows)
    for row in pdf_rows(render_receipt(data, paper_mm)):
        assert row in printed_rows, row
    # ... and the paper is that raster, dot for dot (feeds included).
    assert job.image().size == raster.image.size
    assert job.image().tobytes() == raster.image.convert("L").tobytes()


def test_vietqr_sale_over_tcp_carries_the_on_screen_payload_and_no_kick(demo_db, cashier_till):
    with PrinterListener() as printer:
        use_printer(demo_db, printer.uri)
        spool = PrintSpool(demo_db.paths.print_spool)
        sale = sell(demo_db, cashier_till, "vietqr")
        queue_sale(demo_db, spool, sale.id, sale.number)
        state = print_pending(demo_db, spool)
        assert state.ok, state.problem
        [stream] = printer.jobs
    [job] = parse(stream)
    assert job.kicks == [] and "kick" not in job.commands
    codes = decoded(job)
    payload = on_screen_payload(demo_db, sale)
    assert payload in codes and sale.number in codes
    assert vietqr.verify_crc(payload)
    assert b"\x1bp" not in stream.split(b"\x1dv0")[0]  # no pulse before the first band either


def test_printer_that_stops_mid_job_keeps_the_receipt_queued(demo_db, cashier_till):
    port = free_port()
    with PrinterListener(port, fail_after=2000) as dying:
        use_printer(demo_db, dying.uri)
        spool = PrintSpool(demo_db.paths.print_spool)
        sale = sell(demo_db, cashier_till, "cash")
        queue_sale(demo_db, spool, sale.id, sale.number)
        state = print_pending(demo_db, spool, timeout=3)
    assert dying.partial and len(dying.partial[0]) == 2000
    assert not state.ok and state.waiting == (sale.number,)
    assert state.problem is not None
    assert state.problem.text.startswith(
        f"Máy in hóa đơn không phản hồi — hóa đơn {sale.number} đang chờ in")
    [job] = spool.jobs()
    assert job.attempts == 1 and job.last_error
    assert receipt_data(demo_db, sale.id).total == sale.total  # the sale is untouched

    # Still off: the next round fails fast and keeps the job.
    again = print_pending(demo_db, spool, timeout=3)
    assert again.waiting == (sale.number,) and spool.jobs()[0].attempts == 2

    with PrinterListener(port) as back:  # switched on again, same address
        state = print_pending(demo_db, spool)
        assert state.ok and state.printed == (sale.number,)
        [stream] = back.jobs
    assert spool.jobs() == []
    [job] = parse(stream)
    assert decoded(job) == [sale.number]


def test_late_retry_prints_without_throwing_the_drawer_open(demo_db, cashier_till, tmp_path):
    from datetime import timedelta

    from app.services.clock import now_utc

    device = tmp_path / "lp0"
    use_printer(demo_db, f"file://{device}")
    spool = PrintSpool(demo_db.paths.print_spool)
    sale = sell(demo_db, cashier_till, "cash")
    queue_sale(demo_db, spool, sale.id, sale.number)
    print_pending(demo_db, spool, now=now_utc() + timedelta(minutes=10))
    [job] = parse(device.read_bytes())
    assert job.kicks == [] and decoded(job) == [sale.number]


def test_auto_print_off_still_opens_the_drawer_for_cash(demo_db, cashier_till, tmp_path):
    device = tmp_path / "lp0"
    use_printer(demo_db, f"file://{device}", auto_print=False)
    spool = PrintSpool(demo_db.paths.print_spool)
    cash = sell(demo_db, cashier_till, "cash")
    transfer = sell(demo_db, cashier_till, "vietqr")
    assert queue_sale(demo_db, spool, transfer.id, transfer.number) is None
    queue_sale(demo_db, spool, cash.id, cash.number)
    assert spool.waiting() == ()  # a drawer pulse is no receipt to wait for
    print_pending(demo_db, spool)
    [job] = parse(device.read_bytes())
    assert job.commands == ["init", "kick"] and job.rows == []
    # A reprint asked for by the cashier prints, and never opens the drawer.
    queue_sale(demo_db, spool, cash.id, cash.number, reprint=True)
    print_pending(demo_db, spool)
    _, reprint = parse(device.read_bytes())
    assert reprint.kicks == [] and decoded(reprint) == [cash.number]


def test_no_printer_configured_queues_nothing(demo_db, cashier_till):
    spool = PrintSpool(demo_db.paths.print_spool)
    sale = sell(demo_db, cashier_till, "cash")
    assert queue_sale(demo_db, spool, sale.id, sale.number) is None
    assert spool.jobs() == []


def test_spool_survives_a_restart_and_ignores_half_written_files(tmp_path: Path):
    spool = PrintSpool(tmp_path / "spool")
    first = spool.add("sale", "id-1", "BL01-000001", True)
    second = spool.add("sale", "id-2", "BL01-000002", False)
    (spool.folder / "junk.json.part").write_text("{")
    (spool.folder / "broken.json").write_text("{")
    reopened = PrintSpool(tmp_path / "spool")
    assert [j.id for j in reopened.jobs()] == [first.id, second.id]
    assert not (spool.folder / "junk.json.part").exists()
    assert (spool.folder / "broken.bad").exists()
    assert reopened.clear() == 2 and reopened.jobs() == []


def test_raster_encoding_feeds_blank_paper_and_bands_rows():
    from app.printing.printer_test_page import sample_page_layout
    from tests.clock import PINNED_NOW

    raster = rasterize(sample_page_layout("Gian hàng", "tcp://10.0.0.9:9100", 58, PINNED_NOW))
    data = escpos.job(raster.image)
    [job] = parse(data)
    assert job.image().tobytes() == raster.image.convert("L").tobytes()
    assert "feed" in job.commands
    every_row = raster.image.height * raster.image.width // 8
    assert len(data) < every_row  # blank runs were fed, not sent
    assert decoded(job) == [raster.codes[0]]


@pytest.mark.parametrize("uri,scheme", [
    ("tcp://192.168.1.50:9100", "tcp"), ("tcp://printer.local", "tcp"),
    ("usb://0416:5011", "usb"), ("serial:///dev/ttyUSB0?baud=19200", "serial"),
    ("file:///dev/usb/lp0", "file"),
])
def test_printer_uris(uri, scheme):
    target = parse_uri(uri)
    assert target.scheme == scheme
    if scheme == "tcp":
        assert target.port == 9100
    if scheme == "usb":
        assert (target.vendor, target.product) == (0x0416, 0x5011)
    if scheme == "serial":
        assert target.path == "/dev/ttyUSB0" and target.baud == 19200


@pytest.mark.parametrize("uri", ["", "lpt1", "http://x", "tcp://:9100", "tcp://h:99999",
                                 "usb://zz:11", "file://", "serial://"])
def test_bad_printer_uris_say_why_in_one_line(uri):
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        parse_uri(uri)
    assert "\n" not in caught.value.text and "máy in" in caught.value.text


def test_unplugged_device_node_and_switched_off_printer_fail_fast(tmp_path):
    with pytest.raises(PrinterError, match="không thấy máy in"):
        send(parse_uri("file:///dev/usb/lp-nonexistent"), b"\x1b@")
    started = time.monotonic()
    with pytest.raises(PrinterError, match="từ chối kết nối"):
        send(parse_uri(f"tcp://127.0.0.1:{free_port()}"), b"\x1b@", timeout=2)
    assert time.monotonic() - started < 2
