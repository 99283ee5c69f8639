"""A ninety-second blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a MOBILE PAYMENT
APP's (Pengeflow) and a CRYPTO EXCHANGE's (Kryptohavn) support and fraud team: hijacked app
accounts, "safe transfer" scams (a fake bank adviser moves the customer's money to a "sikker
konto"), investment scams paid in crypto and card chargebacks, in eight genres: an in-app chat
with support ("[09:14] Name: ..." lines, Danish with some English, typos, lower case), a phone
note, a device-change alert log (the MitID user ID, the one-time code sent, the phone number
changed), a KYC record (one CPR number, the address on two lines, the date of birth, the name
in capitals as on the ID card), a scam SMS the customer forwarded, an e-mail thread with a bank
(recall of a transfer, a chargeback), an e-mail to the police and a weekly fraud summary
listing cases. The names are those of Danes of all ages, Danes with roots elsewhere ("Şeyma
Yılmaz", "Dragan Petrović", "Nguyen Thi Linh"), double surnames ("Bisgaard-Rahimi"), three-word
names and the team's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "rådgiver", "politiassistent");
  "Holm, Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case or capitalised
  name typed in a chat is PERSON; chat speakers and staff are PERSON. Companies, banks,
  products, pseudonyms ("Kunde A", "Medarbejder 2") and stand-ins ("[NAVN]") never are.
- ADDRESS is a PRIVATE person's address: street, number, letter, floor and side ("12B",
  "2. tv."), plus ", postcode town" on the same line or the next line of an address block (line
  break included). A sole trader's home address is private. An organisation's own address (the
  app's office, the exchange, a bank branch, a shop, the police, an authority) is NEVER labelled,
  however it is written (letterheads, signatures, "kom ind på ...", "afhentes i ...").
- CPR numbers are synthetic: a real birth date, a seventh digit that fits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952", "04.06.1952",
  "04-06-1952", "4/6-1952") only straight after "født", "f.", "Fødselsdato:" or "DOB:".
- PHONE: Danish numbers from mobile and landline ranges in ten written forms, the country code
  inside the span, and fiction-range foreign numbers ("+44 7700 900xxx", "+46 70 174 06 xx").
  The organisations' 70/80 lines are never PHONE.
- EMAIL: every unmasked address (example.* domains), staff's too; masked ones ("m***@...") never.
- IBAN with valid check digits, grouped by four or compact; BANK_ACCOUNT reg.nr. and account
  written together ("1551-0012345678", "1551 12345678") as one span; CARD Luhn-valid with a test
  prefix, grouped or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; OTP a 6- or 8-digit code after
  a cue (or given as the answer to a question in a chat); MITID_USER a MitID user ID after a cue
  (or given as an answer); NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: case, ticket, customer, order, invoice and journal numbers,
  CVR numbers, amounts in kroner and crypto, timestamps, masked values, device IDs, ID-card
  numbers, IP addresses, crypto wallet addresses, organisations' lines, names and addresses and
  pseudonyms. Documents of kind "negative" are the same genres after pseudonymisation. No run
  of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind91 [OUT.jsonl]`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 91_9192
SIZE = 1000
NEGATIVES = 350

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
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4012888", "4111111", "5555555", "5105105", "4242424", "2223003")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NL": 18, "GB": 22, "LT": 20, "SE": 24, "EE": 20}
MOBILE = (
    "20",
    "22",
    "24",
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
    "93",
)
LANDLINE = (
    "32",
    "33",
    "36",
    "39",
    "43",
    "44",
    "47",
    "49",
    "54",
    "57",
    "64",
    "69",
    "72",
    "74",
    "86",
    "89",
    "97",
    "98",
)
ORG_LINES = ("70 20 44 10", "70 31 31 09", "80 88 47 47", "70 12 80 00", "80 30 20 10")

WOMEN = (
    "Mette",
    "Birgit",
    "Kirsten",
    "Ulla",
    "Tove",
    "Freja",
    "Alberte",
    "Esther",
    "Karla",
    "Vilma",
    "Dorte",
    "Lisbeth",
    "Signe",
    "Nanna",
    "Bodil",
    "Fatima",
    "Leyla",
    "Zeynep",
    "Şeyma",
    "Ayşe",
    "Amira",
    "Priya",
    "Linh",
    "Thuy",
    "Agnieszka",
    "Ivana",
    "Ljubica",
    "Chloé",
    "Zoé",
    "Hélène",
    "Özlem",
    "Siobhán",
    "Abena",
    "Hodan",
    "Farhiya",
    "Rania",
    "Oksana",
    "Olena",
    "Nivi",
    "Rikke",
    "Gry",
)
MEN = (
    "Søren",
    "Jørgen",
    "Preben",
    "Ib",
    "Aksel",
    "Malthe",
    "Villads",
    "Sigurd",
    "Gunnar",
    "Henning",
    "Asger",
    "Troels",
    "Kaj",
    "Ahmad",
    "Yusuf",
    "Emre",
    "Murat",
    "Hüseyin",
    "Barış",
    "Bilal",
    "Hamza",
    "Arjun",
    "Wojciech",
    "Mateusz",
    "Dragan",
    "René",
    "André",
    "Björn",
    "Göran",
    "Kwame",
    "Chidi",
    "Abdirahman",
    "Dmytro",
    "Inuk",
    "Aputsiaq",
    "Malik",
    "Jannik",
    "Bjarke",
)
GIVEN = WOMEN + MEN
MIDDLE = ("Marie", "Sofie", "Emil", "Juul", "Kragh", "Thi", "Ali", "Lykke", "Bach", "Vang")
SURNAMES = (
    "Kjeldsen",
    "Vestergaard",
    "Bruun",
    "Thygesen",
    "Mølgaard",
    "Overgaard",
    "Bisgaard",
    "Skov",
    "Hald",
    "Brix",
    "Fogh",
    "Winther",
    "Ravn",
    "Krogh",
    "Bech",
    "Juhl",
    "Aagaard",
    "Sloth",
    "Høj",
    "Toft",
    "Bundgaard",
    "Ebbesen",
    "Gregersen",
    "Klitgaard",
    "Nyborg",
    "Oddershede",
    "Qvist",
    "Rask",
    "Stampe",
    "Wøldike",
    "Yılmaz",
    "Öztürk",
    "Demir",
    "Şahin",
    "Çelik",
    "Hussein",
    "Abdi",
    "Farah",
    "Haddad",
    "Nasser",
    "Khan",
    "Rahimi",
    "Karimi",
    "Nguyen",
    "Tran",
    "Pham",
    "Kowalski",
    "Nowak",
    "Wiśniewska",
    "Petrović",
    "Jovanović",
    "Kovačević",
    "Babić",
    "Marić",
    "Lefèvre",
    "Bélanger",
    "Schröder",
    "Öberg",
    "Lindqvist",
    "Heilmann",
    "Lynge",
    "Kleemann",
    "Ibsen",
    "Mortensen",
)
STREETS = (
    "Kirsebærvej",
    "Lærkevænget",
    "Spurvevej",
    "Ahornparken",
    "Tjørnebakken",
    "Rønnebærhaven",
    "Vibevej",
    "Mågestien",
    "Hybenvej",
    "Egernvej",
    "Kløvermarken",
    "Bøgeskovvej",
    "Hvedemarken",
    "Fasanstien",
    "Lyngbakken",
    "Skovduevej",
    "Strandengen",
    "Havrevænget",
    "Toftegårds Allé",
    "Birkelunden",
    "Smedestræde",
    "Møllebakken",
    "Kildevej",
    "Præstevænget",
    "Rosenhaven",
    "Humlehaven",
    "Tranebærvej",
    "Solsortevej",
)
TOWNS = (
    ("2650", "Hvidovre"),
    ("4000", "Roskilde"),
    ("5230", "Odense M"),
    ("6700", "Esbjerg"),
    ("7100", "Vejle"),
    ("8210", "Aarhus V"),
    ("9220", "Aalborg Øst"),
    ("4700", "Næstved"),
    ("3400", "Hillerød"),
    ("2770", "Kastrup"),
    ("8600", "Silkeborg"),
    ("6400", "Sønderborg"),
    ("7500", "Holstebro"),
    ("4800", "Nykøbing F"),
    ("3700", "Rønne"),
    ("8900", "Randers C"),
    ("2630", "Taastrup"),
    ("5700", "Svendborg"),
    ("9900", "Frederikshavn"),
    ("4300", "Holbæk"),
)
COMPANIES = ("Pengeflow ApS", "Kryptohavn A/S", "Skibsted Rengøring", "Vindrose Invest Ltd")
BANKS = ("Nordlys Bank", "Sparekassen Sydkyst", "Fjordbanken", "Andelskassen Midt")
PRODUCTS = ("Pengeflow-appen", "Kryptohavn Pro", "MitID-appen", "Apple Pay", "Kryptohavn Wallet")
# The organisations' own addresses: never labelled, however they are written.
ORG_ADDRESSES = (
    "Havnefronten 22, 8000 Aarhus C",
    "Dokvej 5, 2150 Nordhavn",
    "Torvegade 31, 7400 Herning",
    "Algade 12, 4760 Vordingborg",
    "Bryggervej 3, 9000 Aalborg",
    "Vognmandsvej 17, 4600 Køge",
    "Domkirkepladsen 6, 8800 Viborg",
    "Strandpromenaden 8, 2100 København Ø",
    "Søndergade 44, 8700 Horsens",
    "Banegårdspladsen 2, 5000 Odense C",
)
APP_OFFICE, EXCHANGE_OFFICE = ORG_ADDRESSES[0], ORG_ADDRESSES[1]
BANK_OFFICES = dict(zip(BANKS, ORG_ADDRESSES[2:5] + ORG_ADDRESSES[7:8], strict=True))
POLICE = (
    ("Sydsjællands Politi", ORG_ADDRESSES[5]),
    ("Midt- og Vestjyllands Politi", ORG_ADDRESSES[6]),
    ("Fyns Politi", ORG_ADDRESSES[9]),
)
SHOP = ORG_ADDRESSES[8]
PSEUDONYMS = (
    "Kunde A",
    "Kunde B",
    "Kunde C",
    "Medarbejder 1",
    "Medarbejder 2",
    "Supporter 1",
    "Supporter 2",
    "Modtager X",
    "Anmelder A",
)
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
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
GENRES = (
    "app_chat",
    "phone_note",
    "device_log",
    "kyc",
    "scam_sms",
    "bank_email",
    "police_email",
    "weekly_summary",
)

Item = str | tuple[str, str]


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def ascii_fold(text: str) -> str:
    text = text.lower().translate(str.maketrans({"ø": "o", "æ": "ae", "å": "aa", "ı": "i"}))
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalpha())


class Person:
    def __init__(self, r: random.Random) -> None:
        self.first = r.choice(GIVEN)
        self.last = r.choice(SURNAMES)
        shape = r.random()
        self.middle = r.choice(MIDDLE) if shape < 0.2 else ""
        if 0.2 <= shape < 0.35:
            self.last = f"{self.last}-{r.choice([s for s in SURNAMES if s != self.last])}"
        self.born = date(1941, 1, 1) + timedelta(days=r.randrange(365 * 64))

    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxz" else "s")


class Maker:
    """Writes a document's values: labelled ones in a positive, pseudonymised in a negative."""

    def __init__(self, r: random.Random, positive: bool) -> None:
        self.r = r
        self.pos = positive
        self.pseudo = list(PSEUDONYMS)
        r.shuffle(self.pseudo)
        self.given: dict[int, str] = {}

    def person(self) -> Person:
        return Person(self.r)

    def name(self, p: Person, form: str = "") -> Item:
        r = self.r
        if not self.pos:
            return self.given.setdefault(id(p), self.pseudo[len(self.given) % len(self.pseudo)])
        form = (
            form
            or r.choices(
                ["full", "first", "surname first", "initial", "upper", "lower", "gen", "firstlast"],
                [30, 8, 10, 8, 6, 6, 10, 10],
            )[0]
        )
        if form == "full":
            value = p.full()
        elif form == "firstlast":
            value = f"{p.first} {p.last}"
        elif form == "first":
            value = p.first
        elif form == "surname first":
            value = f"{p.last}, {p.first}"
        elif form == "initial":
            value = r.choice([f"{p.first[0]}. {p.last}", f"{p.first} {p.last[0]}."])
        elif form == "upper":
            value = p.full().upper()
        elif form == "lower":
            value = r.choice([p.first, p.full()]).lower()
        elif form == "gen":
            value = genitive(r.choice([p.first, p.full()]))
        else:
            raise ValueError(form)
        return (value, "PERSON")

    def pseudonym(self, i: int) -> str:
        return self.pseudo[i % len(self.pseudo)]

    def cpr(self, p: Person) -> Item:
        r, b = self.r, p.born
        if not self.pos:
            return r.choice([f"{b:%d%m%y}-xxxx", "[CPR]"])
        seventh = "4" if b.year >= 2000 else r.choice("0123")
        while True:
            serial = seventh + "".join(r.choice("0123456789") for _ in range(3))
            digits = f"{b:%d%m%y}{serial}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(4)
        value = (
            f"{digits[:6]}-{serial}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {serial}",
            f"{digits[:6]} {serial}",
        )[form]
        return (value, "CPR")

    def dob(self, p: Person) -> Item:
        r, b = self.r, p.born
        if not self.pos:
            return r.choice(["xx.xx.19xx", "[dato]"])
        value = r.choice(
            [
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b:%d-%m-%Y}",
                f"{b.day}/{b.month}-{b.year}",
            ]
        )
        return (value, "DATE_OF_BIRTH")

    def phone(self, foreign: float = 0.12) -> Item:
        r = self.r
        if not self.pos:
            return r.choice([f"+45 ** ** ** {r.randrange(10, 99)}", "[TLF]"])
        if r.random() < foreign:
            if r.random() < 0.5:
                return (f"+44 7700 900{r.randrange(1000):03d}", "PHONE")
            return (f"+46 70 174 06 {r.randrange(5, 100):02d}", "PHONE")
        lead = r.choice(MOBILE) if r.random() < 0.75 else r.choice(LANDLINE)
        d = lead + "".join(r.choice("0123456789") for _ in range(6))
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        value = r.choice(
            [
                f"+45 {d}",
                f"+45 {pairs}",
                f"+45 {d[:4]} {d[4:]}",
                f"{d[:4]} {d[4:]}",
                f"(+45) {pairs}",
                f"0045 {d}",
                pairs,
                d,
                f"+45{d}",
                ".".join(d[i : i + 2] for i in range(0, 8, 2)),
            ]
        )
        return (value, "PHONE")

    def email(self, p: Person | None = None, domain: str = "") -> Item:
        r = self.r
        p = p or self.person()
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        if not self.pos:
            return r.choice([f"{first[0]}***@example.dk", f"{last[0]}***@example.com", "[e-mail]"])
        local = r.choice(
            [
                f"{first}.{last}",
                f"{first}{p.born.year % 100:02d}",
                f"{first[0]}{last}",
                f"{first}_{last[:3]}",
                f"{last}.{first[0]}",
            ]
        )
        domain = domain or r.choice(["example.dk", "example.com", "example.net", "post.example.dk"])
        return (f"{local}@{domain}", "EMAIL")

    def masked_mail(self, p: Person) -> str:
        return f"{ascii_fold(p.first)[0]}***@example.{self.r.choice(['dk', 'com', 'net'])}"

    def address(self, two_lines: bool) -> Item:
        r = self.r
        if not self.pos:
            return "[ADRESSE]"
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(['', '', '', 'A', 'B'])}"
        if r.random() < 0.4:
            street += (
                f", {r.choice(['st.', '1.', '2.', '3.', '4.'])} {r.choice(['th.', 'tv.', 'mf.'])}"
            )
        code, town = r.choice(TOWNS)
        return (f"{street}{chr(10) if two_lines else ', '}{code} {town}", "ADDRESS")

    def iban(self) -> Item:
        r = self.r
        if not self.pos:
            return f"DK{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(1000, 9999)}"
        country = r.choice(["DK", "DK", "DE", "NL", "GB", "LT", "SE", "EE"])
        digits = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
        if country == "NL":
            digits = r.choice(["ABNA", "RABO", "INGB"]) + digits[4:]
        elif country == "GB":
            digits = r.choice(["NWBK", "BARC", "MIDL"]) + digits[4:]
        compact = country + iban_check(country, digits) + digits
        return (grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def account(self) -> Item:
        r = self.r
        if not self.pos:
            return r.choice(["[kontonr.]", f"xxxx-xxxxxx{r.randrange(1000, 9999)}"])
        reg = f"{r.randrange(1000, 9999)}"
        acct = "".join(r.choice("0123456789") for _ in range(r.choice([7, 8, 10, 10])))
        return (f"{reg}{r.choice(['-', ' '])}{acct}", "BANK_ACCOUNT")

    def card(self) -> Item:
        r = self.r
        if not self.pos:
            return f"**** **** **** {r.randrange(1000, 9999)}"
        body = r.choice(TEST_PREFIXES)
        body += "".join(r.choice("0123456789") for _ in range(15 - len(body)))
        compact = body + luhn_digit(body)
        return (grouped(compact) if r.random() < 0.7 else compact, "CARD")

    def expiry(self) -> Item:
        r = self.r
        if not self.pos:
            return "**/**"
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        return (
            f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}",
            "CARD_EXPIRY",
        )

    def otp(self) -> Item:
        r = self.r
        if not self.pos:
            return r.choice(["******", "[kode]"])
        n = r.choice([6, 6, 8])
        return ("".join(r.choice("0123456789") for _ in range(n)), "OTP")

    def mitid(self, p: Person) -> Item:
        r = self.r
        if not self.pos:
            return "[bruger-id]"
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        stem = r.choice([first + last[:3], first[:4] + last, last + first[0], first])
        tail = r.choice([f"{p.born.year % 100:02d}", str(p.born.year)])
        if p.born.year >= 2006 or (len(tail) == 4 and p.born.year >= 2000):
            tail = f"{p.born.year % 100:02d}"
        return (stem + tail, "MITID_USER")

    def plate(self) -> Item:
        r = self.r
        letters = "".join(r.choice("ABCDEFHJKLMNOPRSTUVXYZ") for _ in range(2))
        if not self.pos:
            return f"{letters} ** ***"
        digits = f"{r.randrange(10, 99)}{r.randrange(100, 999)}"
        spaced = r.random() < 0.7
        return (
            f"{letters} {digits[:2]} {digits[2:]}" if spaced else letters + digits,
            "NUMBER_PLATE",
        )


