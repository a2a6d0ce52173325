"""The frozen app: its bundle size beside a bare PySide6 window's bundle, and its start-up beside the source run.

    python benchmarks/frozen.py                 # builds both bundles (about 70 s), then 5 timed start-ups of each
    python benchmarks/frozen.py --reuse         # measure the bundles built by the last run
    python benchmarks/frozen.py --json out.json

Both bundles are built the same way: the same PyInstaller and venv, one folder, windowed. The app's comes from
``build.spec`` (which leaves out the Qt plugins and libraries it does not use); the bare window's is PyInstaller's
plain build of ``benchmarks/bare_window.py``, i.e. what Qt Widgets alone costs. Sizes are the files' bytes on disk
(symbolic links counted as links), in MiB.

Start-up is measured as ``benchmarks/run.py`` does: wall time from starting the process to its exit with
``--exit-after-paint`` (quit after the first event-loop turn), on an empty shop database, offscreen, with a
temporary home, after one warm-up round; the frozen app beside ``python -m toysub_desktop`` from source (with its
bytecode compiled, as an installed app has). POSIX only (``os.wait4``). Bundles and databases are kept in
``benchmarks/.cache/frozen/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from build_database import build_empty_database
from report import BenchmarkError, Metric, measure_and_report
from run import BARE_WINDOW, ChildRun, isolated_environment, run_child

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
SPEC = ROOT / "build.spec"
DEFAULT_WORK = BENCHMARKS / ".cache" / "frozen"
APP_NAME = "toysub-desktop"
BARE_NAME = "bare_window"

#: The bundle may add at most a quarter to what a bare PySide6 window's bundle takes.
SIZE_MAX_RATIO = 1.25
DEFAULT_RUNS = 5


@dataclass(frozen=True)
class Settings:
    work: Path
    runs: int
    reuse: bool
    json_path: Path | None


def parse_args(argv: Sequence[str] | None) -> Settings:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="timed start-ups of each (default %(default)s)")
    parser.add_argument("--reuse", action="store_true", help="measure the bundles already built in --work")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="where bundles are built (%(default)s)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON to PATH")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("use at least 1 run")
    return Settings(args.work, args.runs, args.reuse, args.json)


def folder_size(folder: Path) -> int:
    """Bytes of every file under *folder*; a symbolic link counts as the link, not its target (as on disk)."""
    total = 0
    for directory, _subfolders, files in os.walk(folder):
        for name in files:
            total += (Path(directory) / name).lstat().st_size
    return total


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def pyinstaller(arguments: Sequence[str], work: Path, log: Callable[[str], None]) -> float:
    """Run PyInstaller from this interpreter's environment; returns the seconds it took."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *arguments]
    started = time.perf_counter()
    finished = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if finished.returncode != 0:
        raise BenchmarkError(f"PyInstaller failed: {' '.join(command)}\n{finished.stderr[-3000:]}")
    log(f"  built in {seconds:.0f} s: {' '.join(arguments[-1:])}")
    return seconds


def build_bundles(work: Path, log: Callable[[str], None]) -> tuple[Path, Path]:
    """(app bundle, bare window bundle), built fresh into *work*."""
    work.mkdir(parents=True, exist_ok=True)
    for folder in ("dist", "build", "spec"):
        shutil.rmtree(work / folder, ignore_errors=True)
    dist, build = work / "dist", work / "build"
    pyinstaller(["--distpath", str(dist), "--workpath", str(build / "app"), str(SPEC)], work, log)
    bare_arguments = ["--onedir", "--windowed", "--name", BARE_NAME, "--specpath", str(work / "spec")]
    bare_arguments += ["--distpath", str(dist), "--workpath", str(build / "bare"), str(BARE_WINDOW)]
    pyinstaller(bare_arguments, work, log)
    return dist / APP_NAME, dist / BARE_NAME


def startup_times(
    commands: dict[str, list[str]], folder: Path, runs: int, log: Callable[[str], None]
) -> dict[str, float]:
    """Median wall milliseconds of each command's start-to-exit, interleaved, after one warm-up round."""
    env = isolated_environment(folder, folder / "bytecode")
    results: dict[str, list[ChildRun]] = {name: [] for name in commands}
    for round_number in range(runs + 1):
        for name, argv in commands.items():
            run = run_child(argv, env, folder)
            if round_number:
                results[name].append(run)
    ms = {name: statistics.median(r.seconds for r in rs) * 1000 for name, rs in results.items()}
    log(f"  start-up ms (median of {runs}): {', '.join(f'{k} {v:.0f}' for k, v in ms.items())}")
    return ms


def measure(settings: Settings, log: Callable[[str], None] = print) -> list[Metric]:
    log(f"ToySub Desktop frozen-app benchmark: Python {platform.python_version()}, {platform.platform()}")
    if settings.reuse:
        app, bare = settings.work / "dist" / APP_NAME, settings.work / "dist" / BARE_NAME
        if not executable(app, APP_NAME).exists() or not executable(bare, BARE_NAME).exists():
            raise BenchmarkError(f"no bundles in {settings.work / 'dist'}: run once without --reuse")
    else:
        log("building both bundles with PyInstaller:")
        app, bare = build_bundles(settings.work, log)
    app_mib, bare_mib = folder_size(app) / 2**20, folder_size(bare) / 2**20
    log(f"  bundle MiB: app {app_mib:.1f}, bare window {bare_mib:.1f}")

    with tempfile.TemporaryDirectory(prefix="toysub-frozen-bench-") as temporary:
        folder = Path(temporary)
        database = folder / "empty.sqlite3"
        build_empty_database(database)
        app_arguments = ["--database", str(database), "--exit-after-paint"]
        commands = {
            "frozen": [str(executable(app, APP_NAME)), *app_arguments],
            "source": [sys.executable, "-m", "toysub_desktop", *app_arguments],
            "frozen bare": [str(executable(bare, BARE_NAME))],
        }
        log(f"start-up ({settings.runs} runs of each after one warm-up):")
        ms = startup_times(commands, folder, settings.runs, log)
    return [
        Metric("bundle size", app_mib, "MiB", bare_mib, max_ratio=SIZE_MAX_RATIO),
        Metric("frozen start-up", ms["frozen"], "ms", ms["source"]),
        Metric("frozen start-up vs bare", ms["frozen"], "ms", ms["frozen bare"]),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_args(argv)
    return measure_and_report(lambda: measure(settings), settings.json_path)


if __name__ == "__main__":
    raise SystemExit(main())
