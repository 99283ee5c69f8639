"""The hundred-and-fifth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets, towns and organisations. Its theme is a
HOUSING ASSOCIATION (almen boligforening) and its rental office, in eight genres: a message
thread on a housing portal with a fake sublessor ("[19:02] Name: " lines, a lower-case name
now and then, the deposit's account or IBAN, a CPR number and a code asked for), a tenant's
written report of a deposit paid to a fraudster for a flat shown on a portal (the card the
"reservation fee" was paid with, its expiry and CVV, a birth date), the rental office's log of
rent redirected to a wrong account (the tenant's CPR, MitID user ID and a code read out), a
key-handover receipt at the estate office (the tenant's name in capitals, birth date, new
address, the removal van's plate), the tenant board's minutes (members, surname first and with
initials, a parked car's plate), a caretaker's notes on strangers showing flats, a complaint
e-mail to the office with a quoted reply, and e-mails between the office and the police (a
scammer's alias, the victim's data). The names are those of Danes of all ages, Danes with roots
elsewhere ("Leyla Haddad", "Mai Thi Nguyen"), double surnames ("Bach-Ravn"), the association's
own staff, and organisations that look like surnames ("Holm & Co Flytteservice").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("ejendomsfunktionær", "lejer", "vidne");
  "Krogh, Agnete" is one span; a genitive s belongs to it ("Agnete Kroghs"); a lower-case name
  typed in a chat ("agnete") and a name in capitals ("AGNETE KROGH") are PERSON; so are
  initials with a surname ("A. Krogh"). A scammer's alias ("Jesper fra Udlejningen") is PERSON,
  the unit is not. Organisations, buildings, products, placeholders ("[NAVN]", "Lejer A",
  "Beboer 2") and family words ("min mand") are never PERSON.
- ADDRESS is a private person's address only: from the street name through number, letter,
  floor and side ("14B", "2. th.", "st. tv."), plus ", postcode town" on the same line or the
  postcode and town on the next line of an address block (the line break included). An
  organisation's own address (the estate office, a branch, a venue, a depot, a police station,
  a bank) is never labelled, however it is framed; nor is a street named without a number.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0 to 3 in
  the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date
  with a four-digit year ("4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") and is
  labelled only straight after "født", "f." or "Fødselsdato:"; no other date or time is.
- PHONE: Danish 8-digit numbers from mobile and landline ranges in ten written forms, the
  country code (and its brackets) inside the span, and foreign numbers from fiction-reserved
  ranges only ("+44 7700 900xxx", "+46 70 174 06 xx"). The organisations' 70 and 80 lines and
  short numbers (114, 1813, SMS codes) are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's and
  the office's too. BANK_ACCOUNT: reg.nr. and account written together are one span; where the
  reg.nr. has its own word ("reg. 5301 konto 0245781133") only the account is. IBAN: valid
  check digits and length, grouped by four or compact. CARD: Luhn-valid with a published test
  prefix; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after "CVV", "CVC", "cvc" or
  "kontrolcifre". OTP: a one-time code sent, asked for or read out (6 or 8 digits). MITID_USER:
  a MitID user ID given as such. NUMBER_PLATE: a Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts, dates and clock times, case, listing, lease and
  journal numbers, CVR numbers, masked values ("040652-xxxx", "+45 ** ** ** 31",
  "a***@example.dk", "**** **** **** 1111", "DK71XXXXXXXXXX0932"), organisations' lines and
  addresses, companies, banks, portals, buildings, job titles, family words. Documents of kind
  "negative" are the same genres pseudonymised: stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]",
  "[CPR]", "[kode]"), pseudonyms ("Lejer A", "Beboer 2") and masked values, and no personal
  data. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind104 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 104_105
GENRES = (
    "portal_chat",
    "depositum_anmeldelse",
    "husleje_log",
    "noegleudlevering",
    "bestyrelsesreferat",
    "viceveart_noter",
    "klage_mail",
    "politi_mail",
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
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "LT": 20, "PL": 28, "NL": 18, "RO": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "75", "76", "86", "87", "89",
            "96", "97", "98")  # fmt: skip

WOMEN = ("Agnete", "Birthe", "Signe", "Freja", "Leyla", "Vibeke", "Ulla", "Dorte", "Ida", "Sofie",
         "Yasmin", "Jadwiga", "Sanne", "Grethe", "Nanna", "Fatima", "Zeynep", "Astrid", "Jonna",
         "Lene", "Asta", "Rikke", "Amina", "Esther", "Maja", "Solveig", "Wilma", "Mai")  # fmt: skip
MEN = ("Karl-Erik", "Ingolf", "Malthe", "Ahmad", "Tuan", "Oskar", "Preben", "Kasper", "Hamid",
       "Piotr", "Bent", "Halfdan", "Emil", "Kemal", "Eskild", "Torben", "Henning", "Villads",
       "Bjarke", "Gunnar", "Noah", "Tage", "Mads-Emil")  # fmt: skip
FIRST = WOMEN + MEN
MIDDLE = ("Juhl", "Kamp", "Bøgh", "Holst", "Munk", "Lund", "Bjerre", "Vang")
LAST = ("Skovgaard", "Bach", "Krogh", "Vestergaard", "Thygesen", "Lindholm", "Damgaard",
        "Frandsen", "Kjeldsen", "Østergaard", "Ravn", "Lauritsen", "Hyldgaard", "Nyholm",
        "Mortensen", "Haddad", "Yilmaz", "Kowalski", "Nguyen", "Hussein", "Rahimi", "Okafor",
        "Brix", "Overgaard", "Fogh", "Stampe", "Lykkegaard", "Dalsgaard", "Abdi", "Quist",
        "Borup", "Winther-Lund", "Bach-Ravn", "Toft-Hansen", "Al-Masri",
        "Kragh-Olesen")  # fmt: skip
STAFF = (("Susanne", "Kirkegaard"), ("Thomas", "Lybæk"), ("Merete", "Juul-Andersen"),
         ("Jakob", "Hvidt"), ("Hanne", "Strøm"), ("Omar", "Saleh"))  # fmt: skip
POLICE = (("Camilla", "Vedel"), ("Rune", "Kappel"), ("Line", "Sonne"))
ALIASES = ("Jesper", "Michael", "Anders", "Stine", "Carsten", "Kenneth", "Louise", "Daniel")
ALIAS_UNITS = ("Udlejningen", "Fremlejeservice", "Boligadministrationen", "Lejeportalen")
FAMILY = ("min mand", "min kone", "min datter", "min søn", "min mor", "min far", "min kæreste")
PSEUDONYMS = ("Lejer A", "Lejer B", "Beboer 1", "Beboer 2", "Udlejer X", "Vidne 1", "Kunde A")

STREETS = ("Hyldebærvej", "Tjørnegade", "Kastanie Allé", "Rønnebærvænget", "Slåenstræde",
           "Lærkeparken", "Birkebakken", "Pilekrogen", "Æblehaven", "Granbotoften",
           "Kløvermarksvej", "Søndre Fælledgade", "Bøgebakken", "Hasselvænget")  # fmt: skip
TOWNS = ("4200 Slagelse", "7100 Vejle", "8210 Aarhus V", "2650 Hvidovre", "5220 Odense SØ",
         "9400 Nørresundby", "4600 Køge", "6700 Esbjerg", "3400 Hillerød", "2770 Kastrup",
         "8700 Horsens", "4700 Næstved")  # fmt: skip
SIDES = ("st. tv.", "st. th.", "1. tv.", "1. th.", "2. th.", "2. tv.", "3. mf.", "4. th.")

ASSOCIATIONS = ("Kløverbo Almene Boliger", "Fjordbo Boligselskab", "Boligforeningen Egelund",
                "Bakkely Boligforening")  # fmt: skip
PORTALS = ("Lejeportalen", "BoligBørsen", "HjemDirekte")
COMPANIES = ("Holm & Co Flytteservice", "Bager Jensen ApS", "Vinther Låse ApS",
             "Krogh Ejendomsservice", "Skovgaard Rengøring I/S", *ASSOCIATIONS,
             *PORTALS)  # fmt: skip
BANKS = ("Vestkyst Bank", "Andelskassen Midt", "Fjordbanken")
PRODUCTS = ("MitID", "NemBo-appen", "BoligPlus-kortet")
ORG_LINES = ("70 20 31 44", "70 11 22 90", "80 40 10 10", "1272", "1813")
BUILDINGS = ("Fælleshuset", "Materielgården", "Beboerhuset Lærken", "Blok C", "Blok F")
ROLES = ("ejendomsfunktionær", "udlejningskonsulent", "varmemester", "afdelingsformand",
         "kasserer", "politiassistent")  # fmt: skip

# The organisations' own addresses (never labelled), with their postcode and town.
ORG_PLACES = (
    ("Egelundsparken 2", "4200 Slagelse"),
    ("Mølletoften 31", "4200 Slagelse"),
    ("Havnegade 7A", "7100 Vejle"),
    ("Stationsvej 44", "4600 Køge"),
    ("Værkstedsvej 6", "4600 Køge"),
    ("Rosenvænget 118", "8210 Aarhus V"),
    ("Torvegade 19", "5220 Odense SØ"),
    ("Rådhusstræde 12", "4700 Næstved"),
    ("Kirkebakken 3B", "6700 Esbjerg"),
    ("Industriparken 27", "2650 Hvidovre"),
)
ORG_ADDRESSES = tuple(street for street, _ in ORG_PLACES)
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip


def grouped(compact: str) -> str:
    """A value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_fold(text: str) -> str:
    text = text.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("-", ""), (" ", "")):
        text = text.replace(a, b)
    return text.lower()


