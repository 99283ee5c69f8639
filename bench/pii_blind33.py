"""A thirty-fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is ONLINE MARKETPLACES,
WEBSHOPS AND PARCEL DELIVERY FRAUD as Danish marketplaces, webshops, payment providers,
carriers, banks and the police handle it, in eight genres: a marketplace trust-and-safety case
log on a fake buyer's "MobilePay Box / modtag penge" link (the seller's phone and e-mail, the
card typed into the phishing page with expiry and CVC, the bank code, the seller's account
after the loss), a webshop's customer-service e-mail thread (Fra:/Til:/Emne:) about a
chargeback and a delivery to another address (a two-line delivery block, order numbers), a
parcel-locker carrier's fraud report on parcels rerouted after a fake SMS (tracking numbers and
locker codes, the recipient's address and phone, a code read out), a bank's dispute form
(tilbageførsel) filled in by the victim (CPR, reg.nr. and account, the foreign IBAN, the MitID
user ID), a second-hand chat in Danish and English ("[19:42] Name:" lines, lower-case names
typed, a foreign number from the fiction ranges), a police report on a fake garden-furniture
webshop (witnesses with two-line addresses, the courier van's number plate), a complaints
board's decision with pseudonymised parties and named case officers, and a noisy transcript of
a call to a bank's fraud line (numbers read out in words are not labelled, digits are). The
names are those of Danes of all ages, Danes with roots elsewhere ("Amira Haddad", "Duc Pham"),
double surnames ("Lykke-Hansen") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "sælgeren", "vidne");
  "Strandgaard, Kamilla" is one span; a genitive s belongs to it ("Kamillas"); a lower-case
  name typed in a chat ("kamilla") is PERSON. A scammer's alias ("Oliver Bennett") is PERSON,
  the company is not. Organisations, products, placeholders ("[NAVN]", "Køber A", "Sælger 2",
  "Kunde B", "Vidne 1", "Klager A") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("12B", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
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
  An organisation's number (70/80 lines, 114, 1813, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  organisations' too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), 16 digits grouped by four or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time
  code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers.
- Numbers read out in words in the call transcripts ("fire otte en to") are never labelled.
- Hard negatives, never labelled: amounts ("2.450 kr.", "849,95 kr."), dates and clock times
  ("03.11.26", "kl. 19.42", "[19:42]", "2026-11-03 19:42", "3. november 2026"), order numbers
  ("#HS-204817"), advert, case, report and journal numbers ("A-482913", "TS-26-04812",
  "PB-26-04812", "26/04812", "0400-80521-01927-26"), customer numbers ("kundenr. 5521907"),
  tracking numbers ("CE473920185DK"), locker codes ("skab 14, kode 4817"), CVR numbers,
  masked values ("120388-xxxx", "+45 ** ** ** 31", "k***@example.dk", "**** **** **** 4444",
  "******4444", "LT12XXXXXXXXXXXX4821"), organisations' 70/80 and short numbers, companies,
  banks, products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins ("[NAVN]", "[TLF]") and pseudonym labels
  ("Køber A", "Sælger 2", "Kunde B") remain. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind33 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 3304
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

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400000", "555555", "510510", "222300", "520082")
IBAN_LENGTH = {"DE": 22, "LT": 20, "EE": 20, "NL": 18, "GB": 22, "PL": 28, "ES": 24, "LV": 21}
IBAN_BANKS = {"NL": ("INGB", "ABNA", "RABO"), "GB": ("NWBK", "BARC", "MIDL"), "LV": ("HABA",)}
MOBILE = ("20", "22", "24", "26", "28", "29", "30", "31", "40", "42", "50", "51", "52", "53",
          "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("33", "35", "36", "38", "39", "43", "44", "46", "48", "56", "57", "62", "64", "66",
            "75", "86", "87", "89", "96", "98")  # fmt: skip
ORG_LINES = ("70 21 44 80", "70 15 30 60", "80 20 90 40", "7011 2233", "80 88 12 12", "1272")
# an organisation's line or short number standing alone; no labelled value may contain one
ORG_ALONE = re.compile(
    r"(?<![\d.])(?:" + "|".join(map(re.escape, (*ORG_LINES, "114"))) + r")(?![\d.])"
)

WOMEN = ("Kamilla", "Ingeborg", "Vibeke", "Lærke", "Ditte", "Bodil", "Malou", "Yasmin", "Hiba",
         "Solveig", "Gudrun", "Rikke", "Tove", "Signe", "Asta", "Liva", "Nanna", "Margrethe",
         "Frida", "Esther", "Naja", "Dorthe", "Selma", "Amira", "Leyla", "Thuy", "Agnieszka",
         "Irina", "Birthe", "Sanne", "Pernille", "Elvira", "Zehra", "Mathilde",
         "Karoline")  # fmt: skip
MEN = ("Preben", "Aksel", "Villum", "Bjarke", "Kasper", "Torben", "Halfdan", "Emil", "Magnus",
       "Oskar", "Arne", "Poul", "Kjeld", "Finn", "Mikael", "Ahmad", "Bilal", "Omar", "Tariq",
       "Jamal", "Duc", "Piotr", "Mehmet", "Frode", "Valdemar", "Svend", "Ebbe", "Carl", "Lauge",
       "Noah", "Malthe", "Yusuf", "Hamza", "Erling", "Gunnar", "Kristoffer")  # fmt: skip
SURNAMES = ("Strandgaard", "Bisgaard", "Kragh", "Lykke", "Vind", "Brask", "Dam", "Holmgaard",
            "Skovbo", "Thygesen", "Bech", "Damgaard", "Ravn", "Birk", "Fogh", "Hviid", "Kjær",
            "Munch", "Nørgaard", "Overgaard", "Quist", "Rosenkilde", "Sommer", "Tang",
            "Vestergaard", "Winther", "Østergaard", "Yilmaz", "Hussain", "Nowak", "Kowalski",
            "Tran", "Pham", "Demir", "Haddad", "Rahimi", "Mahmoud", "Mikkelsen", "Lauridsen",
            "Iversen", "Krogh", "Bundgaard", "Hedegaard", "Mølgaard", "Juhl", "Bonde")  # fmt: skip
DOUBLES = ("Lykke-Hansen", "Bisgaard-Lund", "Brask-Nielsen", "Holm-Rasmussen", "Skovbo-Jakobsen",
           "Dam-Iversen", "Kragh-Winther", "Ravn-Sørensen", "Yilmaz-Kjær", "Østergaard-Pham",
           "Haddad-Mølgaard", "Fogh-Bundgaard", "Vind-Overgaard", "Tang-Hedegaard")  # fmt: skip
MIDDLES = ("Marie", "Louise", "Sofie", "Kristian", "Juul", "Bach", "Skov", "Emilie", "Vilhelm")
ALIASES = ("Oliver Bennett", "Grace Holloway", "Liam Carter", "Sophie Whitmore", "Jacob Miller",
           "Emily Hartley", "Lucas Meyer", "Anna Schulz", "Mark Janssen",
           "Eva Lindqvist")  # fmt: skip

STREETS = ("Hyldebærvej", "Skovsnogen", "Æblehaven", "Kirsebærstien", "Møllebakken",
           "Gammel Landevej", "Rugmarken", "Lærkevænget", "Bøgeskovvej", "Havrevangen",
           "Strandengen", "Tranebærvej", "Kløvermarken", "Hedelyngen", "Fuglebakken",
           "Præstevænget", "Egevolden", "Ravnsbjergvej", "Kongeåvej", "Tørvestikket",
           "Pilevangen", "Søndre Ringgade", "Valmuestien", "Enebærhaven",
           "Klinteparken")  # fmt: skip
TOWNS = (("4700", "Næstved"), ("6000", "Kolding"), ("7400", "Herning"), ("8600", "Silkeborg"),
         ("9700", "Brønderslev"), ("3400", "Hillerød"), ("4200", "Slagelse"), ("5700", "Svendborg"),
         ("6400", "Sønderborg"), ("7100", "Vejle"), ("8900", "Randers C"), ("2650", "Hvidovre"),
         ("2770", "Kastrup"), ("2300", "København S"), ("8200", "Aarhus N"), ("9000", "Aalborg"),
         ("5000", "Odense C"), ("6700", "Esbjerg"), ("4000", "Roskilde"), ("3000", "Helsingør"),
         ("7500", "Holstebro"), ("8800", "Viborg"), ("4800", "Nykøbing F"), ("6100", "Haderslev"),
         ("2860", "Søborg"), ("9800", "Hjørring"), ("8700", "Horsens"),
         ("4600", "Køge"))  # fmt: skip

MARKETS = ("Brugtbørsen", "Loppetorvet.dk", "Genbrugsmarkedet")
SHOPS = ("Havestuen Online", "Nordlys Sko", "BørneBixen", "Lampeloftet", "Cykelkælderen")
FAKE_SHOPS = ("Havemøbel-Outlet24", "LoungeLageret", "TerrasseTilbud", "Nordisk Havedesign")
CARRIERS = ("PakkePilen", "BoksNord", "Hurtigpost Danmark")
BOARDS = ("Ankenævnet for Nethandel", "Klagenævnet for Fjernsalg")
COMPANIES = MARKETS + SHOPS + FAKE_SHOPS + CARRIERS + BOARDS
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank",
         "Lån & Spar Bank", "Sparekassen Kronjylland")  # fmt: skip
PRODUCTS = ("MobilePay Box", "MitID-appen", "Visa/Dankort", "Apple Pay", "Pakkeboks-appen")
POLICE = ("Sydøstjyllands Politi", "Nordsjællands Politi", "Fyns Politi", "Nordjyllands Politi")
FAMILY = ("min mand", "min kone", "min datter", "min søn", "min svigermor", "min nabo")
ITEMS = (("barnevogn", "pram"), ("el-cykel", "e-bike"), ("sofa", "sofa"),
         ("havetrampolin", "trampoline"), ("gyngestol", "rocking chair"),
         ("spejlreflekskamera", "camera"), ("kaffemaskine", "coffee machine"),
         ("spisebord med 6 stole", "dining table"), ("ladcykel", "cargo bike"))  # fmt: skip
FURNITURE = ("loungesæt i polyrattan", "havebord i teak med seks stole", "to solsenge",
             "hængesofa med hynder", "parasol med granitfod",
             "hjørnesofa til terrassen")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
WORDS = ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
MAIL_DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ü": "u", "ö": "o", "-": ""})

Part = str | tuple[str, str]


@dataclass
class Person:
    first: str
    last: str
    middle: str
    born: date

    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)


def grouped(compact: str) -> str:
    """The value in groups of four, as cards and IBANs are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def numeric(text: str) -> str:
    return "".join(str(int(ch, 36)) for ch in text)


