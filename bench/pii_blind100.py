"""The hundred-and-first blind, seeded generator of Danish text with personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is the FRAUD AND DAMAGE
DESK of a car-sharing and e-scooter rental company, in eight genres: an ID check of a new
account opened with a stolen identity and driving licence (the name in capitals as on the
licence, CPR, birth date, profile address, phone, e-mail, the MitID user ID given on a call, the
card added), a case note on a car that was not returned (the renter as "Efternavn, Fornavn",
plates, GPS positions, the family member who answered the phone), a letter forwarding a parking
fine to the driver (letterhead with the company's address, the driver's address block on two
lines, a refund account), a toll and parking operator's notices and the company's answers (plates,
passages, a foreign user's IBAN), a support chat ("[14:02] Name: " lines, customers' names typed in
lower case, a one-time code read out, a card), a police report of a stolen identity or a car not
returned (reporter, injured party with birth date, CPR and address), a damage report of an
e-scooter or a car (user, witness, the excess charged to a card) and an e-mail thread
(Fra:/Til:/Emne:) with a user who disputes a fine. The names are those of Danes of all ages,
Danes with roots elsewhere ("Hoa Thi Nguyen", "Oksana Kovalenko"), double surnames
("Brandt-Iversen"), three-word names and the company's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "lejer", "vidne"); "Holm,
  Signe" is one span; a genitive s belongs to it ("Signes"); a lower-case name typed in a chat
  ("signe" or "signe holm") is PERSON, as is a name in capitals ("SIGNE HOLM") and one with an
  initial ("S. Holm"). Organisations, products, placeholders ("[NAVN]", "NN", "Bruger A",
  "Medarbejder 1", "Vidne 2") and family words ("min søn") are never PERSON.
- ADDRESS (private only) runs from the street name through number, letter, floor and side
  ("7C", "3. tv.", "st. mf."), plus ", postcode town" on the same line or on the next line of an
  address block (line break included). A street named without a number is not an address. The
  company's hubs, depots, customer centre, workshops, the operators' and police's addresses are
  organisations' addresses and never labelled, however they are phrased.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3 in
  the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date,
  four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født ", "f. " or "Fødselsdato: "; no other date or clock time is labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (MOBILE, LANDLINE; 70
  and 80 never occur as personal numbers), written "+45 20304050", "+45 20 30 40 50",
  "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050",
  "+4520304050" or "20.30.40.50" (the country code inside the span), and foreign numbers from
  fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). The
  organisations' lines (ORG_LINES: 70/80 numbers; the police's 114) are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and desks' too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the
  account is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped
  by four or compact. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), grouped by
  four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY". OTP: a one-time code sent, asked for or
  read out (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate
  ("BK 41 207", "BK41207"), every plate in a positive document. No driving-licence or passport
  numbers and no CVV occur.
- Hard negatives, never labelled: booking, trip, vehicle, e-scooter, case, fine and journal
  numbers ("RES-264417", "TUR-7KQ2-4410", "BIL-0417", "LH-20714", "SAG-55120",
  "KA-2604471", "0100-55123-00417-26"), CVR numbers, amounts ("2.350 kr.", "kr. 149,00"), dates
  and clock times ("12.03.2026", "kl. 14.02", "[14:02]", "2026-03-12 14:02"), mileage and
  battery levels ("41.230 km", "82 %"), GPS positions, masked values ("120365-xxxx",
  "+45 ** ** ** 31", "s***@example.dk", "**** **** **** 4444", "******4417",
  "DK50XXXXXXXXXX0932", "AB ** ***"), organisations' lines, companies, banks, products,
  organisations' addresses, pseudonyms and family words. Documents of kind "negative" are the
  same genres after pseudonymisation: only such values, stand-ins (STAND_INS) and pseudonyms
  (PSEUDONYMS) remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind100 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 100
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
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)

WOMEN = (
    "Signe", "Bodil", "Karen", "Freja", "Ida", "Asta", "Lone", "Mette", "Birthe", "Ellen",
    "Nanna", "Kirsten", "Malou", "Tove", "Yasmin", "Fatima", "Oksana", "Aylin", "Camilla",
    "Rikke", "Gudrun", "Laila", "Sofie", "Vibeke", "Ingrid", "Amina", "Hoa", "Katarzyna",
    "Dorte", "Josefine", "Alberte", "Hanne",
)  # fmt: skip
MEN = (
    "Aksel", "Bent", "Frode", "Mikkel", "Rasmus", "Torben", "Villads", "Emil", "Carsten",
    "Henning", "Ole", "Kasper", "Bilal", "Mehmet", "Piotr", "Ahmad", "Sune", "Viggo", "Jonas",
    "Palle", "Tariq", "Malthe", "Erik", "Preben", "Oliver", "Long", "Dragan", "Finn", "Johan",
    "Anton", "Søren", "Magnus",
)  # fmt: skip
MIDDLE_WOMEN = ("Marie", "Sofie", "Louise", "Amalie", "Kathrine")
MIDDLE_MEN = ("Emil", "Kristian", "Valdemar", "Aleksander", "Christopher")
# Vietnamese given names take their own middle name and family name ("Hoa Thi Nguyen").
VIETNAMESE = {"Hoa": ("Thi", "Nguyen"), "Long": ("Van", "Tran")}
SURNAMES = (
    "Holm", "Kjeldsen", "Bach", "Lindgaard", "Vestergaard", "Thygesen", "Dalsgaard", "Ravn",
    "Kristoffersen", "Mølgaard", "Juhl", "Skovbo", "Abdi", "Yilmaz", "Kovalenko", "Nowak",
    "Nguyen", "Hussain", "Warsame", "Petrović", "Lauridsen", "Bundgaard", "Friis", "Storm",
    "Qvist", "Hvidberg", "Damgaard", "Frandsen", "Ebbesen", "Sørensen", "Haddad", "Østergård",
)  # fmt: skip
DOUBLE = (
    "Brandt-Iversen", "Bach-Mortensen", "Holm-Sejersen", "Krogh-Thomsen", "Lund-Aziz",
    "Møller-Dahl", "Skov-Kristensen", "Fenger-Nowak",
)  # fmt: skip
STREETS = (
    "Lærkevej", "Birkedalsvej", "Kirsebærhaven", "Ahornstien", "Søndre Allé", "Tranebærvej",
    "Bøgeskovvej", "Ryparken", "Mosegårdsvej", "Poppelgade", "Klintevej", "Holmegårdsvej",
    "Skovduevej", "Fasanvænget", "Stationsvej", "Engtoften", "Hyldebærvej", "Rosenvængets Allé",
    "Vibevej", "Kløvermarken", "Ulvsundvej", "Nørrebrogade", "Agerlandsvej", "Tjørnebakken",
)  # fmt: skip
TOWNS = (
    ("2200", "København N"), ("2300", "København S"), ("2500", "Valby"), ("2720", "Vanløse"),
    ("2860", "Søborg"), ("3400", "Hillerød"), ("4000", "Roskilde"), ("4700", "Næstved"),
    ("5200", "Odense V"), ("6000", "Kolding"), ("6700", "Esbjerg"), ("7100", "Vejle"),
    ("8000", "Aarhus C"), ("8210", "Aarhus V"), ("8600", "Silkeborg"), ("8900", "Randers C"),
    ("9000", "Aalborg"), ("9220", "Aalborg Øst"), ("2630", "Taastrup"), ("3000", "Helsingør"),
)  # fmt: skip
COMPANIES = (
    "Byflux Delebiler A/S", "Skyd E-løbehjul ApS", "Rullekompagniet ApS",
    "Citypark Kontrol A/S", "Broafgift Øst I/S", "Forsikringsselskabet Tryghjem",
    "Inkassohuset Nordlys",
)  # fmt: skip
BANKS = ("Kystbanken", "Fjordsparekassen", "Nordvest Bank")
PRODUCTS = ("Flex Månedskort", "Døgnpas", "Minutpakke 300", "Scoot Plus", "Grøn Weekend")
MODELS = ("VW ID.3", "Renault Zoe", "Toyota Yaris", "Kia Niro", "Peugeot e-208", "Tesla Model 3")
FAMILY = ("min søn", "min datter", "min mand", "min kone", "min mor", "min far", "min kæreste")
# The company's and the authorities' sites: (name, street and number, postcode and town).
ORG_SITES = (
    ("kundecentret", "Gasværksvej 31", "1656 København V"),
    ("depotet i Sydhavnen", "Sydhavnsgade 14", "2450 København SV"),
    ("hubben i Aarhus", "Værkstedsvej 7", "8200 Aarhus N"),
    ("depotet i Odense", "Havnegade 2B", "5000 Odense C"),
    ("værkstedet i Aalborg", "Remisevej 40", "9000 Aalborg"),
    ("løbehjulslageret", "Kraftværksvej 18", "2650 Hvidovre"),
    ("hubben i Vejle", "Spinderigade 9", "7100 Vejle"),
)  # fmt: skip
POLICE = (
    ("Københavns Politi", "Polititorvet 14", "1567 København V"),
    ("Østjyllands Politi", "Ridderstræde 1", "8000 Aarhus C"),
    ("Fyns Politi", "Hans Mules Gade 1", "5000 Odense C"),
    ("Nordjyllands Politi", "Jyllandsgade 27", "9000 Aalborg"),
)  # fmt: skip
OPERATORS = (
    ("Citypark Kontrol A/S", "Kalvebod Brygge 45", "1560 København V"),
    ("Broafgift Øst I/S", "Vester Søgade 10", "1601 København V"),
)  # fmt: skip
ORG_ADDRESSES = tuple(
    sorted(
        {f"{s}, {p}" for _, s, p in ORG_SITES + POLICE + OPERATORS}
        | {f"{s}\n{p}" for _, s, p in ORG_SITES + POLICE + OPERATORS}
        | {s for _, s, _ in ORG_SITES + POLICE + OPERATORS},
        key=len,
        reverse=True,
    )
)
ORG_LINES = ("70 20 44 18", "7020 4418", "80 30 11 22", "70 15 60 60")
PSEUDONYMS = (
    "Bruger A", "Bruger B", "Kunde A", "Kunde B", "Medarbejder 1", "Medarbejder 2",
    "Vidne 1", "Vidne 2",
)  # fmt: skip
STAND_INS = (
    "[NAVN]", "NN", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
    "[fødselsdato]", "[bruger-id]", "[IBAN]", "[kortnr.]", "[udløb]", "[nummerplade]",
)  # fmt: skip
GENRES = (
    "id_kontrol",
    "ikke_afleveret",
    "boedebrev",
    "afgiftsoperatoer",
    "supportchat",
    "politianmeldelse",
    "skadesrapport",
    "mailtraad",
)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "64", "66", "69", "72", "74", "75", "76", "86", "87",
            "89", "96", "97", "98", "99")  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4242", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "LT": 20, "NL": 18, "ES": 24}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
DOMAINS = ("example.dk", "example.com", "example.net", "mail.example.dk", "post.example.com")
DESK = ("svindel", "skade", "kundeservice", "boeder", "sikkerhed")


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(word: str) -> str:
    word = word.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ć", "c"), ("é", "e")):
        word = word.replace(a, b)
    return "".join(ch for ch in word if ch.isalpha())


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str

    @property
    def full(self) -> str:
        return " ".join(w for w in (self.first, self.middle, self.last) if w)


def person(rng: random.Random) -> Person:
    """A Dane of any age or roots: sometimes a middle name, sometimes a double surname."""
    first = rng.choice(WOMEN + MEN)
    if first in VIETNAMESE:
        return Person(first, *VIETNAMESE[first])
    middle = (
        rng.choice(MIDDLE_WOMEN if first in WOMEN else MIDDLE_MEN) if rng.random() < 0.2 else ""
    )
    last = rng.choice(DOUBLE) if rng.random() < 0.2 else rng.choice(SURNAMES)
    return Person(first, middle, last)


def name_form(rng: random.Random, p: Person) -> str:
    """A name as written in a record: full, "Efternavn, Fornavn", capitals or with an initial."""
    roll = rng.random()
    if roll < 0.55:
        return p.full
    if roll < 0.75:
        return f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle else "")
    if roll < 0.9:
        return p.full.upper()
    return f"{p.first[0]}. {p.last}"


def cpr(rng: random.Random) -> tuple[str, date]:
    """A synthetic CPR number failing modulus 11 (with its birth date), in one of four forms."""
    born = date(1934, 1, 1) + timedelta(days=rng.randrange(0, 26000))
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        digits = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4)
    d, s = digits[:6], digits[6:]
    text = (f"{d}-{s}", digits, f"{d[:2]} {d[2:4]} {d[4:]} {s}", f"{d} {s}")[form]
    return text, born


def birth_text(rng: random.Random, born: date) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    if form == 1:
        return born.strftime("%d.%m.%Y")
    if form == 2:
        return f"{born.day}/{born.month}-{born.year}"
    return born.strftime("%d-%m-%Y")


def phone(rng: random.Random) -> str:
    """A personal phone number in one of the written forms, or a fiction-range foreign one."""
    form = rng.randrange(12)
    if form == 10:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if form == 11:
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    n = rng.choice(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    halves = f"{n[:4]} {n[4:]}"
    forms = (f"+45 {n}", f"+45 {pairs}", f"+45 {halves}", halves, f"(+45) {pairs}",
             f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."))  # fmt: skip
    return forms[form]


def email(rng: random.Random, p: Person) -> str:
    first, last = _ascii(p.first), _ascii(p.last)
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{last[:3]}",
            f"{first[0]}{last}",
            f"{first}_{rng.randrange(99)}",
        )
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def masked_mail(rng: random.Random) -> str:
    return f"{rng.choice('abdefhjkmnorst')}***@{rng.choice(DOMAINS)}"


def account(rng: random.Random) -> tuple[str, str]:
    """(reg.nr., account) of a Danish bank account."""
    return f"{rng.randrange(1000, 10000)}", f"{rng.randrange(10**6, 10**10):010d}"


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(IBAN_LENGTH))
    length = IBAN_LENGTH[country]
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    digits = "".join(str(rng.randrange(10)) for _ in range(length))
    bban = (letters + digits if country == "NL" else digits)[: length - 4]
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(number) % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.6 else compact


def card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(11))
    total = sum(
        (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
        for i, d in enumerate(int(c) for c in reversed(body))
    )
    compact = body + str(-total % 10)
    return grouped(compact) if rng.random() < 0.7 else compact


def expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def otp(rng: random.Random) -> str:
    return f"{rng.randrange(10**5, 10**6)}" if rng.random() < 0.8 else f"{rng.randrange(10**8):08d}"


def mitid(rng: random.Random, p: Person) -> str:
    year = rng.randrange(1940, 2006)
    tail = str(year) if rng.random() < 0.4 or year >= 2000 else str(year)[2:]
    return _ascii(p.first) + rng.choice(("", _ascii(p.last)[:3], _ascii(p.last)[0])) + tail


def plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    digits = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    return f"{letters} {digits[:2]} {digits[2:]}" if rng.random() < 0.7 else letters + digits


def address(rng: random.Random, lines: str = "") -> str:
    """A private address; lines "" = street only, ", " = one line, "\n" = an address block."""
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 140)}{rng.choice(('', '', 'A', 'B', 'C'))}"
    if rng.random() < 0.4:
        street += (
            f", {rng.choice(('st.', '1.', '2.', '3.', '4.'))} {rng.choice(('tv.', 'th.', 'mf.'))}"
        )
    if not lines:
        return street
    code, town = rng.choice(TOWNS)
    return f"{street}{lines}{code} {town}"


def when(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(0, 320))


def day_text(rng: random.Random, d: date) -> str:
    return rng.choice((d.strftime("%d.%m.%Y"), f"{d.day}. {MONTHS[d.month - 1]}", d.isoformat(),
                       d.strftime("%d.%m.%y")))  # fmt: skip


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(6, 24):02d}.{rng.randrange(60):02d}"


def amount(rng: random.Random) -> str:
    kr = rng.choice((149, 295, 450, 780, 1250, 1500, 2350, 4800, 7500, 12400))
    text = f"{kr:,}".replace(",", ".")
    return rng.choice((f"{text} kr.", f"kr. {text},00", f"{text},00 kr"))


def masked(rng: random.Random, kind: str) -> str:
    """The masked forms of values a record shows: never labelled."""
    n = rng.randrange(10, 100)
    return {
        "CPR": f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(40, 100)}-xxxx",
        "PHONE": f"+45 ** ** ** {n}",
        "EMAIL": masked_mail(rng),
        "CARD": f"**** **** **** {rng.randrange(1000, 10000)}",
        "ACCOUNT": f"******{rng.randrange(1000, 10000)}",
        "IBAN": f"DK{n}XXXXXXXXXX{rng.randrange(1000, 10000)}",
        "PLATE": f"{rng.choice(PLATE_LETTERS)}{rng.choice(PLATE_LETTERS)} ** ***",
    }[kind]


def booking(rng: random.Random) -> str:
    return f"RES-{rng.randrange(200000, 300000)}"


def trip(rng: random.Random) -> str:
    code = "".join(rng.choice("ABCDEFGHJKMNPQRSTVWXYZ23456789") for _ in range(4))
    return f"TUR-{code}-{rng.randrange(1000, 10000)}"


def vehicle(rng: random.Random) -> str:
    return rng.choice((f"BIL-{rng.randrange(100, 10000):04d}", f"LH-{rng.randrange(10000, 99999)}"))


def case_no(rng: random.Random) -> str:
    return f"SAG-{rng.randrange(10000, 99999)}"


def journal(rng: random.Random) -> str:
    district = rng.choice(("0100", "3700", "2300", "5100"))
    return f"{district}-{rng.randrange(10000, 99999)}-{rng.randrange(100, 99999):05d}-26"


def gps(rng: random.Random) -> str:
    return f"{rng.uniform(54.8, 57.6):.4f}, {rng.uniform(8.2, 12.6):.4f}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(10**7, 7 * 10**7)}"


class Doc:
    """A document being written: text, its spans, and in a negative the stand-ins instead."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.pseudonyms: dict[Person, str] = {}

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def pii(self, kind: str, value: str) -> Doc:
        """A labelled value, or in a negative its stand-in (or a masked form)."""
        if self.negative:
            return self.t(STAND_IN[kind](self.rng))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def name(self, p: Person, written: str, role: str = "Bruger") -> Doc:
        """A name as written; in a negative a pseudonym or a stand-in ("[NAVN]", "NN")."""
        if not self.negative:
            return self.pii("PERSON", written)
        return self.t(self._pseudonym(p, role))

    def possessive(self, p: Person, role: str = "Bruger") -> Doc:
        """A first name's genitive ("Signes", the s inside the span; "Jonas'" keeps it outside)."""
        if self.negative:
            return self.t(self._pseudonym(p, role) + "'s")
        if p.first.endswith(("s", "x", "z")):
            return self.pii("PERSON", p.first).t("'")
        return self.pii("PERSON", p.first + "s")

    def _pseudonym(self, p: Person, role: str) -> str:
        if p not in self.pseudonyms:
            taken = sum(1 for v in self.pseudonyms.values() if v.startswith(role))
            marks = "AB" if role in ("Bruger", "Kunde") else "12"
            # chat speakers (customers and staff) always get a numbered pseudonym
            numbered = taken < 2 and (role in ("Kunde", "Medarbejder") or self.rng.random() < 0.8)
            self.pseudonyms[p] = (
                f"{role} {marks[taken]}" if numbered else self.rng.choice(("[NAVN]", "NN"))
            )
        return self.pseudonyms[p]

    def text(self) -> str:
        return "".join(self.parts)


