"""A forty-second blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is HEALTH AND PHARMACY
FRAUD AND DATA LEAKS as Danish pharmacies, clinics, hospitals, insurers and the Patient Safety
Authority meet them, in nine genres: a pharmacy chain's fraud-desk log of fake "Apoteket" SMS
and fake web pharmacies (the customer's card, expiry and CVV typed into the fake page, a code
read out to a caller, the fake shop's CVR), a citizen's fake sundhed.dk / Min Læge message
forwarded to a region's IT security with its reply (a form dump "Fødselsdato:", the MitID user
ID and code typed in), a GP clinic's e-mail thread (Fra:/Til:/Cc:/Emne:) after phishing in its
mailbox (patients who answered with card, account and CPR), a hospital patient office's log of
a leaked appointment list (rows in capitals "KJELDSEN, BODIL; CPR; address; phone") and the
fake parking-fine SMS built from it (number plates), a dentist's receptionist's notes on a fake
invoice (a reg.nr. and account, a foreign IBAN, the car of the man who came to collect), a
police report of deposit fraud by a cosmetic-surgery / medical-tourism clinic abroad (foreign
IBAN and phone, the coordinator's English messages), the fraud team's case note at
Sygeforsikring "danmark" on a fake refund (member, account, MitID, code), a pharmacy chain's
customer-service chat ("[09:14] Name:" lines, names typed in lower case, Danish and English)
and the Patient Safety Authority's case note on a fake online doctor. The names are those of
Danes of all ages, Danes with roots elsewhere ("Hodan Warsame", "Tran Thi Huong"), double
surnames ("Brøndum-Olsen"), foreigners abroad ("Selin Aksoy") and the organisations' staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("læge", "overlæge", "sygeplejerske",
  "tandlæge", "klinikassistent", "farmaceut", "apoteker", "lægesekretær", "sagsbehandler",
  "Dr.", "patienten", "vidne"); "Kjeldsen, Bodil" and "KJELDSEN, BODIL" are one span; a
  genitive s belongs to it ("Bodils"), an apostrophe after a final s does not ("Niels'"); a
  lower-case name typed in a chat ("bodil kjeldsen") is PERSON. A scammer's alias ("Louise fra
  Apoteket") is PERSON, the organisation is not. Vietnamese names are written family name first
  ("Tran Thi Huong"). Organisations, clinics, products, placeholders ("[NAVN]", "Patient A",
  "Kunde 2", "Medarbejder B", "Medlem 1", "Borger A", "Vidne 1") and family words ("min mand",
  "hendes datter") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7B", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Sølvgade.") is not an address,
  and clinics, pharmacies and hospitals are never given with a street number.
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
  An organisation's number (its 70/80 line, Akuttelefonen 1813, the police's 114) is never
  PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's, clinics'
  and the scammers' too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvv", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("CX 41 207", "CX41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: prescription numbers ("Receptnr. R264-81937"), patient IDs
  that are not CPR ("patient-id PA-4471-293"), appointment numbers ("bookingnr. B-26-55013"),
  ICD-10 codes ("DJ45.9"), ATC codes ("A10BJ06"), drugs with strengths ("Panodil 500 mg"),
  item numbers and EAN codes ("varenr. 483920", "EAN 5 701234 567892"), case, claim, member
  and provider numbers ("sagsnr. 26/08841", "skadenr. S-2026-04417", "medlemsnr. 1048-3372",
  "ydernr. 041237", "journalnr. 4200-80131-00441-26", "SR-26-0441"), CVR numbers ("CVR-nr.
  41882017"), amounts ("2.350 kr.", "kr. 545", "29,00 kr."), dates and clock times
  ("04.03.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14", "14.05.2026"), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "b***@example.dk", "**** **** **** 1111", "******4417",
  "TR33XXXXXXXXXXXXXXXXXX8413"), organisations' 70/80 and short numbers, companies, clinics,
  banks, products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]",
  "[CPR]", "[kontonr.]", "[kode]") and pseudonym labels ("Patient A", "Kunde 2") remain. No run
  of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind41 [OUT.jsonl]`` writes the set (by default to
bench/data/pii_blind41.jsonl); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
SIZE = 1000
NEGATIVES = 350
SEED = 41
GENRES = (
    "apotek_sms_log",
    "sundhed_besked",
    "laegehus_postkasse",
    "hospital_liste",
    "tandlaege_faktura",
    "kosmetik_depositum",
    "sygeforsikring_refusion",
    "apotek_chat",
    "patientsikkerhed_notat",
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
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "520082", "510510")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "GB": 22,
    "TR": 26,
    "PL": 28,
    "LT": 20,
    "HU": 28,
    "ES": 24,
    "SE": 24,
    "CZ": 24,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
ORG_LINES = ("1813", "70 33 16 00", "70 22 12 13", "80 20 31 45", "70 27 90 11", "80 60 40 55",
             "70 10 20 66")  # fmt: skip

# Names: Danes of all ages, Danes with roots elsewhere (women, men, surnames, family name first)
DANISH = (
    ("Bodil", "Gudrun", "Inger", "Kirsten", "Vibeke", "Hanne", "Lone", "Susanne", "Tina", "Mette",
     "Camilla", "Signe", "Rikke", "Nanna", "Freja", "Ida", "Alberte", "Asta", "Esther", "Karla",
     "Olivia", "Clara", "Sofie", "Birthe", "Jytte", "Grethe", "Ulla", "Merete", "Pernille",
     "Stine", "Maja", "Emma", "Laura", "Anne-Mette", "Marie-Louise", "Lis", "Tove", "Edith",
     "Ellen", "Dorthe", "Helle", "Åse", "Ragnhild", "Trine", "Malene", "Josefine", "Silje",
     "Liva", "Ronja", "Else"),
    ("Erik", "Poul", "Knud", "Svend", "Bent", "Ole", "Jørgen", "Flemming", "Torben", "Henrik",
     "Søren", "Morten", "Jesper", "Kasper", "Rasmus", "Mikkel", "Frederik", "Emil", "Oliver",
     "Noah", "Viggo", "Malthe", "Anton", "Carl", "Aksel", "Bjarne", "Preben", "Finn", "Jakob",
     "Christian", "Palle", "Kaj", "Villads", "Benjamin", "Hans-Henrik", "Jens-Peter",
     "Ole-Martin", "Niels", "Gunnar", "Ejnar", "Holger", "Asger", "Troels", "Ebbe", "Mogens",
     "Thorkild", "Valdemar", "Otto", "Elias", "Storm"),
    ("Kjeldsen", "Bech", "Thygesen", "Laursen", "Dahl", "Winther", "Mogensen", "Skov", "Lund",
     "Frandsen", "Bang", "Holst", "Juhl", "Krogh", "Riis", "Vestergaard", "Damgaard",
     "Lauridsen", "Brandt", "Kristoffersen", "Overgaard", "Fogh", "Munk", "Ravn", "Schou",
     "Toft", "Bak", "Lindholm", "Qvist", "Gram", "Nørgaard", "Kofoed", "Iversen", "Søndergaard",
     "Bisgaard", "Hedegaard", "Ebbesen", "Stampe", "Hviid", "Abildgaard", "Kragh", "Mørch",
     "Bruun", "Dalsgaard", "Lykke-Nørgaard", "Bach-Mortensen", "Friis-Hansen", "Holm-Pedersen",
     "Skytte-Larsen", "Kjær-Jensen", "Storm-Nielsen", "Brøndum-Olsen", "Due-Thomsen",
     "Vinding-Krog", "Gade-Lassen", "Hald-Iversen"),
)  # fmt: skip
ROOTS = (
    (("Zeynep", "Elif", "Ayşe", "Hatice", "Meryem"), ("Mehmet", "Emre", "Burak", "Yusuf", "Kemal"),
     ("Yilmaz", "Demir", "Kaya", "Aydın", "Arslan", "Celik", "Sahin")),
    (("Fatima", "Amina", "Leyla", "Hiba", "Yasmin", "Nadia", "Aisha", "Hodan", "Fardowsa"),
     ("Mohammed", "Ali", "Omar", "Hassan", "Bilal", "Ahmad", "Tariq", "Abdirahman", "Khalid"),
     ("Hussein", "Abdullahi", "Karimi", "Haidari", "El-Sayed", "Farah", "Warsame", "Al-Hashimi",
      "Nouri", "Rahimi")),
    (("Agnieszka", "Joanna", "Ewa", "Katarzyna", "Magdalena"),
     ("Piotr", "Tomasz", "Marek", "Krzysztof", "Paweł"),
     ("Nowak", "Mazur", "Wójcik", "Krawczyk", "Dudek")),
    (("Priya", "Ananya", "Deepa"), ("Arjun", "Rahul", "Vikram"), ("Sharma", "Patel", "Iyer")),
    (("Annika", "Karin", "Ngozi", "Ama"), ("Björn", "Magnus", "Kwame", "Chinedu"),
     ("Lindqvist", "Sjöberg", "Okafor", "Mensah", "Adeyemi")),
)  # fmt: skip
VIETNAMESE = (("Linh", "Huong", "Thao", "Lan"), ("Duc", "Minh", "Tuan", "Quang"),
              ("Nguyen", "Tran", "Pham", "Le", "Hoang"))  # fmt: skip
MIDDLE = (("Marie", "Louise", "Kristine", "Johanne", "Elisabeth", "Margrethe", "Kirstine"),
          ("Juul", "Bøgh", "Peter", "Christian", "Emil", "Valdemar", "Kolding"))  # fmt: skip
# Foreigners abroad: clinic coordinators and "surgeons" of the deposit frauds
ABROAD = (("Selin", "Aksoy"), ("Can", "Erdem"), ("James", "Whitfield"), ("Olga", "Ivanova"),
          ("Marta", "Kowalczyk"), ("Carlos", "Romero"), ("Ana", "Ferreira"), ("Daniel", "Novák"),
          ("Sarah", "Pennington"), ("Tomas", "Varga"), ("Irina", "Petrova"),
          ("Kerem", "Doğan"))  # fmt: skip
WOMEN = tuple(
    dict.fromkeys(
        DANISH[0] + tuple(n for r in ROOTS for n in r[0]) + VIETNAMESE[0]
        + ("Selin", "Olga", "Marta", "Ana", "Sarah", "Irina")
    )
)  # fmt: skip
MEN = tuple(
    dict.fromkeys(
        DANISH[1] + tuple(n for r in ROOTS for n in r[1]) + VIETNAMESE[1]
        + ("Can", "James", "Carlos", "Daniel", "Tomas", "Kerem")
    )
)  # fmt: skip

STREETS = ("Hvidkløvervej", "Bakkedraget", "Lærkevænget", "Skovbrynet", "Møllebakken",
           "Strandengen", "Rosenhaven", "Tjørnevej", "Kirkestien", "Engblommevej", "Nørre Allé",
           "Sølvgade", "Præstevænget", "Hyldebærvej", "Fjordbakken", "Gadekæret", "Lindealléen",
           "Klintevej", "Mejerivej", "Spurvevej", "Æblehaven", "Åbakken", "Ølandsgade",
           "Rugmarken", "Vibeholms Allé", "Slotsgade", "Havnegade", "Teglværksvej",
           "Birkedommervej", "Smedegade", "Sankt Knuds Vej", "Kongevejen", "Holmegårdsparken",
           "Pilekrogen", "Ravnsborg Tværgade", "Ulvehøjen")  # fmt: skip
TOWNS = (("2300", "København S"), ("2400", "København NV"), ("2720", "Vanløse"),
         ("2860", "Søborg"), ("3000", "Helsingør"), ("3400", "Hillerød"), ("4000", "Roskilde"),
         ("4200", "Slagelse"), ("4700", "Næstved"), ("4800", "Nykøbing F"), ("5000", "Odense C"),
         ("5700", "Svendborg"), ("6000", "Kolding"), ("6100", "Haderslev"), ("6700", "Esbjerg"),
         ("7100", "Vejle"), ("7400", "Herning"), ("7500", "Holstebro"), ("8000", "Aarhus C"),
         ("8600", "Silkeborg"), ("8700", "Horsens"), ("8900", "Randers C"), ("9000", "Aalborg"),
         ("9800", "Hjørring"), ("3700", "Rønne"), ("4300", "Holbæk"), ("2630", "Taastrup"),
         ("8240", "Risskov"), ("9400", "Nørresundby"), ("6400", "Sønderborg"))  # fmt: skip

PHARMACIES = ("Apotek Nordlys", "Bymidtens Apotek", "Havnens Apotek")
FAKE_SHOPS = ("MedExpress24", "SlankDirekt", "PilleKurven")
CLINICS = ("Lægehuset Kildebakken", "Lægerne i Skovlunde Centret", "Lægeklinikken Åløkke")
HOSPITALS = ("Regionshospitalet Egeskov", "Sygehus Nordfjord", "Hospitalsenheden Bakkely")
DENTISTS = ("Tandklinikken Bølgen", "Tandlægerne ved Torvet", "Smilets Tandklinik")
ABROAD_CLINICS = ("EsteticaMed Istanbul", "Klinika Piękna Gdańsk", "Budapest Smile Dental",
                  "Vilnius Aesthetic Center", "Clínica Belleza Alicante")  # fmt: skip
AUTHORITIES = ('Sygeforsikring "danmark"', "Styrelsen for Patientsikkerhed",
               "Lægemiddelstyrelsen", "Region Nordvest")  # fmt: skip
COMPANIES = PHARMACIES + FAKE_SHOPS + CLINICS + HOSPITALS + DENTISTS + ABROAD_CLINICS + AUTHORITIES
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank",
         "Lunar", "Revolut")  # fmt: skip
PRODUCTS = ("sundhed.dk", "Min Læge", "MitID", "MobilePay", "e-Boks", "Medicinkortet",
            "Instagram", "WhatsApp")  # fmt: skip
# drug, strength, ATC code
DRUGS = (("Panodil", "500 mg", "N02BE01"), ("Pinex", "1 g", "N02BE01"),
         ("Ibuprofen", "400 mg", "M01AE01"), ("Ipren", "200 mg", "M01AE01"),
         ("Metformin", "500 mg", "A10BA02"), ("Ozempic", "1 mg", "A10BJ06"),
         ("Wegovy", "2,4 mg", "A10BJ06"), ("Sertralin", "50 mg", "N06AB06"),
         ("Zolpidem", "10 mg", "N05CF02"), ("Oxapax", "15 mg", "N05BA04"),
         ("Tramadol", "50 mg", "N02AX02"), ("Amlodipin", "5 mg", "C08CA01"),
         ("Furix", "40 mg", "C03CA01"), ("Cialis", "20 mg", "G04BE08"),
         ("Saxenda", "6 mg", "A10BJ02"))  # fmt: skip
DEPARTMENTS = (("Lungemedicinsk Ambulatorium", ("DJ45.9", "DJ44.9")),
               ("Øjenambulatoriet", ("DH25.9", "DH40.1")),
               ("Ortopædkirurgisk Ambulatorium", ("DM17.1", "DS82.6")),
               ("Diabetesambulatoriet", ("DE11.9", "DE10.9")),
               ("Hjerteambulatoriet", ("DI48.9", "DI25.1")),
               ("Fertilitetsklinikken", ("DN97.9", "DN97.0")),
               ("Hudambulatoriet", ("DL40.0", "DL20.9")))  # fmt: skip
PROCEDURES = ("brystløft", "fedtsugning", "næsekorrektion", "hårtransplantation",
              "tandimplantater", "maveløft", "gastric sleeve", "facelift")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
DOMAINS = ("example.dk", "post.example.dk", "example.com", "example.net", "example.org")
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
_ORG_RE = re.compile(r"(?<![\d.])(?:" + "|".join(map(re.escape, ORG_LINES)) + r")(?![\d.])")
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ı": "i", "ł": "l", "ß": "ss"})


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    birth: date
    male: bool
    eastern: bool = False  # family name first


@dataclass(frozen=True)
class Lab:
    """A labelled value; PERSON carries who it is (key), a role for its pseudonym, a genitive."""

    type: str
    text: str
    key: str = ""
    role: str = ""
    gen: str = ""  # "s" (the genitive s inside the span) or "'" (an apostrophe after it)


Item = str | Lab


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def _fails_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().translate(_ASCII))
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "-"))


def _kr(rng: random.Random, lo: int, hi: int, ore: bool = False) -> str:
    n = rng.randint(lo, hi)
    whole = f"{n:,}".replace(",", ".")
    if ore:
        return f"{whole},{rng.choice(('00', '50', '95', '75'))} kr."
    return rng.choice((f"{whole} kr.", f"kr. {whole}", f"{whole} kr."))


def _genitive_s(name: str) -> str:
    return "'" if name[-1] in "sxz" else "s"


def _day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randint(0, 140))


def _short(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def _long(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def _dotted(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _clock(rng: random.Random, lo: int = 7, hi: int = 20) -> str:
    return f"{rng.randint(lo, hi):02d}.{rng.randint(0, 59):02d}"


def _code(rng: random.Random, n: int = 6) -> str:
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(n))


class Ctx:
    """One document being written: its RNG, its items and the people in it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.items: list[Item] = []
        self.mails: dict[str, str] = {}  # one address per person within a document

    def t(self, *parts: Item | list[Item]) -> None:
        for part in parts:
            if isinstance(part, list):
                self.items.extend(part)
            elif isinstance(part, Lab):
                self.items.append(part)
            else:
                last = self.items[-1] if self.items else ""
                if part.startswith(".") and isinstance(last, str) and last.endswith("kr."):
                    part = part[1:]  # an amount's "kr." also ends the sentence
                if part:
                    self.items.append(part.replace("kr..", "kr."))

    def f(self, template: str, **values: Item | list[Item]) -> None:
        """The template's text with each {key} replaced by its value (labelled or not)."""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            self.t(values[piece] if i % 2 else piece)

    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # -- people ---------------------------------------------------------------------------------
    def person(self, lo: int = 1936, hi: int = 2005, origin: str = "") -> Person:
        rng = self.rng
        male = rng.random() < 0.5
        birth = date(lo, 1, 1) + timedelta(
            days=rng.randint(0, (date(hi, 12, 28) - date(lo, 1, 1)).days)
        )
        roll = origin or rng.choices(("dk", "roots", "vn"), (70, 24, 6))[0]
        if roll == "vn":
            women, men, surnames = VIETNAMESE
            first = rng.choice(men if male else women)
            return Person(first, "Van" if male else "Thi", rng.choice(surnames), birth, male, True)
        if roll == "abroad":
            first, last = rng.choice(ABROAD)
            return Person(first, "", last, birth, first in MEN)
        women, men, surnames = DANISH if roll == "dk" else rng.choice(ROOTS)
        first = rng.choice(men if male else women)
        middle = rng.choice(MIDDLE[male] + (surnames if roll == "dk" else ()))
        last = rng.choice(surnames)
        if middle == last:
            middle = rng.choice(MIDDLE[male])
        return Person(first, middle, last, birth, male)

    def written(self, p: Person, form: str) -> str:
        full = f"{p.last} {p.middle} {p.first}" if p.eastern else f"{p.first} {p.last}"
        comma = f"{p.last}, {p.middle} {p.first}" if p.eastern else f"{p.last}, {p.first}"
        forms = {
            "full": full,
            "three": full if p.eastern or not p.middle else f"{p.first} {p.middle} {p.last}",
            "comma": comma,
            "upper": full.upper(),
            "upper_comma": comma.upper(),
            "initial": full if p.eastern else f"{p.first[0]}. {p.last}",
            "first": p.first,
            "last": p.last,
            "lower": full.lower(),
            "lower_first": p.first.lower(),
        }
        return forms[form]

    def name(self, p: Person, role: str, form: str = "") -> Lab:
        if not form:
            form = self.rng.choices(
                ("full", "three", "comma", "upper", "initial"), (45, 25, 12, 8, 10)
            )[0]
        return Lab("PERSON", self.written(p, form), f"{p.first}|{p.last}", role)

    def gen(self, p: Person, role: str) -> list[Item]:
        """The first name in the genitive: "Bodils", but "Niels'" with the apostrophe outside."""
        if p.first[-1] in "sxz":
            return [Lab("PERSON", p.first, f"{p.first}|{p.last}", role, "'"), "'"]
        return [Lab("PERSON", p.first + "s", f"{p.first}|{p.last}", role, "s")]

    # -- identifiers ----------------------------------------------------------------------------
    def _clean(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if not _ORG_RE.search(value):
                return value

    def phone_digits(self) -> str:
        rng = self.rng
        lead = rng.choice(MOBILE) if rng.random() < 0.7 else rng.choice(LANDLINE)
        return lead + "".join(rng.choice("0123456789") for _ in range(6))

    def phone(self) -> Lab:
        def make() -> str:
            d = self.phone_digits()
            pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
            forms = (
                f"+45 {d}", f"+45 {pairs}", f"+45 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}",
                f"(+45) {pairs}", f"0045 {d}", pairs, d, f"+45{d}", pairs.replace(" ", "."),
            )  # fmt: skip
            return self.pick(forms)

        return Lab("PHONE", self._clean(make))

    def foreign_phone(self, country: str = "") -> Lab:
        rng = self.rng
        if (country or rng.choice("GS")) == "G":
            return Lab("PHONE", f"+44 7700 900{rng.randint(0, 999):03d}")
        return Lab("PHONE", f"+46 70 174 06 {rng.randint(5, 99):02d}")

    def email(self, p: Person | None = None, local: str = "", domain: str = "") -> Lab:
        rng = self.rng
        key = f"{p.first}|{p.last}" if p is not None else ""
        if key in self.mails:
            return Lab("EMAIL", self.mails[key])
        if p is not None:
            first, last = _ascii(p.first), _ascii(p.last)
            yy = f"{p.birth.year % 100:02d}"
            local = rng.choice(
                (f"{first}.{last}", f"{first}{yy}", f"{first[0]}{last}", f"{first}_{last[:4]}",
                 f"{first}.{last[0]}{rng.randint(1, 99)}", f"{last}.{first[0]}")
            )  # fmt: skip
        address = f"{local}@{domain or rng.choice(DOMAINS)}"
        if key:
            self.mails[key] = address
        return Lab("EMAIL", address)

    def masked_email(self, p: Person) -> str:
        return f"{_ascii(p.first)[0]}***@{self.pick(DOMAINS)}"

    def cpr(self, p: Person) -> Lab:
        rng = self.rng
        b = p.birth
        century = "4" if b.year >= 2000 else rng.choice("0123")
        head = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"

        def make() -> str:
            while True:
                serial = (
                    century
                    + f"{rng.randint(0, 99):02d}"
                    + rng.choice("13579" if p.male else "02468")
                )
                if _fails_mod11(head + serial):
                    break
            spaced = f"{head[:2]} {head[2:4]} {head[4:]} {serial}"
            return self.pick((f"{head}-{serial}", f"{head}{serial}", spaced, f"{head} {serial}"))

        return Lab("CPR", self._clean(make))

    def masked_cpr(self, p: Person) -> str:
        b = p.birth
        return f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-xxxx"

    def dob(self, p: Person) -> Lab:
        b = p.birth
        return Lab(
            "DATE_OF_BIRTH",
            self.pick(
                (_long(b), _dotted(b), f"{b.day}/{b.month}-{b.year}",
                 f"{b.day:02d}-{b.month:02d}-{b.year}")
            ),
        )  # fmt: skip

    def street(self) -> str:
        rng = self.rng
        number = f"{rng.randint(1, 148)}{rng.choice(('', '', '', '', 'A', 'B', 'C', 'D'))}"
        return f"{rng.choice(STREETS)} {number}"

    def floor(self) -> str:
        rng = self.rng
        level = rng.choice(("st.", "1.", "2.", "3.", "4.", "5."))
        return f", {level} {rng.choice(('tv.', 'th.', 'mf.'))}"

    def addr(self, mode: str) -> Lab:
        """An address: "line" (postcode town after a comma), "block" (on the next line), "bare"."""
        text = self.street() + (self.floor() if self.chance(0.35) else "")
        post, town = self.pick(TOWNS)
        if mode == "line":
            text += f", {post} {town}"
        elif mode == "block":
            text += f"\n{post} {town}"
        return Lab("ADDRESS", text)

    def reg(self) -> str:
        return self._clean(lambda: f"{self.rng.randint(1000, 9899)}")

    def account_digits(self, n: int = 0) -> str:
        rng = self.rng
        n = n or rng.choice((7, 8, 10, 10, 10))
        return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))

    def account(self) -> list[Item]:
        """A Danish account in one of the forms: joined (one span) or with its own reg.nr. word."""
        rng = self.rng
        style = rng.randint(0, 3)
        if style == 0:
            return [
                Lab("BANK_ACCOUNT", self._clean(lambda: f"{self.reg()}-{self.account_digits(10)}"))
            ]
        if style == 1:
            return [
                Lab("BANK_ACCOUNT", self._clean(lambda: f"{self.reg()} {self.account_digits(10)}"))
            ]
        acc = self._clean(lambda: self.account_digits())
        if style == 2:
            return [f"reg. {self.reg()} konto ", Lab("BANK_ACCOUNT", acc)]
        if len(acc) < 10:
            acc = acc.rjust(10, "0")
        return [f"reg.nr. {self.reg()}, kontonr. ", Lab("BANK_ACCOUNT", acc)]

    def iban(self, country: str) -> Lab:
        rng = self.rng

        def make() -> str:
            if country == "GB":
                bban = rng.choice(("NWBK", "MIDL", "BARC", "LOYD")) + "".join(
                    rng.choice("0123456789") for _ in range(14)
                )
            else:
                bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
            compact = _iban(country, bban)
            return grouped(compact) if rng.random() < 0.6 else compact

        return Lab("IBAN", self._clean(make))

    def masked_iban(self, country: str) -> str:
        n = IBAN_LENGTH[country]
        rng = self.rng
        return f"{country}{rng.randint(10, 99)}{'X' * (n - 8)}{rng.randint(0, 9999):04d}"

    def card(self) -> Lab:
        rng = self.rng

        def make() -> str:
            body = rng.choice(TEST_PREFIXES)
            body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
            compact = body + _luhn_digit(body)
            return grouped(compact) if rng.random() < 0.65 else compact

        return Lab("CARD", self._clean(make))

    def masked_card(self) -> str:
        last4 = f"{self.rng.randint(0, 9999):04d}"
        return self.pick((f"**** **** **** {last4}", f"******{last4}"))

    def expiry(self) -> Lab:
        rng = self.rng
        year = rng.randint(26, 31)
        return Lab(
            "CARD_EXPIRY", f"{rng.randint(1, 12):02d}/{rng.choice((f'{year}', f'20{year}'))}"
        )

    def cvv(self) -> Lab:
        return Lab("CARD_CVV", f"{self.rng.randint(100, 999)}")

    def otp(self) -> Lab:
        rng = self.rng
        n = 6 if rng.random() < 0.75 else 8
        return Lab("OTP", self._clean(lambda: f"{rng.randint(1, 9)}" + "".join(
            rng.choice("0123456789") for _ in range(n - 1))))  # fmt: skip

    def mitid(self, p: Person) -> Lab:
        rng = self.rng
        first, last = _ascii(p.first).replace("-", ""), _ascii(p.last).replace("-", "")
        yy, yyyy = f"{p.birth.year % 100:02d}", f"{p.birth.year}"
        return Lab(
            "MITID_USER",
            rng.choice((f"{first}{yy}", f"{first}{last[0]}{yy}", f"{last}{yyyy}",
                        f"{first[:3]}{last[:3]}{yy}", f"{first}{yyyy}")),
        )  # fmt: skip

    def plate(self, compact: bool | None = None) -> Lab:
        rng = self.rng
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        digits = f"{rng.randint(10, 99)}", f"{rng.randint(100, 999)}"
        compact = rng.random() < 0.3 if compact is None else compact
        sep = "" if compact else " "
        return Lab("NUMBER_PLATE", f"{letters}{sep}{digits[0]}{sep}{digits[1]}")

    # -- hard negatives -------------------------------------------------------------------------
    def recept(self) -> str:
        rng = self.rng
        cue = rng.choice(("Receptnr.", "recept-id"))
        return f"{cue} R{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"

    def patient_id(self) -> str:
        rng = self.rng
        cue = rng.choice(("patient-id", "pt.-id"))
        return f"{cue} PA-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"

    def booking(self) -> str:
        rng = self.rng
        return f"{rng.choice(('bookingnr.', 'aftalenr.'))} B-26-{rng.randint(10000, 99999)}"

    def drug(self) -> tuple[str, str]:
        name, strength, atc = self.pick(DRUGS)
        return f"{name} {strength}", atc

    def varenr(self) -> str:
        return f"varenr. {self.rng.randint(100000, 999999)}"

    def ean(self) -> str:
        rng = self.rng
        body = "57" + "".join(rng.choice("0123456789") for _ in range(10))
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return f"EAN {body[0]} {body[1:7]} {body[7:]}{check}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(21000000, 45999999)}"

    def org_line(self) -> str:
        return self.pick(ORG_LINES[1:])

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.rng.randint(10, 99)}"

    def link(self, host: str) -> str:
        return f"{self.pick(('https', 'hxxps'))}://{host}/{_code(self.rng, self.rng.randint(4, 7))}"


