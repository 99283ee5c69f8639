"""Text fingerprints for near-duplicate scam messages: MinHash over word shingles of
normalised text, cut into LSH bands so a match is an exact key look-up (no scan).

Used by warnings (indicator ``fingerprint``) and by campaign grouping in reports."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: texts with Jaccard ~0.5 or more share a band with p > 0.6
ROWS = NUM_PERM // BANDS
SHINGLE = 3

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|net|org|eu|info|io|co|xyz|top|app|link)\b(?:/\S*)?",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NUMBER = re.compile(r"\d[\d .,:/-]*\d|\d")
_TOKEN = re.compile(r"\[[A-Z_]+(?::[0-9a-f]+)?\]")
_WORD = re.compile(r"[^\W\d_]+|<\w+>", re.UNICODE)


# datasketch's MinHash (scheme "affine32", seed 7) defined the stored keys; its
# permutations are generated once here and applied below with numpy in one step per text,
# in half the time of a MinHash object per text. tests/warnings/
# test_fingerprint.py checks the keys against datasketch's own.
_A, _B = (np.asarray(p, dtype=np.uint32) for p in MinHash(num_perm=NUM_PERM, seed=7).permutations)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (what datasketch applies to each hash first)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _sketch(shingles: set[bytes]) -> np.ndarray:
    """The MinHash values of a set of shingles (SHA-1's first 32 bits, as datasketch)."""
    hashes = np.fromiter(
        (int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles),  # noqa: S324
        dtype=np.uint32,
        count=len(shingles),
    )
    return (_fmix32(hashes)[:, None] * _A + _B).min(axis=0)  # uint32 wraps, as intended


def normalise(text: str) -> str:
    """Lower-case text with links, e-mail addresses, numbers and redaction tokens masked."""
    text = _TOKEN.sub(" <pii> ", text)
    text = _EMAIL.sub(" <email> ", text)
    text = _URL.sub(" <url> ", text)
    text = _NUMBER.sub(" <n> ", text)
    return " ".join(_WORD.findall(text.lower()))


def _shingles(words: list[str]) -> set[bytes]:
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def band_keys(text: str) -> list[str]:
    """LSH band keys (``fp:<band>:<hash>``); empty for texts too short to compare."""
    return band_keys_many([text])[0]


def band_keys_many(texts: list[str]) -> list[list[str]]:
    """``band_keys`` for many texts."""
    out: list[list[str]] = []
    for text in texts:
        words = normalise(text).split()
        if len(words) < 4:
            out.append([])
            continue
        raw = _sketch(_shingles(words)).tobytes()
        step = len(raw) // BANDS
        out.append(
            [
                f"fp:{band}:"
                + hashlib.blake2b(raw[band * step : (band + 1) * step], digest_size=8).hexdigest()
                for band in range(BANDS)
            ]
        )
    return out


def link_domain(url: str) -> str | None:
    """The host of a link, lower-case, without ``www.``."""
    raw = url if "://" in url else f"http://{url}"
    try:
        host = (urlsplit(raw).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def links_in(text: str) -> list[str]:
    return [m.group(0).rstrip(".,;:!?)") for m in _URL.finditer(text)]


def normalise_phone(value: str) -> str:
    digits = re.sub(r"[^\d+]", "", value)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if len(digits) == 8 and not digits.startswith("+"):
        digits = "+45" + digits
    return digits
