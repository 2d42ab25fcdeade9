"""bench/reports.py runs end to end on a small booth (its figures checked, never its times)."""

from __future__ import annotations

import bench.reports as bench


def test_bench_reports_smoke(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(bench, "CACHE_ROOT", tmp_path / "cache")
    # Before timing, the bench asserts its raw SQL gives the service's figures.
    assert bench.main(["--sales", "400", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "database: 400 sales" in out
    for by in ("hour", "day", "product", "producer", "category", "payment", "all"):
        assert f"30 days  {by}" in out and f"7 days   {by}" in out
    assert "target: every report <= 2x raw" in out
