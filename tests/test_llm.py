"""LLM tools in the Assist API, as an LLM conversation agent sees and calls them."""

from __future__ import annotations

from datetime import timedelta
import logging
from typing import Any

import probatio
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.intake import intake_of
from custom_components.magnesium.ledger import Entry
from custom_components.magnesium.llm import async_get_tools
from custom_components.magnesium.tracker import PersonTracker
from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import llm
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from .conftest import setup_person

TOOLS = {
    "magnesium__log_food",
    "magnesium__log_supplement",
    "magnesium__status",
    "magnesium__undo",
    "magnesium__search_foods",
}


@pytest.fixture
async def alice_user(hass: HomeAssistant) -> MockUser:
    """Alice's Home Assistant user, linked to person.alice."""
    group = await hass.auth.async_get_group(GROUP_ID_USER)
    assert group is not None
    return MockUser(name="Alice", groups=[group]).add_to_hass(hass)


@pytest.fixture
async def people(
    hass: HomeAssistant,
    alice_user: MockUser,
    alice_entry: MockConfigEntry,
    bob_entry: MockConfigEntry,
) -> dict[str, MockConfigEntry]:
    """Alice (linked to her user, with a usual supplement) and Bob."""
    assert await async_setup_component(
        hass,
        "person",
        {"person": [{"id": "alice", "name": "Alice", "user_id": alice_user.id}]},
    )
    alice_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        alice_entry,
        data={**alice_entry.data, "person_entity_id": "person.alice"},
        options={"supplement_product": "Calm Caps", "supplement_unit_mg": 120},
    )
    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await setup_person(hass, bob_entry)
    return {"alice": alice_entry, "bob": bob_entry}


def _llm_context(user_id: str | None) -> llm.LLMContext:
    return llm.LLMContext(
        platform="test",
        context=Context(user_id=user_id),
        language="en",
        assistant="conversation",
        device_id=None,
    )


@pytest.fixture
async def api(
    hass: HomeAssistant, people: dict[str, MockConfigEntry], alice_user: MockUser
) -> llm.APIInstance:
    """The Assist API as an LLM agent talking to Alice gets it."""
    return await llm.async_get_api(
        hass, llm.LLM_API_ASSIST, _llm_context(alice_user.id)
    )


async def call(api: llm.APIInstance, tool: str, **args: Any) -> dict[str, Any]:
    result = await api.async_call_tool(llm.ToolInput(tool_name=tool, tool_args=args))
    assert not result.error, result.data
    return dict(result.data)


async def fails(api: llm.APIInstance, tool: str, **args: Any) -> dict[str, Any]:
    result = await api.async_call_tool(llm.ToolInput(tool_name=tool, tool_args=args))
    assert result.error
    return dict(result.data)


def entries(entry: MockConfigEntry) -> tuple[Entry, ...]:
    tracker: PersonTracker = entry.runtime_data
    return tracker.ledger.entries_on(tracker.today)


async def test_tools_in_the_assist_api(
    api: llm.APIInstance, caplog: pytest.LogCaptureFixture
) -> None:
    """Prefixed, tagged with the integration, with precise parameter schemas."""
    ours = {tool.name: tool for tool in api.tools if tool.name.startswith(DOMAIN)}
    assert set(ours) == TOOLS
    assert all(tool.integration == DOMAIN for tool in ours.values())
    assert all(tool.description for tool in ours.values())
    assert "Magnesium tracking for Alice, Bob." in api.api_prompt
    assert "not prefixed" not in caplog.text
    assert "without an integration" not in caplog.text

    def schema(name: str) -> dict[str, Any]:
        converted: dict[str, Any] = probatio.to_openapi(
            ours[name].parameters, custom_serializer=api.custom_serializer
        )
        return converted

    food = schema("magnesium__log_food")
    assert food["required"] == ["food"]
    assert "cup" in food["properties"]["unit"]["enum"]
    assert food["properties"]["person"]["enum"] == ["Alice", "Bob"]
    assert food["properties"]["quantity"]["type"] == "number"
    supplement = schema("magnesium__log_supplement")
    assert "citrate" in supplement["properties"]["form"]["enum"]
    status = schema("magnesium__status")
    assert status["properties"]["start_date"]["format"] == "date"
    assert "limit" in schema("magnesium__search_foods")["properties"]
    assert set(schema("magnesium__undo")["properties"]) == {
        "entry_id",
        "food",
        "person",
    }


