"""The hundred-and-second blind, seeded generator of Danish text with labelled PII (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is DOOR-TO-DOOR SALES
of heat pumps, solar panels and insulation to elderly customers, as a consumer complaints
service ("Forbrugerhjælpen Dørsalg") handles them, in eight genres: a relative's web complaint
form (the parent's address block, CPR or birth date, the seller's van), an excerpt of the
signed contract and financing agreement (the customer in capitals, CPR, Betalingsservice
account, the deposit card), a cancellation letter (the customer's letterhead, the seller's
office as recipient, the refund account), an e-mail thread (Fra:/Til:/Emne:) with a relative
abroad (a foreign IBAN and phone), a web chat ("[10:02] Name:" lines, lower-case chat names, the
MitID code and user ID the seller asked for), an adviser's call note (card, expiry, code), a
police report (the seller's alias, his van's plate, a neighbour as witness on two lines) and
the complaints board's decision (parties, refund account). The names are those of Danes of all
ages, Danes with roots elsewhere ("Leyla Özdemir", "Duc Tran"), double surnames
("Lund-Bisgaard"), three-word names ("Inger Marie Thygesen") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sælger", "rådgiver", "vidne"); "Thygesen,
  Inger" is one span; a genitive s belongs to it ("Ingers"); a lower-case name typed in a chat
  ("jytte") is PERSON. A seller's alias ("Kenneth fra kommunens energiafdeling") is PERSON, the
  unit is not. Organisations, products, placeholders ("[NAVN]", "NN", "Kunde A", "Vidne 1") and
  family words ("min mor", "svigerfar") are never PERSON.
- ADDRESS is a private address only: from the street name through number, letter, floor and side
  ("12B", "2. tv.", "st. th."), plus ", postcode town" on the same line or on the next line of
  an address block (line break included). A street named without a number is not an address.
  Organisations' own addresses (sellers' offices and showrooms, the service, the board, police,
  banks) occur often in letterheads, signatures and sentences ("kom ind på …", "afhentes i …",
  "vores afdeling på …") and are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit suiting the century (0 to 3 in
  the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (a full date
  with a four-digit year: "4. juni 1938", "04.06.1938", "4/6-1938", "04-06-1938") is labelled
  only straight after "født", "f." or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE covers Danish 8-digit numbers from mobile and landline ranges (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code
  inside the span, and foreign numbers from fiction ranges only ("+44 7700 900xxx",
  "+46 70 174 06 xx", xx 05-99). Organisations' 70/80 lines and "114" are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 1234567") are one
  span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the account
  is. IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by four or
  compact. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), grouped by four or
  compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; no CVV is ever written. OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: case, contract, financing, customer and police journal numbers
  ("FH-2026-01234", "KT-204417", "FA-3301187", "kundenr. 4410276", "4100-84120-01234-26"), CVR
  numbers, amounts ("89.900 kr.", "kr. 1.249,00"), dates and clock times ("14.03.2026",
  "kl. 10.42", "[10:02]", "2026-03-14"), power ratings, masked values ("120338-xxxx",
  "+45 ** ** ** 31", "i***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932", "BK ** ***"), organisations' 70/80 lines, companies, banks, products,
  streets without a number and family words. Documents of kind "negative" are the same genres
  after pseudonymisation: only such values, stand-ins (STAND_INS) and pseudonyms (PSEUDONYMS)
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind101 OUT.jsonl`` writes the set; ``generate()`` returns it.
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

SEED = 101_2026
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "klageskema",
    "kontrakt",
    "fortrydelse",
    "mailtraad",
    "chat",
    "opkaldsnotat",
    "politianmeldelse",
    "afgoerelse",
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
    "Inger", "Grethe", "Birthe", "Kirsten", "Hanne", "Lis", "Ellen", "Ruth", "Bodil", "Gudrun",
    "Karen", "Else", "Jytte", "Vibeke", "Merete", "Susanne", "Tina", "Camilla", "Louise", "Sofie",
    "Ida", "Freja", "Nadia", "Amina", "Fatma", "Leyla", "Ayşe", "Mariam", "Agnieszka", "Olena",
    "Linh", "Priya", "Sanne", "Dorthe", "Pia", "Lone", "Helle", "Marianne", "Bente", "Tove",
    "Asta", "Edith", "Yvonne", "Gitte",
)  # fmt: skip
MEN = (
    "Poul", "Erik", "Knud", "Arne", "Preben", "Ib", "Bent", "Jørgen", "Svend", "Flemming", "Ole",
    "Henning", "Aage", "Leif", "Torben", "Kim", "Michael", "Thomas", "Rasmus", "Jonas", "Mikkel",
    "Emil", "Ahmad", "Hassan", "Omar", "Mehmet", "Ali", "Tariq", "Piotr", "Andrzej", "Dmitri",
    "Duc", "Rajesh", "Kasper", "Søren", "Carsten", "Jesper", "Brian", "Kenneth", "Villads",
    "Gunnar", "Verner",
)  # fmt: skip
SURNAMES = (
    "Thygesen", "Bundgaard", "Kragelund", "Vestergaard", "Lykkegaard", "Rasmussen", "Ebbesen",
    "Kjeldsen", "Nørgaard", "Skovbjerg", "Damgaard", "Frederiksen", "Holmgaard", "Mikkelsen",
    "Sørensen", "Bech", "Hvid", "Krog", "Lund", "Winther", "Bisgaard", "Overgaard", "Toft", "Høj",
    "Mølgaard", "Yilmaz", "Hussain", "Khan", "Nowak", "Kowalski", "Tran", "Nguyen", "Petrenko",
    "Abdullahi", "Haddad", "Özdemir", "Said", "Pedersen", "Jakobsen", "Dalsgaard", "Bøgh", "Riis",
    "Kofoed", "Brandt", "Ravn", "Munk",
)  # fmt: skip
MIDDLE = {
    True: ("Marie", "Louise", "Margrethe", "Zahra", "Juul"),
    False: ("Peter", "Kristian", "Juul", "Vang", "Bak"),
}
STAFF = (
    ("Lone", "Bech", True),
    ("Martin", "Kofoed", False),
    ("Sidsel", "Ravn", True),
    ("Ahmed", "Said", False),
    ("Rikke", "Munk-Hansen", True),
    ("Jakob", "Brandt", False),
)
PSEUDONYMS = (
    "Kunde A", "Kunde B", "Pårørende 1", "Pårørende 2", "Sælger 1", "Sælger 2", "Rådgiver 1",
    "Rådgiver 2", "Vidne 1", "Vidne 2", "Sagsbehandler 1",
)  # fmt: skip
STAND_INS = (
    "[NAVN]",
    "NN",
    "[ADRESSE]",
    "[TLF]",
    "[e-mail]",
    "[kontonr.]",
    "[kode]",
    "[CPR]",
    "[bruger-id]",
    "[fødselsdato]",
)
FAMILY = tuple(
    f"{whose} {who}"
    for whose in ("min", "vores")
    for who in ("mor", "far", "svigermor", "svigerfar", "bedstemor", "bedstefar", "datter", "søn")
)

STREETS = (
    "Kirsebærvej", "Mosegårdsvej", "Lærkevænget", "Hybenvej", "Skovbrynet", "Præstemarken",
    "Tjørnevej", "Solsikkevej", "Bakkedraget", "Engtoften", "Ahornvej", "Kløvervang",
    "Rønnebærvej", "Vibevej", "Møllehaven", "Fasanvej", "Birkebakken", "Lindeallé",
    "Ved Gadekæret", "Søndermarken", "Hvedemarken", "Kastanievej",
)  # fmt: skip
TOWNS = (
    ("7100", "Vejle"), ("8600", "Silkeborg"), ("6700", "Esbjerg"), ("4700", "Næstved"),
    ("9800", "Hjørring"), ("5700", "Svendborg"), ("7400", "Herning"), ("3400", "Hillerød"),
    ("4000", "Roskilde"), ("8900", "Randers"), ("6000", "Kolding"), ("4200", "Slagelse"),
    ("9500", "Hobro"), ("7500", "Holstebro"), ("8450", "Hammel"), ("4640", "Faxe"),
    ("6950", "Ringkøbing"), ("3300", "Frederiksværk"), ("5600", "Faaborg"), ("8800", "Viborg"),
)  # fmt: skip


@dataclass(frozen=True)
class Org:
    """An organisation: its name, street address, town, 70/80 line and mail domain."""

    name: str
    street: str
    town: str
    line: str
    domain: str


SELLERS = (
    Org("Nordvarme Energi ApS", "Håndværkervej 14", "7100 Vejle", "70 22 41 90",
        "nordvarme.example.dk"),
    Org("SolTag Danmark A/S", "Transformervej 3", "2730 Herlev", "70 11 86 40",
        "soltag.example.dk"),
    Org("Klimahuset Vest ApS", "Erhvervsparken 21", "6800 Varde", "70 33 12 55",
        "klimahuset.example.dk"),
    Org("IsoPlus Byg ApS", "Lysbrovej 7", "8600 Silkeborg", "70 45 90 18",
        "isoplus.example.dk"),
    Org("GrønVarme Direkte ApS", "Vestre Ringvej 102", "4000 Roskilde", "80 20 44 71",
        "groenvarme.example.com"),
    Org("Energiklar Hjem A/S", "Kometvej 36", "8900 Randers", "70 60 27 39",
        "energiklar.example.dk"),
    Org("Solstrøm Jylland ApS", "Marsvej 5", "7400 Herning", "70 27 30 62",
        "solstroem.example.net"),
)  # fmt: skip
SERVICE = Org(
    "Forbrugerhjælpen Dørsalg",
    "Kompagnistræde 40",
    "1208 København K",
    "70 21 55 00",
    "forbrugerhjaelpen.example.dk",
)
BOARD = Org(
    "Ankenævnet for Energiinstallationer",
    "Toldbodgade 18",
    "5000 Odense C",
    "70 41 08 20",
    "ankenaevnet.example.dk",
)
FINANCE = (
    Org("Kvik Kredit ApS", "Bredgade 61", "7400 Herning", "80 60 10 22", "kvikkredit.example.dk"),
    Org("Nordisk Grøn Finans A/S", "Havnegade 9", "6700 Esbjerg", "70 25 14 81",
        "groenfinans.example.com"),
)  # fmt: skip
POLICE = (
    ("Sydøstjyllands Politi", "Dæmningen 7", "7100 Vejle"),
    ("Midt- og Vestjyllands Politi", "Fredhøjvej 3", "7400 Herning"),
    ("Midt- og Vestsjællands Politi", "Køgevej 88", "4000 Roskilde"),
)
ORGS = (*SELLERS, SERVICE, BOARD, *FINANCE)
COMPANIES = tuple(org.name for org in ORGS)
BANKS = ("Andelskassen Midt", "Sparekassen Vestkyst", "Fjordbanken", "Vestjysk Andelsbank")
PRODUCTS = (
    "luft/vand-varmepumpe på 9 kW", "hybridvarmepumpe", "solcelleanlæg på 6 kWp",
    "hulmursisolering", "loftisolering på 42 m²", "batteripakke på 10 kWh",
    "luft/luft-varmepumpe", "solcelleanlæg på 8 kWp med batteri",
)  # fmt: skip
ORG_ADDRESSES = (*(org.street for org in ORGS), *(street for _, street, _ in POLICE))
ORG_LINES = tuple(org.line for org in ORGS)
ALIAS_UNITS = (
    "kommunens energiafdeling",
    "Energistyrelsen",
    "forsyningen",
    "elselskabet",
    "varmeværket",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = (
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "40",
    "41",
    "42",
    "50",
    "51",
    "52",
    "53",
    "60",
    "61",
    "71",
    "81",
    "91",
    "92",
    "93",
)
LANDLINE = (
    "32",
    "33",
    "35",
    "36",
    "38",
    "39",
    "43",
    "44",
    "45",
    "46",
    "47",
    "48",
    "49",
    "54",
    "56",
    "57",
    "58",
    "59",
    "62",
    "63",
    "64",
    "65",
    "66",
    "69",
    "72",
    "73",
    "74",
    "75",
    "76",
    "86",
    "87",
    "89",
    "96",
    "97",
    "98",
    "99",
)
TEST_PREFIXES = ("4111111111", "4012888888", "5555555555", "5105105105", "4000056655", "2223003122")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "GB": 22, "NL": 18, "FI": 18}
MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"

Piece = str | tuple[str, str, str]  # plain text, or (type, value, what a negative writes)


# --- Values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    woman: bool
    middle: str = ""

    def word(self, woman: str, man: str) -> str:
        """The word that fits the person's gender ("mor" or "far", "hun" or "han")."""
        return woman if self.woman else man

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.first, self.middle, self.last) if part)


