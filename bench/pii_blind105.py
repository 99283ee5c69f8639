"""The hundred-and-sixth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets, towns and organisations. Its theme is a
REMOVAL AND STORAGE COMPANY (flyttefirma og depotrum) and the fraud around it, in eight genres:
a storage unit's rental agreement (the tenant's CPR, address, phone, the Betalingsservice
account and the one-time gate code sent by SMS), a customer chat with the removal company
("[09:14] Name:" lines, lower-case names typed by customers), a police report of a break-in at
a storage unit (the reporter's birth date, a witness, a van's number plate, a code given to a
fake caller), a municipality's case note on a forged change of address and redirected post (the
old and the new address, the MitID user ID used), a van booking with the moving-day checklist
(plate, card, expiry, CVC, the driver's phone), a claim for damaged goods (account or IBAN for
the payout), an invoice with the company's letterhead, and an e-mail thread about fake movers
who took a deposit (a scammer's alias, a foreign IBAN or phone, the card used). The names are
those of Danes of all ages, Danes with roots elsewhere ("Nguyen Thi Lan", "Yusuf Demir"),
double surnames ("Brøndum-Kirk"), names in capitals or lower case, surname first, genitives
and initials, next to the companies' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("driftsleder", "chauffør", "vidne");
  "Holm, Agnete" is one span, a genitive s belongs to it ("Agnetes"), an initial with its dot
  ("A. Holm") too, and a lower-case name typed in the chat ("jytte") is PERSON. A scammer's
  alias ("Kenneth fra Depotgården") is PERSON, the unit or company after "fra" is not.
  Companies that look like names ("Holm & Co Flytning", "Bager Jensen ApS"), products,
  placeholders ("[NAVN]", "Kunde A", "Medarbejder 2") and family words ("min svigermor") never
  are.
- ADDRESS is a private person's address: the street name with number, letter, floor and side
  ("14B", "2. tv.", "st. mf."), plus ", postcode town" on the same line or the next line of an
  address block (the line break inside the span). The removal and storage companies' own
  addresses (depots, offices, pick-up points, letterheads, signatures, return addresses: the
  list ORG_ADDRESSES, written alike) are never labelled, nor is a street without a number.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 for
  the 1900s, 4 for 2000-2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date
  with a four-digit year ("4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") straight
  after "født ", "f. " or "Fødselsdato: "; no other date or time is labelled.
- PHONE: private Danish numbers in the mobile and landline ranges (MOBILE, LANDLINE) in the
  written forms "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050",
  "20.30.40.50" (the country code inside the span), and foreign ones from fiction ranges only
  ("+44 7700 900123", "+46 70 174 06 55"). The companies' 70/80 lines and short numbers never.
- EMAIL: every unmasked e-mail address (all on example.* domains), staff's included.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; where the reg.nr. has its
  own word ("reg.nr. 1234, kontonr. 0012345678") only the account is the span. IBAN: valid
  check digits and the country's length (IBAN_LENGTH), grouped by four or compact. CARD: a
  Luhn-valid number with a test prefix (TEST_PREFIXES), grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after "CVV", "CVC", "cvc" or
  "kontrolcifre". OTP: a one-time code sent, asked for or given (6 or 8 digits; the one-time
  gate codes of the storage units included); MITID_USER: a MitID user ID given as such;
  NUMBER_PLATE: a Danish plate ("CX 41 207" or "CX41207").
- Hard negatives, never labelled: amounts, dates and clock times, booking, order, invoice,
  claim, case and journal numbers, storage unit numbers, CVR numbers, masked values
  ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111",
  "DK50XXXXXXXXXX0932", "CX ** ***"), the companies' 70/80 lines, companies, banks, products,
  streets named without a number and family words. Documents of kind "negative" are the same
  genres pseudonymised: stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]", "[CPR]", "[kode]"),
  pseudonyms ("Kunde A") and masked values only. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind105 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 105105
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "depotkontrakt",
    "chat",
    "indbrud",
    "adresseaendring",
    "varebil",
    "skade",
    "faktura",
    "falske_flyttemaend",
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
TEST_PREFIXES = ("411111", "555555", "401288", "510510", "424242", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "LT": 20, "PL": 28, "ES": 24, "NL": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "56", "57",
            "59", "62", "64", "66", "74", "75", "86", "87", "89", "96", "97", "98")  # fmt: skip

WOMEN = ("Agnete", "Bodil", "Jytte", "Kirsten", "Grethe", "Lone", "Mette", "Signe", "Camilla",
         "Freja", "Ida", "Alma", "Asta", "Fatima", "Leyla", "Amira", "Milena", "Agnieszka",
         "Ingrid", "Ellen", "Liva", "Solvej", "Hanne")  # fmt: skip
MEN = ("Henning", "Poul", "Erik", "Søren", "Torben", "Rasmus", "Mikkel", "Oliver", "Emil",
       "Noah", "Malthe", "Yusuf", "Ahmad", "Tariq", "Dragan", "Piotr", "Kwame", "Villads",
       "Aksel", "Bjarke", "Tue", "Preben")  # fmt: skip
FIRST = WOMEN + MEN
MIDDLE = ("Marie", "Juul", "Bech", "Krogh", "Skov", "Louise", "Emil", "Dam", "Friis")
SURNAMES = ("Holm", "Kjærgaard", "Thygesen", "Bundgaard", "Lauridsen", "Overgaard", "Vestergaard",
            "Dahl", "Ravn", "Mølgaard", "Brink", "Krogh", "Demir", "Yilmaz", "Haddad", "Petrović",
            "Kowalski", "Nowak", "Mensah", "Rahimi", "Bjerre", "Toft", "Lindholm", "Kirkegaard",
            "Falk", "Svendsen", "Hauge", "Nørgaard", "Winther", "Kvist")  # fmt: skip
DOUBLE = ("Brøndum-Kirk", "Holm-Vestergaard", "Demir-Toft", "Juul-Rahimi", "Skov-Mensah",
          "Lind-Falk", "Kjær-Nowak")  # fmt: skip
# names written in full as they come (given name, middle, family)
WHOLE = ("Nguyen Thi Lan", "Tran Van Minh", "Abdi Hassan Warsame", "Maria Luísa Ferreira")

STREETS = ("Lagervej", "Tranehøjen", "Kløvermarksvej", "Havnegade", "Søndergade",
           "Hedelundsvej", "Egeskovvej", "Strandvejen", "Teglværksgade", "Bøgeallé",
           "Mølleparken", "Industrivænget", "Fasanvænget", "Rosenhaven", "Lærkevej",
           "Kirkestræde", "Æblehaven", "Skovbrynet", "Violtoften", "Engbakken",
           "Gammel Køgevej", "Sankt Pauls Gade", "Ålholmvej", "Præstemarken")  # fmt: skip
TOWNS = (("2650", "Hvidovre"), ("2770", "Kastrup"), ("4000", "Roskilde"), ("5000", "Odense C"),
         ("8000", "Aarhus C"), ("9000", "Aalborg"), ("6700", "Esbjerg"), ("7100", "Vejle"),
         ("2400", "København NV"), ("3400", "Hillerød"), ("4700", "Næstved"),
         ("8600", "Silkeborg"), ("2300", "København S"), ("6000", "Kolding"),
         ("8900", "Randers C"), ("4600", "Køge"), ("3000", "Helsingør"),
         ("7400", "Herning"))  # fmt: skip
SIDES = ("th.", "tv.", "mf.")

COMPANIES = ("Flyttekompagniet Trane ApS", "Holm & Co Flytning", "Bager Jensen ApS",
             "Depotgården A/S", "Kvist Flyt & Opbevaring", "SikkerBoks Depotrum",
             "Lund Depot ApS", "Mads Møller Transport ApS", "Nordhavn Lagerhotel",
             "Budstikken Flyttelogistik")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Lunar", "Arbejdernes Landsbank", "Sydbank")
PRODUCTS = ("Ford Transit", "Peugeot Boxer", "FlytteBoks Pro", "Depot Plus-forsikring",
            "MobilePay", "Betalingsservice", "SMS-porten")  # fmt: skip
ALIAS_UNITS = ("Depotgården", "Flyttekompagniet Trane", "PostNord", "kundeservice",
               "flytteafdelingen", "Holm & Co Flytning")  # fmt: skip
ALIASES = ("Kenneth", "Jesper", "Michael", "Dennis", "Ronni", "Sandra", "Tina", "Brian")
ORG_ADDRESSES = ("Lagervej 18", "Tranehøjen 2", "Industrivænget 41B", "Havnegade 9",
                 "Kløvermarksvej 120", "Søndergade 33", "Hedelundsvej 4", "Egeskovvej 27",
                 "Strandvejen 205", "Teglværksgade 11", "Bøgeallé 6", "Mølleparken 70")  # fmt: skip
ORG_TOWNS = dict(zip(ORG_ADDRESSES, (("2650", "Hvidovre"), ("4000", "Roskilde"),
                                      ("5000", "Odense C"), ("8000", "Aarhus C"),
                                      ("2400", "København NV"), ("9000", "Aalborg"),
                                      ("7100", "Vejle"), ("6000", "Kolding"),
                                      ("3000", "Helsingør"), ("4700", "Næstved"),
                                      ("8600", "Silkeborg"), ("2770", "Kastrup")),
                     strict=True))  # fmt: skip
ORG_LINES = ("70 20 44 18", "70 11 23 58", "80 30 20 10", "7022 4410", "80 80 12 12", "1212")
FAMILY = ("min mand", "min kone", "min svigermor", "min søn", "min datter", "min nabo",
          "min bror", "min mor")  # fmt: skip
PSEUDONYMS = ("Kunde A", "Kunde B", "Lejer 1", "Lejer 2", "Medarbejder 1", "Medarbejder 2",
              "Vidne 1", "Chauffør 1")  # fmt: skip
STAFF_ROLES = ("driftsleder", "disponent", "depotansvarlig", "kundeservicemedarbejder",
               "skadebehandler", "bogholder", "flytteleder")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")  # fmt: skip
STAND = {
    "PERSON": "[NAVN]",
    "ADDRESS": "[ADRESSE]",
    "CPR": "[CPR]",
    "DATE_OF_BIRTH": "[fødselsdato]",
    "PHONE": "[TLF]",
    "EMAIL": "[e-mail]",
    "BANK_ACCOUNT": "[kontonr.]",
    "IBAN": "[IBAN]",
    "CARD": "[kortnr.]",
    "CARD_EXPIRY": "[udløb]",
    "CARD_CVV": "[CVC]",
    "OTP": "[kode]",
    "MITID_USER": "[bruger-id]",
    "NUMBER_PLATE": "[reg.nr.]",
}


def grouped(compact: str) -> str:
    """The value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Doc:
    """A document being written: its text in parts and its spans."""

    def __init__(self, r: random.Random, negative: bool) -> None:
        self.r = r
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0
        # the customer, a member of staff, a witness or driver, two more people
        self.pseudo = [
            r.choice(PSEUDONYMS[:4]),
            r.choice(PSEUDONYMS[4:6]),
            r.choice(PSEUDONYMS[6:]),
            "Medarbejder 2",
            "Medarbejder 1",
        ]

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.n += len(text)
        return self

    def s(self, value: str, kind: str, alt: str | None = None) -> Doc:
        if self.neg:
            return self.t(alt if alt is not None else self.masked(kind))
        start = self.n
        self.t(value)
        self.spans.append({"start": start, "end": self.n, "type": kind})
        return self

    def masked(self, kind: str) -> str:
        r = self.r
        if r.random() < 0.5 or kind in ("PERSON", "ADDRESS", "OTP", "DATE_OF_BIRTH"):
            if kind == "PERSON" and r.random() < 0.6:
                return self.pseudo[0]
            return STAND[kind]
        return {
            "CPR": f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99)}-xxxx",
            "PHONE": f"+45 ** ** ** {r.randint(10, 99)}",
            "EMAIL": f"{r.choice('abhjklmst')}***@example.dk",
            "BANK_ACCOUNT": f"****{r.randint(1000, 9999)}",
            "IBAN": f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}",
            "CARD": f"**** **** **** {r.randint(1000, 9999)}",
            "CARD_EXPIRY": "**/**",
            "CARD_CVV": "***",
            "MITID_USER": "[bruger-id]",
            "NUMBER_PLATE": f"{r.choice(PLATE_LETTERS)} ** ***",
        }[kind]

    def who(self, name: str, i: int = 0) -> Doc:
        """A person's name, or in a negative the i-th pseudonym."""
        return self.s(name, "PERSON", self.pseudo[i])

    def text(self) -> str:
        return "".join(self.parts)


