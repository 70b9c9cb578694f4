"""What Assist answers, in plain words.

All English answer texts live in `MESSAGES`; errors are spoken from the
translated `exceptions` messages of the integration, in the sentence's
language. Milligrams are spoken as whole numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
import math
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.translation import async_get_translations

from .const import DOMAIN
from .errors import MagnesiumError
from .sentences import QUERY_LIMIT, QUERY_REMAINING, QUERY_SUPPLEMENTS
from .speaker import Speaker
from .tracker import DayStatus

MESSAGES: Final[dict[str, str]] = {
    "logged": "Logged {what}, {mg} mg of magnesium.",
    "logged_dose": "Logged {mg} mg of {what}.",
    "removed": "Removed {what}, {mg} mg, from {whose} log.",
    "total_below": "{Whose} total today is {total} of {target} mg.",
    "total_reached": "{Whose} total today is {total} mg, which meets {whose} "
    "{target} mg target.",
    "limit_warning": "Note: today's supplements are {supplements} mg, {over} mg "
    "above {whose} {limit} mg limit.",
    "consumed": "{Subject} {have} had {total} mg of magnesium today, {food} mg from "
    "food and {supplements} mg from supplements. That is {percent} percent of "
    "{whose} {target} mg target.",
    "remaining": "{Subject} still {need} {remaining} mg of magnesium today to reach "
    "{whose} {target} mg target.",
    "remaining_reached": "{Subject} {have} reached {whose} {target} mg target "
    "today, with {total} mg.",
    "supplements": "{Subject} {have} had {supplements} mg of magnesium from "
    "supplements today. {Whose} supplement limit is {limit} mg.",
    "limit_over": "Yes. Today's supplements are {supplements} mg, {over} mg above "
    "{whose} {limit} mg limit.",
    "limit_at": "No, but today's supplements are {supplements} mg, right at {whose} "
    "limit.",
    "limit_under": "No. Today's supplements are {supplements} mg, {left} mg below "
    "{whose} {limit} mg limit. Food does not count towards it.",
    "not_handled": "Sorry, I couldn't do that.",
    "no_such_list": "Sorry, I couldn't find that list.",
}

_UNIT_WORDS: Final = {
    "g": "gram",
    "kg": "kilogram",
    "mg": "milligram",
    "oz": "ounce",
    "lb": "pound",
    "tbsp": "tablespoon",
    "tsp": "teaspoon",
    "fl oz": "fluid ounce",
    "ml": "milliliter",
    "l": "liter",
}
_SIZES: Final = frozenset({"small", "medium", "large"})
_FRACTIONS: Final = (
    (0.25, "a quarter of a"),
    (1 / 3, "a third of a"),
    (0.5, "half a"),
    (2 / 3, "two thirds of a"),
    (0.75, "three quarters of a"),
)


def message(key: str, **placeholders: str) -> str:
    """One of the answer texts, filled in."""
    return MESSAGES[key].format(**placeholders)


def spoken_mg(mg: float) -> str:
    """Milligrams as a whole number (halves round up)."""
    return str(math.floor(mg + 0.5))


def _quantity(quantity: float) -> tuple[str, bool]:
    """A quantity in words, and whether what follows is plural."""
    whole = math.floor(quantity + 1e-9)
    rest = quantity - whole
    if whole == 0:
        for value, words in _FRACTIONS:
            if abs(rest - value) < 1e-6:
                return words, False
    if abs(rest - 0.5) < 1e-6:
        return f"{whole} and a half", True
    if abs(rest) < 1e-6:
        return str(whole), whole != 1
    return f"{round(quantity, 2):g}", True


def _plural(noun: str) -> str:
    """English plural of a food name counted by the piece: "2 bananas"."""
    lowered = noun.lower()
    if lowered.endswith("s"):
        return noun
    if lowered.endswith("y") and lowered[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if lowered.endswith(("ch", "sh", "x", "z", "to")):
        return noun + "es"
    return noun + "s"


def amount_phrase(quantity: float, unit: str, food: str) -> str:
    """Describe an amount of a food: "half a cup of black beans", "2 eggs"."""
    amount, plural = _quantity(quantity)
    if unit == "piece" or unit in _SIZES:
        size = "" if unit == "piece" else f"{unit} "
        return f"{amount} {size}{_plural(food) if plural else food}"
    word = _UNIT_WORDS.get(unit, unit)
    return f"{amount} {word}{'s' if plural else ''} of {food}"


def count_phrase(count: float, word: str | None, product: str) -> str:
    """Describe units of the usual supplement: "2 capsules of Brand X"."""
    amount, plural = _quantity(count)
    if word is None:
        word = "doses" if plural else "dose"
    return f"{amount} {word} of {product}"


def _who(speaker: Speaker) -> dict[str, str]:
    """The words for the person: "you"/"your" when they are the one asking."""
    if speaker.addressed:
        words = {"subject": "you", "have": "have", "need": "need", "whose": "your"}
    else:
        name = speaker.tracker.name
        words = {"subject": name, "have": "has", "need": "needs", "whose": f"{name}'s"}
    return {
        **words,
        "Subject": words["subject"][0].upper() + words["subject"][1:],
        "Whose": words["whose"][0].upper() + words["whose"][1:],
    }


def _numbers(status: DayStatus) -> dict[str, str]:
    totals = status.totals
    return {
        "total": spoken_mg(totals.total_mg),
        "food": spoken_mg(totals.food_mg),
        "supplements": spoken_mg(totals.supplements_mg),
        "target": str(status.daily_target_mg),
        "limit": str(status.supplement_limit_mg),
        "remaining": spoken_mg(status.remaining_mg),
        "percent": spoken_mg(status.progress_pct),
        "over": spoken_mg(totals.supplements_mg - status.supplement_limit_mg),
        "left": spoken_mg(status.supplement_limit_mg - totals.supplements_mg),
    }


def _total(speaker: Speaker, status: DayStatus) -> str:
    key = "total_reached" if status.target_reached else "total_below"
    return message(key, **_who(speaker), **_numbers(status))


def _limit_warning(speaker: Speaker, status: DayStatus) -> str:
    return message("limit_warning", **_who(speaker), **_numbers(status))


def entry_phrase(entry: Mapping[str, Any]) -> str:
    """What an entry (as the actions describe it) holds, in words."""
    if entry["kind"] == "supplement":
        return str(entry["label"])
    return amount_phrase(entry["quantity"], entry["unit"], entry["label"])


def logged(
    speaker: Speaker,
    what: str,
    mg: float,
    status: DayStatus,
    *,
    supplement: bool,
    dose: bool = False,
) -> str:
    """What was logged, the day's total, and a supplement limit warning.

    `dose`: `what` is a supplement given in mg ("magnesium citrate").
    """
    key = "logged_dose" if dose else "logged"
    parts = [message(key, what=what, mg=spoken_mg(mg)), _total(speaker, status)]
    if supplement and status.supplement_limit_exceeded:
        parts.append(_limit_warning(speaker, status))
    return " ".join(parts)


def removed(speaker: Speaker, entry: Mapping[str, Any], status: DayStatus) -> str:
    """What was removed and the day's total."""
    text = message(
        "removed",
        what=entry_phrase(entry),
        mg=spoken_mg(entry["magnesium_mg"]),
        **_who(speaker),
    )
    return f"{text} {_total(speaker, status)}"


