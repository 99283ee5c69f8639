"""A forty-fifth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is TECH-SUPPORT AND
REMOTE-ACCESS FRAUD (a fake Microsoft, bank or telco "support" that has the victim install
AnyDesk, TeamViewer or QuickSupport, then empties the account or runs a "refund" scam) as IT
helpdesks, managed-service providers, telcos' abuse desks, banks' fraud teams, the victims'
relatives and the police write about it, in eight genres: a managed-service provider's helpdesk
ticket (reporter, e-mail, phone, the code read out, the card typed, the home address for a new
laptop), a remote-session log as an analyst exports it (English log lines with timestamps,
session IDs, IPs and ports, the clipboard holding a card and a code, a transfer to a foreign
IBAN, the analyst's Danish notes), a telco abuse desk's e-mail (Fra:/Til:/Cc:/Emne:, a spoofed
70-number, a fiction-range foreign number, a quoted reply), a bank fraud team's call notes (CPR,
birth date, MitID user ID, card, expiry, CVV, account and IBAN paid to), a bank chat
("[09:14] Name:" lines), a police report (upper-case names, address blocks on two lines, a
courier's number plate, a young money mule's CPR), a relative's SMS thread (lower-case names, a
plate, a code, an address typed in lower case) and a fraud team's semicolon CSV export. The
names are Danes of all ages, Danes with roots elsewhere ("Hiba Mahmoud", "Duc Tran"), double
surnames ("Krogh-Madsen"), middle names, the organisations' own staff and the scammers' aliases.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("tekniker", "kunden", "vidne"); "Holm,
  Agnete" and "HOLM, AGNETE" are one span each; a genitive s belongs to it ("Agnetes"); a
  lower-case name in an SMS ("jonas") is PERSON; so is a first name alone in a greeting or a
  signature. A scammer's alias ("Kevin fra Microsoft") is PERSON, the company is not.
  Organisations, products, placeholders ("[NAVN]", "Kunde 2", "Bruger A", "Offer 1") and family
  words ("mor", "min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("12B", "2. th.",
  "st. tv.", "1.th.", "3. sal", "kl."), plus ", postcode town" on the same line or on the next
  line of an address block (line break included); in an SMS it may be typed in lower case. A
  street named without a number is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date with
  a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født", "f." or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE: Danish numbers of 8 digits from mobile and landline ranges (70, 80 and 90 never occur
  as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code inside the span; foreign numbers from fiction ranges only,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). An organisation's line (ORG_LINES, the
  police's 114) is never PHONE, not even when a scammer spoofs it.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and the
  scammers' too, mixed case kept as typed.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 12345678") are
  one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), 16 digits grouped by four, dashed by four or compact, or a
  15-digit one as "3782 822463 10005" or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3
  digits after "CVV", "CVC", "cvc", "kontrolcifre" or "sikkerhedskode". OTP: a one-time code
  sent, asked for, read out or typed (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207", lower case in an SMS).
- Hard negatives, never labelled: ticket, case, journal and order numbers ("INC0048213",
  "BF-26-08812", "j.nr. 1300-80215-00417-26"), AnyDesk and TeamViewer IDs ("482 117 903",
  "1 482 117 903", "482117903"), session IDs, IP addresses and ports ("203.0.113.45:7070"), MAC
  addresses, device names and serials, licence keys and gift-card codes, software versions,
  customer numbers ("kundenr. K-104822"), CVR numbers ("CVR-nr. 31234567"), dates and clock
  times ("04.03.26", "kl. 09.14", "[09:14]", "2026-03-04 09:14:22"), amounts ("24.999,00 kr.",
  "DKK 4.500", "EUR 1.250,00"), masked values ("040652-xxxx", "+45 ** ** ** 31",
  "b***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations'
  lines, companies, banks, products and family words. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[TLF]", "[CPR]") and
  pseudonyms ("Kunde 2") remain. No run of ten or more digits occurs outside a labelled
  identifier, and no loose eight-digit number but a CVR number or an organisation's line.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind44 OUT.jsonl`` writes the set; ``generate()`` returns it.
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

SIZE = 1000
NEGATIVES = 350
SEED = 44
GENRES = (
    "helpdesk_ticket",
    "session_log",
    "abuse_mail",
    "fraud_call_notes",
    "bank_chat",
    "police_report",
    "relative_sms",
    "csv_export",
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
# published test-card prefixes: Visa 4111/4242/4000, Mastercard 5555/5105/2223, Amex 3782/3714
TEST_PREFIXES = ("4111", "4242", "4000", "5555", "5105", "2223", "3782", "3714")
IBAN_LENGTH = {
    "DK": 18, "DE": 22, "GB": 22, "SE": 24, "NO": 15, "NL": 18,
    "LT": 20, "EE": 20, "PL": 28, "RO": 24, "ES": 24,
}  # fmt: skip
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49",
    "54", "55", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69",
    "72", "73", "74", "75", "76", "86", "87", "89", "96", "97", "98", "99",
)  # fmt: skip
# organisations' own lines (never PHONE): the banks', telcos' and helpdesks' 70 and 80 numbers
ORG_LINES = (
    "70 22 11 90",
    "70 40 50 60",
    "7012 3400",
    "80 33 11 22",
    "80 60 40 20",
    "+45 70 15 15 15",
    "70101044",
)

WOMEN = (
    "Agnete", "Birte", "Jytte", "Inger", "Lone", "Hanne", "Kirsten", "Grethe", "Ellen",
    "Tove", "Aase", "Vibeke", "Dorthe", "Bodil", "Gudrun", "Ulla", "Rigmor", "Astrid",
    "Nanna", "Signe", "Freja", "Mette", "Camilla", "Anne-Grethe", "Karin", "Solveig", "Edith",
    "Fatma", "Aisha", "Leyla", "Hiba", "Nour", "Zeynep", "Mariam", "Agnieszka", "Olena",
    "Priya", "Yasmin", "Elif", "Thuy", "Sofie", "Ida", "Marie-Louise", "Ruth", "Gerda",
)  # fmt: skip
MEN = (
    "Poul", "Erik", "Bent", "Jørgen", "Preben", "Finn", "Ole", "Henning", "Svend", "Knud",
    "Aage", "Leif", "Torben", "Flemming", "Bjarne", "Mogens", "Jens", "Anders", "Mikkel",
    "Rasmus", "Frederik", "Oliver", "Ahmed", "Mehmet", "Hassan", "Omar", "Bilal", "Tariq",
    "Kasper", "Jonas", "Piotr", "Tomasz", "Andriy", "Vikram", "Duc", "Karl-Erik", "Valdemar",
    "Ejnar", "Gunnar", "Palle", "Arne", "Villads", "Emil", "Niels-Peter", "Yusuf",
)  # fmt: skip
SURNAMES = (
    "Holm", "Rasmussen", "Kjeldsen", "Bækgaard", "Overgaard", "Skovbo", "Dalsgaard",
    "Thygesen", "Iversen", "Lauritsen", "Mikkelsen", "Bech", "Holst", "Krogh", "Munch",
    "Vestergaard", "Søndergaard", "Brøndum", "Kirkegaard", "Fabricius", "Toft", "Juhl",
    "Winther", "Ravn", "Hald", "Østergaard", "Jeppesen", "Nørgaard", "Friis", "Skytte",
    "Yilmaz", "Demir", "Hussein", "Khan", "Nowak", "Kowalski", "Nguyen", "Tran", "Haddad",
    "Mahmoud", "Abdi", "Warsame", "Kovalenko", "Singh", "Akhtar", "Qureshi", "Begić",
)  # fmt: skip
DOUBLE = ("Krogh-Madsen", "Holst-Jensen", "Bech-Olsen", "Skov-Larsen", "Friis-Hansen",
          "Hald-Nielsen", "Ravn-Pedersen", "Toft-Sørensen", "Juhl-Andersen")  # fmt: skip
MIDDLES = ("Marie", "Louise", "Kristine", "Juul", "Bach", "Skov", "Damgaard", "Kristian",
           "Aagaard", "Lykke", "Bundgaard")  # fmt: skip
# the scammers' aliases: the names they give on the phone and in the session's chat
ALIASES = ("Kevin", "Steve", "David", "Michael", "Tom", "Daniel", "Mark", "Alex",
           "Jason", "John", "Ryan", "Peter")  # fmt: skip
ALIAS_LAST = ("Miller", "Wilson", "Brown", "Anderson", "Carter", "Jensen", "Walker")
MULE_FIRST = ("Andrius", "Ion", "Mart", "Marius", "Laura", "Darius", "Kacper", "Elena")
MULE_LAST = ("Kazlauskas", "Popescu", "Tamm", "Petrauskas", "Wiśniewski", "Ionescu", "Kask")
STREETS = (
    "Engblommevej", "Lærkevænget", "Skovbrynet", "Møllegade", "Præstemarken", "Kirkestræde",
    "Vibevej", "Tjørnevej", "Åboulevarden", "Nørre Allé", "Søndre Ringvej", "Bakkedraget",
    "Hørmarken", "Gammel Kongevej", "Birkemosevej", "Fyrrevænget", "Kløvervej",
    "Teglværksvej", "Havnegade", "Jernbanegade", "Østre Stationsvej", "Rønnebærvej",
    "Kastanie Allé", "Vandværksvej", "Hyldegårdsvej", "Mågevej", "Porsevænget", "Ellehammersvej",
)  # fmt: skip
TOWNS = (
    ("2300", "København S"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"),
    ("6700", "Esbjerg"), ("7100", "Vejle"), ("4000", "Roskilde"), ("3000", "Helsingør"),
    ("8600", "Silkeborg"), ("6000", "Kolding"), ("4700", "Næstved"), ("7400", "Herning"),
    ("2650", "Hvidovre"), ("8900", "Randers C"), ("3400", "Hillerød"), ("4200", "Slagelse"),
    ("5700", "Svendborg"), ("9800", "Hjørring"), ("6400", "Sønderborg"), ("2800", "Kongens Lyngby"),
    ("7500", "Holstebro"), ("4600", "Køge"), ("9400", "Nørresundby"), ("8700", "Horsens"),
)  # fmt: skip
FLOORS = ("", "", "", ", st.", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 1.th.",
          ", 2. sal", ", kl.", ", 4. th.")  # fmt: skip

BANKS = ("Fjordbanken", "Egebjerg Sparekasse", "Lyngå Andelskasse", "Vestkyst Bank")
TELCOS = ("TeleKyst", "Nordlinje Mobil", "Fibernet Øst")
MSPS = ("Kystdata IT", "Helpdesk Nord ApS", "Drift & Sikkerhed A/S", "Bølge IT-service")
CLIENTS = ("Tandlægerne i Vejle ApS", "Revisionshuset Møn", "Bager Holm & Søn",
           "Vognmand Krarup", "Frisør Saks og Co.", "Boligforeningen Lyset")  # fmt: skip
COMPANIES = (*TELCOS, *MSPS, *CLIENTS, "Microsoft", "Apple Support", "Norton")
PRODUCTS = ("AnyDesk", "TeamViewer", "QuickSupport", "UltraViewer", "Windows Defender",
            "MitID", "MobilePay", "Netbank")  # fmt: skip
TOOLS = ("AnyDesk", "TeamViewer", "QuickSupport", "UltraViewer")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
CARS = ("grå Toyota Corolla", "sort VW Passat", "hvid Skoda Octavia", "blå Ford Focus",
        "sølvfarvet Kia Ceed", "mørk Audi A4")  # fmt: skip

Part = str | tuple[str, str]


def grouped(compact: str) -> str:
    """An IBAN or card number in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def dashed(compact: str) -> str:
    """A card number in dashed groups of four."""
    return grouped(compact).replace(" ", "-")


