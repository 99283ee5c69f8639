"""A sixty-third blind, seeded generator of Danish and English text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is INTERNATIONAL
RESIDENTS IN DENMARK AND THEIR FRAUD CASES as banks, International House, the police, advisers
and employers write them, in English, in Danish and mixed, in eight genres: an English chat with
a bank's support about a hacked account (Teams-style "[14:02] Name:" lines, a scammer's alias
"Jonas from the card department", the card, expiry, CVV and a code given away), a police report
written in Danish about an English-speaking victim (the victim's CPR, "født" date, address block,
phones, the suspect's foreign IBAN and a car's plate), an employer's HR e-mail in English about a
fake relocation agent (Fra:/Til:/Cc:/Emne:, the new employee's address, a +44 number, a foreign
IBAN), a landlord-scam complaint in mixed English and Danish (foreign names, foreign IBANs and
fiction-range foreign numbers next to Danish ones, the advertised flat's address), a case
worker's notes at a service centre for newcomers (CPR, MitID user ID, a code read out), a
language school's list of affected students (one line per student: "Surname, Given", CPR, phone,
e-mail, address), a bank's letter in Danish on a disputed card payment, and an adviser's phone
log in English with Danish notes. The names are those of Danes of all ages, Danes with roots
elsewhere and newcomers from many countries, with diacritics and apostrophes ("Siobhán
O'Brien", "Aylin Yılmaz", "Nguyen Thi Lan"), hyphenated given names and double surnames.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title, role or honorific ("Mr", "Ms", "kriminalassistent",
  "sagsbehandler", "student", "the tenant"); "O'Brien, Siobhán" is one span; a genitive belongs
  to it ("Priyas", "Priya's"); a lower-case name typed in a chat ("priya") and a name in capitals
  ("PRIYA NAIR") are PERSON, and so are initials with a surname ("P. Nair"). A scammer's alias
  ("Jonas fra kortafdelingen", "Kevin from Relocation Desk") labels only the name ("Jonas",
  "Kevin"): the department or company is not part of the span. Organisations, products,
  placeholders ("[NAVN]", "Kunde A", "Elev 3", "Vidne 1") and family words ("my husband", "min
  kone") are never PERSON.
- ADDRESS is a person's address, from the street name through number, letter, floor and side
  ("7C", "3. tv.", "st. mf."), plus ", postcode town" on the same line or on the next line of an
  address block (line break included). A street named without a number is not an address. No
  organisation's postal address occurs (whether to redact those is an open product question).
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, 112, 114, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg. no. 1234,
  account 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or residence-card numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "EUR 1,450"), dates and clock times
  ("02.12.26", "kl. 09.14", "[10:22]", "2026-03-04"), case, ticket and journal numbers, CVR
  numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "******4417", "DE71XXXXXXXXXX0932"), organisations' 70/80 and short
  numbers, companies, banks, products, streets without a number and family words. Documents of
  kind "negative" are the same genres after pseudonymisation: only such values, stand-ins
  ("[NAVN]", "[TLF]") and pseudonym labels ("Kunde A", "Elev 3") remain. No run of ten or more
  digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind62 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind62"

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
    "Birgitte", "Lærke", "Agnete", "Signe", "Frida", "Inger", "Vibeke", "Anne-Sofie", "Ulla",
    "Maja", "Priya", "Aisha", "Zofia", "Ngozi", "Siobhán", "Chloé", "Anaïs", "Małgorzata",
    "Oksana", "Yuki", "Fatuma", "Inês", "Ayşe", "Leila", "Mei", "Dilnoza", "Thandiwe", "Ewa",
    "Camila", "Aoife", "Marie-Claire", "Sunita", "Hanna", "Bích", "Guðrún", "Ilona",
)  # fmt: skip
MEN = (
    "Søren", "Mads", "Bent", "Jørgen", "Malthe", "Aksel", "Emil", "Palle", "Kaj", "Villum",
    "Arjun", "Tomasz", "Kwame", "Oluwaseun", "Matteo", "João", "Dmytro", "Hiroshi", "Mehmet",
    "Liam", "Diego", "Tariq", "Nikolaos", "Seán", "Bogdan", "Thanh", "Rafael", "Ahmad",
    "Jean-Luc", "Karim", "Ravi", "Omar", "Jakub", "Björn", "Pedro", "Kofi",
)  # fmt: skip
MIDDLE = ("Thi", "Van", "Maria", "Kumar", "Elif", "Grace", "Juhl", "Munk", "Ahmed", "Louise")
SURNAMES = (
    "Thygesen", "Kjærgaard", "Lauridsen", "Vestergaard", "Nørgaard", "Skovbo", "Holmgaard",
    "Bach-Nielsen", "Dalsgaard-Friis", "Lind-Østergaard", "Juul", "Brøndum", "Krogh", "Ebbesen",
    "Nair", "Okafor", "O'Brien", "D'Souza", "N'Diaye", "Kowalczyk", "Nowak", "Fernández",
    "Rossi", "Tanaka", "Nguyen", "Yılmaz", "Hussein", "Mwangi", "Papadopoulos", "Gonçalves",
    "Shevchenko", "Wiśniewska", "Müller", "Haddad", "Mensah", "Pereira-Lund", "Al-Amin",
    "Sørensen-Khan", "Iyer", "Kovács", "Da Silva", "Chen", "O'Neill", "Petrović", "Rahimi",
)  # fmt: skip
ALIASES = ("Jonas", "Kevin", "Sarah", "Michael", "Anna", "Daniel", "Emma", "Lucas", "Sofie")
STREETS = (
    "Amagerbrogade", "Jagtvej", "Tagensvej", "Istedgade", "Finsensvej", "Sønder Boulevard",
    "Ryesgade", "Vendersgade", "Borups Allé", "Ole Suhrs Gade", "Nordre Ringgade",
    "Silkeborgvej", "Danmarksgade", "Østerbrogade", "Peter Bangs Vej", "Søndervangen",
    "Hjortekærsvej", "Rentemestervej", "Bispebjerg Parkallé", "Vesterport", "Frederikssundsvej",
    "Toldbodgade", "Randersvej", "Skt Pauls Gade", "Enghavevej", "Ellebjergvej",
)  # fmt: skip
TOWNS = (
    ("2300", "København S"), ("2200", "København N"), ("2100", "København Ø"),
    ("2000", "Frederiksberg"), ("2450", "København SV"), ("2400", "København NV"),
    ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("5000", "Odense C"), ("9000", "Aalborg"),
    ("6700", "Esbjerg"), ("7100", "Vejle"), ("2800", "Kongens Lyngby"), ("4000", "Roskilde"),
    ("2630", "Taastrup"), ("8700", "Horsens"), ("2720", "Vanløse"), ("2860", "Søborg"),
)  # fmt: skip

BANKS = ("Fjordbanken", "Nordvest Bank", "Sparekassen Limfjord", "Kystbanken")
COMPANIES = (
    "Lindholm Pharma A/S", "Brovst Robotics ApS", "NordGrid Energy A/S", "Skagerak Biotech A/S",
    "Havnefront Consulting ApS", "Copenhagen Relocation Partners", "Dansk Sprogskole Øst",
    "Nordlys Language Centre",
)  # fmt: skip
PRODUCTS = ("MitID", "MobilePay", "NemKonto", "Visa/Dankort", "e-Boks", "Apple Pay")
ORG_LINES = ("70 21 43 65", "70 33 12 90", "80 20 11 44", "7012 6600", "80801122")
PSEUDONYMS = ("Kunde A", "Person B", "Vidne 1", "Elev 3", "Kunde 2", "Medarbejder C")
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "56",
            "57", "59", "62", "64", "66", "69", "72", "75", "76", "86", "87", "89", "96",
            "98")  # fmt: skip
# published test card numbers' prefixes (Visa, Mastercard, the 2-series and Visa Electron docs)
TEST_PREFIXES = ("411111", "400000", "555555", "520082", "222300", "401288")
IBAN_LENGTH = {"DE": 22, "PL": 28, "ES": 24, "LT": 20, "DK": 18, "NO": 15, "FI": 18, "SE": 24,
               "NL": 18, "GB": 22, "IE": 22, "PT": 25}  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ł": "l", "ı": "i", "ð": "d", "'": ""})

Seg = str | tuple[str, str]


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_fold(text: str) -> str:
    """A name as the local part of an e-mail address."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(FOLD))
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in ".-"))


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.given, self.middle, self.surname) if part)