# -- pseudonymisation ---------------------------------------------------------------------------
PSEUDONYMS = {
    "patient": ("Patient", "ABCD"),
    "customer": ("Kunde", "1234"),
    "staff": ("Medarbejder", "ABCD"),
    "member": ("Medlem", "1234"),
    "citizen": ("Borger", "ABCD"),
    "witness": ("Vidne", "1234"),
}


def _stand_in(lab: Lab, rng: random.Random, people: dict[str, str], used: dict[str, int]) -> str:
    if lab.type == "PERSON":
        if lab.key not in people:
            label = "[NAVN]"
            if lab.role in PSEUDONYMS and rng.random() < 0.85:
                word, marks = PSEUDONYMS[lab.role]
                n = used.setdefault(lab.role, rng.randint(0, 1))
                used[lab.role] = n + 1
                if n < len(marks):
                    label = f"{word} {marks[n]}"
            people[lab.key] = label
        label = people[lab.key]
        if lab.gen:
            return label + ("s" if label.endswith("]") else "'s")
        return label
    text = lab.text
    digits = re.sub(r"\D", "", text)
    if lab.type == "PHONE":
        return rng.choice(("[TLF]", "[TLF]", f"+45 ** ** ** {digits[-2:]}"))
    if lab.type == "EMAIL":
        local, domain = text.split("@")
        return rng.choice(("[e-mail]", f"{local[0]}***@{domain}"))
    if lab.type == "CPR":
        return rng.choice(("[CPR]", f"{digits[:6]}-xxxx"))
    if lab.type == "IBAN":
        compact = text.replace(" ", "")
        return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
    if lab.type == "CARD":
        return rng.choice((f"**** **** **** {digits[-4:]}", f"******{digits[-4:]}"))
    return {
        "ADDRESS": "[ADRESSE]",
        "DATE_OF_BIRTH": "[dato]",
        "BANK_ACCOUNT": "[kontonr.]",
        "CARD_EXPIRY": "**/**",
        "CARD_CVV": "***",
        "OTP": "[kode]",
        "MITID_USER": "[bruger-id]",
        "NUMBER_PLATE": "[nummerplade]",
    }[lab.type]


