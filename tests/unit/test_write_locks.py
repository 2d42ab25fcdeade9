"""Writers hold SQLite's write lock from their first statement (BEGIN IMMEDIATE); readers don't.

Why: the till and the sync thread both write the booth database. A write transaction begun
DEFERRED reads under a snapshot and upgrades to the write lock at its first write; in WAL mode
that upgrade fails at once with "database is locked" (SQLITE_BUSY, the busy timeout is not
applied) when the other writer committed in between or holds the lock. These tests fail if
``app.db.WRITE_BEGIN`` is switched back to BEGIN DEFERRED.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from app.db import Database
from app.models import OutboxEntry, Sale, Shift
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, SaleResult, checkout
from app.services.till import Till

CHECKOUTS = 60
WAIT_S = 10.0  # a bound on each hand-over between the threads; hitting it is a failure


def write_locked(path: Path) -> bool:
    """Whether some connection holds the write lock now: a connection that will not wait
    (timeout 0) cannot begin a write transaction."""
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return True
    else:
        probe.execute("ROLLBACK")
        return False
    finally:
        probe.close()


def _orm_read(session: Session) -> object:
    return session.scalar(select(func.count()).select_from(Shift))


def _core_read(session: Session) -> object:  # as checkout's open-shift check
    return session.connection().execute(text("SELECT count(*) FROM shifts")).scalar()


def _dbapi_read(session: Session) -> object:  # as app.bulk and app.sync.wire
    cursor = session.connection().connection.driver_connection.execute("SELECT 1")
    try:
        return cursor.fetchone()
    finally:
        cursor.close()


@pytest.mark.parametrize("first_read", [_orm_read, _core_read, _dbapi_read],
                         ids=["orm", "core", "dbapi"])
def test_write_holds_the_lock_from_its_first_read(
    db: Database, first_read: Callable[[Session], object]
) -> None:
    assert not write_locked(db.paths.database)
    with db.write() as session:
        first_read(session)
        assert write_locked(db.paths.database), "write() began DEFERRED: no lock after a read"
    assert not write_locked(db.paths.database)


def test_read_takes_no_write_lock(db: Database) -> None:
    with db.read() as session:
        _orm_read(session)
        assert session.in_transaction()
        assert not write_locked(db.paths.database), "read() must not block the other writer"


class Turns:
    """What the till and the sync thread tell each other, so that they meet at the worst
    moments every time instead of by luck. Every wait is on the other thread's progress, with
    WAIT_S as a bound whose expiry is a failure, never on time.

    SQLite's lock is not fair (a busy wait polls), so left alone a till writing back to back
    would starve the sync thread, or the reverse. Instead they take turns: a checkout begins
    only after a sync transaction has done its read since the last checkout began, and the
    sync thread begins its next transaction only after the checkout it let in has committed.
    """

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.started = 0  # checkouts begun
        self.finished = 0  # checkouts committed
        self.sync_reads = 0  # sync transactions past their first read
        self.done = False
        self._reads_at_start = 0  # so the first checkout waits for a sync read too

    def wait(self, what: str, ready: Callable[[], bool]) -> int:
        """Wait until ``ready`` (or the end); returns the checkouts begun by then."""
        with self.cond:
            if not self.cond.wait_for(lambda: ready() or self.done, WAIT_S):
                raise AssertionError(f"no progress within {WAIT_S} s waiting to {what}")
            return self.started

    def begin_checkout(self) -> None:
        self.wait("let a sync transaction in", lambda: self.sync_reads > self._reads_at_start)
        with self.cond:
            self.started += 1
            self._reads_at_start = self.sync_reads
            self.cond.notify_all()

    def end_checkout(self) -> None:
        with self.cond:
            self.finished += 1
            self.cond.notify_all()

    def sync_read(self) -> int:
        """A sync transaction is past its read; returns the checkouts begun before it."""
        with self.cond:
            self.sync_reads += 1
            self.cond.notify_all()
            return self.started

    def stop(self) -> None:
        with self.cond:
            self.done = True
            self.cond.notify_all()


def mark_sent_once(db: Database, turns: Turns) -> tuple[int, int]:
    """One sync transaction that reads the pending facts first, then marks them sent (with the
    UPDATE of app.sync.wire.record_answer); returns how many, and the checkouts begun when it
    let the till in.

    Between its read and its write it lets the till in at the worst moment. Holding the write
    lock (IMMEDIATE), it waits until a checkout has begun, so that checkout's BEGIN really
    waits on this transaction. When nothing keeps the till out (DEFERRED), it waits until a
    checkout begun after its read has committed: its own write then has to upgrade a stale
    snapshot, which SQLite refuses at once with "database is locked".
    """
    table = OutboxEntry.__table__
    with db.write() as session:
        ids = session.scalars(
            select(OutboxEntry.id).where(OutboxEntry.status == "pending").order_by(OutboxEntry.seq)
        ).all()
        begun = turns.sync_read()
        if write_locked(db.paths.database):
            let_in = turns.wait("see a checkout begin", lambda: turns.started > begun
                                or turns.started > turns.finished)
        else:
            let_in = turns.wait("see a checkout commit", lambda: turns.finished > begun)
        if ids:
            session.execute(
                update(table).where(table.c.id.in_(ids), table.c.status == "pending")
                .values(status="sent", sent_utc=datetime.now(UTC),
                        attempts=table.c.attempts + 1, last_error=None)
            )
    return len(ids), let_in


def sync_worker(db: Database, turns: Turns, errors: list[BaseException],
                marked: list[int]) -> None:
    """Marks facts sent, transaction after transaction, until the till is done and nothing is
    left pending."""
    try:
        let_in = 0
        while True:
            turns.wait("see the checkout it let in commit", lambda n=let_in: turns.finished >= n)
            with turns.cond:
                done = turns.done
            count, let_in = mark_sent_once(db, turns)
            marked.append(count)
            if done and not count:
                return
    except BaseException as exc:  # noqa: BLE001 - reported by the test
        errors.append(exc)
        turns.stop()


def describe(exc: BaseException) -> str:
    """The error with SQLite's own code name (SQLITE_BUSY_SNAPSHOT says: stale snapshot)."""
    orig = getattr(exc, "orig", exc)
    return f"{exc!r} [{getattr(orig, 'sqlite_errorname', '?')}] in {type(exc).__module__}"


