"""Storage faults: corrupt, unreadable and newer files, backups and repairs.

A ledger is a head (`KEY`) and a file per month (`KEY.2026-11`). The tests that
store `_stored(...)` write the single file of earlier releases, which is read
as it is and split into months at the next save.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
import json
from pathlib import Path
import threading
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.ledger_store import PersonState
from homeassistant.components.repairs import repairs_flow_manager
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir, storage
from homeassistant.setup import async_setup_component

from .conftest import call, pass_time, setup_person, stored_days, stored_entry_ids

KEY = "magnesium.alice_entry_id"
NOVEMBER = f"{KEY}.2026-11"
BACKUPS = (f"{KEY}.backup0", f"{KEY}.backup1")

# The test plugin replaces these with an in-memory store for every test; the
# real ones are needed to see what Home Assistant does with a corrupt file.
REAL_STORE_METHODS = {
    "_async_load": storage.Store._async_load,
    "_async_write_data": storage.Store._async_write_data,
    "async_remove": storage.Store.async_remove,
}


pytestmark = pytest.mark.usefixtures("morning")


async def _log(hass: HomeAssistant, mg: float) -> str:
    response = await call(hass, "log_food", food="soup", magnesium_mg=mg)
    return str(response["entry"]["id"])


def _intake(hass: HomeAssistant) -> str:
    state = hass.states.get("sensor.alice_intake_today")
    assert state is not None
    return state.state


def _stored(ledger_days: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": 1,
        "minor_version": 1,
        "key": KEY,
        "data": {
            "ledger": {"started": "2026-11-01", "next_seq": 9, "days": ledger_days},
            "target_reached_on": None,
        },
    }


GOOD_DAY = {
    "2026-11-26": {
        "entries": [[3, "abcdefghjk", 1764172800, "f", "soup", 1, "g", 55.5]]
    }
}


async def _log_and_back_up(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> str:
    """Set Alice up, log an entry and pass midnight: the backup holds it."""
    await setup_person(hass, alice_entry)
    logged = await _log(hass, 42)
    freezer.move_to("2026-11-27 08:00:01+00:00")
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)
    return logged


async def _confirm_repair(hass: HomeAssistant, issue_id: str) -> None:
    assert await async_setup_component(hass, "repairs", {})
    manager = repairs_flow_manager(hass)
    assert manager is not None
    result = await manager.async_init(DOMAIN, data={"issue_id": issue_id})
    assert result["step_id"] == "confirm"
    result = await manager.async_configure(result["flow_id"], {})
    assert result["type"] == "create_entry"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_newer_storage_version_is_left_alone(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    newer = _stored(GOOD_DAY) | {"version": 3}
    hass_storage[KEY] = json.loads(json.dumps(newer))
    alice_entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done()

    assert alice_entry.state is ConfigEntryState.SETUP_ERROR
    assert alice_entry.reason is not None
    assert "newer release" in alice_entry.reason
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, "newer_storage_version_alice_entry_id"
    )
    assert issue is not None
    assert issue.translation_placeholders == {"name": "Alice", "version": "3"}
    assert hass_storage[KEY] == newer
    assert not any(key in hass_storage for key in BACKUPS)


async def test_unreadable_ledger_is_restored_from_the_newest_backup(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    unreadable = _stored({"2026-11-26": {"entries": [["garbage"]]}})
    hass_storage[KEY] = unreadable
    older = _stored({}) | {"key": BACKUPS[0]}
    older["data"]["saved_at"] = "2026-11-24T08:00:00+00:00"
    newer = _stored(GOOD_DAY) | {"key": BACKUPS[1]}
    newer["data"]["saved_at"] = "2026-11-25T08:00:00+00:00"
    hass_storage[BACKUPS[0]] = older
    hass_storage[BACKUPS[1]] = newer

    await setup_person(hass, alice_entry)
    assert _intake(hass) == "55.5"
    issue_id = "restored_from_backup_alice_entry_id"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_placeholders == {
        "name": "Alice",
        "saved_at": "2026-11-25 00:00",
        "kept_as": f"{KEY}.unreadable",
    }
    assert hass_storage[f"{KEY}.unreadable"]["data"] == unreadable["data"]
    await _confirm_repair(hass, issue_id)

    # The restored ledger is written back: a head and its month.
    await hass.config_entries.async_unload(alice_entry.entry_id)
    assert hass_storage[KEY]["data"]["months"] == ["2026-11"]
    assert stored_days(hass_storage, "alice_entry_id") == GOOD_DAY


async def test_missing_main_file_with_a_backup(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    backup = _stored(GOOD_DAY) | {"key": BACKUPS[1]}
    backup["data"]["saved_at"] = "2026-11-25T08:00:00+00:00"
    hass_storage[BACKUPS[1]] = backup
    await setup_person(hass, alice_entry)
    assert _intake(hass) == "55.5"
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, "restored_from_backup_alice_entry_id"
    )
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["kept_as"] == "-"


async def test_unreadable_ledger_without_backup_is_kept_aside(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    unreadable = _stored({"not a date": {}})
    hass_storage[KEY] = unreadable
    await setup_person(hass, alice_entry)
    assert _intake(hass) == "0.0"
    issue_id = "ledger_unreadable_alice_entry_id"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None
    assert hass_storage[f"{KEY}.unreadable"]["data"] == unreadable["data"]
    await _confirm_repair(hass, issue_id)


async def test_unusable_backups_are_skipped(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    hass_storage[KEY] = _stored({"2026-11-26": "nonsense"})
    newer_release = _stored(GOOD_DAY) | {"key": BACKUPS[0], "version": 3}
    hass_storage[BACKUPS[0]] = newer_release
    hass_storage[BACKUPS[1]] = _stored(GOOD_DAY) | {"key": BACKUPS[1]}  # no saved_at
    await setup_person(hass, alice_entry)
    assert _intake(hass) == "0.0"
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, "ledger_unreadable_alice_entry_id")
        is not None
    )


async def test_a_backup_a_day_in_alternating_slots(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    await hass.async_block_till_done(wait_background_tasks=True)
    first_slot = BACKUPS[0] if hass_storage.get(BACKUPS[0]) else BACKUPS[1]
    other_slot = BACKUPS[1] if first_slot == BACKUPS[0] else BACKUPS[0]
    assert hass_storage[first_slot]["data"]["ledger"]["days"] == {}
    entry_id = await _log(hass, 42)

    # A reload the same day writes no new backup.
    assert await hass.config_entries.async_reload(alice_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert other_slot not in hass_storage

    freezer.move_to("2026-11-27 08:00:01+00:00")  # local midnight
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)
    backup = hass_storage[other_slot]["data"]
    assert backup["saved_at"] == "2026-11-27T08:00:01+00:00"
    rows = backup["ledger"]["days"]["2026-11-26"]["entries"]
    assert [row[1] for row in rows] == [entry_id]
    assert hass_storage[first_slot]["data"]["ledger"]["days"] == {}


async def test_a_backup_is_dated_by_its_state_not_by_its_write(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    """A slow backup write finishing after midnight must not look the newest."""
    release = threading.Event()
    serializer = PersonState.serializer
    calls = 0

    def first_one_held(state: PersonState) -> Callable[[], Any]:
        nonlocal calls
        calls += 1
        serialize = serializer(state)
        if calls > 1:
            return serialize

        def held() -> Any:
            release.wait(5)
            return serialize()

        return held

    with patch.object(PersonState, "serializer", first_one_held):
        await setup_person(hass, alice_entry)
        entry_id = await _log(hass, 42)
        freezer.move_to("2026-11-27 08:00:01+00:00")  # local midnight
        release.set()
        async_fire_time_changed(hass)
        await hass.async_block_till_done(wait_background_tasks=True)

    dated = sorted((hass_storage[slot]["data"]["saved_at"], slot) for slot in BACKUPS)
    assert [saved_at for saved_at, _ in dated] == [
        "2026-11-26T18:00:00+00:00",
        "2026-11-27T08:00:01+00:00",
    ]
    newest = hass_storage[dated[-1][1]]["data"]["ledger"]["days"]["2026-11-26"]
    assert [row[1] for row in newest["entries"]] == [entry_id]


async def test_removing_the_person_removes_backups(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    hass_storage[KEY] = _stored({"2026-11-26": "nonsense"})
    await setup_person(hass, alice_entry)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert any(key.startswith(KEY + ".") for key in hass_storage)
    await hass.config_entries.async_remove(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert not any(key.startswith(KEY) for key in hass_storage)


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """Real files in a temporary config directory."""
    return hass_tmp_config_dir


@pytest.fixture
def real_files() -> Generator[None]:
    """Let Store read and write real files again."""
    with (
        patch.object(storage.Store, "_async_load", REAL_STORE_METHODS["_async_load"]),
        patch.object(
            storage.Store,
            "_async_write_data",
            REAL_STORE_METHODS["_async_write_data"],
        ),
        patch.object(storage.Store, "async_remove", REAL_STORE_METHODS["async_remove"]),
    ):
        yield


@pytest.mark.usefixtures("real_files")
async def test_corrupt_file_on_disk_is_restored_from_backup(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_config_dir: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    logged = await _log_and_back_up(hass, alice_entry, freezer)
    later = await _log(hass, 7)
    assert await hass.config_entries.async_unload(alice_entry.entry_id)

    storage_dir = Path(hass_config_dir) / ".storage"
    month = storage_dir / NOVEMBER
    assert later in month.read_text(encoding="utf-8")
    month.write_text('{"version": 1, "data": {"days": {"2026-', encoding="utf-8")

    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    # Home Assistant kept the corrupt month aside; the backup's came back.
    assert list(storage_dir.glob(f"{NOVEMBER}.corrupt.*"))
    assert ir.async_get(hass).async_get_issue(
        DOMAIN, "restored_from_backup_alice_entry_id"
    )
    response = await call(hass, "get_log", start_date="2026-11-26")
    assert [entry["id"] for entry in response["days"][0]["entries"]] == [logged]
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    assert logged in month.read_text(encoding="utf-8")


_BAD_ROW_MONTH = {
    "version": 1,
    "minor_version": 1,
    "key": NOVEMBER,
    "data": {"days": {"2026-11-26": {"entries": [[1, "x", 0, "f", "x", -1, "g", 1]]}}},
}


@pytest.mark.usefixtures("real_files")
@pytest.mark.parametrize(
    "content", ["{", json.dumps(_BAD_ROW_MONTH)], ids=["corrupt", "a bad row"]
)
async def test_a_lost_month_comes_from_the_backup_and_other_months_stay(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_config_dir: str,
    freezer: FrozenDateTimeFactory,
    content: str,
) -> None:
    """Only the month that was lost is taken from the backup; a readable
    file that holds no month we can read is kept aside."""
    logged = await _log_and_back_up(hass, alice_entry, freezer)
    response = await call(
        hass,
        "log_food",
        food="soup",
        magnesium_mg=9,
        logged_at="2026-10-30T20:00:00+00:00",
    )
    backdated = response["entry"]["id"]  # after the backup: October's file only
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    storage_dir = Path(hass_config_dir) / ".storage"
    (storage_dir / NOVEMBER).write_text(content, encoding="utf-8")

    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert ir.async_get(hass).async_get_issue(
        DOMAIN, "restored_from_backup_alice_entry_id"
    )
    for day, ids in (("2026-10-30", [backdated]), ("2026-11-26", [logged])):
        response = await call(hass, "get_log", start_date=day)
        assert [entry["id"] for entry in response["days"][0]["entries"]] == ids
    # Logging order holds across the months read: the newest is undone first.
    assert (await call(hass, "remove_entry"))["entry"]["id"] == backdated
    kept = storage_dir / f"{KEY}.unreadable"
    if content == "{":
        assert not kept.exists()  # Home Assistant set the corrupt file aside
    else:
        assert json.loads(kept.read_text("utf-8"))["data"] == {
            "months": {"2026-11": _BAD_ROW_MONTH["data"]}
        }


async def test_a_month_that_cannot_be_read_now_is_tried_again_not_replaced(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    """A read error (permissions, a failing disk) is no corrupt file."""
    await setup_person(hass, alice_entry)
    logged = await _log(hass, 42)
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    month = json.loads(json.dumps(hass_storage[NOVEMBER]))
    load = storage.Store._async_load

    async def failing(store: storage.Store[Any]) -> Any:
        if store.key == NOVEMBER:
            raise HomeAssistantError("Error reading: Permission denied")
        return await load(store)

    with patch.object(storage.Store, "_async_load", failing):
        assert not await hass.config_entries.async_setup(alice_entry.entry_id)
    assert alice_entry.state is ConfigEntryState.SETUP_RETRY
    assert "cannot be read just now" in str(alice_entry.reason)
    assert hass_storage[NOVEMBER] == month
    assert (
        ir.async_get(hass).async_get_issue(
            DOMAIN, "restored_from_backup_alice_entry_id"
        )
        is None
    )

    # Readable again: the retry finds everything.
    assert await hass.config_entries.async_reload(alice_entry.entry_id)
    response = await call(hass, "get_log")
    assert [entry["id"] for entry in response["days"][-1]["entries"]] == [logged]


@pytest.mark.usefixtures("real_files")
async def test_an_unreadable_month_the_backup_lacks_is_set_aside_once(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_config_dir: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Kept aside, its file gone: the next start finds nothing to report."""
    logged = await _log_and_back_up(hass, alice_entry, freezer)
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    storage_dir = Path(hass_config_dir) / ".storage"
    october = storage_dir / f"{KEY}.2026-10"
    bad = {
        "version": 1,
        "minor_version": 1,
        "key": october.name,
        "data": {"days": {"2026-10-30": {"entries": [[1, "x", 0, "f", "x", -1]]}}},
    }
    october.write_text(json.dumps(bad), encoding="utf-8")

    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    issues = ir.async_get(hass)
    assert issues.async_get_issue(DOMAIN, "restored_from_backup_alice_entry_id") is None
    await _confirm_repair(hass, "ledger_unreadable_alice_entry_id")
    assert not october.exists()
    kept = json.loads((storage_dir / f"{KEY}.unreadable").read_text("utf-8"))
    assert kept["data"] == {"months": {"2026-10": bad["data"]}}
    response = await call(hass, "get_log", start_date="2026-11-26")
    assert [entry["id"] for entry in response["days"][0]["entries"]] == [logged]

    assert await hass.config_entries.async_reload(alice_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert issues.async_get_issue(DOMAIN, "ledger_unreadable_alice_entry_id") is None


def _ledger_disk_full() -> Any:
    """Writes of Alice's ledger fail as on a full disk; other stores still work."""
    write = storage.Store._async_write_data

    async def failing(store: storage.Store[Any], data: dict[str, Any]) -> None:
        if store.key == KEY:
            raise OSError(28, "No space left on device")
        await write(store, data)

    return patch.object(storage.Store, "_async_write_data", failing)


def _on_disk(hass_storage: dict[str, Any]) -> list[str]:
    return (
        stored_entry_ids(hass_storage, "alice_entry_id") if KEY in hass_storage else []
    )


async def test_steady_use_reaches_disk_within_two_seconds(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    """A log every half second (an import, an automation) never holds saves back."""
    await setup_person(hass, alice_entry)
    logged: list[tuple[float, str]] = []
    for step in range(24):
        logged.append((step * 0.5, await _log(hass, 1)))
        await pass_time(hass, freezer, 0.5)
        now = (step + 1) * 0.5
        on_disk = set(_on_disk(hass_storage))
        assert {entry for at, entry in logged if now - at >= 2} <= on_disk


async def test_a_failed_write_is_reported_kept_and_written_later(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    """A full disk: the entry stays in memory, a repair says so, a retry heals."""
    await setup_person(hass, alice_entry)
    issue_id = "write_failed_alice_entry_id"
    with _ledger_disk_full():
        entry_id = await _log(hass, 42)
        await pass_time(hass, freezer, 1)
        issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
        assert issue is not None
        assert issue.translation_placeholders is not None
        assert "No space left" in issue.translation_placeholders["error"]
        assert entry_id not in _on_disk(hass_storage)
        assert _intake(hass) == "42.0"
        await pass_time(hass, freezer, 5)  # the first retry fails too
        assert entry_id not in _on_disk(hass_storage)
    await pass_time(hass, freezer, 15)  # the next retry finds the disk working
    assert entry_id in _on_disk(hass_storage)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_a_reload_while_writes_fail_keeps_what_is_in_memory(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    with _ledger_disk_full():
        entry_id = await _log(hass, 42)
        assert await hass.config_entries.async_reload(alice_entry.entry_id)
        await hass.async_block_till_done()
        assert _intake(hass) == "42.0"  # not the older file's 0
        assert entry_id not in _on_disk(hass_storage)
    await pass_time(hass, freezer, 1)
    assert entry_id in _on_disk(hass_storage)


_LEDGER_AT_THE_END = {"started": "2026-11-01", "next_seq": 2**63, "days": {}}
BROKEN_BUT_VALID = {
    "null": "null",
    "a list": "[]",
    "no data": '{"version": 1}',
    "a huge amount": json.dumps(
        _stored(
            {
                "2026-11-26": {
                    "entries": [[3, "abcdefghjk", 1764172800, "f", "x", 1, "g", 1e308]]
                }
            }
        )
    ),
    "a negative amount": json.dumps(
        _stored(
            {
                "2026-11-26": {
                    "entries": [[3, "abcdefghjk", 1764172800, "f", "x", 1, "g", -5]]
                }
            }
        )
    ),
    "a negative quantity": json.dumps(
        _stored(
            {
                "2026-11-26": {
                    "entries": [[3, "abcdefghjk", 1764172800, "f", "x", -1, "g", 5]]
                }
            }
        )
    ),
    "a time past the year 9999": json.dumps(
        _stored(
            {"2026-11-26": {"entries": [[3, "abcdefghjk", 2**62, "f", "x", 1, "g", 5]]}}
        )
    ),
    "a logging number no later log fits after": json.dumps(
        _stored({}) | {"data": _stored({})["data"] | {"ledger": _LEDGER_AT_THE_END}}
    ),
    "data that is a number": json.dumps(_stored({}) | {"data": 5}),
    "a head whose months are no list": json.dumps(
        {
            "version": 2,
            "minor_version": 1,
            "key": KEY,
            "data": {"started": "2026-11-01", "next_seq": 9, "months": 5},
        }
    ),
}


@pytest.mark.usefixtures("real_files")
@pytest.mark.parametrize("content", BROKEN_BUT_VALID.values(), ids=BROKEN_BUT_VALID)
async def test_valid_json_that_is_no_ledger_restores_the_backup(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_config_dir: str,
    freezer: FrozenDateTimeFactory,
    content: str,
) -> None:
    logged = await _log_and_back_up(hass, alice_entry, freezer)
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    main = Path(hass_config_dir) / ".storage" / KEY
    main.write_text(content, encoding="utf-8")

    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert ir.async_get(hass).async_get_issue(
        DOMAIN, "restored_from_backup_alice_entry_id"
    )
    response = await call(hass, "get_log", start_date="2026-11-26")
    assert [entry["id"] for entry in response["days"][0]["entries"]] == [logged]


@pytest.mark.usefixtures("real_files")
async def test_the_single_file_of_an_earlier_release_is_split_into_months(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_config_dir: str
) -> None:
    """Read as it is; at the next save each month gets its file, the head the rest."""
    storage_dir = Path(hass_config_dir) / ".storage"
    storage_dir.mkdir(exist_ok=True)
    october = {
        "2026-10-30": {
            "entries": [[1, "octoberxyz", 1761825600, "f", "nuts", 1, "oz", 80]]
        }
    }
    earlier = _stored({**october, **GOOD_DAY})
    (storage_dir / KEY).write_text(json.dumps(earlier), encoding="utf-8")

    await setup_person(hass, alice_entry)
    assert _intake(hass) == "55.5"
    await call(hass, "log_food", food="soup", magnesium_mg=1)
    assert await hass.config_entries.async_unload(alice_entry.entry_id)

    head = json.loads((storage_dir / KEY).read_text(encoding="utf-8"))
    assert head["version"] == 2
    assert head["data"]["months"] == ["2026-10", "2026-11"]
    assert "ledger" not in head["data"]
    months = {
        month: json.loads((storage_dir / f"{KEY}.{month}").read_text(encoding="utf-8"))
        for month in head["data"]["months"]
    }
    assert months["2026-10"]["data"]["days"] == october
    assert len(months["2026-11"]["data"]["days"]["2026-11-26"]["entries"]) == 2

    # And it reads back the same.
    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done()
    log = await call(hass, "get_log", start_date="2026-10-30", end_date="2026-10-30")
    assert [entry["label"] for entry in log["days"][0]["entries"]] == ["nuts"]
    assert _intake(hass) == "56.5"


@pytest.mark.usefixtures("real_files")
async def test_a_log_rewrites_its_month_and_the_head_only(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_config_dir: str
) -> None:
    """A month that did not change is not written again."""
    storage_dir = Path(hass_config_dir) / ".storage"
    await setup_person(hass, alice_entry)
    await call(
        hass, "log_food", food="nuts", magnesium_mg=80, logged_at="2026-10-30T12:00:00"
    )
    await call(hass, "log_food", food="soup", magnesium_mg=5)
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    october = storage_dir / f"{KEY}.2026-10"
    written = october.stat().st_mtime_ns

    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done()
    await call(hass, "log_food", food="soup", magnesium_mg=5)
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    assert october.stat().st_mtime_ns == written
    november = json.loads((storage_dir / NOVEMBER).read_text(encoding="utf-8"))
    assert len(november["data"]["days"]["2026-11-26"]["entries"]) == 2
