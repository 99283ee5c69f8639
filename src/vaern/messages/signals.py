"""Signals: small registered functions, each returning reasons with evidence and bilingual text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from vaern.messages.budget import parts_text
from vaern.messages.context import Context
from vaern.messages.directory import OrgProfile
from vaern.messages.lookalike import disguised_letters, is_lookalike
from vaern.text.links import SHORTENERS, Link, host_of, registrable


@dataclass(frozen=True)
class Reason:
    code: str
    weight: float  # contribution to the scam score; negative speaks for genuine
    evidence: str
    start: int
    end: int
    da: str
    en: str

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "weight": round(self.weight, 3),
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "explanation": {"da": self.da, "en": self.en},
        }


Signal = Callable[[Context], list[Reason]]
SIGNALS: list[Signal] = []


def signal(fn: Signal) -> Signal:
    SIGNALS.append(fn)
    return fn


def _r(code: str, weight: float, ev: tuple[str, int, int], da: str, en: str) -> Reason:
    return Reason(code, weight, ev[0], ev[1], ev[2], da, en)


def _names(ctx: Context) -> str:
    return ", ".join(p.name for p in ctx.claimed)


def _claim_ev(ctx: Context) -> tuple[str, int, int]:
    return next(iter(ctx.claim_hits.values()), ("", -1, -1))


def _hit(ctx: Context, pattern: re.Pattern[str]) -> tuple[str, int, int] | None:
    hit = ctx.text.find(pattern)
    return (hit.evidence, hit.start, hit.end) if hit else None


def _link_ev(ctx: Context, url: str) -> tuple[str, int, int]:
    h = ctx.text.span(url)
    return (h.evidence, h.start, h.end)


CREDENTIALS = re.compile(
    r"(mitid|nemid|nøglekort|noeglekort)[- ]?(kode|oplysning|login|bruger)|"
    r"\b(adgangskoder?|passwords?|pinkode|pin[- ]?kode|engangskode|sikkerhedskode|"
    r"kodeord|dine koder|din kode|koderne|mine koder|min kode|my codes?|the codes?|"
    r"cvv|cvc|kortnummer|kortoplysning\w*|"
    r"kontooplysning\w*|cpr[- ]?(nummer|nr)?|personnummer|pasfoto|kørekort|"
    r"billede af (dit|dine) (pas|sygesikring)|billede af mig selv og mit pas|"
    r"(kopi|foto|billede|scanning) af (dit|dine) (pas|kørekort|sundhedskort|sygesikringskort)|"
    r"(foto|billede|kopi) af (dit |dine )?(betalings)?kort(et)?,? (\(?på )?begge sider|"
    r"your codes?|card number|card details|"
    r"security code|log ?in details|verify your (account|identity)|"
    # (a screenshot's line may break between the words: "Bekræft\ndine oplysninger")
    r"bekræft\s+(dine|deres|jeres)\s+oplysninger|"
    r"bekræft\s+din\s+identitet)\b"
)
ASK_KINDS = {
    "card": re.compile(r"cvv|cvc|kortnummer|kortoplys|card"),
    "cpr": re.compile(r"cpr|personnummer"),
    "codes": re.compile(r"kode|code|password|pin"),
    "id_documents": re.compile(r"pas|kørekort|sygesikring"),
}
PAYMENT = re.compile(
    r"\b(told|toldgebyr|fragt|porto|gebyr|ekspeditionsgebyr|betal(?!ingskort)\w*|afgift|restbeløb|"
    r"customs|shipping fee|delivery fee|pay (now|the)|outstanding (fee|amount|balance))\b"
)
URGENCY = re.compile(
    r"\b(24 timer|48 timer|i dag|straks|hurtigst muligt|inden (midnat|kl)|udløber|"
    r"udløbet|lukke[st]?|spærre[st]?|blokere[st]?|suspender\w*|deaktiver\w*|sidste (chance|frist)|"
    r"hacke[dt]?|misbrug\w*|politianmeld\w*|inkasso|urgent|immediately|within 24 hours|"
    r"expire[sd]?|suspended|locked|final notice|act now|hacked)\b"
)
LURE = re.compile(
    # A demand to pay back ("krav om tilbagebetaling") is no refund.
    r"\b((?<!krav om )tilbagebetaling|refusion|overskydende skat|penge tilbage|du har vundet|"
    r"vinder|gevinst|"
    r"gratis|præmie|gavekort|refund|you have won|winner|prize|free gift|claim (your|now))\b"
)
# A text that warns about scams instead of being one (organisations' own warnings).
_WARN_VERB = (
    r"(sender|beder|ringer|kontakter|spørger|skriver|mailer|sms'er|laver|afholder|udsender|will|"
    r"do|never)"
)
WARNS = re.compile(
    # Fraudsters named mark a warning, not the caller's own "svindlere er ved at tømme din
    # konto" (the safe-account opening).
    r"\b(svindler|svindlere|svindlerne|kriminelle|scammers|fraudsters|criminals)\b"
    r"(?! (er (i gang med|ved at)|forsøger at (hæve|tømme|overføre)))|"
    # also a list of ways: "Vi ringer, skriver eller mailer aldrig for at bede dig …"
    r"\b(vi|we|jeg|banken|din bank|skattestyrelsen|skat|mitid|politiet|postnord|they|de) (vil )?"
    rf"{_WARN_VERB}((,| eller| og| or| and) {_WARN_VERB})*"
    r"( dig| you)? (aldrig|never|"
    r"ikke)\b|"
    # no organisation of a kind does it: "Ingen bank beder dig flytte penge til en sikker konto",
    # "Ingen fra banken eller politiet vil bede dig godkende noget"
    r"\bingen ((bank|myndighed|offentlig myndighed|virksomhed|medarbejder)\w*|fra \w+( eller "
    r"\w+)?) (vil )?(beder|ringer|"
    r"kontakter|spørger|sender|skriver|bede|ringe|kontakte)\b|"
    r"\b((vil|will) (aldrig|never)|(aldrig|never) (vil|will)) (bede|kontakte|ringe|sende|"
    r"spørge|ask|contact|call|send)\b|"
    r"\b(denne|den|disse|de|this|these) (sms|sms'er|sms’er|beskeder|besked|mails|mail|"
    r"e-mails|e-mail|messages|message) (kommer|er|is|are|does|do) (ik+e|not) (fra|from|come)\b|"
    r"\b(pas på|vær opmærksom på|advar\w* (mod|om)|beware of|watch out for) "
    r"(falske|fup|svindel\w*|phishing|svindlere|fake|scam\w*)\b|"
    r"\b(falske|svigagtige) (e-mails|mails|sms'?er|sms’er|opkald|beskeder)\b|"
    r"\b(lyder advarslen|advarslen fra|politiets (bedste )?råd)\b|"
    # a bank telling what it sees: "Vi ser mange sager, hvor forældre får en sms …"; an
    # authority's "Advarsel mod ulovlige investeringsplatforme"; "banken aldrig ringer og …"
    r"\bvi ser (mange|flere|en del) (sager|tilfælde|eksempler|henvendelser)\b|"
    r"\badvars(el|ler|lerne) mod\b|"
    r"\b(banken|vi|politiet|mitid) aldrig (ringer|beder|skriver|sender|kontakter)\b|"
    # a kind of fraud described: "Ved direktørsvindel modtager …", "Direktørsvindel koster …"
    r"\bved \w*svindel\b|\b\w*svindel (koster|rammer|stiger|breder sig)\b|"
    r"\bdet er (ofte|typisk|altid|næsten altid) svindel\b|"
    # an organisation on a look-alike of itself: "fra en adresse, der ligner vores"
    r"\b(adresse|domæne|afsender|nummer|hjemmeside)\w*,? (som|der) ligner vores\b|"
    r"\b(del|oplys|giv|videregiv|send|installér|installer|godkend|klik|log|tast|indtast|overfør|"
    r"flyt) aldrig\b|\banmeld (det )?til politiet\b|\bny svindel\b|"
    # what approving a request really does, explained: "Når du godkender en anmodning, sender DU"
    r"\bnår (du|man) godkender\b[^.!?\n]{0,50}\b(sender|betaler|overfører) (du|man)\b|"
    r"\b(bliver|vil blive) (du )?aldrig bedt om|\bdu (skal aldrig|aldrig skal)\b|"
    r"\bskal du aldrig\b|\byou will never be asked\b|"
    r"\b(vi|we) (kræver|opkræver|require|charge) (\w+ )?(aldrig|never|ikke)\b|"
    r"\b(ikke nødvendigt at|no need to) (oplyse|indtaste|give|afgive|provide|enter)\b|"
    r"\bvær (altid )?(forsigtig|kritisk) med at\b|"
    # a relative's warning: "hvis du får en sms fra 'mig' om nyt nummer, så er det IKKE mig"
    r"\b(så )?er det ikke mig\b|\bdet er ikke mig\b|"
    r"\bnever (share|give|disclose|tell)\b|"
    # Warnings that quote a scam name it as one: "en falsk sms", "klik ikke på linket"; a
    # caller's "så vi kan lukke den falske." ends on the word.
    # (not the fake-police story's "falske sedler i dine penge")
    r"\b(falsk|falske)\b(?![.!?'’\"”])(?! (sedler|pengesedler|penge)\b)|"
    r"\b(fup\w*|svindel(sms|mail|besked)\w*|svindel-\w+|"
    r"phishing\w*|smishing\w*)\b|\bkan være (svindel|falsk\w*|phishing|fup)\b|"
    # How warnings describe the fraudsters: "narre folk til", "udgiver sig for at være".
    r"\b(narre (folk|dig|borgere|kunder|os)|udgive[rs]? sig for at være|pretend\w* to be|"
    r"påstå\w* at (være|komme) fra)\b|"
    # "Aalborg Kommune advarer: …", "Advarsel fra Nabohjælp: …" (a scam's "ADVARSEL: din
    # konto …" names no one warning)
    r"\b(advarer|advarsel fra)\b|"
    r"\b(klik|tryk) (ikke|aldrig) på\b|\bslet (den|dem|beskeden|sms'en|sms’en|mailen)\b|"
    # (a reader's own question, "Var det svindel?", "Er det falsk eller ægte?", warns of nothing)
    r"\b(er|var) (det )?(ikke fra os|svindel|fup|falsk\w*)\b(?! (sedler|pengesedler|penge)\b)"
    r"(?![^.!\n]{0,25}\?)|"
    r"\bman skal aldrig\b|"
    # advice to hang up on a kind of call: "Smæk røret på, hvis du bliver ringet op og bedt om
    # …" (a caller's own script says "læg ikke på")
    r"\b(smæk|læg) (røret )?på,? (hvis|når|med det samme)\b|"
    r"\bforsøg på svindel\b|\btilhører ikke os\b|"
    # victims told about in general: "Hvert semester bliver nye studerende snydt af …"
    r"\bbliver (\w+ ){1,3}snydt af\b|"
    # What a warning tells you to do: hang up, "pas på mails med …".
    r"\b(afbryd (straks )?samtalen|læg (straks )?(røret )?på|lægger (du|i) (bare |straks )?på)\b|"
    # what an organisation never does, said of itself or of anyone: "Lunar ringer aldrig til
    # dig", "Det gør vi aldrig"; and the imperatives of advice: "Godkend aldrig MitID",
    # "overfør ikke penge" (a scam's threat is "hvis du ikke betaler", not "betal ikke"; its
    # "svar ikke på denne mail" and a vishing bot's "hvis det var dig, skal du bare lægge på"
    # are not advice)
    r"\b\w+ (ringer|skriver|sender|beder) (dig |jer |os )?aldrig\b|"
    r"\bdet gør (vi|de|banken|politiet|myndighederne) aldrig\b|"
    r"\bgør (vi )?aldrig (noget af )?(dette|det her|sådan)\b|"
    # a genuine fraud team's call says what it does not need: "Jeg vil ikke bede dig om
    # koder", "Jeg skal ikke bruge nogen koder", "du skal ikke flytte penge"
    r"\b(skal|skulle|vil) (\w+ )?(aldrig|ikke) (bede dig|bruge (nogen )?koder|give koder|"
    r"godkende|flytte penge)|\bikke skulle (bruge|godkende|give)\b|"
    r"\b(godkend|overfør|klik|betal|udlever|oplys|scan|køb) (aldrig|ikke)\b|\bdet er ulovligt\b|"
    # advice on investments and identity theft: "Tjek altid Finanstilsynets liste",
    # "Garanterede afkast findes ikke", "opret en kreditadvarsel"
    r"\btjek altid\b|\b(garanterede?|sikre?|sikkert) (afkast|gevinster?) (findes|eksisterer) "
    r"ikke\b|\bopret (en )?kreditadvarsel\b|"
    r"\bpas på (\w+ )?(mails|e-mails|sms'er|sms’er|opkald|beskeder|hjemmesider|netbutikker)\b|"
    r"\b(do not|don't) (click|tap|reply)\b|"
    # How warnings tell a scam apart; a scam never says it is "written in poor Danish".
    r"\bskrevet på (dårligt|gebrokkent|mærkeligt) dansk\b|"
    # Where a warning shows how a scam looks: "en mail, der ser ud som om den kommer fra din
    # bank … det er her, du bliver fanget".
    r"\bser ud (som om|til at) (den|det|de) kommer fra\b|\b(du|man) bliver fanget\b|"
    # Advice no scam gives: "for godt til at være sandt", "din sunde skepsis".
    r"\b(for godt til at være sandt|too good to be true|sunde? skepsis)\b"
)
# Texts that describe messages from outside (plural "sms'er", "hvis du får en sms …",
# "bliver du kontaktet og bedt om …"): a scam addresses one reader about one message, a
# warning talks about them.
DESCRIBES = re.compile(
    # (not an unsubscribe footer's "hvis du ikke vil modtage flere e-mails")
    r"\b(sms'er(ne)?|sms’er(ne)?|smser|sms-beskeder(ne)?|(?<!flere )(?<!flere e-)(e-mails|mails)|"
    # ("opkald fra", not one victim's "et opkald fra en mand")
    r"(?<! et )opkald fra|"
    r"(når|hvis) (man|du)\b[^.!?\n]{0,60}\bbliver bedt om|"
    r"risiko for at blive (ringet op|snydt|kontaktet)|(disse|sådanne) (opkald|henvendelser)|"
    r"hvis du (får|modtager|"
    r"har fået|har modtaget|bliver ringet op)|bliver du (kontaktet|ringet op|bedt om)|"
    r"har du (fået|modtaget) (et |en )?(opkald|sms|mail|e-mail|besked)|"
    # How a warning opens or counts cases: "Sådan undgår du svindel", "Vi ser flere tilfælde".
    r"sådan undgår (du|man)|(vi ser|der er) (flere|mange) (tilfælde|eksempler|sager)|"
    r"(vi har|der er) (fået|modtaget) (flere|mange) (anmeldelser|henvendelser)|"
    # the fraudsters' moves told in the third person: "De opretter annoncer …, påstår at …"
    r"de (opretter|påstår|lader som om)|"
    r"(forsøg|stigning) (på|i) (svindel|forsøg)|if you (get|receive)|text messages|emails|"
    # A scam's traits listed: "Den indeholder altid et link", "den forsøger at skabe stress".
    r"(indeholder|har) (altid|ofte|typisk|som regel) (et |en )?links?|"
    r"(forsøger|prøver) at skabe (stress|panik|tidspres|travlhed)|"
    # How the fraud goes, in general: "Fremgangsmåden er oftest", "et typisk beløb".
    r"fremgangsmåden (er|går ud på)|et typisk beløb|"
    # A list of a scam's signs: "Tre tegn på svindel du skal kende".
    r"(tegn|kendetegn) på (svindel|phishing|fup)|"
    # A scam made up to show it: "Forestil dig en mail, der ser ud som om den kommer fra …".
    r"forestil dig (en|et|at)|"
    # What fraudsters can do, told in the third person: a scam never says it ("svindlere
    # forsøger at hæve penge fra din konto" is a safe-account caller's line, so not that).
    r"(svindlere|svindlerne|kriminelle|scammers|fraudsters|criminals) (kan|may|can|often|"
    r"ofte))\b"
)


def about_scams(ctx: Context) -> bool:
    """A text that warns about scams and describes them: it may quote the very requests
    (codes, remote-access apps) that would make a message a scam."""
    return bool(_hit(ctx, WARNS) and _hit(ctx, DESCRIBES))


GREETING = re.compile(r"\b(hej|hi|hello) (mor|far|mormor|farmor|morfar|farfar|mum|mom|dad)\b")
FAMILY = re.compile(
    # ("lagt mit nummer", "ring på mit nummer" are no new number)
    r"\b((mit|min) nye nummer|(det|dette|her) (her )?er (mit|min) nummer|"
    r"gem (mit|det) (nye )?nummer|"
    r"nyt nummer|nyt nr\b|"
    # (not a device to set up: "sætte MitID-appen op på en ny telefon")
    r"(?<!på en )ny telefon|(min|mine) nye (telefon|mobil)|mistet min telefon|tabt min telefon|"
    r"telefonen (gik|er) i stykker|"
    # writing from someone else's phone: "skriver fra en vens tlf", "har lånt en sygeplejerskes
    # telefon", "det gamle nummer virker ikke"
    r"skriver fra (en|min|hans|hendes) \w+ (tlf|telefon|mobil)|"
    r"(har )?lånt (en|min|hans|hendes) \w+ (tlf|telefon|mobil)|"
    r"(det|mit) gamle nummer (virker|fungerer) ikke|"
    r"(mit|min) (nye )?sim-?kort\w*|sim-?kortet (er|virker) ikke|"
    # "jeg har skiftet nummer, slet mit gamle"
    r"(har )?skiftet (til (et )?(nyt )?)?nummer|slet (mit|det) gamle( nummer)?|"
    r"my new number|lost my phone)\b"
)
REMOTE = re.compile(
    r"\b(anydesk|teamviewer|quicksupport|rustdesk|supremo|ultraviewer|fjernadgang|"
    r"fjernsupport|remote access|screen ?share|skærmdeling|installer\w* (en |denne )?app)\b"
)
RISKY_ATTACHMENT = re.compile(r"(?i)\.(exe|scr|js|vbs|bat|cmd|html?|iso|img|zip|rar|7z|lnk|apk)$")


# Asking verbs as whole words: "send" asks, "sendt" (sent) and "sender" (sends) do not;
# "brug for" (need) asks, "til brug for" (for use in: a code SMS naming the purchase) does not.
REQUEST = re.compile(
    r"(?i)\b(oplyse?|indtast(e|er)?|bekræfte?|send|giv|give|opgive?|angive?|udlevere?|"
    r"verificere?|opdatere?|bad (mig )?om|beder (mig |dig )?om|spurgte|ville have|skal bruge|"
    r"(?<!til )brug for|asked?|asks|enter|svar\w* (\w+ ){0,4}med|"
    r"provide|confirm|verify|update|give|share|read out|læs\w* op)\b"
)
# A negation earlier in the same sentence: "vil aldrig bede om dine kortoplysninger",
# "det er ikke nødvendigt at oplyse …" describe what is never asked, not a request.
NEVER = re.compile(r"(?i)\b(aldrig|never|ikke|don't|do not|won't|will not)\b[^.!?\n]*$")


# Typing the code where it belongs: "Indtast engangskode … i Netbank / i MitID-appen". A
# genuine code SMS says so; a phisher needs a link of his own (or, on a call, your voice).
_OWN_PLACE = (
    r"(net-?bank\w*|mobilbank\w*|net-mobilbank\w*|netbanking|online banking|mitid[- ]app\w*|"
    r"mobilepay|(bank)?app(en)?|\w+[- ]appen|the app)\b"
)
OWN_ENTRY = re.compile(
    # ("Husk at opdatere kortoplysningerne i MobilePay")
    r"(?i)\b(indtast\w*|skriv|enter|type|opdater\w*)\b[^.!?\n]{0,50}\b(i|in|into) "
    r"(din |jeres |your )?"
    + _OWN_PLACE
    + r"|\b(i|in) (din |jeres |your )?"  # "… i PostNord appen …, eller indtast PIN-koden"
    + _OWN_PLACE
    + r"[^.!?\n]{0,80}\b(indtast\w*|skriv|enter|type)\b"
)


# The code itself follows: "Din kode til at bekræfte dit nummer er 2918 45" gives a code.
GIVEN = re.compile(r"(?i)[^.!?\n]{0,60}?\b(er|is):?\s*\d{2,4}[ -]?\d{2,4}\b")


# An identity document to bring to an appointment ("tage pas eller kørekort med", "husk
# billedlegitimation") is shown in person, not handed over in a message or a call.
ID_DOCUMENT = re.compile(r"(?i)(pas|passet|kørekort\w*|sundhedskort\w*|\w*legitimation)")
BRING_ALONG = re.compile(r"(?i)\b(medbring\w*|husk\w*|tag\w* (\w+ ){0,4}med|have (\w+ ){0,4}med)\b")


EXAMPLE_LINE = re.compile(r"(?i)\b(eksempel|for eksempel|fx|f\.\s?eks)\b")
_OPENING = re.compile(r"(^|(?<=[\s:(]))[\"'‘“„«]")
_CLOSING = re.compile(r"(?<=\S)[\"'’”»](?=$|[\s.,;:!?)])")


def _opens_quote(line: str) -> bool:
    """Whether a quotation opened on this line is still open at its end (an apostrophe
    inside a word, "sms'er", neither opens nor closes one)."""
    return len(_OPENING.findall(line)) > len(_CLOSING.findall(line))


def _credential(ctx: Context) -> tuple[str, int, int] | None:
    """A request for credentials: the words near an asking verb, not in "never share", not
    a code to type into the bank's own app, not a code the message gives, not a
    "[placeholder]" standing for a value."""
    ev = _hit(ctx, CREDENTIALS)
    if not ev:
        return None
    text = ctx.text.display
    start = max(0, ev[1]) if ev[1] >= 0 else 0
    if ev[1] > 0 and text[ev[1] - 1 : ev[1]] == "[" and text[ev[2] : ev[2] + 1] == "]":
        return None
    before = text[max(0, start - 200) : start]
    after = text[ev[2] : ev[2] + 40] if ev[2] >= 0 else ""
    # (the words may ask themselves, "Bekræft din identitet inden 24 timer", unless quoted as
    # an example: "Eksempel: 'Dit valgkort er klar. Bekræft din identitet …'")
    line = before[before.rfind("\n") + 1 :]
    example = _opens_quote(line) or EXAMPLE_LINE.search(line)
    asking = (
        REQUEST.search(before[-80:])
        or REQUEST.search(after)
        or (REQUEST.match(ev[0]) and not example)
    )
    if NEVER.search(before) or not asking or GIVEN.match(text, max(ev[2], 0)):
        return None
    sentence = re.split(r"[.!?\n]", before)[-1] + ev[0] + re.split(r"[.!?\n]", after)[0]
    if ID_DOCUMENT.fullmatch(ev[0]) and BRING_ALONG.search(sentence):
        return None
    own_links = not ctx.links or links_owner(ctx) is not None
    if own_links and ctx.message.channel != "call" and OWN_ENTRY.search(sentence):
        return None
    return ev


@signal
def credential_request(ctx: Context) -> list[Reason]:
    ev = _credential(ctx)
    if not ev:
        return []
    weight = 0.75 if ctx.message.channel == "call" else 0.5
    return [
        _r(
            "credential_request",
            weight,
            ev,
            "Beskeden beder om koder, kort- eller personoplysninger. Dem giver du aldrig videre.",
            "The message asks for codes, card or personal data. Never hand these over.",
        )
    ]


@signal
def policy_asks_for(ctx: Context) -> list[Reason]:
    ev = _credential(ctx)
    if not ev or about_scams(ctx):
        return []
    asked = {k for k, p in ASK_KINDS.items() if p.search(ev[0].lower())} or {"codes"}
    # An organisation only linked to ("opret dit skattekort på skat.dk") is not the one asking.
    for org in (p for p in ctx.claimed if p.slug not in ctx.link_only_claims):
        if org.asks_for is not None and not asked <= org.asks_for:
            return [
                _r(
                    "policy_asks_for",
                    0.6,
                    ev,
                    f"{org.name} har offentligt sagt, at de aldrig beder om den slags oplysninger.",
                    f"{org.name} has said publicly that it never asks for this kind of data.",
                )
            ]
    return []


# The text the MitID app shows for a card payment to approve: "Betal 495,00 EUR til [B] fra
# kort xx9868". It names what you approve; it asks nothing of a reader elsewhere.
APPROVAL_PROMPT = re.compile(r"(?i)\s*betal [\d.,]+ ?[a-z]{3} til .{1,80} fra kort \S+\s*")


@signal
def payment_request(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, PAYMENT)
    if not ev or APPROVAL_PROMPT.fullmatch(ctx.text.display):
        return []
    # A bare address of an organisation's own site ("betalingsservice.dk") names a page.
    if ctx.message.channel == "url" and ctx.links and links_owner(ctx):
        return []
    return [
        _r(
            "payment_request",
            0.4,
            ev,
            "Beskeden beder dig betale (gebyr, told, fragt). Det er et kendt svindeltrick.",
            "The message asks you to pay (a fee, customs, postage), a well-known scam trick.",
        )
    ]


@signal
def urgency(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, URGENCY)
    if not ev:
        return []
    return [
        _r(
            "urgency",
            0.25,
            ev,
            "Beskeden presser dig med tidsfrister eller trusler, så du ikke når at tænke dig om.",
            "The message pressures you with deadlines or threats so you act without thinking.",
        )
    ]


@signal
def refund_or_prize(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, LURE)
    if not ev:
        return []
    return [
        _r(
            "refund_or_prize",
            0.35,
            ev,
            "Beskeden lokker med penge tilbage eller en gevinst.",
            "The message lures you with a refund or a prize.",
        )
    ]


def _org_notice(ctx: Context) -> bool:
    """An organisation's own notice: it names itself first ("Sydbank: …") and greets no
    relative."""
    return (
        bool(ctx.claimed)
        and not _hit(ctx, GREETING)
        and bool(
            re.match(rf"\s*{re.escape(ctx.claimed[0].name)}\b", ctx.text.display, re.IGNORECASE)
        )
    )


# A relative's real new number comes with a way to check it: the old one still works, or they
# will ring from the new one ("så du kan høre det er mig"). The "Hej mor" fraudster offers no
# such check ("jeg ringer senere" is a put-off, not one), and asks for money.
STILL_REACHABLE = re.compile(
    r"\b(det gamle (nummer )?(er |virker |fungerer )?(stadig|også|til (fredag|\w+dag|i morgen))|"
    r"ringer (lige )?(til dig |dig op )?fra det nye|"
    r"så (kan )?(du|i) (kan )?høre,? (at )?det er mig|ring\w* til mig,? hvis (du|i) er i tvivl)\b"
)
ANY_MONEY = re.compile(r"\b(overfør\w*|mobilepay|penge|regning\w*|lån\w*|kr\.?)\b")


@signal
def family_new_number(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, FAMILY)
    if ev and _hit(ctx, STILL_REACHABLE) and not (_hit(ctx, PAYMENT) or _hit(ctx, ANY_MONEY)):
        return []
    # A bank's "din app er aktiveret på en ny telefon" is no relative's new number. (A
    # supplier's "bad mig ikke betale til noget nyt nummer" is denied: negation.drop_denied.)
    if not ev or ctx.message.channel not in ("sms", "call") or _org_notice(ctx):
        return []
    return [
        _r(
            "family_new_number",
            0.6 if _hit(ctx, GREETING) else 0.45,
            ev,
            '"Hej mor, jeg har fået nyt nummer" er en kendt svindel. Ring til dit barn på det '
            "nummer, du kender.",
            '"Hi mum, this is my new number" is a known scam. Call your child on the number '
            "you know.",
        )
    ]


@signal
def remote_access(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, REMOTE)
    if not ev or about_scams(ctx):
        return []
    return [
        _r(
            "remote_access",
            0.7,
            ev,
            "Du bliver bedt om at give fjernadgang til din computer eller telefon. Gør det aldrig.",
            "You are asked to give remote access to your computer or phone. Never do so.",
        )
    ]


@signal
def caller_id_untrusted(ctx: Context) -> list[Reason]:
    if ctx.message.channel != "call":
        return []
    ev = ctx.text.span(ctx.message.sender or "")
    return [
        _r(
            "caller_id_untrusted",
            0.1,
            (ev.evidence, -1, -1),
            "Et nummer i displayet kan forfalskes. Læg på og ring selv op på det officielle "
            "nummer.",
            "The number on your display can be faked. Hang up and call the official number.",
        )
    ]


@signal
def sender_not_channel(ctx: Context) -> list[Reason]:
    sender = ctx.message.sender
    if not sender or ctx.message.channel not in ("sms", "call") or not ctx.claimed:
        return []
    for org in ctx.claimed:
        if not org.senders or org.sends_as(sender):
            return []
    return [
        _r(
            "sender_not_channel",
            0.45,
            (sender, -1, -1),
            f"Afsenderen er ikke en af de kendte afsendere for {_names(ctx)}.",
            f"The sender is not one of the known senders of {_names(ctx)}.",
        )
    ]


def links_owner(ctx: Context) -> str | None:
    """The name of a claimed organisation that owns every link, if one does (a genuine
    e-Boks notice may name MitID and link to e-boks.dk only)."""
    for org in ctx.claimed:
        if all(org.owns(lk.domain) for lk in ctx.links):
            return org.name
    return None


# Digital Post and e-Boks carry authorities' letters: "Ringkøbing-Skjern Kommune (Digital Post)
# <noreply@mit.dk>" writes as a municipality the directory does not list.
POST_CARRIERS = frozenset({"borger-dk", "e-boks"})
AUTHORITY_NAME = re.compile(r"(?i)\b(\w+s? kommune|region \w+|\w+styrelsen|\w+ministeriet)\b")


def _carried_authority(ctx: Context) -> bool:
    """Whether an e-mail comes from Digital Post's or e-Boks's own address in the name of an
    authority: its links on .dk domains are that authority's own site (rksk.dk), not a fake."""
    display = ctx.message.display_name or ""
    return (
        ctx.message.channel == "email"
        and any(p.slug in POST_CARRIERS and p.owns(_from_domain(ctx)) for p in ctx.claimed)
        and AUTHORITY_NAME.search(display) is not None
    )


