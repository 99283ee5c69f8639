"""Campaign grouping: fingerprinting alone, and full report intake (redact, dedupe, group,
store) into an embedded SQLite database on one core."""

from __future__ import annotations

import random
import resource
import tempfile
import time
from pathlib import Path

from vaern import config, db
from vaern.orgs import service as orgs
from vaern.orgs.schemas import OrganisationCreate
from vaern.reports import service
from vaern.reports.schemas import ReportCreate
from vaern.warnings import fingerprint

TITLE = "Campaign grouping (reports/s, one core)"

TEMPLATES = [
    "Din pakke venter. Betal told {n} kr via https://pn-{d}.example.com/b inden i dag.",
    "Dit MitID udløber i dag. Forny det her https://mitid-{d}.example.com for at undgå spærring.",
    "Hej mor, min telefon er gået i stykker. Kan du overføre {n} kr til min nye konto?",
    "Skattestyrelsen: Du har {n} kr til gode. Udfyld dine kortoplysninger på https://skat-{d}.example.com",
    "Din konto hos Demo Bank er låst. Ring {n} straks eller log ind på https://db-{d}.example.com",
]


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    return [
        rng.choice(TEMPLATES).format(n=rng.randint(10, 99999), d=rng.randint(1, 40))
        for _ in range(count)
    ]


def run() -> list[tuple[str, str]]:
    texts = _texts(20_000)
    start = time.perf_counter()
    for t in texts:
        fingerprint.band_keys(t)
    fp_rate = len(texts) / (time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        config.configure(var_dir=Path(tmp), database_url=url, run_jobs=False)
        db.upgrade(url)
        with db.session_scope(url) as s:
            orgs.create_organisation(s, data=OrganisationCreate(slug="bench", name="Bench"))
        n = 5_000
        start = time.perf_counter()
        with db.session_scope(url) as s:
            for i, t in enumerate(texts[:n]):
                data = ReportCreate(
                    organisation="bench", text=t, channel="sms", sender=None, consent=True
                )  # type: ignore[call-arg]
                service.submit_report(s, data=data, reporter=f"r{i}")
                if i % 500 == 499:
                    s.commit()
        intake = n / (time.perf_counter() - start)
        with db.session_scope(url) as s:
            from sqlalchemy import func, select

            from vaern.reports.models import Campaign

            campaigns = s.scalar(select(func.count(Campaign.id)))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        ("fingerprint (normalise + MinHash 64 + 16 LSH bands)", f"{fp_rate:,.0f} texts/s"),
        (
            "full intake into SQLite (redact, dedupe, group, store), 5,000 reports",
            f"{intake:,.0f} reports/s",
        ),
        ("campaigns formed from 5 templates x 40 link domains", f"{campaigns}"),
        ("peak RSS of the benchmark process", f"{rss:,.0f} MiB"),
        ("1,000,000 reports at the measured intake rate", f"{1_000_000 / intake / 60:,.1f} min"),
    ]
