"""A ninety-third blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a PARKING AND
ROAD-TOLL company's customer service and fraud team (ParkNord A/S and its toll tag NordPas):
fake parking-fine and toll SMS sent in its name, disputed fines, cloned number plates and
stolen app accounts, in eight genres: a forwarded fake parking-fine SMS with the motorist's
question and the team's answer, a web chat ("[09:14] Name: ..." lines, Danish and English,
typos, lower case and CAPS), a phone note, a dispute form (one CPR number, the plate, the
address on two lines, the card the fine was paid with, the name in block capitals), a
camera-log extract (plates in and out, timestamps, the company's car parks and their
addresses), an e-mail thread with a car-rental firm about who drove a rented car, an e-mail to
the police about cloned plates and a weekly case list. The names are those of Danes of all
ages, Danes with roots elsewhere ("Ayşe Öztürk", "Dragan Ćosić"), double surnames
("Kragh-Jensen"), three-word names and the company's, the rental firms' and the police's staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "betjent", "agent"); "Holm,
  Mette" is one span; a genitive s belongs to it ("Mettes"); a chat speaker, lower case or not,
  is PERSON, the staff too. Companies, products, pseudonyms ("Kunde A", "Bilist 2") and
  stand-ins ("[NAVN]") never are.
- ADDRESS is a private person's address (a sole trader's home too): street, number, letter,
  floor and side ("14B", "2. tv."), plus ", postcode town" on the same line or the next line
  (line break included). An organisation's own address (ParkNord's offices and car parks, the
  rental firms' branches, the police, an authority) is never labelled, however written.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 in
  the 1900s, 4 for 2000-2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952",
  "04.06.1952", "4/6-1952", "04-06-1952") only straight after "født", "f.", "Fødselsdato:"
  or "DOB:".
- PHONE: Danish mobile and landline numbers in ten written forms (country code inside the
  span) and foreign numbers from fiction ranges ("+44 7700 900xxx", "+46 70 174 06 xx"). The
  organisations' 70/80 lines and 114 never are.
- EMAIL: every unmasked address (example.* domains), staff's and organisations' too.
- IBAN with valid check digits and length, grouped by four or compact; BANK_ACCOUNT a reg.nr.
  and account written together ("1234-0012345678"); CARD Luhn-valid with a test prefix,
  grouped or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; OTP a 6- or 8-digit code after a cue
  or given as the answer to a question in a chat; MITID_USER a MitID user ID after a cue or
  given as an answer; NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: fine, case, customer, invoice, transaction and journal
  numbers, CVR numbers, amounts, timestamps, camera ids, masked values ("120365-xxxx",
  "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 4444", "AB ** ***",
  "DK50XXXXXXXXXX6243"), organisations, products, their lines and addresses, pseudonyms and
  stand-ins. Documents of kind "negative" are the same genres pseudonymised: only such values
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind92 [OUT.jsonl]`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 92
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind92.jsonl"

GENRES = (
    "falsk_sms",
    "chat",
    "telefonnotat",
    "klageformular",
    "kameralog",
    "udlejning",
    "politi",
    "ugeliste",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "IBAN",
    "BANK_ACCOUNT",
    "CARD",
    "CARD_EXPIRY",
    "DATE_OF_BIRTH",
    "NUMBER_PLATE",
    "MITID_USER",
    "OTP",
)

WOMEN = (
    "Mette", "Kirsten", "Birgitte", "Signe", "Ida", "Freja", "Agnete", "Lærke", "Vibeke",
    "Ulla", "Bodil", "Tove", "Karoline", "Nanna", "Rikke", "Gry", "Hjørdis", "Zeynep", "Ayşe",
    "Amira", "Hodan", "Agnieszka", "Małgorzata", "Renée", "Zoë", "Anne-Sofie", "Marie-Louise",
    "Jelena", "Ivana", "Leyla", "Dorthe", "Inger", "Sussi", "Asta", "Liva", "Ragnhild", "Thuy",
    "Solvej", "Ellinor", "Gülten",
)  # fmt: skip
MEN = (
    "Jonas", "Mikkel", "Rasmus", "Søren", "Torben", "Kasper", "Anders", "Bent", "Poul", "Erik",
    "Thorkild", "Villads", "Aksel", "Emil", "Magnus", "Ebbe", "Hakon", "Mehmet", "Emre", "Ahmad",
    "Omar", "Tariq", "Goran", "Luka", "Matej", "Tomasz", "Piotr", "Jean-Luc", "Ole-Christian",
    "René", "André", "Jörg", "Björn", "Dragan", "Aske", "Oskar", "Hassan", "Bilal", "Yusuf",
    "Kristoffer", "Nikolaj", "Jens-Ove",
)  # fmt: skip
MIDDLE = ("Marie", "Bo", "Ali", "Kristian", "Louise", "Emil", "Sofie", "Juhl", "Skov", "Thi")
SURNAMES = (
    "Holm", "Kjeldsen", "Brix", "Overgaard", "Thygesen", "Damgaard", "Lykke", "Skovbo",
    "Vestergaard", "Fogh", "Bech", "Krogh", "Riis", "Munch", "Winther", "Nørgaard", "Abildgaard",
    "Yılmaz", "Şahin", "Öztürk", "Kovačević", "Petrović", "Jurić", "Ćosić", "Nowak",
    "Wiśniewska", "Hussein", "Rahimi", "Haddad", "Nguyen", "Tran", "Mølgaard", "Fjeldsøe",
    "Dahl", "Hedegaard", "Boisen", "Ravn", "Toft", "Schrøder", "Lindqvist", "Björklund",
    "Lefèvre", "Duval", "Kragh-Jensen", "Bruun-Madsen", "Lund-Hansen", "Ahmadi", "Søgaard",
    "Ellehammer", "Kirkegaard",
)  # fmt: skip
STREETS = (
    "Hyldebærvej", "Snerlevej", "Tranebærhaven", "Egeskovvej", "Sankt Knuds Vej", "Bøgebakken",
    "Lærkevænget", "Rønnebærvej", "Gammel Kirkevej", "Fasanstien", "Mågevej", "Skovbrynet",
    "Kornblomstvej", "Dr. Abildgaards Allé", "Engtoften", "Vibeholms Allé", "Præstemarken",
    "Humlehaven", "Pilevænget", "Kastanjevej", "Østre Ringvej", "Hedelyngen", "Sølvgrånen",
    "Ahornstien", "Bakkedraget", "Rugmarken", "Strandhusvej", "Gl. Møllevej", "Tjørnelunden",
    "Frederik Poulsens Gade",
)  # fmt: skip
TOWNS = (
    "8260 Viby J", "5210 Odense NV", "7100 Vejle", "9000 Aalborg", "2650 Hvidovre",
    "4000 Roskilde", "6700 Esbjerg", "3400 Hillerød", "2800 Kgs. Lyngby", "8600 Silkeborg",
    "4700 Næstved", "6200 Aabenraa", "7400 Herning", "8900 Randers C", "2300 København S",
    "1620 København V", "3000 Helsingør", "5700 Svendborg", "4800 Nykøbing F", "9800 Hjørring",
    "2720 Vanløse", "8700 Horsens", "6000 Kolding", "4600 Køge",
)  # fmt: skip
FLOORS = ("st. tv.", "st. th.", "1. tv.", "1. th.", "2. mf.", "3. tv.", "4. th.")

PSEUDONYMS = (
    "Kunde A",
    "Kunde B",
    "Bilist 1",
    "Bilist 2",
    "Medarbejder 1",
    "Medarbejder 2",
    "Udlejer X",
    "Betjent Y",
    "Vidne 1",
)
STAND_INS = (
    "[NAVN]",
    "[ADRESSE]",
    "[TLF]",
    "[e-mail]",
    "[kontonr.]",
    "[kode]",
    "[CPR]",
    "[NUMMERPLADE]",
    "[fødselsdato]",
    "[bruger-id]",
)

COMPANY = "ParkNord A/S"
COMPANIES = ("ParkNord A/S", "NordPas", "Biludlejning Nord ApS", "RentDrive Danmark")
BANKS = ("Fjordbanken", "Nordhavn Sparekasse")
PRODUCTS = ("ParkNord-appen", "NordPas-brikken", "ParkNord Erhverv")
HQ = "Sydhavnsgade 40, 2450 København SV"
SERVICE_DESK = "Frederiks Allé 112, 8000 Aarhus C"
CAR_PARKS = (
    ("P-hus Banegården", "Sønder Boulevard 7, 5000 Odense C"),
    ("P-hus Musikhuset", "Thomas Jensens Allé 4, 8000 Aarhus C"),
    ("P-plads Havnefronten", "Toldbodgade 19, 9000 Aalborg"),
    ("P-hus Stationen", "Jernbanegade 33, 4000 Roskilde"),
    ("P-kælder Torvecentret", "Brogade 8, 6000 Kolding"),
    ("P-hus Lufthavnen Øst", "Kastruplundgade 50, 2770 Kastrup"),
)
RENTALS = (
    ("Biludlejning Nord ApS", "Kystvejen 21, 9000 Aalborg", "biludlejning.example.dk"),
    ("RentDrive Danmark", "Lufthavnsboulevarden 6, 2770 Kastrup", "rentdrive.example.com"),
)
POLICE = (
    ("Københavns Politi", "Polititorvet 14, 1567 København V"),
    ("Fyns Politi", "Hans Mules Gade 1, 5000 Odense C"),
    ("Østjyllands Politi", "Ridderstræde 1, 8000 Aarhus C"),
    ("Nordjyllands Politi", "Jyllandsgade 27, 9000 Aalborg"),
)
AUTHORITY = ("Færdselsstyrelsen", "Firskovvej 32, 2800 Kgs. Lyngby")
ORG_ADDRESSES = (
    HQ,
    SERVICE_DESK,
    *(a for _, a in CAR_PARKS),
    *(a for _, a, _ in RENTALS),
    *(a for _, a in POLICE),
    AUTHORITY[1],
)
ORG_LINES = ("70 20 44 18", "7020 4418", "80 30 12 12", "70 11 22 93", "på 114")
CVRS = ("39412876", "28174650", "41093382")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4242", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "NL": 18, "GB": 22, "LT": 20, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
            "86", "87", "88", "89", "96", "97", "98", "99")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"

Rng = random.Random


def grouped(compact: str) -> str:
    """Groups of four, as IBANs and cards are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_word(text: str) -> str:
    """A name as it goes into an e-mail address or a user ID: lower-case ASCII letters."""
    text = text.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ł": "l"}))
    text = text.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha())