# The written forms of a name, each a function of the person (and the language for genitives).
NAME_FORMS: dict[str, Callable[[Person], str]] = {
    "lower case": lambda p: p.given.lower(),
    "upper case": lambda p: p.full.upper(),
    "surname first": lambda p: f"{p.surname}, {p.given}",
    "genitive": lambda p: p.full + "'s",
    "hyphen": lambda p: p.full,
    "three words": lambda p: p.full,
    "initial": lambda p: f"{p.given[0]}. {p.surname}",
}


class Ents:
    """The identifiers of one document: labelled segments, or stand-ins in a negative."""

    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r, self.neg = r, neg
        self.pseud: dict[Person, str] = {}

    # -- people
    def person(self, woman: bool | None = None, middle: bool = False) -> Person:
        r = self.r
        woman = r.random() < 0.5 if woman is None else woman
        given = r.choice(WOMEN if woman else MEN)
        mid = r.choice(MIDDLE) if middle or r.random() < 0.12 else ""
        return Person(given, r.choice(SURNAMES), mid)

    def name(self, p: Person, form: str = "full", english: bool = True) -> Seg:
        if self.neg:
            if p not in self.pseud:
                self.pseud[p] = PSEUDONYMS[len(self.pseud) % len(PSEUDONYMS)]
            return self.pseud[p] + ("'s" if english else "s") * (form == "genitive")
        if form == "full":
            return (p.full, "PERSON")
        if form == "given":
            return (p.given, "PERSON")
        if form == "genitive":
            # Danish adds a bare s ("Priyas"), English 's; a Danish name ending in s, x or z
            # would take an apostrophe alone, which is left out: the given name stands instead
            base = p.given if self.r.random() < 0.6 else p.full
            if english:
                return (base + "'s", "PERSON")
            if base[-1] in "sxz":
                base = p.full if p.full[-1] not in "sxz" else base
            return (base + "s" if base[-1] not in "sxz" else base, "PERSON")
        return (NAME_FORMS[form](p), "PERSON")

    def alias(self, name: str) -> Seg:
        return "[NAVN]" if self.neg else (name, "PERSON")

    # -- addresses
    def address(self, two_lines: bool, floor: bool | None = None) -> Seg:
        if self.neg:
            return "[ADRESSE]"
        r = self.r
        street = f"{r.choice(STREETS)} {r.randint(1, 188)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        if floor if floor is not None else r.random() < 0.7:
            level = r.choice(("st.", "1.", "2.", "3.", "4.", "5."))
            street += f", {level} {r.choice(('th.', 'tv.', 'mf.'))}"
        code, town = r.choice(TOWNS)
        return (f"{street}{chr(10) if two_lines else ', '}{code} {town}", "ADDRESS")

    # -- numbers
    def born(self) -> date:
        return date(1941, 1, 1) + timedelta(days=self.r.randint(0, 23700))

    def cpr(self, form: int | None = None, birth: date | None = None) -> Seg:
        r = self.r
        birth = birth or self.born()
        head = birth.strftime("%d%m%y")
        if self.neg:
            return f"{head}-xxxx" if r.random() < 0.7 else "[CPR]"
        seventh = "4" if birth.year >= 2000 else r.choice("0123")
        while True:
            number = head + seventh + f"{r.randint(0, 999):03d}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(4) if form is None else form
        value = (
            f"{number[:6]}-{number[6:]}",
            number,
            f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
            f"{number[:6]} {number[6:]}",
        )[form]
        return (value, "CPR")

    def dob(self, birth: date | None = None) -> Seg:
        birth = birth or self.born()
        if self.neg:
            return f"{birth.year}"[:2] + "xx"
        d, m, y = birth.day, birth.month, birth.year
        value = self.r.choice(
            (
                f"{d}. {MONTHS[m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}/{m}-{y}",
                f"{d:02d}-{m:02d}-{y}",
            )
        )
        return (value, "DATE_OF_BIRTH")

    def phone(self, form: int | None = None, foreign: float = 0.12) -> Seg:
        r = self.r
        if self.neg:
            return f"+45 ** ** ** {r.randint(10, 99)}" if r.random() < 0.6 else "[TLF]"
        if form is None:
            form = r.choice((10, 11)) if r.random() < foreign else r.randrange(10)
        if form == 10:
            return (f"+44 7700 900{r.randint(0, 999):03d}", "PHONE")
        if form == 11:
            return (f"+46 70 174 06 {r.randint(5, 99):02d}", "PHONE")
        n = r.choice(MOBILE + LANDLINE) + f"{r.randint(0, 999999):06d}"
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        value = (
            f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
        )[form]  # fmt: skip
        return (value, "PHONE")

    def email(self, p: Person, domain: str = "") -> Seg:
        r = self.r
        if self.neg:
            local = ascii_fold(r.choice(WOMEN + MEN))[:1] or "k"
            return (
                f"{local}***@example.{r.choice(('dk', 'com'))}" if r.random() < 0.6 else "[e-mail]"
            )
        given, surname = ascii_fold(p.given), ascii_fold(p.surname.replace(" ", ""))
        local = r.choice(
            (f"{given}.{surname}", f"{given}{r.randint(1, 99)}", f"{given[0]}{surname}", given)
        )
        domain = domain or r.choice(("example.com", "example.dk", "example.net", "post.example.dk"))
        return (f"{local}@{domain}", "EMAIL")

    def account(self, joined: bool = True) -> Seg:
        r = self.r
        if self.neg:
            return f"******{r.randint(1000, 9999)}" if r.random() < 0.6 else "[kontonr.]"
        reg = f"{r.randint(1000, 9899)}"
        number = (
            f"{r.randint(0, 10**10 - 1):010d}"
            if r.random() < 0.7
            else f"{r.randint(10**6, 10**8 - 1)}"
        )
        if joined:
            return (f"{reg}{r.choice('- ')}{number}", "BANK_ACCOUNT")
        return (number, "BANK_ACCOUNT")

    def reg(self) -> str:
        return f"{self.r.randint(1000, 9899)}"

    def iban(self, country: str | None = None) -> Seg:
        r = self.r
        country = country or r.choice(tuple(IBAN_LENGTH))
        if self.neg:
            return f"{country}{r.randint(10, 99)}{'X' * 10}{r.randint(1000, 9999)}"
        n = IBAN_LENGTH[country] - 4
        letters = {"NL": 4, "GB": 4, "IE": 4}.get(country, 0)
        bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUWZ") for _ in range(letters))
        bban += "".join(r.choice("0123456789") for _ in range(n - letters))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        return (grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self) -> Seg:
        r = self.r
        if self.neg:
            last = f"{r.randint(1000, 9999)}"
            return f"**** **** **** {last}" if r.random() < 0.5 else f"******{last}"
        body = r.choice(TEST_PREFIXES) + "".join(r.choice("0123456789") for _ in range(9))
        total = sum(
            (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
            for i, d in enumerate(int(c) for c in reversed(body))
        )
        compact = body + str(-total % 10)
        return (grouped(compact) if r.random() < 0.65 else compact, "CARD")

    def expiry(self) -> Seg:
        r = self.r
        if self.neg:
            return "xx/xx"
        month, year = r.randint(1, 12), r.randint(26, 31)
        return (
            f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}",
            "CARD_EXPIRY",
        )

    def cvv(self) -> Seg:
        return "***" if self.neg else (f"{self.r.randint(0, 999):03d}", "CARD_CVV")

    def otp(self) -> Seg:
        r = self.r
        if self.neg:
            return "[kode]"
        value = (
            f"{r.randint(0, 999999):06d}" if r.random() < 0.75 else f"{r.randint(0, 10**8 - 1):08d}"
        )
        return (value, "OTP")

    def mitid(self, p: Person) -> Seg:
        if self.neg:
            return "[kode]"
        r = self.r
        stem = ascii_fold(r.choice((p.given, p.surname.replace(" ", "")))).replace("-", "")
        tail = r.choice((f"{r.randint(0, 99):02d}", f"{r.randint(1950, 2005)}"))
        return (stem + tail, "MITID_USER")

    def plate(self) -> Seg:
        r = self.r
        if self.neg:
            return "[kode]"
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randint(10, 99)}{r.randint(0, 999):03d}"
        spaced = f"{letters} {digits[:2]} {digits[2:]}"
        return (spaced if r.random() < 0.7 else letters + digits, "NUMBER_PLATE")


