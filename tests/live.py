"""A real ``vaern serve`` process on a free loopback port, and plain HTTP requests to it
(load, outage and proxy tests)."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.loopback import free_port
from vaern.config import Settings

# The CLI through this interpreter, not the console script (the shared environment's
# script may point at another checkout's entry module).
VAERN = [sys.executable, "-c", "from vaern.cli import app; app()"]


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str]]:
    """Status and headers; a timeout or reset comes back as status 0 (a hang)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}
    except OSError:
        return 0, {}
    finally:
        conn.close()


@contextmanager
def serving(settings: Settings, **env_extra: str) -> Iterator[int]:
    port = free_port()
    env = {
        **os.environ,
        "VAERN_DATABASE_URL": settings.resolved_database_url(),
        "VAERN_VAR_DIR": str(settings.var_dir),
        "VAERN_RUN_JOBS": "false",
        "VAERN_REPORT_SMTP_IN_SERVER": "false",
        "VAERN_RATE_LIMIT": "100000/minute",
        **env_extra,
    }
    argv = [*VAERN, "serve", "--no-migrate", "--port", str(port), "--workers", "1"]
    server = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while request(port, "GET", "/healthz")[0] != 200:
            assert server.poll() is None, "the server exited while starting"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        yield port
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