PLATE_LETTERS = ("CX", "BK", "DP", "AF", "EL", "HR", "ZU", "YT", "MN", "SV")


class Person:
    """One invented person with the forms their name can be written in."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        roll = r.random()
        if roll < 0.06:
            whole = r.choice(WHOLE).split()
            self.first, self.middle, self.last = whole[0], whole[1], whole[2]
        else:
            self.first = r.choice(FIRST)
            self.middle = r.choice(MIDDLE) if roll < 0.25 else ""
            self.last = r.choice(DOUBLE) if roll > 0.8 else r.choice(SURNAMES)

    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def name(self) -> str:
        """A varied written form of the name."""
        r = self.r
        roll = r.random()
        if roll < 0.45:
            return self.full()
        if roll < 0.55:
            return f"{self.last}, {self.first}"
        if roll < 0.63:
            return f"{self.first[0]}. {self.last}"
        if roll < 0.73:
            return self.full().upper()
        if roll < 0.83:
            return f"{self.first} {self.middle or r.choice(MIDDLE)} {self.last}"
        return f"{self.first} {self.last}"

    def genitive(self) -> str:
        bases = [b for b in (self.first, self.full()) if b[-1] not in "sxz"] or [self.full()]
        return self.r.choice(bases) + "s"


def cpr_digits(r: random.Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    seventh = "4" if born.year >= 2000 else r.choice("0123")
    while True:
        digits = head + seventh + f"{r.randint(0, 999):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def cpr(r: random.Random, born: date) -> str:
    d = cpr_digits(r, born)
    return r.choice(
        (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
    )


def birthday(r: random.Random) -> date:
    return date(1931, 1, 1) + timedelta(days=r.randint(0, 365 * 75))


def dob(r: random.Random, born: date) -> str:
    return r.choice(
        (
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            f"{born.day}/{born.month}-{born.year}",
            born.strftime("%d-%m-%Y"),
        )
    )


def phone(r: random.Random) -> str:
    if r.random() < 0.07:
        if r.random() < 0.5:
            return f"+44 7700 900{r.randint(0, 999):03d}"
        return f"+46 70 174 06 {r.randint(5, 99):02d}"
    n = r.choice(MOBILE + LANDLINE) + f"{r.randint(0, 999999):06d}"
    a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
    return r.choice(
        (
            f"+45 {n}",
            f"+45 {a} {b} {c} {d}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {a} {b} {c} {d}",
            f"0045 {n}",
            f"{a} {b} {c} {d}",
            n,
            f"+45{n}",
            f"{a}.{b}.{c}.{d}",
        )
    )


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return body + str((10 - total % 10) % 10)


def card(r: random.Random) -> str:
    prefix = r.choice(TEST_PREFIXES)
    number = luhn_complete(
        prefix + "".join(r.choice("0123456789") for _ in range(15 - len(prefix)))
    )
    return grouped(number) if r.random() < 0.6 else number


def expiry(r: random.Random) -> str:
    month, year = r.randint(1, 12), r.randint(26, 31)
    return f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"


def iban(r: random.Random) -> str:
    country = r.choice(tuple(IBAN_LENGTH))
    bban = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    return grouped(compact) if r.random() < 0.6 else compact


def account(r: random.Random) -> tuple[str, str, str]:
    """(lead text, labelled account, trailing text) in one of the written forms."""
    reg = f"{r.randint(1000, 9899)}"
    acc = (
        f"{r.randint(0, 10**10 - 1):010d}" if r.random() < 0.6 else f"{r.randint(10**6, 10**8 - 1)}"
    )
    roll = r.random()
    if roll < 0.35:
        return "", f"{reg}-{acc}", ""
    if roll < 0.6:
        return "", f"{reg} {acc}", ""
    if roll < 0.8:
        return f"reg.nr. {reg}, kontonr. ", acc, ""
    return f"reg. {reg} konto ", acc, ""


def otp(r: random.Random) -> str:
    return f"{r.randint(0, 999999):06d}" if r.random() < 0.75 else f"{r.randint(0, 10**8 - 1):08d}"


def plate(r: random.Random) -> str:
    letters, a, b = r.choice(PLATE_LETTERS), r.randint(10, 99), r.randint(100, 999)
    return f"{letters} {a} {b}" if r.random() < 0.7 else f"{letters}{a}{b}"


def mitid(r: random.Random, p: Person, born: date) -> str:
    base = r.choice((p.first, p.last.split("-")[0], p.first[:3] + p.last[:3]))
    base = base.lower().translate(str.maketrans("æøåéćí", "eoaeci"))
    tail = r.choice((f"{born.year}", f"{born.year % 100:02d}", f"{r.randint(10, 99)}"))
    return base + tail


def email(r: random.Random, p: Person) -> str:
    base = p.first.lower() + r.choice((".", "_", "")) + p.last.split("-")[0].lower()
    base = base.translate(str.maketrans("æøåéćíú", "eoaeciu"))
    if r.random() < 0.3:
        base += str(r.randint(1, 99))
    return f"{base}@{r.choice(('example.dk', 'example.com', 'mail.example.dk', 'example.net'))}"


def staff_mail(r: random.Random, p: Person) -> str:
    name = p.first.lower().translate(str.maketrans("æøåéćíú", "eoaeciu"))
    return f"{name}@{r.choice(('trane', 'depotgaarden', 'kvistflyt', 'sikkerboks'))}.example.dk"


def private_address(r: random.Random) -> tuple[str, str, str]:
    """(street and number with floor, postcode, town) that is no organisation's address."""
    while True:
        street = r.choice(STREETS)
        number = f"{r.randint(1, 160)}{r.choice(('', '', '', 'A', 'B'))}"
        core = f"{street} {number}"
        if not any(core.startswith(a) or a.startswith(core) for a in ORG_ADDRESSES):
            break
    roll = r.random()
    if roll < 0.3:
        core += f", {r.randint(1, 5)}. {r.choice(SIDES)}"
    elif roll < 0.4:
        core += f", st. {r.choice(SIDES)}"
    code, town = r.choice(TOWNS)
    return core, code, town