def unknown_links(ctx: Context) -> list[Link]:
    """Links to no known organisation's own domain. A hospital's notice that sends you to
    borger.dk and e-boks.dk points to the official Digital Post, which no phisher controls:
    a link to another organisation's own site is no sign of a fake; nor is an authority's
    .dk site in a letter Digital Post carries from it (`_carried_authority`)."""
    official = _official(ctx.all_profiles)
    carried = _carried_authority(ctx)
    return [
        lk
        for lk in ctx.links
        if lk.domain.lower() not in official and not (carried and lk.domain.endswith(".dk"))
    ]


@signal
def policy_link(ctx: Context) -> list[Reason]:
    if not ctx.links or links_owner(ctx) is not None:
        return []
    unknown = unknown_links(ctx)
    for org in ctx.claimed:
        foreign = [lk for lk in ctx.links if not org.owns(lk.domain)]
        # A warning about scams may link to its own news post or a shortener; only a
        # message that does not warn is held to the organisation's link policy.
        never = org.sends_links == "never" and not _hit(ctx, WARNS)
        if foreign and never and ctx.message.channel in ("sms", "email"):
            return [
                _r(
                    "policy_link",
                    0.7,
                    _link_ev(ctx, foreign[0].url),
                    f"{org.name} sender aldrig links i sms eller e-mail.",
                    f"{org.name} never sends links by SMS or e-mail.",
                )
            ]
        # A link to no known organisation's domain is one not this organisation's own.
        if unknown:
            weight = 0.6 if org.sends_links == "own_domains" else 0.4
            return [
                _r(
                    "link_not_own_domain",
                    weight,
                    _link_ev(ctx, unknown[0].url),
                    f"Linket fører ikke til et af {org.name}s egne domæner.",
                    f"The link does not lead to one of {org.name}'s own domains.",
                )
            ]
    return []


