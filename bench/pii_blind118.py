"""A hundred-and-nineteenth blind, seeded generator of Danish text with labelled personal data
(issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets, towns, companies and products. Its theme is
a PHARMACY CHAIN (Kronapoteket, with the online pharmacy Kronapoteket Online and home delivery:
prescriptions fetched with MitID, delivery drivers, customer service) and the fraud it meets:
fake pharmacy web shops, delivery-fee SMS, phished customer accounts, a fake driver collecting
medicine at the door, refund scams. Eight genres: the online pharmacy's security incident log
("2026-11-04 09:14 | ..." lines: the customer's e-mail, address, phone, the code typed on a
fake login page, the MitID user ID), an e-mail thread (Fra:/Til:/Emne:) with a customer who was
sent a fake refund, a customer-service chat ("[14:02] Name: ...", customers typing their names
in lower case; the card, expiry, CVC and code given to a fake web shop), a form reporting a
suspicious delivery (name, CPR, address, phone, e-mail, the driver's number plate), the fraud
team's case notes on a refund scam (accounts, foreign IBANs, a scammer's alias), a fraud
hotline's call note (the caller's birth date after "født"), a police report of a fake driver
(the complainant's name in capitals, witnesses' addresses on two lines) and a letter from the
chain to a customer with a two-line address block. The organisations' own addresses (head
office, shops, the warehouse, police stations) occur in letterheads, signatures, forms, opening
hours and running text, and are never labelled.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("farmaceut", "chaufføren", "vidne"):
  "Holm, Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name typed in
  a chat ("mette") is PERSON; initials ("M. Holm", "Mette H.") are part of it. A scammer's
  alias ("Kasper fra Kronapotekets levering") is PERSON, the unit is not. Organisations,
  products, placeholders ("[NAVN]", "Kunde A", "Chauffør 1") and family words ("min mand")
  are never PERSON.
- ADDRESS (private persons only) runs from the street name through number, letter, floor and
  side ("14B", "2. th.", "st."), plus ", postcode town" on the same line or the next line of an
  address block (line break included). A street without a number is not an address, and the
  organisations' own addresses are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date
  with a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled
  only straight after "født", "f." or "Fødselsdato:"; no other date or time is labelled.
- PHONE: Danish 8-digit mobile and landline numbers (never 70 or 80) in the forms "+45
  20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045
  20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50", with the country code
  inside the span, and foreign numbers from the fiction ranges "+44 7700 900xxx" and "+46 70
  174 06 xx". The organisations' 70/80 lines, 1813 and 114 are never PHONE.
- EMAIL: every unmasked address (all on example.* domains), staff's too, each occurrence.
- BANK_ACCOUNT: "1234-0012345678" or "1234 0012345678" is one span; where the reg.nr. has its
  own word ("reg. 1234 konto 12345678", "reg.nr. 1234, kontonr. 0012345678") only the account
  is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by four
  or compact. CARD: Luhn-valid with a test prefix (TEST_PREFIXES), grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after "CVV", "CVC", "cvc" or
  "kontrolcifre"; OTP a one-time code sent, asked for or given (6 or 8 digits); MITID_USER a
  MitID user ID given as such; NUMBER_PLATE a Danish plate ("AB 12 345", "AB12345").
- Hard negatives, never labelled: amounts ("1.249,00 kr."), dates and times ("04.11.2026",
  "kl. 09.14", "[10:22]", "2026-11-04 09:14"), order, invoice, prescription, parcel and case
  numbers ("KA-482913", "RX-48213-07", "SV-26-0412", police journal numbers), CVR numbers,
  masked values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "DK71XXXXXXXXXX0932", "AB ** ***"), the organisations' 70/80 lines, organisations, banks,
  medicines, pseudonyms, family words and streets without a number. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, stand-ins ("[NAVN]",
  "[ADRESSE]") and pseudonyms ("Kunde A") remain. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind118 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 118_2026
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "hændelseslog",
    "mailtråd",
    "chat",
    "formular",
    "sagsnotat",
    "hotline",
    "politianmeldelse",
    "brev",
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


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4242", "4000", "4012", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "LT": 20, "GB": 22, "NL": 18, "PL": 28}
MOBILE = _words("20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61")
LANDLINE = _words(
    "32 33 35 36 38 39 43 44 45 46 47 48 49 54 56 57 58 59 62 63 64 65 66 69 72 73 74 75 76 "
    "86 87 89 96 97 98 99"
)

WOMEN = _words(
    "Mette Hanne Birgit Lone Susanne Kirsten Ida Freja Signe Camilla Louise Rikke Tove Grethe "
    "Inger Karen Pia Malene Sofie Nanna Astrid Maja Ulla Bodil Dorthe Vibeke Jytte Aisha "
    "Fatima Leyla Ewa Gitte Helle Lene Sara Lærke Julie Line Trine Cecilie"
)
MEN = _words(
    "Søren Henrik Kasper Mikkel Rasmus Jesper Ole Poul Bent Preben Torben Kim Jørgen Frederik "
    "Emil Magnus Oliver Villads Carsten Flemming Ahmad Omar Tariq Piotr Duc Kaj Erik Allan "
    "Brian Kenneth Palle Finn Anders Nikolaj Tobias Morten Dennis"
)
MIDDLE = _words("Marie Louise Kathrine Sofie Elisabeth Juul Bech Krogh Munk Skov Dam Lund Holt")
SURNAMES = _words(
    "Holm Kragh Lindberg Dalsgaard Bech Vestergaard Nørgaard Kjeldsen Thygesen Bundgaard "
    "Overgaard Skovbo Mikkelsen Lauridsen Brix Hvid Buch Juul Krogh Winther Enevoldsen "
    "Frandsen Østergaard Hald Bang Staunstrup Yilmaz Hussain Nguyen Kowalski Sørensen "
    "Damgaard Kirkegaard Toft Ravn Lykke Bøgh Iversen Klitgaard Mortensen Petersen "
    "Kristoffersen"
)
STAFF_FIRST = _words(
    "Sara Lærke Anders Nikolaj Julie Camilla Tobias Line Morten Trine Dennis Cecilie"
)

STREETS = _words(
    "Kastanievej Hybenvej Mågevej Solsortevej Egevænget Bøgehøjen Lærkevej Rosenhaven "
    "Kløvermarken Skovbrynet Møllevangen Toftegårdsvej Engdraget Præstemarken Hvidkløvervej "
    "Ryttergade Syrenvej Pilehaven Birkeparken Havrevænget Fasanvej Agerhønevej"
)
TOWNS = (
    "2600 Glostrup",
    "4000 Roskilde",
    "5230 Odense M",
    "8260 Viby J",
    "9220 Aalborg Øst",
    "7100 Vejle",
    "6700 Esbjerg",
    "3400 Hillerød",
    "4700 Næstved",
    "8600 Silkeborg",
    "2860 Søborg",
    "2770 Kastrup",
    "8900 Randers C",
    "6000 Kolding",
    "4200 Slagelse",
    "3000 Helsingør",
    "2730 Herlev",
    "7500 Holstebro",
    "5700 Svendborg",
    "8700 Horsens",
)


@dataclass(frozen=True)
class Site:
    name: str
    street: str
    town: str
    hours: str


SITES = (
    Site("Kronapoteket, hovedkontor", "Gammel Kongevej 96", "1850 Frederiksberg C", "8.30-16.00"),
    Site("Kronapoteket Vesterbro", "Istedgade 131", "1650 København V", "9.00-19.00"),
    Site("Kronapoteket Aarhus C", "Frederiksgade 58", "8000 Aarhus C", "9.00-18.00"),
    Site("Kronapoteket Odense", "Vestergade 77", "5000 Odense C", "9.00-17.30"),
    Site("Kronapoteket Aalborg", "Boulevarden 19", "9000 Aalborg", "9.00-18.00"),
    Site("Kronapoteket Roskilde", "Algade 41", "4000 Roskilde", "9.30-17.30"),
    Site(
        "Kronapoteket Online, lager og udlevering",
        "Industrivej Nord 12",
        "7400 Herning",
        "8.00-15.00",
    ),
    Site("Hjemlevering Nord ApS", "Transportvej 8", "9220 Aalborg Øst", "7.00-16.00"),
)
POLICE = (
    Site("Københavns Politi", "Polititorvet 14", "1567 København V", "døgnet rundt"),
    Site("Fyns Politi", "Ørbækvej 100", "5220 Odense SØ", "8.00-15.00"),
    Site("Østjyllands Politi", "Ridderstræde 1", "8000 Aarhus C", "8.00-15.00"),
    Site("Nordjyllands Politi", "Jyllandsgade 27", "9000 Aalborg", "8.00-15.00"),
    Site("Midt- og Vestsjællands Politi", "Skovbogade 3", "4000 Roskilde", "8.00-15.00"),
)
ORG_ADDRESSES = tuple(site.street for site in SITES + POLICE)
CVR = ("CVR-nr. 31847296", "CVR-nr. 40518273")
ORG_LINES = ("70 15 42 42", "70 20 88 11", "80 30 12 12", "1813")
COMPANIES = (
    "Kronapoteket Online",
    "Kronapoteket",
    "Hjemlevering Nord",
    "PostNord",
    "e-Boks",
    "Lægemiddelstyrelsen",
    "Sundhed.dk",
)
BANKS = (
    "Danske Bank",
    "Nordea",
    "Jyske Bank",
    "Sydbank",
    "Spar Nord",
    "Lunar",
    "Arbejdernes Landsbank",
)
PRODUCTS = (
    "Panodil",
    "Ipren",
    "Pinex",
    "Nicorette",
    "Zyrtec",
    "Otrivin",
    "Wegovy",
    "Ozempic",
    "Kronapotekets D3-vitamin",
    "Treo",
)
FAKE_SHOPS = (
    "apotek-billig.example.net",
    "kronapotek-dk.example.com",
    "medicin24.example.net",
    "apoteket-levering.example.com",
    "vaegttab-apotek.example.net",
)
FAMILY = (
    "min mand",
    "min kone",
    "min mor",
    "min far",
    "min datter",
    "min søn",
    "svigermor",
    "barnebarnet",
)
ALIAS_UNITS = (
    "Kronapotekets levering",
    "Kronapoteket Online",
    "kundeservice",
    "MitID-support",
    "Hjemlevering Nord",
)
PSEUDONYMS = ("Kunde A", "Medarbejder A", "Medarbejder B", "Vidne 1", "Pårørende A")
MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
FLOORS = ("st.", "st. th.", "1. th.", "1. tv.", "2. th.", "2. tv.", "3. mf.", "4. th.")
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"

Item = str | tuple[str, str]


def grouped(compact: str) -> str:
    """The value in groups of four (cards and IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def _ascii(word: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "-": ""})
    return word.lower().translate(table).replace(" ", "")


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    birth: date

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class Doc:
    """A document under construction: text pieces and the spans of the labelled ones."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.r = rng
        self.neg = neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def __call__(self, *items: Item) -> None:
        for item in items:
            if isinstance(item, tuple):
                value, kind = item
                if kind:
                    self.spans.append(
                        {"start": self.pos, "end": self.pos + len(value), "type": kind}
                    )
            else:
                value = item
            self.parts.append(value)
            self.pos += len(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # --- people -------------------------------------------------------------------------
    def person(self, middle: float = 0.15, hyphen: float = 0.15) -> Person:
        r = self.r
        first = r.choice(WOMEN + MEN)
        last = r.choice(SURNAMES)
        if r.random() < hyphen:
            other = r.choice([s for s in SURNAMES if s != last])
            last = f"{last}-{other}"
        mid = r.choice(MIDDLE) if r.random() < middle else ""
        birth = date(1936, 1, 1) + timedelta(days=r.randrange(365 * 70))
        return Person(first, mid, last, birth)

    def name(self, p: Person, form: str = "full", pseudo: str = "[NAVN]") -> Item:
        if self.neg:
            return pseudo
        value = {
            "full": p.full,
            "first": p.first,
            "short": f"{p.first} {p.last}",
            "surname_first": f"{p.last}, {p.first}",
            "upper": p.full.upper(),
            "initial": f"{p.first[0]}. {p.last}",
            "initial_last": f"{p.first} {p.last[0]}.",
            "lower": p.first.lower(),
            "lowerfull": f"{p.first} {p.last}".lower(),
            "gen": f"{p.full}s",
            "genfirst": f"{p.first}s",
        }[form]
        return (value, "PERSON")

    def any_form(self, p: Person, pseudo: str = "[NAVN]") -> Item:
        forms = ("full", "full", "short", "surname_first", "initial", "initial_last", "first")
        return self.name(p, self.r.choice(forms), pseudo)

    # --- identifiers ----------------------------------------------------------------------
    def cpr(self, p: Person) -> Item:
        r = self.r
        century = r.choice("0123") if p.birth.year < 2000 else "4"
        while True:
            digits = p.birth.strftime("%d%m%y") + century + f"{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        if self.neg:
            return r.choice(("[CPR]", p.birth.strftime("%d%m%y") + "-xxxx"))
        d = digits
        value = r.choice(
            (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        )
        return (value, "CPR")

    def dob(self, p: Person) -> Item:
        if self.neg:
            return "[dato]"
        b = p.birth
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return (value, "DATE_OF_BIRTH")

    def phone(self) -> Item:
        r = self.r
        if self.neg:
            return r.choice(("[TLF]", f"+45 ** ** ** {r.randrange(10, 100)}"))
        roll = r.random()
        if roll < 0.06:
            return (f"+44 7700 900{r.randrange(1000):03d}", "PHONE")
        if roll < 0.12:
            return (f"+46 70 174 06 {r.randrange(5, 100):02d}", "PHONE")
        s = r.choice(MOBILE + MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = " ".join(s[i : i + 2] for i in range(0, 8, 2))
        value = r.choice(
            (
                f"+45 {s}",
                f"+45 {pairs}",
                f"+45 {s[:4]} {s[4:]}",
                f"{s[:4]} {s[4:]}",
                f"(+45) {pairs}",
                f"0045 {s}",
                pairs,
                s,
                f"+45{s}",
                pairs.replace(" ", "."),
            )
        )
        return (value, "PHONE")

    def mail(self, p: Person) -> Item:
        r = self.r
        first, last = _ascii(p.first), _ascii(p.last.split("-")[0])
        local = r.choice(
            (
                f"{first}.{last}",
                f"{first}{last}",
                f"{first}{p.birth.year % 100:02d}",
                f"{first[0]}{last}",
                f"{first}_{last}",
            )
        )
        domain = r.choice(("example.dk", "example.com", "mail.example.dk", "example.net"))
        if self.neg:
            return r.choice(("[e-mail]", f"{local[0]}***@{domain}"))
        return (f"{local}@{domain}", "EMAIL")

    def masked_mail(self, p: Person) -> str:
        return f"{_ascii(p.first)[0]}***@{self.r.choice(('example.dk', 'example.com'))}"

    def staff_mail(self, first: str) -> Item:
        value = f"{_ascii(first)}@kronapoteket.example.dk"
        if self.neg:
            return f"{value[0]}***@kronapoteket.example.dk"
        return (value, "EMAIL")

    def account(self) -> list[Item]:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        if self.neg:
            if r.random() < 0.5:
                return ["[kontonr.]"]
            return [f"reg. {reg} konto ******{r.randrange(1000, 10000)}"]
        acc10 = f"{r.randrange(10**9, 10**10):010d}"
        roll = r.randrange(4)
        if roll == 0:
            return [(f"{reg}-{acc10}", "BANK_ACCOUNT")]
        if roll == 1:
            return [(f"{reg} {acc10}", "BANK_ACCOUNT")]
        if roll == 2:
            return [f"reg. {reg} konto ", (acc10[r.randrange(3) :], "BANK_ACCOUNT")]
        return [f"reg.nr. {reg}, kontonr. ", (acc10, "BANK_ACCOUNT")]

    def iban(self, countries: str = "DK DE SE LT GB NL PL") -> Item:
        r = self.r
        cc = r.choice(countries.split())
        n = IBAN_LENGTH[cc] - 4
        if cc in ("GB", "NL"):
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUWXZ") for _ in range(4))
            bban += "".join(str(r.randrange(10)) for _ in range(n - 4))
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(n))
        numeric = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        compact = f"{cc}{98 - numeric % 97:02d}{bban}"
        if self.neg:
            return f"{cc}{compact[2:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
        return (grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self) -> Item:
        r = self.r
        if self.neg:
            return r.choice(
                (f"**** **** **** {r.randrange(1000, 10000)}", f"******{r.randrange(1000, 10000)}")
            )
        body = r.choice(TEST_PREFIXES)
        while len(body) < 15:
            body += str(r.randrange(10))
        compact = next(body + str(d) for d in range(10) if _luhn_ok(body + str(d)))
        return (grouped(compact) if r.random() < 0.6 else compact, "CARD")

    def expiry(self) -> Item:
        r = self.r
        if self.neg:
            return "**/**"
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        value = f"{month:02d}/{year}" if r.random() < 0.75 else f"{month:02d}/20{year}"
        return (value, "CARD_EXPIRY")

    def cvv(self) -> list[Item]:
        r = self.r
        cue = r.choice(("CVV ", "CVC ", "cvc ", "kontrolcifre "))
        if self.neg:
            return [cue, "***"]
        value = f"{r.randrange(200, 1000)}"
        return [cue, (value, "CARD_CVV")]

    def otp(self) -> Item:
        r = self.r
        if self.neg:
            return "[kode]"
        value = (
            f"{r.randrange(10**5, 10**6)}" if r.random() < 0.7 else f"{r.randrange(10**7, 10**8)}"
        )
        return (value, "OTP")

    def mitid(self, p: Person) -> Item:
        r = self.r
        if self.neg:
            return "[bruger-ID]"
        stem = r.choice((_ascii(p.first), _ascii(p.first) + _ascii(p.last.split("-")[0])))
        year = p.birth.year
        tail = f"{year % 100:02d}" if r.random() < 0.6 else f"{year}"
        return (stem + tail, "MITID_USER")

    def plate(self) -> Item:
        r = self.r
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        if self.neg:
            return f"{letters} ** ***"
        digits = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.72 else letters + digits
        return (value, "NUMBER_PLATE")

    def address(self, block: bool = False, town: bool = True) -> Item:
        r = self.r
        if self.neg:
            return "[ADRESSE]"
        street = f"{r.choice(STREETS)} {r.randrange(1, 120)}"
        if r.random() < 0.2:
            street += r.choice("ABCD")
        if r.random() < 0.35:
            street += ", " + r.choice(FLOORS)
        if block:
            return (f"{street}\n{r.choice(TOWNS)}", "ADDRESS")
        if town:
            return (f"{street}, {r.choice(TOWNS)}", "ADDRESS")
        return (street, "ADDRESS")

    # --- hard negatives ---------------------------------------------------------------------
    def amount(self) -> str:
        r = self.r
        kroner = r.choice((r.randrange(29, 400), r.randrange(400, 3000), r.randrange(3000, 40000)))
        whole = f"{kroner:,}".replace(",", ".")
        return f"{whole},{r.choice(('00', '95', '50', '75'))} kr."

    def day(self) -> date:
        return date(2026, 1, 1) + timedelta(days=self.r.randrange(340))

    def clock(self) -> str:
        return f"{self.r.randrange(7, 22):02d}.{self.r.randrange(60):02d}"

    def order(self) -> str:
        return f"KA-{self.r.randrange(100000, 1000000)}"

    def rx(self) -> str:
        return f"RX-{self.r.randrange(10000, 100000)}-{self.r.randrange(1, 100):02d}"

    def case(self) -> str:
        return f"SV-26-{self.r.randrange(1000, 10000)}"

    def journal(self) -> str:
        r = self.r
        parts = (r.randrange(1000, 10000), r.randrange(10000, 100000), r.randrange(10000, 100000))
        return "-".join(map(str, parts)) + "-26"

    def staff(self, pseudo: str = "Medarbejder A") -> tuple[Person, Item]:
        p = self.person(middle=0.0, hyphen=0.05)
        p = Person(self.r.choice(STAFF_FIRST), "", p.last, p.birth)
        return p, self.name(p, self.r.choice(("short", "short", "first")), pseudo)

    def org_address(self, site: Site | None = None) -> None:
        """One of the organisations' own addresses, written one of many ways (never labelled)."""
        r = self.r
        s = site or r.choice(SITES)
        cvr = r.choice(CVR)
        line = r.choice(ORG_LINES[:2])
        style = r.randrange(9)
        if style == 0:
            self(f"{s.name}, {s.street}, {s.town}")
        elif style == 1:
            self(f"{s.name}\n{s.street}\n{s.town}")
        elif style == 2:
            self(f"{s.name} · {s.street} · {s.town} · {cvr} · tlf. {line}")
        elif style == 3:
            self(f"Kom forbi {s.name} på {s.street} (åbent {s.hours}), så hjælper vi.")
        elif style == 4:
            self(f"Afsender: {s.name}, {s.street}, {s.town}")
        elif style == 5:
            self(f"Åbningstider i {s.name}, {s.street}: hverdage {s.hours}")
        elif style == 6:
            self(f"Kort: {s.street}, {s.town.split(' ', 1)[1]} – udlevering ved skranken")
        elif style == 7:
            self(f"{s.name}, {s.street} ({cvr})")
        else:
            self(f"Varen kan afhentes på {s.street} i {s.town.split(' ', 1)[1]}.")


