"""A hundred-and-eighteenth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies
(issue 18), as a held-out test set with its own names, streets, towns and companies. Its theme
is a HOLIDAY-HOME RENTAL AGENCY on the west coast of Jutland and on Bornholm ("Klitly
Feriehuse": owners, guests, key boxes, cleaning) and the booking fraud around it: fake listings
copied from the agency's catalogue, guests who paid a deposit to a fake IBAN, owners whose
payout account was changed, owners whose login to the owners' portal was phished. Eight genres:
the booking system's incident log (a payout account changed: the owner's new reg.nr. and
account, phone, e-mail), an e-mail thread (Fra:/Til:/Emne:) with a guest who paid a fake IBAN,
a customer chat ("[14:02] Name: ..." lines, some names typed in lower case), a web form
reporting a suspicious listing (name, address, phone, e-mail, birth date, card), the fraud
team's case notes on a phished owner (MitID user ID, a code read out, CPR), a hotline call
note (the caller "født ..."), a police report with the complainant's name in capitals and the
scammer's car's plate, and a letter to a guest or owner with a two-line address block. The
names are those of Danes of all ages, Danes with roots elsewhere, double surnames and the
agency's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("gæsten", "ejeren", "rengøringen");
  "Holm, Mette" is one span; a genitive s belongs to it; a lower-case name typed in a chat is
  PERSON; a scammer's alias ("Anders fra Klitly Feriehuse") is PERSON, the company is not.
  Organisations, products, pseudonyms ("Gæst A", "Ejer B", "Medarbejder A", "Vidne 1") and
  family words ("min mand") are never PERSON.
- ADDRESS is a private person's address (a guest's, an owner's home or holiday home, a
  witness's): street, number, letter, floor and side, plus ", postcode town" on the same line
  or on the next line of an address block (line break included). The agency's offices, the
  cleaning firm, the bank branch and the police stations' addresses are NEVER labelled, in any
  layout (letterheads, signatures, "Afsender:", opening hours, running text). A street named
  without a number is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 for
  the 1900s, 4 for 2000-2005), a serial that FAILS modulus 11; written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH only straight after "født",
  "f." or "Fødselsdato:"; no other date is labelled.
- PHONE: Danish numbers from mobile and landline leads (never 70 or 80) in ten written forms,
  the country code inside the span, and foreign numbers from fiction ranges only
  ("+44 7700 900xxx", "+46 70 174 06 xx"). The organisations' 70/80 lines and 112/114 never.
- EMAIL: every unmasked address (example.* domains), staff's too. BANK_ACCOUNT: "reg-konto"
  written together is one span; after "reg.nr. 1234, konto" only the account. IBAN: valid
  check digits and length, grouped by four or compact. CARD: Luhn-valid with a test prefix;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV after "CVV"/"CVC"/"kontrolcifre". OTP: a one-time
  code of 6 or 8 digits; MITID_USER a MitID user ID; NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: amounts, dates and clock times, booking, invoice, house and
  case numbers, key-box codes, CVR numbers, masked values, the organisations' lines, addresses,
  companies, banks and products, pseudonyms, family words and streets without a number.
  Documents of kind "negative" are the same genres pseudonymised: no labelled spans. No run of
  ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind117 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 117_2026
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "hændelseslog",
    "mailtråd",
    "chat",
    "formular",
    "sagsnotat",
    "hotline",
    "politianmeldelse",
    "brev",
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
TEST_PREFIXES = ("400000", "411111", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "GB": 22, "NL": 18, "ES": 24, "PL": 28, "EE": 20}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("56", "75", "76", "96", "97", "98")

WOMEN = ("Mette", "Karen", "Birthe", "Lone", "Hanne", "Ida", "Freja", "Asta", "Signe", "Lærke",
         "Vibeke", "Gitte", "Malene", "Sofie", "Inger", "Aya", "Leyla", "Dorthe", "Kirsten",
         "Agnes", "Esther", "Pernille", "Tove", "Yasmin", "Line", "Pia", "Benedikte")  # fmt: skip
MEN = ("Søren", "Jens", "Henrik", "Niels", "Poul", "Mads", "Rasmus", "Emil", "Kasper", "Torben",
       "Ole", "Bjarne", "Anders", "Frederik", "Jørgen", "Hassan", "Omar", "Nguyen", "Villads",
       "Carl", "Holger", "Bo", "Kristoffer", "Malthe", "Jakob")  # fmt: skip
FIRST = tuple(n for n in WOMEN + MEN if n not in ("Line", "Pia", "Benedikte", "Kristoffer",
                                                  "Malthe", "Jakob"))  # fmt: skip
MIDDLE = ("Marie", "Louise", "Juhl", "Kirstine", "Peter", "Emil", "Sofie", "Bach", "Skov")
LAST = ("Holm", "Nørgaard", "Kristensen", "Bak", "Østergaard", "Lauridsen", "Thygesen",
        "Vestergaard", "Kjær", "Dahl", "Sørensen", "Mikkelsen", "Brandt", "Lund", "Kofoed",
        "Mortensen", "Bech", "Winther", "Iversen", "Damgaard", "Ahmadi", "Yilmaz", "Haddad",
        "Tran", "Riis", "Klausen", "Munk", "Thomsen", "Fisker", "Sonne", "Espersen", "Grønbech",
        "Ipsen", "Hald", "Skovgaard", "Brix")  # fmt: skip
STAFF = (("Line", "Vadum"), ("Kristoffer", "Hedegaard"), ("Pia", "Kofod-Jensen"),
         ("Malthe", "Rønn"), ("Benedikte", "Sand"), ("Jakob", "Tarp"))  # fmt: skip
STREETS = ("Klitrosevej", "Sneppevej", "Hjelmevej", "Marehalmvej", "Tangvej", "Ræveholmvej",
           "Lyngbakken", "Strandengen", "Fyrrestien", "Solsortvej", "Bækkeløkke", "Kildegade",
           "Ahornvænget", "Rønnebærvej", "Vibevej", "Stationsvej", "Møllebakken", "Engtoften",
           "Agerhønevej", "Hedelyngen", "Kystvejen", "Østre Allé")  # fmt: skip
TOWNS = (("6960", "Hvide Sande"), ("6950", "Ringkøbing"), ("6857", "Blåvand"), ("6854", "Henne"),
         ("6990", "Ulfborg"), ("7620", "Lemvig"), ("7730", "Hanstholm"), ("3730", "Nexø"),
         ("3760", "Gudhjem"), ("3770", "Allinge"), ("3740", "Svaneke"), ("8000", "Aarhus C"),
         ("2100", "København Ø"), ("5000", "Odense C"), ("9000", "Aalborg"), ("7100", "Vejle"),
         ("4000", "Roskilde"), ("6000", "Kolding"), ("8600", "Silkeborg"), ("2720", "Vanløse"),
         ("7400", "Herning"), ("3700", "Rønne"))  # fmt: skip
# The organisations' own sites: (name, street and number, postcode, town, phone line, CVR).
ORG_SITES = (
    ("Klitly Feriehuse A/S", "Havnegade 11", "6960", "Hvide Sande", "70 22 41 60", "38174429"),
    ("Klitly Feriehuse, Søndervig", "Lodbergsvej 3", "6950", "Ringkøbing", "70 22 41 61",
     "38174429"),
    ("Klitly Feriehuse, Blåvand", "Fyrvej 27", "6857", "Blåvand", "70 22 41 62", "38174429"),
    ("Klitly Feriehuse, Bornholm", "Store Torv 8", "3700", "Rønne", "70 22 41 63", "38174429"),
    ("Klitly Feriehuse, Gudhjem", "Brøddegade 19", "3760", "Gudhjem", "70 22 41 64",
     "38174429"),
    ("Vestkyst Rengøring ApS", "Industrivej 6", "6960", "Hvide Sande", "70 11 42 42",
     "41290376"),
    ("Vestkystbanken", "Torvet 3", "6950", "Ringkøbing", "70 15 33 00", "19384715"),
    ("Midt- og Vestjyllands Politi", "Bredgade 40", "6950", "Ringkøbing", "114", ""),
    ("Bornholms Politi", "Zahrtmannsvej 2", "3700", "Rønne", "114", ""),
)  # fmt: skip
ORG_ADDRESSES = tuple(site[1] for site in ORG_SITES)
ORG_LINES = ("70 22 41 60", "70 22 41 61", "70 22 41 62", "70 22 41 63", "70 22 41 64",
             "70 11 42 42", "70 15 33 00", "80 30 17 17")  # fmt: skip
COMPANIES = ("Klitly Feriehuse", "Vestkyst Rengøring", "Strandnøglen ApS", "Sommerhusportalen")
BANKS = ("Vestkystbanken", "Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Lunar")
PRODUCTS = ("KeyBox Pro 4", "Klitly Ejerportal", "Klitly-appen", "MobilePay", "MitID")
FAMILY = ("min mand", "min kone", "min datter", "vores søn", "min svigerfar", "min bror",
          "min mor", "vores børn")  # fmt: skip
PSEUDONYMS = ("Gæst A", "Gæst B", "Ejer A", "Ejer B", "Medarbejder A", "Medarbejder B",
              "Vidne 1", "Vidne 2")  # fmt: skip
ALIAS_UNITS = ("Klitly Feriehuse", "udlejningskontoret", "ejerservice", "bookingafdelingen")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
CPR_FORMS = ("dash", "compact", "spaced", "space")
PHONE_FORMS = ("+45 c", "+45 p", "+45 q", "q", "(+45) p", "0045 c", "p", "c", "+45c", "dots",
               "uk", "se")  # fmt: skip
STAND = {"ADDRESS": "[ADRESSE]", "PHONE": "[TLF]", "EMAIL": "[e-mail]", "BANK_ACCOUNT":
         "[kontonr.]", "OTP": "[kode]", "CPR": "[CPR]", "MITID_USER": "[NAVN]",
         "IBAN": "DK71XXXXXXXXXX0932", "CARD": "**** **** **** 1111", "CARD_EXPIRY": "**/**",
         "CARD_CVV": "***", "NUMBER_PLATE": "XX ** ***", "DATE_OF_BIRTH": "**.**.19**"}  # fmt: skip


def grouped(compact: str) -> str:
    """The value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(name: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("-", ""), (" ", "")):
        name = name.lower().replace(a, b)
    return name


