"""Years of history, built with the Ledger API and written as the store writes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time as clock_time, timedelta
from pathlib import Path
import random
import shutil
import time

from custom_components.magnesium.foods import FoodTable
from custom_components.magnesium.ledger import EntryKind, Ledger
from custom_components.magnesium.ledger_store import (
    LedgerStorage,
    PersonState,
    storage_key,
)
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

# What people log: (food, quantity, unit) measured with the real food table,
# so labels, units and amounts are those `log_food` would store.
PORTIONS: tuple[tuple[str, float, str | None], ...] = (
    ("almonds", 1, "oz"),
    ("spinach", 0.5, "cup"),
    ("black beans", 0.5, "cup"),
    ("banana", 1, None),
    ("dark chocolate", 1, "oz"),
    ("oatmeal", 1, "cup"),
    ("brown rice", 1, "cup"),
    ("whole wheat bread", 2, "slice"),
    ("milk", 1, "cup"),
    ("salmon", 3, "oz"),
    ("avocado", 0.5, None),
    ("plain yogurt", 1, "cup"),
    ("baked potato", 1, None),
    ("cashews", 1, "oz"),
    ("peanut butter", 2, "tbsp"),
    ("pumpkin seeds", 1, "oz"),
    ("edamame", 0.5, "cup"),
    ("quinoa", 1, "cup"),
    ("broccoli", 1, "cup"),
    ("apple", 1, None),
)
# (label, elemental mg, form, compound)
SUPPLEMENTS: tuple[tuple[str, float, str, bool], ...] = (
    ("Magnesium glycinate", 120.0, "glycinate", False),
    ("Magnesium citrate", 97.5, "citrate", True),
)
SUPPLEMENTS_PER_DAY = 2


@dataclass(frozen=True, slots=True)
class Portion:
    """A measured food portion, as `log_food` would store it."""

    label: str
    quantity: float
    unit: str
    mg: float


def measured_portions(table: FoodTable) -> list[Portion]:
    """The portions of `PORTIONS`, measured with the food table."""
    portions = []
    for food, quantity, unit in PORTIONS:
        measured = table.measure(food, quantity, unit)
        portions.append(
            Portion(measured.food.name, quantity, measured.unit, measured.mg)
        )
    return portions


def build_ledger(
    *,
    today: date,
    days: int,
    per_day: int,
    portions: list[Portion],
    seed: int,
) -> Ledger:
    """`days` days up to today with `per_day` entries each, all kept in detail."""
    rng = random.Random(seed)
    first = today - timedelta(days=days - 1)
    ledger = Ledger(started=first, retention_days=days + 1)
    zone = dt_util.get_default_time_zone()
    foods = max(per_day - SUPPLEMENTS_PER_DAY, 0)
    for offset in range(days):
        day = first + timedelta(days=offset)
        minutes = sorted(rng.sample(range(7 * 60, 22 * 60), per_day))
        for slot, minute in enumerate(minutes):
            logged_at = datetime.combine(
                day, clock_time(minute // 60, minute % 60), zone
            )
            if slot < foods:
                portion = rng.choice(portions)
                ledger.add(
                    logged_at=logged_at,
                    day=day,
                    today=today,
                    kind=EntryKind.FOOD,
                    label=portion.label,
                    quantity=portion.quantity,
                    unit=portion.unit,
                    magnesium_mg=portion.mg,
                )
            else:
                label, mg, form, compound = SUPPLEMENTS[slot % len(SUPPLEMENTS)]
                ledger.add(
                    logged_at=logged_at,
                    day=day,
                    today=today,
                    kind=EntryKind.SUPPLEMENT,
                    label=label,
                    quantity=mg * 6 if compound else mg,
                    unit="mg",
                    magnesium_mg=mg,
                    form=form,
                    compound=compound,
                )
    return ledger


async def write_history(
    hass: HomeAssistant,
    entry_ids: list[str],
    *,
    days: int,
    per_day: int,
) -> dict[str, float]:
    """Build each person's history and save it with the integration's store.

    The target was reached today and today's backup is written, so loading it
    does only what any start of Home Assistant later in the day does.
    """
    table = await hass.async_add_executor_job(FoodTable.load)
    portions = measured_portions(table)
    today = dt_util.now().date()
    build = 0.0
    for index, entry_id in enumerate(entry_ids):
        started = time.perf_counter()
        ledger = build_ledger(
            today=today, days=days, per_day=per_day, portions=portions, seed=index
        )
        build += time.perf_counter() - started
        state = PersonState(ledger, target_reached_on=today, last_backup_on=today)
        await LedgerStorage(hass, entry_id).async_save_now(state)
    return {"build_s": round(build, 3)}


def storage_files(config_dir: Path, entry_id: str) -> list[Path]:
    """The storage files of a person's ledger: its head and every month."""
    key = storage_key(entry_id)
    folder = config_dir / ".storage"
    return [
        folder / key,
        *sorted(folder.glob(f"{key}.[0-9][0-9][0-9][0-9]-[0-9][0-9]")),
    ]


def storage_bytes(config_dir: Path, entry_id: str) -> int:
    """The bytes of a person's ledger on disk."""
    return sum(path.stat().st_size for path in storage_files(config_dir, entry_id))


def copy_storage(source: Path, target: Path) -> None:
    """Start a config dir from the files of another one."""
    shutil.copytree(source / ".storage", target / ".storage")
