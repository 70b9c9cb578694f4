"""Serve the dashboard card and load it in every browser, with no separate install.

The module is not named `frontend`: Home Assistant would take that name for a
platform of the integration.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final

from homeassistant.components.frontend import add_extra_js_url
from homeassistant.components.http.server import StaticPathConfig
from homeassistant.core import HomeAssistant

FRONTEND_DIR: Final = Path(__file__).parent / "frontend"
CARD_FILE: Final = "magnesium-card.js"
URL_BASE: Final = "/magnesium_files"


def card_version(path: Path) -> str:
    """A short hash of the card's code: a new version is a new URL to browsers."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


async def async_register_card(hass: HomeAssistant) -> str | None:
    """Serve the frontend folder and load the card on every dashboard.

    Returns the versioned URL of the card, or None without a frontend (a
    headless instance). The file is cached for long, which is safe because the
    URL changes with its contents.
    """
    if "frontend" not in hass.config.components:
        return None
    version = await hass.async_add_executor_job(card_version, FRONTEND_DIR / CARD_FILE)
    await hass.http.async_register_static_paths(
        [StaticPathConfig(URL_BASE, str(FRONTEND_DIR), cache_headers=True)]
    )
    url = f"{URL_BASE}/{CARD_FILE}?v={version}"
    add_extra_js_url(hass, url)
    return url
