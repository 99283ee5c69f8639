"""A fifty-seventh blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is CORRESPONDENCE AROUND
A FRAUD between banks, the police, insurers and the victims, in nine genres: an interbank recall
request e-mail (tilbagekaldelse) with the payer's and the payee's details, a police report
extract (anmeldelse) with the victim's statement, a bank's reply to a police production order
(editionspålæg) about an account holder, a freeze order note (spærring and beslaglæggelse of
accounts, cards and a car), an insurer's claim letter to the victim with an address block, a
forwarded e-mail chain with signatures and quoted headers ("Den ... skrev ...:", "> " lines), a
tabular list of mule accounts with their holders (semicolon- or tab-separated lines under a
header), a victim's own informal e-mail to the bank (lower case, typos) and a case handler's
handover note. The names are those of Danes of all ages, Danes with roots elsewhere ("Zeynep
Yilmaz", "Minh Tran") and double surnames ("Krogh-Dalgaard"), the organisations' staff included.

Organisations' own postal addresses (banks, police districts, insurers) are kept out of the texts
entirely: letterheads and signatures name only the organisation, its 70/80 line and its web site,
because whether such an address counts as personal data is an open question of the project.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "forurettede",
  "kontohaver"); "Holm, Mette" and "HOLM, Mette Kirstine" are one span; a genitive s belongs to
  it ("Mette Holms"; a name ending in s, x or z takes an apostrophe outside the span); a
  lower-case name typed by a victim ("mette holm", "mette") is PERSON. A scammer's alias ("Jonas
  fra Nordlys Bank") is PERSON, the bank is not. Organisations, placeholders ("[NAVN]"),
  pseudonyms ("Forurettede A", "Kunde 2", "Kontohaver 1", "Vidne 1") and family words ("min
  datter", "hendes søn") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("12B", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included); a victim may type it in lower case. A street named without a number
  ("ved Kløvervænget.") is not an address. Organisations' addresses never occur.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for the years 2000 to 2005) and a serial chosen so the number FAILS modulus 11.
  Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4.
  juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after "født",
  "f." or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline leads (70 and 80 never occur
  as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code inside the span, and foreign numbers from fiction-reserved
  ranges only: "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). An organisation's line
  (ORG_LINES, 112, 114) is never PHONE; a staff member's direct line is.
- EMAIL: every e-mail address (all on example.dk / example.com and their subdomains), each
  occurrence, staff's too, in headers, quoted headers and signatures.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678", "reg.
  1234 konto 12345678") only the account is the span. IBAN: valid check digits and the country's
  length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published test
  prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("AB 12 345", "AB12345"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("24.500,00 kr.", "kr. 3.200"), dates and clock
  times ("12.03.2026", "kl. 14.22", "2026-03-12"), case, claim and reference numbers
  ("RC-26-04512"), police journal numbers ("1200-80123-00456-26"), transaction IDs
  ("TRX-KQ418-B20931"), SWIFT/BIC codes, CVR numbers ("CVR-nr. 31415926"), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), the organisations' 70/80 lines and web sites, banks, police districts,
  insurers and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only stand-ins ("[NAVN]", "[CPR]", "[TLF]", ...), pseudonyms and such
  values remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind56 [OUT.jsonl]`` writes the set (bench/data/pii_blind56.jsonl by
default); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind56"
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "tilbagekaldelse",
    "politianmeldelse",
    "editionssvar",
    "spaerring",
    "forsikringsbrev",
    "videresendt",
    "muldyrliste",
    "offermail",
    "overdragelse",
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
TEST_PREFIXES = ("411111", "401288", "555555", "510510")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "ES": 24, "NL": 18, "GB": 22, "SE": 24, "FR": 27}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "75", "76", "86", "98")

WOMEN = (
    "Agnete", "Birthe", "Jytte", "Karen", "Inger", "Grethe", "Hanne", "Mette", "Louise",
    "Camilla", "Sanne", "Tina", "Freja", "Ida", "Emma", "Clara", "Alberte", "Maja", "Sofie",
    "Fatima", "Zeynep", "Amira", "Nadia", "Aisha", "Leyla", "Katarzyna", "Olena", "Rikke",
    "Signe", "Vibeke", "Dorthe", "Bodil", "Ellen", "Nanna", "Josefine", "Lan", "Gudrun",
)  # fmt: skip
MEN = (
    "Poul", "Erik", "Bent", "Arne", "Kurt", "Svend", "Jørgen", "Henrik", "Thomas", "Rasmus",
    "Mads", "Jesper", "Kasper", "Noah", "Oscar", "Victor", "Emil", "Malthe", "William", "Ahmad",
    "Mustafa", "Ali", "Yusuf", "Omar", "Tariq", "Piotr", "Minh", "Bilal", "Lars", "Niels",
    "Søren", "Kristian", "Frederik", "Anders", "Villads", "Aksel", "Kwame", "Dmytro",
)  # fmt: skip
MIDDLES_WOMEN = ("Marie", "Kirstine", "Juul", "Bøgh", "Louise", "Elisabeth", "Skytte", "Thi",
                 "Amalie", "Hedegaard")  # fmt: skip
MIDDLES_MEN = ("Juul", "Bøgh", "Skytte", "Møller", "Emil", "Christian", "Hedegaard", "Johan",
               "Ravn", "Van")  # fmt: skip
SURNAMES = (
    "Holm", "Lykke", "Bech", "Dalgaard", "Krogh", "Skov", "Frandsen", "Thorsen", "Vestergaard",
    "Brix", "Ravnholt", "Munk", "Lund", "Kjær", "Bundgaard", "Mogensen", "Hviid", "Stampe",
    "Toft", "Winther", "Yilmaz", "Demir", "Hussein", "Nguyen", "Tran", "Kowalski", "Nowak",
    "Haddad", "Rahimi", "Mortensen", "Søgaard", "Østergaard", "Aagaard", "Bisgaard", "Nørgaard",
    "Lindqvist", "Ahmadi", "Okafor", "Mensah", "Petrenko", "Kragh", "Buus", "Damgaard",
)  # fmt: skip
DANISH_SURNAMES = SURNAMES[:20] + SURNAMES[29:35] + SURNAMES[40:]
STREETS = (
    "Kløvervænget", "Hybenhaven", "Skovskadevej", "Lærkesangsvej", "Mølleengen", "Toftehøjen",
    "Rugmarken", "Engblommevej", "Bøgebakken", "Søndre Strandsti", "Gamle Skolevej",
    "Hyldebærvej", "Fiskerlejet", "Præstevænget", "Strandhøjen", "Egeskovvej", "Tranebærvej",
    "Nattergalevej", "Kastanieallé", "Teglværksgade", "Anemonevej", "Vibevej", "Østre Markvej",
    "Lille Torvegade", "Humlehaven", "Slåenbakken",
)  # fmt: skip
TOWNS = (
    ("2300", "København S"), ("2610", "Rødovre"), ("2800", "Kongens Lyngby"), ("3400", "Hillerød"),
    ("4000", "Roskilde"), ("4700", "Næstved"), ("5000", "Odense C"), ("5700", "Svendborg"),
    ("6000", "Kolding"), ("6700", "Esbjerg"), ("7100", "Vejle"), ("7400", "Herning"),
    ("8000", "Aarhus C"), ("8600", "Silkeborg"), ("8900", "Randers C"), ("9000", "Aalborg"),
    ("9800", "Hjørring"), ("4800", "Nykøbing F"), ("3700", "Rønne"), ("6400", "Sønderborg"),
)  # fmt: skip
# bank -> (web slug, line, BIC); the BICs are invented, like the banks
BANKS = {
    "Nordlys Bank": ("nordlysbank", "70 10 20 41", "NLYSDKKK"),
    "Fjordbanken": ("fjordbanken", "70 26 18 00", "FJRDDK22"),
    "Sparekassen Vesterhav": ("vesterhav", "80 33 44 10", "SPVHDKKK"),
    "Kystbanken": ("kystbanken", "70 15 16 90", "KYSTDK21"),
    "Lindholm Andelskasse": ("lindholm", "80 60 70 12", "LINDDKK1"),
}
FOREIGN_BICS = ("REVOLT21", "BKSPESMM", "DEUTDEFF", "INGBNL2A", "MONZGB2L")
INSURERS = {
    "Havbrise Forsikring": ("havbrise", "70 44 12 12"),
    "Tryghavn Forsikring": ("tryghavn", "80 12 00 45"),
    "Ankerpunkt Forsikring": ("ankerpunkt", "70 88 31 00"),
}
POLICE = ("Fyns Politi", "Østjyllands Politi", "Nordjyllands Politi", "Københavns Politi",
          "Midt- og Vestjyllands Politi", "Sydsjællands og Lolland-Falsters Politi")  # fmt: skip
ORG_LINES = tuple(v[1] for v in BANKS.values()) + tuple(v[1] for v in INSURERS.values())
ORGANISATIONS = (*BANKS, *INSURERS, *POLICE)
PSEUDONYMS = ("Forurettede A", "Kunde 2", "Kontohaver 1", "Kontohaver 2", "Medarbejder B",
              "Vidne 1", "Person C")  # fmt: skip
FAMILY = ("min datter", "min søn", "min mand", "hendes søn", "hans datter", "hendes datter")
FAMILY_WORD = r"\b(?:[Mm]in|hans|hendes|sin|din) (?:datter|søn|mand|kone|barnebarn)\b"
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"

Seg = str | tuple[str, str, str] | list


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(name: str) -> str:
    name = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in name if c.isalpha() or c == "-")


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(r: random.Random, country: str) -> str:
    n = IBAN_LENGTH[country] - 4
    if country in ("NL", "GB"):
        bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        bban += "".join(r.choice("0123456789") for _ in range(n - 4))
    else:
        bban = "".join(r.choice("0123456789") for _ in range(n))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Doc:
    """Text built from plain pieces and labelled values; a negative writes stand-ins instead."""

    def __init__(self, neg: bool) -> None:
        self.neg = neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def add(self, seg: Seg) -> None:
        if isinstance(seg, str):
            self._put(seg)
        elif isinstance(seg, list):
            for part in seg:
                self.add(part)
        else:
            value, kind, stand_in = seg
            if self.neg:
                self._put(stand_in)
            elif not kind:  # plain text that a negative writes otherwise
                self._put(value)
            else:
                self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
                self._put(value)

    def w(self, template: str, *segs: Seg) -> None:
        pieces = template.split("{}")
        assert len(pieces) == len(segs) + 1, template
        for piece, seg in zip(pieces, (*segs, ""), strict=True):
            self._put(piece)
            self.add(seg)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    first: str
    middle: str
    last: str
    female: bool
    born: date
    serial: str
    pseudo: str
    street: str
    number: str
    floor: str
    postcode: str
    town: str
    mail: str
    phone_digits: str


class Gen:
    """The draws of one set: people, identifiers and the hard negatives, from one seeded RNG."""

    def __init__(self, r: random.Random) -> None:
        self.r = r

    # --- people -----------------------------------------------------------------------------
    def person(self, pseudo: str, born_from: int = 1932, born_to: int = 2005) -> Person:
        r = self.r
        female = r.random() < 0.5
        first = r.choice(WOMEN if female else MEN)
        middle = r.choice(MIDDLES_WOMEN if female else MIDDLES_MEN)  # written in some forms
        if r.random() < 0.2:
            a, b = r.sample(DANISH_SURNAMES, 2)
            last = f"{a}-{b}"
        else:
            last = r.choice(SURNAMES)
        born = date(born_from, 1, 1) + timedelta(
            days=r.randrange((date(born_to, 12, 31) - date(born_from, 1, 1)).days)
        )
        century = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            tail = f"{r.randrange(100):02d}"
            last_digit = r.choice("02468" if female else "13579")
            serial = century + tail + last_digit
            digits = born.strftime("%d%m%y") + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        floor = r.choice(("", "", "", ", st. th.", ", 1. tv.", ", 2. tv.", ", 3. th.", ", 4. mf."))
        number = str(r.randint(1, 140)) + (r.choice("ABC") if r.random() < 0.15 else "")
        postcode, town = r.choice(TOWNS)
        local = r.choice(
            (
                f"{_ascii(first)}.{_ascii(last)}",
                f"{_ascii(first)}{born.strftime('%y')}",
                f"{_ascii(first)[0]}{_ascii(last)}",
                f"{_ascii(first)}_{_ascii(last).split('-')[0]}",
            )
        )
        mail = f"{local}@{r.choice(('example.dk', 'example.com', 'post.example.dk'))}"
        lead = r.choice(MOBILE if r.random() < 0.75 else LANDLINE)
        phone = lead + "".join(r.choice("0123456789") for _ in range(6))
        return Person(
            first,
            middle,
            last,
            female,
            born,
            serial,
            pseudo,
            r.choice(STREETS),
            number,
            floor,
            postcode,
            town,
            mail,
            phone,
        )

    def staff(self, org_slug: str) -> Person:
        p = self.person(self.r.choice(("Medarbejder B", "[NAVN]")), 1960, 2000)
        initials = _ascii(p.first)[:2] + _ascii(p.last)[:2]
        p.mail = f"{self.r.choice((initials, _ascii(p.first) + '.' + _ascii(p.last)))}"
        p.mail += f"@{org_slug}.example.dk"
        return p

    def name(self, p: Person, form: str | None = None) -> Seg:
        r = self.r
        form = form or r.choice(
            ("full", "full", "full", "three", "initial", "surname_first", "upper")
        )
        if form == "three":
            value = f"{p.first} {p.middle} {p.last}"
        elif form == "initial":
            value = (
                f"{p.first[0]}. {p.last}"
                if r.random() < 0.5
                else f"{p.first} {p.middle[0]}. {p.last}"
            )
        elif form == "surname_first":
            value = f"{p.last}, {p.first}"
        elif form == "upper":
            value = r.choice((f"{p.last.upper()}, {p.first}", f"{p.first} {p.last}".upper()))
        elif form == "lower":
            value = r.choice((f"{p.first} {p.last}".lower(), p.first.lower()))
        elif form == "first":
            value = p.first
        elif form == "genitive":
            full = p.first if r.random() < 0.6 else f"{p.first} {p.last}"
            if full[-1] in "sxz":
                suffix = ""
            else:
                suffix, full = "s", full + "s"
            pseudo_suffix = "s" if p.pseudo.endswith("]") else "'s"
            return [(full, "PERSON", p.pseudo), ("" if suffix else "'", "", pseudo_suffix)]
        else:
            value = f"{p.first} {p.last}"
        return (value, "PERSON", p.pseudo)

    # --- identifiers ------------------------------------------------------------------------
    def cpr(self, p: Person) -> Seg:
        d = p.born.strftime("%d%m%y")
        value = self.r.choice(
            (
                f"{d}-{p.serial}",
                f"{d}{p.serial}",
                f"{d[:2]} {d[2:4]} {d[4:]} {p.serial}",
                f"{d} {p.serial}",
            )
        )
        return (value, "CPR", self.r.choice(("[CPR]", f"{d}-xxxx")))

    def dob(self, p: Person) -> Seg:
        b = p.born
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                b.strftime("%d.%m.%Y"),
                f"{b.day}/{b.month}-{b.year}",
                b.strftime("%d-%m-%Y"),
            )
        )
        return (value, "DATE_OF_BIRTH", "[dato]")

    def phone(self, p: Person | None = None, foreign: float = 0.0) -> Seg:
        r = self.r
        masked = r.choice(("[TLF]", "[TLF]", f"+45 ** ** ** {r.randint(10, 99)}"))
        if p is None or r.random() < foreign:
            if r.random() < 0.5:
                return (f"+44 7700 900{r.randint(0, 999):03d}", "PHONE", masked)
            return (f"+46 70 174 06 {r.randint(5, 99):02d}", "PHONE", masked)
        n = p.phone_digits
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        value = r.choice(
            (
                f"+45 {n}",
                f"+45 {pairs}",
                f"+45 {n[:4]} {n[4:]}",
                f"{n[:4]} {n[4:]}",
                f"(+45) {pairs}",
                f"0045 {n}",
                pairs,
                n,
                f"+45{n}",
                pairs.replace(" ", "."),
            )
        )
        return (value, "PHONE", masked)

    def scam_phone(self) -> Seg:
        """A scammer's number: a fiction-range foreign one or a Danish mobile."""
        if self.r.random() < 0.55:
            return self.phone(None)
        return self.phone(self.person("[NAVN]"))

    def email(self, p: Person) -> Seg:
        local, domain = p.mail.split("@")
        return (p.mail, "EMAIL", self.r.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def address(self, p: Person, layout: str = "comma", lower: bool = False) -> Seg:
        head = f"{p.street} {p.number}{p.floor}"
        town = f"{p.postcode} {p.town}"
        value = {"comma": f"{head}, {town}", "block": f"{head}\n{town}", "street": head}[layout]
        return (value.lower() if lower else value, "ADDRESS", "[ADRESSE]")

    def account(self, form: str | None = None) -> Seg:
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        acct = r.choice(
            (
                f"{r.randint(0, 99999999):010d}",
                f"{r.randint(1000000000, 9999999999)}",
                f"{r.randint(10000000, 99999999)}",
            )
        )
        masked = r.choice(("[kontonr.]", f"******{acct[-4:]}"))
        form = form or r.choice(("dash", "dash", "space", "reg", "regshort"))
        if form == "dash":
            return ["konto ", (f"{reg}-{acct}", "BANK_ACCOUNT", masked)]
        if form == "space":
            return ["kontonr. ", (f"{reg} {acct}", "BANK_ACCOUNT", masked)]
        if form == "reg":
            return [f"reg.nr. {reg}, kontonr. ", (acct, "BANK_ACCOUNT", masked)]
        return [f"reg. {reg} konto ", (acct, "BANK_ACCOUNT", masked)]

    def bare_account(self) -> Seg:
        r = self.r
        acct = f"{r.randint(1000, 9899)}-{r.randint(0, 9999999999):010d}"
        return (acct, "BANK_ACCOUNT", r.choice(("[kontonr.]", f"******{acct[-4:]}")))

    def iban(self, country: str | None = None) -> Seg:
        r = self.r
        country = country or r.choice(("DK", "DE", "LT", "ES", "NL", "GB", "SE", "FR"))
        compact = _iban(r, country)
        value = grouped(compact) if r.random() < 0.6 else compact
        return (value, "IBAN", f"{compact[:4]}{'X' * (len(compact) - 8)}{compact[-4:]}")

    def card(self) -> Seg:
        r = self.r
        body = r.choice(TEST_PREFIXES)
        body += "".join(r.choice("0123456789") for _ in range(15 - len(body)))
        compact = body + _luhn_digit(body)
        value = grouped(compact) if r.random() < 0.65 else compact
        return (value, "CARD", f"**** **** **** {compact[-4:]}")

    def expiry(self) -> Seg:
        r = self.r
        month, year = r.randint(1, 12), r.randint(26, 31)
        value = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        return (value, "CARD_EXPIRY", "xx/xx")

    def cvv(self) -> Seg:
        return (f"{self.r.randint(100, 999)}", "CARD_CVV", "***")

    def otp(self) -> Seg:
        r = self.r
        value = (
            f"{r.randint(0, 999999):06d}" if r.random() < 0.8 else f"{r.randint(0, 10**8 - 1):08d}"
        )
        return (value, "OTP", "[kode]")

    def mitid(self, p: Person) -> Seg:
        r = self.r
        base = _ascii(r.choice((p.first, p.last.split("-")[0]))).replace("-", "")
        tail = r.choice((p.born.strftime("%y"), str(p.born.year), f"{r.randint(10, 99)}"))
        return (base + tail, "MITID_USER", "[bruger-id]")

    def plate(self) -> Seg:
        r = self.r
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randint(10, 99)}", f"{r.randint(100, 999)}"
        spaced = r.random() < 0.65
        value = f"{letters} {digits[0]} {digits[1]}" if spaced else letters + "".join(digits)
        return (value, "NUMBER_PLATE", "[nummerplade]")

    # --- hard negatives ---------------------------------------------------------------------
    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.r.randrange(320))

    def date_text(self) -> str:
        return self.day().strftime("%d.%m.%Y")

    def clock(self) -> str:
        return f"kl. {self.r.randint(7, 22):02d}.{self.r.randint(0, 59):02d}"

    def amount(self) -> str:
        r = self.r
        kroner = r.choice((r.randint(500, 9999), r.randint(10000, 250000)))
        text = f"{kroner:,}".replace(",", ".")
        return (
            f"{text},{r.choice(('00', '00', '50', '95'))} kr."
            if r.random() < 0.7
            else f"kr. {text}"
        )

    def ref(self, prefix: str) -> str:
        return f"{prefix}-26-{self.r.randint(0, 99999):05d}"

    def journal(self) -> str:
        r = self.r
        district = r.choice(("1200", "2300", "3700", "4100", "5100"))
        return f"{district}-{r.randint(10000, 99999)}-{r.randint(0, 99999):05d}-26"

    def txid(self) -> str:
        r = self.r
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return (
            f"TRX-{r.choice(letters)}{r.choice(letters)}{r.randint(100, 999)}"
            f"-{r.choice(letters)}{r.randint(10000, 99999)}"
        )

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(10000000, 99999999)}"

    def bank(self) -> str:
        return self.r.choice(list(BANKS))

    def bank_sig(self, bank: str) -> str:
        slug, line, _ = BANKS[bank]
        return f"{bank} · Tlf. {line} · www.{slug}.example.dk"


