"""Hostile input: huge texts into every field, slot and tool argument.

A 1 MB text and a food followed by 50,000 spaces (which once froze Home
Assistant for 40 s in a quadratic separator) must be answered within 0.2 s,
refused cleanly, and change nothing. Every action, every intent slot and
every LLM tool argument that takes text gets both.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import voluptuous as vol

from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.sentences import (
    INTENT_LOG_FOOD,
    INTENT_LOG_SUPPLEMENT,
    INTENT_STATUS,
    INTENT_UNDO,
)
from custom_components.magnesium.tracker import PersonTracker
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent, llm
from homeassistant.setup import async_setup_component

from .conftest import call

HUGE = {
    "1 MB": "spinach " * 131_072,
    "50,000 spaces": "spinach" + " " * 50_000 + "x",
}
ANSWER_WITHIN = 0.2  # seconds

# Every text field of every action, with the other fields it needs.
ACTION_FIELDS = [
    ("log_food", "food", {}),
    ("log_food", "unit", {"food": "almonds"}),
    ("log_food", "barcode", {}),
    ("log_food", "config_entry_id", {"food": "almonds"}),
    ("log_supplement", "name", {"magnesium_mg": 100}),
    ("log_supplement", "form", {"compound_mg": 100}),
    ("remove_entry", "entry_id", {}),
    ("search_foods", "query", {}),
    ("add_food", "name", {"magnesium_mg": 10, "serving": "1 bar"}),
    ("add_food", "serving", {"name": "bar", "magnesium_mg": 10}),
    ("add_food", "aliases", {"name": "bar", "magnesium_mg": 10, "serving": "1 bar"}),
    ("remove_food", "name", {}),
]
INTENT_SLOTS = [
    (INTENT_LOG_FOOD, "food", {}),
    (INTENT_LOG_FOOD, "person", {"food": "almonds"}),
    (INTENT_LOG_SUPPLEMENT, "supplement", {}),
    (INTENT_LOG_SUPPLEMENT, "dose", {}),
    (INTENT_LOG_SUPPLEMENT, "form", {"dose": "200 mg"}),
    (INTENT_LOG_SUPPLEMENT, "person", {"dose": "200 mg"}),
    (INTENT_STATUS, "person", {}),
    (INTENT_UNDO, "item", {}),
    (INTENT_UNDO, "person", {}),
]
TOOL_ARGUMENTS = [
    ("log_food", "food", {}),
    ("log_food", "unit", {"food": "almonds"}),
    ("log_food", "person", {"food": "almonds"}),
    ("log_supplement", "name", {"magnesium_mg": 100}),
    ("log_supplement", "person", {"magnesium_mg": 100}),
    ("status", "person", {}),
    ("undo", "item", {}),
    ("undo", "entry_id", {}),
    ("search_foods", "query", {}),
]


def _entry_count(hass: HomeAssistant) -> int:
    return sum(
        len(list(tracker.ledger))
        for entry in hass.config_entries.async_loaded_entries(DOMAIN)
        if isinstance(tracker := entry.runtime_data, PersonTracker)
    )


async def _refused_in_time(hass: HomeAssistant, attempt: Any) -> None:
    before = _entry_count(hass)
    started = time.perf_counter()
    try:
        result = await attempt()
    except HomeAssistantError, vol.Invalid:
        result = None
    elapsed = time.perf_counter() - started
    assert elapsed < ANSWER_WITHIN, f"took {elapsed:.2f} s"
    assert _entry_count(hass) == before
    if isinstance(result, intent.IntentResponse):
        assert result.response_type is intent.IntentResponseType.ERROR
    elif result is not None:  # an LLM tool's result; an action must raise
        assert result.error, result


@pytest.mark.usefixtures("alice")
@pytest.mark.parametrize("text", HUGE.values(), ids=HUGE)
@pytest.mark.parametrize(("action", "field", "others"), ACTION_FIELDS)
async def test_every_action_field(
    hass: HomeAssistant, action: str, field: str, others: dict[str, Any], text: str
) -> None:
    value: Any = [text] if field == "aliases" else text
    await _refused_in_time(hass, lambda: call(hass, action, **others, **{field: value}))


@pytest.fixture
async def assist(hass: HomeAssistant, alice: MockConfigEntry) -> MockConfigEntry:
    """Alice, with the conversation stack that registers the intents."""
    assert await async_setup_component(hass, "intent", {})
    assert await async_setup_component(hass, "conversation", {})
    return alice


@pytest.mark.usefixtures("assist")
@pytest.mark.parametrize("text", HUGE.values(), ids=HUGE)
@pytest.mark.parametrize(("intent_type", "slot", "others"), INTENT_SLOTS)
async def test_every_intent_slot(
    hass: HomeAssistant, intent_type: str, slot: str, others: dict[str, str], text: str
) -> None:
    slots = {name: {"value": value} for name, value in {**others, slot: text}.items()}
    await _refused_in_time(
        hass,
        lambda: intent.async_handle(
            hass, "test", intent_type, slots, language="en", assistant="conversation"
        ),
    )


@pytest.mark.usefixtures("assist")
@pytest.mark.parametrize("text", HUGE.values(), ids=HUGE)
@pytest.mark.parametrize(("tool", "argument", "others"), TOOL_ARGUMENTS)
async def test_every_llm_tool_argument(
    hass: HomeAssistant, tool: str, argument: str, others: dict[str, Any], text: str
) -> None:
    context = llm.LLMContext(
        platform="test",
        context=Context(),
        language="en",
        assistant="conversation",
        device_id=None,
    )
    api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, context)
    tool_input = llm.ToolInput(
        tool_name=f"{DOMAIN}__{tool}", tool_args={**others, argument: text}
    )
    await _refused_in_time(hass, lambda: api.async_call_tool(tool_input))
