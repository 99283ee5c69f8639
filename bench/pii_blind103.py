"""The hundred-and-fourth blind, seeded generator of Danish PII-labelled text (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets, towns and companies. Its theme is a FERRY
LINE's booking and customer-service fraud team, in eight genres: the payment team's incident log
of a booking paid with a stolen card (card, expiry, the booker's e-mail and phone, the car's
number plate, the cardholder's CPR read out by the bank), a passenger list pulled for a suspect
departure (names in capitals as "EFTERNAVN, FORNAVN", birth dates after "f.", plates), an
e-mail thread (Fra:/Til:/Emne:) about a refund requested to a stranger's account (IBAN, reg.nr.
and account), a victim's statement about a fake customer-service page (card, expiry, the code
from the bank, a MitID user ID, a scammer's alias "Jonas fra Refusionsafdelingen"), a web chat
with customer service ("[09:14] Name: " lines, lower-case chat names), a ticket office's call
note, a police report with the complainant's address block, and a terminal's letter to a
customer whose booking was stopped. The names are those of Danes of all ages, Danes with roots
elsewhere ("Hodan Warsame", "Minh Tran"), double surnames ("Bech-Lauridsen"), three-word
names and the ferry line's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kortholder", "passager", "agent");
  "Holm, Mette" and "HOLM, METTE" are one span; a genitive s belongs to it ("Mettes"); an
  initial belongs to it ("M. Holm"); a lower-case chat name ("mette") is PERSON. A scammer's
  alias ("Jonas fra Refusionsafdelingen") is PERSON, the unit is not. Companies, vessels,
  products, placeholders ("[NAVN]", "NN", "Kunde A", "Passager 2") and family words ("min
  mand") are never PERSON.
- ADDRESS is a private address only: from the street name through number, letter, floor and side
  ("7B", "2. tv.", "st. th."), plus ", postcode town" on the same line or on the next line of an
  address block (line break included). The ferry line's terminals, ticket offices, offices,
  the bank's branch and the police station are never labelled, however they are written.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date
  with a four-digit year ("4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") straight after
  "født ", "f. " or "Fødselsdato: "; no other date or clock time is labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code
  inside the span; foreign numbers only from the fiction ranges "+44 7700 900xxx" and
  "+46 70 174 06 xx" (xx 05-99). The ferry line's 70/80 lines and short numbers never are.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too; masked
  ones ("m***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234 kontonr. 12345678") only the
  account is. IBAN: valid check digits and the country's length, grouped by four or compact.
  CARD: Luhn-valid with a test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY
  "MM/YY" or "MM/YYYY". OTP: a one-time code sent, asked for or given (6 or 8 digits);
  MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("AB 12 345", "AB12345").
- Hard negatives, never labelled: booking references ("MF-4KQ7ZP"), departure codes ("HOU-SUN
  0815"), customer, refund and case numbers, gift-card codes, lane numbers, amounts, dates and
  clock times, CVR numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "**** **** ****
  1111", "DK50XXXXXXXXXX1234", "AB ** ***"), the ferry line's 70/80 lines, companies, vessels,
  products, family words and pseudonyms. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins ("[NAVN]", "NN") and pseudonyms remain. No run
  of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind103 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 103_1040
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "bookinglog",
    "passagerliste",
    "refusion",
    "falsk_side",
    "chat",
    "opkald",
    "politianmeldelse",
    "terminalbrev",
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

WOMEN = (
    "Mette", "Birthe", "Kirsten", "Hanne", "Inger", "Lone", "Karina", "Signe", "Ida", "Freja",
    "Asta", "Alma", "Clara", "Nanna", "Rikke", "Pernille", "Tove", "Gudrun", "Vibeke", "Dorthe",
    "Camilla", "Louise", "Maja", "Ellen", "Bodil", "Ulla", "Josefine", "Sofie", "Emma", "Laura",
    "Hodan", "Fatma", "Aylin", "Ewa", "Lejla", "Mai", "Noor", "Yasmin", "Olena", "Priya",
)  # fmt: skip
MEN = (
    "Jannik", "Poul", "Henning", "Erik", "Torben", "Kim", "Bent", "Ole", "Frederik", "Mikkel",
    "Rolf", "Malthe", "Oskar", "Carl", "Aksel", "Villum", "Jesper", "Kasper", "Asger", "Preben",
    "Steffen", "Martin", "Henrik", "Bjarne", "Nikolaj", "Emil", "Valdemar", "Svend", "Kaj", "Finn",
    "Ahmad", "Mehmet", "Piotr", "Minh", "Omar", "Tariq", "Dragan", "Bilal", "Arjun", "Yusuf",
)  # fmt: skip
SURNAMES = (
    "Holm", "Bech", "Kjeldsen", "Lauridsen", "Vestergaard", "Thygesen", "Damgaard", "Bundgaard",
    "Søndergaard", "Kristoffersen", "Mikkelsen", "Overgaard", "Frandsen", "Skov", "Krog", "Lykke",
    "Ravn", "Brandt", "Toft", "Riis", "Hvid", "Stampe", "Kastrup", "Juul", "Munk", "Bisgaard",
    "Hedegaard", "Winther", "Bruun", "Nørgaard", "Fogh", "Iversen", "Ebbesen", "Ladefoged",
    "Warsame", "Yilmaz", "Kowalczyk", "Tran", "Hassan", "Rahimi", "Petrović", "Abdullahi",
    "Nowak", "Demir", "Sharma", "Haddad",
)  # fmt: skip
MIDDLE = ("Lund", "Marie", "Kathrine", "Bak", "Møller", "Dahl", "Sofie", "Peter", "Bo", "Aagaard")
STAFF = (
    ("Line", "Kjærbo"), ("Anders", "Højmark"), ("Sara", "Ibsen"), ("Jonatan", "Kruse"),
    ("Tina", "Vedsted"), ("Rune", "Falk"), ("Marianne", "Agger"), ("Dennis", "Bojesen"),
)  # fmt: skip
PSEUDONYMS = (
    "Kunde A", "Kunde B", "Passager 1", "Passager 2", "Passager 3", "Kortholder A",
    "Passager 4", "Anmelder A", "Medarbejder 1", "Medarbejder 2", "Agent 1",
)  # fmt: skip
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]", "NN")
FAMILY = ("min mand", "min kone", "min søn", "min datter", "min svigermor", "vores barnebarn")
ALIAS_UNITS = ("Refusionsafdelingen", "Kundeservice", "Bookingteamet")
ALIASES = ("Jonas", "Camilla", "Kevin", "Sandra", "Patrick", "Nadia")

STREETS = (
    "Birkevej", "Ahornvej", "Skovbrynet", "Grøndalsvej", "Engtoften", "Lærkevej", "Fyrrebakken",
    "Kirsebærhaven", "Ved Bækken", "Rønnebærvej", "Strandengen", "Hybenvej", "Kløvermarken",
    "Tjørnevej", "Solsikkevej", "Mosegårdsvej", "Hasselvænget", "Bøgeløkken", "Vibevej",
    "Præstemarken", "Klitrosevej", "Sandbjergvej", "Tornsangervej", "Stenhøjvej", "Egelundsvej",
)  # fmt: skip
TOWNS = (
    "8500 Grenaa", "8400 Ebeltoft", "5700 Svendborg", "4400 Kalundborg", "9900 Frederikshavn",
    "3390 Hundested", "8000 Aarhus C", "7100 Vejle", "6700 Esbjerg", "5800 Nyborg",
    "4800 Nykøbing F", "3700 Rønne", "9800 Hjørring", "2300 København S", "8960 Randers SØ",
    "5970 Ærøskøbing", "4200 Slagelse", "8300 Odder", "6400 Sønderborg", "9700 Brønderslev",
)  # fmt: skip
COMPANIES = ("Bæltlinjen A/S", "Kattegatruten", "Sydhavsfærgen ApS", "Nordsund Færger")
COMPANY = "Bæltlinjen A/S"
BANKS = ("Sydkyst Bank", "Andelskassen Vest", "Fjordbanken", "Nordea")
VESSELS = ("M/F Skjoldnæs", "M/F Havørn", "M/F Lyø Sund", "M/F Kattegat Express")
PRODUCTS = ("Flexbillet", "Pendlerkort Plus", "Bil op til 6 m", "Kahyt 2 pers.", "Familiebillet")
ORG_LINES = ("70 27 14 00", "70 27 14 10", "80 20 66 44", "7027 1499")
ORG_ADDRESSES = (
    "Kajpladsen 3, 8500 Grenaa",
    "Terminalvej 14, 3390 Hundested",
    "Havnegade 41, 5700 Svendborg",
    "Molevej 2, 9900 Frederikshavn",
    "Færgevejen 8, 4400 Kalundborg",
    "Sydhavnskaj 20, 8000 Aarhus C",
    "Kongensgade 31, 6700 Esbjerg",
    "Torvegade 12, 5800 Nyborg",
)
TERMINALS = ORG_ADDRESSES[:6]  # the ferry line's terminals and ticket offices
HEAD_OFFICE = ORG_ADDRESSES[5]
POLICE = ORG_ADDRESSES[6]  # the police station
BRANCH = ORG_ADDRESSES[7]  # the bank's branch
ROUTES = ("HOU-SUN", "SUN-HOU", "GRE-VAR", "VAR-GRE", "KAL-ÅRH", "ÅRH-KAL", "SVE-ÆRØ", "FRH-GBG")

MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "55", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "400000", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "NL": 18, "PL": 28, "GB": 22, "LT": 20}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"
CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAIL_DOMAINS = ("example.dk", "example.com", "example.net", "post.example.dk", "mail.example.com")


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


def iban_check(country: str, bban: str) -> str:
    """The compact IBAN with its modulus 97 check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