class Doc:
    """A document under construction: text pieces and the spans of the labelled ones."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def p(self, kind: str, value: str, stand: str | None = None) -> Doc:
        """A labelled value, or in a negative its stand-in (unlabelled)."""
        if self.negative:
            return self.t(stand if stand is not None else stand_in(self.rng, kind, value))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


def stand_in(rng: random.Random, kind: str, value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    options = {
        "PERSON": ["[NAVN]", rng.choice(PSEUDONYMS)],
        "ADDRESS": ["[ADRESSE]"],
        "CPR": ["[CPR]", f"{digits[:6]}-xxxx" if len(digits) >= 6 else "[CPR]"],
        "DATE_OF_BIRTH": ["[fødselsdato]"],
        "PHONE": ["[TLF]", f"+45 ** ** ** {digits[-2:]}"],
        "EMAIL": ["[e-mail]", f"{value[:1]}***@{value.split('@')[-1]}"],
        "BANK_ACCOUNT": ["[kontonr.]", f"******{digits[-4:]}"],
        "IBAN": ["[IBAN]", f"{value[:4]}{'X' * 10}{digits[-4:]}"],
        "CARD": ["[kortnr.]", f"**** **** **** {digits[-4:]}"],
        "CARD_EXPIRY": ["xx/xx"],
        "CARD_CVV": ["***"],
        "OTP": ["[kode]"],
        "MITID_USER": ["[bruger-id]"],
        "NUMBER_PLATE": ["[nummerplade]", "XX ** ***"],
    }[kind]
    return rng.choice(options)


# --- values ---------------------------------------------------------------------------------


def birth(rng: random.Random) -> date:
    return date(1938, 1, 1) + timedelta(days=rng.randrange(0, 365 * 67 + 16))


def cpr(rng: random.Random, born: date) -> str:
    century = "4" if born.year >= 2000 else rng.choice("0123")
    head = born.strftime("%d%m%y")
    while True:
        number = head + century + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4)
    if form == 0:
        return f"{number[:6]}-{number[6:]}"
    if form == 1:
        return number
    if form == 2:
        return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"
    return f"{number[:6]} {number[6:]}"


def dob(rng: random.Random, born: date) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    if form == 1:
        return born.strftime("%d.%m.%Y")
    if form == 2:
        return f"{born.day}/{born.month}-{born.year}"
    return born.strftime("%d-%m-%Y")


def phone(rng: random.Random) -> str:
    form = rng.randrange(12)
    if form == 10:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if form == 11:
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    lead = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE)
    n = lead + f"{rng.randrange(10**6):06d}"
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    return (
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
    )[form]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    while len(body) < 15:
        body += str(rng.randrange(10))
    number = body + luhn_digit(body)
    return grouped(number) if rng.random() < 0.6 else number


def expiry(rng: random.Random) -> str:
    year = rng.randrange(26, 32)
    month = rng.randrange(1, 13)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(tuple(IBAN_LENGTH))
    bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    return grouped(compact) if rng.random() < 0.6 else compact


def account(rng: random.Random) -> tuple[str, str]:
    reg = f"{rng.randrange(1000, 9999)}"
    acc = f"{rng.randrange(10**9, 10**10)}" if rng.random() < 0.6 else f"{rng.randrange(10**7)}"
    return reg, acc.rjust(7, "0")


def bank_account(d: Doc) -> Doc:
    rng = d.rng
    reg, acc = account(rng)
    form = rng.randrange(4)
    if form == 0:
        return d.p("BANK_ACCOUNT", f"{reg}-{acc}")
    if form == 1:
        return d.p("BANK_ACCOUNT", f"{reg} {acc}")
    if form == 2:
        return d.t(f"reg. {reg} konto ").p("BANK_ACCOUNT", acc)
    return d.t(f"reg.nr. {reg}, kontonr. ").p("BANK_ACCOUNT", acc)


def otp(rng: random.Random) -> str:
    return (
        f"{rng.randrange(10**5, 10**6)}" if rng.random() < 0.75 else f"{rng.randrange(10**8):08d}"
    )


def plate(rng: random.Random) -> str:
    letters = rng.choice("ABCDEHJKLMNPRSTUVXYZ") + rng.choice("ABCDEHJKLMNPRSTUVXYZ")
    digits = f"{rng.randrange(10, 100)}{rng.randrange(100, 1000)}"
    return f"{letters} {digits[:2]} {digits[2:]}" if rng.random() < 0.7 else letters + digits


def address(rng: random.Random, layout: str | None = None) -> str:
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 160)}{rng.choice(['', '', '', 'A', 'B'])}"
    if rng.random() < 0.6:
        street += f", {rng.choice(SIDES)}"
    layout = layout or rng.choice(("line", "block", "bare"))
    town = rng.choice(TOWNS)
    if layout == "line":
        return f"{street}, {town}"
    if layout == "block":
        return f"{street}\n{town}"
    return street


class Person:
    def __init__(self, rng: random.Random, first: str | None = None, last: str | None = None):
        self.rng = rng
        self.first = first or rng.choice(FIRST)
        self.last = last or rng.choice(LAST)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.2 else ""
        if self.first == "Mai" and last is None:
            self.middle, self.last = "Thi", "Nguyen"
        self.born = birth(rng)

    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def name(self, form: str | None = None) -> str:
        form = form or self.rng.choice(
            ("full", "full", "full", "first", "surname_first", "initial", "caps", "three")
        )
        if form == "first":
            return self.first
        if form == "surname_first":
            return f"{self.last}, {self.first}"
        if form == "initial":
            return (
                f"{self.first[0]}. {self.last}"
                if self.rng.random() < 0.7
                else (f"{self.first} {self.last[0]}.")
            )
        if form == "caps":
            return self.full().upper()
        if form == "lower":
            return self.first.lower() if self.rng.random() < 0.6 else self.full().lower()
        if form == "three":
            return f"{self.first} {self.middle or self.rng.choice(MIDDLE)} {self.last}"
        if form == "genitive":
            base = self.first if self.rng.random() < 0.7 else self.full()
            return base + ("'" if base[-1] in "sxz" else "s")
        return self.full()

    def mitid(self) -> str:
        base = ascii_fold(self.first)
        return base + (str(self.born.year) if self.rng.random() < 0.5 else self.born.strftime("%y"))

    def mail(self, domain: str | None = None) -> str:
        domain = domain or self.rng.choice(
            ("example.dk", "example.com", "example.net", "mail.example.dk", "post.example.com")
        )
        sep = self.rng.choice((".", "_", ""))
        tail = self.rng.choice(("", "", str(self.born.year % 100)))
        return f"{ascii_fold(self.first)}{sep}{ascii_fold(self.last)}{tail}@{domain}"


def staff(rng: random.Random) -> Person:
    return Person(rng, *rng.choice(STAFF))


def office_mail(rng: random.Random) -> str:
    return (
        rng.choice(("udlejning", "kontoret", "driften", "kundeservice"))
        + "@"
        + rng.choice(
            (
                "kloverbo.example.dk",
                "fjordbo.example.dk",
                "egelund.example.net",
                "bakkely.example.com",
            )
        )
    )


# --- hard negatives --------------------------------------------------------------------------


def amount(rng: random.Random) -> str:
    whole = rng.choice((rng.randrange(300, 999), rng.randrange(1000, 45000)))
    text = f"{whole:,}".replace(",", ".")
    if rng.random() < 0.3:
        return f"{text},{rng.randrange(100):02d} kr."
    return f"kr. {text}" if rng.random() < 0.2 else f"{text} kr."


def clock(rng: random.Random) -> str:
    return f"kl. {rng.randrange(7, 22):02d}.{rng.choice((0, 5, 15, 20, 30, 40, 45, 55)):02d}"


def day(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.{rng.choice(('26', '2026'))}"


def iso_day(rng: random.Random) -> str:
    return f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"


def case_no(rng: random.Random) -> str:
    return rng.choice(
        (
            f"SAG-2026-{rng.randrange(10000, 99999)}",
            f"LP-{rng.randrange(100000, 999999)}",
            f"BO-{rng.randrange(10000, 99999)}",
        )
    )


def lease_no(rng: random.Random) -> str:
    first, second, third = (
        rng.randrange(100, 999),
        rng.randrange(1000, 9999),
        rng.randrange(100, 999),
    )
    return f"lejemålsnr. {first}-{second}-{third}"


def journal(rng: random.Random) -> str:
    return (
        f"{rng.choice(('4200', '7100', '4600', '5220'))}-{rng.randrange(10000, 99999)}-"
        f"{rng.randrange(10000, 99999)}-26"
    )


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(10**7, 10**8)}"


def masked(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randrange(10, 29)}{rng.randrange(1, 13):02d}{rng.randrange(40, 99)}-xxxx",
            f"+45 ** ** ** {rng.randrange(10, 99)}",
            f"{rng.choice('abehkmst')}***@example.dk",
            f"**** **** **** {rng.randrange(1000, 9999)}",
            f"******{rng.randrange(1000, 9999)}",
            f"DK{rng.randrange(10, 99)}{'X' * 10}{rng.randrange(1000, 9999)}",
        )
    )


def org_place(rng: random.Random) -> tuple[str, str, str]:
    """(organisation, street and number, postcode and town) of an organisation's own place."""
    street, town = rng.choice(ORG_PLACES)
    return rng.choice(ASSOCIATIONS + BANKS + COMPANIES[:4]), street, town


