"""Ready to publish: the manifest's version heads the changelog; trimmed icons."""

from __future__ import annotations

import json
from pathlib import Path
import re

from PIL import Image
import pytest

REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Pure test: replace the conftest fixture that starts Home Assistant."""


def test_the_manifest_version_heads_the_changelog() -> None:
    manifest = json.loads(
        (REPO / "custom_components" / "magnesium" / "manifest.json").read_text()
    )
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+)", changelog, re.MULTILINE)
    assert versions[0] == manifest["version"]
    assert len(set(versions)) == len(versions)


def test_the_workflows_run_the_ci_command() -> None:
    workflows = REPO / ".github" / "workflows"
    assert "bash .ci/run" in (workflows / "tests.yml").read_text()
    validate = (workflows / "validate.yml").read_text()
    assert "hassfest" in validate
    assert "hacs/action" in validate


@pytest.mark.parametrize(("name", "size"), [("icon.png", 256), ("icon@2x.png", 512)])
def test_the_brand_icons_are_trimmed(name: str, size: int) -> None:
    """Square, at the size Home Assistant's brands want, with no empty margin."""
    with Image.open(REPO / "custom_components" / "magnesium" / "brand" / name) as icon:
        assert icon.size == (size, size)
        assert icon.getchannel("A").getbbox() == (0, 0, size, size)