def addr(d: Doc, layout: str = "any") -> Doc:
    """A private address: 'line' (", postcode town"), 'block' (line break), 'bare' or any."""
    r = d.r
    core, code, town = private_address(r)
    if layout == "any":
        layout = r.choice(("line", "line", "bare", "block"))
    value = {"line": f"{core}, {code} {town}", "block": f"{core}\n{code} {town}", "bare": core}
    return d.s(value[layout], "ADDRESS")


def org(r: random.Random) -> tuple[str, str, str]:
    a = r.choice(ORG_ADDRESSES)
    code, town = ORG_TOWNS[a]
    return a, code, town


def amount(r: random.Random) -> str:
    value = r.randint(3, 450) * 50
    kr = f"{value:,}".replace(",", ".")
    return r.choice((f"{kr} kr.", f"{kr},00 kr.", f"kr. {kr}"))


def day(r: random.Random) -> str:
    moment = date(2026, 1, 5) + timedelta(days=r.randint(0, 330))
    return r.choice((moment.strftime("%d.%m.%y"), moment.strftime("%d.%m.%Y"), moment.isoformat()))


def clock(r: random.Random) -> str:
    return f"kl. {r.randint(6, 21):02d}.{r.choice(('00', '15', '30', '45', '05', '50'))}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randint(20000000, 45999999)}"


