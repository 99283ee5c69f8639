"""A thirty-second blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is TELECOM AND UTILITIES
FRAUD as Danish telcos, energy and water suppliers, broadband providers, banks and the police
handle it, in eight genres: a telco fraud desk's log of a SIM swap (the customer's number, the CPR
given on the phone, the shop employee who swapped the SIM, the new SIM's ICCID masked as
"8945 **** **** 1234"), a number-porting complaint e-mail thread (Fra:/Til:/Cc:/Emne:), an
energy or water supplier's letter about a fake "supplier switch" or meter visit sold at the door
(installation address with floor and side, customer and meter numbers), a bank fraud team's
notes after a SIM swap (the MitID user ID given, one-time codes read out, the mule's IBAN and
account, a phished card), a broadband provider's support chat in Danish and English
("[14:02] Name:" lines, lower-case names as typed), a noisy call-centre transcript ("øh",
numbers said in groups, phone numbers read out in words), a complaints board's decision
(Ankenævnet) with pseudonymised parties and named staff, and a police report of a fake
technician's visit (the van's number plates, witnesses' names and two-line addresses). The
names are those of Danes of all ages, Danes with roots elsewhere ("Olena Kovalenko",
"Tran Thi Lan"), double surnames ("Vinther-Kjeldsen") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "kunden", "vidne",
  "formand"); "Kragh, Bodil" is one span; a genitive s belongs to it ("Bodils"; after a name
  ending in s the apostrophe stays outside: "Jonas'"); a lower-case name typed in a chat
  ("bodil") is PERSON. A scammer's alias ("Mikkel fra Kystmobil") is PERSON, the company is
  not. Organisations, products, placeholders ("[NAVN]", "Kunde 2", "Abonnent A", "Vidne 1",
  "Medarbejder B", "Sælger A") and family words ("min datter") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Mågestien.") is not an address.
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
  An organisation's number (70/80 lines, 112, 114) is never PHONE, and a number read out in
  words ("to nul tre nul ...", "tyve, treogtredive ...") is never labelled.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  organisations' too.
- BANK_ACCOUNT: reg.nr. and account written together ("9570-1234567890", "9570 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 9570 konto 12345678", "reg.nr. 9570,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: SIM card ICCIDs (always masked: "8945 **** **** 1234",
  "8945********1234"), customer numbers ("kundenr. 5094127"), meter numbers ("målernr. 301 447
  829", "målernr. 301447829"), case, porting, chat and journal numbers ("FRD-26-04417",
  "PORT-204417", "CH-482917", "ATF-26-0412", "3700-80512-00417-26"), CVR numbers, amounts
  ("1.499 kr.", "249,00 kr."), dates and clock times ("04.03.26", "kl. 09.14", "[14:02]",
  "2026-03-04 09:14"), masked values ("120652-xxxx", "+45 ** ** ** 31", "m***@example.dk",
  "**** **** **** 4242", "******4417", "DK50XXXXXXXXXX6243"), organisations' 70/80 and short
  numbers, companies, banks, products, family words and numbers in words. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, stand-ins ("[NAVN]",
  "[CPR]", "[TLF]") and pseudonym labels ("Kunde 2", "Abonnent A") remain. No run of ten or
  more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind31 OUT.jsonl`` writes the set; ``generate()`` returns it.
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

T = TypeVar("T")

SIZE = 1000
NEGATIVES = 350
SEED = 3132

TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "sim_swap_log",
    "porting_mail",
    "supplier_letter",
    "bank_fraud_notes",
    "broadband_chat",
    "call_transcript",
    "board_decision",
    "police_report",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# the first six digits of card numbers published for testing by payment providers
TEST_PREFIXES = ("424242", "400005", "411111", "555555", "510510", "222300", "520082")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "LT": 20,
    "NL": 18,
    "GB": 22,
    "ES": 24,
    "PL": 28,
    "EE": 20,
    "FI": 18,
    "SE": 24,
}
IBAN_BANK_LETTERS = {"NL": 4, "GB": 4}
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "46", "47", "48", "49", "54", "56",
    "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
    "86", "87", "89", "96", "97", "98", "99",
)  # fmt: skip
# organisations' own numbers: never PHONE
ORG_LINES = (
    "70 12 34 50",
    "70 20 44 88",
    "70 15 66 00",
    "80 81 82 83",
    "80 30 20 10",
    "70 33 19 19",
    "70223344",
    "80602020",
    "114",
    "112",
)
LONG_LINES = tuple(line for line in ORG_LINES if len(line) > 3)

DK_WOMEN = (
    "Birthe", "Grethe", "Inger", "Bodil", "Ulla", "Hanne", "Vibeke", "Tove", "Jytte", "Merete",
    "Susanne", "Pia", "Helle", "Charlotte", "Camilla", "Louise", "Maja", "Ida", "Freja", "Emma",
    "Sofie", "Nanna", "Signe", "Astrid", "Cecilie", "Line", "Rikke", "Trine", "Malene", "Dorthe",
    "Gitte", "Anja", "Tina", "Julie", "Clara", "Alberte", "Frida", "Ellen", "Mille", "Josefine",
    "Lærke", "Karoline", "Esther", "Ingrid", "Ruth", "Kirsten", "Lisbeth", "Annette",
)  # fmt: skip
DK_MEN = (
    "Aage", "Erik", "Poul", "Kaj", "Bent", "Preben", "Finn", "Jørgen", "Ole", "Henning", "Leif",
    "Flemming", "Torben", "Søren", "Henrik", "Morten", "Jesper", "Brian", "Kenneth", "Michael",
    "Rasmus", "Kasper", "Mikkel", "Martin", "Jakob", "Christian", "Frederik", "Emil", "Oliver",
    "William", "Noah", "Magnus", "Victor", "Malthe", "Villads", "Anton", "Carl", "Aksel",
    "Lars", "Jens", "Niels", "Mads", "Anders", "Jonas", "Esben", "Ulrik", "Palle", "Svend",
)  # fmt: skip


@dataclass(frozen=True)
class Roots:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]


ROOTS = (
    Roots(("Aylin", "Zehra", "Elif"), ("Emre", "Mehmet", "Burak"), ("Yilmaz", "Demir", "Kaya")),
    Roots(
        ("Amina", "Fatima", "Hiba", "Sana"),
        ("Ahmed", "Omar", "Hassan", "Bilal", "Tariq"),
        ("Haddad", "Mansour", "Osman", "Warsame", "Abdullahi", "Karimi", "Rahimi"),
    ),
    Roots(
        ("Agnieszka", "Olena", "Marta"),
        ("Piotr", "Tomasz", "Dmytro"),
        ("Nowak", "Kowalczyk", "Shevchenko", "Kovalenko"),
    ),
    Roots(("Priya", "Abena"), ("Ravi", "Arjun", "Kofi"), ("Singh", "Sharma", "Mensah", "Boateng")),
)
# family name, middle name, given name: written in that order
VIET_WOMEN = (("Tran", "Thi", "Lan"), ("Pham", "Thi", "Hoa"), ("Le", "Thi", "Ngoc"))
VIET_MEN = (("Nguyen", "Van", "Duc"), ("Tran", "Minh", "Khoa"), ("Vu", "Quang", "Huy"))

WOMEN = DK_WOMEN + tuple(n for r in ROOTS for n in r.women) + tuple(v[2] for v in VIET_WOMEN)
MEN = DK_MEN + tuple(n for r in ROOTS for n in r.men) + tuple(v[2] for v in VIET_MEN)
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Lauridsen",
    "Kjeldsen", "Bach", "Dahl", "Lind", "Skov", "Krog", "Friis", "Vinther", "Bundgaard", "Kragh",
    "Ravn", "Thygesen", "Brodersen", "Holst", "Overgaard", "Nørgaard", "Vestergaard", "Damgaard",
    "Højer", "Søgaard", "Bisgaard", "Juhl", "Munk", "Koch", "Lykke", "Toft", "Bech", "Svendsen",
    "Østergaard", "Ebbesen", "Riis", "Gade", "Hvid",
)  # fmt: skip
MIDDLES = (
    "Lund", "Holm", "Bak", "Dam", "Kjær", "Juul", "Brink", "Birk", "Skytte", "Marie", "Louise",
    "Elisabeth", "Erik", "Peter", "Emil", "Kristian",
)  # fmt: skip

STREETS = (
    "Rønnebærvej", "Mågestien", "Hvedemarken", "Kløvervangen", "Lærkehøj", "Bøgeskovvej",
    "Havrevænget", "Smedegade", "Kirkebakken", "Enghavevej", "Ribesvej", "Solsortevej",
    "Tranevej", "Ahornvej", "Brombærhaven", "Nørregade", "Vestergade", "Algade", "Torvegade",
    "Jernbanegade", "Strandvejen", "Fjordvej", "Skolevænget", "Bygaden", "Møllevej",
    "Præstevej", "Vindegade", "Klostergade", "Grønnegade", "Gammel Kongevej", "Lille Strandstræde",
    "Østre Allé", "Hybenvej", "Pilevænget", "Egevolden", "Snerlevej", "Humlebakken",
    "Kastanievej", "Vibeholms Allé", "Hyldebærvej", "Søndre Ringvej", "Bakkedraget",
)  # fmt: skip
TOWNS = (
    ("8600", "Silkeborg"), ("4700", "Næstved"), ("7100", "Vejle"), ("9800", "Hjørring"),
    ("6700", "Esbjerg"), ("5700", "Svendborg"), ("2630", "Taastrup"), ("3400", "Hillerød"),
    ("8900", "Randers C"), ("2300", "København S"), ("5000", "Odense C"), ("9000", "Aalborg"),
    ("6000", "Kolding"), ("4300", "Holbæk"), ("7400", "Herning"), ("8700", "Horsens"),
    ("2800", "Kongens Lyngby"), ("6400", "Sønderborg"), ("3700", "Rønne"), ("4800", "Nykøbing F"),
    ("7500", "Holstebro"), ("8800", "Viborg"), ("2770", "Kastrup"), ("4000", "Roskilde"),
    ("8000", "Aarhus C"), ("8210", "Aarhus V"), ("5220", "Odense SØ"), ("2450", "København SV"),
    ("1799", "København V"), ("2200", "København N"), ("9200", "Aalborg SV"), ("6100", "Haderslev"),
    ("4200", "Slagelse"), ("3000", "Helsingør"), ("7700", "Thisted"), ("8500", "Grenaa"),
)  # fmt: skip

TELCOS = ("Kystmobil", "Nordtele", "Bølgen Mobil", "Fyrtårn Telecom", "Lommenet")
BROADBAND = ("Fjordnet", "Lynfiber", "Hjemmenet Bredbånd", "Egnsfiber")
ENERGY = ("Klarstrøm", "Egnsenergi", "Solgården Energi", "Vestkysten El")
WATER = ("Vestvand", "Midtvand", "Bakkeby Vandværk")
FAKE_SELLERS = ("Grøn Strøm Direkte", "Dansk Energiskifte", "ElSpar Nu", "Billig Watt ApS")
POLICE = (
    "Fyns Politi",
    "Nordjyllands Politi",
    "Østjyllands Politi",
    "Sydsjællands og Lolland-Falsters Politi",
    "Midt- og Vestjyllands Politi",
    "Københavns Vestegns Politi",
)
BOARD = "Ankenævnet for Tele og Forsyning"
COMPANIES = TELCOS + BROADBAND + ENERGY + WATER + FAKE_SELLERS + POLICE + (BOARD,)
BANKS = (
    "Fjordbanken",
    "Vestkystens Sparekasse",
    "Andelsbanken Midt",
    "Kronborg Sparekasse",
    "Hedebanken",
    "Lokalbanken Syd",
)
PRODUCTS = (
    "MitID",
    "NemKonto",
    "Betalingsservice",
    "MobilePay",
    "eSIM",
    "Galaxy A55",
    "iPhone 15 Pro",
    "Fiber 1000/1000",
    "Tryghedspakken",
    "DataHub",
)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters for e-mail addresses and user IDs."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text)


SLUG = {name: ascii_fold(name) for name in COMPANIES + BANKS} | {BOARD: "ankenaevnet"}
MALLS = ("Fjordcentret", "Stationscentret", "Bytorvet", "Åcentret", "Havnecentret", "Engcentret")
RELATIVES = ("datter", "søn", "nabo", "svigersøn", "svigerdatter", "veninde")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
DIGIT_WORDS = ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
TEENS = (
    "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten",
)  # fmt: skip
TENS = ("", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems")
CPR_FORMS = ("{d}-{s}", "{d}{s}", "{dd} {mm} {yy} {s}", "{d} {s}")
PHONE_FORMS: tuple[Callable[[str], str], ...] = (
    lambda n: f"+45 {n}",
    lambda n: f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: f"+45 {n[:4]} {n[4:]}",
    lambda n: f"{n[:4]} {n[4:]}",
    lambda n: f"(+45) {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: f"0045 {n}",
    lambda n: f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: n,
    lambda n: f"+45{n}",
    lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
)
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"

OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"
MARKED = re.compile(f"{OPEN}([A-Z_]+){MID}(.*?){CLOSE}", re.S)


def mark(kind: str, value: str) -> str:
    """A value wrapped as a labelled span, to be cut out by render()."""
    return f"{OPEN}{kind}{MID}{value}{CLOSE}"


def render(marked: str) -> tuple[str, list[dict]]:
    """Plain text and the spans of the marked values in it."""
    parts: list[str] = []
    spans: list[dict] = []
    at = length = 0
    for hit in MARKED.finditer(marked):
        plain = marked[at : hit.start()]
        parts.append(plain)
        length += len(plain)
        value = hit.group(2)
        spans.append({"start": length, "end": length + len(value), "type": hit.group(1)})
        parts.append(value)
        length += len(value)
        at = hit.end()
    parts.append(marked[at:])
    text = "".join(parts)
    assert not re.search(f"[{OPEN}{MID}{CLOSE}]", text)
    return text, spans


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def spoken_pairs(number: str) -> str:
    """An 8-digit number read out in pairs of words ("tyve, treogtredive, ...")."""
    words = []
    for i in range(0, len(number), 2):
        n = int(number[i : i + 2])
        if n < 10:
            words.append(f"{DIGIT_WORDS[0]} {DIGIT_WORDS[n]}")
        elif n < 20:
            words.append(TEENS[n - 10])
        elif n % 10 == 0:
            words.append(TENS[n // 10])
        else:
            words.append(f"{'et' if n % 10 == 1 else DIGIT_WORDS[n % 10]}og{TENS[n // 10]}")
    return ", ".join(words)


def spoken_digits(number: str) -> str:
    return " ".join(DIGIT_WORDS[int(ch)] for ch in number)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    woman: bool
    born: date
    middle: str = ""
    family_first: bool = False

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.last} {self.middle} {self.first}"
        return " ".join(part for part in (self.first, self.middle, self.last) if part)

    @property
    def short(self) -> str:
        return self.full if self.family_first else f"{self.first} {self.last}"


@dataclass(frozen=True)
class Address:
    street: str
    number: str
    unit: str
    postcode: str
    town: str

    @property
    def line(self) -> str:
        return f"{self.street} {self.number}" + (f", {self.unit}" if self.unit else "")


def written(p: Person, form: str) -> str:
    """A name in one of its written forms."""
    comma = f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle and not p.family_first else "")
    if p.family_first:
        comma = f"{p.last}, {p.middle} {p.first}"
    forms = {
        "full": p.full,
        "short": p.short,
        "first": p.first,
        "comma": comma,
        "upper": p.full.upper(),
        "upper_comma": comma.upper(),
        "initial": p.short if p.family_first else f"{p.first[0]}. {p.last}",
        "lower": p.first.lower(),
        "lower_short": p.short.lower(),
    }
    return forms[form]


class Clock:
    """Clock times that move forward within one document."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.minutes = r.randint(7 * 60, 15 * 60)

    def tick(self, lo: int = 1, hi: int = 20) -> tuple[int, int]:
        self.minutes = min(self.minutes + self.r.randint(lo, hi), 23 * 60 + 59)
        return divmod(self.minutes, 60)

    def colon(self, lo: int = 1, hi: int = 20) -> str:
        h, m = self.tick(lo, hi)
        return f"{h:02d}:{m:02d}"

    def dots(self, lo: int = 1, hi: int = 20) -> str:
        h, m = self.tick(lo, hi)
        return f"kl. {h:02d}.{m:02d}"


