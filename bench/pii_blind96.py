"""A ninety-seventh blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is PUPPY AND PET-SALE
SCAMS as an animal-welfare organisation and a vet clinic meet them: fake sellers on classified
sites, deposits paid by MobilePay, transfer or card, fake vaccination papers and chip numbers
that lead nowhere. Eight genres: a buyer's complaint form sent to the organisation (name,
address block, phone, e-mail, the seller's MobilePay number or account), a police report with
the complainant in capitals, CPR, birth date and the plate of the car at the handover, a vet's
journal note on a sick puppy ("Ejer: Holm, Mette", chip numbers that do not fit the passport),
a chat with the seller ("[19:02] Name: …", a deposit, a card, a code and a MitID user ID asked
for), an e-mail thread between a buyer and the organisation's case worker (Fra:/Til:), a bank's
card-dispute form (card, expiry, the code given away, the MitID user ID, the account), a call
note from the organisation's puppy line (genitives, plates, a seller's address) and the
organisation's case overview of one fake seller with its victims listed surname first. The
names are those of Danes of all ages, Danes with roots elsewhere ("Aisha Mahmoud", "Tran Thi
Hoa"), double surnames ("Bech-Thomsen"), three-word names and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("dyrlæge", "sagsbehandler", "køber");
  "Holm, Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name typed in
  a chat ("mette") is PERSON. A fake seller's alias ("Kenneth fra Kennel Solbakken") is PERSON,
  the kennel is not. Organisations, kennels, breeds, animals' names ("Bella"), products,
  placeholders ("[NAVN]", "NN", "Køber A", "Sælger 1") and family words ("min mand") are never
  PERSON.
- ADDRESS is a private address only: from the street name through number, letter, floor and
  side ("7B", "2. tv."), plus ", postcode town" on the same line or on the next line of an
  address block (line break included). A street named without a number is not an address. The
  organisations' own addresses (clinics, shelters, police stations, bank branches, shops; see
  ORG_ADDRESSES) are never labelled, however they are phrased.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date,
  four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født", "f." or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE covers Danish 8-digit numbers from the MOBILE and LANDLINE ranges (70 and 80 never as
  a person's number), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", country code inside the span, and foreign numbers from fiction ranges only,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). Organisations' 70/80 lines, 114 and
  1813 are never PHONE. A MobilePay number is a PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's
  and the organisations' too; masked ones ("s***@example.com") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only
  the account is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH),
  grouped by four or compact. CARD: Luhn-valid with a test prefix (TEST_PREFIXES), grouped by
  four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY". OTP: a one-time code sent, asked for or
  given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate
  ("BK 41 207", "BK41207"). No CVV, passport or driving-licence numbers occur.
- Hard negatives, never labelled: microchip numbers ("208 098 100 123 456", "208 0981 0012
  3456"), pet passport numbers, vaccine batch numbers, amounts ("2.500 kr.", "kr. 850,00"),
  dates and clock times ("03.12.26", "kl. 19.14", "[19:02]", "2026-12-03 09:14"), case,
  journal, order and police journal numbers, CVR numbers, masked values ("120365-xxxx",
  "+45 ** ** ** 31", "s***@example.com", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932", "BK ** ***"), organisations' 70/80 lines, companies, kennels, banks,
  products, breeds and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins (STAND_INS) and pseudonyms (PSEUDONYMS) remain.
  No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind96 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 96_9697
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "klageformular",
    "politianmeldelse",
    "journal",
    "chat",
    "mail",
    "indsigelse",
    "opkald",
    "sagsoversigt",
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
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)

WOMEN = ("Mette", "Birgitte", "Karen", "Signe", "Ida", "Freja", "Lærke", "Astrid", "Inger",
         "Grethe", "Bodil", "Lone", "Tina", "Camilla", "Rikke", "Sofie", "Emma", "Clara",
         "Nanna", "Josefine", "Maja", "Hanne", "Ulla", "Jytte", "Vibeke", "Aisha", "Fatima",
         "Zeynep", "Hoa", "Agnieszka", "Leyla", "Marianne", "Pernille", "Trine", "Stine",
         "Dorthe", "Anja", "Elif", "Sara", "Malene")  # fmt: skip
MEN = ("Jens", "Søren", "Henrik", "Mikkel", "Rasmus", "Frederik", "Oliver", "Magnus", "Poul",
       "Erik", "Kurt", "Bent", "Torben", "Jesper", "Kasper", "Mads", "Anders", "Bjarne",
       "Niels", "Ole", "Preben", "Villads", "Emil", "Noah", "Ahmed", "Mehmet", "Omar", "Piotr",
       "Dung", "Kenneth", "Brian", "Dennis", "Allan", "Carsten", "Tobias", "Jonas", "Hamid",
       "Sebastian", "Arne", "Leif")  # fmt: skip
SURNAMES = ("Holm", "Bech", "Kjeldsen", "Thygesen", "Vestergaard", "Mortensen", "Lauridsen",
            "Bruun", "Dalsgaard", "Kragh", "Overgaard", "Riis", "Skovbo", "Lindholm", "Fogh",
            "Winther", "Mahmoud", "Yilmaz", "Kowalski", "Tran", "Hussein", "Demir", "Nowak",
            "Rahimi", "Østergaard", "Ravn", "Krog", "Ebbesen", "Hviid", "Sørup", "Nygaard",
            "Munk", "Thorsen", "Bendtsen", "Iversen", "Ahmadi", "Lund", "Kirkegaard")  # fmt: skip
DOUBLE = ("Bech-Thomsen", "Krogh-Madsen", "Lind-Hansen", "Ravn-Jessen", "Holm-Nielsen",
          "Skov-Jepsen", "Munk-Petersen", "Dahl-Rasmussen", "Yilmaz-Kjær",
          "Fogh-Larsen")  # fmt: skip
MIDDLES = ("Marie", "Louise", "Skov", "Juul", "Kamp", "Thi", "Bach", "Kristine", "Aagaard",
           "Emilie", "Møller", "Bay")  # fmt: skip
STREETS = ("Rønnebærvej", "Kirsebærhaven", "Solsortevej", "Tranegårdsvej", "Agerhønevej",
           "Præstemarksvej", "Lærkevang", "Skovbrynet", "Fuglebakken", "Møllehøjvej",
           "Egeskovvej", "Højagervej", "Bøgeløkken", "Strandparken", "Kastanievej",
           "Vindeltrappen", "Langdyssen", "Hasselvænget", "Teglværksvej",
           "Markskellet")  # fmt: skip
TOWNS = (("4000", "Roskilde"), ("5700", "Svendborg"), ("8660", "Skanderborg"),
         ("7100", "Vejle"), ("9200", "Aalborg SV"), ("2650", "Hvidovre"), ("4600", "Køge"),
         ("6000", "Kolding"), ("8240", "Risskov"), ("3400", "Hillerød"), ("4200", "Slagelse"),
         ("6700", "Esbjerg"), ("7400", "Herning"), ("2730", "Herlev"), ("5250", "Odense SV"),
         ("8900", "Randers C"), ("4760", "Vordingborg"), ("9800", "Hjørring"))  # fmt: skip
# The organisations' own premises: (name, street and number, postcode and town).
ORG_PLACES = (
    ("Dyreværnet Sjælland", "Tåstrup Hovedgade 212", "2630 Taastrup"),
    ("Dyreværnet Sjælland, internatet", "Ejbymosevej 41", "4632 Bjæverskov"),
    ("Dyreklinikken Ved Fjorden", "Fjordvejen 18", "4300 Holbæk"),
    ("Dyreklinikken Ved Fjorden, afdeling Jyderup", "Slagelsevej 7", "4450 Jyderup"),
    ("Midt- og Vestsjællands Politi", "Klostermarken 10", "4300 Holbæk"),
    ("Sydøstjyllands Politi", "Jens Bangs Gade 2", "8700 Horsens"),
    ("Sparekassen Nordvest", "Algade 56", "4760 Vordingborg"),
    ("Zoo & Pote", "Bymidten 33", "3500 Værløse"),
    ("Dansk Hunderegister", "Parkvej 300", "2600 Glostrup"),
)
ORG_ADDRESSES = tuple(f"{street}, {town}" for _, street, town in ORG_PLACES) + tuple(
    f"{street}\n{town}" for _, street, town in ORG_PLACES
)
ORG_LINES = ("70 27 14 90", "80 40 22 22", "70 33 18 50", "7010 6600", "80 20 14 14")
COMPANIES = ("Dyreværnet Sjælland", "Dyreklinikken Ved Fjorden", "Dansk Hunderegister",
             "Zoo & Pote", "Hvalpetjek.dk", "Kennel Solbakken", "Hvalpehuset Bakkely",
             "Kennel Fjordglimt", "Pawsome Puppies ApS", "Golden Hill Kennel")  # fmt: skip
ALIAS_UNITS = ("Kennel Solbakken", "Hvalpehuset Bakkely", "Kennel Fjordglimt",
               "Pawsome Puppies ApS", "Golden Hill Kennel")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sparekassen Nordvest", "Arbejdernes Landsbank",
         "Lunar", "Revolut")  # fmt: skip
PRODUCTS = ("MobilePay", "DBA", "Facebook Marketplace", "Guloggratis", "Nobivac DHPPi",
            "Versican Plus", "Bravecto", "Royal Canin Puppy")  # fmt: skip
PLATFORMS = PRODUCTS[1:4]
BREEDS = ("fransk bulldog", "golden retriever", "cavalier king charles", "pomeranian",
          "labrador", "chihuahua", "dværgpuddel", "maltipoo", "border collie", "mops")  # fmt: skip
PETS = ("Bella", "Molly", "Bamse", "Luna", "Charlie", "Kiki", "Otto", "Nala", "Buster", "Coco")
FAMILY = ("min mand", "min kone", "vores datter", "min søn", "min mor", "min kæreste")
PSEUDONYMS = ("Køber A", "Køber B", "Sælger 1", "Sælger 2", "Ejer A", "Anmelder 1", "Vidne 1")
STAND_INS = ("[NAVN]", "NN", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
             "[bruger-id]", "[nummerplade]", "[fødselsdato]")  # fmt: skip
STAFF = (("Karina", "Brask"), ("Lasse", "Hedegaard"), ("Nadia", "Qureshi"), ("Ulrik", "Dam"),
         ("Gitte", "Sommer-Nielsen"), ("Peter", "Vad"))  # fmt: skip
DOMAINS = ("example.dk", "example.com", "example.net", "post.example.dk", "mail.example.com")
ORG_MAIL = ("hvalpesager@dyrevaern.example.dk", "klinik@vedfjorden.example.dk",
            "indsigelse@sparekassen.example.dk")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "424242", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "PL": 28, "LT": 20, "GB": 22, "NL": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.first, self.middle, self.last) if part)


class Doc:
    """A text built piece by piece; a value is labelled, or in a negative replaced by a stand-in."""

    def __init__(self, rnd: random.Random, negative: bool) -> None:
        self.r, self.negative = rnd, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def t(self, *texts: str) -> None:
        for text in texts:
            self.parts.append(text)
            self.length += len(text)

    def v(self, kind: str, value: str, stand_in: str | None = None) -> None:
        if self.negative:
            self.t(stand_in if stand_in is not None else self.stand_in(kind, value))
            return
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        self.t(value)

    def stand_in(self, kind: str, value: str) -> str:
        """What pseudonymisation leaves of a value: a stand-in, a pseudonym or a masked form."""
        r = self.r
        digits = "".join(c for c in value if c.isdigit())
        if kind == "PERSON":
            return r.choice((*PSEUDONYMS, "[NAVN]", "[NAVN]", "NN"))
        if kind == "EMAIL":
            return r.choice(("[e-mail]", f"{value[0]}***@{value.split('@')[1]}"))
        if kind == "IBAN":
            return f"{value[:4]}{'X' * (len(value.replace(' ', '')) - 8)}{digits[-4:]}"
        if kind == "NUMBER_PLATE":
            return r.choice(("[nummerplade]", f"{value[:2]} ** ***"))
        masked = {
            "ADDRESS": ("[ADRESSE]",),
            "CPR": ("[CPR]", f"{digits[:6]}-xxxx"),
            "DATE_OF_BIRTH": ("[fødselsdato]", f"xx.xx.{value[-4:]}"),
            "PHONE": ("[TLF]", f"+45 ** ** ** {digits[-2:]}"),
            "BANK_ACCOUNT": ("[kontonr.]", f"******{digits[-4:]}"),
            "CARD": ("**** **** **** " + digits[-4:], "******" + digits[-4:]),
            "CARD_EXPIRY": ("xx/xx",),
            "OTP": ("[kode]",),
            "MITID_USER": ("[bruger-id]",),
        }
        return r.choice(masked[kind])

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values


def person(r: random.Random) -> Person:
    first = r.choice(WOMEN + MEN)
    last = r.choice(DOUBLE) if r.random() < 0.22 else r.choice(SURNAMES)
    middle = r.choice(MIDDLES) if r.random() < 0.25 else ""
    return Person(first, last, middle)


def genitive_person(r: random.Random) -> Person:
    """A person whose first name takes a plain genitive s."""
    while True:
        p = person(r)
        if p.first[-1] not in "sxz":
            return p


def birth(r: random.Random) -> date:
    return date(1941, 1, 1) + timedelta(days=r.randrange(365 * 65))


def mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def cpr(r: random.Random, born: date) -> str:
    """A synthetic CPR number for a birth date: fitting century digit, failing modulus 11."""
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else r.choice("0123")
    while True:
        number = head + century + f"{r.randrange(1000):03d}"
        if not mod11(number):
            break
    form = r.randrange(4)
    return (
        f"{number[:6]}-{number[6:]}",
        number,
        f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
        f"{number[:6]} {number[6:]}",
    )[form]


def birth_date(r: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return r.choice(
        (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
    )


def phone(r: random.Random, foreign: float = 0.0) -> str:
    if r.random() < foreign:
        if r.random() < 0.5:
            return f"+44 7700 900{r.randrange(1000):03d}"
        return f"+46 70 174 06 {r.randrange(5, 100):02d}"
    lead = r.choice(MOBILE) if r.random() < 0.8 else r.choice(LANDLINE)
    n = lead + f"{r.randrange(10**6):06d}"
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    return r.choice(
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


def fold(text: str) -> str:
    return text.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "-": ""}))


def email(r: random.Random, p: Person) -> str:
    first, last = fold(p.first), fold(p.last)
    local = r.choice(
        (f"{first}.{last}", f"{first}{r.randrange(10, 99)}", f"{first[0]}{last}", f"{last}.{first}")
    )
    return f"{local}@{r.choice(DOMAINS)}"


def mitid(r: random.Random, p: Person) -> str:
    tail = r.choice((f"{r.randrange(10, 100)}", f"{r.randrange(1950, 2006)}"))
    return fold(r.choice((p.first, p.last.split("-")[0], p.first + p.last[:3]))) + tail


def account(r: random.Random) -> tuple[str, str]:
    reg = f"{r.randrange(1000, 9999)}"
    length = r.choice((7, 8, 10))
    return reg, f"{r.randrange(10**length):0{length}d}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def card(r: random.Random) -> str:
    body = r.choice(TEST_PREFIXES)
    body += "".join(str(r.randrange(10)) for _ in range(15 - len(body)))
    number = body + luhn_digit(body)
    return grouped(number) if r.random() < 0.6 else number


def expiry(r: random.Random) -> str:
    month, year = r.randrange(1, 13), r.randrange(26, 32)
    return f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"


def iban(r: random.Random) -> str:
    country = r.choice(("DK", "DK", "DE", "PL", "LT", "GB", "NL"))
    length = IBAN_LENGTH[country]
    letters = 4 if country in ("GB", "NL") else 0
    bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
    bban += "".join(str(r.randrange(10)) for _ in range(length - 4 - letters))
    numeric = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    compact = f"{country}{98 - numeric % 97:02d}{bban}"
    return grouped(compact) if r.random() < 0.6 else compact


def plate(r: random.Random) -> str:
    letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
    n = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
    return f"{letters} {n[:2]} {n[2:]}" if r.random() < 0.7 else letters + n


def otp(r: random.Random) -> str:
    return f"{r.randrange(10**5, 10**6)}" if r.random() < 0.8 else f"{r.randrange(10**7, 10**8)}"


def chip(r: random.Random) -> str:
    """A microchip number (ISO, Danish 208 prefix), always grouped: a hard negative."""
    rest = f"{r.randrange(10**12):012d}"
    if r.random() < 0.5:
        return "208 " + " ".join(rest[i : i + 3] for i in range(0, 12, 3))
    return "208 " + " ".join(rest[i : i + 4] for i in range(0, 12, 4))


def amount(r: random.Random) -> str:
    kroner = r.choice((500, 750, 1000, 1500, 2000, 2500, 3000, 4500, 6000, 8500, 12000, 14500))
    text = f"{kroner:,}".replace(",", ".")
    return r.choice((f"{text} kr.", f"kr. {text},00", f"{text},00 kr."))


def case_no(r: random.Random) -> str:
    return f"DV-26-{r.randrange(10000, 99999)}"


def police_no(r: random.Random) -> str:
    district = r.choice(("0400", "3500", "0900"))
    return f"{district}-{r.randrange(80100, 80999)}-{r.randrange(10000, 99999)}-26"


def day(r: random.Random) -> date:
    return date(2026, 9, 1) + timedelta(days=r.randrange(100))


def clock(r: random.Random) -> str:
    return f"{r.randrange(7, 23):02d}.{r.randrange(60):02d}"


def org(r: random.Random, index: int | None = None) -> tuple[str, str, str]:
    return ORG_PLACES[index] if index is not None else r.choice(ORG_PLACES)


def org_line(d: Doc, index: int | None = None) -> None:
    """One of many natural phrasings of an organisation's own address (never labelled)."""
    r = d.r
    name, street, town = org(r, index)
    phrasing = r.randrange(8)
    if phrasing == 0:
        d.t(f"{name} · {street}, {town} · tlf. {r.choice(ORG_LINES)}\n")
    elif phrasing == 1:
        d.t(f"Kom ind på {street}, {town}, hvis I har spørgsmål.\n")
    elif phrasing == 2:
        d.t(f"Papirerne kan afhentes i {name.split(',')[0]}, {street}, {town}.\n")
    elif phrasing == 3:
        d.t(f"Vores afdeling på {street}, {town} har åbent man-fre kl. 9-16.\n")
    elif phrasing == 4:
        d.t(f"{name}\n{street}\n{town}\n")
    elif phrasing == 5:
        d.t(f"Åbningstider {street}, {town}: man-tors 8-18, fre 8-15, lør 9-12.\n")
    elif phrasing == 6:
        d.t(f"Besøgsadresse: {street}, {town} (parkering i gården)\n")
    else:
        d.t(f"Dyret er indleveret på {street}, {town} og bliver der indtil videre.\n")