def unit(r: random.Random) -> str:
    return f"rum {r.choice('ABCDEF')}-{r.randint(100, 499)}"


def org_frame(d: Doc, company: str | None = None) -> Doc:
    """One sentence that names an organisation's own address, in one of many frames."""
    r = d.r
    a, code, town = org(r)
    company = company or r.choice(COMPANIES)
    frames: tuple[Callable[[], str], ...] = (
        lambda: f"Mødested: porten ved {a}, {code} {town}, {clock(r)}.",
        lambda: f"Afhentning fra vores lager på {a} i {town}.",
        lambda: f"Depotet på {a} har åbent alle hverdage 07-19 og lørdag 09-14.",
        lambda: f"Returadresse: {company}, {a}, {code} {town}",
        lambda: f"Send formularen til {company}, Skadeafdelingen, {a}, {code} {town}.",
        lambda: f"Registreret adresse: {a}, {code} {town} ({cvr(r)}).",
        lambda: f"Kontoret ligger på 3. sal, {a}, indgang fra gården.",
        lambda: f"Nøglerne afleveres i nøgleboksen ved {a}.",
        lambda: f"Afdelinger: {town} ({a}) og Kastrup (Mølleparken 70).",
        lambda: f"Informationsmøde i kantinen, {a}, 1. sal, {clock(r)}.",
        lambda: f"Varebilen hentes og afleveres på vores depot, {a}, {code} {town}.",
        lambda: f"Besøg os på {a} – vi har gratis parkering foran Lagerhal Nord.",
        lambda: f"{company} · {a} · {code} {town} · tlf. {r.choice(ORG_LINES[:5])}",
    )
    return d.t(r.choice(frames)())


