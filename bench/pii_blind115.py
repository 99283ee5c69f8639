"""A hundred-and-sixteenth blind, seeded generator of Danish text with labelled personal data
(issue 18).

Written from scratch without looking at the recognisers, their word lists or the other
generators, as a held-out test set with its own names, streets, towns, companies and products.
Its theme is an AUCTION HOUSE FOR ART, ANTIQUES AND ESTATE GOODS, bidding online and in the hall,
and the fraud its security team meets: fake buyers who "overpay" and want the difference back,
fake shipping companies that collect won lots, forged consignor payouts and phished bidder
accounts. Eight genres:
- "budlog": the online bidding platform's incident log of a taken-over bidder account (login
  e-mail, changed phone, a MitID user ID, an SMS code, a card added, the payout account changed,
  the van that collected the lot);
- "mail": an e-mail thread (Fra:/Til:/Emne:) with a fake buyer who overpaid with a foreign
  IBAN and a foreign phone number;
- "chat": the customer chat of the bidding app ("[14:02] Name: ...") where a bidder reads out
  a card, its expiry, CVV and a code, sometimes typing names in lower case;
- "afregning": a consignor's settlement form (exactly one CPR number in each positive) with a
  forged request to change the payout account;
- "sagsnotat": the security team's case notes on a fake shipping company whose driver
  "udgav sig for at være <name> fra <unit>";
- "opkald": a hotline call note with an elderly bidder (birth date after a cue, card, code);
- "politi": a police report with the complainant's name in capitals as on the ID document;
- "brev": a letter to a buyer or consignor with a two-line address block.

Labelling conventions (exact character offsets):
- PERSON is a name as written, without title or role; "Holm, Mette" is one span; a genitive
  s belongs to it; a lower-case name typed in a chat is PERSON; a scammer's alias is PERSON, the
  company or unit after "fra" is not. Companies, banks, products, pseudonyms ("Byder A",
  "Kunde 1", "Indleverer B", "Medarbejder A", "Vidne 2") and family words are never PERSON.
- ADDRESS runs from a private person's street through number, letter, floor and side, plus
  ", postcode town" on the same line or the next line of a block (line break included). An
  organisation's address (ORG_ADDRESSES: the head office, the halls, the store, the police)
  is never labelled, nor is a street named without a number.
- CPR numbers are synthetic: a real birth date, a seventh digit that fits the century (0-3 for
  the 1900s, 4 for 2000-2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (a full date with a four-digit
  year) is labelled only straight after "født", "f." or "Fødselsdato:"; no other date is.
- PHONE: Danish 8-digit mobile and landline numbers (never 70 or 80) in the ten written forms,
  the country code inside the span, and foreign numbers from the fiction ranges "+44 7700
  900xxx" and "+46 70 174 06 xx". Organisations' 70/80 lines and short numbers never are.
- EMAIL: every address (all on example.* domains), staff's and the house's too; masked ones
  ("m***@example.dk") never.
- BANK_ACCOUNT: "1234-0012345678" or "1234 0012345678" is one span; after a separate reg.nr.
  ("reg.nr. 1234, kontonr. 0012345678", "reg. 1234 konto 12345678") only the account. IBAN with
  valid check digits and the country's length, grouped by four or compact; CARD Luhn-valid with a
  test prefix, grouped or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after
  "CVV", "cvc", "CVC" or "kontrolcifre"; OTP a 6- or 8-digit code; MITID_USER a MitID user ID;
  NUMBER_PLATE a Danish plate, spaced ("BK 41 207") or compact ("BK41207").
- Hard negatives, never labelled: amounts, dates and clock times, lot, catalogue, case, invoice,
  settlement and bidder numbers, CVR numbers, masked values, the organisations' lines and
  addresses, companies, banks, products, family words and streets without a number.
  Documents of kind "negative" are the same genres pseudonymised: only such values, stand-ins
  ("[NAVN]", "[TLF]") and pseudonyms remain. No run of ten or more digits lies outside a span.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind115 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 115_2026
GENRES = ("budlog", "mail", "chat", "afregning", "sagsnotat", "opkald", "politi", "brev")
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "ES": 24, "PL": 28, "LT": 20, "FI": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = (
    "Mette", "Karin", "Birgitte", "Hanne", "Lone", "Susanne", "Camilla", "Signe", "Ida",
    "Freja", "Astrid", "Inger", "Grethe", "Bodil", "Zainab", "Fatima", "Leyla", "Aisha",
    "Agnieszka", "Jytte", "Merete", "Pernille", "Tove", "Ulla", "Kirsten", "Nadia", "Sofie",
    "Rikke", "Helle", "Ayşe", "Marianne", "Lærke", "Vibeke", "Dorthe", "Hiba", "Mai",
)  # fmt: skip
MEN = (
    "Jens", "Søren", "Henrik", "Niels", "Poul", "Ole", "Bent", "Erik", "Mikkel", "Rasmus",
    "Jonas", "Frederik", "Anders", "Morten", "Kasper", "Ali", "Omar", "Hassan", "Tariq",
    "Mehmet", "Piotr", "Duc", "Thomas", "Kristian", "Villads", "Bjørn", "Carsten", "Torben",
    "Flemming", "Jesper", "Mads", "Emil", "Aksel", "Yusuf", "Preben", "Knud",
)  # fmt: skip
MIDDLE = ("Marie", "Louise", "Juul", "Skov", "Bach", "Kirk", "Munk", "Ahmad", "Sofie", "Holt")
SURNAMES = (
    "Holm", "Bech", "Kjærgaard", "Østergaard", "Lund", "Dalsgaard", "Friis", "Winther",
    "Vestergaard", "Mikkelsen", "Thomsen", "Overgaard", "Lykke", "Abdi", "Hussein", "Yilmaz",
    "Nguyen", "Kowalski", "Mortensen", "Krogh", "Sørensen", "Haugaard", "Lindholm", "Bak",
    "Iversen", "Damgaard", "Kristiansen", "Nørgaard", "Rahimi", "Demir", "Thorsen", "Fog",
    "Juhl", "Toft", "Ravn", "Brandt", "Wójcik", "Tran", "Qureshi", "Skaarup",
)  # fmt: skip
STREETS = (
    "Birkevænget", "Kløvermarken", "Solsikkevej", "Egernvej", "Mosevej", "Lærkevej",
    "Rønnebærvej", "Skovbrynet", "Engvej", "Hyldevej", "Tranebærvej", "Kastanie Allé",
    "Strandparken", "Bakkedraget", "Vibeholmsvej", "Fasanvej", "Nøddehegnet", "Gammel Køgevej",
    "Pilealléen", "Mergelgravsvej", "Humlehaven", "Skræntvej", "Agerhønevej", "Fyrrebakken",
)  # fmt: skip
TOWNS = (
    ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("6700", "Esbjerg"),
    ("7100", "Vejle"), ("8600", "Silkeborg"), ("4000", "Roskilde"), ("3000", "Helsingør"),
    ("2800", "Kongens Lyngby"), ("2100", "København Ø"), ("2200", "København N"),
    ("2000", "Frederiksberg"), ("6000", "Kolding"), ("7400", "Herning"), ("8700", "Horsens"),
    ("4700", "Næstved"), ("4200", "Slagelse"), ("3400", "Hillerød"), ("8900", "Randers C"),
    ("6400", "Sønderborg"), ("5700", "Svendborg"), ("9800", "Hjørring"), ("7500", "Holstebro"),
    ("8800", "Viborg"), ("4300", "Holbæk"), ("6100", "Haderslev"), ("2630", "Taastrup"),
    ("4600", "Køge"), ("8660", "Skanderborg"), ("7800", "Skive"), ("6200", "Aabenraa"),
    ("4800", "Nykøbing F"), ("5800", "Nyborg"), ("3700", "Rønne"), ("9900", "Frederikshavn"),
)  # fmt: skip
ORG_ADDRESSES = (
    "Toldbodgade 18, 1253 København K",
    "Havnegade 41, 5000 Odense C",
    "Åboulevarden 22, 8000 Aarhus C",
    "Vesterbro 65, 9000 Aalborg",
    "Kokkedal Industripark 4, 2980 Kokkedal",
    "Søndergade 30, 8700 Horsens",
    "Polititorvet 14, 1780 København V",
    "Ridderstræde 1, 5000 Odense C",
    "Kongensgade 9, 6700 Esbjerg",
)
HEAD, HALL_ODENSE, SHOWROOM, AALBORG, STORE, VALUATION, POLICE_CPH, POLICE_FYN, ESBJERG = (
    ORG_ADDRESSES
)
COMPANIES = (
    "Bjælkehus Auktioner", "Bjælkehus Online", "Nordlys Fragt", "ScandiShip Express",
    "Baltic Art Transport", "Kunstfragt Danmark", "Vurderingshuset", "Københavns Politi",
    "Fyns Politi", "Syd- og Sønderjyllands Politi", "Dødsbo-Service Nord", "Rammemester",
)  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord",
         "Lunar", "Revolut", "Wise")  # fmt: skip
PRODUCTS = ("MobilePay", "Budagenten", "Auktionsappen", "Live-bud", "Klarna", "Apple Pay",
            "Hammerslag Plus")  # fmt: skip
ORG_LINES = ("70 22 48 10", "7022 4810", "80 88 31 31")
ALIAS_UNITS = ("fragtfirmaet", "Nordlys Fragt", "kunstfragten", "auktionshusets bogholderi",
               "udleveringen", "forsikringsselskabet")  # fmt: skip
FAMILY = ("min mand", "min kone", "min datter", "min søn", "mit barnebarn", "min svigersøn",
          "min bror", "min søster")  # fmt: skip
PSEUDONYMS = ("Byder A", "Byder B", "Kunde 1", "Kunde 2", "Indleverer A", "Indleverer B",
              "Medarbejder A", "Medarbejder B", "Vidne 1", "Vidne 2")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
LOTS = (
    "et maleri af Skagensskolen (tilskrevet)", "en Kähler-vase", "et chatol i mahogni",
    "en sølvkande, stemplet 1924", "et Arne Jacobsen-stel", "et Royal Copenhagen flora-stel",
    "en bornholmerur", "et litografi, nummereret 12/40", "en lysekrone i messing",
    "et persisk tæppe", "en samling mønter", "et dødsbo-parti (porcelæn og tin)",
    "en bronzefigur", "et sekretær-skab", "en armbåndsur-samling", "et kobberstik",
)  # fmt: skip
PLATE_LETTERS = "ABCEHJKLMNPRSTUVXYZ"
STAND = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")

Span = dict[str, int | str]


class Doc:
    """Text with spans, built piece by piece; in a negative, personal values become stand-ins."""

    def __init__(self, negative: bool) -> None:
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.size = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def s(self, value: str, kind: str, stand_in: str = "[NAVN]") -> Doc:
        """A labelled value, or its stand-in in a negative."""
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# -- values ----------------------------------------------------------------------------------


def ascii_fold(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ş": "s", "ó": "o",
                           "ü": "u", "ö": "o", "ä": "a", " ": "", "-": ""})  # fmt: skip
    return text.lower().translate(table)


class Person:
    def __init__(self, rng: random.Random, old: bool = False) -> None:
        self.woman = rng.random() < 0.5
        self.given = rng.choice(WOMEN if self.woman else MEN)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.3 else ""
        first = rng.choice(SURNAMES)
        if rng.random() < 0.25:
            second = rng.choice([s for s in SURNAMES if s != first])
            self.surname = f"{first}-{second}"
        else:
            self.surname = first
        year = rng.randint(1930, 1960) if old else rng.randint(1935, 2005)
        self.birth = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
        self.cpr = make_cpr(rng, self.birth)
        tag = rng.choice(("", ".", "_"))
        local = ascii_fold(self.given) + tag + ascii_fold(self.surname.split("-")[0])
        if rng.random() < 0.3:
            local += str(rng.randint(1, 99))
        domain = rng.choice(("example.dk", "example.com", "example.net", "mail.example.dk",
                             "post.example.com"))  # fmt: skip
        self.email = f"{local}@{domain}"
        year_tag = str(self.birth.year) if rng.random() < 0.3 else f"{self.birth.year % 100:02d}"
        if self.birth.year >= 2000:
            year_tag = str(self.birth.year)
        self.mitid = ascii_fold(self.given)[:5] + ascii_fold(self.surname)[:4] + year_tag
        self.phone = rng.choice(MOBILE + LANDLINE) + f"{rng.randint(0, 999999):06d}"
        self.street = rng.choice(STREETS)
        self.number = str(rng.randint(1, 140)) + (rng.choice("ABCD") if rng.random() < 0.2 else "")
        floor = rng.random()
        if floor < 0.25:
            self.floor = ", st."
        elif floor < 0.55:
            self.floor = f", {rng.randint(1, 5)}. {rng.choice(('th', 'tv', 'mf'))}."
        else:
            self.floor = ""
        self.postcode, self.town = rng.choice(TOWNS)

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def name(self, rng: random.Random, form: str = "") -> str:
        form = form or rng.choice(("full", "full", "three", "comma", "initial", "given"))
        middle = self.middle or rng.choice(MIDDLE)
        if form == "three":
            return f"{self.given} {middle} {self.surname}"
        if form == "comma":
            return f"{self.surname}, {self.given}"
        if form == "initial":
            if rng.random() < 0.5:
                return f"{self.given[0]}. {self.surname}"
            return f"{self.given} {middle[0]}. {self.surname}"
        if form == "caps":
            return self.full.upper()
        if form == "lower":
            return rng.choice((self.given, self.full)).lower()
        if form == "genitive":
            if self.given[-1] in "sxz":
                return self.full + ("" if self.surname[-1] in "sxz" else "s")
            return self.given + "s" if rng.random() < 0.6 else self.full + "s"
        if form == "comma_caps":
            return f"{self.surname}, {self.given}".upper()
        if form == "hyphen":
            if "-" in self.surname:
                return self.full
            return f"{self.given} {self.surname}-{rng.choice(SURNAMES)}"
        if form == "given":
            return self.given
        if form == "surname":
            return self.surname
        return self.full


def make_cpr(rng: random.Random, birth: date) -> str:
    while True:
        digit = "4" if birth.year >= 2000 else rng.choice("0123")
        value = f"{birth:%d%m}{birth.year % 100:02d}{digit}{rng.randint(0, 999):03d}"
        if sum(int(c) * w for c, w in zip(value, WEIGHTS, strict=True)) % 11:
            return value


def cpr_form(rng: random.Random, value: str) -> str:
    return rng.choice((f"{value[:6]}-{value[6:]}", value,
                       f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:]}",
                       f"{value[:6]} {value[6:]}"))  # fmt: skip


def birth_form(rng: random.Random, birth: date) -> str:
    return rng.choice((f"{birth.day}. {MONTHS[birth.month - 1]} {birth.year}",
                       f"{birth:%d.%m.%Y}", f"{birth.day}/{birth.month}-{birth.year}",
                       f"{birth:%d-%m-%Y}"))  # fmt: skip


def phone_form(rng: random.Random, digits: str, foreign: float = 0.15) -> str:
    if rng.random() < foreign:
        if rng.random() < 0.5:
            return f"+44 7700 900{rng.randint(0, 999):03d}"
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    d = digits
    pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    return rng.choice((f"+45 {d}", f"+45 {pairs}", f"+45 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}",
                       f"(+45) {pairs}", f"0045 {d}", pairs, d, f"+45{d}",
                       pairs.replace(" ", ".")))  # fmt: skip


def luhn_digit(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def make_card(rng: random.Random) -> str:
    partial = rng.choice(TEST_PREFIXES)
    partial += "".join(rng.choice("0123456789") for _ in range(15 - len(partial)))
    return partial + luhn_digit(partial)


def make_iban(rng: random.Random, country: str = "") -> str:
    country = country or rng.choice(tuple(IBAN_LENGTH))
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def make_plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    number = f"{rng.randint(10, 99)} {rng.randint(100, 999)}"
    return f"{letters} {number}" if rng.random() < 0.7 else f"{letters}{number.replace(' ', '')}"


def account(rng: random.Random) -> tuple[str, str]:
    reg = f"{rng.randint(1000, 9899)}"
    if rng.random() < 0.7:
        return reg, f"{rng.randint(0, 99_999_999):010d}"
    return reg, str(rng.randint(1_000_000, 99_999_999))


def kr(rng: random.Random, low: int = 400, high: int = 250_000) -> str:
    value = rng.randint(low, high) // 50 * 50
    text = f"{value:,}".replace(",", ".")
    if rng.random() < 0.3:
        return f"kr. {text},00"
    return f"{text} kr."


def stamp(rng: random.Random) -> tuple[str, str, str]:
    """A date in 2026 as 2026-MM-DD, DD.MM.26 and a clock time HH.MM."""
    day = date(2026, 1, 1) + timedelta(days=rng.randint(0, 330))
    clock = f"{rng.randint(7, 22):02d}.{rng.randint(0, 59):02d}"
    short = f"{day:%d.%m.}" + rng.choice(("26", "2026"))
    return f"{day:%Y-%m-%d}", short, clock


def lot(rng: random.Random) -> str:
    return f"Lot {rng.randint(100, 1999)}"


def ref(rng: random.Random, kind: str) -> str:
    return f"{kind}-26-{rng.randint(10000, 99999)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randint(10_000_000, 99_999_999)}"


# -- shared pieces ---------------------------------------------------------------------------


def add_name(d: Doc, rng: random.Random, p: Person, pseudonym: str, form: str = "") -> None:
    d.s(p.name(rng, form), "PERSON", pseudonym)


def add_address(d: Doc, p: Person, block: bool) -> None:
    street = f"{p.street} {p.number}{p.floor}"
    sep = "\n" if block else ", "
    d.s(f"{street}{sep}{p.postcode} {p.town}", "ADDRESS", "[ADRESSE]")


def add_phone(d: Doc, rng: random.Random, p: Person, foreign: float = 0.15) -> None:
    masked = f"+45 ** ** ** {p.phone[-2:]}"
    d.s(phone_form(rng, p.phone, foreign), "PHONE", rng.choice(("[TLF]", masked)))


def masked_mail(p: Person) -> str:
    return p.email[0] + "***@" + p.email.split("@")[1]


def add_mail(d: Doc, rng: random.Random, p: Person) -> None:
    d.s(p.email, "EMAIL", rng.choice(("[e-mail]", masked_mail(p))))


def add_account(d: Doc, rng: random.Random) -> None:
    reg, number = account(rng)
    style = rng.randint(0, 3)
    if style == 0:
        d.s(f"{reg}-{number}", "BANK_ACCOUNT", "[kontonr.]")
    elif style == 1:
        d.s(f"{reg} {number}", "BANK_ACCOUNT", "[kontonr.]")
    elif style == 2:
        d.t(f"reg.nr. {reg}, kontonr. ").s(number, "BANK_ACCOUNT", "[kontonr.]")
    else:
        d.t(f"reg. {reg} konto ").s(number, "BANK_ACCOUNT", "[kontonr.]")


def add_iban(d: Doc, rng: random.Random, country: str = "") -> None:
    value = make_iban(rng, country)
    masked = value[:4] + "X" * 10 + value[-4:]
    d.s(grouped(value) if rng.random() < 0.6 else value, "IBAN", masked)


def add_card(d: Doc, rng: random.Random) -> None:
    value = make_card(rng)
    masked = rng.choice(("**** **** **** " + value[-4:], "******" + value[-4:]))
    d.s(grouped(value) if rng.random() < 0.6 else value, "CARD", masked)


def add_expiry(d: Doc, rng: random.Random) -> None:
    month = f"{rng.randint(1, 12):02d}"
    year = rng.randint(26, 31)
    d.s(f"{month}/{year}" if rng.random() < 0.7 else f"{month}/20{year}", "CARD_EXPIRY", "[kode]")


def add_cvv(d: Doc, rng: random.Random) -> None:
    d.t(rng.choice(("CVV ", "cvc ", "CVC ", "kontrolcifre "))).s(
        f"{rng.randint(0, 999):03d}", "CARD_CVV", "[kode]"
    )


def otp(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return f"{rng.randint(0, 999_999):06d}"
    return f"{rng.randint(0, 99_999_999):08d}"


def add_otp(d: Doc, rng: random.Random) -> None:
    d.s(otp(rng), "OTP", "[kode]")


def add_plate(d: Doc, rng: random.Random) -> None:
    plate = make_plate(rng)
    d.s(plate, "NUMBER_PLATE", plate[:2] + " ** ***")


def add_birth(d: Doc, rng: random.Random, p: Person) -> None:
    if d.neg:
        d.t(rng.choice(("(alder oplyst)", "(fødselsdato fjernet)")))
        return
    d.t(rng.choice(("født ", "f. ", "Fødselsdato: "))).s(birth_form(rng, p.birth), "DATE_OF_BIRTH")


def add_cpr(d: Doc, rng: random.Random, p: Person) -> None:
    d.s(cpr_form(rng, p.cpr), "CPR", rng.choice(("[CPR]", p.cpr[:6] + "-xxxx")))


def org_frame(rng: random.Random) -> str:
    """A sentence holding one of the organisations' own addresses."""
    hall = rng.choice((HALL_ODENSE, SHOWROOM, AALBORG, ESBJERG))
    frames = (
        f"Bjælkehus Auktioner · {HEAD} · {cvr(rng)}",
        f"Mødested: {hall} (indgang fra gården)",
        f"Varen afleveres på {STORE} hverdage kl. 10.00-15.00.",
        f"Vores afdeling på {hall} har åbent man.-fre. kl. 09.00-16.30.",
        f"Kom forbi hallen på {hall}, så ser vi på det sammen.",
        f"Kør mod centrum og følg skiltene til {hall}; parkering i gården.",
        f"Afsender: Bjælkehus Auktioner, {HEAD}",
        f"Vurderingen foregår på {VALUATION} efter aftale.",
        f"Åbningstider i udleveringen, {STORE}: man.-tors. kl. 10.00-18.00.",
        f"Anmeldelsen kan også afleveres på {rng.choice((POLICE_CPH, POLICE_FYN))}.",
        f"Returadresse: Bjælkehus Auktioner, {STORE}",
        f"Fremvisning på {hall} lørdag og søndag kl. 11.00-15.00.",
    )
    return rng.choice(frames)


