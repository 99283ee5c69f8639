"""A sixty-fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is SPEECH-TO-TEXT at a
Danish bank's fraud hotline and a victim-support line: what the engine writes (lower case,
little punctuation, digits grouped as people say them, never numbers in words) and the notes
people write from it, in eight genres: a hotline call transcript with "agent:"/"kunde:" lines
(the caller's name, CPR read out as "010190 1234", the address said aloud, the card read out
with its expiry and cvc, the code given to a fake "jonas fra kortafdelingen"), a diarised
transcript with "[00:01:12] Speaker 2:" lines, a victim-support transcript whose speakers the
CRM has named, with the clock time ("[14:02] sofie brandt:"), voicemail transcripts, the
agent's summary note after a call (the same data written properly: "Hansen, Mette",
"010190-1234", an address block), the victim-support line's case note (a name in capitals as on
an ID card, a birth date, the mule's IBAN and account, the MitID user ID the victim gave away,
the courier's number plate), a quality log of the engine's errors (the engine's words and the
corrected words side by side) and a callback list. The names are those of Danes of all ages,
Danes with roots elsewhere ("Amina Yusuf", "Minh Nguyen") and double surnames ("Bruun-Kasten").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("agent", "rådgiver", "kunden"); in a
  transcript a name is in lower case as the engine writes it ("mette hansen"); "Hansen, Mette"
  is one span; a genitive s belongs to it ("Mettes", "mettes"). A scammer's alias ("jonas fra
  kortafdelingen", "Jonas fra Kortafdelingen") labels only the name ("jonas"): the department
  or company is never part of the span. Speaker labels of the engine ("Speaker 2", "agent",
  "kunde"), pseudonyms ("Kunde 2", "Opkalder A"), organisations, products and family words
  ("min datter") are never PERSON; a CRM-named speaker ("sofie brandt:") is.
- ADDRESS runs from the street name through number, letter, floor and side, plus postcode and
  town. Written: "Vesterbrogade 12, 2. tv." with ", 1620 København V" on the same line or
  "1620 København V" on the next line of an address block (line break included). Said aloud
  and written by the engine: "vesterbrogade 12 anden sal til venstre 1620 københavn v": the
  spoken floor and side ("stuen", "første sal", "tredje sal til højre", "midt for") are PART
  of the span, as the written "2. tv." is, and so are a postcode and town said straight after.
  A street named without a number is not an address. Organisations' postal addresses never
  occur (whether to redact them is an open product question).
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS" (the last two are how the engine writes a number read out). A DATE_OF_BIRTH
  (full date, four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is
  labelled only straight after "født", "f." or "Fødselsdato:"; no other date or time is.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, 112, 114, 1813) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg nummer 1234 konto 0012345678",
  "reg.nr. 1234, kontonr. 0012345678") only the account is the span. IBAN: valid check digits
  and the country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a
  published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time
  code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). No passport or licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "849,95 kr"), dates and times
  ("2026-03-04 09:14", "kl. 09.14", "[00:01:12]", "[14:02]"), case numbers ("FH-26-04417"),
  call ids, masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short
  numbers, the engine's speaker labels, banks, companies, products and family words. Documents
  of kind "negative" are the same genres after pseudonymisation: only such values, stand-ins
  ("[NAVN]", "[CPR]") and pseudonyms ("Kunde 2") remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind63 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind63"
SIZE = 1000
NEGATIVES = 350

TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
         "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE")  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("401288", "411111", "520082", "555555", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "LT": 20, "NL": 18, "GB": 22, "FR": 27}
MOBILE = ("20", "22", "24", "26", "27", "28", "30", "31", "40", "41", "42", "50", "52", "53",
          "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("33", "36", "39", "44", "47", "49", "54", "57", "63", "64", "69", "72", "74", "86",
            "87", "96", "97", "98")  # fmt: skip
ORG_LINES = ("70 21 44 90", "70 11 83 83", "80 30 12 40", "70 55 66 01")
PSEUDONYMS = ("Kunde 2", "Opkalder A", "Rådgiver B", "Person C")

WOMEN = ("Bodil", "Elna", "Tove", "Lis", "Merete", "Ulla", "Susanne", "Lone", "Pernille",
         "Maiken", "Stine", "Trine", "Louise", "Nanna", "Sigrid", "Alma", "Liva", "Ellen",
         "Asta", "Amina", "Yasmin", "Hiba", "Leyla", "Agnieszka", "Oksana", "Mai", "Lan",
         "Priya", "Nadia", "Rikke", "Sanne", "Vibeke", "Helle", "Kirsten", "Frida")  # fmt: skip
MEN = ("Aksel", "Bjarne", "Carsten", "Flemming", "Gunnar", "Holger", "Kaj", "Leif", "Ole",
       "Poul", "Preben", "Torben", "Ulrik", "Jesper", "Kasper", "Rasmus", "Mathias", "Villads",
       "Malthe", "Bertram", "Omar", "Hamid", "Yusuf", "Emre", "Bilal", "Tomasz", "Dmitri",
       "Minh", "Rohan", "Kofi", "Arne", "Knud", "Steen", "Viggo", "Magnus")  # fmt: skip
SURNAMES = ("Brandt", "Kjeldgaard", "Lindholm", "Overgaard", "Riis", "Sønderby", "Toft",
            "Ulstrup", "Winther", "Yde", "Aagaard", "Bonde", "Dalsgaard", "Eskildsen",
            "Fogh", "Gravesen", "Hedegaard", "Iversen", "Krogh", "Lund", "Mikkelsen",
            "Nygaard", "Ravn", "Stampe", "Thorsen", "Yusuf", "Demir", "Aslan", "Haddad",
            "Nowak", "Kowalczyk", "Tran", "Nguyen", "Sharma", "Mensah", "Bruun-Kasten",
            "Holst-Brink", "Vinther-Dahl", "Skov-Mølgaard", "Lassen-Oberg", "Ahmadi-Holm",
            "Møller-Tang", "Buch-Jessen")  # fmt: skip
# middle names by the given name's list; family names in the middle suit both
MIDDLE = {WOMEN: ("Marie", "Kathrine", "Sofie", "Elisabeth", "Thi", "Bech", "Hald", "Juhl"),
          MEN: ("Emil", "Valdemar", "Ali", "Bech", "Hald", "Juhl")}  # fmt: skip
STREETS = ("Hyldebærvej", "Skovspurvevej", "Kornblomstvej", "Ellemosevej", "Tranekærgade",
           "Bøgeskovhøj", "Fiskerhusvej", "Solsortevænget", "Ravnkildevej", "Digevej",
           "Hørmarken", "Kløverparken", "Gadekærsvej", "Præstemosen", "Stenhøjgårdsvej",
           "Vibeholmsvej", "Lindealléen", "Mølledammen")  # fmt: skip
TOWNS = (("4653", "Karise"), ("5492", "Vissenbjerg"), ("6990", "Ulfborg"), ("7160", "Tørring"),
         ("8382", "Hinnerup"), ("9370", "Hals"), ("2630", "Taastrup"), ("3390", "Hundested"),
         ("4780", "Stege"), ("6280", "Højer"), ("8900", "Randers C"), ("2300", "København S"),
         ("5000", "Odense C"), ("9800", "Hjørring"))  # fmt: skip
BANKS = ("Fjordlys Bank", "Andelskassen Nord", "Vestkyst Sparekasse")
COMPANIES = ("Kortservice Danmark", "Pakkeportalen", "Kryptohuset", "Nordic Invest Group")
PRODUCTS = ("MitID", "Netbank", "Dankort", "Visa/Dankort", "Mastercard")
DEPARTMENTS = ("kortafdelingen", "svindelafdelingen", "it-sikkerhed", "politiet",
               "nets", "bankens sikkerhedsteam")  # fmt: skip
FOREIGN = (("+44 7700 900", 3), ("+46 70 174 06 ", 2))
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
SPOKEN_FLOORS = ("stuen", "første sal", "anden sal", "tredje sal", "fjerde sal", "femte sal")
SPOKEN_SIDES = ("til venstre", "til højre", "midt for")
FLOORS = ("st.", "1.", "2.", "3.", "4.", "5.")
SIDES = ("tv.", "th.", "mf.")
FAMILY = ("min datter", "min søn", "min mand", "min kone", "hans søster", "hendes barnebarn")
GENRES = ("opkald_asr", "diarisering", "offerlinje_asr", "telefonsvarer", "opkaldsnotat",
          "offernotat", "asr_kvalitet", "tilbageringning")  # fmt: skip

Part = str | tuple[str, str]


def grouped(compact: str) -> str:
    """In groups of four, as cards and IBANs are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    """The two check digits of an IBAN (modulus 97)."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


@dataclass(frozen=True)
class Person:
    given: str
    middle: str
    surname: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxz" else "s")


class Maker:
    """Draws the identifiers of one document; in a negative each comes out masked or a stand-in."""

    def __init__(self, r: random.Random, negative: bool) -> None:
        self.r = r
        self.neg = negative

    def person(self) -> Person:
        r = self.r
        names = WOMEN if r.random() < 0.5 else MEN
        given = r.choice(names)
        middle = r.choice(MIDDLE[names]) if r.random() < 0.3 else ""
        return Person(given, middle, r.choice(SURNAMES))

    def name(self, p: Person, form: str = "full", lower: bool = False) -> Part:
        """A name in a form: full, given, surname, caps, last_first, initial, gen_given, gen."""
        if self.neg:
            return self.r.choice(("[NAVN]", *PSEUDONYMS))
        value = {
            "full": p.full,
            "given": p.given,
            "surname": p.surname,
            "caps": p.full.upper(),
            "last_first": f"{p.surname}, {p.given}",
            "initial": f"{p.given[0]}. {p.surname}",
            "gen_given": genitive(p.given),
            "gen": genitive(p.full),
        }[form]
        return (value.lower() if lower else value, "PERSON")

    def cpr_digits(self) -> tuple[str, date]:
        r = self.r
        born = date(1931, 1, 1) + timedelta(days=r.randrange(27000))
        while True:
            seventh = str(r.randrange(4)) if born.year < 2000 else "4"
            serial = seventh + f"{r.randrange(1000):03d}"
            digits = born.strftime("%d%m%y") + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                return digits, born

    def cpr(self, form: int | None = None, digits: str | None = None) -> Part:
        d = digits or self.cpr_digits()[0]
        if self.neg:
            return self.r.choice((f"{d[:6]}-xxxx", "[CPR]"))
        form = self.r.randrange(4) if form is None else form
        value = (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        return (value[form], "CPR")

    def dob(self, born: date) -> Part:
        if self.neg:
            return "[dato]"
        forms = (
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            f"{born.day}/{born.month}-{born.year}",
            born.strftime("%d-%m-%Y"),
        )
        return (self.r.choice(forms), "DATE_OF_BIRTH")

    def phone_digits(self) -> str:
        return self.r.choice(MOBILE + LANDLINE) + f"{self.r.randrange(10**6):06d}"

    def phone(self, form: int | None = None) -> Part:
        """A Danish number in form 0-9 (PHONE_FORMS' order), 10/11 the fiction ranges."""
        r = self.r
        if self.neg:
            return r.choice(("[TLF]", f"+45 ** ** ** {r.randrange(10, 99)}"))
        form = r.randrange(12) if form is None else form
        if form >= 10:
            head, width = FOREIGN[form - 10]
            low = 5 if width == 2 else 0
            return (f"{head}{r.randrange(low, 10**width):0{width}d}", "PHONE")
        n = self.phone_digits()
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        split = f"{n[:4]} {n[4:]}"
        values = (f"+45 {n}", f"+45 {pairs}", f"+45 {split}", split, f"(+45) {pairs}",
                  f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."))  # fmt: skip
        return (values[form], "PHONE")

    def spoken_phone(self) -> Part:
        return self.phone(self.r.choice((6, 6, 3, 7, 1)))

    def email(self, p: Person | None = None) -> Part:
        r = self.r
        p = p or self.person()
        given = p.given.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        sur = p.surname.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        sur = sur.replace("-", "")
        if self.neg:
            return r.choice((f"{given[0]}***@example.dk", "[e-mail]"))
        local = r.choice((f"{given}.{sur}", f"{sur}", f"{given}{r.randrange(10, 99)}",
                          f"{given[0]}{sur}", f"{given}_{sur}"))  # fmt: skip
        return (f"{local}@{r.choice(('example.dk', 'example.com', 'post.example.dk'))}", "EMAIL")

    def place(self) -> tuple[str, str, int | None, int, str, bool]:
        """Street, number, floor (index or None), side (index), "postcode town", town said."""
        r = self.r
        number = str(r.randrange(1, 160)) + (r.choice("ABC") if r.random() < 0.2 else "")
        floor = r.randrange(len(FLOORS)) if r.random() < 0.7 else None
        town = " ".join(r.choice(TOWNS))
        return r.choice(STREETS), number, floor, r.randrange(3), town, r.random() < 0.6

    def address(self, layout: str, place: tuple | None = None) -> Part:
        """Written: "line" (with comma), "block" (two lines), "bare"; or "spoken" (the engine's)."""
        if self.neg:
            return "[ADRESSE]"
        street, number, floor, side, town, said = place or self.place()
        if layout == "spoken":
            value = f"{street} {number}".lower()
            if floor is not None:
                value += " " + SPOKEN_FLOORS[floor]
                value += "" if floor == 0 and side == 2 else " " + SPOKEN_SIDES[side]
            return (value + (" " + town.lower() if said else ""), "ADDRESS")
        value = f"{street} {number}"
        if floor is not None:
            value += f", {FLOORS[floor]}" + ("" if floor == 0 and side == 2 else f" {SIDES[side]}")
        sep = {"line": ", ", "block": "\n", "bare": ""}[layout]
        return (value + (sep + town if sep else ""), "ADDRESS")

    def account(self, together: bool) -> list[Part]:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        acct = f"{r.randrange(10**9):010d}" if r.random() < 0.6 else f"{r.randrange(10**7, 10**8)}"
        if self.neg:
            return [f"reg.nr. {reg}, kontonr. [kontonr.]"]
        if together:
            return [(f"{reg}{r.choice('- ')}{acct}", "BANK_ACCOUNT")]
        return [f"reg.nr. {reg}, kontonr. ", (acct, "BANK_ACCOUNT")]

    def spoken_account(self) -> list[Part]:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        acct = f"{r.randrange(10**9):010d}"
        if self.neg:
            return [f"reg nummer {reg} og kontonummer [kontonr.]"]
        return [f"reg nummer {reg} og kontonummer ", (acct, "BANK_ACCOUNT")]

    def iban(self) -> Part:
        r = self.r
        if self.neg:
            return "DK71XXXXXXXXXX0932"
        country = r.choice(tuple(IBAN_LENGTH))
        length = IBAN_LENGTH[country] - 4
        if country in ("GB", "NL"):
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
            bban += "".join(str(r.randrange(10)) for _ in range(length - 4))
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(length))
        compact = country + iban_check(country, bban) + bban
        return (grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self, compact: bool | None = None) -> Part:
        r = self.r
        if self.neg:
            return r.choice(("**** **** **** 1111", f"******{r.randrange(1000, 9999)}"))
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        number = body + luhn_digit(body)
        compact = r.random() < 0.4 if compact is None else compact
        return (number if compact else grouped(number), "CARD")

    def expiry(self) -> Part:
        r = self.r
        if self.neg:
            return "xx/xx"
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        return (f"{month:02d}/{'20' if r.random() < 0.3 else ''}{year}", "CARD_EXPIRY")

    def cvv(self) -> Part:
        return "xxx" if self.neg else (f"{self.r.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> Part:
        r = self.r
        if self.neg:
            return "[kode]"
        return (f"{r.randrange(10**7, 10**8)}" if r.random() < 0.3 else f"{r.randrange(10**6):06d}",
                "OTP")  # fmt: skip

    def mitid(self, p: Person, born: date) -> Part:
        if self.neg:
            return "[bruger-id]"
        stem = self.r.choice((p.given, p.surname.split("-")[0])).lower()
        stem = stem.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        year = str(born.year) if self.r.random() < 0.5 else born.strftime("%y")
        return (stem + year, "MITID_USER")

    def plate(self) -> Part:
        r = self.r
        if self.neg:
            return "[nummerplade]"
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randrange(10, 99)}{r.randrange(100, 999)}"
        if r.random() < 0.7:
            return (f"{letters} {digits[:2]} {digits[2:]}", "NUMBER_PLATE")
        return (letters + digits, "NUMBER_PLATE")

    # values that are never labelled
    def amount(self) -> str:
        r = self.r
        whole = r.randrange(200, 250000)
        text = f"{whole:,}".replace(",", ".")
        return r.choice((f"{text} kr.", f"{text},{r.randrange(100):02d} kr"))

    def case_no(self) -> str:
        return f"FH-26-{self.r.randrange(10**5):05d}"

    def stamp(self) -> str:
        r = self.r
        return f"2026-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d} {self.clock()}"

    def clock(self) -> str:
        return f"{self.r.randrange(7, 22):02d}:{self.r.randrange(60):02d}"

    def offset(self, seconds: int) -> str:
        return f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}]"

    def masked(self) -> str:
        r = self.r
        return r.choice((f"{r.randrange(10, 29)}{r.randrange(10, 12)}{r.randrange(40, 99)}-xxxx",
                         f"+45 ** ** ** {r.randrange(10, 99)}", "**** **** **** 1111",
                         f"******{r.randrange(1000, 9999)}", "DK71XXXXXXXXXX0932",
                         f"{r.choice('abmst')}***@example.dk"))  # fmt: skip