STAND_IN: dict[str, Callable[[random.Random], str]] = {
    "PERSON": lambda r: r.choice(("[NAVN]", "NN")),
    "ADDRESS": lambda r: "[ADRESSE]",
    "CPR": lambda r: r.choice(("[CPR]", masked(r, "CPR"))),
    "DATE_OF_BIRTH": lambda r: "[fødselsdato]",
    "PHONE": lambda r: r.choice(("[TLF]", masked(r, "PHONE"))),
    "EMAIL": lambda r: r.choice(("[e-mail]", masked_mail(r))),
    "BANK_ACCOUNT": lambda r: r.choice(("[kontonr.]", masked(r, "ACCOUNT"))),
    "IBAN": lambda r: r.choice(("[IBAN]", masked(r, "IBAN"))),
    "CARD": lambda r: r.choice(("[kortnr.]", masked(r, "CARD"))),
    "CARD_EXPIRY": lambda r: r.choice(("[udløb]", "**/**")),
    "OTP": lambda r: "[kode]",
    "MITID_USER": lambda r: "[bruger-id]",
    "NUMBER_PLATE": lambda r: r.choice(("[nummerplade]", masked(r, "PLATE"))),
}


def org_address_line(rng: random.Random) -> str:
    """A sentence naming one of the company's sites, in one of many phrasings (never labelled)."""
    what, street, place = rng.choice(ORG_SITES)
    town = place.split(" ", 1)[1]
    return rng.choice(
        (
            f"Kom ind på {what}, {street}, {place}, med kørekort og sundhedskort.",
            f"Bilen afhentes i {what} på {street} i {town}.",
            f"Vores afdeling på {street}, {place} har åbent man-fre kl. 9-17.",
            f"Åbningstider {what} ({street}, {place}): hverdage 8-18, lørdag 10-14.",
            f"Løbehjulet er kørt til {street}, {place}.",
            f"Nøglen kan afleveres i postkassen ved {what}, {street}, {place}.",
            f"Du kan også møde op på {street} i {town} - vi har åbent til kl. 17.",
            f"Køretøjet står nu på {what}, {street}\n{place}.",
        )
    )