def signature(d: Doc, staff: Person, company: str, quoted: bool = False) -> Doc:
    r = d.r
    a, code, town = org(r)
    q = "> " if quoted else ""
    d.t(f"\n{q}Med venlig hilsen\n{q}").who(staff.name(), 1)
    d.t(f"\n{q}{r.choice(STAFF_ROLES)}, {company}\n{q}{a}, {code} {town}\n")
    return d.t(f"{q}Tlf. {r.choice(ORG_LINES[:5])}")


# --- the genres --------------------------------------------------------------------------


def depotkontrakt(d: Doc) -> None:
    r = d.r
    p, staff, company = Person(r), Person(r), r.choice(COMPANIES)
    born = birthday(r)
    a, code, town = org(r)
    d.t(f"{company}\n{a}\n{code} {town}\n{cvr(r)}\n\n")
    d.t(f"LEJEAFTALE – DEPOTRUM\nAftalenr. DR-26-{r.randint(10000, 99999)}, {day(r)}\n\n")
    d.t("Lejer: ").who(p.name()).t("\n")
    d.t("Adresse: ")
    addr(d, r.choice(("block", "line"))).t("\n")
    d.t("CPR-nr.: ").s(cpr(r, born), "CPR").t("\n")
    if r.random() < 0.35:
        d.t("Fødselsdato: ").s(dob(r, born), "DATE_OF_BIRTH").t("\n")
    d.t("Mobil: ").s(phone(r), "PHONE").t("\n")
    d.t("E-mail: ").s(email(r, p), "EMAIL").t("\n\n")
    d.t(f"Depotrum: {unit(r)}, {r.randint(2, 18)} m², {r.choice(('stueetagen', '1. sal'))}.\n")
    d.t(f"Leje: {amount(r)} pr. måned. Depositum: {amount(r)} ved indflytning.\n")
    lead, acc, tail = account(r)
    d.t(f"Betales via Betalingsservice fra {lead}").s(acc, "BANK_ACCOUNT").t(f"{tail}.\n")
    if r.random() < 0.8:
        d.t("Engangskode til porten (sendt på SMS): ").s(otp(r), "OTP").t(". ")
        d.t("Koden gælder kun til første besøg.\n")
    if r.random() < 0.4:
        d.t("Bil ved indflytning: ").s(plate(r), "NUMBER_PLATE").t(".\n")
    org_frame(d, company)
    d.t("\nKontaktperson: ").who(staff.name(), 1).t(f", {r.choice(STAFF_ROLES)}, ")
    d.t(f"tlf. {r.choice(ORG_LINES)}.")
    if r.random() < 0.3:
        d.t(" Hængelås købes i receptionen ved Lagervej.")


