"""The bridge between one person's ledger and Home Assistant.

It owns the ledger and its store, knows what "today" is, keeps the day's status
for the entities, moves to the next day at local midnight and fires the events
that automations and notifications react to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
import logging
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback
from homeassistant.exceptions import (
    ConfigEntryError,
    ConfigEntryNotReady,
    HomeAssistantError,
    UnsupportedStorageVersionError,
)
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.event import (
    async_track_point_in_time,
    async_track_time_interval,
)
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .const import (
    CONF_DAILY_TARGET_MG,
    CONF_NAME,
    CONF_RETENTION_DAYS,
    CONF_SUPPLEMENT_FORM,
    CONF_SUPPLEMENT_LIMIT_MG,
    CONF_SUPPLEMENT_PRODUCT,
    CONF_SUPPLEMENT_UNIT_MG,
    DOMAIN,
    EVENT_INTAKE,
    EVENT_SUPPLEMENT_LIMIT_EXCEEDED,
    EVENT_TARGET_REACHED,
)
from .errors import MagnesiumError
from .intake_statistics import IntakeStatistics, statistic_id_of
from .ledger import (
    AVERAGE_DAYS,
    DEFAULT_RETENTION_DAYS,
    DayTotals,
    Entry,
    EntryKind,
    Ledger,
)
from .ledger_store import LedgerStorage, PersonState, Recovery
from .targets import Person, daily_target_mg, supplement_limit_mg
from .words import clip

_LOGGER = logging.getLogger(__name__)
# How often the day is checked against the wall clock, which may jump.
CLOCK_CHECK_INTERVAL = timedelta(minutes=1)
# A device clock this far ahead still logs "now", not the future.
CLOCK_SKEW = timedelta(minutes=5)
# States whose last write failed, kept from an unload to the next setup.
_UNSAVED: HassKey[dict[str, PersonState]] = HassKey(f"{DOMAIN}_unsaved")

# Changes of an entry: each also fires the bus event `magnesium_intake`.
ENTRY_EVENT_TYPES = (
    "food_logged",
    "supplement_logged",
    "entry_removed",
    "entry_updated",
)
# What the event entity reports; the warnings have bus events of their own.
INTAKE_EVENT_TYPES = (
    *ENTRY_EVENT_TYPES,
    "supplement_limit_exceeded",
    "target_reached",
)

type MagnesiumConfigEntry = ConfigEntry[PersonTracker]
type IntakeEventListener = Callable[[str, LogResult, Context | None], None]
# Told the context of the change (the action call or voice command), if any.
type StatusListener = Callable[[Context | None], None]


@dataclass(frozen=True, slots=True)
class DayStatus:
    """Everything the entities and responses show about one day."""

    day: date
    totals: DayTotals
    daily_target_mg: int
    supplement_limit_mg: int
    average_7d_mg: float | None

    @property
    def remaining_mg(self) -> float:
        """What is left to reach the target, never negative."""
        return max(round(self.daily_target_mg - self.totals.total_mg, 2), 0.0)

    @property
    def progress_pct(self) -> float:
        """Share of the target reached, in percent."""
        return round(self.totals.total_mg / self.daily_target_mg * 100, 1)

    @property
    def supplement_limit_exceeded(self) -> bool:
        """Whether the day's supplements are above the limit."""
        return self.totals.supplements_mg > self.supplement_limit_mg

    @property
    def target_reached(self) -> bool:
        """Whether the day's total reached the target."""
        return self.totals.total_mg >= self.daily_target_mg

    def as_response(self) -> dict[str, Any]:
        """Describe the day's totals in the shape every action answers with."""
        return {
            "intake_today_mg": self.totals.total_mg,
            "food_today_mg": self.totals.food_mg,
            "supplements_today_mg": self.totals.supplements_mg,
            "daily_target_mg": self.daily_target_mg,
            "remaining_today_mg": self.remaining_mg,
            "supplement_limit_mg": self.supplement_limit_mg,
            "supplement_limit_exceeded": self.supplement_limit_exceeded,
        }


@dataclass(frozen=True, slots=True)
class LogResult:
    """The outcome of logging or removing one entry."""

    entry: Entry
    status: DayStatus

    def as_response(self) -> dict[str, Any]:
        """Response data of the logging and removal actions."""
        return {"entry": self.entry.as_dict(), **self.status.as_response()}


