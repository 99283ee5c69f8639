"""A thirty-fifth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is VEHICLES AND
MOBILITY FRAUD as Danish car dealers, leasing and rental firms, parking and toll companies,
insurers, banks, the Motor Agency (Motorstyrelsen) and the police handle it, in eight genres:
a used-car dealer's case file on a buyer who paid with a fake bank transfer (the buyer's CPR,
phone, e-mail and address, the account on the forged receipt, the car's and the trade-in's
plates, the VIN), a leasing firm's collections log on a car leased in a stolen identity
(timestamped lines, the MitID user ID used at signing, the code the victim never asked for,
the payer's foreign IBAN), a car-rental fraud report (a doctored licence photo, the birth date
on it, a foreign phone, the card with expiry and CVC), a parking-app phishing victim's e-mail
thread (Fra:/Til:/Cc:/Emne:) with a parking company (the card and the code typed into a fake
payment page, the plate the text message named), a police report on a car sold twice on a
marketplace (witnesses with addresses on two lines, plates, the seller's MitID user ID used
by someone else), a bank's fraud-line call transcript (noisy, numbers read out in words are not
labelled, digits are), a workshop's chat in Danish and English about a car ordered through a
hijacked account ("[09:14] name:" lines, lower-case names typed) and an insurer's claim file on
a staged theft (the payout account, a foreign buyer's IBAN, the witnesses). The names are those
of Danes of all ages, Danes with roots elsewhere ("Yusuf Demir", "Olena Kovalenko"), double
surnames ("Brix-Damgaard", "Lund Ebbesen") and the firms' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "køberen", "vidne",
  "politiassistent"); "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes",
  "Mads Fogs"); a lower-case name typed in a chat ("rikke") is PERSON, and so is an upper-case
  one in a police form ("BAK, JONAS"). A scammer's alias ("Peter fra ParkNu") is PERSON, the
  company is not. Organisations, car makes and models, products, placeholders ("[NAVN]",
  "Køber A", "Lejer 2", "Vidne 1", "Forsikringstager B") and family words ("min søn") are
  never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
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
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and the
  firms' service addresses too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such.
- NUMBER_PLATE: a Danish plate, two letters and five digits, written "BK 41 207", "BK41207" or
  "BK 41207", and typed "bk 41 207" or "bk41207" in a chat. A masked plate ("BK 41 ***") is
  not labelled. No passport or driving-licence numbers occur (a licence is only a photo).
- Hard negatives, never labelled: amounts ("84.500 kr.", "kr. 4.295,00"), km readings
  ("148.220 km"), dates and clock times ("04.03.26", "kl. 09.14", "[10:22]", "2026-03-04
  09:14"), VIN and chassis numbers ("stelnr. WVWZZZAUZKP512345"), case, order, invoice, policy
  and journal numbers, parking-ticket, toll-passage and BroBizz numbers, CVR numbers, masked
  values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111",
  "DK71XXXXXXXXXX0932", "BK 41 ***"), numbers read out in words ("fire otte to ni en fem"),
  organisations' 70/80 and short numbers, companies, banks, car makes, products and family
  words. Documents of kind "negative" are the same genres after pseudonymisation: only such
  values, stand-ins ("[NAVN]", "[CPR]", "[nummerplade]") and pseudonym labels ("Køber A",
  "Lejer 2") remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind34 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from string import Formatter
from typing import TypeVar

SEED = 343_517
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind34.jsonl"

GENRES = (
    "dealer_case",
    "leasing_log",
    "rental_report",
    "parking_mail",
    "police_report",
    "bank_call",
    "workshop_chat",
    "insurance_claim",
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
TEST_PREFIXES = ("4111", "4242", "4000", "4012", "5555", "5105", "2223")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "SE": 24,
    "NO": 15,
    "PL": 28,
    "LT": 20,
    "NL": 18,
    "GB": 22,
    "ES": 24,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "74", "75", "76",
            "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
ORG_LINES = ("70 22 41 90", "70 13 66 08", "80 20 45 45", "7015 2211", "80881919", "70 40 30 12")

WOMEN = [
    "Inger", "Karen", "Kirsten", "Else", "Birthe", "Hanne", "Lone", "Susanne", "Mette", "Pernille",
    "Tina", "Camilla", "Louise", "Sofie", "Ida", "Freja", "Emma", "Clara", "Agnete", "Alberte",
    "Johanne", "Ellen", "Vibeke", "Gitte", "Bodil", "Jytte", "Dorte", "Signe", "Maja", "Nanna",
    "Astrid", "Liv", "Asta", "Anne-Mette", "Ulla", "Grethe", "Rikke", "Malene", "Fatima", "Aylin",
    "Mariam", "Leyla", "Sana", "Agnieszka", "Olena", "Priya", "Amina", "Hiba", "Zeynep", "Linh",
    "Ewa", "Yasmin", "Nadia", "Samira",
]  # fmt: skip
MEN = [
    "Poul", "Bent", "Erik", "Jørgen", "Knud", "Flemming", "Ole", "Henning", "Torben", "Kim",
    "Lars", "Henrik", "Michael", "Thomas", "Brian", "Jesper", "Rasmus", "Mikkel", "Kasper",
    "Jonas", "Emil", "Oliver", "William", "Noah", "Magnus", "Aksel", "Malthe", "Viggo",
    "Frederik", "Søren", "Anders", "Palle", "Preben", "Ib", "Karl-Erik", "Mads", "Villads",
    "Ahmad", "Yusuf", "Hamid", "Tariq", "Omar", "Mehmet", "Tomasz", "Dmytro", "Karim", "Bilal",
    "Arjun", "Minh", "Piotr", "Ali", "Hassan", "Jamal", "Emre",
]  # fmt: skip
ROOTS_ELSEWHERE = {
    "Fatima", "Aylin", "Mariam", "Leyla", "Sana", "Agnieszka", "Olena", "Priya", "Amina", "Hiba",
    "Zeynep", "Linh", "Ewa", "Yasmin", "Nadia", "Samira", "Ahmad", "Yusuf", "Hamid", "Tariq",
    "Omar", "Mehmet", "Tomasz", "Dmytro", "Karim", "Bilal", "Arjun", "Minh", "Piotr", "Ali",
    "Hassan", "Jamal", "Emre",
}  # fmt: skip
SURNAMES = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Knudsen", "Bertelsen", "Lauridsen", "Frandsen",
    "Bundgaard", "Vestergaard", "Kjeldsen", "Bach", "Dahl", "Lund", "Holm", "Skov", "Bak",
    "Krogh", "Damgaard", "Nørgaard", "Mikkelsen", "Iversen", "Winther", "Overgaard", "Toft",
    "Brandt", "Hedegaard", "Søgaard", "Juhl", "Ravn", "Kirkegaard", "Ebbesen", "Fog", "Lykke",
    "Brix", "Thygesen", "Munk", "Kragh", "Hviid", "Storm",
]  # fmt: skip
FOREIGN_SURNAMES = [
    "Hussein", "Yilmaz", "Khan", "Ahmadi", "Nowak", "Kowalski", "Shevchenko", "Kovalenko",
    "Nguyen", "Tran", "Abdi", "Osman", "Haddad", "Demir", "Sharma", "Rahimi", "Mahmoud",
    "Wiśniewska", "Celik", "Farah", "Pham", "Qureshi",
]  # fmt: skip
MIDDLE_WOMEN = ["Marie", "Louise", "Sofie", "Kathrine", "Margrethe"]
MIDDLE_MEN = ["Peter", "Emil", "Christian", "Valdemar", "Aage"]
# the firms' and authorities' own staff
STAFF = [
    ("Tine", "Vadgaard"), ("Rune", "Elkjær"), ("Anja", "Brix Møller"), ("Kenneth", "Graversen"),
    ("Heidi", "Borup"), ("Jannik", "Fuglsang"), ("Bettina", "Kroll"), ("Morten", "Skaarup"),
    ("Sabrina", "El-Amin"), ("Nikolaj", "Dreyer"), ("Lene", "Høeg-Sander"), ("Dennis", "Bjerre"),
    ("Pia", "Stougaard"), ("Rami", "Saleh"), ("Charlotte", "Ingvardsen"), ("Allan", "Riis"),
    ("Trine", "Lynge"), ("Casper", "Hviid-Olesen"), ("Gülay", "Aksoy"), ("Bo", "Fjeldsø"),
]  # fmt: skip

STREETS = [
    "Kastanievej", "Bøgevej", "Egevænget", "Rosenvænget", "Mølleløkken", "Ribevej", "Vejlevej",
    "Skovbrynet", "Lærkevej", "Fasanvej", "Grønnegade", "Torvegade", "Havnegade", "Strandvejen",
    "Engtoften", "Hybenvej", "Tjørnevej", "Præstemarksvej", "Bakkedraget", "Stationsvej",
    "Jernbanegade", "Agerhønevej", "Hvedemarken", "Kløvermarken", "Nørregade", "Søndergade",
    "Vestergade", "Østergade", "Algade", "Kirkevej", "Skolevej", "Mosevej", "Lindealle",
    "Fyrrevænget", "Spurvevej", "Ålekistevej", "Brydes Allé", "Valmuevej", "Snedkervej",
    "Bredgade", "Enghavevej", "Solsikkevej", "Toftegårdsvej", "Hedelyngen", "Markvejen",
]  # fmt: skip
TOWNS = [
    ("8600", "Silkeborg"), ("7100", "Vejle"), ("4700", "Næstved"), ("6400", "Sønderborg"),
    ("9800", "Hjørring"), ("5700", "Svendborg"), ("4300", "Holbæk"), ("7500", "Holstebro"),
    ("8900", "Randers C"), ("6000", "Kolding"), ("3400", "Hillerød"), ("2630", "Taastrup"),
    ("2800", "Kongens Lyngby"), ("8700", "Horsens"), ("9400", "Nørresundby"), ("4200", "Slagelse"),
    ("6700", "Esbjerg"), ("7400", "Herning"), ("5500", "Middelfart"), ("4800", "Nykøbing F"),
    ("3000", "Helsingør"), ("2605", "Brøndby"), ("8800", "Viborg"), ("9500", "Hobro"),
    ("6100", "Haderslev"), ("4000", "Roskilde"), ("8200", "Aarhus N"), ("2300", "København S"),
    ("5000", "Odense C"), ("9000", "Aalborg"), ("7700", "Thisted"), ("4400", "Kalundborg"),
]  # fmt: skip

DEALERS = ["Bilhuset Vestkysten", "Auto-Centret Gudenå", "Nordlys Biler ApS", "Brugtbilcentret Fyn"]
LEASERS = ["FlexLease Danmark", "Leasingpartner Midt A/S", "Privatlease Nord"]
RENTERS = ["Kør Let Biludlejning", "CityRent Aarhus", "Lufthavnens Biludlejning"]
PARKING = ["ParkNu", "P-Service Øresund", "Bro & Vej Betaling", "Parkér Let"]
INSURERS = ["Tryggia Forsikring", "Vejsikring Forsikring", "Nordisk Motorforsikring"]
WORKSHOPS = ["Værkstedet på Havnen", "Autoværkstedet Kjær & Søn", "Elbilcentret Øst"]
COMPANIES = DEALERS + LEASERS + RENTERS + PARKING + INSURERS + WORKSHOPS
BANKS = ["Fjordbanken", "Sparekassen Vesterhav", "Lokalbanken Østjylland", "Andelskassen Syd"]
PRODUCTS = ["MitID", "MobilePay", "Dankort", "BroBizz", "Motorregistret", "DBA", "Bilbasen"]
CARS = [
    "Skoda Octavia", "VW Golf", "VW ID.4", "Toyota Corolla", "Toyota Yaris", "Peugeot 308",
    "Kia Niro", "Tesla Model 3", "Audi A6", "Ford Focus", "Hyundai Kona", "Volvo XC60",
    "Citroën Berlingo", "Mercedes C 220", "BMW 320d", "Renault Clio",
]  # fmt: skip
VIN_MAKERS = ["WVW", "TMB", "WAU", "VF3", "KNA", "5YJ", "JTD", "YV1", "WF0", "WDD", "WBA", "VF1"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]  # fmt: skip
DIGIT_WORDS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
PSEUDO = {
    "buyer": ["Køber A", "Køber B", "Køber 1"],
    "seller": ["Sælger A", "Sælger B", "Sælger 2"],
    "lessee": ["Lejer A", "Lejer 2", "Lejer B"],
    "customer": ["Kunde A", "Kunde 2", "Kunde B"],
    "witness": ["Vidne 1", "Vidne 2", "Vidne 3"],
    "claimant": ["Forsikringstager A", "Forsikringstager B"],
    "reporter": ["Anmelder A", "Anmelder B"],
    "staff": ["Medarbejder 1", "Medarbejder 2", "Medarbejder A"],
    "user": ["Bruger 1", "Bruger A", "Bruger C"],
}

V = tuple[str, str | None]
T = TypeVar("T")


@dataclass
class Person:
    first: str
    middle: str
    last: str
    born: date
    cpr: str
    phone: str
    mail: str
    user: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text if ch.isalnum())


def _cpr_for(rng: random.Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    while True:
        seventh = "4" if born.year >= 2000 else rng.choice("0123")
        number = head + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(rng: random.Random, country: str) -> str:
    length = IBAN_LENGTH[country]
    if country in ("GB", "NL"):
        bank = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
        bban = bank + "".join(rng.choice("0123456789") for _ in range(length - 8))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
    numeric = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - numeric % 97:02d}{bban}"


class Ctx:
    """One document's random choices; in a negative every value becomes a stand-in."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.alias: dict[int, tuple[str, Person]] = {}

    # -- writing ---------------------------------------------------------------------------
    def put(self, value: str | V | list) -> None:
        if isinstance(value, list):
            for item in value:
                self.put(item)
            return
        text, kind = (value, None) if isinstance(value, str) else value
        if kind and not self.neg:
            self.spans.append({"start": self.size, "end": self.size + len(text), "type": kind})
        self.parts.append(text)
        self.size += len(text)

    def line(self, template: str, **values: str | V | list) -> None:
        for literal, field, _, _ in Formatter().parse(template + "\n"):
            self.put(literal)
            if field is not None:
                self.put(values[field])

    def text(self) -> str:
        return "".join(self.parts).rstrip("\n")

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # -- people ----------------------------------------------------------------------------
    def person(self, young: bool = False) -> Person:
        rng = self.rng
        woman = rng.random() < 0.5
        first = rng.choice(WOMEN if woman else MEN)
        roll = rng.random()
        if first in ROOTS_ELSEWHERE and roll < 0.7:
            last = rng.choice(FOREIGN_SURNAMES)
        elif roll < 0.2:
            a, b = rng.sample(SURNAMES, 2)
            last = f"{a}-{b}"
        elif roll < 0.3:
            a, b = rng.sample(SURNAMES, 2)
            last = f"{a} {b}"
        else:
            last = rng.choice(SURNAMES)
        middle = ""
        if " " not in last and rng.random() < 0.22:
            middle = rng.choice(MIDDLE_WOMEN if woman else MIDDLE_MEN)
        start = date(1985, 1, 1) if young else date(1934, 1, 1)
        born = start + timedelta(days=rng.randrange((date(2005, 12, 31) - start).days))
        lead = rng.choice(MOBILE if rng.random() < 0.75 else LANDLINE)
        phone = lead + f"{rng.randrange(10**6):06d}"
        f, la = _ascii(first), _ascii(last)
        yy, yyyy = born.strftime("%y"), str(born.year)
        mail = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{yy}", f"{f}.{la}{yy}", f"{la}.{f}"])
        mail += "@" + rng.choice(["example.dk", "example.com", "post.example.dk", "example.net"])
        user = rng.choice([f"{f}{la}{yy}", f"{f}.{la}{yy}", f"{f}_{la[:4]}{yyyy}", f"{f}{yyyy}"])
        return Person(first, middle, last, born, _cpr_for(rng, born), phone, mail, user)

    def staff(self) -> Person:
        first, last = self.rng.choice(STAFF)
        f, la = _ascii(first), _ascii(last)
        p = self.person()
        p.first, p.middle, p.last = first, "", last
        p.mail = f"{f[0]}{la[:6]}@" + self.pick(["example.dk", "example.com"])
        p.user = ""
        return p

    def nm(self, p: Person, form: str = "full", role: str = "customer") -> V:
        if self.neg:
            if id(p) not in self.alias:
                free = [x for x, _ in self.alias.values()]
                free = [x for x in PSEUDO.get(role, []) if x not in free]
                # The person is kept with its alias: a freed person's id may be reused.
                self.alias[id(p)] = (self.pick([*free, "[NAVN]"]), p)
            pseudo = self.alias[id(p)][0]
            return (pseudo + "'s" if form == "gen" else pseudo, None)
        first_last = f"{p.first} {p.last}"
        text = {
            "full": p.full,
            "short": first_last,
            "first": p.first,
            "last": p.last,
            "comma": f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle else ""),
            "upper": self.pick([p.full.upper(), f"{p.last}, {p.first}".upper()]),
            "initial": f"{p.first[0]}. {p.last}",
            "lower": self.pick([p.first.lower(), p.first.lower(), first_last.lower()]),
        }.get(form)
        if form == "gen":
            text = (p.first if p.first[-1] not in "sxz" else first_last) + "s"
        return (text or p.full, "PERSON")

    # -- identifiers -----------------------------------------------------------------------
    def cpr(self, p: Person) -> V:
        if self.neg:
            return self.pick([("[CPR]", None), ("[CPR]", None), (p.cpr[:6] + "-xxxx", None)])
        c = p.cpr
        form = self.rng.randrange(4)
        text = [f"{c[:6]}-{c[6:]}", c, f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}", f"{c[:6]} {c[6:]}"]
        return (text[form], "CPR")

    def dob(self, p: Person) -> V:
        if self.neg:
            return ("[fødselsdato]", None)
        b = p.born
        return (
            self.pick(
                [
                    f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                    b.strftime("%d.%m.%Y"),
                    f"{b.day}/{b.month}-{b.year}",
                    b.strftime("%d-%m-%Y"),
                ]
            ),
            "DATE_OF_BIRTH",
        )

    def phone(self, p: Person | None = None, foreign: float = 0.15) -> V:
        if self.neg:
            masked = f"+45 ** ** ** {self.rng.randrange(10, 99)}"
            return self.pick([("[TLF]", None), ("[TLF]", None), (masked, None)])
        if self.chance(foreign):
            if self.chance(0.5):
                return (f"+44 7700 900{self.rng.randrange(1000):03d}", "PHONE")
            return (f"+46 70 174 06 {self.rng.randrange(5, 100):02d}", "PHONE")
        n = p.phone if p else self.person().phone
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        forms = [f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                 f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}",
                 pairs.replace(" ", ".")]  # fmt: skip
        return (self.pick(forms), "PHONE")

    def email(self, p: Person) -> V:
        if self.neg:
            local, domain = p.mail.split("@")
            return self.pick([("[e-mail]", None), (f"{local[0]}***@{domain}", None)])
        return (p.mail, "EMAIL")

    def masked_mail(self, p: Person) -> str:
        local, domain = p.mail.split("@")
        return f"{local[0]}***@{domain}"

    def address(self, block: bool | None = None, town: bool = True) -> V:
        if self.neg:
            return ("[ADRESSE]", None)
        rng = self.rng
        number = str(rng.randrange(1, 160)) + (rng.choice("ABCD") if rng.random() < 0.15 else "")
        roll = rng.random()
        if roll < 0.2:
            number += f", {rng.randrange(1, 5)}. {rng.choice(['th.', 'tv.', 'mf.'])}"
        elif roll < 0.3:
            number += f", st. {rng.choice(['th.', 'tv.', 'mf.'])}"
        street = f"{rng.choice(STREETS)} {number}"
        if not town:
            return (street, "ADDRESS")
        pc, name = rng.choice(TOWNS)
        block = rng.random() < 0.5 if block is None else block
        return (f"{street}\n{pc} {name}" if block else f"{street}, {pc} {name}", "ADDRESS")

    def account(self) -> list:
        rng = self.rng
        reg = rng.choice(["1551", "9570", "3409", "5301", "6460", "7890", "2280", "9280", "0400"])
        width = rng.choice([7, 8, 10, 10])
        low = 10 ** (width - 1) if width < 10 else 10**6
        number = f"{rng.randrange(low, 10**width):0{width}d}"
        if self.neg:
            return self.pick([["[kontonr.]"], [f"reg.nr. {reg}, kontonr. [kontonr.]"]])
        roll = rng.randrange(4)
        if roll == 0:
            return [(f"{reg}-{number}", "BANK_ACCOUNT")]
        if roll == 1:
            return [(f"{reg} {number}", "BANK_ACCOUNT")]
        if roll == 2:
            return [f"reg.nr. {reg}, kontonr. ", (number, "BANK_ACCOUNT")]
        return [f"reg. {reg} konto ", (number, "BANK_ACCOUNT")]

    def iban(self, country: str | None = None) -> V:
        country = country or self.pick(list(IBAN_LENGTH))
        value = _iban(self.rng, country)
        if self.neg:
            return (f"{value[:4]}{'X' * (len(value) - 8)}{value[-4:]}", None)
        return (self.pick([value, grouped(value)]), "IBAN")

    def card(self) -> V:
        body = self.pick(TEST_PREFIXES) + "".join(self.rng.choice("0123456789") for _ in range(11))
        number = body + _luhn_digit(body)
        if self.neg:
            return (f"**** **** **** {number[-4:]}", None)
        return (self.pick([grouped(number), grouped(number), number]), "CARD")

    def masked_card(self) -> str:
        return f"**** **** **** {self.rng.randrange(10000):04d}"

    def expiry(self) -> V:
        if self.neg:
            return ("[udløb]", None)
        month, year = self.rng.randrange(1, 13), self.rng.randrange(2026, 2032)
        return (self.pick([f"{month:02d}/{year % 100:02d}", f"{month:02d}/{year}"]), "CARD_EXPIRY")

    def cvv(self) -> V:
        return ("[CVC]", None) if self.neg else (f"{self.rng.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> V:
        if self.neg:
            return ("[kode]", None)
        digits = 8 if self.chance(0.25) else 6
        return (f"{self.rng.randrange(10**digits):0{digits}d}", "OTP")

    def mitid(self, p: Person) -> V:
        return ("[bruger-ID]", None) if self.neg else (p.user, "MITID_USER")

    def plate(self, form: int | None = None) -> V:
        rng = self.rng
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        digits = f"{rng.randrange(10000, 100000)}"
        if self.neg:
            return self.pick(
                [
                    ("[nummerplade]", None),
                    ("[nummerplade]", None),
                    (f"{letters} {digits[:2]} ***", None),
                ]
            )
        form = rng.choice([0, 0, 0, 1, 2]) if form is None else form
        text = [f"{letters} {digits[:2]} {digits[2:]}", letters + digits, f"{letters} {digits}"]
        if form == 3:  # typed in a chat
            return (rng.choice([text[0], text[1]]).lower(), "NUMBER_PLATE")
        return (text[form], "NUMBER_PLATE")

    def plate_cue(self) -> str:
        return self.pick(["reg.nr.", "reg.nr.", "reg. nr.", "nummerplade", "nr.-plade", "plader"])

    def he(self, p: Person) -> str:
        return "hun" if p.first in WOMEN else "han"

    def masked_plate(self) -> str:
        a, b = self.rng.choice(PLATE_LETTERS), self.rng.choice(PLATE_LETTERS)
        return f"{a}{b} {self.rng.randrange(10, 100)} ***"

    # -- hard negatives --------------------------------------------------------------------
    def vin(self) -> str:
        vds = "".join(self.rng.choice(VIN_CHARS) for _ in range(5)) + self.pick("0123456789X")
        year_plant = self.pick("LMNPRST") + self.pick("ABCKPUW")
        return self.pick(VIN_MAKERS) + vds + year_plant + f"{self.rng.randrange(10**6):06d}"

    def amount(self, low: int = 200, high: int = 400_000) -> str:
        value = self.rng.randrange(low, high)
        whole = f"{value:,}".replace(",", ".")
        return self.pick(
            [f"{whole} kr.", f"kr. {whole},00", f"{whole},{self.rng.randrange(100):02d} kr."]
        )

    def km(self) -> str:
        return f"{self.rng.randrange(3, 290)}.{self.rng.randrange(1000):03d} km"

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.rng.randrange(150))

    def stamp(self) -> str:
        d, h, m = self.day(), self.rng.randrange(7, 22), self.rng.randrange(60)
        return self.pick([f"{d.isoformat()} {h:02d}:{m:02d}", f"{d:%d.%m.%y} kl. {h:02d}.{m:02d}"])

    def short_date(self) -> str:
        return f"{self.day():%d.%m.%y}"

    def case_no(self, prefix: str) -> str:
        return f"sag nr. {prefix}-26-{self.rng.randrange(10**5):05d}"

    def order_no(self) -> str:
        return f"ordre nr. {self.rng.randrange(10**5, 10**6)}"

    def invoice_no(self) -> str:
        return f"faktura nr. 26-{self.rng.randrange(10**6):06d}"

    def journal_no(self) -> str:
        r = self.rng.randrange
        return f"journalnr. {r(100, 9999):04d}-{r(10**5):05d}-{r(10**5):05d}-26"

    def ticket_no(self, kind: str = "any") -> str:
        r = self.rng.randrange
        toll = [
            f"passage nr. {self.pick(['SB', 'OB', 'KB'])}{r(10, 100)}-{r(10**6):06d}",
            f"BroBizz nr. {r(100, 1000)}-{r(10**4):04d}-{r(1000):03d}",
        ]
        parking = [f"kontrolafgift nr. P-{r(1000):03d}-{r(10**4):04d}"]
        return self.pick(toll if kind == "toll" else toll + parking)

    def policy_no(self) -> str:
        r = self.rng.randrange
        return f"police nr. {r(100, 1000)}-{r(1000):03d}-{r(10**4):04d}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def org_line(self) -> str:
        return self.pick(ORG_LINES)

    def in_words(self, digits: int | str = 6) -> str:
        """Digits read out in words: the given ones, or a random run of that many."""
        sep = self.pick([" ", ", ", " ", "-"])
        if isinstance(digits, int):
            digits = "".join(self.pick("0123456789") for _ in range(digits))
        return sep.join(DIGIT_WORDS[int(d)] for d in digits)

    def street_only(self) -> str:
        return f"{self.pick(['ved', 'på'])} {self.pick(STREETS)}."


