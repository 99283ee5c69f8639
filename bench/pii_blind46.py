"""A forty-seventh blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is TRANSPORT AND
LOGISTICS HIT BY FRAUD (couriers, hauliers and truck drivers, freight forwarders and customs
brokers, ferry and rail operators, taxi and ride-hailing, removal firms, warehouse staff) as
their dispatchers, fraud teams, insurers, the police and families write about it, in eight
genres: a dispatcher's shift log ("kl. 07.12  Bil 14 (Name) ..." lines: a parcel-redirect
caller, a delivery code read out, a misused fuel card, radio call signs), a freight-exchange
chat in Danish, English and Polish ("[09:14] Name:" lines: a fake load order, double
brokering, a "carrier" paid to a foreign IBAN), a customs broker's mail thread
(Fra:/Til:/Cc:/Emne:) about a fake customs fee paid by card, a fraud team's case note on the
payroll diversion of drivers (CPR, a changed salary account, a MitID user ID and a code given on
a call), an insurer's claim form for stolen cargo (a two-line address block, the vehicle's
plate, the payout account), a police report (the reporting person born on a date, witnesses,
a suspect vehicle, a company card used at a truck stop), a driver's family SMS thread
("Name · 14:02" headers: a fake parcel SMS, a card typed into a fake page, codes passed on)
and a semicolon CSV of drivers and vehicles. The names are those of Danish, Polish, Romanian,
Lithuanian, Ukrainian, Turkish, Syrian, Kurdish, Somali, Afghan, Bosnian and Vietnamese drivers
and staff, double surnames ("Holm-Dalgaard", "Al-Hassan") and three-part names.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title, role or call sign ("chauffør", "disponent",
  "Bil 14", "Tango 4", "vognmand"); "Nowak, Piotr" is one span; a genitive s belongs to it
  ("Piotrs"); a lower-case name typed in a chat ("tomas") and an upper-case one in a form
  ("KOWALCZYK, PIOTR") are PERSON; a first name alone in a greeting or a signature
  ("Hej Ayşe", "/Hanne") is PERSON. A scammer's alias ("Mikkel fra Toldservice") is PERSON,
  the company is not. Companies, load boards, products, banks, placeholders ("[NAVN]",
  "Chauffør A", "Kunde 2", "Vidne 1") and family words ("far", "min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("12B",
  "2. th.", "st. tv."), plus ", postcode town" on the same line or on the next line of an
  address block (line break included); in the CSV the street and number alone (postcode and
  town have their own columns, unlabelled). A street without a number, and a postcode and
  town alone ("terminalen i 6330 Padborg"), are not addresses.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni
  1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after "født", "f."
  or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (70 and 80 never occur as
  personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code inside the span, and foreign drivers' numbers from the
  fiction ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). Organisations'
  lines (ORG_LINES) and "112", "114", "1813" are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "CVC", "cvc" or "kontrolcifre". OTP: a one-time or delivery
  code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such.
- NUMBER_PLATE: Danish plates of cars, vans, trucks and taxis only, "AB 12 345" or "AB12345".
  Foreign plates are written after their country in brackets ("(PL) WGM 4521K", "(LT) KLM
  123", "(RO) CJ 07 RTX", "(D) HH-LK 4410") and are NEVER labelled.
- Hard negatives, never labelled: tracking and waybill numbers ("RR123456785DK",
  "AWB 176-12345675"), container numbers with their ISO 6346 check digit ("MSKU4719203"), CMR
  and booking references ("CMR 0448213", "BKG-4471-29"), MRN numbers, trailer numbers
  ("trailer T-417"), chassis numbers ("VIN YV2RT40A8LB123456"), EORI and CVR numbers
  ("EORI DK31427765", "CVR-nr. 31427765"), driver and case numbers ("chauffør-nr. 40217",
  "SAG-26-04127", "journalnr. 0400-76521-00318-26"), pallet counts and weights ("11
  EUR-paller", "8.420 kg"), postcodes alone, dates and clock times ("04.03.26", "kl. 07.12",
  "[09:14]", "2026-03-04 09:14"), amounts ("612,40 kr.", "1.250 EUR"), masked values
  ("**** **** **** 4417", "******4417", "+45 ** ** ** 31", "k***@example.dk",
  "DK71XXXXXXXXXX0932", "040652-xxxx"), organisations' lines, companies, banks and products.
  Documents of kind "negative" are the same genres after pseudonymisation: only such values and
  stand-ins ("[NAVN]", "Chauffør A", "[TLF]") remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}, drawn
from its own random.Random seeded with a string ("pii_blind46:<seed>:<index>").
``python -m bench.pii_blind46 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

SIZE = 1000
NEGATIVES = 350
SEED = 46
GENRES = (
    "dispatch_log",
    "freight_chat",
    "customs_mail",
    "fraud_case",
    "insurer_claim",
    "police_report",
    "family_sms",
    "driver_csv",
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
# published test-card prefixes (Visa, Mastercard and 2-series Mastercard test numbers)
TEST_PREFIXES = ("411111", "424242", "400005", "401288", "555555", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "PL": 28, "LT": 20, "RO": 24, "DE": 22, "GB": 22, "NL": 18, "TR": 26}
# how each country's BBAN is laid out: "a" an upper-case letter, "n" a digit, "0" a zero
BBAN_LAYOUT = {
    "DK": "n" * 14,
    "PL": "n" * 24,
    "LT": "n" * 16,
    "RO": "aaaa" + "n" * 16,
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "NL": "aaaa" + "n" * 10,
    "TR": "nnnnn0" + "n" * 16,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "46", "47", "48", "54", "56", "57",
            "58", "62", "63", "64", "65", "66", "72", "73", "74", "75", "76", "86", "87", "89",
            "96", "97", "98", "99")  # fmt: skip
ORG_LINES = ("70 15 40 40", "70 22 19 19", "80 33 11 22", "80 60 44 10", "70124400", "80201010")
EMERGENCY = ("ring 112", "på 114", "på 1813")
COMPANIES = ("Nordlys Fragt A/S", "Kattegat Linjen", "Baltrans ApS", "Sydhavn Spedition",
             "Vestkyst Told ApS", "TaxaNord", "Grænsefragt ApS", "FlytteKompagniet",
             "Lagerhuset Taulov", "Fjordfærgen", "Kystbanen Gods", "Pakkeløbet")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank")
PRODUCTS = ("FragtBørsen", "LastLink", "NordTank", "KørselsApp", "MobilePay", "e-Boks")
PSEUDONYMS = ("Chauffør A", "Chauffør B", "Kunde 2", "Vidne 1", "[NAVN]", "Medarbejder C",
              "Kunde 1", "Vidne 2", "Fører 3")  # fmt: skip

# name lists by origin: women, men, surnames (women's forms, men's forms)
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "da": (
        (
            "Mette",
            "Hanne",
            "Lotte",
            "Camilla",
            "Signe",
            "Birgitte",
            "Ida",
            "Freja",
            "Karina",
            "Susanne",
            "Pernille",
            "Gitte",
            "Tove",
            "Maja",
        ),
        (
            "Jens",
            "Søren",
            "Kasper",
            "Mads",
            "Bo",
            "Henrik",
            "Torben",
            "Niels",
            "Rasmus",
            "Claus",
            "Ole",
            "Jakob",
            "Morten",
            "Villads",
            "Brian",
        ),
        (
            "Kjeldsen",
            "Bundgaard",
            "Østergaard",
            "Holm",
            "Lauritsen",
            "Brøndum",
            "Dalgaard",
            "Thygesen",
            "Skou",
            "Krogh",
            "Vestergaard",
            "Lykkegaard",
            "Friis",
            "Bech",
        ),
        (),
    ),
    "pl": (
        ("Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Małgorzata"),
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek", "Łukasz"),
        ("Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Dudek", "Wiśniewska"),
        ("Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Dudek", "Wiśniewski"),
    ),
    "ro": (
        ("Andreea", "Ioana", "Elena", "Alina"),
        ("Ionuț", "Mihai", "Florin", "Bogdan", "Cătălin"),
        ("Popescu", "Dumitrescu", "Ionescu", "Munteanu", "Stan", "Constantin"),
        (),
    ),
    "lt": (
        ("Rūta", "Agnė", "Jurgita", "Eglė"),
        ("Tomas", "Darius", "Mindaugas", "Vytautas", "Andrius"),
        ("Kazlauskienė", "Petrauskaitė", "Jankauskienė"),
        ("Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas"),
    ),
    "ua": (
        ("Olena", "Iryna", "Oksana"),
        ("Oleksandr", "Serhii", "Andrii", "Dmytro"),
        ("Shevchenko", "Bondarenko", "Kovalenko", "Melnyk"),
        (),
    ),
    "tr": (
        ("Ayşe", "Elif", "Zeynep", "Fatma"),
        ("Mehmet", "Emre", "Serkan", "Hüseyin", "Murat"),
        ("Yılmaz", "Demir", "Kaya", "Çelik", "Öztürk", "Aydın"),
        (),
    ),
    "sy": (
        ("Rania", "Lina", "Amal", "Nour", "Hiba"),
        ("Omar", "Khaled", "Yousef", "Ahmad", "Mahmoud", "Bilal"),
        ("Al-Hassan", "Haddad", "Al-Khatib", "Darwish", "Al-Masri", "Kassab"),
        (),
    ),
    "other": (
        ("Berfin", "Hodan", "Thu", "Amina", "Lejla"),
        ("Abdirahman", "Farid", "Edin", "Baran", "Duc"),
        ("Aziz", "Warsame", "Nguyen", "Hodžić", "Karimi", "Doğan"),
        (),
    ),
}
WOMEN = tuple(n for women, _, _, _ in ORIGINS.values() for n in women)
MEN = tuple(n for _, men, _, _ in ORIGINS.values() for n in men)
STREETS = ("Rønnebærvej", "Kastanjealle", "Lærkevænget", "Birkeparken", "Vibeholmsvej",
           "Toftegårds Allé", "Nørre Boulevard", "Sønderport", "Havnegade", "Fiskerivej",
           "Kløvermarken", "Bøgetoften", "Ravnsbjergvej", "Skibbrogade", "Smedeløkken",
           "Jernbanegade", "Stationsvej", "Transportvej", "Fragtvej", "Terminalvej",
           "Industrivej Nord", "Logistikparken", "Containervej", "Speditørvej", "Lagervej",
           "Gammel Landevej", "Ny Kirkevej", "Mosevangen", "Hedelyngen", "Sandbakken")  # fmt: skip
TOWNS = (("6000", "Kolding"), ("6330", "Padborg"), ("7000", "Fredericia"), ("7100", "Vejle"),
         ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("9000", "Aalborg"), ("9850", "Hirtshals"),
         ("6700", "Esbjerg"), ("6705", "Esbjerg Ø"), ("2650", "Hvidovre"), ("2605", "Brøndby"),
         ("2770", "Kastrup"), ("4600", "Køge"), ("5000", "Odense C"), ("5220", "Odense SØ"),
         ("4200", "Slagelse"), ("8700", "Horsens"), ("6360", "Tinglev"), ("7400", "Herning"),
         ("4700", "Næstved"), ("3000", "Helsingør"), ("2670", "Greve"), ("6600", "Vejen"),
         ("9900", "Frederikshavn"), ("4800", "Nykøbing F"))  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
FOLD = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "ł": "l", "ı": "i", "đ": "d"})

Part = str | tuple[str, str]
T = TypeVar("T")


def grouped(compact: str) -> str:
    """A card or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_fold(text: str) -> str:
    """Lower-case ASCII for e-mail addresses and user IDs."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(FOLD))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "._"))


def fill(template: str, *values: Part) -> list[Part]:
    """The template's "{}" holes filled with plain or labelled values, as parts."""
    pieces = template.split("{}")
    assert len(pieces) == len(values) + 1, template
    parts: list[Part] = [pieces[0]]
    for value, piece in zip(values, pieces[1:], strict=True):
        parts += [value, piece]
    return parts


