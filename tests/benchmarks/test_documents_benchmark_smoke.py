"""The document benchmark still runs: a tiny batch, a few repetitions, every figure reported. No timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "documents.py"

METRICS = {
    "contract (2 copies)",
    "contract, one copy",
    "heap peak, one contract",
    "batch, per contract",
    "batch, peak memory",
}


def test_the_document_benchmark_reports_every_figure(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--batch", "3", "--repetitions", "2", "--json", str(results)],
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
    assert figures["contract (2 copies)"]["target"] == {"max_value": None, "max_ratio": 2.0}
    assert "ratio" in finished.stdout and "batch, per contract" in finished.stdout  # the table on stdout