# --- genres ---------------------------------------------------------------------------------


def incident_log(d: Doc) -> None:
    r = d.r
    p = d.person()
    staff, staff_name = d.staff()
    day = d.day()
    shop = r.choice(FAKE_SHOPS)
    t = [
        f"{day:%Y-%m-%d} {h:02d}:{m:02d}"
        for h, m in sorted((r.randrange(6, 22), r.randrange(60)) for _ in range(7))
    ]
    d(f"Kronapoteket Online – sikkerhedslog, sag {d.case()}\n")
    d(f"{t[0]} | Login på kundekonto ", d.mail(p), " fra ny enhed (udenlandsk IP)\n")
    d(f"{t[1]} | Leveringsadresse ændret fra ", d.address(), " til en pakkeshop\n")
    d(f"{t[2]} | Nyt mobilnummer ", d.phone(), " tilføjet kontoen\n")
    d(f"{t[3]} | Ordre {d.order()} ({d.amount()}) med {r.choice(PRODUCTS)} oprettet\n")
    d(
        f"{t[4]} | Kunden ",
        d.name(p, r.choice(("full", "short", "surname_first")), "Kunde A"),
        f" ringede {ORG_LINES[1]}: har indtastet engangskoden ",
        d.otp(),
        f" på {shop}\n",
    )
    d(f"{t[5]} | Kunden oplyste MitID-bruger-ID ", d.mitid(p), "; konto spærret, ")
    d("kort ", d.card() if r.random() < 0.4 else f"**** **** **** {r.randrange(1000, 10000)}")
    d(" blokeret hos banken\n")
    if r.random() < 0.5:
        d(f"{t[6]} | Budbil ", d.plate(), " afvist ved udlevering; ")
        d(f"bilen holdt ved {r.choice(STREETS)}, ikke på adressen\n")
    else:
        d(f"{t[6]} | Sendt besked til ", d.masked_mail(p), " og e-Boks\n")
    d("Behandlet af ", staff_name, " (", d.staff_mail(staff.first), ")\n")
    if r.random() < 0.6:
        d.org_address(r.choice(SITES[6:7] + SITES[:1]))
        d("\n")


