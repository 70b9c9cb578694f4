"""What the recorder keeps: a true intake statistic, and little else per log.

The intake statistic tells the truth for every past day, whatever was corrected:

Days in Berlin around the end of summer time (Sunday 25 October 2026 has 25
hours), with an undo after midnight, food logged for last night, an entry moved
to another day, a 2-day-old entry removed, restarts, downtime, and a change that
never reached the recorder.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.magnesium.intake_statistics import (
    WRITE_DELAY,
    IntakeStatistics,
)
from homeassistant.components.recorder.core import Recorder
from homeassistant.components.recorder.history import state_changes_during_period
from homeassistant.components.recorder.statistics import (
    get_last_statistics,
    list_statistic_ids,
    statistic_during_period,
)
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from .conftest import call, pass_time, setup_person

FIRST_DAY = date(2026, 10, 22)
DAYS = 7
STATISTIC_ID = "magnesium:alice_intake"


@pytest.fixture
def mock_recorder_before_hass(async_test_recorder: object) -> None:
    """Prepare the recorder's database before Home Assistant starts."""


def _at(freezer: FrozenDateTimeFactory, local: str) -> None:
    """Move the clock to a Berlin wall-clock time."""
    moment = datetime.fromisoformat(local).replace(
        tzinfo=dt_util.get_default_time_zone()
    )
    freezer.move_to(moment)