def address(d: Doc, block: bool | None = None) -> None:
    """A private address, on one line with a comma, on two lines, or street and number only."""
    r = d.r
    street = f"{r.choice(STREETS)} {r.randrange(1, 160)}{r.choice(('', '', '', 'A', 'B'))}"
    if r.random() < 0.3:
        street += f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
    postcode, town = r.choice(TOWNS)
    two_lines = r.random() < 0.5 if block is None else block
    d.v("ADDRESS", f"{street}{chr(10) if two_lines else ', '}{postcode} {town}")


def named(d: Doc, p: Person, form: str = "full") -> None:
    value = {
        "full": p.full,
        "first": p.first,
        "lower": p.first.lower(),
        "upper": p.full.upper(),
        "surname": f"{p.last}, {p.first}",
        "initial": f"{p.first[0]}. {p.last}",
        "genitive": p.first + "s",
    }[form]
    stand_in = "[NAVN]s" if form == "genitive" else None
    d.v("PERSON", value, stand_in)


def staff(r: random.Random) -> Person:
    first, last = r.choice(STAFF)
    return Person(first, last)


def masked_mail(r: random.Random) -> str:
    return f"{r.choice('skmjtp')}***@{r.choice(DOMAINS)}"


def street_without_number(d: Doc) -> None:
    d.t(f"Overdragelsen skulle ske på en parkeringsplads ved {d.r.choice(STREETS)}. ")


