"""A fifty-fifth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is A DATA-PROTECTION
OFFICER'S DESK, in ten genres: a data subject's access request (art. 15), the reply with an
extract of what is held, a deletion or rectification request (old and new address, phone,
card to be removed), a breach notification to Datatilsynet listing the affected people, the
security team's incident ticket with log lines and affected accounts (e-mails, MitID user IDs,
one-time codes sent), a consent and marketing-opt-out log export (semicolon CSV), a lawyer's
letter asserting a client's rights (with an account or IBAN for compensation), a complaint
forwarded by Datatilsynet, a processor's notification of a sub-processor's breach (a parking
app's customers: plates, cards, expiry, CVV) and an internal e-mail thread about a mis-sent
letter (the intended and the wrong recipient, both with their details). The names are Danes of
all ages, Danes with roots elsewhere ("Zainab Abdi", "Nguyen Thi Mai"), double surnames
("Holm-Sørensen", "Skov Kjeldsen") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("advokat", "klager", "DPO"): full,
  given name alone ("Kære Mette,", a signature "Mette"), lower case ("mette hansen" in a log or
  CSV), capitals ("METTE HANSEN"), inverted ("Hansen, Mette" is one span), initial and surname
  ("M. Hansen"); a genitive s belongs to it ("Mettes"). After "c/o" the name is PERSON and the
  address its own span. Organisations, products, pseudonyms ("Person A", "Kunde 1",
  "Registreret 3"), stand-ins ("[NAVN]") and roles are never PERSON.
- ADDRESS runs from the street name (or "Postboks NNN") through number, letter, floor and side
  ("12B", "2. th.", "st. tv.", "3. sal"), plus postcode and town on the same line after a
  comma or on the next line of an address block (the line break inside the span); lower-case
  addresses typed by a data subject are ADDRESS too. Organisations' own addresses
  (ORG_ADDRESSES) are never ADDRESS.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting its century (0 to 3 in
  the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni
  1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after "født", "f."
  or "Fødselsdato:"; no other date, log timestamp or clock time is ever labelled.
- PHONE: Danish numbers from the mobile and landline leads (MOBILE, LANDLINE; 70 and 80 are
  organisations' lines, never personal) written "+45 20304050", "+45 20 30 40 50",
  "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50",
  "20304050", "+4520304050" or "20.30.40.50" with the country code inside the span, and foreign
  numbers from the fiction ranges "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
- EMAIL: every unmasked e-mail address (all at example.dk / example.com), staff's and the
  organisations' too. Masked ones ("m***@example.dk") are never labelled.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only
  the account is. IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by
  four or compact. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), grouped by
  four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after "CVV", "CVC"
  or "kontrolcifre". OTP: a one-time code sent, asked for or given (6 or 8 digits);
  MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("AB 12 345",
  "AB12345").
- Hard negatives, never labelled: Datatilsynet's journal numbers ("j.nr. 2026-31-4417"), the
  organisations' case numbers ("DSAR-2026-0412"), ticket IDs ("INC-2026-04417"), log
  timestamps ("2026-03-04T09:14:22Z"), IP addresses, hashes and pseudonymised IDs
  ("sha256:9f2c...", "pid_7f3a9c2e"), article references ("art. 33, stk. 1"), counts of
  affected people ("1.284 registrerede"), CVR numbers ("CVR-nr. 12345678"), version numbers
  ("v4.12.3"), organisations' addresses and 70/80 lines, masked values ("040652-xxxx",
  "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111") and pseudonyms. Documents of
  kind "negative" are the same genres after pseudonymisation: only such values, stand-ins and
  pseudonyms remain. No run of ten or more digits occurs outside a labelled CPR, account, card
  or IBAN.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind54 [OUT.jsonl]`` writes the set (by default
bench/data/pii_blind54.jsonl); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 54
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind54.jsonl"

TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "CARD",
    "CARD_EXPIRY",
    "CARD_CVV",
    "OTP",
    "MITID_USER",
    "BANK_ACCOUNT",
    "IBAN",
    "DATE_OF_BIRTH",
    "NUMBER_PLATE",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "401288", "400005", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "NL": 18, "FI": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Mette", "Anne", "Kirsten", "Hanne", "Susanne", "Lene", "Birgitte", "Camilla", "Signe",
         "Ida", "Freja", "Emma", "Astrid", "Karen", "Inger", "Vibeke", "Tove", "Malene",
         "Louise", "Sofie", "Nanna", "Rikke", "Trine", "Pernille", "Dorthe", "Gitte", "Lærke",
         "Maja", "Clara", "Ellen", "Zainab", "Fatima", "Aisha", "Leyla", "Ewa", "Olena",
         "Amira", "Yasmin", "Hiba", "Marianne", "Bodil", "Jytte")  # fmt: skip
MEN = ("Jens", "Peter", "Lars", "Søren", "Niels", "Henrik", "Michael", "Thomas", "Jesper",
       "Morten", "Rasmus", "Mads", "Anders", "Jonas", "Mikkel", "Frederik", "Oliver", "Magnus",
       "Emil", "Viktor", "Carl", "Poul", "Erik", "Bent", "Kasper", "Ahmad", "Mohammed", "Ali",
       "Hassan", "Omar", "Tariq", "Piotr", "Dmitri", "Kemal", "Yusuf", "Svend", "Ole", "Flemming",
       "Troels", "Aksel")  # fmt: skip
SURNAMES = ("Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
            "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
            "Lauridsen", "Holm", "Bech", "Skov", "Vestergaard", "Dahl", "Krogh", "Lund",
            "Frandsen", "Kjeldsen", "Østergaard", "Mikkelsen", "Iversen", "Abdi", "Rahimi",
            "Yilmaz", "Hussein", "Kowalski", "Khan", "Demir", "Haddad", "Mahmoud",
            "Shevchenko", "Bruun", "Thygesen", "Damgaard", "Overgaard")  # fmt: skip
# Vietnamese names, written family name, middle name, given name ("Nguyen Thi Mai")
VIET_FAMILY = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang")
VIET_WOMEN = ("Mai", "Hoa", "Lan", "Thu", "Linh", "Huong")
VIET_MEN = ("Minh", "Duc", "Long", "Tuan", "Hung", "Quang")

STREETS = ("Ahornvej", "Bøgevej", "Skovbrynet", "Kirkegade", "Strandvejen", "Vestergade",
           "Nørregade", "Lindealle", "Egevænget", "Møllebakken", "Solsikkevej", "Fasanvej",
           "Højvangen", "Præstemarken", "Engtoften", "Kastanjevej", "Tjørnevej", "Havnegade",
           "Grønnegade", "Syrenvej", "Birkedalsvej", "Rønnebærvej", "Klokkerbakken",
           "Teglværksvej", "Åbrinken", "Mågevej", "Pilehaven", "Slotsgade", "Hybenvænget",
           "Kløvervej")  # fmt: skip
TOWNS = ("2300 København S", "2400 København NV", "8000 Aarhus C", "5000 Odense C",
         "9000 Aalborg", "6700 Esbjerg", "7100 Vejle", "4000 Roskilde", "3400 Hillerød",
         "8600 Silkeborg", "2630 Taastrup", "4700 Næstved", "6000 Kolding", "8900 Randers",
         "7400 Herning", "3000 Helsingør", "2800 Kongens Lyngby", "4600 Køge",
         "5700 Svendborg", "9800 Hjørring", "8700 Horsens", "2720 Vanløse")  # fmt: skip

COMPANIES = ("Nordlys Energi A/S", "Fjordbanken", "Sundklinikken Vest ApS", "Bølge Forsikring A/S",
             "ParkNord ApS", "Havkær Boligselskab", "Lindegaard Fitness ApS", "Mølleå Vand A/S",
             "Tangø Telecom A/S", "Kystlinjen Rejser ApS")  # fmt: skip
PROCESSORS = ("DataHuset Nord ApS", "Skyvagt ApS", "Regnskabsboksen A/S", "Postflow ApS")
SUBPROCESSORS = ("CloudLager ApS", "MailRute A/S", "Printcentret Vest ApS", "Backupfabrikken")
LAW_FIRMS = ("Koster & Brandt Advokatfirma", "Advokathuset Vestbo", "Lindahl Juul Advokater")
PRODUCTS = ("MinSide", "ParkNord-appen", "Kundeportalen", "Zendesk", "Salesforce", "Splunk")
ORG_ADDRESSES = ("Carl Jacobsens Vej 35, 2500 Valby", "Industrivænget 14, 7100 Vejle",
                 "Havnefronten 2, 8000 Aarhus C", "Energivej 40, 5260 Odense S",
                 "Kalvebod Brygge 120, 1560 København V", "Fabriksparken 7, 2600 Glostrup",
                 "Lufthavnsvej 9, 9400 Nørresundby")  # fmt: skip
ORG_LINES = ("70 22 14 90", "70 11 48 33", "80 20 55 10", "70 25 61 00", "80 88 41 41",
             "70 33 19 20", "7020 4488", "8030 1020")  # fmt: skip
SUBJECT_PSEUDONYMS = ("Person A", "Person B", "Person C", "Kunde 1", "Kunde 2", "Registreret 3",
                      "Registreret 4")  # fmt: skip
STAFF_PSEUDONYMS = ("Medarbejder X", "Medarbejder Y", "Sagsbehandler 1", "Sagsbehandler 2")
PSEUDONYMS = SUBJECT_PSEUDONYMS + STAFF_PSEUDONYMS
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
ARTICLES = ("art. 15", "art. 16", "art. 17", "art. 21", "art. 33, stk. 1", "art. 34, stk. 1",
            "art. 28, stk. 2", "art. 12, stk. 3", "art. 6, stk. 1, litra a", "art. 82")  # fmt: skip

GENRES = (
    "indsigtsanmodning",
    "indsigtssvar",
    "sletning_berigtigelse",
    "brudanmeldelse",
    "hændelsesticket",
    "samtykkelog",
    "advokatbrev",
    "klage_datatilsynet",
    "underdatabehandler_brud",
    "fejlsendt_brev",
)

Item = str | tuple[str, str]


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _passes_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class Person:
    """One person of a document: a name in many written forms and the details they carry."""

    def __init__(self, rng: random.Random, staff: bool = False) -> None:
        self.woman = rng.random() < 0.5
        roll = rng.random()
        self.east = roll < 0.05 and not staff
        if self.east:
            self.surname = rng.choice(VIET_FAMILY)
            self.given = rng.choice(VIET_WOMEN if self.woman else VIET_MEN)
            self.full = f"{self.surname} {'Thi' if self.woman else 'Van'} {self.given}"
            self.middle = ""
        else:
            self.given = rng.choice(WOMEN if self.woman else MEN)
            first_surname = rng.choice(SURNAMES)
            if roll < 0.30:
                second = rng.choice([s for s in SURNAMES if s != first_surname])
                self.surname = f"{first_surname}-{second}"
            else:
                self.surname = first_surname
            self.middle = ""
            if 0.30 <= roll < 0.48:
                self.middle = rng.choice(
                    [*SURNAMES[:24], *rng.sample(WOMEN if self.woman else MEN, 1)]
                )
                if self.middle == self.surname or self.middle == self.given:
                    self.middle = "Bech" if self.surname != "Bech" else "Dahl"
            self.full = " ".join(p for p in (self.given, self.middle, self.surname) if p)
        self.birth = date(1934, 1, 1) + timedelta(days=rng.randrange(0, 26000))
        if self.birth.year > 2005:
            self.birth = self.birth.replace(year=2005 - rng.randrange(0, 4))
        local = self.full.lower().replace(" ", ".").replace("-", ".")
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            local = local.replace(a, b)
        style = rng.randrange(4)
        if style == 1:
            local = f"{self.given.lower()[:1]}{self.surname.split('-')[0].lower()}"
            for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
                local = local.replace(a, b)
        elif style == 2:
            local = f"{local}{self.birth.year % 100:02d}"
        domain = rng.choice(("example.dk", "example.com", "post.example.dk"))
        self.email = f"{local}@{domain}"
        short = self.given.lower() + self.surname.split("-")[0].lower()[:4]
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            short = short.replace(a, b)
        short = re.sub(r"[^a-z]", "", short)
        self.mitid = short + (
            f"{self.birth.year}" if rng.random() < 0.4 else f"{self.birth.year % 100:02d}"
        )

    def initial(self) -> str:
        if self.east:
            return self.full
        return f"{self.given[0]}. {self.surname}"

    def inverted(self) -> str:
        if self.east:
            return self.full
        first = " ".join(p for p in (self.given, self.middle) if p)
        return f"{self.surname}, {first}"

    def genitive(self, given_only: bool = False) -> str:
        name = self.given if given_only else self.full
        return name if name[-1] in "sxzSXZ" else name + "s"


class Ctx:
    """A document's random source and its writing: real values, or pseudonymised stand-ins."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.r = rng
        self.neg = neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0
        self.pseudo = iter(rng.sample(SUBJECT_PSEUDONYMS, len(SUBJECT_PSEUDONYMS)))
        self.staff_pseudo = iter(rng.sample(STAFF_PSEUDONYMS, len(STAFF_PSEUDONYMS)))
        self.month = rng.randrange(2, 12)  # the month the document is written in
        self.clock = 0  # seconds into the day of the document's log lines
        self.aliases: dict[int, str] = {}

    # ---- writing ----
    def add(self, *items: Item) -> None:
        for item in items:
            if isinstance(item, tuple):
                kind, value = item
                self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
                self.parts.append(value)
                self.n += len(value)
            else:
                self.parts.append(item)
                self.n += len(item)

    def text(self) -> str:
        return "".join(self.parts)

    def lab(self, kind: str, value: str, masked: str) -> Item:
        return masked if self.neg else (kind, value)

    # ---- people ----
    def person(self, staff: bool = False) -> Person:
        p = Person(self.r, staff)
        if self.neg:
            pool = self.staff_pseudo if staff else self.pseudo
            self.aliases[id(p)] = next(pool, "[NAVN]")
        return p

    def name(self, p: Person, form: str = "full") -> Item:
        if self.neg:
            alias = self.aliases.get(id(p), "[NAVN]")
            return f"{alias}'s" if form in ("gen", "given_gen") else alias
        value = {
            "full": p.full,
            "given": p.given,
            "lower": p.full.lower(),
            "caps": p.full.upper(),
            "inverted": p.inverted(),
            "initial": p.initial(),
            "gen": p.genitive(),
            "given_gen": p.genitive(True),
            "caps_inverted": p.inverted().upper(),
            "lower_given": p.given.lower(),
        }[form]
        return ("PERSON", value)

    # ---- identifiers ----
    def cpr(self, p: Person) -> Item:
        b = p.birth
        head = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
        century = "4" if b.year >= 2000 else self.r.choice("0123")
        while True:
            serial = century + "".join(self.r.choice(string.digits) for _ in range(3))
            if not _passes_mod11(head + serial):
                break
        form = self.r.randrange(4)
        value = (
            f"{head}-{serial}",
            f"{head}{serial}",
            f"{head[:2]} {head[2:4]} {head[4:]} {serial}",
            f"{head} {serial}",
        )[form]
        return self.lab("CPR", value, self.r.choice(("[CPR]", f"{head}-xxxx")))

    def dob(self, p: Person) -> Item:
        b = p.birth
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )
        return self.lab("DATE_OF_BIRTH", value, "[fødselsdato]")

    def phone(self, foreign: float = 0.09) -> Item:
        r = self.r
        roll = r.random()
        if roll < foreign / 2:
            value = f"+44 7700 900{r.randrange(1000):03d}"
        elif roll < foreign:
            value = f"+46 70 174 06 {r.randrange(5, 100):02d}"
        else:
            lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
            d = lead + "".join(r.choice(string.digits) for _ in range(6))
            pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
            value = r.choice(
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
                    ".".join(d[i : i + 2] for i in range(0, 8, 2)),
                )
            )
        masked = r.choice(("[TLF]", f"+45 ** ** ** {r.randrange(10, 100)}"))
        return self.lab("PHONE", value, masked)

    def email(self, p: Person) -> Item:
        return self.lab("EMAIL", p.email, self.masked_email(p))

    def masked_email(self, p: Person) -> str:
        if self.r.random() < 0.3:
            return "[e-mail]"
        return f"{p.email[0]}***@{p.email.split('@')[1]}"

    def place(self) -> tuple[str, str, str]:
        """A street and number, a floor and side (or none) and a postcode and town."""
        r = self.r
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}"
        if r.random() < 0.15:
            street += r.choice("ABC")
        floor = r.choice(("", "", "", ", st. th.", ", st. tv.", ", 1. th.", ", 2. tv.",
                          ", 3. mf.", ", 4. th.", ", 2. sal", ", 1. sal"))  # fmt: skip
        return street, floor, r.choice(TOWNS)

    def address(self, layout: str | None = None, place: tuple[str, str, str] | None = None) -> Item:
        r = self.r
        layout = layout or r.choice(("comma", "comma", "block", "block", "lower", "street"))
        street, floor, town = place or self.place()
        if layout == "postbox":
            value = f"Postboks {r.randrange(10, 999)}" + r.choice((", ", "\n")) + town
        elif layout == "block":
            value = f"{street}{floor}\n{town}"
        elif layout == "lower":
            value = f"{street}{floor}, {town}".lower()
        elif layout == "street":
            value = f"{street}{floor}"
        else:
            value = f"{street}{floor}, {town}"
        return self.lab("ADDRESS", value, "[ADRESSE]")

    def card(self) -> Item:
        r = self.r
        prefix = r.choice(TEST_PREFIXES)
        body = prefix + "".join(r.choice(string.digits) for _ in range(15 - len(prefix)))
        compact = body + _luhn_digit(body)
        value = grouped(compact) if r.random() < 0.7 else compact
        return self.lab("CARD", value, "**** **** **** " + compact[-4:])

    def expiry(self) -> Item:
        m, y = self.r.randrange(1, 13), self.r.randrange(26, 32)
        value = f"{m:02d}/{y}" if self.r.random() < 0.75 else f"{m:02d}/20{y}"
        return self.lab("CARD_EXPIRY", value, "**/**")

    def cvv(self) -> Item:
        return self.lab("CARD_CVV", f"{self.r.randrange(1000):03d}", "***")

    def otp(self) -> Item:
        n = 6 if self.r.random() < 0.8 else 8
        value = "".join(self.r.choice(string.digits) for _ in range(n))
        if n == 8 and value[:2] in MOBILE + LANDLINE + ("70", "80"):
            value = "0" + value[1:]
        return self.lab("OTP", value, "[kode]")

    def mitid(self, p: Person) -> Item:
        return self.lab("MITID_USER", p.mitid, "[bruger-id]")

    def account(self, layout: str | None = None) -> tuple[list[Item], str]:
        """Account items; the layout says whether the reg.nr. is part of the span."""
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        acct = f"{r.randrange(10**9, 10**10):010d}" if r.random() < 0.75 else (
            f"{r.randrange(10**6, 10**8)}"
        )  # fmt: skip
        layout = layout or r.choice(("dash", "space", "words", "words2"))
        if self.neg:
            return (["[kontonr.]"], layout)
        if layout == "dash":
            return ([("BANK_ACCOUNT", f"{reg}-{acct}")], layout)
        if layout == "space":
            return ([("BANK_ACCOUNT", f"{reg} {acct}")], layout)
        if layout == "words":
            return ([f"reg.nr. {reg}, kontonr. ", ("BANK_ACCOUNT", acct)], layout)
        return ([f"reg. {reg} konto ", ("BANK_ACCOUNT", acct)], layout)

    def iban(self) -> Item:
        r = self.r
        country = r.choice(("DK", "DK", "DE", "NO", "SE", "NL", "FI"))
        digits = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        bban = {
            "DK": lambda: digits(14),
            "DE": lambda: digits(18),
            "NO": lambda: digits(11),
            "SE": lambda: digits(20),
            "NL": lambda: r.choice(("ABNA", "RABO", "INGB")) + digits(10),
            "FI": lambda: digits(14),
        }[country]()
        compact = _iban(country, bban)
        value = grouped(compact) if r.random() < 0.6 else compact
        return self.lab("IBAN", value, f"{compact[:4]}{'X' * 10}{compact[-4:]}")

    def plate(self) -> Item:
        r = self.r
        letters = r.choice("ABCDEHJKLMNPRSTUVXYZ") + r.choice("ABCDEHJKLMNPRSTUVXYZ")
        num = f"{r.randrange(10, 100)} {r.randrange(100, 1000)}"
        value = f"{letters} {num}" if r.random() < 0.7 else f"{letters}{num.replace(' ', '')}"
        return self.lab("NUMBER_PLATE", value, "[nummerplade]")

    # ---- look-alikes (never labelled) ----
    def jnr(self) -> str:
        return f"2026-31-{self.r.randrange(1000, 9999)}"

    def case_no(self, prefix: str | None = None) -> str:
        prefix = prefix or self.r.choice(("DSAR", "SLET", "BRUD", "KLAGE"))
        return f"{prefix}-2026-{self.r.randrange(1, 9999):04d}"

    def ticket(self) -> str:
        return f"INC-2026-{self.r.randrange(1, 99999):05d}"

    def ts(self, earlier: int = 0) -> str:
        """A timestamp in the document's month (or that many months before it)."""
        r = self.r
        return (
            f"2026-{self.month - earlier:02d}-{r.randrange(1, 29):02d}T{r.randrange(24):02d}:"
            f"{r.randrange(60):02d}:{r.randrange(60):02d}Z"
        )

    def log_ts(self) -> str:
        """The next timestamp of a log excerpt: one day, later each time."""
        if not self.clock:
            self.log_day = self.r.randrange(1, 29)
            self.clock = self.r.randrange(0, 50000)
        self.clock = min(self.clock + self.r.randrange(2, 900), 86399)
        h, rest = divmod(self.clock, 3600)
        return f"2026-{self.month:02d}-{self.log_day:02d}T{h:02d}:{rest // 60:02d}:{rest % 60:02d}Z"

    def ip(self) -> str:
        r = self.r
        return r.choice(
            (
                f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                f"192.0.2.{r.randrange(1, 255)}",
                f"203.0.113.{r.randrange(1, 255)}",
                f"198.51.100.{r.randrange(1, 255)}",
            )
        )

    def hexid(self, n: int) -> str:
        while True:
            h = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{5}", h):
                return h

    def sha(self) -> str:
        return f"sha256:{self.hexid(16)}…"

    def pid(self) -> str:
        return f"pid_{self.hexid(8)}"

    def count(self, *words: str) -> str:
        n = self.r.choice((self.r.randrange(2, 999), self.r.randrange(1000, 99999)))
        s = f"{n:,}".replace(",", ".")
        return f"{s} {self.r.choice(words or ('registrerede', 'berørte', 'kunder berørt'))}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randrange(10**7, 10**8)}"

    def version(self) -> str:
        r = self.r
        return f"v{r.randrange(1, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}"

    def art(self, *choices: str) -> str:
        return self.r.choice(choices or ARTICLES)

    def letter_date(self, offset: int = 0) -> str:
        """A date in the document's month, or that many months later (+) or earlier (-)."""
        return f"{self.r.randrange(1, 29)}. {MONTHS[self.month - 1 + offset]} 2026"

    def org_block(self, org: str) -> str:
        r = self.r
        return f"{org}\n{r.choice(ORG_ADDRESSES)}\nTlf. {r.choice(ORG_LINES)} · {self.cvr()}\n"

    def mask_card_tail(self) -> str:
        return f"**** **** **** {self.r.randrange(1000, 9999)}"