def mail_thread(d: Doc) -> None:
    r = d.r
    p = d.person()
    staff, staff_name = d.staff()
    day = d.day()
    order = d.order()
    d("Fra: ", d.name(p, r.choice(("full", "short")), "Kunde A"), " <", d.mail(p), ">\n")
    d("Til: ", d.staff_mail("kundeservice"), "\n")
    d(f"Emne: Refusion af ordre {order}?\nDato: {day:%d.%m.%Y} kl. {d.clock()}\n\n")
    d(f"Hej. Jeg fik en sms om at {d.amount()} for min ordre {order} skulle refunderes, ")
    d("og jeg skrev mit ", *d.account(), " på siden ", r.choice(FAKE_SHOPS), ". ")
    if r.random() < 0.5:
        d(f"Bagefter blev der trukket {d.amount()} til ", d.iban(), ". ")
    if r.random() < 0.5:
        d(f"Det var {r.choice(FAMILY)} der opdagede det. ")
    d("Kan I hjælpe?\n\nMvh ", d.name(p, r.choice(("first", "short", "initial_last")), "Kunde A"))
    d("\nTlf. ", d.phone(), "\n\n")
    d("> Fra: ", staff_name, " <", d.staff_mail(staff.first), ">\n")
    d("> Kære ", d.name(p, "first", "Kunde A"), ", Kronapoteket sender aldrig sms om refusion. ")
    d(f"Kontakt {r.choice(BANKS)} straks og ring {ORG_LINES[2]}. Vi har noteret sagen som ")
    d(f"{d.case()}.\n> Venlig hilsen ", staff_name, "\n> ")
    if r.random() < 0.75:
        d.org_address()
    else:
        d(f"Kronapoteket kundeservice, tlf. {ORG_LINES[0]}")
    d("\n")


