"""Prepare a config folder for scripts/develop and seed it with a demo household.

`python -m scripts.demo_seed CONFIG_DIR [--reset] [--port N]`, run from the repo
root, wipes the folder's runtime state on `--reset`, links the integration (and
the repo's sentences, dashboards and blueprints) into it, seeds a folder that
has no state yet (owner account, onboarding done, location, the person Alex and
nine days of entries), stores the address to listen on and prints how to log
in. Everything is written through Home Assistant's and the integration's own
classes, so the files match what they read. tests/test_develop.py uses the
names below.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from dataclasses import dataclass
from datetime import datetime, time, timedelta
import json
import logging
import os
from pathlib import Path
import shutil
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Home Assistant and the integration take seconds to import: they are imported
# where something is written, so that a start with nothing to write is quick.
if TYPE_CHECKING:
    from custom_components.magnesium.ledger import Ledger
    from homeassistant.core import HomeAssistant

REPO = Path(__file__).resolve().parent.parent
# Loopback only: the demo account's password is no secret.
LISTEN_HOST = "127.0.0.1"

DEMO_USERNAME = "alex"
DEMO_PASSWORD = "magnesium"
DEMO_NAME = "Alex"
DEMO_PERSON_ENTITY_ID = "person.alex"
# The config entry id of the demo person, named by dashboards/magnesium.yaml.
DEMO_ENTRY_ID = "demo_alex"
DEMO_PERSON_DATA: dict[str, Any] = {
    "name": DEMO_NAME,
    "sex": "male",
    "birth_date": "1989-04-12",
    "life_stage": "none",
    "person_entity_id": DEMO_PERSON_ENTITY_ID,
}

# The repo's folders, linked where Home Assistant looks for them, so that
# edits show after a restart (or a reload of sentences and dashboards).
REPO_FOLDERS = (
    "custom_components",
    "dashboards",
    "blueprints/automation/magnesium",
)
# Runtime state that --reset removes; everything else in the folder is kept.
RUNTIME_STATE = (
    "automations.yaml",
    ".storage",
    ".seeding",
    ".HA_VERSION",
    ".ha_run.lock",
    "blueprints",
    "deps",
    "tts",
    "home-assistant_v2.db*",
    "home-assistant.log*",
)


@dataclass(frozen=True, slots=True)
class Portion:
    """A food portion and its magnesium (NIH Office of Dietary Supplements)."""

    label: str
    quantity: float
    unit: str
    magnesium_mg: float


ALMONDS = Portion("almonds", 1, "oz", 80)
APPLE = Portion("apple", 1, "medium", 9)
AVOCADO = Portion("avocado", 0.5, "cup", 22)
BANANA = Portion("banana", 1, "medium", 32)
BLACK_BEANS = Portion("black beans", 0.5, "cup", 60)
BREAD = Portion("whole wheat bread", 2, "slice", 46)
BROCCOLI = Portion("broccoli", 0.5, "cup", 10)
BROWN_RICE = Portion("brown rice", 0.5, "cup", 42)
CASHEWS = Portion("cashews", 1, "oz", 74)
CHICKEN = Portion("chicken breast", 3, "oz", 22)
CHOCOLATE = Portion("dark chocolate", 1, "oz", 65)
EDAMAME = Portion("edamame", 0.5, "cup", 50)
KIDNEY_BEANS = Portion("kidney beans", 0.5, "cup", 35)
MILK = Portion("milk", 1, "cup", 24)
OATMEAL = Portion("oatmeal", 1, "packet", 36)
PEANUT_BUTTER = Portion("peanut butter", 2, "tbsp", 49)
POTATO = Portion("baked potato", 3.5, "oz", 43)
PUMPKIN_SEEDS = Portion("pumpkin seeds", 1, "oz", 156)
SALMON = Portion("salmon", 3, "oz", 26)
SHREDDED_WHEAT = Portion("shredded wheat", 2, "biscuit", 61)
SOYMILK = Portion("soymilk", 1, "cup", 61)
SPINACH = Portion("spinach", 0.5, "cup", 78)
YOGURT = Portion("plain yogurt", 8, "oz", 42)


@dataclass(frozen=True, slots=True)
class Supplement:
    """A supplement dose in mg of elemental magnesium."""

    form: str
    magnesium_mg: float


CITRATE = Supplement("citrate", 200)
GLYCINATE = Supplement("glycinate", 200)

type Intake = Portion | Supplement

# Nine days ending today, as (hour, minute, what); meals still ahead today are
# left out. Alex's target is 420 mg and his supplement limit 350 mg: he takes
# 200 mg of citrate on some days, and four days ago a second dose on top.
DEMO_DAYS: tuple[tuple[tuple[int, int, tuple[Intake, ...]], ...], ...] = (
    (
        (7, 30, (OATMEAL, BANANA)),
        (12, 45, (BLACK_BEANS, BROWN_RICE)),
        (16, 0, (ALMONDS,)),
        (19, 15, (SALMON, SPINACH)),
    ),
    (
        (7, 15, (SHREDDED_WHEAT, MILK, CITRATE)),
        (12, 30, (BREAD, PEANUT_BUTTER)),
        (19, 0, (CHICKEN, POTATO, BROCCOLI)),
    ),
    (
        (8, 0, (YOGURT, BANANA)),
        (13, 0, (KIDNEY_BEANS, BROWN_RICE)),
        (15, 30, (CASHEWS,)),
        (19, 30, (EDAMAME, SALMON)),
    ),
    (
        (7, 45, (SOYMILK, OATMEAL, CITRATE)),
        (12, 30, (BLACK_BEANS, AVOCADO)),
        (19, 0, (SPINACH, CHICKEN)),
        (21, 0, (CHOCOLATE,)),
    ),
    (
        (7, 30, (BANANA, CITRATE)),
        (12, 15, (BREAD, PEANUT_BUTTER)),
        (16, 0, (PUMPKIN_SEEDS,)),
        (19, 0, (POTATO, BROCCOLI)),
        (22, 0, (GLYCINATE,)),
    ),
    (
        (8, 0, (OATMEAL, APPLE)),
        (13, 0, (BROWN_RICE, CHICKEN)),
        (19, 30, (KIDNEY_BEANS, AVOCADO)),
    ),
    (
        (7, 15, (SHREDDED_WHEAT, MILK, CITRATE)),
        (10, 30, (ALMONDS,)),
        (12, 30, (BLACK_BEANS, SPINACH)),
        (16, 0, (YOGURT,)),
    ),
    (
        (7, 30, (SOYMILK, BANANA)),
        (11, 0, (CASHEWS,)),
        (13, 0, (EDAMAME, BROWN_RICE)),
        (19, 0, (SALMON, SPINACH)),
        (21, 30, (CHOCOLATE,)),
    ),
    (
        (7, 30, (OATMEAL, BANANA)),
        (10, 30, (ALMONDS,)),
        (12, 30, (BLACK_BEANS, SPINACH)),
        (16, 0, (YOGURT,)),
        (19, 0, (SALMON, BROCCOLI)),
    ),
)


def machine_time_zone() -> str:
    """The machine's IANA time zone, so that the demo's "today" is the clock's."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with contextlib.suppress(OSError):
        # e.g. /usr/share/zoneinfo/Europe/Berlin (Linux) or
        # /var/db/timezone/zoneinfo/Europe/Berlin (macOS)
        link = str(Path("/etc/localtime").readlink())
        candidates.append(link.partition("zoneinfo/")[2])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if not name:
            continue
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            ZoneInfo(name)
            return name
    return "Europe/Berlin"


