"""Work off the UI thread that always reports back: the one helper every background job uses.

Why it exists: each page used to hand-roll a QRunnable whose `run()` caught only the errors its
author foresaw (BoothError, OSError). Anything else (a bug, a KeyError deep in a service)
escaped into the pool thread, no signal followed, and the page stayed busy for good. Here a job
is a plain callable and `TaskRunner.start` guarantees that exactly one of its `succeeded(result)`
or `failed(error)` callbacks runs, on the UI thread, after any `progressed(done, total)` calls
(the shape of Picard's run_task and Anki's QueryOp). `failed` always receives a BoothError, so
a page has one way to show it (`error_text`): a refusal keeps its own translated text, an
OSError its system message as pages always showed it, and anything else is logged with its
traceback and becomes `UnexpectedError` ("Đã xảy ra lỗi không mong muốn: …").

Lifetimes, the part that is easy to get wrong:
- Jobs run on application-wide pools, one per kind of work (`pool=`), so jobs of a kind keep
  their order and a page being deleted never waits in its pool's destructor for a running
  job (a wait that would hold the GIL the job needs).
- A worker never emits on an object the UI thread may delete. It reports through one relay
  QObject that lives as long as the application, with plain task numbers; the outcome itself
  waits in the relay under a lock until the UI thread takes it.
- On the UI thread the relay first checks that the runner (a child of the page that asked)
  still exists; if the page was closed meanwhile the result is dropped quietly.
- The relay keeps each job's callable until the UI thread has handled its end, so the last
  reference to what the job captured (often the page itself) is dropped on the UI thread,
  never on a worker (deleting a QObject from a foreign thread crashes).

Code that owns its thread (the sync loop) uses `run_guarded`: the same outcome rule, no pool.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from app.services.errors import QT_TRANSLATE_NOOP, BoothError

log = logging.getLogger(__name__)

T = TypeVar("T")

UNEXPECTED = QT_TRANSLATE_NOOP("errors", "Đã xảy ra lỗi không mong muốn: {detail}")


class UnexpectedError(BoothError):
    """An exception nobody planned to show: the user reads one plain sentence naming it, the
    log has the traceback. `cause` is the original exception."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(UNEXPECTED, detail=f"{type(cause).__name__}: {cause}")
        self.cause = cause


class FileSystemError(BoothError):
    """An OSError (unreadable file, full disk, no permission): its own message says what to
    fix, so it is shown as it is, the way the pages showed it before this helper."""

    def __init__(self, cause: OSError) -> None:
        super().__init__("{detail}", detail=str(cause))
        self.cause = cause


def as_booth_error(exc: BaseException, what: str) -> BoothError:
    """The error a page shows for `exc`; an unforeseen one is logged with its traceback."""
    if isinstance(exc, BoothError):
        return exc
    if isinstance(exc, OSError):
        log.warning("%s: %s", what, exc)
        return FileSystemError(exc)
    log.error("%s failed unexpectedly", what, exc_info=exc)
    return UnexpectedError(exc)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How a job ended: its value, or the error to show (`error` is None on success)."""

    value: T | None = None
    error: BoothError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def run_guarded(work: Callable[[], T], what: str = "background task") -> Outcome[T]:
    """Run `work` here and now; every exception becomes the Outcome's error, never escapes."""
    try:
        return Outcome(value=work())
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none is lost
        return Outcome(error=as_booth_error(exc, what))