# -- hard negatives shared by both kinds
def stamp(r: random.Random) -> str:
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def short_date(r: random.Random) -> str:
    return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.26"


def clock(r: random.Random) -> tuple[int, int]:
    return r.randint(7, 21), r.randint(0, 59)


def kr(r: random.Random) -> str:
    whole = r.randint(150, 95000)
    text = f"{whole:,}".replace(",", ".")
    return f"{text},{r.randint(0, 99):02d} kr." if r.random() < 0.3 else f"{text} kr."


def foreign_amount(r: random.Random) -> str:
    return f"{r.choice(('EUR', 'GBP'))} {r.randint(300, 9800):,}"


def masked_card(r: random.Random) -> str:
    last = f"{r.randint(1000, 9999)}"
    return f"**** **** **** {last}" if r.random() < 0.5 else f"******{last}"


def masked_mail(r: random.Random) -> str:
    return f"{r.choice('abcdefghjklmnoprst')}***@example.{r.choice(('dk', 'com'))}"


def case_no(r: random.Random, kind: str) -> str:
    if kind == "police":
        return f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(10000, 99999)}-26"
    if kind == "bank":
        return f"SR-2026-{r.randint(0, 999999):06d}"
    return f"IH-26-{r.randint(0, 99999):05d}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randint(10000000, 45999999)}"


