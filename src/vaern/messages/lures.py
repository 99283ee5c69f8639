"""Lure typologies: the known Danish scam stories, recognised with or without their link.

A quote of a scam often drops the link; the story itself (a parcel held for a small fee,
money waiting behind a log-in, a failed payment, a written threat from "the police", a
celebrity's investment platform, a giveaway to be shared) is what the police and banks warn
about. Each rule is a small signal with a Danish and an English explanation and sets a
verdict floor (`evidence.FLOORS`). Each stands down when every link is the claimed
organisation's own or the text is about scams rather than one (`_lure`).
"""

from __future__ import annotations

import re

from vaern.messages.context import Context
from vaern.messages.evidence import (
    ACCOUNT_THREAT,
    ACTION,
    FLOORS,
    LINK_REFERENCE,
    MONEY,
    OWN_CHANNEL,
    off_danish,
    plain_notice,
    writes_as_itself,
)
from vaern.messages.lookalike import poses_as_danish, spellings_of
from vaern.messages.negation import denied, quoted
from vaern.messages.signals import (
    DESCRIBES,
    GREETING,
    PAYMENT,
    WARNS,
    Reason,
    _credential,
    _from_domain,
    _hit,
    _link_ev,
    _official,
    _r,
    links_owner,
    published_phones,
    signal,
    unknown_links,
)
from vaern.text.phones import phones, premium_rate

PARCEL = re.compile(
    r"\b(pakke\w*|forsendelse\w*|levering\w*|leveres|leveret|pakkenummer|sporingsnummer|"
    r"parcel|package|shipment|delivery)\b"
)
# Asking for a fee, not stating one: "betal", "mangler at betale", "skal betales",
# "før der er betalt et gebyr", "pay the fee".
FEE_DEMAND = re.compile(
    r"\b(betal (her|nu|venligst|gebyret|told|fragt|porto)|betale? (et )?(mindre|lille) beløb|"
    r"betale? (et |det |resterende )?"
    r"(told|toldgebyr|fragt|porto|gebyr\w*|leveringsgebyr|afgift\w*|restbeløb)|"
    r"(mangler|skal|bedes) (at )?betale?|skal betales|(før|indtil) (der er|du har) betalt|"
    r"afventer (din )?betaling|ubetalt (told|fragt|porto|gebyr|afgift)|"
    r"pay (the |a )?(fee|customs|shipping|duty|postage)|(fee|customs|duty) (is )?(due|unpaid))\b"
)
# Money that waits for you behind an action: a refund, an overpayment, a grant, a prize.
MONEY_WAITING = re.compile(
    r"\b(tilbagebetaling|refusion|overskydende skat|penge tilbage|til gode|til udbetaling|"
    r"udbetaling\w*[^!?\n]{0,30}?\bafventer (din )?godkendelse|"
    r"kr\.? stående|ikke er udbetalt|ikke blevet udbetalt|uudbetalt\w*|"
    r"udbetale?s?|overbetaling|betalt to gange|to betalinger|berettiget til|tilskud|"
    r"du har vundet|refund|you have won|eligible for)\b"
)
# A written threat in an authority's name: an investigation, prosecution, an unpaid fine.
AUTHORITY = re.compile(
    r"\b(politi\w*|rigspoliti\w*|europol|interpol|anklagemyndighed\w*|fbi|"
    r"skattestyrelsen|gældsstyrelsen|police|court|retten|siri|udlændingestyrelsen|"
    r"styrelsen for international rekruttering|immigration\w*|sagsbehandl\w*)\b"
)
# Aimed at the reader: "en efterforskning mod dig", "du er sigtet", "din ubetalte bøde"
# (a police warning that "politiet efterforsker sagen" is no threat).
LEGAL_THREAT = re.compile(
    r"\b((efterforskning|retsforfølgning|sigtelse|anholdelse|arrestordre|retssag|stævning|"
    r"politianmeldelse)\w* (mod|imod|af|på) dig|"
    r"arrestordre\w* (bliver |vil blive |er |er blevet )?udstedt|"
    # the formal "De er sigtet", "De er indkaldt til at afgive forklaring", "registreret i en
    # international efterlysning", "for at undgå anholdelse", "Undgå sigtelse ved at …"
    r"(du|du vil|de|you) (er|bliver|blive|vil blive|are|will be) (sigtet|anholdt|retsforfulgt|"
    r"eftersøgt|efterlyst|politianmeldt|stævnet|arrested|prosecuted|charged)|"
    r"(du|de) er indkaldt til (afhøring|at afgive forklaring)|"
    r"(registreret|optaget) i en (international |europæisk )?efterlysning|"
    r"(for at )?undgå (anholdelse|sigtelse|retsforfølgning|politianmeldelse)|"
    r"(din|dine|en) ubetalte? bøde\w*|(din|dine) bøde\w*|"
    r"(investigation|prosecution|arrest warrant|lawsuit) against you|your unpaid fine|"
    # a residence or work permit revoked, or an expulsion: "Din opholdstilladelse tilbagekaldes"
    r"(din|dit|jeres) (opholdstilladelse|arbejdstilladelse|opholdskort|tilladelse|visum)\w* "
    r"(er |bliver |vil blive )?(derfor )?(annuller\w*|tilbagekald\w*|inddrag\w*|ophævet|"
    r"markeret til tilbagekaldelse)|(du|i) (er|bliver) (derfor )?udvist)\b"
)
RESPOND = re.compile(
    r"\b(kontakt (os|mig|sagsbehandler\w*)|ring (straks |nu )?(til )?(os|mig|sagsbehandler\w*)|"
    r"svar (straks|inden|på denne)|betal\w*|send\w*[^.!?\n]{0,60}\btil denne (mail|adresse)|"
    r"contact (us|me)|reply|call us|pay\w*|"
    # anyone to be contacted on a number: "Kontakt forbindelsesofficeren straks på 31 06 44 97"
    r"(kontakt|ring)\w*\b[^.!?\n]{0,50}?\b\d\d[ .]?\d\d[ .]?\d\d[ .]?\d\d)\b"
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
    r"\b(\d+ timer|\d+ hours|inden (for )?\d+|i dag|ellers|otherwise|straks|immediately|"
    r"(inden|før|efter) fristen|indtil du|until you)\b"
)
# A notice of new mail in Digital Post: the real one names mit.dk, e-Boks or borger.dk.
POST_NOTICE = re.compile(
    r"\b((har )?sendt dig (en )?(ny|nyt) (digital )?(post|brev)|"
    r"(du har (modtaget|fået)|der er) (en )?(ny|nyt) (digital )?(post|brev)|"
    r"ny besked i (din )?digitale? post\w*)\b"
)
DIGITAL_POST = frozenset({"e-boks", "borger-dk"})
# Who a notice says it is from: "… fra A-kassen Frie", or "Min A-kasse:" at the start.
NAMED_SENDER = re.compile(
    r"\bfra ((?:[A-ZÆØÅ][\w-]*\.? ?){1,4})|^([A-ZÆØÅ][\w -]{1,40}):", re.MULTILINE
)


def _lure(ctx: Context) -> bool:
    """Whether a lure rule may speak: not a text about scams, and not a message whose
    every link is the claimed organisation's own or, in an e-mail that writes as itself
    ("Spotify <no-reply@spotify.com>" linking to spotify.com), the sender's own."""
    if ctx.lures_speak is None:
        own_links = bool(ctx.links) and (links_owner(ctx) is not None or writes_as_itself(ctx))
        ctx.lures_speak = not (_hit(ctx, WARNS) or _hit(ctx, DESCRIBES) or own_links)
    return ctx.lures_speak


def _story(
    ctx: Context, pattern: re.Pattern[str], channels: tuple[str, ...] = ("sms", "email")
) -> tuple[str, int, int] | None:
    """Where a lure rule's story is told: its pattern's hit, if the message came by one of
    these channels and the lure rules may speak at all (`_lure`)."""
    if ctx.message.channel not in channels or not _lure(ctx):
        return None
    return _hit(ctx, pattern)


def _asks_to_act(ctx: Context) -> tuple[str, int, int] | None:
    return (
        _hit(ctx, LINK_REFERENCE) or _credential(ctx) or (_hit(ctx, ACTION) if ctx.links else None)
    )


@signal
def parcel_fee(ctx: Context) -> list[Reason]:
    """A parcel held back until a small fee is paid: carriers collect customs through
    their own site or app, never through a link in a message."""
    if not _story(ctx, PARCEL):
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


# A parcel held or undeliverable, with a link, from a sender that names no carrier or
# shop: "vi har din pakke liggende på vores pakkecentral. Se mere her: [link]".
PARCEL_HELD = re.compile(
    r"\b((har|holder) (din|en) (pakke|forsendelse)\w* (liggende|tilbage)|"
    r"(din|en) (pakke|forsendelse)\w* (er|bliver|blev) (tilbageholdt|holdt tilbage)|"
    r"(din|en) (pakke|forsendelse)\w* (kunne|kan) ikke (leveres|afleveres)|"
    r"your (parcel|package) (is being held|could not be delivered))\b"
)
# A link left out of a quote ("[link]") or pointed at: "Se mere her:".
LINK_POINTER = re.compile(r"\[(link|url|linket)\]|\b(se|læs) mere her\b")


@signal
def unnamed_parcel_notice(ctx: Context) -> list[Reason]:
    """A parcel held or undeliverable, with a link, in a message that names no carrier:
    real notices say who holds the parcel."""
    if ctx.claimed or ctx.message.sender:
        return []
    ev = _story(ctx, PARCEL_HELD, channels=("sms",))
    if not ev or not (ctx.links or _hit(ctx, LINK_REFERENCE) or _hit(ctx, LINK_POINTER)):
        return []
    return [
        _r(
            "unnamed_parcel_notice",
            0.5,
            ev,
            "En besked om en tilbageholdt pakke med et link, som ikke siger, hvilket "
            "fragtfirma der har pakken: ægte beskeder nævner altid firmaet. Tjek i "
            "fragtfirmaets egen app.",
            "A message about a held parcel, with a link, that does not say which carrier has "
            "it: real notices always name the company. Check in the carrier's own app.",
        )
    ]


AWAITS_APPROVAL = re.compile(r"\bafventer (din )?godkendelse\b")
TO_NEMKONTO = re.compile(
    r"\b(udbetales|indsættes|overføres|sættes ind|går|(er )?(blevet )?(udbetalt|indsat|overført|"
    r"sat ind)) (automatisk )?(i dag )?(til|på) (din|jeres) nemkonto\b"
)
# (narrower than evidence.ACTION, whose "læs mere" is no step before the payout)
FIRST_DO = re.compile(
    r"\b((når|efter|så snart) du (har )?\w+|for at (få|modtage)|bekræft\w*|log\w* ind|"
    r"logge på|klik\w*|tryk\w*|opdater\w*|udfyld\w*|indtast\w*)\b"
)


@signal
def money_waiting(ctx: Context) -> list[Reason]:
    """Money that waits for you if you click, log in or give card details: refunds go to
    your NemKonto without you doing anything."""
    ev = _story(ctx, MONEY_WAITING)
    # (a payout "awaiting your approval" with a stranger's link: the link is the approval)
    if not ev or not (_asks_to_act(ctx) or (_hit(ctx, AWAITS_APPROVAL) and unknown_links(ctx))):
        return []
    # the genuine form: paid to the NemKonto, with nothing to do first
    if _hit(ctx, TO_NEMKONTO) and not (_hit(ctx, FIRST_DO) or _credential(ctx)):
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
def paid_to_nemkonto(ctx: Context) -> list[Reason]:
    """A written notice of money paid to the NemKonto with nothing to do, no link and no
    number: the genuine form of a payout, which a fraudster cannot use."""
    if not plain_notice(ctx):
        return []
    ev = _hit(ctx, TO_NEMKONTO)
    if not ev or _hit(ctx, FIRST_DO) or phones(ctx.text.display):
        return []
    return [
        _r(
            "paid_to_nemkonto",
            -0.5,
            ev,
            "Pengene går til din NemKonto, og du skal ikke gøre noget. Sådan ser ægte "
            "udbetalinger ud; tjek beløbet i din netbank.",
            "The money goes to your NemKonto and you need do nothing. That is how genuine "
            "payouts look; check the amount in your online bank.",
        )
    ]


@signal
def written_authority_threat(ctx: Context) -> list[Reason]:
    """An SMS or e-mail in an authority's name that threatens an investigation, a
    prosecution or an unpaid fine and wants you to answer or pay."""
    ev = _story(ctx, LEGAL_THREAT)
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
    ev = _story(ctx, PAYMENT_FAILED)
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


# A block the customer asked for: "Dit Visa/Dankort … er spærret som aftalt i telefonen" (not
# a courier "som aftalt" sent for the card).
AS_AGREED = re.compile(
    r"\b(spærret|lukket|opsagt|blokeret|deaktiveret) (\w+ ){0,2}(som aftalt|efter aftale med dig|"
    r"efter (din|jeres) (opringning|henvendelse)|"
    r"på (din|jeres) (egen )?(anmodning|foranledning)|som (du|i) (selv )?(bad om|har bedt om|"
    r"ønskede))\b"
)


@signal
def account_deadline(ctx: Context) -> list[Reason]:
    """A threat to close or block the account within a deadline, even without a link."""
    ev = _story(ctx, ACCOUNT_THREAT)
    if not ev or not _hit(ctx, DEADLINE) or _hit(ctx, AS_AGREED):
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
    ev = _story(ctx, LINK_REFERENCE)
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


def own_post_box(display: str, domains: list[str]) -> bool:
    """Whether every linked domain is a Danish (.dk) site named after the organisation the
    notice says it is from: an a-kasse's or union's own member post box ("ny post fra
    Fødevareforbundet NNF … nnf.dk"), not Digital Post. Asked only for domains no known
    organisation owns; a known organisation's lookalike is caught by the lookalike rules."""
    names = [m.group(1) or m.group(2) for m in NAMED_SENDER.finditer(display)]
    joined = {form for name in names for form in spellings_of(name)}
    return bool(domains) and all(
        d.endswith(".dk") and d[: -len(".dk")].replace("-", "") in joined for d in domains
    )


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
    # Every link a known organisation's own site (skat.dk's TastSelv, sundhed.dk): no
    # phisher controls them. An organisation the directory does not know may send you to
    # its own post box.
    unknown = unknown_links(ctx)
    if not unknown:
        return []
    if len(unknown) == len(ctx.links) and own_post_box(
        ctx.text.display, [lk.domain for lk in unknown]
    ):
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


# Card details asked for so that you can *receive* money: the fake buyer's "payment" page.
RECEIVE_MONEY = re.compile(
    r"\b(modtag(e)? (den|dem|pengene|betalingen|beløbet|købesummen|din betaling)|modtager af "
    r"(pengene|betalingen|beløbet|købesummen)|få (pengene|betalingen) (ind|udbetalt)|"
    r"så (overfører|udbetaler|sender) vi (pengene|beløbet|dem)|"
    r"receive (the |your )?(money|payment|funds))\b"
)
ENTER_CARD = re.compile(r"\bindtast\w* (dit |dine )?(betalings|kredit|debet)?kort(et)?\b")
# Apps are updated in the App Store or Google Play, never through a link in a message.
APP_UPDATE = re.compile(
    r"\b(opdater\w* (venligst )?(din |appen|\w+-?appen?)\b[^.\n]{0,30}?(via|på|i) "
    r"linket|download\w* (den nye |appen)[^.\n]{0,30}?(via|på) linket|"
    r"download\w* (den nye (version|app)\w*|appen|vores (nye )?app)[^.\n]{0,30}?\bher\b|"
    r"update (the |your )?app (via|using|from) (the |this )?link)\b"
)


# An unpaid bill and a supply to be cut off: the utility-bill SMS in a power company's name
# ("vil levering af strøm automatisk ophøre").
UNPAID = re.compile(
    r"\b(ubetalte? (regning|faktura)\w*|restance|konto er -|skylder|(ikke|endnu ikke) (er )?"
    r"betalt|betales inden|unpaid (bill|invoice)\w*|overdue)\b"
)
CUT_OFF = re.compile(
    r"\b((strøm|strømmen|elforsyning\w*|varme|varmen|vand|vandet|gas|gassen|forsyning\w*)\b"
    r".{0,40}?\b(afbryd\w*|afbrudt|lukke[ts]?|lukkes|slukke[ts]?|slukkes|ophøre[rs]?|"
    r"stoppe[ts]?|stoppes|standse[ts]?|standses)|"
    r"(afbryd\w*|lukke[rs]?|slukke[rs]?)( vi)? (for )?(din |jeres )?"
    r"(strøm|strømmen|varme|varmen|vand|vandet|forsyning\w*)|"
    r"(power|electricity|water|gas) (will be |is )?(cut|disconnected|shut off))\b"
)
# Money said to have arrived: the fake bank receipt a "buyer" sends a seller.
MONEY_ARRIVED = re.compile(
    r"\b(((det aftalte )?beløb(et)?|pengene|\d[\d.]{0,12} ?kr\.?) (er )?(blevet )?(overført|indsat|"
    r"indbetalt|sendt) (til|på) (din|jeres) (bank)?konto|der er (blevet )?(overført|indsat|"
    r"indbetalt) [^\n]{0,30}?(til|på) (din|jeres) (bank)?konto|"
    r"(payment|money|funds) (has been |have been )?(sent|transferred|deposited) to your account)\b"
)
# A security alert about your card or account: the opening of "cancel it here" phishing.
SECURITY_ALERT = re.compile(
    # ("mistæn…" also takes the voice bots' own misspelling "MISTÆNTELIG")
    r"\b(transaktionsanmodning\w*|(mistæn|usædvanlig)\w* (aktivitet|transaktion\w*|login|"
    r"køb|betaling\w*)|ip-adresse uden for danmark|der er (blevet )?trukket (et beløb|"
    r"\d[\d.]{0,12} ?kr)|(betaling|køb|transaktion)\w* (blev|er blevet) forsøgt|"
    # "If it was not you" is in services' own notices too; a link to click right after it
    # is not.
    r"hvis (det|dette) ikke (var|er) dig,? (så )?(klik|tryk|besøg|følg|log|annuller|afvis|"
    r"bloker|stop)\w*|"
    r"suspicious (activity|sign-?in|login|transaction)|"
    r"unusual (activity|sign-?in)|if this was(n'?t| not) you)\b"
)
# Office documents that ask to enable macros carry malware; invoices never need them.
MACROS = re.compile(
    r"\b(aktiv\w* (makroer|makro|indhold|redigering)|slå makroer til|"
    r"enable (macros|content|editing))\b"
)
# "Can you help me?" from "your child" or a friend: how "Hej mor" and hacked-account
# chats open before the new number or the code is asked for.
HELP = re.compile(
    r"\b(kan du (lige |hurtigt )?hjælpe mig|har brug for (din )?hjælp|can you help me)\b"
)
QUICK_FAVOUR = re.compile(
    r"\b(hjælpe mig med (noget|en ting) (hurtigt|lige)|(do|doing) me a quick favou?r)\b"
)


# A card form's field labels, each on a line of its own in a page's text.
CARD_FIELD = re.compile(
    r"(?im)^[ \t]*(kortnummer|card number|cvc|cvv|cvc ?/ ?cvv|cvv ?/ ?cvc|cvv2|udløbsdato|"
    r"gyldighedsdato|expiry date|expiration date)[ \t:*]*$"
)


def _card_form(ctx: Context) -> bool:
    """A page whose text holds two or more card-form fields."""
    if ctx.message.channel != "url":
        return False
    fields = {m.group(1).lower() for m in CARD_FIELD.finditer(ctx.text.display)}
    return len(fields) >= 2


@signal
def card_to_receive(ctx: Context) -> list[Reason]:
    """Card details or a log-in asked for so that you can receive money: nobody needs your
    card to pay you. On a page the card form itself asks ("Kortnummer", "CVC/CVV")."""
    ev = _story(ctx, RECEIVE_MONEY, channels=("sms", "email", "url"))
    if not ev or not (_credential(ctx) or _card_form(ctx) or _hit(ctx, ENTER_CARD)):
        return []
    return [
        _r(
            "card_to_receive",
            0.8,
            ev,
            "Du bliver bedt om kortoplysninger eller et login for at modtage penge. Ingen "
            "skal bruge dit kort for at betale dig: det er den falske købers svindel.",
            "You are asked for card details or a log-in to receive money. Nobody needs your "
            "card to pay you: this is the fake buyer's scam.",
        )
    ]


# Why a page says it needs your card: to "verify" it, "for security reasons". A shop's
# checkout asks for the card to pay for something and gives no such reason.
CARD_VERIFY = re.compile(
    r"\b(kort(verifikation|verificering|bekræftelse)|(verificer|bekræft)\w* (dit|dine) "
    r"(kort\w*|betalingskort\w*|oplysninger|identitet)|af sikkerheds(mæssige )?(årsager|grunde)|"
    r"card verification|verify your (card|identity)|for security reasons)\b"
)


