"""Run one command; write its wall time, CPU time, peak memory and exit code as JSON. Standard library only, on purpose.

Linux counts a process's peak RSS from the moment it was forked: a child of a large process (the benchmark, with
the sampled queries and SQLAlchemy in memory) reports the parent's pages as its own peak, even after ``exec``.
This runner is a fresh interpreter of a few MiB, so the peak it reports for its child is the child's own.

    python child_runner.py RESULT.json TIMEOUT_SECONDS COMMAND [ARGS...]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    result_path, timeout, command = Path(argv[0]), float(argv[1]), argv[2:]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
    killer = threading.Timer(timeout, process.kill)
    killer.start()
    try:
        _pid, status, usage = os.wait4(process.pid, 0)
    finally:
        killer.cancel()
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak_kib = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    result = {
        "seconds": seconds,
        # The child's own CPU time (user and system): on a machine busy with other work, wall time measures the
        # neighbours too.
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_rss_kib": peak_kib,
        "exit_code": process.returncode,
    }
    result_path.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
