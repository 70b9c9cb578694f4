"""The activity log: who logged, corrected or removed what, and the warnings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homeassistant.components.logbook.const import (
    LOGBOOK_ENTRY_ENTITY_ID,
    LOGBOOK_ENTRY_MESSAGE,
    LOGBOOK_ENTRY_NAME,
)
from homeassistant.const import Platform
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er

from .answers import logbook_message
from .const import (
    DOMAIN,
    EVENT_INTAKE,
    EVENT_SUPPLEMENT_LIMIT_EXCEEDED,
    EVENT_TARGET_REACHED,
)
from .texts import cached_texts


@callback
def async_describe_events(
    hass: HomeAssistant,
    async_describe_event: Callable[[str, str, Callable[[Event], dict[str, Any]]], None],
) -> None:
    """Describe the bus events of Magnesium in the person's words."""

    def described(event: Event, message: str) -> dict[str, Any]:
        description: dict[str, Any] = {
            LOGBOOK_ENTRY_NAME: event.data.get("name", ""),
            LOGBOOK_ENTRY_MESSAGE: message,
        }
        # The line belongs to the person's Intake event entity.
        entity_id = er.async_get(hass).async_get_entity_id(
            Platform.EVENT, DOMAIN, f"{event.data.get('config_entry_id')}_intake"
        )
        if entity_id is not None:
            description[LOGBOOK_ENTRY_ENTITY_ID] = entity_id
        return description

    @callback
    def describe_change(event: Event) -> dict[str, Any]:
        message = logbook_message(
            cached_texts(hass), event.data["event_type"], event.data["entry"]
        )
        return described(event, message)

    def describe_warning(key: str, numbers: dict[str, str]) -> Callable[..., Any]:
        """A warning's line: its text `key`, placeholders from event data keys."""

        @callback
        def describe(event: Event) -> dict[str, Any]:
            texts = cached_texts(hass)
            values = {
                name: texts.whole(event.data[data_key])
                for name, data_key in numbers.items()
            }
            return described(event, texts(key, **values))

        return describe

    async_describe_event(DOMAIN, EVENT_INTAKE, describe_change)
    async_describe_event(
        DOMAIN,
        EVENT_SUPPLEMENT_LIMIT_EXCEEDED,
        describe_warning(
            "logbook_supplement_limit_exceeded",
            {"supplements": "supplements_today_mg", "limit": "supplement_limit_mg"},
        ),
    )
    async_describe_event(
        DOMAIN,
        EVENT_TARGET_REACHED,
        describe_warning(
            "logbook_target_reached",
            {"total": "intake_today_mg", "target": "daily_target_mg"},
        ),
    )
