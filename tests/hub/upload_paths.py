"""Send a batch down either of the hub's two write paths (server/facts.py).

``bulk`` is the common case. ``per_fact`` adds, last, a sale whose line id another sale already
holds: the database refuses it in bulk, so the whole batch is redone fact by fact with
savepoints, and that sale alone is answered ``conflict``. A rule test run on both paths proves
the rule cannot be missing from either.
"""

from __future__ import annotations

from typing import Any

from tests.hub.conftest import Device
from tests.hub.factories import sale_fact, sale_line

PATHS = ("bulk", "per_fact")
POISONED = "an id inside this fact is already held elsewhere"


class Sender:
    def __init__(self, device: Device, path: str) -> None:
        assert path in PATHS
        self.device = device
        self.path = path
        self._held_line: str | None = None

    @property
    def booth_id(self) -> int:
        return self.device.booth_id

    def results(self, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The answers to ``facts``, in order (the poison's checked and left out)."""
        if self.path == "bulk":
            return self.device.results(facts)["results"]
        if self._held_line is None:
            held = sale_fact()
            assert self.device.results([held])["results"][0]["status"] == "inserted"
            self._held_line = held["payload"]["lines"][0]["id"]
        poison = sale_fact([sale_line(id=self._held_line)])
        *answers, last = self.device.results([*facts, poison])["results"]
        assert (last["status"], last["detail"]) == ("conflict", POISONED), last
        return answers

    def statuses(self, facts: list[dict[str, Any]]) -> list[str]:
        return [r["status"] for r in self.results(facts)]
