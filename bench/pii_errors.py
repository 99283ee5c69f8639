"""List the PII recognisers' misses and false findings on a labelled JSONL file, by type,
with context, so their causes can be grouped (used on the development sets, never on a
held-out one).

    python -m bench.pii_errors bench/data/pii_blind.jsonl [TYPE ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from vaern.privacy.evaluation import load
from vaern.privacy.redact import analyze


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return f"{before}[[{text[start:end]}]]{after}".replace("\n", "⏎").replace("\t", "⇥")


def errors(samples: list[dict]) -> list[tuple[str, str, str, str]]:
    """(type, "fn"/"fp"/"neg", how it relates to the other side, context) per error."""
    rows = []
    for item in samples:
        text = item["text"]
        gold = {(s["type"], s["start"], s["end"]) for s in item["spans"]}
        found = {(f.entity, f.start, f.end) for f in analyze(text)}
        for kind, mine, other in (("fn", gold - found, found), ("fp", found - gold, gold)):
            for entity, start, end in sorted(mine):
                overlap = [o for o in other if o[1] < end and start < o[2]]
                relation = (
                    "nothing"
                    if not overlap
                    else ",".join(
                        f"{o[0]}:{text[o[1] : o[2]]!r}"
                        if o[0] != entity
                        else f"bounds:{text[o[1] : o[2]]!r}"
                        for o in overlap
                    )
                )
                tag = "neg" if kind == "fp" and not item["spans"] else kind
                rows.append((entity, tag, relation, _context(text, start, end)))
    return rows


def main(argv: list[str]) -> None:
    samples = load(Path(argv[0]))
    wanted = set(argv[1:])
    rows = [r for r in errors(samples) if not wanted or r[0] in wanted]
    print(Counter((r[0], r[1]) for r in rows).most_common())
    for entity, tag, relation, context in sorted(rows, key=lambda r: (r[0], r[1], r[2][:6])):
        print(f"{entity}\t{tag}\t{relation[:60]}\t{context}")


if __name__ == "__main__":
    main(sys.argv[1:])
