"""Text fingerprints: the keys stored with warnings and campaigns and the outbound log's
hashes and sketches must not change."""

from __future__ import annotations

import hashlib

import pytest
from datasketch import MinHash

from vaern.text import fingerprint
from vaern.text import fingerprint as fp

TEXTS = [
    "PostNord: Din pakke afventer told 19 kr. Betal her: http://postnord-levering.com/b "
    "inden i morgen",
    "Hej mor, jeg har fået nyt nummer. Kan du overføre 4.500 kr til mig i dag?",
    "Your parcel could not be delivered. Pay 1.99 GBP at https://bit.ly/3xYpkg today",
    "for kort",
    "",
]


def _reference(text: str) -> list[str]:
    """The keys as datasketch's bulk API computes them (how they were first stored)."""
    words = fingerprint.masked(text).split()
    if len(words) < 4:
        return []
    [sketch] = MinHash.bulk(
        [list(fingerprint._shingles(words))], num_perm=fingerprint.NUM_PERM, seed=7
    )
    rows = fingerprint.ROWS
    return [
        f"fp:{band}:"
        + hashlib.blake2b(
            sketch.hashvalues[band * rows : (band + 1) * rows].tobytes(), digest_size=8
        ).hexdigest()
        for band in range(fingerprint.BANDS)
    ]


def test_band_keys_are_the_stored_ones() -> None:
    assert fingerprint.band_keys_many(TEXTS) == [_reference(t) for t in TEXTS]
    assert [fingerprint.band_keys(t) for t in TEXTS] == [_reference(t) for t in TEXTS]
    # A key stored by an earlier version, so a change of library or seed cannot pass
    # unnoticed by changing the reference with it.
    assert fingerprint.band_keys(TEXTS[0])[:2] == ["fp:0:01637f33bb553fcc", "fp:1:741c1a20004bf328"]
    assert fingerprint.band_keys("for kort") == []


def test_near_duplicates_share_a_band_and_strangers_do_not() -> None:
    a = set(fingerprint.band_keys(TEXTS[0]))
    near = set(fingerprint.band_keys(TEXTS[0].replace("19 kr", "29 kr").replace("morgen", "aften")))
    assert a & near
    assert not a & set(fingerprint.band_keys(TEXTS[1]))


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