def _render(items: list[Item], negative: bool, rng: random.Random) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    people: dict[str, str] = {}
    used: dict[str, int] = {}
    apostrophe = False  # a pseudonym's genitive replaces the apostrophe after "Niels"
    for item in items:
        if isinstance(item, Lab):
            if negative:
                piece = _stand_in(item, rng, people, used)
                apostrophe = item.gen == "'"
            else:
                piece = item.text
                spans.append({"start": pos, "end": pos + len(piece), "type": item.type})
        else:
            piece = item[1:] if apostrophe and item.startswith("'") else item
            apostrophe = False
        parts.append(piece)
        pos += len(piece)
    return "".join(parts), spans


# -- genres -------------------------------------------------------------------------------------
def _apotek_sms_log(c: Ctx) -> None:
    """A pharmacy chain's fraud-desk log of customers hit by fake "Apoteket" SMS and shops."""
    day = _day(c.rng)
    chain = c.pick(PHARMACIES)
    clerk = c.person(1962, 1998)
    c.f(
        "{chain} – kundeservice, log over svindelhenvendelser\n"
        "Uge {week}, ført af farmaceut {clerk} ({mail})\n\n",
        chain=chain, week=str(day.isocalendar()[1]), clerk=c.name(clerk, "staff", "full"),
        mail=c.email(clerk),
    )  # fmt: skip
    for n in range(c.rng.randint(1, 3)):
        cust = c.person(1936, 2004)
        how = c.pick(("telefon", "mail", "ved skranken", "webformular"))
        c.f(
            "#{n}  {when} kl. {clock} – {how}\nKunde: {name}, tlf. {phone}",
            n=str(n + 1), when=_short(day + timedelta(days=n)), clock=_clock(c.rng), how=how,
            name=c.name(cust, "customer"), phone=c.phone(),
        )  # fmt: skip
        if c.chance(0.6):
            c.t(", e-mail ", c.email(cust))
        c.t("\n")
        if c.chance(0.45):
            c.t("Adresse: ", c.addr(c.pick(("line", "line", "bare"))), "\n")
        host = c.pick(("apotek-levering.example.net", "apoteket-fragt.example.com",
                       "recept-fornyelse.example.org", "medicin-pakke.example.net"))  # fmt: skip
        link = c.link(host)
        drug, atc = c.drug()
        sms = c.pick((
            f"Apoteket: Din receptmedicin er klar til levering. Betal fragt "
            f"{_kr(c.rng, 19, 49, True)} senest i dag: {link}",
            f"Din pakke fra Apoteket er tilbageholdt. Betal gebyr {_kr(c.rng, 25, 69, True)} her: "
            f"{link}",
            f"Apoteket: Din recept på {drug} udløber i dag. Forny den på {link}",
            f"Apoteket: Vi kan ikke levere din medicin. Bekræft adresse og betal "
            f"{_kr(c.rng, 9, 39, True)}: {link}",
        ))  # fmt: skip
        if c.chance(0.7):
            c.t(f'SMS fra afsender "Apoteket": "{sms}"\n')
        else:
            c.t(
                f'Købte {drug} uden recept hos webshoppen "{c.pick(FAKE_SHOPS)}", som angiver '
                f"{c.cvr()}. Betalt {_kr(c.rng, 450, 4995)}, intet leveret.\n"
            )
        if c.chance(0.8):
            c.f("På den falske side blev indtastet kort {card}, udløb {exp}",
                card=c.card(), exp=c.expiry())  # fmt: skip
            if c.chance(0.8):
                c.t(c.pick((" og CVV ", " og kontrolcifre ", ", CVC ")), c.cvv())
            c.t(".\n")
        if c.chance(0.55):
            alias = c.person(1970, 2000, "dk")
            caller = c.foreign_phone() if c.chance(0.3) else c.phone()
            asked, end = c.pick(((" og bad om koden fra banken. Kunden læste ", " op.\n"),
                                 (" og fik kunden til at oplyse sms-koden ", ".\n")))  # fmt: skip
            c.f('Dagen efter ringede {alias} "fra Apoteket" fra {caller}{asked}{otp}{end}',
                alias=c.name(alias, "other", "first"), caller=caller, asked=asked, otp=c.otp(),
                end=end)  # fmt: skip
        if c.chance(0.5):
            c.t(f"Kundens rigtige recept ({c.recept()}, {drug}, ATC {atc}) er ikke berørt.\n")
        else:
            c.t(
                f"Seneste ordre i klubben: {c.drug()[0]}, {c.varenr()}, {c.ean()}. "
                f"Kort i klubben: {c.masked_card()}.\n"
            )
        if c.chance(0.4):
            c.f("Kundens datter ringede også ind; {gen} mail står i vores system som {masked}.\n",
                gen=c.gen(cust, "customer"), masked=c.masked_email(cust))  # fmt: skip
        c.t(c.pick((
            f"Rådgivet om at spærre kortet hos {c.pick(BANKS)} og anmelde til politiet på 114.",
            f"Henvist til vores kundeservice på {c.org_line()} og til politiet.",
            "Kunden har selv spærret kortet. Ingen medicin udleveret forkert.",
            f"Kunden var bekymret for forfalsket {drug}; henvist til Akuttelefonen 1813.",
        )), "\n\n")  # fmt: skip
    c.t(
        f"Butikken ligger ved {c.pick(STREETS)}. Sager videresendt til Lægemiddelstyrelsen "
        f"{_short(day + timedelta(days=4))}.\n"
    )