@dataclass(frozen=True)
class Person:
    """A generated person, written in the forms the genres ask for."""

    first: str
    middle: str
    surname: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.surname) if p)

    @property
    def short(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def reversed(self) -> str:
        return f"{self.surname}, {self.first}"

    @property
    def initial(self) -> str:
        return f"{self.first[0]}. {self.surname}"

    @property
    def genitive(self) -> str:
        return self.first + "s"  # no first name in the lists ends in s, x or z


class Doc:
    """A document being written: text parts and the spans of what is labelled."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def t(self, *texts: str) -> None:
        for text in texts:
            self.parts.append(text)
            self.pos += len(text)

    def pii(self, value: str, kind: str, masked: str) -> None:
        """A labelled value, or in a negative its masked form or stand-in (unlabelled)."""
        if self.negative:
            self.t(masked)
            return
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "type": kind})
        self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --- values ----------------------------------------------------------------------------------


def person(rng: random.Random, woman: bool | None = None) -> Person:
    woman = rng.random() < 0.5 if woman is None else woman
    first = rng.choice(WOMEN if woman else MEN)
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.25:
        surname = f"{surname}-{rng.choice([s for s in SURNAMES if s != surname])}"
    middle = rng.choice(MIDDLE) if rng.random() < 0.3 else ""
    return Person(first, middle, surname)


def staff(rng: random.Random) -> Person:
    first, surname = rng.choice(STAFF)
    return Person(first, "", surname)


def birth_date(rng: random.Random, young: bool = False) -> date:
    if young or rng.random() < 0.12:
        return date(2000, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    return date(1935, 1, 1) + timedelta(days=rng.randrange(64 * 365))


def cpr_digits(rng: random.Random, born: date) -> str:
    """Ten digits: the date, a century-fitting seventh digit, a serial failing modulus 11."""
    while True:
        seventh = "4" if born.year >= 2000 else rng.choice("0123")
        number = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def cpr(rng: random.Random, born: date) -> str:
    d = cpr_digits(rng, born)
    return rng.choice(
        (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
    )


def cpr_masked(born: date) -> str:
    return born.strftime("%d%m%y") + "-xxxx"


def dob(rng: random.Random, born: date) -> str:
    return rng.choice(
        (
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            f"{born.day}/{born.month}-{born.year}",
            born.strftime("%d-%m-%Y"),
        )
    )


def phone(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if roll < 0.1:
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    n = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE) + f"{rng.randrange(10**6):06d}"
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    return rng.choice(
        (
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
        )
    )


def phone_masked(rng: random.Random) -> str:
    return rng.choice(("[TLF]", f"+45 ** ** ** {rng.randrange(10, 100)}"))


def email(rng: random.Random, p: Person) -> str:
    first = p.first.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    last = p.surname.split("-")[0].lower()
    last = last.replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("ć", "c")
    local = rng.choice(
        (f"{first}.{last}", f"{first}{last[:3]}", f"{first}_{rng.randrange(50, 99)}", last)
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def staff_email(p: Person) -> str:
    return f"{p.first.lower()}.{p.surname.lower().replace('æ', 'ae').replace('ø', 'oe')}@example.dk"


def mail_masked(rng: random.Random, p: Person) -> str:
    return f"{p.first[0].lower()}***@{rng.choice(MAIL_DOMAINS)}"


def card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
    number = body + luhn_digit(body)
    return grouped(number) if rng.random() < 0.6 else number


def card_masked(rng: random.Random) -> str:
    last = f"{rng.randrange(10000):04d}"
    return rng.choice((f"**** **** **** {last}", f"******{last}", f"xxxx xxxx xxxx {last}"))


def expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_LENGTH))
    length = IBAN_LENGTH[country] - 4
    if country == "GB":
        bban = "NWBK" + "".join(rng.choice("0123456789") for _ in range(length - 4))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(length))
    compact = iban_check(country, bban)
    return grouped(compact) if rng.random() < 0.6 else compact


def iban_masked(rng: random.Random) -> str:
    return f"DK{rng.randrange(10, 99)}" + "X" * 10 + f"{rng.randrange(10000):04d}"


def reg(rng: random.Random) -> str:
    return f"{rng.randrange(1000, 9999)}"


def account(rng: random.Random, digits: int = 10) -> str:
    return f"{rng.randrange(10 ** (digits - 1), 10**digits)}"


def otp(rng: random.Random) -> str:
    return (
        f"{rng.randrange(10**7, 10**8)}" if rng.random() < 0.25 else f"{rng.randrange(10**6):06d}"
    )


def mitid(rng: random.Random, p: Person, born: date) -> str:
    stem = rng.choice((p.first.lower(), p.first.lower()[:3] + p.surname.lower()[:3], "fjord"))
    stem = "".join(c for c in stem if "a" <= c <= "z") or "bruger"
    tail = str(born.year) if rng.random() < 0.4 else born.strftime("%y")
    return stem + tail


def plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    digits = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    if rng.random() < 0.7:
        return f"{letters} {digits[:2]} {digits[2:]}"
    return letters + digits


def plate_masked(rng: random.Random) -> str:
    return rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS) + " ** ***"


def address(rng: random.Random) -> tuple[str, str]:
    """A private address as (street line, postcode line)."""
    number = f"{rng.randrange(1, 120)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
    street = f"{rng.choice(STREETS)} {number}"
    if rng.random() < 0.35:
        floor = rng.choice(("st.", "1.", "2.", "3.", "4."))
        street += f", {floor} {rng.choice(('th.', 'tv.', 'mf.'))}"
    return street, rng.choice(TOWNS)


def booking_ref(rng: random.Random) -> str:
    return "MF-" + "".join(rng.choice(CODE_CHARS) for _ in range(6))


def departure(rng: random.Random) -> str:
    return f"{rng.choice(ROUTES)} {rng.randrange(5, 23):02d}{rng.choice(('00', '15', '30', '45'))}"


def travel_day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(320))


def day_text(rng: random.Random, day: date) -> str:
    return rng.choice((day.strftime("%d.%m.%y"), day.strftime("%d.%m.%Y"), day.isoformat()))


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"


def amount(rng: random.Random) -> str:
    kroner = rng.randrange(180, 14000)
    whole = f"{kroner:,}".replace(",", ".")
    return rng.choice(
        (
            f"{whole},00 kr",
            f"{whole} kroner",
            f"kr. {whole},{rng.randrange(100):02d}",
            f"DKK {whole},00",
        )
    )


def ticket(born: date) -> str:
    """The ticket type a passenger's age gives in 2026."""
    age = 2026 - born.year
    return "barn" if age < 12 else "ungdom" if age < 26 else "pensionist" if age >= 65 else "voksen"


def case_no(rng: random.Random) -> str:
    return f"SAG-2026-{rng.randrange(10000, 99999)}"


def customer_no(rng: random.Random) -> str:
    return f"{rng.randrange(1000000, 9999999)}"


def refund_no(rng: random.Random) -> str:
    return f"REF-{rng.randrange(100000, 999999)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(20000000, 45000000)}"


# --- writing names and addresses -------------------------------------------------------------


def name(d: Doc, p: Person, form: str = "full", pseudonym: str = "[NAVN]") -> None:
    """A person's name in a form, or in a negative the pseudonym."""
    value = {
        "full": p.full,
        "short": p.short,
        "first": p.first,
        "reversed": p.reversed,
        "upper": p.reversed.upper(),
        "upper_full": p.full.upper(),
        "lower": p.first.lower(),
        "lower_full": p.short.lower(),
        "initial": p.initial,
        "genitive": p.genitive,
    }[form]
    d.pii(value, "PERSON", pseudonym)


def any_form(rng: random.Random) -> str:
    return rng.choice(("full", "full", "short", "reversed", "upper_full", "initial"))


def org_address(rng: random.Random, where: str) -> str:
    """An organisation's own address in one of many phrasings (never labelled)."""
    hours = rng.choice(("man-fre 8-16", "hverdage 7.30-15.30", "alle dage 6-22"))
    return rng.choice(
        (
            f"Billetkontoret, {where} (åbent {hours})",
            f"kom ind på {where}",
            f"afhentes i billetkontoret på {where}",
            f"vores afdeling på {where}",
            f"{COMPANY} · {where} · tlf. {rng.choice(ORG_LINES)}",
            f"Terminalen, {where}, åbningstider {hours}",
            f"skranken i terminalen, {where}",
        )
    )


def private_address(d: Doc, rng: random.Random, block: bool) -> None:
    street, town = address(rng)
    d.pii(street + ("\n" if block else ", ") + town, "ADDRESS", "[ADRESSE]")


def pseudonym(rng: random.Random, role: str) -> str:
    return f"{role} {rng.choice('AB')}" if role in ("Kunde", "Kortholder") else f"{role} 1"


# --- genres ----------------------------------------------------------------------------------


def bookinglog(d: Doc, rng: random.Random) -> None:
    booker, holder, agent = person(rng), person(rng), staff(rng)
    born = birth_date(rng)
    day = travel_day(rng)
    ref = booking_ref(rng)
    d.t(f"Hændelseslog – Betalingsteamet, {COMPANY}, {HEAD_OFFICE}\n")
    d.t(f"Sag {case_no(rng)} · booking-ref. {ref} · afgang {departure(rng)} · ")
    d.t(f"rejsedato {day_text(rng, day)} · {rng.choice(PRODUCTS)}\n\n")
    stamps = iter(sorted(f"{day.isoformat()} {clock(rng)}" for _ in range(5)))
    stamp = next(stamps)
    d.t(f"[{stamp}] Chargeback fra indløser på {amount(rng)}. Kortet ")
    d.pii(card(rng), "CARD", card_masked(rng))
    d.t(" (udløb ")
    d.pii(expiry(rng), "CARD_EXPIRY", "**/**")
    d.t(") er meldt stjålet af kortholder ")
    name(d, holder, any_form(rng), "Kortholder A")
    d.t(f" hos {rng.choice(BANKS)}.\n")
    d.t(f"[{next(stamps)}] Bookingen er oprettet af ")
    name(d, booker, rng.choice(("full", "reversed", "short")), "Kunde A")
    d.t(" med e-mail ")
    d.pii(email(rng, booker), "EMAIL", "[e-mail]")
    d.t(" og tlf. ")
    d.pii(phone(rng), "PHONE", phone_masked(rng))
    d.t(". Bil på bookingen: ")
    d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng))
    d.t(f" ({rng.choice(PRODUCTS)}).\n")
    if rng.random() < 0.6:
        d.t(f"[{next(stamps)}] Banken bekræfter kortholders CPR ")
        d.pii(cpr(rng, born), "CPR", rng.choice(("[CPR]", cpr_masked(born))))
        d.t(f"; bekræftelsesmail gik til {mail_masked(rng, booker)}.\n")
    if rng.random() < 0.5:
        d.t(f"[{next(stamps)}] Bookeren ringede og læste SMS-koden ")
        d.pii(otp(rng), "OTP", "[kode]")
        d.t(" op for at få billetten ændret. Ikke udleveret.\n")
    d.t(f"[{next(stamps)}] Billetkontoret på {rng.choice(TERMINALS)} ")
    d.t(f"er bedt om at stoppe udlevering ved kørebane {rng.randrange(1, 30)}.\n\n")
    d.t("Sagsbehandler: ")
    name(d, agent, "short", "Medarbejder 1")
    d.t(", ")
    d.pii(staff_email(agent), "EMAIL", "[e-mail]")
    d.t(f", direkte {rng.choice(ORG_LINES)}\n")