class Ctx:
    """One document's random source, its people and how each value is written (or hidden)."""

    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r = r
        self.neg = neg
        self.labels: dict[int, tuple[Person, str]] = {}
        self.counters: dict[str, int] = {}
        self.day = date(2026, 2, 14) + timedelta(days=r.randint(0, 125))

    # random helpers
    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # people and places
    def person(self, born_from: int = 1931, born_to: int = 2005, man: bool = False) -> Person:
        r = self.r
        woman = not man and r.random() < 0.5
        year = r.randint(born_from, born_to)
        born = date(year, 1, 1) + timedelta(days=r.randint(0, 364))
        roll = r.random()
        if roll < 0.06:
            fam, mid, first = r.choice(VIET_WOMEN if woman else VIET_MEN)
            return Person(first, fam, woman, born, mid, True)
        if roll < 0.24:
            roots = r.choice(ROOTS)
            first = r.choice(roots.women if woman else roots.men)
            last = r.choice(roots.surnames)
            middle = ""
        else:
            first = r.choice(DK_WOMEN if woman else DK_MEN)
            last = r.choice(SURNAMES)
            middle = r.choice(MIDDLES) if r.random() < 0.35 else ""
            if middle in ("Marie", "Louise", "Elisabeth") and not woman:
                middle = "Peter"
            if middle in ("Erik", "Peter", "Emil", "Kristian") and woman:
                middle = "Marie"
        if r.random() < 0.22:
            other = r.choice([s for s in SURNAMES if s != last])
            last = f"{last}-{other}" if r.random() < 0.5 else f"{other}-{last}"
        return Person(first, last, woman, born, middle)

    def staff(self) -> Person:
        return self.person(1960, 2003)

    def address(self, unit: bool | None = None) -> Address:
        r = self.r
        number = str(r.randint(1, 99)) + (r.choice("ABC") if r.random() < 0.15 else "")
        has_unit = r.random() < 0.6 if unit is None else unit
        floor = r.choice(("st.", "1.", "2.", "3.", "4.", "5."))
        side = r.choice(("tv.", "th.", "mf."))
        postcode, town = r.choice(TOWNS)
        return Address(
            r.choice(STREETS), number, f"{floor} {side}" if has_unit else "", postcode, town
        )

    def dk_number(self, mobile: bool = True) -> str:
        return self.pick(MOBILE if mobile else LANDLINE) + self.digits(6)

    def foreign_number(self) -> str:
        if self.chance(0.5):
            return f"+44 7700 900{self.r.randint(0, 999):03d}"
        return f"+46 70 174 06 {self.r.randint(5, 99):02d}"

    def personal_email(self, p: Person) -> str:
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        yy = f"{p.born.year % 100:02d}"
        local = self.pick(
            (f"{first}.{last}", f"{first}{last[:1]}", f"{first}{yy}", f"{first[:1]}{last}",
             f"{first}_{last}", f"{first}.{last[:3]}{yy}")
        )  # fmt: skip
        domain = self.pick(
            ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
        )
        return f"{local}@{domain}"

    def staff_email(self, p: Person, org: str) -> str:
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        local = self.pick((f"{first}.{last}", f"{first[:1]}{last[:3]}", f"{first}{last[:1]}"))
        return f"{local}@{SLUG[org]}.example.dk"

    def org_email(self, org: str) -> str:
        box = self.pick(("kundeservice", "svindel", "support", "kontakt", "sikkerhed"))
        return f"{box}@{SLUG[org]}.example.dk"

    def fraud_email(self) -> str:
        local = self.pick(("support", "info", "kundecenter", "sikkerhed", "noreply", "kontakt"))
        return f"{local}{self.r.randint(2, 99)}@{self.pick(('example.net', 'example.com'))}"

    # the hard negatives
    def kundenr(self) -> str:
        return str(self.r.randint(1_000_000, 9_999_999))

    def meter(self) -> str:
        n = str(self.r.randint(100_000_000, 999_999_999))
        return f"{n[:3]} {n[3:6]} {n[6:]}" if self.chance(0.5) else n

    def iccid(self) -> str:
        last = self.digits(4)
        return f"8945 **** **** {last}" if self.chance(0.7) else f"8945********{last}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(10_000_000, 99_999_999)}"

    def amount(self, lo: int = 49, hi: int = 98_000) -> str:
        r = self.r
        kroner = r.randint(lo, hi)
        whole = f"{kroner:,}".replace(",", ".")
        if self.chance(0.3):
            return f"{whole},{r.choice(('00', '50', '95', '75'))} kr."
        return f"kr. {whole}" if self.chance(0.2) else f"{whole} kr."

    def org_line(self) -> str:
        return self.pick(LONG_LINES)

    def short_date(self, back: int = 0) -> str:
        d = self.day - timedelta(days=back)
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"

    def long_date(self, back: int = 0) -> str:
        d = self.day - timedelta(days=back)
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"

    def iso(self, back: int = 0) -> str:
        return (self.day - timedelta(days=back)).isoformat()

    # the labelled values (or their stand-ins in a negative)
    def pseudonym(self, p: Person, role: str) -> str:
        if id(p) in self.labels:
            return self.labels[id(p)][1]
        count = self.counters.get(role, self.r.randint(0, 1))
        self.counters[role] = count + 1
        if role == "kunde":
            label = f"Kunde {count + 1}" if self.chance(0.5) else f"Abonnent {'ABC'[count % 3]}"
        elif role == "staff":
            label = f"Medarbejder {'ABCD'[count % 4]}" if self.chance(0.7) else "[NAVN]"
        elif role == "vidne":
            label = f"Vidne {count + 1}"
        elif role == "sælger":
            label = f"Sælger {'AB'[count % 2]}"
        else:
            label = "[NAVN]"
        # The person is kept with its label: a freed person's id may be reused by another.
        self.labels[id(p)] = (p, label)
        return label

    def party(self, p: Person) -> str:
        """A pseudonym label, in either kind of document (board decisions)."""
        return self.pseudonym(p, "kunde")

    def name(self, p: Person, form: str = "full", role: str = "other") -> str:
        if self.neg:
            label = self.pseudonym(p, role)
            if form == "gen":
                return "[NAVN]s" if label == "[NAVN]" else f"{label}'s"
            return label
        if form == "gen":
            if p.first[-1] in "sxz":
                return mark("PERSON", p.first) + "'"
            return mark("PERSON", p.first + "s")
        return mark("PERSON", written(p, form))

    def addr(self, a: Address, layout: str = "line") -> str:
        if self.neg:
            return "[ADRESSE]"
        if layout == "short":
            return mark("ADDRESS", a.line)
        sep = "\n" if layout == "block" else ", "
        return mark("ADDRESS", f"{a.line}{sep}{a.postcode} {a.town}")

    def cpr_value(self, p: Person) -> str:
        r = self.r
        d = p.born
        while True:
            century = "4" if d.year >= 2000 else r.choice("0123")
            last = r.choice("02468" if p.woman else "13579")
            serial = century + self.digits(2) + last
            number = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{serial}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                return number

    def cpr(self, p: Person, form: str | None = None) -> str:
        number = self.cpr_value(p)
        if self.neg:
            return self.pick(("[CPR]", "[CPR]", f"{number[:6]}-xxxx"))
        form = form or self.pick(CPR_FORMS)
        text = form.format(
            d=number[:6], s=number[6:], dd=number[:2], mm=number[2:4], yy=number[4:6]
        )
        return mark("CPR", text)

    def dob(self, p: Person) -> str:
        if self.neg:
            return "[fødselsdato]"
        d = p.born
        text = self.pick(
            (f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day}/{d.month}-{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}")
        )  # fmt: skip
        return mark("DATE_OF_BIRTH", text)

    def phone(self, number: str) -> str:
        if self.neg:
            return "[TLF]" if self.chance(0.7) else f"+45 ** ** ** {number[-2:]}"
        if number.startswith("+"):
            return mark("PHONE", number)
        return mark("PHONE", self.pick(PHONE_FORMS)(number))

    def email(self, address: str) -> str:
        if self.neg:
            return "[e-mail]" if self.chance(0.6) else masked_email(address)
        return mark("EMAIL", address)

    def account(self, layout: str | None = None) -> str:
        reg = self.pick(("9570", "5301", "1551", "3409", "6460", "7681", "0400", "2201", "8117"))
        acct = self.digits(10) if self.chance(0.75) else str(self.r.randint(1_000_000, 99_999_999))
        if self.neg:
            return (
                "[kontonr.]" if self.chance(0.6) else f"reg.nr. {reg}, kontonr. ******{acct[-4:]}"
            )
        layout = layout or self.pick(("dash", "space", "words", "nr"))
        if layout == "dash":
            return mark("BANK_ACCOUNT", f"{reg}-{acct}")
        if layout == "space":
            return mark("BANK_ACCOUNT", f"{reg} {acct}")
        if layout == "words":
            return f"reg. {reg} konto {mark('BANK_ACCOUNT', acct)}"
        return f"reg.nr. {reg}, kontonr. {mark('BANK_ACCOUNT', acct)}"

    def iban(self, country: str | None = None) -> str:
        r = self.r
        cc = country or self.pick(tuple(IBAN_LENGTH))
        letters = IBAN_BANK_LETTERS.get(cc, 0)
        bban = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(letters))
        bban += self.digits(IBAN_LENGTH[cc] - 4 - letters)
        compact = cc + iban_check(cc, bban) + bban
        if self.neg:
            return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return mark("IBAN", grouped(compact) if self.chance(0.6) else compact)

    def card_number(self) -> str:
        body = self.pick(TEST_PREFIXES) + self.digits(9)
        return body + luhn_digit(body)

    def card(self) -> str:
        number = self.card_number()
        if self.neg:
            return f"**** **** **** {number[-4:]}" if self.chance(0.6) else f"******{number[-4:]}"
        return mark("CARD", grouped(number) if self.chance(0.65) else number)

    def expiry(self) -> str:
        if self.neg:
            return "**/**"
        year = self.r.randint(2026, 2031)
        month = self.r.randint(7 if year == 2026 else 1, 12)
        return mark("CARD_EXPIRY", f"{month:02d}/{year % 100 if self.chance(0.7) else year}")

    def cvv(self) -> str:
        if self.neg:
            return "***"
        value = self.pick([n for n in range(1000) if n not in (112, 114)])
        return mark("CARD_CVV", f"{value:03d}")

    def otp(self) -> str:
        if self.neg:
            return "[kode]"
        return mark("OTP", self.digits(6) if self.chance(0.75) else self.digits(8))

    def mitid(self, p: Person) -> str:
        if self.neg:
            return "[bruger-ID]"
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        year = str(p.born.year) if self.chance(0.5) else f"{p.born.year % 100:02d}"
        stem = self.pick((first, first + last[:1], first + last[:2], first[:3] + last[:4]))
        return mark("MITID_USER", stem + year)

    def plate(self) -> str:
        if self.neg:
            return "[nummerplade]"
        letters = self.pick(PLATE_LETTERS) + self.pick(PLATE_LETTERS)
        tail = self.pick([n for n in range(1000) if n not in (112, 114)])
        value = f"{letters} {self.r.randint(10, 99)} {tail:03d}"
        return mark("NUMBER_PLATE", value if self.chance(0.75) else value.replace(" ", ""))


