"""The automation blueprints, loaded and run by Home Assistant's own machinery."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
import shutil
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_get_persistent_notifications,
    async_mock_service,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import (
    AiohttpClientMocker,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.magnesium.const import DOMAIN
from homeassistant.components.automation.helpers import async_get_blueprints
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from homeassistant.util.yaml import load_yaml_dict

from .conftest import setup_person
from .test_notifications import RecordingNotifyEntity

BLUEPRINTS = Path(__file__).parent.parent / "blueprints" / "automation" / "magnesium"
NAMES = ("supplement_limit_warning", "daily_summary", "evening_reminder")
SOURCE = "https://github.com/magnesium-tracker/magnesium/blob/main/blueprints/automation/magnesium/{}.yaml"
RAW = "https://raw.githubusercontent.com/magnesium-tracker/magnesium/main/blueprints/automation/magnesium/{}.yaml"


def _read(name: str) -> dict[str, Any]:
    return dict(load_yaml_dict(BLUEPRINTS / f"{name}.yaml"))


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """A config dir of this test's own, with the blueprints as users get them."""
    target = Path(hass_tmp_config_dir) / "blueprints" / "automation" / "magnesium"
    target.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        shutil.copy(BLUEPRINTS / f"{name}.yaml", target)
    return hass_tmp_config_dir


@pytest.fixture(autouse=True)
def frozen_time(freezer: FrozenDateTimeFactory) -> FrozenDateTimeFactory:
    """Mid-morning of 26 November 2026 in the tests' US/Pacific time zone."""
    freezer.move_to("2026-11-26 18:00:00+00:00")
    return freezer


@pytest.fixture(autouse=True)
async def automations(hass: HomeAssistant) -> AsyncIterator[None]:
    """What a real instance always has; its automations stopped at the end.

    Stopping them ends their timers and waiting runs before Home Assistant stops.
    """
    assert await async_setup_component(hass, "persistent_notification", {})
    yield
    if hass.services.has_service("automation", "turn_off"):
        await hass.services.async_call(
            "automation", "turn_off", {"entity_id": "all"}, blocking=True
        )


@pytest.fixture
def phone(hass: HomeAssistant) -> list[ServiceCall]:
    """The companion app's notify action."""
    return async_mock_service(hass, "notify", "mobile_app_x")


async def _automation(hass: HomeAssistant, name: str, **inputs: Any) -> None:
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "alias": name,
                    "use_blueprint": {
                        "path": f"magnesium/{name}.yaml",
                        "input": inputs,
                    },
                }
            ]
        },
    )
    await hass.async_block_till_done()
    state = hass.states.get(f"automation.{name}")
    assert state is not None
    assert state.state == "on"


async def _call(hass: HomeAssistant, service: str, **data: Any) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )
    assert isinstance(response, dict)
    return response


async def _until(condition: Callable[[], bool]) -> None:
    """Let automations run until `condition` holds.

    `async_block_till_done` would wait for a run that waits for its Undo button.
    """
    for _ in range(100):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("the automation did not get there")


async def _at(hass: HomeAssistant, freezer: FrozenDateTimeFactory, when: str) -> None:
    moment = dt_util.parse_datetime(when)
    assert moment is not None
    freezer.move_to(moment)
    async_fire_time_changed(hass, moment)
    await hass.async_block_till_done()


# The files -----------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
async def test_blueprint_loads(hass: HomeAssistant, name: str) -> None:
    assert await async_setup_component(hass, "automation", {})
    blueprint = await async_get_blueprints(hass).async_get_blueprint(
        f"magnesium/{name}.yaml"
    )
    assert blueprint.domain == "automation"
    assert blueprint.metadata["source_url"] == SOURCE.format(name)
    assert blueprint.validate() is None


@pytest.mark.parametrize("name", NAMES)
def test_person_selectors_are_filtered_to_the_integration(name: str) -> None:
    inputs = _read(name)["blueprint"]["input"]
    person = inputs.get("intake_event") or inputs["person"]
    selector = person["selector"]
    if "entity" in selector:
        assert selector["entity"]["filter"] == {
            "integration": "magnesium",
            "domain": "event",
        }
    else:
        assert selector == {"config_entry": {"integration": "magnesium"}}
    targets = inputs["notify_entities"]["selector"]["entity"]
    assert targets["filter"] == {"domain": "notify"}
    # Every input is used, and only through !input.
    text = (BLUEPRINTS / f"{name}.yaml").read_text()
    for key in inputs:
        assert f"!input {key}" in text