def chat(d: Doc) -> None:
    r = d.r
    p = d.person(middle=0.1)
    staff, _ = d.staff()
    day = d.day()
    h, m = r.randrange(8, 21), r.randrange(0, 30)
    typed = r.choice(("lower", "lower", "lowerfull", "first", "short"))
    cust = d.name(p, typed, "Kunde A")
    agent = d.name(staff, r.choice(("first", "short")), "Medarbejder A")
    shop = r.choice(FAKE_SHOPS)

    def line(who: Item, *items: Item) -> None:
        nonlocal m
        m += r.randrange(1, 3)
        d(f"[{h:02d}:{m:02d}] ", who, ": ", *items, "\n")

    d(f"Chat med Kronapoteket Online – {day:%d.%m.%Y}\n")
    line(agent, "Hej, du skriver med kundeservice. Hvad kan jeg hjælpe med?")
    line(cust, f"jeg har bestilt {r.choice(PRODUCTS)} på {shop} og betalt {d.amount()}")
    line(agent, "Den side er ikke vores. Hvilke oplysninger har du givet?")
    line(cust, "kortet ", d.card(), " udløb ", d.expiry(), " og ", *d.cvv())
    line(agent, "Fik du også en kode på sms?")
    line(cust, "ja koden ", d.otp(), " den tastede jeg ind")
    line(agent, "Har du et telefonnummer vi kan ringe på?")
    line(cust, d.phone())
    if r.random() < 0.5:
        line(
            cust,
            f"det er {r.choice(FAMILY)} der har hjulpet mig, hun hedder ",
            d.name(d.person(), "short", "Pårørende A"),
        )
    line(agent, f"Spær kortet hos {r.choice(BANKS)} nu. Vi opretter sag {d.case()}.")
    if r.random() < 0.5:
        m += 1
        d(f"[{h:02d}:{m:02d}] ", agent, ": Vi kan også hjælpe dig i butikken. ")
        d.org_address(r.choice(SITES[1:6]))
        d("\n")
    line(cust, "tak for hjælpen")