def amex(compact: str) -> str:
    """A fifteen-digit card as printed: 4, 6 and 5 digits."""
    return f"{compact[:4]} {compact[4:10]} {compact[10:]}"


def ascii_name(name: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ć", "c"), ("ś", "s"), ("é", "e")):
        name = name.lower().replace(a, b)
    return re.sub(r"[^a-z]", "", name)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def make_card(r: random.Random) -> str:
    prefix = r.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - 5))
    return body + luhn_digit(body)


def make_iban(r: random.Random, country: str) -> str:
    n = IBAN_LENGTH[country] - 4
    letters = 4 if country in ("GB", "NL", "RO") else 0
    bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters))
    bban += "".join(r.choice("0123456789") for _ in range(n - letters))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def make_cpr(r: random.Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    seventh = "4" if born.year >= 2000 else r.choice("0123")
    while True:
        digits = head + seventh + f"{r.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


CPR_FORMS: tuple[Callable[[str], str], ...] = (
    lambda d: f"{d[:6]}-{d[6:]}",
    lambda d: d,
    lambda d: f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
    lambda d: f"{d[:6]} {d[6:]}",
)


def pairs(d: str, sep: str = " ") -> str:
    return sep.join(d[i : i + 2] for i in range(0, 8, 2))


PHONE_FORMS: tuple[Callable[[str], str], ...] = (
    lambda d: f"+45 {d}",
    lambda d: f"+45 {pairs(d)}",
    lambda d: f"+45 {d[:4]} {d[4:]}",
    lambda d: f"{d[:4]} {d[4:]}",
    lambda d: f"(+45) {pairs(d)}",
    lambda d: f"0045 {d}",
    pairs,
    lambda d: d,
    lambda d: f"+45{d}",
    lambda d: pairs(d, "."),
)


def birth_forms(born: date) -> tuple[str, ...]:
    d, m, y = born.day, born.month, born.year
    return (
        f"{d}. {MONTHS[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}-{y}",
        f"{d:02d}-{m:02d}-{y}",
    )


@dataclass(eq=False)  # hashed by identity: a document's stand-ins are kept per person
class Person:
    first: str
    middle: str
    last: str
    female: bool
    born: date
    cpr: str
    phone: str
    mail: str
    mitid: str
    street: str
    number: str
    floor: str
    postcode: str
    town: str
    role: str

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)


