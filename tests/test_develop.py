"""scripts/develop starts a real Home Assistant in which the integration runs.

The Home Assistant here is the real `hass` process, started by the script on a
free loopback port with a temporary config folder; the test talks to it over
HTTP like the frontend does. Select or skip it with `-m real_ha`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
import json
import os
from pathlib import Path
import re
import shutil
import signal
import socket
import subprocess
import time
from typing import Any
import urllib.error
import urllib.parse
import urllib.request
from zoneinfo import ZoneInfo

import pytest

from custom_components.magnesium.ledger_store import PersonState, storage_key
from scripts.demo_seed import (
    DEMO_PASSWORD,
    DEMO_PERSON_ENTITY_ID,
    DEMO_USERNAME,
    machine_time_zone,
)

REPO = Path(__file__).resolve().parent.parent
# A first start (seeding included) takes about 10 s on a laptop; CI can be slower.
START_TIMEOUT = 90.0
STOP_TIMEOUT = 20.0
# A log record starts with its time; the lines after it (tracebacks) belong to it.
LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d [\d:.]+ (?P<level>[A-Z]+) ", re.MULTILINE)

pytestmark = pytest.mark.real_ha


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Replace conftest's fixture: no in-process Home Assistant in this module."""


@dataclass
class Instance:
    """A running scripts/develop."""

    process: subprocess.Popen[bytes]
    base_url: str
    config_dir: Path
    output: Path

    def request(
        self,
        path: str,
        *,
        json_body: dict[str, Any] | None = None,
        form: dict[str, str] | None = None,
        token: str | None = None,
    ) -> Any:
        """Send a request and return the decoded JSON answer."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        data = None
        if json_body is not None:
            data = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        elif form is not None:
            data = urllib.parse.urlencode(form).encode()
        request = urllib.request.Request(
            self.base_url + path, data=data, headers=headers
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def wait_for_http(self) -> None:
        """Wait for the web server; fail early if the script exits."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"scripts/develop exited early:\n{self.tail()}")
            try:
                # Served without login (an unauthorized API call would show up
                # as a failed login attempt in the UI).
                self.request("/manifest.json")
            except OSError:
                time.sleep(0.5)
            else:
                return
        pytest.fail(f"No Home Assistant after {START_TIMEOUT} s:\n{self.tail()}")

    def log_in(self) -> str:
        """Log in with the demo account the way the frontend does; return a token."""
        client_id = self.base_url + "/"
        flow = self.request(
            "/auth/login_flow",
            json_body={
                "client_id": client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": client_id,
            },
        )
        result = self.request(
            f"/auth/login_flow/{flow['flow_id']}",
            json_body={
                "client_id": client_id,
                "username": DEMO_USERNAME,
                "password": DEMO_PASSWORD,
            },
        )
        assert result["type"] == "create_entry", result
        tokens = self.request(
            "/auth/token",
            form={
                "grant_type": "authorization_code",
                "code": result["result"],
                "client_id": client_id,
            },
        )
        return str(tokens["access_token"])

    def wait_for_config(self, token: str) -> dict[str, Any]:
        """Wait until Home Assistant has started; return its configuration."""
        deadline = time.monotonic() + START_TIMEOUT
        while (config := self.request("/api/config", token=token))["state"] != (
            "RUNNING"
        ):
            assert time.monotonic() < deadline, f"Still {config['state']}"
            time.sleep(0.5)
        return dict(config)

    def tail(self) -> str:
        """The end of the script's output, for failure messages."""
        return "\n".join(self.output.read_text(errors="replace").splitlines()[-40:])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _stop(process: subprocess.Popen[bytes]) -> bool:
    """Stop the script like Ctrl+C does; return whether that was enough.

    Home Assistant only handles Ctrl+C once it runs, so whatever is left gets
    SIGTERM, then SIGKILL: nothing outlives the test.
    """
    # The script runs in a session of its own: its id is the process group's.
    pgid = process.pid
    clean = True
    for sig, timeout in (
        (signal.SIGINT, STOP_TIMEOUT),
        (signal.SIGTERM, 10.0),
        (signal.SIGKILL, 10.0),
    ):
        if not _group_alive(pgid):
            break
        clean = sig is signal.SIGINT
        os.killpg(pgid, sig)
        deadline = time.monotonic() + timeout
        while _group_alive(pgid) and time.monotonic() < deadline:
            process.poll()  # reaps the script itself once it exits
            time.sleep(0.2)
    process.wait()
    return clean


@pytest.fixture
def start_develop(
    tmp_path: Path, socket_enabled: None
) -> Iterator[Callable[[], Instance]]:
    """Start scripts/develop on a free port with a copy of config/.

    Each start uses the same folder; whatever still runs is stopped afterwards.
    """
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    shutil.copy(REPO / "config" / "configuration.yaml", config_dir)
    processes: list[subprocess.Popen[bytes]] = []

    def start() -> Instance:
        port = _free_port()
        output = tmp_path / f"develop-{port}.out"
        with output.open("wb") as out:
            process = subprocess.Popen(
                [
                    str(REPO / "scripts" / "develop"),
                    "--port",
                    str(port),
                    "--config",
                    str(config_dir),
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        processes.append(process)
        return Instance(process, f"http://127.0.0.1:{port}", config_dir, output)

    try:
        yield start
    finally:
        for process in processes:
            _stop(process)


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
    stored = develop.config_dir / ".storage" / storage_key(entry["entry_id"])
    ledger = PersonState.from_stored(json.loads(stored.read_text())["data"]).ledger
    today = datetime.now(ZoneInfo(config["time_zone"])).date()
    assert float(intake["state"]) == ledger.totals(today).total_mg
    average = states["sensor.alex_7_day_average"]["state"]
    assert float(average) == ledger.average_mg(today)

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
    assert _stop(first.process), "Ctrl+C did not stop Home Assistant"
    assert first.process.returncode == 0, first.tail()

    # The next start keeps the state (no new seed) and moves to its own port.
    second = start_develop()
    assert _check_running_demo(second) == entry_id
    assert "Seeded" not in second.output.read_text()