# ---------------------------------------------------------------- identifiers


def birth(rng: Rng) -> date:
    return date(1938, 1, 1) + timedelta(days=rng.randrange(68 * 365))


def cpr(rng: Rng, born: date) -> str:
    """A CPR number for the birth date that fails modulus 11, in one of four written forms."""
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        digits = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            break
    d = digits
    return rng.choice(
        (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
    )


def date_of_birth(rng: Rng, born: date) -> str:
    return rng.choice(
        (
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            f"{born.day}/{born.month}-{born.year}",
            born.strftime("%d-%m-%Y"),
        )
    )


def phone(rng: Rng, foreign: float = 0.1) -> str:
    if rng.random() < foreign:
        if rng.random() < 0.5:
            return f"+44 7700 900{rng.randrange(1000):03d}"
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    n = rng.choice(MOBILE + MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
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


def iban(rng: Rng, country: str | None = None) -> str:
    cc = country or rng.choice(("DK", "DK", "DK", *IBAN_LENGTH))
    body = IBAN_LENGTH[cc] - 4
    if cc == "GB":
        bban = rng.choice(("NWBK", "BARC", "MIDL")) + "".join(
            rng.choice("0123456789") for _ in range(body - 4)
        )
    elif cc == "NL":
        bban = rng.choice(("ABNA", "RABO", "INGB")) + "".join(
            rng.choice("0123456789") for _ in range(body - 4)
        )
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(body))
    number = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    compact = f"{cc}{98 - number % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.6 else compact


def bank_account(rng: Rng) -> str:
    reg = f"{rng.randrange(1000, 9999)}"
    account = (
        f"{rng.randrange(10**9, 10**10):010d}"
        if rng.random() < 0.7
        else (f"{rng.randrange(10**6, 10**7)}")
    )
    return f"{reg}{rng.choice('- ')}{account}"


def card(rng: Rng) -> str:
    digits = rng.choice(TEST_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(11))
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    full = digits + str((10 - total % 10) % 10)
    return grouped(full) if rng.random() < 0.65 else full


def expiry(rng: Rng) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def plate(rng: Rng) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    n = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    return f"{letters} {n[:2]} {n[2:]}" if rng.random() < 0.7 else f"{letters}{n}"


def otp(rng: Rng) -> str:
    return f"{rng.randrange(10**6):06d}" if rng.random() < 0.75 else f"{rng.randrange(10**8):08d}"


def address(rng: Rng, two_lines: bool | None = None) -> str:
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 100)}{rng.choice(('', '', '', 'A', 'B'))}"
    if rng.random() < 0.35:
        street += ", " + rng.choice(FLOORS)
    town = rng.choice(TOWNS)
    if two_lines is None:
        two_lines = rng.random() < 0.5
    return f"{street}\n{town}" if two_lines else f"{street}, {town}"