def filler(d: Doc, rng: random.Random) -> None:
    """One sentence of the theme's hard negatives."""
    street = rng.choice(STREETS)
    sentences = (
        f"{lot(rng)} (Kat. nr. {rng.randint(100, 999)}-{rng.randint(100, 999)}) blev solgt for "
        f"{kr(rng)} inkl. salær.",
        f"Faktura {ref(rng, 'FAK')} på {kr(rng)} er sendt {stamp(rng)[1]} kl. {stamp(rng)[2]}.",
        f"Sagen er oprettet som {ref(rng, 'SAG')}; ring til {rng.choice(ORG_LINES[:3])}.",
        f"Fragtfirmaet {rng.choice(('Nordlys Fragt', 'ScandiShip Express'))} ({cvr(rng)}) "
        "findes ikke i vores leverandørliste.",
        f"Beløbet blev sendt via {rng.choice(PRODUCTS[:2] + PRODUCTS[4:])} fra en konto i "
        f"{rng.choice(BANKS)}.",
        f"Afhentningen skulle ske ved {street}. Ingen husnummer blev oplyst.",
        f"Ifølge {rng.choice(FAMILY)} var der ingen grund til mistanke.",
        f"Kortet sluttede på ******{rng.randint(1000, 9999)} og mobilen på "
        f"+45 ** ** ** {rng.randint(10, 99)}.",
        f"Ved akut svindel ring {rng.choice(ORG_LINES)} eller politiet på 114.",
        f"Budnr. {rng.randint(1000, 9999)} er spærret {stamp(rng)[1]}, se også {ref(rng, 'AUK')}.",
    )
    d.t(rng.choice(sentences))


