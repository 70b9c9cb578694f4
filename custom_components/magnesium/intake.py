"""The use cases of Magnesium, the same for actions, Assist and LLM tools.

One object per Home Assistant (set up with the integration) owns: whose log a
request is about, reading free text into foods and amounts, the usual
supplement, and the operations that log, remove and report, returning typed
results. The doors (`services`, `intent`, `llm`) only turn their input into
one call here and its result into a response, speech or a tool result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Final

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.loader import async_get_integration
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .const import CONF_BARCODE_LOOKUP, CONF_NAME, CONF_PERSON_ENTITY_ID, DOMAIN
from .errors import MagnesiumError
from .food_store import FoodStore
from .foods import Food, FoodMatch, FoodTable, Measurement, make_custom_food
from .ledger import Entry, EntryKind, find_entry
from .openfoodfacts import async_lookup_barcode
from .phrases import read_food, read_meal, sounds_like_food
from .quantities import MAX_TEXT_LENGTH, SERVING, validate_quantity
from .sentences import split_person, strip_relation
from .supplements import SupplementForm, elemental_mg
from .tracker import (
    DayReport,
    DayStatus,
    LogResult,
    MagnesiumConfigEntry,
    PersonTracker,
)
from .words import plain_text

DATA_INTAKE: HassKey[Intake] = HassKey(DOMAIN)

MAX_LABEL_LENGTH: Final = 100
# Ids, units, barcodes and names of people: short words, never sentences.
MAX_ID_LENGTH: Final = 100
MAX_REPORT_DAYS: Final = 366


@dataclass(frozen=True, slots=True)
class Subject:
    """The person a request is about; `is_caller` when they are the one asking."""

    tracker: PersonTracker
    is_caller: bool


@dataclass(frozen=True, slots=True)
class LogReport:
    """A person's days, each with its totals, target, limit and entries."""

    tracker: PersonTracker
    days: tuple[DayReport, ...]

    def as_response(self) -> dict[str, Any]:
        """The response of `get_log`."""
        return {
            "config_entry_id": self.tracker.entry.entry_id,
            "name": self.tracker.name,
            "statistic_id": self.tracker.statistics.statistic_id,
            "days": [day.as_response() for day in self.days],
        }


@dataclass(frozen=True, slots=True)
class MealResult:
    """The foods of one meal, logged together, and the day after them."""

    results: tuple[LogResult, ...]

    @property
    def status(self) -> DayStatus:
        """The day after the whole meal."""
        return self.results[-1].status


def intake_of(hass: HomeAssistant) -> Intake:
    """The intake of this Home Assistant (set up with the integration)."""
    return hass.data[DATA_INTAKE]


def _label_text(value: object, field: str) -> str:
    """A label a person gave (food, unit, product): plain text, or `invalid_text`."""
    if (text := plain_text(value, MAX_LABEL_LENGTH)) is None:
        raise MagnesiumError(
            "invalid_text",
            f"{field} must be 1 to {MAX_LABEL_LENGTH} characters of text",
            field=field,
            maximum=str(MAX_LABEL_LENGTH),
        )
    return text


def names_of(hass: HomeAssistant, entry: MagnesiumConfigEntry) -> list[str]:
    """How a person may be called: their name, and their person entity's."""
    names = [str(entry.data.get(CONF_NAME, ""))]
    entity_id = entry.data.get(CONF_PERSON_ENTITY_ID)
    if entity_id and (state := hass.states.get(entity_id)) is not None:
        names.append(state.name)
    return [name for name in (name.strip() for name in names) if name]


def _bounded(value: str | None, field: str, limit: int = MAX_TEXT_LENGTH) -> None:
    """Refuse a text longer than any real input before it is read at all."""
    if isinstance(value, str) and len(value) > limit:
        raise MagnesiumError(
            "invalid_text",
            f"{field} must be 1 to {limit} characters of text",
            field=field,
            maximum=str(limit),
        )


