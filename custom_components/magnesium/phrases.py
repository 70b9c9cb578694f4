"""Free text about what was eaten: a meal into foods, a food into its amount.

Pure Python (no Home Assistant). "a spinach salad with almonds" may be one
food or two; "one and a half cups of black beans" is 1.5, "cup" and "black
beans". Which reading is right only the food table can say: see `intake`.
Everything here works on words, in time linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
import re
from typing import Final

from .errors import MagnesiumError
from .quantities import (
    MAX_TEXT_LENGTH,
    SERVING,
    SIZE_UNITS,
    is_unit_word,
    leading_amount,
    leading_unit,
    validate_quantity,
)
from .words import ARTICLES, DETERMINERS, clip, tokens

# "I had ..." typed into a food field.
_LEADING_FILLER: Final = (
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
# An unspecified amount: one serving.
_SOME: Final = frozenset({"some", "any"})

# Where a meal may split into foods; never inside "one and a half cups".
_SEPARATORS: Final = frozenset({",", "&", "+", "plus", "with", "and"})
_FRACTIONS_AFTER_AND: Final = frozenset(
    {"half", "halves", "quarter", "quarters", "third", "thirds"}
)
_COUNTS_BEFORE_FRACTION: Final = ARTICLES | {"one", "two", "three"}
# A word, or a separator mark standing on its own: "rice,beans" is three.
_WORD_OR_MARK: Final = re.compile(r"[,&+]|[^\s,&+]+")
# Beyond this many separators only "one food" and "all parts" are tried.
_MAX_SEPARATORS: Final = 6


@dataclass(frozen=True, slots=True)
class FoodPhrase:
    """A parsed food phrase: how much (quantity and unit) of which food text.

    `unit` is None when the phrase names no unit ("a banana", "3 eggs"): the
    food then decides between pieces and servings, see `Food.default_unit`.
    """

    quantity: float
    unit: str | None
    food: str


def _strip_prefix(words: list[str]) -> list[str]:
    for filler in _LEADING_FILLER:
        if tuple(words[: len(filler)]) == filler:
            words = words[len(filler) :]
            break
    start = 0
    while start < len(words) and words[start] in DETERMINERS:
        start += 1
    return words[start:]


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
    words = _strip_prefix(tokens(raw[:MAX_TEXT_LENGTH]))
    quantity = 1.0
    unit: str | None = None
    index = 0
    if words and words[0] in _SOME:
        unit, index = SERVING, 1
    else:
        amount = leading_amount(words)
        if amount is not None:
            quantity, index = amount
    if unit is None:
        matched = leading_unit(words, index)
        # A lone size word before the food is a unit ("2 large eggs"), but not
        # when it is the whole food text.
        if matched is not None and matched[1] < len(words):
            unit, index = matched
    if index < len(words) and words[index] == "of":
        index += 1
    while index < len(words) and words[index] in DETERMINERS | ARTICLES:
        index += 1
    food = " ".join(words[index:])
    # "two cups" names a unit but no food; a lone size word may still be food.
    unit_only = is_unit_word(food) and food not in SIZE_UNITS
    if unit_only or not any(char.isalpha() for char in food):
        raise MagnesiumError(
            "missing_food",
            f"{clip(raw)!r} does not name a food",
            phrase=clip(raw),
        )
    return FoodPhrase(validate_quantity(quantity), unit, food)


def _is_separator(words: list[str], index: int) -> bool:
    word = words[index].casefold()
    if word not in _SEPARATORS:
        return False
    if word != "and":
        return True
    following = [later.casefold() for later in words[index + 1 : index + 3]]
    if following and following[0] in _COUNTS_BEFORE_FRACTION:
        following = following[1:]
    return not (following and following[0] in _FRACTIONS_AFTER_AND)


def meal_splits(text: str) -> Iterator[list[str]]:
    """Ways to read a meal as foods, fewest foods first, the whole text first.

    "a baked potato with skin and two eggs" -> the whole, then ["a baked potato
    with skin", "two eggs"], ["a baked potato", "skin and two eggs"], then all
    three parts. Which reading is right the caller asks the food table.
    """
    text = str(text)[:MAX_TEXT_LENGTH]
    spans = [match.span() for match in _WORD_OR_MARK.finditer(text)]
    words = [text[start:end] for start, end in spans]
    cuts_at = [index for index in range(len(words)) if _is_separator(words, index)]
    count = len(cuts_at)
    sizes = range(count + 1) if count <= _MAX_SEPARATORS else (0, count)
    for size in sizes:
        for chosen in combinations(cuts_at, size):
            groups, first = [], 0
            for cut in (*chosen, len(words)):
                if cut == first:
                    break  # nothing between two separators
                groups.append(text[spans[first][0] : spans[cut - 1][1]])
                first = cut + 1
            else:
                yield groups