def demo_ledger(now: datetime) -> Ledger:
    """The demo days up to `now` (an aware local time), as the services log them."""
    from custom_components.magnesium.ledger import EntryKind, Ledger

    today = now.date()
    first_day = today - timedelta(days=len(DEMO_DAYS) - 1)
    ledger = Ledger(started=first_day)
    for offset, meals in enumerate(DEMO_DAYS):
        day = first_day + timedelta(days=offset)
        for hour, minute, intakes in meals:
            logged_at = datetime.combine(day, time(hour, minute), now.tzinfo)
            if logged_at > now:
                continue
            for intake in intakes:
                if isinstance(intake, Supplement):
                    ledger.add(
                        logged_at=logged_at,
                        day=day,
                        today=today,
                        kind=EntryKind.SUPPLEMENT,
                        label=f"Magnesium {intake.form}",
                        quantity=intake.magnesium_mg,
                        unit="mg",
                        magnesium_mg=intake.magnesium_mg,
                        form=intake.form,
                    )
                else:
                    ledger.add(
                        logged_at=logged_at,
                        day=day,
                        today=today,
                        kind=EntryKind.FOOD,
                        label=intake.label,
                        quantity=intake.quantity,
                        unit=intake.unit,
                        magnesium_mg=intake.magnesium_mg,
                    )
    return ledger