def masked_email(address: str) -> str:
    local, domain = address.split("@")
    return f"{local[0]}***@{domain}"


def masked_phone(number: str) -> str:
    return f"+45 ** ** ** {number[-2:]}"


# 1. a telco fraud desk's log of a SIM swap -------------------------------------------------


def sim_swap_log(c: Ctx) -> str:
    telco = c.pick(TELCOS)
    shop = f"{telco}-butikken i {c.pick(MALLS)}"
    cust, rel, clerk, boss, desk = c.person(), c.person(), c.staff(), c.staff(), c.staff()
    number, relnumber = c.dk_number(), c.dk_number()
    home = c.address()
    t = Clock(c.r)
    log = [
        f"{telco} · Svindelafdelingen · hændelseslog",
        f"Sag FRD-26-{c.digits(5)} · kundenr. {c.kundenr()} · oprettet {c.iso()} {t.colon(0, 0)}",
        "",
    ]
    opening = c.pick(
        (
            f"Indgående opkald fra {c.name(cust, 'full', 'kunde')}, der ringer fra sin "
            f"{c.pick(RELATIVES)}s telefon ({c.phone(relnumber)}), fordi eget nummer er uden "
            "forbindelse.",
            f"Kunden {c.name(cust, 'comma', 'kunde')} møder op i {shop}: mobilnummer "
            f"{c.phone(number)} har ingen dækning siden i går {t.dots(0, 0)}.",
            f"Opkald fra {c.name(cust, 'short', 'kunde')} via {c.name(rel, 'gen')} telefon "
            f"{c.phone(relnumber)}. Kundens eget SIM viser 'Intet SIM'.",
        )
    )
    log.append(f"{t.colon()} {opening}")
    ident = c.pick(
        (
            f"Identitet bekræftet: CPR-nr. {c.cpr(cust)} oplyst i telefonen og kontrolspørgsmål "
            "besvaret korrekt.",
            f"Kunden oplyser CPR {c.cpr(cust)}. Fødselsdato: {c.dob(cust)} stemmer med "
            "kundekortet.",
            f"Legitimation: CPR {c.cpr(cust)}; folkeregisteradresse {c.addr(home)} stemmer.",
            f"Kunden er født {c.dob(cust)}; CPR-nr. {c.cpr(cust)} oplyst og kontrolleret.",
        )
    )
    log.append(f"{t.colon()} {ident}")
    log.append(
        f"{t.colon()} Netværkslog: SIM-skift på {c.phone(number)} registreret "
        f"{c.short_date(1)} {t.dots(0, 0)}. Nyt SIM (ICCID {c.iccid()}) aktiveret, "
        f"gammelt SIM (ICCID {c.iccid()}) lukket."
    )
    log.append(
        f"{t.colon()} "
        + c.pick(
            (
                f"Skiftet er udført af {c.name(clerk, 'initial', 'staff')} i {shop} mod et "
                f"kørekort i kundens navn. {c.name(clerk, 'first', 'staff')} husker en mand "
                "omkring de 30, der 'havde travlt'.",
                f"Butikschef {c.name(boss, 'full', 'staff')}, {shop}, bekræfter at skiftet blev "
                f"lavet af {c.name(clerk, 'initial', 'staff')}; kopien af legitimationen er "
                "ikke gemt.",
                f"{shop} oplyser, at {c.name(clerk, 'short', 'staff')} tog imod en fuldmagt "
                f"underskrevet '{c.name(cust, 'short', 'kunde')}' og et sundhedskort.",
            )
        )
    )
    if c.chance(0.75):
        log.append(
            f"{t.colon()} "
            + c.pick(
                (
                    f"Engangskode {c.otp()} sendt til det nye SIM {t.dots(0, 3)} og brugt til "
                    f"login på Mit {telco}.",
                    f"Kunden fortæller, at en 'medarbejder fra {telco}' ringede i forgårs og bad "
                    f"om koden fra sms'en; kunden læste {c.otp()} op.",
                    f"Sms-kode {c.otp()} til bekræftelse af SIM-skiftet er sendt til "
                    f"{masked_phone(number)} – kunden har aldrig modtaget den.",
                )
            )
        )
    if c.chance(0.7):
        own = c.personal_email(cust)
        log.append(
            f"{t.colon()} "
            + c.pick(
                (
                    f"Kontaktmail ændret fra {c.email(own)} til {c.email(c.fraud_email())}. "
                    "Ændringen er rullet tilbage.",
                    f"Bekræftelse på nyt SIM sendt til {masked_email(c.fraud_email())} – ikke "
                    f"kundens adresse ({c.email(own)}).",
                )
            )
        )
    if c.chance(0.5):
        drop = c.address()
        log.append(
            f"{t.colon()} På abonnementet er bestilt en {c.pick(PRODUCTS[4:7])} til "
            f"{c.amount(2_000, 14_000)} med levering til "
            f"{c.addr(drop, c.pick(('line', 'short')))}. "
            "Ordren er stoppet."
        )
    log.append(
        f"{t.colon()} Nyt SIM spærret, gammelt SIM genåbnet og porteringsspærring sat. "
        f"{c.name(cust, 'gen', 'kunde')} nummer virker igen {t.dots(2, 9)}."
    )
    log.append(
        f"{t.colon()} Kunden er bedt om at kontakte sin bank og anmelde forholdet til politiet "
        f"på 114. Vores svindellinje {c.org_line()} er oplyst."
    )
    desk_mail = c.staff_email(desk, telco)
    log += ["", f"Sagsbehandler: {c.name(desk, c.pick(('full', 'comma')), 'staff')}"]
    log.append(f"E-mail: {c.email(desk_mail)} · {c.pick(('Team Svindel', 'Fraud Desk'))}")
    return "\n".join(log)


