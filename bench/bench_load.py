"""Load on a real server (issue 17): 50 concurrent clients for 60 s on each of the public
check, the event intake, the public report intake and the warning feeds, against SQLite
and PostgreSQL.

For each database: a fresh database (a throwaway one on PostgreSQL), migrated, the demo
organisation loaded. For each route: tokens created just before (cold: never used), a
freshly started ``vaern serve`` (loopback, a free port, one worker), then the clients,
then the server stopped. Per route: requests, requests/s, the status histogram, 5xx other
than 503 (must be 0), hangs (no answer within ``HANG_SECONDS``: must be 0), p50/p99
latency and the server's peak resident memory (VmHWM of the process and its children).

``python -m bench load`` runs it fully (about 10 minutes); ``python -m bench load
--seconds 5 --clients 10`` is a smoke run (the options become ``VAERN_BENCH_SECONDS`` and
``VAERN_BENCH_CLIENTS``; ``--routes check,feeds`` and ``--databases SQLite`` narrow
it). Reports come from many made-up addresses through a trusted
proxy header, as citizens behind a proxy would; each is under the per-client report limit.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.bench_check import _free_port, _load
from bench.pgdb import throwaway_database
from vaern import config, db
from vaern.demo import DEMO_SLUG, load_demo
from vaern.orgs import service as orgs
from vaern.orgs.schemas import TokenCreate

TITLE = "Load: 50 clients per route on a real server, SQLite and PostgreSQL (issue 17)"
HANG_SECONDS = 30.0
ROUTES = ("check", "events", "reports", "feeds")
VAERN = [sys.executable, "-c", "from vaern.cli import app; app()"]

CHECK_TEXTS = [
    "Din pakke venter. Betal told på https://postnord-levering.example.com/betal",
    "MitID: din adgang udløber i dag. Bekræft her http://mitid-dk.example.net",
    "Hej mor, jeg har fået nyt nummer. Kan du overføre 4.000 kr? Det haster",
    "Din ordre er afsendt og ankommer i morgen mellem 10 og 14.",
    "Skat: Du har penge tilgode. Udfyld dine kortoplysninger på skat-refusion.example.org",
]


@dataclass
class Tally:
    statuses: Counter[int] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    hangs: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int, seconds: float) -> None:
        with self.lock:
            self.statuses[status] += 1
            self.latencies.append(seconds)


def _peak_rss_kib(pid: int) -> int:
    """VmHWM (peak resident set) of ``pid`` plus its live children, in KiB."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def _get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    except OSError:
        return 0
    finally:
        conn.close()


@contextmanager
def _server(settings: config.Settings) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    env = {
        **os.environ,
        "VAERN_DATABASE_URL": settings.resolved_database_url(),
        "VAERN_VAR_DIR": str(settings.var_dir),
        "VAERN_PORT": str(port),
        "VAERN_RUN_JOBS": "false",
        "VAERN_REPORT_SMTP_IN_SERVER": "false",
        "VAERN_RATE_LIMIT": "1000000/minute",
        "VAERN_TRUSTED_PROXIES": "127.0.0.1",
        "VAERN_LOG_LEVEL": "WARNING",
    }
    argv = [*VAERN, "serve", "--no-migrate", "--port", str(port), "--workers", "1"]
    server = subprocess.Popen(  # noqa: S603 - our own command line
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while _get(port, "/healthz") != 200:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        yield server, port
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


Request = tuple[str, str, bytes | None, dict[str, str]]


def _requests(route: str, token: str, worker: int) -> Iterator[Request]:
    """The endless request sequence of one client on ``route``."""
    json_type = {"Content-Type": "application/json"}
    for n in itertools.count():
        if route == "check":
            body = {"text": CHECK_TEXTS[(n + worker) % len(CHECK_TEXTS)], "channel": "sms"}
            yield "POST", "/api/v1/check", json.dumps(body).encode(), json_type
        elif route == "events":
            event = {
                "event_id": f"load-{worker}-{n}",
                "type": "login" if n % 3 else "card_payment",
                "channel": "netbank",
                "occurred_at": "2026-11-02T08:00:00+00:00",
                "account_id": f"acc-{worker}-{n % 20}",
            }
            if event["type"] == "card_payment":
                del event["channel"]
                event |= {
                    "amount": 250 + n % 900,
                    "merchant_country": "DK" if n % 2 else "LT",
                    "card_present": False,
                    "sca": False,
                }
            headers = {**json_type, "Authorization": f"Bearer {token}"}
            yield "POST", "/api/v1/events", json.dumps(event).encode(), headers
        elif route == "reports":
            # A made-up citizen per report (under the per-client report limit).
            address = f"10.{worker}.{(n >> 8) & 255}.{n & 255}"
            report = {
                "organisation": DEMO_SLUG,
                "text": f"{CHECK_TEXTS[n % len(CHECK_TEXTS)]} (ref {worker}-{n})",
                "channel": "sms",
                "sender": "DemoBank",
                "consent": True,
            }
            headers = {**json_type, "X-Forwarded-For": address}
            yield "POST", "/api/v1/reports", json.dumps(report).encode(), headers
        else:
            paths = (
                "/feeds/warnings.atom",
                "/feeds/warnings.json",
                f"/feeds/{DEMO_SLUG}/warnings.atom",
                f"/feeds/{DEMO_SLUG}/warnings.json",
            )
            yield "GET", paths[(n + worker) % len(paths)], None, {}


def _client(port: int, route: str, token: str, worker: int, until: float, tally: Tally) -> None:
    conn: http.client.HTTPConnection | None = None
    for method, path, body, headers in _requests(route, token, worker):
        if time.monotonic() >= until:
            break
        if conn is None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=HANG_SECONDS)
        started = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            tally.add(response.status, time.perf_counter() - started)
            if response.getheader("connection", "").lower() == "close":
                conn.close()
                conn = None
        except TimeoutError:
            with tally.lock:
                tally.hangs += 1
            conn.close()
            conn = None
        except OSError:  # reset or refused: counted as status 0
            tally.add(0, time.perf_counter() - started)
            conn.close()
            conn = None
    if conn is not None:
        conn.close()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def _tokens(settings: config.Settings) -> str:
    """A new events token of the demo organisation, never used (cold)."""
    with db.session_scope(settings.database_url) as s:
        org = orgs.get_organisation_by_slug(s, slug=DEMO_SLUG)
        token, _ = orgs.create_token(
            s,
            organisation_id=org.id,
            actor=None,
            data=TokenCreate(name="load", scopes=["events:write"]),
        )
    return token