@pytest.mark.parametrize("name", NAMES)
async def test_blueprint_imports_by_url(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    aioclient_mock: AiohttpClientMocker,
    name: str,
) -> None:
    """What the "Import blueprint" button does with the GitHub address."""
    aioclient_mock.get(RAW.format(name), text=(BLUEPRINTS / f"{name}.yaml").read_text())
    assert await async_setup_component(hass, "automation", {})
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "blueprint/import", "url": SOURCE.format(name)}
    )
    result = await client.receive_json()
    assert result["success"], result
    imported = result["result"]
    assert imported["suggested_filename"] == f"magnesium-tracker/{name}"
    assert imported["validation_errors"] is None
    assert imported["blueprint"]["metadata"]["source_url"] == SOURCE.format(name)

    await client.send_json_auto_id(
        {
            "type": "blueprint/save",
            "domain": "automation",
            "path": imported["suggested_filename"],
            "yaml": imported["raw_data"],
            "source_url": SOURCE.format(name),
        }
    )
    result = await client.receive_json()
    assert result["success"], result
    saved = Path(hass.config.path("blueprints", "automation", "magnesium-tracker"))
    assert await hass.async_add_executor_job((saved / f"{name}.yaml").is_file)


# Supplement limit warning ---------------------------------------------------


async def test_limit_warning_with_undo(
    hass: HomeAssistant, alice_entry: MockConfigEntry, phone: list[ServiceCall]
) -> None:
    await setup_person(hass, alice_entry)
    await _automation(
        hass,
        "supplement_limit_warning",
        intake_event="event.alice_intake",
        notify_action="notify.mobile_app_x",
        undo=True,
    )
    await _call(hass, "log_supplement", magnesium_mg=300)
    await hass.async_block_till_done()
    assert phone == []
    logged = await _call(hass, "log_supplement", magnesium_mg=87.5)
    entry_id = logged["entry"]["id"]
    await _until(lambda: len(phone) == 1)
    assert phone[0].data == {
        "title": "Supplement limit exceeded: Alice",
        "message": "Alice logged a supplement dose of 87.5 mg. Supplements today:"
        " 387.5 mg, above the daily limit of 350 mg.",
        "data": {
            "actions": [{"action": f"MAGNESIUM_UNDO_{entry_id}", "title": "Undo"}]
        },
    }

    # Another notification's button leaves this dose alone.
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": "MAGNESIUM_UNDO_other"}
    )
    for _ in range(20):
        await asyncio.sleep(0)
    assert alice_entry.runtime_data.status.totals.supplements_mg == 387.5

    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"MAGNESIUM_UNDO_{entry_id}", "device_id": "phone"},
    )
    # The run ends with the removal, so nothing waits any more.
    await hass.async_block_till_done()
    log = await _call(hass, "get_log", config_entry_id=alice_entry.entry_id)
    assert [entry["magnesium_mg"] for entry in log["days"][0]["entries"]] == [300]
    assert log["days"][0]["supplements_today_mg"] == 300


async def test_undo_expires(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    phone: list[ServiceCall],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    await _automation(
        hass,
        "supplement_limit_warning",
        intake_event="event.alice_intake",
        notify_action="mobile_app_x",
        undo=True,
        undo_timeout={"minutes": 5},
    )
    logged = await _call(hass, "log_supplement", magnesium_mg=400)
    await _until(lambda: len(phone) == 1)
    # The run gives up waiting; afterwards the button does nothing.
    await _at(hass, freezer, "2026-11-26T10:06:00-08:00")
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"MAGNESIUM_UNDO_{logged['entry']['id']}"},
    )
    await hass.async_block_till_done()
    assert alice_entry.runtime_data.status.totals.supplements_mg == 400


async def test_limit_warning_without_undo_to_every_target(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    bob_entry: MockConfigEntry,
    phone: list[ServiceCall],
) -> None:
    assert await async_setup_component(hass, "notify", {})
    chat = RecordingNotifyEntity("Chat")
    await hass.data["notify"].async_add_entities([chat])
    await setup_person(hass, alice_entry)
    await setup_person(hass, bob_entry)
    await _automation(
        hass,
        "supplement_limit_warning",
        intake_event="event.bob_intake",
        notify_action="mobile_app_x",
        notify_entities=["notify.chat"],
    )
    # Alice's doses are not Bob's.
    await _call(
        hass, "log_supplement", magnesium_mg=400, config_entry_id="alice_entry_id"
    )
    await hass.async_block_till_done()
    assert phone == []
    await _call(
        hass, "log_supplement", magnesium_mg=360, config_entry_id="bob_entry_id"
    )
    await _call(hass, "log_supplement", magnesium_mg=10, config_entry_id="bob_entry_id")
    await hass.async_block_till_done()
    message = (
        "Bob logged a supplement dose of 10 mg. Supplements today: 370 mg,"
        " above the daily limit of 350 mg."
    )
    assert [call.data for call in phone][1] == {
        "title": "Supplement limit exceeded: Bob",
        "message": message,
        "data": {},
    }
    assert chat.sent[1] == ("Supplement limit exceeded: Bob", message)
    assert len(phone) == len(chat.sent) == 2