class Draft:
    """A document being written: plain text and labelled values, or their stand-ins."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.chunks: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.minute = 0

    def add(self, *parts: Part) -> None:
        for part in parts:
            if isinstance(part, tuple):
                value, kind = part
                self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
                part = value
            self.chunks.append(part)
            self.size += len(part)

    def text(self) -> str:
        return "".join(self.chunks)

    def pii(self, value: str, kind: str, stand_in: str) -> Part:
        return stand_in if self.negative else (value, kind)

    # -- values ---------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def person(self) -> Person:
        rng = self.rng
        first = rng.choice(WOMEN + MEN)
        last = rng.choice(DOUBLES) if rng.random() < 0.3 else rng.choice(SURNAMES)
        middle = rng.choice(MIDDLES) if rng.random() < 0.3 else ""
        born = date(1938, 1, 1) + timedelta(days=rng.randrange(68 * 365))
        return Person(first, last, middle, born)

    def day(self) -> date:
        return date(2026, 1, 1) + timedelta(days=self.rng.randrange(330))

    def clock(self) -> str:
        return f"{self.rng.randrange(7, 23):02d}.{self.rng.randrange(60):02d}"

    def amount(self) -> str:
        value = self.rng.choice((self.rng.randrange(150, 999), self.rng.randrange(1000, 48000)))
        whole = f"{value:,}".replace(",", ".")
        return whole + (self.rng.choice((",00", ",95", ",50")) if self.rng.random() < 0.3 else "")

    def kr(self) -> str:
        return f"{self.amount()} kr." if self.rng.random() < 0.75 else f"kr. {self.amount()}"

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES[:-1])

    # -- labelled values and their stand-ins ----------------------------------------------------
    def name(self, p: Person, form: str = "two", pseudo: str = "[NAVN]") -> Part:
        value = {
            "two": f"{p.first} {p.last}",
            "full": p.full(),
            "first": p.first,
            "gen": p.first + "s",
            "fullgen": p.full() + "s",
            "comma": f"{p.last}, {p.first}",
            "initial": f"{p.first[0]}. {p.last}",
            "upper": p.full().upper(),
            "uppercomma": f"{p.last}, {p.first}".upper(),
            "lower": p.first.lower(),
        }[form]
        if form in ("gen", "fullgen"):
            pseudo += "'s"
        elif form == "lower":
            pseudo = "[navn]"
        return self.pii(value, "PERSON", pseudo)

    def alias(self, pseudo: str = "Køber A") -> Part:
        return self.pii(self.rng.choice(ALIASES), "PERSON", pseudo)

    def some_name(self, p: Person, pseudo: str = "[NAVN]") -> Part:
        return self.name(p, self.rng.choice(("two", "two", "full", "comma", "initial")), pseudo)

    def email(self, p: Person | None = None, local: str = "") -> Part:
        rng = self.rng
        if p is not None:
            first, last = p.first.lower().translate(TRANSLIT), p.last.lower().translate(TRANSLIT)
            local = rng.choice(
                (
                    f"{first}.{last}",
                    f"{first}{p.born.year % 100:02d}",
                    f"{first[0]}{last}",
                    f"{first}_{last[:4]}",
                    f"{first}.{last[0]}{rng.randrange(1, 99)}",
                )
            )
        value = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        stand_in = rng.choice((f"{local[0]}***@{value.split('@')[1]}", "[e-mail]"))
        return self.pii(value, "EMAIL", stand_in)

    def phone(self, foreign: bool = False) -> Part:
        rng = self.rng
        if foreign:
            if rng.random() < 0.5:
                value = f"+44 7700 900{rng.randrange(1000):03d}"
            else:
                value = f"+46 70 174 06 {rng.randrange(5, 100):02d}"
            return self.pii(value, "PHONE", "[TLF]")
        n = rng.choice(MOBILE + LANDLINE) + self.digits(6)
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        value = rng.choice(
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
        return self.pii(value, "PHONE", rng.choice(("[TLF]", f"+45 ** ** ** {n[-2:]}")))

    def address(self, layout: str) -> Part:
        rng = self.rng
        street = f"{rng.choice(STREETS)} {rng.randrange(1, 90)}{rng.choice(('', '', '', 'B', 'D'))}"
        if rng.random() < 0.35:
            floor = rng.choice(("st.", "1.", "2.", "3.", "4."))
            street += f", {floor} {rng.choice(('th.', 'tv.', 'mf.'))}"
        code, town = rng.choice(TOWNS)
        value = {"one": f"{street}, {code} {town}", "two": f"{street}\n{code} {town}"}.get(
            layout, street
        )
        return self.pii(value, "ADDRESS", "[ADRESSE]")

    def cpr(self, p: Person) -> Part:
        rng, born = self.rng, p.born
        while True:
            seventh = "4" if born.year >= 2000 else str(rng.randrange(4))
            number = f"{born:%d%m}{born.year % 100:02d}{seventh}{self.digits(3)}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        value = rng.choice(
            (
                f"{number[:6]}-{number[6:]}",
                number,
                f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
                f"{number[:6]} {number[6:]}",
            )
        )
        return self.pii(value, "CPR", rng.choice(("[CPR]", f"{number[:6]}-xxxx")))

    def birth(self, p: Person) -> Part:
        b = p.born
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return self.pii(value, "DATE_OF_BIRTH", "[fødselsdato]")

    def account(self) -> list[Part]:
        rng = self.rng
        reg = str(rng.randrange(1000, 9990))
        acct = self.digits(10) if rng.random() < 0.6 else str(rng.randrange(1000000, 999999999))
        form = rng.randrange(4)
        if form == 0:
            return [self.pii(f"{reg}-{acct}", "BANK_ACCOUNT", "[kontonr.]")]
        if form == 1:
            return [self.pii(f"{reg} {acct}", "BANK_ACCOUNT", "[kontonr.]")]
        stand_in = rng.choice(("[kontonr.]", f"******{acct[-4:]}"))
        if form == 2:
            return [f"reg.nr. {reg}, kontonr. ", self.pii(acct, "BANK_ACCOUNT", stand_in)]
        return [f"reg. {reg} konto ", self.pii(acct, "BANK_ACCOUNT", stand_in)]

    def iban(self) -> Part:
        rng = self.rng
        country = rng.choice(sorted(IBAN_LENGTH))
        bank = rng.choice(IBAN_BANKS.get(country, ("",)))
        bban = bank + self.digits(IBAN_LENGTH[country] - 4 - len(bank))
        check = 98 - int(numeric(bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        value = grouped(compact) if rng.random() < 0.6 else compact
        return self.pii(value, "IBAN", f"{country}{check:02d}{'X' * (len(bban) - 4)}{bban[-4:]}")

    def card(self) -> tuple[Part, str]:
        rng = self.rng
        body = rng.choice(TEST_PREFIXES)
        body += self.digits(15 - len(body))
        compact = body + luhn_digit(body)
        value = grouped(compact) if rng.random() < 0.65 else compact
        masked = rng.choice((f"**** **** **** {compact[-4:]}", f"******{compact[-4:]}"))
        return self.pii(value, "CARD", masked), compact[-4:]

    def expiry(self) -> Part:
        month, year = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
        value = f"{month:02d}/{year}" if self.rng.random() < 0.7 else f"{month:02d}/20{year}"
        return self.pii(value, "CARD_EXPIRY", "**/**")

    def cvv(self) -> Part:
        return self.pii(self.digits(3), "CARD_CVV", "***")

    def otp(self) -> Part:
        return self.pii(self.digits(self.rng.choice((6, 6, 8))), "OTP", "[kode]")

    def mitid(self, p: Person) -> Part:
        year = str(p.born.year)
        value = p.first.lower().translate(TRANSLIT) + self.rng.choice((year, year[2:]))
        return self.pii(value, "MITID_USER", "[MitID-bruger-ID]")

    def plate(self) -> Part:
        letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(2))
        n = f"{self.rng.randrange(10, 99)}{self.rng.randrange(100, 999)}"
        value = f"{letters} {n[:2]} {n[2:]}" if self.rng.random() < 0.7 else f"{letters}{n}"
        return self.pii(value, "NUMBER_PLATE", "[nummerplade]")

    def in_words(self, digits: str) -> str:
        return "[TLF]" if self.negative else " ".join(WORDS[int(c)] for c in digits)

    # -- hard negatives -------------------------------------------------------------------------
    def order(self) -> str:
        return f"#{self.rng.choice(('HS', 'NS', 'BB', 'LL'))}-{self.digits(6)}"

    def tracking(self) -> str:
        return f"{self.rng.choice(('CE', 'RR', 'LX', 'VV'))}{self.digits(9)}DK"

    def locker(self) -> str:
        return f"skab {self.rng.randrange(1, 48)}, kode {self.digits(4)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10000000, 99999999)}"

    def stamp(self, day: date) -> str:
        step = self.rng.randrange(1, 40) if self.minute else self.rng.randrange(420, 1080)
        self.minute += step
        return f"{day:%Y-%m-%d} {self.minute // 60 % 24:02d}:{self.minute % 60:02d}"


def short(day: date) -> str:
    return f"{day:%d.%m.%y}"


def long_date(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


# -- genres -------------------------------------------------------------------------------------


def market_log(d: Draft) -> None:
    """A marketplace trust-and-safety case log on a fake buyer's "modtag penge" link."""
    rng = d.rng
    seller, staff = d.person(), d.person()
    market, bank, day = rng.choice(MARKETS), rng.choice(BANKS), d.day()
    item = rng.choice(ITEMS)[0]
    card, last4 = d.card()
    d.add(f"{market} · Trust & Safety · sag TS-26-{d.digits(5)}\n")
    d.add("Oprettet ", short(day), " kl. ", d.clock(), " af ", d.name(staff, "two"), "\n")
    d.add(f'Annonce A-{d.digits(6)}: "{item}", pris {d.kr()}\n\n')
    d.add(d.stamp(day), " ", d.name(seller, "full", "Sælger 2"), " (sælger, ", d.email(seller))
    d.add(", tlf. ", d.phone(), ") skriver til os via kontaktformularen.\n")
    d.add(d.stamp(day), ' Køberprofilen "', d.alias(), '" har i beskeder skrevet: ')
    d.add(rng.choice(('"Jeg har betalt med MobilePay Box, tryk modtag penge"',
                      '"Pengene ligger klar, du skal bare bekræfte med dit kort"',
                      '"Fragtfirmaet har betalt, klik på linket for at modtage"')))  # fmt: skip
    d.add(".\n")
    d.add(
        d.stamp(day),
        " Linket pegede på en falsk betalingsside. ",
        d.name(seller, "gen", "Sælger 2"),
    )
    d.add(" kortoplysninger blev tastet ind: ", card, ", udløb ", d.expiry())
    d.add(rng.choice((", CVC ", ", cvc ", ", CVV ")), d.cvv(), ".\n")
    if rng.random() < 0.75:
        d.add(d.stamp(day), " Siden bad bagefter om koden fra ", bank, ". Sælgeren tastede ")
        d.add(d.otp(), ", og der blev trukket ", d.kr(), " fra kontoen.\n")
    if rng.random() < 0.25:
        d.add(d.stamp(day), " Sælgeren har også oplyst sit MitID-bruger-ID ", d.mitid(seller))
        d.add(" på siden; vi har bedt sælgeren kontakte banken.\n")
    d.add(d.stamp(day), " Sælgerens konto efter tabet: ", *d.account())
    d.add(f", saldo {d.kr()}, og kortet **** **** **** {last4} er spærret af {bank}.\n")
    d.add(d.stamp(day), " Køberprofilen er lukket, annoncen skjult. ")
    d.add(rng.choice(("Sælger henvist til politiet på 114.", "Anmeldelse anbefalet (114).",
                      f"Sælger kan ringe til {bank} på {d.org_line()}.")))  # fmt: skip
    d.add("\nLukket af ", d.name(staff, rng.choice(("initial", "two"))), ".\n")


