"""The hundred-and-twenty-second (122nd) blind, seeded generator of Danish text with labelled
personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a BICYCLE SHOP CHAIN
with workshops, an online shop and bike leasing, and the fraud it meets: stolen bikes resold
through the shops and on marketplaces, fake buyers, phished leasing customers and fake delivery
messages. Eight genres: the workshop and web-shop event log (order and frame numbers next to a
customer's phone, e-mail and card), an e-mail thread (Fra:/Til:/Emne:) between the fraud team and
a customer, a customer-service chat ("[09:14] Name: " lines, Danish and English), a leasing
application form (CPR, birth date, address on two lines, reg.nr. and account, MitID user ID), the
fraud team's case notes on a stolen bike (the seller's and buyer's names, a speed pedelec's
number plate, IBAN), a call note from the leasing hotline (a code read out, a card with expiry and
CVV), a police report ("Anmelder: NAME" in capitals) and a letter to a customer. The names are
those of Danes of all ages, Danes with roots elsewhere ("Hamid Rezaei", "Tran Thi Lan"), double
surnames ("Bundgaard-Nissen") and the chain's own staff. The chain's shops, workshops, head
office and returns depot have their own addresses (letterheads, signatures, opening hours,
"kom forbi vores butik på ...", "returnér til ..."), in about half of all documents, and these
are never labelled; their streets are not the customers' streets.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("mekaniker", "kunden", "vidne");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed
  in a chat ("jytte") is PERSON. A scammer's alias ("Mikkel fra Leasingafdelingen") is PERSON,
  the unit is not. Organisations, products, placeholders ("[NAVN]", "Kunde A", "Vidne 1") and
  family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. The chain's own
  addresses are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005), a serial that FAILS modulus 11. Written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year:
  "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after
  "født", "f." or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE: Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never occur as
  personal numbers), in the forms "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050",
  "20.30.40.50", the country code inside the span, and foreign numbers from fiction ranges only,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). The chain's 70/80 lines, 112, 114 and
  SMS short codes are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only
  the account is the span. IBAN: valid check digits and the country's length, grouped by four
  or compact. CARD: Luhn-valid with a published test prefix, grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc" or "kontrolcifre".
  OTP: a one-time code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID
  given as such; NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207") on a speed pedelec or
  a car.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 849,95"), dates and clock times,
  order, leasing, case and police journal numbers, frame numbers ("WTK482B19307"), parcel
  numbers, battery and frame sizes ("625 Wh", "54 cm stel"), CVR numbers, masked values
  ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932", "BK ** ***"), the chain's 70/80 lines, companies, banks, products,
  the chain's own addresses, streets without a number and family words. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, stand-ins ("[NAVN]",
  "[TLF]", "[kontonr.]") and pseudonyms ("Kunde A", "Medarbejder B") remain. No run of ten or
  more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind121 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 121_2026
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "hændelseslog",
    "mailtråd",
    "chat",
    "leasingansøgning",
    "sagsnotat",
    "opkaldsnotat",
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

WOMEN = (
    "Agnete", "Birthe", "Dorte", "Ellen", "Gudrun", "Hanne", "Inger", "Jytte", "Kirsten",
    "Lene", "Merete", "Oda", "Pernille", "Rikke", "Signe", "Tove", "Vibeke", "Astrid", "Freja",
    "Ida", "Liva", "Nora", "Ellie", "Alma", "Karla", "Maja", "Sofie", "Thea", "Ulla", "Winnie",
    "Bodil", "Grethe", "Mette", "Camilla", "Louise", "Cecilie", "Malene", "Trine",
)  # fmt: skip
MEN = (
    "Aksel", "Bent", "Carsten", "Dennis", "Erik", "Flemming", "Gunnar", "Henning", "Ib",
    "Jørgen", "Kaj", "Leif", "Mogens", "Niels", "Ole", "Poul", "Rasmus", "Svend", "Torben",
    "Villads", "Anton", "Bertram", "Emil", "Frede", "Holger", "Johan", "Karl", "Malthe",
    "Oskar", "Viggo", "Mikkel", "Kasper", "Jonas", "Steffen", "Brian", "René", "Palle",
)  # fmt: skip
SURNAMES = (
    "Holm", "Bundgaard", "Kjær", "Lykke", "Dalsgaard", "Overgaard", "Skovbo", "Thygesen",
    "Mølgaard", "Brandt", "Vestergaard", "Krogh", "Lauridsen", "Bech", "Ravn", "Søgaard",
    "Hvid", "Nygaard", "Winther", "Fogh", "Damgaard", "Husum", "Klitgaard", "Toft", "Nissen",
    "Bisgaard", "Skytte", "Juhl", "Aagaard", "Bak", "Lund", "Kragh", "Ebbesen", "Riis",
)  # fmt: skip
ROOTS = (
    ("Hamid", "Rezaei"), ("Zeynep", "Aydın"), ("Tran Thi", "Lan"), ("Amina", "Warsame"),
    ("Bilal", "Chaudhry"), ("Goran", "Petrović"), ("Leyla", "Karimi"), ("Nguyen Van", "Duc"),
    ("Fatima", "Haddad"), ("Ahmad", "Sultani"), ("Olena", "Kovalenko"), ("Tomasz", "Wójcik"),
    ("Samira", "El-Amrani"), ("Jamal", "Osman"), ("Priya", "Raman"), ("Kemal", "Yıldız"),
)  # fmt: skip
MIDDLE = ("Marie", "Louise", "Skov", "Møller", "Bach", "Kirk", "Juul", "Dam")

STREETS = (
    "Kastanjevej", "Pilegårdsvej", "Rønnebærvej", "Hyldebærstien", "Lærkeskrænten",
    "Møllebakken", "Engblommevej", "Skovduevej", "Tjørnegården", "Syrenparken",
    "Fjordudsigten", "Bøgeløkken", "Hvedemarken", "Ellekildevej", "Strandengen",
    "Kløverbakken", "Rugmarksvej", "Vibeengen", "Åkandevej", "Grønnegade",
)  # fmt: skip
TOWNS = (
    "8000 Aarhus C", "8210 Aarhus V", "5000 Odense C", "9000 Aalborg", "7100 Vejle",
    "6000 Kolding", "4000 Roskilde", "2300 København S", "2400 København NV", "8600 Silkeborg",
    "8700 Horsens", "6700 Esbjerg", "3400 Hillerød", "4700 Næstved", "7400 Herning",
    "2800 Kongens Lyngby", "8800 Viborg", "4600 Køge",
)  # fmt: skip

COMPANIES = (
    "Trædeklar Cykler A/S", "Trædeklar Leasing ApS", "PakkeNord", "KøbSalg-portalen",
    "Cykelregistret", "Trædeklar Værksted",
)  # fmt: skip
BANKS = ("Fjordsparekassen", "Nordbanken Øst", "Lokalbanken Midt")
PRODUCTS = ("Vindheks 28", "Trædeklar E-Cargo 3", "Fartøj S45", "LeasePlus Familie")
ORG_LINES = ("70 22 41 90", "80 30 12 12", "70 27 27 35")
FAMILY = ("min mand", "min kone", "min søn", "min datter", "min svigermor", "hans far")
PSEUDONYMS = (
    "Kunde A", "Kunde B", "Medarbejder A", "Medarbejder B", "Vidne 1", "Vidne 2",
)  # fmt: skip
ALIAS_UNITS = ("Leasingafdelingen", "Trædeklar Kundeservice", "PakkeNord", "Cykelregistret")

# (name, street and number, postcode and town): the chain's own sites, never labelled
ORG_SITES = (
    ("butikken i Aarhus", "Kædehjulsgade 14", "8000 Aarhus C"),
    ("butikken i Odense", "Pedalstræde 3", "5000 Odense C"),
    ("værkstedet i Aalborg", "Navhavnen 22", "9000 Aalborg"),
    ("butikken på Frederiksberg", "Gearskiftet 9", "2000 Frederiksberg"),
    ("hovedkontoret", "Sadelmagervej 40", "7100 Vejle"),
    ("returlageret", "Dækmagerbuen 5", "6000 Kolding"),
    ("leasingafdelingen", "Styrtbøjlen 11", "8600 Silkeborg"),
)  # fmt: skip
ORG_ADDRESSES = tuple(street for _, street, _ in ORG_SITES)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("41111111", "40128888", "55555555", "51051051", "22230000")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "FI": 18, "SE": 24, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

STAND_IN = {
    "ADDRESS": "[ADRESSE]",
    "PHONE": "[TLF]",
    "EMAIL": "[e-mail]",
    "BANK_ACCOUNT": "[kontonr.]",
    "OTP": "[kode]",
    "MITID_USER": "[kode]",
    "CPR": "[CPR]",
    "DATE_OF_BIRTH": "[dato]",
    "CARD_EXPIRY": "[udløb]",
    "CARD_CVV": "***",
}


def grouped(compact: str) -> str:
    """The value in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(name: str) -> str:
    """A name in the letters of an e-mail address."""
    plain = name.lower().translate(str.maketrans("æøåıćóéłś", "eoaicoels"))
    plain = plain.replace("æ", "ae")
    return "".join(ch for ch in plain if "a" <= ch <= "z")


