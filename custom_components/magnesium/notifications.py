"""A person's built-in notifications: supplement limit warnings, daily summary.

Both go to the notify entities and legacy notify actions chosen in the options.
A warning that reaches no target (none chosen, warnings off, or every target
failed) becomes a persistent notification instead, so it is never silent; so
does a summary without a target. The texts are in Home Assistant's language.
"""

from __future__ import annotations

from datetime import date, time
import logging
from typing import Any

from homeassistant.components import persistent_notification
from homeassistant.components.notify.const import (
    ATTR_MESSAGE,
    ATTR_TITLE,
    DOMAIN as NOTIFY_DOMAIN,
    SERVICE_SEND_MESSAGE,
)
from homeassistant.const import (
    ATTR_ENTITY_ID,
    EVENT_CORE_CONFIG_UPDATE,
    STATE_UNAVAILABLE,
)
from homeassistant.core import Context, Event, HomeAssistant, callback
from homeassistant.helpers.start import async_at_started
from homeassistant.util import dt as dt_util

from .const import (
    CONF_LIMIT_WARNINGS,
    CONF_NOTIFY_ENTITIES,
    CONF_NOTIFY_SERVICES,
    CONF_SUMMARY_TIME,
    DOMAIN,
)
from .daily_schedule import DailySchedule, async_remove_schedule
from .texts import Texts, async_texts
from .tracker import LogResult, MagnesiumConfigEntry, PersonTracker

_LOGGER = logging.getLogger(__name__)