# 2. a number-porting complaint e-mail thread ---------------------------------------------


def porting_mail(c: Ctx) -> str:
    telco = c.pick(TELCOS)
    other = c.pick([t for t in TELCOS if t != telco])
    cust, spouse, agent = c.person(1935, 2004), c.person(1935, 2004), c.staff()
    own, agent_mail, support = (
        c.personal_email(cust),
        c.staff_email(agent, telco),
        c.org_email(telco),
    )
    number, alt = c.dk_number(), c.dk_number(c.chance(0.6))
    subject = c.pick(
        (
            "Mit nummer er flyttet uden min tilladelse",
            "Portering af mit mobilnummer – svindel?",
            "HASTER: nummer overtaget af andet selskab",
        )
    )
    first = [
        f"Fra: {c.name(cust, 'short', 'kunde')} <{c.email(own)}>",
        f"Til: {c.email(support)}",
    ]
    if c.chance(0.4):
        first.append(f"Cc: {c.name(spouse, 'short')} <{c.email(c.personal_email(spouse))}>")
    first += [f"Dato: {c.long_date(1)} {Clock(c.r).dots(0, 0)}", f"Emne: {subject}", ""]
    borrowed = c.pick(("min nabos", "min datters", "min mands" if cust.woman else "min kones"))
    first.append(c.pick((f"Hej {telco}", "Hej", "Til kundeservice")))
    first.append("")
    first.append(
        c.pick(
            (
                "I går eftermiddag holdt min mobil pludselig op med at virke. Da jeg ringede fra "
                f"{borrowed} telefon, fik jeg at vide, at mit nummer {c.phone(number)} er "
                f"flyttet til {other}. Det har jeg ikke bedt om!",
                f"Mit nummer {c.phone(number)} er blevet porteret til {other} uden mit samtykke. "
                "Jeg opdagede det, da jeg ikke kunne logge på netbanken.",
                f"Jeg har lige fået besked fra {other} om 'velkommen som kunde', men jeg har "
                f"aldrig bestilt noget. Mit nummer {c.phone(number)} virker ikke længere.",
            )
        )
    )
    first.append(f"Jeg har været kunde hos jer i mange år (kundenr. {c.kundenr()}).")
    if c.chance(0.6):
        first.append(f"Mit CPR-nr. er {c.cpr(cust)}, hvis I skal slå mig op.")
    first.append(
        f"Dagen før fik jeg en sms fra {c.phone(c.foreign_number())} på engelsk: 'Confirm your "
        f"port request by replying with the code {c.otp()}'. Jeg svarede desværre med koden."
    )
    first.append(
        f"I kan fange mig på {c.phone(alt)} (min {c.pick(RELATIVES)}s telefon) eller på mailen."
    )
    signature = [c.name(cust, c.pick(("full", "short")), "kunde")]
    if c.chance(0.8):
        signature.append(c.addr(c.address(), "block"))
    first += ["", c.pick(("Venlig hilsen", "Mvh.", "Med venlig hilsen")), *signature]
    hijack = c.fraud_email()
    reply = [
        "",
        "-----",
        f"Fra: {c.name(agent, 'short', 'staff')} <{c.email(agent_mail)}>",
        f"Til: {c.email(own)}",
        f"Dato: {c.long_date()} {Clock(c.r).dots(0, 0)}",
        f"Emne: SV: {subject}",
        "",
        f"Kære {c.name(cust, 'first', 'kunde')}",
        "",
        f"Tak for din henvendelse. Porteringssag PORT-{c.digits(6)} blev oprettet "
        f"{c.short_date(2)} af {other} med en fuldmagt underskrevet "
        f"'{c.name(cust, 'short', 'kunde')}' og kontaktmailen {c.email(hijack)}, som ikke er "
        "din.",
        f"Vi har bedt {other} føre nummeret {masked_phone(number)} tilbage; det tager normalt en "
        "til to hverdage. Vi har samtidig sat en porteringsspærring på dit abonnement.",
        "Du bør kontakte din bank og anmelde sagen til politiet på 114. Vi ringer aldrig og beder "
        "om koder.",
        "",
        "Med venlig hilsen",
        c.name(agent, c.pick(("full", "short")), "staff"),
        f"Kundeservice, {telco} · {c.org_line()}",
    ]
    thread = first + reply
    if c.chance(0.55):
        thread += [
            "",
            "-----",
            f"Fra: {c.name(cust, 'short', 'kunde')} <{c.email(own)}>",
            f"Til: {c.email(agent_mail)}",
            f"Emne: SV: SV: {subject}",
            "",
            f"Tak, {c.name(agent, 'first', 'staff')}. Svindlerne nåede at købe for "
            f"{c.amount(200, 9_000)} via mobilbetaling på min regning. Kan beløbet sættes ind på "
            + c.pick((c.account(), f"min konto i {c.pick(BANKS)}, {c.account()}"))
            + "?",
            c.name(cust, "first", "kunde"),
        ]
    return "\n".join(thread)


