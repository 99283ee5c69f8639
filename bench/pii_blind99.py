"""The hundredth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a FITNESS CHAIN's
member service and a DIRECT-DEBIT (Betalingsservice) provider handling membership identity
theft and unauthorised mandates, in eight genres: the chain's identity-theft case log (a
membership taken out in someone else's name: the name as on the ID card in capitals, CPR,
birth date, address, phone, e-mail, the card paid with), the provider's reply to a disputed
mandate (a letter with the debtor's address block, reg.nr. and account, sometimes a foreign
IBAN, with PBS-nr., debtor group, customer and mandate numbers as hard negatives), a member
app's chat ("[18:02] Name: …", lower-case member names, one-time codes, MitID user IDs), a
call note from the member line (a caller who posed as "Name fra medlemsservice", the code
given, a birth date), an e-mail thread (Fra:/Til:/Emne:) about a refund to a foreign IBAN,
the centre's parking-registration complaint (number plates, the card in the parking app), a
police report of identity theft with a witness, and a card dispute form (card, expiry,
masked cards, amounts). The names are those of Danes of all ages, Danes with roots elsewhere
("Amina Warsame", "Nguyen Thi Hoa"), double surnames ("Brink-Lauritsen"), three-word names
and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("medlemmet", "instruktør", "vidne");
  "Holm, Agnete" is one span; a first-name genitive s belongs to it ("Agnetes"); a lower-case
  name typed in a chat ("jytte") is PERSON, and so is a chat speaker. A caller's alias
  ("Kasper fra medlemsservice") is PERSON, the unit is not. Organisations, products, centres,
  placeholders ("[NAVN]", "NN", "Medlem A", "Medarbejder 2") and family words ("min mand") are
  never PERSON.
- ADDRESS (private only) runs from the street name through number, letter, floor and side
  ("14B", "3. tv.", "st. th."), plus ", postcode town" on the same line or on the next line of
  an address block (line break included). A street named without a number is not an address.
  The organisations' own addresses (centres, head office, the provider, police, banks) appear
  in many phrasings and are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  for the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11;
  written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (a full
  date with a four-digit year: "4. juni 1952", "04.06.1952", "04-06-1952", "4/6-1952") is
  labelled only straight after "født", "f." or "Fødselsdato:"; no other date is labelled.
- PHONE: Danish 8-digit mobile and landline numbers (never 70 or 80) in the forms "+45
  20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045
  20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50", the country code inside
  the span; foreign numbers from fiction ranges only ("+44 7700 900xxx", "+46 70 174 06 xx").
  The organisations' 70/80 lines and short number 114 are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too;
  masked ones ("m***@example.dk") are not labelled.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 12345678")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 12345678") only
  the account is the span. IBAN: valid check digits and the country's length, grouped by four
  or compact. CARD: Luhn-valid with a test prefix, grouped by four or compact; CARD_EXPIRY
  "MM/YY" or "MM/YYYY". OTP: a one-time code sent, asked for or given (6 or 8 digits);
  MITID_USER: a MitID user ID given as such; NUMBER_PLATE: a Danish plate ("BK 41 207",
  "BK41207"). No CVV, passport or driving-licence numbers occur.
- Hard negatives, never labelled: PBS-nr. (the creditor's number), debtor groups, customer,
  member, mandate, case and journal numbers, amounts ("449 kr.", "1.347,00 kr."), dates and
  clock times ("03.02.26", "kl. 18.02", "[18:02]", "2026-02-03 18:02"), CVR numbers, masked
  values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 4444",
  "******4417", "DK71XXXXXXXXXX0932", "AB ** ***"), the organisations' numbers, companies,
  banks, products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, pseudonyms ("Medlem A") and stand-ins ("[NAVN]", "NN")
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind99 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 99
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "medlemssag",
    "mandatindsigelse",
    "chat",
    "opkaldsnotat",
    "mailtraad",
    "parkering",
    "politianmeldelse",
    "kortindsigelse",
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
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)

WOMEN = ("Agnete", "Birthe", "Connie", "Dorthe", "Ellen", "Frida", "Gudrun", "Hanne", "Ida",
         "Jytte", "Karoline", "Lærke", "Malou", "Nanna", "Oda", "Pernille", "Rikke", "Sigrid",
         "Tove", "Ulla", "Vibeke", "Yrsa", "Astrid", "Bodil", "Ingeborg", "Amina", "Fatma",
         "Leyla", "Hoa", "Zofia", "Mette", "Signe", "Else", "Nadia", "Sanne", "Thea")  # fmt: skip
MEN = ("Aksel", "Bent", "Carsten", "Dennis", "Erik", "Flemming", "Gunnar", "Henning", "Ivan",
       "Jakob", "Kasper", "Leif", "Mogens", "Niels", "Ole", "Palle", "Rasmus", "Svend", "Torben",
       "Uffe", "Villads", "Bjarke", "Emil", "Hassan", "Omar", "Tariq", "Kemal", "Tomasz", "Duc",
       "Magnus", "Anton", "Jens", "Morten", "Frederik", "Viggo")  # fmt: skip
SURNAMES = ("Holm", "Kragh", "Lund", "Vestergaard", "Bjerre", "Dalsgaard", "Ebbesen", "Friis",
            "Gram", "Hjorth", "Iversen", "Juhl", "Kofoed", "Lindberg", "Munk", "Nørgaard",
            "Overgaard", "Poulsen", "Riis", "Skov", "Thygesen", "Ubbesen", "Winther", "Aagaard",
            "Warsame", "Yilmaz", "Hussein", "Kowalczyk", "Haddad", "Demir", "Rahimi", "Sørup",
            "Brink-Lauritsen", "Kjeldsen-Mørk", "Bach-Frandsen", "Toft-Ahmadi")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Kirstine", "Juul", "Bøgh", "Krogh", "Damgaard", "Ali", "Møller")
# Names written in their own order, as given ("Nguyen Thi Hoa").
THREE_WORD = ("Nguyen Thi Hoa", "Tran Van Duc", "Abdi Nur Warsame", "Ayse Nur Demir",
              "Mohammad Reza Rahimi", "Anne Sofie Bach-Frandsen",
              "Karl Johan Overgaard")  # fmt: skip
# Streets of private addresses; the organisations have their own.
STREETS = ("Kløvervej", "Bøgebakken", "Tranehaven", "Lindeallé", "Rugmarken", "Syrenvej",
           "Havrevangen", "Engtoften", "Skovbrynet", "Mågevej", "Pilehaven", "Ravnsbjergvej",
           "Hyldegården", "Stationsvej", "Mosevænget", "Klintevej", "Kastanievej", "Æblehaven",
           "Brombærstien", "Fasanvej")  # fmt: skip
TOWNS = (("2610", "Rødovre"), ("2720", "Vanløse"), ("2800", "Kongens Lyngby"), ("3400", "Hillerød"),
         ("4000", "Roskilde"), ("4700", "Næstved"), ("5000", "Odense C"), ("5700", "Svendborg"),
         ("6000", "Kolding"), ("6700", "Esbjerg"), ("7100", "Vejle"), ("7400", "Herning"),
         ("8000", "Aarhus C"), ("8210", "Aarhus V"), ("8600", "Silkeborg"), ("8900", "Randers C"),
         ("9000", "Aalborg"), ("9800", "Hjørring"), ("2300", "København S"),
         ("2200", "København N"))  # fmt: skip
CHAIN = "PulsFabrikken"
PROVIDER = "Debitrix Betalingsservice"
COMPANIES = (CHAIN, PROVIDER, "PulsFabrikken Holding ApS", "Debitrix A/S", "Kæde-IT ApS",
             "ParkNord")  # fmt: skip
BANKS = ("Kystbanken", "Andelskassen Vest", "Nordhavn Sparekasse", "Midtbank")
PRODUCTS = ("PulsFlex", "PulsPremium", "Døgnkort", "Holdkort 10", "PulsApp", "ParkNord Mobil")
# The organisations' own addresses: centres, head office, the provider, police and banks.
ORG_ADDRESSES = ("Valby Langgade 212, 2500 Valby", "Søndergade 41, 8000 Aarhus C",
                 "Vestre Stationsvej 9, 5000 Odense C", "Boulevarden 77, 9000 Aalborg",
                 "Jernbanegade 18, 6000 Kolding", "Roskildevej 305, 2610 Rødovre",
                 "Lautrupvang 40, 2750 Ballerup", "Nørre Voldgade 66, 1358 København K",
                 "Ringvejen 120, 7400 Herning", "Havnegade 3, 4000 Roskilde",
                 "Politigården, Polititorvet 14, 1780 København V",
                 "Ny Munkegade 12, 8000 Aarhus C")  # fmt: skip
CENTRES = tuple(a for a in ORG_ADDRESSES[:10])
# The organisations' lines (70 and 80).
ORG_LINES = ("70 27 41 90", "7027 4190", "80 20 31 31", "70 11 04 22", "80 88 42 10")
CVR = ("31457920", "38201744", "29930158")
PBS = ("04821937", "05317702", "02269948")
ALIAS_UNITS = ("medlemsservice", "Betalingsservice", "kundeservice", "banken", "PulsApp-support")
FAMILY = ("min mand", "min kone", "min søn", "min datter", "min mor", "min far", "min kæreste")
STAFF_ROLES = ("medlemskonsulent", "centerleder", "sagsbehandler", "instruktør", "supporter")
PSEUDONYMS = ("Medlem A", "Medarbejder 1", "Medarbejder 2", "Debitor A", "Vidne 1")
STAND_INS = ("[NAVN]", "NN", "[ADRESSE]", "[CPR]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "56", "57", "62",
            "65", "66", "75", "76", "86", "87", "96", "97", "98", "99")  # fmt: skip
# Published test card prefixes (Visa, Mastercard and 2-series test numbers).
TEST_PREFIXES = ("4111111111", "4012888888", "4000056655", "5555555555", "5105105105",
                 "2223003122")  # fmt: skip
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "NL": 18, "GB": 22}
IBAN_BANKS = {"DE": ("37040044", "50010517"), "SE": ("500", "800"), "NO": ("1503",),
              "NL": ("ABNA", "INGB"), "GB": ("NWBK601613", "BARC200000")}  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
TODAY = date(2026, 3, 1)


# ---------------------------------------------------------------- values


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def card_number(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    body = prefix + digits(rng, 15 - len(prefix))
    return body + luhn_digit(body)


def iban(rng: random.Random, country: str) -> str:
    """A compact IBAN with valid check digits and its country's length."""
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "DK":
        bban = rng.choice(("5301", "0400", "9070", "7681")) + digits(10)
    else:
        bank = rng.choice(IBAN_BANKS[country])
        bban = bank + digits(IBAN_LENGTH[country] - 4 - len(bank))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def cpr_digits(rng: random.Random, born: date) -> str:
    """Ten digits with the birth date, a fitting century digit, failing modulus 11."""
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        number = head + century + digits(rng, 3)
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def cpr_written(rng: random.Random, digits: str) -> str:
    d = digits
    return rng.choice((f"{d[:6]}-{d[6:]}", f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} "
                       f"{d[6:]}", f"{d[:6]} {d[6:]}"))  # fmt: skip


