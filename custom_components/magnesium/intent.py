"""Intent handlers: log food and supplements, ask about the day, correct.

Home Assistant's intent integration loads this platform and calls
`async_setup_intents`. The handlers serve the English sentences (see `voice`)
and any language's `custom_sentences/<lang>/*.yaml` alike. They log through
the integration's actions, so validation, events and errors are the same as
for automations; errors are answered with their translated message.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping
from typing import Any, cast

import voluptuous as vol

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import intent

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_ENTRY_ID,
    ATTR_FOOD,
    ATTR_FORM,
    ATTR_MAGNESIUM_MG,
    ATTR_NAME,
    ATTR_QUANTITY,
    ATTR_UNIT,
    CONF_SUPPLEMENT_FORM,
    CONF_SUPPLEMENT_PRODUCT,
    CONF_SUPPLEMENT_UNIT_MG,
    DOMAIN,
)
from .errors import MagnesiumError
from .foods import FoodTable
from .household import household
from .ledger import Entry, EntryKind
from .parsing import Dose, find_entry, meal_splits, parse_supplement, split_person
from .quantities import FoodPhrase, parse_food_phrase
from .sentences import (
    INTENT_LOG_FOOD,
    INTENT_LOG_SUPPLEMENT,
    INTENT_STATUS,
    INTENT_UNDO,
    KIND_FOOD,
    KIND_SUPPLEMENT,
    QUERIES,
    QUERY_CONSUMED,
)
from .services import SERVICE_LOG_FOOD, SERVICE_LOG_SUPPLEMENT, SERVICE_REMOVE_ENTRY
from .speaker import Speaker, resolve_speaker, tracker_for_name
from .speech import (
    async_error_text,
    count_phrase,
    entry_phrase,
    logged,
    removed,
    status_answer,
)
from .supplements import SupplementForm
from .tracker import PersonTracker

# Free-text slots that a custom sentence may leave ending in "for Alice".
_TEXT_SLOTS = ("food", "supplement", "dose", "form", "item")
_TEXT = intent.non_empty_string


async def async_setup_intents(hass: HomeAssistant) -> None:
    """Register the intent handlers (called by the intent integration)."""
    for handler in (
        LogFoodIntentHandler(),
        LogSupplementIntentHandler(),
        StatusIntentHandler(),
        UndoIntentHandler(),
    ):
        intent.async_register(hass, handler)


async def async_call_action(
    hass: HomeAssistant, service: str, data: dict[str, Any], context: Context | None
) -> dict[str, Any]:
    """Run one of our actions and return its response."""
    response = await hass.services.async_call(
        DOMAIN, service, data, blocking=True, context=context, return_response=True
    )
    return cast("dict[str, Any]", response)


def usual_supplement_dose(
    tracker: PersonTracker, count: float, form: SupplementForm | None
) -> dict[str, Any]:
    """`log_supplement` data for `count` units of the person's usual supplement.

    Raises `supplement_amount_needed` when none is set up, or when the
    sentence named a different form than the usual product's.
    """
    usual = tracker.usual_supplement()
    product = usual.get(CONF_SUPPLEMENT_PRODUCT)
    unit_mg = usual.get(CONF_SUPPLEMENT_UNIT_MG)
    usual_form = usual.get(CONF_SUPPLEMENT_FORM)
    if not product or not unit_mg or (form and usual_form and form != usual_form):
        raise MagnesiumError(
            "supplement_amount_needed",
            "How much magnesium was in it? Say the amount in milligrams, for "
            "example “200 milligrams of magnesium”. With a usual supplement set "
            f"in the options of {tracker.name}, “two capsules” works too.",
            name=tracker.name,
        )
    data: dict[str, Any] = {
        ATTR_MAGNESIUM_MG: count * float(unit_mg),
        ATTR_NAME: str(product),
    }
    if usual_form or form:
        data[ATTR_FORM] = str(usual_form or form)
    return data


def todays_entry(
    hass: HomeAssistant, tracker: PersonTracker, item: str | None, kind: str | None
) -> Entry:
    """Today's latest entry of a food (or kind); raises `no_matching_entry`."""
    try:
        food_name = household(hass).foods.resolve(item).food.name if item else None
    except MagnesiumError:
        # A food the table does not know still matches the words of a label.
        food_name = None
    found = find_entry(
        tracker.ledger.entries_on(tracker.today),
        item=item,
        kind=EntryKind(kind) if kind else None,
        food_name=food_name,
    )
    if found is None:
        what = item or str(kind)
        raise MagnesiumError(
            "no_matching_entry",
            f"Nothing in the log of {tracker.name} today matches “{what}”.",
            item=what,
            name=tracker.name,
        )
    return found


