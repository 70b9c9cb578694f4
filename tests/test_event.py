"""The intake event entity and the bus events, as automation authors use them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)

from custom_components.magnesium.const import (
    DOMAIN,
    EVENT_SUPPLEMENT_LIMIT_EXCEEDED,
    EVENT_TARGET_REACHED,
)
from custom_components.magnesium.tracker import INTAKE_EVENT_TYPES
from homeassistant.core import HomeAssistant, ServiceCall, State
from homeassistant.setup import async_setup_component

from .conftest import setup_person

ENTITY_ID = "event.alice_intake"
TRANSLATIONS = Path(__file__).parent.parent / "custom_components/magnesium/translations"


@pytest.fixture(autouse=True)
def frozen_time(freezer: FrozenDateTimeFactory) -> FrozenDateTimeFactory:
    """Mid-morning of 26 November 2026 in the tests' US/Pacific time zone."""
    freezer.move_to("2026-11-26 18:00:00+00:00")
    return freezer


@pytest.fixture
def runs(hass: HomeAssistant) -> list[ServiceCall]:
    """What the test automations report."""
    return async_mock_service(hass, "test", "automation")


async def _call(hass: HomeAssistant, service: str, **data: Any) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )
    await hass.async_block_till_done()
    assert isinstance(response, dict)
    return response


async def _automations(hass: HomeAssistant, *configs: dict[str, Any]) -> None:
    assert await async_setup_component(
        hass, "automation", {"automation": list(configs)}
    )
    await hass.async_block_till_done()


def _state(hass: HomeAssistant) -> State:
    state = hass.states.get(ENTITY_ID)
    assert state is not None
    return state


