"""A seventy-first blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ordinary fortnight
in January at a DEBT COLLECTION AGENCY'S AND A CONSUMER LOAN COMPANY'S FRAUD TEAM: loans taken
in victims' names, identity theft complaints, collection letters and call notes, in nine genres:
an investigator's dated case log (the victim's CPR, phone, address, the loan's payout account),
an e-mail thread (Fra:/Til:/Cc:/Emne:) between the loan company, the collection agency and the
victim, call notes of a victim phoning in (or a fraudster posing as the victim: MitID user ID,
a code read out, a scammer's alias "Jonas fra kortafdelingen"), a support chat log ("[09:14]
Name: " lines, Danish and some English), a collection letter (the debtor's name and address on
two lines, the CPR, the amount), an identity theft complaint form (fields with "Fødselsdato:",
the card the fraudster used, expiry, CVV), a CSV export of flagged loan applications, an
investigator's summary (the car bought on the loan, its number plate, a foreign IBAN the money
went to) and a police report with the victim's statement. The names are those of Danes of all
ages, Danes with roots elsewhere ("Hodan Warsame", "Emre Öztürk"), double surnames
("Bech-Thygesen") and the companies' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "debitor", "skyldner");
  "Holm, Agnete" and "HOLM, AGNETE" are one span each; a genitive s belongs to it ("Agnetes");
  a lower-case name typed in a chat ("karin") is PERSON. A scammer's alias ("Jonas fra
  kortafdelingen") is PERSON for the name only. Organisations, products, placeholders
  ("[NAVN]", "Kunde A", "Debitor 1") and family words ("min søn") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. Organisations'
  own postal addresses never occur.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date,
  four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født", "f." or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code
  inside the span, and foreign numbers from fiction ranges only ("+44 7700 900xxx", "+46 70 174
  06 xx", xx 05-99). Organisations' 70/80 lines, 112, 114 and 1813 are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a test
  prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 849,95"), dates and clock times
  ("14.01.26", "kl. 09.14", "[10:22]", "2026-01-14"), case, loan, complaint and police
  numbers ("INK-26-04417", "LÅN-5512093", "KLG-26-0412", "POL-26-31207"), CVR numbers,
  tracking numbers ("RB204417885DK"), IMEI-like numbers ("35-209900-176148-1"), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 lines, companies, banks, products and family
  words. Documents of kind "negative" are the same genres after pseudonymisation: only such
  values, stand-ins ("[NAVN]", "[CPR]") and pseudonyms ("Kunde A", "Debitor 1") remain. No run
  of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind70 OUT.jsonl`` writes the set; ``generate()`` returns it.
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
SEED = "pii_blind70"

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
TEST_PREFIXES = ("411111", "401288", "400000", "555555", "510510", "520082", "378282", "371449")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "LT": 20, "PL": 28, "ES": 24, "NL": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

FEMALE = (
    "Agnete", "Birthe", "Bodil", "Dorthe", "Ellen", "Grethe", "Gudrun", "Hanne", "Inge",
    "Jytte", "Kirsten", "Lis", "Lone", "Merete", "Tove", "Vibeke", "Annette", "Bente", "Susanne",
    "Tina", "Pia", "Helle", "Rikke", "Mette", "Camilla", "Louise", "Sofie", "Freja", "Ida",
    "Emma", "Clara", "Alma", "Asta", "Karla", "Signe", "Mathilde", "Nanna", "Cecilie", "Julie",
    "Maja", "Liv", "Vigga", "Karin", "Ulla", "Winnie", "Aisha", "Leyla", "Mariam", "Hiba",
    "Sana", "Amina", "Yasmin", "Ayşe", "Elif", "Zeynep", "Nadia", "Olena", "Oksana", "Agnieszka",
    "Ewa", "Marta", "Huong", "Linh", "Priya", "Hodan", "Sahra", "Farah", "Ingrid", "Dagmar",
)  # fmt: skip
MALE = (
    "Poul", "Bent", "Erik", "Knud", "Ove", "Preben", "Flemming", "Henning", "Jørgen", "Svend",
    "Torben", "Leif", "Kurt", "Carsten", "Henrik", "Jesper", "Martin", "Thomas", "Rasmus",
    "Mads", "Kasper", "Mikkel", "Anders", "Søren", "Morten", "Christian", "Frederik", "Oliver",
    "William", "Noah", "Lucas", "Emil", "Magnus", "Viktor", "Malthe", "Villads", "Aksel", "Carl",
    "Alfred", "Ahmed", "Mohammed", "Hassan", "Omar", "Yusuf", "Mehmet", "Emre", "Murat", "Tariq",
    "Imran", "Bilal", "Abdi", "Mahad", "Piotr", "Tomasz", "Marek", "Dmytro", "Andrii", "Mateo",
    "Arjun", "Duc", "Minh", "Karim", "Jamal", "Palle", "Bjarne", "Steen", "Gunnar", "Ib",
)  # fmt: skip
HYPHEN_FIRST = ("Anne-Mette", "Karl-Erik", "Hans-Henrik", "Lise-Lotte", "Jens-Peter",
                "Marie-Louise", "Per-Ole", "Bo-Kristian")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Sofie", "Kristian", "Emil", "Bech", "Skov", "Krogh", "Juul",
          "Kathrine", "Aagaard", "Bundgaard")  # fmt: skip
# The names tests/test_pii_blind_sets.py reads the given names by.
WOMEN, MEN = FEMALE, MALE
SURNAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lauridsen", "Mikkelsen",
    "Frandsen", "Bech", "Dahl", "Lund", "Holm", "Krogh", "Bak", "Vestergaard", "Østergaard",
    "Kjeldsen", "Thygesen", "Brandt", "Skov", "Frost", "Friis", "Juhl", "Mølgaard", "Gregersen",
    "Ravn", "Nørgaard", "Damgaard", "Kofoed", "Hvid", "Lindberg", "Yilmaz", "Öztürk", "Demir",
    "Kaya", "Hussein", "Mohamud", "Warsame", "Khan", "Ahmadi", "Rahimi", "Haddad", "Nowak",
    "Kowalska", "Kovalenko", "Shevchenko", "Tran", "Pham", "Singh", "Patel", "Haidari",
    "Abdullahi", "Jama", "Bundgaard", "Overgaard", "Kirkegaard",
)  # fmt: skip
DOUBLE_PARTS = ("Holm", "Bech", "Krogh", "Dahl", "Friis", "Skov", "Juhl", "Lund", "Ravn",
                "Thygesen", "Larsen", "Sørensen", "Mikkelsen", "Brandt", "Kofoed",
                "Hvid")  # fmt: skip
STREETS = (
    "Ørnevej", "Skovbrynet", "Lærkevej", "Bøgevang", "Kirkestræde", "Møllegade", "Fasanvej",
    "Havnegade", "Engvej", "Tjørnebakken", "Rosenvænget", "Stationsvej", "Vibevej",
    "Kløvermarken", "Solsikkevej", "Præstevænget", "Nørregade", "Søndergade", "Vestergade",
    "Jernbanegade", "Grønnegade", "Birkeallé", "Gammel Kongevej", "Lille Strandstræde",
    "Ny Østergade", "Hyldebærvej", "Svanemosen", "Egebjergvej", "Rugmarken", "Kastanievej",
    "Fiskerlejet", "Humlebakken", "Valmuevej", "Sneppevej", "Teglværksvej", "Borgergade",
)  # fmt: skip
TOWNS = (
    "2300 København S", "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "6700 Esbjerg",
    "7100 Vejle", "4000 Roskilde", "3400 Hillerød", "8600 Silkeborg", "7400 Herning",
    "8700 Horsens", "6000 Kolding", "4700 Næstved", "2800 Kongens Lyngby", "2630 Taastrup",
    "4200 Slagelse", "8900 Randers C", "7500 Holstebro", "9800 Hjørring", "6400 Sønderborg",
    "3000 Helsingør", "2500 Valby", "2720 Vanløse", "5700 Svendborg", "4300 Holbæk",
    "8800 Viborg", "6100 Haderslev", "9400 Nørresundby", "2650 Hvidovre", "2605 Brøndby",
    "4600 Køge", "3600 Frederikssund", "8200 Aarhus N", "5200 Odense V", "7700 Thisted",
    "6200 Aabenraa", "2770 Kastrup", "8300 Odder", "9700 Brønderslev",
)  # fmt: skip

COMPANIES = ("Skjold Inkasso A/S", "Fjordlån ApS", "Kredithuset Vest A/S", "Lånekassen Nord ApS",
             "Debitor Service Danmark", "Hurtiglån24 ApS", "Bilhuset Randrup A/S")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank",
         "Lunar")  # fmt: skip
PRODUCTS = ("MobilePay", "e-Boks", "Digital Post", "NemKonto", "Kreditvurdering Plus")
ORG_LINES = ("70 22 41 90", "70 15 30 88", "80 20 11 45", "7012 3344", "80 30 44 12")
PSEUDONYMS = ("Kunde A", "Kunde B", "Debitor 1", "Debitor 2", "Medarbejder 1", "Medarbejder 2")
FAMILY = ("min søn", "min datter", "min bror", "min søster", "min eksmand", "min ekskone",
          "hans søster", "hendes søn", "min samlever", "hendes eksmand")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
STAFF_DOMAINS = ("skjold.example.dk", "fjordlaan.example.dk", "kreditvest.example.com")
FLAGS = ("ny enhed", "adresse ændret", "udenlandsk IBAN", "hurtig udbetaling", "ny e-mail")
REFERRALS = ("henvist til 1813", "henvist til politiet på 114", "oplyst: ring 112 ved akut fare")
STAFF_ROLES = ("sagsbehandler", "svindelkoordinator", "efterforsker", "teamleder")
ALIAS_UNITS = ("kortafdelingen", "inkassoafdelingen", "Fjordlåns sikkerhedsteam",
               "bankens svindelafdeling", "retsafdelingen", "kundeservice")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"

GENRES = (
    "sagslog",
    "mailtraad",
    "opkaldsnotat",
    "chatlog",
    "inkassobrev",
    "klageformular",
    "csv_eksport",
    "efterforskning",
    "politianmeldelse",
)


# ---------------------------------------------------------------- identifiers


def grouped(compact: str) -> str:
    """The value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _mod11(digits: str) -> int:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11


