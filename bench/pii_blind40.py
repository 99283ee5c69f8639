"""A forty-first blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is INVESTMENT, CRYPTO
AND PENSION FRAUD AGAINST OLDER PEOPLE as their relatives, guardians (værger, fremtidsfuldmagt),
banks' senior-customer advisers, care homes, debt collectors and the police handle it, in eight
genres: a son's or daughter's e-mail thread (Fra:/Til:/Cc:/Emne:) with the bank about a parent's
transfers to a fake crypto platform (the parent's CPR, address and account, the platform's
foreign IBAN, the staff's direct line); a bank senior adviser's call notes with an elderly
customer (customer and depot numbers, ISIN codes of funds sold, the MitID user ID and one-time
codes given to the "adviser", the card read out over the phone); a remote-access (AnyDesk) scam
chat exported by a relative ("[10:04] Name:" lines, the victim's name typed in lower case, codes,
card, expiry and CVV typed into the chat); a guardian's report to Familieretshuset with the
ward's details and a pension paid out early; a police report with witnesses (addresses on two
lines) and the courier's number plate; a fake "investment manager"'s English-Danish mails with
an IBAN, a card request and the victim's answer; a care home's incident note; and a debt
collector's letter about a loan taken in the victim's name, with a relative's objection. The
names are those of Danes of all ages with old-fashioned names among the oldest ("Valborg",
"Ejnar"), Danes with roots elsewhere ("Fatma Yilmaz", "Ngoc Anh Tran"), double surnames
("Bech-Lauridsen"), hyphenated first names ("Karl-Erik") and the scammers' English aliases.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "Mr.", "seniorrådgiver", "vidne",
  "værge"); "Holmgaard, Valborg" is one span; a genitive s belongs to it ("Valborgs"), while
  after a name ending in s the apostrophe stays outside ("Jonas Riis'"); a lower-case name typed
  in a chat ("valborg") is PERSON. A scammer's alias ("Daniel" fra Quantora Capital, "Daniel
  Whitmore") is PERSON, the platform or company is not. Organisations, platforms, products,
  placeholders ("[NAVN]", "Kunde A", "Vidne 1", "Pårørende B") and family words ("min far",
  "datteren") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("12B", "1. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Lærkevej.") is not an address,
  nor is a postcode and town on their own.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1938", "04.06.1938",
  "4/6-1938", "04-06-1938") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and the scammers'
  foreign numbers from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx"
  (xx 05-99). An organisation's number (its 70/80 lines, 112, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, the bank's team
  mailboxes, staff's and scammers' addresses too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 12345678") are
  one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits straight after "CVV", "cvc", "CVC" or "kontrolcifre" (a colon between
  allowed). OTP: a one-time code sent, asked for or given (6 or 8 digits), also typed alone in
  a chat line; MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate
  ("CX 44 712", "CX44712"). No passport or driving-licence numbers occur, nor PIN codes.
- Decided for this theme: crypto wallet addresses ("bc1q...", "0x...", "T..."), transaction
  IDs and hashes, ISIN codes, BIC codes and AnyDesk IDs belong to platforms, payments or
  machines and are never labelled; nor are the bank's customer, depot and policy numbers, loan
  numbers, or the reg.nr. of a split account.
- Hard negatives, never labelled: amounts ("412.000 kr.", "kr. 2.400,00", "48.210 USDT",
  "0,8421 BTC"), dates and clock times ("14.03.26", "kl. 09.12", "[10:22]", "2026-03-14"),
  customer, depot and policy numbers ("kundenr. 1184093", "depotnr. 9110-38472", "policenr.
  318-44721-6"), case and journal numbers, CVR numbers, masked values ("120338-xxxx",
  "+45 ** ** ** 31", "v***@example.dk", "**** **** **** 4417", "******7712",
  "LT12XXXXXXXXXXXX3456"), organisations' 70/80 and short numbers, companies, banks,
  platforms, products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]", "[TLF]") and pseudonym
  labels ("Kunde A", "Vidne 1") remain. No run of ten or more digits occurs outside a labelled
  identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind40 [OUT.jsonl]`` writes the set (by default to
bench/data/pii_blind40.jsonl); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

SIZE = 1000
NEGATIVES = 350
GENRES = (
    "datter_mail",
    "raadgiver_notat",
    "fjernadgang_chat",
    "vaerge_beretning",
    "politianmeldelse",
    "investeringsmail",
    "plejehjem_notat",
    "inkasso_brev",
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
OUT = Path(__file__).resolve().parent / "data" / "pii_blind40.jsonl"

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# Stripe's and the card schemes' published test numbers begin so; the rest is random, Luhn-valid
TEST_PREFIXES = ("424242", "411111", "400005", "555555", "510510", "520082", "222300", "378282")
# (length, bank-code letters at the start of the BBAN)
IBAN_LENGTH = {
    "DK": 18,
    "LT": 20,
    "EE": 20,
    "CY": 28,
    "MT": 31,
    "GB": 22,
    "DE": 22,
    "ES": 24,
    "PT": 25,
    "PL": 28,
    "BG": 22,
    "CH": 21,
}
IBAN_LETTERS = {"MT": 4, "GB": 4, "BG": 4}
SCAM_COUNTRIES = ("LT", "EE", "CY", "MT", "GB", "DE", "ES", "PT", "PL", "BG", "CH")
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
    "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54", "55",
    "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
    "86", "87", "89", "96", "97", "98", "99",
)  # fmt: skip
# organisations' lines: the banks' senior and blocking lines, the collector, the pension fund
ORG_LINES = ("70 15 28 40", "70 11 62 62", "7022 4610", "80 33 19 19", "80 20 55 00", "70 40 90 30")

OLD_WOMEN = (
    "Valborg", "Ingeborg", "Dagmar", "Henny", "Asta", "Edith", "Gerda", "Ruth", "Esther", "Magda",
    "Oda", "Gudrun", "Karen", "Ellen", "Tove", "Grethe", "Bodil", "Lis", "Inger", "Anna-Lise",
    "Elna", "Rigmor", "Kirsten", "Birgit",
)  # fmt: skip
OLD_MEN = (
    "Ejnar", "Holger", "Viggo", "Aksel", "Erling", "Knud", "Svend", "Verner", "Børge", "Arne",
    "Kaj", "Preben", "Finn", "Leif", "Egon", "Bent", "Ib", "Poul-Erik", "Karl-Erik", "Aage",
    "Jørgen", "Tage", "Gunnar", "Vagn",
)  # fmt: skip
MID_WOMEN = (
    "Hanne", "Vibeke", "Susanne", "Lone", "Dorthe", "Mette", "Rikke", "Pernille", "Camilla",
    "Louise", "Sofie", "Nanna", "Cecilie", "Marie-Louise", "Helle", "Trine", "Maja", "Ida",
    "Line", "Anne-Mette", "Katrine", "Signe",
)  # fmt: skip
MID_MEN = (
    "Michael", "Jesper", "Martin", "Kasper", "Rasmus", "Mads", "Jonas", "Emil", "Frederik",
    "Torben", "Flemming", "Steen", "Allan", "Brian", "Henrik", "Thomas", "Nikolaj", "Jens-Peter",
    "Simon", "Anders", "Søren", "Christian",
)  # fmt: skip
# Danes with roots elsewhere: first name and a surname that goes with it
ROOTS = (
    ("Fatma", "Yilmaz", True), ("Leila", "Rahimi", True), ("Aisha", "Noor", True),
    ("Sara", "Tesfaye", True), ("Irina", "Volkova", True), ("Ngoc Anh", "Tran", True),
    ("Dragana", "Petrović", True), ("Hiba", "Al-Sayed", True), ("Amir", "Haddad", False),
    ("Tariq", "Mahmood", False), ("Mehmet", "Öztürk", False), ("Piotr", "Nowak", False),
    ("Ahmed", "Warsame", False), ("Duc Minh", "Nguyen", False), ("Goran", "Jovanović", False),
    ("Kwame", "Mensah", False),
)  # fmt: skip
WOMEN = OLD_WOMEN + MID_WOMEN + tuple(first for first, _, female in ROOTS if female)
MEN = OLD_MEN + MID_MEN + tuple(first for first, _, female in ROOTS if not female)
MIDDLE_WOMEN = ("Marie", "Margrethe", "Kirstine", "Elisabeth", "Johanne", "Sofie")
MIDDLE_MEN = ("Christian", "Peter", "Valdemar", "Juul", "Emil", "Frederik")
SURNAMES = (
    "Holmgaard", "Kjeldsen", "Vestergaard", "Bech", "Lauridsen", "Mikkelsen", "Thygesen", "Dahl",
    "Brandt", "Frost", "Overgaard", "Hvid", "Skov", "Lund", "Bang", "Kragh", "Hauge", "Winther",
    "Ravn", "Møller", "Iversen", "Buch", "Damgaard", "Lykke", "Riis", "Nørgaard", "Kirkegaard",
    "Ebbesen", "Ladefoged", "Bøgh", "Schou", "Fog",
)  # fmt: skip
DOUBLE_SURNAMES = (
    "Bech-Lauridsen", "Skov-Hansen", "Dahl-Frandsen", "Winther-Kragh", "Hvid-Ravn",
    "Møller-Ebbesen", "Lund-Schou", "Kirkegaard-Bang", "Fog-Nielsen", "Damgaard-Iversen",
)  # fmt: skip
# the scammers' aliases on the platforms, in English
ALIASES = (
    ("Daniel", "Whitmore", False), ("Sophia", "Brenner", True), ("Mark", "Feldman", False),
    ("Elena", "Kovacs", True), ("Robert", "Hastings", False), ("Olivia", "Grant", True),
    ("Victor", "Lindqvist", False), ("Anna", "Reinholt", True), ("James", "Caldwell", False),
    ("Laura", "Mercier", True), ("Michael", "Stern", False), ("Emily", "Harrington", True),
)  # fmt: skip
STREETS = (
    "Kløvervænget", "Hyldebærvej", "Mølleåvej", "Skovbrynet", "Engtoften", "Fasanvej",
    "Lærkevej", "Bøgebakken", "Havnegade", "Præstegårdsvej", "Strandvejen", "Granbakken",
    "Rosenhaven", "Tjørnevej", "Æblehaven", "Åbakken", "Østre Allé", "Nørre Boulevard",
    "Ternevej", "Ørnevej", "Lindealléen", "Kastanievej", "Bredgade", "Solsikkevej",
)  # fmt: skip
TOWNS = (
    ("2970", "Hørsholm"), ("8660", "Skanderborg"), ("4900", "Nakskov"), ("6950", "Ringkøbing"),
    ("5700", "Svendborg"), ("3600", "Frederikssund"), ("6100", "Haderslev"), ("9500", "Hobro"),
    ("4400", "Kalundborg"), ("4800", "Nykøbing F"), ("9700", "Brønderslev"), ("5600", "Faaborg"),
    ("6600", "Vejen"), ("8500", "Grenaa"), ("4180", "Sorø"), ("6270", "Tønder"),
    ("2920", "Charlottenlund"), ("7500", "Holstebro"), ("3300", "Frederiksværk"),
    ("8900", "Randers C"),
)  # fmt: skip
BANKS = (
    "Fjordbanken", "Sønderlands Sparekasse", "Andelsbanken Midt", "Kystbanken", "Hedebo Bank",
)  # fmt: skip
PLATFORMS = (
    "Quantora Capital", "BitNordic Pro", "Elvion Trade", "AuroraFX Markets", "Northgate Wealth",
    "Coinvesta 360",
)  # fmt: skip
COMPANIES = (
    *PLATFORMS, "Inkasso Partner Nord A/S", "Lånly ApS", "Plejecenter Solbakken", "Livsro Pension",
    "Finanstilsynet", "Familieretshuset", "Egelygården",
)  # fmt: skip
PRODUCTS = ("AnyDesk", "TeamViewer", "MobilePay", "WhatsApp", "NemKonto")
LENDERS = ("Lånly ApS",)
CARE_HOMES = ("Plejecenter Solbakken", "Egelygården")
CARS = ("sort Toyota Corolla", "grå VW Passat", "hvid Skoda Octavia", "mørkeblå Ford Focus")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


# --- identifiers -----------------------------------------------------------------------------


def luhn_digit(partial: str) -> str:
    """The check digit that makes partial + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def cpr_digits(rng: random.Random, born: date, female: bool) -> str:
    """DDMMYYSSSS with a century digit that suits the year, failing modulus 11."""
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        last = rng.choice("02468" if female else "13579")
        number = head + century + digits(rng, 2) + last
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def card_number(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    partial = prefix + digits(rng, length - len(prefix) - 1)
    return partial + luhn_digit(partial)


def iban(rng: random.Random, country: str) -> str:
    letters = IBAN_LETTERS.get(country, 0)
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(letters))
    bban += digits(rng, IBAN_LENGTH[country] - 4 - letters)
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def max_digit_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"\d+", text)), default=0)


