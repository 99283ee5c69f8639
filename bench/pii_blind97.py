"""A ninety-eighth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a TICKET RESALE
PLATFORM's trust-and-safety team (concert and football tickets sold twice, fake transfer
e-mails, hijacked accounts, chargebacks), in eight genres: a trust-and-safety case log of a
hijacked seller account (the user's e-mail and phone, the codes sent, the MitID user ID, the
payout account changed), a chargeback dispute (the card, its expiry, the buyer's billing
address), a buyer/seller chat ("[20:14] Name: …", lower-case names, a handover by car), a fake
transfer e-mail forwarded by the buyer (Fra:/Til:/Emne:, a scammer's alias "præsenterede sig som
Jonas fra Billetservice"), a seller's payout verification (name in capitals, CPR, birth date,
address, Danish account or foreign IBAN), a police report of tickets sold twice (statement,
address block, the car's plate, the account the money went to), a box office's incident note
from the gate (barcodes scanned twice, the buyers' phones, a car in the car park) and customer
service's reply with letterhead and signature. The names are those of Danes of all ages, Danes
with roots elsewhere ("Hamza Yilmaz", "Nguyen Thi Lan"), double surnames ("Vestergaard-Lund"),
three-word names and the platform's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("køberen", "sælger", "kontrollør");
  "Lund, Birthe" is one span; a genitive s belongs to it ("Birthes"); a lower-case name typed in
  a chat ("birthe") is PERSON. A scammer's alias ("Jonas fra Billetservice") is PERSON, the
  unit is not. Organisations, venues, events, placeholders ("[NAVN]", "NN", "Køber A",
  "Sælger B") and family words ("min søster") are never PERSON.
- ADDRESS (private only) runs from the street name through number, letter, floor and side
  ("14B", "2. th."), plus ", postcode town" on the same line or on the next line of an address
  block (line break included). The platform's, venues' and box offices' addresses ("afhentes i
  billetlugen, Stadionalléen 2, 8000 Aarhus C") are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952",
  "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or
  "Fødselsdato:"; no other date or time is labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", and foreign
  numbers from fiction ranges only ("+44 7700 900123", "+46 70 174 06 55"). The platform's and
  venues' 70/80 lines are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), staff's too; masked ones never.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; after "reg. 1234 konto" or
  "reg.nr. 1234, kontonr." only the account is. IBAN: valid check digits and length, grouped by
  four or compact. CARD: Luhn-valid with a test prefix, grouped by four or compact; CARD_EXPIRY
  "MM/YY" or "MM/YYYY". OTP: a one-time code sent or read out (6 or 8 digits). MITID_USER: a
  MitID user ID given as such. NUMBER_PLATE: "BK 41 207" or "BK41207".
- Hard negatives, never labelled: order numbers ("ORD-4829173"), case numbers ("TS-26-04817"),
  chargeback references ("CB-204817"), ticket IDs ("TKT-QK29-1234"), barcodes ("391 442 018 6"),
  seats ("række 14, plads 221"), amounts ("1.450 kr."), dates and times, CVR numbers, masked
  values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932", "BK ** ***"), the 70/80 lines, companies, venues, events
  and family words. Documents of kind "negative" are the same genres after pseudonymisation:
  only such values, stand-ins and pseudonyms remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind97 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 97_9797
SIZE = 1000
NEGATIVES = 350

TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
         "CARD", "CARD_EXPIRY", "OTP", "MITID_USER", "NUMBER_PLATE")  # fmt: skip
GENRES = ("sagslog", "chargeback", "chat", "falsk_overdragelse", "udbetaling",
          "politianmeldelse", "indgang", "kundeservice")  # fmt: skip

WOMEN = ("Birthe", "Sidsel", "Ingeborg", "Nanna", "Freja", "Lærke", "Gudrun", "Tove", "Maja",
         "Karoline", "Aya", "Zeynep", "Fatima", "Ewa", "Lan", "Signe", "Rikke", "Vibeke",
         "Asta", "Halima", "Johanne", "Mie", "Dorthe", "Agnes")  # fmt: skip
MEN = ("Torben", "Aksel", "Mikkel", "Villads", "Egon", "Bjarke", "Hamza", "Omar", "Piotr",
       "Kasper", "Niels", "Frode", "Emil", "Tariq", "Malthe", "Leif", "Rasmus", "Ahmad",
       "Sune", "Jens", "Oskar", "Viggo", "Kim", "Arne")  # fmt: skip
MIDDLE = {"women": ("Marie", "Louise", "Sofie", "Munk"), "men": ("Kristian", "Emil", "Bach")}
SURNAMES = ("Vestergaard", "Lund", "Kjeldsen", "Bech", "Damgaard", "Yilmaz", "Hussein",
            "Kowalska", "Nguyen", "Skovbo", "Thygesen", "Ahmadi", "Brandt", "Frost", "Holst",
            "Okafor", "Lauridsen", "Sørensen", "Mikkelsen", "Kaya", "Winther", "Nørgaard",
            "Vestergaard-Lund", "Bech-Hansen", "Skov-Ibsen", "Krogh-Madsen",
            "Al-Sayed")  # fmt: skip
STAFF = ("Louise Krarup", "Anders Høgh", "Pernille Aagaard", "Jakob Stenz", "Camilla Ravn")
ALIASES = ("Jonas", "Mathias", "Sarah", "Julie", "Daniel", "Christina")
ALIAS_UNITS = ("Billetservice", "kundeservice", "overdragelsesteamet", "sikkerhedsafdelingen")
PSEUDONYMS = ("Køber A", "Sælger B", "Medarbejder 1", "Kunde 2", "Person X")
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]", "NN")
FAMILY = ("min søster", "min bror", "min kæreste", "min mor", "min søn", "min datter")

STREETS = ("Solsortevej", "Æblehaven", "Ryttergade", "Kildebakken", "Poppelallé", "Møllestien",
           "Fasanvej", "Engtoften", "Bøgeskovvej", "Havnegade", "Tranevej", "Lindely",
           "Stensballevej", "Ravnsborggade", "Klintevej", "Hyldebærvej")  # fmt: skip
TOWNS = ("8000 Aarhus C", "2200 København N", "5000 Odense C", "9000 Aalborg", "7100 Vejle",
         "6700 Esbjerg", "4000 Roskilde", "8600 Silkeborg", "2860 Søborg", "3400 Hillerød",
         "6000 Kolding", "8900 Randers C", "2650 Hvidovre", "4700 Næstved")  # fmt: skip
COMPANIES = ("BilletBørsen", "Rækkeplads ApS", "Gatepass Nordic", "Billetlugen Øst",
             "Arenadrift A/S")  # fmt: skip
BANKS = ("Vestjysk Sparekasse", "Nordbanken", "Fynske Bank")
EVENTS = ("Roskilde Festival", "Smukfest", "FCK mod Brøndby", "AGF mod FC Midtjylland",
          "Tinderbox", "Nik & Jay i Royal Arena", "Metallica i Parken")  # fmt: skip
ORG_ADDRESSES = ("Kalvebod Brygge 41, 1560 København V", "Stadionalléen 2, 8000 Aarhus C",
                 "Hannemanns Allé 18, 2300 København S", "Ørsteds Allé 3, 5000 Odense C",
                 "Rugvænget 7, 9200 Aalborg SV", "Vejlevej 120, 7100 Vejle",
                 "Tårnbyvej 55, 2770 Kastrup")  # fmt: skip
ORG_STREETS = tuple(a.split(",")[0] for a in ORG_ADDRESSES)
ORG_LINES = ("70 22 41 90", "7022 4190", "80 20 11 47", "70 13 55 02", "80 40 90 60")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "401288", "5555", "5105", "2223", "3782", "3714")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "FI": 18, "ES": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "56", "62", "66",
            "75", "86", "87", "96", "98")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBAN statements."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _fold(text: str) -> str:
    """A name in ASCII lower case, as in e-mail addresses and MitID user IDs."""
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("-", ""), (" ", "")):
        text = text.lower().replace(a, b)
    return text


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def _person(rng: random.Random) -> Person:
    first = rng.choice(WOMEN + MEN)
    if first == "Lan" or rng.random() < 0.06:
        return Person("Nguyen", "Thi" if first in WOMEN else "Van", first)
    middle = rng.choice(MIDDLE["women" if first in WOMEN else "men"]) if rng.random() < 0.22 else ""
    return Person(first, middle, rng.choice(SURNAMES))


class _Doc:
    """One document being written: its text, its spans, and whether it is pseudonymised."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.text, self.spans = "", []
        self.pseudo: dict[Person, str] = {}

    def t(self, *parts: str) -> _Doc:
        self.text += "".join(parts)
        return self

    def v(self, kind: str, value: str, stand_in: str = "") -> _Doc:
        """A personal value, labelled; in a negative its stand-in instead, unlabelled."""
        if self.negative:
            return self.t(stand_in or _stand_in(self.rng, kind, value))
        start = len(self.text)
        self.text += value
        self.spans.append({"start": start, "end": len(self.text), "type": kind})
        return self

    def pseudonym(self, p: Person, fixed: str = "") -> str:
        if p not in self.pseudo:
            free = [x for x in PSEUDONYMS if x not in self.pseudo.values()] or ["[NAVN]"]
            self.pseudo[p] = fixed or self.rng.choice([*free, "[NAVN]", "NN"])
        return self.pseudo[p]

    def name(self, p: Person, form: str = "") -> _Doc:
        """A person's name in a written form (random if none given)."""
        form = (
            form
            or self.rng.choices(
                ("full", "comma", "caps", "initial", "first", "lower"), (40, 13, 11, 8, 18, 3)
            )[0]
        )
        if form == "genitive":
            plain = p.first[-1] not in "sxz" and p.first != "Nguyen"
            written = p.first + "s" if plain else p.full + "s"
        elif form == "comma" and p.first != "Nguyen":
            written = f"{p.last}, {' '.join(x for x in (p.first, p.middle) if x)}"
        elif form == "caps":
            written = p.full.upper()
        elif form == "initial" and not p.middle:
            written = f"{p.first[0]}. {p.last}"
        elif form == "first":
            written = p.first if p.first != "Nguyen" else p.full
        elif form == "lower":
            written = self.rng.choice((p.first, p.full)).lower()
        else:
            written = p.full
        suffix = "s" if form == "genitive" else ""
        return self.v("PERSON", written, self.pseudonym(p) + (suffix and "'s"))