def amount(rng: Rng) -> str:
    kr = rng.choice((245, 395, 510, 645, 750, 845, 1250, 1495, 2100, 3840))
    text = f"{kr:,}".replace(",", ".")
    return f"{text} kr." if rng.random() < 0.7 else f"kr. {text},00"


def fine_no(rng: Rng) -> str:
    return f"KA-26-{rng.randrange(10**6):06d}"


def case_no(rng: Rng) -> str:
    return f"SV-2026-{rng.randrange(1000, 10000)}"


def customer_no(rng: Rng) -> str:
    return f"kundenr. 31{rng.randrange(10**5):05d}"


def journal_no(rng: Rng) -> str:
    return f"{rng.randrange(1000, 9999)}-{rng.randrange(10**5):05d}-{rng.randrange(10**5):05d}-26"


def tx_no(rng: Rng) -> str:
    return f"TX{rng.randrange(10**6, 10**7)}"


def day(rng: Rng) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(300))


def clock(rng: Rng) -> tuple[int, int]:
    return rng.randrange(7, 22), rng.randrange(60)


# ---------------------------------------------------------------- masks and people


def mask(rng: Rng, kind: str, value: str) -> str:
    """What a pseudonymised document holds where the value was: a stand-in or a masked value."""
    digits = "".join(c for c in value if c.isdigit())
    domain = value.partition("@")[2]
    options = {
        "ADDRESS": ("[ADRESSE]",),
        "CPR": (f"{digits[:6]}-xxxx", "[CPR]"),
        "PHONE": (f"+45 ** ** ** {digits[-2:]}", "[TLF]"),
        "EMAIL": (f"{value[0]}***@{domain}", "[e-mail]"),
        "IBAN": (f"{value[:4]}XXXXXXXXXX{digits[-4:]}", "[kontonr.]"),
        "BANK_ACCOUNT": ("[kontonr.]",),
        "CARD": (f"**** **** **** {digits[-4:]}", f"******{digits[-4:]}"),
        "CARD_EXPIRY": ("**/**",),
        "DATE_OF_BIRTH": ("[fødselsdato]",),
        "NUMBER_PLATE": ("[NUMMERPLADE]", f"{value[:2]} ** ***"),
        "MITID_USER": ("[bruger-id]",),
        "OTP": ("[kode]", "******"),
    }[kind]
    return rng.choice(options)


class Person:
    """A made-up person; `alias` is the pseudonym a negative writes in the name's place."""

    def __init__(self, rng: Rng, alias: str) -> None:
        self.woman = rng.random() < 0.5
        self.first = rng.choice(WOMEN if self.woman else MEN)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.22 else ""
        self.last = rng.choice(SURNAMES)
        if rng.random() < 0.1:
            self.last = f"{self.last}-{rng.choice(SURNAMES).split('-')[0]}"
        self.alias = alias
        self.born = birth(rng)
        self.rng = rng

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def written(self, form: str) -> str:
        first_initial = self.first[0] + "."
        return {
            "full": self.full,
            "short": f"{self.first} {self.last}",
            "first": self.first,
            "surname first": f"{self.last}, {self.first}",
            "initial": f"{first_initial} {self.last}",
            "middle initial": f"{self.first} {(self.middle or self.last)[0]}. {self.last}",
            "upper": self.full.upper(),
            "lower": self.first.lower()
            if self.rng.random() < 0.5
            else f"{self.first} {self.last}".lower(),
            "staff": f"{self.first} {self.last[0]}.",
        }[form]

    def mail(self, rng: Rng) -> str:
        first, last = ascii_word(self.first), ascii_word(self.last)
        local = rng.choice(
            (f"{first}.{last}", f"{first}{self.born.year % 100:02d}", f"{first[0]}{last}",
             f"{first}_{last[:4]}", f"{last}.{first[0]}")
        )  # fmt: skip
        return f"{local}@{rng.choice(('example.dk', 'example.com', 'example.net'))}"

    def mitid(self, rng: Rng) -> str:
        stem = ascii_word(self.first)[: rng.randrange(4, 9)]
        if rng.random() < 0.4:
            stem += ascii_word(self.last)[:3]
        year = self.born.year
        suffix = str(year) if year < 2006 and rng.random() < 0.5 else f"{year % 100:02d}"
        return stem + suffix


