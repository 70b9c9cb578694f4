"""Supplement forms and elemental magnesium (pure Python)."""

from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.supplements import (
    FORMS,
    SupplementForm,
    elemental_mg,
    parse_form,
)

from .conftest import error_of

# Percent elemental magnesium per form, as specified for the integration.
EXPECTED_PERCENT = {
    "oxide": 60.3,
    "hydroxide": 41.7,
    "carbonate": 28.8,
    "chloride": 12.0,
    "sulfate": 9.9,
    "citrate": 16.2,
    "malate": 15.5,
    "glycinate": 14.1,
    "lactate": 12.0,
    "taurate": 8.9,
    "aspartate": 8.5,
    "threonate": 8.3,
    "orotate": 7.2,
    "gluconate": 5.9,
    "pidolate": 8.7,
    "acetyl_taurate": 6.8,
    "citrate_nonahydrate": 11.9,
    "malate_trihydrate": 11.6,
    "glycinate_dihydrate": 11.7,
    "lactate_dihydrate": 10.2,
    "aspartate_dihydrate": 7.5,
    "orotate_dihydrate": 6.6,
    "gluconate_dihydrate": 5.4,
}


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Pure tests: replace the conftest fixture that starts Home Assistant."""


def test_every_form_has_a_fraction() -> None:
    assert {str(form) for form in SupplementForm} == set(EXPECTED_PERCENT)
    assert set(FORMS) == set(SupplementForm)


@pytest.mark.parametrize(("form", "percent"), EXPECTED_PERCENT.items())
def test_fraction_and_basis(form: str, percent: float) -> None:
    info = FORMS[SupplementForm(form)]
    assert info.percent == percent
    assert info.fraction == pytest.approx(percent / 100)
    # The stored formula and molar mass reproduce the published value.
    assert info.basis_percent == pytest.approx(percent, abs=0.15)
    assert elemental_mg(1000, form) == pytest.approx(percent * 10)


def test_elemental_mg() -> None:
    assert elemental_mg(500, SupplementForm.CITRATE) == pytest.approx(81)
    assert elemental_mg(400, "Magnesium oxide") == pytest.approx(241.2)
    assert elemental_mg(1, "glycinate") == pytest.approx(0.141)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Magnesium Citrate", "citrate"),
        ("citrate", "citrate"),
        ("  CITRATE ", "citrate"),
        ("bisglycinate", "glycinate"),
        ("Magnesium Bisglycinate", "glycinate"),
        ("glycinate", "glycinate"),
        ("L-threonate", "threonate"),
        ("magnesium l-threonate", "threonate"),
        ("threonate", "threonate"),
        ("sulphate", "sulfate"),
        ("Epsom salt", "sulfate"),
        ("milk of magnesia", "hydroxide"),
        ("Mg oxide", "oxide"),
        ("magnesium malate", "malate"),
        ("taurinate", "taurate"),
        ("chloride", "chloride"),
        ("lactate", "lactate"),
        ("orotate", "orotate"),
        ("L-aspartate", "aspartate"),
        ("carbonate", "carbonate"),
        ("gluconate", "gluconate"),
        ("Magnesium Citrate Nonahydrate", "citrate_nonahydrate"),
        ("citrate-nonahydrate", "citrate_nonahydrate"),
        ("malate trihydrate", "malate_trihydrate"),
        ("magnesium bisglycinate dihydrate", "glycinate_dihydrate"),
        ("Magnesium pidolate", "pidolate"),
        ("pyroglutamate", "pidolate"),
        ("magnesium acetyl taurate", "acetyl_taurate"),
        ("N-acetyl taurate", "acetyl_taurate"),
        ("acetyltaurate", "acetyl_taurate"),
        ("aspartate dihydrate", "aspartate_dihydrate"),
    ],
)
def test_parse_form(text: str, form: str) -> None:
    assert parse_form(text) is SupplementForm(form)


@pytest.mark.parametrize(
    "text", ["", "magnesium", "vitamin d", "citrate!!x", "x" * 500]
)
def test_unknown_form(text: str) -> None:
    with pytest.raises(MagnesiumError) as err:
        parse_form(text)
    assert err.value.translation_key == "unknown_form"
    assert "glycinate" in err.value.placeholders["forms"]
    assert len(err.value.placeholders["form"]) <= 40


@pytest.mark.parametrize("amount", [0, -5, -0.0, math.nan, math.inf, 1e9, True, "5"])
def test_invalid_amount(amount: float) -> None:
    with pytest.raises(MagnesiumError) as err:
        elemental_mg(amount, "citrate")
    assert err.value.translation_key == "invalid_quantity"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.floats(), st.integers(), st.booleans(), st.none(), st.text()),
    st.one_of(st.text(max_size=40), st.sampled_from(list(SupplementForm))),
)
def test_inputs_raise_only_domain_errors(amount: object, form: str) -> None:
    err = error_of(lambda: elemental_mg(amount, form))  # type: ignore[arg-type]
    if err is None:
        result = elemental_mg(amount, form)  # type: ignore[arg-type]
        assert 0 < result < amount  # type: ignore[operator]
    else:
        assert all(isinstance(v, str) for v in err.placeholders.values())


def test_a_hydrate_holds_less_magnesium_than_its_anhydrous_salt() -> None:
    """1000 mg of citrate nonahydrate is 119 mg of magnesium, not 162."""
    assert elemental_mg(1000, "citrate nonahydrate") == pytest.approx(119)
    for hydrate in SupplementForm:
        if "hydrate" in hydrate.value and "_" in hydrate.value:
            salt = SupplementForm(hydrate.value.split("_")[0])
            assert FORMS[hydrate].percent < FORMS[salt].percent, hydrate
            assert FORMS[hydrate].note
