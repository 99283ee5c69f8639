"""The message check: build the context, run the signals, decide the verdict, give advice."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vaern.errors import Invalid
from vaern.i18n import N_
from vaern.messages import classifier as model
from vaern.messages import dmarc, evidence, lures, prefilter, scoring, signals
from vaern.messages.budget import Budget
from vaern.messages.context import Context, OutboundMatch
from vaern.messages.directory import OrgProfile, directory_profiles
from vaern.messages.evidence import LINK_FLOORS, floor_of
from vaern.messages.inputs import Message
from vaern.messages.negation import drop_denied
from vaern.messages.normalise import normalise
from vaern.messages.signals import SIGNALS, Reason
from vaern.messages.text import Text
from vaern.messages.victim_steps import steps_for
from vaern.text.links import Link, links, make_link, registrable
from vaern.text.phones import normalise_phone, valid_phone

# The lure rules register themselves on import; every rule module's patterns are covered
# by the literal prefilter of Text.find (messages/prefilter.py).
prefilter.cover(signals, evidence, lures)


@dataclass(frozen=True)
class _ClaimIndex:
    """Where to look up the organisations a message may claim, built once per profile set."""

    brands: re.Pattern[str]  # every brand word, longest first
    brand_owner: dict[str, int]  # brand word -> profile index
    by_sender: dict[str, tuple[int, ...]]  # SMS sender ID, lower-case
    by_phone: dict[str, tuple[int, ...]]  # E.164
    by_domain: dict[str, tuple[int, ...]]  # registrable domain, lower-case


def _add(index: dict[str, tuple[int, ...]], key: str, n: int) -> None:
    index[key] = (*index.get(key, ()), n)


@lru_cache(maxsize=8)
def _claim_index(all_profiles: tuple[OrgProfile, ...]) -> _ClaimIndex:
    owner: dict[str, int] = {}
    by_sender: dict[str, tuple[int, ...]] = {}
    by_phone: dict[str, tuple[int, ...]] = {}
    by_domain: dict[str, tuple[int, ...]] = {}
    for n, org in enumerate(all_profiles):
        # An empty alias list (Betalingsservice, which every creditor collects through):
        # the name names a channel, not a sender, so only the sender and links claim it.
        for word in (*org.aliases, org.name.lower()) if org.aliases else ():
            owner.setdefault(word, n)
        for sender in {s.lower() for s in org.sms_senders}:
            _add(by_sender, sender, n)
        for phone in set(org.phones):
            _add(by_phone, phone, n)
        for domain in set(org.domain_names):
            _add(by_domain, domain.lower(), n)
    # A brand word in running text must be a real word: "3" (the telecom) or a two-letter
    # name would match list numbers and initials; those still count in a sender name.
    words = sorted((w for w in owner if len(w) >= 3 and not w.isdigit()), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    # An optional possessive: "Danske Banks kunder", "MitID's". Not after "@": an address
    # in the text (kasper@gmail.com) claims through the sender, if it is the sender.
    brands = re.compile(rf"(?<![\w.@])(?:{alternation})(?:s|'s|’s)?(?!\w)")
    return _ClaimIndex(brands, owner, by_sender, by_phone, by_domain)


def _owner(index: _ClaimIndex, word: str) -> int:
    """The profile a brand word (or its possessive, "Danske Banks") belongs to, or -1."""
    if word in index.brand_owner:
        return index.brand_owner[word]
    for suffix in ("'s", "’s", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in index.brand_owner:
            return index.brand_owner[word[: -len(suffix)]]
    return -1


# Log-in services that other organisations name as the way in: "Log ind på frie.dk med
# MitID" is the a-kasse speaking, not MitID.
# Named as the way to log in or to pay ("med MitID", "betaler via MobilePay"), an
# organisation is a means, not who speaks.
# Card schemes and pay-later services named as how a purchase was paid ("Betalingsmetode:
# Visa ••••4417", "Betaling: Klarna") are means too: the shop speaks, not Visa.
# Carriers named as how an order travels ("Levering: PostNord Pakkeboks", "sendt med GLS")
# are means as well: the shop that sent the order speaks.
MEANS = frozenset(
    {"mitid", "mitid-erhverv", "mobilepay", "visa", "mastercard", "dankort", "klarna"}
    | {"postnord", "gls", "dao", "bring", "dhl"}
)
_MEANS_BEFORE = re.compile(
    # "med MobilePay", and a choice of means: "betales ved fremmøde med kort eller MobilePay"
    r"\b((med|via|using|with) (dit |din |jeres |your )?(\w+ (eller|og|or|and) )?|"
    r"(betalingsmetode|betalingsmåde|"
    r"betaling|betalt med|payment method|payment|paid with|levering|leveringsmetode|"
    r"fragt|forsendelse|shipping|delivery)\s*:?\s*)$",
    re.IGNORECASE,
)


# Digital Post named later as where a letter arrives ("afgørelsen i Digital Post", "via din
# digitale postkasse") is the channel an authority writes through, not who speaks; in the
# opening ("Du har fået nyt brev i Digital Post") it is the claim itself.
_POST_BEFORE = re.compile(r"\b(i|via|gennem|til) (din |jeres )?$", re.IGNORECASE)


# A MobilePay number or box to pay to ("MobilePay Box 29871", "MobilePay 88 87 60"); after
# another name a number is its phone ("Ring til PostNord 70 70 70 30"), which it may well own.
_MEANS_AFTER = re.compile(r"\s*(box\b|\d{2}[\d ]{2,}\d)", re.IGNORECASE)


# Mail services anyone can have an address at: the address names no organisation.
PUBLIC_MAILBOXES = frozenset(
    {"gmail.com", "googlemail.com", "icloud.com", "me.com", "outlook.com", "outlook.dk"}
    | {"hotmail.com", "hotmail.dk", "live.com", "live.dk", "msn.com", "yahoo.com", "yahoo.dk"}
)

# Where a message says who it is from: "Apple: Dit Apple-id er låst", "Kære kunde, din
# Booking.com-reservation …". A name said in passing later ("Følg os på Facebook") is not.
OPENING = 60


# A co-branded card is a bank's product: "gebyret for Visa/Dankort", "dit Mastercard-/Dankort".
_CARD_PAIR = re.compile(r"(visa|mastercard)-?/\s*dankort", re.IGNORECASE)
_CARD_PAIR_BEFORE = re.compile(r"(visa|mastercard|dankort)-?/\s*$", re.IGNORECASE)
_CARD_PAIR_AFTER = re.compile(r"-?/\s*(visa|mastercard|dankort)", re.IGNORECASE)


def _as_means(display: str, slug: str, start: int, end: int) -> bool:
    """Whether the name at start:end is preceded by "med", "via" (or "med dit") or a
    payment label ("Betalingsmetode:"), or is MobilePay followed by a number to pay to: the
    way to log in, pay or ship, not who speaks."""
    return bool(
        _MEANS_BEFORE.search(display[max(0, start - 20) : start])
        or (slug == "mobilepay" and _MEANS_AFTER.match(display, end))
    )


def _card_product(display: str, start: int, end: int) -> bool:
    """Whether the name at start:end is (half of) a co-branded card, "Visa/Dankort"."""
    return bool(
        _CARD_PAIR.fullmatch(display, start, end)
        or _CARD_PAIR_BEFORE.search(display[max(0, start - 20) : start])
        or _CARD_PAIR_AFTER.match(display, end)
    )


def _post_channel(display: str, slug: str, start: int) -> bool:
    return slug == "borger-dk" and bool(_POST_BEFORE.search(display[max(0, start - 20) : start]))


def _inside_own_link(index: _ClaimIndex, n: int, links: Sequence[Link], start: int) -> bool:
    """Whether a name found at start is part of a link to that organisation's own domain
    ("opret dit skattekort på skat.dk"): the link refers to the site, it does not speak."""
    return any(
        lk.start <= start < lk.end and n in index.by_domain.get(lk.domain.lower(), ())
        for lk in links
    )


def identify(
    text: Text,
    message: Message,
    all_profiles: tuple[OrgProfile, ...],
    links: Sequence[Link] = (),
) -> tuple[list[OrgProfile], dict[str, tuple[str, int, int]], frozenset[str]]:
    """The organisations a message claims to come from (sender, display name, brand words,
    links to their own domains), where in the text it names them, and the slugs of those
    only its links name: a link to an organisation's site is a reference, not its voice."""
    index = _claim_index(all_profiles)
    found: dict[int, tuple[str, int, int]] = {}
    speaker = bool(message.display_name or message.sender)
    for hit in text.find_all(index.brands):
        n = _owner(index, hit.key)
        if n < 0:
            continue
        # A log-in or payment service named as the way in or to pay is not who speaks.
        slug = all_profiles[n].slug
        if slug in MEANS and _as_means(text.display, slug, hit.start, hit.end):
            continue
        # A bank's notice about "dit Visa/Dankort" speaks as the bank its sender names; with
        # no sender, the card's name is the only claim there is ("Dit Visa/Dankort er spærret").
        if speaker and _card_product(text.display, hit.start, hit.end):
            continue
        if hit.start > OPENING and (
            all_profiles[n].in_passing
            or _post_channel(text.display, slug, hit.start)
            or _inside_own_link(index, n, links, hit.start)
        ):
            continue
        found.setdefault(n, (hit.evidence, hit.start, hit.end))
    sender = (message.sender or "").lower().strip()
    phone = normalise_phone(message.sender or "")
    display = (message.display_name or "").lower()
    from_domain = registrable((message.from_address or "@").rsplit("@", 1)[-1])
    if from_domain in PUBLIC_MAILBOXES:
        from_domain = ""  # kasper.dahl@gmail.com speaks for Kasper, not for Google
    by_sender = {
        *index.by_sender.get(sender, ()),
        *(index.by_phone.get(phone, ()) if phone is not None else ()),
        *(index.by_domain.get(from_domain.lower(), ()) if from_domain else ()),
    }
    for extra in (sender, display):
        # An exact sender name ("3") first, else brand words inside it.
        keys = (
            [extra]
            if extra in index.brand_owner
            else [h.group(0) for h in index.brands.finditer(extra)]
        )
        by_sender.update(n for n in (_owner(index, k) for k in keys if k) if n >= 0)
    # A link to an organisation's own domain names it too (a bare URL claims its owner).
    by_link = {n for lk in links for n in index.by_domain.get(lk.domain.lower(), ())}
    # The sender first, then the names in the order the text gives them ("Danske Bank
    # ringede … koden fra MitID": Danske Bank is who it claims to be), then link owners.
    order = sorted(
        set(found) | by_sender | by_link,
        key=lambda n: (n not in by_sender, n not in found, found.get(n, ("", 0, 0))[1], n),
    )
    claimed = [all_profiles[n] for n in order]
    link_only = frozenset(all_profiles[n].slug for n in by_link - set(found) - by_sender)
    return claimed, {all_profiles[n].slug: found[n] for n in found}, link_only


