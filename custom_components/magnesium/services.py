"""Actions: schema in, one call to `intake`, a response out.

Bad input is a translated `ServiceValidationError`; a failure that is not the
caller's fault (a service or data not available) a `HomeAssistantError`.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
import functools
from typing import Any

import voluptuous as vol

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv, service

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
    ATTR_LABEL,
    ATTR_LIMIT,
    ATTR_LOGGED_AT,
    ATTR_MAGNESIUM_MG,
    ATTR_NAME,
    ATTR_OVERRIDE,
    ATTR_QUANTITY,
    ATTR_QUERY,
    ATTR_SERVING,
    ATTR_START_DATE,
    ATTR_UNIT,
    DOMAIN,
)
from .errors import MagnesiumError, UnavailableError
from .foods import EXACT_SCORE, FoodMatch
from .intake import Intake, intake_of
from .supplements import parse_form
from .tracker import PersonTracker

SERVICE_LOG_FOOD = "log_food"
SERVICE_LOG_SUPPLEMENT = "log_supplement"
SERVICE_REMOVE_ENTRY = "remove_entry"
SERVICE_UPDATE_ENTRY = "update_entry"
SERVICE_GET_LOG = "get_log"
SERVICE_SEARCH_FOODS = "search_foods"
SERVICE_ADD_FOOD = "add_food"
SERVICE_REMOVE_FOOD = "remove_food"

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
UPDATE_ENTRY_SCHEMA = vol.Schema(
    {
        **_PERSON,
        vol.Required(ATTR_ENTRY_ID): cv.string,
        vol.Optional(ATTR_FOOD): cv.string,
        vol.Optional(ATTR_QUANTITY): vol.Coerce(float),
        vol.Optional(ATTR_UNIT): cv.string,
        vol.Optional(ATTR_MAGNESIUM_MG): vol.Coerce(float),
        vol.Optional(ATTR_LABEL): cv.string,
        **_LOGGED_AT,
    }
)
GET_LOG_SCHEMA = vol.Schema(
    {
        **_PERSON,
        vol.Optional(ATTR_START_DATE): cv.date,
        vol.Optional(ATTR_END_DATE): cv.date,
    }
)

SEARCH_FOODS_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_QUERY): cv.string,
        vol.Optional(ATTR_LIMIT, default=10): int,
        vol.Optional(ATTR_QUANTITY): vol.Coerce(float),
        vol.Optional(ATTR_UNIT): cv.string,
    }
)
ADD_FOOD_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_NAME): cv.string,
        vol.Required(ATTR_MAGNESIUM_MG): vol.Coerce(float),
        vol.Required(ATTR_SERVING): cv.string,
        vol.Optional(ATTR_GRAMS): vol.Coerce(float),
        vol.Optional(ATTR_ALIASES, default=list): vol.All(cv.ensure_list, [cv.string]),
        vol.Optional(ATTR_OVERRIDE, default=False): cv.boolean,
    }
)
REMOVE_FOOD_SCHEMA = vol.Schema({vol.Required(ATTR_NAME): cv.string})

# A handler acts, and returns how to build its response: most calls
# (automations) ask for none, and none is built for them.
type _Respond = Callable[[], ServiceResponse]
type _Handler = Callable[[Intake, ServiceCall], Coroutine[Any, Any, _Respond]]


def _translated(handler: _Handler) -> Callable[[HomeAssistant, ServiceCall], Any]:
    """Run a handler with the intake; report domain errors translated, by kind."""

    @functools.wraps(handler)
    async def wrapper(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
        try:
            respond = await handler(intake_of(hass), call)
            return respond() if call.return_response else None
        except MagnesiumError as err:
            kind = (
                HomeAssistantError
                if isinstance(err, UnavailableError)
                else ServiceValidationError
            )
            raise kind(
                str(err),
                translation_domain=DOMAIN,
                translation_key=err.translation_key,
                translation_placeholders=err.placeholders,
            ) from err

    return wrapper


def _tracker(intake: Intake, call: ServiceCall) -> PersonTracker:
    """The person named in the call, else the caller's own, else the only one."""
    return intake.subject(
        config_entry_id=call.data.get(ATTR_CONFIG_ENTRY_ID),
        user_id=call.context.user_id,
    ).tracker


@_translated
async def _async_log_food(intake: Intake, call: ServiceCall) -> _Respond:
    result = await intake.async_log_food(
        _tracker(intake, call),
        food=call.data.get(ATTR_FOOD),
        barcode=call.data.get(ATTR_BARCODE),
        quantity=call.data.get(ATTR_QUANTITY),
        unit=call.data.get(ATTR_UNIT),
        magnesium_mg=call.data.get(ATTR_MAGNESIUM_MG),
        logged_at=call.data.get(ATTR_LOGGED_AT),
        context=call.context,
    )
    return result.as_response


