"""Percentiles, the event loop stall monitor and resident memory."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
import gc
import os
from pathlib import Path
import statistics
import time


def percentile(values: list[float], pct: float) -> float:
    """The `pct` percentile (nearest rank on sorted values)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = round(pct / 100 * (len(ordered) - 1))
    return ordered[min(len(ordered) - 1, max(0, rank))]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    """n, mean, p50, p90, p99 and max of durations, in milliseconds."""
    ms = [value * 1000 for value in seconds]
    return {
        "n": len(ms),
        "mean_ms": round(statistics.fmean(ms), 4) if ms else float("nan"),
        "p50_ms": round(percentile(ms, 50), 4),
        "p90_ms": round(percentile(ms, 90), 4),
        "p99_ms": round(percentile(ms, 99), 4),
        "max_ms": round(max(ms), 4) if ms else float("nan"),
    }


@dataclass
class StallMonitor:
    """A chain of `call_at` callbacks; records how late each one ran.

    A callback scheduled for time t that runs at t + d means the event loop was
    busy (or waiting for the GIL) for about d: `max_ms` is the longest stall
    seen while the monitor ran.
    """

    interval: float = 0.0005
    lateness: list[float] = field(default_factory=list)
    _handle: asyncio.TimerHandle | None = None
    _due: float = 0.0

    def start(self) -> None:
        """Start ticking on the running loop."""
        loop = asyncio.get_running_loop()
        self.lateness = []
        self._due = loop.time() + self.interval
        self._handle = loop.call_at(self._due, self._tick)

    def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        self.lateness.append(now - self._due)
        self._due = now + self.interval
        self._handle = loop.call_at(self._due, self._tick)

    def stop(self) -> float:
        """Stop ticking; return the longest stall in milliseconds."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        return self.max_ms

    @property
    def max_ms(self) -> float:
        """Longest lateness seen, in milliseconds."""
        return max(self.lateness, default=0.0) * 1000


@dataclass
class GcMonitor:
    """Garbage collections while active: how many full ones, and their time.

    A full collection walks every tracked object of the process and holds the
    GIL throughout: whatever triggers it blocks the event loop for that long.
    """

    full: int = 0
    young: int = 0
    seconds: float = 0.0
    full_seconds: float = 0.0
    _started: float = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            return
        elapsed = time.perf_counter() - self._started
        self.seconds += elapsed
        if info["generation"] == 2:
            self.full += 1
            self.full_seconds += elapsed
        else:
            self.young += 1

    def __enter__(self) -> GcMonitor:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def as_dict(self) -> dict[str, float]:
        """Counts and milliseconds, for the results."""
        return {
            "full_collections": self.full,
            "full_ms": round(self.full_seconds * 1000, 1),
            "all_ms": round(self.seconds * 1000, 1),
        }


def rss_bytes() -> int:
    """Resident memory of this process, after a full garbage collection."""
    gc.collect()
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    import resource  # not Linux: peak, not current, resident size

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages, where the system has them."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None