def org_frame(rng: random.Random) -> str:
    """An organisation's own address in one of many frames; never labelled."""
    org, street, town = org_place(rng)
    assoc = rng.choice(ASSOCIATIONS)
    line = rng.choice(ORG_LINES[:3])
    frames = (
        f"{assoc} · {street} · {town} · tlf. {line}",
        f"Mødested: {rng.choice(BUILDINGS[:3])}, {street}, {town}.",
        f"Nøgler afhentes på ejendomskontoret, {street}, 1. sal, {clock(rng)}-14.00.",
        f"Nøgler kan afleveres i nøgleboksen ved {street} (døgnåben).",
        f"Åbningstider: man.-tors. kl. 09.30-14.00, fre. kl. 09.30-12.00, {street}, {town}.",
        f"Returadresse: {assoc}, Udlejningen, {street}\n{town}",
        f"Blanketten sendes til {assoc}, {street}, {town}, eller afleveres i postkassen.",
        f"Hjemsted: {org}, {street}, {town}, {cvr(rng)}",
        f"> {assoc}, {street}, {town}\n> Tlf. {line}",
        f"Beboermødet holdes i {rng.choice(BUILDINGS[:3])}, {street}.",
        f"Depot og værksted: {BUILDINGS[1]}, {street}, {town}",
        f"Kontoret ligger på 3. sal, {street}, {town}.",
        f"Afdelingskontorer: {street} (Vest) og {rng.choice(ORG_ADDRESSES)} (Nord).",
        f"Vores filial: {rng.choice(BANKS)}, {street}, {town}",
        f"Mødet flyttes til {org}s lokaler på {street}, 2. sal.",
        f"Afhentning af flyttekasser: {COMPANIES[0]}, {street}, {town}, {clock(rng)}.",
    )
    return rng.choice(frames)