def passagerliste(d: Doc, rng: random.Random) -> None:
    day = travel_day(rng)
    d.t(f"PASSAGERLISTE – {rng.choice(VESSELS)}, afgang {departure(rng)}, ")
    d.t(f"{day_text(rng, day)} kl. {clock(rng).replace(':', '.')}\n")
    d.t(f"Udtræk til fraud-teamet, sag {case_no(rng)}. Booking {booking_ref(rng)} betalt med ")
    d.t(f"{card_masked(rng)}, {amount(rng)}.\n\n")
    family = person(rng).surname
    for i in range(1, rng.randrange(3, 6)):
        p = person(rng)
        if rng.random() < 0.5:
            p = Person(p.first, p.middle, family)
        born = birth_date(rng, young=i > 2 and rng.random() < 0.5)
        d.t(f"{i}. ")
        # the first passenger as on the ID document, in capitals
        name(d, p, "upper" if i == 1 or rng.random() < 0.6 else "reversed", f"Passager {i}")
        d.t("  ")
        if d.negative:
            d.t("f. xx.xx.xxxx")
        else:
            d.t(rng.choice(("f. ", "født ")))
            d.pii(dob(rng, born), "DATE_OF_BIRTH", "")
        d.t(f"  billet {ticket(born)}\n")
    d.t("\nKøretøj: ")
    d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng))
    d.t(f" ({rng.choice(('personbil', 'autocamper', 'varebil'))}, {rng.choice(PRODUCTS)})\n")
    if rng.random() < 0.6:
        d.t("Samme plade stod på booking ")
        d.t(f"{booking_ref(rng)} i uge {rng.randrange(2, 50)}; anden bil: ")
        d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng))
        d.t(".\n")
    lead = person(rng)
    d.t("Kontaktperson på bookingen: ")
    name(d, lead, any_form(rng), "Kunde B")
    d.t(", mobil ")
    d.pii(phone(rng), "PHONE", phone_masked(rng))
    d.t(f"\nListen udleveres kun i terminalen, {rng.choice(TERMINALS)}.\n")