class Person:
    def __init__(self, rng: random.Random) -> None:
        roll = rng.random()
        if roll < 0.18:
            self.first, self.last = rng.choice(ROOTS)
            self.middle = ""
        else:
            self.first = rng.choice(WOMEN if rng.random() < 0.5 else MEN)
            self.middle = rng.choice(MIDDLE) if rng.random() < 0.2 else ""
            self.last = rng.choice(SURNAMES)
            if rng.random() < 0.2:
                self.last += "-" + rng.choice([s for s in SURNAMES if s != self.last])
        local = (
            ascii_name(self.first.split()[0])
            + rng.choice(("", ".", "_"))
            + ascii_name(self.last)
            + rng.choice(("", str(rng.randint(1, 99))))
        )
        domain = rng.choice(("example.dk", "example.com", "mail.example.dk", "example.net"))
        self.mail = f"{local}@{domain}"

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def form(self, rng: random.Random, allow: str = "fsuiwg") -> str:
        """A written form: full, surname first, upper case, initial, first name, genitive."""
        kind = rng.choice(allow)
        if kind == "s":
            return f"{self.last}, {self.first}"
        if kind == "u":
            return self.full.upper()
        if kind == "i":
            return f"{self.first[0]}. {self.last}"
        if kind == "w":
            return self.first
        if kind == "g" and not self.full.endswith(("s", "x", "z")):
            return self.full + "s"
        return self.full


