"""Repairs: storage problems the user should know about, acknowledged by a click."""

from __future__ import annotations

from homeassistant.components.repairs import ConfirmRepairFlow, RepairsFlow
from homeassistant.core import HomeAssistant


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, str | int | float] | None
) -> RepairsFlow:
    """Every fixable issue of ours only needs to be read and confirmed."""
    return ConfirmRepairFlow()
