"""A ninety-fifth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is IDENTITY FRAUD AT
THE CIVIL-REGISTRATION DESK: a parish office (kirkekontor, kordegn) and a municipality's
borgerservice handle name changes, certificates and moves, and impostors come with forged
powers of attorney, false moves of address and certificate requests in other people's names.
Eight genres: a certificate request e-mail (Fra:/Til:/Emne:, a "navneattest" or "dåbsattest"
ordered for someone else, the fee paid by card), a phone note (a caller who claims to be a
relative, the number he called from, a code or MitID user ID read out), a name-change form
(exactly one CPR number, the old and the new name, the name in capitals as in the register,
the applicant's private address, a power of attorney), a change-of-address case (the old and
the new private address, the NemKonto changed the same day, the car registered at the new
address), an e-mail with the police (the office reports the impostor: names, plates, the
foreign IBAN the refund went to), a chat with borgerservice ("[09:14] Name: ..." lines, the
code and user ID given as bare answers to the question before), a letter on the office's
letterhead to the citizen's home address and a case log ("2026-03-04 09:14 | ..."). Danish
with some English, typos, lower case and CAPS. The names are Danes of all ages, Danes with
roots elsewhere ("Ayşe Öztürk", "Nguyen Thi Hoa", "Dušan Petrović"), double surnames
("Kjeldgaard-Nørby") and the offices' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kordegn", "sagsbehandler", "betjent");
  "Fuglsang, Karen" is one span; a genitive s belongs to it ("Karen Fuglsangs"); a lower-case
  name typed in a chat ("karen") and every chat speaker and staff member is PERSON. Offices,
  authorities, products, pseudonyms ("Borger A", "Medarbejder 2") and stand-ins ("[NAVN]") are
  never PERSON.
- ADDRESS is a private person's address only: street, number, letter, floor and side ("4B",
  "2. tv.", "st. mf."), plus ", postcode town" on the same line or the postcode and town on the
  next line (line break included). An office's, an authority's or the police's own address is
  never labelled, however it is phrased ("kom ind på ...", "afhentes i ...", letterheads).
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so that the number FAILS modulus 11,
  written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH
  ("4. juni 1952", "04.06.1952", "04-06-1952", "4/6-1952") is labelled only straight after
  "født", "f.", "Fødselsdato:" or "DOB:"; no other date or time is labelled.
- PHONE: Danish mobile and landline numbers (never 70 or 80) in ten written forms with the
  country code inside the span, and foreign numbers from fiction ranges only ("+44 7700
  900xxx", "+46 70 174 06 xx"). The offices' 70/80 lines and 112/114/1813 are never PHONE.
- EMAIL: every unmasked address (example.* domains), staff's too. IBAN: valid check digits and
  the country's length, grouped by four or compact. BANK_ACCOUNT: reg.nr. and account written
  together ("1551-0012345678", "1551 0012345678") as one span. CARD: Luhn-valid with a test
  prefix, grouped or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY". OTP: a 6- or 8-digit code after
  a cue or given as the bare answer to a question about the code; MITID_USER likewise for a
  MitID user ID. NUMBER_PLATE: "CX 44 219" or "CX44219".
- Hard negatives, never labelled: case, journal, order and certificate numbers ("KS-26-04512",
  "BS-482913", "J.nr. 26/10442", "ATT-204411"), CVR numbers, amounts, dates and clock times,
  masked values ("120365-xxxx", "+45 ** ** ** 31", "k***@example.dk", "**** **** **** 4444",
  "DK50XXXXXXXXXX1234", "CX ** ***"), the offices' lines, names and addresses, and pseudonyms.
  Documents of kind "negative" are the same genres pseudonymised: only such values, stand-ins
  and pseudonyms remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind94 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 94
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "attest_mail",
    "telefonnotat",
    "navneaendring",
    "flytning",
    "politi_mail",
    "chat",
    "brev",
    "sagslog",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "IBAN",
    "BANK_ACCOUNT",
    "CARD",
    "CARD_EXPIRY",
    "DATE_OF_BIRTH",
    "NUMBER_PLATE",
    "MITID_USER",
    "OTP",
)

WOMEN = (
    "Karen", "Solveig", "Inger-Lise", "Hjørdis", "Bodil", "Vibeke", "Tove", "Rikke", "Gry",
    "Lykke", "Asta", "Esther", "Ditte", "Malou", "Nanna", "Signe", "Ellen", "Gudrun", "Jonna",
    "Ayşe", "Zeynep", "Fatma", "Hodan", "Mariam", "Noor", "Dragana", "Jelena", "Agnieszka",
    "Ewa", "Chloé", "Renée", "Björk", "Märta", "Siobhan", "Priya", "Leyla", "Amina", "Yasmin",
    "Anne-Mette", "Sólveig", "Thuy", "Hoa",
)  # fmt: skip
MEN = (
    "Halfdan", "Eskil", "Villads", "Oluf", "Bjarke", "Aksel", "Mogens", "Henning", "Torben",
    "Kaj", "Jørgen", "Poul", "Søren", "Niels", "Malthe", "Asger", "Carl-Emil", "Mehmet", "Ömer",
    "Emre", "Murat", "Yusuf", "Abdirahman", "Tariq", "Goran", "Dušan", "Nikola", "Piotr",
    "Paweł", "Tomasz", "Minh", "Duc", "René", "Jérôme", "André", "Björn", "Håkon", "Jukka",
    "Ibrahim", "Hamid", "Ørnulf",
)  # fmt: skip
MIDDLE_WOMEN = ("Marie", "Margrethe", "Louise", "Kristine", "Sofie")
MIDDLE_MEN = ("Frederik", "Kristian", "Emil", "Valdemar", "Ali")
SURNAMES = (
    "Kjeldgaard", "Thygesen", "Brøndum", "Lykkegaard", "Hvidtfeldt", "Ravnsborg", "Dalsgaard",
    "Fuglsang", "Kragh", "Lindholm", "Juul", "Nørgaard", "Østergaard", "Abildgaard", "Skovbo",
    "Bertelsen", "Mølgaard", "Vinther", "Yılmaz", "Şahin", "Öztürk", "Demir", "Kowalski",
    "Nowak", "Jovanović", "Petrović", "Marković", "Nguyen", "Tran", "Hussein", "Warsame",
    "Haddad", "Al-Sayed", "Rahimi", "Mirza", "Lefèvre", "Bélanger", "Söderberg", "Lindqvist",
    "Halvorsen", "Kjeldgaard-Nørby", "Bach-Mirza", "Holm-Şahin", "Due-Lefèvre", "Krogh-Hansen",
)  # fmt: skip

# Private streets and towns (none of them is an office's street).
STREETS = (
    "Hybenvej", "Rønnebærvej", "Kløvermarken", "Agerhønevej", "Tranebærvej", "Lærkevangen",
    "Fasanvænget", "Skovduevej", "Bøgebakken", "Kirsebærhaven", "Møllehøjen", "Tjørnevej",
    "Egebjergvej", "Snerlevej", "Valmuevej", "Hyldegårdsvej", "Ravnsbjergvej", "Åkandevej",
    "Sankt Knuds Vej", "Lille Strandstræde", "Gammel Byvej", "Ørnevej", "Spurvehøjen",
    "Mosebuen", "Hvedemarken", "Kornblomstvej", "Stæremosen", "Engblommevej",
)  # fmt: skip
TOWNS = (
    "4000 Roskilde", "4300 Holbæk", "4180 Sorø", "6700 Esbjerg", "7500 Holstebro",
    "8800 Viborg", "9800 Hjørring", "5700 Svendborg", "3300 Frederiksværk", "4760 Vordingborg",
    "6270 Tønder", "7100 Vejle", "8600 Silkeborg", "4690 Haslev", "5800 Nyborg", "3700 Rønne",
    "9990 Skagen", "6400 Sønderborg", "7830 Vinderup", "2720 Vanløse", "2300 København S",
    "1903 Frederiksberg C", "9000 Aalborg",
)  # fmt: skip
FLOORS = ("st. tv.", "st. th.", "1. tv.", "1. th.", "2. mf.", "2. tv.", "3. th.", "4. tv.")

# The offices: name, address, phone line (70/80), CVR number, e-mail domain.
OFFICES = (
    ("Sorø Sogns Kirkekontor", "Præstegårdsstien 4, 4180 Sorø", "70 15 41 80", "29189838"),
    ("Viborg Domsogn, Kirkekontoret", "Domkirkepladsen 5, 8800 Viborg", "70 22 88 05", "31502284"),
    ("Haslev Sogn, Kordegnekontoret", "Præstevænget 1, 4690 Haslev", "80 20 46 90", "27390411"),
    ("Holstebro Kommune, Borgerservice", "Rådhuspladsen 12, 7500 Holstebro", "70 13 75 00",
     "29189927"),
    ("Vordingborg Kommune, Borgerservice", "Valdemarsgade 43, 4760 Vordingborg", "80 11 47 60",
     "29188335"),
    ("Esbjerg Kommune, Folkeregistret", "Torvegade 74, 6700 Esbjerg", "70 16 67 00", "29189803"),
    ("Nyborg Kommune, Borgerservice", "Torvet 1, 5800 Nyborg", "80 31 58 00", "29189730"),
)  # fmt: skip
POLICE = (
    ("Sydsjællands og Lolland-Falsters Politi", "Jernbanegade 7, 4700 Næstved"),
    ("Midt- og Vestjyllands Politi", "Fælledvej 3, 7400 Herning"),
    ("Nordjyllands Politi", "Jyllandsgade 27, 9000 Aalborg"),
    ("Fyns Politi", "Hestehaven 201, 5220 Odense SØ"),
)
ORG_ADDRESSES = tuple(o[1] for o in OFFICES) + tuple(p[1] for p in POLICE)
ORG_BLOCKS = tuple(a.replace(", ", "\n") for a in ORG_ADDRESSES)  # the same on two lines
ORG_LINES = (*(o[2] for o in OFFICES), "1813")  # and the police's 114
COMPANIES = (
    *(o[0] for o in OFFICES),
    *(p[0] for p in POLICE),
    "Familieretshuset",
    "Skattestyrelsen",
    "Digitaliseringsstyrelsen",
    "Udbetaling Danmark",
)
BANKS = ("Sparekassen Kronjylland", "Lån & Spar Bank", "Arbejdernes Landsbank", "Revolut")
PRODUCTS = ("MitID-appen", "Digital Post", "borger.dk", "sogn.dk", "e-Boks")
STAFF_TITLES = ("kordegn", "kirkekontorassistent", "sagsbehandler", "borgerservicemedarbejder")
CERTIFICATES = ("navneattest", "dåbsattest", "fødselsattest", "personattest", "vielsesattest")

PSEUDONYMS = ("Borger A", "Borger B", "Person X", "Medarbejder 1", "Medarbejder 2", "Betjent 1")
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "36", "38", "39", "43", "44", "46", "48", "56", "57", "59", "62", "64",
            "66", "74", "75", "86", "87", "96", "97", "98", "99")  # fmt: skip
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300", "378282", "371449", "400005")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "GB": 22, "NL": 18, "TR": 26,
               "FR": 27, "LT": 20}  # fmt: skip
IBAN_BANKS = {"GB": "NWBK", "NL": "ABNA"}  # the letters some countries' accounts start with
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
TODAY = date(2026, 3, 2)


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_fold(text: str) -> str:
    """Lower-case letters a-z only, as e-mail addresses and user IDs are written."""
    text = text.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ı", "i"), ("ł", "l"), ("-", "")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if "a" <= c <= "z")


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""
    pseudonym: str = "Borger A"
    born: date = date(1970, 1, 1)

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class Doc:
    """A document built from plain text and labelled pieces; in a negative every piece of
    personal data is written as its pseudonym, stand-in or masked form instead."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.n += len(text)
        return self

    def e(self, kind: str, value: str, masked: str) -> Doc:
        if self.neg:
            return self.t(masked)
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # --- personal data ---------------------------------------------------------------------

    def name(self, p: Person, form: str | None = None) -> Doc:
        r = self.rng
        form = (
            form
            or r.choices(
                ("full", "first", "surname first", "genitive", "upper", "initial", "lower"),
                (40, 12, 12, 10, 8, 8, 4),
            )[0]
        )
        if form == "genitive" and p.last[-1] in "sxz":
            form = "full"
        if form == "first genitive" and p.first[-1] in "sxz":
            form = "first"
        value = {
            "full": p.full,
            "first": p.first,
            "surname first": f"{p.last}, {p.first}",
            "genitive": f"{p.full}s",
            "first genitive": f"{p.first}s",
            "upper": p.full.upper(),
            "initial": r.choice((f"{p.first[0]}. {p.last}", f"{p.first} {p.last[0]}.")),
            "lower": r.choice((p.full.lower(), p.first.lower())),
        }[form]
        masked = "[NAVN]" if form == "initial" else p.pseudonym
        masked += "'s" if "genitive" in form else ""
        return self.e("PERSON", value, masked)

    def cpr(self, p: Person, form: int | None = None) -> Doc:
        value = cpr_number(self.rng, p.born, form)
        return self.e("CPR", value, self.rng.choice((f"{value[:6]}-xxxx", "[CPR]")))

    def dob(self, p: Person) -> Doc:
        return self.e("DATE_OF_BIRTH", written_date(self.rng, p.born), "[dato]")

    def phone(self) -> Doc:
        value = phone_number(self.rng)
        masked = self.rng.choice(("[TLF]", f"+45 ** ** ** {self.rng.randint(10, 99)}"))
        return self.e("PHONE", value, masked)

    def mail(self, p: Person, domain: str | None = None) -> Doc:
        r = self.rng
        local = r.choice(
            (
                f"{ascii_fold(p.first)}.{ascii_fold(p.last)}",
                f"{ascii_fold(p.first)}{r.randint(1, 99)}",
                f"{ascii_fold(p.first)[0]}{ascii_fold(p.last)}",
                f"{ascii_fold(p.first)}_{ascii_fold(p.last)[:4]}",
            )
        )
        domain = domain or r.choice(("example.dk", "example.com", "mail.example.net"))
        value = f"{local}@{domain}"
        return self.e("EMAIL", value, r.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def org_mail(self, local: str, domain: str) -> Doc:
        return self.e("EMAIL", f"{local}@{domain}", f"{local[0]}***@{domain}")

    def address(self, lines: int | None = None) -> Doc:
        r = self.rng
        number = f"{r.randint(1, 148)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        street = f"{r.choice(STREETS)} {number}"
        if r.random() < 0.4:
            street += f", {r.choice(FLOORS)}"
        lines = lines or r.choice((1, 1, 2))
        value = street + (", " if lines == 1 else "\n") + r.choice(TOWNS)
        return self.e("ADDRESS", value, "[ADRESSE]")

    def iban(self) -> Doc:
        r = self.rng
        country = r.choice(tuple(IBAN_LENGTH))
        compact = iban_number(r, country)
        value = grouped(compact) if r.random() < 0.6 else compact
        return self.e("IBAN", value, f"{country}{compact[2:4]}{'X' * 10}{compact[-4:]}")

    def account(self) -> Doc:
        r = self.rng
        reg = f"{r.randint(1000, 9899)}"
        acct = str(r.randint(10**6, 10**10 - 1)).rjust(r.choice((8, 10)), "0")
        value = f"{reg}{r.choice('- ')}{acct}"
        return self.e("BANK_ACCOUNT", value, "[kontonr.]")

    def card(self) -> Doc:
        r = self.rng
        compact = card_number(r)
        value = grouped(compact) if r.random() < 0.7 else compact
        return self.e("CARD", value, f"**** **** **** {compact[-4:]}")

    def expiry(self) -> Doc:
        r = self.rng
        month, year = r.randint(1, 12), r.randint(26, 31)
        value = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        return self.e("CARD_EXPIRY", value, "**/**")

    def plate(self) -> Doc:
        r = self.rng
        letters = r.choice("ABCDEHKLMNPRSTUVXYZ") + r.choice("ABCDEHKLMNPRSTUVXYZ")
        digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else letters + digits
        return self.e("NUMBER_PLATE", value, f"{letters} ** ***")

    def mitid(self, p: Person) -> Doc:
        r = self.rng
        stem = r.choice((ascii_fold(p.first), ascii_fold(p.first) + ascii_fold(p.last)[:1],
                         ascii_fold(p.last)))  # fmt: skip
        year = p.born.year
        suffix = f"{year}" if year < 2006 and r.random() < 0.5 else f"{year % 100:02d}"
        return self.e("MITID_USER", stem + suffix, "[bruger-id]")

    def otp(self) -> Doc:
        r = self.rng
        value = f"{r.randint(0, 10 ** r.choice((6, 8)) - 1)}"
        value = value.rjust(6 if len(value) <= 6 else 8, "0")
        return self.e("OTP", value, "[kode]")


# --- values ---------------------------------------------------------------------------------


def passes_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def birth_date(rng: random.Random) -> date:
    return date(1931, 1, 1) + timedelta(
        days=rng.randint(0, (date(2005, 12, 31) - date(1931, 1, 1)).days)
    )


def cpr_number(rng: random.Random, born: date, form: int | None = None) -> str:
    """A CPR number for the date whose seventh digit suits the century and that fails mod 11."""
    head = born.strftime("%d%m%y")
    while True:
        seventh = "4" if born.year >= 2000 else rng.choice("0123")
        digits = head + seventh + f"{rng.randint(0, 999):03d}"
        if not passes_mod11(digits):
            break
    form = rng.randrange(4) if form is None else form
    return (
        f"{digits[:6]}-{digits[6:]}",
        digits,
        f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
        f"{digits[:6]} {digits[6:]}",
    )[form]


def written_date(rng: random.Random, d: date) -> str:
    return rng.choice(
        (
            f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day}/{d.month}-{d.year}",
        )
    )


