"""Message check quality on real test messages (`vaern model evaluate`'s figures).

The fresh real Danish messages (`data/corpus/real/fresh/`, collected after the rules were
written) and the held-out English SMS; counts with exact 95 % intervals. "flagged" is
`scam` or `suspicious`. Never trained or tuned on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TITLE = "Message check quality on real test messages (fresh Danish set, held-out English SMS)"
GROUPS = ("da scam", "da legit", "da warning", "da/sms", "da/email", "da/call", "da/url", "en/sms")


def _cell(rate: dict[str, Any] | None) -> str:
    if not rate:
        return "–"
    low, high = rate["ci95"]
    return f"{rate['k']}/{rate['n']} = {rate['rate']:.3f} [{low:.3f}, {high:.3f}]"


def run() -> list[tuple[str, str]]:
    from vaern.messages import corpus, evaluate

    _, evaluation = corpus.split()
    return figures(evaluate.check_report(evaluation))


def on_file(path: Path) -> list[tuple[str, str]]:
    """The same figures for a file of labelled messages (a blind generator's set)."""
    from vaern.messages import corpus, evaluate

    return figures(evaluate.check_report(list(corpus.read_jsonl(path))))


def figures(report: dict[str, Any]) -> list[tuple[str, str]]:
    """The table rows of a `check_report`: per group, each cut-off as a count with its
    exact 95 % interval."""
    rows: list[tuple[str, str]] = []
    for group in GROUPS:
        row = report.get(group)
        if row is None:  # a test set without messages of this language and channel
            continue
        if "recall_flagged" in row:
            rows.append((f"{group}: scams flagged", _cell(row["recall_flagged"])))
            rows.append((f"{group}: scams called scam", _cell(row["recall_scam"])))
        if "fpr_flagged" in row:
            rows.append((f"{group}: legitimate flagged", _cell(row["fpr_flagged"])))
            rows.append((f"{group}: legitimate called scam", _cell(row["fpr_scam"])))
    rows.append(("families with errors (docs/messages.md)", str(len(report["errors_by_family"]))))
    return rows
