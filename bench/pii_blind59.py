"""A sixtieth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is A LAWYER'S OFFICE
REPRESENTING FRAUD VICTIMS AND A DEBT COLLECTION AGENCY'S FILES, in nine genres: a client
intake form typed up by the office (the client's name, CPR, birth date, address block, phone,
e-mail, MitID user ID, car, account, and the card and code given to the fraudster), a power of
attorney (fuldmagt) from the client to the lawyer, a letter to the bank claiming a refund under
the Payment Act (betalingsloven), a debt collector's (inkasso) letter to a person whose identity
was misused, a court-style summary of the facts with parties and witnesses, an e-mail thread
(Fra:/Til:/Cc:/Emne:) between the lawyer, the client and the client's daughter with signatures,
a timeline of transactions in table-like lines, a legal secretary's phone memo and a fee note
(salærnota) to the client. The names are those of Danes of all ages, Danes with roots elsewhere
("Amira Haddad", "Tran Van Long"), double surnames ("Kjær-Winther") and the office's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("advokat", "klienten", "vidne"); "Holm,
  Mette" is one span; a genitive s belongs to it ("Mette Holms"); a lower-case name in an
  e-mail sign-off ("sofie") is PERSON, so is an upper-case one ("METTE HOLM") and one with an
  initial ("K. Lund"). A fraudster's alias ("Jonas fra bankens sikkerhedsafdeling") is one
  PERSON span; a bank's name never is. Organisations, placeholders ("[NAVN]", "Klient A",
  "Vidne 1", "Datter B", "Skyldner 2") and family words ("min datter", "min mor") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Hyldebærvej.") is not an
  address. Organisations' own postal addresses (banks, police districts, insurers, the
  debt collector, the law firm) never occur: letterheads and signatures name only the
  organisation, its 70/80 line and its web site, because whether such an address counts as
  personal data is an open question of the project.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for the years 2000 to 2005) and a serial chosen so the number FAILS modulus
  11. Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH
  (full date, four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is
  labelled only straight after "født ", "f. " or "Fødselsdato: "; no other date or time is.
- PHONE: Danish numbers of 8 digits from mobile and landline leads (MOBILE, LANDLINE; 70 and 80
  never occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code inside the span; foreign numbers only from fiction ranges,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). Organisations' lines (70/80, 112, 114)
  are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.dk / example.com), each occurrence,
  staff's too; masked ones ("m***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678", "reg. 1234
  konto 12345678") only the account is the span. IBAN: valid check digits and the country's
  length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a test prefix
  (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three
  digits after "CVV", "CVC" or "kontrolcifre". OTP: a one-time code sent, asked for or read out
  (6 or 8 digits); MITID_USER: a MitID user ID given as such; NUMBER_PLATE: a Danish plate
  ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 849,95"), dates and times
  ("04.03.26", "2026-03-04", "kl. 09.14", "09:14"), the office's case numbers ("ADV-26-0412"),
  the debt collector's ("INK-26-304172"), invoice numbers, police journal numbers
  ("1200-80123-00456-26"), transaction IDs ("TRX-260304-KQ4417"), SWIFT/BIC codes, CVR numbers,
  masked values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "DK71XXXXXXXXXX0932"), organisations' lines and names, streets without a number, family words.
  Documents of kind "negative" are the same genres after pseudonymisation: only stand-ins
  ("[NAVN]", "[CPR]", "[TLF]", ...), pseudonyms and such non-personal values remain. No run of
  ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind59 [OUT]`` writes the set (default bench/data/pii_blind59.jsonl);
``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED: int | str = "pii_blind59"
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
    "klientskema",
    "fuldmagt",
    "indsigelse_bank",
    "inkassobrev",
    "sagsfremstilling",
    "mailtraad",
    "tidslinje",
    "telefonnotat",
    "salaernota",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "5555", "5105")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "GB": 22}
MOBILE = ("20", "21", "22", "24", "26", "27", "28", "30", "31", "40", "42", "50", "53", "60",
          "61", "91", "93")  # fmt: skip
LANDLINE = ("33", "35", "36", "38", "43", "45", "48", "56", "62", "66", "75", "86", "87", "98")

WOMEN = ("Mette", "Birthe", "Ingrid", "Sofie", "Ida", "Karen", "Lone", "Hanne", "Signe", "Freja",
         "Vibeke", "Agnes", "Tove", "Maja", "Amira", "Fatma", "Nguyen Thi", "Zeynep", "Ewa",
         "Gudrun", "Else", "Cecilie", "Rikke", "Jytte", "Nadia", "Laila", "Astrid", "Bodil",
         "Anne Marie", "Mia")  # fmt: skip
MEN = ("Kjeld", "Poul", "Henrik", "Mads", "Niels", "Torben", "Ole", "Frederik", "Emil", "Jonas",
       "Aksel", "Bent", "Preben", "Tariq", "Mehmet", "Ali", "Tran Van", "Piotr", "Søren", "Erik",
       "Villads", "Lars Peter", "Holger", "Rasmus", "Kasper", "Yusuf", "Bjarne", "Anders",
       "Magnus", "Carsten")  # fmt: skip
SURNAMES = ("Holm", "Lund", "Krogh", "Winther", "Bach", "Dahl", "Kjær", "Vestergaard", "Nygaard",
            "Thygesen", "Brandt", "Skov", "Haddad", "Yilmaz", "Nowak", "Long", "Abdi", "Rahimi",
            "Fogh", "Bisgaard", "Mølgaard", "Ravn", "Lykke", "Hjort", "Storm", "Juul", "Iversen",
            "Kristiansen", "Østergaard", "Aagaard")  # fmt: skip
STREETS = (
    "Hyldebærvej",
    "Tranekærgade",
    "Møllebakken",
    "Skovvænget",
    "Fiskerstræde",
    "Kirkeåsen",
    "Lærkehaven",
    "Strandmarken",
    "Bøgeløkke",
    "Rønnebærallé",
    "Havnefronten",
    "Vindebrogade",
    "Solsikkevej",
    "Engtoften",
    "Tjørnevangen",
    "Kløverparken",
    "Gammel Landevej",
    "Stationsbakken",
    "Rosenhaven",
    "Mosedalsvej",
)
TOWNS = (
    ("5700", "Svendborg"),
    ("7400", "Herning"),
    ("8600", "Silkeborg"),
    ("4000", "Roskilde"),
    ("6000", "Kolding"),
    ("9000", "Aalborg"),
    ("2300", "København S"),
    ("8000", "Aarhus C"),
    ("3400", "Hillerød"),
    ("4700", "Næstved"),
    ("6700", "Esbjerg"),
    ("7100", "Vejle"),
    ("2630", "Taastrup"),
    ("8800", "Viborg"),
    ("5000", "Odense C"),
    ("4200", "Slagelse"),
)
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

FIRM = "Advokatfirmaet Krogstrup & Vinding"
FIRM_WEB = "krogstrup-vinding.example.dk"
COLLECTOR = "Inkassohuset Kattegat A/S"
BANKS = ("Bølgebanken", "Fjordkassen", "Lindholm Sparekasse", "Nordlys Bank")
INSURER = "Tryghavn Forsikring"
POLICE = ("Syd- og Sønderjyllands Politi", "Midt- og Vestjyllands Politi", "Fyns Politi")
COMPANIES = (FIRM, COLLECTOR, INSURER, *BANKS)
ORG_LINES = ("70 21 48 60", "70 15 33 90", "80 20 11 44", "70 26 62 06", "80 30 19 19",
             "70 11 52 37")  # fmt: skip
BICS = ("BOLGDKKK", "FJRDDK22", "LINHDKKK", "NORLDKKK")
PSEUDONYMS = ("Klient A", "Vidne 1", "Vidne 2", "Datter B", "Skyldner 2", "Sagsbehandler C")
STAND_IN = {
    "PERSON": "[NAVN]",
    "ADDRESS": "[ADRESSE]",
    "CPR": "[CPR]",
    "DATE_OF_BIRTH": "[CPR]",
    "PHONE": "[TLF]",
    "EMAIL": "[e-mail]",
    "BANK_ACCOUNT": "[kontonr.]",
    "IBAN": "[kontonr.]",
    "CARD": "**** **** **** 1111",
    "CARD_EXPIRY": "**/**",
    "CARD_CVV": "***",
    "OTP": "[kode]",
    "MITID_USER": "[NAVN]",
    "NUMBER_PLATE": "[ADRESSE]",
}

Value = str | tuple[str, ...]


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Doc:
    """A text built piece by piece, with the spans of its labelled values (or stand-ins)."""

    def __init__(self, negative: bool) -> None:
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def f(self, template: str, *values: Value) -> None:
        """Append the template with each {} filled: a plain string, or (value, type[, pseudo])."""
        pieces = template.split("{}")
        assert len(pieces) == len(values) + 1, template
        for piece, value in zip(pieces, (*values, ""), strict=True):
            self._add(piece)
            if isinstance(value, str):
                self._add(value)
            elif self.negative:
                self._add(value[2] if len(value) > 2 else STAND_IN[value[1]])
            else:
                self.spans.append({"start": self.size, "end": self.size + len(value[0]),
                                   "type": value[1]})  # fmt: skip
                self._add(value[0])

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values


def ascii_fold(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u"})
    return re.sub(r"[^a-z.-]", "", text.lower().translate(table).replace(" ", "."))


def cpr_digits(rng: random.Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        number = head + century + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def cpr_written(rng: random.Random, digits: str) -> str:
    d = digits
    return rng.choice((f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                       f"{d[:6]} {d[6:]}"))  # fmt: skip


def dob_written(rng: random.Random, born: date) -> str:
    day, month, year = born.day, born.month, born.year
    return rng.choice((f"{day}. {MONTHS[month - 1]} {year}", f"{day:02d}.{month:02d}.{year}",
                       f"{day}/{month}-{year}", f"{day:02d}-{month:02d}-{year}"))  # fmt: skip


def phone(rng: random.Random, foreign: float = 0.1) -> str:
    if rng.random() < foreign:
        if rng.random() < 0.5:
            return f"+44 7700 900{rng.randrange(1000):03d}"
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    n = rng.choice(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    return rng.choice((f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                       f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}",
                       pairs.replace(" ", ".")))  # fmt: skip


def card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(11))
    for check in "0123456789":
        digits = body + check
        doubled = [int(c) * (1 + i % 2) for i, c in enumerate(reversed(digits))]
        if sum(n // 10 + n % 10 for n in doubled) % 10 == 0:
            return grouped(digits) if rng.random() < 0.6 else digits
    raise AssertionError


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(tuple(IBAN_LENGTH))
    bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
    if country == "GB":
        bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + bban[4:]
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    compact = f"{country}{98 - number % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.65 else compact


def account(rng: random.Random) -> tuple[str, str, str]:
    """(lead text, the labelled account, tail) in one of the written forms."""
    reg = f"{rng.randrange(1000, 10000)}"
    length = rng.choice((7, 8, 10, 10))
    number = f"{rng.randrange(10 ** (length - 1), 10**length)}"
    form = rng.randrange(4)
    if form == 0:
        return "", f"{reg}-{number}", ""
    if form == 1:
        return "", f"{reg} {number}", ""
    if form == 2:
        return f"reg.nr. {reg}, kontonr. ", number.zfill(10), ""
    return f"reg. {reg} konto ", number, ""


def expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def otp(rng: random.Random) -> str:
    return (
        f"{rng.randrange(10**7, 10**8)}" if rng.random() < 0.25 else f"{rng.randrange(10**6):06d}"
    )


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
    a, b = rng.randrange(10, 100), rng.randrange(100, 1000)
    return f"{letters} {a} {b}" if rng.random() < 0.7 else f"{letters}{a}{b}"


def amount(rng: random.Random) -> str:
    kroner = rng.choice((rng.randrange(100, 1000), rng.randrange(1000, 250000)))
    whole = f"{kroner:,}".replace(",", ".")
    text = f"{whole},{rng.randrange(100):02d}" if rng.random() < 0.3 else whole
    return f"{text} kr." if rng.random() < 0.7 else f"kr. {text}"


class Person:
    """A person with a name in several written forms and synthetic identifiers."""

    def __init__(self, rng: random.Random, young: bool = False, old: bool = False) -> None:
        self.rng = rng
        woman = rng.random() < 0.5
        self.first = rng.choice(WOMEN if woman else MEN)
        if rng.random() < 0.15:
            self.first += " " + rng.choice(WOMEN if woman else MEN).split()[0]
        self.last = rng.choice(SURNAMES)
        if rng.random() < 0.25:
            self.last += "-" + rng.choice([s for s in SURNAMES if s != self.last])
        start, end = (1935, 1960) if old else (1986, 2005) if young else (1938, 2005)
        self.born = date(start, 1, 1) + timedelta(days=rng.randrange((end - start) * 365))
        self.cpr = cpr_digits(rng, self.born)
        self.mail = f"{ascii_fold(self.first.split()[0])}.{ascii_fold(self.last)}" + rng.choice(
            ("", str(self.born.year % 100), str(rng.randrange(2, 99)))
        )
        self.mail += "@" + rng.choice(("example.dk", "example.com"))
        self.mitid = ascii_fold(self.first.split()[0]).replace("-", "") + rng.choice(
            (f"{self.born.year % 100:02d}", str(self.born.year))
        )
        self.phone = phone(rng)
        street = rng.choice(STREETS)
        number = f"{rng.randrange(1, 140)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
        floor = rng.choice(("", "", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", st. mf."))
        self.street = f"{street} {number}{floor}"
        self.town = " ".join(rng.choice(TOWNS))

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def any_name(self) -> str:
        r = self.rng.random()
        if r < 0.55:
            return self.name
        if r < 0.65:
            return f"{self.last}, {self.first}"
        if r < 0.75:
            return f"{self.first[0]}. {self.last}"
        if r < 0.85:
            return self.first
        return self.name

    def address_block(self) -> str:
        return f"{self.street}\n{self.town}"

    def address_line(self) -> str:
        return f"{self.street}, {self.town}"

    def written_cpr(self) -> str:
        return cpr_written(self.rng, self.cpr)

    def masked_cpr(self) -> str:
        return f"{self.cpr[:6]}-xxxx"

    def masked_mail(self) -> str:
        return f"{self.mail[0]}***@{self.mail.split('@')[1]}"


def when(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(160))


def short(day: date) -> str:
    return day.strftime("%d.%m.%y")


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(7, 22):02d}.{rng.randrange(60):02d}"


def case_no(rng: random.Random) -> str:
    return f"ADV-26-{rng.randrange(1000, 10000)}"


def collector_no(rng: random.Random) -> str:
    return f"INK-26-{rng.randrange(100000, 1000000)}"


def police_no(rng: random.Random) -> str:
    district, first = rng.randrange(1000, 10000), rng.randrange(10000, 100000)
    return f"{district}-{first}-{rng.randrange(100, 1000):05d}-26"


def trx(rng: random.Random, day: date) -> str:
    tail = "".join(rng.choice("ABCDEFGHKLMNPQRSTUVXYZ") for _ in range(2))
    return f"TRX-{day.strftime('%y%m%d')}-{tail}{rng.randrange(1000, 10000)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(10**7, 10**8)}"


def org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES)


def masked_card(rng: random.Random) -> str:
    return f"**** **** **** {rng.randrange(1000, 10000)}"


def masked_phone(rng: random.Random) -> str:
    return f"+45 ** ** ** {rng.randrange(10, 100)}"


def masked_iban(rng: random.Random) -> str:
    return f"DK{rng.randrange(10, 100)}XXXXXXXXXX{rng.randrange(1000, 10000)}"


class Case:
    """The people and values of one file."""

    def __init__(self, rng: random.Random) -> None:
        self.client = Person(rng, old=rng.random() < 0.5)
        self.daughter = Person(rng, young=True)
        self.daughter.last = self.client.last if rng.random() < 0.6 else self.daughter.last
        self.lawyer = Person(rng)
        self.secretary = Person(rng)
        self.witness = Person(rng)
        self.alias = f"{rng.choice(MEN + WOMEN).split()[0]} fra " + rng.choice(
            ("bankens sikkerhedsafdeling", "svindelafdelingen", "kortafdelingen")
        )
        self.bank = rng.choice(BANKS)
        self.police = rng.choice(POLICE)
        self.case = case_no(rng)
        self.day = when(rng)
        self.card = card(rng)
        self.iban = iban(rng)
        self.plate = plate(rng)


def P(person: Person, form: str | None = None, pseudo: str = "Klient A") -> tuple[str, str, str]:
    return (form or person.any_name(), "PERSON", pseudo)


def acct(d: Doc, rng: random.Random, template: str, *after: Value) -> None:
    """Append the template with an account in one of its forms at {acct}, then the values."""
    lead, number, tail = account(rng)
    d.f(template.replace("{acct}", lead + "{}" + tail), (number, "BANK_ACCOUNT"), *after)


# ---------------------------------------------------------------- genres


def klientskema(d: Doc, rng: random.Random, c: Case) -> None:
    p = c.client
    d.f("KLIENTSKEMA – {} – {}\nSag: {}\n\n", FIRM, short(c.day), c.case)
    name = rng.choice((f"{p.last}, {p.first}", p.name.upper(), p.name))
    d.f("Navn: {}\nCPR-nr.: {}\nFødselsdato: {}\n", P(p, name), (p.written_cpr(), "CPR"),
        (dob_written(rng, p.born), "DATE_OF_BIRTH"))  # fmt: skip
    d.f("Adresse:\n{}\nTelefon: {}\nE-mail: {}\nMitID-bruger-ID: {}\n",
        (p.address_block(), "ADDRESS"), (p.phone, "PHONE"), (p.mail, "EMAIL"),
        (p.mitid, "MITID_USER"))  # fmt: skip
    d.f("Bil (reg.nr.): {}\nPengeinstitut: {} (BIC {})\n", (plate(rng), "NUMBER_PLATE"), c.bank,
        rng.choice(BICS))  # fmt: skip
    acct(d, rng, "Lønkonto: {acct}\n")
    d.f("Pårørende: min datter {} ({})\n\n", P(c.daughter, pseudo="Datter B"),
        (c.daughter.phone, "PHONE"))  # fmt: skip
    d.f("Hændelsesforløb: Den {} kl. {} ringede {} og sagde, at kontoen var kompromitteret. "
        "Klienten læste koden {} op og oplyste kortnummer {}, udløb {} og CVV {}. ",
        short(c.day), clock(rng), (c.alias, "PERSON", "[NAVN]"), (otp(rng), "OTP"),
        (c.card, "CARD"), (expiry(rng), "CARD_EXPIRY"),
        (f"{rng.randrange(1000):03d}", "CARD_CVV"))  # fmt: skip
    d.f("Samlet tab: {} ifølge klienten. Politiets journalnr.: {}. "
        "Svindleren bad klienten mødes ved {}.\n",
        amount(rng), police_no(rng), rng.choice(STREETS))  # fmt: skip
    d.f("Modtaget af: {}\n", P(c.secretary, f"{c.secretary.first[0]}. {c.secretary.last}",
                                "Sagsbehandler C"))  # fmt: skip


def fuldmagt(d: Doc, rng: random.Random, c: Case) -> None:
    p, law = c.client, c.lawyer
    d.f("FULDMAGT\n\nUndertegnede {}, født {}, CPR {}, bopæl {},\n",
        P(p, rng.choice((p.name.upper(), p.name))), (dob_written(rng, p.born), "DATE_OF_BIRTH"),
        (p.written_cpr(), "CPR"), (p.address_line(), "ADDRESS"))  # fmt: skip
    d.f("giver hermed advokat {} og {} fuldmagt til at varetage mine interesser over for {} "
        "og {} i sag {}.\n", P(law, rng.choice((law.name, f"{law.first[0]}. {law.last}")),
                               "Sagsbehandler C"), FIRM, c.bank, COLLECTOR, c.case)  # fmt: skip
    d.f("Fuldmagten omfatter indsigt i kortet {} og kontoen ", (c.card, "CARD"))
    acct(d, rng, "{acct}, ")
    d.f("samt MitID-bruger-ID {}.\n", (p.mitid, "MITID_USER"))
    d.f("Kontakt fuldmagtsgiver på {} eller {}.\n\n", (p.phone, "PHONE"), (p.mail, "EMAIL"))
    town = p.town.split(" ", 1)[1]
    d.f("{}, den {}. {} 2026\n\n{}\n(underskrift)\n\nVitterlighedsvidne: {}, {}\n", town,
        str(c.day.day), MONTHS[c.day.month - 1], P(p, p.name),
        P(c.witness, c.witness.name, "Vidne 1"), (c.witness.address_line(), "ADDRESS"))  # fmt: skip
    d.f("{} · tlf. {} · {}\n", FIRM, org_line(rng), cvr(rng))


def indsigelse_bank(d: Doc, rng: random.Random, c: Case) -> None:
    p = c.client
    d.f("{}\nKundeservice · tlf. {} · www.{}.example.dk\n\n", c.bank, org_line(rng),
        ascii_fold(c.bank))  # fmt: skip
    d.f("Vedr.: {}, CPR {}\n{}\n\n", P(p, p.name), (p.written_cpr(), "CPR"),
        (p.address_block(), "ADDRESS"))  # fmt: skip
    d.f("Indsigelse efter betalingslovens § 100 – vores sag {}\n\n", c.case)
    d.f("Som advokat for {} gør jeg indsigelse mod {} transaktioner foretaget den {} med kortet "
        "{} (udløb {}).", P(p, p.name), str(rng.randrange(2, 9)),
        short(c.day), (c.card, "CARD"), (expiry(rng), "CARD_EXPIRY"))  # fmt: skip
    d.f(" Beløbet {} blev overført til {} (transaktions-ID {}). ", amount(rng),
        (c.iban, "IBAN"), trx(rng, c.day))  # fmt: skip
    d.f("Engangskoden {} blev sendt til {}, men min klient oplyste den under pres til {}. ",
        (otp(rng), "OTP"), (p.phone, "PHONE"), (c.alias, "PERSON", "[NAVN]"))  # fmt: skip
    d.f("I har selv bekræftet ændringen til {} og {}.\n", p.masked_mail(), masked_phone(rng))
    acct(
        d,
        rng,
        "Beløbet bedes tilbageført til {acct} senest {}.\n\n",
        short(c.day + timedelta(days=14)),
    )
    d.f("Med venlig hilsen\n{}\nadvokat, {}\n{}\n", P(c.lawyer, c.lawyer.name, "Sagsbehandler C"),
        FIRM, (c.lawyer.mail, "EMAIL"))  # fmt: skip
    d.f("Bilag: politianmeldelse {} ({})\n", police_no(rng), c.police)


def inkassobrev(d: Doc, rng: random.Random, c: Case) -> None:
    p = c.client
    d.f("{}\ntlf. {} · {} · www.kattegat-inkasso.example.dk\n\n", COLLECTOR, org_line(rng),
        cvr(rng))  # fmt: skip
    d.f("{}\n{}\n\n", P(p, p.name.upper() if rng.random() < 0.4 else p.name, "Skyldner 2"),
        (p.address_block(), "ADDRESS"))  # fmt: skip
    d.f("Vores sagsnr.: {} · dato {}\nDit CPR-nr.: {}\n\n", collector_no(rng), short(c.day),
        (p.written_cpr(), "CPR"))  # fmt: skip
    d.f("Kære {}\n\nDu har oplyst, at lånet på {} hos {} blev optaget i dit navn af en anden. "
        "Lånet blev udbetalt til {}, og låneansøgningen angav telefon {} og e-mail {}. ",
        P(p, p.first, "Skyldner 2"), amount(rng), rng.choice(BANKS), (c.iban, "IBAN"),
        (phone(rng, 0.4), "PHONE"), (Person(rng).mail, "EMAIL"))  # fmt: skip
    d.f("Ansøgningen blev godkendt med MitID-bruger-ID {}. ", (p.mitid, "MITID_USER"))
    d.f("Vi har sat sagen i bero, indtil {} har behandlet anmeldelsen (journalnr. {}). ",
        c.police, police_no(rng))  # fmt: skip
    d.f("Din advokat {} kan kontakte os på {} (BIC {}).\n\n", P(c.lawyer, pseudo="Sagsbehandler C"),
        org_line(rng), rng.choice(BICS))  # fmt: skip
    d.f("Med venlig hilsen\n{}\n{}\n{}\n", P(c.secretary, c.secretary.name, "[NAVN]"), COLLECTOR,
        (c.secretary.mail, "EMAIL"))  # fmt: skip


def sagsfremstilling(d: Doc, rng: random.Random, c: Case) -> None:
    p, w, w2 = c.client, c.witness, Person(rng)
    d.f("SAGSFREMSTILLING (sag {})\n\nSagsøger: {}, f. {}, {}\n", c.case,
        P(p, rng.choice((p.name, p.name.upper()))), (dob_written(rng, p.born), "DATE_OF_BIRTH"),
        (p.address_line(), "ADDRESS"))  # fmt: skip
    d.f("Sagsøgte: {}\nProcessfuldmægtig: advokat {}\n\n", c.bank,
        P(c.lawyer, f"{c.lawyer.first[0]}. {c.lawyer.last}", "Sagsbehandler C"))  # fmt: skip
    d.f("Vidner:\n1. {}, CPR {}\n{}\n", P(w, w.name, "Vidne 1"), (w.written_cpr(), "CPR"),
        (w.address_block(), "ADDRESS"))  # fmt: skip
    d.f("2. {}, tlf. {}\n{}\n\n", P(w2, f"{w2.last}, {w2.first}", "Vidne 2"),
        (w2.phone, "PHONE"), (w2.address_block(), "ADDRESS"))  # fmt: skip
    d.f("Sagens faktiske omstændigheder: Den {} kl. {} modtog {} et opkald fra {}, som fik "
        "sagsøger til at godkende en betaling med koden {}. ", short(c.day), clock(rng),
        P(p, p.first), (c.alias, "PERSON", "[NAVN]"), (otp(rng), "OTP"))  # fmt: skip
    d.f("{} er {} overført til {} med transaktions-ID {}. ", amount(rng).capitalize(),
        "samme dag", (c.iban, "IBAN"), trx(rng, c.day))  # fmt: skip
    d.f("{} har forklaret, at en bil med nummerpladen {} holdt ved {}, da pengene blev hævet "
        "(politiets journalnr. {}).\n", P(w, w.name, "Vidne 1"),
        (plate(rng), "NUMBER_PLATE"), rng.choice(STREETS), police_no(rng))  # fmt: skip
    d.f("{} datter {} har bekræftet forløbet.\n", P(p, f"{p.first}s"),
        P(c.daughter, pseudo="Datter B"))  # fmt: skip


def mailtraad(d: Doc, rng: random.Random, c: Case) -> None:
    p, law, dau = c.client, c.lawyer, c.daughter
    d.f("Fra: {} <{}>\nTil: {} <{}>\nCc: {}\nEmne: SV: Sag {} – indsigelse mod {}\n"
        "Dato: {} {}\n\n", P(law, law.name, "Sagsbehandler C"), (law.mail, "EMAIL"),
        P(p, p.name), (p.mail, "EMAIL"), (dau.mail, "EMAIL"), c.case, c.bank,
        c.day.isoformat(), f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}")  # fmt: skip
    d.f("Kære {}\n\n{} har afvist indsigelsen, fordi koden {} blev indtastet i jeres MitID "
        "med bruger-ID {}. Jeg skriver til dem igen. Kan du bekræfte dit nye nummer {}? "
        "Banken har stadig {}.\n\n", P(p, p.first), c.bank, (otp(rng), "OTP"),
        (p.mitid, "MITID_USER"), (p.phone, "PHONE"), masked_phone(rng))  # fmt: skip
    d.f("Med venlig hilsen\n{}\nAdvokat (H) · {}\nDirekte: {} · Omstilling: {}\n\n",
        P(law, rng.choice((law.name, f"{law.first[0]}. {law.last}")), "Sagsbehandler C"),
        FIRM, (law.phone, "PHONE"), org_line(rng))  # fmt: skip
    d.f("-----Oprindelig meddelelse-----\nFra: {} <{}>\nSendt: {}\n\nHej\n\nJeg skriver på "
        "vegne af min mor, {}. Kortet {} (udløb {}, kontrolcifre {}) er nu spærret. ",
        P(dau, dau.name, "Datter B"), (dau.mail, "EMAIL"), short(c.day),
        P(p, p.name),
        (c.card, "CARD"), (expiry(rng), "CARD_EXPIRY"),
        (f"{rng.randrange(1000):03d}", "CARD_CVV"))  # fmt: skip
    d.f("Hendes bil {} blev sat til salg af svindleren. Mors gamle mail var {}.\n\n",
        (plate(rng), "NUMBER_PLATE"), p.masked_mail())  # fmt: skip
    low = dau.first.split()[0].lower()
    sign = rng.choice((low, low, dau.first.split()[0], dau.name))
    d.f("mvh\n{}\n{}\n", P(dau, sign, "Datter B"), (dau.phone, "PHONE"))


def tidslinje(d: Doc, rng: random.Random, c: Case) -> None:
    p = c.client
    d.f("TIDSLINJE – sag {} – klient: {} (CPR {})\n", c.case, P(p, p.name),
        (p.written_cpr(), "CPR"))  # fmt: skip
    d.f("Dato | Kl. | Hændelse | Beløb | Reference\n")
    day = c.day
    for _ in range(rng.randrange(4, 7)):
        day += timedelta(days=rng.randrange(0, 3))
        stamp = f"{day.isoformat()} | {rng.randrange(7, 23):02d}:{rng.randrange(60):02d} | "
        kind = rng.randrange(6)
        if kind == 0:
            d.f(stamp + "SMS med engangskode {} til {} | – | –\n", (otp(rng), "OTP"),
                (p.phone, "PHONE"))  # fmt: skip
        elif kind == 1:
            d.f(stamp + "Overførsel til {} | {} | {}\n", (iban(rng), "IBAN"), amount(rng),
                trx(rng, day))  # fmt: skip
        elif kind == 2:
            d.f(stamp + "Kortbetaling med {} (udløb {}) | {} | {}\n", (c.card, "CARD"),
                (expiry(rng), "CARD_EXPIRY"), amount(rng), trx(rng, day))  # fmt: skip
        elif kind == 3:
            lead, number, _ = account(rng)
            d.f(stamp + "Opkald fra {} ({}) | – | " + "log " + short(day) + "\n",
                (c.alias, "PERSON", "[NAVN]"), (phone(rng, 0.5), "PHONE"))  # fmt: skip
            d.f(stamp + "Overførsel fra " + lead + "{} | {} | {}\n", (number, "BANK_ACCOUNT"),
                amount(rng), trx(rng, day))  # fmt: skip
        elif kind == 4:
            d.f(stamp + "Login med MitID-bruger-ID {} fra ukendt enhed | – | {}\n",
                (p.mitid, "MITID_USER"), trx(rng, day))  # fmt: skip
        else:
            d.f(stamp + "Kvittering sendt til {} og {} | – | {}\n", p.masked_mail(),
                masked_card(rng), trx(rng, day))  # fmt: skip
    d.f("Udarbejdet af {} ({}), {}\n", P(c.secretary, c.secretary.any_name(), "Sagsbehandler C"),
        (c.secretary.mail, "EMAIL"), FIRM)  # fmt: skip


def telefonnotat(d: Doc, rng: random.Random, c: Case) -> None:
    p, sec = c.client, c.secretary
    d.f(
        "TELEFONNOTAT {} kl. {} – sag {}\nNotat ved: {}\n\n",
        short(c.day),
        clock(rng),
        c.case,
        P(sec, rng.choice((sec.name, f"{sec.first} {sec.last[0]}.")), "Sagsbehandler C"),
    )
    d.f("{} ringede fra {}. Hun/han er født {} og bor på {}. ", P(p, p.name),
        (p.phone, "PHONE"), (dob_written(rng, p.born), "DATE_OF_BIRTH"),
        (p.address_line(), "ADDRESS"))  # fmt: skip
    d.f("I går fik klienten en sms fra \"{}\" om at oplyse koden {} og sit MitID-bruger-ID {}. ",
        c.bank, (otp(rng), "OTP"), (p.mitid, "MITID_USER"))  # fmt: skip
    d.f("Klienten har også set sin bil {} annonceret på nettet. ", (plate(rng), "NUMBER_PLATE"))
    d.f("{} datter {} er bekymret og vil gerne ringes op på {}. ", P(p, f"{p.name}s"),
        P(c.daughter, pseudo="Datter B"), (c.daughter.phone, "PHONE"))  # fmt: skip
    d.f("Klienten har ringet til bankens spærrelinje {} og til politiet på 114.\n",
        org_line(rng))  # fmt: skip
    d.f("Opfølgning: {} ringer tilbage inden kl. {}. Gammelt nummer i systemet: {}.\n",
        P(c.lawyer, f"{c.lawyer.first[0]}. {c.lawyer.last}", "Sagsbehandler C"), clock(rng),
        masked_phone(rng))  # fmt: skip


def salaernota(d: Doc, rng: random.Random, c: Case) -> None:
    p = c.client
    d.f("{}\ntlf. {} · {} · {}\n\nSALÆRNOTA nr. 26-{}\n\n", FIRM, org_line(rng), FIRM_WEB,
        cvr(rng), str(rng.randrange(1000, 10000)))  # fmt: skip
    d.f("{}\n{}\n\n", P(p, rng.choice((p.name, p.name.upper(), f"{p.last}, {p.first}"))),
        (p.address_block(), "ADDRESS"))  # fmt: skip
    d.f("Sag: {} – indsigelse over for {} og {}\nDato: {}\n\n", c.case, c.bank, COLLECTOR,
        short(c.day))  # fmt: skip
    hours = rng.randrange(2, 15)
    d.f("Bistand i perioden {} til {}: {} timer á {}\nMoms 25 %: {}\nI alt: {}\n\n",
        short(c.day - timedelta(days=30)), short(c.day), str(hours), amount(rng), amount(rng),
        amount(rng))  # fmt: skip
    d.f("Beløbet dækkes delvist af retshjælp via {}. Tilbagebetaling fra banken indsættes på "
        "klientens konto ", INSURER)  # fmt: skip
    acct(d, rng, "{acct}. ")
    d.f("Spørgsmål til {} på {} eller {}.\n", P(c.secretary, c.secretary.name, "Sagsbehandler C"),
        (c.secretary.phone, "PHONE"), (c.secretary.mail, "EMAIL"))  # fmt: skip
    d.f("Klientens ID: CPR {} (kun de første seks cifre gemmes: {}).\n", (p.written_cpr(), "CPR"),
        p.masked_cpr())  # fmt: skip


WRITERS: dict[str, Callable[[Doc, random.Random, Case], None]] = {
    "klientskema": klientskema,
    "fuldmagt": fuldmagt,
    "indsigelse_bank": indsigelse_bank,
    "inkassobrev": inkassobrev,
    "sagsfremstilling": sagsfremstilling,
    "mailtraad": mailtraad,
    "tidslinje": tidslinje,
    "telefonnotat": telefonnotat,
    "salaernota": salaernota,
}


def _extras(d: Doc, rng: random.Random, c: Case) -> None:
    """Hard negatives every genre may carry: pseudonyms, masked values, family words."""
    d.f("\nIntern note ({}): {} – min datter og min mor er informeret; ", FIRM, c.case)
    d.f("kontoen {} er spærret, kortet {} lukket, CPR {} i journalen, "
        "e-mail {}. Mødested ved {}.\n", masked_iban(rng), masked_card(rng),
        c.client.masked_cpr(), c.client.masked_mail(), rng.choice(STREETS))  # fmt: skip
    if d.negative:
        d.f("Pseudonymiseret: {} ([NAVN]), {} og {}.\n", "Klient A", rng.choice(PSEUDONYMS[1:]),
            rng.choice(PSEUDONYMS[1:]))  # fmt: skip


def _document(rng: random.Random, genre: str, negative: bool) -> Doc:
    d = Doc(negative)
    case = Case(rng)
    WRITERS[genre](d, rng, case)
    _extras(d, rng, case)
    return d


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["positive"] * (size - negatives) + ["negative"] * negatives
    rng.shuffle(kinds)
    counters = {"positive": 0, "negative": 0}
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[counters[kind] % len(GENRES)]
        counters[kind] += 1
        while True:
            d = _document(rng, genre, kind == "negative")
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append({"id": f"pii_blind59-{i:04d}", "genre": genre, "kind": kind,
                     "text": d.text, "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind59.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