def greet(c: Ctx, p: Person) -> list[Item]:
    word = c.r.choice(("Kære ", "Hej ", "Kære ", "Goddag "))
    form = c.r.choice(("given", "given", "full", "lower_given")) if word == "Hej " else "given"
    if word == "Goddag ":
        form = "full"
    return [word, c.name(p, form), ",\n\n"]


def sign(c: Ctx, p: Person, role: str = "") -> list[Item]:
    r = c.r
    closing = r.choice(("Med venlig hilsen", "Venlig hilsen", "Mvh.", "Bedste hilsner"))
    form = r.choice(("given", "full", "full", "initial"))
    out: list[Item] = [f"\n\n{closing}\n", c.name(p, form)]
    if role:
        out.append(f"\n{role}")
    return out


# ---------------------------------------------------------------- genres


def g_access_request(c: Ctx) -> None:
    r = c.r
    p = c.person()
    org = r.choice(COMPANIES)
    c.add(
        "Til: ",
        ("EMAIL", f"dpo@{r.choice(('example.dk', 'example.com'))}") if not c.neg else "[e-mail]",
    )
    c.add("\nFra: ", c.name(p, "full"), " <", c.email(p), ">\n")
    c.add(f"Emne: Anmodning om indsigt, jf. {r.choice(('art. 15', 'artikel 15'))}\n\n")
    c.add(
        f"Til {org}\n\nJeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig. "
    )
    c.add("Jeg er ", c.name(p, "full"), ", født ", c.dob(p), ", og min adresse er ")
    c.add(c.address(r.choice(("comma", "lower", "comma"))), ". ")
    c.add("Mit CPR-nr. er ", c.cpr(p), r.choice((", hvis I skal bruge det.", ".")))
    if r.random() < 0.6:
        c.add(" I kan ringe på ", c.phone(), " mellem kl. 16.00 og 18.00.")
    if r.random() < 0.5:
        c.add(" Jeg logger på ", r.choice(PRODUCTS[:3]), " med MitID (bruger-ID ", c.mitid(p), ").")
    if r.random() < 0.4:
        c.add(" Jeg har desuden haft bil parkeret hos jer med nummerplade ", c.plate(), ".")
    if r.random() < 0.5:
        c.add(
            f"\n\nJeg vil gerne vide, hvilke oplysninger I har, hvor de stammer fra, og om de er "
            f"videregivet, jf. {c.art('art. 15, stk. 1', 'art. 15')}. Jeg forventer svar inden "
            f"for en måned, jf. {c.art('art. 12, stk. 3')}."
        )
    if r.random() < 0.35:
        other = c.person()
        kin = "min datter " if other.woman else "min søn "
        c.add("\n\nSvar gerne med kopi til ", kin, c.name(other, "full"), ", ")
        c.add(c.email(other), ", som hjælper mig.")
    c.add(*sign(c, p))
    if r.random() < 0.5:
        c.add("\n", c.phone())
    c.add(f"\n\n[Registreret som {c.case_no('DSAR')} af DPO-postkassen {c.ts()}]")


