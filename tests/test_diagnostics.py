"""Diagnostics: useful for a bug report, without who the person is."""

from __future__ import annotations

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion
from syrupy.filters import props

from custom_components.magnesium.const import DOMAIN
from homeassistant.core import HomeAssistant

from .conftest import ALICE, setup_person


@pytest.fixture(autouse=True)
def frozen_time(freezer: FrozenDateTimeFactory) -> None:
    """Set before the client's access token is issued, so it stays valid."""
    freezer.move_to("2026-11-26 18:00:00+00:00")


async def test_diagnostics(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    snapshot: SnapshotAssertion,
) -> None:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Alice",
        unique_id="alice",
        data={**ALICE, "person_entity_id": "person.alice"},
        options={"daily_target_mg": 300},
        entry_id="person_entry_id",
    )
    await setup_person(hass, entry)
    await hass.services.async_call(
        DOMAIN,
        "log_supplement",
        {"magnesium_mg": 200, "form": "citrate"},
        blocking=True,
    )
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    # When the entry was made is the clock's, not ours (2026.11 reads the
    # real one even under freezegun).
    assert diagnostics == snapshot(exclude=props("id", "created_at", "modified_at"))
    text = str(diagnostics)
    # Nor what anyone ate: counts only.
    for secret in ("Alice", "alice", "1990-05-17", "person.alice", "citrate", "200"):
        assert secret not in text
