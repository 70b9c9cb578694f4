"""Every text a person reads or hears, from the translation files, in one language.

Spoken answers, errors, notifications and the daily summary all come from the
`exceptions` section of `translations/<language>.json`: it is the one section
that the translation schema gives an integration for free-form messages with
placeholders, and `async_get_translations` loads it for any language, with
English for any key a language lacks. Numbers are written with the
language's decimal separator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import math
from typing import Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import (
    async_get_cached_translations,
    async_get_translations,
)

from .const import DOMAIN
from .errors import MagnesiumError
from .languages import food_name
from .quantities import SIZE_UNITS
from .words import plural_name

_PREFIX: Final = f"component.{DOMAIN}.exceptions."
_SUFFIX: Final = ".message"


def _key_of(unit: str) -> str:
    return unit.replace(" ", "_")


class Texts:
    """The texts of one language."""

    def __init__(self, language: str, strings: Mapping[str, str]) -> None:
        """Wrap the loaded translations of the integration."""
        self.language = language
        self._strings = strings

    def has(self, key: str) -> bool:
        """Whether the translations have a text called `key`."""
        return f"{_PREFIX}{key}{_SUFFIX}" in self._strings

    def __call__(self, key: str, **placeholders: str) -> str:
        """The text of `key` with its placeholders filled in."""
        return self._strings[f"{_PREFIX}{key}{_SUFFIX}"].format(**placeholders)

    def error(self, err: MagnesiumError) -> str:
        """An error's message; its English one when the key has no text yet."""
        if not self.has(err.translation_key):
            return str(err)
        return self(err.translation_key, **err.placeholders)

    def number(self, value: float, decimals: int = 2) -> str:
        """A number rounded to `decimals`, without trailing zeros."""
        text = f"{value:.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", self("decimal_separator"))

    @staticmethod
    def whole(value: float) -> str:
        """A number as a whole one, halves rounded up (spoken milligrams)."""
        return str(math.floor(value + 0.5))

    def amount(self, quantity: float, unit: str, food: str) -> str:
        """An amount of a food in words: "2 cups of milk", "3 eggs".

        A unit without a text of its own (a label a person chose) is shown
        as it is.
        """
        form = "one" if quantity == 1 else "other"
        named = food_name(food, self.language)
        values = {
            "quantity": self.number(quantity),
            "food": named,
            # The language's own name is its word already; English adds an s.
            "food_plural": plural_name(food) if named == food else named,
        }
        if unit == "piece":
            return self(f"amount_pieces_{form}", **values)
        unit_key = f"unit_{_key_of(unit)}_{form}"
        unit_text = self(unit_key) if self.has(unit_key) else unit
        if unit in SIZE_UNITS:
            return self(f"amount_size_{form}", size=unit_text, **values)
        return self("amount", unit=unit_text, **values)

    def items(self, parts: Sequence[str]) -> str:
        """Several things in one sentence: "a, b and c"."""
        if len(parts) == 1:
            return parts[0]
        return self("list_and", items=", ".join(parts[:-1]), last=parts[-1])


async def async_texts(hass: HomeAssistant, language: str | None = None) -> Texts:
    """The texts of `language` (default: Home Assistant's)."""
    language = language or hass.config.language
    strings = await async_get_translations(hass, language, "exceptions", {DOMAIN})
    return Texts(language, strings)


def cached_texts(hass: HomeAssistant) -> Texts:
    """The texts of Home Assistant's language, when a callback cannot wait.

    Loaded by `async_texts` at setup; English when the language changed since.
    """
    for language in (hass.config.language, "en"):
        strings = async_get_cached_translations(hass, language, "exceptions", DOMAIN)
        if strings:
            return Texts(language, strings)
    raise RuntimeError("The texts of Magnesium are not loaded")