async def test_limit_warning_without_target(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await setup_person(hass, alice_entry)
    await _automation(
        hass, "supplement_limit_warning", intake_event="event.alice_intake"
    )
    await _call(hass, "log_supplement", magnesium_mg=400)
    await hass.async_block_till_done()
    notifications = async_get_persistent_notifications(hass)
    # The integration's own warning, and the blueprint's.
    builtin = notifications.pop("magnesium_supplement_limit_alice_entry_id")
    assert [n["message"] for n in notifications.values()] == [builtin["message"]]


# Daily summary ---------------------------------------------------------------


async def test_daily_summary(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    phone: list[ServiceCall],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    await _automation(
        hass,
        "daily_summary",
        person=alice_entry.entry_id,
        time="20:00:00",
        notify_action="notify.mobile_app_x",
    )
    await _call(
        hass,
        "log_food",
        food="soup",
        magnesium_mg=700,
        logged_at="2026-11-20T12:00:00-08:00",
    )
    await _call(hass, "log_food", food="soup", magnesium_mg=120.5)
    await _call(hass, "log_supplement", magnesium_mg=100)
    await _at(hass, freezer, "2026-11-26T19:59:59-08:00")
    assert phone == []
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    assert [call.data for call in phone] == [
        {
            "title": "Magnesium today: Alice",
            "message": "Alice had 220.5 mg of magnesium today, 69% of the 320 mg"
            " target: 120.5 mg from food and 100 mg from supplements."
            " 7-day average: 100 mg.",
        }
    ]
    await _at(hass, freezer, "2026-11-27T20:00:00-08:00")
    assert phone[1].data["message"] == (
        "Nothing logged today for Alice (daily target 320 mg). 7-day average: 131.5 mg."
    )


async def test_daily_summary_to_notify_entities(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    assert await async_setup_component(hass, "notify", {})
    chat = RecordingNotifyEntity("Chat")
    await hass.data["notify"].async_add_entities([chat])
    await setup_person(hass, alice_entry)
    await _automation(
        hass,
        "daily_summary",
        person=alice_entry.entry_id,
        notify_entities=["notify.chat"],
    )
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    assert chat.sent == [
        (
            "Magnesium today: Alice",
            "Nothing logged today for Alice (daily target 320 mg)."
            " 7-day average: 0 mg.",
        )
    ]


# Evening reminder ------------------------------------------------------------


async def test_evening_reminder_below_the_share(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    phone: list[ServiceCall],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    await _automation(
        hass,
        "evening_reminder",
        person=alice_entry.entry_id,
        time="19:00:00",
        share=50,
        notify_action="mobile_app_x",
    )
    await _call(hass, "log_food", food="soup", magnesium_mg=150)
    await _at(hass, freezer, "2026-11-26T19:00:00-08:00")
    assert [call.data for call in phone] == [
        {
            "title": "Magnesium reminder: Alice",
            "message": "Alice has had 150 mg of magnesium today, 47% of the 320 mg"
            " target; 170 mg to go.",
        }
    ]


async def test_evening_reminder_not_when_enough(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    phone: list[ServiceCall],
    freezer: FrozenDateTimeFactory,
) -> None:
    await setup_person(hass, alice_entry)
    await _automation(
        hass,
        "evening_reminder",
        person=alice_entry.entry_id,
        share=50,
        notify_action="mobile_app_x",
    )
    await _call(hass, "log_food", food="soup", magnesium_mg=160)
    await _at(hass, freezer, "2026-11-26T19:00:00-08:00")
    assert phone == []
    # The next evening, with nothing logged, it reminds.
    await _at(hass, freezer, "2026-11-27T19:00:00-08:00")
    assert len(phone) == 1
    assert phone[0].data["message"] == (
        "Alice has had 0 mg of magnesium today, 0% of the 320 mg target; 320 mg to go."
    )


async def test_evening_reminder_without_target(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    await setup_person(hass, alice_entry)
    await _automation(hass, "evening_reminder", person=alice_entry.entry_id)
    await _at(hass, freezer, "2026-11-26T19:00:00-08:00")
    notifications = list(async_get_persistent_notifications(hass).values())
    assert [n["title"] for n in notifications] == ["Magnesium reminder: Alice"]
