"""Magnesium supplement forms and their elemental magnesium content.

Pure Python (no Home Assistant imports). A label's "500 mg magnesium citrate"
usually means the compound; `elemental_mg` converts it to elemental
magnesium with the form's mass fraction. Each fraction is stored with its
basis: the compound formula, its molar mass and the number of Mg atoms
(atomic weight of Mg 24.305 g/mol).

A plain form name means the anhydrous salt, except chloride (hexahydrate) and
sulfate (heptahydrate), which are sold as hydrates. Products that state a
hydrate ("magnesium citrate nonahydrate") have forms of their own, with less
magnesium per gram of compound.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum
import re
from typing import Final

from .errors import MagnesiumError
from .quantities import MASS_UNITS, canonical_unit, leading_amount
from .words import ARTICLES, DETERMINERS, clip, positive_number, tokens

MG_ATOMIC_WEIGHT = 24.305
MAX_COMPOUND_MG = 100_000.0
# Less than this much compound is no dose (and a subnormal float no amount).
MIN_COMPOUND_MG = 0.01


class SupplementForm(StrEnum):
    """Chemical form of a magnesium supplement."""

    OXIDE = "oxide"
    CITRATE = "citrate"
    GLYCINATE = "glycinate"
    MALATE = "malate"
    CHLORIDE = "chloride"
    LACTATE = "lactate"
    SULFATE = "sulfate"
    TAURATE = "taurate"
    THREONATE = "threonate"
    OROTATE = "orotate"
    ASPARTATE = "aspartate"
    CARBONATE = "carbonate"
    HYDROXIDE = "hydroxide"
    GLUCONATE = "gluconate"
    PIDOLATE = "pidolate"
    ACETYL_TAURATE = "acetyl_taurate"
    # Hydrates, as many products are sold: less magnesium per gram.
    CITRATE_NONAHYDRATE = "citrate_nonahydrate"
    MALATE_TRIHYDRATE = "malate_trihydrate"
    GLYCINATE_DIHYDRATE = "glycinate_dihydrate"
    LACTATE_DIHYDRATE = "lactate_dihydrate"
    ASPARTATE_DIHYDRATE = "aspartate_dihydrate"
    OROTATE_DIHYDRATE = "orotate_dihydrate"
    GLUCONATE_DIHYDRATE = "gluconate_dihydrate"


@dataclass(frozen=True, slots=True)
class FormInfo:
    """Elemental magnesium share of a form and what it is computed from.

    `percent` is the value used (as commonly published, 1 decimal);
    `formula`, `molar_mass` (g/mol) and `mg_atoms` are its basis, so
    `basis_percent` recomputes it.
    """

    percent: float
    formula: str
    molar_mass: float
    mg_atoms: int
    note: str = ""

    @property
    def fraction(self) -> float:
        """Elemental magnesium per unit mass of the compound (0-1)."""
        return self.percent / 100

    @property
    def basis_percent(self) -> float:
        """Percentage recomputed from formula and molar mass."""
        return 100 * self.mg_atoms * MG_ATOMIC_WEIGHT / self.molar_mass


FORMS: dict[SupplementForm, FormInfo] = {
    SupplementForm.OXIDE: FormInfo(60.3, "MgO", 40.304, 1),
    SupplementForm.HYDROXIDE: FormInfo(41.7, "Mg(OH)2", 58.319, 1),
    SupplementForm.CARBONATE: FormInfo(28.8, "MgCO3", 84.313, 1),
    SupplementForm.CHLORIDE: FormInfo(
        12.0, "MgCl2·6H2O", 203.30, 1, "hexahydrate, as sold"
    ),
    SupplementForm.SULFATE: FormInfo(
        9.9, "MgSO4·7H2O", 246.47, 1, "heptahydrate (Epsom salt)"
    ),
    SupplementForm.CITRATE: FormInfo(
        16.2, "Mg3(C6H5O7)2", 451.11, 3, "trimagnesium dicitrate, anhydrous"
    ),
    SupplementForm.MALATE: FormInfo(15.5, "MgC4H4O5", 156.38, 1),
    SupplementForm.GLYCINATE: FormInfo(14.1, "Mg(C2H4NO2)2", 172.42, 1, "bisglycinate"),
    SupplementForm.LACTATE: FormInfo(12.0, "Mg(C3H5O3)2", 202.45, 1, "anhydrous"),
    SupplementForm.TAURATE: FormInfo(8.9, "Mg(C2H6NO3S)2", 272.57, 1),
    SupplementForm.ASPARTATE: FormInfo(
        8.5,
        "Mg(C4H6NO4)2",
        288.49,
        1,
        "formula gives 8.4 %; 8.5 % is the commonly published figure",
    ),
    SupplementForm.THREONATE: FormInfo(8.3, "Mg(C4H7O5)2", 294.50, 1, "L-threonate"),
    SupplementForm.OROTATE: FormInfo(7.2, "Mg(C5H3N2O4)2", 334.48, 1, "anhydrous"),
    SupplementForm.GLUCONATE: FormInfo(5.9, "Mg(C6H11O7)2", 414.60, 1, "anhydrous"),
    SupplementForm.PIDOLATE: FormInfo(
        8.7, "Mg(C5H6NO3)2", 280.52, 1, "pyroglutamate, anhydrous"
    ),
    SupplementForm.ACETYL_TAURATE: FormInfo(
        6.8, "Mg(C4H8NO4S)2", 356.65, 1, "N-acetyltaurinate, anhydrous"
    ),
    # Water of crystallisation: 18.015 g/mol per H2O.
    SupplementForm.CITRATE_NONAHYDRATE: FormInfo(
        11.9, "Mg3(C6H5O7)2·9H2O", 613.25, 3, "trimagnesium dicitrate nonahydrate"
    ),
    SupplementForm.MALATE_TRIHYDRATE: FormInfo(
        11.6, "MgC4H4O5·3H2O", 210.42, 1, "malate trihydrate"
    ),
    SupplementForm.GLYCINATE_DIHYDRATE: FormInfo(
        11.7, "Mg(C2H4NO2)2·2H2O", 208.45, 1, "bisglycinate dihydrate"
    ),
    SupplementForm.LACTATE_DIHYDRATE: FormInfo(
        10.2, "Mg(C3H5O3)2·2H2O", 238.48, 1, "lactate dihydrate"
    ),
    SupplementForm.ASPARTATE_DIHYDRATE: FormInfo(
        7.5, "Mg(C4H6NO4)2·2H2O", 324.52, 1, "aspartate dihydrate (Ph. Eur.)"
    ),
    SupplementForm.OROTATE_DIHYDRATE: FormInfo(
        6.6, "Mg(C5H3N2O4)2·2H2O", 370.51, 1, "orotate dihydrate"
    ),
    SupplementForm.GLUCONATE_DIHYDRATE: FormInfo(
        5.4, "Mg(C6H11O7)2·2H2O", 450.63, 1, "gluconate dihydrate"
    ),
}

_SYNONYMS: dict[str, SupplementForm] = {
    "bisglycinate": SupplementForm.GLYCINATE,
    "diglycinate": SupplementForm.GLYCINATE,
    "glycine": SupplementForm.GLYCINATE,
    "glycinate chelate": SupplementForm.GLYCINATE,
    "bisglycinate chelate": SupplementForm.GLYCINATE,
    "sulphate": SupplementForm.SULFATE,
    "epsom salt": SupplementForm.SULFATE,
    "epsom salts": SupplementForm.SULFATE,
    "l threonate": SupplementForm.THREONATE,
    "l-threonate": SupplementForm.THREONATE,
    "l aspartate": SupplementForm.ASPARTATE,
    "l lactate": SupplementForm.LACTATE,
    "dicitrate": SupplementForm.CITRATE,
    "tricitrate": SupplementForm.CITRATE,
    "dimalate": SupplementForm.MALATE,
    "taurinate": SupplementForm.TAURATE,
    "taurine": SupplementForm.TAURATE,
    "milk of magnesia": SupplementForm.HYDROXIDE,
    "chloride hexahydrate": SupplementForm.CHLORIDE,
    "sulfate heptahydrate": SupplementForm.SULFATE,
    "pyroglutamate": SupplementForm.PIDOLATE,
    "acetyltaurate": SupplementForm.ACETYL_TAURATE,
    "acetyl taurinate": SupplementForm.ACETYL_TAURATE,
    "n acetyl taurate": SupplementForm.ACETYL_TAURATE,
    "bisglycinate dihydrate": SupplementForm.GLYCINATE_DIHYDRATE,
}
_NOISE = re.compile(r"\b(magnesium|mg|elemental|supplement|tablets?|capsules?)\b")


def parse_form(text: str) -> SupplementForm:
    """Recognize a supplement form in free text.

    Accepts "Magnesium Citrate", "citrate", "bisglycinate", "L-threonate",
    "sulphate" and similar. Raises `unknown_form` listing the valid forms.
    """
    key = ""
    if isinstance(text, str):
        key = " ".join(
            _NOISE.sub(" ", re.sub(r"[^a-z-]+", " ", text[:200].lower())).split()
        )
    spaced = key.replace("-", " ")
    form = _SYNONYMS.get(key) or _SYNONYMS.get(spaced)
    if form is None:
        try:
            form = SupplementForm(spaced.replace(" ", "_"))
        except ValueError:
            forms = ", ".join(SupplementForm)
            raise MagnesiumError(
                "unknown_form",
                f"Unknown magnesium form {clip(text)!r}; valid forms: {forms}",
                form=clip(text),
                forms=forms,
            ) from None
    return form


def elemental_mg(compound_mg: float, form: SupplementForm | str) -> float:
    """Elemental magnesium in `compound_mg` of a supplement of `form`.

    Raises `invalid_quantity` for a non-positive, non-finite or absurd amount
    and `unknown_form` for an unknown form.
    """
    info = FORMS[form if isinstance(form, SupplementForm) else parse_form(form)]
    amount = positive_number(
        compound_mg,
        error="invalid_quantity",
        minimum=MIN_COMPOUND_MG,
        allow_minimum=True,
        maximum=MAX_COMPOUND_MG,
    )
    return amount * info.fraction


# What a supplement is counted in; the person's usual supplement gives the mg.
COUNT_WORDS: Final = frozenset(
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
# Words around a dose that say nothing about its amount or form.
_FILLER: Final = DETERMINERS | {"of", "some"}
_SUPPLEMENT_WORDS: Final = frozenset({"magnesium", "supplement", "supplements"})


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
        f"The amount {clip(text)!r} is not understood: give it in milligrams or as "
        "a number of capsules or tablets.",
        dose=clip(text),
    )


@dataclass(frozen=True, slots=True)
class SpokenSupplement:
    """What a supplement sentence says: the dose (None: one) and the form."""

    dose: Dose | None
    form: SupplementForm | None


def parse_supplement(
    text: str | None = None, dose: str | None = None, form: str | None = None
) -> SpokenSupplement:
    """Combine the slots of a supplement sentence into one request.

    `text` is a whole phrase such as "400 mg of magnesium citrate", "my
    magnesium" or "a magnesium glycinate supplement of 120 milligrams";
    `dose` and `form` are separate slots when the template split them. The
    words are read together: milligrams wherever they are said, a count of
    units before them or before a unit word ("two 100 mg capsules", "half a
    400 mg tablet", "two capsules of glycinate, 100 mg each"), and a form
    among the rest ("citrate powder"). A count alone counts units of the
    usual supplement. Raises `invalid_dose` or `unknown_form`.
    """
    words = [*tokens(dose or ""), *tokens(text or ""), *tokens(form or "")]
    mg_at = _milligrams_at(words)
    count = _count_at(words, mg_at[1] if mg_at else len(words))
    used: set[int] = set()
    spoken: Dose | None = None
    if mg_at is not None:
        mg, first, end = mg_at
        # A count said before the milligrams multiplies them.
        spoken = Dose(round((count[0] if count else 1.0) * mg, 2), in_mg=True)
        used.update(range(first, end))
    elif count is not None:
        word = next((word for word in words if word in COUNT_WORDS), None)
        spoken = Dose(count[0], word=word)
    if count is not None:
        used.update(range(count[1], count[2]))
    if dose and not used & set(range(len(tokens(dose)))):
        raise _invalid_dose(dose)  # "lots": a dose slot without an amount
    rest = [word for at, word in enumerate(words) if at not in used]
    return SpokenSupplement(spoken, _spoken_form(rest))


def _count_at(words: list[str], end: int) -> tuple[float, int, int] | None:
    """The first count before `end`: (count, its first, its end) or None."""
    for first in range(end):
        if words[first] in _FILLER - ARTICLES:
            continue  # "my", "the", "some"
        amount = leading_amount(words[first:end])
        if amount is not None:
            return amount[0], first, first + amount[1]
    return None


def _milligrams_at(words: list[str]) -> tuple[float, int, int] | None:
    """The first "<amount> <mass unit>" in `words`: (mg, its first, its end)."""
    for first in range(len(words)):
        amount = leading_amount(words[first:])
        if amount is None or first + amount[1] >= len(words):
            continue
        end = first + amount[1]
        try:
            unit = canonical_unit(words[end])
        except MagnesiumError:
            continue
        if unit in MASS_UNITS:
            mg = amount[0] * MASS_UNITS[unit] / MASS_UNITS["mg"]
            return mg, first, end + 1
    return None


# Words of a supplement's kind that are not its form.
_KIND_WORDS: Final = frozenset(
    {
        "powder",
        "effervescent",
        "chewable",
        "liquid",
        "drink",
        "drops",
        "spray",
        "oil",
        "complex",
        "each",
        "per",
        "in",
        "with",
        "before",
        "after",
        "bed",
        "bedtime",
        "breakfast",
        "lunch",
        "dinner",
        "morning",
        "evening",
        "night",
        "tonight",
        "today",
    }
)


def _spoken_form(words: list[str]) -> SupplementForm | None:
    """The form among the words left after the dose; None when none is said."""
    described = [
        word
        for word in words
        if word not in _SUPPLEMENT_WORDS | COUNT_WORDS | _FILLER | _KIND_WORDS
        and not any(char.isdigit() for char in word)
    ]
    if not described:
        return None
    try:
        return parse_form(" ".join(described))
    except MagnesiumError:
        # "magnesium glycinate 100 mg each": one of the words may be the form.
        for word in described:
            with suppress(MagnesiumError):
                return parse_form(word)
        raise
