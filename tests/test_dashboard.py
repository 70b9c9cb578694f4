"""The example dashboard: every action it performs names its person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from homeassistant.util.yaml import load_yaml_dict
from scripts.demo_seed import DEMO_ENTRY_ID

DASHBOARD = Path(__file__).parent.parent / "dashboards" / "magnesium.yaml"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Pure test: replace the conftest fixture that starts Home Assistant."""


def _actions(node: Any) -> Iterator[dict[str, Any]]:
    """Every tap action of the dashboard that performs one of our actions."""
    if isinstance(node, dict):
        if str(node.get("perform_action", "")).startswith("magnesium."):
            yield node
        for value in node.values():
            yield from _actions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _actions(value)


def test_every_button_names_the_demo_person() -> None:
    actions = list(_actions(load_yaml_dict(str(DASHBOARD))))
    assert {action["perform_action"] for action in actions} == {
        "magnesium.log_food",
        "magnesium.log_supplement",
        "magnesium.remove_entry",
    }
    for action in actions:
        assert action["data"]["config_entry_id"] == DEMO_ENTRY_ID
