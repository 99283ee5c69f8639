"""A twenty-eighth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is TRAVEL, TICKETS AND
HOLIDAY-RENTAL FRAUD as Danish travellers, travel agencies, a travel guarantee fund, card issuers
and the police handle it, in eight genres: complaints to a travel guarantee fund or consumer
complaint board about a fake holiday home (the complainant's name, address, phone, the
"landlord's" IBAN abroad, dates), a card issuer's chargeback case notes for a fake airline-ticket
site (card, expiry and CVV typed in, the cardholder, a booking reference), exports of fake
"Booking.com"/"Airbnb" host chats in Danish, English and German asking to pay outside the
platform (names, phones, e-mails, IBANs), a ticket-resale victim's police report (concert tickets
bought on a marketplace, the seller's MobilePay number, a bank account, the seller's car), an
airline's refund correspondence where a fraudster redirected the refund (a passenger list with
names and dates of birth after "født"), a travel agency's booking export (lines
"navn;email;telefon;adresse"), an insurer's handling of a wallet stolen abroad (CPR, card, a MitID
user ID given on a call, a one-time code read out) and a car-rental deposit scam (number plates,
the driver's data). The names are those of Danes of all ages, Danes with roots elsewhere ("Zainab
Haidari", "Tran Minh Duc"), double surnames ("Kjær-Lindholm") and foreign hosts ("Jürgen
Oberhauser", "Lucía Ferrer Ibáñez").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "klager", "MR", "MRS");
  "Holst, Agnete" is one span, and so is an airline's "HOLST/AGNETE MARIE" (the title after it
  is not); a genitive s belongs to it ("Agnetes"); a lower-case name typed in a chat ("jytte") is
  PERSON. A scammer's alias ("Maria fra Booking") is PERSON, the platform is not. Organisations,
  platforms, products, pseudonym labels ("[NAVN]", "Lejer A", "Rejsende 2", "Kortholder B",
  "Vært A") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street or holiday home named without a number is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled (travel dates, flight times, check-in).
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  A MobilePay number is a PHONE. An organisation's number (70/80 lines, 112, 114, SMS short
  codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207" or "BK41207").
- This set's choices: passport numbers ("pasnr. 208461937") and driving licence numbers
  ("kørekortnr. 04417822") are NOT labelled; they are hard negatives, like booking references
  ("PNR K7QX2M", "HMQ4T8ZC2W"), reservation and rental-contract numbers.
- Hard negatives, never labelled: amounts ("12.500 kr.", "849,95 EUR"), dates and clock times
  ("14.07.2026", "kl. 09.14", "[14.07.26, 09:42:11]"), booking, case, chargeback, claim and
  journal numbers, flight numbers, CVR numbers, masked values ("040652-xxxx", "+45 ** ** ** 31",
  "a***@example.dk", "**** **** **** 1111", "******4417", "DE89XXXXXXXXXXXXXX3000"),
  organisations' 70/80 and short numbers, banks, platforms, airlines and family words. Documents
  of kind "negative" are the same genres after pseudonymisation: only such values remain. No
  run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind27 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
SEED = 27_2818
SIZE = 1000
NEGATIVES = 350

TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400000", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "ES": 24, "PT": 25, "HR": 21, "GR": 27, "PL": 28, "AT": 20}
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
    "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54", "56",
    "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "74", "75", "76", "86", "87",
    "89", "96", "97", "98", "99",
)  # fmt: skip
ORG_LINES = ("70 22 18 40", "70 11 93 06", "80 20 14 14", "70 25 51 61", "80 33 90 12")
BANKS = ("Kystbanken", "Lindum Sparekasse", "Nordkort", "Vestjysk Andelskasse")
PLATFORMS = ("Booking.com", "Airbnb", "DBA", "Facebook Marketplace", "Vrbo")
AIRLINES = ("NordAir", "Skyline Scandinavia", "Baltic Wings")
PRODUCTS = ("MobilePay", "Visa Dankort", "Mastercard Gold", "Rejseplus Basis", "3-D Secure")
GENRES = (
    "garantifond_klage", "chargeback_flybillet", "vaert_chat", "billet_anmeldelse",
    "refusion_flyselskab", "booking_eksport", "rejseforsikring", "billeje_depositum",
)  # fmt: skip

WOMEN = (
    "Agnete", "Birthe", "Camilla", "Dorthe", "Ellen", "Frida", "Gunhild", "Hanne", "Ida",
    "Jytte", "Karin", "Lærke", "Malene", "Nanna", "Oda", "Pernille", "Rigmor", "Signe", "Tove",
    "Ulla", "Vibeke", "Yrsa", "Zainab", "Aylin", "Mette", "Sanne", "Bodil", "Kamilla", "Josefine",
)  # fmt: skip
MEN = (
    "Anders", "Bent", "Carsten", "Dennis", "Erik", "Frode", "Gorm", "Henning", "Ib", "Jakob",
    "Kaj", "Leif", "Mikkel", "Niels", "Ole", "Palle", "Rasmus", "Svend", "Torben", "Uffe",
    "Villads", "Yusuf", "Ahmad", "Emil", "Bjarke", "Oliver", "Kristian", "Holger", "Tobias",
)  # fmt: skip
SURNAMES = (
    "Holst", "Kjær", "Lindholm", "Bisgaard", "Fogh", "Mikkelsen", "Dahl", "Søgaard", "Vestergaard",
    "Brix", "Thygesen", "Laursen", "Engholm", "Riis", "Krogh", "Nørgaard", "Bundgaard", "Hvid",
    "Skov", "Pallesen", "Haidari", "Yilmaz", "Kowalczyk", "Abdi", "Ravnsborg", "Gade", "Winther",
)  # fmt: skip
FULL_NAMES = ("Tran Minh Duc", "Nguyen Thi Hoa", "Zainab Haidari", "Aylin Demir")
HOSTS = (
    "Jürgen Oberhauser", "Lucía Ferrer Ibáñez", "Marco Benedetti", "Eleni Papadaki",
    "Sabine Krüger", "Tomasz Wróbel", "James Whitcombe", "Ana Sousa Pereira", "Klaus Heidemann",
    "Dragana Kovač", "Pedro Almansa", "Fiona McCrae",
)  # fmt: skip
STREETS = (
    "Hyldebærvej", "Klintebakken", "Sivsangervej", "Fasanhaven", "Ravnsbjergvej", "Møllegyden",
    "Strandengen", "Tjørnelunden", "Kirsebærhaven", "Ørnekærs Vænge", "Skipper Clements Gade",
    "Lodsvej", "Bøgeskovvej", "Gl. Kongevej", "Ved Fjorden", "Højager Allé",
)  # fmt: skip
TOWNS = (
    ("2770", "Kastrup"), ("4180", "Sorø"), ("5700", "Svendborg"), ("6100", "Haderslev"),
    ("7400", "Herning"), ("8270", "Højbjerg"), ("9400", "Nørresundby"), ("3450", "Allerød"),
    ("4700", "Næstved"), ("8660", "Skanderborg"), ("2650", "Hvidovre"), ("6800", "Varde"),
)  # fmt: skip
DESTINATIONS = ("Altea", "Nerja", "Rovinj", "Chania", "Albufeira", "Gardasøen", "Zell am See")
ABROAD_STREETS = ("Calle Mayor", "Via Roma", "Odos Kondylaki", "Rua do Sol", "Seeweg")
HOMES = ("Villa Sol", "Casa Azul", "Haus Alpenblick", "Villa Lemoni", "Apartamento Brisa")
VENUES = ("Royal Arena", "Ceres Park", "Parken", "Tinghøj Open Air", "Smukfest")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
EMAIL_DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ü": "ue", "ö": "oe", "ä": "ae",
                       "é": "e", "í": "i", "á": "a", "ñ": "n", "č": "c", "ó": "o"})  # fmt: skip

NEG_STANDINS = {
    "ADDRESS": ("[ADRESSE]",),
    "CPR": ("[CPR]",),
    "DATE_OF_BIRTH": ("[dato]",),
    "PHONE": ("[TLF]",),
    "EMAIL": ("[e-mail]",),
    "BANK_ACCOUNT": ("[kontonr.]",),
    "IBAN": ("[IBAN]",),
    "CARD": ("[kortnr.]",),
    "CARD_EXPIRY": ("[udløb]",),
    "CARD_CVV": ("[kode]",),
    "OTP": ("[kode]",),
    "MITID_USER": ("[bruger-id]",),
    "NUMBER_PLATE": ("[reg.nr.]",),
}


def grouped(compact: str) -> str:
    """The value in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, country: str) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Doc:
    """A document under construction: plain text and labelled values."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng, self.neg = rng, neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.pos += len(text)
        return self

    def v(self, kind: str, value: str, alt: str | None = None) -> Doc:
        if self.neg:
            return self.t(alt if alt is not None else self.rng.choice(NEG_STANDINS[kind]))
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class Maker:
    """Seeded values: people, identifiers and the hard negatives around them."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def person(self) -> tuple[str, str]:
        r = self.r
        if r.random() < 0.08:
            first, last = self.pick(FULL_NAMES).split(" ", 1)
            return first, last
        first = self.pick(WOMEN + MEN)
        if r.random() < 0.2:
            first += " " + self.pick(WOMEN if first in WOMEN else MEN)
        last = self.pick(SURNAMES)
        if r.random() < 0.3:
            other = self.pick(tuple(x for x in SURNAMES if x != last))
            last = f"{last}-{other}"
        return first, last

    def written(self, first: str, last: str, style: str = "") -> str:
        style = style or self.r.choice(("full", "full", "full", "comma", "initial", "first"))
        given = first.split(" ")[0]
        return {
            "full": f"{first} {last}",
            "comma": f"{last}, {first}",
            "initial": f"{given[0]}. {last}",
            "first": given,
            "upper": f"{first} {last}".upper(),
            "lower": given.lower(),
            "airline": f"{last}/{first}".upper(),
        }[style]

    def genitive(self, name: str) -> str:
        return name if name[-1] in "sxz" else name + "s"

    def birth(self, young: bool = False) -> date:
        start = date(1938, 1, 1) if not young else date(2000, 1, 1)
        end = date(2005, 12, 31) if young else date(2004, 12, 31)
        return start + timedelta(days=self.r.randrange((end - start).days))

    def cpr(self, born: date | None = None, form: int | None = None) -> str:
        born = born or self.birth()
        head = born.strftime("%d%m%y")
        century = "4" if born.year >= 2000 else self.pick("0123")
        while True:
            serial = century + f"{self.r.randrange(1000):03d}"
            digits = head + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = self.r.randrange(4) if form is None else form
        return (
            f"{head}-{serial}",
            digits,
            f"{head[:2]} {head[2:4]} {head[4:]} {serial}",
            f"{head} {serial}",
        )[form]

    def dob(self, born: date) -> str:
        d, m, y = born.day, born.month, born.year
        return self.pick(
            (
                f"{d}. {MONTHS[m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}/{m}-{y}",
                f"{d:02d}-{m:02d}-{y}",
            )
        )

    def phone(self, foreign: bool = False) -> str:
        r = self.r
        if foreign or r.random() < 0.1:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randrange(1000):03d}"
            return f"+46 70 174 06 {r.randrange(5, 100):02d}"
        n = self.pick(MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        p = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        return self.pick((
            f"+45 {n}", f"+45 {p}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"(+45) {p}",
            f"0045 {n}", p, n, f"+45{n}", p.replace(" ", "."),
        ))  # fmt: skip

    def email(self, first: str, last: str) -> str:
        f = first.split(" ")[0].lower().translate(ASCII)
        last_part = last.split(" ")[-1].lower().translate(ASCII).replace("-", "")
        n = self.r.randrange(10, 99)
        local = self.pick(
            (f"{f}.{last_part}", f"{f}{n}", f"{f[0]}{last_part}", f"{f}_{last_part[:4]}")
        )
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    def mask_email(self, first: str) -> str:
        return f"{first[0].lower().translate(ASCII)}***@{self.pick(EMAIL_DOMAINS)}"

    def address(self, block: bool = False) -> str:
        r = self.r
        street = f"{self.pick(STREETS)} {r.randrange(1, 140)}"
        if r.random() < 0.25:
            street += self.pick("ABC")
        if r.random() < 0.4:
            street += ", " + self.pick(
                ("st. tv.", "1. th.", "2. tv.", "3. mf.", "st. mf.", "4. th.")
            )
        code, town = self.pick(TOWNS)
        return f"{street}\n{code} {town}" if block else f"{street}, {code} {town}"

    def account(self) -> tuple[str, str, str]:
        """(text before, account span, text after) in one of the forms."""
        reg = f"{self.r.randrange(1000, 9999)}"
        acct = f"{self.r.randrange(10**9, 10**10):010d}"
        short = f"{self.r.randrange(10**7, 10**8)}"
        return self.pick((
            ("", f"{reg}-{acct}", ""), ("", f"{reg} {acct}", ""),
            (f"reg. {reg} konto ", short, ""), (f"reg.nr. {reg}, kontonr. ", acct, ""),
        ))  # fmt: skip

    def iban(self, country: str | None = None) -> str:
        value = _iban(self.r, country or self.pick(tuple(IBAN_LENGTH)))
        return grouped(value) if self.r.random() < 0.6 else value

    def mask_iban(self) -> str:
        value = _iban(self.r, self.pick(("DE", "ES", "PT", "HR", "GR")))
        return value[:4] + "X" * (len(value) - 8) + value[-4:]

    def card(self) -> str:
        body = self.pick(TEST_PREFIXES)
        body += "".join(self.pick("0123456789") for _ in range(15 - len(body)))
        value = body + _luhn_digit(body)
        return grouped(value) if self.r.random() < 0.65 else value

    def mask_card(self) -> str:
        last = f"{self.r.randrange(10000):04d}"
        return self.pick((f"**** **** **** {last}", f"******{last}"))

    def expiry(self) -> str:
        m, y = self.r.randrange(1, 13), self.r.randrange(26, 32)
        return f"{m:02d}/{y}" if self.r.random() < 0.7 else f"{m:02d}/20{y}"

    def otp(self) -> str:
        return (
            f"{self.r.randrange(10**5, 10**6)}"
            if self.r.random() < 0.75
            else (f"{self.r.randrange(10**7, 10**8)}")
        )

    def mitid(self, first: str, born: date) -> str:
        f = first.split(" ")[0].lower().translate(ASCII)
        year = str(born.year) if self.r.random() < 0.5 else f"{born.year % 100:02d}"
        return f + year

    def plate(self) -> str:
        letters = "".join(self.pick("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{self.r.randrange(10, 100)}{self.r.randrange(100, 1000)}"
        return f"{letters} {n[:2]} {n[2:]}" if self.r.random() < 0.7 else letters + n

    # hard negatives
    def amount(self) -> str:
        kr = self.r.randrange(400, 48000)
        s = f"{kr:,}".replace(",", ".")
        return self.pick((f"{s} kr.", f"kr. {s},00", f"{s},{self.r.randrange(100):02d} EUR"))

    def day(self) -> str:
        d = date(2026, 1, 1) + timedelta(days=self.r.randrange(330))
        return self.pick(
            (d.strftime("%d.%m.%Y"), d.strftime("%Y-%m-%d"), f"{d.day}. {MONTHS[d.month - 1]}")
        )

    def trip(self) -> str:
        start = date(2026, 3, 1) + timedelta(days=self.r.randrange(200))
        end = start + timedelta(days=self.r.randrange(5, 22))
        return f"{start:%d.%m.%Y} til {end:%d.%m.%Y}"

    def clock(self) -> str:
        return f"kl. {self.r.randrange(6, 23):02d}.{self.r.randrange(60):02d}"

    def code(self, n: int = 6) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

    def pnr(self) -> str:
        return self.pick((f"PNR {self.code()}", f"bookingref. {self.code()}", f"HM{self.code(8)}"))

    def passport(self) -> str:
        return f"{self.r.randrange(200000000, 299999999)}"

    def licence(self) -> str:
        return f"0{self.r.randrange(10**6, 10**7)}"

    def flight(self) -> str:
        return f"{self.pick(('NR', 'SK', 'BW'))}{self.r.randrange(100, 9999)}"

    def org(self) -> str:
        return self.pick(ORG_LINES)


def _name(d: Doc, m: Maker, first: str, last: str, style: str, alt: str) -> None:
    d.v("PERSON", m.written(first, last, style), alt)


def _host(m: Maker) -> tuple[str, str]:
    first, last = m.pick(HOSTS).split(" ", 1)
    return first, last


def _email_of(m: Maker, first: str, last: str) -> tuple[str, str]:
    return m.email(first, last), m.mask_email(first)


def _account(d: Doc, m: Maker) -> None:
    before, value, after = m.account()
    d.t(before).v("BANK_ACCOUNT", value).t(after)


def _complaint(d: Doc, m: Maker) -> None:
    first, last = m.person()
    hf, hl = _host(m)
    home, dest = m.pick(HOMES), m.pick(DESTINATIONS)
    d.t(m.pick(("Til: Feriegarantien, klageafdelingen\n", "Klage til Rejseklagenævnet\n")))
    d.t(
        f"Emne: Falsk feriebolig – {home} i {dest}, sagsnr. FG-2026-{m.r.randrange(1000, 9999)}\n\n"
    )
    d.t("Klager: ")
    _name(d, m, first, last, m.pick(("full", "comma", "upper")), m.pick(("Lejer A", "[NAVN]")))
    d.t("\nAdresse: ").v("ADDRESS", m.address(block=m.r.random() < 0.4))
    d.t("\nTelefon: ").v("PHONE", m.phone(), m.pick(("[TLF]", "+45 ** ** ** 31")))
    d.t("\nE-mail: ").v("EMAIL", m.email(first, last), m.mask_email(first))
    if m.r.random() < 0.5:
        d.t("\nCPR-nr.: ").v("CPR", m.cpr(), m.pick(("[CPR]", "040652-xxxx")))
    d.t(f"\n\nJeg lejede {home} i {dest} fra {m.trip()} gennem en annonce, ")
    d.t("der lignede ")
    d.t(f"{m.pick(PLATFORMS)}. Udlejeren, der kaldte sig ")
    _name(d, m, hf, hl, "full", "Udlejer B")
    d.t(f", bad mig betale {m.amount()} direkte til IBAN ").v("IBAN", m.iban(), m.mask_iban())
    d.t(f". Huset skulle ligge på {m.pick(ABROAD_STREETS)} tæt ved stranden")
    d.t(f". Da min mand og jeg ankom {m.clock()}, fandtes huset ikke, og nummeret ")
    d.v("PHONE", m.phone(foreign=True), "[TLF]").t(" var lukket.\n")
    if m.r.random() < 0.6:
        d.t("Jeg beder om at få beløbet tilbagebetalt til ")
        _account(d, m)
        d.t(".\n")
    d.t(f"Min bank ({m.pick(BANKS)}) henviste mig til jer. Jeres telefon {m.org()} var optaget.\n")
    d.t("\nMed venlig hilsen\n")
    _name(d, m, first, last, m.pick(("full", "first")), m.pick(("Lejer A", "[NAVN]")))


def _chargeback(d: Doc, m: Maker) -> None:
    first, last = m.person()
    born = m.birth()
    d.t(f"Sag CB-2026-{m.r.randrange(10**5, 10**6)} | {m.pick(BANKS)} | Indsigelse – flybillet\n")
    d.t("Kortholder: ")
    _name(d, m, first, last, m.pick(("comma", "upper", "full")), "Kortholder B")
    d.t("\nKort: ").v("CARD", m.card(), m.mask_card()).t(", udløb ")
    d.v("CARD_EXPIRY", m.expiry(), "**/**").t("\n\n")
    airline = m.pick(AIRLINES)
    d.t(f"{m.day()} {m.clock()}: Kunden ringede. Har købt 2 billetter til {m.pick(DESTINATIONS)} ")
    d.t(f"på en side, der lignede {airline}, for {m.amount()}. Kunden tastede kortnr., udløb ")
    d.v("CARD_EXPIRY", m.expiry(), "[udløb]").t(" og ")
    cue = m.pick(("CVV ", "CVC: ", "cvc ", "kontrolcifre "))
    d.t(cue).v("CARD_CVV", f"{m.r.randrange(1000):03d}", "***")
    d.t(f" ind. Bookingreference {m.pnr()} findes ikke hos {airline} (flight {m.flight()}).\n")
    if m.r.random() < 0.6:
        d.t(f"Kunden godkendte også betalingen i {PRODUCTS[4]} med koden ").v("OTP", m.otp())
        d.t(" fra SMS'en.\n")
    if m.r.random() < 0.55:
        d.t("Kunden har desuden oplyst sit MitID-bruger-ID ").v("MITID_USER", m.mitid(first, born))
        d.t(" til en falsk 'kundeservice'.\n")
    d.t("Kontakt: ").v("PHONE", m.phone(), "[TLF]").t(" / ")
    d.v("EMAIL", m.email(first, last), m.mask_email(first))
    d.t(f"\nKort spærret, nyt kort bestilt. Beløb {m.amount()} indsigelse oprettet. Ref. ")
    d.t(f"{m.mask_card()}. Sagsbehandler: ")
    sf, sl = m.person()
    _name(d, m, sf, sl, "initial", "SB 14")
    d.t("\n")


def _chat(d: Doc, m: Maker) -> None:
    first, last = m.person()
    hf, hl = _host(m)
    home, platform = m.pick(HOMES), m.pick(("Booking.com", "Airbnb"))
    day = f"{m.r.randrange(1, 29):02d}.{m.r.randrange(1, 10):02d}.26"
    hours = sorted(m.r.sample(range(7, 23), 7))
    stamp = [f"[{day}, {h:02d}:{m.r.randrange(60):02d}:{m.r.randrange(60):02d}]" for h in hours]
    guest_alt, host_alt = m.pick(("Gæst A", "[NAVN]")), m.pick(("Vært A", "[NAVN]"))
    d.t(f"Chat-eksport – {platform} – reservation {m.pnr()}\n")
    d.t(f"{stamp[0]} ")
    _name(d, m, hf, hl, "full", host_alt)
    d.t(": Hello ")
    _name(d, m, first, last, "first", guest_alt)
    d.t(f"! Thank you for booking {home}. Leider funktioniert die Zahlung über {platform} gerade ")
    d.t("nicht. Please pay the deposit directly: IBAN ").v("IBAN", m.iban(), m.mask_iban())
    d.t(", Kontoinhaber ")
    _name(d, m, hf, hl, m.pick(("full", "upper")), host_alt)
    d.t(f", {m.amount()}.\n{stamp[1]} ")
    _name(d, m, first, last, "lower", guest_alt)
    d.t(": hej, er det sikkert?? can I call you first\n")
    d.t(f"{stamp[2]} ")
    _name(d, m, hf, hl, "first", host_alt)
    d.t(": Ja natürlich, ring mig på ").v("PHONE", m.phone(foreign=True), "[TLF]")
    d.t(" oder schreib an ").v("EMAIL", m.email(hf, hl), m.mask_email(hf)).t("\n")
    d.t(f"{stamp[3]} ")
    _name(d, m, first, last, "full", guest_alt)
    d.t(": ok min mail er ").v("EMAIL", m.email(first, last), "[e-mail]")
    d.t(" og mit nr er ").v("PHONE", m.phone(), "[TLF]").t("\n")
    if m.r.random() < 0.7:
        d.t(f"{stamp[4]} Support: ")
        sf = m.pick(WOMEN)
        d.v("PERSON", sf, "Support A").t(f" fra {platform.split('.')[0]}: Sie erhalten einen ")
        d.t("verification code, please send it here to confirm the payment\n")
        d.t(f"{stamp[5]} ")
        _name(d, m, first, last, "lower", guest_alt)
        d.t(": koden er ").v("OTP", m.otp(), "[kode]").t("\n")
    d.t(f"{stamp[6]} System: {platform} betaler aldrig uden om platformen. Kontakt os på ")
    d.t(f"{m.org()}.\n")


def _police(d: Doc, m: Maker) -> None:
    first, last = m.person()
    sf, sl = m.person()
    born = m.birth()
    venue = m.pick(VENUES)
    d.t(f"Politiet – anmeldelse af bedrageri, journalnr. 0{m.r.randrange(100, 999)}-")
    d.t(f"{m.r.randrange(10000, 99999)}-{m.r.randrange(100, 999)}-26\n")
    d.t("Anmelder: ")
    _name(d, m, first, last, m.pick(("full", "comma")), "Anmelder")
    d.t("\nCPR: ").v("CPR", m.cpr(born), "[CPR]")
    d.t("\nAdresse: ").v("ADDRESS", m.address(block=m.r.random() < 0.3))
    d.t("\nTlf.: ").v("PHONE", m.phone(), "[TLF]").t("  E-mail: ")
    d.v("EMAIL", m.email(first, last), m.mask_email(first))
    d.t(f"\n\nForklaring: Jeg købte {m.r.randrange(2, 5)} billetter til koncerten i {venue} ")
    d.t(f"{m.day()} på {m.pick(PLATFORMS[2:4])} for {m.amount()}. Sælgeren kaldte sig ")
    _name(d, m, sf, sl, "full", "Sælger A")
    d.t(" og bad om betaling på MobilePay ").v("PHONE", m.phone(), "[TLF]")
    if m.r.random() < 0.7:
        d.t(". Resten skulle overføres til ")
        _account(d, m)
    d.t(f". Billetterne kom som PDF {m.clock()}, men blev afvist ved indgangen. ")
    d.t(f"{m.written(sf, sl, 'first') if not d.neg else 'Sælger A'}")
    if not d.neg:
        d.spans.append({"start": d.pos - len(m.written(sf, sl, "first")), "end": d.pos,
                        "type": "PERSON"})  # fmt: skip
    d.t(" svarer ikke længere.\n")
    if m.r.random() < 0.6:
        d.t("Vi mødtes kort ved en bil med nummerplade ").v("NUMBER_PLATE", m.plate())
        d.t(".\n")
    if m.r.random() < 0.6:
        d.t("Jeg loggede ind via et link fra sælgeren og skrev mit MitID-bruger-ID ")
        d.v("MITID_USER", m.mitid(first, born)).t(".\n")
    d.t("Anmeldelsen er modtaget. Ikke-akutte henvendelser: 114. Akut: 112.\n")


def _refund(d: Doc, m: Maker) -> None:
    first, last = m.person()
    airline = m.pick(AIRLINES)
    domain = airline.lower().replace(" ", "") + ".example.com"
    d.t("Fra: ").v("EMAIL", f"refund@{domain}").t("\nTil: ")
    d.v("EMAIL", m.email(first, last), m.mask_email(first))
    d.t(f"\nEmne: Refusion af booking {m.pnr()} – {m.flight()} {m.day()}\n\nKære ")
    _name(d, m, first, last, "full", "Rejsende 1")
    d.t(",\n\nVi bekræfter aflysningen. Passagerer på bookingen:\n")
    for i in range(m.r.randrange(2, 5)):
        pf, pl = (first, last) if i == 0 else (m.pick(WOMEN + MEN), last)
        born = m.birth(young=i > 1)
        d.t(f"{i + 1}. ")
        _name(d, m, pf, pl, "airline", f"Rejsende {i + 1}")
        d.t(f" {'CHD' if i > 1 else m.pick(('MR', 'MRS', 'MS'))}, ")
        d.t(m.pick(("født ", "f. ", "Fødselsdato: "))).v("DATE_OF_BIRTH", m.dob(born), "[dato]")
        d.t(f", pasnr. {m.passport()}\n")
    d.t("\nDen ").t(m.day()).t(" modtog vi fra ")
    d.v("EMAIL", m.email(m.pick(WOMEN + MEN), m.pick(SURNAMES)), "[e-mail]")
    d.t(" en anmodning om at sende refusionen til IBAN ").v("IBAN", m.iban(), m.mask_iban())
    d.t(f". {m.amount()} blev udbetalt dertil {m.day()}. Jeres oprindelige konto var ")
    _account(d, m)
    d.t(".\n")
    if m.r.random() < 0.5:
        d.t("Ændringen blev bekræftet med engangskoden ").v("OTP", m.otp(), "[kode]")
        d.t(", sendt til ").v("PHONE", m.phone(), "[TLF]").t(".\n")
    d.t("\nMed venlig hilsen\n")
    sf, sl = m.person()
    _name(d, m, sf, sl, m.pick(("full", "initial")), "Medarbejder 3")
    d.t(f"\n{airline} Kundeservice, tlf. {m.org()}\n")


def _export(d: Doc, m: Maker) -> None:
    d.t(f"# Eksport fra Solrejser Nord ApS (CVR {m.r.randrange(30000000, 44999999)}), ")
    d.t(f"{m.day()} – afrejse {m.pick(DESTINATIONS)}\n")
    d.t("bookingnr;navn;email;telefon;adresse;beløb\n")
    for i in range(m.r.randrange(3, 7)):
        first, last = m.person()
        d.t(f"BK-{m.r.randrange(10000, 99999)};")
        _name(d, m, first, last, m.pick(("full", "full", "comma", "upper")), f"Rejsende {i + 1}")
        d.t(";").v("EMAIL", m.email(first, last), m.pick(("[e-mail]", m.mask_email(first))))
        d.t(";").v("PHONE", m.phone(), "[TLF]").t(";").v("ADDRESS", m.address(), "[ADRESSE]")
        d.t(f";{m.amount()}\n")
    d.t(f"# Bemærk: kunder ringet op fra falsk nummer, se sag {m.pnr()}. Hotline {m.org()}.\n")


def _insurer(d: Doc, m: Maker) -> None:
    first, last = m.person()
    born = m.birth()
    d.t(f"Tryghavn Forsikring – skade nr. 26-{m.r.randrange(10**6, 10**7)} – rejseskade, ")
    d.t("tyveri af tegnebog\n\nForsikringstager: ")
    _name(d, m, first, last, m.pick(("full", "comma", "upper")), "Forsikringstager A")
    d.t(", CPR ").v("CPR", m.cpr(born), m.pick(("[CPR]", born.strftime("%d%m%y") + "-xxxx")))
    d.t("\nAdresse: ").v("ADDRESS", m.address(block=m.r.random() < 0.3))
    d.t("\nTelefon: ").v("PHONE", m.phone(), "[TLF]")
    d.t(f"\n\nHændelse: Tegnebogen blev stjålet i {m.pick(DESTINATIONS)} {m.day()} {m.clock()}. ")
    d.t("Kortet ").v("CARD", m.card(), m.mask_card()).t(" (udløb ")
    d.v("CARD_EXPIRY", m.expiry(), "**/**").t(f") blev misbrugt for {m.amount()}.\n")
    d.t(f"Opkald {m.day()}: En mand, der udgav sig for at være fra {m.pick(BANKS)}, ringede. ")
    d.t(m.pick(("Hun", "Han", "Kunden"))).t(" gav sit MitID-bruger-ID ")
    d.v("MITID_USER", m.mitid(first, born)).t(" og læste engangskoden ")
    d.v("OTP", m.otp()).t(" op.\n")
    if m.r.random() < 0.3:
        d.t("Kunden oplyste også kontrolcifre ").v("CARD_CVV", f"{m.r.randrange(1000):03d}", "***")
        d.t(".\n")
    d.t("Udbetaling efter selvrisiko til ")
    _account(d, m)
    d.t(f". Pas stjålet (pasnr. {m.passport()}), nyt pas udstedt.\nSagsbehandler: ")
    sf, sl = m.person()
    _name(d, m, sf, sl, m.pick(("initial", "full")), "SB 7")
    d.t(", ").v("EMAIL", m.email(sf, sl), "[e-mail]").t(f", direkte {m.org()}\n")


def _rental(d: Doc, m: Maker) -> None:
    first, last = m.person()
    hf, hl = _host(m)
    born = m.birth()
    d.t(f"FjordBil Udlejning – henvendelse om depositum-svindel, kontrakt RA-{m.code(5)}\n\n")
    d.t("Kunde: ")
    _name(d, m, first, last, m.pick(("full", "comma")), "Lejer A")
    d.t(", ").t(m.pick(("født ", "f. "))).v("DATE_OF_BIRTH", m.dob(born), "[dato]")
    d.t(f", kørekortnr. {m.licence()}\n")
    if m.r.random() < 0.4:
        d.t("CPR-nr.: ").v("CPR", m.cpr(born), "[CPR]").t("\n")
    d.t("Adresse: ").v("ADDRESS", m.address(block=m.r.random() < 0.3))
    d.t("\nTlf. ").v("PHONE", m.phone(), "[TLF]").t(", mail ")
    d.v("EMAIL", m.email(first, last), m.mask_email(first))
    d.t("\n\nKunden bestilte via en falsk side en bil med nummerplade ")
    d.v("NUMBER_PLATE", m.plate()).t(f" fra {m.day()} {m.clock()}. Depositum {m.amount()} blev ")
    d.t("betalt med kort ").v("CARD", m.card(), m.mask_card()).t(", udløb ")
    d.v("CARD_EXPIRY", m.expiry(), "[udløb]").t(", ")
    d.t(m.pick(("CVC ", "CVV ", "kontrolcifre "))).v(
        "CARD_CVV", f"{m.r.randrange(1000):03d}", "***"
    )
    d.t(". Bagefter bad ")
    _name(d, m, hf, hl, "full", "Udlejer B")
    d.t(" om et ekstra depositum til IBAN ").v("IBAN", m.iban(), m.mask_iban())
    d.t(".")
    if m.r.random() < 0.5:
        d.t(" ").t(f"{m.genitive(first.split(' ')[0]) if not d.neg else 'Lejers'}")
        if not d.neg:
            g = m.genitive(first.split(" ")[0])
            d.spans.append({"start": d.pos - len(g), "end": d.pos, "type": "PERSON"})
        d.t(" egen bil ").v("NUMBER_PLATE", m.plate()).t(" stod imens i lufthavnen.")
    d.t(f"\nVi har ingen bil med det nummer. Kundeservice {m.org()}.\n")


WRITERS: dict[str, Callable[[Doc, Maker], None]] = dict(
    zip(GENRES, (_complaint, _chargeback, _chat, _police, _refund, _export, _insurer, _rental),
        strict=True)
)  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The documents: size - NEGATIVES * size // SIZE labelled, the rest pseudonymised."""
    rng = random.Random(seed)
    negatives = NEGATIVES * size // SIZE
    plan = [(GENRES[i % len(GENRES)], i >= size - negatives) for i in range(size)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, neg in plan:
        while True:
            d = Doc(rng, neg)
            WRITERS[genre](d, Maker(rng))
            if d.text() not in seen:
                break
        seen.add(d.text())
        docs.append({
            "id": f"pb27-{len(docs) + 1:04d}", "genre": genre,
            "kind": "negative" if neg else "positive", "text": d.text(), "spans": d.spans,
        })  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind27.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
