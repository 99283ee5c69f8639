"""A fifty-third blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, nicknames, streets, towns and organisations. Its
theme is FAMILY LAW AND FINANCIAL ABUSE IN FAMILIES, in eight genres: a family-law authority's
case note on divorce, custody, contact and child support (the parents' CPR numbers, addresses
and phones, the children's birth dates after "født", the account the support is paid to), a
lawyer's e-mail thread (Fra:/Til:/Cc:/Emne:, quoted replies) about a shared home and joint
accounts, a bank's note on the financial abuse of an older customer by a grown child (power of
attorney, MitID misused, one-time codes, the card and its expiry), a municipality social
worker's note from a home visit, a police report of a partner's coercive control and card misuse
(the card, its expiry and CVV, the car's number plate), a chat export between ex-partners
("[21:14] Mette:" and "04.03.26, 21:14 - Jonas Holm:" lines with lower-case names and
nicknames), a grandparent's complaint letter (a sender's address block on two lines) and a CSV
of maintenance payments (payer "Surname, First", CPR, account or foreign IBAN). The names are
those of Danes of all ages, Danes with roots elsewhere (Zehra, Thi Lan, Yilmaz, Nguyen), double
first names and surnames ("Anne-Mette", "Bech-Rahimi") and the organisations' staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "advokat", "mormor",
  "forurettede"); "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"), an
  apostrophe after a name ending in s does not; a lower-case name or a nickname typed in a chat
  ("mette", "Jojo") is PERSON. Organisations, products, placeholders ("[NAVN]", "Forælder A",
  "Barn 1", "Kunde 2") and family words ("min eksmand", "hendes søn") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Kløverengen.") is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". Children younger than that
  have no CPR number here. A DATE_OF_BIRTH ("4. juni 1952", "04.06.1952", "4/6-1952",
  "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:"; no other date,
  age or clock time is ever labelled.
- PHONE covers Danish 8-digit numbers from the mobile and landline ranges (MOBILE, LANDLINE; 70
  and 80 never occur as personal numbers) written "+45 20304050", "+45 20 30 40 50",
  "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50",
  "20304050", "+4520304050" or "20.30.40.50", the country code inside the span, and foreign
  numbers from the fiction ranges "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). An
  organisation's number (ORG_LINES, 112, 114, 1813) is never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account together ("1551-0012345678", "1551 0012345678") are one
  span; where the reg.nr. has its own word ("reg.nr. 1551, kontonr. 0012345678", "reg. 1551
  konto 4471203") only the account is the span. IBAN: valid check digits and the country's
  length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published test
  prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "CVV-kode", "CVC", "cvc" or "kontrolcifre"; OTP a one-time
  code of 6 or 8 digits sent, asked for or given; MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("XK 41 207", "XK41207"). No passport or driving-licence
  numbers occur.
- Hard negatives, never labelled: case and journal numbers ("FRH-26-04417", "4100-80231-
  00417-26", "BK-2026-11873", "j.nr. 27.24.00-G01-1187-26", "KL-26-0331"), maintenance
  amounts and child-support rates ("1.588,00 kr.", "normalbidrag + 100 %"), other amounts,
  dates and clock times ("04.03.26", "kl. 10.15", "[21:14]", "2026-03-04"), CVR numbers, masked
  values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 lines, streets without number,
  organisations, banks, products and family words. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]") and pseudonyms
  ("Forælder A", "Barn 1", "Kunde 2") remain. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}; each has
its own random.Random seeded by a string of the seed and its index, so a document does not
depend on the others. ``python -m bench.pii_blind52 OUT.jsonl`` writes the set; ``generate()``
returns it.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 52

GENRES = (
    "familieretligt_sagsnotat",
    "advokat_mailtraad",
    "bank_notat_misbrug",
    "kommune_socialfagligt_notat",
    "politianmeldelse_kontrol",
    "chat_eksport",
    "klage_bedsteforaelder",
    "csv_bidrag",
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
TEST_PREFIXES = ("411111", "424242", "401288", "400005", "555555", "510510", "222300", "378282")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "FI": 18, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "86", "87", "89", "96", "97",
            "98", "99")  # fmt: skip
ORG_LINES = ("70 11 24 60", "70 20 31 82", "80 30 41 19", "7045 2210", "80 81 12 40")

WOMEN = ("Agnete", "Birthe", "Karin", "Lone", "Mette", "Sanne", "Trine", "Camilla", "Freja",
          "Ida", "Laura", "Sofie", "Emma", "Astrid", "Hanne", "Inge", "Gudrun", "Yasmin", "Amina",
          "Leyla", "Nadia", "Marianne", "Tove", "Ulla", "Anne-Mette", "Lise-Lotte", "Maja",
          "Nanna", "Rikke", "Pernille", "Zehra", "Hiba", "Ewa", "Oksana", "Signe", "Vibeke",
          "Bodil", "Ellen", "Karen-Margrethe", "Thi Lan")  # fmt: skip
MEN = ("Jonas", "Mikkel", "Rasmus", "Kasper", "Thomas", "Henrik", "Bent", "Poul", "Erik",
        "Svend", "Ole", "Kurt", "Jesper", "Anders", "Niels", "Frederik", "Oliver", "Noah",
        "Malthe", "Ahmad", "Omar", "Ali", "Tariq", "Piotr", "Hans-Henrik", "Jens-Ole", "Bo",
        "Torben", "Claus", "Per", "Villads", "Aksel", "Emil", "Mads", "Viggo", "Knud-Erik",
        "Dung", "Mehmet")  # fmt: skip
SURNAMES = ("Holm", "Vinther", "Kjærsgaard", "Brandt", "Lykke", "Dalgaard", "Thygesen", "Skovbo",
            "Bech", "Frost", "Lund", "Mørch", "Overgaard", "Nygaard", "Kragh", "Bisgaard",
            "Østergaard", "Winther", "Høgh", "Abdi", "Yilmaz", "Hussein", "Nowak", "Kowalczyk",
            "Nguyen", "Rahimi", "Carlsen", "Juhl", "Ravn", "Buus", "Tang", "Melgaard", "Hjort",
            "Stampe", "Krogh", "Damsgaard", "Kjeldsen", "Fogh", "Rask", "Toft", "Aagaard",
            "Bundgaard", "Lindholm", "Sejersen", "Mikkelsen", "Halvorsen")  # fmt: skip
NICKNAMES = ("Mikse", "Jojo", "Lulu", "Kalle", "Nini", "Tobbe", "Bubber", "Pusle")

STREETS = ("Kløverengen", "Mølledamsvej", "Bøgelunden", "Ravnsbjergvej", "Tranehaven",
           "Egeskovparken", "Hvidkløvervej", "Stenhøjgårdsvej", "Lærkesangen", "Fasanstien",
           "Birkemosen", "Hedelyngen", "Skovspurvevej", "Vibeholms Allé", "Rugmarken",
           "Sivkærvej", "Ulvedalsvej", "Tjørnebakken", "Nøddehaven", "Engblommevej",
           "Havrevænget", "Sortemosevej")  # fmt: skip
TOWNS = ("4690 Haslev", "7100 Vejle", "8600 Silkeborg", "9800 Hjørring", "5700 Svendborg",
         "6100 Haderslev", "2630 Taastrup", "3400 Hillerød", "4700 Næstved", "8800 Viborg",
         "2860 Søborg", "6400 Sønderborg", "9400 Nørresundby", "7400 Herning", "4200 Slagelse",
         "4840 Nørre Alslev", "8370 Hadsten", "5450 Otterup")  # fmt: skip

AUTHORITIES = ("Familieretshuset", "Familieretskontoret Midtøst", "Ankeinstansen for Familiesager")
COMMUNES = ("Sydkyst Kommune", "Lejrevig Kommune", "Ådalen Kommune", "Vesterfjord Kommune")
POLICE = ("Nordvest Politi", "Midtøst Politi", "Sydkyst Politi")
LAW_FIRMS = ("Advokatfirmaet Brandt & Juhl", "Advokathuset Kløvermarken", "Familieadvokaterne ApS")
BANKS = ("Fjordbanken", "Sparekassen Lysholt", "Kystbanken", "Andelskassen Vestegn")
PRODUCTS = ("MobilePay", "MitID", "NemKonto", "e-Boks", "Aula", "Messenger", "Signal")
COMPANIES = AUTHORITIES + COMMUNES + POLICE + LAW_FIRMS
PSEUDONYMS = ("Forælder A", "Forælder B", "Barn 1", "Barn 2", "Kunde 2", "Borger A")
CAR_MAKES = ("en grå Skoda Octavia", "en sort VW Passat", "en hvid Toyota Yaris", "en rød Kia Ceed")

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"
FOREIGN_PHONE_FORMS = (10, 11)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "-": "", " ": ""})
    return name.lower().translate(table)


def _mod11(number: str) -> bool:
    return sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11 == 0


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


@dataclass
class Person:
    first: str
    last: str
    born: date
    female: bool
    middle: str = ""
    pseudo: str = "[NAVN]"
    cpr: str = ""
    phone: str = ""
    mail: str = ""
    street: str = ""
    number: str = ""
    town: str = ""
    extra: dict = field(default_factory=dict)


def _born(r: random.Random, lo: int, hi: int) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=r.randrange((date(hi, 12, 31) - start).days + 1))


def _cpr_digits(r: random.Random, born: date) -> str:
    century = "4" if born.year >= 2000 else str(r.randint(0, 3))
    while True:
        number = born.strftime("%d%m%y") + century + f"{r.randint(0, 999):03d}"
        if not _mod11(number):
            return number


def person(r: random.Random, lo: int, hi: int, pseudo: str, female: bool | None = None) -> Person:
    """A synthetic person born between two years, with contact data drawn once."""
    if female is None:
        female = r.random() < 0.5
    first = r.choice(WOMEN if female else MEN)
    last = r.choice(SURNAMES)
    if r.random() < 0.18:
        other = r.choice([s for s in SURNAMES if s != last])
        last = f"{last}-{other}"
    middle = ""
    if r.random() < 0.25:
        middle = r.choice(("Kjær", "Marie", "Juul", "Bach", "Louise", "Emil", "Munk", "Sofie"))
    born = _born(r, lo, hi)
    p = Person(first, last, born, female, middle, pseudo)
    p.cpr = _cpr_digits(r, born) if born.year <= 2005 else ""
    p.phone = r.choice(MOBILE if r.random() < 0.8 else LANDLINE) + f"{r.randint(0, 999999):06d}"
    user = _ascii(first.split("-")[0].split(" ")[0])
    style = r.randrange(4)
    if style == 0:
        local = f"{user}.{_ascii(last)}"
    elif style == 1:
        local = f"{user}{born.year % 100:02d}"
    elif style == 2:
        local = f"{user[0]}{_ascii(last)}"
    else:
        local = f"{user}_{_ascii(last.split('-')[0])}{r.randint(1, 99)}"
    p.mail = f"{local}@{r.choice(('example.dk', 'example.com', 'post.example.dk', 'example.net'))}"
    p.street = r.choice(STREETS)
    p.number = str(r.randint(1, 148)) + (r.choice("ABC") if r.random() < 0.2 else "")
    p.town = r.choice(TOWNS)
    return p


def child(r: random.Random, pseudo: str) -> Person:
    """A child without a CPR number (born 2009-2022)."""
    return person(r, 2009, 2022, pseudo)


class Doc:
    """A document under construction: text parts and the spans written into it."""

    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r = r
        self.neg = neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def s(self, value: str, kind: str, stand_in: str) -> Doc:
        if self.neg:
            return self.t(stand_in)
        start = self.size
        self.t(value)
        self.spans.append({"start": start, "end": self.size, "type": kind})
        return self

    def text(self) -> str:
        return "".join(self.parts)

    # names -----------------------------------------------------------------------------------
    def name(self, p: Person, form: str = "full", genitive: bool = False) -> Doc:
        r = self.r
        if form == "any":
            form = r.choice(("full", "full", "first", "three", "caps", "sfirst", "initial", "last"))
        if form == "three":
            p.middle = p.middle or r.choice(("Kjær", "Juul", "Bach", "Munk"))
            value = f"{p.first} {p.middle} {p.last}"
        elif form == "first":
            value = p.first
        elif form == "last":
            value = p.last
        elif form == "caps":
            value = f"{p.first} {p.last}".upper()
        elif form == "sfirst":
            value = f"{p.last}, {p.first}"
        elif form == "initial":
            value = f"{p.first[0]}. {p.last}"
        elif form == "lower":
            value = p.first.lower()
        else:
            value = f"{p.first} {p.last}"
        stand_in = p.pseudo
        if genitive and form != "sfirst":
            if value[-1] in "sxzSXZ":
                self.s(value, "PERSON", stand_in)
                return self.t("'")
            return self.s(value + ("S" if value.isupper() else "s"), "PERSON", stand_in + "'s")
        return self.s(value, "PERSON", stand_in)

    def nick(self, nickname: str, p: Person) -> Doc:
        return self.s(nickname, "PERSON", p.pseudo)

    # identifiers -----------------------------------------------------------------------------
    def cpr(self, p: Person) -> Doc:
        n = p.cpr
        form = self.r.randrange(4)
        value = (f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:6]} {n[6:]}")[
            form
        ]
        return self.s(value, "CPR", self.r.choice(("[CPR]", f"{n[:6]}-xxxx")))

    def dob(self, p: Person, cue: str | None = None) -> Doc:
        r, b = self.r, p.born
        self.t(cue or r.choice(("født ", "f. ", "Fødselsdato: ")))
        form = r.randrange(4)
        if form == 0:
            value = f"{b.day}. {MONTHS[b.month - 1]} {b.year}"
        elif form == 1:
            value = b.strftime("%d.%m.%Y")
        elif form == 2:
            value = f"{b.day}/{b.month}-{b.year}"
        else:
            value = b.strftime("%d-%m-%Y")
        return self.s(value, "DATE_OF_BIRTH", "[fødselsdato]")

    def phone(self, p: Person | None = None, form: int | None = None) -> Doc:
        r = self.r
        n = p.phone if p else r.choice(MOBILE) + f"{r.randint(0, 999999):06d}"
        if form is None:
            form = r.randrange(12) if r.random() < 0.9 else r.choice(FOREIGN_PHONE_FORMS)
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        value = (
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
            f"+44 7700 900{r.randint(0, 999):03d}",
            f"+46 70 174 06 {r.randint(5, 99):02d}",
        )[form]
        masked = f"+45 ** ** ** {n[6:]}"
        return self.s(value, "PHONE", r.choice(("[TLF]", masked)))

    def mail(self, p: Person) -> Doc:
        local, domain = p.mail.split("@")
        return self.s(p.mail, "EMAIL", self.r.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def address(self, p: Person, layout: str = "any") -> Doc:
        r = self.r
        if layout == "any":
            layout = r.choice(("one", "two", "bare", "one"))
        value = f"{p.street} {p.number}"
        if r.random() < 0.4:
            floor = r.choice(("st.", "1.", "2.", "3.", "4."))
            value += f", {floor} {r.choice(('th.', 'tv.', 'mf.'))}"
        if layout == "one":
            value += f", {p.town}"
        elif layout == "two":
            value += f"\n{p.town}"
        return self.s(value, "ADDRESS", "[ADRESSE]")

    def account(self, form: int | None = None) -> Doc:
        r = self.r
        reg = f"{r.randint(1100, 9899)}"
        acct = f"{r.randint(0, 99_999_999):08d}"
        acct = (r.choice(("00", "31", "45", "72")) + acct) if r.random() < 0.7 else acct[1:]
        masked = r.choice(("[kontonr.]", "******" + acct[-4:]))
        form = r.randrange(4) if form is None else form
        if form == 0:
            return self.s(f"{reg}-{acct}", "BANK_ACCOUNT", masked)
        if form == 1:
            return self.s(f"{reg} {acct}", "BANK_ACCOUNT", masked)
        if form == 2:
            self.t(f"reg.nr. {reg}, kontonr. ")
            return self.s(acct, "BANK_ACCOUNT", masked)
        self.t(f"reg. {reg} konto ")
        return self.s(acct, "BANK_ACCOUNT", masked)

    def iban(self, country: str | None = None) -> Doc:
        r = self.r
        country = country or r.choice(tuple(IBAN_LENGTH))
        bban = "".join(str(r.randint(0, 9)) for _ in range(IBAN_LENGTH[country] - 4))
        compact = country + _iban_check(country, bban) + bban
        value = grouped(compact) if r.random() < 0.6 else compact
        masked = f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(0, 9999):04d}"
        return self.s(value, "IBAN", masked if country == "DK" else "[kontonr.]")

    def card(self) -> Doc:
        r = self.r
        prefix = r.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        compact = next(body + str(d) for d in range(10) if _luhn_ok(body + str(d)))
        value = grouped(compact) if r.random() < 0.65 else compact
        return self.s(value, "CARD", r.choice(("**** **** **** " + compact[-4:], "[kortnr.]")))

    def expiry(self) -> Doc:
        r = self.r
        month, year = r.randint(1, 12), r.randint(26, 31)
        value = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        return self.s(value, "CARD_EXPIRY", "**/**")

    def cvv(self) -> Doc:
        r = self.r
        self.t(r.choice(("CVV ", "CVC ", "cvc ", "kontrolcifre ", "CVV-kode ")))
        return self.s(f"{r.randint(0, 999):03d}", "CARD_CVV", "***")

    def otp(self) -> Doc:
        r = self.r
        value = (
            f"{r.randint(0, 999999):06d}" if r.random() < 0.8 else f"{r.randint(0, 10**8 - 1):08d}"
        )
        return self.s(value, "OTP", "[kode]")

    def mitid(self, p: Person) -> Doc:
        r = self.r
        base = _ascii(r.choice((p.first.split("-")[0].split(" ")[0], p.last.split("-")[0])))
        if r.random() < 0.3:
            base = (
                r.choice(("havemand", "solsikke", "fjordblik", "kaffekop", "lynghede")) + base[:3]
            )
        digits = f"{p.born.year % 100:02d}" if r.random() < 0.6 else str(p.born.year)
        return self.s(base + digits, "MITID_USER", "[bruger-id]")

    def plate(self) -> Doc:
        r = self.r
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        a, b = r.randint(10, 99), r.randint(100, 999)
        value = f"{letters} {a} {b}" if r.random() < 0.7 else f"{letters}{a}{b}"
        return self.s(value, "NUMBER_PLATE", "[nummerplade]")


# hard negatives ------------------------------------------------------------------------------
def _day(r: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=r.randrange(150))


def dotted(r: random.Random) -> str:
    return _day(r).strftime("%d.%m.%y")


def iso(r: random.Random) -> str:
    return _day(r).isoformat()


def clock(r: random.Random, sep: str = ".") -> str:
    return f"{r.randint(7, 22):02d}{sep}{r.randrange(0, 60):02d}"


def amount(r: random.Random, lo: int = 200, hi: int = 60000, ore: bool = False) -> str:
    n = r.randint(lo, hi)
    text = f"{n:,}".replace(",", ".")
    if ore:
        text += f",{r.choice(('00', '00', '50', '95'))}"
    return f"{text} kr." if r.random() < 0.8 else f"kr. {text}"


def rate(r: random.Random) -> str:
    return f"normalbidrag + {r.choice((25, 50, 100, 150, 200, 300))} %"


def frh_case(r: random.Random) -> str:
    return f"FRH-26-{r.randint(0, 99999):05d}"


def police_journal(r: random.Random) -> str:
    office = r.choice(("4100", "3700", "1200"))
    return f"{office}-{r.randint(10000, 99999)}-{r.randint(0, 99999):05d}-26"


def bank_case(r: random.Random) -> str:
    return f"BK-2026-{r.randint(10000, 99999)}"


def commune_journal(r: random.Random) -> str:
    group = f"{r.choice('AGKP')}{r.randint(0, 99):02d}"
    return f"j.nr. 27.{r.randint(10, 40)}.00-{group}-{r.randint(1000, 9999)}-26"


def complaint_ref(r: random.Random) -> str:
    return f"KL-26-{r.randint(0, 9999):04d}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randint(10000000, 69999999)}"


def masked(r: random.Random) -> str:
    kind = r.randrange(6)
    if kind == 0:
        return f"{_born(r, 1940, 1999).strftime('%d%m%y')}-xxxx"
    if kind == 1:
        return f"+45 ** ** ** {r.randint(0, 99):02d}"
    if kind == 2:
        return f"{r.choice('abhkmst')}***@{r.choice(('example.dk', 'example.com'))}"
    if kind == 3:
        return f"**** **** **** {r.randint(0, 9999):04d}"
    if kind == 4:
        return f"******{r.randint(0, 9999):04d}"
    return f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(0, 9999):04d}"


def hard(r: random.Random) -> str:
    """A sentence of look-alikes only: numbers, amounts, masks and lines that are not PII."""
    options = (
        lambda: f"Bidraget er fastsat til {rate(r)} ({amount(r, 1400, 4800, True)} om måneden).",
        lambda: f"I systemet står kun det maskerede nummer {masked(r)}.",
        lambda: f"Oplysningerne er registreret {dotted(r)} kl. {clock(r)}.",
        lambda: f"{r.choice(AUTHORITIES)} kan kontaktes på {r.choice(ORG_LINES)} på hverdage.",
        lambda: f"Parterne har tidligere boet ved {r.choice(STREETS)}.",
        lambda: f"Se også sag {frh_case(r)} og {police_journal(r)}.",
        lambda: f"Vi henviser til {r.choice(BANKS)}s afdeling, {cvr(r)}.",
        lambda: f"Ved akut fare ring 112, ellers politiet på 114 (sag {bank_case(r)}).",
        lambda: f"Kontoudtog pr. {iso(r)} viser en saldo på {amount(r, 100, 90000, True)} nu.",
        lambda: f"Beskeden er kvitteret med {masked(r)}, jf. {commune_journal(r)}.",
        lambda: f"Der henvises til klagen, ref. {complaint_ref(r)}, modtaget {dotted(r)}.",
        lambda: (
            f"Hun fortalte, at {r.choice(('min', 'hendes', 'hans'))} "
            f"{r.choice(('eksmand', 'ekskone', 'søn', 'datter', 'svigersøn'))} var involveret."
        ),
    )
    return r.choice(options)()


def hards(d: Doc, n: int) -> None:
    for _ in range(n):
        d.t(" ", hard(d.r))


# genres --------------------------------------------------------------------------------------
def case_note(d: Doc) -> None:
    r = d.r
    father = person(r, 1965, 1996, "Forælder A", female=False)
    mother = person(r, 1968, 1998, "Forælder B", female=True)
    kids = [child(r, "Barn 1")] + ([child(r, "Barn 2")] if r.random() < 0.5 else [])
    staff = person(r, 1960, 1995, "[NAVN]")
    d.t(f"{r.choice(AUTHORITIES).upper()} – SAGSNOTAT\n")
    d.t(f"Sagsnr.: {frh_case(r)}\nDato: {dotted(r)}, kl. {clock(r)}\nSagsbehandler: ")
    d.name(staff, r.choice(("full", "initial"))).t(" (").mail(staff).t(")\n")
    topic = r.choice(("forældremyndighed og bopæl", "samvær", "børnebidrag og ægtefællebidrag",
                      "separation og skilsmisse"))  # fmt: skip
    d.t(f"Sagen angår: {topic}\n\nParter:\n")
    for role, p in (("Far", father), ("Mor", mother)):
        d.t(f"{role}: ").name(p, r.choice(("caps", "full", "sfirst", "three")))
        d.t(", CPR ").cpr(p)
        if r.random() < 0.5:
            d.t(", ").dob(p, "f. ")
        d.t("\n  Bopæl: ").address(p, r.choice(("two", "one")))
        d.t("\n  Tlf. ").phone(p)
        if r.random() < 0.6:
            d.t(", e-mail ").mail(p)
        d.t("\n")
    for k in kids:
        d.t("Barn: ").name(k, "full").t(", ").dob(k, "født ").t(f" ({2026 - k.born.year} år)\n")
    d.t("\nForløb:\n")
    k = kids[0]
    d.name(mother, "first").t(
        r.choice((" oplyste på mødet, at ", " forklarede, at ", " har skriftligt oplyst, at "))
    )
    d.name(father, r.choice(("first", "full", "last")))
    d.t(
        r.choice(
            (
                " siden bruddet har tømt den fælles budgetkonto og nægter at betale til ",
                " har ændret adgangen til familiens netbank og ikke vil bidrage til ",
                " har brugt børneopsparingen til egne udgifter og ikke betalt for ",
            )
        )
    )
    d.name(k, "first", genitive=True).t(" fritidsordning.")
    d.t(" ").name(father, "first").t(" bestrider dette og henviser til ")
    d.name(mother, "first", genitive=True).t(" nye samlever, ").name(
        person(r, 1970, 1995, "[NAVN]"), r.choice(("full", "three", "initial"))
    ).t(".")
    hards(d, 1)
    d.t("\n\nAfgørelse om bidrag: ")
    d.name(father, r.choice(("full", "sfirst"))).t(
        f" pålægges at betale {rate(r)}, i alt {amount(r, 1500, 5200, True)} om måneden "
        f"pr. barn fra {dotted(r)}. Bidraget indbetales til "
    )
    d.name(mother, "first", genitive=True).t(" konto ").account().t(".")
    if r.random() < 0.5:
        d.t(" Faderen bor i udlandet og betaler fra ").iban(r.choice(("DE", "SE", "NO", "PL"))).t(
            "."
        )
    d.t(f" Afgørelsen sendes via {r.choice(('e-Boks', 'Aula og e-Boks'))}.")
    d.t(f"\nSamvær: {r.choice(('7/7-ordning', 'hver anden weekend', '9/5-ordning'))} med "
        "aflevering ved ")  # fmt: skip
    d.t(r.choice(STREETS), ".")
    hards(d, r.randint(1, 2))
    d.t("\n")


def lawyer_thread(d: Doc) -> None:
    r = d.r
    client = person(r, 1962, 1994, "Forælder A")
    ex = person(r, 1960, 1994, "Forælder B", female=not client.female)
    lawyer = person(r, 1955, 1990, "[NAVN]")
    colleague = person(r, 1970, 1998, "[NAVN]")
    firm = r.choice(LAW_FIRMS)
    bank = r.choice(BANKS)
    d.t("Fra: ").name(lawyer, "full").t(" <").mail(lawyer).t(">\nTil: ")
    d.name(client, r.choice(("full", "three"))).t(" <").mail(client).t(">\n")
    if r.random() < 0.6:
        d.t("Cc: ").name(colleague, "full").t(" <").mail(colleague).t(">\n")
    d.t(f"Dato: {iso(r)} {clock(r, ':')}\nEmne: SV: Den fælles bolig, ")
    d.address(client, "one").t("\n\nKære ").name(client, "first").t(",\n\n")
    d.t("Tak for dine bilag. Vi har nu modtaget ").name(ex, "first", genitive=True).t(
        " advokats opgørelse af fællesboet. Boligen er vurderet til "
        f"{amount(r, 1_800_000, 4_900_000)}"
        f", og restgælden i {bank} er {amount(r, 400_000, 1_600_000)} i alt. "
    )
    d.name(ex, r.choice(("first", "full"))).t(" ønsker at overtage huset og den fælles bil (")
    d.plate().t(f"). Den fælles konto i {bank} (").account(r.choice((0, 1))).t(
        ") bør spærres for enkeltdispositioner, indtil bodelingen er på plads."
    )
    hards(d, 1)
    if r.random() < 0.6:
        d.t(" Det kreditkort, der er knyttet til kontoen (").card().t(", udløb ").expiry().t(
            "), står kun i dit navn."
        )
    d.t("\n\nMed venlig hilsen\n").name(lawyer, r.choice(("full", "initial"))).t(
        f"\n{firm} · {cvr(r)} · tlf. {r.choice(ORG_LINES)}\n"
    )
    d.t("\n> Fra: ").name(client, "full").t(" <").mail(client).t(">\n")
    d.t(f"> Sendt: {dotted(r)} kl. {clock(r)}\n> ")
    d.name(ex, r.choice(("first", "caps", "full"))).t(
        r.choice((" har flyttet ", " har overført ", " hævede i går "))
    )
    d.t(amount(r, 5000, 150000), " fra vores fælles konto til sin egen konto ")
    d.account(r.choice((2, 3))).t(". ")
    d.t(r.choice(("Hendes", "Hans")) if r.random() < 0.5 else "Det nye", " nummer er ")
    d.phone(ex).t(", og post skal sendes til ")
    d.address(ex, "one").t(". ")
    if r.random() < 0.5:
        d.t("Vores søn ").name(child(r, "Barn 1"), "full").t(" er bekymret.")
    hards(d, 1)
    d.t("\n")


def bank_note(d: Doc) -> None:
    r = d.r
    parent = person(r, 1934, 1956, "Kunde 2")
    son = person(r, 1962, 2005, "Barn 1")
    sibling = person(r, 1960, 1999, "Barn 2")
    staff = person(r, 1965, 1998, "[NAVN]")
    bank = r.choice(BANKS)
    d.t(f"{bank} – intern note: mistanke om økonomisk misbrug\n")
    d.t(f"Sags-id {bank_case(r)} · oprettet {iso(r)} {clock(r, ':')} af ")
    d.name(staff, r.choice(("full", "initial"))).t("\n\nKunde: ")
    d.name(parent, r.choice(("caps", "sfirst", "full", "three"))).t(" (CPR ").cpr(parent).t(")")
    if r.random() < 0.5:
        d.t(", ").dob(parent)
    d.t("\nAdresse: ").address(parent, r.choice(("two", "one"))).t("\nFuldmagtshaver: ")
    d.name(son, r.choice(("full", "three", "sfirst"))).t(", tlf. ").phone(son)
    if r.random() < 0.7:
        d.t(", ").mail(son)
    d.t(f"\n\nObservation: Siden {MONTHS[r.randrange(12)]} er der overført i alt ")
    d.t(amount(r, 20_000, 480_000), " fra kundens konto ").account(r.choice((0, 1)))
    d.t(" til ").name(son, "first", genitive=True).t(" konto ").account().t(". ")
    d.t("Kundens MitID med bruger-id ").mitid(parent).t(
        r.choice(
            (
                " er aktiveret på en ny telefon, og engangskoden ",
                " er brugt fra en ukendt enhed; koden ",
            )
        )
    )
    d.otp().t(" blev godkendt uden kundens viden.")
    if r.random() < 0.7:
        d.t(" Kundens kort ").card().t(" (udløb ").expiry().t(") er brugt til spil online.")
    hards(d, 1)
    d.t("\n\nSamtale: ").name(parent, "first").t(
        r.choice((" fortalte, at ", " sagde ved mødet i afdelingen, at "))
    )
    d.name(son, "first").t(' "bare hjælper med netbanken", og at ')
    d.t("hendes" if parent.female else "hans", " ", "datter" if son.female else "søn")
    d.t(f" har fuldmagt. Pengene er delvis overført via {r.choice(PRODUCTS[:1] + BANKS)}. ")
    d.name(sibling, r.choice(("full", "initial")))
    d.t(" (søskende) har ringet fra ").phone(sibling).t(" og bedt banken om at reagere.")
    if r.random() < 0.5:
        d.t(" ").name(sibling, "first", genitive=True).t(" e-mail er ").mail(sibling).t(".")
    hards(d, 1)
    d.t("\nFuldmagten begrænses; sagen sendes til kommunen.\n")


def social_note(d: Doc) -> None:
    r = d.r
    citizen = person(r, 1932, 1958, "Borger A")
    grandson = person(r, 1985, 2005, "Barn 1", female=False)
    relative = person(r, 1955, 1990, "Barn 2")
    worker = person(r, 1965, 1998, "[NAVN]")
    commune = r.choice(COMMUNES)
    d.t(f"{commune} · Ældre og Sundhed\nSocialfagligt notat, {commune_journal(r)}\n\n")
    d.t("Borger: ").name(citizen, r.choice(("sfirst", "full", "caps"))).t(", CPR-nr. ")
    d.cpr(citizen).t("\n")
    if r.random() < 0.6:
        d.dob(citizen, "Fødselsdato: ").t("\n")
    d.t("Adresse: ").address(citizen, "two").t("\nPårørende: ")
    d.name(relative, r.choice(("full", "three", "sfirst"))).t(", tlf. ").phone(relative).t("\n\n")
    d.t(f"Hjemmebesøg {dotted(r)} kl. {clock(r)} ved socialrådgiver ")
    d.name(worker, r.choice(("full", "initial"))).t(" (").mail(worker).t(").\n")
    d.t("Borgeren fortalte, at barnebarnet ").name(grandson, r.choice(("full", "first", "three")))
    d.t(
        r.choice(
            (
                " har taget borgerens hævekort og kender pinkoden",
                " har brugt borgerens MitID til at optage lån",
                " har flyttet ind og betaler ikke husleje",
            )
        )
    )
    d.t(". Borgerens MitID-bruger-id er ").mitid(citizen).t(", og ")
    d.name(grandson, "first").t(" bad i går om koden ").otp().t(".")
    if r.random() < 0.7:
        d.t(" Han kører i borgerens bil, ").plate().t(", og har ").t(
            r.choice(("nøglerne", "registreringsattesten"))
        ).t(".")
    hards(d, 1)
    d.t("\n").name(grandson, "first", genitive=True).t(" adresse: ").address(grandson, "one")
    d.t(", tlf. ").phone(grandson).t(".")
    if r.random() < 0.5:
        d.t(" ").name(grandson, "first").t(" er ").dob(grandson, "født ").t(".")
    d.t(" Borgeren ønsker ikke at anmelde sit barnebarn.")
    hards(d, 1)
    d.t("\nOpfølgning: underretning til værgemål; kontakt ")
    d.name(relative, "first").t(" på ").mail(relative).t(".\n")


def police_report(d: Doc) -> None:
    r = d.r
    victim = person(r, 1960, 2003, "Forælder A", female=True)
    suspect = person(r, 1958, 2002, "Forælder B", female=False)
    witness = person(r, 1940, 2000, "[NAVN]")
    officer = person(r, 1970, 1998, "[NAVN]")
    d.t(f"{r.choice(POLICE).upper()} – ANMELDELSE (psykisk vold og misbrug af betalingskort)\n")
    d.t(f"Journalnr. {police_journal(r)}\nModtaget {dotted(r)} kl. {clock(r)} af ")
    d.name(officer, r.choice(("full", "initial"))).t("\n\nForurettede: ")
    d.name(victim, r.choice(("caps", "full", "three", "sfirst"))).t(", ").dob(victim, "født ")
    d.t(", CPR ").cpr(victim).t("\nAdresse: ").address(victim, r.choice(("two", "one")))
    d.t("\nTlf.: ").phone(victim).t("  E-mail: ").mail(victim).t("\n\nMistænkt: ")
    d.name(suspect, r.choice(("caps", "full", "sfirst"))).t(", ").dob(suspect, "f. ")
    d.t(", ").address(suspect, "one").t(", tlf. ").phone(suspect)
    d.t(f", kører {r.choice(CAR_MAKES)}, ").plate().t("\n\nForklaring: Forurettede forklarede, at ")
    d.name(suspect, "first").t(
        r.choice(
            (
                " siden 2024 har kontrolleret hendes telefon og økonomi",
                " har krævet at se alle hendes kontoudtog",
                " har låst hende ude af fælleskontoen",
            )
        )
    )
    d.t(". Han har brugt hendes kort ").card().t(", udløb ").expiry().t(", ").cvv()
    d.t(f", til køb for {amount(r, 800, 38000, True)} på tre uger. Hun blev tvunget til at oplyse ")
    d.t("sit MitID-bruger-id ").mitid(victim).t(" og engangskoden ").otp().t(".")
    hards(d, 1)
    d.t("\nVidne: ").name(witness, r.choice(("full", "three", "sfirst")))
    d.t(", ").address(witness, "one").t(", tlf. ").phone(witness).t(". ")
    d.name(witness, "first").t(" har set ").name(suspect, "first", genitive=True).t(
        " bil holde ved "
    )
    d.t(r.choice(STREETS), " flere nætter.")
    hards(d, 1)
    d.t("\n")


CHAT_LINES = (
    "kan du hente {kid} kl 16 i morgen",
    "du har ikke betalt bidrag for marts",
    "jeg har skiftet lås, du kommer ikke ind",
    "hvorfor har du ændret koden til netbanken",
    "{kid} har glemt sin jakke hos dig",
    "stop med at skrive til min mor",
    "jeg ringer til advokaten i morgen",
    "ok",
    "det passer ikke og det ved du godt",
)


def chat(d: Doc) -> None:
    r = d.r
    a = person(r, 1975, 2000, "Forælder A")
    b = person(r, 1975, 2000, "Forælder B", female=not a.female)
    kid = child(r, "Barn 1")
    whatsapp = r.random() < 0.5
    label_a = r.choice(("first", "lower", "full", "nick"))
    label_b = r.choice(("first", "lower", "full"))
    nick = r.choice(NICKNAMES)
    day = _day(r)
    d.t(f"Eksport af {r.choice(('Signal', 'Messenger', 'SMS'))}-samtale mellem ").name(a, "full").t(
        " og "
    ).name(b, "full").t("\n")
    minute = r.randint(7 * 60, 20 * 60)

    def speak(p: Person, label: str) -> None:
        nonlocal minute
        minute += r.randint(1, 25)
        stamp = f"{minute // 60 % 24:02d}:{minute % 60:02d}"
        if whatsapp:
            d.t(f"{day.strftime('%d.%m.%y')}, {stamp} - ")
        else:
            d.t(f"[{stamp}] ")
        if label == "nick":
            d.nick(nick, p)
        else:
            d.name(p, label)
        d.t(": ")

    def filler(p: Person, label: str) -> None:
        speak(p, label)
        line = r.choice(CHAT_LINES)
        if "{kid}" in line:
            head, tail = line.split("{kid}")
            d.t(head).name(kid, r.choice(("first", "lower"))).t(tail)
        else:
            d.t(line)
        d.t("\n")

    filler(a, label_a)
    filler(b, label_b)
    speak(a, label_a)
    d.t("send mig lige koden fra MitID, jeg skal bare ind og se bidraget\n")
    speak(b, label_b)
    d.t(r.choice(("nej", "ok den er ", "fint: ")))
    if not d.parts[-1].startswith("nej"):
        d.otp()
    d.t("\n")
    speak(a, label_a)
    d.t("og dit bruger-id er stadig ").mitid(b).t(" ikke?\n")
    speak(b, label_b)
    d.t("hvorfor har du brugt mit kort ").card().t(" igen?? ").t(amount(r, 150, 9000, True))
    d.t(" på en aften\n")
    speak(a, label_a)
    d.t(r.choice(("det var til ", "du sagde selv jeg måtte, det var til ")))
    d.name(kid, "first", genitive=True).t(" fødselsdag\n")
    if r.random() < 0.6:
        speak(b, label_b)
        d.t("udløb ").expiry().t(" og ").cvv().t(" skal du slette fra din telefon\n")
    speak(b, label_b)
    d.t("min nye adresse er ").address(b, r.choice(("one", "bare"))).t(" og nr ").phone(b)
    d.t("\n")
    if r.random() < 0.6:
        speak(a, label_a)
        d.t("skriv til min advokat ").name(person(r, 1960, 1990, "[NAVN]"), "full").t(", ")
        d.mail(a).t(" virker ikke mere\n")
    filler(b, label_b)
    if r.random() < 0.5:
        d.t(f"(besked slettet {dotted(r)} kl. {clock(r)})\n")
    d.t("--- ", hard(r).strip(), "\n")


def complaint(d: Doc) -> None:
    r = d.r
    gp = person(r, 1936, 1960, "Borger A")
    kid = child(r, "Barn 1")
    kid2 = child(r, "Barn 2")
    parent = person(r, 1970, 1995, "Forælder A", female=False)
    body = r.choice(AUTHORITIES + COMMUNES)
    d.name(gp, r.choice(("full", "three", "caps"))).t("\n").address(gp, "two").t("\nTlf. ")
    d.phone(gp).t(" · ").mail(gp).t(f"\n\n{body}\nAtt.: Klageenheden\n\n")
    written = _day(r)
    d.t(f"{gp.town.split(' ', 1)[1]}, den {written.day}. {MONTHS[written.month - 1]} 2026\n")
    d.t(f"Vedr.: Klage over sagsbehandlingen – jeres ref. {complaint_ref(r)}\n\n")
    d.t(f"Jeg er {r.choice(('mormor', 'morfar', 'farmor', 'farfar'))} til ")
    d.name(kid, "full").t(" (").dob(kid, "født ").t(") og ").name(kid2, "first").t(". ")
    d.t("Siden skilsmissen har min svigersøn ").name(parent, r.choice(("full", "sfirst", "three")))
    d.t(
        r.choice(
            (
                " nægtet mig samvær med børnene",
                " brugt børnenes opsparing i min bank",
                " taget mit hævekort og hævet penge",
            )
        )
    )
    d.t(". Jeg har selv givet ").name(kid, "first").t(
        f" {amount(r, 500, 25000)} til en børneopsparing "
    )
    d.t("på konto ").account().t(", men pengene er væk.")
    if r.random() < 0.6:
        d.t(" Mit kort ").card().t(" (gyldigt til ").expiry().t(") er brugt af ")
        d.name(parent, "first").t(", og han kendte ").cvv().t(".")
    if r.random() < 0.6:
        d.t(" Han har også bedt mig læse en kode op, ").otp().t(", og kender mit MitID-bruger-id ")
        d.mitid(gp).t(".")
    hards(d, 1)
    d.t(" Børnenes mor, ").name(person(r, 1972, 1996, "Forælder B", female=True), "any")
    d.t(", kan bekræfte det.\n\nMed venlig hilsen\n").name(
        gp, r.choice(("full", "initial", "first"))
    )
    if r.random() < 0.5:
        d.t("\n").dob(gp)
    d.t("\n")


def csv_payments(d: Doc) -> None:
    r = d.r
    d.t(f"# Udtræk af bidragsbetalinger, sag {frh_case(r)}, dannet {iso(r)} {clock(r, ':')}\n")
    d.t("dato;betaler;cpr;modtager;tlf;konto;beløb;sats;bemærkning\n")
    payer = person(r, 1960, 1996, "Forælder A")
    payee = person(r, 1962, 1998, "Forælder B", female=not payer.female)
    abroad = r.random() < 0.3
    for _ in range(r.randint(3, 6)):
        d.t(f"{iso(r)};").name(payer, r.choice(("sfirst", "sfirst", "full", "caps"))).t(";")
        d.cpr(payer).t(";").name(payee, r.choice(("sfirst", "full"))).t(";").phone(payee).t(";")
        if abroad:
            d.iban(r.choice(("DE", "SE", "NO", "FI", "PL", "DK")))
        else:
            d.account(r.choice((0, 1)))
        d.t(f";{amount(r, 1200, 5200, True)};{rate(r)};")
        note = r.randrange(5)
        if note == 0:
            d.t("rykker sendt til ").mail(payer)
        elif note == 1:
            d.t(f"delvis betaling, {masked(r)}")
        elif note == 2:
            d.t("ny adresse ").address(payer, "one")
        elif note == 3:
            d.t(f"modregnet {amount(r, 200, 2000)}")
        d.t("\n")
    d.t(f"# {hard(r)}\n")


WRITERS = (case_note, lawyer_thread, bank_note, social_note, police_report, chat, complaint,
           csv_payments)  # fmt: skip


def document(seed: int, index: int, negative: bool) -> dict:
    """One document, drawn from its own seeded random generator."""
    r = random.Random(f"pii_blind52:{seed}:{index}")
    genre = index % len(GENRES)
    d = Doc(r, negative)
    WRITERS[genre](d)
    text = d.text()
    return {
        "id": f"pb52-{index:04d}",
        "genre": GENRES[genre],
        "kind": "negative" if negative else "positive",
        "text": text,
        "spans": d.spans,
    }


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, the last NEGATIVES of them pseudonymised hard negatives."""
    negatives = size * NEGATIVES // SIZE
    return [document(seed, i, i >= size - negatives) for i in range(size)]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind52.jsonl"
    rows = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
