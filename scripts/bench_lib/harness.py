"""A real Home Assistant on the test harness, with files in a config dir.

Storage is real: `async_test_home_assistant` only mocks the registries' stores
while it loads them, so the Magnesium ledgers are read from and written to
`<config dir>/.storage` exactly as in a running Home Assistant. What the test
plugin's autouse fixtures would do is done here: no HTTP server is bound, the
network adapters are faked, custom integrations are enabled.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any
from unittest.mock import Mock, patch

from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_test_home_assistant,
)

from custom_components.magnesium.const import DOMAIN
from homeassistant import loader
from homeassistant.core import HomeAssistant
from homeassistant.helpers import frame, translation
from homeassistant.setup import async_setup_component

PEOPLE: tuple[dict[str, Any], ...] = (
    {
        "name": "Alice",
        "sex": "female",
        "birth_date": "1990-05-17",
        "life_stage": "none",
    },
    {"name": "Bob", "sex": "male", "birth_date": "1985-02-03", "life_stage": "none"},
    {
        "name": "Carol",
        "sex": "female",
        "birth_date": "2012-09-30",
        "life_stage": "none",
    },
    {"name": "Dave", "sex": "male", "birth_date": "1950-11-11", "life_stage": "none"},
)


def entry_id(index: int) -> str:
    """The config entry id of person `index` (stable, so stored files match)."""
    return f"bench_person_{index}"


def person_entry(index: int, options: dict[str, Any] | None = None) -> MockConfigEntry:
    """The config entry of person `index` (several people: ids are needed)."""
    data = PEOPLE[index % len(PEOPLE)]
    return MockConfigEntry(
        domain=DOMAIN,
        title=data["name"],
        unique_id=data["name"].casefold(),
        data=dict(data),
        options=dict(options or {}),
        entry_id=entry_id(index),
    )


def _network_patches() -> list[Any]:
    adapter = Mock(
        nice_name="eth0",
        ips=[Mock(is_IPv6=False, ip="10.10.10.10", network_prefix=24)],
        index=0,
    )
    loaded = {
        "auto": True,
        "default": True,
        "enabled": True,
        "index": 0,
        "ipv4": [{"address": "10.10.10.10", "network_prefix": 24}],
        "ipv6": [],
        "name": "eth0",
    }
    return [
        patch("homeassistant.components.http.HomeAssistantHTTP.async_bind"),
        patch("homeassistant.components.http.HomeAssistantHTTP.start"),
        patch(
            "homeassistant.components.network.util.ifaddr.get_adapters",
            return_value=[adapter],
        ),
        patch(
            "homeassistant.components.network.async_get_loaded_adapters",
            return_value=[loaded],
        ),
        patch(
            "homeassistant.components.network.util.async_get_source_ip",
            return_value="10.10.10.10",
        ),
    ]


@asynccontextmanager
async def running_hass(config_dir: Path) -> AsyncIterator[HomeAssistant]:
    """A started Home Assistant with `homeassistant` set up, stopped on exit."""
    async with AsyncExitStack() as stack:
        for patcher in _network_patches():
            stack.enter_context(patcher)
        hass = await stack.enter_async_context(
            async_test_home_assistant(config_dir=str(config_dir))
        )
        frame.async_setup(hass)
        # As the `enable_custom_integrations` fixture does.
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await translation.async_load_integrations(hass, {"homeassistant"})
        assert await async_setup_component(hass, "homeassistant", {})
        try:
            yield hass
        finally:
            await hass.async_block_till_done()
            await hass.async_stop(force=True)


async def setup_baselines(hass: HomeAssistant) -> None:
    """The two core helpers the actions are compared with."""
    assert await async_setup_component(hass, "counter", {"counter": {"bench": {}}})
    assert await async_setup_component(
        hass,
        "input_number",
        {"input_number": {"bench": {"min": 0, "max": 1000, "step": 1}}},
    )


async def setup_magnesium(hass: HomeAssistant) -> None:
    """Set up the integration itself (food table, actions), no person yet."""
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()


async def add_person(
    hass: HomeAssistant, index: int, options: dict[str, Any] | None = None
) -> MockConfigEntry:
    """Add a person's config entry and set it up (the caller may time this)."""
    entry = person_entry(index, options)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    return entry