# --- genres -------------------------------------------------------------------------------


def _tilbagekaldelse(g: Gen, d: Doc) -> None:
    r = g.r
    bank1, bank2 = r.sample(list(BANKS), 2)
    s1, s2 = g.staff(BANKS[bank1][0]), g.staff(BANKS[bank2][0])
    victim = g.person(r.choice(("Forurettede A", "Kunde 2")))
    mule = g.person(r.choice(("Kontohaver 1", "Kontohaver 2")), 1985, 2005)
    d.w(
        "Fra: {} <{}>\nTil: {} <{}>\n",
        g.name(s1, "full"),
        g.email(s1),
        g.name(s2, "full"),
        g.email(s2),
    )
    d.w(f"Dato: {g.date_text()} {g.clock()}\n")
    d.w(f"Emne: Tilbagekaldelse pga. svig – vores ref. {g.ref('RC')}\n\n")
    d.w("Kære {}\n\n", g.name(s2, "first"))
    kind = r.choice(
        (
            "falsk bankrådgiver pr. telefon",
            "investeringssvindel",
            "kærestesvindel",
            "falsk MitID-godkendelse",
            "SMS-phishing",
        )
    )
    d.w(
        f"{bank1} anmoder hermed om tilbagekaldelse (recall) af nedenstående overførsel, som vores "
        f"kunde har foretaget under påvirkning af svig ({kind}).\n\n"
    )
    d.w(f"Transaktions-ID: {g.txid()}\nBeløb: {g.amount()}\nBogført: {g.date_text()}\n")
    d.w(f"Afsenders BIC: {BANKS[bank1][2]} / Modtagers BIC: {BANKS[bank2][2]}\n\n")
    d.w(
        "Betaler:\n{}\n{}\n",
        g.name(victim, r.choice(("full", "three", "upper"))),
        g.address(victim, "block"),
    )
    if r.random() < 0.6:
        d.w("CPR-nr.: {}\n", g.cpr(victim))
    d.w("Fra {}\nTlf.: {}\n\n", g.account(), g.phone(victim))
    d.w("Modtager (formodet muldyr):\n{}\n", g.name(mule, r.choice(("full", "surname_first"))))
    if r.random() < 0.5:
        d.w("Til {}\n", g.account("dash"))
    else:
        d.w("IBAN: {}" + f" (BIC {r.choice(FOREIGN_BICS)})\n", g.iban())
    if r.random() < 0.5:
        d.w('Betalingstekst: "faktura {}"\n', g.name(mule, "lower"))
    if r.random() < 0.4:
        d.w("Modtagers oplyste e-mail: {}\n", g.email(mule))
    d.w(
        f"\nVi beder jer standse beløbet og bekræfte retur senest {g.date_text()}. Forholdet er "
        f"politianmeldt til {r.choice(POLICE)} under journalnr. {g.journal()}.\n\n"
    )
    d.w(
        "Med venlig hilsen\n{}\nSvindelteamet, {}\n",
        g.name(s1, r.choice(("full", "initial"))),
        g.bank_sig(bank1),
    )
    if r.random() < 0.5:
        d.w("Direkte: {}\n", g.phone(s1))


