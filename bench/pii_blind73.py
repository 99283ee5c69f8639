"""The seventy-fourth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its genre is a PHARMACY CHAIN'S
CUSTOMER SERVICE AND ITS FRAUD DESK, in eight kinds of text: a branch's note on a prescription
picked up by proxy (the patient, the proxy, the proxy's CPR, phone and car), a customer's
e-mail (Fra:/Til:/Emne:) about an order she never placed, a web-shop chat ("[09:14] Name:"
lines, lower-case customers, a code read out), the fraud desk's case on orders placed with a
stolen identity (delivery address, card, expiry, CVV, MitID user ID), a call note, a refund
form (reg.nr. and account or a foreign IBAN), a letter to a patient's doctor (address block on
two lines, birth date after "født") and the fraud desk's event log.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role; "Holm, Jytte" is one span, a genitive s
  belongs to it, a lower-case name typed in a chat is PERSON. A scammer's alias ("Mikkel fra
  Myntes kundeservice") is PERSON by its name only. Companies, pharmacies, clinics, products,
  pseudonyms ("Kunde A") and family words ("min mor") are never PERSON.
- ADDRESS runs from the street through number, letter, floor and side, plus ", postcode town"
  or the next line of an address block. Organisations' postal addresses are never labelled.
- CPR: real birth date, century digit 0-3 (1900s) or 4 (2000-2005), serial failing modulus 11,
  written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH only
  straight after "født", "f." or "Fødselsdato:".
- PHONE: Danish 8-digit numbers in ten written forms, foreign ones from fiction ranges only.
  Organisations' 70/80 lines, 112, 114 and 1813 are never PHONE.
- EMAIL every unmasked address (example.* domains); BANK_ACCOUNT, IBAN, CARD (test prefixes,
  Luhn), CARD_EXPIRY, CARD_CVV, OTP, MITID_USER, NUMBER_PLATE as in the earlier sets.
- Hard negatives (never labelled): amounts, dates, times, case, order, refund and prescription
  numbers, tracking numbers, CVR numbers, masked values, organisations' lines and addresses,
  products, pseudonyms, family words. Negative documents are the same texts pseudonymised.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind73 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind73"
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "fuldmagt",
    "kundemail",
    "chatlog",
    "identitetstyveri",
    "opkaldsnotat",
    "refusion",
    "laegebrev",
    "haendelseslog",
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
TEST_PREFIXES = (
    "41111111",
    "40128888",
    "55555555",
    "51051051",
    "37828224",
    "37144963",
    "40000566",
    "52008282",
)
TEST_CARDS = (
    "4111111111111111",
    "4012888888881881",
    "5555555555554444",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "4000056655665556",
    "5200828282828210",
)
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "FI": 18, "PL": 28, "LT": 20, "AT": 20}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "64", "65", "66", "72", "73", "75", "76", "86", "87",
            "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Jytte", "Birthe", "Lone", "Hanne", "Inger", "Karin", "Susanne", "Mette", "Pia",
         "Tina", "Camilla", "Louise", "Sofie", "Ida", "Freja", "Emma", "Anne-Mette", "Gitte",
         "Vibeke", "Dorthe", "Malene", "Signe", "Nanna", "Bodil", "Ellen", "Ruth", "Lis",
         "Marianne", "Helle", "Rikke", "Trine", "Line", "Maja", "Clara", "Asta", "Ragnhild",
         "Aisha", "Fatima", "Zeynep", "Mai", "Agnete", "Kirsten", "Merete", "Ulla", "Annette",
         "Sanne", "Josefine", "Ane-Sofie")  # fmt: skip
MEN = ("Jens", "Poul", "Niels", "Henrik", "Søren", "Lars", "Per", "Ole", "Bent", "Erik", "Knud",
       "Torben", "Finn", "Kim", "Thomas", "Morten", "Jesper", "Rasmus", "Mikkel", "Kasper",
       "Mads", "Emil", "Oscar", "Villads", "Aksel", "Karl", "Frode", "Svend", "Gunnar", "Jørgen",
       "Preben", "Palle", "Ahmed", "Mehmet", "Ali", "Tariq", "Duc", "Jan-Erik", "Hans-Henrik",
       "Troels", "Bjarne", "Flemming", "Allan", "Brian", "Kenneth", "Jakob", "Magnus")  # fmt: skip
# Given names no usual list has (written only in title case).
RARE = ("Ingefred", "Tjalfe", "Guldborg", "Eskild", "Yrsa", "Rosalba", "Oddbjørn", "Hjørdis",
        "Dusan", "Ilse-Marie", "Amadou", "Lykke", "Valborg", "Svanhild", "Kjeld-Ove")  # fmt: skip
SURNAMES = ("Mølgaard", "Thygesen", "Kragh", "Vestergård", "Bæk", "Ravnsholt", "Stampe",
            "Lundsgaard", "Brejning", "Hove", "Skaarup", "Munch", "Kjeldsen", "Fogh", "Bilde",
            "Svendsen", "Holt", "Brandt", "Koch", "Vinther", "Dall", "Friis", "Hjort", "Lykkegaard",
            "Riis", "Toft", "Sand", "Aagaard", "Damsgaard", "Hedegaard", "Overgaard", "Wulff",
            "Bonde", "Krogh", "Hvid", "Nørgaard", "Yilmaz", "Hussein", "Nguyen", "Kowalski",
            "Abdi", "Demir", "Petrović", "Salomonsen", "Enevoldsen", "Ebbesen", "Villadsen",
            "Thorsager", "Kaae", "Gram", "Bach", "Tang", "Iversen", "Frost", "Lind")  # fmt: skip
MIDDLE = ("Marie", "Kjær", "Juul", "Skov", "Bro", "Dam", "Lyng", "Bech", "Krarup", "Hald")
STREETS = ("Hyldebærvej", "Slåenbakken", "Kirsebærhaven", "Tranebærvej", "Havtornvej",
           "Kamillevej", "Baldriangade", "Enebærstien", "Ryllikevej", "Pebermyntevej",
           "Salviegade", "Mosebuen", "Skovsyrevej", "Rosmarinvænget", "Timianvej",
           "Bukkehornsvej", "Kalmusvej", "Anisvej", "Merianvej", "Kommenvej", "Perikonvej",
           "Løvstikkevej", "Hvidtjørnsgade", "Lindeblomstvej", "Malurtvej", "Agermånevej",
           "Ringblomstgade", "Kongepennen", "Isopvej", "Fennikelvej")  # fmt: skip
TOWNS = ("2300 København S", "2200 København N", "8000 Aarhus C", "5000 Odense C",
         "9000 Aalborg", "7100 Vejle", "6700 Esbjerg", "4000 Roskilde", "3400 Hillerød",
         "8600 Silkeborg", "4700 Næstved", "6000 Kolding", "8900 Randers", "7400 Herning",
         "2860 Søborg", "2610 Rødovre", "3000 Helsingør", "4200 Slagelse", "5700 Svendborg",
         "9800 Hjørring", "6400 Sønderborg", "2720 Vanløse", "8260 Viby J",
         "7500 Holstebro")  # fmt: skip
COMPANIES = ("Mynte Apotek", "Mynte Webapotek", "PostNord", "GLS", "Nets", "MobilePay",
             "Sundhedsdatastyrelsen", "Region Hovedstaden", "Lægevagten")  # fmt: skip
PRODUCTS = ("Panodil", "Ozempic", "Wegovy", "Concerta", "Oxynorm", "Zolpidem", "Truxal",
            "Mounjaro", "Saxenda", "Ritalin")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank")
ALIAS_UNITS = ("Myntes kundeservice", "Myntes svindelafdeling", "Apotekets IT-support",
               "Sundhedsdatastyrelsen", "Nets")  # fmt: skip
ORG_LINES = ("70 13 46 80", "7013 4680", "80 20 74 15", "80207415", "70 22 81 19")
ORG_ADDRESSES = ("Mynte Apotek Valby, Lyshøjgårdsvej 41, 2500 Valby",
                 "Mynte Apotek Vestbyen, Kastanievej 8, 9000 Aalborg",
                 "Mynte Webapotek, Lagervej 14, 6000 Kolding",
                 "Lægehuset ved Søen, Søndergade 77, 8600 Silkeborg",
                 "Lægerne i Bymidten, Torvegade 2, 4700 Næstved",
                 "Mynte Apotek, Svindelafdelingen, Postboks 219, 6000 Kolding")  # fmt: skip
PSEUDONYMS = ("Kunde A", "Kunde B", "Fuldmægtig 1", "Medarbejder 1", "Medarbejder 2")
STAND_INS = {"ADDRESS": "[ADRESSE]", "PHONE": "[TLF]", "EMAIL": "[e-mail]",
             "BANK_ACCOUNT": "[kontonr.]", "IBAN": "[kontonr.]", "OTP": "[kode]",
             "MITID_USER": "[kode]", "CPR": "[CPR]", "PERSON": "[NAVN]",
             "DATE_OF_BIRTH": "xx.xx.xxxx", "CARD": "**** **** **** 1111",
             "CARD_EXPIRY": "xx/xx", "CARD_CVV": "***",
             "NUMBER_PLATE": "[nummerplade]"}  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
CPR_LAYOUTS = ("dash", "compact", "spaced", "space")
PHONE_LAYOUTS = ("+45 c", "+45 pairs", "+45 quads", "quads", "(+45) pairs", "0045 c", "pairs",
                 "compact", "+45c", "dots", "uk", "se")  # fmt: skip


def grouped(compact: str) -> str:
    """The value in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _mod11(digits: str) -> bool:
    return sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