def webshop_mail(d: Draft) -> None:
    """A webshop's customer-service thread about a chargeback and another delivery address."""
    rng = d.rng
    cust, staff, other = d.person(), d.person(), d.person()
    shop, bank, day = rng.choice(SHOPS), rng.choice(BANKS), d.day()
    order = d.order()
    cust_mail = d.email(cust)
    shop_mail = d.email(local=rng.choice(("kundeservice", "ordre", "support", "hej")))
    d.add("Fra: ", cust_mail, "\nTil: ", shop_mail, f"\nEmne: Ordre {order} er aldrig kommet\n\n")
    d.add(f"Hej {shop}\n\nJeg bestilte varer hos jer den {long_date(day)} (ordre {order}, ")
    d.add(f"{d.kr()}), men ifølge track & trace {d.tracking()} er pakken leveret her:\n\n")
    d.add(d.name(other, "two", "Modtager C"), "\n", d.address("two"), "\n\n")
    d.add("Det er ikke mig, og jeg har aldrig boet der. Jeg bor på ", d.address("one"), ". ")
    d.add(f"Jeg har bedt {bank} om en tilbageførsel af betalingen med kortet ")
    d.add(f"**** **** **** {d.digits(4)}. Ring gerne på ", d.phone(), ".\n\n")
    d.add("Venlig hilsen\n", d.name(cust, rng.choice(("two", "full")), "Kunde B"), "\n\n")
    d.add("---\nFra: ", d.email(staff), "\nTil: ", cust_mail, f"\nEmne: SV: Ordre {order}\n\n")
    d.add("Kære ", d.name(cust, "first", "Kunde B"), "\n\n")
    d.add(f"Tak for din mail. Leveringsadressen blev ændret {short(day)} kl. {d.clock()} ")
    d.add(rng.choice(("via et link i en SMS, som ikke kom fra os", "fra en ukendt enhed",
                      "efter et opkald, der udgav sig for at være fra os")))  # fmt: skip
    d.add(f". Vi har modtaget indsigelsen fra {bank} og svarer dem inden 10 dage. ")
    d.add(f"Dit kundenr. {d.digits(7)} er noteret, og beløbet på {d.kr()} ")
    d.add("bliver ikke krævet igen, hvis tilbageførslen godkendes.\n")
    if rng.random() < 0.5:
        d.add("Vores kollega ", d.name(d.person(), "two"), " (", d.email(d.person()), ") ")
        d.add("følger op med fragtfirmaet.\n")
    d.add("\nMed venlig hilsen\n", d.name(staff, rng.choice(("two", "initial", "full"))))
    d.add(f"\nKundeservice, {shop} · tlf. {d.org_line()} · {d.cvr()}\n")