class Doc:
    """A text and its spans, built from plain strings and (value, type) pairs."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []

    def add(self, *parts: Part | list[Part]) -> None:
        for part in parts:
            if isinstance(part, list):
                self.add(*part)
            elif isinstance(part, tuple):
                value, kind = part
                self.spans.append(
                    {"start": len(self.text), "end": len(self.text) + len(value), "type": kind}
                )
                self.text += value
            else:
                self.text += part


def low(part: Part) -> Part:
    """The engine's lower case of a value (its type kept)."""
    return (part[0].lower(), part[1]) if isinstance(part, tuple) else part.lower()


def opkald_asr(d: Doc, m: Maker, r: random.Random) -> None:
    """A hotline call as the engine transcribes it: agent:/kunde: lines."""
    caller, agent, scammer = m.person(), m.person(), r.choice(MEN + WOMEN)
    digits = m.cpr_digits()[0]
    alias: Part = "[NAVN]" if m.neg else (scammer.lower(), "PERSON")
    dept = r.choice(DEPARTMENTS)
    d.add(f"transskription opkald {m.stamp()} kø svindel ", r.choice(BANKS).lower(), "\n")
    d.add(
        "agent: ",
        r.choice(BANKS).lower(),
        " svindellinjen du taler med ",
        m.name(agent, "given", True),
        " hvad kan jeg hjælpe med\n",
    )
    d.add(
        "kunde: ja hej det er ",
        m.name(caller, "full", True),
        " jeg tror jeg er blevet snydt der ringede en ",
        alias,
        " fra ",
        dept,
        "\n",
    )
    d.add("agent: okay det må vi se på kan jeg få dit cpr nummer\n")
    d.add("kunde: ja det er ", m.cpr(r.choice((3, 3, 2)), digits), "\n")
    d.add("agent: tak og din adresse\n")
    d.add("kunde: jeg bor på ", m.address("spoken"), "\n")
    d.add("agent: og hvilket nummer ringer du fra\n")
    d.add(
        "kunde: det er ",
        m.spoken_phone(),
        " eller ",
        r.choice(FAMILY),
        " har ",
        m.spoken_phone(),
        "\n",
    )
    d.add("agent: hvad skete der\n")
    d.add(
        "kunde: ",
        alias,
        " sagde mit kort var misbrugt så jeg læste kortnummeret op ",
        m.card(False),
        " udløb ",
        m.expiry(),
        " og cvc ",
        m.cvv(),
        "\n",
    )
    d.add("kunde: og så fik jeg en sms med en kode ", m.otp(), " den gav jeg ham også\n")
    d.add(
        f"agent: okay der er trukket {m.amount()} jeg spærrer kortet nu og du kan også ringe "
        f"på {r.choice(ORG_LINES)} hele døgnet\n"
    )
    if r.random() < 0.6:
        d.add("agent: har du en mail vi kan skrive til\nkunde: ja ", m.email(caller), "\n")
    d.add(
        f"agent: dit sagsnummer er {m.case_no()} og husk at ",
        alias,
        f" fra {dept} aldrig ringer fra os\nkunde: tak {r.choice(('hej', 'farvel'))}\n",
    )


