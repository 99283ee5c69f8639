"""A fourteenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It stresses personal data in the
MACHINE FORMATS a fraud team pastes or exports, twelve genres: JSON webhook bodies (phishing-kit
captures, beneficiary events; pretty and minified, raw UTF-8 and "\\u00f8"-escaped), JSON API
responses (keys "navn", "cpr", "telefon", "adresse", "kontonr", nested objects and arrays),
XML payloads (elements, attributes, "&#248;" character references), SEPA pain.001 snippets
(<Nm>, <AdrLine>, <BirthDt>, <IBAN>, <Ustrd>), MT940 statement lines (:25:, :61:, :86: with
counterparty names transliterated to the SWIFT set, "Soeren Baekgaard"), CSV exports (";" and
"," separated, quoted fields, "Bækgaard, Søren" in one quoted cell), WhatsApp chat exports
(iOS "[05.12.26, 14:03:11] Name: ..." and Android "05.12.2026, 14:03 - Name: ..."; unsaved
senders shown as their number), vCards (N:, FN:, TEL;TYPE=CELL:, ADR:;;street;town;;postcode;DK,
BDAY:), iCalendar (ORGANIZER;CN=...:mailto:..., ATTENDEE, LOCATION with "\\," escapes),
e-mail headers (From: "Name" <addr>, Reply-To, Return-Path, Received lines with documentation
IPs, RFC 2047 "=?UTF-8?Q?...?=" names), application logs (key=value and JSON lines) and SQL
INSERT statements ('' escapes).

Conventions (exact offsets are scored):
- A span is the value only, never the key, quotes, tags, "mailto:" or an encoded-word wrapper
  ("=?UTF-8?Q?" and "?="). An escaped value is labelled as it stands in the text:
  "S\\u00f8ren B\\u00e6kgaard", "S&#248;ren", "S=C3=B8ren_B=C3=A6kgaard", "O''Neill",
  "Kløvermarken 14\\, 2. th." and an address whose line break is the two characters "\\n".
- PERSON is a name as written, without title or role; "Bækgaard, Søren" and "BÆKGAARD, Søren"
  are one span. Name parts in their own fields (JSON "fornavn"/"efternavn", vCard "N:" parts)
  are each a PERSON span. An alias the scammer gives ("Jonas fra Kystbanken") is PERSON, the
  bank is not. Banks, companies, products named like people ("Reol Ingeborg"), placeholders
  ("[NAVN]", "Kunde 2") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side, plus ", postcode
  town" (or "\\n" + postcode town) when they are in the same value. Where postcode and town
  have their own field, element, column or vCard component, only the street value is the span
  and the postcode and town are not labelled.
- CPR is synthetic: a valid birth date, a seventh digit that fits the century (0-3 for the
  1900s, 4 for 2000-2005), and a serial that makes the number FAIL modulus 11; forms
  "DDMMYY-SSSS", "DDMMYYSSSS" and "DD MM YY SSSS". DATE_OF_BIRTH is a full date with a
  four-digit year after "født", "f.", "Fødselsdato:", "DOB:" or "born", or as the value of a
  birth-date field ("foedselsdato", "fødselsdato", "birthDate", "dob", "BDAY:", <BirthDt>);
  every other date and time stamp is never labelled.
- PHONE: Danish numbers (8 digits in mobile and landline ranges, never 70 or 80 here) in the
  forms "+45 20304050", "+45 20 30 40 50", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050" and "+4520304050"; the country code belongs to the span. Foreign
  ones only from ranges reserved for fiction: "+44 7700 900xxx" and "+46 70 174 06 xx" (05-99).
  Organisations' numbers (70/80 lines, 112, 114, 1813) are not PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, the bank's too.
  Message-ID and In-Reply-To values are message identifiers, not addresses: never labelled.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own key, element, column or word, only the account is
  the span. IBAN: valid check digits and the country's length (IBAN_LENGTH), compact in XML and
  JSON, grouped by four or compact elsewhere. CARD: Luhn-valid with a published test prefix
  (TEST_PREFIXES); CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc" or
  "kontrolcifre" or as the value of such a key or column. OTP: a one-time code sent, asked for
  or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish
  plate, "CX 47 118" or in machine fields also compact "CX47118".
- IP addresses (documentation ranges only) are not among the labelled types and stay unlabelled.
- Hard negatives, never labelled: UUIDs, hashes, request and session ids, Message-IDs, order,
  invoice and end-to-end ids, CVR numbers, BICs, amounts, dates and time stamps, masked values
  ("**** **** **** 4242", "424242******4242", "+45 ** ** ** 17", "k***@example.dk",
  "120387-xxxx", "******7890", "DK50XXXXXXXXXX6243"), product names and organisations' 70/80
  and short numbers. Documents of kind "negative" are the same genres after pseudonymisation:
  only such values remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind13 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 13
SIZE = 1000
NEGATIVE_SHARE = 0.35
TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN")
TYPES += ("CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE")
GENRES = (
    "json_webhook",
    "json_api",
    "xml_payload",
    "sepa_pain001",
    "mt940",
    "csv_export",
    "whatsapp",
    "vcard",
    "icalendar",
    "email_headers",
    "app_log",
    "sql_insert",
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75")
LANDLINE += ("76", "86", "87", "89", "96", "97", "98", "99")
TEST_PREFIXES = ("424242", "411111", "401288", "400005", "555555", "510510", "520082", "378282")
TEST_PREFIXES += ("371449", "601111")
IBAN_LENGTH = {"DK": 18, "FO": 18, "GL": 18, "DE": 22, "SE": 24, "NO": 15, "NL": 18, "GB": 22}
IBAN_LENGTH |= {"FR": 27, "PL": 28, "LT": 20, "ES": 24}

FEMALE = ("Ingeborg", "Sølvi", "Tove", "Gry", "Ellen", "Åse", "Birthe", "Dorthe", "Lærke")
FEMALE += ("Signe", "Kirstine", "Rikke", "Trine", "Vibeke", "Ulla", "Jytte", "Nanna", "Freja")
FEMALE += ("Agnete", "Malou", "Bente", "Hanne", "Sørine", "Mathilde", "Karen Marie", "Inger")
MALE = ("Søren", "Bjørn", "Jørgen", "Ove", "Kåre", "Thorkild", "Asbjørn", "Mogens", "Preben")
MALE += ("Torben", "Jens-Ole", "Kasper", "Esben", "Niels", "Frode", "Halfdan", "Vagn", "Bent")
MALE += ("Steffen", "Aksel", "Carl Emil", "Bjarke", "Holger", "Ebbe", "Jørn", "Palle")
SURNAMES = ("Sørensen", "Mølgaard", "Kjær", "Bækgaard", "Damsgaard", "Løvschall", "Thygesen")
SURNAMES += ("Frølund", "Østergaard", "Brøndum", "Vestergaard", "Skøtt", "Holmgaard", "Iversen")
SURNAMES += ("Nørregaard", "Kragelund", "Lundsgaard", "Engstrøm", "Hviid", "Bruun", "Ravn")
SURNAMES += ("Højer", "Krogh-Madsen", "Dalgaard", "Ærenlund", "Abildgaard", "Nyholm", "Winther")
SURNAMES += ("Juhl", "Qvist", "Bødker", "Sølvsten", "Fogh Andersen", "Gjørup", "Tåsinge")
ABROAD: tuple[tuple[str, str, str], ...] = (
    ("Siobhán", "O'Neill", "+44"),
    ("Declan", "O'Brien", "+44"),
    ("Anouk", "D'Hondt", "+44"),
)
ABROAD += (
    ("Aoife", "O'Connor", "+44"),
    ("Matteo", "D'Amico", "+45"),
    ("Linnéa", "Åkerlund", "+46"),
)
ABROAD += (("Pontus", "Sjöberg", "+46"), ("Ahmet", "Doğan", "+45"), ("Łucja", "Wróbel", "+45"))
ABROAD += (("Naja", "Lyberth", "+45"), ("Jóannes", "Joensen", "+45"))
STREETS = ("Kløvermarken", "Æblehaven", "Søndervangen", "Bøgelunden", "Rønnebærvej")
STREETS += ("Skovhøjen", "Fasanstien", "Strandengen", "Møllebakken", "Hvedemarken")
STREETS += ("Lærkevænget", "Gl. Landevej", "Kirkestræde", "Havnegade", "Tjørnevej")
STREETS += ("Ørnebjergvej", "Bryggervangen", "Hyldebærvej", "Nørre Allé", "Sct. Jørgens Gade")
STREETS += ("Åbrinken", "Enghavevej", "Vibeholmsvej", "Tranegårdsvej", "Ellekær")
STREETS += ("Stampemøllevej", "Fjordglimt", "Kildeskovsvej", "Porsevænget", "Gyvelstien")
TOWNS = (
    ("4600", "Køge"),
    ("8600", "Silkeborg"),
    ("5700", "Svendborg"),
    ("2800", "Kongens Lyngby"),
    ("9000", "Aalborg"),
    ("8200", "Aarhus N"),
    ("6700", "Esbjerg"),
    ("4000", "Roskilde"),
    ("7100", "Vejle"),
    ("3000", "Helsingør"),
    ("2300", "København S"),
    ("1620", "København V"),
    ("5000", "Odense C"),
    ("6400", "Sønderborg"),
    ("9800", "Hjørring"),
    ("4700", "Næstved"),
    ("7400", "Herning"),
    ("8900", "Randers C"),
    ("3400", "Hillerød"),
    ("2630", "Taastrup"),
    ("4800", "Nykøbing F"),
    ("6000", "Kolding"),
    ("8700", "Horsens"),
    ("3700", "Rønne"),
    ("9900", "Frederikshavn"),
    ("4300", "Holbæk"),
)
BANKS = ("Kystbanken", "Sparekassen Hedeby", "Andelsbanken Vestkyst", "Ravnsborg Bank")
BANKS += ("Fjordkassen",)
BICS = ("KYSTDKKK", "HEDBDK22", "ANVKDKKK", "RAVNDKKK", "FJRDDK21")
COMPANIES = ("Vestkyst Byg ApS", "Nordlys Energi A/S", "Havbrise Rengøring IVS")
COMPANIES += ("Ravnsborg Ejendomme ApS", "Lysholt Auto A/S")
PRODUCTS = ("Reol Ingeborg", "Sofa Holger", "Lampe Vagn", "Kystbanken Flex+", "Hverdagskonto Plus")
PRODUCTS += ("Spisestol Sølvi", "Fjordkassen Opsparing", "Skrivebord Palle")
ORG_LINES = ("+45 70 20 14 88", "70 33 12 60", "80 20 30 11", "+45 70251190", "80 40 50 60")
ORG_LINES += ("+45 80 88 71 71",)
IP_BLOCKS = ("192.0.2.", "198.51.100.", "203.0.113.")
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
PHONE_FORMS = ("+45 0", "+45 2", "4+4", "(+45) 2", "0045 0", "2", "0", "+450")

FieldEsc = Callable[[str], str]


def plain(value: str) -> str:
    return value


@dataclass(frozen=True)
class Pii:
    kind: str
    value: str


@dataclass(frozen=True)
class Mix:
    """A free-text value made of plain strings and personal data."""

    parts: tuple[str | Pii, ...]


class Doc:
    """Text built piece by piece; personal data either labelled or, in a negative, masked."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.masks: dict[tuple[str, str], str] = {}
        self.length = 0

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def pii(self, kind: str, value: str, esc: FieldEsc = plain) -> None:
        if self.negative:
            key = (kind, value)
            if key not in self.masks:  # one pseudonym per value within a document
                self.masks[key] = mask(self.rng, kind, value)
            self.put(esc(self.masks[key]))
            return
        shown = esc(value)
        self.spans.append({"start": self.length, "end": self.length + len(shown), "type": kind})
        self.put(shown)

    def item(self, part: str | Pii | Mix, esc: FieldEsc = plain) -> None:
        if isinstance(part, Pii):
            self.pii(part.kind, part.value, esc)
        elif isinstance(part, Mix):
            for piece in part.parts:
                self.item(piece, esc)
        else:
            self.put(esc(part))

    def text(self) -> str:
        return "".join(self.parts)