@_translated
async def _async_log_supplement(intake: Intake, call: ServiceCall) -> _Respond:
    form = call.data.get(ATTR_FORM)
    result = intake.log_supplement(
        _tracker(intake, call),
        magnesium_mg=call.data.get(ATTR_MAGNESIUM_MG),
        compound_mg=call.data.get(ATTR_COMPOUND_MG),
        form=None if form is None else parse_form(form),
        name=call.data.get(ATTR_NAME),
        logged_at=call.data.get(ATTR_LOGGED_AT),
        context=call.context,
    )
    return result.as_response


def _owner(intake: Intake, call: ServiceCall) -> PersonTracker:
    """Whose entry the call is about: an entry id names its person."""
    entry_id: str | None = call.data.get(ATTR_ENTRY_ID)
    owner = None
    if entry_id is not None and ATTR_CONFIG_ENTRY_ID not in call.data:
        owner = intake.owner_of(entry_id)
    return owner or _tracker(intake, call)


@_translated
async def _async_remove_entry(intake: Intake, call: ServiceCall) -> _Respond:
    result = intake.remove(
        _owner(intake, call),
        entry_id=call.data.get(ATTR_ENTRY_ID),
        context=call.context,
    )
    return result.as_response


@_translated
async def _async_update_entry(intake: Intake, call: ServiceCall) -> _Respond:
    result = intake.update_entry(
        _owner(intake, call),
        call.data[ATTR_ENTRY_ID],
        food=call.data.get(ATTR_FOOD),
        quantity=call.data.get(ATTR_QUANTITY),
        unit=call.data.get(ATTR_UNIT),
        magnesium_mg=call.data.get(ATTR_MAGNESIUM_MG),
        label=call.data.get(ATTR_LABEL),
        logged_at=call.data.get(ATTR_LOGGED_AT),
        context=call.context,
    )
    return result.as_response


@_translated
async def _async_get_log(intake: Intake, call: ServiceCall) -> _Respond:
    report = intake.log_report(
        _tracker(intake, call),
        call.data.get(ATTR_START_DATE),
        call.data.get(ATTR_END_DATE),
    )
    return report.as_response


@_translated
async def _async_search_foods(intake: Intake, call: ServiceCall) -> _Respond:
    query = call.data[ATTR_QUERY]
    matches = intake.search(query, call.data[ATTR_LIMIT])
    response: dict[str, Any] = {"foods": [match.as_response() for match in matches]}
    quantity, unit = call.data.get(ATTR_QUANTITY), call.data.get(ATTR_UNIT)
    if quantity is not None or unit is not None:
        # As log_food would read it: a unit the food cannot have is an error.
        measured = intake.read_food(query, quantity, unit)
        response["amount"] = {
            "food": measured.food.name,
            "quantity": measured.quantity,
            "unit": measured.unit,
            "grams": measured.grams,
            "magnesium_mg": round(measured.mg, 2),
        }
    return lambda: response


@_translated
async def _async_add_food(intake: Intake, call: ServiceCall) -> _Respond:
    food = await intake.async_add_food(
        call.data[ATTR_NAME],
        call.data[ATTR_MAGNESIUM_MG],
        call.data[ATTR_SERVING],
        call.data.get(ATTR_GRAMS),
        call.data[ATTR_ALIASES],
        override=call.data[ATTR_OVERRIDE],
    )
    return lambda: {"food": FoodMatch(food, EXACT_SCORE).as_response()}


@_translated
async def _async_remove_food(intake: Intake, call: ServiceCall) -> _Respond:
    food = await intake.async_remove_food(call.data[ATTR_NAME])
    return lambda: {"food": FoodMatch(food, EXACT_SCORE).as_response()}


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
        (
            SERVICE_UPDATE_ENTRY,
            _async_update_entry,
            UPDATE_ENTRY_SCHEMA,
            SupportsResponse.OPTIONAL,
        ),
        (SERVICE_GET_LOG, _async_get_log, GET_LOG_SCHEMA, SupportsResponse.ONLY),
        (
            SERVICE_SEARCH_FOODS,
            _async_search_foods,
            SEARCH_FOODS_SCHEMA,
            SupportsResponse.ONLY,
        ),
    ):
        hass.services.async_register(
            DOMAIN,
            name,
            functools.partial(handler, hass),
            schema=schema,
            supports_response=supports_response,
        )
    # The custom foods are everyone's: only an administrator changes them.
    for name, handler, schema in (
        (SERVICE_ADD_FOOD, _async_add_food, ADD_FOOD_SCHEMA),
        (SERVICE_REMOVE_FOOD, _async_remove_food, REMOVE_FOOD_SCHEMA),
    ):
        service.async_register_admin_service(
            hass,
            DOMAIN,
            name,
            functools.partial(handler, hass),
            schema=schema,
            supports_response=SupportsResponse.OPTIONAL,
        )
