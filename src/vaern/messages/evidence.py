"""Evidence rules: what the directory and the members' channels prove about a message.

The classifier advises; evidence decides. Each rule here is a small signal (registered in
the same list as the others) that either speaks *for* the claimed organisation (its own
domain, its registered sender, a text that warns about scams) with a negative weight, or
sets a verdict **floor** that nothing else can lower: a lookalike of a known
organisation's domain, a claimed organisation with a link elsewhere and a request, a
request the organisation says it never makes, "new number" and money, or a call that asks
for a safe-account transfer, a code read aloud or a remote-access app.
"""

from __future__ import annotations

import re

from vaern.messages.context import Context
from vaern.messages.signals import (
    FAMILY,
    PAYMENT,
    URGENCY,
    Reason,
    _credential,
    _hit,
    _link_ev,
    _r,
    links_owner,
    signal,
)

# Words that ask the reader to act on a link: log in, confirm, pay, update, see, click.
ACTION = re.compile(
    r"\b(log (ind|på)|login|klik|tryk|bekræft|opdater|betal|verificer|aktiver|genaktiver|"
    r"forny|indtast|udfyld|følg linket|se (mere|her)|læs (den|mere|her)|"
    r"log in|click|tap|confirm|update|pay|verify|activate|renew|fill in)\b"
)
# A text that warns about scams instead of being one (organisations' own warnings).
WARNS = re.compile(
    r"\b(vi|we|banken|din bank|skattestyrelsen|skat|mitid|politiet|postnord|they|de) (vil )?"
    r"(sender|beder|ringer|kontakter|spørger|skriver|will|do|never)( dig| you)? (aldrig|never|"
    r"ikke)\b|"
    r"\b((vil|will) (aldrig|never)|(aldrig|never) (vil|will)) (bede|kontakte|ringe|sende|"
    r"spørge|ask|contact|call|send)\b|"
    r"\b(denne|den|this) (sms|besked|mail|e-mail|message) (kommer|er|is|does) (ikke|not) "
    r"(fra|from|come)\b|"
    r"\b(pas på|vær opmærksom på|advar\w* (mod|om)|beware of|watch out for) "
    r"(falske|fup|svindel\w*|phishing|svindlere|fake|scam\w*)\b|"
    r"\b(falske|svigagtige) (e-mails|mails|sms'?er|sms’er|opkald|beskeder)\b|"
    r"\b(svindlere|svindlerne|kriminelle|scammers|fraudsters|criminals)\b|"
    r"\b(del|oplys|giv|videregiv|send) aldrig\b|"
    r"\b(ikke nødvendigt at|no need to) (oplyse|indtaste|give|afgive|provide|enter)\b|"
    r"\bvær (altid )?(forsigtig|kritisk) med at\b|"
    r"\bnever (share|give|disclose|tell)\b|"
    # Warnings that quote a scam name it as one: "en falsk sms", "klik ikke på linket".
    r"\b(falsk|falske|fup\w*|svindel(sms|mail|besked)\w*|svindel-\w+|phishing\w*)\b|"
    r"\b(klik|tryk) (ikke|aldrig) på\b|\bslet (den|beskeden|sms'en|sms’en|mailen)\b|"
    r"\b(er|var) (ikke fra os|svindel|fup)\b|\b(advarer|advarsel)\b|"
    r"\b(do not|don't) (click|tap|reply)\b"
)
# A request to use a link that the text refers to ("klik på linket", "log på via linket"):
# where the source quoted a message without its link, or the link is hidden in HTML.
LINK_REFERENCE = re.compile(
    r"\b(klik\w* (på|her|på linket|på knappen)|tryk\w* (på|her)|(via|på|i) linket|følg linket|"
    r"linket (herunder|nedenfor|her)|log (ind|på) (her|via)|"
    r"click (here|below|the (link|button)|on (the )?(link|button|here))|tap (here|below)|"
    r"via the link|(update|upgrade|verify|confirm|validate|reactivate|sign in|log ?in) now)\b"
)
# Mailbox phishing: "your mailbox is full / needs an upgrade / will be deactivated".
MAILBOX = re.compile(
    r"\b(mailbox|webmail|e-?mail account|e-?mail quota|quota|storage|helpdesk|help desk|"
    r"it[- ]support|system administrator|admin(istrator)? team|postkasse|mailkonto)\b.{0,120}?"
    r"\b(upgrad\w*|verif\w*|validat\w*|expan\w*|de-?activat\w*|full|exceed\w*|"
    r"re-?activat\w*|migrat\w*|opgrader\w*|bekræft\w*|fuld)\b",
    re.DOTALL,
)
# A threat to the account or mailbox: closed, suspended, deactivated, cancelled.
ACCOUNT_THREAT = re.compile(
    r"\b(account|mailbox|e-?mail|membership|subscription|konto|postkasse|abonnement|"
    r"medlemskab)\b.{0,80}?\b(de-?activat\w*|suspend\w*|clos(e|ed|ing)|terminat\w*|"
    r"cancel\w*|block\w*|lock\w*|lukke[ts]?|lukkes|spærre[ts]?|spærres|deaktiver\w*|"
    r"opsag\w*)|\b(update|verify|confirm) (your )?(payment|billing|account)( details| "
    r"information)?\b"
)
EXTORTION = re.compile(
    r"\b(webcam|video af dig|billeder og video af dig|intime situationer|erotisk|pornografisk|"
    r"voksenside\w*|dine kontakter|offentliggør|your contacts|intimate)\b"
)
# The sextortion opening: a "hacker" who claims your system or account.
HACKER_CLAIM = re.compile(
    r"\b(jeg er (en )?hacker|i am a hacker|(adgang|access) til (dit|din) (operativsystem|"
    r"enhed|computer|webcam)|malware)\b"
)
CRYPTO = re.compile(r"\b(bitcoins?|kryptovaluta|krypto|crypto\w*|investering\w*|invest\w*)\b")
TECH_SUPPORT = re.compile(
    r"\b(microsoft\w*|windows|apple|teknisk support|tech support)\b.{0,200}?"
    r"\b(computer\w*|pc|virus|fejl|opdatering|update|licens|sikkerhed\w*|windows)"
)
# Fake bank couriers: the caller sends someone to collect your card.
CARD_COURIER = re.compile(
    r"\b(sende\w* (et|en) bud|bud (fra banken|forbi)|hente (mit|dit|dine|mine) (kort|"
    r"hævekort|betalingskort)|ombytte kortet|skifte (mit|dit) (hæve|betalings)?kort ud|"
    r"courier to collect)\b"
)
# Robocalls and threats in an authority's name: wanted, money laundering, press 1.
AUTHORITY_THREAT = re.compile(
    r"\b(eftersøgt|arrestordre|hvidvask\w*|anholdt|retssag|tast \d|tryk \d|press \d|"
    r"arrest warrant|money laundering)\b"
)
# Free hosting and site builders that phishing kits live on.
FREE_HOSTS = frozenset(
    {
        "000webhostapp.com",
        "weebly.com",
        "wixsite.com",
        "firebaseapp.com",
        "web.app",
        "glitch.me",
        "netlify.app",
        "herokuapp.com",
        "blogspot.com",
        "github.io",
        "pages.dev",
        "workers.dev",
        "ngrok.io",
        "ngrok-free.app",
        "vercel.app",
        "square.site",
        "webflow.io",
        "godaddysites.com",
        "sites.google.com",
        "r2.dev",
        "myshopify.com",
        "wordpress.com",
        "yolasite.com",
        "jimdosite.com",
    }
)
MONEY = re.compile(
    r"\b(overfør\w*|låne?|lån|penge|beløb|regning\w*|betal\w*|mobilepay|\d[\d.]* ?kr|"
    r"transfer|money|loan|pay\w*|bill)\b"
)
SAFE_ACCOUNT = re.compile(
    r"\b(sikker(e)? konto|sikkerhedskonto|beskyttet konto|flytte? (mine|dine|alle|pengene|"
    r"penge)\w*|flytte og fordele|beskytte (mine|dine|pengene)|overføre? (mine|dine|alle) "
    r"penge|safe account|secure account|move (my|your|the) money)\b"
)
READ_OUT = re.compile(
    r"\b(læs\w* (koden|koder|nummeret|tallene)( \w+){0,3} op|"
    r"(oplys|sige?|give?|fortælle) (ham|hende|dem)? ?"
    r"(koden|koderne|engangskoden)|godkend\w* (i|med) mitid|godkende (en|et|betaling|"
    r"tilbageførsel)|godkend\w*(?: \w+){1,3} (i|med) mitid|aktivere en kode|"
    r"få adgang til (min|din) (konto|netbank|computer)|"
    r"read (out|me) the code|approve (it |the \w+ )?in (the )?mitid)\b"
)


