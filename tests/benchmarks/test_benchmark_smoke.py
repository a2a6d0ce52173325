"""The benchmark still runs: a tiny database, a few repetitions, every figure reported. No timing is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"

METRICS = {
    *(
        f"search {kind} {label}"
        for kind in (
            "syllables",
            "initials",
            "mixed",
            "phone tail",
            "whole number",
            "former number",
            "customer number",
        )
        for label in ("p50", "p95", "engine floor p50")
    ),
    "start-up",
    "start-up, empty database",
    "peak memory",
}


def test_the_benchmark_reports_every_figure_at_a_tiny_size(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    cache = tmp_path / "cache"
    # Everything the benchmark writes stays in tmp_path: its cache, its JSON and its temporary folders.
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(RUN), "--customers", "300", "--repetitions", "5", "--startup-runs", "1"]
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
        assert figure["unit"] in ("ms", "MiB"), name
        for field in ("value", "baseline", "ratio"):
            assert isinstance(figure[field], int | float) and figure[field] > 0, (name, field, figure)
        assert "target" in figure and "ok" in figure, name
    assert "start-up" in finished.stdout and "ratio" in finished.stdout  # the table on stdout
    assert list(cache.glob("shop-300-customers-*.sqlite3")), "the built database is cached"
