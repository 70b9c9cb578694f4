"""The person actions: log food and supplements, remove entries, read the log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
)
import voluptuous as vol

from custom_components.magnesium.const import (
    DOMAIN,
    EVENT_SUPPLEMENT_LIMIT_EXCEEDED,
    EVENT_TARGET_REACHED,
)
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
from homeassistant.util.yaml import load_yaml

from .conftest import call, refused, setup_person

pytestmark = pytest.mark.usefixtures("morning")


async def _call(
    hass: HomeAssistant, service: str, data: dict[str, Any] | None = None
) -> Any:
    return await call(hass, service, **(data or {}))


async def _fails(
    hass: HomeAssistant, service: str, data: dict[str, Any], key: str
) -> str:
    return await refused(hass, service, key, **data)


def _state(hass: HomeAssistant, entity_id: str) -> str:
    state = hass.states.get(entity_id)
    assert state is not None
    return state.state


@pytest.mark.usefixtures("alice")
async def test_log_food_with_known_magnesium(hass: HomeAssistant) -> None:
    response = await _call(
        hass,
        "log_food",
        {"food": "Grandma's lentil soup", "quantity": 2, "magnesium_mg": 71.5},
    )
    entry = response.pop("entry")
    assert entry == {
        "id": entry["id"],
        "kind": "food",
        "label": "Grandma's lentil soup",
        "quantity": 2.0,
        "unit": "serving",
        "magnesium_mg": 71.5,
        "logged_at": "2026-11-26T18:00:00+00:00",
        "day": "2026-11-26",
    }
    assert response == {
        "intake_today_mg": 71.5,
        "food_today_mg": 71.5,
        "supplements_today_mg": 0.0,
        "daily_target_mg": 320,
        "remaining_today_mg": 248.5,
        "supplement_limit_mg": 350,
        "supplement_limit_exceeded": False,
    }
    assert _state(hass, "sensor.alice_intake_today") == "71.5"
    assert _state(hass, "sensor.alice_remaining_today") == "248.5"


@pytest.mark.usefixtures("alice")
async def test_log_food_from_the_food_table(hass: HomeAssistant) -> None:
    response = await _call(hass, "log_food", {"food": "almonds", "unit": "oz"})
    assert response["entry"]["label"].lower().startswith("almond")
    assert response["entry"]["unit"] == "oz"
    # NIH ODS: almonds, dry roasted, 1 ounce: 80 mg.
    assert response["entry"]["magnesium_mg"] == pytest.approx(80, rel=0.1)

    response = await _call(
        hass, "log_food", {"food": "black beans", "quantity": 0.5, "unit": "cup"}
    )
    # NIH ODS: black beans, cooked, 1/2 cup: 60 mg.
    assert response["entry"]["magnesium_mg"] == pytest.approx(60, rel=0.1)


@pytest.mark.usefixtures("alice")
async def test_log_food_says_what_it_understood(hass: HomeAssistant) -> None:
    """The food, the amount in the person's words and in grams."""
    response = await _call(hass, "log_food", {"food": "20 almonds"})
    entry = response["entry"]
    assert (entry["label"], entry["quantity"], entry["unit"]) == (
        "almonds",
        20,
        "piece",
    )
    assert entry["grams"] == 24  # SR Legacy: one almond 1.2 g
    assert entry["magnesium_mg"] == pytest.approx(67, abs=0.5)
    known = await _call(hass, "log_food", {"food": "tea", "magnesium_mg": 5})
    assert "grams" not in known["entry"]  # nothing was read, nothing weighed


@pytest.mark.usefixtures("alice")
async def test_log_food_without_unit_uses_the_serving(hass: HomeAssistant) -> None:
    response = await _call(hass, "log_food", {"food": "banana"})
    # NIH ODS: banana, 1 medium: 32 mg.
    assert response["entry"]["magnesium_mg"] == pytest.approx(32, rel=0.1)


@pytest.mark.usefixtures("alice")
async def test_response_is_optional(hass: HomeAssistant) -> None:
    assert (
        await hass.services.async_call(
            DOMAIN, "log_food", {"food": "x", "magnesium_mg": 10}, blocking=True
        )
        is None
    )
    assert _state(hass, "sensor.alice_intake_today") == "10.0"