def org_line(r: random.Random) -> str:
    return r.choice(ORG_LINES)


def family(r: random.Random, english: bool) -> str:
    if english:
        return (
            f"{r.choice(('my', 'his', 'her'))} {r.choice(('husband', 'wife', 'son', 'daughter'))}"
        )
    return f"{r.choice(('min', 'hans', 'hendes'))} {r.choice(('mand', 'kone', 'søn', 'datter'))}"


def nowhere(r: random.Random, english: bool) -> str:
    """A street named without a number: not an address."""
    return f"{'near' if english else 'nær'} {r.choice(STREETS)}"


# -- the genres
def bank_chat(r: random.Random, e: Ents) -> list[Seg]:
    """An English chat with a bank's support about a hacked account."""
    cust, agent = e.person(), e.person()
    h, m = clock(r)
    bank = r.choice(BANKS)
    alias = r.choice(ALIASES)
    who = e.name(cust, "full")

    def line(speaker: Seg, *text: Seg) -> list[Seg]:
        nonlocal m, h
        m += r.randint(1, 4)
        if m > 59:
            h, m = h + 1, m - 60
        return [f"[{h:02d}:{m:02d}] ", speaker, ": ", *text, "\n"]

    me = e.name(cust, "given") if r.random() < 0.5 else e.name(cust, "lower case")
    out: list[Seg] = [f"{bank} – secure chat, case {case_no(r, 'bank')}, started {stamp(r)}\n"]
    out += line(e.name(agent, "full"), f"Hi, you're chatting with {bank} support. How can I help?")
    out += line(who, "hi, this is ", me, ". someone got into my netbank and moved money")
    out += line(
        e.name(agent, "given"),
        "I'm sorry to hear that. Can you confirm your CPR number and "
        "the phone number we have on file?",
    )
    out += line(who, e.cpr(), " and ", e.phone(foreign=0.0), ", or my UK one ", e.phone(10))
    out += line(
        who,
        "a man called me yesterday from ",
        org_line(r),
        " (looked like your number!) and said he was ",
        e.alias(alias),
        f" from the card department at {bank}",
    )
    out += line(
        who,
        "he asked for the code in the SMS and I read it out: ",
        e.otp(),
        ". then he wanted my card too, ",
        e.card(),
        " exp ",
        e.expiry(),
        " CVV ",
        e.cvv(),
    )
    out += line(
        e.name(agent, "given"),
        f"Thank you. I can see a transfer of {kr(r)} to ",
        e.iban(),
        f" and a MobilePay payment of {kr(r)} Your card {masked_card(r)} is blocked now.",
    )
    out += line(
        who,
        "will I get it back? ",
        family(r, True),
        " says the bank must refund it. my salary account is ",
        e.account(),
    )
    out += line(
        e.name(agent, "given"),
        "We'll open a dispute. Please also report it to the police on 114. A confirmation goes to ",
        e.email(cust),
        f" (we have {masked_mail(r)} as your old address, is that still yours?)",
    )
    out += line(
        me if r.random() < 0.5 else who,
        "no the old one was hacked too. thanks ",
        e.name(agent, "given"),
    )
    return out


