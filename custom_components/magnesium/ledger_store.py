"""A person's ledger on disk: a small head, a file per month, two backups.

The head (`magnesium.<entry id>`) holds what is not a day and lists the
months; each month has its own file (`magnesium.<entry id>.2026-11`), so a log
rewrites its month and the head, never years of history. Every file is a
Home Assistant `Store`: atomic writes and versions are its own. The single
file of earlier releases is read as it is and split at the next save.

Changes are written at most `SAVE_DELAY` after the first one that is not on
disk yet, however many follow (a bound, not a debounce that steady use would
push back for ever). A failed write keeps everything in memory, is reported,
and is tried again with a growing pause until the disk works. Once a day a
backup of the whole ledger is written into one of two slots in turn, so an
unreadable head or month can be replaced by the newest good copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
import logging
from pathlib import Path
import re
from typing import Any

import orjson

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util, json as json_util

from .const import DOMAIN
from .ledger import Ledger, LedgerFormatError

# 2: a head and a file per month; 1 was one file with every day.
STORAGE_VERSION = 2
STORAGE_MINOR_VERSION = 1
MONTH_STORAGE_VERSION = 1
# The first unsaved change is written this many seconds later, at the latest
# (plus, under load, one more delay and the write itself: within 2 s).
SAVE_DELAY = 0.8
# Pauses before writing again after a failed write (the last one repeats).
RETRY_DELAYS = (5.0, 15.0, 60.0, 300.0)
BACKUP_SLOTS = 2

_LOGGER = logging.getLogger(__name__)

type StoredData = dict[str, Any]
# Told after each write of a file: None, or what made it fail.
type WriteListener = Callable[[Exception | None], None]


# What Store.async_load raises for valid JSON that is no store file ("null",
# "[]", no "data").
NOT_A_STORE_FILE = (KeyError, TypeError, ValueError, AttributeError)


def _json_fragment(stored_day: dict[str, Any]) -> orjson.Fragment:
    """A stored day as compact JSON, written into the file as it is.

    The store indents its files; a day's entries on one line take a third of
    the space.
    """
    return orjson.Fragment(orjson.dumps(stored_day))


def storage_key(entry_id: str) -> str:
    """Return the storage key of a person's ledger (its head)."""
    return f"{DOMAIN}.{entry_id}"


def month_key(key: str, month: str) -> str:
    """The storage key of one month of a ledger: "magnesium.<id>.2026-11"."""
    return f"{key}.{month}"


_MONTH: re.Pattern[str] = re.compile(r"\d{4}-\d{2}")