def birth_written(rng: random.Random, born: date) -> str:
    return rng.choice((f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                       born.strftime("%d.%m.%Y"), born.strftime("%d-%m-%Y"),
                       f"{born.day}/{born.month}-{born.year}"))  # fmt: skip


def phone_written(rng: random.Random, digits: str, form: int | None = None) -> str:
    """A Danish number in one of the set's forms, or a foreign fiction-range one (11, 12)."""
    d = digits
    pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    forms = (f"+45 {d}", f"+45 {pairs}", f"+45 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}",
             f"(+45) {pairs}", f"0045 {d}", pairs, d, f"+45{d}", pairs.replace(" ", "."),
             pairs, f"+44 7700 900{d[5:]}", f"+46 70 174 06 {rng.randint(5, 99):02d}")  # fmt: skip
    return forms[rng.randrange(len(forms)) if form is None else form]


def phone_digits(rng: random.Random) -> str:
    lead = rng.choice(MOBILE if rng.random() < 0.75 else LANDLINE)
    return lead + f"{rng.randrange(10**6):06d}"


def plate(rng: random.Random) -> str:
    letters = "ABCDEFHJKLMNPRSTUVXYZ"
    head = rng.choice(letters) + rng.choice(letters)
    n = f"{rng.randint(10, 99)} {rng.randint(100, 999)}"
    return f"{head} {n}" if rng.random() < 0.7 else f"{head}{n.replace(' ', '')}"