def letterhead(rng: random.Random, company: str) -> str:
    _, street, place = rng.choice(ORG_SITES)
    line = rng.choice(ORG_LINES)
    return rng.choice(
        (
            f"{company} · {street}, {place} · {cvr(rng)} · tlf. {line}\n\n",
            f"{company.upper()}\n{street}\n{place}\nTelefon {line}\n\n",
            f"{company}, {street}, {place}\n{cvr(rng)}\n\n",
        )
    )


def staff_mail(p: Person, company: str) -> str:
    """A staff member's address at the company ("signe.holm@byflux.example.dk")."""
    domain = _ascii(company.split()[0]) + ".example.dk"
    return f"{_ascii(p.first)}.{_ascii(p.last)[:4]}@{domain}"


def desk_mail(rng: random.Random, company: str) -> str:
    return f"{rng.choice(DESK)}@{_ascii(company.split()[0])}.example.dk"


def id_kontrol(d: Doc, rng: random.Random) -> None:
    """An ID check of a new account opened with a stolen identity and driving licence."""
    company = rng.choice(COMPANIES[:3])
    victim, agent = person(rng), person(rng)
    number, born = cpr(rng)
    d.t(f"ID-KONTROL · {company}\nSag: {case_no(rng)}   Oprettet: {day_text(rng, when(rng))}"
        f" kl. {clock(rng)}\n")  # fmt: skip
    d.t("Navn på kørekortet: ").name(victim, victim.full.upper()).t(", kategori B\n")
    d.t("CPR: ").pii("CPR", number).t("\n")
    d.t(rng.choice(("Fødselsdato: ", "Profilen oplyser født "))).pii(
        "DATE_OF_BIRTH", birth_text(rng, born)
    ).t("\n")
    d.t("Adresse i profil: ").pii("ADDRESS", address(rng, ", ")).t("\n")
    d.t("Telefon: ").pii("PHONE", phone(rng)).t(f"   (ændret {day_text(rng, when(rng))})\n")
    d.t("E-mail: ").pii("EMAIL", email(rng, victim)).t("\n")
    d.t("Kort tilknyttet: ").pii("CARD", card(rng)).t(", udløb ").pii("CARD_EXPIRY", expiry(rng))
    d.t(f" ({rng.choice(BANKS)})\n")
    d.t(f"Produkt: {rng.choice(PRODUCTS)}, booking {booking(rng)}\n\n")
    d.t("Vurdering: Selfien matcher ikke kørekortet, og kortet er meldt stjålet. ")
    d.t("Ved opkald gav den rigtige ").possessive(victim).t(" MitID-bruger-ID ")
    d.pii("MITID_USER", mitid(rng, victim)).t(" til verifikation, og vi sendte engangskoden ")
    d.pii("OTP", otp(rng)).t(", som blev læst op i telefonen. ")
    d.t(f"Den første mail gik til {masked(rng, 'EMAIL')}, ikke til profilens adresse.\n")
    if rng.random() < 0.5:
        d.t("Tidligere adresse: ").pii("ADDRESS", address(rng, "")).t(
            f" (fraflyttet). Bilen blev hentet ved {rng.choice(STREETS)}.\n"
        )
    d.t(org_address_line(rng), "\nSagsbehandler: ").name(
        agent, name_form(rng, agent), "Medarbejder"
    )
    d.t(", ").pii("EMAIL", staff_mail(agent, company)).t("\n")


