"""A sixty-eighth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ordinary
fortnight in February at A TELECOM OPERATOR'S FRAUD DESK (SIM swaps, numbers ported without
consent, spoofed caller IDs, subscriptions taken out with stolen identities, customers'
complaints and chat logs), in nine genres: a SIM-swap incident log of dated notes (the
customer's CPR, number and address, the code read out, the MitID user ID the fraudster knew,
the bank account emptied), an e-mail thread (Fra:/Til:/Emne:) with another operator about a
number ported without consent, call notes on a spoofed caller ID ("Jonas fra kortafdelingen"
and the card, expiry, CVC and code the customer gave away), a customer-service chat export
("[09:14] Name: " lines, names typed in lower case), an order form for a subscription taken out
in someone else's name (birth date, CPR, address on two lines, the card paid with), a
semicolon export of suspicious SIM changes (names in capitals, surname first), a letter to a
customer with the refund account, an investigator's summary of a ring (suspects born on a
given date, their cars' plates, the IBANs the money went to) and a report to the police. The
names are those of Danes of all ages, Danes with roots elsewhere ("Zeynep Yilmaz", "Nguyen Thi
Thuy"), double surnames ("Kragh-Pedersen") and the operator's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "medarbejder", "anmelder");
  "Holmgaard, Merete" is one span; a genitive s belongs to it ("Meretes"); a lower-case name
  typed in a chat ("jytte") is PERSON. A scammer's alias ("Jonas fra kortafdelingen") labels
  only the name ("Jonas"). Operators, banks, products, placeholders ("[NAVN]", "Kunde 2",
  "Medarbejder A", "Mistænkt 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address, and the
  organisations' own postal addresses never occur.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date,
  four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født", "f." or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (never 70 or 80),
  written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code
  (with its brackets) inside the span, and foreign numbers from the fiction ranges only,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). The operators' and banks' own lines
  (70/80 numbers, 112, 114) are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid, 16 digits with
  a published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time
  code sent, asked for or read out (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts ("1.299,00 kr.", "kr. 349"), dates and clock times
  ("14.02.26", "kl. 09.14", "[09:14]", "2026-02-14 09:14"), case, ticket, porting, order and
  journal numbers ("FS-26-04417", "INC-260214", "PORT-4417-2093", "ORD-4471093"), IMEIs written
  in groups ("IMEI 35-209900-176148-1"), parcel numbers ("RR123456785DK"), CVR numbers, masked
  values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932"), the operators' 70/80 lines, operators, banks, products,
  streets without a number and family words. Documents of kind "negative" are the same genres
  after pseudonymisation: only such values, stand-ins ("[NAVN]", "[TLF]", "[CPR]") and
  pseudonyms ("Kunde 2", "Medarbejder A") remain. No run of ten or more digits occurs outside
  a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind67 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind67"
SIZE = 1000
NEGATIVES = 350

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
GENRES = (
    "simskift_log",
    "mail_portering",
    "opkaldsnotat",
    "kundechat",
    "abonnement_formular",
    "eksport_simskift",
    "brev_kunde",
    "efterforsker_resume",
    "politianmeldelse",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "555555", "222300", "520082")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "NL": 18, "GB": 22, "LT": 20, "ES": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "55", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74",
            "75", "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

FEMALE = ("Agnete", "Birthe", "Conny", "Dorte", "Else", "Frida", "Gudrun", "Hanne", "Inger",
          "Jytte", "Karen", "Lone", "Merete", "Nanna", "Oda", "Pernille", "Rikke", "Sidsel",
          "Tove", "Ulla", "Vibeke", "Yvonne", "Asta", "Liva", "Ellen", "Signe", "Maja", "Sofie",
          "Freja", "Ida", "Aya", "Fatima", "Leyla", "Zeynep", "Amina", "Thuy", "Ewa", "Ingrid",
          "Bodil", "Kirsten", "Gitte", "Malene", "Trine", "Camilla", "Stine", "Josefine",
          "Clara", "Alma", "Ronja", "Nour", "Hiba", "Samira", "Yasmin", "Olga", "Katarzyna",
          "Marianne", "Lykke", "Vigga", "Edith", "Ruth")  # fmt: skip
MALE = ("Bent", "Carsten", "Dennis", "Erik", "Flemming", "Gunnar", "Henning", "Ib", "Jørgen",
        "Kjeld", "Leif", "Mogens", "Ole", "Poul", "Preben", "Søren", "Torben", "Uffe", "Verner",
        "Aksel", "Bjørn", "Casper", "Emil", "Frederik", "Hjalte", "Oscar", "Viggo", "Ahmad",
        "Mehmet", "Ali", "Hassan", "Omar", "Tariq", "Bilal", "Duc", "Minh", "Piotr", "Tomasz",
        "Mikkel", "Kasper", "Jesper", "Jakob", "Troels", "Kristian", "Henrik", "Villads",
        "Karim", "Yusuf", "Arne", "Svend", "Palle", "Ejnar", "Holger", "Benny", "Kenneth",
        "Asger", "Malthe", "Anton", "Sebastian", "Rune")  # fmt: skip
# The names tests/test_pii_blind_sets.py reads the given names by.
WOMEN, MEN = FEMALE, MALE
SURNAMES = ("Holmgaard", "Kjærulff", "Lindhardt", "Bisgaard", "Skovbo", "Thygesen",
            "Vestergaard", "Damgaard", "Frandsen", "Gregersen", "Husum", "Iversen", "Juhl",
            "Kragh", "Mørch", "Nørgaard", "Overgaard", "Pallesen", "Quist", "Riis", "Schou",
            "Toft", "Udsen", "Vinther", "Westh", "Ærenlund", "Østergaard", "Aagaard", "Bach",
            "Dahl", "Engberg", "Fog", "Gram", "Hvid", "Kaas", "Lund", "Moos", "Nyborg", "Rask",
            "Tang", "Yilmaz", "Demir", "Hussein", "Khan", "Nguyen", "Tran", "Kowalski", "Nowak",
            "Abdi", "Mahmoud", "Rahimi", "Haddad", "Jama", "Sørensen", "Poulsen", "Madsen",
            "Kristensen", "Andreasen", "Mikkelsen", "Bertelsen", "Knudsen", "Brøndum",
            "Kirkegaard", "Laursen", "Ebbesen", "Halberg", "Stampe")  # fmt: skip
DOUBLE = ("Juhl-Mortensen", "Kragh-Pedersen", "Bach-Nielsen", "Holm-Lassen", "Winther-Aagaard",
          "Skov-Hansen", "Yilmaz-Kjær", "Riis-Damsgaard", "Lund-Thomsen", "Friis-Ebbesen",
          "Møller-Khan", "Due-Hvidberg", "Krogh-Abdi", "Bang-Sommer")  # fmt: skip
MIDDLE_F = ("Marie", "Louise", "Kristine", "Sofie", "Thi")
MIDDLE_M = ("Emil", "Valdemar", "Van", "Kristoffer")
MIDDLE = ("Munk", "Bech", "Ravn", "Brink", "Fjord", "Lind", "Skytte", "Dam")
STREETS = ("Kløvervangen", "Bøgebakken", "Teglgårdsvej", "Lærkevej", "Søndre Allé", "Havnegade",
           "Mølledamsvej", "Rugmarken", "Egevænget", "Toftegårdsvej", "Vesterbrogade",
           "Strandboulevarden", "Skolestien", "Præstemarken", "Kildebakken", "Hyldebærvej",
           "Fasanvej", "Birkedalsvej", "Nørre Farimagsgade", "Solsikkevej", "Rønnebærvej",
           "Lindealléen", "Enghavevej", "Bakkedraget", "Stationsvej", "Fjordvej",
           "Åboulevarden", "Tornevangsvej", "Gyvelvej", "Pilegårdsvej")  # fmt: skip
TOWNS = (("2300", "København S"), ("2200", "København N"), ("2000", "Frederiksberg"),
         ("2620", "Albertslund"), ("2750", "Ballerup"), ("3400", "Hillerød"), ("4000", "Roskilde"),
         ("4200", "Slagelse"), ("4700", "Næstved"), ("5000", "Odense C"), ("5700", "Svendborg"),
         ("6000", "Kolding"), ("6700", "Esbjerg"), ("7100", "Vejle"), ("7400", "Herning"),
         ("7800", "Skive"), ("8000", "Aarhus C"), ("8600", "Silkeborg"), ("8900", "Randers C"),
         ("9000", "Aalborg"), ("9800", "Hjørring"), ("3700", "Rønne"), ("6400", "Sønderborg"),
         ("8700", "Horsens"), ("4600", "Køge"), ("3000", "Helsingør"), ("7500", "Holstebro"),
         ("8680", "Ry"))  # fmt: skip
COMPANIES = ("Tårnmobil", "Bølgetel", "Signalhuset", "Kvistnet", "Fjernkald", "Mastelinjen")
BANKS = ("Danske Bank", "Jyske Bank", "Nykredit", "Lunar", "Spar Nord", "Sydbank",
         "Arbejdernes Landsbank")  # fmt: skip
PRODUCTS = ("Taletid Plus", "Familiepakken", "Data Max 100 GB", "Roaming Pas", "iPhone 17 Pro",
            "Galaxy S26")  # fmt: skip
ORG_LINES = ("70 11 24 24", "70 20 46 60", "80 30 40 99", "7012 5050", "80 60 12 12")
PSEUDONYMS = ("Kunde 1", "Kunde 2", "Medarbejder A", "Medarbejder B", "Abonnent A", "Svindler 1")
ALIAS_ROLES = ("fra kortafdelingen", "fra bankens sikkerhedsafdeling", "fra Tårnmobils support",
               "fra NemID-support", "fra politiets it-enhed")  # fmt: skip
RELATIVES = ("min mand", "min kone", "min søn", "min datter", "min nabo", "min mor", "min far")
FAMILY = ("hendes mand", "hans kone", "hans søn", "hendes datter", "hendes mor", "hans far",
          "hans datter", "hendes søn")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
CSV_HEADER = "tidspunkt;navn;cpr;nummer;e-mail;imei;bemærkning"


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _translit(text: str) -> str:
    table = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u"}
    return "".join(table.get(ch, ch) for ch in text.lower() if ch.isalnum() or ch in table)


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class Gen:
    """Random values for one set."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def person(self) -> Person:
        r = self.r
        first = r.choice(FEMALE + MALE)
        last = r.choice(DOUBLE) if r.random() < 0.22 else r.choice(SURNAMES)
        own = MIDDLE_F if first in FEMALE else MIDDLE_M
        middle = r.choice(MIDDLE + own) if r.random() < 0.18 else ""
        return Person(first, middle, last)

    def name(self, p: Person, form: str = "") -> str:
        """A written form of a person's name."""
        r = self.r
        form = (
            form
            or r.choices(
                ("full", "first", "surfirst", "upper", "initial", "genitive", "plain"),
                (30, 12, 10, 4, 6, 6, 20),
            )[0]
        )
        if form == "first":
            return p.first
        if form == "surfirst":
            return f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle else "")
        if form == "upper":
            return p.full.upper()
        if form == "upsurfirst":
            return f"{p.last}, {p.first}".upper()
        if form == "lower":
            return r.choice((p.first, p.full)).lower()
        if form == "initial":
            if p.middle:
                return f"{p.first} {p.middle[0]}. {p.last}"
            return f"{p.first[0]}. {p.last}"
        if form == "genitive":
            bases = [b for b in (p.full, p.first) if b[-1] not in "sxz"]
            return r.choice(bases) + "s" if bases else p.full
        if form == "plain":
            return f"{p.first} {p.last}"
        return p.full

    def email(self, p: Person) -> str:
        r = self.r
        first, last = _translit(p.first), _translit(p.last.replace("-", ""))
        local = r.choice(
            (
                f"{first}.{last}",
                f"{first}{last[:3]}",
                f"{first[0]}{last}",
                f"{first}{r.randint(1, 99)}",
                f"{last}.{first}",
                f"{first}_{last}",
            )
        )
        return (
            f"{local}@{r.choice(('example.dk', 'example.com', 'example.net', 'post.example.dk'))}"
        )

    def masked_mail(self) -> str:
        r = self.r
        return f"{r.choice('abcdefghijklmnoprstuv')}***@{r.choice(('example.dk', 'example.com'))}"

    def phone_digits(self) -> str:
        r = self.r
        lead = r.choice(MOBILE) if r.random() < 0.7 else r.choice(LANDLINE)
        return lead + "".join(r.choice("0123456789") for _ in range(6))

    def phone(self) -> str:
        r = self.r
        if r.random() < 0.12:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randint(0, 999):03d}"
            return f"+46 70 174 06 {r.randint(5, 99):02d}"
        d = self.phone_digits()
        pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        layouts = (
            f"+45 {d}", f"+45 {pairs}", f"+45 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}",
            f"(+45) {pairs}", f"0045 {d}", pairs, d, f"+45{d}", pairs.replace(" ", "."),
        )  # fmt: skip
        return r.choice(layouts)

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.r.randint(10, 99)}"

    def birth(self) -> date:
        return date(1931, 1, 1) + timedelta(days=self.r.randint(0, 27000))

    def cpr(self, born: date | None = None) -> str:
        r = self.r
        born = born or self.birth()
        digit = "4" if born.year >= 2000 else r.choice("0123")
        head = born.strftime("%d%m%y")
        while True:
            serial = digit + f"{r.randint(0, 999):03d}"
            digits = head + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        return r.choice(
            (
                f"{head}-{serial}",
                digits,
                f"{head[:2]} {head[2:4]} {head[4:]} {serial}",
                f"{head} {serial}",
            )
        )

    def masked_cpr(self) -> str:
        return self.birth().strftime("%d%m%y") + "-xxxx"

    def dob(self, born: date) -> str:
        return self.r.choice(
            (
                f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                born.strftime("%d.%m.%Y"),
                f"{born.day}/{born.month}-{born.year}",
                born.strftime("%d-%m-%Y"),
            )
        )

    def card(self) -> str:
        r = self.r
        body = r.choice(TEST_PREFIXES)
        body += "".join(r.choice("0123456789") for _ in range(15 - len(body)))
        compact = body + _luhn_digit(body)
        return grouped(compact) if r.random() < 0.55 else compact

    def masked_card(self) -> str:
        r = self.r
        tail = f"{r.randint(0, 9999):04d}"
        return r.choice((f"**** **** **** {tail}", f"******{tail}"))

    def expiry(self) -> str:
        r = self.r
        month, year = r.randint(1, 12), r.randint(26, 31)
        return f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"

    def cvv(self) -> str:
        return f"{self.r.randint(0, 999):03d}"

    def otp(self) -> str:
        r = self.r
        return (
            f"{r.randint(0, 999999):06d}" if r.random() < 0.75 else f"{r.randint(0, 10**8 - 1):08d}"
        )

    def mitid(self, p: Person) -> str:
        r = self.r
        base = _translit(p.first) + r.choice(("", _translit(p.last.split("-")[0])[:1]))
        year = self.birth().year
        return base + (str(year) if r.random() < 0.4 else f"{year % 100:02d}")

    def plate(self) -> str:
        r = self.r
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randint(10, 99)}{r.randint(0, 999):03d}"
        return f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else letters + digits

    def iban(self) -> str:
        r = self.r
        country = r.choice(("DK", "DK", "DK", "DE", "SE", "NO", "NL", "GB", "LT", "ES"))
        n = IBAN_LENGTH[country] - 4
        if country in ("NL", "GB"):
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4))
            bban += "".join(r.choice("0123456789") for _ in range(n - 4))
        else:
            bban = "".join(r.choice("0123456789") for _ in range(n))
        numeric = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - numeric % 97:02d}{bban}"
        return grouped(compact) if r.random() < 0.6 else compact

    def masked_iban(self) -> str:
        r = self.r
        return f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(0, 9999):04d}"

    def reg(self) -> str:
        return str(self.r.randint(1000, 9899))

    def account(self) -> str:
        r = self.r
        n = r.choice((7, 8, 10, 10))
        return (
            str(r.randint(10 ** (n - 1), 10**n - 1))
            if n < 10
            else f"{r.randint(0, 10**10 - 1):010d}"
        )

    def street(self) -> str:
        r = self.r
        out = f"{r.choice(STREETS)} {r.randint(1, 148)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        if r.random() < 0.4:
            out += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
            )
        return out

    def town(self) -> str:
        code, town = self.r.choice(TOWNS)
        return f"{code} {town}"

    def day(self) -> int:
        return self.r.randint(2, 27)

    def clock(self) -> tuple[int, int]:
        return self.r.randint(7, 21), self.r.randint(0, 59)

    def case_no(self) -> str:
        return f"FS-26-{self.r.randint(0, 99999):05d}"

    def ticket(self) -> str:
        return f"INC-{self.r.randint(100000, 999999)}"

    def port_no(self) -> str:
        return f"PORT-{self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}"

    def order_no(self) -> str:
        return f"ORD-{self.r.randint(1000000, 9999999)}"

    def imei(self) -> str:
        r = self.r
        body = f"{r.randint(0, 999999):06d}-{r.randint(0, 999999):06d}"
        return f"IMEI {r.randint(10, 99)}-{body}-{r.randint(0, 9)}"

    def parcel(self) -> str:
        r = self.r
        return f"{r.choice(('RR', 'CC', 'LX', 'UA'))}{r.randint(0, 999999999):09d}DK"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(10000000, 99999999)}"

    def amount(self) -> str:
        r = self.r
        kroner = r.choice((r.randint(49, 999), r.randint(1000, 95000)))
        text = f"{kroner:,}".replace(",", ".")
        if r.random() < 0.5:
            return f"{text},{r.choice(('00', '95', '50', '99'))} kr."
        return f"kr. {text}"

    def journal(self) -> str:
        r = self.r
        return f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(0, 99999):05d}-26"


