"""A forty-eighth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written blind: without looking at the recognisers, their word lists or the other generators'
bodies (only the labelling conventions of bench/pii_blind30.py's docstring were read), as a
held-out test set with its own names, streets and towns. Its theme is CONSTRUCTION, TRADES AND
PROPERTY HIT BY FRAUD: craftsmen and building firms, subcontractors and social dumping, fake
invoices and changed payment accounts on a building project, property purchases where the buyer
is told to pay the purchase sum or the deposit to a new account, owners' and cooperative
housing associations with a fake chairman's mail, rental deposits and tools and machines stolen
from sites. Eight genres: a site manager's daily log (workers, a neighbour who saw a van's
plate, the homeowner's address, a new worker's CPR at the ID check), a bookkeeper's e-mail
thread (Fra:/Til:/Cc:/Emne:) about a subcontractor's "new bank account" (IBAN, reg.nr. and
account, the phone call that checked it, a blocked company card), an estate agent's case note
on escrow fraud (the buyers "født", CPR, the property on two lines, the fake lawyer's
account, a MitID user ID and a code given on the phone), an association board's minutes (a fake
chairman's mail, members' flats, contact list), an insurer's claim form (fields, sometimes in
capitals, an address block, a van's plate, the payout account, a card), a police report with
"født", witnesses and the fraudster's alias, a family chat ("[09:14] Name: text", contact names
sometimes typed in lower case) about a rental deposit or a craftsman's advance, and a semicolon
CSV of a subcontractor's workers. The names are those of Danes of all ages, Greenlanders and
Faroese, Danes with roots in Turkey, Iraq, Iran, Somalia, Eritrea, Pakistan, Sri Lanka, Vietnam,
the Philippines, Bosnia, Poland, Romania, Lithuania and Ukraine, double surnames (such as
"Lund-Andersen", "Hassan-Jensen") and three-part names ("Mette Skov Andersen", "Mai Thi Nguyen").

Conventions (exact offsets are scored; the same as bench/pii_blind30.py):
- PERSON is a name as written, without title or role ("tømrer", "kasserer", "vidne"); "Holm,
  Agnete" is one span, and so is "HOLM, AGNETE"; a genitive s belongs to it ("Agnetes"), an
  apostrophe after a name in s does not ("Lars'"); a lower-case name typed in a chat ("jytte")
  is PERSON. A fraudster's alias (the "lawyer" who signs a fake mail) is PERSON, the firm he
  claims to be from is not. Firms (also those named like surnames, "Bech Byg A/S"), banks,
  products, placeholders ("[NAVN]", "Håndværker A", "Køber 2", "Vidne 1") and family words
  ("farfar", "datter") are never PERSON.
- ADDRESS runs from the street name through number, letter and floor with side ("7C", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or the postcode and town on the next line
  of an address block (line break included). A street named without a number ("ved
  Vestergade.") and a postcode with its town alone are not addresses.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (a full date with
  a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født", "f." or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE: Danish numbers of 8 digits from the mobile and landline ranges (MOBILE, LANDLINE; 70
  and 80 never occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030
  4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050",
  "+4520304050" or "20.30.40.50", the country code (with its brackets) inside the span, and
  foreign numbers from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx"
  (xx 05-99). A staff member's direct line is PHONE; an organisation's 70/80 line (ORG_LINES)
  and the police's 114 never are.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  organisations' mailboxes too; masked addresses ("m***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("9070-0012345678", "9070 0012345678")
  are one span; where the reg.nr. has its own word ("reg. 9070 konto 12345678", "reg.nr. 9070,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact, in capitals. CARD: Luhn-valid
  with a published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY"
  or "MM/YYYY"; CARD_CVV 3 digits straight after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a
  one-time code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as
  such; NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence
  numbers occur.
- Hard negatives, never labelled: case, journal and claim numbers ("sagsnr. 2026-04417",
  "j.nr. 3700-80123-00456-26", "skadenr. SK-260417"), matrikel, BFE and property numbers
  ("matr.nr. 12ab", "BFE-nr. 2345678", "ejendomsnr. 751-012345"), invoice, order, access card
  and payroll numbers ("faktura nr. 20417", "ordrenr. 448812", "AK-482913", a CSV's "lønnr"),
  CVR numbers ("CVR-nr. 31245678"), amounts ("3.450.000 kr.", "kr. 48.500"), dates and clock
  times ("04.03.26", "kl. 09.14", "[10:22]", "2026-03-04"), masked values ("040652-xxxx", "+45
  ** ** ** 31", "m***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"),
  organisations' 70/80 lines and 114, firms, banks, products, family words, streets
  without a number, postcodes with their towns. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]",
  "[e-mail]", "[kontonr.]", "[kode]", "[CPR]") and pseudonyms ("Håndværker A", "Køber 2",
  "Vidne 1") remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}; every
document has its own random.Random seeded with the string "pii_blind47:<seed>:<index>".
``python -m bench.pii_blind47 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 0
GENRES = (
    "site_log",
    "bookkeeper_mail",
    "agent_note",
    "board_minutes",
    "claim_form",
    "police_report",
    "family_chat",
    "crew_csv",
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
# Published test card prefixes: Visa 4111 1111.., 4242 4242.., 4000 05.. (debit test cards),
# Mastercard 5555 5555.., 5105 1051.., 2223 00.. (2-series test card).
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "510510", "222300")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "PL": 28,
    "LT": 20,
    "LV": 21,
    "EE": 20,
    "RO": 24,
    "BG": 22,
    "GB": 22,
    "NL": 18,
    "ES": 24,
    "UA": 29,
}
# the basic bank account number of each country: n a digit, a a capital letter
BBAN = {
    "DK": "n" * 14,
    "DE": "n" * 18,
    "SE": "n" * 20,
    "NO": "n" * 11,
    "FI": "n" * 14,
    "PL": "n" * 24,
    "LT": "n" * 16,
    "LV": "aaaa" + "n" * 13,
    "EE": "n" * 16,
    "RO": "aaaa" + "n" * 16,
    "BG": "aaaa" + "n" * 14,
    "GB": "aaaa" + "n" * 14,
    "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20,
    "UA": "n" * 25,
}
FOREIGN_IBAN = ("PL", "PL", "LT", "RO", "DE", "SE", "GB", "LV", "BG", "EE", "NL", "ES", "UA")
MOBILE = (
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
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
    "92",
    "93",
)
LANDLINE = (
    "32",
    "33",
    "35",
    "36",
    "38",
    "39",
    "43",
    "44",
    "45",
    "46",
    "47",
    "48",
    "49",
    "54",
    "56",
    "57",
    "58",
    "59",
    "62",
    "63",
    "64",
    "65",
    "66",
    "69",
    "72",
    "73",
    "74",
    "75",
    "76",
    "86",
    "87",
    "89",
    "96",
    "97",
    "98",
    "99",
)
REG_NUMBERS = (
    "0040",
    "1551",
    "2211",
    "3409",
    "4183",
    "5301",
    "5470",
    "6610",
    "7681",
    "7890",
    "8117",
    "9070",
    "9280",
    "9570",
    "9860",
    "0400",
    "2670",
    "3100",
    "5935",
    "6520",
)
ORG_LINES = ("70 12 34 50", "7020 3040", "80 20 10 30", "70 33 22 11", "80 60 50 40")

COMPANIES = (
    "Holm & Søn Tømrer ApS",
    "Bech Byg A/S",
    "Vestergaard El ApS",
    "Lykke VVS ApS",
    "Krogh Entreprise A/S",
    "Nowak Bud ApS",
    "Ravn Murer og Facade ApS",
    "Dalsgaard Ejendomme A/S",
    "Hansen & Yilmaz Entreprise ApS",
    "Skov Stillads ApS",
    "Brandt Kloak og Anlæg ApS",
    "Baltic Montage ApS",
    "Tesfaye Rengøring ApS",
    "Mølgaard Maskinudlejning",
    "Bolig & Bo Ejendomsmægler",
    "Advokatfirmaet Lind & Østergaard",
    "Kystens Forsikring",
    "Nordlys Forsikring",
    "Fjordens Byggemarked",
)
BUILDERS = COMPANIES[:14]
AGENTS = ("Bolig & Bo Ejendomsmægler", "Dalsgaard Ejendomme A/S")
INSURERS = ("Kystens Forsikring", "Nordlys Forsikring")
BANKS = (
    "Danske Bank",
    "Nordea",
    "Jyske Bank",
    "Sydbank",
    "Arbejdernes Landsbank",
    "Spar Nord",
    "Lån & Spar Bank",
    "Lunar",
    "Vestjysk Bank",
)
PRODUCTS = ("MitID", "e-Boks", "MobilePay", "Dinero", "Byggeweb", "Boligsiden", "Minuba")

STREETS = (
    "Vestergade",
    "Nørregade",
    "Søndre Allé",
    "Industrivej",
    "Havnegade",
    "Kirkebakken",
    "Mølleparken",
    "Skovbrynet",
    "Engtoften",
    "Rosenvænget",
    "Kastanievej",
    "Bøgevej",
    "Teglværksvej",
    "Smedestræde",
    "Tømrervænget",
    "Murervej",
    "Gammel Kongevej",
    "Strandvejen",
    "Ryesgade",
    "Ahornvej",
    "Lærkevej",
    "Hybenhaven",
    "Fasanvej",
    "Præstemarken",
    "Åboulevarden",
    "Ørstedsvej",
    "Æblehaven",
    "Kløvermarken",
    "Rådhusstræde",
    "Jernbanegade",
    "Tingvej",
    "Holmevej",
    "Sankt Knuds Vej",
    "Vibevej",
    "Egevænget",
    "Pilegårdsvej",
    "Klostervænget",
    "Grønnegade",
    "Brolæggerstræde",
    "Hjortøvej",
    "Kalkbrænderivej",
    "Tuborgvej",
    "Sønderborgvej",
    "Blåbærstien",
    "Nyvej",
    "Østerbrogade",
)
TOWNS = (
    ("8000", "Aarhus C"),
    ("8200", "Aarhus N"),
    ("8240", "Risskov"),
    ("2200", "København N"),
    ("2300", "København S"),
    ("2100", "København Ø"),
    ("2450", "København SV"),
    ("2000", "Frederiksberg"),
    ("2650", "Hvidovre"),
    ("2630", "Taastrup"),
    ("2605", "Brøndby"),
    ("2770", "Kastrup"),
    ("2800", "Kongens Lyngby"),
    ("3400", "Hillerød"),
    ("3000", "Helsingør"),
    ("3460", "Birkerød"),
    ("4000", "Roskilde"),
    ("4600", "Køge"),
    ("4700", "Næstved"),
    ("4200", "Slagelse"),
    ("4800", "Nykøbing F"),
    ("3700", "Rønne"),
    ("5000", "Odense C"),
    ("5500", "Middelfart"),
    ("5700", "Svendborg"),
    ("6000", "Kolding"),
    ("6100", "Haderslev"),
    ("6200", "Aabenraa"),
    ("6400", "Sønderborg"),
    ("6700", "Esbjerg"),
    ("7100", "Vejle"),
    ("7400", "Herning"),
    ("7500", "Holstebro"),
    ("7700", "Thisted"),
    ("7800", "Skive"),
    ("8600", "Silkeborg"),
    ("8700", "Horsens"),
    ("8800", "Viborg"),
    ("8900", "Randers C"),
    ("9000", "Aalborg"),
    ("9400", "Nørresundby"),
    ("9700", "Brønderslev"),
    ("9800", "Hjørring"),
    ("3900", "Nuuk"),
)
FLOORS = ("st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.", "3. mf.", "4. tv.")


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# (women, men, surnames, middle names) by the roots of the people named; "" is no middle name
ORIGINS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (  # Danish
        words(
            "Mette Birgitte Kirsten Lone Hanne Susanne Anne-Mette Karen Inger Agnete Bodil Ida "
            "Freja Emma Sofie Laura Camilla Line Pernille Tina Dorthe Gitte Marianne Trine Signe "
            "Maja Astrid Ellen Vibeke Rikke Louise "
            "Nanna Sanne Jytte Lise-Lotte Ulla Grethe Alberte "
            "Clara Bente"
        ),
        words(
            "Søren Jørgen Lars Jens Henrik Michael Thomas Peter Kasper Rasmus Mads Anders Niels "
            "Poul Bent Erik Ole Torben Kim Brian Jesper Morten Frederik Magnus Oscar William Carl "
            "Aksel Bjarne Flemming Jan Steen Palle Mikkel Emil Jonas Claus Hans-Henrik Villads Bo"
        ),
        words(
            "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
            "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen "
            "Knudsen Jakobsen Lauridsen Kjeldsen Bech "
            "Vestergaard Mikkelsen Frandsen Dalsgaard Skov "
            "Bak Overgaard Holst Krogh Brandt Damgaard Iversen Lykke Ravn Østergaard Aagaard Holm "
            "Lund Mølgaard Bundgaard Riis Thygesen Ebbesen Kirkegaard"
        ),
        ("Skov", "Juul", "Krogh", "Dam", "Bay", "Marie", "Louise", "Kjær", "Lund", "Bach"),
    ),
    (  # Greenlandic and Faroese
        words("Naja Ivalu Paninnguaq Aviaja Rannvá Bára Nivi Sunneva"),
        words("Aputsiaq Malik Inuk Rógvi Jógvan Hans-Enok Pavia Bárður"),
        words(
            "Kleist Lynge Berthelsen Kristiansen Joensen Olsen Motzfeldt Heilmann Poulsen Dahl "
            "Egede Hansen"
        ),
        ("", "Nuka"),
    ),
    (  # Turkish, Kurdish, Arab and Iranian
        words(
            "Fatima Amira Layla Zahra Maryam Ayşe Elif Zeynep Hülya Shirin Rojda Nour Dilan Yasmin "
            "Rania"
        ),
        words(
            "Ahmed Omar Khalid Hamid Mohammad Yusuf Mehmet Emre Murat Hakan Dariush Reza Azad Ali "
            "Karim"
        ),
        words(
            "Yilmaz Kaya Demir Aydın Arslan Hussein Hassan Abbas Rahimi Hosseini Karimi Al-Sayed "
            "El-Khatib Ibrahim Hamad Saleh Doğan Kurt"
        ),
        ("", "", "Ali", "Reza"),
    ),
    (  # Somali and Eritrean
        words("Hodan Farhiya Ayan Semhar Hiwet Saida Amal"),
        words("Abdirahman Abdi Mahad Yonas Mohamed Filmon Liban"),
        words("Warsame Farah Osman Abdi Tesfaye Haile Mohamud Ghebre"),
        ("",),
    ),
    (  # Pakistani and Tamil
        words("Sana Nadia Tharshini Mehwish Priya Ayesha Kavitha"),
        words("Imran Bilal Tariq Kajan Tharsan Usman Naveed"),
        words("Khan Hussain Iqbal Malik Sivakumar Thevarajah Butt Chaudhry"),
        ("",),
    ),
    (  # Polish, Romanian, Baltic, Ukrainian and Bosnian
        words(
            "Katarzyna Agnieszka Magdalena Joanna Andreea Ioana Rūta Ieva Olena Iryna Lejla Amra "
            "Dorota"
        ),
        words(
            "Piotr Tomasz Krzysztof Marek Paweł Andrei "
            "Ionuț Mihai Darius Tomas Mindaugas Oleksandr "
            "Dmytro Serhii Amir Emir Grzegorz Vasyl"
        ),
        words(
            "Nowak Kowalski Wiśniewski Lewandowski Zieliński Wójcik Popescu Ionescu Dumitru "
            "Kazlauskas Petrauskas Jankauskas Kovalenko Shevchenko Bondarenko Hadžić Begović "
            "Mehmedović Kamiński"
        ),
        ("", "", "Maria"),
    ),
    (  # Vietnamese, Filipino, Thai and Chinese
        words("Linh Mai Huong Thu Maricel Siriporn Mei Xin Rowena"),
        words("Minh Tuan Duc Wei Jun Jomar Somchai Hai"),
        words("Nguyen Tran Pham Le Vu Santos Reyes Chen Wang Saetang"),
        ("Thi", "Van", "", ""),
    ),
)
WOMEN_MIDDLES = ("Marie", "Louise", "Maria", "Thi")
MEN_MIDDLES = ("Ali", "Reza", "Van", "Nuka")
ORIGIN_WEIGHTS = (52, 7, 14, 5, 5, 11, 6)
WOMEN = tuple(name for origin in ORIGINS for name in origin[0])
MEN = tuple(name for origin in ORIGINS for name in origin[1])
DANISH_SURNAMES = ORIGINS[0][2]

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
TOOLS = (
    "en Hilti borehammer",
    "to Festool dyksave",
    "et Makita lasersæt",
    "en minigraver (Kubota U10)",
    "en pladevibrator",
    "tre batteriboremaskiner",
    "en rørpresse",
    "en kobberrulle og 40 m kabel",
    "et kompressorsæt",
    "en fliseskærer",
    "to stilladsrammer",
    "en generator",
)
TRADES = ("tømrer", "elektriker", "VVS'er", "murer", "maler", "stilladsmontør", "kloakmester")
PROJECTS = (
    "tilbygning og nyt tag",
    "totalrenovering af rækkehus",
    "nyt badeværelse og køkken",
    "facaderenovering",
    "udskiftning af faldstammer",
    "kælderrenovering",
    "tagudskiftning",
    "energirenovering af villa",
)
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    born: date


@dataclass(frozen=True)
class Address:
    street: str
    number: str
    floor: str
    postcode: str
    town: str


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(value: str) -> str:
    """A name as plain lower-case letters, for mail addresses and user IDs."""
    value = value.lower()
    for old, new in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ł", "l"), ("ı", "i")):
        value = value.replace(old, new)
    value = unicodedata.normalize("NFKD", value)
    return re.sub(r"[^a-z]", "", value)


def luhn_complete(body: str) -> str:
    """The body with the check digit that makes it pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return body + str(-total % 10)