# -- the eight genres --------------------------------------------------------------------------


def dealer_case(c: Ctx) -> None:
    dealer, buyer, seller = c.pick(DEALERS), c.person(), c.staff()
    car, bank = c.pick(CARS), c.pick(BANKS)
    c.line("{d} – sagsnotat, {case}", d=dealer, case=c.case_no(c.pick(["BH", "BV", "NB"])))
    c.line(
        "Oprettet {ts} af {s}", ts=c.stamp(), s=c.nm(seller, c.pick(["full", "initial"]), "staff")
    )
    c.line("")
    c.line(
        "Bil: {car}, {cue} {p}, stelnr. {vin}, km-stand {km}",
        car=car, p=c.plate(), vin=c.vin(), km=c.km(),
        cue=c.plate_cue(),
    )  # fmt: skip
    c.line(
        "Køber: {n}, CPR {cpr}", n=c.nm(buyer, c.pick(["full", "comma"]), "buyer"), cpr=c.cpr(buyer)
    )
    if c.chance(0.5):
        c.line("Adresse: {a}", a=c.address(False))
    else:
        c.line("Leveringsadresse:\n{n}\n{a}", n=c.nm(buyer, "short", "buyer"), a=c.address(True))
    c.line("Tlf. {t}, e-mail {m}", t=c.phone(buyer), m=c.email(buyer))
    if c.chance(0.4):
        c.line("Byttebil: {car}, {p}, {km}", car=c.pick(CARS), p=c.plate(), km=c.km())
    c.line("")
    c.line(
        "Købesum {amt} ({order}). {g} kvittering viste en overførsel fra {bank}, konto {acc}, "
        "men beløbet er aldrig gået ind på vores konto.",
        amt=c.amount(40_000, 400_000), order=c.order_no(), g=c.nm(buyer, "gen", "buyer"),
        bank=bank, acc=c.account(),
    )  # fmt: skip
    if c.chance(0.45):
        c.line(
            "Kvitteringen nævnte også IBAN {iban} som afsender – {bank} siger, den ikke findes "
            "hos dem.",
            iban=c.iban(), bank=bank,
        )  # fmt: skip
    c.line(
        "Bilen blev udleveret {d} kl. {h}.{m}; {s} ringede bagefter til {n} på {t} uden svar.",
        d=c.short_date(), h=str(c.rng.randrange(8, 18)), m=f"{c.rng.randrange(60):02d}",
        s=c.nm(seller, "first", "staff"), n=c.nm(buyer, "first", "buyer"), t=c.phone(buyer),
    )  # fmt: skip
    if c.chance(0.5):
        c.line(
            "Køberen identificerede sig med MitID; bruger-ID {u} og en kode {o} blev brugt ved "
            "underskrift af slutsedlen.",
            u=c.mitid(buyer), o=c.otp(),
        )  # fmt: skip
    if c.chance(0.4):
        c.line(
            "Bemærk: en anden kunde har ringet om samme bil fra {t}; sælgers mail var {m}.",
            t=c.phone(), m=c.email(seller),
        )  # fmt: skip
    c.line(
        "Motorstyrelsen underrettet om {p} (ejerskifte standset). Politiet: {j}. {inv} "
        "annulleret. Spærrelinje {bank}: {org}.",
        p=c.plate(), j=c.journal_no(), inv=c.invoice_no().capitalize(), bank=bank,
        org=c.org_line(),
    )  # fmt: skip
    if c.chance(0.3):
        c.line(
            "Bilen er set parkeret {st} {cvr}.", st=c.street_only()[:-1], cvr=f"(sælger {c.cvr()})"
        )