class Doc:
    """A text being written, with its spans; in a negative every value is its stand-in."""

    def __init__(self, positive: bool) -> None:
        self.positive = positive
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.pseudonyms: dict[Person, str] = {}

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, value: str, kind: str, stand_in: str) -> Doc:
        if self.positive:
            self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
            return self.t(value)
        return self.t(stand_in)

    def who(self, p: Person, written: str, role: str = "") -> Doc:
        """A person's name, or in a negative the pseudonym of the role (or "[NAVN]")."""
        if not role:
            return self.v(written, "PERSON", "[NAVN]")
        if p not in self.pseudonyms:
            taken = set(self.pseudonyms.values())
            options = [s for s in PSEUDONYMS if s.startswith(role) and s not in taken]
            self.pseudonyms[p] = options[0] if options else "[NAVN]"
        return self.v(written, "PERSON", self.pseudonyms[p])

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _stamp(g: Gen, day: int, hour: int) -> str:
    h, m = hour, g.r.randint(0, 59)
    return g.r.choice(
        (f"{day:02d}.02.26 kl. {h:02d}.{m:02d}", f"2026-02-{day:02d} {h:02d}:{m:02d}")
    )


def _sim_log(g: Gen, d: Doc) -> None:
    r = g.r
    cust, staff, rel = g.person(), g.person(), g.person()
    day = g.day()
    d.t(f"Hændelseslog {g.case_no()} – SIM-skift uden kundens samtykke\n")
    d.t("Kunde: ").who(cust, g.name(cust, r.choice(("full", "surfirst", "plain"))), "Kunde")
    d.t(", CPR ").v(g.cpr(), "CPR", r.choice(("[CPR]", g.masked_cpr())))
    d.t(", nummer ").v(g.phone(), "PHONE", r.choice(("[TLF]", g.masked_phone()))).t("\n")
    d.t("Adresse: ").v(f"{g.street()}, {g.town()}", "ADDRESS", "[ADRESSE]").t("\n\n")
    d.t(
        f"{_stamp(g, day, 8 + r.randint(0, 1))} – Nyt SIM-kort aktiveret i butikken "
        f"ved {r.choice(STREETS)}. "
    )
    d.t(f"Ny enhed {g.imei()}. Ekspedient: ").who(staff, g.name(staff, "initial"), "Medarbejder")
    d.t(".\n")
    d.t(f"{_stamp(g, day, 10 + r.randint(0, 2))} – Kunden ringer fra {r.choice(FAMILY)}s telefon ")
    d.t("(").v(g.phone(), "PHONE", "[TLF]").t(") og siger, at mobilen mistede forbindelsen. ")
    d.t("Kontaktperson: ").who(rel, g.name(rel, r.choice(("full", "first", "hyphen"))), "Abonnent")
    d.t(".\n")
    d.t(f"{_stamp(g, day, 13 + r.randint(0, 3))} – Svindleren fik tilsendt engangskoden ")
    d.v(g.otp(), "OTP", "[kode]").t(" og kendte MitID-bruger-id ")
    d.v(g.mitid(cust), "MITID_USER", "[bruger-id]").t(".\n")
    d.t(
        f"{_stamp(g, day + 1, 9 + r.randint(0, 2))} – {r.choice(BANKS)} bekræfter "
        f"overførsel af {g.amount()} fra "
    )
    if r.random() < 0.5:
        d.t("konto ").v(f"{g.reg()}{r.choice('- ')}{g.account()}", "BANK_ACCOUNT", "[kontonr.]")
    else:
        d.t(f"reg.nr. {g.reg()}, kontonr. ").v(g.account(), "BANK_ACCOUNT", "[kontonr.]")
    d.t(f". Kort {g.masked_card()} spærret via {r.choice(ORG_LINES)}.\n")
    d.t(
        f"{_stamp(g, day + 1, 13 + r.randint(0, 6))} – Ticket {g.ticket()} oprettet. "
        "Kundens mail i systemet: "
    )
    d.t(f"{g.masked_mail()}.\n")


