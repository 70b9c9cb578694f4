"""Household units and amounts in digits, fractions and words.

Pure Python (no Home Assistant imports): reads "one and a half", "½", "2 1/2",
"a dozen" into a number and "Tablespoons" or "glass" into a canonical unit.
Converting a unit into grams needs the food, see `foods`; reading a whole
phrase such as "half a cup of black beans" is `phrases`.
"""

from __future__ import annotations

import math
import re
from typing import Final

from .errors import MagnesiumError
from .words import ARTICLES, clip, positive_number, tokens

GRAMS_PER_OZ = 28.349523125
GRAMS_PER_LB = 453.59237
ML_PER_CUP = 236.5882365  # US customary cup
MAX_QUANTITY = 10_000.0
MAX_TEXT_LENGTH = 300

# Canonical unit -> grams per unit.
MASS_UNITS: dict[str, float] = {
    "g": 1.0,
    "kg": 1000.0,
    "mg": 0.001,
    "oz": GRAMS_PER_OZ,
    "lb": GRAMS_PER_LB,
}
# Canonical unit -> cups per unit; grams need the food's own cup weight.
VOLUME_UNITS: dict[str, float] = {
    "cup": 1.0,
    "tbsp": 1 / 16,
    "tsp": 1 / 48,
    "fl oz": 1 / 8,
    "ml": 1 / ML_PER_CUP,
    "l": 1000 / ML_PER_CUP,
    "pint": 2.0,  # US pint, 473 ml
}
# Vessels: a food's own portion when USDA gives one ("1 can" of beer, a
# 5 fl oz glass of wine), else this many cups of the food.
VESSEL_UNITS: dict[str, float] = {
    "glass": 1.0,
    "mug": 1.25,  # 10 fl oz
    "bowl": 1.0,
    "bottle": 1.5,  # 12 fl oz
    "can": 1.5,  # 12 fl oz
    "shot": 0.1875,  # 1.5 fl oz
    "scoop": 0.5,
}
# A handful of anything without a USDA handful is 1 oz, the nut convention.
HANDFUL_GRAMS = GRAMS_PER_OZ
# Size words: a food's own size portions, or else one piece of it.
SIZE_UNITS: tuple[str, ...] = ("small", "medium", "large")
# Units whose weight only the food itself can define (USDA portions).
FOOD_UNITS: tuple[str, ...] = (
    "piece",
    "small",
    "medium",
    "large",
    "slice",
    "handful",
    "packet",
    "biscuit",
    "container",
    "bar",
    "square",
    "stalk",
    "bag",
)
SERVING = "serving"
KNOWN_UNITS: tuple[str, ...] = (
    *MASS_UNITS,
    *VOLUME_UNITS,
    *VESSEL_UNITS,
    *FOOD_UNITS,
    SERVING,
)

_UNIT_ALIASES: dict[str, str] = {}


# "a couple of almonds", "a few walnuts": counts said without a number.
_SMALL_COUNTS: Final = {"couple": 2.0, "pair": 2.0, "few": 3.0}


def _alias(unit: str, *names: str) -> None:
    for name in (unit, *names):
        _UNIT_ALIASES[name] = unit


_alias("g", "gram", "grams", "gr", "grs", "gm", "gms", "gramme", "grammes")
_alias("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme")
_alias("mg", "milligram", "milligrams")
_alias("oz", "ozs", "ounce", "ounces")
_alias("lb", "lbs", "pound", "pounds")
_alias("cup", "cups")
_alias("glass", "glasses")
_alias("mug", "mugs")
_alias("bowl", "bowls", "bowlful", "bowlfuls")
_alias("bottle", "bottles")
_alias("shot", "shots")
_alias("scoop", "scoops")
_alias("pint", "pints", "pt")
_alias("tbsp", "tbsps", "tbs", "tbl", "tbls", "tablespoon", "tablespoons")
_alias("tsp", "tsps", "teaspoon", "teaspoons")
_alias("fl oz", "floz", "fluid ounce", "fluid ounces", "fl ounce", "fl ounces")
_alias("ml", "mls", "milliliter", "milliliters", "millilitre", "millilitres", "cc")
_alias("l", "liter", "liters", "litre", "litres", "ltr")
_alias("piece", "pieces", "pc", "pcs", "item", "items", "ear", "ears")
_alias("small", "smalls")
_alias("medium", "mediums")
_alias("large", "larges")
_alias("slice", "slices")
_alias("handful", "handfuls")
_alias("can", "cans", "tin", "tins")
_alias("packet", "packets", "pack", "packs", "sachet", "sachets", "envelope")
_alias("biscuit", "biscuits")
_alias("container", "containers", "carton", "cartons", "pot", "pots", "tub", "tubs")
_alias("bar", "bars")
_alias("square", "squares")
_alias("stalk", "stalks", "stick", "sticks")
_alias("bag", "bags", "pouch", "pouches")
# A plate of something is one serving of it.
_alias(
    "serving",
    "servings",
    "portion",
    "portions",
    "helping",
    "helpings",
    "order",
    "orders",
    "plate",
    "plates",
    "plateful",
)