def locker_report(d: Draft) -> None:
    """A parcel-locker carrier's fraud report on parcels rerouted after a fake SMS."""
    rng = d.rng
    who, staff = d.person(), d.person()
    carrier, day = rng.choice(CARRIERS), d.day()
    d.add(f"{carrier} – svindelrapport, pakkebokse\nRapport PB-26-{d.digits(5)} · {short(day)}\n\n")
    d.add("Modtager: ", d.name(who, rng.choice(("upper", "uppercomma")), "Modtager C"), "\n")
    d.add("Adresse: ", d.address("one"), "\nTelefon: ", d.phone(), "\nE-mail: ", d.email(who))
    d.add("\n\nForløb:\n")
    d.add(f"Den {long_date(day)} fik modtageren en SMS, der lignede en besked fra {carrier}, ")
    d.add(f"om at pakke {d.tracking()} afventede ny levering mod et gebyr på {d.kr()}, ")
    d.add("og linket bad om telefonnummer og en engangskode. ")
    d.add("Kort efter ringede en falsk medarbejder fra ", d.phone(foreign=rng.random() < 0.4))
    d.add(", og ", d.name(who, "first", "Modtager C"), " læste koden ", d.otp(), " op.\n")
    t1, t2 = d.tracking(), d.tracking()
    d.add(f"Pakkerne {t1} og {t2} blev omdirigeret til boksen i {rng.choice(TOWNS)[1]}, ")
    d.add(f"{d.locker()}, og tømt kl. {d.clock()}.\n")
    if rng.random() < 0.6:
        d.add("Boksens kamera viser en varevogn med nummerpladen ", d.plate())
        d.add(f", som holdt ved {rng.choice(STREETS)}.\n")
    else:
        d.add(f"Afhenteren kom til fods og gik mod {rng.choice(STREETS)}.\n")
    if rng.random() < 0.3:
        d.add("Modtageren oplyser, at ", rng.choice(FAMILY), " også har fået SMS'en.\n")
    d.add(f"\nKunden kan kontakte os på {d.org_line()}. SMS'er fra os kommer kun fra 1272.\n")
    d.add("Rapport skrevet af ", d.name(staff, "two"), ", ", d.email(staff), "\n")


