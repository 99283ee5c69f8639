"""Text fingerprints: the keys stored with warnings and campaigns must not change."""

from __future__ import annotations

import hashlib

from datasketch import MinHash

from vaern.warnings import fingerprint

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
    words = fingerprint.normalise(text).split()
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