@signal
def official_link(ctx: Context) -> list[Reason]:
    if not ctx.links or not ctx.claimed:
        return []
    owner = links_owner(ctx)
    if owner is None:
        return []
    return [
        _r(
            "official_link",
            -0.6,
            _link_ev(ctx, ctx.links[0].url),
            f"Linket fører til {owner}s eget domæne ({ctx.links[0].domain}).",
            f"The link leads to {owner}'s own domain ({ctx.links[0].domain}).",
        )
    ]


@signal
def official_sender(ctx: Context) -> list[Reason]:
    """The SMS sender ID or number is one the claimed organisation has registered. Weak:
    sender IDs can be spoofed, so it never outweighs a floor."""
    sender = (ctx.message.sender or "").strip()
    if not sender or ctx.message.channel not in ("sms", "call"):
        return []
    for org in ctx.claimed:
        if org.sends_as(sender):
            return [
                _r(
                    "official_sender",
                    -0.3,
                    (sender, -1, -1),
                    f"Afsenderen er en af {org.name}s registrerede afsendere (men den kan "
                    "forfalskes).",
                    f"The sender is one of {org.name}'s registered senders (though it can be "
                    "faked).",
                )
            ]
    return []


@signal
def warns_about_scams(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, WARNS)
    if not ev:
        return []
    return [
        _r(
            "warns_about_scams",
            -0.8,
            ev,
            "Teksten advarer mod svindel i stedet for at bede dig om noget.",
            "The text warns about scams instead of asking you for something.",
        )
    ]


