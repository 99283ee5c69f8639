"""A thirty-ninth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is SMALL BUSINESSES,
CRAFTSMEN AND SOLE TRADERS hit by fraud as their accountants, banks, trade associations and the
police handle it, in eight genres: an accountant's case log on a hacked webshop whose payouts
were redirected (the owner's CPR and MitID user ID, the new payout account or IBAN, the code read
out to a fake "support"), a craftsman's e-mail thread (Fra:/Til:/Cc:/Emne:) about a fake supplier
invoice with changed account details (signatures with two-line address blocks, a foreign IBAN),
a salon's or clinic's booking-system export after a data leak (customers in upper case,
"Fødselsdato:", one-line addresses), a bank's business fraud-line transcript (CPR, the company
card with expiry and CVC, the code and MitID user ID given to the caller), a trade association's
advice notes to a member, a police report on fake "Google reviews" extortion (the complainant
"født ...", an address block, a witness, a car's number plate), a webshop's chargeback notes
with cards, and a Danish-English WhatsApp chat with a fake wholesaler ("[09:14] Name:" lines).
The names are those of Danes of all ages, Danes with roots elsewhere ("Nguyen Thi Mai", "Bilal
Rahimi"), double surnames ("Bisgaard-Lykke"), foreign "suppliers" and the organisations' staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("revisor", "indehaveren", "vidne"); "Kragh,
  Lone" is one span; a genitive s belongs to it ("Lones"); a lower-case name typed in a chat
  ("karim") is PERSON. A scammer's alias ("Mikkel fra Sikkerhed") is PERSON, the company is not.
  Organisations, products, placeholders ("[NAVN]", "Indehaver A", "Kunde 2", "Vidne 1") and
  family words ("min kone") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "2. th.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. A company's
  (ApS) own postal address under its name in a signature is not personal data and is never
  labelled; a firm's without a company form may be a sole trader's home and is labelled
  (pii78: the organisations' address convention; the text is unchanged).
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
  An organisation's number (70/80 lines, 112, 114, 1813, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  businesses' too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 849,95"), dates and clock times
  ("02.12.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14"), CVR numbers ("CVR-nr. 31846527"),
  invoice, order and booking numbers ("faktura nr. 48213", "ordre #104873", "booking-nr.
  204817"), case and journal numbers ("sagsnr. 4417/26", "CB-26-04418", "j.nr.
  4100-80151-00412-26"), masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short
  numbers, companies, banks, products, a street named without a number and family words.
  Documents of kind "negative" are the same genres after pseudonymisation: only such values,
  stand-ins ("[NAVN]", "[TLF]", "[kontonr.]") and pseudonym labels ("Indehaver A", "Kunde 2")
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind38 OUT.jsonl`` writes the set; ``generate()`` returns it. Every
document has its own generator seeded by a string (set seed, index, genre, kind), so the output
is the same in every process and under every PYTHONHASHSEED.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

SEED = 3839
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "accountant_log",
    "supplier_mail",
    "booking_export",
    "fraud_line",
    "association_notes",
    "police_report",
    "chargeback_notes",
    "wholesaler_chat",
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
CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
# published test card numbers' prefixes (Visa, Mastercard 5- and 2-series, Amex)
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "520082", "222300", "378282", "371449")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "NL": 18, "PL": 28, "LT": 20, "ES": 24, "SE": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "36", "38", "39", "43", "44", "46", "48", "54", "56", "57", "58", "62",
            "64", "65", "66", "74", "75", "76", "86", "87", "89", "96", "97", "98")  # fmt: skip
ORG_LINES = ("70 15 30 30", "70 12 44 88", "80 20 40 60", "70 22 18 00", "80 88 12 12",
             "70 10 77 40", "70 33 21 21", "80 60 90 30")  # fmt: skip

CRAFT = (
    "Tømrerfirmaet Egeskov ApS",
    "Snedkeriet Høvlspån",
    "VVS-Kompagniet Fjord ApS",
    "El-Service Nordlys",
    "Malerfirmaet Pensel & Co",
    "Murerfirmaet Fugekunst ApS",
    "Anlægsgartner Grønne Fingre",
    "Låsesmeden Nøglehullet",
    "Tagdækker Skiferhuset ApS",
    "Kloakmester Rendestenen I/S",
)
SALONS = (
    "Salon Saks & Farve",
    "Frisørhuset Krølle",
    "Tattoo Blæk & Nål",
    "Klinik Balancepunktet",
    "Neglestudiet Lakbar",
    "Barber Knivskarp",
    "Massageklinikken Rolig",
    "Hundefrisøren Pels & Pote",
)
SHOPS = (
    "Uldhuset Webshop",
    "Keramikbutikken Ler og Glasur",
    "Cykelkælderen ApS",
    "Strik og Garn ApS",
    "Kaffebrænderiet Bønne",
    "Legetøjsskuret",
    "Blomsterværkstedet Kornblomst",
    "Bageriet Surdej",
    "Café Havnelyst",
    "Vinkælderen Drue ApS",
)
# what each salon books, in SALONS' order
SERVICES = (
    ("Dameklip", "Herreklip", "Farve og klip"),
    ("Dameklip", "Børneklip", "Permanent"),
    ("Tatovering, konsultation", "Tatovering, 3 timer", "Efterkontrol"),
    ("Behandling 60 min.", "Førstegangskonsultation", "Genoptræning 30 min."),
    ("Gellak", "Manicure", "Fodpleje"),
    ("Herreklip", "Skæg", "Klip og skæg"),
    ("Massage 45 min.", "Massage 60 min.", "Sportsmassage"),
    ("Hundeklip, lille", "Hundeklip, stor", "Kloklip"),
)
FAKES = (
    "Nordic Timber Supply Ltd",
    "EuroTools Wholesale GmbH",
    "Baltic Build Trade UAB",
    "HairPro Distribution BV",
    "Scandi Fixings AB",
    "Continental Ceramics Trading Ltd",
)
GOODS = ("timber", "tools", "building materials", "hair products", "fittings", "ceramics")
ADVISERS = ("Revisionsfirmaet Tal & Tanke", "Revisorhuset Kolonne ApS", "Bogføringen Bilagsbakken")
ASSOCIATIONS = (
    "Håndværkerforeningen Sydvest",
    "Frisørernes Brancheråd",
    "Webhandelsforeningen",
    "Selvstændiges Forening Nordjylland",
    "Detailhandlens Fællesråd Fyn",
)
COMPANIES = CRAFT + SALONS + SHOPS + FAKES + ADVISERS + ASSOCIATIONS
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank",
         "Lunar", "Vestjysk Bank", "Middelfart Sparekasse")  # fmt: skip
PRODUCTS = ("MobilePay", "Shopify", "WooCommerce", "QuickPay", "Planway", "SimplyBook", "Booksy",
            "Dinero", "e-conomic", "Google", "Trustpilot", "WhatsApp", "MitID Erhverv")  # fmt: skip
POLICE = (
    "Midt- og Vestjyllands Politi",
    "Sydøstjyllands Politi",
    "Fyns Politi",
    "Nordjyllands Politi",
    "Syd- og Sønderjyllands Politi",
    "Midt- og Vestsjællands Politi",
    "Københavns Vestegns Politi",
)
STREETS = (
    "Smedegade", "Bryggervej", "Teglværksvej", "Møllebakken", "Kirkestræde", "Havnevej",
    "Lærkevej", "Snedkervænget", "Savværksvej", "Pottemagergade", "Fiskerleddet", "Agerhøjvej",
    "Bødkervej", "Rugmarken", "Hørvævervej", "Sadelmagerstien", "Kobbervej", "Garvergården",
    "Rebslagervej", "Valmuemarken", "Skovbrynet", "Tranevænget", "Klokkestøbervej",
    "Gammel Færgevej", "Nørre Bredgade", "Vester Allé", "Enghavevej", "Ravnsborg Tværgade",
)  # fmt: skip
TOWNS = (
    ("4700", "Næstved"), ("6000", "Kolding"), ("7400", "Herning"), ("8370", "Hadsten"),
    ("4230", "Skælskør"), ("6950", "Ringkøbing"), ("6650", "Brørup"), ("6880", "Tarm"),
    ("4690", "Haslev"), ("8543", "Hornslet"), ("5600", "Faaborg"), ("9300", "Sæby"),
    ("4760", "Vordingborg"), ("4400", "Kalundborg"), ("7430", "Ikast"), ("7200", "Grindsted"),
    ("4780", "Stege"), ("4900", "Nakskov"), ("9670", "Løgstør"), ("5610", "Assens"),
    ("9500", "Hobro"), ("8850", "Bjerringbro"), ("5450", "Otterup"), ("8680", "Ry"),
    ("8400", "Ebeltoft"), ("6200", "Aabenraa"), ("8300", "Odder"), ("3600", "Frederikssund"),
    ("6600", "Vejen"), ("7600", "Struer"), ("7620", "Lemvig"), ("2400", "København NV"),
    ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("2720", "Vanløse"),
)  # fmt: skip

# (women, men, surnames) by origin; no first name ends in s, x or z (genitives stay "...s")
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "dansk": (
        (
            "Birgitte",
            "Lone",
            "Hanne",
            "Vibeke",
            "Signe",
            "Freja",
            "Ida",
            "Karoline",
            "Malou",
            "Trine",
            "Dorthe",
            "Gitte",
            "Pernille",
            "Tove",
            "Ellen",
            "Rikke",
            "Nanna",
            "Sofie",
            "Asta",
            "Ingrid",
            "Line",
            "Camilla",
            "Marianne",
            "Bodil",
            "Helle",
            "Jytte",
            "Stine",
            "Katrine",
            "Louise",
            "Mathilde",
            "Alberte",
            "Esther",
            "Vigga",
            "Kirsten",
        ),
        (
            "Bent",
            "Kurt",
            "Poul",
            "Henning",
            "Leif",
            "Torben",
            "Søren",
            "Jesper",
            "Kasper",
            "Asger",
            "Mikkel",
            "Frederik",
            "Emil",
            "Oliver",
            "Valdemar",
            "Carsten",
            "Preben",
            "Flemming",
            "Kim",
            "Jan",
            "Morten",
            "Jakob",
            "Nikolaj",
            "Aksel",
            "Erik",
            "Ole",
            "Palle",
            "Viggo",
            "Holger",
            "Bjarne",
            "Lauge",
            "Ejner",
        ),
        (
            "Bech",
            "Kragh",
            "Dahl",
            "Lykke",
            "Brandt",
            "Winther",
            "Skov",
            "Bisgaard",
            "Mortensen",
            "Frandsen",
            "Thygesen",
            "Søndergaard",
            "Lauridsen",
            "Vestergaard",
            "Ravn",
            "Kjeldsen",
            "Lind",
            "Holst",
            "Overgaard",
            "Krogh",
            "Damgaard",
            "Iversen",
            "Nygaard",
            "Fogh",
            "Hald",
            "Husted",
            "Kirkegaard",
            "Bang",
            "Riis",
            "Toft",
            "Munk",
            "Vinther",
            "Qvist",
            "Bundgaard",
            "Hvidberg",
            "Ladefoged",
            "Espersen",
            "Kjær",
            "Stokholm",
            "Rosendahl",
        ),
    ),
    "tyrkisk": (
        ("Aylin", "Elif", "Zeynep", "Meryem", "Selin"),
        ("Mehmet", "Emre", "Kemal", "Murat", "Hakan"),
        ("Yilmaz", "Demir", "Kaya", "Aydin", "Celik"),
    ),
    "arabisk": (
        ("Fatima", "Amira", "Mariam", "Hiba", "Nour", "Rania"),
        ("Ahmed", "Karim", "Omar", "Bilal", "Tariq", "Hamid", "Khaled"),
        ("Haddad", "Rahimi", "Hussein", "Nasser", "Al-Masri", "Saleh"),
    ),
    "pakistansk": (
        ("Sana", "Ayesha", "Mahnoor"),
        ("Imran", "Usman", "Faisal"),
        ("Khan", "Hussain", "Chaudhry", "Qureshi"),
    ),
    "polsk": (
        ("Agnieszka", "Ewa", "Katarzyna", "Magdalena"),
        ("Piotr", "Jakub", "Krzysztof", "Marek"),
        ("Kowalski", "Nowak", "Wiśniewski", "Zielinska"),
    ),
    "ukrainsk": (
        ("Olena", "Iryna", "Oksana"),
        ("Dmytro", "Andrii", "Oleh"),
        ("Kovalenko", "Shevchenko", "Bondarenko"),
    ),
    "somalisk": (
        ("Hodan", "Ifrah", "Sahra"),
        ("Abdi", "Mohamed", "Warsame"),
        ("Farah", "Hassan", "Omar"),
    ),
    "indisk": (
        ("Priya", "Ananya", "Deepa"),
        ("Arjun", "Rohan", "Vikram"),
        ("Sharma", "Patel", "Iyer"),
    ),
}
# family name first, as often registered: "Nguyen Thi Mai", "Tran Van Minh"
VIETNAMESE = (("Mai", "Thuy", "Lan", "Hoa", "Linh"), ("Minh", "Duc", "Tuan", "Long", "Quang"),
              ("Nguyen", "Tran", "Pham", "Le", "Vu"))  # fmt: skip
WOMEN = tuple(w for ws, _, _ in ORIGINS.values() for w in ws) + VIETNAMESE[0]
MEN = tuple(m for _, ms, _ in ORIGINS.values() for m in ms) + VIETNAMESE[1]
DANISH_DOUBLE_FIRST = ("Anne Marie", "Karl Johan", "Inger Lise", "Hans Christian", "Ulla Britt")
FOREIGNERS = (
    ("Daniel", "Becker"), ("Liam", "O'Connor"), ("Sophie", "Laurent"), ("Marco", "Bianchi"),
    ("George", "Whitfield"), ("Hannah", "Schmidt"), ("Eva", "Lindqvist"), ("Pieter", "de Vries"),
    ("Anna", "Kowalczyk"), ("Oliver", "Grant"), ("Laura", "Fischer"), ("Ethan", "Clarke"),
    ("Egle", "Petrauskaite"), ("Mia", "van Dijk"), ("Stefan", "Wagner"), ("Grace", "Holloway"),
)  # fmt: skip
# the names scammers give on the phone; the men among them
MEN_ALIASES = ("Mikkel", "Jonas", "Thomas", "Peter", "Martin")
ALIASES = (*MEN_ALIASES, "Sarah", "Emma", "Julie", "Maria")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
DOMAINS = ("example.dk", "example.dk", "example.dk", "example.com", "example.net", "example.org",
           "post.example.dk")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNOPRSTUVXYZ"
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ś": "s", "'": "", " ": "",
                       "-": ""})  # fmt: skip


def grouped(compact: str) -> str:
    """The value in groups of four (cards and IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_lower(s: str) -> str:
    return s.lower().translate(ASCII)


class Person:
    """A name and the ways it is written; `pseudo` stands in for it in a negative document."""

    def __init__(self, first: str, last: str, middle: str = "", pseudo: str = "[NAVN]",
                 family_first: bool = False, born: date | None = None) -> None:  # fmt: skip
        self.first, self.last, self.middle, self.pseudo = first, last, middle, pseudo
        self.family_first, self.born = family_first, born

    def full(self) -> str:
        if self.family_first:
            return f"{self.last} {self.middle} {self.first}"
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def form(self, form: str) -> str:
        given = f"{self.middle} {self.first}" if self.family_first else self.first
        if self.middle and not self.family_first and " " in self.first:
            given = self.first
        forms = {
            "full": self.full,
            "first": lambda: self.first,
            "gen": lambda: self.first + "s",
            "lower": lambda: self.first.lower(),
            "comma": lambda: f"{self.last}, {given}",
            "ucomma": lambda: f"{self.last}, {given}".upper(),
            "upper": lambda: self.full().upper(),
            "initial": lambda: f"{self.first[0]}. {self.last}",
            "last": lambda: self.last,
        }
        return forms[form]()


def birth(rng: random.Random, first: int = 1941, last: int = 2005) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days + 1))