class LedgerStore(Store[StoredData]):
    """Versioned storage of one ledger, with the hook for future migrations."""

    def __init__(
        self,
        hass: HomeAssistant,
        key: str,
        on_written: WriteListener | None = None,
        version: int = STORAGE_VERSION,
    ) -> None:
        """Write atomically, serialize off the event loop, report every write."""
        super().__init__(
            hass,
            version,
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
        """Read older versions as they are: `LedgerStorage` splits version 1."""
        return old_data


@dataclass(frozen=True, slots=True)
class PersonState:
    """What is kept of a person besides the ledger itself."""

    ledger: Ledger
    target_reached_on: date | None = None
    last_backup_on: date | None = None

    def _marks(self) -> StoredData:
        """The dates kept besides the days, as stored."""
        reached, backed_up = self.target_reached_on, self.last_backup_on
        return {
            "target_reached_on": reached.isoformat() if reached else None,
            "last_backup_on": backed_up.isoformat() if backed_up else None,
        }

    def serializer(self) -> Callable[[], StoredData]:
        """Capture the state now; the returned function may run in any thread."""
        serialize_ledger = self.ledger.snapshot(_json_fragment)
        marks = self._marks()
        return lambda: {"ledger": serialize_ledger(), **marks}

    def head_serializer(self, months: Iterable[str]) -> Callable[[], StoredData]:
        """The head: what is not a day, and the months that have a file."""
        serialize_ledger = self.ledger.snapshot(months=())
        head = {"months": sorted(months), **self._marks()}

        def serialize() -> StoredData:
            ledger = serialize_ledger()
            return {
                "started": ledger["started"],
                "next_seq": ledger["next_seq"],
                **head,
            }

        return serialize

    def month_serializer(self, month: str) -> Callable[[], StoredData]:
        """One month's days, for its own file."""
        serialize_ledger = self.ledger.snapshot(_json_fragment, months=(month,))
        return lambda: {"days": serialize_ledger()["days"]}

    @classmethod
    def from_head(cls, head: StoredData) -> PersonState:
        """A head's state, its ledger still without days (`Ledger.read_days`).

        Raises LedgerFormatError if it is not ours.
        """
        return cls._with_marks(head, Ledger.loading(head))

    @classmethod
    def from_stored(cls, stored: StoredData) -> PersonState:
        """Read stored state; raise LedgerFormatError if it is not ours."""
        try:
            ledger = Ledger.from_dict(stored["ledger"])
        except (KeyError, TypeError) as err:
            raise LedgerFormatError(f"Unreadable person state: {err!r}") from err
        return cls._with_marks(stored, ledger)

    @classmethod
    def _with_marks(cls, stored: StoredData, ledger: Ledger) -> PersonState:
        try:
            reached = stored.get("target_reached_on")
            backed_up = stored.get("last_backup_on")
            return cls(
                ledger=ledger,
                target_reached_on=date.fromisoformat(reached) if reached else None,
                last_backup_on=date.fromisoformat(backed_up) if backed_up else None,
            )
        except (TypeError, ValueError, AttributeError) as err:
            raise LedgerFormatError(f"Unreadable person state: {err!r}") from err


@dataclass(frozen=True, slots=True)
class Recovery:
    """How a ledger was recovered when its main file could not be used."""

    # When the backup that was used had been written; None: no backup existed.
    backup_saved_at: datetime | None
    # The unreadable data was kept under this storage key.
    kept_as: str | None


class LedgerStorage:
    """The head, month and backup stores of a person's ledger."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        on_write_failed: WriteListener | None = None,
    ) -> None:
        """Prepare the stores; nothing is read yet.

        `on_write_failed` hears of the writes that fail, and of the moment all
        of them work again (with None).
        """
        self._hass = hass
        self._on_write_failed = on_write_failed
        self._key = key = storage_key(entry_id)
        self._main = LedgerStore(hass, key, self._written_by(key, None))
        self._month_stores: dict[str, LedgerStore] = {}
        # Month -> the ledger's month last handed to its store.
        self._handed: dict[str, object] = {}
        # The months handed to their store whose write has not worked yet.
        self._unwritten: set[str] = set()
        # The newest state handed in, kept until a write of it worked.
        self._latest: PersonState | None = None
        self._deadline: float | None = None
        # The stores whose last write failed, and how many failures in a row.
        self._failing: set[str] = set()
        self._failures = 0
        self._unsub_retry: CALLBACK_TYPE | None = None
        self._stopped = False
        self._unreadable = Store[StoredData](hass, STORAGE_VERSION, f"{key}.unreadable")
        self._backups = [
            LedgerStore(hass, f"{key}.backup{slot}") for slot in range(BACKUP_SLOTS)
        ]

    def _month_store(self, month: str) -> LedgerStore:
        store = self._month_stores.get(month)
        if store is None:
            key = month_key(self._key, month)
            store = LedgerStore(
                self._hass, key, self._written_by(key, month), MONTH_STORAGE_VERSION
            )
            self._month_stores[month] = store
        return store

    async def _async_months_on_disk(self) -> set[str]:
        """The months that have a file, listed in the head or not."""
        folder = self._hass.config.path(".storage")
        prefix = f"{self._key}."

        def scan() -> set[str]:
            try:
                names = [path.name for path in Path(folder).iterdir()]
            except OSError:
                return set()
            return {
                name.removeprefix(prefix)
                for name in names
                if name.startswith(prefix) and _MONTH.fullmatch(name[len(prefix) :])
            }

        return await self._hass.async_add_executor_job(scan)

    async def async_load(self) -> tuple[PersonState | None, Recovery | None]:
        """Load the person's state, falling back to the newest good backup.

        Raises UnsupportedStorageVersionError when a newer release wrote the
        head: it is left untouched. A month that cannot be read is taken
        from the backup.
        """
        kept_as: str | None = None
        try:
            stored = await self._main.async_load()
        except NOT_A_STORE_FILE:
            # Valid JSON that is no store file ("null", "[]", no "data").
            raw = await self._hass.async_add_executor_job(
                json_util.load_json, self._main.path
            )
            await self._unreadable.async_save({"file": raw})
            kept_as, stored = self._unreadable.key, None
        if stored is not None:
            try:
                if not isinstance(stored, dict):
                    raise LedgerFormatError(f"Unreadable head: {type(stored)}")
                if "ledger" in stored:
                    # One file with every day (release 0.2 and before): read
                    # it whole; the next save writes each month.
                    state = await self._hass.async_add_executor_job(
                        PersonState.from_stored, stored
                    )
                    return state, None
                return await self._async_load_months(stored)
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

    async def _async_load_months(
        self, head: StoredData
    ) -> tuple[PersonState, Recovery | None]:
        """The head's months, each from its file, or from the backup if it fails."""
        state = PersonState.from_head(head)
        listed = head.get("months") or []
        if not isinstance(listed, list):
            raise LedgerFormatError(f"Unreadable head: months {listed!r}")
        # A month the head lists that is no month has no file to read.
        months = {
            month
            for month in listed
            if isinstance(month, str) and _MONTH.fullmatch(month)
        } | await self._async_months_on_disk()
        lost: list[str] = []
        # Months whose file is valid JSON but no month we can read.
        unreadable: dict[str, Any] = {}
        # A month at a time: years of parsed JSON are never held at once.
        for month in sorted(months):
            try:
                stored = await self._month_store(month).async_load()
            except NOT_A_STORE_FILE:
                stored = None
            if not await self._async_read_month(state.ledger, stored):
                lost.append(month)
                if stored is not None:
                    unreadable[month] = stored
        kept_as: str | None = None
        if unreadable and await self._async_keep_aside({"months": unreadable}):
            # Kept for the user or a later release: the file goes, and the
            # month is written anew from what the backup has of it.
            kept_as = self._unreadable.key
            for month in unreadable:
                await self._month_store(month).async_remove()
        recovery = Recovery(None, kept_as) if kept_as else None
        if lost and (backup := await self._async_newest_backup()) is not None:
            # A month without a file (never written, or corrupt and set aside
            # by the store) or unreadable: the backup's days of it, if any.
            backup_state, saved_at = backup
            for month in lost:
                serialize = backup_state.ledger.snapshot(months=(month,))
                days = (await self._hass.async_add_executor_job(serialize))["days"]
                await self._hass.async_add_executor_job(state.ledger.read_days, days)
                if days:
                    recovery = Recovery(saved_at, kept_as)
            if recovery is not None and recovery.backup_saved_at is not None:
                _LOGGER.warning("Months of %s restored from backup", self._key)
        mended = await self._hass.async_add_executor_job(state.ledger.loaded)
        # What was read as it is on disk is not written again.
        self._handed = {
            month: token
            for month, token in state.ledger.months().items()
            if month in months and month not in lost and month not in mended
        }
        return state, recovery

    async def _async_keep_aside(self, data: StoredData) -> bool:
        """Write what could not be read to `<key>.unreadable`; whether it worked."""
        results: list[Exception | None] = []
        store = LedgerStore(self._hass, self._unreadable.key, results.append)
        await store.async_save(data)
        return results == [None]

    async def _async_read_month(self, ledger: Ledger, stored: Any) -> bool:
        """Read a month's file into a ledger being loaded; False if it cannot be."""
        days = stored.get("days") if isinstance(stored, dict) else None
        if not isinstance(days, dict):
            return False
        try:
            await self._hass.async_add_executor_job(ledger.read_days, days)
        except LedgerFormatError:
            return False
        return True

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
                HomeAssistantError,  # a newer release's, or one not readable now
                OSError,
                LedgerFormatError,
                *NOT_A_STORE_FILE,
            ):
                # A backup that cannot be used is simply not a candidate.
                continue
            if newest is None or saved_at > newest[1]:
                newest = (state, saved_at)
        return newest

    @property
    def unsaved(self) -> PersonState | None:
        """The state that the last writes failed to store."""
        return self._latest if self._failing else None

    @callback
    def schedule_save(self, state: PersonState) -> None:
        """Write what changed no later than `SAVE_DELAY` after the first change.

        Only the months that changed and the head are written; later changes
        ride along with that write rather than postpone it.
        """
        self._latest = state
        now = self._hass.loop.time()
        if self._deadline is None or now >= self._deadline:
            self._deadline = now + SAVE_DELAY
        delay = self._deadline - now
        months = state.ledger.months()
        for month in self._changed(months):
            self._month_store(month).async_delay_save(
                state.month_serializer(month), delay
            )
        self._main.async_delay_save(state.head_serializer(months), delay)

    def _changed(self, months: dict[str, object]) -> list[str]:
        """The months whose days differ from those last handed to their store."""
        changed = [
            month
            for month, token in months.items()
            if self._handed.get(month) is not token
        ]
        self._handed.update((month, months[month]) for month in changed)
        self._unwritten.update(changed)
        return changed

    async def async_save_now(self, state: PersonState) -> None:
        """Write what changed at once (unload), serializing off the event loop."""
        self._latest = state
        self._cancel_retry()
        months = state.ledger.months()
        self._changed(months)
        # Also the months whose delayed write has not happened yet.
        for month in sorted(self._unwritten):
            data = await self._hass.async_add_executor_job(
                state.month_serializer(month)
            )
            await self._month_store(month).async_save(data)
        head = await self._hass.async_add_executor_job(state.head_serializer(months))
        await self._main.async_save(head)

    def _written_by(self, key: str, month: str | None) -> WriteListener:
        return lambda error: self._written(key, month, error)

    @callback
    def _written(self, key: str, month: str | None, error: Exception | None) -> None:
        if error is None:
            if month is not None:
                self._unwritten.discard(month)
            if key in self._failing:
                self._failing.discard(key)
                if not self._failing:
                    self._failures = 0
                    if self._on_write_failed is not None:
                        self._on_write_failed(None)
            return
        self._failing.add(key)
        self._failures += 1
        # What a failed write held must be written again: every month.
        self._handed.clear()
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
        # The time of the state, not of the end of the write: a slow write
        # must not make an older state look like the newest backup.
        saved_at = dt_util.utcnow().isoformat()
        data = await self._hass.async_add_executor_job(state.serializer())
        data["saved_at"] = saved_at
        await self._backups[day.toordinal() % BACKUP_SLOTS].async_save(data)

    async def async_remove(self) -> None:
        """Delete the head, every month, the backups and any unreadable data."""
        months = await self._async_months_on_disk()
        with suppress(Exception):  # an unreadable head lists nothing
            head = await self._main.async_load()
            months.update((head or {}).get("months") or ())
        stores = [self._month_store(month) for month in months]
        for store in (self._main, *stores, *self._backups, self._unreadable):
            await store.async_remove()
