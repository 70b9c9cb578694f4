"""scripts/develop starts a real Home Assistant in which the integration runs.

The Home Assistant here is the real `hass` process, started by the script on a
free loopback port with a temporary config folder; the test talks to it over
HTTP like the frontend does. Select or skip it with `-m real_ha`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
import os
from pathlib import Path
import re
import signal
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from zoneinfo import ZoneInfo

import pytest

from scripts.demo_seed import (
    DEMO_ENTRY_ID,
    DEMO_PASSWORD,
    DEMO_PERSON_ENTITY_ID,
    DEMO_USERNAME,
    machine_time_zone,
)
from tests.real_ha import (
    REPO,
    Instance,
    launch,
    new_config_dir,
    stop,
    stored_state,
)

# A log record starts with its time; the lines after it (tracebacks) belong to it.
LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d [\d:.]+ (?P<level>[A-Z]+) ", re.MULTILINE)

pytestmark = pytest.mark.real_ha


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Replace conftest's fixture: no in-process Home Assistant in this module."""


@pytest.fixture
def start_develop(
    tmp_path: Path, socket_enabled: None
) -> Iterator[Callable[[], Instance]]:
    """Start scripts/develop on a free port with a copy of config/.

    Each start uses the same folder; whatever still runs is stopped afterwards.
    """
    config_dir = new_config_dir(tmp_path)
    instances: list[Instance] = []

    def start() -> Instance:
        instance = launch(config_dir, tmp_path / f"develop-{len(instances)}.out")
        instances.append(instance)
        return instance

    try:
        yield start
    finally:
        for instance in instances:
            stop(instance.process)


def _errors_about_magnesium(log: str) -> list[str]:
    """Error records (with their tracebacks) that mention the integration."""
    # The checkout's own folder may be called magnesium; its path says nothing.
    log = log.replace(str(REPO), "<repo>")
    records = list(LOG_RECORD.finditer(log))
    ends = [record.start() for record in records[1:]] + [len(log)]
    return [
        log[record.start() : end]
        for record, end in zip(records, ends, strict=True)
        if record["level"] in ("ERROR", "CRITICAL")
        and "magnesium" in log[record.start() : end]
    ]


def _recorded_intake_sum(config_dir: Path) -> float | None:
    """The last sum of the demo person's intake statistic, once recorded."""
    query = (
        "SELECT statistics.sum FROM statistics JOIN statistics_meta"
        " ON statistics.metadata_id = statistics_meta.id"
        " WHERE statistics_meta.statistic_id = 'magnesium:alex_intake'"
        " ORDER BY statistics.start_ts DESC LIMIT 1"
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        database = sqlite3.connect(config_dir / "home-assistant_v2.db")
        try:
            row = database.execute(query).fetchone()
        except sqlite3.OperationalError:  # no tables yet
            row = None
        finally:
            database.close()
        if row is not None:
            return float(row[0])
        time.sleep(0.5)
    return None


def _check_running_demo(develop: Instance) -> str:
    """Check the integration runs with the demo data; return the entry id."""
    develop.wait_for_http()
    token = develop.log_in()
    config = develop.wait_for_config(token)
    assert "magnesium" in config["components"]
    assert config["time_zone"] == machine_time_zone()

    # What the frontend loads first; it fails when Home Assistant cannot
    # import a base platform (a package missing from the environment).
    try:
        described = develop.request("/api/services", token=token)
    except urllib.error.HTTPError as err:
        log = (develop.config_dir / "home-assistant.log").read_text()
        missing = sorted(set(re.findall(r"No module named '[\w.]+'", log)))
        pytest.fail(f"GET /api/services: {err}, the frontend cannot load: {missing}")
    services = {domain["domain"]: domain["services"] for domain in described}
    assert "log_food" in services["magnesium"]

    states = {
        state["entity_id"]: state
        for state in develop.request("/api/states", token=token)
    }
    assert DEMO_PERSON_ENTITY_ID in states
    intake = states["sensor.alex_intake_today"]
    assert intake["attributes"]["unit_of_measurement"] == "mg"
    assert states["binary_sensor.alex_supplement_limit_exceeded"]["state"] in (
        "on",
        "off",
    )

    # The person's entry is loaded, and its sensors show what the seed stored.
    (entry,) = develop.request(
        "/api/config/config_entries/entry?domain=magnesium", token=token
    )
    assert entry["state"] == "loaded"
    # The example dashboard's buttons name the demo person by this id.
    assert entry["entry_id"] == DEMO_ENTRY_ID
    ledger = stored_state(develop.config_dir, entry["entry_id"]).ledger
    today = datetime.now(ZoneInfo(config["time_zone"])).date()
    assert float(intake["state"]) == ledger.totals(today).total_mg
    average = states["sensor.alex_7_day_average"]["state"]
    assert float(average) == ledger.average_mg(today)
    # Every seeded day reaches the intake statistic the dashboard charts.
    before, hours = ledger.hourly_mg(0, lambda day: 0)
    assert _recorded_intake_sum(develop.config_dir) == round(
        before + sum(hours.values()), 2
    )

    assert not _errors_about_magnesium(
        (develop.config_dir / "home-assistant.log").read_text()
    )
    assert f"user {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r}" in (
        develop.output.read_text()
    )
    return str(entry["entry_id"])


def test_develop_runs_the_integration(
    start_develop: Callable[[], Instance],
) -> None:
    """Demo login, entities with the seeded data, a clean log; again on a new port."""
    first = start_develop()
    # The integration comes from the repo, through the config folder's link.
    link = first.config_dir / "custom_components"
    entry_id = _check_running_demo(first)
    assert link.is_symlink()
    assert link.resolve() == REPO / "custom_components"
    # A clean stop: Home Assistant handled Ctrl+C and the script passed on its 0.
    assert stop(first.process), "Ctrl+C did not stop Home Assistant"
    assert first.process.returncode == 0, first.tail()

    # The next start keeps the state (no new seed) and moves to its own port.
    second = start_develop()
    assert _check_running_demo(second) == entry_id
    assert "Seeded" not in second.output.read_text()


def test_kill_9_under_steady_load_loses_nothing_acknowledged(
    start_develop: Callable[[], Instance],
) -> None:
    """Logs every 50 ms, then SIGKILL: every entry acknowledged 2 s before is on disk.

    Under steady use a trailing debounce never writes at all; the bounded save
    delay must. Two cycles: the second one starts from the first one's file.
    """
    for cycle in range(2):
        develop = start_develop()
        develop.wait_for_http()
        token = develop.log_in()
        develop.wait_for_config(token)
        (entry,) = develop.request(
            "/api/config/config_entries/entry?domain=magnesium", token=token
        )
        acknowledged: list[tuple[float, str]] = []
        load_until = time.monotonic() + 4.0
        while time.monotonic() < load_until:
            answer = develop.request(
                "/api/services/magnesium/log_food?return_response",
                json_body={
                    "config_entry_id": entry["entry_id"],
                    "food": f"soak {cycle}",
                    "magnesium_mg": 1,
                },
                token=token,
            )
            entry_id = answer["service_response"]["entry"]["id"]
            acknowledged.append((time.monotonic(), entry_id))
            time.sleep(0.05)
        os.killpg(develop.process.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        develop.process.wait()

        ledger = stored_state(develop.config_dir, entry["entry_id"]).ledger
        on_disk = {stored_entry.id for stored_entry in ledger}
        due = {entry_id for at, entry_id in acknowledged if killed_at - at > 2.0}
        assert len(due) > 10
        assert due <= on_disk, f"cycle {cycle}: {len(due - on_disk)} lost"
