"""Intent handlers: log food and supplements, ask about the day, correct.

Home Assistant's intent integration loads this platform and calls
`async_setup_intents`. The handlers serve the English sentences (see `voice`)
and any language's `custom_sentences/<lang>/*.yaml` alike: slots in, one call
to `intake`, an answer from the translations of the sentence's language out.
Errors are answered as errors, with their translated message.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import voluptuous as vol

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from .answers import (
    last_entry_answer,
    logged_foods,
    logged_supplement,
    removed,
    status_answer,
)
from .errors import MagnesiumError
from .intake import Intake, Subject, intake_of
from .languages import to_english
from .ledger import EntryKind
from .sentences import (
    INTENT_LOG_FOOD,
    INTENT_LOG_SUPPLEMENT,
    INTENT_STATUS,
    INTENT_UNDO,
    KIND_FOOD,
    KIND_SUPPLEMENT,
    QUERIES,
    QUERY_CONSUMED,
    QUERY_LAST,
)
from .supplements import Dose, parse_supplement
from .texts import Texts, async_texts

# Free-text slots that a custom sentence may leave ending in "for Alice".
_TEXT_SLOTS = ("food", "supplement", "dose", "form", "item")
# The slots that say a food or a supplement, in the sentence's language.
_FOOD_SLOTS = frozenset(_TEXT_SLOTS)
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


@dataclass(frozen=True, slots=True)
class _Asked:
    """An intent to answer: its slot values, for whom, in which language."""

    intake: Intake
    intent: intent.Intent
    texts: Texts
    subject: Subject
    values: Mapping[str, str]


class _MagnesiumIntentHandler(intent.IntentHandler):
    """Find the person, answer in words; speak errors instead of raising."""

    answer_type = intent.IntentResponseType.ACTION_DONE

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Answer the intent."""
        slots = self.async_validate_slots(intent_obj.slots)
        values = {name: str(slot["value"]).strip() for name, slot in slots.items()}
        for name in _FOOD_SLOTS & values.keys():
            # The food table speaks English: "eine Banane" is "a banana".
            values[name] = to_english(values[name], intent_obj.language)
        texts = await async_texts(intent_obj.hass, intent_obj.language)
        response = intent_obj.create_response()
        intake = intake_of(intent_obj.hass)
        try:
            if "person" not in values:
                _split_person(intake, values)
            subject = intake.subject(
                name=values.get("person"), user_id=intent_obj.context.user_id
            )
            text = self._answer(_Asked(intake, intent_obj, texts, subject, values))
        except MagnesiumError as err:
            response.async_set_error(
                intent.IntentResponseErrorCode.FAILED_TO_HANDLE, texts.error(err)
            )
            return response
        response.response_type = self.answer_type
        response.async_set_speech(text)
        return response

    @abstractmethod
    def _answer(self, asked: _Asked) -> str:
        """Do what the intent asks; the answer in words. Raises domain errors."""


def _split_person(intake: Intake, values: dict[str, str]) -> None:
    """Move a trailing "for <person>" of a free-text slot into `person`."""
    for slot in _TEXT_SLOTS:
        if slot in values:
            text, person = intake.split_person(values[slot])
            if person is not None:
                values[slot], values["person"] = text, person
                return


class LogFoodIntentHandler(_MagnesiumIntentHandler):
    """Log the foods of a phrase: "I ate an ounce of almonds"."""

    intent_type = INTENT_LOG_FOOD
    description = "Logs the foods a person ate or drank, with their magnesium"

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """Food phrase with its amount, and whose it is."""
        return {vol.Required("food"): _TEXT, vol.Optional("person"): _TEXT}

    def _answer(self, asked: _Asked) -> str:
        meal = asked.intake.log_meal(
            asked.subject.tracker, asked.values["food"], asked.intent.context
        )
        return logged_foods(asked.texts, asked.subject, meal.results, meal.status)


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

    def _answer(self, asked: _Asked) -> str:
        values, tracker = asked.values, asked.subject.tracker
        spoken = parse_supplement(
            values.get("supplement"), values.get("dose"), values.get("form")
        )
        dose = spoken.dose
        if "mg" in values:
            dose = Dose(float(values["mg"]), in_mg=True)
        elif "count" in values:
            dose = Dose(float(values["count"]))
        # "I took my magnesium": one unit of the usual supplement.
        dose = dose or Dose(1.0)
        context = asked.intent.context
        if dose.in_mg:
            result = asked.intake.log_supplement(
                tracker, magnesium_mg=dose.amount, form=spoken.form, context=context
            )
            counted = ""
        else:
            result = asked.intake.log_supplement(
                tracker, count=dose.amount, form=spoken.form, context=context
            )
            counted = asked.texts.amount(
                dose.amount, dose.word or "dose", result.entry.label
            )
        return logged_supplement(
            asked.texts, asked.subject, result.entry, result.status, counted
        )


class StatusIntentHandler(_MagnesiumIntentHandler):
    """Answer questions such as "how much magnesium have I had today"."""

    intent_type = INTENT_STATUS
    description = (
        "Tells a person's magnesium intake, target and limit of today,"
        " or their last entry"
    )
    answer_type = intent.IntentResponseType.QUERY_ANSWER

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """Which question, and whose."""
        return {vol.Optional("query"): vol.In(QUERIES), vol.Optional("person"): _TEXT}

    def _answer(self, asked: _Asked) -> str:
        query = asked.values.get("query", QUERY_CONSUMED)
        if query == QUERY_LAST:
            last = asked.subject.tracker.ledger.last()
            return last_entry_answer(asked.texts, asked.subject, last)
        return status_answer(
            asked.texts, asked.subject, query, asked.subject.tracker.status
        )


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

    def _answer(self, asked: _Asked) -> str:
        kind = asked.values.get("kind")
        result = asked.intake.remove(
            asked.subject.tracker,
            item=asked.values.get("item"),
            kind=EntryKind(kind) if kind else None,
            context=asked.intent.context,
        )
        return removed(asked.texts, asked.subject, result.entry, result.status)
