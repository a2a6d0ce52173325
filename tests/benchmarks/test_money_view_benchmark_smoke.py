"""The money view's benchmark still runs on a tiny shop: its history billed and paid in bulk, the twelve months read by
the service and by hand-written SQL, which must agree (or the script fails), and the first page of unpaid charges.
No timing is asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "money_view.py"


def test_the_money_view_benchmark_agrees_with_its_sql_and_reports_its_figures(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--customers", "300", "--repetitions", "2", "--cache-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "twelve months' figures" in finished.stdout and "ratio" in finished.stdout
    assert "unpaid charges, first page" in finished.stdout