def chat(d: Doc) -> None:
    r = d.r
    cust, staff, company = Person(r), Person(r), r.choice(COMPANIES)
    cname = cust.first.lower() if r.random() < 0.35 else cust.full()
    sname = staff.first
    h, m = r.randint(7, 20), r.randint(0, 40)

    def line(who: str, i: int) -> Doc:
        nonlocal m
        m += r.randint(1, 3)
        d.t(f"[{h:02d}:{m:02d}] ")
        return d.who(who, i).t(": ")

    d.t(f"Chat med {company} – sag FL-26-{r.randint(1000, 9999)}\n")
    line(cname, 0).t(f"hej, vi skal flytte {day(r)} og har fået et tilbud på {amount(r)}\n")
    line(sname, 1).t("Hej ").who(cust.first, 0).t(", kan du bekræfte adressen vi henter fra?\n")
    line(cname, 0)
    addr(d, r.choice(("line", "bare"))).t(r.choice((" og vi skal til ", " -> ")))
    addr(d, "line").t("\n")
    line(sname, 1).t(f"Tak. Vi har sendt en kode til {r.choice(('din mobil', 'nummeret'))} ")
    d.s(phone(r), "PHONE").t(" – hvad står der?\n")
    line(cname, 0).s(otp(r), "OTP").t("\n")
    if r.random() < 0.5:
        line(cname, 0).t("og min mail er ").s(email(r, cust), "EMAIL").t(
            f", {r.choice(FAMILY)} hjælper også\n"
        )
    if r.random() < 0.4:
        line(cname, 0).t("der ringede en fra jer i går og ville have depositum til ")
        d.s(iban(r), "IBAN").t(" – er det rigtigt??\n")
        line(sname, 1).t(
            "Nej! Vi beder aldrig om depositum på den måde. "
            f"Ring til os på {r.choice(ORG_LINES[:5])}.\n"
        )
    if r.random() < 0.5:
        line(sname, 1).t("Lastbilen har reg.nr. ").s(plate(r), "NUMBER_PLATE").t(
            ", chaufføren hedder "
        )
        d.who(Person(r).full(), 2).t(".\n")
    line(sname, 1)
    org_frame(d, company)
    d.t("\n")
    line(cname, 0).t(r.choice(("super tak", "ok fint", "tak for hjælpen :)", "👍")))


def indbrud(d: Doc) -> None:
    r = d.r
    rep, wit, cop = Person(r), Person(r), Person(r)
    born = birthday(r)
    company = r.choice(COMPANIES)
    a, code, town = org(r)
    d.t(
        f"POLITIRAPPORT – indbrud i depotrum\nJournalnr. {r.randint(1000, 9999)}-"
        f"{r.randint(10000, 99999)}-{r.randint(10000, 99999)}-26\n"
    )
    d.t("Anmelder: ").who(rep.name()).t(", ")
    d.t(r.choice(("f. ", "født "))).s(dob(r, born), "DATE_OF_BIRTH").t("\n")
    d.t("Bopæl: ")
    addr(d, r.choice(("line", "block"))).t("\n")
    if r.random() < 0.5:
        d.t("CPR: ").s(cpr(r, born), "CPR").t("\n")
    d.t("Telefon: ").s(phone(r), "PHONE").t("\n\n")
    d.t(f"Anmelderen lejer {unit(r)} hos {company}, {a}, {code} {town}. ")
    d.t(f"Den {day(r)} {clock(r)} opdagede anmelderen, at hængelåsen var klippet. ")
    d.t("I ").who(rep.genitive()).t(" depotrum stod også møbler fra ").t(r.choice(FAMILY)).t(". ")
    d.t(f"Stjålet: værktøj og cykler til en samlet værdi af {amount(r)} ifølge anmelderen.\n")
    if r.random() < 0.75:
        d.t(
            f"Dagen før modtog anmelderen et opkald fra {r.choice(ORG_LINES[:3])} (nummeret var "
            "forfalsket). En person præsenterede sig som "
        )
        d.s(r.choice(ALIASES), "PERSON").t(f" fra {r.choice(ALIAS_UNITS)} og bad om ")
        d.t("engangskoden til porten. Anmelderen oplyste koden ").s(otp(r), "OTP").t(".\n")
    d.t("Vidne: ").who(wit.name(), 2).t(", ")
    addr(d, "line").t(", tlf. ").s(phone(r), "PHONE").t(". ")
    d.t("Vidnet så en hvid varevogn med reg.nr. ").s(plate(r), "NUMBER_PLATE")
    d.t(f" holde ved porten ved {r.choice(STREETS)}, {clock(r)}.\n")
    d.t(f"Depotets video er udleveret af {r.choice(STAFF_ROLES)} ").who(Person(r).name(), 3)
    d.t(".\nRapport optaget af politiassistent ").who(cop.name(), 4).t(".")


