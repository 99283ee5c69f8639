"""Campaign grouping: fingerprinting alone, and full batch intake (redact, dedupe, group,
bulk store, one transaction per batch of 1,000) into SQLite and PostgreSQL on one core.

``VAERN_BENCH_REPORTS`` sets how many reports each database takes (default 60,000) and
``VAERN_BENCH_BACKENDS`` which databases (default ``sqlite,postgresql``); the full-size
run is ``VAERN_BENCH_REPORTS=1000000 VAERN_BENCH_BACKENDS=sqlite``. Texts are generated
batch by batch, so the peak RSS is the intake's, not the test data's."""

from __future__ import annotations

import os
import random
import resource
import secrets
import tempfile
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import psycopg
import sqlalchemy as sa

from vaern import config, db
from vaern.orgs import service as orgs
from vaern.orgs.schemas import OrganisationCreate
from vaern.reports import service
from vaern.reports.models import Campaign, CampaignKey
from vaern.reports.schemas import ReportCreate
from vaern.text import fingerprint

TITLE = "Campaign grouping (reports/s, one core)"
PG_ADMIN = os.environ.get("VAERN_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REPORTS = int(os.environ.get("VAERN_BENCH_REPORTS", "60000"))
BACKENDS = os.environ.get("VAERN_BENCH_BACKENDS", "sqlite,postgresql").split(",")
BATCH = 1_000

TEMPLATES = [
    "{hi} Din pakke venter. Betal told {n} kr via https://pn-{d}.example.com/b inden {when}.",
    "{hi} Dit MitID udløber {when}. Forny det her https://mitid-{d}.example.com for at undgå "
    "spærring.",
    "{hi} min telefon er gået i stykker. Kan du overføre {n} kr til min nye konto {when}?",
    "Skattestyrelsen: {hi} du har {n} kr til gode. Udfyld dine kortoplysninger på "
    "https://skat-{d}.example.com {when}",
    "{hi} Din konto hos {brand} er låst. Ring {n} straks eller log ind på "
    "https://db-{d}.example.com {when}",
    "{hi} {brand} har registreret et forsøg på at logge ind. Bekræft dig selv på "
    "https://verify-{d}.example.com {when} ellers lukkes kontoen",
]
HI = ["Hej", "Kære kunde", "Hej mor", "Vigtigt", "Besked", "Hej far", "Til dig"]
WHEN = ["inden i dag", "i aften", "inden kl 18", "senest i morgen", "nu", "hurtigst muligt"]
BRANDS = ["Demo Bank", "Nordbank", "Kystbank", "Fjordbank", "PostNord", "MobilePay"]


def texts(count: int, seed: int = 7) -> Iterator[tuple[str, str | None]]:
    """Scam texts in 6 x 7 x 6 x 6 wordings and 400 link domains, with senders."""
    rng = random.Random(seed)
    for _ in range(count):
        text = rng.choice(TEMPLATES).format(
            hi=rng.choice(HI),
            when=rng.choice(WHEN),
            brand=rng.choice(BRANDS),
            n=rng.randint(10, 99999),
            d=rng.randint(1, 400),
        )
        sender = rng.choice([None, "PostNrd", "Bank-Info", f"+45 {rng.randint(20, 99)} 11 22 33"])
        yield text, sender


def _intake(url: str, count: int) -> tuple[float, float, int, int]:
    with db.session_scope(url) as s:
        orgs.create_organisation(s, data=OrganisationCreate(slug="bench", name="Bench"))
    items = texts(count)
    wall, cpu = time.perf_counter(), time.process_time()
    for start in range(0, count, BATCH):
        batch = [
            (
                ReportCreate.model_validate(
                    {
                        "organisation": "bench",
                        "text": text,
                        "channel": "sms",
                        "sender": sender,
                        "consent": True,
                    }
                ),
                f"r{start + i}",
            )
            for i, (text, sender) in enumerate(islice(items, BATCH))
        ]
        with db.session_scope(url) as s:
            service.submit_reports(s, items=batch, source="bench")
            if start == 0 and s.get_bind().dialect.name == "postgresql":
                # Planner statistics, as autovacuum gathers them on a live system: without
                # them the key look-up plans a filter over the organisation's keys.
                s.execute(sa.text("ANALYZE campaign_keys; ANALYZE reports"))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    with db.session_scope(url) as s:
        campaigns = s.scalar(sa.select(sa.func.count(Campaign.id))) or 0
        keys = s.scalar(sa.select(sa.func.count(CampaignKey.id))) or 0
    return count / wall, count / cpu, campaigns, keys


def _postgresql(tmp: Path) -> tuple[float, float, int, int]:
    name = f"vaern_bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    try:
        config.configure(var_dir=tmp, database_url=url, run_jobs=False)
        db.upgrade(url)
        return _intake(url, REPORTS)
    finally:
        db.dispose_engines()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run() -> list[tuple[str, str]]:
    figures = [
        ("load average at start (1/5/15 min)", "{:.2f} / {:.2f} / {:.2f}".format(*os.getloadavg()))
    ]
    sample = [t for t, _ in texts(20_000, seed=3)]
    start = time.perf_counter()
    for i in range(0, len(sample), BATCH):
        fingerprint.band_keys_many(sample[i : i + BATCH])
    figures.append(
        (
            "fingerprint (normalise + MinHash 64 + 16 LSH bands), in batches",
            f"{len(sample) / (time.perf_counter() - start):,.0f} texts/s",
        )
    )
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in BACKENDS:
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            config.configure(var_dir=Path(tmp), database_url=url, run_jobs=False)
            db.upgrade(url)
            results.append(("SQLite", _intake(url, REPORTS)))
        if "postgresql" in BACKENDS:
            results.append(("PostgreSQL", _postgresql(Path(tmp))))
    for backend, (rate, cpu_rate, campaigns, keys) in results:
        figures += [
            (
                f"{backend}: full intake (redact, dedupe, group, store), {REPORTS:,} reports "
                f"in batches of {BATCH:,}",
                f"{rate:,.0f} reports/s ({cpu_rate:,.0f} per CPU-second of the client)",
            ),
            (f"{backend}: campaigns formed / grouping keys stored", f"{campaigns:,} / {keys:,}"),
            (
                f"{backend}: 1,000,000 reports at the measured rate",
                f"{1_000_000 / rate / 60:,.1f} min",
            ),
        ]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures += [
        ("peak RSS of the benchmark process", f"{rss:,.0f} MiB"),
        ("load average at end (1/5/15 min)", "{:.2f} / {:.2f} / {:.2f}".format(*os.getloadavg())),
    ]
    return figures
