"""A hub that cannot be reached, for the tests of how that failure reads."""

from __future__ import annotations

import pytest

from app.sync.errors import HubUnreachable
from app.sync.transport import HubClient
from tests.unit.printer_listener import free_port


def closed_url() -> str:
    """An address on 127.0.0.1 where nothing listens."""
    return f"http://127.0.0.1:{free_port()}"


def fail_to_reach(url: str) -> HubUnreachable:
    """The error the sync client raises for `url` (which must not answer)."""
    client = HubClient(url)
    try:
        with pytest.raises(HubUnreachable) as failed:
            client.info()
    finally:
        client.close()
    return failed.value