def make_cpr(r: random.Random) -> tuple[str, date]:
    """A synthetic CPR number (fails modulus 11) and its birth date."""
    born = date(1936, 1, 1) + timedelta(days=r.randrange(0, 25200))
    if born.year >= 2000:
        born = date(r.randint(2000, 2005), born.month, min(born.day, 28))
        seventh = "4"
    else:
        seventh = r.choice("0123")
    head = born.strftime("%d%m%y") + seventh
    while True:
        digits = head + f"{r.randrange(1000):03d}"
        if _mod11(digits) != 0:
            return digits, born


def cpr_written(r: random.Random, digits: str, form: int | None = None) -> str:
    form = r.randrange(4) if form is None else form
    if form == 0:
        return f"{digits[:6]}-{digits[6:]}"
    if form == 1:
        return digits
    if form == 2:
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    return f"{digits[:6]} {digits[6:]}"


def dob_written(r: random.Random, born: date) -> str:
    form = r.randrange(4)
    if form == 0:
        return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    if form == 1:
        return born.strftime("%d.%m.%Y")
    if form == 2:
        return f"{born.day}/{born.month}-{born.year}"
    return born.strftime("%d-%m-%Y")


def make_phone(r: random.Random) -> str:
    """A phone number as written, in one of twelve forms."""
    form = r.randrange(12)
    if form == 10:
        return f"+44 7700 900{r.randrange(1000):03d}"
    if form == 11:
        return f"+46 70 174 06 {r.randint(5, 99):02d}"
    lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
    n = lead + f"{r.randrange(10**6):06d}"
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
        ".".join(n[i : i + 2] for i in range(0, 8, 2)),
    )[form]


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def make_card(r: random.Random) -> str:
    prefix = r.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    compact = body + luhn_digit(body)
    return grouped(compact) if r.random() < 0.6 else compact