def _route(settings: config.Settings, route: str, clients: int, seconds: float) -> dict[str, str]:
    token = _tokens(settings)
    with _server(settings) as (server, port):
        tally = Tally()
        started = time.monotonic()
        until = started + seconds
        threads = [
            threading.Thread(target=_client, args=(port, route, token, w, until, tally))
            for w in range(clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        health = _get(port, "/healthz")
        rss = _peak_rss_kib(server.pid)
    total = sum(tally.statuses.values())
    bad = sum(n for s, n in tally.statuses.items() if (s >= 500 and s != 503) or s == 0)
    histogram = ", ".join(f"{s}: {n}" for s, n in sorted(tally.statuses.items()))
    return {
        "requests": str(total),
        "rps": f"{total / elapsed:.0f}",
        "statuses": histogram or "-",
        "5xx other than 503 (and resets)": str(bad),
        f"hangs (> {HANG_SECONDS:.0f} s)": str(tally.hangs),
        "p50 / p99": f"{_percentile(tally.latencies, 0.5) * 1000:.0f} / "
        f"{_percentile(tally.latencies, 0.99) * 1000:.0f} ms",
        "peak RSS": f"{rss / 1024:.0f} MiB",
        "/healthz after": str(health),
    }


@contextmanager
def _sqlite() -> Iterator[config.Settings]:
    with tempfile.TemporaryDirectory() as var:
        url = f"sqlite:///{var}/load.db"
        settings = config.configure(
            var_dir=Path(var), database_url=url, rate_limit="1000000/minute", run_jobs=False
        )
        db.upgrade(url)
        try:
            yield settings
        finally:
            db.dispose_engines()


def _load_demo(settings: config.Settings) -> None:
    with db.session_scope(settings.database_url) as s:
        load_demo(s)


def run() -> list[tuple[str, str]]:
    seconds = float(os.environ.get("VAERN_BENCH_SECONDS", "60"))
    clients = int(os.environ.get("VAERN_BENCH_CLIENTS", "50"))
    databases: dict[str, Callable[[], AbstractContextManager[config.Settings]]] = {
        "SQLite": _sqlite,
        "PostgreSQL": throwaway_database,
    }
    only = os.environ.get("VAERN_BENCH_ROUTES", "")
    routes = [r for r in ROUTES if not only or r in only.split(",")]
    only = os.environ.get("VAERN_BENCH_DATABASES", "")
    databases = {k: v for k, v in databases.items() if not only or k in only.split(",")}
    figures: list[tuple[str, str]] = [
        ("clients × seconds per route", f"{clients} × {seconds:g} s"),
        ("load average (1/5/15 min) at start", _load()),
    ]
    for name, database in databases.items():
        with database() as settings:
            _load_demo(settings)
            for route in routes:
                found = _route(settings, route, clients, seconds)
                print(f"   {name} {route}: {found}", flush=True)
                figures += [(f"{name} {route}: {k}", v) for k, v in found.items()]
    figures.append(("load average at end", _load()))
    return figures
