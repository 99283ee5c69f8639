"""A forty-third blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is HOSPITALITY AND
BOOKING FRAUD as Danish hotels, hostels, restaurants, holiday-home agencies and event venues,
their guests, banks and the police handle it, in eight genres: a hotel front desk's incident
log ("kl. 18.42" entries: a guest phished through a fake booking-platform message, a chargeback
on a cardholder's card, a fake group booking paid too much, a wallet taken in the lobby; room
and booking numbers, the guest's card, expiry, CVC and a car in the garage), a guest's mail
thread with the hotel (Fra:/Til:/Emne:, quoted "> " replies, in Danish or English: the payment
link sent from the hacked booking inbox, the code from the bank, a refund IBAN, a signature with
an address), a booking platform's partner-support chat ("[14:02] Name:" lines, the hotel's
staff typing guests' names in lower case, a login e-mail and a code read out), a restaurant
owner's notes for the bank's fraud line (the owner's CPR, MitID user ID and code given to a
fake bank adviser, the business account and the foreign IBAN the money went to), a police
report (the complainant as "HOLM, METTE" in capitals, witnesses with birth dates and addresses
on two lines, a car's plate), a holiday-home agency's case file on a fake listing (the owner's
address, payout account and CPR, renters who paid abroad), a payroll mail thread about a
waiter's salary diverted by a changed account (the employee's CPR, the false and the true
account, a code given on a fake payslip portal) and a reservation-system export after a leak
(semicolon rows of guests with phone, e-mail, birthday notes and deposit cards). The names are
those of Danes of all ages, Danes with roots elsewhere ("Zeynep Öztürk", "Bilal Haddad"),
double surnames ("Bech-Lauritsen", "Juhl Dalsgaard") and foreign guests in their own name order
("Tanaka Yuki", "Nagy Eszter", "Daan van Dijk", "Lucía García Ortega").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kortholder", "Vagthavende:",
  "politiassistent", "Vidne:"); "Holm, Mette" is one span; a genitive s belongs to it
  ("Mettes"); a lower-case name typed in a chat ("mette", "lone bech") is PERSON. A scammer's
  alias ("Jonas fra Nordea", a "coordinator" signing "M. Ricci") is PERSON, the company is
  not. Organisations, hotels, platforms, products, placeholders ("[NAVN]", "Gæst A",
  "Medarbejder A", "Lejer 2", "Vidne 1") and family words ("min kone") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Havnegade.") is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date (arrival, departure, booking date) or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (hotels', platforms' and banks' 70/80 lines, 112, 114) is never
  PHONE.
- EMAIL: every e-mail address (all on example.* domains, a hotel's own subdomain allowed:
  "reception@skjoldborg.example.dk"), each occurrence, staff's and mailboxes' too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: 16 digits, Luhn-valid with
  a published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre" (a colon between
  allowed). OTP: a one-time code sent, asked for or given (6 or 8 digits); MITID_USER a MitID
  user ID given as such; NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). No passport or
  driving-licence numbers occur.
- Hard negatives, never labelled: amounts in several currencies ("4.850,00 kr.", "EUR
  1.240,00", "GBP 2,150.00", "€ 380"), dates and clock times ("04.03.26", "kl. 18.42",
  "[14:02]", "2026-03-04 09:14", "ankomst 14.03.2026"), booking confirmation numbers
  ("3.918.442.107"), PNR-like codes ("PNR K7QX2M"), reservation numbers ("RES-26-04417"), room
  and table numbers ("vær. 214", "bord 12"), guest IDs ("gæste-ID 884213", six digits like a
  code), voucher, invoice and order numbers ("GK-7H3K-92QD", "faktura 2026-11873", "ordrenr.
  558120"), chargeback and journal numbers, CVR numbers ("CVR-nr. 31245578"), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 4417", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 and short numbers, hotels, platforms, banks,
  products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values and pseudonym labels ("Gæst A", "Medarbejder A", "Lejer
  2") remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind42 [OUT.jsonl]`` writes the set (by default to
bench/data/pii_blind42.jsonl); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
GENRES = (
    "frontdesk_log",
    "guest_mail_thread",
    "partner_chat",
    "bank_fraud_notes",
    "police_report",
    "holiday_home_case",
    "payroll_thread",
    "reservation_export",
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
OUT = Path(__file__).resolve().parent / "data" / "pii_blind42.jsonl"

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# published test cards: Visa 4111..., 4242..., 4012 8888..., 4000 0566...; Mastercard 5555...,
# 5105..., 5200 8282..., 2223 0031...
TEST_PREFIXES = ("411111", "424242", "401288", "400005", "555555", "510510", "520082", "222300")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "GB": 22,
    "NL": 18,
    "ES": 24,
    "FR": 27,
    "LT": 20,
    "PL": 28,
    "SE": 24,
    "NO": 15,
    "IT": 27,
    "RO": 24,
}
# the BBAN after the check digits: "a" a capital letter, "n" a digit
IBAN_BBAN = {
    "DK": "n" * 14,
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20,
    "FR": "n" * 23,
    "LT": "n" * 16,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "NO": "n" * 11,
    "IT": "a" + "n" * 22,
    "RO": "aaaa" + "n" * 16,
}
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
    "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "46", "47", "48", "49", "54", "56", "57",
    "58", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86", "87", "89",
    "96", "97", "98", "99",
)  # fmt: skip
ORG_LINES = (
    "70 27 41 10",
    "70 15 62 62",
    "80 88 14 52",
    "70 10 20 88",
    "80 20 73 73",
    "70 33 90 12",
    "70 44 19 19",
    "80 30 51 51",
)

HOTELS = (
    "Hotel Skjoldborg",
    "Strandhotel Vesterlund",
    "Kro & Hotel Lyngvig",
    "Hotel Kompasrosen",
    "Havnehostel Nordkaj",
    "Byhotellet Tårnet",
    "Badehotel Klitgården",
)
RESTAURANTS = (
    "Restaurant Tang & Tare",
    "Brasserie Solsort",
    "Spisehuset Kløver",
    "Vinbaren Lille Anker",
    "Pizzeria Ildstedet",
)
AGENCIES = ("Klitferie ApS", "Sommerhusbureauet Vest", "Feriehuse ved Fjorden")
VENUES = ("Pakhus 7 Selskabslokaler", "Havnesalen", "Det Gamle Mejeri Events")
PLATFORMS = ("Booking.com", "Airbnb", "Expedia", "Hotels.com", "Agoda")
SYSTEMS = ("DinnerBooking", "Bordplan360", "Mews", "Opera PMS", "SiteMinder")
PAYROLL = ("Lønhuset Nord", "Dataløn", "Salary Partner")
COMPANIES = (*HOTELS, *RESTAURANTS, *AGENCIES, *VENUES, *PLATFORMS, *PAYROLL)
BANKS = (
    "Danske Bank",
    "Nordea",
    "Jyske Bank",
    "Sydbank",
    "Arbejdernes Landsbank",
    "Spar Nord",
    "Lunar",
    "Sparekassen Kronjylland",
)
PRODUCTS = ("MitID", "MobilePay", "Dankort", "Mastercard", "Extranet", "e-Boks", *SYSTEMS)
ORG_DOMAINS = {
    "Hotel Skjoldborg": "skjoldborg",
    "Strandhotel Vesterlund": "vesterlund",
    "Kro & Hotel Lyngvig": "lyngvigkro",
    "Hotel Kompasrosen": "kompasrosen",
    "Havnehostel Nordkaj": "nordkaj",
    "Byhotellet Tårnet": "taarnet",
    "Badehotel Klitgården": "klitgaarden",
    "Restaurant Tang & Tare": "tangogtare",
    "Brasserie Solsort": "solsort",
    "Spisehuset Kløver": "kloever",
    "Vinbaren Lille Anker": "lilleanker",
    "Pizzeria Ildstedet": "ildstedet",
    "Klitferie ApS": "klitferie",
    "Sommerhusbureauet Vest": "sommerhusvest",
    "Feriehuse ved Fjorden": "fjordferie",
    "Pakhus 7 Selskabslokaler": "pakhus7",
    "Havnesalen": "havnesalen",
    "Det Gamle Mejeri Events": "mejerievents",
}

WOMEN = (
    "Birthe", "Bodil", "Inger", "Ulla", "Lone", "Hanne", "Vibeke", "Gitte", "Susanne", "Merete",
    "Helle", "Dorthe", "Pia", "Tina", "Rikke", "Trine", "Malene", "Camilla", "Louise", "Signe",
    "Stine", "Sofie", "Ida", "Freja", "Alma", "Asta", "Clara", "Nanna", "Lærke", "Karoline",
    "Josefine", "Mathilde", "Ellen", "Anne-Mette", "Marie-Louise", "Aisha", "Amina", "Leyla",
    "Zeynep", "Mariam", "Hiba", "Samira", "Agnieszka", "Thuy", "Fatima",
)  # fmt: skip
MEN = (
    "Preben", "Henning", "Poul", "Bent", "Ole", "Kurt", "Steen", "Flemming", "Torben", "Bjarne",
    "Erik", "Jørgen", "Lars", "Søren", "Henrik", "Michael", "Jesper", "Thomas", "Rasmus",
    "Kasper", "Anders", "Mikkel", "Emil", "Frederik", "Magnus", "Oliver", "Noah", "Viggo",
    "Aksel", "Malthe", "Villads", "Hans-Henrik", "Jan-Erik", "Ahmad", "Omar", "Mehmet", "Hassan",
    "Bilal", "Tariq", "Yusuf", "Piotr", "Duc", "Arash", "Kemal",
)  # fmt: skip
ROOTED_FIRST = frozenset(
    ("Aisha", "Amina", "Leyla", "Zeynep", "Mariam", "Hiba", "Samira", "Agnieszka", "Thuy",
     "Fatima", "Ahmad", "Omar", "Mehmet", "Hassan", "Bilal", "Tariq", "Yusuf", "Piotr", "Duc",
     "Arash", "Kemal")
)  # fmt: skip
SURNAMES = (
    "Kjeldgaard", "Bech", "Lauritsen", "Dalsgaard", "Vestergaard", "Juhl", "Brøndum", "Krogh",
    "Thygesen", "Holst", "Lind", "Mølgaard", "Frandsen", "Husted", "Winther", "Damgaard",
    "Bisgaard", "Toft", "Kragh", "Hald", "Ebbesen", "Nygaard", "Fabricius", "Ravn", "Borup",
    "Schou", "Bruun", "Kirkegaard", "Thorsen", "Iversen", "Abildgaard", "Østergaard",
    "Mikkelsen", "Christoffersen", "Overgaard", "Kruse", "Vinding", "Ulriksen", "Ågesen",
)  # fmt: skip
ROOTED_SURNAMES = (
    "Yilmaz", "Demir", "Öztürk", "Hussein", "Khan", "Rahimi", "Nowak", "Kowalczyk", "Tran",
    "Pham", "Haddad", "Ibrahim", "Jamal", "El-Sayed", "Abdi", "Karimi", "Mansour", "Çelik",
)  # fmt: skip
MIDDLES = ("Kjær", "Juul", "Lund", "Dam", "Bach", "Hvid", "Krag", "Moos", "Skytte", "Bonde")
# foreign guests as (given, family, family name first)
FOREIGN = (
    ("Jürgen", "Weiß", False),
    ("Anke", "Hoffmann", False),
    ("Lena", "Schäfer", False),
    ("Daan", "van Dijk", False),
    ("Sanne", "de Vries", False),
    ("Elsa", "Lindqvist", False),
    ("Björn", "Ek", False),
    ("Ingrid", "Solberg", False),
    ("Siobhan", "O'Neill", False),
    ("Rupert", "Whitfield", False),
    ("Lucía", "García Ortega", False),
    ("Javier", "Moreno Ruiz", False),
    ("Katarzyna", "Wójcik", False),
    ("Giulia", "Romano", False),
    ("Matteo", "Ricci", False),
    ("Amélie", "Dubois", False),
    ("Aoife", "Byrne", False),
    ("Xiaoming", "Wang", True),
    ("Yuki", "Tanaka", True),
    ("Haruto", "Sato", True),
    ("Eszter", "Nagy", True),
    ("Bence", "Kovács", True),
    ("Van Hung", "Nguyen", True),
    ("Jiwoo", "Park", True),
    ("Mei", "Chen", True),
)

FOREIGN_GIVEN = frozenset(given for given, _, _ in FOREIGN)

STREETS = (
    "Havnegade", "Kastanievej", "Ryesgade", "Kirkestræde", "Møllevangen", "Vestre Allé",
    "Rønnebærvej", "Bøgeskovvej", "Strandvejen", "Nørregade", "Kildebakken", "Teglværksvej",
    "Hyldebærvej", "Sankt Peders Stræde", "Åboulevard", "Ørstedsgade", "Jernbanegade",
    "Fiskerhusvej", "Klitrosevej", "Engtoften", "Brombærhaven", "Lystbådehavnen",
    "Dronningensgade", "Skolebakken", "Mågevej", "Tangvej", "Fyrvej", "Kongevejen",
)  # fmt: skip
TOWNS = (
    ("2100", "København Ø"),
    ("2200", "København N"),
    ("1620", "København V"),
    ("2000", "Frederiksberg"),
    ("8000", "Aarhus C"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("6700", "Esbjerg"),
    ("7100", "Vejle"),
    ("4000", "Roskilde"),
    ("3000", "Helsingør"),
    ("6960", "Hvide Sande"),
    ("9990", "Skagen"),
    ("3770", "Allinge"),
    ("6792", "Rømø"),
    ("8400", "Ebeltoft"),
    ("5700", "Svendborg"),
    ("6000", "Kolding"),
    ("8800", "Viborg"),
    ("4873", "Væggerløse"),
    ("9492", "Blokhus"),
    ("6854", "Henne"),
    ("9480", "Løkken"),
    ("7680", "Thyborøn"),
    ("8600", "Silkeborg"),
    ("2650", "Hvidovre"),
    ("4800", "Nykøbing F"),
    ("3390", "Hundested"),
)
HOLIDAY_TOWNS = ("Hvide Sande", "Skagen", "Rømø", "Blokhus", "Henne", "Løkken", "Thyborøn")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
QUARTERS = ("00", "15", "30", "45")
CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

OPEN, MID, CLOSE = "\x02", "\x03", "\x04"
TAGGED = re.compile(f"{OPEN}([A-Z_]+){MID}([^{CLOSE}]*){CLOSE}")
# the pseudonym of a role in the negative documents: a prefix and letters or digits, or a tag
ROLES: dict[str, tuple[str, str]] = {
    "guest": ("Gæst", "ABCDEF"),
    "staff": ("Medarbejder", "ABCDEF"),
    "owner": ("Ejer", "ABCDEF"),
    "renter": ("Lejer", "123456789"),
    "customer": ("Kunde", "123456789"),
    "agent": ("Rådgiver", "123456789"),
    "row": ("Gæst", "123456789"),
    "witness": ("[NAVN]", ""),
    "alias": ("[NAVN]", ""),
    "officer": ("[NAVN]", ""),
}


# --- values ---------------------------------------------------------------------------------


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_fold(text: str) -> str:
    """Lower-case letters and digits only, Danish letters spelt out, for mail and user IDs."""
    text = text.lower()
    for letter, spelt in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ß", "ss")):
        text = text.replace(letter, spelt)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum())


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    """The two check digits of an IBAN."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def cpr_fails_mod11(ddmmyy: str, serial: str) -> bool:
    digits = ddmmyy + serial
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


