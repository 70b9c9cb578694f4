"""The NIH ODS reference tables: RDA/AI and the supplement upper limit."""

from __future__ import annotations

from datetime import date

import pytest

from custom_components.magnesium.targets import (
    LifeStage,
    Person,
    Sex,
    age_in_months,
    daily_target_mg,
    supplement_limit_mg,
)

TODAY = date(2026, 11, 26)


def _born_years_ago(years: int, months: int = 0) -> date:
    total = TODAY.year * 12 + TODAY.month - 1 - years * 12 - months
    return date(total // 12, total % 12 + 1, TODAY.day)


@pytest.mark.parametrize(
    ("years", "months", "sex", "stage", "target", "limit"),
    [
        (0, 0, Sex.FEMALE, LifeStage.NONE, 30, 0),
        (0, 6, Sex.MALE, LifeStage.NONE, 30, 0),
        (0, 7, Sex.MALE, LifeStage.NONE, 75, 0),
        (0, 11, Sex.FEMALE, LifeStage.NONE, 75, 0),
        (1, 0, Sex.FEMALE, LifeStage.NONE, 80, 65),
        (3, 11, Sex.MALE, LifeStage.NONE, 80, 65),
        (4, 0, Sex.MALE, LifeStage.NONE, 130, 110),
        (8, 11, Sex.FEMALE, LifeStage.NONE, 130, 110),
        (9, 0, Sex.FEMALE, LifeStage.NONE, 240, 350),
        (13, 11, Sex.MALE, LifeStage.NONE, 240, 350),
        (14, 0, Sex.MALE, LifeStage.NONE, 410, 350),
        (16, 0, Sex.FEMALE, LifeStage.NONE, 360, 350),
        (17, 0, Sex.FEMALE, LifeStage.PREGNANT, 400, 350),
        (18, 11, Sex.FEMALE, LifeStage.LACTATING, 360, 350),
        (19, 0, Sex.MALE, LifeStage.NONE, 400, 350),
        (25, 0, Sex.FEMALE, LifeStage.NONE, 310, 350),
        (25, 0, Sex.FEMALE, LifeStage.PREGNANT, 350, 350),
        (30, 11, Sex.FEMALE, LifeStage.LACTATING, 310, 350),
        (31, 0, Sex.MALE, LifeStage.NONE, 420, 350),
        (40, 0, Sex.FEMALE, LifeStage.NONE, 320, 350),
        (40, 0, Sex.FEMALE, LifeStage.PREGNANT, 360, 350),
        (50, 11, Sex.FEMALE, LifeStage.LACTATING, 320, 350),
        (51, 0, Sex.MALE, LifeStage.NONE, 420, 350),
        (70, 0, Sex.FEMALE, LifeStage.NONE, 320, 350),
        # No pregnancy values outside 14-50: the age group's female value.
        (55, 0, Sex.FEMALE, LifeStage.PREGNANT, 320, 350),
        (12, 0, Sex.FEMALE, LifeStage.PREGNANT, 240, 350),
    ],
)
def test_reference_values(
    years: int, months: int, sex: Sex, stage: LifeStage, target: int, limit: int
) -> None:
    person = Person(
        sex=sex, birth_date=_born_years_ago(years, months), life_stage=stage
    )
    assert daily_target_mg(person, TODAY) == target
    assert supplement_limit_mg(person, TODAY) == limit


def test_target_changes_on_the_birthday() -> None:
    person = Person(sex=Sex.MALE, birth_date=date(2007, 11, 27))
    assert daily_target_mg(person, date(2026, 11, 26)) == 410
    assert daily_target_mg(person, date(2026, 11, 27)) == 400


@pytest.mark.parametrize(
    ("born", "on", "months"),
    [
        (date(2026, 1, 31), date(2026, 2, 28), 0),
        (date(2026, 1, 31), date(2026, 3, 1), 1),
        (date(2024, 2, 29), date(2025, 2, 28), 11),
        (date(2024, 2, 29), date(2025, 3, 1), 12),
        (date(2026, 12, 1), date(2026, 11, 26), 0),
    ],
)
def test_age_in_months(born: date, on: date, months: int) -> None:
    assert age_in_months(born, on) == months


def test_person_from_config() -> None:
    person = Person.from_config(
        {"sex": "female", "birth_date": "1990-05-17", "life_stage": "lactating"}
    )
    assert person == Person(Sex.FEMALE, date(1990, 5, 17), LifeStage.LACTATING)