def pay_line(d: Doc, seller: Person) -> None:
    """How the deposit went to the seller: MobilePay, account, IBAN or card."""
    r = d.r
    way = r.randrange(4)
    d.t(f"Jeg betalte {amount(r)} i depositum ")
    if way == 0:
        d.t("via MobilePay til ")
        d.v("PHONE", phone(r, 0.15))
        d.t(f" (navnet {seller.first} {seller.last[0]}. stod i appen).\n")
    elif way == 1:
        reg, number = account(r)
        if r.random() < 0.5:
            d.t(f"ved bankoverførsel til reg.nr. {reg}, kontonr. ")
            d.v("BANK_ACCOUNT", number)
        else:
            d.t("ved overførsel til konto ")
            d.v("BANK_ACCOUNT", f"{reg}{r.choice(' -')}{number}")
        d.t(".\n")
    elif way == 2:
        d.t("til en udenlandsk konto, IBAN ")
        d.v("IBAN", iban(r))
        d.t(".\n")
    else:
        d.t("med mit kort ")
        d.v("CARD", card(r))
        d.t(", udløb ")
        d.v("CARD_EXPIRY", expiry(r))
        d.t(", på et link sælgeren sendte.\n")


# ---------------------------------------------------------------- genres


def complaint(d: Doc) -> None:
    r = d.r
    buyer, seller = person(r), person(r)
    when = day(r)
    d.t(f"Dyreværnet Sjælland · Klage over dyresalg · sag {case_no(r)}\n")
    d.t(f"Indsendt {when.isoformat()} {clock(r).replace('.', ':')} via hvalpetjek-formularen\n\n")
    d.t("Navn: ")
    named(d, buyer, r.choice(("full", "full", "upper")))
    d.t("\nAdresse: ")
    address(d)
    d.t("\nTelefon: ")
    d.v("PHONE", phone(r))
    d.t("\nE-mail: ")
    d.v("EMAIL", email(r, buyer))
    if r.random() < 0.5:
        d.t("\nCPR-nr. (kun til politianmeldelsen): ")
        d.v("CPR", cpr(r, birth(r)))
    breed, pet = r.choice(BREEDS), r.choice(PETS)
    d.t(f"\n\nAnnoncen lå på {r.choice(PLATFORMS)}: {breed}-hvalpe, stambog, vaccineret.\n")
    d.t("Sælgeren præsenterede sig som ")
    d.v("PERSON", seller.first)
    d.t(f" fra {r.choice(ALIAS_UNITS)} og skrev fra ")
    d.v("PHONE", phone(r, 0.3))
    d.t(f". Hvalpen ({pet}) skulle have chip {chip(r)}, men den findes ikke i ")
    d.t("Dansk Hunderegister.\n")
    pay_line(d, seller)
    if r.random() < 0.4:
        street_without_number(d)
    d.t(f"Efter betalingen blev jeg blokeret. {r.choice(FAMILY).capitalize()} har også skrevet ")
    d.t(f"til sælgerens mail {masked_mail(r)}, uden svar.\n\n")
    d.t("Svar fra Dyreværnet: Tak for din henvendelse.\n")
    org_line(d, r.choice((0, 1)))


