"""Fixtures shared by the tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion
from syrupy.filters import props

# Imported at collection time: the test plugin ships a `custom_components`
# package of its own, and Home Assistant must find ours first.
import custom_components.magnesium  # noqa: F401
from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.ledger_store import month_key
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component


@pytest.fixture(autouse=True)
async def auto_enable_custom_integrations(
    hass: HomeAssistant, enable_custom_integrations: None
) -> None:
    """Load the integration from custom_components, with Home Assistant's core.

    The `homeassistant` integration is always loaded in a real instance; the
    conversation integration we depend on needs it.
    """
    assert await async_setup_component(hass, "homeassistant", {})


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Snapshots that leave out random ids and understand registry entries.

    The test plugin defines this fixture too, but syrupy's own wins there.
    """
    # 2026.11 adds `compat_name` to registry entries: left out, for both.
    return snapshot.use_extension(HomeAssistantSnapshotExtension).with_defaults(
        exclude=props("compat_name")
    )


# Thursday 26 November 2026, 10:00 in the tests' US/Pacific time zone.
MORNING = "2026-11-26 18:00:00+00:00"


@pytest.fixture
def morning(freezer: FrozenDateTimeFactory) -> FrozenDateTimeFactory:
    """Freeze time on a Thursday morning."""
    freezer.move_to(MORNING)
    return freezer


ALICE: dict[str, Any] = {
    "name": "Alice",
    "sex": "female",
    "birth_date": "1990-05-17",
    "life_stage": "none",
}
BOB: dict[str, Any] = {
    "name": "Bob",
    "sex": "male",
    "birth_date": "1985-02-03",
    "life_stage": "none",
}


@pytest.fixture
def alice_entry() -> MockConfigEntry:
    """Alice, 36, not pregnant: target 320 mg, supplement limit 350 mg."""
    return MockConfigEntry(
        domain=DOMAIN,
        title="Alice",
        unique_id="alice",
        data=dict(ALICE),
        entry_id="alice_entry_id",
    )


@pytest.fixture
def bob_entry() -> MockConfigEntry:
    """Bob, 41: target 420 mg, supplement limit 350 mg."""
    return MockConfigEntry(
        domain=DOMAIN,
        title="Bob",
        unique_id="bob",
        data=dict(BOB),
        entry_id="bob_entry_id",
    )


@pytest.fixture
async def alice(
    hass: HomeAssistant, alice_entry: MockConfigEntry, morning: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Alice, set up and the only person, on a Thursday morning."""
    await setup_person(hass, alice_entry)
    return alice_entry


async def setup_person(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Add a person's entry and load it."""
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    """Call one of our actions, blocking, and return its response."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


def stored_days(hass_storage: dict[str, Any], entry_id: str) -> dict[str, Any]:
    """A person's days as they are on (mocked) disk: the head's months' files."""
    key = f"{DOMAIN}.{entry_id}"
    head = hass_storage[key]["data"]
    days: dict[str, Any] = {}
    for month in head["months"]:
        if (stored := hass_storage.get(month_key(key, month))) is not None:
            days.update(stored["data"]["days"])
    return days


def stored_entry_ids(hass_storage: dict[str, Any], entry_id: str) -> list[str]:
    """The ids of a person's entries as they are on (mocked) disk."""
    days = stored_days(hass_storage, entry_id)
    return [row[1] for day in days.values() for row in day.get("entries", [])]


def error_of(call: Callable[[], object]) -> MagnesiumError | None:
    """The MagnesiumError `call` raises, or None; anything else propagates."""
    try:
        call()
    except MagnesiumError as err:
        return err
    return None


TRANSLATIONS = json.loads(
    (
        Path(__file__).parent.parent
        / "custom_components"
        / "magnesium"
        / "translations"
        / "en.json"
    ).read_text(encoding="utf-8")
)


async def refused(hass: HomeAssistant, service: str, key: str, **data: Any) -> str:
    """Call an action that must refuse with the error `key`; its English message."""
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, service, **data)
    assert err.value.translation_key == key
    return translated_message(err.value)


def translated_message(err: ServiceValidationError) -> str:
    """The English message of a translated error; fails if it is not translated."""
    assert err.translation_domain == DOMAIN
    assert err.translation_key is not None
    template = TRANSLATIONS["exceptions"][err.translation_key]["message"]
    message: str = template.format(**(err.translation_placeholders or {}))
    return message


async def pass_time(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, seconds: float
) -> None:
    """Let `seconds` pass and run what became due (delayed saves, timers)."""
    freezer.tick(timedelta(seconds=seconds))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