async def test_a_meal_is_logged_as_two_entries(
    hass: HomeAssistant, api: llm.APIInstance, people: dict[str, MockConfigEntry]
) -> None:
    """ "I had a spinach salad with almonds": one call per food, for the speaker."""
    spinach = await call(
        api, "magnesium__log_food", food="spinach", quantity=1, unit="cup"
    )
    almonds = await call(
        api, "magnesium__log_food", food="almonds", quantity=0.5, unit="oz"
    )
    foods = intake_of(hass).foods
    expected = [
        ("spinach", round(foods.measure("spinach", 1, "cup").mg, 2)),
        ("almonds", round(foods.measure("almonds", 0.5, "oz").mg, 2)),
    ]
    assert [(e.label, e.magnesium_mg) for e in entries(people["alice"])] == expected
    assert spinach["person"] == almonds["person"] == "Alice"
    assert almonds["intake_today_mg"] == round(sum(mg for _, mg in expected), 2)
    assert almonds["daily_target_mg"] == 320


async def test_person_by_name_or_asked(
    hass: HomeAssistant, people: dict[str, MockConfigEntry]
) -> None:
    """A name picks the person; with no user and two people the tool asks."""
    api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, _llm_context(None))
    result = await call(api, "magnesium__log_food", food="banana", person="Bob")
    assert result["person"] == "Bob"
    assert [entry.label for entry in entries(people["bob"])] == ["banana"]
    failed = await fails(api, "magnesium__log_food", food="banana")
    assert failed == {
        "error": "person_required",
        "error_text": "Who is this for? Several people are tracked: Alice, Bob. "
        "Name one of them.",
    }


async def test_log_supplement(
    api: llm.APIInstance, people: dict[str, MockConfigEntry]
) -> None:
    """Elemental mg, a compound with its form, or capsules of the usual product."""
    result = await call(
        api, "magnesium__log_supplement", magnesium_mg=400, form="citrate"
    )
    assert result["entry"]["label"] == "Magnesium citrate"
    assert result["supplement_limit_exceeded"] is True
    assert result["supplement_limit_mg"] == 350
    result = await call(api, "magnesium__log_supplement", count=2)
    assert (result["entry"]["label"], result["entry"]["magnesium_mg"]) == (
        "Calm Caps",
        240,
    )
    result = await call(
        api, "magnesium__log_supplement", compound_mg=1000, form="citrate", person="Bob"
    )
    assert result["entry"]["magnesium_mg"] == pytest.approx(162)
    failed = await fails(api, "magnesium__log_supplement", count=1, person="Bob")
    assert failed["error"] == "supplement_amount_needed"
    assert "Bob" in failed["error_text"]
    assert len(entries(people["alice"])) == 2


async def test_status_of_the_week(
    api: llm.APIInstance, people: dict[str, MockConfigEntry]
) -> None:
    """A range of days answers questions about the week."""
    now = dt_util.now()
    for days_ago, grams in ((3, 28), (1, 56), (0, 14)):
        await call(
            api,
            "magnesium__log_food",
            food="almonds",
            quantity=grams,
            unit="g",
            logged_at=(now - timedelta(days=days_ago)).isoformat(),
        )
    today = now.date()
    result = await call(
        api,
        "magnesium__status",
        start_date=(today - timedelta(days=6)).isoformat(),
        end_date=today.isoformat(),
    )
    days = result["days"]
    assert [day["date"] for day in days][-1] == today.isoformat()
    assert len(days) == 7
    logged = [day["date"] for day in days if day["entries"]]
    assert logged == [
        (today - timedelta(days=offset)).isoformat() for offset in (3, 1, 0)
    ]
    assert result["name"] == "Alice"
    today_only = await call(api, "magnesium__status")
    assert [day["date"] for day in today_only["days"]] == [today.isoformat()]