def token(rng: random.Random, alphabet: str, n: int, longest: int = 4) -> str:
    """A random string whose digit runs stay short (no phone- or CPR-like runs)."""
    while True:
        value = "".join(rng.choice(alphabet) for _ in range(n))
        if max_digit_run(value) <= longest:
            return value


def wallet(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return "bc1q" + token(rng, BECH32, 38)
    if kind == 1:
        return "0x" + token(rng, "0123456789abcdef", 40)
    return "T" + token(rng, BASE58, 33)


def isin(rng: random.Random) -> str:
    """An ISIN with its check digit, letters in it so no long digit run occurs."""
    body = rng.choice(("IE00B", "GB00B", "IE00B")) + token(
        rng, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ", 6, 3
    )
    expanded = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(expanded)


def tx_id(rng: random.Random) -> str:
    return "TX-" + "-".join(token(rng, "0123456789ABCDEF", 4) for _ in range(3))


def tx_hash(rng: random.Random) -> str:
    return "0x" + token(rng, "0123456789abcdef", 64)


def plate(rng: random.Random) -> str:
    return rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS) + digits(rng, 5)


def ascii_fold(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text)


# --- people and places -----------------------------------------------------------------------


@dataclass
class Address:
    street: str
    number: str
    floor: str
    postcode: str
    town: str


@dataclass
class Person:
    first: str
    middle: str
    last: str
    female: bool
    born: date
    role: str
    phone: str
    email: str
    mitid: str
    cpr: str
    home: Address
    label: str = ""  # the pseudonym a negative document gives this person


def birth(rng: random.Random, first_year: int, last_year: int) -> date:
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randrange((date(last_year, 12, 31) - start).days))


def address(rng: random.Random) -> Address:
    number = str(rng.choice((rng.randint(1, 40), rng.randint(1, 140))))
    if rng.random() < 0.2:
        number += rng.choice("ABC")
    floor = ""
    if rng.random() < 0.35:
        floor = (
            rng.choice(("st.", "1.", "2.", "3.", "4.")) + " " + rng.choice(("tv.", "th.", "mf."))
        )
    postcode, town = rng.choice(TOWNS)
    return Address(rng.choice(STREETS), number, floor, postcode, town)