class Doc:
    """Text with spans; in a negative, each value is replaced by a stand-in or a pseudonym."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.neg = rng, negative
        self.text = ""
        self.spans: list[dict] = []
        self.pseudo: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def t(self, *parts: str) -> Doc:
        self.text += "".join(parts)
        return self

    def v(self, value: str, kind: str) -> Doc:
        if self.neg:
            return self.t(self.masked(value, kind))
        start = len(self.text)
        self.text += value
        self.spans.append({"start": start, "end": len(self.text), "type": kind})
        return self

    def masked(self, value: str, kind: str) -> str:
        rng = self.rng
        digits = "".join(c for c in value if c.isdigit())
        if kind == "CPR" and rng.random() < 0.4:
            return digits[:6] + "-xxxx"
        if kind == "PHONE" and rng.random() < 0.4:
            return "+45 ** ** ** " + digits[-2:]
        if kind == "EMAIL" and rng.random() < 0.4:
            return value[0] + "***@" + value.split("@")[1]
        if kind == "CARD":
            return rng.choice(("**** **** **** ", "******")) + digits[-4:]
        if kind == "IBAN":
            return value[:2] + digits[:2] + "X" * 10 + digits[-4:]
        if kind == "NUMBER_PLATE":
            return value[:2] + " ** ***"
        return STAND_IN[kind]

    def p(self, who: Person, role: str, text: str | None = None, *, speaker: bool = False) -> Doc:
        """A name; in a negative the person's pseudonym (or "[NAVN]" in running text)."""
        rng = self.rng
        if not self.neg:
            return self.v(text if text is not None else who.form(rng), "PERSON")
        key = who.full
        if key not in self.pseudo:
            n = self.counts.get(role, 0)
            self.counts[role] = n + 1
            labels = {"kunde": "AB", "staff": "AB", "vidne": "12"}[role]
            base = {"kunde": "Kunde", "staff": "Medarbejder", "vidne": "Vidne"}[role]
            self.pseudo[key] = f"{base} {labels[min(n, 1)]}"
        if not speaker and rng.random() < 0.3:
            return self.t("[NAVN]")
        return self.t(self.pseudo[key])


# --- values -------------------------------------------------------------------------------


def cpr_value(rng: random.Random, form: int | None = None) -> tuple[str, date]:
    while True:
        born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 70))
        if born.year >= 2006:
            continue
        seventh = "4" if born.year >= 2000 else rng.choice("0123")
        digits = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4) if form is None else form
    d, s = digits[:6], digits[6:]
    text = (f"{d}-{s}", d + s, f"{d[:2]} {d[2:4]} {d[4:]} {s}", f"{d} {s}")[form]
    return text, born


def dob_text(rng: random.Random, born: date) -> str:
    return rng.choice(
        (
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            f"{born.day}/{born.month}-{born.year}",
            born.strftime("%d-%m-%Y"),
        )
    )


def phone_value(rng: random.Random) -> str:
    form = rng.randrange(12)
    if form == 10:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if form == 11:
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    n = rng.choice(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    return (
        f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
        f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
    )[form]  # fmt: skip


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def card_value(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    body += "".join(str(rng.randrange(10)) for _ in range(15 - len(body)))
    compact = body + luhn_digit(body)
    return grouped(compact) if rng.random() < 0.7 else compact


def iban_value(rng: random.Random) -> str:
    country = rng.choice(("DK", "DK", "DK", "DE", "NO", "FI", "SE", "PL"))
    bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    compact = f"{country}{98 - number % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.7 else compact


def expiry(rng: random.Random) -> str:
    year = rng.randint(26, 31)
    return f"{rng.randint(1, 12):02d}/" + (f"{year}" if rng.random() < 0.7 else f"20{year}")


def account(rng: random.Random) -> tuple[str, str]:
    """(reg.nr., account) and whether they are written together."""
    return f"{rng.randint(1000, 9899)}", f"{rng.randrange(10**10):010d}"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
    n = f"{rng.randint(10, 99)}{rng.randrange(1000):03d}"
    return f"{letters} {n[:2]} {n[2:]}" if rng.random() < 0.75 else letters + n


def mitid(rng: random.Random, who: Person) -> str:
    base = "".join(c for c in who.first.split()[0].lower() if "a" <= c <= "z") or "bruger"
    return base + rng.choice((f"{rng.randint(10, 99)}", f"19{rng.randint(40, 99)}", "2003"))


def address(rng: random.Random, two_lines: bool | None = None) -> str:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}"
    if rng.random() < 0.25:
        street += rng.choice("ABCD")
    if rng.random() < 0.35:
        floor = rng.randint(1, 4)
        street += ", " + rng.choice(("st.", f"{floor}. tv.", f"{floor}. th.", f"{floor}. mf."))
    if two_lines is None:
        return street
    return street + ("\n" if two_lines else ", ") + rng.choice(TOWNS)


def amount(rng: random.Random) -> str:
    kr = rng.randint(150, 42000)
    text = f"{kr:,}".replace(",", ".")
    ore = f",{rng.choice(('00', '95', '50'))}" if rng.random() < 0.4 else ""
    return f"{text}{ore} kr." if rng.random() < 0.7 else f"kr. {text}{ore}"


def day(rng: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=rng.randrange(330))


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.randrange(60):02d}"