class _MagnesiumIntentHandler(intent.IntentHandler):
    """Find the person, answer in words; speak errors instead of raising."""

    answer_type = intent.IntentResponseType.ACTION_DONE

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Answer the intent."""
        hass = intent_obj.hass
        slots = self.async_validate_slots(intent_obj.slots)
        values = {name: str(slot["value"]).strip() for name, slot in slots.items()}
        response = intent_obj.create_response()
        try:
            if "person" not in values:
                self._split_person(hass, values)
            speaker = resolve_speaker(
                hass, values.get("person"), intent_obj.context.user_id
            )
            text = await self._async_answer(intent_obj, speaker, values)
        except (MagnesiumError, ServiceValidationError) as err:
            text = await async_error_text(hass, intent_obj.language, err)
            response.async_set_error(
                intent.IntentResponseErrorCode.FAILED_TO_HANDLE, text
            )
            return response
        response.response_type = self.answer_type
        response.async_set_speech(text)
        return response

    @staticmethod
    def _split_person(hass: HomeAssistant, values: dict[str, str]) -> None:
        def is_known(name: str) -> bool:
            return tracker_for_name(hass, name) is not None

        for slot in _TEXT_SLOTS:
            if slot in values:
                text, person = split_person(values[slot], is_known)
                if person is not None:
                    values[slot], values["person"] = text, person
                    return

    @abstractmethod
    async def _async_answer(
        self, intent_obj: intent.Intent, speaker: Speaker, values: Mapping[str, str]
    ) -> str:
        """The answer in words; raises domain errors."""


class LogFoodIntentHandler(_MagnesiumIntentHandler):
    """Log a food from the food table: "I ate an ounce of almonds"."""

    intent_type = INTENT_LOG_FOOD
    description = "Logs a food that a person ate or drank, with its magnesium"

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """Food phrase with its amount, and whose it is."""
        return {
            vol.Required("food"): intent.non_empty_string,
            vol.Optional("person"): _TEXT,
        }

    async def _async_answer(
        self, intent_obj: intent.Intent, speaker: Speaker, values: Mapping[str, str]
    ) -> str:
        logged_entries = []
        for phrase in _meal(household(intent_obj.hass).foods, values["food"]):
            data: dict[str, Any] = {
                ATTR_CONFIG_ENTRY_ID: speaker.tracker.entry.entry_id,
                ATTR_FOOD: phrase.food,
                ATTR_QUANTITY: phrase.quantity,
            }
            if phrase.unit is not None:
                data[ATTR_UNIT] = phrase.unit
            response = await async_call_action(
                intent_obj.hass, SERVICE_LOG_FOOD, data, intent_obj.context
            )
            logged_entries.append(response["entry"])
        return logged(
            speaker,
            " and ".join(entry_phrase(entry) for entry in logged_entries),
            sum(entry["magnesium_mg"] for entry in logged_entries),
            speaker.tracker.status,
            supplement=False,
        )


def _match_score(foods: FoodTable, phrase: FoodPhrase) -> float:
    """How well the food table knows a phrase's food, 0 when it does not."""
    try:
        return foods.measure(phrase.food, phrase.quantity, phrase.unit).score
    except MagnesiumError:
        return 0.0


def _meal(foods: FoodTable, text: str) -> list[FoodPhrase]:
    """The foods of a phrase: the reading whose worst food matches best.

    "a spinach salad with almonds" is two foods; "a baked potato with skin"
    stays one, because "skin" alone matches worse than the whole phrase. With
    no better reading the whole phrase is logged, so its error is the answer.
    """
    best: list[FoodPhrase] | None = None
    best_score = -1.0
    for groups in meal_splits(text):
        try:
            phrases = [parse_food_phrase(group) for group in groups]
        except MagnesiumError:
            continue
        score = min(_match_score(foods, phrase) for phrase in phrases)
        if score > best_score:
            best, best_score = phrases, score
    return best if best is not None else [parse_food_phrase(text)]