def police(d: Doc) -> None:
    r = d.r
    p, seller = person(r), person(r)
    born = birth(r)
    station, street, town = r.choice(ORG_PLACES[4:6])
    d.t(f"{station} · Anmeldelse af bedrageri (straffelovens § 279)\n")
    d.t(f"Journalnr. {police_no(r)} · modtaget {day(r).strftime('%d.%m.%y')} kl. {clock(r)}\n\n")
    d.t("ANMELDER: ")
    named(d, p, "upper")
    d.t("\nCPR-nr.: ")
    d.v("CPR", cpr(r, born))
    d.t(r.choice(("\nFødselsdato: ", " (født ", " (f. ")))
    d.v("DATE_OF_BIRTH", birth_date(r, born))
    if d.parts[-2].startswith(" ("):
        d.t(")")
    d.t("\nBopæl: ")
    address(d, block=False)
    d.t("\nTlf.: ")
    d.v("PHONE", phone(r))
    d.t(f"\n\nAnmelder har købt en {r.choice(BREEDS)}-hvalp via {r.choice(PLATFORMS)} og ")
    d.t(f"betalt {amount(r)}, som gik til ")
    if r.random() < 0.55:
        d.t("IBAN ")
        d.v("IBAN", iban(r))
    else:
        reg, number = account(r)
        d.t(f"reg. {reg} konto ")
        d.v("BANK_ACCOUNT", number)
    d.t(". Sælger, der kaldte sig ")
    named(d, seller, r.choice(("full", "first")))
    d.t(", mødte op i en bil med nummerplade ")
    d.v("NUMBER_PLATE", plate(r))
    d.t(f" og afleverede en syg hvalp med et falsk vaccinationskort ({r.choice(PRODUCTS[4:6])}, ")
    d.t(f"batch {r.choice('ABK')}{r.randrange(100, 999)}B{r.randrange(10, 99)}).\n")
    if r.random() < 0.5:
        d.t("Vidne: ")
        named(d, person(r), r.choice(("full", "surname")))
        d.t(", tlf. ")
        d.v("PHONE", phone(r))
        d.t(".\n")
    d.t("Anmeldelsen er modtaget ved personligt fremmøde på ")
    d.t(f"{street}, {town}. Anmelder er vejledt om {r.choice(ORG_LINES[:1])} og 114.\n")