def maybe_org(d: Doc, chance: float = 0.55) -> None:
    if d.rng.random() < chance:
        d.t(org_frame(d.rng), "\n")


def hard_negative(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Husleje pr. måned: {amount(rng)}",
            f"Sagsnr. {case_no(rng)}.",
            f"Jf. {lease_no(rng)}.",
            f"Henvendelse {day(rng)} {clock(rng)}.",
            f"Maskeret i systemet: {masked(rng)}.",
            f"Vagttelefon {rng.choice(ORG_LINES[:3])}, politiet på 114.",
            f"Låsesmed: {COMPANIES[2]}, {cvr(rng)}.",
            f"Der er set opslag ved {rng.choice(STREETS)}.",
            f"Sagen er overdraget til {rng.choice(ROLES)}en.",
            f"Betales via {rng.choice(PRODUCTS[1:])} eller {rng.choice(BANKS)}.",
        )
    )


# --- the eight genres ------------------------------------------------------------------------


def say(d: Doc, time: str, who: str, pseudo: str) -> Doc:
    d.t(f"[{time}] ").p("PERSON", who, pseudo).t(": ")
    return d


def portal_chat(d: Doc) -> None:
    rng = d.rng
    victim, scammer = Person(rng), Person(rng, rng.choice(ALIASES))
    portal = rng.choice(PORTALS)
    rent = f"{rng.randrange(4, 13)}.{rng.randrange(0, 1000, 25):03d} kr."
    d.t(f"Beskedtråd på {portal}, annonce {case_no(rng)} (2-vær., {rng.randrange(45, 110)} m², "
        f"{rent}/md.)\n")  # fmt: skip
    maybe_org(d, 0.3)
    h, m = rng.randrange(8, 21), rng.randrange(0, 40)
    v_name = victim.name("lower") if rng.random() < 0.3 else victim.name("full")
    s_name = scammer.first if rng.random() < 0.5 else scammer.full()
    vp, sp = "Lejer A", "Udlejer X"
    say(d, f"{h:02d}:{m:02d}", v_name, vp)
    d.t(f"Hej, er lejligheden ved {rng.choice(STREETS)} stadig ledig? Jeg kan se den i aften.\n")
    say(d, f"{h:02d}:{m + 3:02d}", s_name, sp)
    d.t("Hej ").p("PERSON", victim.first, "[NAVN]")
    d.t(f". Ja, men jeg er udstationeret, så fremvisning er ikke mulig. Nøglerne sendes med "
        f"{COMPANIES[0]}, når depositum på {amount(rng)} er betalt.\n")  # fmt: skip
    say(d, f"{h:02d}:{m + 6:02d}", v_name, vp)
    d.t("Okay. Adressen er ").p("ADDRESS", address(rng, "line"))
    d.t(", ikke? Mit nummer er ").p("PHONE", phone(rng)).t(", ring gerne.\n")
    say(d, f"{h:02d}:{m + 9:02d}", s_name, sp)
    if rng.random() < 0.5:
        d.t("Overfør til min konto i udlandet: ").p("IBAN", iban(rng)).t(". ")
    else:
        d.t("Overfør til ")
        bank_account(d).t(". ")
    d.t("Send også dit CPR til kontrakten.\n")
    say(d, f"{h:02d}:{m + 12:02d}", v_name, vp)
    d.t("CPR ").p("CPR", cpr(rng, victim.born)).t(" og mail ").p("EMAIL", victim.mail())
    d.t(f". {rng.choice(FAMILY).capitalize()} synes, det lyder mærkeligt.\n")
    if rng.random() < 0.6:
        say(d, f"{h:02d}:{m + 14:02d}", s_name, sp)
        d.t("Du får en kode fra MitID til kontrakten, skriv den her.\n")
        say(d, f"{h:02d}:{m + 15:02d}", v_name, vp)
        d.t("koden er ").p("OTP", otp(rng)).t("\n")
    if rng.random() < 0.4:
        say(d, f"{h:02d}:{m + 17:02d}", s_name, sp)
        d.t("Reservationsgebyr kan også betales med kort: skriv kortnr., udløb og CVC.\n")
        say(d, f"{h:02d}:{m + 19:02d}", v_name, vp)
        d.p("CARD", card(rng)).t(" ").p("CARD_EXPIRY", expiry(rng))
        d.t(" cvc ").p("CARD_CVV", f"{rng.randrange(1000):03d}").t("\n")
    d.t(f"Systembesked kl. {h:02d}.{m + 20:02d}: annoncen er fjernet af {portal}. ")
    d.t(f"{hard_negative(rng)}\n")