def person(rng: random.Random, pseudo: str = "[NAVN]", young: bool = False) -> Person:
    """A resident of Denmark: mostly Danish names, some with roots elsewhere, double surnames."""
    born = birth(rng, 1941, 2005) if young else birth(rng, 1946, 2003)
    r = rng.random()
    if r < 0.08:
        women, men, sur = VIETNAMESE
        first = rng.choice(women if rng.random() < 0.5 else men)
        middle = "Thi" if first in women else "Van"
        return Person(first, rng.choice(sur), middle, pseudo, True, born)
    origin = "dansk" if r < 0.68 else rng.choice(list(ORIGINS)[1:])
    women, men, surnames = ORIGINS[origin]
    first = rng.choice(women if rng.random() < 0.5 else men)
    last = rng.choice(surnames)
    middle = ""
    shape = rng.random()
    if shape < 0.24:
        other = rng.choice(ORIGINS["dansk"][2] if rng.random() < 0.7 else surnames)
        if other != last and "-" not in last:
            last = f"{other}-{last}" if rng.random() < 0.5 else f"{last}-{other}"
    elif shape < 0.40:
        if origin == "dansk" and rng.random() < 0.35:
            first = rng.choice(DANISH_DOUBLE_FIRST)
        else:
            middle = rng.choice(ORIGINS["dansk"][2] if origin == "dansk" else surnames)
            if middle == last:
                middle = ""
    return Person(first, last, middle, pseudo, False, born)