def leasing_log(c: Ctx) -> None:
    firm, victim, agent = c.pick(LEASERS), c.person(), c.staff()
    r = c.rng.randrange
    c.line("{f} – inkassolog, kontrakt LK-26-{n}", f=firm, n=f"{r(10**5):05d}")
    c.line(
        "Leasingtager ifølge kontrakt: {n}, CPR {cpr}, {a}",
        n=c.nm(victim, c.pick(["full", "comma", "full"]), "lessee"), cpr=c.cpr(victim),
        a=c.address(False),
    )  # fmt: skip
    c.line(
        "Bil: {car}, {cue} {p}, stelnr. {vin}, månedlig ydelse {amt}",
        car=c.pick(CARS), p=c.plate(), vin=c.vin(), amt=c.amount(1_800, 9_000),
        cue=c.plate_cue(),
    )  # fmt: skip
    c.line("Sagsbehandler: {s}", s=c.nm(agent, c.pick(["full", "initial"]), "staff"))
    c.line("")
    lines: list[Callable[[], None]] = [
        lambda: c.line(
            "{ts} – Første ydelse afvist. Rykker sendt til {m}.", ts=c.stamp(), m=c.email(victim)
        ),
        lambda: c.line(
            "{ts} – Ringet til {t} (nummer fra kontrakten): ingen svar, {amt} i restance.",
            ts=c.stamp(),
            t=c.phone(victim, 0.3),
            amt=c.amount(2_000, 30_000),
        ),
        lambda: c.line(
            "{ts} – {n} ringer selv fra {t}: {he} har aldrig leaset en bil. Kontrolspørgsmål "
            "besvaret: født {b}.",
            ts=c.stamp(),
            n=c.nm(victim, c.pick(["full", "first"]), "lessee"),
            he=c.he(victim),
            t=c.phone(victim),
            b=c.dob(victim),
        ),
        lambda: c.line(
            "{ts} – Underskrift skete med MitID, bruger-ID {u}. {g} telefon fik samme aften en "
            "engangskode {o}, som blev tastet på en falsk side.",
            ts=c.stamp(),
            u=c.mitid(victim),
            g=c.nm(victim, "gen", "lessee"),
            o=c.otp(),
        ),
        lambda: c.line(
            "{ts} – Ydelserne er betalt fra {iban}, ikke fra {acc}, som står på kontrakten.",
            ts=c.stamp(),
            iban=c.iban(),
            acc=c.account(),
        ),
        lambda: c.line(
            "{ts} – Motorstyrelsen: {p} er indregistreret {d}; {case}.",
            ts=c.stamp(),
            p=c.plate(),
            d=c.short_date(),
            case=c.case_no("MST"),
        ),
        lambda: c.line(
            "{ts} – Bilen set ved en tankstation {st} Leveret til {a} ifølge fragtbrev.",
            ts=c.stamp(),
            st=c.street_only(),
            a=c.address(),
        ),
        lambda: c.line(
            "{ts} – Politianmeldt, {j}; kopi til {n} på {m}. Km-stand ved sidste service {km}.",
            ts=c.stamp(),
            j=c.journal_no(),
            n=c.nm(victim, "short", "lessee"),
            m=c.email(victim),
            km=c.km(),
        ),
    ]
    chosen = sorted(c.rng.sample(range(len(lines)), c.rng.randrange(5, len(lines) + 1)))
    for i in chosen:
        lines[i]()
    c.line("Kundeservice {org}, {cvr}", org=c.org_line(), cvr=c.cvr())


