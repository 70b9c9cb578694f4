"""What Assist says back: answers built from typed results and the translations.

Each answer has two texts, `_self` when the person asked about themselves
("your total") and `_other` when they asked about someone else ("Bob's
total"), so every language can phrase both its own way. Milligrams are
spoken as whole numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from homeassistant.util import dt as dt_util

from .intake import Subject
from .ledger import Entry, EntryKind
from .quantities import MASS_UNITS
from .sentences import QUERY_LIMIT, QUERY_REMAINING, QUERY_SUPPLEMENTS
from .texts import Texts
from .tracker import DayStatus, LogResult

# A supplement within half a milligram of the limit is "right at" it.
_AT_LIMIT_MG: Final = 0.5


def _personal(texts: Texts, key: str, subject: Subject, **values: str) -> str:
    """The `_self` or `_other` text of `key`, with the person's name."""
    suffix = "self" if subject.is_caller else "other"
    return texts(f"{key}_{suffix}", name=subject.tracker.name, **values)


def _numbers(texts: Texts, status: DayStatus) -> dict[str, str]:
    totals = status.totals
    return {
        "total": texts.whole(totals.total_mg),
        "food": texts.whole(totals.food_mg),
        "supplements": texts.whole(totals.supplements_mg),
        "target": str(status.daily_target_mg),
        "limit": str(status.supplement_limit_mg),
        "remaining": texts.whole(status.remaining_mg),
        "percent": texts.whole(status.progress_pct),
        "over": texts.whole(totals.supplements_mg - status.supplement_limit_mg),
        "left": texts.whole(status.supplement_limit_mg - totals.supplements_mg),
    }


def _total(texts: Texts, subject: Subject, status: DayStatus) -> str:
    key = "answer_total_reached" if status.target_reached else "answer_total_below"
    return _personal(texts, key, subject, **_numbers(texts, status))


def entry_words(texts: Texts, entry: Entry) -> str:
    """What an entry holds, in words: "2 cups of milk", "Calm Caps"."""
    return _words(texts, entry.kind, entry.label, entry.quantity, entry.unit)


def _words(texts: Texts, kind: str, label: str, quantity: float, unit: str) -> str:
    if kind == EntryKind.SUPPLEMENT:
        return label
    return texts.amount(quantity, unit, label)


def logged_foods(
    texts: Texts, subject: Subject, results: Sequence[LogResult], status: DayStatus
) -> str:
    """What was eaten as understood, its weight, magnesium and the day's total.

    "Logged 20 almonds (about 24 g), 67 mg of magnesium.": a wrong reading
    shows at once.
    """
    logged = texts(
        "answer_logged",
        what=texts.items([_weighed_words(texts, result.entry) for result in results]),
        mg=texts.whole(sum(result.entry.magnesium_mg for result in results)),
    )
    return f"{logged} {_total(texts, subject, status)}"


def _weighed_words(texts: Texts, entry: Entry) -> str:
    return _weighed(
        texts, entry.kind, entry.label, entry.quantity, entry.unit, entry.grams
    )


def _weighed(
    texts: Texts,
    kind: str,
    label: str,
    quantity: float,
    unit: str,
    grams: float | None,
) -> str:
    """A supplement's name; a food's amount, with its weight when not said."""
    words = _words(texts, kind, label, quantity, unit)
    if grams is None or unit in MASS_UNITS:
        return words  # "30 g of dark chocolate" says its weight already
    return texts("amount_weighed", amount=words, grams=texts.whole(grams))


def logbook_message(texts: Texts, event_type: str, entry: Mapping[str, Any]) -> str:
    """An activity log line of a change: "logged 20 almonds (about 24 g), 67 mg".

    `entry` as the intake bus event carries it (`Entry.as_dict`).
    """
    what = _weighed(
        texts,
        str(entry["kind"]),
        str(entry["label"]),
        float(entry["quantity"]),
        str(entry["unit"]),
        entry.get("grams"),
    )
    return texts(
        f"logbook_{event_type}", what=what, mg=texts.whole(entry["magnesium_mg"])
    )


def logged_supplement(
    texts: Texts, subject: Subject, entry: Entry, status: DayStatus, counted: str
) -> str:
    """What was taken, the day's total and, above the limit, a warning.

    `counted` is the dose in words when it was counted in units of the
    usual supplement ("2 capsules of Calm Caps"), else empty.
    """
    mg = texts.whole(entry.magnesium_mg)
    if counted:
        logged = texts("answer_logged", what=counted, mg=mg)
    else:
        logged = texts("answer_logged_dose", what=entry.label, mg=mg)
    parts = [logged, _total(texts, subject, status)]
    if status.supplement_limit_exceeded:
        parts.append(
            _personal(texts, "answer_limit_warning", subject, **_numbers(texts, status))
        )
    return " ".join(parts)


def removed(texts: Texts, subject: Subject, entry: Entry, status: DayStatus) -> str:
    """What was removed and the day's total."""
    text = _personal(
        texts,
        "answer_removed",
        subject,
        what=entry_words(texts, entry),
        mg=texts.whole(entry.magnesium_mg),
    )
    return f"{text} {_total(texts, subject, status)}"


def last_entry_answer(texts: Texts, subject: Subject, entry: Entry | None) -> str:
    """The answer to "what was my last entry": what, how much, when."""
    if entry is None:
        return _personal(texts, "answer_last_none", subject)
    logged_at = dt_util.as_local(entry.logged_at)
    when = logged_at.strftime("%H:%M")
    if entry.day != subject.tracker.today:
        when = f"{entry.day.isoformat()} {when}"
    return _personal(
        texts,
        "answer_last",
        subject,
        what=entry_words(texts, entry),
        mg=texts.whole(entry.magnesium_mg),
        when=when,
    )


def status_answer(texts: Texts, subject: Subject, query: str, status: DayStatus) -> str:
    """The answer to a question about today."""
    if query == QUERY_REMAINING:
        key = "remaining_reached" if status.target_reached else "remaining"
    elif query == QUERY_SUPPLEMENTS:
        key = "supplements"
    elif query == QUERY_LIMIT:
        left = status.supplement_limit_mg - status.totals.supplements_mg
        if status.supplement_limit_exceeded:
            key = "limit_over"
        else:
            key = "limit_at" if left < _AT_LIMIT_MG else "limit_under"
    else:
        key = "consumed"
    return _personal(texts, f"answer_{key}", subject, **_numbers(texts, status))