@signal
def card_verification_page(ctx: Context) -> list[Reason]:
    """A page whose card form says the card must be verified or re-added for security:
    banks and MobilePay never ask for card number and CVC on a page to check a card."""
    ev = _story(ctx, CARD_VERIFY, channels=("url",))
    if not ev or not _card_form(ctx):
        return []
    return [
        _r(
            "card_verification_page",
            0.7,
            ev,
            'En side, der beder om kortnummer og kontrolcifre for at "bekræfte" dit kort af '
            "sikkerhedshensyn. Banker og MobilePay beder aldrig om det på en side. Luk siden, "
            "og ring til din bank, hvis du har tastet noget.",
            'A page that asks for your card number and security code to "verify" your card '
            "for security reasons. Banks and MobilePay never ask for that on a page. Close the "
            "page, and call your bank if you typed anything.",
        )
    ]


@signal
def app_update_link(ctx: Context) -> list[Reason]:
    """An app to be updated or installed through a link in the message, or an Android
    package (.apk) linked directly."""
    apk = next((lk for lk in ctx.links if lk.url.lower().split("?")[0].endswith(".apk")), None)
    ev = _story(ctx, APP_UPDATE, channels=("sms", "email", "url"))
    if apk is not None and _lure(ctx):
        ev = _link_ev(ctx, apk.url)
    if not ev:
        return []
    return [
        _r(
            "app_update_link",
            0.6,
            ev,
            "Apps opdateres i App Store eller Google Play, aldrig via et link i en besked.",
            "Apps are updated in the App Store or Google Play, never through a link in a message.",
        )
    ]


@signal
def utility_cut_off(ctx: Context) -> list[Reason]:
    """An unpaid bill and a threat to cut the power, heat or water: energy companies send
    reminders by letter or Digital Post and never cut off over a link."""
    ev = _story(ctx, CUT_OFF, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, UNPAID):
        return []
    return [
        _r(
            "utility_cut_off",
            0.6,
            ev,
            "En ubetalt regning og en trussel om at afbryde strøm, varme eller vand. Betal "
            "aldrig via beskeden; se efter i forsyningsselskabets egen app eller på dets "
            "hjemmeside.",
            "An unpaid bill and a threat to cut off power, heat or water. Never pay through "
            "the message; check in the utility's own app or on its website.",
        )
    ]


# What a fake receipt is for: "Send venligst varen", "sende pakken i dag"; and what no bank
# writes, a private sale's "Det aftalte beløb er overført".
GOODS_OUT = re.compile(
    r"\b((send|sende|afsend\w*) (venligst |bare |nu |gerne )?(varen|varerne|pakken)|"
    r"(det|den) aftalte (beløb|pris|betaling))\b"
)


@signal
def money_arrived(ctx: Context) -> list[Reason]:
    """Money said to have arrived in your account: check your own bank app before you hand
    over goods or send anything back."""
    ev = _story(ctx, MONEY_ARRIVED)
    # A bank's or MobilePay's own notice of a payment received asks nothing of you; the fake
    # receipt comes with its request ("send varen", "betal det overskydende tilbage").
    asks = _hit(ctx, PAYMENT) or _hit(ctx, ACTION) or _hit(ctx, GOODS_OUT)
    if not ev or (plain_notice(ctx) and ctx.claimed and not asks):
        return []
    return [
        _r(
            "money_arrived",
            0.5,
            ev,
            "Beskeden siger, at der er sat penge ind på din konto. Falske kvitteringer er en "
            "kendt svindel ved handel mellem private: se efter i din egen bank-app, før du "
            "sender varen eller penge tilbage.",
            "The message says money has been put into your account. Fake receipts are a known "
            "scam in private sales: check in your own bank app before you send the goods or "
            "any money back.",
        )
    ]


@signal
def security_alert(ctx: Context) -> list[Reason]:
    """A warning about a transaction or log-in you did not make: act on it only through
    your bank's own app or the number on your card."""
    ev = _story(ctx, SECURITY_ALERT)
    # (one that only sends you to the organisation's own app, with no link and no number, is
    # the genuine form: "Åbn Lunar-appen for at se købet")
    own_app_only = _hit(ctx, OWN_CHANNEL) and not ctx.links and not phones(ctx.text.display)
    if not ev or own_app_only:
        return []
    return [
        _r(
            "security_alert",
            0.5,
            ev,
            "En påstået advarsel om et køb eller et login, du ikke har foretaget. Brug ikke "
            "beskeden: åbn bankens egen app, eller ring til nummeret på dit kort.",
            "A supposed alert about a purchase or log-in you did not make. Do not use the "
            "message: open your bank's own app or call the number on your card.",
        )
    ]


# A recorded voice that asks you to press a key about suspicious activity on your account:
# the robocall that hands you to a fake "representative" or asks for the code by keypad.
PRESS_KEY = re.compile(
    r"\b(tryk\w* (på )?(\d|en|et|to|tre|one|two|stjerne\w*|firkant\w*|pund\w*)|"
    r"press (\d|one|two|the star|the pound|the hash))\b"
)


@signal
def press_key_call(ctx: Context) -> list[Reason]:
    """A call that asks you to press a key about suspicious activity on your account: banks
    do not ask by an automated call to press keys or key in codes about your account."""
    # Not `_story`: a bot introduces itself with "Dette er et opkald fra …", which reads as
    # a text describing calls; only a warning word stands it down.
    ev = _hit(ctx, PRESS_KEY)
    if ctx.message.channel != "call" or not ev or not _hit(ctx, SECURITY_ALERT) or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "press_key_call",
            0.6,
            ev,
            "Et opkald, der beder dig trykke på en tast om mistænkelig aktivitet på din konto, "
            "er et kendt robotopkald. Læg på, og ring selv til banken på nummeret bag på dit "
            "kort.",
            "A call that asks you to press a key about suspicious activity on your account is a "
            "known robocall scam. Hang up and call your bank yourself on the number on the "
            "back of your card.",
        )
    ]


@signal
def enable_macros(ctx: Context) -> list[Reason]:
    """A document that asks you to enable macros or content installs malware."""
    ev = _hit(ctx, MACROS)
    if not ev or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "enable_macros",
            0.8,
            ev,
            "Du bliver bedt om at slå makroer eller indhold til i et dokument. Det installerer "
            "skadelig software; en faktura kræver det aldrig.",
            "You are asked to enable macros or content in a document. That installs malware; "
            "an invoice never needs it.",
        )
    ]


@signal
def help_request(ctx: Context) -> list[Reason]:
    """ "Hi mum, can you help me?" or "can you help me with something quick?" on a message:
    the opening of the "Hej mor" scam and of chats from hacked accounts."""
    if ctx.message.channel != "sms" or not _lure(ctx):
        return []
    ev = _hit(ctx, QUICK_FAVOUR) or (_hit(ctx, HELP) if _hit(ctx, GREETING) else None)
    if not ev:
        return []
    return [
        _r(
            "help_request",
            0.5,
            ev,
            'En pludselig bøn om hjælp fra "dit barn" eller en ven på sms eller chat er sådan, '
            '"Hej mor"-svindel og beskeder fra hackede profiler begynder. Ring til personen på '
            "det nummer, du kender.",
            'A sudden request for help from "your child" or a friend by text or chat is how '
            'the "Hi mum" scam and messages from hacked accounts begin. Call the person on the '
            "number you know.",
        )
    ]


# --- Scams that need no organisation's name: the fake investment, the giveaway, the
# changed account number, the boss's urgent transfer, the seller who wants paying first,
# and the threat unless you pay.

# Promises of easy wealth, as fake celebrity articles and ads make them.
GET_RICH = re.compile(
    r"\b(investeringsplatform\w*|handelsplatform\w*|kryptoplatform\w*|"
    r"(sin|hans|hendes|den|en) (nye )?(\w+ )?(finansielle|investerings|handels)[- ]?platform\w*|"
    r"tjene?r? (op til )?[\d.,]{1,12} ?(kr\.?|kroner|dollars?|euro|\$|€) (om|pr\.?|per|hver) "
    r"(dagen|dag|ugen|uge|måneden|måned)|(blive?|gøre \w+( \w+)? til) millionær\w*|"
    r"(garanteret|sikkert|sikre|højt|høje) afkast|\d{2,3} ?% (afkast|om (måneden|ugen|dagen))|"
    r"passiv indkomst|(opbygge|tjene|skabe) (sig )?(en )?(lille |stor )?formue|"
    r"(lavet|tjent) [\d.,]+ ?(k|kr\.?|kroner|tusind)? på (en|et|to|tre|få) (uge|dag|døgn|"
    r"måned|weekend)\w*|"
    r"earn (up to )?[$€£]?[\d,]{1,9} (a|per) (day|week)|guaranteed (returns?|profits?)|"
    # a fixed high return: "garanteret 9% p.a.", "1,2 % om måneden med fuld kapitalgaranti",
    # "en fond med 12 % fast rente"
    r"garanter\w* \d+([.,]\d+)? ?% (p\.? ?a\b|om året|årligt|afkast)|"
    r"\d+([.,]\d+)? ?% om (måneden|ugen|dagen)|fuld kapitalgaranti|\d\d ?% fast (rente|afkast))"
)
# A giveaway that wants you to share, like, comment or click: Facebook and SMS competitions
# in a company's name.
GIVEAWAY = re.compile(
    r"\b(giver (\w+ ){0,4}væk|udlodder|belønner alle|gratis (fly)?billetter|"
    r"(til|for) de \d+ (første|hurtigste)|tak for kuponen|"
    r"give (\w+ ){0,3}away|free (tickets|flights))\b"
)
SHARE = re.compile(
    r"\b(del (og|,) (like|kommentér|kommenter)|(del|like|kommentér|kommenter) (opslaget|"
    r"billedet|vores side|siden)|like vores side|i kommentarfeltet|share (and|&) (like|comment))\b"
)
# Payments to go to a new account: invoice fraud from a hijacked or lookalike mailbox.
NEW_ACCOUNT = re.compile(
    r"\b((skiftet|ændret) (til en ny )?bank|kontonummeret er (rettet|ændret|opdateret)|"
    r"(fået|fik) (en )?ny bank|(vores|vor|den) nye (bank)?konto\w*|"
    # (a user account created, "oprette en ny konto", is no bank account)
    r"(?<!oprette en )(?<!opret en )(ny|nye|nyt|ændrede?|opdaterede?|korrekte?|rettede?) "
    r"(konto|kontonummer|kontonr|"
    r"kontooplysninger|bankoplysninger|betalingsoplysninger|"
    r"bankforbindelse|kontoforbindelse)|changed (our )?bank|new bank (account|details)|"
    # "genregistrere deres udbetalingskonto", "opdatere min NemKonto/lønkonto"
    r"(genregistrere|opdatere|ændre) (din|deres|jeres|min) (udbetalingskonto|lønkonto|"
    r"nemkonto|bankoplysninger|kontooplysninger)|ny lønkonto|min nye konto|"
    # "problemer med vores sædvanlige konto, så beløbet skal gå til vores konto i Lunar" (not
    # "Betales til vores sædvanlige konto": the invoice that changes nothing)
    r"(problemer med|ikke (bruge|betale til|benytte)) (vores|vor|min) (sædvanlige|normale|faste) "
    r"(bank)?konto|(vores|vor) (sædvanlige|normale|faste) (bank)?konto (kan|er) (ikke|lukket|"
    r"spærret|under)|en anden (bank)?konto end|(flyttet|skiftet) til en ny bank|"
    # "jeres faktura … kan betales på MobilePay Box 4471 i stedet"
    r"(betales|betale|overføres|indbetales) (på|til|via) [^.!?\n]{0,40}\bi stedet|"
    # "vores midlertidige klientkonto i Lunar", "Rettelse til kontonummer"
    r"midlertidige? (klient|bank)?konto\w*|rettelse til (vores |mit )?kontonummer\w*|"
    # the reminder that follows: "den gamle konto er lukket, så brug kun de nye oplysninger"
    r"den gamle (bank)?konto er lukket|(brug|benyt) (venligst )?(kun )?de nye (konto|bank)?"
    r"oplysninger)\b"
)
# A genuine notice of a new account sends you to check it on a channel you already know:
# "ring til vores bogholderi på det nummer, I kender fra hjemmesiden, og bekræft ændringen".
CHECK_KNOWN_NUMBER = re.compile(
    r"\b(på (det|et) nummer,? (i|du) (kender|finder|allerede har)|"
    r"bekræft\w* ændringen[^.!?\n]{0,40}\bfør (i|du) betaler)\b"
)
# A caller's own firm with a new account: "de havde skiftet bank", "notere det nye kontonummer"
# (not the listener's own new account, which a bank may well call about).
CALLER_NEW_ACCOUNT = re.compile(
    r"\b((har|havde) skiftet (til en ny )?bank|(det|vores|deres) nye (bank)?kontonummer)\b"
)
INVOICE = re.compile(
    r"\b(betal(e|er|es)?|betaling\w*|faktura\w*|indbetal\w*|overfør\w*|husleje\w*|"
    r"kontingent\w*|forudbetal\w*|løn\w*|udbetal\w*|afregning\w*|nemkonto|payments?|"
    r"invoices?|pay|salary|payroll|deponer\w*|"
    # an account to pay to, given: "Det korrekte er reg. 9570 konto …"
    r"reg\.? ?(nr\.? ?)?\d{4}|"
    # a caller's "I skulle notere det nye kontonummer": to pay to it
    r"(notere|opdatere|registrere) (\w+ ){0,2}kontonummer\w*)\b"
)
# Within one sentence: a full stop inside an amount ("500.000 kr. til") does not end it,
# nor does an abbreviation's: "reg. 9570 konto …", "tlf.nr. 41 87 22 90".
SENTENCE = r"(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?<=kr)\.|(?<=\breg)\.|(?<=\bnr)\.)"
# A transfer to be made now: the "boss" or chairman writing to the bookkeeper.
TRANSFER_NOW = re.compile(
    # (not a transfer told as done: "er overført til din konto", "har overført")
    rf"\b(?<!\ber )(?<!\bhar )(?<!\bblev )(overfør\w*|foretage en overførsel|transfer|wire)\b"
    rf"{SENTENCE}{{0,80}}?"
    r"\b(i dag|straks|hurtigst muligt|med det samme|det haster|haster|inden (kl|frokost)|"
    r"diskret|fortroligt|udland\w*|udenlandske?|today|urgent(ly)?|asap|immediately)\b"
)
# A private seller who wants paying before sending.
SELLING = re.compile(
    r"\b(sælger\w*|sælges|til salg|kostpris|nypris|(mine )?\d+ billetter|billetterne|"
    r"billetten|hvalpen|for sale|selling|"
    # "kan sagtens blive din for 1.800", "350 kr + 60 kr fragt", "så fjerner jeg annoncen"
    r"kan (sagtens |godt |gerne )?blive din|fjerner (jeg |vi )?annoncen)\b|"
    r"\d ?kr\.? ?(\+|plus|og) \d+ ?kr\.? (i |til )?(fragt|porto|forsendelse)\b"
)
PAY_FIRST = re.compile(
    rf"\b(overfør\w*|betal\w*|mobilepay|pay|send the money)\b{SENTENCE}{{0,80}}?"
    r"\b(så|og|derefter|then|and) (sender|afsender|poster|mailer|send|ship) (jeg|vi|i|i'll|I)\b|"
    # the other way round: "jeg sender den med PostNord, så snart du har lavet MobilePay"
    rf"\b(sender|poster) (jeg |vi )?(den|dem|det|varen|billetterne)\b{SENTENCE}{{0,60}}?"
    r"\b(når|så snart|efter) (at )?(du har|pengene er) (betalt|overført|lavet mobilepay|"
    r"sendt pengene|mobilepay\w*)|"
    # "Betaling først pga. dårlige erfaringer", "krævede MobilePay på forhånd", "skal du
    # betale 2.500 kr for transport … først"
    r"\b(betaling|mobilepay|overførsel) (først|forud|på forhånd)\b|"
    # pay now and the item is held or its tracking follows: "overføre 500 kr i depositum … nu,
    # så fjerner jeg annoncen", "Overfør … så får du kvittering fra fragtfirmaet"
    rf"\b(overfør\w*|betal\w*|send\w*|mobilepay)\b{SENTENCE}{{0,100}}?\bså (fjerner|reserverer|"
    r"holder|gemmer) (jeg|vi) (annoncen|den|dem|det|varen)\b|"
    rf"\b(overfør\w*|betal\w*|mobilepay)\b{SENTENCE}{{0,100}}?\bså (får|modtager) (du|i) (en )?"
    r"(kvittering|trackingnummer|track\w*|pakkenummer)\b|"
    rf"\b(betale?|overføre?|sende?) {SENTENCE}{{0,60}}?\b(først|forud|på forhånd)\b|"
    r"\b(ændrer|overdrager|sender) [^.!?\n]{0,40}?\bnår (du har (betalt|overført)|"
    r"jeg har modtaget)|"
    # "jeg kan sende det med det samme når MobilePay er modtaget", "Send på MobilePay så laver
    # jeg navneskiftet", "et gebyr på 450 kr før de kan sendes"
    rf"\b(sende?r?|overdrage?r?|lave?r?) {SENTENCE}{{0,60}}?\b(når|så snart) (mobilepay|pengene|"
    r"betalingen|beløbet) er (modtaget|kommet|gået igennem)|"
    rf"\b(mobilepay|overfør\w*|betal\w*|send)\b{SENTENCE}{{0,40}}?\bså (laver|ordner|"
    r"overdrager|overfører) jeg\b|"
    rf"\b(betale?r?|overføre?) {SENTENCE}{{0,80}}?\bfør (de|den|det|billetterne|billetten|varen|"
    r"pakken) kan (sendes|overføres|leveres|frigives)\b"
)
# The fake buyer who has "paid" for the goods or their collection, so that the seller
# follows a link or a text message to "receive" the money.
FAKE_BUYER = re.compile(
    r"\b((jeg|vi) (har )?betal(t|te|er) (for )?(leveringen|fragten|forsendelsen|varerne|varen|"
    r"afhentningen)|(kureren|budet|fragtfirmaet)\b[^.!?\n]{0,60}?\b(hente|henter|afhenter) "
    r"(varen|varerne)|"
    r"(få|modtage) (pengene|betalingen) (via|gennem|når|ved at))\b"
)
# Pay or else: a threat to send, publish or harm unless money is paid.
PAY_OR_ELSE = re.compile(
    r"\b(hvis (du|i|skolen|virksomheden|firmaet) ikke (betaler|overfører|sender)\b"
    rf"{SENTENCE}{{0,120}}?"
    r"\b(sender jeg|deler jeg|lægger jeg|offentliggør\w*|sprænger|dine venner|dine kontakter|"
    r"din familie)|if you (do not|don't) pay\b"
    rf"{SENTENCE}{{0,120}}?\b(i will|your friends|your "
    r"contacts|your family))"
)


# The message a hijacked friend's account sends with a link to a fake log-in page.
IS_THIS_YOU = re.compile(
    r"\b(er det (dig|jer) (i|på) (videoen|den her video|denne video|billedet|det her billede|"
    r"dette billede)|is (this|that|it) you in (this|the) (video|photo|picture))\b"
)


@signal
def is_this_you(ctx: Context) -> list[Reason]:
    """ "Er det dig i videoen?": the message hijacked accounts send to their friends."""
    ev = _story(ctx, IS_THIS_YOU)
    if not ev:
        return []
    return [
        _r(
            "is_this_you",
            0.6,
            ev,
            '"Er det dig i videoen?" sendes fra kaprede konti til deres venner og fører til en '
            "falsk login-side. Tryk ikke på linket; spørg din ven på en anden måde.",
            '"Is this you in the video?" is sent from hijacked accounts to their friends and '
            "leads to a fake log-in page. Do not tap the link; ask your friend another way.",
        )
    ]


# A lost phone "found", its location behind a link: phishing for the Apple ID or Google
# account that keeps a stolen phone locked.
DEVICE_FOUND = re.compile(
    r"\b(din|dit|your) (iphone|ipad|telefon|mobil|enhed|apple watch|macbook|device|phone)"
    r"[^.!?\n]{0,40}\b(er|blev|has been|was) (fundet|lokaliseret|found|located)\b"
)
SEE_LOCATION = re.compile(r"\b(se (placering|lokation|position)(en)?|view (the )?(location|map))\b")


@signal
def device_found(ctx: Context) -> list[Reason]:
    """ "Din iPhone er fundet. Se placering": the message sent to the owner of a stolen
    phone to get the log-in that unlocks it."""
    ev = _story(ctx, DEVICE_FOUND)
    if not ev or not (ctx.links or _hit(ctx, LINK_REFERENCE) or _hit(ctx, SEE_LOCATION)):
        return []
    return [
        _r(
            "device_found",
            0.6,
            ev,
            "En besked om, at din mistede telefon er fundet, med et link til dens placering, "
            "er en kendt måde at stjæle log-in til Apple-ID eller Google-konto. Tjek selv i "
            "Find My eller Find My Device-appen.",
            "A message that your lost phone has been found, with a link to its location, is a "
            "known way to steal the Apple ID or Google log-in. Check in the Find My or Find My "
            "Device app yourself.",
        )
    ]


