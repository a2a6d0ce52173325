"""The risk-list benchmark still runs: a tiny shop, a few repetitions, the daily scoring, both figures and their
ratio reported (the service's page and the direct SQL's are checked to be the same page). No timing is asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "churn.py"


def test_the_risk_list_benchmark_reports_the_first_page_against_direct_sql_at_a_tiny_size(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    command = [sys.executable, str(SCRIPT), "--customers", "120", "--repetitions", "3"]
    finished = subprocess.run(
        [*command, "--cache-dir", str(tmp_path / "cache")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    for figure in ("daily scoring of", "risk list first page (service)", "same page by direct SQL", "ratio (p50)"):
        assert figure in finished.stdout, finished.stdout