def g_access_reply(c: Ctx) -> None:
    r = c.r
    p = c.person()
    dpo = c.person(staff=True)
    org = r.choice(COMPANIES)
    c.add(c.org_block(org), "\n")
    c.add(c.name(p, "full"), "\n")
    if r.random() < 0.2:
        c.add("c/o ", c.name(c.person(), "full"), "\n")
    home = c.place()
    c.add(c.address(r.choice(("block", "block", "block", "postbox")), home), "\n\n")
    c.add(f"{c.letter_date()}\nVores ref.: {c.case_no('DSAR')}\n\n")
    c.add(*greet(c, p))
    c.add(
        f"Tak for din anmodning af {c.letter_date(-1)} om indsigt efter "
        f"{c.art('art. 15', 'artikel 15', 'art. 15, stk. 1')}. Nedenfor finder du et udtræk af "
        "de oplysninger, vi behandler om dig.\n\n"
    )
    c.add("UDTRÆK FRA KUNDESYSTEMET (", r.choice(("Salesforce", "Kundeportalen")))
    c.add(f" {c.version()})\n")
    c.add("Navn: ", c.name(p, r.choice(("inverted", "full", "caps_inverted", "caps"))), "\n")
    c.add("Fødselsdato: ", c.dob(p), "\n")
    c.add("CPR-nr.: ", c.cpr(p), "\n")
    c.add("Adresse: ", c.address("comma", home), "\n")
    c.add("Telefon: ", c.phone(), "\n")
    c.add("E-mail: ", c.email(p), "\n")
    c.add(f"Kunde-id: {c.pid()}\n")
    if r.random() < 0.55:
        items, _ = c.account()
        c.add("Udbetalingskonto: ", *items, "\n")
    if r.random() < 0.6:
        c.add("IBAN (udlandsbetaling): ", c.iban(), "\n")
    if r.random() < 0.5:
        c.add("Gemt betalingskort: ", c.card(), ", udløb ", c.expiry(), "\n")
    if r.random() < 0.5:
        c.add("MitID bruger-ID: ", c.mitid(p), "\n")
    if r.random() < 0.45:
        c.add("Nummerplade (parkeringstilladelse): ", c.plate(), "\n")
    c.add(
        f"Samtykker: nyhedsbrev (givet {c.ts(1)}), SMS-markedsføring (trukket tilbage)\n"
        f"Seneste login: {c.ts(1)} fra IP {c.ip()}\n\n"
    )
    basis = c.art("art. 6, stk. 1, litra a", "art. 6, stk. 1, litra b")
    c.add(
        f"Oplysningerne behandles efter {basis}. Vi har ikke videregivet dem til andre end "
        f"vores databehandler {r.choice(PROCESSORS)}. Har du spørgsmål, kan du ringe på "
        f"{r.choice(ORG_LINES)} eller skrive til "
    )
    c.add(("EMAIL", "dpo@example.dk") if not c.neg else "[e-mail]", ".")
    c.add(*sign(c, dpo, "Databeskyttelsesrådgiver"))