def phone_number(rng: random.Random) -> str:
    form = rng.randrange(14)
    if form == 12:
        return f"+44 7700 900{rng.randint(0, 999):03d}"
    if form == 13:
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    lead = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE)
    n = lead + f"{rng.randint(0, 999999):06d}"
    pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    quads = f"{n[:4]} {n[4:]}"
    forms = (f"+45 {n}", f"+45 {pairs}", f"+45 {quads}", quads, f"(+45) {pairs}", f"0045 {n}",
             pairs, n, f"+45{n}", pairs.replace(" ", "."), pairs, quads)  # fmt: skip
    return forms[form]


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def iban_number(rng: random.Random, country: str) -> str:
    rest = IBAN_LENGTH[country] - 4
    bank = IBAN_BANKS.get(country, "")
    bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(rest - len(bank)))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


# --- the hard negatives ---------------------------------------------------------------------


def case_no(rng: random.Random) -> str:
    return rng.choice(
        (
            f"KS-26-{rng.randint(0, 99999):05d}",
            f"BS-{rng.randint(100000, 999999)}",
            f"J.nr. 26/{rng.randint(10000, 99999)}",
            f"ATT-{rng.randint(100000, 999999)}",
        )
    )


def amount(rng: random.Random) -> str:
    kr = rng.choice((75, 130, 180, 250, 540, 1150, 1250, 2400, 12800, 31500))
    return rng.choice((f"{kr:,} kr.".replace(",", "."), f"kr. {kr:,}".replace(",", ".") + ",00"))


