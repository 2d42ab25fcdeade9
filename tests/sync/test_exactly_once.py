"""10,000 sales through a hostile network and a hub killed mid-batch: exactly once.

The fault proxy resets connections before and after the hub commits, duplicates uploads
(racing themselves) and delays them; the hub process is SIGKILLed twice while an upload is in
flight and started again. The test plays the scheduler: it runs cycles back to back (the real
app waits ``report.next_delay_s``; that value is checked, not slept). At the end the hub
holds exactly the client's sales (count, sum of amounts, set of UUIDs) and the outbox is all
sent.
"""

from __future__ import annotations

import time

from sqlalchemy import func, select

from app.models import Fair, OutboxEntry, Sale, SyncState
from app.services import settings
from app.services.demo import add_past_sales
from app.sync.cycle_report import BACKOFF_CAP_S, SYNC_INTERVAL_S
from app.sync.engine import SyncEngine
from server.models import Fact, SaleRecord
from tests.sync.conftest import HubProcess, enroll_booth
from tests.sync.fault_proxy import FaultProxy

SALES = 10_000
KILL_AT_UPLOADS = (4, 13)  # the hub dies with the 4th and the 13th forwarded upload in flight
DEADLINE_S = 150


def test_ten_thousand_sales_arrive_exactly_once(hub, database_url, demo_db, tmp_path):
    started = time.perf_counter()
    s = settings.load(demo_db)
    add_past_sales(demo_db, SALES, s.location_id, s.fair_id, s.device_code, 1,
                   _fair_days(demo_db), seed=11)
    with demo_db.read() as session:
        local_ids = set(session.scalars(select(Sale.id)))
        local_sum = session.scalar(select(func.sum(Sale.total)))
        queued = session.scalar(select(func.count()).select_from(OutboxEntry)
                                .where(OutboxEntry.status == "pending"))
    assert len(local_ids) == queued == SALES

    print(f"queued in {time.perf_counter() - started:.1f} s")
    process = HubProcess(database_url, tmp_path).start()
    proxy = FaultProxy(process.port, seed=2026).start()
    to_kill = set(KILL_AT_UPLOADS)

    def kill_mid_batch(n: int) -> None:
        if n in to_kill:
            to_kill.discard(n)
            process.kill()

    proxy.on_upload_forwarded = kill_mid_batch
    try:
        enrolled = enroll_booth(hub, demo_db)  # direct, not through the proxy
        with demo_db.write() as session:
            session.get(SyncState, 1).hub_url = proxy.url
        engine = SyncEngine(demo_db)
        deadline = time.monotonic() + DEADLINE_S
        cycles = failures = 0
        while True:
            assert time.monotonic() < deadline, f"not delivered after {cycles} cycles"
            if not process.alive:
                process.start()
                proxy.target_port = process.port
            report = engine.run_cycle(download=False, wait=True)
            cycles += 1
            if report.ok and report.pending == 0:
                break
            if not report.ok:
                failures += 1
                assert report.error_kind in ("unreachable", "busy"), report.error
                assert report.next_delay_s is not None
                assert 1.0 <= report.next_delay_s <= max(BACKOFF_CAP_S, 5.0)
            else:
                assert report.next_delay_s == SYNC_INTERVAL_S
    finally:
        proxy.stop()
        process.stop()
    print(f"delivered in {time.perf_counter() - started:.1f} s")

    print(f"{cycles} cycles, {failures} failed, faults {dict(proxy.counts)}")
    assert not to_kill, "the hub was not killed mid-batch as planned"
    assert process.starts == 1 + len(KILL_AT_UPLOADS)
    assert failures > 0 and proxy.counts["drop_response"] and proxy.counts["duplicate"]
    with hub.db.read() as session:
        held = session.execute(
            select(SaleRecord.id, SaleRecord.total).where(SaleRecord.booth_id == enrolled.booth_id)
        ).all()
        facts = session.scalar(select(func.count()).select_from(Fact)
                               .where(Fact.booth_id == enrolled.booth_id))
        fairs = set(session.scalars(select(SaleRecord.fair_id).distinct()
                                    .where(SaleRecord.booth_id == enrolled.booth_id)))
    assert len(held) == SALES and facts == SALES
    assert {r.id for r in held} == local_ids
    assert sum(r.total for r in held) == local_sum
    assert fairs == {enrolled.fair_id}  # local fair ids were mapped to the hub's
    with demo_db.read() as session:
        statuses = dict(session.execute(
            select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)).all())
    assert statuses == {"sent": SALES}


def _fair_days(db):  # noqa: ANN001, ANN202
    with db.read() as session:
        fair = session.scalars(select(Fair)).first()
        return fair.starts_on, fair.ends_on