def ikke_afleveret(d: Doc, rng: random.Random) -> None:
    """A case note on a car that was not returned at the end of a booking."""
    renter, relative, agent = person(rng), person(rng), person(rng)
    start = when(rng)
    d.t(f"{case_no(rng)} – bil ikke afleveret\n")
    d.t(f"Bil: {rng.choice(MODELS)}, reg.nr. ").pii("NUMBER_PLATE", plate(rng))
    d.t(f", {vehicle(rng)}, km-stand {rng.randrange(5, 90)}.{rng.randrange(1000):03d} km\n")
    d.t(f"Booking {booking(rng)} startede {day_text(rng, start)} kl. {clock(rng)} og skulle ")
    d.t(f"slutte {day_text(rng, start + timedelta(days=rng.randrange(1, 4)))} kl. {clock(rng)}.\n")
    d.t("Lejer: ").name(renter, f"{renter.last}, {renter.first}").t(", ")
    d.pii("ADDRESS", address(rng, ", ")).t(". Tlf. ").pii("PHONE", phone(rng)).t("\n")
    d.t(f"Sidste GPS-position {gps(rng)} ved {rng.choice(STREETS)}. ")
    d.t(f"Batteri {rng.randrange(3, 99)} %.\n")
    d.t(f"Vi har trukket {amount(rng)} på kortet, der ender på {masked(rng, 'CARD')[-4:]}")
    d.t(" – det er ikke ").possessive(renter).t(" kort, men ").pii("CARD", card(rng))
    d.t(" (udløb ").pii("CARD_EXPIRY", expiry(rng)).t(").\n")
    d.t(f"Ringet til lejeren kl. {clock(rng)}; {rng.choice(FAMILY)} tog telefonen, ")
    d.name(relative, relative.full, "Vidne").t(", og sagde at bilen holdt ved sommerhuset.\n")
    d.t("Samme bil set med falske plader ").pii("NUMBER_PLATE", plate(rng))
    d.t(f" på et fotografi fra {rng.choice(OPERATORS)[0]}.\n")
    d.t(org_address_line(rng), f"\nKundeservice: {rng.choice(ORG_LINES)}. Noteret af ")
    d.name(agent, name_form(rng, agent), "Medarbejder").t(".\n")