FORMS = (
    ("full", 36),
    ("short", 14),
    ("surname first", 10),
    ("initial", 6),
    ("middle initial", 5),
    ("upper", 8),
    ("first", 6),
)


class Doc:
    """A document under construction: text pieces and the spans of the labelled ones."""

    def __init__(self, rng: Rng, negative: bool) -> None:
        self.rng, self.neg = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str | None = None) -> Doc:
        """A labelled value; in a negative its stand-in, mask or pseudonym instead."""
        if self.neg:
            return self.t(stand_in if stand_in is not None else mask(self.rng, kind, value))
        self.spans.append({"type": kind, "start": self.size, "end": self.size + len(value)})
        return self.t(value)

    def name(self, person: Person, form: str | None = None, speaker: bool = False) -> Doc:
        """A person's name in a form (random if None); a speaker's pseudonym is never [NAVN]."""
        if form is None:
            form = self.rng.choices([f for f, _ in FORMS], [w for _, w in FORMS])[0]
        alias = person.alias if speaker or self.rng.random() < 0.7 else "[NAVN]"
        if form == "genitive":
            base = person.written(self.rng.choice(("first", "short", "full")))
            if base[-1] in "sxzSXZ":
                return self.v("PERSON", base, alias).t("'")  # "Jonas' bil": the mark is outside
            return self.v("PERSON", base + "s", alias + "'s")
        return self.v("PERSON", person.written(form), alias)

    def text(self) -> str:
        return "".join(self.parts)


def pick(rng: Rng, *options: str) -> str:
    return rng.choice(options)


def hhmm(rng: Rng) -> str:
    h, m = clock(rng)
    return f"{h:02d}.{m:02d}"


def datum(rng: Rng) -> str:
    return day(rng).strftime(pick(rng, "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"))


def org_address_phrase(rng: Rng, addr: str) -> str:
    return pick(
        rng,
        f"Du er velkommen til at komme ind på {addr}.",
        f"Kvitteringen kan afhentes i vores afdeling på {addr}.",
        f"Post sendes til {COMPANY}, {addr}.",
        f"Vores kundecenter på {addr} har åbent 10-15.",
        f"(ParkNord, {addr})",
        f"You can also visit us at {addr}.",
    )


def signature(rng: Rng, d: Doc, staff: Person) -> None:
    d.t(pick(rng, "\n\nVenlig hilsen\n", "\n\nMvh.\n", "\n\nKind regards\n", "\n\n/"))
    d.name(staff, pick(rng, "short", "full", "first", "staff"))
    where = rng.choice((HQ, SERVICE_DESK))
    d.t(pick(rng, "\nKundeservice, ", "\nSvindelteamet, ", "\nFraud team, "), COMPANY)
    d.t(f"\n{where} · tlf. {pick(rng, '70 20 44 18', '7020 4418')}")
    if rng.random() < 0.5:
        d.t(f" · CVR-nr. {CVRS[0]}")
    if rng.random() < 0.5:
        d.t(" · ")
        d.v("EMAIL", pick(rng, "svindel@parknord.example.dk", "kundeservice@parknord.example.dk"))


# ---------------------------------------------------------------- genres


def fake_sms(rng: Rng, d: Doc) -> None:
    cust, staff = Person(rng, pick(rng, "Kunde A", "Bilist 1")), Person(rng, "Medarbejder 1")
    sender_foreign = rng.random() < 0.5
    d.t(pick(rng, "Videresendt SMS", "Fwd: SMS", "VIDERESENDT BESKED", "Forwarded text"))
    d.t(f" modtaget {datum(rng)} kl. {hhmm(rng)} fra ")
    if sender_foreign:
        d.v("PHONE", phone(rng, 1.0))
    else:
        d.t(pick(rng, '"ParkNord"', '"NordPas"', '"PARKERING"'))
    d.t(":\n>> ")
    pay = pick(
        rng, "parknord-betal.example.net/k", "nordpas-toll.example.com/pay", "pn-dk.example.net"
    )
    d.t(
        pick(
            rng,
            f"ParkNord: Din kontrolafgift {fine_no(rng)} på {amount(rng)} er ubetalt. "
            f"Betal inden 24 timer for at undgå rykkergebyr: {pay}",
            "NordPas: Ubetalt bompenge for køretøj ",
            f"ParkNord: Vi har registreret en parkering uden gyldig billet. Betal {amount(rng)} "
            f"her: {pay}",
            f"Din NordPas-brik er spærret. Opdater dit kort her {pay} ellers opkræves "
            f"{amount(rng)} i gebyr",
        )
    )
    if d.parts[-1].endswith("køretøj "):
        d.v("NUMBER_PLATE", plate(rng)).t(f". Betal {amount(rng)} på {pay}")
    d.t("\n\n")
    my_plate = plate(rng)
    d.t(
        pick(
            rng,
            "Hej. Jeg har fået ovenstående sms. Min bil har nummerpladen ",
            "hej jeg fik lige denne her besked, er det jer?? min bil er ",
            "Hi, I got this text. I have a rental car with plate ",
            "GOD DAG. ER DET HER SVINDEL? MIN NUMMERPLADE ER ",
        )
    )
    d.v("NUMBER_PLATE", my_plate)
    d.t(pick(rng, " og jeg har ikke parkeret nogen steder i den uge.", ", men jeg har en NordPas.",
             " and I have not parked anywhere.", " og har aldrig været i Odense"))  # fmt: skip
    roll = rng.random()
    if roll < 0.35:
        d.t(pick(rng, " Jeg kom desværre til at taste mit kort ", " Jeg betalte med kortet "))
        cue, end = rng.choice(
            (
                (" udløb ", " ind på siden."),
                (", exp. ", "."),
                (" (udløber ", ") før jeg opdagede det."),
            )
        )
        d.v("CARD", card(rng)).t(cue).v("CARD_EXPIRY", expiry(rng)).t(end)
    elif roll < 0.6:
        d.t(" Siden bad om MitID, og jeg skrev mit bruger-ID ")
        d.v("MITID_USER", cust.mitid(rng))
        d.t(pick(rng, " og koden ", " og engangskoden ", " + kode "))
        d.v("OTP", otp(rng)).t(". Hvad gør jeg nu???")
    elif roll < 0.75:
        d.t(" De ville have mig til at overføre til IBAN ")
        d.v("IBAN", iban(rng)).t(". Det har jeg ikke gjort.")
    d.t(pick(rng, "\nRing gerne på ", "\nMit nummer er ", "\nYou can reach me on "))
    d.v("PHONE", phone(rng, 0.05))
    if rng.random() < 0.6:
        d.t(pick(rng, " eller skriv til ", " / ", " or "))
        d.v("EMAIL", cust.mail(rng))
    d.t(pick(rng, "\nMvh ", "\nHilsen ", "\n- ", "\nBest, "))
    d.name(cust, pick(rng, "full", "short", "first", "upper", "initial"))
    if rng.random() < 0.4:
        d.t("\n")
        d.v("ADDRESS", address(rng))
    d.t(f"\n\n--- Svar ({customer_no(rng)}) ---\nHej ")
    d.name(cust, "first")
    if rng.random() < 0.3:
        d.t(". Vi har noteret ").name(cust, "genitive").t(" henvendelse under sagen")
    d.t(
        pick(
            rng,
            ". Beskeden er IKKE fra os. Vi sender aldrig links til betaling pr. sms.",
            ". Thanks for forwarding it, the text is not from ParkNord.",
            ". Det er svindel. Spær dit kort hos din bank og ring til os på 80 30 12 12.",
        )
    )
    d.t(" " + org_address_phrase(rng, rng.choice((HQ, SERVICE_DESK))))
    signature(rng, d, staff)