def _mail(g: Gen, d: Doc) -> None:
    r = g.r
    a, b, cust = g.person(), g.person(), g.person()
    ma, mb, mc = g.email(a), g.email(b), g.email(cust)
    co1, co2 = r.sample(COMPANIES, 2)
    port, day = g.port_no(), g.day()
    h, m = g.clock()
    d.t("Fra: ").v(mb, "EMAIL", "[e-mail]").t("\nTil: ").v(ma, "EMAIL", "[e-mail]").t("\n")
    d.t(f"Emne: SV: Portering uden samtykke – {port}\nDato: 2026-02-{day:02d} {h:02d}:{m:02d}\n\n")
    d.t("Hej ").who(a, a.first, "Medarbejder").t(",\n\n")
    d.t(f"Vi har tjekket {port} hos {co2}. Nummeret ")
    d.v(g.phone(), "PHONE", r.choice(("[TLF]", g.masked_phone())))
    d.t(f" blev flyttet {day - 1:02d}.02.26 med en fuldmagt underskrevet af ")
    d.who(cust, g.name(cust, r.choice(("full", "three", "plain"))), "Kunde")
    d.t(r.choice((", men kunden afviser at have skrevet under. ", ". Underskriften ligner ikke. ")))
    d.t("Fuldmagten kom fra ").v(g.email(g.person()), "EMAIL", g.masked_mail())
    d.t(f" og betalingen på {g.amount()} gik til IBAN ").v(g.iban(), "IBAN", g.masked_iban())
    d.t(".\n\nVi ruller porteringen tilbage i aften. ")
    d.who(cust, g.name(cust, "genitive"), "Kunde")
    d.t(r.choice((" nye SIM sendes med ", " erstatnings-SIM er sendt som ")))
    d.t(f"{g.parcel()}. Kunden kan kontaktes på ").v(mc, "EMAIL", "[e-mail]").t(" eller ")
    d.v(g.phone(), "PHONE", "[TLF]").t(".\n\nVenlig hilsen\n")
    d.who(b, g.name(b, r.choice(("full", "initial", "plain"))), "Medarbejder")
    d.t(f"\nSvindelteamet, {co2}, {g.cvr()}\n\n")
    d.t("> Fra: ").v(ma, "EMAIL", "[e-mail]").t("\n")
    d.t(f"> Emne: Portering uden samtykke – {port}\n> Kan I se, hvem der bestilte porteringen ")
    d.t(f"af nummeret hos {co1}? Vores kundeservice ({r.choice(ORG_LINES)}) har fået klagen.\n")


