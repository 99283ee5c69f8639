"""The words of the dense redaction bench, for the tests that compare a rewritten function with
its old code on random texts made of them."""

from __future__ import annotations

import re

from bench import bench_redact, pii_corpus


def bench_words() -> list[str]:
    """The words and separators of the dense bench's first pieces and its prose."""
    lines = [sample["text"] for sample in pii_corpus.generate(size=300)]
    text = " ".join(lines) + " " + bench_redact.PROSE
    return re.findall(r"\w+|[^\w]", text)