def depositum_anmeldelse(d: Doc) -> None:
    rng = d.rng
    victim, scammer = Person(rng), Person(rng, rng.choice(ALIASES))
    assoc, (street, town) = rng.choice(ASSOCIATIONS), rng.choice(ORG_PLACES)
    d.t(f"Til {assoc}, Udlejningen\n{street}\n{town}\n\n")
    d.t(f"Anmeldelse af betalt depositum, {day(rng)}\n\nUndertegnede ").p("PERSON", victim.full())
    d.t(", født ").p("DATE_OF_BIRTH", dob(rng, victim.born)).t(", bosat\n")
    d.p("ADDRESS", address(rng, "block")).t("\n")
    d.t(f"så en {rng.randrange(2, 5)}-værelses i jeres afdeling på {rng.choice(PORTALS)}. ")
    d.t("Udlejeren kaldte sig ").p("PERSON", scammer.name("full"))
    d.t(f" og bad om depositum {amount(rng)} til ")
    bank_account(d)
    if rng.random() < 0.4:
        d.t(" og resten til ").p("IBAN", iban(rng))
    d.t(". Reservationsgebyret betalte jeg med mit kort ").p("CARD", card(rng))
    d.t(", udløb ").p("CARD_EXPIRY", expiry(rng))
    d.t(f", {rng.choice(('CVV', 'kontrolcifre', 'CVC'))} ").p(
        "CARD_CVV", f"{rng.randrange(1000):03d}"
    )
    d.t(f". Jeg har ikke fået nøgler, og {rng.choice(FAMILY)} har kontaktet {rng.choice(BANKS)}.")
    d.t("\n\nJeg kan træffes på ").p("PHONE", phone(rng)).t(" eller ").p("EMAIL", victim.mail())
    d.t(".\n")
    d.t(f"{hard_negative(rng)}\n\nMed venlig hilsen\n").p("PERSON", victim.name("full")).t("\n")
    maybe_org(d, 0.3)