def order_no(rng: random.Random) -> str:
    return f"ORD-{rng.randrange(10**7):07d}"


def lease_no(rng: random.Random) -> str:
    return f"LEA-26-{rng.randrange(10**5):05d}"


def case_no(rng: random.Random) -> str:
    return f"SAG-26-{rng.randrange(10**4):04d}"


def frame_no(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVXZ") for _ in range(2))
    return f"W{letters}{rng.randrange(1000):03d}{rng.choice('ABCDEFGHK')}{rng.randrange(10**5):05d}"


def parcel_no(rng: random.Random) -> str:
    return "PN " + " ".join(f"{rng.randrange(10**4):04d}" for _ in range(3))


def journal_no(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randrange(10**5):05d}-{rng.randrange(10**5):05d}-26"


def spec(rng: random.Random) -> str:
    return rng.choice(
        (f"{rng.choice((400, 500, 625, 750))} Wh", f"{rng.choice((48, 51, 54, 56, 58))} cm stel")
    )


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randint(10**7, 10**8 - 1)}"


def org_address(rng: random.Random) -> str:
    """A sentence or line with one of the chain's own addresses (never labelled)."""
    name, street, town = rng.choice(ORG_SITES)
    hours = f"man-fre {rng.choice(('9-17.30', '10-18', '10-17.30'))}, lør 10-14"
    return rng.choice(
        (
            f"Kom forbi vores butik på {street}, {town}, så kigger vi på cyklen.",
            f"Returnér varen til {street}, {town} (returlageret).",
            f"Trædeklar Cykler A/S · {street} · {town} · {cvr(rng)}",
            f"Afleveret i {name} ({street}, {town}).",
            f"Åbningstider {street}, {town}: {hours}.",
            f"Trædeklar Cykler\n{street}\n{town}",
            f"Please return the parcel to {street}, {town}.",
            f"Mødested: {name}, {street}, {town}.",
            f"Vores værksted ligger på {street} i {town.split(' ', 1)[1]}.",
        )
    )


def street_only(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Cyklen stod låst ved {rng.choice(STREETS)}.",
            f"Køber ville mødes ved {rng.choice(STREETS)}, men kom aldrig.",
            f"Budet sagde, han holdt ved {rng.choice(STREETS)}.",
        )
    )


# --- genres -------------------------------------------------------------------------------


def g_log(d: Doc) -> None:
    rng = d.rng
    cust = Person(rng)
    when = day(rng).isoformat()
    d.t(rng.choice(("Trædeklar webshop · hændelseslog", "EVENT LOG webshop", "Log, svindelteam")))
    d.t(f" {when}\n")
    if rng.random() < 0.5:
        d.t(org_address(rng), "\n")
    d.t(f"{when} {clock(rng)} ORDRE {order_no(rng)} oprettet, kunde=")
    d.p(cust, "kunde", cust.full).t(" tlf=").v(phone_value(rng), "PHONE")
    d.t(" mail=").v(cust.mail, "EMAIL").t("\n")
    d.t(f"{when} {clock(rng)} BETALING {amount(rng)} kort ").v(card_value(rng), "CARD")
    d.t(" udløb ").v(expiry(rng), "CARD_EXPIRY").t(" 3DS=fejlet\n")
    d.t(f"{when} {clock(rng)} LEVERING {parcel_no(rng)} til ").v(address(rng, False), "ADDRESS")
    d.t("\n")
    d.t(f"{when} {clock(rng)} ADVARSEL stelnr. {frame_no(rng)} ({spec(rng)}) ")
    d.t(rng.choice(("står som stjålet", "matcher efterlysning", "blev solgt to gange")))
    d.t(rng.choice((" i Cykelregistret\n", " (Cykelregistret)\n", ", flagged by Cykelregistret\n")))
    if rng.random() < 0.6:
        d.t(f"{when} {clock(rng)} SMS-kode ").v(f"{rng.randrange(10**6):06d}", "OTP")
        d.t(" sendt til ").v(phone_value(rng), "PHONE").t("\n")
    if rng.random() < 0.5:
        d.t(f"{when} {clock(rng)} NOTE af ")
        staff = Person(rng)
        d.p(staff, "staff", staff.form(rng, "fi")).t(": ")
        d.t(rng.choice((
            "kunden oplyser, at ordren ikke er hendes, ",
            "ordren ligner et kendt mønster med falske købere, ",
            "betalingen er spærret af banken, ",
        )))  # fmt: skip
        d.t(f"se {case_no(rng)}. Kort vist som **** **** **** {rng.randrange(10**4):04d}.\n")
    if rng.random() < 0.4:
        d.t(f"{when} {clock(rng)} KUNDE genkendt: ").p(cust, "kunde", cust.form(rng, "su"))
        d.t(f", tidligere ordre {order_no(rng)}, nummerplade ").v(plate(rng), "NUMBER_PLATE")
        d.t(" (speed pedelec)\n")


