"""Free text about what was eaten: a meal into foods, a food into its amount.

Pure Python (no Home Assistant). "a spinach salad with almonds" may be one
food or two; "one and a half cups of black beans" is 1.5, "cup" and "black
beans". `read_food` and `read_meal` ask the food table which reading is
right. Parsing works on words, in time linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
import re
from typing import Final

from .errors import MagnesiumError
from .foods import FoodMatch, FoodTable, Measurement
from .quantities import (
    MASS_UNITS,
    MAX_TEXT_LENGTH,
    SERVING,
    SIZE_UNITS,
    VOLUME_UNITS,
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
# A food heard with less confidence than this is not taken for one: "the
# dishes" reads as potato salad at 70, "my package" as coconut at 74.
SPOKEN_FOOD_SCORE: Final = 75.0
# Errors of words that name no food; the others are about a food's amount.
_NOT_A_FOOD: Final = frozenset({"unknown_food", "missing_food"})


@dataclass(frozen=True, slots=True)
class FoodPhrase:
    """A parsed food phrase: how much (quantity and unit) of which food text.

    `counted`: the phrase says how many ("a banana", "3 eggs", "half a cup");
    without a unit the food then decides what a count means, see
    `Food.count_unit`. A phrase that says no amount ("almonds") is a serving.
    """

    quantity: float
    unit: str | None
    food: str
    counted: bool = True

    @property
    def amount(self) -> float | None:
        """The quantity, or None when the phrase said none."""
        return self.quantity if self.counted else None


def _strip_prefix(words: list[str]) -> list[str]:
    for filler in _LEADING_FILLER:
        if tuple(words[: len(filler)]) == filler:
            words = words[len(filler) :]
            break
    start = 0
    while start < len(words) and words[start] in DETERMINERS:
        start += 1
    return words[start:]


def _weighed_item(words: list[str]) -> tuple[float, str, int] | None:
    """A weight said inside the thing: "a 100 g bar of chocolate" -> (100, "g", 5).

    The weight or volume said inside counts; the thing it is (bar, bag, pot)
    says nothing more.
    """
    if not words or words[0] not in ARTICLES:
        return None
    amount = leading_amount(words[1:])
    if amount is None:
        return None
    quantity, end = amount[0], amount[1] + 1
    matched = leading_unit(words, end)
    if matched is None or matched[0] not in MASS_UNITS | VOLUME_UNITS:
        return None
    unit, index = matched
    thing = leading_unit(words, index)
    if thing is not None and thing[1] < len(words):
        index = thing[1]
    return quantity, unit, index


def parse_food_phrase(text: str, *, whole_is_amount: bool = False) -> FoodPhrase:
    """Split a free-text or spoken food phrase into quantity, unit and food.

    "an ounce of almonds" -> (1, "oz", "almonds"); "a glass of milk" ->
    (1, "cup", "milk"); "3 eggs" -> (3, None, "eggs"); "some almonds" ->
    (1, "serving", "almonds"). Leading "the", "my", "I had" are dropped. A
    phrase without an amount means one of the food ("banana" -> 1, None).
    Raises `missing_food` when no food text is left, `invalid_quantity` for
    an unusable amount. With `whole_is_amount`, "whole" after the amount
    means all of it ("a whole mango"), not part of a name ("whole milk").
    """
    raw = str(text)
    words = _strip_prefix(tokens(raw[:MAX_TEXT_LENGTH]))
    quantity = 1.0
    unit: str | None = None
    index = 0
    counted = False
    if words and words[0] in _SOME:
        unit, index = SERVING, 1
    elif (weighed := _weighed_item(words)) is not None:
        quantity, unit, index = weighed
        counted = True
    elif (amount := leading_amount(words)) is not None:
        (quantity, index), counted = amount, True
    if whole_is_amount and index + 1 < len(words) and words[index] == "whole":
        index += 1
    if unit is None:
        matched = leading_unit(words, index)
        # A lone size word before the food is a unit ("2 large eggs"), but not
        # when it is the whole food text.
        if matched is not None and matched[1] < len(words):
            unit, index = matched
            # "a small bag of chips", "a large glass of wine": the vessel counts.
            vessel = leading_unit(words, index) if unit in SIZE_UNITS else None
            if vessel is not None and vessel[1] < len(words):
                unit, index = vessel
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
    return FoodPhrase(validate_quantity(quantity), unit, food, counted)


def _is_separator(words: list[str], index: int) -> bool:
    word = words[index].casefold()
    if word not in _SEPARATORS:
        return False
    if word != "and":
        return True
    following = [later.casefold() for later in words[index + 1 : index + 4]]
    if following and following[0] in _COUNTS_BEFORE_FRACTION:
        following = following[1:]
    if following and following[0] in _FRACTIONS_AFTER_AND:
        # "one and a half cups" goes on; "and half a cup of beans" starts anew.
        return len(following) > 1 and following[1] in ARTICLES
    return True


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


def _best_phrase(foods: FoodTable, text: str) -> tuple[FoodPhrase, FoodMatch]:
    """The phrase of `text` and its food; "whole" read both ways if said.

    The better match wins, the plain reading on a tie; when none resolves,
    the error of the last reading is raised.
    """
    best: tuple[FoodPhrase, FoodMatch] | None = None
    error: MagnesiumError | None = None
    for whole_is_amount in (False, True) if "whole" in tokens(text) else (False,):
        try:
            phrase = parse_food_phrase(text, whole_is_amount=whole_is_amount)
            found = foods.resolve(phrase.food)
        except MagnesiumError as err:
            error = err
            continue
        if best is None or found.score > best[1].score:
            best = (phrase, found)
    if best is None:
        assert error is not None
        raise error
    return best


def read_food(
    foods: FoodTable, text: str, quantity: float | None = None, unit: str | None = None
) -> Measurement:
    """A food and its amount from a name, or from a whole phrase.

    With `quantity` or `unit`, `text` names the food. Without, "1 cup of
    spinach" works too, and the whole text is also tried as a name: the
    better match wins ("100 grand bar" is one candy bar, "half a cup of black
    beans" half a cup).
    """
    if quantity is not None or unit is not None:
        return foods.measure(text, quantity, unit)
    match: FoodMatch | None = None
    error: MagnesiumError | None = None
    try:
        match = foods.resolve(text)
    except MagnesiumError as err:
        error = err
    try:
        phrase, found = _best_phrase(foods, text)
    except MagnesiumError as err:
        error = err
    else:
        # The phrase names the food at least as well as the whole text: its
        # amount counts ("an avocado" is one avocado, "3 crackers" three
        # crackers or a clear error, never a silent serving).
        if match is None or found.score >= match.score:
            return foods.measure(phrase.food, phrase.amount, phrase.unit)
    if match is None:
        assert error is not None
        raise error
    return match.food.measure(score=match.score)


def sounds_like_food(foods: FoodTable, text: str) -> bool:
    """Whether spoken words are about food, not "a bad day" or "the dishes".

    They are when they read as foods the table knows well, or when they say
    an amount in a unit ("a cup of oatmeel"): then a food that is not known
    deserves an answer that says so.
    """
    try:
        measured = read_meal(foods, text)
    except MagnesiumError as err:
        if err.translation_key not in _NOT_A_FOOD:
            return True  # a food with an amount it cannot have: say so
        measured = []
    if measured and min(item.score for item in measured) >= SPOKEN_FOOD_SCORE:
        return True
    try:
        phrase = parse_food_phrase(text)
    except MagnesiumError:
        return False
    return phrase.unit is not None and phrase.unit != SERVING


def read_meal(foods: FoodTable, text: str) -> list[Measurement]:
    """The foods of a meal: the reading whose worst food matches best.

    "a spinach salad with almonds" is two foods; "a baked potato with skin"
    stays one, because "skin" alone matches worse than the whole. With no
    reading that works, the whole text's error is raised.
    """
    best: list[Measurement] | None = None
    best_score = -1.0
    for groups in meal_splits(text):
        try:
            measured = [read_food(foods, group) for group in groups]
        except MagnesiumError:
            continue
        score = min(item.score for item in measured)
        if score > best_score:
            best, best_score = measured, score
    return best if best is not None else [read_food(foods, text)]