# 3. an energy or water supplier's letter about a fake door-to-door seller ------------------


def supplier_letter(c: Ctx) -> str:
    water = c.chance(0.3)
    org = c.pick(WATER if water else ENERGY)
    fake = c.pick(FAKE_SELLERS)
    cust, seller, neighbour, signer = (
        c.person(1931, 1990),
        c.person(man=water),
        c.person(),
        c.staff(),
    )
    home = c.address(unit=c.chance(0.8))
    head = [
        org,
        f"Kundeservice · {c.org_line()} · {c.cvr()}",
        "",
        c.name(cust, c.pick(("full", "short")), "kunde"),
        c.addr(home, "block"),
        "",
        f"{c.pick(TOWNS)[1]}, {c.long_date()}",
        f"Kundenr. {c.kundenr()}",
        f"Målernr. {c.meter()}",
        "",
    ]
    greeting = f"Kære {c.name(cust, c.pick(('short', 'full')), 'kunde')}"
    alias = f"'{c.name(seller, 'first', 'sælger')} fra {fake}'"
    if water:
        body = [
            c.pick(("Falsk måleraflæser på din adresse", "Besøg fra en falsk vandværksmand")),
            "",
            greeting,
            "",
            f"Du har fortalt os, at en mand den {c.long_date(3)} ringede på {c.addr(home, 'line')} "
            f"og sagde, at han kom fra {org} for at skifte din vandmåler (målernr. {c.meter()}). "
            f"Han præsenterede sig som {alias} og krævede {c.amount(300, 2_500)} i gebyr.",
            f"Du betalte med dit kort {c.card()}, udløb {c.expiry()}, og oplyste "
            f"{c.pick(('CVV', 'kontrolcifre'))} {c.cvv()}, fordi han sagde, at terminalen var i "
            "stykker.",
            f"{org} sender aldrig folk ud for at opkræve penge ved døren, og din måler er ikke "
            "blevet rørt.",
        ]
    else:
        body = [
            c.pick(("Leverandørskift, som du ikke selv har bestilt", "Vedr. dørsalg af el")),
            "",
            greeting,
            "",
            f"Vi har {c.long_date(1)} fået besked fra DataHub om, at elleverancen til "
            f"{c.addr(home, 'line')} skifter til {fake}. Skiftet bygger på en aftale indgået "
            f"ved dørsalg den {c.long_date(4)}.",
            f"Du har fortalt os, at en sælger, der kaldte sig {alias}, bad om at se din seneste "
            "elregning for at 'tjekke om du betalte for meget' og noterede kundenummer og "
            "målernummer.",
            "På aftalesedlen, som "
            + fake
            + f" har sendt os, står Fødselsdato: {c.dob(cust)} og telefon "
            f"{c.phone(c.dk_number())}.",
        ]
        if c.chance(0.5):
            body.append(
                f"Sælgeren skrev også {c.account('nr')} på sedlen til Betalingsservice; den "
                "oplysning har vi ikke fra dig."
            )
    car = c.pick(("en grå bil", "en hvid varevogn", "en sort stationcar"))
    body.append(
        f"Sælgeren efterlod et telefonnummer, {c.phone(c.dk_number())}, og kørte i {car} med "
        f"nummerpladen {c.plate()}."
    )
    body.append(
        f"Din nabo, {c.name(neighbour, c.pick(('short', 'full')))}, så bilen holde parkeret ved "
        f"{home.street}."
    )
    body += [
        "",
        "Vi har annulleret skiftet, og du fortsætter som kunde hos os uden afbrydelse. Vi har "
        f"anmeldt {fake} til Forbrugerombudsmanden. Har du givet kontooplysninger, bør du "
        "kontakte din bank.",
        "",
        "Venlig hilsen",
        "",
        c.name(signer, c.pick(("full", "short")), "staff"),
        f"Kundeservice, {org}",
        f"Direkte: {c.phone(c.dk_number(False))} · {c.email(c.staff_email(signer, org))}",
    ]
    return "\n".join(head + body)