def g_mail(d: Doc) -> None:
    rng = d.rng
    cust, staff = Person(rng), Person(rng)
    d.t("Fra: ").p(cust, "kunde", cust.full).t(" <").v(cust.mail, "EMAIL").t(">\n")
    d.t("Til: Trædeklar Kundeservice\n")
    subject = rng.choice(("Leasingaftale", "Re: Falsk pakke", "Stjålet cykel?", "SV: Betaling"))
    d.t(f"Emne: {subject} {lease_no(rng)}\n")
    d.t(f"Dato: {day(rng).strftime('%d.%m.%y')} kl. {clock(rng).replace(':', '.')}\n\n")
    d.t(rng.choice(("Hej ", "Kære ", "Hej igen ")))
    d.p(staff, "staff", staff.first).t("\n\n")
    d.t(rng.choice((
        "Jeg fik en sms om en ny betalingsaftale på min leasingcykel og klikkede på linket. ",
        "Jeg har købt en cykel på KøbSalg-portalen, og nu siger I, den er meldt stjålet. ",
        "Der kom en besked fra PakkeNord om told på en pakke, jeg ikke har bestilt. ",
        "I got a message about my bike lease and I am afraid I gave away my details. ",
    )))  # fmt: skip
    d.t("Jeg har skrevet mit kontonummer ")
    reg, acc = account(rng)
    if rng.random() < 0.5:
        d.v(f"{reg}{rng.choice(' -')}{acc}", "BANK_ACCOUNT")
    else:
        d.t(f"reg.nr. {reg}, kontonr. ").v(acc, "BANK_ACCOUNT")
    d.t(" ind på siden, og ")
    d.t(rng.choice(("min mand", "min datter", "min søn")))
    d.t(" siger, jeg skal ringe til jer. Mit nummer er ").v(phone_value(rng), "PHONE").t(".\n")
    if rng.random() < 0.5:
        d.t("Jeg bor på ").v(address(rng, False), "ADDRESS").t(", hvis I vil sende et brev.\n")
    d.t("\nVenlig hilsen\n").p(cust, "kunde", cust.form(rng, "fw")).t("\n\n")
    d.t("-----\nFra: ").p(staff, "staff", staff.full).t(" <").v(staff.mail, "EMAIL").t(">\n")
    d.t("Til: ").v(cust.mail, "EMAIL").t("\n")
    d.t("Emne: Re: din henvendelse\n\n")
    d.t("Hej ").p(cust, "kunde", cust.first).t("\n")
    d.t(rng.choice((
        f"Tak for din mail. Vi har spærret aftalen og oprettet {case_no(rng)}. ",
        f"Vi har sendt sagen videre til vores svindelteam ({case_no(rng)}). ",
        "Thanks for reaching out, we have blocked the agreement. ",
    )))  # fmt: skip
    d.t(f"Ring til os på {rng.choice(ORG_LINES)}, hvis du har spørgsmål. ")
    d.t(f"Beløbet på {amount(rng)} er ikke trukket.\n")
    if rng.random() < 0.6:
        d.t(org_address(rng), "\n")
    d.t("\nMed venlig hilsen\n").p(staff, "staff", staff.full).t(
        "\nSvindelteamet, Trædeklar Leasing ApS\n"
    )


