"""The seventy-second blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies, as
a held-out test set with its own names, streets and towns. Its theme is an ONLINE MARKETPLACE'S
TRUST-AND-SAFETY TEAM (the invented "Brugtbasen" with its escrow payment "BasenPay"), in eight
genres: a buyer's report of a seller who took the money and sent nothing, a seller's report of a
fake buyer who sent a phishing link (card, expiry, CVV, a code, a MitID user ID), chat excerpts
between buyer and seller ("[09:14] Name: " lines), payout disputes (a seller's payout account
changed to a foreign IBAN), ID checks (name, CPR, birth date, address block), notes to the
police, e-mail threads with users (Fra:/Til:/Emne:, signatures) and a case log export.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sælger", "køber", "anmelder"); "Holm,
  Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name in a chat is
  PERSON; so is a name in capitals. A scammer's alias ("Mikkel fra BasenPay") is PERSON by its
  name only, the unit is not. Organisations, products, pseudonyms ("Køber A", "Sælger B") and
  family words ("min bror") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side, plus ", postcode
  town" on the same line or the next line of an address block. Organisations' postal addresses
  and streets named without a number are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting its century (0-3 for the
  1900s, 4 for 2000-2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (four-digit
  year) is labelled only straight after "født ", "f. " or "Fødselsdato: ".
- PHONE: Danish 8-digit numbers from MOBILE and LANDLINE leads in ten written forms, and foreign
  numbers from fiction ranges only (+44 7700 900xxx, +46 70 174 06 xx). Organisations' 70/80
  lines and short numbers are never PHONE.
- EMAIL: every unmasked address (example.* domains). BANK_ACCOUNT: "1234-1234567890" or
  "1234 1234567890" as one span; with its own words ("reg. 1234 konto 12345678") only the
  account. IBAN with valid check digits and length, grouped by four or compact. CARD: Luhn-valid
  with a test prefix. CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV after "CVV", "CVC", "cvc" or
  "kontrolcifre"; OTP a one-time code of 6 or 8 digits; MITID_USER a MitID user ID given as
  such; NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: case, listing, payout and police journal numbers, CVR
  numbers, amounts, dates and times, tracking and IMEI numbers, masked values, organisations'
  lines and addresses, companies, banks, products, pseudonyms, family words. Documents of kind
  "negative" are the same genres after pseudonymisation. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind71 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind71"
GENRES = (
    "svindel_saelger",
    "svindel_koeber",
    "chat",
    "udbetalingstvist",
    "id_kontrol",
    "politinotat",
    "mailtraad",
    "sagslog",
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

WOMEN = (
    "Agnete", "Birthe", "Camilla", "Dorte", "Emilie", "Frida", "Gurli", "Hanne", "Ida",
    "Josefine", "Karina", "Lærke", "Maja", "Nanna", "Pernille", "Rikke", "Signe", "Tove",
    "Ulla", "Vibeke", "Winnie", "Yasmin", "Zeynep", "Amalie", "Bodil", "Ellen", "Fatima",
    "Hiba", "Ingrid", "Jytte", "Kirsten", "Line", "Mathilde", "Naja", "Sofie", "Trine",
    "Asta", "Clara", "Anne-Mette", "Mai-Britt",
)  # fmt: skip
MEN = (
    "Anders", "Bjarne", "Christian", "Dennis", "Emil", "Frederik", "Gustav", "Henrik", "Ib",
    "Jesper", "Kasper", "Lasse", "Mikkel", "Nikolaj", "Ole", "Poul", "Rune", "Søren", "Torben",
    "Ulrik", "Villads", "William", "Yusuf", "Ahmad", "Bilal", "Carsten", "Erik", "Finn",
    "Hassan", "Jacob", "Kim", "Malthe", "Morten", "Noah", "Oliver", "Preben", "Steen", "Viggo",
    "Aksel", "Karl-Emil",
)  # fmt: skip
# given names the lists above do not hold (names "without a list entry")
OTHER_GIVEN = (
    "Thyra", "Malou", "Sif", "Ronja", "Leonora", "Kewin", "Brian", "Ditlev", "Bertram",
    "Ejnar", "Olga", "Mustafa", "Dragan", "Aleksandra", "Tomasz", "Ingolf", "Vita", "Jeppe",
)  # fmt: skip
SURNAMES = (
    "Kjærgaard", "Bundgaard", "Holmsted", "Lykkegaard", "Søndergaard", "Vestergaard", "Bech",
    "Brink", "Dalsgaard", "Fogh", "Gram", "Hvid", "Juul", "Kirk", "Lind", "Lund", "Mørch",
    "Nørgaard", "Overgaard", "Qvist", "Ravn", "Skov", "Thygesen", "Ulstrup", "Vinther",
    "Abildgaard", "Bak", "Damgaard", "Eskildsen", "Frost", "Graversen", "Hald", "Iversen",
    "Jessen", "Kragh", "Lauridsen", "Munk", "Nygaard", "Ottosen", "Riis", "Storm", "Toft",
    "Agerbæk", "Balslev", "Hejlskov", "Krogh", "Yilmaz", "Hussein", "Nowak", "Tran",
    "Rahimi", "Haddad", "Østergård", "Kaae", "Svendsen", "Brøndum", "Lassen", "Mejer",
)  # fmt: skip
STREETS = (
    "Kløverhøjen", "Ravnsbjergvej", "Præstemarken", "Skovspurvevej", "Ellehammersvej",
    "Tingstedet", "Bøgelunden", "Mølleengen", "Fiskergade", "Havrevænget", "Lærkebakken",
    "Vesterled", "Rosenhaven", "Søndre Allé", "Kastanjevej", "Gyvelstien", "Brombærhaven",
    "Ahornvænget", "Hybenvej", "Nørre Boulevard", "Kirkestræde", "Egeparken", "Smedebakken",
    "Tranevej", "Fasanvænget", "Ørneredevej", "Humlehaven", "Bakkedraget",
)  # fmt: skip
TOWNS = (
    "2300 København S", "2720 Vanløse", "4000 Roskilde", "4700 Næstved", "5000 Odense C",
    "5700 Svendborg", "6000 Kolding", "6700 Esbjerg", "7100 Vejle", "7400 Herning",
    "8000 Aarhus C", "8200 Aarhus N", "8600 Silkeborg", "8900 Randers C", "9000 Aalborg",
    "9800 Hjørring", "3400 Hillerød", "2630 Taastrup", "4200 Slagelse", "7500 Holstebro",
)  # fmt: skip
COMPANIES = ("Brugtbasen", "BasenPay", "Fragtcentral Nord", "PakkeLet")
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Lunar")
PRODUCTS = ("MobilePay", "MitID", "Apple Pay", "PlayStation 5", "iPhone 14", "AirPods")
ORG_ADDRESSES = (
    "Brugtbasen ApS, Lagerkaj 14, 2150 Nordhavn",
    "BasenPay A/S, Fondsbørsvej 3, 8000 Aarhus C",
    "Fragtcentral Nord ApS, Industriparken 40, 9220 Aalborg Øst",
)
ORG_LINES = ("70 27 41 90", "80 20 11 44", "70 33 18 62", "+45 80 82 00 19", "7020 1133")
PSEUDONYMS = (
    "Køber A", "Køber B", "Sælger A", "Sælger B", "Bruger 1", "Bruger 2", "Medarbejder 1",
    "Medarbejder 2", "Vidne 1",
)  # fmt: skip
ALIAS_UNITS = (
    "Brugtbasen Kundeservice",
    "BasenPay",
    "Sikker Handel-teamet",
    "fragtafdelingen",
    "betalingsteamet",
)
POLICE = ("Midt- og Vestjyllands Politi", "Fyns Politi", "Københavns Politi",
          "Østjyllands Politi", "Nordjyllands Politi", "Sydøstjyllands Politi")  # fmt: skip
ITEMS = ("Trek el-cykel", "PlayStation 5", "iPhone 14", "barnevogn", "sofabord i eg",
         "AirPods", "vinterdæk 4 stk.", "Lego-samling", "kamera med objektiv", "sofa",
         "koncertbilletter", "hvalpe (fransk bulldog)", "robotstøvsuger", "racercykel")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
TEST_PREFIXES = ("4111", "4242", "4000", "4012", "5555", "5105", "5200", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NL": 18, "GB": 22, "LT": 20, "PL": 28, "ES": 24}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")  # fmt: skip
FAMILY = ("min bror", "min søster", "min mand", "min kone", "hans søn", "hendes datter",
          "min kæreste", "min svigermor")  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVXYZ"


def grouped(compact: str) -> str:
    """A value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(s: str) -> str:
    return s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("-", "")


