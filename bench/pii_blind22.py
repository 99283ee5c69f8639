"""A twenty-third blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its THEME is romance and
investment fraud across borders as a Danish bank's fraud team and the police see it, in eight
genres: dating-app and WhatsApp chat exports between a Danish victim and a "soldier/engineer
abroad" (Danish mixed with English, timestamps, user handles, nicknames), a family member's
worried e-mail to the bank (Fra:/Til:/Emne:), the bank's interview note with the victim, a
list of the victim's transfers to foreign IBANs in many countries and to crypto exchanges
(recipients in CAPITALS, BIC codes, order IDs), a fake investment platform's "account
statement" e-mails in English and Danish (wallets, transaction hashes, balances), a Western
Union / MoneyGram receipt transcription (MTCN, sender and receiver), the police report with
the victim's and the scammer aliases' details, and a Swedish or Norwegian bank's reply about
a receiving account (Scandinavian names and addresses). The names are those of Danes of all
ages and backgrounds ("Zeynep Demir", "Tran Thi Hoa"), double surnames ("Ravn-Jessen"), Swedes
and Norwegians, bank staff, and the scammers' invented Western aliases ("Sgt. James Walker").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("Sgt.", "Capt.", "Dr.", "rådgiver",
  "anmelder"); "Holst, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a name in
  CAPITALS in a transfer list ("JAMES WALKER") and a lower-case name in a chat ("bente") are
  PERSON; a first name alone in a greeting is PERSON. A scammer's alias is PERSON, the title
  and the platform are not. Endearments ("skat", "honey", "my queen", "baby"), family words
  ("min mor"), user handles ("@sgt.walker_j"), platforms, banks and companies are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included); Swedish ("Tallstigen 3, 412 63 Göteborg") and Norwegian
  ("Furuveien 9, 0468 Oslo") addresses alike. A street named without a number is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (MOBILE, LANDLINE;
  70 and 80 never occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50",
  "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50",
  "20304050", "+4520304050" or "20.30.40.50", the country code (with its brackets) inside the
  span, and foreign numbers from fiction-reserved ranges only, "+44 7700 900xxx" and
  "+46 70 174 06 xx" (xx 05-99). An organisation's number (70/80 lines, 112, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and the
  fake platforms' too; masked ones ("j***@example.com") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH, 25 countries), grouped by four or compact. CARD: Luhn-valid
  with a published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY"
  or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "CVC", "cvc" or "kontrolcifre". OTP: a
  one-time code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as
  such; NUMBER_PLATE a Danish plate ("BK 41 207" or "BK41207").
- Hard negatives, never labelled: invented crypto wallet addresses ("bc1q…", "0x…") and
  transaction hashes, MTCN transfer control numbers ("MTCN 123-456-7890"), MoneyGram reference
  numbers, SWIFT/BIC codes, exchange order IDs, dating-app user handles (HANDLES), amounts in
  many currencies ("USD 2,500.00", "EUR 4.750,00", "SEK 12 000", "0,0412 BTC"), dates and
  clock times ("[03.11.26, 21:14:02]", "2026-11-03 14:22", "kl. 10.15"), police journal
  numbers, platforms, banks and companies (PLATFORMS, BANKS, COMPANIES), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "j***@example.com", "**** **** **** 1111",
  "DK71XXXXXXXXXX0932") and the banks' own 70-lines (ORG_LINES). Documents of kind "negative"
  are the same genres after pseudonymisation ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]",
  "[kontonr.]", "[IBAN]", "[kode]", "[CPR]", ...): only such values remain. No run of ten or
  more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind22 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 2322
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "chat_export",
    "family_mail",
    "interview_note",
    "transfer_list",
    "platform_statement",
    "remittance_receipt",
    "police_report",
    "nordic_bank_reply",
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
TEST_PREFIXES = ("411111", "424242", "400000", "555555", "510510", "520082", "222300", "401288")
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
IBAN_LENGTH = {
    "DK": 18, "SE": 24, "NO": 15, "FI": 18, "DE": 22, "GB": 22, "NL": 18, "BE": 16, "FR": 27,
    "ES": 24, "PT": 25, "IE": 22, "LT": 20, "LV": 21, "EE": 20, "PL": 28, "BG": 22, "RO": 24,
    "HR": 21, "CY": 28, "MT": 31, "TR": 26, "AE": 23, "GE": 22, "CH": 21,
}  # fmt: skip
# how many letters open the country's BBAN (bank code); the rest are digits here
BBAN_LETTERS = {"GB": 4, "NL": 4, "IE": 4, "BG": 4, "RO": 4, "LV": 4, "MT": 4, "GE": 2}

WOMEN = (
    "Agnete",
    "Birthe",
    "Dorthe",
    "Else",
    "Grethe",
    "Hanne",
    "Inger",
    "Jonna",
    "Kirsten",
    "Merete",
    "Nanna",
    "Pernille",
    "Rigmor",
    "Solveig",
    "Tove",
    "Ulla",
    "Vibeke",
    "Yvonne",
    "Gitte",
    "Lone",
    "Susanne",
    "Bodil",
    "Karen",
    "Ruth",
    "Signe",
    "Ida",
    "Freja",
    "Mathilde",
    "Amina",
    "Zeynep",
    "Hodan",
    "Thuy",
    "Priya",
    "Marta",
    "Agnieszka",
    "Samira",
    "Benedikte",
    "Lilian",
    "Edel",
    "Conny",
)
MEN = (
    "Arne",
    "Bent",
    "Carsten",
    "Erik",
    "Finn",
    "Gunnar",
    "Henning",
    "Jørgen",
    "Kaj",
    "Leif",
    "Mogens",
    "Niels",
    "Ole",
    "Poul",
    "Preben",
    "Svend",
    "Torben",
    "Verner",
    "Aage",
    "Bjarne",
    "Flemming",
    "Jesper",
    "Mikael",
    "Kasper",
    "Emil",
    "Tariq",
    "Ahmad",
    "Mehmet",
    "Hamid",
    "Duc",
    "Piotr",
    "Asger",
    "Kristian",
    "Villy",
    "Ebbe",
    "Palle",
)
MIDDLE = (
    "Marie",
    "Kathrine",
    "Louise",
    "Margrethe",
    "Juul",
    "Skovgaard",
    "Bøgh",
    "Dam",
    "Munk",
    "Elisabeth",
    "Holger",
    "Kirk",
)
SURNAMES = (
    "Bundgaard",
    "Østergaard",
    "Kjærsgaard",
    "Damgaard",
    "Lykke",
    "Thygesen",
    "Vestergaard",
    "Overby",
    "Fogh",
    "Skovbo",
    "Hedegaard",
    "Rosenkilde",
    "Mølgaard",
    "Brink",
    "Agerskov",
    "Dahl",
    "Winther",
    "Bach",
    "Krogh",
    "Hjort",
    "Juhl",
    "Fjelsted",
    "Kamp",
    "Nørgaard",
    "Ravn",
    "Søndergaard",
    "Iversen",
    "Poulsen",
    "Mikkelsen",
    "Andreasen",
    "Thomsen",
    "Yildiz",
    "Hussein",
    "Kowalski",
    "Demir",
    "Rahimi",
    "Jama",
    "Lund-Hviid",
    "Ravn-Jessen",
    "Kjær-Madsen",
    "Holm-Thygesen",
    "Skov-Bendtsen",
    "Gram-Ottesen",
    "Tran",
    "Pham",
    "Sørensen-Bak",
)
VIET = (
    ("Tran", "Thi", "Hoa"),
    ("Pham", "Van", "Long"),
    ("Le", "Thi", "Mai"),
    ("Vo", "Minh", "Tuan"),
)
ALIAS_FIRST = (
    "James",
    "Richard",
    "Daniel",
    "William",
    "Michael",
    "Robert",
    "Steven",
    "Mark",
    "David",
    "Anthony",
    "Benjamin",
    "Harold",
    "Frank",
    "Gregory",
    "Nathan",
    "Emily",
    "Sophia",
    "Olivia",
    "Grace",
)
ALIAS_LAST = (
    "Walker",
    "Coleman",
    "Whitmore",
    "Harrington",
    "Sullivan",
    "Bradley",
    "Caldwell",
    "Prescott",
    "Donovan",
    "Fairbanks",
    "Mercer",
    "Holloway",
    "Kingsley",
    "Redford",
    "Ashworth",
    "Pemberton",
    "Carter",
    "Lawson",
)
ALIAS_TITLES = ("Sgt.", "Capt.", "Lt. Col.", "Dr.", "Engr.", "General", "Major", "Mr.")
NORDIC_FIRST = (
    "Lina",
    "Johan",
    "Oskar",
    "Elin",
    "Kari",
    "Eirik",
    "Ingrid",
    "Sigrid",
    "Mattias",
    "Håkan",
    "Torunn",
    "Vegard",
)
NORDIC_LAST = (
    "Bergqvist",
    "Sjöberg",
    "Lindfors",
    "Haugland",
    "Solbakken",
    "Fjeldstad",
    "Nyström",
    "Åkerlund",
    "Brekke",
    "Myrvold",
    "Ekdahl",
    "Tveit",
)

STREETS = (
    "Hybenvej",
    "Skovspurvevej",
    "Rønnebærvænget",
    "Kildeløkken",
    "Tranehøjen",
    "Gøgeurtvej",
    "Lærkesløjfen",
    "Fyrrebakken",
    "Strandengen",
    "Havnefogedvej",
    "Mølledammen",
    "Porsevænget",
    "Brombærstien",
    "Gamle Teglværksvej",
    "Nørre Fælledvej",
    "Skipper Clements Gade",
    "Ellekrattet",
    "Humlehaven",
    "Sivsangervej",
    "Kornblomstvej",
    "Rugmarken",
    "Vibeengen",
    "Toftegårds Allé",
    "Bøgeskovhusvej",
    "Slåenbakken",
    "Kløvermarken",
    "Stationsvænget",
    "Hedelyngen",
)
TOWNS = (
    "4700 Næstved",
    "6100 Haderslev",
    "7400 Herning",
    "9800 Hjørring",
    "8600 Silkeborg",
    "4000 Roskilde",
    "5700 Svendborg",
    "6400 Sønderborg",
    "7100 Vejle",
    "8900 Randers C",
    "2650 Hvidovre",
    "2860 Søborg",
    "3400 Hillerød",
    "4800 Nykøbing F",
    "9500 Hobro",
    "6700 Esbjerg",
    "8300 Odder",
    "3700 Rønne",
    "4600 Køge",
    "7500 Holstebro",
    "2300 København S",
    "8000 Aarhus C",
    "5000 Odense C",
    "9000 Aalborg",
)
SE_STREETS = ("Björkhagsvägen", "Tallstigen", "Kvarngatan", "Ringduvegatan", "Lingonvägen")
SE_TOWNS = (
    "412 63 Göteborg",
    "211 45 Malmö",
    "753 20 Uppsala",
    "582 24 Linköping",
    "702 11 Örebro",
)
NO_STREETS = ("Furuveien", "Bekkeliveien", "Lyngstien", "Måkeveien", "Granåsen")
NO_TOWNS = ("0468 Oslo", "5006 Bergen", "7012 Trondheim", "4010 Stavanger", "9008 Tromsø")

BANKS = ("Ravnsborg Bank", "Skovlund Sparekasse", "Vesterhav Bank", "Sundby Andelskasse")
NORDIC_BANKS = ("Sparbanken Alvhem", "Fjellnes Bank ASA", "Kronvik Sparbank", "Nordfjell Bank")
PLATFORMS = (
    "CoinVantage Pro",
    "NordTrade Capital",
    "BitAureum",
    "Zenith FX Markets",
    "Apex Quantum Invest",
    "Bluewave Crypto Desk",
)
COMPANIES = (
    "Western Union",
    "MoneyGram",
    "WhatsApp",
    "Tinder",
    "Facebook Dating",
    "Binance",
    "Coinbase",
    "Kraken",
    "Revolut",
    "Wise",
)
ORG_LINES = (
    "70 21 44 90",
    "70 21 44 91",
    "7033 1280",
    "+45 70 15 66 00",
    "80 20 14 14",
    "70 10 20 42",
)
HANDLES = (
    "@sgt.walker_j",
    "@captain_rw52",
    "@eng.daniel.offshore",
    "@lonely_heart_dk",
    "@drharold_unmission",
    "@mark.oilrig88",
    "@sunset_rose61",
    "@nordic.swan.70",
    "@gentleman_usa_1",
    "@trader.sophia.fx",
)
BICS = (
    "DABADKKK",
    "NDEASESS",
    "DNBANOKK",
    "HANDSESS",
    "DEUTDEFF",
    "BARCGB22",
    "INGBNL2A",
    "REVOLT21",
    "LHVBEE22",
    "BPKOPLPW",
    "CAIXESBB",
    "BKTRTRIS",
)
ENDEARMENTS = ("skat", "honey", "my queen", "baby", "darling", "min skat", "sweetheart")
EMOJI = ("😊", "❤️", "🙏", "😘", "🇺🇸", "💍", "😢")
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
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

STAND_IN = {
    "PERSON": "[NAVN]", "ADDRESS": "[ADRESSE]", "CPR": "[CPR]", "DATE_OF_BIRTH": "[dato]",
    "PHONE": "[TLF]", "EMAIL": "[e-mail]", "BANK_ACCOUNT": "[kontonr.]", "IBAN": "[IBAN]",
    "CARD": "[kortnr.]", "CARD_EXPIRY": "[udløb]", "CARD_CVV": "[CVV]", "OTP": "[kode]",
    "MITID_USER": "[bruger-id]", "NUMBER_PLATE": "[reg.nr.]",
}  # fmt: skip


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_lower(word: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ö": "o", "ä": "a", "é": "e"})
    return re.sub(r"[^a-z]", "", word.lower().translate(table))


class Doc:
    """A document being written: plain text and labelled values, offsets kept as it grows."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def v(self, value: str, kind: str) -> None:
        if self.negative:
            self.t(self.stand_in(value, kind))
            return
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        self.t(value)

    def f(self, template: str, **fields: object) -> None:
        """Write a template; a field given as (value, type) is labelled, a str is plain."""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                self.t(piece)
                continue
            field = fields[piece]
            if isinstance(field, tuple):
                self.v(*field)
            else:
                self.t(str(field))

    def stand_in(self, value: str, kind: str) -> str:
        """A negative's pseudonym: a bracketed stand-in, now and then a masked value."""
        if self.rng.random() < 0.3:
            digits = re.sub(r"\D", "", value)
            if kind == "CPR":
                return digits[:6] + "-xxxx"
            if kind == "PHONE" and value.startswith("+45"):
                return "+45 ** ** ** " + digits[-2:]
            if kind == "EMAIL":
                return value[0] + "***@" + value.split("@")[1]
            if kind == "CARD":
                return "**** **** **** " + digits[-4:]
            if kind == "IBAN":
                compact = value.replace(" ", "")
                return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return STAND_IN[kind]

    def text(self) -> str:
        return "".join(self.parts)


