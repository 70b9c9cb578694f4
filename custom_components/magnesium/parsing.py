"""What the words inside a spoken sentence's slots mean.

Pure Python (no Home Assistant). The slots arrive as raw text, from our English
templates or from a user's `custom_sentences/<lang>/*.yaml`: a food phrase that
may still end in "for Alice", a dose such as "400 mg" or "two capsules", a
supplement such as "a magnesium glycinate supplement of 120 milligrams", the
food of an entry to remove.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
import re

from .errors import MagnesiumError
from .foods import normalize
from .ledger import Entry, EntryKind
from .quantities import MASS_UNITS, canonical_unit, parse_amount
from .supplements import SupplementForm, parse_form

# "for" in the languages whose example sentences we ship: a custom sentence's
# wildcard keeps "eine Banane für Alice" whole (hassil prefers fewer wildcards).
_FOR_WORDS = ("for", "für")
_RELATION = re.compile(
    r"^(?:my|our)\s+(?:(?:little|baby|older|younger|eldest|youngest)\s+)?"
    r"(?:son|daughter|kid|child|boy|girl|wife|husband|partner|mom|mum|mother"
    r"|dad|father|brother|sister|grandma|grandpa|friend)\s+",
    re.IGNORECASE,
)
# What a supplement is counted in; the person's usual supplement gives the mg.
COUNT_WORDS = frozenset(
    {
        "capsule",
        "capsules",
        "tablet",
        "tablets",
        "pill",
        "pills",
        "softgel",
        "softgels",
        "gummy",
        "gummies",
        "caplet",
        "caplets",
        "scoop",
        "scoops",
        "dose",
        "doses",
        "serving",
        "servings",
        "supplement",
        "supplements",
    }
)
# Where a meal may split into foods: commas, "and", "with", "plus"; never
# inside an amount such as "one and a half cups".
_FOOD_SEPARATOR = re.compile(
    r"(\s*(?:,|&|\bplus\b|\bwith\b"
    r"|\band\b(?!\s+(?:a|one|two|three)?\s*(?:half|halves|quarters?|thirds?)\b))"
    r"\s*)",
    re.IGNORECASE,
)
# Beyond this many separators only "one food" and "all parts" are tried.
_MAX_SEPARATORS = 6
_DETERMINERS = frozenset({"my", "the", "some", "our", "his", "her", "their", "of"})
_SUPPLEMENT_WORDS = frozenset({"magnesium", "supplement", "supplements"}) | COUNT_WORDS
_GLUED_UNIT = re.compile(r"(?<=\d)(?=[^\W\d])")
_PUNCTUATION = re.compile(r"[^\w\s./'-]")


def strip_relation(spoken: str) -> str:
    """'my son Bob' -> 'Bob'."""
    return _RELATION.sub("", spoken.strip()).strip()


def split_person(text: str, is_known: Callable[[str], bool]) -> tuple[str, str | None]:
    """Split a trailing "for <known person>" off a slot's text.

    "fish for dinner for Alice" -> ("fish for dinner", "Alice"); an unknown
    name stays in the text.
    """
    words = text.split()
    for index, word in enumerate(words[:-1]):
        if index and word.casefold() in _FOR_WORDS:
            name = " ".join(words[index + 1 :])
            if is_known(name):
                return " ".join(words[:index]), name
    return text, None


def meal_splits(text: str) -> Iterator[list[str]]:
    """Ways to read a meal as foods, fewest foods first, the whole text first.

    "a baked potato with skin and two eggs" -> the whole, then ["a baked potato
    with skin", "two eggs"], ["a baked potato", "skin and two eggs"], then all
    three parts. Which reading is right the caller asks the food table.
    """
    pieces = _FOOD_SEPARATOR.split(text)
    parts, separators = pieces[::2], pieces[1::2]
    count = len(separators)
    sizes = range(count + 1) if count <= _MAX_SEPARATORS else (0, count)
    for size in sizes:
        for cuts in combinations(range(count), size):
            groups, start = [], 0
            for cut in (*cuts, count):
                joined = "".join(
                    parts[index] + separators[index] for index in range(start, cut)
                )
                groups.append(joined + parts[cut])
                start = cut + 1
            if all(group.strip() for group in groups):
                yield groups


def _words(text: str) -> list[str]:
    """Lower-case words, with "400mg" split into "400 mg"."""
    text = _GLUED_UNIT.sub(" ", text.casefold())
    return [word.strip(".'") for word in _PUNCTUATION.sub(" ", text).split()]


@dataclass(frozen=True, slots=True)
class Dose:
    """A spoken supplement amount: elemental mg, or a count of units.

    `word` is what was counted ("capsules"), when it was said.
    """

    amount: float
    in_mg: bool = False
    word: str | None = None


def _invalid_dose(text: str) -> MagnesiumError:
    return MagnesiumError(
        "invalid_dose",
        f"The amount “{text}” is not understood: give it in milligrams (for "
        "example 200 mg) or as a number of capsules or tablets.",
        dose=text,
    )


def _dose(words: list[str], text: str) -> Dose:
    """A dose from its words ("400 mg", "two capsules", "a")."""
    try:
        if words[-1] in COUNT_WORDS and len(words) > 1:
            return Dose(parse_amount(" ".join(words[:-1])), word=words[-1])
        try:
            unit = canonical_unit(words[-1])
        except MagnesiumError:
            # No unit: a number of the person's usual supplement ("two").
            return Dose(parse_amount(" ".join(words)))
        if unit in MASS_UNITS and len(words) > 1:
            amount = parse_amount(" ".join(words[:-1]))
            return Dose(amount * MASS_UNITS[unit] / MASS_UNITS["mg"], in_mg=True)
    except MagnesiumError as err:
        raise _invalid_dose(text) from err
    raise _invalid_dose(text)


def parse_dose(text: str) -> Dose:
    """Parse a spoken dose: "400 mg", "200 milligrams", "two capsules", "a".

    Milligrams are elemental magnesium, as Supplement Facts labels state
    them. Raises `invalid_dose`.
    """
    words = _words(text)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    if not words:
        raise _invalid_dose(text)
    return _dose(words, text)


@dataclass(frozen=True, slots=True)
class SupplementRequest:
    """What a supplement sentence says: the dose (None: one) and the form."""

    dose: Dose | None
    form: SupplementForm | None


def _form(words: Iterable[str]) -> SupplementForm | None:
    described = [
        word
        for word in words
        if word not in _SUPPLEMENT_WORDS and word not in _DETERMINERS
    ]
    return parse_form(" ".join(described)) if described else None


def parse_supplement(
    text: str | None = None, dose: str | None = None, form: str | None = None
) -> SupplementRequest:
    """Combine the slots of a supplement sentence into one request.

    `text` is a whole phrase such as "400 mg of magnesium citrate", "my
    magnesium" or "a magnesium glycinate supplement of 120 milligrams";
    `dose` and `form` are separate slots when the template split them. A
    count word in the phrase ("two magnesium tablets") counts units. Raises
    `invalid_dose` or `unknown_form`.
    """
    parsed_dose = parse_dose(dose) if dose else None
    words = _words(text or "")
    count_word = next((word for word in words if word in COUNT_WORDS), None)
    if "magnesium" in words:
        split = words.index("magnesium")
        before, after = words[:split], words[split + 1 :]
    else:
        before, after = [], words
    if "of" in after and parsed_dose is None:
        # "... glycinate supplement of 120 milligrams"
        split = len(after) - after[::-1].index("of")
        parsed_dose = parse_dose(" ".join(after[split:]))
        after = after[: split - 1]
    while before and before[0] in _DETERMINERS:
        before.pop(0)
    if before and parsed_dose is None:
        parsed_dose = parse_dose(" ".join(before))
    if parsed_dose and not parsed_dose.in_mg and not parsed_dose.word and count_word:
        parsed_dose = Dose(parsed_dose.amount, word=count_word)
    return SupplementRequest(parsed_dose, _form(_words(form) if form else after))


_SUPPLEMENT_ITEM = frozenset(
    normalize("magnesium supplement pill capsule tablet softgel gummy")
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
    tokens = set(normalize(item)) if item else set()
    if tokens and tokens <= _SUPPLEMENT_ITEM:
        kind, tokens = EntryKind.SUPPLEMENT, set()
    recent = [entry for entry in reversed(tuple(entries)) if kind in (None, entry.kind)]
    if not tokens:
        return recent[0] if recent else None
    if food_name is not None:
        wanted = food_name.casefold()
        for entry in recent:
            if entry.label.casefold() == wanted:
                return entry
    for entry in recent:
        if tokens <= set(normalize(entry.label)):
            return entry
    return None