def _sundhed_besked(c: Ctx) -> None:
    """A fake sundhed.dk / Min Læge message forwarded to a region's IT security, with the reply."""
    day = _day(c.rng)
    b = c.person(1936, 2004)
    doc = c.person(1955, 1990)
    sec = c.person(1965, 1998)
    subject = c.pick(("Ny besked fra din læge", "Du har 1 ulæst besked i Min Læge",
                      "Vigtigt: svar fra sundhed.dk", "Dit prøvesvar er klar"))  # fmt: skip
    c.f(
        "Fra: {name} <{mail}>\nTil: {org}\nEmne: VS: {subject}\nDato: {when} kl. {clock}\n\n{hi}"
        "Jeg fik denne besked i går og troede, den var fra min læge. ",
        name=c.name(b, "citizen", c.pick(("full", "three"))), mail=c.email(b),
        org=c.email(local=c.pick(("it-sikkerhed", "phishing", "informationssikkerhed")),
                    domain="example.dk"),
        subject=subject, when=_long(day), clock=_clock(c.rng),
        hi=c.pick(("Hej.\n\n", "Til rette vedkommende\n\n", "Hej IT-sikkerhed\n\n")),
    )  # fmt: skip
    if c.chance(0.7):
        c.f("Jeg nåede at skrive mit MitID-bruger-ID {user} og {word} {otp} ind, før jeg blev i "
            "tvivl. ", user=c.mitid(b), word=c.pick(("koden", "engangskoden")),
            otp=c.otp())  # fmt: skip
    else:
        c.t("Jeg skrev mit bruger-ID ind, men ikke koden. Bruger-ID var ", c.mitid(b), ". ")
    if c.chance(0.6):
        c.t("Mit CPR-nr. er ", c.cpr(b), ", hvis I skal bruge det. ")
    c.t("I kan ringe på ", c.phone(), ".\n")
    if c.chance(0.3):
        c.t("Min mand har fået den samme besked.\n")
    c.t("\nVenlig hilsen\n", c.name(b, "citizen", c.pick(("full", "first"))), "\n")
    if c.chance(0.6):
        c.t(c.addr("block"), "\n")
    c.f(
        '\n---------- Videresendt meddelelse ----------\nFra: "sundhed.dk" <{scam}>\n'
        "Emne: Du har en ny besked\n\nKære {who}\n",
        scam=c.email(local=c.pick(("noreply.sundhed", "besked", "minlaege.info")),
                     domain=c.pick(("example.net", "example.com"))),
        who=c.name(b, "citizen", c.pick(("upper", "full", "first"))) if c.chance(0.6) else "borger",
    )  # fmt: skip
    dept, codes = c.pick(DEPARTMENTS)
    c.t(c.pick((
        f"Din læge har sendt dig et svar vedrørende din henvisning til {dept} "
        f"(diagnosekode {c.pick(codes)}). ",
        f"Din aftale ({c.booking()}) i {dept} er flyttet. ",
        f"Din recept på {c.drug()[0]} kan ikke fornyes, før du har bekræftet dine oplysninger. ",
    )))  # fmt: skip
    host = c.pick(("sundhed-dk.example.com", "minlaege-login.example.net"))
    c.f(
        "Log ind med MitID for at læse beskeden: {link}\nBeskeden slettes efter 48 timer. "
        "Afsendt af læge {doc}.\n\n---------- Svar fra IT-sikkerhed ----------\n"
        "Tak for din henvendelse (sag {case}). Vi har lukket den falske side og kan se, at der "
        "blev indtastet:\nNavn: {name}\nFødselsdato: {dob}\n",
        link=c.link(host), doc=c.name(doc, "other", "full"),
        case=f"SR-26-{c.rng.randint(1000, 9999)}",
        name=c.name(b, "citizen", c.pick(("full", "upper", "three"))), dob=c.dob(b),
    )  # fmt: skip
    if c.chance(0.5):
        c.t("CPR-nr.: ", c.cpr(b), "\n")
    else:
        c.t(f"CPR-nr.: {c.masked_cpr(b)} (resten ikke gemt)\n")
    c.f("MitID-bruger-ID: {user}\nTelefon: {phone}\nKontakt MitID-support og spær dit MitID. ",
        user=c.mitid(b), phone=c.phone())  # fmt: skip
    if c.chance(0.3):
        c.t(f"Vi har talt med lægehuset ved {c.pick(STREETS)}. ")
    c.f(
        "Ring 1813 ved behov for lægehjælp uden for lægens åbningstid.\n"
        "Med venlig hilsen\n{sec}, informationssikkerhed, {org}\n",
        sec=c.name(sec, "staff", c.pick(("full", "initial"))), org=c.pick(AUTHORITIES[2:]),
    )  # fmt: skip