def ascii_name(name: str) -> str:
    """A name as an e-mail local part would spell it: ae/oe/aa, no accents, no hyphens."""
    name = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain if ch.isalnum())


def person(rng: random.Random, middle: float = 0.2, hyphen: float = 0.15) -> Person:
    woman = rng.random() < 0.55
    first = rng.choice(WOMEN if woman else MEN)
    last = rng.choice(SURNAMES)
    if rng.random() < hyphen:
        last = f"{last}-{rng.choice([s for s in SURNAMES if s != last])}"
    middle_name = rng.choice(MIDDLE[woman]) if rng.random() < middle else ""
    return Person(first, last, woman, middle_name)


def staff(rng: random.Random) -> Person:
    return Person(*rng.choice(STAFF))


def genitive(rng: random.Random, who: Person) -> str:
    """A genitive with its s ("Ingers", "Inger Thygesens"); names ending in s, x or z skip it."""
    fits = [name for name in (who.first, who.full) if name[-1] not in "sxz"] or [who.full]
    return rng.choice(fits) + "s"


def written_name(rng: random.Random, who: Person, form: str) -> str:
    """One written form of a name; the form names follow the docstring's conventions."""
    forms: dict[str, Callable[[], str]] = {
        "full": lambda: who.full,
        "first": lambda: who.first,
        "upper": lambda: who.full.upper(),
        "reverse": lambda: f"{who.last}, {who.first}" + (f" {who.middle}" if who.middle else ""),
        "lower": lambda: who.first.lower(),
        "initial": lambda: f"{who.first[0]}. {who.last}",
        "genitive": lambda: genitive(rng, who),
    }
    return forms[form]()