@signal
def policy_qr(ctx: Context) -> list[Reason]:
    if ctx.message.channel != "qr":
        return []
    reasons = []
    if "no_qr" in ctx.message.notes:
        reasons.append(
            _r(
                "no_qr",
                0.0,
                ("", -1, -1),
                "Der blev ikke fundet nogen QR-kode i billedet.",
                "No QR code found in the picture.",
            )
        )
    for org in ctx.claimed:
        if org.qr == "never":
            reasons.append(
                _r(
                    "policy_qr",
                    0.7,
                    _claim_ev(ctx),
                    f"{org.name} bruger ikke QR-koder til den slags.",
                    f"{org.name} does not use QR codes for this.",
                )
            )
    return reasons


@signal
def policy_call(ctx: Context) -> list[Reason]:
    if ctx.message.channel != "call":
        return []
    for org in ctx.claimed:
        if org.calls == "never":
            return [
                _r(
                    "policy_call",
                    0.7,
                    _claim_ev(ctx),
                    f"{org.name} ringer ikke uopfordret til kunder.",
                    f"{org.name} does not make unsolicited calls to customers.",
                )
            ]
    return []


@lru_cache(maxsize=8)
def _protected(all_profiles: tuple[OrgProfile, ...]) -> tuple[str, ...]:
    """The domains any lookalike imitates: all own domains but ordinary words'."""
    return tuple(d.domain for p in all_profiles for d in p.domains if not d.ordinary)