def foreigner(rng: random.Random, pseudo: str = "[NAVN]") -> Person:
    first, last = rng.choice(FOREIGNERS)
    return Person(first, last, "", pseudo)


# --- values -------------------------------------------------------------------------------


def cpr_digits(rng: random.Random, born: date) -> str:
    while True:
        seventh = "4" if born.year >= 2000 else rng.choice("0123")
        number = born.strftime("%d%m") + f"{born.year % 100:02d}{seventh}{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def cpr_written(rng: random.Random, n: str) -> str:
    return rng.choice(
        (f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:6]} {n[6:]}")
    )


def dob_written(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice(
        (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
    )


def dk_number(rng: random.Random, mobile: bool | None = None) -> str:
    mobile = rng.random() < 0.7 if mobile is None else mobile
    lead = rng.choice(MOBILE if mobile else LANDLINE)
    return lead + f"{rng.randrange(10**6):06d}"


PHONE_FORMS: tuple[Callable[[str], str], ...] = (
    lambda n: f"+45 {n}",
    lambda n: f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: f"+45 {n[:4]} {n[4:]}",
    lambda n: f"{n[:4]} {n[4:]}",
    lambda n: f"(+45) {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: f"0045 {n}",
    lambda n: f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: n,
    lambda n: f"+45{n}",
    lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
)


def phone(rng: random.Random, mobile: bool | None = None) -> str:
    return rng.choice(PHONE_FORMS)(dk_number(rng, mobile))


def foreign_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    return f"+46 70 174 06 {rng.randrange(5, 100):02d}"


def any_phone(rng: random.Random, foreign: float = 0.5) -> str:
    return foreign_phone(rng) if rng.random() < foreign else phone(rng)


def email_of(rng: random.Random, p: Person) -> str:
    first, last = ascii_lower(p.first.split()[0]), ascii_lower(p.last.split("-")[0])
    local = rng.choice(
        (f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}.{last}",
         f"{first}{rng.randrange(10, 99)}",
         f"{first}_{last}", f"{last}.{first}", f"{first}.{last}{rng.randrange(1, 9)}")
    )  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def business_mail(rng: random.Random, company: str) -> str:
    words = [w for w in company.split() if w not in ("ApS", "I/S", "&", "Co", "og", "Ltd", "GmbH",
                                                     "UAB", "BV", "AB")]  # fmt: skip
    slug = ascii_lower("".join(words[-2:] if len(words) > 1 else words)).replace("/", "")
    box = rng.choice(
        ("info", "kontakt", "faktura", "bogholderi", "ordre", "hej", "sales", "accounts")
    )
    return f"{box}.{slug}@{rng.choice(DOMAINS)}"


def masked_mail(rng: random.Random) -> str:
    return f"{rng.choice('abdefhijklmnoprstv')}***@{rng.choice(DOMAINS)}"


def masked_phone(rng: random.Random) -> str:
    return f"+45 ** ** ** {rng.randrange(100):02d}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    compact = body + luhn_digit(body)
    return grouped(compact) if rng.random() < 0.6 else compact


def masked_card(rng: random.Random) -> str:
    last4 = f"{rng.randrange(10000):04d}"
    return f"**** **** **** {last4}" if rng.random() < 0.5 else f"{'*' * rng.choice((4, 6))}{last4}"


def expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def cvv(rng: random.Random) -> str:
    return f"{rng.randrange(1000):03d}"


def otp(rng: random.Random) -> str:
    return f"{rng.randrange(10**6):06d}" if rng.random() < 0.75 else f"{rng.randrange(10**8):08d}"


def mitid(rng: random.Random, p: Person) -> str:
    first = ascii_lower(p.first.split()[0])
    last = ascii_lower(p.last.split("-")[0])
    year = (p.born or date(1980, 1, 1)).year
    stem = rng.choice((first, first + last, first + last[:1], first[:3] + last[:4]))
    tail = f"{year % 100:02d}" if rng.random() < 0.5 else str(year)
    if not 1900 <= year <= 2005:
        tail = f"{year % 100:02d}"
    return stem + tail


def plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    digits = f"{rng.randrange(10, 100)}", f"{rng.randrange(1000):03d}"
    return (
        f"{letters} {digits[0]} {digits[1]}" if rng.random() < 0.72 else letters + "".join(digits)
    )


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(("DK", "DK", "DE", "GB", "NL", "PL", "LT", "ES", "SE"))
    size = IBAN_LENGTH[country] - 4
    if country == "GB":
        bban = rng.choice(("NWBK", "BARC", "MIDL", "LOYD")) + "".join(
            rng.choice("0123456789") for _ in range(size - 4)
        )
    elif country == "NL":
        bban = rng.choice(("ABNA", "INGB", "RABO")) + "".join(
            rng.choice("0123456789") for _ in range(size - 4)
        )
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(size))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.6 else compact