def chat(rng: Rng, d: Doc) -> None:
    cust = Person(rng, pick(rng, "Kunde A", "Bilist 1", "Kunde B"))
    staff = Person(rng, pick(rng, "Medarbejder 1", "Medarbejder 2"))
    h, m = clock(rng)
    english = rng.random() < 0.25

    def line(who: Person, form: str) -> Doc:
        nonlocal h, m
        m += rng.randrange(0, 3)
        if m >= 60:
            h, m = h + 1, m - 60
        d.t(f"\n[{h:02d}:{m:02d}] ")
        d.name(who, form, speaker=True)
        return d.t(": ")

    cform = pick(rng, "short", "full", "lower", "lower", "first", "upper")
    sform = pick(rng, "first", "staff", "short")
    d.t(f"Webchat · {COMPANY} kundeservice · {datum(rng)} · sag {case_no(rng)}")
    d.t(f"\n[{h:02d}:{m:02d}] -- chat startet --")
    line(staff, sform).t(
        "Hi, welcome to ParkNord. My name is " if english else "Hej og velkommen, du skriver med "
    )
    d.name(staff, "first").t(". " + ("How can I help?" if english else "Hvad kan jeg hjælpe med?"))
    line(cust, cform).t(
        pick(
            rng,
            "hej nogen har logget ind på min app og ændret kortet",
            "someone took over my ParkNord account and paid for parking in Aarhus",
            "jeg har fået en bøde for en bil jeg ikke ejer!! pladen er ",
            "HVORFOR HAR I TRUKKET 845 KR. PÅ MIT KORT",
            "min nordpas er brugt på storebælt men jeg har ikke været der",
        )
    )
    if d.parts[-1].endswith("er "):
        d.v("NUMBER_PLATE", plate(rng))
    line(staff, sform).t(
        "What is the e-mail on the account?"
        if english
        else "Hvilken e-mail er kontoen oprettet med?"
    )
    line(cust, cform).v("EMAIL", cust.mail(rng))
    line(staff, sform).t(pick(rng, "Og nummerpladen?", "Og bilens nummerplade?", "And the plate?"))
    line(cust, cform).v("NUMBER_PLATE", plate(rng))
    if rng.random() < 0.6:
        line(staff, sform).t(
            pick(
                rng,
                "Jeg har sendt en engangskode til dit nummer. Hvad står der?",
                "I sent a code by sms, can you type it here?",
                "Vi har sendt en kode på sms, hvilken kode fik du?",
            )
        )
        line(cust, cform).v("OTP", otp(rng))
    if rng.random() < 0.55:
        line(staff, sform).t(
            pick(
                rng,
                "Hvad er dit MitID bruger-ID?",
                "Hvilket bruger-ID logger du ind med?",
                "What is your MitID user ID?",
            )
        )
        line(cust, cform).v("MITID_USER", cust.mitid(rng))
    if rng.random() < 0.45:
        line(staff, sform).t("Hvilket telefonnummer kan vi ringe tilbage på?")
        line(cust, cform).v("PHONE", phone(rng))
    if rng.random() < 0.35:
        line(cust, cform).t(pick(rng, "kortet der står nu er ", "the card on it now is "))
        d.v("CARD", card(rng)).t(" " if rng.random() < 0.5 else ", udløb ").v(
            "CARD_EXPIRY", expiry(rng)
        )
        d.t(pick(rng, " og det er ikke mit", " - not mine"))
    if rng.random() < 0.3:
        line(cust, cform).t(pick(rng, "min adresse er ", "jeg bor på "))
        d.v("ADDRESS", address(rng, False))
    line(staff, sform).t(
        pick(
            rng,
            f"Tak. Jeg spærrer kontoen og opretter sag {case_no(rng)}. Du kan også ringe på "
            f"{pick(rng, '70 20 44 18', '80 30 12 12')}.",
            "Thanks. The account is locked and the payments are stopped.",
            f"Tak, jeg har lukket adgangen. Refusion på {amount(rng)} kommer inden 10 dage.",
            f"Tak. Hvis du vil aflevere papirerne, så kom ind på {SERVICE_DESK}.",
        )
    )
    line(cust, cform).t(pick(rng, "tak", "ok tak for hjælpen", "THANKS", "super, tak :)"))
    d.t(f"\n[{h:02d}:{m:02d}] -- chat afsluttet --")