def ascii_name(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "-": "", " ": ""})
    return name.lower().translate(table)


def amount(rng: random.Random) -> str:
    kroner = rng.choice((149, 199, 249, 299, 349, 399, 449, 599, 1347, 2396, 4788))
    if kroner >= 1000:
        return f"{kroner // 1000}.{kroner % 1000:03d},00 kr."
    return rng.choice((f"{kroner} kr.", f"{kroner},00 kr.", f"kr. {kroner},00"))


def when(rng: random.Random) -> date:
    return TODAY - timedelta(days=rng.randint(1, 120))


def clock(rng: random.Random, sep: str = ".") -> str:
    return f"{rng.randint(6, 21):02d}{sep}{rng.randint(0, 59):02d}"


def case_no(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-26-{rng.randint(10000, 99999)}"


def member_no(rng: random.Random) -> str:
    return f"M{rng.randint(100000, 999999)}"


# ---------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str  # "" if none
    whole: str  # a three-word name in its own order, or ""
    born: date
    phone: str
    street: str
    town: tuple[str, str]

    @property
    def full(self) -> str:
        return self.whole or f"{self.first} {self.last}"

    def mail(self, rng: random.Random) -> str:
        domain = rng.choice(("example.dk", "example.com", "mail.example.dk", "example.net"))
        first, last, born = self.first, self.last, self.born
        local = rng.choice((f"{first}.{last}", f"{first}{born.year}", f"{first[0]}{last}",
                            f"{first}_{born.day}"))  # fmt: skip
        return f"{ascii_name(local)}@{domain}"

    def mitid(self) -> str:
        return f"{ascii_name(self.first)}{ascii_name(self.last)[:4]}{self.born.year % 100:02d}"


def person(rng: random.Random, young: bool = False) -> Person:
    first = rng.choice(WOMEN + MEN)
    last = rng.choice(SURNAMES)
    whole = rng.choice(THREE_WORD) if rng.random() < 0.1 else ""
    if whole:
        first, last = whole.split(" ")[0], whole.split(" ")[-1]
    middle = rng.choice(MIDDLE) if not whole and rng.random() < 0.12 else ""
    if middle:
        whole = f"{first} {middle} {last}"
    year = rng.randint(2000, 2005) if young or rng.random() < 0.15 else rng.randint(1942, 1999)
    born = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
    street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}{rng.choice(('', '', '', 'A', 'B'))}"
    if rng.random() < 0.4:
        street += rng.choice((", 1. tv.", ", 2. th.", ", st. th.", ", 3. mf.", ", 4. tv."))
    return Person(first, last, middle, whole, born, phone_digits(rng), street, rng.choice(TOWNS))