class Person:
    """A synthetic person: names, birth date, CPR and the other identifiers drawn on demand."""

    def __init__(self, rng: random.Random, given: str | None = None) -> None:
        self.rng = rng
        woman = rng.random() < 0.55
        self.given = given or (
            rng.choice(RARE) if rng.random() < 0.1 else rng.choice(WOMEN if woman else MEN)
        )
        roll = rng.random()
        if roll < 0.15:
            a, b = rng.sample(SURNAMES, 2)
            self.surname = f"{a}-{b}"
        else:
            self.surname = rng.choice(SURNAMES)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.2 else ""
        year = rng.randint(1928, 2005)
        self.born = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        self.cpr_digits = self._cpr()
        self.slot = 0

    def _cpr(self) -> str:
        d = self.born
        head = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        first = "4" if d.year >= 2000 else self.rng.choice("0123")
        while True:
            digits = head + first + f"{self.rng.randrange(1000):03d}"
            if not _mod11(digits):
                return digits

    def name(self, form: str) -> str:
        g, s = self.given, self.surname
        full = f"{g} {self.middle} {s}" if self.middle else f"{g} {s}"
        match form:
            case "given":
                return g
            case "lower":
                return g.lower() if self.rng.random() < 0.6 else f"{g} {s}".lower()
            case "upper":
                return full.upper()
            case "surfirst":
                return f"{s}, {g}"
            case "three":
                return f"{g} {self.middle or self.rng.choice(MIDDLE)} {s}"
            case "initial":
                return f"{g[0]}. {s}" if self.rng.random() < 0.5 else f"{g} {s[0]}."
            case "genitive":
                base = full if self.rng.random() < 0.6 else g
                return base + ("'" if base[-1] in "sxz" else "s")
            case _:
                return full


