"""Requests a warning rules out or quotes are no requests.

A bank's warning names the very things a scam asks for: "Vi beder dig ALDRIG om at godkende
noget i MitID", "Vi sender aldrig en kurer for at hente dit kort", "Du skal aldrig: • flytte
penge til en sikker konto", and it quotes the fraudsters: 'De siger typisk: "Læs koden op"'.
The rules that find those requests see the words, not that they are denied or quoted. In a
text that warns about scams, a reason whose evidence lies in a denied clause or inside
quotation marks is dropped: the text says what is never asked, it does not ask it.

A scam does not deny its own request ("Hvis du ikke bekræfter …" is a threat, not a denial:
only "aldrig", "never" and a denying modal count), and outside a warning nothing is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vaern.messages.signals import WARNS, Reason
from vaern.messages.text import Text

# A denial: never, or a modal that denies ("du skal ikke", "we will not"); not "hvis du ikke".
# Or the request put as another's, to refuse: "Læg på, hvis nogen beder dig om at …", or as
# what you may receive: "Hvis I får en sms fra 'mig' om penge, så er det ikke mig".
DENIAL = re.compile(
    r"(?i)\b(aldrig|never|(skal|skulle|må|bør|behøver|vil) (du |i |man |vi |de |dig |jeg )?ikke|"
    r"ikke skulle|"
    r"(do|does|will|should|must) not|don't|won't|ingen (bank|myndighed|virksomhed|medarbejder)"
    r"\w*|hvis nogen|if (someone|anyone)|hvis (du|i|man) (nogensinde )?(får|modtager)|"
    r"if you (ever )?get|"
    # "Læg på, hvis du bliver bedt om at læse koder op", "hvis der ringer en og beder dig …"
    r"hvis (du|i|man) (nogensinde )?bliver (bedt|ringet op|kontaktet)|"
    r"hvis (der )?(nogen|en) (ringer|skriver|beder)|hvis der (ringer|skriver) (nogen|en)|"
    # "Jeg beder dig ikke om koder", and asking whether someone else asked: "Har nogen
    # ringet og bedt dig flytte pengene?"
    r"(beder|spørger) (dig |jer )?(ikke|aldrig) (om|efter)|"
    # a call told afterwards: "Hun bad ikke om koder eller om at flytte penge", "bad mig ikke
    # betale til noget nyt nummer"
    r"(bad|spurgte) (mig |os )?(ikke|aldrig)|(blev|er) (ikke|aldrig) (bedt|spurgt) (om|efter)|"
    r"(nævnte|sagde|talte) (ikke|aldrig) "
    r"(noget )?om|"
    # the modal after the negation in a subordinate clause: "sagde, at hun ikke ville bede om
    # koder"; and no one of a kind: "Ingen fra banken vil bede dig …"
    r"ikke (ville|vil|skulle|skal|måtte|må) (\w+ )?(bede|spørge|kræve|have brug)|ingen fra|"
    # "Jeg kommer ikke til at bede om koder eller om at godkende noget i MitID"
    r"(kommer|komme) (\w+ )?(ikke|aldrig) til at (bede|spørge)|"
    r"(har|om|hvis) (der )?nogen (havde |har )?(\w+ ){0,3}(bedt|spurgt|ringet))\b"
)
# A request cited, not made: an example ("fx", "Eksempel:") or the fraudsters' words told in
# the present ("De skriver typisk, at …", "Svindlerne siger …"; a victim tells the past).
CITING = re.compile(
    r"(?i)\b(eksempel|eksempler|eksempelvis|fx|f\.\s?eks|for example|such as|e\.g|"
    r"(de|svindler\w*|kriminelle|afsenderen) (\w+ )?(skriver|siger|påstår|lover|lokker|"
    r"beder|sender|bruger)|(links?|linket|linkene|siderne?) (fører|går|leder) til|"
    r"they (say|write|claim|ask|send|use)|svindler\w* (ringer|skriver)|"
    # the fake named as such: "links som skat-tilbage.com", "adressen var rodekors-hjaelp.org",
    # "Falske sms'er fra »Brobizz« (brobizz-betaling.com)", "ikke fra apple-id-support.com"
    r"(links?|linket|adresser(ne)?|adressen|adresse|sider|domæner|hjemmesider?|webadresser?|"
    r"navne),? (som|der ligner|var)|falske? (sms'?(er|en)?|e-?mails?|mails?|beskeder|opkald|sider|"
    r"links?|hjemmesider?|webshops?)|ikke fra|fake (texts?|emails?|sites?|links?)|"
    # what the fraud makes its victims do: "Dette får mange til at udlevere NemID-koder"
    r"(får|fik|lokker|narrer|presser) (mange|folk|ofrene|ofre|borgere|kunder|nogle|flere) "
    r"(\w+ )?til at)\b"
)
# Where a clause starts: after a full stop, question or exclamation mark, or a line break;
# not after the abbreviations warnings give examples with ("f.eks. postnord-dk.com").
# A full stop, a line, or "men" turning from what is denied to what is asked ("Jeg beder dig
# ikke om din adgangskode, men læs koden op").
CLAUSE_END = re.compile(
    r"(?<!\beks)(?<!\bfx)(?<!\bbl\.a)(?<!\bevt)[.!?;](?=\s)|\n|,? \b(men|but)\b", re.IGNORECASE
)
BULLET = re.compile(r"\s*([•·▪◦*✓✔✗✘❌⚠️-]|\d{1,2}[.)])\s*")
DOUBLE_QUOTES = '"“”„«»'
# A span in single quotes: 'sikker konto' (an apostrophe inside a word, sms'er, is none).
SINGLE_QUOTED = re.compile(r"(?<!\w)'[^'\n]{1,200}'(?!\w)")
NEAR = 160  # characters before the evidence a denial may stand
# An imperative denied after the verb: "Klik ikke", "Svar aldrig", "Do not click" is before.
NOT_AFTER = re.compile(r"(?i)\s+(ikke|aldrig)\b")


def _quote_marks(display: str, start: int, end: int) -> int:
    """How many double quotation marks of any kind stand in display[start:end]."""
    return sum(display.count(q, start, end) for q in DOUBLE_QUOTES)


def _lead_in(display: str, line_start: int) -> int | None:
    """The start of the line that introduces the list or block `line_start` is in: for a
    bulleted line the first line above that is no bullet, unless it ends a sentence; for
    another line the first line above ending in a colon ("Eksempler på falske afsendere:"),
    reached through lines that end no sentence."""
    bullet = BULLET.match(display, line_start) is not None
    above = line_start - 1
    while above > 0:
        lead_start = display.rfind("\n", 0, above) + 1
        line = display[lead_start:above].strip()
        if not bullet:
            # Up through a list of lines with no sentence end, or one blank line under
            # "Eksempel:", to the line that introduces them.
            if line.endswith(":"):
                return lead_start
            if line.endswith((".", "!", "?")) or (not line and above != line_start - 1):
                return None
            above = lead_start - 1
            continue
        if line and not BULLET.match(line):
            return None if line.endswith((".", "!", "?")) else lead_start
        above = lead_start - 1
    return None


def _clause_start(display: str, start: int) -> int:
    """Where the clause holding `start` begins, with the lead-in of its list (_lead_in)."""
    line_start = display.rfind("\n", 0, start) + 1
    # A full stop inside a quotation ends the quoted message's sentence, not the warning's.
    ends = (
        m.end()
        for m in CLAUSE_END.finditer(display, line_start, start)
        if _quote_marks(display, line_start, m.start()) % 2 == 0
    )
    begin = max(ends, default=line_start)
    if begin != line_start:
        return begin
    lead = _lead_in(display, line_start)
    return line_start if lead is None else lead


def denied(display: str, start: int, end: int) -> bool:
    """Whether the words at start:end stand in a clause a denial governs ("vi beder dig
    aldrig om at oplyse koder", "Godkend aldrig i MitID")."""
    begin = max(_clause_start(display, start), start - NEAR)
    return bool(DENIAL.search(display, begin, end) or NOT_AFTER.match(display, end))


def quoted(display: str, start: int, end: int) -> bool:
    """Whether the words at start:end sit inside quotation marks on their line."""
    line_start = display.rfind("\n", 0, start) + 1
    line_end = display.find("\n", end)
    line_end = len(display) if line_end < 0 else line_end
    if _quote_marks(display, line_start, start) % 2 == 1 and _quote_marks(display, end, line_end):
        return True
    spans = SINGLE_QUOTED.finditer(display, line_start, line_end)
    return any(m.start() < start and end <= m.end() for m in spans)


def described(display: str, start: int, end: int) -> bool:
    """Whether the words at start:end are given as an example or as what fraudsters say or
    do ("fx skat-tilbagebetaling.dk", "svindlere ringer … og beder om …"); unlike `cited`,
    not merely for standing in quotation marks (a call report quotes the caller)."""
    begin = max(_clause_start(display, start), start - NEAR)
    return bool(CITING.search(display, begin, end))


def cited(display: str, start: int, end: int) -> bool:
    """Whether the words at start:end are quoted, or given as an example or as what
    fraudsters say ("fx skat-tilbagebetaling.dk", "De skriver typisk, at …")."""
    return quoted(display, start, end) or described(display, start, end)


def drop_denied(text: Text, reasons: Sequence[Reason]) -> list[Reason]:
    """The reasons without the requests a warning denies or quotes (module docstring), or
    that a call report says the caller did not make ("Hun bad ikke om at flytte penge")."""
    if not text.find(WARNS) and not any(r.code == "asked_nothing" for r in reasons):
        return list(reasons)
    display = text.display
    return [
        r
        for r in reasons
        if r.weight <= 0
        or r.start < 0
        or not (denied(display, r.start, r.end) or cited(display, r.start, r.end))
    ]