def rental_report(c: Ctx) -> None:
    firm, renter, agent = c.pick(RENTERS), c.person(young=True), c.staff()
    r = c.rng.randrange
    c.line("{f} – hændelsesrapport RR-26-{n}", f=firm, n=f"{r(10**4):04d}")
    c.line("Udfyldt {ts} af {s}", ts=c.stamp(), s=c.nm(agent, c.pick(["full", "initial"]), "staff"))
    c.line("")
    c.line(
        "Lejer: {n}, f. {b}", n=c.nm(renter, c.pick(["full", "comma"]), "lessee"), b=c.dob(renter)
    )
    c.line(
        "Kørekort: kun foto modtaget i appen; billedet er redigeret (fødselsdato og foto ændret)."
    )
    c.line("Tlf.: {t}, e-mail: {m}", t=c.phone(renter, 0.6), m=c.email(renter))
    if c.chance(0.6):
        c.line("Opgivet adresse:\n{a}", a=c.address(True))
    else:
        c.line("Opgivet adresse: {a}", a=c.address(False))
    c.line(
        "Betaling: kort {card}, udløb {e}, {cue} {cvv}. Depositum {amt} blev senere trukket "
        "tilbage (chargeback).",
        card=c.card(), e=c.expiry(), cue=c.pick(["CVC", "cvc", "CVV", "kontrolcifre"]),
        cvv=c.cvv(), amt=c.amount(2_000, 15_000),
    )  # fmt: skip
    c.line(
        "Bil: {car}, {cue} {p}, udleveret med {km}; ikke returneret. {order}.",
        car=c.pick(CARS), p=c.plate(), km=c.km(), order=c.order_no().capitalize(),
        cue=c.plate_cue(),
    )  # fmt: skip
    c.line(
        "GPS sidst {ts} nær grænsen; {tkt} registreret samme nat.", ts=c.stamp(), tkt=c.ticket_no()
    )
    if c.chance(0.5):
        c.line(
            "Samme person forsøgte {d} at leje en {car} hos os med kort {mc} og telefon {t}.",
            d=c.short_date(), car=c.pick(CARS), mc=c.masked_card(), t=c.phone(None, 0.5),
        )  # fmt: skip
    if c.chance(0.5):
        c.line(
            "Bekræftelseskode sendt til lejers telefon: {o}. Bookingen kom fra {m}.",
            o=c.otp(), m=c.email(renter),
        )  # fmt: skip
    c.line(
        "Anmeldt til politiet ({j}); Motorstyrelsen orienteret om {p}. Kontakt: {m}",
        j=c.journal_no(), p=c.plate(), m=c.email(agent),
    )  # fmt: skip


