"""Units, amounts in words and food phrases (pure Python, no Home Assistant)."""

from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.phrases import FoodPhrase, parse_food_phrase
from custom_components.magnesium.quantities import (
    KNOWN_UNITS,
    MAX_QUANTITY,
    canonical_unit,
    format_quantity,
    parse_amount,
    validate_quantity,
)

from .conftest import error_of


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Pure tests: replace the conftest fixture that starts Home Assistant."""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2", 2),
        ("1.5", 1.5),
        (".5", 0.5),
        ("1/2", 0.5),
        ("1 1/2", 1.5),
        ("1-1/2", 1.5),
        ("½", 0.5),
        ("1½", 1.5),
        ("2 ¼", 2.25),
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("One", 1),
        ("two", 2),
        ("twelve", 12),
        ("twenty", 20),
        ("twenty five", 25),
        ("twenty-five", 25),
        ("thirty", 30),
        ("ninety nine", 99),
        ("a hundred", 100),
        ("one hundred and ten", 110),
        ("two hundred", 200),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("half", 0.5),
        ("half a", 0.5),
        ("half an", 0.5),
        ("a half", 0.5),
        ("one half", 0.5),
        ("one and a half", 1.5),
        ("two and a half", 2.5),
        ("three and three quarters", 3.75),
        ("1 and 1/2", 1.5),
        ("a quarter", 0.25),
        ("three quarters", 0.75),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("a couple", 2),
        ("a few", 3),
    ],
)
def test_parse_amount(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "1,5", "0", "zero", "-1", "1/0", "nan", "inf", "2 cups", "1e9"],
)
def test_parse_amount_rejects(text: str) -> None:
    with pytest.raises(MagnesiumError) as err:
        parse_amount(text)
    assert err.value.translation_key == "invalid_quantity"
    assert set(err.value.placeholders) == {"value", "min", "max"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("g", "g"),
        ("gram", "g"),
        ("Grams", "g"),
        ("kg", "kg"),
        ("kilograms", "kg"),
        ("oz", "oz"),
        ("ounces", "oz"),
        ("lbs", "lb"),
        ("pounds", "lb"),
        ("ml", "ml"),
        ("milliliters", "ml"),
        ("millilitre", "ml"),
        ("liters", "l"),
        ("litre", "l"),
        ("cups", "cup"),
        ("glass", "glass"),
        ("glasses", "glass"),
        ("bowlful", "bowl"),
        ("tins", "can"),
        ("pots", "container"),
        ("mug", "mug"),
        ("tablespoons", "tbsp"),
        ("tbsp", "tbsp"),
        ("tbs", "tbsp"),
        ("Tbsp.", "tbsp"),
        ("teaspoon", "tsp"),
        ("tsp", "tsp"),
        ("fl oz", "fl oz"),
        ("fluid ounces", "fl oz"),
        ("slices", "slice"),
        ("pieces", "piece"),
        ("item", "piece"),
        ("medium", "medium"),
        ("large", "large"),
        ("small", "small"),
        ("handful", "handful"),
        ("servings", "serving"),
        ("portion", "serving"),
        ("can", "can"),
        ("packets", "packet"),
        ("biscuits", "biscuit"),
        ("container", "container"),
        ("bars", "bar"),
    ],
)
def test_canonical_unit(text: str, unit: str) -> None:
    assert canonical_unit(text) == unit
    assert unit in KNOWN_UNITS


@pytest.mark.parametrize("text", ["", "bucket", "spoonful", "10 g", "\x00"])
def test_unknown_unit(text: str) -> None:
    with pytest.raises(MagnesiumError) as err:
        canonical_unit(text)
    assert err.value.translation_key == "unknown_unit"
    assert "tbsp" in err.value.placeholders["known_units"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("an ounce of almonds", (1, "oz", "almonds")),
        ("half a cup of black beans", (0.5, "cup", "black beans")),
        ("two tablespoons of peanut butter", (2, "tbsp", "peanut butter")),
        ("a banana", (1, None, "banana")),
        ("a glass of milk", (1, "glass", "milk")),
        ("a small bag of crisps", (1, "bag", "crisps")),
        ("a large glass of wine", (1, "glass", "wine")),
        ("30 grams of dark chocolate", (30, "g", "dark chocolate")),
        ("30g dark chocolate", (30, "g", "dark chocolate")),
        ("a handful of pumpkin seeds", (1, "handful", "pumpkin seeds")),
        ("3 eggs", (3, None, "eggs")),
        ("two large eggs", (2, "large", "eggs")),
        ("a baked potato with skin", (1, None, "baked potato with skin")),
        ("1 1/2 cups of cooked quinoa", (1.5, "cup", "cooked quinoa")),
        ("one and a half cups of brown rice", (1.5, "cup", "brown rice")),
        ("some almonds", (1, "serving", "almonds", False)),
        ("the almonds", (1, None, "almonds", False)),
        ("my coffee", (1, None, "coffee", False)),
        ("I had a banana", (1, None, "banana")),
        ("a quarter of a cup of oats", (0.25, "cup", "oats")),
        ("½ cup spinach", (0.5, "cup", "spinach")),
        ("250 ml of soymilk", (250, "ml", "soymilk")),
        ("a dozen almonds", (12, None, "almonds")),
        ("a few walnuts", (3, None, "walnuts")),
        ("a couple of brazil nuts", (2, None, "brazil nuts")),
        ("two fl oz of orange juice", (2, "fl oz", "orange juice")),
        ("banana", (1, None, "banana", False)),
        ("medium", (1, None, "medium", False)),
        ("Spinach!", (1, None, "spinach", False)),
    ],
)
def test_parse_food_phrase(
    text: str,
    phrase: tuple[float, str | None, str] | tuple[float, str | None, str, bool],
) -> None:
    """The last field says whether the phrase gave an amount ("a", "3", "half")."""
    assert parse_food_phrase(text) == FoodPhrase(*phrase)


@pytest.mark.parametrize("text", ["", "2", "two cups", "a", "!!!", "3 grams of"])
def test_phrase_without_food(text: str) -> None:
    with pytest.raises(MagnesiumError) as err:
        parse_food_phrase(text)
    assert err.value.translation_key == "missing_food"
    assert "phrase" in err.value.placeholders


@pytest.mark.parametrize(
    "value",
    [0, 0.0, -0.0, -1, math.nan, math.inf, -math.inf, MAX_QUANTITY * 2, 1e308, True],
)
def test_validate_quantity_rejects(value: float) -> None:
    with pytest.raises(MagnesiumError) as err:
        validate_quantity(value)
    assert err.value.translation_key == "invalid_quantity"


def test_validate_quantity_accepts() -> None:
    assert validate_quantity(1) == 1.0
    assert validate_quantity(1e-9) == 1e-9
    assert validate_quantity(MAX_QUANTITY) == MAX_QUANTITY


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.5, "1/2"),
        (1.5, "1 1/2"),
        (2.0, "2"),
        (0.25, "1/4"),
        (1 / 3, "1/3"),
        (0.7, "0.7"),
    ],
)
def test_format_quantity(value: float, text: str) -> None:
    assert format_quantity(value) == text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_text_inputs_raise_only_domain_errors(text: str) -> None:
    for call in (parse_amount, parse_food_phrase, canonical_unit):
        err = error_of(lambda call=call: call(text))  # type: ignore[misc]
        if err is not None:
            assert all(isinstance(v, str) for v in err.placeholders.values())


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="0123456789/ ½¼.-", max_size=20))
def test_number_like_text(text: str) -> None:
    try:
        value = parse_amount(text)
    except MagnesiumError:
        return
    assert 0 < value <= MAX_QUANTITY


def test_long_text() -> None:
    with pytest.raises(MagnesiumError):
        parse_amount("1" * 10_000)
    phrase = parse_food_phrase("two cups of " + "almond " * 2000)
    assert phrase.quantity == 2


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.floats(), st.integers(), st.booleans(), st.none(), st.text()))
def test_quantities_raise_only_domain_errors(value: object) -> None:
    err = error_of(lambda: validate_quantity(value))
    assert err is None or err.translation_key == "invalid_quantity"
