"""A fifty-ninth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is A DANISH WEBSHOP'S
CUSTOMER SERVICE AND CHARGEBACK DESK AFTER ORDER FRAUD, in nine genres: an order confirmation
with billing and delivery addresses (and an age check's birth date), a chat log between a
customer and an agent ("[14:02] Name: " lines), a chargeback notice from the card acquirer as
summarised by staff (the card holder's name in capitals, card, expiry, the code given away), a
customer's angry e-mail (lower case, typos, emoji, card data pasted in), a return label and
packing slip as plain text lines, an internal fraud-review note listing suspicious orders as
semicolon-separated rows (surname first), an agent's phone note, a letter to a customer whose
identity was misused (ID theft) and a reply to a GDPR access request. The names are those of
Danes of all ages, Danes with roots elsewhere ("Zeynep Öztürk", "Nguyen Thi Lan"), double
surnames ("Bjerre-Overgaard") and the shop's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "agent", "kortholder"); "Holst,
  Birthe" is one span; a genitive s belongs to it ("Birthes"); a lower-case name typed by a
  customer ("birthe holst") and a capitalised one on a card or label ("BIRTHE HOLST") are
  PERSON; "B. Holst" is one span. The shop, carriers, banks, the acquirer, products,
  placeholders ("[NAVN]", "Kunde A", "Medarbejder 1") and family words ("min mand") never are.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("pakkeshoppen ved Fyrrebakken.") is
  not an address. Organisations' own postal addresses (banks, police districts, the acquirer,
  the shop, carriers) never occur in the texts: whether they count as personal data is an open
  question of the project, so letterheads and signatures name only the organisation, its 70/80
  line and its web site.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (MOBILE, LANDLINE; 70
  and 80 never occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030
  4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050",
  "+4520304050" or "20.30.40.50", the country code (with its brackets) inside the span, and
  foreign numbers from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx"
  (xx 05-99). An organisation's number (ORG_LINES, 112, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only
  the account is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH),
  grouped by four or compact. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), 16
  digits grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits
  straight after "CVV ", "cvc ", "CVC " or "kontrolcifre ". OTP: a one-time code sent, asked
  for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish
  plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("1.299,00 kr.", "kr. 849,95"), dates and clock times
  ("12.03.2026", "kl. 14.22", "[14:02]", "2026-03-12 14:22"), order, case and journal numbers
  ("NL-4012345", "CB-26-01234", "KS-120345", "DPO-26-0412"), police journal numbers
  ("1200-80123-00456-26"), transaction IDs ("TXN-KRT4012-B771"), SWIFT/BIC codes, CVR numbers,
  masked values ("040652-xxxx", "+45 ** ** ** 31", "b***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 lines, 112 and 114, the shop,
  carriers, banks, products and family words. Documents of kind "negative" are the same genres
  after pseudonymisation: only stand-ins ("[NAVN]", "[TLF]"), pseudonyms ("Kunde A",
  "Medarbejder 1") and such non-personal values remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind58 [OUT.jsonl]`` writes the set (by default to
bench/data/pii_blind58.jsonl); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind58"
OUT = Path(__file__).resolve().parent / "data" / "pii_blind58.jsonl"

GENRES = (
    "ordrebekraeftelse",
    "chatlog",
    "chargeback",
    "kundemail",
    "returlabel",
    "svindelnotat",
    "telefonnotat",
    "id_tyveri_brev",
    "indsigtssvar",
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
    "Birthe", "Inger", "Gudrun", "Tove", "Vibeke", "Susanne", "Hanne", "Lone", "Mette",
    "Pernille", "Camilla", "Signe", "Sofie", "Freja", "Ida", "Alma", "Karla", "Ellen", "Asta",
    "Nadia", "Fatima", "Aisha", "Leyla", "Mariam", "Zeynep", "Agnieszka", "Olena", "Yasmin",
)  # fmt: skip
MEN = (
    "Bent", "Poul", "Erik", "Jørgen", "Henning", "Torben", "Kasper", "Søren", "Jesper", "Mikkel",
    "Frederik", "Oskar", "Aksel", "Emil", "Malthe", "Viggo", "Ahmed", "Omar", "Hassan", "Mehmet",
    "Tariq", "Bilal", "Piotr", "Dmitri", "Karim", "Jonas", "Troels", "Ebbe",
)  # fmt: skip
SURNAMES = (
    "Kjeldsen", "Bruun", "Thygesen", "Dahl", "Krogh", "Winther", "Mørch", "Ravnholt", "Bjerre",
    "Kristoffersen", "Overgaard", "Frandsen", "Holst", "Lauridsen", "Ibsen", "Sloth", "Juhl",
    "Vestergaard", "Fogh", "Lynge", "Yilmaz", "Hussein", "Abdullahi", "Kowalski", "Öztürk",
    "Haddad", "Rahimi", "Petrov", "Skaarup", "Damgaard",
)  # fmt: skip
MIDDLE = ("Juul", "Munk", "Bach", "Kjær", "Toft")
MIDDLE_WOMEN = ("Marie", "Louise", "Kristine", "Helene")
VIETNAMESE = (("Nguyen", "Thi", "Lan"), ("Tran", "Van", "Minh"), ("Pham", "Thi", "Hoa"))
STREETS = (
    "Kløvermarken", "Hyldebærvej", "Skovløbervej", "Engblommevej", "Møllestien", "Pilevænget",
    "Kildebakken", "Hestehavevej", "Tranevej", "Solsikkevej", "Bøgelunden", "Rugmarken",
    "Havrevænget", "Lærkeskrænten", "Rønnebærvej", "Agerhønevej", "Kastanjealle", "Fyrrebakken",
    "Tjørnevang", "Stenhøjvej", "Nørremarksvej", "Bakkedraget", "Hjortekærsvej", "Grusgravvej",
)  # fmt: skip
TOWNS = (
    ("8600", "Silkeborg"), ("7100", "Vejle"), ("5700", "Svendborg"), ("9800", "Hjørring"),
    ("4700", "Næstved"), ("6700", "Esbjerg"), ("8900", "Randers"), ("3400", "Hillerød"),
    ("2630", "Taastrup"), ("4200", "Slagelse"), ("7400", "Herning"), ("6000", "Kolding"),
    ("9000", "Aalborg"), ("8000", "Aarhus C"), ("2300", "København S"), ("5000", "Odense C"),
    ("3000", "Helsingør"), ("4000", "Roskilde"), ("6400", "Sønderborg"), ("8700", "Horsens"),
)  # fmt: skip

SHOP = "Nordlys Boligudstyr ApS"
SITE = "www.nordlysbolig.example.dk"
CARRIERS = ("Fragtfix", "PakkeNord", "Brevduen Pakkeshop")
BANKS = ("Dansk Vestbank", "Sparekassen Kattegat", "Fjordbanken")
ACQUIRER = "KortNet Acquiring"
COMPANIES = (SHOP, ACQUIRER, *CARRIERS)
PRODUCTS = ("BetalSikker", "Nordlys Plus", "Hyggelampe Luna", "Uldplaid Fjord")
BICS = ("DABADKKK", "NDEADKKK", "JYBADKKK", "SYBKDK22", "HANDDKKK")
ORG_LINES = ("70 21 43 65", "80 30 12 12", "70 10 20 99", "80 88 77 66", "70 33 22 11")
SHOP_LINE, ACQUIRER_LINE, BANK_LINE, FREE_LINE, POLICE_LINE = ORG_LINES
PSEUDONYMS = ("Kunde A", "Kunde B", "Medarbejder 1", "Medarbejder 2", "Kortholder X")
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
FAMILY = ("min mand", "min kone", "min søn", "min datter", "hendes søn", "hans datter")
GOODS = (
    ("Hyggelampe Luna", 1299), ("Uldplaid Fjord", 649), ("Espressomaskine Brio", 4499),
    ("Robotstøvsuger Zip", 3799), ("Dyne Vinter", 1899), ("Gavekort", 2000),
    ("Hovedtelefoner Tyst", 2349), ("Tablet Nova 11", 5995), ("Kaffekværn", 899),
)  # fmt: skip
EMOJI = ("😡", "🤬", "😤", "🙄", "💸", "😭", "‼️")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "24", "26", "27", "28", "29", "30", "31", "40", "42", "50", "51",
          "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "36", "38", "43", "44", "46", "48", "56", "58", "62", "64", "66", "72",
            "75", "86", "87", "89", "96", "98")  # fmt: skip
TEST_PREFIXES = ("411111", "400000", "555555", "222300", "520082")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "FI": 18, "PL": 28, "ES": 24}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

Part = str | tuple[str, str]


def grouped(compact: str) -> str:
    """The value in groups of four, as on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes the body."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    """The compact IBAN of a country and BBAN with its modulus 97 check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def mod11_fails(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


def ascii_fold(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ö": "o", "ü": "u", "é": "e"})
    return text.lower().translate(table)


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""
    born: date = date(1970, 1, 1)
    female: bool = True
    pseudonym: str = "[NAVN]"
    vietnamese: bool = False

    @property
    def full(self) -> str:
        if self.vietnamese:
            return f"{self.last} {self.middle} {self.first}"
        return f"{self.first} {self.last}"


class Filler:
    """Values of one document: labelled parts in a positive, stand-ins in a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.roles: dict[str, int] = {}

    def _l(self, value: str, kind: str, stand_in: str) -> Part:
        return stand_in if self.neg else (value, kind)

    # people and names
    def person(self, role: str = "kunde", least_age: int = 18) -> Person:
        r = self.rng
        female = r.random() < 0.5
        first = r.choice(WOMEN if female else MEN)
        last = r.choice(SURNAMES)
        middle, viet = "", False
        roll = r.random()
        if roll < 0.15:
            last = f"{last}-{r.choice([s for s in SURNAMES if s != last])}"
        elif roll < 0.27:
            middle = r.choice(MIDDLE + (MIDDLE_WOMEN if female else ()))
        elif roll < 0.33:
            last, middle, first = r.choice(VIETNAMESE)
            viet = True
        born = date(1936, 1, 1) + timedelta(
            days=r.randrange((date(2005, 12, 31) - date(1936, 1, 1)).days)
        )
        pseudo = {"kunde": ("Kunde A", "Kunde B"), "staff": ("Medarbejder 1", "Medarbejder 2")}
        names = pseudo.get(role, ("Kortholder X",))
        count = self.roles.get(role, 0)
        self.roles[role] = count + 1
        name = names[count] if count < len(names) else "[NAVN]"
        return Person(first, last, middle, born, female, name, viet)

    def full(self, p: Person) -> Part:
        if p.middle and not p.vietnamese:
            return self._l(f"{p.first} {p.middle} {p.last}", "PERSON", p.pseudonym)
        return self._l(p.full, "PERSON", p.pseudonym)

    def name(self, p: Person) -> Part:
        """The name in one of its plain forms: full, first, initial."""
        roll = self.rng.random()
        if roll < 0.55:
            return self.full(p)
        if roll < 0.8 or p.vietnamese:
            return self._l(p.first, "PERSON", p.pseudonym)
        return self.initial(p)

    def first(self, p: Person) -> Part:
        return self._l(p.first, "PERSON", p.pseudonym)

    def initial(self, p: Person) -> Part:
        if p.vietnamese:
            return self._l(p.full, "PERSON", p.pseudonym)
        return self._l(f"{p.first[0]}. {p.last}", "PERSON", p.pseudonym)

    def upper(self, p: Person) -> Part:
        return self._l(p.full.upper(), "PERSON", p.pseudonym)

    def lower(self, p: Person) -> Part:
        text = p.full if self.rng.random() < 0.5 else p.first
        return self._l(text.lower(), "PERSON", p.pseudonym)

    def surname_first(self, p: Person) -> Part:
        if p.vietnamese:
            return self._l(p.full, "PERSON", p.pseudonym)
        return self._l(f"{p.last}, {p.first}", "PERSON", p.pseudonym)

    def genitive(self, p: Person) -> Part:
        base = p.first if self.rng.random() < 0.5 else p.full
        if base[-1] in "sxz":
            return self._l(base, "PERSON", p.pseudonym)
        return self._l(base + "s", "PERSON", p.pseudonym + "'s")

    # addresses
    def _street(self) -> str:
        r = self.rng
        number = f"{r.randint(1, 148)}{r.choice(['', '', '', 'A', 'B', 'C'])}"
        floor = r.choice(["", "", "", ", st. th.", ", 1. tv.", ", 2. mf.", ", 3. th.", ", 4. tv."])
        return f"{r.choice(STREETS)} {number}{floor}"

    def address(self, block: bool | None = None) -> Part:
        town = " ".join(self.rng.choice(TOWNS))
        if block is None:
            block = self.rng.random() < 0.5
        joint = "\n" if block else ", "
        return self._l(f"{self._street()}{joint}{town}", "ADDRESS", "[ADRESSE]")

    # numbers
    def phone(self, foreign: float = 0.08) -> Part:
        r = self.rng
        if self.neg:
            return r.choice(["[TLF]", f"+45 ** ** ** {r.randint(10, 99)}"])
        if r.random() < foreign:
            if r.random() < 0.5:
                return (f"+44 7700 900{r.randint(0, 999):03d}", "PHONE")
            return (f"+46 70 174 06 {r.randint(5, 99):02d}", "PHONE")
        n = r.choice(MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        forms = (
            f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
        )  # fmt: skip
        return (r.choice(forms), "PHONE")

    def email(self, p: Person) -> Part:
        r = self.rng
        first, last = ascii_fold(p.first), ascii_fold(p.last).replace(" ", "")
        local = r.choice(
            [f"{first}.{last}", f"{first}{p.born.year % 100:02d}", f"{first[0]}{last}",
             f"{first}_{r.randint(1, 99)}", f"{last}.{first}", f"{first}.{last[0]}"]
        )  # fmt: skip
        domain = r.choice(["example.dk", "example.com", "post.example.dk", "example.net"])
        if self.neg:
            return r.choice(["[e-mail]", f"{local[0]}***@{domain}"])
        return (f"{local}@{domain}", "EMAIL")

    def masked_mail(self, p: Person) -> str:
        return f"{ascii_fold(p.first)[0]}***@{self.rng.choice(['example.dk', 'example.com'])}"

    def cpr_digits(self, p: Person) -> str:
        r = self.rng
        d = p.born
        head = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        century = "4" if d.year >= 2000 else r.choice("0123")
        while True:
            digits = head + century + f"{r.randrange(1000):03d}"
            if mod11_fails(digits):
                return digits

    def cpr(self, p: Person) -> Part:
        digits = self.cpr_digits(p)
        if self.neg:
            return self.rng.choice(["[CPR]", f"{digits[:6]}-xxxx"])
        form = self.rng.randrange(4)
        text = (
            f"{digits[:6]}-{digits[6:]}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:6]} {digits[6:]}",
        )[form]
        return (text, "CPR")

    def masked_cpr(self, p: Person) -> str:
        return f"{self.cpr_digits(p)[:6]}-xxxx"

    def dob(self, p: Person) -> Part:
        d = p.born
        text = self.rng.choice(
            [f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day}/{d.month}-{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}"]
        )  # fmt: skip
        return self._l(text, "DATE_OF_BIRTH", "[fødselsdato]")

    def card_digits(self) -> str:
        body = self.rng.choice(TEST_PREFIXES) + f"{self.rng.randrange(10**9):09d}"
        return body + luhn_digit(body)

    def card(self) -> Part:
        digits = self.card_digits()
        if self.neg:
            return self.masked_card(digits)
        return (grouped(digits) if self.rng.random() < 0.6 else digits, "CARD")

    def masked_card(self, digits: str | None = None) -> str:
        last = (digits or self.card_digits())[-4:]
        return self.rng.choice([f"**** **** **** {last}", f"******{last}"])

    def expiry(self) -> Part:
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 31)
        text = f"{month:02d}/{year}" if self.rng.random() < 0.6 else f"{month:02d}/20{year}"
        return self._l(text, "CARD_EXPIRY", "[udløb]")

    def cvv(self) -> list[Part]:
        cue = self.rng.choice(["CVV ", "cvc ", "CVC ", "kontrolcifre "])
        return [cue, self._l(f"{self.rng.randrange(1000):03d}", "CARD_CVV", "***")]

    def otp(self) -> Part:
        size = self.rng.choice([6, 6, 8])
        return self._l(f"{self.rng.randrange(10**size):0{size}d}", "OTP", "[kode]")

    def mitid(self, p: Person) -> Part:
        year = p.born.year
        tail = self.rng.choice([f"{year % 100:02d}", str(year)])
        base = ascii_fold(p.first) + self.rng.choice(["", ascii_fold(p.last[:1])])
        return self._l(base + tail, "MITID_USER", "[bruger-ID]")

    def plate(self) -> Part:
        r = self.rng
        letters = "".join(r.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        spaced = r.random() < 0.7
        text = f"{letters} {digits[:2]} {digits[2:]}" if spaced else letters + digits
        return self._l(text, "NUMBER_PLATE", "[nummerplade]")

    def account(self) -> list[Part]:
        r = self.rng
        reg = f"{r.randint(1000, 9899)}"
        acc = f"{r.randrange(10**9):010d}" if r.random() < 0.75 else f"{r.randrange(10**8):08d}"
        if self.neg:
            return ["[kontonr.]"]
        form = r.randrange(3)
        if form == 0:
            return [(f"{reg}-{acc}", "BANK_ACCOUNT")]
        if form == 1:
            return [(f"{reg} {acc}", "BANK_ACCOUNT")]
        return [f"reg.nr. {reg}, kontonr. ", (acc, "BANK_ACCOUNT")]

    def iban(self) -> Part:
        r = self.rng
        country = r.choice(list(IBAN_LENGTH))
        bban = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
        compact = iban_check(country, bban)
        if self.neg:
            if country == "DK":
                return f"DK{compact[2:4]}XXXXXXXXXX{compact[-4:]}"
            return "[IBAN]"
        return (grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    # non-personal values
    def order(self) -> str:
        return f"NL-{self.rng.randint(4000000, 4999999)}"

    def case(self) -> str:
        return f"KS-{self.rng.randint(100000, 999999)}"

    def chargeback(self) -> str:
        return f"CB-26-{self.rng.randint(0, 99999):05d}"

    def journal(self) -> str:
        r = self.rng
        return f"{r.choice(['1200', '3500', '4400', '0900'])}-{r.randint(80000, 89999)}-" + (
            f"{r.randint(100, 99999):05d}-26"
        )

    def txn(self) -> str:
        r = self.rng
        up = "ABCDEFGHKLMNPRSTUVWXYZ"
        letters = "".join(r.choice(up) for _ in range(3))
        return f"TXN-{letters}{r.randint(1000, 9999)}-{r.choice(up)}{r.randint(100, 999)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(20000000, 69999999)}"

    def amount(self, kroner: int | None = None, ore: str | None = None) -> str:
        r = self.rng
        kr = kroner if kroner is not None else r.randint(99, 14999)
        ore = ore or r.choice(["00", "00", "95", "50"])
        text = f"{kr:,}".replace(",", ".") + f",{ore}"
        return f"{text} kr." if r.random() < 0.7 else f"kr. {text}"

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.rng.randrange(300))

    def date(self, d: date | None = None) -> str:
        d = d or self.day()
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 21):02d}.{self.rng.randint(0, 59):02d}"

    def stamp(self) -> str:
        d = self.day()
        return f"{d.isoformat()} {self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}"

    def street_only(self) -> str:
        return f"ved {self.rng.choice(STREETS)}"

    def family(self) -> str:
        return self.rng.choice(FAMILY)

    def footer(self) -> str:
        return f"{SHOP} · {self.cvr()} · tlf. {SHOP_LINE} · {SITE}"


Genre = Callable[[Filler], list]


def order_confirmation(v: Filler) -> list:
    r = v.rng
    buyer = v.person()
    other = v.person() if r.random() < 0.6 else buyer
    goods = r.sample(GOODS, r.randint(1, 3))
    parts: list = [
        f"{SHOP} – Ordrebekræftelse\n",
        f"Ordrenr.: {v.order()}   Dato: {v.date()} {v.clock()}\n\n",
        "Tak for din bestilling, ", v.first(buyer), "!\n\n",
        "Faktureringsadresse:\n", v.full(buyer), "\n", v.address(True), "\n",
        "Tlf.: ", v.phone(), "\nE-mail: ", v.email(buyer), "\n\n",
        "Leveringsadresse:\n", v.full(other), "\n", v.address(True), "\n",
    ]  # fmt: skip
    if r.random() < 0.45:
        parts += ["Alderskontrol (18+): Fødselsdato: ", v.dob(buyer), "\n"]
    parts.append("\nVarer:\n")
    for product, price in goods:
        parts.append(f"1 x {product} ... {v.amount(price, '00')}\n")
    freight = r.choice([39, 49, 59])
    parts += [
        f"Fragt ({r.choice(CARRIERS)}, levering til pakkeshop {v.street_only()}.): ",
        f"{v.amount(freight, '00')}\n",
        f"I alt inkl. moms: {v.amount(freight + sum(p for _, p in goods), '00')}\n",
        f"Betalt med kort {v.masked_card()}, transaktion {v.txn()}\n",
    ]
    if r.random() < 0.35:
        parts += ["Gave-hilsen: Kære ", v.first(other), ", tillykke fra ", v.family(), "!\n"]
    parts.append(f"\nSpørgsmål? Ring {SHOP_LINE} eller skriv via {SITE}.\n{v.footer()}")
    return parts


def chat_log(v: Filler) -> list:
    r = v.rng
    cust = v.person()
    agent = v.person("staff")
    hour, minute = r.randint(8, 20), r.randint(0, 40)

    def line(who: Part, *said: Part) -> list:
        nonlocal minute
        minute += r.randint(0, 2)
        return [f"[{hour:02d}:{minute:02d}] ", who, ": ", *said, "\n"]

    c_name = v.lower(cust) if r.random() < 0.4 else v.name(cust)
    a_name = v.initial(agent) if r.random() < 0.5 else v.first(agent)
    parts: list = [f"Chat-log {SHOP} kundeservice – sag {v.case()} – {v.date()}\n"]
    parts += line(c_name, f"hej, jeg har fået en bekræftelse på ordre {v.order()} men jeg har "
                  "ikke bestilt noget")  # fmt: skip
    parts += line(a_name, "Hej ", v.first(cust), ", det er jeg ked af. Hvilken e-mail og "
                  "hvilket telefonnummer bruger du?")  # fmt: skip
    parts += line(c_name, v.email(cust), " og ", v.phone())
    parts += line(a_name, "Tak. Jeg har fundet ", v.genitive(cust), " konto. Ordren er sendt til ",
                  v.address(False),
                  f" og betalt med kort {v.masked_card()}. Er det din adresse?")  # fmt: skip
    parts += line(c_name, "nej jeg bor på ", v.address(False), ", og ", v.family(),
                  " har heller ikke bestilt noget")  # fmt: skip
    roll = r.random()
    if roll < 0.5:
        parts += line(c_name, "der kom lige en sms med koden ", v.otp(),
                      " – skal jeg give den til jer?")  # fmt: skip
        parts += line(a_name, "Nej, del aldrig en kode. Vi beder aldrig om den.")
    elif roll < 0.8:
        parts += line(c_name, "kortet er ", v.card(), " udløb ", v.expiry(), " ", *v.cvv())
        parts += line(a_name, "Skriv venligst aldrig kortdata i chatten – ring til din bank på ",
                      f"{BANK_LINE}.")  # fmt: skip
    else:
        parts += line(c_name, "mit MitID bruger-ID er ", v.mitid(cust), " hvis det hjælper")
        parts += line(a_name, "Det har vi ikke brug for – del det ikke med nogen.")
    if r.random() < 0.5:
        parts += line(c_name, "pengene skal tilbage på ", *v.account())
    if r.random() < 0.3:
        parts += line(c_name, "en nabo så en bil med nummerplade ", v.plate(), " hente pakken")
    parts += line(a_name, f"Jeg har spærret ordren og oprettet sag {v.chargeback()}. Ring "
                  f"{SHOP_LINE} hvis du har spørgsmål, ", v.first(cust), ".")  # fmt: skip
    return parts


def chargeback_notice(v: Filler) -> list:
    r = v.rng
    holder = v.person("holder")
    receiver = v.person()
    staff = v.person("staff")
    digits = v.card_digits()
    parts: list = [
        f"Chargeback – resumé til sag {v.chargeback()}\n",
        f"Indløser: {ACQUIRER} (BIC {r.choice(BICS)}), tlf. {ACQUIRER_LINE}\n",
        f"Modtaget: {v.date()} · Frist for svar: {v.date()}\n\n",
        "Kortholder: ", v.upper(holder), "\n",
        "Kort: ", v.card() if r.random() < 0.8 else v.masked_card(digits),
        ", udløb ", v.expiry(), "\n",
        f"Beløb: {v.amount()} · Årsagskode 10.4 (svig, kort ikke til stede)\n",
        f"Ordre {v.order()}, transaktion {v.txn()}, 3-D Secure via {PRODUCTS[0]}\n\n",
        "Vores resumé: Varen blev leveret til ", v.full(receiver), ", ", v.address(False),
        ". Kunden registrerede e-mail ", v.email(receiver), " og tlf. ", v.phone(), ". ",
    ]  # fmt: skip
    roll = r.random()
    if roll < 0.55:
        parts += ["Kortholder oplyser at have givet engangskoden ", v.otp(),
                  " til en falsk medarbejder fra ", r.choice(BANKS), ". "]  # fmt: skip
    else:
        parts += ["Kortholder bor på ", v.address(False), " og kender ikke modtageren. "]
    if r.random() < 0.5:
        parts += ["Kortholders registrerede e-mail i indløsers system: ",
                  v.masked_mail(holder), ". "]  # fmt: skip
    parts += ["Sagen er anmeldt til politiet (", v.genitive(holder),
              f" anmeldelse), journalnr. {v.journal()}.\n"]  # fmt: skip
    if r.random() < 0.35:
        parts += ["Pakken blev hentet i bil med nummerplade ", v.plate(), ".\n"]
    parts += ["\nResumé ved ", v.name(staff), ", chargeback-teamet, ", f"{v.date()}. ",
              "Godkendt af ", v.name(v.person("staff")), ".\n", v.footer()]  # fmt: skip
    return parts


TYPOS = (
    ("bestilt", "bestillt"), ("ikke", "ikk"), ("hvorfor", "hvorfro"), ("pengene", "pengen"),
    ("adresse", "adrese"), ("nogen", "nogn"),
)  # fmt: skip


def _typo(r: random.Random, text: str) -> str:
    for right, wrong in TYPOS:
        if right in text and r.random() < 0.4:
            text = text.replace(right, wrong, 1)
    return text


def angry_mail(v: Filler) -> list:
    r = v.rng
    cust = v.person()
    e = lambda: r.choice(EMOJI)  # noqa: E731
    t = lambda text: _typo(r, text)  # noqa: E731
    parts: list = [
        "Fra: ", v.lower(cust), " <", v.email(cust), ">\n",
        f"Til: kundeservice via {SITE}\nEmne: HVAD SKER DER??? {e()}\n\n",
        "hej\n",
        t(f"jeg har ALDRIG bestilt noget for {v.amount()} !!! ordre {v.order()} {e()}{e()} "),
        t("nogen har brugt mit kort "), v.card(), " udløb ", v.expiry(), " ", *v.cvv(),
        f" {e()}\n",
        t("og det er sendt til en adresse jeg ikke kender: "), v.address(False),
        t(f" ... hvorfor tjekker i ikke det?? {e()}\n"),
    ]  # fmt: skip
    roll = r.random()
    if roll < 0.4:
        parts += [t("jeg vil have pengene tilbage på min konto "), *v.account(), "\n"]
    elif roll < 0.7:
        parts += [t("jeg bor altså på "), v.address(False), t(" og har boet der i 20 år\n")]
    else:
        parts += [t("min datter siger i skal overføre til "), v.iban(), " ?? er det rigtigt\n"]
    if r.random() < 0.5:
        parts += [f"{v.family()} har også fået sms med kode ", v.otp(),
                  f" fra '{r.choice(BANKS)}' {e()}\n"]  # fmt: skip
    parts += [t("ring til mig på "), v.phone(), " eller ", v.family(), " på ", v.phone(),
              f" NU {e()}\n\nmvh ", v.lower(cust)]  # fmt: skip
    if r.random() < 0.4:
        parts += [f"\n\nSendt fra min iPhone · {v.stamp()}"]
    return parts


def return_label(v: Filler) -> list:
    r = v.rng
    sender = v.person()
    parts: list = [
        f"RETURLABEL / PAKKESEDDEL – {r.choice(CARRIERS[:2])}\n",
        "Afsender:\n", v.upper(sender) if r.random() < 0.6 else v.full(sender), "\n",
        v.address(True), "\n", "Tlf. ", v.phone(0.0), "\n",
    ]  # fmt: skip
    if r.random() < 0.5:
        parts += ["E-mail: ", v.email(sender), "\n"]
    parts += [
        f"Modtager: {SHOP}, returafdelingen (adresse påtrykt af fragtfirmaet)\n",
        f"Ordre: {v.order()}\nReturnummer: RT-{r.randint(10000, 99999)}\n",
        f"Vægt: {r.randint(1, 19)},{r.randint(0, 9)} kg · Kolli 1/1\n",
        f"Indhold: 1 x {r.choice(GOODS)[0]}\nRefusion: {v.amount()}\n",
        f"Afleveres i {CARRIERS[2]} {v.street_only()}.\n",
        f"Oprettet: {v.stamp()}\n",
    ]
    if r.random() < 0.4:
        parts += ["Bemærkning: pakken blev fejlleveret til ", v.full(v.person()), ", ",
                  v.address(False), "\n"]  # fmt: skip
    if r.random() < 0.4:
        parts += ["Afhentes af chauffør, bil ", v.plate(), "\n"]
    parts += [f"Spørgsmål: {SHOP_LINE} · {SITE}"]
    return parts


def fraud_review(v: Filler) -> list:
    r = v.rng
    staff = v.person("staff")
    week = r.randint(2, 48)
    parts: list = [
        f"Intern svindelgennemgang – uge {week} – udarbejdet af ",
        v.name(staff),
        "\n",
        "ordre;dato;navn;leveringsadresse;tlf;e-mail;kort;beløb;bemærkning\n",
    ]
    for _ in range(r.randint(3, 5)):
        p = v.person()
        note = r.randrange(5)
        row: list = [f"{v.order()};{v.date()};", v.surname_first(p), ";", v.address(False), ";",
                     v.phone(), ";", v.email(p), ";", v.card(), ";", v.amount(), ";"]  # fmt: skip
        if note == 0:
            row += ["hentet i bil ", v.plate()]
        elif note == 1:
            row += ["refusion ønsket til ", v.iban()]
        elif note == 2:
            row += ["kunde oplyste kode ", v.otp(), " i chat"]
        elif note == 3:
            row += [f"3 kort på samme IP, txn {v.txn()}"]
        else:
            row += [f"leveret til pakkeshop {v.street_only()}."]
        parts += [*row, "\n"]
    parts += [f"Anmeldt: politiet, journalnr. {v.journal()}; indløser {ACQUIRER}.\n",
              "Næste gennemgang: ", v.first(staff), f" {v.date()}."]  # fmt: skip
    return parts


def phone_note(v: Filler) -> list:
    r = v.rng
    cust = v.person()
    agent = v.person("staff")
    he = "hun" if cust.female else "han"
    parts: list = [
        f"Telefonnotat {v.date()} {v.clock()} – ", v.name(agent), "\n",
        "Opkald fra ", v.full(cust), ", ", r.choice(["f. ", "født "]), v.dob(cust),
        ", tlf. ", v.phone(), f" (ringede ind på {SHOP_LINE}).\n",
        f"Kunden oplyser, at {he} har modtaget en ordrebekræftelse på {v.order()} ",
        f"({v.amount()}), som {he} ikke kender. Varen skulle leveres til ", v.address(False),
        ".\n",
    ]  # fmt: skip
    options = r.sample(range(6), 4)
    for option in options:
        if option == 0:
            parts += [f"En 'bankmedarbejder' ringede i går, og {he} gav koden ", v.otp(),
                      f". Henvist til {r.choice(BANKS)} på {BANK_LINE}.\n"]  # fmt: skip
        elif option == 1:
            parts += [f"{he.capitalize()} læste sit MitID-bruger-ID op (", v.mitid(cust),
                      ") – bedt om at skifte adgangskode.\n"]  # fmt: skip
        elif option == 2:
            parts += ["Refusion ønskes til ", *v.account(), ".\n"]
        elif option == 3:
            parts += [f"{he.capitalize()} læste uopfordret kortet op: ", v.card(), ", ",
                      v.expiry(), ", ", *v.cvv(), ". Ikke gemt.\n"]  # fmt: skip
        elif option == 4:
            parts += ["CPR-nr. (oplyst uopfordret): ", v.cpr(cust), " – ikke gemt i systemet.\n"]
        else:
            parts += ["Naboen så en bil med nummerpladen ", v.plate(),
                      f" hente pakken {v.clock()} {v.street_only()}.\n"]  # fmt: skip
    if r.random() < 0.5:
        parts += ["Ny e-mail til kontakt: ", v.email(cust), f". Sag {v.case()} oprettet.\n"]
    if r.random() < 0.5:
        parts += ["Noteret på ", v.genitive(cust), " kundekort.\n"]
    parts += ["Opfølgning: ", v.first(agent), f" ringer tilbage {v.date()}."]
    return parts


def id_theft_letter(v: Filler) -> list:
    r = v.rng
    cust = v.person()
    agent = v.person("staff")
    fake = v.person()
    parts: list = [
        f"{SHOP}\nKundeservice · tlf. {SHOP_LINE} · {SITE}\n\n",
        v.full(cust), "\n", v.address(True), "\n\n",
        f"Dato: {v.date()}\nVedr.: Misbrug af din identitet – sag {v.case()}\n\n",
        "Kære ", v.first(cust), "\n\n",
        "Vi har konstateret, at en ukendt person har oprettet en kundekonto i dit navn med ",
        "e-mailen ", v.email(fake), " og telefonnummeret ", v.phone(), " og bestilt varer for ",
        f"{v.amount()} til ", v.address(False), ". ",
    ]  # fmt: skip
    roll = r.random()
    if roll < 0.6:
        parts += ["Ved oprettelsen blev dit CPR-nummer ", v.cpr(cust), " og din fødselsdato ",
                  "(født ", v.dob(cust), ") brugt. "]  # fmt: skip
    else:
        parts += ["Ved oprettelsen blev dit CPR-nummer ", v.cpr(cust), " brugt. "]
    if r.random() < 0.5:
        parts += ["Personen bad om at få en refusion sendt til ", v.iban(), ". "]
    if r.random() < 0.4:
        parts += ["Der blev også sendt en engangskode (", v.otp(), ") til dit nummer. "]
    parts += [
        f"\n\nPolitiet har sagen under journalnr. {v.journal()} (døgnvagt 114). ",
        "En bil med nummerpladen ", v.plate(), " blev set ved afhentningen.\n\n",
        f"Vi har spærret kontoen. Kontakt din bank, f.eks. {r.choice(BANKS)}, og skift ",
        "adgangskode til MitID", *([" (bruger-ID ", v.mitid(cust), ")"] if r.random() < 0.4
                                   else []),
        f". Har du spørgsmål, kan du ringe på {SHOP_LINE}.\n\n",
        "Med venlig hilsen\n", v.full(agent), "\nKundeservice, ", f"{SHOP}\n", v.footer(),
    ]  # fmt: skip
    return parts


def access_reply(v: Filler) -> list:
    r = v.rng
    cust = v.person()
    dpo = v.person("staff")
    parts: list = [
        f"Svar på din anmodning om indsigt (artikel 15) – j.nr. DPO-26-{r.randint(0, 9999):04d}",
        "\n\nKære ", v.full(cust), "\n\n",
        f"Vi har modtaget din anmodning af {v.date()}. Du bekræftede din identitet med MitID ",
        "(bruger-ID ", v.mitid(cust), "). Vi behandler disse oplysninger om dig:\n",
        "- Navn: ", v.full(cust), "\n- Adresse: ", v.address(False), "\n",
        "- Telefon: ", v.phone(), "\n- E-mail: ", v.email(cust), "\n",
        "- Fødselsdato: ", v.dob(cust), "\n",
    ]  # fmt: skip
    if r.random() < 0.75:
        parts += ["- CPR-nummer (fra ID-tyverisagen): ", v.cpr(cust), "\n"]
    else:
        parts += [f"- CPR-nummer: kun maskeret ({v.masked_cpr(cust)})\n"]
    parts += [f"- Kort: kun maskeret ({v.masked_card()})\n"]
    refund = r.random()
    if refund < 0.5:
        parts += ["- Konto til refusion: ", *v.account(), "\n"]
    else:
        parts += ["- Konto til refusion (IBAN): ", v.iban(), "\n"]
    parts += [
        f"- Ordrer: {v.order()}, {v.order()}\n",
        f"- Chatlog af {v.date()} {v.clock()} og telefonnotat af {v.date()}\n",
        f"- Logins: {v.stamp()} (BIC på refusion: {r.choice(BICS)})\n\n",
    ]
    if r.random() < 0.4:
        parts += ["Vi har også oplysninger om ", v.full(v.person()), ", som du har oplyst som ",
                  "modtager af en gave; dem udleverer vi ikke.\n"]  # fmt: skip
    parts += [
        "Oplysningerne gemmes i 5 år efter bogføringsloven.\n\n",
        "Med venlig hilsen\n",
        v.full(dpo),
        ", databeskyttelsesrådgiver\n",
        v.footer(),
    ]
    return parts


GENRE_FUNCS: dict[str, Genre] = dict(
    zip(
        GENRES,
        (order_confirmation, chat_log, chargeback_notice, angry_mail, return_label,
         fraud_review, phone_note, id_theft_letter, access_reply),
        strict=True,
    )
)  # fmt: skip


def _flatten(parts: list) -> list[Part]:
    flat: list[Part] = []
    for part in parts:
        if isinstance(part, list):
            flat += _flatten(part)
        else:
            flat.append(part)
    return flat


def assemble(parts: list) -> tuple[str, list[dict]]:
    """The text and spans of a list of plain and (value, type) parts."""
    text, spans = "", []
    for part in _flatten(parts):
        if isinstance(part, tuple):
            value, kind = part
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        else:
            text += part
    return text, spans


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, genres in turn."""
    rng = random.Random(seed)
    docs: list[dict] = []
    texts: set[str] = set()
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        negative = (i + 1) * NEGATIVES // SIZE > i * NEGATIVES // SIZE
        while True:
            text, spans = assemble(GENRE_FUNCS[genre](Filler(rng, negative)))
            if text not in texts:
                break
        texts.add(text)
        docs.append(
            {
                "id": f"pii_blind58-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": text,
                "spans": [] if negative else spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else OUT
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
