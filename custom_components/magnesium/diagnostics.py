"""Diagnostics: settings and the ledger's shape, not who anyone is or ate."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .const import CONF_BIRTH_DATE, CONF_NAME, CONF_PERSON_ENTITY_ID
from .tracker import MagnesiumConfigEntry

# The title and unique id are the person's name too.
TO_REDACT = {CONF_NAME, CONF_BIRTH_DATE, CONF_PERSON_ENTITY_ID, "title", "unique_id"}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: MagnesiumConfigEntry
) -> dict[str, Any]:
    """Describe a person's entry and ledger for a bug report: counts only."""
    tracker = entry.runtime_data
    ledger = tracker.ledger
    status = tracker.status
    return {
        "entry": async_redact_data(entry.as_dict(), TO_REDACT),
        "today": {
            "day": status.day.isoformat(),
            "entries": len(ledger.entries_on(status.day)),
            "daily_target_mg": status.daily_target_mg,
            "supplement_limit_mg": status.supplement_limit_mg,
        },
        "ledger": {
            "started": ledger.started.isoformat(),
            "retention_days": ledger.retention_days,
            "detailed_entries": len(ledger),
        },
    }
