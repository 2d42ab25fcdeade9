"""Hub settings in one place: database URL, request limits, rate limits.

Read from the command line or the environment (``OCOP_HUB_*``), never from the request.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_DATABASE_URL = "sqlite:///ocop-hub.db"  # in the working directory, for a try-out
ENV_DATABASE_URL = "OCOP_HUB_DATABASE_URL"


def database_url_from_env(explicit: str | None = None) -> str:
    return explicit or os.environ.get(ENV_DATABASE_URL) or DEFAULT_DATABASE_URL


@dataclass(frozen=True)
class HubSettings:
    # Wire size of a request body, and its size once gunzipped (a zip bomb stops there).
    max_body_bytes: int = 4 * 1024 * 1024
    max_inflated_bytes: int = 32 * 1024 * 1024
    # Inflated bytes all requests of a worker may hold at once (503 + Retry-After beyond it);
    # never less than one request's max_inflated_bytes, so a lone large upload always fits.
    inflate_budget_bytes: int = 64 * 1024 * 1024
    # Per-device token bucket: a steady rate and a burst for catching up after days offline.
    rate_per_second: float = 5.0
    rate_burst: int = 60
    # Per-address bucket for enrollment, so codes cannot be guessed quickly...
    enroll_rate_per_second: float = 0.2
    enroll_burst: int = 10
    # ...and per code, so one code cannot be tried from many addresses (one per minute).
    enroll_code_rate_per_second: float = 1 / 60
    enroll_code_burst: int = 5
    changes_page_max: int = 2000
    enroll_code_ttl_hours: float = 72.0
    # Signs the dashboard's session cookies. Empty: one is generated and kept in the
    # database (hub_meta), so every worker and every restart agree (server/web/session.py).
    secret_key: str = field(default="", repr=False)


# What ``ocop-hub serve`` hands its worker processes (each builds its own app from these).
ENV_SETTINGS = {
    "max_body_bytes": "OCOP_HUB_MAX_BODY_BYTES",
    "max_inflated_bytes": "OCOP_HUB_MAX_INFLATED_BYTES",
    "inflate_budget_bytes": "OCOP_HUB_INFLATE_BUDGET_BYTES",
    "rate_per_second": "OCOP_HUB_RATE",
    "rate_burst": "OCOP_HUB_BURST",
    "enroll_rate_per_second": "OCOP_HUB_ENROLL_RATE",
    "enroll_burst": "OCOP_HUB_ENROLL_BURST",
    "enroll_code_rate_per_second": "OCOP_HUB_ENROLL_CODE_RATE",
    "enroll_code_burst": "OCOP_HUB_ENROLL_CODE_BURST",
    "changes_page_max": "OCOP_HUB_CHANGES_PAGE_MAX",
    "enroll_code_ttl_hours": "OCOP_HUB_ENROLL_CODE_TTL_HOURS",
    "secret_key": "OCOP_HUB_SECRET_KEY",
}


def settings_to_env(settings: HubSettings) -> dict[str, str]:
    return {env: str(getattr(settings, name)) for name, env in ENV_SETTINGS.items()}


def settings_from_env() -> HubSettings:
    given: dict[str, float | int] = {}
    for name, env in ENV_SETTINGS.items():
        if env in os.environ:
            kind = type(getattr(HubSettings, name))
            given[name] = kind(os.environ[env])
    return HubSettings(**given)  # type: ignore[arg-type]