async def test_undo(api: llm.APIInstance, people: dict[str, MockConfigEntry]) -> None:
    """By food, by id, or the last entry."""
    for food in ("almonds", "banana", "almonds", "spinach"):
        await call(api, "magnesium__log_food", food=food)
    first, banana, almonds, _spinach = entries(people["alice"])
    result = await call(api, "magnesium__undo", food="almonds")
    assert result["entry"]["id"] == almonds.id
    await call(api, "magnesium__undo", entry_id=first.id)
    await call(api, "magnesium__undo")
    assert entries(people["alice"]) == (banana,)
    failed = await fails(api, "magnesium__undo", food="chocolate")
    assert (
        failed["error_text"] == "Nothing in the log of Alice today matches “chocolate”."
    )
    # An id, when given, says which entry; the food is then not looked for.
    result = await call(api, "magnesium__undo", food="chocolate", entry_id=banana.id)
    assert result["entry"]["id"] == banana.id
    assert entries(people["alice"]) == ()


async def test_search_foods(api: llm.APIInstance) -> None:
    result = await call(api, "magnesium__search_foods", query="almond", limit=3)
    foods = result["foods"]
    assert len(foods) <= 3
    assert foods[0]["name"] == "almonds"
    assert foods[0]["serving_mg"] > 0
    assert "oz" in foods[0]["units"]


async def test_errors_are_translated(api: llm.APIInstance) -> None:
    """Domain errors return the translated message; bad arguments are refused."""
    failed = await fails(api, "magnesium__log_food", food="blorptastic beans")
    assert failed["error"] == "unknown_food"
    assert "blorptastic beans" in failed["error_text"]
    with pytest.raises(probatio.Invalid):
        await call(api, "magnesium__log_food", food="oatmeal", unit="bucket")


async def test_only_person_without_context(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    """With one person, a call without any user context logs for them."""
    await setup_person(hass, alice_entry)
    context = llm.LLMContext(
        platform="test",
        context=None,
        language=None,
        assistant="conversation",
        device_id=None,
    )
    api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, context)
    assert (await call(api, "magnesium__log_food", food="banana"))["person"] == "Alice"
    failed = await fails(api, "magnesium__log_food", food="blorptastic beans")
    assert failed["error"] == "unknown_food"


async def test_no_tools_without_people(
    hass: HomeAssistant,
    people: dict[str, MockConfigEntry],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Only the Assist API gets tools, and only while someone is tracked."""
    context = _llm_context(None)
    assert async_get_tools(hass, context, "other_api") is None
    for entry in people.values():
        assert await hass.config_entries.async_unload(entry.entry_id)
    caplog.set_level(logging.ERROR)
    api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, context)
    assert not [tool for tool in api.tools if tool.name.startswith(DOMAIN)]


async def test_tool_schemas_have_no_top_level_combinators(
    hass: HomeAssistant, people: dict[str, MockConfigEntry]
) -> None:
    """Every provider's conversion keeps the parameters: plain object schemas.

    Gemini keeps only one branch of a top-level allOf/anyOf (which
    `vol.Exclusive` and `vol.Any` become), so none may appear there.
    """
    tools = async_get_tools(hass, _llm_context(None), llm.LLM_API_ASSIST)
    assert tools is not None
    for tool in tools.tools:
        schema = probatio.to_openapi(
            tool.parameters, custom_serializer=llm.selector_serializer
        )
        assert set(schema) <= {
            "type",
            "properties",
            "required",
            "additionalProperties",
        }, tool.name
        assert schema["type"] == "object"
        for name, field in schema["properties"].items():
            assert not set(field) & {"allOf", "anyOf", "oneOf"}, (tool.name, name)
    undo = next(tool for tool in tools.tools if tool.name.endswith("undo"))
    assert undo.description
    assert undo.description.startswith("Deletes")
