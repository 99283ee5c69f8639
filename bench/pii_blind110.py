"""A hundred-and-eleventh blind, seeded generator of Danish text with labelled personal data
(issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is the FUNERAL HOME
(bedemand) AND ESTATE (dødsbo) administration, and the scams that follow a death: fake estate
debts, inheritance phishing and fake letters from the probate court (skifteretten), in eight
genres: a funeral home's order form (the deceased's CPR, birth date and last address, the
informant's phone and e-mail, the deposit paid by card), an e-mail thread between an heir and
the estate administrator (Fra:/Til:/Emne:, a foreign heir's IBAN), a bank's fraud report on a
fake skifteret letter (a "retsafgift" paid to a foreign IBAN, a MitID user ID given on the
phone), a web chat with the funeral home ("[10:02] Name:" lines, names typed in lower case, a
code read out), a bank's call note on a fake estate debt (a widow called by a false creditor,
card, expiry and CVV given), a police report of an inheritance scam (witnesses' addresses on two
lines, the scammers' car's plate), the estate inventory (boopgørelse: heirs' CPR numbers, the
estate's accounts, the deceased's car) and a funeral home's complaint log of fake invoices sent
to the bereaved after a death notice. The names are those of Danes of all ages, Danes with roots
elsewhere ("Fatima Haddad", "Tran Van Long"), double surnames ("Sønderby-Kahr") and the
organisations' own staff. Organisations' own addresses (offices, chapels, the court, depots)
appear in many frames and are never labelled.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("bedemand", "afdøde", "arving", "vidne");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed in
  a chat ("jytte") is PERSON. A scammer's alias ("Henrik fra Skifteretten") is PERSON, the unit
  is not. Organisations, placeholders ("[NAVN]", "Arving A", "Pårørende 1", "Afdøde X") and
  family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date (a date of death, a funeral date) or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, 114, 1813) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 849,95"), dates and clock times
  ("12.03.2026", "kl. 09.14", "[10:22]", "2026-03-04"), order numbers ("BE-26-04817"), probate
  case numbers ("BS-4821/2026"), police journal numbers, CVR numbers ("CVR-nr. 31245780"),
  masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932", "BK ** ***"), organisations' 70/80 lines, companies,
  the organisations' own addresses, streets without a number and family words. Documents of
  kind "negative" are the same genres after pseudonymisation: only such values, stand-ins
  ("[NAVN]", "[TLF]") and pseudonyms ("Arving A", "Pårørende 1") remain. No run of ten or more
  digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind110 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 11011
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "bestilling",
    "dodsbo_mail",
    "skifteret_falsk",
    "chat",
    "gaeldsopkald",
    "politianmeldelse",
    "boopgoerelse",
    "klagelog",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "DATE_OF_BIRTH",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "IBAN",
    "CARD",
    "CARD_EXPIRY",
    "CARD_CVV",
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "555555", "222300", "520082")
IBAN_LENGTH = {
    "DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "ES": 24, "FR": 27, "LT": 20, "NL": 18,
    "GB": 22,
}  # fmt: skip
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
    "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54", "56",
    "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86",
    "87", "89", "96", "97", "98", "99",
)  # fmt: skip

WOMEN = (
    "Agnete", "Birthe", "Inger", "Kirsten", "Jytte", "Gudrun", "Ruth", "Else", "Vibeke", "Hanne",
    "Lone", "Susanne", "Trine", "Mette", "Camilla", "Sofie", "Ida", "Freja", "Maja", "Asta",
    "Anne-Mette", "Lise-Lotte", "Fatima", "Zeynep", "Amina", "Nguyen Thi", "Katarzyna", "Leyla",
    "Rikke", "Dorthe", "Bodil", "Ellen", "Gerda", "Nanna", "Signe", "Tove", "Solveig", "Yasmin",
)  # fmt: skip
MEN = (
    "Poul", "Erling", "Knud", "Svend", "Bent", "Arne", "Flemming", "Torben", "Henning", "Ole",
    "Jens", "Morten", "Rasmus", "Kasper", "Mikkel", "Frederik", "Emil", "Oskar", "Viggo", "Aksel",
    "Hans-Henrik", "Carl-Johan", "Ahmed", "Mehmet", "Tran Van", "Piotr", "Hassan", "Omar",
    "Preben", "Verner", "Leif", "Jørgen", "Tage", "Villads", "Bjarne", "Kristian", "Ali",
)  # fmt: skip
SURNAMES = (
    "Holm", "Kragelund", "Vestergaard", "Bøgh", "Lauridsen", "Thygesen", "Skovgaard", "Dall",
    "Brandt", "Mølgaard", "Juhl", "Kjeldsen", "Bach", "Ravn", "Frost", "Overgaard", "Damgaard",
    "Lykke", "Winther", "Haddad", "Yilmaz", "Long", "Kowalski", "Nowak", "Abdi", "Rahimi",
    "Qureshi", "Ebbesen", "Nørgaard", "Bisgaard", "Thomsen", "Mikkelsen", "Hviid", "Kudsk",
    "Munch", "Fogh", "Toft", "Kahr", "Lund",
)  # fmt: skip
DOUBLE = ("Sønderby-Kahr", "Bech-Olsen", "Holm-Ravn", "Fogh-Thygesen", "Juhl-Abdi", "Toft-Bach")
MIDDLE = ("Marie", "Louise", "Kristine", "Margrethe", "Juul", "Bruun", "Krogh", "Aagaard")

STREETS = (
    "Vibevej", "Kløvermarken", "Engtoften", "Rugmarken", "Solsortevej", "Ahornsvinget",
    "Præstemarken", "Bøgeløkken", "Havrevangen", "Anemonevej", "Skovbrynet", "Lærkevej",
    "Hybenhaven", "Mosevangen", "Egeparken", "Stationsvej", "Teglværksvej", "Møllegade",
    "Kastanjealle", "Enghavevej", "Tjørnevej", "Birkedalen", "Fiskergade", "Spurvevej",
)  # fmt: skip
TOWNS = (
    "8260 Viby J", "5220 Odense SØ", "9000 Aalborg", "6700 Esbjerg", "7400 Herning",
    "4700 Næstved", "2650 Hvidovre", "3400 Hillerød", "8800 Viborg", "6000 Kolding",
    "4300 Holbæk", "2770 Kastrup", "8900 Randers C", "7100 Vejle", "3700 Rønne", "9800 Hjørring",
    "6100 Haderslev", "4000 Roskilde", "2400 København NV", "5700 Svendborg",
)  # fmt: skip

COMPANIES = (
    "Rolighed Begravelse", "Mindegaarden Bedemænd", "Fyrrely Begravelsesforretning",
    "Stilhedens Bedemandsforretning", "Advokathuset Arvegaarden", "Boadvokaterne Vest",
    "Sparekassen Kystland", "Nordlys Bank", "Andelskassen Midt", "Skifteretten i Vejle",
    "Skifteretten i Aalborg", "Skifteretten i Roskilde", "Kirkegårdskontoret",
    "Vesterport Krematorium",
)  # fmt: skip
ORG_DOMAINS = (
    "rolighed", "mindegaarden", "fyrrely", "stilheden", "arvegaarden", "boadvokaterne",
    "kystland", "nordlys",
)  # fmt: skip
# (organisation, street and number, postcode and town)
ORG_SITES = (
    ("Rolighed Begravelse", "Kapelstien 4", "7100 Vejle"),
    ("Mindegaarden Bedemænd", "Urnehaven 12", "8900 Randers C"),
    ("Fyrrely Begravelsesforretning", "Mindelundsvej 31", "5220 Odense SØ"),
    ("Stilhedens Bedemandsforretning", "Klokkestøbervej 9", "4000 Roskilde"),
    ("Advokathuset Arvegaarden", "Skødepladsen 2", "9000 Aalborg"),
    ("Boadvokaterne Vest", "Testamentsgade 18", "6700 Esbjerg"),
    ("Sparekassen Kystland", "Havnefronten 40", "6000 Kolding"),
    ("Nordlys Bank", "Lysbrovej 77", "2400 København NV"),
    ("Skifteretten i Vejle", "Retsbygningen, Dommervænget 6", "7100 Vejle"),
    ("Skifteretten i Aalborg", "Retsbakken 1", "9000 Aalborg"),
    ("Vesterport Krematorium", "Askelunden 15", "3400 Hillerød"),
    ("Kirkegårdskontoret", "Gravstedvej 3", "8260 Viby J"),
)
ORG_ADDRESSES = tuple(site[1] for site in ORG_SITES)
FUNERAL_ORGS = frozenset(site[0] for site in (*ORG_SITES[:4], *ORG_SITES[10:]))
ORG_DOMAIN = dict(zip((site[0] for site in ORG_SITES[:8]), ORG_DOMAINS, strict=True))
ORG_LINES = ("70 22 18 18", "70 11 40 40", "80 80 12 12", "7020 3131", "80 40 22 00", "70101960")
PSEUDONYMS = (
    "Arving A", "Arving B", "Pårørende 1", "Pårørende 2", "Afdøde X", "Medarbejder 1",
    "Medarbejder 2", "Vidne 1", "Vidne 2",
)  # fmt: skip
FAMILY = (
    "min mand", "min kone", "min mor", "min far", "min søster", "min bror", "vores barnebarn",
    "min svigersøn", "min afdøde mand",
)  # fmt: skip
ALIAS_UNITS = ("Skifteretten", "Gældsstyrelsen", "dødsboafdelingen", "Arveregistret")
SCAMMER_NAMES = ("Henrik", "Lars", "Charlotte", "Pia", "Thomas", "Karina", "Michael", "Annette")
RELATIONS = ("søn", "datter", "ægtefælle", "barnebarn", "nevø", "svoger")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip

OPEN, MID, CLOSE = "\x01", "\x02", "\x03"


def L(kind: str, value: str) -> str:
    """A labelled value inside a template: resolved into a span by ``finish``."""
    return f"{OPEN}{kind}{MID}{value}{CLOSE}"


def finish(marked: str) -> tuple[str, list[dict]]:
    """The plain text and its spans from a text with labelled values."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for hit in re.finditer(f"{OPEN}(\\w+){MID}(.*?){CLOSE}", marked, re.S):
        out.append(marked[pos : hit.start()])
        length += hit.start() - pos
        value = hit.group(2)
        spans.append({"start": length, "end": length + len(value), "type": hit.group(1)})
        out.append(value)
        length += len(value)
        pos = hit.end()
    out.append(marked[pos:])
    return "".join(out), spans


def grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "-": "", " ": ""})
    return text.lower().translate(table)


def amount(rng: random.Random) -> str:
    kroner = rng.choice((rng.randint(150, 999), rng.randint(1000, 98000)))
    text = f"{kroner:,}".replace(",", ".")
    if rng.random() < 0.3:
        text += f",{rng.randint(0, 99):02d}"
    return f"kr. {text}" if rng.random() < 0.25 else f"{text} kr."


def day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))


def dotted(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def clock(rng: random.Random) -> str:
    return f"kl. {rng.randint(8, 17):02d}.{rng.randint(0, 59):02d}"


def case_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"BS-{rng.randint(1000, 9999)}/2026",
            f"BE-26-{rng.randint(10000, 99999)}",
            f"J.nr. 26-{rng.randint(10000, 99999)}",
            f"{rng.randint(1000, 9999)}-{rng.randint(80000, 89999)}-{rng.randint(10000, 99999)}-26",
        )
    )


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randint(10000000, 99999999)}"


class Person:
    def __init__(self, rng: random.Random, born: date | None = None) -> None:
        self.woman = rng.random() < 0.5
        self.first = rng.choice(WOMEN if self.woman else MEN)
        self.last = rng.choice(DOUBLE) if rng.random() < 0.12 else rng.choice(SURNAMES)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.15 else ""
        self.born = born or date(1935, 1, 1) + timedelta(days=rng.randint(0, 25500))

    @property
    def full(self) -> str:
        return (
            f"{self.first} {self.middle} {self.last}"
            if self.middle
            else f"{self.first} {self.last}"
        )