def police_report(r: random.Random, e: Ents) -> list[Seg]:
    """A Danish police report about an English-speaking victim."""
    victim, officer, witness = e.person(), e.person(), e.person()
    birth = e.born()
    h, m = clock(r)
    out: list[Seg] = [
        f"Anmeldelse – bedrageri\nJournalnr. {case_no(r, 'police')}\nModtaget {short_date(r)} "
        f"kl. {h:02d}.{m:02d}\n\nAnmelder:\n",
        e.name(victim, r.choice(("full", "upper case", "surname first"))),
        "\n",
        e.address(True),
        "\nCPR: ",
        e.cpr(birth=birth),
        " (f. ",
        e.dob(birth),
        ")\nTlf.: ",
        e.phone(foreign=0.0),
        " / ",
        e.phone(foreign=1.0),
        "\nE-mail: ",
        e.email(victim),
        "\nSprog: engelsk (afhøring på engelsk, ingen tolk)\n\nForklaring:\nAnmelder, ",
        e.name(victim, "given"),
        ", forklarede, at vedkommende den ",
        short_date(r),
        " blev ringet op af en mand, der præsenterede sig som ",
        e.alias(r.choice(ALIASES)),
        f" fra kortafdelingen i {r.choice(BANKS)}. Nummeret "
        f"viste {org_line(r)}. Anmelder oplyste sin engangskode ",
        e.otp(),
        " og sit MitID-bruger-ID ",
        e.mitid(victim),
        f". Der blev herefter overført {kr(r)} til ",
        e.iban(),
        f". Anmelders kort {masked_card(r)} er spærret.\n\n",
        "Vidne: ",
        e.name(witness, r.choice(("full", "initial", "three words"))),
        ", født ",
        e.dob(),
        ", bopæl ",
        e.address(False),
        ", tlf. ",
        e.phone(foreign=0.0),
        f", så en bil holde {nowhere(r, False)}, reg.nr. ",
        e.plate(),
        f", hvor en person hentede et kort hos {family(r, False)} til anmelder.\n\n",
        "Anmelders kontooplysninger: reg. ",
        e.reg(),
        " konto ",
        e.account(False),
        "\n",
        "Afhørt af kriminalassistent ",
        e.name(officer, r.choice(("full", "initial"))),
        f", {stamp(r)}. Sagen er sendt til NSK (tlf. 114).\n",
    ]
    return out


