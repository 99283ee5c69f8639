"""A seventy-sixth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is A BANK BRANCH'S
COUNTER AND ITS ELDERLY CUSTOMERS: grandparent scams ("it's me, your grandson, I need money")
and fake-police scams ("your savings are not safe, a colleague will fetch your cards"), as the
counter staff, the branch's managers, the customers' children and the police handle them, in
eight genres: a cashier's note on a large cash withdrawal stopped at the counter (the
customer's CPR, address, phone and account, the car that waited outside), a power of attorney
form for a son or daughter (names in CAPITALS as in the passport, "Surname, Given", two-line
address blocks, a birth date after "Fødselsdato:"), the branch's letter to a relative (the
branch's letterhead, the relative's address block, "Kære Jens", "f. 12. marts 1938"), a call
note of a talk with the customer's son or daughter, an e-mail thread with the police
(Fra:/Til:/Emne:, a journal number, the receiving IBAN or account, the courier's number
plate, the scammer's foreign number), the counter staff's internal chat ("[10:02] Lone Bak:"
lines, names typed in lower case), a card-blocking log (the card, expiry and CVV read out to a
fake police officer, the MitID user ID and a code given away) and a customer's statement to
the police. The names are those of elderly Danes ("Inger Marie Holm", "Aage Bundgaard"), of
families with roots elsewhere ("Hatice Yilmaz", "Nguyen Thi Lan", "Dragan Jovanović"), double
surnames ("Skov-Hansen", "Dam Kristensen") and the branch's and police's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kasserer", "politiassistent",
  "kunden", "fru"); "Holm, Inger Marie" is one span; a genitive s belongs to it ("Ingers",
  "Aage Bundgaards"); a lower-case name typed in the chat ("lone", "jens holm") and a name in
  CAPITALS on an ID document are PERSON, and so is a given name alone after a greeting or
  in a signature ("Kære Jens", "Hej Mette", "Mvh Lone"). A scammer's alias ("Mikkel fra
  Rigspolitiet") is PERSON by its name only, the unit is not; so is the first name a
  scammer used for a "grandchild" ("barnebarnet Mads"). Banks, police districts, firms,
  products, pseudonyms ("Kunde A", "Medarbejder 1", "Pårørende 1") and family words ("sønnen",
  "barnebarnet", "hendes mand") are never PERSON.
- ADDRESS is a private person's address: the street name through number, letter, floor and
  side ("12B", "2. tv.", "st."), plus ", postcode town" on the same line or on the next line of
  an address block (line break included). An organisation's own postal address (a bank
  branch's, a police station's, a firm's, a care home's; on letterheads, in signatures, in
  "afhentes i afdelingen, ...") is NOT personal data and is never labelled. A street named
  without a number ("ved Hybenvej.") is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for the years 2000 to 2005), a serial chosen so the number FAILS modulus 11;
  written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("12.
  marts 1938", "12.03.1938", "12-03-1938", "12/3-1938") is labelled only straight after
  "født", "f." or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE is a Danish 8-digit number from the mobile and landline ranges (70 and 80 never occur
  as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030
  4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code inside the span, or a foreign number from the fiction ranges
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). The branches', police's and firms' 70
  lines, 112 and 114 are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, the
  staff's and the police's too.
- BANK_ACCOUNT: reg.nr. and account written together ("4470-0012345678", "4470 12345678") are
  one span; where the reg.nr. stands in its own words ("reg.nr. 4470, kontonr. 12345678") only
  the account is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH),
  grouped by four or compact. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES),
  grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV",
  "CVC" or "kontrolcifre". OTP: a one-time code sent, asked for or read out (6 or 8 digits);
  MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("CX 41 207",
  "CX41207").
- Hard negatives, never labelled: amounts ("85.000 kr.", "kr. 2.450,00"), dates and clock
  times ("04.12.26", "kl. 10.42", "[10:02]", "2026-12-04 10:14"), the branch's case numbers
  ("FIL-482913" is a case, not a code), call-note numbers ("KS-26-01234"), police journal
  numbers ("0400-80153-00417-26"), CVR numbers, masked values ("120338-xxxx", "+45 ** ** ** 31",
  "i***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932", "CX ** ***"),
  the organisations' 70 lines, 112 and 114, their names and addresses, products (MitID,
  Dankort, Netbank), pseudonyms and family words. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[TLF]", "[CPR]") and
  pseudonym labels remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind75 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind75"

GENRES = (
    "kassenotat",
    "fuldmagt",
    "brev",
    "telefonnotat",
    "politimail",
    "chat",
    "kortspaerring",
    "anmeldelse",
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
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "5200", "2223")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "GB": 22,
    "SE": 24,
    "NO": 15,
    "ES": 24,
    "PL": 28,
    "LT": 20,
    "NL": 18,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49")
LANDLINE += ("54", "55", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72")
LANDLINE += ("73", "74", "75", "76", "86", "87", "89", "96", "97", "98", "99")

WOMEN = (
    "Inger", "Kirsten", "Grethe", "Ruth", "Karen", "Else", "Birthe", "Hanne", "Jytte", "Bodil",
    "Gudrun", "Ellen", "Edith", "Tove", "Agnete", "Dagmar", "Ingrid", "Gerda", "Erna", "Asta",
    "Aase", "Vibeke", "Lene", "Mette", "Susanne", "Pia", "Tina", "Camilla", "Signe", "Ida",
    "Freja", "Nanna", "Sofie", "Line", "Maja", "Rikke", "Trine", "Helle", "Dorthe", "Bente",
    "Jonna", "Solveig", "Alice", "Annelise", "Ulla", "Hjørdis", "Minna", "Ester", "Magna",
    "Anne-Grethe", "Lis", "Henny", "Oda", "Fatma", "Aylin", "Zeynep", "Amina", "Yasmin",
    "Samira", "Leila", "Ewa", "Agnieszka", "Mariam", "Hodan", "Shirin", "Dilan", "Parisa",
    "Hatice", "Sadia", "Nadia", "Marta", "Irina", "Olena", "Thi Lan", "Lone", "Marianne",
)  # fmt: skip
MEN = (
    "Poul", "Erik", "Knud", "Svend", "Aage", "Børge", "Preben", "Ole", "Finn", "Bent", "Jørgen",
    "Henning", "Arne", "Kaj", "Flemming", "Leif", "Hans", "Niels", "Carl", "Verner", "Egon",
    "Gunnar", "Holger", "Ejner", "Valdemar", "Helge", "Torben", "Jens", "Lars", "Søren",
    "Morten", "Jesper", "Kim", "Rasmus", "Mads", "Jonas", "Mikkel", "Anders", "Kasper",
    "Martin", "Christian", "Frederik", "Emil", "Magnus", "Oliver", "Villads", "Tage", "Ib",
    "Mogens", "Karl-Erik", "Hans-Henrik", "Ahmed", "Mehmet", "Hassan", "Ali", "Omar", "Yusuf",
    "Murat", "Tariq", "Bilal", "Karim", "Tomasz", "Piotr", "Andrzej", "Dragan", "Goran", "Emre",
    "Reza", "Farhad", "Abdi", "Hamid", "Minh", "Duc", "Aksel", "Bjarne",
)  # fmt: skip
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Skov", "Bak", "Lund", "Holm",
    "Dam", "Krog", "Kjær", "Bech", "Mikkelsen", "Knudsen", "Frederiksen", "Jakobsen", "Laursen",
    "Henriksen", "Vestergaard", "Østergaard", "Nørgaard", "Søndergaard", "Damgaard",
    "Kirkegaard", "Bruun", "Lauridsen", "Mølgaard", "Svendsen", "Eriksen", "Thygesen",
    "Iversen", "Schmidt", "Bang", "Fisker", "Vinther", "Holst", "Brandt", "Winther", "Lind",
    "Berg", "Bundgaard", "Juhl", "Kofoed", "Munk", "Toft", "Hedegaard", "Storm", "Ravn", "Høj",
    "Hald", "Friis", "Buch", "Dahl", "Ladefoged", "Nygaard", "Bisgaard", "Kronborg", "Yilmaz",
    "Demir", "Kaya", "Hussein", "Ahmadi", "Nguyen", "Tran", "Kowalski", "Nowak", "Jovanović",
    "Mohamed", "Abdullahi", "Khan", "Rahimi", "Öztürk", "Haddad", "Karimi", "Skov-Hansen",
    "Dam Kristensen", "Bak-Jessen", "Holm Lauritzen", "Krog-Madsen",
)  # fmt: skip
# private streets (never an organisation's)
STREETS = (
    "Kløvervænget", "Hybenvej", "Præstemarken", "Skovbrynet", "Møllebakken", "Rosenhaven",
    "Æblehaven", "Fasanvej", "Lærkevej", "Tjørnevej", "Engblommevej", "Solsortevej",
    "Kirkestræde", "Bøgealle", "Havrevænget", "Strandstien", "Mosevej", "Ahornvej",
    "Grønnegade", "Pilevej", "Smedegården", "Kastanievej", "Vibeholm", "Åløkkevej", "Rugmarken",
    "Hyldebærvej", "Toftevej", "Kirsebærhaven", "Egeskovvej", "Gyvelvænget",
)  # fmt: skip
TOWNS = (
    ("4700", "Næstved"), ("4200", "Slagelse"), ("5700", "Svendborg"), ("6400", "Sønderborg"),
    ("7100", "Vejle"), ("8800", "Viborg"), ("9800", "Hjørring"), ("4800", "Nykøbing F"),
    ("3400", "Hillerød"), ("2630", "Taastrup"), ("4000", "Roskilde"), ("5600", "Faaborg"),
    ("6700", "Esbjerg"), ("7500", "Holstebro"), ("8600", "Silkeborg"), ("9000", "Aalborg"),
    ("3700", "Rønne"), ("4900", "Nakskov"), ("6100", "Haderslev"), ("8900", "Randers"),
    ("7400", "Herning"), ("4300", "Holbæk"), ("5800", "Nyborg"), ("8300", "Odder"),
    ("9900", "Frederikshavn"), ("4760", "Vordingborg"), ("6000", "Kolding"), ("8700", "Horsens"),
    ("2800", "Kongens Lyngby"), ("3300", "Frederiksværk"),
)  # fmt: skip


@dataclass(frozen=True)
class Org:
    name: str
    street: str  # "Torvet 3"
    town: str  # "4700 Næstved"
    line: str  # "70 15 22 40"
    domain: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.town}"

    @property
    def block(self) -> str:
        return f"{self.street}\n{self.town}"


BRANCHES = (
    Org("Sydfjord Bank", "Torvet 3", "4700 Næstved", "70 15 22 40", "sydfjordbank.example.dk"),
    Org(
        "Andelskassen Midtvest",
        "Jernbanegade 7",
        "7500 Holstebro",
        "70 26 31 18",
        "andelskassen.example.dk",
    ),
    Org(
        "Limfjordens Sparekasse",
        "Østerå 21",
        "9000 Aalborg",
        "70 33 48 12",
        "limfjordsparekasse.example.dk",
    ),
    Org(
        "Øresunds Andelsbank",
        "Stationsplads 2",
        "3400 Hillerød",
        "70 41 09 66",
        "oresundsbank.example.net",
    ),
    Org(
        "Bakkedal Sparekasse",
        "Gerritsgade 14",
        "5700 Svendborg",
        "70 22 14 30",
        "bakkedal.example.dk",
    ),
)
POLICE = (
    Org(
        "Sydsjællands Politi",
        "Politivænget 1",
        "4700 Næstved",
        "70 10 14 48",
        "politi.example.dk",
    ),
    Org("Midtjyllands Politi", "Vagtvej 9", "8800 Viborg", "70 10 14 46", "politi.example.dk"),
    Org(
        "Nordjyllands Politi",
        "Vesterbro 80B",
        "9000 Aalborg",
        "70 10 14 52",
        "politi.example.dk",
    ),
    Org(
        "Fyns Politi",
        "Klostervænget 5",
        "5700 Svendborg",
        "70 10 14 40",
        "politi.example.dk",
    ),
)
FIRMS = (
    Org(
        "Taxa Sydkysten ApS",
        "Værkstedsvej 11",
        "4700 Næstved",
        "70 20 88 10",
        "taxasyd.example.dk",
    ),
    Org(
        "Værdiservice Danmark A/S",
        "Industrivej 40",
        "2630 Taastrup",
        "70 27 60 60",
        "vaerdiservice.example.com",
    ),
    Org(
        "Plejecentret Solgården",
        "Solgårdsvej 2",
        "7100 Vejle",
        "70 25 41 90",
        "solgaarden.example.dk",
    ),
    Org(
        "Låsesmeden Centrum ApS",
        "Havnegade 31",
        "6700 Esbjerg",
        "70 28 19 04",
        "laasesmed.example.dk",
    ),
)
BANKS = tuple(o.name for o in BRANCHES)
COMPANIES = tuple(o.name for o in POLICE + FIRMS)
PRODUCTS = ("MitID", "Dankort", "Netbank", "MobilePay", "Visa/Dankort")
ORG_ADDRESSES = tuple(o.address for o in BRANCHES + POLICE + FIRMS) + tuple(
    o.block for o in BRANCHES + POLICE + FIRMS
)
ORG_LINES = tuple(o.line for o in BRANCHES + POLICE + FIRMS)  # and 112, 114
CVR = {
    o.name: f"{30000000 + 1_234_567 * (i + 3) % 60000000:08d}"
    for i, o in enumerate(BRANCHES + FIRMS)
}
ALIAS_UNITS = (
    "Rigspolitiet",
    "Københavns Politi",
    "politiets bedrageriafdeling",
    "bankens sikkerhedsafdeling",
    "Nationalbanken",
    "kortafdelingen",
    "NSK",
)
FAMILY = (
    "søn",
    "datter",
    "sønnen",
    "datteren",
    "barnebarnet",
    "barnebarn",
    "svigerdatteren",
    "svigersønnen",
    "mor",
    "far",
    "moren",
    "mand",
    "manden",
    "hustru",
    "niece",
    "nevø",
    "bedstemor",
    "bedstefar",
    "mormor",
    "morfar",
    "farfar",
)
PSEUDONYMS = (
    "Kunde A",
    "Kunde B",
    "Medarbejder 1",
    "Medarbejder 2",
    "Pårørende 1",
    "Pårørende 2",
    "Betjent 1",
    "Vidne 1",
)
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


# ---------------------------------------------------------------- values
def ascii_fold(text: str) -> str:
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = text.replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def mod11_ok(number: str) -> bool:
    return sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11 == 0


def cpr_for(rng: random.Random, born: date) -> str:
    """Ten digits: the birth date, a fitting century digit, a serial that fails modulus 11."""
    head = born.strftime("%d%m%y")
    while True:
        century = "4" if born.year >= 2000 else rng.choice("0123")
        number = head + century + digits(rng, 3)
        if not mod11_ok(number):
            return number


CPR_LAYOUTS = (
    lambda n: f"{n[:6]}-{n[6:]}",
    lambda n: n,
    lambda n: f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: f"{n[:6]} {n[6:]}",
)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def card_number(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + digits(rng, 11)
    return body + luhn_digit(body)


def iban(rng: random.Random, country: str) -> str:
    n = IBAN_LENGTH[country] - 4
    if country in ("GB", "NL"):
        bank = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4))
        bban = bank + digits(rng, n - 4)
    else:
        bban = digits(rng, n)
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def phone_number(rng: random.Random) -> str:
    lead = rng.choice(MOBILE + MOBILE + LANDLINE)
    return lead + digits(rng, 6)


PHONE_LAYOUTS = (
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


def write_phone(rng: random.Random, number: str) -> str:
    return rng.choice(PHONE_LAYOUTS)(number)


def fiction_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    return f"+46 70 174 06 {rng.randrange(5, 100):02d}"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
    return letters + f"{rng.randrange(10, 100)}{rng.randrange(100, 1000)}"


def write_plate(rng: random.Random, compact: str) -> str:
    if rng.random() < 0.7:
        return f"{compact[:2]} {compact[2:4]} {compact[4:]}"
    return compact


def write_date(rng: random.Random, day: date) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    if form == 1:
        return day.strftime("%d.%m.%Y")
    if form == 2:
        return day.strftime("%d-%m-%Y")
    return f"{day.day}/{day.month}-{day.year}"


def amount(rng: random.Random, low: int, high: int) -> str:
    value = rng.randrange(low, high) * 500
    text = f"{value:,}".replace(",", ".")
    return rng.choice((f"{text} kr.", f"kr. {text},00", f"{text},00 kr."))


# ---------------------------------------------------------------- people
@dataclass
class Person:
    given: str
    middle: str | None
    surname: str
    born: date
    cpr: str
    phone: str
    mail: str
    street: str
    town: tuple[str, str]
    female: bool

    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def form(self, rng: random.Random, *forms: str) -> str:
        return self.render(rng.choice(forms))

    def render(self, form: str) -> str:
        if form == "full":
            return self.full()
        if form == "three":
            middle = self.middle or ("Marie" if self.female else "Peter")
            return f"{self.given} {middle} {self.surname}"
        if form == "initial":
            middle = self.middle or ("M" if self.female else "K")
            return f"{self.given} {middle[0]}. {self.surname}"
        if form == "caps":
            middle = f" {self.middle}" if self.middle else ""
            return f"{self.given}{middle} {self.surname}".upper()
        if form == "surfirst":
            middle = f" {self.middle}" if self.middle else ""
            return f"{self.surname}, {self.given}{middle}"
        if form == "abbrev":
            return f"{self.given[0]}. {self.surname}"
        if form == "given":
            return self.given
        if form == "lower":
            return self.given.lower()
        if form == "lowerfull":
            return self.full().lower()
        if form == "gen":
            return genitive(self.full())
        if form == "givengen":
            return genitive(self.given)
        raise ValueError(form)


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxz" else "s")


def make_person(
    rng: random.Random, born_from: int, born_to: int, female: bool | None = None, surname=None
) -> Person:
    female = rng.random() < 0.55 if female is None else female
    names = WOMEN if female else MEN
    given = rng.choice(names)
    middle = rng.choice(names) if rng.random() < 0.35 else None
    if middle == given:
        middle = None
    if surname is None:
        surname = rng.choice(SURNAMES)
        if rng.random() < 0.12:
            other = rng.choice(SURNAMES)
            if " " not in surname + other and "-" not in surname + other and other != surname:
                surname = f"{surname}-{other}"
    born = date(born_from, 1, 1) + timedelta(
        days=rng.randrange((date(born_to, 12, 31) - date(born_from, 1, 1)).days)
    )
    handle = ascii_fold(given.split("-")[0].split(" ")[0]).lower()
    last = ascii_fold(surname.replace(" ", "").replace("-", "")).lower()
    mail = rng.choice(
        (
            f"{handle}.{last}@example.dk",
            f"{handle}{born.year % 100:02d}@example.dk",
            f"{last}.{handle}@example.net",
            f"{handle}{last[:3]}@example.com",
            f"{handle[0]}{last}{born.year}@example.dk",
        )
    )
    number = rng.choice((2, 4, 6, 7, 9, 11, 12, 15, 18, 21, 23, 27, 33, 40, 48, 57, 62, 104))
    street = f"{rng.choice(STREETS)} {number}{rng.choice(('', '', '', 'A', 'B'))}"
    return Person(
        given=given,
        middle=middle,
        surname=surname,
        born=born,
        cpr=cpr_for(rng, born),
        phone=phone_number(rng),
        mail=mail,
        street=street,
        town=rng.choice(TOWNS),
        female=female,
    )


def mitid_user(rng: random.Random, person: Person) -> str:
    given = ascii_fold(person.given.replace("-", "").replace(" ", "")).lower()
    last = ascii_fold(person.surname.replace(" ", "").replace("-", "")).lower()
    return rng.choice(
        (
            f"{given}{person.born.year % 100:02d}",
            f"{given}{last}{person.born.year}",
            f"{last}{person.born.year % 100:02d}",
        )
    )


def staff_mail(person: Person, org: Org) -> str:
    given = ascii_fold(person.given.replace("-", "").replace(" ", "")).lower()
    last = ascii_fold(person.surname.replace(" ", "").replace("-", "")).lower()
    return f"{given[:2]}{last[:2]}@{org.domain}" if len(given) > 3 else f"{given}@{org.domain}"


# ---------------------------------------------------------------- document builder
STAND_INS = {
    "PERSON": "[NAVN]",
    "ADDRESS": "[ADRESSE]",
    "PHONE": "[TLF]",
    "EMAIL": "[e-mail]",
    "BANK_ACCOUNT": "[kontonr.]",
    "OTP": "[kode]",
    "CPR": "[CPR]",
    "IBAN": "[kontonr.]",
    "MITID_USER": "(fjernet)",
    "DATE_OF_BIRTH": "(fjernet)",
    "CARD": "[kortnr.]",
    "CARD_EXPIRY": "**/**",
    "CARD_CVV": "***",
    "NUMBER_PLATE": "(fjernet)",
}


class Doc:
    """Text built piece by piece; values are labelled, or in a negative replaced by stand-ins."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    def __call__(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.length += len(text)
        return self

    def v(self, value: str, kind: str, stand: str | None = None) -> Doc:
        if self.neg:
            return self(stand if stand is not None else STAND_INS[kind])
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        return self(value)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Case:
    cust: Person
    kin: Person  # son or daughter
    spouse: Person
    sibling: Person  # the son's or daughter's brother or sister
    neighbour: Person
    grandchild: str
    staff: Person
    manager: Person
    officer: Person
    alias: str
    unit: str
    bank: Org
    police: Org
    firm: Org
    account: str  # "4470-0012345678"
    card: str
    expiry: str
    cvv: str
    otp: str
    mitid: str
    plate: str
    iban: str
    mule_account: str
    day: date
    clock: str
    case_no: str
    journal: str
    call_no: str
    want: str