class Person:
    def __init__(self, rng: random.Random, pseudo: str) -> None:
        self.female = rng.random() < 0.5
        if rng.random() < 0.15:
            self.given = rng.choice(OTHER_GIVEN)
        else:
            self.given = rng.choice(WOMEN if self.female else MEN)
        sur = rng.choice(SURNAMES)
        if rng.random() < 0.2:
            other = rng.choice([s for s in SURNAMES if s != sur])
            sur = f"{other}-{sur}"
        self.surname = sur
        self.middle = rng.choice(SURNAMES) if rng.random() < 0.35 else ""
        if self.middle == sur:
            self.middle = ""
        self.pseudo = pseudo
        self.birth = date(1944, 1, 1) + timedelta(days=rng.randrange(0, 22500))
        self.mail_style = rng.randrange(5)
        self.year_tag = rng.choice(
            (f"{self.birth.year % 100:02d}", str(self.birth.year), f"{rng.randrange(100):02d}")
        )

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def render(self, form: str) -> str:
        three = f"{self.given} {self.middle} {self.surname}" if self.middle else self.full
        forms = {
            "full": self.full,
            "given": self.given,
            "lower": self.full.lower(),
            "lowergiven": self.given.lower(),
            "caps": self.full.upper(),
            "capsthree": three.upper(),
            "surfirst": f"{self.surname}, {self.given}",
            "surfirstcaps": f"{self.surname.upper()}, {self.given.upper()}",
            "initial": f"{self.given[0]}. {self.surname}",
            "midinitial": (
                f"{self.given} {self.middle[0]}. {self.surname}" if self.middle else self.full
            ),
            "three": three,
        }
        return forms[form]

    def email(self) -> str:
        g, s = _ascii(self.given), _ascii(self.surname)
        dom = ("example.dk", "example.com", "example.net", "mail.example.dk")[self.mail_style % 4]
        local = (
            f"{g}.{s}",
            f"{g[0]}{s}{self.year_tag[-2:]}",
            f"{g}{self.year_tag}",
            f"{s}_{g}",
            f"{g}.{s[0]}",
        )[self.mail_style]
        return f"{local}@{dom}"

    def mitid(self, rng: random.Random) -> str:
        g, s = _ascii(self.given), _ascii(self.surname)
        base = rng.choice((g, g + s[:1], s + g[:1], g[:3] + s[:4], g + s))
        tail = rng.choice((f"{self.birth.year % 100:02d}", str(self.birth.year)))
        if self.birth.year > 2005 and len(tail) == 4:
            tail = tail[-2:]
        return base + tail


