"""The risk-list benchmark still runs: a tiny shop with two years of history, a few repetitions, the daily scoring
with the subscribers per reason, both figures and their ratio reported (the service's page and the direct SQL's are
checked to be the same page, phones and last contacts included). No timing is asserted."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "churn.py"


def test_the_risk_list_benchmark_reports_the_first_page_against_direct_sql_at_a_tiny_size(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    command = [sys.executable, str(SCRIPT), "--customers", "300", "--repetitions", "3"]
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
    per_reason = next(line for line in finished.stdout.splitlines() if "subscribers per reason" in line)
    fired = {name: int(count.replace(",", "")) for name, count in re.findall(r"(\w+) ([\d,]+) \(", per_reason)}
    # Even this small a shop's history feeds every reason but the rarest (a low rating in the last three months).
    assert {name for name, count in fired.items() if count > 0} >= {
        "term_ending", "paused", "skipped", "late_returns", "overdue", "open_complaint", "no_contact"
    }, per_reason  # fmt: skip
