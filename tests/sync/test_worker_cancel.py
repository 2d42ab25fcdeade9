"""Closing the app in the middle of an upload: the Qt worker cancels, it does not cut.

The fault proxy holds the first batch's answer (the hub has the batch, the booth waits) until
just after ``SyncWorker.stop()`` was called; the cycle must end without being cut short, with
the batches already sent (the first; the second too if it had gone out: two may be on the
wire at once) recorded as sent, no failure counted, and the rest left for a later cycle.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

from app.models import SyncState
from app.services.sync_state import sync_status
from app.sync.engine import SyncEngine
from app.ui.sync_worker import SyncWorker
from tests.sync.conftest import enroll_booth, on_hub, outbox, queue_sales, state
from tests.sync.fault_proxy import holding_first_answer

SALES = 1200  # two full batches of 500, then 200
GRACE_S = 30.0


def test_stop_mid_upload_lets_the_batch_finish_and_records_no_failure(qtbot, hub, demo_db):
    enrolled = enroll_booth(hub, demo_db)
    queue_sales(demo_db, SALES)
    held = holding_first_answer(urlsplit(hub.url).port, hold_s=10)
    proxy, in_flight, release = held.proxy, held.forwarded, held.release
    with demo_db.write() as session:
        session.get(SyncState, 1).hub_url = proxy.url
    worker = SyncWorker(demo_db)
    try:
        worker.start()
        assert in_flight.wait(30), "the first batch never went out"
        threading.Timer(0.2, release.set).start()
        # A grace far longer than the hold: the answers come in time, however slow the machine
        assert worker.stop(timeout_s=GRACE_S + 5, grace_s=GRACE_S)
    finally:
        release.set()
        proxy.stop()
    assert not worker.was_cut_short(), "the answer came in time: nothing had to be cut"
    qtbot.waitUntil(lambda: worker.last_report() is not None, timeout=5000)
    report = worker.last_report()
    went = proxy.uploads_forwarded
    assert went in (1, 2), went
    assert report.cancelled and report.error is None and report.sent["sale"] == 500 * went
    status = sync_status(demo_db)
    assert status.pending_total == SALES - 500 * went and status.last_error is None
    assert state(demo_db).failures == 0
    sent = {i for i, s in outbox(demo_db).items() if s == "sent"}
    assert len(sent) == 500 * went and sent == on_hub(hub, enrolled.booth_id)

    with demo_db.write() as session:
        session.get(SyncState, 1).hub_url = hub.url
    rest = SyncEngine(demo_db).run_cycle(download=False)
    assert rest.ok and rest.sent["sale"] == SALES - 500 * went and rest.duplicates == 0
    assert on_hub(hub, enrolled.booth_id) == set(outbox(demo_db))