class Maker:
    """Values for one document: labelled in a positive, stand-ins or masked in a negative."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        self.pseudo = iter(rng.sample(PSEUDONYMS, len(PSEUDONYMS)))

    def person(self, born: date | None = None) -> Person:
        return Person(self.rng, born)

    def name(self, p: Person, form: str = "any", pseudo: str | None = None) -> str:
        rng = self.rng
        if self.neg:
            if pseudo is None:
                pseudo = next(self.pseudo, "[NAVN]")
            return pseudo if rng.random() < 0.6 else "[NAVN]"
        if form == "any":
            form = rng.choices(
                ("plain", "three", "surname", "caps", "initial", "first"), (55, 12, 10, 8, 8, 7)
            )[0]
        if form == "three" and not p.middle:
            text = f"{p.first} {rng.choice(MIDDLE)} {p.last}"
        elif form == "surname":
            text = f"{p.last}, {p.first}"
        elif form == "caps":
            text = p.full.upper()
        elif form == "initial":
            text = f"{p.first[0]}. {p.last}"
        elif form == "first":
            text = p.first
        elif form == "lower":
            text = rng.choice((p.first, p.full)).lower()
        elif form == "genitive":
            text = rng.choice((p.first, p.full)) + "s"
        else:
            text = p.full
        return L("PERSON", text)

    def addr(self, lines: int = 1) -> str:
        rng = self.rng
        if self.neg:
            return "[ADRESSE]"
        street = f"{rng.choice(STREETS)} {rng.randint(1, 88)}{rng.choice(('', '', '', 'A', 'B'))}"
        if rng.random() < 0.4:
            street += (
                f", {rng.choice(('st.', '1.', '2.', '3.', '4.'))} {rng.choice(('th', 'tv', 'mf'))}."
            )
        town = rng.choice(TOWNS)
        if lines == 2:
            return L("ADDRESS", f"{street}\n{town}")
        if rng.random() < 0.1:
            return L("ADDRESS", street)
        return L("ADDRESS", f"{street}, {town}")

    def cpr(self, p: Person) -> str:
        rng = self.rng
        b = p.born
        head = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
        if self.neg:
            return rng.choice(("[CPR]", f"{head}-xxxx"))
        seventh = "4" if b.year >= 2000 else rng.choice("0123")
        while True:
            number = head + seventh + f"{rng.randint(0, 999):03d}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        form = rng.randrange(4)
        text = (
            f"{number[:6]}-{number[6:]}",
            number,
            f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
            f"{number[:6]} {number[6:]}",
        )[form]
        return L("CPR", text)

    def dob(self, p: Person) -> str:
        """A birth date after its cue (the cue is the caller's)."""
        b = p.born
        if self.neg:
            return rng_choice(self.rng, ("[dato]", f"{b.year}"))
        text = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )
        return L("DATE_OF_BIRTH", text)

    def phone(self) -> str:
        rng = self.rng
        if self.neg:
            return rng.choice(("[TLF]", f"+45 ** ** ** {rng.randint(10, 99)}"))
        form = rng.randrange(12)
        if form == 10:
            return L("PHONE", f"+44 7700 900{rng.randint(0, 999):03d}")
        if form == 11:
            return L("PHONE", f"+46 70 174 06 {rng.randint(5, 99):02d}")
        n = rng.choice(MOBILE + LANDLINE) + f"{rng.randint(0, 999999):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        text = (
            f"+45 {n}",
            f"+45 {pairs}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}",
            f"0045 {n}",
            pairs,
            n,
            f"+45{n}",
            ".".join(n[i : i + 2] for i in range(0, 8, 2)),
        )[form]
        return L("PHONE", text)

    def mail(
        self,
        p: Person | None = None,
        local: str | None = None,
        org: bool = False,
        domain: str | None = None,
    ) -> str:
        rng = self.rng
        if local is None:
            assert p is not None
            first, last = ascii_name(p.first), ascii_name(p.last)
            local = rng.choice(
                (
                    f"{first}.{last}",
                    f"{first[0]}{last}",
                    f"{first}{p.born.year % 100:02d}",
                    f"{first}_{last}{rng.randint(1, 9)}",
                )
            )
        domain = (
            f"{domain or rng.choice(ORG_DOMAINS)}.example.dk"
            if org
            else rng.choice(("example.dk", "example.com", "mail.example.net", "post.example.dk"))
        )
        if self.neg:
            return rng.choice(("[e-mail]", f"{local[0]}***@{domain}"))
        return L("EMAIL", f"{local}@{domain}")

    def masked_mail(self) -> str:
        return (
            f"{self.rng.choice('abehjklmst')}***@{self.rng.choice(('example.dk', 'example.com'))}"
        )

    def account(self) -> str:
        rng = self.rng
        reg = f"{rng.randint(1000, 9899)}"
        if self.neg:
            return rng.choice(
                (f"reg.nr. {reg}, konto [kontonr.]", f"konto ******{rng.randint(1000, 9999)}")
            )
        number = f"{rng.randint(0, 10**10 - 1):010d}"
        short = str(rng.randint(1000000, 99999999))
        form = rng.randrange(4)
        if form == 0:
            return "reg.nr. og konto " + L("BANK_ACCOUNT", f"{reg}-{number}")
        if form == 1:
            return "konto " + L("BANK_ACCOUNT", f"{reg} {number}")
        if form == 2:
            return f"reg. {reg} konto " + L("BANK_ACCOUNT", short)
        return f"reg.nr. {reg}, kontonr. " + L("BANK_ACCOUNT", number)

    def iban(self, country: str | None = None) -> str:
        rng = self.rng
        if self.neg:
            return rng.choice(
                (f"DK{rng.randint(10, 99)}XXXXXXXXXX{rng.randint(1000, 9999)}", "[IBAN]")
            )
        country = country or rng.choice(tuple(IBAN_LENGTH))
        size = IBAN_LENGTH[country] - 4
        if country == "GB":
            bban = rng.choice(("NWBK", "MIDL", "BARC")) + "".join(
                rng.choices("0123456789", k=size - 4)
            )
        elif country == "NL":
            bban = rng.choice(("ABNA", "RABO", "INGB")) + "".join(
                rng.choices("0123456789", k=size - 4)
            )
        else:
            bban = "".join(rng.choices("0123456789", k=size))
        digits = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(digits) % 97:02d}{bban}"
        return L("IBAN", grouped(compact) if rng.random() < 0.6 else compact)

    def card(self) -> str:
        rng = self.rng
        if self.neg:
            tail = rng.randint(1000, 9999)
            return rng.choice((f"**** **** **** {tail}", f"******{tail}"))
        prefix = rng.choice(TEST_PREFIXES)
        body = prefix + "".join(rng.choices("0123456789", k=15 - len(prefix)))
        for check in "0123456789":
            if luhn(body + check):
                break
        compact = body + check
        return L("CARD", grouped(compact) if rng.random() < 0.65 else compact)

    def expiry(self) -> str:
        rng = self.rng
        if self.neg:
            return "**/**"
        month = f"{rng.randint(1, 12):02d}"
        year = rng.randint(26, 31)
        return L("CARD_EXPIRY", f"{month}/{year}" if rng.random() < 0.7 else f"{month}/20{year}")

    def cvv(self) -> str:
        rng = self.rng
        cue = rng.choice(("CVV ", "CVV: ", "cvc ", "CVC ", "kontrolcifre "))
        if self.neg:
            return cue + "***"
        return cue + L("CARD_CVV", f"{rng.randint(0, 999):03d}")

    def otp(self) -> str:
        rng = self.rng
        if self.neg:
            return "[kode]"
        digits = 6 if rng.random() < 0.75 else 8
        return L("OTP", "".join(rng.choices("0123456789", k=digits)))

    def mitid(self, p: Person) -> str:
        rng = self.rng
        if self.neg:
            return "[bruger-id]"
        first = ascii_name(p.first)
        return L("MITID_USER", first + rng.choice((f"{p.born.year}", f"{p.born.year % 100:02d}")))

    def plate(self) -> str:
        rng = self.rng
        letters = "".join(rng.choices("ABCDEFHJKLMNPRSTUVXYZ", k=2))
        if self.neg:
            return f"{letters} ** ***"
        digits = f"{rng.randint(10, 99)}{rng.randint(0, 999):03d}"
        if rng.random() < 0.7:
            return L("NUMBER_PLATE", f"{letters} {digits[:2]} {digits[2:]}")
        return L("NUMBER_PLATE", letters + digits)

    # the organisations' own details, never labelled
    def site(self, which: str = "any") -> tuple[str, str, str]:
        pick = {"funeral": ORG_SITES[:4], "estate": ORG_SITES[4:8], "bank": ORG_SITES[6:8]}
        return self.rng.choice(pick.get(which, ORG_SITES))

    def org_address(self, which: str = "any") -> str:
        rng = self.rng
        org, street, town = self.site(which)
        line = rng.choice(ORG_LINES)
        frames = [
            f"Besøg os på {street}, {town}.",
            f"{org}\n{street}\n{town}",
            f"{org} · {street} · {town} · tlf. {line} · {cvr(rng)}",
            f"Returadresse: {org}, {street}, {town}",
            f"Åbent hverdage {clock(rng)}-16.00 på {street}, {town}. Tlf. {line}.",
            f"Personligt fremmøde: {org}, {street}, {town}, opgang B, 2. sal.",
            f"Vi er flyttet! Fra 1. marts finder du os på {street}, {town}.",
            f"Post til boet sendes til {org}, {street}, {town}.",
            f"Skriv til os: {org}\n{street}, {town}",
        ]
        if org in FUNERAL_ORGS:
            frames += [
                f"Mindestuen ligger på {street} (indgang fra gården), {town}.",
                f"Mødested: kapellet, {street}, {town}. Parkering bag bygningen.",
                f"Kør ind ad porten ved {street} og følg skiltene til kapellet.",
                f"Urnen kan afhentes på {street}, {town}, 1. sal, efter aftale.",
                f"Rustvognene holder i depotet på {street}, {town}, port 3.",
            ]
        return rng.choice(frames)

    def org_mail(self, staff: Person | None = None, org: str | None = None) -> str:
        local = (
            ascii_name(staff.first) + "." + ascii_name(staff.last)
            if staff
            else self.rng.choice(("kontakt", "dodsbo", "post", "skifte", "kundeservice"))
        )
        return self.mail(local=local, org=True, domain=ORG_DOMAIN.get(org or ""))

    def family(self) -> str:
        return self.rng.choice(FAMILY)


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def rng_choice(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)