def _politianmeldelse(g: Gen, d: Doc) -> None:
    r = g.r
    police = r.choice(POLICE)
    officer = g.staff("politi")
    victim = g.person("Forurettede A", 1932, 2003)
    mule = g.person("Kontohaver 1", 1988, 2005)
    bank = g.bank()
    she = "hun" if victim.female else "han"
    d.w(f"{police} – udskrift af anmeldelse\nJournalnr.: {g.journal()}\n")
    d.w(f"Anmeldt: {g.date_text()} {g.clock()}\n")
    d.w("Modtaget af: {}\n\n", g.name(officer, r.choice(("initial", "full"))))
    d.w(
        "Forurettede: {}, født {}\n",
        g.name(victim, r.choice(("upper", "surname_first", "three"))),
        g.dob(victim),
    )
    if r.random() < 0.8:
        d.w("CPR-nr.: {}\n", g.cpr(victim))
    d.w("Adresse: {}\nTelefon: {}\n", g.address(victim), g.phone(victim))
    if r.random() < 0.7:
        d.w("E-mail: {}\n", g.email(victim))
    alias = g.person("Person C")
    d.w(
        f"\nForurettedes forklaring:\nForurettede forklarede, at {she} den {g.date_text()} "
        f"{g.clock()} blev ringet op fra "
        "{} af en mand, der præsenterede sig som {} fra " + bank + ". ",
        g.scam_phone(),
        g.name(alias, "first"),
    )
    if r.random() < 0.75:
        d.w(
            f"Manden sagde, at der var mistænkelige posteringer, og {she} oplyste derfor sit MitID "
            "bruger-ID {} og læste koden {} op fra sin app. ",
            g.mitid(victim),
            g.otp(),
        )
    if r.random() < 0.8:
        d.w(
            f"Bagefter opgav {she} kortnummer {{}}, udløb {{}} og CVV {{}}. ",
            g.card(),
            g.expiry(),
            g.cvv(),
        )
    d.w(
        f"Samme aften var der overført {g.amount()} fra forurettedes "
        + "{} til en konto tilhørende {}. ",
        g.account(),
        g.name(mule, r.choice(("full", "three", "initial"))),
    )
    fam = r.choice(("datter", "søn", "mand", "kone", "barnebarn"))
    d.w(f"Forurettede har efterfølgende talt med sin {fam}, som hjalp med anmeldelsen. ")
    if r.random() < 0.6:
        d.w(
            "Vidne 1, en nabo, så en mørk bil med nummerplade {} holde ved "
            + r.choice(STREETS)
            + ", mens der blev hævet kontanter.",
            g.plate(),
        )
    d.w("\n\nForurettede er vejledt om at kontakte " + bank + " på " + BANKS[bank][1] + ".\n")
    if r.random() < 0.5:
        witness = g.person("Vidne 1")
        d.w("Vidne: {}, {}, tlf. {}\n", g.name(witness), g.address(witness), g.phone(witness))