def make_iban(r: random.Random, country: str | None = None) -> str:
    country = country or r.choice(tuple(IBAN_LENGTH))
    n = IBAN_LENGTH[country] - 4
    if country == "NL":
        bban = r.choice(("ABNA", "RABO", "INGB")) + "".join(
            r.choice("0123456789") for _ in range(10)
        )
    else:
        bban = "".join(r.choice("0123456789") for _ in range(n))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return grouped(compact) if r.random() < 0.6 else compact


def make_account(r: random.Random) -> tuple[str, str]:
    reg = f"{r.randint(1100, 9899)}"
    account = (
        f"{r.randrange(10**9, 10**10)}" if r.random() < 0.6 else f"{r.randrange(10**7, 10**8)}"
    )
    return reg, account


def make_expiry(r: random.Random) -> str:
    month, year = r.randint(1, 12), r.randint(26, 31)
    return f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"


def make_plate(r: random.Random) -> str:
    letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
    digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
    if r.random() < 0.7:
        return f"{letters} {digits[:2]} {digits[2:]}"
    return letters + digits


def make_otp(r: random.Random) -> str:
    return f"{r.randrange(10**5, 10**6)}" if r.random() < 0.75 else f"{r.randrange(10**7, 10**8)}"


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ö": "o", "ü": "u", "ş": "s"})
    return "".join(c for c in text.lower().translate(table) if c in "abcdefghijklmnopqrstuvwxyz")


# ---------------------------------------------------------------- people