def cpr_fails_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


def pairs(number: str) -> str:
    return " ".join(number[i : i + 2] for i in range(0, 8, 2))


PHONE_FORMS: tuple[Callable[[str], str], ...] = (
    lambda n: f"+45 {n}",
    lambda n: f"+45 {pairs(n)}",
    lambda n: f"+45 {n[:4]} {n[4:]}",
    lambda n: f"{n[:4]} {n[4:]}",
    lambda n: f"(+45) {pairs(n)}",
    lambda n: f"0045 {n}",
    pairs,
    lambda n: n,
    lambda n: f"+45{n}",
    lambda n: pairs(n).replace(" ", "."),
)


class Doc:
    """One document being written: text with tagged values, or stand-ins if negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative

    # -- making up people and things ---------------------------------------------------------
    def person(self, born_from: int = 1940, born_to: int = 2005) -> Person:
        r = self.rng
        women, men, surnames, middles = r.choices(ORIGINS, ORIGIN_WEIGHTS)[0]
        first = r.choice(women if r.random() < 0.5 else men)
        last = r.choice(surnames)
        roll = r.random()
        if roll < 0.12:
            other = r.choice(DANISH_SURNAMES if r.random() < 0.7 else surnames)
            if other != last:
                last = f"{last}-{other}" if r.random() < 0.5 else f"{other}-{last}"
        middle = r.choice(middles) if roll > 0.7 else ""
        if middle in (MEN_MIDDLES if first in women else WOMEN_MIDDLES):
            middle = ""
        start = date(born_from, 1, 1)
        span = (date(born_to, 12, 31) - start).days
        return Person(first, middle, last, start + timedelta(r.randrange(span)))

    def address(self, floor: float = 0.3) -> Address:
        r = self.rng
        number = str(r.randint(1, 99)) + r.choice(("", "", "", "", "", "", "A", "C"))
        postcode, town = r.choice(TOWNS)
        return Address(
            r.choice(STREETS),
            number,
            r.choice(FLOORS) if r.random() < floor else "",
            postcode,
            town,
        )

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(self.rng.randrange(150))

    def amount(self, low: int, high: int, step: int = 50) -> str:
        value = f"{self.rng.randrange(low, high, step):,}".replace(",", ".")
        return self.rng.choice((f"{value} kr.", f"kr. {value}", f"{value},00 kr."))

    # -- tagging -------------------------------------------------------------------------------
    def tag(self, kind: str, value: str, stand_in: str) -> str:
        if self.negative:
            return stand_in
        return f"\x01{kind}\x02{value}\x03"

    def name(self, p: Person, form: str = "full", alias: str = "[NAVN]") -> str:
        full = " ".join(x for x in (p.first, p.middle, p.last) if x)
        comma = f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle else "")
        if form in ("gen", "fullgen"):
            value = p.first if form == "gen" else full
            genitive = alias + ("'s" if alias[-1].isupper() or alias[-1].isdigit() else "s")
            if value[-1] in "sxzSXZ":
                return genitive if self.negative else self.tag("PERSON", value, alias) + "'"
            return self.tag("PERSON", value + "s", genitive)
        value = {
            "full": full,
            "short": f"{p.first} {p.last}",
            "first": p.first,
            "comma": comma,
            "caps": full.upper(),
            "capscomma": comma.upper(),
            "initial": f"{p.first[0]}. {p.last}",
            "lower": p.first.lower(),
            "lowerfull": f"{p.first} {p.last}".lower(),
        }[form]
        return self.tag("PERSON", value, alias)

    def alias(self, first: str, last: str = "", alias: str = "[NAVN]") -> str:
        """A name the fraudster used (PERSON like any other name)."""
        return self.tag("PERSON", f"{first} {last}".strip(), alias)

    def place(self, a: Address, layout: str = "line") -> str:
        value = f"{a.street} {a.number}" + (f", {a.floor}" if a.floor else "")
        tail = ""
        if layout == "line":
            tail = f", {a.postcode} {a.town}"
        elif layout == "block":
            tail = f"\n{a.postcode} {a.town}"
        stand_in = "[ADRESSE]"
        if tail and self.rng.random() < 0.6:
            stand_in += tail  # the postcode and town alone stay
        return self.tag("ADDRESS", value + tail, stand_in)

    def phone(self, kind: str = "mobile") -> str:
        r = self.rng
        if kind == "foreign":
            if r.random() < 0.5:
                value = f"+44 7700 900{r.randrange(1000):03d}"
            else:
                value = f"+46 70 174 06 {r.randint(5, 99):02d}"
            return self.tag("PHONE", value, r.choice(("[TLF]", "+44 **** ******")))
        if kind == "any":
            kind = "mobile" if r.random() < 0.75 else "land"
        lead = r.choice(MOBILE if kind == "mobile" else LANDLINE)
        number = lead + f"{r.randrange(10**6):06d}"
        value = r.choice(PHONE_FORMS)(number)
        return self.tag("PHONE", value, r.choice(("[TLF]", f"+45 ** ** ** {number[-2:]}")))

    def mail_local(self, p: Person) -> str:
        first, last = ascii_name(p.first), ascii_name(p.last.split("-")[0])
        r = self.rng
        return r.choice(
            (
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{first}{p.born.year % 100:02d}",
                f"{first}.{last[:1]}",
                f"{first}_{last}",
                f"{last}.{first}",
                f"{first}{r.randint(1, 99)}",
            )
        )

    def email(self, who: Person | str, domain: str | None = None) -> str:
        local = who if isinstance(who, str) else self.mail_local(who)
        value = f"{local}@{domain or self.rng.choice(DOMAINS)}"
        masked = f"{local[0]}***@{value.split('@')[1]}"
        return self.tag("EMAIL", value, self.rng.choice(("[e-mail]", masked, masked)))

    def cpr(self, p: Person, form: int | None = None) -> str:
        r = self.rng
        head = p.born.strftime("%d%m%y")
        century = "4" if p.born.year >= 2000 else r.choice("0123")
        while True:
            serial = century + f"{r.randrange(1000):03d}"
            if cpr_fails_mod11(head + serial):
                break
        form = r.randrange(4) if form is None else form
        value = (
            f"{head}-{serial}",
            f"{head}{serial}",
            f"{head[:2]} {head[2:4]} {head[4:]} {serial}",
            f"{head} {serial}",
        )[form]
        return self.tag("CPR", value, r.choice(("[CPR]", f"{head}-xxxx")))

    def dob(self, p: Person) -> str:
        b = p.born
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return self.tag("DATE_OF_BIRTH", value, "[dato]")

    def account_number(self) -> tuple[str, str]:
        return self.rng.choice(REG_NUMBERS), f"{self.rng.randrange(10**9, 10**10):010d}"

    def account(self, style: str | None = None) -> str:
        """A Danish account: reg.nr. and account together, or the account after its own word."""
        r = self.rng
        reg, number = self.account_number()
        if r.random() < 0.2:
            number = number.lstrip("0")[: r.randint(7, 9)]
        if r.random() < 0.25:
            number = "00" + number[2:] if len(number) == 10 else number
        style = style or r.choice(("joined", "space", "words", "short"))
        masked = r.choice(("[kontonr.]", f"******{number[-4:]}"))
        if style == "joined":
            return self.tag("BANK_ACCOUNT", f"{reg}-{number}", masked)
        if style == "space":
            return self.tag("BANK_ACCOUNT", f"{reg} {number}", masked)
        if style == "words":
            return f"reg.nr. {reg}, kontonr. " + self.tag("BANK_ACCOUNT", number, masked)
        return f"reg. {reg} konto " + self.tag("BANK_ACCOUNT", number, masked)

    def iban(self, country: str | None = None) -> str:
        r = self.rng
        country = country or r.choice(FOREIGN_IBAN)
        bban = "".join(
            r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") if c == "a" else str(r.randrange(10))
            for c in BBAN[country]
        )
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        value = grouped(compact) if r.random() < 0.6 else compact
        masked = f"{country}{check:02d}{'X' * (len(bban) - 4)}{compact[-4:]}"
        return self.tag("IBAN", value, r.choice((masked, masked, "[IBAN]")))

    def card(self) -> str:
        r = self.rng
        prefix = r.choice(TEST_PREFIXES)
        compact = luhn_complete(prefix + "".join(str(r.randrange(10)) for _ in range(9)))
        value = grouped(compact) if r.random() < 0.65 else compact
        return self.tag("CARD", value, f"**** **** **** {compact[-4:]}")

    def expiry(self) -> str:
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 31)
        value = f"{month:02d}/{year}" if self.rng.random() < 0.7 else f"{month:02d}/20{year}"
        return self.tag("CARD_EXPIRY", value, "**/**")

    def cvv(self) -> str:
        return self.tag("CARD_CVV", f"{self.rng.randrange(1000):03d}", "***")

    def otp(self) -> str:
        digits = 6 if self.rng.random() < 0.75 else 8
        return self.tag("OTP", f"{self.rng.randrange(10**digits):0{digits}d}", "[kode]")

    def mitid(self, p: Person) -> str:
        r = self.rng
        first, last = ascii_name(p.first), ascii_name(p.last.split("-")[-1])
        stem = r.choice((first + last, first + last[:3], first[:3] + last, first, last + first))
        year = p.born.year
        value = stem + (str(year) if r.random() < 0.35 else f"{year % 100:02d}")
        return self.tag("MITID_USER", value, "[bruger-id]")

    def plate(self) -> str:
        r = self.rng
        letters = "".join(r.choice("ABCDEFHJKLMNOPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randint(10, 99)} {r.randrange(1000):03d}"
        value = f"{letters} {digits}" if r.random() < 0.7 else f"{letters}{digits.replace(' ', '')}"
        return self.tag("NUMBER_PLATE", value, "[nummerplade]")

    # -- hard negatives ----------------------------------------------------------------------
    def case_no(self) -> str:
        return f"sagsnr. 2026-{self.rng.randrange(10**5):05d}"

    def matrikel(self) -> str:
        r = self.rng
        letters = "".join(r.choice("abcdefghk") for _ in range(r.randint(1, 2)))
        return f"matr.nr. {r.randint(1, 399)}{letters}"

    def bfe(self) -> str:
        return f"BFE-nr. {self.rng.randrange(10**6, 10**7)}"

    def property_no(self) -> str:
        return f"ejendomsnr. {self.rng.randint(101, 860)}-{self.rng.randrange(10**6):06d}"

    def journal(self) -> str:
        r = self.rng
        return f"j.nr. {r.randint(1000, 9999)}-{r.randrange(10**5):05d}-{r.randrange(10**5):05d}-26"

    def claim_no(self) -> str:
        return f"skadenr. SK-{self.rng.randrange(10**6):06d}"

    def invoice(self) -> str:
        return f"faktura nr. {self.rng.randrange(10**4, 10**5)}"

    def order(self) -> str:
        return f"ordrenr. {self.rng.randrange(10**5, 10**6)}"

    def badge(self) -> str:
        return f"AK-{self.rng.randrange(10**5, 10**6)}"

    def payroll(self) -> str:
        return f"lønnr. {self.rng.randrange(10**4, 10**5)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def masked_card(self) -> str:
        return f"**** **** **** {self.rng.randrange(10**4):04d}"

    def masked_account(self) -> str:
        return f"******{self.rng.randrange(10**4):04d}"

    def clock(self, hour: int, minute: int) -> str:
        return f"kl. {hour:02d}.{minute:02d}"


def times(rng: random.Random, count: int, start: int = 6 * 60 + 30) -> list[tuple[int, int]]:
    """Increasing clock times from start."""
    out, now = [], start
    for _ in range(count):
        now += rng.randint(10, 70)
        out.append(divmod(min(now, 23 * 60 + 50), 60))
    return out


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# -- the genres ------------------------------------------------------------------------------


def site_log(d: Doc) -> str:
    r = d.rng
    owner, boss, foreman, neighbour, electrician = (d.person(1940, 1995) for _ in range(5))
    crew = [d.person(1965, 2005) for _ in range(r.randint(2, 4))]
    home = d.address(0.1)
    builder, sub = r.sample(BUILDERS, 2)
    day = d.day()
    head = [
        pick(r, "BYGGEDAGBOG", "Dagbog – byggeplads", "Byggeleders dagbog"),
        f"{d.case_no()} – {r.choice(PROJECTS)} – {d.matrikel()}",
        f"Bygherre: {d.name(owner, r.choice(('full', 'short', 'comma')), 'Bygherre A')}, "
        + d.place(home, r.choice(("line", "line", "street"))),
        f"Byggeleder: {d.name(boss, r.choice(('short', 'initial', 'full')), 'Byggeleder B')}"
        f" ({builder}), tlf. {d.phone('any')}",
        f"Dato: {day:%d.%m.%y}. Vejr: {r.randint(-3, 14)} grader, "
        + pick(r, "let regn", "blæst", "tørvejr", "frost om morgenen"),
        "",
    ]
    street = r.choice(STREETS)
    workers = ", ".join(
        d.name(w, r.choice(("short", "full", "initial")), f"Medarbejder {i + 1}")
        for i, w in enumerate(crew)
    )
    stolen = r.sample(TOOLS, r.randint(1, 3))
    entries = [
        f"Ankomst. Containeren ved {street}. var brudt op, hængelåsen klippet. Mangler: "
        + ", ".join(stolen)
        + f". Anslået værdi {d.amount(8000, 95000, 500)}",
        pick(
            r,
            "Ringet til politiet på 114",
            "Anmeldt til politiet (114)",
            "Politiet underrettet på 114",
        )
        + f", {d.journal()}. Forsikringen ({r.choice(INSURERS)}) får besked på {d.org_line()}.",
        f"{d.name(foreman, r.choice(('short', 'full', 'comma')), 'Håndværker A')} "
        f"({r.choice(TRADES)}, {sub}) mødte med {len(crew)} mand: {workers}. "
        + pick(
            r,
            "Kun én havde byggepladskort",
            "To manglede byggepladskort",
            "Ingen af dem var på bemandingslisten",
        )
        + f" ({d.badge()}).",
        f"{d.name(neighbour, r.choice(('short', 'full', 'initial')), 'Beboer 1')} (nabo) "
        f"så i nat kl. 02.{r.randint(10, 59)} en "
        + pick(r, "hvid varebil", "sort Transporter", "grå Berlingo med trailer")
        + f" med nummerpladen {d.plate()} holde ved {r.choice(STREETS)}. Naboen kan træffes på "
        + d.phone("any")
        + ".",
        f"{cap(r.choice(TRADES))} {d.name(electrician, 'initial', 'Håndværker B')} fra "
        f"{r.choice(BUILDERS)} kommer i morgen; direkte nr. {d.phone('mobile')}.",
        f"{cap(d.invoice())} fra {sub} passer ikke med timesedlerne: "
        f"{r.randint(180, 420)} timer faktureret, {r.randint(90, 170)} registreret.",
        f"{d.name(owner, 'gen', 'Bygherre A')} ønske om ekstra stikkontakter noteret "
        f"({d.order()}).",
    ]
    if r.random() < 0.55:
        newbie = d.person(1975, 2005)
        who = d.name(newbie, r.choice(("short", "full")), "Medarbejder 4")
        entries.append(
            f"ID-kontrol: ny mand fra {sub}, {who}, CPR {d.cpr(newbie)}, tlf. {d.phone('any')}."
            f" Kort udleveret ({d.badge()})."
        )
    if r.random() < 0.5:
        entries.append(
            f"Billeder af opbrud og sporene sendt til {d.email(boss)} og {d.email('skade')}."
        )
    if r.random() < 0.4:
        entries.append(
            f"{sub} har en arbejdsleder på et udenlandsk nummer ({d.phone('foreign')}); "
            "han svarede ikke."
        )
    if r.random() < 0.45:
        entries.append(
            f"Varebilen fra {sub} ({d.plate()}) holdt igen hele dagen ved {r.choice(STREETS)}."
        )
    if r.random() < 0.3:
        entries.append(
            f'{d.name(owner, "first", "Bygherre A")} ringede: en mand fra "{sub}" har bedt '
            f"hende betale acontoregningen til en ny konto. Sagt at hun ikke skal betale."
        )
    body = [
        f"{d.clock(h, m)}  {e}" for (h, m), e in zip(times(r, len(entries)), entries, strict=True)
    ]
    end = (
        f"Pladsen låst {d.clock(15, r.randint(10, 59))}, nøgle hos "
        + d.name(r.choice(crew), r.choice(("first", "initial")), "Medarbejder 1")
        + "."
    )
    return "\n".join([*head, *body, end])


def bookkeeper_mail(d: Doc) -> str:
    r = d.rng
    keeper, manager, partner = d.person(1955, 1998), d.person(1960, 1995), d.person(1960, 1995)
    builder, sub = r.sample(BUILDERS, 2)
    inv = d.invoice()
    day = d.day()
    bank = r.choice(BANKS)
    old = d.account(r.choice(("joined", "words", "space")))
    new = d.iban() if r.random() < 0.65 else d.account(r.choice(("joined", "short", "space")))
    subject = pick(
        r,
        f"VS: Ændret bankforbindelse – {inv}",
        f"SV: Ny konto til betaling af {inv}",
        f"Mistænkelig kontoændring, {inv}",
        "Fw: Opdaterede betalingsoplysninger",
    )
    keeper_mail, manager_mail = d.email(keeper), d.email(manager)
    cc = f"Cc: {d.email('bogholderi')}\n" if r.random() < 0.6 else ""
    top = (
        f"Fra: {d.name(keeper, 'short', 'Bogholder A')} <{keeper_mail}>\n"
        f"Til: {d.name(manager, r.choice(('short', 'full')), 'Projektleder B')} "
        f"<{manager_mail}>\n{cc}"
        f"Dato: {day:%d.%m.%y} {d.clock(r.randint(7, 16), r.randint(0, 59))}\n"
        f"Emne: {subject}\n\n"
        f"Hej {d.name(manager, 'first', 'Projektleder B')}\n\n"
    )
    intro = pick(
        r,
        f'I går kom der en mail fra "{sub}" om, at betalingen af {inv} '
        f"({d.amount(20000, 480000, 250)}) fremover skal ske til {new} i stedet for "
        f"den konto, vi har i kontrakten ({old}).",
        f"Vi har fået et brev på firmapapir fra {sub}: deres bank er skiftet til {bank}, og "
        f"alle betalinger fra {day:%d.%m.%y} skal til {new}. Den kendte konto er {old}.",
        f"Der ligger en ny {inv} fra {sub} på {d.amount(20000, 480000, 250)} med "
        f"kontonummer {new}. Det plejer at være {old}.",
    )
    check = pick(
        r,
        f"Jeg har ringet til {d.name(partner, r.choice(('short', 'full')), 'Underentreprenør A')}"
        f" på nummeret fra kontrakten ({d.phone('any')}), og firmaet kender intet til ændringen.",
        f"Ifølge {d.name(partner, 'short', 'Underentreprenør A')} ({d.phone('mobile')}) "
        f"har de ikke skiftet bank; mailen kom fra en adresse, der ligner deres: "
        f"{d.email(ascii_name(sub.split()[0]) + '.faktura', 'example.com')}.",
        f'Afsenderen skrev under med "{d.alias(r.choice(MEN + WOMEN), r.choice(DANISH_SURNAMES))}'
        f', økonomi" og et udenlandsk nummer, {d.phone("foreign")}. Hos {sub} kender de ikke '
        f"navnet.",
    )
    action = pick(
        r,
        f"Betalingen er stoppet, og jeg har meldt det til {bank} på {d.org_line()}.",
        f"Jeg har sat betalingen i bero og oprettet {d.case_no()} hos os.",
        f"Vi betaler ikke, før {sub} har bekræftet kontoen skriftligt. {d.cvr()} er tjekket.",
    )
    extra = ""
    if r.random() < 0.35:
        extra = (
            f"\n\nFirmakortet {d.card()} (udløb {d.expiry()}) er også spærret, fordi det blev "
            f'brugt til "gebyr for ny leverandøraftale" hos en ukendt webshop.'
        )
    elif r.random() < 0.3:
        extra = (
            f"\n\nBanken har bekræftet, at {d.masked_account()} ikke tilhører {sub}. "
            f"Kortet {d.masked_card()} er ikke berørt."
        )
    signature = (
        f"\n\nVenlig hilsen\n{d.name(keeper, r.choice(('short', 'full')), 'Bogholder A')}\n"
        f"Bogholder, {builder}\n"
        f"Tlf. {d.phone('land')} | {keeper_mail}\n"
        f"{d.cvr()}"
    )
    reply = ""
    if r.random() < 0.6:
        reply = (
            f"\n\n-----\nFra: {d.name(manager, 'short', 'Projektleder B')} <{manager_mail}>\n"
            f"Sendt: {day - timedelta(1):%d.%m.%y} {d.clock(r.randint(7, 17), r.randint(0, 59))}\n"
            f"Emne: {pick(r, 'Faktura fra ' + sub, 'Kontoændring?', 'Betaling denne uge')}\n\n"
            + pick(
                r,
                f"Kan du tjekke {inv}? {d.name(partner, 'first', 'Underentreprenør A')} sagde "
                f"i telefonen, at de har fået ny bank.",
                "Vi har fået en mærkelig mail om ny konto. Ring lige til dem, før du betaler.",
                f"Betal gerne {inv} til den nye konto, de har sendt – de presser på.",
            )
        )
    return top + intro + "\n\n" + check + "\n\n" + action + extra + signature + reply


def agent_note(d: Doc) -> str:
    r = d.rng
    buyer, buyer2, seller, agent, lawyer = (d.person(1945, 2003) for _ in range(5))
    house = d.address(0.25)
    agency = r.choice(AGENTS)
    day = d.day()
    price = r.randrange(1_450_000, 7_900_000, 25_000)
    lines = [
        f"SAGSNOTAT – {agency} – {d.case_no()}",
        "Ejendom:",
        d.place(house, "block"),
        f"{cap(d.matrikel())} {r.choice(('Bykernen', 'Markjorder', 'By, Sogn'))}, "
        f"{d.bfe()}, {d.property_no()}",
        f"Kontantpris {thousands(price)} kr., deponering {thousands(price // 10)} kr.",
        f"Køber 1: {d.name(buyer, r.choice(('full', 'short', 'comma')), 'Køber 1')}, født "
        f"{d.dob(buyer)}, CPR {d.cpr(buyer)}, tlf. {d.phone('mobile')}, {d.email(buyer)}",
    ]
    if r.random() < 0.5:
        lines.append(
            f"Køber 2: {d.name(buyer2, r.choice(('full', 'short')), 'Køber 2')}, f. "
            f"{d.dob(buyer2)}, tlf. {d.phone('any')}"
        )
    lines.append(
        f"Sælger: {d.name(seller, r.choice(('full', 'short', 'comma')), 'Sælger A')}"
        + (f", nuv. adresse {d.place(d.address(0.4), 'line')}" if r.random() < 0.5 else "")
        + f", tlf. {d.phone('any')}"
    )
    lines += [
        f"Boligadvokat: {d.name(lawyer, 'short', 'Advokat C')}, "
        f"Advokatfirmaet Lind & Østergaard, {d.email(lawyer, 'example.org')}",
        "",
        "Forløb:",
    ]
    fake = d.alias(r.choice(MEN + WOMEN), r.choice(DANISH_SURNAMES), "[NAVN]")
    target = (
        d.iban("DK")
        if r.random() < 0.4
        else (d.iban() if r.random() < 0.4 else d.account(r.choice(("joined", "words", "short"))))
    )
    events = [
        f"Køber ringede. {d.name(buyer, 'first', 'Køber 1')} har fået en mail fra "
        f'"advokatkontoret" ({d.email("deponering." + ascii_name(lawyer.last), "example.net")}) '
        f"om, at deponeringen skal indbetales til {target} i stedet for bankens "
        f"deponeringskonto.",
        f'Mailen er underskrevet "{fake}", og telefonnummeret i signaturen '
        f"({d.phone(r.choice(('mobile', 'foreign')))}) passer ikke med advokatens.",
        f"Talt med {d.name(lawyer, r.choice(('short', 'initial')), 'Advokat C')} på "
        f"{d.phone('land')}: kontoen er ikke deres, og de har aldrig sendt mailen.",
    ]
    if r.random() < 0.85:
        events.append(
            f'{d.name(buyer, "first", "Køber 1")} oplyste, at en "rådgiver fra banken" '
            f"ringede bagefter og fik MitID bruger-ID {d.mitid(buyer)} og koden {d.otp()} "
            "oplyst. Køber er bedt om straks at spærre MitID."
        )
    if r.random() < 0.5:
        events.append(
            f"{d.name(buyer, 'gen', 'Køber 1')} bank ({r.choice(BANKS)}) forsøger at "
            f"tilbagekalde overførslen på {d.amount(50000, 750000, 1000)} fra i går."
        )
    else:
        events.append(f"Ingen penge overført. Købers egen konto {d.account('words')} er uberørt.")
    if r.random() < 0.45:
        events.append(
            f"{d.name(seller, 'first', 'Sælger A')} (sælger) har fået en lignende mail om "
            f"overskuddet til {d.iban()}; videresendt til {d.email('svindel')}."
        )
    when = day
    for (h, m), event in zip(times(r, len(events), 8 * 60), events, strict=True):
        when += timedelta(r.random() < 0.3)
        lines.append(f"{when:%d.%m.%y} {d.clock(h, m)} – {event}")
    lines += [
        "",
        f"Anmeldt til politiet ({d.journal()}). Noteret af "
        + d.name(agent, r.choice(("initial", "short")), "Mægler D")
        + f", direkte tlf. {d.phone('land')}.",
    ]
    return "\n".join(lines)


def board_minutes(d: Doc) -> str:
    r = d.rng
    kind = r.choice(("Ejerforeningen", "A/B", "Andelsboligforeningen"))
    street = r.choice(STREETS)
    assoc = f"{kind} {street.split()[0]}{r.choice(('gården', 'parken', 'huse', ''))}"
    board = [d.person(1940, 1998) for _ in range(r.randint(3, 5))]
    chair, treasurer = board[0], board[1]
    roles = ["formand", "kasserer", "næstformand", "suppleant", "bestyrelsesmedlem"]
    day = d.day()
    present = ", ".join(
        f"{d.name(p, r.choice(('short', 'full', 'initial')), f'Bestyrelsesmedlem {i + 1}')}"
        f" ({roles[i]})"
        for i, p in enumerate(board)
    )
    lines = [
        f"Referat af bestyrelsesmøde i {assoc}",
        f"Dato: {day.isoformat()} {d.clock(19, r.choice((0, 30)))}, fælleshuset ved {street}.",
        f"Til stede: {present}",
    ]
    if r.random() < 0.5:
        lines.append(f"Afbud: {d.name(d.person(), r.choice(('short', 'full')), 'Andelshaver 3')}")
    fake_mail = d.email(
        r.choice(("formand", "bestyrelsen", "formanden")) + "." + ascii_name(assoc.split()[-1]),
        r.choice(("example.com", "example.net")),
    )
    amount = d.amount(9000, 95000, 250)
    item1 = (
        '\n1. Falsk mail fra "formanden"\n'
        f"{d.name(treasurer, r.choice(('first', 'short')), 'Bestyrelsesmedlem 2')} modtog "
        f"{day - timedelta(r.randint(2, 9)):%d.%m.%y} en mail fra {fake_mail}, "
        f"underskrevet med {d.name(chair, 'gen', 'Bestyrelsesmedlem 1')} navn, med besked om at "
        f'betale {amount} til en "tømrer" på {d.account()} '
        + pick(r, "samme dag.", "inden kl. 12.", '"diskret, før generalforsamlingen".')
        + " "
        + pick(
            r,
            "Beløbet blev ikke betalt.",
            f"Beløbet blev betalt; {r.choice(BANKS)} forsøger at få det tilbage.",
            f"Kassereren ringede til formanden på {d.phone('mobile')} og opdagede svindlen.",
        )
        + f" Foreningens rigtige mail er {d.email('bestyrelsen', 'example.dk')}."
    )
    tenant = d.person(1950, 2005)
    flat = d.address(1.0)
    item2 = (
        "\n2. Fremleje og depositum\n"
        + pick(r, "Andelshaver", "Ejer", "Beboer")
        + f" i {d.place(flat, r.choice(('street', 'line', 'line')))} "
        f"({d.name(tenant, r.choice(('full', 'short', 'comma')), 'Andelshaver 1')}) "
        + pick(
            r,
            f"har fremlejet uden tilladelse og taget {d.amount(15000, 60000, 500)} i depositum "
            f"fra en lejer, der betalte via MobilePay til {d.phone('mobile')}.",
            f"oplyser, at en falsk udlejer har annonceret lejligheden på nettet og fået "
            f"depositum fra tre personer; lejerne har betalt til {d.iban()}.",
            f"har klaget over, at håndværkeren fra {r.choice(BUILDERS)} fik "
            f"{d.amount(5000, 40000, 500)} forud og aldrig kom.",
        )
    )
    item3 = (
        "\n3. Kælderrenovering\n"
        + pick(
            r,
            "Tyveri fra kælderrummet ved",
            "Indbrud i materielrummet ved",
            "Stjålet værktøj fra containeren ved",
        )
        + f" {r.choice(STREETS)}. Det drejer sig om {r.choice(TOOLS)}. Anmeldt, {d.journal()}. "
        f"{r.choice(BUILDERS)} ({d.cvr()}) dækker selvrisikoen. "
        f"{cap(d.invoice())} afventer."
    )
    contact = d.person()
    item4 = "\n4. Eventuelt\n" + pick(
        r,
        f"{d.name(contact, r.choice(('short', 'full', 'initial')), 'Andelshaver 2')} "
        f"({d.place(d.address(1.0), 'street')}) ønsker ny nøglebrik.",
        f"{d.name(board[-1], 'gen', 'Bestyrelsesmedlem 3')} forslag om fælles "
        f"håndværkeraftale tages op på generalforsamlingen.",
        f"Ejendomsnummer og BFE til forsikringen: {d.property_no()}, {d.bfe()}.",
    )
    contacts = "\nKontakt til bestyrelsen:\n" + "\n".join(
        f"{d.name(p, r.choice(('short', 'full')), f'Bestyrelsesmedlem {i + 1}')}, "
        f"tlf. {d.phone('any')}" + (f", {d.email(p)}" if r.random() < 0.6 else "")
        for i, p in enumerate(board[:2])
    )
    signed = (
        f"\nReferent: {d.name(board[-1], r.choice(('initial', 'short')), 'Bestyrelsesmedlem 3')}"
    )
    items = [item1, item2, item3]
    r.shuffle(items)
    items.append(item4)
    items = [f"\n{n}. {item[1:].split('. ', 1)[1]}" for n, item in enumerate(items, 1)]
    return "\n".join([*lines, *items, contacts, signed])


def claim_form(d: Doc) -> str:
    r = d.rng
    holder = d.person(1940, 2004)
    caps = r.random() < 0.4
    home = d.address(0.3)
    insurer = r.choice(INSURERS)
    day = d.day()

    def label(text: str) -> str:
        return text.upper() if caps else text

    kind = r.choice(("theft", "craftsman", "van"))
    title = {
        "theft": "Tyveri af værktøj/maskiner fra byggeplads",
        "craftsman": "Bedrageri – forudbetaling til håndværker",
        "van": "Indbrud i firmabil",
    }[kind]
    lines = [
        f"{insurer.upper()} – SKADEANMELDELSE",
        f"{title}",
        f"{cap(d.claim_no())}   Police {r.randint(10, 99)}-{r.randint(100, 999)}-"
        f"{r.randint(100, 999)}",
        "",
        f"{label('Navn')}: {d.name(holder, 'caps' if caps else r.choice(('full', 'short')))}",
    ]
    ids = r.random()
    if ids < 0.75:
        lines.append(f"Fødselsdato: {d.dob(holder)}")
    if ids > 0.4:
        lines.append(f"{label('CPR-nr.')}: {d.cpr(holder)}")
    lines += [
        f"{label('Adresse')}:",
        d.place(home, "block"),
        f"{label('Telefon')}: {d.phone('any')}",
        f"{label('E-mail')}: {d.email(holder)}",
        "",
        f"Skadedato: {day:%d.%m.%Y}, ca. {d.clock(r.randint(0, 23), r.randint(0, 59))}",
    ]
    if kind in ("theft", "van"):
        lines += [
            f"Køretøj: {pick(r, 'Ford Transit', 'VW Crafter', 'Citroën Jumper', 'Toyota Proace')}, "
            f"reg.nr. {d.plate()}",
            "Stjålet: " + ", ".join(r.sample(TOOLS, r.randint(1, 3))) + ".",
            f"Bilen holdt ved {r.choice(STREETS)}. "
            + pick(r, "Ruden i sidedøren smadret.", "Låsen boret ud.", "Ingen spor."),
            f"Anmeldt til politiet, {d.journal()}.",
        ]
        if r.random() < 0.4:
            lines.append(
                f"Firmakortet {d.card()} (udløb {d.expiry()}) lå i handskerummet og er spærret."
            )
        if r.random() < 0.5:
            witness = d.person()
            lines.append(
                f"Vidne: {d.name(witness, 'caps' if caps else 'short', 'Vidne 1')}, "
                f"tlf. {d.phone('any')}"
            )
    else:
        fake = d.alias(r.choice(MEN), r.choice(DANISH_SURNAMES))
        lines += [
            f'Håndværker: "{fake}" fra "{r.choice(BUILDERS)}" (firmaet kender ham ikke), '
            f"tlf. {d.phone(r.choice(('mobile', 'foreign')))}",
            f"Forudbetalt {d.amount(8000, 120000, 500)} for "
            + pick(r, "nyt tag på carporten", "nyt badeværelse", "fliser og VVS", "varmepumpe")
            + ". Håndværkeren kom aldrig.",
        ]
        if r.random() < 0.9:
            lines.append(
                f"Betalt med kort {d.card()}, udløb {d.expiry()}"
                + (f", CVC {d.cvv()} oplyst i telefonen" if r.random() < 0.8 else "")
                + "."
            )
            lines.append(f"Kortet er spærret via {r.choice(BANKS)} på {d.org_line()}.")
        else:
            lines.append(f"Betalt til {d.account()} den {day:%d.%m.%y}.")
            lines.append(f"Banken ({r.choice(BANKS)}) er kontaktet på {d.org_line()}.")
    lines += [
        "",
        f"{label('Erstatning udbetales til')}: {d.account()}",
        f"Kunde hos os siden {r.randint(1985, 2024)}. {cap(d.order())} på "
        f"genanskaffelse: {d.amount(5000, 90000, 100)}",
    ]
    if r.random() < 0.4:
        lines.append(
            f"Underskrevet med MitID {day:%d.%m.%y}. Sagsbehandler: Skadeteam 4, "
            f"{d.email('skade', 'example.dk')}"
        )
    return "\n".join(lines)


def police_report(d: Doc) -> str:
    r = d.rng
    victim = d.person(1935, 2002)
    home = d.address(0.3)
    day = d.day()
    lines = [
        pick(r, "POLITIRAPPORT", "ANMELDELSE – BEDRAGERI", "Rapport, bedrageri/tyveri"),
        f"{cap(d.journal())}",
        f"Anmeldt {day:%d.%m.%y} {d.clock(r.randint(8, 21), r.randint(0, 59))}",
        "",
        "Anmelder: "
        + d.name(victim, r.choice(("comma", "comma", "capscomma", "full")), "Anmelder A")
        + f", født {d.dob(victim)}, CPR {d.cpr(victim)}",
        "Bopæl:" if r.random() < 0.6 else "Adresse:",
        d.place(home, "block"),
        f"Tlf. {d.phone('any')}" + (f", e-mail {d.email(victim)}" if r.random() < 0.5 else ""),
        "",
        "Forklaring:",
    ]
    story = r.choice(("deposit", "deposit", "craftsman", "craftsman", "theft", "escrow"))
    fake_first = r.choice(MEN if story in ("craftsman", "theft") else MEN + WOMEN)
    fake = d.alias(fake_first, r.choice(DANISH_SURNAMES + ORIGINS[5][2]))
    if story == "theft":
        text = (
            f"Anmelder driver {r.choice(BUILDERS)}. Natten til {day:%d.%m.%y} blev "
            f"{', '.join(r.sample(TOOLS, 2))} stjålet fra firmabilen {d.plate()}, der holdt ved "
            f"{r.choice(STREETS)}. Samme nat blev en trailer med nummerplade {d.plate()} set ved "
            f"pladsen."
        )
    elif story == "craftsman":
        text = (
            f"En mand, der kaldte sig {fake}, ringede fra "
            f"{d.phone(r.choice(('mobile', 'foreign')))}"
            f" og tilbød at lægge nyt tag for {d.amount(20000, 90000, 500)}, og anmelder betalte "
            f"forud med kortet {d.card()}, udløb {d.expiry()}, og oplyste kontrolcifre "
            f"{d.cvv()}. Senere bad han om MitID bruger-ID, og anmelder gav ham "
            f"{d.mitid(victim)} og engangskoden {d.otp()}."
        )
    elif story == "deposit":
        text = (
            f"Anmelder svarede på en annonce om en lejlighed i {d.place(d.address(1.0), 'line')}."
            f" Udlejeren, {fake}, skrev fra {d.email(ascii_name(fake_first) + '.udlejning')} og "
            f"krævede {d.amount(12000, 45000, 500)} i depositum til {d.iban()}. Nøglerne blev "
            f'aldrig sendt. Anmelder betalte desuden et "gebyr" med kortet {d.card()} '
            f"(udløb {d.expiry()}, CVV {d.cvv()})."
        )
    else:
        text = (
            f"Anmelder skulle købe bolig gennem {r.choice(AGENTS)} og fik en mail fra "
            f'"boligadvokaten" {fake} om at betale deponeringen til {d.account()}. '
            f'{d.amount(150000, 800000, 5000)} blev overført. Bagefter ringede en "bankrådgiver"'
            f" og fik anmelders MitID bruger-ID {d.mitid(victim)} og koden {d.otp()}."
        )
    lines.append(text)
    if r.random() < 0.6:
        lines.append(
            f"{d.name(victim, 'gen', 'Anmelder A')} "
            + pick(r, "søn", "datter", "nabo", "svigersøn")
            + " "
            + d.name(d.person(1960, 2004), r.choice(("short", "full")), "[NAVN]")
            + f" var til stede og kan kontaktes på {d.phone('mobile')}."
        )
    n_witness = r.randint(1, 2)
    for i in range(n_witness):
        w = d.person(1940, 2005)
        lines.append(
            f"Vidne {i + 1}: "
            + d.name(w, r.choice(("comma", "comma", "capscomma", "short")), f"Vidne {i + 1}")
            + f", f. {d.dob(w)}, {d.place(d.address(0.3), 'line')}, tlf. {d.phone('any')}"
        )
    if r.random() < 0.4:
        lines.append(
            f"Mistænkt køretøj: {d.plate()}, "
            + pick(r, "hvid varebil", "sort kassevogn", "grå pickup")
            + f", set ved {r.choice(STREETS)}."
        )
    lines += [
        "",
        f"Anmelder vejledt om at spærre kort på {d.org_line()} og MitID. "
        f"Rapport optaget af {d.name(d.person(1965, 1998), 'initial', 'Politiassistent B')}, "
        + pick(
            r,
            "Østjyllands Politi.",
            "Københavns Vestegns Politi.",
            "Fyns Politi.",
            "Nordjyllands Politi.",
            "Midt- og Vestjyllands Politi.",
            "Sydøstjyllands Politi.",
        ),
    ]
    return "\n".join(lines)


def family_chat(d: Doc) -> str:
    r = d.rng
    family = [d.person(1940, 2005) for _ in range(r.randint(3, 4))]
    family = [
        Person(p.first, p.middle, family[0].last if r.random() < 0.6 else p.last, p.born)
        for p in family
    ]
    contact = {
        id(p): r.choice(("short", "first", "first", "lower", "lowerfull", "full")) for p in family
    }
    story = r.choice(("deposit", "craftsman", "escrow", "tools"))
    minute = r.randint(7 * 60, 20 * 60)
    out = [pick(r, "Familien 🏠", "Familiechat", "Søskende", "Mor, far og os") + "\n"]
    pseudo = ["Familiemedlem A", "Familiemedlem B", "Familiemedlem C", "[NAVN]"]

    def say(p: Person, text: str) -> None:
        nonlocal minute
        minute += r.randint(1, 9)
        stamp = f"[{minute // 60 % 24:02d}:{minute % 60:02d}]"
        name = d.name(p, contact[id(p)], pseudo[family.index(p) % len(pseudo)])
        out.append(f"{stamp} {name}: {text}")

    a, b, c = family[0], family[1], family[2]
    other = d.person()
    if story == "deposit":
        say(
            a,
            f"har fundet en lejlighed til {d.name(c, 'lower', '[NAVN]')}! "
            f"{d.place(d.address(1.0), 'line')}, 6.500 kr. om måneden",
        )
        say(b, "lyder for godt. har I set den?")
        say(
            a,
            f"udlejeren bor i England, {d.alias(r.choice(WOMEN), r.choice(DANISH_SURNAMES))}. "
            f"vi skal betale depositum først til {d.iban()}",
        )
        say(c, f"hun har ringet fra {d.phone('foreign')} og vil også have mit kort som garanti")
        say(b, "NEJ. det er svindel")
        say(
            c, f"jeg har allerede sendt kortnummeret {d.card()} udløb {d.expiry()} cvc {d.cvv()} 😬"
        )
        say(a, f"ring til banken nu. spærring er {d.org_line()}")
    elif story == "craftsman":
        say(a, f"farfar har betalt en tømrer forud for nyt tag. {d.amount(15000, 60000, 500)}")
        say(b, "hvem? har du et navn på ham")
        say(
            a,
            f"han hedder vist {d.alias(r.choice(MEN), r.choice(DANISH_SURNAMES))}, "
            f"nummer {d.phone('mobile')}",
        )
        say(c, f"jeg har ringet til {r.choice(BUILDERS)}, de kender ham ikke")
        say(a, f"han fik også farfars kort {d.card()} udløb {d.expiry()} cvc {d.cvv()}")
        say(
            c,
            f"og koden {d.otp()} fra sms'en? og hans mitid bruger-id "
            f"{d.mitid(d.person(1935, 1950))}?",
        )
        say(a, "ja begge dele 😞")
        say(
            b,
            f"{d.name(c, 'first', '[NAVN]')} kan du køre derud? farfar bor stadig på "
            f"{d.place(d.address(0.0), r.choice(('street', 'line')))}",
        )
    elif story == "escrow":
        say(a, f"mægleren siger vi skal betale deponeringen til en ny konto {d.account()}")
        say(
            b,
            "det er præcis det svindel de advarer om. ring til advokaten på det nummer du "
            "har i forvejen",
        )
        say(
            a,
            f"advokaten {d.name(other, r.choice(('short', 'first')), '[NAVN]')} siger de "
            f"aldrig har sendt det",
        )
        say(c, f"gav du nogen dit mitid? {d.name(a, 'lower', '[NAVN]')}")
        say(a, f"ja bruger-id {d.mitid(a)} og koden {d.otp()} til en der ringede fra banken 😭")
        say(b, f"skriv til {d.email(other)} og ring til politiet på 114")
    else:
        say(a, f"nogen har stjålet alt værktøjet fra varebilen igen ({d.plate()})")
        say(b, "nej!! hvor holdt den?")
        say(a, f"ved {r.choice(STREETS)}. naboen så en bil med plade {d.plate()}")
        say(
            c,
            f"skal jeg sende forsikringen billederne? de vil have dem på "
            f"{d.email('skade', 'example.dk')}",
        )
        say(a, f"ja tak. og giv dem mit nr {d.phone('any')}")
    if r.random() < 0.8:
        say(
            r.choice(family),
            pick(
                r,
                f"husk {d.name(b, 'gen', '[NAVN]')} fødselsdag på søndag 🎂",
                f"{d.name(c, 'gen', '[NAVN]')} nye nr er {d.phone('mobile')}",
                f"{d.name(b, 'first', '[NAVN]')} har du styr på det med banken?",
                f"jeg sender mit kontonr til refusion: {d.account(r.choice(('joined', 'space')))}",
            ),
        )
    say(r.choice(family), pick(r, "ok 👍", "tak!", "ring mig", "jeg er på vej", "❤️"))
    return "\n".join(out)


def crew_csv(d: Doc) -> str:
    r = d.rng
    sub, main = r.sample(BUILDERS, 2)
    week = r.randint(2, 22)
    head = [
        f"# Udtræk fra adgangskontrol og lønsedler, {r.choice(PROJECTS)}, uge {week}",
        f"# Underentreprenør: {sub}, {d.cvr()}; hovedentreprenør {main}",
        f"# {cap(d.case_no())} – kontrol for social dumping",
        "navn;fødselsdato;cpr;telefon;e-mail;adresse i DK;lønkonto;bil;adgangskort;"
        "lønnr;timer;timeløn",
    ]
    rows = []
    shared = d.address(0.5)  # several workers registered at one address
    for i in range(r.randint(3, 7)):
        w = d.person(1968, 2005)
        form = r.choice(("capscomma", "capscomma", "comma", "full", "caps", "short"))
        name = d.name(w, form, f"Medarbejder {i + 1}")
        born = f"f. {d.dob(w)}" if r.random() < 0.8 else ""
        cpr = d.cpr(w, r.choice((0, 0, 1, 3))) if r.random() < 0.75 else ""
        tel = d.phone(r.choice(("mobile", "mobile", "foreign"))) if r.random() < 0.85 else ""
        mail = d.email(w) if r.random() < 0.5 else ""
        addr = d.place(shared if r.random() < 0.5 else d.address(0.5), "line")
        pay = d.iban() if r.random() < 0.45 else d.account(r.choice(("joined", "space")))
        car = d.plate() if r.random() < 0.35 else ""
        rows.append(
            ";".join(
                (
                    name,
                    born,
                    cpr,
                    tel,
                    mail,
                    addr,
                    pay,
                    car,
                    d.badge(),
                    d.payroll().split()[-1],
                    f"{r.randint(30, 70)},{r.choice((0, 5))}",
                    f"{r.randint(85, 210)} kr.",
                )
            )
        )
    tail = [
        f"# Bemærk: {sum(1 for _ in rows)} personer, "
        + pick(
            r,
            "flere på samme adresse.",
            "timeløn under overenskomst.",
            "lønnen udbetalt til udenlandske konti.",
            "adgangskort delt mellem flere.",
        )
        + f" Kontakt: {d.name(d.person(1960, 1995), 'initial', 'Kontrollant A')}, "
        f"{d.email('kontrol', 'example.dk')}, {d.org_line()}"
    ]
    return "\n".join([*head, *rows, *tail])


WRITERS: dict[str, Callable[[Doc], str]] = {
    "site_log": site_log,
    "bookkeeper_mail": bookkeeper_mail,
    "agent_note": agent_note,
    "board_minutes": board_minutes,
    "claim_form": claim_form,
    "police_report": police_report,
    "family_chat": family_chat,
    "crew_csv": crew_csv,
}

TAG = re.compile("\x01(\\w+)\x02(.*?)\x03", re.S)


def untag(marked: str) -> tuple[str, list[dict]]:
    """The plain text and its spans from text with tagged values."""
    text, spans, last = [], [], 0
    size = 0
    for m in TAG.finditer(marked):
        before = marked[last : m.start()]
        text.append(before)
        size += len(before)
        spans.append({"start": size, "end": size + len(m.group(2)), "type": m.group(1)})
        text.append(m.group(2))
        size += len(m.group(2))
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans


def document(seed: int, index: int, genre: str, kind: str) -> dict:
    rng = random.Random(f"pii_blind47:{seed}:{index}")
    marked = WRITERS[genre](Doc(rng, kind == "negative"))
    text, spans = untag(marked)
    return {
        "id": f"blind47-{index:04d}",
        "genre": genre,
        "kind": kind,
        "text": text,
        "spans": spans,
    }


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES/SIZE of them pseudonymised, genres in turn."""
    negatives = round(size * NEGATIVES / SIZE)
    # genres in turn, so that each gets its share of the negatives; then a seeded order
    plan = [
        (GENRES[i % len(GENRES)], "negative" if i < negatives else "positive") for i in range(size)
    ]
    random.Random(f"pii_blind47:{seed}:plan").shuffle(plan)
    return [document(seed, i, genre, kind) for i, (genre, kind) in enumerate(plan)]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind47.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
