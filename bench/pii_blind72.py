"""A seventy-third blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies, as
a held-out test set with its own names, streets and towns. Its genre is A POLICE DISTRICT'S FRAUD
INTAKE UNIT, in six kinds of text: reports from victims taken by phone (the call-taker's form and
the victim's account of a "bank adviser" who asked for a MitID user ID, a code, a card), reports
taken at the front desk (the victim's address on two lines, born on a date, a relative who
helped), data requests to banks and telecoms (the account or the subscriber, the suspect's CPR
number, an IBAN the money went on to), officers' notes (short, often in lower case, with call
attempts, number plates and a street where someone was seen), witness statements and a
suspect's details (a record in capitals, with plates, accounts and the cards found).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("politiassistent", "anmelder",
  "vidne"); "Juhl, Karsten" is one span; a genitive s belongs to it ("Karsten Juhls"); lower-case
  names in notes ("birthe kragh") and names in capitals are PERSON. A scammer's alias ("Mikkel
  fra Kundeservice") is PERSON for the name only. Organisations, banks, products, pseudonyms
  ("Forurettede A", "Vidne 1") and family words ("hendes søn") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side, plus ", postcode
  town" on the same line or the next line of an address block (line break included). A street
  named without a number is not an address; an organisation's postal address is never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0-3 for
  the 1900s, 4 for 2000-2005), a serial chosen so the number FAILS modulus 11. Written as
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (four-digit year)
  only straight after "født", "f." or "Fødselsdato:".
- PHONE: Danish numbers from mobile and landline ranges (never 70 or 80) in ten forms, the
  country code inside the span; foreign numbers only from "+44 7700 900xxx" and
  "+46 70 174 06 xx" (xx 05-99). Organisations' lines (70/80 numbers, 112, 114, 1813) never.
- EMAIL: every unmasked e-mail address (all on example.* domains), staff's too.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" as one span; with the reg.nr. named
  apart ("reg.nr. 1234 kontonr. 0012345678") the account only. IBAN with valid check digits and
  length, grouped by four or compact. CARD Luhn-valid with a test prefix; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV three digits after "CVV", "CVC", "cvc" or "kontrolcifre"; OTP a code of 6
  or 8 digits; MITID_USER a MitID user ID; NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: journal and intake numbers, amounts, dates and clock times,
  CVR numbers, tracking numbers and IMEIs, masked values, organisations' lines, companies, banks,
  products, pseudonyms, streets without a number and family words. Documents of kind "negative"
  are the same genres after pseudonymisation. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind72 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind72"
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "telefonanmeldelse",
    "skrankeanmeldelse",
    "editionsbegaering",
    "betjentnotat",
    "vidneforklaring",
    "mistaenkt",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "IBAN",
    "CARD",
    "CARD_EXPIRY",
    "CARD_CVV",
    "OTP",
    "MITID_USER",
    "DATE_OF_BIRTH",
    "NUMBER_PLATE",
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "NL": 18, "PL": 28, "ES": 24, "GB": 22, "SE": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "43", "44", "46", "48", "56", "57", "58", "59", "62",
            "64", "66", "72", "75", "86", "87", "89", "96", "97", "98")  # fmt: skip

WOMEN = ("Bodil", "Ingeborg", "Vibeke", "Solveig", "Gurli", "Ellinor", "Tove", "Jonna", "Merete",
         "Birthe", "Hanne", "Lis", "Karin", "Dorthe", "Susanne", "Pernille", "Tina", "Mette",
         "Rikke", "Signe", "Maja", "Line", "Stine", "Frida", "Ida", "Clara", "Alberte", "Nanna",
         "Laerke", "Esther", "Agnethe", "Ruth", "Grethe", "Oda", "Yasmin", "Aylin", "Anne-Lise",
         "Marie-Louise", "Kamille", "Thyra")  # fmt: skip
MEN = ("Arne", "Poul", "Verner", "Egon", "Knud", "Bent", "Jørgen", "Finn", "Ejvind", "Torben",
       "Flemming", "Carsten", "Kim", "Jesper", "Brian", "Rasmus", "Mikkel", "Jonas", "Mathias",
       "Frederik", "Oliver", "Emil", "Viggo", "Anton", "Aksel", "Hakon", "Palle", "Ib", "Leif",
       "Ole", "Kurt", "Erik", "Mehmet", "Ahmad", "Bilal", "Karl-Erik", "Hans-Jørgen", "Svend",
       "Troels", "Magnus")  # fmt: skip
# given names that are on no list a recogniser might hold: the set's "names without an entry"
UNLISTED = ("Zainab", "Oluwaseun", "Thuy", "Siosaia", "Gudrun", "Ragnhild", "Eskild", "Bjarki",
            "Dragana", "Tadeusz", "Wiktoria", "Hamza")  # fmt: skip
SURNAMES = ("Kragh", "Juhl", "Borup", "Vestergaard", "Lykke", "Bach", "Skov", "Thygesen",
            "Damgaard", "Frandsen", "Holst", "Krog", "Lauridsen", "Munch", "Nørgaard", "Overgaard",
            "Rask",
            "Schou", "Toft", "Vinther", "Windfeld", "Ebbesen", "Gram", "Hvid", "Iversen",
            "Kirkegaard", "Lund", "Mogensen", "Pagh", "Riis", "Storm", "Tang", "Udsen", "Wulff",
            "Aagaard", "Bruun", "Dall", "Fog", "Grue", "Hjort", "Koch", "Mørk", "Bjerre",
            "Yilmaz", "Haddad", "Nguyen", "Kowalski", "Petrović")  # fmt: skip
MIDDLE = ("Bo", "Marie", "Kristine", "Holm", "Lind", "Dam", "Juul", "Birk", "Kjær", "Mølgaard")
STREETS = ("Hyldebærvej", "Kløverengen", "Smedestræde", "Møllebakken", "Tranegårdsvej",
           "Rugmarken", "Æblehaven", "Skovbrynet", "Kirkestien", "Engtoften", "Bøgeallé",
           "Slåenvej", "Fasanvænget", "Strandhaven", "Lærkevej", "Grønnegade", "Teglværksvej",
           "Ravnsborgvej", "Spurvelunden", "Mosegårdsvej", "Vibeholmen", "Østre Kirkevej",
           "Gammel Landevej", "Højagervej", "Skolemarken", "Agerhønevej")  # fmt: skip
TOWNS = (("4000", "Roskilde"), ("4600", "Køge"), ("2630", "Taastrup"), ("4700", "Næstved"),
         ("2670", "Greve"), ("4200", "Slagelse"), ("4300", "Holbæk"), ("4100", "Ringsted"),
         ("2640", "Hedehusene"), ("4690", "Haslev"), ("4400", "Kalundborg"), ("4180", "Sorø"),
         ("4330", "Hvalsø"), ("4060", "Kirke Såby"), ("4140", "Borup"))  # fmt: skip
BANKS = ("Kattegatbanken", "Fjordsparekassen", "Egnsbanken Sjælland", "Nordvest Andelskasse",
         "Bankhuset Midt")  # fmt: skip
TELECOMS = ("Telenord A/S", "SignalNet ApS", "Mobilhuset Danmark")
COMPANIES = ("PakkeLink", "Fragtcentralen", "Netbutikken Skovly ApS", "Elhandel Sjælland A/S")
PRODUCTS = ("MobilePay", "MitID", "NemKonto", "e-Boks")
# organisations' own lines: never personal numbers
ORG_LINES = ("70 15 60 00", "80 20 14 14", "7027 9988", "80 33 11 00", "70 10 20 30", "70201040")
ALIAS_UNITS = ("Kundeservice", "Sikkerhedsafdelingen", "Svindelafdelingen", "Politiet",
               "Pakkeservice", "Investeringsteamet")  # fmt: skip
PSEUDONYMS = ("Forurettede A", "Forurettede B", "Vidne 1", "Vidne 2", "Mistænkt 1", "Mistænkt 2",
              "Anmelder A", "Sagsbehandler X")  # fmt: skip
STATIONS = ("Roskilde", "Køge", "Næstved", "Holbæk", "Slagelse")
# organisations' postal addresses: printed in requests, never labelled
ORG_ADDRESSES = ("Havnepladsen 3, 1000 København K", "Kanalvej 120, 8000 Aarhus C",
                 "Postboks 212, 9100 Aalborg", "Industrivej Nord 9, 7400 Herning")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
FAMILY = ("hendes søn", "hans datter", "min bror", "hendes svigersøn", "hans nevø", "min datter")


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ć": "c", "ö": "o"})
    return text.lower().translate(table)


class Builder:
    """Text with the spans of the labelled values in it."""

    def __init__(self, negative: bool) -> None:
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, text: str) -> Builder:
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, value: str, kind: str, stand_in: str) -> Builder:
        """A labelled value in a positive document; its stand-in in a negative one."""
        if self.negative:
            return self.t(stand_in)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    given: str
    middle: str
    surname: str
    born: date
    cpr_digits: str
    woman: bool


@dataclass
class Ctx:
    r: random.Random
    b: Builder

    @property
    def neg(self) -> bool:
        return self.b.negative

    # ----- people -----
    def person(self) -> Person:
        r = self.r
        woman = r.random() < 0.5
        pool = WOMEN if woman else MEN
        given = r.choice(UNLISTED) if r.random() < 0.08 else r.choice(pool)
        surname = r.choice(SURNAMES)
        if r.random() < 0.14:
            surname = f"{surname}-{r.choice([s for s in SURNAMES if s != surname])}"
        middle = r.choice(MIDDLE) if r.random() < 0.18 else ""
        born = date(1931, 1, 1) + timedelta(days=r.randrange(0, 27000))
        if r.random() < 0.06:
            born = date(2000, 1, 1) + timedelta(days=r.randrange(0, 2190))
        return Person(given, middle, surname, born, cpr_digits(r, born), woman)

    def name(self, p: Person, form: str | None = None, stand_in: str = "[NAVN]") -> None:
        r = self.r
        if form is None:
            form = r.choices(
                ["full", "initial", "surname first", "lower", "upper"],
                [60, 6, 8, 4, 4],
            )[0]
        first = f"{p.given} {p.middle}" if p.middle else p.given
        if form == "initial":
            value = f"{p.given[0]}. {p.surname}"
        elif form == "surname first":
            value = f"{p.surname}, {first}"
        elif form in ("given", "genitive") and (form == "given" or r.random() < 0.8):
            value = p.given
        else:
            value = f"{first} {p.surname}"
        if form == "lower":
            value = value.lower()
        elif form == "upper":
            value = value.upper()
        elif form == "genitive":
            value += "'" if value[-1] in "sxz" else "s"
            if value.endswith("'"):
                value = value[:-1]
                self.b.v(value, "PERSON", stand_in)
                self.b.t("'")
                return
        self.b.v(value, "PERSON", stand_in)

    def alias(self) -> None:
        """A scammer's alias: only the name is labelled, the unit is not."""
        name = self.r.choice(WOMEN + MEN)
        unit = self.r.choice(ALIAS_UNITS)
        self.b.t(self.r.choice(["præsenterede sig som ", "kaldte sig ", "udgav sig som "]))
        self.b.v(name, "PERSON", "[NAVN]").t(f" fra {unit}")

    # ----- identifiers -----
    def cpr(self, p: Person, form: str | None = None) -> None:
        d = p.cpr_digits
        form = form or self.r.choice(["dash", "compact", "pairs", "space"])
        value = {
            "dash": f"{d[:6]}-{d[6:]}",
            "compact": d,
            "pairs": f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            "space": f"{d[:6]} {d[6:]}",
        }[form]
        stand_in = self.r.choice(["[CPR]", f"{d[:6]}-xxxx"])
        self.b.v(value, "CPR", stand_in)

    def phone(self, foreign: float = 0.0) -> None:
        r = self.r
        if r.random() < foreign:
            if r.random() < 0.5:
                value = f"+44 7700 900{r.randrange(1000):03d}"
            else:
                value = f"+46 70 174 06 {r.randrange(5, 100):02d}"
        else:
            lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
            n = lead + f"{r.randrange(10**6):06d}"
            p = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
            value = r.choice([
                f"+45 {n}", f"+45 {p}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                f"(+45) {p}", f"0045 {n}", p, n, f"+45{n}", p.replace(" ", "."),
            ])  # fmt: skip
        self.b.v(value, "PHONE", r.choice(["[TLF]", f"+45 ** ** ** {r.randrange(10, 100)}"]))

    def email(self, p: Person | None = None, staff: bool = False) -> None:
        r = self.r
        if staff and p is not None:
            value = f"{_ascii(p.given[0] + p.surname.split('-')[0])}@politi.example.dk"
        else:
            p = p or self.person()
            g, s = _ascii(p.given).replace("-", ""), _ascii(p.surname).replace("-", "")
            local = r.choice(
                [
                    f"{g}.{s}",
                    f"{g}{s[:3]}",
                    f"{g}{p.born.year % 100:02d}",
                    f"{s}.{g[0]}",
                    f"{g}_{s}",
                ]
            )
            domain = r.choice(["example.dk", "example.com", "mail.example.dk", "example.net"])
            value = f"{local}@{domain}"
        masked = f"{value[0]}***@{value.split('@')[1]}"
        self.b.v(value, "EMAIL", r.choice(["[e-mail]", masked]))

    def masked_mail(self) -> None:
        r = self.r
        self.b.t(f"{r.choice('abdehjklmnst')}***@{r.choice(['example.dk', 'example.com'])}")

    def address(self, two_lines: bool = False) -> None:
        r = self.r
        street = r.choice(STREETS)
        number = f"{r.randrange(1, 160)}{r.choice(['', '', '', 'A', 'B', 'C'])}"
        value = f"{street} {number}"
        if r.random() < 0.35:
            value += r.choice([", st. th.", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf.",
                               ", 1. tv.", ", 4. th."])  # fmt: skip
        code, town = r.choice(TOWNS)
        value += ("\n" if two_lines else ", ") + f"{code} {town}"
        self.b.v(value, "ADDRESS", "[ADRESSE]")

    def dob(self, p: Person) -> None:
        d = p.born
        value = self.r.choice([
            f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}",
            f"{d.day}/{d.month}-{d.year}", f"{d:%d-%m-%Y}",
        ])  # fmt: skip
        self.b.v(value, "DATE_OF_BIRTH", "[fødselsdato]")

    def account(self, split: bool | None = None) -> None:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        acc = f"{r.randrange(10**9):010d}" if r.random() < 0.6 else f"{r.randrange(10**7, 10**8)}"
        if split is None:
            split = r.random() < 0.5
        if split:
            self.b.t(r.choice([f"reg.nr. {reg} kontonr. ", f"reg. {reg} konto ",
                               f"reg.nr. {reg}, kontonr. "]))  # fmt: skip
            self.b.v(acc, "BANK_ACCOUNT", "[kontonr.]")
        else:
            self.b.v(f"{reg}{r.choice('- ')}{acc}", "BANK_ACCOUNT", "[kontonr.]")

    def iban(self) -> None:
        r = self.r
        country = r.choice(list(IBAN_LENGTH))
        n = IBAN_LENGTH[country] - 4
        if country in ("GB", "NL"):
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(4))
            bban += "".join(r.choice("0123456789") for _ in range(n - 4))
        else:
            bban = "".join(r.choice("0123456789") for _ in range(n))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        value = grouped(compact) if r.random() < 0.6 else compact
        masked = f"{compact[:4]}{'X' * 10}{compact[-4:]}"
        self.b.v(value, "IBAN", masked)

    def card(self) -> None:
        r = self.r
        body = r.choice(TEST_PREFIXES) + "".join(r.choice("0123456789") for _ in range(11))
        for last in "0123456789":
            if _luhn(body + last):
                break
        compact = body + last
        value = grouped(compact) if r.random() < 0.65 else compact
        masked = r.choice([f"**** **** **** {compact[-4:]}", f"******{compact[-4:]}"])
        self.b.v(value, "CARD", masked)

    def expiry(self) -> None:
        r = self.r
        m, y = r.randrange(1, 13), r.randrange(26, 32)
        value = f"{m:02d}/{y}" if r.random() < 0.7 else f"{m:02d}/20{y}"
        self.b.v(value, "CARD_EXPIRY", "[udløb]")

    def cvv(self) -> None:
        r = self.r
        self.b.t(r.choice(["CVV ", "CVV: ", "CVC ", "cvc ", "kontrolcifre "]))
        self.b.v(f"{r.randrange(1000):03d}", "CARD_CVV", "[kode]")

    def otp(self) -> None:
        r = self.r
        value = f"{r.randrange(10**6):06d}" if r.random() < 0.75 else f"{r.randrange(10**8):08d}"
        self.b.v(value, "OTP", "[kode]")

    def mitid(self, p: Person) -> None:
        r = self.r
        base = _ascii(r.choice([p.given, p.surname, p.given + p.surname[0]])).replace("-", "")
        base = "".join(ch for ch in base if ch.isalpha() and ch.isascii())
        y = p.born.year
        value = base + (str(y) if r.random() < 0.4 else f"{y % 100:02d}")
        self.b.v(value, "MITID_USER", "[bruger-id]")

    def plate(self) -> None:
        r = self.r
        letters = r.choice("ABCDEFHJKLMNPRSTUVXYZ") + r.choice("ABCDEFHJKLMNPRSTUVXYZ")
        n = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        value = f"{letters} {n[:2]} {n[2:]}" if r.random() < 0.7 else f"{letters}{n}"
        self.b.v(value, "NUMBER_PLATE", "[nummerplade]")

    # ----- hard negatives -----
    def journal(self) -> str:
        r = self.r
        office = r.choice(["0400", "0500", "0900"])
        return f"{office}-{r.randrange(10000, 99999)}-{r.randrange(100, 99999):05d}-26"

    def intake(self) -> str:
        return f"IND-26-{self.r.randrange(10000, 99999)}"

    def amount(self) -> str:
        r = self.r
        kr = r.choice([r.randrange(200, 999), r.randrange(1000, 250000)])
        text = f"{kr:,}".replace(",", ".")
        if r.random() < 0.3:
            text += f",{r.randrange(100):02d}"
        return f"{text} kr." if r.random() < 0.8 else f"kr. {text}"

    def day(self) -> str:
        d = date(2026, 1, 1) + timedelta(days=self.r.randrange(0, 150))
        return self.r.choice([f"{d:%d.%m.%Y}", f"{d:%Y-%m-%d}", f"{d.day}. {MONTHS[d.month - 1]}"])

    def clock(self) -> str:
        return f"kl. {self.r.randrange(7, 23):02d}.{self.r.randrange(60):02d}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randrange(10**7, 10**8)}"

    def tracking(self) -> str:
        r = self.r
        return f"{r.choice(['RB', 'RR', 'CP'])}{r.randrange(10**8, 10**9)}DK"

    def imei(self) -> str:
        r = self.r
        return f"35-{r.randrange(10**5, 10**6)}-{r.randrange(10**5, 10**6)}-{r.randrange(10)}"

    def org_line(self) -> str:
        return self.r.choice(ORG_LINES)

    def staff(self) -> Person:
        return self.person()


