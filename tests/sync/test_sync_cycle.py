"""Enrollment, one cycle, refusals, re-enrollment, catalog down, clock: against the real hub."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from app.cli import main as booth_cli
from app.config import Paths
from app.db import Database
from app.ids import uuid7
from app.models import OutboxEntry, SyncState
from app.services.cart import Cart
from app.services.catalog import lookup_code, search
from app.services.checkout import PaymentInput, checkout
from app.services.outbox import enqueue, pending_count
from app.services.sync_state import requeue_set_aside, sync_status
from app.sync.cycle_report import retry_delay
from app.sync.engine import SyncEngine
from app.sync.enrollment import enroll
from app.sync.errors import HubIncompatible
from app.sync.wire import MAX_DEFERRALS
from server import admin
from server.catalog_import import import_catalog
from server.models import Device, SaleLineRecord, SaleRecord
from tests.hub.factories import sale_fact
from tests.sync.conftest import enroll_booth


def _sell(db, till, code="2000010000012"):  # noqa: ANN001, ANN202
    cart = Cart()
    cart.add(lookup_code(db, code), 1)
    return checkout(db, till, cart, [PaymentInput("cash", cart.total, "")])


def _point_at(db, url):  # noqa: ANN001, ANN202
    with db.write() as session:
        session.get(SyncState, 1).hub_url = url


def test_enroll_and_sync_by_command_line(hub, demo_db, cashier_till, capsys):
    _sell(demo_db, cashier_till)
    _sell(demo_db, cashier_till)
    data_dir = str(demo_db.paths.data_dir)
    demo_db.close()  # the command line takes the data dir's instance lock itself
    booth = hub.new_booth(fair_code=hub.new_fair()[0])
    code = hub.code_for(booth)
    assert booth_cli(["--data-dir", data_dir, "enroll", "--hub", hub.url, "--code", code]) == 0
    assert booth_cli(["--data-dir", data_dir, "sync"]) == 0
    out = capsys.readouterr()
    assert "sale 2" in out.out and "Còn chờ gửi: 0" in out.out
    # A used code is refused with a readable message and nothing changes.
    assert booth_cli(["--data-dir", data_dir, "enroll", "--hub", hub.url, "--code", code]) == 1
    assert "đã được dùng" in capsys.readouterr().err
    db = Database(Paths(demo_db.paths.data_dir))
    try:
        with db.read() as session:
            token = session.get(SyncState, 1).device_token
        assert token and token not in out.out + out.err
        status = sync_status(db)
        assert status.state == "ok" and status.pending_total == 0 and status.booth_code == booth
        assert status.clock_offset_s is not None and not status.clock_warning
    finally:
        db.close()


def test_a_refused_fact_is_set_aside_and_the_rest_still_go(hub, demo_db, cashier_till):
    enrolled = enroll_booth(hub, demo_db)
    first = _sell(demo_db, cashier_till)
    with demo_db.write() as session:  # a fact the hub can only refuse: a sale without lines
        bad = enqueue(session, "sale", {"id": "not-a-uuid", "number": "X", "lines": []})
    second = _sell(demo_db, cashier_till)
    report = SyncEngine(demo_db).run_cycle()
    assert report.ok and report.pending == 0, report.summary_lines()
    assert [(r[0], r[1]) for r in report.rejected] == [(bad, "invalid")]
    with hub.db.read() as session:
        held = set(session.scalars(select(SaleRecord.id)
                                   .where(SaleRecord.booth_id == enrolled.booth_id)))
    assert held == {first.id, second.id}
    status = sync_status(demo_db, with_set_aside=True)
    assert status.rejected == 1 and status.set_aside[0].id == bad
    assert status.set_aside[0].status == "invalid" and "payload" in status.set_aside[0].detail
    # Re-queued as it is, it is refused again and still blocks nothing.
    assert requeue_set_aside(demo_db, bad)
    third = _sell(demo_db, cashier_till)
    report = SyncEngine(demo_db).run_cycle()
    assert report.sent["sale"] == 1 and len(report.rejected) == 1 and report.pending == 0
    with hub.db.read() as session:
        assert session.get(SaleRecord, third.id) is not None


def test_a_conflicting_resend_is_set_aside(hub, demo_db, cashier_till):
    enroll_booth(hub, demo_db)
    sale = _sell(demo_db, cashier_till)
    assert SyncEngine(demo_db).run_cycle().ok
    with demo_db.write() as session:  # same id, other content: a restored, edited database
        row = session.get(OutboxEntry, sale.id)
        payload = json.loads(row.payload)
        payload["total"] += 1000
        row.payload, row.status = json.dumps(payload), "pending"
    report = SyncEngine(demo_db).run_cycle()
    assert report.ok and [(r[0], r[1]) for r in report.rejected] == [(sale.id, "conflict")]


def test_revoked_device_asks_to_reenroll_and_keeps_everything(hub, demo_db, cashier_till):
    enrolled = enroll_booth(hub, demo_db)
    admin.revoke_device(hub.db, enrolled.device_id)
    sale = _sell(demo_db, cashier_till)
    report = SyncEngine(demo_db).run_cycle()
    assert not report.ok and report.error_kind == "reenroll" and report.next_delay_s is None
    status = sync_status(demo_db)
    assert status.state == "needs_reenroll" and status.pending_total == 1
    assert "đăng ký lại" in status.last_error.text
    again = SyncEngine(demo_db).run_cycle()  # no network until a person re-enrolls
    assert again.error_kind == "reenroll" and pending_count(demo_db) == 1
    again = enroll(demo_db, hub.url, hub.code_for(enrolled.booth_code))
    report = SyncEngine(demo_db).run_cycle()
    assert report.ok and report.pending == 0 and sync_status(demo_db).state == "ok"
    with hub.db.read() as session:
        assert session.get(SaleRecord, sale.id) is not None
        # It sent its old token, so the hub kept its installation (visitor counts, seqs).
        first, second = (session.get(Device, d).installation_id
                         for d in (enrolled.device_id, again.device_id))
    assert first == second


def test_a_void_the_hub_cannot_place_yet_stays_queued_then_goes(hub, demo_db):
    """A void whose sale the hub does not hold is deferred (424): kept pending, sent again
    each cycle, in once its sale is; one whose sale never comes is set aside in the end."""
    enroll_booth(hub, demo_db)
    sale = sale_fact()["payload"]
    with demo_db.write() as session:
        void = enqueue(session, "void", {"sale_id": sale["id"], "voided_utc": sale["created_utc"]})
        orphan = enqueue(session, "void", {"sale_id": uuid7(), "voided_utc": sale["created_utc"]})
    report = SyncEngine(demo_db).run_cycle()
    assert report.ok and report.deferred == 2 and not report.rejected and report.pending == 2
    with demo_db.write() as session:  # the sale comes after its void, as after a lost batch
        enqueue(session, "sale", sale, fact_id=sale["id"])
    statuses = []
    for _ in range(MAX_DEFERRALS):
        SyncEngine(demo_db).run_cycle()
        with demo_db.read() as session:
            statuses.append((session.get(OutboxEntry, void).status,
                             session.get(OutboxEntry, orphan).status))
    assert statuses[0] == ("pending", "pending")  # the sale went in behind it, in that batch
    assert statuses[1] == ("sent", "pending")
    assert statuses[-1] == ("sent", "rejected")
    assert sync_status(demo_db).pending_total == 0


class _Garbage(BaseHTTPRequestHandler):
    """A "hub" that answers 200 with HTML, or speaks protocol 2 only."""

    protocol_2 = False

    def _answer(self) -> None:
        if self.protocol_2:
            body = json.dumps({"error": "unsupported_protocol", "detail": "v2 only"}).encode()
            self.send_response(400)
            self.send_header("X-OCOP-Protocol", "2")
        else:
            body = b"<html><body>Welcome to nginx!</body></html>"
            self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815

    def log_message(self, *_args: object) -> None:
        pass


@pytest.mark.parametrize("protocol_2", [False, True], ids=["garbage", "protocol-2"])
def test_incompatible_hub_keeps_everything_pending(hub, demo_db, cashier_till, protocol_2):
    enroll_booth(hub, demo_db)
    _sell(demo_db, cashier_till)
    handler = type("Handler", (_Garbage,), {"protocol_2": protocol_2})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        _point_at(demo_db, url)
        report = SyncEngine(demo_db).run_cycle()
        assert isinstance(report.error, HubIncompatible)
        assert report.error.text.startswith("Máy chủ không tương thích")
        status = sync_status(demo_db)
        assert status.state == "incompatible" and status.pending_total == 1
        assert status.headline == "Máy chủ không tương thích"
        with pytest.raises(HubIncompatible):
            enroll(demo_db, url, "ABCD-EFGH-JKLM")
    finally:
        server.shutdown()
        server.server_close()
    _point_at(demo_db, hub.url)
    assert SyncEngine(demo_db).run_cycle().pending == 0


def test_catalog_flows_down_searchable_and_sellable(hub, demo_db, cashier_till, tmp_path):
    enrolled = enroll_booth(hub, demo_db)
    barcode = _ean13("893800012345")
    csv = tmp_path / "catalog.csv"
    csv.write_text(
        "sku,barcode,name,producer,producer_kind,district,commune,category,unit,price,vat_rate,"
        "stars,star_certified_on,star_expires_on,traceability_url\n"
        f"HUB-CHE-01,{barcode},Chè Ba Chẽ thượng hạng,HTX Chè Đồng Tâm,HTX,Ba Chẽ,Thanh Sơn,"
        "Trà,hộp,\"185.000\",0,5,12/05/2024,,\n", encoding="utf-8")
    result = import_catalog(hub.db, csv)
    assert not getattr(result, "errors", [])
    report = SyncEngine(demo_db).run_cycle()
    assert report.ok and report.downloaded["product"] >= 1, report.summary_lines()
    found = search(demo_db, "che ba che thuong hang")
    assert [p.sku for p in found][:1] == ["HUB-CHE-01"] and found[0].price == 185_000
    sale = _sell(demo_db, cashier_till, code=barcode)
    # The price changes on the hub: the next cycle brings only that change.
    csv.write_text(csv.read_text(encoding="utf-8").replace('"185.000"', '"190.000"'),
                   encoding="utf-8")
    import_catalog(hub.db, csv)
    report = SyncEngine(demo_db).run_cycle()
    assert report.ok and not report.snapshot and report.downloaded["product"] == 1
    assert lookup_code(demo_db, barcode).price == 190_000
    with hub.db.read() as session:
        line = session.scalars(select(SaleLineRecord).where(SaleLineRecord.sale_id == sale.id)
                               ).one()
        assert line.sku == "HUB-CHE-01" and line.total == 185_000
        assert session.get(SaleRecord, sale.id).booth_id == enrolled.booth_id


def test_clock_offset_recorded_and_warned(hub, demo_db):
    enroll_booth(hub, demo_db)
    skewed = SyncEngine(demo_db, now=lambda: datetime.now(UTC) - timedelta(minutes=9))
    report = skewed.run_cycle()
    assert report.ok and 530 < report.clock_offset_s < 550
    assert "9 phút" in report.clock_warning
    status = sync_status(demo_db)
    assert status.clock_warning and "9 phút" in status.clock_warning_text
    assert not SyncEngine(demo_db).run_cycle().clock_warning
    assert not sync_status(demo_db).clock_warning


def test_not_enrolled_is_reported_without_network(demo_db):
    report = SyncEngine(demo_db).run_cycle()
    assert report.error_kind == "not_enrolled" and report.next_delay_s is None
    assert sync_status(demo_db).state == "not_enrolled"


def test_retry_delay_backs_off_with_full_jitter_and_honours_retry_after():
    import random

    rng = random.Random(1)
    assert retry_delay(0) == 30.0
    for failures in range(1, 30):
        ceiling = min(300.0, 2.0 * 2 ** (failures - 1))
        delays = [retry_delay(failures, rng=rng) for _ in range(200)]
        assert all(1.0 <= d <= max(ceiling, 1.0) for d in delays)
    assert max(retry_delay(12, rng=rng) for _ in range(500)) > 200  # jitter spans the range
    assert retry_delay(1, retry_after=120, rng=rng) >= 120


def _ean13(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)
