"""A sixty-ninth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ordinary fortnight
at A WEBSHOP'S AND A PAYMENT PROVIDER'S CHARGEBACK AND DISPUTE TEAM in the weeks after Black
Friday (card disputes, refund fraud, account takeovers of shoppers, parcel-redirect fraud,
merchant correspondence), in nine genres: a cardholder's dispute form sent to the payment
provider (name, birth date, CPR, address block, phone, e-mail, card and expiry, the IBAN or
account for the refund), an analyst's dated case notes on a shopper's account takeover (the
changed e-mail and phone, the MitID user ID and the code given to the fraudster), an e-mail
thread (Fra:/Til:/Cc:/Emne:) between the dispute team and a merchant, call notes from the
provider's hotline (a fake "Jonas fra kortafdelingen", a CVV read out, a code), a webshop's
support chat ("[10:02] Name: ..." lines, some names typed in lower case), a semicolon export of
open disputes, a letter to a cardholder (address block on two lines), an investigator's summary
of a parcel-redirect ring (pick-up addresses, number plates, mule accounts and foreign IBANs)
and a carrier's redirect log of changed delivery addresses. The names are those of Danes of all
ages, Danes with roots elsewhere ("Zainab Abdi", "Nguyen Thi Lan"), double surnames
("Kragh-Vestergaard") and the teams' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kortholder", "sagsbehandler"); "Holm,
  Agnete" and "AGNETE HOLM" are one span each; a genitive s belongs to it ("Agnetes"); a
  lower-case name typed in a chat ("jytte") is PERSON. A scammer's alias ("Jonas fra
  kortafdelingen") labels only the name. Organisations, webshops, carriers, products,
  placeholders ("[NAVN]", "Kunde A", "Kortholder 2") and family words ("min mand") are never
  PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Lærkebakken.") is not an
  address; an organisation's own postal address never occurs.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date,
  four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født ", "f. " or "Fødselsdato: "; no other date or clock time is labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (never 70 or 80),
  written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code
  inside the span, and foreign numbers from fiction ranges only, "+44 7700 900xxx" and
  "+46 70 174 06 xx" (xx 05-99). Organisations' 70/80 lines are never PHONE.
- EMAIL: every e-mail address (example.dk/com/net), each occurrence, staff's too.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; where the reg.nr. has its
  own word ("reg.nr. 1234, kontonr. 0012345678") only the account is the span. IBAN: valid check
  digits and the country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid
  with a published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY"
  or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "CVC", "cvc" or "kontrolcifre"; OTP a one-time
  code (6 or 8 digits) sent, asked for or given; MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("CX 44 218" or "CX44218").
- Hard negatives, never labelled: claim, order, ticket and dispute numbers ("CB-26-04417",
  "ORD-4471902", "TCK-118204"), tracking numbers ("CP482917735DK"), IMEI-like numbers
  ("IMEI 35-209900-176148-1"), acquirer references ("ARN 7498 7651 2345 6789 0123 456"),
  amounts ("1.249,95 kr."), dates and clock times ("03.12.26", "kl. 09.14", "[10:22]",
  "2026-12-03"), CVR numbers ("CVR-nr. 31245578"), masked values ("040652-xxxx",
  "+45 ** ** ** 31", "k***@example.com", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 lines, webshops, carriers, banks and products.
  Documents of kind "negative" are the same genres after pseudonymisation: only such values,
  stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]") and
  pseudonyms ("Kunde A", "Kortholder 2") remain. No run of ten or more digits occurs outside a
  labelled identifier, and no loose 8-digit number in a negative starts with other than 70/80.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind68 [OUT.jsonl]`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind68"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind68.jsonl"

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
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
TEST_PREFIXES = ("411111", "401288", "424242", "400005", "555555", "510510", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "NL": 18, "LT": 20, "GB": 22, "FI": 18,
               "PL": 28, "ES": 24, "IE": 22}  # fmt: skip

FIRST_F = ("Agnete", "Birthe", "Bodil", "Conny", "Dorte", "Ellen", "Frida", "Gudrun", "Hanne",
           "Ida", "Jytte", "Karen", "Lise", "Malou", "Nanna", "Oline", "Pernille", "Rikke",
           "Signe", "Tove", "Ulla", "Vibeke", "Yasmin", "Zainab", "Aya", "Leyla", "Mette",
           "Astrid", "Freja", "Liva", "Emma", "Clara", "Asta", "Alma", "Josefine",
           "Anne-Mette", "Marie-Louise", "Camilla", "Bente", "Helle", "Sanne", "Nadia",
           "Fatima", "Hiba", "Amalie", "Maja", "Ingrid", "Yrsa", "Kirsten", "Lone", "Trine",
           "Gitte", "Agnieszka", "Mai", "Dagmar")  # fmt: skip
FIRST_M = ("Aksel", "Bent", "Carsten", "Dennis", "Erik", "Finn", "Gunnar", "Henning", "Ib",
           "Jesper", "Kasper", "Leif", "Mogens", "Ole", "Palle", "Rasmus", "Steen", "Torben",
           "Uffe", "Villads", "Bjarke", "Magnus", "Storm", "Malthe", "Noah", "Oskar", "Hassan",
           "Omar", "Ahmad", "Emre", "Tariq", "Piotr", "Andrzej", "Hans-Henrik", "Jens-Ole",
           "Morten", "Frederik", "Kristian", "Mikkel", "Lasse", "Søren", "Tobias", "Villum",
           "Arne", "Kaj", "Poul", "Bilal", "Minh", "Elias", "Viggo")  # fmt: skip
MIDDLE = ("Marie", "Sofie", "Louise", "Emil", "Kristian", "Juul", "Bach", "Kamp", "Dam",
          "Krogh", "Lind", "Thi", "Van")  # fmt: skip
# The names tests/test_pii_blind_sets.py reads the given names by.
WOMEN, MEN = FIRST_F, FIRST_M
SURNAMES = ("Holm", "Kjærsgaard", "Vestergaard", "Bech", "Lund", "Frandsen", "Dalsgaard",
            "Bisgaard", "Kragh", "Skov", "Munk", "Damgaard", "Juhl", "Brix", "Thygesen",
            "Lauridsen", "Nørgaard", "Bak", "Krog", "Ravn", "Hvid", "Winther", "Mikkelsen",
            "Christoffersen", "Overgaard", "Søndergaard", "Fisker", "Kirkegaard", "Hedegaard",
            "Toft", "Bundgaard", "Yilmaz", "Hussein", "Abdi", "Kowalski", "Nowak", "Nguyen",
            "Tran", "Rahimi", "Haddad", "Iversen", "Eskildsen", "Jeppesen", "Gram", "Bruun",
            "Storgaard", "Mølgaard", "Demir", "Ali", "Pedersen", "Kjeldsen", "Husum")  # fmt: skip
DOUBLE = (
    "Kragh-Vestergaard",
    "Holm-Nielsen",
    "Bech-Andersen",
    "Munk-Hansen",
    "Skov-Larsen",
    "Juhl-Madsen",
    "Winther-Bisgaard",
    "Toft-Rahimi",
    "Lund-Yilmaz",
    "Ravn-Kjeldsen",
)
SCAMMER_ALIASES = ("Jonas", "Mathias", "Sara", "Lukas", "Julie", "Daniel", "Line", "Peter")
SCAMMER_ROLES = ("fra kortafdelingen", "fra svindelafdelingen", "fra Paynordic",
                 "fra kundeservice", "fra bankens sikkerhedsteam", "fra fragtfirmaet")  # fmt: skip
STREETS = ("Lærkebakken", "Skovbrynet", "Kløvervænget", "Hybenhaven", "Møllestien",
           "Engblommevej", "Tranebærvej", "Rugmarken", "Fasangården", "Strandlysten",
           "Kirsebærhaven", "Bøgeskovvej", "Østre Ringgade", "Nørre Fælledvej", "Havnegade",
           "Vestervang", "Solsortevej", "Præstemarken", "Gammel Skolevej", "Hyldebærvej",
           "Kastanjealle", "Ravnsborg Tværgade", "Sankt Jørgens Vej", "Tjørnevej",
           "Egebjergvej", "Agerhønevej", "Lupinvej", "Bakkedraget", "Dyssegårdsvej",
           "Fjordudsigten", "Grønnegade", "Ibsvej", "Kongsvang", "Liljevej", "Markvej",
           "Nøddehegnet", "Pilegårdsvej", "Rosenhaven", "Svalegangen", "Valmuevej")  # fmt: skip
TOWNS = (
    ("8000", "Aarhus C"),
    ("2200", "København N"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("6700", "Esbjerg"),
    ("7100", "Vejle"),
    ("4000", "Roskilde"),
    ("8600", "Silkeborg"),
    ("3400", "Hillerød"),
    ("4700", "Næstved"),
    ("6000", "Kolding"),
    ("8700", "Horsens"),
    ("7400", "Herning"),
    ("2800", "Kongens Lyngby"),
    ("2620", "Albertslund"),
    ("4600", "Køge"),
    ("9800", "Hjørring"),
    ("6400", "Sønderborg"),
    ("8900", "Randers C"),
    ("3000", "Helsingør"),
    ("2450", "København SV"),
    ("5700", "Svendborg"),
    ("7500", "Holstebro"),
    ("4200", "Slagelse"),
    ("8800", "Viborg"),
    ("6100", "Haderslev"),
    ("3700", "Rønne"),
    ("4800", "Nykøbing F"),
    ("1820", "Frederiksberg C"),
    ("2300", "København S"),
)
COMPANIES = ("Nordlys Shop ApS", "Kurvfuld", "Dækdirekte ApS", "Paynordic A/S", "Klikbetal",
             "Hyldevare Online", "Pakkeløb ApS", "Fragtkompagniet", "Gavebjerget",
             "Elektrohuset Online", "Sneglepost")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Lunar", "Arbejdernes Landsbank",
         "Spar Nord")  # fmt: skip
PRODUCTS = ("AirPods Pro", "PlayStation 5", "Dyson V15", "iPhone 16", "Nintendo Switch",
            "Apple Watch", "Sonos Era 100", "Lego Technic", "Samsung Galaxy S25")  # fmt: skip
ORG_LINES = ("70 20 31 45", "70 15 60 60", "80 81 82 83", "80 30 40 77", "70 27 27 10")
PSEUDONYMS = ("Kunde A", "Kunde B", "Kortholder 1", "Kortholder 2", "Sælger A", "Modtager X",
              "Medarbejder C")  # fmt: skip
STAFF_MAIL = ("tvister@example.dk", "chargeback@example.com", "risk@example.net",
              "kundeservice@example.dk", "merchant.support@example.com")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
GENRES = ("indsigelse", "sagsnotat", "mailtraad", "opkald", "chat", "eksport", "brev",
          "efterforskning", "omdirigering")  # fmt: skip
FORTNIGHT = date(2026, 11, 30)


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ö": "o", "ü": "u"})
    return "".join(c for c in text.lower().translate(table) if c.isalnum())


def _mod11_sum(digits: str) -> int:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, country: str) -> str:
    length = IBAN_LENGTH[country]
    letters = 4 if country in ("GB", "IE") else 0
    bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(letters))
    bban += "".join(rng.choice("0123456789") for _ in range(length - 4 - letters))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


@dataclass
class Person:
    first: str
    last: str
    middle: str
    birth: date
    cpr: str
    phone: str
    mail: str
    street: str
    number: str
    floor: str
    postcode: str
    town: str
    mitid: str


def _person(rng: random.Random) -> Person:
    first = rng.choice(FIRST_F + FIRST_M)
    last = rng.choice(DOUBLE) if rng.random() < 0.18 else rng.choice(SURNAMES)
    own = MIDDLE[:3] if first in FIRST_F else MIDDLE[3:5]
    middle = rng.choice(own + MIDDLE[5:11]) if rng.random() < 0.3 else ""
    if last in ("Nguyen", "Tran") and rng.random() < 0.6:
        middle = rng.choice(("Thi", "Van"))
    birth = date(1936, 1, 1) + timedelta(days=rng.randrange(0, 25000))
    seventh = rng.choice("0123") if birth.year < 2000 else "4"
    base = birth.strftime("%d%m%y") + seventh + f"{rng.randrange(100):02d}"
    last_digit = rng.choice([d for d in "0123456789" if _mod11_sum(base + d) != 0])
    lead = rng.choice(MOBILE) if rng.random() < 0.8 else rng.choice(LANDLINE)
    phone = lead + f"{rng.randrange(10**6):06d}"
    local = rng.choice(
        (
            f"{_ascii(first)}.{_ascii(last)}",
            f"{_ascii(first)}{birth.year % 100:02d}",
            f"{_ascii(first)[0]}{_ascii(last)}",
            f"{_ascii(last)}.{_ascii(first)[:3]}",
        )
    )
    mail = f"{local}@{rng.choice(('example.dk', 'example.com', 'example.net', 'post.example.dk'))}"
    mitid = rng.choice((_ascii(first) + f"{birth.year % 100:02d}", _ascii(last) + str(birth.year)))
    if birth.year >= 2000 and not mitid[-2:].isdigit():
        mitid = _ascii(first) + str(birth.year)
    number = str(rng.randint(1, 140)) + (rng.choice("ABCD") if rng.random() < 0.2 else "")
    floor = rng.choice(("", "", "", "st. th.", "st. tv.", "1. th.", "2. tv.", "3. mf.", "4. th."))
    postcode, town = rng.choice(TOWNS)
    return Person(first, last, middle, birth, base + last_digit, phone, mail,
                  rng.choice(STREETS), number, floor, postcode, town, mitid)  # fmt: skip


class Doc:
    """Text with spans; in a negative document each value is replaced by its stand-in."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.pseudo: dict[int, str] = {}
        self.cast: list[Person] = []  # kept alive, so that no two share an id()
        self.pool = list(PSEUDONYMS)
        rng.shuffle(self.pool)

    def t(self, *texts: str) -> Doc:
        for text in texts:
            text = text.replace("kr..", "kr.")
            if text.startswith(".") and self.parts and self.parts[-1].endswith("."):
                text = text[1:]  # one full stop after "kr." or "3. tv."
            self.parts.append(text)
            self.length += len(text)
        return self

    def v(self, kind: str, value: str, stand: str) -> Doc:
        if self.negative:
            return self.t(stand)
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        return self.t(value)

    def pseudonym(self, p: Person) -> str:
        key = id(p)
        if key not in self.pseudo:
            self.cast.append(p)
            self.pseudo[key] = self.pool[len(self.pseudo) % len(self.pool)]
        return self.pseudo[key]

    # -- the values --------------------------------------------------------------------------
    def name(self, p: Person, form: str = "", speaker: bool = False) -> Doc:
        rng = self.rng
        form = form or rng.choice(
            ("full", "full", "full", "first", "upper", "surname", "initial", "three", "gen")
        )
        first, last = p.first, p.last
        if form == "first":
            value = first
        elif form == "upper":
            value = f"{first} {last}".upper()
        elif form == "surname":
            value = f"{last}, {first}"
        elif form == "initial":
            value = f"{first[0]}. {last}"
        elif form == "three":
            value = f"{first} {p.middle or rng.choice(MIDDLE[5:11])} {last}"
        elif form == "gen":
            base = rng.choice((first, f"{first} {last}"))
            value = base + ("'" if base[-1] in "sxz" else "s")
            if value.endswith("'"):
                value = base
        elif form == "hyphen":
            value = f"{first} {last if '-' in last else rng.choice(DOUBLE)}"
        elif form == "lower":
            value = first.lower()
        else:
            value = f"{first} {last}"
        stand = self.pseudonym(p) if speaker or rng.random() < 0.8 else "[NAVN]"
        return self.v("PERSON", value, stand)

    def alias(self, alias: str) -> Doc:
        return self.v("PERSON", alias, "[NAVN]")

    def cpr(self, p: Person) -> Doc:
        c = p.cpr
        value = self.rng.choice(
            (f"{c[:6]}-{c[6:]}", c, f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}", f"{c[:6]} {c[6:]}")
        )
        return self.v("CPR", value, self.rng.choice(("[CPR]", f"{c[:6]}-xxxx")))

    def dob(self, p: Person) -> Doc:
        b = p.birth
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return self.v("DATE_OF_BIRTH", value, "[dato]")

    def phone(self, p: Person | None = None, foreign: bool = False) -> Doc:
        rng = self.rng
        if p is None or foreign or rng.random() < 0.1:
            if rng.random() < 0.5:
                value = f"+44 7700 900{rng.randrange(1000):03d}"
            else:
                value = f"+46 70 174 06 {rng.randint(5, 99):02d}"
        else:
            n = p.phone
            pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
            value = rng.choice(
                (f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                 f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."))
            )  # fmt: skip
        masked = f"+45 ** ** ** {rng.randrange(100):02d}"
        return self.v("PHONE", value, rng.choice(("[TLF]", masked)))

    def mail(self, address: str) -> Doc:
        local, domain = address.split("@")
        return self.v("EMAIL", address, self.rng.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def address(self, p: Person, layout: str = "") -> Doc:
        layout = layout or self.rng.choice(("line", "comma", "comma", "bare"))
        value = f"{p.street} {p.number}" + (f", {p.floor}" if p.floor else "")
        if layout == "block":
            value += f"\n{p.postcode} {p.town}"
        elif layout == "comma":
            value += f", {p.postcode} {p.town}"
        elif layout == "line":
            value += f", {p.postcode} {p.town}" if self.rng.random() < 0.5 else ""
        return self.v("ADDRESS", value, "[ADRESSE]")

    def account(self, cue: bool | None = None) -> Doc:
        rng = self.rng
        reg = f"{rng.randint(1000, 9899)}"
        n = rng.choice((7, 8, 10, 10))
        acct = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if n == 10 and rng.random() < 0.3:
            acct = "00" + acct[2:]
        cue = rng.random() < 0.4 if cue is None else cue
        if cue:
            self.t(rng.choice((f"reg.nr. {reg}, kontonr. ", f"reg. {reg} konto ")))
            return self.v("BANK_ACCOUNT", acct, "[kontonr.]")
        return self.v("BANK_ACCOUNT", f"{reg}{rng.choice('- ')}{acct}", "[kontonr.]")

    def iban(self, country: str = "") -> Doc:
        rng = self.rng
        value = _iban(rng, country or rng.choice(("DK", "DK", "DK", *IBAN_LENGTH)))
        value = grouped(value) if rng.random() < 0.6 else value
        masked = f"{value[:2]}{rng.randint(10, 99)}{'X' * 10}{rng.randrange(10000):04d}"
        return self.v("IBAN", value, masked if value.startswith("DK") else "[IBAN]")

    def card(self) -> Doc:
        rng = self.rng
        body = rng.choice(TEST_PREFIXES)
        body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
        compact = body + _luhn_digit(body)
        value = grouped(compact) if rng.random() < 0.65 else compact
        last4 = compact[-4:]
        masked = rng.choice((f"**** **** **** {last4}", f"******{last4}"))
        return self.v("CARD", value, masked)

    def expiry(self) -> Doc:
        m, y = self.rng.randint(1, 12), self.rng.randint(26, 31)
        value = f"{m:02d}/{y}" if self.rng.random() < 0.75 else f"{m:02d}/20{y}"
        return self.v("CARD_EXPIRY", value, "**/**")

    def cvv(self) -> Doc:
        self.t(self.rng.choice(("CVV ", "CVC ", "cvc ", "kontrolcifre ", "CVV: ")))
        return self.v("CARD_CVV", f"{self.rng.randrange(1000):03d}", "***")

    def otp(self) -> Doc:
        n = 6 if self.rng.random() < 0.8 else 8
        return self.v("OTP", f"{self.rng.randrange(10**n):0{n}d}", "[kode]")

    def mitid(self, p: Person) -> Doc:
        return self.v("MITID_USER", p.mitid, "[bruger-id]")

    def plate(self) -> Doc:
        rng = self.rng
        letters = rng.choice("ABCDEHJKLMNPRSTUVXYZ") + rng.choice("ABCDEHJKLMNPRSTUVXYZ")
        digits = f"{rng.randint(10, 99)}{rng.randrange(1000):03d}"
        spaced = f"{letters} {digits[:2]} {digits[2:]}"
        value = spaced if rng.random() < 0.7 else letters + digits
        return self.v("NUMBER_PLATE", value, "[nummerplade]")

    def done(self) -> tuple[str, list[dict]]:
        return "".join(self.parts), self.spans


# -- the look-alikes ---------------------------------------------------------------------------
def _day(rng: random.Random) -> date:
    return FORTNIGHT + timedelta(days=rng.randrange(14))


def _date(rng: random.Random) -> str:
    d = _day(rng)
    return rng.choice((f"{d:%d.%m.%y}", f"{d:%Y-%m-%d}", f"{d.day}. {MONTHS[d.month - 1]}"))


def _clock(rng: random.Random) -> str:
    return f"kl. {rng.randint(7, 21):02d}.{rng.randrange(60):02d}"


def _amount(rng: random.Random) -> str:
    kroner = rng.choice((rng.randint(49, 999), rng.randint(1000, 24999)))
    text = f"{kroner:,}".replace(",", ".")
    return rng.choice((f"{text},{rng.choice(('00', '95', '50', '99'))} kr.", f"{text} kr."))


def _order(rng: random.Random) -> str:
    return f"ORD-{rng.randrange(10**6, 10**7)}"


def _claim(rng: random.Random) -> str:
    return f"CB-26-{rng.randrange(100000):05d}"


def _ticket(rng: random.Random) -> str:
    return f"TCK-{rng.randrange(100000, 999999)}"


def _tracking(rng: random.Random) -> str:
    return f"{rng.choice(('CP', 'RR', 'UA', 'LX'))}{rng.randrange(10**8, 10**9)}DK"


def _imei(rng: random.Random) -> str:
    r = rng.randrange
    return f"IMEI {r(10, 99)}-{r(10**6):06d}-{r(10**6):06d}-{r(10)}"


def _arn(rng: random.Random) -> str:
    r = rng.randrange
    return f"ARN {r(7000, 7999)} {r(10000):04d} {r(10000):04d} {r(10000):04d} " + (
        f"{r(10000):04d} {r(1000):03d}"
    )


def _cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(10**7, 10**8)}"


def _masked(rng: random.Random) -> str:
    r = rng.randrange
    return rng.choice(
        (
            f"{r(1, 29):02d}{r(1, 13):02d}{r(40, 99)}-xxxx",
            f"+45 ** ** ** {r(100):02d}",
            f"{rng.choice('abhkmst')}***@{rng.choice(('example.dk', 'example.com'))}",
            f"**** **** **** {r(10000):04d}",
            f"******{r(10000):04d}",
            f"DK{r(10, 99)}{'X' * 10}{r(10000):04d}",
        )
    )


def _lookalike(rng: random.Random) -> str:
    """A sentence full of numbers that are not personal data."""
    c = rng.choice
    return c(
        (
            f"Indsigelse {_claim(rng)} på {_amount(rng)} vedr. {_order(rng)} ({c(PRODUCTS)}).",
            f"Pakken {_tracking(rng)} blev scannet {_date(rng)} {_clock(rng)}.",
            f"Telefonen i ordren har {_imei(rng)}; {c(COMPANIES)} har {_cvr(rng)}.",
            f"Indløser oplyser {_arn(rng)} og beløbet {_amount(rng)}.",
            f"Maskeret i systemet: {_masked(rng)} og {_masked(rng)}.",
            f"Kunden henvises til {c(BANKS)} på {c(ORG_LINES)} eller ring til os på "
            f"{c(ORG_LINES)}.",
            f"Sag {_ticket(rng)} oprettet {_date(rng)} {_clock(rng)}, {c(COMPANIES)} orienteret.",
            f"Black Friday-ordren {_order(rng)} ({c(PRODUCTS)}, {_amount(rng)}) står som leveret.",
            f"Pakkeshoppen ved {c(STREETS)}. har bekræftet udleveringen af {_tracking(rng)}.",
            f"Refusion af {_amount(rng)} sendt {_date(rng)}, reference {_claim(rng)}.",
        )
    )


def _noise(d: Doc, n: int = 1) -> None:
    for _ in range(n):
        d.t(_lookalike(d.rng), "\n")


# -- the genres --------------------------------------------------------------------------------
def _form(d: Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    d.t(f"INDSIGELSE MOD KORTBETALING – Paynordic A/S\nSag: {_claim(rng)}  Modtaget: "
        f"{_date(rng)} {_clock(rng)}\n\nKortholder: ")  # fmt: skip
    d.name(p, rng.choice(("full", "upper", "surname", "three")))
    d.t("\nFødselsdato: ").dob(p).t("\nCPR-nr.: ").cpr(p).t("\nAdresse: ").address(p, "block")
    d.t("\nTelefon: ").phone(p).t("\nE-mail: ").mail(p.mail)
    d.t("\nKortnummer: ").card().t("  Udløb: ").expiry()
    d.t(f"\n\nTransaktion: {_date(rng)}, {_amount(rng)} hos {rng.choice(COMPANIES)} "
        f"({_order(rng)})\nÅrsag: ")  # fmt: skip
    d.t(rng.choice(("Varen er aldrig modtaget.", "Jeg har ikke selv foretaget købet.",
                    "Varen er returneret, men pengene er ikke kommet.",
                    "Beløbet er trukket to gange.")))  # fmt: skip
    d.t("\nRefusion til: ")
    if rng.random() < 0.5:
        d.iban("DK")
    else:
        d.account()
    if rng.random() < 0.5:
        d.t("\nMedunderskriver (ægtefælle): ").name(_person(rng), "full")
    d.t("\n\n")
    _noise(d, rng.randint(1, 2))
    d.t("Underskrift: ").name(p, "initial" if rng.random() < 0.5 else "full").t("\n")


def _notes(d: Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    analyst = _person(rng)
    d.t(f"Sagsnotat {_ticket(rng)} – kontoovertagelse hos {rng.choice(COMPANIES)}\n"
        "Analytiker: ").name(analyst, "initial").t("\n\n")  # fmt: skip
    day = _day(rng)
    d.t(f"{day:%d.%m.%y} {_clock(rng)}: Kunden ").name(p, "full")
    d.t(" (f. ").dob(p).t(") oplyser, at e-mailen på kontoen er ændret fra ").mail(p.mail)
    d.t(" til ").mail(_person(rng).mail).t(".\n")
    d.t(f"{day + timedelta(days=1):%d.%m.%y} {_clock(rng)}: Telefonnummeret blev samtidig "
        "skiftet til ").phone(None if rng.random() < 0.4 else _person(rng)).t(". ")  # fmt: skip
    d.name(p, "gen" if rng.random() < 0.6 else "first").t(" eget nummer er ").phone(p).t(".\n")
    d.t(f'{day + timedelta(days=1):%d.%m.%y} {_clock(rng)}: Svindleren ("')
    d.alias(rng.choice(SCAMMER_ALIASES)).t(
        f' {rng.choice(SCAMMER_ROLES)}") fik kundens MitID-bruger-ID '
    ).mitid(p)
    d.t(" og engangskoden ").otp().t(" over telefonen.\n")
    d.t(
        f"{day + timedelta(days=2):%d.%m.%y}: Ordrerne {_order(rng)} og {_order(rng)} gik til "
    ).address(_person(rng), "comma").t(" – ikke kundens adresse, som er ")
    d.address(p, "line").t(".\n")
    _noise(d, rng.randint(1, 3))
    d.t("Kort spærret: ").card().t(f". Refusion {_amount(rng)} til ").account().t(".\n")


def _mail(d: Doc) -> None:
    rng, p, agent = d.rng, _person(d.rng), _person(d.rng)
    merchant = _person(rng)
    shop = rng.choice(COMPANIES)
    d.t("Fra: ").name(agent, "full").t(" <").mail(rng.choice(STAFF_MAIL)).t(">\nTil: ")
    d.mail(merchant.mail).t("\nCc: ").mail(rng.choice(STAFF_MAIL))
    d.t(f"\nEmne: SV: Chargeback {_claim(rng)} – {shop}\nDato: {_date(rng)} {_clock(rng)}\n\n")
    d.t("Kære ").name(merchant, "first").t(",\n\nTak for jeres svar. Kortholder ")
    d.name(p, rng.choice(("full", "three", "surname")))
    d.t(" fastholder, at pakken aldrig er leveret. Ifølge jeres egen ordre skulle den til ")
    d.address(p, "comma").t(", men fragtfirmaet viser udlevering på ")
    d.address(_person(rng), "line").t(".\nKortet ").card()
    d.t(f" blev belastet {_amount(rng)}. Kan I sende leveringsbevis inden {_date(rng)}?\n\n")
    _noise(d, rng.randint(1, 2))
    d.t("Venlig hilsen\n").name(agent, rng.choice(("full", "first", "initial")))
    d.t("\nDisputteamet, Paynordic A/S\n\n-----Oprindelig meddelelse-----\nFra: ")
    d.name(merchant, "full").t(" <").mail(merchant.mail).t(">\nSendt: ")
    d.t(
        f"{_date(rng)} {_clock(rng)}\n\nVi har sendt varen med {_tracking(rng)}. Kunden ringede "
        "selv fra "
    ).phone(p).t(" og bad om ny leveringsadresse. Mvh. ").name(merchant, "first")
    d.t(f", {shop}\n")


def _call(d: Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    agent = _person(rng)
    d.t(f"Opkaldsnotat {_date(rng)} {_clock(rng)} – hotline {rng.choice(ORG_LINES)}\n"
        "Medarbejder: ").name(agent, "first").t("\nIndringer: ").name(p)  # fmt: skip
    d.t(", ringer fra ").phone(p).t("\nIdentificeret med CPR ").cpr(p).t(".\n\n")
    d.t(f'Kunden fik {_date(rng)} et opkald fra "')
    d.alias(rng.choice(SCAMMER_ALIASES)).t(f' {rng.choice(SCAMMER_ROLES)}" fra nummeret ')
    d.phone(None).t(". Han påstod, at der var et mistænkeligt køb hos ")
    d.t(f"{rng.choice(COMPANIES)}. Kunden læste kortnummer ").card().t(", udløb ").expiry()
    d.t(" og ").cvv().t(" op og oplyste koden ").otp().t(".\n")
    if rng.random() < 0.6:
        d.t("Kunden opgav også MitID-bruger-ID ").mitid(p).t(".\n")
    if rng.random() < 0.5:
        d.t("Kundens søn, ").name(_person(rng), rng.choice(("full", "hyphen", "three")))
        d.t(", var med i røret.\n")
    d.t("Bilen, der hentede varen, havde nummerplade ").plate().t(".\n")
    _noise(d, rng.randint(1, 2))
    d.t("Aftalt: nyt kort til ").address(p, "comma").t(". Kvittering til ").mail(p.mail)
    d.t(".\n")


def _chat(d: Doc) -> None:
    rng, p, agent = d.rng, _person(d.rng), _person(d.rng)
    low = rng.random() < 0.35
    h, m = rng.randint(8, 21), rng.randrange(35)

    def line(who: Person, form: str, *parts: Callable[[], object] | str) -> None:
        nonlocal m
        m = min(59, m + rng.randint(0, 3))
        d.t(f"[{h:02d}:{m:02d}] ").name(who, form, speaker=True).t(": ")
        for part in parts:
            if isinstance(part, str):
                d.t(part)
            else:
                part()
        d.t("\n")

    cust = "lower" if low else rng.choice(("first", "full"))
    d.t(f"Chat {_ticket(rng)} – {rng.choice(COMPANIES)} kundeservice, {_date(rng)}\n")
    line(agent, "first", "Hej, du skriver med kundeservice. Hvad kan jeg hjælpe med?")
    line(p, cust, f"min ordre {_order(rng)} er sendt til en anden adresse end min")
    line(agent, "first", "Det beklager jeg. Hvad er dit navn og telefonnummer?")
    line(p, cust, lambda: d.name(p, "full"), " og nr ", lambda: d.phone(p))
    line(agent, "first", "Tak. Leveringsadressen blev ændret til ",
         lambda: d.address(_person(rng), "comma"), " i går ", _clock(rng))  # fmt: skip
    line(p, cust, "det er ikke mig!! jeg bor på ", lambda: d.address(p, "line"))
    if rng.random() < 0.6:
        line(p, cust, "der kom en sms med kode ", lambda: d.otp(),
             " og så var min mail skiftet til ", lambda: d.mail(_person(rng).mail))  # fmt: skip
    if rng.random() < 0.4:
        line(p, cust, "jeg har givet kort ", lambda: d.card(), " ", lambda: d.expiry(), " ",
             lambda: d.cvv(), " på en side der lignede jeres")  # fmt: skip
    line(agent, "first", f"Jeg har spærret kontoen og oprettet sag {_claim(rng)}. "
         "Du får svar på ", lambda: d.mail(p.mail))  # fmt: skip
    if rng.random() < 0.4:
        line(p, cust, "de spurgte også efter mit MitID bruger-ID og jeg skrev ",
             lambda: d.mitid(p))  # fmt: skip
    line(p, cust, "tak")
    _noise(d, 1)


CSV_HEADER = "dato;kortholder;kort;udløb;beløb;ordre;status;mail;tlf"


def _export(d: Doc) -> None:
    rng = d.rng
    d.t(f"# Eksport af åbne indsigelser, {rng.choice(COMPANIES)}, {_date(rng)}\n")
    d.t(f"{CSV_HEADER}\n")
    for _ in range(rng.randint(3, 6)):
        p = _person(rng)
        d.t(f"{_day(rng):%Y-%m-%d};").name(p, rng.choice(("surname", "upper", "full")))
        d.t(";").card().t(";").expiry().t(f";{_amount(rng)};{_order(rng)};")
        d.t(rng.choice(("åben", "afventer sælger", "svar modtaget", "2. chargeback")) + ";")
        d.mail(p.mail).t(";").phone(p).t("\n")
    d.t("# ")
    _noise(d, 1)


def _letter(d: Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    agent = _person(rng)
    d.name(p, rng.choice(("full", "upper", "three"))).t("\n").address(p, "block")
    d.t(f"\n\n{_date(rng)}\nVores ref.: {_claim(rng)}\n\nKære ").name(p, "first")
    d.t(f"\n\nVi har behandlet din indsigelse mod købet hos {rng.choice(COMPANIES)} på "
        f"{_amount(rng)}. Købet blev foretaget med kortet ").card()  # fmt: skip
    d.t(" og godkendt med en kode sendt til ").phone(p).t(".\n")
    d.t("Da vi ikke kan se, at du selv har godkendt købet, overfører vi beløbet til ")
    if rng.random() < 0.5:
        d.iban("DK")
    else:
        d.account()
    d.t(f" inden {_date(rng)}.\n\nVi har registreret dig som født ").dob(p)
    d.t(" med CPR-nr. ").cpr(p).t(". Er det forkert, så skriv til ").mail(rng.choice(STAFF_MAIL))
    d.t(f" eller ring {rng.choice(ORG_LINES)}.\n\n")
    _noise(d, 1)
    d.t("Med venlig hilsen\n").name(agent, rng.choice(("full", "initial", "hyphen")))
    d.t("\nTvistafdelingen\n")


def _investigation(d: Doc) -> None:
    rng = d.rng
    ring = [_person(rng) for _ in range(rng.randint(2, 4))]
    d.t(f"EFTERFORSKNINGSRESUMÉ {_ticket(rng)} – pakkeomdirigering efter Black Friday\n"
        f"Udarbejdet {_date(rng)} af ").name(_person(rng), "initial").t("\n\n")  # fmt: skip
    d.t(
        f"Mellem {_date(rng)} og {_date(rng)} blev {rng.randint(12, 80)} pakker fra "
        f"{rng.choice(COMPANIES)} omdirigeret til pakkeshops og private adresser.\n\n"
    )
    for i, p in enumerate(ring, 1):
        d.t(f"{i}. ").name(p, rng.choice(("full", "three", "surname", "upper"))).t(", f. ")
        d.dob(p).t(", CPR ").cpr(p).t(", bopæl ").address(p, "comma").t(". Tlf. ")
        d.phone(p).t(". Kørte ").plate().t(" ved afhentning. ")
        d.name(p, "gen").t(" konto ").account().t(" modtog videresalg.\n")
    d.t("\nPengene blev sendt videre til ").iban().t(" og ").iban()
    d.t(". En medgerningsperson, ").name(_person(rng), "full").t(", kontaktede ofrene fra ")
    d.phone(None, foreign=True).t(".\n")
    d.t("Phishing-siden gemte kort ").card().t(", udløb ").expiry().t(", ").cvv()
    d.t(" fra ").name(_person(rng), rng.choice(("full", "upper", "three"))).t(".\n")
    d.t("En tredje bil, ").plate().t(", blev set ved afleveringen.\n")
    _noise(d, rng.randint(1, 3))


def _redirect(d: Doc) -> None:
    rng = d.rng
    d.t(f"Omdirigeringslog, {rng.choice(('Fragtkompagniet', 'Pakkeløb ApS', 'Sneglepost'))}, "
        f"{_date(rng)}\n")  # fmt: skip
    for _ in range(rng.randint(2, 4)):
        p, q = _person(rng), _person(rng)
        d.t(
            f"{_day(rng):%Y-%m-%d} {rng.randint(7, 21):02d}:{rng.randrange(60):02d} "
            f"{_tracking(rng)} modtager "
        ).name(p, rng.choice(("full", "upper", "initial")))
        d.t("\n  fra: ").address(p, "comma").t("\n  til: ").address(q, "comma")
        d.t("\n  ændret af: ").mail(q.mail).t(" / ").phone(q)
        if rng.random() < 0.6:
            d.t(", bekræftet med kode ").otp()
        d.t("\n")
    if rng.random() < 0.7:
        d.t("Chaufførens notat: afhentet af ").name(_person(rng), "first").t(" i bil ").plate()
        d.t(".\n")
    d.t("Dækordre via nummerplade: ").plate().t(f" ({_order(rng)}).\n")
    _noise(d, 1)


WRITERS = (_form, _notes, _mail, _call, _chat, _export, _letter, _investigation, _redirect)
GENRE_WRITERS: dict[str, Callable[[Doc], None]] = dict(zip(GENRES, WRITERS, strict=True))


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen, counts = [], set(), {"negative": 0, "positive": 0}
    for i, kind in enumerate(kinds):
        genre = GENRES[counts[kind] % len(GENRES)]
        counts[kind] += 1
        while True:
            d = Doc(rng, kind == "negative")
            GENRE_WRITERS[genre](d)
            text, spans = d.done()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {"id": f"pii_blind68-{i:04d}", "genre": genre, "kind": kind, "text": text,
             "spans": spans}
        )  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else DATA
    rows = generate()
    out.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )


if __name__ == "__main__":
    main(sys.argv)
