"""LLM tools: let an LLM conversation agent log, ask and correct.

Home Assistant's `llm` integration collects `async_get_tools` of every loaded
integration's `llm` platform into its Assist API, the API that LLM agents are
configured with. Our tools are named `magnesium__...` as it requires. They
work through the integration's actions, like the intent handlers, and return
the actions' responses; errors come back as translated text.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, cast, override

import voluptuous as vol

from homeassistant.components.llm import LLMTools
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.llm import (
    LLM_API_ASSIST,
    LLMContext,
    Tool,
    ToolAnnotations,
    ToolInput,
    ToolResult,
)
from homeassistant.helpers.selector import DateSelector, DateTimeSelector
from homeassistant.util.json import JsonObjectType

from .const import (
    ATTR_COMPOUND_MG,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_END_DATE,
    ATTR_ENTRY_ID,
    ATTR_FOOD,
    ATTR_FORM,
    ATTR_LIMIT,
    ATTR_LOGGED_AT,
    ATTR_MAGNESIUM_MG,
    ATTR_NAME,
    ATTR_QUANTITY,
    ATTR_QUERY,
    ATTR_START_DATE,
    ATTR_UNIT,
    DOMAIN,
)
from .errors import MagnesiumError
from .household import household
from .intent import async_call_action, todays_entry, usual_supplement_dose
from .quantities import KNOWN_UNITS
from .services import (
    SERVICE_GET_LOG,
    SERVICE_LOG_FOOD,
    SERVICE_LOG_SUPPLEMENT,
    SERVICE_REMOVE_ENTRY,
    loaded_trackers,
)
from .speaker import resolve_speaker
from .speech import async_error_text
from .supplements import SupplementForm
from .tracker import PersonTracker

ATTR_PERSON = "person"
ATTR_COUNT = "count"

PROMPT = (
    "Magnesium tracking for {people}. Log each food or drink with "
    "magnesium__log_food, one call per food: a meal of several foods is several "
    "calls. Log supplements with magnesium__log_supplement; amounts people say or "
    "read on a Supplement Facts label are elemental magnesium. Answer questions "
    "about a day or a range of days, such as this week, with magnesium__status. "
    "Tell what was logged and the day's total. When supplements pass the daily "
    "limit, say by how much, and give no dosage advice beyond that."
)

_POSITIVE = vol.All(vol.Coerce(float), vol.Range(min=0, min_included=False))
_WRITES = ToolAnnotations(destructive=False, open_world=False)
_READS = ToolAnnotations(
    read_only=True, destructive=False, idempotent=True, open_world=False
)


def _person(names: list[str]) -> dict[vol.Marker, Any]:
    return {
        vol.Optional(
            ATTR_PERSON,
            description="Whose log, by name. Leave out for the person talking, or "
            "when only one person is tracked.",
        ): vol.In(names)
    }


_LOGGED_AT = {
    vol.Optional(
        ATTR_LOGGED_AT,
        description="When it was eaten or taken, if not now. Never in the future.",
    ): DateTimeSelector()
}


class _MagnesiumTool(Tool):
    """Validate the arguments and report errors as translated text."""

    integration = DOMAIN

    @override
    async def async_call(
        self, hass: HomeAssistant, tool_input: ToolInput, llm_context: LLMContext
    ) -> ToolResult:
        args: dict[str, Any] = self.parameters(tool_input.tool_args)
        try:
            data = await self._async_run(hass, args, llm_context)
        except (MagnesiumError, ServiceValidationError) as err:
            language = llm_context.language or hass.config.language
            return ToolResult(
                data={
                    "error": str(err.translation_key),
                    "error_text": await async_error_text(hass, language, err),
                },
                error=True,
            )
        return ToolResult(data=cast("JsonObjectType", data))

    @abstractmethod
    async def _async_run(
        self, hass: HomeAssistant, args: dict[str, Any], llm_context: LLMContext
    ) -> dict[str, Any]:
        """The tool's result; raises domain or action errors."""