def cpr_number(rng: random.Random, born: date) -> str:
    """Ten digits: the birth date, a century digit, a serial that fails modulus 11."""
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        number = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(d) * w for d, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def cpr_written(rng: random.Random, number: str) -> str:
    return rng.choice(
        (
            f"{number[:6]}-{number[6:]}",
            number,
            f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
            f"{number[:6]} {number[6:]}",
        )
    )


def birth(rng: random.Random, old: bool) -> date:
    if old:
        return date(1926, 1, 1) + timedelta(days=rng.randrange(365 * 26))
    return date(1955, 1, 1) + timedelta(days=rng.randrange(365 * 51))


def dob_written(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice(
        (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
    )


def phone_written(rng: random.Random) -> str:
    """A Danish number in one of the ten forms, or now and then a fiction-range foreign one."""
    if rng.random() < 0.12:
        if rng.random() < 0.5:
            return f"+44 7700 900{rng.randrange(1000):03d}"
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
            pairs.replace(" ", "."),
        )
    )


def email(rng: random.Random, who: Person) -> str:
    first, last = ascii_name(who.first), ascii_name(who.last)
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{rng.randrange(40, 99)}",
            f"{first[0]}{last}",
            f"{first}_{last}",
            f"{first}.{last[0]}",
        )
    )
    domain = rng.choice(
        ("example.dk", "example.com", "example.net", "mail.example.dk", "post.example.dk")
    )
    return f"{local}@{domain}"