def phone_note(rng: Rng, d: Doc) -> None:
    cust, staff = Person(rng, pick(rng, "Kunde A", "Bilist 2")), Person(rng, "Medarbejder 2")
    d.t(pick(rng, "TELEFONNOTAT", "Telefonnotat", "Call note"))
    d.t(f" {datum(rng)} kl. {hhmm(rng)} – ")
    d.name(staff, pick(rng, "short", "staff", "initial"))
    d.t(f"\nSag: {case_no(rng)}, {customer_no(rng)}\n")
    d.t(pick(rng, "Opkald fra ", "Indgående opkald fra ", "Kunden ", "Caller: "))
    d.name(cust)
    opener = pick(rng, ", tlf. ", " (", " på ")
    d.t(opener).v("PHONE", phone(rng)).t(")" if opener == " (" else "")
    d.t(pick(rng, ". Kunden er født ", ". Hun er f. ", ". DOB: ", ". Fødselsdato: "))
    d.v("DATE_OF_BIRTH", date_of_birth(rng, cust.born))
    if rng.random() < 0.35:
        d.t(pick(rng, ", cpr ", ", CPR-nr. oplyst: ", ". CPR: ")).v("CPR", cpr(rng, cust.born))
    d.t(pick(rng, " og bor på ", ", adresse ", ". Adr.: "))
    d.v("ADDRESS", address(rng, False))
    d.t(".\n")
    d.t(
        pick(
            rng,
            "Blev ringet op af en 'ParkNord-medarbejder' fra ",
            "Modtog opkald om ubetalt bompenge fra ",
            "Says a man called about a toll debt from ",
        )
    )
    d.v("PHONE", phone(rng, 0.6))
    d.t(pick(rng, ". Han bad om koden fra sms'en og kunden læste ", ". Kunden oplyste koden "))
    d.v("OTP", otp(rng))
    d.t(pick(rng, " op.", " til ham.", "."))
    if rng.random() < 0.6:
        d.t(" Bagefter var MitID-bruger-ID'et ")
        d.v("MITID_USER", cust.mitid(rng))
        d.t(" låst ude af appen.")
    if rng.random() < 0.3:
        d.t(" ").name(cust, "genitive").t(" app-konto er nu spærret.")
    if rng.random() < 0.5:
        d.t(" Der er trukket ")
        d.t(amount(rng))
        d.t(pick(rng, " på kortet ", " on card "))
        d.v("CARD", card(rng))
        d.t(pick(rng, " (udløb ", " (exp ")).v("CARD_EXPIRY", expiry(rng)).t(").")
    if rng.random() < 0.55:
        d.t(" Refusion ønskes til ")
        if rng.random() < 0.6:
            d.t("reg./konto ").v("BANK_ACCOUNT", bank_account(rng))
        else:
            d.t("IBAN ").v("IBAN", iban(rng, "DK"))
        d.t(".")
    d.t(
        pick(
            rng,
            f"\nAftalt: kunden spærrer kort hos {rng.choice(BANKS)} og anmelder på 114.",
            "\nAftalt: vi ringer tilbage i morgen. Kunden er rådet til at skifte adgangskode.",
            f"\nSendt kvittering til {cust.first[0].lower()}***@example.dk.",
        )
    )
    if rng.random() < 0.5:
        d.t(" Kunden kan hente kopi af afgiften på " + SERVICE_DESK + ".")


def dispute_form(rng: Rng, d: Doc) -> None:
    cust = Person(rng, pick(rng, "Kunde A", "Bilist 1"))
    d.t(f"KLAGE OVER KONTROLAFGIFT – {COMPANY}\nSendes til: {COMPANY}, Klageafdelingen, {HQ}\n")
    d.t(f"Afgiftsnr.: {fine_no(rng)}   Dato: {datum(rng)}   Beløb: {amount(rng)}\n")
    d.t("Navn (BLOKBOGSTAVER): ")
    d.v("PERSON", cust.full.upper(), "[NAVN]")
    d.t("\nCPR-nr.: ").v("CPR", cpr(rng, cust.born))
    d.t("\nAdresse:\n").v("ADDRESS", address(rng, True))
    d.t("\nTelefon: ").v("PHONE", phone(rng, 0.04))
    d.t("\nE-mail: ").v("EMAIL", cust.mail(rng))
    d.t("\nNummerplade: ").v("NUMBER_PLATE", plate(rng))
    d.t("\nBetalt med kort: ").v("CARD", card(rng)).t("  Udløb: ").v("CARD_EXPIRY", expiry(rng))
    if rng.random() < 0.5:
        d.t("\nRefusion til: ")
        if rng.random() < 0.5:
            d.v("BANK_ACCOUNT", bank_account(rng))
        else:
            d.v("IBAN", iban(rng))
    d.t("\nBegrundelse: ")
    d.t(
        pick(
            rng,
            "Min nummerplade er kopieret. Bilen på billedet er en anden model end min.",
            "jeg var på arbejde hele dagen, bilen stod i garagen. se vedlagt.",
            "I betalte via app'en men den blev hacket - kortet blev skiftet til et andet.",
            "Afgiften er sendt til en falsk sms-link jeg aldrig har klikket på. KLONET PLADE!",
        )
    )
    if rng.random() < 0.4:
        d.t(" Vidne: ")
        witness = Person(rng, "Vidne 1")
        d.name(witness, pick(rng, "short", "full", "surname first"))
        d.t(", tlf. ").v("PHONE", phone(rng))
    d.t("\nUnderskrift: ")
    d.name(cust, pick(rng, "short", "full", "initial"))
    d.t(f"\n\nModtaget {datum(rng)}, journaliseret under {case_no(rng)}.")