# ---- hard negatives -------------------------------------------------------------------------


def case_no(r: random.Random) -> str:
    return r.choice([f"PF-{r.randrange(100000, 999999)}", f"KH-26-{r.randrange(10000, 99999)}"])


def journal_no(r: random.Random) -> str:
    return (
        f"{r.randrange(1000, 9999):04d}-{r.randrange(10000, 99999)}-{r.randrange(10000, 99999)}-26"
    )


def amount(r: random.Random) -> str:
    kr = r.randrange(3, 400) * 250
    return r.choice([f"{kr:,} kr.".replace(",", "."), f"{kr:,},00 kr.".replace(",", ".")])


def crypto_amount(r: random.Random) -> str:
    return r.choice(
        [
            f"0,{r.randrange(1000, 9999)} BTC",
            f"{r.randrange(1, 9)},{r.randrange(10, 99)} ETH",
            f"{r.randrange(2, 90) * 100:,} USDT".replace(",", "."),
        ]
    )


def stamps(r: random.Random, day: date) -> Callable[[], str]:
    """Increasing timestamps of one day's log."""
    seconds = r.randrange(6 * 3600, 20 * 3600)

    def stamp() -> str:
        nonlocal seconds
        seconds += r.randrange(5, 300)
        return f"{day:%Y-%m-%d} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    return stamp


