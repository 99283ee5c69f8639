"""Quality of the PII recognisers on real public Danish text (bench/data/pii_real_public.jsonl,
built by bench/pii_real_public.py): excerpts written by others with example, test and
organisations' identifiers, labelled by hand by the project. Small; see docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from vaern.privacy.evaluation import evaluate, load
from vaern.privacy.redact import analyze

TITLE = "PII recognisers on real public Danish text (issue 18)"
DATA = Path(__file__).resolve().parent / "data" / "pii_real_public.jsonl"


def _overlapping(samples: list[dict]) -> dict[str, int]:
    """Per type, labelled spans that a finding of the same type at least overlaps: how many
    strict misses are boundary errors rather than nothing found."""
    hits: dict[str, int] = {}
    for item in samples:
        findings = analyze(item["text"])
        for span in item["spans"]:
            hit = any(
                f.entity == span["type"] and f.start < span["end"] and span["start"] < f.end
                for f in findings
            )
            hits[span["type"]] = hits.get(span["type"], 0) + hit
    return hits


def figures(data: Path) -> list[tuple[str, str]]:
    """Per type P / R / F1 of the recognisers on a labelled JSONL file (this one's and
    bench_pii_blind's)."""
    samples = load(data)
    result = evaluate(samples)
    overlapping = _overlapping(samples)
    sources = {s["source"] for s in samples if "source" in s}
    labelled = sum(len(s["spans"]) for s in samples)
    origin = f" from {len(sources)} public pages" if sources else ""
    figures = [
        (
            "corpus",
            f"{len(samples)} texts{origin} ({data.name}), {labelled} labelled spans, "
            f"{result.negatives} texts without personal data",
        ),
        ("type (n labelled)", "P / R / F1 (strict: type and exact offsets); TP, FP, FN; overlap"),
    ]
    for entity, score in result.scores.items():
        n = score.tp + score.fn
        figures.append(
            (
                f"{entity} (n={n})",
                f"{score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f}; "
                f"{score.tp}, {score.fp}, {score.fn}; {overlapping.get(entity, 0)} of {n}",
            )
        )
    overall = result.micro
    figures.append(
        (
            "overall (micro)",
            f"{overall.precision:.3f} / {overall.recall:.3f} / {overall.f1:.3f}; "
            f"{overall.tp}, {overall.fp}, {overall.fn}",
        )
    )
    figures.append(
        (
            "texts without personal data touched",
            f"{result.negatives_touched}/{result.negatives} ({result.touched_share:.1%})",
        )
    )
    return figures


def run() -> list[tuple[str, str]]:
    return figures(DATA)
