"""Message check throughput in-process (with the classifier) and HTTP latency on loopback."""

from __future__ import annotations

import asyncio
import os
import socket
import tempfile
import threading
import time
from pathlib import Path

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


def _http(clients: int = 50, per_client: int = 20) -> tuple[float, float, float]:
    import uvicorn

    from vaern.app import create_app
    from vaern.config import Settings

    var = tempfile.mkdtemp(prefix="vaern-bench-")
    os.environ["VAERN_VAR_DIR"] = var
    settings = Settings(var_dir=Path(var), rate_limit="1000000/minute")
    from vaern import db

    db.upgrade(settings.resolved_database_url())
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=port, log_config=None, access_log=False
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        start = time.perf_counter()
        lat = asyncio.run(_clients(f"http://127.0.0.1:{port}/api/v1/check", clients, per_client))
        elapsed = time.perf_counter() - start
    finally:
        server.should_exit = True
        thread.join()
    lat.sort()
    p50 = lat[len(lat) // 2] * 1000
    p99 = lat[int(len(lat) * 0.99) - 1] * 1000
    return len(lat) / elapsed, p50, p99


def run() -> list[tuple[str, str]]:
    rate = _in_process()
    figures = [("in-process SMS-sized checks/s (one core, with classifier)", f"{rate:,.0f}")]
    throughput, p50, p99 = _http()
    figures += [
        ("HTTP POST /api/v1/check, 50 concurrent clients: requests/s", f"{throughput:,.0f}"),
        ("HTTP p50 latency (ms)", f"{p50:.1f}"),
        ("HTTP p99 latency (ms)", f"{p99:.1f}"),
    ]
    return figures