async def _async_seed(hass: HomeAssistant, time_zone: str) -> None:
    from custom_components.magnesium.config_flow import MagnesiumConfigFlow
    from custom_components.magnesium.const import DOMAIN
    from custom_components.magnesium.ledger_store import LedgerStorage, PersonState
    from custom_components.magnesium.targets import Person, daily_target_mg
    from homeassistant import config_entries
    from homeassistant.auth import auth_manager_from_config
    from homeassistant.auth.const import GROUP_ID_ADMIN
    from homeassistant.auth.providers.homeassistant import HassAuthProvider
    from homeassistant.components import onboarding, person
    from homeassistant.components.onboarding.const import STEPS
    from homeassistant.helpers import (
        collection,
        device_registry as dr,
        entity_registry as er,
    )
    from homeassistant.helpers.storage import Store

    # Location, metric units and time zone: the onboarding's core config step.
    await hass.config.async_update(
        location_name="Magnesium demo",
        latitude=52.52,
        longitude=13.405,
        elevation=34,
        unit_system="metric",
        time_zone=time_zone,
        currency="EUR",
        country="DE",
        language="en",
    )

    # The owner account, as the onboarding's user step creates it. The auth
    # store reads the device registry, which waits for the config entries.
    hass.config_entries = config_entries.ConfigEntries(hass, {})
    await hass.config_entries.async_initialize()
    dr.async_setup(hass)
    await asyncio.gather(dr.async_load(hass), er.async_load(hass))
    hass.auth = await auth_manager_from_config(hass, [{"type": "homeassistant"}], [])
    provider = hass.auth.auth_providers[0]
    assert isinstance(provider, HassAuthProvider)
    await provider.async_initialize()
    await provider.async_add_auth(DEMO_USERNAME, DEMO_PASSWORD)
    user = await hass.auth.async_create_user(DEMO_NAME, group_ids=[GROUP_ID_ADMIN])
    credentials = await provider.async_get_or_create_credentials(
        {"username": DEMO_USERNAME}
    )
    await hass.auth.async_link_user(user, credentials)

    id_manager = collection.IDManager()
    persons = person.PersonStorageCollection(
        person.PersonStore(hass, person.STORAGE_VERSION, person.STORAGE_KEY),
        id_manager,
        collection.YamlCollection(logging.getLogger(__name__), id_manager),
    )
    await persons.async_load()
    await persons.async_create_item({"name": DEMO_NAME, "user_id": user.id})

    await Store[dict[str, Any]](
        hass, onboarding.STORAGE_VERSION, onboarding.STORAGE_KEY, private=True
    ).async_save({"done": list(STEPS)})

    entry = config_entries.ConfigEntry(
        # Fixed, so that the example dashboard's buttons can name Alex.
        entry_id=DEMO_ENTRY_ID,
        domain=DOMAIN,
        title=DEMO_NAME,
        data=DEMO_PERSON_DATA,
        options={},
        source=config_entries.SOURCE_USER,
        # The config flow's unique id is the casefolded name.
        unique_id=DEMO_NAME.casefold(),
        version=MagnesiumConfigFlow.VERSION,
        minor_version=MagnesiumConfigFlow.MINOR_VERSION,
        discovery_keys=MappingProxyType({}),
        subentries_data=None,
    )
    await Store[dict[str, Any]](
        hass,
        config_entries.STORAGE_VERSION,
        config_entries.STORAGE_KEY,
        minor_version=config_entries.STORAGE_VERSION_MINOR,
    ).async_save({"entries": [entry.as_dict()]})

    now = datetime.now(ZoneInfo(time_zone))
    today = now.date()
    ledger = demo_ledger(now)
    target = daily_target_mg(Person.from_config(DEMO_PERSON_DATA), today)
    reached = ledger.totals(today).total_mg >= target
    await LedgerStorage(hass, entry.entry_id).async_save_now(
        PersonState(ledger, target_reached_on=today if reached else None)
    )


