"""A fifty-eighth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is A MUNICIPALITY'S
CONTROL UNIT (kommunens kontrolenhed) INVESTIGATING SOCIAL BENEFIT FRAUD AND IDENTITY MISUSE, in
nine genres: a tip received through the municipality's web form (anonymous or named), a
register extract note (the CPR register, BBR, the income register and the motor register
summarised in prose, names in the register's capitals "JENSEN, METTE"), an interview record
(partshøring) with "Name: ..." speaker lines, a decision letter (afgørelse) on repayment with
the citizen's address block, an e-mail between caseworkers (Fra:/Til:/Emne: and signatures with
direct lines), a note on observed addresses and cars (number plates, clock times), a bank
statement extract the citizen was asked to hand in (transfers from and to named people,
foreign IBANs, a masked card), a complaint in informal style (lower case, typos, a relative
writing for the citizen) and a handover note to the police (the suspect, the people whose
identity was misused, their MitID user IDs, codes and cards). The names are those of Danes of
all ages, Danes with roots elsewhere ("Leyla Öztürk", "Nguyen Thi Lan") and double surnames
("Bundgaard-Ravn"), the control unit's own staff among them.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kontrolmedarbejder", "borgeren",
  "anmelder", "bisidder"); "Jensen, Mette" and "JENSEN, METTE KIRSTINE" are one span; a
  genitive s belongs to it ("Mettes", "Mette Jensens"; a name ending in s, x or z is written
  without one); a lower-case name in the complaint ("birthe hansen", "kenneth") is PERSON;
  a speaker label ("Rikke Lund: ") is PERSON without its colon. Organisations, banks,
  employers, products, placeholders ("[NAVN]", "Borger A", "Sagsbehandler 1", "Anmelder") and
  family words ("min mor", "hendes kæreste") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B",
  "2. tv.", "st. th."), plus ", postcode town" on the same line or on the next line of an
  address block (line break included). A street named without a number ("ad Fasanvej mod
  centrum") is not an address. Organisations' own postal addresses (the municipality, banks,
  police districts, insurers) never occur: letterheads and signatures name only the
  organisation, its 70/80 line and its web site, because whether such an address counts as
  personal data is an open question of the project.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født ", "f. " or "Fødselsdato: ";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from the MOBILE and LANDLINE leads (70 and 80 never
  occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). A
  caseworker's direct line is PHONE; an organisation's line (ORG_LINES, all 70/80 numbers)
  and the police's 114 never are.
- EMAIL: every e-mail address (all on example.dk or example.com), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678",
  "reg. 1234 konto 12345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits straight after "CVV ", "cvc ", "CVC " or "kontrolcifre ". OTP: a one-time
  code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). No passport or licence numbers occur.
- Hard negatives, never labelled: amounts ("38.412,00 kr.", "kr. 4.312,50"), dates and clock
  times ("14.03.2026", "05.01.26", "kl. 06.40", "2026-03-04 09:14"), the control unit's case
  numbers ("KE-2026-04817"), journal numbers ("j.nr. 26/18342"), police journal numbers
  ("1200-80123-00456-26"), transaction IDs ("Ref. 7K2Q-88412-B"), SWIFT/BIC codes, CVR
  numbers ("CVR-nr. 31245780"), masked values ("120365-xxxx", "+45 ** ** ** 31",
  "m***@example.dk", "**** **** **** 1881", "******4417", "DK71XXXXXXXXXX0932"), the
  organisations' lines, municipalities, banks, employers, streets without a number and family
  words. Documents of kind "negative" are the same genres after pseudonymisation: only
  stand-ins ("[NAVN]", "[CPR]", "[TLF]"), pseudonyms (PSEUDONYMS) and such non-personal values
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind57 [OUT.jsonl]`` writes the set (by default
bench/data/pii_blind57.jsonl); ``generate()`` returns it. The generator is seeded from the
string "pii_blind57"; ``generate(seed=n)`` gives another, equally seeded set.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind57"
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind57.jsonl"

GENRES = (
    "tip_webformular",
    "registernotat",
    "partshoering",
    "afgoerelse",
    "mail_sagsbehandlere",
    "observationsnotat",
    "kontoudtog",
    "klage_paaroerende",
    "overdragelse_politi",
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

WOMEN = (
    "Ingeborg", "Solveig", "Kirsten", "Bodil", "Hanne", "Lone", "Pernille", "Tina", "Signe",
    "Maja", "Freja", "Nanna", "Astrid", "Vibeke", "Birthe", "Gitte", "Rikke", "Camilla",
    "Sofie", "Karoline", "Dorthe", "Merete", "Ulla", "Aya", "Fatima", "Leyla", "Amina",
    "Zeynep", "Agnieszka", "Olena", "Sahra", "Yasmin", "Marta", "Lan",
)  # fmt: skip
MEN = (
    "Poul", "Erling", "Knud", "Bent", "Jørgen", "Henrik", "Torben", "Jesper", "Kasper",
    "Mads", "Rasmus", "Emil", "Magnus", "Anders", "Søren", "Ole", "Frederik", "Niels",
    "Kenneth", "Brian", "Villads", "Ahmad", "Hassan", "Mustafa", "Omar", "Kemal", "Tomasz",
    "Piotr", "Dmytro", "Abdi", "Bilal", "Minh", "Arne",
)  # fmt: skip
MIDDLE = ("Marie", "Kirstine", "Louise", "Helene", "Juul", "Bach", "Skov", "Emil", "Peter")
SURNAMES = (
    "Kjeldsen", "Thygesen", "Bundgaard", "Nørgaard", "Lykke", "Frandsen", "Damgaard",
    "Overgaard", "Skovbo", "Vestergaard", "Brandt", "Mikkelsen", "Jeppesen", "Juhl", "Lund",
    "Krogh", "Dalsgaard", "Ravn", "Højer", "Bech", "Aagaard", "Kragh", "Sommer", "Toft",
    "Yilmaz", "Öztürk", "Hussein", "Farah", "Nowak", "Kowalczyk", "Kovalenko", "Ali", "Demir",
    "Ahmadi", "Khan", "Nguyen", "Pham", "Warsame",
)  # fmt: skip
DANISH_SURNAMES = SURNAMES[:24]
STREETS = (
    "Kastanievej", "Ryesgade", "Bakkedraget", "Skolestien", "Møllebakken", "Fasanvej",
    "Tranevænget", "Hybenhaven", "Kirkestræde", "Vinkelvej", "Egeskovvej", "Lindealle",
    "Banegårdsgade", "Grønnegade", "Søndre Ringvej", "Gammel Landevej", "Rosenhaven",
    "Ahornvej", "Præstemarken", "Syrenvej", "Kløvermarken", "Nørre Allé", "Humlebakken",
    "Vibevej", "Smedegade",
)  # fmt: skip
TOWNS = (
    ("4700", "Næstved"), ("7100", "Vejle"), ("8800", "Viborg"), ("6400", "Sønderborg"),
    ("4200", "Slagelse"), ("9800", "Hjørring"), ("7400", "Herning"), ("5700", "Svendborg"),
    ("3400", "Hillerød"), ("8600", "Silkeborg"), ("6100", "Haderslev"), ("4300", "Holbæk"),
    ("7500", "Holstebro"), ("9900", "Frederikshavn"), ("4900", "Nakskov"), ("8900", "Randers"),
    ("2630", "Taastrup"), ("2650", "Hvidovre"), ("8260", "Viby J"), ("5260", "Odense S"),
)  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "26", "28", "29", "30", "31", "40", "42", "50", "51", "52", "53",
          "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "36", "38", "39", "43", "44", "46", "48", "49", "54", "55", "56",
            "57", "58", "62", "64", "65", "66", "72", "74", "75", "76", "86", "87", "89", "96",
            "97", "98", "99")  # fmt: skip
TEST_PREFIXES = ("4111111", "4012888", "5555555", "5105105", "2223000", "378282", "371449")
IBAN_LENGTH = {"DK": 18, "DE": 22, "PL": 28, "LT": 20, "SE": 24, "NO": 15, "GB": 22, "RO": 24,
               "TR": 26, "NL": 18}  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"

# (name, web site, its own 70/80 line)
MUNICIPALITIES = (
    ("Lyngså Kommune", "lyngsaa.example.dk", "70 27 41 90"),
    ("Tornby Kommune", "tornby.example.dk", "70 15 62 00"),
    ("Hedeby Kommune", "hedeby.example.dk", "70 33 18 40"),
    ("Sønderå Kommune", "sondera.example.dk", "70 26 55 10"),
    ("Kvistrup Kommune", "kvistrup.example.dk", "70 14 90 90"),
)
SNITCH_LINES = ("80 20 11 44", "80 30 71 71")
# (name, BIC, line, web site, reg.nr.)
BANKS = (
    ("Fjordbanken", "FJBKDKKK", "70 11 22 33", "fjordbanken.example.dk", "7612"),
    ("Andelskassen Vestkyst", "ANVKDK22", "70 44 10 20", "andelskassen.example.dk", "5371"),
    ("Nordlys Bank", "NRLYDKKK", "70 12 34 70", "nordlys.example.dk", "9280"),
    ("Sparekassen Egnen", "SPEGDK21", "70 80 90 15", "egnen.example.dk", "0614"),
)
POLICE = ("Vestegnens Politi", "Kystens Politi", "Midtlandets Politi", "Nordhavets Politi")
INSURERS = ("Trygvang Forsikring", "Hjemsikring A/S")
COMPANIES = (
    "Tornby Vognmandsforretning ApS", "Egnens Rengøring I/S", "Hjem & Have Service ApS",
    "Nordvest Byg A/S", "Fjordens Pizza ApS", "Lagerhuset Syd A/S",
)  # fmt: skip
PRODUCTS = ("MobilePay", "Dankort", "e-Boks", "Digital Post", "MitID-appen")
ORG_LINES = tuple(m[2] for m in MUNICIPALITIES) + SNITCH_LINES + tuple(b[2] for b in BANKS)
PSEUDONYMS = (
    "Borger A", "Borger B", "Anmelder", "Pårørende A", "Sagsbehandler 1", "Sagsbehandler 2",
    "Vidne 1", "Person C",
)  # fmt: skip
CASEWORKER_TITLES = ("kontrolmedarbejder", "sagsbehandler", "specialkonsulent", "teamleder")
CARS = ("grå Skoda Octavia", "sort VW Passat", "hvid Toyota Yaris", "blå Ford Focus",
        "rød Kia Ceed", "sølv Peugeot 308", "sort Audi A4", "hvid Citroën Berlingo")  # fmt: skip
BENEFITS = ("kontanthjælp", "boligstøtte", "ekstra børnetilskud", "enkeltydelse",
            "uddannelseshjælp", "førtidspension", "sygedagpenge")  # fmt: skip

ASCII = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ö": "o", "ü": "u", "é": "e", " ": "", "-": "."}
)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def spaced(d: str) -> str:
    return " ".join(d[i : i + 2] for i in range(0, 8, 2))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def iban_check(cc: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(numeric) % 97:02d}{bban}"


def amount(rng: random.Random, low: int, high: int) -> str:
    kroner, ore = rng.randint(low, high), rng.choice((0, 0, 50, 25, 75, 95))
    text = f"{kroner:,}".replace(",", ".") + f",{ore:02d}"
    return rng.choice((f"{text} kr.", f"kr. {text}"))


@dataclass
class Person:
    first: str
    last: str
    middle: str
    born: date
    alias: str
    woman: bool = False
    cpr: str = ""
    phone: str = ""
    mail: str = ""
    street: str = ""
    number: str = ""
    floor: str = ""
    town: tuple[str, str] = ("", "")
    plate: str = ""
    account: tuple[str, str] = ("", "")
    extra: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        if self.last in ("Nguyen", "Pham"):
            return f"{self.last} {self.middle or 'Thi'} {self.first}"
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"


class Writer:
    """Text and spans built together; in a negative document each value becomes a stand-in."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng, self.neg, self.parts, self.spans, self.pos = rng, neg, [], [], 0

    def __call__(self, *parts: str) -> Writer:
        for part in parts:
            self.parts.append(part)
            self.pos += len(part)
        return self

    def lab(self, kind: str, value: str, stand_in: str) -> Writer:
        if self.neg:
            return self(stand_in)
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "type": kind})
        return self(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # --- values -------------------------------------------------------------------------
    def name(self, p: Person, form: str = "full") -> Writer:
        value = name_as(
            p, "genitive_first" if form == "genitive" and self.rng.random() < 0.5 else form
        )
        alias = p.alias
        if form == "genitive":
            alias += "'s"
        elif self.rng.random() < 0.15:
            alias = "[NAVN]"
        return self.lab("PERSON", value, alias)

    def addr(self, p: Person, layout: str = "line") -> Writer:
        street = f"{p.street} {p.number}" + (f", {p.floor}" if p.floor else "")
        if layout == "block":
            value = f"{street}\n{p.town[0]} {p.town[1]}"
        elif layout == "line":
            value = f"{street}, {p.town[0]} {p.town[1]}"
        else:
            value = street
        return self.lab("ADDRESS", value, "[ADRESSE]" if layout != "block" else "[ADRESSE]\n[BY]")

    def cpr(self, p: Person) -> Writer:
        d = p.cpr
        form = self.rng.randrange(4)
        value = (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        masked = self.rng.choice(("[CPR]", f"{d[:6]}-xxxx"))
        return self.lab("CPR", value[form], masked)

    def dob(self, p: Person) -> Writer:
        b = p.born
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return self.lab("DATE_OF_BIRTH", value, "[fødselsdato]")

    def phone(self, p: Person | str) -> Writer:
        d = p.phone if isinstance(p, Person) else p
        if d.startswith("+"):
            value = d
        else:
            value = self.rng.choice(
                (
                    f"+45 {d}",
                    f"+45 {spaced(d)}",
                    f"+45 {d[:4]} {d[4:]}",
                    f"{d[:4]} {d[4:]}",
                    f"(+45) {spaced(d)}",
                    f"0045 {d}",
                    spaced(d),
                    d,
                    f"+45{d}",
                    spaced(d).replace(" ", "."),
                )
            )
        masked = self.rng.choice(("[TLF]", f"+45 ** ** ** {d[-2:]}"))
        return self.lab("PHONE", value, masked)

    def mail(self, p: Person | str) -> Writer:
        value = p.mail if isinstance(p, Person) else p
        masked = self.rng.choice(("[e-mail]", masked_mail(value)))
        return self.lab("EMAIL", value, masked)

    def account(self, p: Person, form: int | None = None) -> Writer:
        reg, acct = p.account
        form = self.rng.randrange(4) if form is None else form
        stand_in = self.rng.choice(("[kontonr.]", f"******{acct[-4:]}"))
        if form == 0:
            return self.lab("BANK_ACCOUNT", f"{reg}-{acct}", stand_in)
        if form == 1:
            return self.lab("BANK_ACCOUNT", f"{reg} {acct}", stand_in)
        if form == 2:
            self(f"reg.nr. {reg}, kontonr. ")
            return self.lab("BANK_ACCOUNT", acct, stand_in)
        self(f"reg. {reg} konto ")
        return self.lab("BANK_ACCOUNT", acct.lstrip("0") or acct, stand_in)

    def iban(self, compact: str) -> Writer:
        value = grouped(compact) if self.rng.random() < 0.6 else compact
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return self.lab("IBAN", value, masked)

    def card(self, compact: str) -> Writer:
        value = grouped(compact) if self.rng.random() < 0.6 else compact
        masked = self.rng.choice((f"**** **** **** {compact[-4:]}", f"******{compact[-4:]}"))
        return self.lab("CARD", value, masked)

    def expiry(self) -> Writer:
        m, y = self.rng.randint(1, 12), self.rng.randint(26, 31)
        value = f"{m:02d}/{y}" if self.rng.random() < 0.7 else f"{m:02d}/20{y}"
        return self.lab("CARD_EXPIRY", value, "[udløb]")

    def cvv(self, cue: str | None = None) -> Writer:
        self(cue or self.rng.choice(("CVV", "cvc", "CVC", "kontrolcifre")), " ")
        return self.lab("CARD_CVV", f"{self.rng.randrange(1000):03d}", "***")

    def otp(self) -> Writer:
        n = self.rng.choice((6, 6, 6, 8))
        return self.lab("OTP", f"{self.rng.randrange(10**n):0{n}d}", "[kode]")

    def mitid(self, p: Person) -> Writer:
        return self.lab("MITID_USER", p.extra["mitid"], "[bruger-id]")

    def plate(self, p: Person | str) -> Writer:
        value = p.plate if isinstance(p, Person) else p
        if self.rng.random() < 0.25:
            value = value.replace(" ", "")
        return self.lab("NUMBER_PLATE", value, "[nummerplade]")


def masked_mail(value: str) -> str:
    local, domain = value.split("@")
    return f"{local[0]}***@{domain}"


def name_as(p: Person, form: str) -> str:
    if form == "first":
        return p.first
    if form == "short":
        return p.short
    if form == "surname_first":
        return f"{p.last}, {p.first}"
    if form == "register":
        first = f"{p.first} {p.middle}" if p.middle else p.first
        return f"{p.last}, {first}".upper()
    if form == "upper":
        return p.short.upper()
    if form == "lower":
        return p.short.lower()
    if form == "lower_first":
        return p.first.lower()
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form.startswith("genitive"):
        base = p.short if p.last[-1] not in "sxz" and form == "genitive" else p.first
        return base if base[-1] in "sxz" else base + "s"
    return p.full


class Cast:
    """The people of one document, each with a pseudonym for the negative version."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def person(
        self, alias: str, young: bool = False, staff: bool = False, woman: bool | None = None
    ) -> Person:
        rng = self.rng
        sex = woman
        while True:
            woman = rng.random() < 0.5 if sex is None else sex
            first = rng.choice(WOMEN if woman else MEN)
            last = rng.choice(DANISH_SURNAMES if staff and rng.random() < 0.7 else SURNAMES)
            if rng.random() < 0.22:
                last = f"{rng.choice(DANISH_SURNAMES)}-{rng.choice(DANISH_SURNAMES)}"
                if last.split("-")[0] == last.split("-")[1]:
                    continue
            middle = rng.choice(MIDDLE) if rng.random() < 0.2 else ""
            if last in ("Nguyen", "Pham"):
                first = rng.choice(("Lan", "Hoa", "Mai") if woman else ("Minh", "Tuan", "Duc"))
                middle = "Thi" if woman else "Van"
            if first not in self.used and last not in self.used:
                break
        self.used.update({first, last})
        if young:
            born = date(2000, 1, 1) + timedelta(days=rng.randrange(6 * 365 + 1))
        else:
            born = date(1938, 1, 1) + timedelta(days=rng.randrange(62 * 365))
        p = Person(first, last, middle, born, alias, woman)
        p.cpr = make_cpr(rng, born)
        p.phone = make_phone(rng)
        local = rng.choice(
            (
                f"{first}.{last}",
                f"{first}{born:%y}",
                f"{first[0]}{last}",
                f"{first}.{last[0]}",
                f"{first}_{born.year}",
            )
        )
        domain = "example.dk" if staff or rng.random() < 0.6 else "example.com"
        p.mail = f"{local.lower().translate(ASCII)}@{domain}"
        p.street = rng.choice(STREETS)
        p.number = f"{rng.randint(1, 148)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
        p.floor = rng.choice(("", "", "", "st. th.", "st. tv.", "1. tv.", "2. th.", "3. mf."))
        p.town = rng.choice(TOWNS)
        p.plate = (
            f"{rng.choice(PLATE_LETTERS)}{rng.choice(PLATE_LETTERS)} "
            f"{rng.randint(10, 99)} {rng.randint(100, 999)}"
        )
        p.account = (rng.choice(BANKS)[4], make_account(rng))
        user = f"{first[:5]}{last.split('-')[0][:4]}".lower().translate(ASCII)
        p.extra["mitid"] = user + rng.choice((f"{born:%y}", str(born.year)))
        return p


def make_cpr(rng: random.Random, born: date) -> str:
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        digits = f"{born:%d%m%y}{seventh}{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def make_phone(rng: random.Random) -> str:
    lead = rng.choice(MOBILE if rng.random() < 0.75 else LANDLINE)
    return lead + f"{rng.randrange(10**6):06d}"


def foreign_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    return f"+46 70 174 06 {rng.randint(5, 99):02d}"


def make_account(rng: random.Random) -> str:
    n = rng.choice((7, 8, 10, 10))
    low = 10 ** (min(n, 9) - 1)
    return f"{rng.randrange(low, 10 * low)}".zfill(n)


def make_iban(rng: random.Random, cc: str | None = None) -> str:
    cc = cc or rng.choice(tuple(IBAN_LENGTH))
    digits = IBAN_LENGTH[cc] - 4

    def num(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    if cc in ("GB", "NL", "RO"):
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4))
        bban = letters + num(digits - 4)
    elif cc == "TR":
        bban = num(5) + "0" + num(digits - 6)
    else:
        bban = num(digits)
    return iban_check(cc, bban)


def make_card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


@dataclass
class Ctx:
    rng: random.Random
    muni: tuple[str, str, str]
    case: str
    day: date
    staff: Person
    staff2: Person

    def date(self, back: int = 0) -> str:
        return f"{self.day - timedelta(days=back):%d.%m.%Y}"

    def time(self) -> str:
        return f"{self.rng.randint(6, 22):02d}.{self.rng.randrange(60):02d}"


def new_ctx(rng: random.Random, cast: Cast) -> Ctx:
    staff = cast.person("Sagsbehandler 1", staff=True)
    staff2 = cast.person("Sagsbehandler 2", staff=True)
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    case = f"KE-2026-{rng.randrange(10000, 99999)}"
    return Ctx(rng, rng.choice(MUNICIPALITIES), case, day, staff, staff2)


def signature(w: Writer, x: Ctx, p: Person, title: str) -> None:
    w("\n\nVenlig hilsen\n").name(p)(f"\n{title.capitalize()}, Kontrolenheden\n{x.muni[0]}\n")
    w("Direkte: ").phone(p)("\nE-mail: ").mail(p)(f"\nHovednummer {x.muni[2]} · {x.muni[1]}\n")


# --- genres ---------------------------------------------------------------------------------
def tip(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sub = cast.person("Borger A")
    mate = cast.person("Borger B", woman=False)
    w(f"{x.muni[0]} · Kontrolenheden\nTip om socialt bedrageri via {x.muni[1]}/snyd\n")
    w(f"Modtaget: {x.date()} kl. {x.time()}   Sagsnr.: {x.case}\n\n")
    if rng.random() < 0.5:
        w("Anmelder: ønsker at være anonym (kvittering ikke sendt)\n")
    else:
        tipper = cast.person("Anmelder")
        w("Anmelder: ").name(tipper, rng.choice(("full", "short", "surname_first")))
        w("\nTelefon: ").phone(tipper if rng.random() < 0.8 else foreign_phone(rng))
        w("\nE-mail: ").mail(tipper)
        w(f"\nKvittering sendt til {masked_mail(tipper.mail)}\n")
    w("\nHvem handler tippet om?\nNavn: ").name(sub, rng.choice(("full", "short")))
    w("\nAdresse: ").addr(sub, "line")
    if rng.random() < 0.5:
        w("\nTelefon (hvis kendt): ").phone(sub)
    if rng.random() < 0.3:
        w("\nAlder: ca. ", str(2026 - sub.born.year), " år")
    w(f"\nHvilken ydelse: {rng.choice(BENEFITS)}\n\nBeskriv, hvad du har set:\n")
    benefit = rng.choice(BENEFITS)
    lines = [
        lambda: (
            w(f"{'Hun' if sub.woman else 'Han'} får {benefit} som enlig, men ")
            .name(mate, "short")(" bor der reelt fast. Bilen ")
            .plate(mate)(f" ({rng.choice(CARS)}) holder foran hver nat.")
        ),
        lambda: (
            w("Det er ")
            .name(mate, "genitive")(" bil der står der, og han har sin post på ")
            .addr(mate, "line")(", men bor der ikke.")
        ),
        lambda: w("Jeg har set ").name(sub, "first")(
            f" arbejde sort hos {rng.choice(COMPANIES)} flere gange om ugen."
        ),
        lambda: (
            w("Der sælges ting på nettet, og man skal betale via MobilePay til ")
            .phone(sub)(" eller overføre til ")
            .account(sub)(".")
        ),
        lambda: (
            w("Min nabo ")
            .name(mate, "full")(" siger at nogen har brugt hans MitID (bruger-id ")
            .mitid(mate)(") til at søge om ydelser i hans navn. Han fik en sms med koden ")
            .otp()(" som han læste op for en der ringede.")
        ),
        lambda: (
            w("De betaler husleje med kortet ")
            .card(make_card(rng))(", udløb ")
            .expiry()(" og ")
            .cvv()(", som han selv har skrevet i en Facebook-gruppe.")
        ),
        lambda: w(f"Det har stået på siden {x.date(rng.randint(90, 400))}, og jeg er træt af det."),
        lambda: w("Han kører rundt i ").plate(mate)(" selvom han siger han ikke har bil."),
        lambda: w(
            f"Hele opgangen ved det. Kontakt mig gerne, men ikke før kl. {x.time()}. "
            f"Jeg har også ringet til jeres snydtelefon {rng.choice(SNITCH_LINES)}."
        ),
    ]
    for i, line in enumerate(rng.sample(lines, rng.randint(3, 5))):
        w(" " if i else "")
        line()
    w("\n")


def register(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sub = cast.person("Borger A")
    mate = cast.person("Borger B")
    kid = cast.person("Person C", young=True)
    w(f"Notat: registersamkøring, sag {x.case}\nUdarbejdet {x.date()} af ")
    w.name(x.staff, rng.choice(("short", "initial", "full")))(f", {rng.choice(CASEWORKER_TITLES)}")
    w("\n\n1. CPR-registeret\n").name(sub, "register")(", CPR-nr. ").cpr(sub)
    w(", født ").dob(sub)(". Tilmeldt ").addr(sub, "line")(f" fra {x.date(rng.randint(200, 900))}")
    w(". På adressen er også tilmeldt ").name(kid, rng.choice(("register", "full")))
    w(" (CPR ").cpr(kid)(", f. ").dob(kid)(").")
    w(" Ingen ægtefælle eller samlever registreret.\n\n2. Motorregistret\n")
    w("Køretøjet ").plate(mate)(f" ({rng.choice(CARS)}) er registreret til ")
    w.name(mate, rng.choice(("register", "short", "surname_first")))(", CPR ").cpr(mate)
    w(", tilmeldt ").addr(mate, "line")(". ")
    w.name(mate, "genitive")(" bil er ifølge vores observationer parkeret ved ")
    w.addr(sub, "street")(" de fleste nætter.\n\n3. BBR\n")
    w(f"Boligen er registreret med {rng.randint(48, 180)} m² og {rng.randint(2, 6)} værelser.")
    if rng.random() < 0.5:
        owner = cast.person("Vidne 1")
        w(" Ejer: ").name(owner, rng.choice(("register", "short")))(", ").addr(owner, "line")(".")
    w("\n\n4. Indkomstregistret (eIndkomst)\n")
    w.name(mate, rng.choice(("short", "initial")))(f" har lønindkomst fra {rng.choice(COMPANIES)} ")
    w(f"(CVR-nr. {rng.randrange(10**7, 10**8)}), i alt {amount(rng, 40000, 310000)}")
    w(f" i perioden. Borgeren har modtaget {rng.choice(BENEFITS)} på {amount(rng, 3000, 16000)}")
    w(" om måneden til NemKonto ").account(sub)(".\n\nVurdering: ")
    w(rng.choice(("Der er grundlag for partshøring.", "Sagen sendes til partshøring.")))
    w(f" Jf. j.nr. 26/{rng.randrange(10000, 99999)}.\n")


def interview(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sub = cast.person("Borger A", woman=True)
    helper = cast.person("Pårørende A")
    mate = cast.person("Borger B", woman=False)
    sn = rng.choice(("short", "full"))
    w(f"Referat af partshøring, sag {x.case}\nDato: {x.date()} kl. {x.time()}, ")
    w(f"rådhuset, mødelokale {rng.randint(1, 9)}\nTil stede: ").name(x.staff, "short")(
        " (kontrolmedarbejder), "
    )
    w.name(helper, "short")(" (bisidder) og borgeren ").name(sub, "full")
    w("\nBorger: ").name(sub, "surname_first")(", Fødselsdato: ").dob(sub)(", CPR-nr. ").cpr(sub)
    w(", tlf. ").phone(sub)("\n\n")
    me, you = name_as(x.staff, "short"), name_as(sub, sn)

    def say(p: Person, form: str) -> Writer:
        return w.name(p, form)(": ")

    turns = [
        lambda: say(x.staff, "short")(
            "Vi har fået oplysninger om, at du bor sammen med en anden. Hvem ejer bilen "
        ).plate(mate)("?\n"),
        lambda: (
            say(sub, sn)("Det er ")
            .name(mate, "genitive")(" bil. Han bor på ")
            .addr(mate, "line")(", han kommer bare og henter børnene.\n")
        ),
        lambda: say(x.staff, "short")(
            "Vi kan se overførsler fra ham til din konto hver måned. Hvad er de til?\n"
        ),
        lambda: say(sub, sn)(f"Det er lån. Han har overført {amount(rng, 500, 6000)} til ").account(
            sub
        )(" fordi jeg manglede til husleje.\n"),
        lambda: (
            say(sub, sn)("Nogen har søgt i mit navn. Min fætter hjalp mig, og jeg gav ham mit ")(
                "bruger-id "
            )
            .mitid(sub)(" og koden ")
            .otp()(" fra appen.\n")
        ),
        lambda: (
            say(helper, "short")("Hun har også fået brugt sit kort ")
            .card(make_card(rng))(", udløb ")
            .expiry()(", ")
            .cvv("kontrolcifre")(". Det er anmeldt.\n")
        ),
        lambda: say(x.staff, "short")(
            "Du har ret til at se sagens akter. Du kan skrive til mig på "
        ).mail(x.staff)(".\n"),
        lambda: (
            say(sub, sn)("Jeg har en ny mail, ").mail(sub)(", og nyt nummer, ").phone(sub)(".\n")
        ),
    ]
    chosen = [0, *rng.sample(range(1, len(turns)), rng.randint(3, 6))]
    for i in sorted(chosen):
        turns[i]()
    w(f"\nReferatet er læst op og godkendt kl. {x.time()} ({len(me) + len(you)} min.).")
    w("\nReferent: ").name(x.staff, "initial")("\n")


def decision(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sub = cast.person("Borger A")
    benefit = rng.choice(BENEFITS)
    w(f"{x.muni[0]}\nKontrolenheden\nTlf. {x.muni[2]} · {x.muni[1]}\n\n")
    w.name(sub, rng.choice(("full", "short", "upper")))("\n").addr(sub, "block")
    w("\n\nCPR-nr.: ").cpr(sub)(f"\nSagsnr.: {x.case}\nDato: {x.date()}\n\n")
    w(f"Afgørelse om tilbagebetaling af {benefit}\n\nKære ").name(sub, "short")("\n\n")
    w(f"Vi har truffet afgørelse om, at du skal betale {amount(rng, 4000, 180000)} tilbage for ")
    w(f"perioden {x.date(rng.randint(300, 700))} til {x.date(rng.randint(10, 60))}. ")
    w("Vi lægger vægt på, at ")
    mate = cast.person("Borger B", woman=False)
    w.name(mate, rng.choice(("short", "full")))(" efter vores oplysninger har boet hos dig, og at ")
    w.name(mate, "genitive")(" bil ").plate(mate)(" er set ved ").addr(sub, "street")
    w(f" {rng.randint(12, 40)} gange. ")
    if rng.random() < 0.5:
        w("Han har selv oplyst adressen ").addr(mate, "line")(", men ifølge BBR er boligen ")
        w("et sommerhus uden helårsret.")
    w(f"\n\nBeløbet modregnes i dine fremtidige ydelser med {amount(rng, 300, 1500)} om ")
    w("måneden, eller du kan betale via Digital Post. Fremtidige ydelser udbetales til din ")
    w("NemKonto ").account(sub)(".\n\nDu kan klage inden 4 uger. Har du spørgsmål, så ring på ")
    w(f"{x.muni[2]}")
    if rng.random() < 0.6:
        w(" eller skriv til ").mail(x.staff)
    w(".\n\nMed venlig hilsen\n\n").name(x.staff, "short")
    w(f"\n{rng.choice(CASEWORKER_TITLES).capitalize()}\n")


def caseworker_mail(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sub = cast.person("Borger A", woman=True)
    other = cast.person("Borger B")
    day = x.day
    w("Fra: ").name(x.staff, "short")(" <").mail(x.staff)(">\nTil: ").name(x.staff2, "short")
    w(" <").mail(x.staff2)(">\n")
    if rng.random() < 0.4:
        cc = cast.person("Vidne 1", staff=True)
        w("Cc: ").mail(cc)("\n")
    w(f"Dato: {day:%Y-%m-%d} {x.time().replace('.', ':')}\nEmne: SV: {x.case} ")
    w.name(sub, "surname_first")("\n\nHej ").name(x.staff2, "first")("\n\n")
    parts = [
        lambda: (
            w("Jeg har kigget på ")
            .name(sub, "genitive")(f" sag. Hun har fået {rng.choice(BENEFITS)} siden ")(
                f"{x.date(rng.randint(200, 800))}, men "
            )
            .name(other, rng.choice(("short", "initial")))(" (CPR ")
            .cpr(other)(") har samme adresse som hende hele tiden, ")
            .addr(sub, "line")(".\n")
        ),
        lambda: (
            w("Banken har sendt kontoudtog for ")
            .account(sub)(". Der er faste overførsler til ")
            .iban(make_iban(rng))(f" på {amount(rng, 1000, 9000)} hver måned.\n")
        ),
        lambda: (
            w("Kan du slå ")
            .plate(other)(" op i Motorregistret? Jeg tror den er ")
            .name(other, "genitive")(".\n")
        ),
        lambda: (
            w("Hun ringede i går fra ")
            .phone(sub)(" og sagde, at hun er blevet udsat for identitetstyveri: nogen har brugt ")(
                "hendes MitID "
            )
            .mitid(sub)(".\n")
        ),
        lambda: (
            w("Anmelderen (")
            .name(cast.person("Anmelder"), "short")(") har skrevet igen fra ")
            .mail(cast.person("Vidne 1"))(". Jeg svarer ikke før vi har partshørt.\n")
        ),
        lambda: w(
            "Mødet er flyttet til kl. ",
            x.time(),
            f". Jf. j.nr. 26/{rng.randrange(10000, 99999)}.\n",
        ),
    ]
    for i in sorted(rng.sample(range(len(parts)), rng.randint(2, 4))):
        parts[i]()
    signature(w, x, x.staff, rng.choice(CASEWORKER_TITLES))
    if rng.random() < 0.5:
        w("\n-----Oprindelig meddelelse-----\nFra: ").name(x.staff2, "surname_first")
        w(f"\nSendt: {x.date(1)} kl. {x.time()}\nEmne: {x.case}\n\n")
        w("Har du set, at ").name(sub, rng.choice(("upper", "short", "initial")))
        w(" har fået ny adresse? Det er ").addr(sub, "line")(". Ring på ").phone(x.staff2)(".\n")


def observation(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sub = cast.person("Borger A")
    mate = cast.person("Borger B")
    w(f"Observationsnotat, sag {x.case}\nObservation foretaget af ").name(x.staff, "short")(" og ")
    w.name(x.staff2, rng.choice(("short", "initial")))(f"\nDato: {x.date()}\n\n")
    times = sorted(x.time() for _ in range(5))
    entries = [
        lambda t: (
            w(f"Kl. {t}: ")
            .plate(mate)(f" ({rng.choice(CARS)}) holder foran ")
            .addr(sub, rng.choice(("street", "line")))("; motorhjelmen er kold.\n")
        ),
        lambda t: w(f"Kl. {t}: ").name(mate, rng.choice(("short", "first", "initial")))(
            " kommer ud af opgangen med "
        )("børnene og kører ad ")(f"{rng.choice(STREETS)} mod centrum.\n"),
        lambda t: (
            w(f"Kl. {t}: Bilen er registreret til ")
            .name(mate, rng.choice(("short", "surname_first")))(", ")
            .addr(mate, "line")(", hvor der ifølge postkassen også bor ")
            .name(cast.person("Vidne 1"), "full")(".\n")
        ),
        lambda t: w(f"Kl. {t}: En anden bil, ").plate(cast.person("Person C"))(
            ", parkerer bag den første. Føreren ikke identificeret.\n"
        ),
        lambda t: (
            w(f"Kl. {t}: ")
            .name(sub, "short")(" og ")
            .name(mate, "first")(" går sammen til bilen. Der er to navne på dørskiltet.\n")
        ),
        lambda t: (
            w(f"Kl. {t}: Naboen ")
            .name(cast.person("Vidne 1"), "short")(" (tlf. ")
            .phone(cast.person("Person C"))(") fortæller at ")
            .name(mate, "first")(" har boet der siden sommer.\n")
        ),
    ]
    for t, i in zip(times, sorted(rng.sample(range(len(entries)), 4)), strict=False):
        entries[i](t)
    w("\nFotos gemt under sagen. ").name(x.staff, "initial")("\n")


def statement(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    bank = rng.choice(BANKS)
    sub = cast.person("Borger A")
    sub.account = (bank[4], sub.account[1].zfill(10))
    iban = iban_check("DK", sub.account[0] + sub.account[1])
    w(f"{bank[0]} · Tlf. {bank[2]} · {bank[3]}\n")
    w(f"Kontoudtog (uddrag), udleveret efter anmodning fra {x.muni[0]}, sag {x.case}\n")
    w("Kontohaver: ").name(sub, rng.choice(("full", "upper", "surname_first")))("\n")
    w("Konto: ").account(sub, rng.randrange(2))("   IBAN: ").iban(iban)(f"   BIC: {bank[1]}\n")
    w(f"Periode: {x.date(90)} - {x.date()}\n\nDato      Tekst / Ref.                       Beløb\n")
    rows = []
    for _ in range(rng.randint(5, 8)):
        back = rng.randint(1, 89)
        rows.append((back, rng.randrange(6)))
    balance = rng.randint(1000, 20000)
    for back, kind in sorted(rows, reverse=True):
        d = x.day - timedelta(days=back)
        code = f"{rng.randint(1, 9)}{rng.choice('KQXZ')}{rng.randint(1, 9)}Q"
        ref = f"Ref. {code}-{rng.randrange(10000, 99999)}-B"
        w(f"{d:%d.%m.%y}  ")
        if kind == 0:
            w("Overførsel fra ").name(cast.person("Borger B"), rng.choice(("short", "upper")))
        elif kind == 1:
            w("MobilePay ").name(cast.person("Person C"), rng.choice(("short", "first", "upper")))
        elif kind == 2:
            w("Udland til ").iban(make_iban(rng))
        elif kind == 3:
            w(f"Dankort-køb {rng.choice(('Netto', 'Rema 1000', 'Circle K', 'Fakta'))}")
            w(f" kort **** **** **** {rng.randrange(1000, 9999)}")
        elif kind == 4:
            w(f"Løn {rng.choice(COMPANIES)}")
        else:
            w(f"{x.muni[0]} {rng.choice(BENEFITS)}")
        w(f"  {ref}  {amount(rng, 50, 9000)}\n")
        balance += rng.randint(-800, 800)
    w(f"\nSaldo pr. {x.date()}: {amount(rng, 100, 40000)}\n")
    if rng.random() < 0.5:
        contact = cast.person("Vidne 1", staff=True)
        w("Kontaktperson i banken: ").name(contact, "short")(", ").mail(contact)("\n")


TYPOS = (("ikke", "ikk"), ("jeres", "jers"), ("bolig", "bollig"), ("penge", "peng"),
         ("aldrig", "aldrg"), ("skriver", "skrver"))  # fmt: skip


def complaint(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sub = cast.person("Borger A", woman=True)
    relation, woman = rng.choice((("søn", False), ("datter", True), ("nevø", False), ("", None)))
    rel = cast.person("Pårørende A", young=rng.random() < 0.3, woman=woman)
    mate = cast.person("Borger B", woman=False)
    fam = rng.choice(("min mor", "min moster", "min bedstemor", "min faster", "min svigermor"))

    def t(text: str) -> Writer:
        """Literal text with the writer's typos (never inside a labelled value)."""
        for right, wrong in TYPOS:
            if right in text and rng.random() < 0.3:
                text = text.replace(right, wrong, 1)
        return w(text)

    parts: list[Callable[[], object]] = [
        lambda: t(f"i har sendt et brev om at der skal betales {amount(rng, 3000, 90000)} ")(
            f"tilbage, sagsnr {x.case}, men det passer aldrig!! "
        ),
        lambda: (
            t("den bil ")
            .plate(mate)(" er ikke hendes, den tilhører ")
            .name(mate, rng.choice(("lower", "lower_first", "short")))(" som bare parkerer der. ")
        ),
        lambda: (
            t("og nogen har misbrugt hendes mitid ")
            .mitid(sub)(", der kom en sms med koden ")
            .otp()(" som hun gav til en der sagde han var fra kommunen. ")
        ),
        lambda: (
            t("de har også brugt hendes kort ")
            .card(make_card(rng))(" udløb ")
            .expiry()(" ")
            .cvv("cvc")(" til at købe ting på nettet. ")
        ),
        lambda: t("hun har boet alene på ").addr(sub, "line")(
            f" siden {rng.randint(2008, 2024)}, hun har aldrig haft penge til mere. "
        ),
        lambda: t("spørg bare naboen ").name(cast.person("Vidne 1"), "lower")(". "),
        lambda: t("hun har ikke engang kørekort så hvorfor skriver i om en bil? "),
    ]
    if rng.random() < 0.5:
        w("Emne: klage over jeres brev!!\n\n")
    t(f"hej jeg skriver for {fam} ").name(sub, rng.choice(("lower", "lower_first")))(" (cpr ")
    w.cpr(sub)
    t(") fordi hun ikke selv kan finde ud af det digitale. ")
    for i in sorted(rng.sample(range(len(parts)), rng.randint(3, 5))):
        parts[i]()
    t("\n\nring til mig på ").phone(rel if rng.random() < 0.8 else foreign_phone(rng))
    w(" eller skriv til ").mail(rel)("\n\nmvh ")
    w.name(rel, rng.choice(("lower_first", "lower", "short")))
    w(f" ({relation})" if relation else "", "\n")


def handover(w: Writer, cast: Cast, x: Ctx) -> None:
    rng = x.rng
    sus = cast.person("Borger A")
    victim = cast.person("Borger B")
    police = rng.choice(POLICE)
    jnr = (
        f"{rng.randint(1000, 9999)}-{rng.randrange(10000, 99999)}-{rng.randrange(10000, 99999)}-26"
    )
    w(f"{x.muni[0]}, Kontrolenheden · tlf. {x.muni[2]}\nOverdragelse til politiet\n")
    w(f"Til: {police}, økonomisk efterforskning (tlf. 114)\n")
    w(f"Politiets j.nr.: {jnr}   Vores sagsnr.: {x.case}   Dato: {x.date()}\n\n")
    w("Mistænkt:\n").name(sus, rng.choice(("full", "surname_first", "upper")))("\n")
    w.addr(sus, "block")("\nCPR-nr. ").cpr(sus)(", tlf. ").phone(sus)("\n\n")
    w("Forurettet (identitet misbrugt):\n").name(victim, "full")(", f. ").dob(victim)
    w(", CPR ").cpr(victim)("\n").addr(victim, "block")("\n\n")
    w(f"Sagen: Mistænkte har siden {x.date(rng.randint(100, 500))} søgt {rng.choice(BENEFITS)} ")
    w("i ").name(victim, "genitive")(f" navn med {'hendes' if victim.woman else 'hans'} MitID")
    w(" (bruger-id ").mitid(victim)
    w(f") og fik {amount(rng, 10000, 250000)} udbetalt i alt. ")
    parts = [
        lambda: (
            w("Pengene er gået til ").account(sus)(" og videre til ").iban(make_iban(rng))(". ")
        ),
        lambda: (
            w("Koden ")
            .otp()(" blev ifølge forurettede oplyst i et opkald fra ")
            .phone(foreign_phone(rng))(". ")
        ),
        lambda: (
            w("Mistænkte har desuden brugt forurettedes kort ")
            .card(make_card(rng))(", udløb ")
            .expiry()(", ")
            .cvv()(". ")
        ),
        lambda: (
            w("Mistænkte kører i ")
            .plate(sus)(", som flere gange er set ved ")
            .addr(victim, "street")(" om natten. ")
        ),
        lambda: (
            w("Vidne: ")
            .name(cast.person("Vidne 1"), "short")(", tlf. ")
            .phone(cast.person("Person C"))(". ")
        ),
    ]
    for i in sorted(rng.sample(range(len(parts)), rng.randint(3, 5))):
        parts[i]()
    w(f"Transaktions-ID'er og kontoudtog vedlagt som bilag 1-{rng.randint(3, 9)}.\n\n")
    w("Kontaktperson: ").name(x.staff, "short")(", ").phone(x.staff)(", ").mail(x.staff)("\n")


BUILDERS: dict[str, Callable[[Writer, Cast, Ctx], None]] = dict(
    zip(
        GENRES,
        (tip, register, interview, decision, caseworker_mail, observation, statement,
         complaint, handover),
        strict=True,
    )
)  # fmt: skip


def document(rng: random.Random, genre: str, neg: bool) -> tuple[str, list[dict]]:
    w = Writer(rng, neg)
    cast = Cast(rng)
    BUILDERS[genre](w, cast, new_ctx(rng, cast))
    return w.text, w.spans


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, a NEGATIVES/SIZE share of them pseudonymised."""
    rng = random.Random(seed if isinstance(seed, str) else f"{SEED}-{seed}")
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    plan += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for n, (genre, kind) in enumerate(plan):
        while True:
            text, spans = document(rng, genre, kind == "negative")
            if text not in seen and (spans or kind == "negative"):
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii_blind57-{n:04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