def masked_mail(value: str) -> str:
    local, domain = value.split("@")
    return f"{local[0]}***@{domain}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def card_number(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
    return body + luhn_digit(body)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_number(rng: random.Random, country: str) -> str:
    digits = "0123456789"
    size = IBAN_LENGTH[country] - 4
    letters = 4 if country in ("GB", "NL") else 0
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
    bban += "".join(rng.choice(digits) for _ in range(size - letters))
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


def plate(rng: random.Random) -> tuple[str, str]:
    """A Danish plate, spaced or compact, and its masked form."""
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    digits = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    value = f"{letters} {digits[:2]} {digits[2:]}" if rng.random() < 0.65 else letters + digits
    return value, f"{letters} ** ***"


def address(rng: random.Random, layout: str) -> str:
    """A private address: street, number (letter, floor), then town after ", " or a newline."""
    number = f"{rng.randrange(1, 140)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
    floor = rng.choice(("", "", "", ", st. th.", ", 1. tv.", ", 2. mf.", ", 3. th."))
    code, town = rng.choice(TOWNS)
    head = f"{rng.choice(STREETS)} {number}{floor}"
    return {"line": f"{head}, {code} {town}", "block": f"{head}\n{code} {town}", "bare": head}[
        layout
    ]


def when(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(150))


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(8, 21):02d}.{rng.choice(range(0, 60, 1)):02d}"


def amount(rng: random.Random, low: int, high: int) -> str:
    kroner = rng.randrange(low, high) * 100 + rng.choice((0, 0, 50, 95))
    text = f"{kroner:,}".replace(",", ".")
    return rng.choice((f"{text} kr.", f"kr. {text},00", f"{text},00 kr."))


def case_no(rng: random.Random) -> str:
    return f"FH-2026-{rng.randrange(100000):05d}"


def contract_no(rng: random.Random) -> str:
    return f"KT-{rng.randrange(100000, 1000000)}"


def finance_no(rng: random.Random) -> str:
    return f"FA-{rng.randrange(1000000, 10000000)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(10000000, 100000000)}"


# --- Building a document ------------------------------------------------------------------


class Doc:
    """Text built piece by piece; personal data is a span, or in a negative its stand-in."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def add(self, *pieces: Piece) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                text = piece
            elif self.negative:
                text = piece[2]
            else:
                text = piece[1]
                self.spans.append(
                    {"start": self.size, "end": self.size + len(text), "type": piece[0]}
                )
            self.parts.append(text)
            self.size += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    # The pieces of personal data, each with what a pseudonymised copy writes instead.

    def name(self, who: Person, form: str, pseudonym: str) -> Piece:
        value = written_name(self.rng, who, form)
        stand_in = pseudonym
        if form == "genitive":
            stand_in = self.rng.choice(("[NAVN]s", f"{pseudonym}s"))
        elif form in ("reverse", "initial", "upper") and self.rng.random() < 0.5:
            stand_in = self.rng.choice(("[NAVN]", "NN"))
        return ("PERSON", value, stand_in)

    def address(self, layout: str) -> Piece:
        return ("ADDRESS", address(self.rng, layout), "[ADRESSE]")

    def cpr(self, born: date) -> Piece:
        number = cpr_number(self.rng, born)
        masked = self.rng.choice((f"{number[:6]}-xxxx", "[CPR]"))
        return ("CPR", cpr_written(self.rng, number), masked)

    def dob(self, born: date) -> Piece:
        return ("DATE_OF_BIRTH", dob_written(self.rng, born), "[fødselsdato]")

    def phone(self) -> Piece:
        value = phone_written(self.rng)
        masked = self.rng.choice(("[TLF]", f"+45 ** ** ** {value[-2:]}"))
        return ("PHONE", value, masked)

    def mail(self, value: str) -> Piece:
        return ("EMAIL", value, self.rng.choice((masked_mail(value), "[e-mail]")))

    def account(self, digits: int | None = None) -> str:
        size = digits or self.rng.choice((7, 8, 10, 10))
        return f"{self.rng.randrange(10 ** (size - 1), 10**size)}".zfill(size)

    def bank(self, with_reg: bool) -> Piece:
        account = self.account()
        reg = f"{self.rng.randrange(1000, 9900)}"
        value = f"{reg}{self.rng.choice(('-', ' '))}{account}" if with_reg else account
        return ("BANK_ACCOUNT", value, self.rng.choice(("[kontonr.]", f"******{account[-4:]}")))

    def iban(self, country: str | None = None) -> Piece:
        country = country or self.rng.choice(tuple(IBAN_LENGTH))
        compact = iban_number(self.rng, country)
        value = grouped(compact) if self.rng.random() < 0.5 else compact
        masked = compact[:4] + "X" * 10 + compact[-4:]
        return ("IBAN", value, masked)

    def card(self) -> Piece:
        compact = card_number(self.rng)
        value = grouped(compact) if self.rng.random() < 0.55 else compact
        return ("CARD", value, f"**** **** **** {compact[-4:]}")

    def expiry(self) -> Piece:
        month, year = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
        value = f"{month:02d}/{year}" if self.rng.random() < 0.6 else f"{month:02d}/20{year}"
        return ("CARD_EXPIRY", value, "**/**")

    def otp(self) -> Piece:
        size = self.rng.choice((6, 6, 8))
        return ("OTP", f"{self.rng.randrange(10**size):0{size}d}", "[kode]")

    def mitid(self, who: Person, born: date) -> Piece:
        year = born.year
        tail = f"{year % 100:02d}" if self.rng.random() < 0.6 else f"{year}"
        value = f"{ascii_name(who.first)}{ascii_name(who.last)[: self.rng.choice((1, 3, 20))]}"
        return ("MITID_USER", value + tail, "[bruger-id]")

    def plate(self) -> Piece:
        value, masked = plate(self.rng)
        return ("NUMBER_PLATE", value, masked)


def org_where(rng: random.Random, org: Org) -> str:
    """An organisation's own address in one of its natural phrasings (never labelled)."""
    return rng.choice(
        (
            f"{org.street}, {org.town}",
            f"{org.street} i {org.town.split(' ', 1)[1]}",
            f"{org.street}, {org.town}",
        )
    )


