"""A person's ledger on disk: the main file, two rotating backups, safe loading.

The main file is written at most `SAVE_DELAY` after the first change that is
not on disk yet, however many changes follow (a bound, not a debounce that
steady use would push back for ever). A failed write keeps everything in
memory, is reported, and is tried again with a growing pause until the disk
works. Once a day a backup is written from memory into one of two slots in
turn, so a corrupt or unreadable main file can be replaced by the newest good
copy instead of an empty ledger.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
import logging
from typing import Any

import orjson

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import UnsupportedStorageVersionError
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util, json as json_util

from .const import DOMAIN
from .ledger import Ledger, LedgerFormatError

STORAGE_VERSION = 1
STORAGE_MINOR_VERSION = 1
# The first unsaved change is written this many seconds later, at the latest
# (plus, under load, one more delay and the write itself: within 2 s).
SAVE_DELAY = 0.8
# Pauses before writing again after a failed write (the last one repeats).
RETRY_DELAYS = (5.0, 15.0, 60.0, 300.0)
BACKUP_SLOTS = 2

_LOGGER = logging.getLogger(__name__)

type StoredData = dict[str, Any]
# Told after each write of the main file: None, or what made it fail.
type WriteListener = Callable[[Exception | None], None]


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

    def __init__(
        self, hass: HomeAssistant, key: str, on_written: WriteListener | None = None
    ) -> None:
        """Write atomically, serialize off the event loop, report every write."""
        super().__init__(
            hass,
            STORAGE_VERSION,
            key,
            minor_version=STORAGE_MINOR_VERSION,
            atomic_writes=True,
            serialize_in_event_loop=False,
        )
        self._on_written = on_written

    async def _async_write_data(self, data: dict[str, Any]) -> None:
        """Write, and say whether it worked: the store itself only logs a failure."""
        try:
            await super()._async_write_data(data)
        except Exception as err:  # a full disk, a lost mount: anything
            _LOGGER.error("Writing %s failed: %s", self.key, err)
            if self._on_written is not None:
                self._on_written(err)
            return
        if self._on_written is not None:
            self._on_written(None)

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

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        on_write_failed: WriteListener | None = None,
    ) -> None:
        """Prepare the stores; nothing is read yet.

        `on_write_failed` hears of the main file's writes that fail, and of the
        first one that works again (with None).
        """
        self._hass = hass
        self._on_write_failed = on_write_failed
        key = storage_key(entry_id)
        self._main = LedgerStore(hass, key, self._written)
        # The newest state handed in, kept until a write of it worked.
        self._latest: PersonState | None = None
        self._deadline: float | None = None
        self._failures = 0
        self._unsub_retry: CALLBACK_TYPE | None = None
        self._stopped = False
        self._unreadable = Store[StoredData](hass, STORAGE_VERSION, f"{key}.unreadable")
        self._backups = [
            LedgerStore(hass, f"{key}.backup{slot}") for slot in range(BACKUP_SLOTS)
        ]

    async def async_load(self) -> tuple[PersonState | None, Recovery | None]:
        """Load the person's state, falling back to the newest good backup.

        Raises UnsupportedStorageVersionError when a newer release wrote the
        file: it is left untouched.
        """
        kept_as: str | None = None
        try:
            stored = await self._main.async_load()
        except KeyError, TypeError, ValueError, AttributeError:
            # Valid JSON that is no store file ("null", "[]", no "data").
            raw = await self._hass.async_add_executor_job(
                json_util.load_json, self._main.path
            )
            await self._unreadable.async_save({"file": raw})
            kept_as, stored = self._unreadable.key, None
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

    @property
    def unsaved(self) -> PersonState | None:
        """The state that the last write of the main file failed to store."""
        return self._latest if self._failures else None

    @callback
    def schedule_save(self, state: PersonState) -> None:
        """Write the state no later than `SAVE_DELAY` after the first unsaved change.

        Later changes ride along with that write rather than postpone it.
        """
        self._latest = state
        now = self._hass.loop.time()
        if self._deadline is None or now >= self._deadline:
            self._deadline = now + SAVE_DELAY
        self._main.async_delay_save(state.serializer(), self._deadline - now)

    async def async_save_now(self, state: PersonState) -> None:
        """Write the state at once (unload), serializing off the event loop."""
        self._latest = state
        self._cancel_retry()
        data = await self._hass.async_add_executor_job(state.serializer())
        await self._main.async_save(data)

    @callback
    def _written(self, error: Exception | None) -> None:
        if error is None:
            if self._failures:
                self._failures = 0
                if self._on_write_failed is not None:
                    self._on_write_failed(None)
            return
        self._failures += 1
        self._cancel_retry()
        if not self._stopped:
            delay = RETRY_DELAYS[min(self._failures, len(RETRY_DELAYS)) - 1]
            self._unsub_retry = async_call_later(self._hass, delay, self._retry)
        if self._on_write_failed is not None:
            self._on_write_failed(error)

    @callback
    def _retry(self, _now: datetime) -> None:
        self._unsub_retry = None
        if self._latest is not None:
            self.schedule_save(self._latest)

    @callback
    def _cancel_retry(self) -> None:
        if self._unsub_retry is not None:
            self._unsub_retry()
            self._unsub_retry = None

    @callback
    def async_stop(self) -> None:
        """Stop trying again after a failed write: the entry is unloading.

        What the last write could not store stays in `unsaved`.
        """
        self._stopped = True
        self._cancel_retry()

    async def async_write_backup(self, state: PersonState, day: date) -> None:
        """Write today's backup into the slot of the older one."""
        data = await self._hass.async_add_executor_job(state.serializer())
        data["saved_at"] = dt_util.utcnow().isoformat()
        await self._backups[day.toordinal() % BACKUP_SLOTS].async_save(data)

    async def async_remove(self) -> None:
        """Delete the main file, the backups and any kept unreadable data."""
        for store in (self._main, *self._backups, self._unreadable):
            await store.async_remove()