def masked_iban(rng: random.Random) -> str:
    return f"DK{rng.randrange(10, 99)}{'X' * 10}{rng.randrange(10000):04d}"


def cvr(rng: random.Random) -> str:
    while True:
        body = str(rng.randrange(1, 5)) + f"{rng.randrange(10**6):06d}"
        rest = sum(int(c) * w for c, w in zip(body, CVR_WEIGHTS, strict=False)) % 11
        check = (11 - rest) % 11
        if check < 10:
            return body + str(check)


def account_parts(rng: random.Random) -> tuple[str, str]:
    reg = str(rng.randrange(1000, 9900))
    while reg.startswith("20"):
        reg = str(rng.randrange(1000, 9900))
    length = rng.choice((10, 10, 10, 7, 8, 9))
    number = str(rng.randrange(10 ** (length - 1), 10**length))
    if length == 10 and rng.random() < 0.4:
        number = "00" + number[2:]
    return reg, number


class Address:
    def __init__(self, rng: random.Random) -> None:
        self.street = rng.choice(STREETS)
        self.number = str(rng.randrange(1, 99)) + (
            rng.choice("ABCD") if rng.random() < 0.15 else ""
        )
        r = rng.random()
        side = rng.choice(("tv", "th", "mf"))
        self.floor = (
            "" if r < 0.7 else f", st. {side}." if r < 0.8 else f", {rng.randrange(1, 6)}. {side}."
        )
        self.postcode, self.town = rng.choice(TOWNS)

    def line(self) -> str:
        return f"{self.street} {self.number}{self.floor}"

    def one(self) -> str:
        return f"{self.line()}, {self.postcode} {self.town}"

    def two(self) -> str:
        return f"{self.line()}\n{self.postcode} {self.town}"


# --- the document builder --------------------------------------------------------------------