# A prize won in a draw you never entered, to be claimed by registering: "Du vinder en
# lodtrækning … Registrer dit navn nu for at modtage en præmie".
PRIZE_DRAW = re.compile(
    r"\b(du (har )?(vinder|vundet) (en|i (vores|en)) (lodtrækning|konkurrence)|"
    r"(du er|you are|you have been) (udvalgt|udtrukket|selected|chosen) (som|til at|as|to)( \w+)? "
    r"(vinder|vinde|winner|win)|you (have )?won (a|our) (draw|lottery|giveaway))\b"
)
CLAIM = re.compile(
    r"\b(registrer\w*|tilmeld\w*|udfyld\w*|indtast\w*|bekræft\w*|claim|register|enter your)\b"
)


@signal
def prize_draw(ctx: Context) -> list[Reason]:
    """A prize from a draw the reader never entered, claimed by registering or giving
    details: the fake giveaway page and its SMS."""
    ev = _story(ctx, PRIZE_DRAW, channels=("sms", "email", "url"))
    if not ev or not _hit(ctx, CLAIM):
        return []
    return [
        _r(
            "prize_draw",
            0.6,
            ev,
            "Du har vundet i en lodtrækning, du aldrig har deltaget i, og skal registrere dig "
            "for at få præmien: sådan lokker falske konkurrencer oplysninger og kortdata ud af "
            "folk.",
            "You have won a draw you never entered and must register to get the prize: that is "
            "how fake giveaways lure out personal and card details.",
        )
    ]


# Trading "by AI" or a robot that makes a profit for you: the crypto investment landers
# ("kryptohandelsplatform med avanceret AI-teknologi … maksimere din fortjeneste").
CRYPTO_TRADING = re.compile(r"\b(krypto\w+|bitcoin\w*|crypto\w*|trading\w*)")
AUTOTRADER = re.compile(
    r"\b(ai|kunstig intelligens|algoritm\w*|robot\w*|automatiser\w* handel|"
    r"automated trading|trading ?bot\w*)\b"
)
PROFIT = re.compile(
    r"\b(fortjeneste\w*|profit\w*|afkast|minimumsinvestering\w*|indbetal\w*|tjen\w*|"
    r"earn\w*|deposit\w*)\b"
)


@signal
def trading_robot(ctx: Context) -> list[Reason]:
    """Crypto trading done for you by AI, an algorithm or a robot, for a profit or after a
    deposit: the investment-fraud landers that collect name and phone for a "broker"."""
    ev = _story(ctx, AUTOTRADER, channels=("sms", "email", "url", "call"))
    if not ev or not (_hit(ctx, CRYPTO_TRADING) and _hit(ctx, PROFIT)):
        return []
    return [
        _r(
            "trading_robot",
            0.6,
            ev,
            "Kryptohandel, som kunstig intelligens eller en robot klarer for dig med gevinst, "
            "er en kendt form for investeringssvindel. Tjek firmaet på Finanstilsynets liste, "
            "før du giver dit nummer eller betaler.",
            "Crypto trading done for you at a profit by AI or a robot is a known kind of "
            "investment fraud. Check the firm on the Danish FSA's list before you give your "
            "number or pay.",
        )
    ]


# A loan for anyone anywhere: fake lenders ask for a fee before a loan that never comes.
LOAN = re.compile(r"\b(lån\w*|låne\w*|finansiering\w*|loans?)\b")
ANYONE = re.compile(
    r"\b(privatpersoner og virksomheder (\w+ )?i hele europa|i hele europa|"
    r"uden (kreditvurdering|kredittjek|sikkerhed)|uanset (din )?(rki|kreditvurdering|økonomi)|"
    r"selvom du er (registreret )?i rki|garanteret (godkendt|lån\w*)|"
    r"no credit check|guaranteed (approval|loan))\b"
)


@signal
def loan_for_anyone(ctx: Context) -> list[Reason]:
    """A loan offered to anyone in Europe, without credit check or despite RKI: the fake
    lender's promise before the "fee" that must be paid first."""
    ev = _story(ctx, ANYONE, channels=("sms", "email", "url"))
    if not ev or not _hit(ctx, LOAN):
        return []
    return [
        _r(
            "loan_for_anyone",
            0.5,
            ev,
            "Lån til alle i hele Europa, uden kreditvurdering eller trods RKI, lover falske "
            "långivere, som kræver et gebyr, før lånet kommer. Tjek långiveren hos "
            "Finanstilsynet.",
            "Loans for anyone anywhere in Europe, without a credit check or despite a bad "
            "credit record, are what fake lenders promise before asking for a fee up front. "
            "Check the lender with the Danish FSA.",
        )
    ]


# Tickets, coupons or gift cards almost free for a company's anniversary: "Der er gået 25
# år … to flybilletter til kun 80 DKK".
ANNIVERSARY = re.compile(
    r"\b(\w*jubilæum\w*|der er gået \d+ år|fejrer (vores )?\d+ år|\d+[- ]års[- ]?"
    r"(jubilæum|fødselsdag)\w*|anniversary)\b"
)
ALMOST_FREE = re.compile(
    r"\b((gratis|free) (\w+ )?(billet\w*|flybillet\w*|gavekort\w*|kupon\w*|tickets?|vouchers?)|"
    r"(billet\w*|flybillet\w*|gavekort\w*|kupon\w*)\b[^.!?\n]{0,40}\b(kun|only) [\d.,]+ ?"
    r"(kr\.?|dkk|kroner|€|euro))"
)


@signal
def anniversary_offer(ctx: Context) -> list[Reason]:
    """Free or almost free tickets or gift cards for a company's anniversary, behind a
    click: the fake jubilee coupon that collects card details."""
    ev = _story(ctx, ALMOST_FREE, channels=("sms", "email", "url"))
    if not ev or not _hit(ctx, ANNIVERSARY):
        return []
    return [
        _r(
            "anniversary_offer",
            0.5,
            ev,
            "Næsten gratis billetter eller gavekort i anledning af et jubilæum er en kendt "
            "falsk kampagne, der samler kortoplysninger. Find tilbuddet på firmaets egen side.",
            "Almost free tickets or gift cards for an anniversary are a known fake campaign "
            "that collects card details. Look for the offer on the company's own site.",
        )
    ]


# Free films behind an account "to go on watching": the streaming lander that takes a
# card "for verification" and starts a subscription.
FREE_FILMS = re.compile(r"\b(gratis|free) (\w+ )?(film|serier|tv-shows?|movies|streaming)\b")
GO_ON_WATCHING = re.compile(
    r"\b(for at fortsætte med at se|fortsæt med at se|ubegrænset (adgang|film)|"
    r"to continue watching|unlimited (movies|access))\b"
)


@signal
def free_stream_signup(ctx: Context) -> list[Reason]:
    """Free films and series once you create an account "to go on watching": the fake
    streaming sites that take card details and start a subscription."""
    ev = _story(ctx, GO_ON_WATCHING, channels=("sms", "email", "url"))
    if not ev or not _hit(ctx, FREE_FILMS):
        return []
    return [
        _r(
            "free_stream_signup",
            0.5,
            ev,
            "Gratis film, hvis du opretter en konto for at se videre, er en kendt fælde: "
            "siden tager dine kortoplysninger og starter et abonnement.",
            "Free films if you create an account to keep watching is a known trap: the site "
            "takes your card details and starts a subscription.",
        )
    ]


@signal
def get_rich_promise(ctx: Context) -> list[Reason]:
    """A platform that makes anyone rich, a fixed daily income, a guaranteed return: the
    fake celebrity articles and ads for investment fraud."""
    ev = _story(ctx, GET_RICH, channels=("sms", "email", "url", "call"))
    if not ev:
        return []
    return [
        _r(
            "get_rich_promise",
            0.6,
            ev,
            "Løfter om hurtig rigdom eller garanteret afkast er investeringssvindel, også når "
            "en kendt person nævnes. Tjek firmaet på Finanstilsynets liste, før du betaler.",
            "Promises of quick wealth or guaranteed returns are investment fraud, also when a "
            "celebrity is named. Check the firm on the Danish FSA's list before you pay.",
        )
    ]


@signal
def giveaway_share(ctx: Context) -> list[Reason]:
    """Something given away if you share, like, comment or click: companies do not give
    away houses or plane tickets to whoever shares a post."""
    ev = _story(ctx, GIVEAWAY, channels=("sms", "email", "url"))
    if not ev or not (_hit(ctx, SHARE) or _hit(ctx, LINK_REFERENCE) or ctx.links):
        return []
    return [
        _r(
            "giveaway_share",
            0.5,
            ev,
            "En konkurrence eller gave, hvor du skal dele, like eller klikke. Falske "
            "konkurrencer samler dine oplysninger eller kortdata. Find konkurrencen på "
            "firmaets egen side.",
            "A competition or gift that wants you to share, like or click. Fake competitions "
            "collect your details or card data. Look for it on the company's own site.",
        )
    ]


@signal
def changed_account(ctx: Context) -> list[Reason]:
    """Payments to go to a new account number: confirm any change of account by phone, on a
    number you already have, before you pay."""
    pattern = CALLER_NEW_ACCOUNT if ctx.message.channel == "call" else NEW_ACCOUNT
    ev = _story(ctx, pattern, channels=("sms", "email", "call"))
    # "Hvis I nogensinde modtager en mail om ændrede kontooplysninger, så ring til mig"
    if (
        not ev
        or not _hit(ctx, INVOICE)
        or denied(ctx.text.display, ev[1], ev[2])
        or _hit(ctx, CHECK_KNOWN_NUMBER)
    ):
        return []
    return [
        _r(
            "changed_account",
            0.6,
            ev,
            "Beskeden beder dig betale til et nyt kontonummer. Ring til afsenderen på et "
            "nummer, du kender i forvejen, før du betaler.",
            "The message asks you to pay to a new account number. Call the sender on a number "
            "you already know before you pay.",
        )
    ]


@signal
def urgent_transfer(ctx: Context) -> list[Reason]:
    """A transfer to be made at once, abroad or quietly: the "CEO fraud" message to the
    bookkeeper or the treasurer."""
    ev = _story(ctx, TRANSFER_NOW)
    if not ev:
        return []
    return [
        _r(
            "urgent_transfer",
            0.55,
            ev,
            "En hastende eller diskret overførsel, bestilt på mail eller sms: sådan ser "
            "direktørsvindel ud. Ring til personen på et kendt nummer, før du overfører.",
            "An urgent or discreet transfer ordered by e-mail or text: this is what CEO fraud "
            "looks like. Call the person on a known number before you transfer anything.",
        )
    ]


@signal
def pay_first_sale(ctx: Context) -> list[Reason]:
    """A private seller who wants the money first and will send the goods afterwards."""
    ev = _story(ctx, PAY_FIRST, channels=("sms", "email", "url", "call"))
    if not ev or not _hit(ctx, SELLING):
        return []
    return [
        _r(
            "pay_first_sale",
            0.5,
            ev,
            "En sælger, der vil have pengene, før varen bliver sendt. Betal ved afhentning, "
            "eller brug en betalingsløsning med køberbeskyttelse.",
            "A seller who wants the money before sending the goods. Pay on collection, or use "
            "a payment service with buyer protection.",
        )
    ]


@signal
def fake_buyer(ctx: Context) -> list[Reason]:
    """A buyer who says they have paid for delivery or that a courier will collect, and
    sends you a link or a text to get the money: the marketplace scam on DBA and Facebook."""
    ev = _story(ctx, FAKE_BUYER)
    if not ev:
        return []
    return [
        _r(
            "fake_buyer",
            0.5,
            ev,
            "En køber, der har betalt for fragten og sender dig et link eller en sms for at "
            "modtage pengene: den falske købers svindel. Sælg kun mod betaling, du selv kan se "
            "i din bank-app.",
            "A buyer who has paid for shipping and sends you a link or a text to receive the "
            "money: the fake buyer's scam. Sell only against a payment you can see in your own "
            "bank app.",
        )
    ]


@signal
def pay_or_else(ctx: Context) -> list[Reason]:
    """A threat to publish, send to your friends or harm unless you pay."""
    ev = _story(ctx, PAY_OR_ELSE, channels=("sms", "email", "call"))
    if not ev:
        return []
    return [
        _r(
            "pay_or_else",
            0.8,
            ev,
            "Betal, ellers …: det er afpresning. Betal ikke, gem beskeden, og anmeld det til "
            "politiet.",
            "Pay or else: this is extortion. Do not pay, keep the message and report it to the "
            "police.",
        )
    ]


# A payment to be cancelled with your code: "BETALINGSANNULLERING … Indtast bekræftelseskoden",
# "han ville annullere en overførsel … engangskode". The code approves a payment instead.
CANCEL_PAYMENT = re.compile(
    r"\b((for at|vil|kan|skal) (\w+ ){0,2}annullere (\w+ ){0,2}(betaling|transaktion|overførsel|"
    r"køb)\w*|betalingsannullering\w*|annullering af (\w+ )?(betaling|transaktion|overførsel|"
    r"køb)\w*|tilbageførsel af (\w+ )?(betaling|beløb)\w*|(to )?cancel (the |this |a )?"
    r"(payment|transaction|transfer))\b"
)
CODE_ENTRY = re.compile(
    r"\b(indtast\w*|oplys\w*|skriv\w*|enter|godkend\w*|approve)\b[^.\n]{0,40}?\b(kode\w*|"
    r"bekræftelseskode\w*|engangskode\w*|sms-kode\w*|mitid|code)\b"
)


@signal
def cancel_with_code(ctx: Context) -> list[Reason]:
    """A payment you can cancel only by entering a code or approving in MitID: cancelling
    never takes your code, and the code approves a payment to the fraudster instead."""
    # Not `_story`: a kit's page names MitID.dk in its header, which reads as the claimed
    # organisation's own link; only a text about scams stands it down.
    ev = _hit(ctx, CANCEL_PAYMENT)
    if not ev or not _hit(ctx, CODE_ENTRY) or _hit(ctx, WARNS) or _hit(ctx, DESCRIBES):
        return []
    return [
        _r(
            "cancel_with_code",
            0.6,
            ev,
            "En betaling, du kun kan annullere ved at indtaste en kode eller godkende i MitID: "
            "det kræver en annullering aldrig. Koden godkender i stedet en betaling til "
            "svindleren. Ring selv til din bank.",
            "A payment you can only cancel by entering a code or approving in MitID: a "
            "cancellation never needs that. The code approves a payment to the fraudster "
            "instead. Call your bank yourself.",
        )
    ]


# A subscription renewed or an order charged that you did not make, and a number to ring to
# cancel it ("Har du ikke bestilt dette? Ring til vores refunderingsafdeling på …"): callback
# phishing, where the caller then talks you into remote access or a "refund" transfer.
RENEWED = re.compile(
    r"\b(fornye[ts]|fornyes|fornyelse\w*|er (blevet )?(trukket|opkrævet|afgivet|gennemført)|"
    r"trækkes|will (be )?renew\w*|renewed|has been (charged|placed)|auto-?renew\w*|"
    r"(en )?ordre på|kvittering for (dit|din) (køb|ordre)|your receipt)\b"
)
DISOWNED = re.compile(
    r"\b((hvis|har) du ikke (har )?(bestilt|godkendt|foretaget|ønsker|vil)|"
    r"ikke (var )?dig|if you did(n't| not)|if (this|it) was(n't| not) you|"
    r"(do not|don't) (want|wish)|for (at )?(annullere|refusion|få pengene)|to cancel|"
    # "Ønsker du at annullere", "for annullering", "Ønsker du ikke at forlænge", "få beløbet
    # refunderet"
    r"(ønsker|vil) du (ikke|at annullere)|(hvis )?du ønsker at annullere|for annullering|"
    r"få (beløbet|pengene) refunderet)\b"
)
CALL_NUMBER = re.compile(
    r"\b(ring\w*|call|kontakt\w*|tlf|telefon)\b"
    r"(?:[^.!?\n]|(?<=tlf)\.|(?<=nr)\.|(?<= \w)\.){0,60}?"
    r"(\+45[ .-]?)?\d\d[ .-]?\d\d[ .-]?\d\d[ .-]?\d\d"
)  # "kontakt os på tlf. 70 12 34 56", "efterforsker K. Madsen på …": an abbreviation's or an
# initial's full stop ends no sentence


@signal
def renewal_callback(ctx: Context) -> list[Reason]:
    """A renewal or charge you did not make, to be cancelled by ringing a number the
    message gives: real shops and services cancel in your account, never by a call you
    place to a number in the message."""
    ev = _story(ctx, CALL_NUMBER)
    if not ev or not _hit(ctx, RENEWED) or not _hit(ctx, DISOWNED):
        return []
    return [
        _r(
            "renewal_callback",
            0.6,
            ev,
            "En fornyelse eller et køb, du ikke kender, og et nummer, du skal ringe til for at "
            "annullere det. Det er tilbagekaldssvindel: den, der tager telefonen, vil have "
            "adgang til din computer eller dine penge. Tjek købet i din egen konto.",
            "A renewal or purchase you do not know and a number to ring to cancel it. That is "
            "callback fraud: whoever answers wants into your computer or your money. Check the "
            "purchase in your own account.",
        )
    ]


# A job that pays a day's wage for an hour's work, answered on WhatsApp or Telegram: the
# "task scam" that later asks the worker to pay in to unlock the pay.
JOB_OFFER = re.compile(
    r"\b(deltids\w*|hjemmefra|hjemmearbejde|hjemmejob|fjernarbejde|fjernjob\w*|"
    r"(fleksib\w*|online) (\w+ )?(job|arbejde|stilling|opgaver)|onlinejob\w*|online[ -]"
    r"(opgaver|assistent\w*|job)|jobtilbud|rekrutter\w*|vi søger (folk|personer|\w+ personer)|"
    r"part-?time|work from home|"
    # an unsolicited opener: "dit CV er blevet anbefalet til os"
    r"dit cv (er blevet|blev) (anbefalet|videresendt|udvalgt))\b"
)
DAILY_PAY = re.compile(
    r"\b(dagsløn|l(ø|oe)n(nen)? (udbetales )?dagligt|udbetal\w* dagligt|daglig(e)? udbetaling\w*|"
    r"\d[\d.]*\s?(kr\.?|dkk)?\s?(om dagen|dagligt|"
    r"pr\.? dag|/ ?dag)|\d+\s?[-–]\s?\d+ (min\w*|timer?) (om dagen|dagligt|daily|a day)|"
    # paid by the task and at once: "45 kr pr. opgave og udbetaling samme dag"
    r"udbetal\w* (samme dag|med det samme|straks)|\d+ ?kr\.? (pr\.?|per|for hver) (opgave|like|"
    r"anmeldelse|video))"
)
MESSENGER_CONTACT = re.compile(
    r"\b(whatsapp|telegram|wa\.me|t\.me)\b|"
    # answered by a word to start at once: "Svar JA for at starte"
    r"\bsvar\w* [\"'‘’“”]?ja[\"'‘’“”]? (for at|så) (starte|begynde|komme i gang|høre mere)\b"
)


@signal
def task_job(ctx: Context) -> list[Reason]:
    """A job offered by message that pays by the day for little time, or is answered on
    WhatsApp or Telegram: employers recruit through job sites and their own mail."""
    ev = _story(ctx, JOB_OFFER, channels=("sms", "email", "call"))
    if not ev or not (_hit(ctx, DAILY_PAY) or _hit(ctx, MESSENGER_CONTACT)):
        return []
    return [
        _r(
            "task_job",
            0.55,
            ev,
            "Et job, der betaler en dagløn for lidt tid eller aftales på WhatsApp eller "
            "Telegram: sådan begynder opgavesvindel, hvor du senere skal indbetale penge for "
            "at få din løn. Søg job via kendte jobsider.",
            "A job that pays a day's wage for little time or is arranged on WhatsApp or "
            "Telegram: that is how task scams begin, where you later must pay in to get your "
            "pay. Look for jobs on known job sites.",
        )
    ]