def adresseaendring(d: Doc) -> None:
    r = d.r
    p, case = Person(r), Person(r)
    born = birthday(r)
    d.t(f"Sagsnotat – uautoriseret flytteanmeldelse\nSag nr. BS-{r.randint(100000, 999999)}\n\n")
    d.t("Borger: ").who(p.name()).t(" (CPR ").s(cpr(r, born), "CPR").t(")\n")
    d.t("Registreret adresse:\n")
    addr(d, "block").t("\n\n")
    d.t(f"Den {day(r)} blev der digitalt anmeldt flytning til ")
    addr(d, r.choice(("line", "bare"))).t(". ")
    d.t("Anmeldelsen blev foretaget med MitID bruger-ID ").s(mitid(r, p, born), "MITID_USER")
    d.t(r.choice((". ", ", som borgeren ikke kender. ")))
    d.t(
        f"Post blev eftersendt via PostNord i {r.randint(2, 9)} uger, "
        "herunder et nyt betalingskort. "
    )
    if r.random() < 0.5:
        d.t("Kortet, ").s(card(r), "CARD").t(", er spærret.")
    d.t("\nBorgeren kontaktede os på ").s(phone(r), "PHONE")
    if r.random() < 0.6:
        d.t(" og ").s(email(r, p), "EMAIL")
    d.t(f" {day(r)}. Borgeren fortalte, at {r.choice(FAMILY)} har set breve fra ")
    d.t(f"{r.choice(COMPANIES)} om et depotrum, som borgeren aldrig har lejet.\n")
    if r.random() < 0.5:
        d.t("Borgeren modtog samtidig en SMS med koden ").s(otp(r), "OTP").t(" og gav den videre. ")
    d.t(f"Svar sendes til Borgerservice, {r.choice(ORG_ADDRESSES)}, 2. sal. ")
    d.t("Sagsbehandler: ").who(case.name(), 1).t(".")


def varebil(d: Doc) -> None:
    r = d.r
    p, driver = Person(r), Person(r)
    born = birthday(r)
    company = r.choice(COMPANIES)
    a, code, town = org(r)
    d.t(f"BOOKINGBEKRÆFTELSE – varebil\nBooking nr. VB-{r.randint(100000, 999999)}\n")
    d.t("Lejer: ").who(p.name()).t(", Fødselsdato: ").s(dob(r, born), "DATE_OF_BIRTH").t("\n")
    d.t(f"Bil: {r.choice(PRODUCTS[:2])} 3,5 t, reg.nr. ").s(plate(r), "NUMBER_PLATE").t("\n")
    d.t(f"Afhentning: {a}, {code} {town}, {day(r)} {clock(r)}\n")
    d.t(f"Aflevering: samme sted senest {clock(r)}\n")
    d.t(f"Pris: {amount(r)} inkl. {r.randint(100, 300)} km.\n")
    d.t("Betalt med kort ").s(card(r), "CARD").t(", udløb ").s(expiry(r), "CARD_EXPIRY")
    d.t(r.choice((", CVC ", ", CVV ", ", cvc ", ", kontrolcifre "))).s(
        f"{r.randint(0, 999):03d}", "CARD_CVV"
    )
    d.t("\n\nTjekliste til flyttedagen:\n- Parkeringstilladelse foran ")
    addr(d, r.choice(("line", "bare"))).t("\n- Nøgler til ny adresse:\n  ")
    addr(d, "block").t("\n- Chauffør ").who(driver.name(), 1).t(", tlf. ").s(phone(r), "PHONE")
    d.t(f"\n- Flyttekasser hentes på lageret hos {company}.\n")
    if r.random() < 0.4:
        d.t("- Depotrum hos os: SMS-kode til porten ").s(otp(r), "OTP").t("\n")
    if r.random() < 0.4:
        d.t("- Anden bil (").who(p.genitive(), 0).t(") holder med reg.nr. ")
        d.s(plate(r), "NUMBER_PLATE").t("\n")
    org_frame(d, company)


def skade(d: Doc) -> None:
    r = d.r
    p, handler = Person(r), Person(r)
    company = r.choice(COMPANIES)
    d.t(f"SKADESANMELDELSE – flyttegods\nSkadenr. SK-26-{r.randint(10000, 99999)}\n")
    d.t("Skadelidte: ").who(p.name()).t("\nAdresse: ")
    addr(d, r.choice(("block", "line"))).t("\nTlf.: ").s(phone(r), "PHONE")
    d.t("  E-mail: ").s(email(r, p), "EMAIL").t("\n")
    if r.random() < 0.4:
        d.t("CPR-nr.: ").s(cpr(r, birthday(r)), "CPR").t("\n")
    d.t(f"\nFlyttedato: {day(r)}. Flyttet fra ")
    addr(d, "bare").t(f" med {company}. ")
    d.t(r.choice(("Sofabordet var knækket", "Spejlet var revnet", "Køleskabet var bulet")))
    d.t(" i ").who(p.genitive()).t(" stue")
    d.t(f" (anslået værdi {amount(r)}). Skaden blev set af {r.choice(FAMILY)}.\n")
    if r.random() < 0.65:
        d.t("Erstatning udbetales til IBAN ").s(iban(r), "IBAN").t("\n")
    else:
        lead, acc, tail = account(r)
        d.t(f"Erstatning udbetales til {lead}").s(acc, "BANK_ACCOUNT").t(
            f"{tail} i {r.choice(BANKS)}\n"
        )
    org_frame(d, company)
    d.t("\nSkadebehandler: ").who(handler.name(), 1).t(" (").s(staff_mail(r, handler), "EMAIL").t(
        ")"
    )