class _PersonActionTool(_MagnesiumTool):
    """Run one of our actions for the person named, or the one talking."""

    service: str

    @override
    async def _async_run(
        self, hass: HomeAssistant, args: dict[str, Any], llm_context: LLMContext
    ) -> dict[str, Any]:
        context = llm_context.context
        speaker = resolve_speaker(
            hass, args.pop(ATTR_PERSON, None), context.user_id if context else None
        )
        tracker = speaker.tracker
        data = {
            ATTR_CONFIG_ENTRY_ID: tracker.entry.entry_id,
            **self._action_data(hass, tracker, args),
        }
        response = await async_call_action(hass, self.service, data, context)
        return {ATTR_PERSON: tracker.name, **response}

    def _action_data(
        self, hass: HomeAssistant, tracker: PersonTracker, args: dict[str, Any]
    ) -> dict[str, Any]:
        """The action's data from the tool's arguments."""
        return args


class LogFoodTool(_PersonActionTool):
    """Log one food."""

    name = f"{DOMAIN}__log_food"
    service = SERVICE_LOG_FOOD
    title = "Log food"
    description = (
        "Log one food or drink a person had; its magnesium comes from the food "
        "table. Call once per food: 'a spinach salad with almonds' is two calls. "
        "Returns the entry and the day's totals against the daily target."
    )
    annotations = _WRITES

    def __init__(self, names: list[str]) -> None:
        """Offer the tracked people by name."""
        self.parameters = vol.Schema(
            {
                vol.Required(
                    ATTR_FOOD,
                    description="The food's name only, without the amount, "
                    "for example 'almonds', 'black beans', 'banana', 'milk'.",
                ): cv.string,
                vol.Optional(
                    ATTR_QUANTITY,
                    default=1.0,
                    description="How many units; fractions allowed (0.5).",
                ): _POSITIVE,
                vol.Optional(
                    ATTR_UNIT,
                    description="Unit of the quantity. A glass or mug is a cup. "
                    "Leave out to count pieces (3 eggs) or standard servings.",
                ): vol.In(list(KNOWN_UNITS)),
                vol.Optional(
                    ATTR_MAGNESIUM_MG,
                    description="Magnesium in mg of the whole amount, only when "
                    "known from a label; the food is then just a label.",
                ): _POSITIVE,
                **_person(names),
                **_LOGGED_AT,
            }
        )


class LogSupplementTool(_PersonActionTool):
    """Log one supplement dose."""

    name = f"{DOMAIN}__log_supplement"
    service = SERVICE_LOG_SUPPLEMENT
    title = "Log supplement"
    description = (
        "Log a magnesium supplement a person took. Give magnesium_mg (elemental "
        "magnesium, as said or printed on the label), or count for units of the "
        "person's usual supplement. Returns the entry, the day's supplement "
        "total and whether it is above the supplement limit."
    )
    annotations = _WRITES

    def __init__(self, names: list[str]) -> None:
        """Offer the tracked people by name."""
        self.parameters = vol.Schema(
            {
                vol.Optional(
                    ATTR_MAGNESIUM_MG,
                    description="Elemental magnesium of the dose in mg.",
                ): _POSITIVE,
                vol.Optional(
                    ATTR_COMPOUND_MG,
                    description="Only when the weight of the whole compound is "
                    "given (1000 mg of magnesium citrate): converted with the form.",
                ): _POSITIVE,
                vol.Optional(
                    ATTR_COUNT,
                    description="Number of capsules or tablets of the person's "
                    "usual supplement, instead of an amount in mg.",
                ): _POSITIVE,
                vol.Optional(
                    ATTR_FORM, description="The magnesium compound, if named."
                ): vol.In([form.value for form in SupplementForm]),
                vol.Optional(
                    ATTR_NAME, description="The product's name, if named."
                ): cv.string,
                **_person(names),
                **_LOGGED_AT,
            }
        )

    @override
    def _action_data(
        self, hass: HomeAssistant, tracker: PersonTracker, args: dict[str, Any]
    ) -> dict[str, Any]:
        if (count := args.pop(ATTR_COUNT, None)) is not None:
            form = args.get(ATTR_FORM)
            args |= usual_supplement_dose(
                tracker, count, SupplementForm(form) if form else None
            )
        return args


