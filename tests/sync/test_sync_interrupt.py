"""``ocop-booth sync`` stopped with Ctrl+C, and a cycle cut short by a non-sync exception:
neither is a success nor a hub failure, and nothing answered is lost.

The command runs as a real process; the fault proxy holds the first batch's answer while the
test sends SIGINT, then lets it through.

The child starts with SIGINT at Python's default (KeyboardInterrupt) whatever this process
inherited. A shell starts a background job (``nohup pytest &``, some CI runners) with SIGINT
ignored, the ignore survives exec, and Python then leaves it ignored: the POSIX convention that
a keyboard interrupt is not meant for background jobs. ``ocop-booth sync`` rightly keeps that
(a scheduled sync started that way should not stop for a Ctrl+C aimed at something else), so
the product is left alone; the test is about the Ctrl+C a user at a terminal sends, and starts
the command the way a terminal does. (Not ``preexec_fn``: it is unsafe with threads, and the
hub and the proxy run in threads here.)"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from urllib.parse import urlsplit

import pytest

from app.models import SyncState
from app.sync.engine import SyncEngine
from app.sync.transport import HubClient
from tests.sync.conftest import ROOT, enroll_booth, on_hub, outbox, queue_sales, state
from tests.sync.fault_proxy import holding_first_answer

SALES = 1200  # batches of 500, 500, 200: at most two on the wire when the Ctrl+C comes
# `python -m app ARGS` with SIGINT raising KeyboardInterrupt, as under a terminal.
_BOOTH_WITH_CTRL_C = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from app.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_stops_after_the_batches_on_the_wire(hub, demo_db):
    enrolled = enroll_booth(hub, demo_db)
    queue_sales(demo_db, SALES)
    held = holding_first_answer(urlsplit(hub.url).port)
    proxy, forwarded, release = held.proxy, held.forwarded, held.release
    with demo_db.write() as session:
        session.get(SyncState, 1).hub_url = proxy.url
    data_dir = str(demo_db.paths.data_dir)
    demo_db.close()  # the command takes the data dir's instance lock itself
    proc = subprocess.Popen(
        [sys.executable, "-c", _BOOTH_WITH_CTRL_C, "--data-dir", data_dir, "sync", "--upload-only"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert forwarded.wait(60), "the first batch never went out"
        proc.send_signal(signal.SIGINT)
        threading.Timer(0.5, release.set).start()
        out, err = proc.communicate(timeout=60)
    finally:
        release.set()
        proxy.stop()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 1, out + err  # something is still waiting
    assert "Đang dừng" in err and "Traceback" not in err
    assert "Đã dừng giữa chừng" in out, out + err

    from app.config import Paths
    from app.db import Database

    db = Database(Paths(demo_db.paths.data_dir))
    try:
        went = proxy.uploads_forwarded
        assert went in (1, 2), went
        sent = {i for i, s in outbox(db).items() if s == "sent"}
        assert len(sent) == 500 * went and sent == on_hub(hub, enrolled.booth_id)
        after = state(db)
        assert after.failures == 0 and after.last_error is None
        assert after.last_success_utc is None  # stopped: not a success either
    finally:
        db.close()


def test_a_cycle_cut_short_by_another_exception_is_not_a_success(hub, demo_db):
    enroll_booth(hub, demo_db)
    queue_sales(demo_db, 3)

    class Broken(HubClient):
        def upload(self, gzipped_body: bytes) -> object:
            raise RuntimeError("a bug, not the hub")

    with pytest.raises(RuntimeError):
        SyncEngine(demo_db, client_factory=Broken).run_cycle()
    after = state(demo_db)
    assert after.last_success_utc is None and after.failures == 0
    assert after.last_attempt_utc is not None
    assert set(outbox(demo_db).values()) == {"pending"}