def render(p: Person, form: str) -> str:
    """A name in one of its written forms."""
    if form == "first":
        return p.first
    if form == "gen":
        return p.first + "s" if p.first[-1] not in "sxz" else p.full
    if form == "comma":
        return f"{p.last}, {p.first}"
    if form == "upper":
        return p.full.upper()
    if form == "upper_comma":
        return f"{p.last}, {p.first}".upper()
    if form == "lower":
        return p.first.lower()
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form == "short":
        return f"{p.first} {p.last}"
    return p.full


def random_day(r: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=r.randrange((date(last, 12, 31) - start).days + 1))


def mail_for(r: random.Random, first: str, last: str, born: date, role: str, org: str) -> str:
    f, la = ascii_name(first), ascii_name(last)
    if role == "staff":
        return r.choice((f"{f[:2]}{la[:2]}", f"{f}.{la}", f"{f[0]}{la[:3]}")) + f"@{org}.example.dk"
    if role == "alias":
        return r.choice(
            (f"{f}.support@example.com", "refund.desk@example.net", f"ms-{f}@example.org")
        )
    local = r.choice(
        (
            f"{f}.{la}",
            f"{f}{la[0]}{born.year % 100:02d}",
            f"{la}.{f}",
            f"{f[0]}{la}",
            f"{f}_{born.year}",
        )
    )
    if r.random() < 0.1:
        local = local.capitalize()
    return f"{local}@{r.choice(('example.dk', 'post.example.dk', 'example.com', 'example.net'))}"


def make_person(r: random.Random, role: str, born_from: int, born_to: int, org: str) -> Person:
    female = r.random() < 0.55
    first = r.choice(WOMEN if female else MEN)
    last = r.choice(DOUBLE) if r.random() < 0.16 else r.choice(SURNAMES)
    middle = r.choice(MIDDLES) if r.random() < 0.22 else ""
    if role == "alias":
        first, last, middle = r.choice(ALIASES), r.choice(ALIAS_LAST), ""
    elif role == "mule" and r.random() < 0.6:
        first, last, middle = r.choice(MULE_FIRST), r.choice(MULE_LAST), ""
    born = random_day(r, born_from, born_to)
    if role == "alias" and r.random() < 0.5:
        phone = r.choice(
            (f"+44 7700 900{r.randrange(1000):03d}", f"+46 70 174 06 {r.randint(5, 99):02d}")
        )
    else:
        lead = r.choice(LANDLINE if born.year < 1950 and r.random() < 0.4 else MOBILE)
        phone = lead + f"{r.randrange(1000000):06d}"
    f = ascii_name(first)
    mitid = r.choice(
        (
            f"{f}{born.year % 100:02d}",
            f"{f}{ascii_name(last)[:3]}{born.year}",
            f"{f}.{ascii_name(last)}{born.year % 100:02d}",
            f"{f}_{born.year}",
        )
    )
    postcode, town = r.choice(TOWNS)
    number = str(r.randint(1, 148)) + (r.choice("ABC") if r.random() < 0.15 else "")
    return Person(
        first,
        middle,
        last,
        female,
        born,
        make_cpr(r, born),
        phone,
        mail_for(r, first, last, born, role, org),
        mitid,
        r.choice(STREETS),
        number,
        r.choice(FLOORS),
        postcode,
        town,
        role,
    )


# the pseudonyms a redacted copy uses for each role
PSEUDONYMS = {
    "victim": ("Kunde 2", "Bruger A", "Offer 1", "[NAVN]", "Kunde 1", "Bruger B"),
    "relative": ("Pårørende B", "[NAVN]", "Pårørende A"),
    "staff": ("Medarbejder C", "[NAVN]", "Medarbejder 3"),
    "witness": ("Vidne 1", "Vidne 2", "[NAVN]"),
    "alias": ("[alias]", "[NAVN]"),
    "mule": ("[modtager]", "[NAVN]", "Person C"),
}