def org_block(org: Org, rng: random.Random) -> str:
    extra = rng.choice((f"\n{cvr(rng)}", f"\nTlf. {org.line}", ""))
    return f"{org.name}\n{org.street}\n{org.town}{extra}"


def showroom_line(rng: random.Random, org: Org) -> str:
    return rng.choice(
        (
            f"Showroom: {org.street}, {org.town} (åbent man.-fre. kl. 10.00-17.00).",
            f"Kom ind på {org.street} i {org.town.split(' ', 1)[1]} og se anlæggene.",
            f"Reklamationer afleveres i vores afdeling på {org.street}, {org.town}.",
            f"Demontage: materialer afhentes i {org.street}, {org.town}, hverdage kl. 08.00-15.00.",
            f"Hovedkontor {org.street}, {org.town} · telefon {org.line}",
            f"Åbningstider {org.street}: man.-tors. 9-16, fre. 9-14.",
        )
    )


# --- Genres -------------------------------------------------------------------------------


def complaint_form(d: Doc) -> None:
    rng = d.rng
    parent, relative, seller = person(rng), person(rng), person(rng, middle=0)
    org, born = rng.choice(SELLERS), birth(rng, old=True)
    family = rng.choice(("min ", "vores ")) + parent.word(
        rng.choice(("mor", "svigermor", "bedstemor")), rng.choice(("far", "svigerfar"))
    )
    d.add(
        f"Klageskema – {SERVICE.name}\nModtaget: 2026-{when(rng):%m-%d} kl. {clock(rng)}"
        f"   Sag: {case_no(rng)}\n\n"
    )
    d.add(
        "Klager (pårørende): ",
        d.name(relative, rng.choice(("full", "reverse")), "Pårørende 1"),
        "\nTelefon: ",
        d.phone(),
        "\nE-mail: ",
        d.mail(email(rng, relative)),
        "\n\n",
    )
    d.add(
        "Klagen gælder: ",
        d.name(parent, rng.choice(("full", "reverse", "upper")), "Kunde A"),
        f" ({family})\n",
    )
    if rng.random() < 0.5:
        d.add("Fødselsdato: ", d.dob(born), "\n")
    else:
        d.add("CPR-nr.: ", d.cpr(born), "\n")
    d.add("Adresse:\n", d.address("block"), "\n\n")
    d.add(
        f"Sælger: {org.name}, {org_where(rng, org)}, {cvr(rng)}\n"
        f"Produkt: {rng.choice(PRODUCTS)}, pris {amount(rng, 300, 1500)}\n"
        f"Kontrakt nr. {contract_no(rng)} underskrevet {when(rng):%d.%m.%Y} kl. {clock(rng)}\n\n"
    )
    d.add(
        "Beskrivelse: Sælgeren, ",
        d.name(seller, "full", "Sælger 1"),
        rng.choice((", stod i døren i over to timer og gik først, da ", ", blev ved, indtil ")),
        d.name(parent, rng.choice(("first", "full")), "Kunde A"),
        " skrev under. ",
        d.name(parent, "genitive", "Kunde A"),
        rng.choice(
            (
                " hørelse er dårlig, og der blev ikke givet nogen fortrydelsesblanket.",
                " briller lå i køkkenet, så kontrakten blev aldrig læst igennem.",
            )
        ),
    )
    if rng.random() < 0.7:
        d.add(" Sælgeren kørte i en hvid varevogn med nummerpladen ", d.plate(), ".")
    if rng.random() < 0.4:
        d.add(
            " Naboen, ",
            d.name(person(rng), "full", "Kunde B"),
            ", fik samme besøg og skrev også under.",
        )
    d.add(f" Firmaet har ikke svaret på {org.line}.\n")
    d.add(f"\n{showroom_line(rng, org)}\n")