def diarisering(d: Doc, m: Maker, r: random.Random) -> None:
    """A diarised transcript: "[00:01:12] Speaker 2:" lines with the engine's timing."""
    caller, agent = m.person(), m.person()
    digits, born = m.cpr_digits()
    t = r.randrange(2, 20)

    def line(speaker: int, *parts: Part | list[Part]) -> None:
        nonlocal t
        d.add(f"{m.offset(t)} Speaker {speaker}: ", *parts, "\n")
        t += r.randrange(4, 40)

    d.add(f"opkalds-id {r.randrange(10**6, 10**7)} diarisering 2 talere {m.stamp()}\n")
    line(1, "svindellinjen god morgen du taler med ", m.name(agent, "full", True))
    line(
        2,
        "hej mit navn er ",
        m.name(caller, "full", True),
        " jeg er ",
        r.choice(("kunde hos jer", "ringer for min mor")),
    )
    line(1, "må jeg bede om dit cpr nummer")
    line(2, m.cpr(r.choice((3, 2)), digits))
    if r.random() < 0.5:
        line(2, "jeg er født ", m.dob(born))
    line(1, "og din adresse")
    line(2, "det er ", m.address("spoken"))
    line(
        2,
        "der kom en sms fra ",
        m.phone(r.choice((10, 11, 6, 0))),
        " om at jeg skulle bekræfte med koden ",
        m.otp(),
    )
    line(2, "og så bad de mig overføre til ", m.spoken_account())
    line(1, f"hvor meget har du overført\n{m.offset(t)} Speaker 2: {m.amount()}")
    line(1, "kan jeg ringe dig op på ", m.spoken_phone())
    line(2, "ja eller skriv til ", m.email(caller))
    line(1, f"tak jeg opretter sag {m.case_no()} og spærrer netbank")