def refusion(d: Doc, rng: random.Random) -> None:
    customer, agent, other = person(rng), staff(rng), person(rng)
    customer_mail = email(rng, customer)
    d.t("Fra: ")
    name(d, customer, "short", "Kunde A")
    d.t(" <")
    d.pii(customer_mail, "EMAIL", "[e-mail]")
    d.t(">\nTil: kundeservice ")
    d.pii("kundeservice@example.dk", "EMAIL", "[e-mail]")
    d.t(f"\nEmne: Refusion af booking {booking_ref(rng)} – {refund_no(rng)}\n\n")
    d.t(f"Hej\n\nVi kan ikke nå afgangen {departure(rng)} og ønsker pengene retur ")
    d.t(f"({amount(rng)}). Beløbet skal indsættes på ")
    roll = rng.random()
    if roll < 0.45:
        d.t("IBAN ")
        d.pii(iban(rng), "IBAN", iban_masked(rng))
    elif roll < 0.75:
        d.t(f"reg.nr. {reg(rng)} kontonr. ")
        d.pii(account(rng, rng.choice((8, 10))), "BANK_ACCOUNT", "[kontonr.]")
    else:
        d.t("konto ")
        sep = rng.choice(("-", " "))
        d.pii(f"{reg(rng)}{sep}{account(rng)}", "BANK_ACCOUNT", "[kontonr.]")
    d.t(", som tilhører ")
    if rng.random() < 0.5:
        d.t(rng.choice(FAMILY))
    else:
        name(d, other, "full", "[NAVN]")
    d.t(".\n\nMvh\n")
    name(d, customer, rng.choice(("full", "short", "initial")), "Kunde A")
    d.t("\n")
    private_address(d, rng, True)
    d.t("\nTlf. ")
    d.pii(phone(rng), "PHONE", phone_masked(rng))
    d.t("\n\n---\nIntern note fra ")
    name(d, agent, "first", "Medarbejder 1")
    d.t(" (")
    d.pii(staff_email(agent), "EMAIL", "[e-mail]")
    d.t("): kontoen står ikke i ")
    name(d, customer, "genitive", "kundens")
    d.t(" navn, og bookingen blev betalt med ")
    d.t(f"{card_masked(rng)}. Anden refusion til samme konto på en uge. ")
    if rng.random() < 0.5:
        d.t(
            "Kunden er bedt om at møde op med legitimation – "
            f"{org_address(rng, rng.choice(TERMINALS))}."
        )
    else:
        d.t(f"Kundenr. {customer_no(rng)}. Sendt videre til fraud-teamet.")
    d.t("\n")