def _stand_in(rng: random.Random, kind: str, value: str) -> str:
    """What a pseudonymised document holds in place of a personal value."""
    digits = "".join(c for c in value if c.isdigit())
    masked = {
        "CPR": ("[CPR]", digits[:6] + "-xxxx"),
        "PHONE": ("[TLF]", "+45 ** ** ** " + digits[-2:]),
        "EMAIL": ("[e-mail]", value[:1] + "***@" + value[value.find("example") :]),
        "BANK_ACCOUNT": ("[kontonr.]", "******" + digits[-4:]),
        "IBAN": (value[:4].replace(" ", "") + "X" * 10 + digits[-4:],),
        "CARD": ("**** **** **** " + digits[-4:], "[kortnr.]"),
        "CARD_EXPIRY": ("**/**",),
        "OTP": ("[kode]",),
        "MITID_USER": ("[bruger-id]", "[kode]"),
        "NUMBER_PLATE": (value[:2] + " ** ***", "[nummerplade]"),
        "ADDRESS": ("[ADRESSE]",),
        "DATE_OF_BIRTH": ("[fødselsdato]", "[dato]"),
    }[kind]
    return rng.choice(masked)


# --- synthetic identifiers ------------------------------------------------------------------


def _birth(rng: random.Random) -> date:
    return date(1941, 1, 1) + timedelta(days=rng.randrange(365 * 65))