def dispute_form(d: Draft) -> None:
    """A bank's dispute form (tilbageførsel) filled in by the victim."""
    rng = d.rng
    who, mule, staff = d.person(), d.person(), d.person()
    bank, day = rng.choice(BANKS), d.day()
    d.add(f"{bank} — Indsigelse og anmodning om tilbageførsel\nUdfyldt {short(day)}\n\n")
    d.add("Navn: ", d.name(who, rng.choice(("full", "comma", "upper")), "Kunde B"), "\n")
    d.add("CPR-nr.: ", d.cpr(who), "\n")
    if rng.random() < 0.5:
        d.add("Fødselsdato: ", d.birth(who), "\n")
    d.add("Adresse: ", d.address("two"), "\nTelefon: ", d.phone(), "\nE-mail: ", d.email(who))
    d.add("\nMitID-bruger-ID: ", d.mitid(who), "\n\n")
    d.add("Konto der er trukket: ", *d.account())
    d.add("\n")
    if rng.random() < 0.5:
        card, _ = d.card()
        d.add("Kort brugt på siden: ", card, ", udløb ", d.expiry(), "\n")
    d.add(f"Beløb: {d.kr()}, overført {d.stamp(day)}\n")
    d.add("Modtagerkonto (udenlandsk): ", d.iban(), "\n")
    d.add("Kontohaver ifølge kvitteringen: ", d.name(mule, "two", "[NAVN]"), "\n\n")
    d.add("Hvad skete der? ")
    d.add(rng.choice((f"Jeg handlede med en sælger på {rng.choice(MARKETS)} og betalte",
                      f"Jeg handlede i webshoppen {rng.choice(FAKE_SHOPS)} og betalte",
                      "En køber sendte mig et link, og jeg godkendte")))  # fmt: skip
    d.add(" via netbank, men varen kom aldrig, og sælgeren svarer ikke. ")
    d.add(rng.choice(("Jeg har anmeldt det til politiet.",
                      f"Jeg fik hjælp af {rng.choice(FAMILY)}.",
                      "Jeg har ikke givet koder til nogen.")))  # fmt: skip
    d.add("\n\nUnderskrift: ", d.name(who, "two", "Kunde B"), "\n")
    d.add("Modtaget af ", d.name(staff, rng.choice(("two", "initial"))), f", sag {d.digits(6)}\n")