def _score(ctx: Context, reasons: list[Reason]) -> float:
    """Calibrated probability of a scam from the signals and the classifier (scoring.py)."""
    pairs = [(r.code, r.weight) for r in reasons]
    return round(scoring.score(pairs, ctx.classifier_p, ctx.language), 3)


def _dmarc_verified(ctx: Context) -> bool:
    m = ctx.message
    if m.channel != "email" or m.auth.get("dmarc") != "pass" or not m.from_address:
        return False
    domain = registrable(m.from_address.rsplit("@", 1)[-1])
    aligned = (
        m.auth.get("dmarc_domain") in (None, domain)
        or registrable(m.auth.get("dmarc_domain", "")) == domain
    )
    return aligned and any(
        d.domain == domain and d.verified for org in ctx.claimed for d in org.domains
    )


RANK = {"unknown": 0, "suspicious": 1, "scam": 2}


def floor_of_codes(codes: Sequence[str], channel: str) -> str | None:
    """The strongest verdict floor any of these reason codes sets (evidence.FLOORS). In a
    written text that warns about scams, only what its links and sender prove sets one: the
    requests and stories it tells are the ones it warns against. (A caller's script keeps
    its floors beside a warning word: "Vi har opdaget forsøg på svindel … flyt dine penge".)"""
    if "warns_about_scams" in codes and channel != "call":
        codes = [
            code
            for code in codes
            if code in LINK_FLOORS
            or code in lures.KEPT_BESIDE_WARNING
            or code.startswith("lookalike_")
        ]
    floors = [f for f in (floor_of(code) for code in codes) if f]
    return max(floors, key=RANK.__getitem__) if floors else None