@lru_cache(maxsize=8)
def _official(all_profiles: tuple[OrgProfile, ...]) -> frozenset[str]:
    return frozenset(d.lower() for p in all_profiles for d in p.domain_names)


@lru_cache(maxsize=8)
def published_phones(all_profiles: tuple[OrgProfile, ...]) -> frozenset[str]:
    """Every phone number (E.164) the known organisations publish."""
    return frozenset(n for p in all_profiles for n in p.phones)


def protected_for(ctx: Context) -> tuple[str, ...]:
    """The domains this message's links and sender may imitate: every organisation's
    (`_protected`) and, where it claims one, that organisation's ordinary-word domains."""
    claimed = tuple(d.domain for org in ctx.claimed for d in org.domains if d.ordinary)
    return _protected(ctx.all_profiles) + claimed


# A warning shows what a fake address looks like: "som for eksempel danskkebank.dk frem for
# danskebank.dk", "f.eks. 'postnord-dk.com'".
EXAMPLE_BEFORE = re.compile(
    r"(?i)\b(for eksempel|f\.\s?eks\.?|fx|eksempelvis|såsom|such as|for example|e\.g\.|"
    # "Adresser som dba-sikkerbetaling.com …", "sider som «…»"
    r"(adresser|adressen|sider|siden|domæner|links?|linket|webadresser|hjemmesider) (som|ligesom))"
    r"\s*[\"'“„«]?\s*$"
)
# Earlier examples in the same list: "dba-sikkerbetaling.com og dba.dk-sikkerhandel.com".
LISTED_BEFORE = re.compile(r"(\S+\.[a-z]{2,}\S*[\"'”»]?\s*(,|og|eller|and|or)\s*)+$")