def _editionssvar(g: Gen, d: Doc) -> None:
    r = g.r
    bank = g.bank()
    s = g.staff(BANKS[bank][0])
    officer = g.staff("politi")
    holder = g.person(r.choice(("Kontohaver 1", "Kontohaver 2")), 1975, 2005)
    d.w(f"{bank}\nJuridisk afdeling\n\nTil {r.choice(POLICE)}\n")
    d.w("Att.: {}\n\n", g.name(officer, r.choice(("full", "initial", "surname_first"))))
    d.w(f"Vedr. editionspålæg i j.nr. {g.journal()} – vores ref. {g.ref('ED')}\n\n")
    d.w(
        f"I henhold til rettens kendelse af {g.date_text()} oplyser vi følgende om kontohaveren af "
        "den konto, som de anmeldte beløb er overført til:\n\n"
    )
    d.w("Navn: {}\n", g.name(holder, r.choice(("full", "three", "upper", "surname_first"))))
    if r.random() < 0.8:
        d.w("Fødselsdato: {}\n", g.dob(holder))
    d.w("CPR-nr.: {}\nAdresse: {}\n", g.cpr(holder), g.address(holder))
    d.w("Telefon (registreret): {}\nE-mail: {}\n", g.phone(holder), g.email(holder))
    if r.random() < 0.8:
        d.w("MitID bruger-ID: {}\n", g.mitid(holder))
    d.w("Konto: {}\n", g.bare_account())
    if r.random() < 0.85:
        d.w("IBAN: {}\n", g.iban("DK"))
    if r.random() < 0.7:
        d.w("Tilknyttet kort: {}, udløb {}\n", g.card(), g.expiry())
    d.w(
        f"Kontoen blev oprettet {g.date_text()} med digital legitimation.\n\n"
        "Indgående betalinger:\n"
    )
    for _ in range(r.randint(2, 4)):
        payer = g.person("[NAVN]")
        d.w(
            f"{g.date_text()} – {g.amount()} – {g.txid()} – fra ",
        )
        d.add(g.name(payer, r.choice(("full", "upper", "surname_first"))))
        d.add("\n")
    if r.random() < 0.6:
        d.w(
            f"\nDen {g.date_text()} {g.clock()} blev en overførsel godkendt med engangskode "
            "{} sendt til +45 ** ** ** " + f"{r.randint(10, 99)}.\n",
            g.otp(),
        )
    else:
        d.w(f"\nNotifikationer er sendt til {_ascii(holder.first)[0]}***@example.dk.\n")
    d.w("\nMed venlig hilsen\n{}\n", g.name(s, "full"))
    d.w(f"{bank}, {g.cvr()}\nTlf. {BANKS[bank][1]} · www.{BANKS[bank][0]}.example.dk\n")
    if r.random() < 0.5:
        d.w("E-mail: {}\n", g.email(s))


