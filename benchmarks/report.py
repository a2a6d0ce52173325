"""What every benchmark script reports: a figure beside its baseline, the ratio and the target, as a table."""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class BenchmarkError(Exception):
    """Something went wrong: the benchmark could not measure what it says it measures."""


@dataclass(frozen=True)
class Metric:
    name: str
    value: float
    unit: str
    baseline: float
    #: The value must be at most this (same unit), or None.
    max_value: float | None = None
    #: ``value / baseline`` must be at most this, or None.
    max_ratio: float | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def ok(self) -> bool | None:
        if self.max_value is None and self.max_ratio is None:
            return None
        return (self.max_value is None or self.value <= self.max_value) and (
            self.max_ratio is None or self.ratio <= self.max_ratio
        )

    @property
    def target(self) -> str:
        parts = []
        if self.max_value is not None:
            parts.append(f"≤ {self.max_value:g} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}×")
        return ", ".join(parts) or "-"

    def as_json(self) -> dict[str, Any]:
        target = {"max_value": self.max_value, "max_ratio": self.max_ratio}
        return {
            "value": round(self.value, 3),
            "unit": self.unit,
            "baseline": round(self.baseline, 3),
            "ratio": round(self.ratio, 3),
            "target": target if self.ok is not None else None,
            "ok": self.ok,
        }


def percentile(values: Sequence[float], share: float) -> float:
    """The *share* (0..1) percentile, interpolated between the closest ranks."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def format_table(metrics: Sequence[Metric]) -> str:
    header = ("metric", "value", "unit", "baseline", "ratio", "target", "ok?")
    rows = [
        (
            m.name,
            _number(m.value),
            m.unit,
            _number(m.baseline),
            f"{m.ratio:.2f}×",
            m.target,
            "" if m.ok is None else ("yes" if m.ok else "NO"),
        )
        for m in metrics
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    right = {1, 3, 4}

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(row) for row in rows)]).rstrip()


def _number(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.2f}"


def measure_and_report(measure: Callable[[], list[Metric]], json_path: Path | None) -> int:
    """Run *measure*, print its figures as a table (and as JSON to *json_path*); the exit code for ``main``.

    Missed targets are reported, not failed: benchmarks measure, tests assert behaviour.
    """
    started = time.perf_counter()
    try:
        metrics = measure()
    except KeyboardInterrupt:
        return 130
    except Exception:
        traceback.print_exc()
        return 1
    print()
    print(format_table(metrics))
    missed = [m.name for m in metrics if m.ok is False]
    print(f"\n{len(metrics)} figures in {time.perf_counter() - started:.0f} s; targets missed: {len(missed)}")
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(
            json.dumps({m.name: m.as_json() for m in metrics}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0
