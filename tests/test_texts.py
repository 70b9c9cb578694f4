"""One text system: every text from the translations, complete in each language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
import json
from pathlib import Path
import string
from typing import Any, cast

import pytest

from custom_components.magnesium.answers import (
    logged_foods,
    logged_supplement,
    removed,
    status_answer,
)
from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.intake import Subject
from custom_components.magnesium.ledger import DayTotals, Entry, EntryKind
from custom_components.magnesium.quantities import KNOWN_UNITS
from custom_components.magnesium.sentences import QUERIES
from custom_components.magnesium.texts import Texts, async_texts
from custom_components.magnesium.tracker import DayStatus, LogResult, PersonTracker
from homeassistant.core import HomeAssistant

PACKAGE = Path(__file__).parent.parent / "custom_components" / "magnesium"
TRANSLATIONS = PACKAGE / "translations"
LANGUAGES = ("en", "de")


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _translations() -> Iterator[tuple[str, dict[str, str]]]:
    for path in sorted(TRANSLATIONS.glob("*.json")):
        yield path.stem, _flat(json.loads(path.read_text(encoding="utf-8")))


def test_every_language_has_every_key_and_placeholder() -> None:
    languages = dict(_translations())
    assert set(languages) == set(LANGUAGES)
    english = languages["en"]
    for language, texts in languages.items():
        assert sorted(texts) == sorted(english), language
        for key, text in english.items():
            assert _placeholders(texts[key]) == _placeholders(text), (language, key)
            assert texts[key] == texts[key].strip(), (language, key)


def _text(node: ast.expr, where: str) -> str:
    """A translation key written out in the code."""
    assert isinstance(node, ast.Constant), where
    assert isinstance(node.value, str), where
    return node.value


def _raised_errors() -> Iterator[tuple[str, str, set[str] | None]]:
    """(module, key, placeholders given) of every translated error in the code.

    Domain errors are `MagnesiumError("key", message, **placeholders)` (or
    `UnavailableError`), `positive_number(..., error="key")` gives `value`,
    `min` and `max`; Home Assistant's own errors name `translation_key=` and
    pass their placeholders as a mapping (None: not checked here).
    """
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            keywords = {kw.arg: kw.value for kw in node.keywords if kw.arg}
            where = f"{path.name}:{node.lineno}"
            if name in {"MagnesiumError", "UnavailableError"}:
                if path.name == "words.py" and isinstance(node.args[0], ast.Name):
                    continue  # positive_number's own; its callers name the key
                yield path.name, _text(node.args[0], where), set(keywords)
            elif name == "positive_number":
                yield (
                    path.name,
                    _text(keywords["error"], where),
                    {"value", "min", "max"},
                )
            elif "translation_domain" in keywords and isinstance(
                keywords.get("translation_key"), ast.Constant
            ):
                # A domain error passed on by its own key is checked above.
                yield path.name, _text(keywords["translation_key"], where), None


def test_every_raised_error_has_a_text_with_its_placeholders() -> None:
    exceptions = json.loads((TRANSLATIONS / "en.json").read_text("utf-8"))["exceptions"]
    raised = list(_raised_errors())
    assert len(raised) > 40
    for module, key, given in raised:
        assert key in exceptions, (module, key)
        wanted = _placeholders(exceptions[key]["message"])
        assert given is None or wanted <= given, (module, key, wanted - given)


def test_no_text_is_built_from_translation_keys_by_hand() -> None:
    """Only `texts` knows where the texts live."""
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name != "texts.py":
            assert "exceptions." not in path.read_text(encoding="utf-8"), path.name


@pytest.fixture
async def english(hass: HomeAssistant) -> Texts:
    return await async_texts(hass, "en")


@pytest.fixture
async def german(hass: HomeAssistant) -> Texts:
    return await async_texts(hass, "de")


# German answers name the foods the German vocabulary has a word for.
@pytest.mark.parametrize(
    ("quantity", "unit", "food", "english_text", "german_text"),
    [
        (1.0, "oz", "almonds", "1 ounce of almonds", "1 Unze Mandeln"),
        (
            0.5,
            "cup",
            "black beans",
            "0.5 cups of black beans",
            "0,5 Tassen black beans",
        ),
        (1.5, "cup", "spinach", "1.5 cups of spinach", "1,5 Tassen Spinat"),
        (
            2.0,
            "tbsp",
            "peanut butter",
            "2 tablespoons of peanut butter",
            "2 Esslöffel Erdnussbutter",
        ),
        (2.0, "piece", "eggs", "2 eggs", "2 Stück Eier"),
        (2.0, "piece", "banana", "2 bananas", "2 Stück Banane"),
        (3.0, "large", "peach", "3 large peaches", "3 Stück Pfirsich (groß)"),
        (2.0, "piece", "strawberry", "2 strawberries", "2 Stück strawberries"),
        (2.0, "piece", "potato", "2 potatoes", "2 Stück Kartoffel"),
        (1.0, "piece", "apple", "1 apple", "1 Stück Apfel"),
        (1.0, "medium", "banana", "1 medium banana", "1 Stück Banane (mittelgroß)"),
        (
            1.0,
            "handful",
            "pumpkin seeds",
            "1 handful of pumpkin seeds",
            "1 Handvoll Kürbiskerne",
        ),
        (1.25, "serving", "rice", "1.25 servings of rice", "1,25 Portionen rice"),
        (1.0, "fl oz", "milk", "1 fluid ounce of milk", "1 Flüssigunze Milch"),
        # A unit of a person's own (a label with its magnesium) stays as it is.
        (
            1.0,
            "ladle",
            "Grandma's soup",
            "1 ladle of Grandma's soup",
            "1 ladle Grandma's soup",
        ),
        (
            2.0,
            "capsules",
            "Calm Caps",
            "2 capsules of Calm Caps",
            "2 capsules Calm Caps",
        ),
        (3.0, "dose", "Calm Caps", "3 doses of Calm Caps", "3 Dosen Calm Caps"),
    ],
)
async def test_amounts_in_words(
    english: Texts,
    german: Texts,
    quantity: float,
    unit: str,
    food: str,
    english_text: str,
    german_text: str,
) -> None:
    assert english.amount(quantity, unit, food) == english_text
    assert german.amount(quantity, unit, food) == german_text


async def test_numbers_and_lists(english: Texts, german: Texts) -> None:
    assert [english.whole(mg) for mg in (79.1, 79.5, 0.4)] == ["79", "80", "0"]
    assert english.number(1234.5) == "1234.5"
    assert german.number(1234.5) == "1234,5"
    assert german.number(80.0) == "80"
    assert english.items(["a"]) == "a"
    assert english.items(["a", "b", "c"]) == "a, b and c"
    assert german.items(["a", "b"]) == "a und b"


async def test_errors_in_each_language(english: Texts, german: Texts) -> None:
    err = MagnesiumError("unknown_entry", "ignored", entry_id="x1")
    assert english.error(err) == "There is no entry with the id x1."
    assert german.error(err) == "Es gibt keinen Eintrag mit der ID x1."
    untranslated = MagnesiumError("not_translated", "Plain English.", detail="x")
    assert german.error(untranslated) == "Plain English."


class _Tracker:
    """Just enough of a tracker for the answers: its name."""

    name = "Bob"


def _status(food: float, supplements: float) -> DayStatus:
    return DayStatus(
        day=date(2026, 11, 26),
        totals=DayTotals(food, supplements),
        daily_target_mg=420,
        supplement_limit_mg=350,
        average_7d_mg=None,
    )


def _entry(kind: EntryKind, label: str, quantity: float, unit: str, mg: float) -> Entry:
    return Entry("id", 1, date(2026, 11, 26), 0, kind, label, quantity, unit, mg)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("is_caller", [True, False])
async def test_every_answer_has_its_texts(
    hass: HomeAssistant, language: str, is_caller: bool
) -> None:
    """Each answer, for oneself and for someone else, in every language."""
    texts = await async_texts(hass, language)
    subject = Subject(cast("PersonTracker", _Tracker()), is_caller)
    almonds = _entry(EntryKind.FOOD, "almonds", 1, "oz", 79)
    dose = _entry(EntryKind.SUPPLEMENT, "Magnesium citrate", 400, "mg", 400)
    answers = [
        logged_foods(
            texts,
            subject,
            [
                LogResult(replace(almonds, grams=28.4), _status(79, 0)),
                LogResult(almonds, _status(158, 0)),
            ],
            _status(158, 0),
        ),
        logged_supplement(texts, subject, dose, _status(0, 400), ""),
        logged_supplement(texts, subject, dose, _status(0, 100), "2 capsules"),
        removed(texts, subject, almonds, _status(0, 0)),
    ]
    for food, supplements in ((0, 0), (500, 0), (0, 350), (0, 400), (100, 100)):
        answers += [
            status_answer(texts, subject, query, _status(food, supplements))
            for query in QUERIES
        ]
    for answer in answers:
        assert answer
        assert "{" not in answer
        assert ("Bob" in answer) is not is_caller, answer


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_unit_has_a_spoken_name(language: str) -> None:
    """An answer names the unit in words: "2 glasses", "zwei Gläser"."""
    exceptions = json.loads((TRANSLATIONS / f"{language}.json").read_text())[
        "exceptions"
    ]
    for unit in KNOWN_UNITS:
        if unit == "piece":
            continue  # "3 eggs": a count has no unit word (amount_pieces_*)
        for form in ("one", "other"):
            assert f"unit_{unit.replace(' ', '_')}_{form}" in exceptions