# A link in quotation marks: "en mail fra 'aeldresagen-dk.org'" names the fake, it offers nothing.
OPEN_QUOTES, CLOSE_QUOTES = "'\"‘“„«", "'\"’”»"


def _shown_as_example(ctx: Context, link: Link) -> bool:
    """Whether a link is an example a text that warns about scams gives (after "for
    eksempel" or in quotation marks), not a link to use."""
    if link.start < 0 or not _hit(ctx, WARNS):
        return False
    display = ctx.text.display
    quoted = (
        link.start > 0
        and display[link.start - 1] in OPEN_QUOTES
        and link.end < len(display)
        and display[link.end] in CLOSE_QUOTES
    )
    before = LISTED_BEFORE.sub("", display[max(0, link.start - 120) : link.start])
    return quoted or bool(EXAMPLE_BEFORE.search(before[-40:]))


@signal
def lookalike_link(ctx: Context) -> list[Reason]:
    protected = protected_for(ctx)
    for link in ctx.links:
        if _shown_as_example(ctx, link):
            continue
        if link.is_ip:
            return [
                _r(
                    "ip_link",
                    0.5,
                    _link_ev(ctx, link.url),
                    "Linket går til en IP-adresse i stedet for et navngivet domæne.",
                    "The link points to an IP address instead of a named domain.",
                )
            ]
        found = is_lookalike(link.host, protected)
        if found.match:
            return [
                _r(
                    f"lookalike_{found.kind}",
                    0.75,
                    _link_ev(ctx, link.url),
                    f"Domænet {link.domain} efterligner {found.target}.",
                    f"The domain {link.domain} imitates {found.target}.",
                )
            ]
        if "xn--" in link.host and disguised_letters(link.host):
            return [
                _r(
                    "punycode_link",
                    0.4,
                    _link_ev(ctx, link.url),
                    "Linket bruger internationale tegn (punycode), som kan ligne andre bogstaver.",
                    "The link uses international characters (punycode) that can look like others.",
                )
            ]
    return _lookalike_sender(ctx, protected)