def refund(d: Doc, rng: random.Random, lead: str) -> Doc:
    """Where money goes back: a foreign IBAN, or a Danish account with or without its own reg.nr."""
    roll = rng.random()
    if roll < 0.35:
        return d.t(f"{lead} IBAN ").pii("IBAN", iban(rng))
    reg, acct = account(rng)
    if roll < 0.65:
        return d.t(f"{lead} reg.nr. {reg}, kontonr. ").pii("BANK_ACCOUNT", acct)
    return d.t(f"{lead} konto ").pii("BANK_ACCOUNT", f"{reg}{rng.choice(' -')}{acct}")


def boedebrev(d: Doc, rng: random.Random) -> None:
    """A letter forwarding a parking fine to the driver who had the car."""
    company = rng.choice(COMPANIES[:3])
    driver, agent = person(rng), person(rng)
    number, _ = cpr(rng)
    operator = rng.choice(OPERATORS)
    d.t(letterhead(rng, company))
    d.name(driver, rng.choice((driver.full, driver.full.upper()))).t("\n")
    d.pii("ADDRESS", address(rng, "\n")).t(f"\n\n{day_text(rng, when(rng))}\n\n")
    d.t(f"Vedr. kontrolafgift nr. KA-{rng.randrange(10**6, 10**7)} – bil ").pii(
        "NUMBER_PLATE", plate(rng)
    )
    d.t("\n\nKære ").name(driver, driver.first).t("\n\n")
    d.t(f"{operator[0]} har pålagt bilen en afgift på {amount(rng)} den {day_text(rng, when(rng))}")
    d.t(f" kl. {clock(rng)}, mens du havde den lejet (booking {booking(rng)}, {trip(rng)}). ")
    d.t("Vi har oplyst dig som fører med CPR-nr. ").pii("CPR", number).t(". ")
    d.t(f"Klager sendes til {operator[0]}, {operator[1]}, {operator[2]}.\n")
    d.t(f"Vores gebyr på {amount(rng)} trækkes på kortet {masked(rng, 'CARD')}. ")
    refund(d, rng, "Er afgiften betalt to gange, refunderer vi til")
    d.t(f" i {rng.choice(BANKS)}.\n\n{org_address_line(rng)}\n\nMed venlig hilsen\n")
    d.name(agent, agent.full, "Medarbejder").t(f"\nBødeafdelingen, {company}\n")
    d.pii("EMAIL", desk_mail(rng, company)).t("\n")