@dataclass(frozen=True, slots=True)
class DayReport:
    """A day's totals, target and limit, with its entries in logging order."""

    status: DayStatus
    entries: tuple[Entry, ...]

    def as_response(self) -> dict[str, Any]:
        """One day of `get_log`'s response."""
        return {
            "date": self.status.day.isoformat(),
            **self.status.as_response(),
            "entries": [entry.as_dict() for entry in self.entries],
        }


@dataclass(frozen=True, slots=True)
class UsualSupplement:
    """The product a person usually takes, as set in their options."""

    product: str
    unit_mg: float
    form: str | None


def intake_statistic_id(entry: MagnesiumConfigEntry) -> str:
    """The id of a person's intake statistic, "magnesium:alex_intake".

    From the name the person was added with (the entry's unique id), which a
    later change of name keeps, like the entity ids.
    """
    return statistic_id_of(entry.unique_id or entry.entry_id)


class PersonTracker:
    """One person's intake, as Home Assistant sees it."""

    def __init__(self, hass: HomeAssistant, entry: MagnesiumConfigEntry) -> None:
        """Prepare the tracker; `async_load` reads the stored ledger."""
        self.hass = hass
        self.entry = entry
        self._storage = LedgerStorage(hass, entry.entry_id, self._write_failed)
        self.ledger = Ledger(started=dt_util.now().date())
        self.statistics = IntakeStatistics(
            hass, intake_statistic_id(entry), lambda: self.ledger, lambda: self.name
        )
        self._target_reached_on: date | None = None
        self._last_backup_on: date | None = None
        self._listeners: list[StatusListener] = []
        self._event_listeners: list[IntakeEventListener] = []
        self._unsub_midnight: CALLBACK_TYPE | None = None
        self._unsub_core_config: CALLBACK_TYPE | None = None
        self._unsub_clock_check: CALLBACK_TYPE | None = None
        # (day, target, limit): they change with the day and the settings only.
        self._limits: tuple[date, int, int] | None = None
        self.status = self.day_status(self.today)

    @property
    def name(self) -> str:
        """The person's name."""
        return str(self.entry.data[CONF_NAME])

    @property
    def person(self) -> Person:
        """The person as the reference tables see them."""
        return Person.from_config(self.entry.data)

    @property
    def today(self) -> date:
        """The current local calendar day."""
        return dt_util.now().date()

    async def async_load(self) -> None:
        """Load the ledger and start following the calendar.

        A state that could not be written before a reload is taken from
        memory, not from the older file.
        """
        unsaved = self.hass.data.get(_UNSAVED, {}).pop(self.entry.entry_id, None)
        state: PersonState | None = unsaved
        recovery: Recovery | None = None
        try:
            if unsaved is None:
                state, recovery = await self._storage.async_load()
        except UnsupportedStorageVersionError as err:
            # Written by a newer release: leave the file alone, stay unavailable.
            placeholders = {"name": self.name, "version": str(err.found_version)}
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                self._issue_id("newer_storage_version"),
                is_fixable=False,
                severity=ir.IssueSeverity.ERROR,
                translation_key="newer_storage_version",
                translation_placeholders=placeholders,
            )
            raise ConfigEntryError(
                translation_domain=DOMAIN,
                translation_key="newer_storage_version",
                translation_placeholders=placeholders,
            ) from err
        except (OSError, HomeAssistantError) as err:
            # A file that cannot be read now (permissions, a failing disk):
            # Home Assistant tries again later; a backup must not replace it.
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="storage_unreadable",
                translation_placeholders={"name": self.name, "error": str(err)},
            ) from err
        ir.async_delete_issue(
            self.hass, DOMAIN, self._issue_id("newer_storage_version")
        )
        if state is not None:
            self.ledger = state.ledger
            self._target_reached_on = state.target_reached_on
            self._last_backup_on = state.last_backup_on
        self.ledger.retention_days = self._retention_days()
        if recovery is not None:
            self._report_recovery(recovery)
        if recovery is not None or unsaved is not None:
            self._schedule_save()
        if self.ledger.compact(self.today):
            self._schedule_save()
        self.status = self.day_status(self.today)
        self._schedule_midnight()
        self._unsub_core_config = self.hass.bus.async_listen(
            EVENT_CORE_CONFIG_UPDATE, self._async_core_config_updated
        )
        self._unsub_clock_check = async_track_time_interval(
            self.hass, self._async_check_day, CLOCK_CHECK_INTERVAL
        )
        self._backup_if_due()
        self.entry.async_create_background_task(
            self.hass,
            self.statistics.async_catch_up(),
            f"{DOMAIN} statistics {self.entry.entry_id}",
        )

    def _issue_id(self, issue: str) -> str:
        return f"{issue}_{self.entry.entry_id}"

    def _report_recovery(self, recovery: Recovery) -> None:
        """Tell the user, through a repair issue, what was restored."""
        placeholders = {"name": self.name}
        if recovery.backup_saved_at is not None:
            translation_key = "restored_from_backup"
            placeholders["saved_at"] = dt_util.as_local(
                recovery.backup_saved_at
            ).strftime("%Y-%m-%d %H:%M")
        else:
            translation_key = "ledger_unreadable"
        placeholders["kept_as"] = recovery.kept_as or "-"
        _LOGGER.warning(
            "The stored ledger of config entry %s could not be read; %s",
            self.entry.entry_id,
            "restored from backup" if recovery.backup_saved_at else "started empty",
        )
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self._issue_id(translation_key),
            is_fixable=True,
            is_persistent=True,
            severity=ir.IssueSeverity.WARNING,
            translation_key=translation_key,
            translation_placeholders=placeholders,
        )

    async def async_unload(self) -> None:
        """Stop following the calendar and write what is pending."""
        for unsub in (
            self._unsub_midnight,
            self._unsub_core_config,
            self._unsub_clock_check,
        ):
            if unsub is not None:
                unsub()
        self._unsub_midnight = self._unsub_core_config = self._unsub_clock_check = None
        self._storage.async_stop()
        await self.statistics.async_write()
        await self._storage.async_save_now(self._state())
        if (unsaved := self._storage.unsaved) is not None:
            # The disk still fails: keep the state for the next setup.
            self.hass.data.setdefault(_UNSAVED, {})[self.entry.entry_id] = unsaved

    @callback
    def _write_failed(self, error: Exception | None) -> None:
        """Raise (or, once a write works again, clear) the repair issue."""
        issue_id = self._issue_id("write_failed")
        if error is None:
            ir.async_delete_issue(self.hass, DOMAIN, issue_id)
            return
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key="write_failed",
            translation_placeholders={"name": self.name, "error": clip(error, 120)},
        )

    # Listeners -----------------------------------------------------------

    @callback
    def async_add_listener(self, update: StatusListener) -> CALLBACK_TYPE:
        """Call `update(context)` whenever the day's status may have changed."""
        self._listeners.append(update)
        return lambda: self._listeners.remove(update)

    @callback
    def async_add_event_listener(self, listener: IntakeEventListener) -> CALLBACK_TYPE:
        """Call `listener(event_type, data, context)` for every intake event."""
        self._event_listeners.append(listener)
        return lambda: self._event_listeners.remove(listener)

    @callback
    def async_settings_changed(self) -> None:
        """Recompute the status after the person's options or data changed."""
        self._limits = None
        self.ledger.retention_days = self._retention_days()
        if self.ledger.compact(self.today):
            self._schedule_save()
        self._refresh()

    def usual_supplement(self) -> UsualSupplement | None:
        """The person's usual supplement, when product and amount are set."""
        options = self.entry.options
        product = options.get(CONF_SUPPLEMENT_PRODUCT)
        unit_mg = options.get(CONF_SUPPLEMENT_UNIT_MG)
        if not product or not unit_mg:
            return None
        form = options.get(CONF_SUPPLEMENT_FORM)
        return UsualSupplement(
            str(product), float(unit_mg), str(form) if form else None
        )

    def _retention_days(self) -> int:
        return int(self.entry.options.get(CONF_RETENTION_DAYS, DEFAULT_RETENTION_DAYS))

    # Reading -------------------------------------------------------------

    def _target_and_limit(self, day: date) -> tuple[int, int]:
        if self._limits is not None and self._limits[0] == day:
            return self._limits[1], self._limits[2]
        options = self.entry.options
        person = self.person
        target = options.get(CONF_DAILY_TARGET_MG) or daily_target_mg(person, day)
        limit = options.get(CONF_SUPPLEMENT_LIMIT_MG)
        if limit is None:
            limit = supplement_limit_mg(person, day)
        self._limits = (day, int(target), int(limit))
        return int(target), int(limit)

    def day_status(self, day: date) -> DayStatus:
        """Totals, target and limit of a day."""
        target, limit = self._target_and_limit(day)
        return DayStatus(
            day=day,
            totals=self.ledger.totals(day),
            daily_target_mg=target,
            supplement_limit_mg=limit,
            average_7d_mg=self.ledger.average_mg(day),
        )

    def day_report(self, day: date) -> DayReport:
        """A day's totals, target and entries."""
        return DayReport(self.day_status(day), self.ledger.entries_on(day))

    # Changing ------------------------------------------------------------

    @callback
    def log(
        self,
        *,
        kind: EntryKind,
        label: str,
        quantity: float,
        unit: str,
        magnesium_mg: float,
        form: str | None = None,
        compound: bool = False,
        grams: float | None = None,
        logged_at: datetime | None = None,
        context: Context | None = None,
    ) -> LogResult:
        """Add an entry, save it within 2 s and tell everyone who listens."""
        now = dt_util.utcnow()
        today = self.today
        logged_at, day = self._when(logged_at, now, today)
        entry = self.ledger.add(
            logged_at=logged_at,
            day=day,
            today=today,
            kind=kind,
            label=label,
            quantity=quantity,
            unit=unit,
            magnesium_mg=magnesium_mg,
            form=form,
            compound=compound,
            grams=grams,
        )
        result = self._changed(entry, context)
        event_type = "food_logged" if kind is EntryKind.FOOD else "supplement_logged"
        self._fire_intake_event(event_type, result, context)
        if entry.day == today:
            self._check_limit_and_target(result, context)
        return result

    def _when(
        self, logged_at: datetime | None, now: datetime, today: date
    ) -> tuple[datetime, date]:
        """When an entry counts, and its local day; refuse times it cannot have.

        A clock a few minutes fast is forgiven; later is the future. Before the
        days kept in detail, an entry could never be removed again: refused,
        like a date at the ends of the calendar.
        """
        if logged_at is None:
            return now, today
        try:
            if logged_at > now + CLOCK_SKEW:
                raise MagnesiumError(
                    "logged_at_in_future", "logged_at is in the future"
                )
            logged_at = min(logged_at, now)
            day = dt_util.as_local(logged_at).date()
        except (OverflowError, ValueError) as err:
            raise self._too_old(today) from err
        if day < self.ledger.detail_cutoff(today):
            raise self._too_old(today)
        return logged_at, day

    def _too_old(self, today: date) -> MagnesiumError:
        earliest = self.ledger.detail_cutoff(today)
        return MagnesiumError(
            "logged_at_too_old",
            f"logged_at must be on {earliest} or later",
            earliest=earliest.isoformat(),
            days=str(self.ledger.retention_days),
        )

    @callback
    def remove(
        self, entry_id: str | None = None, context: Context | None = None
    ) -> LogResult:
        """Remove an entry (by default the most recently logged one)."""
        entry = self.ledger.remove(entry_id)
        result = self._changed(entry, context)
        self._fire_intake_event("entry_removed", result, context)
        return result

    @callback
    def update(
        self,
        changed: Entry,
        *,
        logged_at: datetime | None = None,
        context: Context | None = None,
    ) -> LogResult:
        """Put `changed` in place of the entry of its id; at `logged_at` if given.

        The supplement limit is checked again when the change takes the
        day's supplements over it.
        """
        today = self.today
        when, day = (
            (changed.logged_at, changed.day)
            if logged_at is None
            else self._when(logged_at, dt_util.utcnow(), today)
        )
        was_exceeded = self.day_status(day).supplement_limit_exceeded
        old, new = self.ledger.update(changed, logged_at=when, day=day)
        result = self._changed(new, context, moved_from=old)
        self._fire_intake_event("entry_updated", result, context)
        if new.day == today:
            self._check_limit_and_target(result, context, warn=not was_exceeded)
        return result

    def _changed(
        self, entry: Entry, context: Context | None, moved_from: Entry | None = None
    ) -> LogResult:
        self._schedule_save()
        changed = (entry,) if moved_from is None else (entry, moved_from)
        self.statistics.changed(*(each.timestamp for each in changed))
        # Today's status shows the day itself and the seven days before it.
        recent = self.today - timedelta(days=AVERAGE_DAYS)
        if any(each.day >= recent for each in changed):
            self._refresh(context)
        if entry.day == self.status.day:
            return LogResult(entry, self.status)
        return LogResult(entry, self.day_status(entry.day))

    def _check_limit_and_target(
        self, result: LogResult, context: Context | None, *, warn: bool = True
    ) -> None:
        status = result.status
        if (
            warn
            and result.entry.kind is EntryKind.SUPPLEMENT
            and status.supplement_limit_exceeded
        ):
            self.hass.bus.async_fire(
                EVENT_SUPPLEMENT_LIMIT_EXCEEDED,
                {
                    "config_entry_id": self.entry.entry_id,
                    "name": self.name,
                    "dose_mg": result.entry.magnesium_mg,
                    "supplements_today_mg": status.totals.supplements_mg,
                    "supplement_limit_mg": status.supplement_limit_mg,
                },
                context=context,
            )
            self._fire_intake_event("supplement_limit_exceeded", result, context)
        if status.target_reached and self._target_reached_on != status.day:
            self._target_reached_on = status.day
            self._schedule_save()
            self.hass.bus.async_fire(
                EVENT_TARGET_REACHED,
                {
                    "config_entry_id": self.entry.entry_id,
                    "name": self.name,
                    "intake_today_mg": status.totals.total_mg,
                    "daily_target_mg": status.daily_target_mg,
                },
                context=context,
            )
            self._fire_intake_event("target_reached", result, context)

    def _fire_intake_event(
        self, event_type: str, result: LogResult, context: Context | None
    ) -> None:
        if event_type in ENTRY_EVENT_TYPES:
            self.hass.bus.async_fire(
                EVENT_INTAKE,
                {
                    "config_entry_id": self.entry.entry_id,
                    "name": self.name,
                    "event_type": event_type,
                    "entry": result.entry.as_dict(),
                },
                context=context,
            )
        for listener in list(self._event_listeners):
            listener(event_type, result, context)

    def _refresh(self, context: Context | None = None) -> None:
        self.status = self.day_status(self.today)
        for update in list(self._listeners):
            update(context)

    # Storage -------------------------------------------------------------

    def _state(self) -> PersonState:
        return PersonState(self.ledger, self._target_reached_on, self._last_backup_on)

    def _schedule_save(self) -> None:
        self._storage.schedule_save(self._state())

    def _backup_if_due(self) -> None:
        """Back up once a day, in the background, from what is in memory."""
        today = self.today
        if self._last_backup_on == today:
            return
        self._last_backup_on = today
        self.entry.async_create_background_task(
            self.hass,
            self._storage.async_write_backup(self._state(), today),
            f"{DOMAIN} backup {self.entry.entry_id}",
        )
        self._schedule_save()

    # Calendar ------------------------------------------------------------

    def _schedule_midnight(self) -> None:
        if self._unsub_midnight is not None:
            self._unsub_midnight()
        next_midnight = dt_util.start_of_local_day(self.today + timedelta(days=1))
        self._unsub_midnight = async_track_point_in_time(
            self.hass, self._async_midnight, next_midnight
        )

    @callback
    def _async_midnight(self, _now: datetime) -> None:
        self._unsub_midnight = None
        self._new_day()

    @callback
    def _async_check_day(self, _now: datetime) -> None:
        """Catch up when the wall clock jumped to another day.

        Set by hand, or a device without a battery-backed clock getting its
        time: "today" moves without a midnight.
        """
        if self.status.day != self.today:
            self._new_day()

    @callback
    def _async_core_config_updated(self, _event: Event) -> None:
        # The time zone may have changed, and with it "today" and midnight.
        self._new_day()

    def _new_day(self) -> None:
        if self.ledger.compact(self.today):
            self._schedule_save()
        self._schedule_midnight()
        self._refresh()
        self._backup_if_due()