class Person:
    """An invented person and the ways a text writes their name."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.female = r.random() < 0.5
        roll = r.random()
        if roll < 0.1:
            self.first = r.choice(HYPHEN_FIRST)
        else:
            self.first = r.choice(FEMALE if self.female else MALE)
        self.middle = r.choice(MIDDLE) if r.random() < 0.2 else ""
        self.initial = r.choice("ABEHJKLMPST")
        if r.random() < 0.2:
            a, b = r.sample(DOUBLE_PARTS, 2)
            self.last = f"{a}-{b}"
        else:
            self.last = r.choice(SURNAMES)
        self.cpr, self.born = make_cpr(r)
        self.phone = make_phone(r)
        user = _ascii(self.first) + (_ascii(self.last)[:4] if r.random() < 0.5 else "")
        tail = str(self.born.year) if r.random() < 0.4 else f"{self.born.year % 100:02d}"
        self.mitid = user + tail
        sep = r.choice((".", "", "_"))
        domain = r.choice(("example.dk", "example.com", "post.example.dk", "example.net"))
        self.email = f"{_ascii(self.first)}{sep}{_ascii(self.last)}@{domain}"
        if r.random() < 0.3:
            self.email = f"{_ascii(self.first)}{self.born.year % 100:02d}@{domain}"
        self.street = (
            f"{r.choice(STREETS)} {r.randint(1, 148)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        )
        if r.random() < 0.5:
            self.street += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th', 'tv', 'mf'))}."
            )
        self.town = r.choice(TOWNS)

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def name(self, form: str | None = None) -> str:
        """The name in one written form (a random one if None)."""
        r = self.r
        if form is None:
            form = r.choice(("full", "full", "full", "first", "surname_first", "upper",
                             "initial", "three", "genitive"))  # fmt: skip
        if form == "full":
            return f"{self.first} {self.last}"
        if form == "first":
            return self.first
        if form == "surname_first":
            return f"{self.last}, {self.first}"
        if form == "upper":
            return (f"{self.last}, {self.first}" if r.random() < 0.3 else self.full).upper()
        if form == "initial":
            if r.random() < 0.5:
                return f"{self.first[0]}. {self.last}"
            return f"{self.first} {self.initial}. {self.last}"
        if form == "three":
            return f"{self.first} {self.middle or r.choice(MIDDLE)} {self.last}"
        if form == "genitive":
            base = r.choice((self.first, f"{self.first} {self.last}"))
            return base if base[-1] in "sxzSXZ" else base + "s"
        if form == "lower":
            return self.first.lower()
        return self.full


# ---------------------------------------------------------------- documents


class Doc:
    """A text under construction: its parts, spans, and (for negatives) its pseudonyms."""

    def __init__(self, r: random.Random, positive: bool) -> None:
        self.r = r
        self.positive = positive
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.pseudo: dict[str, str] = {}

    def t(self, *texts: str) -> Doc:
        for text in texts:
            if text.startswith(".") and self.parts and self.parts[-1].endswith("kr."):
                text = text[1:]  # an amount's "kr." ends the sentence too
            self.parts.append(text)
            self.length += len(text)
        return self

    def p(self, value: str, kind: str, key: str = "") -> Doc:
        """A personal value: labelled in a positive, masked or replaced in a negative."""
        if self.positive:
            self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
            return self.t(value)
        return self.t(self.mask(value, kind, key))

    def who(self, person: Person, form: str | None = None) -> Doc:
        return self.p(person.name(form), "PERSON", person.full)

    def speaker(self, person: Person, name: str) -> Doc:
        if self.positive:
            return self.p(name, "PERSON", person.full)
        return self.t(self.pseudonym(person.full))

    def pseudonym(self, key: str) -> str:
        if key not in self.pseudo:
            free = [p for p in PSEUDONYMS if p not in self.pseudo.values()] or list(PSEUDONYMS)
            self.pseudo[key] = self.r.choice(free)
        return self.pseudo[key]

    def mask(self, value: str, kind: str, key: str) -> str:
        r = self.r
        digits = "".join(c for c in value if c.isdigit())
        if kind == "PERSON":
            return self.pseudonym(key) if r.random() < 0.75 else "[NAVN]"
        if kind == "CPR":
            return f"{digits[:6]}-xxxx" if r.random() < 0.6 else "[CPR]"
        if kind == "PHONE":
            return f"+45 ** ** ** {digits[-2:]}" if r.random() < 0.6 else "[TLF]"
        if kind == "EMAIL":
            return f"{value[0]}***@{value.split('@')[1]}" if r.random() < 0.7 else "[e-mail]"
        if kind == "BANK_ACCOUNT":
            return f"******{digits[-4:]}" if r.random() < 0.6 else "[kontonr.]"
        if kind == "IBAN":
            if value.startswith("DK"):
                return f"DK{digits[:2]}XXXXXXXXXX{digits[-4:]}"
            return f"{value[:2]}** **** **** {digits[-4:]}"
        if kind == "CARD":
            return f"**** **** **** {digits[-4:]}" if r.random() < 0.6 else f"******{digits[-4:]}"
        if kind == "CARD_EXPIRY":
            return "xx/xx"
        if kind == "CARD_CVV":
            return "***"
        if kind == "OTP":
            return "[kode]"
        if kind == "MITID_USER":
            return "[bruger-id]"
        if kind == "NUMBER_PLATE":
            return "[nummerplade]"
        if kind == "ADDRESS":
            return "[ADRESSE]"
        if kind == "DATE_OF_BIRTH":
            return "xx.xx.xxxx"
        return "[...]"

    def address(self, person: Person, two_lines: bool) -> Doc:
        sep = "\n" if two_lines else ", "
        return self.p(f"{person.street}{sep}{person.town}", "ADDRESS")

    def account(self, reg: str, account: str) -> Doc:
        form = self.r.randrange(4)
        if form == 0:
            return self.p(f"{reg}-{account}", "BANK_ACCOUNT")
        if form == 1:
            return self.p(f"{reg} {account}", "BANK_ACCOUNT")
        if form == 2:
            return self.t(f"reg. {reg} konto ").p(account, "BANK_ACCOUNT")
        return self.t(f"reg.nr. {reg}, kontonr. ").p(account.zfill(10), "BANK_ACCOUNT")

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- look-alikes


def jan_day(r: random.Random) -> date:
    return date(2026, 1, r.randint(5, 19))


def short(d: date) -> str:
    return d.strftime("%d.%m.%y")


def clock(r: random.Random) -> str:
    return f"{r.randint(8, 16):02d}.{r.randrange(60):02d}"


def amount(r: random.Random) -> str:
    kroner = r.choice((r.randint(300, 999), r.randint(1000, 99999), r.randint(100000, 250000)))
    whole = f"{kroner:,}".replace(",", ".")
    if r.random() < 0.3:
        return f"kr. {whole},{r.randrange(100):02d}"
    return f"{whole} kr." if r.random() < 0.6 else f"{whole},{r.randrange(100):02d} kr."


def case_no(r: random.Random) -> str:
    return f"INK-26-{r.randrange(100000):05d}"


def loan_no(r: random.Random) -> str:
    return f"LÅN-{r.randrange(1000000, 9999999)}"


def complaint_no(r: random.Random) -> str:
    return f"KLG-26-{r.randrange(10000):04d}"


def police_no(r: random.Random) -> str:
    return f"POL-26-{r.randrange(100000):05d}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(10**7, 10**8)}"


def tracking(r: random.Random) -> str:
    return f"RB{r.randrange(10**8, 10**9)}DK"


def imei(r: random.Random) -> str:
    return f"35-{r.randrange(10**6):06d}-{r.randrange(10**6):06d}-{r.randrange(10)}"


def masked_extra(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(10, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99)}-xxxx",
            f"+45 ** ** ** {r.randrange(100):02d}",
            f"{r.choice('abcdefghijklmnoprst')}***@example.dk",
            f"**** **** **** {r.randrange(10000):04d}",
            f"******{r.randrange(10000):04d}",
            f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randrange(10000):04d}",
        )
    )


def company(r: random.Random) -> str:
    return r.choice(COMPANIES)


# ---------------------------------------------------------------- genres


def staff(r: random.Random) -> Person:
    person = Person(r)
    domain = r.choice(STAFF_DOMAINS)
    person.email = f"{_ascii(person.first)}.{_ascii(person.last)[:6]}@{domain}"
    return person


def sagslog(r: random.Random, d: Doc) -> None:
    """An investigator's dated case log on a loan taken in a victim's name."""
    v, s = Person(r), staff(r)
    day = jan_day(r)
    reg, acc = make_account(r)
    d.t(f"SAGSLOG {case_no(r)} – {loan_no(r)}\n")
    d.t("Ansvarlig: ").who(s, r.choice(("full", "initial"))).t(f" ({r.choice(STAFF_ROLES)})\n\n")
    d.t(f"{short(day)} kl. {clock(r)} – Sag oprettet efter henvendelse fra ").who(v, "full")
    d.t(", CPR ").p(cpr_written(r, v.cpr), "CPR").t(". Hun/han bestrider lånet på ")
    d.t(f"{amount(r)} hos {company(r)}.\n")
    d.t(f"{short(day + timedelta(days=1))} kl. {clock(r)} – Ringet til ").who(v, "first")
    d.t(" på ").p(v.phone, "PHONE").t(". Bekræfter at adressen ").address(v, False)
    d.t(" er korrekt, men at lånet er udbetalt til ").account(reg, acc)
    d.t(f" i {r.choice(BANKS)}, som ikke er {r.choice(('hendes', 'hans'))}.\n")
    if r.random() < 0.5:
        d.t(f"{short(day + timedelta(days=2))} kl. {clock(r)} – Ansøgningen brugte e-mail ")
        d.p(v.email, "EMAIL").t(" og telefon ").p(make_phone(r), "PHONE").t(". IP-log vedlagt, ")
        d.t(f"enhed {imei(r)}.\n")
    else:
        other = Person(r)
        d.t(f"{short(day + timedelta(days=2))} kl. {clock(r)} – ").who(v, "genitive")
        d.t(" samlever, ").who(other, r.choice(("three", "full")))
        d.t(", oplyser at posten blev viderestillet. Kontakt: ").p(other.email, "EMAIL").t(".\n")
    d.t(f"{short(day + timedelta(days=3))} kl. {clock(r)} – Inkasso sat i bero. Kunden ser ")
    d.t(f"kun {masked_extra(r)} i sin bank. Ref. {complaint_no(r)}.\n")
    d.t("Note: skyldneren er ").who(v, "surname_first").t(", f. ").p(
        dob_written(r, v.born), "DATE_OF_BIRTH"
    ).t(".\n")


def mailtraad(r: random.Random, d: Doc) -> None:
    """An e-mail thread between the loan company, the agency and the victim."""
    v, s1, s2 = Person(r), staff(r), staff(r)
    day = jan_day(r)
    cno = case_no(r)
    d.t("Fra: ").who(s1, "full").t(" <").p(s1.email, "EMAIL").t(">\n")
    d.t("Til: ").p(v.email, "EMAIL").t("\n")
    d.t("Cc: ").who(s2, r.choice(("full", "three", "initial"))).t(" <").p(s2.email, "EMAIL").t(
        ">\n"
    )
    d.t(f"Dato: {day.isoformat()} {r.randint(8, 16):02d}:{r.randrange(60):02d}\n")
    d.t(f"Emne: SV: Lån i mit navn – {cno}\n\n")
    d.t("Kære ").who(v, r.choice(("first", "full", "three"))).t("\n\n")
    d.t(f"Tak for din henvendelse om lånet på {amount(r)} fra {company(r)}. Vi har sat ")
    d.t(f"inkassosagen {cno} i bero i 30 dage. Vi kan se, at ansøgningen er lavet med ")
    d.t("telefonnummeret ").p(make_phone(r), "PHONE").t(" og udbetalt til IBAN ")
    d.p(make_iban(r), "IBAN").t(". Kan du bekræfte, at du aldrig har brugt dette nummer?\n\n")
    d.t(f"Du kan også ringe på {r.choice(ORG_LINES)} hverdage kl. 09.00-15.00.\n\n")
    d.t("Med venlig hilsen\n").who(s1, "full").t(f"\n{company(r)}, {cvr(r)}\n\n")
    d.t("-----Oprindelig meddelelse-----\nFra: ").who(v, r.choice(("full", "upper"))).t(" <")
    d.p(v.email, "EMAIL").t(f">\nSendt: {short(day - timedelta(days=1))} kl. {clock(r)}\n")
    d.t("Emne: Lån i mit navn\n\n")
    d.t("Hej. Jeg har fået et inkassobrev om et lån, jeg aldrig har optaget. Mit CPR-nr. er ")
    d.p(cpr_written(r, v.cpr), "CPR").t(" og jeg bor på ").address(v, False).t(". Min mobil er ")
    d.p(v.phone, "PHONE").t(". Jeg har allerede talt med ")
    d.who(s2, "first").t(f" i jeres kundeservice. Og {r.choice(FAMILY)} siger, at ")
    d.t(f"der også kom et brev i {r.choice(PRODUCTS[:3])}.\n\nMvh ").who(v, "first").t("\n")


def opkaldsnotat(r: random.Random, d: Doc) -> None:
    """Call notes: a victim phones in, or a fraudster posing as one, or a scammer's alias."""
    v, s = Person(r), staff(r)
    day = jan_day(r)
    d.t(f"OPKALDSNOTAT {short(day)} kl. {clock(r)} – {case_no(r)}\n")
    d.t("Medarbejder: ").who(s, r.choice(("initial", "full"))).t("\n")
    d.t("Indringer: ").who(v, r.choice(("full", "three", "surname_first"))).t(", tlf. ")
    d.p(v.phone, "PHONE").t("\n\n")
    d.t("Kunden blev ringet op i går af en mand, der præsenterede sig som ")
    alias = Person(r)
    d.p(alias.first, "PERSON", alias.full).t(f" fra {r.choice(ALIAS_UNITS)}. Han bad kunden ")
    d.t("logge på med MitID og læse koden op. Kunden oplyste sit MitID-bruger-ID ")
    d.p(v.mitid, "MITID_USER").t(" og koden ").p(make_otp(r), "OTP").t(". Straks efter blev ")
    d.t(f"der optaget et lån på {amount(r)} hos {company(r)}.\n")
    if r.random() < 0.5:
        d.t("Svindleren ringede fra ").p(make_phone(r), "PHONE")
        d.t(f" (vist som {r.choice(ORG_LINES)} i displayet).\n")
    else:
        d.t("Kunden betalte også et 'gebyr' med kort ").p(make_card(r), "CARD").t(", udløb ")
        d.p(make_expiry(r), "CARD_EXPIRY").t(", CVC ").p(f"{r.randrange(1000):03d}", "CARD_CVV").t(
            ".\n"
        )
    d.t("Aftalt: ").who(v, "first").t(f" anmelder til politiet ({police_no(r)}) og spærrer i ")
    d.t(f"{r.choice(BANKS)}. Kvittering sendt til ").p(v.email, "EMAIL").t(".\n")
    d.t(f"Kunden genkender ikke {masked_extra(r)}. Opfølgning {short(day + timedelta(days=3))}.\n")


