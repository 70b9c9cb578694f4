"""The layers: domain <- application <- doors and platforms, never the other way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "custom_components" / "magnesium"

# Pure Python: what magnesium is, knowing nothing of Home Assistant.
DOMAIN = {
    "const",
    "errors",
    "words",
    "quantities",
    "phrases",
    "foods",
    "supplements",
    "ledger",
    "targets",
    "sentences",
    "sentences_de",
    "languages",
}
# The use cases and what they keep: Home Assistant aware, no doors.
APPLICATION = {
    "intake",
    "tracker",
    "ledger_store",
    "intake_statistics",
    "food_store",
    "texts",
    "answers",
    "daily_schedule",
    "notifications",
    "openfoodfacts",
    "card",
}
# Doors (actions, intents, LLM tools, the sentence trigger) and platforms.
DOORS = {
    "services",
    "intent",
    "llm",
    "voice",
    "sensor",
    "binary_sensor",
    "event",
    "entity",
    "config_flow",
    "diagnostics",
    "logbook",
    "repairs",
}
# The base class the entity platforms share.
SHARED_BY_PLATFORMS = {"entity"}


def _modules() -> set[str]:
    return {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"}


def _imports(module: str) -> tuple[set[str], set[str]]:
    """(our modules, top-level packages) that `module` imports."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    ours: set[str] = set()
    packages: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                if node.module:
                    ours.add(node.module.split(".")[0])
                else:
                    ours.update(alias.name for alias in node.names)
            elif node.module:
                packages.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            packages.update(alias.name.split(".")[0] for alias in node.names)
    return ours, packages


def test_every_module_has_a_layer() -> None:
    assert _modules() == DOMAIN | APPLICATION | DOORS
    assert not DOMAIN & APPLICATION
    assert not (DOMAIN | APPLICATION) & DOORS


@pytest.mark.parametrize("module", sorted(DOMAIN))
def test_domain_is_pure(module: str) -> None:
    ours, packages = _imports(module)
    assert ours <= DOMAIN, ours - DOMAIN
    assert "homeassistant" not in packages


@pytest.mark.parametrize("module", sorted(APPLICATION))
def test_application_uses_no_door(module: str) -> None:
    ours, _ = _imports(module)
    assert ours <= DOMAIN | APPLICATION, ours - DOMAIN - APPLICATION


@pytest.mark.parametrize("module", sorted(DOORS))
def test_doors_use_no_other_door(module: str) -> None:
    ours, _ = _imports(module)
    doors = ours & DOORS - SHARED_BY_PLATFORMS
    assert not doors, doors


@pytest.mark.parametrize("module", ["intent", "llm", "voice", "answers", "intake"])
def test_no_call_goes_back_through_the_action_registry(module: str) -> None:
    """Intents and tools call `intake` directly, never our own actions."""
    source = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
    assert "services.async_call" not in source
    assert "ServiceValidationError" not in source


def test_one_config_entry_type() -> None:
    """`MagnesiumConfigEntry` everywhere; no bare `ConfigEntry` in signatures."""
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "TYPE_CHECKING" not in source, path.name
        if path.name != "tracker.py":
            assert "ConfigEntry]" not in source
            assert ": ConfigEntry" not in source, path.name
