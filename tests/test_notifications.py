"""Built-in notifications: options, limit warnings, daily summary, fallback."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
    async_get_persistent_notifications,
    async_mock_service,
)

from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.daily_schedule import storage_key
from homeassistant.components.notify import NotifyEntity
from homeassistant.components.notify.const import DATA_COMPONENT, NotifyEntityFeature
from homeassistant.config_entries import ConfigFlowResult
from homeassistant.const import EVENT_HOMEASSISTANT_STARTED
from homeassistant.core import CoreState, HomeAssistant, ServiceCall
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.exceptions import HomeAssistantError
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

TRANSLATIONS = Path(__file__).parent.parent / "custom_components/magnesium/translations"
SUMMARY_KEY = storage_key("alice_entry_id")
LIMIT_NOTIFICATION = "magnesium_supplement_limit_alice_entry_id"
SUMMARY_NOTIFICATION = "magnesium_summary_alice_entry_id"


class RecordingNotifyEntity(NotifyEntity):
    """A notify entity that keeps what it was sent."""

    _attr_supported_features = NotifyEntityFeature.TITLE

    def __init__(self, name: str) -> None:
        self._attr_name = name
        self._attr_unique_id = name
        self.sent: list[tuple[str | None, str]] = []

    async def async_send_message(self, message: str, title: str | None = None) -> None:
        self.sent.append((title, message))


@pytest.fixture(autouse=True)
def frozen_time(freezer: FrozenDateTimeFactory) -> FrozenDateTimeFactory:
    """Mid-morning of 26 November 2026 in the tests' US/Pacific time zone."""
    freezer.move_to("2026-11-26 18:00:00+00:00")
    return freezer


@pytest.fixture
def phone(hass: HomeAssistant) -> list[ServiceCall]:
    """A legacy notify action, as the companion app registers one."""
    return async_mock_service(hass, "notify", "mobile_app_x")


@pytest.fixture
async def chat(hass: HomeAssistant) -> RecordingNotifyEntity:
    """A notify entity, as messenger integrations create them."""
    assert await async_setup_component(hass, "notify", {})
    entity = RecordingNotifyEntity("Chat")
    await hass.data[DATA_COMPONENT].async_add_entities([entity])
    assert entity.entity_id == "notify.chat"
    return entity


async def _setup(hass: HomeAssistant, entry: MockConfigEntry, **options: Any) -> None:
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(entry, options=options)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def _supplement(hass: HomeAssistant, mg: float, **data: Any) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN,
        "log_supplement",
        {"magnesium_mg": mg, **data},
        blocking=True,
        return_response=True,
    )
    await hass.async_block_till_done()
    assert isinstance(response, dict)
    return response


async def _food(hass: HomeAssistant, mg: float, **data: Any) -> None:
    await hass.services.async_call(
        DOMAIN, "log_food", {"food": "soup", "magnesium_mg": mg, **data}, blocking=True
    )


async def _at(hass: HomeAssistant, freezer: FrozenDateTimeFactory, when: str) -> None:
    moment = dt_util.parse_datetime(when)
    assert moment is not None
    freezer.move_to(moment)
    async_fire_time_changed(hass, moment)
    await hass.async_block_till_done()


def _notifications(hass: HomeAssistant) -> dict[str, Any]:
    return dict(async_get_persistent_notifications(hass))


def _form_fields(result: ConfigFlowResult) -> dict[str, Any]:
    """Form fields by name (the markers) and by `<name>.selector` (selectors)."""
    schema = result["data_schema"]
    assert schema is not None
    fields: dict[str, Any] = {}
    for key, selector in schema.schema.items():
        fields[str(key)] = key
        fields[f"{key}.selector"] = selector
    return fields


def _messages(calls: list[ServiceCall]) -> list[tuple[str, str]]:
    return [(call.data["title"], call.data["message"]) for call in calls]


# Options ---------------------------------------------------------------------