def _spaerring(g: Gen, d: Doc) -> None:
    r = g.r
    bank = g.bank()
    officer = g.staff("politi")
    holder = g.person(r.choice(("Kontohaver 1", "Kontohaver 2")), 1980, 2005)
    d.w(f"NOTAT – spærring og beslaglæggelse\nSag: {g.ref('SP')}  Journalnr.: {g.journal()}\n")
    d.w(f"Dato: {g.date_text()} {g.clock()}\n")
    d.w(
        "Udarbejdet af: {}, {}\n\n",
        g.name(officer, r.choice(("full", "initial"))),
        r.choice(POLICE),
    )
    d.w(
        "På baggrund af mistanke om hvidvask af udbytte fra bedrageri spærres følgende "
        "midler og aktiver med øjeblikkelig virkning:\n\n"
    )
    d.w(
        "1. {} i " + bank + " tilhørende {}, CPR {}. ",
        g.account(),
        g.name(holder, r.choice(("upper", "surname_first", "full", "three"))),
        g.cpr(holder),
    )
    d.w(f"Saldo ved spærring: {g.amount()}\n")
    if r.random() < 0.8:
        d.w(
            "2. Udenlandsk konto {} (BIC " + r.choice(FOREIGN_BICS) + "), oplyst som modtager.\n",
            g.iban(),
        )
    if r.random() < 0.7:
        d.w("3. Betalingskort {} udstedt til samme kontohaver.\n", g.card())
    if r.random() < 0.9:
        d.w(
            "4. Køretøj {}, registreret til {}, {}.\n",
            g.plate(),
            g.name(holder, "full"),
            g.address(holder, r.choice(("comma", "street"))),
        )
    d.w("\nKontohaveren er underrettet på tlf. {}", g.phone(holder))
    if r.random() < 0.6:
        d.w(" og e-mail {}", g.email(holder))
    d.w(f" den {g.date_text()}.\n")
    if r.random() < 0.4:
        d.w(
            "Kontohaverens mor, {}, har ringet og bedt om aktindsigt.\n",
            g.name(g.person("Person C", 1950, 1975), "full"),
        )
    d.w(f"Retten underrettes inden 24 timer. Kontakt: {r.choice(POLICE)}, tlf. 114.\n")


