"""Telling a barcode scanner from a person by the rhythm of the keys in a line edit.

A USB scanner is a keyboard that types a whole code and Enter within a few milliseconds a
key; nobody types that fast (a quick typist leaves 60-150 ms between keys). The till uses the
difference: a scanner's text is a code (look it up, undo Telex, never search names), a
person's may be a name. Only the timing is measured here; what it means is decided in
services.scan_codes.

Times come from the window system's event timestamp when it has one (the moment the key
arrived, so a slow repaint or search between two keys does not make a scanner look human),
else from a QElapsedTimer read as the event is handled (Qt's test keys carry no timestamp).
An input method (Unikey, ibus) may deliver a composed letter as an input-method commit or as
Backspace + letter; both count as keys of the same burst.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit

SCANNER_GAP_MS = 30  # a scanner's keys (and its Enter) come closer together than this
MIN_SCANNER_KEYS = 4  # fewer keys than this is too short a burst to judge
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_BURST_KEYS = (Qt.Key.Key_Backspace,)  # an input method replacing the letter it composed


@dataclass(frozen=True)
class Burst:
    """The keys since the last Enter: how many, over how long (Enter included), the widest
    gap, and whether they were a scanner's burst."""

    keys: int
    span_ms: int
    max_gap_ms: int
    scanner: bool


class ScanTiming(QObject):
    """Watches a QLineEdit's key presses; last_burst() says how the text at Enter arrived."""

    def __init__(self, field: QLineEdit, gap_ms: int = SCANNER_GAP_MS) -> None:
        super().__init__(field)
        self._field = field
        self._gap_ms = gap_ms
        self._timer = QElapsedTimer()
        self._timer.start()
        self._reset()
        self._last = Burst(0, 0, 0, False)
        field.installEventFilter(self)

    def last_burst(self) -> Burst:
        """How the keys before the last Enter came (valid while its returnPressed is handled)."""
        return self._last

    def was_scanner(self) -> bool:
        return self._last.scanner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                self._on_key(event)
            elif event.type() == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
                if event.commitString():
                    self._note(self._now(0))
        return super().eventFilter(watched, event)

    # --- helpers --------------------------------------------------------------------------

    def _reset(self) -> None:
        self._keys = self._total = 0  # keys of the current burst; all keys since Enter
        self._first = self._previous = 0
        self._max_gap = self._widest = 0  # widest gap inside the burst; since Enter

    def _now(self, stamp: int) -> int:
        return stamp if stamp > 0 else self._timer.elapsed()

    def _on_key(self, event: QKeyEvent) -> None:
        now = self._now(event.timestamp())
        if event.key() in _ENTER:
            self._last = self._judge(now)
            self._reset()
        elif event.text() and event.text().isprintable() or event.key() in _BURST_KEYS:
            self._note(now)
        elif event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
            self._reset()  # arrows, function keys: a person at work, whatever came before

    def _note(self, now: int) -> None:
        gap = now - self._previous
        if self._total:
            self._widest = max(self._widest, gap)
        else:
            self._first = now
        if self._keys == 0 or gap >= self._gap_ms:
            self._keys, self._max_gap = 0, 0  # a pause: a new burst may start here
        else:
            self._max_gap = max(self._max_gap, gap)
        self._keys += 1
        self._total += 1
        self._previous = now

    def _judge(self, now: int) -> Burst:
        """A scanner: enough keys, all close together, Enter right after them, and the burst
        typed the whole field (not a code added by hand to a scanned one). The Burst reports
        every key since the last Enter, so the settings' test field can show a person's too."""
        gap = now - self._previous
        typed = len(self._field.text().strip())
        scanner = (self._keys >= MIN_SCANNER_KEYS and gap < self._gap_ms
                   and self._max_gap < self._gap_ms and self._keys >= typed)
        return Burst(self._total, now - self._first if self._total else 0,
                     max(self._widest, gap) if self._total else 0, scanner)