class Doc:
    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict] = []

    def t(self, *parts: str) -> Doc:
        for p in parts:
            self.buf.append(p)
            self.n += len(p)
        return self

    def s(self, kind: str, value: str) -> Doc:
        start = self.n
        self.t(value)
        self.spans.append({"start": start, "end": self.n, "type": kind})
        return self

    def pii(self, kind: str, value: str, stand: str) -> Doc:
        return self.t(stand) if self.neg else self.s(kind, value)

    @property
    def text(self) -> str:
        return "".join(self.buf)

    # --- persons ---------------------------------------------------------------------------
    def name(self, p: Person, form: str = "full") -> Doc:
        return self.t(p.pseudo) if self.neg else self.s("PERSON", p.render(form))

    def gen(self, p: Person, given_only: bool = False) -> Doc:
        """A genitive: "Mettes", "Mette Holms"; a name ending in s takes an apostrophe."""
        if self.neg:
            return self.t(p.pseudo + "'s")
        value = p.given if given_only else p.full
        if value[-1] in "sxz":
            return self.s("PERSON", value).t("'")
        return self.s("PERSON", value + "s")

    def alias(self, name: str) -> Doc:
        """A scammer's alias: the name only is PERSON, never the unit after "fra"."""
        return self.t("[NAVN]") if self.neg else self.s("PERSON", name)

    # --- identifiers ------------------------------------------------------------------------
    def cpr(self, p: Person, form: int | None = None) -> Doc:
        digits = cpr_digits(self.rng, p.birth)
        if form is None:
            form = self.rng.randrange(4)
        value = (
            f"{digits[:6]}-{digits[6:]}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:6]} {digits[6:]}",
        )[form]
        stand = self.rng.choice(("[CPR]", f"{digits[:6]}-xxxx"))
        return self.pii("CPR", value, stand)

    def phone(self, foreign: float = 0.1) -> Doc:
        r = self.rng
        if r.random() < foreign:
            if r.random() < 0.5:
                value = f"+44 7700 900{r.randrange(1000):03d}"
            else:
                value = f"+46 70 174 06 {r.randrange(5, 100):02d}"
        else:
            value = dk_phone(r)
        stand = r.choice(("[TLF]", f"+45 ** ** ** {r.randrange(100):02d}"))
        return self.pii("PHONE", value, stand)

    def email(self, p: Person | None = None, value: str | None = None) -> Doc:
        if value is None:
            assert p is not None
            value = p.email()
        stand = self.rng.choice(("[e-mail]", f"{value[0]}***@{value.split('@')[1]}"))
        return self.pii("EMAIL", value, stand)

    def address(self, two_lines: bool | None = None, lower: bool = False) -> Doc:
        r = self.rng
        street = f"{r.choice(STREETS)} {r.randrange(1, 180)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        if r.random() < 0.45:
            street += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
            )
        if two_lines is None:
            two_lines = r.random() < 0.5
        town = r.choice(TOWNS)
        value = f"{street}\n{town}" if two_lines else f"{street}, {town}"
        if lower:
            value = value.lower()
        return self.pii("ADDRESS", value, "[ADRESSE]")

    def street_only(self) -> Doc:
        """A street with number but no postcode (still an address)."""
        r = self.rng
        value = f"{r.choice(STREETS)} {r.randrange(1, 120)}"
        return self.pii("ADDRESS", value, "[ADRESSE]")

    def account(self) -> Doc:
        r = self.rng
        reg = f"{r.randrange(1000, 9900)}"
        acct = (
            f"{r.randrange(10**9, 10**10)}" if r.random() < 0.6 else f"{r.randrange(10**7, 10**8)}"
        )
        form = r.randrange(4)
        if form == 0:
            return self.pii("BANK_ACCOUNT", f"{reg}-{acct}", "[kontonr.]")
        if form == 1:
            return self.pii("BANK_ACCOUNT", f"{reg} {acct}", "[kontonr.]")
        if form == 2:
            self.t(f"reg. {'xxxx' if self.neg else reg} konto ")
        else:
            self.t(f"reg.nr. {'xxxx' if self.neg else reg}, kontonr. ")
            acct = acct.zfill(10)
        return self.pii("BANK_ACCOUNT", acct, "[kontonr.]")

    def iban(self, country: str | None = None) -> Doc:
        r = self.rng
        country = country or r.choice(("DK", "DK", "DE", "SE", "NL", "GB", "LT", "PL", "ES"))
        compact = make_iban(r, country)
        value = grouped(compact) if r.random() < 0.65 else compact
        return self.pii("IBAN", value, masked_iban(r))

    def card(self) -> Doc:
        r = self.rng
        compact = make_card(r)
        value = grouped(compact) if r.random() < 0.6 else compact
        stand = r.choice(("**** **** **** " + compact[-4:], "******" + compact[-4:]))
        return self.pii("CARD", value, stand)

    def expiry(self) -> Doc:
        r = self.rng
        mm, yy = r.randrange(1, 13), r.randrange(26, 32)
        value = f"{mm:02d}/{yy}" if r.random() < 0.7 else f"{mm:02d}/20{yy}"
        return self.pii("CARD_EXPIRY", value, "**/**")

    def cvv(self) -> Doc:
        r = self.rng
        self.t(r.choice(("CVV ", "CVV: ", "CVC ", "cvc ", "kontrolcifre ", "CVC-kode ")))
        return self.pii("CARD_CVV", f"{r.randrange(1000):03d}", "***")

    def otp(self) -> Doc:
        r = self.rng
        value = f"{r.randrange(10**6):06d}" if r.random() < 0.75 else f"{r.randrange(10**8):08d}"
        return self.pii("OTP", value, "[kode]")

    def mitid(self, p: Person) -> Doc:
        return self.pii("MITID_USER", p.mitid(self.rng), "(anonymiseret)")

    def dob(self, p: Person) -> Doc:
        b = p.birth
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )
        return self.pii("DATE_OF_BIRTH", value, "**.**.****")

    def plate(self) -> Doc:
        r = self.rng
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        a, b = r.randrange(10, 100), r.randrange(100, 1000)
        value = f"{letters} {a} {b}" if r.random() < 0.7 else f"{letters}{a}{b}"
        return self.pii("NUMBER_PLATE", value, "** ** ***")