class Doc:
    """Text with labelled spans; in a negative document every value becomes a stand-in."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.neg = rng, negative
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []

    def __call__(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def put(self, value: str, kind: str, stand: str) -> Doc:
        if self.neg:
            return self(stand)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self(value)

    def text(self) -> str:
        return "".join(self.parts)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    # one method per type, with the stand-ins a pseudonymised copy would carry
    def name(self, p: Person, form: str = "full") -> Doc:
        stand = p.pseudo
        if form == "gen":
            stand += "s" if p.pseudo.endswith("]") else "'s"
        return self.put(p.form(form), "PERSON", stand)

    def addr(self, a: Address, layout: str = "one") -> Doc:
        value = {"one": a.one, "two": a.two, "line": a.line}[layout]()
        return self.put(value, "ADDRESS", "[ADRESSE]")

    def org_addr(self, a: Address, layout: str = "one") -> Doc:
        """pii78: an organisation's own postal address, masked as an address is in a negative
        but never labelled (not personal data, GDPR art. 4(1))."""
        value = {"one": a.one, "two": a.two, "line": a.line}[layout]()
        return self("[ADRESSE]" if self.neg else value)

    def tel(self, value: str) -> Doc:
        stand = masked_phone(self.rng) if self.rng.random() < 0.3 else "[TLF]"
        return self.put(value, "PHONE", stand)

    def mail(self, value: str) -> Doc:
        stand = masked_mail(self.rng) if self.rng.random() < 0.4 else "[e-mail]"
        return self.put(value, "EMAIL", stand)

    def cpr(self, p: Person) -> Doc:
        n = cpr_digits(self.rng, p.born or date(1970, 1, 1))
        stand = f"{n[:6]}-xxxx" if self.rng.random() < 0.3 else "[CPR]"
        return self.put(cpr_written(self.rng, n), "CPR", stand)

    def dob(self, p: Person) -> Doc:
        return self.put(dob_written(self.rng, p.born or date(1970, 1, 1)), "DATE_OF_BIRTH",
                        "[fødselsdato]")  # fmt: skip

    def account(self) -> Doc:
        reg, number = account_parts(self.rng)
        form = self.rng.randrange(4)
        if form == 0:
            return self.put(f"{reg}-{number}", "BANK_ACCOUNT", "[kontonr.]")
        if form == 1:
            return self.put(f"{reg} {number}", "BANK_ACCOUNT", "[kontonr.]")
        if form == 2:
            return self(f"reg. {reg} konto ").put(number, "BANK_ACCOUNT", "[kontonr.]")
        return self(f"reg.nr. {reg}, kontonr. ").put(number, "BANK_ACCOUNT", "[kontonr.]")

    def iban(self, country: str | None = None) -> Doc:
        stand = masked_iban(self.rng) if self.rng.random() < 0.5 else "[IBAN]"
        return self.put(iban(self.rng, country), "IBAN", stand)

    def card(self) -> Doc:
        stand = masked_card(self.rng) if self.rng.random() < 0.6 else "[kortnr.]"
        return self.put(card(self.rng), "CARD", stand)

    def exp(self) -> Doc:
        return self.put(expiry(self.rng), "CARD_EXPIRY", "[udløb]")

    def cvv(self) -> Doc:
        return self.put(cvv(self.rng), "CARD_CVV", "[kode]")

    def otp(self) -> Doc:
        return self.put(otp(self.rng), "OTP", "[kode]")

    def mitid(self, p: Person) -> Doc:
        return self.put(mitid(self.rng, p), "MITID_USER", "[bruger-id]")

    def plate(self) -> Doc:
        return self.put(plate(self.rng), "NUMBER_PLATE", "[nummerplade]")


# --- shared bits of text ------------------------------------------------------------------


def day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(160))


def short_date(d: date) -> str:
    return d.strftime("%d.%m.%y")


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(7, 22), rng.randrange(60)


def kl(rng: random.Random) -> str:
    h, m = clock(rng)
    return f"kl. {h:02d}.{m:02d}"


def amount(rng: random.Random, low: int = 200, high: int = 250000) -> str:
    kroner = rng.choice((rng.randrange(low, min(999, high)), rng.randrange(low, high)))
    whole = f"{kroner:,}".replace(",", ".")
    if rng.random() < 0.3:
        whole += f",{rng.randrange(100):02d}"
    return f"{whole} kr." if rng.random() < 0.7 else f"kr. {whole}"


def invoice_no(rng: random.Random) -> str:
    return f"{rng.choice(('faktura nr.', 'fakturanr.'))} {rng.randrange(10000, 999999)}"


def order_no(rng: random.Random) -> str:
    return rng.choice((f"ordre #{rng.randrange(100000, 999999)}",
                       f"ordrenr. {rng.randrange(1000000, 9999999)}"))  # fmt: skip


def booking_no(rng: random.Random) -> str:
    word = rng.choice(("booking-nr.", "Booking-nr.", "bookingnr."))
    return f"{word} {rng.randrange(100000, 999999)}"


def case_no(rng: random.Random) -> str:
    return f"sagsnr. {rng.randrange(1000, 9999)}/26"


def journal_no(rng: random.Random) -> str:
    return (f"j.nr. {rng.randrange(1000, 9999)}-{rng.randrange(10000, 99999)}-"
            f"{rng.randrange(100, 99999):05d}-26")  # fmt: skip


def cvr_text(rng: random.Random) -> str:
    return f"CVR-nr. {cvr(rng)}"


def org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES)


def stamp(rng: random.Random, when: date, h: int, m: int) -> str:
    return f"{when.isoformat()} {h:02d}:{m:02d}"


# --- the genres -------------------------------------------------------------------------------


def accountant_log(d: Doc) -> None:
    rng = d.rng
    shop, firm, product = (
        rng.choice(SHOPS),
        rng.choice(ADVISERS),
        rng.choice(("Shopify", "WooCommerce", "QuickPay", "MobilePay")),
    )
    owner = person(rng, "Indehaver A")
    clerk = person(rng, "Medarbejder B")
    accountant = person(rng, "Revisor A")
    when = day(rng)
    d(f"{firm} – sagslog ({case_no(rng)})\n")
    d(f"Klient: {shop}, {cvr_text(rng)}\n", "Indehaver: ").name(owner)
    if rng.random() < 0.4:
        d(", f. ").dob(owner)
    d("\n", "Sagsbehandler: ").name(accountant, rng.choice(("comma", "full", "initial")))
    d(" (").mail(email_of(rng, accountant))(")\n\n")
    h, m = rng.randrange(8, 12), rng.randrange(60)

    def contact() -> None:
        d(rng.choice(("Klienten ringede fra ", "Opkald fra indehaveren på ", "Henvendelse fra ")))
        d.tel(phone(rng))
        d(f": udbetalingerne fra {product} er ikke kommet ind på firmakontoen ")
        d.account()
        d(f" siden {short_date(when - timedelta(days=rng.randrange(3, 20)))}.\n")

    def payout() -> None:
        d(f"Set i {product}-admin: udbetalingskontoen blev ændret {kl(rng)} til ")
        if rng.random() < 0.5:
            d.account()
        else:
            d("IBAN ").iban()
        d(". Login fra ukendt enhed; ingen tofaktor slået til.\n")

    def mails() -> None:
        d("Konto-e-mailen er skiftet fra ").mail(email_of(rng, owner))(" til ")
        d.mail(f"{rng.choice(('payout', 'support', 'shop.admin', 'finance'))}"
               f"{rng.randrange(10, 99)}@{rng.choice(DOMAINS)}")  # fmt: skip
        d(". Kvittering sendt til ")(masked_mail(rng))(".\n")

    def code() -> None:
        alias = Person(rng.choice(ALIASES), "", pseudo="[NAVN]")
        d('Indehaveren fortæller, at en "').name(alias, "first")
        d(f' fra {product} Support" ringede fra ').tel(any_phone(rng, 0.6))
        d(
            rng.choice(
                (" og bad om koden fra SMS'en; ", " og fik indehaveren til at læse koden op; ")
            )
        )
        d("den var ").otp()(".\n")

    def mitid_line() -> None:
        d("Indehaveren har også givet en opringer sit MitID bruger-ID ").mitid(owner)
        d(" – vi har bedt indehaveren spærre det via MitID-support.\n")

    def loss() -> None:
        n = rng.randrange(2, 7)
        d(f"Samlet tab {amount(rng)} fordelt på {n} udbetalinger ({order_no(rng)} og frem). ")
        d(f"Bogført på konto 7330 i {rng.choice(('Dinero', 'e-conomic'))}.\n")

    def police() -> None:
        d(f"Anmeldt til politiet på 114, {journal_no(rng)}. ")
        d(f"Banken ({rng.choice(BANKS)}) kontaktet på {org_line(rng)}.\n")

    def cpr_line() -> None:
        d("Til bankens indsigelsesblanket: indehaverens CPR ").cpr(owner)
        d(", adresse ").addr(Address(rng), rng.choice(("one", "line")))(" (folkeregister).\n")

    def staff() -> None:
        d("Medhjælperen ").name(clerk, rng.choice(("full", "first")))
        d(" har haft adgang til admin; ").name(clerk, "gen")
        d(" login er lukket. Kontakt: ").tel(phone(rng))(".\n")

    def street() -> None:
        d(f"Lageret ligger ved {rng.choice(STREETS)}. Ingen fysisk indbrud.\n")

    def owner_gen() -> None:
        d.name(owner, "gen")(rng.choice((" bogholder er orienteret", " bank har spærret adgangen")))
        d(f"; {invoice_no(rng)} fra os på rådgivningen sendes først i næste måned.\n")

    events = [contact, payout, mails]
    optional = [code, mitid_line, loss, police, cpr_line, staff, street, owner_gen]
    rng.shuffle(optional)
    events += optional[: rng.randrange(4, len(optional) + 1)]
    for event in events:
        m += rng.randrange(4, 40)
        h, m = h + m // 60, m % 60
        d(stamp(rng, when, h, m) + "  ")
        event()
    d("\nNoteret af ").name(accountant, rng.choice(("initial", "full", "first")))("\n")


def supplier_mail(d: Doc) -> None:
    rng = d.rng
    company, fake = rng.choice(CRAFT), rng.choice(FAKES)
    owner = person(rng, "Indehaver A")
    keeper = person(rng, "Medarbejder B")
    supplier = foreigner(rng, "Leverandør A") if rng.random() < 0.7 else person(rng, "Leverandør A")
    adviser = person(rng, "Rådgiver A")
    contact = person(rng, "Leverandør B")
    company_cvr, company_address = cvr_text(rng), Address(rng)
    signed_address = rng.random() < 0.75
    when = day(rng)
    inv = invoice_no(rng)
    own_mail, keeper_mail = email_of(rng, owner), email_of(rng, keeper)
    bank = rng.choice(BANKS)

    def header(
        sender: Person, s_mail: str, to: Person, t_mail: str, subject: str, hours: range
    ) -> None:
        d("Fra: ").name(sender)(" <").mail(s_mail)(">\n")
        d("Til: ").name(to)(" <").mail(t_mail)(">\n")
        if rng.random() < 0.4:
            d("Cc: ").mail(business_mail(rng, company))("\n")
        h, m = rng.choice(hours), rng.randrange(60)
        d(f"Dato: {short_date(when)} kl. {h:02d}.{m:02d}\n", f"Emne: {subject}\n\n")

    def signature(p: Person) -> None:
        d(rng.choice(("Mvh\n", "Venlig hilsen\n", "Hilsen\n"))).name(
            p, rng.choice(("full", "full", "initial", "first"))
        )
        d(f"\n{company}\n")
        if signed_address:
            # A company's (ApS) own; a firm without a company form may be a sole trader's home.
            own = d.org_addr if company.endswith(("ApS", "A/S")) else d.addr
            own(company_address, "two")("\n")
        d("Tlf. ").tel(phone(rng))(f"\n{company_cvr}\n")

    header(
        keeper,
        keeper_mail,
        owner,
        own_mail,
        f"SV: {inv.capitalize()} – nye kontooplysninger?",
        range(11, 14),
    )
    d("Hej ").name(owner, "first")(",\n\n")
    d(rng.choice((f"Vi har fået en mail fra {fake} om, at de har skiftet bank. ",
                  f"{fake} skriver, at deres gamle konto er lukket pga. revision. ")))  # fmt: skip
    d(f"{inv.capitalize()} på {amount(rng)} skal nu betales til ")
    if rng.random() < 0.6:
        d("IBAN ").iban(rng.choice(("GB", "DE", "LT", "PL", "NL")))
    else:
        d.account()
    d(rng.choice((" i stedet for den konto, vi plejer at bruge (", " og ikke som hidtil til (")))
    d.account()(").\n")
    d(rng.choice(("Jeg har ringet til ", "Jeg prøvede at ringe til ")))
    d.name(supplier if rng.random() < 0.5 else contact)(" på ").tel(any_phone(rng, 0.4))
    d(rng.choice((", men ingen tog den.", " og fik at vide, at det var i orden.",
                  ", og der kendte man intet til det.")))  # fmt: skip
    d(f" Skal jeg betale? Forfald {short_date(when + timedelta(days=rng.randrange(2, 14)))}.\n\n")
    signature(keeper)

    d("\n-----Oprindelig meddelelse-----\n")
    header(supplier, f"{ascii_lower(supplier.first)}.{ascii_lower(supplier.last)}@"
           f"{rng.choice(('example.com', 'example.net', 'example.org'))}", keeper, keeper_mail,
           f"Updated bank details / {inv}", range(7, 11))  # fmt: skip
    if rng.random() < 0.6:
        d("Dear customer,\n\nDue to an audit our bank details have changed. Please pay ")
        d(f"{inv} to IBAN ").iban(rng.choice(("GB", "DE", "LT", "PL", "NL")))
        d(rng.choice((" from today.", " before Friday.", ", not to the old account.")))
        d(" For questions call me on ").tel(foreign_phone(rng))
        d(" or write to ").mail(business_mail(rng, fake))(".\n\nKind regards\n").name(supplier)
        d(f"\n{fake}\n")
    else:
        d("Hej,\n\nVi har skiftet bank. Betal venligst ", inv, " til ")
        d.account()(". Ring på ").tel(any_phone(rng, 0.3))(" ved spørgsmål.\n\nMvh\n")
        d.name(supplier)(f"\n{fake}\n")
    if rng.random() < 0.5:
        d("\n-----\n")
        header(
            owner, own_mail, adviser, email_of(rng, adviser), f"VS: {inv} – svindel?", range(14, 20)
        )
        d(
            f"Vi betalte {amount(rng)} den {short_date(when)}. "
            f"{bank} siger, vi skal anmelde det på 114."
        )
        if rng.random() < 0.5:
            d(" Varen skulle leveres med bil ").plate()(".")
        if rng.random() < 0.4:
            d(" Vores MitID Erhverv-bruger er ").mitid(owner)(" – skal den spærres?")
        d("\n\n")
        signature(owner)


def booking_export(d: Doc) -> None:
    rng = d.rng
    salon, system = rng.choice(SALONS), rng.choice(("Planway", "SimplyBook", "Booksy"))
    owner = person(rng, "Indehaver A")
    staff = person(rng, "Medarbejder B")
    clinic = salon in ("Klinik Balancepunktet", "Massageklinikken Rolig", "Tattoo Blæk & Nål")
    when = day(rng)
    h, m = clock(rng)
    d(f"{system} – eksport af kundekartotek\nVirksomhed: {salon}, {cvr_text(rng)}\n")
    d(f"Trukket: {stamp(rng, when, h, m)} af ").name(owner)
    d(" efter databrud (uvedkommende login med ").name(staff, "gen")(" bruger)\n")
    d(f"Poster i alt: {rng.randrange(180, 2400)} – udsnit med de berørte kunder\n\n")
    services = SERVICES[SALONS.index(salon)]
    for k in range(rng.randrange(2, 5)):
        customer = person(rng, f"Kunde {k + 1}", young=True)
        visit = when - timedelta(days=rng.randrange(1, 90))
        d(
            f"{booking_no(rng).capitalize()} | {short_date(visit)} {kl(rng)} | "
            f"{rng.choice(services)}"
        )
        d(f" | {amount(rng, 150, 2400)}\n")
        d("Navn: ").name(customer, rng.choice(("ucomma", "upper", "comma", "full", "ucomma")))("\n")
        d(rng.choice(("Mobil: ", "Tlf.: ", "Telefon: "))).tel(phone(rng))("\n")
        if rng.random() < 0.85:
            d("E-mail: ").mail(email_of(rng, customer))("\n")
        if rng.random() < 0.7:
            d("Fødselsdato: ").dob(customer)("\n")
        if rng.random() < 0.55:
            d("Adresse: ").addr(Address(rng), rng.choice(("one", "one", "line")))("\n")
        if clinic and rng.random() < 0.6:
            d("CPR (sygesikring): ").cpr(customer)("\n")
        note = rng.random()
        if note < 0.25:
            d(
                "Note: betalt med kort ",
                masked_card(rng),
                "; kvittering til ",
                masked_mail(rng),
                "\n",
            )
        elif note < 0.4:
            d("Note: ").name(customer, "first")(" er født ").dob(customer)
            d(" – rabat som pensionist\n" if customer.born and customer.born.year < 1960 else "\n")
        elif note < 0.55:
            d("Note: ").name(customer, "gen")(" pårørende ").name(person(rng, "Kunde 9"))
            d(" betaler regningen; tlf. ").tel(phone(rng))("\n")
        elif note < 0.65:
            d("Note: kommer ofte fra butikken ved ", rng.choice(STREETS), ".\n")
        d("\n")
    d(f"Databruddet er anmeldt til Datatilsynet ({case_no(rng)}). Kontakt: ").name(owner, "first")
    d(" på ").tel(phone(rng))(" eller ").mail(business_mail(rng, salon))(".\n")


def fraud_line(d: Doc) -> None:
    rng = d.rng
    bank = rng.choice(BANKS)
    company = rng.choice(CRAFT + SALONS + SHOPS)
    adviser = person(rng, "Rådgiver A")
    owner = person(rng, "Kunde 2")
    alias = Person(rng.choice(ALIASES), "", pseudo="Gerningsperson 1")
    when = day(rng)
    h, m = clock(rng)
    d(f"{bank} Erhverv – svindellinjen {org_line(rng)}\n")
    d(f"Optaget samtale {stamp(rng, when, h, m)}, {case_no(rng)} (transskriberet)\n")
    d("R = rådgiver ").name(adviser)(", K = kunden\n\n")
    d(f"R: {bank}, erhvervssvindel, du taler med ").name(adviser, "first")(
        ". Hvem taler jeg med?\n"
    )
    d("K: Det er ").name(owner)(f", jeg har {company}, {cvr_text(rng)}.\n")
    if rng.random() < 0.7:
        d("R: Kan du bekræfte dit CPR-nummer?\nK: Ja, det er ").cpr(owner)(".\n")
    else:
        d("R: Og din fødselsdato?\nK: Jeg er født ").dob(owner)(".\n")
    d("R: Hvad er der sket?\n")
    he = alias.first in MEN_ALIASES
    pronoun, object_ = ("Han", "ham") if he else ("Hun", "hende")
    d("K: En mand, der sagde, han hed " if he else "K: En kvinde, der sagde, hun hed ")
    d.name(alias, "first")
    d(f" fra jeres sikkerhedsafdeling, ringede {kl(rng)} fra ").tel(any_phone(rng, 0.35))(".\n")
    if rng.random() < 0.75:
        d(f"K: {pronoun} bad om mit MitID bruger-ID, og jeg sagde ").mitid(owner)(
            rng.choice(
                (". Så kom der en kode, og ", ". Bagefter ville de have koden fra appen, og ")
            )
        )
        d("jeg læste ").otp()(" op.\n")
    else:
        d(f"K: {pronoun} sendte en SMS-kode, og jeg gav {object_} den: ").otp()(".\n")
    if rng.random() < 0.8:
        d("R: Har du givet kortoplysninger?\nK: Ja, firmakortet ").card()(", udløb ").exp()
        d(rng.choice((", og CVC ", ", og kontrolcifre ", " og CVV "))).cvv()(".\n")
    d(f"R: Jeg kan se en overførsel på {amount(rng)} {kl(rng)} til ")
    if rng.random() < 0.5:
        d.account()
    else:
        d.iban()
    d(". Jeg spærrer kortet, der ender på ", f"{rng.randrange(10000):04d}", ", og netbanken nu.\n")
    d("R: Hvilket nummer kan vi ringe tilbage på?\nK: ").tel(phone(rng))
    if rng.random() < 0.6:
        d(", eller min mail ").mail(email_of(rng, owner))
    d(".\n")
    d("R: Vi sender bekræftelse til ", masked_mail(rng), " og til ", masked_phone(rng), ". ")
    d("Anmeld det også til politiet på 114.\n")
    if rng.random() < 0.35:
        d("K: Min kone ").name(person(rng, "[NAVN]"), "first")(" har også fået et opkald på ")
        d.tel(phone(rng))(".\n")


def association_notes(d: Doc) -> None:
    rng = d.rng
    assoc = rng.choice(ASSOCIATIONS)
    company = rng.choice(CRAFT + SALONS + SHOPS)
    member = person(rng, "Medlem A")
    adviser = person(rng, "Rådgiver A")
    when = day(rng)
    d(
        f"{assoc} – rådgivningsnotat til medlem\n"
        f"Dato: {short_date(when)}   {case_no(rng).capitalize()}\n"
    )
    d(f"Medlem: {company}, {cvr_text(rng)}\nKontaktperson: ").name(member)
    if rng.random() < 0.5:
        d("\nAdresse:\n").addr(Address(rng), "two")
    else:
        d(", ").addr(Address(rng), "one")
    d("\nTlf.: ").tel(phone(rng))("   E-mail: ").mail(email_of(rng, member))("\n")
    d("Rådgiver: ").name(adviser, rng.choice(("full", "initial")))("\n\nHvad er sket\n")
    story = rng.randrange(4)
    if story == 0:
        d.name(member, "gen")(' firma fik en falsk faktura fra "', rng.choice(FAKES), '" med ')
        d("ændret konto: ").iban()(". Afsender: ").mail(business_mail(rng, rng.choice(FAKES)))
        d(f". Der blev betalt {amount(rng)} inden svindlen blev opdaget.\n")
    elif story == 1:
        d.name(member, "gen")(" mobil blev ringet op fra ").tel(foreign_phone(rng))
        d(' af "').name(Person(rng.choice(ALIASES), "", pseudo="Gerningsperson 1"), "first")
        d(' fra banken", som fik koden ').otp()(" og MitID bruger-ID ").mitid(member)(".\n")
    elif story == 2:
        d("Firmaets varebil ").plate()(" blev stjålet ved ", rng.choice(STREETS), ". ")
        d("I handskerummet lå firmakortet ").card()(" (udløb ").exp()(").\n")
    else:
        d('En "Google-partner" truede med dårlige anmeldelser, hvis ikke ').name(member, "first")
        d(f" betalte {amount(rng)} til ").account()
        d(". Trusler kom fra ").tel(any_phone(rng, 0.6))(".\n")
    if rng.random() < 0.5:
        d("Medlemmet har desuden oplyst kortet ").card()(", udløb ").exp()
        d(rng.choice((", CVC ", ", cvc ", " og kontrolcifre "))).cvv()(" i en formular.\n")
    if rng.random() < 0.35:
        d("Svindleren kørte i en bil med nummerpladen ").plate()(".\n")
    if rng.random() < 0.4:
        d("Medarbejderen ").name(person(rng, "Medarbejder B"), rng.choice(("full", "first")))
        d(" modtog samme dag koden ").otp()(" på SMS.\n")
    d("\nVores råd\n")
    d(
        f"1. Ring straks til banken ({rng.choice(BANKS)}, {org_line(rng)}) "
        "og få kort og netbank spærret.\n"
    )
    d("2. Anmeld det til politiet på 114 eller politi.dk; skriv journalnummeret på sagen.\n")
    d(
        "3. Del aldrig koder eller MitID bruger-ID – heller ikke med nogen, "
        "der siger, de er fra os.\n"
    )
    if rng.random() < 0.5:
        d("4. Tjek fakturaer mod ", rng.choice(("Dinero", "e-conomic")), "; ", invoice_no(rng))
        d(" er ikke betalt endnu.\n")
    d("\nNotat skrevet af ").name(adviser, rng.choice(("first", "initial", "full")))
    d(", som kan træffes på ").mail(email_of(rng, adviser))(".\n")


def police_report(d: Doc) -> None:
    rng = d.rng
    police = rng.choice(POLICE)
    business = rng.choice(SALONS + SHOPS + CRAFT)
    complainant = person(rng, "Anmelder A")
    witness = person(rng, "[NAVN]")
    officer = person(rng, "[NAVN]")
    alias = Person(rng.choice(ALIASES), "", pseudo="Gerningsperson 1")
    when = day(rng)
    d(f"{police} – anmeldelse: afpresning med falske Google-anmeldelser\n")
    d(f"{journal_no(rng).capitalize()}   Modtaget {short_date(when)} {kl(rng)}\n\n")
    d("Anmelder: ").name(complainant, rng.choice(("ucomma", "comma", "full", "upper")))
    d(rng.choice((", født ", ", f. "))).dob(complainant)("\n")
    if rng.random() < 0.8:
        d("CPR-nr.: ").cpr(complainant)("\n")
    d("Adresse:\n").addr(Address(rng), "two")("\n")
    d("Tlf.: ").tel(phone(rng))
    if rng.random() < 0.7:
        d("   E-mail: ").mail(email_of(rng, complainant))
    d(f"\nVirksomhed: {business}, {cvr_text(rng)}, beliggende ved {rng.choice(STREETS)}.\n\n")
    d("Forklaring:\n")
    d(f"Anmelder driver {business}. Den {short_date(when - timedelta(days=rng.randrange(2, 20)))} ")
    d(f"fik virksomheden {rng.randrange(6, 40)} anmeldelser med én stjerne på Google. ")
    d('Derefter skrev en afsender, der kaldte sig "').name(alias, "first")
    d('", fra ').tel(foreign_phone(rng) if rng.random() < 0.7 else phone(rng))
    if rng.random() < 0.5:
        d(" og ").mail(f"{rng.choice(('review.fix', 'reputation', 'g.support'))}"
                       f"{rng.randrange(10, 99)}@{rng.choice(DOMAINS)}")  # fmt: skip
    d(f" og krævede {amount(rng)} overført til ")
    if rng.random() < 0.7:
        d.iban()
    else:
        d.account()
    d(", ellers ville der komme flere.\n")
    if rng.random() < 0.6:
        d('Afsenderen ringede også som "Google support"; anmelder oplyste koden ').otp()
        if rng.random() < 0.5:
            d(" og sit MitID bruger-ID ").mitid(complainant)
        d(".\n")
    if rng.random() < 0.6:
        d("En ukendt bil med reg.nr. ").plate()(
            f" holdt {kl(rng)} uden for virksomheden to dage i træk.\n"
        )
    if rng.random() < 0.5:
        d("Anmelders kortnummer ").card()(" (udløb ").exp()(", CVV ").cvv()
        d(') blev brugt ved "betaling af gebyr".\n')
    d.name(complainant, "gen")(rng.choice((" medarbejder ", " kollega ")))
    d.name(person(rng, "Medarbejder B"), rng.choice(("full", "first")))
    d(" bekræfter forløbet.\n\n")
    d("Vidne 1: ").name(witness, rng.choice(("full", "comma")))("\n")
    d.addr(Address(rng), "two" if rng.random() < 0.6 else "one")("\nTlf. ").tel(phone(rng))("\n\n")
    d("Modtaget af politiassistent ").name(officer, rng.choice(("initial", "full")))("\n")


def chargeback_notes(d: Doc) -> None:
    rng = d.rng
    shop, psp = rng.choice(SHOPS), rng.choice(("QuickPay", "Shopify", "WooCommerce"))
    handler = person(rng, "Medarbejder A")
    d(f"{psp} – chargeback-noter for {shop} ({cvr_text(rng)})\n")
    d("Behandles af ").name(handler, rng.choice(("full", "comma", "initial")))("\n\n")
    for k in range(rng.randrange(2, 4)):
        holder = person(rng, f"Kunde {k + 1}", young=True)
        when = day(rng)
        d(f"Sag CB-26-{rng.randrange(10000, 99999)} · {order_no(rng)} · {amount(rng)}\n")
        d("Kortholder: ").name(holder, rng.choice(("full", "comma", "full")))("\n")
        d("Kort: ").card()("  Udløb: ").exp()("\n")
        d("E-mail på ordren: ").mail(email_of(rng, holder))
        if rng.random() < 0.7:
            d("   Tlf.: ").tel(phone(rng))
        d("\nLeveringsadresse: ").addr(Address(rng), rng.choice(("one", "one", "line")))("\n")
        form = rng.choice(("first", "gen", "full"))
        d(f"- {short_date(when)}: ").name(holder, form)
        if form == "gen":
            d(" indsigelse: kortet er misbrugt, varen aldrig bestilt.\n")
        else:
            d(" siger, at kortet er misbrugt og varen aldrig bestilt.\n")
        r = rng.random()
        if r < 0.4:
            d("- Kortholder skrev ved en fejl ")(rng.choice(("CVC ", "cvc ", "CVV ")))
            d.cvv()(" i beskeden til os – slettet efter brug.\n")
        elif r < 0.6:
            d("- Samme kort (", masked_card(rng), ") brugt på 4 ordrer fra ")
            d.mail(
                f"{rng.choice(('deals', 'buyer', 'shop'))}{rng.randrange(100, 999)}"
                f"@{rng.choice(DOMAINS)}"
            )
            d(".\n")
        elif r < 0.8:
            d("- Varen blev afhentet i en bil med nummerplade ").plate()(".\n")
        else:
            d("- Kunden sendte kode ").otp()(' fra sin bank som "bevis" – ikke brugbart.\n')
        d(f"- Svar til indløser senest {short_date(when + timedelta(days=10))} {kl(rng)}.\n\n")
    d(f"Samlet omtvistet: {amount(rng)} i alt. Kontakt ved spørgsmål: ")
    d.mail(business_mail(rng, shop))
    d(" eller ").tel(phone(rng, True))(".\n")


def wholesaler_chat(d: Doc) -> None:
    rng = d.rng
    company, fake = rng.choice(CRAFT + SALONS + SHOPS), rng.choice(FAKES)
    owner = person(rng, "Indehaver A")
    scammer = foreigner(rng, "Leverandør A")
    when = day(rng)
    h, m = clock(rng)
    owner_form = rng.choice(("lower", "lower", "first", "full"))
    scam_form = rng.choice(("full", "first"))
    d(f"WhatsApp-eksport gemt af {company} {short_date(when)} og sendt til politiet\n\n")

    def line(who: str) -> None:
        nonlocal h, m
        m += rng.randrange(1, 9)
        h, m = (h + m // 60) % 24, m % 60
        d(f"[{h:02d}:{m:02d}] ")
        if who == "s":
            d.name(scammer, scam_form)
        else:
            d.name(owner, owner_form)
        d(": ")

    line("s")
    d("Hi, this is ").name(scammer, "first")(f" from {fake}. We have a special offer for ")
    d(GOODS[FAKES.index(fake)], " this week.\n")
    line("o")
    d(rng.choice(("hej, hvem er det?", "hello, how did you get my number?", "ok send pris")), "\n")
    line("s")
    d(f"Price is {amount(rng)} incl. delivery. We need 50% prepayment to IBAN ").iban()
    d(".\n")
    steps = ["mail", "phone", "addr", "code", "card", "truck", "account"]
    rng.shuffle(steps)
    for step in steps[: rng.randrange(3, 7)]:
        if step == "mail":
            line("o")
            d(rng.choice(("send faktura til ", "pls send invoice to ", "min mail er "))).mail(
                email_of(rng, owner)
            )("\n")
            line("s")
            d("Sent. Also copy to our accounts: ").mail(business_mail(rng, fake))("\n")
        elif step == "phone":
            line("s")
            d("Call me on ").tel(foreign_phone(rng))(" if questions\n")
            line("o")
            d(rng.choice(("ring hellere på ", "my mobile is ", "mit nr er "))).tel(phone(rng, True))
            d("\n")
        elif step == "addr":
            line("s")
            d("Delivery address please?\n")
            line("o")
            d(rng.choice(("", "til værkstedet: ", "address is "))).addr(
                Address(rng), rng.choice(("one", "line"))
            )("\n")
        elif step == "code":
            line("s")
            d("For security you received a code from our system. Please send it.\n")
            line("o")
            d(rng.choice(("koden er ", "the code is ", "code: ", ""))).otp()("\n")
        elif step == "card":
            line("s")
            d("Or pay by card now, faster.\n")
            line("o")
            d.card()(" ").exp()(rng.choice((" cvc ", " CVC ", " CVV "))).cvv()("\n")
        elif step == "truck":
            line("s")
            d("Truck with plate ").plate()(f" arrives {short_date(when + timedelta(days=3))}.\n")
        else:
            line("s")
            d("Danish customers can also pay to our DK account ").account()("\n")
    line("o")
    d(rng.choice(("min revisor siger det er svindel", "I called my bank, stop writing",
                  "jeg har anmeldt jer", "pengene er sendt, hvor er varerne?")))  # fmt: skip
    d("\n")
    if rng.random() < 0.5:
        line("s")
        d(rng.choice(("Sorry, system error. Please pay again.", "Dear friend, trust me.",
                      "Contact my colleague ")))  # fmt: skip
        if d.parts[-1].startswith("Contact"):
            d.name(foreigner(rng, "Leverandør B"))
        d("\n")


WRITERS: dict[str, Callable[[Doc], None]] = {
    "accountant_log": accountant_log,
    "supplier_mail": supplier_mail,
    "booking_export": booking_export,
    "fraud_line": fraud_line,
    "association_notes": association_notes,
    "police_report": police_report,
    "chargeback_notes": chargeback_notes,
    "wholesaler_chat": wholesaler_chat,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: genres in turn, a fixed share of each genre pseudonymised as negatives."""
    negatives = round(size * NEGATIVES / SIZE)
    plan = random.Random(f"pii_blind38/plan/{seed}/{size}")
    chosen: set[int] = set()
    for k in range(len(GENRES)):
        members = list(range(k, size, len(GENRES)))
        quota = negatives // len(GENRES) + (1 if k < negatives % len(GENRES) else 0)
        chosen.update(plan.sample(members, min(quota, len(members))))
    docs = []
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        kind = "negative" if i in chosen else "positive"
        doc = Doc(random.Random(f"pii_blind38/{seed}/{i}/{genre}/{kind}"), kind == "negative")
        WRITERS[genre](doc)
        docs.append({"id": f"blind38-{i:04d}", "genre": genre, "kind": kind, "text": doc.text(),
                     "spans": doc.spans})  # fmt: skip
    return docs


def main(argv: Sequence[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind38.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