def camera_log(rng: Rng, d: Doc) -> None:
    (park, addr), (park2, addr2) = rng.sample(CAR_PARKS, 2)
    d.t(f"KAMERALOG – {park}, {addr}\nUdtræk {datum(rng)} · anlæg KAM-{rng.randrange(1, 40):02d}")
    d.t(f" · sag {case_no(rng)}\n")
    suspect = plate(rng)
    when = day(rng)
    for _ in range(rng.randrange(3, 7)):
        h, m = clock(rng)
        d.t(f"{when.isoformat()} {h:02d}:{m:02d}:{rng.randrange(60):02d}  ")
        d.t(pick(rng, "IND ", "UD  ", "in  ", "out "), " ")
        d.v("NUMBER_PLATE", suspect if rng.random() < 0.4 else plate(rng))
        d.t(f"  konf. 0,{rng.randrange(70, 100)}\n")
    h, m = clock(rng)
    d.t("Bemærkning: samme plade ")
    d.v("NUMBER_PLATE", suspect)
    d.t(f" også registreret kl. {h:02d}.{m:02d} i {park2}, {addr2}. Mulig klonet plade.")
    if rng.random() < 0.7:
        owner = Person(rng, pick(rng, "Bilist 1", "Kunde B"))
        d.t(pick(rng, "\nRegistreret ejer: ", "\nEjer iflg. register: ", "\nOwner: "))
        d.name(owner, pick(rng, "full", "surname first", "upper", "short"))
        d.t(", ").v("ADDRESS", address(rng, False))
        if rng.random() < 0.5:
            d.t(", tlf. ").v("PHONE", phone(rng))
        d.t(".")
        if rng.random() < 0.4:
            d.t(" ").name(owner, "genitive").t(" egen bil stod i Hvidovre.")
    if rng.random() < 0.5:
        d.t(f"\nAfgift {fine_no(rng)} ({amount(rng)}) sat i bero. Tjekket af ")
        d.name(Person(rng, "Medarbejder 1"), pick(rng, "short", "initial", "first"))
        d.t(".")
    d.t(f"\nFotos opbevares på {HQ} i 30 dage.")


def rental_mail(rng: Rng, d: Doc) -> None:
    firm, firm_addr, domain = rng.choice(RENTALS)
    staff, agent = Person(rng, "Medarbejder 1"), Person(rng, "Udlejer X")
    renter = Person(rng, pick(rng, "Kunde A", "Bilist 2"))
    car = plate(rng)
    d.t("Fra: ").v(
        "EMAIL", f"{ascii_word(staff.first)}.{ascii_word(staff.last)[:5]}@parknord.example.dk"
    )
    d.t("\nTil: ").v("EMAIL", pick(rng, "udlejning", "claims", "skade") + "@" + domain)
    d.t(
        f"\nEmne: {pick(rng, 'Kontrolafgift', 'SV: Kontrolafgift', 'Toll charge')} "
        f"{fine_no(rng)} – "
    )
    d.v("NUMBER_PLATE", car)
    d.t("\n\nHej ")
    d.name(agent, "first")
    d.t(
        pick(
            rng,
            f"\n\nVi har en afgift på {amount(rng)} på jeres bil ",
            "\n\nOur cameras registered your vehicle ",
            f"\n\nJeres bil er registreret uden betaling i {rng.choice(CAR_PARKS)[0]}, bil ",
        )
    )
    d.v("NUMBER_PLATE", car)
    d.t(f" d. {datum(rng)}. Kan I oplyse, hvem der lejede den? Sagen har nr. {case_no(rng)}.")
    signature(rng, d, staff)
    d.t("\n\n-----\nSV: Hej. Bilen var udlejet til ")
    d.name(renter, pick(rng, "full", "short", "surname first", "middle initial"))
    cue = pick(rng, ", født ", ", f. ", " (Fødselsdato: ", " (DOB: ")
    d.t(cue).v("DATE_OF_BIRTH", date_of_birth(rng, renter.born)).t(")" if "(" in cue else "")
    d.t(pick(rng, ", bosat ", ", adresse:\n", ". Adresse: "))
    d.v("ADDRESS", address(rng))
    d.t(pick(rng, "\nTlf. ", "\nMobil: ", ", tlf. "))
    d.v("PHONE", phone(rng, 0.15))
    if rng.random() < 0.5:
        d.t(", mail ").v("EMAIL", renter.mail(rng))
    d.t(pick(rng, "\nDepositum betalt med ", "\nBetalt med kort "))
    if rng.random() < 0.5:
        d.v("CARD", card(rng)).t(", udløb ").v("CARD_EXPIRY", expiry(rng))
    else:
        d.t(f"**** **** **** {rng.randrange(1000, 10000)}")
    d.t(pick(rng, ". Lejer siger at pladen er klonet.", ". Vi viderefakturerer.", "."))
    d.t("\n\nMvh ")
    d.name(agent, pick(rng, "short", "full"))
    d.t(f"\n{firm} · {firm_addr} · tlf. 70 11 22 93 · CVR-nr. {CVRS[1]}")