def falsk_side(d: Doc, rng: random.Random) -> None:
    victim, agent = person(rng), staff(rng)
    born = birth_date(rng)
    alias = rng.choice(ALIASES)
    site = rng.choice(("baelt", "faerge", "ferry")) + "-"
    site += rng.choice(("refusion", "kundeservice", "hjaelp"))
    d.t(f"Forklaring – falsk kundeservice-side ({site}.example.net)\nSag {case_no(rng)}, ")
    d.t(f"modtaget {day_text(rng, travel_day(rng))}\n\n")
    d.t("Forurettede: ")
    name(d, victim, any_form(rng), "Kunde A")
    d.t(", tlf. ")
    d.pii(phone(rng), "PHONE", phone_masked(rng))
    d.t("\n\n")
    d.t(f'Jeg søgte på "{rng.choice(COMPANIES)} kundeservice" fordi min booking ')
    d.t(f"{booking_ref(rng)} var aflyst, og klikkede på den første annonce. En person ringede ")
    d.t("op og præsenterede sig som ")
    d.pii(alias, "PERSON", "NN")
    d.t(f" fra {rng.choice(ALIAS_UNITS)}. Vedkommende sagde, at jeg skulle have ")
    d.t(f"{amount(rng)} retur, og bad mig skrive kortnummeret ")
    d.pii(card(rng), "CARD", card_masked(rng))
    d.t(" og udløb ")
    d.pii(expiry(rng), "CARD_EXPIRY", "**/**")
    d.t(" ind på siden. Derefter fik jeg en kode fra banken, ")
    d.pii(otp(rng), "OTP", "[kode]")
    d.t(", som jeg læste op i telefonen.")
    if rng.random() < 0.8:
        d.t(" Til sidst bad han om mit MitID-bruger-ID, og jeg sagde ")
        d.pii(mitid(rng, victim, born), "MITID_USER", "[bruger-id]")
        d.t(".")
    if rng.random() < 0.5:
        d.t(" Bagefter kom der en ny kode, ")
        d.pii(otp(rng), "OTP", "[kode]")
        d.t(", den gav jeg ikke.")
    d.t(f" {rng.choice(FAMILY).capitalize()} opdagede senere hævningen.\n\n")
    d.t("Kvittering fra siden var sendt til ")
    d.pii(email(rng, victim), "EMAIL", "[e-mail]")
    d.t(f"; vores ægte kundeservice har kun tlf. {rng.choice(ORG_LINES)}.\n")
    d.t("Modtaget af ")
    name(d, agent, rng.choice(("short", "initial")), "Medarbejder 2")
    d.t(f", {COMPANY}, {HEAD_OFFICE}\n")