def maybe_org(d: Doc, rng: random.Random, chance: float = 0.55) -> None:
    if rng.random() < chance:
        d.t("\n" + org_frame(rng) + "\n")


# -- genres ----------------------------------------------------------------------------------


def budlog(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    p, staff = Person(rng), Person(rng)
    day, short, clock = stamp(rng)
    clock = clock.replace(".", ":")
    d.t(f"Hændelseslog, Bjælkehus Online, sag {ref(rng, 'SAG')}\n")
    maybe_org(d, rng, 0.35)
    d.t(f"{day} {clock}:11  login  bruger=").s(p.email, "EMAIL", masked_mail(p))
    d.t("  status=ok (ny enhed, Chrome/Windows)\n")
    d.t(f"{day} {clock}:52  profil ændret: telefon -> ")
    add_phone(d, rng, p, 0.2)
    d.t(f" (tidl. +45 ** ** ** {rng.randint(10, 99)})\n")
    if rng.random() < 0.8:
        d.t(f"{day} {clock}:58  MitID-bruger-ID angivet ved genoprettelse: ")
        d.s(p.mitid, "MITID_USER", "[NAVN]")
        d.t("\n")
    d.t(f"{day} {clock}:59  engangskode ").s(otp(rng), "OTP", "[kode]").t(" sendt via SMS\n")
    d.t(f"{day} {clock}:59  bud på {lot(rng)}, {rng.choice(LOTS)}: {kr(rng)}\n")
    if rng.random() < 0.7:
        d.t(f"{day} {clock}:59  betalingskort tilføjet: ")
        add_card(d, rng)
        d.t(", udløb ")
        add_expiry(d, rng)
        d.t("\n")
    d.t(f"{day} {clock}:59  udbetalingskonto ændret til ")
    add_account(d, rng)
    d.t("\n")
    d.t("Byder: ")
    add_name(d, rng, p, "Byder A", rng.choice(("full", "comma", "three", "caps")))
    d.t(f" (budnr. {rng.randint(1000, 9999)})")
    if rng.random() < 0.5:
        d.t(", ")
        add_birth(d, rng, p)
    d.t("\n")
    if rng.random() < 0.8:
        d.t(f"Afhentning registreret {short}: varebil ")
        add_plate(d, rng)
        d.t(f", chauffør oplyste firma {rng.choice(COMPANIES[2:6])}.\n")
    d.t("Note: ")
    if rng.random() < 0.35:
        add_name(d, rng, p, "Byder A's", "genitive")
        d.t(" konto er låst indtil videre. ")
    else:
        add_name(d, rng, p, "Byder A", rng.choice(("given", "comma", "full")))
        d.t(rng.choice((" ringede selv og afviste ændringerne. ",
                        " har ikke selv foretaget buddene. ")))  # fmt: skip
    filler(d, rng)
    d.t("\nBehandlet af: ")
    add_name(d, rng, staff, "Medarbejder A", rng.choice(("initial", "full", "three")))
    d.t(" (").s(f"{ascii_fold(staff.given)[:3]}@auktion.example.dk", "EMAIL", "[e-mail]").t(")\n")
    maybe_org(d, rng, 0.3)
    return d


def mail(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    buyer, staff = Person(rng), Person(rng)
    day, short, clock = stamp(rng)
    amount, paid = kr(rng, 5000, 90000), kr(rng, 90000, 240000)
    d.t("Fra: ")
    add_name(d, rng, buyer, "Byder A", rng.choice(("full", "three", "full")))
    d.t(" <").s(buyer.email, "EMAIL", masked_mail(buyer)).t(">\n")
    d.t("Til: ").s("kundeservice@auktion.example.dk", "EMAIL", "[e-mail]").t("\n")
    d.t(f"Emne: {lot(rng)}, overbetaling\nDato: {short} kl. {clock}\n\n")
    d.t(f"Hej\n\nJeg har desværre overført {paid} i stedet for {amount} for {rng.choice(LOTS)}. ")
    d.t("Vil I sende differencen retur til min konto i udlandet, IBAN ")
    add_iban(d, rng, rng.choice(("DE", "LT", "PL", "ES", "SE")))
    d.t("? Min bank kræver det inden fredag.\nRing gerne på ")
    add_phone(d, rng, buyer, 0.5)
    d.t(rng.choice((" efter kl. 16.00.", ", jeg er ofte på rejse.", ".")))
    d.t("\n\nVenlig hilsen\n")
    add_name(d, rng, buyer, "Byder A", rng.choice(("full", "caps", "initial", "given")))
    d.t("\n\n> Fra: ")
    add_name(d, rng, staff, "Medarbejder A", rng.choice(("full", "three")))
    d.t(" <").s(staff.email.split("@")[0] + "@auktion.example.dk", "EMAIL", "[e-mail]")
    d.t(f">\n> Sendt: {day} {clock}\n> Vi kan se en indbetaling fra ")
    add_name(d, rng, buyer, "Byder A", rng.choice(("comma", "full")))
    d.t(
        f" via {rng.choice(BANKS)} på {paid}, og vi tilbagefører kun til det kort eller den "
        "konto, som betalingen kom fra.\n"
    )
    if rng.random() < 0.5:
        d.t("> Vores kontonummer til rettelser er ikke ændret. ")
    filler(d, rng)
    d.t("\n\nIntern note: Køberen kaldte sig også ")
    add_name(d, rng, Person(rng), "Byder B", rng.choice(("full", "hyphen", "three")))
    d.t(", samme telefonnummer. ")
    if rng.random() < 0.4:
        d.t("Vi har sammenholdt ")
        add_name(d, rng, buyer, "Byder A's", "genitive")
        d.t(" indbetaling med ordren. ")
    if rng.random() < 0.5:
        d.t("Levering ønsket til ")
        add_address(d, buyer, False)
        d.t(". ")
    d.t("\n")
    maybe_org(d, rng, 0.55)
    return d


def chat(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    user, agent = Person(rng), Person(rng)
    hour, minute = rng.randint(8, 21), rng.randint(0, 25)
    user_form = rng.choice(("full", "given", "lower", "lower", "full"))
    user_name = user.name(rng, user_form)
    agent_name = agent.name(rng, rng.choice(("given", "full")))

    def line(who: str, text: Callable[[], None] | str) -> None:
        nonlocal minute
        minute += rng.randint(0, 2)
        d.t(f"[{hour:02d}:{minute:02d}] ")
        if who == "u":
            d.s(user_name, "PERSON", "Kunde 1")
        else:
            d.s(agent_name, "PERSON", "Medarbejder A")
        d.t(": ")
        if callable(text):
            text()
        else:
            d.t(text)
        d.t("\n")

    d.t(f"Chat i Auktionsappen, {ref(rng, 'CHAT')}\n")
    line("a", "Hej, du taler med kundeservice hos Bjælkehus. Hvad kan jeg hjælpe med?")
    line("u", f"jeg har fået en sms om at mit bud på {lot(rng).lower()} er annulleret")
    line("u", "der stod jeg skulle bekræfte mit kort på et link")
    line("a", "Det er ikke os. Har du indtastet noget?")

    def card_text() -> None:
        d.t("ja desværre, kortnummer ")
        add_card(d, rng)
        d.t(" udløb ")
        add_expiry(d, rng)
        d.t(" og ")
        add_cvv(d, rng)

    line("u", card_text)
    line("u", lambda: d.t("og så kom der en kode ").s(otp(rng), "OTP", "[kode]"))
    line("a", f"Tak. Ring straks til din bank, fx {rng.choice(BANKS)}, og spær kortet.")
    if rng.random() < 0.6:
        line("u", lambda: d.t("mit mitid bruger id er ").s(user.mitid, "MITID_USER", "[NAVN]")
             .t(" skal jeg ændre det?"))  # fmt: skip
        line("a", "Ja, skift adgangskode i MitID-appen. Vi spørger aldrig efter den.")
    line("u", lambda: (d.t("I kan ringe til mig på "), add_phone(d, rng, user, 0.1)))
    line("a", lambda: (d.t("Jeg har noteret det. Er din e-mail stadig "),
                       d.s(user.email, "EMAIL", masked_mail(user)), d.t("?")))  # fmt: skip
    line("u", lambda: d.t(f"ja. {rng.choice(FAMILY)} siger jeg skal anmelde det"))
    if rng.random() < 0.5:
        other = Person(rng)
        line("u", lambda: (d.t("sms'en var underskrevet af "),
                           add_name(d, rng, other, "[NAVN]", "lower" if rng.random() < 0.5 else
                                    "full")))  # fmt: skip
    line("a", lambda: (d.t("Vi har lagt en note på din konto. Hilsen "),
                       d.s(agent.name(rng, "given"), "PERSON", "Medarbejder A")))  # fmt: skip
    line("u", "tak for hjælpen")
    if rng.random() < 0.5:
        line("a", lambda: filler(d, rng))
    maybe_org(d, rng, 0.45)
    return d


def afregning(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    p, clerk = Person(rng), Person(rng)
    _day, short, clock = stamp(rng)
    d.t(f"AFREGNING TIL INDLEVERER\nAfregningsnr. {ref(rng, 'AFR')}, dato {short}\n")
    maybe_org(d, rng, 0.5)
    d.t("Indleverer: ")
    add_name(d, rng, p, "Indleverer A", rng.choice(("comma", "full", "caps", "three")))
    d.t("\nCPR-nr.: ")
    add_cpr(d, rng, p)
    d.t("\nAdresse: ")
    add_address(d, p, rng.random() < 0.6)
    d.t("\nTelefon: ")
    add_phone(d, rng, p, 0.05)
    d.t("\nE-mail: ")
    add_mail(d, rng, p)
    d.t("\nUdbetaling til: ")
    add_account(d, rng)
    d.t(
        f"\n\nSolgte numre: {lot(rng)} og {lot(rng)}, hammerslag i alt {kr(rng)}; salær 20 %; "
        f"nettoudbetaling {kr(rng)}\n"
    )
    d.t(f"\nÆndringsanmodning modtaget {short} kl. {clock} fra ")
    d.s("indleverer." + ascii_fold(p.surname)[:6] + "@example.net", "EMAIL", "[e-mail]")
    d.t(": ny udbetalingskonto ")
    if rng.random() < 0.5:
        add_iban(d, rng, rng.choice(("LT", "PL", "FI", "DK")))
    else:
        add_account(d, rng)
    d.t(". Afsenderen er ikke den registrerede e-mail, og ")
    add_name(d, rng, p, "Indleverer A", rng.choice(("given", "full", "initial")))
    d.t(" har ved opringning afvist ændringen. ")
    if rng.random() < 0.5:
        d.t("Indleveret af dødsbo efter ")
        add_name(d, rng, Person(rng, old=True), "Indleverer B", rng.choice(("full", "three")))
        d.t(". ")
    filler(d, rng)
    d.t("\nKontrolleret af: ")
    add_name(d, rng, clerk, "Medarbejder B", rng.choice(("initial", "full")))
    d.t("\n")
    return d


def sagsnotat(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    buyer, staff = Person(rng), Person(rng)
    alias = rng.choice(WOMEN[:14] + MEN[:15])
    unit = rng.choice(ALIAS_UNITS)
    _day, short, _clock = stamp(rng)
    d.t(f"Sagsnotat {ref(rng, 'SAG')}, falsk fragtfirma\nOprettet {short} af ")
    add_name(d, rng, staff, "Medarbejder A", rng.choice(("full", "initial")))
    d.t("\n\n")
    d.t(f"Køber af {lot(rng)} ({rng.choice(LOTS)}), ")
    add_name(d, rng, buyer, "Kunde 1", rng.choice(("full", "three", "comma", "caps")))
    d.t(
        ", fik en mail om at varen ville blive leveret af et fragtfirma. "
        "Chaufføren ved udleveringen "
    )
    if neg:
        d.t(f"udgav sig for at være en kontaktperson fra {unit}")
    else:
        d.t("udgav sig for at være ").s(alias, "PERSON").t(f" fra {unit}")
    d.t(" og kørte i en hvid varebil, ")
    add_plate(d, rng)
    d.t(". ")
    if rng.random() < 0.5:
        d.t("En anden vogn, ")
        add_plate(d, rng)
        d.t(", holdt ved porten. ")
    d.t("Fragten skulle betales forud til IBAN ")
    add_iban(d, rng)
    d.t(f" ({kr(rng, 800, 6000)}).\n\n")
    d.t("Kundens kontaktoplysninger: ")
    add_phone(d, rng, buyer)
    d.t(", ")
    add_mail(d, rng, buyer)
    d.t(".\nLeveringsadresse:\n")
    add_address(d, buyer, True)
    d.t("\n\n")
    d.t(rng.choice(("Vidne i hallen: ", "Set af kollega: ")))
    add_name(d, rng, Person(rng), "Vidne 1", rng.choice(("full", "three", "initial")))
    d.t(". ")
    if rng.random() < 0.4:
        d.t("Endnu et vidne, ")
        add_name(d, rng, Person(rng), "Vidne 2", rng.choice(("full", "comma")))
        d.t(", så bilen køre mod motorvejen. ")
    filler(d, rng)
    d.t(" ")
    filler(d, rng)
    d.t("\n")
    maybe_org(d, rng, 0.6)
    return d


def opkald(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    caller, staff = Person(rng, old=True), Person(rng)
    _day, short, clock = stamp(rng)
    d.t(f"Opkaldsnotat, hotline, {short} kl. {clock}\n")
    d.t("Opringning fra ")
    add_name(d, rng, caller, "Kunde 1", rng.choice(("full", "three", "comma")))
    d.t(" (")
    add_birth(d, rng, caller)
    d.t(") på ")
    add_phone(d, rng, caller, 0.05)
    d.t(".\n")
    d.t(f"Kunden fortæller, at {rng.choice(FAMILY)} hjalp med at byde på {rng.choice(LOTS)}. ")
    d.t("Bagefter ringede en 'sikkerhedsmedarbejder' og fik kortnummer ")
    add_card(d, rng)
    d.t(", udløb ")
    add_expiry(d, rng)
    d.t(" og ")
    add_cvv(d, rng)
    d.t(". Kunden læste også koden ")
    add_otp(d, rng)
    d.t(" op")
    if rng.random() < 0.6:
        d.t(" og oplyste sit MitID bruger-ID ")
        d.s(caller.mitid, "MITID_USER", "[NAVN]")
    d.t(".\n")
    if rng.random() < 0.5:
        d.t("CPR-nummer oplyst til identifikation: ")
        add_cpr(d, rng, caller)
        d.t(".\n")
    d.t("Adresse ifølge kundekartoteket: ")
    add_address(d, caller, False)
    d.t(".\n")
    if rng.random() < 0.5:
        d.t("Kontaktperson: ")
        add_name(d, rng, Person(rng), "Kunde 2", rng.choice(("full", "three", "hyphen")))
        d.t(" på ")
        add_phone(d, rng, Person(rng))
        d.t(". ")
    d.t(f"Rådgivet om at ringe til {rng.choice(BANKS)} og til politiet på 114. ")
    filler(d, rng)
    d.t("\nNotat: ")
    add_name(d, rng, staff, "Medarbejder A", rng.choice(("initial", "full", "given")))
    d.t("\n")
    maybe_org(d, rng, 0.45)
    return d


def politi(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    p, witness = Person(rng), Person(rng)
    _day, short, clock = stamp(rng)
    station = rng.choice(("Københavns Politi", "Fyns Politi", "Syd- og Sønderjyllands Politi"))
    d.t(
        f"{station}, anmeldelse af bedrageri, journalnr. {rng.randint(1000, 9999)}-"
        f"{rng.randint(10000, 99999)}-{rng.randint(10000, 99999)}-26\n"
    )
    d.t("Navn ifølge legitimation: ")
    add_name(d, rng, p, "Kunde 1", "caps" if rng.random() < 0.6 else "comma_caps")
    d.t("\nCPR: ")
    add_cpr(d, rng, p)
    d.t("\nBopæl: ")
    add_address(d, p, False)
    d.t("\nTelefon: ")
    add_phone(d, rng, p, 0.1)
    d.t("\n\nForklaring: Anmelder, ")
    add_name(d, rng, p, "Kunde 1", rng.choice(("full", "three", "initial")))
    d.t(", ")
    add_birth(d, rng, p)
    d.t(
        f", solgte {rng.choice(LOTS)} via Bjælkehus Auktioner. En køber betalte {kr(rng)} for "
        "meget og bad om at få pengene tilbage til "
    )
    add_iban(d, rng)
    d.t(". Overførslen fra anmelderens konto ")
    add_account(d, rng)
    d.t(" blev gennemført. Varen blev hentet af en bil med nummerpladen ")
    add_plate(d, rng)
    d.t(".\n\nVidne: ")
    add_name(d, rng, witness, "Vidne 1", rng.choice(("full", "comma", "three")))
    d.t(", ")
    add_address(d, witness, rng.random() < 0.5)
    d.t(". ")
    filler(d, rng)
    d.t(f"\nModtaget {short} kl. {clock}.")
    maybe_org(d, rng, 0.5)
    return d


def brev(rng: random.Random, neg: bool) -> Doc:
    d = Doc(neg)
    p, staff = Person(rng), Person(rng)
    _day, short, _clock = stamp(rng)
    if rng.random() < 0.6:
        d.t(f"Bjælkehus Auktioner\n{HEAD}\n{cvr(rng)}\n\n")
    add_name(d, rng, p, "Kunde 1", rng.choice(("full", "three", "caps")))
    d.t("\n")
    add_address(d, p, True)
    d.t(f"\n\n{rng.choice(('København', 'Odense', 'Aarhus'))}, {short}\n")
    d.t(f"Vedr.: {ref(rng, 'AUK')} og {lot(rng)}\n\nKære ")
    add_name(d, rng, p, "Kunde 1", rng.choice(("full", "given")))
    d.t("\n\n")
    d.t(rng.choice((
        "Vi har modtaget en anmodning om at ændre din udbetalingskonto til ",
        "Vi har stoppet en udbetaling til kontoen ",
        "En person har i dit navn bedt om refusion til ",
    )))  # fmt: skip
    add_account(d, rng)
    d.t(". Den korrekte konto i vores system er ")
    if rng.random() < 0.5:
        add_account(d, rng)
    else:
        add_iban(d, rng, "DK")
    d.t(". Hvis du ikke selv har bedt om det, så kontakt os på ")
    d.t(rng.choice(ORG_LINES[:3]))
    d.t(". Vi har registreret dit telefonnummer som ")
    add_phone(d, rng, p, 0.05)
    d.t(rng.choice((" og din e-mail som ", " og e-mailen ")))
    add_mail(d, rng, p)
    d.t(".\n\n")
    if rng.random() < 0.5:
        d.t("Til kontrol: oplysningerne stammer fra ")
        add_name(d, rng, p, "Kunde 1's", "genitive")
        d.t(" kundeprofil, ")
        add_birth(d, rng, p)
        d.t(". ")
    filler(d, rng)
    d.t("\n\nMed venlig hilsen\n")
    add_name(d, rng, staff, "Medarbejder A", rng.choice(("full", "three", "initial")))
    d.t("\nSikkerhedsteamet\n")
    maybe_org(d, rng, 0.5)
    return d


BUILDERS: dict[str, Callable[[random.Random, bool], Doc]] = {
    "budlog": budlog,
    "mail": mail,
    "chat": chat,
    "afregning": afregning,
    "sagsnotat": sagsnotat,
    "opkald": opkald,
    "politi": politi,
    "brev": brev,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], i >= size - negatives) for i in range(size)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, negative in plan:
        while True:
            doc = BUILDERS[genre](rng, negative)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"b115-{len(docs) + 1:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind115.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
