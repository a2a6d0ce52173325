"""The deliveries benchmark still runs: a tiny shop with its address history around the month, one run of the
schedule and its resolution beside the SQL (which must agree, or the script fails), a few pages and counts, one
opening of the Deliveries tab in a child process, and the query plans. No timing is asserted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "deliveries.py"

MONTH = (
    "month: schedule and resolve vs one SQL query",
    "month: schedule only vs SQL dates",
    "month: resolve only vs SQL lookups",
)
TAB = ("tab: a day's first page", "tab: the button counts (6 queries)")
PAINT = "tab: window opened on it, to first paint"
METRICS = {f"{name} {label}" for name in (*MONTH, *TAB) for label in ("p50", "p95")} | {PAINT}


def test_the_deliveries_benchmark_agrees_with_its_sql_and_reports_every_figure(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    cache = tmp_path / "cache"
    # Everything the benchmark writes stays in tmp_path: its cache, its JSON, its temporary folder and the child's
    # home folder.
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(SCRIPT), "--customers", "300", "--runs", "1", "--repetitions", "3"]
    finished = subprocess.run(
        [*command, "--tab-runs", "1", "--explain", "--cache-dir", str(cache), "--json", str(results)],
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
    assert figures[f"{MONTH[0]} p95"]["target"] == {"max_value": None, "max_ratio": 3.0}
    assert figures[f"{MONTH[1]} p95"]["target"] is None
    assert figures[PAINT]["target"] == {"max_value": 1000.0, "max_ratio": None}
    # The services' month and the one SQL query's agreed row for row, and some customers moved within it.
    assert "every row agrees with the SQL's" in finished.stdout
    moved = re.search(r"([\d,]+) customers' deliveries go to more than one address within the month", finished.stdout)
    assert moved is not None and int(moved.group(1).replace(",", "")) > 0, finished.stdout
    assert "move within the month" in finished.stdout and "correction of that move" in finished.stdout
    assert "EXPLAIN QUERY PLAN" in finished.stdout and "ix_address_version_customer" in finished.stdout
    assert list(cache.glob("deliveries-300-customers-*.sqlite3")), "the database with its history is cached"