class Fill:
    """Personal values: labelled in a positive document, stand-ins in a pseudonymised one."""

    def __init__(self, r: random.Random, positive: bool) -> None:
        self.r, self.pos = r, positive
        self.stand_in: dict[Person, str] = {}

    def person(
        self, role: str = "victim", born_from: int = 1934, born_to: int = 1962, org: str = ""
    ) -> Person:
        return make_person(self.r, role, born_from, born_to, ascii_name(org) or "kystdata")

    def lab(self, value: str, kind: str, *stand_ins: str) -> Part:
        return (value, kind) if self.pos else self.r.choice(stand_ins)

    def name(self, p: Person, form: str = "full") -> Part:
        if p not in self.stand_in:
            self.stand_in[p] = self.r.choice(PSEUDONYMS[p.role])
        return self.lab(render(p, form), "PERSON", self.stand_in[p])

    def phone(self, p: Person) -> Part:
        value = p.phone if p.phone.startswith("+") else self.r.choice(PHONE_FORMS)(p.phone)
        return self.lab(value, "PHONE", "[TLF]", "[TLF]", f"+45 ** ** ** {p.phone[-2:]}")

    def email(self, p: Person) -> Part:
        return self.lab(p.mail, "EMAIL", "[e-mail]", f"{p.mail[0].lower()}***@example.dk")

    def cpr(self, p: Person) -> Part:
        return self.lab(self.r.choice(CPR_FORMS)(p.cpr), "CPR", "[CPR]", f"{p.cpr[:6]}-xxxx")

    def born(self, p: Person) -> Part:
        return self.lab(self.r.choice(birth_forms(p.born)), "DATE_OF_BIRTH", "[dato]", "[dato]")

    def mitid(self, p: Person) -> Part:
        return self.lab(p.mitid, "MITID_USER", "[bruger-ID]", "[MitID-bruger]")

    def address(self, p: Person, style: str = "one") -> Part:
        street = f"{p.street} {p.number}{p.floor}"
        value = {
            "one": f"{street}, {p.postcode} {p.town}",
            "two": f"{street}\n{p.postcode} {p.town}",
            "bare": street,
            "lower": f"{p.street} {p.number}".lower(),
        }[style]
        return self.lab(value, "ADDRESS", "[ADRESSE]")

    def otp(self) -> Part:
        digits = 8 if self.r.random() < 0.2 else 6
        value = f"{self.r.randrange(10**digits):0{digits}d}"
        return self.lab(value, "OTP", "[kode]", "******")

    def card(self) -> tuple[Part, str]:
        """The card as written, and its last four digits for a masked mention."""
        compact = make_card(self.r)
        layouts = (amex,) if len(compact) == 15 else (grouped, grouped, dashed)
        value = self.r.choice((*layouts, str))(compact)
        masked = ("**** **** **** " + compact[-4:], "******" + compact[-4:], "[kortnr.]")
        return self.lab(value, "CARD", *masked), compact[-4:]

    def expiry(self) -> Part:
        month, year = self.r.randint(1, 12), self.r.randint(26, 31)
        value = f"{month:02d}/{year}" if self.r.random() < 0.75 else f"{month:02d}/20{year}"
        return self.lab(value, "CARD_EXPIRY", "**/**", "[udløb]")

    def cvv(self) -> Part:
        return self.lab(f"{self.r.randrange(1000):03d}", "CARD_CVV", "***")

    def iban(self, country: str | None = None) -> Part:
        cc = country or self.r.choice(
            ("LT", "LT", "EE", "RO", "DE", "GB", "NL", "PL", "ES", "SE", "NO", "DK")
        )
        compact = make_iban(self.r, cc)
        value = grouped(compact) if self.r.random() < 0.65 else compact
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return self.lab(value, "IBAN", masked, "[IBAN]")

    def account(self) -> list[Part]:
        """A Danish account: reg.nr. and number together, or the number after its own word."""
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        size = r.choice((10, 10, 10, 8, 7, 9))
        acct = f"{r.randrange(10**size):0{size}d}"
        if size == 10 and r.random() < 0.5:
            acct = "00" + acct[2:]
        stand = ("[kontonr.]", f"******{acct[-4:]}")
        style = r.randrange(5)
        if style == 0:
            return [self.lab(f"{reg}-{acct}", "BANK_ACCOUNT", *stand)]
        if style == 1:
            return [self.lab(f"{reg} {acct}", "BANK_ACCOUNT", *stand)]
        if style == 2:
            return [f"reg. {reg} konto ", self.lab(acct, "BANK_ACCOUNT", *stand)]
        if style == 3:
            return [f"reg.nr. {reg}, kontonr. ", self.lab(acct, "BANK_ACCOUNT", *stand)]
        return [f"reg.nr. {reg} / konto ", self.lab(acct, "BANK_ACCOUNT", *stand)]

    def plate(self, lower: bool = False) -> Part:
        r = self.r
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randint(10, 99)}", f"{r.randint(100, 999)}"
        value = (
            f"{letters}{''.join(digits)}" if r.random() < 0.3 else f"{letters} {' '.join(digits)}"
        )
        return self.lab(value.lower() if lower else value, "NUMBER_PLATE", "[nummerplade]")


# --- look-alike numbers, never labelled ----------------------------------------------------


def incident(r: random.Random) -> str:
    return r.choice((f"INC{r.randrange(10**7):07d}", f"TCK-{r.randint(100000, 999999)}"))


def bank_case(r: random.Random) -> str:
    return f"BF-26-{r.randint(10000, 99999)}"


def journal(r: random.Random) -> str:
    return f"j.nr. {r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(10000, 99999)}-26"


def remote_id(r: random.Random, tool: str) -> str:
    a, b, c = (r.randint(100, 999) for _ in range(3))
    if tool == "TeamViewer":
        return f"1 {a} {b} {c}"
    return r.choice((f"{a} {b} {c}", f"{a}{b}{c}"))


def session_id(r: random.Random) -> str:
    while True:
        value = "".join(r.choice("0123456789abcdef") for _ in range(12))
        if not re.search(r"\d{4}", value):
            return value


def ip(r: random.Random) -> str:
    return f"{r.choice(('203.0.113', '198.51.100', '192.0.2'))}.{r.randint(2, 254)}"


def lan_ip(r: random.Random) -> str:
    return r.choice(
        (
            f"192.168.{r.randint(0, 9)}.{r.randint(2, 254)}",
            f"10.20.{r.randint(0, 9)}.{r.randint(2, 254)}",
        )
    )


def port(r: random.Random) -> str:
    return r.choice(("7070", "5938", "3389", "443", "6568", "8443"))


def mac(r: random.Random) -> str:
    sep = r.choice(":-")
    return sep.join(f"{r.randrange(256):02X}" for _ in range(6))


def device(r: random.Random) -> str:
    site = r.choice(("KBH", "AAR", "ODE", "VEJ", "HEL"))
    return r.choice(
        (
            f"PC-{site}-{r.randint(100, 999):04d}",
            f"LAPTOP-{r.randint(10, 99)}{r.choice('HKQX')}{r.randint(2, 9)}K",
        )
    )


def licence(r: random.Random) -> str:
    chars = "BCDFGHJKMPQRTVWXY2346789"
    return "-".join("".join(r.choice(chars) for _ in range(5)) for _ in range(5))


def gift_code(r: random.Random) -> str:
    return "-".join(
        r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3))
        for _ in range(4)
    )


def version(r: random.Random) -> str:
    return f"{r.randint(6, 15)}.{r.randint(0, 60)}.{r.randint(0, 20)}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randint(10000000, 44999999)}"


def customer_no(r: random.Random) -> str:
    return f"kundenr. K-{r.randint(100000, 999999)}"


def day26(r: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=r.randrange(110))


def short_date(d: date) -> str:
    return d.strftime("%d.%m.%y")


def clock(r: random.Random) -> tuple[int, int]:
    return r.randint(7, 21), r.randrange(60)


def kl(r: random.Random) -> str:
    h, m = clock(r)
    return f"kl. {h:02d}.{m:02d}"


