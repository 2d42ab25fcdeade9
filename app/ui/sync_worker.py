"""The sync engine on a background thread, on a timer: the Qt side of app/sync.

`SyncEngine.run_cycle()` blocks for as long as the network takes (up to the 10 s connect and
30 s read timeouts of a hub that does not answer), so it never runs on the UI thread. One
dedicated QThread runs every cycle in turn, so two cycles never overlap (the engine's lock is
the second guard). The schedule lives on the UI thread: a cycle at start, then after
`report.next_delay_s` (30 s while cycles work; exponential backoff with full jitter up to
5 minutes, never sooner than Retry-After, while they fail: the engine computes it with
`retry_delay` from the failure count it keeps in the database, so backoff survives a restart),
and at once on `sync_now()`.

Closing the app first asks the engine to stop (`SyncEngine.cancel()`): the cycle ends after
the exchange under way, with its answer recorded, and is counted neither as a success nor as a
failure. Only if that exchange is still not answered after `CANCEL_GRACE_S` is it cut short:
the engine gets its HubClients from `AbortableClients`, where each HTTP exchange runs on a
short-lived daemon thread and the calling thread waits for it or for `abort()`. An aborted
exchange looks like a dropped connection, which the cancelled engine takes as the cancel; it
marks nothing of that batch sent (exactly-once makes the later resend harmless).
Nothing here touches a widget; results travel by queued signals. A cycle or a status read
that dies of an unforeseen error goes through the background helper's outcome rule
(`run_guarded`): logged with its traceback, retried with backoff, and announced by
`cycle_failed` so the page shows it, since the engine had no chance to record it.
"""

from __future__ import annotations

import functools
import logging
import threading
from datetime import UTC, datetime

import httpx
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from app.db import Database
from app.services.errors import BoothError
from app.services.sync_state import SyncStatus, sync_status
from app.sync.cycle_report import CycleReport, retry_delay
from app.sync.engine import SyncEngine
from app.sync.enrollment import enroll
from app.sync.transport import HubClient, tls_context
from app.ui.background import TaskRunner, run_guarded

log = logging.getLogger("ocop_booth.sync")

STOP_TIMEOUT_S = 5.0
CANCEL_GRACE_S = 1.0  # how long a closing app lets the exchange under way finish
ABORTED_DETAIL = "stopped because the app is closing"


class _AbortableTransport(httpx.BaseTransport):
    """An httpx transport whose requests can be abandoned from another thread.

    A blocked connect() or recv() cannot be interrupted in Python, so the exchange runs on a
    daemon thread and the caller waits on an event that either the exchange or `abort()`
    sets. An abandoned thread finishes (or dies with the process) on its own.
    """

    def __init__(self, owner: AbortableClients, verify: object) -> None:
        self._owner = owner
        self._inner = httpx.HTTPTransport(verify=verify, trust_env=False)  # type: ignore[arg-type]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        done = threading.Event()
        box: dict[str, object] = {}

        def exchange() -> None:
            try:
                response = self._inner.handle_request(request)
                try:
                    raw = b"".join(response.stream)  # still content-encoded: httpx decodes it
                finally:
                    response.close()
                box["response"] = httpx.Response(response.status_code,
                                                 headers=response.headers, content=raw)
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                box["error"] = exc
            finally:
                done.set()

        if not self._owner.track(done):
            raise httpx.ConnectError(ABORTED_DETAIL, request=request)
        try:
            threading.Thread(target=exchange, name="ocop-sync-http", daemon=True).start()
            done.wait()
        finally:
            self._owner.untrack(done)
        if "response" in box:
            return box["response"]  # type: ignore[return-value]
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        raise httpx.ConnectError(ABORTED_DETAIL, request=request)

    def close(self) -> None:
        self._inner.close()