def clock(r: random.Random) -> str:
    return f"{r.randrange(7, 23):02d}:{r.randrange(60):02d}"


def wallet(r: random.Random) -> str:
    while True:
        if r.random() < 0.5:
            value = "bc1q" + "".join(r.choice(BECH32) for _ in range(38))
        else:
            value = "0x" + "".join(r.choice("0123456789abcdef") for _ in range(40))
        if not re.search(r"\d{5}", value):
            return value


def device_id(r: random.Random) -> str:
    return f"DEV-{r.randrange(16**4):04x}-{r.randrange(16**4):04x}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(10000000, 99999999)}"


def id_card(r: random.Random) -> str:
    letters = "ABCDEFGHKLMNPRSTUVXYZ"
    head = f"{r.choice(letters)}{r.randrange(10)}{r.choice(letters)}"
    return f"{head}-{r.randrange(100, 999)}-{r.randrange(10, 99)}{r.choice(letters)}"


def ip(r: random.Random) -> str:
    return f"{r.randrange(100, 224)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def org_address(r: random.Random, address: str) -> str:
    """An organisation's address in one of its written layouts (never labelled)."""
    street, town = address.split(", ")
    return r.choice([address, address, f"{street}\n{town}", f"{street} · {town}"])


def letterhead(r: random.Random, company: str, address: str) -> str:
    return r.choice(
        [
            f"{company} · {org_address(r, address)} · {cvr(r)}",
            f"{company}\n{address}\ntlf. {r.choice(ORG_LINES)}",
            f"{company.upper()}, {address}",
        ]
    )


