"""The segments benchmark still runs: a tiny shop, a few repetitions, each segment's count by the service and by
direct SQL reported (the benchmark checks the two counts are the same), and the restricted list's first page. No
timing is asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "segments.py"


def test_the_segments_benchmark_reports_counts_against_direct_sql_at_a_tiny_size(tmp_path: Path) -> None:
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
    for figure in ("segment count (service)", "same count by direct SQL", "ratio (p50)", "first page"):
        assert figure in finished.stdout, finished.stdout