def stamp(r: random.Random) -> str:
    h, m = clock(r)
    return f"{day26(r).isoformat()} {h:02d}:{m:02d}"


def amount(r: random.Random) -> str:
    kroner = r.choice((r.randint(500, 9999), r.randint(10, 49) * 1000 - 1, r.randint(2, 150) * 500))
    text = f"{kroner:,}".replace(",", ".")
    cents = r.choice((",00", "", ",95", ",50"))
    return r.choice(
        (f"{text}{cents} kr.", f"kr. {text}{cents}", f"DKK {text}{cents}", f"{text} kr.")
    )


def euro(r: random.Random) -> str:
    return f"EUR {r.randint(1, 9)}.{r.randint(0, 999):03d},00"


def she(p: Person) -> str:
    return "hun" if p.female else "han"


def child(p: Person) -> str:
    return "datter" if p.female else "søn"


def him(p: Person) -> str:
    return "hende" if p.female else "ham"


def card_block(f: Fill, lead: str = "kort ") -> list[Part]:
    card, _ = f.card()
    cvv_word = f.r.choice(("CVV", "CVC", "cvc", "kontrolcifre", "sikkerhedskode"))
    exp_word = f.r.choice(("udløb", "udløbsdato", "gyldig til", "exp."))
    return [lead, card, f" ({exp_word} ", f.expiry(), f", {cvv_word} ", f.cvv(), ")"]


# --- the eight genres ----------------------------------------------------------------------


def helpdesk_ticket(r: random.Random, f: Fill) -> list[Part]:
    msp = r.choice(MSPS)
    user, tech = f.person(), f.person("staff", 1970, 1999, msp)
    lead = f.person("staff", 1965, 1995, msp)
    alias, tool = f.person("alias", 1980, 1995), r.choice(TOOLS)
    brand = r.choice(("Microsoft", "Windows Defender", *BANKS, *TELCOS))
    out: list[Part] = [
        f"{msp} · Servicedesk\n",
        f"Ticket {incident(r)} · Prioritet: {r.choice(('Høj', 'Kritisk', 'P1', 'P2'))}"
        " · Kategori: Sikkerhed / fjernadgang\n",
        f"Kunde: {r.choice(CLIENTS)}, {cvr(r)}\n",
        f"Oprettet: {stamp(r)} af ",
        f.name(tech, r.choice(("full", "initial", "short"))),
        "\nAnmelder: ",
        f.name(user, r.choice(("full", "comma", "short", "full"))),
        ", ",
        f.email(user),
        ", tlf. ",
        f.phone(user),
        f"\nEnhed: {device(r)} · MAC {mac(r)} · IP {lan_ip(r)} · {tool} {version(r)}\n\n",
        "Beskrivelse:\n",
        f.name(user, "first"),
        f' ringede {kl(r)}. {she(user).capitalize()} blev i går ringet op af "',
        f.name(alias, r.choice(("first", "short"))),
        f' fra {brand}" fra ',
        f.phone(alias),
        f", som påstod at pc'en var inficeret og fik {him(user)} til at installere {tool}"
        f" (ID {remote_id(r, tool)}, forbindelse fra {ip(r)}:{port(r)}). ",
    ]
    harm = r.randrange(3)
    if harm == 0:
        out += [
            f"Under sessionen loggede {she(user)} på netbanken og læste engangskoden ",
            f.otp(),
            f" op; bagefter var {amount(r)} overført til ",
            f.iban(),
            ". ",
        ]
    elif harm == 1:
        out += [
            f'For at få en "refusion" på {amount(r)} tastede {she(user)} sit ',
            *card_block(f, "kortnummer "),
            f" og blev bedt om at købe gavekort (kode {gift_code(r)}). ",
        ]
    else:
        out += [
            "Svindleren fik også ",
            f.name(user, "gen"),
            " MitID bruger-ID ",
            f.mitid(user),
            " og koden fra sms'en (",
            f.otp(),
            "). ",
        ]
    out += [
        "\n\nHandling:\n",
        f"- Maskinen isoleret {kl(r)}, port {port(r)} blokeret i firewall.\n",
        f"- {tool} afinstalleret; Office-licens {licence(r)} tilbagekaldt.\n",
        "- Adgangskode nulstillet og MFA registreret igen.\n",
    ]
    if r.random() < 0.6:
        out += ["- Ny bærbar sendes til hjemmeadressen ", f.address(user, "one"), ".\n"]
    else:
        out += ["- Ny bærbar sendes til:\n", f.address(user, "two"), "\n"]
    if r.random() < 0.5:
        out += ["- Kan kontaktes på privat mobil ", f.phone(user), " efter kl. 16.\n"]
    out += [
        "Eskaleret til ",
        f.name(lead, r.choice(("full", "initial"))),
        f" (IT-sikkerhed) {stamp(r)}.\n\n",
        r.choice(("Mvh.\n", "Venlig hilsen\n", "/")),
        f.name(tech, "first"),
        "\n",
    ]
    return out


