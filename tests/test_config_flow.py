"""Config flow: add, reconfigure, options."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any
from unittest.mock import AsyncMock, patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import voluptuous as vol

from custom_components.magnesium.const import DOMAIN
from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from .conftest import ALICE, BOB


@pytest.fixture(autouse=True)
def no_setup(freezer: FrozenDateTimeFactory) -> Generator[AsyncMock]:
    """The flow alone, without loading the person; today is fixed."""
    freezer.move_to("2026-11-26 12:00:00+00:00")
    with patch(
        "custom_components.magnesium.async_setup_entry", return_value=True
    ) as setup:
        yield setup


async def _start(hass: HomeAssistant) -> str:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    assert result["errors"] == {}
    return str(result["flow_id"])


async def test_add_person(hass: HomeAssistant, no_setup: AsyncMock) -> None:
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id,
        {**ALICE, "name": "  Alice  ", "person_entity_id": "person.alice"},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Alice"
    assert result["data"] == {**ALICE, "person_entity_id": "person.alice"}
    assert result["result"].unique_id == "alice"
    assert no_setup.call_count == 1
    # The confirmation says what was worked out (a woman of 35 on 2026-11-26).
    assert result["description"] == "person_added"
    assert result["description_placeholders"] == {
        "name": "Alice",
        "target": "320",
        "limit": "350",
    }


async def test_person_entity_is_optional(hass: HomeAssistant) -> None:
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(flow_id, dict(BOB))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == BOB


async def test_same_name_is_a_field_error_that_keeps_the_form(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    alice_entry.add_to_hass(hass)
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {**ALICE, "name": "ALICE"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"name": "name_already_configured"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {**ALICE, "name": "Alice Smith"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_the_birth_date_has_no_default_and_can_be_typed(
    hass: HomeAssistant,
) -> None:
    """A picker opening on today made newborns of adults; now it is typed."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    schema = result["data_schema"]
    assert schema is not None
    birth_date = next(key for key in schema.schema if key == "birth_date")
    assert birth_date.default is vol.UNDEFINED
    selector = schema.schema[birth_date]
    assert selector.config["type"] == "date"
    for typed in ("23.04.1985", "April 1985", "1985-02-30"):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {**ALICE, "birth_date": typed}
        )
        assert result["errors"] == {"birth_date": "invalid_birth_date"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**ALICE, "birth_date": " 1985-04-23 "}
    )
    assert result["data"]["birth_date"] == "1985-04-23"


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"name": "   "}, {"name": "invalid_name"}),
        ({"name": "x" * 51}, {"name": "invalid_name"}),
        ({"birth_date": "2026-11-27"}, {"birth_date": "birth_date_in_future"}),
        ({"birth_date": "1880-01-01"}, {"birth_date": "invalid_birth_date"}),
        (
            {"sex": "male", "life_stage": "pregnant"},
            {"life_stage": "life_stage_not_applicable"},
        ),
    ],
)
async def test_invalid_person_can_be_corrected(
    hass: HomeAssistant, changes: dict[str, Any], errors: dict[str, str]
) -> None:
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {**ALICE, **changes}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors

    result = await hass.config_entries.flow.async_configure(flow_id, dict(ALICE))
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_person_entity_belongs_to_one_person(
    hass: HomeAssistant,
) -> None:
    MockConfigEntry(
        domain=DOMAIN,
        title="Bob",
        unique_id="bob",
        data={**BOB, "person_entity_id": "person.bob"},
    ).add_to_hass(hass)
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {**ALICE, "person_entity_id": "person.bob"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"person_entity_id": "person_already_configured"}


async def test_reconfigure(hass: HomeAssistant, alice_entry: MockConfigEntry) -> None:
    alice_entry.add_to_hass(hass)
    result = await alice_entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reconfigure"
    assert result["description_placeholders"] == {"name": "Alice"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {**ALICE, "name": "Alicia", "life_stage": "pregnant"},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert alice_entry.title == "Alicia"
    assert alice_entry.unique_id == "alicia"
    assert alice_entry.data == {**ALICE, "name": "Alicia", "life_stage": "pregnant"}


async def test_reconfigure_keeping_the_name(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    alice_entry.add_to_hass(hass)
    result = await alice_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**ALICE, "birth_date": "1991-01-01"}
    )
    assert result["reason"] == "reconfigure_successful"
    assert alice_entry.data["birth_date"] == "1991-01-01"
    assert alice_entry.unique_id == "alice"


async def test_reconfigure_to_a_taken_name(
    hass: HomeAssistant, alice_entry: MockConfigEntry, bob_entry: MockConfigEntry
) -> None:
    alice_entry.add_to_hass(hass)
    bob_entry.add_to_hass(hass)
    result = await alice_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**ALICE, "name": "bob"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"name": "name_already_configured"}
    assert alice_entry.title == "Alice"


async def test_reconfigure_errors(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    alice_entry.add_to_hass(hass)
    result = await alice_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**ALICE, "birth_date": "2030-01-01"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"birth_date": "birth_date_in_future"}


async def test_options_override_and_clear(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    alice_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert result["description_placeholders"] == {
        "recommended_target_mg": "320",
        "recommended_limit_mg": "350",
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"daily_target_mg": 400, "supplement_limit_mg": 200}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert alice_entry.options == {
        "daily_target_mg": 400,
        "supplement_limit_mg": 200,
        "barcode_lookup": False,
        "retention_days": 730,
    }

    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert alice_entry.options == {"barcode_lookup": False, "retention_days": 730}
