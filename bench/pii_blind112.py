"""A hundred-and-thirteenth blind, seeded generator of Danish text with labelled personal data.

Written for issue 18 without looking at the recognisers, their word lists or the other
generators' bodies, as a held-out test set with its own names, streets and towns. Its theme is
an OPTICIAN AND HEARING-AID CLINIC CHAIN and the fraud around it, in eight genres: the booking
system's log of appointments (the patient's name, phone, e-mail, birth date and home address),
a regional høreapparattilskud claim (the applicant's CPR, address on two lines, NemKonto), an
internal audit note on billing fraud (fake patients billed, an employee's account and IBAN),
a phished patient's case notes (a fake "batteriabonnement" SMS, the card, expiry, CVV, a code
read out, the MitID user ID), a police report of fake home-visit hearing tests (the victims'
and witnesses' addresses, the van's number plate, the scammer's alias), an e-mail thread
(Fra:/Til:/Cc:/Emne:) between a clinic and a patient's relative, a customer-service chat
("[09:14] Name: ..." lines) and a call note from the chain's fraud hotline. The clinics'
own addresses (letterheads, footers, "besøg os på", meeting points, return addresses, opening
hours, directions with entrance notes) appear throughout and are never labelled. The names are
those of Danes of all ages, Danes with roots elsewhere ("Amira Haddad", "Olena Kovalenko"),
double surnames ("Bach-Nielsen") and the chain's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("audiologen", "optiker", "vidne");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed
  in a chat ("jytte") is PERSON. A scammer's alias ("Mikkel fra Tilskudskontoret") is PERSON,
  the unit is not. Organisations, products, placeholders ("[NAVN]", "Patient A", "Kunde 2",
  "Vidne 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter and floor ("7C", "3. tv.",
  "st."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11.
  Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH
  ("4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after
  "født", "f." or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE covers Danish 8-digit numbers from the MOBILE and LANDLINE ranges (70 and 80 never
  occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050",
  "+4520304050" or "20.30.40.50", and foreign numbers from fiction ranges only,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). Organisations' lines (ORG_LINES, 112,
  114, 1813) are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890") are one span; where
  the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the account is.
  IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by four or compact.
  CARD: Luhn-valid with a test prefix (TEST_PREFIXES), grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or
  "kontrolcifre". OTP: a one-time code (6 or 8 digits); MITID_USER a MitID user ID given as
  such; NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). No passport or licence numbers.
- Hard negatives, never labelled: amounts ("4.995 kr.", "849,95 kr"), dates and clock times
  ("02.12.26", "kl. 09.14", "[10:22]", "2026-03-04"), booking, invoice, claim and journal
  numbers, CVR numbers, hearing-aid serial numbers, audiogram values ("45 dB HL"), lens
  strengths ("-2,25 dpt."), masked values ("040652-xxxx", "+45 ** ** ** 31",
  "a***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932",
  "BK ** ***"), organisations' lines and addresses, companies, products and family words.
  Documents of kind "negative" are the same genres after pseudonymisation: only such values,
  stand-ins ("[NAVN]", "[ADRESSE]") and pseudonyms ("Patient A", "Kunde 2") remain. No run of
  ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind112 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 112_113
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "booking",
    "tilskud",
    "faktura",
    "phishing",
    "hjemmebesoeg",
    "email",
    "chat",
    "opkald",
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
TEST_PREFIXES = ("411111", "401288", "424242", "555555", "510510", "520082", "400005")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "NL": 18, "PL": 28, "ES": 24, "LT": 20}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49")
LANDLINE += ("54", "56", "57", "58", "59", "62", "63", "64", "65", "66", "75", "86", "87")
LANDLINE += ("89", "96", "97", "98", "99")

WOMEN = (
    "Jytte", "Agnete", "Birthe", "Inger", "Karen", "Lone", "Mette", "Sofie", "Freja", "Ida",
    "Amira", "Fatima", "Zeynep", "Olena", "Hanne", "Grethe", "Ellen", "Kirsten", "Lærke",
    "Nanna", "Signe", "Aya", "Maja", "Bodil", "Else", "Ruth", "Dorthe", "Susanne", "Yasmin",
    "Ngoc", "Malgorzata", "Tove", "Vibeke", "Gudrun", "Emine", "Rikke",
)  # fmt: skip
MEN = (
    "Poul", "Henning", "Erik", "Knud", "Bent", "Torben", "Jørgen", "Mikkel", "Rasmus",
    "Anders", "Ahmad", "Omar", "Mehmet", "Tariq", "Bjarne", "Svend", "Leif", "Preben",
    "Villads", "Oskar", "Emil", "Carl", "Hamza", "Dmitri", "Piotr", "Kasper", "Frode",
    "Aage", "Arne", "Mogens", "Halfdan", "Yusuf", "Bo", "Finn", "Kaj", "Thor",
)  # fmt: skip
MIDDLE_WOMEN = ("Marie", "Kirstine", "Louise", "Sofie", "Margrethe", "Juul")
MIDDLE_MEN = ("Juul", "Bech", "Krogh", "Christian", "Emil", "Aksel")
SURNAMES = (
    "Holm", "Kjærgaard", "Brandt", "Overgaard", "Lindberg", "Skov", "Damsgaard", "Fog",
    "Munk", "Hvid", "Nørgaard", "Thygesen", "Lauridsen", "Bach", "Kirkegaard", "Haddad",
    "Yilmaz", "Kovalenko", "Nguyen", "Hussain", "Kowalski", "Ahmadi", "Østergaard", "Rask",
    "Dalsgaard", "Vinther", "Bisgaard", "Frost", "Bjerre", "Lund", "Sørup", "Mortensen",
    "Ibsen", "Karimi", "Abdi", "Vestergaard",
)  # fmt: skip
STREETS = (
    "Kildevej", "Mågevej", "Solsikkevej", "Præstemarken", "Rønnebærvej", "Lindeallé",
    "Skovbrynet", "Fasanvej", "Hybenvej", "Egeløkken", "Tjørnevej", "Havrevænget",
    "Kastanjevej", "Stationsvej", "Nørre Allé", "Bakkedraget", "Engtoften", "Pilebakken",
    "Ravnsborgvej", "Strandengen", "Lærkevej", "Grusgraven", "Toftegårdsvej", "Agerledet",
)  # fmt: skip
TOWNS = (
    ("8700", "Horsens"), ("7100", "Vejle"), ("5000", "Odense C"), ("9000", "Aalborg"),
    ("4000", "Roskilde"), ("2800", "Kongens Lyngby"), ("6700", "Esbjerg"),
    ("8600", "Silkeborg"), ("4700", "Næstved"), ("3400", "Hillerød"), ("6000", "Kolding"),
    ("8900", "Randers C"), ("2650", "Hvidovre"), ("7400", "Herning"), ("4800", "Nykøbing F"),
    ("5700", "Svendborg"), ("8800", "Viborg"), ("3000", "Helsingør"),
)  # fmt: skip
COMPANIES = (
    "Klarsyn Optik",
    "Lydhus Høreklinik",
    "Øre & Øje Klinikkerne",
    "SynLyd Gruppen A/S",
    "Høreteam Danmark",
    "Tilskudsservice Midt",
    "Optikerkæden Brillehuset",
)
BANKS = ("Fjordbanken", "Andelskassen Vest", "Nordkyst Sparekasse", "Købmandsbanken")
PRODUCTS = ("LydPro 5", "ClearTone mini", "AuraFit RIC", "Progressiv Komfort 1.6")
ORG_LINES = ("70 20 45 45", "80 30 40 12", "70 11 22 90", "70205060", "80 88 12 12")
ORG_SITES = (
    ("Søndergade 31", "8700 Horsens"),
    ("Algade 12", "4000 Roskilde"),
    ("Torvegade 5", "6700 Esbjerg"),
    ("Jernbanegade 22", "9000 Aalborg"),
    ("Bredgade 40", "7400 Herning"),
    ("Østergade 7", "5700 Svendborg"),
    ("Vestre Ringvej 101", "8600 Silkeborg"),
    ("Klostertorvet 3", "8800 Viborg"),
    ("Hovedgaden 58", "2800 Kongens Lyngby"),
    ("Havnepladsen 9", "3000 Helsingør"),
)
ORG_ADDRESSES = tuple(f"{a}, {b}" for a, b in ORG_SITES) + tuple(f"{a}\n{b}" for a, b in ORG_SITES)
ENTRANCES = (
    "indgang fra gården",
    "2. sal, elevator ved trappen",
    "over for apoteket",
    "bag Netto, gratis parkering",
    "indgang B, stuen",
    "i gågaden ved springvandet",
)
PSEUDONYMS = (
    "Patient A",
    "Patient B",
    "Kunde 1",
    "Kunde 2",
    "Medarbejder A",
    "Medarbejder B",
    "Vidne 1",
    "Vidne 2",
)
FAMILY = ("min mand", "min kone", "min datter", "min søn", "min svigersøn", "barnebarnet")
ALIAS_UNITS = ("Tilskudskontoret", "Høreklinikkens udekørende team", "Regionens høreteam")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")  # fmt: skip
CVR = ("CVR-nr. 31428576", "CVR-nr. 29517346", "CVR-nr. 40381925")


def grouped(compact: str) -> str:
    """The value in groups of four (cards and IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


@dataclass
class Person:
    first: str
    last: str
    middle: str
    second: str
    woman: bool
    born: date
    pseudo: str


class Doc:
    """A document under construction: text parts and the spans of labelled values."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, text: str) -> Doc:
        for abbr in ("kr.", "dpt."):
            text = text.replace(abbr + ".", abbr)
            if text.startswith(".") and self.parts and self.parts[-1].endswith(abbr):
                text = text[1:]
        self.parts.append(text)
        self.n += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str) -> Doc:
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)

    # --- values -------------------------------------------------------------------------
    def person(self, pseudo: str = "[NAVN]") -> Person:
        r = self.rng
        first = r.choice(WOMEN + MEN)
        woman = first in WOMEN
        born = date(1926, 1, 1) + timedelta(days=r.randrange(365 * 80))
        middle = r.choice([m for m in (MIDDLE_WOMEN if woman else MIDDLE_MEN) if m != first])
        last, second = r.sample(SURNAMES, 2)
        return Person(first, last, middle, second, woman, born, pseudo)

    def name(self, p: Person, form: str | None = None) -> Doc:
        r = self.rng
        if form is None:
            form = r.choices(
                ("full", "first", "upper", "surfirst", "gen", "hyphen", "three", "initial"),
                (30, 10, 10, 10, 8, 10, 10, 8),
            )[0]
        last = p.last
        value = {
            "full": f"{p.first} {last}",
            "first": p.first,
            "lower": p.first.lower(),
            "upper": f"{p.first} {last}".upper(),
            "surfirst": f"{last}, {p.first}",
            "gen": f"{p.first}s" if r.random() < 0.7 or last[-1] in "sxz" else f"{p.first} {last}s",
            "hyphen": f"{p.first} {last}-{p.second}",
            "three": f"{p.first} {p.middle} {last}",
            "initial": f"{p.first[0]}. {last}",
        }[form]
        if form == "gen" and value.endswith(("ss", "xs", "zs")):
            value = f"{p.first} {last}"
        return self.v("PERSON", value, p.pseudo)

    def cpr(self, p: Person) -> Doc:
        r = self.rng
        c7 = "4" if p.born.year >= 2000 else r.choice("0123")
        while True:
            digits = p.born.strftime("%d%m%y") + c7 + f"{r.randrange(1000):03d}"
            if sum(int(a) * w for a, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        d = digits
        value = r.choice((f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                          f"{d[:6]} {d[6:]}"))  # fmt: skip
        return self.v("CPR", value, f"{d[:6]}-xxxx" if r.random() < 0.6 else "[CPR]")

    def dob(self, p: Person) -> Doc:
        b = p.born
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )
        return self.v("DATE_OF_BIRTH", value, "[dato]")

    def phone(self, foreign: float = 0.08) -> Doc:
        r = self.rng
        if r.random() < foreign:
            if r.random() < 0.5:
                value = f"+44 7700 900{r.randrange(1000):03d}"
            else:
                value = f"+46 70 174 06 {r.randrange(5, 100):02d}"
            return self.v("PHONE", value, "[TLF]")
        d = r.choice(MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
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
                pairs.replace(" ", "."),
            )
        )
        return self.v("PHONE", value, "[TLF]" if r.random() < 0.5 else f"+45 ** ** ** {d[6:]}")

    def email(self, p: Person | None = None, local: str | None = None) -> Doc:
        r = self.rng
        if local is None:
            assert p is not None
            f, s = self.ascii(p.first), self.ascii(p.last)
            local = r.choice((f"{f}.{s}", f"{f}{p.born.year % 100:02d}", f"{f[0]}{s}", f + s))
        dom = r.choice(("example.dk", "example.com", "mail.example.dk", "example.net"))
        masked = f"{local[0]}***@{dom}"
        return self.v("EMAIL", f"{local}@{dom}", masked if r.random() < 0.5 else "[e-mail]")

    @staticmethod
    def ascii(s: str) -> str:
        table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})
        return s.lower().translate(table).replace(" ", "").replace("-", "")

    def address(self, lines: str | None = None) -> Doc:
        r = self.rng
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}"
        if r.random() < 0.25:
            street += r.choice("ABCD")
        if r.random() < 0.35:
            street += r.choice((", st.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 1. tv."))
        code, town = r.choice(TOWNS)
        mode = lines or r.choice(("comma", "newline", "bare"))
        if mode == "comma":
            street += f", {code} {town}"
        elif mode == "newline":
            street += f"\n{code} {town}"
        return self.v("ADDRESS", street, "[ADRESSE]")

    def account(self) -> Doc:
        r = self.rng
        reg = f"{r.randrange(1000, 10000)}"
        acct = f"{r.randrange(10**9, 10**10)}" if r.random() < 0.6 else f"{r.randrange(10**7):07d}"
        mask = "******" + acct[-4:] if r.random() < 0.5 else "[kontonr.]"
        style = r.randrange(3)
        if style == 0:
            return self.v("BANK_ACCOUNT", f"{reg}-{acct}", mask)
        if style == 1:
            return self.v("BANK_ACCOUNT", f"{reg} {acct}", mask)
        self.t(f"reg.nr. {reg}, kontonr. " if not self.neg else "reg.nr. [reg.], kontonr. ")
        return self.v("BANK_ACCOUNT", acct, mask)

    def iban(self) -> Doc:
        r = self.rng
        country = r.choice(tuple(IBAN_LENGTH))
        bban = "".join(str(r.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
        if country == "NL":
            bban = "".join(r.choice("ABCDEFGHJK") for _ in range(4)) + bban[4:]
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - num % 97:02d}{bban}"
        value = grouped(compact) if r.random() < 0.6 else compact
        return self.v("IBAN", value, f"{compact[:4]}{'X' * 10}{compact[-4:]}")

    def card(self) -> Doc:
        r = self.rng
        body = r.choice(TEST_PREFIXES)
        body += "".join(str(r.randrange(10)) for _ in range(15 - len(body)))
        compact = body + luhn_digit(body)
        value = grouped(compact) if r.random() < 0.6 else compact
        return self.v("CARD", value, f"**** **** **** {compact[-4:]}")

    def expiry(self) -> Doc:
        r = self.rng
        m, y = r.randrange(1, 13), r.randrange(26, 32)
        return self.v(
            "CARD_EXPIRY", f"{m:02d}/{y}" if r.random() < 0.7 else f"{m:02d}/20{y}", "**/**"
        )

    def cvv(self) -> Doc:
        cue = self.rng.choice(("CVV", "cvc", "CVC", "kontrolcifre"))
        self.t(cue + " ")
        return self.v("CARD_CVV", f"{self.rng.randrange(1000):03d}", "***")

    def otp(self) -> Doc:
        r = self.rng
        n = 6 if r.random() < 0.75 else 8
        return self.v("OTP", f"{r.randrange(10**n):0{n}d}", "[kode]")

    def mitid(self, p: Person) -> Doc:
        r = self.rng
        base = self.ascii(r.choice((p.first, p.last)))
        suffix = f"{p.born.year % 100:02d}" if r.random() < 0.6 else f"{p.born.year}"
        if p.born.year >= 2006:
            suffix = f"{p.born.year % 100:02d}"
        return self.v("MITID_USER", base + suffix, "[bruger-id]")

    def plate(self) -> Doc:
        r = self.rng
        a = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        d, e = r.randrange(10, 100), r.randrange(100, 1000)
        value = f"{a} {d} {e}" if r.random() < 0.7 else f"{a}{d}{e}"
        return self.v("NUMBER_PLATE", value, f"{a} ** ***")

    # --- hard negatives --------------------------------------------------------------------
    def amount(self) -> str:
        r = self.rng
        n = r.choice((495, 849, 1295, 2495, 3995, 4995, 6850, 12500, 14990, 23700, 7120))
        s = f"{n:,}".replace(",", ".")
        return r.choice((f"{s} kr.", f"{s},{r.choice(('00', '95', '50'))} kr.", f"kr. {s}"))

    def day(self) -> str:
        r = self.rng
        d, m = r.randrange(1, 29), r.randrange(1, 13)
        return r.choice((f"{d:02d}.{m:02d}.26", f"{d:02d}.{m:02d}.2026", f"2026-{m:02d}-{d:02d}"))

    def clock(self) -> str:
        return f"kl. {self.rng.randrange(8, 18):02d}.{self.rng.randrange(60):02d}"

    def case(self, kind: str) -> str:
        r = self.rng
        return {
            "booking": f"BK-{r.randrange(10**5, 10**6)}",
            "faktura": f"FAK-{r.randrange(10**5, 10**6)}",
            "tilskud": f"HAT-26-{r.randrange(10**4, 10**5)}",
            "journal": f"{r.randrange(1000, 10000)}-{r.randrange(10**4, 10**5)}-"
            f"{r.randrange(10**4, 10**5)}-26",
        }[kind]

    def serial(self) -> str:
        r = self.rng
        return f"SN {r.randrange(20, 27)}{r.choice('ABCDEF')}{r.randrange(10**6, 10**7)}"

    def audiogram(self) -> str:
        return f"{self.rng.randrange(20, 90)} dB HL"

    def lens(self) -> str:
        r = self.rng
        return f"{r.choice('+-')}{r.randrange(0, 6)},{r.choice(('00', '25', '50', '75'))} dpt."

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def org_address(self, p: float = 1.0) -> None:
        """An organisation's own address in one of the theme's frames (never labelled)."""
        r = self.rng
        if r.random() > p:
            return
        company = r.choice(COMPANIES[:5])
        a, b = r.choice(ORG_SITES)
        one, two = f"{a}, {b}", f"{a}\n{b}"
        note = r.choice(ENTRANCES)
        frame = r.randrange(14)
        if frame == 0:
            text = f"\n\n{company} · {one} · tlf. {self.org_line()} · {r.choice(CVR)}\n"
        elif frame == 1:
            text = f"\n\nBesøg os på {one} ({note}).\n"
        elif frame == 2:
            text = f"\n\nReturadresse:\n{company}\n{two}\n\n"
        elif frame == 3:
            text = f"\n\nMødested: klinikken på {one}, {note}. Mød op 10 minutter før.\n"
        elif frame == 4:
            text = f"\n\nÅbningstider i butikken på {one}: man-fre 10-17.30, lør 10-13.\n"
        elif frame == 5:
            text = f"\n\nKørselsvejledning: {company} ligger på {one} – {note}.\n"
        elif frame == 6:
            text = f"\n\n--\n{company}\n{two}\n({note})\nTlf. {self.org_line()}\n"
        elif frame == 7:
            text = f"\n\nHøreapparater sendes til service på {one}, att. værkstedet.\n"
        elif frame == 8:
            text = f"\n\nAfdeling: {company}, {one}.\n"
        elif frame == 9:
            text = f"\n\nHovedkontor:\n{two}\n{r.choice(CVR)}\n"
        elif frame == 10:
            text = f"\n\nVores hjemmebesøg udgår altid fra {one}, og vi ringer altid først.\n"
        elif frame == 11:
            text = f"\n\nDin tid er i klinikken:\n{company}\n{two}\n{note.capitalize()}.\n"
        elif frame == 12:
            text = f"\n\nParkering: brug P-huset bag {one} (første time gratis).\n"
        else:
            text = f"\n\nIndleveret i afdelingen på {one} – {note}.\n"
        self.t(text.lstrip("\n") if self.n == 0 else text)


# --- genres ---------------------------------------------------------------------------------


def booking(d: Doc) -> None:
    r = d.rng
    p = d.person("Patient A")
    staff = d.person("Medarbejder A")
    d.org_address(0.4)
    d.t(f"Booking {d.case('booking')} oprettet {d.day()} {d.clock()}\n")
    d.t("Patient: ").name(p).t("\n")
    if r.random() < 0.6:
        d.t(r.choice(("Patienten er født ", "f. "))).dob(p).t("\n")
    else:
        d.t("Fødselsdato: ").dob(p).t("\n")
    d.t("Mobil: ").phone().t(" · E-mail: ").email(p).t("\n")
    d.t("Hjemmeadresse: ").address("comma").t("\n")
    d.t(
        r.choice(
            (
                "Ydelse: synsprøve og brilletilpasning, ",
                "Ydelse: høreprøve (audiometri), ",
                "Ydelse: kontrol af høreapparat, ",
            )
        )
    )
    d.t(f"pris {d.amount()}. Styrke sidst: {d.lens()}. Høretærskel 2 kHz: {d.audiogram()}.\n")
    d.t("Booket af ").name(staff, r.choice(("full", "initial", "three"))).t(".\n")
    if r.random() < 0.5:
        d.t('Note fra kunden: "Jeg kommer med ').t(r.choice(FAMILY)).t(", som bor ved ")
        d.t(r.choice(STREETS) + '." Tlf. til pårørende: ').phone().t(".\n")
    if r.random() < 0.4:
        d.t("Bemærk: SMS-påmindelse sendt fra ").t(d.org_line()).t(" – ikke svar på links.\n")
    d.org_address(0.35)


def tilskud(d: Doc) -> None:
    r = d.rng
    p = d.person("Patient A")
    d.t(f"Ansøgning om høreapparattilskud – sag {d.case('tilskud')}\n")
    d.org_address(0.5)
    d.t("\nAnsøger\nNavn: ").name(p, r.choice(("upper", "full", "three", "hyphen"))).t("\n")
    d.t("CPR-nr.: ").cpr(p).t("\n")
    d.t("Adresse:\n").address("newline").t("\n")
    d.t("Telefon: ").phone(0).t("\n")
    d.t("Udbetaling til NemKonto: ").account().t("\n")
    price = r.choice(("14.990 kr.", "23.700 kr.", "18.495,00 kr.", "kr. 12.500"))
    grant = r.choice(("2.812 kr.", "5.624 kr.", "kr. 2.812", "5.624,00 kr."))
    d.t(f"Høreapparat: {r.choice(PRODUCTS)} ({d.serial()}), pris {price}, ")
    d.t(f"tilskud {grant}. Audiogram: {d.audiogram()} (venstre).\n")
    if r.random() < 0.5:
        d.t("Partsrepræsentant: ").name(d.person("Kunde 2"), "surfirst").t(", ")
        d.address(r.choice(("comma", "bare"))).t(".\n")
    d.t(f"Modtaget {d.day()}. Behandles af Tilskudsservice Midt, {r.choice(CVR)}.\n")
    d.org_address(0.3)


def faktura(d: Doc) -> None:
    r = d.rng
    emp = d.person("Medarbejder A")
    d.t(f"Intern revision – notat om fakturering, {d.day()}\n")
    d.org_address(0.5)
    d.t("\nMedarbejderen ").name(emp, r.choice(("full", "hyphen", "three"))).t(" (medarb.nr. ")
    d.t(f"{r.randrange(10000, 99999)}) har oprettet fakturaer på patienter, der aldrig har været ")
    d.t("i butikken:\n")
    for _ in range(r.randrange(2, 4)):
        p = d.person(r.choice(("Patient A", "Patient B")))
        d.t(f"- {d.case('faktura')}: ").name(p, r.choice(("surfirst", "full", "upper")))
        d.t(", CPR ").cpr(p).t(f", {d.amount()} faktureret regionen som tilskud.\n")
    d.t("Tilskuddene blev udbetalt til ").account().t(" og videre til ").iban().t(".\n")
    d.t("Kontoen tilhører ").name(emp, "gen").t(" samlever, ")
    d.name(d.person("Kunde 1"), r.choice(("full", "initial"))).t(", ")
    d.address("comma").t(".\n")
    d.t(f"Beløb i alt: {d.amount()}. Sagen er anmeldt, journalnr. {d.case('journal')}.\n")
    d.org_address(0.3)


def phishing(d: Doc) -> None:
    r = d.rng
    p = d.person("Patient A")
    d.t(f"Sagsnotat – phishing mod patient, oprettet {d.day()} {d.clock()}\n")
    d.org_address(0.4)
    d.t("\nPatient: ").name(p, r.choice(("upper", "surfirst", "full"))).t(", tlf. ").phone()
    d.t('.\nPatienten fik en SMS om et "batteriabonnement" fra ')
    d.t(r.choice(COMPANIES[:3]) + " og betalte 29 kr. med kort ").card().t(", udløb ")
    d.expiry().t(", ").cvv().t(".\n")
    d.t('Herefter ringede en "bankrådgiver" fra ').t(r.choice(BANKS))
    d.t(" og fik engangskoden ").otp().t(" samt MitID-bruger-id ").mitid(p).t(".\n")
    d.t(f"Svindlen udgjorde {d.amount()} fordelt på tre træk. ")
    d.t("Patientens e-mail ").email(p).t(" er også lækket.\n")
    if r.random() < 0.5:
        d.t("Datteren, ").name(d.person("Kunde 2"), "hyphen").t(", hjælper: ").phone().t(".\n")
    d.t(f"Kortet spærret via {d.org_line()}. Sag {d.case('booking')}.\n")
    d.org_address(0.3)


def hjemmebesoeg(d: Doc) -> None:
    r = d.rng
    victim = d.person("Patient A")
    witness = d.person("Vidne 1")
    alias = r.choice(WOMEN + MEN)
    d.t(f"Politirapport, journalnr. {d.case('journal')}\n")
    d.t("Anmelder: ").name(victim, r.choice(("full", "three", "upper"))).t(", f. ")
    d.dob(victim).t("\n")
    d.t("Bopæl:\n").address("newline").t("\n\n")
    d.t(f"Den {d.day()} {d.clock()} ringede det på. En mand udgav sig for at være ")
    d.v("PERSON", alias, "[NAVN]").t(f" fra {r.choice(ALIAS_UNITS)} og tilbød en gratis ")
    d.t(f'høreprøve i hjemmet. Anmelder betalte {d.amount()} for et "{r.choice(PRODUCTS)}".\n')
    d.t("Vidne: ").name(witness, r.choice(("surfirst", "initial", "full"))).t(", bosat ")
    d.address(r.choice(("comma", "bare"))).t(", tlf. ").phone().t(".\n")
    if r.random() < 0.6:
        d.t("Også ").name(d.person("Vidne 2"), r.choice(("hyphen", "three", "upper")))
        d.t(" så også manden. Vidnets adresse:\n").address("newline").t("\n")
    d.t("Varevognen holdt ved ").t(r.choice(STREETS)).t(". Reg.nr. ").plate()
    d.t(", og en anden bil, ").plate().t(", blev set samme dag.\n")
    d.t("Kortet, der blev brugt, endte på ").card().t(".\n")
    d.t("Klinikken oplyser, at den ikke sender folk ud uden aftale.")
    d.org_address(0.5)


def email(d: Doc) -> None:
    r = d.rng
    rel = d.person("Kunde 1")
    patient = d.person("Patient A")
    staff = d.person("Medarbejder B")
    d.t("Fra: ").name(rel, "full").t(" <").email(rel).t(">\n")
    d.t("Til: kundeservice <").email(local="kundeservice").t(">\n")
    if r.random() < 0.6:
        d.t("Cc: ").name(staff, "full").t(" <").email(staff).t(">\n")
    parent, pron = ("min mors", "Hun") if patient.woman else ("min fars", "Han")
    d.t(f"Emne: Faktura {d.case('faktura')} – {parent} høreapparat\n\n")
    d.t("Hej\n\nJeg skriver på vegne af ").name(patient, r.choice(("three", "full", "hyphen")))
    d.t(" (f. ").dob(patient).t(f"). {pron} har fået en regning på ").t(d.amount())
    d.t(f" for et besøg, {pron.lower()} aldrig har haft. {pron} bor på ").address("comma").t(".\n")
    d.t("I kan ringe på ").phone().t(". Skal pengene betales retur til ").account().t("?\n\n")
    d.t("Venlig hilsen\n").name(rel, r.choice(("full", "first", "hyphen"))).t("\n\n")
    d.t("> Kære ").name(rel, "first").t(", tak for din henvendelse. Vi har spærret sagen.\n")
    d.t("> Mvh ").name(staff, r.choice(("initial", "full"))).t(", ")
    d.email(staff).t("\n")
    d.org_address(0.6)


def chat(d: Doc) -> None:
    r = d.rng
    cust = d.person("Kunde 1")
    staff = d.person("Medarbejder A")
    cforms = [r.choice(("lower", "first", "full"))]
    sform = r.choice(("first", "full"))
    m = r.randrange(8 * 60, 19 * 60)

    def say(who: Person, form: str, pseudo: str, words: Callable[[], None]) -> None:
        nonlocal m
        m += r.randrange(1, 3)
        d.t(f"[{m // 60:02d}:{m % 60:02d}] ")
        if d.neg:
            d.t(pseudo)
        else:
            d.name(who, form)
        d.t(": ")
        words()
        d.t("\n")

    d.t(f"Chat med kundeservice, {d.day()}\n")
    hello = r.choice(
        (
            "Hej, hvordan kan jeg hjælpe?",
            "Velkommen til chatten. Hvad drejer det sig om?",
            "Goddag, du skriver med kundeservice.",
        )
    )
    story = r.choice(
        (
            ("jeg har fået en sms om at mit tilskud er klar", "den bad mig logge på med mitid"),
            ("der ringede en fra jer om en gratis høreprøve", "han skulle bruge mit mitid først"),
            ("min mail siger mine nye briller er betalt forkert", "linket ville have mitid-login"),
            ("jeg fik et brev om batterier til høreapparatet", "der stod jeg skulle bekræfte"),
        )
    )
    say(staff, sform, "Medarbejder A", lambda: d.t(hello))
    say(cust, cforms[0], "Kunde 1", lambda: d.t(story[0]))
    say(
        cust, cforms[0], "Kunde 1", lambda: d.t(story[1] + r.choice((", har gjort det", "", " ??")))
    )
    say(staff, sform, "Medarbejder A", lambda: d.t("Det er ikke fra os. Hvad skrev du ind?"))
    say(
        cust,
        cforms[0],
        "Kunde 1",
        lambda: d.t("mit bruger-id ").mitid(cust).t(" og en kode ").otp(),
    )
    say(cust, cforms[0], "Kunde 1", lambda: d.t("og kortet ").card().t(" ").expiry())
    say(
        staff,
        sform,
        "Medarbejder A",
        lambda: d.t(f"Ring straks til din bank. Sag {d.case('booking')}."),
    )
    say(cust, cforms[0], "Kunde 1", lambda: d.t("mit nr er ").phone(0.15))
    say(
        staff,
        sform,
        "Medarbejder A",
        lambda: d.t("Tak. Vi sender et brev til ").address("comma").t(", er det rigtigt?"),
    )
    say(cust, cforms[0], "Kunde 1", lambda: d.t("ja. og mail ").email(cust))
    if r.random() < 0.6:
        say(staff, sform, "Medarbejder A", lambda: d.t(f"Din næste tid er {d.day()} {d.clock()}."))
        say(cust, cforms[0], "Kunde 1", lambda: d.t("tak ").name(staff, "lower"))
    d.org_address(0.6)


def opkald(d: Doc) -> None:
    r = d.rng
    p = d.person("Patient B")
    agent = d.person("Medarbejder B")
    d.t(f"Opkaldsnotat, svindel-hotline {d.org_line()}, {d.day()} {d.clock()}\n")
    d.t("Taget af: ").name(agent, r.choice(("initial", "three", "surfirst"))).t("\n")
    d.t("Opkalder: ").name(p, r.choice(("hyphen", "full", "upper"))).t(", CPR ").cpr(p)
    d.t(", tlf. ").phone().t("\n")
    d.t("Bilen ").plate().t(" står på klinikkens P-plads; opkalder tør ikke køre hjem.\n")
    d.t("Opkalder har overført depositum til ").iban().t(" efter et opkald fra ")
    d.t('"').v("PERSON", r.choice(MEN + WOMEN), "[NAVN]").t(' fra høreklinikken". ')
    d.t("Betaling også med kort ").card().t(" (").expiry().t(", ").cvv().t(").\n")
    d.t("Adresse til brev:\n").name(p, "full").t("\n").address("newline").t("\n")
    d.t(f"Beløb: {d.amount()}. Henvist til {r.choice(BANKS)} og politiet på 114.\n")
    d.t("Engangskode oplyst til svindler: ").otp().t(". Også ").t(r.choice(FAMILY))
    d.t(" var til stede.\n")
    d.org_address(0.5)


MAKERS: dict[str, Callable[[Doc], None]] = {
    "booking": booking,
    "tilskud": tilskud,
    "faktura": faktura,
    "phishing": phishing,
    "hjemmebesoeg": hjemmebesoeg,
    "email": email,
    "chat": chat,
    "opkald": opkald,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: ``size`` documents, NEGATIVES * size / SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = [True] * negatives + [False] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, negative in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, negative)
            MAKERS[genre](d)
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {
                "id": f"blind112-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1] if len(argv) > 1 else "bench/data/pii_blind112.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