# A job whose work is to let money or goods pass through you: customer payments received on
# your own account and sent on, parcels received and re-shipped abroad, a cheque cashed and
# part of it transferred or spent at the firm's own supplier. That is a money mule's or
# reshipper's job, and a crime.
MULE_TASK = re.compile(
    r"\b(modtager? (\w+ )?(kunde)?betalinger\w*|modtager? (penge|overførsler|beløb)\w*"
    r"[^.!?\n]{0,40}\b(din|egen) (egen )?konto|"
    r"(videresend\w*|videreoverfør\w*|sende \w+ videre|overføre \w+ videre)[^.!?\n]{0,40}"
    r"\b(pengene|beløbet|betalingerne|til udlandet|til vores)|"
    r"modtage pakker[^.!?\n]{0,80}\b(send\w*|ompak\w*)|ompakke\w*|"
    r"((indløs\w*|indsæt\w*) (den |checken|checket|en check)|"
    r"check\w*\b[^!?\n]{0,30}\bsom du indløs\w*)"
    r"[^\n]{0,160}?\b(overfør|køb)\w*|"
    r"receive (customer )?payments[^.!?\n]{0,40}\b(your own|personal) account|"
    # offered in a chat: "modtage en overførsel fra min kammerat og sende den videre"
    r"modtage (en |nogle )?(overførsel|penge|beløb)\w*[^.!?\n]{0,60}\bsend\w* "
    r"(den|dem|det|pengene|beløbet) videre|"
    # "Du skal bare låne din konto ud til en overførsel", "modtager beløbene på din private
    # konto og sender dem videre"
    r"lån\w* (os |mig )?(din|jeres) (bank)?konto|"
    r"modtager? (\w+ ){0,2}på din (private |egen )?konto[^.!?\n]{0,20}\bsend\w* (dem|det|"
    r"pengene|beløbene?) videre)"
)
# Inside compounds too: "kundeservicemedarbejder", "hjemmearbejde", "betalingsassistent".
JOB_WORDS = re.compile(
    r"(job|stilling|ansøg|ansat|medarbejder|assistent|opgave|arbejd|hjemmekontor|position|"
    r"salary|employ)|\bløn|\btjen\w* [\d.]+ ?(kr|kroner)\b"
)


@signal
def mule_job(ctx: Context) -> list[Reason]:
    """A job that consists of receiving money or parcels and passing them on."""
    ev = _story(ctx, MULE_TASK, channels=("sms", "email", "call"))
    # (an account lent out for money is the mule's job whatever it is called)
    if not ev or not (_hit(ctx, JOB_WORDS) or re.match(r"lån", ev[0], re.IGNORECASE)):
        return []
    return [
        _r(
            "mule_job",
            0.75,
            ev,
            "Et job, hvor du skal modtage penge eller pakker og sende dem videre: det er at "
            "være pengemuldyr eller videresender for kriminelle, og det er strafbart. Sig nej, "
            "og kontakt din bank, hvis du har modtaget penge.",
            "A job where you receive money or parcels and pass them on: that is being a money "
            "mule or reshipper for criminals, and it is a crime. Say no, and contact your bank "
            "if you have received money.",
        )
    ]


# A fee to be paid before a job starts: a course, a medical, a permit or the uniform, paid
# by the applicant. Employers pay for what the job needs; "refunded with the first pay" is the
# advance-fee trick.
JOB_FEE = re.compile(
    rf"\b(før|inden) (kontrakten|ansættelsen|du kan starte|du starter|første arbejdsdag)\b"
    rf"{SENTENCE}{{0,80}}?\b(betale?|indbetale?|overføre?)\b|"
    rf"\b(betal\w*|indbetal\w*|overfør\w*|\d[\d.]* ?kr\.?)\b{SENTENCE}{{0,40}}?\b(til|for) "
    r"(et |dit |jeres |din )?(sikkerhedskursus|kursus|lægeundersøgelse|lægetjek|arbejdstilladelse|"
    r"visum|uniform|arbejdstøj|startpakke|certifikat|certificering|baggrundstjek)\w*"
)


@signal
def job_fee(ctx: Context) -> list[Reason]:
    """A job offered on condition that the applicant pays for a course, a medical or a
    permit first."""
    ev = _story(ctx, JOB_FEE, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, JOB_WORDS):
        return []
    return [
        _r(
            "job_fee",
            0.6,
            ev,
            "Du skal betale for kursus, lægeundersøgelse eller tilladelse, før jobbet begynder. "
            "En arbejdsgiver betaler selv for det, jobbet kræver; et gebyr før ansættelsen er "
            "svindel. Betal ikke.",
            "You must pay for a course, a medical or a permit before the job begins. An "
            "employer pays for what the job needs; a fee before you are hired is fraud. Do "
            "not pay.",
        )
    ]


# Someone "from the waterworks, the utility or the home care" who must be paid in cash or a
# deposit at once, or who must come in to test the tap water after "bacteria": utilities bill
# through their own invoices and announce visits by letter; the visit is a distraction theft.
UTILITY_CALLER = re.compile(
    r"\b(vandværk\w*|\w*forsyning\w*|fjernvarme\w*|elselskab\w*|elnet\w*|hofor|"
    r"vandcenter\w*|ældreplej\w*|hjemmepleje\w*|hjemmesygepleje\w*|vaccinationsteam\w*|"
    r"visitation\w*)\b"
)
DOOR_MONEY = re.compile(
    r"\b(kontant\w*|depositum\w*|udkørselsgebyr\w*|betal\w* [^.!?\n]{0,40}\bforud|"
    r"forudbetal\w*)\b"
)
TAP_CHECK = re.compile(
    r"\b(bakterier|forurene\w*|forurening)\b[^!?\n]{0,160}?\b(ind og tjekke|lukke (ham|hende|"
    r"os|dem|mig) ind|tjekke (dine |din |jeres )?vandhane\w*)"
)


@signal
def utility_at_the_door(ctx: Context) -> list[Reason]:
    """A caller or visitor from the utility or home care who wants cash, a deposit or a fee
    paid at once, or to come in and test the tap water."""
    ev = _story(ctx, TAP_CHECK, channels=("sms", "call"))
    if not ev:
        caller = _story(ctx, UTILITY_CALLER, channels=("sms", "call"))
        ev = _hit(ctx, DOOR_MONEY) if caller else None
    if not ev:
        return []
    return [
        _r(
            "utility_at_the_door",
            0.6,
            ev,
            "Forsyning og hjemmepleje opkræver ikke kontant, depositum eller gebyr ved døren "
            "eller over telefonen, og de tester ikke vandet inde hos dig med få minutters "
            "varsel. Luk ikke op, og ring selv til forsyningen på nummeret på din regning.",
            "Utilities and home care do not collect cash, deposits or fees at the door or by "
            "phone, and do not test your tap water at a few minutes' notice. Do not let them "
            "in; call the utility yourself on the number on your bill.",
        )
    ]


# A link domain built as "<name>-<what you are to do>": kredslob-afhentning.com,
# apotek-betaling.dk, shein-ordre.com, ecco-udsalg.dk. Organisations keep payment, log-in
# and tracking on their own domain or a known provider's; a hyphenated domain named for the
# action is a page put up for that one lure.
ACTION_LABEL = re.compile(
    r"(betal|opkraev|gebyr|book|bestil|forny|afhent|aflaes|pay|refund|verif|login|signin|"
    r"sikker|secure|kunde|service|support|opdater|update|konto|account|bekraeft|confirm|track|"
    r"levering|delivery|told|toll|faktura|invoice|billing|claim|tilbage|udbetal|checkout|"
    r"ordre|order|registr|gevinst|praemie|bonus|udsalg|outlet|dok)"
)


def _action_domain(domain: str) -> bool:
    label = domain.split(".")[0]
    return "-" in label and bool(ACTION_LABEL.search(label))


@signal
def action_domain(ctx: Context) -> list[Reason]:
    """A link to an unknown domain named for the action it asks (pay, book, confirm, track),
    where the message asks you to act or is the page itself."""
    named = [lk for lk in unknown_links(ctx) if _action_domain(lk.domain)]
    if not named or not _lure(ctx):
        return []
    asks = ctx.message.channel == "url" or _hit(ctx, FEE_DEMAND) or _asks_to_act(ctx)
    if not asks:
        return []
    return [
        _r(
            "action_domain",
            0.5,
            _link_ev(ctx, named[0].url),
            f"Linket går til {named[0].domain}, et domæne opkaldt efter det, du skal gøre "
            "(betale, bekræfte, bestille). Organisationer har betaling og login på deres eget "
            "domæne: gå selv ind via det.",
            f"The link goes to {named[0].domain}, a domain named for what you are to do (pay, "
            "confirm, order). Organisations keep payment and log-in on their own domain: go "
            "there yourself.",
        )
    ]


def _name_and_word(domain: str, display: str) -> bool:
    """A domain outside .dk that is the sender's own name joined to another word
    ("Danløn <noreply@danlon-lonseddel.com>"); not one that only writes the name with a
    hyphen ("Roskilde Festival <…@roskilde-festival.dk>", "GLS Denmark <…@gls-denmark.com>")."""
    first, _, rest = domain.split(".")[0].partition("-")
    names = spellings_of(display)
    return (
        not domain.endswith(".dk")
        and len(first) >= 3
        and first in names
        and bool(rest)
        and rest.replace("-", "") not in names
    )


@signal
def shaped_sender(ctx: Context) -> list[Reason]:
    """An e-mail from an address whose domain is named for an action ("proshop-ordrestatus
    .com"), spells Denmark outside .dk ("zalando-dk-ordre.com") or joins the sender's name
    to another word outside .dk ("danlon-lonseddel.com"), asking you to act."""
    domain = _from_domain(ctx)
    if not domain or domain in _official(ctx.all_profiles) or not _lure(ctx):
        return []
    display = ctx.message.display_name or ""
    if not (_action_domain(domain) or poses_as_danish(domain) or _name_and_word(domain, display)):
        return []
    ask = _hit(ctx, FEE_DEMAND) or _asks_to_act(ctx) or _hit(ctx, ACTION)
    if not ask:
        return []
    return [
        _r(
            "shaped_sender",
            0.5,
            ask,
            f"Afsenderen skriver fra {domain}, et domæne opkaldt efter handlingen eller med "
            "'dk' i navnet uden at være dansk. Sådan ser svindleres adresser ud: gå selv ind "
            "via organisationens egen side.",
            f"The sender writes from {domain}, a domain named for the action or with 'dk' in "
            "its name without being Danish. That is how fraudsters' addresses look: go to the "
            "organisation's own site yourself.",
        )
    ]


# "Svar JA" for a link, a payout or help with your money: the reply proves the number is
# live and brings the link past the phone's filter, or the call that follows. A dentist's
# "Svar JA for at bekræfte" and a bank's "Var det dig? Svar JA eller NEJ" ask for neither.
REPLY_YES_FOR = re.compile(
    r"\bsvar\w* (ja|j)\b[^.!?\n]{0,80}\b(link\w*|leveringslink|udbetal\w*|pengene retur|"
    r"refusion\w*|gevinst\w*|sikre dine penge)|"
    r"\b(link\w*|udbetal\w*|pengene retur|refusion\w*|gevinst\w*)\b[^.!?\n]{0,60}\bsvar\w* (ja|j)\b"
)


@signal
def reply_yes_for_link(ctx: Context) -> list[Reason]:
    """A text that asks you to answer "JA" to get a link, a payout or help with your money."""
    ev = _story(ctx, REPLY_YES_FOR, channels=("sms",))
    if not ev:
        return []
    return [
        _r(
            "reply_yes_for_link",
            0.55,
            ev,
            "Du skal svare JA for at få et link, en udbetaling eller hjælp med dine penge. Sådan "
            "tjekker svindlere, at nummeret er aktivt, og får linket uden om telefonens filter. "
            "Svar ikke.",
            "You are to answer YES to get a link, a payout or help with your money. That is how "
            "fraudsters check that the number is live and get the link past your phone's filter. "
            "Do not answer.",
        )
    ]


@signal
def name_and_word_link(ctx: Context) -> list[Reason]:
    """A message that names its sender first ("Krifa: …", or in the display name) and links
    to a domain outside .dk that joins that name to another word ("krifa-medlem.net",
    "molslinjen-refusion.com"), asking you to act: the sender's own site carries its name
    alone."""
    if ctx.message.channel not in ("sms", "email") or not _lure(ctx):
        return []
    # The name it gives itself first ("Krifa: Dit medlemskab …"), as NAMED_SENDER reads it.
    opening = NAMED_SENDER.match(ctx.text.display.lstrip())
    labels = [x for x in (opening and opening.group(2), ctx.message.display_name) if x]
    named = next(
        (lk for lk in unknown_links(ctx) for label in labels if _name_and_word(lk.domain, label)),
        None,
    )
    # (in a text message the link is the ask)
    sms = ctx.message.channel == "sms"
    ask = sms or _hit(ctx, FEE_DEMAND) or _asks_to_act(ctx) or _hit(ctx, ACTION)
    if named is None or not ask:
        return []
    return [
        _r(
            "name_and_word_link",
            0.55,
            _link_ev(ctx, named.url),
            f"Beskeden kalder sig {labels[0]}, men linker til {named.domain}: navnet sat sammen "
            "med et andet ord uden for .dk. En virksomheds egen side bærer navnet alene; gå "
            "selv ind via den.",
            f"The message calls itself {labels[0]} but links to {named.domain}: the name joined "
            "to another word outside .dk. A company's own site carries its name alone; go there "
            "yourself.",
        )
    ]


# Money paid in to unlock earnings ("indbetale 1.000 kr for at låse op for VIP-opgaverne",
# "en kombinationsopgave", "negativ saldo"): no employer charges a worker to be paid.
TASK_DEPOSIT = re.compile(
    r"\b(kombinationsopgave\w*|vip-?opgave\w*|negativ saldo|låse? op for|"
    r"låse? (de |dine )?(næste )?(\d+ )?(opgaver|opgavesæt|niveau\w*) op|startgebyr\w*|"
    r"indbetal\w*[^.!?\n]{0,30}\bsom (sikkerhed|depositum)|"
    # a fee to be hired, "refunded with the first pay": "Kursusgebyret … refunderes med første løn"
    rf"\w*gebyr\w*{SENTENCE}{{0,60}}?\b(refunderes|tilbagebetales|returneres) (med|ved) (din )?"
    r"første løn|"
    r"(indbetal\w*|indsæt\w*|sætte ind)[^.!?\n]{0,60}\b(for at|så du kan) (kunne )?"
    r"(hæve|udbetale|få udbetalt|låse op))"
)


@signal
def task_deposit(ctx: Context) -> list[Reason]:
    """Pay in to withdraw your pay or unlock more tasks: the task scam's second act."""
    ev = _story(ctx, TASK_DEPOSIT, channels=("sms", "email", "call"))
    if not ev:
        return []
    return [
        _r(
            "task_deposit",
            0.75,
            ev,
            "Du skal indbetale penge for at få din løn eller flere opgaver. Ingen arbejdsgiver "
            "tager betaling for at udbetale løn: pengene er tabt, og mere følger. Stop og "
            "kontakt din bank.",
            "You must pay in to get your pay or more tasks. No employer charges you to be "
            "paid: the money is lost and more will be asked. Stop and contact your bank.",
        )
    ]


# A fee before money is paid out to you ("For at udbetale lånet skal du betale forsikring på
# 890 kr", "For at hæve din provision skal du først indbetale 1.000 kr"): lenders deduct
# their fees from the loan, and winnings, pay and refunds cost nothing to receive.
PAY_TO_RELEASE = re.compile(
    # ("For at låse dine penge op skal du indbetale 2.000 kr.")
    rf"\bfor at (kunne )?(hæve|udbetale|få udbetalt|frigive|modtage|låse (\w+ ){{0,2}}"
    rf"(penge|midler|gevinst|indtjening|saldo)\w* op) {SENTENCE}{{0,60}}"
    r"\b(skal|må) (du|i|der) (først |lige )?(betale|betales|indbetale|indbetales|overføre|"
    r"sætte ind)\b|"
    # "Fonden kræver et administrationsgebyr på 1.850 kr. før udbetaling"
    rf"\b\w*gebyr\w*{SENTENCE}{{0,40}}?\b(før|inden) (udbetaling\w*|frigivelse\w*|pengene|"
    r"beløbet|summen)( (udbetales|frigives|kan udbetales))?|"
    # "kontakte vores agent og betale et udbetalingsgebyr"
    r"\b(betal\w*|indbetal\w*|overfør\w*) (\d[\d.]* kr\.? )?(i )?(et |en |dit )?[\"“]?"
    r"(udbetalings|frigivelses|gevinst|vinder)(gebyr|afgift)\w*|"
    # the other way round: "Inden udbetaling skal der betales et forsikringsgebyr"
    rf"\b(før|inden) (udbetaling\w*|lånet udbetales|pengene udbetales),? {SENTENCE}{{0,20}}?"
    r"\b(skal|må) (der|du|i) (først )?(betales|betale|indbetales|indbetale|overføres|overføre)\b|"
    # a payment promised back out of the first pay-out: "som refunderes ved første afregning"
    rf"\b(betale?s?|indbetale?s?|overføre?s?|gebyr\w*)\b{SENTENCE}{{0,80}}?\bsom (refunderes|"
    r"tilbagebetales|modregnes|returneres) (med|ved|i) (den |din |jeres )?første\b|"
    # "Beløbet refunderes med første løn": a fee the new job or loan is to pay back
    r"\b(beløbet|pengene|gebyret) (refunderes|tilbagebetales|returneres) (med|ved|i) (den |din )?"
    r"første (løn|udbetaling|afregning)\w*|"
    # "Før vi kan frigive beløbet, skal du betale", "kan udbetales, når du har betalt skat og
    # gebyr"
    rf"\b(før|inden) (vi|de|banken|fonden) kan (frigive|udbetale|overføre) (beløbet|pengene|"
    rf"lånet|summen|gevinsten){SENTENCE}{{0,20}}?\b(skal|må) (du|i) (først )?(betale|indbetale|"
    r"overføre)\b|"
    r"\bkan (udbetales|frigives|overføres),? når (du|i) har (betalt|indbetalt|overført)\b"
)


@signal
def pay_to_release(ctx: Context) -> list[Reason]:
    """A payment asked of you before money is paid out to you: the advance-fee fraud of
    fake loans, winnings and task jobs."""
    ev = _story(ctx, PAY_TO_RELEASE, channels=("sms", "email", "call"))
    if not ev:
        return []
    return [
        _r(
            "pay_to_release",
            0.75,
            ev,
            "Du skal betale, før du kan få penge udbetalt. Rigtige långivere trækker gebyrer "
            "i lånet, og gevinster og løn koster intet at modtage: det er forskudssvindel. "
            "Betal ikke.",
            "You must pay before money is paid out to you. Real lenders deduct fees from the "
            "loan, and winnings and pay cost nothing to receive: this is advance-fee fraud. "
            "Do not pay.",
        )
    ]


# Your account or card lent out for money ("3000 kr for at låne din konto i 2 dage", "du
# sender det videre og beholder 3000"): whoever does it is a money mule.
RENT_ACCOUNT = re.compile(
    r"\b((låne|leje|bruge) (din|dit|jeres) (bank)?(konto|kort|mobilepay|nemkonto)\b"
    r"[^.!?\n]{0,40}\b(kr|betaler|tjen\w*|beholde\w*)|"
    r"\d[\d.]* ?kr\.?[^.!?\n]{0,30}\bfor at (låne|leje|bruge) (din|dit) (bank)?(konto|kort)|"
    r"(sender|overfører) (\w+ )?videre[^.!?\n]{0,20}\bog beholder)"
)


@signal
def rent_your_account(ctx: Context) -> list[Reason]:
    """Money offered for the use of your bank account or card, the money passed on."""
    ev = _story(ctx, RENT_ACCOUNT, channels=("sms", "email", "call"))
    if not ev:
        return []
    return [
        _r(
            "rent_your_account",
            0.75,
            ev,
            "Nogen vil betale for at bruge din konto eller dit kort. Penge, der går gennem din "
            "konto videre til andre, gør dig til pengemuldyr, og det er strafbart. Sig nej.",
            "Someone offers to pay for the use of your account or card. Money passed through "
            "your account to others makes you a money mule, and that is a crime. Say no.",
        )
    ]


# "Jeg kom til at reporte din Steam-konto ved en fejl, skriv til support på Discord": the
# gaming scam that hands you to a fake support agent who takes the account or your money.
ACCIDENTAL_REPORT = re.compile(
    r"\b((ved en fejl|kom til at|uheld)[^.!?\n]{0,30}\b(report\w*|rapporter\w*|anmeld\w*)|"
    r"accidentally reported)\b"
)
ACCOUNT_WORD = re.compile(r"\b(konto\w*|account|profil\w*|bruger\w*)")


@signal
def accidental_report(ctx: Context) -> list[Reason]:
    """A player who "reported your account by mistake" and sends you to a support contact."""
    ev = _story(ctx, ACCIDENTAL_REPORT, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, ACCOUNT_WORD):
        return []
    return [
        _r(
            "accidental_report",
            0.6,
            ev,
            "'Jeg kom til at anmelde din konto ved en fejl' er en kendt svindel i spil og på "
            "Discord: den 'support', du sendes til, vil have dit login eller penge. Kontakt kun "
            "support inde på tjenestens egen side.",
            "'I reported your account by mistake' is a known gaming and Discord scam: the "
            "'support' you are sent to wants your log-in or money. Contact support only on "
            "the service's own site.",
        )
    ]


# A stranger offering a weekly allowance as "sugar daddy": the advance-fee scam that asks a
# "verification" or "activation" payment before the money that never comes.
SUGAR = re.compile(r"\bsugar ?(baby|babe|daddy|dad|mama|mummy|mommy)\b")
MONEY_TALK = re.compile(r"\b(\d[\d.]* ?kr|betal\w*|gebyr\w*|penge|lommepenge|allowance|pay)\b")