# Lookalike kinds that carry the brand's whole name (or its letters disguised).
WHOLE_NAME = frozenset({"combosquat", "subdomain", "homoglyph", "punycode"})


def _lookalike_sender(ctx: Context, protected: tuple[str, ...]) -> list[Reason]:
    """The e-mail's sender address on a domain that imitates the organisation the mail
    claims to be from ("Danske Bank <kundeservice@danskebank-kunde.com>"): as strong as
    such a link, whether the address came in the mail's headers or in lines pasted with its
    text. A name one or two letters from a brand's, or the brand's name under another
    ending, imitates only when the mail claims that organisation: a colleague's firm
    (nordtek.dk, near nordea.dk) claims no bank. The brand's whole name inside another
    domain (postnord-dk.delivery) imitates it whoever the mail claims to be."""
    address = ctx.message.from_address or ""
    host = address.rsplit("@", 1)[-1] if ctx.message.channel == "email" and "@" in address else ""
    found = is_lookalike(host, protected) if host else None
    if found is None or not found.match:
        return []
    target = found.target or ""
    claimed = any(org.owns(target) for org in ctx.claimed)
    if found.kind not in WHOLE_NAME and not claimed:
        return []
    shown = ctx.text.span(address)
    return [
        _r(
            f"lookalike_{found.kind}",
            0.75,
            (shown.evidence, shown.start, shown.end),
            f"Afsenderadressen er på {host}, som efterligner {found.target}.",
            f"The sender's address is on {host}, which imitates {found.target}.",
        )
    ]