@signal
def foreign_link_request(ctx: Context) -> list[Reason]:
    """A claimed organisation, a link to a domain that is not its own, and a request or
    pressure: the core of brand phishing."""
    if not ctx.links or not ctx.claimed or links_owner(ctx) is not None:
        return []
    if ctx.message.channel == "url":
        return []
    ask = _hit(ctx, ACTION) or _credential(ctx) or _hit(ctx, PAYMENT) or _hit(ctx, URGENCY)
    if not ask:
        return []
    names = ", ".join(p.name for p in ctx.claimed[:2])
    return [
        _r(
            "foreign_link_request",
            0.7,
            ask,
            f"Beskeden bruger {names}s navn, beder dig handle og linker til et andet domæne "
            "end deres eget.",
            f"The message uses {names}'s name, asks you to act and links to a domain that is "
            "not theirs.",
        )
    ]


@signal
def new_number_money(ctx: Context) -> list[Reason]:
    if ctx.message.channel not in ("sms", "call") or not _hit(ctx, FAMILY):
        return []
    ev = _hit(ctx, MONEY)
    if not ev:
        return []
    return [
        _r(
            "new_number_money",
            0.75,
            ev,
            'Et nyt nummer og en bøn om penge: den kendte "Hej mor"-svindel. Ring til '
            "personen på det nummer, du kender.",
            'A new number and a request for money: the known "Hi mum" scam. Call the person '
            "on the number you know.",
        )
    ]


@signal
def safe_account(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, SAFE_ACCOUNT)
    if not ev:
        return []
    return [
        _r(
            "safe_account",
            0.8,
            ev,
            'Ingen bank eller myndighed beder dig flytte penge til en "sikker konto".',
            'No bank or authority asks you to move money to a "safe account".',
        )
    ]


@signal
def read_out_code(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, READ_OUT)
    if not ev or ctx.message.channel not in ("call", "sms"):
        return []
    return [
        _r(
            "read_out_code",
            0.8,
            ev,
            "Du bliver bedt om at læse en kode op eller godkende noget i MitID for en anden. "
            "Det gør du aldrig.",
            "You are asked to read out a code or approve something in MitID for someone else. "
            "Never do so.",
        )
    ]


