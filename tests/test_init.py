"""Setup, unload, removal, and that nothing logged is lost across restarts."""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
)

from custom_components.magnesium.const import DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant

from .conftest import call, pass_time, setup_person, stored_entry_ids

KEY = "magnesium.alice_entry_id"


pytestmark = pytest.mark.usefixtures("morning")


async def _log(hass: HomeAssistant, mg: float, **data: Any) -> Any:
    return await call(hass, "log_food", food="soup", magnesium_mg=mg, **data)


async def test_setup_and_unload(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    assert alice_entry.state is ConfigEntryState.LOADED
    assert hass.services.has_service(DOMAIN, "log_food")
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    assert alice_entry.state is ConfigEntryState.NOT_LOADED
    # Actions stay registered: they answer with a clear error instead.
    assert hass.services.has_service(DOMAIN, "log_food")


async def test_logged_entry_is_on_disk_within_a_second(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    response = await _log(hass, 42)
    assert KEY not in hass_storage
    await pass_time(hass, freezer, 1)
    assert stored_entry_ids(hass_storage, "alice_entry_id") == [response["entry"]["id"]]
    assert hass_storage[KEY]["version"] == 2


async def test_final_write_flushes_pending_entries(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    await setup_person(hass, alice_entry)
    await _log(hass, 42)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    assert len(stored_entry_ids(hass_storage, "alice_entry_id")) == 1


async def test_restart_keeps_the_ledger(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    await setup_person(hass, alice_entry)
    await _log(hass, 42)
    await _log(hass, 8, logged_at="2026-11-25T12:00:00")
    assert await hass.config_entries.async_reload(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert len(stored_entry_ids(hass_storage, "alice_entry_id")) == 2
    state = hass.states.get("sensor.alice_intake_today")
    assert state is not None
    assert state.state == "42.0"
    removed = await call(hass, "remove_entry")
    assert removed["entry"]["day"] == "2026-11-25"


async def test_removing_the_person_deletes_the_ledger(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    await setup_person(hass, alice_entry)
    await _log(hass, 42)
    await hass.config_entries.async_unload(alice_entry.entry_id)
    assert KEY in hass_storage
    await hass.config_entries.async_remove(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert KEY not in hass_storage


async def test_options_change_the_target_without_reload(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    await _log(hass, 100)
    hass.config_entries.async_update_entry(
        alice_entry, options={"daily_target_mg": 200, "supplement_limit_mg": 50}
    )
    await hass.async_block_till_done()
    assert hass.states.get("sensor.alice_daily_target").state == "200"  # type: ignore[union-attr]
    assert hass.states.get("sensor.alice_supplement_limit").state == "50"  # type: ignore[union-attr]
    assert hass.states.get("sensor.alice_target_progress").state == "50.0"  # type: ignore[union-attr]
    hass.config_entries.async_update_entry(alice_entry, options={})
    await hass.async_block_till_done()
    assert hass.states.get("sensor.alice_daily_target").state == "320"  # type: ignore[union-attr]


async def test_usual_supplement_is_shown_for_dashboards(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    state = hass.states.get("sensor.alice_supplement_limit")
    assert state is not None
    assert "supplement_product" not in state.attributes
    hass.config_entries.async_update_entry(
        alice_entry,
        options={
            "supplement_product": "Calm Night",
            "supplement_unit_mg": 120,
            "supplement_form": "glycinate",
        },
    )
    await hass.async_block_till_done()
    state = hass.states.get("sensor.alice_supplement_limit")
    assert state is not None
    assert state.attributes["supplement_product"] == "Calm Night"
    assert state.attributes["supplement_unit_mg"] == 120
    assert state.attributes["supplement_form"] == "glycinate"
