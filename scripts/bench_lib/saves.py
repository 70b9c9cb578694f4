"""How long a save of a ledger takes, and how long it blocks the event loop."""

from __future__ import annotations

import asyncio
import gc
import time
from typing import Any

from custom_components.magnesium.tracker import PersonTracker
from homeassistant.core import HomeAssistant
from homeassistant.helpers.json import prepare_save_json

from .stats import GcMonitor, StallMonitor, percentile, summary_ms

# The idle window after each save lasts at least this long (seconds).
MIN_IDLE = 0.02


async def flush(tracker: PersonTracker) -> None:
    """Write a pending delayed save now, so it does not land in a measurement."""
    store = tracker._storage._main  # the bench looks inside
    if store._data is not None:
        await store._async_handle_write_data()


def _stalls(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 50), 3),
        "p90_ms": round(percentile(values, 90), 3),
        "max_ms": round(max(values), 3),
    }


async def measure_saves(
    hass: HomeAssistant, trackers: list[PersonTracker], *, repeats: int
) -> dict[str, Any]:
    """Time the save every change schedules, with a stall monitor on the loop.

    Each save is the integration's own path: `_schedule_save` snapshots the
    ledger on the loop, then the store's delayed write (not waited for here)
    serializes and writes it in the executor, atomically. After each save the
    monitor watches the idle loop for as long again: on a shared machine the
    idle stalls are the noise floor that the save's stalls are compared with.
    Full garbage collections during the saves are counted and timed.
    """
    for tracker in trackers:
        await flush(tracker)
    await hass.async_block_till_done()
    durations: list[float] = []
    stalls: list[float] = []
    idle: list[float] = []
    collections = GcMonitor()
    for _ in range(repeats):
        for tracker in trackers:
            store = tracker._storage._main
            # A collection that was due anyway is not the save's doing: start
            # each save (and each idle window) with the collector's counts at 0.
            gc.collect()
            monitor = StallMonitor()
            monitor.start()
            start = time.perf_counter()
            with collections:
                tracker._schedule_save()
                await store._async_handle_write_data()
            duration = time.perf_counter() - start
            stalls.append(monitor.stop())
            durations.append(duration)
            gc.collect()
            monitor.start()
            await asyncio.sleep(max(duration, MIN_IDLE))
            idle.append(monitor.stop())
    return {
        "save": summary_ms(durations),
        "loop_stall": _stalls(stalls),
        "idle_stall": _stalls(idle),
        "gc": collections.as_dict(),
        "gil_held_cpu": _gil_held_cpu(trackers),
    }


def _gil_held_cpu(trackers: list[PersonTracker]) -> dict[str, float]:
    """CPU time of the parts of a save that hold the GIL, median per person.

    Serializing the ledger and encoding the JSON run in the executor, but in
    Python or in C without releasing the GIL: the event loop cannot run while
    they do. Unlike the stalls this does not depend on other work on the
    machine. (Writing the file releases the GIL.)
    """
    serialize: list[float] = []
    encode: list[float] = []
    for tracker in trackers:
        for _ in range(3):
            serializer = tracker._state().serializer()
            start = time.thread_time()
            data = serializer()
            middle = time.thread_time()
            prepare_save_json({"version": 1, "key": "bench", "data": data})
            end = time.thread_time()
            serialize.append(middle - start)
            encode.append(end - middle)
    return {
        "serialize_ms": round(percentile(serialize, 50) * 1000, 3),
        "encode_ms": round(percentile(encode, 50) * 1000, 3),
    }