def g_chat(d: Doc) -> None:
    rng = d.rng
    cust, staff = Person(rng), Person(rng)
    h, m = rng.randint(8, 20), rng.randrange(50)

    def line(who: Person, role: str, lower: bool = False) -> Doc:
        nonlocal m
        m = min(59, m + rng.randint(0, 2))
        d.t(f"[{h:02d}:{m:02d}] ")
        name = who.first.lower() if lower else (who.first if rng.random() < 0.5 else who.full)
        return d.p(who, role, name, speaker=True).t(": ")

    low = rng.random() < 0.3
    english = rng.random() < 0.25
    line(staff, "staff").t(
        "Hi, you are chatting with Trædeklar support. How can I help?\n" if english
        else "Hej, du skriver med Trædeklar Kundeservice. Hvad kan jeg hjælpe med?\n"
    )  # fmt: skip
    line(cust, "kunde", low).t(rng.choice((
        "jeg har solgt min cykel på KøbSalg-portalen og køber vil betale via jer??\n",
        "der er en der ringede fra jer om min leasing\n",
        "someone called from your leasing team and asked for my code\n",
        "min pakke er aldrig kommet men der står leveret\n",
    )))  # fmt: skip
    if rng.random() < 0.6:
        alias = Person(rng)
        line(cust, "kunde", low).t("han udgav sig for at være ")
        d.p(alias, "kunde", alias.first).t(f" fra {rng.choice(ALIAS_UNITS)} og ")
        d.t(rng.choice(("bad om koden ", "fik koden ", "læste koden op: ")))
        d.v(
            f"{rng.randrange(10**6):06d}" if rng.random() < 0.7 else f"{rng.randrange(10**8):08d}",
            "OTP",
        )
        d.t("\n")
    if rng.random() < 0.6:
        line(cust, "kunde", low).t(rng.choice(("jeg tastede kortet ", "I typed my card ")))
        d.v(card_value(rng), "CARD").t(rng.choice((" udløb ", " exp "))).v(
            expiry(rng), "CARD_EXPIRY"
        )
        d.t(rng.choice((" cvc ", " og CVV "))).v(f"{rng.randrange(1000):03d}", "CARD_CVV")
        d.t(" på PakkeNord-siden\n")
    line(staff, "staff").t("Det er ikke os. Må jeg få dit telefonnummer og din mail?\n")
    line(cust, "kunde", low).v(phone_value(rng), "PHONE").t(" og ").v(cust.mail, "EMAIL").t("\n")
    if rng.random() < 0.5:
        line(cust, "kunde", low).t("mit MitID bruger-id er ").v(mitid(rng, cust), "MITID_USER")
        d.t(" skal jeg skifte det?\n")
    line(staff, "staff").t(rng.choice((
        f"Ja, skift det. Jeg har oprettet {case_no(rng)} og spærret {lease_no(rng)}.\n",
        f"Tak. Sagen er {case_no(rng)}. Ring til spærrelinjen på {rng.choice(ORG_LINES)}.\n",
    )))  # fmt: skip
    if rng.random() < 0.5:
        line(staff, "staff").t(org_address(rng).replace("\n", ", ") + "\n")
    if rng.random() < 0.4:
        line(cust, "kunde", low).t("tak ")
        d.p(staff, "staff", staff.first.lower() if low else staff.first).t("\n")


def g_form(d: Doc) -> None:
    rng = d.rng
    cust = Person(rng)
    number, born = cpr_value(rng)
    d.t(f"LEASINGANSØGNING {lease_no(rng)} · {rng.choice(PRODUCTS)} · {spec(rng)}\n")
    d.t("Navn: ").p(cust, "kunde", cust.form(rng, "fsu")).t("\n")
    d.t("CPR-nr.: ").v(number, "CPR").t("\n")
    if rng.random() < 0.6:
        d.t(rng.choice(("Fødselsdato: ", "Født: ")))
        if d.text.endswith("Født: "):
            d.text = d.text[:-6] + "Ansøger er født "
        d.v(dob_text(rng, born), "DATE_OF_BIRTH").t("\n")
    d.t("Adresse: ").v(address(rng, rng.random() < 0.6), "ADDRESS").t("\n")
    d.t("Mobil: ").v(phone_value(rng), "PHONE").t("\n")
    d.t("E-mail: ").v(cust.mail, "EMAIL").t("\n")
    reg, acc = account(rng)
    if rng.random() < 0.5:
        d.t(f"Reg.nr.: {reg}  Kontonr.: ").v(acc, "BANK_ACCOUNT").t("\n")
    else:
        d.t("Konto til træk: ").v(f"{reg}{rng.choice(' -')}{acc}", "BANK_ACCOUNT").t("\n")
    d.t(f"Bank: {rng.choice(BANKS)}\n")
    d.t("MitID bruger-id: ").v(mitid(rng, cust), "MITID_USER").t("\n")
    d.t(f"Månedlig ydelse: {amount(rng)}  Modtaget: {day(rng).isoformat()} {clock(rng)}\n")
    d.t(
        "Afhentning: ",
        org_address(rng).replace("\n", ", ") if rng.random() < 0.7 else "levering",
        "\n",
    )
    d.t("Bemærkning fra svindelteamet: ")
    d.t(rng.choice((
        "ansøgningen kom fra en IP i udlandet, ansøger kender ikke til den.",
        "samme mail er brugt på tre ansøgninger i dag.",
        "ansøger er ringet op og bekræfter ikke aftalen.",
    )))  # fmt: skip
    d.t("\n")