def _luhn(digits: str) -> bool:
    doubled = [int(c) * (1 + i % 2) for i, c in enumerate(reversed(digits))]
    return sum(n // 10 + n % 10 for n in doubled) % 10 == 0


def cpr_digits(r: random.Random, born: date) -> str:
    """A CPR number for the birth date whose serial fails modulus 11 (never a real one)."""
    century = str(r.randrange(4)) if born.year < 2000 else "4"
    head = f"{born:%d%m%y}"
    while True:
        number = head + century + f"{r.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


# ---------------------------------------------------------------- genres


def telefonanmeldelse(c: Ctx) -> None:
    r, b = c.r, c.b
    victim, officer = c.person(), c.staff()
    b.t(r.choice(["TELEFONISK ANMELDELSE – BEDRAGERI\n", "Anmeldelse modtaget pr. telefon\n",
                  "Telefonanmeldelse (114)\n"]))  # fmt: skip
    b.t(f"Journalnr.: {c.journal()}   Modtaget: {c.day()} {c.clock()}\n")
    b.t("Modtaget af: politiassistent ")
    c.name(officer, "full", "Sagsbehandler X")
    b.t(" (")
    c.email(officer, staff=True)
    b.t(")\n\nAnmelder: ")
    c.name(victim, stand_in=r.choice(["Anmelder A", "Forurettede A"]))
    b.t(r.choice([", CPR ", ", cpr.nr. ", "\nCPR-nr.: "]))
    c.cpr(victim)
    b.t("\nAdresse: ")
    c.address()
    b.t("\nTlf.: ")
    c.phone()
    if r.random() < 0.6:
        b.t("   E-mail: ")
        c.email(victim)
    b.t("\n\nForklaring:\n")
    b.t(f"Anmelder oplyste, at {'hun' if victim.woman else 'han'} den {c.day()} {c.clock()} blev "
        "ringet op fra ")  # fmt: skip
    c.phone(foreign=0.5)
    b.t(" af en person, der ")
    c.alias()
    b.t(f" i {r.choice(BANKS)}. ")
    b.t("Personen sagde, at der var mistænkelige betalinger på kontoen. ")
    if r.random() < 0.75:
        b.t("Anmelder opgav sit MitID-bruger-id ")
        c.mitid(victim)
        b.t(" og læste koden ")
        c.otp()
        b.t(" op fra sin app. ")
    else:
        b.t("Anmelder blev bedt om at læse en engangskode op og oplyste koden ")
        c.otp()
        b.t(". ")
    if r.random() < 0.7:
        b.t("Derefter blev anmelder bedt om kortnummer ")
        c.card()
        b.t(", udløb ")
        c.expiry()
        b.t(" og ")
        c.cvv()
        b.t(". ")
    b.t(f"Samme dag blev der hævet {c.amount()} og overført {c.amount()} til ")
    if r.random() < 0.5:
        c.iban()
    else:
        c.account()
    b.t(".\n")
    if r.random() < 0.5:
        b.t(f"{FAMILY[r.randrange(len(FAMILY))].capitalize()} hjalp med at spærre kortet via "
            f"{r.choice(BANKS)} på {c.org_line()}.\n")  # fmt: skip
    else:
        b.t(f"Kortet er spærret. {r.choice(BANKS)}s svindellinje {c.org_line()} er orienteret.\n")
    if r.random() < 0.4:
        b.t(f"Anmelder har tidligere fået sms fra {r.choice(COMPANIES)} om pakke {c.tracking()}.\n")
    b.t(f"Henvist til offerrådgivning. Intern ref. {c.intake()}.")


def skrankeanmeldelse(c: Ctx) -> None:
    r, b = c.r, c.b
    victim, helper = c.person(), c.person()
    station = r.choice(STATIONS)
    b.t(f"ANMELDELSE OPTAGET VED SKRANKEN – {station.upper()} POLITISTATION\n")
    b.t(f"{c.day()} {c.clock()}, j.nr. {c.journal()}\n\n")
    b.t("Forurettede:\n")
    c.name(victim, r.choice(["full", "full", "upper", "surname first"]), "Forurettede A")
    b.t("\n")
    c.address(two_lines=True)
    b.t(r.choice(["\nfødt ", "\nFødselsdato: ", "\nf. "]))
    c.dob(victim)
    b.t("\nCPR: ")
    c.cpr(victim)
    b.t("\nTelefon: ")
    c.phone()
    b.t("\n\n")
    b.t("Forurettede mødte personligt op sammen med ")
    c.name(helper, r.choice(["full", "initial", "lower"]), "Vidne 2")
    b.t(f" ({r.choice(['hendes søn', 'hans datter', 'hendes svigersøn', 'hans nevø'])}). ")
    b.t(f"Forurettede har købt varer for {c.amount()} hos {r.choice(COMPANIES)} (")
    b.t(c.cvr())
    b.t("), men intet modtaget. Betalingen skete med kortet ")
    c.card()
    if r.random() < 0.6:
        b.t(" (udløb ")
        c.expiry()
        b.t(", ")
        c.cvv()
        b.t(")")
    b.t(". Sælgeren skrev fra ")
    c.email()
    b.t(" og bad om betaling via MobilePay til ")
    c.phone(foreign=0.3)
    b.t(".\n")
    if r.random() < 0.5:
        b.t("Forurettede har desuden overført til ")
        c.account()
        b.t(f" den {c.day()}.\n")
    if r.random() < 0.5:
        b.t("Forurettedes MitID: ")
        c.mitid(victim)
        b.t(" (oplyst til gerningsmanden).\n")
    b.t("Kopi af korrespondance fra ")
    c.masked_mail()
    b.t(f" vedlagt. Kvittering udleveret, ref. {c.intake()}.")


def editionsbegaering(c: Ctx) -> None:
    r, b = c.r, c.b
    suspect, victim, officer = c.person(), c.person(), c.staff()
    bank = r.random() < 0.55
    to = r.choice(BANKS) if bank else r.choice(TELECOMS)
    b.t(f"Til: {to}, Juridisk afdeling\n{r.choice(ORG_ADDRESSES)}\n\n")
    b.t(f"Fra: {r.choice(STATIONS)} Politi, Bedrageriafdelingen\nSagsbehandler: ")
    c.name(officer, r.choice(["full", "initial"]), "Sagsbehandler X")
    b.t(", ")
    c.email(officer, staff=True)
    b.t(f", omstilling {c.org_line()}\n")
    b.t(f"Vedr.: j.nr. {c.journal()} – anmodning om udlevering af oplysninger\n\n")
    if bank:
        b.t("Politiet anmoder om kontoudtog for perioden 01.01.2026-31.03.2026 for ")
        c.account()
        b.t(" tilhørende ")
        c.name(suspect, r.choice(["surname first", "full", "upper"]), "Mistænkt 1")
        b.t(", CPR-nr. ")
        c.cpr(suspect)
        b.t(". ")
        b.t(f"Kontoen modtog den {c.day()} {c.amount()} fra forurettede ")
        c.name(victim, r.choice(["full", "initial"]), "Forurettede B")
        if r.random() < 0.4:
            b.t(", hvis penge stammer fra ")
            c.name(victim, "genitive", "Forurettede B's")
            b.t(" opsparing")
        b.t(". Beløbet blev videreført til ")
        c.iban()
        b.t(".\nDer bedes oplyst IP-adresser, tilknyttede kort og MitID-log. ")
        if r.random() < 0.6:
            b.t("Et kort ")
            c.card()
            b.t(" (udløb ")
            c.expiry()
            b.t(") er set anvendt.")
        if r.random() < 0.5:
            b.t(" Bruger-id ")
            c.mitid(suspect)
            b.t(" er anvendt ved login.")
    else:
        b.t("Politiet anmoder om abonnentoplysninger og trafikdata for ")
        c.phone()
        b.t(f" samt IMEI {c.imei()}. ")
        b.t("Nummeret er oplyst af forurettede ")
        c.name(victim, "full", "Forurettede A")
        if r.random() < 0.5:
            b.t(" (tlf. ")
            c.phone()
            b.t(")")
        b.t(" og formodes anvendt af ")
        c.name(suspect, r.choice(["full", "surname first", "upper"]), "Mistænkt 1")
        b.t(", ")
        c.cpr(suspect)
        b.t(", ")
        c.address()
        b.t(". SIM-kortet er muligvis registreret med ")
        c.email(suspect)
        b.t(".")
    b.t(f"\n\nSvar bedes sendt inden {c.day()} via sikker post. Retskendelse af {c.day()} vedlagt.")
    b.t("\nMed venlig hilsen\n")
    c.name(officer, r.choice(["full", "upper"]), "Sagsbehandler X")


def betjentnotat(c: Ctx) -> None:
    r, b = c.r, c.b
    victim, suspect = c.person(), c.person()
    b.t(f"notat – j.nr. {c.journal()}\n")
    b.t(f"{c.clock()} ringede til forurettede ")
    c.name(victim, r.choice(["lower", "lower", "full"]), "Forurettede A")
    b.t(" på ")
    c.phone()
    b.t(r.choice([", intet svar. lagt besked.\n", " – talt med hende, bekræfter forløbet.\n",
                  ". svarer ikke, prøver igen i morgen.\n"]))  # fmt: skip
    if r.random() < 0.55:
        b.t(f"{c.clock()} ")
        c.name(victim, "genitive", "Forurettede A's")
        b.t(f" {r.choice(['søn', 'datter', 'nabo', 'svigerdatter'])} ringede tilbage fra ")
    else:
        b.t(f"{c.clock()} {FAMILY[r.randrange(len(FAMILY))]} ringede tilbage fra ")
    c.phone()
    b.t(f". oplyser at der er overført {c.amount()} til ")
    c.account(split=r.random() < 0.3)
    b.t(".\n")
    if r.random() < 0.6:
        b.t("koden ")
        c.otp()
        b.t(" blev givet til gerningsmand som ")
        c.alias()
        b.t(".\n")
    b.t("mistænkt ")
    c.name(suspect, r.choice(["upper", "lower", "full", "initial", "surname first"]), "Mistænkt 1")
    b.t(" kører i ")
    c.plate()
    b.t(f", bilen er set ved {r.choice(STREETS)}, senest {c.day()}.\n")
    if r.random() < 0.5:
        b.t("bopæl iflg. CPR: ")
        c.address()
        b.t(", cpr ")
        c.cpr(suspect)
        b.t(".\n")
    if r.random() < 0.4:
        b.t("mitid-bruger ")
        c.mitid(victim)
        b.t(" spærret via ")
        b.t(f"{r.choice(BANKS)} {c.org_line()}.\n")
    if r.random() < 0.35:
        b.t("mail fra forurettede (")
        c.email(victim)
        b.t(f") videresendt til {r.choice(['efterforskning', 'NC3', 'sagsmappen'])}.\n")
    total = c.amount().rstrip(".")
    b.t(f"pakke {c.tracking()} sporet via {r.choice(COMPANIES)}. beløb i alt {total}.")


def vidneforklaring(c: Ctx) -> None:
    r, b = c.r, c.b
    witness, suspect, officer = c.person(), c.person(), c.staff()
    b.t(f"VIDNEFORKLARING\nJ.nr.: {c.journal()}, afhørt {c.day()} {c.clock()}\n")
    b.t("Afhørt af: ")
    c.name(officer, r.choice(["full", "initial"]), "Sagsbehandler X")
    b.t("\n\nVidne: ")
    c.name(
        witness,
        r.choice(["full", "full", "surname first", "upper"]),
        r.choice(["Vidne 1", "Vidne 2"]),
    )
    b.t(r.choice([", født ", ", f. ", "\nFødselsdato: "]))
    c.dob(witness)
    b.t("\nBopæl: ")
    c.address(two_lines=r.random() < 0.3)
    b.t("\nTlf. ")
    c.phone()
    b.t("\n\n")
    b.t(f"Vidnet forklarede, at {'hun' if witness.woman else 'han'} er nabo til forurettede ")
    neighbour = c.person()
    c.name(neighbour, r.choice(["full", "initial"]), "Forurettede A")
    if r.random() < 0.4:
        b.t(" og har tidligere hjulpet med ")
        c.name(neighbour, "genitive", "Forurettede A's")
        b.t(" netbank")
    b.t(f". Den {c.day()} ved {c.clock()} så vidnet en mand ved {r.choice(STREETS)}, ")
    b.t("der stod ud af en grå bil med nummerplade ")
    c.plate()
    b.t(". Manden ")
    c.alias()
    b.t(" og spurgte efter forurettede. ")
    if r.random() < 0.6:
        b.t("Vidnet genkendte manden som ")
        c.name(suspect, r.choice(["full", "full", "initial"]), "Mistænkt 1")
        b.t(", som tidligere har boet på ")
        c.address()
        b.t(". ")
    if r.random() < 0.4:
        b.t("Manden gav vidnet et visitkort med nummeret ")
        c.phone(foreign=0.4)
        b.t(" og adressen ")
        c.email()
        b.t(". ")
    if r.random() < 0.3:
        b.t("En anden bil, ")
        c.plate()
        b.t(", holdt ved siden af. ")
    b.t("Vidnet ringede ikke 112, men kontaktede politiet på 114 dagen efter.\n")
    b.t("Forklaringen er oplæst og vedstået.")


def mistaenkt(c: Ctx) -> None:
    r, b = c.r, c.b
    p = c.person()
    b.t(f"PERSONOPLYSNINGER – MISTÆNKT\nSag: {c.journal()} / {c.intake()}\n\n")
    b.t("Navn: ")
    c.name(p, r.choice(["upper", "upper", "full", "surname first"]), "Mistænkt 1")
    b.t("\nCPR-nr.: ")
    c.cpr(p)
    if r.random() < 0.7:
        b.t("\nFødselsdato: ")
        c.dob(p)
    b.t("\nAdresse: ")
    c.address(two_lines=False)
    b.t("\nTelefon: ")
    c.phone(foreign=0.15)
    if r.random() < 0.5:
        b.t(", ")
        c.phone()
    b.t("\nE-mail: ")
    c.email(p)
    b.t("\nKøretøj: ")
    c.plate()
    b.t("\nKendt alias: ")
    name = r.choice(WOMEN + MEN)
    b.v(name, "PERSON", "[NAVN]").t(f" fra {r.choice(ALIAS_UNITS)}")
    b.t("\nKonti: ")
    c.account()
    if r.random() < 0.6:
        b.t(", ")
        c.iban()
    b.t("\n")
    if r.random() < 0.7:
        b.t("Ved ransagning fundet: betalingskort ")
        c.card()
        b.t(" udløb ")
        c.expiry()
        b.t(r.choice([", ", " – "]))
        c.cvv()
        b.t(f", samt {r.randrange(2, 9)} mobiltelefoner (bl.a. IMEI {c.imei()}).\n")
    if r.random() < 0.5:
        b.t("Kæreste: ")
        c.name(c.person(), r.choice(["full", "upper", "surname first"]), "Mistænkt 2")
        b.t(", ")
        c.cpr(c.person())
        b.t(".\n")
    b.t(f"Beslaglagt kontant {c.amount().rstrip('.')}. Tidligere sigtet i {c.journal()}.")


WRITERS: dict[str, Callable[[Ctx], None]] = {
    "telefonanmeldelse": telefonanmeldelse,
    "skrankeanmeldelse": skrankeanmeldelse,
    "editionsbegaering": editionsbegaering,
    "betjentnotat": betjentnotat,
    "vidneforklaring": vidneforklaring,
    "mistaenkt": mistaenkt,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    docs: list[dict] = []
    seen: set[str] = set()
    counts = {"negative": 0, "positive": 0}
    for kind in kinds:
        genre = GENRES[counts[kind] % len(GENRES)]
        counts[kind] += 1
        while True:
            b = Builder(kind == "negative")
            WRITERS[genre](Ctx(r, b))
            text = b.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append({"genre": genre, "kind": kind, "text": text, "spans": b.spans})
    r.shuffle(docs)
    return [{"id": f"pii_blind72-{i:04d}", **doc} for i, doc in enumerate(docs, 1)]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).parent / "data" / "pii_blind72.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
