"""Message check throughput in-process (with the classifier) and HTTP latency on loopback."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time

TITLE = "Message check (vaern.messages.check and POST /api/v1/check)"
SMS = [
    "PostNord: Din pakke afventer told 19 kr. Betal her: http://postnord-levering.com/b",
    "Hej, skal vi spise sammen i aften kl 18?",
    "Din engangskode til MitID er 482913. Del aldrig koden med andre.",
    "MitID: Din MitID udløber i dag. Forny: https://mitid-forny.com/login",
    "Hej mor, jeg har fået nyt nummer. Kan du overføre 4.500 kr?",
]


def _in_process(seconds: float = 5.0) -> float:
    from vaern.messages import check

    check(SMS[0])  # load the model and directory
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        check(SMS[n % len(SMS)], channel="sms")
        n += 1
    return n / (time.perf_counter() - start)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _clients(url: str, clients: int, per_client: int) -> list[float]:
    import httpx2

    latencies: list[float] = []

    async def one(client: httpx2.AsyncClient, k: int) -> None:
        for i in range(per_client):
            t = time.perf_counter()
            r = await client.post(url, json={"text": SMS[(k + i) % len(SMS)], "channel": "sms"})
            latencies.append(time.perf_counter() - t)
            assert r.status_code == 200, r.text

    async with httpx2.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(one(client, k) for k in range(clients)))
    return latencies


SERVER = """
import uvicorn
from vaern import db
from vaern.app import create_app
from vaern.config import settings
db.upgrade()
uvicorn.run(create_app(settings()), host="127.0.0.1", port={port}, log_config=None,
            access_log=False)
"""


def _http(clients: int = 50, per_client: int = 20) -> tuple[float, float, float]:
    """The server runs in its own process so the load generator does not share its GIL."""
    import httpx2

    port = _free_port()
    env = {
        **os.environ,
        "VAERN_VAR_DIR": tempfile.mkdtemp(prefix="vaern-bench-"),
        "VAERN_RATE_LIMIT": "1000000/minute",
    }
    argv = [sys.executable, "-c", SERVER.format(port=port)]  # our own fixed script
    server = subprocess.Popen(argv, env=env)  # noqa: S603
    try:
        for _ in range(300):
            try:
                httpx2.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx2.HTTPError:
                time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/api/v1/check"
        asyncio.run(_clients(url, 5, 4))  # warm up
        start = time.perf_counter()
        lat = asyncio.run(_clients(url, clients, per_client))
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
    lat.sort()
    p50 = lat[len(lat) // 2] * 1000
    p99 = lat[int(len(lat) * 0.99) - 1] * 1000
    return len(lat) / elapsed, p50, p99


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def run() -> list[tuple[str, str]]:
    figures = [("load average (1/5/15 min) at start", _load())]
    rate = _in_process()
    figures += [("in-process SMS-sized checks/s (one core, with classifier)", f"{rate:,.0f}")]
    throughput, p50, p99 = _http()
    figures += [
        ("HTTP POST /api/v1/check, 50 concurrent clients: requests/s", f"{throughput:,.0f}"),
        ("HTTP p50 latency (ms)", f"{p50:.1f}"),
        ("HTTP p99 latency (ms)", f"{p99:.1f}"),
        ("load average at end", _load()),
    ]
    return figures