@dataclass
class Person:
    first: str
    last: str
    middle: str
    pseudo: str
    birth: date

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def form(self, kind: str) -> str:
        if kind == "sfirst":
            return f"{self.last}, {self.first}"
        if kind == "upper":
            return self.full.upper()
        if kind == "lower":
            return self.first.lower() if len(self.first) > 3 else self.full.lower()
        if kind == "gen":
            return self.first + ("'" if self.first[-1] in "sxz" else "s")
        if kind == "init":
            return f"{self.first[0]}. {self.last}"
        if kind == "first":
            return self.first
        if kind == "short":
            return f"{self.first} {self.last}"
        return self.full


class Doc:
    """A document built piece by piece: text, and spans where not pseudonymised."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng, self.neg = rng, neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.n += len(text)
        return self

    def s(self, kind: str, value: str, stand: str | None = None) -> Doc:
        if self.neg:
            return self.t(stand or STAND[kind])
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        return self.t(value)

    def p(self, person: Person, kind: str = "full") -> Doc:
        if self.neg:
            return self.t(person.pseudo + ("'s" if kind == "gen" else ""))
        return self.s("PERSON", person.form(kind))

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Maker:
    """Synthetic values from one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def person(self, pseudo: str, staff: bool = False) -> Person:
        r = self.r
        if staff:
            first, last = r.choice(STAFF)
            middle = ""
        else:
            first, last = r.choice(FIRST), r.choice(LAST)
            roll = r.random()
            middle = r.choice(MIDDLE) if roll < 0.25 else ""
            if 0.25 <= roll < 0.45:
                other = r.choice(LAST)
                last = f"{last}-{other}" if other != last else last
        birth = date(1938, 1, 1) + timedelta(days=r.randrange(0, 24500))
        birth = min(birth, date(2005, 12, 31))
        return Person(first, last, middle, pseudo, birth)

    def cpr(self, birth: date, form: str | None = None) -> str:
        r = self.r
        century = "4" if birth.year >= 2000 else r.choice("0123")
        head = birth.strftime("%d%m%y")
        while True:
            number = head + century + f"{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        form = form or r.choice(CPR_FORMS)
        if form == "dash":
            return f"{number[:6]}-{number[6:]}"
        if form == "spaced":
            return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"
        if form == "space":
            return f"{number[:6]} {number[6:]}"
        return number

    def dob(self, birth: date) -> str:
        form = self.r.randrange(4)
        if form == 0:
            return f"{birth.day}. {MONTHS[birth.month - 1]} {birth.year}"
        if form == 1:
            return birth.strftime("%d.%m.%Y")
        if form == 2:
            return f"{birth.day}/{birth.month}-{birth.year}"
        return birth.strftime("%d-%m-%Y")

    def phone(self, form: str | None = None, landline: bool = False) -> str:
        r = self.r
        form = form or r.choice(PHONE_FORMS)
        if form == "uk":
            return f"+44 7700 900{r.randrange(1000):03d}"
        if form == "se":
            return f"+46 70 174 06 {r.randrange(5, 100):02d}"
        c = r.choice(LANDLINE if landline else MOBILE) + f"{r.randrange(10**6):06d}"
        p = " ".join(c[i : i + 2] for i in range(0, 8, 2))
        q = f"{c[:4]} {c[4:]}"
        return {"+45 c": f"+45 {c}", "+45 p": f"+45 {p}", "+45 q": f"+45 {q}", "q": q,
                "(+45) p": f"(+45) {p}", "0045 c": f"0045 {c}", "p": p, "c": c,
                "+45c": f"+45{c}", "dots": p.replace(" ", ".")}[form]  # fmt: skip

    def email(self, person: Person) -> str:
        r = self.r
        first, last = ascii_name(person.first), ascii_name(person.last)
        local = r.choice((f"{first}.{last}", f"{first}{r.randrange(10, 99)}", f"{first[0]}{last}",
                          f"{first}_{last[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(('example.dk', 'example.com', 'mail.example.net'))}"

    def masked_mail(self, person: Person) -> str:
        return f"{ascii_name(person.first)[0]}***@example.dk"

    def account(self) -> tuple[str, str]:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        short, long_ = r.randrange(10**7, 10**8), r.randrange(10**9, 10**10)
        acct = r.choice((f"00{short}", f"{long_}", f"{r.randrange(10**6, 10**7)}"))
        return reg, acct

    def iban(self, country: str | None = None) -> str:
        r = self.r
        country = country or r.choice(("LT", "GB", "DE", "ES", "EE", "PL", "NL", "DK"))
        length = IBAN_LENGTH[country]
        if country == "GB":
            bban = r.choice(("NWBK", "MIDL", "BUKB")) + "".join(r.choices("0123456789", k=14))
        elif country == "NL":
            bban = r.choice(("ABNA", "RABO", "INGB")) + "".join(r.choices("0123456789", k=10))
        else:
            bban = "".join(r.choices("0123456789", k=length - 4))
        digits = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(digits) % 97
        compact = f"{country}{check:02d}{bban}"
        return grouped(compact) if r.random() < 0.6 else compact

    def card(self) -> str:
        r = self.r
        body = r.choice(TEST_PREFIXES)
        body += "".join(r.choices("0123456789", k=15 - len(body)))
        total = 0
        for i, ch in enumerate(reversed(body)):
            n = int(ch) * (2 if i % 2 == 0 else 1)
            total += n // 10 + n % 10
        number = body + str((10 - total % 10) % 10)
        return grouped(number) if r.random() < 0.6 else number

    def expiry(self) -> str:
        r = self.r
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        return f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"

    def otp(self) -> str:
        return (
            f"{self.r.randrange(10**5, 10**6)}"
            if self.r.random() < 0.7
            else (f"{self.r.randrange(10**7, 10**8)}")
        )

    def mitid(self, person: Person) -> str:
        r = self.r
        base = ascii_name(person.first) + r.choice(("", ascii_name(person.last)[:4]))
        year = person.birth.year
        tail = str(year) if r.random() < 0.4 and year <= 2005 else f"{year % 100:02d}"
        return base + tail

    def plate(self) -> str:
        r = self.r
        letters = "".join(r.choices("ABCDEFHJKLMNOPRSTUVXYZ", k=2))
        digits = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        if r.random() < 0.75:
            return f"{letters} {digits[:2]} {digits[2:]}"
        return letters + digits

    def street(self) -> str:
        r = self.r
        number = f"{r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        level = r.randrange(1, 5)
        floor = r.choice(
            ("", "", "", ", st.", f", {level}. tv.", f", {level}. th.", f", {level}. mf.")
        )
        return f"{r.choice(STREETS)} {number}{floor}"

    def town(self) -> str:
        pc, town = self.r.choice(TOWNS)
        return f"{pc} {town}"

    def address(self, layout: str = "comma") -> str:
        if layout == "block":
            return f"{self.street()}\n{self.town()}"
        if layout == "bare":
            return self.street()
        return f"{self.street()}, {self.town()}"

    def amount(self) -> str:
        r = self.r
        value = r.randrange(8, 240) * 50
        text = f"{value:,}".replace(",", ".")
        return r.choice((f"{text} kr.", f"{text},00 kr.", f"kr. {text}", f"DKK {text}"))

    def stamp(self) -> str:
        r = self.r
        day = date(2026, 1, 1) + timedelta(days=r.randrange(330))
        return r.choice((day.strftime("%d.%m.%y"), day.isoformat(), day.strftime("%d.%m.%Y")))

    def clock(self) -> str:
        return f"{self.r.randrange(7, 23):02d}.{self.r.randrange(60):02d}"

    def booking(self) -> str:
        return f"KF-26-{self.r.randrange(10000, 99999)}"

    def house(self) -> str:
        return f"hus nr. {self.r.randrange(1000, 9999)}"

    def case(self) -> str:
        return f"SAG-{self.r.randrange(2025, 2027)}-{self.r.randrange(100, 9999):04d}"

    def keybox(self) -> str:
        return f"nøgleboksens kode {self.r.randrange(1000, 9999)}"


def org_address(m: Maker) -> str:
    """An organisation's own address in one of its layouts (never labelled)."""
    r = m.r
    name, street, pc, town, line, cvr = r.choice(ORG_SITES)
    cvr_text = f" · CVR-nr. {cvr}" if cvr else ""
    line_text = f"Tlf. {line}" if line != "114" else "Tlf. 114"
    return r.choice(
        (
            f"{name}\n{street}\n{pc} {town}\n{line_text}{cvr_text}",
            f"{name}, {street}, {pc} {town} · {line_text}",
            f"{name} · {street} · {town}",
            f"Kom forbi {name} på {street} i {town} (åbent hverdage kl. 10-16).",
            f"Afsender: {name}, {street}, {pc} {town}{cvr_text}",
            f"Nøgler udleveres på kontoret, {street}, {pc} {town}, fredag kl. 15-18.",
            f"{name}\n{street}, {pc} {town}",
            f"Personligt fremmøde: {street}, {town}. Ring først på {line}.",
        )
    )


def fillers(d: Doc, m: Maker, k: int) -> None:
    """Hard-negative sentences shared by the genres."""
    r = m.r
    pool = [
        lambda: f"Booking {m.booking()} ({m.house()}) er på {m.amount()} inkl. slutrengøring.",
        lambda: f"Ved ankomst bruges {m.keybox()}; den skiftes efter hvert ophold.",
        lambda: f"Huset ligger for enden af grusvejen ved {r.choice(STREETS)}, tæt på klitten.",
        lambda: f"Sagen er oprettet som {m.case()} den {m.stamp()} kl. {m.clock()}.",
        lambda: f"Gæsten nævnte at {r.choice(FAMILY)} havde fundet annoncen på Facebook.",
        lambda: (
            f"Den falske annonce brugte billeder fra {r.choice(COMPANIES)} og "
            f"henviste til betaling uden om {r.choice(PRODUCTS)}."
        ),
        lambda: f"Ring til spærreservice på {r.choice(ORG_LINES)} eller politiet på 114.",
        lambda: (
            f"Kortet sluttede på **** **** **** {r.randrange(1000, 9999)}, "
            f"telefonen på +45 ** ** ** {r.randrange(10, 99)}."
        ),
        lambda: (
            f"Kontoen i {r.choice(BANKS)} er vist som {r.choice(('DK', 'LT'))}"
            f"{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(1000, 9999)} i systemet."
        ),
        lambda: (
            f"Faktura {r.randrange(100000, 999999)} på {m.amount()} er sendt til "
            f"{r.choice(PSEUDONYMS)}."
        ),
        lambda: f"Udlejer er {r.choice(COMPANIES)}, CVR-nr. {r.choice(ORG_SITES[:7])[5]}.",
        lambda: f"Vi har talt med {r.choice(PSEUDONYMS)} om rejsen med {r.choice(FAMILY)}.",
    ]
    for fn in r.sample(pool, k):
        d.t(fn(), "\n")


def maybe_org(d: Doc, m: Maker, p: float = 0.7) -> None:
    if m.r.random() < p:
        d.t("\n", org_address(m), "\n")


def g_log(d: Doc, m: Maker) -> None:
    r = m.r
    owner = m.person(r.choice(("Ejer A", "Ejer B")))
    staff = m.person("Medarbejder A", staff=True)
    reg, acct = m.account()
    d.t(f"Hændelseslog — Klitly Ejerportal — {m.case()}\n")
    d.t(f"{m.stamp()} {m.clock()} | login | ejer ").p(owner, r.choice(("full", "sfirst")))
    d.t(f" logget ind fra ny enhed ({m.house()})\n")
    d.t(f"{m.stamp()} {m.clock()} | udbetalingskonto ændret | ny konto ")
    if r.random() < 0.5:
        d.s("BANK_ACCOUNT", f"{reg}{r.choice(('-', ' '))}{acct}")
    else:
        d.t(f"reg.nr. {reg}, kontonr. ").s("BANK_ACCOUNT", acct)
    d.t(" (gammel konto ******", f"{r.randrange(1000, 9999)})\n")
    d.t(f"{m.stamp()} {m.clock()} | kontakt opdateret | tlf. ").s("PHONE", m.phone())
    d.t(", e-mail ").s("EMAIL", m.email(owner), m.masked_mail(owner)).t("\n")
    if r.random() < 0.6:
        d.t(f"{m.stamp()} {m.clock()} | udbetaling {m.amount()} stoppet af ")
        d.p(staff, "init").t("\n")
    if r.random() < 0.5:
        d.t(f"{m.stamp()} {m.clock()} | note | ejerens adresse ").s("ADDRESS", m.address())
        d.t(" uændret\n")
    if r.random() < 0.5:
        d.t(f"{m.stamp()} {m.clock()} | nøgleboks | bil ").s("NUMBER_PLATE", m.plate())
        d.t(" parkeret ved huset under rengøring\n")
    if r.random() < 0.4:
        d.t(f"{m.stamp()} {m.clock()} | bemærkning | ").p(owner, "gen")
        d.t(" konto blev ændret efter en mail om 'bekræft din udbetaling'.\n")
    fillers(d, m, r.randrange(1, 4))
    maybe_org(d, m, 0.5)


def g_mail(d: Doc, m: Maker) -> None:
    r = m.r
    guest = m.person(r.choice(("Gæst A", "Gæst B")))
    staff = m.person("Medarbejder A", staff=True)
    iban = m.iban()
    d.t("Fra: ").p(guest, "short").t(" <").s("EMAIL", m.email(guest)).t(">\n")
    d.t("Til: ").p(staff, "short").t(" <").s("EMAIL", "kundeservice@klitly.example.dk").t(">\n")
    d.t(f"Emne: Betaling for {m.house()} — er det jer?\n\n")
    d.t(
        "Hej\n\nVi har lejet et sommerhus gennem en annonce, der lignede jeres, og betalt "
        f"depositum {m.amount()} til "
    )
    d.s("IBAN", iban).t(". Udlejeren kaldte sig ")
    alias = m.person("Ejer A")
    d.p(alias, "first").t(f" fra {r.choice(ALIAS_UNITS)} og skrev fra ")
    d.s("PHONE", m.phone(r.choice(("uk", "se", "c", "+45 p"))))
    d.t(f". Nu svarer ingen, og {r.choice(FAMILY)} er bekymret.\n")
    if r.random() < 0.6:
        d.t("Min adresse er ").s("ADDRESS", m.address()).t(", hvis I skal sende noget.\n")
    if r.random() < 0.5:
        d.t("Min telefon: ").s("PHONE", m.phone()).t("\n")
    d.t("\nVenlig hilsen\n").p(guest).t("\n\n")
    d.t(f"-----\nFra: kundeservice, {m.stamp()} kl. {m.clock()}\n")
    d.t("Kære ").p(guest, "first").t(f"\nBooking {m.booking()} findes ikke hos os. ")
    d.t("Kontoen tilhører ikke Klitly Feriehuse. Anmeld sagen til politiet på 114 og kontakt ")
    d.t(f"{r.choice(BANKS)}.\n")
    fillers(d, m, r.randrange(1, 3))
    d.t("\nMed venlig hilsen\n").p(staff, r.choice(("full", "three", "init")))
    if r.random() < 0.75:
        d.t("\n", org_address(m))
    d.t("\n")


CHAT_GUEST = (
    "hej jeg har betalt for et hus i {town} men kan ikke finde bookingen",
    "annoncen sagde at jeg skulle overføre til en udenlandsk konto",
    "Er det normalt at I beder om kortnummer over chat?",
    "min svigerfar fik en sms om at bekræfte bookingen",
    "Jeg ankommer lørdag, hvor henter jeg nøglen?",
    "Det var en pæn side med jeres logo",
)
CHAT_STAFF = (
    "Tak, jeg kigger på det med det samme.",
    "Vi beder aldrig om betaling til udenlandske konti.",
    "Har du et bookingnummer?",
    "Jeg har spærret annoncen og sendt den videre til vores svindelteam.",
    "Nøgler udleveres aldrig af private; brug kun koden fra Klitly-appen.",
)


def g_chat(d: Doc, m: Maker) -> None:
    r = m.r
    guest = m.person("Gæst A")
    staff = m.person("Medarbejder A", staff=True)
    gform = "lower" if r.random() < 0.35 else r.choice(("first", "short", "full"))
    sform = r.choice(("first", "short"))
    hour, minute = r.randrange(8, 22), r.randrange(0, 40)

    def line(who: Person, form: str) -> None:
        nonlocal hour, minute
        minute += r.randrange(0, 3)
        hour, minute = hour + minute // 60, minute % 60
        d.t(f"[{hour:02d}:{minute:02d}] ").p(who, form).t(": ")

    d.t(f"Chat — Klitly Feriehuse — {m.stamp()}\n")
    line(guest, gform)
    d.t(r.choice(CHAT_GUEST).format(town=r.choice(TOWNS)[1]), "\n")
    line(staff, sform)
    d.t("Hej ").p(guest, "first").t(f"! {r.choice(CHAT_STAFF)}\n")
    line(guest, gform)
    d.t(f"ja det er {m.booking()}, jeg betalte {m.amount()}\n")
    line(staff, sform)
    d.t("Må jeg få dit telefonnummer og din e-mail?\n")
    line(guest, gform)
    d.s("PHONE", m.phone()).t(" og ").s("EMAIL", m.email(guest)).t("\n")
    extras = r.sample(range(6), r.randrange(3, 6))
    for extra in extras:
        if extra == 0:
            line(guest, gform)
            d.t("jeg betalte med kort ").s("CARD", m.card()).t(" udløb ")
            d.s("CARD_EXPIRY", m.expiry()).t(" cvc ").s("CARD_CVV", f"{r.randrange(1000):03d}")
            d.t("\n")
            line(staff, sform)
            d.t("Skriv aldrig kortoplysninger her. Spær kortet hos din bank nu.\n")
        elif extra == 1:
            line(guest, gform)
            d.t("de bad mig også om koden fra sms'en: ").s("OTP", m.otp()).t("\n")
        elif extra == 2:
            line(guest, gform)
            d.t("pengene gik til ").s("IBAN", m.iban()).t("\n")
        elif extra == 3:
            line(staff, sform)
            d.t(r.choice(CHAT_STAFF), "\n")
        elif extra == 4:
            line(guest, gform)
            d.t("min adresse er ").s("ADDRESS", m.address()).t("\n")
        else:
            line(guest, gform)
            d.t(f"{r.choice(FAMILY)} så en bil ved huset, ").s("NUMBER_PLATE", m.plate())
            d.t("\n")
    line(staff, sform)
    d.t(r.choice(CHAT_STAFF), "\n")
    if r.random() < 0.5:
        line(staff, sform)
        d.t(org_address(m).replace("\n", ", "), "\n")


def g_form(d: Doc, m: Maker) -> None:
    r = m.r
    who = m.person("Gæst A")
    d.t(f"Anmeldelse af mistænkelig annonce — modtaget {m.stamp()} kl. {m.clock()}\n")
    d.t("Navn: ").p(who, r.choice(("full", "sfirst", "three"))).t("\n")
    d.t("Adresse: ").s("ADDRESS", m.address(r.choice(("comma", "block")))).t("\n")
    d.t("Fødselsdato: ").s("DATE_OF_BIRTH", m.dob(who.birth)).t("\n")
    d.t("Telefon: ").s("PHONE", m.phone()).t("\n")
    d.t("E-mail: ").s("EMAIL", m.email(who)).t("\n")
    d.t(f"Annonce set på: {r.choice(('Facebook', 'DBA', 'Sommerhusportalen'))}\n")
    d.t(f"Beløb betalt: {m.amount()}\n")
    if r.random() < 0.6:
        d.t("Betalt med kort: ").s("CARD", m.card()).t(", udløb ").s("CARD_EXPIRY", m.expiry())
        d.t(", CVV ").s("CARD_CVV", f"{r.randrange(1000):03d}").t("\n")
    else:
        d.t("Modtagerkonto: ").s("IBAN", m.iban()).t("\n")
    if r.random() < 0.4:
        d.t("Medrejsende: ").p(m.person("Gæst B"), r.choice(("full", "hyphen", "init"))).t("\n")
    d.t("Beskrivelse: ")
    fillers(d, m, r.randrange(1, 3))
    maybe_org(d, m, 0.6)


def g_notes(d: Doc, m: Maker) -> None:
    r = m.r
    owner = m.person("Ejer A")
    staff = m.person("Medarbejder B", staff=True)
    d.t(f"Sagsnotat {m.case()} — phishing af ejerlogin\n")
    d.t("Ejer: ").p(owner, r.choice(("full", "sfirst", "three"))).t(", CPR ")
    d.s("CPR", m.cpr(owner.birth)).t("\n")
    d.t("Ejers bopæl: ").s("ADDRESS", m.address()).t("\n")
    d.t("Sommerhus: ").s("ADDRESS", m.address(r.choice(("comma", "bare"))))
    d.t(f" ({m.house()})\n")
    d.t(f"{m.stamp()}: ").p(owner, "first").t(
        " klikkede på et link i en mail fra 'Klitly Ejerportal' og oplyste sit MitID-bruger-ID "
    )
    d.s("MITID_USER", m.mitid(owner)).t(" samt koden ").s("OTP", m.otp()).t(".\n")
    d.t("Udbetalingskontoen blev ændret til ")
    if r.random() < 0.5:
        d.s("IBAN", m.iban()).t(".\n")
    else:
        reg, acct = m.account()
        d.s("BANK_ACCOUNT", f"{reg}-{acct}").t(".\n")
    d.t("Kontakt: ").s("PHONE", m.phone()).t(" / ").s("EMAIL", m.email(owner)).t("\n")
    if r.random() < 0.5:
        d.t("Ejerens tidligere e-mail ").t(m.masked_mail(owner)).t(" er spærret.\n")
    fillers(d, m, r.randrange(1, 4))
    d.t("Notat ved ").p(staff, r.choice(("init", "full"))).t("\n")
    maybe_org(d, m, 0.5)


def g_hotline(d: Doc, m: Maker) -> None:
    r = m.r
    caller = m.person(r.choice(("Gæst A", "Ejer A")))
    staff = m.person("Medarbejder A", staff=True)
    d.t(f"Opkald til svindellinjen {r.choice(ORG_LINES)} — {m.stamp()} kl. {m.clock()}\n")
    d.t("Opringer: ").p(caller, r.choice(("full", "three", "hyphen"))).t(", ")
    d.t(r.choice(("født ", "f. "))).s("DATE_OF_BIRTH", m.dob(caller.birth)).t(", tlf. ")
    d.s("PHONE", m.phone()).t("\n")
    d.t("Opringer fortæller, at ").p(caller, "gen").t(
        " konto til Klitly Ejerportal er overtaget efter et opkald fra en 'medarbejder'.\n"
    )
    if r.random() < 0.7:
        d.t("Opkaldet kom fra ").s("PHONE", m.phone(r.choice(("uk", "se", "(+45) p", "dots"))))
        d.t(", og svindleren bad om MitID-bruger-ID ").s("MITID_USER", m.mitid(caller))
        d.t(" og en engangskode, som blev læst op: ").s("OTP", m.otp()).t(".\n")
    if r.random() < 0.6:
        d.t("Opringers CPR: ").s("CPR", m.cpr(caller.birth)).t("\n")
    if r.random() < 0.5:
        d.t("Kortet ").s("CARD", m.card()).t(" (udløb ").s("CARD_EXPIRY", m.expiry())
        d.t(", kontrolcifre ").s("CARD_CVV", f"{r.randrange(1000):03d}").t(") er spærret.\n")
    if r.random() < 0.4:
        d.t("Bor på ").s("ADDRESS", m.address()).t(".\n")
    fillers(d, m, r.randrange(1, 3))
    d.t("Taget af ").p(staff, r.choice(("first", "full", "init"))).t("\n")
    maybe_org(d, m, 0.55)


def g_police(d: Doc, m: Maker) -> None:
    r = m.r
    victim = m.person("Gæst A")
    witness = m.person("Vidne 1")
    station = r.choice(ORG_SITES[7:])
    d.t(f"{station[0]}\n{station[1]}\n{station[2]} {station[3]}\n\n")
    d.t(
        f"Anmeldelse — journalnr. {r.randrange(1000, 9999)}-{r.randrange(10000, 99999)}-"
        f"{r.randrange(100, 999)}-26\n"
    )
    d.t("Anmelder: ").p(victim, "upper").t("\n")
    d.t("CPR: ").s("CPR", m.cpr(victim.birth)).t("\n")
    d.t("Adresse: ").s("ADDRESS", m.address("block")).t("\n")
    d.t("Telefon: ").s("PHONE", m.phone()).t("\n\n")
    d.t(f"Anmelder lejede via en falsk annonce et sommerhus og betalte {m.amount()} til ")
    if r.random() < 0.6:
        d.s("IBAN", m.iban())
    else:
        reg, acct = m.account()
        d.t(f"reg. {reg} konto ").s("BANK_ACCOUNT", acct)
    d.t(". Ved huset traf anmelder en mand i en bil med nummerplade ")
    d.s("NUMBER_PLATE", m.plate()).t(".\n")
    d.t("Vidne: ").p(witness, r.choice(("sfirst", "full", "hyphen"))).t(", ")
    d.s("ADDRESS", m.address(r.choice(("comma", "block")))).t(", tlf. ")
    d.s("PHONE", m.phone()).t("\n")
    if r.random() < 0.5:
        d.t("Den formodede gerningsmand kaldte sig ").p(m.person("Ejer B"), "first")
        d.t(f" fra {r.choice(ALIAS_UNITS)}.\n")
    fillers(d, m, r.randrange(1, 3))
    d.t("Modtaget af politiassistent ").p(m.person("Medarbejder B"), "init").t("\n")


def g_letter(d: Doc, m: Maker) -> None:
    r = m.r
    who = m.person(r.choice(("Gæst A", "Ejer A")))
    staff = m.person("Medarbejder A", staff=True)
    if r.random() < 0.6:
        site = r.choice(ORG_SITES[:5])
        d.t(f"{site[0]}\n{site[1]}\n{site[2]} {site[3]}\n\n")
    d.p(who, r.choice(("full", "three", "hyphen"))).t("\n")
    d.s("ADDRESS", m.address("block")).t(f"\n\n{m.stamp()}\n\n")
    d.t("Vedr.: Falsk annonce og ændret udbetalingskonto\n\nKære ").p(who, "first").t("\n\n")
    d.t("Vi har registreret, at din kontaktoplysning blev ændret til ")
    d.s("EMAIL", m.email(who)).t(" og telefon ").s("PHONE", m.phone()).t(". ")
    if r.random() < 0.5:
        d.t("Din udbetalingskonto står nu som ")
        reg, acct = m.account()
        d.s("BANK_ACCOUNT", f"{reg} {acct}").t(". ")
    d.t("Hvis det ikke var dig, så ring til os.\n")
    if r.random() < 0.4:
        d.t("Vi har også noteret cpr.nr. ").s("CPR", m.cpr(who.birth)).t(" på sagen.\n")
    fillers(d, m, r.randrange(1, 3))
    d.t("\nMed venlig hilsen\n").p(staff, r.choice(("full", "short")))
    d.t("\nKlitly Feriehuse, svindelteamet\n")
    if r.random() < 0.5:
        d.t(org_address(m), "\n")


BUILDERS = {
    "hændelseslog": g_log,
    "mailtråd": g_mail,
    "chat": g_chat,
    "formular": g_form,
    "sagsnotat": g_notes,
    "hotline": g_hotline,
    "politianmeldelse": g_police,
    "brev": g_letter,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, the last share of them pseudonymised negatives."""
    rng = random.Random(seed)
    maker = Maker(rng)
    negatives = round(size * NEGATIVES / SIZE)
    docs: list[dict] = []
    seen: set[str] = set()
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        neg = i >= size - negatives
        while True:
            doc = Doc(rng, neg)
            BUILDERS[genre](doc, maker)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append({
            "id": f"b117-{i + 1:04d}",
            "genre": genre,
            "kind": "negative" if neg else "positive",
            "text": doc.text,
            "spans": doc.spans,
        })  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind117.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
