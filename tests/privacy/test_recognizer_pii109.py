"""pii109: features of an address's wider lines and its place in the text, which carry to a new
writer (grouped CV by set, docs/privacy.md, "pii109"): an e-mail or web address on the address's
own line (``own:mail``, ``own:web``), a phone label after it there (``own:tlf_after``), a company
form before it there (``own:form_before``), the words of the line below (``d:``), and the
address's line among the text's first or last two lines with text (``pos:top2``,
``pos:bottom2``; neither in a short text). The second line above (``uu:``) was tried and
rejected; it is no feature. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import ADDRESS, features_at


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (f"Fjordbyens Cykler · {ADDRESS} · info@fjordcykler.dk", "own:mail"),
        (f"Fjordbyens Cykler, {ADDRESS}, www.fjordcykler.dk", "own:web"),
        (f"Fjordbyens Cykler, {ADDRESS}, fjordcykler.dk", "own:web"),
        (f"Fjordbyens Cykler, {ADDRESS} · Tlf. 70 10 20 30", "own:tlf_after"),
        (f"Fjordbyens Cykler ApS, {ADDRESS}", "own:form_before"),
        (f"Fjordbyens Cykler A/S · {ADDRESS}", "own:form_before"),
    ],
)
def test_own_line(text: str, feature: str) -> None:
    assert feature in features_at(text)


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (f"Skriv til jens@example.dk\nJens Hansen, {ADDRESS}", "own:mail"),
        (f"Jens Hansen, {ADDRESS}\nwww.fjordcykler.dk", "own:web"),
        (f"Tlf. 20 30 40 50, Jens Hansen, {ADDRESS}", "own:tlf_after"),
        (f"Jens Hansen, {ADDRESS}, kunde hos Fjordbyens Cykler ApS", "own:form_before"),
        (f"Fjordbyens Cykler ApS\nJens Hansen, {ADDRESS}", "own:form_before"),
    ],
)
def test_own_line_near_miss(text: str, feature: str) -> None:
    assert feature not in features_at(text)


def test_line_below() -> None:
    text = f"Med venlig hilsen\nFjordbyens Cykler\n{ADDRESS}\nÅbent hverdage 10-17.30\nHej"
    found = features_at(text)
    assert {"d:åbent", "d:hverdage", "d:00"} <= set(found)
    assert "d:hej" not in found
    assert not [f for f in found if f.startswith("uu:")]


def test_no_line_below() -> None:
    found = features_at(f"Fjordbyens Cykler\n{ADDRESS}")
    assert not [f for f in found if f.startswith("d:")]


def test_line_below_capped() -> None:
    words = [f"ord{letter}" for letter in "abcdefghijklmnopqrst"]
    found = features_at(f"{ADDRESS}\n{' '.join(words)}")
    assert [f for f in found if f.startswith("d:")] == [f"d:{w}" for w in words[:12]]


@pytest.mark.parametrize(
    ("text", "top", "bottom"),
    [
        (f"Fjordbyens Cykler\n\n{ADDRESS}\n\nKære kunde\nTak.\nHilsen", True, False),
        (f"{ADDRESS}\nPOLITIANMELDELSE\nSag 12\nTekst", True, False),
        (f"Kære kunde\nTak.\n\nHilsen\nFjordbyens Cykler\n{ADDRESS}", False, True),
        (f"Kære kunde\nTak.\n\nHilsen\n{ADDRESS}\nTlf. 70 10 20 30\n", False, True),
        (
            f"Kære kunde\nTak for snakken.\nVi ses på {ADDRESS} i morgen.\nHilsen\nJens",
            False,
            False,
        ),
        # A short text's only lines are no letterhead nor signature (POS_BODY).
        (f"Vi ses på {ADDRESS}.", False, False),
        (f"Bent Hansen\n{ADDRESS}\nTak for i dag.", False, False),
        (f"Hej\nJeg bor på {ADDRESS}\nHilsen\nIda", False, False),
    ],
)
def test_place_in_the_text(text: str, top: bool, bottom: bool) -> None:
    found = features_at(text)
    assert ("pos:top2" in found) is top
    assert ("pos:bottom2" in found) is bottom