def chatlog(r: random.Random, d: Doc) -> None:
    """A support chat: "[hh:mm] Name: " lines between the victim and an agent."""
    v, s = Person(r), staff(r)
    h, m = r.randint(8, 15), r.randint(0, 25)
    vs = v.name(r.choice(("full", "first", "lower", "upper")))
    ss = s.name(r.choice(("first", "full", "initial")))

    def line(who: Person, name: str) -> Doc:
        nonlocal m
        m += r.randint(1, 3)
        return d.t(f"[{h:02d}:{m:02d}] ").speaker(who, name).t(": ")

    d.t(f"Chat-eksport {jan_day(r).isoformat()} – kanal: web – {case_no(r)}\n")
    line(v, vs).t("hej, jeg har fået rykker for et lån jeg ikke har taget\n")
    line(s, ss).t("Hej, det beklager jeg. Må jeg få dit fulde navn og CPR-nummer?\n")
    line(v, vs).who(v, r.choice(("full", "three"))).t(" ").p(cpr_written(r, v.cpr), "CPR").t("\n")
    line(s, ss).t("Tak. Hvilket telefonnummer kan vi ringe til?\n")
    line(v, vs).p(v.phone, "PHONE").t(" eller min mail ").p(v.email, "EMAIL").t("\n")
    line(s, ss).t(
        f"Jeg kan se et lån på {amount(r)} oprettet {short(jan_day(r))} kl. {clock(r)}.\n"
    )
    if r.random() < 0.5:
        fam = Person(r)
        line(v, vs).t(f"det kan være {r.choice(FAMILY)} ").who(fam, "lower").t(
            " – hun har haft adgang til min post\n"
        )
    else:
        line(v, vs).t("I got an SMS with code ").p(make_otp(r), "OTP").t(" but I never used it\n")
    line(s, ss).t("Jeg sender en identitetstyveri-erklæring til ").address(v, False).t(".\n")
    line(v, vs).t(f"tak. ring evt. på {r.choice(ORG_LINES)}? eller jer?\n")
    line(s, ss).t("Du kan skrive til mig direkte på ").p(s.email, "EMAIL").t(".\n")