@signal
def shortened_link(ctx: Context) -> list[Reason]:
    for link in ctx.links:
        if link.domain in SHORTENERS or link.host in SHORTENERS:
            return [
                _r(
                    "shortened_link",
                    0.3,
                    _link_ev(ctx, link.url),
                    "Linket er forkortet, så du ikke kan se, hvor det fører hen.",
                    "The link is shortened so you cannot see where it leads.",
                )
            ]
    return []


@signal
def link_text_mismatch(ctx: Context) -> list[Reason]:
    for link in ctx.message.html_links:
        shown = re.search(r"[\w-]+(\.[\w-]+)+", link.text or "")
        if not shown or not link.href.lower().startswith(("http", "www")):
            continue
        shown_domain = registrable(host_of(shown.group(0)))
        target = registrable(host_of(link.href))
        if shown_domain and target and shown_domain != target:
            return [
                _r(
                    "link_text_mismatch",
                    0.55,
                    _link_ev(ctx, link.text),
                    f"Linkteksten viser {shown_domain}, men fører til {target}.",
                    f"The link text shows {shown_domain} but leads to {target}.",
                )
            ]
    return []


def _from_domain(ctx: Context) -> str:
    address = ctx.message.from_address or ""
    return registrable(address.rsplit("@", 1)[-1]) if "@" in address else ""


def sender_not_own(ctx: Context) -> OrgProfile | None:
    """The organisation an e-mail's sender name claims when the address is on a domain of
    none of the organisations it names ("Skattestyrelsen <forskud@skat-dk.com>")."""
    name = (ctx.message.display_name or "").lower()
    domain = _from_domain(ctx)
    if not name or not domain:
        return None
    named = [
        org
        for org in ctx.all_profiles
        if any(re.search(rf"\b{re.escape(a)}\b", name) for a in (*org.aliases, org.name.lower()))
    ]
    # "Toldstyrelsen via PostNord <noreply@postnord.dk>": one of the names owns the address.
    if not named or any(org.owns(domain) for org in named):
        return None
    return named[0]