def faktura(d: Doc) -> None:
    r = d.r
    p, staff = Person(r), Person(r)
    company = r.choice(COMPANIES)
    a, code, town = org(r)
    d.t(f"{company}\n{a}, {code} {town}\n{cvr(r)}\n\n")
    d.t(f"FAKTURA nr. {r.randint(20000, 99999)}\nFakturadato: {day(r)}\n\n")
    d.who(p.name()).t("\n")
    addr(d, "block").t(f"\nKundenr. {r.randint(100000, 999999)}\n\n")
    d.t(f"Flytning 3 mand, {r.randint(4, 9)} timer: {amount(r)}\n")
    d.t(f"Depotrum {unit(r)}, 1 måned: {amount(r)}\n")
    d.t(f"{PRODUCTS[2]}, 20 stk.: {amount(r)}\nI alt inkl. moms: {amount(r)}\n\n")
    if r.random() < 0.5:
        d.t("Betalt med kort ").s(card(r), "CARD").t(" (udløb ").s(expiry(r), "CARD_EXPIRY").t(")")
    else:
        d.t(f"Betalt med kort **** **** **** {r.randint(1000, 9999)}")
    d.t(f" den {day(r)}.\n")
    if r.random() < 0.4:
        d.t("Kunden hentede selv i bil ").s(plate(r), "NUMBER_PLATE").t(".\n")
    d.t(f"Spørgsmål: {r.choice(ORG_LINES[:5])} eller ").s(staff_mail(r, staff), "EMAIL")
    d.t(" – spørg efter ").who(staff.first, 1).t(".")


def falske_flyttemaend(d: Doc) -> None:
    r = d.r
    p, staff = Person(r), Person(r)
    company = r.choice(COMPANIES)
    d.t("Fra: ").who(p.full()).t(" <").s(email(r, p), "EMAIL").t(">\n")
    d.t("Til: ").s(staff_mail(r, staff), "EMAIL").t("\n")
    d.t("Emne: Depositum til falske flyttemænd?\n\nHej\n")
    d.t("Jeg fandt et billigt tilbud på flytning. En mand, der præsenterede sig som ")
    d.s(r.choice(ALIASES), "PERSON").t(f" fra {r.choice(ALIAS_UNITS)}, ringede fra ")
    d.s(phone(r), "PHONE").t(f" og ville have et depositum på {amount(r)} ")
    if r.random() < 0.6:
        d.t("til ").s(iban(r), "IBAN").t(". ")
    else:
        lead, acc, tail = account(r)
        d.t(f"til {lead}").s(acc, "BANK_ACCOUNT").t(f"{tail}. ")
    if r.random() < 0.6:
        d.t("Resten betalte jeg med mit kort ").s(card(r), "CARD").t(", udløb ")
        d.s(expiry(r), "CARD_EXPIRY").t(" og CVV ").s(f"{r.randint(0, 999):03d}", "CARD_CVV").t(
            ". "
        )
    d.t(f"Han skulle hente vores ting {day(r)} på ")
    addr(d, r.choice(("line", "bare"))).t(", men ingen kom. ")
    if r.random() < 0.5:
        d.t("Han bad mig også logge ind med mit MitID bruger-ID ").s(
            mitid(r, p, birthday(r)), "MITID_USER"
        )
        d.t(" og læse koden op: ").s(otp(r), "OTP").t(". ")
    d.t("Mit nummer er ").s(phone(r), "PHONE").t(".\n\nMvh\n").who(p.first, 0).t("\n\n")
    d.t(f"> Svar fra {company}:\n> Vi har ingen ansatte ved det navn og modtager aldrig ")
    d.t("depositum på private konti.")
    signature(d, staff, company, quoted=True)


WRITERS: dict[str, Callable[[Doc], None]] = {
    "depotkontrakt": depotkontrakt,
    "chat": chat,
    "indbrud": indbrud,
    "adresseaendring": adresseaendring,
    "varebil": varebil,
    "skade": skade,
    "faktura": faktura,
    "falske_flyttemaend": falske_flyttemaend,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], i < negatives) for i in range(size)]
    r.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, negative) in enumerate(plan):
        while True:
            d = Doc(r, negative)
            WRITERS[genre](d)
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii105-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind105.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
