"""A person's magnesium ledger: entries, per-day totals kept incrementally, storage.

Amounts are kept as whole hundredths of a milligram so that adding and removing
entries in any order gives exactly the same totals. Days are calendar days fixed
when an entry is logged; a later change of time zone never moves old entries.
Every operation touches one day and one index entry, never the whole history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
import math
import secrets
import struct
import sys
from typing import Any, Final

from .const import MAX_ENTRY_MG
from .errors import MagnesiumError
from .words import match_key, positive_number

DEFAULT_RETENTION_DAYS = 730
# Days folded into totals per compaction run (one a night): a lowered
# retention catches up within weeks, a clock years ahead cannot fold years.
MAX_DAYS_FOLDED = 31
AVERAGE_DAYS = 7
# Bounds of what a stored entry may hold: a logging order number that leaves
# room for every later log, and a time that is a date (years 1 to 9999).
MAX_SEQ = 2**53
_TIMESTAMPS = range(-62_135_596_800, 253_402_300_800)
_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_ID_LENGTH = 10


class EntryKind(StrEnum):
    """Where the magnesium came from."""

    FOOD = "food"
    SUPPLEMENT = "supplement"


_KIND_CODES = {EntryKind.FOOD: "f", EntryKind.SUPPLEMENT: "s"}
_KINDS_BY_CODE = {code: kind for kind, code in _KIND_CODES.items()}


def _hundredths(mg: float) -> int:
    return round(mg * 100)


def _mg(hundredths: int) -> float:
    return hundredths / 100


@dataclass(frozen=True, slots=True)
class Entry:
    """One logged food or supplement."""

    id: str
    seq: int
    day: date
    timestamp: int
    kind: EntryKind
    label: str
    quantity: float
    unit: str
    magnesium_mg: float
    form: str | None = None
    compound: bool = False
    # A food's weight as it was read ("20 almonds": 24 g), when known.
    grams: float | None = None

    @property
    def logged_at(self) -> datetime:
        """When the intake happened (UTC)."""
        return datetime.fromtimestamp(self.timestamp, UTC)

    def as_dict(self) -> dict[str, Any]:
        """Describe the entry for action responses and diagnostics."""
        described: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind.value,
            "label": self.label,
            "quantity": self.quantity,
            "unit": self.unit,
            "magnesium_mg": self.magnesium_mg,
            "logged_at": self.logged_at.isoformat(),
            "day": self.day.isoformat(),
        }
        if self.kind is EntryKind.SUPPLEMENT:
            described["form"] = self.form
            described["compound"] = self.compound
        elif self.grams is not None:
            described["grams"] = self.grams
        return described


@dataclass(frozen=True, slots=True)
class DayTotals:
    """Magnesium of one day in mg."""

    food_mg: float
    supplements_mg: float
    # Food and supplements together; read by every sensor at every change.
    total_mg: float = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "total_mg", round(self.food_mg + self.supplements_mg, 2)
        )


class _Texts:
    """The labels, units and forms of a ledger, each kept once, by code.

    Only ever added to, so a snapshot read in another thread stays valid.
    """

    __slots__ = ("_codes", "_texts")

    def __init__(self) -> None:
        self._texts: list[str | None] = [None]
        self._codes: dict[str | None, int] = {None: 0}

    def code(self, text: str | None) -> int:
        code = self._codes.get(text)
        if code is None:
            code = self._codes[text] = len(self._texts)
            self._texts.append(text)
        return code

    def __getitem__(self, code: int) -> str | None:
        return self._texts[code]


# An entry packed, so that years of entries in detail cost little memory:
# seq, timestamp, quantity, magnesium_mg, grams, flags, label, unit, form.
_ROW: Final = struct.Struct("<qqdddBIII")
_SUPPLEMENT, _COMPOUND, _WEIGHED = 1, 2, 4


def _kind(flags: int) -> EntryKind:
    return EntryKind.SUPPLEMENT if flags & _SUPPLEMENT else EntryKind.FOOD


def _packed(entry: Entry, texts: _Texts) -> bytes:
    flags = (
        (_SUPPLEMENT if entry.kind is EntryKind.SUPPLEMENT else 0)
        | (_COMPOUND if entry.compound else 0)
        | (_WEIGHED if entry.grams is not None else 0)
    )
    return _ROW.pack(
        entry.seq,
        entry.timestamp,
        entry.quantity,
        entry.magnesium_mg,
        entry.grams or 0.0,
        flags,
        texts.code(entry.label),
        texts.code(entry.unit),
        texts.code(entry.form),
    )


@dataclass(frozen=True, slots=True)
class _Day:
    """One day: its entries and the compacted amounts that have no entry left.

    Immutable, so that a save can read a snapshot from another thread. The
    entries are kept packed (`ids`, `rows`, texts by code in the ledger's
    `_Texts`) and made into `Entry` objects only when asked for.
    """

    carried_food: int = 0
    carried_supplements: int = 0
    food: int = 0
    supplements: int = 0
    ids: tuple[str, ...] = ()
    rows: bytes = b""

    @classmethod
    def of(
        cls,
        carried_food: int,
        carried_supplements: int,
        entries: Iterable[Entry],
        texts: _Texts,
    ) -> _Day:
        """A day with compacted amounts and entries, packed at once."""
        food, supplements = carried_food, carried_supplements
        ids: list[str] = []
        rows: list[bytes] = []
        for entry in entries:
            ids.append(entry.id)
            rows.append(_packed(entry, texts))
            if entry.kind is EntryKind.FOOD:
                food += _hundredths(entry.magnesium_mg)
            else:
                supplements += _hundredths(entry.magnesium_mg)
        return cls(
            carried_food,
            carried_supplements,
            food,
            supplements,
            tuple(ids),
            b"".join(rows),
        )

    def entries(self, day: date, texts: _Texts) -> tuple[Entry, ...]:
        return tuple(
            self._entry_at(day, index, texts) for index in range(len(self.ids))
        )

    def entry(self, day: date, entry_id: str, texts: _Texts) -> Entry:
        return self._entry_at(day, self.ids.index(entry_id), texts)

    def _entry_at(self, day: date, index: int, texts: _Texts) -> Entry:
        seq, timestamp, quantity, mg, grams, flags, label, unit, form = (
            _ROW.unpack_from(self.rows, index * _ROW.size)
        )
        return Entry(
            self.ids[index],
            seq,
            day,
            timestamp,
            _kind(flags),
            texts[label],  # type: ignore[arg-type]
            quantity,
            texts[unit],  # type: ignore[arg-type]
            mg,
            texts[form],
            bool(flags & _COMPOUND),
            grams if flags & _WEIGHED else None,
        )

    def stored_rows(self, texts: _Texts) -> list[list[Any]]:
        """The entries as stored: a list each."""
        rows: list[list[Any]] = []
        for entry_id, packed in zip(self.ids, _ROW.iter_unpack(self.rows), strict=True):
            seq, timestamp, quantity, mg, grams, flags, label, unit, form = packed
            kind = _kind(flags)
            row: list[Any] = [seq, entry_id, timestamp, _KIND_CODES[kind]]
            row += (texts[label], quantity, texts[unit], mg)
            if kind is EntryKind.SUPPLEMENT:
                row += (texts[form], 1 if flags & _COMPOUND else 0)
            elif flags & _WEIGHED:
                row.append(grams)
            rows.append(row)
        return rows

    def timed_amounts(self) -> Iterator[tuple[int, int]]:
        """Each entry's time and amount in hundredths of a mg."""
        for _seq, timestamp, _quantity, mg, *_rest in _ROW.iter_unpack(self.rows):
            yield timestamp, _hundredths(mg)

    def adding(self, entry: Entry, texts: _Texts) -> _Day:
        return self._with(
            entry,
            _hundredths(entry.magnesium_mg),
            ids=(*self.ids, entry.id),
            rows=self.rows + _packed(entry, texts),
        )

    def replacing(self, old: Entry, new: Entry, texts: _Texts) -> _Day:
        """The same day with `old` changed into `new`, in its place."""
        index = self.ids.index(old.id)
        return self._with(old, -_hundredths(old.magnesium_mg))._with(
            new,
            _hundredths(new.magnesium_mg),
            rows=self._rows_around(index, _packed(new, texts)),
        )

    def removing(self, entry: Entry) -> _Day:
        index = self.ids.index(entry.id)
        return self._with(
            entry,
            -_hundredths(entry.magnesium_mg),
            ids=self.ids[:index] + self.ids[index + 1 :],
            rows=self._rows_around(index, b""),
        )

    def carrying(self, kind: EntryKind, amount: int) -> _Day:
        if kind is EntryKind.FOOD:
            return replace(
                self, carried_food=self.carried_food + amount, food=self.food + amount
            )
        return replace(
            self,
            carried_supplements=self.carried_supplements + amount,
            supplements=self.supplements + amount,
        )

    def compacted(self) -> _Day:
        return _Day(self.food, self.supplements, self.food, self.supplements)

    def _with(
        self,
        entry: Entry,
        amount: int,
        *,
        ids: tuple[str, ...] | None = None,
        rows: bytes | None = None,
    ) -> _Day:
        """`amount` more of the entry's kind, and the entries `ids` and `rows`."""
        food, supplements = self.food, self.supplements
        if entry.kind is EntryKind.FOOD:
            food += amount
        else:
            supplements += amount
        return _Day(
            self.carried_food,
            self.carried_supplements,
            food,
            supplements,
            self.ids if ids is None else ids,
            self.rows if rows is None else rows,
        )

    def _rows_around(self, index: int, row: bytes) -> bytes:
        start = index * _ROW.size
        return self.rows[:start] + row + self.rows[start + _ROW.size :]

    @property
    def total(self) -> int:
        return self.food + self.supplements

    @property
    def totals(self) -> DayTotals:
        return DayTotals(_mg(self.food), _mg(self.supplements))