def form(d: Doc) -> None:
    r = d.r
    p = d.person()
    day = d.day()
    d("INDBERETNING – mistænkelig hjemlevering\n")
    d(f"Sagsnr.: {d.case()}   Modtaget: {day:%d.%m.%Y} kl. {d.clock()}\n")
    d("Navn: ", d.name(p, r.choice(("full", "surname_first", "surname_first")), "Kunde A"), "\n")
    d("CPR-nr.: ", d.cpr(p), "\n")
    d("Adresse: ", d.address(), "\n")
    d("Telefon: ", d.phone(), "\n")
    d("E-mail: ", d.mail(p), "\n")
    d(f"Recept: {d.rx()} ({r.choice(PRODUCTS)})\n")
    d("Chaufførens bil: ", d.plate(), "\n")
    d("Beskrivelse: En mand kom og ville hente medicinen igen og opkræve ")
    d(f"{d.amount()} i gebyr. Han holdt ved {r.choice(STREETS)}. ")
    if r.random() < 0.5:
        d(
            "Han udgav sig for at være ",
            d.name(d.person(), "first", "[NAVN]"),
            f" fra {r.choice(ALIAS_UNITS)}. ",
        )
    d(f"{r.choice(FAMILY).capitalize()} så bilen.\n")
    if r.random() < 0.7:
        d("Modtaget af: ")
        d.org_address()
        d("\n")