# 4. a bank fraud team's notes after a SIM swap -------------------------------------------


def bank_fraud_notes(c: Ctx) -> str:
    bank = c.pick(BANKS)
    telco = c.pick(TELCOS)
    cust, officer, mule, mule2 = c.person(1931, 2004), c.staff(), c.person(1975, 2005), c.person()
    alias = c.person(1970, 2000)
    number = c.dk_number()
    t = Clock(c.r)
    notes = [
        f"{bank} · Svindelteamet · intern note",
        f"Sag SV-26-{c.digits(5)} · oprettet {c.iso()} {t.colon(0, 0)} · ansvarlig "
        f"{c.name(officer, c.pick(('full', 'short')), 'staff')}",
        "",
        f"Kunde: {c.name(cust, c.pick(('upper_comma', 'comma', 'upper')), 'kunde')} "
        f"(kundenr. {c.kundenr()})",
        f"CPR: {c.cpr(cust)}",
        f"Mobil: {c.phone(number)} ({telco})",
        c.pick(
            (
                f"MitID-bruger-ID: {c.mitid(cust)}",
                f"Kunden oplyser MitID-bruger-ID {c.mitid(cust)}",
            )
        ),
    ]
    if c.chance(0.4):
        notes.append(f"Fødselsdato: {c.dob(cust)}")
    notes += ["", "Forløb (kundens forklaring):"]
    caller = c.pick((c.dk_number(), c.foreign_number()))
    notes.append(
        f"- {c.short_date(1)} {t.dots()}: opkald fra '{c.name(alias, 'first', 'sælger')} fra "
        f"{bank}s sikkerhedsafdeling' (nummervisning {c.pick((c.phone(caller), c.org_line()))})."
    )
    notes.append(
        c.pick(
            (
                f"- Kunden gav sit bruger-ID og læste to koder op: {c.otp()} og {c.otp()}.",
                f"- Kunden læste koden {c.otp()} op 'for at stoppe en mistænkelig betaling'.",
                f"- Opkalderen bad om engangskoden; kunden oplyste {c.otp()}.",
            )
        )
    )
    notes.append(
        f"- {t.dots(10, 60)}: mobilen mistede forbindelsen – SIM-skift hos {telco} (ICCID "
        f"{c.iccid()}), bekræftet af teleselskabet."
    )
    if c.chance(0.6):
        notes.append(
            f"- {t.dots()}: ny MitID-app aktiveret på fremmed enhed; sms-kode {c.otp()} sendt til "
            "det nye SIM."
        )
    notes += ["", "Transaktioner:"]
    notes.append(
        f"- {t.dots()}: {c.amount(5_000, 98_000)} overført til {c.account()} (modtager "
        f"{c.name(mule, c.pick(('short', 'full', 'comma')))})."
    )
    for _ in range(c.r.randint(1, 2)):
        notes.append(
            f"- {t.dots()}: {c.amount(5_000, 98_000)} overført til {c.iban()} "
            f"(modtager {c.name(mule2, c.pick(('short', 'upper')))})."
        )
    if c.chance(0.75):
        notes.append(
            f"- {t.dots()}: kort {c.card()}, udløb {c.expiry()}, {c.pick(('CVV', 'CVC'))} "
            f"{c.cvv()} indtastet på falsk side; køb for {c.amount(500, 20_000)} afvist."
        )
    notes += [
        "",
        "Tiltag:",
        f"- MitID spærret via MitID-support; kortet **** **** **** {c.digits(4)} spærret.",
        "- Tilbagekaldelse sendt til modtagerbanken; politianmeldelse anbefalet (114).",
    ]
    if c.chance(0.6):
        notes.append(
            f"- Kontaktoplysninger bekræftet: {c.email(c.personal_email(cust))}, "
            f"{c.addr(c.address(), 'line')}."
        )
    if c.chance(0.5):
        notes.append(f"- Refusion til kundens egen konto {c.account()} under behandling.")
    return "\n".join(notes)


