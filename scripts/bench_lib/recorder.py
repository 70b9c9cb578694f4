"""What one log costs in full: the action, the ledger's save, the recorder's rows.

A real recorder on SQLite in the scenario's config dir, committing at once.
Each log is followed by everything it causes: the intake statistic's write
(normally batched a second later), the ledger's save (normally within 2 s)
and the recorder's commit of states, attributes and statistics. The same is
done for `counter.increment`, whose state the recorder writes too.
"""

from __future__ import annotations

from pathlib import Path
import sqlite3
import time
from typing import Any

from custom_components.magnesium.const import DOMAIN
from homeassistant.core import HomeAssistant
from homeassistant.helpers import recorder as recorder_helper
from homeassistant.helpers.recorder import get_instance
from homeassistant.setup import async_setup_component

from .harness import add_person, running_hass, setup_baselines, setup_magnesium
from .saves import flush
from .stats import summary_ms

DATABASE = "home-assistant_v2.db"
TABLES = ("states", "state_attributes", "statistics", "events")


def _database(config_dir: Path) -> tuple[int, dict[str, int]]:
    """The database's size in bytes (WAL folded in) and rows per table."""
    connection = sqlite3.connect(config_dir / DATABASE)
    try:
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        rows = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLES
        }
    finally:
        connection.close()
    return (pages - free) * size, rows


async def _timed(
    hass: HomeAssistant, config_dir: Path, calls: int, one: Any
) -> dict[str, Any]:
    recorder = get_instance(hass)
    await hass.async_block_till_done()
    await recorder.async_block_till_done()
    size_before, rows_before = await hass.async_add_executor_job(_database, config_dir)
    durations: list[float] = []
    for _ in range(calls):
        start = time.perf_counter()
        await one()
        await hass.async_block_till_done()
        await recorder.async_block_till_done()
        durations.append(time.perf_counter() - start)
    size_after, rows_after = await hass.async_add_executor_job(_database, config_dir)
    return {
        "calls": calls,
        "full_cost": summary_ms(durations),
        "db_bytes_per_call": round((size_after - size_before) / calls),
        "rows_per_call": {
            table: round((rows_after[table] - rows_before[table]) / calls, 2)
            for table in TABLES
        },
    }


async def scenario_recorder(work: Path, calls: int) -> dict[str, Any]:
    """A log_food with all it writes, next to a counter.increment."""
    config_dir = work / "recorder"
    config_dir.mkdir()
    async with running_hass(config_dir) as hass:
        # What Home Assistant's bootstrap does before any integration.
        recorder_helper.async_initialize_recorder(hass)
        assert await async_setup_component(
            hass,
            "recorder",
            {
                "recorder": {
                    "db_url": f"sqlite:///{config_dir / DATABASE}",
                    "commit_interval": 0,
                }
            },
        )
        assert await get_instance(hass).async_db_ready
        await setup_baselines(hass)
        await setup_magnesium(hass)
        tracker = (await add_person(hass, 0)).runtime_data

        async def log() -> None:
            await hass.services.async_call(
                DOMAIN,
                "log_food",
                {"food": "almonds", "unit": "oz"},
                blocking=True,
            )
            await tracker.statistics.async_write()
            await flush(tracker)

        async def increment() -> None:
            await hass.services.async_call(
                "counter", "increment", {"entity_id": "counter.bench"}, blocking=True
            )

        counter = await _timed(hass, config_dir, calls, increment)
        logged = await _timed(hass, config_dir, calls, log)
    logged["vs_counter"] = round(
        logged["full_cost"]["p50_ms"] / counter["full_cost"]["p50_ms"], 1
    )
    return {"log_food": logged, "counter_increment": counter}