_EMPTY_DAY = _Day()


def month_of(day: date) -> str:
    """The month a day is stored with: "2026-11"."""
    return f"{day.year:04d}-{day.month:02d}"


class LedgerFormatError(Exception):
    """Stored ledger data that this version cannot read."""


@dataclass(slots=True)
class Ledger:
    """Entries and daily totals of one person."""

    started: date
    retention_days: int = DEFAULT_RETENTION_DAYS
    # Days by month ("2026-11"). A month's dict is never changed once made (a
    # change makes a new one): a snapshot shares them, a store writes a month
    # again only when its dict is another, and a change copies one month.
    _months: dict[str, dict[date, _Day]] = field(default_factory=dict)
    # The day of each entry in detail, by id. Insertion order is logging
    # order: the newest entry is the last key.
    _days_of: dict[str, date] = field(default_factory=dict)
    _texts: _Texts = field(default_factory=_Texts)
    _next_seq: int = 1

    def add(
        self,
        *,
        logged_at: datetime,
        day: date,
        today: date,
        kind: EntryKind,
        label: str,
        quantity: float,
        unit: str,
        magnesium_mg: float,
        form: str | None = None,
        compound: bool = False,
        grams: float | None = None,
    ) -> Entry:
        """Log an entry on a day; detail older than the retention only adds up."""
        _validate_magnesium_mg(magnesium_mg)
        entry = Entry(
            id=self._new_id(),
            seq=self._next_seq,
            day=day,
            timestamp=int(logged_at.timestamp()),
            kind=kind,
            label=label,
            quantity=quantity,
            unit=unit,
            magnesium_mg=round(magnesium_mg, 2),
            form=form,
            compound=compound,
            grams=None if grams is None else round(grams, 1),
        )
        self._next_seq += 1
        # Backdated entries extend the tracked period, for the average.
        self.started = min(self.started, day)
        current = self._day(day)
        if day < self.detail_cutoff(today):
            self._set_day(day, current.carrying(kind, _hundredths(entry.magnesium_mg)))
        else:
            self._set_day(day, current.adding(entry, self._texts))
            self._days_of[entry.id] = day
        return entry

    def remove(self, entry_id: str | None = None) -> Entry:
        """Remove an entry, by default the most recently logged one."""
        if entry_id is None:
            if not self._days_of:
                raise MagnesiumError("nothing_to_remove", "There is no entry to remove")
            entry_id = next(reversed(self._days_of))
        entry = self.entry(entry_id)
        del self._days_of[entry_id]
        self._set_day(entry.day, self._day(entry.day).removing(entry))
        return entry

    def update(
        self, changed: Entry, *, logged_at: datetime, day: date
    ) -> tuple[Entry, Entry]:
        """Put `changed` in place of the entry of its id, at a time and day.

        Its id and logging order stay; returns (old, new).
        """
        _validate_magnesium_mg(changed.magnesium_mg)
        old = self.entry(changed.id)
        new = replace(
            changed,
            seq=old.seq,
            day=day,
            timestamp=int(logged_at.timestamp()),
            magnesium_mg=round(changed.magnesium_mg, 2),
            grams=None if changed.grams is None else round(changed.grams, 1),
        )
        if day == old.day:
            self._set_day(day, self._day(day).replacing(old, new, self._texts))
        else:
            self._set_day(old.day, self._day(old.day).removing(old))
            self._set_day(day, self._day(day).adding(new, self._texts))
            self.started = min(self.started, day)
        self._days_of[new.id] = day
        return old, new

    def hourly_mg(
        self, since: int, day_start: Callable[[date], int]
    ) -> tuple[float, dict[int, float]]:
        """The intake before the hour `since` and in each hour from it on.

        Hours are UTC, as Unix times of their start, and count entries by when
        they were taken. A compacted day has only its total left: it counts
        in the hour its day starts (`day_start`, the day's local midnight).
        """
        # An entry's day is local; its time is within a day of that day in UTC.
        first_dated = datetime.fromtimestamp(since, UTC).date() - timedelta(days=1)
        before = 0
        hours: dict[int, int] = {}

        def count(timestamp: int, amount: int) -> None:
            nonlocal before
            hour = timestamp - timestamp % 3600
            if hour < since:
                before += amount
            else:
                hours[hour] = hours.get(hour, 0) + amount

        for month in self._months.values():
            for day, record in month.items():
                if day < first_dated:
                    before += record.total
                    continue
                carried = record.carried_food + record.carried_supplements
                if carried:
                    count(day_start(day), carried)
                for timestamp, amount in record.timed_amounts():
                    count(timestamp, amount)
        return _mg(before), {hour: _mg(amount) for hour, amount in hours.items()}

    def last(self) -> Entry | None:
        """The entry logged most recently that still has its detail."""
        if not self._days_of:
            return None
        return self.get(next(reversed(self._days_of)))

    def get(self, entry_id: str) -> Entry | None:
        """Return an entry that still has its detail."""
        day = self._days_of.get(entry_id)
        return None if day is None else self._day(day).entry(day, entry_id, self._texts)

    def entry(self, entry_id: str) -> Entry:
        """The entry of an id; raises `unknown_entry` when there is none."""
        entry = self.get(entry_id)
        if entry is None:
            raise MagnesiumError(
                "unknown_entry", f"No entry with id {entry_id}", entry_id=entry_id
            )
        return entry

    def totals(self, day: date) -> DayTotals:
        """Return the totals of a day."""
        return self._day(day).totals

    def entries_on(self, day: date) -> tuple[Entry, ...]:
        """Return a day's entries in logging order."""
        return self._day(day).entries(day, self._texts)

    def average_mg(self, today: date) -> float | None:
        """Average daily total of the last complete days (at most seven).

        Days before the ledger was started do not count, so a new person's
        average is not dragged down by days that were never tracked.
        """
        first = max(today - timedelta(days=AVERAGE_DAYS), self.started)
        days = (today - first).days
        if days <= 0:
            return None
        total = sum(
            self._day(first + timedelta(days=offset)).total for offset in range(days)
        )
        return round(_mg(total) / days, 2)

    def detail_cutoff(self, today: date) -> date:
        """First day whose entries are kept in detail."""
        return today - timedelta(days=self.retention_days)

    def compact(self, today: date) -> int:
        """Fold the entries of days before the retention into their totals.

        Safe against a wrong wall clock: the retention counts back from the
        newest entry when `today` is later (a clock years ahead finds no
        newer entries, so folds nothing it should keep), and one run folds
        at most `MAX_DAYS_FOLDED` days, oldest first.
        """
        newest = max(self._days_of.values(), default=today)
        cutoff = self.detail_cutoff(min(today, newest))
        due = sorted(
            day
            for key, month in self._months.items()
            if key <= month_of(cutoff)
            for day, record in month.items()
            if day < cutoff and record.rows
        )[:MAX_DAYS_FOLDED]
        folded = 0
        for day in due:
            record = self._day(day)
            for entry_id in record.ids:
                del self._days_of[entry_id]
            folded += len(record.ids)
            self._set_day(day, record.compacted())
        return folded

    def _day(self, day: date) -> _Day:
        month = self._months.get(month_of(day))
        return _EMPTY_DAY if month is None else month.get(day, _EMPTY_DAY)

    def _set_day(self, day: date, record: _Day) -> None:
        key = month_of(day)
        month = dict(self._months.get(key, {}))
        month[day] = record
        self._months[key] = month

    def months(self) -> dict[str, object]:
        """Each month with days, and a token that changes when the month does."""
        return dict(self._months)

    def _new_id(self) -> str:
        while True:
            bits = secrets.randbits(5 * _ID_LENGTH)
            candidate = "".join(
                _ID_ALPHABET[(bits >> shift) & 31] for shift in range(0, 50, 5)
            )
            if candidate not in self._days_of:
                return candidate

    def __len__(self) -> int:
        """Number of entries kept in detail."""
        return len(self._days_of)

    def __iter__(self) -> Iterator[Entry]:
        """Entries kept in detail, in logging order."""
        for entry_id, day in self._days_of.items():
            yield self._day(day).entry(day, entry_id, self._texts)

    # Storage -------------------------------------------------------------

    def snapshot(
        self,
        encode_day: Callable[[dict[str, Any]], Any] | None = None,
        months: Iterable[str] | None = None,
    ) -> Callable[[], dict[str, Any]]:
        """Capture the ledger now; the returned function may run in any thread.

        With `months`, only the days of those months (a month's own file);
        `encode_day` turns each stored day into what is written (e.g. a JSON
        fragment).
        """
        chosen = (
            dict(self._months)
            if months is None
            else {key: self._months[key] for key in months if key in self._months}
        )
        started, next_seq, texts = self.started, self._next_seq, self._texts

        def serialize() -> dict[str, Any]:
            stored_days: dict[str, Any] = {}
            for key in sorted(chosen):
                for day, record in sorted(chosen[key].items()):
                    if stored := _stored_day(record, texts):
                        stored_days[day.isoformat()] = (
                            stored if encode_day is None else encode_day(stored)
                        )
            return {
                "started": started.isoformat(),
                "next_seq": next_seq,
                "days": stored_days,
            }

        return serialize

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], retention_days: int = DEFAULT_RETENTION_DAYS
    ) -> Ledger:
        """Rebuild a ledger from stored data; raise LedgerFormatError if unreadable."""
        ledger = cls.loading(data, retention_days)
        ledger.read_days(data.get("days"))
        ledger.loaded()
        return ledger

    @classmethod
    def loading(
        cls, data: dict[str, Any], retention_days: int = DEFAULT_RETENTION_DAYS
    ) -> Ledger:
        """An empty ledger from stored data without its days, to `read_days` into.

        Raises LedgerFormatError if unreadable.
        """
        try:
            next_seq = int(data["next_seq"])
            if not 1 <= next_seq <= MAX_SEQ:
                raise ValueError(f"next_seq {next_seq} out of range")
            return cls(
                started=date.fromisoformat(data["started"]),
                retention_days=retention_days,
                _next_seq=next_seq,
            )
        except (KeyError, TypeError, ValueError, OverflowError) as err:
            raise LedgerFormatError(f"Unreadable ledger data: {err!r}") from err

    def read_days(self, days: Any) -> None:
        """Add stored days (a month's file, say) to a ledger being loaded.

        Reading month by month lets each month's parsed JSON go before the
        next is read, so a start never holds years of it (nor makes the
        garbage collector walk it). Call `loaded` when every day is read.
        Raises LedgerFormatError if unreadable, and then adds none of them.
        """
        read: list[tuple[date, _Day]] = []
        try:
            for day_text, stored in days.items():
                day = date.fromisoformat(day_text)
                carried_food, carried_supplements = (
                    _hundredths(_stored_mg(amount, carried=True))
                    for amount in stored.get("carried", (0, 0))
                )
                record = _Day.of(
                    carried_food,
                    carried_supplements,
                    (_entry_from_row(day, row) for row in stored.get("entries", ())),
                    self._texts,
                )
                read.append((day, record))
        except (
            KeyError,
            TypeError,
            ValueError,
            AttributeError,
            OverflowError,
            struct.error,
        ) as err:
            raise LedgerFormatError(f"Unreadable ledger data: {err!r}") from err
        for day, record in read:
            self._months.setdefault(month_of(day), {})[day] = record

    def loaded(self) -> set[str]:
        """Put the entries read in logging order; the ledger is ready.

        An entry found on two days (a move between months of which only one
        file was written) is kept on the later one. Returns the months that
        changed so, to be written again.
        """
        logged = sorted(
            (seq, entry_id, day)
            for month in self._months.values()
            for day, record in month.items()
            for entry_id, (seq, *_numbers) in zip(
                record.ids, _ROW.iter_unpack(record.rows), strict=True
            )
        )
        self._days_of = {}
        mended: set[str] = set()
        for _seq, entry_id, day in logged:
            kept = day
            if (other := self._days_of.get(entry_id)) is not None:
                dropped, kept = min(other, day), max(other, day)
                record = self._day(dropped)
                entry = record.entry(dropped, entry_id, self._texts)
                self._set_day(dropped, record.removing(entry))
                mended.add(month_of(dropped))
            self._days_of[entry_id] = kept
        if logged and logged[-1][0] >= self._next_seq:
            self._next_seq = logged[-1][0] + 1
        return mended


