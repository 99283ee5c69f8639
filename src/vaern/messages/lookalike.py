"""Lookalike domains: typos, omissions, transpositions, homoglyphs/IDN, TLD swaps, combosquats.

Pure and fast, no DNS: compares the registrable label against protected labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from vaern.messages.normalise import skeleton
from vaern.text.links import registrable, user_info

SEPARATORS = re.compile(r"[-_.]")
# Letters of Danish (and its neighbours') own names, and the Latin letters they pass for.
_NORDIC = {"ø": "o", "ö": "o", "å": "a", "ä": "a", "ü": "u", "æ": "ae"}
_NORDIC_FOLD = str.maketrans(_NORDIC)
NORDIC_LETTERS = frozenset(_NORDIC)
# How a Danish name is written in a domain: "Kredsløb" as kredslob, "Færdsel" as faerdsel.
_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def spellings_of(name: str) -> frozenset[str]:
    """The domain labels a name may own: every run of its words written together, as
    written and with its Danish letters spelt out or folded ("Fødevareforbundet NNF" →
    fodevareforbundetnnf, nnf, …; "Sol og Strand" → sologstrand)."""
    words = re.findall(r"[a-zæøåäöü0-9]+", name.lower())
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return frozenset(
        form
        for run in runs
        for form in (run, run.translate(_TRANSLITERATE), run.translate(_NORDIC_FOLD))
    )


class Lookalike(NamedTuple):
    match: bool
    target: str | None
    distance: int
    kind: str | None  # exact, homoglyph, punycode, typo, transposition, tld_swap, combosquat


NO_MATCH = Lookalike(False, None, 0, None)


def _distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment), cut off above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _misspelt_part(label: str, brand: str) -> bool:
    """Whether one word of a label made of several is a misspelling of a long brand name:
    one edit of a name of seven letters or more, two of one of eight or more when letters
    were added or dropped (posstnorrd). Letters swapped for others make words: one in a
    seven-letter name ("sailing" of "salling"), two in a longer one ("postkort"); and
    shorter names have too many ordinary neighbours ("borger", "burger")."""
    if len(brand) < 7:
        return False
    parts = SEPARATORS.split(label)
    return len(parts) > 1 and any(
        len(part) >= 7 and 0 < _distance(part, brand, 2) <= _edits_allowed(part, brand)
        for part in parts
    )


def _typo_edits_allowed(label: str, brand: str) -> int:
    """Edits a whole label may be from a brand's and still be its misspelling: one for a
    name of five letters or fewer; two when letters were added or dropped ("nordeaa-"),
    but two letters swapped for others in a name shorter than eight make another name
    ("oister" is no "orsted")."""
    if len(brand) <= 5 or (len(label) == len(brand) and len(brand) < 8):
        return 1
    return 2


# Letters a plain-ASCII domain writes for a brand's own: "mitld" for "mitid", "n0rdea".
LOOKS_LIKE = {"i": "l1|", "o": "0"}


def _confusable_part(flat: str, brand: str) -> bool:
    """Whether a longer label (separators dropped) holds a brand of five letters or more
    with some of its i's written l or 1, or its o's written 0 (mitld-forholdsregler.com;
    "mitld" alone is a typo). Only that way round: reading l for i would make "sailing" a
    "salling"."""
    if len(brand) < 5 or len(flat) <= len(brand) or not any(c in flat for c in "l1|0"):
        return False
    windows = (flat[i : i + len(brand)] for i in range(len(flat) - len(brand) + 1))
    return any(
        window != brand
        and all(c == b or c in LOOKS_LIKE.get(b, "") for c, b in zip(window, brand, strict=True))
        for window in windows
    )


# Letter pairs and digits that read as one letter at a glance (rn for m, cl for d, lc for
# k, vv for w; 1, | and i for l, 0 for o): a label equal to a brand once both are read this
# way imitates it (rnatas, clanskebank, bl1ka).
_GLYPH_PAIRS = re.compile(r"rn|nn|rr|cl|dl|lc|vv")
_GLYPH_PAIR_FOR = {"rn": "m", "nn": "m", "rr": "m", "cl": "d", "dl": "d", "lc": "k", "vv": "w"}
_GLYPH_FOR = str.maketrans({"1": "l", "|": "l", "i": "l", "0": "o"})


def _glyphs(flat: str) -> str:
    return _GLYPH_PAIRS.sub(lambda m: _GLYPH_PAIR_FOR[m.group(0)], flat).translate(_GLYPH_FOR)


def _holds_written_apart(label: str, brand: str) -> bool:
    """A brand written with a hyphen (e-boks) held by a label as written (e-boksinfor), or
    without its hyphen as a word or the label's start (eboks-login, eboksinfo); not inside
    another word (weboksen)."""
    flat = SEPARATORS.sub("", brand)
    return brand in label or flat in SEPARATORS.split(label) or label.startswith(flat)


def _edits_allowed(part: str, brand: str) -> int:
    if len(part) != len(brand):
        return 2 if len(brand) >= 8 else 1
    swapped = sorted(part) == sorted(brand)  # two neighbours transposed: one edit
    return 1 if len(brand) >= 8 or swapped else 0


def _decode_idna(domain: str) -> str:
    try:
        return domain.encode("ascii").decode("idna") if "xn--" in domain else domain
    except UnicodeError:
        return domain


def is_lookalike(domain: str, protected: Iterable[str]) -> Lookalike:
    """Whether `domain` imitates one of the `protected` registrable domains.

    An exact registrable match (or a subdomain of it) is *not* a lookalike.
    """
    return _cached(domain, tuple(protected))


@lru_cache(maxsize=16384)
def _cached(domain: str, protected: tuple[str, ...]) -> Lookalike:
    host = domain.strip().lower().rstrip(".")
    punycode = "xn--" in host
    host = _decode_idna(host)
    reg = registrable(host)
    if not reg:
        return NO_MATCH
    label, _, suffix = reg.partition(".")
    # Danish letters keep their own skeleton (a Danish name is no disguise), but spelling a
    # Latin brand with them is: pøstnørd.dk is postnord.dk.
    skel = skeleton(label).lower().translate(_NORDIC_FOLD)
    best = NO_MATCH
    for target in protected:
        t_label, _, t_suffix = target.lower().partition(".")
        if reg == target.lower():
            return NO_MATCH
        if len(t_label) < 3:
            continue  # "3.dk": any "3.se" or "my-3-shop" would look like it
        kind: str | None = None
        dist = 0
        flat, t_flat = SEPARATORS.sub("", skel), SEPARATORS.sub("", t_label)
        if skel == t_label and label != t_label:
            kind = "punycode" if punycode else "homoglyph"
        elif label == t_label and suffix != t_suffix:
            kind = "tld_swap"
        elif (
            t_label in SEPARATORS.split(skel)
            or (len(t_label) >= 5 and t_label in flat)
            or (t_flat != t_label and _holds_written_apart(skel, t_label))
            or flat in (t_label + "dk", "dk" + t_label)  # coopdk.com
        ):
            kind = "combosquat"
        elif _confusable_part(flat, t_flat) or (
            len(t_flat) >= 4 and flat != t_flat and _glyphs(flat) == _glyphs(t_flat)
        ):
            kind = "homoglyph"
        elif _misspelt_part(skel, t_label):
            kind = "combosquat"  # dk-post-posstnorrd.sbs: a misspelt brand among words
        else:
            dist = _distance(skel, t_label)
            allowed = _typo_edits_allowed(skel, t_label)
            if len(t_label) >= 4 and 0 < dist <= allowed:
                swapped = sorted(skel) == sorted(t_label) and len(skel) == len(t_label)
                kind = "transposition" if swapped and dist == 1 else "typo"
        labels = [skeleton(x).lower() for x in host[: -len(reg)].split(".")]
        joined = SEPARATORS.sub("", "".join(labels) + label)
        if not kind and (
            t_label in labels or joined == t_flat or (len(t_label) >= 5 and t_label in joined)
        ):
            kind = "subdomain"  # mitid.dk-login.com, al-ba.nk.dk, sk.at.dk: across labels
        if kind and (not best.match or dist < best.distance):
            best = Lookalike(True, target, dist, kind)
    return best


# Fake shops and phishing pages outside .dk spell Denmark into their name to look local
# (gymsharkdanmark.com, trojerdk.com, flyingtiger-dk.shop); Danish businesses use .dk for
# that. The English "denmark" is left out: tourism and study sites use it.
_DANMARK = "danmark"


def _poses_danish(label: str) -> bool:
    if _DANMARK in label:
        return True
    words = label.split("-")
    return any(
        (word == "dk" and len(words) > 1)  # flyingtiger-dk, dk-post
        or (word.endswith("dk") and len(word) >= 5)  # trojerdk, mitdk
        or (word.startswith("dk") and len(word) >= 8)  # dkfodboldstore; not dkny, dkv
        for word in words
    )


@lru_cache(maxsize=8192)
def poses_as_danish(host: str) -> str | None:
    """The label of a host outside .dk that spells Denmark ("danmark", a "dk" of its own,
    a name under "dk.com") into its name, or None. A country subdomain
    ("dk.trustpilot.com") is no pose."""
    host = _decode_idna(host.strip().lower().rstrip("."))
    reg = registrable(host)
    if not reg or reg.endswith(".dk"):
        return None
    labels = [*host[: -len(reg)].split(".")[:-1], reg.split(".")[0]]
    # "testamente-register.dk.com": a name under "dk.com" reads as a .dk address
    if labels[-1] == "dk" and len(labels) > 1 and labels[-2] not in ("", "www"):
        return "dk"
    return next((label for label in labels if label != "dk" and _poses_danish(label)), None)


# A whole domain written into another host, ending where the real name goes on:
# "www.paypal.com.resolution-center.co", "www.facebook.com-help-support.net".
_EMBEDDED = re.compile(
    r"(?:^|\.)((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.(?:com|net|org|dk|se|no|de|eu))(?=[.-])"
)


def embeds_domain(host: str) -> str | None:
    """The domain a host wears in front of its real one ("paypal.com" in
    "www.paypal.com.resolution-center.co"), or None. Only in the part before the
    registrable domain or glued to it by a hyphen; a public suffix such as .com.au is part
    of the registrable domain, so "shop.com.au" wears nothing."""
    host = _decode_idna(host.strip().lower().rstrip("."))
    reg = registrable(host)
    if not reg:
        return None
    prefix = len(host) - len(reg)  # where the registrable domain starts
    for m in _EMBEDDED.finditer(host):
        worn = m.group(1)
        tld = worn.rsplit(".", 1)[1]
        in_subdomain = m.end(1) <= prefix
        glued = m.end(1) == prefix + len(tld) and reg.startswith(tld + "-")
        if (in_subdomain or glued) and registrable(worn) != reg:
            return worn
    return None


def userinfo_domain(url: str) -> str | None:
    """A domain written as the user name before "@" in a link ("https://jyskebank.dk@evil.top/"):
    the reader sees the bank, the browser goes to what follows the "@"."""
    user = user_info(url)
    return user if "." in user and registrable(user) else None


def disguised_letters(host: str) -> bool:
    """Whether an internationalised host (punycode) has letters that may pass for others:
    another script's (Cyrillic "а" for "a") or accented Latin ones ("í" for "i"). Danish
    æ, ø and å and their neighbours ä, ö and ü are letters of their own
    (børnepåmindelser.dk); a word spelt with them to imitate a brand (pøstnord.dk) is a
    lookalike's matter."""
    decoded = _decode_idna(host.strip().lower())
    return any(c.isalpha() and not c.isascii() and c not in NORDIC_LETTERS for c in decoded)