def _call(g: Gen, d: Doc) -> None:
    r = g.r
    cust, staff = g.person(), g.person()
    alias = g.person()
    day = g.day()
    h, m = g.clock()
    bank = r.choice(BANKS)
    d.t(f"Opkaldsnotat {g.ticket()} – {day:02d}.02.26 kl. {h:02d}.{m:02d}, modtaget af ")
    d.who(staff, g.name(staff, r.choice(("full", "first", "initial"))), "Medarbejder").t("\n\n")
    d.who(cust, g.name(cust, r.choice(("full", "surfirst", "plain", "three"))), "Kunde")
    d.t(" ringer fra ").v(g.phone(), "PHONE", "[TLF]")
    d.t(f". Blev i går ringet op, og displayet viste {bank}s hovednummer ")
    d.t(f"{r.choice(ORG_LINES)}. Manden præsenterede sig som ")
    d.who(alias, alias.first, "Svindler").t(f" {r.choice(ALIAS_ROLES)}")
    d.t(r.choice((" og talte flydende dansk. ", ". ")))
    d.t("Kunden læste kortnummer ").v(g.card(), "CARD", g.masked_card())
    d.t(", udløb ").v(g.expiry(), "CARD_EXPIRY", "xx/xx")
    d.t(f" og {r.choice(('CVC', 'cvc', 'CVV', 'kontrolcifre'))} ").v(g.cvv(), "CARD_CVV", "***")
    d.t(" op, og bagefter koden ").v(g.otp(), "OTP", "[kode]").t(" fra en SMS.\n")
    if r.random() < 0.7:
        d.t("Kunden gav også sit MitID-bruger-id: ").v(g.mitid(cust), "MITID_USER", "[bruger-id]")
        d.t(".\n")
    d.t(
        f"Der er trukket {g.amount()} og {g.amount()} på kortet. "
        f"Kunden har talt med {r.choice(FAMILY)}"
    )
    d.t(" og vil anmelde det. Henvist til ring 112 ved fare, ellers politiet på 114.\n")
    d.t("Tilbagekald aftalt på ").v(g.phone(), "PHONE", g.masked_phone())
    d.t(f" – noteret {day:02d}.02.26.\n")


