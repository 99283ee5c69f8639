"""Text fingerprints that answer "is this the message we sent?" without keeping it.

- ``text_hash``: SHA-256 of the normalised text (public algorithm, so a client may send
  only the hash): NFKC, case-folded, whitespace collapsed.
- ``template_hash``: the same over the text with its variable parts masked (digits,
  link paths), so two sends of one template match.
- ``sketch``: a bottom-k MinHash of character 4-grams (16 smallest CRC32 values) for
  near-duplicates: a scam copied from a real message and edited still scores high.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import unicodedata
import zlib
from typing import Any

import tldextract

URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*", re.I
)
_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
K = 16


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def _host(url: str) -> str:
    host = re.sub(r"^(?:https?://)", "", url, flags=re.I).split("/", 1)[0].split(":", 1)[0]
    return host.lower().strip(".")


def link_domains(text: str) -> list[str]:
    """Registered domains of the links (``https://a.b.example.dk/x`` -> ``example.dk``)."""
    out = set()
    for url in URL_RE.findall(text):
        parts = _extract(_host(url))
        out.add(parts.top_domain_under_public_suffix or parts.domain or _host(url))
    return sorted(d for d in out if d)


def sketch(text: str) -> str:
    return _sketch(normalise(text).encode())


def _sketch(norm: bytes) -> str:
    crc = zlib.crc32
    smallest = sorted({crc(norm[i : i + 4]) for i in range(max(1, len(norm) - 3))})[:K]
    return "".join(f"{v:08x}" for v in smallest)


def fingerprints(text: str) -> dict[str, Any]:
    """Everything stored about a text, normalising it once (the ingest hot path)."""
    norm = normalise(text)
    masked = re.sub(r"\d+", "#", URL_RE.sub(lambda m: _host(m.group(0)), norm))
    return {
        "text_hash": hashlib.sha256(norm.encode()).hexdigest(),
        "template_hash": hashlib.sha256(masked.encode()).hexdigest(),
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