def inkassobrev(r: random.Random, d: Doc) -> None:
    """A collection letter: the debtor's address block, the CPR, the claim."""
    v, s = Person(r), staff(r)
    day = jan_day(r)
    d.t(f"{company(r)}\n{cvr(r)}\n\n")
    d.who(v, r.choice(("upper", "full", "three", "upper"))).t("\n").address(v, True).t("\n\n")
    d.t(f"Dato: {short(day)}\nSagsnr.: {case_no(r)}\nCPR-nr.: ")
    d.p(cpr_written(r, v.cpr), "CPR").t("\n\n")
    d.t("INKASSOMEDDELELSE\n\n")
    d.t("Kære ").who(v, r.choice(("full", "first"))).t("\n\n")
    d.t(f"Vi har fået overdraget kravet vedrørende {loan_no(r)} fra {company(r)}. ")
    d.t(f"Hovedstol {amount(r)}, renter {amount(r)}, inkassogebyr {amount(r)}.\n")
    d.t(f"Betal senest {short(day + timedelta(days=10))} via {r.choice(PRODUCTS[:2])} eller ring ")
    d.t(f"på {r.choice(ORG_LINES)}.\n\n")
    d.t("Mener du, at lånet er optaget af en anden i dit navn, så skriv til os. Vi har ")
    d.t("registreret telefon ").p(make_phone(r), "PHONE").t(" og e-mail ")
    d.p(v.email, "EMAIL").t(" fra ansøgningen.\n\n")
    d.t("Med venlig hilsen\n").who(s, r.choice(("full", "initial", "three"))).t("\n")
    d.t("Direkte: ").p(s.email, "EMAIL").t("\n")


