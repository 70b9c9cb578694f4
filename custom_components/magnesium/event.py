"""Event entity: every logged, removed or noteworthy intake, for automations."""

from __future__ import annotations

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import MagnesiumEntity
from .tracker import INTAKE_EVENT_TYPES, LogResult, MagnesiumConfigEntry

PARALLEL_UPDATES = 0

# The totals of the entry's day that an event carries.
EVENT_TOTALS = (
    "intake_today_mg",
    "food_today_mg",
    "supplements_today_mg",
    "supplement_limit_mg",
)

INTAKE = EventEntityDescription(
    key="intake",
    translation_key="intake",
    event_types=list(INTAKE_EVENT_TYPES),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: MagnesiumConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Create the person's intake event entity."""
    async_add_entities([MagnesiumIntakeEvent(entry.runtime_data, INTAKE)])


class MagnesiumIntakeEvent(MagnesiumEntity, EventEntity):
    """Fires food_logged, supplement_logged, entry_removed and the warnings.

    An event carries what an automation acts on: the entry's id, kind, day
    and magnesium, and that day's totals and limit. The recorder keeps only
    the event type; `get_log` has the rest.
    """

    _unrecorded_attributes = frozenset({"entry", *EVENT_TOTALS})

    def _follow_tracker(self) -> CALLBACK_TYPE:
        return self._tracker.async_add_event_listener(self._async_fire)

    @callback
    def _async_fire(
        self, event_type: str, result: LogResult, context: Context | None
    ) -> None:
        entry = result.entry
        totals = result.status.as_response()
        self._trigger_event(
            event_type,
            {
                "entry": {
                    "id": entry.id,
                    "kind": entry.kind.value,
                    "day": entry.day.isoformat(),
                    "magnesium_mg": entry.magnesium_mg,
                },
                **{key: totals[key] for key in EVENT_TOTALS},
            },
        )
        if context is not None:
            self.async_set_context(context)
        self.async_write_ha_state()