def session_log(r: random.Random, f: Fill) -> list[Part]:
    msp = r.choice(MSPS)
    user, analyst = f.person(), f.person("staff", 1975, 1999, msp)
    alias = f.person("alias", 1980, 1995)
    mule = f.person("mule", 1996, 2005)
    tool = r.choice(("AnyDesk", "TeamViewer", "UltraViewer"))
    day = day26(r)
    h, m = clock(r)
    t = [0]

    def at() -> str:
        t[0] += r.randint(20, 240)
        s = h * 3600 + m * 60 + t[0]
        return f"{day.isoformat()} {s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}"

    out: list[Part] = [
        f"Uddrag af {tool} connection_trace – sessionslog\n",
        "Analyseret af ",
        f.name(analyst, r.choice(("full", "short", "initial"))),
        f", {msp}, {short_date(day26(r))}\n",
        f"Maskine: {device(r)} ({lan_ip(r)}), {tool} {version(r)}, session {session_id(r)}\n\n",
        f"{at()}  INFO  Incoming session from {remote_id(r, tool)} ({ip(r)}:{port(r)})\n",
        f'{at()}  INFO  Remote chat: "Hello ',
        f.name(user, "first"),
        ", I am ",
        f.name(alias, r.choice(("first", "short"))),
        f' from {r.choice(("Microsoft", "Windows Defender", "Norton"))} security team"\n',
        f"{at()}  INFO  File transfer: SupportTool_{version(r)}.exe (1.482 kB)\n",
        f"{at()}  WARN  Browser opened: netbank ({r.choice(BANKS)})\n",
    ]
    if r.random() < 0.6:
        card, _ = f.card()
        out += [f'{at()}  INFO  Clipboard local->remote: "', card, '"\n']
        out += [f'{at()}  INFO  Clipboard local->remote: "', f.expiry(), '"\n']
        cvv_word = r.choice(("cvc", "CVV", "CVC"))
        out += [f'{at()}  INFO  Keyboard input (remote view): "{cvv_word} ', f.cvv(), '"\n']
    out += [f"{at()}  INFO  SMS code typed into form: ", f.otp(), "\n"]
    if r.random() < 0.3:
        out += [
            f'{at()}  INFO  Remote chat: "please confirm MitID user ID" -> "',
            f.mitid(user),
            '"\n',
        ]
    if r.random() < 0.75:
        out += [
            f"{at()}  INFO  Transfer {r.choice((amount(r), euro(r)))} to ",
            f.iban(),
            ' (recipient "',
            f.name(mule, r.choice(("full", "short", "initial"))),
            '")\n',
        ]
    out += [
        f"{at()}  WARN  Screen blanked by remote (black screen)\n",
        f"{at()}  INFO  Session closed, duration 00:{r.randint(12, 59)}:{r.randrange(60):02d}\n\n",
        "Noter: Pc'en tilhører ",
        f.name(user, r.choice(("full", "comma", "short"))),
        " (",
        f.email(user),
        ", tlf. ",
        f.phone(user),
        "). Svindleren ringede fra ",
        f.phone(alias),
        f" og bad {him(user)} åbne {tool}. Forbindelsen kom fra {ip(r)}, port {port(r)}"
        f" (MAC på klienten {mac(r)}).",
    ]
    if r.random() < 0.4:
        out += [" Modtagerens konto i Danmark: ", *f.account(), "."]
    out += ["\n"]
    return out


def abuse_mail(r: random.Random, f: Fill) -> list[Part]:
    telco, bank = r.choice(TELCOS), r.choice(BANKS)
    victim, alias = f.person(), f.person("alias", 1980, 1995)
    staff, colleague = f.person("staff", 1970, 1998, telco), f.person("staff", 1970, 1998, telco)
    case, sent, called = f"ABUSE-2026-{r.randint(1000, 9999)}", day26(r), day26(r)
    out: list[Part] = [
        f"Fra: {telco} Abuse <",
        f.email(staff),
        ">\nTil: ",
        f.name(victim, r.choice(("full", "short"))),
        " <",
        f.email(victim),
        ">\nCc: ",
        f.email(colleague),
        f'\nEmne: Sag {case}: opkald fra falsk "{r.choice(("Microsoft", bank))}"\n',
        f"Dato: {short_date(sent)} {kl(r)}\n\n",
        r.choice(("Hej ", "Kære ")),
        f.name(victim, "first"),
        "\n\n",
        f"Tak for din henvendelse om opkaldet {short_date(called)} {kl(r)} til dit nummer ",
        f.phone(victim),
        f". Nummervisningen viste {r.choice(ORG_LINES)} ({bank}s hovednummer), men opkaldet kom"
        " fra udlandet og var forfalsket (spoofing). Det rigtige afsendernummer var ",
        f.phone(alias),
        ", som vi nu har blokeret i vores net.\n\n",
        'Den, der ringede, kaldte sig "',
        f.name(alias, r.choice(("first", "short"))),
        f'" og fik dig til at installere {r.choice(TOOLS)} (ID {remote_id(r, "AnyDesk")}). '
        f"Forbindelsen kom fra IP {ip(r)}, som vi har anmeldt til udbyderen.\n\n",
        f"Vi har registreret sagen på dit abonnement ({customer_no(r)}, adresse ",
        f.address(victim, "one"),
        ").",
    ]
    if r.random() < 0.5:
        out += [
            " Har du oplyst kortnummer eller koder, så kontakt straks ",
            bank,
            " på ",
            r.choice(ORG_LINES),
            ".",
        ]
    out += [" Du kan også anmelde det til politiet på 114.\n\n"]
    out += [
        r.choice(("Venlig hilsen\n", "Med venlig hilsen\n", "Mvh\n")),
        f.name(staff, r.choice(("first", "first", "full"))),
        f"\nAbuse & Fraud, {telco}\n",
        f.email(staff),
        "\n",
    ]
    if r.random() < 0.6:
        spouse = f.person("relative", 1930, 1962)
        out += [
            f"\n> Den {short_date(called)} skrev ",
            f.name(victim, r.choice(("full", "short"))),
            " <",
            f.email(victim),
            f">:\n> Min {'mand' if not spouse.female else 'kone'} ",
            f.name(spouse, "first"),
            " fik et opkald fra en ",
            f.name(alias, "first"),
            f", der sagde han var fra {r.choice(('Microsoft', telco))}. Ring gerne på ",
            f.phone(spouse),
            ".\n",
        ]
    return out


def fraud_call_notes(r: random.Random, f: Fill) -> list[Part]:
    bank, tool = r.choice(BANKS), r.choice(TOOLS)
    cust, staff = f.person(), f.person("staff", 1965, 1998, bank)
    alias, mule = f.person("alias", 1980, 1995), f.person("mule", 1995, 2005)
    out: list[Part] = [
        f"{bank.upper()} – SVINDELTEAM – OPKALDSNOTAT\n",
        f"Sag: {bank_case(r)} · {short_date(day26(r))} {kl(r)} · Rådgiver: ",
        f.name(staff, r.choice(("initial", "short", "first"))),
        "\nKunde: ",
        f.name(cust, r.choice(("comma", "full", "comma"))),
        ", CPR ",
        f.cpr(cust),
        "\n",
    ]
    if r.random() < 0.55:
        out += ["Fødselsdato: ", f.born(cust), " (kontrolleret)\n"]
    out += [
        "Tlf.: ",
        f.phone(cust),
        " · E-mail: ",
        f.email(cust),
        "\nKonto: ",
        *f.account(),
        "\n\n",
    ]
    out += [
        f'Kunden ringede {kl(r)} (legitimeret). {she(cust).capitalize()} blev ringet op af "',
        f.name(alias, r.choice(("first", "short"))),
        '" fra bankens "IT-sikkerhed" på ',
        f.phone(alias),
        f' og installerede {tool} "for at beskytte kontoen".',
    ]
    if r.random() < 0.7:
        out += [
            f" Godkendte {r.randint(2, 4)} betalinger i MitID og oplyste bruger-ID ",
            f.mitid(cust),
            ".",
        ]
    if r.random() < 0.6:
        out += [" Oplyste desuden ", *card_block(f), " på en falsk side."]
    out += [" Læste engangskoden ", f.otp(), ' op for "teknikeren".\n\nBetalinger:\n']
    out += [
        f"1) {amount(r)} til ",
        f.iban(),
        " (",
        f.name(mule, r.choice(("full", "short"))),
        ")\n",
    ]
    if r.random() < 0.6:
        out += [f"2) {amount(r)} til ", *f.account(), "\n"]
    out += [
        "\nHandling: Kort ",
        r.choice(("****-****-****-", "**** **** **** ")) + f"{r.randint(1000, 9999)}",
        " spærret; recall sendt til modtagerbanken; kunden opfordret til at anmelde på 114.",
    ]
    if r.random() < 0.6:
        out += [" Nyt kort sendes til ", f.address(cust, "one"), "."]
    if r.random() < 0.5:
        rel = f.person("relative", 1960, 1990)
        out += [
            " ",
            f.name(cust, "gen"),
            f" {r.choice((child(rel), 'barnebarn'))} ",
            f.name(rel, r.choice(("full", "short"))),
            " (tlf. ",
            f.phone(rel),
            ") var med i samtalen.",
        ]
    if r.random() < 0.2:
        out += [
            ' En "bankkurér" i ',
            r.choice(CARS),
            " med nummerplade ",
            f.plate(),
            " hentede kortet.",
        ]
    out += ["\n/", f.name(staff, "first"), "\n"]
    return out


