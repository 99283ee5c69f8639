"""Warning feeds under load: `vaern serve --workers 2` on a loopback port against a
PostgreSQL database with published warnings from 20 organisations, driven by Debian's
`wrk` (C, one thread) with a Lua script that rotates through the hub-wide and
per-organisation Atom and JSON feeds, two thirds of the requests conditional
(If-None-Match or If-Modified-Since, answered 304) and one third plain (200)."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

TITLE = "Warning feeds: Atom/JSON under HTTP load (2 workers, conditional GET)"
ORGS = 20
WARNINGS_PER_ORG = 10
CONNECTIONS = 32
SECONDS = 20
PG = os.environ.get("VAERN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

LUA = r"""
local reqs = {}
local i = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  n200, n304, nother = 0, 0, 0
  for line in io.lines(args[1]) do
    local path, kind, value = line:match("^(%S+)\t(%S+)\t(.*)$")
    local headers = {}
    if kind == "inm" then headers["If-None-Match"] = value end
    if kind == "ims" then headers["If-Modified-Since"] = value end
    table.insert(reqs, wrk.format("GET", path, headers))
  end
end
function request()
  i = i % #reqs + 1
  return reqs[i]
end
function response(status, headers, body)
  if status == 200 then n200 = n200 + 1
  elseif status == 304 then n304 = n304 + 1
  else nother = nother + 1 end