def hr_email(r: random.Random, e: Ents) -> list[Seg]:
    """An employer's HR e-mail in English about a fake relocation agent."""
    hr, emp, cc, agent_alias = e.person(), e.person(), e.person(), r.choice(ALIASES)
    company = r.choice(COMPANIES[:5])
    out: list[Seg] = [
        "Fra: ",
        e.name(hr, "full"),
        " <",
        e.email(hr, "example.dk"),
        ">\nTil: ",
        e.name(emp, "full"),
        " <",
        e.email(emp),
        ">\nCc: ",
        e.email(cc, "example.dk"),
        f"\nEmne: Fake relocation agent – please read ({stamp(r)})\n\nDear ",
        e.name(emp, "given"),
        ",\n\nThank you for telling us about the e-mail from ",
        e.alias(agent_alias),
        " from Relocation Desk, who asked you for a deposit of ",
        f"{foreign_amount(r)} before your move. We never ask new colleagues to pay anything. "
        f"{company} ({cvr(r)}) uses one relocation partner only, and they never call from ",
        e.phone(r.choice((10, 11))),
        ".\n\nThe IBAN they gave you, ",
        e.iban(),
        ", has been reported to your bank. Please confirm the address we should use for your "
        "contract:\n\n",
        e.name(emp, r.choice(("full", "upper case", "three words"))),
        "\n",
        e.address(True),
        "\n\nand your Danish number ",
        e.phone(foreign=0.0),
        f" (not {masked_mail(r)}, which you told us was hacked). Your CPR ",
        e.cpr(),
        " is already registered with payroll, so there is no need to send it again.\n\n",
        "If ",
        family(r, True),
        " also paid anything, the police can be reached on 114.\n\n",
        "Best regards\n",
        e.name(hr, r.choice(("full", "initial"))),
        "\nPeople & Culture, ",
        f"{company}\nDirect: ",
        e.phone(foreign=0.0),
        f" · Switchboard: {org_line(r)}\n",
    ]
    return out