def bank_chat(r: random.Random, f: Fill) -> list[Part]:
    bank, tool = r.choice(BANKS), r.choice(TOOLS)
    cust, adv = f.person(), f.person("staff", 1975, 2000, bank)
    alias = f.person("alias", 1980, 1995)
    h, m = clock(r)
    t = [h * 60 + m]

    def ts() -> str:
        t[0] += r.randint(0, 3)
        return f"[{t[0] // 60 % 24:02d}:{t[0] % 60:02d}] "

    speaker_c = r.choice(("full", "short", "first"))
    out: list[Part] = [
        f"Chat · {bank} Netbank · samtale {session_id(r)} · {short_date(day26(r))}\n",
        ts(),
        f.name(cust, speaker_c),
        f": hej, jeg har lige haft en fra {r.choice(('microsoft', 'Microsoft', 'banken'))}"
        " inde på min computer\n",
        ts(),
        f.name(adv, "first"),
        ": Hej ",
        f.name(cust, "first"),
        ", jeg hedder ",
        f.name(adv, "first"),
        ". Sluk computeren og tag netværkskablet ud. Hvad har du oplyst?\n",
        ts(),
        f.name(cust, speaker_c),
        ": han hed ",
        f.name(alias, r.choice(("first", "lower", "short"))),
        " og ringede fra ",
        f.phone(alias),
        f", jeg installerede {tool.lower()} og gav ham koden ",
        f.otp(),
        "\n",
    ]
    if r.random() < 0.5:
        card, _ = f.card()
        out += [ts(), f.name(cust, speaker_c), ": og mit kort ", card, " udløb ", f.expiry()]
        out += [", " + r.choice(("cvc ", "CVC ", "CVV ")), f.cvv(), "\n"]
    out += [ts(), f.name(adv, "first"), ": Tak. Jeg spærrer nu. Bekræft dit CPR-nummer, tak.\n"]
    out += [ts(), f.name(cust, speaker_c), ": ", f.cpr(cust), "\n"]
    if r.random() < 0.35:
        out += [ts(), f.name(cust, speaker_c), ": jeg er født ", f.born(cust), "\n"]
    if r.random() < 0.4:
        out += [
            ts(),
            f.name(cust, speaker_c),
            ": han spurgte også om mit MitID bruger-ID ",
            f.mitid(cust),
            "\n",
        ]
    out += [
        ts(),
        f.name(adv, "first"),
        f": Der er gået {amount(r)} fra ",
        *f.account(),
        " til ",
        f.iban(),
        ". Jeg sender en tilbagekaldelse.\n",
    ]
    choice = r.randrange(3)
    if choice == 0:
        out += [
            ts(),
            f.name(adv, "first"),
            ": Er din adresse stadig ",
            f.address(cust, "one"),
            "?\n",
        ]
        out += [ts(), f.name(cust, speaker_c), ": ja\n"]
    elif choice == 1:
        out += [ts(), f.name(adv, "first"), ": Hvilket nummer kan vi ringe på?\n"]
        rel = f.person("relative", 1965, 1990)
        out += [
            ts(),
            f.name(cust, speaker_c),
            ": ",
            f.phone(cust),
            f" eller min {child(rel)} ",
            f.name(rel, r.choice(("first", "lower"))),
            "\n",
        ]
    else:
        out += [
            ts(),
            f.name(adv, "first"),
            ": Vi skriver til ",
            f.email(cust),
            " med sagsnr. ",
            bank_case(r),
            ".\n",
        ]
    out += [
        ts(),
        f.name(adv, "first"),
        f": Ring til os på {r.choice(ORG_LINES)} hvis han ringer igen.\n",
    ]
    return out


def police_report(r: random.Random, f: Fill) -> list[Part]:
    victim, officer = f.person(), f.person("staff", 1965, 1995, "politi")
    alias = f.person("alias", 1980, 1995)
    witness, mule = f.person("witness", 1940, 1995), f.person("mule", 2000, 2005)
    reporter = f.person("relative", 1958, 1990)
    out: list[Part] = [
        f"POLITI · {r.choice(('Midt- og Vestjyllands', 'Fyns', 'Nordsjællands', 'Sydøstjyllands'))}"
        " Politi\nAnmeldelse: bedrageri (strfl. § 279 a)\n",
        f"{journal(r).capitalize()}   Modtaget: {short_date(day26(r))} {kl(r)}\n\n",
        "Forurettede: ",
        f.name(victim, r.choice(("upper_comma", "upper", "upper_comma"))),
        ", ",
        r.choice(("f. ", "født ")),
        f.born(victim),
        "\nCPR: ",
        f.cpr(victim),
        "\nAdresse:\n",
        f.address(victim, "two"),
        "\nTlf.: ",
        f.phone(victim),
        "\n\nForklaring:\n",
        f'Forurettede blev {short_date(day26(r))} {kl(r)} ringet op af en mand, der kaldte sig "',
        f.name(alias, r.choice(("first", "short"))),
        f'" fra {r.choice(("Microsofts tekniske afdeling", "bankens sikkerhedsafdeling"))}. '
        f"Efter at have installeret {r.choice(TOOLS)} blev der overført {amount(r)} til ",
        f.iban(),
        ". ",
    ]
    if r.random() < 0.7:
        out += [
            'Senere samme dag kom en "kurér" og hentede ',
            f.name(victim, "gen"),
            " kort. Naboen ",
            f.name(witness, r.choice(("upper", "full", "short"))),
            ", ",
            f.address(witness, r.choice(("one", "bare"))),
            ", så ham køre i en ",
            r.choice(CARS),
            " med nummerpladen ",
            f.plate(),
            f". Kureren blev set ved {r.choice(STREETS)}.",
        ]
    out += ["\n\n"]
    out += [
        "Modtagerkonto tilhører ",
        f.name(mule, r.choice(("upper_comma", "upper"))),
        ", født ",
        f.born(mule),
        ", CPR ",
        f.cpr(mule),
        ", bopæl:\n",
        f.address(mule, "two"),
        "\n",
    ]
    if r.random() < 0.45:
        out += ["Bil registreret på modtageren: ", f.plate(), ".\n"]
    out += [
        "\nAnmeldt af ",
        r.choice((child(reporter) + " ", "barnebarn ", "")),
        f.name(reporter, r.choice(("full", "short", "upper"))),
        ", tlf. ",
        f.phone(reporter),
        "\nSagsbehandler: ",
        f.name(officer, r.choice(("initial", "short", "upper"))),
        "\n",
    ]
    return out