def maybe(rng: random.Random, p: float, text: str) -> str:
    return text if rng.random() < p else ""


def street_only(rng: random.Random) -> str:
    return f"ved {rng.choice(STREETS)}{rng.choice(('.', ','))}"


# ----------------------------------------------------------------------------- genres


def bestilling(m: Maker) -> str:
    rng = m.rng
    dead = m.person(date(1925, 1, 1) + timedelta(days=rng.randint(0, 14000)))
    kin = m.person()
    org = m.site("funeral")[0]
    died = day(rng)
    parts = [
        f"{org.upper()} – BESTILLING AF BISÆTTELSE\n"
        f"Ordre: {case_number(rng)}   Dato: {dotted(died)}",
        maybe(rng, 0.6, m.org_address("funeral")),
        "\nAfdøde",
        f"Navn: {m.name(dead, rng.choice(('caps', 'plain', 'surname', 'three')), 'Afdøde X')}",
        f"CPR-nr.: {m.cpr(dead)}",
        rng.choice(("Fødselsdato: ", "Afdøde er født ", "f. ")) + m.dob(dead),
        f"Død: {dotted(died)} {clock(rng)} på {rng.choice(('hospice', 'plejehjemmet', 'hjemmet'))}",
        "Sidste bopæl:\n" + m.addr(2) if rng.random() < 0.5 else "Sidste bopæl: " + m.addr(),
        "\nAnmelder (nærmeste pårørende)",
        f"Navn: {m.name(kin, 'any', 'Pårørende 1')} ({rng.choice(RELATIONS)})",
        f"Tlf.: {m.phone()}   E-mail: {m.mail(kin)}",
        "Adresse: " + m.addr(),
        "\nØnsker: "
        + rng.choice(
            ("kistebegravelse", "bisættelse med urnenedsættelse", "askespredning over havet")
        ),
        f"Ceremoni: {rng.choice(('Vor Frue Kirke', 'kapellet', 'Skovkirkegården'))} "
        f"{dotted(day(rng))} {clock(rng)}",
        f"Overslag: {amount(rng)} (heraf begravelseshjælp {amount(rng)})",
    ]
    if rng.random() < 0.75:
        parts.append(f"Depositum betalt med kort {m.card()}, udløb {m.expiry()}, {m.cvv()}")
    else:
        parts.append(f"Depositum overføres fra {m.account()}")
    if rng.random() < 0.45:
        parts.append(
            f"Rustvognen henter fra adressen; pårørendes bil {m.plate()} holder i indkørslen."
        )
    if rng.random() < 0.3:
        parts.append(f"OBS: parkering ikke muligt {street_only(rng)[:-1]}, brug sidevejen.")
    parts.append(
        f"Bedemand: {m.name(m.person(), 'plain', 'Medarbejder 1')}, {m.org_mail(None, org)}"
    )
    parts.append(maybe(rng, 0.4, f"{org}, {cvr(rng)}, tlf. {rng.choice(ORG_LINES)}"))
    return "\n".join(p for p in parts if p)