def trade_chat(d: Draft) -> None:
    """A second-hand chat in Danish and English with a fake buyer."""
    rng = d.rng
    seller = d.person()
    item, item_en = rng.choice(ITEMS)
    minute = rng.randrange(7 * 60, 22 * 60)
    buyer = rng.choice(ALIASES)
    s_label = rng.choice(("two", "two", "first", "lower"))

    def line(speaker: str) -> None:
        nonlocal minute
        minute += rng.randrange(1, 4)
        d.add(f"[{minute // 60:02d}:{minute % 60:02d}] ")
        if speaker == "s":
            d.add(d.name(seller, s_label, "Sælger 2"), ": ")
        else:
            d.add(d.pii(buyer, "PERSON", "Køber A"), ": ")

    danish = rng.random() < 0.4
    d.add(f'{rng.choice(MARKETS)} · beskeder om annoncen "{item}" ({d.kr()})\n')
    line("b")
    hello = (f"Hej er {item} stadig til salg? jeg betaler fuld pris",
             f"hej {item} ledig?? jeg køber nu")  # fmt: skip
    d.add(
        rng.choice(hello) if danish else f"Hi, is the {item_en} still available? I pay full price."
    )
    d.add("\n")
    line("s")
    d.add(rng.choice((f"hej, ja den er her endnu. kan du hente i {rng.choice(TOWNS)[1]}?",
                      "ja den er der stadig. hvornår vil du hente?",
                      "yes still for sale, kan du hente i weekenden?")))  # fmt: skip
    d.add("\n")
    line("b")
    d.add("jeg er ude at rejse, min flyttemand henter. jeg betaler med MobilePay Box, hvad er dit "
          "nummer?" if danish else "I am abroad, my mover will pick up. I pay with MobilePay "
          "Box, what is your number?")  # fmt: skip
    d.add("\n")
    line("s")
    d.add(rng.choice(("det er ", "mit nr er ", "ok, ")), d.phone(), "\n")
    line("b")
    d.add("tak " if danish else "Thanks ", d.name(seller, "lower", "Sælger 2"))
    d.add("! din mail til kvittering?\n" if danish else "! And your email for the receipt?\n")
    line("s")
    d.add(d.email(seller), "\n")
    line("b")
    if danish:
        d.add('betalt nu. tryk "modtag penge" og skriv kort for at modtage. ring hvis problem ')
    else:
        d.add('Payment sent. Click "modtag penge" and type card to receive. Problem? Call me ')
    d.add(d.phone(foreign=True), "\n")
    if rng.random() < 0.35:
        line("b")
        d.add("My mover comes in a white van, plate ", d.plate(), ", tomorrow 10 o'clock.\n")
    line("s")
    d.add(rng.choice(("hmm min bank siger man aldrig skal taste kort for at få penge. hvem er du "
                      "egentlig ", "det lyder som svindel. hvad hedder du rigtigt ",
                      "why do I need my card to get money ")))  # fmt: skip
    d.add(d.pii(buyer.split()[0].lower(), "PERSON", "[navn]"), "?\n")
    line("b")
    d.add("I am ", d.pii(buyer, "PERSON", "Køber A"), ", trusted buyer. ")
    if rng.random() < 0.55:
        d.add(f"Or send me back the shipping {rng.randrange(2, 9) * 75} kr to my IBAN ", d.iban())
        d.add("\n")
    else:
        d.add("Please hurry, the mover is waiting.\n")
    line("s")
    d.add(rng.choice(("nej tak. jeg melder din profil.", "no thanks, I report you.",
                      f"jeg spørger lige {rng.choice(FAMILY)} først.")))  # fmt: skip
    d.add("\n")


