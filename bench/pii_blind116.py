"""A hundred-and-seventeenth blind, seeded generator of Danish text with labelled personal data.

Written for issue 18 without looking at the recognisers, their word lists or the other
generators, as a held-out test set with its own names, streets, towns, companies and products.
Its theme is a chain of FITNESS CENTRES (FormKraft Fitness: a member app, memberships paid by
Betalingsservice and card, personal trainers) and the fraud its member service meets: fake
"membership refund" SMS, taken-over member app accounts, fake personal trainers who take
prepayment, stolen key cards. Eight genres: the member app's incident log (new device, changed
e-mail and phone, a one-time code, a card added, a refund to a new account), an e-mail thread
(Fra:/Til:/Emne:) between a member and member service about a refund SMS, a customer chat
("[14:02] Name: ..."; members often type their names in lower case), a web form reporting a
stolen key card or misuse (the car it was taken from, its plate), a fraud team's case notes on
a fake personal trainer (surname first, "Holm, Mette"; a foreign IBAN), a hotline call note (a
birth date after "født", "f." or "Fødselsdato:", the MitID user ID, a code read out), a police
report with the complainant's name in capitals, and a letter to a member with a two-line
address block. The organisations' own addresses (head office, centres, the police station)
appear in letterheads, signatures, "Afsender:" lines, opening hours and running text, in at
least 40 % of the documents and of the negatives, and are never labelled.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("medlem", "træner", "vidne"); "Holm,
  Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name typed in a chat
  ("sofie") is PERSON; "M. Holm" and "Mette H." are PERSON. A scammer's alias ("Kasper fra
  medlemsservice") is PERSON, the unit is not. Organisations, products, pseudonyms ("Medlem A",
  "Medarbejder B") and family words ("min kæreste") are never PERSON.
- ADDRESS (private persons only) runs from the street name through number, letter, floor and
  side ("12B", "2. th.", "st."), plus ", postcode town" on the same line or the next line of an
  address block (line break included). A street named without a number is not an address;
  the organisations' addresses are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial that FAILS modulus 11; written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") only straight after "født", "f." or "Fødselsdato:".
- PHONE: Danish numbers of 8 digits from mobile and landline leads (never 70 or 80) in ten
  written forms, the country code inside the span, and foreign ones from the fiction ranges
  "+44 7700 900xxx" and "+46 70 174 06 xx". The organisations' 70/80 lines are never PHONE.
- EMAIL: every unmasked address (example.* domains), staff's too. BANK_ACCOUNT: "1234-0012345678"
  or "1234 0012345678" is one span; after "reg.nr. 1234, kontonr." only the account. IBAN with
  valid check digits, grouped by four or compact; CARD Luhn-valid with a test prefix, grouped
  or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV after "CVC", "cvc" or
  "kontrolcifre"; OTP a code of 6 or 8 digits; MITID_USER a MitID user ID; NUMBER_PLATE
  "AB 12 345" or "AB12345".
- Hard negatives, never labelled: amounts, dates and clock times, member, case, invoice, order
  and journal numbers, key card numbers ("NK482113"), CVR numbers, masked values
  ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932", "AB ** ***"), the organisations' 70/80 lines and addresses,
  companies, banks, products, pseudonyms, family words and streets without a number.
  Documents of kind "negative" are the same genres after pseudonymisation. No run of ten or
  more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind116 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from random import Random

SEED = 116_2026
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "hændelseslog",
    "mailtråd",
    "chat",
    "formular",
    "sagsnotat",
    "hotline",
    "politianmeldelse",
    "brev",
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
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "400005")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "LT": 20, "PL": 28}
MOBILE = ("20", "21", "22", "23", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
          "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56",
            "57", "58", "62", "64", "65", "66", "69", "72", "74", "75", "76", "86", "87", "89",
            "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Mette", "Sofie", "Karen", "Birgit", "Lone", "Camilla", "Ida", "Freja", "Signe",
         "Trine", "Pernille", "Hanne", "Annelise", "Malou", "Nanna", "Rikke", "Tove", "Emma",
         "Josefine", "Astrid", "Laura", "Maja", "Zainab", "Aylin", "Nadia", "Agnieszka",
         "Anne-Sofie", "Marie-Louise", "Lise-Lotte")  # fmt: skip
MEN = ("Henrik", "Jesper", "Morten", "Rasmus", "Kasper", "Søren", "Poul", "Bent", "Torben",
       "Frederik", "Oliver", "Magnus", "Emil", "Villads", "Christian", "Kim", "Ole", "Palle",
       "Mikkel", "Ahmad", "Omar", "Tariq", "Jakob", "Ulrik", "Steffen", "Allan", "Hans-Henrik",
       "Karl-Erik", "Per-Ole")  # fmt: skip
FIRST = tuple(name for name in WOMEN + MEN if "-" not in name)
ALIAS_NAMES = tuple(name for name in MEN if "-" not in name)  # the scammers here are men
HYPHEN_FIRST = tuple(name for name in WOMEN + MEN if "-" in name)
LAST = ("Holm", "Kjær", "Bech", "Lund", "Skov", "Dam", "Vestergaard", "Bundgaard", "Lauridsen",
        "Krogh", "Møller", "Overgaard", "Thygesen", "Frandsen", "Bak", "Juul", "Riis", "Høj",
        "Brix", "Winther", "Lykke", "Mortensen", "Sørensen", "Damgaard", "Toft", "Kirkegaard",
        "Nørgaard", "Bisgaard", "Yilmaz", "Hussein", "Kowalski", "Nguyen", "Haddad", "Ravn",
        "Lind", "Storm", "Fog", "Kragh", "Egholm", "Svendsen")  # fmt: skip
HYPHEN_LAST = ("Bach-Nielsen", "Kjær-Madsen", "Lund-Pedersen", "Holm-Iversen", "Skov-Jensen",
               "Dahl-Rasmussen", "Friis-Hansen")  # fmt: skip
MIDDLE_MEN = ("Juhl", "Brink", "Vang", "Buch", "Aagaard", "Bruun", "Kjeldsen")
MIDDLE = ("Marie", "Kristine", "Louise", "Juhl", "Brink", "Vang", "Buch", "Helene", "Aagaard")

STREETS = ("Hybenvej", "Kastanie Allé", "Rughaven", "Mølleløkken", "Bøgeskovvej",
           "Tjørnevænget", "Engblommevej", "Lærkestien", "Ravnsbjergvej", "Kirsebærhaven",
           "Skrænten", "Fuglebakken", "Hørgården", "Præstemarken", "Vibevej", "Åkandevej",
           "Grønnegade", "Solsortvej", "Brombærvej", "Stenløsevej")  # fmt: skip
TOWNS = ("8210 Aarhus V", "5230 Odense M", "9000 Aalborg", "7100 Vejle", "2650 Hvidovre",
         "4000 Roskilde", "6700 Esbjerg", "8600 Silkeborg", "3400 Hillerød", "2800 Kongens Lyngby",
         "4700 Næstved", "8900 Randers C", "7400 Herning", "2630 Taastrup", "6000 Kolding",
         "3000 Helsingør", "2720 Vanløse", "8260 Viby J", "9210 Aalborg SØ",
         "2300 København S")  # fmt: skip

CHAIN = "FormKraft Fitness"
COMPANIES = ("FormKraft Fitness A/S", "FormKraft Fitness", "FormKraft", "Trænerbørsen.dk",
             "PT Direkte ApS", "Låsekompagniet", "SikkerNøgle ApS")  # fmt: skip
BANKS = ("Fjordbanken", "Andelskassen Midt", "Vestkystens Sparekasse")
PRODUCTS = ("FormKraft Medlem", "Betalingsservice", "MobilePay", "MitID", "Visa/Dankort",
            "FormKraft Flex", "FormKraft Premium", "Nøglebrik")  # fmt: skip
ORG_LINES = ("70 20 11 40", "7020 1140", "80 88 41 41", "70 15 33 90")
# street and number of the organisations' own addresses (head office, centres, police)
ORG_SITES = (
    ("FormKraft Fitness A/S", "Teglholmsgade 31", "2450 København SV"),
    ("FormKraft Aarhus C", "Frederiks Allé 118", "8000 Aarhus C"),
    ("FormKraft Odense", "Vestre Stationsvej 9", "5000 Odense C"),
    ("FormKraft Aalborg", "Hobrovej 212", "9200 Aalborg SV"),
    ("FormKraft Rødovre", "Roskildevej 305", "2610 Rødovre"),
    ("FormKraft Roskilde", "Ringstedgade 19", "4000 Roskilde"),
    ("FormKraft Kolding", "Skovvangen 42", "6000 Kolding"),
    ("FormKraft Vejle", "Dæmningen 58", "7100 Vejle"),
)
POLICE_SITES = (
    ("Fyns Politi", "Havnegade 71", "5000 Odense C"),
    ("Østjyllands Politi", "Ny Banegårdsgade 48", "8000 Aarhus C"),
    ("Nordjyllands Politi", "Jyllandsgade 27", "9000 Aalborg"),
    ("Københavns Vestegns Politi", "Bryggergården 6", "2600 Glostrup"),
    ("Sydøstjyllands Politi", "Kirketorvet 16", "7100 Vejle"),
)
ORG_ADDRESSES = tuple(site[1] for site in ORG_SITES + POLICE_SITES)
PSEUDONYMS = ("Medlem A", "Medlem B", "Medarbejder A", "Medarbejder B", "Træner A",
              "Vidne 1", "Vidne 2", "Anmelder A")  # fmt: skip
FAMILY = ("min kæreste", "min mand", "min kone", "min søn", "min datter", "min mor", "min far")
ALIAS_UNITS = ("medlemsservice", "FormKraft Support", "kundeservice", "økonomiafdelingen",
               "trænerteamet")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

V = tuple[str, str | None, str]  # (text, type or None, what a negative writes instead)
Value = V | str | list[V | str]


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})
    return re.sub(r"[^a-z.]", "", name.lower().translate(table).replace(" ", "."))


class Doc:
    """Text built piece by piece with its spans; a negative writes each value's stand-in."""

    def __init__(self, neg: bool) -> None:
        self.neg = neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def add(self, text: str, kind: str | None = None, mask: str = "") -> None:
        if kind is not None and self.neg:
            text = mask
        elif kind is not None:
            self.spans.append({"start": self.n, "end": self.n + len(text), "type": kind})
        self.parts.append(text)
        self.n += len(text)

    def f(self, template: str, *values: Value) -> None:
        for i, piece in enumerate(re.split(r"\{(\d+)\}", template)):
            if i % 2 == 0:
                self.add(piece)
            else:
                self.put(values[int(piece)])

    def put(self, value: Value) -> None:
        if isinstance(value, str):
            self.add(value)
        elif isinstance(value, list):
            for part in value:
                self.put(part)
        else:
            self.add(*value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    first: str
    middle: str
    last: str
    pseudo: str
    born: date
    serial: str

    @property
    def names(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def full(self) -> V:
        return (self.names, "PERSON", self.pseudo)

    def short(self) -> V:
        return (f"{self.first} {self.last}", "PERSON", self.pseudo)

    def given(self) -> V:
        return (self.first, "PERSON", self.pseudo)

    def upper(self) -> V:
        return (self.names.upper(), "PERSON", self.pseudo)

    def lower(self) -> V:
        return (self.names.lower() if len(self.names) < 14 else self.first.lower(), "PERSON",
                self.pseudo)  # fmt: skip

    def surname_first(self) -> V:
        return (f"{self.last}, {self.first}", "PERSON", self.pseudo)

    def initial(self, rng: Random) -> V:
        text = rng.choice((f"{self.first[0]}. {self.last}", f"{self.first} {self.last[0]}."))
        return (text, "PERSON", self.pseudo)

    def genitive(self, whole: bool = True) -> V:
        name = self.names if whole else self.first
        if name.endswith(("s", "x", "z")):
            return (name, "PERSON", self.pseudo)  # the caller's "' " is avoided: no genitive
        return (name + "s", "PERSON", self.pseudo + "'s")

    def any(self, rng: Random) -> V:
        roll = rng.random()
        if roll < 0.5:
            return self.full()
        if roll < 0.7:
            return self.short()
        if roll < 0.85:
            return self.surname_first()
        return self.initial(rng)


def _cpr_digits(rng: Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        serial = century + f"{rng.randrange(1000):03d}"
        digits = head + serial
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return serial


class Maker:
    """The seeded values of one set."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng

    def person(self, pseudo: str, staff: bool = False) -> Person:
        r = self.rng
        first = r.choice(HYPHEN_FIRST) if r.random() < 0.12 else r.choice(FIRST)
        last = r.choice(HYPHEN_LAST) if r.random() < 0.16 else r.choice(LAST)
        middles = MIDDLE if first in WOMEN else MIDDLE_MEN
        middle = r.choice(middles) if r.random() < 0.3 else ""
        if staff:
            born = date(1975, 1, 1) + timedelta(days=r.randrange(9000))
        else:
            born = date(1941, 1, 1) + timedelta(days=r.randrange(23700))
        return Person(first, middle, last, pseudo, born, _cpr_digits(r, born))

    def cpr(self, p: Person) -> V:
        head, serial = p.born.strftime("%d%m%y"), p.serial
        form = self.rng.randrange(4)
        spaced = f"{head[:2]} {head[2:4]} {head[4:]} {serial}"
        text = (f"{head}-{serial}", f"{head}{serial}", spaced, f"{head} {serial}")[form]
        return (text, "CPR", self.rng.choice(("[CPR]", f"{head}-xxxx")))

    def dob(self, p: Person) -> V:
        b = p.born
        form = self.rng.randrange(4)
        text = (f"{b.day}. {MONTHS[b.month - 1]} {b.year}", b.strftime("%d.%m.%Y"),
                f"{b.day}/{b.month}-{b.year}", b.strftime("%d-%m-%Y"))[form]  # fmt: skip
        return (text, "DATE_OF_BIRTH", "")

    def phone(self) -> V:
        r = self.rng
        form = r.randrange(12)
        if form == 10:
            text = f"+44 7700 900{r.randrange(1000):03d}"
        elif form == 11:
            text = f"+46 70 174 06 {r.randrange(5, 100):02d}"
        else:
            d = r.choice(MOBILE if r.random() < 0.7 else LANDLINE) + f"{r.randrange(10**6):06d}"
            pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
            text = (f"+45 {d}", f"+45 {pairs}", f"+45 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}",
                    f"(+45) {pairs}", f"0045 {d}", pairs, d, f"+45{d}",
                    pairs.replace(" ", "."))[form]  # fmt: skip
        mask = r.choice(("[TLF]", f"+45 ** ** ** {text[-2:]}"))
        return (text, "PHONE", mask)

    def email(self, p: Person, domain: str = "") -> V:
        r = self.rng
        first, last = _ascii(p.first), _ascii(p.last)
        local = r.choice((f"{first}.{last}", f"{first}{last}", f"{first}{r.randrange(10, 99)}",
                          f"{first[0]}{last}", f"{first}_{last}"))  # fmt: skip
        domain = domain or r.choice(("example.dk", "example.com", "mail.example.dk",
                                     "example.net", "post.example.dk"))  # fmt: skip
        text = f"{local}@{domain}"
        return (text, "EMAIL", r.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def masked_mail(self, p: Person) -> str:
        return f"{_ascii(p.first)[0]}***@{self.rng.choice(('example.dk', 'example.com'))}"

    def address(self, two_lines: bool | None = None, town: bool = True) -> V:
        r = self.rng
        text = f"{r.choice(STREETS)} {r.randrange(1, 140)}"
        roll = r.random()
        if roll < 0.15:
            text += r.choice("ABCD")
        elif roll < 0.45:
            text += r.choice((", st.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 4. th.", ", 1. tv."))
        if town:
            sep = "\n" if two_lines else ", "
            text += sep + r.choice(TOWNS)
        return (text, "ADDRESS", "[ADRESSE]")

    def account(self) -> list[V | str]:
        r = self.rng
        reg = f"{r.randrange(1000, 9900)}"
        acct = (
            f"{r.randrange(10**9, 10**10):010d}"
            if r.random() < 0.8
            else f"{r.randrange(10**6, 10**7)}"
        )
        form = r.randrange(4)
        mask = "[kontonr.]"
        if form == 0:
            return [(f"{reg}-{acct}", "BANK_ACCOUNT", mask)]
        if form == 1:
            return [(f"{reg} {acct}", "BANK_ACCOUNT", mask)]
        if form == 2:
            return [f"reg.nr. {reg}, kontonr. ", (acct, "BANK_ACCOUNT", mask)]
        return [f"reg. {reg} konto ", (acct, "BANK_ACCOUNT", mask)]

    def iban(self, country: str = "") -> V:
        r = self.rng
        country = country or r.choice(("DK", "DK", "DE", "SE", "NO", "LT", "PL"))
        bban = "".join(str(r.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
        number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - number % 97:02d}{bban}"
        text = grouped(compact) if r.random() < 0.6 else compact
        return (text, "IBAN", f"{country}{compact[2:4]}{'X' * 10}{compact[-4:]}")

    def card(self) -> V:
        r = self.rng
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        total = sum(
            d if i % 2 else (2 * d - 9 if 2 * d > 9 else 2 * d)
            for i, d in enumerate(int(c) for c in reversed(body))
        )
        compact = body + str(-total % 10)
        text = grouped(compact) if r.random() < 0.65 else compact
        mask = r.choice((f"**** **** **** {compact[-4:]}", f"******{compact[-4:]}"))
        return (text, "CARD", mask)

    def expiry(self) -> V:
        r = self.rng
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        text = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        return (text, "CARD_EXPIRY", "**/**")

    def cvv(self) -> V:
        return (f"{self.rng.randrange(1000):03d}", "CARD_CVV", "***")

    def otp(self) -> V:
        r = self.rng
        text = f"{r.randrange(10**6):06d}" if r.random() < 0.8 else f"{r.randrange(10**8):08d}"
        return (text, "OTP", "[kode]")

    def mitid(self, p: Person) -> V:
        r = self.rng
        first, last = _ascii(p.first).replace(".", ""), _ascii(p.last).replace(".", "")
        year = p.born.year if p.born.year < 2006 else 2005
        tail = r.choice((f"{year % 100:02d}", f"{year}"))
        text = r.choice((first, first + last[:3], last + first[:1], first[:3] + last)) + tail
        return (text, "MITID_USER", "[kode]")

    def plate(self) -> V:
        r = self.rng
        letters = r.choice("ABCDEFHJKLMNPRSTUVXYZ") + r.choice("ABCDEFHJKLMNPRSTUVXYZ")
        digits = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        text = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else letters + digits
        return (text, "NUMBER_PLATE", f"{letters} ** ***")

    # hard negatives
    def amount(self) -> str:
        r = self.rng
        kroner = r.choice((299, 349, 399, 449, 499, 649, 1295, 1895, 2400, 3600, 4995, 12500))
        if r.random() < 0.5:
            return f"{kroner:,}".replace(",", ".") + r.choice((" kr.", ",00 kr."))
        return "kr. " + f"{kroner:,}".replace(",", ".")

    def member_no(self) -> str:
        return f"medlemsnr. {self.rng.randrange(4_000_000, 6_000_000)}"

    def case_no(self) -> str:
        return f"FK-2026-{self.rng.randrange(10000, 99999)}"

    def key_card(self) -> str:
        return f"NK{self.rng.randrange(100000, 999999)}"

    def invoice(self) -> str:
        return f"faktura 26-{self.rng.randrange(100000, 999999)}"

    def journal(self) -> str:
        r = self.rng
        return (
            f"{r.randrange(1000, 9999)}-{r.randrange(10000, 99999)}-{r.randrange(10000, 99999)}-26"
        )

    def stamp(self) -> str:
        r = self.rng
        day = f"2026-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
        return f"{day} {r.randrange(6, 23):02d}:{r.randrange(60):02d}"

    def day(self) -> str:
        r = self.rng
        return f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}.{r.choice(('26', '2026'))}"

    def clock(self) -> str:
        r = self.rng
        return f"kl. {r.randrange(6, 23):02d}.{r.randrange(60):02d}"

    def cvr(self) -> str:
        return "CVR-nr. " + self.rng.choice(("38127745", "41920367", "36554218"))

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def family(self) -> str:
        return self.rng.choice(FAMILY)

    def site(self) -> tuple[str, str, str]:
        return self.rng.choice(ORG_SITES)

    def org_address(self, police: bool = False, one_line: bool = False) -> str:
        """An organisation's address written one of several ways (never labelled)."""
        r = self.rng
        name, street, town = r.choice(POLICE_SITES if police else ORG_SITES)
        form = r.choice((0, 2, 3, 4, 5)) if one_line else r.randrange(6)
        if form == 0:
            return f"{name}, {street}, {town}"
        if form == 1:
            return f"{name}\n{street}\n{town}"
        if form == 2:
            return f"{name} · {street} · {town} · {self.cvr()} · tlf. {self.org_line()}"
        if form == 3:
            return f"{name}, {street}"
        if form == 4:
            return f"{street}, {town}"
        return f"{name} ({street}, {town[5:]})"


def alias(d: Doc, m: Maker) -> list[V | str]:
    """A scammer's alias with a unit; a negative names the unit only."""
    unit, name = m.rng.choice(ALIAS_UNITS), m.rng.choice(ALIAS_NAMES)
    if d.neg:
        return [f"udgav sig for at komme fra {unit}"]
    return ["gav sig ud for at være ", (name, "PERSON", "[NAVN]"), f" fra {unit}"]


def _staff_sign(d: Doc, m: Maker, staff: Person, mail: V, with_site: bool) -> None:
    d.f("\n\nVenlig hilsen\n{0}\n{1}, {2}", staff.full(), m.rng.choice(("Medlemsservice",
        "Svindelteamet", "Kundeservice", "Center manager")), CHAIN)  # fmt: skip
    if with_site:
        d.f("\n{0}", m.org_address())
    d.f("\nTlf. {0} · ", m.org_line())
    d.f("{0}", mail)


def incident_log(d: Doc, m: Maker) -> None:
    r = m.rng
    member, staff = m.person("Medlem A"), m.person("Medarbejder A", staff=True)
    day, clock = m.stamp()[:10], [r.randrange(6 * 60, 20 * 60)]

    def at() -> str:
        clock[0] += r.randrange(1, 9)
        return f"{day} {clock[0] // 60:02d}:{clock[0] % 60:02d}"

    d.f("Hændelseslog · FormKraft Medlem (app) · sag {0}\n", m.case_no())
    if r.random() < 0.6:
        d.f("Hjemcenter: {0}\n", m.org_address())
    d.f("Medlem: {0}, {1}\n\n", member.any(r), m.member_no())
    d.f(
        "{0} | Login fra ny enhed (Android 14, IP i udlandet) på {1} konto\n",
        at(),
        member.genitive(r.random() < 0.5),
    )
    d.f(
        "{0} | E-mail ændret fra {1} til {2}\n",
        at(),
        m.email(member),
        (f"support.{r.randrange(100, 999)}@example.net", "EMAIL", "[e-mail]"),
    )
    d.f("{0} | Telefonnummer ændret til {1} (tidligere {2})\n", at(), m.phone(), m.phone())
    d.f(
        "{0} | Engangskode {1} sendt via SMS; koden blev indtastet efter 40 sek.\n",
        at(),
        m.otp(),
    )
    if r.random() < 0.7:
        d.f("{0} | Betalingskort tilføjet: {1}, udløb {2}\n", at(), m.card(), m.expiry())
    d.f("{0} | Anmodning om refusion af {1} til ", at(), m.amount())
    d.put(m.account())
    d.f(" oprettet i appen\n")
    d.f("{0} | Nøglekort {1} bestilt til ny adresse ", at(), m.key_card())
    d.f("{0}\n", m.address(two_lines=False))
    d.f("{0} | {1} ringede fra {2} og afviste alle ændringer. Refusion stoppet, "
        "kort spærret, Betalingsservice-aftalen uændret. Gammel mail {3} gendannet.\n",
        at(), member.given(), m.phone(), m.masked_mail(member))  # fmt: skip
    if r.random() < 0.5:
        d.f(
            "{0} | Medlemmet oplyser: 'Også {1}, {3}, har fået SMS om tilbagebetaling af "
            "medlemskab fra et nummer der ligner {2}.'\n",
            at(),
            m.family(),
            m.org_line(),
            m.person("Medlem B").any(r),
        )
    if r.random() < 0.4:
        d.f(
            "{0} | Medlemmet har trænet i centret på {1} i dag {2}.\n",
            at(),
            m.site()[1],
            m.clock(),
        )
    closed = at()
    d.f(
        "\nBehandlet af: {0}, Svindelteamet. Status: lukket {1} kl. {2}.",
        staff.short(),
        f"{closed[8:10]}.{closed[5:7]}.26",
        closed[11:].replace(":", "."),
    )


def mail_thread(d: Doc, m: Maker) -> None:
    r = m.rng
    member, staff = m.person("Medlem A"), m.person("Medarbejder A", staff=True)
    staff_mail = m.email(staff, "formkraft.example.dk")
    d.f("Fra: {0} <{1}>\n", staff.full(), staff_mail)
    d.f(
        "Til: {0}\nDato: {1} {2}\nEmne: Sv: Refusion af medlemskab – er det jer?\n\n",
        m.email(member),
        m.day(),
        m.clock(),
    )
    d.f("Hej {0}\n\nTak for din henvendelse. Vi sender aldrig SMS om refusion med et link, "
        "og vi beder aldrig om kortnummer eller kontrolcifre. Dit medlemskab betales fortsat via "
        "Betalingsservice, og der er ikke noget beløb på {1} til gode. ",
        member.given(), m.amount())  # fmt: skip
    d.f(
        "Vi har spærret kortet {0} i appen og lagt en note på din profil ({1}).\n",
        m.card()[2],
        m.member_no(),
    )
    if r.random() < 0.6:
        d.f(
            "Du er velkommen til at kigge forbi receptionen på {0} – vi har åbent hverdage 6-22.\n",
            m.site()[1],
        )
    _staff_sign(d, m, staff, staff_mail, r.random() < 0.5)
    d.f(
        "\n\n> Fra: {0}\n> Sendt: {1}\n> Emne: Refusion af medlemskab\n>\n",
        m.email(member),
        m.day(),
    )
    d.f("> Hej FormKraft. Jeg fik i går en SMS: 'Du har betalt dobbelt for dit medlemskab, "
        "klik her for at få {0} retur'. Jeg tastede mit kort {1}, udløb {2} og CVC {3} ind "
        "på siden. Bagefter blev jeg ringet op fra {4} af en der sagde han var fra jer.\n",
        m.amount(), m.card(), m.expiry(), m.cvv(), m.phone())  # fmt: skip
    if r.random() < 0.5:
        d.f(
            "> Pengene skulle sendes til {0}, men de blev aldrig indsat.\n",
            m.iban(r.choice(("LT", "PL", "DE"))),
        )
    if r.random() < 0.5:
        d.f("> {0} har fået samme SMS.\n", m.family().capitalize())
    d.f(">\n> Mvh {0}\n> ", member.full())
    if r.random() < 0.55:
        d.f("{0}\n> ", m.address(two_lines=False))
    d.f("Mobil: {0}", m.phone())


def chat(d: Doc, m: Maker) -> None:
    r = m.rng
    member = m.person("Medlem A")
    staff = m.person("Medarbejder B", staff=True)
    you = member.lower() if r.random() < 0.55 else member.short()
    me = staff.given()
    h, mi = r.randrange(7, 22), r.randrange(0, 40)

    def line(who: V, text: str, *values: Value) -> None:
        nonlocal mi
        mi += r.randrange(1, 3)
        d.f("[{0}] ", f"{h:02d}:{mi:02d}")
        d.add(*who)
        d.f(": " + text + "\n", *values)

    d.f("Chat · FormKraft Medlem · {0}\n", m.day())
    line(you, "hej jeg kan ikke logge ind i appen og der er trukket {0}", m.amount())
    line(me, "Hej, du skriver med {0} fra medlemsservice. Hvad er dit fulde navn?", staff.given())
    line(you, "{0}", member.full())
    line(me, "Tak. Hvilken mail og hvilket nummer er knyttet til dit medlemskab?")
    line(you, "{0} og {1}", m.email(member), m.phone())
    line(
        me,
        "Jeg kan se at mailen blev ændret i nat {0} til {1}. Var det dig?",
        m.clock(),
        m.masked_mail(member),
    )
    line(you, "nej!! en ringede og {0}, han fik koden {1}", alias(d, m), m.otp())
    if r.random() < 0.6:
        line(you, "han fik også mit kortnr {0} {1} cvc {2}", m.card(), m.expiry(), m.cvv())
    if r.random() < 0.5:
        line(you, "og mit mitid bruger-id {0} men ikke adgangskoden", m.mitid(member))
    line(me, "Vi ringer aldrig og beder om koder. Jeg lukker adgangen nu og sender en ny kode "
         "til {0}.", m.masked_mail(member))  # fmt: skip
    if r.random() < 0.5:
        line(
            you,
            "{0} {1} har også medlemskab, skal vi gøre noget?",
            m.family(),
            (r.choice(FIRST), "PERSON", "[NAVN]"),
        )
        line(
            me,
            "I skal bare holde øje med SMS'er. Ring gerne på {0} hvis der sker noget.",
            m.org_line(),
        )
    if r.random() < 0.5:
        line(you, "kan jeg hente nyt nøglekort?")
        line(me, "Ja, i receptionen på {0}, medbring billed-id.", m.site()[1])
    line(you, "tak {0}", staff.given()) if r.random() < 0.5 else line(you, "tak for hjælpen")
    line(me, "Selv tak, {0}. Sagen har nr. {1}.", member.given(), m.case_no())


def form(d: Doc, m: Maker) -> None:
    r = m.rng
    member = m.person("Medlem A")
    d.f(
        "Formular: Anmeld stjålet nøglekort eller misbrug · FormKraft Fitness\nIndsendt: {0}\n\n",
        m.stamp(),
    )
    d.f("Navn: {0}\n", member.full() if r.random() < 0.6 else member.upper())
    d.f("CPR-nr.: {0}\n", m.cpr(member))
    d.f("Adresse: {0}\n", m.address(two_lines=False))
    d.f("Telefon: {0}\nE-mail: {1}\n", m.phone(), m.email(member))
    d.f("Medlemsnummer: {0}\nNøglekort: {1}\n", m.member_no()[11:], m.key_card())
    d.f("Hjemcenter: {0}\n", m.site()[0])
    d.f("Hvad skete der?: Nøglekortet lå i min bil ({0}) på parkeringspladsen ved {1}. "
        "Ruden blev smadret {2}", m.plate(), r.choice(STREETS), m.clock())  # fmt: skip
    d.f(", og tasken med mit betalingskort {0} (udløb {1}) blev taget.\n", m.card(), m.expiry())
    if r.random() < 0.5:
        d.f("Mistænkt køretøj: en hvid varebil med nummerpladen {0}\n", m.plate())
    d.f("Refusion af gebyr til: ")
    d.put(m.account())
    d.f("\nHar du kontaktet politiet?: Ja, anmeldt på 114 {0}\n", m.day())
    if r.random() < 0.6:
        d.f("Bemærkning fra receptionen ({0}): medlemmet har fået nyt kort, gebyr {1} "
            "frafaldet.\n", m.org_address(one_line=True), m.amount())  # fmt: skip
    if r.random() < 0.4:
        d.f("Kontaktperson hvis jeg ikke svarer: {0}, {1}\n", m.family(), m.phone())


def case_notes(d: Doc, m: Maker) -> None:
    r = m.rng
    member, witness = m.person("Medlem A"), m.person("Vidne 1")
    staff = m.person("Medarbejder A", staff=True)
    d.f("Sagsnotat {0} · falsk personlig træner\n", m.case_no())
    d.f("Medlem: {0} ({1})\n\n", member.surname_first(), m.member_no())
    d.f("{0}: {1} oplyser, at en mand i omklædningsrummet {2} og tilbød et forløb med 10 "
        "PT-timer for {3}, betalt forud. ", m.day(), member.initial(r), alias(d, m),
        m.amount())  # fmt: skip
    d.f("Beløbet blev overført til {0} (kontohaver oplyst som 'PT Direkte ApS'). ", m.iban())
    d.f("Profilen på Trænerbørsen.dk var oprettet i navnet {0}. ", m.person("Træner A").any(r))
    d.f(
        "{0} træner har aldrig været ansat hos os; vores PT'ere bookes kun i FormKraft Medlem.\n",
        member.genitive(r.random() < 0.6),
    )
    d.f("{0}: {1} (vidne), ", m.day(), witness.short())
    d.f("{0}", m.address(two_lines=False))
    d.f(
        ", tlf. {0}, har set den samme mand køre fra parkeringen i en bil med pladen {1}.\n",
        m.phone(),
        m.plate(),
    )
    if r.random() < 0.6:
        d.f(
            "{0}: Medlemmet har også betalt {1} via MobilePay til {2}. ",
            m.day(),
            m.amount(),
            m.phone(),
        )
        d.f("{0} er informeret.\n", m.family().capitalize())
    if r.random() < 0.5:
        d.f("{0}: Kopi af Trænerbørsen.dk-profilen gemt. Profilens mail: {1}.\n", m.day(),
            (f"pt.{r.choice(('coach', 'elite', 'form'))}{r.randrange(10, 99)}@example.com",
             "EMAIL", "[e-mail]"))  # fmt: skip
    if r.random() < 0.55:
        d.f("{0}: Centret på {1} har hængt advarsel op i receptionen.\n", m.day(), m.site()[1])
    d.f(
        "{0}: Anbefalet politianmeldelse. Refusion af {1} afvist (ikke købt hos FormKraft).\n",
        m.day(),
        m.amount(),
    )
    d.f("/{0}", staff.initial(r) if r.random() < 0.5 else staff.surname_first())


def hotline(d: Doc, m: Maker) -> None:
    r = m.rng
    caller, staff = m.person("Medlem A"), m.person("Medarbejder B", staff=True)
    d.f("Opkaldsnotat · Svindelhotline {0} · {1} {2}\n", m.org_line(), m.day(), m.clock())
    d.f("Indringer: {0}, ", caller.full())
    cue = r.choice(("født ", "f. ", "Fødselsdato: "))
    dob = m.dob(caller)
    d.f("alder bekræftet" if d.neg else cue + "{0}", dob)  # no birth date cue in a negative
    d.f("\nCPR-nr. oplyst: {0}\nTilbagekald: {1}\n", m.cpr(caller), m.phone())
    if r.random() < 0.5:
        d.f("Adresse: {0}\n", m.address(two_lines=False))
    if r.random() < 0.45:
        d.f("Nyt nøglekort sendes til:\n{0}\n{1}\n", caller.short(), m.address(two_lines=True))
    d.f(
        "\n{0} ringer: '{1} fik en SMS fra FormKraft om refusion af {2}, med et link.' ",
        caller.given(),
        m.family().capitalize() if r.random() < 0.2 else m.family(),
        m.amount(),
    )
    d.f(
        "Indringer loggede ind via linket med MitID-bruger-ID {0} og læste derefter koden {1} "
        "op for en 'medarbejder', der {2}. ",
        m.mitid(caller),
        m.otp(),
        alias(d, m),
    )
    if r.random() < 0.6:
        d.f("Opkaldet kom fra {0}. ", m.phone())
    if r.random() < 0.6:
        d.f("Indringer oplyste også kort {0} og kontrolcifre {1}. ", m.card(), m.cvv())
    d.f(
        "\nRåd: ring til banken (Fjordbanken) og spær kortet, skift adgangskode i appen. "
        "Indringer kan komme forbi {0}.\n",
        m.org_address(),
    )
    d.f("Modtaget af {0}.", staff.short())


def police(d: Doc, m: Maker) -> None:
    r = m.rng
    victim = m.person("Anmelder A")
    d.f("{0}\nPOLITIANMELDELSE · journalnr. {1}\n\n", m.org_address(police=True), m.journal())
    d.f("Forurettede: {0}, ", victim.upper())
    dob, cpr = m.dob(victim), m.cpr(victim)
    d.f("{0}" if d.neg else "født {1}, CPR-nr. {0}", cpr, dob)
    two = r.random() < 0.4
    d.f("\nBopæl:{0}{1}\nTelefon: {2}\n", "\n" if two else " ", m.address(two_lines=two), m.phone())
    if r.random() < 0.5:
        d.f("MitID bruger-ID (oplyst af anmelder): {0}\n", m.mitid(victim))
    d.f(
        "\nForhold: Bedrageri. Anmelder betalte {0} forud for personlig træning til en "
        "person, der {1}. ",
        m.amount(),
        alias(d, m),
    )
    d.f("Pengene blev overført til {0}. ", m.iban())
    d.f(
        "Gerningsmanden hentede anmelderens nøglekort ({0}) i centret {1} og kørte i en "
        "bil med reg.nr. {2}.\n",
        m.key_card(),
        m.org_address(one_line=True),
        m.plate(),
    )
    if r.random() < 0.6:
        d.f("Vidne: {0}, tlf. {1}.\n", m.person("Vidne 2").any(r), m.phone())
    d.f(
        "{0} har bekræftet, at ingen træner med det navn er ansat. Anmelders e-mail: {1}.\n",
        CHAIN,
        m.email(victim),
    )
    d.f(
        "Modtaget {0} {1} af politiassistent {2}.",
        m.day(),
        m.clock(),
        m.person("Medarbejder A", staff=True).short(),
    )


def letter(d: Doc, m: Maker) -> None:
    r = m.rng
    member, staff = m.person("Medlem A"), m.person("Medarbejder A", staff=True)
    name, street, town = m.site()
    if r.random() < 0.5:
        town = ORG_SITES[0][2]
        d.f("Afsender: {0}, {1}, {2}\n\n", CHAIN, ORG_SITES[0][1], town)
    else:
        d.f("{0}\n{1} · {2} · {3}\n\n", name, street, town, m.cvr())
    d.f("{0}\n{1}\n\n", member.full(), m.address(two_lines=True))
    d.f("{0}, {1}\n\nVedr.: ", town[5:], m.day())
    d.f("{0} og refusion af {1}\n\n", m.member_no(), m.amount())
    d.f("Kære {0}\n\n", member.full() if r.random() < 0.5 else member.given())
    d.f(
        "Vi har undersøgt sagen om din overtagne profil i FormKraft Medlem. Vi beklager, at "
        "der er trukket {0} for et medlemskab, du ikke har oprettet. ",
        m.amount(),
    )
    d.f("Beløbet tilbagebetales til ")
    d.put(m.account())
    d.f(" senest {0}. ", m.day())
    if r.random() < 0.6:
        d.f(
            "Dit gamle nøglekort {0} er spærret; et nyt ligger klar i {1}.",
            m.key_card(),
            m.org_address(),
        )
    d.f(" Har du spørgsmål, kan du ringe på {0} eller skrive til os, men bemærk at vi aldrig "
        "beder om koder.\n", m.org_line())  # fmt: skip
    if r.random() < 0.5:
        d.f("\nKopi sendt til {0} e-mail ({1}).\n", member.genitive(False), m.email(member))
    d.f(
        "\nMed venlig hilsen\n\n{0}\nSvindelteamet, {1}\n{2} · {3}",
        staff.full(),
        CHAIN,
        m.cvr(),
        m.masked_mail(staff),
    )


GENRE_WRITERS = {
    "hændelseslog": incident_log,
    "mailtråd": mail_thread,
    "chat": chat,
    "formular": form,
    "sagsnotat": case_notes,
    "hotline": hotline,
    "politianmeldelse": police,
    "brev": letter,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: ``size`` documents, of which NEGATIVES/SIZE are hard negatives."""
    rng = Random(seed)
    m = Maker(rng)
    negatives = size * NEGATIVES // SIZE
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, kind in plan:
        while True:
            d = Doc(kind == "negative")
            GENRE_WRITERS[genre](d, m)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {
                "id": f"pii116-{len(docs) + 1:04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind116.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
