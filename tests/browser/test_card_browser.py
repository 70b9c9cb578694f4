"""The dashboard card in a real browser, on the demo Home Assistant of scripts/develop.

scripts/develop runs on a free loopback port with a copy of config/; Debian's
Chromium (headless) logs in as the demo user on the login page and uses the
card on the demo dashboard, checked against the entity states that the REST
API reports. Without Chromium the tests skip, except under CI, where they fail.

Screenshots go to the folder named by MAGNESIUM_SCREENSHOTS (scripts/screenshots
sets docs/screenshots), else to the test's temporary folder.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
import math
import os
from pathlib import Path
import re
import time
from typing import Any

from playwright.async_api import Browser, Locator, Page, async_playwright, expect
import pytest
import pytest_socket

from scripts.demo_seed import DEMO_PASSWORD, DEMO_USERNAME
from tests.real_ha import Instance, launch, new_config_dir, stop

pytestmark = [pytest.mark.real_ha, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DASHBOARD = "/magnesium-demo/today"
PHONE = 390
TABLET = 820
# A logged entry reaches the states within milliseconds; this is for slow CI.
UPDATE_TIMEOUT = 15.0

INTAKE = "sensor.alex_intake_today"
FOOD = "sensor.alex_food_today"
SUPPLEMENTS = "sensor.alex_supplements_today"
TARGET = "sensor.alex_daily_target"
LIMIT = "sensor.alex_supplement_limit"
AVERAGE = "sensor.alex_7_day_average"
LIMIT_EXCEEDED = "binary_sensor.alex_supplement_limit_exceeded"
# The supplement button of dashboards/magnesium.yaml.
SUPPLEMENT_BUTTON = "Log Magnesium citrate, 200 mg"
SUPPLEMENT = {"name": "Magnesium citrate", "magnesium_mg": 200, "form": "citrate"}


def mg(value: float) -> str:
    """Milligrams as the card shows them: whole, half up, with separators."""
    return f"{math.floor(value + 0.5):,}"


@dataclass
class Demo:
    """The running demo, seen through the REST API as the demo user."""

    instance: Instance
    token: str

    def url(self, path: str) -> str:
        """The address of a page of the demo."""
        return self.instance.base_url + path

    def number(self, entity_id: str) -> float:
        """An entity's numeric state."""
        return float(self.state(entity_id))

    def state(self, entity_id: str) -> str:
        """An entity's state."""
        state = self.instance.request(f"/api/states/{entity_id}", token=self.token)
        return str(state["state"])

    def call(self, service: str, **data: Any) -> Any:
        """Perform a magnesium action; return its response, if it has one."""
        asks = service in ("get_log", "search_foods")
        suffix = "?return_response" if asks else ""
        answer = self.instance.request(
            f"/api/services/magnesium/{service}{suffix}",
            json_body=data,
            token=self.token,
        )
        return answer.get("service_response") if suffix else None

    def entries(self) -> list[dict[str, Any]]:
        """Today's entries, newest first (as the card lists them)."""
        entries: list[dict[str, Any]] = self.call("get_log")["days"][-1]["entries"]
        return sorted(entries, key=lambda entry: entry["logged_at"], reverse=True)

    async def wait_for_change(self, entity_id: str, old: float) -> float:
        """Wait until an entity's number differs from `old`; return it."""
        deadline = time.monotonic() + UPDATE_TIMEOUT
        while (value := self.number(entity_id)) == old:
            assert time.monotonic() < deadline, f"{entity_id} stayed at {old}"
            await asyncio.sleep(0.1)
        return value


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Replace conftest's fixture: no in-process Home Assistant in this module."""


@pytest.fixture(autouse=True)
def loopback(socket_enabled: None) -> None:
    """The tests talk to the real Home Assistant over loopback sockets."""


@pytest.fixture(scope="module")
def chromium() -> Path:
    """Debian's Chromium; the tests never download a browser of their own."""
    if not CHROMIUM.exists():
        message = (
            f"The browser tests need Chromium at {CHROMIUM}: apt-get install chromium"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="module")