def mask(rng: random.Random, kind: str, value: str) -> str:
    digits = re.sub(r"\D", "", value)
    tail = digits[-2:] if len(digits) >= 2 else "17"
    options: dict[str, tuple[str, ...]] = {
        "PERSON": ("[NAVN]", "Kunde A", "Person 2", "XXXX XXXX", "[REDACTED]", "Kunde 1"),
        "ADDRESS": ("[ADRESSE]", "[adresse fjernet]", "XXXXXXX XX"),
        "CPR": (f"{digits[:6]}-xxxx", "[CPR]", f"{digits[:6]}-****", "XXXXXX-XXXX"),
        "DATE_OF_BIRTH": ("[fødselsdato]", "****-**-**", "XX.XX.XXXX"),
        "PHONE": (f"+45 ** ** ** {tail}", "[TLF]", f"+45XXXXXX{tail}", f"** ** ** {tail}"),
        "EMAIL": ("k***@example.dk", "[e-mail]", "m****@example.net", "[EMAIL]"),
        "BANK_ACCOUNT": (f"******{digits[-4:]}", "[KONTO]", f"XXXX-XXXXXX{digits[-4:]}"),
        "IBAN": (f"{value[:4]}XXXXXXXXXX{digits[-4:]}", "[IBAN]", f"{value[:4]} **** **** **"),
        "CARD": (f"**** **** **** {digits[-4:]}", f"{digits[:6]}******{digits[-4:]}", "[KORT]"),
        "CARD_EXPIRY": ("**/**", "XX/XX"),
        "CARD_CVV": ("***", "[CVC]"),
        "OTP": ("******", "[KODE]", "XXXXXX"),
        "MITID_USER": ("[MITID]", f"{value[:1]}*****{tail}"),
        "NUMBER_PLATE": ("[NUMMERPLADE]", "XX XX XXX"),
    }
    return rng.choice(options[kind])


