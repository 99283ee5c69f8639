"""A hundred-and-fifteenth blind, seeded generator of Danish text with labelled personal data.

Issue 18. Written from scratch without looking at the recognisers, their word lists or the other
generators' bodies, so that it can serve as a held-out test set. Its theme is a MARINA, A BOAT
CLUB AND USED-BOAT SALES: fake sellers of boats and outboard engines, berths let by people who
do not own them, boat trailers stolen from driveways, overpayment scams on boats sold privately
and club members phished for their card or MitID. Eight genres:
- "havnelog": the harbour office's incident log of a berth-rental fraud (timestamped lines);
- "mail": an e-mail thread (Fra:/Til:/Dato:/Emne:) between a phished member and the treasurer;
- "chat": a used-boat marketplace chat ("[14:02] Name: ...") between a buyer and a fake seller;
- "sagsnotat": a bank fraud team's case note on an overpayment scam on a boat sale;
- "opkald": a call note of the club's fraud hotline (MitID user ID given, a code read out);
- "politirapport": a police report of a stolen boat trailer (witnesses, a suspect);
- "brev": the marina's letter to a member (address block, letterhead, signature);
- "formular": a berth application form with the applicant's data and a staff remark.

The labelling contract (exact character offsets, "start" inclusive, "end" exclusive):
- PERSON: a person's name as written, without title or role words ("havnefoged", "kasserer",
  "vidne"). It may be lower case ("ali" in a chat), in capitals ("METTE HOLM"), surname first
  ("Holm, Mette", one span), with a genitive s ("Mettes"), hyphenated ("Anne-Marie",
  "Bech-Nielsen"), of three words, or with an initial ("J. Lund"). A scammer's alias ("Mikkel
  fra havnekontoret") is PERSON by its name only. Organisations, boats, engines, placeholders
  ("[NAVN]", "Medlem A", "Kunde 1") and family words ("min mand") are never PERSON.
- ADDRESS: a private person's street, number, letter, floor and side ("12B, 2. th."), with
  ", postcode town" on the same line or on the next line of a block (the line break inside the
  span). A street named without a number is no address. The ADDRESSES OF ORGANISATIONS (the
  harbour office, the club house, the police station, the bank, the dealers: ORG_ADDRESSES) are
  never labelled, however they are framed.
- CPR: synthetic numbers, a real birth date with a fitting seventh digit (0-3 for the 1900s, 4
  for 2000-2005) and a serial that makes modulus 11 FAIL; "DDMMYY-SSSS", "DDMMYYSSSS",
  "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date with a four-digit year ("4.
  juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") straight after "født ", "f. " or
  "Fødselsdato: "; no other date or time is labelled.
- PHONE: Danish 8-digit numbers from the MOBILE and LANDLINE leads in the ten written forms
  ("+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50"), the country code
  inside the span; foreign numbers only from fiction ranges ("+44 7700 900123", "+46 70 174 06
  55"). The organisations' 70/80 numbers (ORG_LINES) and 114 are never PHONE.
- EMAIL: every unmasked address (all on example.* domains), staff and organisations included.
- BANK_ACCOUNT: "1234-0012345678" or "1234 0012345678" as one span; where the reg.nr. has its
  own word ("reg. 1234 konto 12345678", "reg.nr. 1234, kontonr. 0012345678") only the account.
  IBAN: valid check digits and length (IBAN_LENGTH), by four or compact. CARD: Luhn-valid with
  a test prefix (TEST_PREFIXES), by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV
  three digits after "CVV", "CVC", "cvc" or "kontrolcifre". OTP: a one-time code of 6 or 8
  digits sent, asked for or read out; MITID_USER: a MitID user ID given as such; NUMBER_PLATE:
  a Danish plate of a car or boat trailer, spaced ("BK 41 207") or compact ("BK41207").
- Hard negatives, never labelled: amounts, dates and times, case, invoice, member, berth, ad
  and journal numbers, hull IDs and engine serials, boat lengths and horsepower, CVR numbers,
  masked values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932", "BK ** ***"), the organisations' lines and addresses,
  companies, banks, products, pseudonyms and family words. Documents of kind "negative" are
  the same genres pseudonymised: only such values, stand-ins ("[NAVN]", "[ADRESSE]") and
  pseudonyms ("Medlem A", "Sælger 1") remain, and no span. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind114 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple


def _listed(text: str) -> tuple[str, ...]:
    """The comma-separated items of a block of text."""
    return tuple(" ".join(item.split()) for item in text.split(",") if item.strip())


SEED = 114_115
SIZE = 1000
NEGATIVES = 350
GENRES = _listed(
    """
    havnelog, mail, chat, sagsnotat, opkald, politirapport, brev, formular
    """
)
TYPES = _listed(
    """
    PERSON, ADDRESS, CPR, DATE_OF_BIRTH, PHONE, EMAIL, BANK_ACCOUNT, IBAN, CARD, CARD_EXPIRY,
    CARD_CVV, OTP, MITID_USER, NUMBER_PLATE
    """
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "424242", "400005", "555555", "510510", "520082")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "SE": 24,
    "NO": 15,
    "GB": 22,
    "NL": 18,
    "LT": 20,
    "PL": 28,
    "ES": 24,
}
MOBILE = _listed(
    """
    20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81,
    91, 93
    """
)
LANDLINE = _listed(
    """
    32, 33, 35, 36, 38, 39, 43, 44, 45, 46, 47, 48, 49, 54, 56, 57, 58, 59, 62, 63, 64, 65, 66,
    69, 72, 73, 74, 75, 76, 86, 87, 89, 96, 97, 98, 99
    """
)

WOMEN = _listed(
    """
    Mette, Kirsten, Hanne, Susanne, Lene, Camilla, Signe, Ida, Freja, Astrid, Birthe, Inge,
    Malene, Nanna, Tove, Grethe, Rikke, Dorte, Pernille, Sofie, Emma, Karoline, Vibeke, Zainab,
    Leyla, Amira, Samira, Agnieszka, Mariam, Yasmin, Ewa, Thuy, Anne-Marie, Lise-Lotte,
    Marie-Louise, Gitte, Bodil, Jonna, Helle, Ulla
    """
)
MEN = _listed(
    """
    Jens, Søren, Henrik, Morten, Anders, Rasmus, Kasper, Poul, Bent, Ole, Erik, Torben, Jesper,
    Mikkel, Frederik, Palle, Flemming, Kurt, Bjarne, Claus, Steen, Ib, Villads, Magnus, Ali,
    Omar, Hassan, Ahmad, Tariq, Piotr, Dragan, Emir, Bilal, Arash, Minh, Karl-Erik, Hans-Henrik,
    Per-Ove, Jan, Knud
    """
)
MIDDLE = _listed(
    """
    Sofie, Marie, Louise, Peter, Emil, Juul, Bach, Kold, Skytte, Munk
    """
)
SURNAMES = _listed(
    """
    Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen,
    Jørgensen, Madsen, Kristensen, Olsen, Thomsen, Poulsen, Møller, Mortensen, Knudsen, Bech,
    Skov, Dalgaard, Vestergaard, Holm, Bak, Lund, Krogh, Brandt, Friis, Kjeldsen, Ravn, Storm,
    Hyldgaard, Sand, Fisker, Styrbæk, Baadsgaard, Yilmaz, Hussein, Kowalski, Nowak, Ahmadi,
    Khan, Abdi, Nguyen, Petrović, Öztürk, Bech-Nielsen, Kjærsgaard-Toft, Lund-Hansen,
    Skov-Madsen, Havgaard-Bruun, Krogh Jessen, Due Lauridsen
    """
)
STREETS = _listed(
    """
    Lærkevej, Ahornvej, Birkebakken, Enghavevej, Kastanie Allé, Møllebakken, Rosenvænget,
    Fasanvej, Solsikkevej, Bøgelunden, Tjørnevej, Granvænget, Hybenvej, Rugmarken, Toftevej,
    Højvangen, Kirkestien, Kløvermarken, Vibevej, Strandengen, Mågevej, Ternevej, Sandbakken,
    Klitvej, Ålekistevej, Skibbykær, Pilegårdsvej, Nørrebakke
    """
)
TOWNS = _listed(
    """
    8000 Aarhus C, 5000 Odense C, 9000 Aalborg, 4000 Roskilde, 3000 Helsingør, 2900 Hellerup,
    4760 Vordingborg, 6000 Kolding, 7100 Vejle, 8700 Horsens, 4300 Holbæk, 5700 Svendborg, 5800
    Nyborg, 6400 Sønderborg, 6700 Esbjerg, 8500 Grenaa, 8400 Ebeltoft, 9900 Frederikshavn, 3390
    Hundested, 4400 Kalundborg, 6100 Haderslev, 4800 Nykøbing F, 5960 Marstal, 2791 Dragør, 2670
    Greve, 2680 Solrød Strand, 3250 Gilleleje, 8300 Odder, 7700 Thisted, 9850 Hirtshals, 5900
    Rudkøbing, 6200 Aabenraa
    """
)

# The organisations of the theme and their own addresses (never labelled).
MARINAS = ("Ebeltoft Lystbådehavn", "Svendborg Marina", "Hundested Havn", "Sønderborg Lystbådehavn")
CLUBS = ("Sejlklubben Fjordvinden", "Motorbådsklubben Kattegat", "Bådelauget Nordstjernen")
DEALERS = _listed(
    """
    Fjordens Bådsalg ApS, Nordhavn Marine A/S, Kattegat Bådtrailere ApS, Vestkystens
    Påhængsmotorer
    """
)
POLICE = (
    "Østjyllands Politi",
    "Fyns Politi",
    "Nordsjællands Politi",
    "Syd- og Sønderjyllands Politi",
)
COMPANIES = (*MARINAS, *CLUBS, *DEALERS, "Bådtorvet", "Søforsikring Danmark", "Havnens Værft")
BANKS = _listed(
    """
    Danske Bank, Nordea, Jyske Bank, Sydbank, Spar Nord, Arbejdernes Landsbank, Lunar
    """
)
PRODUCTS = _listed(
    """
    Yamaha F60, Mercury 9.9, Suzuki DF20, Honda BF15, Bayliner 185, Nimbus 26, Grand Large, Ryds
    470, Brenderup bådtrailer, MobilePay
    """
)
ORG_BY_NAME = {
    "Ebeltoft Lystbådehavn": "Lystbådehavnen 6, 8400 Ebeltoft",
    "Svendborg Marina": "Havnepladsen 3, 5700 Svendborg",
    "Hundested Havn": "Nordre Havnevej 11, 3390 Hundested",
    "Sønderborg Lystbådehavn": "Søndre Havnegade 40, 6400 Sønderborg",
    "Sejlklubben Fjordvinden": "Bådeklubvej 2, 8700 Horsens",
    "Motorbådsklubben Kattegat": "Mole Syd 5, 8500 Grenaa",
    "Bådelauget Nordstjernen": "Fiskerlejet 8, 9900 Frederikshavn",
    "Fjordens Bådsalg ApS": "Værftsvej 14, 7100 Vejle",
    "Nordhavn Marine A/S": "Slæbestedet 3, 2900 Hellerup",
    "Kattegat Bådtrailere ApS": "Industrivej Nord 17, 8300 Odder",
    "Vestkystens Påhængsmotorer": "Dokvej 21, 6700 Esbjerg",
    "Østjyllands Politi": "Ringgadevej 48, 8000 Aarhus C",
    "Fyns Politi": "Politigårdsvej 1, 5000 Odense C",
    "Nordsjællands Politi": "Stationsallé 30, 3400 Hillerød",
    "Syd- og Sønderjyllands Politi": "Moltrupvej 70, 6100 Haderslev",
    "Danske Bank": "Kanalholmen 20, 2650 Hvidovre",
    "Nordea": "Grønjordsvej 10, 2300 København S",
}
ORG_ADDRESSES = tuple(ORG_BY_NAME.values())
ORG_LINES = ("70 27 14 14", "70 11 86 54", "80 20 40 60", "7012 3450", "70 33 91 02")
ORG_LINE_OF = {name: ORG_LINES[i % len(ORG_LINES)] for i, name in enumerate(ORG_BY_NAME)}
PSEUDONYMS = _listed(
    """
    Medlem A, Medlem B, Kunde 1, Kunde 2, Sælger 1, Køber 1, Medarbejder A, Medarbejder B, Vidne
    1, Vidne 2
    """
)
ROLE_PSEUDONYM = dict(
    zip(
        (
            "victim",
            "other",
            "customer",
            "customer2",
            "seller",
            "buyer",
            "staff",
            "staff2",
            "witness",
            "witness2",
        ),
        PSEUDONYMS,
        strict=True,
    )
)
FAMILY = _listed(
    """
    min mand, min kone, min søn, min datter, min svigerfar, min bror, min samlever, vores
    barnebarn
    """
)
ALIAS_UNITS = _listed(
    """
    havnekontoret, bådklubben, kasserergruppen, Bådtorvets support, bankens sikkerhedsafdeling,
    forsikringsselskabet
    """
)
MONTHS = _listed(
    """
    januar, februar, marts, april, maj, juni, juli, august, september, oktober, november,
    december
    """
)
MAIL_DOMAINS = _listed(
    """
    example.dk, example.com, example.net, post.example.dk, mail.example.com, sejl.example.dk
    """
)


class L(NamedTuple):
    """A labelled value: its text and its type."""

    text: str
    type: str


class Person(NamedTuple):
    first: str
    middle: str
    last: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def grouped(compact: str) -> str:
    """Groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in "."))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def iban_for(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Doc:
    """Builds one document's text and its spans; a negative keeps no span."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0
        self.people: dict[str, Person] = {}
        self.when: datetime | None = None

    # -- writing --------------------------------------------------------------------------
    def add(self, text: str, kind: str | None = None) -> None:
        if kind and not self.neg:
            self.spans.append({"start": self.pos, "end": self.pos + len(text), "type": kind})
        self.parts.append(text)
        self.pos += len(text)

    def f(self, template: str, **values: L | str) -> None:
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                self.add(piece)
            else:
                value = values[piece]
                if isinstance(value, L):
                    self.add(value.text, value.type)
                else:
                    self.add(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def pick(self, seq: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(seq)

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    # -- people ---------------------------------------------------------------------------
    def person(self, role: str) -> Person:
        if role not in self.people:
            r = self.rng
            first = r.choice(WOMEN + MEN)
            middle = r.choice(MIDDLE) if r.random() < 0.15 else ""
            last = r.choice(SURNAMES)
            while last in {p.last for p in self.people.values()}:
                last = r.choice(SURNAMES)
            self.people[role] = Person(first, middle, last)
        return self.people[role]

    def name(self, role: str, form: str = "any") -> L | str:
        if self.neg:
            return ROLE_PSEUDONYM[role] + ("'s" if form in ("gen", "genfirst") else "")
        p = self.person(role)
        if form == "any":
            form = self.rng.choice(
                ("full", "full", "full", "first", "surname", "caps", "gen", "initial", "lower")
            )
        if form == "gen":
            form = "genfirst" if self.rng.random() < 0.6 else "gen"
        if form == "genfirst" and p.first[-1] in "sxz":
            form = "gen"
        if form == "gen" and p.last[-1] in "sxz":
            form = "full"
        if form == "three" and not p.middle and " " not in p.last:
            p = self.people[role] = Person(p.first, self.rng.choice(MIDDLE), p.last)
        text = {
            "full": p.full,
            "three": p.full,
            "first": p.first,
            "surname": f"{p.last}, {p.first}",
            "caps": p.full.upper(),
            "gen": p.full + "s",
            "genfirst": p.first + "s",
            "initial": f"{p.first[0]}. {p.last}",
            "lower": p.full.lower(),
            "lowfirst": p.first.lower(),
            "capsurname": f"{p.last}, {p.first}".upper(),
        }[form]
        return L(text, "PERSON")

    def alias_sentence(self, unit: str | None = None) -> None:
        unit = unit or self.pick(ALIAS_UNITS)
        if self.neg:
            self.f(f"Gerningspersonen udgav sig for at være [NAVN] fra {unit}. ")
        else:
            alias = self.pick(WOMEN + MEN)
            self.f(
                f"Gerningspersonen gav sig ud for at være {{a}} fra {unit}. ", a=L(alias, "PERSON")
            )

    # -- values ---------------------------------------------------------------------------
    def birth(self) -> date:
        r = self.rng
        return date(1941, 1, 1) + timedelta(
            days=r.randrange((date(2005, 12, 31) - date(1941, 1, 1)).days)
        )

    def cpr(self, born: date | None = None) -> L | str:
        born = born or self.birth()
        head = born.strftime("%d%m%y")
        if self.neg:
            return self.pick((f"{head}-xxxx", "[CPR]"))
        r = self.rng
        while True:
            seventh = "4" if born.year >= 2000 else str(r.randrange(4))
            tail = seventh + f"{r.randrange(1000):03d}"
            digits = head + tail
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(4)
        text = (
            f"{head}-{tail}",
            digits,
            f"{head[:2]} {head[2:4]} {head[4:]} {tail}",
            f"{head} {tail}",
        )[form]
        return L(text, "CPR")

    def dob(self, born: date | None = None) -> L | str:
        born = born or self.birth()
        if self.neg:
            return self.pick(("[dato]", "**.**.****"))
        d, m, y = born.day, born.month, born.year
        text = self.pick(
            (
                f"{d}. {MONTHS[m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}/{m}-{y}",
                f"{d:02d}-{m:02d}-{y}",
            )
        )
        return L(text, "DATE_OF_BIRTH")

    def phone(self, foreign: float = 0.08) -> L | str:
        r = self.rng
        if self.neg:
            return self.pick((f"+45 ** ** ** {r.randrange(10, 100)}", "[TLF]"))
        if r.random() < foreign:
            if r.random() < 0.5:
                return L(f"+44 7700 900{r.randrange(1000):03d}", "PHONE")
            return L(f"+46 70 174 06 {r.randrange(5, 100):02d}", "PHONE")
        d = r.choice(MOBILE if r.random() < 0.75 else LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        text = r.choice(
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
        return L(text, "PHONE")

    def email(self, role: str | None = None, local: str | None = None) -> L | str:
        r = self.rng
        if local is None:
            p = self.person(role or "victim")
            first, last = ascii_name(p.first), ascii_name(p.last)
            local = r.choice(
                (
                    f"{first}.{last}",
                    f"{first}{r.randrange(10, 99)}",
                    f"{first[0]}{last}",
                    f"{first}_{last[:4]}",
                    f"{last}.{first[0]}",
                )
            )
        domain = r.choice(MAIL_DOMAINS)
        if self.neg:
            return self.pick((f"{local[0]}***@{domain}", "[e-mail]"))
        return L(f"{local}@{domain}", "EMAIL")

    def masked_mail(self) -> str:
        return f"{self.pick('abdefghjklmnprst')}***@{self.pick(MAIL_DOMAINS)}"

    def street_address(self) -> tuple[str, str]:
        r = self.rng
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        floor = r.choice(
            (
                "",
                "",
                "",
                ", st.",
                f", {r.randrange(1, 5)}. th.",
                f", {r.randrange(1, 5)}. tv.",
                f", {r.randrange(1, 4)}. mf.",
            )
        )
        return street + floor, r.choice(TOWNS)

    def addr1(self) -> L | str:
        if self.neg:
            return "[ADRESSE]"
        street, town = self.street_address()
        return L(f"{street}, {town}", "ADDRESS")

    def addr2(self) -> L | str:
        if self.neg:
            return "[ADRESSE]"
        street, town = self.street_address()
        return L(f"{street}\n{town}", "ADDRESS")

    def addr_short(self) -> L | str:
        if self.neg:
            return "[ADRESSE]"
        return L(self.street_address()[0], "ADDRESS")

    def account(self) -> tuple[str, L | str]:
        """A frame for the account ('{a}' inside) and the value."""
        r = self.rng
        reg = f"{r.randrange(1000, 9999)}"
        acct = (
            f"{r.randrange(10**9 // 10, 10**10):010d}"
            if r.random() < 0.6
            else f"{r.randrange(10**6, 10**8)}"
        )
        if self.neg:
            return self.pick(("konto {a}", "reg.nr. og konto {a}")), self.pick(
                ("[kontonr.]", f"******{r.randrange(1000, 9999)}")
            )
        form = r.randrange(4)
        if form == 0:
            return "konto {a}", L(f"{reg}-{acct}", "BANK_ACCOUNT")
        if form == 1:
            return "kontonummer {a}", L(f"{reg} {acct}", "BANK_ACCOUNT")
        if form == 2:
            return f"reg. {reg} konto {{a}}", L(acct, "BANK_ACCOUNT")
        return f"reg.nr. {reg}, kontonr. {{a}}", L(acct, "BANK_ACCOUNT")

    def iban(self) -> L | str:
        r = self.rng
        if self.neg:
            return self.pick(
                (f"DK{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(1000, 9999)}", "[IBAN]")
            )
        country = r.choice(tuple(IBAN_LENGTH))
        n = IBAN_LENGTH[country] - 4
        if country in ("GB", "NL"):
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
            bban += "".join(str(r.randrange(10)) for _ in range(n - 4))
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(n))
        compact = iban_for(country, bban)
        return L(grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self) -> L | str:
        r = self.rng
        if self.neg:
            return self.pick(
                (f"**** **** **** {r.randrange(1000, 9999)}", f"******{r.randrange(1000, 9999)}")
            )
        body = r.choice(TEST_PREFIXES)
        body += "".join(str(r.randrange(10)) for _ in range(15 - len(body)))
        compact = body + luhn_digit(body)
        return L(grouped(compact) if r.random() < 0.6 else compact, "CARD")

    def expiry(self) -> L | str:
        if self.neg:
            return "**/**"
        m, y = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
        return L(f"{m:02d}/{y}" if self.maybe(0.7) else f"{m:02d}/20{y}", "CARD_EXPIRY")

    def cvv(self) -> tuple[str, L | str]:
        cue = self.pick(("CVV", "CVC", "cvc", "kontrolcifre"))
        if self.neg:
            return cue, "***"
        return cue, L(f"{self.rng.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> L | str:
        if self.neg:
            return "[kode]"
        r = self.rng
        return L(
            f"{r.randrange(10**5, 10**6)}" if r.random() < 0.7 else f"{r.randrange(10**7, 10**8)}",
            "OTP",
        )

    def mitid(self, role: str = "victim") -> L | str:
        if self.neg:
            return "[bruger-id]"
        p, r = self.person(role), self.rng
        base = ascii_name(r.choice((p.first, p.last, p.first + p.last[0]))).replace(".", "")
        tail = r.choice((f"{r.randrange(100):02d}", str(r.randrange(1950, 2006))))
        return L(base + tail, "MITID_USER")

    def plate(self) -> L | str:
        r = self.rng
        letters = r.choice("ABCDEHJKLMNPRSTUVXYZ") + r.choice("ABCDEHJKLMNPRSTUVXYZ")
        if self.neg:
            return f"{letters} ** ***"
        d = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        return L(f"{letters} {d[:2]} {d[2:]}" if r.random() < 0.65 else letters + d, "NUMBER_PLATE")

    # -- hard negatives -------------------------------------------------------------------
    def amount(self, lo: int = 300, hi: int = 400_000) -> str:
        r = self.rng
        n = r.randrange(lo, hi)
        n = n if n < 1000 else n // 100 * 100 if n < 50_000 else n // 1000 * 1000
        text = f"{n:,}".replace(",", ".")
        if r.random() < 0.2:
            text += f",{r.choice(('95', '50', '00'))}"
        return f"kr. {text}" if r.random() < 0.15 else f"{text} kr."

    def day(self) -> str:
        r = self.rng
        d = date(2026, 1, 2) + timedelta(days=r.randrange(330))
        return r.choice(
            (d.strftime("%d.%m.%y"), d.strftime("%d.%m.%Y"), f"{d.day}. {MONTHS[d.month - 1]} 2026")
        )

    def iso(self) -> str:
        """A timestamp, later than the document's previous one."""
        r = self.rng
        if self.when is None:
            start = date(2026, 1, 2) + timedelta(days=r.randrange(320))
            self.when = datetime(
                start.year, start.month, start.day, r.randrange(7, 12), r.randrange(60)
            )
        else:
            self.when += timedelta(minutes=r.randrange(3, 400))
        return self.when.strftime("%Y-%m-%d %H:%M")

    def clock(self) -> str:
        return f"kl. {self.rng.randrange(7, 22):02d}.{self.rng.randrange(60):02d}"

    def case(self) -> str:
        return f"SAG-2026-{self.rng.randrange(1000, 9999)}"

    def invoice(self) -> str:
        return f"FAK-{self.rng.randrange(100000, 999999)}"

    def berth(self) -> str:
        return f"plads {self.pick('ABCDEFGH')}-{self.rng.randrange(1, 60)}"

    def member_no(self) -> str:
        return f"medlemsnr. {self.rng.randrange(1000, 9999)}"

    def ad_no(self) -> str:
        return f"annonce {self.rng.randrange(100000, 999999)}"

    def journal(self) -> str:
        r = self.rng
        return (
            f"{r.randrange(1000, 9999)}-{r.randrange(10000, 99999)}-{r.randrange(10000, 99999)}-26"
        )

    def hull(self) -> str:
        r = self.rng
        maker = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return (
            f"DK-{maker}{r.randrange(1000, 9999)}{r.choice('ABCDEFGHIJKL')}{r.randrange(100, 999)}"
        )

    def engine_sn(self) -> str:
        r = self.rng
        head = f"{r.randrange(1, 9)}{self.pick('BCFJKLMPS')}{self.pick('BCFJKLMPS')}"
        return f"SN {head}-{r.randrange(10**6, 10**7)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def boat(self) -> str:
        r = self.rng
        model, feet = self.pick(PRODUCTS[4:8]), r.randrange(14, 32)
        return f"{model} ({feet} fod, {r.choice((9, 15, 20, 40, 60, 115, 150))} hk)"

    def org_line(self, org: str) -> str:
        return ORG_LINE_OF.get(org, ORG_LINES[0])

    def org_address(self, org: str | None = None) -> None:
        """One of many natural frames for an organisation's own address (never labelled)."""
        org = org or self.pick(tuple(ORG_BY_NAME))
        where = ORG_BY_NAME[org]
        frame = self.pick(
            (
                "Mødested: {o}, {w}. ",
                "Kom forbi {o} på {w}, så hjælper vi. ",
                "Nøgler afleveres på {w} i åbningstiden. ",
                "Vores afdeling på {w} har åbent man-fre 9-15. ",
                "Åbningstider, {w}: hverdage 8-16. ",
                "Afsender: {o}, {w}. ",
                "Kørselsvejledning: {o} ligger på {w}, lige ved slæbestedet. ",
                "Henvendelse kan ske til {o}, {w}, tlf. {t}. ",
                "Originalen ligger hos {o}, {w}. ",
                "Skriv til {o}, {w}, att. svindelgruppen. ",
                "Med venlig hilsen {o} · {w} · tlf. {t}. ",
                "Faktura udstedt af {o}, {w}, betalt kontant. ",
            )
        )
        self.add(frame.format(o=org, w=where, t=self.org_line(org)))

    def street_only(self) -> None:
        end = self.pick((".", ", hvor der ikke er kameraer."))
        self.add(f"Traileren stod ved {self.pick(STREETS)}{end} ")


# ----------------------------------------------------------------------------------------
# The eight genres
# ----------------------------------------------------------------------------------------


def havnelog(d: Doc) -> None:
    marina = d.pick(MARINAS)
    d.f(f"{marina.upper()} – HÆNDELSESLOG, {d.case()}\n")
    if d.maybe(0.6):
        d.org_address(marina)
        d.add("\n")
    d.f(
        "{t} "
        + d.pick(("Henvendelse", "Opkald", "Mail", "Besøg på kontoret"))
        + " fra {v} ({m}), tlf. {p}. Har betalt {a} for {b} til en udlejer på "
        "Bådtorvet.\n",
        t=d.iso(),
        v=d.name("victim", d.pick(("full", "caps", "surname", "three"))),
        m=d.member_no(),
        p=d.phone(),
        a=d.amount(2_000, 16_000),
        b=d.berth(),
    )
    frame, acct = d.account()
    d.f(
        "{t} Beløbet er overført til " + frame + ". Udlejers mail: {e}.\n",
        t=d.iso(),
        a=acct,
        e=d.email("seller"),
    )
    d.f(
        "{t} {s} tjekker pladsregistret: {b} er lejet af {o} siden 2019, ikke til fremleje.\n",
        t=d.iso(),
        s=d.name("staff", "initial"),
        b=d.berth(),
        o=d.name("other", "surname"),
    )
    d.f("{t} ", t=d.iso())
    d.alias_sentence("havnekontoret")
    d.add("\n")
    if d.maybe(0.7):
        d.f(
            "{t} {v} adresse: {a}. Kopi af kvittering vedlagt ({i}).\n",
            t=d.iso(),
            v=d.name("victim", "gen"),
            a=d.addr1(),
            i=d.invoice(),
        )
    if d.maybe(0.6):
        d.f(
            "{t} Udlejer har også sendt IBAN {i} til et andet medlem ({m}).\n",
            t=d.iso(),
            i=d.iban(),
            m=d.member_no(),
        )
    if d.maybe(0.5):
        d.f(
            "{t} Bådtrailer {p} holdt på parkeringen ved broen, ejer {o}. ",
            t=d.iso(),
            p=d.plate(),
            o=d.name("other", "full"),
        )
        d.street_only()
        d.add("\n")
    if d.maybe(0.5):
        d.f("{t} Medlemmets båd: {b}, skrog-ID {h}.\n", t=d.iso(), b=d.boat(), h=d.hull())
    d.f(
        "{t} Sendt sms til {m} om at kontakte politiet på 114. Havnekontoret: {l}.\n",
        t=d.iso(),
        m=f"+45 ** ** ** {d.rng.randrange(10, 100)}",
        l=d.org_line(marina),
    )
    if d.maybe(0.4):
        d.f("{t} Noteret af {s}.\n", t=d.iso(), s=d.name("staff", "full"))


def mail(d: Doc) -> None:
    club = d.pick(CLUBS)
    victim_mail = d.email("victim")
    treasurer_mail = d.email(local="kasserer") if not d.neg else "[e-mail]"
    d.f(
        "Fra: {v} <{e}>\nTil: {k} <{m}>\nDato: {t}\nEmne: Sv: Kontingent – mærkelig sms\n\n",
        v=d.name("victim", "full"),
        e=victim_mail,
        k=d.name("staff", "full"),
        m=treasurer_mail,
        t=d.iso(),
    )
    d.f("Hej {k}\n\n", k=d.name("staff", "first"))
    d.f(
        'Jeg fik i går en sms fra "{c}" om at kontingentet på {a} ikke var betalt. Jeg '
        "klikkede på linket og tastede kortnummer {n}, udløb {x} og ",
        c=club,
        a=d.amount(450, 2_600),
        n=d.card(),
        x=d.expiry(),
    )
    cue, cvv = d.cvv()
    d.f(cue + " {c}. Bagefter bad de om koden fra sms'en, og jeg skrev {o}.\n", c=cvv, o=d.otp())
    if d.maybe(0.5):
        fam = d.pick(FAMILY)
        d.add(f"Det var {fam} der opdagede det, da der gik {d.amount(1_500, 30_000)} fra kortet. ")
    d.add(
        "Kan I sende mig en bekræftelse til adressen herunder, så jeg kan give den til banken?\n\n"
    )
    d.f("{v}\n{a}\nTlf. {p}\n\n", v=d.name("victim", "full"), a=d.addr2(), p=d.phone())
    d.f("> Fra: {k} <{m}>\n> Dato: {t}\n> ", k=d.name("staff", "full"), m=treasurer_mail, t=d.iso())
    d.add(f"{club} skriver aldrig efter kortoplysninger. ")
    if d.maybe(0.75):
        d.org_address(club)
    d.f(
        "Vi har spærret afsenderen, og en lignende mail er sendt til {w}. Ring til klubbens "
        "svindellinje på {l}.\n> Venlig hilsen\n> {k}, kasserer, {c}\n",
        w=d.masked_mail(),
        l=d.org_line(club),
        k=d.name("staff", "initial"),
        c=club,
    )
    if d.maybe(0.5):
        d.f(
            "\nPS: {o} mail {e} har fået samme sms.\n", o=d.name("other", "gen"), e=d.email("other")
        )


def chat(d: Doc) -> None:
    product = d.pick(PRODUCTS[:8])
    dealer = d.pick(DEALERS)
    buyer = d.name("buyer", d.pick(("full", "first", "lower", "caps", "three")))
    seller = d.name("seller", d.pick(("first", "lowfirst", "full", "surname")))
    d.f(f'Bådtorvet – beskeder om {d.ad_no()} "{product}", {d.amount(3_000, 250_000)}\n')
    clock = d.rng.randrange(8 * 60, 21 * 60)

    def line(who: L | str, template: str, **values: L | str) -> None:
        nonlocal clock
        clock += d.rng.randrange(1, 4)
        h, m = divmod(clock, 60)
        d.f(f"[{h:02d}:{m:02d}] {{w}}: " + template + "\n", w=who, **values)

    line(
        buyer,
        d.pick(
            (
                "Hej, er den stadig til salg?",
                "Hej! Er den solgt?",
                "Hej, kan du sende flere billeder?",
            )
        ),
    )
    where = d.pick(("Norge", "Tyskland", "Sverige", "udlandet", "en boreplatform"))
    line(seller, f"ja den er. jeg er på arbejde i {where}, så den sendes med fragtfirma")
    line(buyer, "Kan jeg ikke se den først? Jeg bor på {a}", a=d.addr1())
    line(seller, "desværre. men du kan ringe på {p}", p=d.phone(foreign=0.5))
    line(buyer, "Ok. Mit nummer er {p}", p=d.phone())
    if d.maybe(0.5):
        line(seller, "betal til IBAN {i} så sender jeg i morgen", i=d.iban())
    else:
        frame, acct = d.account()
        line(seller, "overfør til " + frame + " så sender jeg i morgen", a=acct)
    if d.maybe(0.45):
        line(seller, "log lige ind via linket, hvad er dit MitID bruger-id?")
        line(buyer, "det er {u}", u=d.mitid("buyer"))
    line(buyer, "Hvad er dit fulde navn, til kvitteringen?")
    line(seller, "{n}, og min mail er {e}", n=d.name("seller", "full"), e=d.email("seller"))
    if d.maybe(0.6):
        line(buyer, "Har motoren serienummer {s}?", s=d.engine_sn())
        line(seller, "ja, og den sidder på en {b}", b=d.boat())
    line(buyer, "Jeg spørger lige {f} om det lyder rigtigt", f=d.pick(FAMILY))
    line(seller, "skynd dig, {n} vil også gerne købe den", n=d.name("other", "first"))
    if d.maybe(0.5):
        line(
            buyer,
            "{f} har læst {o} advarsel fra {c} om det her",
            f=d.pick(FAMILY).capitalize(),
            o=d.name("staff", "gen"),
            c=d.pick(CLUBS),
        )
    line(
        seller,
        "Fragten koster {a} ekstra, trailer {p} henter den",
        a=d.amount(800, 6_000),
        p=d.plate(),
    )
    line(buyer, "Jeg sender en mail til {e} og tænker over det", e=d.email("buyer"))
    if d.maybe(0.5):
        d.add("\n")
        d.org_address(dealer)
        d.add("Annoncen er anmeldt til Bådtorvet.\n")
    line(seller, "ok men husk kode {o} når du betaler", o=d.otp())
    line(buyer, "Farvel")


def sagsnotat(d: Doc) -> None:
    bank = d.pick(BANKS)
    d.add(f"Sagsnotat – {bank}, svindelteamet – {d.case()}\n")
    if d.maybe(0.55) and bank in ORG_BY_NAME:
        d.org_address(bank)
        d.add("\n")
    born = d.birth()
    d.f(
        "Kunde: {n}, CPR {c}\nAdresse: {a}\nTelefon: {p}\n\n",
        n=d.name("customer", "surname"),
        c=d.cpr(born),
        a=d.addr1(),
        p=d.phone(),
    )
    d.f(
        "Kunden solgte sin {b} for {a} via Bådtorvet. Køber {k} meldte at have overført "
        "{x} for meget, og bad om at få differencen retur til {i}. ",
        b=d.boat(),
        a=d.amount(40_000, 650_000),
        k=d.name("buyer", d.pick(("full", "three", "initial"))),
        x=d.amount(5_000, 80_000),
        i=d.iban(),
    )
    d.alias_sentence(d.pick(ALIAS_UNITS))
    frame, acct = d.account()
    d.f("Kunden har overført fra " + frame + " den {t}.\n", a=acct, t=d.day())
    if d.maybe(0.5):
        d.f("Kunden oplyste desuden sit MitID-bruger-ID {u} til køberen.\n", u=d.mitid("customer"))
    d.f("Køberens telefon: {p}. Køberens mail: {e}.\n", p=d.phone(foreign=0.5), e=d.email("buyer"))
    if d.maybe(0.6):
        d.f("Kunden har også betalt fragt med kort {c}, udløb {x}.\n", c=d.card(), x=d.expiry())
    if d.maybe(0.5):
        d.f(
            "{n} har ringet til kunden {t} og aftalt spærring. Maskeret kort ******{m}.\n",
            n=d.name("staff", "full"),
            t=d.clock(),
            m=f"{d.rng.randrange(1000, 9999)}",
        )
    if d.maybe(0.5):
        d.add(f"Samme modtager-IBAN ses i sag {d.case()} ({d.cvr()} for {d.pick(DEALERS)}). ")
        masked = f"DK{d.rng.randrange(10, 99)}XXXXXXXXXX{d.rng.randrange(1000, 9999)}"
        d.add(f"Kundens tidligere anvendte konto: {masked}.\n")
    if d.maybe(0.3):
        d.f("Politiet har bedt om kopi af {g} salgsaftale.\n", g=d.name("customer", "gen"))
    d.add(f"Anbefalet anmeldelse til politiet på 114 eller via {d.pick(POLICE)}.\n")
    if d.maybe(0.5):
        d.f(
            "Sagsbehandler: {s}. Medkontohaver {k} er orienteret.\n",
            s=d.name("staff2", "full"),
            k=d.name("customer2", "full"),
        )


def opkald(d: Doc) -> None:
    club = d.pick(CLUBS)
    d.add(f"Opkaldsnotat – svindellinjen, {club}, {d.clock()}, {d.day()}\n")
    born = d.birth()
    d.f(
        "Indringer: {n} ({p}), {m}, født {b}.\n",
        n=d.name("victim", d.pick(("full", "three", "caps"))),
        p=d.phone(),
        m=d.member_no(),
        b=d.dob(born),
    )
    d.f(
        "Fortæller at en mand ringede i går {t}. ",
        t=d.clock(),
    )
    d.alias_sentence(d.pick(("bådklubben", "kasserergruppen", "bankens sikkerhedsafdeling")))
    d.f(
        "Indringer oplyste sit MitID-bruger-ID {u} og læste koden {o} op fra appen. "
        "Senere kom endnu en engangskode, {o2}, som ikke blev givet videre.\n",
        u=d.mitid("victim"),
        o=d.otp(),
        o2=d.otp(),
    )
    if d.maybe(0.6):
        d.add(f"{d.pick(FAMILY).capitalize()} var med i røret og bekræfter forløbet.\n")
    if d.maybe(0.6):
        d.f("Indringers mail: {e}. Adresse:\n{a}\n", e=d.email("victim"), a=d.addr2())
    if d.maybe(0.5):
        d.f("Der er trukket {a} på kort {c} (", a=d.amount(800, 25_000), c=d.card())
        cue, cvv = d.cvv()
        d.f(cue + " {v} blev også oplyst).\n", v=cvv)
    d.f(
        "Rådgivet: spær kort hos banken på {l}, skift adgangskode, anmeld til politiet.\n",
        l=d.pick(ORG_LINES),
    )
    if d.maybe(0.55):
        d.org_address(club)
        d.add("\n")
    d.f("Notat: {s}\n", s=d.name("staff", d.pick(("initial", "full", "caps"))))


def politirapport(d: Doc) -> None:
    police = d.pick(POLICE)
    d.add(f"{police} – anmeldelse af tyveri, journalnr. {d.journal()}\n")
    if d.maybe(0.6):
        d.org_address(police)
        d.add("\n")
    born = d.birth()
    d.f(
        "Anmelder: {n}\nPasnavn: {c}\nCPR: {p}\nAdresse:\n{a}\nTlf.: {t}, e-mail: {e}\n\n",
        n=d.name("victim", "full"),
        c=d.name("victim", d.pick(("caps", "capsurname"))),
        p=d.cpr(born),
        a=d.addr2(),
        t=d.phone(),
        e=d.email("victim"),
    )
    d.f(
        "Forklaring: Natten til {t} blev anmelders {b} stjålet fra "
        + d.pick(("indkørslen", "carporten", "vinteropbevaringen", "havnens parkeringsplads"))
        + " sammen med "
        "bådtraileren, reg.nr. {p}. ",
        t=d.day(),
        b=d.boat(),
        p=d.plate(),
    )
    d.street_only()
    d.add(f"Motor med {d.engine_sn()}, skrog-ID {d.hull()}.\n")
    d.f(
        "Vidne: {w}, {a}, tlf. {p}, så en varevogn med nummerplade {v} {t}.\n",
        w=d.name("witness", d.pick(("full", "surname", "initial"))),
        a=d.addr1(),
        p=d.phone(),
        v=d.plate(),
        t=d.clock(),
    )
    if d.maybe(0.6):
        d.f(
            "Vidne 2: {w}, {a}.\n" if not d.neg else "Andet vidne: {w}, {a}.\n",
            w=d.name("witness2", "three"),
            a=d.addr_short(),
        )
    if d.maybe(0.7):
        d.f(
            "Mistænkt: {m}, f. {b}, tidligere set sælge trailere på Bådtorvet. ",
            m=d.name("seller", d.pick(("full", "caps"))),
            b=d.dob(),
        )
        d.alias_sentence("Bådtorvets support")
        d.add("\n")
    if d.maybe(0.4):
        d.add(f"Anmelder oplyser at {d.pick(FAMILY)} så traileren sidst {d.clock()}.\n")
    claim, value = d.case(), d.amount(8_000, 450_000)
    d.add(f"Anmeldt til Søforsikring Danmark, skadenr. {claim}. Anslået værdi {value} i alt.\n")


def brev(d: Doc) -> None:
    marina = d.pick(MARINAS)
    d.add(f"{marina}\n")
    if d.maybe(0.7):
        d.add(f"Afsender: {ORG_BY_NAME[marina]}. Tlf. {d.org_line(marina)} · {d.cvr()}\n\n")
    else:
        d.add(f"Havnekontoret · {d.cvr()}\n\n")
    d.f("{n}\n{a}\n\n", n=d.name("victim", d.pick(("full", "three", "caps"))), a=d.addr2())
    town = ORG_BY_NAME[marina].split(", ")[1][5:]
    d.add(f"{town}, {d.day()}\n\nVedr.: Falske udlejere af bådpladser ({d.berth()})\n\n")
    d.f("Kære {n}\n\n", n=d.name("victim", "first"))
    frame, acct = d.account()
    d.f(
        "Vi har modtaget Deres henvendelse om de {x}, De har indbetalt til " + frame + " for "
        "en sommerplads. Havnen udlejer kun pladser gennem havnekontoret, og pengene er ikke "
        "modtaget her. Vores kunde {o} har pladsen og har ikke fremlejet den.\n\n",
        x=d.amount(2_000, 16_000),
        a=acct,
        o=d.name("other", d.pick(("full", "initial"))),
    )
    if d.maybe(0.5):
        d.f("Den person, De har talt med på {p}, er ikke ansat her. ", p=d.phone())
    d.alias_sentence("havnekontoret")
    if d.maybe(0.6):
        d.org_address(marina)
    d.add(f"Anmeld gerne sagen til politiet på 114 og oplys fakturanummer {d.invoice()}.\n\n")
    d.f(
        "Med venlig hilsen\n\n{s}\nhavnefoged, {m}\n{e}\n",
        s=d.name("staff", "full"),
        m=marina,
        e=d.email("staff"),
    )


def formular(d: Doc) -> None:
    marina = d.pick(MARINAS)
    d.add(f"ANSØGNING OM BÅDPLADS – {marina.upper()}\n")
    born = d.birth()
    d.f(
        "Navn: {n}\nCPR-nr.: {c}\nFødselsdato: {b}\nAdresse: {a}\nTelefon: {p}\nE-mail: {e}\n",
        n=d.name("customer", d.pick(("surname", "full", "capsurname"))),
        c=d.cpr(born),
        b=d.dob(born),
        a=d.addr1(),
        p=d.phone(),
        e=d.email("customer"),
    )
    d.f("Båd: {b}, skrog-ID {h}\nTrailer: {p}\n", b=d.boat(), h=d.hull(), p=d.plate())
    frame, acct = d.account()
    d.f("Betaling af depositum ({x}) fra " + frame + "\n", x=d.amount(500, 5_000), a=acct)
    if d.maybe(0.4):
        d.f("Medejer af båden: {k}\n", k=d.name("customer2", d.pick(("full", "surname"))))
    d.f(
        "Ønsket plads: {b} · Kontaktperson ved fravær: {k}, {p}\n",
        b=d.berth(),
        k=d.name("other", d.pick(("full", "lower", "initial"))),
        p=d.phone(),
    )
    if d.maybe(0.65):
        d.add("Afleveres på havnekontoret eller sendes. ")
        d.org_address(marina)
        d.add("\n")
    d.f(
        "\nBemærkning (svindelgruppen, {t}): Samme ansøgning er set med en anden e-mail "
        "({m}) og telefon +45 ** ** ** {x}. Behandlet af {s}.\n",
        t=d.day(),
        m=d.masked_mail(),
        x=f"{d.rng.randrange(10, 100)}",
        s=d.name("staff", "initial"),
    )


WRITERS = {
    "havnelog": havnelog,
    "mail": mail,
    "chat": chat,
    "sagsnotat": sagsnotat,
    "opkald": opkald,
    "politirapport": politirapport,
    "brev": brev,
    "formular": formular,
}


def _doc(rng: random.Random, genre: str, neg: bool) -> Doc:
    d = Doc(rng, neg)
    WRITERS[genre](d)
    if not d.neg and d.maybe(0.25):
        d.add(f"\nSvar sendt til {d.masked_mail()}; kort ******{rng.randrange(1000, 9999)}.\n")
    if d.maybe(0.18):
        d.add("\n")
        d.org_address()
        d.add("\n")
    return d


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = [True] * negatives + [False] * (size - negatives)
    rng.shuffle(kinds)
    genres = [GENRES[i % len(GENRES)] for i in range(size)]
    rng.shuffle(genres)
    docs, seen = [], set()
    for i, (genre, neg) in enumerate(zip(genres, kinds, strict=True)):
        d = _doc(rng, genre, neg)
        while d.text in seen:
            d = _doc(rng, genre, neg)
        seen.add(d.text)
        docs.append(
            {
                "id": f"blind114-{i:04d}",
                "genre": genre,
                "kind": "negative" if neg else "positive",
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind114.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