def afgiftsoperatoer(d: Doc, rng: random.Random) -> None:
    """A toll and parking operator's notices and the company's answer naming the driver."""
    operator = rng.choice(OPERATORS)
    driver, agent, clerk = person(rng), person(rng), person(rng)
    d.t(f"Fra {operator[0]}, {operator[1]}, {operator[2]}\nUbetalte passager/afgifter:\n")
    for _ in range(rng.randrange(2, 4)):
        d.t(f"- {day_text(rng, when(rng))} kl. {clock(rng)}  ").pii("NUMBER_PLATE", plate(rng))
        d.t(f"  {amount(rng)}  ref. {rng.randrange(100, 999)}-{rng.randrange(10000, 99999)}\n")
    d.t("Sagsbehandler hos operatøren: ").name(clerk, name_form(rng, clerk), "Medarbejder")
    company = rng.choice(COMPANIES[:3])
    d.t(f", tlf. {rng.choice(ORG_LINES)}\n\nSvar fra {company}:\n")
    d.t(f"Bilerne var udlejet via {rng.choice(PRODUCTS)}. Fører var ")
    d.name(driver, name_form(rng, driver)).t(",")
    if rng.random() < 0.5:
        d.t(" ").pii("ADDRESS", address(rng, ", "))
    else:
        d.t("\n").pii("ADDRESS", address(rng, "\n"))
    d.t(", e-mail ").pii("EMAIL", email(rng, driver)).t(", tlf. ").pii("PHONE", phone(rng))
    if rng.random() < 0.4:
        other = person(rng)
        d.t(". Medlejer på kontoen: ").name(other, name_form(rng, other))
    d.t(".\nBrugeren bor i udlandet; refusion af dobbeltbetaling til IBAN ").pii("IBAN", iban(rng))
    d.t(f" (ikke {masked(rng, 'IBAN')}).\n")
    d.t(org_address_line(rng), "\nMvh. ").name(agent, name_form(rng, agent), "Medarbejder")
    d.t(", ").pii("EMAIL", staff_mail(agent, company)).t("\n")