class StatusTool(_PersonActionTool):
    """Totals and entries of a day or a range of days."""

    name = f"{DOMAIN}__status"
    service = SERVICE_GET_LOG
    title = "Magnesium status"
    description = (
        "Read a person's magnesium per day: total, from food, from supplements, "
        "daily target, what remains, supplement limit and whether it was "
        "exceeded, and every entry with its id. One day (default today) or a "
        "range of up to 366 days, for example this week."
    )
    annotations = _READS

    def __init__(self, names: list[str]) -> None:
        """Offer the tracked people by name."""
        self.parameters = vol.Schema(
            {
                vol.Optional(
                    ATTR_START_DATE,
                    description="First day; default: the end date.",
                ): DateSelector(),
                vol.Optional(
                    ATTR_END_DATE, description="Last day; default: today."
                ): DateSelector(),
                **_person(names),
            }
        )


class UndoTool(_PersonActionTool):
    """Remove an entry."""

    name = f"{DOMAIN}__undo"
    service = SERVICE_REMOVE_ENTRY
    title = "Remove magnesium entry"
    description = (
        "Remove an entry from a person's log: by its id (from magnesium__status), "
        "today's latest entry of a food, or else the most recently logged entry."
    )
    annotations = ToolAnnotations(open_world=False)

    def __init__(self, names: list[str]) -> None:
        """Offer the tracked people by name."""
        self.parameters = vol.Schema(
            {
                vol.Exclusive(
                    ATTR_ENTRY_ID, "which", description="The entry's id."
                ): cv.string,
                vol.Exclusive(
                    ATTR_FOOD,
                    "which",
                    description="Remove today's latest entry of this food or "
                    "supplement, for example 'almonds'.",
                ): cv.string,
                **_person(names),
            }
        )

    @override
    def _action_data(
        self, hass: HomeAssistant, tracker: PersonTracker, args: dict[str, Any]
    ) -> dict[str, Any]:
        if (food := args.pop(ATTR_FOOD, None)) is not None:
            args[ATTR_ENTRY_ID] = todays_entry(hass, tracker, food, None).id
        return args


class SearchFoodsTool(_MagnesiumTool):
    """Find foods in the food table."""

    name = f"{DOMAIN}__search_foods"
    title = "Search foods"
    description = (
        "Search the food table by name: each match with its magnesium per serving "
        "and per 100 g, and the units it can be logged in. Use it when unsure "
        "which food is meant, or to answer how much magnesium a food has."
    )
    annotations = _READS
    parameters = vol.Schema(
        {
            vol.Required(ATTR_QUERY, description="A food name or part of it."): (
                cv.string
            ),
            vol.Optional(ATTR_LIMIT, default=5, description="At most this many."): (
                vol.All(vol.Coerce(int), vol.Range(min=1, max=20))
            ),
        }
    )

    @override
    async def _async_run(
        self, hass: HomeAssistant, args: dict[str, Any], llm_context: LLMContext
    ) -> dict[str, Any]:
        matches = household(hass).foods.search(args[ATTR_QUERY], args[ATTR_LIMIT])
        return {
            "foods": [
                {
                    "name": match.food.name,
                    "serving": match.food.serving,
                    "serving_mg": round(match.food.serving_mg, 1),
                    "mg_per_100g": match.food.mg_per_100g,
                    "units": match.food.accepted_units(),
                    "match_score": match.score,
                }
                for match in matches
            ]
        }


@callback
def async_get_tools(
    hass: HomeAssistant, llm_context: LLMContext, api_id: str
) -> LLMTools | None:
    """Our tools for the Assist API, while someone is tracked."""
    if api_id != LLM_API_ASSIST or not (trackers := loaded_trackers(hass)):
        return None
    names = sorted(tracker.name for tracker in trackers)
    return LLMTools(
        tools=[
            LogFoodTool(names),
            LogSupplementTool(names),
            StatusTool(names),
            UndoTool(names),
            SearchFoodsTool(),
        ],
        prompt=PROMPT.format(people=", ".join(names)),
    )