async def _recorded(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await pass_time(hass, freezer, WRITE_DELAY + 0.1)
    await async_wait_recording_done(hass)


async def _growth(hass: HomeAssistant, recorder: Recorder, day: date) -> float:
    start = dt_util.start_of_local_day(day)
    end = dt_util.start_of_local_day(day + timedelta(days=1))
    result: dict[str, Any] = await recorder.async_add_executor_job(
        statistic_during_period,
        hass,
        start,
        end,
        STATISTIC_ID,
        {"change"},
        None,
    )
    return round(result.get("change") or 0.0, 2)


async def _assert_every_day_true(hass: HomeAssistant, recorder: Recorder) -> None:
    log = await call(
        hass,
        "get_log",
        start_date=FIRST_DAY.isoformat(),
        end_date=(FIRST_DAY + timedelta(days=DAYS - 1)).isoformat(),
    )
    assert log["statistic_id"] == STATISTIC_ID
    totals = {day["date"]: day["intake_today_mg"] for day in log["days"]}
    growth = {
        day: await _growth(hass, recorder, date.fromisoformat(day)) for day in totals
    }
    assert growth == totals


async def _reload(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert await hass.config_entries.async_reload(entry.entry_id)
    # The check against the recorder runs in the background.
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_every_local_day_grows_by_its_total(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    await hass.config.async_set_time_zone("Europe/Berlin")
    _at(freezer, "2026-10-22T08:00:00")
    await setup_person(hass, alice_entry)

    await call(hass, "log_food", food="x", magnesium_mg=100)
    _at(freezer, "2026-10-22T23:55:00")
    await call(hass, "log_supplement", magnesium_mg=500)
    await _recorded(hass, freezer)
    # Ten minutes after midnight: the 500 mg mistake is undone.
    _at(freezer, "2026-10-23T00:10:00")
    removed = await call(hass, "remove_entry")
    assert removed["entry"]["day"] == "2026-10-22"
    # Food for last night, logged in the morning.
    _at(freezer, "2026-10-23T08:00:00")
    await call(
        hass, "log_food", food="y", magnesium_mg=60, logged_at="2026-10-22T22:30:00"
    )
    await _recorded(hass, freezer)
    await _assert_every_day_true(hass, recorder_mock)

    # Sunday, the clocks go back at 03:00 CEST: 02:30 happens twice.
    freezer.move_to("2026-10-24T23:30:00+00:00")  # 01:30 CEST
    await call(hass, "log_food", food="a", magnesium_mg=11)
    freezer.move_to("2026-10-25T00:30:00+00:00")  # 02:30 CEST
    await call(hass, "log_food", food="b", magnesium_mg=22)
    freezer.move_to("2026-10-25T01:30:00+00:00")  # 02:30 CET
    await call(hass, "log_food", food="c", magnesium_mg=33)
    _at(freezer, "2026-10-25T12:00:00")
    lunch = await call(hass, "log_food", food="d", magnesium_mg=44)
    await _recorded(hass, freezer)
    await _assert_every_day_true(hass, recorder_mock)

    # Monday: Sunday's lunch was really Friday's dinner.
    _at(freezer, "2026-10-26T09:00:00")
    moved = await call(
        hass,
        "update_entry",
        entry_id=lunch["entry"]["id"],
        logged_at="2026-10-23T19:00:00",
    )
    assert moved["entry"]["day"] == "2026-10-23"
    await call(hass, "log_supplement", magnesium_mg=200)
    await _recorded(hass, freezer)
    await _assert_every_day_true(hass, recorder_mock)

    # A restart, then two days with Home Assistant off.
    await _reload(hass, alice_entry)
    _at(freezer, "2026-10-28T10:00:00")
    await _reload(hass, alice_entry)
    # Tuesday's removal of an entry two days old.
    log = await call(hass, "get_log", start_date="2026-10-26", end_date="2026-10-26")
    await call(hass, "remove_entry", entry_id=log["days"][0]["entries"][0]["id"])
    await call(hass, "log_food", food="e", magnesium_mg=55)
    await _recorded(hass, freezer)
    await _assert_every_day_true(hass, recorder_mock)

    # A removal that never reached the recorder (a crash in between) is
    # found at the next start.
    with patch.object(IntakeStatistics, "changed"):
        await call(hass, "remove_entry", entry_id=lunch["entry"]["id"])
    await _reload(hass, alice_entry)
    await _recorded(hass, freezer)
    await _assert_every_day_true(hass, recorder_mock)

    ids = await recorder_mock.async_add_executor_job(list_statistic_ids, hass)
    described = next(each for each in ids if each["statistic_id"] == STATISTIC_ID)
    assert described["name"] == "Alice magnesium intake"
    assert described["statistics_unit_of_measurement"] == "mg"
    assert described["source"] == "magnesium"


async def test_history_from_before_the_statistic_is_written_once(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A ledger with days in it (an upgrade, a seeded demo) fills the statistic."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    _at(freezer, "2026-10-28T10:00:00")
    with (
        patch.object(IntakeStatistics, "async_catch_up"),
        patch.object(IntakeStatistics, "changed"),
    ):
        await setup_person(hass, alice_entry)
        for day in range(22, 28):
            await call(
                hass,
                "log_food",
                food="x",
                magnesium_mg=day,
                logged_at=f"2026-10-{day}T12:00:00",
            )
        await _recorded(hass, freezer)
    last = await recorder_mock.async_add_executor_job(
        get_last_statistics, hass, 1, STATISTIC_ID, False, {"sum"}
    )
    assert last == {}
    await _reload(hass, alice_entry)
    await _recorded(hass, freezer)
    await _assert_every_day_true(hass, recorder_mock)
    last = await recorder_mock.async_add_executor_job(
        get_last_statistics, hass, 1, STATISTIC_ID, False, {"sum"}
    )
    assert last[STATISTIC_ID][0]["sum"] == sum(range(22, 28))

    # A person removed takes their statistic along.
    assert await hass.config_entries.async_remove(alice_entry.entry_id)
    await async_wait_recording_done(hass)
    ids = await recorder_mock.async_add_executor_job(list_statistic_ids, hass)
    assert STATISTIC_ID not in [each["statistic_id"] for each in ids]


@pytest.mark.usefixtures("alice")
async def test_no_recorder_no_statistic(hass: HomeAssistant) -> None:
    """Without the recorder, logging works and nothing is written."""
    response = await call(hass, "log_food", food="x", magnesium_mg=10)
    assert response["intake_today_mg"] == 10
    log = await call(hass, "get_log")
    assert log["statistic_id"] == "magnesium:alice_intake"


@pytest.mark.usefixtures("morning")
async def test_a_log_records_only_the_event_type(
    recorder_mock: Recorder, hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    """The event entity's entry and totals stay out of the database."""
    await setup_person(hass, alice_entry)
    start = dt_util.utcnow() - timedelta(seconds=1)
    await call(hass, "log_food", food="almonds", unit="oz")
    await call(hass, "log_supplement", magnesium_mg=100)
    await async_wait_recording_done(hass)
    states = await recorder_mock.async_add_executor_job(
        state_changes_during_period, hass, start, None, "event.alice_intake"
    )
    recorded = [
        state for state in states["event.alice_intake"] if state.state != "unknown"
    ]
    assert [state.attributes.get("event_type") for state in recorded] == [
        "food_logged",
        "supplement_logged",
    ]
    for state in recorded:
        assert not {"entry", "intake_today_mg", "supplements_today_mg"} & set(
            state.attributes
        )


async def test_the_activity_log_says_what_was_logged(
    morning: FrozenDateTimeFactory,
    recorder_mock: Recorder,
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Each change and warning, in words, on the person's Intake entity."""
    assert await async_setup_component(hass, "logbook", {})
    await setup_person(hass, alice_entry)
    start = dt_util.utcnow() - timedelta(seconds=1)
    almonds = await call(hass, "log_food", food="20 almonds")
    morning.tick(1)
    await call(hass, "log_supplement", magnesium_mg=400, name="Calm Caps")
    morning.tick(1)
    await call(hass, "update_entry", entry_id=almonds["entry"]["id"], quantity=30)
    morning.tick(1)
    await call(hass, "remove_entry")
    await async_wait_recording_done(hass)

    client = await hass_ws_client()
    await client.send_json_auto_id(
        {
            "type": "logbook/get_events",
            "start_time": start.isoformat(),
            # The clock stands still: the changes happened at its "now".
            "end_time": (start + timedelta(minutes=1)).isoformat(),
        }
    )
    response = await client.receive_json()
    assert response["success"]
    ours = [
        (entry["name"], entry["message"], entry.get("entity_id"))
        for entry in response["result"]
        if entry.get("domain") == "magnesium"
    ]
    intake = "event.alice_intake"
    # USDA SR 12563 almonds: 279 mg / 100 g, one almond 1.2 g.
    assert ours == [
        ("Alice", "logged 20 almonds (about 24 g), 67 mg of magnesium", intake),
        ("Alice", "took Calm Caps, 400 mg of magnesium", intake),
        (
            "Alice",
            "went over the supplement limit: 400 mg of 350 mg today",
            intake,
        ),
        ("Alice", "reached the daily target: 467 mg of 320 mg", intake),
        (
            "Alice",
            "corrected an entry to 30 almonds (about 36 g), 100 mg of magnesium",
            intake,
        ),
        ("Alice", "removed Calm Caps (400 mg)", intake),
    ]


async def test_compacted_days_keep_their_growth(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Days folded into their totals still grow by their totals, after a restart."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    _at(freezer, "2026-10-22T08:00:00")
    alice_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(alice_entry, options={"retention_days": 30})
    await setup_person(hass, alice_entry)
    for day in range(22, 28):
        _at(freezer, f"2026-10-{day}T12:00:00")
        await call(hass, "log_food", food="x", magnesium_mg=day)
    await _recorded(hass, freezer)

    # Five weeks on, past the 30 days kept in detail (counted back from the
    # newest entry): at the next start the days are folded.
    _at(freezer, "2026-11-30T10:00:00")
    await call(hass, "log_food", food="y", magnesium_mg=50)
    await _recorded(hass, freezer)
    await _reload(hass, alice_entry)
    log = await call(hass, "get_log", start_date="2026-10-22", end_date="2026-10-27")
    assert [day["entries"] for day in log["days"]] == [[]] * 6
    assert [day["intake_today_mg"] for day in log["days"]] == list(range(22, 28))
    await _recorded(hass, freezer)
    await _assert_every_day_true(hass, recorder_mock)
    assert await _growth(hass, recorder_mock, date(2026, 11, 30)) == 50