def contract(d: Doc) -> None:
    rng = d.rng
    customer, seller = person(rng), person(rng, middle=0)
    org, bank_org, born = rng.choice(SELLERS), rng.choice(FINANCE), birth(rng, old=True)
    d.add(
        f"Uddrag af kontrakt {contract_no(rng)} og finansieringsaftale {finance_no(rng)}\n"
        f"(indsendt som bilag til sag {case_no(rng)})\n\n{org_block(org, rng)}\n\n"
    )
    d.add(
        "KUNDE: ",
        d.name(customer, "upper", "Kunde A"),
        "\nCPR-nr.: ",
        d.cpr(born),
        "\nAdresse: ",
        d.address("line"),
        "\nTlf.: ",
        d.phone(),
        "\n\n",
    )
    d.add(
        f"Ydelse: {rng.choice(PRODUCTS)} inkl. montage\nKontantpris: {amount(rng, 400, 1600)}\n"
        f"Finansieret gennem {bank_org.name}, {bank_org.street}, {bank_org.town}: "
        f"{rng.choice((120, 144, 180))} måneder à {amount(rng, 6, 20)}, ÅOP 14,9 %\n"
    )
    if rng.random() < 0.5:
        d.add(
            f"Betalingsservice: reg.nr. {rng.randrange(1000, 9900)}, kontonr. ",
            d.bank(with_reg=False),
            f" i {rng.choice(BANKS)}\n",
        )
    else:
        d.add("Betalingsservice fra konto ", d.bank(with_reg=True), "\n")
    if rng.random() < 0.75:
        d.add(
            "Depositum ",
            amount(rng, 20, 80),
            " betalt ved døren med kort ",
            d.card(),
            ", udløb ",
            d.expiry(),
            "\n",
        )
    d.add(
        f"Underskrevet i kundens hjem {when(rng):%d.%m.%Y} kl. {clock(rng)}. Sælger: ",
        d.name(seller, rng.choice(("full", "initial")), "Sælger 1"),
        f" (sælger-ID S-{rng.randrange(100, 999)})\n\n",
    )
    d.add(
        "Rådgivers note: Underskriften er ",
        d.name(customer, "genitive", "Kunde A"),
        ", men kunden er ",
        str(2026 - born.year),
        " år og husker ikke besøget. Kopi af kontrakten kan hentes på ",
        f"{SERVICE.street}, {SERVICE.town}.\n",
    )


def cancellation(d: Doc) -> None:
    rng = d.rng
    customer, helper, seller = person(rng), person(rng), person(rng, middle=0)
    org, born, day = rng.choice(SELLERS), birth(rng, old=True), when(rng)
    d.add(
        d.name(customer, rng.choice(("full", "full", "upper")), "Kunde A"),
        "\n",
        d.address("block"),
        "\nTlf. ",
        d.phone(),
        "\n\n",
    )
    d.add(
        f"{org.name}\nAtt.: Kundeservice\n{org.street}\n{org.town}\n\n"
        f"Den {day.day}. {MONTHS[day.month - 1]} 2026\n\n"
        f"Fortrydelse – kontrakt nr. {contract_no(rng)}, kundenr. {rng.randrange(10**6, 10**7)}"
        f"\n\nJeg fortryder hermed aftalen om {rng.choice(PRODUCTS)}, som jeres sælger "
    )
    d.add(
        d.name(seller, rng.choice(("full", "first")), "Sælger 1"),
        f" fik mig til at underskrive den {when(rng):%d.%m.%Y}. Jeg er født ",
        d.dob(born),
        " og har ikke bedt om besøget. ",
    )
    if rng.random() < 0.6:
        d.add(
            f"Depositummet på {amount(rng, 20, 80)} bedes tilbageført til reg.nr. "
            f"{rng.randrange(1000, 9900)}, konto ",
            d.bank(with_reg=False),
            ".",
        )
    else:
        d.add(
            f"Depositummet på {amount(rng, 20, 80)} bedes tilbageført til konto ",
            d.bank(with_reg=True),
            f" i {rng.choice(BANKS)}.",
        )
    d.add(
        f" Jeg kan ikke komme ind på {org.street}, så I må hente jeres materialer hos mig.\n\n"
        "Med venlig hilsen\n\n",
        d.name(customer, rng.choice(("full", "initial")), "Kunde A"),
        "\n\nBrevet er skrevet med hjælp fra ",
        rng.choice(("min datter", "min søn", "min nabo")),
        ", ",
        d.name(helper, "full", "Pårørende 2"),
        ", ",
        d.mail(email(rng, helper)),
        ".\n",
    )


def mail_thread(d: Doc) -> None:
    rng = d.rng
    relative, parent, adviser = person(rng), person(rng), staff(rng)
    org, case = rng.choice(SELLERS), case_no(rng)
    rel_mail, adv_mail = email(rng, relative), f"{ascii_name(adviser.first)}@{SERVICE.domain}"
    d.add(
        "Fra: ",
        d.name(relative, "full", "Pårørende 1"),
        " <",
        d.mail(rel_mail),
        f">\nTil: {SERVICE.name} <",
        d.mail(f"klage@{SERVICE.domain}"),
        f">\nDato: 2026-{when(rng):%m-%d} {clock(rng).replace('.', ':')}\nEmne: Re: Sag {case} – ",
        d.name(parent, "genitive", "Kunde A"),
        f" {rng.choice(('varmepumpe', 'solceller', 'isolering'))}\n\n",
    )
    d.add(
        "Hej ",
        d.name(adviser, "first", "Rådgiver 1"),
        "\n\nTak for svaret. ",
        parent.word(rng.choice(("Min mor", "Min svigermor")), "Min far"),
        ", ",
        d.name(parent, rng.choice(("full", "reverse")), "Kunde A"),
        f", har nu fået brev fra {org.name} om, at anlægget monteres om 14 dage. "
        "Jeg bor i Sverige og kan træffes på ",
        d.phone(),
        ". ",
    )
    if rng.random() < 0.9:
        country = rng.choice(("SE", "SE", "DE", "NO", "GB", "NL", "PL", "FI", "DK"))
        d.add(
            f"Hvis {org.name} tilbagebetaler depositummet, vil vi gerne have det på min konto, "
            "IBAN ",
            d.iban(country),
            ", da ",
            parent.word("min mor", "min far"),
            " ikke selv kan logge på netbanken.",
        )
    d.add(
        "\n\nVenlig hilsen\n",
        d.name(relative, rng.choice(("full", "first")), "Pårørende 1"),
        "\n\n> Fra: ",
        d.name(adviser, "full", "Rådgiver 1"),
        " <",
        d.mail(adv_mail),
        ">\n"
        f"> Vi har registreret sagen som {case}. Sælgerens kontrakt {contract_no(rng)} kan "
        f"fortrydes i 14 dage. {org.name} har ifølge CVR adresse på {org_where(rng, org)}; "
        f"vores afdeling på {SERVICE.street} kan også modtage papirerne. "
        f"Vi har skrevet til ",
        d.name(parent, "genitive", "Kunde A"),
        " tidligere adresse, og svaret kom fra ",
        d.mail(email(rng, parent)),
        ".\n",
    )
    if rng.random() < 0.4:
        d.add(f"> Vi har også skrevet til {masked_mail(email(rng, parent))} uden svar.\n")


