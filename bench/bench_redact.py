"""Throughput of ``redact()`` with the default recogniser set, on one core."""

from __future__ import annotations

import time
from pathlib import Path

from bench import pii_corpus
from vaern.privacy.recognizers import REGISTRY
from vaern.privacy.redact import redact

TITLE = "PII redaction throughput (default recogniser set, one core)"

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


def _throughput(text: str, chunk: int, rounds: int = 3) -> tuple[float, float]:
    """Best of ``rounds`` MB/s by the wall clock and per CPU-second (the second ignores
    waiting for a core on a shared machine), redacting ``text`` in pieces of ``chunk``
    characters (the size of a report or a note) as the storage boundary would."""
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)]
    size = len(text.encode())
    wall = cpu = float("inf")
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
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
    figures.append(("target", ">= 5 MB/s per core"))
    # The machine is shared; a busy one explains a low figure.
    figures.append(("load average at end", Path("/proc/loadavg").read_text().split()[0]))
    return figures