async def test_entity_carries_the_entry_and_totals(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    state = _state(hass)
    assert state.state == "unknown"
    assert state.attributes["event_types"] == list(INTAKE_EVENT_TYPES)
    assert state.attributes["friendly_name"] == "Alice Intake"

    logged = await _call(hass, "log_food", food="soup", magnesium_mg=120)
    state = _state(hass)
    assert state.state == "2026-11-26T18:00:00.000+00:00"
    assert state.attributes["event_type"] == "food_logged"
    # What an automation acts on; no label: `get_log` has the rest.
    assert state.attributes["entry"] == {
        "id": logged["entry"]["id"],
        "kind": "food",
        "day": "2026-11-26",
        "magnesium_mg": 120,
    }
    for key in (
        "intake_today_mg",
        "food_today_mg",
        "supplements_today_mg",
        "supplement_limit_mg",
    ):
        assert state.attributes[key] == logged[key], key
    assert state.attributes["intake_today_mg"] == 120
    assert "remaining_today_mg" not in state.attributes

    removed = await _call(hass, "remove_entry")
    state = _state(hass)
    assert state.attributes["event_type"] == "entry_removed"
    assert state.attributes["entry"]["id"] == removed["entry"]["id"]
    assert state.attributes["intake_today_mg"] == 0


async def test_one_dose_can_be_several_events(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    changes = async_capture_events(hass, "state_changed")
    await _call(hass, "log_supplement", magnesium_mg=400)
    assert [
        event.data["new_state"].attributes["event_type"]
        for event in changes
        if event.data["entity_id"] == ENTITY_ID
    ] == ["supplement_logged", "supplement_limit_exceeded", "target_reached"]
    attributes = _state(hass).attributes
    assert attributes["supplements_today_mg"] > attributes["supplement_limit_mg"]


async def test_ui_trigger_on_event_types(
    hass: HomeAssistant, alice_entry: MockConfigEntry, runs: list[ServiceCall]
) -> None:
    """The trigger the automation editor creates for an event entity."""
    await setup_person(hass, alice_entry)
    await _automations(
        hass,
        {
            "triggers": [
                {
                    "trigger": "event.received",
                    "target": {"entity_id": ENTITY_ID},
                    "options": {
                        "event_type": ["supplement_limit_exceeded", "entry_removed"]
                    },
                }
            ],
            "actions": [
                {
                    "action": "test.automation",
                    "data": {
                        "event_type": "{{ trigger.to_state.attributes.event_type }}",
                        "entry_id": "{{ trigger.to_state.attributes.entry.id }}",
                        "supplements": (
                            "{{ trigger.to_state.attributes.supplements_today_mg }}"
                        ),
                    },
                }
            ],
        },
    )
    await _call(hass, "log_supplement", magnesium_mg=300)
    assert runs == []
    first = await _call(hass, "log_supplement", magnesium_mg=100)
    # The same event type twice in a row triggers twice.
    second = await _call(hass, "log_supplement", magnesium_mg=50)
    await _call(hass, "remove_entry")
    assert [call.data for call in runs] == [
        {
            "event_type": "supplement_limit_exceeded",
            "entry_id": first["entry"]["id"],
            "supplements": 400.0,
        },
        {
            "event_type": "supplement_limit_exceeded",
            "entry_id": second["entry"]["id"],
            "supplements": 450.0,
        },
        {
            "event_type": "entry_removed",
            "entry_id": second["entry"]["id"],
            "supplements": 400.0,
        },
    ]


async def test_state_trigger_on_the_event_type_attribute(
    hass: HomeAssistant, alice_entry: MockConfigEntry, runs: list[ServiceCall]
) -> None:
    """The classic way: a state trigger on the attribute `event_type`."""
    await setup_person(hass, alice_entry)
    await _automations(
        hass,
        {
            "triggers": [
                {
                    "trigger": "state",
                    "entity_id": ENTITY_ID,
                    "attribute": "event_type",
                    "to": "food_logged",
                }
            ],
            "actions": [
                {
                    "action": "test.automation",
                    "data": {
                        "mg": "{{ trigger.to_state.attributes.entry.magnesium_mg }}"
                    },
                }
            ],
        },
    )
    await _call(hass, "log_food", food="soup", magnesium_mg=20)
    await _call(hass, "log_supplement", magnesium_mg=20)
    await _call(hass, "log_food", food="almonds", magnesium_mg=80)
    assert [call.data["mg"] for call in runs] == [20, 80]


async def test_bus_events_for_automations(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    bob_entry: MockConfigEntry,
    runs: list[ServiceCall],
) -> None:
    await setup_person(hass, alice_entry)
    await setup_person(hass, bob_entry)
    reached = async_capture_events(hass, EVENT_TARGET_REACHED)
    await _automations(
        hass,
        {
            "triggers": [
                {
                    "trigger": "event",
                    "event_type": EVENT_SUPPLEMENT_LIMIT_EXCEEDED,
                    "event_data": {"config_entry_id": alice_entry.entry_id},
                }
            ],
            "actions": [
                {
                    "action": "test.automation",
                    "data": {
                        "text": "{{ trigger.event.data.name }}:"
                        " {{ trigger.event.data.dose_mg }} →"
                        " {{ trigger.event.data.supplements_today_mg }}"
                        " / {{ trigger.event.data.supplement_limit_mg }}"
                    },
                }
            ],
        },
    )
    await _call(
        hass, "log_supplement", magnesium_mg=430, config_entry_id="bob_entry_id"
    )
    await _call(
        hass, "log_supplement", magnesium_mg=360, config_entry_id="alice_entry_id"
    )
    await _call(
        hass, "log_supplement", magnesium_mg=5, config_entry_id="alice_entry_id"
    )
    assert [call.data["text"] for call in runs] == [
        "Alice: 360.0 → 360.0 / 350",
        "Alice: 5.0 → 365.0 / 350",
    ]
    # The target is reached once a day per person, however much follows.
    assert [
        (event.data["name"], event.data["intake_today_mg"]) for event in reached
    ] == [("Bob", 430.0), ("Alice", 360.0)]


@pytest.mark.parametrize("language", ["en", "de"])
def test_event_types_are_translated(language: str) -> None:
    translations = json.loads((TRANSLATIONS / f"{language}.json").read_text("utf-8"))
    intake = translations["entity"]["event"]["intake"]
    names = intake["state_attributes"]["event_type"]["state"]
    assert list(names) == list(INTAKE_EVENT_TYPES)
    assert all(names.values())
    assert intake["name"]
