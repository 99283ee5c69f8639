"""Message check throughput in-process (with the classifier) and HTTP latency on loopback.

The HTTP part runs `vaern serve` in its own process group on a temporary SQLite database
seeded with member organisations (channels and policies) and published warnings, and loads
it with `wrk` (Debian package; one thread, 50 connections, a Lua script that cycles through
varied SMS bodies). wrk is a closed loop: each connection sends its next request when the
previous answer arrives, so latency = connections / throughput (Little's law).

Environment: VAERN_BENCH_WORKERS (default 2; 0 runs `vaern serve` without --workers, for
an old build), VAERN_BENCH_SECONDS (default 20), VAERN_BENCH_CONNECTIONS (default 50),
VAERN_BENCH_DATABASE_URL (default: a temporary SQLite file; give an empty PostgreSQL
database to measure on PostgreSQL).
"""

from __future__ import annotations

import json
import os
import re
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vaern.web.serving import connections_per_worker

TITLE = "Message check (vaern.messages.check and POST /api/v1/check)"
SMS = [
    "PostNord: Din pakke afventer told 19 kr. Betal her: http://postnord-levering.com/b",
    "Hej, skal vi spise sammen i aften kl 18?",
    "Din engangskode til MitID er 482913. Del aldrig koden med andre.",
    "MitID: Din MitID udløber i dag. Forny: https://mitid-forny.com/login",
    "Hej mor, jeg har fået nyt nummer. Kan du overføre 4.500 kr?",
]

MEMBERS = 20  # member organisations, each with channels and a policy
WARNINGS = 40  # published warnings (plus as many drafts that must not match)


def _bodies() -> list[dict[str, str]]:
    """Varied, synthetic SMS bodies: scams, legitimate notices, member claims, warnings."""
    out: list[dict[str, str]] = [{"text": t, "channel": "sms"} for t in SMS]
    out += [
        {"text": t, "channel": "sms"}
        for t in (
            "Din tid hos tandlægen er bekræftet til tirsdag kl. 9.30. Svar NEJ for at aflyse.",
            "GLS: Din pakke leveres i morgen mellem 10 og 14. Følg den i GLS-appen.",
            "Skattestyrelsen: Du har 6.230 kr til gode. Udfyld dine kortoplysninger her: "
            "https://skat-refusion.net/dk",
            "Din Netflix-konto er suspenderet. Opdater betaling inden 24 timer: "
            "http://netf1ix-konto.com",
            "Hi, your parcel could not be delivered. Pay 1.99 GBP: https://bit.ly/3xYpkg",
            "Tak for din betaling på 249,00 kr til Elselskabet. Kvittering i din netbank.",
            "Vi har registreret et nyt login på din konto. Var det ikke dig, ring til os på "
            "70 12 34 56.",
            "Hej far, min telefon er gået i stykker, det her er mit nye nummer. Skriv på WhatsApp.",
            "Du har vundet en iPhone 17! Indløs din præmie nu: http://præmie-dk.com/vind",
            "Energistyrelsen: Du er berettiget til elstøtte på 2.400 kr. Ansøg: "
            "https://elstotte-dk.org",
        )
    ]
    for n in range(MEMBERS):
        name = f"Bank{n:02d}"
        out.append(
            {
                "text": f"{name}: Din konto er spærret. Log ind og bekræft dine oplysninger på "
                f"https://bank{n:02d}-sikker.example.net/login",
                "channel": "sms",
                "sender": name,
            }
        )
        out.append(
            {
                "text": f"{name}: Husk dit møde med din rådgiver i morgen kl. 14. Mvh {name}",
                "channel": "sms",
                "sender": name,
            }
        )
    for n in range(0, WARNINGS, 2):
        out.append(
            {
                "text": f"Din pakke er tilbageholdt. Betal gebyr på 29 kr: "
                f"https://told{n:02d}-pakke.example.net/betal",
                "channel": "sms",
            }
        )
    return out