def ascii_fold(text: str) -> str:
    pairs = (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa"))
    for a, b in (*pairs, ("Ł", "L"), ("ł", "l"), ("ı", "i")):
        text = text.replace(a, b)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def no_long_digits(make: Callable[[], str]) -> str:
    while True:
        value = make()
        if not re.search(r"\d{10}", value):
            return value


def hexid(rng: random.Random, n: int) -> str:
    return no_long_digits(lambda: "".join(rng.choice("0123456789abcdef") for _ in range(n)))


def uuid(rng: random.Random) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def b64(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return no_long_digits(lambda: "".join(rng.choice(alphabet) for _ in range(n)))


def stamp(rng: random.Random) -> datetime:
    start = datetime(2026, 11, 2, 6, 0, 0)
    return start + timedelta(seconds=rng.randrange(33 * 86400))


def iban(rng: random.Random, country: str, bban: str | None = None) -> str:
    length = IBAN_LENGTH[country]
    if bban is None:
        if country in ("GB", "NL"):
            bank = rng.choice(("NWBK", "MIDL", "BARC") if country == "GB" else ("ABNA", "RABO"))
            bban = bank + "".join(rng.choice("0123456789") for _ in range(length - 8))
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def luhn_card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for position, char in enumerate(reversed(body)):
        doubled = int(char) * (1 if position % 2 else 2)
        total += doubled - 9 if doubled > 9 else doubled
    return body + str((10 - total % 10) % 10)


def card_text(rng: random.Random, pan: str, compact: bool) -> str:
    if compact:
        return pan
    if len(pan) == 15:
        return f"{pan[:4]} {pan[4:10]} {pan[10:]}"
    return grouped(pan)


def cpr_digits(rng: random.Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    seventh = 4 if born.year >= 2000 else rng.randrange(4)
    while True:
        serial = f"{seventh}{rng.randrange(1000):03d}"
        digits = head + serial
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def cpr_text(digits: str, form: str) -> str:
    if form == "dash":
        return f"{digits[:6]}-{digits[6:]}"
    if form == "space":
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    return digits


def phone_text(digits: str, form: str) -> str:
    spaced = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return {
        "+45 0": f"+45 {digits}",
        "+45 2": f"+45 {spaced}",
        "4+4": f"{digits[:4]} {digits[4:]}",
        "(+45) 2": f"(+45) {spaced}",
        "0045 0": f"0045 {digits}",
        "2": spaced,
        "0": digits,
        "+450": f"+45{digits}",
    }[form]


@dataclass
class Person:
    given: str
    surname: str
    born: date
    cpr: str
    street: str
    postcode: str
    town: str
    email: str
    phone: str
    reg: str
    account: str
    iban: str
    pan: str
    expiry: str
    cvv: str
    mitid: str
    plate: str

    def name(self, style: str = "full") -> str:
        if style == "reg":
            return f"{self.surname}, {self.given}"
        if style == "upper":
            return f"{self.surname.upper()}, {self.given}"
        if style == "given":
            return self.given
        return f"{self.given} {self.surname}"


def make_person(rng: random.Random) -> Person:
    code = "+45"
    if rng.random() < 0.12:
        given, surname, code = rng.choice(ABROAD)
    else:
        given = rng.choice(FEMALE + MALE)
        surname = rng.choice(SURNAMES)
        if rng.random() < 0.15:
            surname = f"{rng.choice(SURNAMES)}-{surname}" if "-" not in surname else surname
    born = date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 68))
    house = f"{rng.randrange(1, 140)}{rng.choice(['', '', '', 'A', 'B', 'C'])}"
    floor = rng.choice(["", "", "", ", st.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 4. 12"])
    postcode, town = rng.choice(TOWNS)
    local = ascii_fold(f"{given.split()[0]}.{surname}".lower()).replace("'", "").replace(" ", "")
    local = rng.choice([local, local.replace(".", ""), f"{local[:1]}{local.split('.')[-1]}"])
    local += rng.choice(["", "", str(born.year % 100), str(rng.randrange(2, 99))])
    if code == "+44":
        phone = f"+44 7700 900{rng.randrange(1000):03d}"
    elif code == "+46":
        phone = f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    else:
        phone = rng.choice(MOBILE * 3 + LANDLINE) + f"{rng.randrange(1000000):06d}"
    country = "DK" if rng.random() < 0.6 else rng.choice(sorted(IBAN_LENGTH))
    reg = f"{rng.randrange(1000, 9990)}"
    account = f"{rng.randrange(10**9):0{rng.choice([7, 8, 10, 10])}d}"[-10:]
    bban = reg + account.rjust(10, "0")
    year = rng.randrange(27, 32)
    letters = "ABCDEFGHJKLMNPRSTUVXYZ"
    return Person(
        given=given,
        surname=surname,
        born=born,
        cpr=cpr_digits(rng, born),
        street=f"{rng.choice(STREETS)} {house}{floor}",
        postcode=postcode,
        town=town,
        email=f"{local}@{rng.choice(DOMAINS)}",
        phone=phone,
        reg=reg,
        account=account,
        iban=iban(rng, "DK", bban) if country == "DK" else iban(rng, country),
        pan=luhn_card(rng),
        expiry=f"{rng.randrange(1, 13):02d}/" + rng.choice([f"{year}", f"20{year}"]),
        cvv=f"{rng.randrange(1000):03d}",
        mitid=re.sub("[^a-z]", "", ascii_fold(given.split()[0].lower()))
        + str(rng.randrange(10, 9999)),
        plate=f"{rng.choice(letters)}{rng.choice(letters)} {rng.randrange(10, 100)} "
        f"{rng.randrange(100, 1000)}",
    )


class Kit:
    """Per-document helpers: rendered personal data and machine noise."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def phone(self, p: Person, forms: tuple[str, ...] = PHONE_FORMS) -> Pii:
        if not p.phone.isdigit():
            return Pii("PHONE", p.phone)
        return Pii("PHONE", phone_text(p.phone, self.rng.choice(forms)))

    def cpr(self, p: Person, forms: tuple[str, ...] = ("dash", "plain", "space")) -> Pii:
        return Pii("CPR", cpr_text(p.cpr, self.rng.choice(forms)))

    def dob(self, p: Person, iso: bool = True) -> Pii:
        forms = ["%Y-%m-%d"] if iso else ["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"]
        return Pii("DATE_OF_BIRTH", p.born.strftime(self.rng.choice(forms)))

    def address(self, p: Person, whole: bool, newline: str = "\n") -> Pii:
        if not whole:
            return Pii("ADDRESS", p.street)
        sep = self.rng.choice([", ", newline])
        return Pii("ADDRESS", f"{p.street}{sep}{p.postcode} {p.town}")

    def account(self, p: Person) -> Pii:
        return Pii("BANK_ACCOUNT", f"{p.reg}{self.rng.choice('- ')}{p.account}")

    def iban(self, p: Person, compact: bool = True) -> Pii:
        return Pii("IBAN", p.iban if compact else grouped(p.iban))

    def card(self, p: Person, compact: bool | None = None) -> Pii:
        flat = self.rng.random() < 0.5 if compact is None else compact
        return Pii("CARD", card_text(self.rng, p.pan, flat))

    def plate(self, p: Person, machine: bool = True) -> Pii:
        squeeze = machine and self.rng.random() < 0.3
        return Pii("NUMBER_PLATE", p.plate.replace(" ", "") if squeeze else p.plate)

    def otp(self) -> Pii:
        return Pii(
            "OTP",
            f"{self.rng.randrange(10**6):06d}"
            if self.rng.random() < 0.7
            else f"{self.rng.randrange(10**8):08d}",
        )

    def customer(self, p: Person, name: str, cpr: Pii, iso: bool) -> list[str | Pii]:
        """A register row: name, CPR, birth date, phone, e-mail, street, postcode, town, reg.nr.
        and account, each in its own column."""
        contact = [self.dob(p, iso), self.phone(p), Pii("EMAIL", p.email), self.address(p, False)]
        return [
            Pii("PERSON", name),
            cpr,
            *contact,
            p.postcode,
            p.town,
            p.reg,
            Pii("BANK_ACCOUNT", p.account),
        ]

    def amount(self, dot: bool = True) -> str:
        value = f"{self.rng.randrange(50, 90000)}.{self.rng.choice(['00', '50', '95', '25'])}"
        return value if dot else value.replace(".", ",")

    def ts(self, fmt: str = "%Y-%m-%dT%H:%M:%SZ") -> str:
        return stamp(self.rng).strftime(fmt)

    def ip(self) -> str:
        return f"{self.rng.choice(IP_BLOCKS)}{self.rng.randrange(1, 255)}"

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def order(self) -> str:
        return (
            self.rng.choice(["ORD", "INV", "FAK", "SO"]) + f"-2026-{self.rng.randrange(10**5):05d}"
        )

    def cvr(self) -> str:
        return f"CVR {self.rng.randrange(10**7, 10**8)}"

    def masked_card(self) -> str:
        pan = luhn_card(self.rng)
        return self.rng.choice([f"**** **** **** {pan[-4:]}", f"{pan[:6]}******{pan[-4:]}"])


# ---------------------------------------------------------------- JSON and XML writers


def json_esc(ascii_only: bool) -> FieldEsc:
    return lambda value: json.dumps(value, ensure_ascii=ascii_only)[1:-1]


def emit_json(d: Doc, obj: object, esc: FieldEsc, indent: int, level: int = 0) -> None:
    pad = "\n" + " " * indent * (level + 1) if indent else ""
    if isinstance(obj, dict | list) and not obj:
        d.put("{}" if isinstance(obj, dict) else "[]")
    elif isinstance(obj, dict):
        d.put("{")
        for i, (key, value) in enumerate(obj.items()):
            d.put(("," if i else "") + pad + f'"{esc(key)}"' + (": " if indent else ":"))
            emit_json(d, value, esc, indent, level + 1)
        d.put(("\n" + " " * indent * level if indent else "") + "}")
    elif isinstance(obj, list):
        d.put("[")
        for i, value in enumerate(obj):
            d.put(("," if i else "") + pad)
            emit_json(d, value, esc, indent, level + 1)
        d.put(("\n" + " " * indent * level if indent else "") + "]")
    elif isinstance(obj, str | Pii | Mix):
        d.put('"')
        d.item(obj, esc)
        d.put('"')
    else:
        d.put(json.dumps(obj))


def xml_esc(numeric: bool) -> FieldEsc:
    def esc(value: str) -> str:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        value = value.replace('"', "&quot;")
        if numeric:
            value = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in value)
        return value

    return esc


Node = tuple  # (tag, content, attrs): content is a list of nodes, a str, Pii or Mix


def emit_xml(d: Doc, node: Node, esc: FieldEsc, indent: int, level: int = 0) -> None:
    tag, content = node[0], node[1]
    attrs: dict = node[2] if len(node) > 2 else {}
    pad = " " * indent * level if indent else ""
    d.put(f"{pad}<{tag}")
    for key, value in attrs.items():
        d.put(f' {key}="')
        d.item(value, esc)
        d.put('"')
    if isinstance(content, list):
        d.put(">" + ("\n" if indent else ""))
        for child in content:
            emit_xml(d, child, esc, indent, level + 1)
        d.put(f"{pad}</{tag}>" + ("\n" if indent else ""))
    elif content is None:
        d.put("/>" + ("\n" if indent else ""))
    else:
        d.put(">")
        d.item(content, esc)
        d.put(f"</{tag}>" + ("\n" if indent else ""))


# ---------------------------------------------------------------- genres


def g_json_webhook(d: Doc, k: Kit, rng: random.Random) -> None:
    p, q = make_person(rng), make_person(rng)
    esc = json_esc(rng.random() < 0.5)
    indent = rng.choice([0, 2, 2, 4])
    if rng.random() < 0.55:
        fields: dict = {
            "fullName": Pii("PERSON", p.name()),
            "cpr": k.cpr(p, ("plain", "dash")),
            "mobil": k.phone(p, ("+450", "0", "+45 0")),
            "email": Pii("EMAIL", p.email),
        }
        if rng.random() < 0.75:
            fields["card"] = {
                "number": k.card(p),
                "exp": Pii("CARD_EXPIRY", p.expiry),
                rng.choice(["cvv", "cvc", "kontrolcifre"]): Pii("CARD_CVV", p.cvv),
                "holder": Pii("PERSON", p.name().upper() if rng.random() < 0.3 else p.name()),
            }
        if rng.random() < 0.6:
            fields["mitid"] = {"brugerid": Pii("MITID_USER", p.mitid), "otp": k.otp()}
        if rng.random() < 0.4:
            fields["foedselsdato"] = k.dob(p)
        body: dict = {
            "kit": rng.choice(["kyst-login-v3", "nemid-replica", "pakke-gebyr"]),
            "capture_id": uuid(rng),
            "captured_at": k.ts(),
            "client": {
                "ip": k.ip(),
                "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)",
            },
            "fields": fields,
        }
    else:
        body = {
            "event": rng.choice(["beneficiary.created", "payment.initiated", "payee.updated"]),
            "id": f"evt_{hexid(rng, 24)}",
            "created": k.ts(),
            "livemode": False,
            "data": {
                "object": {
                    "beneficiary": {
                        "navn": Pii("PERSON", q.name()),
                        "iban": k.iban(q),
                        "adresse": k.address(q, True, "\n"),
                    },
                    "debtor": {
                        "fornavn": Pii("PERSON", p.given),
                        "efternavn": Pii("PERSON", p.surname),
                        "regnr": p.reg,
                        "kontonr": Pii("BANK_ACCOUNT", p.account),
                        "telefon": k.phone(p),
                    },
                    "amount": {"value": k.amount(), "currency": rng.choice(["DKK", "EUR"])},
                    "reference": k.order(),
                    "message": Mix(
                        ("Depositum ", k.address(q, False), " til ", Pii("PERSON", q.given))
                    ),
                }
            },
            "support": k.org_line(),
        }
    emit_json(d, body, esc, indent)


def g_json_api(d: Doc, k: Kit, rng: random.Random) -> None:
    p = make_person(rng)
    esc = json_esc(rng.random() < 0.5)
    split = rng.random() < 0.5
    address: object = (
        {"vej": k.address(p, False), "postnr": p.postcode, "by": p.town}
        if split
        else k.address(p, True, "\n")
    )
    kunde: dict = {
        "kundeId": rng.randrange(10**5, 10**7),
        "navn": Pii("PERSON", p.name(rng.choice(["full", "full", "reg"]))),
        "cpr": k.cpr(p, ("plain", "dash")),
        rng.choice(["fødselsdato", "foedselsdato", "birthDate", "dob"]): k.dob(p),
        "telefon": k.phone(p),
        "email": Pii("EMAIL", p.email),
        "adresse": address,
        "konti": [
            {"type": "IBAN", "iban": k.iban(p)},
            {
                "regnr": p.reg,
                "kontonr": Pii("BANK_ACCOUNT", p.account),
                "produkt": rng.choice(PRODUCTS),
            },
        ],
        "oprettet": k.ts(),
    }
    if rng.random() < 0.6:
        r = make_person(rng)
        kunde["relationer"] = [
            {
                "rolle": rng.choice(["datter", "søn", "værge", "fuldmagtshaver"]),
                "navn": Pii("PERSON", r.name()),
                "telefon": k.phone(r),
                "mitidBrugerId": Pii("MITID_USER", r.mitid),
            },
        ]
    if rng.random() < 0.5:
        kunde["koeretoejer"] = [{"nummerplade": k.plate(p), "maerke": "Skoda", "aargang": 2019}]
    if rng.random() < 0.35:
        kunde["kort"] = {
            "pan": k.card(p, True),
            "udloeb": Pii("CARD_EXPIRY", p.expiry),
            "cvc": Pii("CARD_CVV", p.cvv),
        }
    if rng.random() < 0.3:
        kunde["sms"] = {"to": k.phone(p, ("+450",)), "body": Mix(("Din engangskode er ", k.otp()))}
    body = {
        "status": "ok",
        "requestId": uuid(rng),
        "result": {"kunde": kunde, "hotline": k.org_line()},
        "meta": {"page": 1, "size": 1, "hash": hexid(rng, 40)},
    }
    emit_json(d, body, esc, rng.choice([0, 2, 2]))


def g_xml_payload(d: Doc, k: Kit, rng: random.Random) -> None:
    p, r = make_person(rng), make_person(rng)
    esc = xml_esc(rng.random() < 0.6)
    indent = rng.choice([0, 2, 2])
    if rng.random() < 0.5:
        adresse: Node = (
            "adresse",
            [("vej", k.address(p, False)), ("postnr", p.postcode), ("by", p.town)],
        )
    else:
        adresse = ("adresse", k.address(p, True, ", "))
    kunde: list = [
        ("navn", Pii("PERSON", p.name())),
        ("cpr", k.cpr(p, ("plain", "dash"))),
        ("foedselsdato", k.dob(p, rng.random() < 0.5)),
        adresse,
        ("kontakt", [("telefon", k.phone(p)), ("email", Pii("EMAIL", p.email))]),
        ("konto", Pii("BANK_ACCOUNT", p.account), {"regnr": p.reg}),
    ]
    if rng.random() < 0.5:
        kunde.append(("koeretoej", None, {"nummerplade": k.plate(p), "stelnr": hexid(rng, 8)}))
    if rng.random() < 0.3:
        kunde.append(
            (
                "betalingskort",
                [
                    ("pan", k.card(p)),
                    ("udloeb", Pii("CARD_EXPIRY", p.expiry)),
                    ("cvc", Pii("CARD_CVV", p.cvv)),
                ],
            )
        )
    kunde.append(
        (
            "relation",
            None,
            {"type": "kontaktperson", "navn": Pii("PERSON", r.name()), "tlf": k.phone(r)},
        )
    )
    root: Node = (
        "svar",
        [
            ("sagsnr", f"SAG-2026-{rng.randrange(10**6):06d}"),
            ("kunde", kunde, {"id": str(rng.randrange(10**6))}),
            ("kundeservice", k.org_line()),
        ],
        {"xmlns": "urn:vaern:kyc:1"},
    )
    d.put('<?xml version="1.0" encoding="UTF-8"?>' + ("\n" if indent else ""))
    emit_xml(d, root, esc, indent)


def g_sepa(d: Doc, k: Kit, rng: random.Random) -> None:
    p, q = make_person(rng), make_person(rng)
    esc = xml_esc(False)
    lines = (
        [("AdrLine", k.address(p, False)), ("AdrLine", f"{p.postcode} {p.town}")]
        if rng.random() < 0.5
        else [("AdrLine", k.address(p, True, ", "))]
    )
    dbtr: list = [("Nm", Pii("PERSON", p.name())), ("PstlAdr", [*lines, ("Ctry", "DK")])]
    if rng.random() < 0.5:
        dbtr.append(
            (
                "Id",
                [
                    (
                        "PrvtId",
                        [
                            (
                                "DtAndPlcOfBirth",
                                [
                                    ("BirthDt", k.dob(p)),
                                    ("CityOfBirth", p.town),
                                    ("CtryOfBirth", "DK"),
                                ],
                            )
                        ],
                    )
                ],
            )
        )
    ustrd = rng.choice(
        [
            Mix(("Depositum ", k.address(q, False), " ", Pii("PERSON", q.name()))),
            Mix(("Faktura ", k.order(), " betalt af ", Pii("PERSON", p.name()))),
            Mix(("Laan tilbage til ", Pii("PERSON", q.given), " tlf ", k.phone(q, ("0", "2")))),
        ]
    )
    tx: Node = (
        "CdtTrfTxInf",
        [
            ("PmtId", [("EndToEndId", f"E2E{hexid(rng, 12).upper()}")]),
            ("Amt", [("InstdAmt", k.amount(), {"Ccy": rng.choice(["DKK", "EUR"])})]),
            ("CdtrAgt", [("FinInstnId", [("BICFI", rng.choice(BICS) + "XXX")])]),
            ("Cdtr", [("Nm", Pii("PERSON", q.name(rng.choice(["full", "upper"]))))]),
            ("CdtrAcct", [("Id", [("IBAN", k.iban(q))])]),
            ("RmtInf", [("Ustrd", ustrd)]),
        ],
    )
    doc: Node = (
        "Document",
        [
            (
                "CstmrCdtTrfInitn",
                [
                    (
                        "GrpHdr",
                        [
                            ("MsgId", f"MSG-{k.ts('%Y%m%d')}-{rng.randrange(10**4):04d}"),
                            ("CreDtTm", k.ts("%Y-%m-%dT%H:%M:%S")),
                            ("NbOfTxs", "1"),
                            ("InitgPty", [("Nm", Pii("PERSON", p.name()))]),
                        ],
                    ),
                    (
                        "PmtInf",
                        [
                            ("PmtInfId", f"PMT-{hexid(rng, 10).upper()}"),
                            ("PmtMtd", "TRF"),
                            ("ReqdExctnDt", [("Dt", k.ts("%Y-%m-%d"))]),
                            ("Dbtr", dbtr),
                            ("DbtrAcct", [("Id", [("IBAN", k.iban(p))])]),
                            ("DbtrAgt", [("FinInstnId", [("BICFI", rng.choice(BICS))])]),
                            tx,
                        ],
                    ),
                ],
            )
        ],
        {"xmlns": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"},
    )
    d.put('<?xml version="1.0" encoding="UTF-8"?>\n')
    emit_xml(d, doc, esc, rng.choice([1, 2, 2]))


def g_mt940(d: Doc, k: Kit, rng: random.Random) -> None:
    p = make_person(rng)
    when = stamp(rng)
    d.put(f":20:STMT{when:%y%m%d}-{rng.randrange(10**4):04d}\n:25:")
    d.item(k.iban(p) if rng.random() < 0.6 else k.account(p))
    balance = rng.randrange(1000, 90000)
    d.put(f"\n:28C:{rng.randrange(1, 400):05d}/001\n:60F:C{when:%y%m%d}DKK{balance},00\n")
    for _ in range(rng.randrange(2, 5)):
        q = make_person(rng)
        day = when + timedelta(days=rng.randrange(3))
        sign = rng.choice("DC")
        d.put(f":61:{day:%y%m%d}{sign}{k.amount(False)}NTRFNONREF//TX{rng.randrange(10**6)}\n:86:")
        name = ascii_fold(q.name())
        name = name.upper() if rng.random() < 0.3 else name
        if rng.random() < 0.5:
            d.put("/TRCD/00100/NAME/")
            d.pii("PERSON", name)
            d.put("/IBAN/")
            d.item(k.iban(q))
            d.put(f"/REMI/{rng.choice(['Husleje dec', 'Laan', 'Depositum', 'Faktura 4411'])}\n")
        else:
            d.put(rng.choice(["Overfoersel fra ", "Overfoersel til ", "MobilePay "]))
            d.pii("PERSON", name)
            if rng.random() < 0.6:
                d.put(" konto ")
                d.item(k.account(q))
            else:
                d.put(" mobil ")
                d.item(k.phone(q, ("0", "2")))
            d.put(f" ref {k.order()}\n")
    d.put(f":62F:C{when:%y%m%d}DKK{balance + rng.randrange(-900, 900)},00\n-")


def csv_cell(d: Doc, value: str | Pii, sep: str, always: bool) -> None:
    raw = value.value if isinstance(value, Pii) else value
    quote = always or sep in raw or '"' in raw or "\n" in raw
    if quote:
        d.put('"')
    d.item(value, lambda v: v.replace('"', '""'))
    if quote:
        d.put('"')


def g_csv(d: Doc, k: Kit, rng: random.Random) -> None:
    sep = rng.choice([";", ";", ","])
    always = rng.random() < 0.4
    layout = rng.choice(["kunder", "betalinger", "kort"])
    heads = {
        "kunder": [
            "kunde_id",
            "navn",
            "cpr",
            "foedselsdato",
            "telefon",
            "email",
            "adresse",
            "postnr",
            "by",
            "regnr",
            "kontonr",
            "nummerplade",
            "mitid_bruger",
        ],
        "betalinger": ["dato", "beloeb", "modtager", "konto", "iban", "tekst", "ordre"],
        "kort": ["tidspunkt", "kortholder", "kortnummer", "udloeb", "cvc", "otp", "telefon"],
    }[layout]
    d.put(sep.join(heads) + "\n")
    for _ in range(rng.randrange(2, 6)):
        p = make_person(rng)
        row: list[str | Pii] = {
            "kunder": lambda p=p: [
                str(rng.randrange(10**5)),
                *k.customer(p, p.name(rng.choice(["full", "reg", "upper"])), k.cpr(p), False),
                k.plate(p),
                Pii("MITID_USER", p.mitid),
            ],
            "betalinger": lambda p=p: [
                k.ts("%d-%m-%Y"),
                k.amount(sep != ","),
                Pii("PERSON", p.name()),
                k.account(p),
                k.iban(p, rng.random() < 0.5),
                rng.choice(["Laan", "Husleje", "Depositum", "Gave"]),
                k.order(),
            ],
            "kort": lambda p=p: [
                k.ts("%Y-%m-%d %H:%M"),
                Pii("PERSON", p.name()),
                k.card(p),
                Pii("CARD_EXPIRY", p.expiry),
                Pii("CARD_CVV", p.cvv),
                k.otp(),
                k.phone(p),
            ],
        }[layout]()
        for i, cell in enumerate(row):
            if i:
                d.put(sep)
            csv_cell(d, cell, sep, always)
        d.put("\n")
    d.put(f"# eksporteret {k.ts()} af analytiker, support {k.org_line()}")


def g_whatsapp(d: Doc, k: Kit, rng: random.Random) -> None:
    p, s = make_person(rng), make_person(rng)
    ios = rng.random() < 0.5
    when = stamp(rng)
    alias = rng.choice(MALE + FEMALE)
    bank = rng.choice(BANKS)
    saved = rng.random() < 0.5
    scammer: Pii = (
        Pii("PERSON", s.name())
        if saved
        else Pii("PHONE", s.phone if not s.phone.isdigit() else phone_text(s.phone, "+45 2"))
    )

    def line(who: Pii, parts: tuple[str | Pii, ...]) -> None:
        nonlocal when
        when += timedelta(seconds=rng.randrange(5, 240))
        d.put(f"[{when:%d.%m.%y, %H:%M:%S}] " if ios else f"{when:%d.%m.%Y, %H:%M} - ")
        d.item(who)
        d.put(": ")
        d.item(Mix(parts))
        d.put("\n")

    me = Pii("PERSON", p.name())
    line(
        scammer,
        (
            "Hej ",
            Pii("PERSON", p.given),
            ", det er ",
            Pii("PERSON", alias),
            " fra ",
            bank,
            "s svindelafdeling. Vi har stoppet en betaling på ",
            k.amount(False),
            " kr.",
        ),
    )
    line(me, ("Hvad? Jeg har ikke lavet nogen betaling. Ring mig op på ", k.phone(p)))
    line(scammer, ("Bekræft venligst dit CPR-nummer og din adresse",))
    line(me, (k.cpr(p), " og ", k.address(p, True, ", ")))
    if rng.random() < 0.6:
        line(scammer, ("Tak. Du får nu en kode på SMS, læs den op for mig",))
        line(me, ("Koden er ", k.otp()))
    if rng.random() < 0.5:
        line(scammer, ("Vi skal også bruge kortet for at spærre det",))
        line(
            me,
            (
                k.card(p, False),
                " udløb ",
                Pii("CARD_EXPIRY", p.expiry),
                " ",
                rng.choice(["cvc", "CVV", "kontrolcifre"]),
                " ",
                Pii("CARD_CVV", p.cvv),
            ),
        )
    if rng.random() < 0.5:
        line(
            scammer,
            ("Overfør saldoen til sikker konto ", k.account(s), " eller IBAN ", k.iban(s, False)),
        )
    if rng.random() < 0.4:
        line(me, ("Mit MitID bruger-id er ", Pii("MITID_USER", p.mitid)))
    if rng.random() < 0.3:
        line(me, ("Min bil er også registreret hos jer, ", k.plate(p, False)))
    when += timedelta(seconds=30)
    d.put(f"\u200e[{when:%d.%m.%y, %H:%M:%S}] " if ios else f"{when:%d.%m.%Y, %H:%M} - ")
    d.item(me)
    d.put(
        f": \u200e<vedhæftet: {rng.randrange(10**7, 10**8)}-PHOTO-{when:%Y-%m-%d-%H-%M-%S}.jpg>"
        f"\n{bank} ringer aldrig og beder om koder. Spærring: {k.org_line()}"
    )


def g_vcard(d: Doc, k: Kit, rng: random.Random) -> None:
    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")

    for n in range(rng.randrange(1, 4)):
        p = make_person(rng)
        if n:
            d.put("\n")
        d.put(f"BEGIN:VCARD\nVERSION:{rng.choice(['3.0', '4.0'])}\nN:")
        d.pii("PERSON", p.surname, esc)
        d.put(";")
        d.pii("PERSON", p.given, esc)
        d.put(";;;\nFN:")
        d.pii("PERSON", p.name(), esc)
        d.put(f"\nTEL;TYPE={rng.choice(['CELL', 'cell', 'HOME,VOICE'])}:")
        d.item(k.phone(p))
        if rng.random() < 0.4:
            d.put(f"\nTEL;TYPE=WORK:{k.org_line()}\nORG:{rng.choice(BANKS)}")
        d.put("\nEMAIL;TYPE=INTERNET:")
        d.pii("EMAIL", p.email)
        d.put(f"\nADR;TYPE={rng.choice(['HOME', 'home'])}:;;")
        d.item(k.address(p, False), esc)
        d.put(f";{esc(p.town)};;{p.postcode};DK")
        if rng.random() < 0.6:
            d.put("\nBDAY:")
            d.item(k.dob(p))
        if rng.random() < 0.4:
            d.put("\nNOTE:")
            d.item(
                rng.choice(
                    [
                        Mix(("Konto ", k.account(p), " - betaler altid via MobilePay")),
                        Mix(("Bil: ", k.plate(p, False))),
                        Mix(("CPR ", k.cpr(p), " jf. lejekontrakt")),
                    ]
                ),
                esc,
            )
        d.put(f"\nUID:urn:uuid:{uuid(rng)}\nREV:{k.ts('%Y%m%dT%H%M%SZ')}\nEND:VCARD")


def g_icalendar(d: Doc, k: Kit, rng: random.Random) -> None:
    def esc(value: str) -> str:
        return (
            value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
        )

    p, q = make_person(rng), make_person(rng)
    start = stamp(rng)
    d.put(
        "BEGIN:VCALENDAR\nPRODID:-//Kystbanken//Møder 2.1//DA\nVERSION:2.0\nMETHOD:REQUEST\n"
        f"BEGIN:VEVENT\nUID:{uuid(rng)}\nDTSTAMP:{k.ts('%Y%m%dT%H%M%SZ')}\n"
        f"DTSTART;TZID=Europe/Copenhagen:{start:%Y%m%dT%H%M%S}\n"
        f"DTEND;TZID=Europe/Copenhagen:{start + timedelta(hours=1):%Y%m%dT%H%M%S}\nSUMMARY:"
    )
    d.item(
        rng.choice(
            [
                Mix(("Fremvisning - ", Pii("PERSON", p.name()))),
                Mix(("Sagsmøde vedr. ", Pii("PERSON", q.name()))),
                "Fremvisning af lejlighed",
            ]
        ),
        esc,
    )
    quoted = rng.random() < 0.4
    d.put("\nORGANIZER;CN=" + ('"' if quoted else ""))
    d.pii("PERSON", p.name(), plain if quoted else esc)
    d.put(('"' if quoted else "") + ":mailto:")
    d.pii("EMAIL", p.email)
    d.put("\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=")
    d.pii("PERSON", q.name(), esc)
    d.put(":mailto:")
    d.pii("EMAIL", q.email)
    d.put("\nLOCATION:")
    d.item(k.address(p, True, "\n"), esc)
    d.put("\nDESCRIPTION:")
    d.item(
        Mix(
            (
                "Ring på ",
                k.phone(p),
                " ved ankomst.\n",
                "Depositum til konto ",
                k.account(p),
                " senest dagen før. Hotline ",
                k.org_line(),
            )
        ),
        esc,
    )
    d.put("\nEND:VEVENT\nEND:VCALENDAR")


def qp_word(value: str) -> str:
    out = []
    for c in value:
        if c == " ":
            out.append("_")
        elif ord(c) < 128 and c not in "=?_":
            out.append(c)
        else:
            out.extend(f"={b:02X}" for b in c.encode())
    return "".join(out)


def g_email(d: Doc, k: Kit, rng: random.Random) -> None:
    p, q = make_person(rng), make_person(rng)
    bank = rng.choice(BANKS)
    host = rng.choice(["mail-out.example.net", "smtp.example.com", "mx2.example.org"])
    d.put("Return-Path: <")
    d.pii("EMAIL", p.email)
    d.put(
        f">\nReceived: from {host} ({host} [{k.ip()}])\n\tby mx1.example.dk (Postfix) with "
        f"ESMTPS id {b64(rng, 14)}\n\tfor <"
    )
    d.pii("EMAIL", q.email)
    d.put(
        f">; {k.ts('%a, %d %b %Y %H:%M:%S +0100')}\nX-Originating-IP: [{k.ip()}]\n"
        f"Authentication-Results: mx1.example.dk; spf=softfail smtp.mailfrom="
    )
    d.pii("EMAIL", p.email)
    d.put(
        f"; dkim=none\nDKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=s1; "
        f"bh={b64(rng, 43)}=;\nFrom: "
    )
    encoded = not d.negative and any(ord(c) > 127 for c in p.name()) and rng.random() < 0.8
    if encoded:
        d.put("=?UTF-8?Q?")
        d.pii("PERSON", qp_word(p.name()))
        d.put("?= <")
    else:
        d.put('"')
        d.pii("PERSON", p.name(rng.choice(["full", "reg"])))
        d.put('" <')
    d.pii("EMAIL", p.email)
    d.put(f'>\nReply-To: "{bank} Sikkerhed" <')
    d.pii("EMAIL", f"sikkerhed.{rng.randrange(10, 99)}@{rng.choice(DOMAINS)}")
    d.put('>\nTo: "')
    d.pii("PERSON", q.name())
    d.put('" <')
    d.pii("EMAIL", q.email)
    d.put(
        f">\nSubject: =?UTF-8?B?{b64(rng, 24)}?=\nDate: {k.ts('%a, %d %b %Y %H:%M:%S +0100')}"
        f"\nMessage-ID: <{hexid(rng, 16).upper()}.{rng.randrange(10**5)}@{host}>\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"\n\n'
    )
    d.item(
        rng.choice(
            [
                Mix(
                    (
                        "Kære ",
                        Pii("PERSON", q.given),
                        "\nDin konto er spærret. Ring til os på ",
                        k.phone(p),
                        " eller bekræft dit CPR ",
                        k.cpr(p, ("dash",)),
                        " via linket.",
                    )
                ),
                Mix(
                    (
                        "Hej ",
                        Pii("PERSON", q.given),
                        ", husk depositum til ",
                        k.account(p),
                        " inden fremvisningen på ",
                        Pii("ADDRESS", f"{p.street}\n{p.postcode} {p.town}"),
                        ".",
                    )
                ),
                Mix(
                    (
                        "Hej. Betal fakturaen til IBAN ",
                        k.iban(p, False),
                        ". Mvh ",
                        Pii("PERSON", p.name()),
                        ", ",
                        k.phone(p),
                    )
                ),
            ]
        )
    )
    d.put(f"\n\n{bank} | Hotline {k.org_line()} | {k.cvr()}")


def g_app_log(d: Doc, k: Kit, rng: random.Random) -> None:
    p, q = make_person(rng), make_person(rng)
    when = stamp(rng)
    lines: list[tuple[str, tuple[str | Pii, ...]]] = [
        (
            "INFO  [auth]",
            (
                "mitid.login.ok session=",
                hexid(rng, 20),
                " mitid_user=",
                Pii("MITID_USER", p.mitid),
                f" ip={k.ip()}",
            ),
        ),
        (
            "DEBUG [sms]",
            (
                "otp.sent to=",
                k.phone(p, ("+450", "+45 0")),
                " code=",
                k.otp(),
                " template=login_da",
            ),
        ),
        (
            "WARN  [payments]",
            (
                f'beneficiary.added request_id={uuid(rng)} name="',
                Pii("PERSON", q.name()),
                '" iban=',
                k.iban(q),
                f" amount={k.amount()} currency=DKK",
            ),
        ),
        (
            "INFO  [profile]",
            (
                "address.changed customer=",
                str(rng.randrange(10**6)),
                ' new="',
                k.address(p, True, ", "),
                '" by=selfservice',
            ),
        ),
        (
            "INFO  [payments]",
            (
                f"transfer.created tx={hexid(rng, 12)} to_account=",
                k.account(q),
                f" amount={k.amount()}",
            ),
        ),
        (
            "DEBUG [cards]",
            (
                "tokenize pan=",
                k.card(p, True),
                " exp=",
                Pii("CARD_EXPIRY", p.expiry),
                " cvv=",
                Pii("CARD_CVV", p.cvv),
                " result=ok",
            ),
        ),
        (
            "INFO  [profile]",
            ("contact.updated email=", Pii("EMAIL", p.email), " phone=", k.phone(p, ("+450",))),
        ),
        (
            "INFO  [cards]",
            (
                f'authorize card={k.masked_card()} merchant="',
                rng.choice(PRODUCTS),
                f'" amount={k.amount()}',
            ),
        ),
    ]
    picked = rng.sample(lines, rng.randrange(3, 7))
    for level, parts in picked:
        when += timedelta(milliseconds=rng.randrange(20, 90000))
        stamp_text = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
        if rng.random() < 0.3:
            d.put(f'{{"ts":"{stamp_text}","level":"{level.split()[0]}","msg":"')
            d.item(Mix(parts), json_esc(True))
            d.put('","trace":"' + hexid(rng, 16) + '"}\n')
        else:
            d.put(f"{stamp_text} {level} ")
            d.item(Mix(parts))
            d.put("\n")
    d.put(
        f'{{"ts":"{when:%Y-%m-%dT%H:%M:%S}Z","level":"ERROR","logger":"kyc","msg":"cpr mismatch'
        '","cpr":"'
    )
    d.item(k.cpr(p, ("plain",)), json_esc(False))
    d.put('","input_name":"')
    d.item(Pii("PERSON", p.name()), json_esc(rng.random() < 0.5))
    d.put(f'","request_id":"{uuid(rng)}"}}')


def g_sql(d: Doc, k: Kit, rng: random.Random) -> None:
    def lit(part: str | Pii) -> None:
        d.put("'")
        d.item(part, lambda v: v.replace("'", "''"))
        d.put("'")

    people = [make_person(rng) for _ in range(rng.randrange(1, 4))]
    d.put(
        "INSERT INTO kunder (id, navn, cpr, foedselsdato, telefon, email, adresse, postnr, "
        "by_navn, regnr, kontonr) VALUES\n"
    )
    ids = [rng.randrange(10**4, 10**6) for _ in people]
    for i, p in enumerate(people):
        d.put(f"  ({ids[i]}, ")
        for j, part in enumerate(k.customer(p, p.name(), k.cpr(p, ("plain", "dash")), True)):
            if j:
                d.put(", ")
            lit(part)
        d.put(")" + (",\n" if i < len(people) - 1 else ";\n"))
    p = people[0]
    extra = rng.sample(["kort", "mitid", "bil", "iban", "ordre"], rng.randrange(2, 4))
    for table in extra:
        d.put(f"INSERT INTO {table} VALUES ({ids[0]}, ")  # noqa: S608 - a text to paste, no query
        values: list[str | Pii] = {
            "kort": [k.card(p, True), Pii("CARD_EXPIRY", p.expiry), Pii("CARD_CVV", p.cvv)],
            "mitid": [Pii("MITID_USER", p.mitid), k.otp(), k.ts("%Y-%m-%d %H:%M:%S")],
            "bil": [k.plate(p), "Toyota Yaris"],
            "iban": [k.iban(p), rng.choice(BICS)],
            "ordre": [k.order(), k.amount(), rng.choice(PRODUCTS)],
        }[table]
        for j, part in enumerate(values):
            if j:
                d.put(", ")
            lit(part)
        d.put(");\n")
    d.put(f"-- dump {k.ts()} sha1={hexid(rng, 40)}")


WRITERS = {
    "json_webhook": g_json_webhook,
    "json_api": g_json_api,
    "xml_payload": g_xml_payload,
    "sepa_pain001": g_sepa,
    "mt940": g_mt940,
    "csv_export": g_csv,
    "whatsapp": g_whatsapp,
    "vcard": g_vcard,
    "icalendar": g_icalendar,
    "email_headers": g_email,
    "app_log": g_app_log,
    "sql_insert": g_sql,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVE_SHARE)
    plan = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    plan += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    rng.shuffle(plan)
    texts: dict[str, tuple[str, str, Doc]] = {}
    for genre, kind in plan:
        d = Doc(rng, kind == "negative")
        while not d.parts or d.text() in texts:  # a repeated text is drawn again
            d = Doc(rng, kind == "negative")
            WRITERS[genre](d, Kit(rng), rng)
        texts[d.text()] = (genre, kind, d)
    return [
        dict(id=f"b13-{n:04d}", genre=genre, kind=kind, text=text, spans=d.spans)
        for n, (text, (genre, kind, d)) in enumerate(texts.items())
    ]


def main(argv: list[str]) -> None:
    """Write the set as JSON lines to argv[1] or to the committed file."""
    here = Path(__file__).parent / "data" / "pii_blind13.jsonl"
    lines = (json.dumps(doc, ensure_ascii=False) + "\n" for doc in generate())
    (Path(argv[1]) if argv[1:] else here).write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
