"""A ninety-first blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a DEBT-COLLECTION
AGENCY (Fjordvang Inkasso A/S) facing fake collection letters and SMS sent in its name, and
debtors who dispute their debts, in eight genres: a forwarded fake inkasso SMS with the
citizen's question to the agency (a foreign IBAN or payment link, the scammer's fiction-range
number, a code the citizen answered with), a real collection letter (the agency's letterhead
and office, the debtor's private address block on two lines, a plate for a parking debt), a
caseworker's phone note (the caller's number, birth date, MitID user ID and a code read out to a
fake "colleague"), a web chat ("[09:14] Name: ..." lines, some answers given without a label:
the question before them is the cue), a payment-plan form (the name in block capitals, one CPR
number, the account for Betalingsservice, a card), an e-mail thread with a creditor company
(Fra:/Til:/Emne:, a sole trader's home address), an e-mail reporting the fraud to the police and
a complaints log ("KL-26-0412 | 2026-03-04 09:14 | Holm, Mette | ..."). Danish with some
English, typos, lower case and CAPS. The names are those of Danes of all ages and Danes with
roots elsewhere ("Gülşen Öztürk", "Mirjana Ćosić", "Lan Thi Nguyen"), double surnames
("Bækgaard-Munk"), three-word names and the agency's and creditors' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "skyldner", "hr."):
  "Holm, Mette" is one span, a genitive s belongs to it ("Mette Holms"), a name typed in lower
  case or capitals is PERSON, chat speakers and staff are PERSON, initials too ("K. Bundgaard").
  Companies, creditors, products, pseudonyms ("Kunde A", "Skyldner 2") and stand-ins ("[NAVN]")
  never are.
- ADDRESS is a PRIVATE person's address only: street, number, letter, floor and side ("14B",
  "2. tv.", "st. th."), plus postcode and town after ", " on the same line or on the next line of
  an address block (line break inside the span). A sole trader's home address is private. An
  organisation's own address (the agency's offices, a creditor's, the police's, an authority's:
  ORG_ADDRESSES) is NEVER labelled, in letterheads, signatures, "kom ind på ...", "vores afdeling
  på ...", "Til: <authority>, <address>", in positives and negatives alike.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952",
  "04.06.1952", "04-06-1952", "4/6-1952") only straight after "født", "f.", "Fødselsdato:" or
  "DOB:"; no other date or time is labelled.
- PHONE: Danish 8-digit numbers from the MOBILE and LANDLINE leads in ten written forms ("+45
  20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045
  20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50") and fiction-range foreign
  numbers ("+44 7700 900xxx", "+46 70 174 06 xx"); the agency's and creditors' 70/80 lines
  (ORG_LINES) and 114 never. EMAIL: every unmasked address (example.* domains), staff's too.
- IBAN with valid check digits and its country's length, grouped by four or compact; BANK_ACCOUNT
  the reg.nr. and account written together ("1234-0012345678", "1234 12345678") as one span;
  CARD Luhn-valid with a published test prefix (TEST_PREFIXES), grouped or compact; CARD_EXPIRY
  "MM/YY" or "MM/YYYY". OTP a 6- or 8-digit code after a cue ("koden", "engangskode") or given
  as the answer to a question about a code; MITID_USER a MitID user ID after a cue or given as
  the answer to a question about it. NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: case, customer, invoice, complaint and journal numbers
  ("INK-26-481327", "Kundenr. 4418203", "F-2026-11873", "KL-26-0412", "J.nr. 4100-80213-00417-26"),
  CVR numbers ("CVR-nr. 31428807"), amounts ("4.382,50 kr."), dates and times ("04.03.2026",
  "kl. 14.32", "[09:14]", "2026-03-04 09:14"), masked values ("040652-xxxx", "+45 ** ** ** 31",
  "m***@example.dk", "**** **** **** 4444", "DK71XXXXXXXXXX0932", "BX ** ***"), the
  organisations' lines and addresses, companies, banks and pseudonyms. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, stand-ins and
  pseudonyms remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind90 [OUT.jsonl]`` writes the set; ``generate()`` returns it.
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

SEED = 90
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind90.jsonl"

GENRES = (
    "falsk_sms",
    "inkassobrev",
    "telefonnotat",
    "webchat",
    "betalingsaftale",
    "kreditormail",
    "politimail",
    "klagelog",
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

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "GB": 22, "NL": 18, "EE": 20, "PL": 28, "ES": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "54", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
            "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Birthe", "Signe", "Ingeborg", "Malou", "Liva", "Gudrun", "Vibeke", "Alberte", "Nanna",
         "Tove", "Hjørdis", "Yasmin", "Fatma", "Zeynep", "Ayşe", "Gülşen", "Jelena", "Mirjana",
         "Amina", "Hodan", "Priya", "Oksana", "Agnieszka", "Efua", "Solveig", "Aurélie", "Léa",
         "Renée", "Dóra", "Şeyma", "Ulrikke", "Edel", "Margrethe", "Lykke", "Anne-Sofie", "Jonna",
         "Ellinor", "Ronja", "Nour", "Lan", "Hoa")  # fmt: skip
MEN = ("Kjeld", "Torben", "Asger", "Villads", "Esben", "Palle", "Sigurd", "Holger", "Eskild",
       "Frode", "Bjarke", "Aksel", "Ahmad", "Emre", "Barış", "Mehmet", "Goran", "Dragan",
       "Abdirahman", "Thanh", "Arjun", "Taras", "Piotr", "Wojciech", "Kwame", "Björn", "José",
       "Gorm", "Mads-Emil", "Kasper", "Preben", "Vagn", "Hamid", "Minh")  # fmt: skip
MIDDLE = ("Marie", "Kirstine", "Emil", "Bach", "Lund", "Holm", "Juul", "Skov", "Thi", "Elif",
          "Ali", "Katrine")  # fmt: skip
LAST = ("Bækgaard", "Lindhardt", "Ravnsbæk", "Søgaard", "Thygesen", "Krogh", "Bundgaard",
        "Højlund", "Kjærulff", "Overgaard", "Munk", "Fabricius", "Skovbjerg", "Ladefoged",
        "Damgaard", "Brøndum", "Kirkegaard", "Ulrich", "Yilmaz", "Öztürk", "Demir", "Şahin",
        "Kovačević", "Ćosić", "Petrović", "Nguyen", "Tran", "Hussein", "Abdullahi", "Warsame",
        "Haddad", "Al-Masri", "Nowak", "Wiśniewska", "Kowalczyk", "Mensah", "Osei", "Lefèvre",
        "Moreau", "Gravgaard", "Vinther", "Ebbesen", "Rask", "Dalsgaard", "Buur", "Kragh",
        "Tholstrup", "Mølgaard", "Iversen", "Frølund", "Guldager", "Pihl")  # fmt: skip

STREETS = ("Hybenvej", "Fasanstien", "Ellebækvej", "Rønnebærvej", "Kløvermarken",
           "Slåenbakken", "Mosevænget", "Tjørnelyparken", "Kildeskovsvej", "Bøgeløkken",
           "Præstemarksvej", "Agerhønevej", "Nøddehegnet", "Skrænten", "Vibevænget",
           "Solsikkevej", "Lyngbakken", "Engblommevej", "Havremarken", "Stenhøjgårdsvej",
           "Sankt Mortens Gade", "Ole Rømers Vej", "Jens Baggesens Vej", "Kastanie Allé",
           "Gl. Kongevej", "Rugvænget", "Tranekærvej", "Hvidkløvervej")  # fmt: skip
TOWNS = (("8600", "Silkeborg"), ("4180", "Sorø"), ("6950", "Ringkøbing"), ("9800", "Hjørring"),
         ("4760", "Vordingborg"), ("7500", "Holstebro"), ("5700", "Svendborg"),
         ("3300", "Frederiksværk"), ("2630", "Taastrup"), ("8240", "Risskov"),
         ("6400", "Sønderborg"), ("7100", "Vejle"), ("2720", "Vanløse"), ("2300", "København S"),
         ("8900", "Randers C"), ("4900", "Nakskov"), ("9640", "Farsø"), ("6200", "Aabenraa"),
         ("3460", "Birkerød"), ("8883", "Gjern"), ("7990", "Øster Assels"),
         ("5881", "Skårup Fyn"))  # fmt: skip

AGENCY = "Fjordvang Inkasso A/S"
ORG_ADDRESSES = (
    "Havnepromenaden 22, 9000 Aalborg",
    "Store Torv 7, 2. sal, 8000 Aarhus C",
    "Brogårdsvej 3, 4600 Køge",
    "Industrivej Nord 18, 7400 Herning",
    "Kalvebod Plads 3, 1560 København V",
    "Jyllandsgade 9, 6700 Esbjerg",
    "Ringstedvej 61, 4000 Roskilde",
    "Toldbodvej 5, 5000 Odense C",
    "Vestre Ringvej 240, 8260 Viby J",
    "Nørregade 44, 7100 Vejle",
)
AGENCY_OFFICES = ORG_ADDRESSES[:3]
CREDITOR_OFFICES = ORG_ADDRESSES[3:5] + ORG_ADDRESSES[8:]
POLICE = (
    ("Sydøstjyllands Politi", "Nørregade 44, 7100 Vejle"),
    ("Syd- og Sønderjyllands Politi", "Jyllandsgade 9, 6700 Esbjerg"),
    ("Midt- og Vestsjællands Politi", "Ringstedvej 61, 4000 Roskilde"),
    ("Fyns Politi", "Toldbodvej 5, 5000 Odense C"),
)
ORG_LINES = ("70 22 41 90", "7022 4190", "70224190", "80 40 12 12", "70 13 55 08", "7013 5508")
COMPANIES = ("ParkSikker ApS", "Telenova", "Vestkyst Energi", "Boligselskabet Lærkehøj",
             "Møbelhuset Kvistgaard", "FitZone Danmark", "Sundby Tandklinik",
             "Bilpark Nord")  # fmt: skip
PARKING = "ParkSikker ApS"
BANKS = ("Nordvest Sparekasse", "Andelsbanken Fyn", "Danske Bank", "Lunar")
FAKE_SENDERS = ("Fjordvang-Ink", "FJORDVANG", "Inkasso-DK", "FjordvangPay")
FAKE_LINKS = ("fjordvang-betal.example.net", "inkasso-fjordvang.example.com",
              "betal-nu.example.net")  # fmt: skip
PSEUDONYMS = ("Kunde A", "Kunde B", "Skyldner 1", "Skyldner 2", "Medarbejder A",
              "Medarbejder B", "Sagsbehandler 1", "Anmelder A")  # fmt: skip
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ı": "i", "ł": "l", "ß": "ss"})


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.first, self.middle, self.last) if part)


def ascii_word(text: str) -> str:
    """Lower-case ASCII letters of a name, for e-mail addresses and MitID user IDs."""
    plain = unicodedata.normalize("NFKD", text.lower().translate(ASCII))
    return "".join(ch for ch in plain if "a" <= ch <= "z")


def grouped(compact: str) -> str:
    """A card or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def mod11_ok(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


class Doc:
    """A document being written: its text and, unless negative, its spans."""

    def __init__(self, negative: bool) -> None:
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.length += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str) -> Doc:
        """A personal value, or in a negative its stand-in (never labelled)."""
        if self.negative:
            return self.t(stand_in)
        self.spans.append({"type": kind, "start": self.length, "end": self.length + len(value)})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class World:
    """The seeded random values of one set."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # -- people -------------------------------------------------------------------------
    def person(self) -> Person:
        r = self.r
        last = r.choice(LAST)
        if r.random() < 0.27:
            other = r.choice([x for x in LAST if x != last and "-" not in x])
            last = f"{last}-{other}" if "-" not in last else last
        middle = r.choice(MIDDLE) if r.random() < 0.3 else ""
        return Person(r.choice(WOMEN + MEN), middle, last)

    def name(self, p: Person, form: str = "") -> str:
        r = self.r
        form = (
            form
            or r.choices(
                ("full", "first", "surname", "initial", "caps", "lower"), (60, 12, 10, 8, 5, 5)
            )[0]
        )
        if form == "full":
            return p.full
        if form == "first":
            return p.first
        if form == "surname":
            return f"{p.last}, {' '.join(x for x in (p.first, p.middle) if x)}"
        if form == "initial":
            return f"{p.first[0]}. {p.last}"
        if form == "caps":
            return p.full.upper()
        if form == "lower":
            return r.choice((p.full, p.first)).lower()
        raise ValueError(form)

    def genitive(self, p: Person) -> str | None:
        name = self.r.choice((p.first, p.first, p.full))
        return None if name[-1] in "sxz" else name + "s"

    def email(self, p: Person) -> str:
        r = self.r
        first, last = ascii_word(p.first), ascii_word(p.last)
        local = r.choice(
            (
                f"{first}.{last}",
                f"{first}{r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}",
            )
        )
        domain = r.choice(("example.dk", "example.com", "mail.example.dk", "example.net"))
        return f"{local}@{domain}"

    def masked_mail(self, p: Person | None = None) -> str:
        letter = ascii_word(p.first)[0] if p else self.r.choice("abdehjklmst")
        return f"{letter}***@{self.r.choice(('example.dk', 'example.com'))}"

    def staff_mail(self, p: Person) -> str:
        return f"{ascii_word(p.first)}.{ascii_word(p.last)[:6]}@fjordvang.example.dk"

    # -- addresses ------------------------------------------------------------------------
    def address(self, two_lines: bool) -> str:
        r = self.r
        number = f"{r.randint(1, 148)}{r.choice(('', '', '', 'A', 'B'))}"
        floor = r.choice(("", "", "", ", st. th.", ", 1. tv.", ", 2. tv.", ", 3. th.", ", st. mf."))
        postcode, town = r.choice(TOWNS)
        sep = "\n" if two_lines else ", "
        return f"{r.choice(STREETS)} {number}{floor}{sep}{postcode} {town}"

    # -- identifiers ------------------------------------------------------------------------
    def birth(self) -> date:
        return date(1936, 1, 1) + timedelta(days=self.r.randint(0, 25500))

    def cpr(self, born: date) -> str:
        r = self.r
        head = born.strftime("%d%m%y")
        century = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            digits = head + century + f"{r.randint(0, 999):03d}"
            if not mod11_ok(digits):
                break
        form = r.randrange(4)
        if form == 0:
            return f"{digits[:6]}-{digits[6:]}"
        if form == 1:
            return digits
        if form == 2:
            return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
        return f"{digits[:6]} {digits[6:]}"

    def masked_cpr(self, born: date | None = None) -> str:
        if self.r.random() < 0.3:
            return "[CPR]"
        return (born or self.birth()).strftime("%d%m%y") + "-xxxx"

    def dob(self, born: date) -> str:
        form = self.r.randrange(4)
        if form == 0:
            return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
        if form == 1:
            return born.strftime("%d.%m.%Y")
        if form == 2:
            return born.strftime("%d-%m-%Y")
        return f"{born.day}/{born.month}-{born.year}"

    def phone(self, foreign_share: float = 0.12) -> str:
        r = self.r
        if r.random() < foreign_share:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randint(0, 999):03d}"
            return f"+46 70 174 06 {r.randint(5, 99):02d}"
        n = r.choice(MOBILE + LANDLINE) + f"{r.randint(0, 999999):06d}"
        a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
        return r.choice((f"+45 {n}", f"+45 {a} {b} {c} {d}", f"+45 {n[:4]} {n[4:]}",
                         f"{n[:4]} {n[4:]}", f"(+45) {a} {b} {c} {d}", f"0045 {n}",
                         f"{a} {b} {c} {d}", n, f"+45{n}", f"{a}.{b}.{c}.{d}"))  # fmt: skip

    def foreign_phone(self) -> str:
        return self.phone(foreign_share=1.0)

    def masked_phone(self) -> str:
        if self.r.random() < 0.2:
            return "[TLF]"
        return f"+45 ** ** ** {self.r.randint(10, 99)}"

    def iban(self, country: str = "") -> str:
        r = self.r
        country = country or r.choice(("DK", "DE", "LT", "GB", "NL", "EE", "PL", "ES", "LT", "DE"))
        length = IBAN_LENGTH[country]
        if country == "GB":
            bban = r.choice(("NWBK", "MIDL", "BARC")) + "".join(
                r.choice("0123456789") for _ in range(14)
            )
        elif country == "NL":
            bban = r.choice(("ABNA", "INGB", "RABO")) + "".join(
                r.choice("0123456789") for _ in range(10)
            )
        else:
            bban = "".join(r.choice("0123456789") for _ in range(length - 4))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return grouped(compact) if r.random() < 0.6 else compact

    def masked_iban(self) -> str:
        return f"DK{self.r.randint(10, 99)}XXXXXXXXXX{self.r.randint(0, 9999):04d}"

    def bank(self) -> str:
        r = self.r
        reg = f"{r.randint(1100, 9899)}"
        account = f"{r.randint(0, 99_999_999):08d}"
        account = r.choice((account, "00" + account, f"{r.randint(10, 99)}{account}"))
        return f"{reg}{r.choice(('-', ' ', '-'))}{account}"

    def card(self) -> str:
        r = self.r
        body = r.choice(TEST_PREFIXES)
        body += "".join(r.choice("0123456789") for _ in range(15 - len(body)))
        compact = body + luhn_digit(body)
        return grouped(compact) if r.random() < 0.65 else compact

    def masked_card(self) -> str:
        return self.r.choice(("**** **** **** ", "******")) + f"{self.r.randint(0, 9999):04d}"

    def expiry(self) -> str:
        month = self.r.randint(1, 12)
        year = self.r.randint(26, 31)
        return f"{month:02d}/{year}" if self.r.random() < 0.7 else f"{month:02d}/20{year}"

    def plate(self) -> str:
        r = self.r
        letters = r.choice("ABCDEFHJKLMNPRSTUVXYZ") + r.choice("ABCDEFHJKLMNPRSTUVXYZ")
        digits = f"{r.randint(10, 99)}{r.randint(0, 999):03d}"
        if r.random() < 0.65:
            return f"{letters} {digits[:2]} {digits[2:]}"
        return letters + digits

    def masked_plate(self) -> str:
        return self.r.choice(("BX", "CK", "AF", "DN")) + " ** ***"

    def mitid(self, p: Person) -> str:
        r = self.r
        word = r.choice((ascii_word(p.first), ascii_word(p.first)[:4] + ascii_word(p.last)[:4]))
        return word + r.choice(
            (f"{r.randint(10, 99)}", f"19{r.randint(40, 99)}", f"200{r.randint(0, 5)}")
        )

    def otp(self) -> str:
        if self.r.random() < 0.65:
            return f"{self.r.randint(0, 999999):06d}"
        return f"{self.r.randint(0, 99_999_999):08d}"

    # -- hard negatives ----------------------------------------------------------------
    def case(self) -> str:
        return f"INK-26-{self.r.randint(100000, 999999)}"

    def customer(self) -> str:
        return f"Kundenr. {self.r.randint(1_000_000, 9_999_999)}"

    def invoice(self) -> str:
        return f"F-2026-{self.r.randint(10000, 99999)}"

    def complaint(self) -> str:
        return f"KL-26-{self.r.randint(0, 9999):04d}"

    def journal(self) -> str:
        r = self.r
        police = r.choice(("4100", "3700", "2300", "1900"))
        return f"J.nr. {police}-{r.randint(80000, 89999)}-{r.randint(0, 99999):05d}-26"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(10_000_000, 99_999_999)}"

    def amount(self) -> str:
        r = self.r
        kroner = r.randint(150, 48000)
        whole = f"{kroner:,}".replace(",", ".")
        cents = r.choice(("", ",00", ",50", f",{r.randint(10, 99)}"))
        return r.choice((f"{whole}{cents} kr.", f"kr. {whole}{cents}"))

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.r.randint(0, 120))

    def date_text(self) -> str:
        d = self.day()
        return d.strftime("%d.%m.%Y") if self.r.random() < 0.7 else d.strftime("%d.%m.%y")

    def clock(self) -> str:
        return f"{self.r.randint(8, 19):02d}:{self.r.randint(0, 59):02d}"

    def org_line(self) -> str:
        return self.r.choice(ORG_LINES)

    def pseudonym(self, role: str) -> str:
        pool = {
            "debtor": ("Kunde A", "Skyldner 1", "Kunde B", "Skyldner 2"),
            "staff": ("Medarbejder A", "Medarbejder B", "Sagsbehandler 1"),
            "other": ("Anmelder A", "Kunde B", "Skyldner 2"),
        }[role]
        return self.r.choice(pool)


# -- the genres ---------------------------------------------------------------------------


def _name(w: World, d: Doc, p: Person, role: str, form: str = "") -> None:
    d.v("PERSON", w.name(p, form), w.pseudonym(role) if w.r.random() < 0.7 else "[NAVN]")


def _org_address(w: World, pool: tuple[str, ...] = AGENCY_OFFICES) -> str:
    return w.r.choice(pool)


def fake_sms(w: World, d: Doc) -> None:
    r = w.r
    p = w.person()
    creditor = r.choice(COMPANIES)
    english = r.random() < 0.25
    if r.random() < 0.5:
        d.t(f"Videresendt SMS\nFra: {r.choice(FAKE_SENDERS)}\nModtaget: {w.date_text()} kl. ")
        d.t(w.clock().replace(":", "."), "\n\n")
    else:
        d.t("---- Forwarded message ----\nFrom: ")
        d.v("PHONE", w.foreign_phone(), w.masked_phone())
        d.t(f"\nSent: 2026-0{r.randint(1, 4)}-{r.randint(10, 28)} {w.clock()}\n\n")
    if english:
        d.t("FINAL NOTICE: ")
        _name(w, d, p, "debtor", r.choice(("caps", "full")))
        d.t(f", your debt of {w.amount()} to {creditor} is overdue. Pay today to IBAN ")
        d.v("IBAN", w.iban(r.choice(("GB", "LT", "NL"))), w.masked_iban())
        d.t(" or call ")
        d.v("PHONE", w.foreign_phone(), w.masked_phone())
        d.t(f". Ref {w.case()}. {AGENCY}")
    else:
        d.t(r.choice(("Kære ", "KÆRE ", "Hej ")))
        _name(w, d, p, "debtor", r.choice(("caps", "full", "first", "caps")))
        d.t(f". Din gæld til {creditor} på {w.amount()} er overdraget til {AGENCY} ({w.case()}). ")
        d.t(r.choice(("Betal STRAKS til ", "Undgå fogedretten – overfør i dag til ",
                      "betal inden kl. 16 til kontoen ")))  # fmt: skip
        d.v("IBAN", w.iban(), w.masked_iban())
        d.t(f" eller via https://{r.choice(FAKE_LINKS)}/{r.randint(1000, 9999)}")
        if r.random() < 0.5:
            d.t(". Bekræft med MitID – svar med den kode du modtager.")
        else:
            d.t(".")
    d.t("\n\n")
    # the citizen's question
    q = r.randrange(3)
    if q == 0:
        d.t("Hej Fjordvang. Jeg har fået ovenstående sms. Er den fra jer?? ")
        d.t(f"Jeg har aldrig haft noget med {creditor} at gøre. ")
        if r.random() < 0.6:
            d.t("Jeg kom desværre til at svare med koden ")
            d.v("OTP", w.otp(), "[kode]")
            d.t(" inden jeg tænkte mig om. ")
        d.t("\nMvh ")
        _name(w, d, p, "debtor", r.choice(("full", "full", "initial")))
        d.t("\nTlf. ")
        d.v("PHONE", w.phone(0.0), w.masked_phone())
    elif q == 1:
        d.t("hej er det her rigtigt?? jeg har betlt alt til ")
        d.t(f"{creditor} i januar. ring venligst på ")
        d.v("PHONE", w.phone(0.0), "[TLF]")
        d.t(" eller skriv til ")
        pm = w.email(p)
        d.v("EMAIL", pm, w.masked_mail(p))
        d.t("\n/")
        _name(w, d, p, "debtor", "lower")
    else:
        d.t("Hi, I got this text in Danish which I do not fully understand. Is this really ")
        d.t(f"from {AGENCY}? I live at ")
        d.v("ADDRESS", w.address(False), "[ADRESSE]")
        d.t(" and never got a letter. My number is ")
        d.v("PHONE", w.phone(0.1), w.masked_phone())
        d.t(".\nRegards, ")
        _name(w, d, p, "debtor", "full")
    if r.random() < 0.3:
        d.t(f"\n\nSvar fra kundeservice: Nej, den er falsk. Vi sender aldrig betalingslinks. "
            f"Ring {w.org_line()} eller kom ind på {_org_address(w)}.")  # fmt: skip


def collection_letter(w: World, d: Doc) -> None:
    r = w.r
    p = w.person()
    staff = w.person()
    born = w.birth()
    creditor = r.choice(COMPANIES)
    office = _org_address(w)
    d.t(f"{AGENCY.upper()}\n{office} · Tlf. {w.org_line()} · {w.cvr()}\n\n")
    _name(w, d, p, "debtor", r.choice(("full", "full", "caps")))
    d.t("\n")
    d.v("ADDRESS", w.address(True), "[ADRESSE]")
    town = r.choice(("Aalborg", "Aarhus", "Køge"))
    d.t(f"\n\n{town}, {w.date_text()}\n\nSagsnr.: {w.case()}\n{w.customer()}\n")
    d.t(f"Kreditor: {creditor}\n")
    if r.random() < 0.4:
        d.t("CPR-nr.: ")
        d.v("CPR", w.cpr(born), w.masked_cpr(born))
        d.t("\n")
    elif r.random() < 0.3:
        d.t("Fødselsdato: ")
        d.v("DATE_OF_BIRTH", w.dob(born), "xx.xx.19xx")
        d.t("\n")
    d.t(
        r.choice(
            ("\nINKASSOMEDDELELSE\n\n", "\nRYKKER – INKASSOVARSEL\n\n", "\nInkassomeddelelse\n\n")
        )
    )
    d.t("Kære ")
    _name(w, d, p, "debtor", r.choice(("full", "first")))
    d.t(f"\n\nVi har fra {creditor} modtaget faktura {w.invoice()} på {w.amount()} ")
    d.t("til inddrivelse. ")
    if creditor == PARKING or r.random() < 0.3:
        d.t("Kravet vedrører en kontrolafgift for køretøjet med reg.nr. ")
        d.v("NUMBER_PLATE", w.plate(), w.masked_plate())
        d.t(f", udstedt den {w.date_text()}. ")
    d.t(f"Det samlede krav inkl. gebyrer udgør {w.amount()}, som skal betales senest "
        f"{w.date_text()}.\n\n")  # fmt: skip
    d.t("VIGTIGT: Vi sender aldrig sms'er med betalingslinks eller udenlandske kontonumre. "
        f"Er du i tvivl, så ring på {w.org_line()} eller kom ind på vores kontor på "
        f"{_org_address(w)}.\n\n")  # fmt: skip
    if r.random() < 0.45:
        g = w.genitive(p)
        if g:
            d.t("Ønsker De at bestride kravet, bedes De oplyse sagsnummeret. ")
            d.v("PERSON", g, w.pseudonym("debtor") + "'s")
            d.t(" indsigelse behandles inden 14 dage.\n\n")
    d.t("Med venlig hilsen\n\n")
    _name(w, d, staff, "staff", r.choice(("full", "initial")))
    d.t(f"\nSagsbehandler, {AGENCY}")
    if r.random() < 0.5:
        d.t("\n")
        sm = w.staff_mail(staff)
        d.v("EMAIL", sm, "[e-mail]")


def phone_note(w: World, d: Doc) -> None:
    r = w.r
    p = w.person()
    staff = w.person()
    born = w.birth()
    d.t(f"TELEFONNOTAT {w.date_text()} kl. {w.clock().replace(':', '.')}\nSag: {w.case()}\n")
    d.t("Medarb.: ")
    _name(w, d, staff, "staff", r.choice(("initial", "full", "first")))
    d.t("\n\nOpkald fra ")
    _name(w, d, p, "debtor", r.choice(("full", "full", "surname")))
    d.t(" (")
    d.v("PHONE", w.phone(0.05), w.masked_phone())
    d.t(")")
    if r.random() < 0.75:
        d.t(r.choice((", født ", ", f. ")))
        d.v("DATE_OF_BIRTH", w.dob(born), "xx.xx.19xx")
    d.t(". ")
    d.t(r.choice((
        "Kunden har fået et brev med vores logo men med et andet kontonr., ",
        "kunden ringede meget oprørt – har modtaget 'inkassobrev' med betaling til ",
        "Ringede pga. sms om gæld, sms'en henviste til kontoen ",
    )))  # fmt: skip
    d.v("IBAN", w.iban(), w.masked_iban())
    d.t(f". Beløb {w.amount()}. ")
    if r.random() < 0.5:
        d.t("Bor på ")
        d.v("ADDRESS", w.address(False), "[ADRESSE]")
        d.t(", ikke på den adresse brevet var sendt til. ")
    if r.random() < 0.55:
        d.t("En 'kollega fra Fjordvang' ringede fra ")
        d.v("PHONE", w.foreign_phone(), w.masked_phone())
        d.t(" og fik kundens MitID-bruger-ID ")
        d.v("MITID_USER", w.mitid(p), "[bruger-ID]")
        d.t(" samt koden ")
        d.v("OTP", w.otp(), "[kode]")
        d.t(". ")
    if r.random() < 0.4:
        d.t("CPR bekræftet: ")
        d.v("CPR", w.cpr(born), w.masked_cpr(born))
        d.t(". ")
    if r.random() < 0.35:
        d.t("Tilbagebetaling af dobbeltbetaling til reg./konto ")
        d.v("BANK_ACCOUNT", w.bank(), "[kontonr.]")
        d.t(". ")
    if r.random() < 0.3:
        d.t("Parkeringssagen gælder bil ")
        d.v("NUMBER_PLATE", w.plate(), w.masked_plate())
        d.t(", som kunden solgte i december. ")
    g = w.genitive(p)
    if g and r.random() < 0.4:
        d.t("\n")
        d.v("PERSON", g, w.pseudonym("debtor") + "'s")
        d.t(" datter ringer muligvis igen.")
    d.t("\nHandling: henvist til politiet på 114 og til vores afdeling på ")
    d.t(f"{_org_address(w)}. Sagen sat i bero.")


def web_chat(w: World, d: Doc) -> None:
    r = w.r
    p = w.person()
    staff = w.person()
    born = w.birth()
    who = r.choice((p.full, p.first, p.full.lower(), p.first.lower()))
    agent = r.choice((staff.first, staff.full))
    neg_who, neg_agent = r.choice(("Kunde A", "Skyldner 1", "Kunde B")), "Medarbejder B"
    minute = r.randint(8 * 60, 20 * 60)

    def line(speaker: str, stand_in: str, *bits: tuple[str, str, str] | str) -> None:
        nonlocal minute
        minute += r.randint(0, 3)
        d.t(f"[{minute // 60:02d}:{minute % 60:02d}] ")
        d.v("PERSON", speaker, stand_in)
        d.t(": ")
        for bit in bits:
            if isinstance(bit, str):
                d.t(bit)
            else:
                d.v(*bit)
        d.t("\n")

    d.t(f"Webchat – fjordvang.example.dk/kontakt – {w.date_text()}\n")
    line(agent, neg_agent, "Hej, du skriver med ", ("PERSON", staff.first, "Medarbejder B"),
         f" fra {AGENCY}. Hvad kan jeg hjælpe med?")  # fmt: skip
    opening = r.choice((
        "hej jeg har faet et brev om gæld til ", "Hello, I received a debt letter from ",
        "HEJ JEG HAR FÅET EN SMS OM GÆLD TIL "))  # fmt: skip
    line(who, neg_who, opening, r.choice(COMPANIES), " men det passer ikke")
    line(agent, neg_agent, "Det må du undskylde. Har du et sagsnummer?")
    line(who, neg_who, w.case())
    line(agent, neg_agent, "Tak. Kan du bekræfte dit fulde navn og din fødselsdato?")
    line(who, neg_who, ("PERSON", p.full, "[NAVN]"), ", født ",
         ("DATE_OF_BIRTH", w.dob(born), "xx.xx.19xx"))  # fmt: skip
    if r.random() < 0.6:
        line(who, neg_who, "der ringede en fra jer i går og spurgte efter mit MitID bruger-ID")
        line(agent, neg_agent, "Det gør vi aldrig. Hvad gav du dem?")
        if r.random() < 0.5:
            line(who, neg_who, ("MITID_USER", w.mitid(p), "[bruger-ID]"))
        else:
            line(who, neg_who, "mit bruger-ID ", ("MITID_USER", w.mitid(p), "[bruger-ID]"),
                 " og bagefter koden ", ("OTP", w.otp(), "[kode]"))  # fmt: skip
        line(agent, neg_agent, "Fik de også en kode fra din MitID-app?")
        line(who, neg_who, "ja ", ("OTP", w.otp(), "[kode]"))
    if r.random() < 0.45:
        line(who, neg_who, "jeg betalte også på deres side med mit kort ",
             ("CARD", w.card(), w.masked_card()), " udløb ",
             ("CARD_EXPIRY", w.expiry(), "**/**"))  # fmt: skip
        line(agent, neg_agent, "Spær kortet med det samme hos din bank og anmeld det til politiet.")
    if r.random() < 0.35:
        line(agent, neg_agent, "Hvilket CPR-nummer står der på brevet?")
        line(who, neg_who, ("CPR", w.cpr(born), w.masked_cpr(born)))
    if r.random() < 0.3:
        line(
            who,
            neg_who,
            "brevet handler om en p-afgift på bil ",
            ("NUMBER_PLATE", w.plate(), w.masked_plate()),
            " men den har jeg ikke haft siden 2024",
        )
    line(agent, neg_agent, "Må vi ringe dig op? Hvilket nummer?")
    if r.random() < 0.4:
        line(who, neg_who, ("PHONE", w.phone(0.05), w.masked_phone()), " eller mail ",
             ("EMAIL", w.email(p), w.masked_mail(p)))  # fmt: skip
    else:
        line(who, neg_who, ("PHONE", w.phone(0.05), w.masked_phone()))
    line(agent, neg_agent, f"Tak. Du kan også ringe på {w.org_line()} eller komme ind på "
         f"{_org_address(w)}. Ha' en god dag.")  # fmt: skip


def payment_form(w: World, d: Doc) -> None:
    r = w.r
    p = w.person()
    born = w.birth()
    d.t(f"{AGENCY} – ANMODNING OM BETALINGSAFTALE\nSagsnr.: {w.case()}   {w.customer()}\n")
    d.t(f"Kreditor: {r.choice(COMPANIES)}\n\n")
    d.t("Navn (blokbogstaver): ")
    d.v("PERSON", p.full.upper(), "[NAVN]")
    d.t("\nCPR-nr.: ")
    d.v("CPR", w.cpr(born), w.masked_cpr(born))
    d.t("\nAdresse: ")
    d.v("ADDRESS", w.address(r.random() < 0.35), "[ADRESSE]")
    d.t("\nTelefon: ")
    d.v("PHONE", w.phone(0.04), w.masked_phone())
    d.t("\nE-mail: ")
    d.v("EMAIL", w.email(p), w.masked_mail(p))
    d.t(f"\n\nSamlet gæld: {w.amount()}\nMånedlig ydelse: {w.amount()}\n")
    d.t(f"Første betaling: {w.date_text()}\n")
    d.t("Betalingsservice fra reg.nr./konto: ")
    d.v("BANK_ACCOUNT", w.bank(), "[kontonr.]")
    d.t(f" ({r.choice(BANKS)})\n")
    if r.random() < 0.7:
        d.t("Alternativt kort – Kortnummer: ")
        d.v("CARD", w.card(), w.masked_card())
        d.t("  Udløb: ")
        d.v("CARD_EXPIRY", w.expiry(), "**/**")
        d.t("\n")
    d.t(f"\nDato: {w.date_text()}   Underskrift: ")
    _name(w, d, p, "debtor", r.choice(("full", "initial", "surname")))
    d.t(f"\n\nSendes til {AGENCY}, {_org_address(w)}, eller afleveres i vores afdeling på "
        f"{_org_address(w)}. Spørgsmål: {w.org_line()}.")  # fmt: skip


def creditor_mail(w: World, d: Doc) -> None:
    r = w.r
    p = w.person()
    staff = w.person()
    contact = w.person()
    born = w.birth()
    creditor = r.choice(COMPANIES)
    d.t("Fra: ")
    d.v("EMAIL", w.staff_mail(staff), "[e-mail]")
    d.t("\nTil: ")
    cdom = ascii_word(creditor.split()[0])
    d.v("EMAIL", f"{ascii_word(contact.first)}@{cdom}.example.com", "[e-mail]")
    d.t(f"\nEmne: {w.case()} – indsigelse fra skyldner\nDato: 2026-0{r.randint(1, 4)}-")
    d.t(f"{r.randint(10, 28)} {w.clock()}\n\n")
    english = r.random() < 0.2
    if english:
        d.t("Dear ")
        _name(w, d, contact, "other", "first")
        d.t(",\n\nThe debtor ")
        _name(w, d, p, "debtor", "full")
        d.t(" (DOB: ")
        d.v("DATE_OF_BIRTH", w.dob(born), "xx.xx.19xx")
        d.t(f") disputes invoice {w.invoice()} of {w.amount()}. ")
    else:
        d.t("Hej ")
        _name(w, d, contact, "other", "first")
        d.t("\n\nSkyldner ")
        _name(w, d, p, "debtor", r.choice(("full", "full", "surname")))
        d.t(" (f. ")
        d.v("DATE_OF_BIRTH", w.dob(born), "xx.xx.19xx")
        d.t(f") bestrider faktura {w.invoice()} på {w.amount()}. ")
    if r.random() < 0.6:
        d.t("Skyldner oplyser at have betalt fra konto ")
        d.v("BANK_ACCOUNT", w.bank(), "[kontonr.]")
        d.t(f" den {w.date_text()}. ")
    if creditor == PARKING or r.random() < 0.45:
        d.t("Køretøjet ")
        d.v("NUMBER_PLATE", w.plate(), w.masked_plate())
        d.t(" var ifølge skyldner solgt til ")
        _name(w, d, w.person(), "other", r.choice(("full", "full", "initial")))
        d.t(" inden afgiften. ")
    if r.random() < 0.4:
        d.t("Skyldner driver enkeltmandsvirksomhed fra sin bopæl, ")
        d.v("ADDRESS", w.address(False), "[ADRESSE]")
        d.t(", og har ingen kontorer andre steder. ")
    else:
        d.t("Korrekt adresse:\n")
        d.v("ADDRESS", w.address(True), "[ADRESSE]")
        d.t("\n")
    d.t("Kan I sende dokumentation? Vi har sat sagen i bero.\n\n")
    g = w.genitive(p)
    if g and r.random() < 0.5:
        d.v("PERSON", g, w.pseudonym("debtor") + "'s")
        d.t(" telefon er ")
        d.v("PHONE", w.phone(0.05), w.masked_phone())
        d.t(".\n\n")
    d.t("Venlig hilsen\n")
    _name(w, d, staff, "staff", r.choice(("full", "initial")))
    d.t(f"\n{AGENCY} | {_org_address(w)} | Tlf. {w.org_line()}\n\n")
    d.t(f"> {creditor} skrev: Vi har ingen registrering af betalingen. Vores kontor på "
        f"{_org_address(w, CREDITOR_OFFICES)} kan kontaktes på {w.org_line()}.")  # fmt: skip


def police_mail(w: World, d: Doc) -> None:
    r = w.r
    station, station_address = r.choice(POLICE)
    staff = w.person()
    d.t(f"Til: {station}, {station_address}\nFra: ")
    d.v("EMAIL", w.staff_mail(staff), "[e-mail]")
    d.t(f"\nEmne: Anmeldelse – falske inkassobreve og sms'er i {AGENCY}' navn\n\n")
    d.t(r.choice(("Til politiet\n\n", "Kære politi\n\n", "To the police,\n\n")))
    d.t(f"{AGENCY}, {w.cvr()}, anmelder hermed svindel, hvor ukendte sender breve og sms'er i "
        "vores navn. Følgende borgere har kontaktet os:\n")  # fmt: skip
    for i in range(r.randint(1, 3)):
        p = w.person()
        born = w.birth()
        d.t(f"{i + 1}. ")
        _name(w, d, p, "debtor", r.choice(("full", "surname", "full")))
        if r.random() < 0.6:
            d.t(" (født ")
            d.v("DATE_OF_BIRTH", w.dob(born), "xx.xx.19xx")
            d.t(")")
        d.t(", tlf. ")
        d.v("PHONE", w.phone(0.05), w.masked_phone())
        if r.random() < 0.4:
            d.t(", ")
            d.v("ADDRESS", w.address(False), "[ADRESSE]")
        d.t(f", har betalt {w.amount()} til ")
        d.v("IBAN", w.iban(), w.masked_iban())
        if r.random() < 0.5:
            d.t(" med kort ")
            d.v("CARD", w.card(), w.masked_card())
            d.t(", udløb ")
            d.v("CARD_EXPIRY", w.expiry(), "**/**")
        if r.random() < 0.45:
            d.t(". Har givet MitID-bruger-ID ")
            d.v("MITID_USER", w.mitid(p), "[bruger-ID]")
            d.t(" og engangskoden ")
            d.v("OTP", w.otp(), "[kode]")
        if r.random() < 0.2:
            d.t(". CPR: ")
            d.v("CPR", w.cpr(born), w.masked_cpr(born))
        d.t(".\n")
    d.t("\nSvindlerne ringer fra ")
    d.v("PHONE", w.foreign_phone(), w.masked_phone())
    d.t(f" og bruger domænet {r.choice(FAKE_LINKS)}. Vi har ikke selv kontonumre i udlandet.\n\n")
    d.t(f"Vores kontor ligger på {_org_address(w)}; sagen har vores {w.case()}. ")
    d.t(f"Tidligere anmeldelse: {w.journal()}.\n\n")
    d.t("Med venlig hilsen\n")
    _name(w, d, staff, "staff", r.choice(("full", "initial")))
    d.t(f"\nCompliance, {AGENCY}, tlf. {w.org_line()}")


def complaints_log(w: World, d: Doc) -> None:
    r = w.r
    d.t(f"KLAGELOG – {AGENCY} – uge {r.randint(2, 17)}\nID | Modtaget | Klager | Kanal | Resumé\n")
    for _ in range(r.randint(2, 5)):
        p = w.person()
        born = w.birth()
        d.t(f"{w.complaint()} | 2026-0{r.randint(1, 4)}-{r.randint(10, 28)} {w.clock()} | ")
        _name(w, d, p, "debtor", r.choice(("surname", "surname", "full", "caps")))
        kind = r.randrange(4)
        if kind == 0:
            d.t(" | mail ")
            d.v("EMAIL", w.email(p), w.masked_mail(p))
            d.t(" | bestrider gæld, mener sms var FALSK")
        elif kind == 1:
            d.t(" | tlf ")
            d.v("PHONE", w.phone(0.05), w.masked_phone())
            d.t(f" | klager over gebyr {w.amount()}")
        elif kind == 2:
            d.t(" | brev | p-afgift bil ")
            d.v("NUMBER_PLATE", w.plate(), w.masked_plate())
            d.t(" ikke hans/hendes")
        else:
            d.t(" | chat | har betalt til falsk konto ")
            d.v("IBAN", w.iban(), w.masked_iban())
        if r.random() < 0.25:
            d.t(", cpr ")
            d.v("CPR", w.cpr(born), w.masked_cpr(born))
        status = r.choice(("åben", "lukket", "afventer kreditor", f"politiet {w.journal()}"))
        d.t(f" | {status}\n")
    d.t(f"Henvendelser ved skranken: {_org_address(w)}. Hotline {w.org_line()}.")


WRITERS: dict[str, Callable[[World, Doc], None]] = {
    "falsk_sms": fake_sms,
    "inkassobrev": collection_letter,
    "telefonnotat": phone_note,
    "webchat": web_chat,
    "betalingsaftale": payment_form,
    "kreditormail": creditor_mail,
    "politimail": police_mail,
    "klagelog": complaints_log,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, the NEGATIVES share of them pseudonymised, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    world = World(rng)
    docs, seen = [], set()
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        while True:
            doc = Doc(kinds[i] == "negative")
            WRITERS[genre](world, doc)
            if doc.text not in seen and (doc.negative or doc.spans):
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii_blind90-{i:04d}",
                "genre": genre,
                "kind": kinds[i],
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    rows = generate()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