def cpr_digits(rng: random.Random, birth: date) -> str:
    """A CPR number for the birth date whose serial fails modulus 11."""
    head = birth.strftime("%d%m%y")
    seventh = "4" if birth.year >= 2000 else rng.choice("0123")
    while True:
        digits = head + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def dk_phone(rng: random.Random) -> str:
    lead = rng.choice(MOBILE + LANDLINE) if rng.random() < 0.4 else rng.choice(MOBILE)
    d = lead + f"{rng.randrange(10**6):06d}"
    pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    return (
        f"+45 {d}",
        f"+45 {pairs}",
        f"+45 {d[:4]} {d[4:]}",
        f"{d[:4]} {d[4:]}",
        f"(+45) {pairs}",
        f"0045 {d}",
        pairs,
        d,
        f"+45{d}",
        f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
    )[rng.randrange(10)]


def make_iban(rng: random.Random, country: str) -> str:
    length = IBAN_LENGTH[country]
    if country in ("NL", "GB"):
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
        bban += "".join(str(rng.randrange(10)) for _ in range(length - 8))
    else:
        bban = "".join(str(rng.randrange(10)) for _ in range(length - 4))
    numeric = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - numeric % 97:02d}{bban}"


def masked_iban(rng: random.Random) -> str:
    return f"DK{rng.randrange(10, 100)}{'X' * 10}{rng.randrange(10000):04d}"


