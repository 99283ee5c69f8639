"""A seventy-eighth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is SIM-SWAP AND
NUMBER-PORTING FRAUD as a Danish mobile operator's fraud desk (the fictional Kystnet Mobil A/S)
meets it, in seven genres: a port-out request held for a fraud check (the subscriber as our
system has him, "Surname, Given", the name on the request in capitals, a birth date, the
address, the sole trader's home address of a business subscription, the SIM's ICCID and the
IMEI it was last seen in), a shop assistant's ID-check note at a SIM replacement (the name on
the driving licence in capitals with "f." and the birth date, the CPR number said aloud, the
new and old SIM, the car the "customer" came in), a call log of a customer who lost her number
and her MitID (the number she calls from, the code she read out to "Mikkel fra Kundeservice",
her MitID user ID, the card, expiry and CVV she gave away), a web chat ("[19:02] Name:" lines,
customers typing in lower case), an e-mail thread with a bank's fraud team (Fra:/Til:/Cc:/Emne:,
the account the money left, the mule's IBAN, the SMS code sent to the hijacked number), an
e-mail thread with the police (the victim's and the suspect's names and addresses in blocks of
two lines, plates, foreign numbers, the account the money reached) and a customer's letter of
complaint with its address blocks. The names are those of Danes of all ages, Danes with roots
elsewhere ("Zeynep Yilmaz", "Nguyen Thi Thuy", "Abdirahman Mohamud"), double surnames
("Skov-Larsen"), hyphenated given names ("Anne-Marie") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("ekspedient", "politiassistent",
  "kunden", "fru"); "Holm, Mette K." is one span; a genitive s belongs to it ("Mettes"); a
  lower-case name typed in a chat ("mette holm", "hej jonas") is PERSON, and so is a name in
  capitals on an ID ("METTE KROG HOLM"), a given name alone after a greeting ("Hej Mette",
  "Mvh Jonas") and a chat speaker. A scammer's alias ("Mikkel fra Kundeservice") is PERSON by
  its name only, the unit is not. Organisations, shops, banks, products, placeholders ("[NAVN]",
  "Kunde A", "Medarbejder 1", "Mistænkt 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. An organisation's
  own postal address (the operator's, a shop's, a dealer's, a bank branch's, a police
  station's) is NOT personal data and is never labelled, though it is written in letterheads,
  signatures and "afhentes i butikken på ..."; a private person's address always is, a sole
  trader's home address included.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH ("14. marts 1978", "14.03.1978", "14/3-1978", "14-03-1978")
  is labelled only straight after "født", "f." or "Fødselsdato:"; no other date is.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (never 70 or 80),
  written "+45 21436587", "+45 21 43 65 87", "+45 2143 6587", "2143 6587", "(+45) 21 43 65 87",
  "0045 21436587", "21 43 65 87", "21436587", "+4521436587" or "21.43.65.87", the country code
  inside the span, and foreign numbers from fiction-reserved ranges only, "+44 7700 900xxx" and
  "+46 70 174 06 xx" (xx 05-99). An organisation's line (70/80 numbers, 112, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, team mailboxes too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 1234567") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the
  account is. IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by four
  or compact. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), grouped by four or
  compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "CVC", "cvc" or
  "kontrolcifre". OTP: a one-time code sent, read out or typed in (6 or 8 digits); MITID_USER a
  MitID user ID given as such; NUMBER_PLATE a Danish plate ("CX 44 120", "CX44120").
- Hard negatives, never labelled: IMEIs ("35-209900-176148-1", "35 209900 176148 1") and SIM
  ICCIDs ("8945 0211 3456 7890 123"), amounts ("48.500 kr.", "kr. 99,00"), dates and clock
  times ("04.12.2026", "kl. 21.47", "[19:02]", "2026-12-04 09:14"), port orders ("NP-482913"),
  case, bank-case and police journal numbers ("KSV-26-04512", "FB-26-11873",
  "4100-84510-01234-26"), customer and staff numbers ("kundenr. 5128834", "medarb.nr. 40217"),
  CVR numbers, tracking numbers ("RR123456785DK"), masked values ("140378-xxxx",
  "+45 ** ** ** 87", "m***@example.com", "**** **** **** 4417", "******4417",
  "DK71XXXXXXXXXX0932", "CX ** ***"), organisations' lines, names and addresses, products and
  family words. Documents of kind "negative" are the same genres after pseudonymisation: only
  such values, stand-ins ("[NAVN]", "[TLF]") and pseudonyms ("Kunde A") remain. No run of ten or
  more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind77 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind77"
GENRES = (
    "portering",
    "butik_id",
    "opkaldslog",
    "chat",
    "bankmail",
    "politimail",
    "kundebrev",
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

_WOMEN_HERE = (
    "Mette", "Hanne", "Susanne", "Lene", "Camilla", "Sara", "Ida", "Freja", "Emma", "Agnete",
    "Birthe", "Inger", "Kirsten", "Vibeke", "Tove", "Dorte", "Gitte", "Karina", "Malene",
    "Rikke", "Signe", "Line", "Nanna", "Cecilie", "Josefine", "Astrid", "Alberte", "Liva",
    "Karla", "Esther", "Ellen", "Solvej", "Tine", "Jytte", "Grethe", "Bodil", "Ulla",
    "Marianne", "Pernille", "Louise", "Trine", "Maja", "Laura", "Asta", "Vigga", "Ronja",
    "Silje", "Tilde", "Merete", "Anne-Marie", "Gudrun", "Ragnhild", "Ingeborg",
)  # fmt: skip
_WOMEN_ABROAD = (
    "Fatima", "Aisha", "Zainab", "Amina", "Leyla", "Hiba", "Noor", "Yasmin", "Elif", "Zeynep",
    "Ayse", "Mariam", "Sana", "Hodan", "Farhiya", "Agnieszka", "Katarzyna", "Oksana", "Olena",
    "Thuy", "Priya", "Dragana", "Jelena", "Amal", "Shirin", "Parisa",
)  # fmt: skip
WOMEN = _WOMEN_HERE + _WOMEN_ABROAD
_MEN_HERE = (
    "Jonas", "Lars", "Søren", "Henrik", "Morten", "Jens", "Niels", "Poul", "Bent", "Kurt",
    "Jørgen", "Erik", "Ole", "Finn", "Preben", "Torben", "Kim", "Rasmus", "Mikkel", "Anders",
    "Mads", "Christian", "Frederik", "Emil", "Oliver", "Noah", "Magnus", "Malthe", "Viggo",
    "Aksel", "Bjarke", "Esben", "Ejnar", "Aage", "Holger", "Tage", "Villads", "Asger",
    "Troels", "Ulrik", "Palle", "Flemming", "Gunnar", "Karsten", "Allan", "Brian", "Dennis",
    "Kenneth", "René", "Jannik", "Hans-Henrik", "Svend", "Egon",
)  # fmt: skip
_MEN_ABROAD = (
    "Ahmad", "Mohammed", "Ali", "Hassan", "Omar", "Yusuf", "Mustafa", "Emre", "Murat",
    "Hamid", "Bilal", "Tariq", "Abdirahman", "Tomasz", "Piotr", "Andrzej", "Marek", "Dmytro",
    "Minh", "Tuan", "Arjun", "Goran", "Nikola", "Reza", "Dariush", "Karim",
)  # fmt: skip
MEN = _MEN_HERE + _MEN_ABROAD
_ABROAD = frozenset(_WOMEN_ABROAD + _MEN_ABROAD)
_SURNAMES_HERE = (
    "Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Holm", "Schmidt", "Eriksen",
    "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Vestergaard",
    "Skov", "Bak", "Dam", "Krog", "Bach", "Friis", "Kjær", "Lauridsen", "Nygaard", "Mogensen",
    "Dahl", "Berg", "Holst", "Brandt", "Juhl", "Bech", "Vinther", "Kjeldsen", "Lindberg",
    "Søgaard", "Thygesen", "Abildgaard", "Toft", "Overgaard", "Bruun", "Hedegaard", "Ravn",
    "Lindholm", "Storm", "Kirkegaard", "Skovgaard", "Mølgaard", "Engel", "Hald", "Munk",
)  # fmt: skip
_SURNAMES_ABROAD = (
    "Yilmaz", "Kaya", "Demir", "Hussein", "Ahmadi", "Khan", "Abdi", "Nguyen", "Tran",
    "Kowalski", "Nowak", "Mohamud", "Farah", "Jovanovic", "Petrovic", "Shevchenko", "Rahimi",
    "Haddad", "Osman", "Karimi",
)  # fmt: skip
_DOUBLE = ("Skov-Larsen", "Bak-Jensen", "Holm-Nielsen", "Dam-Poulsen", "Krog-Madsen")
SURNAMES = _SURNAMES_HERE + _SURNAMES_ABROAD + _DOUBLE
MIDDLES = (
    "Krog", "Skov", "Bak", "Lund", "Holm", "Dam", "Juhl", "Bech", "Friis", "Kjær", "Toft",
    "Ravn", "Storm", "Vinther", "Brandt", "Dahl", "Berg", "Bruun", "Hedegaard", "Søgaard",
    "Munk", "Hald",
)  # fmt: skip
_VIETNAMESE_MIDDLES = ("Thi", "Van", "Minh", "Thanh")

# private streets (never an organisation's)
STREETS = (
    "Mågevej", "Kastanievej", "Lærkevænget", "Tjørnebakken", "Birkelunden", "Hybenhaven",
    "Rugmarken", "Egevænget", "Ørnehøj", "Stensbjergvej", "Fasanstien", "Kløvermarken",
    "Hasselvej", "Bøgebakken", "Enghavevej", "Rønnebærvej", "Skovbrynet", "Vibevej",
    "Toftegårdsvej", "Solsikkevej", "Brombærvænget", "Pilealle", "Lindevangen", "Havrevænget",
    "Tranevej", "Agerhønevej", "Mosevej", "Kirkestien", "Åbrinken", "Gyvelvej", "Lupinvej",
    "Præstevænget", "Nørregårdsvej", "Gammel Skolevej", "Ny Møllevej", "Sivvænget",
)  # fmt: skip
TOWNS = (
    ("1700", "København V"), ("2100", "København Ø"), ("2200", "København N"),
    ("2300", "København S"), ("2400", "København NV"), ("2500", "Valby"),
    ("2610", "Rødovre"), ("2620", "Albertslund"), ("2630", "Taastrup"), ("2650", "Hvidovre"),
    ("2700", "Brønshøj"), ("2720", "Vanløse"), ("2730", "Herlev"), ("2750", "Ballerup"),
    ("2770", "Kastrup"), ("2800", "Kongens Lyngby"), ("2860", "Søborg"), ("2900", "Hellerup"),
    ("2970", "Hørsholm"), ("3000", "Helsingør"), ("3400", "Hillerød"), ("3460", "Birkerød"),
    ("3600", "Frederikssund"), ("3700", "Rønne"), ("4000", "Roskilde"), ("4100", "Ringsted"),
    ("4200", "Slagelse"), ("4300", "Holbæk"), ("4600", "Køge"), ("4700", "Næstved"),
    ("4800", "Nykøbing F"), ("5000", "Odense C"), ("5200", "Odense V"), ("5700", "Svendborg"),
    ("6000", "Kolding"), ("6100", "Haderslev"), ("6200", "Aabenraa"), ("6400", "Sønderborg"),
    ("6700", "Esbjerg"), ("6800", "Varde"), ("7000", "Fredericia"), ("7100", "Vejle"),
    ("7400", "Herning"), ("7500", "Holstebro"), ("7800", "Skive"), ("8000", "Aarhus C"),
    ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8260", "Viby J"), ("8600", "Silkeborg"),
    ("8700", "Horsens"), ("8800", "Viborg"), ("8900", "Randers C"), ("9000", "Aalborg"),
    ("9200", "Aalborg SV"), ("9400", "Nørresundby"), ("9800", "Hjørring"),
    ("9900", "Frederikshavn"),
)  # fmt: skip

OPERATOR = "Kystnet Mobil A/S"
HQ = ("Havnegade 4", "8000 Aarhus C")
SHOPS = (
    ("Kystnet Butik Vejle", "Søndergade 21", "7100 Vejle"),
    ("Kystnet Butik Odense", "Vestergade 48", "5000 Odense C"),
    ("Kystnet Butik Aalborg", "Bispensgade 17", "9000 Aalborg"),
    ("Kystnet Butik Lyngby", "Lyngby Hovedgade 61", "2800 Kongens Lyngby"),
    ("Kystnet Butik Roskilde", "Algade 30", "4000 Roskilde"),
    ("Kystnet Butik Esbjerg", "Kongensgade 55", "6700 Esbjerg"),
    ("Kystnet Butik Herning", "Bredgade 12", "7400 Herning"),
    ("Kystnet Butik Nørrebro", "Nørrebrogade 88", "2200 København N"),
)
DEALERS = (
    ("Bølgetal ApS", "Kanalvej 7", "7000 Fredericia"),
    ("Pulsmobil A/S", "Industrivej 44", "2605 Brøndby"),
    ("Nordlink Telecom", "Hjulmagervej 15", "9000 Aalborg"),
    ("Fyrtårn Mobil ApS", "Værkstedsvej 3", "4600 Køge"),
)
BRANCHES = (
    ("Fjordbanken", "fjordbanken", "FB", "Torvegade 3", "8600 Silkeborg", "70 22 44 66"),
    ("Sparekassen Vestkyst", "spvestkyst", "SV", "Storegade 40", "6800 Varde", "70 33 18 90"),
    ("Andelsbanken Midt", "andelsbanken", "AM", "Jernbanegade 9", "8800 Viborg", "70 11 40 40"),
    ("Kvistrup Bank", "kvistrupbank", "KB", "Adelgade 15", "8700 Horsens", "80 20 61 61"),
)
POLICE = (
    ("Østjyllands Politi", "Langelandsgade 9", "8000 Aarhus C", "4100"),
    ("Fyns Politi", "Sankt Knuds Gade 5", "5000 Odense C", "2300"),
    ("Nordjyllands Politi", "Jyllandsgade 27", "9000 Aalborg", "5100"),
    ("Københavns Politi", "Halmtorvet 20", "1700 København V", "0100"),
    ("Midt- og Vestjyllands Politi", "Fredhøjvej 9", "7400 Herning", "4300"),
)
PICKUP = (
    ("Kiosk Hjørnet", "Torvet 2", "4300 Holbæk"),
    ("Købmand Ravnsborg", "Bygaden 6", "8260 Viby J"),
)
SOLE_TRADES = (
    "Tømrerfirmaet Egely",
    "Vinduespudser Glimt",
    "Frisør Saksen",
    "VVS-Service Kilden",
    "Havehjælp Spiren",
)
ORG_ADDRESSES = (
    HQ,
    *((s, t) for _, s, t in SHOPS),
    *((s, t) for _, s, t in DEALERS),
    *((b[3], b[4]) for b in BRANCHES),
    *((p[1], p[2]) for p in POLICE),
    *((s, t) for _, s, t in PICKUP),
)
COMPANIES = (
    OPERATOR,
    "Kystnet",
    *(name for name, _, _ in SHOPS),
    *(name for name, _, _ in DEALERS),
    *(name for name, _, _ in PICKUP),
    *SOLE_TRADES,
    *(p[0] for p in POLICE),
)
BANKS = tuple(b[0] for b in BRANCHES)
PRODUCTS = ("MitID", "eSIM", "Kystnet Flex", "Kystnet Familie", "MobilePay")
KYSTNET_LINE = "70 27 27 40"
ORG_LINES = (KYSTNET_LINE, "7027 2740", *(b[5] for b in BRANCHES))
ALIAS_UNITS = (
    "Kundeservice",
    "Kystnets svindelafdeling",
    "MitID Support",
    "bankens sikkerhedsafdeling",
    "teknisk support",
    "Kystnet Erhverv",
)
ALIASES = ("Mikkel", "Jesper", "Thomas", "Sofie", "Camilla", "Martin", "Louise", "Daniel")
_FEMALE_ALIASES = ("Sofie", "Camilla", "Louise")
FAMILY = (
    "min mand", "min kone", "min datter", "min søn", "min mor", "min far", "min svigersøn",
    "mit barnebarn", "hendes mand", "hans kone", "hendes datter", "hans søn",
)  # fmt: skip
PSEUDONYMS = (
    "Kunde A",
    "Kunde B",
    "Medarbejder 1",
    "Medarbejder 2",
    "Rådgiver 1",
    "Efterforsker 1",
    "Mistænkt 1",
)
CARS = ("sort Audi A4", "grå Skoda Octavia", "hvid VW Transporter", "blå Toyota Yaris",
        "sølvfarvet Peugeot 308", "mørkegrøn Volvo V70", "rød Kia Ceed")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300", "520082")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "EE": 20, "NL": 18, "GB": 22, "PL": 28,
               "ES": 24, "SE": 24, "FR": 27}  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
MAIL_DOMAINS = ("example.dk", "example.com", "example.net", "mail.example.dk", "post.example.com")


# ---------------------------------------------------------------- identifiers


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def mod11_passes(number: str) -> bool:
    return sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11 == 0


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban(r: random.Random, country: str) -> str:
    length = IBAN_LENGTH[country]
    if country in ("NL", "GB"):
        bank = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(4))
        bban = bank + "".join(r.choice("0123456789") for _ in range(length - 8))
    else:
        bban = "".join(r.choice("0123456789") for _ in range(length - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def card_number(r: random.Random) -> str:
    prefix = r.choice(TEST_PREFIXES)
    body = prefix + "".join(r.choice("0123456789") for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


def imei(r: random.Random) -> str:
    body = r.choice(("35", "86", "01", "35")) + "".join(r.choice("0123456789") for _ in range(12))
    full = body + luhn_digit(body)
    if r.random() < 0.6:
        return f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}"
    return f"{full[:2]} {full[2:8]} {full[8:14]} {full[14]}"


def iccid(r: random.Random) -> str:
    body = (
        "8945"
        + r.choice(("02", "01", "20", "06"))
        + "".join(r.choice("0123456789") for _ in range(12))
    )
    full = body + luhn_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:12]} {full[12:16]} {full[16:]}"


def plate(r: random.Random) -> str:
    letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
    return f"{letters}{r.randint(10, 99)}{r.randint(0, 999):03d}"


def ascii_fold(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "o"})
    return "".join(c for c in text.lower().translate(table) if c.isalnum() and c.isascii())


# ---------------------------------------------------------------- people


@dataclass
class Address:
    street: str
    number: str
    floor: str
    postcode: str
    town: str

    def line(self, with_town: bool = True) -> str:
        head = f"{self.street} {self.number}" + (f", {self.floor}" if self.floor else "")
        return f"{head}, {self.postcode} {self.town}" if with_town else head

    def block(self) -> str:
        head = f"{self.street} {self.number}" + (f", {self.floor}" if self.floor else "")
        return f"{head}\n{self.postcode} {self.town}"


@dataclass
class Person:
    given: str
    middle: str
    surname: str
    female: bool
    born: date
    cpr: str
    phone: str
    mail: str
    mitid: str
    address: Address
    pseudo: str

    @property
    def short(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.given, self.middle, self.surname) if x)

    @property
    def she(self) -> str:
        return "hun" if self.female else "han"

    @property
    def her(self) -> str:
        return "hendes" if self.female else "hans"


def address(r: random.Random) -> Address:
    number = str(r.choice((r.randint(1, 40), r.randint(1, 140))))
    if r.random() < 0.15:
        number += r.choice("ABCD")
    floor = ""
    if r.random() < 0.4:
        floor = (
            f"{r.choice(('st.', '1.', '2.', '3.', '4.', '5.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
        )
    postcode, town = r.choice(TOWNS)
    return Address(r.choice(STREETS), number, floor, postcode, town)


def phone_number(r: random.Random, mobile: bool = True) -> str:
    lead = r.choice(MOBILE if mobile or r.random() < 0.5 else LANDLINE)
    return lead + "".join(r.choice("0123456789") for _ in range(6))


def cpr_for(r: random.Random, born: date, female: bool) -> str:
    head = born.strftime("%d%m%y") + ("4" if born.year >= 2000 else r.choice("0123"))
    while True:
        middle = f"{r.randint(0, 99):02d}"
        lasts = [d for d in "0123456789" if (int(d) % 2 == 0) == female]
        r.shuffle(lasts)
        for last in lasts:
            number = head + middle + last
            if not mod11_passes(number):
                return number


def person(
    r: random.Random, pseudo: str, female: bool | None = None, years: tuple[int, int] = (1938, 2005)
) -> Person:
    if female is None:
        female = r.random() < 0.55
    given = r.choice(WOMEN if female else MEN)
    middle = ""
    if given in ("Thuy", "Minh", "Tuan") and r.random() < 0.7:
        surname = r.choice(("Nguyen", "Tran"))
        middle = r.choice(_VIETNAMESE_MIDDLES)
    elif given in _ABROAD and r.random() < 0.65:
        surname = r.choice(_SURNAMES_ABROAD)
    else:
        surname = r.choice(SURNAMES)
        if r.random() < 0.07:
            surname = f"{r.choice(_SURNAMES_HERE)}-{r.choice(_SURNAMES_HERE)}"
    if not middle and r.random() < 0.3:
        middle = r.choice(MIDDLES)
        if middle == surname:
            middle = ""
    born = date(r.randint(*years), 1, 1) + timedelta(days=r.randint(0, 364))
    cpr = cpr_for(r, born, female)
    g, s = ascii_fold(given), ascii_fold(surname)
    yy = born.strftime("%y")
    local = r.choice(
        (
            f"{g}.{s}",
            f"{g}{s[:2]}{yy}",
            f"{g[0]}.{s}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}.{s}{yy}",
            f"{g}{born.year}",
        )
    )
    mail = f"{local}@{r.choice(MAIL_DOMAINS)}"
    mitid = r.choice(
        (
            f"{g}{s[:3]}{yy}",
            f"{s}{born.year}",
            f"{g[:3]}{s[:3]}{yy}",
            f"{g}{born.year}",
            f"{g[0]}{s}{yy}",
        )
    )
    return Person(
        given, middle, surname, female, born, cpr, phone_number(r), mail, mitid, address(r), pseudo
    )


def staff(r: random.Random, pseudo: str, domain: str) -> tuple[Person, str]:
    p = person(r, pseudo, years=(1958, 2004))
    g, s = ascii_fold(p.given), ascii_fold(p.surname)
    local = r.choice((f"{g}.{s}", f"{g[0]}{s[:2]}", f"{g[:2]}{s[:2]}", f"{g}{s[0]}"))
    return p, f"{local}@{domain}"


# ---------------------------------------------------------------- documents


class Doc:
    """Text built piece by piece; a labelled value becomes a stand-in in a negative."""

    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r, self.neg = r, neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, value: str, kind: str, stand_in: str) -> Doc:
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def p(self, value: str, stand_in: str) -> Doc:
        return self.v(value, "PERSON", stand_in)

    # names -----------------------------------------------------------
    def name(self, who: Person, form: str = "any") -> Doc:
        r = self.r
        if form == "any":
            form = r.choice(("full", "short", "short", "initial", "full"))
        if form == "full":
            value = who.full
        elif form == "short":
            value = who.short
        elif form == "initial":
            value = (
                f"{who.given} {who.middle[0]}. {who.surname}"
                if who.middle
                else f"{who.given[0]}. {who.surname}"
            )
        elif form == "surname_first":
            tail = f" {who.middle[0]}." if who.middle and r.random() < 0.5 else ""
            value = f"{who.surname}, {who.given}{tail}"
        elif form == "caps":
            value = who.full.upper()
        elif form == "lower":
            value = r.choice((who.given, who.short)).lower()
        elif form == "given":
            value = who.given
        elif form == "surname":
            value = who.surname
        else:
            raise ValueError(form)
        return self.p(value, who.pseudo)

    def owner(self, who: Person, noun: str, definite: str, form: str = "given") -> Doc:
        """ "Mettes nummer", or "nummeret til Jonas" where a genitive s cannot be added."""
        name = who.given if form == "given" else who.short
        if self.neg or name.endswith(("s", "x", "z")):
            self.t(f"{definite} til ")
            return self.name(who, form)
        return self.p(name + "s", who.pseudo).t(f" {noun}")

    # identifiers -----------------------------------------------------
    def addr(self, where: Address, style: str = "line") -> Doc:
        if style == "block":
            value = where.block()
        elif style == "street":
            value = where.line(with_town=False)
        else:
            value = where.line()
        return self.v(value, "ADDRESS", "[ADRESSE]")

    def phone(self, number: str, form: int | None = None) -> Doc:
        n = number
        pairs = [n[i : i + 2] for i in range(0, 8, 2)]
        layouts = (
            f"+45 {n}",
            f"+45 {' '.join(pairs)}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {' '.join(pairs)}",
            f"0045 {n}",
            " ".join(pairs),
            n,
            f"+45{n}",
            ".".join(pairs),
        )
        value = layouts[self.r.randrange(len(layouts)) if form is None else form]
        stand_in = f"+45 ** ** ** {n[6:]}" if self.r.random() < 0.6 else "[TLF]"
        return self.v(value, "PHONE", stand_in)

    def foreign(self) -> Doc:
        r = self.r
        if r.random() < 0.5:
            value = f"+44 7700 900{r.randint(0, 999):03d}"
            stand_in = "+44 7700 ******"
        else:
            value = f"+46 70 174 06 {r.randint(5, 99):02d}"
            stand_in = "+46 ** *** ** **"
        return self.v(value, "PHONE", stand_in)

    def cpr(self, who: Person) -> Doc:
        n = who.cpr
        value = self.r.choice(
            (f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:6]} {n[6:]}")
        )
        return self.v(value, "CPR", f"{n[:6]}-xxxx" if self.r.random() < 0.5 else "[CPR]")

    def dob(self, who: Person) -> Doc:
        b = who.born
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                b.strftime("%d.%m.%Y"),
                f"{b.day}/{b.month}-{b.year}",
                b.strftime("%d-%m-%Y"),
            )
        )
        return self.v(value, "DATE_OF_BIRTH", "[dato]")

    def mail(self, value: str) -> Doc:
        local, domain = value.split("@")
        stand_in = f"{local[0]}***@{domain}" if self.r.random() < 0.7 else "[e-mail]"
        return self.v(value, "EMAIL", stand_in)

    def otp(self, length: int | None = None) -> Doc:
        n = length or self.r.choice((6, 6, 6, 8))
        value = str(self.r.randint(10 ** (n - 1), 10**n - 1))
        return self.v(value, "OTP", "[kode]")

    def mitid(self, who: Person) -> Doc:
        return self.v(who.mitid, "MITID_USER", "[bruger-id]")

    def account(self, style: str | None = None) -> Doc:
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        acct = "".join(r.choice("0123456789") for _ in range(r.choice((7, 8, 10, 10))))
        if len(acct) == 10 and r.random() < 0.5:
            acct = "00" + acct[2:]
        masked = "******" + acct[-4:]
        style = style or r.choice(("dash", "space", "words", "words"))
        if style == "dash":
            return self.v(f"{reg}-{acct}", "BANK_ACCOUNT", masked)
        if style == "space":
            return self.v(f"{reg} {acct}", "BANK_ACCOUNT", masked)
        self.t(
            r.choice((f"reg.nr. {reg}, kontonr. ", f"reg. {reg} konto ", f"reg.nr. {reg} kto. "))
        )
        return self.v(acct, "BANK_ACCOUNT", "[kontonr.]")

    def iban(self, country: str | None = None) -> Doc:
        r = self.r
        country = country or r.choice(("LT", "EE", "DE", "NL", "GB", "PL", "ES", "SE", "FR", "DK"))
        compact = iban(r, country)
        value = grouped(compact) if r.random() < 0.6 else compact
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return self.v(value, "IBAN", masked)

    def card(self) -> Doc:
        number = card_number(self.r)
        value = grouped(number) if self.r.random() < 0.65 else number
        return self.v(value, "CARD", "**** **** **** " + number[-4:])

    def expiry(self) -> Doc:
        r = self.r
        month, year = r.randint(1, 12), r.randint(26, 31)
        value = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        return self.v(value, "CARD_EXPIRY", "**/**")

    def cvv(self) -> Doc:
        return self.v(f"{self.r.randint(100, 999)}", "CARD_CVV", "***")

    def plate(self, value: str | None = None, spaced: bool | None = None) -> Doc:
        value = value or plate(self.r)
        if spaced is None:
            spaced = self.r.random() < 0.7
        shown = f"{value[:2]} {value[2:4]} {value[4:]}" if spaced else value
        return self.v(shown, "NUMBER_PLATE", f"{value[:2]} ** ***")


# ---------------------------------------------------------------- shared pieces


def moment(r: random.Random) -> datetime:
    day = date(2026, 10, 20) + timedelta(days=r.randint(0, 45))
    return datetime(day.year, day.month, day.day, r.randint(6, 23), r.randint(0, 59))


def long_date(when: datetime | date) -> str:
    return f"{when.day}. {MONTHS[when.month - 1]} {when.year}"


def clock(when: datetime) -> str:
    return f"kl. {when:%H.%M}"


def case_no(r: random.Random) -> str:
    return f"KSV-26-{r.randint(0, 99999):05d}"


def order_no(r: random.Random) -> str:
    return f"NP-{r.randint(100000, 999999)}"


def customer_no(r: random.Random) -> str:
    return f"kundenr. {r.randint(1000000, 9999999)}"


def staff_no(r: random.Random) -> str:
    return f"medarb.nr. {r.randint(10000, 99999)}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randint(10000000, 99999999)}"


def tracking(r: random.Random) -> str:
    body = f"{r.randint(0, 99999999):08d}"
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    check = 11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    check = 5 if check == 11 else 0 if check == 10 else check
    return f"RR{body}{check}DK"


def amount(r: random.Random, low: int = 500, high: int = 90000) -> str:
    value = r.randint(low, high)
    if value >= 1000:
        value = value // 100 * 100
        text = f"{value:,}".replace(",", ".")
    else:
        text = str(value)
    if r.random() < 0.25:
        return f"kr. {text},00"
    return f"{text} kr."


def place(town: str) -> str:
    """A town without its district letters ("København NV" -> "København")."""
    words = town.split()
    return " ".join(words[:-1]) if len(words) > 1 and len(words[-1]) <= 2 else town


def org_address(d: Doc, street: str, town: str, block: bool = False) -> Doc:
    return d.t(f"{street}\n{town}" if block else f"{street}, {town}")


def fraud_mailbox(d: Doc) -> Doc:
    return d.mail(d.r.choice(("svindel@kystnet.example.dk", "portering@kystnet.example.dk")))


# ---------------------------------------------------------------- genres


def portering(d: Doc) -> None:
    r = d.r
    cust = person(r, "Kunde A")
    agent = person(r, "Medarbejder 1", years=(1965, 2003))
    fraud = r.random() < 0.7
    when = moment(r)
    dealer = r.choice(DEALERS)
    d.t("PORTERINGSANMODNING – SVINDELKONTROL\n")
    d.t(f"Ordrenr.: {order_no(r)}   Modtaget: {when:%Y-%m-%d %H:%M}\n")
    d.t(f"Afgivende operatør: {OPERATOR}   Modtagende operatør: {dealer[0]}\n")
    d.t("Nummer: ").phone(cust.phone).t(f" ({customer_no(r)})\n")
    sole = r.random() < 0.25
    if sole:
        d.t(f"Abonnement: erhverv, {r.choice(SOLE_TRADES)} v/ ").name(cust, "short")
        d.t(f", {cvr(r)}\n")
        d.t("Bopælsadresse (enkeltmandsvirksomhed): ").addr(cust.address, "line").t("\n")
    else:
        d.t("Abonnent i vores system: ").name(
            cust, r.choice(("surname_first", "surname_first", "full", "initial"))
        )
        d.t("\nAdresse i vores system: ").addr(cust.address, r.choice(("line", "line", "street")))
        d.t("\n")
    if r.random() < 0.65:
        d.t("Fødselsdato: ").dob(cust).t("\n")
    else:
        d.t(f"CPR i systemet: {cust.cpr[:6]}-xxxx\n")
    local, domain = cust.mail.split("@")
    d.t(f"E-mail i systemet: {local[0]}***@{domain}\n")
    d.t(f"SIM i dag: ICCID {iccid(r)}, sidst set i IMEI {imei(r)}\n\n")
    d.t("Data på anmodningen\n")
    if fraud:
        other = person(r, "Kunde B", female=cust.female)
        d.t("Navn: ").name(r.choice((other, cust)), "caps").t("\n")
        d.t("Kontakt-e-mail: ").mail(other.mail).t("\n")
        d.t("Kontaktnummer: ")
        if r.random() < 0.5:
            d.foreign()
        else:
            d.phone(other.phone)
        d.t(f"\nForhandler: {dealer[0]}, ")
        org_address(d, dealer[1], dealer[2])
        d.t("\n\nVurdering\n")
        d.t(
            r.choice(
                (
                    "Kontakt-e-mailen og kontaktnummeret passer ikke med abonnenten. ",
                    "Anmodningen kom kl. 02 om natten, og SIM-kortet blev skiftet to timer før. ",
                    "Samme kontaktnummer er brugt på tre andre porteringer i denne uge. ",
                )
            )
        )
        d.t("Abonnenten er ringet op på ")
        d.phone(phone_number(r))
        d.t(", som er oplyst som ")
        d.t(f"{cust.her} sekundære nummer. ")
        d.name(cust, r.choice(("given", "short")))
        d.t(
            f" bekræfter, at {cust.she} ikke har bedt om portering"
            f"{r.choice((', og at ' + cust.she + ' ikke kender ', '. Vi spurgte også til '))}"
        )
        d.name(other, "short")
        d.t(
            ". Porteringen er afvist, og nummeret har fået porteringslås. "
            f"Sagen er oprettet som {case_no(r)}.\n"
        )
        if r.random() < 0.5:
            d.t("Kunden er rådet til at kontakte sin bank og anmelde forholdet til politiet ")
            d.t("på 114.\n")
    else:
        d.t("Navn: ").name(cust, "caps").t("\n")
        d.t("Kontakt-e-mail: ").mail(cust.mail).t("\n")
        d.t(f"Forhandler: {dealer[0]}, ")
        org_address(d, dealer[1], dealer[2])
        d.t("\n\nVurdering\n")
        d.t("Oplysningerne passer. Porteringskoden ")
        d.otp(r.choice((6, 8)))
        d.t(
            f" blev sendt til nummeret {clock(when)} og tastet rigtigt ind. "
            f"Porteringen gennemføres {long_date(when + timedelta(days=r.randint(1, 5)))}.\n"
        )
        if r.random() < 0.4:
            d.t("Bemærk: ")
            d.owner(cust, "ældre SIM", "det ældre SIM")
            d.t(f" (ICCID {iccid(r)}) lukkes ved porteringen.\n")
    d.t("\nBehandlet af: ").name(agent, r.choice(("short", "initial"))).t(", svindelteamet")
    if r.random() < 0.5:
        d.t(" (").mail(f"{ascii_fold(agent.given)}.{ascii_fold(agent.surname)}@kystnet.example.dk")
        d.t(")")
    d.t(f"\n{OPERATOR} · ")
    org_address(d, *HQ)
    d.t(f" · Kundeservice {KYSTNET_LINE}\n")


def butik_id(d: Doc) -> None:
    r = d.r
    shop = r.choice(SHOPS)
    clerk = person(r, "Medarbejder 1", years=(1975, 2005))
    cust = person(r, "Kunde A")
    when = moment(r)
    fraud = r.random() < 0.6
    d.t("ID-KONTROL VED SIM-SKIFTE\n")
    d.t(f"Butik: {shop[0]}, ")
    org_address(d, shop[1], shop[2])
    d.t(f"\nDato: {when:%d.%m.%Y} {clock(when)}\n")
    d.t("Ekspedient: ").name(clerk, "short").t(f" ({staff_no(r)})\n")
    d.t("Nummer: ").phone(cust.phone).t(f" ({customer_no(r)})\n")
    d.t("Abonnent: ").name(cust, r.choice(("full", "surname_first", "short")))
    d.t("\n")
    doc_kind = r.choice(("kørekort", "pas", "kørekort"))
    d.t(f"Fremvist legitimation: {doc_kind}\n")
    d.t("Navn på legitimationen: ").name(cust, "caps").t(", f. ").dob(cust).t("\n")
    d.t("CPR oplyst mundtligt: ").cpr(cust)
    d.t(f" (systemet viser {cust.cpr[:6]}-xxxx)\n")
    if r.random() < 0.6:
        d.t("Adresse oplyst: ").addr(cust.address, r.choice(("line", "line", "street"))).t("\n")
    d.t(f"Ny SIM: ICCID {iccid(r)}\nGammel SIM: ICCID {iccid(r)} – spærret {clock(when)}\n")
    d.t("\nBemærkninger:\n")
    if fraud:
        d.t(
            r.choice(
                (
                    "Personen kunne ikke svare på, hvornår abonnementet blev oprettet. ",
                    "Billedet på legitimationen lignede ikke personen, og hologrammet manglede. ",
                    "Personen havde travlt og ville betale kontant uden kvittering. ",
                )
            )
        )
        d.t("SIM-kortet blev ikke udleveret. Personen forlod butikken og kørte i en ")
        d.t(r.choice(CARS))
        d.t(" med reg.nr. ").plate().t(". ")
        if r.random() < 0.5:
            d.t("En anden bil, ").plate().t(", holdt og ventede")
            if r.random() < 0.5:
                d.t(f" på {r.choice(STREETS)}")
            d.t(". ")
        d.t("Politiet er kontaktet på 114. ")
        d.t("Den rigtige abonnent, ").name(cust, r.choice(("given", "short")))
        d.t(", er ringet op på ").phone(phone_number(r)).t(" og har ikke været i butikken.\n")
        if r.random() < 0.4:
            fam = r.choice(
                ("hendes mand", "hendes datter") if cust.female else ("hans kone", "hans søn")
            )
            d.t(f"Abonnenten oplyser, at {fam} også fik et mærkeligt opkald i går.\n")
    else:
        d.t(
            f"Billedet passede. Kunden betalte {amount(r, 49, 299)} for ny SIM med kort "
            f"**** **** **** {r.randint(1000, 9999)}. Ny SIM aktiveret "
            f"{clock(when + timedelta(minutes=r.randint(3, 20)))}. "
        )
        if r.random() < 0.5:
            kin = r.choice(("sin mand", "sin kone", "sin datter", "sin søn"))
            d.t(f"Kunden kom sammen med {kin}, ")
            other = person(r, "Kunde B")
            d.name(other, "short")
            d.t(", som ventede i bilen ").plate().t(" udenfor.\n")
        else:
            d.t(f"Kunden parkerede ved {r.choice(STREETS)}, og vagten noterede bilen: ")
            d.plate().t(".\n")
    d.t("\nNotat skrevet af ").name(clerk, r.choice(("given", "short", "initial")))
    if r.random() < 0.5:
        chief = person(r, "Medarbejder 2", years=(1965, 1995))
        d.t(", godkendt af butikschef ").name(chief, "short")
    d.t(".\n")


def opkaldslog(d: Doc) -> None:
    r = d.r
    cust = person(r, "Kunde A")
    agent = person(r, "Medarbejder 1", years=(1970, 2004))
    start = moment(r)
    t = start

    def tick(minutes: int = 2) -> str:
        nonlocal t
        t += timedelta(minutes=r.randint(1, minutes))
        return f"{t:%H.%M}  "

    d.t(f"OPKALDSLOG · Kystnet svindelteam · sag {case_no(r)}\n")
    d.t(f"Dato: {start:%d.%m.%Y}   Medarbejder: ").name(agent, "short")
    d.t("\n\n")
    d.t(tick(1), "Indgående opkald fra ").phone(phone_number(r))
    fam = r.choice(("sin mands", "sin datters", "sin søns", "sin kones", "naboens"))
    d.t(f" – kunden ringer fra {fam} telefon, da {cust.her} eget nummer ")
    d.phone(cust.phone).t(" ikke virker.\n")
    d.t(tick(), "Kunden oplyser navn ").name(cust, r.choice(("short", "full")))
    if r.random() < 0.7:
        d.t(" og CPR ").cpr(cust)
    d.t(". Adressen ").addr(cust.address, r.choice(("line", "street")))
    d.t(" passer med systemet.\n")
    alias = r.choice(ALIASES)
    unit = r.choice(ALIAS_UNITS)
    d.t(tick(3), "I går aftes ringede en fra ")
    if r.random() < 0.6:
        d.foreign()
    else:
        d.t(KYSTNET_LINE if r.random() < 0.3 else "et skjult nummer")
    d.t(", der præsenterede sig som ").p(alias, "[NAVN]").t(f" fra {unit}. ")
    code = r.random() < 0.75
    if code:
        d.t(f"Vedkommende bad kunden læse en kode op fra en SMS, og {cust.she} læste koden ")
        d.otp(6).t(" op.\n")
    else:
        d.t("Vedkommende spurgte ind til abonnementet og kundens adresse.\n")
    d.t(tick(), "Kort efter mistede telefonen forbindelsen. ")
    if r.random() < 0.75:
        d.t(f"Kunden kan ikke længere logge på MitID; {cust.her} bruger-id er ")
        d.mitid(cust).t(", og MitID-appen er spærret.\n")
    else:
        d.t("Kunden har ikke opdaget andet usædvanligt.\n")
    if r.random() < 0.55:
        d.t(tick(), "Kunden gav også kortnummer ").card().t(", udløb ").expiry()
        d.t(r.choice((" og CVV ", " og CVC ", " samt kontrolcifre "))).cvv()
        d.t(f", fordi der skulle betales {amount(r, 29, 99)} for et nyt SIM.\n")
    d.t(tick(), f"Vi kan se, at SIM blev skiftet {t - timedelta(hours=r.randint(9, 15)):%d.%m.%Y} ")
    shop = r.choice(SHOPS)
    d.t(f"i {shop[0]}, ")
    org_address(d, shop[1], shop[2])
    d.t(f". Ny SIM (ICCID {iccid(r)}) sidder i en telefon med IMEI {imei(r)}.\n")
    if r.random() < 0.35:
        d.t(tick(), "Banken har oplyst kunden, at der er overført ")
        d.t(amount(r), " til ").iban().t(".\n")
    bank = r.choice(BRANCHES)
    d.t(tick(), f"Nummeret er spærret. Kunden er rådet til at ringe til {bank[0]} på {bank[5]}")
    d.t(" og anmelde til politiet på 114.\n")
    if r.random() < 0.5:
        d.t(tick(), f"Ny SIM sendes til kundens adresse, stregkode {tracking(r)}.\n")
    else:
        pick = r.choice(PICKUP)
        d.t(tick(), f"Ny SIM kan afhentes i {pick[0]}, ")
        org_address(d, pick[1], pick[2])
        d.t(" med legitimation.\n")
    if r.random() < 0.5:
        d.t(tick(), "Kvittering sendt til ").mail(cust.mail).t(".\n")
    d.t(tick(), f"Opkald afsluttet. Varighed {int((t - start).total_seconds() // 60)} min.\n")


def chat(d: Doc) -> None:
    r = d.r
    cust = person(r, "Kunde A")
    agent = person(r, "Medarbejder 1", years=(1975, 2005))
    t = moment(r)
    lower = r.random() < 0.5
    cust_label = (
        (cust.short.lower() if r.random() < 0.6 else cust.given.lower()) if lower else (cust.short)
    )
    agent_label = r.choice((agent.short, agent.given))

    def line(who: str) -> Doc:
        nonlocal t
        t += timedelta(minutes=r.randint(0, 2))
        d.t(f"[{t:%H:%M}] ")
        if who == "c":
            d.p(cust_label, cust.pseudo)
        else:
            d.p(agent_label, agent.pseudo)
        return d.t(": ")

    d.t(f"Webchat · {OPERATOR} · Kundeservice · {t:%d.%m.%Y}\n")
    line("c").t(
        r.choice(
            (
                "hej min telefon siger ingen service og jeg kan ikke komme på mitid",
                "Hej. Mit nummer virker ikke længere, og nogen har været inde på min netbank",
                "hjælp! min telefon er død siden i aftes",
            )
        )
    ).t("\n")
    line("a").t("Hej ").name(cust, "given").t(", det er ").name(agent, "given")
    d.t(" fra Kystnet. ")
    d.t("Hvilket nummer drejer det sig om?\n")
    line("c").t(r.choice(("det er ", "", "nummeret er "))).phone(cust.phone).t("\n")
    line("a").t("Tak. Kan du bekræfte din fødselsdato og adresse?\n")
    line("c").t("født ").dob(cust).t(", ").addr(cust.address, r.choice(("line", "street")))
    d.t("\n")
    when = t - timedelta(hours=r.randint(6, 20))
    line("a").t(
        f"Tak. Der er bestilt et nyt SIM-kort til nummeret {when:%d.%m} kl. {when:%H.%M}. "
        "Var det dig?\n"
    )
    alias = r.choice(ALIASES)
    line("c").t("nej!! der ringede en der præsenterede sig som ").p(alias, "[NAVN]")
    d.t(f" fra {r.choice(ALIAS_UNITS)}")
    if r.random() < 0.7:
        d.t(f" og {'hun' if alias in _FEMALE_ALIASES else 'han'} fik koden ").otp().t(
            " fra min sms"
        )
    d.t("\n")
    line("a").t("Jeg spærrer SIM-kortet nu. Har du givet andre oplysninger, fx MitID eller kort?\n")
    gave = r.random()
    if gave < 0.45:
        line("c").t("ja mit bruger id ").mitid(cust).t(" og mit kort ").card().t(" udløb ")
        d.expiry().t(r.choice((" cvc ", " CVC ", " CVV "))).cvv().t("\n")
    elif gave < 0.7:
        line("c").t("kun mit bruger-id: ").mitid(cust).t("\n")
    else:
        line("c").t("nej ikke andet\n")
    bank = r.choice(BRANCHES)
    line("a").t(f"Ring straks til {bank[0]} på {bank[5]}, og anmeld det til politiet på 114. ")
    shop = r.choice(SHOPS)
    d.t("Du kan hente et nyt SIM i butikken på ")
    org_address(d, shop[1], shop[2])
    d.t(".\n")
    if r.random() < 0.5:
        fam = r.choice(("min søn", "min datter", "min mand", "min kone"))
        rel = person(r, "Kunde B", female=fam in ("min datter", "min kone"))
        line("c").t(f"{fam} henter det, {'hun' if rel.female else 'han'} hedder ")
        d.name(rel, "lower" if lower else "short").t("\n")
        line("a").t("Så skal der en fuldmagt med. Skriv din e-mail, så sender jeg den.\n")
    else:
        line("a").t("Skriv gerne din e-mail, så sender jeg en kvittering.\n")
    line("c").mail(cust.mail).t("\n")
    if r.random() < 0.4:
        line("c").t("og mit andet nummer er ").phone(phone_number(r)).t(" hvis I skal ringe\n")
    line("a").t("Tak ").name(cust, "given").t(". ")
    d.t(f"Din sag hedder {case_no(r)}. Mvh ").name(agent, "given").t("\n")


def bankmail(d: Doc) -> None:
    r = d.r
    name, domain, prefix, street, town, line_no = r.choice(BRANCHES)
    bank_domain = f"{domain}.example.dk"
    banker, banker_mail = staff(r, "Rådgiver 1", bank_domain)
    ours, ours_mail = staff(r, "Medarbejder 1", "kystnet.example.dk")
    cust = person(r, "Kunde A")
    sent = moment(r)
    ref = f"{prefix}-26-{r.randint(0, 99999):05d}"
    d.t("Fra: ").name(banker, "short").t(" <").mail(banker_mail).t(">\n")
    d.t("Til: ")
    fraud_mailbox(d)
    if r.random() < 0.5:
        _, colleague_mail = staff(r, "Rådgiver 2", bank_domain)
        d.t("\nCc: ").mail(colleague_mail)
    d.t(f"\nEmne: Fælles kunde – mistanke om SIM-swap – vores sag {ref}\n")
    d.t(f"Dato: {long_date(sent)} {clock(sent)}\n\n")
    d.t(r.choice(("Hej svindelteam\n\n", "Kære Kystnet\n\n", "Hej\n\n")))
    d.t("Vi har en fælles kunde, ").name(cust, r.choice(("short", "full", "initial")))
    if r.random() < 0.6:
        d.t(", CPR ").cpr(cust)
    d.t(", tlf. ").phone(cust.phone).t(". ")
    d.t(f"Natten til {long_date(sent)} blev ")
    d.owner(cust, "MitID", "MitID'et")
    if r.random() < 0.6:
        d.t(" (bruger-id ").mitid(cust).t(")")
    d.t(" brugt til at godkende en ny betalingsmodtager, og der blev overført ")
    d.t(amount(r, 2000, 150000), " fra ").t(r.choice(("kontoen ", "konto ")))
    d.account()
    d.t(" til ")
    if r.random() < 0.85:
        d.iban()
    else:
        d.t("en dansk konto, ").account("dash")
    mule = person(r, "Mistænkt 1")
    d.t(", som står i navnet ").name(mule, r.choice(("short", "full", "caps"))).t(". ")
    if r.random() < 0.7:
        d.t("Vores SMS-kode ").otp().t(f" blev sendt til nummeret kl. {sent:%H.%M} og tastet ind ")
        d.t("et minut senere. ")
    if r.random() < 0.6:
        d.t("Samtidig blev kortet ").card().t(", udløb ").expiry()
        d.t(" lagt i en mobil wallet på en ny telefon")
        if r.random() < 0.6:
            d.t(", og ifølge kunden gav ").name(cust, "given").t(" også kontrolcifre ").cvv()
            d.t(" til svindleren")
        d.t(". ")
    d.t("\nKan I oplyse, hvornår SIM-kortet blev skiftet, og om der er bedt om portering?\n\n")
    d.t("Med venlig hilsen\n").name(banker, "short")
    d.t(f"\nSvindelforebyggelse, {name}\n")
    org_address(d, street, town, block=r.random() < 0.5)
    d.t(f"\nTlf. {line_no} · {cvr(r)}\n\n")
    # reply
    reply = sent + timedelta(hours=r.randint(1, 20))
    d.t("--- Svar ---\nFra: ").name(ours, "short").t(" <").mail(ours_mail).t(">\n")
    d.t("Til: ").mail(banker_mail).t(f"\nEmne: SV: Fælles kunde – vores sag {ref}\n")
    d.t(f"Dato: {long_date(reply)} {clock(reply)}\n\n")
    d.t("Hej ").name(banker, "given").t("\n\n")
    swap = sent - timedelta(hours=r.randint(1, 6))
    shop = r.choice(SHOPS)
    d.t(f"SIM-kortet blev skiftet {swap:%d.%m.%Y} kl. {swap:%H.%M} i {shop[0]}. ")
    d.t(f"Det nye SIM (ICCID {iccid(r)}) blev sat i en telefon med IMEI {imei(r)}. ")
    d.t(f"Der er ikke bedt om portering. Vores sag er {case_no(r)}. ")
    if r.random() < 0.5:
        d.t("Kunden har bedt os sende kopi til ").mail(cust.mail).t(". ")
    if r.random() < 0.4:
        d.t("Kunden kan også træffes på ").phone(phone_number(r)).t(". ")
    d.t("\n\nMvh\n").name(ours, r.choice(("given", "short")))
    d.t(f"\nSvindelteamet, {OPERATOR}\n")


def politimail(d: Doc) -> None:
    r = d.r
    station, street, town, district = r.choice(POLICE)
    officer = person(r, "Efterforsker 1", years=(1965, 1998))
    initials = ascii_fold(officer.given)[:2] + ascii_fold(officer.surname)[:2]
    officer_mail = f"{initials}{r.randint(1, 99):03d}@politi.example.dk"
    ours, ours_mail = staff(r, "Medarbejder 1", "kystnet.example.dk")
    victim = person(r, "Kunde A")
    suspect = person(r, "Mistænkt 1", years=(1975, 2005))
    sent = moment(r)
    journal = f"{district}-{r.randint(80000, 89999)}-{r.randint(0, 99999):05d}-26"
    d.t("Fra: ").name(officer, "short").t(" <").mail(officer_mail).t(">\nTil: ")
    fraud_mailbox(d)
    d.t(f"\nEmne: Journalnr. {journal} – begæring om oplysninger\n")
    d.t(f"Dato: {long_date(sent)} {clock(sent)}\n\n")
    d.t(f"{station}\n")
    org_address(d, street, town, block=r.random() < 0.6)
    d.t(f"\n\nTil {OPERATOR}\n\n")
    d.t("Vi efterforsker en sag om SIM-swap og bedrageri.\n\n")
    d.t("Forurettede: ").name(victim, r.choice(("surname_first", "short", "full")))
    if r.random() < 0.75:
        d.t(", f. ").dob(victim)
    d.t("\n").addr(victim.address, "block" if r.random() < 0.75 else "line").t("\n")
    d.t("Tlf. ").phone(victim.phone).t("\n\n")
    d.t("Mistænkt: ").name(suspect, r.choice(("surname_first", "short", "full", "caps")))
    if r.random() < 0.6:
        d.t(", CPR ").cpr(suspect)
    elif r.random() < 0.5:
        d.t(", født ").dob(suspect)
    d.t("\nSidst kendte adresse:\n").addr(suspect.address, r.choice(("block", "block", "line")))
    d.t("\n\n")
    shop = r.choice(SHOPS)
    d.t(f"Den mistænkte er set ved {shop[0]}, ")
    org_address(d, shop[1], shop[2])
    d.t(f", i en {r.choice(CARS)} med reg.nr. ").plate().t(". ")
    if r.random() < 0.5:
        d.t("Bilen er senere set med plader ").plate().t(". ")
    if r.random() < 0.5:
        d.t(f"Vidner så bilen holde på {suspect.address.street}. ")
    d.t("\nForurettede blev kort før ringet op fra ").foreign()
    d.t(".\n")
    if r.random() < 0.45:
        d.t(f"Der blev overført {amount(r, 5000, 200000)} til ")
        if r.random() < 0.5:
            d.iban()
        else:
            d.account("words")
        d.t(".\n")
    if r.random() < 0.45:
        rel = person(r, "Kunde B")
        fam = r.choice(("hendes datter", "hendes mand", "hans søn", "hans kone"))
        d.t(f"Anmeldelsen er indgivet af forurettedes pårørende ({fam}), ").name(rel, "short")
        d.t(", ").mail(rel.mail).t(".\n")
    d.t("\nVi beder om:\n1. tidspunkt og butik for SIM-skiftet,\n")
    d.t("2. IMEI for den telefon, det nye SIM blev sat i,\n")
    d.t("3. trafikdata for nummeret ").phone(victim.phone)
    stop = sent - timedelta(hours=r.randint(2, 30))
    d.t(f" i perioden {stop - timedelta(hours=12):%d.%m.%Y} kl. 20.00")
    d.t(f" til {stop:%d.%m.%Y} kl. 08.00.\n\n")
    d.t("Med venlig hilsen\n").name(officer, "short")
    d.t(f"\n{r.choice(('Politiassistent', 'Kriminalassistent', 'Politikommissær'))}, {station}")
    d.t("\nDøgnvagt: 114\n\n")
    # reply
    reply = sent + timedelta(hours=r.randint(2, 48))
    d.t("--- Svar ---\nFra: ").name(ours, "short").t(" <").mail(ours_mail).t(">\nTil: ")
    d.mail(officer_mail).t(f"\nEmne: SV: Journalnr. {journal}\n")
    d.t(f"Dato: {long_date(reply)} {clock(reply)}\n\n")
    d.t("Hej ").name(officer, "given").t("\n\n")
    d.t(f"SIM-kortet til forurettedes nummer blev skiftet i {shop[0]} ")
    d.t(f"{stop - timedelta(hours=r.randint(1, 6)):%d.%m.%Y}. ")
    d.t(f"Det nye SIM (ICCID {iccid(r)}) blev sat i en telefon med IMEI {imei(r)}, ")
    d.t(f"og samme IMEI er set med et andet SIM, ICCID {iccid(r)}. ")
    d.t(f"Trafikdata er vedlagt. Vores sag er {case_no(r)}.\n\n")
    d.t(r.choice(("Mvh\n", "Venlig hilsen\n"))).name(ours, r.choice(("short", "given")))
    d.t(f"\nSvindelteamet, {OPERATOR}\n")
    org_address(d, *HQ, block=r.random() < 0.5)
    d.t(f"\n{cvr(r)}\n")


def kundebrev(d: Doc) -> None:
    r = d.r
    cust = person(r, "Kunde A")
    sent = moment(r)
    letter = r.random() < 0.65
    lost = sent - timedelta(days=r.randint(1, 6))
    if letter:
        d.name(cust, r.choice(("short", "full", "initial"))).t("\n")
        d.addr(cust.address, "block").t("\nTlf. ").phone(phone_number(r))
        if r.random() < 0.6:
            d.t("\n").mail(cust.mail)
        d.t(f"\n\n{OPERATOR}\nKundeservice\n")
        org_address(d, *HQ, block=True)
        d.t(f"\n\n{place(cust.address.town)}, {long_date(sent)}\n\n")
    else:
        d.t("Fra: ").name(cust, "short").t(" <").mail(cust.mail).t(">\nTil: ")
        d.mail("kundeservice@kystnet.example.dk")
        d.t(f"\nDato: {long_date(sent)} {clock(sent)}\n")
    d.t("Vedr.: " if letter else "Emne: ").t("Klage over SIM-skifte på nummer ").phone(cust.phone)
    d.t(f" ({customer_no(r)})\n\n")
    d.t(r.choice(("Til Kystnet\n\n", "Kære kundeservice\n\n", "Hej\n\n")))
    d.t(f"Den {long_date(lost)} om aftenen mistede min telefon pludselig forbindelsen. ")
    alias = r.choice(ALIASES)
    d.t("Dagen før var jeg blevet ringet op af en, der præsenterede sig som ").p(alias, "[NAVN]")
    d.t(f" fra {r.choice(ALIAS_UNITS)}. ")
    she, her = ("Hun", "hende") if alias in _FEMALE_ALIASES else ("Han", "ham")
    if r.random() < 0.55:
        d.t(f"{she} bad mig læse en kode op fra en SMS, og jeg gav {her} koden ").otp().t(". ")
    d.t("Næste morgen kunne jeg ikke logge på MitID")
    if r.random() < 0.6:
        d.t(" (mit bruger-id er ").mitid(cust).t(")")
    d.t(". ")
    if r.random() < 0.5:
        d.t(f"Banken har fortalt mig, at {amount(r, 1000, 80000)} er overført fra min konto ")
        d.account().t(" til ")
        if r.random() < 0.5:
            d.iban()
        else:
            d.t("en konto i udlandet")
        d.t(". ")
    if r.random() < 0.3:
        d.t(f"Jeg havde også givet {her} mit kortnummer ").card().t(", udløb ").expiry()
        d.t(r.choice((" og CVV ", " og kontrolcifre "))).cvv().t(". ")
    d.t("\n\n")
    fam = r.choice(FAMILY[:7])
    rel = person(r, "Kunde B", female=fam in ("min kone", "min datter", "min mor"))
    d.t(f"Jeg har fået hjælp af {fam}, ").name(rel, r.choice(("given", "short")))
    d.t(", som har ringet til jer fra sin telefon, ").phone(rel.phone)
    d.t(f", men jeg har ventet i {r.randint(2, 5)} dage på et nyt SIM. ")
    if r.random() < 0.4:
        d.t("Hvis I skal bruge det: jeg er født ").dob(cust)
        if r.random() < 0.6:
            d.t(", og mit CPR-nummer er ").cpr(cust)
        d.t(". ")
    d.t(
        r.choice(
            (
                "Jeg forstår ikke, hvordan en anden kunne få et SIM-kort til mit nummer.",
                "Jeg vil gerne vide, hvilken legitimation der blev vist i butikken.",
                "Jeg ønsker erstatning og en forklaring.",
            )
        )
    )
    d.t("\n\nMed venlig hilsen\n").name(cust, r.choice(("short", "given", "full")))
    d.t("\n")


GENRE_WRITERS: dict[str, Callable[[Doc], None]] = {
    "portering": portering,
    "butik_id": butik_id,
    "opkaldslog": opkaldslog,
    "chat": chat,
    "bankmail": bankmail,
    "politimail": politimail,
    "kundebrev": kundebrev,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: ``size`` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    r.shuffle(plan)
    docs, seen = [], set()
    for genre, kind in plan:
        while True:
            d = Doc(r, kind == "negative")
            GENRE_WRITERS[genre](d)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {
                "id": f"pii_blind77-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind77.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