def make_case(rng: random.Random) -> Case:
    cust = make_person(rng, 1926, 1952)
    son = rng.random() < 0.55
    first, last = cust.born.year + 20, min(cust.born.year + 42, 1992)
    kin = make_person(
        rng, first, last, female=not son, surname=cust.surname if rng.random() < 0.6 else None
    )
    staff = make_person(rng, 1962, 2003)
    manager = make_person(rng, 1960, 1990)
    officer = make_person(rng, 1965, 1999)
    grandchild = rng.choice(MEN + WOMEN)
    alias = rng.choice(("Mikkel", "Thomas", "Jesper", "Martin", "Anders", "Kasper", "Michael"))
    alias = rng.choice((alias, rng.choice(MEN), rng.choice(MEN)))
    alias = alias.split("-")[0].split(" ")[0]
    reg = f"{rng.randrange(1000, 9900)}"
    account = f"{reg}-{rng.choice((digits(rng, 10), '00' + digits(rng, 8), digits(rng, 8)))}"
    mule = f"{rng.randrange(1000, 9900)}{rng.choice(('-', ' '))}{digits(rng, 10)}"
    exp_month = rng.randrange(1, 13)
    exp_year = rng.randrange(26, 32)
    expiry = rng.choice((f"{exp_month:02d}/{exp_year}", f"{exp_month:02d}/20{exp_year}"))
    country = rng.choice(("DK", "DK", "DE", "GB", "SE", "NO", "ES", "PL", "LT", "NL"))
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(330))
    return Case(
        cust=cust,
        kin=kin,
        spouse=make_person(rng, 1924, 1952, female=not cust.female, surname=cust.surname),
        sibling=make_person(rng, first, last, surname=kin.surname if rng.random() < 0.5 else None),
        neighbour=make_person(rng, 1935, 1990),
        grandchild=grandchild.split("-")[0].split(" ")[0],
        staff=staff,
        manager=manager,
        officer=officer,
        alias=alias,
        unit=rng.choice(ALIAS_UNITS),
        bank=rng.choice(BRANCHES),
        police=rng.choice(POLICE),
        firm=rng.choice(FIRMS),
        account=account,
        card=card_number(rng),
        expiry=expiry,
        cvv=f"{rng.randrange(1000):03d}",
        otp=digits(rng, rng.choice((6, 6, 8))),
        mitid=mitid_user(rng, cust),
        plate=plate(rng),
        iban=iban(rng, country),
        mule_account=mule,
        day=day,
        clock=f"{rng.randrange(9, 16):02d}.{rng.randrange(60):02d}",
        case_no=f"FIL-{rng.randrange(100000, 1000000)}",
        journal=f"{rng.randrange(1000, 10000):04d}-{rng.randrange(10000, 100000)}-"
        f"{rng.randrange(100, 100000):05d}-26",
        call_no=f"KS-26-{rng.randrange(100000):05d}",
        want=amount(rng, 40, 400),
    )


