"""Magnesium: track each person's magnesium intake from food and supplements."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from . import voice
from .card import async_register_card
from .const import DOMAIN
from .food_store import FoodStore
from .intake import DATA_INTAKE, Intake
from .intake_statistics import async_remove_statistic
from .ledger_store import LedgerStorage
from .notifications import async_remove_notifications, async_setup_notifications
from .services import async_setup_services
from .texts import async_texts
from .tracker import MagnesiumConfigEntry, PersonTracker, intake_statistic_id

PLATFORMS = [Platform.BINARY_SENSOR, Platform.EVENT, Platform.SENSOR]

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Load the food table and register the actions, for every person alike."""
    hass.data[DATA_INTAKE] = Intake(hass, await FoodStore.async_load(hass))
    # Loaded now, for what must be said without waiting (the activity log).
    await async_texts(hass)
    await async_texts(hass, "en")
    async_setup_services(hass)
    await async_register_card(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: MagnesiumConfigEntry) -> bool:
    """Load a person's ledger and create their entities."""
    tracker = PersonTracker(hass, entry)
    await tracker.async_load()
    entry.runtime_data = tracker
    voice.async_setup_entry(hass, entry)
    await async_setup_notifications(hass, entry)
    entry.async_on_unload(entry.add_update_listener(_async_options_updated))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def _async_options_updated(
    hass: HomeAssistant, entry: MagnesiumConfigEntry
) -> None:
    entry.runtime_data.async_settings_changed()


async def async_unload_entry(hass: HomeAssistant, entry: MagnesiumConfigEntry) -> bool:
    """Remove the entities and write anything not yet on disk."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        await entry.runtime_data.async_unload()
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: MagnesiumConfigEntry) -> None:
    """Delete the person's stored ledger, its backups and their statistic."""
    await LedgerStorage(hass, entry.entry_id).async_remove()
    async_remove_statistic(hass, intake_statistic_id(entry))
    await async_remove_notifications(hass, entry.entry_id)