def journal(d: Doc) -> None:
    r = d.r
    owner, vet = person(r), staff(r)
    d.t("Dyreklinikken Ved Fjorden\n")
    org_line(d, r.choice((2, 3)))
    pet, breed = r.choice(PETS), r.choice(BREEDS)
    d.t(f"\nJournal 26-{r.randrange(10000, 99999)} · {day(r).strftime('%d.%m.%Y')}")
    d.t(f" kl. {clock(r)}\nPatient: {pet}, {breed}, ca. {r.randrange(7, 13)} uger\n")
    d.t("Ejer: ")
    named(d, owner, "surname")
    d.t("\n")
    address(d, block=True)
    d.t("\nTlf. ")
    d.v("PHONE", phone(r))
    if r.random() < 0.6:
        d.t(" · ")
        d.v("EMAIL", email(r, owner))
    d.t(f"\n\nChip aflæst: {chip(r)}. Pas (EU-dyrepas DK0980-{r.randrange(10**5, 10**6)}) ")
    d.t(f"angiver chip {chip(r)} – stemmer ikke. Vaccinationsstempel fra en klinik, der ikke ")
    d.t(f"findes. Parvo-test positiv. Indlagt, væske og {r.choice(PRODUCTS[6:])}.\n")
    d.t("Ejer oplyser, at sælgeren ")
    named(d, person(r), r.choice(("full", "first")))
    d.t(" stadig annoncerer. ")
    if r.random() < 0.5:
        d.t("Sælgers nr. ifølge ejer: ")
        d.v("PHONE", phone(r, 0.3))
        d.t(". ")
    d.t(f"Betalt {amount(r)} med kort **** **** **** {r.randrange(1000, 9999)}.\n")
    d.t("Dyrlæge ")
    named(d, vet, r.choice(("initial", "full")))
    d.t("\n")


