"""Once a day at a local time: exactly once per day, across restarts and DST.

The day of the last run is stored, so a restart around the chosen time neither
repeats nor skips it: a run missed while Home Assistant was down is made up
once at startup. Each run is scheduled for the next local occurrence of the
time, recomputed every day, so clock changes move it with the wall clock.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import date, datetime, time, timedelta
from typing import Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .tracker import MagnesiumConfigEntry

STORAGE_VERSION = 1

type DailyJob = Callable[[date], Coroutine[Any, Any, None]]


def storage_key(entry_id: str) -> str:
    """Return the storage key of a person's summary state."""
    return f"{DOMAIN}.{entry_id}.summary"


def occurrence(day: date, at: time) -> datetime:
    """The instant (UTC) the local wall clock shows `at` on `day`.

    In a spring-forward gap the time is read on the old offset, so 02:30 on a
    day without 02:30 becomes 03:30; when the clock falls back, the first of
    the two 02:30s counts.
    """
    local = datetime.combine(day, at, tzinfo=dt_util.get_default_time_zone())
    return dt_util.as_utc(local)


class DailySchedule:
    """Runs a job once a day at a local time, remembering the last day it ran."""

    def __init__(
        self, hass: HomeAssistant, entry: MagnesiumConfigEntry, job: DailyJob
    ) -> None:
        """Prepare the schedule; `async_load` reads the last day it ran."""
        self._hass = hass
        self._entry = entry
        self._job = job
        self._store = Store[dict[str, Any]](
            hass, STORAGE_VERSION, storage_key(entry.entry_id)
        )
        self._at: time | None = None
        self._last_run: date | None = None
        self._unsub_timer: CALLBACK_TYPE | None = None

    async def async_load(self, at: time | None) -> None:
        """Read the last day the job ran; nothing runs before `async_check`."""
        self._at = at
        stored = await self._store.async_load()
        try:
            self._last_run = date.fromisoformat(stored["last_run"]) if stored else None
        except KeyError, TypeError, ValueError:
            # Only a damaged file gets here: at worst one extra summary today.
            self._last_run = None

    @callback
    def async_check(self) -> None:
        """Run the job if today's time has passed without it, then reschedule.

        Called at startup (the catch-up), when the timer fires and when the
        clock or time zone may have changed.
        """
        self._unsub_timer_now()
        now = dt_util.utcnow()
        today = dt_util.as_local(now).date()
        if (
            self._at is not None
            and self._last_run != today
            and occurrence(today, self._at) <= now
        ):
            self._mark(today)
            self._entry.async_create_task(
                self._hass, self._job(today), f"{DOMAIN} daily job"
            )
        self._schedule()

    @callback
    def async_set_time(self, at: time | None) -> None:
        """Follow a new time (or none) without catching up on today."""
        if at == self._at:
            return
        self._at = at
        now = dt_util.utcnow()
        today = dt_util.as_local(now).date()
        if at is not None and self._last_run != today and occurrence(today, at) <= now:
            # Just chosen and already past: the first run is tomorrow, also
            # after a restart later today.
            self._mark(today)
        self._schedule()

    @callback
    def async_stop(self) -> None:
        """Cancel the timer."""
        self._unsub_timer_now()

    def _schedule(self) -> None:
        self._unsub_timer_now()
        if self._at is None:
            return
        now = dt_util.utcnow()
        day = dt_util.as_local(now).date()
        if self._last_run == day or occurrence(day, self._at) <= now:
            day += timedelta(days=1)
        self._unsub_timer = async_track_point_in_utc_time(
            self._hass, self._async_fired, occurrence(day, self._at)
        )

    @callback
    def _async_fired(self, _now: datetime) -> None:
        self._unsub_timer = None
        self.async_check()

    def _unsub_timer_now(self) -> None:
        if self._unsub_timer is not None:
            self._unsub_timer()
            self._unsub_timer = None

    def _mark(self, day: date) -> None:
        # Remembered before the job runs: a crash may lose one run, never repeat it.
        self._last_run = day
        self._entry.async_create_task(
            self._hass,
            self._store.async_save({"last_run": day.isoformat()}),
            f"{DOMAIN} save daily job state",
        )


async def async_remove_schedule(hass: HomeAssistant, entry_id: str) -> None:
    """Delete a person's stored summary state."""
    await Store[dict[str, Any]](
        hass, STORAGE_VERSION, storage_key(entry_id)
    ).async_remove()