@signal
def sugar_offer(ctx: Context) -> list[Reason]:
    """Money offered by a "sugar daddy" stranger."""
    ev = _story(ctx, SUGAR, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, MONEY_TALK):
        return []
    return [
        _r(
            "sugar_offer",
            0.55,
            ev,
            "En fremmed 'sugar daddy', der vil betale dig penge: det ender med, at du skal "
            "betale et gebyr eller give dine kortoplysninger. Svar ikke.",
            "A stranger 'sugar daddy' who will pay you money: it ends with you paying a fee or "
            "giving your card details. Do not reply.",
        )
    ]


# A fee to move up a waiting list ("Mod et prioriteringsgebyr på 1.500 kr kan du rykke op"):
# housing and schools allot places by seniority, not by a payment.
QUEUE_JUMP = re.compile(
    r"\b(rykke (op|frem|foran)|springe (over|frem)|komme foran|foran i køen|først i køen|"
    r"prioriteringsgebyr\w*|prioritetsgebyr\w*)\b"
)
WAITING_LIST = re.compile(r"\b(venteliste\w*|kø(en)?|boligkø\w*)\b")


@signal
def queue_jump_fee(ctx: Context) -> list[Reason]:
    """A payment to move up a housing or school waiting list."""
    ev = _story(ctx, QUEUE_JUMP, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, WAITING_LIST) or not _hit(ctx, MONEY_TALK):
        return []
    return [
        _r(
            "queue_jump_fee",
            0.55,
            ev,
            "Man kan ikke betale sig op ad en venteliste til bolig eller skole: pladser gives "
            "efter anciennitet. Betal ikke, og tjek din plads på udbyderens egen side.",
            "You cannot pay to move up a housing or school waiting list: places go by "
            "seniority. Do not pay, and check your place on the provider's own site.",
        )
    ]


# Told to keep it from the bank or from others ("Sig ikke noget til andre, før sagen er
# afsluttet", "Fortæl ikke banken, hvad pengene skal bruges til"): the police and banks
# never ask for secrecy from the bank; fraudsters do, so that no one stops the transfer.
SECRECY = re.compile(
    r"\b((sig|fortæl|nævn)\w* (ikke|intet|aldrig)( noget| det)? (til|for) (banken|din bank|"
    r"rådgiver\w*|personalet|medarbejder\w*|kassen|andre|nogen|familien|din familie)|"
    r"(du )?må ikke (tale|snakke|drøfte \w+) (med|om det med) (dine |nogen af dine )?"
    r"(kolleg\w*|andre|nogen))\b"
)
MONEY_MATTER = re.compile(r"\b(bank\w*|politi\w*|konto\w*|kort\w*|overfør\w*|hæv\w*|lån\w*|sag)\b")


@signal
def keep_it_secret(ctx: Context) -> list[Reason]:
    """Told to say nothing to the bank or to others about a matter of money or a case."""
    ev = _story(ctx, SECRECY, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, MONEY_MATTER):
        return []
    return [
        _r(
            "keep_it_secret",
            0.6,
            ev,
            "Du bliver bedt om ikke at sige noget til banken eller andre. Politi og banker "
            "beder aldrig om hemmelighed over for banken; svindlere gør, så ingen stopper "
            "overførslen. Tal med din bank.",
            "You are told to say nothing to the bank or to others. The police and banks never "
            "ask for secrecy from the bank; fraudsters do, so that no one stops the transfer. "
            "Talk to your bank.",
        )
    ]


# A public benefit to apply for or keep through a link to a domain named for it
# ("Ældrecheck 2025: … Ansøg her: aeldrecheck-ansog.dk", "SU-tillæg … su-tillaeg.dk/ansog"):
# benefits are applied for on borger.dk, su.dk and skat.dk, never on a site named for them.
BENEFIT = re.compile(
    r"\b(ældrecheck\w*|varmecheck\w*|energicheck\w*|feriepenge\w*|boligstøtte\w*|"
    r"børnecheck\w*|su|su-\w+|nemkonto\w*|overskydende skat|energitilskud\w*|helbredstillæg\w*|"
    r"energikompensation\w*|inflationshjælp\w*|pensionstillæg\w*)\b"
)
BENEFIT_LABEL = re.compile(
    r"(check|feriepenge|^su-|-su\b|minsu|nemkonto|udbetal|tilskud|stoette|ansog|ansoeg|"
    r"refusion|kompensation|tillaeg|offentlig)"
)
BENEFIT_ASK = re.compile(
    r"\b(ansøg|søg|registrer|tilføj|upload|bekræft|log (ind|på)|udfyld|genansøg)\w*"
)


@signal
def benefit_link(ctx: Context) -> list[Reason]:
    """A public benefit to be applied for, confirmed or kept through a link to a domain
    named for the benefit or the payout."""
    # (not a link in quotation marks: "et link 'udk-aeldrecheck.dk'" is one told about)
    named = [
        lk
        for lk in unknown_links(ctx)
        if BENEFIT_LABEL.search(lk.domain.split(".")[0])
        and (lk.start < 0 or not quoted(ctx.text.display, lk.start, lk.end))
    ]
    if not named or not _lure(ctx) or not _hit(ctx, BENEFIT) or not _hit(ctx, BENEFIT_ASK):
        return []
    return [
        _r(
            "benefit_link",
            0.6,
            _link_ev(ctx, named[0].url),
            f"Offentlige ydelser søges på borger.dk, su.dk eller skat.dk, ikke på "
            f"{named[0].domain}, et domæne opkaldt efter ydelsen. Gå selv ind på borger.dk.",
            f"Public benefits are applied for on borger.dk, su.dk or skat.dk, not on "
            f"{named[0].domain}, a domain named for the benefit. Go to borger.dk yourself.",
        )
    ]


# Money "sent to you by mistake" or "too much" that you are to send back: the first
# payment was stolen or never arrived (the overpayment scam), and returning it moves a
# fraudster's money or your own.
BY_MISTAKE = re.compile(
    r"\b(ved en fejl|by mistake|fejloverførsel|kom til at (sende|overføre)|i stedet for \d+|"
    r"selv ?om (\w+ ){1,3}koster|"
    r"(overført|betalt|indbetalt)\w* (\S+ ){0,3}for meget|overpaid|paid too much|"
    r"differencen)\b"
)
SEND_BACK = re.compile(
    r"\b((send\w*|overfør\w*|betal\w*|mobilepay\w*) (dem |det |pengene |beløbet |"
    r"(de )?\d[\d.,]* ?(kr\.?|kroner)? ?)?(retur|tilbage)|send (it|the money) back|"
    r"(returner\w*|send\w*|overfør\w*) [^.!?\n]{0,30}\b(differencen|det overskydende)|"
    r"resten (bedes|skal|kan) (i|du) (overføre|sende)|"
    r"differencen [^.!?\n]{0,30}\b(sendt|overført|betalt) (retur|tilbage))\b"
)
# "Vi sender differencen tilbage": the shop pays you back and asks nothing of you.
WE_PAY_BACK = re.compile(r"\bvi (returnerer|sender|overfører|tilbagebetaler|refunderer)\b")


@signal
def sent_by_mistake(ctx: Context) -> list[Reason]:
    """Money said to be sent to you by mistake, to be sent back to a number or account."""
    ev = _story(ctx, BY_MISTAKE, channels=("sms", "email", "call"))
    back = _hit(ctx, SEND_BACK)
    if not ev or not back or _hit(ctx, WE_PAY_BACK):
        return []
    return [
        _r(
            "sent_by_mistake",
            0.5,
            ev,
            "Penge, der skulle være sendt til dig ved en fejl, og som du skal sende tilbage. "
            "Send ikke selv noget: tjek din konto, og lad din bank eller MobilePay føre "
            "en fejloverførsel tilbage.",
            "Money said to be sent to you by mistake, to be sent back. Send nothing yourself: "
            "check your account and let your bank or MobilePay return a wrong payment.",
        )
    ]


# Bail for a grandchild "in custody after an accident", fetched by a courier.
BAIL = re.compile(r"\b(kaution\w*|bail)\b")
CUSTODY = re.compile(
    r"\b(arrest\w*|anholdt|fængsl\w*|varetægt\w*|ulykke|politiet|kurer\w*|courier|custody)\b"
)


@signal
def bail_courier(ctx: Context) -> list[Reason]:
    """Bail to be paid today for a relative held after an accident: Danish courts take no
    bail by phone or courier."""
    ev = _story(ctx, BAIL, channels=("sms", "call"))
    if not ev or not _hit(ctx, CUSTODY):
        return []
    return [
        _r(
            "bail_courier",
            0.6,
            ev,
            "Kaution for et familiemedlem, der skulle sidde anholdt: danske myndigheder "
            "kræver ikke kaution over telefonen eller via en kurer. Læg på, og ring selv til "
            "familiemedlemmet.",
            "Bail for a relative said to be held: Danish authorities do not take bail by "
            "phone or through a courier. Hang up and call the relative yourself.",
        )
    ]


# An alert (a blocked card, a payment or log-in you did not make) that asks you to ring a
# number the claimed organisation has not published: the callback reaches the fraudster.
ALERT = re.compile(
    r"\b(spærret|afventer (din )?godkendelse|blev godkendt|ikke (var |er )?dig\b|ikke genkender|"
    r"genaktivere|mistænkelig\w*|usædvanlig\w*|was(n't| not) you|suspicious|"
    r"kompromitteret|misbrugt|(er )?(blevet )?brugt i|ny (betalingsmodtager|enhed)|"
    r"tilknyttet en ny|nyt login|under oprettelse|oprettet i dit navn|ikke har ansøgt|"
    r"ikke kender (betalingen|købet|overførslen|transaktionen)|er reserveret|"
    r"ikke (selv )?har anmodet|"
    r"(er )?(blevet )?(låst|blokeret)( efter| pga\.?| på grund af)?|"
    # "Din MitID er sat på pause … Ring til MitID-support på 52 84 10 77"
    r"(sat|lagt) på pause|(er )?sat i bero|(er )?(blevet )?(suspenderet|deaktiveret|lukket ned))\b"
)


NOT_YOU_RING = re.compile(
    r"\b(ikke (var |er )?dig|ikke (har )?(bestilt|foretaget|ansøgt)|ikke genkender)\b[^!?\n]{0,60}"
    r"\bring\w* (straks|hurtigst muligt|nu|med det samme)\b|"
    # "Var det ikke dig, så ring til vores svindelafdeling på 78 74 11 09 hurtigst muligt"
    r"\b(ikke (var |er )?dig|ikke genkender)\b[^!?\n]{0,30}\bring\w*\b[^.!?\n]{0,60}"
    r"\b(straks|hurtigst muligt|med det samme)\b|"
    # "Ikke dig? Ring til 78 76 12 05 for at annullere"
    r"\b(ikke (var |er )?dig|ikke (har )?(bestilt|foretaget))\b[^!\n]{0,30}\bring\w*\b"
    r"[^.!?\n]{0,50}\b(for at|og) (annullere|stoppe|afvise|spærre|tilbageføre)\b"
)


@signal
def alert_callback(ctx: Context) -> list[Reason]:
    """A security alert with a number to call that is not one the claimed organisation
    publishes."""
    ev = _story(ctx, CALL_NUMBER)
    # The organisation that speaks (`identify` puts it first); another it names, such as
    # Nets for blocking a card, has numbers of its own.
    known = set(ctx.claimed[0].phones) if ctx.claimed else set()
    # With no published number to compare, only "was it not you? ring now" itself: the
    # callback is the scam's whole point, a genuine alert sends you to the app or the card.
    if not ev or not ((known and _hit(ctx, ALERT)) or _hit(ctx, NOT_YOU_RING)):
        return []
    numbers = phones(ev[0])  # the number the callback story ends with
    if not numbers or numbers[-1].e164 in known:
        return []
    return [
        _r(
            "alert_callback",
            0.6,
            ev,
            "En advarsel om dit kort eller din konto med et nummer, du skal ringe til, som "
            "ikke er organisationens officielle. Ring selv til det nummer, der står på "
            "organisationens hjemmeside eller dit kort.",
            "An alert about your card or account with a number to call that is not the "
            "organisation's official one. Call the number on its website or your card "
            "yourself.",
        )
    ]


# A message in an organisation's name that wants you to ring a number now ("Ring nu 42 58 71
# 03 – frist i dag", "Ring hurtigst muligt til vores vinderservice"), a number no
# organisation in the directory publishes: the callback is where the fraud happens. (An
# e-mail from the organisation's own domain is its own.)
RING_NOW = re.compile(
    r"\b(straks|nu|i dag|idag|hurtigst muligt|med det samme|frist i dag|(inden|før) kl\.? \d+)\b"
)


@signal
def urgent_callback(ctx: Context) -> list[Reason]:
    """An organisation's name, and a number no organisation publishes to ring now."""
    if not ctx.claimed or _from_domain(ctx) in _official(ctx.all_profiles):
        return []
    ev = _story(ctx, CALL_NUMBER)
    if not ev or not _hit(ctx, RING_NOW):
        return []
    numbers = phones(ev[0])
    if not numbers or numbers[-1].e164 in published_phones(ctx.all_profiles):
        return []
    return [
        _r(
            "urgent_callback",
            0.5,
            ev,
            f"Beskeden bruger navnet {ctx.claimed[0].name} og vil have dig til at ringe til et "
            "nummer nu, som organisationen ikke selv oplyser. Find nummeret på "
            "organisationens egen hjemmeside, og ring dertil.",
            f"The message uses the name {ctx.claimed[0].name} and wants you to ring a number "
            "now that the organisation does not publish itself. Look the number up on its own "
            "website and ring that.",
        )
    ]


# A number to ring or text that is premium-rate (Danish 90 numbers): no hospital, bank or
# authority asks you to call one, and the call itself is the fraud's income.
@signal
def premium_callback(ctx: Context) -> list[Reason]:
    """A request to ring a premium-rate number."""
    ev = _story(ctx, CALL_NUMBER)
    if not ev or not any(premium_rate(p.e164) for p in phones(ev[0])):
        return []
    return [
        _r(
            "premium_callback",
            0.6,
            ev,
            "Beskeden beder dig ringe til et overtakseret nummer (et 90-nummer), hvor opkaldet "
            "koster ekstra. Organisationer beder dig ikke ringe til sådan et nummer. Ring ikke; "
            "find organisationens nummer på dens egen hjemmeside.",
            "The message asks you to call a premium-rate number (a Danish 90 number) that "
            "charges extra for the call. Organisations do not ask you to ring such a number. "
            "Do not call; look up the organisation's number on its own website.",
        )
    ]


# A debt-collection threat (RKI, court, "last notice") whose way out is a number to ring
# today: a collector's own letters point to its own site and case number, the callback is
# where the fake collector takes the payment.
DEBT_THREAT = re.compile(
    r"\b(rki|inkasso\w*|retslige? skridt|fogedret\w*|ubetalt (gæld|faktura|regning)|"
    r"sidste varsel|debt collect\w*|legal action)\b"
)


@signal
def debt_callback(ctx: Context) -> list[Reason]:
    """A debt-collection threat with a number to ring at once."""
    ev = _story(ctx, CALL_NUMBER)
    if not ev or not _hit(ctx, DEBT_THREAT) or not _hit(ctx, RING_NOW):
        return []
    return [
        _r(
            "debt_callback",
            0.55,
            ev,
            "En trussel om inkasso, RKI eller retssag, hvor du skal ringe til et nummer med "
            "det samme. Find selv inkassofirmaets nummer på dets hjemmeside, og betal intet, "
            "før du har set kravet.",
            "A threat of debt collection, a credit blacklist or court, with a number to ring "
            "at once. Look up the collector's number on its own website yourself and pay "
            "nothing before you have seen the claim.",
        )
    ]


# An alert that says the bank will ring you in a few minutes: the SMS prepares the call
# from the "fraud department" that follows.
CALL_COMING = re.compile(
    r"\b((vi|\w+ (medarbejder|rådgiver)\w*)[^.!?\n]{0,40}\bringer (dig op|til dig|dig)\b"
    r"[^.!?\n]{0,20}\b(inden for|indenfor|om) (få |\d+ )?min\w*|vent på (vores|vort) opkald|"
    r"du (bliver )?kontakt(es|et) telefonisk[^.!?\n]{0,50}\b(i dag|om lidt|snarest|inden)|"
    r"we will call you|"
    # "Hvis det ikke er dig, ringer en medarbejder dig op inden for 10 minutter"
    r"ringer (en|vores) (medarbejder|rådgiver)\w* (dig op|til dig)[^.!?\n]{0,20}\b(inden for|"
    r"indenfor|om) (få |\d+ )?min\w*)"
)


@signal
def call_announced(ctx: Context) -> list[Reason]:
    """A text about a payment, a device or a log-in you did not make that says someone will
    ring you in minutes: the call that follows is the fraud."""
    ev = _story(ctx, CALL_COMING)
    if not ev or not _hit(ctx, ALERT):
        return []
    return [
        _r(
            "call_announced",
            0.6,
            ev,
            "En advarsel, der varsler et opkald fra banken om få minutter. Sådan forbereder "
            "svindlere det opkald, hvor de beder om koder eller flytter dine penge. Ring selv "
            "til din bank på nummeret på dit kort.",
            "An alert announcing a call from the bank within minutes. That is how fraudsters "
            "prepare the call in which they ask for codes or move your money. Call your bank "
            "yourself on the number on your card.",
        )
    ]


# A landlord or seller abroad who cannot show the home or the goods but wants money first.
_ABROAD = (
    r"(i udlandet|i (spanien|england|tyskland|norge|sverige|polen|frankrig|italien|"
    r"portugal|usa|dubai|schweiz|nigeria|london|berlin|paris|madrid|oslo|stockholm|"
    r"thailand|ghana)|på en boreplatform|på udveksling( i \w+)?|udstationeret( i \w+)?|"
    r"(in|abroad in) (spain|england|germany|london|the uk|norway|sweden|france|italy))"
)
AWAY = re.compile(
    rf"\b((bor|er|arbejder|står hos \w+ \w+|i'?m|i am) "
    rf"(desværre |pt\.? |lige nu |for tiden |i øjeblikket )?{_ABROAD}|"
    rf"(er )?på arbejde {_ABROAD}|"
    r"kan (jeg |vi )?(desværre |derfor |selv )?ikke (vise|fremvise) (dig )?(den|det|lejligheden|"
    r"boligen|værelset|huset))\b"
)
DEPOSIT = re.compile(
    r"\b(depositum|indskud|forudbetalt leje|første måneds (husleje|leje)|deposit|"
    r"når du har (betalt|overført)|betale? (depositum|forud)|"
    r"når (hele )?(beløbet|lejen|huslejen) er (ind)?betalt)\b"
)


@signal
def absent_landlord(ctx: Context) -> list[Reason]:
    """A home to rent or goods for sale whose owner is abroad and cannot show them, but
    wants a deposit or the price first: the rental and marketplace scam."""
    ev = _story(ctx, AWAY)
    if not ev or not _hit(ctx, DEPOSIT):
        return []
    return [
        _r(
            "absent_landlord",
            0.6,
            ev,
            "En udlejer eller sælger, der er i udlandet og ikke kan vise boligen eller varen, "
            "men vil have penge først. Betal aldrig, før du har set den og har en kontrakt "
            "eller varen i hånden.",
            "A landlord or seller who is abroad and cannot show the home or the goods but "
            "wants money first. Never pay before you have seen it and hold a contract or the "
            "goods.",
        )
    ]


# Disaster relief to a private MobilePay number: charities collect on short MobilePay
# numbers and their own sites, not on a person's eight-digit phone number.
DISASTER = re.compile(
    r"\b(nødhjælp\w*|ofrene|katastrofe\w*|oversvømmelse\w*|jordskælv\w*|flygtning\w*|"
    r"krigen|gaza|ukraine|disaster|victims)\b"
)
PRIVATE_MOBILEPAY = re.compile(r"\bmobilepay\w*\b[^.!?\n]{0,20}?\b\d\d ?\d\d ?\d\d ?\d\d\b")
# Or a named charity: charities collect on their own MobilePay box numbers (four to six
# digits), never on a phone number ("Røde Kors Julehjælp: … MobilePay til 2874 9103").
CHARITY = re.compile(
    r"\b(røde kors|kirkens korshær|red barnet|unicef|kræftens bekæmpelse|frelsens hær|"
    r"mødrehjælpen|dansk flygtningehjælp|læger uden grænser|julehjælp\w*|velgørenhed\w*|"
    # a donation asked for in so many words ("Doner 100 kr. nu via MobilePay til 27 41 09 83"):
    # a class collecting for a gift "samler ind", it does not ask for donations
    r"doner\w*|donér\w*)\b"
)