def offerlinje_asr(d: Doc, m: Maker, r: random.Random) -> None:
    """The victim-support line: the CRM names the speakers; the engine writes them lower case."""
    caller, adviser, mule = m.person(), m.person(), m.person()
    digits, born = m.cpr_digits()
    you = m.name(caller, "full", True)
    me = m.name(adviser, "full", True)
    t = r.randrange(8 * 60, 21 * 60)

    def line(who: Part, *parts: Part | list[Part]) -> None:
        nonlocal t
        d.add(f"[{t // 60:02d}:{t % 60:02d}] ", who, ": ", *parts, "\n")
        t += r.randrange(2)

    d.add(f"offerlinjen samtale {m.stamp()} sag {m.case_no()}\n")
    line(me, "hej du har ringet til offerlinjen mit navn er ", m.name(adviser, "given", True))
    line(
        you,
        "hej jeg ringer fordi ",
        r.choice(FAMILY),
        " og jeg er blevet snydt af en ",
        r.choice(("investeringsside", "kæreste på nettet", "falsk bankrådgiver")),
    )
    line(me, "det er jeg ked af kan du fortælle hvem du har været i kontakt med")
    line(you, "personen kaldte sig ", m.name(mule, "full", True), " og skrev fra ", m.email(mule))
    line(you, "jeg overførte ", m.amount(), " til ", m.iban())
    line(me, "har du givet dit mitid bruger id til nogen")
    line(you, "ja jeg gav ham ", m.mitid(caller, born), " og en kode ", m.otp())
    line(me, "hvad er dit telefonnummer hvis vi skal ringe tilbage")
    line(you, m.spoken_phone(), " og jeg bor på ", m.address("spoken"))
    if r.random() < 0.5:
        line(you, "min cpr er ", m.cpr(r.choice((3, 2)), digits))
    line(
        me,
        "jeg sender dig en mail med kontakt til politiet på ",
        "114 og til din mail ",
        m.email(caller),
    )


