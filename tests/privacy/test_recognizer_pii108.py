"""pii108: run time and the training script's cross-validation ask the model about exactly the
same addresses: one definition, ``address_context.asked``, which ``organisation_by_context``
reads and scripts/train_address_context.py's ``candidate`` returns for every sample. Until
pii108 the CV asked about a street alone under a line with a word for premises
(``cls:place_above``) and run time did not; run time asks too now (grouped CV: fewer negatives
touched, no private address more lost). Synthetic names and addresses only."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from vaern.privacy import address_context, recognizers
from vaern.privacy.address_context import Model, features
from vaern.privacy.evaluation import load
from vaern.privacy.redact import analyze_many

ROOT = Path(__file__).resolve().parents[2]
NAMES = frozenset({"Jens", "Hansen", "Mette", "Ida", "Lund"})
STREET = "Mågevej 7"
# A model that turns every address it is asked about into an organisation's: run time's answer
# is then whether it asked.
EVERY = Model({}, 0.0, 2.0, 2.0)
# Rebinding the model and the recognisers' functions reaches only the Python source, not a
# compiled build's calls within itself.
PURE = recognizers.__file__.endswith(".py") and address_context.__file__.endswith(".py")
SOURCE_ONLY = pytest.mark.skipif(not PURE, reason="rebinds functions: the Python source only")


def _script() -> ModuleType:
    path = ROOT / "scripts" / "train_address_context.py"
    spec = importlib.util.spec_from_file_location("train_address_context", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cv_asked(text: str, address: str = STREET) -> bool:
    start = text.index(address)
    is_asked, found = _script().candidate(text, start, start + len(address), NAMES)
    assert found == features(text, start, start + len(address), NAMES)
    return bool(is_asked)


def _run_time_asked(text: str, monkeypatch: pytest.MonkeyPatch, address: str = STREET) -> bool:
    start = text.index(address)
    monkeypatch.setattr(address_context, "model", lambda: EVERY)
    return address_context.organisation_by_context(text, start, start + len(address), lambda: NAMES)


ASKED = [
    f"Afhentning i butikken:\n{STREET}",
    f"Vores nye lager ligger lige bag stationen.\n{STREET} (indgang fra gården)",
    f"Afhentning i butikken på {STREET}.",
    f"Mødested: {STREET}, kl. 9.",
    f"Kom forbi os ({STREET}) og hils på.",
    f"Depotet på {STREET} har åbningstid hverdage 8-16.",
]
NOT_ASKED = [
    f"Mødet er på {STREET}, kl 10.",
    f"Vi ses i aften.\n{STREET}",
    f"Butikken lukker kl. 17.\nJens Hansen, {STREET}",
    f"Lageret er tømt.\nJeg bor på {STREET}",
    f"Kontrakten kan afhentes i morgen på {STREET}.",
]


@pytest.mark.parametrize("text", ASKED)
def test_asked(text: str) -> None:
    start = text.index(STREET)
    assert address_context.asked(text, start, start + len(STREET), lambda: NAMES)
    assert _cv_asked(text)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_not_asked(text: str) -> None:
    start = text.index(STREET)
    assert not address_context.asked(text, start, start + len(STREET), lambda: NAMES)
    assert not _cv_asked(text)


def test_a_street_under_a_line_with_premises_is_asked() -> None:
    """The case that split the two: a street alone, a word for premises only on the line
    above ("cls:place_above", no "cls:place", no marker or label)."""
    text = ASKED[0]
    start = text.index(STREET)
    found = features(text, start, start + len(STREET), NAMES)
    assert "cls:place_above" in found and "cls:place" not in found
    assert "shape:street_only" in found
    assert not any(f.startswith(("m:", "label:")) for f in found)
    assert _cv_asked(text)


@SOURCE_ONLY
@pytest.mark.parametrize("text", ASKED + NOT_ASKED)
def test_run_time_asks_what_the_cv_asks(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run_time_asked(text, monkeypatch) is _cv_asked(text)


@SOURCE_ONLY
def test_run_time_and_the_cv_ask_about_the_same_addresses_on_labelled_sets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every address the rules leave personal in a sample of two sets (pii_blind107's driving
    school logs hold eight streets under a line with premises among their first 200 texts):
    run time's answer through the recognisers (``_address_entity`` with a model that takes
    every address it is asked about) is the CV's ``candidate``'s."""
    script = _script()
    names = recognizers.capitalised_names()
    rules = recognizers._rules_address_entity
    run_time = recognizers._address_entity
    pairs: list[tuple[bool, bool, list[str]]] = []

    def recording(source: str, start: int, end: int) -> str:
        entity = rules(source, start, end)
        if entity == "ADDRESS":
            is_asked, found = script.candidate(source, start, end, names)
            pairs.append((run_time(source, start, end) != "ADDRESS", is_asked, found))
        return entity

    monkeypatch.setattr(address_context, "model", lambda: EVERY)
    monkeypatch.setattr(recognizers, "_address_entity", recording)
    data = ROOT / "bench" / "data"
    docs = load(data / "pii_blind107.jsonl")[:200] + load(data / "pii_blind104.jsonl")[:100]
    analyze_many([doc["text"] for doc in docs])
    assert len(pairs) > 100
    assert [run for run, _, _ in pairs] == [cv for _, cv, _ in pairs]
    assert any(cv for _, cv, _ in pairs) and not all(cv for _, cv, _ in pairs)
    split = [
        cv
        for _, cv, found in pairs
        if "shape:street_only" in found
        and "cls:place_above" in found
        and "person" not in found
        and not any(f.startswith(("m:", "label:")) for f in found)
        and not {"cls:place", "shape:paren", "shape:quoted"} & set(found)
    ]
    assert split and all(split)
