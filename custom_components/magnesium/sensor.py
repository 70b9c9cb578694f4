"""Sensors of a person's day: totals, what is left, progress and averages."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, EntityCategory, UnitOfMass
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from .const import (
    CONF_SUPPLEMENT_FORM,
    CONF_SUPPLEMENT_PRODUCT,
    CONF_SUPPLEMENT_UNIT_MG,
)
from .entity import MagnesiumStatusEntity
from .tracker import DayStatus, MagnesiumConfigEntry, PersonTracker

# Entities only write state when a value changed; no polling, no parallel updates.
PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class MagnesiumSensorDescription(SensorEntityDescription):
    """A sensor and how it reads a day's status."""

    value_fn: Callable[[DayStatus], float | None]
    attributes_fn: Callable[[PersonTracker], dict[str, Any]] | None = None
    # Daily totals start again at local midnight (`last_reset`), so long-term
    # statistics stay right even when an entry is removed.
    resets_daily: bool = False


def _usual_supplement(tracker: PersonTracker) -> dict[str, Any]:
    usual = tracker.usual_supplement()
    if usual is None:
        return {}
    attributes: dict[str, Any] = {
        CONF_SUPPLEMENT_PRODUCT: usual.product,
        CONF_SUPPLEMENT_UNIT_MG: usual.unit_mg,
    }
    if usual.form:
        attributes[CONF_SUPPLEMENT_FORM] = usual.form
    return attributes


def _mass(
    key: str,
    value_fn: Callable[[DayStatus], float | None],
    *,
    state_class: SensorStateClass | None = SensorStateClass.MEASUREMENT,
    resets_daily: bool = False,
    entity_category: EntityCategory | None = None,
    attributes_fn: Callable[[PersonTracker], dict[str, Any]] | None = None,
) -> MagnesiumSensorDescription:
    return MagnesiumSensorDescription(
        key=key,
        translation_key=key,
        device_class=SensorDeviceClass.WEIGHT,
        native_unit_of_measurement=UnitOfMass.MILLIGRAMS,
        suggested_display_precision=0,
        state_class=state_class,
        entity_category=entity_category,
        value_fn=value_fn,
        resets_daily=resets_daily,
        attributes_fn=attributes_fn,
    )


SENSORS: tuple[MagnesiumSensorDescription, ...] = (
    _mass(
        "intake_today",
        lambda status: status.totals.total_mg,
        state_class=SensorStateClass.TOTAL,
        resets_daily=True,
    ),
    _mass(
        "food_today",
        lambda status: status.totals.food_mg,
        state_class=SensorStateClass.TOTAL,
        resets_daily=True,
    ),
    _mass(
        "supplements_today",
        lambda status: status.totals.supplements_mg,
        state_class=SensorStateClass.TOTAL,
        resets_daily=True,
    ),
    # Derived from the intake and the target: no statistics of their own.
    _mass("remaining_today", lambda status: status.remaining_mg, state_class=None),
    _mass("average_7d", lambda status: status.average_7d_mg),
    _mass(
        "daily_target",
        lambda status: status.daily_target_mg,
        state_class=None,
        entity_category=EntityCategory.DIAGNOSTIC,
    ),
    _mass(
        "supplement_limit",
        lambda status: status.supplement_limit_mg,
        state_class=None,
        entity_category=EntityCategory.DIAGNOSTIC,
        # The usual supplement, for dashboards' quick-log buttons.
        attributes_fn=_usual_supplement,
    ),
    MagnesiumSensorDescription(
        key="target_progress",
        translation_key="target_progress",
        native_unit_of_measurement=PERCENTAGE,
        suggested_display_precision=0,
        value_fn=lambda status: status.progress_pct,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: MagnesiumConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Create the person's sensors."""
    async_add_entities(
        MagnesiumSensor(entry.runtime_data, description) for description in SENSORS
    )


class MagnesiumSensor(MagnesiumStatusEntity, SensorEntity):
    """A number about a person's day."""

    entity_description: MagnesiumSensorDescription

    def _values(self, status: DayStatus) -> Hashable:
        description = self.entity_description
        return (
            description.value_fn(status),
            status.day if description.resets_daily else None,
            tuple(self._attributes().items()),
        )

    def _apply(self, status: DayStatus) -> None:
        self._attr_native_value = self.entity_description.value_fn(status)
        if self.entity_description.resets_daily:
            self._attr_last_reset = dt_util.start_of_local_day(status.day)
        self._attr_extra_state_attributes = self._attributes()

    def _attributes(self) -> dict[str, Any]:
        attributes_fn = self.entity_description.attributes_fn
        return attributes_fn(self._tracker) if attributes_fn else {}
