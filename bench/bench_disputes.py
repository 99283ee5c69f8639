"""Assessment throughput: the seed 003 dispute and a 500-transaction, 10-payer dispute."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

from vaern.disputes.engine import assess
from vaern.disputes.reference import REFERENCES
from vaern.disputes.schemas import DisputeInput

TITLE = "Disputes: § 100 assessment (pure engine, no database)"


def _large() -> DisputeInput:
    start = datetime(2025, 3, 5, 12, tzinfo=UTC)
    payers = [
        {
            "id": f"P{i}",
            "name": f"Payer {i}",
            "accounts": [{"id": f"P{i}-acc"}],
            "finding": "gross_negligence",
            "alternative_findings": ["no_fault", "intentional_disclosure"],
            "notified_at": (start + timedelta(minutes=40)).isoformat(),
        }
        for i in range(10)
    ]
    txs = [
        {
            "id": f"t{n}",
            "payer": f"P{n % 10}",
            "account": f"P{n % 10}-acc",
            "amount": f"{100 + n}.{n % 100:02d}",
            "at": (start + timedelta(seconds=5 * n)).isoformat(),
        }
        for n in range(500)
    ]
    return DisputeInput.model_validate(
        {"title": "bench", "objected_on": "2025-03-10", "payers": payers, "transactions": txs}
    )


def _rate(data: DisputeInput, seconds: float = 2.0) -> tuple[float, float]:
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        assess(data)
        n += 1
    elapsed = time.perf_counter() - t0
    return n / elapsed, elapsed / n * 1000


def run() -> list[tuple[str, str]]:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    seed_rate, seed_ms = _rate(REFERENCES[0].load())
    big_rate, big_ms = _rate(_large())
    return [
        ("load average at start (1/5/15 min; the 2 cores are shared)", load),
        ("seed 003 assessments per second", f"{seed_rate:,.0f}"),
        ("seed 003 mean time per assessment", f"{seed_ms:.3f} ms"),
        ("500 transactions / 10 payers, per second", f"{big_rate:,.1f}"),
        ("500 transactions / 10 payers, mean time", f"{big_ms:.2f} ms"),
    ]