# ---- genres -----------------------------------------------------------------------------------


def app_chat(m: Maker, r: random.Random, day: date) -> list[Item]:
    cust, agent = m.person(), m.person()
    c_name = m.name(cust, r.choice(["full", "firstlast", "lower", "first"]))
    a_name = m.name(agent, r.choice(["first", "firstlast", "full"]))
    if not m.pos:
        c_name, a_name = m.pseudonym(0), m.pseudonym(1)
    h, mnt = r.randrange(7, 22), r.randrange(0, 30)
    lines: list[list[Item]] = []

    def say(who: Item, *parts: Item) -> None:
        nonlocal mnt
        mnt += r.randrange(0, 3)
        lines.append([f"[{h:02d}:{mnt:02d}] ", who, ": ", *parts])

    app = r.choice(["Pengeflow", "Kryptohavn"])
    items: list[Item] = [f"{app} support-chat · sag {case_no(r)} · {day:%d.%m.%Y}\n"]
    say(
        a_name,
        r.choice([f"Hej, du skriver med {app} support. ", "Hi, welcome to support! "]),
        "Hvad kan jeg hjælpe med?",
    )
    say(
        c_name,
        r.choice(
            [
                "hej min konto er blevet hacket!! der er gået penge ud jeg ikke har sendt",
                "Hi, someone logged in to my account from a new phone, I did NOT do that",
                "HJÆLP en fra banken ringede og sagde jeg skulle flytte mine penge til "
                "en sikker konto",
                "jeg har købt krypto via en investerings side og nu kan jeg ikke få pengene ud",
            ]
        ),
    )
    say(a_name, "Det må vi se på med det samme. Må jeg bede om dit telefonnummer på kontoen?")
    say(c_name, r.choice(["det er ", "", "tlf "]), m.phone())
    say(a_name, "Tak. Hvad er din e-mail?")
    say(c_name, m.email(cust), r.choice(["", " (den gamle)", " tror jeg"]))
    if r.random() < 0.5:
        say(
            a_name,
            r.choice(["Hvad er dit MitID bruger-id?", "Can you confirm your MitID user ID?"]),
        )
        say(c_name, m.mitid(cust))
    else:
        say(a_name, "Vi sender en kode nu. Hvad står der i sms'en?")
        say(c_name, m.otp())
    say(
        c_name,
        r.choice(["han sagde han hed ", "manden i telefonen hed ", "the guy said he was "]),
        m.name(m.person(), r.choice(["firstlast", "first"])),
        " fra ",
        r.choice(BANKS),
    )
    if r.random() < 0.6:
        say(c_name, r.choice(["jeg overførte ", "sendte "]), amount(r), " til ", m.iban())
    else:
        say(c_name, "de fik også mit kort ", m.card(), " udløb ", m.expiry())
    say(
        a_name,
        f"Jeg har spærret kontoen. Ring gerne på {r.choice(ORG_LINES)} hvis der sker mere, "
        "eller kom ind på ",
        org_address(r, APP_OFFICE) if app == "Pengeflow" else EXCHANGE_OFFICE,
        ".",
    )
    say(c_name, r.choice(["ok tak", "tusind tak", "thanks!!", "okay men hvad med mine penge?"]))
    if r.random() < 0.5:
        say(
            a_name,
            "Vi har sendt kvittering til ",
            m.masked_mail(cust),
            r.choice(
                [
                    ". Husk at anmelde det til politiet.",
                    ". Sagen er sendt videre til svindelteamet.",
                ]
            ),
        )
    items += [part for line in lines for part in (*line, "\n")]
    return items