def g_erase_rectify(c: Ctx) -> None:
    r = c.r
    p = c.person()
    c.add("Fra: ", c.name(p, r.choice(("full", "lower", "full"))), " <", c.email(p), ">\n")
    c.add(f"Emne: {r.choice(('Slet mine oplysninger', 'Ret min adresse', 'Berigtigelse'))}\n\n")
    c.add(r.choice(("Hej,\n\n", "Til databeskyttelsesrådgiveren\n\n", "Hej med jer\n\n")))
    if r.random() < 0.55:
        c.add("Jeg er flyttet fra ", c.address("comma"), " til ")
        c.add(c.address(r.choice(("comma", "lower", "street"))), ", men jeres breve kommer ")
        c.add("stadig til den gamle adresse. Ret det venligst.")
    else:
        c.add(
            f"Jeg vil gerne have slettet alle mine oplysninger, jf. {c.art('art. 17', 'art. 21')}."
        )
    if r.random() < 0.6:
        c.add(" Mit nummer er skiftet fra ", c.phone(), " til ", c.phone(), ".")
    if r.random() < 0.5:
        paren = r.random() < 0.5
        c.add(" Slet også kortet ", c.card(), " (udl. " if paren else " med udløb ", c.expiry())
        c.add(")." if paren else ".")
        if r.random() < 0.6:
            c.add(" Kortets CVC er ", c.cvv(), ", hvis I skal finde det.")
    c.add(" Til identifikation: CPR ", c.cpr(p), ".")
    if r.random() < 0.4:
        spouse = c.person()
        c.add(" Min ", "kone " if spouse.woman else "mand ", c.name(spouse, "full"))
        c.add(" skal stå på aftalen i stedet.")
    c.add(*sign(c, p))
    c.add(f"\n\n--- Intern note ({c.case_no('SLET')}) ---\nIdentitet bekræftet med engangskode ")
    c.add(c.otp(), f" sendt {c.ts()}. Sletning i ", r.choice(PRODUCTS), " og backup ")
    c.add(f"efter 35 dage. Hash af slettet post: {c.sha()}\n")