def supportchat(d: Doc, rng: random.Random) -> None:
    """A user's chat with support: lower-case names, a code read out, a card, a depot."""
    user, agent = person(rng), person(rng)
    h, m = rng.randrange(7, 22), rng.randrange(0, 30)
    typed = rng.choice((user.first.lower(), user.full.lower(), user.full, user.first))

    def line(who: Person, written: str, role: str) -> Doc:
        nonlocal m
        m += rng.randrange(0, 3)
        return d.t(f"[{h:02d}:{m:02d}] ").name(who, written, role).t(": ")

    d.t(f"Chat med kundeservice – {rng.choice(COMPANIES[:3])} – {day_text(rng, when(rng))}\n")
    opener = rng.choice(
        (
            "hej min konto er spærret og jeg har fået en regning på {} for en tur jeg ikke kørte??",
            "Hej. Der er trukket {} på mit kort for et løbehjul jeg aldrig har lejet",
            "hallo? I har videresendt en p-bøde på {} til mig, jeg har ikke kørt i jeres bil",
            "godaften, nogen har oprettet en profil i mit navn og lejet en bil for {}",
        )
    )
    line(user, typed, "Kunde").t(opener.format(amount(rng)), "\n")
    line(agent, agent.first, "Medarbejder").t("Hej ").name(user, user.first, "Kunde")
    d.t(f", det ser vi på. Turen {trip(rng)} gik fra {rng.choice(ORG_SITES)[1]}. ")
    d.t("Må jeg få telefonnummer og e-mail på kontoen?\n")
    line(user, typed, "Kunde").pii("PHONE", phone(rng)).t(" og ").pii("EMAIL", email(rng, user))
    d.t("\n")
    line(agent, agent.first, "Medarbejder").t("Tak. Jeg har sendt en kode på sms, læs den op\n")
    line(user, typed, "Kunde").t(rng.choice(("den er ", "", "koden er "))).pii("OTP", otp(rng))
    d.t("\n")
    if rng.random() < 0.5:
        line(user, typed, "Kunde").t("jeg bor altså på ").pii("ADDRESS", address(rng, ", "))
        d.t(" og har aldrig været i aarhus\n")
    if rng.random() < 0.6:
        line(user, typed, "Kunde").t(
            "og en fra jer ringede i går og spurgte om mit mitid bruger-id "
        )
        d.pii("MITID_USER", mitid(rng, user)).t(", det gav jeg ham :(\n")
        line(agent, agent.first, "Medarbejder").t(
            f"Vi ringer aldrig og spørger om det. Ring til {BANKS[0]} og spær, og ring evt. 114.\n"
        )
    if rng.random() < 0.6:
        line(user, typed, "Kunde").t("pengene skal tilbage på mit kort ").pii("CARD", card(rng))
        d.t(" udløb ").pii("CARD_EXPIRY", expiry(rng)).t("\n")
    line(agent, agent.first, "Medarbejder").t(org_address_line(rng).replace("\n", ", "), "\n")
    closer = rng.choice(
        ("ok tak, {} kører mig derind", "super, jeg tager {} med", "ok, jeg tager {} med som vidne")
    )
    line(user, typed, "Kunde").t(closer.format(rng.choice(FAMILY)), "\n")


def politianmeldelse(d: Doc, rng: random.Random) -> None:
    """A police report of a stolen identity or a car not returned."""
    police = rng.choice(POLICE)
    company = rng.choice(COMPANIES[:3])
    victim, suspect, agent = person(rng), person(rng), person(rng)
    number, born = cpr(rng)
    d.t(f"ANMELDELSE – {police[0]}, {police[1]}, {police[2]}\nJournalnr. {journal(rng)}\n")
    d.t(f"Anmelder: {company}, {cvr(rng)}, v/ ").name(agent, agent.full, "Medarbejder")
    d.t(", ").pii("EMAIL", staff_mail(agent, company)).t("\n")
    d.t("Forurettet: ").name(victim, name_form(rng, victim), "Kunde").t(", født ")
    d.pii("DATE_OF_BIRTH", birth_text(rng, born)).t("\nCPR-nr.: ").pii("CPR", number).t("\n")
    d.t("Bopæl:\n").pii("ADDRESS", address(rng, "\n")).t("\nTlf.: ").pii("PHONE", phone(rng))
    d.t("\n\nMistænkt: ").name(suspect, name_form(rng, suspect), "Bruger")
    d.t(f", kendt under profilen {masked(rng, 'EMAIL')}, tlf. ").pii("PHONE", phone(rng)).t("\n")
    d.t(f"Køretøj: {rng.choice(MODELS)}, ").pii("NUMBER_PLATE", plate(rng)).t("\n\nForklaring: ")
    d.t(f"Den {day_text(rng, when(rng))} blev der oprettet en konto i ")
    d.possessive(victim, "Kunde").t(" navn med et stjålet kørekort. ")
    d.t(f"Bilen blev hentet kl. {clock(rng)} og er ikke afleveret. Der er kørt for {amount(rng)}.")
    d.t(" Beløbet blev betalt med kortet ").pii("CARD", card(rng)).t(", udløb ")
    d.pii("CARD_EXPIRY", expiry(rng)).t(f". Sidst set ved {rng.choice(STREETS)}.\n")
    d.t(org_address_line(rng), "\n")