def telefonsvarer(d: Doc, m: Maker, r: random.Random) -> None:
    """Voicemail transcripts: a header with the caller's number, the engine's text."""
    for _ in range(r.randrange(1, 4)):
        caller = m.person()
        d.add(
            f"telefonsvarer {m.stamp()} fra ",
            m.phone(r.choice((8, 0, 8, 7))),
            f" varighed 0:{r.randrange(10, 59)}\n",
        )
        choice = r.randrange(3)
        if choice == 0:
            d.add(
                "transskription: hej det er ",
                m.name(caller, "full", True),
                " jeg ringer om mit kort der er trukket ",
                m.amount(),
                " som jeg ikke kender ring til mig på ",
                m.spoken_phone(),
                " eller skriv til ",
                m.email(caller),
                " tak\n\n",
            )
        elif choice == 1:
            digits, _ = m.cpr_digits()
            d.add(
                "transskription: ja goddag det er ",
                m.name(caller, "gen_given", True),
                " mand ",
                m.name(m.person(), "full", True),
                " min kone har fået et opkald fra ",
                m.name(Person(r.choice(MEN), "", ""), "given", True),
                " fra ",
                r.choice(DEPARTMENTS),
                " hendes cpr er ",
                m.cpr(r.choice((3, 2)), digits),
                " ring venligst ",
                m.spoken_phone(),
                "\n\n",
            )
        else:
            d.add(
                "transskription: hej det er ",
                m.name(caller, "full", True),
                " fra ",
                m.address("spoken"),
                " der har holdt en bil ",
                m.plate(),
                " ude foran og en mand hentede mit kort jeg har nummeret ",
                m.phone(r.choice((10, 11))),
                " han ringede fra\n\n",
            )


