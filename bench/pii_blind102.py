"""A hundred-and-third blind, seeded generator of Danish text with labelled personal data
(issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a UNIVERSITY'S
STUDENT ADMINISTRATION AND A STUDENT-HOUSING OFFICE after phishing of student grant (SU) and
housing-list accounts, in eight genres: the SU team's incident log of a changed payout account
(the student's and a parent's CPR numbers, the new reg.nr. and account, the MitID user ID and a
code given to a caller), an e-mail thread between a student and the SU counsellors (Fra:/Til:/
Emne:, quoted replies with the university's signature), the housing office's note on a hijacked
waiting-list account (the applicant's name in capitals as on the lease, the present address, a
deposit paid by card on a fake page and an IBAN it went to), the international office's case
note on an exchange student (a foreign phone, a home IBAN, the birth date), the IT support's
chat with a student in Danish and English ("[09:14] Name:" lines, codes read out), a telephone
note of a parent's call (a caller who posed as "Jonas fra SU-styrelsen"), a police report
(address block on two lines, the plate of a car seen) and the dorm's parking-permit log (plates
changed through a hijacked resident account, the permit paid by card). The names are those of
Danes of all ages, Danes with roots elsewhere ("Nguyen Thi Mai", "Hamza Yilmaz"), double
surnames ("Skovbo-Lindqvist") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("SU-vejleder", "studerende", "mor");
  "Holm, Signe" is one span; a first-name genitive s belongs to it ("Signes"); a lower-case
  name typed in a chat ("freja") and a name in capitals ("ASGER BRØNDUM") are PERSON. A
  scammer's alias ("Jonas fra SU-styrelsen") is PERSON by its name only. Organisations,
  products, pseudonyms ("Studerende A", "Forælder B", "Medarbejder 1") and stand-ins ("[NAVN]",
  "NN") are never PERSON, nor are family words ("min mor", "hendes far").
- ADDRESS is a private address only (a student's room or flat, a parent's house): from the
  street name through number, letter, floor and side ("14B", "2. tv.", "st. th."), plus
  ", postcode town" on the same line or on the next line of an address block (line break
  included). The university's, the dorm office's, the international office's and the police's
  own addresses are never labelled, however written ("kom ind på …", "afhentes i …", signatures,
  opening hours). A street named without a number ("ved Hybenvej.") is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni
  2003", "04.06.2003", "4/6-2003", "04-06-2003") is labelled only straight after "født", "f."
  or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE: Danish numbers of 8 digits from mobile and landline ranges, written "+45 20304050",
  "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50" (country code inside the span),
  and foreign numbers from fiction ranges only ("+44 7700 900xxx", "+46 70 174 06 xx", xx
  05-99). The organisations' 70/80 lines and 114 are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, the
  offices' shared mailboxes and staff's too. Masked ones ("f***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 12345678") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the
  account is the span. IBAN: valid check digits and the country's length, grouped by four or
  compact. CARD: Luhn-valid with a published test prefix, grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY". OTP: a one-time code sent, read out or typed in (6 or 8
  digits). MITID_USER: a MitID user ID given as such. NUMBER_PLATE: a Danish plate ("CV 41 207",
  "CV41207").
- Hard negatives, never labelled: student numbers ("s241937", six digits like a code), course
  codes ("NFYB14007U"), SU, housing, waiting-list, IT and police case numbers, room numbers,
  amounts ("6.589 kr."), dates and times ("03.11.26", "kl. 09.14", "[09:14]", "2026-11-03
  21:47"), CVR numbers, masked values ("030403-xxxx", "+45 ** ** ** 31", "******4417",
  "**** **** **** 1111", "DK50XXXXXXXXXX4417", "CV ** ***"), the organisations' 70/80 lines,
  the organisations themselves, banks, products and family words. Documents of kind "negative"
  are the same genres after pseudonymisation: only such values, pseudonyms and stand-ins remain.
  No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind102 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

SEED = "pii_blind102"
SIZE = 1000
NEGATIVES = 350
GENRES = ("su_log", "mail", "boligkontor", "international", "chat", "opkald", "anmeldelse",
          "parkering")  # fmt: skip
TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
         "CARD", "CARD_EXPIRY", "OTP", "MITID_USER", "NUMBER_PLATE")  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "400000", "424242", "555555", "510510", "222300")
IBAN_LENGTH = {"DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "PL": 28, "GB": 22, "NO": 15,
               "SE": 24, "LT": 20, "RO": 24, "DK": 18, "FI": 18, "IE": 22, "PT": 25,
               "UA": 29}  # fmt: skip
# Countries whose BBAN opens with a four-letter bank code (the rest are digits only).
LETTER_BANKS = {"NL": "ABNA", "GB": "NWBK", "IE": "AIBK", "RO": "BTRL"}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
          "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "56", "57", "58",
            "62", "63", "64", "66", "69", "72", "75", "76", "86", "87", "89", "96", "97",
            "98")  # fmt: skip
FOREIGN = (("+44 7700 900", 3), ("+46 70 174 06 ", 2))
WOMEN = ("Signe", "Freja", "Ida", "Clara", "Josefine", "Lærke", "Sidsel", "Nanna", "Amalie",
         "Cecilie", "Astrid", "Malene", "Rikke", "Birgitte", "Hanne", "Lone", "Susanne", "Tove",
         "Kirsten", "Gitte", "Karen", "Ellen", "Zainab", "Fatima", "Leyla", "Mai", "Priya", "Olena",
         "Agnieszka", "Yasmin", "Elif", "Mariam", "Hiba", "Vibeke", "Merete", "Ulla")  # fmt: skip
MEN = ("Asger", "Villads", "Magnus", "Frederik", "Oliver", "Emil", "Mikkel", "Kasper", "Anders",
       "Søren", "Henrik", "Lasse", "Jens", "Peter", "Niels", "Poul", "Bent", "Torben", "Jesper",
       "Ole", "Carl", "Aksel", "Ahmed", "Omar", "Hamza", "Yusuf", "Minh", "Arjun", "Tomasz",
       "Dmytro", "Bilal", "Kristoffer", "Thorbjørn", "Erik", "Malthe", "Ib")  # fmt: skip
SURNAMES = ("Nielsen", "Jensen", "Pedersen", "Christensen", "Sørensen", "Rasmussen", "Madsen",
            "Kristensen", "Thomsen", "Poulsen", "Mortensen", "Knudsen", "Holm", "Skovbo", "Dahl",
            "Bech", "Kjær", "Vestergaard", "Bundgaard", "Lauridsen", "Frandsen", "Brøndum",
            "Overgaard", "Iversen", "Abdi", "Hussein", "Yilmaz", "Nguyen", "Tran", "Kowalski",
            "Nowak", "Khan", "Demir", "Shevchenko", "Rahman", "Haddad", "Lindqvist", "Toft",
            "Krogsgaard", "Winther", "Fogh", "Ravn", "Busk", "Stampe", "Mølgaard")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Sofie", "Emil", "Bach", "Krogh", "Munk", "Juul", "Vang", "Thi",
          "Lykke", "Kirk")  # fmt: skip
# Three-word names written as they are, family name first (Vietnamese order) or with two names.
WHOLE_NAMES = ("Nguyen Thi Mai", "Tran Van Minh", "Nguyen Van Tuan", "Anna Sofie Krogsgaard",
               "Maria del Carmen Ortiz")  # fmt: skip
STREETS = ("Hybenvej", "Kastanjestien", "Møllebakken", "Skovbrynet", "Tranehaven", "Engtoften",
           "Solsikkevej", "Havrevænget", "Fasanstien", "Kirkeengen", "Birkedraget", "Rugmarken",
           "Pilevænget", "Kløvermarken", "Ahornstien", "Lupinvej")  # fmt: skip
DORM_STREETS = ("Kollegievænget", "Studiebyen", "Klostermarken", "Ådalsparken")
TOWNS = ("8210 Aarhus V", "8200 Aarhus N", "8260 Viby J", "5000 Odense C", "5230 Odense M",
         "9000 Aalborg", "2200 København N", "2300 København S", "4000 Roskilde", "7100 Vejle",
         "6700 Esbjerg", "8600 Silkeborg", "3400 Hillerød", "6000 Kolding", "8900 Randers",
         "4700 Næstved", "7400 Herning", "8700 Horsens")  # fmt: skip
UNIVERSITY = "Fjordby Universitet"
COMPANIES = (
    UNIVERSITY,
    "Boligfonden Campusbo",
    "Kollegiekontoret Sønderhøj",
    "SU-styrelsen",
    "Udbetaling Danmark",
    "Fjordby Politi",
    "Studenterrådet",
    "Campus Parkering ApS",
)
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Lunar", "Arbejdernes Landsbank", "Sydbank",
         "Revolut", "Wise")  # fmt: skip
PRODUCTS = ("MitID-appen", "MitID-kodeviser", "NemKonto", "Digital Post", "minSU", "Brightspace",
            "Outlook", "Microsoft Teams", "Boligportalen Campusbo")  # fmt: skip
# The organisations' own addresses: (street and number, postcode and town), never labelled.
ORG_SITES = (
    ("Lærdomsgade 3", "8000 Aarhus C"),
    ("Auditorievej 10", "8000 Aarhus C"),
    ("Kollegiebakken 2", "8270 Højbjerg"),
    ("Forskerparken 21", "8000 Aarhus C"),
    ("Vagtgade 9", "8000 Aarhus C"),
    ("Studenterhusvej 7", "8000 Aarhus C"),
)
ORG_ADDRESSES = tuple(street for street, _ in ORG_SITES)
SU_SITE, HALL_SITE, DORM_SITE, INTL_SITE, POLICE_SITE, IT_SITE = ORG_SITES
ORG_LINES = ("70 21 46 00", "70 21 46 10", "80 20 13 13", "7033 1212", "80 40 50 60", "70154488")
ORG_MAILS = ("su@example.dk", "bolig@campusbo.example.dk", "international@example.dk",
             "itsupport@example.dk", "parkering@campusbo.example.dk")  # fmt: skip
PSEUDONYMS = ("Studerende A", "Studerende B", "Forælder A", "Ansøger A", "Beboer A",
              "Medarbejder 1", "Medarbejder 2", "Vidne 1")  # fmt: skip
STAND_INS = ("[NAVN]", "NN", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
             "[IBAN]", "[kort]", "[bruger-id]", "[fødselsdato]")  # fmt: skip
ALIAS_UNITS = ("SU-styrelsen", "Udbetaling Danmark", "Boligfonden Campusbo", "IT-supporten")
ALIAS_NAMES = ("Jonas", "Sofie", "Martin", "Camilla", "Thomas", "Line", "Daniel", "Julie")
FAMILY = ("min mor", "min far", "mine forældre", "hendes far", "hans mor", "min kæreste")
PROGRAMMES = ("Statskundskab", "Medicin", "Datalogi", "Jura", "Biologi", "Idræt", "Kemi",
              "Historie", "Økonomi", "Nanoscience")  # fmt: skip
AMOUNTS = {"su": ("6.589", "6.820", "1.748", "3.294", "5.120"),
           "permit": ("350", "450", "600", "1.200"),
           "deposit": ("9.450", "7.900", "12.600", "4.975"),
           "loss": ("6.589", "12.500", "2.150", "24.000", "1.095,50", "8.750")}  # fmt: skip
SUBJECTS = ("Min SU er gået til en forkert konto", "Phishing - SU", "Hjælp til NemKonto",
            "Mistænkelig sms om tilbagebetaling af SU")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNOPRSTUVXYZ"
TODAY = date(2026, 11, 3)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(rng: random.Random, country: str) -> str:
    """A compact IBAN of the country's length with valid check digits."""
    bank = LETTER_BANKS.get(country, "")
    bban = bank + "".join(
        rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4 - len(bank))
    )
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def _cpr(rng: random.Random, born: date) -> str:
    """Ten digits: the birth date, a century-fitting seventh digit, a serial failing mod 11."""
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        number = head + century + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def _ascii(name: str) -> str:
    """A name as it goes into an e-mail address or a user ID."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "", "-": ""})
    return name.lower().translate(table)


@dataclass(frozen=True)
class Person:
    first: str
    last: str  # may be hyphenated or hold two words
    middle: str = ""
    whole: str = ""  # a three-word name written as one (e.g. Vietnamese order)
    born: date = TODAY

    @property
    def woman(self) -> bool:
        return self.first in (*WOMEN, "Anna", "Maria")

    @property
    def full(self) -> str:
        return self.whole or " ".join(p for p in (self.first, self.middle, self.last) if p)


@dataclass
class Part:
    """A labelled value, or what a negative writes instead."""

    kind: str
    value: str
    instead: str


Piece = str | Part


class Doc:
    """One document being written: its text, its spans, and whether it is a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.text: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.pseudonyms: dict[str, str] = {}

    def add(self, *pieces: Piece) -> None:
        for piece in pieces:
            if isinstance(piece, Part):
                if self.negative:
                    self._write(piece.instead)
                    continue
                start = self.length
                self._write(piece.value)
                self.spans.append({"start": start, "end": self.length, "type": piece.kind})
            else:
                self._write(piece)

    def _write(self, text: str) -> None:
        self.text.append(text)
        self.length += len(text)

    def pick(self, options: tuple | list) -> str:
        return self.rng.choice(options)

    # --- people -------------------------------------------------------------------------
    def pseudonym(self, person: Person, role: str) -> str:
        """The same pseudonym for the same person throughout one negative document."""
        if person.full not in self.pseudonyms:
            taken = set(self.pseudonyms.values())
            free = [p for p in PSEUDONYMS if p.startswith(role) and p not in taken]
            self.pseudonyms[person.full] = free[0] if free else "[NAVN]"
        return self.pseudonyms[person.full]

    def name(self, person: Person, role: str, form: str = "", speaker: bool = False) -> Part:
        """A person's name in a written form; the negative writes the pseudonym (or [NAVN],
        never for a chat speaker)."""
        form = form or self.pick(("full",) * 6 + ("surname first", "initial", "caps"))
        written = {
            "full": person.full,
            "first": person.first,
            "surname first": f"{person.last}, {person.first}",
            "initial": f"{person.first[0]}. {person.last}",
            "middle initial": f"{person.first} {person.last[0]}. {person.last}",
            "caps": person.full.upper(),
            "lower": person.first.lower(),
            "genitive": person.first + "s",
        }[form if not person.whole or form in ("full", "caps", "lower", "first") else "full"]
        if form == "genitive" and person.whole:
            written += "s"
        pseudo = self.pseudonym(person, role)
        instead = pseudo + "'s" if form == "genitive" else pseudo
        if form in ("first", "genitive") and self.rng.random() < 0.2 and not speaker:
            instead = "[NAVN]s" if form == "genitive" else "[NAVN]"
        return Part("PERSON", written, instead)

    # --- identifiers ----------------------------------------------------------------------
    def cpr(self, person: Person) -> Part:
        digits = _cpr(self.rng, person.born)
        written = self.pick(
            (
                f"{digits[:6]}-{digits[6:]}",
                digits,
                f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                f"{digits[:6]} {digits[6:]}",
            )
        )
        masked = f"{digits[:6]}-xxxx" if self.rng.random() < 0.5 else "[CPR]"
        return Part("CPR", written, masked)

    def birth(self, person: Person) -> Part:
        b = person.born
        written = self.pick(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                b.strftime("%d.%m.%Y"),
                f"{b.day}/{b.month}-{b.year}",
                b.strftime("%d-%m-%Y"),
            )
        )
        return Part("DATE_OF_BIRTH", written, "[fødselsdato]")

    def phone(self, foreign: bool = False) -> Part:
        rng = self.rng
        if foreign:
            head, tail = FOREIGN[rng.randrange(2)]
            low = 5 if tail == 2 else 0
            number = f"{head}{rng.randrange(low, 10**tail):0{tail}d}"
            return Part("PHONE", number, "[TLF]")
        n = self.pick(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        written = self.pick(
            (
                f"+45 {n}",
                f"+45 {pairs}",
                f"+45 {n[:4]} {n[4:]}",
                f"{n[:4]} {n[4:]}",
                f"(+45) {pairs}",
                f"0045 {n}",
                pairs,
                n,
                f"+45{n}",
                pairs.replace(" ", "."),
            )
        )
        masked = f"+45 ** ** ** {n[6:]}" if rng.random() < 0.5 else "[TLF]"
        return Part("PHONE", written, masked)

    def email(self, person: Person | None = None, shared: str = "") -> Part:
        if shared:
            return Part("EMAIL", shared, shared[0] + "***@" + shared.split("@")[1])
        assert person is not None
        first, last = _ascii(person.first), _ascii(person.last)
        local = self.pick(
            (
                f"{first}.{last}",
                f"{first}{self.rng.randrange(10, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[:4]}",
            )
        )
        domain = self.pick(
            ("example.dk", "example.com", "example.net", "stud.example.dk", "post.example.dk")
        )
        masked = f"{local[0]}***@{domain}" if self.rng.random() < 0.5 else "[e-mail]"
        return Part("EMAIL", f"{local}@{domain}", masked)

    def account(self) -> list[Piece]:
        """A Danish account: reg.nr. and account together (one span) or in their own words."""
        rng = self.rng
        reg = f"{rng.randrange(1000, 9999)}"
        length = self.pick((10, 10, 8, 7))
        acc = f"{rng.randrange(10**length):0{length}d}"
        masked = f"******{acc[-4:]}" if rng.random() < 0.5 else "[kontonr.]"
        form = rng.randrange(4)
        if form == 0:
            return [Part("BANK_ACCOUNT", f"{reg}-{acc}", masked)]
        if form == 1:
            return [Part("BANK_ACCOUNT", f"{reg} {acc}", masked)]
        if form == 2:
            return [f"reg.nr. {reg}, kontonr. ", Part("BANK_ACCOUNT", acc, masked)]
        return [f"reg. {reg} konto ", Part("BANK_ACCOUNT", acc, masked)]

    def iban(self, countries: tuple[str, ...] = tuple(IBAN_LENGTH)) -> Part:
        compact = _iban(self.rng, self.pick(countries))
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        written = grouped(compact) if self.rng.random() < 0.6 else compact
        return Part("IBAN", written, masked if self.rng.random() < 0.6 else "[IBAN]")

    def card(self) -> list[Part]:
        """A test card and its expiry."""
        rng = self.rng
        body = self.pick(TEST_PREFIXES)
        body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
        compact = body + _luhn_digit(body)
        written = grouped(compact) if rng.random() < 0.7 else compact
        masked = "**** **** **** " + compact[-4:] if rng.random() < 0.6 else "[kort]"
        month, year = rng.randrange(1, 13), rng.randrange(27, 32)
        expiry = f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"
        return [Part("CARD", written, masked), Part("CARD_EXPIRY", expiry, "**/**")]

    def otp(self) -> Part:
        size = 8 if self.rng.random() < 0.2 else 6
        return Part("OTP", f"{self.rng.randrange(10**size):0{size}d}", "[kode]")

    def mitid(self, person: Person) -> Part:
        yy = person.born.year
        tail = self.pick((f"{yy % 100:02d}", f"{yy}"))
        stem = self.pick(
            (
                _ascii(person.first),
                _ascii(person.first) + _ascii(person.last)[:3],
                _ascii(person.first)[:3] + _ascii(person.last),
            )
        )
        return Part("MITID_USER", stem + tail, "[bruger-id]")

    def plate(self) -> Part:
        rng = self.rng
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        digits = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
        written = self.pick((f"{letters} {digits[:2]} {digits[2:]}",) * 3 + (letters + digits,))
        masked = f"{letters} ** ***" if rng.random() < 0.6 else "[nummerplade]"
        return Part("NUMBER_PLATE", written, masked)

    def address(self, dorm: bool = False, block: bool = False) -> Part:
        """A private address: on one line with a comma, or as a two-line block."""
        rng = self.rng
        street = self.pick(DORM_STREETS if dorm else STREETS)
        number = f"{rng.randrange(1, 120)}{self.pick(('',) * 4 + ('A', 'B'))}"
        floor = self.pick(("", "", ", st. th.", ", 1. tv.", ", 2. tv.", ", 3. th.", ", 2. mf."))
        town = self.pick(TOWNS[:3] if dorm else TOWNS)
        tail = self.pick(("", f", {town}", f", {town}")) if not block else f"\n{town}"
        return Part("ADDRESS", f"{street} {number}{floor}{tail}", "[ADRESSE]")

    # --- hard negatives -------------------------------------------------------------------
    def student_no(self) -> str:
        return f"s{self.rng.randrange(190000, 260000)}"

    def course(self) -> str:
        rng = self.rng
        code = "".join(rng.choice("ABDFHKLMNPST") for _ in range(4))
        return f"{code}{rng.randrange(10000, 20000)}U"

    def amount(self, kind: str = "loss") -> str:
        """An amount in kroner that fits what is paid: a month's SU, a permit, a deposit, a loss."""
        kroner = self.pick(AMOUNTS[kind])
        return self.pick((f"{kroner} kr.", f"kr. {kroner}"))

    def day(self, back: int = 10) -> date:
        return TODAY - timedelta(days=self.rng.randrange(back))

    def stamp(self, when: datetime | None = None) -> str:
        t = when or datetime.combine(
            self.day(), time(self.rng.randrange(7, 23), self.rng.randrange(60))
        )
        return self.pick((f"{t:%d.%m.%y kl. %H.%M}", f"{t:%Y-%m-%d %H:%M}"))

    def moments(self, n: int) -> list[datetime]:
        """n moments in order, for a log."""
        start = datetime.combine(self.day(), time(self.rng.randrange(6, 12)))
        return sorted(start + timedelta(minutes=self.rng.randrange(3000)) for _ in range(n))

    def org_line(self) -> str:
        return self.pick(ORG_LINES)

    def masked_mail(self) -> str:
        return f"{self.pick('abfhjkmst')}***@{self.pick(('example.dk', 'stud.example.dk'))}"

    def bare_street(self) -> str:
        return f"ved {self.pick(STREETS)}"


def _student(rng: random.Random, old: bool = False) -> Person:
    """A student (born 1996-2005) or a parent (1956-1979), in one of the name forms."""
    span = (date(1956, 1, 1), 8700) if old else (date(1996, 1, 1), 3650)
    born = span[0] + timedelta(days=rng.randrange(span[1]))
    roll = rng.random()
    if roll < 0.06:
        whole = rng.choice(WHOLE_NAMES)
        first, *_, last = whole.split()
        if whole.startswith(("Nguyen", "Tran")):
            first, last = whole.split()[-1], whole.split()[0]
        return Person(first, last, whole=whole, born=born)
    first = rng.choice(WOMEN + MEN)
    last = rng.choice(SURNAMES)
    if roll < 0.3:
        last = f"{last}-{rng.choice([s for s in SURNAMES if s != last])}"
    middle = rng.choice(MIDDLE) if 0.3 <= roll < 0.5 else ""
    return Person(first, last, middle, born=born)


def _letterhead(d: Doc, unit: str, site: tuple[str, str]) -> None:
    street, town = site
    d.add(
        d.pick(
            (
                f"{UNIVERSITY} · {unit}\n{street}, {town} · tlf. {d.org_line()}\n\n",
                f"{unit}, {UNIVERSITY}\n{street}\n{town}\n\n",
                f"{unit} — {street}, {town} (CVR-nr. {d.rng.randrange(10**7, 10**8)})\n\n",
            )
        )
    )


def _hours(d: Doc, site: tuple[str, str], where: str) -> str:
    street, town = site
    return d.pick(
        (
            f"Kom ind på {street} (man-tors 10-14), eller ring {d.org_line()}.",
            f"Åbningstider: {where}, {street}, {town}: man, ons og tors kl. 12-15.",
            f"Vores afdeling på {street} har åbent hverdage 9.30-13.",
            f"Post sendes til {where}, {street}, {town}.",
        )
    )


def _su_log(d: Doc) -> None:
    rng = d.rng
    student, parent, staff = _student(rng), _student(rng, old=True), _student(rng, old=True)
    pronoun = "hun" if student.woman else "han"
    changed, called, paid, logged = d.moments(4)
    _letterhead(d, "Studieadministrationen, SU-teamet", SU_SITE)
    d.add(
        f"Hændelseslog SU26-{rng.randrange(10**5, 10**6)} — ændret udbetalingskonto\n",
        f"Oprettet {d.stamp(logged)} af ",
        d.name(staff, "Medarbejder", "full"),
        "\n",
        "Studerende: ",
        d.name(student, "Studerende"),
        f" (studienr. {d.student_no()}, {d.pick(PROGRAMMES)}, 3. semester)\n",
        "CPR: ",
        d.cpr(student),
        "\n",
        d.pick(("Tlf. (oplyst af den studerende): ", "Mobil: ", "Telefon: ")),
        d.phone(),
        "\n",
        "E-mail: ",
        d.email(student),
        "\n\nForløb:\n",
        f"{d.stamp(changed)}  Login i minSU med MitID. Udbetalingskonto ændret fra ******",
        f"{rng.randrange(1000, 9999)} til ",
        *d.account(),
        ".\n",
        f"{d.stamp(called)}  ",
        d.name(student, "Studerende", "first"),
        d.pick(
            (
                ' ringer og fortæller, at en opringer fra "SU-styrelsen" fik MitID bruger-ID ',
                f" skriver i Digital Post, at {pronoun} har givet bruger-ID'et ",
            )
        ),
        d.mitid(student),
        " og koden ",
        d.otp(),
        " videre.\n",
        f"{d.stamp(paid)}  SU for november ({d.amount('su')}) er udbetalt til den nye konto. ",
        f"Kurset {d.course()} berøres ikke.\n\n",
        "Kontaktperson fra SU-ansøgningen (forælder): ",
        d.name(parent, "Forælder"),
        ", CPR-nr. ",
        d.cpr(parent),
        ", tlf. ",
        d.phone(),
        ".\n",
        f"Masket i systemet: {d.masked_mail()}, +45 ** ** ** {rng.randrange(10, 99)}.\n",
        "Videre: sendt til SU-styrelsen og Udbetaling Danmark. ",
        _hours(d, SU_SITE, "SU-skranken"),
        "\nGodkendt af ",
        d.name(_student(rng, old=True), "Medarbejder", d.pick(("full", "initial"))),
        "\n",
    )


def _mail(d: Doc) -> None:
    rng = d.rng
    student, staff, parent = _student(rng), _student(rng, old=True), _student(rng, old=True)
    mine = d.email(student)
    theirs = d.email(staff)
    d.add(
        "Fra: ",
        d.name(student, "Studerende", "full"),
        " <",
        mine,
        ">\n",
        "Til: SU-vejledningen <",
        d.email(shared=ORG_MAILS[0]),
        ">\n",
        f"Emne: Re: {d.pick(SUBJECTS)}\n",
        f"Dato: {d.stamp()}\n\nHej\n\n",
        f"Jeg (studienr. {d.student_no()}) har fået min SU ({d.amount('su')}) udbetalt ",
        "til en konto, ",
        "jeg ikke kender. Min rigtige konto i ",
        d.pick(BANKS),
        " er ",
        *d.account(),
        ". ",
        "Mit CPR-nr. er ",
        d.cpr(student),
        ", og I kan fange mig på ",
        d.phone(),
        ". ",
        "Jeg fik en sms med koden ",
        d.otp(),
        ", som jeg desværre tastede ind på siden. ",
        f"Også {'min mor' if parent.woman else 'min far'}, ",
        d.name(parent, "Forælder"),
        ", har fået en mail, men klikkede ikke.\n\nVenlig hilsen\n",
        d.name(student, "Studerende", d.pick(("full", "first", "caps"))),
        "\n\n",
        "> Fra: ",
        d.name(staff, "Medarbejder", "full"),
        " <",
        theirs,
        ">\n",
        "> Kære ",
        d.name(student, "Studerende", "first"),
        "\n",
        "> Vi kan ikke ændre din konto – det sker via NemKonto i din bank. Skriv aldrig dit ",
        f"MitID bruger-ID i en mail. Din sag har nr. SU26-{rng.randrange(10**5, 10**6)}.\n",
        f"> {_hours(d, SU_SITE, 'SU-vejledningen')}\n",
        "> Med venlig hilsen\n> ",
        d.name(staff, "Medarbejder", "full"),
        ", SU-vejleder\n",
        f"> {UNIVERSITY}, Studieadministrationen\n> {SU_SITE[0]}, {SU_SITE[1]}\n",
        "> ",
        theirs,
        f" · {d.org_line()}\n",
    )


def _boligkontor(d: Doc) -> None:
    rng = d.rng
    applicant, staff = _student(rng), _student(rng, old=True)
    d.add(
        f"Kollegiekontoret Sønderhøj — Boligfonden Campusbo\n{DORM_SITE[0]}, {DORM_SITE[1]}",
        f" · åbent man, ons og tors 12-15 · {d.org_line()}\n\n",
        f"Notat BO-{rng.randrange(10**4, 10**5)}, {d.day():%d.%m.%y}\n",
        "Navn på lejekontrakten: ",
        d.name(applicant, "Ansøger", "caps"),
        f", ventelistenr. VL-{rng.randrange(10**5, 10**6)}\n",
        "Nuværende adresse: ",
        d.address(block=rng.random() < 0.5),
        "\n",
        "Fødselsdato: ",
        d.birth(applicant),
        "\n",
        "Tlf.: ",
        d.phone(foreign=rng.random() < 0.15),
        "   E-mail: ",
        d.email(applicant),
        "\n\n",
        'Ansøgerens konto på ventelisten er overtaget efter en falsk mail "Bekræft dit ',
        'tilbud" sendt fra ',
        d.email(shared=ORG_MAILS[1]) if rng.random() < 0.3 else "en ukendt afsender",
        ". ",
        d.name(applicant, "Ansøger", "genitive"),
        " telefonnummer blev skiftet, og der er betalt depositum ",
        f"({d.amount('deposit')}) med kort ",
        *_card_pair(d),
        " på en falsk side. Indskuddet gik til ",
        d.iban(),
        ".\n",
        f"Værelse 2-{rng.randrange(100, 450)} (kollegiet {d.bare_street()}, blok C) ",
        "er ikke udlejet. ",
        f"Nøgler afhentes i kollegiekontoret, {DORM_SITE[0]}, stuen.\n",
        "Sagsbehandler: ",
        d.name(staff, "Medarbejder", "initial"),
        "\n",
    )


def _card_pair(d: Doc) -> list[Piece]:
    card, expiry = d.card()
    return [card, ", udløb ", expiry]


def _international(d: Doc) -> None:
    rng = d.rng
    student, staff = _student(rng), _student(rng, old=True)
    home = d.pick(
        ("DE", "NL", "FR", "ES", "IT", "PL", "GB", "NO", "SE", "LT", "RO", "FI", "IE", "PT", "UA")
    )
    d.add(
        f"International Office, {UNIVERSITY} — {INTL_SITE[0]}, {INTL_SITE[1]}\n",
        f"Case note INT-26-{rng.randrange(1000, 9999)} (internal, DA/EN)\n\n",
        "Student: ",
        d.name(student, "Studerende", d.pick(("full", "surname first", "caps"))),
        f" ({home}, exchange, {d.student_no()})\n",
        d.pick(("Fødselsdato: ", "Student født ")),
        d.birth(student),
        "\n",
        "Phone (home): ",
        d.phone(foreign=True),
        " / dansk nr. ",
        d.phone(),
        "\n",
        "Email: ",
        d.email(student),
        "\n",
        "Home bank IBAN: ",
        d.iban((home,)),
        "\n\n",
        'The student received an e-mail "Housing deposit – Campusbo" and paid ',
        f"{d.amount('deposit')} to ",
        d.iban(),
        f" on {d.day():%d.%m.%y}. ",
        d.name(student, "Studerende", "first"),
        " also gave the MitID user ID ",
        d.mitid(student),
        " to a caller who ",
        "udgav sig for at være ",
        Part("PERSON", d.pick(ALIAS_NAMES), "NN"),
        f" fra {d.pick(ALIAS_UNITS)}.\n",
        f"Forms are handed in at {INTL_SITE[0]}, ground floor. Course {d.course()} continues; ",
        f"the exam is held at {HALL_SITE[0]}, aud. 2.\n",
        "Handled by ",
        d.name(staff, "Medarbejder", "middle initial"),
        ", ",
        d.email(staff),
        "\n",
    )


def _chat(d: Doc) -> None:
    rng = d.rng
    student, staff = _student(rng), _student(rng, old=True)
    me = d.pick(("full", "lower", "first"))
    h, m = rng.randrange(8, 22), rng.randrange(38)

    def say(person: Person, role: str, form: str, *pieces: Piece) -> None:
        nonlocal m
        m += rng.randrange(1, 3)
        d.add(f"[{h:02d}:{m:02d}] ", d.name(person, role, form, speaker=True), ": ", *pieces, "\n")

    d.add(f"Chat med IT-supporten, {UNIVERSITY} — sag INC{rng.randrange(10**6, 10**7):07d}\n")
    say(
        student,
        "Studerende",
        me,
        d.pick(
            ("hej, jeg kan ikke logge ind på minSU", "hi, I'm locked out of Brightspace and minSU")
        ),
    )
    say(
        staff,
        "Medarbejder",
        "first",
        "Hej ",
        d.name(student, "Studerende", "first"),
        ". Har du givet en kode eller dit bruger-ID til nogen?",
    )
    say(
        student,
        "Studerende",
        me,
        'ja en fra "SU" ringede, jeg gav ham koden ',
        d.otp(),
        " og mit bruger-id ",
        d.mitid(student),
    )
    say(staff, "Medarbejder", "first", "Hvilket nummer ringede de fra?")
    say(student, "Studerende", me, d.phone(foreign=rng.random() < 0.5), " tror jeg")
    say(
        staff,
        "Medarbejder",
        "first",
        f"Tak. Dit studienr. er {d.student_no()}? ",
        "Og hvilken mail bruger du?",
    )
    say(student, "Studerende", me, "ja. ", d.email(student))
    say(
        staff,
        "Medarbejder",
        "first",
        "Du får en ny kode på sms til ",
        d.phone(),
        ". Den kan du bruge nu: ",
        d.otp(),
    )
    say(
        student,
        "Studerende",
        me,
        d.pick(("det virker, tak", "thanks, it works")),
        "! ",
        d.pick(("min SU er gået til ", "my grant went to ")),
        d.iban(),
    )
    say(
        staff,
        "Medarbejder",
        "first",
        f"Kontakt Udbetaling Danmark på {d.org_line()}, ",
        f"og kom evt. forbi os på {IT_SITE[0]}.",
    )


def _opkald(d: Doc) -> None:
    rng = d.rng
    student, parent, staff = _student(rng), _student(rng, old=True), _student(rng, old=True)
    d.add(
        f"Telefonnotat — Studieadministrationen ({SU_SITE[0]}, {SU_SITE[1]})\n",
        f"Dato: {d.stamp()}   Modtaget af: ",
        d.name(staff, "Medarbejder", "initial"),
        "\n",
        "Opkald fra: ",
        d.name(parent, "Forælder", d.pick(("full", "surname first"))),
        f", {'mor' if parent.woman else 'far'} til ",
        d.name(student, "Studerende"),
        f" (studienr. {d.student_no()})\nTlf.: ",
        d.phone(),
        "\n\n",
        d.name(parent, "Forælder", "first"),
        " fortæller, at en opringer ",
        "udgav sig for at være ",
        Part("PERSON", d.pick(ALIAS_NAMES), "NN"),
        f" fra {d.pick(ALIAS_UNITS)} og bad om MitID bruger-ID og en kode fra MitID-appen. ",
        "Der blev oplyst bruger-ID ",
        d.mitid(parent),
        " og koden ",
        d.otp(),
        ". ",
        "Dagen efter blev ",
        d.name(student, "Studerende", "genitive"),
        " udbetalingskonto ændret til ",
        *d.account(),
        ", og ",
        d.name(student, "Studerende", "genitive"),
        " CPR-nr. ",
        d.cpr(student),
        " blev brugt ved login. ",
        d.name(parent, "Forælder", "first"),
        f" ringede fra telefonen hos {d.pick(FAMILY)}. Beløb: {d.amount()}.\n",
        f"Aftalt: vi ringer tilbage fra {d.org_line()}. Sag SU26-{rng.randrange(10**5, 10**6)}.\n",
        f"{_hours(d, SU_SITE, 'Studieadministrationen')}\n",
    )


def _anmeldelse(d: Doc) -> None:
    rng = d.rng
    victim, witness = _student(rng), _student(rng, old=True)
    five = rng.randrange(10**4, 10**5)
    journal = f"{rng.randrange(1000, 9999)}-{five}-{rng.randrange(10**4, 10**5)}-26"
    d.add(
        f"Fjordby Politi, {POLICE_SITE[0]}, {POLICE_SITE[1]} — Anmeldelse, j.nr. {journal}\n",
        f"Modtaget {d.stamp()} via 114\n\n",
        "Anmelder: ",
        d.name(victim, "Studerende", d.pick(("full", "caps", "surname first"))),
        "\n",
        "CPR-nr.: ",
        d.cpr(victim),
        "\n",
        "Adresse: ",
        d.address(dorm=rng.random() < 0.5, block=True),
        "\n",
        "Tlf.: ",
        d.phone(),
        "\n\n",
        "Forklaring: Anmelder, f. ",
        d.birth(victim),
        ", studerende ved ",
        UNIVERSITY,
        ', modtog en sms om "SU-tilbagebetaling" og indtastede sit bruger-ID og koden ',
        d.otp(),
        f". Der blev overført {d.amount()} videre til ",
        d.iban(),
        ". ",
        "Vidnet ",
        d.name(witness, "Vidne", "full"),
        ", ",
        d.address(),
        ", ",
        "så en bil med nummerpladen ",
        d.plate(),
        f" holde {d.bare_street()}. ",
        f"Intet bevis for at {d.pick(FAMILY)} er involveret. Anmelderens kollegiekammerat ",
        d.name(_student(rng), "Studerende", d.pick(("full", "full", "middle initial"))),
        " fik samme sms fra ",
        d.phone(foreign=rng.random() < 0.5),
        ".\n",
        f"Masket kortnr. **** **** **** {rng.randrange(1000, 9999)} (ikke brugt). ",
        f"Anmelder henvises til Udbetaling Danmark, {d.org_line()}.\n",
    )


def _parkering(d: Doc) -> None:
    rng = d.rng
    resident, staff = _student(rng), _student(rng, old=True)
    d.add(
        f"Campus Parkering ApS for Boligfonden Campusbo — {DORM_SITE[0]}, {DORM_SITE[1]}\n",
        f"Logudtræk efter kapret beboerkonto, {d.day():%d.%m.%y}\n\n",
        "Beboer: ",
        d.name(resident, "Beboer", d.pick(("full", "surname first", "caps"))),
        ", ",
        d.address(dorm=True),
        "\n",
        "Tlf.: ",
        d.phone(),
        " · ",
        d.email(resident),
        "\n",
        "Registreret bil før: ",
        d.plate(),
        "\n",
        f"Ændret {d.stamp()} til: ",
        d.plate(),
        f" (ukendt bil, set {d.bare_street()}, om natten)\n",
        f"Betaling for tilladelse ({d.amount('permit')}): kort ",
        *_card_pair(d),
        "\n",
        f"Kvittering sendt til {d.masked_mail()} (ikke beboerens).\n\n",
        d.name(resident, "Beboer", "genitive"),
        f" konto er låst. Nye P-tilladelser afhentes i kollegiekontoret, {DORM_SITE[0]}. ",
        "Spørgsmål: ",
        d.email(shared=ORG_MAILS[4]),
        f" eller {d.org_line()}.\n",
        "Behandlet af ",
        d.name(staff, "Medarbejder", d.pick(("full", "initial"))),
        "\n",
    )


BUILDERS: dict[str, Callable[[Doc], None]] = {
    "su_log": _su_log,
    "mail": _mail,
    "boligkontor": _boligkontor,
    "international": _international,
    "chat": _chat,
    "opkald": _opkald,
    "anmeldelse": _anmeldelse,
    "parkering": _parkering,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: each genre in turn, the last NEGATIVES (scaled to size) pseudonymised."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs, seen = [], set()
    i = 0
    while len(docs) < size:
        negative = len(docs) >= size - negatives
        genre = GENRES[i % len(GENRES)]
        i += 1
        d = Doc(rng, negative)
        BUILDERS[genre](d)
        text = "".join(d.text)
        if text in seen:
            continue
        seen.add(text)
        kind = "negative" if negative else "positive"
        docs.append(
            {
                "id": f"pii_blind102-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind102.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