async def test_options_form_has_the_notification_fields(
    hass: HomeAssistant, alice_entry: MockConfigEntry, phone: list[ServiceCall]
) -> None:
    async_mock_service(hass, "notify", "send_message")
    alice_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "init"
    fields = _form_fields(result)
    assert [name for name in fields if "." not in name][-4:] == [
        "notify_entities",
        "notify_services",
        "limit_warnings",
        "summary_time",
    ]
    # Warnings are on unless turned off; nothing else is suggested.
    assert fields["limit_warnings"].description == {"suggested_value": True}
    assert fields["summary_time"].description is None
    services = fields["notify_services.selector"].config
    # send_message belongs to notify entities, which have their own field.
    assert services["options"] == [
        {"value": "mobile_app_x", "label": "notify.mobile_app_x"}
    ]
    assert services["multiple"] is True
    entities = fields["notify_entities.selector"].config
    assert entities["domain"] == ["notify"]
    assert entities["multiple"] is True


async def test_options_store_every_field(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    phone: list[ServiceCall],
    chat: RecordingNotifyEntity,
) -> None:
    alice_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "daily_target_mg": 400,
            "supplement_limit_mg": 300,
            "notify_entities": ["notify.chat"],
            "notify_services": ["mobile_app_x"],
            "limit_warnings": False,
            # A time field of the browser, or an older value, may have seconds.
            "summary_time": "20:30:00",
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert alice_entry.options == {
        "daily_target_mg": 400,
        "supplement_limit_mg": 300,
        "barcode_lookup": False,
        "retention_days": 730,
        "notify_entities": ["notify.chat"],
        "notify_services": ["mobile_app_x"],
        "limit_warnings": False,
        "summary_time": "20:30",
    }

    # The stored values come back as the form's suggestions.
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    fields = _form_fields(result)
    assert fields["notify_entities"].description == {"suggested_value": ["notify.chat"]}
    assert fields["limit_warnings"].description == {"suggested_value": False}
    assert fields["summary_time"].description == {"suggested_value": "20:30"}
    # A plain time of day: hours and minutes.
    assert fields["summary_time.selector"].config["type"] == "time"


async def test_options_empty_values_are_not_stored(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    alice_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        alice_entry,
        options={"notify_entities": ["notify.chat"], "summary_time": "08:00"},
    )
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"notify_entities": [], "notify_services": [], "supplement_product": ""},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert alice_entry.options == {"barcode_lookup": False, "retention_days": 730}


async def test_options_keep_a_notify_action_that_has_gone(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    """An app that was removed must not make the form unusable."""
    alice_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        alice_entry, options={"notify_services": ["mobile_app_old"]}
    )
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    fields = _form_fields(result)
    services = fields["notify_services.selector"].config
    assert services["options"] == [
        {"value": "mobile_app_old", "label": "notify.mobile_app_old"}
    ]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"notify_services": ["mobile_app_old"]}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert alice_entry.options["notify_services"] == ["mobile_app_old"]


@pytest.mark.parametrize("summary_time", ["25:00", "half past eight", "8"])
async def test_options_refuse_a_time_that_is_none(
    hass: HomeAssistant, alice_entry: MockConfigEntry, summary_time: str
) -> None:
    alice_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"summary_time": summary_time}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"summary_time": "invalid_summary_time"}
    assert alice_entry.options == {}


@pytest.mark.parametrize(
    "user_input",
    [
        {"notify_services": ["not_registered"]},
        {"notify_entities": ["light.kitchen"]},
    ],
)
async def test_options_refuse_invalid_values(
    hass: HomeAssistant, alice_entry: MockConfigEntry, user_input: dict[str, Any]
) -> None:
    alice_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(alice_entry.entry_id)
    with pytest.raises(InvalidData):
        await hass.config_entries.options.async_configure(result["flow_id"], user_input)


# Limit warnings ------------------------------------------------------------