@signal
def link_reference(ctx: Context) -> list[Reason]:
    """The text asks you to use a link that is not the organisation's own."""
    if links_owner(ctx) is not None and ctx.links:
        return []
    ev = _hit(ctx, LINK_REFERENCE)
    if not ev or ctx.message.channel not in ("sms", "email"):
        return []
    return [
        _r(
            "link_reference",
            0.45,
            ev,
            "Beskeden beder dig bruge et link. Log altid selv ind via organisationens app "
            "eller hjemmeside.",
            "The message asks you to use a link. Always log in yourself through the "
            "organisation's app or website.",
        )
    ]


@signal
def extortion(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, EXTORTION) or _hit(ctx, HACKER_CLAIM)
    if not ev or not (_hit(ctx, MONEY) or _hit(ctx, CRYPTO) or _hit(ctx, HACKER_CLAIM)):
        return []
    return [
        _r(
            "extortion",
            0.8,
            ev,
            "Afpresning med påståede billeder eller videoer er en kendt svindel. Betal ikke, "
            "og svar ikke.",
            "Extortion with alleged pictures or videos is a known scam. Do not pay and do "
            "not reply.",
        )
    ]


@signal
def crypto_investment(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, CRYPTO)
    if not ev or not (_hit(ctx, MONEY) or _hit(ctx, LINK_REFERENCE) or ctx.links):
        return []
    return [
        _r(
            "crypto_investment",
            0.5,
            ev,
            "Tilbud om krypto eller investeringer med penge eller et link er et kendt "
            "svindeltrick.",
            "Offers of crypto or investments with money or a link are a well-known scam trick.",
        )
    ]


@signal
def tech_support_call(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, TECH_SUPPORT)
    if not ev or ctx.message.channel != "call":
        return []
    return [
        _r(
            "tech_support_call",
            0.8,
            ev,
            "Microsoft, Windows og Apple ringer ikke uopfordret om fejl på din computer.",
            "Microsoft, Windows and Apple do not call unasked about faults on your computer.",
        )
    ]


@signal
def card_courier(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, CARD_COURIER)
    if not ev or ctx.message.channel not in ("call", "sms"):
        return []
    return [
        _r(
            "card_courier",
            0.8,
            ev,
            "Banken sender aldrig et bud for at hente dit kort. Giv aldrig dit kort til nogen.",
            "Banks never send a courier to collect your card. Never hand your card to anyone.",
        )
    ]


@signal
def authority_threat(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, AUTHORITY_THREAT)
    if not ev or ctx.message.channel != "call":
        return []
    return [
        _r(
            "authority_threat",
            0.75,
            ev,
            "Politi og myndigheder ringer ikke med trusler om anholdelse eller beder dig taste "
            "et nummer.",
            "The police and authorities do not call with threats of arrest or ask you to press "
            "a key.",
        )
    ]


@signal
def free_hosting_link(ctx: Context) -> list[Reason]:
    for link in ctx.links:
        if link.domain in FREE_HOSTS or any(link.host.endswith("." + h) for h in FREE_HOSTS):
            return [
                _r(
                    "free_hosting_link",
                    0.5,
                    _link_ev(ctx, link.url),
                    f"Linket fører til en gratis webhotel-side ({link.domain}), hvor alle kan "
                    "lave en side.",
                    f"The link leads to free hosting ({link.domain}) where anyone can make a page.",
                )
            ]
    return []


@signal
def link_pressure(ctx: Context) -> list[Reason]:
    """A link (or a request to use one) together with a threat to the account, or a
    mailbox "upgrade": phishing whatever name it uses."""
    if links_owner(ctx) is not None and ctx.links:
        return []
    if not (ctx.links or _hit(ctx, LINK_REFERENCE)):
        return []
    ev = _hit(ctx, ACCOUNT_THREAT) or _hit(ctx, MAILBOX)
    # A warning about scams quotes their threats ("they say your account is closed").
    if not ev or ctx.message.channel not in ("sms", "email") or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "link_pressure",
            0.6,
            ev,
            "Beskeden truer med at lukke din konto eller beder om oplysninger og sender dig "
            "videre til et link.",
            "The message threatens your account or asks for your details and sends you to a link.",
        )
    ]