def _stored_day(record: _Day, texts: _Texts) -> dict[str, Any]:
    """A day as stored: compacted amounts and entries, each only if any."""
    stored: dict[str, Any] = {}
    if record.carried_food or record.carried_supplements:
        stored["carried"] = [
            _mg(record.carried_food),
            _mg(record.carried_supplements),
        ]
    if record.rows:
        stored["entries"] = record.stored_rows(texts)
    return stored


def _validate_magnesium_mg(magnesium_mg: float) -> None:
    # Amounts are kept to a hundredth of a milligram: less would be stored as 0.
    positive_number(
        magnesium_mg,
        error="invalid_magnesium_mg",
        minimum=0.005,
        allow_minimum=True,
        maximum=MAX_ENTRY_MG,
    )


def _stored_mg(value: object, *, carried: bool = False) -> float:
    """A stored amount, if it is one a ledger could hold; else ValueError.

    A day's carried total may be 0 and add up many entries; an entry is one.
    """
    try:
        return positive_number(
            value,
            error="invalid_magnesium_mg",
            maximum=MAX_ENTRY_MG * 10_000 if carried else MAX_ENTRY_MG,
            allow_minimum=carried,
        )
    except MagnesiumError as err:
        raise ValueError(str(err)) from err


def _stored_number(value: object, *, positive: bool = True) -> float:
    """A stored quantity or weight: finite, and above 0 (or at least 0)."""
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        raise ValueError(f"{number} is no amount")
    return number