def chat(d: Doc, rng: random.Random) -> None:
    customer, agent = person(rng), staff(rng)
    hour, minute = rng.randrange(7, 22), rng.randrange(0, 40)
    cust_form = rng.choice(("lower", "lower", "short", "lower_full", "full"))
    agent_name = agent.first

    def say(who: str, *body: Callable[[], None] | str) -> None:
        nonlocal minute
        minute += rng.randrange(0, 3)
        d.t(f"[{hour:02d}:{minute:02d}] ")
        if who == "agent":
            d.pii(agent_name, "PERSON", "Agent 1")
        else:
            name(d, customer, cust_form, "Kunde A")
        d.t(": ")
        for part in body:
            if isinstance(part, str):
                d.t(part)
            else:
                part()
        d.t("\n")

    d.t(f"Chat – {COMPANY} kundeservice – {day_text(rng, travel_day(rng))}\n")
    say("agent", "Hej, du skriver med kundeservice. Hvad kan jeg hjælpe med?")
    say(
        "customer",
        f"hej jeg har en booking {booking_ref(rng)} der er blevet ændret uden at jeg har gjort det",
    )
    say("agent", "Det kigger jeg på. Hvilken bil står der på bookingen?")
    say("customer", "det skal være ", lambda: d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng)),
        " men der står en anden nu")  # fmt: skip
    say("agent", "Der står ", lambda: d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng)),
        f" og afgang {departure(rng)}. Hvilken mail er bookingen lavet med?")  # fmt: skip
    say("customer", lambda: d.pii(email(rng, customer), "EMAIL", "[e-mail]"))
    if rng.random() < 0.6:
        say("customer", "jeg har fået en sms med en kode ",
            lambda: d.pii(otp(rng), "OTP", "[kode]"),
            " skal du bruge den?")  # fmt: skip
        say("agent", "Nej, vi spørger aldrig efter koder. Giv den ikke til nogen.")
    say("agent", "Må jeg få et telefonnummer, så ringer vi dig op?")
    say("customer", "ja ", lambda: d.pii(phone(rng), "PHONE", phone_masked(rng)))
    if rng.random() < 0.4:
        say("customer", "og kortet der blev brugt udløber ",
            lambda: d.pii(expiry(rng), "CARD_EXPIRY", "**/**"), " det er ikke mit")  # fmt: skip
    say("agent", f"Tak. Jeg har spærret bookingen, kundenr. {customer_no(rng)}. ",
        f"Billetten: {org_address(rng, rng.choice(TERMINALS))}.")  # fmt: skip
    say("customer", "tak for hjælpen")