def floor(reasons: Sequence[Reason], channel: str) -> str | None:
    """The strongest verdict floor any reason sets. None in a report of a call the person
    placed to the organisation's published number: what was asked there, the organisation
    asked."""
    codes = [r.code for r in reasons]
    return None if "called_them_yourself" in codes else floor_of_codes(codes, channel)


def _official_url(ctx: Context, reasons: Sequence[Reason]) -> bool:
    """A link checked on its own that leads to a known organisation's own domain, with no
    reason against it: the organisation's real site. A page's text that names the domain
    ("Log på hos MitID.dk", as a kit's copy says) is no link checked on its own."""
    return (
        ctx.message.channel == "url"
        and len(ctx.message.text.split()) == 1
        and bool(ctx.links)
        and any(r.code == "official_link" for r in reasons)
        and not any(r.weight > 0 and r.code != "classifier" for r in reasons)
    )


# Reasons that say only how a text reads or that a caller's number proves nothing.
WORDING_ONLY = frozenset({"classifier", "caller_id_untrusted"})
# What a genuine notice says too ("betal", "i dag"): no evidence when its links are all the
# organisation's own, where no phisher can take the payment, nor in the report of a call
# that asked for nothing or that the person placed to the published number.
SOFT = frozenset({"payment_request", "urgency", "refund_or_prize", "link_reference"})
# What shows a message for the organisation's own or a call for harmless: its every link the
# organisation's own, a call that asked nothing, was agreed or answered your own request, or
# was placed to the published number, a notice that only names the organisation's app, gives
# its published number, shows a code or tells of money paid to the NemKonto. Beside one of
# these, the SOFT words are no evidence; and with no evidence against it, the wording alone
# does not make the message suspicious (a phisher cannot take the payment or the log-in on the
# organisation's own site, nor answer its published number).
CLEARED = frozenset(
    {
        "official_link",
        "asked_nothing",
        "booked_call",
        "called_them_yourself",
        "own_channel_named",
        "own_number_given",
        "paid_to_nemkonto",
        "code_only",
    }
)


