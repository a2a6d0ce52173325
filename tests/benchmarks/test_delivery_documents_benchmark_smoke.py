"""The delivery papers benchmark still runs: a few deliveries, one render each, every figure reported. No timing is
asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "delivery_documents.py"


def test_the_delivery_papers_benchmark_reports_every_figure_with_its_pages(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--deliveries", "30", "--repetitions", "1", "--json", str(results)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    figures = json.loads(results.read_text(encoding="utf-8"))
    # 30 labels take two sheets of 24; the manifest and the picking list a page or more each.
    assert "labels, 24 a sheet (2 pages)" in figures
    assert {name.split(" (")[0] for name in figures} == {"labels, 24 a sheet", "manifest", "picking list"}
    for name, figure in figures.items():
        assert figure["unit"] == "ms", name
        for field in ("value", "baseline", "ratio"):
            assert isinstance(figure[field], int | float) and figure[field] > 0, (name, field, figure)
    assert "ratio" in finished.stdout  # the table on stdout