def opkald(d: Doc, rng: random.Random) -> None:
    caller, agent = person(rng), staff(rng)
    born = birth_date(rng)
    d.t(f"Telefonnotat – billetkontoret {rng.choice(TERMINALS)}\n")
    d.t(f"Dato {day_text(rng, travel_day(rng))} kl. {clock(rng).replace(':', '.')}, ")
    d.t("notat ved ")
    name(d, agent, rng.choice(("short", "initial")), "Medarbejder 1")
    d.t("\n\nOpkald fra ")
    name(d, caller, any_form(rng), "Kunde A")
    d.t(", ")
    if d.negative:
        d.t("f. xx.xx.xxxx")
    else:
        d.t(rng.choice(("f. ", "født ")))
        d.pii(dob(rng, born), "DATE_OF_BIRTH", "")
    d.t(", nummer ")
    d.pii(phone(rng), "PHONE", phone_masked(rng))
    d.t(f". Kunden har fået en faktura for en overfart ({amount(rng)}) som hun/han ikke har ")
    d.t("bestilt. Adresse oplyst: ")
    private_address(d, rng, False)
    d.t(". ")
    if rng.random() < 0.6:
        d.t("Oplyste selv sit CPR-nr. ")
        d.pii(cpr(rng, born), "CPR", rng.choice(("[CPR]", cpr_masked(born))))
        d.t(" selvom vi ikke spurgte. ")
    d.t("På bookingen står bilen ")
    d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng))
    d.t(", som kunden ikke ejer. ")
    if rng.random() < 0.5:
        d.t("Kunden ønsker evt. refusion til ")
        sep = rng.choice(("-", " "))
        d.pii(f"{reg(rng)}{sep}{account(rng)}", "BANK_ACCOUNT", "[kontonr.]")
        d.t(". ")
    if rng.random() < 0.4:
        d.t("Kunden nævnte, at en falsk side bad om MitID-bruger-ID (")
        d.pii(mitid(rng, caller, born), "MITID_USER", "[bruger-id]")
        d.t("). ")
    d.t(
        f"Sendt til fraud-teamet, {case_no(rng)}. "
        f"Kunden kan kontakte os på {rng.choice(ORG_LINES)}.\n"
    )