@signal
def relief_to_private_number(ctx: Context) -> list[Reason]:
    """Money for the victims of a disaster, or for a named charity, sent by MobilePay to a
    private phone number."""
    ev = _story(ctx, PRIVATE_MOBILEPAY)
    if not ev or not (_hit(ctx, DISASTER) or _hit(ctx, CHARITY)):
        return []
    return [
        _r(
            "relief_to_private_number",
            0.5,
            ev,
            "En indsamling til ofre for en katastrofe eller i en velgørende organisations navn, "
            "hvor pengene skal sendes med MobilePay til et privat telefonnummer. Giv via "
            "organisationens egen hjemmeside eller dens officielle MobilePay-nummer.",
            "A collection for the victims of a disaster or in a charity's name, with the money "
            "to go by MobilePay to a private phone number. Give through the charity's own "
            "website or its official MobilePay number.",
        )
    ]


# An authority that collects public money (tax, debt, fines, fees), or a fine or control
# fee, named beside a MobilePay payment to a phone number: they are paid by Betalingsservice,
# an indbetalingskort, the issuer's own site or a bank transfer to its account, never to a
# person's phone ("B-SKAT: Forfalden rate. Betal med MobilePay til 44 71 93 02"). "Skat" only as a
# sender's name before a colon or dash ("Hej skat" is a term of endearment).
COLLECTING_AUTHORITY = re.compile(
    r"\b(skattestyrelsen|skat(?=\s*[:–-])|b-skat|restskat\w*|gældsstyrelsen|gaeldsstyrelsen|"
    r"toldstyrelsen|motorstyrelsen|udbetaling danmark|politiet|rigspolitiet|\w+s? kommune|"
    r"kommunen|borgerservice|teknik og miljø|fogedret\w*|"
    # and fines and control fees, public or private: "Parkeringskontrol: … Betal reduceret
    # afgift 395 kr på MobilePay 41 88 20 73"
    r"bøde\w*|kontrolafgift\w*|parkeringsafgift\w*|p-afgift\w*|parkeringskontrol\w*|"
    # the municipality's home care, billed with the rest of its charges
    r"hjemmepleje\w*|"
    # and the fees of daycare, after-school care and boarding schools
    r"sfo|fritidsordning\w*|dagtilbud\w*|vuggestue\w*|børnehave\w*|efterskole\w*|"
    r"pladsanvisning\w*)\b"
)


@signal
def authority_by_mobilepay(ctx: Context) -> list[Reason]:
    """An authority that collects public money or a fine, and a MobilePay payment to a phone
    number."""
    ev = _story(ctx, PRIVATE_MOBILEPAY)
    if not ev or not _hit(ctx, COLLECTING_AUTHORITY):
        return []
    return [
        _r(
            "authority_by_mobilepay",
            0.6,
            ev,
            "Beskeden nævner en myndighed eller en bøde og beder om betaling med MobilePay til "
            "et telefonnummer. Skat, gæld, bøder, kontrolafgifter og kommunale gebyrer betales "
            "med Betalingsservice, indbetalingskort, på udstederens egen side eller ved "
            "overførsel til dens konto, aldrig til en persons telefon.",
            "The message names an authority or a fine and asks for payment by MobilePay to a "
            "phone number. Tax, debt, fines, control fees and municipal fees are paid by "
            "Betalingsservice, a payment slip, on the issuer's own site or by a transfer to its "
            "account, never to a person's phone.",
        )
    ]


# A club's or an association's payment system said to be down, and the fee or tickets to be
# paid to a person instead ("Da vores betalingssystem er nede, skal kontingentet betales via
# MobilePay til vores kasserer på 26 48 19 07", "MobilePay-boksen er lukket pga. fejl …
# overført til min private konto: reg. 7890"): a treasurer's account is taken over or
# impersonated; a real club waits, or pays through its own box or site.
PAYMENT_DOWN = re.compile(
    r"\b(betalingssystem\w*|betalingsløsning\w*|betalingsside\w*|mobilepay[- ]?box\w*|"
    r"mobilepay-?boks\w*|boksen|webshop\w*) (er |desværre |midlertidigt |pt\.? )*"
    r"(nede|lukket|ude af drift|i stykker|virker ikke)\b"
)
TO_A_PERSON = re.compile(
    r"\b(reg\.?( ?nr\.?)? ?\d{4}|(min|mit) (private )?(konto|nummer|mobilepay)|"
    r"mobilepay\w*\b[^.!?\n]{0,40}?\b\d\d ?\d\d ?\d\d ?\d\d)\b"
)


@signal
def payment_moved_private(ctx: Context) -> list[Reason]:
    """A payment system said to be down, and the money to go to a person's account or phone."""
    ev = _story(ctx, PAYMENT_DOWN)
    if not ev or not _hit(ctx, TO_A_PERSON):
        return []
    return [
        _r(
            "payment_moved_private",
            0.55,
            ev,
            "Betalingssystemet skulle være nede, så pengene skal i stedet til en persons konto "
            "eller telefon. Sådan lyder svindel i en klubs eller forenings navn. Betal kun via "
            "klubbens egen løsning, og spørg en anden i bestyrelsen.",
            "The payment system is said to be down, so the money is to go to a person's account "
            "or phone instead. That is how fraud in a club's or association's name sounds. Pay "
            "only through the club's own system, and ask another board member.",
        )
    ]


# A shared document you must sign in to see: "log ind med din Office 365-konto for at se
# dokumentet", "Du skal logge på igen for at se det delte dokument". A real share opens where
# you already are signed in; a page that asks for your mail password to show a file is the
# phishing page.
DOCUMENT_LOGIN = re.compile(
    r"\b((log\w* (ind|på)|sign in|bekræft\w* (din|dit) (e-?mail|konto))[^.!?\n]{0,70}"
    r"\b(for at|to) (se|åbne|få adgang til|læse|hente|view|open|access)\b[^.!?\n]{0,30}"
    r"\b(dokument\w*|fil(en)?|filer(ne)?|pdf\w*|document\w*|files?)|"
    r"(for at|to) (se|åbne|få adgang til|view|open|access) (det delte |the shared )?"
    r"(dokument\w*|fil(en)?|pdf\w*|document|file)[^.!?\n]{0,60}\b(log\w* (ind|på)|sign in|"
    r"bekræft\w*|verify))"
)


# A code you received, to be forwarded or sent back ("Videresend koden som svar på denne
# SMS", "fik du en 6-cifret kode lige nu? send den lige"): whoever has the code takes over
# the account or approves the payment; no bank, app or friend needs it back.
CODE_BACK = re.compile(
    r"\b((videresend\w*|send\w*) (mig |os |den |koden |engangskoden |sikkerhedskoden |"
    r"aktiveringskoden ){1,2}(\w+ ){0,3}(tilbage|som svar|til (dette|det her|mit|vores) nummer)|"
    r"videresend\w* (koden|engangskoden|sikkerhedskoden|aktiveringskoden)|"
    r"(kan|vil) du (lige )?(sende|skrive) (mig )?(den|koden)( \w+){0,2} (tilbage|videre|til mig|"
    r"her)|"
    # "men den skal have den kode du lige fik. Skriv den her?"
    r"skriv\w* (den|koden|dem) (bare |lige )?(her|til mig)\b|"
    # "send den bare til mig", "send den lige til mig"
    r"send\w* (den|koden|dem) (bare |lige |så |venligst )*(videre )?til (mig|os)|"
    r"send\w* (den|koden|dem) (bare|lige)\b|"
    # "giv mig lige den kode du lige har fået"
    r"giv\w* mig (lige )?(den|koden)( kode)?\b|"
    # "Bekræft med den kode vi har sendt ved at svare på denne SMS"
    r"kode\w*\b[^.!?\n]{0,40}\bved at svare på (denne|den) (sms|besked)|"
    # "Svar venligst med koden", "svar STOP med koden", "videresende den 6-cifrede kode til mig",
    # "bekræfte den til vores supportmedarbejder", "han skulle bruge den 6-cifrede kode"
    r"svar\w* (venligst |bare |\w+ )?med (koden|den \d-cifrede kode)|"
    r"videresend\w* den (\d-cifrede )?kode|"
    r"(bekræfte|oplyse|læse)\w* (den|koden) (op )?(til|for) (vores|en|min|vor) "
    r"\w*(medarbejder|support)\w*|"
    r"(skulle|skal) bruge (den|koden|din)( \d-cifrede)? kode|"
    # "skal lige bruge koden du lige har fået på SMS"
    r"(skulle|skal) (lige |bare )?bruge koden)"
)
CODE_RECEIVED = re.compile(
    r"\b(er din [\w-]*(kode|bekræftelseskode)|(din )?[\w-]*kode er:? \d+)\b|"
    r"\b(fik|modtog|modtager|modtage|får|har fået|sendt dig|sender dig|sendte( dig)?|kommer|"
    r"sende)\b"
    r"[^.!?\n]{0,40}\b"
    r"(\d-cifret )?(kode|koden|engangskode\w*|sikkerhedskode\w*|aktiveringskode\w*)\b|"
    r"\bkode\w*[^.!?\n]{0,30}\b(fik|fået|modtog|sendt|sendte)\b"
)


@signal
def code_sent_back(ctx: Context) -> list[Reason]:
    """A code you just received, to be forwarded or sent back to the sender."""
    ev = _story(ctx, CODE_BACK, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, CODE_RECEIVED):
        return []
    return [
        _r(
            "code_sent_back",
            0.8,
            ev,
            "Du bliver bedt om at sende en kode, du har modtaget, videre eller tilbage. Med "
            "koden overtager svindleren din konto eller godkender en betaling. Send aldrig "
            "koder til nogen.",
            "You are asked to forward or send back a code you received. With the code the "
            "fraudster takes over your account or approves a payment. Never send codes to "
            "anyone.",
        )
    ]


# A short SMS that only shows a code ("Brug 593018 som sikkerhedskode til Microsoft-kontoen"):
# the service's own code message, even when a fraudster made it send one; the danger is
# whoever then asks for the code, and that message is another. No link, no number, no money,
# nothing asked back.
CODE_SHOWN = re.compile(
    r"\b(\d{3}[ -]?\d{3}|\d{4,8})\b[^\n]{0,60}\b[\w-]*(kode|code)\b|"
    r"\b[\w-]*(kode|code)\w*\b[^\n]{0,30}\b(\d{3}[ -]?\d{3}|\d{4,8})\b|"
    r"\bbrug (\d{3}[ -]?\d{3}|\d{4,8}) (for at|til at|som)\b"
)
CODE_NOTICE_CHARS = 200


@signal
def code_only(ctx: Context) -> list[Reason]:
    """A short SMS that shows a code and asks nothing."""
    text = ctx.text.display
    if ctx.message.channel != "sms" or not plain_notice(ctx) or len(text) > CODE_NOTICE_CHARS:
        return []
    ev = _hit(ctx, CODE_SHOWN)
    if not ev or phones(text) or _hit(ctx, MONEY) or _hit(ctx, CODE_BACK):
        return []
    return [
        _r(
            "code_only",
            -0.5,
            ev,
            "En kort sms, der kun viser en kode og ikke beder om noget. Sådan ser tjenesters "
            "egne kodebeskeder ud. Giv aldrig koden til nogen, der beder om den.",
            "A short SMS that only shows a code and asks for nothing. That is how services' own "
            "code messages look. Never give the code to anyone who asks for it.",
        )
    ]


# Money lost to fraud "traced" or "seized" and to be returned against a fee or a share paid
# first ("Vi har sporet de 4,2 ETH, du mistede … Vores honorar er 15 %, men vi kræver et
# opstartsgebyr"): the recovery scam that finds the victims of the first. The police return
# seized money without fees, and no firm can "unfreeze" stolen crypto.
LOST_MONEY = re.compile(
    r"\b((tabte|mistede|stjålne|svindlede|beslaglagte|indefrosne) (penge|midler|kryptomidler|"
    r"investering\w*|beløb|bitcoin)|(de|dine|dit) \S+ (du|de) (mistede|tabte)|"
    r"(fundet|sporet|lokaliseret|beslaglagt|frigivet) (dine |deres |mine |de )?(penge|midler|"
    r"kryptomidler)|(beslaglagt|frigivet) midler)\b"
)
# The fee asked of the reader, not described: "vi kræver et opstartsgebyr", "skal du betale
# 1.800 kr. i frigivelsesafgift", "Et administrationsgebyr skal betales". (Such a message names
# the first fraud, so it reads as a warning: the rule does not wait for `_lure`, and a warning's
# "svindlerne kræver et gebyr" asks nothing of the reader.)
FEE_ASKED = re.compile(
    r"\b((vi|de) kræver|kræver vi|(vi )?mangler (bare|kun|lige)|(du|de|i|jeg|han|hun) (skal|skulle|"
    r"må|måtte) (bare |først |lige )?(betale|indbetale|overføre)|skal (der )?(først )?(betales|"
    r"indbetales|overføres)|betal\w* (først|forud))\b"
    r"[^.!?\n]{0,60}\b(\w*gebyr\w*|honorar\w*|\w*afgift\w*|depositum|forudbetaling|\d[\d.]* ?kr)|"
    r"\b(\w*gebyr\w*|honorar\w*|\w*afgift\w*)\b[^.!?\n]{0,30}\bskal (først )?(betales|indbetales)"
)


# Its floor stands beside warning words too (service.floor_of_codes), for the reason above.
KEPT_BESIDE_WARNING = frozenset({"recovery_fee"})


@signal
def recovery_fee(ctx: Context) -> list[Reason]:
    """Money lost to fraud found again and to be returned against a fee paid first."""
    if ctx.message.channel not in ("sms", "email", "call"):
        return []
    ev = _hit(ctx, LOST_MONEY)
    if not ev or not _hit(ctx, FEE_ASKED):
        return []
    return [
        _r(
            "recovery_fee",
            0.6,
            ev,
            "Penge, du har mistet til svindel, er angiveligt fundet og kan komme tilbage mod et "
            "gebyr eller honorar først. Det er genindvindingssvindel: politiet tager intet "
            "gebyr, og ingen kan købe dine penge fri. Betal ikke.",
            "Money you lost to fraud has supposedly been found and can come back against a fee "
            "paid first. That is recovery fraud: the police charge no fee, and nobody can buy "
            "your money free. Do not pay.",
        )
    ]


# Cash to be paid into a crypto ATM on someone's instructions ("Indsæt de hævede midler i den
# anviste kryptoautomat"): the last step of the fake police officer's and the fake bank's
# story; money in a crypto ATM cannot be called back.
CRYPTO_ATM = re.compile(
    r"\b(indsæt|indsætte|sæt|sætte|indbetal\w*|put)\b[^.!?\n]{0,50}\b(krypto|bitcoin|btc)[- ]?"
    r"(automat|hæveautomat|atm)\w*"
)


@signal
def crypto_atm_deposit(ctx: Context) -> list[Reason]:
    """Money to be paid into a crypto ATM."""
    ev = _story(ctx, CRYPTO_ATM, channels=("sms", "email", "call"))
    if not ev:
        return []
    return [
        _r(
            "crypto_atm_deposit",
            0.8,
            ev,
            "Du bliver bedt om at sætte penge ind i en kryptoautomat. Ingen myndighed eller bank "
            "beder om det, og pengene kan ikke hentes tilbage. Stop, og ring til din bank.",
            "You are asked to put money into a crypto ATM. No authority or bank asks for that, "
            "and the money cannot be called back. Stop and call your bank.",
        )
    ]


# A subsidy offered out of the blue with a rush or a selection ("Sikr dig statstilskud på
# 30.000 kr. inden fristen", "Du er blevet udvalgt til varmepumpeordningen", "Kun 12 pladser
# tilbage"), to be claimed by ringing a number, through a stranger's link or with MitID and a
# card at hand: public subsidies are applied for on the authority's own site, and no one
# selects you for one by text.
SUBSIDY = re.compile(r"\b(stats)?tilskud\w*|\b\w+ordningen \d{4}\b|\bstatsstøtte\w*")
PRESSED = re.compile(
    r"\b(udvalgt|berettiget|sikr(e)? dig|kun \d+ (pladser|steder|tider)|pladser tilbage|"
    r"inden fristen|før fredag|hvis du bestiller|reserver\w*)\b"
)
CARD_AT_HAND = re.compile(
    r"\b(hav|have|ha) (dit |din )?(mitid( og (dit )?)?)?(betalings|kredit|dan|visa)?kort\w* "
    r"(klar|ved hånden|parat)"
)


@signal
def subsidy_offer(ctx: Context) -> list[Reason]:
    """A subsidy offered with a rush or a selection, to be claimed by phone, through a
    stranger's link or with a card at hand."""
    ev = _story(ctx, SUBSIDY)
    if not ev or not _hit(ctx, PRESSED) or (ctx.claimed and links_owner(ctx) is not None):
        return []
    if not (unknown_links(ctx) or phones(ctx.text.display) or _hit(ctx, CARD_AT_HAND)):
        return []
    return [
        _r(
            "subsidy_offer",
            0.5,
            ev,
            "Et tilskud, du er 'udvalgt' til eller skal skynde dig at sikre, via et telefonnummer "
            "eller et fremmed link. Offentlige tilskud søges på myndighedens egen side; ingen "
            "udvælger dig pr. sms.",
            "A subsidy you have been 'selected' for or must hurry to secure, through a phone "
            "number or a stranger's link. Public subsidies are applied for on the authority's "
            "own site; nobody selects you by text.",
        )
    ]


@signal
def card_at_hand(ctx: Context) -> list[Reason]:
    """A written message that wants your payment card ready for a call."""
    ev = _story(ctx, CARD_AT_HAND, channels=("sms", "email", "call"))
    if not ev:
        return []
    return [
        _r(
            "card_at_hand",
            0.55,
            ev,
            "Du bliver bedt om at have dit betalingskort (og MitID) klar til en samtale. Ingen "
            "myndighed, bank eller forsikring tager kortoplysninger i telefonen.",
            "You are asked to have your payment card (and MitID) ready for a call. No "
            "authority, bank or insurer takes card details over the phone.",
        )
    ]


# A MobilePay request whose requester is named as an authority, a bank or a carrier
# ("'SKAT Restskat' anmoder om 1.250,00 kr."): anyone can name a MobilePay request, and
# authorities, banks and carriers do not collect by one.
REQUESTER = re.compile(
    r"[\"'‘’“”«»]([^\"'‘’“”«»\n]{2,40})[\"'‘’“”«»] ?(har )?(anmoder|anmodet|sendt dig en anmodning|"
    r"beder om)|"
    # told in a call report: "Han sendte en anmodning fra 'Movia Kontrol'"
    r"\banmodning fra [\"'‘’“”«»]([^\"'‘’“”«»\n]{2,40})[\"'‘’“”«»]"
)
MOBILEPAY = re.compile(r"\bmobilepay\b")
OFFICIAL_WORD = re.compile(
    r"\b(skat\w*|told\w*|restskat|politi\w*|bank\w*|sikkerhed\w*|kundeservice|postnord|"
    r"gls|dao|mitid|nets|kommune\w*|styrelse\w*|udbetaling danmark|"
    r"parkering\w*|kontrol\w*|bøde\w*|movia|dsb|rejsekort)\b"
)


@signal
def request_in_official_name(ctx: Context) -> list[Reason]:
    """A MobilePay payment request named for an authority, a bank or a carrier."""
    ev = _story(ctx, REQUESTER, channels=("sms", "call"))
    if not ev or not _hit(ctx, MOBILEPAY):
        return []
    name = REQUESTER.search(ev[0])
    if not name or not OFFICIAL_WORD.search((name.group(1) or name.group(4) or "").lower()):
        return []
    return [
        _r(
            "request_in_official_name",
            0.8,
            ev,
            "En MobilePay-anmodning kan have et hvilket som helst navn. Myndigheder, banker og "
            "fragtfirmaer opkræver ikke penge med en MobilePay-anmodning: afvis den.",
            "A MobilePay request can carry any name. Authorities, banks and carriers do not "
            "collect money by a MobilePay request: decline it.",
        )
    ]


# Personal details asked by a reply ("Svar på denne SMS med fulde navn, adresse og
# fødselsdato", "Skriv dit fulde navn og fødselsdato"): a carrier or union has them already
# and does not collect them by SMS.
DETAILS = r"(fødselsdato|cpr-?nummer|cpr|personnummer|kortnummer|kontonummer|kontonr|reg\.? ?nr)"
DETAILS_BY_REPLY = re.compile(
    rf"\b(svar\w*|skriv\w*|send(?!t\b)\w*)\b[^.!?\n]{{0,50}}\b{DETAILS}(?!\w)|"
    # the details first: "jeg mangler bare dit reg.nr. og kontonr. Du kan bare svare på denne sms"
    rf"\b{DETAILS}(?!\w)[^!?\n]{{0,80}}\bsvar\w* (bare )?(på )?denne (sms|besked)"
)
# In an e-mail only a reply to the mail itself: "Svar på denne mail med dit CPR-nummer og
# kontonummer" (a form or a portal to write them in is another matter).
DETAILS_BY_MAIL = re.compile(
    rf"\b(svar|besvar)\w* (blot |bare |venligst )?(på )?denne (e-?)?mail\b[^.!?\n]{{0,60}}"
    rf"\b{DETAILS}(?!\w)|"
    rf"\b{DETAILS}(?!\w)[^!?\n]{{0,80}}\b(svar|besvar)\w* (blot |bare |venligst )?(på )?denne "
    r"(e-?)?mail"
)