def danish_phone(rng: random.Random, landline: bool = False) -> str:
    return rng.choice(LANDLINE if landline else MOBILE) + digits(rng, 6)


def fiction_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randint(0, 999):03d}"
    return f"+46 70 174 06 {rng.randint(5, 99):02d}"


def person(rng: random.Random, role: str, age: str) -> Person:
    """A person of an age group: "old" (born 1928-1952), "mid", "staff" or "young" (2000-05)."""
    years = {"old": (1928, 1952), "mid": (1955, 1988), "staff": (1962, 1999), "young": (2000, 2005)}
    female = rng.random() < 0.55
    if rng.random() < 0.16:
        first, last, female = rng.choice(ROOTS)
    else:
        old = age == "old" or (age == "mid" and rng.random() < 0.25)
        names = (OLD_WOMEN if old else MID_WOMEN) if female else (OLD_MEN if old else MID_MEN)
        first = rng.choice(names)
        last = rng.choice(DOUBLE_SURNAMES if rng.random() < 0.22 else SURNAMES)
    middle = ""
    if " " not in first and rng.random() < 0.3:
        middle = rng.choice(MIDDLE_WOMEN if female else MIDDLE_MEN)
    born = birth(rng, *years[age])
    f, la = ascii_fold(first), ascii_fold(last)
    local = rng.choice(
        (f"{f}.{la}", f"{f}{la}", f"{f[0]}.{la}", f"{la}.{f}", f"{f}{born:%y}", f"{f}.{la[:3]}")
    )
    domain = rng.choice(
        ("example.dk", "example.dk", "post.example.dk", "example.net", "example.com")
    )
    mitid = rng.choice((f"{f}{born:%y}", f"{f}{la}{born:%y}", f"{la}{born:%Y}", f"{f}{born:%Y}"))
    return Person(
        first=first,
        middle=middle,
        last=last,
        female=female,
        born=born,
        role=role,
        phone=danish_phone(rng, landline=age == "old" and rng.random() < 0.4),
        email=f"{local}@{domain}",
        mitid=mitid,
        cpr=cpr_digits(rng, born, female),
        home=address(rng),
    )


def alias(rng: random.Random) -> Person:
    first, last, female = rng.choice(ALIASES)
    p = person(rng, "Gerningsperson", "staff")
    p.first, p.middle, p.last, p.female = first, "", last, female
    p.phone = fiction_phone(rng) if rng.random() < 0.7 else p.phone
    p.email = f"{rng.choice((first[0], first))}.{last}".lower() + "@example.com"
    return p


# --- the document builder --------------------------------------------------------------------


@dataclass(frozen=True)
class Pii:
    """A labelled value, and what a pseudonymised document writes in its place."""

    value: str
    kind: str
    stand_in: str


Piece = str | Pii | tuple
T = TypeVar("T")