def case_notes(d: Doc) -> None:
    r = d.r
    p = d.person()
    _staff, staff_name = d.staff("Medarbejder B")
    day = d.day()
    d(f"Sagsnotat {d.case()} – refusionssvindel\nOprettet {day:%d.%m.%Y} af ", staff_name, "\n\n")
    d("Kunden ", d.name(p, r.choice(("full", "surname_first", "initial")), "Kunde A"), " (")
    d(d.mail(p) if r.random() < 0.7 else d.masked_mail(p), ") fik sms om ")
    d(f"dobbeltbetaling af ordre {d.order()} ({d.amount()}). ")
    d(
        "Svindleren udgav sig for at være ",
        d.name(d.person(), "first", "[NAVN]"),
        f" fra {r.choice(ALIAS_UNITS)} og bad om kontonummer. ",
    )
    d("Kunden oplyste ", *d.account(), f" ({r.choice(BANKS)}). ")
    d("Pengene gik videre til ", d.iban(), " og ", d.iban("DE LT PL GB"), ".\n")
    if r.random() < 0.5:
        d(d.name(p, "genfirst", "Kunde As"), " datter ringede senere fra ", d.phone(), ".\n")
    else:
        d("Kunden kan træffes på ", d.phone(), f" efter kl. {d.clock()}.\n")
    d("Refusion fra Kronapoteket: ingen. Kunden er rådet til at anmelde det på 114.\n")
    if r.random() < 0.6:
        d("Kunden henvist til ")
        d.org_address(r.choice(SITES[1:6]))
        d("\n")