def phone_note(m: Maker, r: random.Random, day: date) -> list[Item]:
    cust, staff, scam = m.person(), m.person(), m.person()
    items: list[Item] = [
        f"TELEFONNOTAT {day:%d.%m.%Y} kl. {clock(r).replace(':', '.')} – sag {case_no(r)}\n",
        "Opkald fra ",
        m.name(cust, r.choice(["full", "firstlast", "surname first"])),
    ]
    paren = r.random() < 0.5
    items += [
        " (f. " if paren else ", f. ",
        m.dob(cust),
        "), " if paren else ", ",
        "tlf. ",
        m.phone(),
        ".\n",
    ]
    if r.random() < 0.6:
        items += [
            r.choice(["Kunden opgav CPR ", "Legitimeret med cpr. ", "CPR-nr.: "]),
            m.cpr(cust),
            ".\n",
        ]
    story = r.randrange(3)
    if story == 0:
        items += [
            "Kunden blev ringet op af en falsk rådgiver (",
            m.name(scam, "firstlast"),
            ") der bad hende flytte ",
            amount(r),
            " til en 'sikker konto' ",
            m.account(),
            ". Hun læste også sin engangskode ",
            m.otp(),
            " op.\n",
        ]
    elif story == 1:
        items += [
            m.name(cust, "gen") if m.pos else "Kundens",
            " konto er overtaget; ny enhed ",
            device_id(r),
            ". Kunden oplyste MitID bruger-ID ",
            m.mitid(cust),
            " og at hun aldrig har delt det.\n",
        ]
    else:
        items += [
            "Investeringssvindel: kunden har købt for ",
            crypto_amount(r),
            " og sendt til ",
            wallet(r),
            ". Betalt med kort ",
            m.card(),
            ", udløb ",
            m.expiry(),
            ".\n",
        ]
    if r.random() < 0.6:
        items += [
            r.choice(["En bil med nummerpladen ", "Kureren kørte i en bil, reg.nr. "]),
            m.plate(),
            " hentede ",
            r.choice(["kortet", "kontanterne", "telefonen"]),
            " på kundens adresse, ",
            m.address(False),
            ".\n",
        ]
    items += [
        r.choice(["Kunden henvist til politiet på 114. ", "Anbefalet at ringe til banken. "]),
        "Kunden kan hente sit nye kort i vores butik, ",
        org_address(r, SHOP),
        ".\n",
        "Noteret af ",
        m.name(staff, r.choice(["full", "initial"])),
        ", Svindelteamet.\n",
    ]
    return items


