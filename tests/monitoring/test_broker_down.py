"""The broker path when NATS is down: 503 with Retry-After, and nothing accepted is lost.

Runs its own NATS JetStream server (the ``nats-server`` binary, on a free port, with its
store in a temporary folder), so it can stop and restart it; skipped where the binary is
missing, required in CI."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import IN_CI, Tenant, auth
from tests.monitoring.test_api import seed
from tests.monitoring.test_cluster import in_thread, with_broker
from vaern.config import Settings
from vaern.monitoring.streaming import Bus


def _binary() -> str:
    found = shutil.which("nats-server") or shutil.which("/usr/sbin/nats-server")
    if found is None:
        if IN_CI:
            pytest.fail("nats-server is required in CI")
        pytest.skip("nats-server binary not installed")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(binary: str, port: int, store: Path) -> subprocess.Popen[bytes]:
    argv = [binary, "-a", "127.0.0.1", "-p", str(port), "-js", "-sd", str(store)]
    server = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise AssertionError("nats-server did not start")


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(10)


def test_ingest_answers_503_while_nats_is_down_and_loses_nothing_it_accepted(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings, tmp_path: Path
) -> None:
    binary, port, store = _binary(), _free_port(), tmp_path / "jetstream"
    url, prefix = f"nats://127.0.0.1:{port}", f"vt{uuid.uuid4().hex[:10]}"
    with_broker(settings, prefix, url)
    t, events = make_tenant(scopes=["events:write"]), seed()
    server = _start(binary, port, store)
    try:
        first = client.post("/api/v1/events", headers=auth(t.token), json=events[:5])
        assert first.status_code == 200 and first.json()["accepted"] == 5, first.text
        _stop(server)

        down = client.post("/api/v1/events", headers=auth(t.token), json=events[5:])
        assert down.status_code == 503, down.text
        assert down.headers["Retry-After"] == "2"
        assert down.json()["type"] == "urn:vaern:problem:unavailable"
        single = client.post("/api/v1/events", headers=auth(t.token), json=events[5])
        assert single.status_code == 503

        # The client retries the whole batch once the broker is back: the five events
        # stored before the outage are still there (same sequences), the rest are new.
        server = _start(binary, port, store)
        deadline = time.monotonic() + 20
        while True:  # as a client honouring Retry-After: until the publisher reconnected
            retry = client.post("/api/v1/events", headers=auth(t.token), json=events)
            if retry.status_code != 503 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert retry.status_code == 200, retry.text
        body = retry.json()
        assert (body["accepted"], body["duplicates"]) == (4, 5)
        before = [i["sequence"] for i in first.json()["items"]]
        assert [i["sequence"] for i in body["items"][:5]] == before

        async def stored() -> int:
            bus = await Bus.connect(url, prefix=prefix, partitions=2)
            try:
                return int((await bus.js.stream_info(bus.stream)).state.messages)
            finally:
                await bus.close()

        assert in_thread(stored) == len(events)
    finally:
        if server.poll() is None:
            _stop(server)