# --- values -------------------------------------------------------------------------------


class Person:
    def __init__(self, rng: random.Random, oldest: int = 1936, youngest: int = 2005) -> None:
        self.woman = rng.random() < 0.62
        roll = rng.random()
        self.middle = ""
        self.family_first = roll < 0.08
        if self.family_first:
            self.last, self.middle, self.first = rng.choice(VIET)
        else:
            self.first = rng.choice(WOMEN if self.woman else MEN)
            self.last = rng.choice(SURNAMES)
            if roll < 0.3:
                self.middle = rng.choice(MIDDLE)
        year = rng.randint(oldest, youngest)
        self.born = date(year, 1, 1) + timedelta(days=rng.randrange(365))

    def full(self) -> str:
        if self.family_first:
            return f"{self.last} {self.middle} {self.first}"
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def form(self, rng: random.Random, *allowed: str) -> str:
        """The name in one of the written forms allowed here."""
        kind = rng.choice(allowed)
        if kind == "full":
            return self.full()
        if kind in ("short", "caps") and self.family_first:
            return self.full().upper() if kind == "caps" else self.full()
        if kind == "short":
            return f"{self.first} {self.last}"
        if kind == "rev":
            return f"{self.last}, {self.first}"
        if kind == "first":
            return self.first
        if kind == "gen":
            return self.first + ("" if self.first[-1] in "sxz" else "s")
        if kind == "caps":
            return f"{self.first} {self.last}".upper()
        if kind == "lower":
            return self.first.lower()
        if kind == "init":
            return f"{self.first[0]}. {self.last}"
        raise ValueError(kind)

    def genitive(self) -> str:
        return self.first if self.first[-1] in "sxz" else self.first + "s"