def g_breach(c: Ctx) -> None:
    r = c.r
    org = r.choice(COMPANIES)
    dpo = c.person(staff=True)
    n = r.randrange(2, 6)
    c.add(f"ANMELDELSE AF BRUD PÅ PERSONDATASIKKERHEDEN ({c.art('art. 33, stk. 1', 'art. 33')})\n")
    c.add(f"Til: Datatilsynet, {ORG_ADDRESSES[0]}\n")
    c.add(f"Dataansvarlig: {org}, {c.cvr()}\nKontaktperson: ")
    c.add(c.name(dpo, "full"), ", ", c.email(dpo), ", tlf. ", c.phone(0.0), "\n")
    c.add(f"Vores ref.: {c.case_no('BRUD')} · Tidligere j.nr. {c.jnr()}\n\n")
    causes = ("en fejlkonfigureret eksport", "et phishingangreb", "en bortkommen bærbar")
    cause = r.choice((*causes, f"en fejl i version {c.version()}"))
    c.add(
        f"Bruddet blev opdaget {c.ts()} og skyldtes {cause}. "
        f"I alt {c.count()} (foreløbigt skøn). Nedenfor de {n} personer, hvor følsomme eller "
        "økonomiske oplysninger er berørt:\n\n"
    )
    for i in range(n):
        p = c.person()
        c.add(f"{i + 1}. ", c.name(p, r.choice(("caps", "caps_inverted", "inverted", "full"))))
        c.add(", CPR ", c.cpr(p))
        if r.random() < 0.4:
            c.add(", f. ", c.dob(p))
        c.add(", ", c.email(p), ", ", c.phone())
        if r.random() < 0.3:
            c.add(", kort ", c.card())
        if r.random() < 0.25:
            items, _ = c.account(r.choice(("dash", "space")))
            c.add(", konto ", *items)
        if r.random() < 0.3:
            c.add(", IBAN ", c.iban())
        c.add("\n")
    c.add(
        f"\nDe registrerede underrettes efter {c.art('art. 34, stk. 1', 'art. 34')}. "
        "Pseudonymiseret liste (sha256) er "
        f"gemt som {c.sha()}.\n"
    )
    c.add(*sign(c, dpo, f"DPO, {org}"))