def opkaldsnotat(d: Doc, m: Maker, r: random.Random) -> None:
    """The agent's summary note after a call: the same data written properly."""
    caller, agent = m.person(), m.person()
    digits = m.cpr_digits()[0]
    d.add(f"Opkaldsnotat {m.case_no()} ({m.stamp()})\n")
    d.add("Kunde: ", m.name(caller, r.choice(("last_first", "full", "caps"))), "\n")
    d.add("CPR: ", m.cpr(r.choice((0, 1)), digits), "\n")
    d.add("Adresse: ", m.address(r.choice(("block", "line", "block"))), "\n")
    d.add("Tlf.: ", m.phone(r.choice(range(10))), "\n")
    if r.random() < 0.5:
        d.add("E-mail: ", m.email(caller), "\n")
    d.add(
        "\nResumé: Kunden blev ringet op af ",
        "[NAVN]" if m.neg else (r.choice(MEN + WOMEN), "PERSON"),
        f' "fra {r.choice(DEPARTMENTS).capitalize()}" og oplyste sit ',
        f"{r.choice(PRODUCTS[2:])}-kort ",
        m.card(),
        " (udløb ",
        m.expiry(),
        ", CVV ",
        m.cvv(),
        ") samt engangskoden ",
        m.otp(),
        f". Trukket i alt {m.amount()}; kort spærret kl. {m.clock().replace(':', '.')}.\n",
    )
    if r.random() < 0.5:
        d.add(
            "Kontaktperson: ",
            m.name(m.person(), r.choice(("initial", "full"))),
            " (",
            r.choice(FAMILY),
            "), tlf. ",
            m.phone(r.choice(range(10))),
            "\n",
        )
    d.add(
        f"Tidligere opkald: {m.masked()}. Henvist til {r.choice(ORG_LINES)}.\nNotat: ",
        m.name(agent, r.choice(("initial", "full", "given"))),
        "\n",
    )


