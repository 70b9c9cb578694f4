"""Property tests: any action input logs a correct entry or is refused cleanly."""

from __future__ import annotations

import asyncio
import math
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest
import voluptuous as vol

from custom_components.magnesium.const import DOMAIN
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from .conftest import call, translated_message

NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(-0.0),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([1e-300, 5e-324, 4999.99, 5000, 5000.01, 1e308]),
    st.text(max_size=12),
)
TEXTS = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=90, max_size=120),
    st.sampled_from(
        [
            "",
            "   ",
            "almonds",
            "{{ states('sun.sun') }}",
            "<script>alert(1)</script>",
            "x" * 10_000,
            "tofu\u200b",
            "\u202emilk",
        ]
    ),
)
FORMS = st.one_of(st.sampled_from(["citrate", "Oxide", "bisglycinate"]), TEXTS)
UNITS = st.one_of(st.sampled_from(["oz", "cup", "g", "handful", "slice"]), TEXTS)

LOG_FOOD = st.fixed_dictionaries(
    {},
    optional={
        "food": TEXTS,
        "quantity": NUMBERS,
        "unit": UNITS,
        "magnesium_mg": NUMBERS,
    },
)
LOG_SUPPLEMENT = st.fixed_dictionaries(
    {},
    optional={
        "magnesium_mg": NUMBERS,
        "compound_mg": NUMBERS,
        "form": FORMS,
        "name": TEXTS,
    },
)
OTHER = st.one_of(
    st.tuples(st.just("remove_entry"), st.fixed_dictionaries({"entry_id": TEXTS})),
    st.tuples(
        st.just("get_log"),
        st.fixed_dictionaries({}, optional={"start_date": TEXTS, "end_date": TEXTS}),
    ),
    st.tuples(
        st.just("search_foods"),
        st.fixed_dictionaries({"query": TEXTS}, optional={"limit": NUMBERS}),
    ),
    st.tuples(
        st.just("add_food"),
        st.fixed_dictionaries(
            {"name": TEXTS, "magnesium_mg": NUMBERS, "serving": TEXTS},
            optional={"grams": NUMBERS, "aliases": st.lists(TEXTS, max_size=3)},
        ),
    ),
)

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


async def _log_today(hass: HomeAssistant) -> Any:
    return await call(hass, "get_log")


async def _check(hass: HomeAssistant, service: str, data: dict[str, Any]) -> None:
    """The call logs a sound entry, or fails cleanly and changes nothing."""
    before = await _log_today(hass)
    try:
        response = await call(hass, service, **data)
    except ServiceValidationError as err:
        translated_message(err)
    except vol.Invalid:
        pass
    else:
        assert isinstance(response, dict)
        if service.startswith("log_"):
            entry = response["entry"]
            assert math.isfinite(entry["magnesium_mg"])
            assert 0 < entry["magnesium_mg"] <= 5000
            assert 1 <= len(entry["label"]) <= 100
            assert entry["label"] == " ".join(entry["label"].split())
            after = await _log_today(hass)
            assert after["days"][0]["entries"][-1] == entry
            await hass.services.async_call(DOMAIN, "remove_entry", {}, blocking=True)
        elif service == "add_food":
            await hass.services.async_call(
                DOMAIN, "remove_food", {"name": response["food"]["name"]}, blocking=True
            )
        return
    assert await _log_today(hass) == before


@pytest.mark.usefixtures("alice")
@pytest.mark.parametrize(
    "calls",
    [
        st.tuples(st.just("log_food"), LOG_FOOD),
        st.tuples(st.just("log_supplement"), LOG_SUPPLEMENT),
        OTHER,
    ],
    ids=["log_food", "log_supplement", "other"],
)
async def test_actions_never_break(
    hass: HomeAssistant, calls: st.SearchStrategy[tuple[str, dict[str, Any]]]
) -> None:
    def check_in_loop(call: tuple[str, dict[str, Any]]) -> None:
        asyncio.run_coroutine_threadsafe(_check(hass, *call), hass.loop).result()

    # Hypothesis drives a plain function: run it in a worker thread and each
    # example on Home Assistant's loop.
    await hass.async_add_executor_job(SETTINGS(given(calls)(check_in_loop)))
