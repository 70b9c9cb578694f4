"""Each person's long-term intake statistic, by the hour the intake happened.

The `*_today` sensors' own statistics follow the time of logging, and a change
to a past day never reaches them. This external statistic (source `magnesium`,
unit mg, with a sum) holds the intake in the hour of each entry's `logged_at`.
Whenever an entry is added, edited or removed, its hour and every later row are
written again, so the growth of the sum over any day is that day's total.

Rows are sparse: an hour with an entry and the hour before it get one. The
recorder reads a period's growth from the row of the hour before the period to
its last row, so a day's growth is right when the hour before each of its
entries has a row. At start the last row is checked against the ledger: rows
the recorder never got (a crash, the recorder not running) are written then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
import logging
from typing import Final

from homeassistant.components.recorder.models import (
    StatisticData,
    StatisticMeanType,
    StatisticMetaData,
)
from homeassistant.components.recorder.statistics import (
    async_add_external_statistics,
    get_last_statistics,
    statistics_during_period,
)
from homeassistant.const import UnitOfMass
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util, slugify

from .const import DOMAIN
from .ledger import Ledger
from .texts import async_texts

_LOGGER = logging.getLogger(__name__)

HOUR: Final = 3600
# Changes are written together at most this long after the first of them.
WRITE_DELAY: Final = 1.0
# A recorded sum this close to the ledger's is the same (hundredths of a mg).
_SAME_SUM: Final = 0.005


def statistic_id_of(person_key: str) -> str:
    """The id of a person's intake statistic: "magnesium:alex_intake"."""
    return f"{DOMAIN}:{slugify(person_key)}_intake"


def _recording(hass: HomeAssistant) -> bool:
    """Whether the recorder is set up (statistics are optional)."""
    return "recorder" in hass.config.components


@callback
def async_remove_statistic(hass: HomeAssistant, statistic_id: str) -> None:
    """Delete a removed person's statistic, so a new one starts afresh."""
    if _recording(hass):
        get_instance(hass).async_clear_statistics([statistic_id])


def _day_start(day: date) -> int:
    return int(dt_util.start_of_local_day(day).timestamp())


class IntakeStatistics:
    """Keeps one person's intake statistic equal to their ledger."""

    def __init__(
        self,
        hass: HomeAssistant,
        statistic_id: str,
        ledger: Callable[[], Ledger],
        name: Callable[[], str],
    ) -> None:
        """Follow the ledger that `ledger()` returns, of the person `name()`."""
        self._hass = hass
        self.statistic_id = statistic_id
        self._ledger = ledger
        self._name = name
        # Rows from `_since` on are due; `_changed_hours` get one even when
        # no entry is left in them (Unix times of hour starts).
        self._since: int | None = None
        self._changed_hours: set[int] = set()
        self._unsub_write: CALLBACK_TYPE | None = None

    @callback
    def changed(self, *timestamps: int) -> None:
        """Entries at these times were added, changed or removed."""
        if not _recording(self._hass):
            return
        hours = {moment - moment % HOUR for moment in timestamps}
        self._changed_hours |= hours
        self._rewrite_from(min(hours))

    @callback
    def _rewrite_from(self, since: int) -> None:
        self._since = since if self._since is None else min(self._since, since)
        if self._unsub_write is None:
            self._unsub_write = async_call_later(
                self._hass, WRITE_DELAY, self._async_write_later
            )

    async def _async_write_later(self, _now: datetime) -> None:
        self._unsub_write = None
        await self.async_write()

    async def async_write(self) -> None:
        """Write the changed hours and every row after them now."""
        if self._unsub_write is not None:
            self._unsub_write()
            self._unsub_write = None
        if self._since is None:
            return
        since, changed = self._since, self._changed_hours
        self._since, self._changed_hours = None, set()
        # From the hour before: its row is where a day's growth starts.
        before, amounts = self._ledger().hourly_mg(since - HOUR, _day_start)
        # An hour whose entries are gone keeps a row, now with no growth.
        hours = amounts.keys() | changed
        rows: list[StatisticData] = []
        total = before
        for hour in sorted(hours | {hour - HOUR for hour in hours}):
            amount = amounts.get(hour, 0.0)
            total = round(total + amount, 2)
            rows.append(
                StatisticData(
                    start=datetime.fromtimestamp(hour, UTC),
                    state=amount,
                    sum=total,
                )
            )
        texts = await async_texts(self._hass)
        metadata = StatisticMetaData(
            mean_type=StatisticMeanType.NONE,
            has_sum=True,
            name=texts("statistic_intake", name=self._name()),
            source=DOMAIN,
            statistic_id=self.statistic_id,
            unit_class="mass",
            unit_of_measurement=UnitOfMass.MILLIGRAMS,
        )
        async_add_external_statistics(self._hass, metadata, rows)

    async def async_catch_up(self) -> None:
        """Write what the recorder does not have yet (at start).

        The last row's sum is compared with the ledger's total up to it:
        equal, only later hours are written; different (a change that never
        reached the recorder), every row from the first day kept in detail;
        no row at all, the whole ledger.
        """
        if not _recording(self._hass):
            return
        recorder = get_instance(self._hass)
        if not await recorder.async_db_ready:
            return
        last = await recorder.async_add_executor_job(
            get_last_statistics, self._hass, 1, self.statistic_id, False, {"sum"}
        )
        rows = last.get(self.statistic_id)
        ledger = self._ledger()
        if not rows:
            self._rewrite_from(0)
            return
        after_last = int(rows[0]["start"]) + HOUR
        before, amounts = ledger.hourly_mg(after_last, _day_start)
        if abs(before - (rows[0].get("sum") or 0.0)) < _SAME_SUM:
            if amounts:
                self._rewrite_from(after_last)
            return
        _LOGGER.info("Rewriting the intake statistic %s", self.statistic_id)
        first_detail = _day_start(ledger.detail_cutoff(dt_util.now().date()))
        recorded = await recorder.async_add_executor_job(
            statistics_during_period,
            self._hass,
            datetime.fromtimestamp(first_detail, UTC),
            None,
            {self.statistic_id},
            "hour",
            None,
            {"sum"},
        )
        self._changed_hours.update(
            int(row["start"]) for row in recorded.get(self.statistic_id, ())
        )
        self._rewrite_from(first_detail)