def landlord_complaint(r: random.Random, e: Ents) -> list[Seg]:
    """A landlord-scam complaint in English with Danish notes."""
    tenant, mate, landlord = e.person(), e.person(), e.person()
    out: list[Seg] = [
        f"Complaint about a rental scam – received {short_date(r)}, ref. {case_no(r, 'ih')}\n\n",
        "Name: ",
        e.name(tenant, r.choice(("surname first", "full", "upper case"))),
        "\nCurrent address:\n",
        e.address(True),
        "\nPhone: ",
        e.phone(foreign=0.0),
        " (Danish), ",
        e.phone(r.choice((10, 11))),
        " (home)\nE-mail: ",
        e.email(tenant),
        "\n\nWhat happened: I answered an ad for a flat at ",
        e.address(False),
        ". The 'landlord' called himself ",
        e.name(landlord, r.choice(("full", "three words"))),
        " and said he was working abroad. He wrote from ",
        e.email(landlord, "example.net"),
        " and called from ",
        e.phone(r.choice((10, 11))),
        ". I paid the deposit of ",
        kr(r),
        " and the first month to ",
        e.iban(),
        ". My flatmate ",
        e.name(mate, r.choice(("full", "given", "lower case"))),
        " paid her share from ",
        e.account(),
        ".\nWe went to the building on ",
        short_date(r),
        f" ({nowhere(r, True)}). The real owner did not know anything.\n\nSagsbehandlers note: ",
        e.name(landlord, "surname first"),
        " er ikke kendt i CPR. ",
        e.name(tenant, "given"),
        " har anmeldt til politiet (114). Depositum betalt med kort ",
        e.card(),
        ", udløb ",
        e.expiry(),
        f". {family(r, False).capitalize()} bor fortsat på ",
        "den gamle adresse. Bil set ved fremvisning: ",
        e.plate(),
        ".\n",
    ]
    return out


def case_notes(r: random.Random, e: Ents) -> list[Seg]:
    """A case worker's notes at a service centre for newcomers, Danish with English quotes."""
    citizen, worker, colleague = e.person(), e.person(), e.person()
    birth = e.born()
    h, m = clock(r)
    out: list[Seg] = [
        f"Sagsnotat {case_no(r, 'ih')} – {stamp(r)} kl. {h:02d}.{m:02d}\n",
        "Borger: ",
        e.name(citizen, r.choice(("full", "three words", "hyphen"))),
        ", CPR ",
        e.cpr(birth=birth),
        "\nFødselsdato: ",
        e.dob(birth),
        "\nTlf. ",
        e.phone(),
        ", mail ",
        e.email(citizen),
        "\nAdresse: ",
        e.address(False),
        "\n\n",
        "Borger henvender sig, fordi en 'rådgiver' – ",
        e.alias(r.choice(ALIASES)),
        ' fra Visa Help – har fået borgers MitID. Borger citeres: "He said my permit '
        'would be cancelled unless I logged in." Borger har oplyst bruger-ID ',
        e.mitid(citizen),
        " og koden ",
        e.otp(),
        f" i telefonen. Der er hævet {kr(r)} fra konto ",
        e.account(),
        ".\n",
        e.name(citizen, "genitive", english=False),
        f" {r.choice(PRODUCTS)} er også misbrugt. Borger har ringet til banken på {org_line(r)}.\n",
        "Vejledt om anmeldelse til politiet (114) og om at spærre MitID. ",
        f"{family(r, False).capitalize()} har ikke MitID endnu.\n\nSendt videre til ",
        e.name(colleague, r.choice(("full", "initial"))),
        " (",
        e.email(colleague, "example.dk"),
        f"). Tidligere mail {masked_mail(r)} er lukket.\n/",
        e.name(worker, "initial"),
        "\n",
    ]
    return out


def student_list(r: random.Random, e: Ents) -> list[Seg]:
    """A language school's list of students affected by a fake 'fee refund' SMS."""
    school = r.choice(COMPANIES[5:])
    teacher = e.person()
    out: list[Seg] = [
        f"{school} – students who answered the fake refund SMS (list of {short_date(r)})\n",
        "Elevnr.; name; CPR; phone; e-mail; address\n",
    ]
    for i in range(r.randint(3, 5)):
        s = e.person(middle=r.random() < 0.2)
        form = r.choice(("surname first", "surname first", "upper case", "full"))
        out += [
            f"{r.randint(2600, 2699)}; ",
            e.name(s, form),
            "; ",
            e.cpr(),
            "; ",
            e.phone(),
            "; ",
            e.email(s),
            "; ",
            e.address(False),
            "\n",
        ]
        if i == 1:
            out += [f"  (paid {kr(r)} by card {masked_card(r)}; ", family(r, True), " paid too)\n"]
    out += [
        "\nThe SMS came from ",
        e.alias(r.choice(ALIASES)),
        f" 'from {school} accounts' and asked for card details. Teacher in charge: ",
        e.name(teacher, r.choice(("full", "initial"))),
        " (",
        e.email(teacher, "example.dk"),
        f"). Class meets {nowhere(r, True)}.\n",
        f"Kontakt skolen på {org_line(r)}, {cvr(r)}.\n",
    ]
    return out