def _chat(g: Gen, d: Doc) -> None:
    r = g.r
    agent, cust = g.person(), g.person()
    day = g.day()
    h, m = g.clock()
    agent_name = g.name(agent, r.choice(("first", "full", "plain")))
    cust_name = g.name(cust, r.choice(("lower", "lower", "first", "full", "plain")))

    def line(who: Person, written: str, role: str) -> None:
        nonlocal m, h
        m += r.randint(0, 2)
        if m > 59:
            h, m = h + 1, m - 60
        d.t(f"[{h:02d}:{m:02d}] ").who(who, written, role).t(": ")

    d.t(f"Kundechat {g.ticket()} – eksporteret 2026-02-{day:02d}\n")
    line(agent, agent_name, "Medarbejder")
    d.t(f"Hej, du skriver med {r.choice(COMPANIES)}s kundeservice. Hvad kan jeg hjælpe med?\n")
    line(cust, cust_name, "Kunde")
    d.t(r.choice(("hej mit nummer ", "hejsa, nummeret ", "Mit abonnement ")))
    d.v(g.phone(), "PHONE", "[TLF]").t(" har ingen forbindelse siden i morges\n")
    line(agent, agent_name, "Medarbejder")
    d.t("Det er jeg ked af. Hvilken e-mail står du med?\n")
    line(cust, cust_name, "Kunde")
    d.v(g.email(cust), "EMAIL", "[e-mail]").t("\n")
    line(agent, agent_name, "Medarbejder")
    d.t(
        f"Tak. Der er bestilt nyt SIM i går kl. {h - 1:02d}.{m:02d} "
        "og sendt til en anden adresse.\n"
    )
    line(cust, cust_name, "Kunde")
    d.t("det har jeg ikke. jeg bor på ").v(f"{g.street()}, {g.town()}", "ADDRESS", "[ADRESSE]")
    d.t("\n")
    line(agent, agent_name, "Medarbejder")
    d.t(f"Jeg sender en kode til din mail. Skriv den her (din mail vises som {g.masked_mail()}).\n")
    line(cust, cust_name, "Kunde")
    d.v(g.otp(), "OTP", "[kode]").t("\n")
    if r.random() < 0.6:
        line(cust, cust_name, "Kunde")
        d.t("en fra jer ringede også og bad om mit kortnummer. jeg gav ham ")
        d.v(g.card(), "CARD", g.masked_card()).t(" og udløb ").v(g.expiry(), "CARD_EXPIRY", "xx/xx")
        d.t("\n")
    line(agent, agent_name, "Medarbejder")
    d.t(f"Vi spærrer nu SIM'et. Sagen hedder {g.case_no()}. Ring evt. til {r.choice(ORG_LINES)}.\n")
    line(cust, cust_name, "Kunde")
    d.t(r.choice(("tak for hjælpen", "ok tak", "super, tak")) + "\n")