def _cpr(rng: random.Random, born: date) -> str:
    """A CPR number with a real date and fitting century digit that fails modulus 11."""
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        number = head + century + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4)
    return (f"{number[:6]}-{number[6:]}", number, f"{head[:2]} {head[2:4]} {head[4:]} "
            f"{number[6:]}", f"{number[:6]} {number[6:]}")[form]  # fmt: skip


def _dob(rng: random.Random, born: date) -> str:
    return rng.choice((f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                       born.strftime("%d.%m.%Y"), f"{born.day}/{born.month}-{born.year}",
                       born.strftime("%d-%m-%Y")))  # fmt: skip


def _phone(rng: random.Random) -> str:
    """A personal phone number in one of the allowed written forms."""
    form = rng.randrange(13)
    if form == 10:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if form == 11:
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    n = rng.choice(MOBILE + MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    forms = (
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
    return forms[form % 10]


def _email(rng: random.Random, p: Person) -> str:
    local = rng.choice(
        (
            f"{_fold(p.first)}.{_fold(p.last)}",
            f"{_fold(p.first)}{rng.randrange(10, 99)}",
            f"{_fold(p.first)[:1]}{_fold(p.last)}",
            f"{_fold(p.last)}_{_fold(p.first)}",
        )
    )
    return local + "@" + rng.choice(("example.dk", "example.com", "example.net", "mail.example.dk"))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    return grouped(number) if rng.random() < 0.7 else number


def _expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.75 else f"{month:02d}/20{year}"


def _iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_LENGTH))
    bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.65 else compact


