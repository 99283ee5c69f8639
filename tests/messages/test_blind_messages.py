"""The blind generators' Danish messages (bench/data/msg_blind<N>.jsonl) are what their
bench/data/msg_blind<N>.md says: labelled, marked synthetic, in small families, free of
personal-data-like numbers, and never part of the training corpus."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from stdnum import luhn

from vaern.messages import corpus

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
SETS = {
    n: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for n, path in ((n, DATA / f"msg_blind{n}.jsonl") for n in range(1, 73))
}
KEYS = {"text", "label", "kind", "lang", "channel", "source", "synthetic", "org", "family", "note"}
LABEL = {"scam": 1, "legit": 0, "warning": 0}
CPR_LIKE = re.compile(r"(?<![\dA-Za-z])\d{6}-?\d{4}(?![\dA-Za-z])")
CARD_LIKE = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")


@pytest.mark.parametrize("n", sorted(SETS))
def test_rows_are_labelled_danish_synthetic_messages(n: int) -> None:
    rows = SETS[n]
    assert len(rows) >= 300
    for row in rows:
        assert set(row) == KEYS, row.get("text", "")[:40]
        assert row["label"] == LABEL[row["kind"]] and row["lang"] == "da"
        assert row["channel"] in {"sms", "email", "call", "url"}
        assert row["source"] == f"generator:msg_blind{n}" and row["synthetic"] is True
        assert row["family"].startswith(f"msgblind{n}/") and len(row["note"]) >= 20
    kinds = Counter(row["kind"] for row in rows)
    assert min(kinds["scam"], kinds["legit"]) >= 100 and kinds["warning"] >= 20


@pytest.mark.parametrize("n", sorted(SETS))
def test_families_are_small_and_texts_unique(n: int) -> None:
    assert max(Counter(row["family"] for row in SETS[n]).values()) <= 3
    texts = [" ".join(row["text"].lower().split()) for row in SETS[n]]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("n", sorted(SETS))
def test_no_cpr_like_or_card_like_number(n: int) -> None:
    for row in SETS[n]:
        assert not CPR_LIKE.search(row["text"]), row["text"]
        # a journal number ("0100-80431-00122-26") has a card's length, not its check digit
        cards = (re.sub(r"\D", "", m.group()) for m in CARD_LIKE.finditer(row["text"]))
        assert not any(luhn.is_valid(digits) for digits in cards), row["text"]


@pytest.mark.parametrize("n", sorted(SETS))
def test_the_set_never_trains(n: int) -> None:
    train, _ = corpus.split()
    train_texts = {e.text for e in train}
    assert not any(row["text"] in train_texts for row in SETS[n])
    assert all(ex.synthetic for ex in corpus.read_jsonl(DATA / f"msg_blind{n}.jsonl"))
