"""Base of the entities: one device per person, state written only on change."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Hashable

from homeassistant.core import CALLBACK_TYPE, Context, callback
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity, EntityDescription

from .const import DOMAIN
from .tracker import DayStatus, PersonTracker


class MagnesiumEntity(Entity):
    """An entity on a person's device."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, tracker: PersonTracker, description: EntityDescription) -> None:
        """Attach the entity to the person's tracker and device."""
        self._tracker = tracker
        self.entity_description = description
        entry_id = tracker.entry.entry_id
        self._attr_unique_id = f"{entry_id}_{description.key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry_id)},
            name=tracker.name,
            entry_type=DeviceEntryType.SERVICE,
            manufacturer="Magnesium",
            model="Intake tracker",
        )

    async def async_added_to_hass(self) -> None:
        """Follow the person's tracker until removed."""
        await super().async_added_to_hass()
        self.async_on_remove(self._follow_tracker())

    @abstractmethod
    def _follow_tracker(self) -> CALLBACK_TYPE:
        """Listen to the tracker; return how to stop."""

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Let Home Assistant rename the entity in place (2026.11 and later).

        Nothing of ours is keyed on the entity_id: the tracker's listeners
        hold the entity itself. Releases before 2026.11 never call this.
        """
        if (changed := getattr(super(), "async_entity_id_changed", None)) is not None:
            changed(old_entity_id)


class MagnesiumStatusEntity(MagnesiumEntity):
    """An entity that shows part of a person's day."""

    _shown: Hashable = None

    def _follow_tracker(self) -> CALLBACK_TYPE:
        self._show(self._tracker.status)
        return self._tracker.async_add_listener(self._async_updated)

    @callback
    def _async_updated(self, context: Context | None) -> None:
        if self._show(self._tracker.status):
            if context is not None:
                # Attribute the new state to the action or voice command.
                self.async_set_context(context)
            self.async_write_ha_state()

    def _show(self, status: DayStatus) -> bool:
        """Take the values of a status; tell whether anything shown changed."""
        shown = self._values(status)
        if shown == self._shown:
            return False
        self._shown = shown
        self._apply(status)
        return True

    @abstractmethod
    def _values(self, status: DayStatus) -> Hashable:
        """What this entity shows of a status, to compare with the last one."""

    @abstractmethod
    def _apply(self, status: DayStatus) -> None:
        """Set the entity's attributes from a status."""