# Verdict floors: a reason with one of these codes sets the least verdict. Lookalikes of a
# known organisation's domain (every `lookalike_<kind>`), requests its policy rules out and
# the scam typologies are near certain; an IP or punycode link, a policy-breaking call or
# QR, a failed DMARC check or a warning match are reasons to be careful whatever the wording.
FLOORS: dict[str, str] = {
    "policy_asks_for": "scam",
    "policy_link": "scam",
    "foreign_link_request": "scam",
    "new_number_money": "scam",
    "safe_account": "scam",
    "read_out_code": "scam",
    "remote_access": "scam",
    "extortion": "scam",
    "card_courier": "scam",
    "authority_threat": "scam",
    "free_hosting_link": "suspicious",
    "link_pressure": "suspicious",
    "tech_support_call": "scam",
    "matches_warning": "suspicious",
    "ip_link": "suspicious",
    "punycode_link": "suspicious",
    "policy_call": "suspicious",
    "policy_qr": "suspicious",
    "family_new_number": "suspicious",
    "link_text_mismatch": "suspicious",
    "email_auth_failed": "suspicious",
}


def floor_of(code: str) -> str | None:
    """The least verdict a reason with this code allows, or None."""
    return "scam" if code.startswith("lookalike_") else FLOORS.get(code)


# --- Lure typologies: the known Danish scam stories, recognised with or without their link.
# A quote of a scam often drops the link; the story itself (a parcel held for a small fee,
# money waiting behind a log-in, a failed payment, a written threat from "the police") is
# what the police and banks warn about. Each rule stands down when every link is the
# claimed organisation's own or the text warns about scams.

PARCEL = re.compile(
    r"\b(pakke\w*|forsendelse\w*|levering\w*|leveres|leveret|pakkenummer|sporingsnummer|"
    r"parcel|package|shipment|delivery)\b"
)
# Asking for a fee, not stating one: "betal", "mangler at betale", "skal betales",
# "før der er betalt et gebyr", "pay the fee".
FEE_DEMAND = re.compile(
    r"\b(betal (her|nu|venligst|gebyret|told|fragt|porto)|betale? (et |det |resterende )?"
    r"(told|toldgebyr|fragt|porto|gebyr\w*|leveringsgebyr|afgift\w*|restbeløb)|"
    r"(mangler|skal|bedes) (at )?betale?|skal betales|(før|indtil) (der er|du har) betalt|"
    r"afventer (din )?betaling|ubetalt (told|fragt|porto|gebyr|afgift)|"
    r"pay (the |a )?(fee|customs|shipping|duty|postage)|(fee|customs|duty) (is )?(due|unpaid))\b"
)
# Money that waits for you behind an action: a refund, an overpayment, a grant, a prize.
MONEY_WAITING = re.compile(
    r"\b(tilbagebetaling|refusion|overskydende skat|penge tilbage|til gode|til udbetaling|"
    r"udbetale?s?|overbetaling|betalt to gange|to betalinger|berettiget til|tilskud|"
    r"du har vundet|refund|you have won|eligible for)\b"
)
# A written threat in an authority's name: an investigation, prosecution, an unpaid fine.
AUTHORITY = re.compile(
    r"\b(politi\w*|rigspoliti\w*|europol|interpol|anklagemyndighed\w*|fbi|"
    r"skattestyrelsen|gældsstyrelsen|police|court|retten)\b"
)
# Aimed at the reader: "en efterforskning mod dig", "du er sigtet", "din ubetalte bøde"
# (a police warning that "politiet efterforsker sagen" is no threat).
LEGAL_THREAT = re.compile(
    r"\b((efterforskning|retsforfølgning|sigtelse|anholdelse|arrestordre|retssag|stævning|"
    r"politianmeldelse)\w* (mod|imod|af|på) dig|"
    r"(du|du vil|you) (er|bliver|blive|vil blive|are|will be) (sigtet|anholdt|retsforfulgt|"
    r"eftersøgt|politianmeldt|stævnet|arrested|prosecuted|charged)|"
    r"(din|dine|en) ubetalte? bøde\w*|(din|dine) bøde\w*|"
    r"(investigation|prosecution|arrest warrant|lawsuit) against you|your unpaid fine)\b"
)
RESPOND = re.compile(
    r"\b(kontakt (os|mig)|ring (til )?(os|mig)|svar (straks|inden|på denne)|betal\w*|"
    r"contact (us|me)|reply|call us|pay\w*)\b"
)
# A payment that "failed": the opening of subscription and utility-bill phishing.
PAYMENT_FAILED = re.compile(
    r"\b((kunne|kan) ikke (behandle|gennemføre|trække|hæve) (din |den |jeres )?"
    r"(seneste )?(betaling|regning|abonnement\w*|beløb\w*)|betaling\w* (er )?"
    r"(mislykkedes|afvist|fejlede)|faktureringsproblem\w*|betalingsproblem\w*|"
    r"(payment|billing) (failed|declined|problem|issue)|unable to process your payment)\b"
)
CONSEQUENCE = re.compile(
    r"\b(annuller\w*|opsig\w*|lukke[ts]?|lukkes|spærre[ts]?|spærres|stoppe[ts]?|afbryde[ts]?|"
    r"ikke (kunne|længere)|opdater\w*|bekræft\w*|cancel\w*|suspend\w*|update|confirm)\b"
)
# A deadline, as account-threat phishing sets one: "inden 24 timer", "ellers".
DEADLINE = re.compile(
    r"\b(\d+ timer|\d+ hours|inden (for )?\d+|i dag|ellers|otherwise|straks|immediately)\b"
)
# A notice of new mail in Digital Post: the real one names mit.dk, e-Boks or borger.dk.
POST_NOTICE = re.compile(
    r"\b((har )?sendt dig (en )?(ny|nyt) (digital )?(post|brev)|"
    r"(du har (modtaget|fået)|der er) (en )?(ny|nyt) (digital )?(post|brev)|"
    r"ny besked i (din )?digitale? post\w*)\b"
)
DIGITAL_POST = frozenset({"e-boks", "borger-dk"})


