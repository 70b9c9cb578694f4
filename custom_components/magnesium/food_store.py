"""The food table of the household, with its custom foods kept on disk.

The custom-food file is shared by everyone, so it is read as safely as a
person's log: each food is checked on its own and a broken or duplicate one is
set aside (with a repair issue) while the others work; a damaged file gives
way to the backup written at the last good start; a file from a newer release
is left untouched and custom foods are read-only until an update. Changes
rebuild the custom index off the event loop, one at a time.
"""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import UnsupportedStorageVersionError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.storage import Store

from .const import DOMAIN
from .errors import MagnesiumError, UnavailableError
from .foods import Food, FoodTable
from .ledger_store import NOT_A_STORE_FILE
from .words import clip, match_key

CUSTOM_FOODS_STORAGE_VERSION = 1
CUSTOM_FOODS_KEY = f"{DOMAIN}.custom_foods"
SAVE_DELAY = 1.0
ISSUE_SET_ASIDE = "custom_foods_set_aside"
ISSUE_RESTORED = "custom_foods_restored"
ISSUE_NEWER = "custom_foods_newer_version"

type StoredFoods = dict[str, Any]


def readable_foods(stored: object) -> tuple[list[Food], list[Any]]:
    """The custom foods that can be used, and what has to be set aside.

    A food is set aside when it is invalid or when one of its names is
    already taken by a food read before it.
    """
    listed = stored.get("foods") if isinstance(stored, dict) else None
    if not isinstance(listed, list):
        return [], [] if stored is None else [stored]
    kept: list[Food] = []
    set_aside: list[Any] = []
    taken: set[tuple[str, ...]] = set()
    for item in listed:
        try:
            food = Food.from_dict(item)
        except MagnesiumError:
            set_aside.append(item)
            continue
        keys = {match_key(name) for name in (food.name, *food.aliases)}
        if keys & taken:
            set_aside.append(item)
            continue
        taken |= keys
        kept.append(food)
    return kept, set_aside


class FoodStore:
    """The food table of all people, with the custom foods kept on disk."""

    def __init__(
        self,
        hass: HomeAssistant,
        foods: FoodTable,
        store: Store[StoredFoods],
        *,
        read_only: bool = False,
    ) -> None:
        """Use a loaded table and the store of its custom foods."""
        self._hass = hass
        self.foods = foods
        self._store = store
        self._read_only = read_only
        self._lock = asyncio.Lock()

    @classmethod
    async def async_load(cls, hass: HomeAssistant) -> FoodStore:
        """Load the built-in table off the event loop, then the custom foods."""
        foods = await hass.async_add_executor_job(FoodTable.load)
        store = _store(hass, CUSTOM_FOODS_KEY)
        backup = _store(hass, f"{CUSTOM_FOODS_KEY}.backup")
        read_only = False
        stored: object = None
        try:
            stored = await store.async_load()
        except UnsupportedStorageVersionError as err:
            read_only = True
            _issue(hass, ISSUE_NEWER, version=str(err.found_version))
        except NOT_A_STORE_FILE:
            stored = None
        restored = False
        if stored is None and not read_only:
            try:
                stored = await backup.async_load()
            except (UnsupportedStorageVersionError, *NOT_A_STORE_FILE):
                stored = None
            restored = stored is not None
            if restored:
                _issue(hass, ISSUE_RESTORED)
        kept, set_aside = readable_foods(stored)
        foods.set_custom(kept)
        food_store = cls(hass, foods, store, read_only=read_only)
        if set_aside:
            await _store(hass, f"{CUSTOM_FOODS_KEY}.set_aside").async_save(
                {"foods": set_aside}
            )
            names = [
                str(item.get("name")) if isinstance(item, dict) else "?"
                for item in set_aside
            ]
            _issue(
                hass,
                ISSUE_SET_ASIDE,
                count=str(len(set_aside)),
                names=clip(", ".join(names), 200),
            )
        if not read_only:
            if restored or set_aside:
                food_store._schedule_save()
            if kept:
                await backup.async_save(food_store._stored())
        return food_store

    async def async_add_custom(self, food: Food, *, override: bool = False) -> None:
        """Add (or replace) a custom food and save the list within a second.

        A name or alias of a built-in food is refused unless `override`: a
        household's "spinach" would silently change everyone's spinach.
        """
        self._check_writable()
        if not override:
            for name in (food.name, *food.aliases):
                if (builtin := self.foods.builtin_named(name)) is not None:
                    raise MagnesiumError(
                        "food_shadows_builtin",
                        f"{name!r} is the built-in food {builtin.name}",
                        food=clip(name, 60),
                        builtin=builtin.name,
                    )
        async with self._lock:
            await self._async_use(self.foods.with_custom(food))

    async def async_remove_custom(self, name: str) -> Food:
        """Remove a custom food and save the list within a second."""
        self._check_writable()
        async with self._lock:
            kept, removed = self.foods.without_custom(name)
            await self._async_use(kept)
        return removed

    async def _async_use(self, foods: list[Food]) -> None:
        index = await self._hass.async_add_executor_job(FoodTable.custom_index, foods)
        self.foods.use_custom(foods, index)
        self._schedule_save()

    def _check_writable(self) -> None:
        if self._read_only:
            raise UnavailableError(
                "custom_foods_read_only",
                "The custom foods were written by a newer release",
            )

    def _stored(self) -> StoredFoods:
        return {"foods": [food.to_dict() for food in self.foods.custom_foods()]}

    def _schedule_save(self) -> None:
        stored = self._stored()
        self._store.async_delay_save(lambda: stored, SAVE_DELAY)


def _store(hass: HomeAssistant, key: str) -> Store[StoredFoods]:
    return Store(hass, CUSTOM_FOODS_STORAGE_VERSION, key, atomic_writes=True)


def _issue(hass: HomeAssistant, issue_id: str, **placeholders: str) -> None:
    ir.async_create_issue(
        hass,
        DOMAIN,
        issue_id,
        is_fixable=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key=issue_id,
        translation_placeholders=placeholders or None,
    )