@pytest.mark.usefixtures("alice")
async def test_log_supplement_elemental_and_compound(hass: HomeAssistant) -> None:
    response = await _call(
        hass,
        "log_supplement",
        {"magnesium_mg": 120, "form": "Glycinate", "name": "Calm Night"},
    )
    assert response["entry"] | {"id": None, "logged_at": None} == {
        "id": None,
        "kind": "supplement",
        "label": "Calm Night",
        "quantity": 120.0,
        "unit": "mg",
        "magnesium_mg": 120.0,
        "logged_at": None,
        "day": "2026-11-26",
        "form": "glycinate",
        "compound": False,
    }
    response = await _call(
        hass, "log_supplement", {"compound_mg": 1000, "form": "citrate"}
    )
    # Trimagnesium dicitrate is 16.2 % magnesium.
    assert response["entry"]["magnesium_mg"] == pytest.approx(162, abs=0.5)
    assert response["entry"]["compound"] is True
    assert response["entry"]["label"] == "Magnesium citrate"
    assert response["supplements_today_mg"] == pytest.approx(282, abs=0.5)
    assert _state(hass, "sensor.alice_supplements_today") == str(
        response["supplements_today_mg"]
    )


@pytest.mark.usefixtures("alice")
async def test_supplement_limit_warning(hass: HomeAssistant) -> None:
    events = async_capture_events(hass, EVENT_SUPPLEMENT_LIMIT_EXCEEDED)
    first = await _call(hass, "log_supplement", {"magnesium_mg": 200})
    assert first["supplement_limit_exceeded"] is False
    at_limit = await _call(hass, "log_supplement", {"magnesium_mg": 150})
    assert at_limit["supplements_today_mg"] == 350
    assert at_limit["supplement_limit_exceeded"] is False
    await hass.async_block_till_done()
    assert events == []
    assert _state(hass, "binary_sensor.alice_supplement_limit_exceeded") == "off"

    over = await _call(hass, "log_supplement", {"magnesium_mg": 50})
    assert over["supplement_limit_exceeded"] is True
    await hass.async_block_till_done()
    assert [event.data for event in events] == [
        {
            "config_entry_id": "alice_entry_id",
            "name": "Alice",
            "dose_mg": 50.0,
            "supplements_today_mg": 400.0,
            "supplement_limit_mg": 350,
        }
    ]
    assert _state(hass, "binary_sensor.alice_supplement_limit_exceeded") == "on"

    # Food never counts towards the limit, and fires nothing.
    await _call(hass, "log_food", {"food": "almonds", "magnesium_mg": 80})
    await hass.async_block_till_done()
    assert len(events) == 1

    await _call(hass, "remove_entry", {"entry_id": over["entry"]["id"]})
    assert _state(hass, "binary_sensor.alice_supplement_limit_exceeded") == "off"


@pytest.mark.usefixtures("alice")
async def test_backdated_supplement_counts_for_its_day_and_never_warns(
    hass: HomeAssistant,
) -> None:
    events = async_capture_events(hass, EVENT_SUPPLEMENT_LIMIT_EXCEEDED)
    response = await _call(
        hass,
        "log_supplement",
        {"magnesium_mg": 400, "logged_at": "2026-11-24T20:00:00"},
    )
    await hass.async_block_till_done()
    assert response["entry"]["day"] == "2026-11-24"
    assert response["supplements_today_mg"] == 400
    assert response["supplement_limit_exceeded"] is True
    assert events == []
    assert _state(hass, "sensor.alice_supplements_today") == "0.0"
    assert _state(hass, "binary_sensor.alice_supplement_limit_exceeded") == "off"
    log = await _call(
        hass, "get_log", {"start_date": "2026-11-24", "end_date": "2026-11-24"}
    )
    assert log["days"][0]["supplements_today_mg"] == 400