def _evidence_beyond_wording(reasons: Sequence[Reason]) -> bool:
    """Whether any reason against the message is evidence, not the classifier's reading
    (nor, beside the organisation's own link or a call that asked nothing, words a genuine
    notice uses too)."""
    wording = WORDING_ONLY | SOFT if any(r.code in CLEARED for r in reasons) else WORDING_ONLY
    return any(r.weight > 0 and r.code not in wording for r in reasons)


def verdict_for(ctx: Context, reasons: list[Reason]) -> tuple[str, float]:
    """The verdict and score, at the cut-offs of the message's language (scoring.cutoffs)."""
    score = _score(ctx, reasons)
    suspicious_at, scam_at = scoring.cutoffs(ctx.language)
    least = floor(reasons, ctx.message.channel)
    # The organisation's own record of sending this very text to this person outweighs
    # how the wording looks; an authenticated e-mail does not outweigh a scam's content.
    if ctx.outbound is not None and ctx.outbound.positive:
        return "genuine", round(min(score, 0.05), 3)
    if least is None and _dmarc_verified(ctx) and score < scam_at:
        return "genuine", round(min(score, 0.05), 3)
    if least is None and _official_url(ctx, reasons):
        return "genuine", round(min(score, 0.05), 3)
    # Evidence sets the least verdict; the score (classifier and soft signals) can only
    # raise it.
    if least == "scam":
        score = max(score, scam_at)
    elif least == "suspicious":
        score = max(score, suspicious_at)
    if score >= scam_at and (least == "scam" or _evidence_beyond_wording(reasons)):
        return "scam", score
    # (a caller can name the real site while he asks for the code)
    cleared = CLEARED - {"official_link"} if ctx.message.channel == "call" else CLEARED
    if any(r.code in cleared for r in reasons) and not _evidence_beyond_wording(reasons):
        return "unknown", round(min(score, suspicious_at - 0.01), 3)
    if score >= scam_at:  # the classifier alone advises: at most suspicious
        return "suspicious", round(min(score, scam_at - 0.01), 3)
    if score >= suspicious_at:
        return "suspicious", score
    return "unknown", score


# One instruction everywhere (check page, victim guide): keep it, report it, then delete it.
KEEP_REPORT_DELETE = (
    "Gem beskeden, anmeld den, og slet den bagefter.",
    "Keep the message, report it, then delete it.",
)