@signal
def details_by_reply(ctx: Context) -> list[Reason]:
    """Your birth date, CPR, card or account number asked for by a reply to an SMS or to
    the e-mail itself."""
    ev = _story(ctx, DETAILS_BY_REPLY, channels=("sms",)) or _story(
        ctx, DETAILS_BY_MAIL, channels=("email",)
    )
    if not ev:
        return []
    return [
        _r(
            "details_by_reply",
            0.55,
            ev,
            "Beskeden vil have din fødselsdato, dit CPR-, kort- eller kontonummer som svar. "
            "Organisationer beder ikke om det i en sms eller e-mail. Svar ikke.",
            "The message wants your birth date, CPR, card or account number as a reply. "
            "Organisations do not ask for that by SMS or e-mail. Do not reply.",
        )
    ]


# A web page or pop-up that says the computer is infected or blocked and gives a support
# number to ring: the tech-support scam that ends in remote access and a bank transfer.
SUPPORT_POPUP = re.compile(
    r"\b(virus|spyware|malware|inficeret|blokeret (din|jeres) (pc|computer)|hacket)\b"
    r"[^\n]{0,200}?\b(ring\w*|call)\b[^.!?\n]{0,60}?\d\d[ .-]?\d\d[ .-]?\d\d[ .-]?\d\d"
)


@signal
def support_popup(ctx: Context) -> list[Reason]:
    """A page or pop-up about a virus or a blocked computer with a number to ring."""
    ev = _story(ctx, SUPPORT_POPUP, channels=("url", "sms", "email"))
    if not ev:
        return []
    return [
        _r(
            "support_popup",
            0.75,
            ev,
            "En side, der siger, at din computer er inficeret eller blokeret, og giver et "
            "supportnummer: Microsoft og Apple viser aldrig telefonnumre i advarsler. Luk "
            "browseren, og ring ikke.",
            "A page saying your computer is infected or blocked with a support number to ring: "
            "Microsoft and Apple never show phone numbers in warnings. Close the browser and do "
            "not call.",
        )
    ]


# Attachments that run code when opened, or wear a document's name over it
# ("Faktura_2291.iso", "PO-55812.pdf.htm", "Aarsopgoerelse_2025.zip" from a bank): invoices
# and statements come as PDF or in the sender's own portal.
RISKY_ATTACHMENT = re.compile(
    r"\b[\w.-]+\.(pdf|docx?|xlsx?)\.(html?|exe|js|scr|zip|iso)\b|"
    r"\b[\w-]+\.(iso|img|exe|scr|vbs|js|hta|msi|lnk|htm|html)\b(?![\w.])|"
    # an archive locked with a password the message gives, so no mail filter can look inside:
    # "Vedhæftet: Betaling.zip … Adgangskode til filen: 2026", "(zip, kodeord 2026)"
    r"\b[\w-]+\.(zip|rar|7z)\b[^\n]{0,80}\n?[^\n]{0,40}\b(adgangskode|kodeord|password)\b|"
    r"\b(adgangskode|kodeord|password)\w*( til filen)?:?[^\n]{0,80}\n?[^\n]{0,40}"
    r"\b[\w-]+\.(zip|rar|7z)\b|"
    r"\((zip|rar), (adgangskode|kodeord|password)\b"
)


@signal
def risky_attachment(ctx: Context) -> list[Reason]:
    """An attached or named file of a kind that runs code, or a document name hiding one."""
    ev = _story(ctx, RISKY_ATTACHMENT, channels=("email",))
    # (an amount, "3.150 kr.", reads as "e.iso" once digits are read as letters)
    if (
        not ev
        or re.search(r"\.\d", ev[0])
        or any(ev[0].lower() in lk.url.lower() for lk in ctx.links)
    ):
        return []
    return [
        _r(
            "risky_attachment",
            0.7,
            ev,
            f"Filen {ev[0]} er af en slags, der kan køre et program, når den åbnes. Fakturaer "
            "og breve kommer som PDF eller i afsenderens egen selvbetjening. Åbn den ikke.",
            f"The file {ev[0]} is of a kind that can run a program when opened. Invoices and "
            "letters come as PDF or in the sender's own portal. Do not open it.",
        )
    ]


@signal
def document_login(ctx: Context) -> list[Reason]:
    """A shared document behind a sign-in the message asks for: the known way to collect
    mail and Microsoft 365 passwords."""
    ev = _story(ctx, DOCUMENT_LOGIN, channels=("sms", "email", "url"))
    if not ev:
        return []
    return [
        _r(
            "document_login",
            0.6,
            ev,
            "Et delt dokument, som du skal logge ind for at se. Sådan fisker svindlere "
            "adgangskoder til e-mail og Microsoft 365. Åbn delte filer fra din egen "
            "OneDrive, SharePoint eller Dropbox, ikke via et link i en besked.",
            "A shared document you must sign in to see. That is how fraudsters phish e-mail "
            "and Microsoft 365 passwords. Open shared files from your own OneDrive, "
            "SharePoint or Dropbox, not through a link in a message.",
        )
    ]


# Prescription medicine sold without a prescription: slimming pens, painkillers, sleeping
# pills, potency pills and antibiotics from web shops outside Denmark. Selling them so is
# illegal; what arrives is often fake or nothing at all (Lægemiddelstyrelsen's warning).
PRESCRIPTION_DRUG = re.compile(
    r"\b(ozempic|wegovy|mounjaro|saxenda|semaglutid\w*|tramadol|oxycodon\w*|xanax|alprazolam|"
    r"diazepam|valium|stesolid|zolpidem|modafinil|viagra|sildenafil|cialis|tadalafil|"
    r"antibiotika|amoxicillin|ritalin|melatonin|kodimagnyl)\b"
)
NO_PRESCRIPTION = re.compile(
    r"\b(uden recept|ingen recept|uden lægetid|uden om lægen|without (a )?prescription|"
    r"no prescription)\b"
)
# Medicine by no name ("Samme piller, halv pris – ingen recept nødvendig"): only with "no
# prescription" and a shop outside .dk, since "håndkøbsmedicin uden recept" is ordinary.
ANY_MEDICINE = re.compile(r"\b(medicin|piller|tabletter|pills)\b")


@signal
def medicine_without_prescription(ctx: Context) -> list[Reason]:
    """Prescription medicine offered without a prescription, or sold through a web shop
    outside .dk: Danish pharmacies sell it only against a prescription."""
    drug = _hit(ctx, PRESCRIPTION_DRUG)
    shop = [lk for lk in unknown_links(ctx) if off_danish(ctx, lk.domain)]
    if not drug and shop and _hit(ctx, NO_PRESCRIPTION):
        drug = _hit(ctx, ANY_MEDICINE)
    if not drug or not _lure(ctx):
        return []
    if not (_hit(ctx, NO_PRESCRIPTION) or shop):
        return []
    return [
        _r(
            "medicine_without_prescription",
            0.7,
            drug,
            f"{drug[0]} er receptpligtig medicin. Den sælges kun på apoteket mod recept; "
            "netbutikker, der sælger den uden recept, er ulovlige, og varen er ofte falsk eller "
            "kommer aldrig.",
            f"{drug[0]} is prescription medicine. It is sold only at a pharmacy against a "
            "prescription; web shops selling it without one are illegal, and what they send is "
            "often fake or never arrives.",
        )
    ]


# A relative in trouble far away who needs money now: in hospital abroad, arrested, robbed.
# The "Hi mum" scam without the new number: the story is the pressure.
RELATIVE = re.compile(
    r"\b(mor|far|mormor|morfar|farmor|farfar|moster|faster|onkel|bedstemor|"
    r"bedstefar|oldemor|oldefar|mum|mom|dad|grandma|grandpa)\b|"
    r"\b(din|dit|jeres) (søn|datter|barnebarn|onkel|tante|nevø|niece|fætter|kusine)\w*\b"
)
TROUBLE = re.compile(
    r"\b(indlagt|hospital\w*|klinik\w*|akutmodtagelse\w*|skadestue\w*|uheld\w*|operation\w*|"
    r"anholdt|fængsl\w*|røvet|bestjålet|strandet|sidder fast|unconscious)\b"
)
# Money asked for, not money declined ("I skal ikke betale noget").
SEND_MONEY = re.compile(
    r"\b(?<!ikke )(send\w*|overfør\w*|betal\w*|låne?)\b[^.!?\n]{0,60}\b(\d[\d.]*( kr| euro)?|"
    r"penge\w*|beløb\w*|konto\w*|wise|western union|mobilepay|iban|depositum)\b|"
    r"\b(iban|kontonummer|denne konto)\b"
)


@signal
def relative_in_trouble(ctx: Context) -> list[Reason]:
    """A relative in hospital, arrested or robbed, far away, who asks for money by text or
    through someone else's call."""
    if ctx.message.channel not in ("sms", "call", "email") or not _lure(ctx):
        return []
    relative, trouble, money = _hit(ctx, RELATIVE), _hit(ctx, TROUBLE), _hit(ctx, SEND_MONEY)
    if not (relative and trouble and money):
        return []
    return [
        _r(
            "relative_in_trouble",
            0.6,
            money,
            "Et familiemedlem i nød, som skal have penge med det samme, er en kendt svindel. "
            "Ring selv til personen eller en anden i familien på det nummer, du kender, før du "
            "sender noget.",
            "A relative in trouble who needs money at once is a known scam. Call the person, or "
            "someone else in the family, on the number you know before you send anything.",
        )
    ]


# Money, a payout or a paid service arranged on WhatsApp or Telegram: "Kontakt vores kontor
# på WhatsApp for udbetaling", "Skriv til os på Telegram @dkprove". Organisations pay out and
# sell through their own site and accounts.
MESSENGER_ASK = re.compile(
    r"\b(kontakt\w*|skriv\w*|tilføj\w*|add|contact|message|write|send\w*)\b[^.!?\n]{0,40}"
    r"\b(på|via|on|over) (whatsapp|telegram|signal)\b|\b(telegram|whatsapp) @\w+|"
    r"\bt\.me/|\bwa\.me/"
)
MONEY_OFFER = re.compile(
    r"\b(\d[\d.]* ?(kr|dkk|euro|usd)|udbetal\w*|tilskud\w*|gevinst\w*|betal\w*|pris|"
    r"garanter\w*|løn\w*|investering\w*|afkast|bevis|certifikat\w*|jobs?)\b"
)


@signal
def money_on_messenger(ctx: Context) -> list[Reason]:
    """Money, a payout, a job or a paid service to be arranged on WhatsApp or Telegram."""
    ev = _story(ctx, MESSENGER_ASK, channels=("sms", "email", "call", "url"))
    if not ev or not _hit(ctx, MONEY_OFFER):
        return []
    return [
        _r(
            "money_on_messenger",
            0.5,
            ev,
            "Penge, udbetalinger, job eller betalte ydelser, der skal aftales på WhatsApp eller "
            "Telegram, er et kendt svindeltegn: rigtige virksomheder og myndigheder bruger deres "
            "egen hjemmeside.",
            "Money, payouts, jobs or paid services to be arranged on WhatsApp or Telegram are a "
            "known scam sign: real companies and authorities use their own website.",
        )
    ]


# A MobilePay request to approve "so the money reaches you": approving a request pays it.
APPROVE_REQUEST = re.compile(
    r"\b(godkend\w*|accepter\w*|bekræft\w*|approve)\b[^.!?\n]{0,60}\b(anmodning\w*|request)|"
    r"\b(anmodning\w*|request)\b[^!?\n]{0,80}\b(godkend|accepter|approve)\w*|"
    r"\b(anmodning\w*|request)\b[^.!?\n]{0,60}\b(tryk|klik) (på )?(godkend|accepter|approve)"
)
MOBILEPAY_OR_BANK = re.compile(r"\b(mobilepay\w*|swipp|netbank\w*|mobilbank\w*|bank\w*)\b")
TO_YOU = re.compile(
    r"\b(til dig|modtage\w*|refusion\w*|tilbagebetal\w*|udbetal\w*|tilgodehavende|"
    r"penge tilbage|receive|refund|(kr\.?|kroner) (retur|tilbage)|ind på din konto|"
    r"(pengene|beløbet) ind hos dig)\b"
)


@signal
def approve_to_receive(ctx: Context) -> list[Reason]:
    """A payment request to approve so that money reaches you: approving a MobilePay or
    bank request sends your money to the requester."""
    ev = _story(ctx, APPROVE_REQUEST, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, TO_YOU) or not _hit(ctx, MOBILEPAY_OR_BANK):
        return []
    return [
        _r(
            "approve_to_receive",
            0.8,
            ev,
            "Du bliver bedt om at godkende en anmodning for at få penge. Når du godkender en "
            "anmodning, betaler du: pengene går fra dig, ikke til dig.",
            "You are asked to approve a request to receive money. Approving a request pays it: "
            "the money leaves you, it does not reach you.",
        )
    ]


# Money to hold or reserve something before you have seen it or signed for it: a flat, a
# car, a student room, a removal date, a place in a trial. Landlords, sellers and firms take
# a deposit under a signed agreement, not to keep a thing "for you" by MobilePay now.
RESERVE = re.compile(
    r"\b((så )?(holder|reserverer|gemmer) jeg (den|det|lejligheden|bilen|værelset)|"
    r"(kan|vil) jeg (holde|reservere|gemme) (den|det|lejligheden|bilen|værelset)|"
    r"(for at|så du kan) (sikre|holde|reservere) (dig )?(pladsen|din plads|boligen|lejligheden|"
    r"værelset|tiden|datoen|bilen|huset|ugen|uge \d+)|fremvisning (kun )?efter (betalt|indbetalt)|"
    r"(?<!ikke et )(?<!ikke noget )(?<!intet )reservationsgebyr\w*|"
    r"(er )?(stadig )?din,? hvis du (overfører|sender|betaler)|"
    r"(for at|så (du|i) kan) (sikre|booke|låse) (jer |dig )?(den|datoen|dagen|tiden|bilen)|"
    r"(kan|vil) (vi|jeg) ikke garantere (bilen|datoen|dagen|tiden|pladsen)|"
    r"(\d+|to|tre|flere) andre forespørgsler|"
    # another buyer named as the reason to pay now: "Jeg har en anden interesseret, så …"
    r"(en anden|andre|flere) (er )?(interesseret|interesserede)|en anden forespørgsel)\b"
)
PAY_NOW = re.compile(
    r"\b(overfør\w*|send\w*|betal\w*|indbetal\w*|mobilepay\w*)\b[^.!?\n]{0,60}\b"
    r"(\d[\d.]* ?kr|depositum\w*|gebyr\w*|beløb\w*|halvdelen)|\b(depositum|reservationsgebyr)\w*\b|"
    r"\b\d[\d.]*( kr\.?)? (på|via) mobilepay\b|\b(overfør\w*|send\w*) (de )?\d[\d.]*\b|"
    r"\bbeløbet (skal )?(ind)?betales\b"
)


@signal
def pay_to_reserve(ctx: Context) -> list[Reason]:
    """Money asked for to hold or reserve a flat, a car or a place before any viewing or
    agreement."""
    ev = _story(ctx, RESERVE, channels=("sms", "email", "call", "url"))
    if not ev or not _hit(ctx, PAY_NOW):
        return []
    return [
        _r(
            "pay_to_reserve",
            0.55,
            ev,
            "Du skal betale for at få noget holdt til dig, før du har set det eller skrevet "
            "under. Sådan snyder falske udlejere og sælgere: betal først, når du har set "
            "tingen og har en aftale.",
            "You are to pay to have something held for you before you have seen it or signed. "
            "That is how fake landlords and sellers work: pay only once you have seen the "
            "thing and have an agreement.",
        )
    ]


# ESTA, ETA, ETIAS and e-visas are applied for on the issuing state's own site (esta.cbp.dhs.gov,
# gov.uk, travel-europe.europa.eu); look-alike "application services" charge many times the
# fee or take the card details.
TRAVEL_PERMIT = re.compile(r"\b(esta|eta|etias|e-?visa|visum|visa)\b")
PERMIT_LABEL = re.compile(r"(^|-)(esta|eta|etias|evisa|e-visa|visum|visa)(-|\d|$)")
PERMIT_ISSUERS = frozenset({"dhs.gov", "cbp.gov", "gov.uk", "europa.eu", "state.gov"})


@signal
def travel_permit_site(ctx: Context) -> list[Reason]:
    """A travel permit (ESTA, ETA, ETIAS, e-visa) to be applied for on a site named for it
    that is not the issuing state's own."""
    named = [
        lk
        for lk in unknown_links(ctx)
        if lk.domain not in PERMIT_ISSUERS and PERMIT_LABEL.search(lk.domain.split(".")[0])
    ]
    if not named or not _lure(ctx) or not _hit(ctx, TRAVEL_PERMIT):
        return []
    return [
        _r(
            "travel_permit_site",
            0.55,
            _link_ev(ctx, named[0].url),
            f"{named[0].domain} er ikke myndighedens egen side. ESTA, ETA og ETIAS søges kun "
            "på det udstedende lands officielle side; mellemmænd tager et højt gebyr eller "
            "stjæler kortoplysningerne.",
            f"{named[0].domain} is not the authority's own site. ESTA, ETA and ETIAS are applied "
            "for only on the issuing country's official site; middlemen charge a high fee or "
            "steal the card details.",
        )
    ]


# The "boss in a meeting" opener of CEO fraud: someone who cannot ring or talk now wants a
# quick favour or a transfer ("Er du optaget? Har brug for en lille tjeneste, jeg er i møde").
IN_MEETING = re.compile(
    r"\b((jeg )?(sidder|er) (lige )?(i|til) (et )?møde|"
    r"(inden|før) jeg (går|skal) (ind )?(i|til) møde|kan ikke (ringe|tale|snakke|tage telefonen)|"
    r"er du (optaget|ved (din|dit) (computer|pc|skrivebord)|på (kontoret|afdelingen|arbejde))|"
    r"forklarer (det )?(senere|bagefter)|kan kun skrive|på farten og kun på (mail|sms))\b"
)
FAVOUR = re.compile(
    r"\b(har brug for (en |din )?(lille |hurtig )?(tjeneste|hjælp)|"
    r"kan du (lige |hurtigt )?(overføre|betale|købe|klare en betaling|foretage en overførsel)|"
    # "Jeg skal bruge en hurtig tjeneste", "bruge dig til en hurtig opgave", and the favour named
    # at once: "Vil du sørge for at fakturaen her bliver betalt inden kl. 14?"
    r"(en )?(hurtig|lille) (tjeneste|opgave)|(bliver|blive) betalt (i dag|inden kl))\b"
)


@signal
def boss_in_meeting(ctx: Context) -> list[Reason]:
    """Someone who is in a meeting and cannot ring wants a favour or a transfer now."""
    ev = _story(ctx, IN_MEETING)
    if not ev or not _hit(ctx, FAVOUR):
        return []
    return [
        _r(
            "boss_in_meeting",
            0.55,
            ev,
            "Afsenderen sidder i møde, kan ikke ringe og vil have en hurtig tjeneste eller "
            "overførsel: sådan begynder direktørsvindel. Ring til personen på det nummer, "
            "du kender, før du gør noget.",
            "The sender is in a meeting, cannot ring and wants a quick favour or transfer: "
            "that is how CEO fraud begins. Call the person on the number you know before you "
            "do anything.",
        )
    ]


# Business-directory and advertising traps: an entry in a "register" or "guide" that sounds
# official, signed for with a form or "confirmed" after a call, then invoiced for years; and
# the Asian "domain registration centre" warning of a rival taking the company's name.
LISTING = re.compile(
    r"\b((danske?|europæiske?|nordiske?|internationale?) (erhvervs|handels|firma|virksomheds)"
    r"register\w*|(erhvervs|firma|branche)(guide|bog|katalog|register)\w*|"
    r"optagelse i (registret|registeret|guiden|kataloget)|samtalen er optaget|"
    r"domæneregistrerings\w*|internetnøgleord\w*|nøgleord og domæne\w*|"
    # the "update" of a company's entry or a trademark registration invoice: "Opdatering af
    # virksomhedsoplysninger", "korrekturformular med jeres firmaoplysninger", "Registrering af
    # varemærket", "registrere 'hv-regnskab' som domæne i Kina"
    r"registrering af (jeres |dit |din )?(varemærke\w*|domæne\w*)|"
    r"(opdatering|kontrol) af (jeres |dine )?(virksomheds|firma)oplysninger|"
    r"(oplysninger|virksomhed\w*) i (registeret|vores register)|korrekturformular\w*|"
    r"(kontroller\w*|bekræft\w*) [^.!?\n]{0,40}\b(firma|virksomheds)oplysninger|"
    r"registrere [^.!?\n]{0,40}\b(som )?domæne\w* i (asien|kina)|"
    r"(trademark|domain) registration)"
)
LISTING_TERMS = re.compile(
    r"\b(\d[\d.]* ?kr|pris\w*|gebyr\w*|betal\w*|bindende|underskr\w*|registrering koster|"
    r"kontakt\w* os|faktura\w*|udfyld\w*|returner\w*|godkend\w*|svar\w* (os )?(inden|senest)|"
    r"inden \d+ dage|købe domæne\w*|forkøbsret)"
)