def husleje_log(d: Doc) -> None:
    rng = d.rng
    tenant, clerk = Person(rng), staff(rng)
    d.t(f"Hændelseslog – huslejeopkrævning, {case_no(rng)}\n")
    maybe_org(d, 0.5)
    d.t(f"{iso_day(rng)} {rng.randrange(8, 16):02d}:{rng.randrange(60):02d} Lejer ")
    d.p("PERSON", tenant.name(rng.choice(("full", "surname_first", "three"))))
    d.t(f" ({lease_no(rng)}, ").p("ADDRESS", address(rng, "line"))
    d.t(") ringer fra ").p("PHONE", phone(rng))
    d.t(f": fik brev med ny huslejekonto og har betalt {amount(rng)} til ")
    bank_account(d).t(".\n")
    d.t("Kontrol af identitet: CPR ").p("CPR", cpr(rng, tenant.born))
    d.t(". Lejeren fortæller, at en 'medarbejder' bad om MitID-bruger-ID ")
    d.p("MITID_USER", tenant.mitid()).t(" og fik koden ").p("OTP", otp(rng)).t(" læst op.\n")
    d.t("Svar sendt til ").p("EMAIL", tenant.mail()).t(" fra ").p("EMAIL", office_mail(rng))
    d.t(f". Korrekt konto står kun på opkrævningen fra {rng.choice(BANKS)}.\n")
    d.t(f"{hard_negative(rng)}\nSagsbehandler: ").p(
        "PERSON", clerk.name(rng.choice(("full", "initial")))
    )
    d.t(f", {ROLES[1]}\n")


