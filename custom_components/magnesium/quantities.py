"""Household units, amounts in words and free-text food phrases.

Pure Python (no Home Assistant imports): parses what a person types or says,
such as "one and a half cups of black beans", into a number, a canonical unit
and the food text. Converting a unit into grams needs the food, see `foods`.
"""

from __future__ import annotations

from dataclasses import dataclass
import math
import re
import unicodedata

from .errors import MagnesiumError
from .text import clip

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
}
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
    "can",
    "packet",
    "biscuit",
    "container",
    "bar",
)
SERVING = "serving"
KNOWN_UNITS: tuple[str, ...] = (
    *MASS_UNITS,
    *VOLUME_UNITS,
    *FOOD_UNITS,
    SERVING,
)

_UNIT_ALIASES: dict[str, str] = {}


def _alias(unit: str, *names: str) -> None:
    for name in (unit, *names):
        _UNIT_ALIASES[name] = unit


_alias("g", "gram", "grams", "gr", "grs", "gm", "gms", "gramme", "grammes")
_alias("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme")
_alias("mg", "milligram", "milligrams")
_alias("oz", "ozs", "ounce", "ounces")
_alias("lb", "lbs", "pound", "pounds")
_alias("cup", "cups", "glass", "glasses", "mug", "mugs")
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
_alias("container", "containers", "carton", "cartons")
_alias("bar", "bars")
# A bowl or plate of something is one serving of it.
_alias(
    "serving",
    "servings",
    "portion",
    "portions",
    "helping",
    "helpings",
    "bowl",
    "bowls",
    "bowlful",
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
_ARTICLES = frozenset({"a", "an"})
_LEADING_FILLER = (
    ("i", "had"),
    ("i", "ate"),
    ("i", "drank"),
    ("i", "have", "had"),
    ("i've", "had"),
    ("i", "just", "had"),
    ("i", "just", "ate"),
    ("had",),
    ("ate",),
    ("drank",),
)
_DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their", "this"})
_NUMBER_RE = re.compile(r"^(\d+(?:\.\d+)?|\.\d+)$")
_FRACTION_RE = re.compile(r"^(\d+)/(\d+)$")
_MIXED_RE = re.compile(r"^(\d+)-(\d+)/(\d+)$")
_GLUED_UNIT_RE = re.compile(r"(?<=\d)(?=[a-zA-Z])")
# Vulgar fraction characters, rewritten as "n/d" before tokenizing ("1½" -> "1 1/2").
_VULGAR = {
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "⅓": "1/3",
    "⅔": "2/3",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
    "⅕": "1/5",
    "⅖": "2/5",
    "⅗": "3/5",
    "⅘": "4/5",
    "⅙": "1/6",
    "⅚": "5/6",
}


@dataclass(frozen=True, slots=True)
class FoodPhrase:
    """A parsed food phrase: how much (quantity and unit) of which food text.

    `unit` is None when the phrase names no unit ("a banana", "3 eggs"): the
    food then decides between pieces and servings, see `Food.magnesium_mg`.
    """

    quantity: float
    unit: str | None
    food: str


def invalid_quantity(value: object) -> MagnesiumError:
    """Build the error for a quantity that is not a usable positive number."""
    return MagnesiumError(
        "invalid_quantity",
        f"Invalid quantity {clip(str(value))!r}: use a number greater than 0 "
        f"and at most {MAX_QUANTITY:g}",
        quantity=clip(str(value)),
        max=f"{MAX_QUANTITY:g}",
    )


def validate_quantity(value: object) -> float:
    """Return `value` as a float if it is a finite number in (0, MAX_QUANTITY].

    Raises `invalid_quantity` for anything else (NaN, inf, zero, -0.0,
    negatives, booleans, non-numbers).
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise invalid_quantity(value)
    try:
        number = float(value)
    except OverflowError:
        raise invalid_quantity(value) from None
    if not math.isfinite(number) or number <= 0 or number > MAX_QUANTITY:
        raise invalid_quantity(value)
    return number


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


def _tokenize(text: str) -> list[str]:
    """Lower-case words, keeping digits, fractions and vulgar fractions whole."""
    for char, fraction in _VULGAR.items():
        text = text.replace(char, f" {fraction} ")
    text = unicodedata.normalize("NFKC", text).replace("\u2044", "/")
    text = _GLUED_UNIT_RE.sub(" ", text.lower())
    text = re.sub(r"[,;:!?()\[\]\"]", " ", text)
    words = (word.rstrip(".").strip("'") for word in text.split())
    return [word for word in words if word]


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


def _integer_words(tokens: list[str], start: int) -> tuple[float, int] | None:
    """Parse "twenty five", "one hundred and ten", "a hundred" at `start`."""
    i = start
    total = 0.0
    current = 0.0
    seen = False
    while i < len(tokens):
        word = tokens[i]
        parts = word.split("-") if "-" in word else [word]
        if all(part in _ONES or part in _TENS for part in parts) and parts:
            current += sum(_ONES.get(part, 0) + _TENS.get(part, 0) for part in parts)
            seen = True
            i += 1
        elif word in {"hundred", "thousand"} and (
            seen or (i > start and tokens[i - 1] in _ARTICLES)
        ):
            current = max(current, 1) * (100 if word == "hundred" else 1000)
            if word == "thousand":
                total += current
                current = 0
            seen = True
            i += 1
        elif word in _ARTICLES and not seen and i + 1 < len(tokens):
            if tokens[i + 1] in {"hundred", "thousand"}:
                i += 1
                continue
            break
        elif (
            word == "and"
            and tokens[i - 1] in {"hundred", "thousand"}
            and i + 1 < len(tokens)
            and (tokens[i + 1] in _ONES or tokens[i + 1] in _TENS)
        ):
            i += 1
        else:
            break
    if not seen:
        return None
    return total + current, i


def _fraction_phrase(tokens: list[str], start: int) -> tuple[float, int] | None:
    """Parse "half", "a half", "a quarter", "three quarters", "1/2" at `start`."""
    if start >= len(tokens):
        return None
    word = tokens[start]
    if (value := _number_token(word)) is not None and value < 1 and "/" in word:
        return value, start + 1
    if word in _FRACTION_WORDS:
        return _FRACTION_WORDS[word], start + 1
    if word in _ARTICLES or word == "one":
        if start + 1 < len(tokens) and tokens[start + 1] in _FRACTION_WORDS:
            return _FRACTION_WORDS[tokens[start + 1]], start + 2
        return None
    counted = _integer_words(tokens, start)
    if counted is None and (number := _number_token(word)) is not None:
        counted = (number, start + 1)
    if counted is not None:
        count, end = counted
        if end < len(tokens) and tokens[end] in _FRACTION_WORDS:
            return count * _FRACTION_WORDS[tokens[end]], end + 1
    return None


def _leading_amount(tokens: list[str]) -> tuple[float, int] | None:
    """Parse the longest amount at the start of `tokens`; (value, next index)."""
    if not tokens:
        return None
    first = tokens[0]
    # "half a dozen", "half a", "half an"
    if first == "half":
        end = 1
        if end < len(tokens) and tokens[end] in _ARTICLES:
            end += 1
        if end < len(tokens) and tokens[end] in {"dozen", "dozens"}:
            return 6.0, end + 1
        return 0.5, end
    fraction = _fraction_phrase(tokens, 0)
    if fraction is not None:
        value, end = fraction
        if (
            end + 1 < len(tokens)
            and tokens[end] == "of"
            and tokens[end + 1] in (_ARTICLES)
        ):
            end += 2  # "a quarter of a cup"
        return value, end
    if (number := _number_token(first)) is not None:
        value, end = number, 1
        # "1 1/2", "2 ½"
        if end < len(tokens):
            extra = _number_token(tokens[end])
            if (
                extra is not None
                and 0 < extra < 1
                and not _NUMBER_RE.match(tokens[end])
            ):
                value, end = value + extra, end + 1
    elif (words := _integer_words(tokens, 0)) is not None:
        value, end = words
    elif first in _ARTICLES:
        value, end = 1.0, 1
    elif first in {"couple", "pair"}:
        value, end = 2.0, 1
    else:
        return None
    if first in _ARTICLES and end < len(tokens) and tokens[end] in {"couple", "pair"}:
        value, end = 2.0, end + 1
        if end < len(tokens) and tokens[end] == "of":
            end += 1
    # "... and a half", "... and three quarters", "... and 1/2"
    if end + 1 < len(tokens) and tokens[end] == "and":
        rest = _fraction_phrase(tokens, end + 1)
        if rest is not None and rest[0] < 1:
            value, end = value + rest[0], rest[1]
    if end < len(tokens) and tokens[end] in {"dozen", "dozens"}:
        value, end = value * 12, end + 1
    return value, end


def parse_amount(text: str) -> float:
    """Parse an amount written in digits, fractions or English words.

    Accepts "2", "1.5", "1/2", "1 1/2", "½", "1½", "a", "an", "one",
    "twenty five", "a hundred", "a dozen", "half", "half a", "a half",
    "one and a half", "a quarter", "three quarters" and similar. The whole
    text must be an amount; raises `invalid_quantity` otherwise.
    """
    tokens = _tokenize(str(text)[:MAX_TEXT_LENGTH])
    parsed = _leading_amount(tokens)
    if parsed is None or parsed[1] != len(tokens):
        raise invalid_quantity(text)
    return validate_quantity(parsed[0])


def _strip_prefix(tokens: list[str]) -> list[str]:
    for filler in _LEADING_FILLER:
        if tuple(tokens[: len(filler)]) == filler:
            tokens = tokens[len(filler) :]
            break
    while tokens and tokens[0] in _DETERMINERS:
        tokens = tokens[1:]
    return tokens


def _leading_unit(tokens: list[str], start: int) -> tuple[str, int] | None:
    """Match a unit (also two-word ones like "fl oz") at `start`."""
    for name in _MULTIWORD_UNITS:
        words = name.split()
        if tokens[start : start + len(words)] == words:
            return _UNIT_ALIASES[name], start + len(words)
    if start < len(tokens) and tokens[start] in _UNIT_ALIASES:
        return _UNIT_ALIASES[tokens[start]], start + 1
    return None


def parse_food_phrase(text: str) -> FoodPhrase:
    """Split a free-text or spoken food phrase into quantity, unit and food.

    "an ounce of almonds" -> (1, "oz", "almonds"); "a glass of milk" ->
    (1, "cup", "milk"); "3 eggs" -> (3, None, "eggs"); "some almonds" ->
    (1, "serving", "almonds"). Leading "the", "my", "I had" are dropped. A
    phrase without an amount means one of the food ("banana" -> 1, None).
    Raises `missing_food` when no food text is left, `invalid_quantity` for
    an unusable amount.
    """
    raw = str(text)
    tokens = _strip_prefix(_tokenize(raw[:MAX_TEXT_LENGTH]))
    quantity = 1.0
    unit: str | None = None
    index = 0
    if tokens and tokens[0] in {"some", "any"}:
        unit, index = SERVING, 1
    else:
        amount = _leading_amount(tokens)
        if amount is not None:
            quantity, index = amount
    if unit is None:
        matched = _leading_unit(tokens, index)
        # A lone size word before the food is a unit ("2 large eggs"), but not
        # when it is the whole food text.
        if matched is not None and matched[1] < len(tokens):
            unit, index = matched
    if index < len(tokens) and tokens[index] == "of":
        index += 1
    while index < len(tokens) and tokens[index] in _DETERMINERS | _ARTICLES:
        index += 1
    food = " ".join(tokens[index:])
    # "two cups" names a unit but no food; a lone size word may still be food.
    unit_only = food in _UNIT_ALIASES and food not in {"small", "medium", "large"}
    if unit_only or not any(char.isalpha() for char in food):
        raise MagnesiumError(
            "missing_food",
            f"{clip(raw)!r} does not name a food",
            phrase=clip(raw),
        )
    return FoodPhrase(validate_quantity(quantity), unit, food)
