"""A sixty-seventh blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ordinary
fortnight at an INSURANCE COMPANY'S CLAIMS DESK AND A CAR-RENTAL FIRM'S DAMAGE AND FRAUD DESK
after staged accidents, stolen rental cars and fake injury claims, in nine genres: a motor
claim form (the claimant's CPR, address block, phone, plates, the other driver), an adjuster's
dated notes, an e-mail thread (Fra:/Til:/Emne:) with a claimant and a workshop, a witness
statement (the witness's name, birth date, address and phone), a rental firm's damage report
with plates and drivers, a payout letter with the claimant's account or a foreign IBAN, an
investigator's summary of a staged-accident ring (a mule's IBAN, the card a rental was paid
with, a MitID user ID and a code a fake "adjuster" got out of a claimant), a call note of such
a call, and a rental contract excerpt with the driver's licence number left out. The names are
those of Danes of all ages, Danes with roots elsewhere ("Hiba Rahimi", "Piotr Nowak"), double
surnames ("Bech-Ravn") and the companies' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("taksator", "skadelidte", "vidne",
  "fører", "lejer"); "Ravn, Ingrid" is one span; a genitive s belongs to it ("Ingrids"); a
  lower-case name quoted from a text message ("ingrid ravn") and a name in capitals ("INGRID
  RAVN") are PERSON, and so are "I. Ravn" and three-word names ("Ingrid Marie Ravn"). A
  scammer's alias "Jonas fra skadeafdelingen" labels only the name "Jonas": the department or
  company is not part of the span. Titles and roles are outside the span. Companies,
  workshops, banks, products, placeholders ("[NAVN]", "Skadelidte A", "Fører B", "Vidne 1",
  "Kunde 2") and family words ("min kone") are never PERSON.
- ADDRESS is a person's address, from the street name through number, letter, floor and side
  ("7B", "2. tv.", "st. th."), plus ", postcode town" on the same line or the next line of an
  address block (line break included). A street named without a number is not an address.
  Organisations' postal addresses never occur (whether to redact them is an open question).
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11,
  written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (a full
  date with a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is
  labelled only straight after "født", "f." or "Fødselsdato:"; no other date or time is.
- PHONE: Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never occur as
  personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code inside the span; foreign numbers from fiction ranges only,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). Organisations' lines (70/80 numbers,
  112, 114, 1813) are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only
  the account is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH),
  grouped by four or compact. CARD: Luhn-valid with a test prefix (TEST_PREFIXES), grouped by
  four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "CVC",
  "cvc" or "kontrolcifre". OTP: a one-time code sent, asked for or given (6 or 8 digits);
  MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("BK 41 207",
  "BK41207"). No passport or driving-licence numbers occur (the contract leaves the licence out).
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 3.450,00"), dates and times
  ("04.03.26", "kl. 09.14", "2026-03-04 09:14"), claim, policy, contract and case numbers, CVR
  numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations' lines, companies,
  banks, products, car models and family words. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]") and pseudonym
  labels remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind66 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind66"

TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
         "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE")  # fmt: skip

WOMEN = ("Ingrid", "Birthe", "Kirsten", "Lone", "Susanne", "Camilla", "Sofie", "Ida", "Freja",
         "Alberte", "Nanna", "Signe", "Rikke", "Tove", "Grethe", "Aya", "Fatma", "Leyla",
         "Samira", "Zeynep", "Amina", "Agnieszka", "Priya", "Hiba", "Vibeke", "Malou", "Esther",
         "Karen", "Dorthe", "Liva")  # fmt: skip
MEN = ("Poul", "Henning", "Bent", "Niels", "Søren", "Morten", "Rasmus", "Frederik", "Oliver",
       "Noah", "Magnus", "Villads", "Ahmed", "Omar", "Mehmet", "Bilal", "Tariq", "Piotr",
       "Dragan", "Arash", "Jamal", "Kasper", "Tobias", "Aksel", "Verner", "Kaj", "Anker",
       "Halfdan", "Milas", "Yusuf")  # fmt: skip
SURNAMES = ("Skovbo", "Thygesen", "Dalsgaard", "Rask", "Krogh", "Bech", "Lauridsen", "Nyborg",
            "Winther", "Ravn", "Holmgaard", "Iversen", "Bisgaard", "Overgaard", "Yilmaz",
            "Hussein", "Kowalski", "Nowak", "Demir", "Rahimi", "Celik", "Jovanović", "Nguyen",
            "Abdullahi", "Brandt", "Hedegaard", "Juhl", "Kjeldsen", "Pallesen", "Østergaard",
            "Aagaard", "Mikkelsen", "Bro", "Dam", "Kirkegaard", "Qureshi")  # fmt: skip
DOUBLE = ("Bech-Ravn", "Krogh-Dalsgaard", "Winther-Yilmaz", "Thygesen-Nowak", "Skovbo-Juhl",
          "Rask-Hedegaard", "Brandt-Qureshi", "Dam-Overgaard", "Bro-Kjeldsen")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Kristian", "Bøgh", "Juul", "Lind", "Ahmad", "Kirk", "Sofie")
STREETS = ("Ringkøbingvej", "Toftegårdsvej", "Kastanievej", "Brombærhaven", "Mølleparken",
           "Hvidkløvervej", "Enghavevej", "Nørre Allé", "Søndergade", "Strandvejen",
           "Skovbrynet", "Bakkedraget", "Fasanvej", "Lindevænget", "Rosengårdsvej",
           "Rugvænget", "Stationsvej", "Kirkebakken", "Havnegade", "Vibevej", "Agervej",
           "Lærkevej", "Egevænget", "Birkedommervej")  # fmt: skip
TOWNS = (("8200", "Aarhus N"), ("5220", "Odense SØ"), ("9000", "Aalborg"), ("7100", "Vejle"),
         ("6000", "Kolding"), ("2300", "København S"), ("2720", "Vanløse"), ("4000", "Roskilde"),
         ("8600", "Silkeborg"), ("6700", "Esbjerg"), ("7400", "Herning"), ("4700", "Næstved"),
         ("3400", "Hillerød"), ("8900", "Randers C"), ("2630", "Taastrup"),
         ("5700", "Svendborg"), ("9800", "Hjørring"), ("4800", "Nykøbing F"),
         ("6400", "Sønderborg"), ("2000", "Frederiksberg"))  # fmt: skip
COMPANIES = ("Fjordland Forsikring", "Kystsikring Forsikring A/S", "Vestvind Biludlejning",
             "RuteBil Rent A/S", "Autohuset Nordkyst", "Karosseri Centrum Midt",
             "Glasmester Ruden ApS", "Skadeklinikken Vest", "Taksatorringen")  # fmt: skip
INSURER, RENTAL = COMPANIES[0], COMPANIES[2]
WORKSHOPS = COMPANIES[4:8]
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Lunar")
PRODUCTS = ("MitID", "MobilePay", "Skadeportalen", "e-Boks")
CARS = ("VW Golf", "Toyota Yaris", "Skoda Octavia", "Peugeot 208", "Tesla Model 3", "Kia Niro")
ORG_LINES = ("70 11 22 60", "70 20 41 41", "80 30 12 12", "7020 1919", "80808080")
PSEUDONYMS = ("Skadelidte A", "Fører B", "Vidne 1", "Kunde 2", "Lejer C", "Medarbejder D")
DEPARTMENTS = ("skadeafdelingen", "kortafdelingen", "udbetalingen", "Fjordland Forsikring",
               "svindelteamet")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
TEST_PREFIXES = ("4111", "4012", "5555", "5105", "4242", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "LT": 20, "GB": 22}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
GENRES = ("skadeanmeldelse", "taksatornotat", "mailtråd", "vidneforklaring", "skaderapport",
          "udbetalingsbrev", "efterforskning", "opkaldsnotat", "lejekontrakt")  # fmt: skip


@dataclass(frozen=True)
class Span:
    """A labelled value: its text as written and its type."""

    text: str
    kind: str


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    middle: str
    born: date


class Doc:
    """Text built piece by piece, with the offsets of its labelled values."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []

    def add(self, template: str, **values: str | Span) -> None:
        """Append a template whose {name} fields are plain strings or labelled Spans."""
        pos = 0
        for hit in re.finditer(r"\{(\w+)\}", template):
            self.text += template[pos : hit.start()]
            value = values[hit.group(1)]
            if isinstance(value, Span):
                start = len(self.text)
                self.text += value.text
                self.spans.append({"start": start, "end": len(self.text), "type": value.kind})
            else:
                self.text += value
            pos = hit.end()
        self.text += template[pos:]


