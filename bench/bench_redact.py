"""Throughput of ``redact()`` with the default recogniser set, on one core, one text at a
time and in batches (``redact_many``, as bulk intake and the database scan call it)."""

from __future__ import annotations

import time
from pathlib import Path

from bench import pii_corpus
from vaern.privacy.recognizers import REGISTRY
from vaern.privacy.redact import redact, redact_many

TITLE = "PII redaction throughput (default recogniser set, one core)"
# As the bulk callers batch: reports' API batches and mail ingest (500 at a time).
BATCH = 500

# Ordinary prose between the generated fraud-team texts (bench/pii_corpus.py), so the PII
# density resembles a case note rather than a list of identifiers.
PROSE = (
    "Kunden fortæller, at hun modtog en besked om en pakke, der ikke kunne leveres, og at "
    "hun skulle betale et mindre gebyr. Hun trykkede på linket og udfyldte formularen. "
    "Senere ringede en person, der påstod at være fra bankens sikkerhedsafdeling. "
)


def _text(target_bytes: int, prose_per_line: int = 1) -> str:
    lines = [s["text"] for s in pii_corpus.generate(size=2000)]
    parts: list[str] = []
    size = 0
    i = 0
    while size < target_bytes:
        chunk = f"{lines[i % len(lines)]} {PROSE * prose_per_line}\n"
        parts.append(chunk)
        size += len(chunk.encode())
        i += 1
    return "".join(parts)


def _throughput(text: str, chunk: int, rounds: int = 3, batch: int = 0) -> tuple[float, float]:
    """Best of ``rounds`` MB/s by the wall clock and per CPU-second (the second ignores
    waiting for a core on a shared machine), redacting ``text`` in pieces of ``chunk``
    characters (the size of a report or a note) as the storage boundary would: one by one,
    or with ``batch`` pieces to each ``redact_many`` call."""
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)]
    size = len(text.encode())
    wall = cpu = float("inf")
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        if batch:
            for at in range(0, len(pieces), batch):
                redact_many(pieces[at : at + batch])
        else:
            for piece in pieces:
                redact(piece)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return size / wall / 1_000_000, size / cpu / 1_000_000


def run() -> list[tuple[str, str]]:
    load = ", ".join(Path("/proc/loadavg").read_text().split()[:3])
    figures = [("load average at start (1/5/15 min)", load), ("recognisers", str(len(REGISTRY)))]
    # Dense: one corpus line (several identifiers, dates, amounts) per ~250 characters of
    # prose. Sparse: one per ~2,500 characters, closer to a long case note or e-mail.
    for label, prose in (("dense", 1), ("sparse", 10)):
        text = _text(3_000_000, prose)
        figures.append((f"{label} input", f"{len(text.encode()) / 1e6:.1f} MB"))
        for chunk in (2_000, 100_000):
            wall, cpu = _throughput(text, chunk)
            figures.append((f"{label}: MB/s, one core, {chunk:,}-character pieces", f"{wall:.2f}"))
            figures.append(
                (f"{label}: MB per CPU-second, {chunk:,}-character pieces", f"{cpu:.2f}")
            )
        if label == "dense":
            _, cpu = _throughput(text, 2_000, batch=BATCH)
            figures.append(
                (
                    f"dense: MB per CPU-second, 2,000-character pieces in batches of {BATCH}",
                    f"{cpu:.2f}",
                )
            )
    figures.append(("target", ">= 5 MB/s per core"))
    # The machine is shared; a busy one explains a low figure.
    figures.append(("load average at end", Path("/proc/loadavg").read_text().split()[0]))
    return figures