_MULTIWORD_UNITS = sorted(
    (name for name in _UNIT_ALIASES if " " in name), key=len, reverse=True
)

_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_FRACTION_WORDS = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fourth": 0.25,
    "fourths": 0.25,
    "eighth": 0.125,
    "eighths": 0.125,
}
_NUMBER_RE = re.compile(r"^(\d+(?:\.\d+)?|\.\d+)$")
_FRACTION_RE = re.compile(r"^(\d+)/(\d+)$")
_MIXED_RE = re.compile(r"^(\d+)-(\d+)/(\d+)$")


def validate_quantity(value: object) -> float:
    """`value` as a float if it is a finite number in (0, MAX_QUANTITY].

    Raises `invalid_quantity` for anything else (NaN, inf, zero, -0.0,
    negatives, booleans, text).
    """
    return positive_number(value, error="invalid_quantity", maximum=MAX_QUANTITY)


def canonical_unit(text: str) -> str:
    """Return the canonical unit for a unit name, plural or abbreviation.

    "Tablespoons" -> "tbsp", "glass" -> "cup", "lbs" -> "lb". Raises
    `unknown_unit` listing the known units.
    """
    key = " ".join(str(text).lower().replace(".", " ").split())
    unit = _UNIT_ALIASES.get(key)
    if unit is None:
        raise MagnesiumError(
            "unknown_unit",
            f"Unknown unit {clip(text)!r}; known units: {', '.join(KNOWN_UNITS)}",
            unit=clip(text),
            known_units=", ".join(KNOWN_UNITS),
        )
    return unit


def format_quantity(value: float) -> str:
    """Format a quantity for people: 0.5 -> "1/2", 1.5 -> "1 1/2", 2.0 -> "2"."""
    whole = math.floor(value)
    rest = value - whole
    for text, fraction in (
        ("1/4", 0.25),
        ("1/3", 1 / 3),
        ("1/2", 0.5),
        ("2/3", 2 / 3),
        ("3/4", 0.75),
    ):
        if abs(rest - fraction) < 1e-6:
            return text if whole == 0 else f"{whole} {text}"
    if abs(rest) < 1e-9:
        return str(whole)
    return f"{value:.3g}"


def _number_token(word: str) -> float | None:
    """Value of a single numeric word ("3", "1.5", "1/2", "1-1/2")."""
    if _NUMBER_RE.match(word):
        return float(word)
    if match := _FRACTION_RE.match(word):
        numerator, denominator = int(match[1]), int(match[2])
        return numerator / denominator if denominator else None
    if match := _MIXED_RE.match(word):
        denominator = int(match[3])
        if not denominator:
            return None
        return int(match[1]) + int(match[2]) / denominator
    return None


def _integer_words(words: list[str], start: int) -> tuple[float, int] | None:
    """Parse "twenty five", "one hundred and ten", "a hundred" at `start`."""
    i = start
    total = 0.0
    current = 0.0
    seen = False
    while i < len(words):
        word = words[i]
        parts = word.split("-") if "-" in word else [word]
        if all(part in _ONES or part in _TENS for part in parts) and parts:
            current += sum(_ONES.get(part, 0) + _TENS.get(part, 0) for part in parts)
            seen = True
            i += 1
        elif word in {"hundred", "thousand"} and (
            seen or (i > start and words[i - 1] in ARTICLES)
        ):
            current = max(current, 1) * (100 if word == "hundred" else 1000)
            if word == "thousand":
                total += current
                current = 0
            seen = True
            i += 1
        elif word in ARTICLES and not seen and i + 1 < len(words):
            if words[i + 1] in {"hundred", "thousand"}:
                i += 1
                continue
            break
        elif (
            word == "and"
            and words[i - 1] in {"hundred", "thousand"}
            and i + 1 < len(words)
            and (words[i + 1] in _ONES or words[i + 1] in _TENS)
        ):
            i += 1
        else:
            break
    if not seen:
        return None
    return total + current, i


