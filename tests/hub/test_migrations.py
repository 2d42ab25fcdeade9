"""Hub schema migrations that change data, checked on a database written by the older code."""

from __future__ import annotations

import sqlite3

from server.db import migrate


def test_whole_second_times_get_sqlalchemys_spelling_on_sqlite(tmp_path):
    """0002: a time the bulk path wrote through sqlite3's adapter ('... 03:00:00') is given
    the spelling SQLAlchemy writes and compares against; other values are left alone."""
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    migrate(url, "0001")
    with sqlite3.connect(tmp_path / "hub.db") as conn:  # foreign keys off: facts alone
        for n, when in enumerate(("2026-11-21 03:00:00", "2026-11-21 03:00:00.500000")):
            conn.execute(
                "INSERT INTO facts (id, device_id, installation_id, booth_id, seq, kind, "
                "payload_version, payload, content_hash, created_at, utc_offset_min, "
                "received_at) VALUES (?, 'd', 'i', 1, ?, 'sale', 1, '{}', 'h', ?, 420, ?)",
                (f"fact-{n}", n + 1, when, when))
    migrate(url)
    with sqlite3.connect(tmp_path / "hub.db") as conn:
        stored = conn.execute("SELECT created_at, received_at FROM facts ORDER BY seq").fetchall()
    assert stored == [("2026-11-21 03:00:00.000000",) * 2, ("2026-11-21 03:00:00.500000",) * 2]