def grouped(compact: str) -> str:
    """The value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(rng: random.Random, country: str) -> str:
    length = IBAN_LENGTH[country]
    bban = ("NWBK" if country == "GB" else "") + "".join(
        rng.choice("0123456789") for _ in range(length - 4 - (4 if country == "GB" else 0))
    )
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Real:
    """Labelled personal data in every written form the conventions list."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.mails: dict[Person, Span] = {}

    def someone(self) -> Person:
        r = self.rng
        given = r.choice(WOMEN if r.random() < 0.5 else MEN)
        surname = r.choice(DOUBLE) if r.random() < 0.3 else r.choice(SURNAMES)
        born = date(1936, 1, 1) + timedelta(days=r.randrange(365 * 70))
        return Person(given, surname, r.choice(MIDDLE), born)

    def name(self, p: Person, form: str = "") -> Span:
        form = form or self.rng.choice(
            ("full", "full", "full", "three", "caps", "reverse", "initial", "given")
        )
        text = {
            "full": f"{p.given} {p.surname}",
            "three": f"{p.given} {p.middle} {p.surname}",
            "caps": f"{p.given} {p.surname}".upper(),
            "reverse": f"{p.surname}, {p.given}",
            "initial": f"{p.given[0]}. {p.surname}",
            "given": p.given,
            "lower": f"{p.given} {p.surname}".lower(),
            "genitive": f"{p.given}s" if self.rng.random() < 0.5 else f"{p.given} {p.surname}s",
        }[form]
        if form == "genitive" and re.search(r"[sxz]s$", text):
            text = text[:-1] + "'"
        return Span(text, "PERSON")

    def alias(self) -> Span:
        return Span(self.rng.choice(("Jonas", "Mikkel", "Sara", "Line", "Daniel")), "PERSON")

    def cpr(self, p: Person) -> Span:
        r, b = self.rng, p.born
        digit = str(r.randrange(4)) if b.year < 2000 else "4"
        while True:
            number = f"{b:%d%m%y}{digit}{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        d, s = number[:6], number[6:]
        text = r.choice((f"{d}-{s}", number, f"{d[:2]} {d[2:4]} {d[4:]} {s}", f"{d} {s}"))
        return Span(text, "CPR")

    def dob(self, p: Person) -> Span:
        b = p.born
        return Span(
            self.rng.choice(
                (
                    f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                    f"{b:%d.%m.%Y}",
                    f"{b.day}/{b.month}-{b.year}",
                    f"{b:%d-%m-%Y}",
                )
            ),
            "DATE_OF_BIRTH",
        )

    def phone(self) -> Span:
        r = self.rng
        if r.random() < 0.07:
            text = r.choice((f"+44 7700 900{r.randrange(1000):03d}",
                             f"+46 70 174 06 {r.randrange(5, 100):02d}"))  # fmt: skip
            return Span(text, "PHONE")
        n = r.choice(MOBILE if r.random() < 0.7 else LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        text = r.choice(
            (f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
             f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."))
        )  # fmt: skip
        return Span(text, "PHONE")

    def email(self, p: Person) -> Span:
        """One address per person in a document (a Real serves one document)."""
        if p not in self.mails:
            self.mails[p] = self._new_email(p)
        return self.mails[p]

    def _new_email(self, p: Person) -> Span:
        r = self.rng
        local = r.choice(
            (f"{p.given}.{p.surname}", f"{p.given}{p.born:%y}", f"{p.given[0]}{p.surname}")
        )
        local = local.lower().replace("-", ".").translate(str.maketrans("æøåćé", "eoace"))
        domain = r.choice(("example.dk", "example.com", "post.example.dk", "example.net"))
        return Span(f"{local}@{domain}", "EMAIL")

    def staff_email(self, p: Person, company: str) -> Span:
        firm = company.split()[0].lower().translate(str.maketrans("æøå", "eoa"))
        local = f"{p.given[0]}{p.surname[:3]}".lower().translate(str.maketrans("æøåćé", "eoace"))
        return Span(f"{local}@{firm}.example.dk", "EMAIL")

    def address(self, lines: str = "") -> Span:
        r = self.rng
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
        if r.random() < 0.4:
            street += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th', 'tv', 'mf'))}."
            )
        postcode, town = r.choice(TOWNS)
        sep = {"block": "\n", "line": ", "}.get(lines or r.choice(("block", "line", "street")))
        return Span(street + (f"{sep}{postcode} {town}" if sep else ""), "ADDRESS")

    def account(self) -> tuple[str, Span]:
        """The cue and the account: together ("reg.nr. og konto: 1234-...") or apart."""
        r = self.rng
        reg, acct = f"{r.randrange(1000, 9999)}", f"{r.randrange(10**9, 10**10):010d}"
        if r.random() < 0.5:
            acct = acct[r.choice((0, 1, 2, 3)) :]
        if r.random() < 0.5:
            return "reg.nr. og kontonr. ", Span(f"{reg}{r.choice('- ')}{acct}", "BANK_ACCOUNT")
        return f"reg.nr. {reg}, kontonr. ", Span(acct, "BANK_ACCOUNT")

    def iban(self) -> Span:
        r = self.rng
        compact = _iban(r, r.choice(tuple(IBAN_LENGTH)))
        return Span(grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self) -> Span:
        r = self.rng
        body = r.choice(TEST_PREFIXES) + "".join(r.choice("0123456789") for _ in range(11))
        compact = body + _luhn_digit(body)
        return Span(grouped(compact) if r.random() < 0.6 else compact, "CARD")

    def expiry(self) -> Span:
        r = self.rng
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        return Span(f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}",
                    "CARD_EXPIRY")  # fmt: skip

    def cvv(self) -> Span:
        return Span(f"{self.rng.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> Span:
        r = self.rng
        return Span(f"{r.randrange(10**6):06d}" if r.random() < 0.8 else
                    f"{r.randrange(10**8):08d}", "OTP")  # fmt: skip

    def mitid(self, p: Person) -> Span:
        tail = f"{p.born:%y}" if self.rng.random() < 0.5 else f"{p.born:%Y}"
        base = p.given.lower().translate(str.maketrans("æøåćé", "eoace"))
        return Span(f"{base}{tail}", "MITID_USER")

    def plate(self) -> Span:
        r = self.rng
        letters = "".join(r.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        text = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else letters + digits
        return Span(text, "NUMBER_PLATE")


class Pseudo(Real):
    """The same genres after pseudonymisation: stand-ins, pseudonyms and masked values only."""

    def name(self, p: Person, form: str = "") -> str:  # type: ignore[override]
        return self.rng.choice((*PSEUDONYMS, "[NAVN]"))

    def alias(self) -> str:  # type: ignore[override]
        return "[NAVN]"

    def cpr(self, p: Person) -> str:  # type: ignore[override]
        return self.rng.choice(("[CPR]", f"{p.born:%d%m%y}-xxxx"))

    def dob(self, p: Person) -> str:  # type: ignore[override]
        return "[dato]"

    def phone(self) -> str:  # type: ignore[override]
        return self.rng.choice(("[TLF]", f"+45 ** ** ** {self.rng.randrange(10, 100)}"))

    def email(self, p: Person) -> str:  # type: ignore[override]
        return self.rng.choice(("[e-mail]", f"{p.given[0].lower()}***@example.dk"))

    def staff_email(self, p: Person, company: str) -> str:  # type: ignore[override]
        return f"{p.given[0].lower()}***@example.dk"

    def address(self, lines: str = "") -> str:  # type: ignore[override]
        return "[ADRESSE]"

    def account(self) -> tuple[str, str]:  # type: ignore[override]
        return "kontonr. ", self.rng.choice(
            ("[kontonr.]", f"******{self.rng.randrange(10**4):04d}")
        )

    def iban(self) -> str:  # type: ignore[override]
        return f"DK{self.rng.randrange(10, 100)}XXXXXXXXXX{self.rng.randrange(10**4):04d}"

    def card(self) -> str:  # type: ignore[override]
        return f"**** **** **** {self.rng.randrange(10**4):04d}"

    def expiry(self) -> str:  # type: ignore[override]
        return "[udløb]"

    def cvv(self) -> str:  # type: ignore[override]
        return "[kode]"

    def otp(self) -> str:  # type: ignore[override]
        return "[kode]"

    def mitid(self, p: Person) -> str:  # type: ignore[override]
        return "[bruger-id]"

    def plate(self) -> str:  # type: ignore[override]
        return "[nummerplade]"


# Hard negatives shared by both kinds of documents.
def _amount(r: random.Random) -> str:
    kroner = f"{r.randrange(400, 250000):,}".replace(",", ".")
    return r.choice((f"{kroner} kr.", f"kr. {kroner},00"))


def _day(r: random.Random) -> date:
    return date(2026, 3, 2) + timedelta(days=r.randrange(14))


def _stamp(r: random.Random) -> str:
    d = _day(r)
    return r.choice(
        (f"{d:%d.%m.%y}", f"{d:%Y-%m-%d} {r.randrange(8, 17):02d}:{r.randrange(60):02d}")
    )


def _clock(r: random.Random) -> str:
    return f"kl. {r.randrange(8, 18):02d}.{r.randrange(60):02d}"


def _claim(r: random.Random) -> str:
    return f"SK-2026-{r.randrange(10000, 99999)}"


def _contract(r: random.Random) -> str:
    return f"LK-26-{r.randrange(1000, 9999)}"


def _cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(10**7, 10**8)}"


def _policy(r: random.Random) -> str:
    return f"police {r.randrange(100, 999)}-{r.randrange(10000, 99999)}-{r.randrange(10)}"


Genre = Callable[[random.Random, Real, Doc], None]


def claim_form(r: random.Random, f: Real, d: Doc) -> None:
    a, b = f.someone(), f.someone()
    d.add("SKADEANMELDELSE – MOTOR\n{firm} · {claim} · {policy}\n\n",
          firm=INSURER, claim=_claim(r), policy=_policy(r))  # fmt: skip
    d.add("Forsikringstager: {name}\nCPR-nr.: {cpr}\n", name=f.name(a, "caps"), cpr=f.cpr(a))
    if r.random() < 0.5:
        d.add("Fødselsdato: {dob}\n", dob=f.dob(a))
    d.add("Adresse: {addr}\nTelefon: {tel}\nE-mail: {mail}\n\n",
          addr=f.address("block"), tel=f.phone(), mail=f.email(a))  # fmt: skip
    cue, acct = f.account()
    d.add("Udbetaling til {bank}, {cue}{acct}\n", bank=r.choice(BANKS), cue=cue, acct=acct)
    d.add("Skadedato: {day}, {clock}\nEget køretøj: {car}, reg.nr. {plate}\n",
          day=_stamp(r), clock=_clock(r), car=r.choice(CARS), plate=f.plate())  # fmt: skip
    d.add("Modpart: {name}, {addr}, tlf. {tel}, bil {plate}\n\n",
          name=f.name(b, r.choice(("full", "three", "reverse"))), addr=f.address("line"),
          tel=f.phone(), plate=f.plate())  # fmt: skip
    d.add("Hændelsesforløb (skadelidtes egne ord): Jeg holdt for rødt ved {street}, da "
          "modpartens bil bakkede ind i min front. {other} sagde, at vi bare skulle udfylde "
          "papirerne, og at {wife} også havde nakkesmerter. Estimeret skade: {amount}\n",
          street=r.choice(STREETS), other=f.name(b, "given"), wife="min kone",
          amount=_amount(r))  # fmt: skip


def adjuster_notes(r: random.Random, f: Real, d: Doc) -> None:
    a, adj = f.someone(), f.someone()
    d.add("Taksatornotat {claim} ({firm})\nTaksator: {adj}\n\n",
          claim=_claim(r), firm=INSURER, adj=f.name(adj, "initial"))  # fmt: skip
    d.add("{day}: Besigtiget {car} {plate} hos {shop}. Skaden passer ikke med forklaringen; "
          "lakstøv fra en ældre skade. Reparation anslået til {amount}.\n",
          day=_stamp(r), car=r.choice(CARS), plate=f.plate(), shop=r.choice(WORKSHOPS),
          amount=_amount(r))  # fmt: skip
    d.add("{day}: Talt med {name} på {tel} {clock}. Skadelidte fastholder, at {again} ikke "
          "kendte modparten. Bor {addr}.\n",
          day=_stamp(r), name=f.name(a, "full"), tel=f.phone(), clock=_clock(r),
          again=f.name(a, "given"), addr=f.address(r.choice(("line", "street"))))  # fmt: skip
    d.add("{day}: {gen} CPR {cpr} tjekket mod tidligere skader: tre anmeldelser på to år, "
          "samme værksted ({cvr}).\n",
          day=_stamp(r), gen=f.name(a, "genitive"), cpr=f.cpr(a), cvr=_cvr(r))  # fmt: skip
    if r.random() < 0.5:
        d.add("{day}: SMS fra skadelidte: \"hej det er {low} jeg har sendt billederne\"\n",
              day=_stamp(r), low=f.name(a, "lower"))  # fmt: skip
    d.add("Indstilling: sagen sendes til svindelteamet. Ring ikke til kunden fra {line}.\n",
          line=r.choice(ORG_LINES))  # fmt: skip


def mail_thread(r: random.Random, f: Real, d: Doc) -> None:
    a, adj, smith = f.someone(), f.someone(), f.someone()
    shop = r.choice(WORKSHOPS)
    d.add("Fra: {adj} <{adjmail}>\nTil: {name} <{mail}>\nCc: {smithmail}\nEmne: {claim} – "
          "reparation af {car}\n\n",
          adj=f.name(adj, "full"), adjmail=f.staff_email(adj, INSURER), name=f.name(a, "full"),
          mail=f.email(a), smithmail=f.staff_email(smith, shop), claim=_claim(r),
          car=r.choice(CARS))  # fmt: skip
    d.add("Kære {given}\n\nVi har modtaget overslaget fra {shop} på {amount}. Før vi kan "
          "godkende, beder vi dig bekræfte din adresse:\n{addr}\nog dit telefonnummer {tel}.\n"
          "Med venlig hilsen\n{adj}\n{firm}, tlf. {line}\n\n",
          given=f.name(a, "given"), shop=shop, amount=_amount(r), addr=f.address("block"),
          tel=f.phone(), adj=f.name(adj, r.choice(("full", "initial"))), firm=INSURER,
          line=r.choice(ORG_LINES))  # fmt: skip
    d.add("> Fra: {mail}\n> Sendt: {day}\n> Hej, adressen er rigtig. Jeg blev i går ringet op "
          "af en {alias} fra {dept}, som bad om min kode",
          mail=f.email(a), day=_stamp(r), alias=f.alias(), dept=r.choice(DEPARTMENTS))  # fmt: skip
    if r.random() < 0.5:
        d.add(", og jeg gav vedkommende engangskoden {otp} og mit MitID-bruger-ID {uid}",
              otp=f.otp(), uid=f.mitid(a))  # fmt: skip
    d.add(". Er det jer?\n> Hilsen {sig}\n\nFra: {smith} ({smithmail})\nEmne: SV: {claim}\n"
          "Vi har ikke bestilt dele endnu. Mvh. {smithsig}, {shop}, {cvr}\n",
          sig=f.name(a, r.choice(("full", "three", "caps"))), smith=f.name(smith, "full"),
          smithmail=f.staff_email(smith, shop), claim=_claim(r),
          smithsig=f.name(smith, "given"), shop=shop, cvr=_cvr(r))  # fmt: skip


def witness(r: random.Random, f: Real, d: Doc) -> None:
    w, a = f.someone(), f.someone()
    d.add("VIDNEFORKLARING – {claim}\nAfgivet {day} over telefon til {firm}\n\n",
          claim=_claim(r), day=_stamp(r), firm=INSURER)  # fmt: skip
    d.add("Vidne: {name}, født {dob}\nBopæl: {addr}\nTlf.: {tel}\n",
          name=f.name(w, r.choice(("full", "three", "reverse", "caps"))), dob=f.dob(w),
          addr=f.address("block"), tel=f.phone())  # fmt: skip
    if r.random() < 0.4:
        d.add("Mail: {mail}\n", mail=f.email(w))
    d.add("\nJeg stod ved busstoppestedet på {street} {clock}. Den hvide {car} ({plate}) "
          "bremsede helt uden grund, og bilen bagved kunne ikke nå at stoppe. Føreren af den "
          "hvide bil, som jeg senere har fået at vide hedder {other}, steg ud og ringede til "
          "nogen, før han tjekkede {gen} bil. Jeg har ikke set {again} før.\n",
          street=r.choice(STREETS), clock=_clock(r), car=r.choice(CARS), plate=f.plate(),
          other=f.name(a, "full"), gen=f.name(a, "genitive"),
          again=f.name(a, r.choice(("initial", "caps", "given"))))  # fmt: skip
    d.add("Underskrevet: {sig}\n", sig=f.name(w, "full"))


def damage_report(r: random.Random, f: Real, d: Doc) -> None:
    drv, co = f.someone(), f.someone()
    d.add("{firm} – SKADERAPPORT ved returnering\nKontrakt {contract}, returneret {day} {clock}"
          "\n\n", firm=RENTAL, contract=_contract(r), day=_stamp(r), clock=_clock(r))  # fmt: skip
    d.add("Køretøj: {car}, {plate}\nLejer/fører: {name}\nEkstra fører: {co}\nKontakt: {tel}\n",
          car=r.choice(CARS), plate=f.plate(), name=f.name(drv, r.choice(("caps", "reverse"))),
          co=f.name(co, r.choice(("full", "three", "initial"))), tel=f.phone())  # fmt: skip
    d.add("Skader: bule i højre fordør, ridse i kofanger, knust sidespejl. Selvrisiko {amount}."
          "\nLejer oplyser, at bilen stod parkeret ud for {addr}, da skaden skete.\n",
          amount=_amount(r), addr=f.address("line"))  # fmt: skip
    d.add("Bemærkning: samme fører returnerede {plate} med tilsvarende skade i januar. "
          "Kontrolleret af {staff}. Sendt til svindelteamet ({line}).\n",
          plate=f.plate(), staff=f.name(f.someone(), "initial"),
          line=r.choice(ORG_LINES))  # fmt: skip


def payout_letter(r: random.Random, f: Real, d: Doc) -> None:
    a, adj = f.someone(), f.someone()
    d.add("{name}\n{addr}\n\n{firm}\n{day}\nVedr. {claim}, {policy}\n\n",
          name=f.name(a, r.choice(("full", "three", "caps"))), addr=f.address("block"),
          firm=INSURER, day=_stamp(r), claim=_claim(r), policy=_policy(r))  # fmt: skip
    d.add("Kære {given}\n\nVi har afsluttet behandlingen af din personskade og udbetaler "
          "{amount}. ", given=f.name(a, "given"), amount=_amount(r))  # fmt: skip
    if r.random() < 0.65:
        cue, acct = f.account()
        d.add("Beløbet overføres til din konto i {bank}, {cue}{acct}, inden for fem "
              "bankdage.\n", bank=r.choice(BANKS), cue=cue, acct=acct)  # fmt: skip
    else:
        d.add(
            "Efter dit ønske overføres beløbet til din udenlandske konto, IBAN {iban}.\n",
            iban=f.iban(),
        )
    d.add("Udbetalingen er registreret på CPR-nr. {cpr}. Spørgsmål: ring {line} eller skriv "
          "til os i {portal}.\n\nMed venlig hilsen\n{adj}\nPersonskadeafdelingen\n",
          cpr=f.cpr(a), line=r.choice(ORG_LINES), portal="Skadeportalen",
          adj=f.name(adj, r.choice(("full", "initial"))))  # fmt: skip


def investigation(r: random.Random, f: Real, d: Doc) -> None:
    ring = [f.someone() for _ in range(3)]
    victim = f.someone()
    d.add("EFTERFORSKNINGSRESUMÉ – iscenesatte uheld, {claim}\nUdarbejdet af {inv}, "
          "svindelteamet, {firm}\n\n", claim=_claim(r),
          inv=f.name(f.someone(), "full"), firm=INSURER)  # fmt: skip
    d.add("1. Hovedperson: {name} (f. {dob}), CPR {cpr}, {addr}, tlf. {tel}.\n",
          name=f.name(ring[0], r.choice(("full", "three", "reverse"))), dob=f.dob(ring[0]),
          cpr=f.cpr(ring[0]), addr=f.address("line"), tel=f.phone())  # fmt: skip
    d.add("2. {b} og {c} optræder som modparter i fire uheld med lejebiler fra {rental} "
          "({p1} og {p2}). {gen} telefon {tel} går igen i tre anmeldelser.\n",
          b=f.name(ring[1], r.choice(("full", "caps", "three"))),
          c=f.name(ring[2], r.choice(("full", "reverse"))), rental=RENTAL, p1=f.plate(),
          p2=f.plate(), gen=f.name(ring[1], "genitive"), tel=f.phone())  # fmt: skip
    d.add("3. Erstatningen på {amount} blev videreført til IBAN {iban}", amount=_amount(r),
          iban=f.iban())  # fmt: skip
    if r.random() < 0.5:
        cue, acct = f.account()
        d.add(" og derfra til {iban} og {cue}{acct}", iban=f.iban(), cue=cue, acct=acct)
    d.add(". Lejen blev betalt med kort {card}, udløb {exp}, CVV {cvv}.\n",
          card=f.card(), exp=f.expiry(), cvv=f.cvv())  # fmt: skip
    if r.random() < 0.75:
        d.add("4. Ringen ringede til skadelidte {v} som \"{alias} fra {dept}\" og fik "
              "MitID-bruger-ID {uid} og engangskoden {otp}.\n",
              v=f.name(victim, "full"), alias=f.alias(), dept=r.choice(DEPARTMENTS),
              uid=f.mitid(victim), otp=f.otp())  # fmt: skip
    d.add("Indstilling: politianmeldelse; udbetalinger standses ({stamp}).\n", stamp=_stamp(r))


def call_note(r: random.Random, f: Real, d: Doc) -> None:
    a, staff = f.someone(), f.someone()
    d.add("Opkaldsnotat {stamp} – indgående på {line}\nModtaget af: {staff}\n\n",
          stamp=_stamp(r), line=r.choice(ORG_LINES), staff=f.name(staff, "initial"))  # fmt: skip
    d.add("Kunden {name} ({cpr}) ringer fra {tel}. Kunden har en åben skade ({claim}) og "
          "blev {clock} ringet op af {alias} fra {dept}, som sagde, at udbetalingen skulle "
          "\"bekræftes\".\n",
          name=f.name(a, r.choice(("full", "three", "caps", "reverse"))), cpr=f.cpr(a),
          tel=f.phone(), claim=_claim(r), clock=_clock(r), alias=f.alias(),
          dept=r.choice(DEPARTMENTS))  # fmt: skip
    d.add("Kunden oplyste sit MitID-bruger-ID {uid} og læste koden {otp} op. Derefter bad "
          "{alias} om kortnummer {card} med udløb {exp} og kontrolcifre {cvv}.\n",
          uid=f.mitid(a), otp=f.otp(), alias=f.alias(), card=f.card(), exp=f.expiry(),
          cvv=f.cvv())  # fmt: skip
    d.add("Svindlerens nummer: {tel}. Kunden er henvist til {bank} og til at spærre kortet. "
          "Ny kontaktmail: {mail}. Notat til {gen} sag.\n",
          tel=f.phone(), bank=r.choice(BANKS), mail=f.email(a),
          gen=f.name(a, "genitive"))  # fmt: skip
    if r.random() < 0.4:
        d.add("Kunden skrev bagefter: \"det var {low} der ringede, undskyld\"\n",
              low=f.name(a, "lower"))  # fmt: skip


def rental_contract(r: random.Random, f: Real, d: Doc) -> None:
    drv = f.someone()
    d.add("{firm} – LEJEKONTRAKT (uddrag) {contract}\n{cvr}\n\n", firm=RENTAL,
          contract=_contract(r), cvr=_cvr(r))  # fmt: skip
    d.add("Lejer: {name}\nFødselsdato: {dob}\nAdresse: {addr}\nMobil: {tel}\nE-mail: {mail}\n"
          "Kørekort: [udeladt]\n",
          name=f.name(drv, r.choice(("full", "three", "reverse", "caps"))), dob=f.dob(drv),
          addr=f.address("block"), tel=f.phone(), mail=f.email(drv))  # fmt: skip
    d.add("Bil: {car}, {plate}. Udlejet {stamp}, retur senest {day}.\nDepositum {amount} "
          "reserveret på kort {card}, udløb {exp}",
          car=r.choice(CARS), plate=f.plate(), stamp=_stamp(r), day=_stamp(r),
          amount=_amount(r), card=f.card(), exp=f.expiry())  # fmt: skip
    if r.random() < 0.4:
        d.add(" (telefonisk booking, CVC {cvv})", cvv=f.cvv())
    d.add(".\nLejers underskrift: {sig}\nUdlejet af: {staff}\n",
          sig=f.name(drv, "full"), staff=f.name(f.someone(), "initial"))  # fmt: skip


BUILDERS: dict[str, Genre] = dict(
    zip(GENRES, (claim_form, adjuster_notes, mail_thread, witness, damage_report,
                 payout_letter, investigation, call_note, rental_contract), strict=True)
)  # fmt: skip


def generate(seed: str | int = SEED, size: int = SIZE) -> list[dict]:
    """The set: positives, then negatives from the same genres, pseudonymised."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs, seen = [], set()
    for i in range(size):
        kind = "negative" if i >= size - negatives else "positive"
        genre = GENRES[i % len(GENRES)]
        while True:
            doc = Doc()
            BUILDERS[genre](rng, Real(rng) if kind == "positive" else Pseudo(rng), doc)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append({"id": f"pii_blind66-{i:04d}", "genre": genre, "kind": kind,
                     "text": doc.text, "spans": doc.spans})  # fmt: skip
    return docs


if __name__ == "__main__":
    out = Path(sys.argv[1])
    with out.open("w", encoding="utf-8") as fh:
        for row in generate():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