CHAT_OPENERS = ("Hej, er hvalpen stadig til salg?", "Hej! Har du flere hvalpe tilbage?",
                "Hej, jeg skriver angående annoncen med hvalpene")  # fmt: skip


def chat(d: Doc) -> None:
    r = d.r
    buyer, seller = person(r), person(r)
    buyer_form = r.choice(("lower", "first", "full"))
    names = {"k": (buyer, buyer_form, "Køber A"), "s": (seller, "first", "Sælger 1")}
    minute = r.randrange(8 * 60, 21 * 60)

    def say(who: str, *pieces: tuple[str, str] | str) -> None:
        nonlocal minute
        minute += r.randrange(1, 6)
        d.t(f"[{minute // 60:02d}:{minute % 60:02d}] ")
        p, form, pseudonym = names[who]
        if form == "lower":
            d.v("PERSON", p.first.lower(), pseudonym)
        elif form == "full":
            d.v("PERSON", p.full, pseudonym)
        else:
            d.v("PERSON", p.first, pseudonym)
        d.t(": ")
        for piece in pieces:
            if isinstance(piece, tuple):
                d.v(*piece)
            else:
                d.t(piece)
        d.t("\n")

    d.t(f"Samtale eksporteret fra {r.choice(PLATFORMS)} {day(r).strftime('%d.%m.%y')} ")
    d.t(f"(annonce: {r.choice(BREEDS)}-hvalpe, {amount(r)})\n")
    say("k", r.choice(CHAT_OPENERS))
    say("s", f"Ja. Depositum {amount(r)} så er den din. Chip {chip(r)}, vaccineret")
    say("k", "Hvor kan vi hente den? Mit nr er ", ("PHONE", phone(r)))
    steps = r.sample(range(6), 4)
    for step in steps:
        if step == 0:
            say("s", "MobilePay til ", ("PHONE", phone(r, 0.3)), " og skriv hvalp i teksten")
            say("k", "sendt")
        elif step == 1:
            say("s", "Send til min konto ", ("IBAN", iban(r)), ", jeg er i Polen med kuldet")
        elif step == 2:
            say("s", "Vi laver fragt. Skriv kortnr og udløb så trækker fragtfirmaet")
            say("k", ("CARD", card(r)), " udløb ", ("CARD_EXPIRY", expiry(r)))
        elif step == 3:
            say("s", "Du får en kode på sms nu, skriv den her")
            say("k", ("OTP", otp(r)))
        elif step == 4:
            say("s", "Forsikringen skal bruge dit MitID bruger-id")
            say("k", "det er ", ("MITID_USER", mitid(r, buyer)))
        else:
            say("s", "Jeg kommer i en sort Passat, ", ("NUMBER_PLATE", plate(r)))
            say("k", "Kan du komme til ", ("ADDRESS", address_value(r)), "?")
    say("k", f"Hvorfor svarer du ikke? {r.choice(FAMILY).capitalize()} siger det er fup")
    say("s", "Hvalpen er syg, du får pengene retur i morgen")