@pytest.mark.usefixtures("alice")
async def test_target_reached_once_a_day(hass: HomeAssistant) -> None:
    events = async_capture_events(hass, EVENT_TARGET_REACHED)
    await _call(hass, "log_food", {"food": "a", "magnesium_mg": 300})
    await _call(hass, "log_food", {"food": "b", "magnesium_mg": 30})
    last = await _call(hass, "log_food", {"food": "c", "magnesium_mg": 30})
    await _call(hass, "remove_entry", {"entry_id": last["entry"]["id"]})
    await _call(hass, "remove_entry")
    await _call(hass, "log_food", {"food": "b", "magnesium_mg": 30})
    await hass.async_block_till_done()
    assert [event.data for event in events] == [
        {
            "config_entry_id": "alice_entry_id",
            "name": "Alice",
            "intake_today_mg": 330.0,
            "daily_target_mg": 320,
        }
    ]
    assert _state(hass, "binary_sensor.alice_target_reached") == "on"


@pytest.mark.usefixtures("alice")
async def test_remove_entry(hass: HomeAssistant) -> None:
    first = await _call(hass, "log_food", {"food": "a", "magnesium_mg": 10})
    await _call(hass, "log_food", {"food": "b", "magnesium_mg": 20})
    removed = await _call(hass, "remove_entry")
    assert removed["entry"]["label"] == "b"
    assert removed["intake_today_mg"] == 10
    removed = await _call(hass, "remove_entry", {"entry_id": first["entry"]["id"]})
    assert removed["entry"]["label"] == "a"
    assert removed["intake_today_mg"] == 0
    await _fails(hass, "remove_entry", {}, "nothing_to_remove")
    message = await _fails(hass, "remove_entry", {"entry_id": "zzz"}, "unknown_entry")
    assert message == "There is no entry with the id zzz."