def police_report(d: Draft) -> None:
    """A police report on a fake webshop selling garden furniture."""
    rng = d.rng
    who, mule, officer = d.person(), d.person(), d.person()
    w1, w2 = d.person(), d.person()
    shop, day = rng.choice(FAKE_SHOPS), d.day()
    d.add(f"{rng.choice(POLICE)} — anmeldelse af bedrageri (internethandel)\n")
    journal = f"{d.digits(4)}-{d.digits(5)}-{d.digits(5)}-26"
    d.add(f"Journalnr. {journal} · {short(day)} kl. {d.clock()}\n\n")
    d.add("Anmelder: ", d.name(who, rng.choice(("uppercomma", "upper", "comma")), "Anmelder A"))
    d.add(", ", rng.choice(("f. ", "født ")), d.birth(who))
    if rng.random() < 0.6:
        d.add(", CPR ", d.cpr(who))
    d.add("\nAdresse: ", d.address("two"), "\nTlf.: ", d.phone(), "\n\n")
    d.add(f"Anmelder bestilte den {long_date(day)} et {rng.choice(FURNITURE)} hos webshoppen ")
    d.add(f"{shop} for {d.kr()} og betalte ved bankoverførsel til ")
    if rng.random() < 0.45:
        d.add(d.iban())
    else:
        d.add(*d.account())
    d.add(". Kontohaveren hedder ifølge banken ", d.name(mule, "two"), ". ")
    d.add(f"Siden har {d.cvr()}, der tilhører et lukket selskab. Intet blev leveret.\n\n")
    d.add("Vidner:\n")
    d.add("Vidne 1: ", d.name(w1, rng.choice(("two", "full"))), ", ")
    d.add(d.address("two"), ", tlf. ", d.phone(), "\n")
    if rng.random() < 0.6:
        d.add("Vidne 2: ", d.name(w2, rng.choice(("two", "full"))), ", ")
        d.add(d.address("two"), "\n")
    d.add("\n", d.name(w1, "gen", "Vidne 1"), " forklaring: en varevogn med nummerpladen ")
    d.add(d.plate(), f" holdt ved {rng.choice(STREETS)}. Chaufføren afleverede tomme kasser. ")
    if rng.random() < 0.5:
        d.add("Samme vogn er set med pladen ", d.plate(), " i en anden sag.")
    d.add("\n\nOptaget af politiassistent ", d.name(officer, rng.choice(("two", "initial"))))
    d.add(". Sagen er sendt til NC3. Borgere kan ringe 114.\n")