def noegleudlevering(d: Doc) -> None:
    rng = d.rng
    tenant, worker = Person(rng), staff(rng)
    org, street, town = rng.choice(ASSOCIATIONS), *rng.choice(ORG_PLACES)
    d.t(f"KVITTERING FOR NØGLEUDLEVERING – {org}\n")
    floor = rng.choice(("st.", "1. sal", "3. sal"))
    d.t(f"Udleveret på ejendomskontoret, {street}, {floor}, {town}\n")
    d.t("Lejer: ").p("PERSON", tenant.name("caps")).t("\n")
    if rng.random() < 0.7:
        d.t("Fødselsdato: ").p("DATE_OF_BIRTH", dob(rng, tenant.born)).t("\n")
    d.t("CPR: ").p("CPR", cpr(rng, tenant.born)).t("\n")
    d.t("Lejemål: ").p("ADDRESS", address(rng, "line")).t(f" ({lease_no(rng)})\n")
    d.t("Tlf.: ").p("PHONE", phone(rng)).t("\n")
    d.t("Flyttebil: ").p("NUMBER_PLATE", plate(rng))
    d.t(f" ({rng.choice(COMPANIES[:2])})\n")
    d.t(f"Antal nøgler: {rng.randrange(2, 6)}, system {rng.randrange(1000, 9999)}. Depositum "
        f"{amount(rng)} modtaget {day(rng)}.\n")  # fmt: skip
    d.t("Bemærkning: Lejeren viste først en kontrakt fra en falsk fremlejer, ")
    d.p("PERSON", Person(rng, rng.choice(ALIASES)).full())
    d.t(f"; den var ugyldig. {hard_negative(rng)}\n")
    d.t("Udleveret af ").p("PERSON", worker.name(rng.choice(("full", "initial", "three"))))
    d.t(f" ({ROLES[0]})\n")


def bestyrelsesreferat(d: Doc) -> None:
    rng = d.rng
    members = [Person(rng) for _ in range(rng.randrange(3, 5))]
    afd = rng.choice(("Mølleparken", "Egelund Vest", "Bakkelyhaven", "Fjordkvarteret"))
    d.t(f"Referat af afdelingsbestyrelsesmøde, afd. {afd}, {day(rng)}\n")
    maybe_org(d, 0.7)
    d.t("Til stede: ")
    for i, member in enumerate(members):
        if i:
            d.t("; ")
        d.p("PERSON", member.name(rng.choice(("surname_first", "initial", "full", "three"))))
    d.t(f" ({ROLES[3]})\n")
    d.t("1. Falske fremlejeannoncer: ").p("PERSON", members[0].name("genitive"))
    d.t(f" lejlighed er annonceret på {rng.choice(PORTALS)} af en fremmed. Beboere bor bl.a. på ")
    d.p("ADDRESS", address(rng, rng.choice(("line", "bare"))))
    d.t(" og i opgangen ved siden af. Henvendelser til ").p("PERSON", members[1].full()).t(
        " på "
    ).p("PHONE", phone(rng))
    d.t(" eller ").p("EMAIL", members[1].mail()).t(".\n")
    d.t("2. Parkering: bil ").p("NUMBER_PLATE", plate(rng))
    d.t(f" holder fast foran {rng.choice(BUILDINGS)}; den tilhører ifølge ")
    d.p("PERSON", members[-1].first).t(" en 'fremviser'. Meldes til politiet på 114.\n")
    d.t(f"3. Økonomi: {hard_negative(rng)} Kassebeholdning: {amount(rng)}\n")
    if rng.random() < 0.4:
        d.t("4. Ny beboer i bestyrelsen: ").p("PERSON", Person(rng).name("full")).t(", ")
        d.p("ADDRESS", address(rng, "block")).t("\n")
    d.t("Referent: ").p("PERSON", members[-1].name("full")).t("\n")


def viceveart_noter(d: Doc) -> None:
    rng = d.rng
    tenant, caretaker = Person(rng), staff(rng)
    d.t(f"Vicevært-log, uge {rng.randrange(1, 53)} – {rng.choice(ASSOCIATIONS)}\n")
    maybe_org(d, 0.5)
    d.t(f"Mandag {clock(rng)}: ukendt mand viste lejligheden ")
    d.p("ADDRESS", address(rng, "bare")).t(" frem for tre personer; han kaldte sig ")
    d.p("PERSON", Person(rng, rng.choice(ALIASES)).first).t(". Bil ")
    d.p("NUMBER_PLATE", plate(rng)).t(".\n")
    d.t("Ringede til lejer ").p("PERSON", tenant.name(rng.choice(("full", "initial", "caps"))))
    d.t(", ").p("PHONE", phone(rng)).t(", der er på ferie og ikke har givet lov.\n")
    d.t(f"Tirsdag {clock(rng)}: nøglen afleveret i nøgleboksen ved {rng.choice(ORG_ADDRESSES)}. ")
    d.t(f"{hard_negative(rng)}\n")
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            d.t("Onsdag: ").p("PERSON", Person(rng).name("genitive")).t(" nabo")
        else:
            d.t("Onsdag: naboen ").p("PERSON", Person(rng).name("full"))
        d.t(" har set samme bil, nu med plade ").p("NUMBER_PLATE", plate(rng)).t(".\n")
    d.t("/").p("PERSON", caretaker.name(rng.choice(("first", "initial", "full")))).t("\n")


