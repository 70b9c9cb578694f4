"""Reliability: load, time, mid-write reloads and privacy."""

from __future__ import annotations

import asyncio
from datetime import timedelta
import logging
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import (
    AiohttpClientMocker,
)

from custom_components.magnesium.const import DOMAIN, EVENT_SUPPLEMENT_LIMIT_EXCEEDED
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import storage

from .conftest import ALICE, call, pass_time, setup_person, stored_entry_ids

pytestmark = pytest.mark.usefixtures("morning")


def _person(index: int) -> MockConfigEntry:
    name = f"Person {index}"
    return MockConfigEntry(
        domain=DOMAIN,
        title=name,
        unique_id=name.casefold(),
        data={**ALICE, "name": name},
        entry_id=f"person_{index}",
    )


async def _today(hass: HomeAssistant, entry_id: str) -> dict[str, Any]:
    log = await call(hass, "get_log", config_entry_id=entry_id)
    return dict(log["days"][0])


async def test_a_thousand_concurrent_logs(
    hass: HomeAssistant, hass_storage: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    people = [_person(index) for index in range(4)]
    for person in people:
        await setup_person(hass, person)
    limit_events = async_capture_events(hass, EVENT_SUPPLEMENT_LIMIT_EXCEEDED)
    calls = []
    for number in range(1000):
        entry_id = people[number % 4].entry_id
        if (number // 4) % 2:
            calls.append(
                call(
                    hass, "log_supplement", config_entry_id=entry_id, magnesium_mg=10.01
                )
            )
        else:
            calls.append(
                call(
                    hass,
                    "log_food",
                    config_entry_id=entry_id,
                    food="x",
                    magnesium_mg=0.33,
                )
            )
    responses = await asyncio.gather(*calls)
    await hass.async_block_till_done()

    assert len({response["entry"]["id"] for response in responses}) == 1000
    for person in people:
        day = await _today(hass, person.entry_id)
        # 125 foods of 0.33 mg and 125 supplements of 10.01 mg each, exactly.
        assert day["food_today_mg"] == 41.25
        assert day["supplements_today_mg"] == 1251.25
        assert len(day["entries"]) == 250
    # Every dose from the 35th on (350.35 mg) leaves the day above 350 mg.
    assert len(limit_events) == 4 * (125 - 34)
    assert {event.data["config_entry_id"] for event in limit_events} == {
        person.entry_id for person in people
    }

    await pass_time(hass, freezer, 2)
    stored = [
        entry_id
        for person in people
        for entry_id in stored_entry_ids(hass_storage, person.entry_id)
    ]
    assert sorted(stored) == sorted(response["entry"]["id"] for response in responses)


async def test_reload_while_logging_loses_nothing(
    hass: HomeAssistant, alice_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    await setup_person(hass, alice_entry)
    logged: list[str] = []

    async def log_many() -> None:
        for _ in range(50):
            try:
                response = await call(hass, "log_food", food="x", magnesium_mg=1)
            except Exception:
                continue
            logged.append(response["entry"]["id"])
            await asyncio.sleep(0)

    await asyncio.gather(
        log_many(), hass.config_entries.async_reload(alice_entry.entry_id)
    )
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    assert logged
    assert set(logged) <= set(stored_entry_ids(hass_storage, "alice_entry_id"))


def _intake(hass: HomeAssistant) -> str:
    state = hass.states.get("sensor.alice_intake_today")
    assert state is not None
    return state.state


async def test_time_zone_change_keeps_each_entrys_day(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    freezer.move_to("2026-11-27 05:00:00+00:00")  # 21:00 on the 26th in US/Pacific
    await setup_person(hass, alice_entry)
    await call(hass, "log_food", food="x", magnesium_mg=80)
    assert (await _today(hass, "alice_entry_id"))["date"] == "2026-11-26"

    # In Berlin it is already 06:00 on the 27th: a new day, with nothing yet.
    await hass.config.async_update(time_zone="Europe/Berlin")
    await hass.async_block_till_done()
    state = hass.states.get("sensor.alice_intake_today")
    assert state is not None
    assert state.state == "0.0"
    assert state.attributes["last_reset"] == "2026-11-27T00:00:00+01:00"
    log = await call(hass, "get_log", start_date="2026-11-26")
    assert [day["intake_today_mg"] for day in log["days"]] == [80, 0]

    # Midnight now follows Berlin.
    freezer.move_to("2026-11-27 23:00:01+00:00")
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    state = hass.states.get("sensor.alice_intake_today")
    assert state is not None
    assert state.attributes["last_reset"] == "2026-11-28T00:00:00+01:00"


async def test_clock_going_back(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    await setup_person(hass, alice_entry)
    await call(hass, "log_food", food="x", magnesium_mg=80)
    freezer.move_to("2026-11-25 18:00:00+00:00")  # the clock jumps back a day
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    response = await call(hass, "log_food", food="y", magnesium_mg=20)
    assert response["entry"]["day"] == "2026-11-25"
    assert response["intake_today_mg"] == 20

    # When the clock is right again, both days hold what was logged on them.
    freezer.move_to("2026-11-26 18:00:00+00:00")
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    log = await call(hass, "get_log", start_date="2026-11-25")
    assert [day["intake_today_mg"] for day in log["days"]] == [20, 80]


async def test_a_clock_years_off_folds_nothing_and_follows_back(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """A clock set three years ahead and back: detail kept, days right again."""
    await setup_person(hass, alice_entry)
    logged = await call(hass, "log_food", food="x", magnesium_mg=80)

    # A jump of the wall clock does not move the event loop's clock: the
    # minute's check is what notices it, so every timer is fired here.
    freezer.move_to("2029-11-26 18:00:00+00:00")
    async_fire_time_changed(hass, fire_all=True)
    await hass.async_block_till_done()
    assert _intake(hass) == "0.0"  # "today" moved without a midnight

    freezer.move_to("2026-11-26 18:05:00+00:00")
    async_fire_time_changed(hass, fire_all=True)
    await hass.async_block_till_done()
    assert _intake(hass) == "80.0"
    log = await call(hass, "get_log")
    assert [entry["id"] for entry in log["days"][0]["entries"]] == [
        logged["entry"]["id"]
    ]
    await call(hass, "remove_entry", entry_id=logged["entry"]["id"])  # still removable

    # And the next midnight is the real one again.
    await call(hass, "log_food", food="x", magnesium_mg=80)
    freezer.move_to("2026-11-27 08:00:01+00:00")
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert _intake(hass) == "0.0"


async def test_backdated_entries_change_their_own_day(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    await call(
        hass, "log_food", food="x", magnesium_mg=100, logged_at="2026-11-19T20:00"
    )
    await call(
        hass, "log_food", food="x", magnesium_mg=40, logged_at="2026-11-25T23:59"
    )
    log = await call(hass, "get_log", start_date="2026-11-19")
    assert [day["intake_today_mg"] for day in log["days"]] == [
        100,
        0,
        0,
        0,
        0,
        0,
        40,
        0,
    ]
    state = hass.states.get("sensor.alice_7_day_average")
    assert state is not None
    # The seven complete days before today: the 19th to the 25th.
    assert state.state == "20.0"


async def test_no_network_and_no_intake_in_logs(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await setup_person(hass, alice_entry)
    await call(hass, "log_food", food="secret soup", magnesium_mg=123.45)
    await call(hass, "log_food", food="almonds")
    await call(hass, "log_supplement", magnesium_mg=678.9, name="Private pill")
    await call(hass, "search_foods", query="beans")
    await call(hass, "get_log")
    await call(hass, "remove_entry")
    await hass.config_entries.async_reload(alice_entry.entry_id)
    await hass.async_block_till_done()

    assert aioclient_mock.call_count == 0
    loud = [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.INFO
        and record.name.startswith("custom_components")
    ]
    for secret in ("secret soup", "123.45", "678.9", "Private pill", "almond"):
        assert not any(secret in message for message in loud)


async def test_unload_while_a_write_is_on_disk_loses_nothing(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    mocked_write = storage.Store._async_write_data
    writing = asyncio.Event()
    release = asyncio.Event()

    async def slow_write(store: storage.Store[Any], data: dict[str, Any]) -> None:
        if store.key == "magnesium.alice_entry_id":
            writing.set()
            await release.wait()
        await mocked_write(store, data)

    with patch.object(storage.Store, "_async_write_data", slow_write):
        first = await call(hass, "log_food", food="x", magnesium_mg=1)
        freezer.tick(timedelta(seconds=1))
        async_fire_time_changed(hass)
        await writing.wait()
        second = await call(hass, "log_food", food="y", magnesium_mg=2)
        unload = hass.async_create_task(
            hass.config_entries.async_unload(alice_entry.entry_id)
        )
        await asyncio.sleep(0)
        release.set()
        assert await unload
    assert set(stored_entry_ids(hass_storage, "alice_entry_id")) == {
        first["entry"]["id"],
        second["entry"]["id"],
    }


async def test_actions_racing_the_removal_of_the_person(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)

    async def log_once() -> str:
        try:
            await call(hass, "log_food", food="x", magnesium_mg=1)
        except ServiceValidationError as err:
            return str(err.translation_key)
        return "logged"

    outcomes = await asyncio.gather(
        *(log_once() for _ in range(20)),
        hass.config_entries.async_remove(alice_entry.entry_id),
        *(log_once() for _ in range(20)),
    )
    # Every call either logged before the removal or was refused clearly.
    assert set(outcomes[:20]) | set(outcomes[21:]) <= {
        "logged",
        "no_person",
        "person_not_loaded",
    }
    assert outcomes[21:] == ["no_person"] * 20


async def test_labels_are_stored_as_plain_text(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    for label in ("{{ states('sun.sun') }}", "<b>soup</b>", "{% raise %}"):
        response = await call(hass, "log_food", food=label, magnesium_mg=1)
        assert response["entry"]["label"] == label
    log = await call(hass, "get_log")
    assert [entry["label"] for entry in log["days"][0]["entries"]] == [
        "{{ states('sun.sun') }}",
        "<b>soup</b>",
        "{% raise %}",
    ]