def day(rng: random.Random) -> date:
    return TODAY - timedelta(days=rng.randint(0, 60))


def stamp(rng: random.Random) -> str:
    return f"{day(rng).isoformat()} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"


def short_date(rng: random.Random) -> str:
    d = day(rng)
    return rng.choice((f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}.{d.month:02d}.26"))


def clock(rng: random.Random) -> str:
    return f"kl. {rng.randint(8, 16):02d}.{rng.randint(0, 59):02d}"


def person(rng: random.Random, pseudonym: str) -> Person:
    woman = rng.random() < 0.5
    first = rng.choice(WOMEN if woman else MEN)
    middle = rng.choice(MIDDLE_WOMEN if woman else MIDDLE_MEN) if rng.random() < 0.2 else ""
    if first in ("Thuy", "Hoa", "Minh", "Duc"):  # Vietnamese order: family name first
        first, middle = rng.choice(("Nguyen", "Tran")), rng.choice(("Thi", "Van"))
        last = rng.choice(("Hoa", "Thuy", "Minh", "Duc"))
    else:
        last = rng.choice(SURNAMES)
    return Person(first, last, middle, pseudonym, birth_date(rng))


@dataclass
class Cast:
    citizen: Person
    impostor: Person
    staff: Person
    staff2: Person
    officer: Person
    office: tuple[str, str, str, str]
    police: tuple[str, str]


def cast(rng: random.Random) -> Cast:
    return Cast(
        citizen=person(rng, "Borger A"),
        impostor=person(rng, "Person X"),
        staff=person(rng, "Medarbejder 1"),
        staff2=person(rng, "Medarbejder 2"),
        officer=person(rng, "Betjent 1"),
        office=rng.choice(OFFICES),
        police=rng.choice(POLICE),
    )


def office_domain(office: tuple[str, str, str, str]) -> str:
    town = office[1].rsplit(" ", 1)[-1]
    return f"{ascii_fold(town)}.example.dk"


def org_address(d: Doc, c: Cast) -> Doc:
    """The office's own address in one of many phrasings (never labelled)."""
    r = d.rng
    name, addr, line, _ = c.office
    return d.t(
        r.choice(
            (
                f"Kom ind på {name}, {addr}, hvis du vil tale med os.",
                f"Attesten kan afhentes i {name}, {addr}.",
                f"Vores afdeling på {addr} har åbent man-tors 10-15.",
                f"Personligt fremmøde: {addr} (husk billed-ID).",
                f"Svar venligst til {name}, {addr} eller ring {line}.",
                f"Henvendelse kan ske på {addr} eller tlf. {line}.",
            )
        )
    )


# --- the genres -----------------------------------------------------------------------------


def attest_mail(d: Doc, c: Cast) -> None:
    r, p, x, s = d.rng, c.citizen, c.impostor, c.staff
    dom = office_domain(c.office)
    cert = r.choice(CERTIFICATES)
    d.t("Fra: ").name(x, "full").t(" <").mail(x).t(">\n")
    d.t(f"Til: {c.office[0]} <").org_mail(
        r.choice(("kirkekontor", "post", "borgerservice")), dom
    ).t(">\n")
    d.t(f"Dato: {short_date(r)} {clock(r)}\n")
    d.t(r.choice((f"Emne: Bestilling af {cert}\n\n", f"Emne: SV: {cert} - haster!!\n\n",
                  f"Subject: request for {cert}\n\n")))  # fmt: skip
    if r.random() < 0.5:
        d.t(f"Hej\n\nJeg vil gerne bestille en {cert} på vegne af min far ").name(p, "full")
        d.t(", CPR ").cpr(p).t(". Han er syg og kan ikke selv logge på med MitID.\n")
    else:
        d.t(f"Dear sir/madam,\n\nplease send a {cert} for ").name(p, "full")
        d.t(" (DOB: ").dob(p).t("), I am his lawyer and hold a power of attorney.\n")
    d.t("Send den venligst til ").address(1).t(" og ikke til folkeregisteradressen.\n")
    if r.random() < 0.7:
        d.t(f"Gebyret på {amount(r)} har jeg betalt med kort ").card().t(", udløb ").expiry()
        d.t(".\n")
    else:
        d.t("Hvis der skal refunderes noget så brug IBAN ").iban().t(" tak\n")
    d.t("Mvh\n").name(x, r.choice(("full", "first", "upper"))).t("\nTlf. ").phone().t("\n\n")
    d.t(f"--- Intern note ({case_no(r)}) ---\n")
    d.t("Underskriften på fuldmagten ligner ikke den vi har. ")
    d.name(p, r.choice(("first", "full", "genitive")))
    d.t(r.choice((" er ringet op på ", " bekræfter på tlf. "))).phone()
    d.t(" at han ikke har bestilt noget. /").name(s, r.choice(("first", "initial", "full")))
    d.t("\n")
    org_address(d, c)


def telefonnotat(d: Doc, c: Cast) -> None:
    r, p, x, s = d.rng, c.citizen, c.impostor, c.staff
    d.t(r.choice(("TELEFONNOTAT", "Telefonnotat", "tlf-notat")))
    d.t(f" {short_date(r)} {clock(r)} - {case_no(r)}\n")
    d.t("Modtaget af: ").name(s, r.choice(("full", "initial", "surname first"))).t("\n")
    d.t("Opkald fra: ").phone().t(r.choice((" (skjult nr. først, så ", " (")))
    d.t("ringede igen)\n\n")
    d.t("Kvinden/manden præsenterede sig som ").name(x, r.choice(("full", "first")))
    d.t(", datter/søn af ").name(p, "full").t(", f. ").dob(p).t(".\n")
    d.t("Ville have ændret adressen til ").address(1).t(" og have tilsendt en navneattest.\n")
    if r.random() < 0.5:
        d.t("Oplyste CPR ").cpr(p).t(" uden at tøve, men kendte ikke ")
        d.name(p, "first genitive").t(" gamle adresse.\n")
    else:
        d.t("Hun læste koden op fra sms'en: ").otp().t(" - vi bruger IKKE sms-koder, afvist.\n")
    d.t("Sagde at ").name(p, "first").t(" har givet hende sit MitID bruger-ID ").mitid(p)
    d.t(".\n")
    d.t(r.choice(("Ringede selv til borgeren på ", "Borgeren kontaktet på ")))
    d.phone().t(": kender ikke nogen ved navn ").name(x, r.choice(("full", "lower", "upper")))
    d.t(".\n")
    d.t("Anmeldelse anbefalet (1813 eller 114 ved akut fare).\n")
    org_address(d, c)


def navneaendring(d: Doc, c: Cast) -> None:
    r, p, x, s = d.rng, c.citizen, c.impostor, c.staff
    new_last = r.choice(SURNAMES)
    new = Person(p.first, new_last, p.middle, p.pseudonym, p.born)
    d.t(r.choice(("ANSØGNING OM NAVNEÆNDRING", "Ansøgning om navneændring")))
    d.t(f" - {c.office[0]}\nSagsnr.: {case_no(r)}   Modtaget: {short_date(r)}\n\n")
    d.t("Ansøger (nuværende navn): ").name(p, r.choice(("full", "surname first"))).t("\n")
    d.t("CPR-nr.: ").cpr(p).t("\n")
    d.t("Fødselsdato: ").dob(p).t("\n")
    d.t("Ønsket nyt navn: ").name(new, "full").t("\n")
    d.t("Navn i versaler: ").name(new, "upper").t("\n")
    d.t("Bopæl: ").address(r.choice((1, 2))).t("\n")
    d.t("Telefon: ").phone().t("\nE-mail: ").mail(p).t("\n")
    d.t(f"Gebyr: {amount(r)} betalt med kort ").card().t(" (udløb ").expiry().t(")\n\n")
    d.t("Ansøgningen er indgivet ved fuldmagt af: ").name(x, "full").t(", tlf. ").phone()
    d.t("\n")
    d.t(r.choice(("Bemærkning: ", "NB: ", "note: ")))
    d.t(
        r.choice(
            (
                "fuldmagten er dateret før borgeren flyttede til kommunen. ",
                "signaturen på fuldmagten er kopieret fra et gammelt pas. ",
                "borgeren har ikke selv underskrevet, og hun kendte intet til det. ",
            )
        )
    )
    d.t("Behandlet af ").name(s, r.choice(("full", "initial"))).t(f", {r.choice(STAFF_TITLES)}.\n")
    org_address(d, c)


def flytning(d: Doc, c: Cast) -> None:
    r, p, s = d.rng, c.citizen, c.staff
    d.t(f"Flyttesag {case_no(r)} - {c.office[0]}\n")
    d.t(f"Anmeldt digitalt {stamp(r)} via borger.dk\n\n")
    d.t("Borger: ").name(p, r.choice(("full", "surname first", "upper"))).t(", CPR ").cpr(p)
    d.t("\n")
    d.t("Fraflyttet adresse:\n").address(2).t("\n")
    d.t("Tilflyttet adresse:\n").address(2).t("\n")
    mate = person(r, "Borger B")
    d.t("Medflyttende: ").name(mate, "full").t(" (f. ").dob(mate).t(")\n\n")
    d.t("Samme dag ændret NemKonto til ").account().t(r.choice((" i ", " hos ")))
    d.t(f"{r.choice(BANKS)}.\n")
    d.t("På den nye adresse er registreret bil med reg.nr. ").plate().t(".\n")
    d.t("Anmeldelsen er logget ind med MitID bruger-ID ").mitid(p).t(".\n")
    d.t("Den rigtige ").name(p, "first").t(" ringede fra ").phone()
    d.t(" og bor stadig på den gamle adresse. Flytningen er annulleret af ")
    d.name(s, r.choice(("full", "first"))).t(".\n")
    org_address(d, c)


def politi_mail(d: Doc, c: Cast) -> None:
    r, p, x, s, o = d.rng, c.citizen, c.impostor, c.staff, c.officer
    dom = office_domain(c.office)
    d.t("Fra: ").name(s, "full").t(" <").mail(s, dom).t(">\n")
    d.t(f"Til: {c.police[0]}, {c.police[1]}\nCc: ").name(o, "full").t(" <")
    d.mail(o, "politi.example.dk").t(">\n")
    d.t(f"Emne: Anmeldelse af identitetsmisbrug - vores ref. {case_no(r)}\n\n")
    d.t("Hej ").name(o, "first").t("\n\n")
    d.t("Vi har i dag modtaget en falsk fuldmagt, hvor ").name(x, "full")
    d.t(" udgiver sig for at handle på vegne af ").name(p, r.choice(("full", "upper")))
    d.t(" (CPR ").cpr(p).t(").\n")
    d.t(f"{r.choice(('Han', 'Hun'))} bad om at få tilsendt {r.choice(CERTIFICATES)} til ")
    d.address(1).t(".\n")
    d.t("Ved fremmødet kørte ").name(x, "first").t(" i en bil med nummerplade ").plate()
    d.t(" og opgav tlf. ").phone().t(".\n")
    d.t("Gebyret blev betalt fra en udenlandsk konto, IBAN ").iban()
    d.t(r.choice(("; kortet ", ". Kort brugt ved skranken: "))).card().t(" exp ").expiry()
    d.t(".\n\n")
    d.t(f"Sagen har {c.police[0]}s J.nr. 26/{r.randint(10000, 99999)}. ")
    d.t("Vedhæftet kopi af fuldmagten og ").name(x, "genitive").t(" pas.\n\n")
    d.t("Venlig hilsen\n").name(s, "full").t(f"\n{r.choice(STAFF_TITLES)}\n{c.office[0]}\n")
    d.t(f"{c.office[1]}\nCVR-nr. {c.office[3]}\n")


def chat(d: Doc, c: Cast) -> None:
    r, p, s = d.rng, c.citizen, c.staff
    minute = r.randint(8 * 60, 15 * 60)

    def line(who: Person, form: str) -> Doc:
        nonlocal minute
        minute += r.randint(0, 3)
        return d.t(f"[{minute // 60:02d}:{minute % 60:02d}] ").name(who, form).t(": ")

    pf = r.choice(("full", "first", "lower"))
    sf = r.choice(("full", "first"))
    d.t(f"Chat med {c.office[0]} - {short_date(r)}\n")
    line(p, pf).t(r.choice(("hej jeg har fået brev om at jeg er flyttet?? det er jeg ikke\n",
                            "Hi, I got a letter that my address changed. I did not move!\n",
                            "HEJ. nogen har bestilt en navneattest i mit navn\n")))  # fmt: skip
    line(s, sf).t("Hej ").name(p, "first").t(", det skal vi have styr på. Hvad er dit CPR-nr.?\n")
    line(p, pf).cpr(p).t("\n")
    line(s, sf).t("Tak. Der er meldt flytning til ").address(1).t(". Kender du den?\n")
    line(p, pf).t("nej aldrig hørt om. jeg bor stadig på ").address(1).t("\n")
    if r.random() < 0.5:
        line(s, sf).t("Har du givet en kode til nogen? Hvilken kode stod der i sms'en?\n")
        line(p, pf).otp().t("\n")
    else:
        line(s, sf).t("Hvad er dit bruger-ID i MitID, så vi kan bede om spærring?\n")
        line(p, pf).mitid(p).t("\n")
    line(p, pf).t("en mand ringede fra ").phone().t(" og sagde han var fra kommunen\n")
    line(s, sf).t("Det var ikke os. Vi skriver til dig på ").mail(p).t(r.choice((" i dag\n", "\n")))
    line(s, sf).t(f"Du kan også komme ind på {c.office[1]}. Sagsnr. {case_no(r)}\n")
    line(p, pf).t(r.choice(("tak!!\n", "ok tak for hjælpen\n", "thanks\n")))


def brev(d: Doc, c: Cast) -> None:
    r, p, x, s = d.rng, c.citizen, c.impostor, c.staff
    name, addr, line, cvr = c.office
    d.t(f"{name.upper() if r.random() < 0.3 else name}\n{addr.replace(', ', chr(10))}\n")
    d.t(f"Tlf. {line} · CVR-nr. {cvr}\n\n")
    d.name(p, r.choice(("full", "upper"))).t("\n").address(2).t("\n\n")
    d.t(f"{addr.rsplit(' ', 1)[-1]}, {short_date(r)}\nVores ref.: {case_no(r)}\n\n")
    d.t("Kære ").name(p, r.choice(("first", "full"))).t("\n\n")
    d.t("Vi har modtaget en anmodning om ").t(r.choice(CERTIFICATES))
    d.t(" vedrørende dig (CPR ").cpr(p).t("), indsendt af ").name(x, "full")
    d.t(r.choice((" med en fuldmagt, som vi vurderer er falsk.", " på grundlag af en fuldmagt.")))
    d.t(" Vi har ikke ").name(x, "first genitive").t(" underskrift i forvejen.")
    d.t("\nAttesten er ikke udleveret. Anmodningen angav telefon ").phone().t(" og e-mail ")
    d.mail(x).t(".\n\n")
    d.t(f"Har du ikke givet fuldmagt, så ring til os på {line} eller kom ind på {addr}.\n")
    d.t("Du kan også anmelde det til politiet på 114.\n\n")
    d.t("Med venlig hilsen\n\n").name(s, "full").t(f"\n{r.choice(STAFF_TITLES)}\n")


def sagslog(d: Doc, c: Cast) -> None:
    r, p, x, s, s2 = d.rng, c.citizen, c.impostor, c.staff, c.staff2
    d.t(f"SAGSLOG {case_no(r)} | {c.office[0]}\n")
    entries: list[Callable[[], object]] = [
        lambda: d.t("oprettet af ").name(s, r.choice(("initial", "full", "lower"))),
        lambda: d.t("fuldmagt modtaget fra ").name(x, "full").t(", tlf ").phone(),
        lambda: d.t("borger ").name(p, r.choice(("full", "surname first"))).t(" f. ").dob(p)
        .t(" kontaktet"),
        lambda: d.t("falsk flytning til ").address(1).t(" annulleret"),
        lambda: d.t("NemKonto ændret til ").account().t(" - spærret af Udbetaling Danmark"),
        lambda: d.t("refusion bedt til IBAN ").iban().t(" (afvist)"),
        lambda: d.t("gebyr betalt m. kort ").card().t(" udl. ").expiry(),
        lambda: d.t("bil ").plate().t(" set ved skranken, reg. til ").name(x, "genitive")
        .t(" adresse"),
        lambda: d.t("borger oplyser MitID bruger-ID ").mitid(p).t(", spærring bestilt"),
        lambda: d.t("engangskode ").otp().t(" udleveret af borger til svindler"),
        lambda: d.t("overdraget til ").name(s2, r.choice(("full", "first"))).t(", mail ")
        .mail(s2, office_domain(c.office)),
        lambda: d.t(f"anmeldt til {c.police[0]}, {c.police[1]}"),
        lambda: d.t(f"gebyr {amount(r)} tilbageholdt"),
        lambda: d.t("CPR ").cpr(p).t(" markeret med adressebeskyttelse-tjek"),
    ]  # fmt: skip
    picks = [0, *sorted(r.sample(range(1, len(entries)), r.randint(6, 9)))]
    t = r.randint(8 * 60, 12 * 60)
    first = day(r)
    for i in picks:
        t += r.randint(3, 90)
        d.t(f"{first.isoformat()} {t // 60 % 24:02d}:{t % 60:02d} | ")
        entries[i]()
        d.t("\n")
    org_address(d, c)


WRITERS: dict[str, Callable[[Doc, Cast], None]] = {
    "attest_mail": attest_mail,
    "telefonnotat": telefonnotat,
    "navneaendring": navneaendring,
    "flytning": flytning,
    "politi_mail": politi_mail,
    "chat": chat,
    "brev": brev,
    "sagslog": sagslog,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = set(rng.sample(range(size), NEGATIVES * size // SIZE))
    docs: list[dict] = []
    seen: set[str] = set()
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        negative = i in negatives
        while True:
            d = Doc(rng, negative)
            WRITERS[genre](d, cast(rng))
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {
                "id": f"pii_blind94-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).resolve().parent / "data" / "pii_blind94.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