def klage_mail(d: Doc) -> None:
    rng = d.rng
    tenant, clerk = Person(rng), staff(rng)
    assoc, street, town = rng.choice(ASSOCIATIONS), *rng.choice(ORG_PLACES)
    d.t("Fra: ").p("PERSON", tenant.full()).t(" <").p("EMAIL", tenant.mail()).t(">\n")
    d.t("Til: ").p("EMAIL", office_mail(rng)).t("\n")
    d.t(f"Emne: Klage – huslejen gik til forkert konto ({case_no(rng)})\n\n")
    d.t(f"Kære {assoc}\n\nMit lejemål er ").p("ADDRESS", address(rng, "line"))
    d.t(f". I marts fik jeg et brev om ny konto og betalte {amount(rng)} til ")
    bank_account(d)
    d.t(". Da jeg ringede til jer, fik jeg en anden person, som bad om mit MitID-bruger-ID ")
    d.p("MITID_USER", tenant.mitid())
    if rng.random() < 0.5:
        d.t(" og en engangskode (").p("OTP", otp(rng)).t(")")
    d.t(f". Nu kræver I rykkergebyr på {amount(rng)}, hvilket er urimeligt.\n\n")
    d.t("Med venlig hilsen\n").p("PERSON", tenant.name(rng.choice(("full", "initial")))).t("\n")
    d.p("ADDRESS", address(rng, "block")).t("\nTlf. ").p("PHONE", phone(rng)).t("\n\n")
    d.t(f"> Den {day(rng)} skrev ").p("PERSON", clerk.full()).t(f", {assoc}:\n")
    d.t("> Vi beklager. Husk at vi aldrig beder om koder.\n")
    d.t(f"> {assoc}, {street}, {town}, tlf. {rng.choice(ORG_LINES[:3])}\n")


def politi_mail(d: Doc) -> None:
    rng = d.rng
    victim, clerk = Person(rng), staff(rng)
    officer = Person(rng, *rng.choice(POLICE))
    alias = rng.choice(ALIASES)
    assoc = rng.choice(ASSOCIATIONS)
    d.t("Fra: ").p("PERSON", clerk.full()).t(" <").p("EMAIL", office_mail(rng)).t(">\n")
    d.t("Til: ").p("EMAIL", officer.mail("politi.example.dk")).t("\n")
    d.t(f"Emne: Anmeldelse – falsk fremleje, j.nr. {journal(rng)}\n\n")
    d.t("Kære ").p("PERSON", officer.name(rng.choice(("full", "first")))).t("\n\n")
    d.t("Skadelidte: ").p("PERSON", victim.name(rng.choice(("full", "surname_first", "three"))))
    d.t(", f. ").p("DATE_OF_BIRTH", dob(rng, victim.born)).t(", CPR ")
    d.p("CPR", cpr(rng, victim.born)).t(", ").p("ADDRESS", address(rng, "line"))
    d.t(", tlf. ").p("PHONE", phone(rng)).t(".\n")
    d.t("Gerningsmanden præsenterede sig som ").p("PERSON", alias)
    d.t(f" fra {rng.choice(ALIAS_UNITS)} og fik {amount(rng)} overført til ")
    d.p("IBAN", iban(rng)).t(". ")
    if rng.random() < 0.5:
        d.t("Skadelidte oplyste også kort ").p("CARD", card(rng)).t(", udløb ")
        d.p("CARD_EXPIRY", expiry(rng)).t(", CVV ").p("CARD_CVV", f"{rng.randrange(1000):03d}")
        d.t(". ")
    if rng.random() < 0.5:
        d.t("Han blev set i en bil med nummerplade ").p("NUMBER_PLATE", plate(rng)).t(". ")
    if rng.random() < 0.4:
        d.t("Via en falsk login-side gav skadelidte sit MitID-bruger-ID ")
        d.p("MITID_USER", victim.mitid()).t(" og koden ").p("OTP", otp(rng)).t(". ")
    d.t(f"\n{hard_negative(rng)}\n\nMed venlig hilsen\n").p("PERSON", clerk.full())
    d.t(f"\n{assoc}")
    if rng.random() < 0.6:
        _, street, town = org_place(rng)
        d.t(f" · {street} · {town}")
    d.t(f" · {cvr(rng)}\n")


BUILDERS: dict[str, Callable[[Doc], None]] = {
    "portal_chat": portal_chat,
    "depositum_anmeldelse": depositum_anmeldelse,
    "husleje_log": husleje_log,
    "noegleudlevering": noegleudlevering,
    "bestyrelsesreferat": bestyrelsesreferat,
    "viceveart_noter": viceveart_noter,
    "klage_mail": klage_mail,
    "politi_mail": politi_mail,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: ``size`` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kind == "negative")
            BUILDERS[genre](d)
            if d.text() not in seen:
                break
        seen.add(d.text())
        docs.append(
            {
                "id": f"b104-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text(),
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind104.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