def dodsbo_mail(m: Maker) -> str:
    rng = m.rng
    heir = m.person()
    lawyer = m.person()
    dead = m.person(date(1928, 1, 1) + timedelta(days=rng.randint(0, 18000)))
    org, street, town = m.site("estate")
    sent = day(rng)
    country = rng.choice(("DE", "SE", "NO", "ES", "FR", "PL", "GB", "NL", "LT"))
    body_heir = rng.choice(
        (
            f"Jeg har fået et brev om, at {m.name(dead, 'genitive', 'Afdøde X')} bo skylder "
            f"{amount(rng)} til et inkassofirma. Er det rigtigt? Jeg har ikke betalt noget.",
            f"Som aftalt sender jeg mine oplysninger til udbetaling af arven. Jeg bor i udlandet, "
            f"så brug venligst IBAN {m.iban(country)}.",
            f"{m.family().capitalize()} har modtaget en sms om et arvebevis, der skal betales. "
            f"Kan I bekræfte, at den ikke kommer fra jer? Min tlf. er {m.phone()}.",
        )
    )
    parts = [
        f"Fra: {m.name(heir, rng.choice(('plain', 'three')), 'Arving A')} <{m.mail(heir)}>",
        f"Til: {m.name(lawyer, 'plain', 'Medarbejder 1')} <{m.org_mail(lawyer, org)}>",
        f"Dato: {sent.isoformat()} {clock(rng)[4:]}",
        f"Emne: Dødsbo efter {m.name(dead, rng.choice(('plain', 'caps', 'initial')), 'Afdøde X')}"
        f" – {case_number(rng)}",
        "",
        f"Kære {m.name(lawyer, 'first', 'Medarbejder 1')}",
        "",
        body_heir,
        "",
        f"Min adresse er {m.addr()}, og mit CPR-nr. er {m.cpr(heir)}.",
        f"Venlig hilsen\n{m.name(heir, 'any', 'Arving A')}",
        "",
        f"--- Svar fra {org} ---",
        f"Kære {m.name(heir, 'first', 'Arving A')}. Tak for din mail. Boet ejer ikke nogen gæld "
        f"til det firma, og vi beder aldrig om betaling via sms. Arven udbetales til "
        f"{m.account() if rng.random() < 0.6 else 'IBAN ' + m.iban(country)} "
        "når boopgørelsen er godkendt.",
        maybe(rng, 0.5, f"Har du fået en mail fra {m.masked_mail()}, skal du slette den."),
        f"Med venlig hilsen\n{m.name(lawyer, 'plain', 'Medarbejder 1')}, advokat\n"
        + (
            f"{org}\n{street}\n{town}"
            if rng.random() < 0.55
            else f"{org}, tlf. {rng.choice(ORG_LINES)}"
        ),
        maybe(rng, 0.4, f"Direkte: {m.phone()}"),
    ]
    return "\n".join(p for p in parts if p is not None)


