"""Everyday phrases against USDA-based ranges: how often the logged mg is right.

The table (`phrase_table.py`) was written from how people talk and eat, with
its values checked against USDA FoodData Central, without looking at the code.
Each phrase is read the way `log_food` and Assist read it. Food understanding
is being improved in steps: this test holds the ground gained, so a change
that reads fewer phrases right, or logs more of them off by a factor of two,
fails. Raise the floors as the reading gets better.
"""

from __future__ import annotations

import pytest

from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.foods import FoodTable
from custom_components.magnesium.phrases import read_food

from .phrase_table import PHRASES

# Where the reading stands: phrases logged within their range, and phrases
# logged off by a factor of two or more (refused phrases are neither).
IN_RANGE_AT_LEAST = 214
OFF_BY_TWICE_AT_MOST = 0


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Pure test: replace the conftest fixture that starts Home Assistant."""


def test_table_is_large_and_distinct() -> None:
    phrases = [row[0] for row in PHRASES]
    assert len(phrases) >= 150
    assert len(set(phrases)) == len(phrases)
    for _phrase, _food, grams, (low, high), basis in PHRASES:
        assert grams > 0
        assert 0 <= low <= high
        assert basis


def test_phrases_are_read_right() -> None:
    foods = FoodTable.load()
    in_range: list[str] = []
    off_by_twice: list[str] = []
    refused: list[str] = []
    for phrase, _food, _grams, (low, high), _basis in PHRASES:
        try:
            mg = read_food(foods, phrase).mg
        except MagnesiumError:
            refused.append(phrase)
            continue
        middle = (low + high) / 2
        if low <= mg <= high:
            in_range.append(phrase)
        elif mg >= 2 * middle or mg <= middle / 2:
            off_by_twice.append(f"{phrase}: {mg:.0f} mg, not {low:g}-{high:g}")
    print(
        f"\n{len(in_range)} of {len(PHRASES)} in range, {len(refused)} refused, "
        f"{len(off_by_twice)} off by 2x or more:\n  " + "\n  ".join(off_by_twice)
    )
    assert len(in_range) >= IN_RANGE_AT_LEAST
    assert len(off_by_twice) <= OFF_BY_TWICE_AT_MOST