def demo(chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """scripts/develop with a fresh copy of config/, for the whole module."""
    # Set up before the first test's `loopback`, which would allow this too.
    pytest_socket.enable_socket()
    folder = tmp_path_factory.mktemp("develop")
    instance = launch(new_config_dir(folder), folder / "develop.out")
    try:
        instance.wait_for_http()
        token = instance.log_in()
        # The dashboards load the card once the integration has set up.
        instance.wait_for_config(token)
        yield Demo(instance, token)
    finally:
        stop(instance.process)


@pytest.fixture
async def browser(chromium: Path) -> AsyncIterator[Browser]:
    """A headless Chromium.

    Playwright's async API: its sync API would leave an event loop running in
    this thread, which the test harness's own loop does not tolerate.
    """
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        await browser.close()


@pytest.fixture
async def open_card(
    browser: Browser, demo: Demo
) -> AsyncIterator[Callable[..., Awaitable[Page]]]:
    """Open the demo dashboard at a width and colour scheme; check for errors.

    The first page logs in as the demo user on the login page; the others
    share its browser storage.
    """
    pages: list[Page] = []
    errors: list[str] = []
    storage: list[Any] = []

    async def open_card(
        width: int = PHONE, color_scheme: str = "light", locale: str = "en-US"
    ) -> Page:
        context = await browser.new_context(
            storage_state=storage[0] if storage else None,
            viewport={"width": width, "height": 900},
            color_scheme="dark" if color_scheme == "dark" else "light",
            locale=locale,
        )
        page = await context.new_page()
        pages.append(page)
        page.on("pageerror", lambda error: errors.append(str(error)))
        await page.goto(demo.url(DASHBOARD))
        if not storage:
            await log_in(page)
        # The week's bars come from get_log: the card has loaded all it shows.
        await expect(page.locator("magnesium-card .day")).to_have_count(7)
        if not storage:
            # "Keep me logged in" has stored the tokens by now.
            storage.append(await context.storage_state())
        return page

    yield open_card
    for page in pages:
        await page.context.close()
    assert not errors


async def log_in(page: Page) -> None:
    """Log in on Home Assistant's login page as the demo user."""
    await page.get_by_role("textbox", name="Username").fill(DEMO_USERNAME)
    password = page.get_by_role("textbox", name="Password")
    await password.fill(DEMO_PASSWORD)
    await password.press("Enter")


def card_of(page: Page) -> Locator:
    """The magnesium card on a page."""
    return page.locator("magnesium-card")


def screenshot_dir(tmp_path: Path) -> Path:
    """Where screenshots go: MAGNESIUM_SCREENSHOTS, else the test's folder."""
    if folder := os.environ.get("MAGNESIUM_SCREENSHOTS"):
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path


async def save_card(page: Page, path: Path) -> None:
    """Screenshot the card alone, never covered by the app's toolbar."""
    box = await card_of(page).bounding_box()
    assert box is not None
    await page.screenshot(path=path, full_page=True, clip=box, animations="disabled")


async def test_card_shows_the_entity_states(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Ring, legend, entries and week agree with the sensors and the log."""
    card = card_of(await open_card())
    intake, target = demo.number(INTAKE), demo.number(TARGET)
    food, supplements = demo.number(FOOD), demo.number(SUPPLEMENTS)

    await expect(card.locator(".ring-total")).to_have_text(mg(intake))
    await expect(card.locator(".ring-target")).to_have_text(f"/ {mg(target)} mg")
    await expect(card.locator(".legend .value")).to_have_text(
        [f"{mg(food)} mg", f"{mg(supplements)} mg", f"{mg(demo.number(AVERAGE))} mg"]
    )
    await expect(
        card.get_by_role(
            "img",
            name=(
                f"Today {mg(intake)} mg of {mg(target)} mg target: "
                f"food {mg(food)} mg, supplements {mg(supplements)} mg"
            ),
        )
    ).to_be_visible()
    await expect(card.locator(".limit-scale")).to_have_text(
        f"Limit {mg(demo.number(LIMIT))} mg"
    )
    entries = demo.entries()
    await expect(card.locator(".entry .label")).to_have_text(
        [entry["label"] for entry in entries], ignore_case=True
    )
    await expect(card.locator(".entry .mg")).to_have_text(
        [f"{mg(entry['magnesium_mg'])} mg" for entry in entries]
    )
    await expect(card.locator(".day.is-today .value")).to_have_text(mg(intake))


async def test_quick_log_button_logs_the_food(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """A favourite's button logs it for the person, and the ring follows."""
    card = card_of(await open_card())
    before = demo.number(INTAKE)
    count = len(demo.entries())

    await card.get_by_role("button", name="Log Almonds, 1 oz").click()

    after = await demo.wait_for_change(INTAKE, before)
    newest = demo.entries()[0]
    assert "almond" in newest["label"].casefold()
    assert (newest["quantity"], newest["unit"]) == (1, "oz")
    assert after == pytest.approx(before + newest["magnesium_mg"])
    await expect(card.locator(".ring-total")).to_have_text(mg(after))
    await expect(card.locator(".entry")).to_have_count(count + 1)
    await expect(card.locator(".entry .label").first).to_have_text(
        newest["label"], ignore_case=True
    )


async def test_remove_button_removes_the_entry(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Removing the newest entry takes it out of the log, the list and the ring."""
    demo.call("log_food", food="banana")
    card = card_of(await open_card())
    before = demo.number(INTAKE)
    entries = demo.entries()
    newest = entries[0]

    remove = card.locator(".entry .remove").first
    await expect(remove).to_have_accessible_name(
        re.compile(
            rf"Remove {re.escape(newest['label'])}, {mg(newest['magnesium_mg'])} mg",
            re.I,
        )
    )
    await remove.click()

    after = await demo.wait_for_change(INTAKE, before)
    assert after == pytest.approx(before - newest["magnesium_mg"])
    assert newest["id"] not in {entry["id"] for entry in demo.entries()}
    await expect(card.locator(".ring-total")).to_have_text(mg(after))
    await expect(card.locator(".entry")).to_have_count(len(entries) - 1)


async def test_labels_are_shown_as_text(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """A label that looks like HTML is shown as typed, never interpreted."""
    label = '<img src="x" onerror="window.injected = true"> beans'
    demo.call("log_food", food=label, magnesium_mg=10)
    page = await open_card()
    card = card_of(page)

    await expect(card.locator(".entry .label").first).to_have_text(label)
    await expect(card.locator("img")).to_have_count(0)
    assert await page.evaluate("window.injected") is None
    demo.call("remove_entry", entry_id=demo.entries()[0]["id"])


async def test_the_card_speaks_the_users_language(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Its texts come from the translation files: German for a German browser."""
    await open_card()  # logs in on the English login page
    demo.call("log_food", food="20 almonds")
    page = await open_card(locale="de-DE")
    card = card_of(page)

    await expect(card.locator("h3").first).to_have_text(re.compile("Nahrungsergänzung"))
    await expect(card.get_by_role("navigation", name="Angezeigter Tag")).to_be_visible()
    await expect(card.get_by_role("heading", name="Schnell eintragen")).to_be_visible()
    await expect(card.get_by_role("heading", name="Einträge heute")).to_be_visible()
    await expect(card.get_by_placeholder(re.compile("^Suchen"))).to_be_visible()
    await expect(card.locator(".legend")).to_contain_text("7-Tage-Durchschnitt")
    newest = demo.entries()[0]
    remove = card.get_by_role("button", name=re.compile(r"entfernen, 67 mg$"))
    await remove.click()
    # Home Assistant's toast says it in German too, and offers to undo.
    toast = page.locator("ha-toast")
    await expect(toast).to_contain_text(f"Entfernt: {newest['label']}")
    await expect(toast.get_by_role("button", name="Rückgängig")).to_be_visible()


async def test_a_mistake_in_the_yaml_is_told_in_the_card(
    open_card: Callable[..., Awaitable[Page]],
) -> None:
    """The card says what is wrong, in the user's language, and the picker knows it."""
    await open_card()  # logs in on the English login page
    page = await open_card(locale="de-DE")
    told = await page.evaluate(
        """async () => {
          const card = document.createElement("magnesium-card");
          card.setConfig({ days: 3 });
          card.hass = document.querySelector("home-assistant").hass;
          document.body.append(card);
          for (let i = 0; i < 50 && !card.shadowRoot.textContent; i++) {
            await new Promise((done) => setTimeout(done, 100));
          }
          const said = card.shadowRoot.textContent;
          card.remove();
          return said;
        }"""
    )
    assert told == "days muss eine ganze Zahl von 7 bis 31 sein."
    description = await page.evaluate(
        """() => window.customCards
          .find((card) => card.type === "magnesium-card").description"""
    )
    assert description.startswith("Das Magnesium einer Person heute")


async def test_an_entry_shows_the_weight_it_was_read_as(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """ "20 almonds" reads as 24 g: a wrong reading would show at once."""
    demo.call("log_food", food="20 almonds")
    card = card_of(await open_card())

    await expect(card.locator(".entry .meta").first).to_contain_text("20 piece (24 g)")
    demo.call("remove_entry", entry_id=demo.entries()[0]["id"])


async def test_any_food_from_the_search_box_and_undo(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Search, pick a food, choose a unit it has, log; the toast's Undo removes it."""
    page = await open_card()
    card = card_of(page)
    before = demo.number(INTAKE)
    foods = demo.call("search_foods", query="pumpkin seeds", limit=6)["foods"]
    pumpkin = next(food for food in foods if food["name"] == "pumpkin seeds")

    await card.get_by_role("combobox", name="Food").fill("pumpkin seeds")
    option = card.get_by_role("option").filter(has_text="pumpkin seeds").first
    await option.click()
    unit = card.get_by_role("combobox", name="Unit")
    await expect(unit.locator("option")).to_have_text(pumpkin["units"])
    await card.get_by_role("spinbutton", name="Amount").fill("2")
    await unit.select_option("tbsp")
    await card.get_by_role("button", name="Log", exact=True).click()

    after = await demo.wait_for_change(INTAKE, before)
    newest = demo.entries()[0]
    assert (newest["label"], newest["quantity"], newest["unit"]) == (
        "pumpkin seeds",
        2,
        "tbsp",
    )
    assert after == pytest.approx(before + newest["magnesium_mg"])
    # Home Assistant's toast (its text shows twice: on screen and for readers).
    toast = page.get_by_text(f"Logged pumpkin seeds, {mg(newest['magnesium_mg'])} mg")
    await expect(toast.first).to_be_visible()
    await page.get_by_role("button", name="Undo", exact=True).click()
    assert await demo.wait_for_change(INTAKE, after) == pytest.approx(before)
    assert newest["id"] not in {entry["id"] for entry in demo.entries()}


async def test_a_whole_phrase_and_a_supplement_in_mg(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Typed as said, "20 almonds" is read like Assist reads it; a dose in mg."""
    card = card_of(await open_card())
    before = demo.number(INTAKE)
    search = card.get_by_role("combobox", name="Food")
    await search.fill("20 almonds")
    await search.press("Enter")
    after = await demo.wait_for_change(INTAKE, before)
    newest = demo.entries()[0]
    assert (newest["label"], newest["grams"]) == ("almonds", 24)
    await expect(search).to_have_value("")

    supplements = demo.number(SUPPLEMENTS)
    await card.get_by_role("spinbutton", name="Supplement, mg of magnesium").fill("50")
    await card.get_by_role("button", name="Log supplement").click()
    assert await demo.wait_for_change(SUPPLEMENTS, supplements) == supplements + 50
    for entry in demo.entries()[:2]:
        demo.call("remove_entry", entry_id=entry["id"])
    assert after == pytest.approx(before + newest["magnesium_mg"])
    assert demo.number(INTAKE) == pytest.approx(before)


async def test_a_removal_can_be_undone(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """The toast after a removal logs the entry again, as it was."""
    demo.call("log_food", food="banana")
    page = await open_card()
    card = card_of(page)
    before = demo.number(INTAKE)
    newest = demo.entries()[0]
    await card.locator(".entry .remove").first.click()
    after = await demo.wait_for_change(INTAKE, before)
    await expect(page.get_by_text(f"Removed {newest['label']}").first).to_be_visible()
    await page.get_by_role("button", name="Undo", exact=True).click()
    assert await demo.wait_for_change(INTAKE, after) == pytest.approx(before)
    again = demo.entries()[0]
    assert (again["label"], again["magnesium_mg"], again["logged_at"]) == (
        newest["label"],
        newest["magnesium_mg"],
        newest["logged_at"],
    )
    demo.call("remove_entry", entry_id=again["id"])


async def test_a_month_of_bars_opens_a_day(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """With `days: 30` the chart holds a month; a tap on a bar shows that day."""
    page = await open_card()
    await page.evaluate(
        """() => {
            const card = document.createElement("magnesium-card");
            card.id = "month-card";
            card.setConfig({
                type: "custom:magnesium-card",
                entity: "sensor.alex_intake_today",
                days: 30,
            });
            card.hass = document.querySelector("home-assistant").hass;
            document.body.append(card);
        }"""
    )
    month = page.locator("#month-card")
    await expect(month.locator(".day")).to_have_count(30)
    await expect(month.get_by_text("Last 30 days")).to_be_visible()
    today = demo.call("get_log")["days"][-1]["date"]
    shown = (date.fromisoformat(today) - timedelta(days=3)).isoformat()
    day = demo.call("get_log", start_date=shown, end_date=shown)["days"][0]
    await month.locator(f'[data-key="day-{shown}"]').click()
    await expect(month.locator(".ring-total")).to_have_text(mg(day["intake_today_mg"]))
    await expect(month.locator(".entry")).to_have_count(len(day["entries"]))


async def test_the_editor_reads_each_favorite_as_a_tap_would(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Every favourite shows what it will log, or why it cannot."""
    page = await open_card()
    await page.evaluate(
        """() => {
            const editor = document.createElement("magnesium-card-editor");
            editor.id = "editor-under-test";
            editor.hass = document.querySelector("home-assistant").hass;
            editor.setConfig({
                type: "custom:magnesium-card",
                entity: "sensor.alex_intake_today",
                favorites: [
                    {food: "almonds", quantity: 1, unit: "oz"},
                    {food: "almonds", unit: "handfull"},
                    {food: "plork zzqx"},
                ],
            });
            document.body.append(editor);
        }"""
    )
    checks = page.locator("#editor-under-test .favorite-checks li")
    await expect(checks).to_have_count(3)
    # USDA SR 12563 almonds, dry roasted: 279 mg / 100 g.
    await expect(checks.nth(0)).to_have_text(
        "Almonds, 1 oz: 1 oz of almonds, 28 g, 79 mg"
    )
    await expect(checks.nth(1)).to_have_text(
        re.compile(r"^Almonds, handfull: .*handfull")
    )
    await expect(checks.nth(2)).to_have_text(
        re.compile(r"^Plork zzqx: .*plork zzqx", re.I)
    )
    await expect(page.locator("#editor-under-test .favorite-error")).to_have_count(2)


async def test_a_past_day_is_shown_and_corrected(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Step back to yesterday, correct an entry: the day's totals and bar follow."""
    log = demo.call("get_log")
    today = log["days"][-1]["date"]
    yesterday = (date.fromisoformat(today) - timedelta(days=1)).isoformat()

    def day_log() -> dict[str, Any]:
        answer = demo.call("get_log", start_date=yesterday, end_date=yesterday)
        day: dict[str, Any] = answer["days"][0]
        return day

    before = day_log()
    entries = sorted(before["entries"], key=lambda e: e["logged_at"], reverse=True)
    assert entries, "the demo has entries yesterday"
    card = card_of(await open_card())

    await card.get_by_role("button", name="Previous day").click()
    await expect(card.locator(".entry .label")).to_have_text(
        [entry["label"] for entry in entries], ignore_case=True
    )
    await expect(card.locator(".ring-total")).to_have_text(
        mg(before["intake_today_mg"])
    )
    await expect(card.locator(".day.is-shown .value")).to_have_text(
        mg(before["intake_today_mg"])
    )
    await expect(card.get_by_role("button", name="Next day")).to_be_enabled()

    newest = entries[0]
    await card.locator(".entry .edit-button").first.click()
    amount = card.get_by_label("Amount" if newest["kind"] == "food" else "Dose (mg)")
    await expect(amount).to_have_value(f"{newest['quantity']:g}")
    await amount.fill(f"{newest['quantity'] * 2:g}")
    await card.get_by_role("button", name="Save").click()

    deadline = time.monotonic() + UPDATE_TIMEOUT
    while (after := day_log())["intake_today_mg"] == before["intake_today_mg"]:
        assert time.monotonic() < deadline, "the entry was not corrected"
        await asyncio.sleep(0.1)
    corrected = next(e for e in after["entries"] if e["id"] == newest["id"])
    assert corrected["quantity"] == newest["quantity"] * 2
    assert after["intake_today_mg"] == pytest.approx(
        before["intake_today_mg"] - newest["magnesium_mg"] + corrected["magnesium_mg"]
    )
    await expect(card.locator(".ring-total")).to_have_text(mg(after["intake_today_mg"]))
    await expect(card.locator(".day.is-shown .value")).to_have_text(
        mg(after["intake_today_mg"])
    )
    await expect(card.locator("form")).to_have_count(0)

    await card.get_by_role("button", name="Next day").click()
    await expect(card.locator(".subtitle")).to_have_text("Today")
    demo.call("update_entry", entry_id=newest["id"], quantity=newest["quantity"])


async def test_warning_above_the_supplement_limit(
    demo: Demo, open_card: Callable[..., Awaitable[Page]]
) -> None:
    """Past the limit the bar says by how much, in words too."""
    card = card_of(await open_card())
    limit = demo.number(LIMIT)
    supplements = demo.number(SUPPLEMENTS)
    assert supplements <= limit, "the demo day starts below the limit"
    await expect(card.locator(".warning")).to_have_count(0)

    while supplements <= limit:
        button = card.get_by_role("button", name=SUPPLEMENT_BUTTON)
        await expect(button).to_be_enabled()
        await button.click()
        supplements = await demo.wait_for_change(SUPPLEMENTS, supplements)

    excess = supplements - limit
    assert demo.state(LIMIT_EXCEEDED) == "on"
    await expect(card.locator(".warning")).to_have_text(
        f"Above limit by {mg(excess)} mg"
    )
    await expect(
        card.get_by_role(
            "img",
            name=(
                f"Supplements {mg(supplements)} mg of {mg(limit)} mg limit, "
                f"above the limit by {mg(excess)} mg"
            ),
        )
    ).to_be_visible()


async def test_screenshots(
    demo: Demo, open_card: Callable[..., Awaitable[Page]], tmp_path: Path
) -> None:
    """Light and dark, phone and tablet: nothing overflows; screenshots saved."""
    # One dose of the usual supplement, so that both colours show.
    for entry in demo.entries():
        if entry["kind"] == "supplement":
            demo.call("remove_entry", entry_id=entry["id"])
    demo.call("log_supplement", **SUPPLEMENT)
    folder = screenshot_dir(tmp_path)

    for width, device in ((PHONE, "phone"), (TABLET, "tablet")):
        for scheme in ("light", "dark"):
            page = await open_card(width, scheme)
            await expect(card_of(page).locator(".ring-total")).to_have_text(
                mg(demo.number(INTAKE))
            )
            assert await page.evaluate("document.documentElement.scrollWidth") <= width
            await save_card(page, folder / f"card-{device}-{scheme}.png")
            if device == "tablet" and scheme == "light":
                # The card and the built-in cards; the charts below need days
                # of recorder history that a fresh demo does not have.
                await page.screenshot(
                    path=folder / "dashboard-tablet-light.png",
                    full_page=True,
                    clip={"x": 0, "y": 0, "width": width, "height": 1400},
                    animations="disabled",
                )

    # Yesterday, with an entry being corrected.
    page = await open_card(PHONE, "light")
    card = card_of(page)
    await card.get_by_role("button", name="Previous day").click()
    await expect(card.locator(".entry").first).to_be_visible()
    await card.locator(".entry .edit-button").first.click()
    await expect(card.locator("form")).to_be_visible()
    await save_card(page, folder / "card-phone-light-yesterday.png")

    demo.call("log_supplement", **SUPPLEMENT)
    page = await open_card(PHONE, "light")
    await expect(card_of(page).locator(".warning")).to_be_visible()
    await save_card(page, folder / "card-phone-light-limit.png")
