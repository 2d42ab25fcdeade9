"""Hypothesis drives the upload protocol over HTTP with lost requests, lost responses and
duplicates. Invariant: the hub never holds a fact that was not sent, never holds one twice,
and after a final full resend holds exactly the facts made, once each."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from app.sync.payloads import parse_payload
from app.sync.protocol import MAX_BATCH, canonical_json
from server.incoming import stored_text
from server.models import Fact, SaleRecord, VisitorCountRecord
from tests.hub.factories import sale_fact, sale_line, visitor_fact, void_fact

HOURS = [datetime(2026, 11, 21, h, tzinfo=UTC) for h in (2, 3)]
FATES = ("delivered", "lost_request", "lost_response")


def test_upload_protocol_survives_a_bad_network(hub):
    class UploadMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.device = hub.enroll()
            self.outbox: list[dict] = []  # every fact the booth made, in seq order
            self.acked: set[str] = set()  # facts the client saw the hub hold
            self.sent_ever: set[str] = set()  # facts that left the laptop at least once

        def _add(self, fact: dict) -> None:
            fact["seq"] = len(self.outbox) + 1
            self.outbox.append(fact)

        @rule(price=st.integers(1, 500).map(lambda k: k * 1000), qty=st.sampled_from(["1", "2", "0.5"]))
        def sell(self, price: int, qty: str) -> None:
            self._add(sale_fact([sale_line(price=price, quantity=qty)]))

        @rule(hour=st.sampled_from(HOURS), count=st.integers(0, 50))
        def count_visitors(self, hour: datetime, count: int) -> None:
            self._add(visitor_fact(count, hour=hour))

        @precondition(lambda self: any(f["kind"] == "sale" for f in self.outbox))
        @rule(data=st.data())
        def void(self, data: st.DataObject) -> None:
            sales = [f for f in self.outbox if f["kind"] == "sale"]
            self._add(void_fact(data.draw(st.sampled_from(sales))))

        @rule(n=st.integers(1, 6), fate=st.sampled_from(FATES), resend_acked=st.booleans(),
              repeat_inside=st.booleans())
        def send(self, n: int, fate: str, resend_acked: bool, repeat_inside: bool) -> None:
            batch = [f for f in self.outbox if f["id"] not in self.acked][:n]
            if resend_acked:
                batch += [f for f in self.outbox if f["id"] in self.acked][-2:]
            if repeat_inside and batch:
                batch.append(batch[0])
            if fate == "lost_request" or not batch:
                return
            self.sent_ever.update(f["id"] for f in batch)
            response = self.device.upload(batch)
            if fate == "lost_response":
                return
            assert response.status_code == 200, response.text
            for fact, result in zip(batch, response.json()["results"], strict=True):
                assert result["id"] == fact["id"]
                assert result["status"] in ("inserted", "duplicate"), result
                if fact["id"] in self.acked:
                    assert result["status"] == "duplicate"
                self.acked.add(fact["id"])

        @invariant()
        def hub_holds_only_sent_facts_once_each(self) -> None:
            held = self._held()
            assert set(held) <= self.sent_ever
            assert self.acked <= set(held)
            by_id = {f["id"]: f for f in self.outbox}
            for fact_id, (kind, version, payload) in held.items():
                f = by_id[fact_id]  # the hub holds exactly what was sent, as validated
                assert (kind, version) == (f["kind"], f["payload_version"])
                sent = parse_payload(f["kind"], f["payload_version"], f["payload"])
                assert canonical_json(json.loads(payload)) == \
                    canonical_json(json.loads(stored_text(sent)))

        def _held(self) -> dict[str, tuple[str, int, str]]:
            with hub.db.read() as s:
                rows = s.execute(select(Fact.id, Fact.kind, Fact.payload_version, Fact.payload)
                                 .where(Fact.device_id == self.device.device_id)).all()
            return {r.id: (r.kind, r.payload_version, r.payload) for r in rows}

        def teardown(self) -> None:
            for start in range(0, len(self.outbox), MAX_BATCH):
                batch = self.outbox[start:start + MAX_BATCH]
                body = self.device.results(batch)
                assert {r["status"] for r in body["results"]} <= {"inserted", "duplicate"}
            held = self._held()
            assert set(held) == {f["id"] for f in self.outbox}
            if self.outbox:
                assert body["max_seq"] == len(self.outbox)
            sales = [f for f in self.outbox if f["kind"] == "sale"]
            latest: dict[str, int] = {}
            for f in self.outbox:
                if f["kind"] == "visitor_count":  # seq order: the last one wins
                    latest[f["payload"]["hour_utc"]] = f["payload"]["count"]
            with hub.db.read() as s:
                booth = self.device.booth_id
                n_sales = s.scalar(select(func.count()).select_from(SaleRecord)
                                   .where(SaleRecord.booth_id == booth))
                visits = s.execute(select(VisitorCountRecord.hour_utc, VisitorCountRecord.count)
                                   .where(VisitorCountRecord.booth_id == booth)).all()
            assert n_sales == len(sales)
            assert {h.isoformat(): c for h, c in visits} == latest

    UploadMachine.TestCase.settings = settings(
        max_examples=12, stateful_step_count=14, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    UploadMachine.TestCase().runTest()

