"""The bank statement benchmark still runs: a small shop, every figure reported. No timing is asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bank_statements.py"


def test_the_bank_statement_benchmark_reports_every_figure_for_a_small_shop(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--customers", "300", "--lines", "120"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    for figure in ("read the file", "import (", "import again (", "first page of 100 lines", "confirm a line: p50"):
        assert figure in finished.stdout, finished.stdout