def g_case(d: Doc) -> None:
    rng = d.rng
    seller, buyer, staff = Person(rng), Person(rng), Person(rng)
    d.t(f"Sagsnotat {case_no(rng)} · oprettet {day(rng).strftime('%d.%m.%Y')}\n")
    d.t("Sagsbehandler: ").p(staff, "staff", staff.form(rng, "fi")).t("\n\n")
    product, frame = rng.choice(PRODUCTS), frame_no(rng)
    d.t(rng.choice((
        f"En {product} med stelnr. {frame} blev indleveret til service. Cyklen er meldt stjålet. ",
        f"Ved eftersyn af en {product} viste stelnr. {frame} sig at være efterlyst. ",
        f"Stelnr. {frame} ({product}) blev slået op i Cykelregistret: meldt stjålet i marts. ",
    )))  # fmt: skip
    d.t(rng.choice(("Indleveret af ", "Cyklen blev afleveret af ", "Kunden på ordren er ")))
    d.p(seller, "kunde", seller.form(rng, "fsi"))
    d.t(", tlf. ").v(phone_value(rng), "PHONE").t(", som siger, han købte den af ")
    d.p(buyer, "vidne", buyer.form(rng, "fu")).t(f" for {amount(rng)} via KøbSalg-portalen. ")
    d.t("Pengene gik til IBAN ").v(iban_value(rng), "IBAN").t(". ")
    if rng.random() < 0.7:
        d.t("Sælger kom i en bil med nummerplade ").v(plate(rng), "NUMBER_PLATE").t(". ")
    else:
        d.t("Cyklen er en speed pedelec med nummerplade ").v(plate(rng), "NUMBER_PLATE").t(". ")
    d.t("\n")
    d.p(seller, "kunde", seller.first + ("s" if not seller.first.endswith("s") else "")).t(
        " adresse ifølge kvittering: "
    )
    d.v(address(rng, rng.random() < 0.5), "ADDRESS").t(".\n")
    d.t(street_only(rng), " ")
    if rng.random() < 0.6:
        mechanic = Person(rng)
        d.t("Mekaniker ").p(mechanic, "staff", mechanic.form(rng, "fwi"))
        d.t(f" noterede, at batteriet ({rng.choice((400, 500, 625))} Wh) var skiftet. ")
    if rng.random() < 0.5:
        d.t(
            f"{rng.choice(FAMILY).capitalize()} hentede cyklen kl. {clock(rng).replace(':', '.')}. "
        )
    d.t(f"Kort i tidligere ordre: ******{rng.randrange(10**4):04d}.\n")
    if rng.random() < 0.6:
        d.t(org_address(rng), "\n")
    d.t(rng.choice((
        "Videre: politianmeldelse.",
        "Cyklen beholdes på værkstedet.",
        "Afventer forsikring.",
        "Next step: hand the bike over to the police.",
        "Sælgers profil på KøbSalg-portalen er meldt.",
    )))  # fmt: skip
    d.t("\n")


def g_call(d: Doc) -> None:
    rng = d.rng
    cust, staff = Person(rng), Person(rng)
    when = f"{day(rng).isoformat()} kl. {clock(rng).replace(':', '.')}"
    d.t(f"Opkaldsnotat · leasinghotline {rng.choice(ORG_LINES)} · {when}\n")
    d.t("Medarbejder: ").p(staff, "staff", staff.form(rng, "fiw")).t("\n")
    d.t("Kunde: ").p(cust, "kunde", cust.form(rng, "fsu")).t(", ring tilbage på ").v(
        phone_value(rng), "PHONE"
    ).t("\n\n")
    d.t(rng.choice((
        "Kunden blev ringet op af en 'leasingrådgiver', der skulle 'opdatere betalingskortet'. ",
        "Customer says a man from our leasing team called about a late payment. ",
        "Kunden fik en sms om, at cyklen var klar til levering mod et gebyr. ",
    )))  # fmt: skip
    alias = Person(rng)
    d.t("Svindleren udgav sig for at være ").p(alias, "kunde", alias.first)
    d.t(f" fra {rng.choice(ALIAS_UNITS)}. ")
    d.t("Kunden oplyste kortnummer ").v(card_value(rng), "CARD").t(", udløb ").v(
        expiry(rng), "CARD_EXPIRY"
    )
    d.t(rng.choice((" og CVV ", " og kontrolcifre ", ", cvc "))).v(
        f"{rng.randrange(1000):03d}", "CARD_CVV"
    )
    d.t(". ")
    d.t("Bagefter læste kunden koden ").v(f"{rng.randrange(10**6):06d}", "OTP").t(" op.\n")
    if rng.random() < 0.5:
        number, _ = cpr_value(rng)
        d.t("Kunden gav også sit CPR-nr. ").v(number, "CPR").t(" til svindleren.\n")
    d.t(f"Trukket: {amount(rng)} i alt. Kort spærret, {lease_no(rng)} noteret. ")
    d.t("Vi henviste til politiet på 114.\n")
    if rng.random() < 0.55:
        d.t(org_address(rng), "\n")