def klageformular(r: random.Random, d: Doc) -> None:
    """An identity theft complaint web form."""
    v = Person(r)
    d.t(f"KLAGE OVER IDENTITETSTYVERI – {complaint_no(r)}\nModtaget: {jan_day(r).isoformat()} ")
    d.t(f"{r.randint(8, 22):02d}:{r.randrange(60):02d}\n\n")
    d.t("Navn: ").who(v, r.choice(("full", "three", "surname_first", "upper"))).t("\n")
    d.t("CPR-nr.: ").p(cpr_written(r, v.cpr), "CPR").t("\n")
    d.t("Fødselsdato: ").p(dob_written(r, v.born), "DATE_OF_BIRTH").t("\n")
    d.t("Adresse: ").address(v, r.random() < 0.6).t("\n")
    d.t("Telefon: ").p(v.phone, "PHONE").t("\nE-mail: ").p(v.email, "EMAIL").t("\n")
    d.t(f"Bestridt lån: {loan_no(r)}, {amount(r)}\n")
    d.t("Kort brugt af svindleren: ").p(make_card(r), "CARD").t(" (udløb ")
    d.p(make_expiry(r), "CARD_EXPIRY").t(r.choice((", CVV ", ", kontrolcifre ", ", cvc ")))
    d.p(f"{r.randrange(1000):03d}", "CARD_CVV").t(")\n")
    d.t("Min konto til tilbagebetaling: ").account(*make_account(r)).t("\n")
    d.t("Beskrivelse: Jeg opdagede lånet, da jeg fik brev i e-Boks. ")
    if r.random() < 0.5:
        d.t(f"Jeg tror, det er en ven af {r.choice(FAMILY)}, ").who(Person(r), "full").t(
            ", der har "
        )
        d.t("brugt mine oplysninger.\n")
    else:
        d.t(f"Pakken med kortet blev sendt med {tracking(r)} til en anden adresse.\n")
    d.t("Samtykke givet: ja\n")


CSV_HEADER = "ansoegning;tidspunkt;ansoeger;cpr;tlf;email;udbetalingskonto;beloeb;flag"