def genitive(p: Person) -> str:
    """The first name's genitive, the whole name's where the first name ends in s."""
    whole = next((n for n in (p.first, p.full) if not n.endswith("s")), "")
    return whole + "s" if whole else p.full


class Doc:
    """A document built piece by piece; in a negative, personal values become stand-ins."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.neg = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.length += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str) -> Doc:
        """A labelled value, or its stand-in in a negative."""
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        return self.t(value)

    def name(self, p: Person, form: str = "full", pseudonym: str = "[NAVN]") -> Doc:
        written = {
            "full": p.full,
            "first": p.first,
            "genitive": genitive(p),
            "surname first": f"{p.last}, {p.first}",
            "upper": p.full.upper(),
            "lower": p.first.lower(),
            "initial": f"{p.first[0]}. {p.last}",
        }[form]
        stand = pseudonym + ("s" if form == "genitive" and pseudonym == "[NAVN]" else "")
        return self.v("PERSON", written, stand)

    def address(self, p: Person, block: bool = False) -> Doc:
        code, town = p.town
        sep = "\n" if block else ", "
        return self.v("ADDRESS", f"{p.street}{sep}{code} {town}", "[ADRESSE]")

    def cpr(self, p: Person) -> Doc:
        digits = cpr_digits(self.rng, p.born)
        masked = p.born.strftime("%d%m%y") + "-xxxx"
        return self.v("CPR", cpr_written(self.rng, digits), self.rng.choice(("[CPR]", masked)))

    def birth(self, p: Person) -> Doc:
        return self.v("DATE_OF_BIRTH", birth_written(self.rng, p.born), "[dato]")

    def phone(self, p: Person, form: int | None = None) -> Doc:
        masked = f"+45 ** ** ** {p.phone[6:]}"
        written = phone_written(self.rng, p.phone, form)
        return self.v("PHONE", written, self.rng.choice(("[TLF]", masked)))

    def mail(self, value: str) -> Doc:
        masked = value[0] + "***@" + value.split("@")[1]
        return self.v("EMAIL", value, self.rng.choice(("[e-mail]", masked)))

    def card(self) -> Doc:
        number = card_number(self.rng)
        masked = self.rng.choice(("**** **** **** " + number[-4:], "******" + number[-4:]))
        written = grouped(number) if self.rng.random() < 0.7 else number
        return self.v("CARD", written, masked)

    def expiry(self) -> Doc:
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 31)
        written = f"{month:02d}/{year}" if self.rng.random() < 0.7 else f"{month:02d}/20{year}"
        return self.v("CARD_EXPIRY", written, "MM/ÅÅ")

    def iban(self, country: str | None = None) -> Doc:
        country = country or self.rng.choice(tuple(IBAN_LENGTH))
        value = iban(self.rng, country)
        written = grouped(value) if self.rng.random() < 0.6 else value
        return self.v("IBAN", written, f"{value[:4]}{'X' * (len(value) - 8)}{value[-4:]}")

    def account(self) -> Doc:
        """Reg.nr. and account together, or the reg.nr. with its own word (not labelled)."""
        reg = f"{self.rng.randint(1000, 9899)}"
        acc = f"{self.rng.randrange(10**9, 10**10):010d}"
        if self.rng.random() < 0.3:
            acc = acc[2:]
        if self.rng.random() < 0.5:
            sep = self.rng.choice(("-", " "))
            return self.v("BANK_ACCOUNT", f"{reg}{sep}{acc}", "[kontonr.]")
        self.t(self.rng.choice((f"reg.nr. {reg}, kontonr. ", f"reg. {reg} konto ",
                                f"registreringsnummer {reg} og kontonummer ")))  # fmt: skip
        return self.v("BANK_ACCOUNT", acc, "******" + acc[-4:])

    def otp(self) -> Doc:
        digits = 6 if self.rng.random() < 0.8 else 8
        return self.v("OTP", f"{self.rng.randrange(10**digits):0{digits}d}", "[kode]")

    def mitid(self, p: Person) -> Doc:
        return self.v("MITID_USER", p.mitid(), "[bruger-id]")

    def plate(self) -> Doc:
        value = plate(self.rng)
        return self.v("NUMBER_PLATE", value, value[:2] + " ** ***")

    def org_address(self) -> Doc:
        """An organisation's own address in one of many phrasings, never labelled."""
        a = self.rng.choice(CENTRES)
        phrasing = self.rng.choice((
            f"{CHAIN} · {a} · CVR-nr. {self.rng.choice(CVR)}",
            f"Kom ind på {a}, så hjælper vi dig.",
            f"Medlemskortet afhentes i receptionen, {a}.",
            f"Vores afdeling på {a} har åbent man-fre 06-22, lør-søn 08-18.",
            f"Åbningstider for medlemsservice, {a}: hverdage kl. 09.00-17.00.",
            f"Centeret ({a}) har døgnadgang med {PRODUCTS[2]}.",
            f"Post sendes til {PROVIDER}, {ORG_ADDRESSES[7]}.",
            f"{PROVIDER}, {ORG_ADDRESSES[6]}, tlf. {self.rng.choice(ORG_LINES)}.",
            f"Henvend dig i {CHAIN} på {a} med billed-ID.",
        ))  # fmt: skip
        return self.t(phrasing)

    def done(self) -> tuple[str, list[dict]]:
        return "".join(self.parts), self.spans


