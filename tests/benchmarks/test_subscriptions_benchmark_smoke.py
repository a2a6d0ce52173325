"""The subscriptions benchmark still runs: a tiny database, a few repetitions, every figure reported and the query
plans printed. No timing is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "subscriptions.py"

PAGES = (
    "all, first page",
    "trials ending in 7 days",
    "ending in 30 days",
    "ending in 90 days",
    "paused",
    "active",
    "all, deep page",
)
COUNTS = "counts on refresh (4)"
DEEP = "deep page vs first page"
METRICS = {f"{name} {label}" for name in (*PAGES, COUNTS, DEEP) for label in ("p50", "p95")}


def test_the_subscriptions_benchmark_reports_every_figure_at_a_tiny_size(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    cache = tmp_path / "cache"
    # Everything the benchmark writes stays in tmp_path: its cache, its JSON and its temporary folder.
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    command = [sys.executable, str(SCRIPT), "--customers", "300", "--repetitions", "3", "--explain"]
    finished = subprocess.run(
        [*command, "--cache-dir", str(cache), "--json", str(results)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr

    figures = json.loads(results.read_text(encoding="utf-8"))
    assert set(figures) == METRICS
    for name, figure in figures.items():
        assert figure["unit"] == "ms", name
        for field in ("value", "baseline", "ratio"):
            assert isinstance(figure[field], int | float) and figure[field] > 0, (name, field, figure)
        assert "ok" in figure, name
    assert figures["paused p95"]["target"] == {"max_value": 50.0, "max_ratio": 3.0}
    assert figures[f"{COUNTS} p95"]["target"] == {"max_value": 100.0, "max_ratio": 3.0}
    assert figures["paused p50"]["target"] is None
    assert "ratio" in finished.stdout and "counts on refresh" in finished.stdout  # the table on stdout
    assert "EXPLAIN QUERY PLAN" in finished.stdout and "ix_subscription_ends_on" in finished.stdout  # --explain
    assert list(cache.glob("shop-300-customers-*.sqlite3")), "the built database is cached"
