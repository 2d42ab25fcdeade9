"""Concurrent re-sends and a hub restart: still exactly once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from server.models import Fact, SaleRecord
from tests.hub.conftest import RELAXED, LiveServer
from tests.hub.factories import sale_fact, visitor_fact


def test_same_batch_sent_concurrently_is_inserted_once(hub):
    device = hub.enroll()
    batch = [sale_fact() for _ in range(20)] + [visitor_fact(n) for n in range(5)]
    with ThreadPoolExecutor(4) as pool:
        bodies = list(pool.map(lambda _: device.results(batch), range(4)))
    for i in range(len(batch)):
        statuses = sorted(b["results"][i]["status"] for b in bodies)
        assert statuses == ["duplicate", "duplicate", "duplicate", "inserted"]
    with hub.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Fact)
                        .where(Fact.device_id == device.device_id)) == len(batch)
        assert s.scalar(select(func.count()).select_from(SaleRecord)
                        .where(SaleRecord.booth_id == device.booth_id)) == 20


def test_hub_restart_loses_nothing_and_doubles_nothing(hub):
    device = hub.enroll()
    server = LiveServer(hub.database_url, RELAXED).start()
    batch = [sale_fact() for _ in range(5)]
    r = device.upload(batch[:3], url=server.url)
    assert r.status_code == 200
    server.stop()  # the hub goes down after answering (or the answer is lost on the way)
    again = LiveServer(hub.database_url, RELAXED).start()
    try:
        body = device.upload(batch, url=again.url).json()
    finally:
        again.stop()
    assert [x["status"] for x in body["results"]] == ["duplicate"] * 3 + ["inserted"] * 2
    assert body["max_seq"] == max(f["seq"] for f in batch)
