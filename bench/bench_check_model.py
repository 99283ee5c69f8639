"""Message check in-process with the shipped classifier and calibrated score (no HTTP):
SMS-sized checks/s on one core, and the classifier's single-text probabilities/s.

Both per wall-clock second and per CPU second of this process: the machine is shared, and
under load the wall-clock rate measures the other processes as much as this one."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from bench.bench_check import SMS

TITLE = "Message check in-process: classifier and calibrated score"


def _rate(fn: Callable[[str], object], seconds: float) -> tuple[float, float]:
    """(per wall-clock second, per CPU second of this process)."""
    n, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        fn(SMS[n % len(SMS)])
        n += 1
    return n / (time.perf_counter() - start), n / (time.process_time() - cpu)


def _best(rates: list[tuple[float, float]], k: int) -> str:
    return f"{max(r[k] for r in rates):,.0f}"


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def run() -> list[tuple[str, str]]:
    from vaern.messages import check, classifier

    check(SMS[0])  # load the model, the score model and the directory
    figures = [("load average (1/5/15 min) at start", _load())]
    checks = [_rate(lambda t: check(t, channel="sms"), 5.0) for _ in range(3)]
    probs = [_rate(classifier.probability, 3.0) for _ in range(3)]
    figures += [
        ("SMS-sized checks per wall-clock s (one process; best of 3 × 5 s)", _best(checks, 0)),
        ("SMS-sized checks per CPU s (best of 3 × 5 s)", _best(checks, 1)),
        ("classifier probabilities per wall-clock s (single text)", _best(probs, 0)),
        ("classifier probabilities per CPU s (single text)", _best(probs, 1)),
        ("load average at end", _load()),
    ]
    return figures