def _laegehus_postkasse(c: Ctx) -> None:
    """A GP clinic's e-mail thread after phishing took over its mailbox."""
    clinic = c.pick(CLINICS)
    doctor = c.person(1958, 1988)
    sec = c.person(1965, 2000)
    dpo = c.person(1960, 1995)
    day = _day(c.rng)
    box = c.pick(("klinik.kildebakken", "laegerne", "post.klinik"))
    what = c.pick((
        f'"attestgebyr" på {_kr(c.rng, 250, 750)}',
        f'"restance for vaccination" på {_kr(c.rng, 150, 450)}',
        f'"betaling for forlænget recept" på {_kr(c.rng, 95, 195)}',
    ))  # fmt: skip
    c.f(
        "Fra: {doctor} <{dmail}>\nTil: {dpomail}\nCc: {secmail}, {box}\n"
        "Emne: Sikkerhedshændelse – phishing i klinikkens postkasse (ydernr. {yder})\n\n"
        "Kære {dpo}\n\nI går kl. {clock} klikkede lægesekretær {sec} på et link i en mail, der "
        'lignede en besked fra "Min Læge". Angriberen fik adgang til {box2} og sendte {n} mails '
        "til patienter om {what}.\n\nFølgende patienter har svaret med oplysninger:\n",
        doctor=c.name(doctor, "staff", "full"), dmail=c.email(doctor), dpomail=c.email(dpo),
        secmail=c.email(sec), box=c.email(local=box, domain="example.dk"),
        yder=f"{c.rng.randint(10000, 99999):06d}", dpo=c.name(dpo, "staff", "first"),
        clock=_clock(c.rng, 8, 15), sec=c.name(sec, "staff", c.pick(("full", "three"))),
        box2=c.email(local=box, domain="example.dk"), n=str(c.rng.randint(40, 380)), what=what,
    )  # fmt: skip
    for _ in range(c.rng.randint(2, 4)):
        p = c.person(1936, 2005)
        c.t("- ", c.name(p, "patient", c.pick(("comma", "full", "three", "initial"))))
        style = c.rng.randint(0, 4)
        if style == 0:
            c.f(", CPR {cpr}, tlf. {phone}: svarede med kortnummer {card}.\n",
                cpr=c.cpr(p), phone=c.phone(), card=c.card())  # fmt: skip
        elif style == 1:
            c.f(", f. {dob}, {addr}: sendte {acc}.\n",
                dob=c.dob(p), addr=c.addr("line"), acc=c.account())  # fmt: skip
        elif style == 2:
            c.f(" ({mail}) skrev sit MitID-bruger-ID {user} og koden {otp}.\n",
                mail=c.email(p), user=c.mitid(p), otp=c.otp())  # fmt: skip
        elif style == 3:
            c.f(", født {dob}, svarede fra {masked} med et billede af sit sygesikringsbevis.\n",
                dob=c.dob(p), masked=c.masked_email(p))  # fmt: skip
        else:
            c.f(", tlf. {phone}, betalte {kr} med kort {card}, udløb {exp}.\n",
                phone=c.phone(), kr=_kr(c.rng, 150, 750), card=c.card(),
                exp=c.expiry())  # fmt: skip
    c.t(
        "\nJournalnotater er ikke berørt, men to af de sendte mails indeholdt diagnosekoden "
        f"{c.pick(DEPARTMENTS)[1][0]} og en henvisning med {c.patient_id()}.\n"
    )
    if c.chance(0.6):
        nurse = c.name(c.person(1960, 2000), "staff", c.pick(("full", "three")))
        c.f("Klinikkens sygeplejerske {nurse} opdagede det, da patienter ringede og spurgte til "
            "gebyret.\n", nurse=nurse)  # fmt: skip
    if c.chance(0.5):
        w = c.person(1950, 2000)
        c.f("En patient, {name}, ringede i morges fra {phone}; {gen} søn havde set, at afsenderen "
            "var forkert.\n", name=c.name(w, "patient", "full"), phone=c.phone(),
            gen=c.gen(w, "patient"))  # fmt: skip
    c.f(
        "Vi har skiftet adgangskode og meldt det til Region Nordvest. Patienterne kan ringe til "
        "klinikken på {line}.\n\nMed venlig hilsen\n{doctor}, praktiserende læge\n"
        "{clinic}, ved {street}.\n",
        line=c.org_line(), doctor=c.name(doctor, "staff", c.pick(("full", "initial", "three"))),
        clinic=clinic, street=c.pick(STREETS),
    )  # fmt: skip
    if c.chance(0.55):
        c.f("\n> {when} skrev {dpo} <{mail}>:\n> Husk at anmelde bruddet inden 72 timer og send "
            "mig listen over berørte patienter.\n", when=_short(day),
            dpo=c.name(dpo, "staff", "full"), mail=c.email(dpo))  # fmt: skip