async def test_limit_warning_goes_to_every_target(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    phone: list[ServiceCall],
    chat: RecordingNotifyEntity,
) -> None:
    await _setup(
        hass,
        alice_entry,
        notify_entities=["notify.chat"],
        notify_services=["mobile_app_x"],
    )
    await _supplement(hass, 200)
    assert phone == []
    await _supplement(hass, 187.5)
    warning = (
        "Supplement limit exceeded: Alice",
        "Alice logged a supplement dose of 187.5 mg. Supplements today: 387.5 mg,"
        " above the daily limit of 350 mg.",
    )
    assert _messages(phone) == [warning]
    assert chat.sent == [warning]
    # Every further dose above the limit warns once more, with its own numbers.
    await _supplement(hass, 12.25)
    assert _messages(phone)[1] == (
        "Supplement limit exceeded: Alice",
        "Alice logged a supplement dose of 12.25 mg. Supplements today: 399.75 mg,"
        " above the daily limit of 350 mg.",
    )
    assert len(chat.sent) == 2
    # Food never counts towards the limit, and reached targets are no warning.
    await _food(hass, 500)
    await hass.async_block_till_done()
    assert len(phone) == 2
    assert _notifications(hass) == {}


async def test_limit_warning_in_german(
    hass: HomeAssistant, alice_entry: MockConfigEntry, phone: list[ServiceCall]
) -> None:
    hass.config.language = "de"
    await _setup(hass, alice_entry, notify_services=["mobile_app_x"])
    await _supplement(hass, 400.5)
    assert _messages(phone) == [
        (
            "Obergrenze für Nahrungsergänzung überschritten: Alice",
            "Alice hat eine Dosis von 400,5 mg als Nahrungsergänzung eingetragen."
            " Nahrungsergänzung heute: 400,5 mg, über der Tagesobergrenze von"
            " 350 mg.",
        )
    ]


async def test_limit_warning_without_target_is_a_persistent_notification(
    hass: HomeAssistant, alice_entry: MockConfigEntry
) -> None:
    await _setup(hass, alice_entry)
    await _supplement(hass, 360)
    notification = _notifications(hass)[LIMIT_NOTIFICATION]
    assert notification["title"] == "Supplement limit exceeded: Alice"
    assert notification["message"] == (
        "Alice logged a supplement dose of 360 mg. Supplements today: 360 mg,"
        " above the daily limit of 350 mg."
    )
    # The next warning replaces it with the newer numbers.
    await _supplement(hass, 40)
    notifications = _notifications(hass)
    assert list(notifications) == [LIMIT_NOTIFICATION]
    assert "Supplements today: 400 mg" in notifications[LIMIT_NOTIFICATION]["message"]


async def test_limit_warnings_turned_off_are_off(
    hass: HomeAssistant, alice_entry: MockConfigEntry, phone: list[ServiceCall]
) -> None:
    """No message anywhere; the binary sensor and the event still say it."""
    await _setup(
        hass, alice_entry, notify_services=["mobile_app_x"], limit_warnings=False
    )
    events = async_capture_events(hass, "magnesium_supplement_limit_exceeded")
    await _supplement(hass, 400)
    assert phone == []
    assert _notifications(hass) == {}
    assert len(events) == 1
    state = hass.states.get("binary_sensor.alice_supplement_limit_exceeded")
    assert state is not None
    assert state.state == "on"


async def test_no_warning_for_a_dose_on_an_earlier_day(
    hass: HomeAssistant, alice_entry: MockConfigEntry, phone: list[ServiceCall]
) -> None:
    await _setup(hass, alice_entry, notify_services=["mobile_app_x"])
    await _supplement(hass, 400, logged_at="2026-11-25T12:00:00-08:00")
    assert phone == []
    assert _notifications(hass) == {}