def _form(g: Gen, d: Doc) -> None:
    r = g.r
    victim = g.person()
    born = g.birth()
    d.t(f"Ordre {g.order_no()} – abonnementsansøgning (markeret: mulig identitetstyveri)\n")
    d.t(f"Modtaget: 2026-02-{g.day():02d} via webshop\n\n")
    d.t("Navn: ").who(
        victim, g.name(victim, r.choice(("full", "upper", "three", "plain"))), "Abonnent"
    )
    d.t("\nFødselsdato: ").v(g.dob(born), "DATE_OF_BIRTH", "[fødselsdato]")
    d.t("\nCPR-nr.: ").v(g.cpr(born), "CPR", r.choice(("[CPR]", g.masked_cpr())))
    d.t("\nAdresse: ").v(f"{g.street()}\n{g.town()}", "ADDRESS", "[ADRESSE]")
    d.t("\nTelefon: ").v(g.phone(), "PHONE", "[TLF]")
    d.t("\nE-mail: ").v(g.email(victim), "EMAIL", "[e-mail]")
    d.t("\nBetaling: kort ").v(g.card(), "CARD", g.masked_card())
    d.t(", udløb ").v(g.expiry(), "CARD_EXPIRY", "xx/xx")
    d.t(f", {r.choice(('CVV', 'CVC', 'cvc'))} ").v(g.cvv(), "CARD_CVV", "***")
    d.t("\nLeveringsadresse: ").v(f"{g.street()}\n{g.town()}", "ADDRESS", "[ADRESSE]")
    d.t(f"\nProdukt: {r.choice(PRODUCTS)}, {g.amount()} + {r.choice(PRODUCTS)}\n\n")
    d.t("Bemærkning fra svindelteamet: ")
    d.who(victim, g.name(victim, "genitive"), "Abonnent")
    d.t(f" oplysninger er brugt uden samtykke; leveringsadressen er en pakkeshop ved "
        f"{r.choice(STREETS)}. Forsendelse {g.parcel()} stoppet.\n")  # fmt: skip