def chat(d: Doc) -> None:
    rng = d.rng
    relative, parent, adviser = person(rng, middle=0), person(rng), staff(rng)
    org, born = rng.choice(SELLERS), birth(rng, old=True)
    she, her = parent.word("hun", "han"), parent.word("hende", "ham")
    family = parent.word(rng.choice(("mor", "bedstemor")), rng.choice(("far", "bedstefar")))
    me = ("lower", "lower", "first", "full")[rng.randrange(4)]
    hour, minute = rng.randrange(8, 20), rng.randrange(0, 40)
    line = iter(range(30))

    def say(speaker: Piece, *pieces: Piece) -> None:
        d.add(f"[{hour:02d}:{minute + next(line):02d}] ", speaker, ": ", *pieces, "\n")

    def rel() -> Piece:
        return d.name(relative, me, "Pårørende 1")

    def adv() -> Piece:
        return d.name(adviser, rng.choice(("full", "first")), "Rådgiver 1")

    d.add(f"Chat med {SERVICE.name} – sag {case_no(rng)}\n")
    say(
        rel(),
        f"hej, min {family} har haft besøg af en sælger fra {org.name} ude på ",
        rng.choice(STREETS),
        f". han fik {her} til at skrive under på et lån",
    )
    say(
        adv(),
        "Hej ",
        d.name(relative, "first", "Pårørende 1"),
        f". Hvad hedder din {family}, og hvornår er {she} født?",
    )
    say(
        rel(),
        d.name(parent, rng.choice(("full", "full", "reverse")), "Kunde A"),
        ", født ",
        d.dob(born),
    )
    if rng.random() < 0.75:
        say(
            rel(),
            f"han sagde han skulle 'tjekke tilskuddet' og bad om koden fra appen. {she} gav ham ",
            d.otp(),
            " og sit bruger-id ",
            d.mitid(parent, born),
        )
    say(adv(), "Ring straks til MitID-support og spær. Husker I bilen?")
    if rng.random() < 0.75:
        say(rel(), "naboen skrev nummerpladen ned: ", d.plate())
    say(
        adv(),
        f"Godt. {org.name} har showroom på {org_where(rng, org)}, men tag ikke derud "
        f"alene. Ring til os på {SERVICE.line} kl. 9-15.",
    )
    say(rel(), "ok tak. mit nummer er ", d.phone())


def call_note(d: Doc) -> None:
    rng = d.rng
    caller, parent, adviser = person(rng), person(rng), staff(rng)
    org, born = rng.choice(SELLERS), birth(rng, old=True)
    family = rng.choice(("datter", "søn", "nabo", "svigerdatter"))
    d.add(
        f"Opkaldsnotat {when(rng):%d.%m.%Y} kl. {clock(rng)} – sag {case_no(rng)}\nOpringer: ",
        d.name(caller, rng.choice(("full", "reverse")), "Pårørende 1"),
        f" ({family}), tlf. ",
        d.phone(),
        "\nVedr.: ",
        d.name(parent, rng.choice(("reverse", "full")), "Kunde A"),
        ", f. ",
        d.dob(born),
        ", ",
        d.address(rng.choice(("line", "bare"))),
        "\n\n",
    )
    d.add(
        f"Notat: To sælgere fra {org.name} var på døren {when(rng):%d.%m.%Y}. ",
        d.name(parent, "genitive", "Kunde A"),
        f" {rng.choice(PRODUCTS)} kostede {amount(rng, 300, 1500)} i alt. ",
    )
    if rng.random() < 0.7:
        d.add("Depositum trukket på kort ", d.card(), " (udløb ", d.expiry(), "). ")
    if rng.random() < 0.6:
        d.add("Sælgeren bad om engangskoden fra SMS'en, og kunden læste ", d.otp(), " op. ")
    if rng.random() < 0.5:
        d.add("Han noterede også MitID-bruger-id'et ", d.mitid(parent, born), ". ")
    if rng.random() < 0.35:
        d.add("Bilen holdt ved indkørslen: ", d.plate(), ". ")
    if rng.random() < 0.35:
        d.add("CPR-nr. oplyst af opringer: ", d.cpr(born), ". ")
    if rng.random() < 0.3:
        d.add(
            "Opringer bor i udlandet og beder om, at en tilbagebetaling går til IBAN ",
            d.iban(),
            ". ",
        )
    d.add(
        f"Vejledt om fortrydelse og om at anmelde på 114. Sælgerens kontor ligger på "
        f"{org.street}; varmepumpen afhentes i {org.street} efter aftale på {org.line}.\n"
        "Rådgiver: ",
        d.name(adviser, rng.choice(("full", "initial")), "Rådgiver 2"),
        "\n",
    )