def parking_mail(c: Ctx) -> None:
    firm, victim, agent = c.pick(PARKING), c.person(), c.staff()
    service = ("kundeservice@example.com", "EMAIL")
    plate = c.plate()
    when = c.stamp()
    c.line("Fra: {n} <{m}>", n=c.nm(victim, "short", "customer"), m=c.email(victim))
    c.line("Til: {f} <{s}>", f=firm, s=service if not c.neg else "[e-mail]")
    if c.chance(0.4):
        c.line("Cc: {m}", m=c.email(c.person()))
    c.line("Emne: Svindel-sms om parkering – {p}", p=plate)
    c.line("Dato: {d}", d=when)
    c.line("")
    c.line("Hej {f}", f=firm)
    c.line("")
    c.line(
        "Jeg fik en sms om en ubetalt parkering for min bil {p} {st} Linket førte til en side, "
        "der lignede jeres app, og jeg betalte {amt} med det samme.",
        p=plate, st=c.street_only(), amt=c.amount(29, 700),
    )  # fmt: skip
    c.line(
        "Jeg tastede mit kort {card}, udløb {e} og {cue} {cvv}. Bagefter kom der en kode {o} "
        "på sms, som jeg også skrev ind.",
        card=c.card(), e=c.expiry(), cue=c.pick(["CVC", "cvc", "CVV", "kontrolcifrene"]),
        cvv=c.cvv(), o=c.otp(),
    )  # fmt: skip
    if c.chance(0.5):
        c.line(
            "Dagen efter ringede en “{a} fra {f}” fra {t} og bad om min MitID-kode.",
            a=c.nm(c.person(), "first", "user"), f=firm, t=c.phone(None, 0.5),
        )  # fmt: skip
    c.line(
        "Min bank ({b}) har spærret kortet. Ring gerne på {t}.", b=c.pick(BANKS), t=c.phone(victim)
    )
    c.line("")
    c.line("Venlig hilsen")
    c.line("{n}", n=c.nm(victim, c.pick(["full", "short"]), "customer"))
    if c.chance(0.6):
        c.line("{a}", a=c.address(True))
    c.line("")
    c.line("----- Svar -----")
    c.line("Fra: {f} Kundeservice <{s}>", f=firm, s=service if not c.neg else "[e-mail]")
    c.line("Til: {m}", m=c.email(victim))
    c.line("Emne: SV: Svindel-sms om parkering – {p}", p=plate)
    c.line("")
    c.line("Kære {n}", n=c.nm(victim, "first", "customer"))
    c.line("")
    c.line(
        "Tak for din henvendelse. Vi har ingen udestående afgift på {p}; {tkt} i sms'en findes "
        "ikke hos os. Vi sender aldrig betalingslinks via sms og beder aldrig om koder.",
        p=plate, tkt=c.ticket_no(),
    )  # fmt: skip
    if c.chance(0.5):
        c.line(
            "Vi har spærret adgangen til din konto, {mm}, og registreret kortet {mc}, der "
            "stod på den.",
            mm=c.masked_mail(victim), mc=c.masked_card(),
        )  # fmt: skip
    c.line(
        "Anmeld gerne sagen til politiet på 114 og kontakt din bank. Vores kundeservice: {org}.",
        org=c.org_line(),
    )
    c.line("")
    c.line("Med venlig hilsen")
    c.line("{s}, {f}", s=c.nm(agent, c.pick(["full", "initial"]), "staff"), f=firm)
    if c.chance(0.5):
        c.line("{m}", m=c.email(agent))