def address_value(r: random.Random) -> str:
    postcode, town = r.choice(TOWNS)
    return f"{r.choice(STREETS)} {r.randrange(1, 160)}, {postcode} {town}"


def mail(d: Doc) -> None:
    r = d.r
    buyer, worker = person(r), staff(r)
    buyer_mail = email(r, buyer)
    case = case_no(r)
    d.t("Fra: ")
    named(d, buyer)
    d.t(" <")
    d.v("EMAIL", buyer_mail)
    d.t(">\nTil: ")
    d.v("EMAIL", ORG_MAIL[0])
    d.t(f"\nEmne: Hvalpesnyd – {case}\nDato: {day(r).isoformat()} {clock(r).replace('.', ':')}\n\n")
    d.t(f"Hej. Vi har købt en {r.choice(BREEDS)} gennem {r.choice(ALIAS_UNITS)}. ")
    d.t(f"Sælgeren skrev fra {masked_mail(r)} og ringede fra ")
    d.v("PHONE", phone(r, 0.35))
    d.t(". ")
    if r.random() < 0.5:
        d.t("Jeg bor på ")
        address(d, block=False)
        d.t(" og kan komme forbi. ")
    else:
        street_without_number(d)
    d.t("Mit nummer er ")
    d.v("PHONE", phone(r))
    d.t(".\n\nMvh ")
    named(d, buyer, r.choice(("first", "full")))
    d.t("\n\n-----\nFra: ")
    named(d, worker, r.choice(("full", "initial")))
    d.t(" <")
    d.v("EMAIL", f"{fold(worker.first)}.{fold(worker.last)}@dyrevaern.example.dk")
    d.t(">\nTil: ")
    d.v("EMAIL", buyer_mail)
    d.t("\n\nKære ")
    named(d, buyer, "first")
    d.t(f". Vi har registreret sagen som {case} og sendt chipnummeret ({chip(r)}) til ")
    d.t("Dansk Hunderegister. Anmeld også forholdet til politiet på 114 eller politi.dk.\n")
    d.t("Venlig hilsen\n")
    named(d, worker, "initial")
    d.t(", sagsbehandler\n")
    org_line(d, r.choice((0, 1)))


