"""The frozen-app benchmark's helpers work; building bundles is left to running it by hand (about 70 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
# On sys.path only while importing: benchmarks/documents.py would otherwise shadow the tests' documents folder.
sys.path.insert(0, str(BENCHMARKS))
try:
    import frozen
finally:
    sys.path.remove(str(BENCHMARKS))


def test_its_arguments_default_to_five_runs_in_the_ignored_cache(tmp_path: Path) -> None:
    settings = frozen.parse_args([])
    assert (settings.runs, settings.reuse, settings.json_path) == (5, False, None)
    assert settings.work == BENCHMARKS / ".cache" / "frozen"
    assert frozen.parse_args(["--reuse", "--runs", "2", "--work", str(tmp_path)]).work == tmp_path
    with pytest.raises(SystemExit):
        frozen.parse_args(["--runs", "0"])


def test_bundle_size_counts_files_and_links_as_they_take_disk(tmp_path: Path) -> None:
    (tmp_path / "_internal" / "lib").mkdir(parents=True)
    (tmp_path / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"x" * 3000)
    (tmp_path / "app").write_bytes(b"y" * 500)
    (tmp_path / "_internal" / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    link_size = (tmp_path / "_internal" / "libQt6Core.so.6").lstat().st_size
    assert frozen.folder_size(tmp_path) == 3500 + link_size


def test_reusing_bundles_that_were_never_built_says_so(tmp_path: Path) -> None:
    finished = subprocess.run(
        [sys.executable, str(BENCHMARKS / "frozen.py"), "--reuse", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 1
    assert f"no bundles in {tmp_path / 'dist'}" in finished.stderr
