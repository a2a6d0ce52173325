"""The dashboard benchmark still runs: a tiny shop with two years of history (deliveries, loans, conversations,
ratings, points and referrals), a few repetitions; the service's figures — the points outstanding among them — are
checked against the hand-written SQL's before anything is timed (the script stops when they differ). No timing is
asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "dashboard.py"


def test_the_dashboard_benchmark_agrees_with_direct_sql_and_reports_first_paint_at_a_tiny_size(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(SCRIPT), "--customers", "120", "--repetitions", "2"]
    finished = subprocess.run(
        [*command, "--cache-dir", str(tmp_path / "cache")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    for figure in (
        "dashboard first paint",
        "direct SQL, the same figures",
        "ratio to direct SQL",
        "points outstanding",
        "balances equal to their live entries",
        "points expiry: first run",
    ):
        assert figure in finished.stdout, finished.stdout
    points = next(line for line in finished.stdout.splitlines() if "points outstanding" in line)
    assert " 0 points outstanding" not in points, points  # the shop's points are exercised
