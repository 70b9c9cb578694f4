"""A person's ledger on disk: the main file, two rotating backups, safe loading.

The main file is written within a second of every change. Once a day a backup
is written from memory into one of two slots in turn, so a corrupt or unreadable
main file can be replaced by the newest good copy instead of an empty ledger.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import orjson

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import UnsupportedStorageVersionError
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .ledger import Ledger, LedgerFormatError

STORAGE_VERSION = 1
STORAGE_MINOR_VERSION = 1
SAVE_DELAY = 1.0
BACKUP_SLOTS = 2

type StoredData = dict[str, Any]


def _json_fragment(stored_day: dict[str, Any]) -> orjson.Fragment:
    """A stored day as compact JSON, written into the file as it is.

    The store indents its files; a day's entries on one line take a third of
    the space, and a day that did not change is not serialized again. Kept as
    str: the bytes of `orjson.dumps` hold at least 1 kB each, however short.
    """
    return orjson.Fragment(orjson.dumps(stored_day).decode())


def storage_key(entry_id: str) -> str:
    """Return the storage key of a person's ledger."""
    return f"{DOMAIN}.{entry_id}"


class LedgerStore(Store[StoredData]):
    """Versioned storage of one ledger, with the hook for future migrations."""

    def __init__(self, hass: HomeAssistant, key: str) -> None:
        """Write atomically, and serialize off the event loop."""
        super().__init__(
            hass,
            STORAGE_VERSION,
            key,
            minor_version=STORAGE_MINOR_VERSION,
            atomic_writes=True,
            serialize_in_event_loop=False,
        )

    async def _async_migrate_func(
        self,
        old_major_version: int,
        old_minor_version: int,
        old_data: StoredData,
    ) -> StoredData:
        """Migrate data of older minor versions (there are none yet)."""
        return old_data


@dataclass(frozen=True, slots=True)
class PersonState:
    """What is kept of a person besides the ledger itself."""

    ledger: Ledger
    target_reached_on: date | None = None
    last_backup_on: date | None = None

    def serializer(self) -> Callable[[], StoredData]:
        """Capture the state now; the returned function may run in any thread."""
        serialize_ledger = self.ledger.snapshot(_json_fragment)
        reached = self.target_reached_on
        backed_up = self.last_backup_on

        def serialize() -> StoredData:
            return {
                "ledger": serialize_ledger(),
                "target_reached_on": reached.isoformat() if reached else None,
                "last_backup_on": backed_up.isoformat() if backed_up else None,
            }

        return serialize

    @classmethod
    def from_stored(cls, stored: StoredData) -> PersonState:
        """Read stored state; raise LedgerFormatError if it is not ours."""
        try:
            reached = stored.get("target_reached_on")
            backed_up = stored.get("last_backup_on")
            return cls(
                ledger=Ledger.from_dict(stored["ledger"], encode_day=_json_fragment),
                target_reached_on=date.fromisoformat(reached) if reached else None,
                last_backup_on=date.fromisoformat(backed_up) if backed_up else None,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise LedgerFormatError(f"Unreadable person state: {err!r}") from err


@dataclass(frozen=True, slots=True)
class Recovery:
    """How a ledger was recovered when its main file could not be used."""

    # When the backup that was used had been written; None: no backup existed.
    backup_saved_at: datetime | None
    # The unreadable data was kept under this storage key.
    kept_as: str | None


class LedgerStorage:
    """The main store of a person's ledger and its backups."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Prepare the stores; nothing is read yet."""
        self._hass = hass
        key = storage_key(entry_id)
        self._main = LedgerStore(hass, key)
        self._unreadable = Store[StoredData](hass, STORAGE_VERSION, f"{key}.unreadable")
        self._backups = [
            LedgerStore(hass, f"{key}.backup{slot}") for slot in range(BACKUP_SLOTS)
        ]

    async def async_load(self) -> tuple[PersonState | None, Recovery | None]:
        """Load the person's state, falling back to the newest good backup.

        Raises UnsupportedStorageVersionError when a newer release wrote the
        file: it is left untouched.
        """
        stored = await self._main.async_load()
        kept_as: str | None = None
        if stored is not None:
            try:
                # Years of entries: read them off the event loop.
                state = await self._hass.async_add_executor_job(
                    PersonState.from_stored, stored
                )
                return state, None
            except LedgerFormatError:
                # Keep what could not be read, for the user or a later release.
                await self._unreadable.async_save(stored)
                kept_as = self._unreadable.key
        backup = await self._async_newest_backup()
        if backup is None:
            # Nothing stored (a new person), or a corrupt file without a backup.
            return None, Recovery(None, kept_as) if kept_as else None
        state, saved_at = backup
        return state, Recovery(saved_at, kept_as)

    async def _async_newest_backup(self) -> tuple[PersonState, datetime] | None:
        newest: tuple[PersonState, datetime] | None = None
        for store in self._backups:
            try:
                stored = await store.async_load()
                if stored is None:
                    continue
                state = PersonState.from_stored(stored)
                saved_at = datetime.fromisoformat(stored["saved_at"])
            except (
                UnsupportedStorageVersionError,
                LedgerFormatError,
                KeyError,
                TypeError,
                ValueError,
            ):
                # A backup that cannot be used is simply not a candidate.
                continue
            if newest is None or saved_at > newest[1]:
                newest = (state, saved_at)
        return newest

    def schedule_save(self, state: PersonState) -> None:
        """Write the state within a second."""
        self._main.async_delay_save(state.serializer(), SAVE_DELAY)

    async def async_save_now(self, state: PersonState) -> None:
        """Write the state at once (unload), serializing off the event loop."""
        data = await self._hass.async_add_executor_job(state.serializer())
        await self._main.async_save(data)

    async def async_write_backup(self, state: PersonState, day: date) -> None:
        """Write today's backup into the slot of the older one."""
        data = await self._hass.async_add_executor_job(state.serializer())
        data["saved_at"] = dt_util.utcnow().isoformat()
        await self._backups[day.toordinal() % BACKUP_SLOTS].async_save(data)

    async def async_remove(self) -> None:
        """Delete the main file, the backups and any kept unreadable data."""
        for store in (self._main, *self._backups, self._unreadable):
            await store.async_remove()