def police_report(d: Doc) -> None:
    rng = d.rng
    reporter, victim, witness = person(rng), person(rng), person(rng)
    district, station, town = rng.choice(POLICE)
    org, born = rng.choice(SELLERS), birth(rng, old=True)
    journal = (
        f"{rng.randrange(1000, 9999)}-{rng.randrange(10000, 99999)}-{rng.randrange(10000):05d}-26"
    )
    d.add(
        f"Anmeldelse – {district}, journalnr. {journal}\nModtaget {when(rng):%d.%m.%Y} "
        f"kl. {clock(rng)}, {station}, {town}\n\n"
        "Anmelder: ",
        d.name(reporter, rng.choice(("full", "reverse")), "Pårørende 1"),
        ", ",
        d.address("line"),
        ", tlf. ",
        d.phone(),
        "\nForurettede: ",
        d.name(victim, rng.choice(("upper", "full")), "Kunde A"),
        ", CPR ",
        d.cpr(born),
        "\n\n",
    )
    alias = rng.choice(MEN)
    d.add(
        "Forklaring: En mand på omkring 30 år præsenterede sig som ",
        ("PERSON", alias, "Sælger 1"),
        f" fra {rng.choice(ALIAS_UNITS)} og sagde, at "
        f"oliefyret skulle udskiftes. Han arbejdede reelt for {org.name}. ",
    )
    if rng.random() < 0.6:
        d.add(
            "Han fik ",
            d.name(victim, "first", "Kunde A"),
            " til at godkende i MitID med koden ",
            d.otp(),
            ". ",
        )
    if rng.random() < 0.5:
        d.add("Bruger-id ", d.mitid(victim, born), " blev skrevet på en seddel. ")
    d.add(
        "Han kørte i en grå Ford Transit med nummerplade ",
        d.plate(),
        f". Samme aften gik han fra dør til dør på {rng.choice(STREETS)}.\n\nVidne: ",
        d.name(witness, rng.choice(("full", "full", "reverse")), "Vidne 1"),
        "\n",
        d.address("block"),
        "\n\n",
    )
    if rng.random() < 0.4:
        d.add(
            "Vidne: ",
            d.name(person(rng), "full", "Vidne 2"),
            ", ",
            d.address("line"),
            ", tlf. ",
            d.phone(),
            "\n\n",
        )
    d.add(
        f"Firmaets adresse er oplyst som {org_where(rng, org)}. Sagen behandles videre på "
        f"{station}.\n"
    )


def decision(d: Doc) -> None:
    rng = d.rng
    customer, adviser, seller = person(rng), staff(rng), person(rng, middle=0)
    org, day = rng.choice(SELLERS), when(rng)
    d.add(
        f"{BOARD.name}\n{BOARD.street}\n{BOARD.town}\n\n"
        f"Afgørelse {day.day}. {MONTHS[day.month - 1]} 2026 i sag {case_no(rng)}\n\n"
        "Klager: ",
        d.name(customer, rng.choice(("full", "reverse")), "Kunde A"),
        ", ",
        d.address("line"),
        f"\nIndklagede: {org.name}, {org.street}, {org.town}, {cvr(rng)}\n\n",
    )
    d.add(
        "Nævnet lægger til grund, at ",
        d.name(seller, rng.choice(("full", "initial")), "Sælger 2"),
        " uanmeldt besøgte klageren, og at kontrakt ",
        contract_no(rng),
        f" om {rng.choice(PRODUCTS)} blev indgået ved dørsalg uden fortrydelsesoplysning. "
        f"{org.name} skal tilbagebetale {amount(rng, 20, 200)} til ",
        d.name(customer, "genitive", "Kunde A"),
        " konto ",
    )
    roll = rng.random()
    if roll < 0.4:
        d.add(d.bank(with_reg=True))
    elif roll < 0.6:
        d.add(f"(reg.nr. {rng.randrange(1000, 9900)}) ", d.bank(with_reg=False))
    else:
        d.add("med IBAN ", d.iban("DK" if rng.random() < 0.5 else None))
    d.add(
        f" senest {when(rng):%d.%m.%Y}, og finansieringsaftale {finance_no(rng)} bortfalder.\n"
        "Henvendelser: ",
        d.name(adviser, "full", "Sagsbehandler 1"),
        ", ",
        d.mail(f"{ascii_name(adviser.first)}.{ascii_name(adviser.last)}@{BOARD.domain}"),
        f", tlf. {BOARD.line}.\n{showroom_line(rng, org)}\n",
    )


WRITERS: dict[str, Callable[[Doc], None]] = dict(
    zip(
        GENRES,
        (complaint_form, contract, cancellation, mail_thread, chat, call_note, police_report,
         decision),
        strict=True,
    )
)  # fmt: skip


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kind == "negative")
            WRITERS[genre](d)
            if d.text() not in seen:
                break
        seen.add(d.text())
        docs.append(
            {
                "id": f"pii101-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text(),
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind101.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