def staff(d: Doc, p: Person, pseudonym: str = "Medarbejder 1") -> Doc:
    return d.name(p, d.rng.choice(("full", "full", "first")), pseudonym)


# ---------------------------------------------------------------- genres


def medlemssag(d: Doc) -> None:
    """The chain's identity-theft case log: a membership in someone else's name."""
    r = d.rng
    m, s = person(r), person(r)
    d.t(f"{CHAIN} – sag om misbrug af identitet\nSagsnr.: {case_no(r, 'PF')}\n")
    d.t(f"Oprettet: {when(r).isoformat()} {clock(r, ':')} af ")
    staff(d, s).t(f" ({r.choice(STAFF_ROLES)})\n\n")
    d.t("Medlemmet: ").name(m, r.choice(("full", "surname first")), "Medlem A").t("\n")
    d.t("Navn på ID-kort: ").name(m, "upper", "Medlem A").t(", kontrolleret i receptionen\n")
    d.t(r.choice(("CPR-nr.: ", "CPR: ", "Personnummer: "))).cpr(m).t("\n")
    d.t(r.choice(("Fødselsdato: ", "født "))).birth(m).t("\n")
    d.t("Adresse: ").address(m).t("\n")
    d.t("Mobil: ").phone(m).t("\nE-mail: ").mail(m.mail(r)).t("\n")
    d.t(f"Medlemsnr. i sagen: {member_no(r)} ({r.choice(PRODUCTS[:2])}, {amount(r)} pr. md.)\n\n")
    d.t("Forløb: ").name(m, "first", "Medlem A").t(" har fået opkrævning for et medlemskab ")
    d.t(f"oprettet {when(r).strftime('%d.%m.%y')}. Det er ikke ")
    d.name(m, "genitive", "[NAVN]").t(" kort, der er betalt med: ")
    d.card().t(", udløb ").expiry().t(".\n")
    if r.random() < 0.5:
        d.t("Medlemmet oplyste sit MitID-bruger-ID ").mitid(m).t(" og fik sendt koden ").otp()
        d.t(" til bekræftelse.\n")
    if r.random() < 0.35:
        d.t("Bilen der er registreret til p-pladsen: ").plate().t(".\n")
    d.t(
        f"Aftalt: medlemskabet lukkes, {amount(r)} refunderes. {r.choice(FAMILY).capitalize()} "
        f"var med i centeret som vidne.\n"
    )
    d.org_address().t("\n")


