"""Barcode lookup in Open Food Facts, only for people who turned it on."""

from __future__ import annotations

import logging
import re
from typing import Any

import aiohttp

from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .errors import MagnesiumError, UnavailableError
from .foods import Food, make_custom_food
from .words import clip

_LOGGER = logging.getLogger(__name__)

PRODUCT_URL = "https://world.openfoodfacts.org/api/v2/product/{barcode}.json"
FIELDS = "product_name,nutriments,serving_size,serving_quantity"
TIMEOUT = aiohttp.ClientTimeout(total=10)
_BARCODE = re.compile(r"\d{8,14}")


def _user_agent(version: str) -> str:
    # Open Food Facts asks every client to name itself and a way to reach it.
    return (
        f"HomeAssistant-Magnesium/{version} "
        "(https://github.com/magnesium-tracker/magnesium/issues)"
    )


async def async_lookup_barcode(hass: HomeAssistant, barcode: str, version: str) -> Food:
    """The product behind a barcode, as a food with its magnesium per serving."""
    code = "".join(barcode.split())
    if not _BARCODE.fullmatch(code):
        raise MagnesiumError(
            "invalid_barcode",
            "A barcode has 8 to 14 digits",
            barcode=clip(barcode),
        )
    session = async_get_clientsession(hass)
    try:
        async with session.get(
            PRODUCT_URL.format(barcode=code),
            params={"fields": FIELDS},
            headers={"User-Agent": _user_agent(version)},
            timeout=TIMEOUT,
        ) as response:
            if response.status == 404:
                raise _not_found(code)
            response.raise_for_status()
            data: dict[str, Any] = await response.json()
    except (aiohttp.ClientError, TimeoutError, ValueError) as err:
        _LOGGER.debug("Open Food Facts lookup of %s failed: %r", code, err)
        raise UnavailableError(
            "barcode_service_unavailable",
            "Open Food Facts could not be reached",
            barcode=code,
        ) from err
    if data.get("status") != 1 or not isinstance(data.get("product"), dict):
        raise _not_found(code)
    return _product_food(code, data["product"])


def _not_found(code: str) -> MagnesiumError:
    return MagnesiumError(
        "barcode_not_found", f"No product with barcode {code}", barcode=code
    )


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except TypeError, ValueError:
        return None
    return number if number >= 0 else None


def _product_food(code: str, product: dict[str, Any]) -> Food:
    """Open Food Facts gives magnesium in grams per 100 g (and per serving)."""
    name = " ".join(str(product.get("product_name") or "").split())
    if not any(char.isalpha() for char in name):
        name = f"Product {code}"
    nutriments = product.get("nutriments") or {}
    per_100g = _number(nutriments.get("magnesium_100g"))
    serving_grams = _number(product.get("serving_quantity")) or None
    if per_100g is None:
        raise MagnesiumError(
            "barcode_no_magnesium",
            f"{name} has no magnesium value",
            product=clip(name),
            barcode=code,
        )
    mg_per_100g = per_100g * 1000
    if serving_grams is not None:
        serving = str(product.get("serving_size") or f"{serving_grams:g} g")
        return make_custom_food(
            clip(name, 100),
            mg_per_100g * serving_grams / 100,
            clip(serving, 50),
            serving_grams,
        )
    return make_custom_food(clip(name, 100), mg_per_100g, "100 g", 100)