def _export(g: Gen, d: Doc) -> None:
    r = g.r
    d.t(f"# Eksport fra svindelsystemet 2026-02-{g.day():02d} 07:00, filter: SIM-skift < 24 t\n")
    d.t(CSV_HEADER + "\n")
    for _ in range(r.randint(3, 5)):
        p = g.person()
        day = g.day()
        h, m = g.clock()
        d.t(f"2026-02-{day:02d} {h:02d}:{m:02d};")
        d.who(p, g.name(p, r.choice(("upsurfirst", "upsurfirst", "upper", "surfirst"))), "")
        d.t(";").v(g.cpr(), "CPR", r.choice(("[CPR]", g.masked_cpr()))).t(";")
        d.v(g.phone(), "PHONE", g.masked_phone()).t(";")
        if r.random() < 0.7:
            d.v(g.email(p), "EMAIL", g.masked_mail())
        else:
            d.t(g.masked_mail())
        d.t(f";{g.imei()[5:]};")
        d.t(r.choice(("port ud", "nyt SIM i butik", "eSIM via app", "adresseskift", "ok")) + "\n")
    d.t(f"# {r.choice(COMPANIES)} intern – {g.cvr()}\n")


def _letter(g: Gen, d: Doc) -> None:
    r = g.r
    cust, staff = g.person(), g.person()
    d.who(cust, g.name(cust, r.choice(("full", "plain", "three"))), "Kunde").t("\n")
    d.v(f"{g.street()}\n{g.town()}", "ADDRESS", "[ADRESSE]").t("\n\n")
    co = r.choice(COMPANIES)
    d.t(f"{co}, {g.day()}. februar 2026\nVedr. sag {g.case_no()} – misbrug af dit mobilnummer ")
    d.v(g.phone(), "PHONE", "[TLF]").t("\n\nKære ").who(cust, cust.first, "Kunde").t("\n\n")
    d.t("Vi har undersøgt dit SIM-kort, som blev skiftet uden dit samtykke. Ifølge vores "
        "oplysninger er du født ")  # fmt: skip
    born = g.birth()
    d.v(g.dob(born), "DATE_OF_BIRTH", "[fødselsdato]")
    d.t(f", og den person, der bestilte det nye SIM, kunne ikke legitimere sig. Vi refunderer "
        f"{g.amount()} til ")  # fmt: skip
    if r.random() < 0.5:
        d.t(f"reg.nr. {g.reg()}, kontonr. ").v(g.account(), "BANK_ACCOUNT", "[kontonr.]")
    elif r.random() < 0.5:
        d.t(f"reg. {g.reg()} konto ").v(g.account(), "BANK_ACCOUNT", "[kontonr.]")
    else:
        d.t("konto ").v(f"{g.reg()}{r.choice('- ')}{g.account()}", "BANK_ACCOUNT", "[kontonr.]")
    d.t(f" inden for 10 bankdage. Har du spørgsmål, ring {r.choice(ORG_LINES)} eller skriv til ")
    d.v(g.email(staff), "EMAIL", "[e-mail]").t(".\n\nMed venlig hilsen\n\n")
    d.who(staff, g.name(staff, r.choice(("full", "plain", "initial"))), "Medarbejder")
    d.t(f"\nSvindelafdelingen, {co}\n")


