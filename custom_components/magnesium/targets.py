"""Daily magnesium targets and supplement limits by age, sex and life stage.

Source: NIH Office of Dietary Supplements, Magnesium fact sheet for health
professionals, Table 1 (Recommended Dietary Allowances; Adequate Intakes for
infants) and the Tolerable Upper Intake Levels for supplemental magnesium.
https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .const import CONF_BIRTH_DATE, CONF_LIFE_STAGE, CONF_SEX


class Sex(StrEnum):
    """Sex as used by the dietary reference tables."""

    FEMALE = "female"
    MALE = "male"


class LifeStage(StrEnum):
    """Pregnancy and lactation change the female reference values."""

    NONE = "none"
    PREGNANT = "pregnant"
    LACTATING = "lactating"


@dataclass(frozen=True, slots=True)
class Person:
    """What the reference tables need to know about a person."""

    sex: Sex
    birth_date: date
    life_stage: LifeStage = LifeStage.NONE

    @classmethod
    def from_config(cls, data: Mapping[str, Any]) -> Person:
        """Read a person from a config entry's data."""
        return cls(
            sex=Sex(data[CONF_SEX]),
            birth_date=date.fromisoformat(data[CONF_BIRTH_DATE]),
            life_stage=LifeStage(data[CONF_LIFE_STAGE]),
        )


# (minimum age in years, male, female, pregnant, lactating) in mg/day; the
# first row that an age reaches from the bottom applies. Pregnancy and
# lactation values exist for ages 14 to 50 only.
_RDA_BY_AGE: tuple[tuple[int, int, int, int | None, int | None], ...] = (
    (51, 420, 320, None, None),
    (31, 420, 320, 360, 320),
    (19, 400, 310, 350, 310),
    (14, 410, 360, 400, 360),
    (9, 240, 240, None, None),
    (4, 130, 130, None, None),
    (1, 80, 80, None, None),
)
# Adequate Intake for infants: 0-6 months 30 mg, 7-12 months 75 mg.
_INFANT_AI_0_6_MONTHS = 30
_INFANT_AI_7_12_MONTHS = 75

# Upper limit for magnesium from supplements (food never counts):
# 1-3 y 65 mg, 4-8 y 110 mg, 9 y and older 350 mg. No UL is set for infants,
# so any supplement warns.
_SUPPLEMENT_UL_BY_AGE: tuple[tuple[int, int], ...] = ((9, 350), (4, 110), (1, 65))
_INFANT_SUPPLEMENT_LIMIT = 0


def age_in_months(birth_date: date, on: date) -> int:
    """Whole months of age on a day (0 before the first month is complete)."""
    months = (on.year - birth_date.year) * 12 + on.month - birth_date.month
    if on.day < birth_date.day:
        months -= 1
    return max(months, 0)


def daily_target_mg(person: Person, on: date) -> int:
    """Return the RDA (or AI for infants) in mg for the person on a day."""
    months = age_in_months(person.birth_date, on)
    if months < 12:
        return _INFANT_AI_0_6_MONTHS if months <= 6 else _INFANT_AI_7_12_MONTHS
    years = months // 12
    for min_age, male, female, pregnant, lactating in _RDA_BY_AGE:
        if years < min_age:
            continue
        if person.sex is Sex.MALE:
            return male
        if person.life_stage is LifeStage.PREGNANT and pregnant is not None:
            return pregnant
        if person.life_stage is LifeStage.LACTATING and lactating is not None:
            return lactating
        return female
    raise AssertionError("the age table covers every age from one year")


def supplement_limit_mg(person: Person, on: date) -> int:
    """Return the upper limit in mg for magnesium from supplements on a day."""
    years = age_in_months(person.birth_date, on) // 12
    for min_age, limit in _SUPPLEMENT_UL_BY_AGE:
        if years >= min_age:
            return limit
    return _INFANT_SUPPLEMENT_LIMIT