def synthetic_cpr(rng: random.Random, born: date) -> str:
    """Ten digits: the birth date, a century digit that fits it, a serial failing modulus 11."""
    ddmmyy = f"{born:%d%m%y}"
    serial = (rng.choice("0123") if born.year < 2000 else "4") + f"{rng.randrange(1000):03d}"
    if not cpr_fails_mod11(ddmmyy, serial):
        serial = serial[:3] + str((int(serial[3]) + 1) % 10)
    return ddmmyy + serial


def birth_date(rng: random.Random, first: int = 1938, last: int = 2005) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def incident_day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(320))


def clock(rng: random.Random, sep: str = ".") -> str:
    return f"{rng.randrange(6, 24):02d}{sep}{rng.randrange(60):02d}"


def kroner(rng: random.Random, low: int, high: int) -> str:
    whole = f"{rng.randrange(low, high):,}".replace(",", ".")
    return f"{whole},{rng.choice(('00', '00', '50', '95'))} kr."


def foreign_amount(rng: random.Random) -> str:
    n = rng.randrange(180, 9800)
    kind = rng.randrange(5)
    if kind == 0:
        return f"EUR {n:,}".replace(",", ".") + ",00"
    if kind == 1:
        return f"GBP {n:,}.00"
    if kind == 2:
        return f"USD {n:,}.00"
    if kind == 3:
        return f"€ {n}"
    return f"SEK {n * 10:,}".replace(",", ".")