def device_log(m: Maker, r: random.Random, day: date) -> list[Item]:
    cust, staff = m.person(), m.person()
    stamp = stamps(r, day)
    items: list[Item] = [
        f"ENHEDSSKIFTE-ALARM · Pengeflow ApS · drift {r.choice(ORG_LINES)}\n",
        "Bruger: ",
        m.name(cust, r.choice(["full", "upper", "surname first"])),
        f" (kunde-nr. {case_no(r)})\n",
        f"{stamp()} LOGIN_NEW_DEVICE device={device_id(r)} ip={ip(r)}\n",
        f"{stamp()} MITID_AUTH ",
        r.choice(["MitID bruger-ID: ", "mitid_user="]),
        m.mitid(cust),
        " status=OK\n",
        f"{stamp()} OTP_SENT ",
        r.choice(["OTP: ", "otp=", "engangskode "]),
        m.otp(),
        " til ",
        m.phone(0.0),
        "\n",
    ]
    if r.random() < 0.7:
        items += [f"{stamp()} PHONE_CHANGED nyt nummer: ", m.phone(0.4), "\n"]
    if r.random() < 0.5:
        items += [f"{stamp()} EMAIL_CHANGED ny e-mail: ", m.email(cust), "\n"]
    items += [f"{stamp()} PAYOUT {amount(r)} til ", m.iban(), "\n"]
    items += [
        r.choice(["Vurdering: ", "NOTE: "]),
        m.name(staff, r.choice(["first", "initial"])),
        " ringede kunden op; DOB: ",
        m.dob(cust),
        " stemmer med KYC. ",
        r.choice(["Konto låst.", "Udbetaling stoppet.", "Enhed fjernet."]),
        "\n",
    ]
    return items