def g_ticket(c: Ctx) -> None:
    r = c.r
    analyst = c.person(staff=True)
    tid = c.ticket()
    c.add(f"[{tid}] Mistænkelige logins på {r.choice(PRODUCTS[:3])} · Prioritet: Høj\n")
    c.add("Oprettet af: ", c.name(analyst, r.choice(("full", "initial"))), " (SOC)\n")
    c.add(f"System: auth-gw {c.version()} · kilde-IP {c.ip()}\n\nLoguddrag:\n")
    people = [c.person() for _ in range(r.randrange(2, 5))]
    for p in people:
        c.add(f"{c.log_ts()} WARN login_fail user=", c.email(p), f" ip={c.ip()} attempts=")
        c.add(f"{r.randrange(3, 40)}\n")
        if r.random() < 0.7:
            c.add(f"{c.log_ts()} INFO otp_sent to=", c.phone(0.0), " code=", c.otp(), "\n")
        if r.random() < 0.5:
            c.add(f"{c.log_ts()} INFO mitid_login userid=", c.mitid(p), f" session={c.hexid(12)}\n")
    c.add("\nBerørte konti:\n")
    for p in people:
        c.add("- ", c.name(p, r.choice(("lower", "full", "inverted", "caps"))), " (")
        c.add(c.email(p), ")")
        if r.random() < 0.5:
            c.add(", MitID bruger-ID ", c.mitid(p))
        if r.random() < 0.3:
            c.add(", har oplyst kort ", c.card(), " og kontrolcifre ", c.cvv(), " til svindler")
        c.add("\n")
    victim = people[0]
    c.add("\nKommentar: ")
    c.add(c.name(victim, "given_gen"), r.choice((" konto blev overtaget efter en falsk SMS. ",
                                                 " adgang er spærret. ")))  # fmt: skip
    c.add("Hun" if victim.woman else "Han", " læste koden ", c.otp(), " op i telefonen. ")
    c.add(f"Vurderes anmeldelsespligtigt efter {c.art('art. 33, stk. 1', 'art. 33')}; DPO ")
    c.add(f"orienteret. Se også {c.ticket()}.")
    c.add(f"\nPseudonym-ID'er til statistik: {c.pid()}, {c.pid()}")
    c.add("\n/", c.name(analyst, "given"))