def make_card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(11))
    for check in "0123456789":
        digits = body + check
        doubled = [int(c) * (1 + i % 2) for i, c in enumerate(reversed(digits))]
        if sum(n // 10 + n % 10 for n in doubled) % 10 == 0:
            return digits
    raise AssertionError


# --- hard negatives ---------------------------------------------------------------------------
def case_no(r: random.Random) -> str:
    return f"TS-26-{r.randrange(100000):05d}"


def listing(r: random.Random) -> str:
    return f"annonce-ID {r.randrange(1000000, 9999999)}"


def payout(r: random.Random) -> str:
    return f"UDB-{r.randrange(100000, 999999)}"


def journal(r: random.Random) -> str:
    district, office = r.choice(("3700", "4100", "1100", "5100")), r.randrange(100, 999)
    return f"{district}-80{office}-{r.randrange(100000):05d}-26"


def amount(r: random.Random) -> str:
    kroner = r.choice((r.randrange(50, 1000), r.randrange(1000, 40000)))
    text = f"{kroner:,}".replace(",", ".")
    if r.random() < 0.3:
        text += f",{r.choice(('00', '95', '50', '75'))}"
    return f"kr. {text}" if r.random() < 0.25 else f"{text} kr."


def stamp(r: random.Random) -> str:
    month, day, hour = r.randrange(1, 4), r.randrange(1, 29), r.randrange(7, 23)
    return f"2026-{month:02d}-{day:02d} {hour:02d}:{r.randrange(60):02d}"


def short_date(r: random.Random) -> str:
    return f"{r.randrange(1, 29):02d}.{r.randrange(1, 4):02d}.26"


def clock(r: random.Random) -> str:
    return f"kl. {r.randrange(7, 23):02d}.{r.randrange(60):02d}"


def tracking(r: random.Random) -> str:
    return f"{r.choice(('RB', 'CC', 'LX', 'RR'))}{r.randrange(10**8, 10**9)}DK"


def imei(r: random.Random) -> str:
    return f"IMEI 35-{r.randrange(10**5, 10**6)}-{r.randrange(10**5, 10**6)}-{r.randrange(10)}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(20000000, 45000000)}"


def org_line(r: random.Random) -> str:
    return r.choice(ORG_LINES)


def masked_bits(r: random.Random) -> str:
    return r.choice(
        (
            f"kortet der ender på **** **** **** {r.randrange(10000):04d}",
            f"kort ******{r.randrange(10000):04d}",
            f"tidligere konto {masked_iban(r)}",
            f"nummeret vises maskeret som +45 ** ** ** {r.randrange(100):02d}",
            f"appen viser kun {r.choice('abcdefghjklmnoprstv')}***@example.dk",
            f"CPR vist som {r.randrange(1, 29):02d}{r.randrange(1, 13):02d}"
            f"{r.randrange(40, 99)}-xxxx",
        )
    )


def family(r: random.Random) -> str:
    return r.choice(FAMILY)


def extras(d: Doc, n: int = 2) -> None:
    """Sentences full of look-alikes, no personal data."""
    r = d.rng
    pool = [
        lambda: f"Pakken har sporingsnummer {tracking(r)}. ",
        lambda: f"Varen ({imei(r)}) er meldt stjålet. ",
        lambda: f"Kunden er henvist til Brugtbasens kundeservice på {org_line(r)}. ",
        lambda: f"Forhandleren er registreret med {cvr(r)}. ",
        lambda: f"Bemærk: {masked_bits(r)}. ",
        lambda: f"Udbetaling {payout(r)} på {amount(r)} er sat i bero. ",
        lambda: f"Sagen hænger sammen med {case_no(r)} fra {short_date(r)}. ",
        lambda: "Ved akut fare: ring 112; ikke-akut politi på 114. ",
        lambda: f"Returadresse: {r.choice(ORG_ADDRESSES)}. ",
        lambda: f"Mødestedet var ved {r.choice(STREETS)}, men ingen dukkede op. ",
        lambda: f"Pengene blev ifølge anmelder lånt af {family(r)}. ",
        lambda: f"Samme profil er set i {listing(r)}. ",
    ]
    for f in r.sample(pool, n):
        d.t(f())


# --- the genres -------------------------------------------------------------------------------
def g_svindel_saelger(d: Doc) -> None:
    r = d.rng
    buyer, seller = Person(r, "Køber A"), Person(r, "Sælger A")
    staff = Person(r, "Medarbejder 1")
    item = r.choice(ITEMS)
    d.t(f"Indberetning {case_no(r)} · modtaget {stamp(r)}\n")
    d.t("Type: Sælger leverer ikke (forudbetaling)\n")
    d.t("Anmelder: ").name(buyer, r.choice(("full", "full", "three", "caps"))).t(" (")
    d.email(buyer).t(", tlf. ").phone(0).t(")\n")
    d.t('Indberettet sælger: profil "').name(seller, r.choice(("given", "full", "initial")))
    d.t(f'"\nAnnonce: {listing(r)}, "{item}", {amount(r)}\n\n')
    d.t('Anmelders beskrivelse:\n"')
    if r.random() < 0.5:
        d.t(f"jeg købte {item} af ").name(seller, "lower").t(" og betalte over MobilePay til ")
        d.phone(0).t(". ")
    else:
        d.t(f"Jeg fandt {item} i annoncen og ").name(seller, "given")
        d.t(" bad mig overføre pengene til ").account().t(". ")
    if r.random() < 0.45:
        d.t("Bagefter ville han have resten sendt til en udenlandsk konto, ").iban().t(". ")
    if r.random() < 0.5:
        d.t("Vi aftalte afhentning på ").address(two_lines=False).t(", men der boede ingen ")
        d.t("med det navn. ")
    if r.random() < 0.55:
        d.t("Jeg så ham køre fra stedet i en grå bil med nummerpladen ").plate().t(". ")
    if r.random() < 0.3:
        d.t("Han skrev også fra ").email(seller).t(". ")
    if r.random() < 0.6:
        d.t("Han sagde han hed ").alias(r.choice(MEN + OTHER_GIVEN)).t(" fra ")
        d.t(r.choice(ALIAS_UNITS) + " og at jeg ville få pengene tilbage. ")
    d.t('Nu svarer han ikke."\n\n')
    d.t("Note fra ").name(staff, r.choice(("full", "given"))).t(": ")
    d.t(f"profilen er lukket {short_date(r)} {clock(r)}. ")
    extras(d, r.randrange(1, 3))
    d.t("\n")


def g_svindel_koeber(d: Doc) -> None:
    r = d.rng
    seller = Person(r, "Sælger B")
    alias1 = r.choice(MEN + WOMEN + OTHER_GIVEN)
    d.t(f"Sag {case_no(r)} – falsk køber / phishing-link\n")
    d.t("Sælger: ").name(seller, r.choice(("surfirst", "full", "midinitial", "surfirstcaps")))
    d.t(", ").email(seller).t("\n")
    d.t("Kontaktet fra: ").phone(0.6).t(f" ({short_date(r)} {clock(r)})\n\n")
    d.t("Forløb, med sælgers egne ord:\n")
    d.t("En køber der kaldte sig ").alias(alias1).t(" ville købe min ")
    d.t(f"{r.choice(ITEMS)} og skrev at der var betalt via BasenPay. Jeg fik et link for at ")
    d.t("'modtage pengene' og tastede mit kort ").card().t(", udløb ").expiry()
    if r.random() < 0.85:
        d.t(" og ").cvv()
    d.t(". ")
    if r.random() < 0.8:
        d.t("Så kom der en sms med en engangskode, ").otp().t(", som jeg også skrev ind. ")
    if r.random() < 0.8:
        d.t("Bagefter ringede ").alias(r.choice(MEN + WOMEN)).t(" fra ")
        d.t(r.choice(ALIAS_UNITS) + " og bad om mit MitID-bruger-ID, og jeg gav ham ")
        d.mitid(seller).t(". ")
    d.t(f"\n\nTab: {amount(r)} trukket {short_date(r)}. ")
    d.t(r.choice(("Kortet er spærret via ", "Sælger har kontaktet ")) + r.choice(BANKS) + ". ")
    extras(d, r.randrange(1, 3))
    d.t("\n")


def g_chat(d: Doc) -> None:
    r = d.rng
    buyer, seller = Person(r, "Køber B"), Person(r, "Sælger B")
    fb = r.choice(("full", "full", "given", "lower", "midinitial", "lowergiven"))
    fs = r.choice(("full", "given", "lower", "three", "initial"))
    item = r.choice(ITEMS)
    h, m = r.randrange(7, 22), r.randrange(0, 30)

    def line(p: Person, form: str) -> Doc:
        nonlocal m
        m += r.randrange(1, 4)
        d.t(f"[{h:02d}:{m:02d}] ").name(p, form).t(": ")
        return d

    d.t(f'Chatudskrift, {listing(r)} ("{item}", {amount(r)}), eksporteret {short_date(r)}\n')
    line(buyer, fb).t(f"hej, er {item} stadig til salg?\n")
    line(seller, fs).t("ja den er. jeg kan sende med fragt hvis du betaler forud\n")
    line(buyer, fb).t("kan jeg ikke hente den? jeg bor på ").address(False, lower=r.random() < 0.5)
    d.t("\n")
    line(seller, fs).t(f"er på arbejde i norge, {family(r)} har den. skriv på ").phone(0.25)
    d.t("\n")
    if r.random() < 0.6:
        line(buyer, fb).t("ok tak ").name(seller, "lowergiven").t(". hvor skal pengene hen?\n")
        line(seller, fs).t("til ").account().t(" eller mobilepay\n")
    if r.random() < 0.55:
        line(seller, fs).t("du får lige en sms fra BasenPay, send mig koden så jeg kan ")
        d.t("registrere dig som køber\n")
        line(buyer, fb).otp().t("\n")
    if r.random() < 0.35:
        line(seller, fs).t("skriv også dit MitID-bruger-ID så sender fragtfirmaet pakken\n")
        line(buyer, fb).mitid(buyer).t("\n")
    if r.random() < 0.35:
        line(buyer, fb).t("min mail er ").email(buyer).t("\n")
    if r.random() < 0.3:
        line(seller, fs).t("jeg kommer i en sort golf, ").plate().t("\n")
    if r.random() < 0.25:
        line(buyer, fb).t("har betalt med kortet ").card().t(" ").expiry().t(" ").cvv().t("\n")
    line(buyer, fb).t(f"har sendt {amount(r)} nu\n")
    d.t("\nMarkeret af systemet: ")
    extras(d, 1)
    d.t("\n")


def g_udbetalingstvist(d: Doc) -> None:
    r = d.rng
    seller, staff = Person(r, "Sælger A"), Person(r, "Medarbejder 2")
    d.t(f"Udbetalingstvist {payout(r)} · sag {case_no(r)}\n")
    d.t("Sælger: ").name(seller, r.choice(("full", "three", "surfirst"))).t(", CPR ")
    d.cpr(seller).t(" (verificeret ved oprettelse)\n")
    d.t("Registreret udbetalingskonto: ").account().t(f" ({r.choice(BANKS)})\n")
    d.t(f"Ændret {short_date(r)} {clock(r)} til: ").iban().t("\n")
    d.t("Ændringen blev godkendt med engangskoden ").otp().t(" fra en ny enhed.\n\n")
    d.t('Sælger oplyser: "jeg har ikke ændret min konto. jeg fik en mail fra ')
    d.email(
        value=f"{r.choice(('basenpay.support', 'udbetaling.basen', 'sikkerhed.bb'))}"
        f"{r.randrange(10, 99)}@example.net"
    )
    d.t(" og loggede ind via linket.")
    if r.random() < 0.5:
        d.t(" Dagen efter blev jeg ringet op af ").alias(r.choice(MEN + WOMEN + OTHER_GIVEN))
        d.t(f" fra {r.choice(ALIAS_UNITS)}.")
    d.t('"\n')
    d.t("Kontakt: ").email(seller).t(", ").phone(0.05).t("\n")
    d.t(f"Tilbageholdt: {amount(r)}. ")
    if r.random() < 0.4:
        d.t("Sælgers kontaktperson i banken er ").name(Person(r, "Bruger 2"), "full").t(". ")
    d.t("Beslutning: ").gen(staff, given_only=r.random() < 0.5)
    d.t(" vurdering er at kontoen er overtaget; udbetaling til den oprindelige konto.\n")
    extras(d, r.randrange(1, 3))
    d.t("\n")


def g_id_kontrol(d: Doc) -> None:
    r = d.rng
    user, staff = Person(r, "Bruger 1"), Person(r, "Medarbejder 1")
    d.t(f"ID-kontrol {stamp(r)} – udført af ").name(staff, r.choice(("full", "initial")))
    d.t(f"\nSag: {case_no(r)}\n")
    d.t("NAVN: ").name(user, r.choice(("caps", "capsthree", "surfirstcaps", "surfirst", "three")))
    d.t("\nCPR-nr.: ").cpr(user).t("\n")
    d.t("Fødselsdato: ").dob(user).t("\n")
    d.t("Adresse: ").address(two_lines=r.random() < 0.75).t("\n")
    d.t("Telefon: ").phone(0.05).t("\nE-mail: ").email(user).t("\n")
    if r.random() < 0.5:
        d.t("Brugeren skrev selv sit MitID-bruger-ID i chatten: ").mitid(user)
        d.t(" (slettet; det må aldrig efterspørges).\n")
    if r.random() < 0.3:
        d.t("Bil i annoncen: ").plate().t(", ejer oplyst som ").name(user, "initial").t(".\n")
    d.t("Dokument: kørekort fremvist, nummer ikke noteret.\n")
    d.t(r.choice(("Resultat: godkendt. ", "Resultat: afvist – billedet passer ikke. ",
                  "Resultat: afventer. ")))  # fmt: skip
    extras(d, r.randrange(1, 3))
    d.t("\n")


def g_politinotat(d: Doc) -> None:
    r = d.rng
    suspect, staff = Person(r, "Sælger A"), Person(r, "Medarbejder 2")
    d.t(f"Til: {r.choice(POLICE)}\nVedr.: anmeldelse af bedrageri via Brugtbasen\n")
    d.t(f"Vores sag: {case_no(r)}")
    if r.random() < 0.6:
        d.t(f" · jeres journalnr. {journal(r)}")
    d.t("\nFra: Brugtbasen Trust & Safety, ").name(staff, "full").t(", ").email(staff)
    d.t(f", tlf. {org_line(r)}\n\nMistænkt:\n")
    d.name(suspect, r.choice(("caps", "capsthree", "surfirstcaps", "full")))
    d.t(", " + r.choice(("f. ", "født "))).dob(suspect)
    if r.random() < 0.7:
        d.t(", CPR ").cpr(suspect)
    d.t("\n").address(two_lines=r.random() < 0.5).t("\nTlf.: ").phone(0.1).t("\n")
    if r.random() < 0.75:
        d.t("Bil set ved overlevering: ").plate().t("\n")
    d.t("Modtagerkonti: ").account()
    if r.random() < 0.6:
        d.t(" og ").iban()
    d.t("\n\nForurettede:\n")
    for i in range(r.randrange(1, 4)):
        victim = Person(r, "Vidne 1" if i == 0 else "Køber A")
        d.t("- ").name(victim, r.choice(("full", "surfirst", "three")))
        d.t(f", {amount(r)}, overført {short_date(r)}\n")
    d.t("\nVi udleverer log-data efter retskendelse. ")
    extras(d, r.randrange(1, 3))
    d.t("\nMed venlig hilsen\n").name(staff, "full").t(f"\n{ORG_ADDRESSES[0]}, {cvr(r)}\n")


def g_mailtraad(d: Doc) -> None:
    r = d.rng
    user, staff = Person(r, "Bruger 2"), Person(r, "Medarbejder 1")
    d.t("Fra: ").name(user, r.choice(("full", "three", "caps"))).t(" <").email(user).t(">\n")
    d.t("Til: Brugtbasen Tryghed <").email(value="tryghed@example.dk").t(">\n")
    d.t(f"Emne: Sv: {r.choice(('Min konto er hacket', 'Manglende udbetaling', 'Svindel?'))}")
    d.t(f" [{case_no(r)}]\nDato: {short_date(r)} {clock(r)}\n\n")
    d.t("Hej ").name(staff, "given").t("\n\n")
    body = r.randrange(3)
    if body == 0:
        d.t("Jeg har ikke fået mine penge for ").t(r.choice(ITEMS)).t(". Mit CPR er ")
        d.cpr(user).t(" og kontoen er ").account().t(". ")
    elif body == 1:
        d.t("Nogen har logget ind på min profil og ændret udbetalingen til ").iban()
        d.t(". Jeg har fået en kode, ").otp().t(", som jeg ikke har bedt om. ")
    else:
        d.t("Jeg tror jeg er blevet snydt af ").name(Person(r, "Sælger B"), "full")
        d.t(". Han fik mit kort ").card().t(" med udløb ").expiry().t(" og ").cvv().t(". ")
    if r.random() < 0.35:
        d.t(f"{family(r).capitalize()} har også skrevet til jer. ")
    d.t("\n\nMvh\n").name(user, r.choice(("full", "given")))
    if r.random() < 0.8:
        d.t("\n").address(two_lines=True)
    d.t("\n").phone(0.05).t("\n\n")
    d.t(f"> {short_date(r)} skrev ").name(staff, "full").t(" <").email(staff).t(">:\n")
    d.t("> Tak for din henvendelse. Vi spørger aldrig efter koder eller MitID. ")
    d.t(f"Ring på {org_line(r)} hvis du er i tvivl.\n")
    extras(d, 1)
    d.t("\n")


def g_sagslog(d: Doc) -> None:
    r = d.rng
    user, staff = Person(r, "Køber A"), Person(r, "Medarbejder 2")
    sf = r.choice(("full", "given", "initial"))
    d.t(f"Sagslog {case_no(r)} (eksport)\n")
    d.t(f"{stamp(r)}  ").name(staff, sf).t(": sag oprettet fra app. Bruger: ")
    d.name(user, r.choice(("full", "lower", "surfirst"))).t(", ").email(user).t("\n")
    d.t(f"{stamp(r)}  ").name(staff, sf).t(": ringede til ").gen(user, given_only=True)
    d.t(" nummer ").phone(0.1).t(". ")
    if r.random() < 0.6:
        d.t("Bekræfter at koden ").otp().t(" er givet videre. ")
    d.t("\n")
    if r.random() < 0.5:
        d.t(f"{stamp(r)}  ").name(staff, sf).t(": bruger har oplyst kort ").card()
        d.t(" (").expiry().t(", ").cvv().t(") til svindleren; henvist til banken.\n")
    if r.random() < 0.4:
        d.t(f"{stamp(r)}  ").name(staff, sf).t(": MitID-bruger-ID ").mitid(user)
        d.t(" står i chatten, er skjult.\n")
    if r.random() < 0.4:
        d.t(f"{stamp(r)}  ").name(staff, sf).t(": modpartens bil ").plate().t(", adresse ")
        d.street_only().t(".\n")
    d.t(f"{stamp(r)}  system: ")
    extras(d, r.randrange(1, 3))
    d.t("\n")


BUILDERS = {
    "svindel_saelger": g_svindel_saelger,
    "svindel_koeber": g_svindel_koeber,
    "chat": g_chat,
    "udbetalingstvist": g_udbetalingstvist,
    "id_kontrol": g_id_kontrol,
    "politinotat": g_politinotat,
    "mailtraad": g_mailtraad,
    "sagslog": g_sagslog,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    plan += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, kind in plan:
        while True:
            d = Doc(rng, kind == "negative")
            BUILDERS[genre](d)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {
                "id": f"pii_blind71-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1] if len(argv) > 1 else "pii_blind71.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