def _hospital_liste(c: Ctx) -> None:
    """A hospital patient office's log of a leaked appointment list and fake parking-fine SMS."""
    dept, codes = c.pick(DEPARTMENTS)
    day = _day(c.rng)
    minute = c.rng.randint(0, 30)

    def stamp() -> str:
        nonlocal minute
        minute += c.rng.randint(5, 40)
        return f"{day.isoformat()} {8 + minute // 60:02d}:{minute % 60:02d}  "

    c.f(
        "{hosp} – Patientkontoret\nHændelseslog, sag {case}, ført af {clerk}\n\n",
        hosp=c.pick(HOSPITALS), case=f"{c.pick(('PK', 'HÆN'))}-26-{c.rng.randint(100, 999)}",
        clerk=c.name(c.person(1962, 1999), "staff", c.pick(("full", "initial"))),
    )  # fmt: skip
    for _ in range(c.rng.randint(1, 3)):
        p = c.person(1936, 2005)
        c.t(stamp(), c.name(p, "patient"), " ringer")
        if c.chance(0.6):
            c.t(" fra ", c.phone())
        c.f(': SMS om "ubetalt P-afgift" for bil {plate} ved hospitalets parkering på dagen for '
            "sin aftale ({booking}). ", plate=c.plate(), booking=c.booking())  # fmt: skip
        if c.chance(0.5):
            c.t(f"Har betalt {_kr(c.rng, 345, 895)} via linket med kort ", c.card(), ".\n")
        else:
            c.t(f"SMS'en kendte {'hans' if p.male else 'hendes'} mødetid. Har ikke betalt.\n")
    c.f(
        "{stamp}IT finder ambulatorielisten for {dept} {when}, sendt til forkert ekstern "
        "modtager {wrong}. Uddrag:\n  NAVN; CPR; ADRESSE; TLF; TID; DIAGNOSE\n",
        stamp=stamp(), dept=dept, when=_short(day),
        wrong=c.email(local=c.pick(("booking.ekstern", "kalender-sync", "lister")),
                      domain=c.pick(("example.com", "example.net"))),
    )  # fmt: skip
    for _ in range(c.rng.randint(2, 5)):
        p = c.person(1936, 2005)
        c.f("  {name}; {cpr}; {addr}; {phone}; kl. {clock}; {icd}\n",
            name=c.name(p, "patient", c.pick(("upper_comma", "upper_comma", "upper"))),
            cpr=c.cpr(p), addr=c.addr("line"), phone=c.phone(), clock=_clock(c.rng, 8, 15),
            icd=c.pick(codes))  # fmt: skip
    if c.chance(0.5):
        c.t(f"  {c.masked_cpr(c.person())}; {c.patient_id()}; (rækken afskåret)\n")
    c.f("{stamp}{who}{a} og {b}.",
        stamp=stamp(), who=c.pick(("P-firmaet bekræfter, at de ikke har udstedt afgifter til ",
                                   "Politiet har fået numrene ")),
        a=c.plate(), b=c.plate())  # fmt: skip
    if c.chance(0.6):
        fam = c.person(1950, 2000)
        c.f(" Pårørende {name} ({mail}) har klaget skriftligt.",
            name=c.name(fam, "other", "full"), mail=c.email(fam))  # fmt: skip
    c.t(
        f"\nPatienter henvises til patientkontoret på {c.org_line()}. Hospitalet ligger ved "
        f"{c.pick(STREETS)}.\n"
    )


def _tandlaege_faktura(c: Ctx) -> None:
    """A dentist's receptionist's notes on a fake invoice sent to the clinic's patients."""
    day = _day(c.rng)
    dentist = c.person(1958, 1990)
    p = c.person(1936, 2005)
    c.f(
        "Notat – receptionen, {clinic}, {when}\nSkrevet af {rec}\n\n"
        "{name} ({pid}) ringede kl. {clock}: har fået en \"faktura\" på {kr} for {what} "
        "med betaling til {acc} – ikke vores konto.\nFakturaen kom fra {mail} og var underskrevet "
        '"tandlæge {dentist}", som er vores tandlæge, men {pron} har intet sendt.\n'
        "Patientens navn og adresse stod korrekt på fakturaen:\n{name2}\n{addr}\n",
        clinic=c.pick(DENTISTS), when=_long(day),
        rec=c.name(c.person(1970, 2002), "staff", c.pick(("full", "first"))),
        name=c.name(p, "patient", c.pick(("full", "three", "comma"))), pid=c.patient_id(),
        clock=_clock(c.rng, 8, 16), kr=_kr(c.rng, 450, 4800),
        what=c.pick(("tandrensning", "rodbehandling", "en krone", "akut tid")), acc=c.account(),
        mail=c.email(local=c.pick(("faktura.tandklinik", "regnskab-tand", "opkraevning")),
                     domain=c.pick(("example.com", "example.net"))),
        dentist=c.name(dentist, "other", c.pick(("full", "initial"))),
        pron="han" if dentist.male else "hun",
        name2=c.name(p, "patient", c.pick(("full", "upper"))),
        addr=c.addr("block"),
    )  # fmt: skip
    if c.chance(0.6):
        booked = _short(day - timedelta(days=c.rng.randint(3, 30)))
        c.t("Tlf. på fakturaen: ", c.phone(), f". Booking fra {booked} ({c.booking()}).\n")
    if c.chance(0.55):
        q = c.person(1936, 2005)
        c.f("\nEn anden patient, {name}, har allerede betalt {kr} til IBAN {iban}. {gen} bank "
            "({bank}) forsøger at kalde pengene tilbage.\n",
            name=c.name(q, "patient"), kr=_kr(c.rng, 600, 3800),
            iban=c.iban(c.pick(("LT", "DE", "PL", "ES"))), gen=c.gen(q, "patient"),
            bank=c.pick(BANKS))  # fmt: skip
    if c.chance(0.5):
        c.f('\nI dag kom en mand forbi for at "hente kontant betaling". Klinikassistent {name} så '
            "ham køre i en {colour} bil, {plate}.\n",
            name=c.name(c.person(1975, 2004), "staff", "full"),
            colour=c.pick(("sort", "grå", "hvid")), plate=c.plate())  # fmt: skip
    else:
        c.t("\nVores rigtige fakturaer sendes kun via e-Boks, og betaling sker på kortterminal. "
            f"Bagsiden viste {c.masked_card()}.\n")  # fmt: skip
    c.t(
        f"Opfølgning: patienter kan ringe på {c.org_line()}; sagen er anmeldt "
        f"({c.pick(('til politiet på 114', 'til politiet', 'online'))}).\n"
    )