class Alias:
    def __init__(self, rng: random.Random) -> None:
        self.first, self.last = rng.choice(ALIAS_FIRST), rng.choice(ALIAS_LAST)
        self.title = rng.choice(ALIAS_TITLES)
        self.handle = rng.choice(HANDLES)
        self.role = rng.choice(
            (
                "US Army soldier in Syria",
                "offshore engineer on an oil rig",
                "UN doctor in Yemen",
                "ship captain in the Gulf",
                "crypto trader in Dubai",
                "architect in Istanbul",
            )
        )

    def name(self, rng: random.Random) -> str:
        return rng.choice((f"{self.first} {self.last}", self.first, f"{self.first} {self.last}"))


def cpr(rng: random.Random, born: date) -> str:
    c7 = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        digits = born.strftime("%d%m%y") + c7 + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4)
    if form == 0:
        return f"{digits[:6]}-{digits[6:]}"
    if form == 1:
        return digits
    if form == 2:
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    return f"{digits[:6]} {digits[6:]}"


def dob(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice(
        (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
    )


def phone(rng: random.Random, foreign: bool = False) -> str:
    if foreign:
        if rng.random() < 0.6:
            return f"+44 7700 900{rng.randrange(1000):03d}"
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    lead = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE)
    n = lead + f"{rng.randrange(10**6):06d}"
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


def email(rng: random.Random, first: str, last: str = "") -> str:
    f, ln = ascii_lower(first), ascii_lower(last)
    local = rng.choice(
        (
            f"{f}.{ln}" if ln else f,
            f"{f}{rng.randint(40, 99)}",
            f"{f[0]}{ln}" if ln else f + "x",
            f"{f}_{ln}" if ln else f + "_dk",
        )
    )
    domain = rng.choice(
        ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
    )
    return f"{local}@{domain}"


def account(rng: random.Random) -> tuple[str, str]:
    """A reg.nr. and an account number (7-10 digits)."""
    reg = f"{rng.randint(1000, 9899)}"
    return reg, "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 10)))


def iban(rng: random.Random, country: str | None = None) -> str:
    cc = country or rng.choice(sorted(IBAN_LENGTH))
    letters = BBAN_LETTERS.get(cc, 0)
    bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters))
    bban += "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[cc] - 4 - letters))
    numeric = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    compact = f"{cc}{98 - numeric % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.65 else compact


def card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(9))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    compact = body + str((10 - total % 10) % 10)
    return grouped(compact) if rng.random() < 0.6 else compact


def expiry(rng: random.Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(27, 31)
    return f"{m:02d}/{y}" if rng.random() < 0.7 else f"{m:02d}/20{y}"


def otp(rng: random.Random) -> str:
    return f"{rng.randrange(10**6):06d}" if rng.random() < 0.75 else f"{rng.randrange(10**8):08d}"


def mitid(rng: random.Random, p: Person) -> str:
    base = ascii_lower(p.first) + rng.choice(("", ascii_lower(p.last)[:4], "mit"))
    return base + rng.choice(
        (f"{p.born.year % 100:02d}", str(p.born.year), f"{rng.randint(10, 99)}")
    )


def plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    n = f"{rng.randint(10, 99)}{rng.randint(100, 999)}"
    return f"{letters} {n[:2]} {n[2:]}" if rng.random() < 0.7 else letters + n


def address(rng: random.Random, block: bool = False) -> str:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}"
    roll = rng.random()
    if roll < 0.2:
        street += rng.choice("ABC")
    elif roll < 0.5:
        street += ", " + rng.choice(
            ("st. tv.", "st. th.", "1. tv.", "2. th.", "3. mf.", "st. mf.", "4. tv.", "1. th.")
        )
    return street + ("\n" if block else ", ") + rng.choice(TOWNS)