def _account(d: _Doc) -> _Doc:
    """A Danish account: reg.nr. and account as one span, or only the account after its word."""
    rng = d.rng
    reg, acc = f"{rng.randrange(1000, 9999)}", f"{rng.randrange(10**9):010d}"
    short = acc[rng.randrange(4) :]
    form = rng.randrange(4)
    if form == 0:
        return d.t("konto ").v("BANK_ACCOUNT", f"{reg}-{acc}")
    if form == 1:
        return d.t("kontonummer ").v("BANK_ACCOUNT", f"{reg} {acc}")
    if form == 2:
        return d.t(f"reg. {reg} konto ").v("BANK_ACCOUNT", short)
    return d.t(f"reg.nr. {reg}, kontonr. ").v("BANK_ACCOUNT", acc)


def _payee(d: _Doc, iban_share: float) -> _Doc:
    """Where money goes: a foreign IBAN (its share of the time) or a Danish account."""
    if d.rng.random() < iban_share:
        return d.t("IBAN ").v("IBAN", _iban(d.rng))
    return _account(d)


def _otp(rng: random.Random) -> str:
    return f"{rng.randrange(10**6):06d}" if rng.random() < 0.75 else f"{rng.randrange(10**8):08d}"


def _mitid(rng: random.Random, p: Person) -> str:
    tail = rng.choice((f"{rng.randrange(10, 100)}", f"19{rng.randrange(40, 100)}",
                       f"200{rng.randrange(6)}"))  # fmt: skip
    return _fold(rng.choice((p.first, p.first + p.last[:1], p.last)))[:12] + tail


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
    digits = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    return f"{letters} {digits[:2]} {digits[2:]}" if rng.random() < 0.65 else letters + digits


def _address(d: _Doc, block: bool = False) -> _Doc:
    """A private address on one line, or as a block over two lines (the break inside the span)."""
    rng = d.rng
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 160)}{rng.choice(('', '', 'A', 'B'))}"
    if rng.random() < 0.4:
        street += rng.choice((", st. th.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 4. tv."))
    town = rng.choice(TOWNS)
    return d.v("ADDRESS", f"{street}\n{town}" if block else f"{street}, {town}")


# --- hard negatives ---------------------------------------------------------------------------


def _order(rng: random.Random) -> str:
    return f"ORD-{rng.randrange(10**6, 10**7)}"


def _case(rng: random.Random) -> str:
    return f"TS-26-{rng.randrange(10**5):05d}"