def test_checkouts_while_sync_marks_facts_sent(demo_db: Database, cashier_till: Till) -> None:
    db = demo_db
    cart = Cart()
    cart.add(lookup_code(db, "2000010000012"), 1)
    pay = [PaymentInput("cash", cart.total)]
    with db.read() as session:
        facts_before = session.scalar(select(func.count()).select_from(OutboxEntry))
    turns = Turns()
    errors: list[BaseException] = []
    marked: list[int] = []
    sync = threading.Thread(target=sync_worker, args=(db, turns, errors, marked),
                            name="sync", daemon=True)
    sync.start()
    sales: list[SaleResult] = []
    try:
        for _ in range(CHECKOUTS):
            turns.begin_checkout()
            if errors:
                break
            sales.append(checkout(db, cashier_till, cart, pay))
            turns.end_checkout()
    except Exception as exc:  # noqa: BLE001 - reported with the sync thread's
        errors.append(exc)
    finally:
        turns.stop()
        sync.join(WAIT_S * 2)
    assert not sync.is_alive(), "the sync thread did not finish"
    assert not errors, f"{len(errors)} error(s), first: {describe(errors[0])}"
    assert len(sales) == CHECKOUTS
    assert marked.count(1) >= CHECKOUTS, f"the two did not take turns: {marked}"

    with db.read() as session:
        stored = set(session.scalars(select(Sale.id).where(Sale.shift_id == cashier_till.shift_id)))
        facts = session.execute(
            select(OutboxEntry.id, OutboxEntry.seq, OutboxEntry.status, OutboxEntry.attempts)
        ).all()
    assert stored == {s.id for s in sales}
    assert len(facts) == facts_before + CHECKOUTS
    ids = [f.id for f in facts]
    assert len(set(ids)) == len(ids) and {s.id for s in sales} <= set(ids)
    seqs = sorted(f.seq for f in facts)
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs))), "a gap in the outbox sequence"
    assert {(f.status, f.attempts) for f in facts} == {("sent", 1)}, "not each sent exactly once"