class Intake:
    """Logging, correcting and reading everyone's intake.

    Every free text is bounded here, the one way in for actions, intents and
    LLM tools: no input can make the readers behind it slow.
    """

    def __init__(self, hass: HomeAssistant, food_store: FoodStore) -> None:
        """Work with the household's foods."""
        self._hass = hass
        self._food_store = food_store

    @property
    def foods(self) -> FoodTable:
        """The food table, with the household's custom foods."""
        return self._food_store.foods

    # People --------------------------------------------------------------

    def trackers(self) -> list[PersonTracker]:
        """The trackers of every person whose config entry is loaded."""
        return [
            entry.runtime_data
            for entry in self._hass.config_entries.async_loaded_entries(DOMAIN)
        ]

    def _names(self, tracker: PersonTracker) -> set[str]:
        return {name.casefold() for name in names_of(self._hass, tracker.entry)}

    def tracker_named(self, spoken: str) -> PersonTracker | None:
        """The person called `spoken`: full name first, else a unique first name."""
        _bounded(spoken, "name", MAX_ID_LENGTH)
        name = strip_relation(spoken).casefold()
        named = {tracker: self._names(tracker) for tracker in self.trackers()}
        for tracker, names in named.items():
            if name in names:
                return tracker
        by_first_name = [
            tracker
            for tracker, names in named.items()
            if any(full.split()[:1] == [name] for full in names)
        ]
        return by_first_name[0] if len(by_first_name) == 1 else None

    def _tracker_of_user(self, user_id: str | None) -> PersonTracker | None:
        """The person whose `person` entity belongs to this Home Assistant user."""
        if user_id is None:
            return None
        entity_ids = {
            state.entity_id
            for state in self._hass.states.async_all("person")
            if state.attributes.get("user_id") == user_id
        }
        return next(
            (
                tracker
                for tracker in self.trackers()
                if tracker.entry.data.get(CONF_PERSON_ENTITY_ID) in entity_ids
            ),
            None,
        )

    def _tracker_of_entry(self, config_entry_id: str) -> PersonTracker:
        entry = self._hass.config_entries.async_get_entry(config_entry_id)
        if entry is None or entry.domain != DOMAIN:
            raise MagnesiumError(
                "unknown_person",
                f"No person with config entry {config_entry_id}",
                config_entry_id=config_entry_id,
            )
        if entry.state is not ConfigEntryState.LOADED:
            raise MagnesiumError(
                "person_not_loaded", f"{entry.title} is not loaded", name=entry.title
            )
        tracker: PersonTracker = entry.runtime_data
        return tracker

    def subject(
        self,
        *,
        config_entry_id: str | None = None,
        name: str | None = None,
        user_id: str | None = None,
    ) -> Subject:
        """Whose log a request is about.

        In order: the config entry or the name given, else the person linked
        to the calling user, else the only person tracked. Raises a
        translated error that asks when it is not clear.
        """
        _bounded(config_entry_id, "config_entry_id", MAX_ID_LENGTH)
        if config_entry_id is not None:
            tracker = self._tracker_of_entry(config_entry_id)
            return Subject(tracker, is_caller=tracker is self._own(user_id))
        if name:
            found = self.tracker_named(name)
            if found is None:
                raise MagnesiumError(
                    "unknown_person_name",
                    f"{name} is not tracked for magnesium",
                    name=name,
                    people=self._people() or "-",
                )
            return Subject(found, is_caller=found is self._own(user_id))
        if (own := self._own(user_id)) is not None:
            return Subject(own, is_caller=True)
        if not self.trackers():
            raise MagnesiumError("no_person", "No person is set up")
        raise MagnesiumError(
            "person_required",
            "Several people are tracked; say or choose whose it is",
            people=self._people(),
        )

    def _own(self, user_id: str | None) -> PersonTracker | None:
        """The caller's own person: linked to their user, or the only one."""
        if (linked := self._tracker_of_user(user_id)) is not None:
            return linked
        trackers = self.trackers()
        return trackers[0] if len(trackers) == 1 else None

    def _people(self) -> str:
        return ", ".join(sorted(tracker.name for tracker in self.trackers()))

    def split_person(self, text: str) -> tuple[str, str | None]:
        """Split a trailing "for <tracked person>" off free text."""
        _bounded(text, "text")
        return split_person(text, lambda name: self.tracker_named(name) is not None)

    def owner_of(self, entry_id: str) -> PersonTracker | None:
        """The person whose log holds the entry `entry_id`, if any."""
        return next(
            (t for t in self.trackers() if t.ledger.get(entry_id) is not None), None
        )

    # Reading free text ---------------------------------------------------

    def read_food(
        self, text: str, quantity: float | None = None, unit: str | None = None
    ) -> Measurement:
        """A food and its amount from a name, or from a whole phrase."""
        _bounded(text, "food")
        _bounded(unit, "unit", MAX_ID_LENGTH)
        return read_food(self.foods, text, quantity, unit)

    def sounds_like_food(self, text: str) -> bool:
        """Whether spoken words are about food the table knows (or an amount)."""
        _bounded(text, "food")
        return sounds_like_food(self.foods, text)

    # Logging and correcting ----------------------------------------------

    async def async_log_food(
        self,
        tracker: PersonTracker,
        *,
        food: str | None = None,
        barcode: str | None = None,
        quantity: float | None = None,
        unit: str | None = None,
        magnesium_mg: float | None = None,
        logged_at: datetime | None = None,
        context: Context | None = None,
    ) -> LogResult:
        """Log one food: by name or phrase, by barcode, or with its magnesium."""
        logged_at = _local(logged_at)
        # Before any lookup: a bad amount costs no network call.
        if quantity is not None:
            quantity = validate_quantity(quantity)
        _bounded(barcode, "barcode", MAX_ID_LENGTH)
        if barcode is not None:
            if not tracker.entry.options.get(CONF_BARCODE_LOOKUP, False):
                raise MagnesiumError(
                    "barcode_lookup_disabled",
                    "Barcode lookup is off in this person's options",
                    name=tracker.name,
                )
            integration = await async_get_integration(self._hass, DOMAIN)
            product = await async_lookup_barcode(
                self._hass, barcode, str(integration.version)
            )
            # A product's count is of its labelled servings.
            measured = product.measure(quantity, unit or SERVING)
            return _log_measured(tracker, measured, logged_at, context)
        if food is None:
            raise MagnesiumError("food_required", "Give the food (or a barcode)")
        if magnesium_mg is None:
            measured = self.read_food(food, quantity, unit)
            return _log_measured(tracker, measured, logged_at, context)
        return tracker.log(
            kind=EntryKind.FOOD,
            label=_label_text(food, "food"),
            quantity=1.0 if quantity is None else quantity,
            unit=_label_text(unit, "unit") if unit else SERVING,
            magnesium_mg=magnesium_mg,
            logged_at=logged_at,
            context=context,
        )

    def log_meal(
        self, tracker: PersonTracker, text: str, context: Context | None = None
    ) -> MealResult:
        """Log every food of a meal, or none of them when one cannot be read."""
        _bounded(text, "food")
        measured = read_meal(self.foods, text)
        return MealResult(
            tuple(_log_measured(tracker, item, None, context) for item in measured)
        )

    def log_supplement(
        self,
        tracker: PersonTracker,
        *,
        magnesium_mg: float | None = None,
        compound_mg: float | None = None,
        form: SupplementForm | None = None,
        name: str | None = None,
        count: float | None = None,
        logged_at: datetime | None = None,
        context: Context | None = None,
    ) -> LogResult:
        """Log a supplement dose.

        Given as elemental mg, as compound mg with its form, or as a count of
        the person's usual supplement.
        """
        if count is not None and magnesium_mg is None and compound_mg is None:
            usual = tracker.usual_supplement()
            if usual is None or (form and usual.form and form != usual.form):
                raise MagnesiumError(
                    "supplement_amount_needed",
                    "How much magnesium was in it?",
                    name=tracker.name,
                )
            magnesium_mg = count * usual.unit_mg
            name = name or usual.product
            if usual.form:
                form = SupplementForm(usual.form)
        if compound_mg is not None and magnesium_mg is None:
            if form is None:
                raise MagnesiumError(
                    "form_required", "compound_mg needs the form of the compound"
                )
            quantity, magnesium_mg = compound_mg, elemental_mg(compound_mg, form)
        elif magnesium_mg is not None and compound_mg is None:
            quantity = magnesium_mg
        else:
            raise MagnesiumError(
                "supplement_amount_required",
                "Give either magnesium_mg (elemental) or compound_mg with form",
            )
        if name is not None:
            label = _label_text(name, "name")
        else:
            label = f"Magnesium {form}" if form else "Magnesium"
        return tracker.log(
            kind=EntryKind.SUPPLEMENT,
            label=label,
            quantity=quantity,
            unit="mg",
            magnesium_mg=magnesium_mg,
            form=form.value if form else None,
            compound=compound_mg is not None,
            logged_at=_local(logged_at),
            context=context,
        )

    def remove(
        self,
        tracker: PersonTracker,
        *,
        entry_id: str | None = None,
        item: str | None = None,
        kind: EntryKind | None = None,
        context: Context | None = None,
    ) -> LogResult:
        """Remove an entry: by id, today's latest of a food or kind, else the last."""
        _bounded(entry_id, "entry_id", MAX_ID_LENGTH)
        _bounded(item, "item")
        if entry_id is None and (item or kind):
            entry_id = self._todays_entry(tracker, item, kind).id
        return tracker.remove(entry_id, context)

    def update_entry(
        self,
        tracker: PersonTracker,
        entry_id: str,
        *,
        food: str | None = None,
        quantity: float | None = None,
        unit: str | None = None,
        magnesium_mg: float | None = None,
        label: str | None = None,
        logged_at: datetime | None = None,
        context: Context | None = None,
    ) -> LogResult:
        """Correct an entry: what it was, how much, its magnesium or its time.

        A food's magnesium is read again from the food table for a new food,
        amount or unit, unless `magnesium_mg` is given; a supplement's follows
        its new dose.
        """
        _bounded(entry_id, "entry_id", MAX_ID_LENGTH)
        _bounded(food, "food")
        _bounded(unit, "unit", MAX_ID_LENGTH)
        old = tracker.ledger.entry(entry_id)
        if quantity is not None:
            quantity = validate_quantity(quantity)
        if old.kind is EntryKind.FOOD:
            corrected = self._corrected_food(old, food, quantity, unit, magnesium_mg)
        else:
            corrected = _corrected_dose(old, food, quantity, unit, magnesium_mg)
        if label is not None:
            corrected = replace(corrected, label=_label_text(label, "label"))
        return tracker.update(corrected, logged_at=_local(logged_at), context=context)

    def _corrected_food(
        self,
        old: Entry,
        food: str | None,
        quantity: float | None,
        unit: str | None,
        magnesium_mg: float | None,
    ) -> Entry:
        """A food entry with a new food, amount or magnesium."""
        if food is None and quantity is None and unit is None:
            if magnesium_mg is None:
                return old
            return replace(old, magnesium_mg=magnesium_mg, grams=None)
        if magnesium_mg is not None:
            return replace(
                old,
                label=old.label if food is None else _label_text(food, "food"),
                quantity=old.quantity if quantity is None else quantity,
                unit=old.unit if unit is None else _label_text(unit, "unit"),
                magnesium_mg=magnesium_mg,
                grams=None,
            )
        if food is not None:
            measured = self.read_food(food, quantity, unit)
        else:
            try:
                measured = self.read_food(old.label, quantity or old.quantity, unit)
            except MagnesiumError:
                if unit is not None or quantity is None:
                    raise
                # Logged with its own magnesium: more of it has more.
                return _scaled(old, quantity)
        return replace(
            old,
            label=measured.food.name,
            quantity=measured.quantity,
            unit=measured.unit,
            magnesium_mg=measured.mg,
            grams=measured.grams,
        )

    def _todays_entry(
        self, tracker: PersonTracker, item: str | None, kind: EntryKind | None
    ) -> Entry:
        """Today's latest entry of a food (or kind); raises `no_matching_entry`."""
        try:
            food_name = self.foods.resolve(item).food.name if item else None
        except MagnesiumError:
            # A food the table does not know still matches the words of a label.
            food_name = None
        found = find_entry(
            tracker.ledger.entries_on(tracker.today),
            item=item,
            kind=kind,
            food_name=food_name,
        )
        if found is None:
            what = item or str(kind)
            raise MagnesiumError(
                "no_matching_entry",
                f"Nothing in today's log of {tracker.name} matches {what!r}",
                item=what,
                name=tracker.name,
            )
        return found

    # Reading the log and the foods ---------------------------------------

    def log_report(
        self, tracker: PersonTracker, start: date | None, end: date | None
    ) -> LogReport:
        """Each day from `start` (default `end`) to `end` (default today)."""
        end = end or tracker.today
        start = start or end
        if start > end:
            raise MagnesiumError(
                "invalid_date_range",
                "start_date is after end_date",
                start_date=start.isoformat(),
                end_date=end.isoformat(),
            )
        if (end - start).days >= MAX_REPORT_DAYS:
            raise MagnesiumError(
                "date_range_too_long",
                f"At most {MAX_REPORT_DAYS} days at once",
                maximum=str(MAX_REPORT_DAYS),
            )
        days = tuple(
            tracker.day_report(start + timedelta(days=offset))
            for offset in range((end - start).days + 1)
        )
        return LogReport(tracker, days)

    def search(self, query: str, limit: int) -> list[FoodMatch]:
        """Foods matching `query`, best first."""
        _bounded(query, "query")
        return self.foods.search(query, limit)

    async def async_add_food(
        self,
        name: str,
        magnesium_mg: float,
        serving: str,
        grams: float | None,
        aliases: list[str],
        *,
        override: bool = False,
    ) -> Food:
        """Add (or replace) a custom food of the household.

        A built-in food's name needs `override`.
        """
        food = make_custom_food(name, magnesium_mg, serving, grams, aliases)
        await self._food_store.async_add_custom(food, override=override)
        return food

    async def async_remove_food(self, name: str) -> Food:
        """Remove a custom food of the household."""
        _bounded(name, "name")
        return await self._food_store.async_remove_custom(name)