def _ticket(rng: random.Random) -> str:
    letters = "".join(rng.choice("BCDFGHKQRWX") for _ in range(2))
    return f"TKT-{letters}{rng.randrange(10, 100)}-{rng.randrange(1000, 10000)}"


def _barcode(rng: random.Random) -> str:
    return f"{rng.randrange(100, 1000)} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)} "\
        f"{rng.randrange(10)}"  # fmt: skip


def _seat(rng: random.Random) -> str:
    return f"række {rng.randrange(1, 40)}, plads {rng.randrange(1, 400)}"


def _amount(rng: random.Random) -> str:
    kr = rng.randrange(250, 9000)
    text = f"{kr // 1000}.{kr % 1000:03d}" if kr >= 1000 else str(kr)
    return rng.choice((f"{text} kr.", f"{text},{rng.choice(('00', '50', '95'))} kr."))


def _day(rng: random.Random) -> str:
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    return rng.choice((day.strftime("%d.%m.%y"), day.strftime("%d.%m.%Y"), day.isoformat()))


def _clock(rng: random.Random) -> str:
    return f"{rng.randrange(8, 24):02d}.{rng.randrange(60):02d}"


def _org_address(rng: random.Random) -> str:
    """A venue's, box office's or the platform's address in one of its natural phrasings."""
    full = rng.choice(ORG_ADDRESSES)
    street, town = full.split(", ")
    return rng.choice((
        f"Billetter afhentes i billetlugen, {full}, fra kl. 17.00.",
        f"Vores kontor: {street}, {town}.",
        f"Kom ind på {street} mellem kl. 10 og 15, hvis du vil tale med os.",
        f"Vores afdeling på {street} i {town[5:]} har åbent man-fre 9-16.",
        f"Indgang via {full} (port 3).",
        f"Billetkontoret, {street}\n{town}\nÅbent 12.00-18.00",
    ))  # fmt: skip


def _staff(rng: random.Random) -> Person:
    first, last = rng.choice(STAFF).split()
    return Person(first, "", last)


def _signature(d: _Doc) -> _Doc:
    rng = d.rng
    p = _staff(rng)
    d.t("\n\nMed venlig hilsen\n").name(p, "full").t("\nTrust & Safety, BilletBørsen\n")
    d.t(rng.choice(ORG_ADDRESSES), f" · tlf. {rng.choice(ORG_LINES)} · ")
    d.v("EMAIL", f"{_fold(p.first)}.{_fold(p.last)}@billetborsen.example.dk")
    return d.t(f" · CVR-nr. {rng.randrange(10**7, 10**8)}\n")


# --- genres -------------------------------------------------------------------------------------