def skifteret_falsk(m: Maker) -> str:
    rng = m.rng
    victim = m.person()
    dead = m.person(date(1930, 1, 1) + timedelta(days=rng.randint(0, 16000)))
    alias = rng.choice(SCAMMER_NAMES)
    unit = rng.choice(ALIAS_UNITS)
    alias_text = (
        (f"udgav sig for at være {L('PERSON', alias)} fra {unit}")
        if not m.neg
        else f"udgav sig for at være en medarbejder fra {unit}"
    )
    court_org, court_street, court_town = rng.choice(ORG_SITES[8:10])
    parts = [
        f"{rng.choice(('Sparekassen Kystland', 'Nordlys Bank', 'Andelskassen Midt'))} – "
        f"Svindelrapport {case_number(rng)}",
        f"Oprettet {dotted(day(rng))} {clock(rng)}",
        f"Kunde: {m.name(victim, rng.choice(('surname', 'plain', 'caps')), 'Arving A')}, "
        f"CPR {m.cpr(victim)}, tlf. {m.phone()}",
        f"Bopæl: {m.addr()}",
        "",
        f"Kunden modtog efter {m.name(dead, 'genitive', 'Afdøde X')} død et brev, der lignede et "
        f"brev fra {court_org}, med rigtigt logo og afsenderen {court_street}, {court_town}.",
        f"Brevet krævede en retsafgift på {amount(rng)} før boet kunne udleveres, betalt til "
        f"IBAN {m.iban()}.",
        f"Da kunden ringede til nummeret i brevet ({m.phone()}), {alias_text} og bad om "
        f"kundens MitID-bruger-ID. Kunden oplyste {m.mitid(victim)} og læste koden {m.otp()} op.",
        maybe(
            rng,
            0.5,
            f"Kunden fik også en mail fra "
            f"{m.mail(local=rng.choice(('skifteretten', 'boafgift', 'arv.udbetaling')))} med "
            "et link til et falsk arveregister.",
        ),
        f"Den rigtige skifteret sender kun post i Digital Post og har ingen afgift af den slags. "
        f"Kunden er henvist til politiet på 114 og har spærret kortet på {rng.choice(ORG_LINES)}.",
        maybe(
            rng, 0.45, f"Kortet {m.card()} (udløb {m.expiry()}) blev brugt to gange efter opkaldet."
        ),
        maybe(rng, 0.5, f"Rigtig adresse: {court_org}, {court_street}, {court_town}."),
        f"Sagsbehandler: {m.name(m.person(), 'initial', 'Medarbejder 2')}",
    ]
    return "\n".join(p for p in parts if p)


def chat(m: Maker) -> str:
    rng = m.rng
    heir = m.person()
    staff = m.person()
    dead = m.person(date(1930, 1, 1) + timedelta(days=rng.randint(0, 16000)))
    hour, minute = rng.randint(8, 20), rng.randint(0, 40)
    org, street, town = m.site("funeral")

    if m.neg:
        me, you = "Pårørende 1", "Medarbejder 2"
    else:
        me = m.name(heir, rng.choice(("lower", "plain", "first", "lower")))
        you = m.name(staff, rng.choice(("plain", "first")))
    lines = [
        f"Chat med {org} – {dotted(day(rng))}",
        f"{you}: Hej og velkommen, du skriver med bedemanden. Hvordan kan jeg hjælpe?",
        f"{me}: hej, {m.family()} er død i nat og vi har fået en sms om en regning fra jer",
        f"{you}: Det gør mig ondt at høre. Vi sender aldrig regninger på sms. Hvad hedder afdøde?",
        f"{me}: {m.name(dead, rng.choice(('lower', 'plain', 'caps')), 'Afdøde X')}, født "
        + m.dob(dead),
        f"{you}: Tak. Hvilket nummer kom sms'en fra?",
        f"{me}: fra {m.phone()} og de ville have {amount(rng)} for kisten",
        f"{me}: jeg har også fået en kode {m.otp()} som de bad mig læse op",
        f"{you}: Den kode må du aldrig give videre. Ring til din bank på deres officielle nummer.",
    ]
    extra = rng.sample(
        [
            f"{me}: min mail er {m.mail(heir)} hvis i vil skrive",
            f"{me}: vi bor på {m.addr()}",
            f"{you}: Du er velkommen til at komme forbi: {street}, {town}.",
            f"{you}: Vores kontor på {street} har åbent til {clock(rng)}.",
            f"{me}: de skrev at vi skulle overføre til {m.account()}",
            f"{me}: nummerpladen på bilen der holdt udenfor var {m.plate()}",
            f"{you}: Skriv gerne dit nummer, så ringer "
            f"{m.name(m.person(), 'first', 'Medarbejder 1')} tilbage.",
            f"{me}: {m.phone()}",
            f"{me}: de spurgte også om mit mitid bruger id, jeg skrev {m.mitid(heir)}",
            f"{me}: kortet hedder {m.card()} udløb {m.expiry()}",
        ],
        k=rng.randint(3, 6),
    )
    lines += extra
    lines.append(f"{you}: Jeg har noteret det på sagen {case_number(rng)}. Kondolerer.")
    lines.append(f"{me}: tak")
    minutes = hour * 60 + minute
    for i in range(1, len(lines)):
        minutes += rng.randint(0, 2)
        lines[i] = f"[{minutes // 60 % 24:02d}:{minutes % 60:02d}] {lines[i]}"
    return "\n".join(lines)