def _forsikringsbrev(g: Gen, d: Doc) -> None:
    r = g.r
    insurer = r.choice(list(INSURERS))
    slug, line = INSURERS[insurer]
    victim = g.person(r.choice(("Forurettede A", "Kunde 2")), 1935, 2003)
    handler = g.staff(slug)
    d.w(f"{insurer}\n\n")
    d.w(
        "{}\n{}\n\n",
        g.name(victim, r.choice(("full", "three", "initial"))),
        g.address(victim, "block"),
    )
    d.w(f"{g.date_text()}\nSkadenummer: {g.ref('SK')}\n\n")
    d.w("Kære {}\n\n", g.name(victim, "first"))
    d.w(
        f"Vi har modtaget din anmeldelse af svindel af {g.date_text()}, hvor du blev kontaktet på "
        "{} ",
        g.phone(victim),
    )
    d.w("af en person, der udgav sig for at være fra din bank. ")
    if r.random() < 0.6:
        d.w("Du oplyser, at kortet {} blev misbrugt, og at du har spærret det.\n\n", g.card())
    else:
        d.w("Du oplyser, at kortet **** **** **** " + f"{r.randint(1000, 9999)} blev misbrugt.\n\n")
    if r.random() < 0.5:
        d.w(
            "Forsikringstager: {}, født {}, CPR-nr. {}\n\n",
            g.name(victim, "surname_first"),
            g.dob(victim),
            g.cpr(victim),
        )
    d.w(
        f"Vi skal bruge en kopi af politianmeldelsen (j.nr. {g.journal()}) og {g.bank()}s "
        f"svar på tilbagekaldelsen. Dækningen udgør {g.amount()}, og selvrisikoen er "
        f"{g.amount()}; beløbet udbetales til din "
    )
    d.add(g.account(r.choice(("reg", "regshort", "dash"))))
    d.w(".\n\n")
    fam = r.choice(FAMILY).split()[-1]
    d.w(f"Hvis din {fam} fortsat hjælper dig med sagen, skal vi have en fuldmagt.\n\n")
    d.w(
        "Har du spørgsmål, kan du ringe til {} på " + line + " eller skrive til {}.\n\n",
        g.name(handler, "full"),
        g.email(handler),
    )
    d.w("Med venlig hilsen\n\n{}\nSkadeafdelingen, " + insurer + "\n", g.name(handler, "full"))
    d.w(f"Tlf. {line} · www.{slug}.example.dk\n")