class LogSupplementIntentHandler(_MagnesiumIntentHandler):
    """Log a supplement; spoken mg are elemental ("I took 400 mg ...")."""

    intent_type = INTENT_LOG_SUPPLEMENT
    description = "Logs a magnesium supplement that a person took"

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """A supplement phrase, or its dose and form; whose it is.

        `mg` and `count` are numbers, for custom sentences whose language
        names units with literal words ("{mg} Milligramm").
        """
        return {
            **{
                vol.Optional(slot): _TEXT
                for slot in ("supplement", "dose", "form", "person")
            },
            vol.Optional("mg"): vol.Coerce(float),
            vol.Optional("count"): vol.Coerce(float),
        }

    async def _async_answer(
        self, intent_obj: intent.Intent, speaker: Speaker, values: Mapping[str, str]
    ) -> str:
        request = parse_supplement(
            values.get("supplement"), values.get("dose"), values.get("form")
        )
        dose = request.dose
        if "mg" in values:
            dose = Dose(float(values["mg"]), in_mg=True)
        elif "count" in values:
            dose = Dose(float(values["count"]))
        # "I took my magnesium": one unit of the usual supplement.
        dose = dose or Dose(1.0)
        data: dict[str, Any] = {ATTR_CONFIG_ENTRY_ID: speaker.tracker.entry.entry_id}
        if dose.in_mg:
            data[ATTR_MAGNESIUM_MG] = dose.amount
            what = "magnesium"
            if request.form is not None:
                data[ATTR_FORM] = request.form.value
                what = f"magnesium {request.form}"
        else:
            data |= usual_supplement_dose(speaker.tracker, dose.amount, request.form)
            what = count_phrase(dose.amount, dose.word, data[ATTR_NAME])
        response = await async_call_action(
            intent_obj.hass, SERVICE_LOG_SUPPLEMENT, data, intent_obj.context
        )
        return logged(
            speaker,
            what,
            response["entry"]["magnesium_mg"],
            speaker.tracker.status,
            supplement=True,
            dose=dose.in_mg,
        )


class StatusIntentHandler(_MagnesiumIntentHandler):
    """Answer questions such as "how much magnesium have I had today"."""

    intent_type = INTENT_STATUS
    description = "Tells a person's magnesium intake, target and limit of today"
    answer_type = intent.IntentResponseType.QUERY_ANSWER

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """Which question, and whose."""
        return {vol.Optional("query"): vol.In(QUERIES), vol.Optional("person"): _TEXT}

    async def _async_answer(
        self, intent_obj: intent.Intent, speaker: Speaker, values: Mapping[str, str]
    ) -> str:
        query = values.get("query", QUERY_CONSUMED)
        return status_answer(speaker, query, speaker.tracker.status)


class UndoIntentHandler(_MagnesiumIntentHandler):
    """Remove the last entry, or today's latest of a food ("remove the almonds")."""

    intent_type = INTENT_UNDO
    description = "Removes a person's last entry, or today's latest of a food"

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """The food to remove (default: the last entry), or its kind; whose."""
        return {
            vol.Optional("item"): _TEXT,
            vol.Optional("kind"): vol.In([KIND_FOOD, KIND_SUPPLEMENT]),
            vol.Optional("person"): _TEXT,
        }

    async def _async_answer(
        self, intent_obj: intent.Intent, speaker: Speaker, values: Mapping[str, str]
    ) -> str:
        tracker = speaker.tracker
        data: dict[str, Any] = {ATTR_CONFIG_ENTRY_ID: tracker.entry.entry_id}
        item, kind = values.get("item"), values.get("kind")
        if item or kind:
            data[ATTR_ENTRY_ID] = todays_entry(intent_obj.hass, tracker, item, kind).id
        response = await async_call_action(
            intent_obj.hass, SERVICE_REMOVE_ENTRY, data, intent_obj.context
        )
        return removed(speaker, response["entry"], tracker.status)