def gaeldsopkald(m: Maker) -> str:
    rng = m.rng
    widow = m.person(date(1938, 1, 1) + timedelta(days=rng.randint(0, 12000)))
    dead = m.person(date(1930, 1, 1) + timedelta(days=rng.randint(0, 12000)))
    alias = rng.choice(SCAMMER_NAMES)
    unit = rng.choice(ALIAS_UNITS)
    caller = L("PERSON", alias) if not m.neg else "en mand"
    adviser = m.person()
    helper = m.person()
    in_law = "Svigerdatteren" if helper.woman else "Svigersønnen"
    parts = [
        f"OPKALDSNOTAT – {rng.choice(('Nordlys Bank', 'Sparekassen Kystland'))}, dødsboafdelingen",
        f"{dotted(day(rng))} {clock(rng)} · sag {case_number(rng)}",
        f"Indringer: {m.name(widow, rng.choice(('plain', 'surname', 'three')), 'Pårørende 1')}, "
        f"f. {m.dob(widow)}, tlf. {m.phone()}",
        f"Afdøde: {m.name(dead, rng.choice(('plain', 'caps', 'initial')), 'Afdøde X')}, "
        f"CPR {m.cpr(dead)}",
        "",
        f"Kunden blev ringet op af en, der udgav sig for at være {caller} fra {unit}. "
        f"Han sagde at {m.family()} havde en gammel gæld på {amount(rng)}, som skulle betales "
        f"inden bobehandlingen, ellers ville boet blive tvangsopløst.",
        f"Kunden betalte med kort {m.card()}, udløb {m.expiry()}, {m.cvv()}, og læste "
        f"engangskoden {m.otp()} op.",
        maybe(rng, 0.5, f"Bagefter blev kunden bedt om MitID-bruger-ID og gav {m.mitid(widow)}."),
        maybe(rng, 0.5, f"Kunden har sendt et billede af brevet fra {m.mail(widow)}."),
        "Kortet er spærret. Kunden er informeret om at anmelde til politiet på 114.",
        maybe(rng, 0.5, f"Kunden kommer ind i filialen. {m.org_address('bank')}"),
        maybe(
            rng,
            0.35,
            f"{in_law} {m.name(helper, 'any', 'Pårørende 2')} ({m.phone()}) hjælper med boet.",
        ),
        f"Rådgiver: {m.name(adviser, rng.choice(('initial', 'plain')), 'Medarbejder 2')}",
    ]
    return "\n".join(p for p in parts if p)


def politianmeldelse(m: Maker) -> str:
    rng = m.rng
    victim = m.person()
    dead = m.person(date(1930, 1, 1) + timedelta(days=rng.randint(0, 16000)))
    witness = m.person()
    parts = [
        f"POLITIANMELDELSE · Journalnr. {case_number(rng)}",
        f"Modtaget {dotted(day(rng))} {clock(rng)}",
        "",
        "Anmelder: "
        + m.name(victim, rng.choice(("caps", "surname", "plain", "three")), "Arving A"),
        f"CPR: {m.cpr(victim)}",
        "Adresse:\n" + m.addr(2),
        f"Telefon: {m.phone()}   Mail: {m.mail(victim)}",
        "",
        f"Forklaring: Efter {m.name(dead, 'genitive', 'Afdøde X')} begravelse kom to personer til "
        f"døren og sagde, at de kom fra bedemanden og skulle have betaling for kisten, "
        f"{amount(rng)} kontant. Anmelder betalte. Senere viste det sig, at bedemanden, "
        f"{rng.choice(COMPANIES[:4])}, allerede havde fået betaling.",
        f"Personerne kørte i en grå Skoda med nummerpladen {m.plate()}"
        + (f", som tidligere er set {street_only(rng)[:-1]}." if rng.random() < 0.5 else "."),
        "",
        "Vidne:",
        f"{m.name(witness, rng.choice(('plain', 'three', 'surname')), 'Vidne 1')}",
        m.addr(2),
        f"tlf. {m.phone()}",
        maybe(rng, 0.5, f"Vidnet noterede også pladen {m.plate()} på en anden bil."),
        maybe(rng, 0.5, f"Anmelder har gemt sms'en fra {m.phone()}."),
        maybe(
            rng,
            0.5,
            f"Bedemandens adresse er {m.site('funeral')[1]}; "
            "der er ingen sammenhæng med gerningsstedet.",
        ),
        f"Afhørt af: politiassistent {m.name(m.person(), 'initial', 'Medarbejder 1')}",
    ]
    return "\n".join(p for p in parts if p)


