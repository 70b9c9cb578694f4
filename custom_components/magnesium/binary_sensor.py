"""Binary sensors of a person's day: supplement limit and target."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from homeassistant.components.binary_sensor import (
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import MagnesiumStatusEntity
from .tracker import DayStatus, MagnesiumConfigEntry

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class MagnesiumBinarySensorDescription(BinarySensorEntityDescription):
    """A binary sensor and how it reads a day's status."""

    is_on_fn: Callable[[DayStatus], bool]


BINARY_SENSORS: tuple[MagnesiumBinarySensorDescription, ...] = (
    MagnesiumBinarySensorDescription(
        key="supplement_limit_exceeded",
        translation_key="supplement_limit_exceeded",
        device_class=BinarySensorDeviceClass.PROBLEM,
        is_on_fn=lambda status: status.supplement_limit_exceeded,
    ),
    MagnesiumBinarySensorDescription(
        key="target_reached",
        translation_key="target_reached",
        is_on_fn=lambda status: status.target_reached,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: MagnesiumConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Create the person's binary sensors."""
    async_add_entities(
        MagnesiumBinarySensor(entry.runtime_data, description)
        for description in BINARY_SENSORS
    )


class MagnesiumBinarySensor(MagnesiumStatusEntity, BinarySensorEntity):
    """A yes/no about a person's day."""

    entity_description: MagnesiumBinarySensorDescription

    def _values(self, status: DayStatus) -> Hashable:
        return self.entity_description.is_on_fn(status)

    def _apply(self, status: DayStatus) -> None:
        self._attr_is_on = self.entity_description.is_on_fn(status)