def g_police(d: Doc) -> None:
    rng = d.rng
    rep, witness = Person(rng), Person(rng)
    number, born = cpr_value(rng)
    d.t(f"POLITIANMELDELSE · journalnr. {journal_no(rng)}\n")
    d.t("Anmelder: ").p(rep, "kunde", rep.full.upper()).t("\n")
    d.t("CPR: ").v(number, "CPR").t("  (født ").v(dob_text(rng, born), "DATE_OF_BIRTH").t(")\n")
    d.t("Adresse: ").v(address(rng, True), "ADDRESS").t("\n")
    d.t("Telefon: ").v(phone_value(rng), "PHONE").t("\n")
    d.t(f"Forurettet virksomhed: Trædeklar Cykler A/S, {cvr(rng)}\n")
    if rng.random() < 0.6:
        d.t(org_address(rng), "\n")
    product, frame = rng.choice(PRODUCTS), frame_no(rng)
    d.t(rng.choice((
        f"\nForklaring: Anmelder solgte {product} (stelnr. {frame}) for {amount(rng)} til en "
        "køber, der sendte en falsk betalingskvittering. ",
        f"\nForklaring: Anmelders {product} (stelnr. {frame}) blev stjålet fra cykelkælderen "
        f"og sat til salg på KøbSalg-portalen for {amount(rng)} samme uge. ",
        f"\nForklaring: Anmelder leasede en {product} (stelnr. {frame}). En falsk PakkeNord-"
        f"besked fik anmelder til at betale {amount(rng)} i 'gebyr'. ",
    )))  # fmt: skip
    d.t(rng.choice((
        "Køberen kørte i en bil med nummerplade ",
        "Gerningspersonen kom på en speed pedelec med nummerplade ",
        "Anmelder noterede bilens nummerplade ",
    ))).v(plate(rng), "NUMBER_PLATE").t(". ")  # fmt: skip
    d.t("Vidne: ").p(witness, "vidne", witness.form(rng, "fsi")).t(", ").v(
        address(rng, False), "ADDRESS"
    )
    d.t(", tlf. ").v(phone_value(rng), "PHONE").t(".\n")
    if rng.random() < 0.5:
        second = Person(rng)
        d.t("Andet vidne:\n").p(second, "vidne", second.form(rng, "fs"))
        d.t("\n").v(address(rng, True), "ADDRESS").t("\n")
    d.t("Køberen bad om at få pengene tilbage på ")
    d.v(iban_value(rng), "IBAN").t(". ")
    d.t(street_only(rng), "\n")


def g_letter(d: Doc) -> None:
    rng = d.rng
    cust, staff = Person(rng), Person(rng)
    _, street, town = rng.choice(ORG_SITES)
    if rng.random() < 0.6:
        d.t(f"Trædeklar Cykler A/S\n{street}\n{town}\n\n")
    d.p(cust, "kunde", cust.full if rng.random() < 0.7 else cust.full.upper()).t("\n")
    d.v(address(rng, True), "ADDRESS").t(f"\n\n{day(rng).strftime('%d.%m.%Y')}\n\n")
    d.t(f"Vedr. {rng.choice((lease_no(rng), order_no(rng), case_no(rng)))}\n\n")
    d.t("Kære ").p(cust, "kunde", cust.first).t("\n\n")
    d.t(rng.choice((
        "Vi har modtaget en leasingansøgning i dit navn, som du har oplyst ikke er din. ",
        "Den cykel, du indleverede til service, er registreret som stjålet. ",
        "Vi har konstateret, at en falsk leveringsbesked med vores navn er sendt til dig. ",
    )))  # fmt: skip
    d.t(rng.choice((
        f"Aftalen er lukket, og de {amount(rng)} er ført tilbage til konto ",
        f"Vi har annulleret ordren og tilbagebetalt {amount(rng)} til konto ",
        f"Din første ydelse på {amount(rng)} bliver ført tilbage til konto ",
    )))  # fmt: skip
    reg, acc = account(rng)
    d.v(f"{reg}{rng.choice(' -')}{acc}", "BANK_ACCOUNT").t(". ")
    d.t("Vi skriver også til ").v(cust.mail, "EMAIL").t(".\n")
    if rng.random() < 0.5:
        d.t("Du blev registreret med CPR-nr. ").v(cpr_value(rng)[0], "CPR").t(" og mobil ").v(
            phone_value(rng), "PHONE"
        ).t(".\n")
    if rng.random() < 0.7:
        d.t(org_address(rng), "\n")
    d.t("\nMed venlig hilsen\n\n").p(staff, "staff", staff.full).t(
        "\nKundesikkerhed, Trædeklar Cykler A/S\n"
    )


BUILDERS: dict[str, Callable[[Doc], None]] = dict(
    zip(GENRES, (g_log, g_mail, g_chat, g_form, g_case, g_call, g_police, g_letter), strict=True)
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    cells: list[tuple[str, str]] = []
    for number, genre in enumerate(GENRES):
        count = size // len(GENRES) + (number < size % len(GENRES))
        negs = negatives // len(GENRES) + (number < negatives % len(GENRES))
        cells += [(genre, "negative")] * negs + [(genre, "positive")] * (count - negs)
    rng.shuffle(cells)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(cells):
        while True:
            d = Doc(rng, kind == "negative")
            BUILDERS[genre](d)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {"id": f"b121-{i:04d}", "genre": genre, "kind": kind, "text": d.text, "spans": d.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind121.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