def booking_no(rng: random.Random) -> str:
    groups = ".".join(f"{rng.randrange(1000):03d}" for _ in range(3))
    return f"{rng.randrange(2, 5)}.{groups}"


def code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CODE_CHARS) for _ in range(n))


def pnr(rng: random.Random) -> str:
    return f"PNR {code(rng, 6)}"


def res_no(rng: random.Random) -> str:
    return f"RES-26-{rng.randrange(100000):05d}"


def guest_id(rng: random.Random) -> str:
    return f"gæste-ID {rng.randrange(100000, 1000000)}"


def room(rng: random.Random) -> str:
    return f"{rng.choice(('vær.', 'værelse'))} {rng.randrange(1, 6)}{rng.randrange(1, 30):02d}"


def voucher(rng: random.Random) -> str:
    return f"GK-{code(rng, 4)}-{code(rng, 4)}"


def invoice(rng: random.Random) -> str:
    return f"faktura {'nr. ' if rng.random() < 0.3 else ''}2026-{rng.randrange(100000):05d}"


def order_no(rng: random.Random) -> str:
    return f"ordrenr. {rng.randrange(100000, 1000000)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(10000000, 45000000)}"


def journal(rng: random.Random) -> str:
    office, unit, serial = (
        rng.randrange(100, 4000),
        rng.randrange(10000, 99999),
        rng.randrange(100000),
    )
    return f"{office:04d}-{unit}-{serial:05d}-26"


def masked_card(rng: random.Random) -> str:
    last = f"{rng.randrange(10000):04d}"
    return rng.choice((f"**** **** **** {last}", f"******{last}"))


def street_only(rng: random.Random) -> str:
    return rng.choice(STREETS)


# --- people ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str = ""
    family_first: bool = False
    pseudonym: str = "[NAVN]"

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return " ".join(p for p in (self.given, self.middle, self.family) if p)

    def form(self, how: str) -> tuple[str, str]:
        """The name as written in one form, and what follows it outside the span."""
        if how == "gen":
            if self.given[-1] not in "sxz":
                return self.given + "s", ""
            return (self.full + "s", "") if self.full[-1] not in "sxz" else (self.full, "'")
        given = f"{self.given} {self.middle}" if self.middle else self.given
        forms = {
            "full": self.full,
            "first": self.given,
            "inv": f"{self.family}, {given}",
            "INV": f"{self.family}, {given}".upper(),
            "UPPER": self.full.upper(),
            "initial": f"{self.given[0]}. {self.family}",
            "lower": self.given.lower(),
            "lowerfull": self.full.lower(),
            "family": self.family,
        }
        return forms[how], ""