def police_report(c: Ctx) -> None:
    reporter, seller, other = c.person(), c.person(), c.person()
    officer = c.staff()
    market = c.pick(["DBA", "Bilbasen", "et marketplace"])
    car, plate = c.pick(CARS), c.plate()
    c.line("POLITIANMELDELSE – bedrageri (straffelovens § 279)")
    c.line("{j}, modtaget {ts}", j=c.journal_no().capitalize(), ts=c.stamp())
    c.line("")
    c.line("Anmelder: {n}", n=c.nm(reporter, c.pick(["upper", "upper", "comma"]), "reporter"))
    c.line("CPR: {cpr}", cpr=c.cpr(reporter))
    c.line("Adresse: {a}", a=c.address(True))
    c.line("Tlf.: {t}   E-mail: {m}", t=c.phone(reporter), m=c.email(reporter))
    c.line("")
    c.line(
        "Forklaring: Anmelder købte {d} en {car}, {cue} {p}, via {mk} for {amt} ved "
        "bankoverførsel. Sælgeren kaldte sig {s} og brugte tlf. {t}.",
        d=c.short_date(), car=car, p=plate, mk=market, amt=c.amount(20_000, 300_000),
        cue=c.plate_cue(),
        s=c.nm(seller, c.pick(["short", "full"]), "seller"), t=c.phone(None, 0.25),
    )  # fmt: skip
    c.line(
        "Samme bil blev samme dag solgt til {o}, der kører den på plader {p2}. Beløbet gik til "
        "{acc}.",
        o=c.nm(other, c.pick(["full", "short"]), "buyer"), p2=c.plate(), acc=c.account(),
    )  # fmt: skip
    c.line(
        "Slutsedlen blev underskrevet med MitID, bruger-ID {u}; ifølge {g} egen forklaring har "
        "en anden brugt {his} MitID efter en sms med kode {o}.",
        u=c.mitid(seller), g=c.nm(seller, "gen", "seller"), o=c.otp(),
        his="hendes" if c.he(seller) == "hun" else "hans",
    )  # fmt: skip
    if c.chance(0.5):
        c.line(
            "Sælger er født {b}, CPR {cpr}; bilen står i Motorregistret på {p} med stelnr. {vin}.",
            b=c.dob(seller), cpr=c.cpr(seller), p=plate, vin=c.vin(),
        )  # fmt: skip
    c.line("")
    for i in range(1, c.rng.randrange(2, 4)):
        w = c.person()
        c.line(
            "Vidne {i}: {n}, f. {b}",
            i=str(i), n=c.nm(w, c.pick(["full", "comma", "upper"]), "anon"), b=c.dob(w),
        )  # fmt: skip
        c.line("{a}", a=c.address(True))
        c.line(
            "Tlf. {t}. Så bilen {p} blive afhentet {st}", t=c.phone(w), p=plate, st=c.street_only()
        )
    c.line("")
    c.line(
        "Modtaget af politiassistent {o}. Anmelder henvist til {b} ({org}).",
        o=c.nm(officer, c.pick(["full", "initial"]), "staff"), b=c.pick(BANKS), org=c.org_line(),
    )  # fmt: skip