def _summary(g: Gen, d: Doc) -> None:
    r = g.r
    inv, sus, vic = g.person(), g.person(), g.person()
    d.t(f"Efterforskerresumé {g.case_no()} – ")
    d.who(inv, g.name(inv, r.choice(("full", "initial", "plain"))), "Medarbejder")
    d.t(f", {g.day():02d}.02.26\n\n")
    d.t(f"Baggrund: {r.randint(3, 9)} SIM-swaps i februar mod kunder af {r.choice(COMPANIES)}, "
        f"samlet tab {g.amount()} ifølge bankerne.\n")  # fmt: skip
    d.t("Mistænkt 1: ").who(sus, g.name(sus, r.choice(("full", "surfirst", "three"))), "Svindler")
    d.t(", f. ").v(g.dob(g.birth()), "DATE_OF_BIRTH", "[fødselsdato]").t(", ")
    d.v(f"{g.street()}, {g.town()}", "ADDRESS", "[ADRESSE]").t(", tlf. ")
    d.v(g.phone(), "PHONE", "[TLF]").t(".\n")
    d.t("Bilen ").v(g.plate(), "NUMBER_PLATE", "[nummerplade]")
    d.t(f" er set på video ved butikken på {r.choice(STREETS)}, hvor {g.imei()} blev aktiveret.\n")
    d.t("Forurettet: ").who(vic, g.name(vic, r.choice(("full", "surfirst", "hyphen"))), "Kunde")
    d.t(" (").v(g.cpr(), "CPR", "[CPR]").t("). ")
    d.who(vic, g.name(vic, "genitive"), "Kunde")
    d.t(" MitID-bruger-id ").v(g.mitid(vic), "MITID_USER", "[bruger-id]")
    d.t(" blev brugt til at godkende overførsler til ").v(g.iban(), "IBAN", g.masked_iban())
    d.t(" og ").v(g.iban(), "IBAN", g.masked_iban()).t(".\n")
    if r.random() < 0.6:
        sus2 = g.person()
        d.t("Medkører ").who(sus2, g.name(sus2, "initial"), "Svindler")
        d.t(" kørte i ").v(g.plate(), "NUMBER_PLATE", "[nummerplade]").t(".\n")
    if r.random() < 0.5:
        vic2 = g.person()
        d.t("Også ramt: ").who(vic2, g.name(vic2, r.choice(("full", "upper", "lower"))), "Kunde")
        d.t(", nummer ").v(g.phone(), "PHONE", g.masked_phone()).t(f", tab {g.amount()} i alt.\n")
    d.t(f"Næste skridt: editionskendelse hos {r.choice(BANKS)}, journal {g.journal()}.\n")


def _police(g: Gen, d: Doc) -> None:
    r = g.r
    rep = g.person()
    born = g.birth()
    d.t(f"Anmeldelse af bedrageri – journal {g.journal()}\nModtaget {g.day():02d}.02.26\n\n")
    d.t("Anmelder: ").who(
        rep, g.name(rep, r.choice(("full", "surfirst", "three", "upper"))), "Kunde"
    )
    d.t(r.choice((", f. ", ", født ")))
    d.v(g.dob(born), "DATE_OF_BIRTH", "[fødselsdato]").t("\nAdresse: ")
    d.v(f"{g.street()}\n{g.town()}", "ADDRESS", "[ADRESSE]").t("\nTelefon: ")
    d.v(g.phone(), "PHONE", "[TLF]").t(", e-mail ").v(g.email(rep), "EMAIL", "[e-mail]").t("\n\n")
    d.t("Forklaring: Jeg blev ringet op fra et nummer, der så ud som ")
    d.t(f"{r.choice(COMPANIES)}s ({r.choice(ORG_LINES)}). Dagen efter virkede mit SIM ikke, og ")
    d.t(f"{g.amount()} var overført fra min konto ")
    d.v(f"{g.reg()}{r.choice('- ')}{g.account()}", "BANK_ACCOUNT", "[kontonr.]")
    d.t(" til ").v(g.iban(), "IBAN", g.masked_iban()).t(". ")
    d.t(f"Bagefter så {r.choice(RELATIVES)} en bil med nummerpladen ")
    d.v(g.plate(), "NUMBER_PLATE", "[nummerplade]").t(" holde ud for huset ved ")
    d.t(f"{r.choice(STREETS)}, samme aften. Mit kort {g.masked_card()} er spærret.\n")
    if r.random() < 0.5:
        wit = g.person()
        d.t("Vidne: ").who(wit, g.name(wit, r.choice(("full", "hyphen", "plain"))), "Abonnent")
        d.t(", tlf. ").v(g.phone(), "PHONE", "[TLF]").t(".\n")


BUILDERS: dict[str, Callable[[Gen, Doc], None]] = dict(
    zip(
        GENRES,
        (_sim_log, _mail, _call, _chat, _form, _export, _letter, _summary, _police),
        strict=True,
    )
)


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: ``size`` documents, a share NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    g = Gen(rng)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [("positive", GENRES[i % len(GENRES)]) for i in range(size - negatives)]
    plan += [("negative", GENRES[i % len(GENRES)]) for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for number, (kind, genre) in enumerate(plan, 1):
        while True:
            doc = Doc(kind == "positive")
            BUILDERS[genre](g, doc)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii_blind67-{number:04d}",
                "genre": genre,
                "kind": kind,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind67.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
