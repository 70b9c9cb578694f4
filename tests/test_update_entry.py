"""The update_entry action: correct a food, an amount, a dose, a label or a time."""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.magnesium.const import EVENT_SUPPLEMENT_LIMIT_EXCEEDED
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers.event import async_track_state_change_event

from .conftest import call, refused, setup_person


async def _fails(hass: HomeAssistant, data: dict[str, Any], key: str) -> str:
    return await refused(hass, "update_entry", key, **data)


def _state(hass: HomeAssistant, entity_id: str) -> str:
    state = hass.states.get(entity_id)
    assert state is not None
    return state.state


def _day(log: dict[str, Any], day: str) -> dict[str, Any]:
    return next(each for each in log["days"] if each["date"] == day)


@pytest.mark.usefixtures("alice")
async def test_a_food_amount_is_read_again(hass: HomeAssistant) -> None:
    logged = await call(hass, "log_food", food="20 almonds")
    entry_id = logged["entry"]["id"]
    # USDA SR 12563 almonds, dry roasted: 279 mg / 100 g; one almond 1.2 g.
    assert logged["entry"]["magnesium_mg"] == 66.96
    updated = await call(hass, "update_entry", entry_id=entry_id, quantity=30)
    assert updated["entry"]["id"] == entry_id
    assert updated["entry"]["quantity"] == 30
    assert updated["entry"]["grams"] == 36
    assert updated["entry"]["magnesium_mg"] == 100.44
    assert updated["intake_today_mg"] == 100.44
    assert _state(hass, "sensor.alice_intake_today") == "100.44"


@pytest.mark.usefixtures("alice")
async def test_a_different_food(hass: HomeAssistant) -> None:
    logged = await call(hass, "log_food", food="a cup of white rice")
    updated = await call(
        hass,
        "update_entry",
        entry_id=logged["entry"]["id"],
        food="a cup of brown rice",
    )
    assert "brown" in updated["entry"]["label"].lower()
    # USDA FNDDS brown rice, cooked: 39 mg / 100 g; SR 20037: 1 cup 195 g.
    assert updated["entry"]["magnesium_mg"] == 76.05
    assert updated["entry"]["grams"] == 195
    assert updated["intake_today_mg"] == updated["entry"]["magnesium_mg"]


@pytest.mark.usefixtures("alice")
async def test_magnesium_label_and_own_amounts(hass: HomeAssistant) -> None:
    logged = await call(
        hass, "log_food", food="Grandma's soup", quantity=2, magnesium_mg=60
    )
    entry_id = logged["entry"]["id"]
    # Not a food of the table: more of it has proportionally more.
    updated = await call(hass, "update_entry", entry_id=entry_id, quantity=3)
    assert updated["entry"]["magnesium_mg"] == 90
    updated = await call(hass, "update_entry", entry_id=entry_id, magnesium_mg=75)
    assert updated["entry"]["magnesium_mg"] == 75
    assert updated["entry"]["quantity"] == 3
    updated = await call(hass, "update_entry", entry_id=entry_id, label="Lentil soup")
    assert updated["entry"]["label"] == "Lentil soup"
    assert updated["entry"]["magnesium_mg"] == 75
    log = await call(hass, "get_log")
    assert [entry["label"] for entry in log["days"][0]["entries"]] == ["Lentil soup"]
    assert log["days"][0]["intake_today_mg"] == 75


@pytest.mark.usefixtures("alice")
async def test_a_supplement_dose(hass: HomeAssistant) -> None:
    logged = await call(
        hass, "log_supplement", compound_mg=1000, form="citrate", name="Citrate"
    )
    entry_id = logged["entry"]["id"]
    # Magnesium citrate (anhydrous) is 16.2 % magnesium.
    assert logged["entry"]["magnesium_mg"] == pytest.approx(162, abs=1)
    updated = await call(hass, "update_entry", entry_id=entry_id, quantity=500)
    assert updated["entry"]["magnesium_mg"] == pytest.approx(81, abs=0.5)
    assert updated["entry"]["compound"] is True
    updated = await call(hass, "update_entry", entry_id=entry_id, magnesium_mg=100)
    assert updated["entry"]["magnesium_mg"] == 100
    assert updated["entry"]["compound"] is False
    assert updated["supplements_today_mg"] == 100
    message = await _fails(
        hass, {"entry_id": entry_id, "food": "almonds"}, "not_a_food_entry"
    )
    assert "food" in message