def _seed(url: str) -> None:
    """Member organisations with channels and a policy, published and draft warnings."""
    from vaern import db
    from vaern.orgs import service as orgs
    from vaern.orgs.models import Role
    from vaern.orgs.schemas import OrganisationCreate, UserCreate
    from vaern.registry import service as registry
    from vaern.registry.schemas import ChannelCreate, Policy
    from vaern.warnings import service as warnings
    from vaern.warnings.models import WarningStatus
    from vaern.warnings.schemas import WarningCreate

    db.upgrade(url)
    with db.session_scope(url) as s:
        user = orgs.create_user(
            s, data=UserCreate(email="bench@example.com", password=secrets.token_urlsafe(16))
        )
        principals = []
        for n in range(MEMBERS):
            org = orgs.create_organisation(
                s, data=OrganisationCreate(slug=f"bank{n:02d}", name=f"Bank{n:02d}")
            )
            orgs.set_role(s, organisation_id=org.id, user_id=user.id, role=Role.admin)
            p = orgs.principal_for_user(s, user=user, organisation=org)
            principals.append(p)
            for kind, value in (
                ("sms_sender", f"Bank{n:02d}"),
                ("phone", f"+457010{n:02d}10"),
                ("web_domain", f"bank{n:02d}.example.dk"),
            ):
                registry.add_channel(s, principal=p, data=ChannelCreate(kind=kind, value=value))
            registry.set_policy(s, principal=p, policy=Policy(links="never", calls="never"))
        for n in range(WARNINGS):
            p = principals[n % MEMBERS]
            domain = f"told{n:02d}-pakke.example.net"
            w = warnings.create_warning(
                s,
                principal=p,
                data=WarningCreate.model_validate(
                    {
                        "title": {"da": f"Falske pakke-sms'er {n}", "en": f"Fake parcel {n}"},
                        "summary": {"da": "Svindel med pakker.", "en": "Parcel scam."},
                        "advice": {"da": "Klik ikke.", "en": "Do not click."},
                        "channels": ["sms"],
                        "examples": [f"Din pakke er tilbageholdt. Betal på https://{domain}/b"],
                        "indicators": {"domains": [domain]},
                    }
                ),
            )
            if n % 2 == 0:
                warnings.transition(s, principal=p, warning=w, to=WarningStatus.published)


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


LUA = """
local bodies = %s
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/check", {["Content-Type"] = "application/json"},
                    bodies[(n %% #bodies) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%%d duration_us=%%d non2xx=%%d errors=%%d\\n",
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout))
  for _, p in ipairs({50, 90, 95, 99, 99.9}) do
    io.write(string.format("BENCH p%%s=%%d\\n", p, latency:percentile(p)))
  end
  io.write(string.format("BENCH max=%%d\\n", latency.max))
end
"""


def _lua(bodies: list[dict[str, str]]) -> str:
    items = ", ".join("[==[" + json.dumps(b, ensure_ascii=False) + "]==]" for b in bodies)
    return LUA % ("{" + items + "}")


def _tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by ``root`` and its descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += times.get(pid, 0.0)
        todo += [p for p, parent in parents.items() if parent == pid]
    return total


def _preflight(base: str, bodies: list[dict[str, str]]) -> dict[str, int]:
    """Every body answers 200, and the mix covers member claims and warning matches."""
    import httpx2

    mix = {"scam": 0, "suspicious": 0, "unknown": 0, "genuine": 0, "member": 0, "warning": 0}
    members = {f"Bank{n:02d}" for n in range(MEMBERS)}
    for body in bodies:
        r = httpx2.post(f"{base}/api/v1/check", json=body, timeout=30)
        assert r.status_code == 200, r.text
        result = r.json()
        mix[result["verdict"]] += 1
        mix["member"] += result["claimed_organisation"] in members
        mix["warning"] += bool(result["matched_warnings"])
    assert mix["member"] >= MEMBERS and mix["warning"] >= WARNINGS // 2, mix
    return mix


