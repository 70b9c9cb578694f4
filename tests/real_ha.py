"""A real Home Assistant started by scripts/develop, for the tests that need one.

It runs as its own process (in a session of its own) on a free loopback port,
and the tests talk to it over HTTP like the frontend does.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import time
from typing import Any
import urllib.parse
import urllib.request

import pytest

from custom_components.magnesium.ledger_store import (
    PersonState,
    month_key,
    storage_key,
)
from scripts.demo_seed import DEMO_PASSWORD, DEMO_USERNAME

REPO = Path(__file__).resolve().parent.parent
# A first start (seeding included) takes about 10 s on a laptop; CI can be slower.
START_TIMEOUT = 90.0
STOP_TIMEOUT = 20.0


def stored_state(config_dir: Path, entry_id: str) -> PersonState:
    """A person's state as its files hold it: the head and every month's file."""
    folder = config_dir / ".storage"
    key = storage_key(entry_id)
    state = PersonState.from_head(json.loads((folder / key).read_text())["data"])
    for path in folder.glob(month_key(key, "[0-9][0-9][0-9][0-9]-[0-9][0-9]")):
        state.ledger.read_days(json.loads(path.read_text())["data"]["days"])
    state.ledger.loaded()
    return state


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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def stop(process: subprocess.Popen[bytes]) -> bool:
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
        if not group_alive(pgid):
            break
        clean = sig is signal.SIGINT
        os.killpg(pgid, sig)
        deadline = time.monotonic() + timeout
        while group_alive(pgid) and time.monotonic() < deadline:
            process.poll()  # reaps the script itself once it exits
            time.sleep(0.2)
    process.wait()
    return clean


def launch(config_dir: Path, output: Path) -> Instance:
    """Start scripts/develop on a free port with `config_dir` (its own session)."""
    port = free_port()
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
    return Instance(process, f"http://127.0.0.1:{port}", config_dir, output)


def new_config_dir(parent: Path) -> Path:
    """A config folder like a fresh clone's config/: only configuration.yaml."""
    config_dir = parent / "config"
    config_dir.mkdir()
    shutil.copy(REPO / "config" / "configuration.yaml", config_dir)
    return config_dir