async def _async_listen_on(hass: HomeAssistant, port: int) -> None:
    # Since 2026.10 the HTTP settings live in storage: YAML is imported once,
    # as a trial to confirm in the UI within five minutes. Stored as confirmed
    # here, so every start can move to another port.
    from homeassistant.components.http.config import (
        HTTP_STORAGE_SCHEMA,
        ConfData,
        HTTPConfigStore,
    )
    from homeassistant.components.http.const import (
        CONF_SERVER_HOST,
        CONF_SERVER_PORT,
    )

    store = HTTPConfigStore(hass)
    await store.async_load()
    wanted = cast(
        "ConfData",
        HTTP_STORAGE_SCHEMA({CONF_SERVER_HOST: [LISTEN_HOST], CONF_SERVER_PORT: port}),
    )
    stable = {key: store.stable.get(key) for key in wanted}
    if stable != wanted or store.pending is not None:
        await store.async_set_pending(wanted)
        await store.async_promote_pending()
    if not store.yaml_migration_done:
        await store.async_mark_yaml_migration_done()


async def _async_write_storage(
    config_dir: Path, port: int, time_zone: str | None
) -> None:
    from homeassistant.core import HomeAssistant

    hass = HomeAssistant(str(config_dir))
    if time_zone is not None:
        await _async_seed(hass, time_zone)
    await _async_listen_on(hass, port)
    # The final write saves what the auth and person stores only scheduled;
    # a Home Assistant that was never started only runs it when forced.
    await hass.async_stop(force=True)


def listens_on(config_dir: Path, port: int) -> bool:
    """Whether the stored HTTP settings are already 127.0.0.1:port, confirmed.

    Only read here: if Home Assistant changes the format, they are written
    again through its own class.
    """
    try:
        stored = json.loads((config_dir / ".storage" / "http").read_text())["data"]
        stable = stored["stable"]
        return (
            stable["server_host"] == [LISTEN_HOST]
            and stable["server_port"] == port
            and stored["pending"] is None
            and stored["yaml_migration_done"] is True
        )
    except OSError, ValueError, KeyError, TypeError:
        return False


def write_storage(config_dir: Path, port: int, *, seed: bool) -> None:
    """Seed the demo household if asked, and store the port to listen on."""
    from homeassistant.runner import create_event_loop

    if not seed:
        asyncio.run(
            _async_write_storage(config_dir, port, None),
            loop_factory=create_event_loop,
        )
        return
    # Seeded aside and moved in at once: a failed seed leaves no half state.
    staging = config_dir / ".seeding"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        asyncio.run(
            _async_write_storage(staging, port, machine_time_zone()),
            loop_factory=create_event_loop,
        )
        (staging / ".storage").rename(config_dir / ".storage")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def reset(config_dir: Path) -> None:
    """Remove Home Assistant's runtime state, keep the configuration."""
    for pattern in RUNTIME_STATE:
        for path in config_dir.glob(pattern):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()


def link_repo_folder(config_dir: Path, name: str) -> None:
    """Let Home Assistant find a folder of the repo where it looks in its own."""
    link = config_dir / name
    link.parent.mkdir(parents=True, exist_ok=True)
    target = Path(os.path.relpath(REPO / name, link.parent))
    if link.is_symlink():
        if link.readlink() == target:
            return
        link.unlink()
    elif link.exists():
        raise SystemExit(f"{link} exists and is not a symlink; move it away first")
    link.symlink_to(target, target_is_directory=True)


def prepare(config_dir: Path, port: int, *, wipe: bool) -> bool:
    """Make the folder ready to run; return whether it was seeded now."""
    config_dir.mkdir(parents=True, exist_ok=True)
    configuration = config_dir / "configuration.yaml"
    if not configuration.exists():
        shutil.copyfile(REPO / "config" / "configuration.yaml", configuration)
    if wipe:
        reset(config_dir)
    for name in REPO_FOLDERS:
        link_repo_folder(config_dir, name)
    automations = config_dir / "automations.yaml"
    if not automations.exists():
        # configuration.yaml includes it; the automation editor writes to it.
        automations.write_text("[]\n", encoding="utf-8")
    seed = not (config_dir / ".storage").exists()
    if seed or not listens_on(config_dir, port):
        write_storage(config_dir, port, seed=seed)
    return seed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("config_dir", type=Path)
    parser.add_argument("--reset", action="store_true", help="wipe the state first")
    parser.add_argument("--port", type=int, default=8123)
    args = parser.parse_args()
    config_dir = args.config_dir.absolute()
    if prepare(config_dir, args.port, wipe=args.reset):
        print(f"Seeded a demo household in {config_dir}")
    print(
        f"Home Assistant: http://{LISTEN_HOST}:{args.port}"
        f"  (user {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r})"
    )


if __name__ == "__main__":
    main()