@pytest.mark.usefixtures("alice")
async def test_a_new_time_moves_the_entry_to_its_day(hass: HomeAssistant) -> None:
    logged = await call(hass, "log_food", food="x", magnesium_mg=50)
    entry_id = logged["entry"]["id"]
    moved = await call(
        hass, "update_entry", entry_id=entry_id, logged_at="2026-11-24T20:00:00"
    )
    assert moved["entry"]["day"] == "2026-11-24"
    assert moved["intake_today_mg"] == 50  # the day of the entry
    log = await call(hass, "get_log", start_date="2026-11-24")
    assert _day(log, "2026-11-24")["intake_today_mg"] == 50
    assert _day(log, "2026-11-26")["intake_today_mg"] == 0
    assert _state(hass, "sensor.alice_intake_today") == "0.0"
    # Still the last logged: undo removes it, from its new day.
    removed = await call(hass, "remove_entry")
    assert removed["entry"]["id"] == entry_id
    assert removed["entry"]["day"] == "2026-11-24"


@pytest.mark.usefixtures("alice")
async def test_bad_input_changes_nothing(hass: HomeAssistant) -> None:
    logged = await call(hass, "log_food", food="20 almonds")
    entry_id = logged["entry"]["id"]
    before = await call(hass, "get_log")
    await _fails(hass, {"entry_id": "zzz", "quantity": 2}, "unknown_entry")
    await _fails(hass, {"entry_id": entry_id, "quantity": -1}, "invalid_quantity")
    await _fails(hass, {"entry_id": entry_id, "food": "plork zzqx"}, "unknown_food")
    await _fails(
        hass, {"entry_id": entry_id, "magnesium_mg": 0}, "invalid_magnesium_mg"
    )
    await _fails(
        hass,
        {"entry_id": entry_id, "logged_at": "2030-01-01T00:00:00"},
        "logged_at_in_future",
    )
    await _fails(hass, {"entry_id": entry_id, "label": " "}, "invalid_text")
    assert await call(hass, "get_log") == before


async def test_the_entry_names_its_person(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    bob_entry: MockConfigEntry,
    morning: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    await setup_person(hass, bob_entry)
    bobs = await call(
        hass, "log_food", config_entry_id="bob_entry_id", food="x", magnesium_mg=42
    )
    await call(hass, "update_entry", entry_id=bobs["entry"]["id"], magnesium_mg=84)
    assert _state(hass, "sensor.bob_intake_today") == "84.0"
    assert _state(hass, "sensor.alice_intake_today") == "0.0"
    await _fails(
        hass,
        {"config_entry_id": "alice_entry_id", "entry_id": bobs["entry"]["id"]},
        "unknown_entry",
    )


@pytest.mark.usefixtures("alice")
async def test_event_and_limit_warning(hass: HomeAssistant) -> None:
    warnings: list[Event] = []
    hass.bus.async_listen(EVENT_SUPPLEMENT_LIMIT_EXCEEDED, warnings.append)
    intake_events: list[str] = []

    @callback
    def _fired(event: Event[EventStateChangedData]) -> None:
        if (state := event.data["new_state"]) is not None:
            intake_events.append(str(state.attributes.get("event_type")))

    async_track_state_change_event(hass, "event.alice_intake", _fired)
    dose = await call(hass, "log_supplement", magnesium_mg=300)
    await hass.async_block_till_done()
    assert warnings == []
    await call(hass, "update_entry", entry_id=dose["entry"]["id"], magnesium_mg=400)
    await hass.async_block_till_done()
    assert len(warnings) == 1
    assert warnings[0].data["supplements_today_mg"] == 400
    assert intake_events[-3:] == [
        "entry_updated",
        "supplement_limit_exceeded",
        "target_reached",
    ]
    assert _state(hass, "binary_sensor.alice_supplement_limit_exceeded") == "on"
    # Already over: a further change does not warn again.
    await call(hass, "update_entry", entry_id=dose["entry"]["id"], magnesium_mg=450)
    await hass.async_block_till_done()
    assert len(warnings) == 1