def bank_call(c: Ctx) -> None:
    bank, caller, adviser = c.pick(BANKS), c.person(), c.staff()
    t = [0]

    def ts() -> str:
        t[0] += c.rng.randrange(4, 40)
        return f"[{t[0] // 60:02d}:{t[0] % 60:02d}]"

    noise = ["øh", "altså", "[utydeligt]", "(støj)", "ehm"]
    c.line("Opkald til spærrelinjen, {b}, {st}, varighed 0{m}:{s}", b=bank, st=c.stamp(),
           m=str(c.rng.randrange(4, 10)), s=f"{c.rng.randrange(60):02d}")  # fmt: skip
    c.line("")
    c.line("{ts} Rådgiver: {b}, det er {a}.", ts=ts(), b=bank, a=c.nm(adviser, "first", "staff"))
    c.line(
        "{ts} Kunde: Ja hej, {x} det er {n}, jeg tror jeg er blevet snydt med en bil.",
        ts=ts(), x=c.pick(noise), n=c.nm(caller, c.pick(["full", "short"]), "customer"),
    )  # fmt: skip
    c.line("{ts} Rådgiver: Det skal vi nok se på. Må jeg bede om dit CPR-nummer?", ts=ts())
    c.line(
        "{ts} Kunde: Ja, {w} {x} nej vent, jeg læser det op: {cpr}.",
        ts=ts(), w=c.in_words(caller.cpr[:6]), x=c.pick(noise), cpr=c.cpr(caller),
    )  # fmt: skip
    c.line(
        "{ts} Kunde: Jeg overførte {amt} til sælgeren af en {car} på {p}, til konto {acc}.",
        ts=ts(), amt=c.amount(15_000, 250_000), car=c.pick(CARS), p=c.plate(),
        acc=c.account(),
    )  # fmt: skip
    code = c.otp()
    if c.chance(0.6):
        c.line(
            "{ts} Kunde: Han bad mig læse koden fra sms'en op, {w} {x} altså {o}.",
            ts=ts(), w=c.in_words(code[0] if code[1] else 6), x=c.pick(noise), o=code,
        )  # fmt: skip
    else:
        c.line("{ts} Kunde: Han bad om koden, og jeg sagde {w}.", ts=ts(), w=c.in_words(6))
    if c.chance(0.55):
        c.line("{ts} Rådgiver: Brugte du også dit kort?", ts=ts())
        c.line(
            "{ts} Kunde: Ja, {card}, {x} udløb {e}, og kontrolcifrene {cvv}.",
            ts=ts(), card=c.card(), x=c.pick(noise), e=c.expiry(), cvv=c.cvv(),
        )  # fmt: skip
    if c.chance(0.5):
        c.line(
            "{ts} Kunde: Og mit MitID bruger-ID, {u}, det gav jeg ham også. {x}",
            ts=ts(), u=c.mitid(caller), x=c.pick(noise),
        )  # fmt: skip
    c.line(
        "{ts} Rådgiver: Vi spærrer kortet nu, det der ender på {last}. Hvilket nummer kan vi "
        "ringe på?",
        ts=ts(), last=f"{c.rng.randrange(10000):04d}",
    )  # fmt: skip
    c.line("{ts} Kunde: {t}. {x} Eller min søns, {t2}.", ts=ts(), t=c.phone(caller, 0.1),
           x=c.pick(noise), t2=c.phone())  # fmt: skip
    if c.chance(0.5):
        c.line(
            "{ts} Rådgiver: Pengene gik videre til {iban}; vi sender en tilbagekaldelse.",
            ts=ts(), iban=c.iban(),
        )  # fmt: skip
    c.line(
        "{ts} Rådgiver: Anmeld det til politiet på 114. Vores spærrelinje er {org}. Kvittering "
        "sendes til {m}.",
        ts=ts(), org=c.org_line(), m=c.email(caller),
    )  # fmt: skip
    c.line("Notat ({a}): {o}, hovedkonto {mc}.", a=c.nm(adviser, "initial", "staff"),
           o=c.order_no(), mc=c.masked_card())  # fmt: skip