def _entry_from_row(day: date, row: list[Any]) -> Entry:
    seq, entry_id, timestamp, kind_code, label, quantity, unit, mg, *rest = row
    kind = _KINDS_BY_CODE[kind_code]
    if not 1 <= int(seq) < MAX_SEQ or int(timestamp) not in _TIMESTAMPS:
        raise ValueError(f"seq {seq} or time {timestamp} out of range")
    # A supplement adds its form and compound flag, a food its grams if known.
    form, compound = rest if kind is EntryKind.SUPPLEMENT and rest else (None, 0)
    grams = (
        _stored_number(rest[0], positive=False)
        if kind is EntryKind.FOOD and rest
        else None
    )
    # Positional: years of entries are read at every start, and keywords
    # make a frozen dataclass twice as slow to create.
    return Entry(
        str(entry_id),
        int(seq),
        day,
        int(timestamp),
        kind,
        # Years of entries share a few dozen foods and units: one copy each.
        sys.intern(str(label)),
        _stored_number(quantity),
        sys.intern(str(unit)),
        _stored_mg(mg),
        None if form is None else str(form),
        bool(compound),
        grams,
    )


# Words that, alone, mean "the latest supplement" ("remove the pill").
_SUPPLEMENT_ITEM: Final = frozenset(
    match_key("magnesium supplement pill capsule tablet softgel gummy")
)


def find_entry(
    entries: Iterable[Entry],
    *,
    item: str | None = None,
    kind: EntryKind | None = None,
    food_name: str | None = None,
) -> Entry | None:
    """The most recent entry that a spoken "remove the almonds" means.

    `entries` in logging order; `food_name` is what the food table resolved
    `item` to, when it could. An entry matches by that name, else when every
    word of `item` is in its label ("rice" -> "white rice"); words like
    "supplement" or "pill" alone mean the latest supplement.
    """
    words = set(match_key(item)) if item else set()
    if words and words <= _SUPPLEMENT_ITEM:
        kind, words = EntryKind.SUPPLEMENT, set()
    recent = [entry for entry in reversed(tuple(entries)) if kind in (None, entry.kind)]
    if not words:
        return recent[0] if recent else None
    if food_name is not None:
        wanted = food_name.casefold()
        for entry in recent:
            if entry.label.casefold() == wanted:
                return entry
    for entry in recent:
        if words <= set(match_key(entry.label)):
            return entry
    return None