class AbortableClients:
    """A `ClientFactory` for the engine and enrollment whose requests `abort()` cuts short."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._aborted = False
        self._waiting: set[threading.Event] = set()

    def __call__(self, url: str, token: str | None, ca_file: str | None) -> HubClient:
        transport = _AbortableTransport(self, tls_context(ca_file))
        return HubClient(url, token, ca_file, transport=transport)

    def track(self, done: threading.Event) -> bool:
        with self._lock:
            if self._aborted:
                return False
            self._waiting.add(done)
            return True

    def untrack(self, done: threading.Event) -> None:
        with self._lock:
            self._waiting.discard(done)

    def abort(self) -> None:
        """Wake every waiting request (they fail as unreachable) and refuse new ones."""
        with self._lock:
            self._aborted = True
            waiting, self._waiting = list(self._waiting), set()
        for done in waiting:
            done.set()

    @property
    def aborted(self) -> bool:
        return self._aborted


def _end_thread(thread: QThread, engine: SyncEngine, clients: AbortableClients,
                *_args: object) -> None:
    engine.cancel()
    clients.abort()
    thread.quit()
    thread.wait(int(STOP_TIMEOUT_S * 1000))


class _CycleRunner(QObject):
    """Lives on the sync thread; runs one cycle per `run` call and reports by signal."""

    cycle_started = Signal()
    cycle_done = Signal(object, object, object)  # CycleReport, SyncStatus|None, BoothError|None

    def __init__(self, db: Database, engine: SyncEngine) -> None:
        super().__init__()
        self._db = db
        self._engine = engine
        self._crashes = 0

    @Slot()
    def run(self) -> None:
        self.cycle_started.emit()
        cycle = run_guarded(self._engine.run_cycle, "sync cycle")
        if cycle.value is not None:
            report = cycle.value
            self._crashes = 0
        else:  # a bug must not stop syncing for good: retried with backoff
            self._crashes += 1
            now = datetime.now(UTC)
            report = CycleReport(started_utc=now, finished_utc=now, error=cycle.error,
                                 next_delay_s=retry_delay(self._crashes))
        status = run_guarded(lambda: sync_status(self._db, with_set_aside=True),
                             "reading the sync status")
        self.cycle_done.emit(report, status.value, cycle.error or status.error)


class SyncWorker(QObject):
    """Runs sync cycles off the UI thread on the schedule above; `start()`, `sync_now()`,
    `stop()`. Create it only for an enrolled laptop (or right after enrolling)."""

    cycle_started = Signal()
    cycle_finished = Signal(object)  # CycleReport
    cycle_failed = Signal(object)  # BoothError the engine could not record (after finished)
    status_changed = Signal(object)  # SyncStatus, read on the sync thread after each cycle
    _run_requested = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._clients = AbortableClients()
        self._engine = SyncEngine(db, client_factory=self._clients)
        self._running = False
        self._again = False
        self._started = False
        self._stopped = False
        self._next_delay_s: float | None = None
        self._last_report: CycleReport | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._thread = QThread(self)
        self._thread.setObjectName("ocop-sync")
        # Should the worker be deleted without stop() (its window freed first), end the
        # thread before Qt deletes it: a running QThread being deleted aborts the process.
        self.destroyed.connect(functools.partial(_end_thread, self._thread, self._engine,
                                                 self._clients))
        self._runner = _CycleRunner(db, self._engine)
        self._runner.moveToThread(self._thread)
        self._run_requested.connect(self._runner.run)  # queued: runs on the sync thread
        self._runner.cycle_started.connect(self._on_runner_cycle_started)
        self._runner.cycle_done.connect(self._on_runner_cycle_done)
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: the Shell stops it with the window already
            app.aboutToQuit.connect(self.stop)

    # --- public API -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the thread and run the first cycle now; does nothing the second time."""
        if self._started or self._stopped:
            return
        self._started = True
        self._thread.start()
        self._request()

    def sync_now(self) -> None:
        """"Đồng bộ ngay": a cycle at once, or right after the one running now."""
        if not self._started or self._stopped:
            return
        if self._running:
            self._again = True
            return
        self._timer.stop()
        self._request()

    def stop(self, timeout_s: float = STOP_TIMEOUT_S, grace_s: float = CANCEL_GRACE_S) -> bool:
        """Cancel the schedule and the running cycle (it stops after the exchange under way,
        which is cut short if not answered within `grace_s`), let the cycle record its
        outcome, and end the thread. True if the thread ended within `timeout_s`."""
        if self._stopped:
            return not self._thread.isRunning()
        self._stopped = True
        self._timer.stop()
        self._next_delay_s = None
        self._engine.cancel()
        self._thread.quit()  # handled after the running cycle returns
        grace_ms = int(min(grace_s, timeout_s) * 1000)
        done = self._thread.wait(grace_ms)
        if not done:  # a request that does not answer: the last resort
            self._clients.abort()
            done = self._thread.wait(max(0, int(timeout_s * 1000) - grace_ms))
        if not done:
            log.warning("the sync thread did not end within %.1f s", timeout_s)
        return done

    def was_cut_short(self) -> bool:
        """True if stopping had to abandon an exchange the hub had not answered in time."""
        return self._clients.aborted

    def is_running(self) -> bool:
        """True while a cycle is under way."""
        return self._running

    def is_stopped(self) -> bool:
        return self._stopped and not self._thread.isRunning()

    def next_delay_s(self) -> float | None:
        """Seconds to the next scheduled cycle as last scheduled; None when none is (a cycle
        is running, the worker stopped, or retrying needs a person: re-enrollment)."""
        return self._next_delay_s

    def last_report(self) -> CycleReport | None:
        return self._last_report

    # --- slots ----------------------------------------------------------------------------

    def _request(self) -> None:
        self._running = True
        self._next_delay_s = None
        self._run_requested.emit()

    def _on_timer_timeout(self) -> None:
        if not self._stopped and not self._running:
            self._request()

    @Slot()
    def _on_runner_cycle_started(self) -> None:
        self.cycle_started.emit()

    @Slot(object, object, object)
    def _on_runner_cycle_done(self, report: CycleReport, status: SyncStatus | None,
                              failure: BoothError | None) -> None:
        self._running = False
        self._last_report = report
        if not self._stopped:
            self._schedule(report)
        self.cycle_finished.emit(report)
        if failure is not None:
            self.cycle_failed.emit(failure)
        if status is not None:  # unreadable: shown by cycle_failed, read again next cycle
            self.status_changed.emit(status)

    def _schedule(self, report: CycleReport) -> None:
        if self._again:
            self._again = False
            self._request()
            return
        delay = report.next_delay_s
        self._next_delay_s = delay
        if delay is not None:
            self._timer.start(max(1, round(delay * 1000)))


class Enroller(QObject):
    """Burns an enrollment code at the hub off the UI thread: `finished(EnrollResult)` or
    `failed(BoothError)`, always one of them (the background helper's rule). A request in
    flight is cut short when the app quits."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.clients = AbortableClients()
        self._tasks = TaskRunner(self, pool="enroll")
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)
        self.destroyed.connect(self.clients.abort)

    def enroll(self, hub_url: str, code: str, ca_file: str | None = None) -> None:
        db, clients = self._db, self.clients
        self._tasks.start(lambda _task: enroll(db, hub_url, code, ca_file=ca_file,
                                               client_factory=clients),
                          self.finished.emit, self.failed.emit, what="enrollment")

    def busy(self) -> bool:
        return self._tasks.busy()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._tasks.wait(msecs)

    def _on_app_about_to_quit(self) -> None:
        self.clients.abort()

