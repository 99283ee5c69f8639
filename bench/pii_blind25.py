"""A twenty-sixth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its THEME is fraud around death
and inheritance, as Danish estates, banks and families handle it, in eight genres: a bank's
estate department ("Dødsboafdelingen") writing with heirs (the deceased's CPR and accounts,
the executor's details, a fraudster's attempt to move money out of the estate), the probate
court's ("skifteretten") letters and "skifteretsattest" texts, a funeral home's invoices and
order forms (the deceased, the next of kin's address and phone, the payer's account or card),
heirs' family chats (Messenger and SMS, informal Danish with nicknames, mentions, emoji and
typos) about a fake "lawyer" or a "tax refund of the estate", an "inheritance from abroad"
advance-fee mail with the victim's replies (English and Danish mixed), a lawyer's estate
inventory ("boopgørelse": properties, accounts, cars and their number plates), obituary-based
scams (a fake creditor's letter to the widow asking for card and MitID, and the police report
about it) and a DPO's log of deleting a deceased customer's data. The names are those of Danes
of all ages, Danes with roots elsewhere ("Zeynep Özdemir", "Duc Pham"), double surnames
("Hvidberg-Kjær"), the organisations' staff and the scammers' aliases.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("advokat", "afdøde", "bobestyrer",
  "Barrister", "Mr."); "Skovbjerg, Birthe" is one span; a genitive s belongs to it ("Birthes"),
  the apostrophe of "Anders'" does not;
  a lower-case name or nickname typed in a chat ("birthe", "gitte") is PERSON, and the "@" of a
  mention and an emoji after a name stay outside. A scammer's alias ("Jesper fra Dansk
  Restgæld") is PERSON, the company is not. Organisations, products, placeholders ("[NAVN]",
  "Arving A", "Afdøde B", "Medarbejder 1") and family words ("mor", "enken", "min bror") are
  never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st. tv."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("Kirkegårdsvej") is not an address,
  nor is a postcode and town alone.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled, dates of death ("død 2. marts 2026",
  "Dødsdato: 02.03.2026") included.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, 112, 114, 1813) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and the
  organisations' shared mailboxes too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts ("38.465,00 kr.", "4,850,000.00 EUR"), dates and
  clock times ("02.03.2026", "kl. 14.30", "[14.03.26, 19:42:10]"), case, journal, invoice,
  contract and land-register numbers ("SAG-2026-4417", "BS-1234/2026-HOL", "matr.nr. 14b"),
  CVR numbers, masked values ("120347-xxxx", "+45 ** ** ** 31", "b***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short
  numbers, banks, funeral homes, law firms, courts, products and family words. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values remain. No run of ten
  or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind25 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 25_2626
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "bank_estate",
    "probate_court",
    "funeral_home",
    "family_chat",
    "abroad_scam",
    "estate_inventory",
    "obituary_scam",
    "dpo_log",
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
TEST_PREFIXES = ("411111", "424242", "401288", "555555", "510510", "222300", "378282", "371449")
IBAN_LENGTH = {"DK": 18, "GB": 22, "DE": 22, "ES": 24, "SE": 24, "NO": 15, "FR": 27, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "64", "65", "66", "72", "74", "75", "76", "86", "96")
LANDLINE += ("97", "98", "99")
ORG_LINES = ("70 12 40 40", "70 20 31 88", "80 30 60 90", "7011 2233", "80 88 41 00", "70332121")
SHORT_LINES = ("114", "112", "1813")

BANKS = ("Egekyst Bank", "Sparekassen Vestmark", "Nordlys Bank", "Ravnsborg Sparekasse")
BANKS += ("Lyngdal Andelskasse",)
FUNERAL_HOMES = ("Lindely Begravelse", "Stille Hænder Bedemænd", "Begravelsesforretningen Vestkyst")
FUNERAL_HOMES += ("Klokkeblomst Begravelse",)
LAW_FIRMS = ("Advokathuset Vestkyst", "Boadvokaterne Sjælland", "Advokatfirmaet Fjordhus")
CREDITORS = ("Nordisk Inkasso & Finans ApS", "Dansk Restgæld ApS", "Finanshuset Credo ApS")
SCAM_FIRMS = ("Global Trust Chambers", "Royal Heritage Solicitors", "Iberia Probate Partners")
NEWSPAPERS = ("Dagbladet Vestmark", "Ugeavisen Kragelund", "Nordkystens Avis")
COURTS = (
    ("Holbæk", "HOL"),
    ("Odense", "ODE"),
    ("Viborg", "VIB"),
    ("Esbjerg", "ESB"),
    ("Hillerød", "HIL"),
    ("Aalborg", "AAL"),
)
PRODUCTS = ("MitID", "NemKonto", "MobilePay", "e-Boks", "Digital Post", "Netbank", "Dankort")
FAMILY = ("mor", "far", "farmor", "morfar", "moster", "min bror", "lillesøster", "onkel")
EMOJI = ("❤️", "🙏", "😭", "💪", "🙄", "😬", "👍", "💙")

WOMEN = (
    "Birthe", "Inger", "Ellen", "Grethe", "Lone", "Hanne", "Mette", "Signe", "Ida", "Freja",
    "Asta", "Nanna", "Malou", "Esther", "Vibeke", "Jytte", "Kirsten", "Lærke", "Amina",
    "Fatima", "Zeynep", "Hiba", "Linh", "Aleksandra", "Ewa", "Sofie", "Karoline", "Dorthe",
    "Tove", "Gudrun", "Solveig", "Benedikte", "Ulla", "Birgitte", "Margrethe", "Rikke",
    "Pernille", "Sanne", "Naja", "Yasmin", "Huong", "Marianne", "Agnes", "Iris",
)  # fmt: skip
MEN = (
    "Kaj", "Poul", "Erik", "Preben", "Bent", "Flemming", "Jørgen", "Henning", "Svend", "Ove",
    "Carsten", "Morten", "Søren", "Rasmus", "Mikkel", "Jonas", "Emil", "Magnus", "Oskar",
    "Ahmad", "Mehmet", "Omar", "Tariq", "Duc", "Piotr", "Villads", "Kasper", "Ib", "Aksel",
    "Holger", "Viggo", "Torben", "Frode", "Leif", "Knud", "Anders", "Bilal", "Hassan",
    "Nikolaj", "Troels", "Valdemar", "Kristoffer", "Niels", "Klaus",
)  # fmt: skip
NICKS = {
    "Birgitte": "gitte", "Margrethe": "grethe", "Kristoffer": "krille", "Valdemar": "valde",
    "Aleksandra": "ola", "Birthe": "bitten", "Torben": "tobbe", "Dorthe": "dotte",
    "Holger": "holle", "Kasper": "kasse", "Esther": "esse", "Benedikte": "bente",
    "Nikolaj": "nico", "Kirsten": "kiss",
    "Jørgen": "jørre", "Mikkel": "mik", "Rasmus": "rasse", "Karoline": "line",
}  # fmt: skip
MIDDLE = ("Juul", "Munk", "Lykke", "Bach", "Krog", "Holm", "Damgaard", "Lund")
MIDDLE_F = ("Marie", "Louise", "Kristine", "Sofie")
MIDDLE_M = ("Ali", "Peter", "Valentin", "Christian")
SURNAMES = (
    "Skovbjerg", "Rævdal", "Hornemann", "Mølgaard", "Thygesen", "Bækgaard", "Hvidberg",
    "Ravnkilde", "Dalsgård", "Kroghøj", "Lykkegaard", "Fenger", "Brøndum", "Quist", "Overby",
    "Troelsen", "Saxild", "Birkholm", "Egebjerg", "Vinther", "Nørskov", "Falkenberg",
    "Stampe", "Wandall", "Kjeldsen", "Hjorth", "Lundsgaard",
)  # fmt: skip
ROOTS = (
    "Yilmaz", "Hussein", "Nguyen", "Kowalczyk", "Al-Sayed", "Mahmoud", "Tran", "Özdemir",
    "Haddad", "Nowak", "Rahimi", "Okafor", "Farah", "Pham", "Demir", "Begović",
)  # fmt: skip
DOUBLES = (
    "Bundgaard-Lind", "Hvidberg-Kjær", "Møller-Thygesen", "Yilmaz-Brøndum", "Saxild-Holm",
    "Rævdal-Nielsen", "Kroghøj-Pham", "Egebjerg-Haddad", "Quist-Overgaard",
)  # fmt: skip
ALIAS_FIRST = ("James", "Edward", "Richard", "Daniel", "Charles", "Robert", "Victor", "Frank")
ALIAS_LAST = ("Whitmore", "Ashby", "Morrison", "Adebayo", "Caldwell", "Fairfax", "Pemberton")
ALIAS_LAST += ("Hollis", "Okonjo")

STREETS = (
    "Hyldebærvej", "Kløvermarken", "Rugmarken", "Skovspurvevej", "Store Tårnbygade",
    "Lærkebakken", "Mølledamsvej", "Bøgehegnet", "Ravnsbjergvej", "Kildemosevænget",
    "Hestehavevej", "Æblehaven", "Fyrrebakken", "Tjørnegangen", "Vibeholms Allé",
    "Sankt Jørgens Tværvej", "Engblommevej", "Pilekrogen", "Havrevangen", "Stenhøjgårdsvej",
    "Kragestien", "Sivsangervej", "Lyngbakken", "Østre Markvej", "Degnestien", "Bakkedraget",
)  # fmt: skip
TOWNS = (
    ("4591", "Ellemose"), ("4320", "Tjørnerup"), ("5762", "Sønder Bølle"), ("7490", "Vesterhede"),
    ("8544", "Østerkær"), ("6200", "Fjelstrup Mølle"), ("3540", "Bregnerød"),
    ("2765", "Lille Hjortsø"), ("9480", "Ålbæk Hede"), ("8680", "Gammel Rye Mark"),
    ("4873", "Havnsø Vig"), ("6933", "Kragelund Strand"), ("9620", "Ravnholt Mark"),
    ("5485", "Nørre Skovby"), ("7850", "Hedegårde"), ("2300", "København S"),
    ("8000", "Aarhus C"), ("5000", "Odense C"),
)  # fmt: skip
FLOORS = ("", "", "", "", "st. tv.", "st. th.", "1. th.", "2. mf.", "3. tv.", "4. th.", "1. tv.")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september")
MONTHS += ("oktober", "november", "december")
CARS = ("Toyota Yaris", "VW Golf", "Skoda Octavia", "Peugeot 208", "Ford Focus", "Kia Ceed")
CARS += ("Volvo V60", "Citroën C3")
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(name: str) -> str:
    """A name as an e-mail or MitID local part writes it (æ→ae, ø→oe, å→aa, no accents)."""
    name = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def iban_with_check(country: str, bban: str) -> str:
    moved = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


class Person:
    def __init__(self, rng: random.Random, role: str, stand: str) -> None:
        self.role, self.stand = role, stand
        self.female = {"widow": True, "son": False}.get(role, rng.random() < 0.5)
        if role == "alias":
            self.first, self.middle = rng.choice(ALIAS_FIRST), ""
            self.last = rng.choice(ALIAS_LAST)
        else:
            self.first = rng.choice(WOMEN if self.female else MEN)
            self.middle = rng.choice(MIDDLE + (MIDDLE_F if self.female else MIDDLE_M))
            pool = rng.choice((SURNAMES, SURNAMES, ROOTS, DOUBLES))
            self.last = rng.choice(pool)
        low, high = {
            "dead": (1926, 1958),
            "widow": (1930, 1960),
            "staff": (1962, 2001),
            "exec": (1955, 1995),
            "alias": (1960, 1990),
            "fake": (1965, 1998),
        }.get(role, (1950, 2005))
        self.born = date(rng.randint(low, high), 1, 1) + timedelta(days=rng.randint(0, 364))
        self.values: dict[str, str] = {}


class Doc:
    """A document built piece by piece: plain text, labelled values or their stand-ins."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.people: dict[str, Person] = {}
        self.letters: dict[str, int] = {}
        self.plain_names = rng.random() < 0.25  # this negative writes every name as [NAVN]

    # -- writing -------------------------------------------------------------------------
    def t(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def put(self, kind: str, value: str, stand: str) -> None:
        if self.negative:
            self.t(stand)
            return
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        self.t(value)

    def w(self, template: str) -> None:
        """Write a template: {field} or {field:role} placeholders call f_field(role)."""
        pos = 0
        for m in re.finditer(r"\{(\w+)(?::(\w+))?\}", template):
            self.t(template[pos : m.start()])
            getattr(self, "f_" + m.group(1))(m.group(2) or "")
            pos = m.end()
        self.t(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)

    # -- people --------------------------------------------------------------------------
    def who(self, role: str) -> Person:
        if role not in self.people:
            base = re.sub(r"\d", "", role)
            prefix = {
                "dead": "Afdøde",
                "widow": "Efterlevende",
                "staff": "Medarbejder",
                "exec": "Bobestyrer",
                "lawyer": "Advokat",
                "scam": "Gerningsperson",
                "fake": "Gerningsperson",
                "alias": "Afsender",
                "victim": "Modtager",
            }.get(base, "Arving")
            n = self.letters.get(prefix, 0)
            self.letters[prefix] = n + 1
            mark = str(n + 1) if prefix in ("Medarbejder", "Gerningsperson") else "ABCDEFGH"[n]
            stand = "[NAVN]" if self.plain_names else f"{prefix} {mark}"
            self.people[role] = Person(self.rng, base if base != "lawyer" else "exec", stand)
        return self.people[role]

    def cached(self, p: Person, key: str, make: Callable[[], str]) -> str:
        if key not in p.values:
            p.values[key] = make()
        return p.values[key]

    def name_value(self, p: Person, form: str) -> str:
        if form == "three" and p.middle:
            return f"{p.first} {p.middle} {p.last}"
        if form == "formal":
            return f"{p.last}, {p.first}"
        if form == "initial":
            return f"{p.first[0]}. {p.last}"
        if form == "upper":
            return f"{p.first} {p.last}".upper()
        if form == "upperformal":
            return f"{p.last}, {p.first}".upper()
        if form == "first":
            return p.first
        if form == "gen":
            return p.first + ("" if p.first[-1] in "sxz" else "s")
        if form == "fullgen":
            return f"{p.first} {p.last}" + ("" if p.last[-1] in "sxz" else "s")
        if form == "lower":
            return p.first.lower()
        if form == "nick":
            return NICKS.get(p.first, p.first.lower())
        if form == "last":
            return p.last
        return f"{p.first} {p.last}"

    def name(self, role: str, form: str) -> None:
        p = self.who(role)
        value = self.name_value(p, form)
        stand = p.stand
        base = p.last if form == "fullgen" else p.first
        apostrophe = form in ("gen", "fullgen") and base[-1] in "sxz"
        if form in ("upper", "upperformal"):
            stand = stand.upper()
        elif form in ("gen", "fullgen") and not apostrophe:
            stand += "s" if stand.endswith("]") else "'s"
        elif form in ("lower", "nick") and self.rng.random() < 0.5:
            stand = stand.lower()
        self.put("PERSON", value, stand)
        if apostrophe:
            self.t("'")  # "Anders'": the apostrophe stays outside

    def f_full(self, role: str) -> None:
        self.name(role, "full")

    def f_three(self, role: str) -> None:
        self.name(role, "three")

    def f_formal(self, role: str) -> None:
        self.name(role, "formal")

    def f_initial(self, role: str) -> None:
        self.name(role, "initial")

    def f_upper(self, role: str) -> None:
        self.name(role, self.rng.choice(("upper", "upperformal")))

    def f_first(self, role: str) -> None:
        self.name(role, "first")

    def f_gen(self, role: str) -> None:
        self.name(role, self.rng.choice(("gen", "gen", "fullgen")))

    def f_lower(self, role: str) -> None:
        self.name(role, "lower")

    def f_nick(self, role: str) -> None:
        self.name(role, "nick")

    def f_last(self, role: str) -> None:
        self.name(role, "last")

    def f_name(self, role: str) -> None:
        self.name(role, self.rng.choice(("full", "full", "three", "formal", "initial")))

    def f_kinname(self, role: str) -> None:
        """The deceased's first name with the victim's surname, as an advance-fee mail has it."""
        dead, victim = self.who("dead"), self.who("victim")
        self.put("PERSON", f"{dead.first} {victim.last}", dead.stand)

    def f_at(self, role: str) -> None:
        self.t("@")
        self.name(role, self.rng.choice(("full", "first", "first")))

    def f_heart(self, role: str) -> None:
        self.name(role, self.rng.choice(("first", "lower", "nick")))
        self.t(" " + self.rng.choice(EMOJI))

    # -- identifiers ---------------------------------------------------------------------
    def f_cpr(self, role: str) -> None:
        p = self.who(role)

        def make() -> str:
            seventh = "4" if p.born.year >= 2000 else self.rng.choice("0123")
            while True:
                digits = p.born.strftime("%d%m%y") + seventh + f"{self.rng.randint(0, 999):03d}"
                if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                    return digits

        n = self.cached(p, "cpr", make)
        form = self.rng.randrange(4)
        value = (
            f"{n[:6]}-{n[6:]}",
            n,
            f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"{n[:6]} {n[6:]}",
        )[form]
        self.put("CPR", value, self.rng.choice(("[CPR]", f"{n[:6]}-xxxx", "[CPR]")))

    def f_dob(self, role: str) -> None:
        b = self.who(role).born
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        stand = self.rng.choice((str(b.year), "[dato]", f"**.**.{b.year}"))
        self.put("DATE_OF_BIRTH", value, stand)

    def f_phone(self, role: str) -> None:
        p = self.who(role)
        abroad = self.cached(p, "abroad", lambda: self.rng.choice("yn"))
        if p.role == "alias" or (p.role == "scam" and abroad == "y"):
            value = self.cached(p, "foreign", self.foreign_phone)
            self.put("PHONE", value, self.rng.choice(("[TLF]", "+44 **** ******")))
            return
        n = self.cached(
            p,
            "phone",
            lambda: self.rng.choice(MOBILE * 2 + LANDLINE) + f"{self.rng.randint(0, 999999):06d}",
        )
        a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
        value = self.rng.choice(
            (
                f"+45 {n}",
                f"+45 {a} {b} {c} {d}",
                f"{a}{b} {c}{d}",
                f"(+45) {a} {b} {c} {d}",
                f"0045 {n}",
                f"{a} {b} {c} {d}",
                n,
                f"+45{n}",
                f"{a}.{b}.{c}.{d}",
            )
        )
        self.put("PHONE", value, self.rng.choice(("[TLF]", f"+45 ** ** ** {d}", "[TLF]")))

    def foreign_phone(self) -> str:
        if self.rng.random() < 0.5:
            return f"+44 7700 900{self.rng.randint(0, 999):03d}"
        return f"+46 70 174 06 {self.rng.randint(5, 99):02d}"

    def f_email(self, role: str) -> None:
        p = self.who(role)

        def make() -> str:
            first, last = ascii_name(p.first), ascii_name(p.last)
            local = self.rng.choice(
                (
                    f"{first}.{last}",
                    f"{first}{last[:3]}{p.born:%y}",
                    f"{first[0]}{last}",
                    f"{first}_{p.born.year}",
                    f"{last}.{first[0]}",
                )
            )
            return f"{local}@{self.rng.choice(DOMAINS)}"

        value = self.cached(p, "email", make)
        local, domain = value.split("@")
        self.put("EMAIL", value, self.rng.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def f_mailbox(self, box: str) -> None:
        value = f"{box}@{self.rng.choice(DOMAINS[:4])}"
        self.put("EMAIL", value, f"{box[0]}***@{value.split('@')[1]}")

    def address_value(self, p: Person, block: bool, town: bool) -> str:
        street = self.cached(
            p,
            "street",
            lambda: (
                f"{self.rng.choice(STREETS)} {self.rng.randint(1, 178)}"
                + self.rng.choice(("", "", "", "A", "B", "C"))
            ),
        )
        floor = self.cached(p, "floor", lambda: self.rng.choice(FLOORS))
        code, place = TOWNS[int(self.cached(p, "town", lambda: str(self.rng.randrange(18))))]
        line = f"{street}, {floor}" if floor else street
        if not town:
            return line
        return f"{line}\n{code} {place}" if block else f"{line}, {code} {place}"

    def addr(self, role: str, block: bool, town: bool) -> None:
        p = self.who(role)
        value = self.address_value(p, block, town)
        tail = value.rsplit("\n" if block else ", ", 1)[-1] if town else ""
        stand = self.rng.choice(("[ADRESSE]", "[ADRESSE]", f"[ADRESSE], {tail}" if tail else ""))
        self.put("ADDRESS", value, stand or "[ADRESSE]")

    def f_addr(self, role: str) -> None:
        self.addr(role, False, self.rng.random() < 0.7)

    def f_block(self, role: str) -> None:
        self.addr(role, True, True)

    def f_acct(self, role: str) -> None:
        p = self.who(role)
        reg = self.cached(p, "reg", lambda: str(self.rng.randint(1000, 9899)))
        length = int(self.cached(p, "len", lambda: self.rng.choice(("7", "8", "9", "10", "10"))))
        account = self.cached(
            p,
            "acct",
            lambda: (
                f"{self.rng.randint(0, 10**length - 1):0{length}d}"
                if length == 10
                else str(self.rng.randint(10 ** (length - 1), 10**length - 1))
            ),
        )
        masked = "******" + account[-4:]
        form = self.rng.randrange(4)
        if form == 0:
            self.put("BANK_ACCOUNT", f"{reg}-{account}", self.rng.choice(("[kontonr.]", masked)))
        elif form == 1:
            self.put("BANK_ACCOUNT", f"{reg} {account}", "[kontonr.]")
        elif form == 2:
            self.t(f"reg. {reg} konto ")
            self.put("BANK_ACCOUNT", account, self.rng.choice(("[kontonr.]", masked)))
        else:
            self.t(f"reg.nr. {reg}, kontonr. ")
            self.put("BANK_ACCOUNT", account, self.rng.choice(("[kontonr.]", masked)))

    def f_iban(self, country: str) -> None:
        r = self.rng
        country = country.upper() or "DK"
        if country == "ANY":
            country = r.choice(("GB", "DE", "SE", "FR", "NO", "PL", "ES"))
        if country == "GB":
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(4))
            bban += "".join(r.choice("0123456789") for _ in range(14))
        else:
            bban = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
        compact = iban_with_check(country, bban)
        value = grouped(compact) if r.random() < 0.6 else compact
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        self.put("IBAN", value, r.choice(("[IBAN]", masked, masked)))

    def f_card(self, role: str) -> None:
        p = self.who(role)

        def make() -> str:
            prefix = self.rng.choice(TEST_PREFIXES)
            length = 15 if prefix.startswith("37") else 16
            body = prefix + "".join(self.rng.choice("0123456789") for _ in range(length - 7))
            return body + luhn_digit(body)

        n = self.cached(p, "card", make)
        value = grouped(n) if self.rng.random() < 0.65 else n
        masked = self.rng.choice(("**** **** **** " + n[-4:], "******" + n[-4:], "[kortnr.]"))
        self.put("CARD", value, masked)

    def f_exp(self, role: str) -> None:
        p = self.who(role)
        month, year = self.cached(
            p, "exp", lambda: f"{self.rng.randint(1, 12):02d} {self.rng.randint(26, 31)}"
        ).split()
        value = f"{month}/{year}" if self.rng.random() < 0.7 else f"{month}/20{year}"
        self.put("CARD_EXPIRY", value, self.rng.choice(("[udløb]", "xx/xx", "**/**")))

    def f_cvv(self, role: str) -> None:
        self.t(
            self.rng.choice(("CVV: ", "CVV ", "CVC: ", "cvc ", "kontrolcifre: ", "kontrolcifre "))
        )
        value = f"{self.rng.randint(0, 999):03d}"
        self.put("CARD_CVV", value, self.rng.choice(("***", "[CVV]")))

    def f_otp(self, role: str) -> None:
        length = 6 if self.rng.random() < 0.75 else 8
        value = f"{self.rng.randint(0, 10**length - 1):0{length}d}"
        self.put("OTP", value, self.rng.choice(("[kode]", "[kode]", "******")))

    def f_mitid(self, role: str) -> None:
        p = self.who(role)

        def make() -> str:
            first, last = ascii_name(p.first), ascii_name(p.last)
            stem = self.rng.choice((first, first + last[:2], first[:3] + last[:4], last))
            year = f"{p.born:%y}" if self.rng.random() < 0.6 or p.born.year > 2005 else ""
            return stem + (year or str(p.born.year))

        self.put("MITID_USER", self.cached(p, "mitid", make), "[bruger-ID]")

    def f_plate(self, role: str) -> None:
        p = self.who(role)

        def make() -> str:
            letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(2))
            return f"{letters} {self.rng.randint(10, 99)} {self.rng.randint(100, 999)}"

        plate = self.cached(p, "plate", make)
        value = plate if self.rng.random() < 0.75 else plate.replace(" ", "")
        self.put("NUMBER_PLATE", value, self.rng.choice(("[nummerplade]", plate[:6] + "***")))

    # -- unlabelled values ---------------------------------------------------------------
    def f_death(self, style: str) -> None:
        day = self.cached(self.who("dead"), "death", self.death_day)
        d = date.fromisoformat(day)
        form = self.rng.randrange(3)
        self.t((f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}", f"{d:%d.%m.%y}")[form])

    def death_day(self) -> str:
        return (date(2025, 10, 1) + timedelta(days=self.rng.randint(0, 200))).isoformat()

    def later(self) -> date:
        d = date.fromisoformat(self.cached(self.who("dead"), "death", self.death_day))
        return d + timedelta(days=self.rng.randint(3, 60))

    def f_date(self, style: str) -> None:
        d = self.later()
        form = self.rng.randrange(3)
        self.t((f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}")[form])

    def f_iso(self, style: str) -> None:
        if not hasattr(self, "log_time"):
            start = self.later()
            self.log_time = f"{start:%Y-%m-%d} {self.rng.randint(8, 14) * 60}"
        day, minute = self.log_time.split()
        step = int(minute) + self.rng.randint(1, 9)
        self.log_time = f"{day} {step}"
        self.t(f"{day} {step // 60:02d}:{step % 60:02d}")

    def f_clock(self, style: str) -> None:
        self.t(f"kl. {self.rng.randint(8, 21):02d}.{self.rng.randint(0, 59):02d}")

    def f_stamp(self, style: str) -> None:
        if not hasattr(self, "chat_time"):
            self.chat_time = f"{self.later():%d.%m.%y} {self.rng.randint(7 * 3600, 20 * 3600)}"
        day, second = self.chat_time.split()
        step = min(int(second) + self.rng.randint(20, 900), 86399)
        self.chat_time = f"{day} {step}"
        self.t(f"[{day}, {step // 3600:02d}:{step // 60 % 60:02d}:{step % 60:02d}]")

    def f_big(self, style: str) -> None:
        self.t(f"{self.rng.randint(6, 58) * 100_000:,} kr.".replace(",", "."))

    def f_matr(self, style: str) -> None:
        self.t(f"matr.nr. {self.rng.randint(1, 60)}{self.rng.choice(('a', 'b', 'e', 'ab', 'cø'))}")

    def f_kr(self, style: str) -> None:
        top = 60000 if style == "small" else 450000
        whole = self.rng.choice((self.rng.randint(300, 9999), self.rng.randint(10000, top)))
        text = f"{whole:,}".replace(",", ".")
        self.t(
            self.rng.choice(
                (f"{text},00 kr.", f"{text} kr.", f"kr. {text},{self.rng.randint(0, 99):02d}")
            )
        )

    def f_eur(self, style: str) -> None:
        whole = self.rng.randint(1, 9) * 1_000_000 + self.rng.randint(0, 999) * 1000
        self.t(f"{whole:,}.00 {self.rng.choice(('EUR', 'USD', 'GBP'))}")

    def f_case(self, style: str) -> None:
        self.t(f"SAG-2026-{self.rng.randint(1000, 9999)}")

    def f_bs(self, style: str) -> None:
        court = self.cached(self.who("dead"), "court", lambda: str(self.rng.randrange(6)))
        self.t(f"BS-{self.rng.randint(100, 9999)}/2026-{COURTS[int(court)][1]}")

    def f_court(self, style: str) -> None:
        court = self.cached(self.who("dead"), "court", lambda: str(self.rng.randrange(6)))
        self.t(COURTS[int(court)][0])

    def f_cvr(self, style: str) -> None:
        self.t(f"CVR-nr. {self.rng.randint(10_000_000, 69_999_999)}")

    def f_org(self, style: str) -> None:
        self.t(self.rng.choice(ORG_LINES))

    def f_short(self, style: str) -> None:
        self.t(self.rng.choice(SHORT_LINES))

    def f_bank(self, style: str) -> None:
        self.t(self.cached(self.who("dead"), "bank", lambda: self.rng.choice(BANKS)))

    def f_funeral(self, style: str) -> None:
        self.t(self.cached(self.who("dead"), "funeral", lambda: self.rng.choice(FUNERAL_HOMES)))

    def f_firm(self, style: str) -> None:
        self.t(self.cached(self.who("dead"), "firm", lambda: self.rng.choice(LAW_FIRMS)))

    def f_creditor(self, style: str) -> None:
        self.t(self.cached(self.who("dead"), "creditor", lambda: self.rng.choice(CREDITORS)))

    def f_scamfirm(self, style: str) -> None:
        self.t(self.cached(self.who("dead"), "scamfirm", lambda: self.rng.choice(SCAM_FIRMS)))

    def f_paper(self, style: str) -> None:
        self.t(self.rng.choice(NEWSPAPERS))

    def f_product(self, style: str) -> None:
        self.t(self.rng.choice(PRODUCTS))

    def f_fam(self, style: str) -> None:
        self.t(self.rng.choice(FAMILY))

    def f_car(self, style: str) -> None:
        self.t(self.rng.choice(CARS))

    def f_num(self, style: str) -> None:
        self.t(str(self.rng.randint(10000, 99999)))

    def f_town(self, style: str) -> None:
        self.t(" ".join(self.rng.choice(TOWNS)))

    def pick(self, options: tuple[str, ...], least: int, most: int) -> None:
        """Write `least` to `most` of the templates in their order."""
        chosen = sorted(self.rng.sample(range(len(options)), self.rng.randint(least, most)))
        for i in chosen:
            self.w(options[i])


# -- the genres ----------------------------------------------------------------------------


def bank_estate(d: Doc) -> None:
    d.w(
        "Fra: Dødsboafdelingen, {bank} <{mailbox:doedsbo}>\n"
        "Til: {full:heir} <{email:heir}>\n"
        "Emne: Dødsbo efter {full:dead}, {case}\n\n"
        "Kære {first:heir}\n\n"
        "Vi har modtaget skifteretsattesten i boet efter {name:dead} (CPR {cpr:dead}), "
        "der døde den {death}. "
    )
    d.pick(
        (
            "Afdøde var født {dob:dead}. ",
            "Boet har følgende konti hos os: {acct:dead} (lønkonto) og {acct:dead2} "
            "(opsparing), i alt {kr} pr. dødsdagen. ",
            "Som bobestyrer er anført advokat {full:exec}, {firm}, {addr:exec}, "
            "tlf. {phone:exec}, {email:exec}. ",
            "Arven udbetales til din {product} eller til konto {acct:heir} efter dit ønske. ",
        ),
        2,
        4,
    )
    d.w("\n\n")
    d.pick(
        (
            'Den {date} modtog vi en mail fra {email:scam}, underskrevet "{full:scam}", om at '
            "overføre {kr} fra boets konto til {iban:any}. ",
            "Afsenderen oplyste afdødes MitID-bruger-ID {mitid:dead} og bad om at få "
            "engangskoden {otp} sendt til {phone:scam}. ",
            "En person, der kaldte sig {first:scam} og sagde at være {gen:heir2} advokat, "
            "ringede {clock} og ville have {gen:dead} kort {card:dead} spærret og et nyt sendt "
            "til {addr:scam} i stedet. ",
            "Vi har afvist overførslen og lukket afdødes {product}-adgang. ",
            "Hvis du eller en anden arving ikke selv har bedt om dette, så ring til os på {org} "
            "(hverdage kl. 9.00-16.00) - aldrig til et nummer i en mail. ",
        ),
        2,
        4,
    )
    d.w("\n\nMed venlig hilsen\n{full:staff}\nDødsboafdelingen, {bank}\nDirekte: {phone:staff}\n")
    if d.rng.random() < 0.5:
        d.w(
            "\n---\nSvar fra {first:heir}:\nTak. Jeg er født {dob:heir} og mit CPR er "
            "{cpr:heir}. Udbetal gerne til {acct:heir}. Min søster {three:heir2} "
            "({email:heir2}) skal også have kopi. Jeg har IKKE sendt den mail.\n"
        )


def probate_court(d: Doc) -> None:
    d.w("Retten i {court}\nSkifteretten\nJ.nr. {bs}\n{date}\n\n")
    d.w(d.rng.choice(("{upper:heir}\n{block:heir}\n\n", "{full:heir}\n{block:heir}\n\n")))
    if d.rng.random() < 0.55:
        d.w(
            "SKIFTERETSATTEST\n\nBoet efter {upper:dead}, CPR-nr. {cpr:dead}, senest boende "
            "{addr:dead}, død den {death}, udleveres til privat skifte.\n"
            "Arvinger: {full:heir} ({cpr:heir}), {formal:heir2} (født {dob:heir2}) "
            "og {three:heir3}.\n"
        )
        d.pick(
            (
                "Arvingerne hæfter solidarisk for boets gæld.\n",
                "Attesten giver arvingerne i forening ret til at råde over boets aktiver, "
                "herunder konto {acct:dead} i {bank}.\n",
                "Bobestyrer: advokat {full:exec}, {firm}, {email:exec}.\n",
            ),
            1,
            3,
        )
    else:
        d.w(
            "Vedrørende boet efter {name:dead}, f. {dob:dead}, død {death}\n\n"
            "Kære {full:heir}\n\nSkifteretten har modtaget din anmeldelse af dødsfaldet. "
        )
        d.pick(
            (
                "Vi har noteret dit telefonnummer {phone:heir} og din e-mail {email:heir}. ",
                "Retsafgiften på 750 kr. opkræves via {product}. ",
                "Boet er behandlet som boudlæg efter arvelovens regler. ",
                "Afdødes ægtefælle, {three:widow}, {addr:widow}, har ret til uskiftet bo. ",
            ),
            2,
            4,
        )
        d.w("\n")
    d.pick(
        (
            "\nAdvarsel: Skifteretten opkræver aldrig gebyr pr. sms eller telefon. Flere "
            'arvinger har fået opkald fra {phone:scam} fra en "{full:scam}", der beder om '
            "betaling af {kr} og om MitID-godkendelse.\n",
            "\nSpørgsmål: ring {org} eller skriv til {mailbox:skifte}. Oplys J.nr.\n",
        ),
        1,
        2,
    )
    d.w("\nMed venlig hilsen\n{initial:staff}, retsassistent\n")


def funeral_home(d: Doc) -> None:
    d.w(
        "{funeral} - {cvr}\nOrdreseddel og faktura nr. 26-0{num}\nDato: {date}\n\n"
        "AFDØDE\nNavn: {three:dead}\nCPR-nr.: {cpr:dead}\nFødselsdato: {dob:dead}\n"
        "Dødsdato: {death}\nSidste adresse: {addr:dead}\n\n"
        "ANMELDER / NÆRMESTE PÅRØRENDE\nNavn: {formal:kin}\nAdresse:\n{block:kin}\n"
        "Telefon: {phone:kin}\nE-mail: {email:kin}\n\n"
    )
    d.pick(
        (
            "Kiste, hvid lak ... {kr:small}\n",
            "Rustvogn og kørsel ... {kr:small}\n",
            "Blomster og dekoration ... {kr:small}\n",
            "Annonce i {paper} ... {kr:small}\n",
            "Kapel og bisættelse fra Kirkegårdsvej kapel ... {kr:small}\n",
        ),
        2,
        5,
    )
    d.w("I alt inkl. moms: {kr}\n\n")
    if d.rng.random() < 0.5:
        d.w(
            "Betaler: {full:payer}\nBetaling med kort: {card:payer}, udløb {exp:payer}, "
            "{cvv:payer}\n"
        )
    else:
        d.w(
            "Betaler: {full:payer}, {phone:payer}\n"
            "Tilbagebetaling af begravelseshjælp til: {acct:payer}\n"
        )
    d.pick(
        (
            "Parkering ved kapellet for pårørendes bil {plate:kin}.\n",
            "Bemærk: {funeral} sender aldrig betalingslink pr. sms. Har du fået en sms om "
            '"restbetaling" fra {phone:scam}, så ring {org}.\n',
            "Kontaktperson hos os: {full:staff}, {mailbox:bedemand}.\n",
        ),
        1,
        3,
    )


CHAT_LINES = (
    "har i også fået sms fra en advokat {full:scam} om {fam}s dødsbo?? han siger vi skal "
    "betale {kr} i gebyr",
    "ja han ringede fra {phone:scam} 🙄",
    "det er fup {at:heir}!! skifteretten tager ikk gebyr på den måde",
    "han ville ha mors cpr {cpr:dead} og jeg gav ham det 😬",
    "jeg gav ham osse koden {otp} som kom på sms... undskyld",
    "ring til {bank} på {org} NU og få det spærret",
    "fars mitid bruger-id er {mitid:dead} har han brugt det??",
    "hans mail er {email:scam} - skal vi anmelde det til politiet på {short}",
    "{nick:heir2} kan du tjekke boets konto {acct:dead}",
    "der står at skat skal tilbagebetale {kr} af boet hvis vi sender kontonr 🙄 lol",
    "har nogen set fars bil {plate:dead}? den holder ikke på {addr:dead} mere",
    "{lower:heir3} du skal ikke svare ham, han ringede også til {gen:heir2} mand",
    "jeg har skrevet til den rigtige bobestyrer {full:exec} på {email:exec}",
    "godt gået {heart:heir2}",
    "mit nye nr er {phone:heir3} btw",
    "han sagde han hed {first:scam} og var fra skattestyrelsens dødsboenhed",
    "skattestyrelsen har ikk en dødsboenhed der ringer... det er svindl",
    "jeg har sendt {gen:dead} kort {card:dead} til banken så de kan spærre det",
    "tak {heart:heir} for at tage dig af det",
    "{at:heir3} ring lige til mig på {phone:heir}",
    "mor siger manden ville ha koden {otp} fra hendes mitid app 😭",
)


def family_chat(d: Doc) -> None:
    speakers = ("heir", "heir2", "heir3")
    style = d.rng.randrange(3)
    d.w(
        (
            "WhatsApp-gruppe: Familien 💙\n",
            "Messenger - {gen:dead} børn\n",
            "SMS-tråd eksporteret {date}\n",
        )[style]
    )
    lines = d.rng.sample(range(len(CHAT_LINES)), d.rng.randint(6, 10))
    for i in sorted(lines):
        named = re.findall(r":(heir\d?)\}", CHAT_LINES[i])
        who = d.rng.choice([s for s in speakers if s not in named] or speakers)
        if style == 0:
            d.w("{stamp} ")
            d.name(who, d.rng.choice(("full", "first", "full")))
            d.t(": ")
        elif style == 1:
            d.name(who, d.rng.choice(("first", "full", "lower")))
            d.w(" {clock}\n")
        else:
            d.t("Fra ")
            d.name(who, d.rng.choice(("first", "nick", "upper")))
            d.t(": ")
        d.w(CHAT_LINES[i] + "\n")


def abroad_scam(d: Doc) -> None:
    d.w(
        "From: {full:alias} <{email:alias}>\nTo: {email:victim}\n"
        "Subject: URGENT - unclaimed inheritance, ref. INH/2026/{num}\n\n"
        "Dear {full:victim},\n\nI am Barrister {full:alias} of {scamfirm}, personal attorney "
        "to the late Engineer {kinname}, who died in Marbella on {death} "
        "leaving {eur} in a bank in Madrid. As the deceased shares your surname, you can "
        "be presented as next of kin. "
    )
    d.pick(
        (
            "To release the funds, a processing fee of 1.250 EUR must be paid to our escrow "
            "account {iban:es}. ",
            "Alternatively pay to our London account {iban:gb}. ",
            "Call me on {phone:alias} or reply with your full address and date of birth. ",
            "Keep this strictly confidential. ",
        ),
        2,
        4,
    )
    d.w("\n\nYours faithfully,\n{upper:alias}\n\n")
    d.w("--- Svar ---\n")
    d.pick(
        (
            "Dear Mr. {last:alias}, jeg er meget interesseret. Min adresse er {addr:victim}. ",
            "Mit telefonnummer er {phone:victim}. ",
            "Jeg er født {dob:victim}, mit CPR er {cpr:victim}. ",
            "I have paid the fee with my card {card:victim}, exp. {exp:victim}, {cvv:victim}. ",
            "Please transfer the inheritance to my account {acct:victim} / IBAN {iban:dk}. ",
        ),
        3,
        5,
    )
    d.w("\nBest regards {full:victim}\n")
    if d.rng.random() < 0.6:
        d.w(
            "\n--- Svar 2 ---\nHej igen. Mit barnebarn {three:heir} siger det er svindel og at "
            "jeg skal ringe til {bank} på {org}. I did not authorise the payment ({kr}). "
            "Banken har nu spærret kortet {card:victim}. Please don't contact me again.\n"
        )


def estate_inventory(d: Doc) -> None:
    d.w(
        "BOOPGØRELSE\n\nBoet efter {upper:dead}, CPR {cpr:dead}\nDødsdato: {death}\n"
        "Bobestyrer: advokat {full:exec}, {firm}, {mailbox:bo}\nJ.nr. {bs}\n\n"
        "ARVINGER\n1) {full:heir}, {addr:heir}, CPR {cpr:heir}\n"
        "2) {formal:heir2}, {addr:heir2}\n"
    )
    if d.rng.random() < 0.5:
        d.w("3) {three:heir3}, f. {dob:heir3}, {phone:heir3}\n")
    d.w("\nAKTIVER\n")
    d.pick(
        (
            "Fast ejendom: {addr:dead} ({matr}), ejendomsværdi {big}\n",
            "Sommerhus: {addr:dead2}, ejendomsværdi {big}\n",
            "Bankindestående, {bank}: {acct:dead}, saldo {kr}\n",
            "Opsparing: {acct:dead3}: {kr}\n",
            "Udenlandsk konto: {iban:any} {eur}\n",
            "Bil: {car} {plate:dead}, handelsværdi {kr}\n",
            "Campingvogn, reg.nr.: {plate:dead2}, værdi {kr}\n",
            "Indbo og personlige effekter: {kr}\n",
        ),
        4,
        7,
    )
    d.w("\nPASSIVER\nBegravelse, {funeral}: {kr}\nSkyldig skat: {kr}\n")
    d.pick(
        (
            '\nBemærkning: Den {date} modtog boet en falsk faktura fra "{creditor}" om '
            "{kr} til {iban:any}. Indbetalingen blev stoppet.\n",
            '\nBemærkning: {full:heir2} er blevet kontaktet af en "advokat" {full:scam} på '
            "{phone:scam}, der påstod at repræsentere boet. Sagen er anmeldt.\n",
            "\nUdlodning til {gen:heir} konto {acct:heir}: {kr}\n",
        ),
        1,
        3,
    )


def obituary_scam(d: Doc) -> None:
    if d.rng.random() < 0.5:
        d.w(
            "{creditor}\n{date}\n\n{full:widow}\n{block:widow}\n\n"
            "Vedr.: Udestående gæld efter {full:dead}\n\n"
            "Kære {first:widow}\n\nVi har med beklagelse set dødsannoncen i {paper}. "
            "{first:dead} havde ved sin død en ubetalt ydelse på {kr} hos os (kontrakt "
            "KR-{num}). For at undgå inkasso skal beløbet betales inden 7 dage.\n\n"
            "Oplys kortnummer, udløbsdato og kontrolcifre samt Deres MitID-bruger-ID, så vi "
            "kan bekræfte Deres identitet. Kontakt sagsbehandler {full:fake} på "
            "{phone:fake} eller {email:fake}.\n\n"
        )
        d.w("Med venlig hilsen\n{initial:fake}\nKreditafdelingen\n")
        if d.rng.random() < 0.7:
            d.w(
                "\n[Håndskrevet svar, indscannet]\nKort: {card:widow} Udløb: {exp:widow} "
                "{cvv:widow}\nMitID: {mitid:widow}\nTlf. {phone:widow}\nKode fra sms: {otp}\n"
            )
        return
    d.w(
        "POLITIANMELDELSE - bedrageri\nJournalnr. 0{num}-84210-{num}-26\n\n"
        "Anmelder: {full:widow}, født {dob:widow}, CPR {cpr:widow}\nAdresse: {addr:widow}\n"
        "Tlf.: {phone:widow}\n\nForklaring:\nAnmelder mistede sin ægtefælle {full:dead} den "
        '{death}. {date} modtog hun et brev fra "{creditor}" om en gæld på {kr}, og hun ringede '
        "til {phone:fake} og talte med en person, der kaldte sig {full:fake}. "
    )
    d.pick(
        (
            "Hun oplyste sit kort {card:widow}, udløb {exp:widow}, {cvv:widow}. ",
            "Hun oplyste sit MitID-bruger-ID {mitid:widow}. ",
            "Hun blev bedt om at læse sms-koden {otp} op og gjorde det. ",
            "Der blev derefter hævet {kr} fra hendes konto {acct:widow}. ",
            "En nabo så en sort {car} med nummerpladen {plate:fake} holde ved huset {clock}. ",
            "Gerningsmanden skrev også fra {email:fake}. ",
            "Enken blev ringet op igen {clock} og bedt om engangskoden {otp}, som hun ikke gav. ",
        ),
        3,
        6,
    )
    d.w(
        "\n\nKontaktperson: {gen:widow} søn {three:son}, {phone:son}, {email:son}.\n"
        "Modtaget af: {initial:staff}, politiassistent, {clock}\n"
    )


def dpo_log(d: Doc) -> None:
    d.w(
        "Sletningslog - afdød kunde, DPO-2026-{num}\n"
        "Anmodning fra {full:heir} ({email:heir}), arving efter {full:dead}. "
        "Dokumentation: skifteretsattest af {date}, J.nr. {bs}.\n\n"
    )
    d.pick(
        (
            "{iso} [{last:staff}] søgt på CPR {cpr:dead}: 4 forekomster\n",
            "{iso} slettet: kundeprofil {formal:dead}, adresse {addr:dead}\n",
            "{iso} slettet: tlf. {phone:dead} og e-mail {email:dead}\n",
            "{iso} slettet: kort {card:dead} (udløb {exp:dead})\n",
            "{iso} bevaret (bogføringsloven, 5 år): konto {acct:dead}, IBAN {iban:dk}\n",
            "{iso} slettet: MitID-bruger-ID {mitid:dead} fra login-log\n",
            "{iso} slettet: bil {plate:dead} fra forsikringspolice\n",
            "{iso} slettet: kort **** **** **** 1111 (allerede maskeret)\n",
            "{iso} bemærkning: svindelforsøg fra {email:scam} om udlevering af "
            "{gen:dead} data afvist\n",
        ),
        4,
        8,
    )
    d.w(
        "{iso} svar sendt til {email:heir} og pr. brev til {addr:heir}\n"
        "Behandlet af {full:staff} ({mailbox:dpo})\n"
    )


WRITERS = dict(
    zip(
        GENRES,
        (
            bank_estate,
            probate_court,
            funeral_home,
            family_chat,
            abroad_scam,
            estate_inventory,
            obituary_scam,
            dpo_log,
        ),
        strict=True,
    )
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = NEGATIVES if size == SIZE else round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    plan += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(plan):
        while True:
            doc = Doc(rng, kind == "negative")
            WRITERS[genre](doc)
            text = doc.text()
            if text not in seen and (kind == "negative" or doc.spans):
                break
        seen.add(text)
        docs.append(
            {"id": f"pb25-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": doc.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind25.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