def bank_letter(r: random.Random, e: Ents) -> list[Seg]:
    """A bank's letter in Danish on a disputed card payment."""
    cust, adviser = e.person(), e.person()
    bank = r.choice(BANKS)
    out: list[Seg] = [
        e.name(cust, r.choice(("full", "upper case", "three words"))),
        "\n",
        e.address(True),
        f"\n\n{bank}, {stamp(r)}\nVores sag: {case_no(r, 'bank')}\n\nKære ",
        e.name(cust, "given"),
        " / Dear ",
        e.name(cust, "given"),
        "\n\nVi har modtaget din indsigelse mod betalingen med kort ",
        e.card(),
        " (udløb ",
        e.expiry(),
        f") på {kr(r)} Du har oplyst, at du gav kontrolcifre ",
        e.cvv(),
        " til en person, der kaldte sig ",
        e.alias(r.choice(ALIASES)),
        " fra kortafdelingen. Vi sender et nyt kort; det gamle ",
        masked_card(r),
        " er spærret.\nBeløbet krediteres konto ",
        e.account(),
        " når sagen er afgjort.\n\n",
        "Your case in English: the payment went to ",
        e.iban(),
        ". We will reply in e-Boks and to ",
        e.email(cust),
        ".\n\nMed venlig hilsen\n",
        e.name(adviser, r.choice(("full", "initial"))),
        f", kunderådgiver\n{bank} · {org_line(r)} · {cvr(r)}\n",
    ]
    return out


def phone_log(r: random.Random, e: Ents) -> list[Seg]:
    """An adviser's phone log in English with Danish notes."""
    caller, adviser, partner = e.person(), e.person(), e.person()
    out: list[Seg] = [f"Call log – {stamp(r)} – adviser ", e.name(adviser, "initial"), "\n"]
    for _ in range(r.randint(2, 3)):
        h, m = clock(r)
        out += [
            f"kl. {h:02d}.{m:02d} ",
            e.name(caller, r.choice(("full", "surname first", "given"))),
            " called from ",
            e.phone(),
            ". ",
            e.name(caller, "genitive"),
            f" {r.choice(('phone', 'laptop', 'MobilePay'))} was hacked after a call from ",
            e.alias(r.choice(ALIASES)),
            f" 'from {r.choice(BANKS)}', lost {kr(r)}\n",
        ]
    out += [
        "Note (dansk): Borger ",
        e.name(caller, "upper case"),
        ", CPR ",
        e.cpr(),
        ", bor ",
        e.address(False),
        ". ",
        e.name(partner, r.choice(("full", "hyphen", "three words"))),
        " (",
        family(r, False),
        ") har bil ",
        e.plate(),
        " og tlf. ",
        e.phone(),
        ". Engangskode sendt til borger: ",
        e.otp(),
        f" (ikke givet videre). Mail: {masked_mail(r)}, ny mail ",
        e.email(caller),
        f". Bank ringet op {nowhere(r, False)}, {org_line(r)}.\n",
    ]
    return out


GENRES: dict[str, Callable[[random.Random, Ents], list[Seg]]] = {
    "bank_chat": bank_chat,
    "politirapport": police_report,
    "hr_email": hr_email,
    "landlord_complaint": landlord_complaint,
    "sagsnotat": case_notes,
    "student_list": student_list,
    "bank_letter": bank_letter,
    "phone_log": phone_log,
}


def render(doc_id: str, genre: str, kind: str, segs: list[Seg]) -> dict:
    """One document from its segments: the text and the spans of the labelled ones."""
    text, spans = "", []
    for seg in segs:
        if isinstance(seg, tuple):
            value, kind_ = seg
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind_})
            text += value
        else:
            text += seg
    return {"id": doc_id, "genre": genre, "kind": kind, "text": text, "spans": spans}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: positives first, then the pseudonymised negatives, genres in turn."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    names = list(GENRES)
    docs, seen = [], set()
    i = 0
    while len(docs) < size:
        kind = "positive" if len(docs) < size - negatives else "negative"
        genre = names[i % len(names)]
        i += 1
        doc = render(
            f"pii_blind62-{len(docs):04d}",
            genre,
            kind,
            GENRES[genre](r, Ents(r, kind == "negative")),
        )
        if doc["text"] not in seen:
            seen.add(doc["text"])
            docs.append(doc)
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind62.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
