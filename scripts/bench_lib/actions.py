"""Action latency, round-robin with the core baselines in the same loop.

Every round calls each kind once, in the same order, so machine noise (other
work on the same cores, garbage collection, the ledger's saves every second)
hits all kinds alike. Calls are made as an automation makes them:
`hass.services.async_call(..., blocking=True)`, `return_response=True` only for
`get_log`, which has no other way to be useful.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
import time
from typing import Any

from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.tracker import PersonTracker
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .stats import summary_ms

BASELINE = "counter.increment"


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of call: its action and how to build its data in round i."""

    name: str
    domain: str
    service: str
    data: Callable[[int], dict[str, Any]]
    response: bool = False


def kinds(config_entry_id: str) -> list[Kind]:
    """What each round calls, in order (removal undoes the supplement just logged)."""
    person = {"config_entry_id": config_entry_id}

    def week(_round: int) -> dict[str, Any]:
        today = dt_util.now().date()
        return {
            **person,
            "start_date": today - timedelta(days=6),
            "end_date": today,
        }

    return [
        Kind(
            BASELINE, "counter", "increment", lambda _: {"entity_id": "counter.bench"}
        ),
        Kind(
            "input_number.set_value",
            "input_number",
            "set_value",
            lambda i: {"entity_id": "input_number.bench", "value": i % 1000},
        ),
        Kind(
            "magnesium.log_food",
            DOMAIN,
            "log_food",
            lambda _: {**person, "food": "almonds", "quantity": 1, "unit": "oz"},
        ),
        Kind(
            "magnesium.log_supplement",
            DOMAIN,
            "log_supplement",
            lambda _: {**person, "magnesium_mg": 100, "form": "glycinate"},
        ),
        Kind("magnesium.remove_entry", DOMAIN, "remove_entry", lambda _: dict(person)),
        Kind("magnesium.get_log", DOMAIN, "get_log", week, response=True),
    ]


async def measure_actions(
    hass: HomeAssistant,
    tracker: PersonTracker,
    *,
    calls: int,
    warmup: int = 200,
) -> dict[str, Any]:
    """p50/p99 of every kind over `calls` rounds, and ratios to the baseline."""
    round_kinds = kinds(tracker.entry.entry_id)
    times: dict[str, list[float]] = {kind.name: [] for kind in round_kinds}
    entries_before = len(tracker.ledger)
    call = hass.services.async_call
    drain = hass.async_block_till_done
    perf = time.perf_counter
    for index in range(warmup + calls):
        for kind in round_kinds:
            data = kind.data(index)
            start = perf()
            await call(
                kind.domain,
                kind.service,
                data,
                blocking=True,
                return_response=kind.response,
            )
            elapsed = perf() - start
            # What the call left for the loop to do (listeners, tasks) runs
            # now, untimed, instead of inside the next call's measurement.
            await drain()
            if index >= warmup:
                times[kind.name].append(elapsed)
        # Undo the round's food too (untimed), so the day keeps its size:
        # a day with thousands of entries is not what is measured here.
        tracker.remove()
        await drain()
    assert len(tracker.ledger) == entries_before, "the rounds must leave no entry"
    results = {name: summary_ms(values) for name, values in times.items()}
    base = results[BASELINE]["p50_ms"]
    for result in results.values():
        result["p50_ratio"] = round(result["p50_ms"] / base, 2)
        result["p99_ratio"] = round(result["p99_ms"] / base, 2)
    return results
