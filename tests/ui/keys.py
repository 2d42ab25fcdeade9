"""Keys as a scanner and as a person send them, so the till can tell one from the other.

A scanner's keys come a few milliseconds apart; the burst here stamps each key event with the
time it "arrived" (as the window system does), so the test does not depend on how fast the
machine running it is. A person's keys go through QTest with a real pause between them.
"""

from __future__ import annotations

from itertools import count

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.scan_timing import SCANNER_GAP_MS

HUMAN_GAP_MS = 2 * SCANNER_GAP_MS
_clock = count(1_000_000, 10_000)  # each burst starts well after the previous one


def _send(widget: QWidget, key: int, text: str, stamp: int) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(stamp)
        QApplication.sendEvent(widget, event)


def scanner_burst(widget: QWidget, text: str, gap_ms: int = 4) -> None:
    """`text` then Enter, `gap_ms` apart: any character, composed Vietnamese letters too (what
    reaches Qt when Unikey turns the scanner's keys into 'Đ' or 'À')."""
    stamp = next(_clock)
    for ch in text:
        if ch == "\b":  # Unikey on Windows: Backspace, then the letter it composed
            _send(widget, Qt.Key.Key_Backspace, "", stamp)
        else:
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
            _send(widget, key, ch, stamp)
        stamp += gap_ms
    _send(widget, Qt.Key.Key_Return, "\r", stamp)


def type_by_hand(qtbot, widget: QWidget, text: str) -> None:
    """A person typing: a real pause before every key, longer than any scanner's."""
    qtbot.keyClicks(widget, text, delay=HUMAN_GAP_MS)


def enter_by_hand(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, delay=HUMAN_GAP_MS)