def csv_eksport(r: random.Random, d: Doc) -> None:
    """A CSV export of loan applications flagged as possible identity theft."""
    d.t(f"# Eksport fra {company(r)} – flaggede ansøgninger, uge {r.randint(2, 3)}\n")
    d.t(CSV_HEADER + "\n")
    for _ in range(r.randint(3, 5)):
        v = Person(r)
        d.t(f"{loan_no(r)};{jan_day(r).isoformat()} {r.randint(0, 23):02d}:{r.randrange(60):02d};")
        d.who(v, r.choice(("full", "upper", "surname_first", "three"))).t(";")
        d.p(cpr_written(r, v.cpr, r.choice((0, 1, 1))), "CPR").t(";")
        d.p(v.phone, "PHONE").t(";").p(v.email, "EMAIL").t(";")
        reg, acc = make_account(r)
        d.p(f"{reg}-{acc}" if r.random() < 0.5 else f"{reg} {acc}", "BANK_ACCOUNT")
        d.t(f";{amount(r)};{r.choice(FLAGS)}\n")


def efterforskning(r: random.Random, d: Doc) -> None:
    """An investigator's summary: the car bought on the loan, the money trail abroad."""
    v, s, suspect = Person(r), staff(r), Person(r)
    d.t(f"EFTERFORSKNINGSRESUMÉ – {case_no(r)} / {loan_no(r)}\nUdarbejdet af: ")
    d.who(s, r.choice(("full", "three"))).t("\n\n")
    d.t("1. Forurettede: ").who(v, r.choice(("full", "surname_first", "three")))
    d.t(", født ").p(dob_written(r, v.born), "DATE_OF_BIRTH").t(", ").address(v, False).t(".\n")
    d.t(f"2. Et billån på {amount(r)} blev optaget hos {company(r)} med MitID-bruger-ID ")
    d.p(v.mitid, "MITID_USER").t(". Bilen, en brugt Skoda Octavia, har reg.nr. ")
    d.p(make_plate(r), "NUMBER_PLATE").t(" og blev afhentet af ")
    d.who(suspect, r.choice(("full", "initial", "three"))).t(".\n")
    d.t("3. Udbetalingen gik videre til IBAN ").p(make_iban(r), "IBAN").t(" og derfra til ")
    d.p(make_iban(r), "IBAN").t(".\n")
    d.t("4. Den mistænkte brugte telefon ").p(make_phone(r), "PHONE").t(" og adressen ")
    d.p(suspect.email, "EMAIL").t(f". Enhed {imei(r)}.\n")
    d.t("5. ").who(suspect, "genitive").t(" bil, ").p(make_plate(r), "NUMBER_PLATE")
    d.t(f", er set ved {r.choice(STREETS)}, men ikke ved forurettedes bopæl.\n")
    d.t(f"Samlet tab: {amount(r)}. Rapport til politiet {police_no(r)} {short(jan_day(r))}.\n")


def politianmeldelse(r: random.Random, d: Doc) -> None:
    """A police report of identity theft with the victim's statement."""
    v, s = Person(r), staff(r)
    day = jan_day(r)
    d.t(
        f"POLITIANMELDELSE {police_no(r)} – identitetstyveri\n"
        f"Anmeldt {short(day)} kl. {clock(r)}\n\n"
    )
    d.t("Anmelder: ").who(v, r.choice(("full", "three", "upper"))).t("\nCPR: ")
    d.p(cpr_written(r, v.cpr), "CPR").t("\nAdresse:\n").address(v, True).t("\nTlf.: ")
    d.p(v.phone, "PHONE").t("\n\nForklaring:\nAnmelder forklarede, at hun/han den ")
    d.t(f"{short(day - timedelta(days=4))} blev ringet op af ")
    alias = Person(r)
    d.p(alias.first, "PERSON", alias.full).t(f" fra {r.choice(ALIAS_UNITS)}, som sagde, at der ")
    d.t("var svindel på kontoen. Anmelder læste engangskoden ").p(make_otp(r), "OTP")
    d.t(" op og oplyste kortnummer ").p(make_card(r), "CARD").t(" med udløb ")
    d.p(make_expiry(r), "CARD_EXPIRY").t(" og CVV ").p(f"{r.randrange(1000):03d}", "CARD_CVV")
    d.t(f". Herefter blev der optaget to lån i anmelders navn hos {company(r)}.\n")
    d.t("Anmelders bil ").p(make_plate(r), "NUMBER_PLATE").t(" blev stillet som sikkerhed.\n")
    d.t("Kontaktperson hos långiver: ").who(s, r.choice(("full", "initial"))).t(", ")
    d.p(s.email, "EMAIL").t(f".\nAnmelder {r.choice(REFERRALS)}.\n")


GENERATORS: dict[str, Callable[[random.Random, Doc], None]] = {
    "sagslog": sagslog,
    "mailtraad": mailtraad,
    "opkaldsnotat": opkaldsnotat,
    "chatlog": chatlog,
    "inkassobrev": inkassobrev,
    "klageformular": klageformular,
    "csv_eksport": csv_eksport,
    "efterforskning": efterforskning,
    "politianmeldelse": politianmeldelse,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    r.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(plan):
        while True:
            d = Doc(r, kind == "positive")
            GENERATORS[genre](r, d)
            text = d.text()
            if text not in seen:
                seen.add(text)
                break
        docs.append(
            {"id": f"pb70-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": d.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind70.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