def _videresendt(g: Gen, d: Doc) -> None:
    r = g.r
    bank = g.bank()
    a, b = g.staff(BANKS[bank][0]), g.staff(BANKS[bank][0])
    victim = g.person(r.choice(("Forurettede A", "Kunde 2")), 1940, 2005)
    subject = r.choice(
        (
            "Mit kort er blevet misbrugt",
            "Svindel – hjælp",
            "Spærring af kort",
            "Falsk SMS fra banken",
        )
    )
    d.w("Fra: {} <{}>\n", g.name(a, "full"), g.email(a))
    d.w(f"Sendt: {g.date_text()} {g.clock()}\n")
    d.w("Til: {} <{}>\nEmne: VS: " + subject + "\n\n", g.name(b, "full"), g.email(b))
    d.w("Hej {}\n\nVideresender nedenstående fra ", g.name(b, "first"))
    d.add(g.name(victim, r.choice(("full", "full", "initial", "three"))))
    d.w(
        ". Kan du tage {} sag? Den er oprettet som " + g.ref("FR") + ".\n\n/",
        g.name(victim, "genitive"),
    )
    d.add(g.name(a, "first"))
    d.w("\n{}\n{}\n", g.name(a, r.choice(("full", "initial"))), g.bank_sig(bank))
    if r.random() < 0.5:
        d.w("Mobil: {}\n", g.phone(a))
    d.w(
        "\n---------- Videresendt meddelelse ----------\nFra: {} <{}>\n",
        g.name(victim, "full"),
        g.email(victim),
    )
    d.w(f"Dato: {g.date_text()}\nEmne: {subject}\nTil: ")
    d.w("<{}>\n\n", g.email(a))
    d.w(
        f"Den {g.day().day}. {r.choice(MONTHS)[:3]}. 2026 {g.clock()} skrev " + "{} <{}>:\n",
        g.name(victim, "full"),
        g.email(victim),
    )
    d.w("> Hej\n> Jeg fik en sms fra {} om at mit kort var spærret. ", g.scam_phone())
    d.w("Jeg trykkede på linket og tastede\n> kortnummeret {}", g.card())
    if r.random() < 0.85:
        d.w(", udløb {} og cvc {}", g.expiry(), g.cvv())
    if r.random() < 0.8:
        d.w(",\n> og bagefter koden {} som kom på sms", g.otp())
    d.w(f".\n> Nu er der hævet {g.amount()} fra ")
    d.add(g.account(r.choice(("dash", "space"))))
    d.w(
        f".\n> {r.choice(FAMILY[:3]).capitalize()} siger jeg skal skrive til jer.\n"
        "> Venlig hilsen\n> "
    )
    d.add(g.name(victim, "full"))
    d.w("\n> {}\n> Mobil: {}\n", g.address(victim), g.phone(victim))


CSV_HEADER = "kontohaver;cpr;tlf;e-mail;konto;modtaget;bemærkning"


def _muldyrliste(g: Gen, d: Doc) -> None:
    r = g.r
    bank = g.bank()
    sep = ";" if r.random() < 0.6 else "\t"
    d.w(f"# Muldyrkonti – udtræk til {r.choice(POLICE)}, sag {g.ref('FR')}\n")
    d.w(f"# dannet {g.date_text()} {g.clock()} af {bank}\n")
    d.w(CSV_HEADER.replace(";", sep) + "\n")
    for i in range(r.randint(3, 6)):
        holder = g.person(f"Kontohaver {1 + i % 2}" if i < 2 else "[NAVN]", 1985, 2005)
        d.add(g.name(holder, r.choice(("surname_first", "upper", "full", "full", "three"))))
        d.w(sep + "{}" + sep + "{}" + sep, g.cpr(holder), g.phone(holder))
        if r.random() < 0.6:
            d.add(g.email(holder))
        else:
            d.w("-")
        d.w(sep)
        d.add(g.bare_account() if r.random() < 0.55 else g.iban())
        d.w(sep + g.amount() + sep)
        remark = r.random()
        if remark < 0.3:
            d.w("bil {} set ved hævning", g.plate())
        elif remark < 0.5:
            d.w(f"spærret {g.date_text()}")
        elif remark < 0.7:
            d.w(f"videreført til {r.choice(FOREIGN_BICS)}")
        else:
            d.w("ukendt")
        d.w("\n")


