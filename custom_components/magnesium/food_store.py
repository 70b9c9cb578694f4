"""The food table of the household, with its custom foods kept on disk."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.storage import Store

from .const import DOMAIN
from .foods import Food, FoodTable

CUSTOM_FOODS_STORAGE_VERSION = 1
CUSTOM_FOODS_KEY = f"{DOMAIN}.custom_foods"
SAVE_DELAY = 1.0


class FoodStore:
    """The food table of all people, with the custom foods kept on disk."""

    def __init__(self, foods: FoodTable, store: Store[dict[str, Any]]) -> None:
        """Use a loaded table and the store of its custom foods."""
        self.foods = foods
        self._store = store

    @classmethod
    async def async_load(cls, hass: HomeAssistant) -> FoodStore:
        """Load the built-in table off the event loop, then the custom foods."""
        foods = await hass.async_add_executor_job(FoodTable.load)
        store: Store[dict[str, Any]] = Store(
            hass, CUSTOM_FOODS_STORAGE_VERSION, CUSTOM_FOODS_KEY, atomic_writes=True
        )
        if stored := await store.async_load():
            foods.set_custom(Food.from_dict(food) for food in stored["foods"])
        return cls(foods, store)

    def add_custom(self, food: Food) -> None:
        """Add (or replace) a custom food and save the list within a second."""
        self.foods.add_custom(food)
        self._schedule_save()

    def remove_custom(self, name: str) -> Food:
        """Remove a custom food and save the list within a second."""
        removed = self.foods.remove_custom(name)
        self._schedule_save()
        return removed

    def _schedule_save(self) -> None:
        stored = {"foods": [food.to_dict() for food in self.foods.custom_foods()]}
        self._store.async_delay_save(lambda: stored, SAVE_DELAY)
