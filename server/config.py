"""Hub settings in one place: database URL, request limits, rate limits.

Read from the command line or the environment (``OCOP_HUB_*``), never from the request.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DATABASE_URL = "sqlite:///ocop-hub.db"  # in the working directory, for a try-out
ENV_DATABASE_URL = "OCOP_HUB_DATABASE_URL"


def database_url_from_env(explicit: str | None = None) -> str:
    return explicit or os.environ.get(ENV_DATABASE_URL) or DEFAULT_DATABASE_URL


@dataclass(frozen=True)
class HubSettings:
    # Wire size of a request body, and its size once gunzipped (a zip bomb stops there).
    max_body_bytes: int = 4 * 1024 * 1024
    max_inflated_bytes: int = 32 * 1024 * 1024
    # Per-device token bucket: a steady rate and a burst for catching up after days offline.
    rate_per_second: float = 5.0
    rate_burst: int = 60
    # Per-address bucket for enrollment, so codes cannot be guessed quickly.
    enroll_rate_per_second: float = 0.2
    enroll_burst: int = 10
    changes_page_max: int = 2000
    enroll_code_ttl_hours: float = 72.0