CSV_HEADER = "tidspunkt;navn;e-mail;telefon;kanal;handling;kilde"


def g_consent(c: Ctx) -> None:
    r = c.r
    org = r.choice(COMPANIES)
    c.add(f"# Eksport fra samtykkemodul {c.version()} · {org} · {c.count('registrerede')}\n")
    c.add(f"# Udtrukket {c.ts()} til {c.case_no(r.choice(('DSAR', 'KLAGE')))}\n{CSV_HEADER}\n")
    for _ in range(r.randrange(3, 7)):
        p = c.person()
        c.add(f"{c.ts(1)};", c.name(p, r.choice(("lower", "lower", "full", "caps"))), ";")
        c.add(c.email(p), ";", c.phone(0.0), ";")
        c.add(
            f"{r.choice(('sms', 'e-mail', 'post', 'telefon'))};"
            f"{r.choice(('framelding', 'samtykke givet', 'samtykke trukket', 'robinson'))};"
            f"{r.choice(('web', 'app', 'kundeservice', 'import'))}-{c.version()}\n"
        )
    if r.random() < 0.5:
        p = c.person()
        c.add("# Manuel note: ", c.name(p, "full"), " ringede fra ", c.phone())
        c.add(" og bad om at blive fjernet fra alle lister.\n")


def g_lawyer(c: Ctx) -> None:
    r = c.r
    lawyer = c.person(staff=True)
    client = c.person()
    firm = r.choice(LAW_FIRMS)
    org = r.choice(COMPANIES)
    c.add(f"{firm}\n{r.choice(ORG_ADDRESSES[1:])}\n{c.cvr()}\n\n")
    c.add(f"{org}\nAtt.: Databeskyttelsesrådgiveren\n\n{c.letter_date()}\n")
    c.add(f"Sagsnr. {r.randrange(1000, 9999)}-{r.randrange(10, 99)}\n\n")
    c.add("Vedr.: Min klient ", c.name(client, "full"), ", ")
    c.add(c.address(r.choice(("comma", "block"))), "\n\n")
    c.add("Jeg repræsenterer ", c.name(client, r.choice(("full", "initial", "inverted"))))
    c.add(", født ", c.dob(client), ", CPR-nr. ", c.cpr(client), ", som ved fuldmagt har ")
    c.add(
        f"bedt mig varetage sine rettigheder efter {c.art('art. 15', 'art. 16')} og "
        f"{c.art('art. 17', 'art. 21')}.\n\n"
        "Min klient har konstateret, at I har videregivet oplysninger til tredjemand. "
    )
    c.add(c.name(client, r.choice(("given_gen", "gen"))))
    c.add(f" anmodning af {c.letter_date(-1)} er ikke besvaret. Jeg skal anmode om straks at ")
    c.add("slette oplysningerne og om erstatning efter art. 82, som bedes indbetalt på ")
    if r.random() < 0.6:
        items, _ = c.account()
        c.add("min klientkonto ", *items)
    else:
        c.add("klientens konto i udlandet, IBAN ", c.iban())
    c.add(".\n\nKorrespondance kan ske til undertegnede på ", c.email(lawyer), " eller ")
    c.add(c.phone(0.0), ". Min klient kan kontaktes på ", c.phone(), ".")
    c.add(*sign(c, lawyer, "Advokat (L)"))


def g_complaint(c: Ctx) -> None:
    r = c.r
    p = c.person()
    officer = c.person(staff=True)
    org = r.choice(COMPANIES)
    j = c.jnr()
    c.add(f"Datatilsynet\n{ORG_ADDRESSES[0]}\n\n{org}\nAtt.: DPO\n\n")
    c.add(f"{c.letter_date()}\nJ.nr. {j}\nSagsbehandler: ")
    c.add(c.name(officer, "full"), "\n\nHøring over klage\n\n")
    c.add("Datatilsynet har modtaget en klage fra ", c.name(p, "full"), ", ")
    c.add(c.address(r.choice(("comma", "comma", "lower"))), ", over jeres behandling af ")
    c.add(
        f"personoplysninger. Vi beder om jeres udtalelse senest {c.letter_date(1)} med angivelse "
        f"af j.nr. {j}, jf. {c.art('art. 58, stk. 1', 'art. 31')}.\n\n"
        'Klagen lyder i uddrag:\n\n"'
    )
    c.add("Jeg, ", c.name(p, r.choice(("full", "caps"))), ", f. ", c.dob(p), ", har tre gange ")
    c.add("bedt om at få slettet mit nummer ", c.phone(), ", men jeg får stadig SMS'er. ")
    if r.random() < 0.5:
        c.add("De har også sendt mine oplysninger til ", c.name(c.person(), "full"), ", ")
        c.add(c.address("comma"), ", som slet ikke kender mig. ")
    if r.random() < 0.5:
        c.add("Min e-mail ", c.email(p), " står stadig i deres nyhedsbrevsliste. ")
    c.add("Mit CPR ", c.cpr(p), ' står på brevene uden grund."\n\n')
    c.add(f"Klagen er registreret hos os den {c.ts(1)[:10]}. Tilsynet kan kontaktes på ")
    c.add(f"tlf. {r.choice(ORG_LINES)}.")
    c.add("\n\nMed venlig hilsen\n\n", c.name(officer, r.choice(("full", "initial"))))
    c.add("\nSpecialkonsulent")


