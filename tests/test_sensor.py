"""Sensors and binary sensors: states, daily reset, statistics, state writes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
    snapshot_platform,
)
from syrupy.assertion import SnapshotAssertion

from custom_components.magnesium.const import DOMAIN
from homeassistant.const import EVENT_STATE_CHANGED, Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity as entity_module, entity_registry as er

from .conftest import setup_person


async def _log(hass: HomeAssistant, service: str, **data: Any) -> None:
    await hass.services.async_call(DOMAIN, service, data, blocking=True)


def _state(hass: HomeAssistant, entity_id: str) -> Any:
    state = hass.states.get(entity_id)
    assert state is not None
    return state


@pytest.mark.parametrize("platform", [Platform.SENSOR, Platform.BINARY_SENSOR])
async def test_entities(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    freezer: FrozenDateTimeFactory,
    platform: Platform,
) -> None:
    freezer.move_to("2026-11-26 18:00:00+00:00")
    with patch("custom_components.magnesium.PLATFORMS", [platform]):
        await setup_person(hass, alice_entry)
    await _log(hass, "log_food", food="almonds", magnesium_mg=80)
    await _log(hass, "log_supplement", magnesium_mg=300)
    await _log(hass, "log_supplement", magnesium_mg=100, form="citrate")
    await snapshot_platform(hass, entity_registry, snapshot, alice_entry.entry_id)


async def test_a_log_writes_only_the_states_that_changed(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    freezer.move_to("2026-11-26 18:00:00+00:00")
    await setup_person(hass, alice_entry)
    changes = async_capture_events(hass, EVENT_STATE_CHANGED)
    await _log(hass, "log_food", food="almonds", magnesium_mg=80)
    await hass.async_block_till_done()
    assert sorted(event.data["entity_id"] for event in changes) == [
        "event.alice_intake",
        "sensor.alice_food_today",
        "sensor.alice_intake_today",
        "sensor.alice_remaining_today",
        "sensor.alice_target_progress",
    ]


async def test_daily_totals_reset_at_local_midnight(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/Berlin")
    freezer.move_to("2026-11-26 23:59:30+01:00")
    await setup_person(hass, alice_entry)
    await _log(hass, "log_food", food="almonds", magnesium_mg=80)
    await _log(hass, "log_supplement", magnesium_mg=400)
    intake = _state(hass, "sensor.alice_intake_today")
    assert intake.state == "480.0"
    assert intake.attributes["last_reset"] == "2026-11-26T00:00:00+01:00"
    assert _state(hass, "binary_sensor.alice_supplement_limit_exceeded").state == "on"

    freezer.move_to("2026-11-27 00:00:01+01:00")
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    for sensor in ("intake_today", "food_today", "supplements_today"):
        state = _state(hass, f"sensor.alice_{sensor}")
        assert state.state == "0.0"
        assert state.attributes["last_reset"] == "2026-11-27T00:00:00+01:00"
    assert _state(hass, "sensor.alice_remaining_today").state == "320.0"
    assert _state(hass, "sensor.alice_7_day_average").state == "480.0"
    assert _state(hass, "binary_sensor.alice_supplement_limit_exceeded").state == "off"
    assert _state(hass, "binary_sensor.alice_target_reached").state == "off"


@pytest.mark.parametrize(
    ("time_zone", "evening", "midnight_utc", "after", "last_reset"),
    [
        # Spring forward: the day has 23 hours.
        (
            "America/New_York",
            "2026-03-08 23:30:00-04:00",
            "2026-03-09 04:00:00+00:00",
            "2026-03-09 00:00:01-04:00",
            "2026-03-09T00:00:00-04:00",
        ),
        # Fall back: the day has 25 hours.
        (
            "America/New_York",
            "2026-11-01 23:30:00-05:00",
            "2026-11-02 05:00:00+00:00",
            "2026-11-02 00:00:01-05:00",
            "2026-11-02T00:00:00-05:00",
        ),
        (
            "Europe/Berlin",
            "2026-03-29 23:30:00+02:00",
            "2026-03-29 22:00:00+00:00",
            "2026-03-30 00:00:01+02:00",
            "2026-03-30T00:00:00+02:00",
        ),
        (
            "Europe/Berlin",
            "2026-10-25 23:30:00+01:00",
            "2026-10-25 23:00:00+00:00",
            "2026-10-26 00:00:01+01:00",
            "2026-10-26T00:00:00+01:00",
        ),
    ],
)
async def test_midnight_on_dst_days(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    time_zone: str,
    evening: str,
    midnight_utc: str,
    after: str,
    last_reset: str,
) -> None:
    await hass.config.async_set_time_zone(time_zone)
    freezer.move_to(evening)
    await setup_person(hass, alice_entry)
    await _log(hass, "log_food", food="almonds", magnesium_mg=80)
    assert _state(hass, "sensor.alice_intake_today").state == "80.0"

    # One second before midnight nothing changes.
    freezer.move_to(datetime.fromisoformat(midnight_utc) - timedelta(seconds=1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert _state(hass, "sensor.alice_intake_today").state == "80.0"

    freezer.move_to(after)
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    state = _state(hass, "sensor.alice_intake_today")
    assert state.state == "0.0"
    assert state.attributes["last_reset"] == last_reset
    assert _state(hass, "sensor.alice_7_day_average").state == "80.0"


async def test_home_assistant_down_across_midnight(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    freezer.move_to("2026-11-26 18:00:00+00:00")
    await setup_person(hass, alice_entry)
    await _log(hass, "log_food", food="almonds", magnesium_mg=80)
    await hass.config_entries.async_unload(alice_entry.entry_id)
    freezer.move_to("2026-11-28 18:00:00+00:00")
    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert _state(hass, "sensor.alice_intake_today").state == "0.0"
    assert (
        _state(hass, "sensor.alice_intake_today").attributes["last_reset"]
        == "2026-11-28T00:00:00-08:00"
    )
    # Started on the 26th: two complete days tracked, 80 mg on the first.
    assert _state(hass, "sensor.alice_7_day_average").state == "40.0"


async def test_statistics_metadata(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    freezer.move_to("2026-11-26 18:00:00+00:00")
    await setup_person(hass, alice_entry)
    totals = {
        "intake_today": "total",
        "food_today": "total",
        "supplements_today": "total",
        "7_day_average": "measurement",
        # Derived from the intake and the target: not worth statistics.
        "remaining_today": None,
        "target_progress": None,
    }
    for sensor, state_class in totals.items():
        attributes = _state(hass, f"sensor.alice_{sensor}").attributes
        assert attributes.get("state_class") == state_class
        assert ("last_reset" in attributes) == (state_class == "total")
    for sensor in ("intake_today", "daily_target", "7_day_average"):
        attributes = _state(hass, f"sensor.alice_{sensor}").attributes
        assert attributes["unit_of_measurement"] == "mg"
        assert attributes["device_class"] == "weight"
    assert "state_class" not in _state(hass, "sensor.alice_daily_target").attributes


@pytest.mark.parametrize(
    ("entity_id", "renamed"),
    [
        ("sensor.alice_intake_today", "sensor.magnesium_alice"),
        ("event.alice_intake", "event.alice_meals"),
    ],
)
async def test_a_renamed_entity_keeps_following_the_person(
    hass: HomeAssistant, alice_entry: MockConfigEntry, entity_id: str, renamed: str
) -> None:
    """Renamed in the registry, the entity shows the next log under its new id.

    From Home Assistant 2026.11 the rename happens in place (the entities opt
    in with `async_entity_id_changed`); before, the entity is added again.
    """
    await setup_person(hass, alice_entry)
    entity = hass.data["entity_components"][entity_id.partition(".")[0]].get_entity(
        entity_id
    )
    requires_readd = getattr(entity_module, "_entity_class_requires_readd", None)
    if requires_readd is not None:
        assert not requires_readd(type(entity))

    er.async_get(hass).async_update_entity(entity_id, new_entity_id=renamed)
    await hass.async_block_till_done()
    assert hass.states.get(entity_id) is None
    await _log(hass, "log_food", food="soup", magnesium_mg=42)
    await hass.async_block_till_done()

    state = _state(hass, renamed)
    if renamed.startswith("sensor."):
        assert state.state == "42.0"
    else:
        assert state.attributes["event_type"] == "food_logged"
        assert state.attributes["entry"]["magnesium_mg"] == 42
