"""Actions: validate the call, find the person, let the tracker do the work."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import date, datetime, timedelta
import functools
from typing import Any

import voluptuous as vol

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.loader import async_get_integration
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_ALIASES,
    ATTR_BARCODE,
    ATTR_COMPOUND_MG,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_END_DATE,
    ATTR_ENTRY_ID,
    ATTR_FOOD,
    ATTR_FORM,
    ATTR_GRAMS,
    ATTR_LIMIT,
    ATTR_LOGGED_AT,
    ATTR_MAGNESIUM_MG,
    ATTR_NAME,
    ATTR_QUANTITY,
    ATTR_QUERY,
    ATTR_SERVING,
    ATTR_START_DATE,
    ATTR_UNIT,
    CONF_BARCODE_LOOKUP,
    DOMAIN,
)
from .errors import MagnesiumError
from .foods import (
    FoodMatch,
    Measurement,
    UnknownFoodError,
    make_custom_food,
)
from .household import household
from .ledger import EntryKind
from .openfoodfacts import async_lookup_barcode
from .quantities import parse_food_phrase, validate_quantity
from .supplements import elemental_mg, parse_form
from .text import plain_text
from .tracker import LogResult, PersonTracker

SERVICE_LOG_FOOD = "log_food"
SERVICE_LOG_SUPPLEMENT = "log_supplement"
SERVICE_REMOVE_ENTRY = "remove_entry"
SERVICE_GET_LOG = "get_log"
SERVICE_SEARCH_FOODS = "search_foods"
SERVICE_ADD_FOOD = "add_food"
SERVICE_REMOVE_FOOD = "remove_food"

MAX_LOG_DAYS = 366
MAX_LABEL_LENGTH = 100

_PERSON = {vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string}
_LOGGED_AT = {vol.Optional(ATTR_LOGGED_AT): cv.datetime}

LOG_FOOD_SCHEMA = vol.Schema(
    {
        **_PERSON,
        vol.Exclusive(ATTR_FOOD, "food"): cv.string,
        vol.Exclusive(ATTR_BARCODE, "food"): cv.string,
        vol.Optional(ATTR_QUANTITY): vol.Coerce(float),
        vol.Optional(ATTR_UNIT): cv.string,
        vol.Optional(ATTR_MAGNESIUM_MG): vol.Coerce(float),
        **_LOGGED_AT,
    }
)
LOG_SUPPLEMENT_SCHEMA = vol.Schema(
    {
        **_PERSON,
        vol.Optional(ATTR_MAGNESIUM_MG): vol.Coerce(float),
        vol.Optional(ATTR_COMPOUND_MG): vol.Coerce(float),
        vol.Optional(ATTR_FORM): cv.string,
        vol.Optional(ATTR_NAME): cv.string,
        **_LOGGED_AT,
    }
)
REMOVE_ENTRY_SCHEMA = vol.Schema({**_PERSON, vol.Optional(ATTR_ENTRY_ID): cv.string})
GET_LOG_SCHEMA = vol.Schema(
    {
        **_PERSON,
        vol.Optional(ATTR_START_DATE): cv.date,
        vol.Optional(ATTR_END_DATE): cv.date,
    }
)

SEARCH_FOODS_SCHEMA = vol.Schema(
    {vol.Required(ATTR_QUERY): cv.string, vol.Optional(ATTR_LIMIT, default=10): int}
)
ADD_FOOD_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_NAME): cv.string,
        vol.Required(ATTR_MAGNESIUM_MG): vol.Coerce(float),
        vol.Required(ATTR_SERVING): cv.string,
        vol.Optional(ATTR_GRAMS): vol.Coerce(float),
        vol.Optional(ATTR_ALIASES, default=list): vol.All(cv.ensure_list, [cv.string]),
    }
)
REMOVE_FOOD_SCHEMA = vol.Schema({vol.Required(ATTR_NAME): cv.string})

type _Handler = Callable[
    [HomeAssistant, ServiceCall], Coroutine[Any, Any, ServiceResponse]
]


def _translated(handler: _Handler) -> _Handler:
    """Report domain errors as translated validation errors."""

    @functools.wraps(handler)
    async def wrapper(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
        try:
            return await handler(hass, call)
        except MagnesiumError as err:
            raise ServiceValidationError(
                str(err),
                translation_domain=DOMAIN,
                translation_key=err.translation_key,
                translation_placeholders=err.placeholders,
            ) from err

    return wrapper


def loaded_trackers(hass: HomeAssistant) -> list[PersonTracker]:
    """The trackers of every person whose config entry is loaded."""
    return [
        entry.runtime_data for entry in hass.config_entries.async_loaded_entries(DOMAIN)
    ]


def resolve_tracker(hass: HomeAssistant, config_entry_id: str | None) -> PersonTracker:
    """The person an action is for: named, or the only one configured."""
    if config_entry_id is None:
        trackers = loaded_trackers(hass)
        if not trackers:
            raise MagnesiumError("no_person", "No person is set up")
        if len(trackers) > 1:
            raise MagnesiumError(
                "person_required",
                "Several people are set up; choose one with config_entry_id",
                people=", ".join(sorted(tracker.name for tracker in trackers)),
            )
        return trackers[0]
    entry = hass.config_entries.async_get_entry(config_entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise MagnesiumError(
            "unknown_person",
            f"No person with config entry {config_entry_id}",
            config_entry_id=config_entry_id,
        )
    if entry.state is not ConfigEntryState.LOADED:
        raise MagnesiumError(
            "person_not_loaded", f"{entry.title} is not loaded", name=entry.title
        )
    tracker: PersonTracker = entry.runtime_data
    return tracker


def _label(value: object, field: str) -> str:
    if (text := plain_text(value, MAX_LABEL_LENGTH)) is None:
        raise MagnesiumError(
            "invalid_text",
            f"{field} must be 1 to {MAX_LABEL_LENGTH} characters of text",
            field=field,
            maximum=str(MAX_LABEL_LENGTH),
        )
    return text


def _logged_at(call: ServiceCall) -> datetime | None:
    logged_at: datetime | None = call.data.get(ATTR_LOGGED_AT)
    if logged_at is not None and logged_at.tzinfo is None:
        # A time without zone means Home Assistant's local time.
        logged_at = logged_at.replace(tzinfo=dt_util.get_default_time_zone())
    return logged_at


def _respond(
    call: ServiceCall, response: LogResult | dict[str, Any]
) -> ServiceResponse:
    # Most calls (automations) ask for no response: do not build one for them.
    if not call.return_response:
        return None
    return response.as_response() if isinstance(response, LogResult) else response


@_translated
async def _async_log_food(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    tracker = resolve_tracker(hass, call.data.get(ATTR_CONFIG_ENTRY_ID))
    quantity = validate_quantity(call.data.get(ATTR_QUANTITY, 1.0))
    unit: str | None = call.data.get(ATTR_UNIT)
    magnesium_mg: float | None = call.data.get(ATTR_MAGNESIUM_MG)
    if ATTR_BARCODE in call.data:
        if not tracker.entry.options.get(CONF_BARCODE_LOOKUP, False):
            raise MagnesiumError(
                "barcode_lookup_disabled",
                "Barcode lookup is off in this person's options",
                name=tracker.name,
            )
        product = await async_lookup_barcode(
            hass, call.data[ATTR_BARCODE], await _version(hass)
        )
        measured = product.measure(quantity, unit)
        label, unit, magnesium_mg = product.name, measured.unit, measured.mg
    elif ATTR_FOOD not in call.data:
        raise MagnesiumError("food_required", "Give the food (or a barcode)")
    elif magnesium_mg is not None:
        label = _label(call.data[ATTR_FOOD], ATTR_FOOD)
        unit = _label(unit, ATTR_UNIT) if unit else "serving"
    else:
        measured = _measure_food(hass, call)
        label, unit, magnesium_mg = measured.food.name, measured.unit, measured.mg
        quantity = measured.quantity
    result = tracker.log(
        kind=EntryKind.FOOD,
        label=label,
        quantity=quantity,
        unit=unit,
        magnesium_mg=magnesium_mg,
        logged_at=_logged_at(call),
        context=call.context,
    )
    return _respond(call, result)


def _measure_food(hass: HomeAssistant, call: ServiceCall) -> Measurement:
    """Measure the food; without quantity and unit, "1 cup of spinach" works too.

    The whole text is also tried as a name, and the better match wins: "100
    grand bar" is one candy bar, "half a cup of black beans" half a cup.
    """
    foods = household(hass).foods
    text: str = call.data[ATTR_FOOD]
    if ATTR_QUANTITY in call.data or ATTR_UNIT in call.data:
        return foods.measure(
            text, call.data.get(ATTR_QUANTITY, 1.0), call.data.get(ATTR_UNIT)
        )
    try:
        match: FoodMatch | None = foods.resolve(text)
    except UnknownFoodError as err:
        match, unknown = None, err
    try:
        phrase = parse_food_phrase(text)
    except MagnesiumError:
        phrase = None
    measured: Measurement | None = None
    if phrase is not None and (phrase.quantity != 1 or phrase.unit is not None):
        try:
            measured = foods.measure(phrase.food, phrase.quantity, phrase.unit)
        except MagnesiumError:
            if match is None:
                raise
    if measured is not None and (match is None or measured.score > match.score):
        return measured
    if match is None:
        raise unknown
    return match.food.measure(score=match.score)


async def _version(hass: HomeAssistant) -> str:
    integration = await async_get_integration(hass, DOMAIN)
    return str(integration.version)


@_translated
async def _async_log_supplement(
    hass: HomeAssistant, call: ServiceCall
) -> ServiceResponse:
    tracker = resolve_tracker(hass, call.data.get(ATTR_CONFIG_ENTRY_ID))
    form = parse_form(call.data[ATTR_FORM]) if ATTR_FORM in call.data else None
    magnesium_mg: float | None = call.data.get(ATTR_MAGNESIUM_MG)
    compound_mg: float | None = call.data.get(ATTR_COMPOUND_MG)
    if compound_mg is not None and magnesium_mg is None:
        if form is None:
            raise MagnesiumError(
                "form_required", "compound_mg needs the form of the compound"
            )
        quantity, magnesium_mg = compound_mg, elemental_mg(compound_mg, form)
    elif magnesium_mg is not None and compound_mg is None:
        quantity = magnesium_mg
    else:
        raise MagnesiumError(
            "supplement_amount_required",
            "Give either magnesium_mg (elemental) or compound_mg with form",
        )
    if ATTR_NAME in call.data:
        label = _label(call.data[ATTR_NAME], ATTR_NAME)
    else:
        label = f"Magnesium {form}" if form else "Magnesium"
    result = tracker.log(
        kind=EntryKind.SUPPLEMENT,
        label=label,
        quantity=quantity,
        unit="mg",
        magnesium_mg=magnesium_mg,
        form=form,
        compound=compound_mg is not None,
        logged_at=_logged_at(call),
        context=call.context,
    )
    return _respond(call, result)


@_translated
async def _async_remove_entry(
    hass: HomeAssistant, call: ServiceCall
) -> ServiceResponse:
    entry_id: str | None = call.data.get(ATTR_ENTRY_ID)
    config_entry_id: str | None = call.data.get(ATTR_CONFIG_ENTRY_ID)
    if config_entry_id is None and entry_id is not None:
        # An entry id names its person: no need to say whose it is.
        owner = next(
            (t for t in loaded_trackers(hass) if t.ledger.get(entry_id) is not None),
            None,
        )
        tracker = owner or resolve_tracker(hass, None)
    else:
        tracker = resolve_tracker(hass, config_entry_id)
    return _respond(call, tracker.remove(entry_id, call.context))


@_translated
async def _async_get_log(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    tracker = resolve_tracker(hass, call.data.get(ATTR_CONFIG_ENTRY_ID))
    end: date = call.data.get(ATTR_END_DATE) or tracker.today
    start: date = call.data.get(ATTR_START_DATE) or end
    if start > end:
        raise MagnesiumError(
            "invalid_date_range",
            "start_date is after end_date",
            start_date=start.isoformat(),
            end_date=end.isoformat(),
        )
    if (end - start).days >= MAX_LOG_DAYS:
        raise MagnesiumError(
            "date_range_too_long",
            f"At most {MAX_LOG_DAYS} days at once",
            maximum=str(MAX_LOG_DAYS),
        )
    return {
        "config_entry_id": tracker.entry.entry_id,
        "name": tracker.name,
        "days": [
            tracker.day_report(start + timedelta(days=offset))
            for offset in range((end - start).days + 1)
        ],
    }


def _describe_food(match: FoodMatch) -> dict[str, Any]:
    food = match.food
    return {
        "name": food.name,
        "serving": food.serving,
        "serving_mg": round(food.serving_mg, 1),
        "mg_per_100g": None if food.mg_per_100g is None else round(food.mg_per_100g, 1),
        "tier": food.tier.value,
        "aliases": list(food.aliases),
        "score": round(match.score, 1),
    }


@_translated
async def _async_search_foods(
    hass: HomeAssistant, call: ServiceCall
) -> ServiceResponse:
    matches = household(hass).foods.search(call.data[ATTR_QUERY], call.data[ATTR_LIMIT])
    return {"foods": [_describe_food(match) for match in matches]}


@_translated
async def _async_add_food(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    food = make_custom_food(
        call.data[ATTR_NAME],
        call.data[ATTR_MAGNESIUM_MG],
        call.data[ATTR_SERVING],
        call.data.get(ATTR_GRAMS),
        call.data[ATTR_ALIASES],
    )
    household(hass).add_custom(food)
    return _respond(call, {"food": _describe_food(FoodMatch(food, 100.0))})


@_translated
async def _async_remove_food(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    food = household(hass).remove_custom(call.data[ATTR_NAME])
    return _respond(call, {"food": _describe_food(FoodMatch(food, 100.0))})


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the integration's actions."""
    for name, handler, schema, supports_response in (
        (SERVICE_LOG_FOOD, _async_log_food, LOG_FOOD_SCHEMA, SupportsResponse.OPTIONAL),
        (
            SERVICE_LOG_SUPPLEMENT,
            _async_log_supplement,
            LOG_SUPPLEMENT_SCHEMA,
            SupportsResponse.OPTIONAL,
        ),
        (
            SERVICE_REMOVE_ENTRY,
            _async_remove_entry,
            REMOVE_ENTRY_SCHEMA,
            SupportsResponse.OPTIONAL,
        ),
        (SERVICE_GET_LOG, _async_get_log, GET_LOG_SCHEMA, SupportsResponse.ONLY),
        (
            SERVICE_SEARCH_FOODS,
            _async_search_foods,
            SEARCH_FOODS_SCHEMA,
            SupportsResponse.ONLY,
        ),
        (SERVICE_ADD_FOOD, _async_add_food, ADD_FOOD_SCHEMA, SupportsResponse.OPTIONAL),
        (
            SERVICE_REMOVE_FOOD,
            _async_remove_food,
            REMOVE_FOOD_SCHEMA,
            SupportsResponse.OPTIONAL,
        ),
    ):
        hass.services.async_register(
            DOMAIN,
            name,
            functools.partial(handler, hass),
            schema=schema,
            supports_response=supports_response,
        )
