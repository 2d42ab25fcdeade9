"""The upload loop against the real hub: recording beside the next upload, 413 splitting, cancel.

Batches are small (``batch_size``) so a few dozen sales make several of them. A client that
notes every upload (the fact ids in its body) and a wrapper around ``record_answer`` give the
order of events, which is what the rules are about: a fact is marked sent only after the
hub's answer, no batch holds a fact whose answer is still being recorded, every recording
ends before ``run_cycle`` returns, and a cancel is neither a success nor a failure.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from app.models import SyncState
from app.services.outbox import enqueue
from app.sync import engine as engine_module
from app.sync import errors
from app.sync.cycle_report import SYNC_INTERVAL_S
from app.sync.engine import SyncEngine
from app.sync.transport import HubClient
from app.sync.wire import record_answer
from tests.hub.conftest import RELAXED, Hub, LiveServer
from tests.sync.conftest import enroll_booth, on_hub, outbox, queue_sales, state


class WatchedClient(HubClient):
    """A real HubClient that logs each upload (its fact ids) and each answer, in order."""

    def __init__(self, url: str, token: str | None, ca_file: str | None, log: list[tuple],
                 after_upload: Callable[[int], None] | None = None,
                 after_changes: Callable[[int], None] | None = None) -> None:
        super().__init__(url, token, ca_file)
        self.log = log
        self.after_upload = after_upload
        self.after_changes = after_changes
        self.pages = 0

    def upload(self, gzipped_body: bytes) -> Any:
        ids = [f["id"] for f in json.loads(gzip.decompress(gzipped_body))["facts"]]
        self.log.append(("upload", ids, time.monotonic()))
        answer = super().upload(gzipped_body)
        self.log.append(("answer", ids, time.monotonic()))
        if self.after_upload is not None:
            self.after_upload(sum(1 for e in self.log if e[0] == "answer"))
        return answer

    def changes(self, cursor: str | None, limit: int = 500) -> Any:
        page = super().changes(cursor, limit)
        self.pages += 1
        if self.after_changes is not None:
            self.after_changes(self.pages)
        return page


def watched(log: list[tuple], **hooks: Any) -> Callable[..., HubClient]:
    return lambda url, token, ca_file: WatchedClient(url, token, ca_file, log, **hooks)


def uploads(log: list[tuple]) -> list[list[str]]:
    """The batches sent, in the order their requests were logged (with two on the wire at
    once, the two threads may log in either order)."""
    return [ids for what, ids, _ in log if what == "upload"]


def in_seq_order(batches: list[list[str]], order: list[str]) -> list[list[str]]:
    """The same batches in the order they were read from the outbox (by their first fact)."""
    position = {fact_id: n for n, fact_id in enumerate(order)}
    return sorted(batches, key=lambda batch: position[batch[0]])


def test_recording_overlaps_the_next_upload_and_never_races_it(hub, demo_db, monkeypatch):
    """One request at a time, so the order of events is fixed and can be checked whole."""
    enrolled = enroll_booth(hub, demo_db)
    queue_sales(demo_db, 20)
    log: list[tuple] = []

    def slow_record(db, facts, answer, now):  # noqa: ANN001, ANN202
        ids = [f.id for f in facts]
        log.append(("record", ids, time.monotonic()))
        time.sleep(0.3)  # an fsync on a slow disk: the next upload must not wait for it
        outcome = record_answer(db, facts, answer, now)
        log.append(("recorded", ids, time.monotonic()))
        return outcome

    monkeypatch.setattr(engine_module, "record_answer", slow_record)
    report = SyncEngine(demo_db, client_factory=watched(log), batch_size=5,
                        upload_depth=1).run_cycle(download=False)

    assert report.ok and report.sent["sale"] == 20 and report.pending == 0
    assert set(outbox(demo_db).values()) == {"sent"}  # every recording ended before return
    batches = uploads(log)
    assert [i for b in batches for i in b] == list(outbox(demo_db))  # each once, seq order
    at = {(what, tuple(ids)): n for n, (what, ids, _) in enumerate(log)}
    for k, ids in enumerate(map(tuple, batches)):
        assert at[("answer", ids)] < at[("record", ids)]  # marked only after the answer
        if k:
            before = tuple(batches[k - 1])
            # Batch k went out while batch k-1 was being recorded: the overlap is real...
            assert at[("answer", before)] < at[("upload", ids)] < at[("recorded", before)]
    # ...and safe: the hub holds each sale once.
    assert on_hub(hub, enrolled.booth_id) == set(outbox(demo_db))


def test_two_batches_are_on_the_wire_at_once_and_each_fact_goes_once(hub, demo_db):
    """upload_depth 2 (the default): the second batch goes out before the first is answered
    (a slow link is simulated on the first), answers are recorded in order, and the hub
    holds each fact once."""
    enrolled = enroll_booth(hub, demo_db)
    queue_sales(demo_db, 23)
    oldest = next(iter(outbox(demo_db)))
    log: list[tuple] = []

    class SlowFirst(WatchedClient):
        def upload(self, gzipped_body: bytes) -> Any:
            if oldest.encode() in gzip.decompress(gzipped_body):
                time.sleep(0.5)  # the first batch crawls; the second must not wait for it
            return super().upload(gzipped_body)

    engine = SyncEngine(demo_db, batch_size=5,
                        client_factory=lambda u, t, c: SlowFirst(u, t, c, log))
    assert engine.upload_depth == 2
    report = engine.run_cycle(download=False)
    assert report.ok and report.sent["sale"] == 23 and report.pending == 0
    assert report.duplicates == 0
    batches = in_seq_order(uploads(log), list(outbox(demo_db)))
    assert sorted(i for b in batches for i in b) == sorted(outbox(demo_db))  # each once
    at = {(what, tuple(ids)): n for n, (what, ids, _) in enumerate(log)}
    first, second = map(tuple, batches[:2])
    assert at[("upload", second)] < at[("answer", first)]  # both on the wire at once
    for k in range(2, len(batches)):  # never more than two
        assert at[("answer", tuple(batches[k - 2]))] < at[("upload", tuple(batches[k]))]
    assert set(outbox(demo_db).values()) == {"sent"}
    assert on_hub(hub, enrolled.booth_id) == set(outbox(demo_db))


def test_a_failed_recording_is_the_cycles_error_and_only_causes_resends(
        hub, demo_db, monkeypatch):
    enrolled = enroll_booth(hub, demo_db)
    queue_sales(demo_db, 20)
    calls = 0
    failed: list[str] = []

    def second_fails(db, facts, answer, now):  # noqa: ANN001, ANN202
        nonlocal calls
        calls += 1
        if calls == 2:
            failed.extend(f.id for f in facts)
            raise errors.incompatible("test: recording failed")
        return record_answer(db, facts, answer, now)

    monkeypatch.setattr(engine_module, "record_answer", second_fails)
    log: list[tuple] = []
    report = SyncEngine(demo_db, client_factory=watched(log), batch_size=5).run_cycle(
        download=False)
    assert report.error_kind == "incompatible" and not report.ok
    assert state(demo_db).failures == 1
    statuses = outbox(demo_db)
    held = on_hub(hub, enrolled.booth_id)
    sent = {i for i, s in statuses.items() if s == "sent"}
    assert sent and sent <= held  # nothing marked sent that the hub did not answer for
    assert failed and set(failed) <= set(statuses) - sent  # the batch whose recording failed
    assert sum(report.sent.values()) == len(sent)

    monkeypatch.undo()
    again = SyncEngine(demo_db, batch_size=5).run_cycle(download=False)
    assert again.ok and again.pending == 0
    assert again.duplicates == len(held - sent)  # re-sent, answered duplicate, counted once
    assert on_hub(hub, enrolled.booth_id) == set(outbox(demo_db))
    assert len(outbox(demo_db)) == 20 and state(demo_db).failures == 0


@pytest.fixture
def small_hub_url(hub: Hub) -> Iterator[str]:
    """The same hub database behind a server that refuses request bodies over 4 KiB inflated."""
    server = LiveServer(hub.database_url, replace(RELAXED, max_inflated_bytes=4096)).start()
    yield server.url
    server.stop()


def test_a_batch_too_large_is_split_and_a_fact_too_large_alone_set_aside(
        hub, demo_db, small_hub_url):
    enrolled = enroll_booth(hub, demo_db)
    queue_sales(demo_db, 6, seed=1)
    with demo_db.write() as session:
        big = enqueue(session, "sale", {"fair_id": 1, "padding": "x" * 8000})
    queue_sales(demo_db, 5, seed=2)
    with demo_db.write() as session:
        session.get(SyncState, 1).hub_url = small_hub_url
    log: list[tuple] = []
    report = SyncEngine(demo_db, client_factory=watched(log), batch_size=8).run_cycle(
        download=False)

    assert report.ok and report.pending == 0, report.summary_lines()
    assert [(r[0], r[1]) for r in report.rejected] == [(big, "too_large")]
    assert report.sent["sale"] == 11 and report.duplicates == 0
    statuses = outbox(demo_db)
    assert statuses.pop(big) == "rejected" and set(statuses.values()) == {"sent"}
    assert on_hub(hub, enrolled.booth_id) == set(statuses)
    sizes = [len(b) for b in uploads(log)]
    # Two batches go out at once, so the log's order between them is the threads': the
    # full batch of 8 was sent, then halves down to the fact too large alone.
    assert max(sizes) == 8 and min(sizes) == 1 and [big] in uploads(log)
    answered = [ids for what, ids, _ in log if what == "answer"]
    assert sorted(i for b in answered for i in b) == sorted(statuses)  # each answered once


def test_cancel_between_batches_stops_after_the_current_one_without_a_failure(
        hub, demo_db):
    enrolled = enroll_booth(hub, demo_db)
    queue_sales(demo_db, 12)
    log: list[tuple] = []
    holder: dict[str, SyncEngine] = {}

    def cancel_after_first(answers: int) -> None:
        if answers == 1:
            holder["engine"].cancel()

    engine = SyncEngine(demo_db, client_factory=watched(log, after_upload=cancel_after_first),
                        batch_size=5)
    holder["engine"] = engine
    report = engine.run_cycle()

    # The batches already on the wire when the cancel came (the first, and the second if it
    # had gone out by then: up to upload_depth) are answered and recorded; no more go out.
    went = uploads(log)
    assert report.cancelled and not report.ok and report.error is None
    assert 1 <= len(went) <= engine.upload_depth == 2
    assert report.sent["sale"] == 5 * len(went) and report.pending == 12 - 5 * len(went)
    assert report.next_delay_s == SYNC_INTERVAL_S and not report.downloaded
    first = {i for batch in went for i in batch}
    statuses = outbox(demo_db)
    assert {i for i, s in statuses.items() if s == "sent"} == first  # recorded before return
    assert on_hub(hub, enrolled.booth_id) == first
    after = state(demo_db)
    assert after.failures == 0 and after.last_error is None and after.last_success_utc is None
    assert after.last_attempt_utc is not None

    # The engine stays cancelled (a closing app); a later cycle of a new one sends the rest.
    assert engine.run_cycle().cancelled and len(uploads(log)) == len(went)
    rest = SyncEngine(demo_db, batch_size=5).run_cycle()
    assert rest.ok and rest.sent["sale"] == 12 - len(first) and rest.duplicates == 0
    assert rest.pending == 0
    assert on_hub(hub, enrolled.booth_id) == set(outbox(demo_db))


def test_a_connection_cut_after_cancel_is_the_cancel_not_a_failure(hub, demo_db):
    """What the app's last resort does to a request that does not answer while closing."""
    enroll_booth(hub, demo_db)
    queue_sales(demo_db, 3)
    problem = json.dumps({"kind": "busy", "template": "x", "params": {},
                          "at": datetime.now(UTC).isoformat()})
    with demo_db.write() as session:  # an earlier failure: its backoff must stay as it was
        row = session.get(SyncState, 1)
        row.failures, row.last_error = 3, problem

    class CutClient(HubClient):
        def upload(self, gzipped_body: bytes) -> Any:
            engine.cancel()
            raise errors.unreachable(self.base_url, "stopped because the app is closing")

    engine = SyncEngine(demo_db, client_factory=CutClient)
    report = engine.run_cycle()
    assert report.cancelled and report.error is None and report.pending == 3
    after = state(demo_db)
    assert after.failures == 3 and after.last_error == problem
    assert 1.0 <= report.next_delay_s <= 8.0  # still the backoff of 3 failures


def test_a_cycle_cancelled_before_it_starts_does_not_touch_the_network(demo_db, hub):
    enroll_booth(hub, demo_db)

    def no_network(*_args: object) -> HubClient:
        raise AssertionError("a cancelled cycle opened a connection")

    engine = SyncEngine(demo_db, client_factory=no_network)
    engine.cancel()
    report = engine.run_cycle()
    assert report.cancelled and report.error is None and state(demo_db).failures == 0


def test_cancel_between_catalog_pages_keeps_the_pages_applied(hub, demo_db):
    enroll_booth(hub, demo_db)
    log: list[tuple] = []
    holder: dict[str, SyncEngine] = {}
    engine = SyncEngine(demo_db, page_size=1, client_factory=watched(
        log, after_changes=lambda pages: holder["engine"].cancel()))
    holder["engine"] = engine
    report = engine.run_cycle()
    assert report.cancelled and report.error is None
    assert sum(report.downloaded.values()) <= 1
    cursor = state(demo_db).cursor
    assert cursor is not None  # the page applied is recorded with its cursor
    rest = SyncEngine(demo_db).run_cycle()
    assert rest.ok and state(demo_db).failures == 0 and state(demo_db).cursor != cursor
