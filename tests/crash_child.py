"""Child process for the crash test: sells until it is killed.

Started by tests/unit/test_crash_durability.py in one of two ways.

As a "zygote" (POSIX only, it forks), so the ~1 s of imports (SQLAlchemy, Alembic, the services)
is paid once, not once per kill:

    python tests/crash_child.py DATA_DIR

reads one command per line on stdin, ``go SEED``, and for each one forks a worker. The worker
starts from nothing but imported modules (no SQLite handle crosses the fork). The zygote reaps it
and reports ``DEAD pid status``.

As one worker in a fresh interpreter (every platform, Windows booths included, where there is no
fork); the parent kills it (SIGKILL, or TerminateProcess on Windows) and reaps it itself:

    python tests/crash_child.py --once DATA_DIR SEED

Either way the worker opens the database with app.db.Database exactly like the app does at start
(integrity check, WAL recovery of whatever the previous worker left behind), logs the cashier in,
finds or opens the shift, then sells in a loop until the parent kills it.

Everything goes to stdout, one line per write (atomic on a pipe):

    PID <pid>                                 the worker is alive (the parent kills this pid)
    P open | P login | P sell                 phase markers, so kills can be told apart
    C                                         checkout is about to COMMIT (engine "commit" event)
    ACK <sale id> <number> <total> <lines>    checkout() returned: "the screen said so"
    DEAD <pid> <wait status>                  written by the zygote after reaping the worker
                                              (in --once mode the parent makes this line up)

Fault injection for checking that the test can fail (never used by default):
CRASH_FAULT=split commits the sale rows and the outbox row in two transactions.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, select  # noqa: E402

from app.config import Paths  # noqa: E402
from app.db import Database  # noqa: E402
from app.models import Product  # noqa: E402
from app.services import checkout as checkout_module  # noqa: E402
from app.services import settings  # noqa: E402
from app.services.auth import authenticate, list_staff  # noqa: E402
from app.services.cart import Cart  # noqa: E402
from app.services.catalog import ProductInfo, get_product  # noqa: E402
from app.services.checkout import PaymentInput, checkout  # noqa: E402
from app.services.shifts import current_shift, open_shift  # noqa: E402
from app.services.till import Till  # noqa: E402

CASHIER_PIN = "1111"  # the demo cashier's PIN (resources/demo/catalog.json)
ONCE_FAILED = 3  # exit code of a --once worker that raised (see once())


def say(line: str) -> None:
    """Print and flush as one write() of the whole line, so a kill never leaves half a line.

    (print() writes the text and the newline separately when stdout is unbuffered, e.g. with
    PYTHONUNBUFFERED set; a single write of under PIPE_BUF bytes to a pipe is atomic.)
    """
    os.write(1, (line + "\n").encode())


def _inject_split_commit() -> None:
    """Fault for the sanity check: commit the sale, then write its outbox row in a second tx."""
    real_enqueue = checkout_module.enqueue

    def split_enqueue(session, kind, payload, fact_id=None):  # noqa: ANN001, ANN202
        conn = session.connection()
        conn.exec_driver_sql("COMMIT")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        return real_enqueue(session, kind, payload, fact_id=fact_id)

    checkout_module.enqueue = split_enqueue


def worker(data_dir: Path, seed: int) -> None:
    """Sell forever: 1-4 random products, random quantities, paid in cash."""
    rng = random.Random(seed)
    say("P open")
    db = Database(Paths(data_dir), lock=True)
    event.listen(db.engine, "commit", lambda _conn: say("C"))
    say("P login")
    s = settings.load(db)
    cashier = next(p for p in list_staff(db, "cashier"))
    staff = authenticate(db, cashier.id, CASHIER_PIN)
    till = Till(staff, s.location_id, s.fair_id, s.device_code)
    shift = current_shift(db, s.location_id) or open_shift(db, till, 500_000)
    till = till.with_shift(shift.id)
    with db.read() as session:
        ids = list(session.scalars(select(Product.id).where(Product.active)))
    products: dict[int, ProductInfo] = {}
    say("P sell")
    while True:
        cart = Cart()
        for pid in rng.sample(ids, rng.randint(1, 4)):
            product = products.get(pid) or get_product(db, pid)
            assert product is not None
            products[pid] = product
            qty = rng.choice(["0.5", "1.25", "2"]) if product.sold_by_weight else rng.randint(1, 3)
            cart.add(product, qty)
        tendered = cart.total + rng.choice([0, 0, 500, 10_000, 50_000])
        result = checkout(db, till, cart, [PaymentInput("cash", tendered)])
        say(f"ACK {result.id} {result.number} {result.total} {len(cart.lines)}")


def zygote(data_dir: Path) -> None:
    """Fork one worker per ``go SEED`` line, reap it, report how it ended."""
    for command in sys.stdin:
        parts = command.split()
        if not parts or parts[0] != "go":
            break
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                say(f"PID {os.getpid()}")
                worker(data_dir, int(parts[1]))
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        say(f"DEAD {pid} {status}")


def once(data_dir: Path, seed: int) -> None:
    """One worker in this fresh interpreter: how a booth without fork() runs the same test.

    An exception exits with ONCE_FAILED, which neither a SIGKILL (-9) nor TerminateProcess as
    Popen.kill() calls it (exit code 1) produces, so the parent can tell a crash from its kill.
    """
    try:
        say(f"PID {os.getpid()}")
        worker(data_dir, seed)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(ONCE_FAILED)


if __name__ == "__main__":
    if os.environ.get("CRASH_FAULT") == "split":
        _inject_split_commit()
    if sys.argv[1] == "--once":
        once(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        zygote(Path(sys.argv[1]))