def dispute(d: Doc) -> None:
    r = d.r
    holder = person(r)
    born = birth(r)
    bank = r.choice(BANKS)
    d.t(f"{bank} · Indsigelse mod kortbetaling · sag {r.randrange(100000, 999999)}\n")
    d.t("Kortholder: ")
    named(d, holder, r.choice(("full", "surname", "upper")))
    d.t("\nCPR-nr.: ")
    d.v("CPR", cpr(r, born))
    if r.random() < 0.5:
        d.t("\nFødselsdato: ")
        d.v("DATE_OF_BIRTH", birth_date(r, born))
    d.t("\nKortnummer: ")
    d.v("CARD", card(r))
    d.t("  Udløb: ")
    d.v("CARD_EXPIRY", expiry(r))
    d.t(f"\nBetaling {day(r).strftime('%d.%m.%y')} kl. {clock(r)}: {amount(r)} til ")
    d.t(f'"{r.choice(ALIAS_UNITS)}" (hvalp, {r.choice(BREEDS)}).\n')
    d.t("Kunden oplyser at have modtaget engangskoden ")
    d.v("OTP", otp(r))
    d.t(" pr. sms og læst den op for sælgeren. Bruger-id til MitID oplyst i samme opkald: ")
    d.v("MITID_USER", mitid(r, holder))
    d.t(".\nKundens konto til tilbageførsel: ")
    reg, number = account(r)
    d.v("BANK_ACCOUNT", f"{reg}-{number}")
    d.t("\nKontakt: ")
    d.v("PHONE", phone(r))
    d.t(f". Kort spærret, nyt kort sendt. Tidligere kort ******{r.randrange(1000, 9999)}.\n")
    if bank == "Sparekassen Nordvest":
        _, street, town = ORG_PLACES[6]
        d.t(f"Ekspederet i filialen på {street}, {town}.\n")
    else:
        d.t("Kunden er henvist til Dyreværnet Sjælland:\n")
        org_line(d, r.choice((0, 1)))


def call(d: Doc) -> None:
    r = d.r
    caller = genitive_person(r)
    d.t(f"Opkaldsnotat – Dyreværnets hvalpelinje {ORG_LINES[0]}, ")
    d.t(f"{day(r).strftime('%d.%m.%y')} kl. {clock(r)}\nOpkalder: ")
    named(d, caller, r.choice(("full", "first")))
    if r.random() < 0.5:
        d.t(" (f. ")
        d.v("DATE_OF_BIRTH", birth_date(r, birth(r)))
        d.t(")")
    d.t(", tlf. ")
    d.v("PHONE", phone(r))
    d.t("\n\n")
    named(d, caller, "genitive")
    d.t(f" {r.choice(('datter', 'søn', 'nabo'))} har købt en {r.choice(BREEDS)} til {amount(r)}, ")
    d.t("og sælgeren hentede pengene kontant og kørte i en bil med nummerpladen ")
    d.v("NUMBER_PLATE", plate(r))
    d.t(". Han bor angiveligt på ")
    address(d, block=False)
    d.t(f". Hvalpens chip {chip(r)} er registreret på en anden hund. ")
    d.t("Opkalder henvist til politiet (114).\n")
    org_line(d, r.choice((1, 2, 3, 7)))


def overview(d: Doc) -> None:
    r = d.r
    alias = person(r)
    d.t(f'Sagsoversigt {case_no(r)} – formodet fup-sælger "')
    d.v("PERSON", alias.first)
    d.t(f'" ({r.choice(ALIAS_UNITS)})\n\nForurettede:\n')
    for i in range(1, r.randrange(3, 5)):
        d.t(f"{i}. ")
        named(d, person(r), r.choice(("surname", "surname", "full", "upper")))
        d.t(", ")
        address(d, block=False)
        d.t(", tlf. ")
        d.v("PHONE", phone(r))
        d.t(f", betalt {amount(r)}\n")
    d.t("\nSælgers konti: ")
    d.v("IBAN", iban(r))
    d.t(" og ")
    reg, number = account(r)
    d.v("BANK_ACCOUNT", f"{reg} {number}")
    d.t("\nKøretøj set ved overdragelser: ")
    d.v("NUMBER_PLATE", plate(r))
    if r.random() < 0.5:
        d.t(" og ")
        d.v("NUMBER_PLATE", plate(r))
    d.t(f"\nChipnumre i annoncerne: {chip(r)}, {chip(r)} (ingen registreret).\n")
    street_without_number(d)
    d.t("\nOversendt til politiet.\n")
    org_line(d, r.choice((0, 1)))
    d.t("Sagsbehandler: ")
    named(d, staff(r), r.choice(("initial", "full")))
    d.t(" (")
    d.v("EMAIL", ORG_MAIL[0])
    d.t(")\n")


WRITERS: dict[str, Callable[[Doc], None]] = dict(
    zip(GENRES, (complaint, police, journal, chat, mail, dispute, call, overview), strict=True)
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rnd = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], i >= size - negatives) for i in range(size)]
    rnd.shuffle(plan)
    docs = []
    for number, (genre, negative) in enumerate(plan, 1):
        d = Doc(rnd, negative)
        WRITERS[genre](d)
        docs.append(
            {
                "id": f"pii96-{number:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": d.text(),
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind96.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