def kyc(m: Maker, r: random.Random, day: date) -> list[Item]:
    cust, staff = m.person(), m.person()
    cpr = m.cpr(cust)
    items: list[Item] = [
        letterhead(r, "Kryptohavn A/S", EXCHANGE_OFFICE),
        "\n",
        f"KYC-KONTROL · kunde {case_no(r)} · {day:%d.%m.%Y}\n",
        "Navn (ID-kort): ",
        m.name(cust, "upper") if m.pos else "[NAVN]",
        "\n",
        "Navn i app: ",
        m.name(cust, r.choice(["firstlast", "full", "surname first"])),
        "\n",
        r.choice(["CPR-nr.: ", "CPR: ", "Personnummer: "]),
        cpr,
        "\n",
        "Fødselsdato: ",
        m.dob(cust),
        "\n",
        "Adresse:\n",
        m.address(True),
        "\n",
        f"ID-kort nr.: {id_card(r)}, gyldigt til {r.randrange(2027, 2035)}\n",
        "Tlf.: ",
        m.phone(0.05),
        "   E-mail: ",
        m.email(cust),
        "\n",
        "Udbetalingskonto: ",
        m.account() if r.random() < 0.5 else m.iban(),
        "\n",
    ]
    if r.random() < 0.6:
        items += ["Tilknyttet kort: ", m.card(), " exp ", m.expiry(), "\n"]
    if r.random() < 0.3:
        items += ["CPR gentaget i formular: ", cpr, "\n"]
    items += [
        r.choice(
            [
                "Status: godkendt",
                "Status: afvist – kilde til midler mangler",
                "Status: afventer – PEP-tjek",
            ]
        ),
        f" · indbetalt {crypto_amount(r)}\nKontrolleret af: ",
        m.name(staff, r.choice(["full", "initial", "firstlast"])),
        "\n",
    ]
    return items


def scam_sms(m: Maker, r: random.Random, day: date) -> list[Item]:
    cust = m.person()
    brand = r.choice(["Pengeflow", "Kryptohavn", "MitID", "Nordlys Bank"])
    items: list[Item] = [
        "Videresendt SMS fra kunde ",
        m.name(cust, r.choice(["full", "firstlast", "lower"])),
        " (",
        m.phone(0.0),
        ")",
        r.choice([" ", ", "]),
        f"modtaget {day:%d.%m.%Y} kl. {clock(r)}:\n",
        "---\nFra: ",
        m.phone(0.5) if r.random() < 0.6 else brand.upper(),
        "\n",
    ]
    body = r.randrange(3)
    if body == 0:
        items += [
            f"{brand}: Din konto er spaerret. Din engangskode er ",
            m.otp(),
            ". Ring til din raadgiver paa ",
            m.phone(0.2),
            " NU\n",
        ]
    elif body == 1:
        items += [
            f"Kære kunde, din {brand}-betaling på {amount(r)} afventer. Bekræft på "
            "pengeflow-sikker.example.net med koden ",
            m.otp(),
            "\n",
        ]
    else:
        items += [
            f"Hej! Din bitcoin-gevinst {crypto_amount(r)} er klar. Skriv til ",
            m.email(),
            " eller send gebyr til ",
            m.iban(),
            "\n",
        ]
    items += [
        "---\nKundens kommentar: ",
        r.choice(
            [
                "jeg trykkede på linket og gav dem koden :( ",
                "er det jer?? ",
                "MY MOM GOT THIS TOO ",
                "har ikke svaret, bare så i ved det. ",
            ]
        ),
        "Svar gerne til ",
        m.email(cust),
        "\n",
        f"Sendt videre til misbrug, sag {case_no(r)}. Falske afsendere meldes til Tilsynet for "
        f"Betalinger, {org_address(r, ORG_ADDRESSES[7])}.\n",
    ]
    return items


def bank_email(m: Maker, r: random.Random, day: date) -> list[Item]:
    staff, banker, cust, recv = m.person(), m.person(), m.person(), m.person()
    bank = r.choice(BANKS)
    items: list[Item] = [
        "Fra: ",
        m.name(staff, "firstlast"),
        " <",
        m.email(staff, "pengeflow.example.dk"),
        ">\n",
        "Til: ",
        m.email(banker, "example.com"),
        "\n",
        f"Emne: {r.choice(['Tilbagekaldelse af overførsel', 'Chargeback', 'SV: recall'])} – "
        f"{case_no(r)}\n\nKære {bank}\n\n",
        "Vores kunde ",
        m.name(cust, r.choice(["full", "firstlast", "surname first"])),
        f" har {day:%d.%m.%Y} overført {amount(r)} fra ",
        m.account(),
        " til ",
        m.iban(),
        ", modtager ",
        m.name(recv, r.choice(["full", "upper", "firstlast"])),
        ".\n",
    ]
    if r.random() < 0.5:
        items += [
            "Kortet ",
            m.card(),
            " (udløb ",
            m.expiry(),
            ") er brugt til en købesag "
            f"på {amount(r)}; vi beder om chargeback, faktura {r.randrange(2026001, 2026999)}.\n",
        ]
    if r.random() < 0.35:
        items += [
            "Modtager er enkeltmandsvirksomhed registreret på indehaverens bopæl, ",
            m.address(r.random() < 0.3),
            ".\n",
        ]
    items += [
        "Kunden kan kontaktes på ",
        m.phone(),
        ".\n\nMed venlig hilsen\n",
        m.name(staff, r.choice(["full", "firstlast"])),
        "\nSvindelteamet, Pengeflow ApS\n",
        org_address(r, APP_OFFICE),
        f"\nTlf. {r.choice(ORG_LINES)} · {cvr(r)}\n\n",
        "> Svar fra ",
        bank,
        ": Vi har modtaget sagen. ",
        m.name(banker, r.choice(["first", "full", "initial"])),
        r.choice([" fra vores afdeling på ", ", "]),
        BANK_OFFICES[bank],
        ".\n",
    ]
    return items


