"""Ready to publish: the manifest's version heads the changelog."""

from __future__ import annotations

import json
from pathlib import Path
import re

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