def mandatindsigelse(d: Doc) -> None:
    """The provider's reply to a disputed Betalingsservice mandate."""
    r = d.rng
    m, s = person(r), person(r)
    pbs = r.choice(PBS)
    d.t(f"{PROVIDER}\n{ORG_ADDRESSES[6]}.\nTlf. {r.choice(ORG_LINES[:3])} · CVR-nr. {CVR[1]}\n\n")
    d.name(m, r.choice(("full", "full", "upper")), "Debitor A").t("\n").address(m, block=True)
    d.t(f"\n\n{r.choice(('København', 'Ballerup'))}, {when(r).strftime('%d.%m.%Y')}\n\n")
    d.t(f"Vedr. indsigelse mod betalingsaftale – journalnr. {case_no(r, 'BS')}\n\n")
    d.t("Kære ").name(m, "first", "Debitor A").t("\n\n")
    d.t(
        f"Vi har modtaget din indsigelse mod en aftale tilmeldt til {CHAIN} (PBS-nr. {pbs}, "
        f"debitorgruppe {r.randint(1, 99):05d}, kundenr. {r.randint(1000000, 9999999)}). "
    )
    d.t("Aftalen er oprettet på din konto ").account().t(" uden dit samtykke, og ")
    d.t(f"{r.randint(2, 6)} opkrævninger på i alt {amount(r)} føres tilbage.\n")
    d.t("Vi har noteret dit CPR-nr. ").cpr(m).t(" og telefonnummer ").phone(m)
    d.t(" til brug i sagen.\n")
    if r.random() < 0.5:
        d.t("Tilbagebetaling til udenlandsk konto sker til IBAN ").iban().t(".\n")
    if r.random() < 0.4:
        d.t("Aftalen blev oprettet af en person, der opgav fødselsdatoen ")
        d.t("(f. ").birth(m).t(") og e-mailen ").mail(m.mail(r)).t(".\n")
    d.t(f"Aftalenr. {r.randint(100, 999)}-{r.randint(1000, 9999)} er nu afmeldt.\n\n")
    d.t("Med venlig hilsen\n")
    staff(d, s, "Medarbejder 2").t(f"\n{r.choice(STAFF_ROLES).capitalize()}, {PROVIDER}\n")
    d.t("Direkte: ").mail(s.mail(r).split("@")[0] + "@debitrix.example.dk").t("\n")
    d.org_address().t("\n")


def chat(d: Doc) -> None:
    """A member app's chat with support; members type in lower case."""
    r = d.rng
    m, s = person(r), person(r)
    minutes = [r.randint(7 * 60, 21 * 60)]

    def line(who: Person, pseudonym: str, lower: bool) -> Doc:
        minutes[0] += r.randint(1, 4)
        d.t(f"[{minutes[0] // 60:02d}:{minutes[0] % 60:02d}] ")
        return d.name(who, "lower" if lower else "first", pseudonym).t(": ")

    d.t(f"PulsApp chat – {when(r).strftime('%d.%m.%y')} – sag {case_no(r, 'CH')}\n")
    lower = r.random() < 0.7
    line(m, "Medlem A", lower).t(
        f"hej, jeg er blevet trukket {amount(r)} for et medlemskab jeg aldrig har oprettet??\n"
    )
    line(s, "Medarbejder 1", False).t(
        "Hej! Det beklager jeg. Hvad er dit fulde navn og mobilnummer?\n"
    )
    line(m, "Medlem A", lower).name(m, "full", "[NAVN]").t(", ").phone(m).t("\n")
    line(s, "Medarbejder 1", False).t("Tak. Jeg sender en engangskode nu.\n")
    line(m, "Medlem A", lower).t("koden er ").otp().t("\n")
    line(s, "Medarbejder 1", False).t(
        f"Perfekt. Medlemskabet ({member_no(r)}) er oprettet med e-mailen "
    ).mail(m.mail(r)).t(" – er det din?\n")
    line(m, "Medlem A", lower).t(f"nej!! og {r.choice(FAMILY)} har heller ikke\n")
    if r.random() < 0.5:
        line(m, "Medlem A", lower).t("mit mitid bruger id er ").mitid(m).t(
            " hvis i skal bruge det\n"
        )
        line(s, "Medarbejder 1", False).t("Det skal vi ikke – del det aldrig i chatten.\n")
    if r.random() < 0.4:
        line(m, "Medlem A", lower).t("kortet der blev brugt er ikke mit: ").card().t("\n")
    if r.random() < 0.3:
        line(m, "Medlem A", lower).t("pengene kan sendes til ").iban("DK").t("\n")
    line(s, "Medarbejder 1", False).t("Jeg lukker medlemskabet og sender sagen videre. ")
    d.org_address().t("\n")