def board_decision(d: Draft) -> None:
    """A complaints board's decision with pseudonymised parties and named case officers."""
    rng = d.rng
    officer, chair, clerk = d.person(), d.person(), d.person()
    board, day = rng.choice(BOARDS), d.day()
    d.add(f"{board}\nSagsnr. 26/{d.digits(5)} · afgjort {long_date(day)}\n\n")
    d.add("Klager: Klager A\nIndklagede: Sælger 2 (webshop, ", d.cvr(), ")\n")
    d.add("Sagsbehandler: ", d.name(officer, rng.choice(("two", "full", "comma"))), ", tlf. ")
    d.add(d.phone(), ", ", d.email(officer), "\n\n")
    d.add(f"Sagens omstændigheder: Klager A købte {rng.choice(FURNITURE)} hos Sælger 2 for ")
    d.add(f"{d.kr()} (ordre {d.order()}). Pakken {d.tracking()} blev ifølge fragtfirmaet ")
    d.add("udleveret fra en pakkeboks efter en ændring af leveringen, som Klager A ikke har ")
    d.add("foretaget. Klager A har hverken fået varen eller pengene tilbage.\n\n")
    d.add("Nævnets afgørelse: Sælger 2 skal betale købesummen tilbage med renter, fordi ")
    d.add("risikoen for varen først går over, når forbrugeren har fået den.\n\n")
    d.add("På nævnets vegne\n", d.name(chair, rng.choice(("full", "initial", "two"))))
    d.add(" (formand)\n\n")
    d.add("Spørgsmål til sagen rettes til ", d.name(officer, rng.choice(("initial", "first"))))
    d.add(" eller ", d.name(clerk, "two"), " (", d.email(clerk), f"), tlf. {d.org_line()}.\n")


def fraud_call(d: Draft) -> None:
    """A noisy transcript of a victim's call to a bank's fraud line."""
    rng = d.rng
    who, adviser = d.person(), d.person()
    bank, day = rng.choice(BANKS), d.day()
    noise = ("øh ", "ehm ", "altså ", "[utydeligt] ", "", "")
    sec = 0

    def turn(speaker: str) -> None:
        nonlocal sec
        sec += rng.randrange(3, 19)
        d.add(f"[00:{sec // 60:02d}:{sec % 60:02d}] {speaker}: {rng.choice(noise)}")

    d.add(f"Transskription (automatisk) · {bank} svindellinje · {short(day)} kl. {d.clock()}\n")
    turn("Rådgiver")
    d.add("svindellinjen, du taler med ", d.name(adviser, "first"), ", hvad kan jeg hjælpe med\n")
    turn("Kunde")
    d.add("ja hej det er ", d.name(who, rng.choice(("two", "full"))), " jeg jeg har solgt min ")
    d.add(f"{rng.choice(ITEMS)[0]} og så kom der et link [støj] og nu er der trukket {d.kr()}\n")
    turn("Rådgiver")
    d.add("okay det må vi se på med det samme må jeg få dit cpr-nummer\n")
    turn("Kunde")
    if rng.random() < 0.6:
        d.add("ja det er ", d.cpr(who), "\n")
    else:
        b = who.born
        d.add("ja det er ", d.in_words(f"{b:%d%m}{b.year % 100:02d}"), " øh og så de sidste fire\n")
    turn("Rådgiver")
    d.add("tak og hvilket nummer ringer du fra\n")
    turn("Kunde")
    if rng.random() < 0.5:
        d.add("det er ", d.phone(), "\n")
    else:
        d.add("det er ", d.in_words(rng.choice(MOBILE) + d.digits(6)), "\n")
    turn("Rådgiver")
    d.add("tastede du dit kort ind på siden\n")
    turn("Kunde")
    if rng.random() < 0.65:
        card, _ = d.card()
        d.add("ja altså kortnummeret var ", card, " udløb ", d.expiry())
        d.add(" og så ", rng.choice(("cvc ", "CVC ", "kontrolcifre ")), d.cvv(), "\n")
    else:
        d.add("ja det der ender på ", d.in_words(d.digits(4)), " tror jeg\n")
    if rng.random() < 0.6:
        turn("Kunde")
        d.add("og så kom der en sms med en kode ", d.otp(), " som jeg læste op for ham\n")
    if rng.random() < 0.5:
        turn("Rådgiver")
        d.add("og dit MitID-bruger-ID\n")
        turn("Kunde")
        d.add("det er ", d.mitid(who), " [utydeligt] har jeg givet det væk\n")
    turn("Rådgiver")
    d.add("nej nej det har du ikke jeg spærrer kortet nu og du skal ringe 114 og anmelde det ")
    d.add(f"du kan også ringe til os igen på {d.org_line()}\n")
    turn("Kunde")
    d.add(rng.choice(("tak ", "tusind tak ", "okay ")), rng.choice(noise))
    d.add(
        rng.choice(("det er min datter der sagde jeg skulle ringe\n", "[afbrudt]\n", "hej hej\n"))
    )


GENRES: dict[str, Callable[[Draft], None]] = {
    "markedsplads_sag": market_log,
    "webshop_mail": webshop_mail,
    "pakkeboks_rapport": locker_report,
    "bank_tilbagefoersel": dispute_form,
    "handelschat": trade_chat,
    "politianmeldelse": police_report,
    "klagenaevn": board_decision,
    "svindellinje_opkald": fraud_call,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    names = list(GENRES)
    plan = [(names[i % len(names)], "negative") for i in range(negatives)]
    plan += [(names[i % len(names)], "positive") for i in range(size - negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for number, (genre, kind) in enumerate(plan, 1):
        while True:
            draft = Draft(rng, kind == "negative")
            GENRES[genre](draft)
            text = draft.text()
            values = (text[s["start"] : s["end"]] for s in draft.spans)
            if text not in seen and not any(ORG_ALONE.search(v) for v in values):
                break
        seen.add(text)
        docs.append(
            {
                "id": f"blind33-{number:04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": draft.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind33.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