async def test_remove_entry_finds_its_person(
    hass: HomeAssistant, alice_entry: MockConfigEntry, bob_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    await setup_person(hass, bob_entry)
    bobs = await _call(
        hass,
        "log_food",
        {"config_entry_id": "bob_entry_id", "food": "x", "magnesium_mg": 42},
    )
    await _call(hass, "remove_entry", {"entry_id": bobs["entry"]["id"]})
    assert _state(hass, "sensor.bob_intake_today") == "0.0"
    await _fails(hass, "remove_entry", {"entry_id": "zzz"}, "person_required")


@pytest.mark.usefixtures("alice")
async def test_get_log(hass: HomeAssistant) -> None:
    await _call(
        hass,
        "log_food",
        {"food": "a", "magnesium_mg": 100, "logged_at": "2026-11-25T09:00:00"},
    )
    await _call(hass, "log_supplement", {"magnesium_mg": 200})
    log = await _call(hass, "get_log", {"start_date": "2026-11-24"})
    assert log["config_entry_id"] == "alice_entry_id"
    assert log["name"] == "Alice"
    assert [day["date"] for day in log["days"]] == [
        "2026-11-24",
        "2026-11-25",
        "2026-11-26",
    ]
    assert [day["intake_today_mg"] for day in log["days"]] == [0, 100, 200]
    assert [len(day["entries"]) for day in log["days"]] == [0, 1, 1]
    assert log["days"][2]["daily_target_mg"] == 320
    assert log["days"][2]["remaining_today_mg"] == 120
    today = await _call(hass, "get_log")
    assert [day["date"] for day in today["days"]] == ["2026-11-26"]


@pytest.mark.usefixtures("alice")
@pytest.mark.parametrize(
    ("service", "data", "key"),
    [
        ("log_food", {"food": "almonds", "quantity": 0}, "invalid_quantity"),
        ("log_food", {"food": "almonds", "quantity": -1}, "invalid_quantity"),
        ("log_food", {"food": "almonds", "quantity": "nan"}, "invalid_quantity"),
        ("log_food", {"food": "banana", "unit": "handful"}, "unit_not_accepted"),
        ("log_food", {"food": "almonds", "unit": "furlong"}, "unknown_unit"),
        ("log_food", {"food": "x", "magnesium_mg": 0}, "invalid_magnesium_mg"),
        ("log_food", {"food": "x", "magnesium_mg": 5001}, "invalid_magnesium_mg"),
        ("log_food", {"food": "   ", "magnesium_mg": 5}, "invalid_text"),
        ("log_food", {"food": "x" * 101, "magnesium_mg": 5}, "invalid_text"),
        ("log_food", {"food": "qwxzzy vrrbl"}, "unknown_food"),
        (
            "log_food",
            {"food": "x", "magnesium_mg": 5, "logged_at": "2026-11-26T10:06:00"},
            "logged_at_in_future",
        ),
        (
            "log_food",
            {"food": "x", "magnesium_mg": 5, "logged_at": "2024-11-25T10:00:00"},
            "logged_at_too_old",
        ),
        (
            "log_food",
            {"food": "x", "magnesium_mg": 5, "logged_at": "0001-01-02T00:00:00Z"},
            "logged_at_too_old",
        ),
        (
            "log_food",
            {"food": "x", "magnesium_mg": 5, "logged_at": "0001-01-01T00:00:00+14:00"},
            "logged_at_too_old",
        ),
        (
            "log_supplement",
            {"magnesium_mg": 5, "logged_at": "9999-12-31T23:59:59-12:00"},
            "logged_at_in_future",
        ),
        ("log_supplement", {}, "supplement_amount_required"),
        (
            "log_supplement",
            {"magnesium_mg": 100, "compound_mg": 500, "form": "citrate"},
            "supplement_amount_required",
        ),
        ("log_supplement", {"compound_mg": 500}, "form_required"),
        (
            "log_supplement",
            {"magnesium_mg": 100, "form": "unobtainium"},
            "unknown_form",
        ),
        ("log_supplement", {"magnesium_mg": 6000}, "invalid_magnesium_mg"),
        (
            "log_supplement",
            {"compound_mg": 40000, "form": "oxide"},
            "invalid_magnesium_mg",
        ),
        ("log_supplement", {"magnesium_mg": -5}, "invalid_magnesium_mg"),
        ("log_supplement", {"compound_mg": -5, "form": "oxide"}, "invalid_quantity"),
        ("log_supplement", {"magnesium_mg": 5, "name": ""}, "invalid_text"),
        (
            "get_log",
            {"start_date": "2026-11-26", "end_date": "2026-11-20"},
            "invalid_date_range",
        ),
        (
            "get_log",
            {"start_date": "2024-01-01", "end_date": "2026-11-20"},
            "date_range_too_long",
        ),
        ("log_food", {"config_entry_id": "nope", "food": "x"}, "unknown_person"),
    ],
)
async def test_bad_input_is_refused_and_changes_nothing(
    hass: HomeAssistant, service: str, data: dict[str, Any], key: str
) -> None:
    await _call(hass, "log_food", {"food": "x", "magnesium_mg": 10})
    before = await _call(hass, "get_log", {"start_date": "2026-11-19"})
    await _fails(hass, service, data, key)
    assert await _call(hass, "get_log", {"start_date": "2026-11-19"}) == before
    assert _state(hass, "sensor.alice_intake_today") == "10.0"


@pytest.mark.usefixtures("alice")
async def test_unknown_food_suggests_close_names(hass: HomeAssistant) -> None:
    message = await _fails(
        hass, "log_food", {"food": "almondz cookie crunch"}, "unknown_food"
    )
    assert "almond" in message.lower()


@pytest.mark.usefixtures("alice")
@pytest.mark.parametrize(
    "data",
    [
        {"food": "x", "quantity": "lots"},
        {"food": "x", "magnesium_mg": "plenty"},
        {"food": "x", "logged_at": "yesterday-ish"},
        {"food": "x", "barcode": "3017620422003"},
    ],
)
async def test_malformed_types_are_rejected_by_the_schema(
    hass: HomeAssistant, data: dict[str, Any]
) -> None:
    with pytest.raises(vol.Invalid):
        await hass.services.async_call(DOMAIN, "log_food", data, blocking=True)


async def test_person_is_required_with_several_people(
    hass: HomeAssistant, alice_entry: MockConfigEntry, bob_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    await setup_person(hass, bob_entry)
    message = await _fails(
        hass, "log_food", {"food": "x", "magnesium_mg": 1}, "person_required"
    )
    assert "Alice, Bob" in message
    response = await _call(
        hass,
        "log_food",
        {"config_entry_id": "bob_entry_id", "food": "x", "magnesium_mg": 1},
    )
    assert response["daily_target_mg"] == 420
    assert _state(hass, "sensor.bob_intake_today") == "1.0"
    assert _state(hass, "sensor.alice_intake_today") == "0.0"


async def test_the_callers_own_person_needs_no_id(
    hass: HomeAssistant, alice_entry: MockConfigEntry, bob_entry: MockConfigEntry
) -> None:
    """With several people, an action called by a user logs for their person."""
    user = MockUser(name="Bob").add_to_hass(hass)
    assert await async_setup_component(
        hass, "person", {"person": [{"id": "bob", "name": "Bob", "user_id": user.id}]}
    )
    await setup_person(hass, alice_entry)
    bob_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        bob_entry, data={**bob_entry.data, "person_entity_id": "person.bob"}
    )
    assert await hass.config_entries.async_setup(bob_entry.entry_id)
    response = await hass.services.async_call(
        DOMAIN,
        "log_food",
        {"food": "x", "magnesium_mg": 7},
        blocking=True,
        return_response=True,
        context=Context(user_id=user.id),
    )
    assert response is not None
    assert response["daily_target_mg"] == 420
    assert _state(hass, "sensor.bob_intake_today") == "7.0"
    # Someone without a person of their own must still say whose it is.
    stranger = MockUser(name="Carol").add_to_hass(hass)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "log_food",
            {"food": "x", "magnesium_mg": 7},
            blocking=True,
            context=Context(user_id=stranger.id),
        )
    assert err.value.translation_key == "person_required"
    assert _state(hass, "sensor.alice_intake_today") == "0.0"