async def test_failing_targets_fall_back_to_a_persistent_notification(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    chat: RecordingNotifyEntity,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async_mock_service(
        hass, "notify", "broken", raise_exception=HomeAssistantError("offline")
    )
    hass.states.async_set("notify.gone", "unavailable")
    await _setup(
        hass,
        alice_entry,
        notify_entities=["notify.gone", "notify.missing"],
        notify_services=["broken", "uninstalled_app"],
    )
    await _supplement(hass, 400)
    assert chat.sent == []
    assert LIMIT_NOTIFICATION in _notifications(hass)
    assert "Could not send a Magnesium notification for Alice with notify.broken" in (
        caplog.text
    )
    assert "with notify.uninstalled_app" in caplog.text


async def test_one_working_target_is_enough(
    hass: HomeAssistant, alice_entry: MockConfigEntry, phone: list[ServiceCall]
) -> None:
    async_mock_service(
        hass, "notify", "broken", raise_exception=HomeAssistantError("offline")
    )
    await _setup(hass, alice_entry, notify_services=["broken", "mobile_app_x"])
    await _supplement(hass, 400)
    assert len(phone) == 1
    assert _notifications(hass) == {}


async def test_warnings_stop_when_the_entry_unloads(
    hass: HomeAssistant, alice_entry: MockConfigEntry, phone: list[ServiceCall]
) -> None:
    await _setup(hass, alice_entry, notify_services=["mobile_app_x"])
    tracker = alice_entry.runtime_data
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    assert tracker._event_listeners == []


# Daily summary ---------------------------------------------------------------


async def test_summary_texts(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
    chat: RecordingNotifyEntity,
) -> None:
    await _setup(
        hass,
        alice_entry,
        summary_time="20:00:00",
        notify_entities=["notify.chat"],
        notify_services=["mobile_app_x"],
    )
    await _food(hass, 120.5)
    await _supplement(hass, 100)
    await _at(hass, freezer, "2026-11-26T19:59:59-08:00")
    assert phone == []
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    summary = (
        "Magnesium today: Alice",
        "Alice had 220.5 mg of magnesium today, 69% of the 320 mg target:"
        " 120.5 mg from food and 100 mg from supplements.\nNo 7-day average yet.",
    )
    assert _messages(phone) == [summary]
    assert chat.sent == [summary]

    # The next day: nothing logged, and one day towards the average.
    await _at(hass, freezer, "2026-11-27T20:00:00-08:00")
    assert _messages(phone)[1] == (
        "Magnesium today: Alice",
        "Nothing logged today for Alice (daily target 320 mg).\n"
        "7-day average: 220.5 mg.",
    )
    assert len(phone) == 2
    assert _notifications(hass) == {}


async def test_summary_in_german(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    hass.config.language = "de"
    await _setup(
        hass, alice_entry, summary_time="20:00:00", notify_services=["mobile_app_x"]
    )
    await _food(hass, 90, logged_at="2026-11-24T12:00:00-08:00")
    await _food(hass, 200.25)
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    assert _messages(phone) == [
        (
            "Magnesium heute: Alice",
            "Alice hatte heute 200,25 mg Magnesium, 63 % des Tagesziels von"
            " 320 mg: 200,25 mg aus Lebensmitteln und 0 mg aus"
            " Nahrungsergänzungsmitteln.\n7-Tage-Durchschnitt: 45 mg.",
        )
    ]
    await _at(hass, freezer, "2026-11-27T20:00:00-08:00")
    assert _messages(phone)[1] == (
        "Magnesium heute: Alice",
        "Heute nichts eingetragen für Alice (Tagesziel 320 mg).\n"
        "7-Tage-Durchschnitt: 96,75 mg.",
    )


async def test_summary_without_target_is_a_persistent_notification(
    hass: HomeAssistant, alice_entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    await _setup(hass, alice_entry, summary_time="20:00")
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    notification = _notifications(hass)[SUMMARY_NOTIFICATION]
    assert notification["title"] == "Magnesium today: Alice"
    assert notification["message"].startswith("Nothing logged today for Alice")


async def test_summary_is_off_by_default(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    await _setup(hass, alice_entry, notify_services=["mobile_app_x"])
    for hour in range(24):
        await _at(hass, freezer, f"2026-11-27T{hour:02}:00:00-08:00")
    assert phone == []
    assert _notifications(hass) == {}


class SummaryClock:
    """Moves time second by second around expected summaries and counts them."""

    def __init__(
        self,
        hass: HomeAssistant,
        freezer: FrozenDateTimeFactory,
        phone: list[ServiceCall],
    ) -> None:
        self.hass = hass
        self.freezer = freezer
        self.phone = phone

    async def expect(self, when: datetime) -> None:
        """Nothing a second before `when`, exactly one summary at `when`."""
        before = len(self.phone)
        await self.move(when - timedelta(seconds=1))
        assert len(self.phone) == before, f"early summary before {when}"
        await self.move(when)
        assert len(self.phone) == before + 1, f"no summary at {when}"
        await self.move(when + timedelta(hours=1, seconds=1))
        assert len(self.phone) == before + 1, f"second summary after {when}"

    async def move(self, when: datetime) -> None:
        self.freezer.move_to(when)
        async_fire_time_changed(self.hass, when)
        await self.hass.async_block_till_done()


@pytest.mark.parametrize(
    ("time_zone", "summary_time", "start", "expected_utc"),
    [
        # Spring forward: 02:30 does not exist on 29 March; it is sent at 03:30.
        (
            "Europe/Berlin",
            "02:30:00",
            "2026-03-28T01:00:00+01:00",
            [
                "2026-03-28T01:30:00+00:00",
                "2026-03-29T01:30:00+00:00",
                "2026-03-30T00:30:00+00:00",
            ],
        ),
        # Fall back: 02:30 happens twice on 25 October; only the first counts.
        (
            "Europe/Berlin",
            "02:30:00",
            "2026-10-24T01:00:00+02:00",
            [
                "2026-10-24T00:30:00+00:00",
                "2026-10-25T00:30:00+00:00",
                "2026-10-26T01:30:00+00:00",
            ],
        ),
        # An evening time moves with the wall clock across the change.
        (
            "Europe/Berlin",
            "21:00:00",
            "2026-03-28T12:00:00+01:00",
            [
                "2026-03-28T20:00:00+00:00",
                "2026-03-29T19:00:00+00:00",
                "2026-03-30T19:00:00+00:00",
            ],
        ),
        (
            "America/New_York",
            "02:30:00",
            "2026-03-07T01:00:00-05:00",
            [
                "2026-03-07T07:30:00+00:00",
                "2026-03-08T07:30:00+00:00",
                "2026-03-09T06:30:00+00:00",
            ],
        ),
        (
            "America/New_York",
            "01:30:00",
            "2026-10-31T01:00:00-04:00",
            [
                "2026-10-31T05:30:00+00:00",
                "2026-11-01T05:30:00+00:00",
                "2026-11-02T06:30:00+00:00",
            ],
        ),
        (
            "America/New_York",
            "20:00:00",
            "2026-10-31T12:00:00-04:00",
            [
                "2026-11-01T00:00:00+00:00",
                "2026-11-02T01:00:00+00:00",
                "2026-11-03T01:00:00+00:00",
            ],
        ),
    ],
)
async def test_summary_across_dst_changes(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
    time_zone: str,
    summary_time: str,
    start: str,
    expected_utc: list[str],
) -> None:
    await hass.config.async_set_time_zone(time_zone)
    freezer.move_to(start)
    await _setup(
        hass, alice_entry, summary_time=summary_time, notify_services=["mobile_app_x"]
    )
    clock = SummaryClock(hass, freezer, phone)
    for when in expected_utc:
        moment = dt_util.parse_datetime(when)
        assert moment is not None
        await clock.expect(moment)
    assert len(phone) == len(expected_utc)


async def test_restart_just_before_the_time_catches_up_once(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    await _at(hass, freezer, "2026-11-26T19:59:30-08:00")
    # Home Assistant stops just before the time and is back just after it.
    assert await hass.config_entries.async_unload(alice_entry.entry_id)
    await _at(hass, freezer, "2026-11-26T20:01:00-08:00")
    assert phone == []
    assert await hass.config_entries.async_setup(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert len(phone) == 1
    # No second summary today, the usual one tomorrow.
    await _at(hass, freezer, "2026-11-26T23:59:00-08:00")
    assert len(phone) == 1
    await _at(hass, freezer, "2026-11-27T20:00:00-08:00")
    assert len(phone) == 2


async def test_restart_just_after_the_summary_sends_no_duplicate(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    assert len(phone) == 1
    await _at(hass, freezer, "2026-11-26T20:00:30-08:00")
    assert await hass.config_entries.async_reload(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert len(phone) == 1
    await _at(hass, freezer, "2026-11-27T19:59:59-08:00")
    assert len(phone) == 1
    await _at(hass, freezer, "2026-11-27T20:00:00-08:00")
    assert len(phone) == 2


def _store_summary_state(
    hass_storage: dict[str, Any], data: dict[str, Any] | None
) -> None:
    """What a previous run of Home Assistant left on disk."""
    hass_storage[SUMMARY_KEY] = {"version": 1, "key": SUMMARY_KEY, "data": data}


async def test_start_uses_the_stored_day(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    """A real restart: the day of the last summary comes from disk."""
    _store_summary_state(hass_storage, {"last_run": "2026-11-26"})
    freezer.move_to("2026-11-26T21:00:00-08:00")
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    assert phone == []
    await _at(hass, freezer, "2026-11-27T20:00:00-08:00")
    assert len(phone) == 1
    assert hass_storage[SUMMARY_KEY]["data"] == {"last_run": "2026-11-27"}


async def test_catch_up_only_for_today(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    """Down for days: one summary, of today, once today's time has passed."""
    _store_summary_state(hass_storage, {"last_run": "2026-11-20"})
    freezer.move_to("2026-11-26T07:00:00-08:00")
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    assert phone == []
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    assert len(phone) == 1


@pytest.mark.parametrize("stored", [{"last_run": "yesterday"}, {"other": 1}, None])
async def test_damaged_state_means_one_summary_at_most(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
    stored: Any,
) -> None:
    _store_summary_state(hass_storage, stored)
    freezer.move_to("2026-11-26T21:00:00-08:00")
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    assert len(phone) == 1
    assert hass_storage[SUMMARY_KEY]["data"] == {"last_run": "2026-11-26"}


async def test_catch_up_waits_until_home_assistant_has_started(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    """The phone's notify action may only appear later during startup."""
    freezer.move_to("2026-11-26T21:00:00-08:00")
    hass.set_state(CoreState.starting)
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    assert phone == []
    hass.set_state(CoreState.running)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STARTED)
    await hass.async_block_till_done()
    assert len(phone) == 1


async def test_time_chosen_after_it_passed_starts_tomorrow(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    freezer.move_to("2026-11-26T21:00:00-08:00")
    await _setup(hass, alice_entry, notify_services=["mobile_app_x"])
    hass.config_entries.async_update_entry(
        alice_entry,
        options={**alice_entry.options, "summary_time": "20:00:00"},
    )
    await hass.async_block_till_done()
    assert phone == []
    # Also a restart later today does not take it for a missed summary.
    assert await hass.config_entries.async_reload(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert phone == []
    await _at(hass, freezer, "2026-11-27T20:00:00-08:00")
    assert len(phone) == 1


async def test_changing_the_time(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    # Other options change: the schedule stays.
    hass.config_entries.async_update_entry(
        alice_entry, options={**alice_entry.options, "daily_target_mg": 400}
    )
    await hass.async_block_till_done()
    # Later the same evening, still today.
    hass.config_entries.async_update_entry(
        alice_entry, options={**alice_entry.options, "summary_time": "21:30"}
    )
    await hass.async_block_till_done()
    await _at(hass, freezer, "2026-11-26T20:00:00-08:00")
    assert phone == []
    await _at(hass, freezer, "2026-11-26T21:30:00-08:00")
    assert len(phone) == 1
    assert "(daily target 400 mg)" in phone[0].data["message"]

    # Turned off: no more summaries.
    options = dict(alice_entry.options)
    del options["summary_time"]
    hass.config_entries.async_update_entry(alice_entry, options=options)
    await hass.async_block_till_done()
    await _at(hass, freezer, "2026-11-27T21:30:00-08:00")
    assert len(phone) == 1


async def test_time_zone_change_moves_the_summary(
    hass: HomeAssistant,
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
) -> None:
    # 10:00 in US/Pacific is 19:00 in Berlin.
    await _setup(
        hass, alice_entry, summary_time="20:00", notify_services=["mobile_app_x"]
    )
    await hass.config.async_update(time_zone="Europe/Berlin")
    await hass.async_block_till_done()
    assert phone == []
    await _at(hass, freezer, "2026-11-26T20:00:00+01:00")
    assert len(phone) == 1


async def test_removing_the_person_deletes_the_summary_state(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    alice_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    await _setup(hass, alice_entry, summary_time="08:00")
    freezer.move_to("2026-11-26T21:00:00-08:00")
    assert await hass.config_entries.async_reload(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert SUMMARY_KEY in hass_storage
    assert await hass.config_entries.async_remove(alice_entry.entry_id)
    await hass.async_block_till_done()
    assert SUMMARY_KEY not in hass_storage