def _fraction_phrase(words: list[str], start: int) -> tuple[float, int] | None:
    """Parse "half", "a half", "a quarter", "three quarters", "1/2" at `start`."""
    if start >= len(words):
        return None
    word = words[start]
    if (value := _number_token(word)) is not None and value < 1 and "/" in word:
        return value, start + 1
    if word in _FRACTION_WORDS:
        return _FRACTION_WORDS[word], start + 1
    if word in ARTICLES or word == "one":
        if start + 1 < len(words) and words[start + 1] in _FRACTION_WORDS:
            return _FRACTION_WORDS[words[start + 1]], start + 2
        return None
    counted = _integer_words(words, start)
    if counted is None and (number := _number_token(word)) is not None:
        counted = (number, start + 1)
    if counted is not None:
        count, end = counted
        if end < len(words) and words[end] in _FRACTION_WORDS:
            return count * _FRACTION_WORDS[words[end]], end + 1
    return None


def leading_amount(words: list[str]) -> tuple[float, int] | None:
    """Parse the longest amount at the start of `words`; (value, next index)."""
    if not words:
        return None
    first = words[0]
    # "half a dozen", "half a", "half an"
    if first == "half":
        end = 1
        if end < len(words) and words[end] in ARTICLES:
            end += 1
        if end < len(words) and words[end] in {"dozen", "dozens"}:
            return 6.0, end + 1
        return 0.5, end
    fraction = _fraction_phrase(words, 0)
    if fraction is not None:
        value, end = fraction
        if end + 1 < len(words) and words[end] == "of" and words[end + 1] in ARTICLES:
            end += 2  # "a quarter of a cup"
        return value, end
    if (number := _number_token(first)) is not None:
        value, end = number, 1
        # "1 1/2", "2 ½"
        if end < len(words):
            extra = _number_token(words[end])
            if extra is not None and 0 < extra < 1 and not _NUMBER_RE.match(words[end]):
                value, end = value + extra, end + 1
    elif (counted := _integer_words(words, 0)) is not None:
        value, end = counted
    elif first in ARTICLES:
        value, end = 1.0, 1
    elif first in _SMALL_COUNTS:
        value, end = _SMALL_COUNTS[first], 1
    else:
        return None
    if first in ARTICLES and end < len(words) and words[end] in _SMALL_COUNTS:
        value, end = _SMALL_COUNTS[words[end]], end + 1
        if end < len(words) and words[end] == "of":
            end += 1
    # "... and a half", "... and three quarters", "... and 1/2"
    if end + 1 < len(words) and words[end] == "and":
        rest = _fraction_phrase(words, end + 1)
        if rest is not None and rest[0] < 1:
            value, end = value + rest[0], rest[1]
    if end < len(words) and words[end] in {"dozen", "dozens"}:
        value, end = value * 12, end + 1
    return value, end


def parse_amount(text: str) -> float:
    """Parse an amount written in digits, fractions or English words.

    Accepts "2", "1.5", "1/2", "1 1/2", "½", "1½", "a", "an", "one",
    "twenty five", "a hundred", "a dozen", "half", "half a", "a half",
    "one and a half", "a quarter", "three quarters" and similar. The whole
    text must be an amount; raises `invalid_quantity` otherwise.
    """
    words = tokens(str(text)[:MAX_TEXT_LENGTH])
    parsed = leading_amount(words)
    if parsed is None or parsed[1] != len(words):
        return validate_quantity(clip(text))
    return validate_quantity(parsed[0])


def leading_unit(words: list[str], start: int) -> tuple[str, int] | None:
    """The unit at `start` (also two-word ones like "fl oz"), and the next index."""
    for name in _MULTIWORD_UNITS:
        parts = name.split()
        if words[start : start + len(parts)] == parts:
            return _UNIT_ALIASES[name], start + len(parts)
    if start < len(words) and words[start] in _UNIT_ALIASES:
        return _UNIT_ALIASES[words[start]], start + 1
    return None


def is_unit_word(word: str) -> bool:
    """Whether a word names a unit ("cups", "glass")."""
    return word in _UNIT_ALIASES
