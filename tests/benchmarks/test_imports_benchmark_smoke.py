"""The import benchmark still runs: a tiny spreadsheet, every figure reported. No timing is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "imports.py"
METRICS = {
    "dry run (read, check, duplicates)",
    "import (one transaction)",
    "peak memory after the dry run",
    "peak memory after the import",
}


def test_the_import_benchmark_reports_every_figure_at_a_tiny_size(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--customers", "200", "--contracts", "250", "--json", str(results)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "imported 200 customers, 250 contracts" in finished.stdout
    assert set(json.loads(results.read_text(encoding="utf-8"))) == METRICS