end
function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("n200"); b = b + t:get("n304"); c = c + t:get("nother")
  end
  io.write(string.format(
    "RESULT {\"requests\": %d, \"seconds\": %.3f, \"p50\": %.3f, \"p90\": %.3f, "
    .. "\"p99\": %.3f, \"max\": %.3f, \"s200\": %d, \"s304\": %d, \"other\": %d, "
    .. "\"errors\": %d}\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    a, b, c, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def _database() -> tuple[str, str]:
    """A throwaway PostgreSQL database: (its URL, its name)."""
    import sqlalchemy as sa

    name = f"vaern_bench_feeds_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return PG.rsplit("/", 1)[0] + "/" + name, name


def _drop(name: str) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _fill(url: str) -> list[str]:
    """Organisations with published warnings (synthetic texts); returns their slugs."""
    from vaern import db
    from vaern.db import utcnow
    from vaern.orgs.models import Organisation
    from vaern.warnings.models import ScamWarning

    db.upgrade(url)
    now = utcnow()
    slugs = []
    with db.session_scope(url) as s:
        for o in range(ORGS):
            org = Organisation(slug=f"bank-{o:02d}", name=f"Bank {o:02d} A/S")
            s.add(org)
            s.flush()
            slugs.append(org.slug)
            for w in range(WARNINGS_PER_ORG):
                at = now - timedelta(hours=o * WARNINGS_PER_ORG + w)
                domain = f"bank{o:02d}-sikker{w}.example.com"
                s.add(
                    ScamWarning(
                        organisation_id=org.id,
                        status="published",
                        version=2,
                        title={
                            "da": f"Falske sms'er om spærret konto ({w})",
                            "en": f"Fake texts about a blocked account ({w})",
                        },
                        summary={
                            "da": "Svindlere udgiver sig for at være os og beder dig logge "
                            "ind med MitID på et falsk link for at undgå, at kontoen lukkes.",
                            "en": "Scammers pretend to be us and ask you to log in with MitID "
                            "on a fake link to keep your account open.",
                        },
                        advice={
                            "da": "Klik ikke på linket. Vi sender aldrig links i sms'er.",
                            "en": "Do not click the link. We never send links by text.",
                        },
                        channels=["sms", "email"],
                        examples=[
                            f"Din konto er spærret. Bekræft dig på https://{domain}/login "
                            "inden kl. 18, ellers lukkes den. Mvh. [NAME]",
                            f"Vi har registreret et mistænkeligt køb på [CARD]. Annullér på "
                            f"https://{domain}/annuller",
                        ],
                        indicators={"domains": [domain], "sender_ids": [f"Bank{o:02d}"]},
                        published_at=at,
                        created_at=at,
                        updated_at=at,
                        search_text="spærret konto mitid",
                    )
                )
    return slugs


_writes = [0]


def _touch(url: str) -> None:
    """Change one published warning (its updated_at), as staff editing it would."""
    import sqlalchemy as sa

    from vaern import db
    from vaern.db import utcnow
    from vaern.warnings.models import ScamWarning

    with db.session_scope(url) as s:
        w = s.scalars(
            sa.select(ScamWarning).where(ScamWarning.status == "published").limit(1)
        ).first()
        if w is not None:
            w.updated_at = utcnow()
            _writes[0] += 1


def _writer(url: str, stop: threading.Event) -> None:
    while not stop.wait(1.0):
        _touch(url)


def _validators(base: str, paths: list[str]) -> list[str]:
    """One line per request in the rotation: path, kind (plain|inm|ims), header value."""
    import httpx2

    lines = []
    with httpx2.Client(base_url=base, timeout=10) as c:
        for path in paths:
            r = c.get(path)
            r.raise_for_status()
            lines += [
                f"{path}\tinm\t{r.headers['etag']}",
                f"{path}\tims\t{r.headers['last-modified']}",
                f"{path}\tplain\t-",
            ]
    return lines


def _wait(base: str) -> None:
    import httpx2

    for _ in range(600):
        try:
            if httpx2.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx2.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server did not start")


def run() -> list[tuple[str, str]]:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError(
            "wrk is missing: apt-get install wrk (scripts/ensure-system-packages.sh)"
        )
    figures = [("load average (1/5/15 min) at start", _load())]
    url, name = _database()
    server = None
    workdir = Path(tempfile.mkdtemp(prefix="vaern-bench-feeds-"))
    try:
        slugs = _fill(url)
        port = _free_port()
        env = {
            **os.environ,
            "VAERN_DATABASE_URL": url,
            "VAERN_VAR_DIR": str(workdir / "var"),
            "VAERN_RUN_JOBS": "false",
            "VAERN_LOG_LEVEL": "WARNING",
        }
        argv = [str(Path(sys.executable).parent / "vaern"), "serve", "--no-migrate"]
        argv += ["--port", str(port), "--workers", "2"]
        server = subprocess.Popen(argv, env=env)  # noqa: S603 - our own command line
        base = f"http://127.0.0.1:{port}"
        _wait(base)
        paths = ["/feeds/warnings.atom", "/feeds/warnings.json"]
        paths += [f"/feeds/{s}/warnings.{k}" for s in slugs for k in ("atom", "json")]
        rotation = workdir / "requests.tsv"
        rotation.write_text("\n".join(_validators(base, paths)) + "\n")
        script = workdir / "feeds.lua"
        script.write_text(LUA)
        # Warm both workers' caches and connections, then measure.
        warm = [
            wrk,
            "-t1",
            f"-c{CONNECTIONS}",
            "-d3s",
            "-s",
            str(script),
            base,
            "--",
            str(rotation),
        ]
        subprocess.run(warm, check=True, capture_output=True)  # noqa: S603
        figures.append(("load average just before the measured run", _load()))
        cmd = [wrk, "-t1", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", "-s", str(script)]
        cmd += [base, "--", str(rotation)]
        # A writer changes one warning per second meanwhile (a new stamp for the hub feed
        # and that organisation's), so the stamps are re-read as they would be in use.
        stop = threading.Event()
        changes = threading.Thread(target=_writer, args=(url, stop), daemon=True)
        changes.start()
        try:
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout  # noqa: S603
        finally:
            stop.set()
            changes.join()
        # After the last change, the old validator must not match any more.
        stale = _validators(base, [paths[0]])[0].split("\t")[2]
        _touch(url)
        import httpx2

        fresh = httpx2.get(f"{base}{paths[0]}", headers={"If-None-Match": stale}, timeout=10)
        if fresh.status_code != 200 or fresh.headers["etag"] == stale:
            raise RuntimeError("a change did not reach the feed")
        found = re.search(r"^RESULT (.*)$", out, re.M)
        if found is None:
            raise RuntimeError(out)
        r = json.loads(found.group(1))
        rate = r["requests"] / r["seconds"]
        figures += [
            (
                "database",
                f"PostgreSQL, {ORGS} organisations × {WARNINGS_PER_ORG} published warnings",
            ),
            ("server", "`vaern serve --workers 2` (uvicorn), jobs off, loopback"),
            (
                "load generator",
                f"`wrk -t1 -c{CONNECTIONS} -d{SECONDS}s --latency -s feeds.lua` over "
                f"{len(paths)} feeds (hub + per organisation, Atom + JSON)",
            ),
            ("request mix", "1/3 If-None-Match, 1/3 If-Modified-Since, 1/3 plain"),
            ("changes committed during the run", f"{_writes[0]} (one warning every second)"),
            ("requests/s", f"{rate:,.0f}"),
            ("responses 200 / 304 / other", f"{r['s200']:,} / {r['s304']:,} / {r['other']:,}"),
            ("socket errors", str(r["errors"])),
            (
                "latency p50 / p90 / p99 / max (ms)",
                f"{r['p50']:.2f} / {r['p90']:.2f} / {r['p99']:.2f} / {r['max']:.2f}",
            ),
            ("load average at end", _load()),
        ]
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        _drop(name)
        shutil.rmtree(workdir, ignore_errors=True)
    return figures