KOSMETIK_COUNTRY = {"EsteticaMed Istanbul": "TR", "Klinika Piękna Gdańsk": "PL",
                    "Budapest Smile Dental": "HU", "Vilnius Aesthetic Center": "LT",
                    "Clínica Belleza Alicante": "ES"}  # fmt: skip


def _kosmetik_depositum(c: Ctx) -> None:
    """A police report of a deposit paid to a cosmetic-surgery / dental clinic abroad."""
    day = _day(c.rng)
    p = c.person(1955, 2005)
    coord = c.person(origin="abroad")
    clinic = c.pick(ABROAD_CLINICS)
    country = KOSMETIK_COUNTRY[clinic]
    jnr = f"{c.rng.randint(1000, 9900)}-{c.rng.randint(10000, 99999)}-{c.rng.randint(10000, 99999)}"
    c.f(
        "Politianmeldelse – bedrageri (depositum for behandling i udlandet)\n"
        "journalnr. {jnr}-26, modtaget {when}\n\nAnmelder: {name}{born}{dob}\n",
        jnr=jnr, when=_dotted(day), name=c.name(p, "citizen", c.pick(("full", "three", "comma"))),
        born=c.pick((", født ", ", f. ")), dob=c.dob(p),
    )  # fmt: skip
    if c.chance(0.7):
        c.t("CPR: ", c.cpr(p), "\n")
    c.f(
        "Adresse: {addr}\nTelefon: {phone}; e-mail: {mail}\n\n"
        "Forklaring: Anmelder fandt {clinic} via Instagram og fik tilbudt {proc} til {price}. "
        "Klinikkens koordinator, {coord}, skrev fra {fphone} på WhatsApp og fra {cmail}. "
        "Operationen skulle udføres af Dr. {surgeon}.\n"
        'Uddrag (engelsk): "Hi {first}, to secure your date {date} please pay the deposit to our '
        'account {iban}. Kind regards, {coord2}, Patient Coordinator"\n'
        "Anmelder betalte {kr} den {paid}",
        addr=c.addr(c.pick(("block", "line"))), phone=c.phone(), mail=c.email(p), clinic=clinic,
        proc=c.pick(PROCEDURES), price=_kr(c.rng, 18000, 46000),
        coord=c.name(coord, "other", "full"), fphone=c.foreign_phone(),
        cmail=c.email(local=f"{_ascii(coord.first)}.{_ascii(coord.last)}",
                      domain=c.pick(("example.com", "example.org"))),
        surgeon=c.name(c.person(1960, 1985, "abroad"), "other", c.pick(("full", "initial"))),
        first=c.name(p, "citizen", "first"),
        date=_dotted(day + timedelta(days=c.rng.randint(20, 70))), iban=c.iban(country),
        coord2=c.name(coord, "other", c.pick(("full", "first"))), kr=_kr(c.rng, 4500, 15000),
        paid=_short(day - timedelta(days=c.rng.randint(20, 60))),
    )  # fmt: skip
    if c.chance(0.6):
        c.f(" og senere {kr} med kort {card}, udløb {exp}",
            kr=_kr(c.rng, 1500, 6000), card=c.card(), exp=c.expiry())  # fmt: skip
        if c.chance(0.5):
            c.t(", CVC ", c.cvv())
    c.t(". Klinikken svarer ikke længere, og hjemmesiden er lukket.\n")
    if c.chance(0.5):
        c.f('En svensk "agent", {name}, ringede fra {phone} og tilbød at "flytte datoen" mod et '
            "nyt gebyr til {iban}.\n", name=c.name(c.person(1965, 1995, "dk"), "other", "full"),
            phone=c.foreign_phone("S"), iban=c.iban(c.pick(("SE", "LT", "GB"))))  # fmt: skip
    if c.chance(0.55):
        w = c.person(1950, 2004)
        c.f("\nVidne: {name}, {addr}, tlf. {phone}\n{who}\n",
            name=c.name(w, "witness", c.pick(("full", "comma"))), addr=c.addr("line"),
            phone=c.phone(), who=c.pick(("(anmelders søster)", "(samlever)",
                                         "(veninde, med til konsultationen)")))  # fmt: skip
    c.t(
        f"\nAnmelders bank har spærret kortet ({c.masked_card()}). Tidligere mistænkelig konto "
        f"{c.masked_iban(country)}.\n"
    )


def _sygeforsikring_refusion(c: Ctx) -> None:
    """The fraud team's case note at Sygeforsikring "danmark" on a fake refund."""
    day = _day(c.rng)
    m = c.person(1936, 2004)
    c.f(
        'Sygeforsikring "danmark" – Svindelteamet\nSagsnotat, skadenr. S-2026-{nr}, {when}\n\n'
        "Medlem: {name} (medlemsnr. {mnr}, gruppe {grp})\n{cue}{cpr}\n",
        nr=str(c.rng.randint(10000, 99999)), when=_dotted(day),
        name=c.name(m, "member", c.pick(("full", "three", "comma", "upper"))),
        mnr=f"{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}",
        grp=c.pick(("1", "2", "5")), cue=c.pick(("CPR: ", "CPR-nr.: ")), cpr=c.cpr(m),
    )  # fmt: skip
    if c.chance(0.5):
        c.t("Adresse: ", c.addr(c.pick(("line", "block"))), "\n")
    c.f(
        'Kontakt: {phone}, {mail}\n\nHenvendelse: Medlemmet fik en mail fra "danmark refusion" '
        "<{sender}> om tilbagebetaling af {kr} for {what}. Linket bad om MitID og kontonummer.\n",
        phone=c.phone(), mail=c.email(m),
        sender=c.email(local=c.pick(("refusion.danmark", "tilskud-danmark", "udbetaling")),
                       domain=c.pick(("example.net", "example.org"))),
        kr=_kr(c.rng, 180, 2400, True),
        what=c.pick(("fysioterapi", "tandlæge", "briller", "medicin", "kiropraktor")),
    )  # fmt: skip
    if c.chance(0.75):
        c.f("Medlemmet indtastede MitID-bruger-ID {user} og {word} {otp}.\n",
            user=c.mitid(m), word=c.pick(("engangskoden", "koden")), otp=c.otp())  # fmt: skip
    c.f("Udbetalingskontoen blev samme dag ændret fra {old} til {new}.\n",
        old=c.account(), new=c.account())  # fmt: skip
    if c.chance(0.45):
        c.t("Pengene er ført videre til ", c.iban(c.pick(("LT", "DE", "GB", "CZ"))), ".\n")
    if c.chance(0.4):
        rel = c.person(1950, 2004)
        c.f("Medlemmets ægtefælle, {name}, f. {dob}, har fået samme mail.\n",
            name=c.name(rel, "member", "full"), dob=c.dob(rel))  # fmt: skip
    clerk = c.person(1965, 1998)
    c.f(
        "Vurdering: {kr} i forsøgte udbetalinger stoppet. Ingen tilskud til {drug} berørt.\n"
        "Medlemmet er bedt om at ringe til os på {line} og spærre MitID.\n"
        "Sagsbehandler: {clerk}, {mail}\n",
        kr=_kr(c.rng, 900, 9500), drug=c.drug()[0], line=c.org_line(),
        clerk=c.name(clerk, "staff", c.pick(("full", "initial"))), mail=c.email(clerk),
    )  # fmt: skip


