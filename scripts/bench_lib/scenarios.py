"""Each scenario runs its own Home Assistant on its own config dir."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
import time
import tracemalloc
from typing import Any

from custom_components.magnesium.ledger import DEFAULT_RETENTION_DAYS
from custom_components.magnesium.tracker import PersonTracker
from homeassistant.core import HomeAssistant

from .actions import measure_actions
from .harness import (
    add_person,
    entry_id,
    running_hass,
    setup_baselines,
    setup_magnesium,
)
from .history import copy_storage, storage_bytes, write_history
from .saves import flush, measure_saves
from .stats import GcMonitor, StallMonitor, rss_bytes
from .voice import measure_voice


@dataclass(frozen=True, slots=True)
class Plan:
    """What to run and how much of it."""

    calls: int
    warmup: int
    saves: int
    people: int
    days: int
    per_day: int
    voice_calls: int
    voice: bool
    recorder_calls: int

    @property
    def entries(self) -> int:
        """Entries in the history of all people together."""
        return self.people * self.days * self.per_day


def _options(retention: int) -> dict[str, Any]:
    # The default is what a user has who never opened the options.
    return {} if retention == DEFAULT_RETENTION_DAYS else {"retention_days": retention}


async def _timed_setups(
    hass: HomeAssistant,
    plan: Plan,
    setup: Callable[[int], Awaitable[PersonTracker]],
) -> tuple[list[PersonTracker], dict[str, Any]]:
    """Set up each person in turn, timing each and watching the loop."""
    times: list[float] = []
    stalls: list[float] = []
    trackers: list[PersonTracker] = []
    with GcMonitor() as collections:
        for index in range(plan.people):
            monitor = StallMonitor()
            monitor.start()
            start = time.perf_counter()
            trackers.append(await setup(index))
            times.append(time.perf_counter() - start)
            stalls.append(monitor.stop())
    await hass.async_block_till_done()
    ms = [value * 1000 for value in times]
    return trackers, {
        "per_person_ms": [round(value, 1) for value in ms],
        "mean_ms": round(sum(ms) / len(ms), 1),
        "max_ms": round(max(ms), 1),
        "loop_stall_max_ms": round(max(stalls), 2),
        "gc": collections.as_dict(),
    }


async def _setup_people(
    hass: HomeAssistant, plan: Plan, retention: int
) -> tuple[list[PersonTracker], dict[str, Any]]:
    """Add every person and set them up: their first load."""

    async def setup(index: int) -> PersonTracker:
        entry = await add_person(hass, index, _options(retention))
        return entry.runtime_data

    return await _timed_setups(hass, plan, setup)


async def _restart_people(
    hass: HomeAssistant, plan: Plan
) -> tuple[list[PersonTracker], dict[str, Any]]:
    """Unload every person, then set them up again from what is on disk now.

    This is every later start of Home Assistant: with the default retention
    the file was compacted (and saved) by the first load.
    """
    for index in range(plan.people):
        assert await hass.config_entries.async_unload(entry_id(index))
    await hass.async_block_till_done()

    async def setup(index: int) -> PersonTracker:
        assert await hass.config_entries.async_setup(entry_id(index))
        entry = hass.config_entries.async_get_entry(entry_id(index))
        assert entry is not None
        tracker: PersonTracker = entry.runtime_data
        return tracker

    return await _timed_setups(hass, plan, setup)


async def _voice(
    hass: HomeAssistant, tracker: PersonTracker, plan: Plan
) -> dict[str, Any]:
    if not plan.voice:
        return {"skipped": "not requested"}
    try:
        return await measure_voice(hass, tracker, calls=plan.voice_calls)
    except Exception as err:  # a module in progress may fail
        return {"skipped": f"voice failed: {err!r}"}


async def scenario_empty(work: Path, plan: Plan) -> dict[str, Any]:
    """No history: the people were just added."""
    config_dir = work / "empty"
    config_dir.mkdir()
    async with running_hass(config_dir) as hass:
        await setup_baselines(hass)
        await setup_magnesium(hass)
        trackers, setup = await _setup_people(hass, plan, DEFAULT_RETENTION_DAYS)
        for tracker in trackers:
            await flush(tracker)
        actions = await measure_actions(
            hass, trackers[0], calls=plan.calls, warmup=plan.warmup
        )
        voice = await _voice(hass, trackers[0], plan)
        saves = await measure_saves(hass, trackers, repeats=plan.saves)
    return {"setup": setup, "actions": actions, "voice": voice, "saves": saves}


async def build_template(work: Path, plan: Plan) -> dict[str, Any]:
    """Write every person's history once; scenarios start from copies of it."""
    config_dir = work / "template"
    config_dir.mkdir()
    async with running_hass(config_dir) as hass:
        info: dict[str, Any] = await write_history(
            hass,
            [entry_id(index) for index in range(plan.people)],
            days=plan.days,
            per_day=plan.per_day,
        )
    size = sum(
        storage_bytes(config_dir, entry_id(index)) for index in range(plan.people)
    )
    info.update(
        entries=plan.entries,
        file_bytes=size,
        bytes_per_entry=round(size / plan.entries, 1),
    )
    return info