# 5. a broadband provider's support chat, Danish and English -------------------------------


def broadband_chat(c: Ctx) -> str:
    org = c.pick(BROADBAND)
    agent, cust = c.staff(), c.person(1940, 2005)
    english = c.chance(0.4)
    t = Clock(c.r)
    a_name = c.name(agent, c.pick(("first", "first", "short")), "staff")
    c_name = c.name(cust, c.pick(("lower", "lower_short", "short", "lower")), "kunde")
    chat = [f"Chat · {org} kundeservice · sessions-id CH-{c.digits(6)} · {c.iso()}"]

    def say(who: str, text: str) -> None:
        chat.append(f"[{t.colon(0, 3)}] {who}: {text}")

    say(f"{org} Bot", "Hej! En medarbejder er klar om et øjeblik. / An agent will be with you.")
    if english:
        say(a_name, f"Hi, this is {c.name(agent, 'first', 'staff')} from {org}. How can I help?")
        say(
            c_name,
            c.pick(
                (
                    "hi, sorry my danish is not so good. someone from your technical team "
                    "called and said my router is hacked",
                    "hello. i got sms that my fiber closes today if i dont pay "
                    f"{c.amount(49, 999)}",
                )
            ),
        )
        say(a_name, "That was not us. Did you give them any information or codes?")
        say(c_name, f"yes.. i gave them a code {c.otp()} from sms, and they wanted my bank app")
        if c.chance(0.35):
            say(c_name, f"i also told them my MitID user ID, {c.mitid(cust)} :(")
        if c.chance(0.7):
            say(c_name, f"and i typed my card {c.card()} {c.expiry()} cvc {c.cvv()} on the link")
            say(a_name, "Please call your bank right away and block the card.")
        say(a_name, "Can you confirm the installation address and a phone number?")
        say(c_name, f"{c.addr(c.address(), 'line')}, phone {c.phone(c.dk_number())}")
        if c.chance(0.5):
            say(c_name, f"they called from {c.phone(c.foreign_number())} if that helps")
        say(
            a_name,
            f"Thanks, {c.name(cust, 'first', 'kunde')}. I will send a confirmation to your e-mail.",
        )
        say(c_name, c.email(c.personal_email(cust)))
    else:
        say(a_name, f"Hej, det er {c.name(agent, 'first', 'staff')} fra {org}. Hvad kan jeg gøre?")
        say(
            c_name,
            c.pick(
                (
                    "hej. jeg har fået en sms om at mit internet bliver lukket i dag hvis jeg "
                    f"ikke betaler {c.amount(49, 999)} via et link",
                    f"hej, der ringede en 'tekniker' fra {org} og sagde at min router var hacket",
                    "hej jeg tror jeg er blevet snydt, en mand ville have mig til at installere en "
                    "app",
                )
            ),
        )
        say(a_name, "Den henvendelse er ikke fra os. Har du klikket på noget eller givet koder?")
        if c.chance(0.7):
            say(c_name, f"ja jeg skrev mit kort ind: {c.card()} {c.expiry()} cvc {c.cvv()}")
            say(a_name, "Ring straks til din bank og få kortet spærret.")
        say(c_name, f"nu fik jeg en kode {c.otp()} på sms, de ringer igen og vil have den")
        say(a_name, "Giv den ikke videre! Må jeg bekræfte installationsadressen?")
        say(c_name, c.addr(c.address(), c.pick(("line", "short"))))
        say(a_name, "Tak. Og et mobilnummer til sms-kvittering?")
        say(c_name, c.phone(c.dk_number()))
        own = c.personal_email(cust)
        say(
            a_name,
            f"Tak, {c.name(cust, 'first', 'kunde')}. Kvitteringen går til {c.email(own)} – er "
            "det rigtigt?",
        )
        say(c_name, c.pick(("ja", "ja tak", "ja det er min")))
    if c.chance(0.5):
        say(
            a_name,
            f"Jeg har givet sagen videre til vores sikkerhedsteam, {c.email(c.org_email(org))}.",
        )
    say(a_name, f"Vores svindellinje er {c.org_line()}. Anmeld også gerne til politiet på 114.")
    say(c_name, c.pick(("tak for hjælpen", "thank you", "ok tak", "mange tak")))
    return "\n".join(chat)


# 6. a noisy call-centre transcript -------------------------------------------------------


def call_transcript(c: Ctx) -> str:
    org = c.pick(TELCOS + BANKS + ENERGY)
    agent, cust = c.staff(), c.person(1931, 2003)
    number = c.dk_number()
    t = Clock(c.r)

    def um() -> str:
        return c.pick(("øh", "øhm", "altså", "øh øh", "ehm"))

    case = c.digits(6)
    talk = [
        f"Transskription · {org} · opkald {c.iso()} {t.colon(0, 0)} · varighed "
        f"{c.r.randint(3, 19):02d}:{c.r.randint(0, 59):02d}",
        "(automatisk transskription, ikke rettet)",
        "",
        f"AGENT: {org} goddag, det er {c.name(agent, 'first', 'staff')}, {um()}, "
        f"{c.name(agent, 'short', 'staff')} hvad kan jeg hjælpe med",
        f"KUNDE: ja hej {um()} det er {c.name(cust, c.pick(('short', 'full')), 'kunde')}, jeg "
        f"ringer fordi {um()} min mobil den har ingen forbindelse og jeg tror der er nogen der "
        "har [utydeligt]",
        "AGENT: Okay det lyder ikke rart. Må jeg få dit CPR-nummer",
        f"KUNDE: ja det er {um()} {c.cpr(cust, c.pick(CPR_FORMS[2:] + CPR_FORMS))}",
        "AGENT: Tak. Og det nummer det drejer sig om",
    ]
    if c.neg:
        talk.append(f"KUNDE: {um()} det er [TLF] ... ja")
    elif c.chance(0.5):
        talk.append(f"KUNDE: det er {um()} {c.phone(number)} ... ja")
    else:
        spoken = spoken_pairs(number) if c.chance(0.5) else spoken_digits(number)
        talk.append(f"KUNDE: det er {um()} {spoken}")
        talk.append(f"AGENT: {spoken_digits(number[:4])} ... og så {spoken_digits(number[4:])}?")
        talk.append("KUNDE: ja ja præcis")
    if c.chance(0.5):
        talk.append(f"KUNDE: jeg er født {c.dob(cust)} hvis det hjælper")
    talk.append(
        f"KUNDE: {um()} og så ringede der en i går, han sagde han var fra {org}, og jeg skulle "
        f"læse en kode op, {um()} {c.otp()} tror jeg den var"
    )
    talk.append("AGENT: Okay. Den kode skal man aldrig give videre, heller ikke til os.")
    if c.chance(0.6):
        talk.append(f"KUNDE: og han fik også mit MitID bruger-ID, {um()} {c.mitid(cust)}")
    if c.chance(0.35):
        talk.append(
            f"KUNDE: nå ja og mit kort {um()} {c.card()}, udløb {c.expiry()}, og de der "
            f"kontrolcifre {c.cvv()}"
        )
    talk.append("AGENT: Hvilken adresse står abonnementet på")
    home = c.address()
    if c.chance(0.3):
        talk.append(
            f"KUNDE: {c.addr(c.address(), 'short')} ... nej undskyld, det er den gamle, "
            f"{c.addr(home, 'line')}"
        )
    else:
        talk.append(f"KUNDE: det er {c.addr(home, c.pick(('line', 'short')))}")
    talk.append(
        f"AGENT: Tak. Jeg har oprettet en sag, sagsnummeret er {spoken_digits(case)}, og vi "
        "lukker det nye SIM nu."
    )
    if c.chance(0.4):
        talk.append(f"AGENT: Skal kvitteringen på mail? Jeg har {masked_email(c.fraud_email())}")
        talk.append(f"KUNDE: nej nej, det er ikke min, min er {c.email(c.personal_email(cust))}")
    talk.append(f"AGENT: Ring til din bank og til politiet på 114. {um()} Noget andet?")
    talk.append(f"KUNDE: nej {um()} tak skal du have")
    return "\n".join(talk)


