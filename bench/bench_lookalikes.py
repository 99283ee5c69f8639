"""Official domains and their lookalikes through the whole check (`--channel url`).

Lookalikes come from an independent generator, dnstwist's fuzzers, run on every domain of
the directory (a dictionary of four Danish/English words for combo-squats). A lookalike
counts as caught when the check says `scam` or `suspicious`; an official domain counts as
flagged when it is anything but `genuine`. Counted per fuzzer and split by the length of
the imitated label, since one-letter changes of 1-3 letter names give unrelated names.
"""

from __future__ import annotations

from collections import Counter

import dnstwist

from vaern.messages import check
from vaern.messages.directory import directory_profiles

TITLE = "Message check: official domains and dnstwist lookalikes (--channel url)"
WORDS = ["login", "sikker", "kunde", "support"]


def run() -> list[tuple[str, str]]:
    official = {d for p in directory_profiles() for d in p.domain_names}
    flagged = [
        d for d in sorted(official) if check(f"https://{d}/", channel="url")["verdict"] != "genuine"
    ]
    total: Counter[tuple[str, bool]] = Counter()
    caught: Counter[tuple[str, bool]] = Counter()
    for domain in sorted(official):
        short = len(domain.split(".")[0]) <= 3
        fuzzer = dnstwist.Fuzzer(domain, dictionary=WORDS)
        fuzzer.generate()
        for d in fuzzer.domains:
            name = d["domain"]
            if d["fuzzer"] == "*original" or name in official:
                continue
            try:
                name.encode("idna")
            except UnicodeError:
                continue
            key = (d["fuzzer"], short)
            total[key] += 1
            verdict = check(f"https://{name}/login", channel="url")["verdict"]
            caught[key] += verdict in ("scam", "suspicious")
    rows = [("official domains flagged", f"{len(flagged)} of {len(official)}")]
    for fuzzer in sorted({f for f, _ in total}):
        cells = []
        for short in (False, True):
            n = total[(fuzzer, short)]
            if n:
                label = "labels ≤ 3 chars" if short else "labels ≥ 4 chars"
                cells.append(f"{label}: {caught[(fuzzer, short)]}/{n}")
        rows.append((f"lookalikes caught, {fuzzer}", "; ".join(cells)))
    return rows