def police_mail(rng: Rng, d: Doc) -> None:
    station, station_addr = rng.choice(POLICE)
    staff, officer = Person(rng, "Medarbejder 2"), Person(rng, "Betjent Y")
    owner = Person(rng, pick(rng, "Kunde A", "Bilist 1"))
    real = plate(rng)
    d.t(f"Til: {station}, {station_addr}\n")
    d.t("Att.: ")
    d.name(officer, pick(rng, "short", "full", "surname first"))
    d.t(" – ").v(
        "EMAIL", f"{ascii_word(officer.first)[:3]}{ascii_word(officer.last)[:3]}@politi.example.dk"
    )
    d.t(f"\nFra: {COMPANY}, Svindelteamet, {HQ}\n")
    d.t(f"Emne: Klonede nummerplader – journalnr. {journal_no(rng)}\n\n")
    d.t(pick(rng, "Kære ", "Hej ", "Dear "))
    d.name(officer, "first")
    d.t(",\n\nVi har siden ")
    d.t(f"{datum(rng)} registreret nummerpladen ")
    d.v("NUMBER_PLATE", real)
    park, park_addr = rng.choice(CAR_PARKS)
    d.t(f" {rng.randrange(3, 25)} gange i vores anlæg, bl.a. i {park}, {park_addr}")
    d.t(". Den rette ejer, ")
    d.name(owner, pick(rng, "full", "short", "surname first", "upper"))
    d.t(pick(rng, ", f. ", ", født "))
    d.v("DATE_OF_BIRTH", date_of_birth(rng, owner.born))
    d.t(pick(rng, ", CPR ", ", cpr.nr. "))
    d.v("CPR", cpr(rng, owner.born))
    d.t(", bor på ").v("ADDRESS", address(rng, False))
    d.t(". ").name(owner, "genitive")
    d.t(pick(rng, " bil stod i garagen på tidspunkterne.", " bil var på værksted."))
    if rng.random() < 0.6:
        d.t(" Kopibilen er set med pladen ")
        d.v("NUMBER_PLATE", plate(rng))
        d.t(" på bagklappen.")
    if rng.random() < 0.5:
        d.t(" Føreren af kopibilen betalte i automaten med kortet ")
        d.v("CARD", card(rng)).t(" (udløb ").v("CARD_EXPIRY", expiry(rng)).t(").")
    if rng.random() < 0.45:
        d.t(" Bøderne blev forsøgt betalt videre til IBAN ")
        d.v("IBAN", iban(rng)).t(pick(rng, " (ikke vores konto).", "."))
    if rng.random() < 0.5:
        d.t(" Ejerens egen konto ").v("BANK_ACCOUNT", bank_account(rng))
        d.t(" blev trukket for afgifterne.")
    d.t("\nEjeren træffes på ")
    d.v("PHONE", phone(rng))
    d.t(pick(rng, ". Se vedlagte fotos.", ". Vi kan aflevere billeder på stationen.",
             f". Kopi sendt til {AUTHORITY[0]}, {AUTHORITY[1]}."))  # fmt: skip
    signature(rng, d, staff)


CASE_KINDS = (
    "falsk sms",
    "klonet plade",
    "overtaget app-konto",
    "bestridt afgift",
    "NordPas misbrug",
    "phishing-opkald",
)


def case_list(rng: Rng, d: Doc) -> None:
    week = rng.randrange(2, 50)
    d.t(f"UGELISTE uge {week} – {COMPANY} svindelteam ({SERVICE_DESK})\n")
    d.t("sag | type | kunde | detaljer | ansvarlig\n")
    team = [Person(rng, "Medarbejder 1"), Person(rng, "Medarbejder 2")]
    for i in range(rng.randrange(3, 6)):
        kind = rng.choice(CASE_KINDS)
        cust = Person(rng, pick(rng, "Kunde A", "Kunde B", "Bilist 1", "Bilist 2"))
        d.t(f"{case_no(rng)} | {kind} | ")
        d.name(cust)
        d.t(" | ")
        detail = rng.randrange(8)
        if detail == 0:
            d.v("NUMBER_PLATE", plate(rng)).t(" set 2 steder samtidig")
        elif detail == 1:
            d.t("app-login ").v("EMAIL", cust.mail(rng)).t(", MitID ").v(
                "MITID_USER", cust.mitid(rng)
            )
        elif detail == 2:
            d.t("sms fra ").v("PHONE", phone(rng, 0.5)).t(f", betalt {amount(rng)}")
        elif detail == 3:
            d.t("tilbagebetaling til ").v("BANK_ACCOUNT", bank_account(rng))
        elif detail == 4:
            d.t("kort ").v("CARD", card(rng)).t(" exp ").v("CARD_EXPIRY", expiry(rng))
        elif detail == 5:
            d.t("svindel-IBAN ").v("IBAN", iban(rng))
        elif detail == 6:
            d.t("tlf. ").v("PHONE", phone(rng)).t(", kode ").v("OTP", otp(rng)).t(" givet væk")
        else:
            d.t(f"afgift {fine_no(rng)}, {tx_no(rng)}, {amount(rng)}")
        d.t(" | ")
        d.name(rng.choice(team), pick(rng, "staff", "first", "initial"))
        d.t("\n")
        if i == 0 and rng.random() < 0.3:
            d.t("  (Kunde B i sidste uges liste er lukket)\n")
    d.t(pick(rng, "Status: ", "NB: ", "Note: "))
    d.t(
        pick(
            rng,
            f"{rng.randrange(2, 9)} nye falske sms-domæner meldt til {AUTHORITY[0]}.",
            f"Fysiske klager sendes fortsat til {HQ}.",
            "Møde fredag kl. {} i {}, {}.".format(hhmm(rng), *rng.choice(CAR_PARKS)),
        )
    )


WRITERS: dict[str, Callable[[Rng, Doc], None]] = {
    "falsk_sms": fake_sms,
    "chat": chat,
    "telefonnotat": phone_note,
    "klageformular": dispute_form,
    "kameralog": camera_log,
    "udlejning": rental_mail,
    "politi": police_mail,
    "ugeliste": case_list,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, about 35 % negatives, the genres in turn, reproducible."""
    rng = random.Random(seed)
    negatives = NEGATIVES if size == SIZE else round(size * NEGATIVES / SIZE)
    plan = []
    for i, genre in enumerate(GENRES):
        count = size // len(GENRES) + (i < size % len(GENRES))
        neg = negatives // len(GENRES) + (i < negatives % len(GENRES))
        plan += [(genre, "negative")] * neg + [(genre, "positive")] * (count - neg)
    rng.shuffle(plan)
    docs, seen = [], set()
    for number, (genre, kind) in enumerate(plan):
        while True:
            doc = Doc(rng, kind == "negative")
            WRITERS[genre](rng, doc)
            text = doc.text()
            if text not in seen and (doc.spans or doc.neg):
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii_blind92-{number:04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