def skadesrapport(d: Doc, rng: random.Random) -> None:
    """A damage report of an e-scooter or a car, with a witness and the excess charged."""
    user, witness, agent = person(rng), person(rng), person(rng)
    d.t(f"Skadesrapport SKADE-2026-{rng.randrange(1000, 9999)}\n")
    if rng.random() < 0.5:
        d.t(f"Løbehjul LH-{rng.randrange(10000, 99999)}, batteri {rng.randrange(5, 99)} %\n")
    else:
        d.t(f"Bil {rng.choice(MODELS)}, ").pii("NUMBER_PLATE", plate(rng)).t("\n")
    stamp = f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    d.t(f"Tidspunkt: {stamp} {clock(rng).replace('.', ':')}")
    d.t(f", position {gps(rng)}\n")
    d.t("Bruger: ").name(user, name_form(rng, user)).t(", ").pii("EMAIL", email(rng, user))
    d.t(", tlf. ").pii("PHONE", phone(rng)).t("\n")
    d.t("Skade: ").t(rng.choice(("styret knækket og baglygte smadret", "ridse i venstre fordør",
                                  "sidespejl revet af", "punktering og bøjet fælg")))  # fmt: skip
    d.t(". Modparten, en bil med nummerpladen ").pii("NUMBER_PLATE", plate(rng))
    d.t(", kørte videre.\nVidne: ").name(witness, name_form(rng, witness), "Vidne").t(", ")
    d.pii("ADDRESS", address(rng, ", ")).t(", tlf. ").pii("PHONE", phone(rng)).t("\n")
    if rng.random() < 0.4:
        second = person(rng)
        d.t("Andet vidne: ").name(second, name_form(rng, second), "Vidne").t(", tlf. ")
        d.pii("PHONE", phone(rng)).t("\n")
    d.t(f"Selvrisiko {amount(rng)} trækkes på kortet ").pii("CARD", card(rng)).t(" (")
    d.pii("CARD_EXPIRY", expiry(rng)).t("). Bruger bekræftede med engangskoden ")
    d.pii("OTP", otp(rng)).t(".\n")
    if rng.random() < 0.5:
        d.t("Udbetaling fra forsikringen til ").possessive(user).t(" konto ")
        reg, acct = account(rng)
        d.pii("BANK_ACCOUNT", f"{reg}-{acct}").t(f" i {rng.choice(BANKS)}.\n")
    d.t(org_address_line(rng), "\nRegistreret af ").name(
        agent, name_form(rng, agent), "Medarbejder"
    )
    d.t(f" kl. {clock(rng)}.\n")


def mailtraad(d: Doc, rng: random.Random) -> None:
    """An e-mail thread with a user who disputes a fine and a charge."""
    company = rng.choice(COMPANIES[:3])
    user, agent = person(rng), person(rng)
    user_mail, desk = email(rng, user), desk_mail(rng, company)
    d.t("Fra: ").name(user, user.full, "Kunde").t(" <").pii("EMAIL", user_mail).t(">\n")
    d.t("Til: Svindelteamet <").pii("EMAIL", desk).t(">\n")
    d.t(
        f"Emne: Re: Kontrolafgift {booking(rng)}\nDato: {day_text(rng, when(rng))} {clock(rng)}\n\n"
    )
    d.t("Hej\n\nJeg har fået en regning på ")
    d.t(f"{amount(rng)} for en parkering i bil ").pii("NUMBER_PLATE", plate(rng))
    d.t(", men jeg var på arbejde hele dagen. Nogen har brugt mit MitID-bruger-ID ")
    d.pii("MITID_USER", mitid(rng, user)).t(" til at oprette en profil.\n")
    if rng.random() < 0.4:
        partner = person(rng)
        d.t("Min kæreste, ").name(partner, partner.full, "Kunde").t(", har fået samme regning.\n")
    refund(d, rng, "Pengene må sættes ind på")
    d.t(f" ({rng.choice(BANKS)}).\n\nMvh ").name(user, rng.choice((user.first, user.full)), "Kunde")
    d.t("\n").pii("PHONE", phone(rng)).t("\n\n")
    d.t("> Fra: ").name(agent, agent.full, "Medarbejder").t(" <")
    d.pii("EMAIL", staff_mail(agent, company)).t(">\n")
    d.t("> Kære ").name(user, user.first, "Kunde").t(
        f", afgiften på {amount(rng)} er fra {rng.choice(OPERATORS)[0]}. "
    )
    d.t(f"Vi har sendt en kode til {masked(rng, 'PHONE')} – oplys venligst koden ")
    d.pii("OTP", otp(rng)).t(" igen, den nåede ikke frem.\n> ")
    d.t(org_address_line(rng).replace("\n", "\n> "), "\n")


WRITERS: dict[str, Callable[[Doc, random.Random], None]] = {
    "id_kontrol": id_kontrol,
    "ikke_afleveret": ikke_afleveret,
    "boedebrev": boedebrev,
    "afgiftsoperatoer": afgiftsoperatoer,
    "supportchat": supportchat,
    "politianmeldelse": politianmeldelse,
    "skadesrapport": skadesrapport,
    "mailtraad": mailtraad,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents over the genres in turn, the last share of each genre negative."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kind == "negative")
            WRITERS[genre](d, rng)
            if d.text() not in seen:
                break
        seen.add(d.text())
        docs.append(
            {
                "id": f"b100-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text(),
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1])
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