class Doc:
    """A document built piece by piece; in a negative, personal data become stand-ins."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.pseudo: dict[int, str] = {}
        self.keep: list[Person] = []  # keeps each pseudonymised person's id unique

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.length += len(text)
        return self

    def p(self, kind: str, value: str) -> Doc:
        if self.negative:
            return self.t(STAND_INS[kind])
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        return self.t(value)

    def n(self, person: Person, form: str = "full", pseudo: str = "") -> Doc:
        """A person's name in a form (a pseudonym in a negative)."""
        if self.negative:
            key = id(person)
            self.keep.append(person)
            if pseudo:
                self.pseudo[key] = pseudo
            if key not in self.pseudo:
                free = [p for p in PSEUDONYMS if p not in self.pseudo.values()]
                self.pseudo[key] = free[0] if free else "[NAVN]"
            name = self.pseudo[key]
            return self.t(name + ("'s" if form == "genitive" and name[-1] != "]" else ""))
        value = person.name(form)
        if value.endswith("'"):
            self.p("PERSON", value[:-1])
            return self.t("'")
        return self.p("PERSON", value)

    def text(self) -> str:
        return "".join(self.parts)


# --- values -------------------------------------------------------------------------------


def cpr_text(rng: random.Random, person: Person, layout: str | None = None) -> str:
    d = person.cpr_digits
    match layout or rng.choice(CPR_LAYOUTS):
        case "dash":
            return f"{d[:6]}-{d[6:]}"
        case "compact":
            return d
        case "spaced":
            return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        case _:
            return f"{d[:6]} {d[6:]}"


def dob_text(rng: random.Random, born: date) -> str:
    match rng.randrange(4):
        case 0:
            return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
        case 1:
            return f"{born.day:02d}.{born.month:02d}.{born.year}"
        case 2:
            return f"{born.day}/{born.month}-{born.year}"
        case _:
            return f"{born.day:02d}-{born.month:02d}-{born.year}"


def phone_text(rng: random.Random, layout: str | None = None) -> str:
    layout = layout or rng.choice(PHONE_LAYOUTS)
    if layout == "uk":
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if layout == "se":
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    lead = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE)
    d = lead + f"{rng.randrange(10**6):06d}"
    pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
    quads = f"{d[:4]} {d[4:]}"
    return {
        "+45 c": f"+45 {d}",
        "+45 pairs": f"+45 {pairs}",
        "+45 quads": f"+45 {quads}",
        "quads": quads,
        "(+45) pairs": f"(+45) {pairs}",
        "0045 c": f"0045 {d}",
        "pairs": pairs,
        "compact": d,
        "+45c": f"+45{d}",
        "dots": pairs.replace(" ", "."),
    }[layout]


def email_text(rng: random.Random, person: Person) -> str:
    def plain(s: str) -> str:
        table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ć": "c", "-": ""})
        return s.lower().translate(table)

    g, s = plain(person.given), plain(person.surname)
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g}{s[:3]}",
            f"{g[0]}{s}",
            f"{g}_{person.born.year}",
            f"{g}{rng.randint(1, 99)}",
        )
    )
    domain = rng.choice(("example.dk", "example.com", "mail.example.dk", "post.example.net"))
    return f"{local}@{domain}"


def address_text(rng: random.Random, block: bool = False) -> str:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
    if rng.random() < 0.45:
        street += (
            f", {rng.choice(('st.', '1.', '2.', '3.', '4.'))} {rng.choice(('th.', 'tv.', 'mf.'))}"
        )
    return street + ("\n" if block else ", ") + rng.choice(TOWNS)


