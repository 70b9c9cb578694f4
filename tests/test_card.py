"""The dashboard card is served by the integration and loaded on every dashboard."""

from __future__ import annotations

import json
from pathlib import Path
import re

import pytest
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.magnesium import card
from custom_components.magnesium.const import DOMAIN
from custom_components.magnesium.supplements import SupplementForm
from homeassistant.components.frontend import DATA_EXTRA_MODULE_URL
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

CARD_URL_PREFIX = "/magnesium_files/magnesium-card.js?v="


def _card_urls(hass: HomeAssistant) -> list[str]:
    return [
        url
        for url in hass.data[DATA_EXTRA_MODULE_URL].urls
        if url.startswith(CARD_URL_PREFIX)
    ]


async def test_card_is_served_and_loaded(
    hass: HomeAssistant, hass_client: ClientSessionGenerator
) -> None:
    """Setting up the integration serves the card at a versioned module URL."""
    assert await async_setup_component(hass, "frontend", {})
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()

    script = card.FRONTEND_DIR / card.CARD_FILE
    (url,) = _card_urls(hass)
    assert url == CARD_URL_PREFIX + card.card_version(script)

    client = await hass_client()
    response = await client.get(url)
    assert response.status == 200
    assert response.content_type in ("text/javascript", "application/javascript")
    # The URL changes with the contents, so browsers may keep the file for long.
    assert "max-age" in response.headers["Cache-Control"]
    body = await response.text()
    assert body == script.read_text(encoding="utf-8")
    assert 'customElements.define("magnesium-card"' in body


async def test_no_frontend_no_card(hass: HomeAssistant) -> None:
    """A headless Home Assistant sets up the integration without the card."""
    assert await async_setup_component(hass, DOMAIN, {})
    assert await card.async_register_card(hass) is None
    assert "frontend" not in hass.config.components


async def test_version_follows_the_file(
    hass: HomeAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed card gets a new URL; the same contents keep theirs."""
    script = tmp_path / card.CARD_FILE
    script.write_text("export const version = 1;\n", encoding="utf-8")
    first = card.card_version(script)
    assert card.card_version(script) == first
    script.write_text("export const version = 2;\n", encoding="utf-8")
    assert card.card_version(script) != first

    monkeypatch.setattr(card, "FRONTEND_DIR", tmp_path)
    assert await async_setup_component(hass, "frontend", {})
    url = await card.async_register_card(hass)
    assert url == f"{CARD_URL_PREFIX}{card.card_version(script)}"
    assert _card_urls(hass) == [url]


def test_editor_offers_the_supplement_forms() -> None:
    """The card editor's list of forms is the integration's."""
    script = (card.FRONTEND_DIR / card.CARD_FILE).read_text(encoding="utf-8")
    listed = re.search(r"const SUPPLEMENT_FORMS = \[(.*?)\];", script, re.DOTALL)
    assert listed is not None
    assert re.findall(r'"(\w+)"', listed[1]) == [form.value for form in SupplementForm]


def _script() -> str:
    return (card.FRONTEND_DIR / card.CARD_FILE).read_text(encoding="utf-8")


def _card_texts() -> set[str]:
    english = json.loads(
        (card.FRONTEND_DIR.parent / "translations" / "en.json").read_text("utf-8")
    )
    return {key.removeprefix("card_") for key in english["common"]}


def test_every_text_the_card_shows_is_in_the_translation_files() -> None:
    """Each text key the card asks for exists, and each card text is asked for."""
    script = _script()
    asked = {
        key
        for argument in re.findall(
            r"(?:(?:\b_t|\bt|ConfigError)\(|fill\(texts,)\s*([^,)]+)", script
        )
        for key in re.findall(r'"(\w+)"', argument)
    }
    labelled = re.search(r"const EDITOR_LABELLED = new Set\(\[(.*?)\]\)", script)
    assert labelled is not None
    asked |= {f"editor_{name}" for name in re.findall(r'"(\w+)"', labelled[1])}
    # Picked by a condition in code: which of two a check or an error reads.
    asked |= set(re.findall(r'"(editor_check\w*)"', script))
    assert asked == _card_texts()


def test_the_card_writes_no_english_of_its_own() -> None:
    """No sentence or label in the script: they are all translation keys."""
    script = re.sub(r"^\s*(//|/\*|\*).*$", "", _script(), flags=re.MULTILINE)
    sentences = re.findall(r"""["'`]([A-Z][a-z]+(?: [a-z]+)+[.…]?)["'`]""", script)
    labels = re.findall(
        r"""(?:text|title|placeholder|label|description|"aria-label"):"""
        r"""\s*["'`]([^"'`]*[A-Za-z][^"'`]*)["'`]""",
        script,
    )
    # The unit symbol is no word to translate; template parts are not text.
    words = [
        label
        for label in labels
        if re.search(r"[A-Za-z]{2,}", re.sub(r"\$\{[^}]*\}", "", label))
        and label != "mg"
    ]
    assert sentences == []
    assert words == []
