"""Monitoring detection quality on the seeded synthetic stream (``vaern monitor quality``).

2,000 accounts over 14 days with 20 injected scenarios of each of the five kinds; see
``vaern.monitoring.quality`` for what is generated and how it is scored. Not a real-world
estimate: the injected frauds were written by the same team as the typologies.
"""

from __future__ import annotations

import os

from vaern.monitoring.quality import evaluate, generate

TITLE = "Monitoring quality (issue 9): typologies and online model on a synthetic stream"


def run() -> list[tuple[str, str]]:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    command = "vaern monitor quality --accounts 2000 --days 14 --frauds 20 --seed 9"
    figures = [("load average at start (1/5/15 min)", load), ("same as", command)]
    return figures + evaluate(generate(accounts=2000, days=14, frauds_per_kind=20, seed=9))