def relative_sms(r: random.Random, f: Fill) -> list[Part]:
    parent, kid, alias = (
        f.person(),
        f.person("relative", 1962, 1992),
        f.person("alias", 1980, 1995),
    )
    word = "Mor" if parent.female else "Far"
    h, m = clock(r)
    t = [h * 60 + m]

    def ts() -> str:
        t[0] += r.randint(0, 9)
        return f"[{t[0] // 60 % 24:02d}:{t[0] % 60:02d}] "

    me = r.choice(("first", "first", "lower"))
    out: list[Part] = [
        "SMS-tråd eksporteret af ",
        f.name(kid, r.choice(("full", "short"))),
        f" til banken og politiet ({short_date(day26(r))})\n",
        f"{word} · ",
        f.phone(parent),
        "\n\n",
        ts(),
        f"{word}: hej ",
        f.name(kid, "lower"),
        f" der ringede en fra {r.choice(('microsoft', 'Microsoft', 'banken', 'nettet'))}, "
        "min computer har virus siger han\n",
        ts(),
        f.name(kid, me),
        f": LÆG PÅ {word.lower()}! det er svindel. hvad hed han?\n",
        ts(),
        f"{word}: ",
        f.name(alias, r.choice(("lower", "first"))),
        ". han vil ha jeg ringer tilbage på ",
        f.phone(alias),
        "\n",
        ts(),
        f.name(kid, me),
        f": har du givet ham noget?? {r.choice(('anydesk', 'teamviewer', 'AnyDesk'))}?\n",
        ts(),
        f"{word}: ja og koden fra sms ",
        f.otp(),
        "\n",
    ]
    if r.random() < 0.35:
        card, _ = f.card()
        out += [
            ts(),
            f"{word}: og kortet ",
            card,
            " " + r.choice(("cvc", "CVC")) + " ",
            f.cvv(),
            "\n",
        ]
    if r.random() < 0.45:
        out += [
            ts(),
            f"{word}: der holder en bil ude foran nu ",
            f.plate(lower=r.random() < 0.4),
            "\n",
        ]
    if r.random() < 0.5:
        home = f.address(parent, r.choice(("lower", "bare")))
        out += [ts(), f.name(kid, me), ": jeg kører ud til dig nu. ", home, " ik?\n"]
    out += [
        ts(),
        f.name(kid, me),
        f": ring til {r.choice(BANKS)} på {r.choice(ORG_LINES)} og spær kortet\n",
    ]
    if r.random() < 0.5:
        sib = f.person("relative", 1962, 1995)
        sib_name = f.name(sib, r.choice(("lower", "first")))
        out += [
            ts(),
            f.name(kid, me),
            ": har også skrevt til ",
            sib_name,
            " på ",
            f.phone(sib),
            "\n",
        ]
    out += [ts(), f"{word}: tak skat, knus\n"]
    return out


def csv_export(r: random.Random, f: Fill) -> list[Part]:
    bank = r.choice(BANKS)
    out: list[Part] = [
        f"# eksport fra {bank} svindelsystem {stamp(r)}, {cvr(r)}\n",
        "sag_id;oprettet;kunde;cpr;telefon;email;konto;modtager_iban;beløb;kanal;værktøj;status\n",
    ]
    for _ in range(r.randint(3, 6)):
        p = f.person("victim", 1934, 2005)
        out += [
            f"{bank_case(r)};{stamp(r)};",
            f.name(p, r.choice(("upper_comma", "comma", "full", "upper"))),
        ]
        out += [";", f.cpr(p), ";", f.phone(p), ";", f.email(p), ";", *f.account(), ";", f.iban()]
        amt = f"{r.randint(1, 99)}.{r.randint(0, 999):03d},{r.choice(('00', '50', '95'))}"
        out += [f";{amt};{r.choice(('telefon', 'sms', 'e-mail'))};{r.choice(TOOLS)};"]
        out += [f"{r.choice(('åben', 'lukket', 'recall sendt', 'anmeldt'))}\n"]
    return out


BUILDERS: dict[str, Callable[[random.Random, Fill], list[Part]]] = {
    "helpdesk_ticket": helpdesk_ticket,
    "session_log": session_log,
    "abuse_mail": abuse_mail,
    "fraud_call_notes": fraud_call_notes,
    "bank_chat": bank_chat,
    "police_report": police_report,
    "relative_sms": relative_sms,
    "csv_export": csv_export,
}


def assemble(parts: list[Part]) -> tuple[str, list[dict]]:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, kind = part
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        else:
            text += part
    return text, spans


def is_negative(i: int) -> bool:
    # seven of every twenty documents
    return (i * 7) % 20 < 7


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    docs: list[dict] = []
    for i in range(size):
        negative = is_negative(i)
        # each kind takes the genres in turn, so both kinds spread evenly over the genres
        same_kind = sum(d["kind"] == ("negative" if negative else "positive") for d in docs)
        genre = GENRES[same_kind % len(GENRES)]
        r = random.Random(f"pii_blind44:{seed}:{i}:{genre}")
        text, spans = assemble(BUILDERS[genre](r, Fill(r, not negative)))
        docs.append(
            {
                "id": f"blind44-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": text,
                "spans": spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind44.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
