"""Household food actions: search, custom foods, and barcode lookup."""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import (
    AiohttpClientMocker,
)

from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.errors import UnavailableError
from custom_components.magnesium.food_store import FoodStore
from custom_components.magnesium.foods import (
    MAX_CUSTOM_FOODS,
    FoodTable,
    make_custom_food,
)
from custom_components.magnesium.openfoodfacts import PRODUCT_URL
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import (
    HomeAssistantError,
    ServiceValidationError,
    Unauthorized,
)
from homeassistant.helpers import issue_registry as ir

from .conftest import call, error_of, pass_time, refused

CUSTOM_KEY = "magnesium.custom_foods"
NUTELLA = "3017620422003"


pytestmark = pytest.mark.usefixtures("alice")


async def test_search_foods(hass: HomeAssistant) -> None:
    response = await call(hass, "search_foods", query="almonds", limit=3)
    foods = response["foods"]
    assert len(foods) == 3
    assert foods[0]["name"].lower().startswith("almond")
    assert foods[0]["tier"] == "curated"
    assert foods[0]["serving"] == "1 oz"
    assert foods[0]["serving_mg"] == pytest.approx(80, rel=0.1)
    assert foods[0]["mg_per_100g"] == pytest.approx(80 / 28.35 * 100, rel=0.1)
    assert foods[0]["score"] == 100
    typo = await call(hass, "search_foods", query="spinnach")
    assert typo["foods"][0]["name"].lower().startswith("spinach")
    await refused(hass, "search_foods", "invalid_limit", query="x", limit=0)


async def test_search_foods_reads_an_amount_as_logging_would(
    hass: HomeAssistant,
) -> None:
    """With a quantity or unit, the amount of the query, or the error log_food gives."""
    response = await call(hass, "search_foods", query="almonds", quantity=2, unit="oz")
    # USDA SR 12563 almonds, dry roasted: 279 mg / 100 g; 2 oz is 56.7 g.
    assert response["amount"] == {
        "food": "almonds",
        "quantity": 2,
        "unit": "oz",
        "grams": pytest.approx(56.7, abs=0.1),
        "magnesium_mg": pytest.approx(158.2, abs=0.1),
    }
    assert "amount" not in await call(hass, "search_foods", query="almonds")
    message = await refused(
        hass, "search_foods", "unit_not_accepted", query="milk", unit="slice"
    )
    assert "slice" in message
    await refused(
        hass, "search_foods", "unknown_unit", query="almonds", unit="handfull"
    )


async def test_custom_food_is_used_by_everyone_and_kept(
    hass: HomeAssistant, hass_storage: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    added = await call(
        hass,
        "add_food",
        name="Grandma's lentil soup",
        magnesium_mg=71,
        serving="1 bowl",
        grams=350,
        aliases=["lentil soup"],
    )
    assert added["food"] == {
        "name": "Grandma's lentil soup",
        "serving": "1 bowl",
        "serving_mg": 71.0,
        "mg_per_100g": 20.3,
        "tier": "custom",
        "aliases": ["lentil soup"],
        "units": ["serving", "g", "kg", "mg", "oz", "lb"],
        "score": 100.0,
    }
    logged = await call(hass, "log_food", food="lentil soup", quantity=2)
    assert logged["entry"]["label"] == "Grandma's lentil soup"
    assert logged["entry"]["magnesium_mg"] == 142
    by_weight = await call(hass, "log_food", food="lentil soup", quantity=175, unit="g")
    assert by_weight["entry"]["magnesium_mg"] == 35.5
    search = await call(hass, "search_foods", query="lentil soup")
    assert search["foods"][0]["tier"] == "custom"

    await pass_time(hass, freezer, 2)
    stored = hass_storage[CUSTOM_KEY]["data"]["foods"]
    assert [food["name"] for food in stored] == ["Grandma's lentil soup"]

    await refused(
        hass,
        "add_food",
        "duplicate_food",
        name="lentil soup",
        magnesium_mg=1,
        serving="1 cup",
    )
    removed = await call(hass, "remove_food", name="Grandma's lentil soup")
    assert removed["food"]["name"] == "Grandma's lentil soup"
    message = await refused(
        hass, "remove_food", "unknown_custom_food", name="Grandma's lentil soup"
    )
    assert "Grandma's lentil soup" in message


async def test_custom_foods_survive_a_restart(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    hass_storage[CUSTOM_KEY] = {
        "version": 1,
        "key": CUSTOM_KEY,
        "data": {
            "foods": [
                {
                    "name": "Trail mix bar",
                    "magnesium_mg": 60,
                    "serving": "1 bar",
                    "grams": 40,
                    "aliases": [],
                }
            ]
        },
    }
    store = await FoodStore.async_load(hass)
    assert store.foods.resolve("trail mix bar").food.serving_mg == 60


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"name": "", "magnesium_mg": 1, "serving": "1 cup"}, "invalid_food_name"),
        ({"name": "123", "magnesium_mg": 1, "serving": "1 cup"}, "invalid_food_name"),
        ({"name": "Bar", "magnesium_mg": -1, "serving": "1 bar"}, "invalid_magnesium"),
        ({"name": "Bar", "magnesium_mg": 1, "serving": " "}, "invalid_serving"),
        (
            {"name": "Bar", "magnesium_mg": 1, "serving": "1 bar", "grams": 0},
            "invalid_grams",
        ),
    ],
)
async def test_invalid_custom_food(
    hass: HomeAssistant, data: dict[str, Any], key: str
) -> None:
    await refused(hass, "add_food", key, **data)
    assert (await call(hass, "search_foods", query="bar"))["foods"][0]["tier"] != (
        "custom"
    )


