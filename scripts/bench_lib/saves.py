"""How long a save of a ledger takes, and how long it blocks the event loop."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path
import time
from typing import Any

from custom_components.magnesium.ledger import EntryKind, month_of
from custom_components.magnesium.tracker import PersonTracker
from homeassistant.core import HomeAssistant
from homeassistant.helpers.json import prepare_save_json
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .stats import GcMonitor, StallMonitor, percentile, summary_ms

# The idle window after each save lasts at least this long (seconds).
MIN_IDLE = 0.02


def _stores(tracker: PersonTracker) -> list[Store[Any]]:
    """A person's head and month stores (the bench looks inside)."""
    storage = tracker._storage
    return [storage._main, *storage._month_stores.values()]


async def flush(tracker: PersonTracker) -> list[Store[Any]]:
    """Write the pending delayed saves now; the stores that wrote."""
    pending = [store for store in _stores(tracker) if store._data is not None]
    for store in pending:
        await store._async_handle_write_data()
    return pending


def _bytes(stores: list[Store[Any]]) -> int:
    """The size of the files that stores wrote."""
    return sum(Path(store.path).stat().st_size for store in stores)


def _stalls(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 50), 3),
        "p90_ms": round(percentile(values, 90), 3),
        "max_ms": round(max(values), 3),
    }


async def measure_saves(
    hass: HomeAssistant, trackers: list[PersonTracker], *, repeats: int
) -> dict[str, Any]:
    """Time the save of a log, with a stall monitor on the loop.

    Each save is the integration's own path after a new entry of today:
    `_schedule_save` snapshots the changed month and the head on the loop,
    then their stores' delayed writes (not waited for here) serialize and
    write them in the executor, atomically. The bytes of those files are
    what one log writes. After each save the
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
    written: list[int] = []
    collections = GcMonitor()
    for _ in range(repeats):
        for tracker in trackers:
            now = dt_util.now()
            tracker.ledger.add(
                logged_at=now,
                day=now.date(),
                today=now.date(),
                kind=EntryKind.FOOD,
                label="bench",
                quantity=1.0,
                unit="serving",
                magnesium_mg=1.0,
            )
            # A collection that was due anyway is not the save's doing: start
            # each save (and each idle window) with the collector's counts at 0.
            gc.collect()
            monitor = StallMonitor()
            monitor.start()
            start = time.perf_counter()
            with collections:
                tracker._schedule_save()
                stores = await flush(tracker)
            duration = time.perf_counter() - start
            stalls.append(monitor.stop())
            durations.append(duration)
            written.append(await hass.async_add_executor_job(_bytes, stores))
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
        "bytes_written_per_log_max": max(written),
    }


def _gil_held_cpu(trackers: list[PersonTracker]) -> dict[str, float]:
    """CPU time of the parts of a log's save that hold the GIL, median per person.

    Serializing the ledger and encoding the JSON run in the executor, but in
    Python or in C without releasing the GIL: the event loop cannot run while
    they do. Unlike the stalls this does not depend on other work on the
    machine. (Writing the file releases the GIL.)
    """
    serialize: list[float] = []
    encode: list[float] = []
    for tracker in trackers:
        month = month_of(tracker.today)
        for _ in range(3):
            # A log's save: its month (the head is a few bytes).
            serializer = tracker._state().month_serializer(month)
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
