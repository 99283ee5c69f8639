from __future__ import annotations

import pytest

from vaern.outbound import fingerprint as fp

REAL = "Hej Anna, din pakke 48213 er klar. Se status på https://track.demobank.example/p/48213"


def test_exact_hash_ignores_case_and_spacing() -> None:
    assert fp.text_hash(REAL) == fp.text_hash(REAL.upper().replace(" ", "  "))
    assert fp.text_hash(REAL) != fp.text_hash(REAL + "!")


def test_template_hash_masks_numbers_and_link_paths() -> None:
    other = "Hej Anna, din pakke 99999 er klar. Se status på https://track.demobank.example/p/99999"
    assert fp.fingerprints(REAL)["template_hash"] == fp.fingerprints(other)["template_hash"]
    assert fp.text_hash(REAL) != fp.text_hash(other)


@pytest.mark.parametrize(
    ("text", "near"),
    [
        (
            "Hej Anna, din pakke 48213 er klar. Se status på https://track-demobank.example.com/p/1",
            True,
        ),
        ("Din konto er spærret. Ring straks til os på 12345678 for at undgå lukning.", False),
    ],
)
def test_sketch_similarity(text: str, near: bool) -> None:
    score = fp.similarity(fp.sketch(REAL), fp.sketch(text))
    assert (score >= 0.5) is near, score


def test_link_domains() -> None:
    text = (
        "Log ind på https://a.b.demobank.co.uk/x eller www.example.dk/login, ikke http://1.2.3.4/"
    )
    assert fp.link_domains(text) == ["1.2.3.4", "demobank.co.uk", "example.dk"]
