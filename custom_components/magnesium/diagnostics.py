"""Diagnostics: settings and ledger shape, without who the person is."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from . import MagnesiumConfigEntry
from .const import CONF_BIRTH_DATE, CONF_NAME, CONF_PERSON_ENTITY_ID

# The title and unique id are the person's name too.
TO_REDACT = {CONF_NAME, CONF_BIRTH_DATE, CONF_PERSON_ENTITY_ID, "title", "unique_id"}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: MagnesiumConfigEntry
) -> dict[str, Any]:
    """Describe a person's entry and ledger for a bug report."""
    tracker = entry.runtime_data
    ledger = tracker.ledger
    status = tracker.status
    last = ledger.last_entry()
    return {
        "entry": async_redact_data(entry.as_dict(), TO_REDACT),
        "today": {
            "day": status.day.isoformat(),
            "average_7d_mg": status.average_7d_mg,
            **status.as_response(),
        },
        "ledger": {
            "started": ledger.started.isoformat(),
            "retention_days": ledger.retention_days,
            "detailed_entries": len(ledger),
            "last_entry": last.as_dict() if last else None,
        },
    }