@signal
def listing_trap(ctx: Context) -> list[Reason]:
    """A paid entry in an official-sounding business register or guide, or a "domain
    registration centre" warning of someone taking the company's name."""
    # The register writes from and links to its own domain, which is the trap itself: only a
    # text about scams silences this rule, not the message's own links.
    if _hit(ctx, WARNS) or _hit(ctx, DESCRIBES):
        return []
    ev = _hit(ctx, LISTING) if ctx.message.channel in ("sms", "email", "call", "url") else None
    if not ev or not (_hit(ctx, LISTING_TERMS) or ctx.message.channel == "url"):
        return []
    return [
        _r(
            "listing_trap",
            0.55,
            ev,
            "En betalt optagelse i et register eller en guide, der lyder officiel, eller en "
            "advarsel fra et udenlandsk domænecenter. Det eneste officielle register er CVR "
            "hos Erhvervsstyrelsen, og det koster intet at stå i. Skriv ikke under, og betal "
            "ikke.",
            "A paid entry in an official-sounding register or guide, or a warning from a "
            "foreign domain centre. The only official register is the CVR at the Danish "
            "Business Authority, and being in it costs nothing. Do not sign or pay.",
        )
    ]


# Bad reviews used as a threat or a service: "25 profiler klar til at skrive 1-stjernes
# anmeldelser … betal 3.000 kr", "vi kan fjerne dem for 1.500 kr".
BAD_REVIEWS = re.compile(
    r"\b(negative|dårlige|falske|1-stjerne\w*|én-stjerne\w*|1 stjernes?) anmeldelser\b"
)
REVIEW_MONEY = re.compile(r"\b(\d[\d.]* ?kr|gavekort\w*|betal\w*|fjerne dem|fjerne anmeldelser\w*)")


@signal
def review_threat(ctx: Context) -> list[Reason]:
    """Bad reviews threatened, or offered removed, for money."""
    ev = _story(ctx, BAD_REVIEWS, channels=("sms", "email", "call"))
    if not ev or not _hit(ctx, REVIEW_MONEY):
        return []
    return [
        _r(
            "review_threat",
            0.55,
            ev,
            "Nogen vil have penge for at skrive, stoppe eller fjerne dårlige anmeldelser. "
            "Anmeldelser kan ikke købes væk; det er afpresning eller svindel. Betal ikke, og "
            "anmeld det til platformen.",
            "Someone wants money to write, stop or remove bad reviews. Reviews cannot be "
            "bought away; this is extortion or fraud. Do not pay, and report it to the "
            "platform.",
        )
    ]


# A business page or ad account to be deleted over a "trademark complaint" unless you
# appeal through a link: the takeover phishing of Facebook and Instagram pages.
PAGE_THREAT = re.compile(
    r"\b(din|jeres) (facebook-|instagram-|tiktok-|virksomheds)?(side|annoncekonto|"
    r"business-?konto|konto|profil|kanal)"
    r"\b[^.!?\n]{0,60}\b(deaktiver\w*|slette[ts]?|afpubliceres|afpubliceret|lukke[ts]?|"
    r"suspender\w*|fjernet|fjernes)|"
    # "ellers fjernes siden inden for 24 timer"
    r"\b(fjernes|slettes|lukkes|deaktiveres|afpubliceres) (din |jeres )?(side|siden|kontoen|"
    r"profilen)\b"
)
PAGE_REASON = re.compile(
    r"\b(varemærke\w*|klage\w*|anmeldelse\w*|brud|overtræde\w*|ophavsret\w*|indsigelse\w*|"
    r"rapporteret)"
)


@signal
def page_takeover(ctx: Context) -> list[Reason]:
    """A business page to be closed over a complaint unless you appeal through a link to
    an address that is not the platform's."""
    ev = _story(ctx, PAGE_THREAT)
    if not ev or not _hit(ctx, PAGE_REASON) or not unknown_links(ctx):
        return []
    return [
        _r(
            "page_takeover",
            0.55,
            ev,
            "Din side skal lukkes på grund af en klage, medmindre du klager via et link, der "
            "ikke er platformens. Sådan overtager svindlere virksomheders sider. Se i stedet "
            "beskeder i Meta Business Suite eller appen.",
            "Your page is to be closed over a complaint unless you appeal through a link that "
            "is not the platform's. That is how fraudsters take over business pages. Look at "
            "the messages in Meta Business Suite or the app instead.",
        )
    ]


# Voting online in a public election: in Denmark one votes at the polling station or by a
# postal vote on paper; nothing is signed or cast with MitID through a link. (Members' and
# guarantors' elections in banks and unions are held online.)
ONLINE_VOTE = re.compile(
    r"\b(stem\w* digitalt|digital (stemmeafgivning|afstemning)|afgiv\w* din stemme (online|"
    r"her|via|digitalt)|brevstemme\w*[^.!?\n]{0,60}\b(underskri\w*|mitid|digital\w*))"
)
PUBLIC_ELECTION = re.compile(
    r"\b(folkeafstemning\w*|folketingsvalg\w*|kommunalvalg\w*|regionsrådsvalg\w*|"
    r"europaparlamentsvalg\w*|brevstemme\w*|valgkort\w*|vælger)\b"
)


@signal
def online_vote(ctx: Context) -> list[Reason]:
    """A vote to be cast, or a postal vote signed, online with MitID."""
    ev = _story(ctx, ONLINE_VOTE, channels=("sms", "email", "url"))
    if not ev or not _hit(ctx, PUBLIC_ELECTION):
        return []
    if not (ctx.links or _hit(ctx, LINK_REFERENCE) or _credential(ctx)):
        return []
    return [
        _r(
            "online_vote",
            0.55,
            ev,
            "I Danmark stemmer man på valgstedet eller brevstemmer på papir. Man kan ikke "
            "stemme eller underskrive en brevstemme med MitID via et link.",
            "In Denmark you vote at the polling station or by a postal vote on paper. You "
            "cannot vote or sign a postal vote with MitID through a link.",
        )
    ]


# "Sorry, wrong number" that goes on talking: "Undskyld, jeg har vist skrevet til forkert
# nummer! Men du virker sød 🙂 … Må jeg spørge hvor du bor?" opens romance and investment
# fraud. A real wrong number apologises and stops.
WRONG_NUMBER = re.compile(
    r"\b((skrevet|sendt|skrev|ringet) (\w+ ){0,2}til (et |det )?forkerte? nummer|forkert nummer|"
    r"wrong number)\b"
)
CHAT_ON = re.compile(
    r"\b(du (virker|lyder|ser ud til at være) (\w+ )?(sød|rar|flink|sympatisk|spændende|"
    r"interessant)|må jeg spørge|hvor bor du|hvad laver du|hvor kommer du fra|lære dig (bedre )?"
    r"at kende|kan vi (ikke )?(blive venner|snakke|skrive) (lidt )?sammen|skæbne\w*|"
    r"you seem (nice|kind|lovely|sweet)|where are you from|get to know you)\b"
)


@signal
def wrong_number_chat(ctx: Context) -> list[Reason]:
    """A stranger's "wrong number" text that turns into a chat about you."""
    ev = _story(ctx, WRONG_NUMBER, channels=("sms",))
    if not ev or not _hit(ctx, CHAT_ON):
        return []
    return [
        _r(
            "wrong_number_chat",
            0.5,
            ev,
            'En fremmed har "skrevet til forkert nummer" og vil alligevel snakke med dig. Sådan '
            "begynder kærligheds- og investeringssvindel. Svar ikke, og bloker nummeret.",
            'A stranger has "texted the wrong number" and wants to chat with you anyway. That is '
            "how romance and investment fraud begins. Do not answer, and block the number.",
        )
    ]


# An inheritance that waits for you: "Du kan være arving i et uafsluttet dødsbo", "du er den
# eneste mulige slægtning", "nævnt i et testamente", or a dead relative's debt for you to pay.
# The probate court and the estate's own lawyer write through Digital Post, never for a fee.
INHERITANCE = re.compile(
    r"\b((du )?(er|kan være|sandsynligvis er) (\w+ )?arving|nævnt (som arving|i et testamente)|"
    r"eneste (mulige )?(slægtning|arving|pårørende)|samme efternavn|arv efter afdøde|"
    r"(uafsluttet|ikke-afsluttet|uafsluttede) dødsbo|testamente (er )?registreret|"
    r"registreret et testamente|afdødes (gæld|saldo|kreditkort|lån)|"
    r"(som )?nærmeste pårørende (bedes|skal) (du )?(ind)?betale|"
    # a stranger's fortune to give away: "Jeg ønsker at donere 2.500.000 EUR til en …"
    r"(ønsker|vil gerne|vil) (at )?donere [\d.,]+ ?(mio\.? |millioner )?(eur|euro|usd|dollars?|kr)|"
    # a stranger's estate without heirs, shared with "a partner": "en afdød klient … uden arvinger"
    r"uden (kendte )?arvinger|afdød\w* klient|next of kin)"
)
INHERITANCE_ASK = re.compile(
    r"\b(\w*gebyr\w*|betal\w*|bankoplysning\w*|indbetal\w*|(dit|deres) (fulde |fuldt )?navn|"
    r"cpr\w*|privat\w* (telefon|e-?mail)\w*|se (dokumentet|testamentet) her|fortrolig\w*)"
)


@signal
def inheritance_lure(ctx: Context) -> list[Reason]:
    """An inheritance, a will or a dead relative's debt used to get a fee or details."""
    ev = _story(ctx, INHERITANCE, channels=("sms", "email", "call"))
    if not ev or not (_hit(ctx, INHERITANCE_ASK) or unknown_links(ctx)):
        return []
    return [
        _r(
            "inheritance_lure",
            0.6,
            ev,
            "En arv, et testamente eller en afdøds gæld bruges til at få et gebyr eller dine "
            "oplysninger. Skifteretten og boets advokat skriver via Digital Post og tager "
            "ikke gebyr for at fortælle dig om en arv, og du hæfter ikke for en afdøds gæld.",
            "An inheritance, a will or a dead person's debt is used to get a fee or your "
            "details. The probate court and the estate's lawyer write through Digital Post and "
            "charge no fee to tell you of an inheritance, and you are not liable for the dead "
            "person's debts.",
        )
    ]


# "A police officer will come and take your jewellery and cash into safekeeping": the police
# never collect valuables, cards or cash from your home.
VALUABLES_COLLECTED = re.compile(
    # ("hente vores kort og kontanter som bevismateriale")
    r"\b(hente|tage|opbevare|passe på|sikre) (\w+ ){0,3}(smykker|kontanter|værdigenstande|"
    r"guld|værdier|penge)\w*\b[^.!?\n]{0,40}\b(i forvaring|til opbevaring|i sikkerhed|"
    r"for (dig|os)|til de|på stationen|som bevis\w*)|"
    r"\b(smykker|kontanter|værdigenstande|guld)\w*[^.!?\n]{0,30}\b(i forvaring|til opbevaring)\b"
)


@signal
def valuables_collected(ctx: Context) -> list[Reason]:
    """Someone "from the police" or the bank will collect your jewellery or cash."""
    ev = _story(ctx, VALUABLES_COLLECTED, channels=("sms", "email", "call"))
    if not ev:
        return []
    return [
        _r(
            "valuables_collected",
            0.75,
            ev,
            "Politiet og banken henter aldrig smykker, kontanter eller kort hjemme hos dig for "
            "at passe på dem. Luk ikke op, og ring 114.",
            "The police and the bank never collect jewellery, cash or cards from your home to "
            "keep them safe. Do not open the door, and call 114.",
        )
    ]


# "POLITI: Din søn er anholdt … Ring straks til vagthavende på 91 47 23 85": the police tell
# relatives in person or from 114, not by a text with a mobile number to ring.
ARRESTED_RELATIVE = re.compile(
    r"\b(din|dit|jeres) (søn|datter|barnebarn|mand|kone|far|mor|bror|søster|barn)\w* "
    r"(er|blev|er blevet) (anholdt|arresteret|varetægtsfængslet|sigtet)\b"
)


@signal
def relative_arrested(ctx: Context) -> list[Reason]:
    """A relative reported arrested in a text, with a number to ring."""
    ev = _story(ctx, ARRESTED_RELATIVE)
    if not ev or not _hit(ctx, CALL_NUMBER):
        return []
    return [
        _r(
            "relative_arrested",
            0.6,
            ev,
            "En sms om, at en pårørende er anholdt, med et nummer, du skal ringe til. Politiet "
            "sender ikke den slags på sms. Ring til din pårørende eller 114.",
            "A text saying a relative has been arrested, with a number to ring. The police do "
            "not send such news by text. Call your relative or 114.",
        )
    ]


# "Gratis, kræver kort for alderskontrol": a free stream, video or gift that wants a card
# number is a subscription trap or card theft.
FREE_WITH_CARD = re.compile(
    r"\bgratis\b[^.!?\n]{0,40}\bkræver (dit |et )?(betalings|kredit)?kort\w*|"
    r"\bkort\w* (for|til) (alders|identitets)(kontrol|bekræftelse|verifikation)\b|"
    # a reward for a survey for which you only pay the postage: "Du skal kun betale
    # forsendelse på 12 kr."
    r"(undersøgelse|spørgeskema|survey)\w*\b[^\n]{0,160}\b(kun|bare) (betale|betal) "
    r"(for )?(forsendelse|fragt|porto|gebyr)"
)


@signal
def free_needs_card(ctx: Context) -> list[Reason]:
    """Something free that needs a card number, "for an age check", or a reward for which
    you only pay the postage."""
    ev = _story(ctx, FREE_WITH_CARD, channels=("sms", "email", "url"))
    if not ev:
        return []
    return [
        _r(
            "free_needs_card",
            0.55,
            ev,
            'Noget gratis, der kræver dit kortnummer ("for alderskontrol") eller et lille '
            'gebyr ("du betaler kun forsendelsen"): det er en abonnementsfælde eller '
            "kortsvindel. Gratis kræver ikke kort.",
            'Something free that needs your card number ("for an age check") or a small fee '
            '("you only pay the postage"): that is a subscription trap or card fraud. Free '
            "needs no card.",
        )
    ]


# The mail-login lures: a password that "expires today" unless you keep it through a link, a
# voicemail that needs a log-in to play, a QR code to scan to keep MitID or two-factor
# sign-in. Mail systems, Teams and MitID do none of this through a mail.
MAIL_LOGIN = re.compile(
    r"\b(adgangskode\w* (til \S+ )?udløber|behold\w* (din )?(nuværende |samme )?adgangskode|"
    r"(talebesked|voicemail|telefonsvarerbesked)\w*\b[^\n]{0,80}\b(kræver login|log\w* (ind|på))|"
    r"scan\w* (qr-?koden|koden)\b[^\n]{0,120}\b(genregistr\w*|bevare adgang\w*|fornye\w*|"
    r"mfa|tofaktor\w*|mitid)|(genregistr\w*|mfa|tofaktor\w*)\b[^\n]{0,120}\bscan\w* "
    r"(qr-?koden|koden))"
)


SCAN_CODE = re.compile(r"\b(scan\w* (qr-?koden|koden)|klik\w*|afspil\w*)\b")


@signal
def mail_login_lure(ctx: Context) -> list[Reason]:
    """A password about to expire, a voicemail behind a log-in, or a QR code to scan to keep
    sign-in."""
    ev = _story(ctx, MAIL_LOGIN)
    # (IT's own notice says to change it "som normalt" on the computer, with nothing to click)
    if not ev or not (_asks_to_act(ctx) or _hit(ctx, SCAN_CODE)):
        return []
    return [
        _r(
            "mail_login_lure",
            0.6,
            ev,
            "En adgangskode, der udløber, en talebesked bag et login eller en QR-kode, du skal "
            "scanne for at beholde adgangen: sådan stjæles mail- og MitID-login. Log ind som "
            "du plejer, ikke via beskeden.",
            "A password about to expire, a voicemail behind a log-in or a QR code to scan to "
            "keep access: that is how mail and MitID log-ins are stolen. Sign in as you "
            "usually do, not through the message.",
        )
    ]


# Hacked accounts "recovered" for a fee: the recovery service is the second scam.
RECOVERY = re.compile(
    r"\b(gendanne\w*|genskaffe\w*|få \w+ tilbage)\b[^.!?\n]{0,30}\b(hackede|låste|mistede|"
    r"stjålne) (konti|kontoer|profiler|konto|profil)\b|"
    r"\b(hackede|låste|mistede) (konti|kontoer|profiler)\b[^.!?\n]{0,40}\b(gendan\w*|garanti)"
)


@signal
def account_recovery_service(ctx: Context) -> list[Reason]:
    """An offer to recover hacked accounts, answered on a messenger or for a fee."""
    ev = _story(ctx, RECOVERY, channels=("sms", "email", "url"))
    if not ev:
        return []
    return [
        _r(
            "account_recovery_service",
            0.55,
            ev,
            "Et tilbud om at gendanne hackede konti. Kun platformen selv kan gendanne en konto, "
            'gratis via dens hjælpesider; betalte "gendannere" er svindel.',
            "An offer to recover hacked accounts. Only the platform itself can restore an "
            'account, free through its help pages; paid "recovery" is fraud.',
        )
    ]


FLOORS.update(
    {
        "task_job": "suspicious",
        "task_deposit": "scam",
        "keep_it_secret": "suspicious",
        "benefit_link": "scam",
        "risky_attachment": "suspicious",
        "code_sent_back": "scam",
        "request_in_official_name": "scam",
        "details_by_reply": "suspicious",
        "support_popup": "scam",
        "pay_to_release": "scam",
        "rent_your_account": "scam",
        "accidental_report": "suspicious",
        "sugar_offer": "suspicious",
        "queue_jump_fee": "suspicious",
        "mule_job": "scam",
        "action_domain": "suspicious",
        "shaped_sender": "suspicious",
        "utility_at_the_door": "suspicious",
        "sent_by_mistake": "suspicious",
        "bail_courier": "suspicious",
        "alert_callback": "suspicious",
        "call_announced": "suspicious",
        "absent_landlord": "suspicious",
        "relief_to_private_number": "suspicious",
        "authority_by_mobilepay": "suspicious",
        "recovery_fee": "suspicious",
        "urgent_callback": "suspicious",
        "premium_callback": "suspicious",
        "debt_callback": "suspicious",
        "subsidy_offer": "suspicious",
        "card_at_hand": "suspicious",
        "payment_moved_private": "suspicious",
        "crypto_atm_deposit": "scam",
        "document_login": "suspicious",
        "renewal_callback": "suspicious",
        "parcel_fee": "suspicious",
        "unnamed_parcel_notice": "suspicious",
        "money_waiting": "suspicious",
        "written_authority_threat": "scam",
        "account_deadline": "suspicious",
        "policy_link_reference": "scam",
        "post_notice_link": "scam",
        "utility_cut_off": "suspicious",
        "money_arrived": "suspicious",
        "security_alert": "suspicious",
        "press_key_call": "suspicious",
        "enable_macros": "scam",
        "help_request": "suspicious",
        "card_to_receive": "scam",
        "card_verification_page": "suspicious",
        "app_update_link": "suspicious",
        "is_this_you": "suspicious",
        "device_found": "suspicious",
        "prize_draw": "suspicious",
        "trading_robot": "suspicious",
        "loan_for_anyone": "suspicious",
        "anniversary_offer": "suspicious",
        "free_stream_signup": "suspicious",
        "get_rich_promise": "suspicious",
        "giveaway_share": "suspicious",
        "changed_account": "suspicious",
        "urgent_transfer": "suspicious",
        "pay_first_sale": "suspicious",
        "fake_buyer": "suspicious",
        "pay_or_else": "scam",
        "cancel_with_code": "suspicious",
        "medicine_without_prescription": "suspicious",
        "relative_in_trouble": "suspicious",
        "money_on_messenger": "suspicious",
        "approve_to_receive": "scam",
        "pay_to_reserve": "suspicious",
        "travel_permit_site": "suspicious",
        "name_and_word_link": "suspicious",
        "reply_yes_for_link": "suspicious",
        "boss_in_meeting": "suspicious",
        "listing_trap": "suspicious",
        "review_threat": "suspicious",
        "page_takeover": "suspicious",
        "online_vote": "suspicious",
        "inheritance_lure": "suspicious",
        "valuables_collected": "scam",
        "relative_arrested": "suspicious",
        "free_needs_card": "suspicious",
        "mail_login_lure": "suspicious",
        "account_recovery_service": "suspicious",
        "job_fee": "suspicious",
        "wrong_number_chat": "suspicious",
    }
)