def police_email(m: Maker, r: random.Random, day: date) -> list[Item]:
    victim, staff, mule, officer = m.person(), m.person(), m.person(), m.person()
    police, address = r.choice(POLICE)
    two = r.random() < 0.6
    items: list[Item] = [
        f"Til: {police}, {address}\n",
        "Fra: ",
        m.email(staff, "kryptohavn.example.dk"),
        "\n",
        f"Emne: Anmeldelse af svindel – journalnr. {journal_no(r)}\n\n",
        "Att.: ",
        m.name(officer, r.choice(["firstlast", "initial"])),
        "\n\n",
        "Forurettede: ",
        m.name(victim, r.choice(["full", "firstlast", "surname first"])),
        r.choice([", født ", ", f. "]),
        m.dob(victim),
        "\nCPR: ",
        m.cpr(victim),
        "\n",
        "Adresse:\n" if two else "Adresse: ",
        m.address(two),
        "\n",
        "Tlf.: ",
        m.phone(),
        "\n\n",
        r.choice(["Safe transfer-svindel: ", "Investeringssvindel betalt i krypto: "]),
        f"kunden sendte {crypto_amount(r)} til wallet {wallet(r)} samt {amount(r)} til ",
        m.iban(),
        ". Kontoen tilhører ",
        m.name(mule, r.choice(["full", "firstlast", "upper"])),
        ", tlf. ",
        m.phone(),
        ".\n",
    ]
    if r.random() < 0.75:
        items += [
            r.choice(
                ["Naboen så en bil med nummerpladen ", "Gerningsbil: ", "Bilen havde reg.nr. "]
            ),
            m.plate(),
            r.choice([" holde ved huset.\n", ", sort Audi.\n"]),
        ]
    items += [
        "Materiale kan afhentes i vores afdeling på ",
        org_address(r, EXCHANGE_OFFICE),
        ".\n",
        "Venlig hilsen\n",
        m.name(staff, r.choice(["full", "firstlast"])),
        f"\nCompliance, Kryptohavn A/S · {cvr(r)}\n",
    ]
    return items


def weekly_summary(m: Maker, r: random.Random, day: date) -> list[Item]:
    week = day.isocalendar()[1]
    items: list[Item] = [
        f"UGERAPPORT uge {week} – svindelteamet (Pengeflow/Kryptohavn)\n"
        f"Teamet sidder på {org_address(r, APP_OFFICE)}.\n"
    ]
    for i in range(r.randrange(3, 6)):
        p = m.person()
        kind = r.randrange(4)
        items += [
            f"{i + 1}. {case_no(r)} · ",
            m.name(p, r.choice(["full", "surname first", "upper", "firstlast", "lower", "gen"]))
            if m.pos
            else m.pseudonym(i),
            " · ",
        ]
        if kind == 0:
            items += ["safe transfer, ", amount(r), " til ", m.iban(), " · tlf. ", m.phone()]
        elif kind == 1:
            items += ["overtaget konto, MitID-bruger ", m.mitid(p), ", OTP ", m.otp()]
        elif kind == 2:
            items += [f"investering {crypto_amount(r)} · kort ", m.card(), " ", m.expiry()]
        else:
            items += ["kurér i bil ", m.plate(), " · ", m.email(p)]
        items += [r.choice([" · anmeldt", " · lukket", " · afventer bank", " · chargeback"]), "\n"]
    items += [
        f"I alt {amount(r)} stoppet. Spørgsmål: ring {r.choice(ORG_LINES)}. Udarbejdet af ",
        m.name(m.person(), r.choice(["full", "initial", "first"])),
        ".\n",
    ]
    return items


WRITERS: dict[str, Callable[[Maker, random.Random, date], list[Item]]] = {
    "app_chat": app_chat,
    "phone_note": phone_note,
    "device_log": device_log,
    "kyc": kyc,
    "scam_sms": scam_sms,
    "bank_email": bank_email,
    "police_email": police_email,
    "weekly_summary": weekly_summary,
}


def assemble(items: list[Item]) -> tuple[str, list[dict]]:
    text, spans = "", []
    for item in items:
        if isinstance(item, tuple):
            value, kind = item
            spans.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += item
    return text, spans


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    docs: list[dict] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            day = date(2026, 1, 5) + timedelta(days=r.randrange(120))
            text, spans = assemble(WRITERS[genre](Maker(r, kind == "positive"), r, day))
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii_blind91-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": spans,
            }
        )
    r.shuffle(docs)
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1] if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind91.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
