"""The ledger alone: entries, exact daily totals, averages, compaction, storage."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
import json
from typing import Any

import pytest

from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.ledger import (
    MAX_DAYS_FOLDED,
    DayTotals,
    EntryKind,
    Ledger,
    LedgerFormatError,
    month_of,
)

TODAY = date(2026, 11, 26)
YESTERDAY = TODAY - timedelta(days=1)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _add(
    ledger: Ledger,
    mg: float,
    *,
    day: date = TODAY,
    kind: EntryKind = EntryKind.FOOD,
    label: str = "almonds",
    **fields: Any,
) -> Any:
    """Log an ounce of a food, or a citrate supplement; `fields` change that."""
    return ledger.add(
        **{
            "logged_at": NOW - timedelta(days=(TODAY - day).days),
            "day": day,
            "today": TODAY,
            "kind": kind,
            "label": label,
            "quantity": 1.0,
            "unit": "oz",
            "magnesium_mg": mg,
            "form": "citrate" if kind is EntryKind.SUPPLEMENT else None,
            **fields,
        }
    )


def test_totals_by_kind_and_day() -> None:
    ledger = Ledger(started=TODAY - timedelta(days=30))
    _add(ledger, 80.0)
    _add(ledger, 24.4)
    _add(ledger, 200, kind=EntryKind.SUPPLEMENT)
    _add(ledger, 50, day=TODAY - timedelta(days=1))
    assert ledger.totals(TODAY) == DayTotals(food_mg=104.4, supplements_mg=200.0)
    assert ledger.totals(TODAY).total_mg == 304.4
    assert ledger.totals(TODAY - timedelta(days=1)) == DayTotals(50.0, 0.0)
    assert ledger.totals(TODAY - timedelta(days=2)) == DayTotals(0.0, 0.0)
    assert [entry.label for entry in ledger.entries_on(TODAY)] == ["almonds"] * 3


def test_removing_in_any_order_gives_exact_totals() -> None:
    ledger = Ledger(started=TODAY)
    amounts = [0.1, 0.2, 0.3, 33.33, 66.67, 0.01]
    entries = [_add(ledger, amount) for amount in amounts]
    for entry in reversed(entries[1:]):
        ledger.remove(entry.id)
    assert ledger.totals(TODAY).food_mg == 0.1
    ledger.remove(entries[0].id)
    assert ledger.totals(TODAY) == DayTotals(0.0, 0.0)
    assert len(ledger) == 0


def test_remove_defaults_to_last_logged_whatever_its_day() -> None:
    ledger = Ledger(started=TODAY - timedelta(days=30))
    first = _add(ledger, 10)
    backdated = _add(ledger, 20, day=TODAY - timedelta(days=3))
    assert list(ledger)[-1] == backdated
    assert ledger.remove() == backdated
    assert list(ledger) == [first]
    assert ledger.remove() == first
    with pytest.raises(MagnesiumError) as err:
        ledger.remove()
    assert err.value.translation_key == "nothing_to_remove"


def test_unknown_entry() -> None:
    ledger = Ledger(started=TODAY)
    _add(ledger, 10)
    with pytest.raises(MagnesiumError) as err:
        ledger.remove("nope")
    assert err.value.translation_key == "unknown_entry"
    assert err.value.placeholders == {"entry_id": "nope"}
    assert ledger.totals(TODAY).food_mg == 10


@pytest.mark.parametrize(
    ("mg", "key"),
    [
        (0, "invalid_magnesium_mg"),
        (-1, "invalid_magnesium_mg"),
        (float("nan"), "invalid_magnesium_mg"),
        (float("inf"), "invalid_magnesium_mg"),
        (5000.01, "invalid_magnesium_mg"),
        (0.004, "invalid_magnesium_mg"),
    ],
)
def test_implausible_amounts_change_nothing(mg: float, key: str) -> None:
    ledger = Ledger(started=TODAY)
    with pytest.raises(MagnesiumError) as err:
        _add(ledger, mg)
    assert err.value.translation_key == key
    assert len(ledger) == 0
    assert ledger.totals(TODAY) == DayTotals(0.0, 0.0)


def test_average_of_the_last_seven_complete_days() -> None:
    ledger = Ledger(started=TODAY - timedelta(days=100))
    for days_ago in range(1, 9):
        _add(ledger, 100 * days_ago, day=TODAY - timedelta(days=days_ago))
    _add(ledger, 5000, day=TODAY)  # today is not complete: not counted
    assert ledger.average_mg(TODAY) == pytest.approx(sum(range(1, 8)) * 100 / 7)


def test_average_counts_only_tracked_days() -> None:
    ledger = Ledger(started=TODAY - timedelta(days=2))
    _add(ledger, 300, day=TODAY - timedelta(days=1))
    assert ledger.average_mg(TODAY) == 150.0
    assert Ledger(started=TODAY).average_mg(TODAY) is None


def test_backdated_entries_start_tracking_earlier() -> None:
    ledger = Ledger(started=TODAY)
    _add(ledger, 70, day=TODAY - timedelta(days=3))
    assert ledger.started == TODAY - timedelta(days=3)
    assert ledger.average_mg(TODAY) == 23.33


def test_compaction_keeps_every_days_totals() -> None:
    ledger = Ledger(started=TODAY - timedelta(days=40), retention_days=30)
    old_day = TODAY - timedelta(days=20)
    old = _add(ledger, 80, day=old_day)
    _add(ledger, 120, day=old_day, kind=EntryKind.SUPPLEMENT)
    recent = _add(ledger, 30, day=TODAY - timedelta(days=5))
    before = {day: ledger.totals(day) for day in (old_day, recent.day)}

    ledger.retention_days = 10
    assert ledger.compact(TODAY) == 2
    assert {day: ledger.totals(day) for day in before} == before
    assert ledger.entries_on(old_day) == ()
    assert ledger.get(old.id) is None
    assert ledger.get(recent.id) == recent
    assert ledger.compact(TODAY) == 0

    restored = Ledger.from_dict(json.loads(json.dumps(ledger.snapshot()())))
    assert {day: restored.totals(day) for day in before} == before


def test_entry_older_than_retention_goes_into_the_days_total() -> None:
    ledger = Ledger(started=TODAY - timedelta(days=40), retention_days=10)
    old_day = TODAY - timedelta(days=30)
    entry = _add(ledger, 45.5, day=old_day)
    assert ledger.totals(old_day) == DayTotals(45.5, 0.0)
    assert ledger.get(entry.id) is None
    assert list(ledger) == []


def test_storage_round_trip_keeps_everything() -> None:
    ledger = Ledger(started=TODAY - timedelta(days=10))
    _add(ledger, 80)
    supplement = _add(ledger, 200, kind=EntryKind.SUPPLEMENT)
    _add(ledger, 50, day=TODAY - timedelta(days=2), label="spinach")
    stored = json.loads(json.dumps(ledger.snapshot()()))

    restored = Ledger.from_dict(stored)
    assert list(restored) == list(ledger)
    assert restored.get(supplement.id) == supplement
    assert restored.totals(TODAY) == ledger.totals(TODAY)
    new = _add(restored, 1)
    assert new.seq == supplement.seq + 2
    assert new.id not in {entry.id for entry in ledger}


def test_a_foods_grams_are_kept_and_older_rows_still_read() -> None:
    """The weight a food was read as is stored; rows from before it load."""
    ledger = Ledger(started=TODAY)
    weighed = _add(ledger, 67.0, quantity=20, unit="piece", grams=24.04)
    unweighed = _add(ledger, 10)
    stored = json.loads(json.dumps(ledger.snapshot()()))
    rows = stored["days"][TODAY.isoformat()]["entries"]
    assert [len(row) for row in rows] == [9, 8]  # no column for an unknown weight
    restored = Ledger.from_dict(stored)
    assert restored.get(weighed.id).grams == 24.0  # type: ignore[union-attr]
    assert restored.get(unweighed.id).grams is None  # type: ignore[union-attr]
    assert weighed.as_dict()["grams"] == 24.0
    assert "grams" not in unweighed.as_dict()


def test_entries_come_back_as_logged_edited_and_removed() -> None:
    """Entries are kept packed: each reads back exactly, in its place."""
    ledger = Ledger(started=TODAY)
    first = _add(ledger, 12.34, label="Spinach, raw")
    compound = _add(
        ledger,
        450,
        kind=EntryKind.SUPPLEMENT,
        label="ZMA",
        quantity=3,
        unit="capsule",
        form="aspartate",
        compound=True,
    )
    weighed = _add(
        ledger,
        0.01,
        label="cashews",
        quantity=0.333,
        unit="piece",
        grams=0.0,
        logged_at=NOW + timedelta(minutes=5),
    )
    last = _add(ledger, 99.99, label="Spinach, raw")
    assert ledger.entries_on(TODAY) == (first, compound, weighed, last)
    assert [ledger.get(entry.id) for entry in (compound, weighed)] == [
        compound,
        weighed,
    ]

    old, edited = ledger.update(
        replace(compound, label="Magnesium citrate", quantity=1.5, compound=False),
        logged_at=NOW,
        day=TODAY,
    )
    assert old == compound
    assert ledger.entries_on(TODAY) == (first, edited, weighed, last)
    _old, moved = ledger.update(
        replace(first, magnesium_mg=7), logged_at=NOW - timedelta(days=1), day=YESTERDAY
    )
    assert ledger.entries_on(YESTERDAY) == (moved,)
    assert ledger.remove(weighed.id) == weighed
    assert ledger.entries_on(TODAY) == (edited, last)
    assert list(ledger) == [moved, edited, last]  # logging order
    assert ledger.totals(TODAY) == DayTotals(99.99, 450.0)

    restored = Ledger.from_dict(json.loads(json.dumps(ledger.snapshot()())))
    assert list(restored) == list(ledger)
    assert restored.totals(TODAY) == ledger.totals(TODAY)


def test_an_entry_on_two_days_is_kept_once_on_the_later() -> None:
    """A move between months of which only one file was written: one entry."""
    row = [3, "abcdefghjk", 1764086400, "f", "soup", 1, "g", 5]
    moved = [3, "abcdefghjk", 1761480000, "f", "soup", 1, "g", 5]
    ledger = Ledger.loading({"started": "2026-10-01", "next_seq": 4})
    ledger.read_days({"2026-10-26": {"entries": [moved]}})
    ledger.read_days({"2026-11-25": {"entries": [row]}, "2026-11-26": {}})
    assert ledger.loaded() == {"2026-10"}
    assert [entry.day for entry in ledger] == [date(2026, 11, 25)]
    assert ledger.totals(date(2026, 10, 26)) == DayTotals(0.0, 0.0)
    assert ledger.totals(date(2026, 11, 25)) == DayTotals(5.0, 0.0)
    ledger.remove("abcdefghjk")
    assert len(ledger) == 0


def test_snapshot_is_taken_when_asked() -> None:
    ledger = Ledger(started=TODAY)
    _add(ledger, 80)
    serialize = ledger.snapshot()
    _add(ledger, 20)
    assert len(serialize()["days"][TODAY.isoformat()]["entries"]) == 1


def test_entry_description() -> None:
    ledger = Ledger(started=TODAY)
    entry = _add(ledger, 123.456, kind=EntryKind.SUPPLEMENT, label="Calm")
    assert entry.as_dict() == {
        "id": entry.id,
        "kind": "supplement",
        "label": "Calm",
        "quantity": 1.0,
        "unit": "oz",
        "magnesium_mg": 123.46,
        "logged_at": "2026-11-26T12:00:00+00:00",
        "day": "2026-11-26",
        "form": "citrate",
        "compound": False,
    }
    assert "form" not in _add(ledger, 1).as_dict()


@pytest.mark.parametrize(
    "stored",
    [
        {},
        {"started": "not a date", "retention_days": 1, "next_seq": 1, "days": {}},
        {"started": "2026-01-01", "retention_days": 1, "next_seq": 1, "days": []},
        {
            "started": "2026-01-01",
            "retention_days": 1,
            "next_seq": 1,
            "days": {"2026-01-01": {"entries": [[1, "a", 0, "x", "l", 1, "g", 1]]}},
        },
        {
            "started": "2026-01-01",
            "retention_days": 1,
            "next_seq": 1,
            "days": {"2026-01-01": {"entries": [[1, "a"]]}},
        },
        {
            "started": "2026-01-01",
            "next_seq": 1,
            "days": {"2026-01-01": {"entries": [[2**64, "a", 0, "f", "l", 1, "g", 1]]}},
        },
    ],
)
def test_unreadable_data(stored: dict[str, Any]) -> None:
    with pytest.raises(LedgerFormatError):
        Ledger.from_dict(stored)


def test_a_snapshot_of_a_month_holds_its_days_only() -> None:
    """What a month's own file holds; encoded as the store writes it."""
    ledger = Ledger(started=TODAY - timedelta(days=400))
    for days_ago in (0, 1, 380):
        _add(ledger, 10 + days_ago, day=TODAY - timedelta(days=days_ago))
    plain = ledger.snapshot()()
    encoded = ledger.snapshot(json.dumps)()
    assert {day: json.loads(text) for day, text in encoded["days"].items()} == plain[
        "days"
    ]
    month = month_of(TODAY)
    only = ledger.snapshot(months=(month,))()
    assert only["days"] == {
        day: stored for day, stored in plain["days"].items() if day.startswith(month)
    }
    assert only["next_seq"] == plain["next_seq"] == 4
    assert ledger.snapshot(months=("1999-01",))()["days"] == {}
    # A change makes its month another object, the others stay the same.
    before = ledger.months()
    _add(ledger, 5, day=TODAY)
    after = ledger.months()
    assert after[month] is not before[month]
    assert all(after[key] is before[key] for key in before if key != month)


def test_compaction_is_safe_against_a_clock_years_ahead() -> None:
    """Detail is folded relative to the newest entry, a month of days a run."""
    ledger = Ledger(started=TODAY - timedelta(days=100), retention_days=100)
    for back in range(100):
        _add(ledger, 1, day=TODAY - timedelta(days=back))
    ledger.retention_days = 30  # lowered in the options
    assert ledger.compact(TODAY + timedelta(days=3 * 365)) == MAX_DAYS_FOLDED
    # Relative to the newest entry (today), days 30 to 99 back are due.
    kept = {entry.day for entry in ledger}
    assert min(kept) == TODAY - timedelta(days=99 - MAX_DAYS_FOLDED)
    assert ledger.compact(TODAY) == MAX_DAYS_FOLDED
    ledger.compact(TODAY)
    assert {entry.day for entry in ledger} == {  # the cutoff day itself is kept
        TODAY - timedelta(days=back) for back in range(31)
    }
    assert ledger.totals(TODAY - timedelta(days=99)).food_mg == 1  # folded, kept
