"""Token-bucket rate limits (429 + Retry-After): per device, per enrolling address, per code.

Request bodies (413, gzip, the inflate budget) are server/bodies.py's.
"""

from __future__ import annotations

import math
import threading
import time


class RateLimiter:
    """Token buckets keyed by device id (or client address): ``rate`` per second, ``burst`` deep.

    In memory: a hub restart forgives everyone, which is fine for a limit meant to stop a
    runaway client, not to bill it.
    """

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> int:
        """0 if allowed; otherwise the whole seconds to wait (for Retry-After)."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0
            self._buckets[key] = (tokens, now)
            if len(self._buckets) > 100_000:
                self._buckets.clear()
            return max(1, math.ceil((1.0 - tokens) / self.rate))