async def test_no_person(hass: HomeAssistant, alice_entry: MockConfigEntry) -> None:
    await setup_person(hass, alice_entry)
    await hass.config_entries.async_unload(alice_entry.entry_id)
    await _fails(hass, "log_food", {"food": "x", "magnesium_mg": 1}, "no_person")
    await _fails(
        hass,
        "log_food",
        {"config_entry_id": "alice_entry_id", "food": "x", "magnesium_mg": 1},
        "person_not_loaded",
    )
    other = MockConfigEntry(domain="counter")
    other.add_to_hass(hass)
    await _fails(
        hass,
        "log_food",
        {"config_entry_id": other.entry_id, "food": "x", "magnesium_mg": 1},
        "unknown_person",
    )


@pytest.mark.usefixtures("alice")
async def test_food_may_be_a_whole_phrase(hass: HomeAssistant) -> None:
    response = await _call(hass, "log_food", {"food": "half a cup of black beans"})
    assert response["entry"]["quantity"] == 0.5
    assert response["entry"]["unit"] == "cup"
    # NIH ODS: black beans, cooked, 1/2 cup: 60 mg.
    assert response["entry"]["magnesium_mg"] == pytest.approx(60, rel=0.1)
    # With a quantity or unit given, the food is only a name.
    await _fails(
        hass,
        "log_food",
        {"food": "half a cup of black beans", "unit": "g"},
        "unknown_food",
    )


@pytest.mark.usefixtures("alice")
async def test_changes_are_attributed_to_the_call(hass: HomeAssistant) -> None:
    context = Context()
    events = async_capture_events(hass, EVENT_SUPPLEMENT_LIMIT_EXCEEDED)
    await hass.services.async_call(
        DOMAIN, "log_supplement", {"magnesium_mg": 400}, blocking=True, context=context
    )
    await hass.async_block_till_done()
    for entity_id in (
        "sensor.alice_supplements_today",
        "binary_sensor.alice_supplement_limit_exceeded",
        "event.alice_intake",
    ):
        state = hass.states.get(entity_id)
        assert state is not None
        assert state.context.id == context.id
    assert events[0].context.id == context.id


@pytest.mark.usefixtures("alice")
async def test_a_clock_a_few_minutes_fast_logs_now(hass: HomeAssistant) -> None:
    """A phone 3 minutes ahead: the entry counts now, not in the future."""
    response = await _call(
        hass,
        "log_food",
        {"food": "x", "magnesium_mg": 5, "logged_at": "2026-11-26T10:03:00"},
    )
    assert response["entry"]["logged_at"] == "2026-11-26T18:00:00+00:00"


def test_developer_tools_tick_no_quantity() -> None:
    """A ticked quantity of 1 would turn "an ounce of almonds" into a food name."""
    described: Any = load_yaml(
        Path(__file__).parent.parent / "custom_components/magnesium/services.yaml"
    )
    assert "default" not in described["log_food"]["fields"]["quantity"]