def hotline(d: Doc) -> None:
    r = d.r
    p = d.person(middle=0.25)
    _staff, staff_name = d.staff()
    d(f"Opkald til svindel-hotline {ORG_LINES[2]}, {d.day():%d.%m.%Y} kl. {d.clock()}\n")
    d("Modtaget af ", staff_name, "\n")
    cue = r.choice(("født ", "f. ", "Fødselsdato: "))
    d(
        "Ringer: ",
        d.name(p, r.choice(("full", "short", "surname_first")), "Kunde A"),
        f", {cue}",
        d.dob(p),
        "\n",
    )
    d("Tlf.: ", d.phone(), "\n")
    if r.random() < 0.5:
        d("Adresse: ", d.address(), "\n")
    d(f"Forløb: Kunden fik sms om et leveringsgebyr på {d.amount()} for en pakke fra ")
    d("Kronapoteket og gav kortnummer ", d.card(), ", udløb ", d.expiry(), ", ", *d.cvv(), ". ")
    if r.random() < 0.5:
        d("Bagefter loggede hun ind med MitID-bruger-ID ", d.mitid(p), " og sms-koden ", d.otp())
        d(". ")
    if r.random() < 0.3:
        d("Kunden har CPR-nr. ", d.cpr(p), " noteret til banken. ")
    d(f"Rådgivet om at spærre kortet ({r.choice(BANKS)}) og ændre kode. Ved akut behov for ")
    d(f"medicin i aften: lægevagten på {ORG_LINES[3]}.\n")
    if r.random() < 0.5:
        d("Hentning af medicin henvist til ")
        d.org_address(r.choice(SITES[1:6]))
        d("\n")