def card_text(rng: random.Random) -> str:
    number = rng.choice(TEST_CARDS)
    assert _luhn_ok(number)
    return grouped(number) if rng.random() < 0.6 else number


def expiry_text(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(26, 31)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def iban_text(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_LENGTH))
    bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
    numeric = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    compact = f"{country}{98 - numeric % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.6 else compact


def account(rng: random.Random) -> tuple[str, str]:
    reg = f"{rng.randint(1000, 9899)}"
    length = rng.choice((7, 8, 9, 10, 10, 10))
    if length == 10:
        return reg, f"{rng.randrange(10**9):010d}"
    return reg, str(rng.randint(10 ** (length - 1), 10**length - 1))


def plate_text(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
    digits = f"{rng.randint(10, 99)}{rng.randint(100, 999)}"
    if rng.random() < 0.7:
        return f"{letters} {digits[:2]} {digits[2:]}"
    return letters + digits


def mitid_text(rng: random.Random, person: Person) -> str:
    g = person.given.lower().replace("-", "")
    g = g.translate(str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e"}))
    tail = rng.choice((f"{person.born.year % 100:02d}", f"{person.born.year}"))
    if person.born.year >= 2006:
        tail = f"{person.born.year % 100:02d}"
    return g + person.surname.lower()[0].translate(str.maketrans("æøå", "aoa")) + tail


def otp_text(rng: random.Random) -> str:
    return f"{rng.randrange(10**6):06d}" if rng.random() < 0.75 else f"{rng.randrange(10**8):08d}"


def amount(rng: random.Random) -> str:
    kroner = rng.choice((rng.randint(19, 999), rng.randint(1000, 24000)))
    ore = rng.choice(("00", "95", "50", "75"))
    whole = f"{kroner:,}".replace(",", ".")
    return f"{whole},{ore} kr." if rng.random() < 0.7 else f"kr. {whole},{ore}"


def case_no(rng: random.Random) -> str:
    return f"SVK-26-{rng.randrange(10**5):05d}"


def order_no(rng: random.Random) -> str:
    return f"WEB-{rng.randrange(10**7):07d}"


def rx_no(rng: random.Random) -> str:
    return f"RX-{rng.randrange(1000):03d}-{rng.randrange(10**4):04d}"


def refund_no(rng: random.Random) -> str:
    return f"RFD-{rng.randrange(10**6):06d}"


def tracking(rng: random.Random) -> str:
    return f"{rng.choice(('RB', 'CC'))}{rng.randrange(10**9):09d}DK"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randint(10**7, 10**8 - 1)}"


def day_stamp(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.26"


def iso_stamp(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {clock(rng, ':')}"


def clock(rng: random.Random, sep: str = ".") -> str:
    return f"{rng.randint(7, 21):02d}{sep}{rng.randint(0, 59):02d}"


def masked(rng: random.Random, person: Person) -> str:
    d = person.cpr_digits
    return rng.choice(
        (
            f"{d[:6]}-xxxx",
            f"+45 ** ** ** {rng.randint(10, 99)}",
            f"{person.given[0].lower()}***@example.dk",
            f"**** **** **** {rng.randrange(10**4):04d}",
            f"******{rng.randrange(10**4):04d}",
            f"DK{rng.randint(10, 99)}XXXXXXXXXX{rng.randrange(10**4):04d}",
        )
    )


def family(rng: random.Random) -> str:
    who = rng.choice(("mor", "far", "søn", "datter", "mand", "kone", "nabo"))
    return f"{rng.choice(('min', 'hans', 'hendes'))} {who}"


def person_form(rng: random.Random) -> str:
    return rng.choice(
        ("full", "full", "full", "given", "upper", "surfirst", "three", "initial", "genitive")
    )


def extras(d: Doc, rng: random.Random, who: Person) -> None:
    """Hard negatives every genre carries in some mix."""
    picks = rng.sample(range(9), 3)
    for k in picks:
        match k:
            case 0:
                d.t(f" Maskeret i systemet: {masked(rng, who)}.")
            case 1:
                d.t(f" Pakken ({tracking(rng)}) blev sendt med {rng.choice(('PostNord', 'GLS'))}.")
            case 2:
                d.t(f" Beløb: {amount(rng)}".rstrip(".") + ".")
            case 3:
                d.t(f" Kundeservice: {rng.choice(ORG_LINES)}.")
            case 4:
                d.t(f" Leverandør {cvr(rng)}.")
            case 5:
                d.t(f" Vedr. {family(rng)}, som også handler på {rng.choice(STREETS)}.")
            case 6:
                d.t(f" Varen var {rng.choice(PRODUCTS)} ({rx_no(rng)}).")
            case 7:
                d.t(f" Registreret {day_stamp(rng)} kl. {clock(rng)}.")
            case _:
                d.t(f" Returadresse: {rng.choice(ORG_ADDRESSES)}.")


# --- genres -------------------------------------------------------------------------------


def g_fuldmagt(d: Doc, rng: random.Random) -> None:
    patient, proxy = Person(rng), Person(rng)
    branch = rng.choice(ORG_ADDRESSES[:2])
    d.t(f"Notat – udlevering på fuldmagt, {branch}\nDato: {day_stamp(rng)} kl. {clock(rng)}\n")
    d.t(f"Sag: {case_no(rng)}  Recept: {rx_no(rng)} ({rng.choice(PRODUCTS)})\n\n")
    d.t("Patient: ").n(patient, rng.choice(("full", "upper", "surfirst", "three"))).t(", CPR ")
    d.p("CPR", cpr_text(rng, patient)).t("\n")
    d.t("Afhentet af: ").n(proxy, rng.choice(("full", "upper", "surfirst", "initial"))).t(" (")
    d.t(rng.choice(("nabo", "hjemmehjælper", "barnebarn", "ven af familien"))).t(")\n")
    d.t("Fuldmægtigs CPR: ").p("CPR", cpr_text(rng, proxy)).t("\n")
    d.t("Fuldmægtigs tlf.: ").p("PHONE", phone_text(rng)).t("\n")
    if rng.random() < 0.6:
        d.t("Fuldmægtigs adresse: ").p("ADDRESS", address_text(rng)).t("\n")
    d.t("\n")
    if rng.random() < 0.5:
        d.n(proxy, "genitive").t(" fuldmagt var underskrevet, men underskriften ligner ikke")
        d.t(" den fra sidste måned.")
    else:
        d.n(proxy, rng.choice(("given", "full", "lower"))).t(rng.choice((
            " viste sygesikringskort, men billedet passede ikke.",
            " ville have tre pakninger udleveret og betalte kontant.",
        )))  # fmt: skip
    d.t(" Bilen holdt på parkeringspladsen, nummerplade ").p("NUMBER_PLATE", plate_text(rng))
    d.t(". ")
    if rng.random() < 0.5:
        d.t("Patienten ringede selv bagefter fra ").p("PHONE", phone_text(rng))
        d.t(" og sagde, at hun aldrig har givet fuldmagt.")
    else:
        d.t("Patienten er født ").p("DATE_OF_BIRTH", dob_text(rng, patient.born))
        d.t(" og bor ifølge naboen alene.")
    extras(d, rng, patient)
    d.t(f"\nKopi til svindelafdelingen ({rng.choice(ORG_LINES)}).\n")
    d.t("Udleveret af: ").n(Person(rng), rng.choice(("full", "initial")))


def g_kundemail(d: Doc, rng: random.Random) -> None:
    cust = Person(rng)
    staff = Person(rng)
    mail = email_text(rng, cust)
    d.t("Fra: ").n(cust, rng.choice(("full", "upper", "lower"))).t(" <").p("EMAIL", mail)
    d.t(">\nTil: ").p("EMAIL", "kundeservice@mynte.example.dk")
    d.t(f"\nDato: {iso_stamp(rng)}\nEmne: ")
    d.t(rng.choice(("Ordre jeg ikke har bestilt!!", "SV: Din ordre " + order_no(rng),
                    "Hvem har bestilt medicin i mit navn?", "Re: Refusion")))  # fmt: skip
    d.t("\n\n")
    d.t(rng.choice(("Hej", "Kære Mynte", "Goddag", "Hej med jer")))
    d.t("\n\n")
    d.t(f"Jeg har fået en mail om ordre {order_no(rng)} på {amount(rng)}, men jeg har ikke ")
    d.t("bestilt noget. Varen skulle leveres til ").p("ADDRESS", address_text(rng))
    d.t(", og der har jeg aldrig boet. ")
    if rng.random() < 0.6:
        d.t("Mit CPR-nr. er ").p("CPR", cpr_text(rng, cust)).t(" hvis I skal slå mig op. ")
    else:
        d.t("Jeg er født ").p("DATE_OF_BIRTH", dob_text(rng, cust.born)).t(". ")
    d.t("Kortet der blev brugt var mit ").p("CARD", card_text(rng)).t(" udløb ")
    d.p("CARD_EXPIRY", expiry_text(rng)).t(", jeg har spærret det hos ")
    d.t(rng.choice(BANKS)).t(". ")
    if rng.random() < 0.5:
        d.t("Min rigtige adresse er\n").p("ADDRESS", address_text(rng, block=True)).t("\n")
    if rng.random() < 0.6:
        d.t("Pengene kan sættes ind på ")
        if rng.random() < 0.5:
            d.t("min konto i udlandet, IBAN ").p("IBAN", iban_text(rng)).t(". ")
        else:
            reg, acct = account(rng)
            d.p("BANK_ACCOUNT", f"{reg}{rng.choice(('-', ' '))}{acct}").t(". ")
    d.t("Ring gerne på ").p("PHONE", phone_text(rng)).t(" efter kl. 16.")
    extras(d, rng, cust)
    d.t("\n\nMvh\n").n(cust, rng.choice(("full", "given", "three", "lower")))
    if rng.random() < 0.5:
        d.t("\n\n-----\nSvar fra ").n(staff, rng.choice(("full", "initial")))
        d.t(" (").p("EMAIL", email_text(rng, staff).split("@")[0] + "@mynte.example.dk")
        d.t(f"): Vi har oprettet sag {case_no(rng)}.")


def g_chatlog(d: Doc, rng: random.Random) -> None:
    cust, agent = Person(rng), Person(rng)
    cform = rng.choice(("lower", "lower", "given", "full", "upper"))
    cname = cust.name(cform) if not d.negative else None
    aform = rng.choice(("given", "full"))
    aname = agent.name(aform)
    minute = rng.randint(8 * 60, 20 * 60)

    def line(who: Person, fixed: str | None, *bits: tuple[str, str]) -> None:
        nonlocal minute
        minute += rng.randint(0, 3)
        d.t(f"[{minute // 60:02d}:{minute % 60:02d}] ")
        if d.negative:
            d.n(who, pseudo="Medarbejder 1" if who is agent else "Kunde A")
        else:
            d.p("PERSON", fixed or "")
        d.t(": ")
        for kind, text in bits:
            if kind:
                d.p(kind, text)
            else:
                d.t(text)
        d.t("\n")

    d.t(f"Chat fra Mynte Webapotek – {day_stamp(rng)}\n")
    line(agent, aname, ("", rng.choice((
        "Hej, du skriver med Myntes kundeservice. Hvad kan jeg hjælpe med?",
        "Velkommen til Mynte Webapotek. Hvordan kan jeg hjælpe dig i dag?",
        "Godaften, tak fordi du venter. Hvad drejer det sig om?",
    ))))  # fmt: skip
    line(cust, cname, ("", rng.choice((
        "hej jeg har fået en sms om at jeg skal bekræfte en ordre",
        "HJÆLP der er bestilt medicin i mit navn",
        "hej, min mor har fået en pakke fra jer som hun ikke har bestilt",
        "jeg tror nogen har misbrugt mit mitid til at købe slankemedicin",
        "hi, sorry I don't speak danish. someone ordered from you with my card",
    ))))  # fmt: skip
    alias = rng.choice(MEN + WOMEN)
    unit = rng.choice(ALIAS_UNITS)
    bits: list[tuple[str, str]] = [("", "og bagefter ringede en der kaldte sig ")]
    bits += [("PERSON", alias), ("", f" fra {unit} og bad om koden "), ("OTP", otp_text(rng))]
    line(cust, cname, *bits)
    line(agent, aname, ("", rng.choice((
        "Det er ikke os. Vi beder aldrig om koder i telefonen.",
        "Det lyder som svindel – vi ringer aldrig og spørger efter koder.",
        "Uha. Har du givet koden videre? Så skal vi spærre kontoen med det samme.",
    ))))  # fmt: skip
    line(cust, cname, ("", "mit nummer er "), ("PHONE", phone_text(rng)),
         ("", " og mail "), ("EMAIL", email_text(rng, cust)))  # fmt: skip
    if rng.random() < 0.6:
        line(cust, cname, ("", "han fik også mit mitid bruger id "),
             ("MITID_USER", mitid_text(rng, cust)))  # fmt: skip
    line(agent, aname, ("", "Må jeg få dit CPR-nummer, så jeg kan finde ordren?"))
    if rng.random() < 0.5:
        line(cust, cname, ("CPR", cpr_text(rng, cust)))
    else:
        line(cust, cname, ("", rng.choice(("det er ", "cpr ", "ja, ", "øh ok "))),
             ("CPR", cpr_text(rng, cust)))  # fmt: skip
    if rng.random() < 0.3:
        line(agent, aname, ("", "Og din fødselsdato til kontrol?"))
        line(cust, cname, ("", "født "), ("DATE_OF_BIRTH", dob_text(rng, cust.born)))
    line(agent, aname, ("", f"Tak. Jeg kan se ordre {order_no(rng)} på {amount(rng)}, sendt til "),
         ("ADDRESS", address_text(rng)), ("", ". Jeg annullerer den nu."))  # fmt: skip
    if rng.random() < 0.5:
        line(cust, cname, ("", f"ok tak. skal jeg ringe til {rng.choice(BANKS)}?"))
        line(agent, aname, ("", "Ja, og ring 112 hvis du er i fare. Politiet har 114."))
    minute += rng.randint(1, 4)
    d.t(f"Chatten sluttede kl. {minute // 60:02d}.{minute % 60:02d}. Sag {case_no(rng)}.")
    extras(d, rng, cust)


def g_identitet(d: Doc, rng: random.Random) -> None:
    victim, thief = Person(rng), Person(rng)
    d.t(f"SVINDELSAG {case_no(rng)} – identitetstyveri, webshop\nOprettet: {iso_stamp(rng)}\n\n")
    d.t("Forurettede: ").n(victim, rng.choice(("full", "upper", "surfirst", "three"))).t("\n")
    d.t("CPR: ").p("CPR", cpr_text(rng, victim)).t("\n")
    d.t("Fødselsdato: ").p("DATE_OF_BIRTH", dob_text(rng, victim.born)).t("\n")
    d.t("Folkeregisteradresse: ").p("ADDRESS", address_text(rng)).t("\n\n")
    d.t(f"Ordrer {order_no(rng)} og {order_no(rng)} ({rng.choice(PRODUCTS)}, i alt {amount(rng)}) ")
    d.t("er logget ind med forurettedes MitID, bruger-id ").p("MITID_USER", mitid_text(rng, victim))
    d.t(". Leveringsadresse:\n").p("ADDRESS", address_text(rng, block=True)).t("\n")
    d.t("Betalt med kort ").p("CARD", card_text(rng)).t(", udløb ").p(
        "CARD_EXPIRY", expiry_text(rng)
    )
    d.t(", CVV ").p("CARD_CVV", f"{rng.randrange(1000):03d}").t(".\n")
    d.t("Kontaktoplysninger på ordren: ").p("EMAIL", email_text(rng, thief)).t(", ")
    d.p("PHONE", phone_text(rng)).t(".\n")
    d.t("Modtager på pakkeboksen: ").n(thief, rng.choice(("full", "upper", "initial", "three")))
    d.t(f", pakke {tracking(rng)}.\n")
    if rng.random() < 0.5:
        d.t("Overvågning viser bil med nummerplade ").p("NUMBER_PLATE", plate_text(rng)).t(".\n")
    if rng.random() < 0.7:
        d.t("Gerningspersonen bad samtidig om refusion af en tidligere ordre til ")
        if rng.random() < 0.5:
            d.p("IBAN", iban_text(rng)).t(".\n")
        else:
            reg, acct = account(rng)
            d.t(f"reg.nr. {reg}, kontonr. ").p("BANK_ACCOUNT", acct).t(".\n")
    d.t(f"Anmeldt til politiet {day_stamp(rng)}.")
    extras(d, rng, victim)
    d.t("\nSagsbehandler: ").n(Person(rng), rng.choice(("full", "initial", "upper")))


def g_opkald(d: Doc, rng: random.Random) -> None:
    caller = Person(rng)
    d.t(f"Opkaldsnotat {day_stamp(rng)} kl. {clock(rng)} – indgående på {rng.choice(ORG_LINES)}\n")
    d.t("Ringede: ").n(caller, rng.choice(("full", "lower", "upper", "surfirst", "three"))).t(", ")
    d.p("PHONE", phone_text(rng)).t("\n")
    d.n(caller, "genitive")
    relative = rng.choice(("mor", "far", "søster", "bror"))
    d.t(f" {relative} havde fået et opkald fra en der kaldte sig ")
    d.p("PERSON", rng.choice(WOMEN + MEN)).t(f" fra {rng.choice(ALIAS_UNITS)}. ")
    d.t("Personen bad om engangskoden ").p("OTP", otp_text(rng))
    d.t(" og kortnummer ").p("CARD", card_text(rng)).t(" med kontrolcifre ")
    d.p("CARD_CVV", f"{rng.randrange(1000):03d}").t(". ")
    if rng.random() < 0.6:
        d.t("Kunden er f. ").p("DATE_OF_BIRTH", dob_text(rng, caller.born)).t(", CPR ")
        d.p("CPR", cpr_text(rng, caller)).t(". ")
    else:
        d.t("Kunden oplyste CPR ").p("CPR", cpr_text(rng, caller)).t(" og e-mail ")
        d.p("EMAIL", email_text(rng, caller)).t(". ")
    d.t("Adresse: ").p("ADDRESS", address_text(rng)).t(". ")
    d.t("Henvist til at spærre kortet; ved akut sygdom skal kunden ringe 1813.")
    extras(d, rng, caller)
    d.t(" /").n(Person(rng), rng.choice(("initial", "given")))


def g_refusion(d: Doc, rng: random.Random) -> None:
    cust = Person(rng)
    d.t(f"REFUSIONSANMODNING {refund_no(rng)}\nOrdre: {order_no(rng)}   Beløb: {amount(rng)}\n\n")
    d.t("Navn: ").n(cust, rng.choice(("full", "upper", "surfirst", "three", "lower"))).t("\n")
    d.t("Adresse: ").p("ADDRESS", address_text(rng)).t("\n")
    d.t("Telefon: ").p("PHONE", phone_text(rng)).t("\nE-mail: ").p("EMAIL", email_text(rng, cust))
    d.t("\n")
    roll = rng.random()
    reg, acct = account(rng)
    if roll < 0.35:
        d.t(f"Udbetales til reg.nr. {reg}, kontonr. ").p("BANK_ACCOUNT", acct).t("\n")
    elif roll < 0.6:
        d.t("Konto: ").p("BANK_ACCOUNT", f"{reg}{rng.choice(('-', ' '))}{acct}").t("\n")
    else:
        d.t("IBAN: ").p("IBAN", iban_text(rng)).t(" (kunden bor i udlandet)\n")
    d.t(f"Bank: {rng.choice(BANKS)}\n\n")
    d.t("Bemærkning: ")
    if rng.random() < 0.5:
        d.t("Samme konto er brugt ved tre andre refusioner, bl.a. for ").n(Person(rng))
        d.t(". Sendt til svindelafdelingen.")
    else:
        d.t("Kunden bekræftede med koden ").p("OTP", otp_text(rng)).t(" sendt til ")
        d.p("PHONE", phone_text(rng)).t(".")
    extras(d, rng, cust)
    d.t(f"\nGodkendt {day_stamp(rng)} af ").n(Person(rng), rng.choice(("initial", "full")))


def g_laegebrev(d: Doc, rng: random.Random) -> None:
    patient, doctor = Person(rng), Person(rng)
    clinic = rng.choice(ORG_ADDRESSES[3:5])
    d.t(f"{clinic}\nAtt.: læge ")
    d.n(doctor, rng.choice(("full", "initial", "upper")), pseudo="Medarbejder 2").t("\n\n")
    d.t(f"{rng.choice(ORG_ADDRESSES[:3]).split(',')[0]}, {day_stamp(rng)}\n\n")
    d.t("Vedr. patient: ").n(patient, rng.choice(("full", "surfirst", "upper", "three"))).t("\n")
    d.t("CPR-nr.: ").p("CPR", cpr_text(rng, patient)).t("\n")
    d.p("ADDRESS", address_text(rng, block=True)).t("\n\n")
    d.t(f"Kære {rng.choice(('doktor', 'læge'))} ").n(
        doctor, "given" if rng.random() < 0.3 else "full"
    )
    d.t("\n\n")
    d.t(f"Vi har i perioden modtaget fire e-recepter ({rx_no(rng)}, {rx_no(rng)}) på ")
    d.t(f"{rng.choice(PRODUCTS)} i ").n(patient, "genitive").t(" navn. ")
    d.t("Patienten, født ").p("DATE_OF_BIRTH", dob_text(rng, patient.born))
    d.t(", oplyser, at vedkommende ikke har fået dem ordineret. Medicinen blev afhentet af ")
    d.n(Person(rng), rng.choice(("full", "three", "initial"))).t(", som oplyste telefon ")
    d.p("PHONE", phone_text(rng)).t(". ")
    d.t("Vi beder jer kontakte patienten på ").p("PHONE", phone_text(rng)).t(" eller ")
    d.p("EMAIL", email_text(rng, patient)).t(".")
    extras(d, rng, patient)
    d.t("\n\nMed venlig hilsen\n").n(Person(rng), rng.choice(("full", "upper"))).t("\nFarmaceut")


def g_log(d: Doc, rng: random.Random) -> None:
    d.t(f"# Svindelafdelingen – hændelseslog {day_stamp(rng)}\n")
    for _ in range(rng.randint(4, 6)):
        who = Person(rng)
        d.t(f"{iso_stamp(rng)} | {case_no(rng)} | ")
        match rng.randrange(7):
            case 0:
                d.t("ny konto oprettet: ").n(who, rng.choice(("upper", "full", "lower"))).t(", ")
                d.p("EMAIL", email_text(rng, who)).t(", tlf. ").p("PHONE", phone_text(rng))
            case 1:
                d.t("kort afvist: ").p("CARD", card_text(rng)).t(" exp ")
                d.p("CARD_EXPIRY", expiry_text(rng)).t(" cvc ").p(
                    "CARD_CVV", f"{rng.randrange(1000):03d}"
                )
            case 2:
                d.t("leveringsadresse ændret til ").p("ADDRESS", address_text(rng))
                d.t(" for ").n(who, rng.choice(("surfirst", "full", "initial")))
            case 3:
                d.t("SMS-kode ").p("OTP", otp_text(rng)).t(" sendt til ").p(
                    "PHONE", phone_text(rng)
                )
            case 4:
                d.t("MitID login, bruger ").p("MITID_USER", mitid_text(rng, who)).t(", CPR ")
                d.p("CPR", cpr_text(rng, who))
            case 5:
                d.t("afhentning, bil ").p("NUMBER_PLATE", plate_text(rng)).t(", fører ")
                d.n(who, rng.choice(("full", "hyphen", "upper", "three")))
            case _:
                d.t(f"refusion {refund_no(rng)} {amount(rng)} til ")
                if rng.random() < 0.5:
                    d.p("IBAN", iban_text(rng))
                else:
                    reg, acct = account(rng)
                    d.t(f"reg. {reg} konto ").p("BANK_ACCOUNT", acct)
        d.t("\n")
    d.t(f"# {tracking(rng)} returneret.")
    extras(d, rng, Person(rng))


BUILDERS = {
    "fuldmagt": g_fuldmagt,
    "kundemail": g_kundemail,
    "chatlog": g_chatlog,
    "identitetstyveri": g_identitet,
    "opkaldsnotat": g_opkald,
    "refusion": g_refusion,
    "laegebrev": g_laegebrev,
    "haendelseslog": g_log,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The documents of the set, reproducible from the seed."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, kind in plan:
        while True:
            d = Doc(rng, kind == "negative")
            BUILDERS[genre](d, rng)
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {
                "id": f"b73-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).parent / "data" / "pii_blind73.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