def advice(
    verdict: str, claimed: list[OrgProfile], did: set[str], channel: str = "sms"
) -> dict[str, list[str]]:
    da: list[str] = []
    en: list[str] = []
    call = channel == "call"
    if verdict == "scam" and call:
        da.append("Læg på. Giv aldrig koder, godkend intet i MitID, og flyt ingen penge.")
        en.append("Hang up. Never give codes, approve nothing in MitID and move no money.")
    elif verdict == "scam":
        da.append("Klik ikke på links, svar ikke, og giv ingen oplysninger.")
        en.append("Do not click links, do not reply and give no information.")
    elif verdict == "suspicious" and call:
        da.append("Læg på, og ring selv op på organisationens officielle nummer.")
        en.append("Hang up and call the organisation yourself on its official number.")
    elif verdict == "suspicious":
        da.append("Vær forsigtig: tjek det selv ad den officielle vej, før du gør noget.")
        en.append("Be careful: check it yourself the official way before you do anything.")
    elif verdict == "genuine" and channel == "url":
        da.append("Linket fører til organisationens eget websted.")
        en.append("The link leads to the organisation's own website.")
    elif verdict == "genuine":
        da.append("Beskeden er registreret af afsenderen. Brug stadig kun den officielle app.")
        en.append("The sender has recorded this message. Still use only the official app or site.")
    else:
        da.append("Vi kan ikke afgøre det. Kontakt organisationen ad den officielle vej.")
        en.append("We cannot tell. Contact the organisation the official way.")
    if verdict != "genuine":
        da.append(KEEP_REPORT_DELETE[0])
        en.append(KEEP_REPORT_DELETE[1])
    for org in claimed[:2]:
        if org.front_door and call:
            da.append(
                f"Ring selv til {org.name} via {org.front_door} – ikke tilbage til det "
                "nummer, der ringede."
            )
            en.append(
                f"Call {org.name} yourself via {org.front_door}, not back on the number "
                "that called."
            )
        elif org.front_door:
            da.append(f"Kontakt {org.name} selv via {org.front_door} – ikke via beskeden.")
            en.append(f"Contact {org.name} yourself via {org.front_door}, not via the message.")
    for step in steps_for(did):
        da.append(step.da)
        en.append(step.en)
    return {"da": da, "en": en}