def g_subprocessor(c: Ctx) -> None:
    r = c.r
    proc = r.choice(PROCESSORS)
    sub = r.choice(SUBPROCESSORS)
    contact = c.person(staff=True)
    c.add(f"Fra: {proc} <")
    c.add(c.email(contact), ">\nTil: ParkNord ApS, DPO\n")
    c.add(f"Emne: Underretning om brud hos underdatabehandler {sub} ({c.ticket()})\n\n")
    c.add(
        f"Som jeres databehandler skal vi efter {c.art('art. 33, stk. 2', 'art. 28, stk. 3')} "
        "underrette jer uden unødig forsinkelse. "
        f"Vores underdatabehandler {sub} opdagede {c.ts()} uautoriseret adgang til et "
        f"backup-bucket (objekt {c.sha()}). Berørt: {c.count()}. Et stikprøveudtræk følger, "
        "hvor kortdata fejlagtigt var gemt i klartekst:\n\n"
    )
    for _ in range(r.randrange(2, 5)):
        p = c.person()
        c.add("* ", c.name(p, r.choice(("full", "caps", "inverted"))), " | nummerplade ")
        c.add(c.plate(), " | ", c.email(p), " | ", c.phone(), "\n")
        c.add("  kort ", c.card(), " udløb ", c.expiry(), " CVV ", c.cvv())
        if r.random() < 0.3:
            c.add(" | anden bil ", c.plate())
        c.add("\n")
    c.add(
        f"\nLogs viser adgang fra {c.ip()} og {c.ip()} i tidsrummet {c.log_ts()} til "
        f"{c.log_ts()}. "
        f"Nøgler er roteret, og {sub} har opdateret til {c.version()}.\n"
    )
    c.add("\nKontakt: ", c.name(contact, "full"), ", ", c.phone(0.0))
    c.add(f"\n{proc}, {r.choice(ORG_ADDRESSES[1:])}, {c.cvr()}")


def g_missent(c: Ctx) -> None:
    r = c.r
    clerk = c.person(staff=True)
    dpo = c.person(staff=True)
    right = c.person()
    wrong = c.person()
    ref = c.case_no("BRUD")
    sent = f"{c.letter_date()} kl. {r.randrange(8, 15):02d}.{r.randrange(60):02d}"
    # the DPO's answer on top, the clerk's report quoted below it
    c.add("Fra: ", c.name(dpo, "full"), " <", c.email(dpo), ">\n")
    c.add("Til: ", c.name(clerk, "full"), " <", c.email(clerk), ">\n")
    c.add(f"Emne: SV: Fejlsendt brev – {ref}\n\n")
    c.add(*greet(c, clerk))
    c.add(
        f"Tak. Vi vurderer det efter {c.art('art. 33, stk. 1', 'art. 33')} og "
        f"{c.art('art. 34, stk. 1', 'art. 34')}. Fuldt CPR-nummer til en fremmed er et brud, "
        "så jeg anmelder det til Datatilsynet i dag. Bed modtageren om at destruere brevet, "
        "og skriv til "
    )
    c.add(c.name(right, "given"), " på ", c.email(right), r.choice((".", " i dag.")))
    c.add(*sign(c, dpo, "DPO"))
    c.add("\n\n-----Oprindelig meddelelse-----\nFra: ", c.name(clerk, "full"), " <")
    c.add(c.email(clerk), f">\nSendt: {sent}\nTil: ", c.name(dpo, "full"), "\n")
    c.add(f"Emne: Fejlsendt brev – {ref}\n\n")
    c.add(*greet(c, dpo))
    c.add("Vi har desværre sendt et rykkerbrev til forkert modtager. Brevet var til ")
    c.add(c.name(right, "full"), ", ", c.address(r.choice(("comma", "block"))))
    c.add(", CPR ", c.cpr(right), ", men blev lagt i kuvert til ")
    c.add(c.name(wrong, "full"), ", ")
    if r.random() < 0.3:
        c.add("c/o ", c.name(c.person(), r.choice(("full", "inverted"))), ", ")
    c.add(c.address(r.choice(("comma", "comma", "postbox"))), ". ")
    c.add(c.name(wrong, r.choice(("given", "full"))), " ringede i dag fra ", c.phone())
    c.add(" og fortalte, at brevet også viste ")
    c.add(c.name(right, "given_gen"), " kontonummer ")
    items, _ = c.account(r.choice(("dash", "space", "words")))
    c.add(*items)
    if r.random() < 0.5:
        c.add(" og nummerpladen ", c.plate(), " fra en parkeringsafgift")
    c.add(".\n\nSkal vi anmelde det? Det er kun én person, men CPR-nummeret står fuldt ud.")
    c.add(*sign(c, clerk))
    if r.random() < 0.5:
        c.add(f"\n\nLog: brevfletning {c.version()}, job {c.hexid(10)}, {c.ts()}")


WRITERS: dict[str, Callable[[Ctx], None]] = dict(
    zip(
        GENRES,
        (
            g_access_request,
            g_access_reply,
            g_erase_rectify,
            g_breach,
            g_ticket,
            g_consent,
            g_lawyer,
            g_complaint,
            g_subprocessor,
            g_missent,
        ),
        strict=True,
    )
)


def _negative_tail(c: Ctx, genre: str) -> None:
    """What a pseudonymised copy keeps: a note of the stand-ins, pseudonyms and references."""
    r = c.r
    lead = "# " if genre == "samtykkelog" else "\n\n"
    c.add(
        f"{lead}[Pseudonymiseret kopi til {c.case_no()}, {c.ts()}: navne erstattet af "
        f"{r.choice(PSEUDONYMS)} og {r.choice(PSEUDONYMS)}; {', '.join(r.sample(STAND_INS, 3))} "
        f"indsat; {c.count()}; CVR-nr. {r.randrange(10**7, 10**8)}; hotline {r.choice(ORG_LINES)}; "
        f"{r.choice(ORG_ADDRESSES)}; j.nr. {c.jnr()}; {c.art()}; {c.pid()}; IP {c.ip()}; "
        f"{c.version()}; kort {c.mask_card_tail()}]"
    )


def _document(seed: int, index: int, genre: str, kind: str) -> dict:
    rng = random.Random(f"pii_blind54:{seed}:{index}:{genre}:{kind}")
    c = Ctx(rng, kind == "negative")
    WRITERS[genre](c)
    if c.neg:
        _negative_tail(c, genre)
    text = c.text()
    return {
        "id": f"b54-{index:04d}",
        "genre": genre,
        "kind": kind,
        "text": text,
        "spans": c.spans,
    }


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The documents: SIZE of them, NEGATIVES pseudonymised, genres in turn, order shuffled."""
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    random.Random(f"pii_blind54:{seed}:plan").shuffle(plan)
    return [_document(seed, i, genre, kind) for i, (genre, kind) in enumerate(plan)]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
