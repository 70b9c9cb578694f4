"""LLM tools: let an LLM conversation agent log, ask and correct.

Home Assistant's `llm` integration collects `async_get_tools` of every loaded
integration's `llm` platform into its Assist API, the API that LLM agents are
configured with. Our tools are named `magnesium__...` as it requires. Each is
arguments in, one call to `intake`, a dict out; errors come back as
translated text in the conversation's language.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast, override

import voluptuous as vol

from homeassistant.components.llm import LLMTools
from homeassistant.core import Context, HomeAssistant, callback
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
from .intake import Intake, intake_of
from .quantities import KNOWN_UNITS
from .supplements import SupplementForm
from .texts import async_texts
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
            data = await self._async_run(intake_of(hass), args, llm_context)
        except MagnesiumError as err:
            texts = await async_texts(hass, llm_context.language)
            return ToolResult(
                data={"error": err.translation_key, "error_text": texts.error(err)},
                error=True,
            )
        return ToolResult(data=cast("JsonObjectType", data))

    @abstractmethod
    async def _async_run(
        self, intake: Intake, args: dict[str, Any], llm_context: LLMContext
    ) -> dict[str, Any]:
        """The tool's result; raises domain errors."""


@dataclass(frozen=True, slots=True)
class _PersonCall:
    """A tool call about one person, with its validated arguments."""

    intake: Intake
    tracker: PersonTracker
    args: dict[str, Any]
    context: Context | None

    @property
    def logged_at(self) -> datetime | None:
        """When it was eaten or taken, if the call said so."""
        value = self.args.get(ATTR_LOGGED_AT)
        return None if value is None else cv.datetime(value)


class _PersonTool(_MagnesiumTool):
    """A tool about one person: the one named, or the one talking."""

    @override
    async def _async_run(
        self, intake: Intake, args: dict[str, Any], llm_context: LLMContext
    ) -> dict[str, Any]:
        context = llm_context.context
        subject = intake.subject(
            name=args.get(ATTR_PERSON), user_id=context.user_id if context else None
        )
        tracker = subject.tracker
        result = await self._async_run_for(_PersonCall(intake, tracker, args, context))
        return {ATTR_PERSON: tracker.name, **result}

    @abstractmethod
    async def _async_run_for(self, call: _PersonCall) -> dict[str, Any]:
        """The tool's result for the person of `tracker`."""


class LogFoodTool(_PersonTool):
    """Log one food."""

    name = f"{DOMAIN}__log_food"
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
                    description="How many units; fractions allowed (0.5). Default 1.",
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

    @override
    async def _async_run_for(self, call: _PersonCall) -> dict[str, Any]:
        result = await call.intake.async_log_food(
            call.tracker,
            food=call.args[ATTR_FOOD],
            quantity=call.args.get(ATTR_QUANTITY),
            unit=call.args.get(ATTR_UNIT),
            magnesium_mg=call.args.get(ATTR_MAGNESIUM_MG),
            logged_at=call.logged_at,
            context=call.context,
        )
        return result.as_response()


class LogSupplementTool(_PersonTool):
    """Log one supplement dose."""

    name = f"{DOMAIN}__log_supplement"
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
    async def _async_run_for(self, call: _PersonCall) -> dict[str, Any]:
        form = call.args.get(ATTR_FORM)
        result = call.intake.log_supplement(
            call.tracker,
            magnesium_mg=call.args.get(ATTR_MAGNESIUM_MG),
            compound_mg=call.args.get(ATTR_COMPOUND_MG),
            form=SupplementForm(form) if form else None,
            name=call.args.get(ATTR_NAME),
            count=call.args.get(ATTR_COUNT),
            logged_at=call.logged_at,
            context=call.context,
        )
        return result.as_response()


class StatusTool(_PersonTool):
    """Totals and entries of a day or a range of days."""

    name = f"{DOMAIN}__status"
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

    @override
    async def _async_run_for(self, call: _PersonCall) -> dict[str, Any]:
        start, end = (call.args.get(key) for key in (ATTR_START_DATE, ATTR_END_DATE))
        report = call.intake.log_report(
            call.tracker,
            None if start is None else cv.date(start),
            None if end is None else cv.date(end),
        )
        return report.as_response()


class UndoTool(_PersonTool):
    """Remove an entry."""

    name = f"{DOMAIN}__undo"
    title = "Remove magnesium entry"
    description = (
        "Deletes an entry from a person's log: the one with entry_id (from "
        "magnesium__status), else today's latest entry of the food named, else "
        "the most recently logged entry. Returns the removed entry."
    )
    annotations = ToolAnnotations(destructive=True, open_world=False)

    def __init__(self, names: list[str]) -> None:
        """Offer the tracked people by name."""
        self.parameters = vol.Schema(
            {
                vol.Optional(
                    ATTR_ENTRY_ID, description="The entry's id, if known."
                ): cv.string,
                vol.Optional(
                    ATTR_FOOD,
                    description="Without an id: remove today's latest entry of "
                    "this food or supplement, for example 'almonds'.",
                ): cv.string,
                **_person(names),
            }
        )

    @override
    async def _async_run_for(self, call: _PersonCall) -> dict[str, Any]:
        result = call.intake.remove(
            call.tracker,
            entry_id=call.args.get(ATTR_ENTRY_ID),
            item=call.args.get(ATTR_FOOD),
            context=call.context,
        )
        return result.as_response()


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
        self, intake: Intake, args: dict[str, Any], llm_context: LLMContext
    ) -> dict[str, Any]:
        matches = intake.search(args[ATTR_QUERY], args[ATTR_LIMIT])
        return {"foods": [match.as_response() for match in matches]}


@callback
def async_get_tools(
    hass: HomeAssistant, llm_context: LLMContext, api_id: str
) -> LLMTools | None:
    """Our tools for the Assist API, while someone is tracked."""
    if api_id != LLM_API_ASSIST or not (trackers := intake_of(hass).trackers()):
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