def _http(seconds: int, connections: int, workers: int) -> list[tuple[str, str]]:
    import httpx2

    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("bench check needs wrk: apt-get install wrk")
    tmp = Path(tempfile.mkdtemp(prefix="vaern-bench-"))
    url = os.environ.get("VAERN_BENCH_DATABASE_URL") or f"sqlite:///{tmp / 'vaern.db'}"
    env = {
        **os.environ,
        "VAERN_VAR_DIR": str(tmp),
        "VAERN_DATABASE_URL": url,
        "VAERN_RATE_LIMIT": "100000/second",  # the limiter runs on every request
        "VAERN_RUN_JOBS": "false",  # production runs `vaern jobs worker` separately
    }
    seed = [
        sys.executable,
        "-c",
        "import sys; from bench.bench_check import _seed; _seed(sys.argv[1])",
    ]
    subprocess.run([*seed, url], env=env, check=True, cwd=Path(__file__).parent.parent)  # noqa: S603
    bodies = _bodies()
    script = tmp / "check.lua"
    script.write_text(_lua(bodies), encoding="utf-8")
    port = _free_port()
    vaern = str(Path(sys.executable).parent / "vaern")
    argv = [vaern, "serve", "--no-migrate", "--port", str(port)]
    if workers:
        argv += ["--workers", str(workers)]
    # Its JSON logs (one access line per request) go to a file, as in production, not
    # through a pipe that another process on these two cores would have to read.
    server_log = (tmp / "server.log").open("wb")
    server = subprocess.Popen(  # noqa: S603
        argv, env=env, start_new_session=True, stdout=server_log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # workers import the app in parallel: slow on a busy machine
            try:
                httpx2.get(f"{base}/healthz", timeout=1)
                break
            except httpx2.HTTPError:
                time.sleep(0.2)
        mix = _preflight(base, bodies)
        warm = [wrk, "-t1", f"-c{connections}", "-d3s", "-s", str(script), f"{base}/api/v1/check"]
        subprocess.run(warm, check=True, capture_output=True)  # noqa: S603
        load_before = _load()
        cpu0 = _tree_cpu(server.pid)
        cmd = [wrk, "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
        cmd += ["-s", str(script), f"{base}/api/v1/check"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        load = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)  # noqa: S603
        time.sleep(min(3.0, seconds / 2))
        split = connections_per_worker(server.pid, port) if workers else {}
        out = load.communicate()[0]
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = _tree_cpu(server.pid) - cpu0
        wrk_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        load_after = _load()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        server_log.close()
    got = {
        key: value
        for line in out.splitlines()
        if line.startswith("BENCH ")
        for key, value in re.findall(r"(\S+)=(\d+)", line)
    }
    requests = int(got["requests"])
    rate = requests / (int(got["duration_us"]) / 1e6)

    def ms(key: str) -> str:
        return f"{int(got[key]) / 1000:.1f}"

    backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    server_desc = f"`vaern serve --workers {workers}`" if workers else "`vaern serve`"
    return [
        ("load average (1/5/15 min) before the HTTP run", load_before),
        (
            "server",
            f"{server_desc} ({backend}, rate limits in "
            f"{env.get('VAERN_RATE_LIMIT_STORAGE', 'memory://')}, {MEMBERS} member organisations, "
            f"{WARNINGS // 2} published + {WARNINGS // 2} draft warnings)",
        ),
        (
            "load generator",
            f"wrk 4.1 (Debian), 1 thread, {connections} connections, "
            f"{seconds} s, {len(bodies)} SMS bodies in turn",
        ),
        (
            "body mix (verdicts; claims a member; matches a published warning)",
            ", ".join(f"{k} {v}" for k, v in mix.items()),
        ),
        (f"HTTP POST /api/v1/check, {connections} connections: requests/s", f"{rate:,.0f}"),
        (
            "HTTP latency p50 / p90 / p95 / p99 / p99.9 / max (ms)",
            " / ".join(ms(k) for k in ("p50", "p90", "p95", "p99", "p99.9", "max")),
        ),
        ("responses other than 2xx; socket errors", f"{got['non2xx']}; {got['errors']}"),
        (
            "connections held by each worker during the run",
            " / ".join(str(n) for n in sorted(split.values(), reverse=True)) or "one process",
        ),
        (
            "server CPU time per request (all server processes, user + system)",
            f"{cpu / max(requests, 1) * 1000:.2f} ms",
        ),
        (
            "load generator CPU time per request (wrk)",
            f"{wrk_cpu / max(requests, 1) * 1000:.2f} ms",
        ),
        (
            "a mean latency <= 50 ms needs (Little's law: mean latency = connections / "
            "throughput; p99 needs more)",
            f">= {connections / 0.05:,.0f} requests/s, i.e. "
            f">= {connections / 0.05 * (cpu + wrk_cpu) / max(requests, 1):.2f} cores at this "
            "CPU time per request (server + wrk), before any queueing",
        ),
        ("load average at end", load_after),
    ]


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def _speed_reference() -> str:
    """A fixed pure-Python loop, best of five: this shared virtual machine's speed moves by
    a third from hour to hour, and runs are comparable only with this figure beside them."""
    best = float("inf")
    for _ in range(5):
        start, total = time.perf_counter(), 0
        for i in range(1_000_000):
            total += i * i % 7
        best = min(best, time.perf_counter() - start)
    return f"{best * 1000:.0f} ms"


def run() -> list[tuple[str, str]]:
    figures = [
        ("load average (1/5/15 min) at start", _load()),
        ("speed reference (fixed Python loop, best of 5; lower is faster)", _speed_reference()),
    ]
    rate = _in_process()
    figures += [("in-process SMS-sized checks/s (one core, with classifier)", f"{rate:,.0f}")]
    figures += _http(
        seconds=int(os.environ.get("VAERN_BENCH_SECONDS", "20")),
        connections=int(os.environ.get("VAERN_BENCH_CONNECTIONS", "50")),
        workers=int(os.environ.get("VAERN_BENCH_WORKERS", "2")),
    )
    return figures
