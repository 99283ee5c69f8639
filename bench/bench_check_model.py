"""Message check in-process with the shipped classifier and calibrated score (no HTTP):
SMS-sized checks/s on one core, and the classifier's single-text probabilities/s."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from bench.bench_check import SMS

TITLE = "Message check in-process: classifier and calibrated score"


def _rate(fn: Callable[[str], object], seconds: float) -> float:
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn(SMS[n % len(SMS)])
        n += 1
    return n / (time.perf_counter() - start)


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def run() -> list[tuple[str, str]]:
    from vaern.messages import check, classifier

    check(SMS[0])  # load the model, the score model and the directory
    figures = [("load average (1/5/15 min) at start", _load())]
    checks = [_rate(lambda t: check(t, channel="sms"), 5.0) for _ in range(3)]
    probs = [_rate(classifier.probability, 3.0) for _ in range(3)]
    figures += [
        ("in-process SMS-sized checks/s (one core; best of 3 × 5 s)", f"{max(checks):,.0f}"),
        ("classifier probabilities/s (single text; best of 3 × 3 s)", f"{max(probs):,.0f}"),
        ("load average at end", _load()),
    ]
    return figures