def nordic_address(rng: random.Random, swedish: bool, block: bool = False) -> str:
    streets, towns = (SE_STREETS, SE_TOWNS) if swedish else (NO_STREETS, NO_TOWNS)
    return (
        f"{rng.choice(streets)} {rng.randint(1, 60)}"
        + ("\n" if block else ", ")
        + rng.choice(towns)
    )


def no_long_digits(value: str) -> bool:
    return re.search(r"\d{6,}", value) is None


def hexstring(rng: random.Random, n: int, alphabet: str = "0123456789abcdef") -> str:
    while True:
        value = "".join(rng.choice(alphabet) for _ in range(n))
        if no_long_digits(value):
            return value


def wallet(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "bc1q" + hexstring(rng, 38, BECH32)
    return "0x" + hexstring(rng, 40)


def tx_hash(rng: random.Random) -> str:
    return hexstring(rng, 64)


def mtcn(rng: random.Random) -> str:
    n = f"{rng.randrange(10**10):010d}"
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


def order_id(rng: random.Random) -> str:
    return rng.choice(("ORD-", "BNB-", "CB-", "KRK-")) + hexstring(
        rng, 8, "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    )


def journal(rng: random.Random) -> str:
    return f"{rng.randint(1, 9) * 100 + rng.randint(0, 99):04d}-{rng.randint(80000, 89999)}-" + (
        f"{rng.randint(100, 9999):05d}-26"
    )


def amount(rng: random.Random) -> str:
    n = rng.choice((450, 800, 1200, 2500, 3750, 4800, 9500, 12000, 15000, 25000, 48000))
    dk = f"{n:,}".replace(",", ".")
    return rng.choice(
        (
            f"USD {n:,}.00",
            f"{dk} USD",
            f"EUR {dk},00",
            f"€{n:,}",
            f"GBP {n:,}",
            f"£{n:,}",
            f"SEK {n:,}".replace(",", " "),
            f"NOK {dk}",
            f"kr. {dk},00",
            f"{dk} kr.",
            f"0,{rng.randint(100, 999):04d} BTC",
            f"{dk} USDT",
            f"AED {n:,}",
        )
    )


def when(rng: random.Random) -> date:
    return date(2026, 8, 1) + timedelta(days=rng.randrange(90))


def clock(rng: random.Random, seconds: bool = False) -> str:
    text = f"{rng.randint(6, 23):02d}:{rng.randrange(60):02d}"
    return text + (f":{rng.randrange(60):02d}" if seconds else "")


def P(value: str) -> tuple[str, str]:
    return (value, "PERSON")


def write_account(rng: random.Random, d: Doc) -> None:
    reg, acc = account(rng)
    roll = rng.random()
    if roll < 0.4:
        d.v(f"{reg}-{acc}", "BANK_ACCOUNT")
    elif roll < 0.6:
        d.v(f"{reg} {acc}", "BANK_ACCOUNT")
    elif roll < 0.8:
        d.f("reg. {r} konto {a}", r=reg, a=(acc, "BANK_ACCOUNT"))
    else:
        d.f("reg.nr. {r}, kontonr. {a}", r=reg, a=(acc.zfill(10), "BANK_ACCOUNT"))


def write_card(rng: random.Random, d: Doc, english: bool = False, cvv: float = 0.5) -> None:
    d.f("{c}", c=(card(rng), "CARD"))
    d.f(
        " exp. {e}" if english else rng.choice((" udløb {e}", ", udløbsdato {e}")),
        e=(expiry(rng), "CARD_EXPIRY"),
    )
    if rng.random() < cvv:
        cue = rng.choice(
            ("CVV", "CVC", "cvc", "CVV:", "CVC:")
            if english
            else ("CVV", "CVC", "cvc", "kontrolcifre")
        )
        d.f(", {q} {n}", q=cue, n=(f"{rng.randrange(1000):03d}", "CARD_CVV"))


def masked_card(rng: random.Random) -> str:
    last = f"{rng.randrange(10000):04d}"
    return rng.choice((f"**** **** **** {last}", f"******{last}", f"•••• {last}"))


def masked_cpr(rng: random.Random, born: date) -> str:
    return born.strftime("%d%m%y") + "-xxxx"


def masked_phone(rng: random.Random) -> str:
    return f"+45 ** ** ** {rng.randrange(100):02d}"


def masked_email(rng: random.Random) -> str:
    return rng.choice("abdehjklmst") + "***@" + rng.choice(("example.dk", "example.com"))


def masked_iban(rng: random.Random) -> str:
    return f"DK{rng.randint(10, 99)}" + "X" * 10 + f"{rng.randrange(10000):04d}"


def chat_export(rng: random.Random, d: Doc) -> None:
    v, a = Person(rng, 1940, 1996), Alias(rng)
    alias = f"{a.first} {a.last}"
    app = rng.choice(("WhatsApp", "Tinder", "Facebook Dating", "WhatsApp"))
    whats = app == "WhatsApp"
    start = datetime(2026, 8, 1, 7) + timedelta(days=rng.randrange(80), minutes=rng.randrange(200))
    moment = [start]

    def stamp() -> str:
        moment[0] += timedelta(seconds=rng.randint(20, 5400))
        if whats:
            return f"[{moment[0]:%d.%m.%y, %H:%M:%S}] "
        return f"{moment[0]:%d/%m/%Y %H:%M} – "

    def alias_says(template: str, **fields: object) -> None:
        d.t(stamp())
        if whats:
            d.v(alias, "PERSON")
        else:
            d.t(a.handle)
        d.f(": " + template + "\n", **fields)

    def victim_says(template: str, **fields: object) -> None:
        d.t(stamp())
        d.v(v.first, "PERSON")
        d.f(": " + template + "\n", **fields)

    d.f(
        "Eksport af {app}-chat mellem {v} og {a} ({h}), modtaget af {bank} {day}\n\n",
        app=app,
        v=(v.form(rng, "full", "short", "rev"), "PERSON"),
        a=P(alias),
        h=a.handle,
        bank=rng.choice(BANKS),
        day=f"{start + timedelta(days=rng.randint(2, 30)):%d.%m.%Y}",
    )
    e = rng.choice(("honey", "my queen", "baby", "darling", "sweetheart"))
    alias_says(
        rng.choice(
            (
                "Good morning {e} {m} how did you sleep?",
                "Hello {e}, {who} here, I think about you all day {m}",
                "hej {lower} {m} I miss you so much {e}",
            )
        ),
        e=e,
        m=rng.choice(EMOJI),
        who=P(a.first),
        lower=P(v.first.lower()),
    )
    victim_says(
        rng.choice(
            (
                "hej {x} {m} godmorgen {e}",
                "godmorgen {x}! sov godt, {e} {m}",
                "hi {x} I miss you too {m}",
            )
        ),
        x=P(a.first.lower()),
        m=rng.choice(EMOJI),
        e=rng.choice(("skat", "min skat", "honey", "darling")),
    )
    pool = list(range(14))
    rng.shuffle(pool)
    for choice in pool[: rng.randint(5, 9)]:
        if choice == 0:
            alias_says(
                "I am {t} {n}, {r}. My number here is {p}",
                t=a.title,
                n=P(alias),
                r=a.role,
                p=(phone(rng, True), "PHONE"),
            )
        elif choice == 1:
            alias_says(
                "the customs want {amt} before they release my box {e}. Send to IBAN {i}, name {c}",
                amt=amount(rng),
                e=e,
                i=(iban(rng), "IBAN"),
                c=P(f"{rng.choice(ALIAS_FIRST)} {rng.choice(ALIAS_LAST)}".upper()),
            )
        elif choice == 2:
            victim_says(
                rng.choice(("min adresse er {ad} hvis pakken skal sendes", "send it to {ad} {m}")),
                ad=(address(rng), "ADDRESS"),
                m=rng.choice(EMOJI),
            )
        elif choice == 3:
            alias_says(
                "the bank sent you a code {e}, send it to me so I can verify the transfer", e=e
            )
            victim_says(
                rng.choice(("koden er {o}", "the code is {o}", "{o} 🙏")), o=(otp(rng), "OTP")
            )
        elif choice == 4:
            victim_says("her er kortet {e}:", e=e)
            d.t(stamp())
            d.v(v.first, "PERSON")
            d.t(": ")
            write_card(rng, d, cvv=0.7)
            d.t("\n")
        elif choice == 5:
            victim_says("mit nummer er {p}, ring når du kan", p=(phone(rng), "PHONE"))
        elif choice == 6:
            alias_says(
                "buy Bitcoin on {x} and send to my wallet {w} {e}",
                x=rng.choice(("Binance", "Coinbase", "Kraken")),
                w=wallet(rng),
                e=e,
            )
            victim_says("sendt {amt}, ordre {o}", amt=amount(rng), o=order_id(rng))
        elif choice == 7:
            victim_says(
                "min mail er {m} hvis du vil sende billetten",
                m=(email(rng, v.first, v.last), "EMAIL"),
            )
        elif choice == 8:
            victim_says(
                "mit MitID-bruger-ID er {u}, men jeg tør ikke give dig koden",
                u=(mitid(rng, v), "MITID_USER"),
            )
        elif choice == 9:
            victim_says(
                "min {f} {n} siger det er svindel {m}",
                f=rng.choice(("søn", "datter", "nabo", "veninde")),
                n=P(Person(rng).first),
                m=rng.choice(EMOJI),
            )
        elif choice == 10:
            victim_says(
                "jeg har solgt bilen ({p}) for {amt}, så nu kan jeg betale",
                p=(plate(rng), "NUMBER_PLATE"),
                amt=amount(rng),
            )
        elif choice == 11:
            alias_says("the form for the release needs your personnummer {e}", e=e)
            victim_says("det er {c}", c=(cpr(rng, v.born), "CPR"))
        elif choice == 12:
            victim_says("pengene går fra min konto:")
            d.t(stamp())
            d.v(v.first, "PERSON")
            d.t(": ")
            write_account(rng, d)
            d.t("\n")
        else:
            alias_says("tx {h} — see {e}, your first profit is on the way", h=tx_hash(rng), e=e)
    alias_says("I love you {e} {m}", e=e, m=rng.choice(EMOJI))


def family_mail(rng: random.Random, d: Doc) -> None:
    v, w = Person(rng, 1936, 1962), Person(rng, 1960, 2004)
    a = Alias(rng)
    bank = rng.choice(BANKS)
    rel = rng.choice(("min mor", "min far", "min moster", "min farfar", "min mormor"))
    d.f(
        "Fra: {n} <{m}>\nTil: {b}\nEmne: Bekymret for {rel} – romance-svindel?\nDato: {dt}\n\n",
        n=P(w.full()),
        m=(email(rng, w.first, w.last), "EMAIL"),
        b=(rng.choice(("svindel", "fraud", "kundeservice")) + "@example.dk", "EMAIL"),
        rel=rel,
        dt=f"{when(rng):%Y-%m-%d} {clock(rng)}",
    )
    d.f(rng.choice(("Kære {b}\n\n", "Hej\n\n", "Til jeres svindelafdeling\n\n")), b=bank)
    d.f("Jeg skriver om {rel}, {v}", rel=rel, v=P(v.form(rng, "full", "short")))
    roll = rng.random()
    if roll < 0.35:
        d.f(" (CPR {c})", c=(cpr(rng, v.born), "CPR"))
    elif roll < 0.7:
        d.f(", født {b}", b=(dob(rng, v.born), "DATE_OF_BIRTH"))
    d.f(", som bor på {ad}. ", ad=(address(rng), "ADDRESS"))
    d.f(
        'Siden {mo} har {g} skrevet med en mand på {app}, der kalder sig "{t} {n}" ({h}) '
        "og siger, han er {r}.\n\n",
        mo=rng.choice(MONTHS[5:10]),
        g=P(v.first),
        app=rng.choice(("Facebook Dating", "Tinder", "WhatsApp")),
        t=a.title,
        n=P(f"{a.first} {a.last}"),
        h=a.handle,
        r=a.role,
    )
    d.f(
        "Jeg har set {g} kontoudtog: der er gået mindst {amt} fra ",
        g=P(v.genitive()),
        amt=amount(rng),
    )
    write_account(rng, d)
    d.f(" til en konto i udlandet, {i} (BIC {bic}).", i=(iban(rng), "IBAN"), bic=rng.choice(BICS))
    if rng.random() < 0.35:
        d.f(
            " I går læste {h} koden {o} op for ham i telefonen.",
            h="hun" if v.woman else "han",
            o=(otp(rng), "OTP"),
        )
    if rng.random() < 0.25:
        d.f(" Han har også fået MitID-bruger-ID'et {u}.", u=(mitid(rng, v), "MITID_USER"))
    if rng.random() < 0.35:
        d.f(
            ' Bilen ({p}) er sat til salg for at betale "frigivelsesgebyret".',
            p=(plate(rng), "NUMBER_PLATE"),
        )
    if rng.random() < 0.3:
        d.t(" Kortet ")
        write_card(rng, d, cvv=0.4)
        d.t(" er også brugt hos Binance.")
    d.f(
        "\n\nSvindleren skriver fra {p} og {m}. ",
        p=(phone(rng, True), "PHONE"),
        m=(email(rng, a.first, a.last), "EMAIL"),
    )
    d.f(
        "Kan I stoppe betalingerne? Jeg har prøvet jeres spærrelinje på {o}, men kom ikke "
        "igennem. I kan ringe til mig på {p}.\n\n",
        o=rng.choice(ORG_LINES),
        p=(phone(rng), "PHONE"),
    )
    d.f("Venlig hilsen\n{n}\n", n=P(w.form(rng, "first", "full", "short")))


def interview_note(rng: random.Random, d: Doc) -> None:
    v, staff = Person(rng, 1938, 2003), Person(rng, 1965, 2000)
    a = Alias(rng)
    d.f(
        "{b} – Svindelteamet, samtalenotat\nSag: FR-2026-{n} · {dt} kl. {k}\n\n",
        b=rng.choice(BANKS),
        n=f"{rng.randrange(10000):04d}",
        dt=f"{when(rng):%d.%m.%Y}",
        k=clock(rng).replace(":", "."),
    )
    d.f("Kunde: {n}", n=P(v.form(rng, "rev", "full", "short")))
    if rng.random() < 0.85:
        d.f(", CPR {c}", c=(cpr(rng, v.born), "CPR"))
    if rng.random() < 0.55:
        d.f(rng.choice((", f. {b}", ", født {b}")), b=(dob(rng, v.born), "DATE_OF_BIRTH"))
    d.f("\nAdresse: {ad}\nTlf.: {p}\n", ad=(address(rng), "ADDRESS"), p=(phone(rng), "PHONE"))
    d.f("Rådgiver: {s}\n\n", s=P(staff.form(rng, "full", "init", "short")))
    d.f(
        '{g} forklaring: Kunden mødte "{t} {n}" på {app} i {mo}. Han præsenterede sig som {r} '
        "og bad hurtigt om at skrive på WhatsApp ({p}). ",
        g=P(v.genitive()),
        t=a.title,
        n=P(f"{a.first} {a.last}"),
        app=rng.choice(("Tinder", "Facebook Dating", "Instagram")),
        mo=rng.choice(MONTHS[4:10]),
        r=a.role,
        p=(phone(rng, True), "PHONE"),
    )
    d.f("Der er overført {amt} fra ", amt=amount(rng))
    write_account(rng, d)
    d.f(" til {i}", i=(iban(rng), "IBAN"))
    if rng.random() < 0.5:
        d.f(" og {i}", i=(iban(rng), "IBAN"))
    d.t(".\n")
    if rng.random() < 0.6:
        d.f(
            "Kunden har givet sit MitID-bruger-ID ({u}) og en engangskode ({o}) til "
            "svindleren over telefonen.\n",
            u=(mitid(rng, v), "MITID_USER"),
            o=(otp(rng), "OTP"),
        )
    elif rng.random() < 0.5:
        d.f(
            'Kunden læste koden {o} op for "kollegaen" {n}.\n',
            o=(otp(rng), "OTP"),
            n=P(f"{rng.choice(ALIAS_FIRST)} {rng.choice(ALIAS_LAST)}"),
        )
    if rng.random() < 0.6:
        d.t("Kortet ")
        write_card(rng, d, cvv=0.6)
        d.f(
            " er spærret {dt}; nyt kort bestilt (gammelt kort {m}).\n",
            dt=f"{when(rng):%d.%m.%Y}",
            m=masked_card(rng),
        )
    if rng.random() < 0.6:
        d.f(
            'Kunden har solgt sin bil, {p}, for at betale et "frigivelsesgebyr" på {amt}.\n',
            p=(plate(rng), "NUMBER_PLATE"),
            amt=amount(rng),
        )
    if rng.random() < 0.4:
        d.f(
            "Datter {n} ({p}) deltog og er kontaktperson.\n",
            n=P(Person(rng).form(rng, "full", "first")),
            p=(phone(rng), "PHONE"),
        )
    d.f(
        "Kunden er vejledt om at anmelde til politiet (114) og om spærring på {o}. "
        "Masket i systemet som {c} / {m}.\n",
        o=rng.choice(ORG_LINES),
        c=masked_cpr(rng, v.born),
        m=masked_phone(rng),
    )
    d.f("/{s}\n", s=P(staff.form(rng, "first", "init")))


def transfer_list(rng: random.Random, d: Doc) -> None:
    v = Person(rng, 1938, 1990)
    bank = rng.choice(BANKS)
    d.f(
        "{b} – udlandsoverførsler og kortkøb, udtræk til svindelsag\nKontohaver: {n}",
        b=bank,
        n=P(v.form(rng, "caps", "rev", "full")),
    )
    d.t(" · Konto ")
    write_account(rng, d)
    if rng.random() < 0.4:
        d.f(" · CPR {c}", c=(cpr(rng, v.born), "CPR"))
    else:
        d.f(" · CPR {c}", c=masked_cpr(rng, v.born))
    d.t("\nPeriode: 01.08.2026 – 30.11.2026\n\nDato | Type | Modtager | Konto | BIC | Beløb\n")
    day = when(rng)
    for _ in range(rng.randint(4, 8)):
        day = min(day + timedelta(days=rng.randint(1, 6)), date(2026, 11, 30))
        roll = rng.random()
        if roll < 0.6:
            mule = rng.choice(
                (
                    f"{rng.choice(ALIAS_FIRST)} {rng.choice(ALIAS_LAST)}",
                    f"{rng.choice(NORDIC_FIRST)} {rng.choice(NORDIC_LAST)}",
                    Person(rng).form(rng, "short"),
                )
            )
            d.f(
                "{dt} | Udl. overførsel | {n} | {i} | {bic} | {amt}\n",
                dt=f"{day:%d.%m.%Y}",
                n=P(mule.upper()),
                i=(iban(rng), "IBAN"),
                bic=rng.choice(BICS),
                amt=amount(rng),
            )
        elif roll < 0.85:
            d.f(
                "{dt} | Kortkøb | {x} | ordre {o} | – | {amt}\n",
                dt=f"{day:%d.%m.%Y}",
                x=rng.choice(("BINANCE", "COINBASE", "KRAKEN", "REVOLUT*TOPUP")),
                o=order_id(rng),
                amt=amount(rng),
            )
        else:
            d.f(
                "{dt} | Western Union | {n} | MTCN {m} | – | {amt}\n",
                dt=f"{day:%d.%m.%Y}",
                n=P(f"{rng.choice(ALIAS_FIRST)} {rng.choice(ALIAS_LAST)}".upper()),
                m=mtcn(rng),
                amt=amount(rng),
            )
    if rng.random() < 0.5:
        d.t("\nKort anvendt: ")
        write_card(rng, d, cvv=0.0)
        d.t("\n")
    d.f(
        "\nI alt sendt: {amt}. Modtagerbanker kontaktet via SWIFT. Kundens egne konti vist "
        "som {m}.\nUdtræk: {s}, {b}\n",
        amt=amount(rng),
        m=masked_iban(rng),
        s=P(Person(rng, 1970, 2000).form(rng, "init", "short")),
        b=bank,
    )


def platform_statement(rng: random.Random, d: Doc) -> None:
    v, a = Person(rng, 1945, 2002), Alias(rng)
    platform = rng.choice(PLATFORMS)
    english = rng.random() < 0.55
    support = rng.choice(("support", "clientdesk", "compliance", "withdrawals"))
    d.f(
        "From: {p} <{m}>\nTo: {t}\n",
        p=platform,
        m=(f"{support}@example.net", "EMAIL"),
        t=(email(rng, v.first, v.last), "EMAIL"),
    )
    acct = f"{platform[:2].upper()}-{rng.randint(10000, 99999)}"
    if english:
        d.f(
            "Subject: Your account statement – {a}\n\nDear {n},\n\n",
            a=acct,
            n=P(v.form(rng, "first", "short")),
        )
        d.f("Account holder: {n}\nRegistered phone: {p}\n", n=P(v.full()), p=(phone(rng), "PHONE"))
        d.f(
            "Balance: {amt} (profit +{pc}%)\nLast deposit: {dep} tx {h}\nDeposit wallet: {w}\n",
            amt=amount(rng),
            pc=rng.randint(40, 400),
            dep=amount(rng),
            h=tx_hash(rng),
            w=wallet(rng),
        )
        d.f(
            "\nTo release your profit, a 15% tax must first be paid to our partner account: "
            "IBAN {i}, beneficiary {b}.\n",
            i=(iban(rng), "IBAN"),
            b=P(f"{rng.choice(ALIAS_FIRST)} {rng.choice(ALIAS_LAST)}".upper()),
        )
        if rng.random() < 0.5:
            d.f(
                "Your withdrawal verification code is {o}. Give it only to your account manager.\n",
                o=(otp(rng), "OTP"),
            )
        if rng.random() < 0.45:
            d.t("Card on file: ")
            write_card(rng, d, english=True, cvv=0.5)
            d.t("\n")
        d.f(
            "\nYour account manager: {n} ({h}, WhatsApp {p})\n{pl} – order {o}\n",
            n=P(f"{a.first} {a.last}"),
            h=a.handle,
            p=(phone(rng, True), "PHONE"),
            pl=platform,
            o=order_id(rng),
        )
    else:
        d.f(
            "Emne: Din kontooversigt – {a}\n\nKære {n}\n\n",
            a=acct,
            n=P(v.form(rng, "first", "full")),
        )
        d.f(
            "Kontohaver: {n}\nTelefon: {p}\n",
            n=P(v.form(rng, "full", "rev")),
            p=(phone(rng), "PHONE"),
        )
        d.f(
            "Saldo: {amt} (afkast +{pc} %)\nSeneste indbetaling: {dep}, tx {h}\nWallet: {w}\n",
            amt=amount(rng),
            pc=rng.randint(40, 400),
            dep=amount(rng),
            h=tx_hash(rng),
            w=wallet(rng),
        )
        d.f(
            "\nFør udbetaling skal der betales 15 % skat til vores partnerkonto {i} "
            "(modtager {b}, BIC {bic}).\n",
            i=(iban(rng), "IBAN"),
            b=P(f"{rng.choice(NORDIC_FIRST)} {rng.choice(NORDIC_LAST)}"),
            bic=rng.choice(BICS),
        )
        if rng.random() < 0.5:
            d.f("Din bekræftelseskode er {o}.\n", o=(otp(rng), "OTP"))
        if rng.random() < 0.45:
            d.t("Registreret kort: ")
            write_card(rng, d, cvv=0.5)
            d.t("\n")
        d.f(
            "\nDin personlige rådgiver {n} ({h}) ringer fra {p}.\nMed venlig hilsen\n{pl}\n",
            n=P(f"{a.first} {a.last}"),
            h=a.handle,
            p=(phone(rng, True), "PHONE"),
            pl=platform,
        )


def remittance_receipt(rng: random.Random, d: Doc) -> None:
    v, a = Person(rng, 1936, 2000), Alias(rng)
    wu = rng.random() < 0.6
    d.f(
        "Transskription af kvittering – {c} (indscannet af {b})\n",
        b=rng.choice(BANKS),
        c="Western Union" if wu else "MoneyGram",
    )
    if wu:
        d.f("MTCN: {m}\n", m=mtcn(rng))
    else:
        d.f("Reference number: {r}\n", r=f"0{rng.randrange(10**7):07d}")
    d.f(
        "Dato/tid: {dt} {k}\nAgent: {ag}\n\n",
        dt=f"{when(rng):%Y-%m-%d}",
        k=clock(rng),
        ag=rng.choice(
            ("Føtex Næstved", "7-Eleven Hovedbanegården", "Pengeshop Vejle", "Postbutik Hobro")
        ),
    )
    d.f(
        "AFSENDER\nNavn: {n}\nAdresse: {ad}\n",
        n=P(v.form(rng, "caps", "full", "rev")),
        ad=(address(rng, block=rng.random() < 0.4), "ADDRESS"),
    )
    d.f("Telefon: {p}\n", p=(phone(rng), "PHONE"))
    if rng.random() < 0.85:
        d.f("Fødselsdato: {b}\n", b=(dob(rng, v.born), "DATE_OF_BIRTH"))
    if rng.random() < 0.3:
        d.f("E-mail: {m}\n", m=(email(rng, v.first, v.last), "EMAIL"))
    country = rng.choice(
        ("Nigeria", "Ghana", "Tyrkiet", "Malaysia", "Forenede Arabiske Emirater", "Storbritannien")
    )
    d.f("\nMODTAGER\nNavn: {n}\nLand: {c}\n", n=P(f"{a.first} {a.last}".upper()), c=country)
    if rng.random() < 0.4:
        d.f("Modtagers telefon: {p}\n", p=(phone(rng, True), "PHONE"))
    d.f(
        '\nBeløb: {amt}\nGebyr: {fee}\nUdbetalt: {out}\nFormål: "{why}"\n',
        amt=amount(rng),
        fee=f"kr. {rng.randint(45, 390)},00",
        out=amount(rng),
        why=rng.choice(("Family support", "Gave", "Toldgebyr", "Medical bills", "Billet")),
    )
    d.f(
        "Kender du modtageren personligt? Ja\nUnderskrift: {n}\n",
        n=P(v.form(rng, "full", "short", "init")),
    )
    d.f(
        "Bemærkning fra {b}: kunden sendte også via {x} samme dag ({o}).\n",
        b=rng.choice(BANKS),
        x="MoneyGram" if wu else "Western Union",
        o=f"MTCN {mtcn(rng)}" if not wu else f"ref. 0{rng.randrange(10**7):07d}",
    )


def police_report(rng: random.Random, d: Doc) -> None:
    v, a, officer = Person(rng, 1936, 2004), Alias(rng), Person(rng, 1970, 2000)
    d.f(
        "POLITIANMELDELSE – bedrageri (romance/investering)\nJournalnr.: {j}\n"
        "Modtaget: {dt} kl. {k}\n\n",
        j=journal(rng),
        dt=f"{when(rng):%d.%m.%Y}",
        k=clock(rng).replace(":", "."),
    )
    d.f("Anmelder: {n}", n=P(v.form(rng, "rev", "full", "caps")))
    if rng.random() < 0.9:
        d.f(", CPR {c}", c=(cpr(rng, v.born), "CPR"))
    if rng.random() < 0.5:
        d.f(", født {b}", b=(dob(rng, v.born), "DATE_OF_BIRTH"))
    d.f(
        "\nAdresse: {ad}\nTlf.: {p}",
        ad=(address(rng, block=rng.random() < 0.5), "ADDRESS"),
        p=(phone(rng), "PHONE"),
    )
    if rng.random() < 0.7:
        d.f(" · E-mail: {m}", m=(email(rng, v.first, v.last), "EMAIL"))
    d.t("\n")
    if rng.random() < 0.7:
        d.f(
            "Anmelders bil: {p} (brugt til kørsel til Western Union)\n",
            p=(plate(rng), "NUMBER_PLATE"),
        )
    d.f(
        "\nGerningspersoner (aliaser):\n1. {t} {n}, WhatsApp {p}, profil {h}",
        t=a.title,
        n=P(f"{a.first} {a.last}"),
        p=(phone(rng, True), "PHONE"),
        h=a.handle,
    )
    if rng.random() < 0.6:
        d.f(", e-mail {m}", m=(email(rng, a.first, a.last), "EMAIL"))
    d.f(
        "\n2. {n}, modtager af overførsel til {i}\n\n",
        n=P(f"{rng.choice(ALIAS_FIRST)} {rng.choice(ALIAS_LAST)}".upper()),
        i=(iban(rng), "IBAN"),
    )
    d.f(
        "Forklaring: {g} mødte gerningspersonen på {app} i {mo}. {h} overførte i alt {amt} fra ",
        g=P(v.form(rng, "first", "full")),
        h="Hun" if v.woman else "Han",
        app=rng.choice(("Tinder", "Facebook Dating")),
        mo=rng.choice(MONTHS[3:10]),
        amt=amount(rng),
    )
    write_account(rng, d)
    d.f(" og købte kryptovaluta for {amt} sendt til wallet {w}.", amt=amount(rng), w=wallet(rng))
    if rng.random() < 0.55:
        d.t(" Anmelder har oplyst kortet ")
        write_card(rng, d, cvv=0.8)
        d.t(" til gerningspersonen.")
    if rng.random() < 0.55:
        d.f(
            " Anmelder har oplyst sit MitID-bruger-ID {u} og engangskoden {o}.",
            u=(mitid(rng, v), "MITID_USER"),
            o=(otp(rng), "OTP"),
        )
    d.f(
        "\n\nAfhørt af: politiassistent {o}. Anmelder kan kontakte politiet på 114.\n",
        o=P(officer.form(rng, "full", "init", "short")),
    )


def nordic_bank_reply(rng: random.Random, d: Doc) -> None:
    swedish = rng.random() < 0.5
    v, staff = Person(rng, 1938, 1995), Person(rng, 1965, 2000)
    mule = f"{rng.choice(NORDIC_FIRST)} {rng.choice(NORDIC_LAST)}"
    nordic_staff = f"{rng.choice(NORDIC_FIRST)} {rng.choice(NORDIC_LAST)}"
    bank = rng.choice(NORDIC_BANKS)
    d.f(
        "{fr}: {b} <{m}>\n{to}: {s} <{sm}>\n",
        fr="Från" if swedish else "Fra",
        b=bank,
        m=(rng.choice(("bedrageri", "fraud.nordic", "svindel")) + "@example.org", "EMAIL"),
        to="Till" if swedish else "Til",
        s=P(staff.form(rng, "full", "short")),
        sm=(email(rng, staff.first, staff.last), "EMAIL"),
    )
    d.f(
        "{e}: SV: Tilbakekall / återkrav – {m}\n\n",
        e="Ämne" if swedish else "Emne",
        m=masked_iban(rng),
    )
    d.f("Hej {n},\n\n", n=P(staff.first))
    if swedish:
        d.f("Tack för ert meddelande om er kund {v}", v=P(v.form(rng, "full", "short")))
        d.f(" (konto ")
        write_account(rng, d)
        d.f(
            "). Vi bekräftar att kontot {i} tillhör {m}, {ad}. Kontot spärrades {dt}. Av "
            "beloppet {amt} återstår {rest}. BIC: {bic}.\n",
            i=(iban(rng, "SE"), "IBAN"),
            m=P(mule),
            ad=(nordic_address(rng, True), "ADDRESS"),
            dt=f"{when(rng):%Y-%m-%d}",
            amt=amount(rng),
            rest=f"SEK {rng.randint(1, 40)} {rng.randint(100, 999)}",
            bic=rng.choice(("HANDSESS", "NDEASESS", "SWEDSESS")),
        )
        d.f("Kontohavaren nås på {p}", p=(f"+46 70 174 06 {rng.randint(5, 99):02d}", "PHONE"))
    else:
        d.f("Takk for henvendelsen om deres kunde {v}", v=P(v.form(rng, "full", "short")))
        if rng.random() < 0.5:
            d.f(", født {b}", b=(dob(rng, v.born), "DATE_OF_BIRTH"))
        d.f(
            ". Kontoen {i} tilhører {m}, {ad}. Kontoen ble sperret {dt}. Av beløpet {amt} "
            "gjenstår {rest}. BIC: {bic}.\n",
            i=(iban(rng, "NO"), "IBAN"),
            m=P(mule),
            ad=(nordic_address(rng, False), "ADDRESS"),
            dt=f"{when(rng):%d.%m.%Y}",
            amt=amount(rng),
            rest=f"NOK {rng.randint(1, 40)}.{rng.randint(100, 999)}",
            bic=rng.choice(("DNBANOKK", "NDEANOKK")),
        )
        d.f("Kontohaveren har oppgitt e-post {p}", p=(email(rng, *mule.split()), "EMAIL"))
    d.f(
        ". Pengarna fördes vidare till {x} ({o}).\n\n"
        if swedish
        else ". Pengene ble videresendt til {x} ({o}).\n\n",
        x=rng.choice(("Binance", "Kraken", "Wise")),
        o=order_id(rng),
    )
    d.f(
        "{h}\n{n}\n{b}\n",
        h="Med vänliga hälsningar" if swedish else "Med vennlig hilsen",
        n=P(nordic_staff),
        b=bank,
    )


WRITERS = {
    "chat_export": chat_export,
    "family_mail": family_mail,
    "interview_note": interview_note,
    "transfer_list": transfer_list,
    "platform_statement": platform_statement,
    "remittance_receipt": remittance_receipt,
    "police_report": police_report,
    "nordic_bank_reply": nordic_bank_reply,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them negatives, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kind == "negative")
            WRITERS[genre](rng, d)
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {"id": f"pb22-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": d.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind22.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
