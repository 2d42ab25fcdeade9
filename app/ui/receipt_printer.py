"""The till's receipt printer, driven off the UI thread: queue after a sale, retry on a timer.

Everything that touches the printer or the spool runs on one worker ("receipt-printer" pool,
one thread), so jobs keep the order of the sales and the cashier never waits for a printer
that is off: the sale is already on disk when the job is queued, and a failed round only
changes the state this object announces (`state_changed`). Retries are timer-driven with a
growing pause, never waiting for the next sale; "Thử in lại" retries at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.db import Database
from app.services import print_queue, receipt_printing
from app.services.checkout import SaleResult
from app.services.errors import BoothError
from app.services.print_queue import PrintSpool, QueueState
from app.services.rights import Actor
from app.ui.background import TaskRunner

RETRY_MS = (5_000, 10_000, 20_000, 40_000, 60_000)  # a printer is usually back within a minute
POOL = "receipt-printer"


class ReceiptPrinter(QObject):
    """Owns the print spool for this window; one job to the printer at a time."""

    state_changed = Signal(object)  # QueueState after every round
    drawer_opened = Signal(str)  # printer URI
    failed = Signal(object)  # BoothError of a one-off action (opening the drawer)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._spool = PrintSpool(db.paths.print_spool)
        self._tasks = TaskRunner(self, pool=POOL)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry_now)
        self._failures = 0
        self.state: QueueState | None = None

    # --- what the till asks -----------------------------------------------------------------

    def after_sale(self, sale: SaleResult) -> None:
        """Queue the sale's receipt (and the drawer pulse for cash) as the settings say."""
        self._round(lambda: print_queue.queue_sale(self._db, self._spool, sale.id, sale.number))

    def reprint(self, sale: SaleResult) -> None:
        self._round(lambda: print_queue.queue_sale(self._db, self._spool, sale.id, sale.number,
                                                   reprint=True))

    def retry_now(self) -> None:
        self._timer.stop()
        self._round(lambda: None)

    def discard(self) -> None:
        """Give up on the waiting receipts; each stays reprintable from its sale."""
        self._timer.stop()
        self._round(self._spool.clear)

    def resume(self) -> None:
        """At start: receipts left waiting by the last session are tried again."""
        if self._spool.jobs():
            self.retry_now()

    def open_drawer(self, actor: Actor | None) -> None:
        """The manual "Mở két": the service checks the right and audits, then pulses."""
        self._tasks.start(lambda _task: receipt_printing.open_drawer(self._db, actor),
                          self.drawer_opened.emit, self.failed.emit, what="open drawer")

    def wait(self, msecs: int = 30_000) -> bool:
        return self._tasks.wait(msecs)

    # --- rounds -----------------------------------------------------------------------------

    def _round(self, before: Callable[[], object]) -> None:
        def work(_task: object) -> QueueState:
            before()
            return print_queue.print_pending(self._db, self._spool)

        self._tasks.start(work, self._on_state, self._on_failed, what="receipt printer")

    def _on_state(self, state: QueueState) -> None:
        self.state = state
        if state.problem is not None and state.waiting:
            self._timer.start(RETRY_MS[min(self._failures, len(RETRY_MS) - 1)])
            self._failures += 1
        else:
            self._failures = 0
        self.state_changed.emit(state)

    def _on_failed(self, error: BoothError) -> None:
        """Not a printer refusal (those are states) but, say, a full disk for the spool."""
        self._on_state(QueueState((), self._spool.waiting(), error))
