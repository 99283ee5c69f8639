"""Text fingerprints: MinHash sketches of a text, for near-duplicate look-ups.

Two stored formats, each with its reason, sharing the link and number reading of
``vaern.text``:

- ``band_keys``: MinHash over word 3-shingles of the masked text (links, e-mail
  addresses, numbers, redaction tokens masked), cut into LSH bands so a match is an exact
  key look-up. Warnings (indicator ``fingerprint``), campaign grouping of reports and
  report deduplication (``masked``) use it.
- ``text_hash`` / ``template_hash`` / ``sketch`` (``fingerprints``): what the outbound log
  keeps instead of a text it never stores. ``text_hash`` is a public algorithm (SHA-256
  of the NFKC, case-folded, whitespace-collapsed text) so a client may send only the hash;
  ``sketch`` is a bottom-k MinHash of character 4-grams (16 smallest CRC32 values). Stored
  sketches cannot be recomputed without the text, so their algorithm stays as it is.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import unicodedata
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np
from datasketch import MinHash

from vaern.text.emails import EMAIL
from vaern.text.links import Link, link_domains, links

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: texts with Jaccard ~0.5 or more share a band with p > 0.6
ROWS = NUM_PERM // BANDS
SHINGLE = 3
K = 16  # values in an outbound sketch

# Linear: a failed run from a digit fails over separators that cannot start a match.
_NUMBER = re.compile(r"\d[\d .,:/-]*\d|\d")
_TOKEN = re.compile(r"\[[A-Z_]+(?::[0-9a-f]+)?\]")
_WORD = re.compile(r"[^\W\d_]+|<\w+>", re.UNICODE)


# datasketch's MinHash (scheme "affine32", seed 7) defined the stored keys; its
# permutations are generated once here and applied below with numpy in one step per text,
# in half the time of a MinHash object per text. tests/text/test_fingerprint.py checks
# the keys against datasketch's own.
_A, _B = (np.asarray(p, dtype=np.uint32) for p in MinHash(num_perm=NUM_PERM, seed=7).permutations)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (what datasketch applies to each hash first)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _minhash(shingles: set[bytes]) -> np.ndarray:
    """The MinHash values of a set of shingles (SHA-1's first 32 bits, as datasketch)."""
    hashes = np.fromiter(
        (int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles),  # noqa: S324
        dtype=np.uint32,
        count=len(shingles),
    )
    return (_fmix32(hashes)[:, None] * _A + _B).min(axis=0)  # uint32 wraps, as intended


def _replace_links(text: str, by: str | None, found: Sequence[Link] | None = None) -> str:
    """``text`` with each link replaced by ``by`` (or by its host when ``by`` is None);
    ``found``: ``links(text)``, when the caller has them already."""
    out: list[str] = []
    at = 0
    for link in links(text) if found is None else found:
        out += [text[at : link.start], by if by is not None else link.host]
        at = link.end
    return "".join(out) + text[at:]


def masked(text: str, found: Sequence[Link] | None = None) -> str:
    """Lower-case words of ``text`` with links, e-mail addresses, numbers and redaction
    tokens masked (``<url>``, ``<email>``, ``<n>``, ``<pii>``). ``found``: ``links(text)``
    when the caller has them (the message check); used only if masking e-mail addresses and
    tokens first left the text as it was (else its links are read again)."""
    out = _TOKEN.sub(" <pii> ", text)
    out = EMAIL.sub(" <email> ", out)
    out = _replace_links(out, " <url> ", found if out == text else None)
    out = _NUMBER.sub(" <n> ", out)
    return " ".join(_WORD.findall(out.lower()))


def _shingles(words: list[str]) -> set[bytes]:
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def band_keys(text: str, found: Sequence[Link] | None = None) -> list[str]:
    """LSH band keys (``fp:<band>:<hash>``); empty for texts too short to compare.
    ``found``: ``links(text)``, when the caller has them already."""
    words = masked(text, found).split()
    if len(words) < 4:
        return []
    raw = _minhash(_shingles(words)).tobytes()
    step = len(raw) // BANDS
    return [
        f"fp:{band}:"
        + hashlib.blake2b(raw[band * step : (band + 1) * step], digest_size=8).hexdigest()
        for band in range(BANDS)
    ]


def band_keys_many(texts: list[str]) -> list[list[str]]:
    """``band_keys`` for many texts."""
    return [band_keys(text) for text in texts]


def normalise(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: what ``text_hash`` hashes."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def sketch(text: str) -> str:
    return _sketch(normalise(text).encode())


def _sketch(norm: bytes) -> str:
    crc = zlib.crc32
    smallest = sorted({crc(norm[i : i + 4]) for i in range(max(1, len(norm) - 3))})[:K]
    return "".join(f"{v:08x}" for v in smallest)


def fingerprints(text: str) -> dict[str, Any]:
    """Everything the outbound log stores about a text, normalising it once."""
    norm = normalise(text)
    template = re.sub(r"\d+", "#", _replace_links(norm, None))
    return {
        "text_hash": hashlib.sha256(norm.encode()).hexdigest(),
        "template_hash": hashlib.sha256(template.encode()).hexdigest(),
        "sketch": _sketch(norm.encode()),
        "link_domains": link_domains(text),
    }


def _values(sk: str) -> set[int]:
    return {int(sk[i : i + 8], 16) for i in range(0, len(sk), 8)}


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two sketches (bottom-k estimator)."""
    va, vb = _values(a), _values(b)
    if not va or not vb:
        return 0.0
    union = heapq.nsmallest(K, va | vb)
    return sum(1 for v in union if v in va and v in vb) / len(union)