async def scenario_history(
    work: Path, plan: Plan, retention: int, *, voice: bool
) -> dict[str, Any]:
    """The template's history, with `retention` days kept in detail."""
    config_dir = work / f"history_{retention}"
    copy_storage(work / "template", config_dir)
    async with running_hass(config_dir) as hass:
        await setup_baselines(hass)
        await setup_magnesium(hass)
        before = rss_bytes()
        trackers, first = await _setup_people(hass, plan, retention)
        # A compaction on load schedules a save; let it land before measuring.
        for tracker in trackers:
            await flush(tracker)
        first["rss_added_mb"] = round((rss_bytes() - before) / 2**20, 1)
        trackers, setup = await _restart_people(hass, plan)
        setup["entries_in_detail"] = sum(len(tracker.ledger) for tracker in trackers)
        setup["first_load"] = first
        actions = await measure_actions(
            hass, trackers[0], calls=plan.calls, warmup=plan.warmup
        )
        spoken = (
            await _voice(hass, trackers[0], plan)
            if voice
            else {"skipped": "measured with the default retention only"}
        )
        saves = await measure_saves(hass, trackers, repeats=plan.saves)
        size = sum(
            storage_bytes(config_dir, entry_id(index)) for index in range(plan.people)
        )
        detailed = sum(len(tracker.ledger) for tracker in trackers)
    saves["file_bytes"] = size
    saves["bytes_per_entry_in_detail"] = round(size / max(detailed, 1), 1)
    return {
        "retention_days": retention,
        "setup": setup,
        "actions": actions,
        "voice": spoken,
        "saves": saves,
    }


async def scenario_memory(work: Path, plan: Plan, retention: int) -> dict[str, Any]:
    """Python heap that the loaded people add, traced (so not timed)."""
    config_dir = work / f"memory_{retention}"
    copy_storage(work / "template", config_dir)
    async with running_hass(config_dir) as hass:
        await setup_baselines(hass)
        await setup_magnesium(hass)
        await hass.async_block_till_done()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        trackers = [
            (await add_person(hass, index, _options(retention))).runtime_data
            for index in range(plan.people)
        ]
        await hass.async_block_till_done()
        for tracker in trackers:
            await flush(tracker)
        await hass.async_block_till_done()
        rss_bytes()  # collects garbage: the loaded JSON is gone
        added = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        detailed = sum(len(tracker.ledger) for tracker in trackers)
    return {
        "retention_days": retention,
        "heap_added_mb": round(added / 2**20, 1),
        "heap_bytes_per_person": added // plan.people,
        "heap_bytes_per_entry_in_detail": added // max(detailed, 1),
    }