class Doc:
    """Text written piece by piece, with the spans of the personal data in it (positive) or
    its stand-ins (negative)."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.roles: dict[str, int] = {}

    def add(self, *pieces: Piece) -> None:
        for piece in pieces:
            if isinstance(piece, tuple):
                self.add(*piece)
            elif isinstance(piece, Pii):
                if self.negative:
                    self.write(piece.stand_in)
                else:
                    end = self.length + len(piece.value)
                    self.spans.append({"start": self.length, "end": end, "type": piece.kind})
                    self.write(piece.value)
            else:
                self.write(piece)

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    # names

    def pseudonym(self, p: Person) -> str:
        """The person's label in this document: "Kunde A", "Vidne 2", or "[NAVN]"."""
        if not p.label:
            n = self.roles.get(p.role, 0)
            self.roles[p.role] = n + 1
            numbered = p.role in ("Vidne", "Gerningsperson")
            label = f"{p.role} {n + 1 if numbered else 'ABC'[n % 3]}"
            # a witness list already says "Vidne 1:", so the name itself becomes [NAVN]
            p.label = "[NAVN]" if p.role == "Vidne" or self.chance(0.2) else label
        return p.label

    def p(self, p: Person, form: str = "fl") -> Pii:
        """A name: "fl", "full", "first", "last", "comma", "initial", "upper", "upper_comma",
        "lower" or "gen" (use gen(), which places a genitive apostrophe)."""
        full = " ".join(x for x in (p.first, p.middle, p.last) if x)
        comma = f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle else "")
        stand_in = self.pseudonym(p)
        value = {
            "fl": f"{p.first} {p.last}",
            "full": full,
            "first": p.first,
            "last": p.last,
            "comma": comma,
            "initial": f"{p.first[0]}. {p.last}",
            "upper": full.upper(),
            "upper_comma": comma.upper(),
            "lower": p.first.lower(),
        }.get(form)
        if form == "gen":
            if p.first[-1] not in "sxz":
                value = p.first + "s"
            elif p.last[-1] not in "sxz":
                value = f"{p.first} {p.last}s"
            else:
                value = f"{p.first} {p.last}"  # "Jonas Riis'": the apostrophe stays outside
            stand_in += "'s"
        return Pii(str(value), "PERSON", stand_in)

    def gen(self, p: Person) -> tuple:
        """A genitive: "Valborgs", "Jonas Bechs", "Jonas Riis'"."""
        bare = p.first[-1] in "sxz" and p.last[-1] in "sxz"
        return (self.p(p, "gen"), "'") if bare and not self.negative else (self.p(p, "gen"),)

    # places and numbers

    def a(self, addr: Address, form: str = "one") -> Pii:
        """An address: "street" (through floor and side), "one" (", postcode town") or
        "block" (postcode and town on the next line)."""
        line = f"{addr.street} {addr.number}" + (f", {addr.floor}" if addr.floor else "")
        value = {
            "street": line,
            "one": f"{line}, {addr.postcode} {addr.town}",
            "block": f"{line}\n{addr.postcode} {addr.town}",
        }[form]
        stand_in = "[ADRESSE]"
        if form != "street" and self.chance(0.3):
            stand_in += (", " if form == "one" else "\n") + f"{addr.postcode} {addr.town}"
        return Pii(value, "ADDRESS", stand_in)

    def cpr(self, p: Person) -> Pii:
        n = p.cpr
        value = self.pick(
            (f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:6]} {n[6:]}")
        )
        return Pii(value, "CPR", self.pick(("[CPR]", f"{n[:6]}-xxxx")))

    def dob(self, p: Person) -> Pii:
        b = p.born
        value = self.pick(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return Pii(value, "DATE_OF_BIRTH", "[fødselsdato]")

    def tel(self, p: Person | str) -> Pii:
        n = p.phone if isinstance(p, Person) else p
        if n.startswith("+"):
            return Pii(n, "PHONE", "[TLF]")
        a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
        value = self.pick(
            (
                f"+45 {n}",
                f"+45 {a} {b} {c} {d}",
                f"+45 {n[:4]} {n[4:]}",
                f"{n[:4]} {n[4:]}",
                f"(+45) {a} {b} {c} {d}",
                f"0045 {n}",
                f"{a} {b} {c} {d}",
                n,
                f"+45{n}",
                f"{a}.{b}.{c}.{d}",
            )
        )
        return Pii(value, "PHONE", self.pick(("[TLF]", "[TLF]", f"+45 ** ** ** {d}")))

    def mail(self, p: Person | str) -> Pii:
        value = p.email if isinstance(p, Person) else p
        local, domain = value.split("@")
        return Pii(value, "EMAIL", self.pick(("[e-mail]", f"{local[0]}***@{domain}")))

    def acct(self, reg: str, number: str, form: str | None = None) -> tuple:
        """A Danish account: reg.nr. and number as one span, or the number after its own word."""
        form = form or self.pick(("dash", "space", "reg", "regnr"))
        masked = self.pick(("[kontonr.]", "******" + number[-4:]))
        if form == "dash":
            return (Pii(f"{reg}-{number}", "BANK_ACCOUNT", masked),)
        if form == "space":
            return (Pii(f"{reg} {number}", "BANK_ACCOUNT", masked),)
        if form == "reg":
            return (f"reg. {reg} konto ", Pii(number, "BANK_ACCOUNT", masked))
        return (f"reg.nr. {reg}, kontonr. ", Pii(number, "BANK_ACCOUNT", masked))

    def iban(self, compact: str) -> Pii:
        value = grouped(compact) if self.chance(0.55) else compact
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return Pii(value, "IBAN", masked)

    def card(self, compact: str) -> Pii:
        value = grouped(compact) if self.chance(0.55) else compact
        return Pii(value, "CARD", self.pick(("**** **** **** " + compact[-4:], "[kortnr.]")))

    def expiry(self, month: int, year: int) -> Pii:
        value = f"{month:02d}/" + (str(year) if self.chance(0.35) else f"{year % 100:02d}")
        return Pii(value, "CARD_EXPIRY", self.pick(("**/**", "[udløb]")))

    def cvv(self, code: str) -> Pii:
        return Pii(code, "CARD_CVV", "***")

    def otp(self) -> Pii:
        return Pii(digits(self.rng, 8 if self.chance(0.2) else 6), "OTP", "[kode]")

    def mitid(self, p: Person) -> Pii:
        return Pii(p.mitid, "MITID_USER", "[bruger-id]")

    def plate(self, value: str) -> Pii:
        spaced = f"{value[:2]} {value[2:4]} {value[4:]}"
        return Pii(spaced if self.chance(0.7) else value, "NUMBER_PLATE", "[reg.nr.]")


# --- shared scenery --------------------------------------------------------------------------


@dataclass
class Card:
    number: str
    month: int
    year: int
    cvv: str


def new_card(rng: random.Random) -> Card:
    return Card(card_number(rng), rng.randint(1, 12), rng.randint(2026, 2031), digits(rng, 3))


def day(rng: random.Random, first: date = date(2026, 1, 5), days: int = 250) -> date:
    return first + timedelta(days=rng.randrange(days))


def when(d: Doc, on: date) -> str:
    """A date as the genres write it (never a birth date, never labelled)."""
    return d.pick(
        (f"{on:%d.%m.%Y}", f"{on.day}. {MONTHS[on.month - 1]} {on.year}", f"{on:%d.%m.%y}",
         f"{on:%Y-%m-%d}")
    )  # fmt: skip


def clock(d: Doc) -> str:
    return f"kl. {d.rng.randint(8, 19):02d}.{d.rng.randint(0, 59):02d}"


def kroner(d: Doc, low: int, high: int, step: int = 500) -> str:
    amount = d.rng.randrange(low, high, step)
    text = f"{amount:,}".replace(",", ".")
    return d.pick((f"{text} kr.", f"kr. {text}", f"{text},00 kr.", f"{text} kr."))


def ending(text: str) -> str:
    """A sentence's end after a value: "1.800 kr." takes no second full stop."""
    return text if text.endswith(".") else text + "."


def man(p: Person) -> str:
    return "kvinde" if p.female else "mand"


def he(p: Person) -> str:
    return "hun" if p.female else "han"


def units(d: Doc, low: int, high: int, unit: str) -> str:
    return f"{d.rng.randrange(low, high):,}".replace(",", ".") + f" {unit}"


def btc(d: Doc) -> str:
    return f"{d.rng.randint(0, 2)},{d.rng.randint(0, 9999):04d} BTC"


def reg(d: Doc) -> str:
    return str(d.rng.randint(1100, 9899))


def account_number(d: Doc) -> str:
    return digits(d.rng, d.pick((7, 8, 10, 10)))


def parent_word(p: Person) -> str:
    return "mor" if p.female else "far"


def child_word(p: Person) -> str:
    return "datter" if p.female else "søn"


def customer_no(d: Doc) -> str:
    return f"kundenr. {d.rng.randint(1000000, 9999999)}"


def depot_no(d: Doc) -> str:
    return f"depotnr. {d.rng.randint(9000, 9999)}-{d.rng.randint(10000, 99999)}"


def policy_no(d: Doc) -> str:
    return (
        f"policenr. {d.rng.randint(100, 999)}-{d.rng.randint(10000, 99999)}-{d.rng.randint(1, 9)}"
    )


def case_no(d: Doc) -> str:
    return f"BR-{d.rng.randint(100000, 999999)}"


def journal_no(d: Doc) -> str:
    r = d.rng
    return (
        f"journalnr. {r.randint(1000, 9999)}-{r.randint(70000, 89999)}-{r.randint(100, 999):05d}-26"
    )


def anydesk(d: Doc) -> str:
    n = digits(d.rng, 9)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if d.chance(0.7) else n


def street_only(d: Doc) -> str:
    return f"ved {d.pick(STREETS)}."


# --- the genres ------------------------------------------------------------------------------


def daughter_mail(d: Doc) -> None:
    """A son's or daughter's e-mail thread with the parent's bank about a fake crypto platform."""
    r = d.rng
    parent, kin = person(r, "Kunde", "old"), person(r, "Pårørende", "mid")
    adviser, sibling = person(r, "Rådgiver", "staff"), person(r, "Pårørende", "mid")
    sibling.last = kin.last
    bank, platform, scammer = d.pick(BANKS), d.pick(PLATFORMS), alias(r)
    case, sent = case_no(d), day(r)
    team = d.pick(("senior", "seniorteam", "svindel", "kundeservice")) + "@example.dk"
    scam_iban = iban(r, d.pick(SCAM_COUNTRIES))
    subject = d.pick(
        ((f"Min {parent_word(parent)}s overførsler til {platform}",),
         (f"Mistanke om svindel på min {parent_word(parent)}s konto",),
         ("Hjælp - ", *d.gen(parent), f" penge og {platform}"))
    )  # fmt: skip
    pronoun = "hun" if parent.female else "han"

    def original() -> None:
        d.add("Fra: ", d.p(kin, d.pick(("fl", "full"))), " <", d.mail(kin), ">\n")
        d.add("Til: ", bank, " Seniorrådgivning <", d.mail(team), ">\n")
        if d.chance(0.5):
            d.add("Cc: ", d.p(sibling), " <", d.mail(sibling), ">\n")
        d.add(f"Dato: {when(d, sent)} {clock(d)}\n", "Emne: ", subject, f" (sag {case})\n\n")
        d.add(d.pick(("Hej\n\n", "Kære seniorrådgivning\n\n", "Til rette vedkommende\n\n")))
        d.add(
            f"Jeg skriver angående min {parent_word(parent)}, ", d.p(parent, d.pick(("fl", "full")))
        )
        if d.chance(0.7):
            d.add(", CPR ", d.cpr(parent))
        d.add(", som bor på ", d.a(parent.home, d.pick(("one", "street"))), ". ")
        d.add(
            d.pick(
                ("Jeg har en fremtidsfuldmagt, som Familieretshuset satte i kraft den "
                 f"{when(d, day(r, date(2025, 9, 1), 120))}, og den har jeg sendt til jer.\n\n",
                 f"Jeg har fuldmagt til {parent_word(parent)}s konti, og {pronoun} har selv "
                 "bedt mig skrive til jer.\n\n")
            )
        )  # fmt: skip
        d.add(
            f"Da jeg i går gennemgik netbanken, fandt jeg {r.randint(3, 11)} overførsler på i "
            f"alt {kroner(d, 90000, 900000, 1000)} fra ",
            d.gen(parent),
            " konto ",
            d.acct(reg(d), account_number(d)),
            f' til en "investeringsplatform" ved navn {platform}. Den største gik den '
            f"{when(d, sent - timedelta(days=r.randint(2, 20)))} til IBAN ",
            d.iban(scam_iban),
            ".",
        )
        if d.chance(0.6):
            d.add(
                f" Derudover er der købt kryptovaluta for {kroner(d, 20000, 150000)}, som er "
                f"sendt videre til wallet {wallet(r)}."
            )
        d.add(
            f'\n\nMin {parent_word(parent)} fortæller, at en "',
            d.p(scammer, d.pick(("first", "fl"))),
            f'" fra {platform} ringer flere gange om ugen fra ',
            d.tel(scammer),
            f" og har fået {'hende' if parent.female else 'ham'} til at installere "
            f"{d.pick(PRODUCTS[:2])}. ",
        )
        d.add(
            f"Kortet med slutcifrene **** **** **** {digits(r, 4)} bør spærres med det samme."
            if d.chance(0.6)
            else f"{pronoun.capitalize()} har også betalt et gebyr på {units(d, 300, 2500, 'EUR')} "
            "med kortet."
        )
        d.add(
            "\n\nKan I standse de ventende betalinger og oprette indsigelser? Jeg kan træffes på ",
            d.tel(kin),
            d.pick((" hele dagen.", " efter kl. 15.", ", eller skriv til mig her.")),
            "\n\nVenlig hilsen\n",
            d.p(kin, d.pick(("fl", "first"))),
            "\n",
        )

    def reply() -> None:
        d.add("Fra: ", d.p(adviser, "fl"), " <", d.mail(adviser), ">\n")
        d.add("Til: ", d.p(kin, "fl"), " <", d.mail(kin), ">\n")
        if d.chance(0.4):
            d.add("Cc: ", d.mail(team), "\n")
        d.add(f"Dato: {when(d, sent + timedelta(days=r.randint(0, 2)))} {clock(d)}\n")
        d.add("Emne: SV: ", subject, f" (sag {case})\n\n", "Kære ", d.p(kin, "first"), "\n\n")
        d.add(
            d.pick(
                ("Tak for din mail. Vi har modtaget fremtidsfuldmagten og kan nu tale med dig om ",
                 "Tak for din henvendelse. Med fuldmagten på plads kan vi gennemgå ")
            ),
            d.gen(parent),
            " økonomi.\n\n",
        )  # fmt: skip
        d.add(
            f"Vi har i dag spærret kortet og lukket for betalinger til udlandet. Overførslen på "
            f"{kroner(d, 10000, 120000)} (transaktions-ID {tx_id(r)}) er endnu ikke gennemført "
            "hos modtagerbanken, og vi har bedt om at få den tilbage. De øvrige er gennemført, og "
            "vi kan desværre ikke love, at pengene kommer retur.\n\n"
        )
        if d.chance(0.5):
            d.add(
                f"{platform} står på Finanstilsynets advarselsliste over uautoriserede "
                "virksomheder. "
            )
        d.add(
            "Vi anbefaler, at I anmelder forholdet til politiet på 114 eller politi.dk og oplyser "
            f"vores sagsnummer {case}. Du er også velkommen til at ringe til vores seniorlinje på "
            f"{d.pick(ORG_LINES[:3])}.\n\n",
            "Med venlig hilsen\n",
            d.p(adviser, d.pick(("fl", "initial", "full"))),
            f"\nSeniorrådgiver, {bank}\nDirekte: ",
            d.tel(adviser),
            "\n",
        )

    if d.chance(0.5):
        reply()
        d.add("\n-----Oprindelig meddelelse-----\n")
        original()
    else:
        original()
        d.add("\n\n")
        reply()


def adviser_notes(d: Doc) -> None:
    """A bank senior adviser's notes from a call with an elderly customer."""
    r = d.rng
    customer, adviser = person(r, "Kunde", "old"), person(r, "Rådgiver", "staff")
    kin, scammer = person(r, "Pårørende", "mid"), alias(r)
    kin.last = customer.last if d.chance(0.6) else kin.last
    bank, platform, on = d.pick(BANKS), d.pick(PLATFORMS), day(r)
    card = new_card(r)
    d.add(f"SAMTALENOTAT - {bank}, seniorteamet\n")
    d.add("Kunde: ", d.p(customer, d.pick(("comma", "comma", "fl", "upper_comma"))))
    d.add(" (", d.pick(("f. ", "født ")), d.dob(customer), ")\n")
    d.add(f"{customer_no(d).capitalize()} · {depot_no(d)}\n")
    if d.chance(0.7):
        d.add("CPR: ", d.cpr(customer), "\n")
    d.add("Tlf.: ", d.tel(customer), "\n")
    d.add("Rådgiver: ", d.p(adviser, d.pick(("initial", "fl"))), "\n")
    d.add(f"Dato: {when(d, on)}, {clock(d)}\n\n")
    pronoun, obj = ("hun", "hende") if customer.female else ("han", "ham")
    d.add(
        d.pick(("Kunden ringede selv ind. ", "Opkald efter alarm på usædvanlig handel. ")),
        d.p(customer, "first"),
        f' fortæller, at en {man(scammer)}, der præsenterede sig som "',
        d.p(scammer, d.pick(("first", "fl"))),
        f'" fra {platform}, siden {MONTHS[on.month - 2 if on.month > 1 else 0]} har hjulpet {obj} '
        'med at "investere" i kryptovaluta. ',
    )
    d.add(
        f"Der er solgt investeringsforeningsbeviser (ISIN {isin(r)} og ISIN {isin(r)}) for "
        f"{kroner(d, 100000, 1200000, 1000)}, og provenuet er overført til "
    )
    if d.chance(0.5):
        d.add("IBAN ", d.iban(iban(r, d.pick(SCAM_COUNTRIES))), ".\n")
    else:
        d.add(f"en kryptobørs og derfra til wallet {wallet(r)}.\n")
    if d.chance(0.65):
        d.add(
            f"Under samtalen oplyser {pronoun}, at {pronoun} har givet ",
            d.p(scammer, "first"),
            " sit MitID-bruger-ID ",
            d.mitid(customer),
            " og læst engangskoder op fra appen, senest ",
            d.otp(),
            f" {d.pick(('i morges', 'i går aftes', 'kl. 10.15'))}.\n",
        )
    if d.chance(0.55):
        d.add(
            f"{pronoun.capitalize()} har også læst sit kortnummer ",
            d.card(card.number),
            " op med udløb ",
            d.expiry(card.month, card.year),
            f" og {d.pick(('CVV ', 'CVC ', 'kontrolcifre '))}",
            d.cvv(card.cvv),
            ".\n",
        )
    d.add(
        f"\nAftalt: kort **** **** **** {card.number[-4:]} spærret, MitID spærret via "
        "MitID-support, nye koder bestilt. Udlandsbetalinger lukket i 30 dage. Kunden er "
        "informeret om, at banken aldrig ringer og beder om koder.\n"
    )
    if d.chance(0.5):
        local, domain = customer.email.split("@")
        d.add(f"Kvittering for spærringen sendt til {local[0]}***@{domain}.\n")
    if d.chance(0.5):
        d.add(
            f"Kunden har bedt Livsro Pension om tidlig udbetaling af ratepension, {policy_no(d)}, "
            f"{ending(kroner(d, 100000, 600000, 1000))} Vi har anbefalet at trække "
            "anmodningen tilbage.\n"
        )
    d.add(
        f"{child_word(kin).capitalize()} ",
        d.p(kin, d.pick(("fl", "full"))),
        " (",
        d.tel(kin),
        ") inddrages med kundens samtykke",
    )
    d.add((", e-mail ", d.mail(kin), ".\n") if d.chance(0.5) else ".\n")
    d.add(
        f"Opfølgning: ring til kunden {d.pick(('fredag', 'mandag', 'i morgen'))} {clock(d)}. "
        f"Sag {case_no(d)} oprettet. Kunden kan altid ringe til seniorlinjen "
        f"{d.pick(ORG_LINES[:3])}.\n",
        "/",
        d.p(adviser, "initial"),
        "\n",
    )


def remote_chat(d: Doc) -> None:
    """A remote-access scam chat exported by a relative: "[HH:MM] Name:" lines."""
    r = d.rng
    victim, kin, scammer = person(r, "Kunde", "old"), person(r, "Pårørende", "mid"), alias(r)
    platform, bank, on, card = d.pick(PLATFORMS), d.pick(BANKS), day(r), new_card(r)
    minute = r.randint(8 * 60, 19 * 60)
    victim_form = d.pick(("lower", "lower", "fl", "first"))
    scammer_form = d.pick(("fl", "first"))
    d.add(
        f'Udskrift af chat fra {platform}s "support", gemt af ',
        d.p(kin, d.pick(("fl", "full"))),
        f" den {when(d, on)}\n",
    )
    d.add("Kunde: ", d.p(victim, "fl"), ", tlf. ", d.tel(victim), "\n")
    d.add(f"AnyDesk-ID på {d.pick(('pc', 'iPad', 'bærbar'))}: {anydesk(d)}\n\n")

    def line(speaker: Person | str, form: str, *said: Piece) -> None:
        nonlocal minute
        minute += r.randint(0, 3)
        d.add(f"[{minute // 60 % 24:02d}:{minute % 60:02d}] ")
        d.add(d.p(speaker, form) if isinstance(speaker, Person) else speaker, ": ", *said, "\n")

    def v(*said: Piece) -> None:
        line(victim, victim_form, *said)

    def s(*said: Piece) -> None:
        line(scammer, scammer_form, *said)

    greeting = d.pick(("Good morning ", "Hej ", "Goddag "))
    ready = f" fra {platform}. Er du klar til at hæve dit afkast i dag?"
    s(greeting, d.p(victim, "first"), "! Det er ", d.p(scammer, "first"), ready)
    if d.chance(0.4):
        v("hej ", d.p(scammer, "lower"), d.pick((" jeg kan ikke finde knappen", "", " ja")))
    else:
        v(d.pick(("ja men jeg kan ikke finde knappen", "ja det er jeg vist", "hej ja")))
    s(f"No problem. Åbn {d.pick(PRODUCTS[:2])} og læs tallene op, så hjælper jeg dig.")
    v(f"{anydesk(d)}")
    if d.chance(0.3):
        line("System", "", f"Fjernforbindelse oprettet {clock(d)}")
    s(f"Tak. Din konto viser {units(d, 20000, 90000, 'USDT')}. Vi skal bare verificere dig.")
    s("Du får nu en SMS med en kode fra banken. Skriv koden her, det er kun til verifikation.")
    v(*((d.otp(),) if d.chance(0.5) else ("koden er ", d.otp())))
    if d.chance(0.75):
        s(d.pick(("Og dit MitID bruger-ID?", "What is your MitID user ID?")))
        v(*((d.mitid(victim),) if d.chance(0.5) else ("det er ", d.mitid(victim))))
    if d.chance(0.35):
        s("Der kom en ny kode, den skal også bruges")
        v(d.otp())
    if d.chance(0.8):
        s(
            d.pick(
                ("For the withdrawal fee we need your card: nummer, udløb og CVV",
                 "Til gebyret skal jeg bruge kortnummer, udløbsdato og kontrolcifre")
            )
        )  # fmt: skip
        v(
            d.card(card.number),
            d.pick((" udløb ", " ", " gyldig til ")),
            d.expiry(card.month, card.year),
            d.pick((" cvc ", " CVV ", " kontrolcifre ", " CVC: ")),
            d.cvv(card.cvv),
        )
    if d.chance(0.5):
        s("Send også din e-mail, så sender vi kvitteringen.")
        v(d.mail(victim))
    s("Hvis forbindelsen ryger, så ring til mig på ", d.tel(scammer))
    s(f"Overførslen til wallet {wallet(r)} er i gang, reference {tx_id(r)}.")
    s(d.pick(("Du må ikke tale med banken om det her, de forstår ikke krypto.",
              "Don't tell your bank, they will block your profit.")))  # fmt: skip
    if d.chance(0.6):
        v(f"min {child_word(kin)} ", d.p(kin, d.pick(("lower", "first"))),
          " siger at det er svindel?")  # fmt: skip
    if d.chance(0.6):
        line(kin, d.pick(("fl", "first")),
             f"Hvem er du? Jeg har ringet til {bank} og til politiet på 114.")  # fmt: skip
    minute += r.randint(1, 9)
    d.add(
        f"\nChatten sluttede kl. {minute // 60 % 24:02d}.{minute % 60:02d}. Beløb trukket: "
        f"{ending(kroner(d, 5000, 60000))}\n"
    )


def guardian_report(d: Doc) -> None:
    """A guardian's report to Familieretshuset on the ward's money lost to a fake platform."""
    r = d.rng
    ward, guardian, scammer = person(r, "Borger", "old"), person(r, "Værge", "mid"), alias(r)
    platform, bank, on = d.pick(PLATFORMS), d.pick(BANKS), day(r)
    power = d.chance(0.5)
    d.add(
        "Familieretshuset\n",
        "Værgemålsafdelingen\n",
        f"Sagsnr. FRH-26-{r.randint(1000, 99999):05d}\n\n",
    )
    title = "fremtidsfuldmægtig" if power else "værge"
    d.add(f"Redegørelse fra {title} om økonomisk misbrug\n\n")
    d.add(
        "Vedrørende: ",
        d.p(ward, d.pick(("comma", "full", "upper_comma"))),
        ", CPR-nr. ",
        d.cpr(ward),
        "\n",
    )
    d.add("Bopæl: ", d.a(ward.home, "block"), "\n")
    d.add(f"{title.capitalize()}: ", d.p(guardian, d.pick(("fl", "full"))), ", ")
    d.add(
        d.a(guardian.home, "one"),
        "\n",
        "Tlf. ",
        d.tel(guardian),
        ", e-mail ",
        d.mail(guardian),
        "\n\n",
    )
    if power:
        d.add(
            "Fremtidsfuldmagten blev sat i kraft den "
            f"{when(d, day(r, date(2024, 3, 1), 500))} og omfatter økonomiske forhold.\n\n"
        )
    else:
        d.add(
            "Værgemålet er økonomisk efter værgemålslovens § 5 og blev oprettet den "
            f"{when(d, day(r, date(2024, 3, 1), 500))}.\n\n"
        )
    d.add(
        f"Som {title} for ",
        d.p(ward, d.pick(("first", "fl"))),
        " (født ",
        d.dob(ward),
        f") skal jeg orientere om følgende. I perioden op til {when(d, on)} er der fra ",
        d.gen(ward),
        f" konto i {bank}, ",
        d.acct(reg(d), account_number(d)),
        f", overført {kroner(d, 80000, 700000, 1000)} til en påstået investeringsplatform, "
        f"{platform}. ",
    )
    if d.chance(0.6):
        d.add("Pengene er gået til IBAN ", d.iban(iban(r, d.pick(SCAM_COUNTRIES))), ". ")
    else:
        d.add(f"Pengene er vekslet til {btc(d)} og sendt videre (txid {tx_hash(r)}). ")
    d.add(
        f"Derudover blev ratepensionen hos Livsro Pension, {policy_no(d)}, udbetalt før tid "
        f"med en afgift på {ending(kroner(d, 20000, 200000))}\n\n"
    )
    d.add(
        "Overførslerne skete, før jeg fik adgang til netbanken. ",
        d.p(ward, "first"),
        ' har forklaret, at "',
        d.p(scammer, d.pick(("first", "fl"))),
        '" ringede fra ',
        d.tel(scammer),
        " og fik adgang via AnyDesk.",
    )
    if d.chance(0.5):
        d.add(
            " På en seddel i skuffen stod MitID-bruger-ID ",
            d.mitid(ward),
            " og flere koder, den seneste ",
            d.otp(),
            ".",
        )
    d.add("\n\n")
    if d.chance(0.55):
        d.add(
            f"Bilen, en {d.pick(CARS)} med reg.nr. ",
            d.plate(plate(r)),
            f", er solgt for {kroner(d, 15000, 90000)} for at dække underskuddet.\n",
        )
    d.add(
        f"Forholdet er anmeldt til politiet, {journal_no(d)}. {bank} har oprettet sag "
        f"{case_no(d)}.\n\n",
        "Bilag: kontoudtog, politikvittering, kopi af sms'er.\n\n",
        f"{when(d, on + timedelta(days=r.randint(3, 30)))}\n",
        d.p(guardian, d.pick(("initial", "fl", "full"))),
        "\n",
    )


def police_report(d: Doc) -> None:
    """A police report of a fake bank courier, with witnesses and the car's plate."""
    r = d.rng
    victim, kin, scammer = person(r, "Forurettede", "old"), person(r, "Pårørende", "mid"), alias(r)
    witnesses = [
        person(r, "Vidne", d.pick(("old", "mid", "young"))) for _ in range(r.randint(1, 3))
    ]
    bank, on, card = d.pick(BANKS), day(r), new_card(r)
    d.add("POLITIANMELDELSE\n", f"{journal_no(d).capitalize()}\n")
    d.add(f"Anmeldelsesdato: {when(d, on)} {clock(d)}\n\n")
    d.add("Forurettede: ", d.p(victim, d.pick(("upper_comma", "upper", "comma"))), ", født ")
    d.add(d.dob(victim), "\n")
    if d.chance(0.6):
        d.add("CPR: ", d.cpr(victim), "\n")
    d.add("Adresse: ", d.a(victim.home, "one"), "\n", "Tlf.: ", d.tel(victim), "\n")
    d.add("Anmelder: ", d.p(kin, d.pick(("fl", "full", "upper"))), f" ({child_word(kin)}), tlf. ")
    d.add(d.tel(kin), *((", ", d.mail(kin)) if d.chance(0.5) else ()))
    d.add("\n\nForklaring:\n")
    d.add(
        f"Forurettede blev ringet op af en {man(scammer)}, der kaldte sig ",
        d.p(scammer, d.pick(("first", "fl"))),
        f" fra {bank}s svindelafdeling. {he(scammer).capitalize()} sagde, at "
        f"{'hendes' if victim.female else 'hans'} konto var hacket, og at en kurér ville hente "
        "kortet. Kort efter kom en ung mand og fik kortet ",
        d.card(card.number),
        " (udløb ",
        d.expiry(card.month, card.year),
        ") og PIN-koden.",
    )
    if d.chance(0.55):
        d.add(
            " Forurettede havde i telefonen oplyst sit MitID-bruger-ID ",
            d.mitid(victim),
            " og koden ",
            d.otp(),
            ".",
        )
    d.add(
        f" Samme dag blev der hævet {kroner(d, 8000, 40000)} og overført "
        f"{kroner(d, 50000, 400000, 1000)} fra kontoen.\n\n"
    )
    car_plate = plate(r)
    d.add(f"Kureren kørte i en {d.pick(CARS)}, reg.nr. ", d.plate(car_plate), ".")
    d.add(f" Bilen holdt {street_only(d)}\n\nVidner:\n")
    for n, w in enumerate(witnesses, 1):
        d.add(f"Vidne {n}: ", d.p(w, d.pick(("fl", "full", "comma"))), "\n")
        d.add(d.a(w.home, d.pick(("block", "block", "one"))), "\n", "Tlf. ", d.tel(w), "\n")
    w = witnesses[0]
    d.add(
        "\nVidnet ",
        d.p(w, d.pick(("fl", "last"))),
        " så kureren gå fra forurettedes dør og notere sig nummerpladen ",
        d.plate(car_plate),
        ".",
    )
    if d.chance(0.4):
        d.add(" En anden bil, ", d.plate(plate(r)), ", holdt bag den.")
    d.add(
        f"\n\nForurettede er vejledt om offerrådgivning. Kortet er spærret via {bank}s "
        f"spærrelinje {d.pick(ORG_LINES)}.\nModtaget af: politiassistent ",
        d.p(person(r, "Medarbejder", "staff"), d.pick(("initial", "fl"))),
        "\n",
    )


def investment_mail(d: Doc) -> None:
    """A fake investment manager's English-Danish mail with an IBAN and a card request,
    and the victim's answer."""
    r = d.rng
    victim, scammer = person(r, "Kunde", "old"), alias(r)
    platform, on, card = d.pick(PLATFORMS), day(r), new_card(r)
    scam_iban = iban(r, d.pick(SCAM_COUNTRIES))
    title = "Mrs." if victim.female else "Mr."
    fee = units(d, 800, 9000, "EUR")
    d.add("From: ", d.p(scammer, "fl"), " <", d.mail(scammer), ">\n", "To: ")
    d.add(
        d.mail(victim), "\n", f"Date: {on:%Y-%m-%d} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}\n"
    )
    d.add(f"Subject: Your portfolio / Din portefølje - withdrawal {tx_id(r)}\n\n")
    d.add(f"Dear {title} ", d.p(victim, "last"), ", kære ", d.p(victim, "first"), ",\n\n")
    d.add(
        f"Congratulations! Your portfolio at {platform} has grown to "
        f"{units(d, 30000, 250000, 'EUR')}. For at frigive dit afkast skal der betales et "
        f'"clearing fee" på {fee} inden {when(d, on + timedelta(days=2))}.\n\n'
    )
    d.add(
        "Please transfer the fee to our partner account:\n",
        f"Beneficiary: {platform} Ltd\n",
        "IBAN: ",
        d.iban(scam_iban),
        f"\nBIC: {token(r, 'ABCDEFGHKLMNPRSTUVWXYZ', 6)}{r.randint(20, 99)}\n",
        f"Reference: {tx_id(r)}\n\n",
    )
    d.add(
        "Alternatively we can charge your card directly. Send os kortnummer, udløbsdato og CVV "
        "som svar på denne mail - det er helt sikkert.\n\n"
    )
    d.add(
        "Your personal account manager,\n",
        d.p(scammer, "fl"),
        "\nSenior Investment Manager\n",
        "Tel. ",
        d.tel(scammer),
        " | WhatsApp ",
        d.tel(fiction_phone(r)),
        "\n\n",
    )
    d.add("---- Svar ----\n", "From: ", d.mail(victim), "\nTo: ", d.mail(scammer), "\n\n")
    d.add("Hej ", d.p(scammer, d.pick(("first", "lower"))), "\n\n")
    if d.chance(0.5):
        d.add(
            f"Jeg har overført {fee} fra min konto ",
            d.acct(reg(d), account_number(d)),
            " i dag. ",
        )
    if d.chance(0.8):
        d.add(
            "Her er kortet: ",
            d.card(card.number),
            ", udløb ",
            d.expiry(card.month, card.year),
            d.pick((", CVV ", ", cvc ", ", kontrolcifre ", ", CVV: ")),
            d.cvv(card.cvv),
            ". ",
        )
    d.add("Min adresse er ", d.a(victim.home, d.pick(("one", "block"))), ", hvis I skal sende ")
    d.add("papirer. Ring gerne på ", d.tel(victim), ".\n\n", "Venlig hilsen\n")
    d.add(d.p(victim, d.pick(("fl", "full", "first"))), "\n")
    if d.chance(0.5):
        d.add(
            f"\n[Videresendt til {d.pick(BANKS)}s seniorteam af ",
            d.p(person(r, "Pårørende", "mid"), "fl"),
            f", {when(d, on + timedelta(days=3))}]\n",
        )


def care_note(d: Doc) -> None:
    """A care home's incident note on a resident on the phone with a fake adviser."""
    r = d.rng
    resident, staff = person(r, "Beboer", "old"), person(r, "Medarbejder", "staff")
    leader, kin, scammer = (
        person(r, "Medarbejder", "staff"),
        person(r, "Pårørende", "mid"),
        alias(r),
    )
    home, on, card = d.pick(CARE_HOMES), day(r), new_card(r)
    d.add(f"Hændelsesnotat - {home}, afd. {d.pick('ABC')}\n")
    d.add("Beboer: ", d.p(resident, d.pick(("full", "fl", "comma"))), " (f. ", d.dob(resident))
    d.add(f"), bolig {r.randint(1, 48)}\n", "Skrevet af: ", d.p(staff, d.pick(("fl", "full"))))
    d.add(f", social- og sundhedsassistent, {when(d, on)} {clock(d)}\n\n")
    pron, obj = ("hun", "hende") if resident.female else ("han", "ham")
    d.add(
        f"I dag {clock(d)} fandt jeg ",
        d.p(resident, "first"),
        f" ved computeren med en {man(scammer)} i telefonen på højttaler. "
        f"{he(scammer).capitalize()} bad {obj} læse koden fra "
        f"MitID-appen op. {pron.capitalize()} havde allerede oplyst ",
        d.otp(),
        ". Jeg afbrød opkaldet. Nummeret på displayet var ",
        d.tel(scammer),
        ".\n",
    )
    if d.chance(0.6):
        d.add('På en seddel ved computeren stod "', d.mitid(resident), '"')
        if d.chance(0.6):
            d.add(" og kortnummeret ", d.card(card.number))
            if d.chance(0.5):
                d.add(" med ", d.pick(("CVV ", "kontrolcifre ")), d.cvv(card.cvv))
        d.add(". Sedlen er lagt i kontorets pengeskab.\n")
    if d.chance(0.6):
        d.add(f"En {d.pick(CARS)} med reg.nr. ", d.plate(plate(r)))
        d.add(f" holdt i en time ved hovedindgangen og senere {street_only(d)}\n")
    d.add(
        f"\nPårørende: {child_word(kin)} ",
        d.p(kin, d.pick(("fl", "full"))),
        ", tlf. ",
        d.tel(kin),
        f", orienteret {clock(d)}. ",
        d.p(kin, "first"),
        f" kontakter bankens seniorlinje {d.pick(ORG_LINES[:3])}.\n",
    )
    d.add(
        "Leder ",
        d.p(leader, d.pick(("initial", "fl"))),
        " orienteret. Sagen er videregivet til politiet på 114. ",
        d.gen(resident),
        " pc er frakoblet nettet, og AnyDesk er afinstalleret.\n",
    )


def collection_letter(d: Doc) -> None:
    """A debt collector's letter about a loan taken in the victim's name, with an objection."""
    r = d.rng
    debtor, kin, handler = (
        person(r, "Skyldner", "old"),
        person(r, "Pårørende", "mid"),
        person(r, "Medarbejder", "staff"),
    )
    lender, on = d.pick(LENDERS), day(r, date(2026, 2, 1))
    case = f"IP-26-{r.randint(10000, 99999)}"
    d.add(
        f"Inkasso Partner Nord A/S · CVR-nr. {r.randint(10000000, 39999999)} · Tlf. "
        f"{ORG_LINES[2]}\n\n"
    )
    d.add(d.p(debtor, d.pick(("upper", "upper", "fl"))), "\n", d.a(debtor.home, "block"), "\n\n")
    d.add(f"Sagsnr. {case}    Dato: {when(d, on)}\n\n", "INKASSOMEDDELELSE\n\n")
    d.add(
        f"Vedr. lån hos {lender} optaget {when(d, on - timedelta(days=r.randint(40, 90)))} via "
        f"MitID, lånenr. L-{r.randint(1000, 9999)}-{r.randint(10, 99)}\n",
        "Skyldner: ",
        d.p(debtor, d.pick(("fl", "full"))),
    )
    if d.chance(0.5):
        d.add(", Fødselsdato: ", d.dob(debtor), f" (CPR {debtor.cpr[:6]}-xxxx)")
    else:
        d.add(", CPR ", d.cpr(debtor))
    d.add(
        f"\nHovedstol {kroner(d, 20000, 150000)}, renter og gebyrer "
        f"{ending(kroner(d, 1000, 9000, 100))}\n\n"
    )
    d.add("Lånet blev udbetalt til konto ", d.acct(reg(d), account_number(d)), " og samme dag ")
    d.add(f"videreført til en kryptobørs. Betal senest {when(d, on + timedelta(days=10))} ")
    d.add(f"med betalings-ID IP-{r.randint(1000, 9999)}-{r.randint(100, 999)}.\n\n")
    d.add(
        "Mener du, at lånet er optaget af andre, skal du sende politiets journalnummer til "
        "sagsbehandler ",
        d.p(handler, "fl"),
        " på ",
        d.mail(handler),
        " eller direkte tlf. ",
        d.tel(handler),
        ".\n\n",
    )
    d.add(
        "---\n",
        "Fra: ",
        d.p(kin, "fl"),
        " <",
        d.mail(kin),
        ">\n",
        f"Emne: Indsigelse, sag {case}\n\n",
    )
    d.add(
        f"Min {parent_word(debtor)}, ",
        d.p(debtor, d.pick(("first", "fl"))),
        f", har ikke selv optaget lånet. En svindler fik {'hendes' if debtor.female else 'hans'} "
        "MitID-bruger-ID ",
        d.mitid(debtor),
        " og koden ",
        d.otp(),
        f" over telefonen. Sagen er anmeldt, {journal_no(d)}. Jeg har fremtidsfuldmagt og kan "
        "træffes på ",
        d.tel(kin),
        ".\n",
        d.p(kin, d.pick(("initial", "fl", "first"))),
        "\n",
    )


WRITERS: dict[str, Callable[[Doc], None]] = dict(
    zip(
        GENRES,
        (daughter_mail, adviser_notes, remote_chat, guardian_report, police_report,
         investment_mail, care_note, collection_letter),
        strict=True,
    )
)  # fmt: skip


def generate(seed: int = 0, size: int = SIZE) -> list[dict]:
    """The set: documents i = 0..size-1, negatives spread evenly, genres in turn per kind."""
    negatives = round(size * NEGATIVES / SIZE)
    made = {"positive": 0, "negative": 0}
    docs = []
    for i in range(size):
        negative = (i + 1) * negatives // size > i * negatives // size
        kind = "negative" if negative else "positive"
        genre = GENRES[made[kind] % len(GENRES)]
        made[kind] += 1
        doc = Doc(random.Random(f"pii_blind40:{seed}:{i}"), negative)
        WRITERS[genre](doc)
        docs.append(
            {"id": f"blind40-{i:04d}", "genre": genre, "kind": kind, "text": doc.text(),
             "spans": doc.spans}
        )  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