def _family(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        first, second = rng.sample(SURNAMES, 2)
        return f"{first}-{second}"
    if roll < 0.38:
        first, second = rng.sample(SURNAMES, 2)
        return f"{first} {second}"
    return rng.choice(SURNAMES)


def make_person(rng: random.Random, origin: str, pseudonym: str) -> Person:
    """A Dane, a Dane with roots elsewhere ("rooted") or a foreign guest ("foreign")."""
    if origin == "foreign":
        given, family, family_first = rng.choice(FOREIGN)
        return Person(given, family, family_first=family_first, pseudonym=pseudonym)
    given = rng.choice(WOMEN if rng.random() < 0.5 else MEN)
    if origin == "rooted" or given in ROOTED_FIRST:
        rooted = [n for n in WOMEN + MEN if n in ROOTED_FIRST]
        given = given if given in ROOTED_FIRST else rng.choice(rooted)
        family = rng.choice(ROOTED_SURNAMES)
        if rng.random() < 0.2:
            family = f"{family}-{rng.choice(SURNAMES)}"
        return Person(given, family, pseudonym=pseudonym)
    middle = rng.choice(MIDDLES) if rng.random() < 0.22 else ""
    return Person(given, _family(rng), middle, pseudonym=pseudonym)


# --- the document under construction ---------------------------------------------------------


class Ctx:
    """One document's random source and its labelled (or, for negatives, replaced) values."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.roles: Counter[str] = Counter()

    def tag(self, kind: str, value: str, stand_in: str) -> str:
        return stand_in if self.negative else f"{OPEN}{kind}{MID}{value}{CLOSE}"

    def person(self, role: str, origin: str | None = None) -> Person:
        if origin is None:
            roll = self.rng.random()
            origin = "dane" if roll < 0.72 else "rooted" if roll < 0.9 else "foreign"
        prefix, labels = ROLES[role]
        pseudonym = f"{prefix} {labels[self.roles[role]]}" if labels else prefix
        self.roles[role] += 1
        return make_person(self.rng, origin, pseudonym)

    def guest(self) -> Person:
        roll = self.rng.random()
        origin = "dane" if roll < 0.5 else "rooted" if roll < 0.65 else "foreign"
        return self.person("guest", origin)

    def name(self, p: Person, how: str = "full") -> str:
        value, after = p.form(how)
        if self.negative:
            return p.pseudonym + ("'s" if how == "gen" and p.pseudonym[-1] != "]" else "")
        return self.tag("PERSON", value, "") + after

    def initial(self, p: Person) -> str:
        """The form "M. Holm" where the given name starts with a plain capital, else the full."""
        return self.name(p, "initial" if "A" <= p.given[0] <= "Z" else "full")

    def any_name(self, p: Person) -> str:
        how = self.rng.choice(("full", "full", "full", "inv", "initial", "UPPER"))
        return self.initial(p) if how == "initial" else self.name(p, how)

    def phone(self, foreign: bool = False) -> str:
        rng = self.rng
        if foreign or rng.random() < 0.1:
            if rng.random() < 0.5:
                value = f"+44 7700 900{rng.randrange(1000):03d}"
            else:
                value = f"+46 70 174 06 {rng.randrange(5, 100):02d}"
        else:
            lead = rng.choice(MOBILE if rng.random() < 0.75 else LANDLINE)
            d = lead + "".join(str(rng.randrange(10)) for _ in range(6))
            pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
            value = rng.choice(
                (
                    f"+45 {d}",
                    f"+45 {pairs}",
                    f"+45 {d[:4]} {d[4:]}",
                    f"{d[:4]} {d[4:]}",
                    f"(+45) {pairs}",
                    f"0045 {d}",
                    pairs,
                    d,
                    f"+45{d}",
                    pairs.replace(" ", "."),
                )
            )
        masked = f"+45 ** ** ** {rng.randrange(10, 100)}"
        return self.tag("PHONE", value, rng.choice(("[TLF]", masked)))

    def mail_local(self, p: Person) -> str:
        given, family = ascii_fold(p.given), ascii_fold(p.family.split("-")[0].split(" ")[-1])
        return self.rng.choice(
            (
                f"{given}.{family}",
                f"{given}{family[0]}",
                f"{given}{self.rng.randrange(60, 100)}",
                f"{family}.{given}",
                f"{given[0]}{family}",
                f"{given}_{family}",
            )
        )

    def email(self, p: Person | None = None, local: str = "", domain: str = "") -> str:
        local = local or self.mail_local(p) if p else local
        domain = domain or self.rng.choice(
            ("example.dk", "example.dk", "example.com", "post.example.dk", "example.net")
        )
        address = f"{local}@{domain}"
        stand_in = self.rng.choice(("[e-mail]", f"{local[0]}***@{domain}"))
        return self.tag("EMAIL", address, stand_in)

    def org_mail(self, org: str, box: str) -> str:
        return self.email(local=box, domain=f"{ORG_DOMAINS[org]}.example.dk")

    def address(self, layout: str = "line") -> str:
        """An address: "line" (street, number, town on one line), "block" (two lines), "street"."""
        rng = self.rng
        number = str(rng.randrange(1, 140)) + (rng.choice("ABCD") if rng.random() < 0.15 else "")
        value = f"{rng.choice(STREETS)} {number}"
        if rng.random() < 0.35:
            floor = rng.choice(("st.", "1.", "2.", "3.", "4."))
            value += f", {floor} {rng.choice(('tv.', 'th.', 'mf.'))}"
        postcode, town = rng.choice(TOWNS)
        if layout == "line":
            value += f", {postcode} {town}"
        elif layout == "block":
            value += f"\n{postcode} {town}"
        return self.tag("ADDRESS", value, "[ADRESSE]")

    def holiday_address(self) -> str:
        rng = self.rng
        postcode, town = rng.choice([t for t in TOWNS if t[1] in HOLIDAY_TOWNS])
        value = f"{rng.choice(STREETS)} {rng.randrange(1, 90)}, {postcode} {town}"
        return self.tag("ADDRESS", value, "[ADRESSE]")

    def cpr(self, born: date | None = None) -> str:
        born = born or birth_date(self.rng)
        d = synthetic_cpr(self.rng, born)
        value = self.rng.choice(
            (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        )
        return self.tag("CPR", value, self.rng.choice(("[CPR]", f"{d[:6]}-xxxx")))

    def dob(self, born: date) -> str:
        value = self.rng.choice(
            (
                f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                f"{born:%d.%m.%Y}",
                f"{born.day}/{born.month}-{born.year}",
                f"{born:%d-%m-%Y}",
            )
        )
        return self.tag("DATE_OF_BIRTH", value, "[dato]")

    def account(self) -> str:
        rng = self.rng
        reg = f"{rng.randrange(1000, 9900)}"
        width = rng.choice((7, 8, 10, 10))
        number = f"{rng.randrange(10 ** (width - 1), 10**width)}"
        kind = rng.randrange(4)
        if kind == 0:
            return self.tag("BANK_ACCOUNT", f"{reg}-{number}", "[kontonr.]")
        if kind == 1:
            return self.tag("BANK_ACCOUNT", f"{reg} {number}", "[kontonr.]")
        if kind == 2:
            return f"reg. {reg} konto {self.tag('BANK_ACCOUNT', number, '[kontonr.]')}"
        padded = number.zfill(10)
        return f"reg.nr. {reg}, kontonr. {self.tag('BANK_ACCOUNT', padded, '[kontonr.]')}"

    def iban(self, country: str | None = None) -> str:
        rng = self.rng
        country = country or rng.choice(("DE", "GB", "NL", "ES", "FR", "LT", "PL", "IT", "RO"))
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "a" else str(rng.randrange(10))
            for c in IBAN_BBAN[country]
        )
        compact = country + iban_check(country, bban) + bban
        value = grouped(compact) if rng.random() < 0.6 else compact
        masked = f"{compact[:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
        return self.tag("IBAN", value, rng.choice(("[IBAN]", masked)))

    def card(self) -> str:
        rng = self.rng
        body = rng.choice(TEST_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(9))
        compact = body + luhn_digit(body)
        value = grouped(compact) if rng.random() < 0.6 else compact
        return self.tag("CARD", value, masked_card(rng))

    def expiry(self) -> str:
        month, year = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
        value = f"{month:02d}/{year}" if self.rng.random() < 0.7 else f"{month:02d}/20{year}"
        return self.tag("CARD_EXPIRY", value, "**/**")

    def cvv(self) -> str:
        cue = self.rng.choice(("CVV", "CVC", "cvc", "kontrolcifre", "CVC:", "CVV:"))
        return f"{cue} {self.tag('CARD_CVV', f'{self.rng.randrange(1000):03d}', '***')}"

    def otp(self) -> str:
        n = 6 if self.rng.random() < 0.8 else 8
        return self.tag("OTP", f"{self.rng.randrange(10**n):0{n}d}", "[kode]")

    def mitid(self, p: Person, born: date | None = None) -> str:
        rng = self.rng
        stem = rng.choice(
            (
                ascii_fold(p.given.split()[0].split("-")[0]),
                ascii_fold(p.given[:3] + p.family.split()[-1][:4]),
                "hotel" + ascii_fold(p.given.split("-")[0])[:5],
            )
        )
        year = born.year if born else rng.randrange(1950, 2006)
        tail = str(year) if rng.random() < 0.5 else f"{year % 100:02d}"
        return self.tag("MITID_USER", stem + tail, "[bruger-id]")

    def plate(self) -> str:
        rng = self.rng
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        digits = f"{rng.randrange(10, 100)}{rng.randrange(100, 1000)}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if rng.random() < 0.7 else letters + digits
        return self.tag("NUMBER_PLATE", value, "[nummerplade]")

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)


def finish(marked: str) -> tuple[str, list[dict]]:
    """The text without markers and the spans the markers stood for."""
    parts: list[str] = []
    spans: list[dict] = []
    at = 0
    length = 0
    for hit in TAGGED.finditer(marked):
        before = marked[at : hit.start()]
        parts.append(before)
        length += len(before)
        value = hit.group(2)
        spans.append({"start": length, "end": length + len(value), "type": hit.group(1)})
        parts.append(value)
        length += len(value)
        at = hit.end()
    parts.append(marked[at:])
    return "".join(parts), spans


# --- genres --------------------------------------------------------------------------------


def frontdesk_log(x: Ctx) -> str:
    """A hotel reception's incident log for one shift."""
    r = x.rng
    hotel = r.choice(HOTELS)
    platform = r.choice(PLATFORMS)
    day = incident_day(r)
    staff, manager = x.person("staff"), x.person("staff")
    guest = x.guest()
    head = [
        f"HÆNDELSESLOG · {hotel} · reception",
        f"Dato: {day:%d.%m.%y}   Vagt: {r.choice(('dag', 'aften', 'nat'))}   "
        f"Vagthavende: {x.name(staff, r.choice(('full', 'initial', 'inv')))}",
        f"{cvr(r)} · bookinglinje {x.org_line()} · {r.choice(SYSTEMS)}",
        "",
    ]
    scenario = r.randrange(4)
    book = booking_no(r)
    if scenario == 0:
        events = [
            f"{x.name(guest)} ({room(r)}, bekræftelsesnr. {book}) henvender sig. Har fået "
            f'besked i {platform}-appen, tilsyneladende fra os, om at kortet "ikke kunne '
            f'valideres". Har via linket tastet kort {x.card()}, udløb {x.expiry()} og '
            f"{x.cvv()}.",
            f"Gæsten fik derefter en sms med koden {x.otp()} og tastede den ind på siden. "
            f"Trukket {foreign_amount(r)}.",
            f"{x.name(staff, 'first')} hjælper med at ringe til kortspærringen på "
            f"{x.org_line()}. Kortet er spærret.",
            f"Gæstens mobil {x.phone()}, mail {x.email(guest)}.",
            f"Beskeden er sendt fra vores egen indbakke hos {platform}. Revenue-ansvarlig "
            f"{x.initial(manager)} "
            "orienteret, adgangskode til extranet skiftet.",
        ]
    elif scenario == 1:
        holder, booker = x.person("guest"), x.guest()
        events = [
            f"{x.name(holder)} (kortholder) ringer fra {x.phone()}: ser en betaling på "
            f"{kroner(r, 1200, 9800)} til os, som kortholderen ikke kender. Kort "
            f"{masked_card(r)}.",
            f"Bookingen ({res_no(r)}) er lavet i navnet {x.name(booker, 'INV')} via "
            f"{platform}, {room(r)}, {invoice(r)}.",
            f'Den "gæst", der tjekkede ind, oplyste tlf. {x.phone()} og mail {x.email(booker)}.',
            f"Chargeback-sag CB-26-{r.randrange(1000, 9999)} oprettet. Kortholderens mail: "
            f"{x.email(holder)}. {x.name(holder, 'gen')} bank er {r.choice(BANKS)}.",
            f"{x.name(manager, 'first')} har sendt kopi af check-in og video til indløseren.",
        ]
    elif scenario == 2:
        alias = x.person("alias", "foreign")
        events = [
            f'Mail fra "{x.name(alias)}" ({x.email(alias)}) om gruppebooking af '
            f"{r.randrange(8, 25)} værelser, {pnr(r)}. Betalt med kort {x.card()}, "
            f"udløb {x.expiry()}.",
            f"Der er betalt {foreign_amount(r)} for meget. Afsender beder os føre "
            f"overskydende beløb tilbage til {x.iban()}.",
            f"Afsender ringer fra {x.phone(foreign=True)}, meget insisterende.",
            f"{x.name(staff, 'first')} har IKKE udbetalt noget. Sagen sendt til "
            f"{x.name(manager)} ({x.org_mail(hotel, 'drift')}).",
            f"Kortet tilhører ifølge indløseren {x.name(x.person('guest'))}, bosat "
            f"{x.address('line')}.",
        ]
    else:
        witness = x.person("witness")
        events = [
            f"{x.name(guest)} ({room(r)}, {guest_id(r)}) melder sin pung stjålet i "
            "lobbyen. Heri kort " + x.card() + f", udløb {x.expiry()}.",
            f"Vidne: {x.name(witness)}, tlf. {x.phone()}, så en mand gå ud mod parkeringen.",
            f"Politiet kontaktet på 114, anmeldelse nr. {journal(r)}.",
            f"{x.name(guest, 'gen')} mobil: {x.phone()}. Mail {x.email(guest)}.",
            f"Nattevagt {x.name(manager, 'first')} gennemser video fra kl. {clock(r)}.",
        ]
    if r.random() < 0.6:
        events.append(f"Gæstens bil {x.plate()} står i P-kælderen, plads {r.randrange(1, 80)}.")
    if r.random() < 0.45:
        events.append(f"Gæsten havde først parkeret ved {street_only(r)}.")
    if r.random() < 0.4:
        events.append(
            f"Gæsten tilbudt {voucher(r)} på {kroner(r, 300, 1500)}; ankomst "
            f"{day:%d.%m.%Y}, afrejse {day + timedelta(days=r.randrange(1, 6)):%d.%m.%Y}."
        )
    events.append(f"Overdraget til {x.name(x.person('staff'), r.choice(('first', 'full')))}.")
    times = sorted(clock(r) for _ in events)
    body = [f"kl. {t}  {e}" for t, e in zip(times, events, strict=True)]
    return "\n".join(head + body)


def guest_mail_thread(x: Ctx) -> str:
    """A guest's mail thread with the hotel, or a venue's about a group booking paid twice."""
    r = x.rng
    if r.random() < 0.3:
        return venue_thread(x)
    hotel = r.choice(HOTELS)
    platform = r.choice(PLATFORMS)
    guest, staff = x.guest(), x.person("staff")
    english = guest.given in FOREIGN_GIVEN
    spouse = "Min mand" if guest.given in WOMEN else "Min kone"
    book = booking_no(r)
    day = incident_day(r)
    sent = f"{day:%Y-%m-%d} {clock(r, ':')}"
    top = [
        f"Fra: {x.name(guest)} <{x.email(guest)}>",
        f"Til: {x.org_mail(hotel, 'reception')}",
        f"Dato: {sent}",
        f"Emne: SV: {'Payment link' if english else 'Betalingslink'} – booking {book}",
        "",
    ]
    if english:
        top += [
            f"Dear {x.name(staff, 'first')},",
            "",
            f"Thank you. Yesterday I got a message in the {platform} chat, apparently from "
            f"your hotel, asking me to pay a deposit of {foreign_amount(r)} through a link. I "
            f"entered my card {x.card()}, expiry {x.expiry()}, {x.cvv()}.",
            f"Then my bank sent a code, {x.otp()}, which I also typed in. The card is now blocked.",
            f"Please refund the deposit to my account {x.iban()} and confirm that {room(r)} "
            f"is still ours. You can reach me on {x.phone(foreign=r.random() < 0.6)}.",
            "",
            "Kind regards",
            x.name(guest, r.choice(("full", "UPPER"))),
        ]
    else:
        top += [
            f"Hej {x.name(staff, 'first')}",
            "",
            f"Tak for svaret. I går fik jeg en besked i chatten på {platform}, angiveligt fra "
            f"jer, om at betale depositum på {kroner(r, 800, 6000)} via et link. Jeg tastede "
            f"mit kort {x.card()}, udløb {x.expiry()} og {x.cvv()}.",
            f"Bagefter kom der en sms med koden {x.otp()}, som jeg også tastede ind. "
            f"{r.choice(BANKS)} har spærret kortet.",
            f"Refusion bedes sendt til {x.account()}. {spouse} og jeg kommer stadig "
            f"{day + timedelta(days=r.randrange(3, 40)):%d.%m.%Y}, {room(r)}.",
            f"Ring gerne på {x.phone()}.",
            "",
            "Venlig hilsen",
            x.name(guest),
            x.address("block"),
        ]
    quoted = [
        "",
        f"> Fra: {x.name(staff)} <{x.org_mail(hotel, ascii_fold(staff.given))}>",
        f"> Sendt: {day - timedelta(days=1):%Y-%m-%d} {clock(r, ':')}",
        f"> {'Dear' if english else 'Kære'} {x.name(guest, r.choice(('first', 'first', 'full')))}",
        "> "
        + (
            "We never ask for payment through the chat. Our inbox at the platform has been "
            f"misused; please call your bank. Booking {book} is unchanged."
            if english
            else "Vi beder aldrig om betaling via chatten. Vores indbakke hos platformen er "
            f"blevet misbrugt; kontakt din bank. Booking {book} er uændret."
        ),
        f"> {x.name(staff)}, reception, {hotel}, tlf. {x.org_line()}",
    ]
    return "\n".join(top + quoted)


def venue_thread(x: Ctx) -> str:
    """An event venue forwards a fake group booking with an overpayment to its accountant."""
    r = x.rng
    venue = r.choice(VENUES)
    manager, accountant = x.person("staff"), x.person("staff")
    alias, holder = x.person("alias", "foreign"), x.person("guest")
    day = incident_day(r)
    return "\n".join(
        [
            f"Fra: {x.name(manager)} <{x.org_mail(venue, ascii_fold(manager.given))}>",
            f"Til: {x.name(accountant)} <{x.email(accountant)}>",
            f"Dato: {day:%Y-%m-%d} {clock(r, ':')}",
            f"Emne: VS: Gruppebooking {res_no(r)} – overbetaling",
            "",
            f"Hej {x.name(accountant, 'first')}",
            "",
            f"Se nedenfor. Der er kommet {foreign_amount(r)} ind på kortet {x.card()} "
            f"({x.expiry()}), {r.randrange(2, 5)} gange så meget som depositummet. Indløseren "
            f"siger, kortet tilhører {x.name(holder)}, som har ringet fra {x.phone()}.",
            f"Vi udbetaler intet, før {x.name(accountant, 'first')} har set på det. "
            f"Se {invoice(r)}.",
            "",
            f"{x.name(manager, 'first')}",
            f"{venue} · {cvr(r)} · {x.org_line()}",
            "",
            "---------- Videresendt ----------",
            f"From: {x.name(alias)} <{x.email(alias)}>",
            "Subject: Company dinner for 60 guests",
            "",
            f"Sorry, our assistant paid too much. Please return the difference to "
            f"{x.iban()} today, or call me on {x.phone(foreign=True)}.",
            f"Best regards, {x.name(alias, r.choice(('full', 'initial', 'family')))}",
        ]
    )


def partner_chat(x: Ctx) -> str:
    """A booking platform's partner-support chat with a hotel whose inbox was taken over."""
    r = x.rng
    platform = r.choice(PLATFORMS)
    hotel = r.choice(HOTELS)
    agent, staff = x.person("agent"), x.person("staff")
    guests = [x.guest() for _ in range(r.randrange(2, 4))]
    hour, minute = r.randrange(7, 22), r.randrange(50)

    def at() -> str:
        nonlocal minute
        minute += r.randrange(0, 3)
        return f"[{(hour + minute // 60) % 24:02d}:{minute % 60:02d}]"

    a = x.name(agent, r.choice(("first", "full")))
    s = x.name(staff, r.choice(("full", "first", "lower")))
    lines = [
        f"Partner-support · {platform} · {hotel} · ejendoms-ID {r.randrange(100000, 999999)}",
        f"{at()} {a}: Hej og velkommen til partnersupport. Hvad kan jeg hjælpe med?",
        f"{at()} {s}: hej, flere gæster har fået betalingslinks fra vores indbakke. vi har ikke "
        "sendt dem",
        f"{at()} {a}: Det lyder som en overtaget konto. Hvilken login-mail bruger I?",
        f"{at()} {s}: {x.email(staff) if r.random() < 0.5 else x.org_mail(hotel, 'revenue')}",
        f"{at()} {a}: Tak. Jeg sender en engangskode til nummeret på kontoen. Læs den op, tak.",
        f"{at()} {s}: {x.otp()}",
        f"{at()} {a}: Bekræftet. Hvilke gæster drejer det sig om?",
    ]
    for g in guests:
        how = r.choice(("lowerfull", "lower", "full", "inv"))
        lines.append(
            f"{at()} {s}: {x.name(g, how)}, booking {booking_no(r)}, har betalt {foreign_amount(r)}"
        )
    first = guests[0]
    lines += [
        f"{at()} {a}: Har I kontaktinfo på {x.name(first, 'gen')} ophold?",
        f"{at()} {s}: {x.phone()} og {x.email(first)}",
        f"{at()} {a}: Vi spærrer beskeder fra jeres konto. Skift adgangskode og slå "
        "totrinsbekræftelse til.",
    ]
    if r.random() < 0.5:
        lines.append(
            f"{at()} {s}: {x.name(guests[-1], 'lower')} har også givet kortnummer {x.card()} "
            f"og {x.cvv()} på den falske side"
        )
    if r.random() < 0.5:
        lines.append(
            f"{at()} {a}: Noteret. Gæsten kan ringe til vores kundeservice på {x.org_line()}."
        )
    lines += [
        f"{at()} {s}: tak {x.name(agent, 'lower')}",
        f"{at()} {a}: Selv tak. Sagsnummer {r.randrange(10, 99)}-{r.randrange(100000, 999999)}.",
    ]
    return "\n".join(lines)


def bank_fraud_notes(x: Ctx) -> str:
    """A restaurant owner's notes before calling the bank's fraud line."""
    r = x.rng
    place = r.choice(RESTAURANTS + HOTELS[:2])
    bank = r.choice(BANKS)
    owner = x.person("customer", r.choice(("dane", "dane", "rooted")))
    alias, adviser = x.person("alias", "dane"), x.person("agent")
    keeper = x.person("staff")
    born = birth_date(r, 1948, 1998)
    day = incident_day(r)
    lines = [
        f"Noter til opkald med {bank}s svindelafdeling ({x.org_line()}), {day:%d.%m.%y}",
        f"{place} · {cvr(r)}",
        f"Indehaver: {x.name(owner, r.choice(('full', 'inv')))}, CPR {x.cpr(born)}",
        f"Min mobil {x.phone()} · mail {x.email(owner)}",
        "",
        "Hvad skete der:",
        f'- Kl. {clock(r)} ringede "{x.name(alias, r.choice(("first", "full")))} fra {bank}" '
        f"fra et nummer, der lignede bankens ({x.org_line()}).",
        f"- Personen sagde, at vores {r.choice(SYSTEMS)}-konto var hacket og kunderne fik "
        f"falske bekræftelser (en af dem på bord {r.randrange(1, 40)} kl. {clock(r)}).",
        f"- Jeg oplyste mit MitID-bruger-ID {x.mitid(owner, born)} og læste koden {x.otp()} op.",
        f"- Bagefter var der overført {kroner(r, 18000, 240000)} fra erhvervskontoen "
        f"{x.account()} til {x.iban()}.",
    ]
    if r.random() < 0.7:
        lines.append(
            f"- Firmakortet {x.card()} (udløb {x.expiry()}, {x.cvv()}) er brugt til "
            f"{foreign_amount(r)} hos et hotel i udlandet."
        )
    if r.random() < 0.5:
        lines.append(
            f"- {'Min mand' if owner.given in WOMEN else 'Min kone'} har fået opkald på "
            f"{x.phone()} fra samme nummer, {order_no(r)} blev nævnt."
        )
    lines += [
        "",
        f"Kontakt i banken: {x.name(adviser)}, direkte {x.phone()}, {x.email(adviser)}",
        f"Bogholder: {x.name(keeper, 'inv')}, {x.email(keeper)}",
    ]
    if r.random() < 0.5:
        lines.append(f"Fødselsdato: {x.dob(born)} (hvis de spørger)")
    return "\n".join(lines)


def police_report(x: Ctx) -> str:
    """A police report of booking fraud with the complainant, witnesses and a car."""
    r = x.rng
    district = r.choice(
        (
            "Københavns",
            "Østjyllands",
            "Nordjyllands",
            "Fyns",
            "Sydøstjyllands",
            "Midt- og Vestjyllands",
        )
    )
    place = r.choice(HOTELS + RESTAURANTS + VENUES)
    complainant = x.person("guest", r.choice(("dane", "dane", "rooted")))
    born = birth_date(r, 1945, 2000)
    officer = x.person("officer", "dane")
    day = incident_day(r)
    crime = r.choice(
        (
            "falsk gruppebooking med overbetaling",
            "betaling med stjålne kort ved check-in",
            "phishing af gæster via overtaget bookingindbakke",
            "bordreservationer brugt til at lokke kortdata ud",
        )
    )
    lines = [
        f"POLITIANMELDELSE · {district} Politi",
        f"Journalnr. {journal(r)}",
        f"Anmeldt: {day:%Y-%m-%d} {clock(r, ':')}  Forhold: bedrageri, {crime}",
        "",
        "ANMELDER",
        f"Navn: {x.name(complainant, 'INV')}",
        f"CPR-nr.: {x.cpr(born)}",
        f"Adresse: {x.address('line')}",
        f"Telefon: {x.phone()}   E-mail: {x.email(complainant)}",
        f"Rolle: driftsansvarlig, {place}",
        "",
        "FORKLARING",
        f"Anmelder forklarede, at en person, der kaldte sig {x.name(x.person('alias'))}, "
        f"bestilte {r.choice(('et selskab', 'værelser', 'borde'))} til "
        f"{day + timedelta(days=r.randrange(5, 40)):%d.%m.%Y} ({res_no(r)}) og betalte "
        f"{kroner(r, 9000, 90000)} for meget. Pengene skulle sendes til {x.iban()}.",
        f"En bil med nummerpladen {x.plate()} holdt ved {street_only(r)}. Føreren betalte "
        f"med kortet {masked_card(r)}.",
    ]
    if r.random() < 0.5:
        lines.append(f"Samme bil er set igen, nu med pladen {x.plate()}.")
    lines += ["", "VIDNER"]
    for n in range(1, r.randrange(2, 4)):
        w = x.person("witness")
        wborn = birth_date(r, 1940, 2005)
        lines += [
            f"Vidne {n}: {x.any_name(w)}, født {x.dob(wborn)}",
            x.address("block"),
            f"Tlf. {x.phone()}",
            "",
        ]
    lines.append(
        f"Modtaget af politiassistent {x.initial(officer)} "
        f"(ID {r.randrange(1000, 9999)}). Anmelder f. {x.dob(born)}."
    )
    return "\n".join(lines)


def holiday_home_case(x: Ctx) -> str:
    """A holiday-home agency's case file on a fake listing of a house it rents out."""
    r = x.rng
    agency = r.choice(AGENCIES)
    platform = r.choice(PLATFORMS)
    owner = x.person("owner", r.choice(("dane", "dane", "rooted")))
    oborn = birth_date(r, 1940, 1990)
    alias = x.person("alias", "foreign")
    clerk = x.person("staff")
    day = incident_day(r)
    lines = [
        f"SAGSMAPPE · {agency} · sag HH-26-{r.randrange(1000):04d}",
        f"Emne: Falsk annonce på {platform} for huset {x.holiday_address()}",
        f"Sagsbehandler: {x.initial(clerk)}",
        "",
        "Ejer",
        x.name(owner),
        x.address("block"),
        f"Tlf. {x.phone()} · {x.email(owner)} · CPR {x.cpr(oborn)}",
        f"Udbetalingskonto: {x.account()}",
        "",
        "Annoncen",
        f'Billeder kopieret fra vores hjemmeside. "Udlejer" {x.name(alias)} svarer fra '
        f"{x.phone(foreign=True)} og {x.email(alias)} og beder om betaling til {x.iban()}.",
        "",
        "Lejere, der har henvendt sig",
    ]
    for n in range(1, r.randrange(3, 5)):
        renter = x.person("renter", r.choice(("dane", "foreign", "rooted")))
        rborn = birth_date(r, 1950, 2004)
        how = r.choice(("full", "inv", "INV"))
        paid = foreign_amount(r) if r.random() < 0.6 else kroner(r, 3000, 16000)
        lines.append(
            f"{n}. {x.name(renter, how)} (f. {x.dob(rborn)}), {x.phone()}, {x.email(renter)}: "
            f"betalt {paid}, {r.choice(('uge 28', 'uge 29', 'uge 30', 'uge 42', 'uge 7'))}."
        )
        if r.random() < 0.4:
            lines.append(f"   Ankom {day:%d.%m.%Y} i bil {x.plate()} og fandt huset beboet.")
        if r.random() < 0.3:
            lines.append(f"   Bor {x.address('line')}; har betalt med kort {masked_card(r)}.")
    lines += [
        "",
        f"Notat {day:%d.%m.%y}: {x.name(clerk, 'first')} har talt med ejeren. Lejerne "
        f"ventede ved {street_only(r)}. Annoncen anmeldt til {platform}; politiet på 114.",
        f"{x.name(owner, 'gen')} hus er spærret for nye bookinger indtil videre.",
    ]
    return "\n".join(lines)


def payroll_thread(x: Ctx) -> str:
    """A payroll mail thread: a waiter's salary paid to an account a fraudster gave."""
    r = x.rng
    place = r.choice(HOTELS + RESTAURANTS)
    provider = r.choice(PAYROLL)
    employee = x.person("staff")
    born = birth_date(r, 1960, 2005)
    admin, boss = x.person("staff"), x.person("staff")
    day = incident_day(r)
    staff_no = f"lønnr. {r.randrange(1000, 9999)}"
    lookalike = f"{ascii_fold(employee.given)}.loen{r.randrange(10, 99)}"
    first_mail = [
        f"Fra: {x.name(employee)} <{x.email(local=lookalike, domain='example.net')}>",
        f"Til: {x.org_mail(place, 'loen')}",
        f"Dato: {day - timedelta(days=9):%Y-%m-%d} {clock(r, ':')}",
        "Emne: Ny lønkonto",
        "",
        f"Hej. Jeg har skiftet bank. Vil I bruge {x.account()} fra næste lønkørsel?",
        f"Mvh {x.name(employee, 'first')}",
    ]
    reply = [
        f"Fra: {x.name(admin)} <{x.org_mail(place, ascii_fold(admin.given))}>",
        f"Til: {x.name(boss)} <{x.org_mail(place, 'direktion')}>",
        f"Cc: {x.email(local='support', domain='loenhuset.example.dk')}",
        f"Dato: {day:%Y-%m-%d} {clock(r, ':')}",
        f"Emne: SV: Ny lønkonto – {staff_no}",
        "",
        f"Hej {x.name(boss, 'first')}",
        "",
        f"{x.name(employee, 'gen')} løn på {kroner(r, 14000, 38000)} gik i går til den nye "
        f"konto. {x.name(employee, 'first')} ringede i dag fra {x.phone()} og har aldrig "
        f"sendt mailen. Den rigtige mail er {x.email(employee)}.",
        f"Den rigtige konto er {x.account()}. CPR til {provider}: {x.cpr(born)}.",
    ]
    if r.random() < 0.7:
        reply.append(
            f'Medarbejderen fik en sms om en "ny lønseddel i e-Boks" og tastede '
            f"MitID-bruger-ID {x.mitid(employee, born)} og koden {x.otp()} på en falsk side."
        )
    if r.random() < 0.5:
        reply.append(
            f"Adresse på lønsedlen: {x.address(r.choice(('line', 'street')))}. Intet er ændret der."
        )
    reply += [
        f"Jeg har spærret ændringer i {provider} og ringet til {r.choice(BANKS)} ({x.org_line()}).",
        "",
        f"Mvh {x.name(admin, r.choice(('full', 'first')))}",
        f"Løn & personale, {place}, {cvr(r)}",
    ]
    if r.random() < 0.4:
        reply.append(f"Fødselsdato: {x.dob(born)} (fra personalemappen)")
    return "\n".join([*reply, "", "-----Oprindelig meddelelse-----", *first_mail])


def reservation_export(x: Ctx) -> str:
    """Rows of a reservation system's export that leaked, as pasted into the case."""
    r = x.rng
    if r.random() < 0.5:
        place, system = r.choice(RESTAURANTS), r.choice(("DinnerBooking", "Bordplan360"))
        header = "res_id;dato;kl;pers;bord;navn;telefon;email;note"
    else:
        place, system = r.choice(HOTELS), r.choice(("Mews", "Opera PMS", "SiteMinder"))
        header = "gæste_id;ankomst;afrejse;værelse;navn;telefon;email;note"
    restaurant = header.startswith("res_id")
    staff = x.person("staff")
    day = incident_day(r)
    lines = [
        f"# Eksport fra {system} · {place} · genereret {day:%Y-%m-%d} {clock(r, ':')}",
        f"# Fundet på et forum; lagt i sagen af {x.name(staff)} ({x.email(staff)})",
        header,
    ]
    for _ in range(r.randrange(4, 8)):
        g = x.person("row", r.choice(("dane", "dane", "rooted", "foreign")))
        name = x.name(g, r.choice(("full", "inv", "INV", "UPPER")))
        note = ""
        roll = r.random()
        if roll < 0.25:
            note = f"fødselsdag, f. {x.dob(birth_date(r, 1940, 2005))}"
        elif roll < 0.33:
            note = f"Fødselsdato: {x.dob(birth_date(r, 1940, 2005))}"
        elif roll < 0.55:
            note = f"depositum kort {x.card()} {x.expiry()} {x.cvv()}"
        elif roll < 0.65:
            note = f"gavekort {voucher(r)} sendes til {x.address('line')}"
        elif roll < 0.75:
            note = f"{pnr(r)}, fly lander kl. {clock(r)}"
        when = day + timedelta(days=r.randrange(1, 60))
        if restaurant:
            lead = (
                f"{res_no(r)};{when:%d.%m.%Y};{r.randrange(11, 22)}:{r.choice(QUARTERS)};"
                f"{r.randrange(2, 13)};"
                f"{r.randrange(1, 40)}"
            )
        else:
            lead = (
                f"{r.randrange(100000, 1000000)};{when:%d.%m.%Y};"
                f"{when + timedelta(days=r.randrange(1, 8)):%d.%m.%Y};{r.randrange(101, 530)}"
            )
        lines.append(f"{lead};{name};{x.phone()};{x.email(g)};{note}")
    lines.append(
        f"# {r.randrange(200, 4000)} rækker i alt; ring til {system} support på {x.org_line()}"
    )
    return "\n".join(lines)


GENRE_WRITERS: dict[str, Callable[[Ctx], str]] = {
    "frontdesk_log": frontdesk_log,
    "guest_mail_thread": guest_mail_thread,
    "partner_chat": partner_chat,
    "bank_fraud_notes": bank_fraud_notes,
    "police_report": police_report,
    "holiday_home_case": holiday_home_case,
    "payroll_thread": payroll_thread,
    "reservation_export": reservation_export,
}


def plan(seed: int, size: int) -> list[tuple[str, str]]:
    """Each document's (genre, kind): negatives in proportion, genres in turn, then shuffled."""
    negatives = round(size * NEGATIVES / SIZE)
    rows = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rows += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    random.Random(f"pii_blind42:{seed}:plan").shuffle(rows)
    return rows


def document(seed: int, i: int, genre: str, kind: str) -> dict:
    ctx = Ctx(random.Random(f"pii_blind42:{seed}:{i}"), kind == "negative")
    text, spans = finish(GENRE_WRITERS[genre](ctx))
    return {"id": f"blind42-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}


def generate(seed: int = 42, size: int = SIZE) -> list[dict]:
    return [document(seed, i, g, k) for i, (g, k) in enumerate(plan(seed, size))]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