class PersonNotifier:
    """Sends one person's warnings and daily summary."""

    def __init__(self, hass: HomeAssistant, entry: MagnesiumConfigEntry) -> None:
        """Prepare the notifier of the person of `entry`."""
        self._hass = hass
        self._entry = entry
        self._tracker = entry.runtime_data
        self._summary = DailySchedule(hass, entry, self._async_send_summary)

    async def async_start(self) -> None:
        """Listen to the person's intake and start the daily summary."""
        entry = self._entry
        await self._summary.async_load(self._summary_time())
        entry.async_on_unload(self._summary.async_stop)
        entry.async_on_unload(
            self._tracker.async_add_event_listener(self._async_intake_event)
        )
        entry.async_on_unload(entry.add_update_listener(self._async_entry_updated))
        # The time zone may have changed, and with it the summary's instant.
        entry.async_on_unload(
            self._hass.bus.async_listen(
                EVENT_CORE_CONFIG_UPDATE, self._async_core_config_updated
            )
        )
        # Catch up only once other integrations' notify actions exist.
        entry.async_on_unload(async_at_started(self._hass, self._async_hass_started))

    @callback
    def _async_hass_started(self, _hass: HomeAssistant) -> None:
        self._summary.async_check()

    @callback
    def _async_core_config_updated(self, _event: Event) -> None:
        self._summary.async_check()

    async def _async_entry_updated(
        self, _hass: HomeAssistant, _entry: MagnesiumConfigEntry
    ) -> None:
        self._summary.async_set_time(self._summary_time())

    def _summary_time(self) -> time | None:
        value = self._entry.options.get(CONF_SUMMARY_TIME)
        return dt_util.parse_time(value) if value else None

    # Limit warnings --------------------------------------------------------

    @callback
    def _async_intake_event(
        self, event_type: str, result: LogResult, context: Context | None
    ) -> None:
        if event_type == "supplement_limit_exceeded":
            self._entry.async_create_task(
                self._hass, self._async_warn(result, context), f"{DOMAIN} limit warning"
            )

    async def _async_warn(self, result: LogResult, context: Context | None) -> None:
        if not self._entry.options.get(CONF_LIMIT_WARNINGS, True):
            return  # off means off; the binary sensor and the event still tell
        texts = await async_texts(self._hass)
        status = result.status
        message = texts(
            "notification_limit_message",
            name=self._tracker.name,
            dose_mg=texts.number(result.entry.magnesium_mg),
            supplements_mg=texts.number(status.totals.supplements_mg),
            limit_mg=texts.number(status.supplement_limit_mg),
        )
        await self._async_deliver(
            texts("notification_limit_title", name=self._tracker.name),
            message,
            f"{DOMAIN}_supplement_limit_{self._entry.entry_id}",
            context=context,
        )

    # Daily summary ---------------------------------------------------------

    async def _async_send_summary(self, day: date) -> None:
        texts = await async_texts(self._hass)
        await self._async_deliver(
            texts("notification_summary_title", name=self._tracker.name),
            summary_message(texts, self._tracker, day),
            f"{DOMAIN}_summary_{self._entry.entry_id}",
        )

    # Delivery --------------------------------------------------------------

    async def _async_deliver(
        self,
        title: str,
        message: str,
        notification_id: str,
        *,
        context: Context | None = None,
    ) -> None:
        """Send to the person's targets, else as a notification in Home Assistant.

        `context` is that of the logging that caused the message, if any.
        """
        delivered = False
        options = self._entry.options
        entity_ids = [
            entity_id
            for entity_id in options.get(CONF_NOTIFY_ENTITIES, [])
            if (state := self._hass.states.get(entity_id)) is not None
            and state.state != STATE_UNAVAILABLE
        ]
        if entity_ids:
            delivered |= await self._async_notify(
                SERVICE_SEND_MESSAGE,
                {
                    ATTR_ENTITY_ID: entity_ids,
                    ATTR_MESSAGE: message,
                    ATTR_TITLE: title,
                },
                context,
            )
        for service in options.get(CONF_NOTIFY_SERVICES, []):
            delivered |= await self._async_notify(
                service, {ATTR_MESSAGE: message, ATTR_TITLE: title}, context
            )
        if not delivered:
            persistent_notification.async_create(
                self._hass, message, title, notification_id
            )

    async def _async_notify(
        self, service: str, data: dict[str, Any], context: Context | None
    ) -> bool:
        try:
            await self._hass.services.async_call(
                NOTIFY_DOMAIN, service, data, blocking=True, context=context
            )
        except Exception:
            # Any notify platform may fail in its own way; the other targets
            # and the persistent fallback must still get their turn.
            _LOGGER.warning(
                "Could not send a Magnesium notification for %s with notify.%s",
                self._tracker.name,
                service,
                exc_info=True,
            )
            return False
        return True


def summary_message(texts: Texts, tracker: PersonTracker, day: date) -> str:
    """The day's total against the target, food and supplements, 7-day average."""
    status = tracker.day_status(day)
    name = tracker.name
    target_mg = texts.number(status.daily_target_mg)
    if tracker.ledger.entries_on(day):
        totals = status.totals
        lines = [
            texts(
                "notification_summary_message",
                name=name,
                total_mg=texts.number(totals.total_mg),
                target_mg=target_mg,
                progress_pct=texts.whole(status.progress_pct),
                food_mg=texts.number(totals.food_mg),
                supplements_mg=texts.number(totals.supplements_mg),
            )
        ]
    else:
        lines = [
            texts("notification_summary_nothing_logged", name=name, target_mg=target_mg)
        ]
    if status.average_7d_mg is None:
        lines.append(texts("notification_summary_no_average"))
    else:
        lines.append(
            texts(
                "notification_summary_average",
                average_mg=texts.number(status.average_7d_mg),
            )
        )
    return "\n".join(lines)


async def async_setup_notifications(
    hass: HomeAssistant, entry: MagnesiumConfigEntry
) -> None:
    """Start a loaded person's notifications; they stop when the entry unloads."""
    await PersonNotifier(hass, entry).async_start()


async def async_remove_notifications(hass: HomeAssistant, entry_id: str) -> None:
    """Delete what the notifications stored for a removed person."""
    await async_remove_schedule(hass, entry_id)