class TaskControl:
    """Handed to a running job: report progress, and ask whether the user wants it stopped."""

    def __init__(self, task_id: int, relay: _Relay) -> None:
        self._task_id, self._relay = task_id, relay
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        """Safe from the worker: queued to the UI thread as plain numbers."""
        self._relay.progressed.emit(self._task_id, done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


@dataclass
class _Pending:
    """The UI side of a started job: what to call back, and its cancel switch."""

    control: TaskControl
    succeeded: Callable[[Any], None]
    failed: Callable[[BoothError], None]
    progressed: Callable[[int, int], None] | None = None


@dataclass
class _Entry:
    """The relay's record of a running job (see the module docstring on lifetimes)."""

    runner: weakref.ref[TaskRunner]
    work: Callable[[TaskControl], Any] | None
    outcome: Outcome[Any] | None = field(default=None)


class _Relay(QObject):
    """Lives on the UI thread as long as the application; routes workers' reports."""

    progressed = Signal(int, int, int)  # task, done, total
    finished = Signal(int)  # task; its outcome waits in `_entries`

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._entries: dict[int, _Entry] = {}
        self.progressed.connect(self._on_progressed)
        self.finished.connect(self._on_finished)

    def register(self, task_id: int, runner: TaskRunner,
                 work: Callable[[TaskControl], Any]) -> None:
        with self._lock:
            self._entries[task_id] = _Entry(weakref.ref(runner), work)

    def store(self, task_id: int, outcome: Outcome[Any]) -> None:
        """From the worker: park the outcome; `finished(task_id)` follows."""
        with self._lock:
            self._entries[task_id].outcome = outcome

    @Slot(int, int, int)
    def _on_progressed(self, task_id: int, done: int, total: int) -> None:
        with self._lock:
            entry = self._entries.get(task_id)
        runner = _alive(entry.runner) if entry is not None else None
        if runner is not None:
            runner._deliver_progress(task_id, done, total)

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        with self._lock:
            entry = self._entries.pop(task_id)
        runner = _alive(entry.runner)
        if runner is not None and entry.outcome is not None:
            runner._deliver_outcome(task_id, entry.outcome)
        # `entry` (the job's callable and outcome) is released here, on the UI thread.


def _alive(ref: weakref.ref[TaskRunner]) -> TaskRunner | None:
    runner = ref()
    return runner if runner is not None and shiboken6.isValid(runner) else None


_RELAY: _Relay | None = None
_POOLS: dict[str, QThreadPool] = {}
_IDS = itertools.count(1)


def _relay() -> _Relay:
    """Made on first use, which is on the UI thread (`TaskRunner.__init__`)."""
    global _RELAY  # noqa: PLW0603 - one relay per application
    if _RELAY is None or not shiboken6.isValid(_RELAY):
        _RELAY = _Relay(QCoreApplication.instance())
    return _RELAY


def _pool(name: str, threads: int) -> QThreadPool:
    pool = _POOLS.get(name)
    if pool is None or not shiboken6.isValid(pool):
        pool = QThreadPool(QCoreApplication.instance())
        pool.setMaxThreadCount(threads)
        _POOLS[name] = pool
    return pool


def wait_for_pool(name: str, msecs: int) -> bool:
    """Block until the named pool's jobs have run (True at once if it was never made)."""
    pool = _POOLS.get(name)
    return pool is None or not shiboken6.isValid(pool) or pool.waitForDone(msecs)


class _Task(QRunnable):
    """Runs one job on a pool thread; holds nothing of the page once the job returned."""

    def __init__(self, relay: _Relay, task_id: int, work: Callable[[TaskControl], Any],
                 control: TaskControl, what: str) -> None:
        super().__init__()
        self._relay, self._task_id, self._what = relay, task_id, what
        self._work: Callable[[TaskControl], Any] | None = work
        self._control = control

    def run(self) -> None:
        job, self._work = self._work, None
        assert job is not None
        try:
            outcome = run_guarded(functools.partial(job, self._control), self._what)
        except BaseException as exc:  # noqa: BLE001 - re-raised here, SystemExit would end the app
            outcome = Outcome(error=as_booth_error(exc, self._what))
        # Only the relay may hold the job and its outcome now: their last references must go
        # on the UI thread, which may have handled `finished` before this frame returns.
        del job
        self._relay.store(self._task_id, outcome)
        del outcome
        self._relay.finished.emit(self._task_id)


class TaskRunner(QObject):
    """Starts jobs for one page; make it a child of that page (results die with the page).

    `start(work, succeeded, failed, progressed)`: `work(control)` runs on the `pool` named at
    construction (`threads` workers, shared by every runner naming that pool); then exactly
    one of `succeeded(value)` / `failed(BoothError)` is called on the UI thread.
    """

    def __init__(self, parent: QObject | None = None, *, pool: str = "default",
                 threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = _pool(pool, threads)
        _relay()
        self._pending: dict[int, _Pending] = {}

    def start(self, work: Callable[[TaskControl], T], succeeded: Callable[[T], None],
              failed: Callable[[BoothError], None],
              progressed: Callable[[int, int], None] | None = None,
              what: str = "background task") -> TaskControl:
        """Queue `work`; `what` names it in the log. The returned control cancels this job."""
        task_id, relay = next(_IDS), _relay()
        control = TaskControl(task_id, relay)
        self._pending[task_id] = _Pending(control, succeeded, failed, progressed)
        relay.register(task_id, self, work)
        self._pool.start(_Task(relay, task_id, work, control, what))
        return control

    def cancel(self) -> None:
        """Ask every job of this runner still under way to stop (each checks `cancelled()`)."""
        for pending in self._pending.values():
            pending.control.cancel()

    def busy(self) -> bool:
        """True from `start` until the page has heard how the job ended."""
        return bool(self._pending)

    def wait(self, msecs: int = 60_000) -> bool:
        """For closing and tests: block until the pool's jobs ran (their reports are queued)."""
        return self._pool.waitForDone(msecs)

    def _deliver_progress(self, task_id: int, done: int, total: int) -> None:
        pending = self._pending.get(task_id)
        if pending is not None and pending.progressed is not None:
            pending.progressed(done, total)

    def _deliver_outcome(self, task_id: int, outcome: Outcome[Any]) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return
        if outcome.error is None:
            pending.succeeded(outcome.value)
        else:
            pending.failed(outcome.error)