# 7. a complaints board's decision, parties pseudonymised, staff named --------------------


def board_decision(c: Ctx) -> str:
    telco = c.pick(TELCOS + BROADBAND)
    cust = c.person()
    chair, lay1, lay2, clerk, shop_staff = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    alias = c.person(1970, 2000)
    party = c.party(cust)
    town = c.pick(TOWNS)[1]
    loss, claim = c.amount(5_000, 98_000), c.amount(1_000, 5_000)
    text = [
        BOARD.upper(),
        f"Afgørelse af {c.long_date()} · sag nr. ATF-26-{c.digits(4)}",
        "",
        f"Klager: {party}",
        f"Indklagede: {telco} A/S, {c.cvr()}",
        "",
        f"Nævnet: {c.name(chair, c.pick(('short', 'full')))} (formand), "
        f"{c.name(lay1, 'short')} og {c.name(lay2, c.pick(('short', 'initial')))}.",
        f"Sekretariatet: {c.name(clerk, 'full', 'staff')}, {c.email(c.staff_email(clerk, BOARD))}, "
        f"tlf. {c.phone(c.dk_number(False))}",
        "",
        "Sagens omstændigheder",
        f"{party} havde et mobilabonnement hos {telco} med nummeret +45 ** ** ** {c.digits(2)}. "
        f"Den {c.long_date(40)} blev der foretaget SIM-skift i indklagedes butik i {town} på "
        "grundlag af et forfalsket kørekort.",
        f"Butiksmedarbejderen, {c.name(shop_staff, c.pick(('short', 'initial')), 'staff')}, har "
        "forklaret, at kørekortet 'så ægte ud', og at kunden kendte sit kundenummer.",
        f"En person, der over for {party} havde kaldt sig "
        f"'{c.name(alias, 'first', 'sælger')} fra {telco}', fik derefter adgang til "
        f"klagers MitID og overførte {loss} fra klagers konto.",
        f"{party} har krævet {claim} i erstatning fra {telco}.",
        "",
        "Nævnets bemærkninger",
        "Et SIM-skift giver adgang til koder, der beskytter klagers økonomi. Indklagede burde "
        "have kontrolleret legitimationen bedre, og indklagede har ikke dokumenteret kontrollen.",
        "",
        "Afgørelse",
        f"{telco} skal inden 30 dage betale {claim} til {party}. Klagegebyret på 160 kr. "
        "tilbagebetales.",
        "",
        c.name(chair, c.pick(("short", "full"))),
        "formand",
    ]
    if c.chance(0.4):
        text.insert(
            -3,
            f"Sekretariatets spørgsmål besvares af {c.name(clerk, 'first', 'staff')} på "
            f"{c.email(c.staff_email(clerk, BOARD))}.",
        )
    return "\n".join(text)


# 8. a police report of a fake technician's visit -----------------------------------------


def police_report(c: Ctx) -> str:
    district = c.pick(POLICE)
    org = c.pick(ENERGY + WATER + BROADBAND)
    victim, officer, fake = c.person(1931, 1975), c.staff(), c.person(1975, 2002, man=True)
    home = c.address()
    t = Clock(c.r)
    if org in WATER:
        what = f"aflæse vandmåleren (målernr. {c.meter()})"
    elif org in ENERGY:
        what = c.pick(
            (f"udskifte elmåleren (målernr. {c.meter()})", "kontrollere el-tavlen for overspænding")
        )
    else:
        what = c.pick((f"tjekke fiberboksen for {org}", "skifte routeren til en ny model"))
    report = [
        district,
        "ANMELDELSE – bedrageri ved falsk teknikerbesøg",
        f"Journalnr. {c.digits(4)}-{c.digits(5)}-{c.digits(5)}-26",
        f"Anmeldt {c.iso()} {t.dots(0, 0)} · modtaget af politiassistent "
        f"{c.name(officer, c.pick(('short', 'full')), 'staff')}",
        "",
        "ANMELDER",
        f"Navn: {c.name(victim, c.pick(('upper_comma', 'upper', 'upper_comma')))}",
        c.pick((f"CPR-nr.: {c.cpr(victim)}", f"f. {c.dob(victim)}")),
        f"Adresse: {c.addr(home, 'line')}",
        f"Telefon: {c.phone(c.dk_number(c.chance(0.5)))}",
        "",
        "FORKLARING",
        f"Anmelder forklarede, at det {c.long_date(1)} ca. {Clock(c.r).dots(0, 0)} ringede på. "
        f"To mænd i mørke arbejdsjakker med logo fra {org} sagde, at de skulle {what}. "
        f"Den ene kaldte sig '{c.name(fake, 'first', 'sælger')}'.",
        c.pick(
            (
                "Mens den ene var i bryggerset, forsvandt anmelders pung med "
                f"{c.amount(500, 20_000)} i kontanter.",
                f"Mændene forlangte {c.amount(1_000, 9_000)} for 'et nyt sikkerhedsmodul' og "
                "gik efter ti minutter.",
            )
        ),
    ]
    if c.chance(0.7):
        report.append(
            f"Anmelder betalte et gebyr på {c.amount(300, 3_000)} med sit kort {c.card()}, udløb "
            f"{c.expiry()}, og oplyste kontrolcifre {c.cvv()} til den ene, der 'tastede det ind på "
            "en telefon'."
        )
    report.append(
        f"Mændene kørte i en hvid varevogn med nummerpladen {c.plate()}."
        + c.pick(
            (
                f" En nabo noterede desuden {c.plate()} på en mørk personbil ved {home.street}.",
                f" Bilen holdt ved {c.pick(STREETS)}.",
                "",
            )
        )
    )
    report += ["", "VIDNER"]
    for n in range(1, c.r.randint(1, 3) + 1):
        witness = c.person(1935, 2005)
        report += [
            f"Vidne {n}: {c.name(witness, c.pick(('short', 'full', 'comma')))}, "
            f"f. {c.dob(witness)}",
            c.addr(c.address(), "block"),
            f"Tlf. {c.phone(c.dk_number())}",
            "",
        ]
    report.append(
        f"Anmelder er vejledt om at spærre kortet og kontakte {org} på {c.org_line()}. "
        "Ved fare ringes 112."
    )
    return "\n".join(report)


WRITERS: dict[str, Callable[[Ctx], str]] = dict(
    zip(
        GENRES,
        (sim_swap_log, porting_mail, supplier_letter, bank_fraud_notes, broadband_chat,
         call_transcript, board_decision, police_report),
        strict=True,
    )
)  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES/SIZE of them pseudonymised, the genres evenly shared."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rng.shuffle(plan)
    docs: list[dict] = []
    seen: set[str] = set()
    for number, (genre, kind) in enumerate(plan, 1):
        text, spans = render(WRITERS[genre](Ctx(rng, kind == "negative")))
        while text in seen:  # a repeated text is drawn again
            text, spans = render(WRITERS[genre](Ctx(rng, kind == "negative")))
        seen.add(text)
        row = {"id": f"pb31-{number:04d}", "genre": genre, "kind": kind}
        docs.append(row | {"text": text, "spans": spans})
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind31.jsonl"
    rows = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