def police_report(d: Doc) -> None:
    r = d.r
    p = d.person(middle=0.3, hyphen=0.25)
    station = r.choice(POLICE)
    witness = d.person()
    d(f"{station.name}\n")
    if r.random() < 0.8:
        d(f"{station.street}, {station.town}\n")
    d(f"Journalnr. {d.journal()}\nANMELDELSE – bedrageri, falsk medicinbud\n\n")
    d("Anmelder: ", d.name(p, "upper", "[NAVN]"), "\n")
    d("CPR-nr.: ", d.cpr(p), "\n")
    d("Adresse: ", d.address(block=True), "\n")
    d("Tlf.: ", d.phone(), "\n\n")
    d("Forklaring: Anmelder, født ", d.dob(p), f", oplyste, at en mand den {d.day():%d.%m.%Y} ")
    d(
        f"kl. {d.clock()} ringede på og udgav sig for at være ",
        d.name(d.person(), "first", "[NAVN]"),
        f" fra {r.choice(ALIAS_UNITS)}. ",
    )
    d(f"Han tog en pose med {r.choice(PRODUCTS)} og opkrævede {d.amount()} på MobilePay. ")
    d("Bilen havde nummerpladen ", d.plate())
    if r.random() < 0.4:
        d(" og senere ", d.plate())
    d(f". {r.choice(FAMILY).capitalize()} var til stede.\n")
    d("Vidne: ", d.name(witness, r.choice(("full", "short", "surname_first")), "Vidne 1"), "\n")
    d(d.address(block=True), "\n")
    if r.random() < 0.5:
        d("Vidnet så bilen holde ved ", r.choice(STREETS), ".\n")
    d("Kronapoteket Online (CVR-nr. 31847296) er underrettet. Sagen kan oplyses på 114.\n")


def letter(d: Doc) -> None:
    r = d.r
    p = d.person(middle=0.2, hyphen=0.2)
    site = r.choice(SITES[:6])
    _staff, staff_name = d.staff()
    if r.random() < 0.7:
        d(f"Kronapoteket\n{site.street} · {site.town} · {r.choice(CVR)}\n\n")
    else:
        d("Kronapoteket\n\n")
    d(d.name(p, r.choice(("full", "short")), "[NAVN]"), "\n", d.address(block=True), "\n\n")
    d(f"{site.town.split(' ', 1)[1]}, {d.day():%d.%m.%Y}\nVedr.: ordre {d.order()}\n\n")
    d("Kære ", d.name(p, "first", "[NAVN]"), "\n\n")
    d("Vi har registreret, at din konto hos Kronapoteket Online blev brugt fra en falsk side, ")
    d(f"og at der er bestilt {r.choice(PRODUCTS)} for {d.amount()} i alt. ")
    d(f"Vi har lukket adgangen. Kontakt os på {ORG_LINES[0]} eller ", d.staff_mail("kundeservice"))
    d(". ")
    if r.random() < 0.5:
        d("Beløbet tilbageføres til ", *d.account(), ". ")
    if r.random() < 0.4:
        d("Vi skriver også til ", d.name(p, "gen", "[NAVN]s"), " e-Boks.")
    d("\n\nMed venlig hilsen\n", staff_name, "\nfarmaceut\n")
    if r.random() < 0.6:
        d.org_address(site)
        d("\n")


WRITERS: dict[str, Callable[[Doc], None]] = dict(
    zip(
        GENRES,
        (incident_log, mail_thread, chat, form, case_notes, hotline, police_report, letter),
        strict=True,
    )
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, the last NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs = []
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        neg = i >= size - negatives
        d = Doc(rng, neg)
        WRITERS[genre](d)
        docs.append(
            {
                "id": f"b118-{i:04d}",
                "genre": genre,
                "kind": "negative" if neg else "positive",
                "text": d.text,
                "spans": [] if neg else d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind118.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