def opkaldsnotat(d: Doc) -> None:
    """A call note from the member line: a caller posed as staff and got a code."""
    r = d.rng
    m, s = person(r), person(r)
    alias = rng_first(r)
    d.t(f"Opkaldsnotat {when(r).isoformat()} kl. {clock(r)} – medlemslinjen {ORG_LINES[0]}\n")
    d.t("Noteret af: ")
    staff(d, s).t("\nOpkalder: ").name(
        m, r.choice(("full", "surname first", "initial")), "Medlem A"
    )
    d.t(", født ").birth(m).t(", tlf. ").phone(m).t("\n\n")
    if d.neg:
        d.t("Medlemmet fortæller, at en mand ringede og præsenterede sig som en medarbejder fra ")
        d.t(f"{r.choice(ALIAS_UNITS)} og bad om koden fra MitID. ")
    else:
        d.t("Medlemmet fortæller, at en mand ringede og præsenterede sig som ")
        d.v("PERSON", alias, "").t(f" fra {r.choice(ALIAS_UNITS)} og bad om koden fra MitID. ")
    d.t("Hun/han læste koden ").otp().t(" op og gav også sit bruger-ID ").mitid(m).t(".\n")
    d.t(
        f"Bagefter er der oprettet {r.choice(PRODUCTS[:3])} i medlemmets navn og tilmeldt "
        f"Betalingsservice (PBS-nr. {r.choice(PBS)}).\n"
    )
    if r.random() < 0.5:
        d.t("Kontaktadresse oplyst: ").address(m).t(".\n")
    d.t(f"Henvist til politiet på 114 og til {r.choice(BANKS)}. Sagsnr. {case_no(r, 'PF')}.\n")
    d.org_address().t("\n")


def rng_first(r: random.Random) -> str:
    """A caller's alias: a man's first name."""
    return r.choice(MEN)


def mailtraad(d: Doc) -> None:
    """An e-mail thread about a refund to a foreign IBAN."""
    r = d.rng
    m, s = person(r), person(r)
    mine = m.mail(r)
    theirs = f"{ascii_name(s.first)}.{ascii_name(s.last)[:3]}@pulsfabrikken.example.dk"
    d.t("Fra: ").name(m, "full", "Medlem A").t(" <").mail(mine).t(">\n")
    d.t("Til: medlemsservice – ").mail(theirs).t("\n")
    d.t(f"Dato: {when(r).strftime('%d.%m.%Y')} {clock(r, ':')}\n")
    d.t(f"Emne: Sv: Medlemskab oprettet i mit navn ({case_no(r, 'PF')})\n\n")
    d.t("Hej ").name(s, "first", "Medarbejder 1").t("\n\n")
    d.t("Jeg bor i udlandet nu, så tilbagebetalingen skal gå til min konto med IBAN ").iban()
    d.t(f".\nDer er trukket {amount(r)} hver måned siden {when(r).strftime('%d.%m.%y')}. ")
    d.t("I kan ringe på ").phone(m).t(" eller skrive til ").mail(mine).t(".\n")
    if r.random() < 0.5:
        d.t("Min gamle adresse i Danmark var ").address(m).t(".\n")
    d.t("\nVenlig hilsen\n").name(m, r.choice(("full", "first")), "Medlem A").t("\n\n")
    d.t("> Hej ").name(m, r.choice(("first", "full")), "Medlem A").t(", vi har fundet ")
    d.t(f"medlemskabet {member_no(r)}. Send venligst dit CPR-nr. eller din fødselsdato.\n")
    d.t("> Mvh. ").name(s, "full", "Medarbejder 1").t(f", {CHAIN}\n")
    d.t(f"> Kom ind på {r.choice(CENTRES)}, hvis det er nemmere.\n\nPS: Mit CPR-nr. er ")
    d.cpr(m).t(".\n")


