"""The first blind generator's Danish messages (bench/data/msg_blind1.jsonl) are what
bench/data/msg_blind1.md says: labelled, marked synthetic, in small families, free of
personal-data-like numbers, and never part of the training corpus."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from vaern.messages import corpus

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "msg_blind1.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
KEYS = {"text", "label", "kind", "lang", "channel", "source", "synthetic", "org", "family", "note"}
LABEL = {"scam": 1, "legit": 0, "warning": 0}
CPR_LIKE = re.compile(r"(?<![\dA-Za-z])\d{6}-?\d{4}(?![\dA-Za-z])")
CARD_LIKE = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")


def test_rows_are_labelled_danish_synthetic_messages() -> None:
    assert len(ROWS) >= 300
    for row in ROWS:
        assert set(row) == KEYS, row.get("text", "")[:40]
        assert row["label"] == LABEL[row["kind"]] and row["lang"] == "da"
        assert row["channel"] in {"sms", "email", "call", "url"}
        assert row["source"] == "generator:msg_blind1" and row["synthetic"] is True
        assert row["family"].startswith("msgblind1/") and len(row["note"]) >= 20
    kinds = Counter(row["kind"] for row in ROWS)
    assert min(kinds["scam"], kinds["legit"]) >= 100 and kinds["warning"] >= 20


def test_families_are_small_and_texts_unique() -> None:
    assert max(Counter(row["family"] for row in ROWS).values()) <= 3
    texts = [" ".join(row["text"].lower().split()) for row in ROWS]
    assert len(set(texts)) == len(texts)


def test_no_cpr_like_or_card_like_number() -> None:
    for row in ROWS:
        assert not CPR_LIKE.search(row["text"]) and not CARD_LIKE.search(row["text"]), row["text"]


def test_the_set_never_trains() -> None:
    train, _ = corpus.split()
    train_texts = {e.text for e in train}
    assert not any(row["text"] in train_texts for row in ROWS)
    assert all(ex.synthetic for ex in corpus.read_jsonl(DATA))