def offernotat(d: Doc, m: Maker, r: random.Random) -> None:
    """The victim-support line's case note."""
    victim, adviser = m.person(), m.person()
    born = m.cpr_digits()[1]
    d.add(f"Offerlinjen - sagsnotat {m.case_no()}\nDato: {m.stamp()}\n\n")
    d.add("Navn (som på sundhedskort): ", m.name(victim, "caps"))
    d.add(r.choice((", født ", ", f. ", "\nFødselsdato: ")), m.dob(born), "\n")
    d.add("Adresse:\n", m.address("block"), "\n")
    d.add("Telefon: ", m.phone(r.choice(range(10))), "\n\n")
    d.add(
        m.name(victim, "gen_given"),
        f" {r.choice(('kæreste på nettet', 'investeringsrådgiver'))} bad om overførsler til ",
        m.iban(),
        " og til ",
        m.account(r.random() < 0.5),
        f" (i alt {m.amount()}). ",
        m.name(victim, "given"),
        " gav også sit MitID-bruger-id ",
        m.mitid(victim, born),
        " videre.\n",
    )
    d.add(
        f"Kontakten begyndte via en annonce for {r.choice(COMPANIES)}. "
        "En kurér hentede kort og kode; bilens nummerplade ",
        m.plate(),
        " er meldt til politiet på 114.\n",
    )
    if r.random() < 0.6:
        d.add(
            "Pårørende: ",
            m.name(relative := m.person(), r.choice(("full", "last_first", "caps"))),
            ", ",
            m.email(relative),
            "\n",
        )
    d.add(f"Maskeret i journal: {m.masked()}\nRådgiver: ", m.name(adviser, "initial"), "\n")