async def test_food_or_barcode_is_required(hass: HomeAssistant) -> None:
    await refused(hass, "log_food", "food_required")


async def test_barcode_lookup_is_off_by_default(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    message = await refused(
        hass, "log_food", "barcode_lookup_disabled", barcode=NUTELLA
    )
    assert "Alice" in message
    assert aioclient_mock.call_count == 0


@pytest.fixture
def barcode_on(hass: HomeAssistant, alice: MockConfigEntry) -> None:
    """Alice turned barcode lookup on."""
    hass.config_entries.async_update_entry(alice, options={"barcode_lookup": True})


@pytest.mark.usefixtures("barcode_on")
async def test_barcode_lookup(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    aioclient_mock.get(
        PRODUCT_URL.format(barcode=NUTELLA),
        json={
            "status": 1,
            "product": {
                "product_name": "Hazelnut spread",
                "serving_size": "15 g",
                "serving_quantity": 15,
                "nutriments": {"magnesium_100g": 0.064},
            },
        },
    )
    response = await call(hass, "log_food", barcode=NUTELLA, quantity=2)
    assert response["entry"]["label"] == "Hazelnut spread"
    assert response["entry"]["unit"] == "serving"
    assert response["entry"]["magnesium_mg"] == pytest.approx(19.2)
    by_weight = await call(hass, "log_food", barcode=NUTELLA, quantity=100, unit="g")
    assert by_weight["entry"]["magnesium_mg"] == pytest.approx(64)
    method, url, _, headers = aioclient_mock.mock_calls[0]
    assert method == "GET"
    assert str(url).startswith(PRODUCT_URL.format(barcode=NUTELLA))
    assert headers["User-Agent"].startswith("HomeAssistant-Magnesium/")


@pytest.mark.usefixtures("barcode_on")
async def test_barcode_without_serving_counts_100_g(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    aioclient_mock.get(
        PRODUCT_URL.format(barcode=NUTELLA),
        json={"status": 1, "product": {"nutriments": {"magnesium_100g": 0.1}}},
    )
    response = await call(hass, "log_food", barcode=NUTELLA)
    assert response["entry"]["label"] == f"Product {NUTELLA}"
    assert response["entry"]["magnesium_mg"] == pytest.approx(100)


@pytest.mark.usefixtures("barcode_on")
@pytest.mark.parametrize(
    ("barcode", "reply", "key"),
    [
        ("12ab", None, "invalid_barcode"),
        (NUTELLA, {"status": 404}, "barcode_not_found"),
        (NUTELLA, {"json": {"status": 0}}, "barcode_not_found"),
        (
            NUTELLA,
            {"json": {"status": 1, "product": {"product_name": "Water"}}},
            "barcode_no_magnesium",
        ),
        (NUTELLA, {"status": 500}, "barcode_service_unavailable"),
        (NUTELLA, {"exc": TimeoutError()}, "barcode_service_unavailable"),
        (NUTELLA, {"text": "not json"}, "barcode_service_unavailable"),
    ],
)
async def test_barcode_problems(
    hass: HomeAssistant,
    aioclient_mock: AiohttpClientMocker,
    barcode: str,
    reply: dict[str, Any] | None,
    key: str,
) -> None:
    if reply is not None:
        aioclient_mock.get(PRODUCT_URL.format(barcode=NUTELLA), **reply)
    if key == "barcode_service_unavailable":
        # Not the caller's fault: an error, but no validation error.
        with pytest.raises(HomeAssistantError) as err:
            await call(hass, "log_food", barcode=barcode)
        assert not isinstance(err.value, ServiceValidationError)
        assert err.value.translation_key == key
    else:
        await refused(hass, "log_food", key, barcode=barcode)
    log = await call(hass, "get_log")
    assert log["days"][0]["entries"] == []


async def test_a_foods_own_name_wins_over_a_phrase(hass: HomeAssistant) -> None:
    await call(hass, "add_food", name="7 layer dip", magnesium_mg=30, serving="1 cup")
    one = await call(hass, "log_food", food="7 layer dip")
    assert (one["entry"]["quantity"], one["entry"]["magnesium_mg"]) == (1, 30)
    three = await call(hass, "log_food", food="3 servings of 7 layer dip")
    assert (three["entry"]["quantity"], three["entry"]["magnesium_mg"]) == (3, 90)
    candy = await call(hass, "log_food", food="100 grand bar")
    assert candy["entry"]["quantity"] == 1
    assert "grand" in candy["entry"]["label"].lower()
    message = await refused(hass, "log_food", "unknown_food", food="2 cups of qwxzzy")
    assert "qwxzzy" in message
    await refused(hass, "log_food", "unit_not_accepted", food="a handful of banana")
    await refused(hass, "log_food", "missing_food", food="two cups")


def _custom_file(foods: Any, version: int = 1) -> dict[str, Any]:
    return {"version": version, "key": CUSTOM_KEY, "data": {"foods": foods}}


BAR = {"name": "Trail mix bar", "magnesium_mg": 60, "serving": "1 bar", "aliases": []}


async def test_a_custom_food_may_not_silently_replace_a_builtin(
    hass: HomeAssistant,
) -> None:
    """A household "spinach" at 4,999 mg would change everyone's spinach."""
    message = await refused(
        hass,
        "add_food",
        "food_shadows_builtin",
        name="Spinach",
        magnesium_mg=4999,
        serving="1 cup",
    )
    assert "spinach" in message
    await refused(
        hass,
        "add_food",
        "food_shadows_builtin",
        name="My greens",
        magnesium_mg=50,
        serving="1 cup",
        aliases=["kale"],
    )
    assert (await call(hass, "log_food", food="spinach"))["entry"]["label"] == "spinach"
    await call(
        hass,
        "add_food",
        name="Spinach",
        magnesium_mg=90,
        serving="1 cup",
        override=True,
    )
    logged = await call(hass, "log_food", food="spinach")
    assert logged["entry"]["magnesium_mg"] == 90


async def test_only_an_administrator_changes_the_custom_foods(
    hass: HomeAssistant, hass_read_only_user: Any
) -> None:
    context = Context(user_id=hass_read_only_user.id)
    for service, data in (
        ("add_food", {"name": "Bar", "magnesium_mg": 1, "serving": "1 bar"}),
        ("remove_food", {"name": "Bar"}),
    ):
        with pytest.raises(Unauthorized):
            await hass.services.async_call(
                DOMAIN, service, data, blocking=True, context=context
            )


async def test_broken_custom_foods_are_set_aside_and_the_rest_works(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    hass_storage[CUSTOM_KEY] = _custom_file(
        [
            BAR,
            {"name": "Broken", "magnesium_mg": "lots"},
            {**BAR, "magnesium_mg": 10},  # the same name again
            "not a food",
        ]
    )
    store = await FoodStore.async_load(hass)
    assert [food.name for food in store.foods.custom_foods()] == ["Trail mix bar"]
    assert store.foods.resolve("trail mix bar").food.serving_mg == 60
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "custom_foods_set_aside")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["count"] == "3"
    set_aside = hass_storage[f"{CUSTOM_KEY}.set_aside"]["data"]["foods"]
    assert set_aside[1] == {**BAR, "magnesium_mg": 10}


async def test_a_newer_custom_food_file_is_left_alone(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    newer = _custom_file([BAR], version=2)
    hass_storage[CUSTOM_KEY] = newer
    store = await FoodStore.async_load(hass)
    assert store.foods.custom_foods() == ()
    assert ir.async_get(hass).async_get_issue(DOMAIN, "custom_foods_newer_version")
    with pytest.raises(UnavailableError) as err:
        await store.async_add_custom(make_custom_food("Bar", 1))
    assert err.value.translation_key == "custom_foods_read_only"
    assert hass_storage[CUSTOM_KEY] == newer


async def test_an_unreadable_custom_food_file_restores_the_backup(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    hass_storage[CUSTOM_KEY] = _custom_file([BAR])
    await FoodStore.async_load(hass)  # a good start keeps a backup
    hass_storage[CUSTOM_KEY] = {"version": 1, "key": CUSTOM_KEY}  # no data
    store = await FoodStore.async_load(hass)
    assert store.foods.resolve("trail mix bar").food.serving_mg == 60
    assert ir.async_get(hass).async_get_issue(DOMAIN, "custom_foods_restored")


def test_the_number_of_custom_foods_is_bounded() -> None:
    foods = [make_custom_food(f"Food {n}", 1) for n in range(MAX_CUSTOM_FOODS + 1)]
    err = error_of(lambda: FoodTable.custom_index(foods))
    assert err is not None
    assert err.translation_key == "too_many_custom_foods"