@signal
def display_name_brand(ctx: Context) -> list[Reason]:
    org = sender_not_own(ctx)
    if org is None:
        return []
    domain = _from_domain(ctx)
    return [
        _r(
            "display_name_brand",
            0.6,
            (ctx.message.display_name or "", -1, -1),
            f"Afsendernavnet siger {org.name}, men adressen er på {domain}.",
            f"The sender name says {org.name}, but the address is on {domain}.",
        )
    ]


@signal
def email_auth(ctx: Context) -> list[Reason]:
    if ctx.message.channel != "email":
        return []
    domain = _from_domain(ctx)
    dmarc = ctx.message.auth.get("dmarc")
    enforced = ctx.dmarc_policy in ("reject", "quarantine")
    # Header lines pasted with the text carry no authentication results: unknown, not failed.
    pasted = ctx.message.pasted_headers
    if domain and (domain in ctx.claimed_domains or enforced) and dmarc != "pass" and not pasted:
        return [
            _r(
                "email_auth_failed",
                0.6,
                (ctx.message.from_address or "", -1, -1),
                f"E-mailen påstår at komme fra {domain}, men afsenderen er ikke godkendt (DMARC).",
                f"The e-mail claims to come from {domain}, but the sender is not authenticated "
                "(DMARC).",
            )
        ]
    reply = ctx.message.reply_to or ""
    if reply and "@" in reply and domain and registrable(reply.rsplit("@", 1)[-1]) != domain:
        return [
            _r(
                "reply_to_mismatch",
                0.25,
                (reply, -1, -1),
                "Svar går til en anden adresse end afsenderens.",
                "Replies go to a different address than the sender's.",
            )
        ]
    return []


@signal
def dmarc_weak(ctx: Context) -> list[Reason]:
    """The From domain publishes no DMARC policy, or only p=none: anyone can forge it."""
    if ctx.message.channel != "email" or ctx.dmarc_policy not in ("none", "missing"):
        return []
    domain = (ctx.message.from_address or "").rsplit("@", 1)[-1]
    if ctx.dmarc_policy == "missing":
        da = f"Domænet {domain} har ingen DMARC-politik, så alle kan sende e-mails i dets navn."
        en = f"The domain {domain} has no DMARC policy, so anyone can send e-mail in its name."
    else:
        da = f"Domænet {domain} afviser ikke forfalskede e-mails (DMARC p=none)."
        en = f"The domain {domain} does not refuse forged e-mail (DMARC p=none)."
    return [_r("dmarc_weak", 0.2, (ctx.message.from_address or "", -1, -1), da, en)]


@signal
def risky_attachment(ctx: Context) -> list[Reason]:
    for name, _ in ctx.message.attachments:
        if RISKY_ATTACHMENT.search(name):
            return [
                _r(
                    "risky_attachment",
                    0.45,
                    (name, -1, -1),
                    "Vedhæftningen er en filtype, der kan køre programmer. Åbn den ikke.",
                    "The attachment is a file type that can run programs. Do not open it.",
                )
            ]
    return []


@signal
def outbound_log(ctx: Context) -> list[Reason]:
    if ctx.outbound is None:
        return []
    if ctx.outbound.positive:
        return [
            _r(
                "outbound_match",
                -1.0,
                ("", -1, -1),
                "Organisationen har registreret, at den har sendt denne besked.",
                "The organisation has recorded that it sent this message.",
            )
        ]
    return [
        _r(
            "outbound_no_match",
            0.3,
            ("", -1, -1),
            "Organisationen har ingen registrering af at have sendt denne besked.",
            "The organisation has no record of sending this message.",
        )
    ]


@signal
def classifier(ctx: Context) -> list[Reason]:
    p = ctx.classifier_p
    # Shown whenever the classifier leans to scam, which is when it raises the calibrated
    # score (scoring.py); its own cut-off for the classifier-alone report is higher.
    if p is None or p < 0.5:
        return []
    return [
        _r(
            "classifier",
            round(0.6 * p, 3),
            ("", -1, -1),
            f"Sproget ligner kendte svindelbeskeder (sandsynlighed {p:.0%}).",
            f"The wording resembles known scam messages (probability {p:.0%}).",
        )
    ]


@signal
def matches_warning(ctx: Context) -> list[Reason]:
    """A published warning's indicators or text match this message."""
    if not ctx.warnings:
        return []
    first = ctx.warnings[0]
    title = first.get("title") or {}
    return [
        _r(
            "matches_warning",
            0.7,
            ("", -1, -1),
            f"Beskeden matcher en aktuel advarsel: {title.get('da', '')} ({first['path']}).",
            f"The message matches a current warning: {title.get('en', '')} ({first['path']}).",
        )
    ]


@signal
def skipped_parts(ctx: Context) -> list[Reason]:
    """What the check went without: parts over its time budget, and sources it could not
    read because the database was unavailable (messages/budget.py). No weight: the verdict
    stands on what was checked, and says what was not."""
    budget = ctx.budget
    if budget is None:
        return []
    found = []
    if budget.unavailable:
        da, en = parts_text(budget.unavailable)
        found.append(
            _r(
                "sources_unavailable",
                0.0,
                ("", -1, -1),
                f"Kunne ikke læses lige nu, så resultatet bygger på det indbyggede register "
                f"og beskeden selv: {da}.",
                f"Could not be read just now, so the result rests on the built-in directory "
                f"and the message itself: {en}.",
            )
        )
    if budget.skipped:
        da, en = parts_text(budget.skipped)
        found.append(
            _r(
                "deadline_skipped",
                0.0,
                ("", -1, -1),
                f"Sprunget over, fordi tjekket nåede sin tidsgrænse: {da}.",
                f"Skipped because the check reached its time limit: {en}.",
            )
        )
    return found