def politianmeldelse(d: Doc, rng: random.Random) -> None:
    complainant, suspect = person(rng), person(rng)
    born, suspect_born = birth_date(rng), birth_date(rng)
    d.t(f"Politianmeldelse – Syd- og Sønderjyllands Politi, {POLICE}\n")
    d.t(f"Journalnr. 4400-{rng.randrange(70000, 89999)}-{rng.randrange(10000, 99999)}-26\n\n")
    d.t(f"Anmelder: {COMPANY}, {cvr(rng)}, v/ ")
    name(d, staff(rng), "short", "Anmelder A")
    d.t(f", {org_address(rng, HEAD_OFFICE)}\n\n")
    d.t("Forurettede kortholder:\n")
    name(d, complainant, rng.choice(("full", "upper_full", "reversed")), "Kortholder A")
    d.t("\nCPR: ")
    d.pii(cpr(rng, born), "CPR", rng.choice(("[CPR]", cpr_masked(born))))
    d.t("\n")
    private_address(d, rng, True)
    d.t("\nTlf.: ")
    d.pii(phone(rng), "PHONE", phone_masked(rng))
    d.t("\nE-mail: ")
    d.pii(email(rng, complainant), "EMAIL", "[e-mail]")
    d.t("\n\nMistænkt (oplyst af forurettede): ")
    name(d, suspect, any_form(rng), "NN")
    d.t(", ")
    if d.negative:
        d.t("f. xx.xx.xxxx")
    else:
        d.t(rng.choice(("f. ", "født ", "Fødselsdato: ")))
        d.pii(dob(rng, suspect_born), "DATE_OF_BIRTH", "")
    d.t(".\n\nForløb: Med kortet ")
    d.pii(card(rng), "CARD", card_masked(rng))
    d.t(f" er der købt {rng.randrange(2, 9)} overfarter ({amount(rng)}) med bilen ")
    d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng))
    d.t(". Refusioner er forsøgt udbetalt til ")
    d.pii(iban(rng), "IBAN", iban_masked(rng))
    if rng.random() < 0.5:
        d.t(" og til ")
        d.pii(iban(rng), "IBAN", iban_masked(rng))
    d.t(f". Bookinger: {booking_ref(rng)}, {booking_ref(rng)}. ")
    if rng.random() < 0.4:
        d.t("Den mistænkte brugte MitID-brugeren ")
        d.pii(mitid(rng, suspect, suspect_born), "MITID_USER", "[bruger-id]")
        d.t(" ved en ændring.")
    d.t("\n")


def terminalbrev(d: Doc, rng: random.Random) -> None:
    customer, agent = person(rng), staff(rng)
    born = birth_date(rng)
    where = rng.choice(TERMINALS)
    d.t(f"{COMPANY}\n{where}\nTlf. {rng.choice(ORG_LINES)} · {cvr(rng)}\n\n")
    name(d, customer, rng.choice(("full", "upper_full", "short")), "Kunde A")
    d.t("\n")
    private_address(d, rng, True)
    d.t(f"\n\n{day_text(rng, travel_day(rng))}\n\nKære ")
    name(d, customer, "first", "kunde")
    d.t(f"\n\nDin booking {booking_ref(rng)} på afgang {departure(rng)} er stoppet, fordi den ")
    d.t("blev betalt med et kort, der er meldt stjålet. ")
    if rng.random() < 0.5:
        d.t("Bilen ")
        d.pii(plate(rng), "NUMBER_PLATE", plate_masked(rng))
        d.t(" kan ikke køre om bord, før sagen er afklaret. ")
    d.t(f"Har du selv betalt, så medbring legitimation: {org_address(rng, where)}. ")
    if rng.random() < 0.6:
        d.t("Vi refunderer til den konto, du har oplyst: reg.nr. ")
        if d.negative:
            d.t("[kontonr.]")
        else:
            d.t(f"{reg(rng)}, kontonr. ")
            d.pii(account(rng, rng.choice((8, 10))), "BANK_ACCOUNT", "")
        d.t(". ")
    if rng.random() < 0.5:
        d.t("Til identifikation har vi noteret CPR-nr. ")
        d.pii(cpr(rng, born), "CPR", rng.choice(("[CPR]", cpr_masked(born))))
        d.t(". ")
    d.t("Kontakt os aldrig via sider, der beder om kode eller MitID.\n\nVenlig hilsen\n")
    name(d, agent, rng.choice(("short", "full")), "Medarbejder 1")
    d.t("\nBillet- og fraud-teamet, ")
    d.pii(staff_email(agent), "EMAIL", "[e-mail]")
    d.t(f"\n{rng.choice(VESSELS)} · {rng.choice(PRODUCTS)}\n")


WRITERS: dict[str, Callable[[Doc, random.Random], None]] = {
    "bookinglog": bookinglog,
    "passagerliste": passagerliste,
    "refusion": refusion,
    "falsk_side": falsk_side,
    "chat": chat,
    "opkald": opkald,
    "politianmeldelse": politianmeldelse,
    "terminalbrev": terminalbrev,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs = []
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        d = Doc(rng, kind == "negative")
        WRITERS[genre](d, rng)
        docs.append(
            {"id": f"b103-{i:04d}", "genre": genre, "kind": kind, "text": d.text, "spans": d.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1])
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