# Given the organisations a message claims: whether one of them recorded sending it.
OutboundLookup = Callable[[list[OrgProfile]], OutboundMatch | None]
# Given the displayed text, its link hosts (an HTML link's too), the sender and the text's
# own links (``links(text)``, read once per check): the published warnings matched.
WarningLookup = Callable[[str, list[str], str | None, Sequence[Link]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Sources:
    """What a check reads besides the message (``flows.sources`` builds it from the
    database): every organisation profile it knows; with a database, the claimed member
    organisations' outbound logs (only when the person gave their own number or address)
    and the published warnings. Without them: the directory alone, nothing else."""

    profiles: tuple[OrgProfile, ...]
    outbound: OutboundLookup | None = None
    warnings: WarningLookup | None = None


# A card payment's merchant as the card network prints it: "Køb hos WWW.ZALANDO.DK", "til
# COOLSHOP.DK", "hos AMZN.DE" in a bank's or Nets' notice. A name, not a link to follow.
MERCHANT_BEFORE = re.compile(r"\b(hos|til|fra|at)\s+$", re.IGNORECASE)
# A domain that is the subject, not a link: the registrar's "Dit domænenavn minforening.dk
# skal fornyes" and "Betaling for minforening.dk", a host's "faktura for mads-it.dk", a user
# name in a greeting ("Hej clara.dk,").
SUBJECT_BEFORE = re.compile(
    r"\b(domænenavn(et)?|domænet|hej|(betaling|faktura|fornyelse|opkrævning)\w* (for|af))\s+$",
    re.IGNORECASE,
)


def _bare(display: str, link: Link) -> bool:
    """Whether a link is written as a bare domain: no scheme, no "www.", no path."""
    written = display[link.start : link.end]
    return "://" not in written and "/" not in written and not written.lower().startswith("www.")


def named_not_linked(display: str, link: Link) -> bool:
    """Whether a link is only a name: a merchant in capitals after "hos"/"til", or named
    as a shop is ("Din pakke fra Boozt.com"), a domain being renewed, a user name greeted
    (with no path)."""
    if link.start < 0:
        return False
    written, before = display[link.start : link.end], display[max(0, link.start - 16) : link.start]
    bare = "/" not in written.split("//")[-1]
    if bare and SUBJECT_BEFORE.search(before):
        return True
    shop_name = bare and "://" not in written and written[:1].isupper() and written[:4] != "Www."
    return (
        any(c.isalpha() for c in written)
        and (written == written.upper() or shop_name)
        and bool(MERCHANT_BEFORE.search(before))
    )


def analyse(
    message: Message,
    *,
    sources: Sources | None = None,
    did: set[str] | None = None,
    classifier_p: float | None = None,
    budget: Budget | None = None,
) -> dict[str, Any]:
    """Run every signal over one message, given its ``sources`` (the directory alone when
    none are given). ``classifier_p`` replaces the shipped classifier's probability
    (training the score on out-of-fold probabilities). ``budget`` bounds the look-ups
    (messages/budget.py); without one they take what they take (evaluation, training)."""
    if sources is None:
        sources = Sources(directory_profiles())
    display = normalise(message.text)
    text = Text(display)
    own = links(display)  # read once: the fingerprint and the classifier mask them too
    found = [lk for lk in own if not named_not_linked(display, lk)]
    if message.channel == "url" and found and found[0].start == 0 and not _bare(display, found[0]):
        # The page checked is its address ("https://punktum.dk/selvbetjening" on the first
        # line); a bare domain in its text is a name (a registrar's page listing its customer's
        # domains), not a link the page offers.
        found = found[:1] + [lk for lk in found[1:] if not _bare(display, lk)]
    for html_link in message.html_links[:50]:
        if html_link.href.lower().startswith(("http", "www")):
            found.append(make_link(html_link.href, -1, -1, html_link.text))
    all_profiles = sources.profiles
    claimed, hits, link_only = identify(text, message, all_profiles, found)
    ctx = Context(message, text, found, claimed, all_profiles, hits, link_only, budget=budget)
    # A pasted sender address proves nothing either way: no look-up of its policy.
    if (
        message.channel == "email"
        and "@" in (message.from_address or "")
        and not message.pasted_headers
    ):
        host = (message.from_address or "").rsplit("@", 1)[-1]
        ctx.dmarc_policy = _dmarc(host, budget)
    if sources.outbound is not None:
        ctx.outbound = sources.outbound(claimed)
    if sources.warnings is not None:
        hosts = [lk.host for lk in found]
        ctx.warnings = sources.warnings(display, hosts, message.sender, own)
    ctx.language, ctx.classifier_p = model.assess(display, own) if display.strip() else ("da", None)
    if classifier_p is not None:
        ctx.classifier_p = classifier_p
    reasons = drop_denied(text, [r for sig in SIGNALS for r in sig(ctx)])
    reasons.sort(key=lambda r: -abs(r.weight))
    verdict, score = verdict_for(ctx, reasons)
    return {
        "verdict": verdict,
        "score": score,
        "claimed_organisation": claimed[0].name if claimed else None,
        # Member organisations a report can go to (the page's "report this" box).
        "members": [(org.slug, org.name) for org in claimed if org.organisation_id],
        "reasons": [r.as_dict() for r in reasons],
        "advice": advice(verdict, claimed, did or set(), message.channel),
        # A genuine message is never shown next to a fraud warning.
        "matched_warnings": [] if verdict == "genuine" else ctx.warnings,
        "text": display,
        "channel": message.channel,
        "sender": message.sender,
        "language": ctx.language,
    }


def _dmarc(host: str, budget: Budget | None) -> dmarc.Policy | None:
    """The From domain's DMARC policy, within what is left of the budget."""
    if budget is None:
        return dmarc.policy(host, registrable(host))
    if not budget.allows("dmarc"):
        return None
    found = dmarc.policy(host, registrable(host), timeout=budget.remaining())
    if found is None and budget.remaining() <= 0:
        budget.skip("dmarc")  # the look-up ran into the deadline
    return found


PUBLIC_KEYS = (
    "verdict",
    "score",
    "claimed_organisation",
    "reasons",
    "advice",
    "matched_warnings",
)


def public(result: dict[str, Any]) -> dict[str, Any]:
    """The documented result (API, CLI): without the page's text, channel and members."""
    return {key: result[key] for key in PUBLIC_KEYS}


def valid_recipient(raw: str | None) -> str | None:
    """The person's own phone number (E.164) or e-mail address; Invalid otherwise. The
    error never repeats the value."""
    value = (raw or "").strip()
    if not value:
        return None
    if "@" in value:
        local, _, domain = value.rpartition("@")
        if local and "." in domain and len(value) <= 320:
            return value
        raise Invalid(N_("Your own e-mail address is not valid."))
    try:
        return valid_phone(value)
    except ValueError as exc:
        raise Invalid(N_("Your own phone number is not valid.")) from exc
