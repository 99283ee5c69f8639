"""The independent evaluation text (bench/pii_corpus.py) is seeded, labels exactly the
values it inserts, and keeps its own name list apart from the recogniser's."""

from __future__ import annotations

from bench import pii_corpus

from vaern.privacy.recognizers import gazetteer


def test_the_same_seed_gives_the_same_text() -> None:
    assert pii_corpus.generate(size=50) == pii_corpus.generate(size=50)
    assert pii_corpus.generate(seed=1, size=50) != pii_corpus.generate(seed=2, size=50)


def test_spans_cover_non_empty_values_and_negatives_have_none() -> None:
    samples = pii_corpus.generate(size=300)
    for item in samples:
        for span in item["spans"]:
            value = item["text"][span["start"] : span["end"]]
            assert value.strip() == value and value, (item, span)
        assert bool(item["spans"]) == (item["kind"] == "positive")
    kinds = {span["type"] for item in samples for span in item["spans"]}
    assert {"CPR", "PERSON", "ADDRESS", "PHONE", "IBAN", "DATE_OF_BIRTH"} <= kinds


def test_its_names_are_not_just_the_recognisers_list() -> None:
    known = set().union(*gazetteer().values())
    unknown_first = [name for name in pii_corpus.FIRST if name not in known]
    unknown_surnames = [name for name in pii_corpus.SURNAMES if name not in known]
    assert len(unknown_first) >= 5 and len(unknown_surnames) >= 20