def _typos(r: random.Random, text: str) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) >= 5 and word.isalpha() and r.random() < 0.12:
            j = r.randrange(1, len(word) - 2)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def _offermail(g: Gen, d: Doc) -> None:
    r = g.r
    bank = g.bank()
    victim = g.person(r.choice(("Forurettede A", "Kunde 2")), 1945, 2005)
    s = g.staff(BANKS[bank][0])
    t = lambda s: _typos(r, s)  # noqa: E731
    d.w("Fra: {}\nTil: {}\n", g.email(victim), g.email(s))
    d.w(f"Emne: {r.choice(('hjælp!!!', 'svindel', 'HASTER', 'mit kort'))}\n\n")
    d.w("hej {}\n", g.name(s, "lower"))
    d.w(t(f"jeg tror jeg er blevet snydt.. i går ringede en der sagde han var fra {bank.lower()} "))
    d.w("fra nummeret {} ", g.scam_phone())
    d.w(t("og han sagde at der var nogen der havde prøvet at bruge mit kort. "))
    if r.random() < 0.75:
        d.w("jeg gav ham mit mitid bruger id som er {} ", g.mitid(victim))
        d.w("og koden {} " + t("der kom på sms. "), g.otp())
    if r.random() < 0.8:
        d.w("han ville også have kortnummeret {} og udløb {} ", g.card(), g.expiry())
        d.w(r.choice(("og de 3 kontrolcifre {}", "og cvc {}")) + ". ", g.cvv())
    d.w(t(f"nu er der trukket {g.amount()} fra min "))
    d.add(g.account(r.choice(("dash", "regshort"))))
    d.w(t(f"!! {r.choice(FAMILY)} siger i kan stoppe det.\n"))
    if r.random() < 0.6:
        d.w("jeg bor på {} ", g.address(victim, r.choice(("comma", "street")), lower=True))
        d.w(t("hvis i vil sende et brev. "))
    d.w("ring gerne på {}\n\n", g.phone(victim))
    d.w(t(f"jeg hævede også selv i automaten ved {r.choice(STREETS)}. ") + "\n\n")
    d.w("mvh {}\n", g.name(victim, "lower"))
    if r.random() < 0.4:
        d.w("\nSendt fra min iPhone\n")


def _overdragelse(g: Gen, d: Doc) -> None:
    r = g.r
    bank = g.bank()
    a, b = g.staff(BANKS[bank][0]), g.staff(BANKS[bank][0])
    victim = g.person("Forurettede A", 1935, 2004)
    mule = g.person("Kontohaver 1", 1985, 2005)
    d.w(f"Overdragelse – sag {g.ref('FR')}\n")
    d.w(
        "Fra {} til {}, " + g.date_text() + "\n\n",
        g.name(a, r.choice(("full", "initial"))),
        g.name(b, r.choice(("full", "first"))),
    )
    d.w(
        "Status:\n- Forurettede: {} (f. {})",
        g.name(victim, r.choice(("initial", "full", "three"))),
        g.dob(victim),
    )
    if r.random() < 0.7:
        d.w(", CPR {}", g.cpr(victim))
    d.w(", tlf. {}.", g.phone(victim))
    if r.random() < 0.6:
        d.w(" Ønsker kontakt pr. mail: {}.", g.email(victim))
    d.w(f"\n- Samlet tab: {g.amount()} fordelt på {r.randint(2, 6)} overførsler.\n")
    d.w(
        "- Modtagerkonti: {} ({})",
        g.bare_account(),
        g.name(mule, r.choice(("surname_first", "upper"))),
    )
    if r.random() < 0.5:
        d.w(" og {}", g.iban())
    d.w(f".\n- Tilbagekaldelse sendt {g.date_text()} ({g.ref('RC')}); svar afventes.\n")
    d.w(f"- Politiet: j.nr. {g.journal()}, kontakt ")
    d.w("{} på {}.\n", g.name(g.staff("politi"), "full"), g.phone(g.person("[NAVN]")))
    if r.random() < 0.6:
        d.w("- Kortet {} er spærret, nyt kort er bestilt.\n", g.card())
    if r.random() < 0.3:
        d.w("- MitID bruger-ID {} er spærret hos MitID.\n", g.mitid(victim))
    if r.random() < 0.5:
        d.w("- Bil set ved hævningen ved " + r.choice(STREETS) + ", nummerplade {}.\n", g.plate())
    fam = r.choice(("søn", "datter"))
    d.w("- Husk: {} " + fam + " ringer ofte; ", g.name(victim, "genitive"))
    her = "hendes" if victim.female else "hans"
    d.w(
        f"{fam}en har ikke fuldmagt, så intet om sagen til {her} {fam}.\n".replace(
            "sønen", "sønnen"
        )
    )
    d.w("\n/{}\n", g.name(a, "first"))


MAKERS = {
    "tilbagekaldelse": _tilbagekaldelse,
    "politianmeldelse": _politianmeldelse,
    "editionssvar": _editionssvar,
    "spaerring": _spaerring,
    "forsikringsbrev": _forsikringsbrev,
    "videresendt": _videresendt,
    "muldyrliste": _muldyrliste,
    "offermail": _offermail,
    "overdragelse": _overdragelse,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The documents of the set: SIZE of them, NEGATIVES pseudonymised, genres in turn."""
    r = random.Random(seed)
    g = Gen(r)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    r.shuffle(plan)
    docs, seen = [], set()
    for genre, kind in plan:
        while True:
            d = Doc(neg=kind == "negative")
            MAKERS[genre](g, d)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append({"genre": genre, "kind": kind, "text": d.text, "spans": d.spans})
    return [{"id": f"pii_blind56-{i:04d}", **doc} for i, doc in enumerate(docs)]


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind56.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