def assemble(parts: list[Part]) -> tuple[str, list[dict]]:
    """The text and the spans of a list of plain and labelled parts."""
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, kind = part
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        else:
            text += part
    return text, spans


def luhn_digit(payload: str) -> str:
    """The check digit that makes payload + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(payload)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    """The two check digits of an IBAN."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def container_check(code: str) -> str:
    """The ISO 6346 check digit of a container's owner code, category and serial."""
    values, n = {}, 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if n % 11 == 0:
            n += 1
        values[letter] = n
        n += 1
    total = sum((values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
    return str(total % 11 % 10)


class V:
    """The values of one document: labelled when positive, stand-ins when negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.r = rng
        self.neg = negative
        self.pseudonyms: dict[int, str] = {}
        self.offset = rng.randrange(len(PSEUDONYMS))
        self.mails: dict[int, str] = {}

    # --- helpers -------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def lab(self, value: str, kind: str, *stand_ins: str) -> Part:
        return self.r.choice(stand_ins) if self.neg else (value, kind)

    # --- people ------------------------------------------------------------------------
    def who(self, origin: str | None = None, woman: bool | None = None) -> dict:
        origin = origin or self.pick(
            ("da",) * 6
            + ("pl",) * 3
            + ("ro", "ro", "lt", "lt", "ua", "tr", "tr", "sy", "sy")
            + ("other",)
        )
        women, men, sur_w, sur_m = ORIGINS[origin]
        woman = self.r.random() < 0.4 if woman is None else woman
        first = self.pick(women if woman else men)
        surnames = sur_w if woman or not sur_m else sur_m
        last = self.pick(surnames)
        if self.r.random() < 0.2 and origin in ("da", "ro", "other"):
            other = self.pick(surnames)
            if other != last:
                last = f"{other}-{last}"
        middle = self.pick(surnames) if self.r.random() < 0.2 and "-" not in last else ""
        key = len(self.pseudonyms)
        self.pseudonyms[key] = PSEUDONYMS[(self.offset + key) % len(PSEUDONYMS)]
        return {"first": first, "middle": middle, "last": last, "key": key}

    def name(self, p: dict, form: str = "full") -> Part:
        full = " ".join(x for x in (p["first"], p["middle"], p["last"]) if x)
        value = {
            "full": full,
            "first": p["first"],
            "last": p["last"],
            "last_first": f"{p['last']}, {p['first']}",
            "upper": f"{p['last']}, {p['first']}".upper(),
            "upper_full": full.upper(),
            "lower": p["first"].lower(),
            "lower_full": full.lower(),
            "initial": f"{p['first'][0]}. {p['last']}",
            "genitive": p["first"] + ("" if p["first"][-1] in "sxz" else "s"),
        }[form]
        if self.neg:
            stand_in = self.pseudonyms[p["key"]]
            return stand_in + ("'s" if form == "genitive" else "")
        return (value, "PERSON")

    def any_name(self, p: dict) -> Part:
        form = self.pick(("full",) * 4 + ("first", "last_first", "upper_full", "initial"))
        return self.name(p, form)

    # --- identifiers ---------------------------------------------------------------------
    def born(self) -> date:
        return date(1955, 1, 1) + timedelta(days=self.r.randrange(365 * 50))

    def cpr(self, born: date, form: str | None = None) -> Part:
        century = self.pick("0123") if born.year < 2000 else "4"
        while True:
            digits = born.strftime("%d%m%y") + century + self.digits(3)
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = form or self.pick(("dash", "compact", "spaced", "space"))
        value = {
            "dash": f"{digits[:6]}-{digits[6:]}",
            "compact": digits,
            "spaced": f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            "space": f"{digits[:6]} {digits[6:]}",
        }[form]
        return self.lab(value, "CPR", "[CPR]", born.strftime("%d%m%y") + "-xxxx")

    def dob(self, born: date) -> Part:
        value = self.pick(
            (
                f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                born.strftime("%d.%m.%Y"),
                f"{born.day}/{born.month}-{born.year}",
                born.strftime("%d-%m-%Y"),
            )
        )
        return self.lab(value, "DATE_OF_BIRTH", "[fødselsdato]", "[dato]")

    def phone(self, foreign: bool = False) -> Part:
        if foreign or self.r.random() < 0.1:
            if self.r.random() < 0.5:
                value = f"+44 7700 900{self.digits(3)}"
            else:
                value = f"+46 70 174 06 {self.r.randint(5, 99):02d}"
        else:
            n = self.pick(MOBILE + MOBILE + LANDLINE) + self.digits(6)
            pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
            value = self.pick(
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
        return self.lab(value, "PHONE", "[TLF]", f"+45 ** ** ** {self.digits(2)}")

    def email(self, p: dict | None = None, local: str | None = None) -> Part:
        if local is None:
            assert p is not None
            if p["key"] not in self.mails:
                first, last = ascii_fold(p["first"]), ascii_fold(p["last"])
                local = self.pick(
                    (
                        f"{first}.{last}",
                        f"{first}{last[:1]}",
                        f"{first[:1]}{last}",
                        f"{first}_{last}",
                    )
                )
                if self.r.random() < 0.3:
                    local += self.digits(2)
                self.mails[p["key"]] = f"{local}@{self.domain()}"
            value = self.mails[p["key"]]
            local, domain = value.split("@")
        else:
            domain = self.domain()
            value = f"{local}@{domain}"
        return self.lab(value, "EMAIL", "[e-mail]", f"{local[0]}***@{domain}")

    def domain(self) -> str:
        return self.pick(
            (
                "example.dk",
                "example.dk",
                "example.com",
                "post.example.dk",
                "example.net",
                "example.org",
            )
        )

    def account(self, form: str | None = None) -> list[Part]:
        reg = str(self.r.randint(1, 9)) + self.digits(3)
        number = self.digits(self.pick((7, 8, 10, 10)))
        form = form or self.pick(("dash", "space", "word", "words"))
        stand = ("[kontonr.]", f"******{self.digits(4)}")
        if form == "dash":
            return [self.lab(f"{reg}-{number}", "BANK_ACCOUNT", *stand)]
        if form == "space":
            return [self.lab(f"{reg} {number}", "BANK_ACCOUNT", *stand)]
        if form == "word":
            return fill("reg. {} konto {}", reg, self.lab(number, "BANK_ACCOUNT", *stand))
        return fill(
            "reg.nr. {}, kontonr. {}", reg, self.lab(number.zfill(10), "BANK_ACCOUNT", *stand)
        )

    def iban(self, country: str | None = None) -> Part:
        country = country or self.pick(tuple(IBAN_LENGTH))
        bban = "".join(
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if c == "a"
            else ("0" if c == "0" else self.pick("0123456789"))
            for c in BBAN_LAYOUT[country]
        )
        compact = country + iban_check(country, bban) + bban
        value = grouped(compact) if self.r.random() < 0.6 else compact
        masked = f"{compact[:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
        return self.lab(value, "IBAN", "[IBAN]", masked)

    def card(self) -> Part:
        payload = self.pick(TEST_PREFIXES) + self.digits(9)
        compact = payload + luhn_digit(payload)
        value = grouped(compact) if self.r.random() < 0.65 else compact
        return self.lab(value, "CARD", "[kortnr.]", f"**** **** **** {compact[-4:]}")

    def expiry(self) -> Part:
        month, year = self.r.randint(1, 12), self.r.randint(26, 31)
        value = f"{month:02d}/{year}" if self.r.random() < 0.7 else f"{month:02d}/20{year}"
        return self.lab(value, "CARD_EXPIRY", "[udløb]", "**/**")

    def cvv(self) -> Part:
        return self.lab(self.digits(3), "CARD_CVV", "***", "[CVV]")

    def otp(self) -> Part:
        value = self.digits(self.pick((6, 6, 6, 8)))
        return self.lab(value, "OTP", "[kode]", "******")

    def mitid(self, p: dict) -> Part:
        first, last = ascii_fold(p["first"]), ascii_fold(p["last"]).replace("-", "")
        tail = self.pick(
            (f"{self.r.randint(55, 99)}", f"19{self.r.randint(55, 99)}", self.digits(2))
        )
        value = self.pick((first + tail, first + last[:1] + tail, f"{first}.{last[:4]}{tail}"))
        return self.lab(value, "MITID_USER", "[bruger-ID]", "[MitID-bruger]")

    def plate(self) -> Part:
        letters = self.pick(PLATE_LETTERS) + self.pick(PLATE_LETTERS)
        n = f"{self.r.randint(10, 99)}{self.digits(3)}"
        value = f"{letters} {n[:2]} {n[2:]}" if self.r.random() < 0.7 else letters + n
        return self.lab(value, "NUMBER_PLATE", "[nummerplade]", "[reg.nr. bil]")

    def town(self) -> tuple[str, str]:
        return self.pick(TOWNS)

    def address(self, form: str = "line") -> Part:
        street = self.pick(STREETS)
        number = str(self.r.randint(1, 180)) + (self.pick("ABC") if self.r.random() < 0.15 else "")
        floor = ""
        if form != "street" and self.r.random() < 0.35:
            floor = (
                f", {self.pick(('st.', '1.', '2.', '3.', '4.'))} {self.pick(('th.', 'tv.', 'mf.'))}"
            )
        postcode, town = self.town()
        value = f"{street} {number}{floor}"
        if form == "line":
            value += f", {postcode} {town}"
        elif form == "block":
            value += f"\n{postcode} {town}"
        stand_in = "[ADRESSE]" if form != "block" else "[ADRESSE]\n[postnr. og by]"
        return self.lab(value, "ADDRESS", stand_in)

    # --- look-alikes (never labelled) --------------------------------------------------
    def tracking(self) -> str:
        return f"{self.pick(('RR', 'CX', 'LX', 'RB', 'EE'))}{self.digits(9)}DK"

    def awb(self) -> str:
        return f"AWB {self.pick(('020', '176', '235', '618'))}-{self.digits(8)}"

    def container(self) -> str:
        code = self.pick(("MSK", "HLX", "CMA", "TGH", "OOL", "DFD")) + "U" + self.digits(6)
        return code + container_check(code)

    def cmr(self) -> str:
        return f"CMR {self.digits(7)}"

    def booking(self) -> str:
        return f"BKG-{self.digits(4)}-{self.digits(2)}"

    def mrn(self) -> str:
        body = "".join(
            self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") if i % 3 == 2 else self.pick("0123456789")
            for i in range(14)
        )
        return f"MRN 26DK{body}"

    def trailer(self) -> str:
        return f"trailer T-{self.r.randint(100, 999)}"

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.pick(("YV2", "WDB", "XLR", "YS2", "WMA", "VF6", "WF0"))
        middle = "".join(self.pick(chars) for _ in range(5))
        return (
            f"VIN {wmi}{middle}{self.pick('0123456789X')}{self.pick('LMNPRST')}"
            f"{self.pick('ABCDEFGH')}{self.digits(6)}"
        )

    def eori(self) -> str:
        return f"EORI DK{self.r.randint(1, 9)}{self.digits(7)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(1, 9)}{self.digits(7)}"

    def driver_no(self) -> str:
        return f"chauffør-nr. {self.r.randint(10000, 99999)}"

    def case_no(self) -> str:
        return f"SAG-26-{self.digits(5)}"

    def journal(self) -> str:
        return f"journalnr. {self.r.randint(1000, 9999)}-{self.digits(5)}-{self.digits(5)}-26"

    def pallets(self) -> str:
        return f"{self.r.randint(2, 33)} EUR-paller"

    def weight(self) -> str:
        return f"{self.r.randint(1, 24)}.{self.digits(3)} kg"

    def postcode_alone(self) -> str:
        postcode, town = self.town()
        return f"{self.pick(('terminalen i', 'depotet i', 'pakkeshoppen i'))} {postcode} {town}"

    def clock(self) -> str:
        return f"kl. {self.r.randint(0, 23):02d}.{self.r.randint(0, 59):02d}"

    def day26(self) -> str:
        return f"{self.r.randint(1, 28):02d}.{self.r.randint(1, 12):02d}.26"

    def stamp(self) -> str:
        return (
            f"2026-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d} "
            f"{self.r.randint(6, 22):02d}:{self.r.randint(0, 59):02d}"
        )

    def amount(self, currency: str = "kr.") -> str:
        whole = self.r.choice((self.r.randint(12, 999), self.r.randint(1000, 95000)))
        text = f"{whole:,}".replace(",", ".")
        if self.r.random() < 0.4:
            text += f",{self.r.randint(0, 99):02d}"
        return f"{text} {currency}"

    def org_line(self) -> str:
        return self.pick(ORG_LINES)

    def foreign_plate(self) -> str:
        return self.pick(
            (
                f"(PL) {self.pick(('WGM', 'PO', 'DW', 'WX'))} {self.r.randint(1000, 9999)}"
                f"{self.pick('ACFKLMX')}",
                f"(LT) {self.pick(('KLM', 'HZN', 'GBR', 'MTA'))} {self.r.randint(100, 999)}",
                f"(RO) {self.pick(('CJ', 'TM', 'B', 'IS'))} {self.r.randint(10, 99)} "
                f"{self.pick(('RTX', 'ABC', 'MKD', 'ZZT'))}",
                f"(D) {self.pick(('HH', 'FL', 'KI'))}-{self.pick(('LK', 'AB', 'T'))} "
                f"{self.r.randint(1, 9999)}",
            )
        )

    def masked_card(self) -> str:
        return self.pick((f"**** **** **** {self.digits(4)}", f"******{self.digits(4)}"))

    def masked_mail(self) -> str:
        return f"{self.pick('abdhjkmps')}***@{self.pick(('example.dk', 'example.com'))}"

    def masked_cpr(self) -> str:
        return self.born().strftime("%d%m%y") + "-xxxx"

    def street_only(self) -> str:
        return f"ved {self.pick(STREETS)}."


# --- genres -------------------------------------------------------------------------------
def call_sign(v: V) -> str:
    return f"{v.pick(('Bil', 'Vogn', 'Tango', 'K', 'Enhed'))} {v.r.randint(2, 48)}"


def dispatch_log(v: V) -> list[Part]:
    boss, relief = v.who("da"), v.who()
    crew = [(v.who(), call_sign(v)) for _ in range(3)]

    def departure() -> list[Part]:
        p, call = v.pick(crew)
        return fill(
            "{} ({}) kører ud med {}, {}, bil {}, {}.",
            call, v.any_name(p), v.pallets(), v.weight(), v.plate(), v.trailer(),
        )  # fmt: skip

    def redirect() -> list[Part]:
        return fill(
            "Opkald fra {}: en \"modtager\" vil have pakke {} omdirigeret fra {} til {}. "
            "Afvist – nummeret passer ikke med ordren.",
            v.phone(), v.tracking(), v.address(), v.address(),
        )  # fmt: skip

    def code_read_out() -> list[Part]:
        p, call = v.pick(crew)
        return fill(
            "{} melder: en mand ved døren bad {} læse leveringskoden op ({}). "
            "Koden er spærret og ny sendt.",
            call, v.name(p, "first"), v.otp(),
        )  # fmt: skip

    def fuel_card() -> list[Part]:
        p, call = v.pick(crew)
        return fill(
            "{} ({}, {}): brændstofkort {} brugt to gange hos NordTank i {} {}, i alt {}; "
            "kortet spærret på {}.",
            call, v.any_name(p), v.phone(), v.masked_card(), v.town()[1], v.clock(),
            v.amount(), v.org_line(),
        )  # fmt: skip

    def fake_sms() -> list[Part]:
        p, _ = v.pick(crew)
        return fill(
            "{} kone har fået sms om toldgebyr på {} ({}). Sagt hun skal ringe til os på {}, "
            "ikke til afsenderen.",
            v.name(p, "genitive"), v.tracking(), v.amount(), v.org_line(),
        )  # fmt: skip

    def radio() -> list[Part]:
        p, call = v.pick(crew)
        return fill(
            "{} til central: lastbil {} holder {} Chaufføren {} ringer fra privat nr. {}.",
            call, v.plate(), v.street_only(), v.name(p, "first"), v.phone(),
        )  # fmt: skip

    def taxi() -> list[Part]:
        p, call = v.pick(crew)
        return fill(
            "TaxaNord-vogn {} ({}): \"banken\" ringede fra {} og fik koden {} – "
            "chaufføren {} har spærret MobilePay.",
            v.plate(), call, v.phone(foreign=True), v.otp(), v.name(p, "initial"),
        )  # fmt: skip

    def pickup_moved() -> list[Part]:
        customer = v.who()
        return fill(
            "Afhentning flyttet til {} efter mail fra {} – kunden {} ringet op på {}: "
            "kender intet til det.",
            v.address(), v.email(local=v.pick(("ombooking", "levering24", "afhent.pakke"))),
            v.any_name(customer), v.phone(),
        )  # fmt: skip

    def container_release() -> list[Part]:
        return fill(
            "Container {} frigivet til forkert vognmand, {}, bil {}. Politiet orienteret {}.",
            v.container(), v.cmr(), v.foreign_plate(), v.pick(("på 114", "via 114")),
        )  # fmt: skip

    events = [departure, redirect, code_read_out, fuel_card, fake_sms, radio, taxi,
              pickup_moved, container_release]  # fmt: skip
    chosen = v.r.sample(events, v.r.randint(4, 6))
    times = sorted(v.r.sample(range(5 * 60, 23 * 60), len(chosen)))
    parts = fill(
        "Vagtlog – disponering {}, {}\nDato: {} · vagthavende: {}\n",
        v.pick(COMPANIES), v.postcode_alone(), v.day26(), v.any_name(boss),
    )  # fmt: skip
    for minute, event in zip(times, chosen, strict=True):
        parts += [f"kl. {minute // 60:02d}.{minute % 60:02d}  ", *event(), "\n"]
    parts += fill(
        "Overdraget til aftenvagt: {}. /{}", v.name(relief, "first"), v.name(boss, "first")
    )
    return parts


def freight_chat(v: V) -> list[Part]:
    shipper = v.who("da")
    broker = v.who(v.pick(("pl", "lt", "ro", "ua", "tr")))
    driver = v.who(v.pick(("pl", "lt", "ro")))
    colleague = v.who()
    forms = {id(p): v.pick(("full", "full", "full", "first", "lower")) for p in (shipper, broker)}
    plate, broker_mail = v.plate(), v.email(broker)
    minute = v.r.randint(7 * 60, 15 * 60)
    lines: list[tuple[dict, list[Part]]] = [
        (shipper, fill("Hej, har I en bil til {}, {}, læsning {} {}?",
                       v.pallets(), v.weight(), v.address(), v.clock())),
        (broker, fill("yes we have truck {}, driver {}, tel {}",
                      plate, v.name(driver, v.pick(("first", "full"))), v.phone())),
        (shipper, fill("Send CMR-kopi og jeres CVR, tak. Ordre {}.", v.booking())),
        (broker, fill("{}, invoice to {}, mail {}", v.cvr(), v.iban(), broker_mail)),
        (shipper, fill("Bilen på billedet er {}, ikke {}?", v.foreign_plate(), plate)),
        (broker, fill("sorry other truck. kierowca {} zadzwoni z {}",
                      v.name(driver, "lower"), v.phone(foreign=True))),
        (broker, fill("please pay 30% advance {} today, my colleague {} <{}>",
                      v.amount("EUR"), v.any_name(colleague), v.email(colleague))),
        (shipper, fill("{}, vi betaler aldrig forskud. Container {} frigives ikke.",
                       v.name(broker, v.pick(("first", "lower"))), v.container())),
        (shipper, fill("Vi har ringet til vognmanden på {}: de kender ikke ordren og har "
                       "aldrig haft {}. Double brokering – {} er spærret på FragtBørsen.",
                       v.org_line(), plate, v.name(broker, "full"))),
    ]  # fmt: skip
    keep = [line for i, line in enumerate(lines) if i in (0, 1, 3, 8) or v.r.random() < 0.6]
    parts = fill(
        "{} – chat om ordre {} ({} → {}), {}\n",
        v.pick(("FragtBørsen", "LastLink")), v.booking(), v.town()[1],
        v.pick(("Poznań", "Kaunas", "Cluj", "Hamburg", "Łódź")), v.stamp()[:10],
    )  # fmt: skip
    for speaker, message in keep:
        minute += v.r.randint(1, 25)
        parts += [f"[{minute // 60 % 24:02d}:{minute % 60:02d}] "]
        parts += [v.name(speaker, forms.get(id(speaker), "full")), ": ", *message, "\n"]
    parts.pop()
    return parts


def mail_head(
    v: V, sender: dict, to: dict, subject: str, sent: str, cc: dict | None = None
) -> list[Part]:
    parts = fill(
        "Fra: {} <{}>\nTil: {} <{}>\n",
        v.name(sender), v.email(sender), v.name(to), v.email(to),
    )  # fmt: skip
    if cc is not None:
        parts += fill("Cc: {} <{}>\n", v.name(cc), v.email(cc))
    return [*parts, f"Emne: {subject}\nDato: {sent}\n\n"]


def customs_mail(v: V) -> list[Part]:
    importer, broker, colleague, alias = v.who(), v.who("da"), v.who(), v.who("da", False)
    parcel = v.tracking()
    subject = f"Toldgebyr på forsendelse {parcel}?"
    sent = v.stamp()
    answered = f"{sent[:11]}{int(sent[11:13]) + 1:02d}{sent[13:]}"  # an hour later
    first = mail_head(v, importer, broker, subject, sent)
    first += fill("Hej {},\n", v.name(broker, "first"))
    first += fill(
        "jeg fik en sms om at betale {} i told for pakke {} og betalte på linket med mit kort "
        "{}, udløb {}, {} {}. ",
        v.amount(), parcel, v.card(), v.expiry(), v.pick(("CVV", "CVC", "kontrolcifre")), v.cvv(),
    )  # fmt: skip
    if v.r.random() < 0.65:
        first += fill(
            "Bagefter ringede en \"{} fra Toldservice\" fra {} og bad mig overføre {} til {}. ",
            v.name(alias, "first"), v.phone(foreign=True), v.amount("EUR"), v.iban(),
        )  # fmt: skip
    first += ["Er det jer?\n"]
    if v.r.random() < 0.5:
        first += fill("Leveringsadresse: {}. Mit nummer er {}.\n", v.address(), v.phone())
        first += fill("Mvh {}", v.name(importer, "first"))
    else:
        first += fill("Mvh\n{}\n{}\n{}", v.name(importer), v.address("block"), v.phone())
    reply = mail_head(
        v, broker, importer, f"SV: {subject}", answered, colleague if v.r.random() < 0.6 else None
    )
    reply += fill(
        "Hej {}\nNej – vi opkræver aldrig told via sms. Forsendelsen står hos os med {}, "
        "importør {}. Spær kortet hos {} med det samme og anmeld det til politiet på 114. "
        "Vores kundeservice har nummer {}.\nVenlig hilsen\n{}\n{}",
        v.name(importer, "first"), v.mrn(), v.eori(), v.pick(BANKS), v.org_line(),
        v.name(broker), v.pick(("Vestkyst Told ApS", "Sydhavn Spedition", "Grænsefragt ApS")),
    )  # fmt: skip
    return [*reply, "\n\n-----Oprindelig meddelelse-----\n", *first]


def fraud_case(v: V) -> list[Part]:
    driver, analyst, other1, other2 = v.who(), v.who("da"), v.who(), v.who()
    parts = fill("Svindelteam – sagsnotat {}\nOprettet: {} af {}\n", v.case_no(), v.stamp(),
                 v.name(analyst, v.pick(("full", "initial"))))  # fmt: skip
    parts += fill(
        "Berørt: {} ({}), CPR {}, tlf. {}, {}\n",
        v.name(driver, v.pick(("last_first", "upper", "full"))), v.driver_no(), v.cpr(v.born()),
        v.phone(), v.email(driver),
    )  # fmt: skip
    parts += fill("Resumé: Lønkontoen for {} blev {} ændret i KørselsApp fra ",
                  v.name(driver), v.day26())  # fmt: skip
    parts += [*v.account(), " til "]
    parts += v.account() if v.r.random() < 0.55 else [v.iban()]
    parts += fill(". Ændringen kom efter en phishing-mail til {} fra {}.\nForløb:\n",
                  v.email(driver), v.masked_mail())  # fmt: skip
    parts += fill(
        "- {}: {} ringet op på {}; bekræfter at en \"supporter\" fik MitID-bruger-ID {}",
        v.clock(), v.name(driver, "first"), v.phone(), v.mitid(driver),
    )  # fmt: skip
    parts += fill(" og koden {}.\n", v.otp()) if v.r.random() < 0.7 else [".\n"]
    parts += fill("- {}: løn {} stoppet; {} kontaktet, modtagerkonto meldt.\n",
                  v.clock(), v.amount(), v.pick(BANKS))  # fmt: skip
    if v.r.random() < 0.6:
        parts += fill("- Også ramt: {} og {} (samme mail fra {}).\n",
                      v.any_name(other1), v.any_name(other2), v.masked_mail())  # fmt: skip
    parts += fill("Status: åben. Svindellinje {}. Ansvarlig: {}",
                  v.org_line(), v.name(analyst, "first"))  # fmt: skip
    return parts


def insurer_claim(v: V) -> list[Part]:
    holder, witness = v.who(), v.who()
    born = v.born()
    parts = fill("Skadeanmeldelse – godstyveri\nSkadenr.: SK-26-{}\nForsikringstager: {}, {}\n",
                 v.digits(5), v.pick(COMPANIES), v.cvr())  # fmt: skip
    parts += fill("Fører\nNavn: {}\n", v.name(holder, v.pick(("upper", "last_first", "full"))))
    if v.r.random() < 0.7:
        parts += fill("CPR-nr.: {}\n", v.cpr(born))
    parts += fill("Fødselsdato: {}\nAdresse: {}\nTelefon: {}\nE-mail: {}\n",
                  v.dob(born), v.address("block"), v.phone(), v.email(holder))  # fmt: skip
    parts += fill("Køretøj: lastbil {}, {}, {}\nGods: {}, {}, {}, container {}\n",
                  v.plate(), v.vin(), v.trailer(), v.pallets(), v.weight(), v.cmr(),
                  v.container())  # fmt: skip
    parts += fill("Skadested: rasteplads {} Skadedato: {} {}\n",
                  v.street_only(), v.day26(), v.clock())  # fmt: skip
    parts += fill(
        "Forklaring: Ordren kom fra en falsk afsender på {}. Trailer og {} var væk efter "
        "hvilepausen; anmeldt {}.\n",
        v.pick(PRODUCTS[:2]), v.pallets(), v.pick(("på 114", "til politiet")),
    )  # fmt: skip
    parts += ["Udbetaling til: "]
    parts += v.account() if v.r.random() < 0.7 else [v.iban("DK")]
    parts += fill("\nVidne: {}, tlf. {}", v.any_name(witness), v.phone())
    return parts


def police_report(v: V) -> list[Part]:
    person, witness, officer = v.who(), v.who(), v.who("da")
    born = v.born()
    parts = fill("Politianmeldelse – {}\n{}\nAnmelder: {}, {} {}\n",
                 v.pick(("Syd- og Sønderjyllands Politi", "Fyns Politi", "Midt- og Vestjyllands "
                         "Politi", "Københavns Vestegns Politi")), v.journal(),
                 v.name(person, v.pick(("full", "upper_full", "last_first"))),
                 v.pick(("f.", "født")), v.dob(born))  # fmt: skip
    if v.r.random() < 0.8:
        parts += fill("CPR: {}\n", v.cpr(born))
    parts += fill("Bopæl:\n{}\nTlf.: {} · E-mail: {}\n", v.address("block"), v.phone(),
                  v.email(person))  # fmt: skip
    parts += fill(
        "Forklaring: Anmelder kører for {}. Firmakortet blev kopieret ved en tankstation; "
        "kortnummer {}, udløb {}, og der blev trukket {} {}.",
        v.pick(COMPANIES), v.card(), v.expiry(), v.amount(), v.pick(("i Tinglev", "i Taulov")),
    )  # fmt: skip
    if v.r.random() < 0.4:
        parts += fill(" Gerningsmanden bad over telefon om {} {} og MitID-bruger-ID {}.",
                      v.pick(("CVC", "kontrolcifre")), v.cvv(), v.mitid(person))  # fmt: skip
    parts += fill(" Mistænkt køretøj: {}, senere set med {}.\n",
                  v.plate(), v.foreign_plate())  # fmt: skip
    parts += fill("Vidne: {}, {}, tlf. {}.\nAfhørt af: {}",
                  v.name(witness, v.pick(("last_first", "full"))), v.address(), v.phone(),
                  v.name(officer, v.pick(("initial", "full"))))  # fmt: skip
    return parts


def family_sms(v: V) -> list[Part]:
    driver, partner, kid, alias = v.who(), v.who(woman=True), v.who(), v.who("da", False)
    sender = {id(driver): "first", id(partner): "first", id(kid): "first"}
    thread: list[tuple[dict | str, list[Part]]] = [
        (kid, fill("Far, der kom en sms om at din pakke {} står i told og koster {}, "
                   "skal jeg betale?", v.tracking(), v.amount())),
        (driver, fill("NEJ. Det er svindel. Jeg holder i {} til {}.",
                      v.postcode_alone(), v.clock())),
        (partner, fill("Jeg har allerede tastet dit kort ind: {} {} {} {} 😟",
                       v.card(), v.expiry(), v.pick(("cvc", "CVC", "CVV")), v.cvv())),
        (driver, fill("Ring til banken på {} og spær det. Hvem skrev?", v.org_line())),
        (partner, fill("{}. Han sagde han hed {} og ville have koden fra sms'en: {}",
                       v.phone(foreign=True), v.name(alias, "first"), v.otp())),
        (driver, fill("Giv aldrig koden videre! Heller ikke mit MitID-bruger-ID {}. "
                      "Har du givet ham det?", v.mitid(driver))),
        ("Mor", fill("Ja 😞 Jeg skriver til {} at hun skal ringe dig op på {}",
                     v.name(v.who(), "lower"), v.phone())),
        (kid, fill("{} har også fået den sms, hun er på {}", v.name(v.who(), "first"),
                   v.phone())),
        (driver, fill("Ok. Jeg er hjemme {}. Kys til {}", v.day26(), v.name(kid, "first"))),
    ]  # fmt: skip
    keep = [m for i, m in enumerate(thread) if i in (0, 2, 4) or v.r.random() < 0.6]
    minute = v.r.randint(8 * 60, 20 * 60)
    parts: list[Part] = []
    for who, message in keep:
        minute += v.r.randint(1, 14)
        label: Part = who if isinstance(who, str) else v.name(who, sender[id(who)])
        parts += [label, f" · {minute // 60 % 24:02d}:{minute % 60:02d}\n", *message, "\n\n"]
    parts[-1] = ""
    return parts


def driver_csv(v: V) -> list[Part]:
    parts: list[Part] = [
        f"# eksport fra KørselsApp {v.stamp()} – lønkonti ændret efter phishing markeret\n",
        "chauffør_nr;navn;cpr;mobil;email;adresse;postnr;by;bil;trailer;vin;brændstofkort;"
        "lønkonto;ændret\n",
    ]
    for _ in range(v.r.randint(3, 6)):
        p = v.who()
        postcode, town = v.town()
        parts += fill(
            "{};{};{};{};{};{};{};{};{};{};{};{};",
            v.driver_no().split()[-1], v.name(p, v.pick(("last_first", "upper", "full"))),
            v.cpr(v.born()), v.phone(), v.email(p), v.address("street"), postcode, town,
            v.plate(), v.trailer().split()[-1], v.vin().split()[-1], v.masked_card(),
        )  # fmt: skip
        parts += [*v.account(v.pick(("dash", "space"))), f";{v.pick(('', 'JA'))}\n"]
    parts += fill("# kontakt ved spørgsmål: lønservice {}", v.org_line())
    return parts


BUILDERS: dict[str, Callable[[V], list[Part]]] = {
    "dispatch_log": dispatch_log,
    "freight_chat": freight_chat,
    "customs_mail": customs_mail,
    "fraud_case": fraud_case,
    "insurer_claim": insurer_claim,
    "police_report": police_report,
    "family_sms": family_sms,
    "driver_csv": driver_csv,
}


def document(seed: int, index: int, genre: str, kind: str, attempt: int = 0) -> dict:
    """One document from its own string-seeded random generator."""
    rng = random.Random(f"pii_blind46:{seed}:{index}:{attempt}")
    text, spans = assemble(BUILDERS[genre](V(rng, kind == "negative")))
    return {"id": f"b46-{index:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: genres in turn, NEGATIVES of SIZE (in proportion) pseudonymised, texts unique."""
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    random.Random(f"pii_blind46:{seed}:plan").shuffle(kinds)
    docs, seen = [], set()
    for index, kind in enumerate(kinds):
        genre = GENRES[index % len(GENRES)]
        attempt = 0
        doc = document(seed, index, genre, kind)
        while doc["text"] in seen:
            attempt += 1
            doc = document(seed, index, genre, kind, attempt)
        seen.add(doc["text"])
        docs.append(doc)
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind46.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