def asr_kvalitet(d: Doc, m: Maker, r: random.Random) -> None:
    """A quality log: the engine's words beside the corrected words."""
    d.add(f"kvalitetslog for talegenkendelse uge {r.randrange(1, 53)} kø svindel\n")
    for _ in range(r.randrange(3, 6)):
        p = m.person()
        kind = r.randrange(4)
        d.add(f'- opkald {r.randrange(10**5, 10**6)} {m.offset(r.randrange(10, 900))} asr: "')
        if kind == 0:
            d.add(
                "mit navn er ",
                m.name(p, "full", True),
                '" rettet: "Mit navn er ',
                m.name(p, "full"),
                '"\n',
            )
        elif kind == 1:
            place = m.place()
            d.add(
                "jeg bor på ",
                m.address("spoken", place),
                '" rettet: "Jeg bor på ',
                m.address("line", place),
                '"\n',
            )
        elif kind == 2:
            digits, _ = m.cpr_digits()
            d.add("det er ", m.cpr(2, digits), '" rettet: "CPR ', m.cpr(0, digits), '"\n')
        else:
            mail = m.email(p)
            d.add(
                "skriv til ",
                mail,
                '" rettet: "Skriv til ',
                mail,
                " (",
                m.name(p, "gen"),
                ' adresse)"\n',
            )
    d.add(
        f"ordfejlrate {r.randrange(4, 19)},{r.randrange(10)} % kontrolleret af ",
        m.name(m.person(), "initial"),
        "\n",
    )


def tilbageringning(d: Doc, m: Maker, r: random.Random) -> None:
    """A callback list handed over between shifts."""
    d.add(f"Tilbageringninger {m.stamp()[:10]} - svindellinjen (hovednr. {r.choice(ORG_LINES)})\n")
    for _ in range(r.randrange(3, 6)):
        p = m.person()
        d.add(
            f"{m.case_no()} | ",
            m.name(p, r.choice(("last_first", "full", "caps", "initial"))),
            " | ",
            m.phone(r.randrange(12) if r.random() < 0.5 else r.randrange(10)),
            " | ",
        )
        d.add(r.choice((m.email(p), f"bedst efter kl. {r.randrange(12, 18)}", m.masked())), "\n")
    d.add("Svindlerens numre fra kundernes opkald: ", m.phone(10), ", ", m.phone(11), "\n")


Writer = Callable[[Doc, Maker, random.Random], None]
WRITERS: dict[str, Writer] = dict(
    zip(
        GENRES,
        (opkald_asr, diarisering, offerlinje_asr, telefonsvarer, opkaldsnotat, offernotat,
         asr_kvalitet, tilbageringning),
        strict=True,
    )
)  # fmt: skip


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], i < negatives) for i in range(size)]
    r.shuffle(plan)
    docs, seen = [], set()
    for number, (genre, negative) in enumerate(plan):
        while True:
            d = Doc()
            WRITERS[genre](d, Maker(r, negative), r)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append({"id": f"pii_blind63-{number:04d}", "genre": genre,
                     "kind": "negative" if negative else "positive", "text": d.text,
                     "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