def _log_measured(
    tracker: PersonTracker,
    measured: Measurement,
    logged_at: datetime | None,
    context: Context | None,
) -> LogResult:
    """Log a food as the food table measured it, with the grams it read."""
    return tracker.log(
        kind=EntryKind.FOOD,
        label=measured.food.name,
        quantity=measured.quantity,
        unit=measured.unit,
        magnesium_mg=measured.mg,
        grams=measured.grams,
        logged_at=logged_at,
        context=context,
    )


def _corrected_dose(
    old: Entry,
    food: str | None,
    quantity: float | None,
    unit: str | None,
    magnesium_mg: float | None,
) -> Entry:
    """A supplement entry with a new dose (its quantity, or elemental mg)."""
    if food is not None or unit is not None:
        raise MagnesiumError(
            "not_a_food_entry",
            "A supplement has no food or unit to change",
            field="food" if food is not None else "unit",
        )
    if magnesium_mg is not None:
        # Elemental mg given: the compound's weight is no longer known.
        return replace(
            old, quantity=magnesium_mg, magnesium_mg=magnesium_mg, compound=False
        )
    if quantity is None:
        return old
    if old.compound and old.form is not None:
        return replace(
            old,
            quantity=quantity,
            magnesium_mg=elemental_mg(quantity, SupplementForm(old.form)),
        )
    return replace(old, quantity=quantity, magnesium_mg=quantity)


def _scaled(old: Entry, quantity: float) -> Entry:
    """A food logged with its own magnesium, in another quantity."""
    return replace(
        old,
        quantity=quantity,
        magnesium_mg=old.magnesium_mg * quantity / old.quantity,
        grams=None if old.grams is None else old.grams * quantity / old.quantity,
    )


def _local(logged_at: datetime | None) -> datetime | None:
    """A time without zone means Home Assistant's local time."""
    if logged_at is not None and logged_at.tzinfo is None:
        return logged_at.replace(tzinfo=dt_util.get_default_time_zone())
    return logged_at
