"""Where the buyer's screen goes, decided without Qt so the rule is tested on its own.

On a single-screen laptop a customer window opened on top of the till and took the keyboard:
the first scan after login went to it and was lost. So by default ("auto") the buyer's screen
opens only when a second screen is plugged in; "on" shows it anyway (a tablet mirroring the
laptop, or testing) and "off" never does.
"""

from __future__ import annotations

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

MODES = ("auto", "on", "off")


def customer_screen(mode: str, screens: int, till_screen: int, chosen: int = -1) -> int | None:
    """The index of the screen to show the buyer's window on, or None to keep it closed."""
    if mode not in MODES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Màn hình khách hàng: “{mode}” không hợp lệ (auto, on, off)"), mode=mode)
    if mode == "off" or screens < 1:
        return None
    others = [i for i in range(screens) if i != till_screen]
    if not others:
        return till_screen if mode == "on" else None
    return chosen if chosen in others else others[0]