# Texts that describe messages from outside (plural "sms'er", "hvis du får en sms …"):
# a scam addresses one reader about one message, a warning talks about them.
DESCRIBES = re.compile(
    r"\b(sms'er|sms’er|smser|sms-beskeder|e-mails|mails|opkald fra|hvis du (får|modtager|"
    r"har fået|har modtaget|bliver ringet op)|if you (get|receive)|text messages|emails)\b"
)


def _lure(ctx: Context) -> bool:
    """Whether a lure rule may speak: not a text about scams, and not a message whose
    every link is the claimed organisation's own."""
    if _hit(ctx, WARNS) or _hit(ctx, DESCRIBES):
        return False
    return not (ctx.links and links_owner(ctx) is not None)


def _asks_to_act(ctx: Context) -> tuple[str, int, int] | None:
    return (
        _hit(ctx, LINK_REFERENCE) or _credential(ctx) or (_hit(ctx, ACTION) if ctx.links else None)
    )


@signal
def parcel_fee(ctx: Context) -> list[Reason]:
    """A parcel held back until a small fee is paid: carriers collect customs through
    their own site or app, never through a link in a message."""
    if ctx.message.channel not in ("sms", "email") or not _lure(ctx) or not _hit(ctx, PARCEL):
        return []
    ev = _hit(ctx, FEE_DEMAND)
    if not ev:
        return []
    return [
        _r(
            "parcel_fee",
            0.6,
            ev,
            "En pakke, der først bliver leveret, når du betaler et gebyr: den mest udbredte "
            "svindel-sms. Betal kun told via fragtfirmaets egen app eller hjemmeside.",
            "A parcel that is only delivered once you pay a fee: the most common scam SMS. Pay "
            "customs only through the carrier's own app or website.",
        )
    ]


@signal
def money_waiting(ctx: Context) -> list[Reason]:
    """Money that waits for you if you click, log in or give card details: refunds go to
    your NemKonto without you doing anything."""
    if ctx.message.channel not in ("sms", "email") or not _lure(ctx):
        return []
    ev = _hit(ctx, MONEY_WAITING)
    if not ev or not _asks_to_act(ctx):
        return []
    return [
        _r(
            "money_waiting",
            0.6,
            ev,
            "Penge, der venter på dig, hvis du klikker, logger ind eller giver kortoplysninger. "
            "Offentlige udbetalinger går automatisk til din NemKonto.",
            "Money waiting for you if you click, log in or give card details. Public payments "
            "go to your NemKonto automatically.",
        )
    ]