def _apotek_chat(c: Ctx) -> None:
    """A pharmacy chain's customer-service chat about a fake "Apoteket" SMS or order."""
    chain = c.pick(PHARMACIES)
    day = _day(c.rng)
    staff = c.person(1968, 2002)
    english = c.chance(0.2)
    cust = c.person(1940, 2005, "abroad" if english else "")
    form = c.pick(("lower", "lower", "full", "first", "lower_first"))
    clock = [c.rng.randint(8, 20) * 60 + c.rng.randint(0, 50)]
    ticket = f"SR-26-{c.rng.randint(1000, 9999)}"
    drug, atc = c.drug()

    def line(speaker: Lab, *body: Item | list[Item]) -> None:
        clock[0] += c.rng.randint(0, 2)
        c.t(f"[{clock[0] // 60:02d}:{clock[0] % 60:02d}] ", speaker, ": ", *body, "\n")

    def me() -> Lab:
        return c.name(staff, "staff", "first")

    def you() -> Lab:
        return c.name(cust, "customer", form)

    c.t(f"Chat – {chain} kundeservice – {_dotted(day)} – {ticket}\n")
    if english:
        line(me(), f"Hej og velkommen til {chain}. Hvad kan jeg hjælpe med?")
        line(you(), f'Hi, sorry for English. I got a text from "Apoteket" saying my {drug} is '
             f"delayed and I must pay {_kr(c.rng, 19, 49, True)}")  # fmt: skip
        line(me(), "No problem. That text is not from us. Did you open the link?")
        line(you(), "yes, I typed my card ", c.card(), " exp ", c.expiry(), " and CVV ", c.cvv())
        line(me(), "Please call your bank now and block the card. Can I have your phone number?")
        line(you(), c.foreign_phone() if c.chance(0.4) else c.phone())
        if c.chance(0.6):
            line(you(), "they also sent me a code ", c.otp(), " and asked for it by phone")
        line(me(), "Thank you. And your e-mail for the case?")
        line(you(), c.email(cust))
    else:
        line(
            me(), f"Hej og velkommen til {chain}{_genitive_s(chain)} chat. Hvad kan jeg hjælpe med?"
        )
        line(you(), c.pick((
            f"hej jeg har faaet en sms fra apoteket om at min pakke med {drug} er forsinket og jeg "
            f"skal betale {_kr(c.rng, 19, 49, True)}",
            f"Hej. Jeg har bestilt {drug} på jeres side, men nu får jeg en sms om at betale told",
            "hej er det jer der sender sms om at jeg skal bekræfte min adresse??",
        )))  # fmt: skip
        line(me(), "Den SMS er ikke fra os. Har du klikket på linket?")
        if c.chance(0.65):
            cue = c.pick((" og cvc ", " og CVC ", " cvv ", " kontrolcifre "))
            line(you(), "ja og skrev mit kort ", c.card(), " og ", c.expiry(), cue, c.cvv())
            line(me(), "Ring straks til din bank og spær kortet. Må jeg få dit telefonnummer?")
        else:
            line(you(), "nej ikke endnu")
            line(me(), "Godt. Slet beskeden. Må jeg få dit telefonnummer, så vi kan følge op?")
        line(you(), c.phone())
        if c.chance(0.45):
            said = c.pick(("bagefter ringede en og bad om koden ", "jeg fik en kode ",
                           "de fik koden "))  # fmt: skip
            line(you(), said, c.otp(), c.pick(("", " :(", " er det slemt")))
        if c.chance(0.35):
            line(you(), "de spurgte også efter mit MitID bruger-id og jeg skrev ", c.mitid(cust))
            line(me(), "Så skal du også spærre dit MitID. Det gør du hos MitID-support.")
        line(me(), "Hvilken mail skal vi skrive til?")
        line(you(), c.email(cust))
        if c.chance(0.4):
            line(you(), "og pakken skal til min adresse ", c.addr(c.pick(("line", "bare"))))
        if c.chance(0.35):
            mother = c.name(c.person(1936, 1965), "customer", c.pick(("full", "lower")))
            line(you(), "min mor ", mother, " har også fået den")
    line(me(), f"Din ordre indeholder {drug} ({c.varenr()}, ATC {atc}) og er ikke sendt endnu. "
         f"Din sag hedder {ticket}.")  # fmt: skip
    if c.chance(0.5):
        line(
            me(), f"Du kan også ringe til os på {c.org_line()}. Ved akut behov for lægehjælp: 1813."
        )
    else:
        line(me(), f"Vi kan se kortet {c.masked_card()} i din profil. Det er ikke berørt.")
    line(
        you(), c.pick(("Thank you", "thanks") if english else ("tak", "tak for hjælpen", "ok tak"))
    )


def _patientsikkerhed_notat(c: Ctx) -> None:
    """The Patient Safety Authority's case note on a fake online doctor and its buyers."""
    day = _day(c.rng)
    rep = c.person(1960, 1995)
    real = c.person(1955, 1990)
    drug, atc = c.drug()
    c.f(
        "Styrelsen for Patientsikkerhed – sagsnotat\nsagsnr. 26/{nr}, oprettet {when}\n"
        "Emne: Falsk lægeautorisation – onlinesalg af receptpligtig medicin ({drug}, ATC {atc})\n\n"
        "Anmelder: apoteker {rep}, {pharmacy}, tlf. {phone}, {mail}\n\n"
        'Sagsfremstilling: Hjemmesiden "{shop}" ({cvr}) udsteder "recepter" underskrevet af '
        '"læge {fake}". Ingen læge med dette navn har autorisation. Recepterne bærer {recept} '
        "og angiver ydernr. {yder}, som tilhører overlæge {real}. {gen} navn og autorisation "
        "misbruges.\n",
        nr=f"{c.rng.randint(1000, 99999):05d}", when=_dotted(day), drug=drug, atc=atc,
        rep=c.name(rep, "staff", c.pick(("full", "three"))), pharmacy=c.pick(PHARMACIES),
        phone=c.phone(), mail=c.email(rep), shop=c.pick(FAKE_SHOPS), cvr=c.cvr(),
        fake=c.name(c.person(1955, 1990, "dk"), "other", c.pick(("full", "initial"))),
        recept=c.recept(), yder=f"{c.rng.randint(10000, 99999):06d}",
        real=c.name(real, "other", "full"), gen=c.gen(real, "other"),
    )  # fmt: skip
    for _ in range(c.rng.randint(1, 2)):
        b = c.person(1945, 2005)
        c.f("\nKøber: {name}{born}{dob}, har bestilt og betalt {kr} med kort {card}.",
            name=c.name(b, "citizen", c.pick(("full", "three", "comma"))),
            born=c.pick((", født ", ", f. ")), dob=c.dob(b), kr=_kr(c.rng, 995, 4500),
            card=c.card())  # fmt: skip
        if c.chance(0.5):
            c.f(" Varen blev leveret af en {colour} varebil, {plate}, til {addr}.",
                colour=c.pick(("grå", "hvid", "sort")), plate=c.plate(),
                addr=c.addr("line"))  # fmt: skip
        else:
            c.f(" Kontakt: {phone}, {mail}.", phone=c.phone(), mail=c.email(b))
        if c.chance(0.35):
            c.t(" CPR oplyst i bestillingen: ", c.cpr(b), ".")
        c.t("\n")
    if c.chance(0.5):
        c.t(f"\nPakken indeholdt ukendt stof mærket {drug}, {c.ean()}; sendt til analyse hos "
            "Lægemiddelstyrelsen.\n")  # fmt: skip
    c.f(
        "Borgere henvises til egen læge eller 1813. Styrelsens sagsbehandlere træffes på {line}.\n"
        "Sagsbehandler: {clerk}\n",
        line=c.org_line(),
        clerk=c.name(c.person(1965, 1998), "staff", c.pick(("full", "initial", "comma"))),
    )  # fmt: skip


BUILDERS: dict[str, Callable[[Ctx], None]] = {
    "apotek_sms_log": _apotek_sms_log,
    "sundhed_besked": _sundhed_besked,
    "laegehus_postkasse": _laegehus_postkasse,
    "hospital_liste": _hospital_liste,
    "tandlaege_faktura": _tandlaege_faktura,
    "kosmetik_depositum": _kosmetik_depositum,
    "sygeforsikring_refusion": _sygeforsikring_refusion,
    "apotek_chat": _apotek_chat,
    "patientsikkerhed_notat": _patientsikkerhed_notat,
}


def _plan(seed: int, size: int) -> list[tuple[str, str]]:
    """Genre and kind per document: genres in turn within each kind, the order shuffled."""
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[j % len(GENRES)], "negative") for j in range(negatives)]
    plan += [(GENRES[j % len(GENRES)], "positive") for j in range(size - negatives)]
    random.Random(f"pii_blind41:{seed}:plan").shuffle(plan)
    return plan


def document(seed: int, i: int, genre: str, kind: str) -> dict:
    rng = random.Random(f"pii_blind41:{seed}:{i}")
    ctx = Ctx(rng)
    BUILDERS[genre](ctx)
    text, spans = _render(ctx.items, kind == "negative", rng)
    return {"id": f"pb41-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    return [document(seed, i, genre, kind) for i, (genre, kind) in enumerate(_plan(seed, size))]


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent / "data" / "pii_blind41.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