def _sagslog(d: _Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    d.t(f"Sag {_case(rng)} · Overtaget sælgerkonto · oprettet {_day(rng)}\nBruger: ").name(p)
    d.t(" (").v("EMAIL", _email(rng, p)).t(", tlf. ").v("PHONE", _phone(rng)).t(")\n")
    d.t(f"2026-0{rng.randrange(1, 10)}-1{rng.randrange(10)} {_clock(rng).replace('.', ':')} ")
    d.t("Login fra ukendt enhed; adgangskoden nulstillet. Engangskode ").v("OTP", _otp(rng))
    d.t(" sendt til ").v("PHONE", _phone(rng)).t(", indtastet efter 40 sek.\n")
    d.t("Udbetalingskonto ændret til ")
    _account(d).t(f" samme dag; {rng.randrange(2, 9)} billetter til {rng.choice(EVENTS)} ")
    d.t(f"solgt for {_amount(rng)} (ordre {_order(rng)}, {_order(rng)}).\n")
    d.t("Ringede til ").name(p, "genitive").t(" nummer ").v("PHONE", _phone(rng))
    d.t(". Brugeren bekræftede via MitID med bruger-ID ").v("MITID_USER", _mitid(rng, p))
    d.t(" og læste koden ").v("OTP", _otp(rng)).t(" op; CPR oplyst til kontrol: ")
    d.v("CPR", _cpr(rng, _birth(rng))).t(".\n")
    if rng.random() < 0.5:
        d.t("Den nye e-mail på kontoen var ").v("EMAIL", _email(rng, _person(rng)))
        d.t(f"; gammel adresse maskeret som {_fold(p.first)[:1]}***@example.dk.\n")
    d.t(f"Kontakt os: {rng.choice(ORG_LINES)}. {_org_address(rng)}\n")
    d.t(f"Billet-ID'er spærret: {_ticket(rng)}, {_ticket(rng)}. Status: lukket.")


def _chargeback(d: _Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    d.t(f"Chargeback {f'CB-{rng.randrange(10**5, 10**6)}'} · modtaget {_day(rng)}\n")
    d.t(f"Ordre {_order(rng)}, {rng.choice(EVENTS)}, {_seat(rng)}, {_amount(rng)}\n")
    d.t("Kortholder: ").name(p, rng.choice(("caps", "comma", "full"))).t("\nKort: ")
    d.v("CARD", _card(rng)).t(" udløb ").v("CARD_EXPIRY", _expiry(rng)).t(
        "\nFaktureringsadresse:\n"
    )
    _address(d, block=rng.random() < 0.6).t("\nE-mail på ordren: ").v("EMAIL", _email(rng, p))
    d.t("\n\nKøberen oplyser, at billetterne (stregkode ")
    d.t(f"{_barcode(rng)}) blev afvist ved indgangen kl. {_clock(rng)}. ")
    d.t("Sælgeren, ").name(_person(rng)).t(", har fået udbetalt til ")
    _account(d).t(". Tidligere kort på kontoen: **** **** **** ")
    d.t(f"{rng.randrange(1000, 10000)}.\n{_org_address(rng)}\n")
    d.t(f"Svar til {rng.choice(BANKS)} inden {_day(rng)} (tlf. {rng.choice(ORG_LINES)}).")


def _speaker(d: _Doc, clock: str, p: Person, role: str, lower: bool) -> _Doc:
    d.t(f"[{clock}] ")
    if d.negative:
        return d.t(d.pseudonym(p, role)).t(": ")
    return d.name(p, "lower" if lower else "full").t(": ")


def _chat(d: _Doc) -> None:
    rng = d.rng
    buyer, seller = _person(rng), _person(rng)
    hour, minute = rng.randrange(8, 23), rng.randrange(40)
    lower = rng.random() < 0.5

    def line(p: Person, role: str) -> _Doc:
        nonlocal minute
        minute += rng.randrange(1, 4)
        return _speaker(d, f"{hour:02d}:{minute:02d}", p, role, lower)

    d.t(f"Beskedtråd på annonce {_ticket(rng)} · {rng.choice(EVENTS)}\n")
    line(buyer, "Køber A").t(f"hej, er de 2 billetter til {_seat(rng)} stadig til salg?\n")
    line(seller, "Sælger B").t(f"ja, {_amount(rng)} for begge. skriv til mig på ")
    d.v("PHONE", _phone(rng)).t(" så kan vi klare det udenom gebyret\n")
    line(buyer, "Køber A").t("helst gennem platformen, men ok. min mail er ")
    d.v("EMAIL", _email(rng, buyer)).t("\n")
    _payee(line(seller, "Sælger B").t("overfør til "), 0.4)
    d.t(", så sender jeg overdragelsen\n")
    line(buyer, "Køber A").t(f"kan vi ikke mødes? {rng.choice(FAMILY)} kan hente dem\n")
    line(seller, "Sælger B").t("ok, jeg holder i en sort Polo, ").v("NUMBER_PLATE", _plate(rng))
    d.t(f", ved {rng.choice(ORG_STREETS)} kl. {_clock(rng)}\n")
    line(buyer, "Køber A").t("har lige fået en kode fra jer?? ").v("OTP", _otp(rng)).t("\n")
    line(seller, "Sælger B").t("bare send den, det er for at bekræfte overdragelsen\n")
    d.t(f"[Systembesked] Beskeden er markeret af Trust & Safety ({_case(rng)}).")


def _falsk_overdragelse(d: _Doc) -> None:
    rng, buyer = d.rng, _person(d.rng)
    alias = rng.choice(ALIASES)
    d.t("Fra: ").name(buyer, "full").t(" <").v("EMAIL", _email(rng, buyer)).t(">\n")
    d.t("Til: ").v("EMAIL", "svindel@billetborsen.example.dk")
    d.t(f"\nEmne: VS: Din billet er klar til overdragelse ({_order(rng)})\n\n")
    d.t("Hej, jeg har fået nedenstående og tror, det er falsk. Afsenderen præsenterede sig som ")
    d.v("PERSON", alias, "[NAVN]").t(f" fra {rng.choice(ALIAS_UNITS)} og bad mig betale ")
    d.t(f'{_amount(rng)} i "forsikring" med kortet ').v("CARD", _card(rng))
    d.t(", udløb ").v("CARD_EXPIRY", _expiry(rng)).t(". Jeg har allerede overført ")
    d.t(f"{_amount(rng)} til dem. Ring gerne på ").v("PHONE", _phone(rng)).t(".\n\n")
    d.t("---------- Videresendt besked ----------\nFra: BilletBørsen Overdragelse <")
    d.v("EMAIL", f"overdragelse.{rng.randrange(10, 99)}@example.net")
    d.t(">\nKære ").name(buyer, rng.choice(("first", "caps", "full")))
    d.t(f",\nDin billet {_ticket(rng)} til {rng.choice(EVENTS)} venter. For at frigive den skal ")
    d.t("du indtaste koden ").v("OTP", _otp(rng)).t(" og dit MitID bruger-ID ")
    d.v("MITID_USER", _mitid(rng, buyer)).t(" på linket. Spørgsmål: ring ")
    d.v("PHONE", _phone(rng)).t(".\n(Vi ringer kun fra ")
    d.t(f"{rng.choice(ORG_LINES)} og skriver kun fra no***@example.dk.)\n{_org_address(rng)}")


def _udbetaling(d: _Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    born = _birth(rng)
    d.t(f"Sælgerverifikation før udbetaling · sag {_case(rng)}\nNavn: ").name(p, "caps")
    d.t("\nCPR-nr.: ").v("CPR", _cpr(rng, born)).t(" (")
    d.t(rng.choice(("født ", "f. "))).v("DATE_OF_BIRTH", _dob(rng, born)).t(")\nAdresse: ")
    _address(d, block=rng.random() < 0.5).t("\nMobil: ").v("PHONE", _phone(rng))
    d.t("\nMitID bruger-ID: ").v("MITID_USER", _mitid(rng, p)).t("\nUdbetaling til: ")
    _payee(d, 0.6)
    d.t(f"\nSaldo til udbetaling: {_amount(rng)} fra {rng.randrange(2, 30)} salg, senest ")
    d.t(f"{_order(rng)}.\nBemærk: ").name(p, "genitive").t(" bil ").v("NUMBER_PLATE", _plate(rng))
    d.t(f" blev set ved {rng.choice(EVENTS)}; ingen sag.\nTidligere konto ******")
    d.t(f"{rng.randrange(1000, 10000)} er lukket. {_org_address(rng)}")


def _politianmeldelse(d: _Doc) -> None:
    rng, victim, seller = d.rng, _person(d.rng), _person(d.rng)
    born = _birth(rng)
    d.t(f"Anmeldelse af bedrageri · journal {rng.randrange(1000, 9999)}-{rng.randrange(10**4):05d}")
    d.t("\nAnmelder: ").name(victim, "full").t(", Fødselsdato: ").v(
        "DATE_OF_BIRTH", _dob(rng, born)
    )
    d.t("\nCPR: ").v("CPR", _cpr(rng, born)).t("\n")
    _address(d, block=True).t("\nTlf.: ").v("PHONE", _phone(rng)).t("\n\nForklaring: ")
    d.t(f"{rng.choice(('Anmelder', 'Jeg'))} købte to billetter til {rng.choice(EVENTS)} af ")
    _payee(d.name(seller).t(f" for {_amount(rng)}, overført til "), 0.4).t(". Samme billetter (")
    d.t(f"{_ticket(rng)}) var solgt til ").name(_person(rng)).t(". Sælger kom i en bil med ")
    d.t("nummerpladen ").v("NUMBER_PLATE", _plate(rng)).t(" og præsenterede sig som ")
    d.v("PERSON", rng.choice(ALIASES), "NN").t(f" fra {rng.choice(ALIAS_UNITS)}. ")
    d.t("Sælgers telefon: ").v("PHONE", _phone(rng)).t(f". Vidne: {rng.choice(FAMILY)}. Kopi af ")
    d.name(victim, "genitive").t(" kontoudskrift vedlagt.\n")
    d.t(f"Platformens sag: {_case(rng)}. {_org_address(rng)}")


def _indgang(d: _Doc) -> None:
    rng = d.rng
    d.t(f"Hændelsesrapport, indgang {rng.randrange(1, 12)} · {rng.choice(EVENTS)} · {_day(rng)}\n")
    d.t(f"{_org_address(rng)}\n")
    for _ in range(rng.randrange(2, 4)):
        p = _person(rng)
        d.t(f"kl. {_clock(rng)}: stregkode {_barcode(rng)} ({_seat(rng)}) scannet anden gang. ")
        d.t("Gæst: ").name(p).t(", tlf. ").v("PHONE", _phone(rng)).t(".\n")
    d.t("Kontrollør ").name(_staff(rng), rng.choice(("full", "first")))
    d.t(" noterede en bil på P-pladsen, ").v("NUMBER_PLATE", _plate(rng))
    d.t(", hvor billetter blev solgt fra bagagerummet.\nDen ene køber, ").name(
        _person(rng), "initial"
    )
    d.t(", viste overdragelse fra ").v("EMAIL", _email(rng, _person(rng)))
    d.t(f". Henvist til BilletBørsen på {rng.choice(ORG_LINES)}.")


def _kundeservice(d: _Doc) -> None:
    rng, p = d.rng, _person(d.rng)
    d.t(f"BilletBørsen · {rng.choice(ORG_ADDRESSES)} · {rng.choice(ORG_LINES)}\n\n")
    d.name(p, rng.choice(("caps", "full")))
    d.t("\n")
    _address(d, block=True).t(f"\n\n{_day(rng)}\nVedr. ordre {_order(rng)} ({_case(rng)})\n\n")
    d.t("Kære ").name(p, "first").t(",\nTak for din henvendelse om billetterne til ")
    d.t(f"{rng.choice(EVENTS)}. Vi refunderer {_amount(rng)} til ")
    if rng.random() < 0.6:
        _payee(d, 0.5)
    else:
        d.v("CARD", _card(rng)).t(" (udløb ").v("CARD_EXPIRY", _expiry(rng)).t(")")
    d.t(". Vi har registreret ").v("PHONE", _phone(rng)).t(" og ").v("EMAIL", _email(rng, p))
    d.t(f" som dine kontaktoplysninger. Har du spørgsmål, så ring på {rng.choice(ORG_LINES)}.")
    d.t(f" {_org_address(rng)}")
    _signature(d)


_WRITERS: dict[str, Callable[[_Doc], None]] = dict(
    zip(
        GENRES,
        (
            _sagslog,
            _chargeback,
            _chat,
            _falsk_overdragelse,
            _udbetaling,
            _politianmeldelse,
            _indgang,
            _kundeservice,
        ),
        strict=True,
    )
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, round(size * 0.35) of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = set(rng.sample(range(size), round(size * NEGATIVES / SIZE)))
    docs = []
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        d = _Doc(rng, i in negatives)
        _WRITERS[genre](d)
        kind = "negative" if d.negative else "positive"
        docs.append({"id": f"pii97-{i:04d}", "genre": genre, "kind": kind, "text": d.text,
                     "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1])
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