# ---------------------------------------------------------------- shared pieces
def cpr(d: Doc, number: str) -> Doc:
    rng = d.rng
    masked = f"{number[:6]}-xxxx"
    return d.v(rng.choice(CPR_LAYOUTS)(number), "CPR", rng.choice(("[CPR]", masked)))


def phone(d: Doc, number: str) -> Doc:
    rng = d.rng
    masked = f"+45 ** ** ** {number[6:]}"
    return d.v(write_phone(rng, number), "PHONE", rng.choice(("[TLF]", masked)))


def mail(d: Doc, address: str) -> Doc:
    local, domain = address.split("@")
    return d.v(address, "EMAIL", d.rng.choice(("[e-mail]", f"{local[0]}***@{domain}")))


def address(d: Doc, p: Person, block: bool = False, floor: bool = True) -> Doc:
    rng = d.rng
    street = p.street
    if floor and rng.random() < 0.4:
        street += rng.choice((", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", st.", ", 1. tv."))
    town = f"{p.town[0]} {p.town[1]}"
    if block:
        return d.v(f"{street}\n{town}", "ADDRESS")
    if rng.random() < 0.1:
        return d.v(street, "ADDRESS")
    return d.v(f"{street}, {town}", "ADDRESS")


def account(d: Doc, value: str, lead: str = "konto ") -> Doc:
    rng = d.rng
    masked = "******" + value[-4:]
    reg, sep, rest = value[:4], value[4], value[5:]
    if rng.random() < 0.3:
        d("reg.nr. ", reg if not d.neg else "****", ", kontonr. ")
        return d.v(rest, "BANK_ACCOUNT", masked)
    written = f"{reg}{sep}{rest}" if rng.random() < 0.7 else f"{reg} {rest}"
    d(lead)
    return d.v(written, "BANK_ACCOUNT", rng.choice(("[kontonr.]", masked)))


def write_iban(d: Doc, value: str) -> Doc:
    written = grouped(value) if d.rng.random() < 0.6 else value
    masked = value[:4] + "X" * 10 + value[-4:]
    return d.v(written, "IBAN", masked)


def card(d: Doc, value: str) -> Doc:
    written = grouped(value) if d.rng.random() < 0.65 else value
    return d.v(written, "CARD", "**** **** **** " + value[-4:])


def car(d: Doc, value: str) -> Doc:
    return d.v(write_plate(d.rng, value), "NUMBER_PLATE", f"{value[:2]} ** ***")


def dob(d: Doc, p: Person, cue: str) -> Doc:
    d(cue, " ")
    return d.v(write_date(d.rng, p.born), "DATE_OF_BIRTH")


def who(d: Doc, p: Person, stand: str, *forms: str) -> Doc:
    return d.v(p.form(d.rng, *(forms or ("full", "three", "initial", "surfirst"))), "PERSON", stand)


def kin_word(c: Case, ending: str = "") -> str:
    """ "søn"/"datter" (or "sønnen"/"datteren") for the customer's child."""
    if c.kin.female:
        return "datter" + ending
    return "søn" + ("nen" if ending else "")


def alias(d: Doc, c: Case) -> Doc:
    """A scammer's alias: the name is PERSON, the unit after it is not."""
    if d.neg:
        return d("kaldte sig [NAVN] fra ", c.unit)
    d("præsenterede sig som ")
    d.v(c.alias, "PERSON")
    return d(" fra ", c.unit)


def day_text(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def story(d: Doc, c: Case, she: str) -> Doc:
    """How the scam went, as the customer told it (grandchild or fake police)."""
    rng = d.rng
    if rng.random() < 0.5:
        d(f"{she} blev ringet op af en, der sagde at det var barnebarnet ")
        d.v(c.grandchild, "PERSON")
        d(", som havde været i en trafikulykke og skulle betale ", amount(rng, 20, 150))
        d(" med det samme. ")
        if rng.random() < 0.5:
            d("Opkaldet kom fra ")
            d.v(fiction_phone(rng), "PHONE", "[TLF]")
            d(". ")
        d("Senere ringede en mand, der ")
        alias(d, c)
        d(". ")
    else:
        d("en mand, der " if she.islower() else "En mand, der ")
        alias(d, c)
        d(", havde ringet og sagt, at nogen i banken stjal fra kundernes konti")
        d(rng.choice((", og at pengene skulle i sikkerhed. ", ". ")))
        if rng.random() < 0.4:
            d("Han ringede fra ")
            d.v(fiction_phone(rng), "PHONE", "[TLF]")
            d(", men nummeret på skærmen viste 114. ")
    return d


# ---------------------------------------------------------------- genres
def kassenotat(d: Doc, c: Case) -> None:
    rng = d.rng
    b = c.bank
    d(f"{b.name}, afd. {b.town[5:]} – notat om standset kontanthævning\n")
    d(f"Sagsnr.: {c.case_no}   Dato: {day_text(c.day)} kl. {c.clock}\n")
    d("Kunde: ")
    who(d, c.cust, "Kunde A")
    d(" (CPR ")
    cpr(d, c.cust.cpr)
    d(")\nAdresse: ")
    address(d, c.cust)
    d("\nTlf.: ")
    phone(d, c.cust.phone)
    d("\nKonto: ")
    account(d, c.account, "")
    d("\n\n")
    d(f"Kunden ønskede at hæve {c.want} kontant og var meget urolig. ")
    if rng.random() < 0.4:
        d("Kunden var ledsaget af sin ", "mand" if c.cust.female else "hustru", ", ")
        who(d, c.spouse, "Kunde B", "full", "given", "three")
        d(", som også har konto i afdelingen. ")
    story(d, c, rng.choice(("Hun", "Kunden")) if c.cust.female else "Kunden")
    if rng.random() < 0.6:
        d("Kassereren så en bil med nummerplade ")
        car(d, c.plate)
        d(" holde uden for filialen med motoren i gang. ")
    if rng.random() < 0.35:
        d("Dagen før forsøgte kunden at overføre ", amount(rng, 10, 90), " til IBAN ")
        write_iban(d, c.iban)
        d(" via Netbank; overførslen blev afvist. ")
    if rng.random() < 0.5:
        firm = c.firm
        if firm is FIRMS[0]:
            d(f"Taxaen fra {firm.name}, {firm.address}, havde hentet kunden ved ")
            d(rng.choice(STREETS), ". ")
        elif firm is FIRMS[1]:
            d(f"Kontanterne var bestilt hjem fra {firm.name}, {firm.address}. ")
        elif firm is FIRMS[2]:
            d(f"Hjemmeplejen fra {firm.name}, {firm.address}, er orienteret. ")
        else:
            d(f"Låsene hjemme er skiftet af {firm.name}, {firm.address}. ")
    d("Kunden fik lov at ringe til ")
    d("datteren, " if c.kin.female else "sønnen, ")
    who(d, c.kin, "Pårørende 1", "full", "three", "given")
    d(", på ")
    phone(d, c.kin.phone)
    d(rng.choice((". ", ", som kom ned i filialen. ")))
    d(f"Registreret e-mail i systemet: {c.cust.mail[0]}***@{c.cust.mail.split('@')[1]}.\n")
    d("Udbetaling afvist af kasserer ")
    who(d, c.staff, "Medarbejder 1", "full", "initial", "abbrev")
    d("; afdelingsleder ")
    who(d, c.manager, "Medarbejder 2", "full", "surfirst")
    d(" orienteret")
    d(rng.choice((". Politiet kontaktet på 114.", ". Anmeldt til politiet på 114.", ".")))
    if rng.random() < 0.5:
        d(f"\nKunden kan henvende sig i afdelingen, {b.address}, eller på {b.line}.")


def fuldmagt(d: Doc, c: Case) -> None:
    rng = d.rng
    b = c.bank
    d(f"FULDMAGT TIL BANKFORRETNINGER\n{b.name}, {b.address}, CVR-nr. {CVR[b.name]}\n\n")
    d("Fuldmagtsgiver\nNavn (som i pas): ")
    who(d, c.cust, "Kunde A", "caps")
    d("\nCPR-nr.: ")
    cpr(d, c.cust.cpr)
    d("\nAdresse: ")
    address(d, c.cust, block=rng.random() < 0.7)
    d("\nTelefon: ")
    phone(d, c.cust.phone)
    d("\n\nFuldmagtshaver\nNavn: ")
    who(d, c.kin, "Pårørende 1", "surfirst", "caps", "three")
    d("\nFødselsdato: ")
    d.v(write_date(rng, c.kin.born), "DATE_OF_BIRTH")
    d("\nAdresse: ")
    address(d, c.kin, block=rng.random() < 0.7)
    d("\nMobil: ")
    phone(d, c.kin.phone)
    d("  E-mail: ")
    mail(d, c.kin.mail)
    d("\n\nFuldmagten omfatter ")
    account(d, c.account)
    d(rng.choice((" og kundens Visa/Dankort", " og Netbank (kun læseadgang)", "")))
    d(". Fuldmagtshaver må ikke hæve kontant over ", amount(rng, 10, 60), " uden kundens nærvær.\n")
    d("Baggrund: ")
    if rng.random() < 0.5:
        d(f"Forsøg på svindel den {day_text(c.day - timedelta(days=rng.randrange(2, 20)))}, ")
        d("hvor kunden havde givet sit MitID-bruger-ID ")
        d.v(c.mitid, "MITID_USER")
        d(" og en kode til en falsk betjent.\n")
    else:
        d(f"Kundens {kin_word(c)} ønsker at følge med i kontoen efter et ")
        d("telefonopkald fra en falsk betjent, der ")
        alias(d, c)
        d(".\n")
    d(f"Underskrevet i filialen {day_text(c.day)}.\nVitterlighedsvidner: ")
    who(d, c.staff, "Medarbejder 1", "full", "initial")
    d(" og ")
    who(d, c.manager, "Medarbejder 2", "full", "three")
    d(f"\nSags-ID {c.case_no}")


def brev(d: Doc, c: Case) -> None:
    rng = d.rng
    b = c.bank
    d(f"{b.name}\n{b.block}\nTlf. {b.line} · CVR-nr. {CVR[b.name]}\n\n")
    who(d, c.kin, "Pårørende 1", "full", "three", "caps")
    d("\n")
    address(d, c.kin, block=True)
    d(f"\n\n{b.town[5:]}, {c.day.day}. {MONTHS[c.day.month - 1]} {c.day.year}\n\n")
    mother = "din mor" if c.cust.female else "din far"
    d(f"Vedrørende {mother}, ")
    who(d, c.cust, "Kunde A", "full", "three")
    d(" (")
    dob(d, c.cust, rng.choice(("f.", "født")))
    d(")\n\nKære ")
    d.v(c.kin.given, "PERSON", "[NAVN]")
    d("\n\n")
    d(f"Som aftalt i telefonen skriver vi om det, der skete i afdelingen den {day_text(c.day)}. ")
    pronoun = "Hun" if c.cust.female else "Han"
    d(f"{pronoun} ville hæve {c.want} kontant. ")
    story(d, c, pronoun)
    if rng.random() < 0.6:
        d(f"{pronoun} havde også givet kortet ")
        card(d, c.card)
        d(" med udløb ")
        d.v(c.expiry, "CARD_EXPIRY")
        d(" og CVV ")
        d.v(c.cvv, "CARD_CVV")
        d(" til en kurér, som hentede det ved døren. Kortet er spærret. ")
    if rng.random() < 0.5:
        d("Naboen noterede bilens nummerplade, ")
        car(d, c.plate)
        d(", som vi har givet videre til politiet. ")
    d(f"Sagen er anmeldt til {c.police.name} med journalnr. {c.journal}.\n\n")
    d("Vi har ikke kunnet ringe til ")
    d.v(c.cust.render("givengen"), "PERSON", "[NAVN]")
    d(" fastnet; ring gerne på ")
    phone(d, c.staff.phone)
    d(" eller skriv til ")
    mail(d, staff_mail(c.staff, b))
    d(".\n\nMed venlig hilsen\n\n")
    who(d, c.staff, "Medarbejder 1", "full", "initial")
    d(f"\nKunderådgiver, {b.name}")
    if rng.random() < 0.5:
        d("\n\nKopi til: ")
        who(d, c.sibling, "Pårørende 2", "full", "three", "abbrev")
        d(", ")
        address(d, c.sibling)


def telefonnotat(d: Doc, c: Case) -> None:
    rng = d.rng
    kin = c.kin
    d(f"Telefonnotat {day_text(c.day)} kl. {c.clock} – {c.call_no}\n")
    d("Opkald fra: ")
    who(d, kin, "Pårørende 1", "full", "three", "initial")
    d(f" ({'søn' if not kin.female else 'datter'} af kunden), tlf. ")
    phone(d, kin.phone)
    d("\nVedr.: ")
    d.v(c.cust.form(rng, "gen", "givengen"), "PERSON", "Kunde A's")
    d(" konti (CPR ")
    cpr(d, c.cust.cpr)
    d(")\n\n")
    d("»Hej ")
    d.v(c.staff.given, "PERSON", "[NAVN]")
    d(", det er ")
    d.v(kin.given, "PERSON", "[NAVN]")
    d(f". Min {'mor' if c.cust.female else 'far'} har fået et mærkeligt opkald igen.«\n")
    d.v(kin.given, "PERSON", "Pårørende 1")
    d(" oplyste, at ")
    story(d, c, "hun" if c.cust.female else "han")
    if rng.random() < 0.6:
        d("Kunden har læst sit MitID-bruger-ID ")
        d.v(c.mitid, "MITID_USER")
        d(" og koden ")
        d.v(c.otp, "OTP")
        d(" op i telefonen. ")
    if rng.random() < 0.7:
        d("Der er forsøgt overført ", amount(rng, 20, 200), " til ")
        if rng.random() < 0.5:
            account(d, c.mule_account)
        else:
            d("en udenlandsk konto, IBAN ")
            write_iban(d, c.iban)
        d(", men overførslen blev stoppet. ")
    d("\nAftalt: ")
    d.v(kin.given, "PERSON", "Pårørende 1")
    d(" kommer med sin ", "mor" if c.cust.female else "far", " i filialen ")
    d(f"({c.bank.address}) i morgen. Kvittering sendes til ")
    mail(d, kin.mail)
    d(". Ny post sendes til ")
    address(d, kin)
    d(".\n\nMvh ")
    d.v(c.staff.given, "PERSON", "Medarbejder 1")


def politimail(d: Doc, c: Case) -> None:
    rng = d.rng
    b, pol = c.bank, c.police
    officer_mail = (
        f"{ascii_fold(c.officer.given[:2]).lower()}{rng.randrange(100, 1000)}@{pol.domain}"
    )
    own_mail = staff_mail(c.staff, b)
    d("Fra: ")
    who(d, c.staff, "Medarbejder 1", "full")
    d(" <")
    mail(d, own_mail)
    d(">\nTil: ")
    who(d, c.officer, "Betjent 1", "full", "initial")
    d(" <")
    mail(d, officer_mail)
    d(f">\nEmne: SV: Journalnr. {c.journal} – bedrageri mod ældre kunde\n\nHej ")
    d.v(c.officer.given, "PERSON", "[NAVN]")
    d("\n\nSom aftalt sender jeg oplysningerne om kunden: ")
    who(d, c.cust, "Kunde A", "surfirst", "full", "three")
    d(", ")
    dob(d, c.cust, rng.choice(("født", "f.")))
    d(", CPR ")
    cpr(d, c.cust.cpr)
    d(", ")
    address(d, c.cust)
    d(".\n")
    if rng.random() < 0.6:
        d(f"Kunden overførte den {day_text(c.day)} ", amount(rng, 20, 300), " til IBAN ")
        write_iban(d, c.iban)
        d(". ")
    else:
        d(f"Kunden forsøgte den {day_text(c.day)} at overføre {c.want} til ")
        account(d, c.mule_account)
        d(". ")
    d("Svindleren ringede fra ")
    d.v(fiction_phone(rng), "PHONE", "[TLF]")
    d(" og ")
    alias(d, c)
    d(". ")
    if rng.random() < 0.7:
        d("Kuréren kørte i en sort bil med nummerplade ")
        car(d, c.plate)
        d(". ")
    d("Kundens ")
    d("datter, " if c.kin.female else "søn, ")
    who(d, c.kin, "Pårørende 1", "full", "initial")
    d(", kan kontaktes på ")
    phone(d, c.kin.phone)
    d(".\n\nVenlig hilsen\n")
    d.v(c.staff.given, "PERSON", "Medarbejder 1")
    d(f"\n{b.name}, {b.address} · tlf. {b.line}\n\n")
    d(f"> Fra: {pol.name} <")
    mail(d, officer_mail)
    d(">\n> Vi har modtaget anmeldelsen og beder om kundens oplysninger. ")
    d(f"Ved akut fare ring 112. Vores adresse er {pol.address}.\n> Mvh ")
    who(d, c.officer, "Betjent 1", "full", "given")
    d(", politiassistent")


def chat(d: Doc, c: Case) -> None:
    rng = d.rng
    hour = rng.randrange(9, 16)
    minute = [rng.randrange(0, 30)]
    staff_name = c.staff.form(rng, "full", "lower", "full")
    boss_name = c.manager.form(rng, "lower", "given", "lowerfull")

    def line(speaker: str, stand: str) -> None:
        minute[0] += rng.randrange(0, 3)
        d(f"[{hour:02d}:{min(minute[0], 59):02d}] ")
        d.v(speaker, "PERSON", stand)
        d(": ")

    line(staff_name, "Medarbejder 1")
    d(f"ny sag ved kasse 2, {'fru' if c.cust.female else 'hr.'} ")
    d.v(c.cust.surname, "PERSON", "Kunde A")
    d(f" vil hæve {c.want} kontant\n")
    line(boss_name, "Medarbejder 2")
    d("hvad siger kunden det er til?\n")
    line(staff_name, "Medarbejder 1")
    if rng.random() < 0.5:
        d(
            "barnebarnet har været i en ulykke, siger "
            + ("hun" if c.cust.female else "han")
            + ". en mand ringede og "
        )
    else:
        d("en betjent har ringet, han ")
    alias(d, c)
    d("\n")
    line(boss_name, "Medarbejder 2")
    d("klassisk. stop udbetalingen. cpr?\n")
    line(staff_name, "Medarbejder 1")
    cpr(d, c.cust.cpr)
    d(", tlf ")
    phone(d, c.cust.phone)
    d("\n")
    line(boss_name, "Medarbejder 2")
    d("ring til ", kin_word(c, "en"), ", ")
    d.v(c.kin.form(rng, "lowerfull", "full", "lower"), "PERSON", "Pårørende 1")
    d(", står som kontakt: ")
    phone(d, c.kin.phone)
    d("\n")
    line(staff_name, "Medarbejder 1")
    d("hun har givet kortet til en kurér i går! ")
    card(d, c.card)
    d("\n")
    line(boss_name, "Medarbejder 2")
    d("spær det nu. udløb og cvc?\n")
    line(staff_name, "Medarbejder 1")
    d.v(c.expiry, "CARD_EXPIRY")
    d(" og CVC ")
    d.v(c.cvv, "CARD_CVV")
    d(f", spærret kl. {hour:02d}.{min(minute[0] + 1, 59):02d}\n")
    if rng.random() < 0.7:
        line(boss_name, "Medarbejder 2")
        d("står bilen der stadig?\n")
        line(staff_name, "Medarbejder 1")
        d("ja, hvid varevogn ")
        car(d, c.plate)
        d(", holder ved ", rng.choice(STREETS), ".\n")
    if rng.random() < 0.6:
        line(boss_name, "Medarbejder 2")
        d("har hun givet mitid væk?\n")
        line(staff_name, "Medarbejder 1")
        d("ja, bruger-id ")
        d.v(c.mitid, "MITID_USER")
        d(" og koden ")
        d.v(c.otp, "OTP")
        d("\n")
    line(boss_name, "Medarbejder 2")
    d(f"ok. jeg ringer 114 og sætter det på {c.case_no}\n")
    line(staff_name, "Medarbejder 1")
    d("tak ")
    d.v(c.manager.render("lower"), "PERSON", "[NAVN]")
    d(", ", kin_word(c, "en"), " er på vej\n")


def kortspaerring(d: Doc, c: Case) -> None:
    rng = d.rng
    d(f"Spærringslog – {c.bank.name}\nEkspedient: ")
    who(d, c.staff, "Medarbejder 1", "full", "initial", "abbrev")
    d(f"   Tidspunkt: {c.day.isoformat()} {c.clock.replace('.', ':')}\n")
    d("Kortholder: ")
    who(d, c.cust, "Kunde A", "full", "three", "surfirst", "caps")
    d("\nAdresse: ")
    address(d, c.cust)
    d("\nKort: ")
    card(d, c.card)
    d(", udløb ")
    d.v(c.expiry, "CARD_EXPIRY")
    d(", kontrolcifre ")
    d.v(c.cvv, "CARD_CVV")
    d("\n\nÅrsag: Kortholder har læst kortnummer, udløbsdato og kontrolcifre op for en mand, ")
    d("der ")
    alias(d, c)
    d(". ")
    d("Kortet og PIN blev lagt i en kuvert og hentet af en kurér. ")
    if rng.random() < 0.7:
        d("MitID-bruger-ID ")
        d.v(c.mitid, "MITID_USER")
        d(" er oplyst, og kortholder har godkendt en engangskode ")
        d.v(c.otp, "OTP")
        d(". ")
    if rng.random() < 0.6:
        d("Naboen, ")
        who(d, c.neighbour, "Vidne 1", "full", "abbrev", "three")
        d(", så kuréren køre i en bil med nummerplade ")
        car(d, c.plate)
        d(". ")
    d(f"\nKort spærret kl. {c.clock}. Samlet hævet i dag: {amount(rng, 4, 40)}\n")
    d("Nyt kort sendes til ")
    address(d, c.cust, floor=False)
    d(f"; kan også afhentes i afdelingen, {c.bank.address}.\n")
    d("Kontakt pårørende: ")
    who(d, c.kin, "Pårørende 1", "full", "given")
    d(", ")
    phone(d, c.kin.phone)
    d(" / ")
    mail(d, c.kin.mail)


def anmeldelse(d: Doc, c: Case) -> None:
    rng = d.rng
    pol = c.police
    d(f"{pol.name} – anmeldelse af bedrageri\n{pol.address}\nJournalnr. {c.journal}\n\n")
    d("Anmelder: ")
    who(d, c.cust, "Kunde A", "three", "full", "initial")
    d(", ")
    dob(d, c.cust, rng.choice(("født", "f.")))
    d("\nCPR-nr.: ")
    cpr(d, c.cust.cpr)
    d("\nAdresse: ")
    address(d, c.cust, block=rng.random() < 0.5)
    d("\nTelefon: ")
    phone(d, c.cust.phone)
    d("\n\nForklaring:\n»")
    if rng.random() < 0.5:
        d("Jeg blev ringet op af en ung mand, der sagde: ’Hej ")
        d("mormor" if c.cust.female else "morfar", ", det er ")
        d.v(c.grandchild, "PERSON")
        d("’. Han ringede fra ")
        d.v(fiction_phone(rng), "PHONE", "[TLF]")
        d(" og bad mig overføre ", amount(rng, 20, 150), " til ")
        write_iban(d, c.iban)
        d(". ")
    else:
        d("En mand, der ")
        alias(d, c)
        d(", sagde at mine penge ikke var sikre. Jeg gav ham koden ")
        d.v(c.otp, "OTP")
        d(" og mit bruger-ID ")
        d.v(c.mitid, "MITID_USER")
        d(". ")
    d("Jeg tog til banken for at hæve ", c.want, ", men kassereren ")
    d.v(c.staff.given, "PERSON", "[NAVN]")
    d(" stoppede det og ringede til min ", kin_word(c), ".«\n\n")
    d("Pårørende: ")
    who(d, c.kin, "Pårørende 1", "full", "surfirst")
    d(", ")
    address(d, c.kin)
    d(", tlf. ")
    phone(d, c.kin.phone)
    d("\n")
    if rng.random() < 0.5:
        d("Kurérens bil: ")
        car(d, c.plate)
        d(f", set ved {rng.choice(STREETS)}. Vidne: ")
        who(d, c.neighbour, "Vidne 1", "full", "abbrev", "surfirst")
        d(", tlf. ")
        phone(d, c.neighbour.phone)
        d("\n")
    d("Bankens kontaktperson: ")
    who(d, c.staff, "Medarbejder 1", "full", "initial")
    d(f", {c.bank.name} (tlf. {c.bank.line}), ")
    mail(d, staff_mail(c.staff, c.bank))
    d("\nModtaget af politiassistent ")
    who(d, c.officer, "Betjent 1", "full", "initial", "surfirst", "abbrev")
    d(f" {day_text(c.day)} kl. {c.clock}.")


WRITERS = {
    "kassenotat": kassenotat,
    "fuldmagt": fuldmagt,
    "brev": brev,
    "telefonnotat": telefonnotat,
    "politimail": politimail,
    "chat": chat,
    "kortspaerring": kortspaerring,
    "anmeldelse": anmeldelse,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan: list[tuple[str, bool]] = []
    for i, genre in enumerate(GENRES):
        count = size // len(GENRES) + (i < size % len(GENRES))
        neg = negatives // len(GENRES) + (i < negatives % len(GENRES))
        plan += [(genre, j < neg) for j in range(count)]
    rng.shuffle(plan)
    docs = []
    for n, (genre, negative) in enumerate(plan):
        d = Doc(rng, negative)
        WRITERS[genre](d, make_case(rng))
        docs.append(
            {
                "id": f"pii_blind75-{n:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": d.text(),
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind75.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