def status_answer(speaker: Speaker, query: str, status: DayStatus) -> str:
    """The answer to a question about today."""
    if query == QUERY_REMAINING:
        key = "remaining_reached" if status.target_reached else "remaining"
    elif query == QUERY_SUPPLEMENTS:
        key = "supplements"
    elif query == QUERY_LIMIT:
        left = status.supplement_limit_mg - status.totals.supplements_mg
        if status.supplement_limit_exceeded:
            key = "limit_over"
        else:
            key = "limit_at" if left < 0.5 else "limit_under"
    else:
        key = "consumed"
    return message(key, **_who(speaker), **_numbers(status))


async def async_error_text(
    hass: HomeAssistant, language: str, err: MagnesiumError | HomeAssistantError
) -> str:
    """An error's translated `exceptions` message, in `language`."""
    key: str | None = err.translation_key
    placeholders: Mapping[str, str] | None
    if isinstance(err, MagnesiumError):
        placeholders = err.placeholders
    else:
        placeholders = err.translation_placeholders
    translations = await async_get_translations(hass, language, "exceptions", {DOMAIN})
    template = translations.get(f"component.{DOMAIN}.exceptions.{key}.message")
    if template is None:
        # A key without a translation yet: its English message still helps.
        return str(err)
    return template.format(**(placeholders or {}))