def boopgoerelse(m: Maker) -> str:
    rng = m.rng
    dead = m.person(date(1926, 1, 1) + timedelta(days=rng.randint(0, 18000)))
    heirs = [
        m.person(date(1950, 1, 1) + timedelta(days=rng.randint(0, 20000)))
        for _ in range(rng.randint(2, 3))
    ]
    org, street, town = m.site("estate")
    lines = [
        f"BOOPGØRELSE – {case_number(rng)}",
        f"Dødsbo efter {m.name(dead, rng.choice(('plain', 'caps', 'surname')), 'Afdøde X')}, "
        f"CPR {m.cpr(dead)}, død {dotted(day(rng))}",
        f"Bobestyrer: {org}\n{street}\n{town}"
        if rng.random() < 0.6
        else f"Bobestyrer: {org}, {cvr(rng)}",
        "",
        "Aktiver",
        f"  Indestående, {m.account()}: {amount(rng)}",
        f"  Bil, {rng.choice(('Toyota Yaris', 'VW Golf', 'Ford Fiesta'))}, "
        f"reg.nr. {m.plate()}: {amount(rng)}",
        f"  Andelsbolig, {m.addr()}: {amount(rng)}",
        "Passiver",
        f"  Begravelse, {rng.choice(COMPANIES[:4])}: {amount(rng)}",
        f"  Anmeldt krav fra ukendt inkassofirma (afvist, formodet svindel): {amount(rng)}",
        "",
        "Arvinger",
    ]
    for i, heir in enumerate(heirs):
        label = ("Arving A", "Arving B", "Pårørende 2")[i]
        pay = m.account() if rng.random() < 0.6 else "IBAN " + m.iban()
        lines.append(
            f"  {i + 1}. {m.name(heir, rng.choice(('plain', 'three', 'surname', 'caps')), label)}, "
            f"CPR {m.cpr(heir)}, {m.addr()}, udbetales til {pay}"
        )
    lines.append(maybe(rng, 0.4, f"Kontakt: {m.phone()} / {m.mail(heirs[0])}"))
    lines.append(maybe(rng, 0.5, m.org_address()))
    return "\n".join(p for p in lines if p)


def klagelog(m: Maker) -> str:
    rng = m.rng
    org = rng.choice(COMPANIES[:4])
    lines = [
        f"{org} – log over falske regninger efter dødsannoncer "
        f"({rng.choice(('uge 12', 'uge 31', 'marts', 'oktober'))})"
    ]
    for _ in range(rng.randint(2, 4)):
        kin = m.person()
        entry = rng.choice(
            (
                f"- {dotted(day(rng))}: {m.name(kin, 'any', 'Pårørende 1')} "
                f"ringede fra {m.phone()}. "
                f'Har fået faktura på {amount(rng)} fra "{org} ApS" med '
                f"kontonr. ******{rng.randint(1000, 9999)}. "
                f"Falsk – vi har intet ApS.",
                f"- {dotted(day(rng))}: Mail fra {m.mail(kin)}: {m.family()} betalte {amount(rng)} "
                f"til {m.account()} efter annoncen i avisen.",
                f"- {dotted(day(rng))}: {m.name(kin, 'any', 'Pårørende 2')}, "
                f"{m.addr()}, fik brev med "
                f"returadresse {m.site('funeral')[1]} – den adresse er vores depot, ikke afsender.",
                f"- {dotted(day(rng))}: {m.name(kin, 'genitive', 'Pårørende 2')} "
                f"kort {m.card()} blev "
                f"brugt på et falsk mindeside-gebyr, {amount(rng)}.",
                f"- {dotted(day(rng))}: {m.name(kin, 'any', 'Vidne 2')} så en mand fotografere "
                f"kondolencebogen; bil {m.plate()}.",
            )
        )
        lines.append(entry)
    lines.append(
        maybe(
            rng,
            0.5,
            f"Husk: kunder kan altid ringe på {rng.choice(ORG_LINES)} "
            f"eller skrive til {m.org_mail(None, org)}.",
        )
    )
    lines.append(maybe(rng, 0.6, m.org_address()))
    lines.append(maybe(rng, 0.3, f"Maskeret eksempel fra sms: {m.masked_mail()}"))
    return "\n".join(p for p in lines if p)


WRITERS: dict[str, Callable[[Maker], str]] = {
    "bestilling": bestilling,
    "dodsbo_mail": dodsbo_mail,
    "skifteret_falsk": skifteret_falsk,
    "chat": chat,
    "gaeldsopkald": gaeldsopkald,
    "politianmeldelse": politianmeldelse,
    "boopgoerelse": boopgoerelse,
    "klagelog": klagelog,
}


def negative_extras(m: Maker) -> str:
    """What a pseudonymised document keeps: stand-ins, masked values, numbers of no person."""
    rng = m.rng
    return "\n".join(
        p
        for p in (
            f"[Pseudonymiseret udgave. {rng.choice(PSEUDONYMS)} og [NAVN] erstatter navne; "
            "[TLF], [CPR] og [kode] er fjernet.]",
            maybe(rng, 0.5, f"Beløb {amount(rng)} i sag {case_number(rng)} ({cvr(rng)})."),
            maybe(
                rng,
                0.5,
                f"Maskeret: {rng.randint(10, 28):02d}0{rng.randint(1, 9)}"
                f"{rng.randint(40, 99)}-xxxx, {m.masked_mail()}, "
                f"konto ******{rng.randint(1000, 9999)}.",
            ),
            maybe(
                rng,
                0.35,
                f"Henvendelse {street_only(rng)[:-1]} afvist; {m.family()} er informeret.",
            ),
            maybe(rng, 0.4, f"Ring {rng.choice(ORG_LINES)} {clock(rng)}-15.00."),
        )
        if p
    )


def document(rng: random.Random, genre: str, neg: bool) -> tuple[str, list[dict]]:
    m = Maker(rng, neg)
    body = WRITERS[genre](m)
    if rng.random() < 0.3 and "Besøg os" not in body:
        body += "\n" + m.org_address()
    if neg:
        body += "\n" + negative_extras(m)
    return finish(body)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = NEGATIVES * size // SIZE
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            text, spans = document(rng, genre, kind == "negative")
            if text not in seen and (kind == "negative" or spans):
                break
        seen.add(text)
        docs.append(
            {"id": f"blind110-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind110.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