@signal
def written_authority_threat(ctx: Context) -> list[Reason]:
    """An SMS or e-mail in an authority's name that threatens an investigation, a
    prosecution or an unpaid fine and wants you to answer or pay."""
    if ctx.message.channel not in ("sms", "email") or not _lure(ctx):
        return []
    ev = _hit(ctx, LEGAL_THREAT)
    if not ev or not _hit(ctx, AUTHORITY) or not _hit(ctx, RESPOND):
        return []
    return [
        _r(
            "written_authority_threat",
            0.7,
            ev,
            "Politi og myndigheder truer ikke med efterforskning eller bøder i en sms eller "
            "e-mail, som du skal svare på eller betale via.",
            "The police and authorities do not threaten investigations or fines in an SMS or "
            "e-mail that you must answer or pay through.",
        )
    ]


@signal
def payment_failed(ctx: Context) -> list[Reason]:
    """A "failed payment" with a consequence or a request to update your details: log in
    through the company's own app or site to see whether anything is wrong."""
    if ctx.message.channel not in ("sms", "email") or not _lure(ctx):
        return []
    ev = _hit(ctx, PAYMENT_FAILED)
    if not ev or not (_hit(ctx, CONSEQUENCE) or _asks_to_act(ctx)):
        return []
    return [
        _r(
            "payment_failed",
            0.55,
            ev,
            "En påstået fejlet betaling, der skal rettes via beskeden. Log selv ind via "
            "firmaets egen app eller hjemmeside og se efter.",
            "A supposedly failed payment to be fixed through the message. Log in yourself "
            "through the company's own app or website and check.",
        )
    ]


@signal
def account_deadline(ctx: Context) -> list[Reason]:
    """A threat to close or block the account within a deadline, even without a link."""
    if ctx.message.channel not in ("sms", "email") or not _lure(ctx):
        return []
    ev = _hit(ctx, ACCOUNT_THREAT)
    if not ev or not _hit(ctx, DEADLINE):
        return []
    return [
        _r(
            "account_deadline",
            0.55,
            ev,
            "Beskeden truer med at lukke din konto inden for en frist. Det er pres, ikke "
            "service. Log selv ind via den officielle app eller hjemmeside.",
            "The message threatens to close your account within a deadline. That is "
            "pressure, not service. Log in yourself through the official app or website.",
        )
    ]


@signal
def policy_link_reference(ctx: Context) -> list[Reason]:
    """The claimed organisation never sends links, yet the text asks you to use one (the
    link itself may be hidden or left out)."""
    if ctx.message.channel not in ("sms", "email") or not _lure(ctx):
        return []
    ev = _hit(ctx, LINK_REFERENCE)
    org = ctx.claimed[0] if ctx.claimed else None  # who the message says it is from
    if not ev or org is None or org.sends_links != "never":
        return []
    return [
        _r(
            "policy_link_reference",
            0.7,
            ev,
            f"{org.name} sender aldrig links i sms eller e-mail, men beskeden beder dig bruge "
            "et link.",
            f"{org.name} never sends links by SMS or e-mail, yet the message asks you to use one.",
        )
    ]


@signal
def post_notice_link(ctx: Context) -> list[Reason]:
    """A notice of new Digital Post with a log-in link to a site that is not Digital
    Post's own (e-Boks, mit.dk, borger.dk)."""
    if ctx.message.channel not in ("sms", "email") or not ctx.links or _hit(ctx, WARNS):
        return []
    ev = _hit(ctx, POST_NOTICE)
    if not ev:
        return []
    post = [p for p in ctx.all_profiles if p.slug in DIGITAL_POST]
    if all(any(p.owns(lk.domain) for p in post) for lk in ctx.links):
        return []
    return [
        _r(
            "post_notice_link",
            0.7,
            ev,
            "Besked om ny post med et link til en side, der ikke er Digital Posts egen. Læs "
            "din post i mit.dk, e-Boks eller på borger.dk.",
            "A notice of new mail with a link to a site that is not Digital Post's own. Read "
            "your mail in mit.dk, e-Boks or on borger.dk.",
        )
    ]


FLOORS.update(
    {
        "parcel_fee": "suspicious",
        "money_waiting": "suspicious",
        "written_authority_threat": "scam",
        "payment_failed": "suspicious",
        "account_deadline": "suspicious",
        "policy_link_reference": "scam",
        "post_notice_link": "scam",
    }
)