def parkering(d: Doc) -> None:
    """The centre's parking-registration complaint: plates and the card in the parking app."""
    r = d.rng
    m, s = person(r), person(r)
    street = r.choice(STREETS)
    d.t(f"{CHAIN} – klage over p-afgift\nKlagenr. {case_no(r, 'PK')}, ")
    d.t(f"{when(r).strftime('%d.%m.%y')}\n")
    d.t("Medlem: ").name(m, r.choice(("full", "surname first", "upper")), "Medlem A")
    d.t(", tlf. ").phone(m).t("\n")
    d.t("Registreret bil: ").plate().t(". Afgiftens bil: ").plate().t(".\n")
    d.t(f"Afgiften på {amount(r)} blev udstedt kl. {clock(r)} på centerets p-plads. ")
    d.name(m, "genitive", "[NAVN]").t(f" bil holdt parkeret ved {street}. ")
    d.t(f"I {PRODUCTS[5]} er der tilknyttet et kort, som medlemmet ikke kender: ")
    d.card().t(" (udløb ").expiry().t(").\n")
    if r.random() < 0.4:
        d.t("Medlemmet har også fået sms med koden ").otp().t(" fra ParkNord.\n")
    if r.random() < 0.4:
        d.t("Svar sendes til ").mail(m.mail(r)).t(".\n")
    d.t("Behandlet af ").name(s, "full", "Medarbejder 2").t(".\n")
    d.org_address().t("\n")


def politianmeldelse(d: Doc) -> None:
    """A police report of identity theft with a witness."""
    r = d.rng
    m, w = person(r), person(r)
    d.t(
        f"Anmeldelse af identitetstyveri – journalnr. 0100-{r.randint(70000, 79999)}-"
        f"{r.randint(10000, 99999)}-26\nPolitiet, {ORG_ADDRESSES[10]}.\n\n"
    )
    d.t("Anmelder: ").name(m, r.choice(("full", "surname first", "upper")), "Medlem A")
    d.t("\nCPR: ").cpr(m).t("\nAdresse:\n").address(m, block=True).t("\n")
    d.t("Telefon: ").phone(m).t("\n\n")
    d.t(
        f"Anmelder har opdaget, at der i {CHAIN} og via {PROVIDER} er oprettet "
        f"{r.randint(2, 4)} medlemskaber i anmelders navn. "
    )
    d.t("Gerningspersonen har brugt anmelders konto ").account().t(".\n")
    if r.random() < 0.5:
        d.t("En bil med reg.nr. ").plate().t(" er set ved centeret på tidspunktet.\n")
    d.t("Vidne: ").name(w, r.choice(("full", "initial")), "Vidne 1").t(", ")
    d.address(w).t(", tlf. ").phone(w).t(".\n")
    if r.random() < 0.6:
        d.t("Vidnet er født ").birth(w).t(".\n")
    d.t(f"Modtaget af politiassistent NN kl. {clock(r)}. ")
    d.org_address().t("\n")


def kortindsigelse(d: Doc) -> None:
    """A card dispute form for payments to the chain."""
    r = d.rng
    m = person(r)
    d.t(f"{r.choice(BANKS)} – indsigelse mod kortbetaling\nSagsnr. {case_no(r, 'KI')}\n\n")
    d.t("Kortholder: ").name(m, r.choice(("full", "surname first", "upper")), "Medlem A")
    d.t("\nKortnummer: ").card().t("   Udløb: ").expiry().t("\n")
    d.t("E-mail: ").mail(m.mail(r)).t("\nTelefon: ").phone(m).t("\n\n")
    d.t(
        f"Betalinger til {CHAIN} den {when(r).strftime('%d.%m.%y')} og "
        f"{when(r).strftime('%d.%m.%y')}, hver {amount(r)}. "
    )
    d.t("Kortholder har ikke oprettet medlemskabet og har et andet kort: ").card().t(".\n")
    if r.random() < 0.5:
        d.t("Beløbet ønskes indsat på ").account().t(".\n")
    else:
        d.t("Beløbet ønskes indsat på IBAN ").iban("DK").t(".\n")
    d.t("Underskrift: ").name(m, "full", "[NAVN]").t(f", {when(r).strftime('%d.%m.%Y')}\n")
    d.org_address().t("\n")


BUILDERS: dict[str, Callable[[Doc], None]] = {
    "medlemssag": medlemssag,
    "mandatindsigelse": mandatindsigelse,
    "chat": chat,
    "opkaldsnotat": opkaldsnotat,
    "mailtraad": mailtraad,
    "parkering": parkering,
    "politianmeldelse": politianmeldelse,
    "kortindsigelse": kortindsigelse,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: each genre about equally often, NEGATIVES in SIZE of them pseudonymised."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], i < negatives) for i in range(size)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, negative in plan:
        while True:
            d = Doc(rng, negative)
            BUILDERS[genre](d)
            text, spans = d.done()
            if text not in seen:
                seen.add(text)
                break
        kind = "negative" if negative else "positive"
        docs.append({"id": f"pb99-{len(docs):04d}", "genre": genre, "kind": kind,
                     "text": text, "spans": spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind99.jsonl")
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