def workshop_chat(c: Ctx) -> None:
    shop = c.pick(WORKSHOPS)
    a, b, cust = c.staff(), c.staff(), c.person()
    while b.first == a.first:
        b = c.staff()
    he, his = ("hun", "hendes") if c.he(cust) == "hun" else ("han", "hans")
    fa = c.pick(["lower", "first", "short", "lower"])
    fb = c.pick(["lower", "first", "short"])
    h, m = c.rng.randrange(7, 17), c.rng.randrange(50)

    def say(who: Person, form: str, template: str, **values: str | V | list) -> None:
        nonlocal m
        m += c.rng.randrange(1, 3)
        c.put(f"[{h:02d}:{m:02d}] ")
        c.put(c.nm(who, form, "staff"))
        c.line(": " + template, **values)

    c.line("#{s} – intern chat, {d}", s=shop.lower().replace(" ", "-"), d=c.short_date())
    say(a, fa, "hej, har i set bestillingen på en {car} til {n}?", car=c.pick(CARS),
        n=c.nm(cust, c.pick(["short", "full"]), "customer"))  # fmt: skip
    say(b, fb, "ja, {o} kom ind i går fra {m}, betalt med kort {mc}",
        o=c.order_no(), m=c.email(cust), mc=c.masked_card())  # fmt: skip
    say(a, fa, "{n} ringede lige fra {t} og siger {he} ikke har bestilt noget",
        n=c.nm(cust, c.pick(["first", "lower"]), "customer"), t=c.phone(cust), he=he)  # fmt: skip
    say(b, fb, "weird. the delivery phone on the order is {t} and delivery to {a}",
        t=c.phone(None, 0.6), a=c.address(False))  # fmt: skip
    options: list[Callable[[], None]] = [
        lambda: say(
            a,
            fa,
            "kunden siger kontoen er hacket, {he} fik en kode {o} på sms som {he} ikke bad om",
            he=he,
            o=c.otp(),
        ),
        lambda: say(
            b,
            fb,
            "trade-in was {p}, {km}, still registered to {g} name",
            p=c.plate(3),
            km=c.km(),
            g=c.nm(cust, "gen", "customer"),
        ),
        lambda: say(a, fa, "byttebilen står her, {p}, stelnr. {vin}", p=c.plate(3), vin=c.vin()),
        lambda: say(b, fb, "ok I'll cancel {o} and mail {m}", o=c.order_no(), m=c.email(cust)),
        lambda: say(
            a, fa, "{his} rigtige adresse er {a} ifølge kundekortet", his=his, a=c.address(False)
        ),
        lambda: say(
            b, fb, "ask {n} to call us, not the number in the order", n=c.nm(a, "first", "staff")
        ),
        lambda: say(
            a,
            fa,
            "husk at ringe til {x}, ikke mig – jeg er på værkstedet i dag",
            x=c.nm(b, c.pick(["first", "lower"]), "staff"),
        ),
        lambda: say(
            b,
            fb,
            "the new car got plates {p} yesterday, can we stop it at Motorstyrelsen?",
            p=c.plate(c.pick([0, 1, 3])),
        ),
        lambda: say(
            a,
            fa,
            "faktura {inv} er sendt, {amt}, skal krediteres",
            inv=c.invoice_no().split(" nr. ")[1],
            amt=c.amount(3_000, 90_000),
        ),
        lambda: say(
            b,
            fb,
            "the customer's backup email is {m}, phone {t}",
            m=c.email(c.person()),
            t=c.phone(),
        ),
    ]
    for i in sorted(c.rng.sample(range(len(options)), c.rng.randrange(4, 8))):
        options[i]()


def insurance_claim(c: Ctx) -> None:
    insurer, holder, handler = c.pick(INSURERS), c.person(), c.staff()
    r = c.rng.randrange
    plate = c.plate()
    c.line("{i} – skadeanmeldelse, tyveri af køretøj", i=insurer)
    c.line("Skadenr. TF-26-{n}, {pol}", n=f"{r(10**5):05d}", pol=c.policy_no())
    c.line("")
    c.line("Forsikringstager: {n}", n=c.nm(holder, c.pick(["full", "comma", "full"]), "claimant"))
    c.line("Fødselsdato: {b}", b=c.dob(holder))
    c.line("CPR-nr.: {cpr}", cpr=c.cpr(holder))
    if c.chance(0.5):
        c.line("Adresse:\n{a}", a=c.address(True))
    else:
        c.line("Adresse: {a}", a=c.address(False))
    c.line("Telefon: {t}  E-mail: {m}", t=c.phone(holder), m=c.email(holder))
    c.line("")
    c.line(
        "Køretøj: {car}, {cue} {p}, stelnr. {vin}, km-stand {km}.",
        car=c.pick(CARS), p=plate, vin=c.vin(), km=c.km(),
        cue=c.plate_cue(),
    )  # fmt: skip
    c.line(
        "Anmeldt stjålet {ts} fra parkering {st} Ønsket udbetaling {amt} til {acc}.",
        ts=c.stamp(), st=c.street_only(), amt=c.amount(60_000, 450_000), acc=c.account(),
    )  # fmt: skip
    c.line("")
    c.line("Sagsbehandlers notat ({s}):", s=c.nm(handler, c.pick(["full", "initial"]), "staff"))
    spouse = c.person()
    notes: list[Callable[[], None]] = [
        lambda: c.line(
            "- Bilen passerede Storebælt to dage før ”tyveriet”, {tkt}, BroBizz på {g} konto.",
            tkt=c.ticket_no("toll"),
            g=c.nm(holder, "gen", "claimant"),
        ),
        lambda: c.line(
            "- Annonce på en udenlandsk side med tlf. {t}; køber betalte til {iban}.",
            t=c.phone(None, 0.8),
            iban=c.iban(c.pick(["LT", "PL", "DE", "NL"])),
        ),
        lambda: c.line(
            "- Begge nøgler afleveret; kun den ene er kodet til {p}.", p=c.plate(c.pick([0, 1, 2]))
        ),
        lambda: c.line(
            "- Et vidne, {n}, {a}, så bilen blive læsset på en trailer kl. {h}.{m}.",
            n=c.nm(c.person(), "full", "witness"),
            a=c.address(False),
            h=f"{r(0, 6):02d}",
            m=f"{r(60):02d}",
        ),
        lambda: c.line(
            "- Forsikringstager loggede ind med MitID-bruger-ID {u} og kode {o} kort efter "
            "anmeldelsen.",
            u=c.mitid(holder),
            o=c.otp(),
        ),
        lambda: c.line(
            "- Ægtefællen {n} (f. {b}) oplyser, at bilen blev solgt i {d}.",
            n=c.nm(spouse, c.pick(["full", "short"]), "witness"),
            b=c.dob(spouse),
            d=c.pick(["Polen", "Litauen", "Tyskland"]),
        ),
        lambda: c.line(
            "- Præmien er betalt med kort {mc}; {inv} fra værkstedet viser {km}.",
            mc=c.masked_card(),
            inv=c.invoice_no(),
            km=c.km(),
        ),
    ]
    for i in sorted(c.rng.sample(range(len(notes)), c.rng.randrange(3, len(notes) + 1))):
        notes[i]()
    c.line("")
    c.line(
        "Sagen sendt til politiet ({j}) og Motorstyrelsen; {mp} er efterlyst. Skadeservice {org}.",
        j=c.journal_no(), mp=c.masked_plate(), org=c.org_line(),
    )  # fmt: skip


WRITERS: dict[str, Callable[[Ctx], None]] = {
    "dealer_case": dealer_case,
    "leasing_log": leasing_log,
    "rental_report": rental_report,
    "parking_mail": parking_mail,
    "police_report": police_report,
    "bank_call": bank_call,
    "workshop_chat": workshop_chat,
    "insurance_claim": insurance_claim,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    plan += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(plan):
        while True:
            ctx = Ctx(random.Random(rng.getrandbits(64)), kind == "negative")
            WRITERS[genre](ctx)
            text = ctx.text()
            if text not in seen:
                break
        seen.add(text)
        spans = [s for s in ctx.spans if s["end"] <= len(text)]
        docs.append(
            {"id": f"b34-{i + 1:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
