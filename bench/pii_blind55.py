"""A fifty-sixth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is A BANK BRANCH AND
ITS CUSTOMERS' PAPERWORK AFTER A FRAUD, in nine genres: a branch adviser's meeting note with a
victim, a dispute form (indsigelse) filled in by hand and typed up, a power of attorney
(fuldmagt), a KYC refresh questionnaire, a transfer receipt with an account statement extract,
a letter to the customer about a frozen account, the transcription of an elderly customer's
handwritten note, an e-mail exchange between joint account holders and an internal escalation
to the fraud team. The names are those of Danes of all ages, Danes with roots elsewhere
("Yasmin Haddad", "Tran Van Minh"), double surnames ("Lindholm-Skov") and the bank's staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("rådgiver", "kunden", "fuldmægtig");
  "Hansen, Mette" is one span; a genitive s belongs to it ("Mettes"); a given name alone after
  a greeting or above a signature, a lower-case name ("mette") and a name in capitals are
  PERSON. Initials with a surname ("M. Hansen") are one span. Banks, authorities, products,
  pseudonyms ("Kunde A", "Medhæfter 2") and stand-ins ("[NAVN]") are never PERSON.
- ADDRESS runs from the street name (or "c/o"-less street line) through number, letter, floor
  and side ("14B", "2. tv.", "st. th."), plus ", postcode town" on the same line or the next
  line of an address block (line break included); a "c/o Name" line above it is a PERSON span,
  not part of the address. Lower-case addresses are labelled the same way.
- ORGANISATIONS' OWN ADDRESSES are NEVER labelled: the bank branch's address in letterheads,
  footers and receipts, and Finanstilsynet's (Strandgade 29, 1401 København K), consistently,
  in every genre; they are not personal data. Only private persons' addresses are ADDRESS.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005), a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (a full date
  with a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled
  only straight after "født ", "f. " or "Fødselsdato: "; no other date is ever labelled.
- PHONE: Danish 8-digit numbers from the MOBILE and LANDLINE leads (never 70 or 80), written
  in the ten forms of tests/pii_blind_spec.PHONE_FORMS with the country code inside the span,
  and fiction-range foreign numbers "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). The
  bank's own 70/80 lines, 112 and 114 are never PHONE.
- EMAIL: every unmasked address (all on example.dk/example.com), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678",
  "reg. 1234 konto 12345678") only the account is the span. IBAN: valid check digits and the
  country's length, grouped by four or compact. CARD: Luhn-valid with a TEST_PREFIXES prefix,
  grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after
  "CVV", "CVC" or "kontrolcifre". OTP: a one-time code sent, asked for or given (6 or 8
  digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("AB 12 345",
  "AB12345").
- Hard negatives, never labelled: amounts, dates and clock times, transaction IDs, case and
  journal numbers, branch numbers, SWIFT/BIC codes, interest rates, product codes, CVR numbers,
  masked values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932"), the bank's lines, banks, authorities and products.
  Documents of kind "negative" are the same genres pseudonymised: only such values, stand-ins
  and pseudonyms remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind55 [OUT.jsonl]`` writes the set (by default
bench/data/pii_blind55.jsonl); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 5555
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind55.jsonl"

TYPES = (
    "PERSON", "ADDRESS", "CPR", "PHONE", "EMAIL", "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP",
    "MITID_USER", "BANK_ACCOUNT", "IBAN", "DATE_OF_BIRTH", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "moedenotat", "indsigelse", "fuldmagt", "kyc", "kvittering", "brev_spaerret",
    "haandskrevet", "mail_faelleskonto", "eskalering",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "2223", "3782", "3714")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "GB": 22, "LT": 20, "PL": 28, "NL": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
ORG_LINES = ("70 15 22 40", "70 33 44 10", "80 20 12 12", "70 26 61 30", "80 88 40 40")

WOMEN = (
    "Mette", "Karen", "Birthe", "Inger", "Lone", "Hanne", "Susanne", "Tove", "Gudrun", "Ellen",
    "Margrethe", "Ida", "Freja", "Signe", "Cecilie", "Rikke", "Trine", "Pernille", "Dorte",
    "Vibeke", "Edith", "Ingrid", "Asta", "Kirstine", "Laura", "Nanna", "Maja", "Astrid",
    "Yasmin", "Fatima", "Amina", "Leyla", "Mai", "Agnieszka", "Olena", "Sunita", "Ebba", "Solveig",
)  # fmt: skip
MEN = (
    "Jens", "Poul", "Niels", "Henning", "Bent", "Erik", "Kurt", "Flemming", "Ole", "Torben",
    "Søren", "Lars", "Anders", "Morten", "Rasmus", "Mads", "Frederik", "Kasper", "Jonas",
    "Villads", "Aksel", "Svend", "Arne", "Preben", "Knud", "Mogens", "Leif", "Troels", "Omar",
    "Ahmad", "Hassan", "Emre", "Mehmet", "Piotr", "Tomasz", "Minh", "Dariusz", "Ibrahim",
)  # fmt: skip
SURNAMES = (
    "Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
    "Mortensen", "Kjeldsen", "Lindholm", "Brøndum", "Skovgaard", "Vestergaard", "Bundgaard",
    "Krogh", "Dalsgaard", "Overgaard", "Frandsen", "Iversen", "Mikkelsen", "Lauridsen", "Bech",
    "Gram", "Holst", "Kirkegaard", "Nørgaard", "Thygesen", "Ravn", "Juul", "Lund", "Winther",
    "Haddad", "Yilmaz", "Hussein", "Nowak", "Kowalski", "Nguyen", "Tran", "Demir", "Rahimi",
    "Abdullahi", "Kovalenko", "Sharma", "Öztürk", "Mahmoud",
)  # fmt: skip
MIDDLE = ("Marie", "Louise", "Kristine", "Sofie", "Birgitte", "Juul", "Skov", "Bach", "Holm",
          "Kjær", "Dam", "Møller", "Lykke", "Aagaard")  # fmt: skip
STREETS = (
    "Birkevænget", "Ahornvej", "Lærkevej", "Søndergade", "Kirkestræde", "Møllebakken",
    "Fasanvej", "Engblommevej", "Skovbrynet", "Havnegade", "Rønnebærvej", "Klintevej",
    "Stationsvej", "Bøgeallé", "Hyldevang", "Præstegårdsvej", "Vibevænget", "Teglværksvej",
    "Strandvejen", "Kastanievej", "Sognefogedvej", "Gl. Landevej", "Tjørnehaven", "Mosevej",
)  # fmt: skip
TOWNS = (
    ("4200", "Slagelse"), ("6700", "Esbjerg"), ("8600", "Silkeborg"), ("7400", "Herning"),
    ("4700", "Næstved"), ("5700", "Svendborg"), ("9800", "Hjørring"), ("6100", "Haderslev"),
    ("3400", "Hillerød"), ("2630", "Taastrup"), ("8900", "Randers"), ("7100", "Vejle"),
    ("4800", "Nykøbing F"), ("9500", "Hobro"), ("2770", "Kastrup"), ("8260", "Viby J"),
)  # fmt: skip
BANKS = ("Nordvig Bank", "Egeskov Sparekasse", "Øresund Andelskasse")
BRANCHES = (
    ("Nordvig Bank", "Torvegade 12, 6700 Esbjerg", "412"),
    ("Nordvig Bank", "Algade 31, 4200 Slagelse", "417"),
    ("Egeskov Sparekasse", "Vestergade 5, 8600 Silkeborg", "233"),
    ("Egeskov Sparekasse", "Brogade 18, 5700 Svendborg", "238"),
    ("Øresund Andelskasse", "Hovedgaden 44, 2630 Taastrup", "091"),
)
FT_ADDRESS = "Strandgade 29, 1401 København K"
ORG_ADDRESSES = (*(b[1] for b in BRANCHES), FT_ADDRESS)
AUTHORITIES = ("Finanstilsynet", "Politiet", "Ankenævnet for Finansielle Virksomheder")
PRODUCTS = ("Budgetkonto Plus", "Lønkonto Basis", "Visa Debet", "Mastercard Guld", "NemSpar 24")
BICS = ("NRVGDKKK", "EGSKDK22", "ORSNDKKK", "DEUTDEFF", "NWBKGB2L", "ESSESESS")
PSEUDONYMS = ("Kunde A", "Kunde B", "Fuldmægtig C", "Medhæfter 2", "Rådgiver X")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"

Part = str | tuple[str, str]


def grouped(compact: str) -> str:
    """Groups of four, as cards and IBANs are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, country: str) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    if country == "GB":
        body = "NWBK" + body[4:]
    number = int("".join(str(int(c, 36)) for c in body + country + "00"))
    return f"{country}{98 - number % 97:02d}{body}"


def _mod11_fails(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


class Person:
    def __init__(self, rng: random.Random, woman: bool | None = None) -> None:
        self.woman = rng.random() < 0.55 if woman is None else woman
        self.given = rng.choice(WOMEN if self.woman else MEN)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.3 else ""
        self.surname = rng.choice(SURNAMES)
        if rng.random() < 0.2:
            other = rng.choice(SURNAMES)
            if other != self.surname:
                self.surname = f"{self.surname}-{other}"
        self.born = date(1928, 1, 1) + timedelta(days=rng.randrange(0, 78 * 365))
        if self.born.year > 2005:
            self.born = self.born.replace(year=2005 - rng.randrange(0, 40))

    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)


class Ctx:
    """Value makers: a labelled span in a positive, a stand-in or masked value in a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.pseudo = list(PSEUDONYMS)  # by slot: customer, other party, proxy, co-holder, staff
        self.pseudo[:2] = rng.sample(self.pseudo[:2], 2)

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    # ---- names
    def name(self, p: Person, form: str | None = None, slot: int = 0) -> Part:
        if self.neg:
            return self.pseudo[slot % len(self.pseudo)] if self.rng.random() < 0.7 else "[NAVN]"
        form = form or self.pick(
            ("full", "full", "full", "caps", "lower", "inverted", "initial", "given", "three")
        )
        surname = p.surname
        text = {
            "full": f"{p.given} {surname}",
            "three": p.full() if p.middle else f"{p.given} {self.pick(MIDDLE)} {surname}",
            "caps": f"{p.given} {surname}".upper(),
            "lower": f"{p.given} {surname}".lower(),
            "inverted": f"{surname}, {p.given}",
            "initial": f"{p.given[0]}. {surname}",
            "given": p.given,
            "givenlower": p.given.lower(),
        }[form]
        return (text, "PERSON")

    def gen(self, p: Person, slot: int = 0) -> Part:
        """A genitive name ("Mettes"), or a pseudonym's genitive in a negative."""
        if self.neg:
            return self.pseudo[slot % len(self.pseudo)] + "s"
        text = p.given if self.rng.random() < 0.5 else f"{p.given} {p.surname}"
        if text[-1] in "sxz":
            text = p.given if p.given[-1] not in "sxz" else f"{p.given} {p.surname}"
        if text[-1] in "sxz":
            return (text, "PERSON")
        return (text + "s", "PERSON")

    # ---- address
    def address(self, two_lines: bool | None = None, lower: bool = False) -> Part:
        if self.neg:
            return "[ADRESSE]"
        rng = self.rng
        line = f"{self.pick(STREETS)} {rng.randint(1, 148)}"
        if rng.random() < 0.25:
            line += rng.choice("ABC")
        if rng.random() < 0.45:
            floor = self.pick(("st.", "1.", "2.", "3.", "4."))
            line += f", {floor} {self.pick(('th.', 'tv.', 'mf.'))}"
        post, town = self.pick(TOWNS)
        two = rng.random() < 0.5 if two_lines is None else two_lines
        text = f"{line}\n{post} {town}" if two else f"{line}, {post} {town}"
        if lower:
            text = text.lower()
        return (text, "ADDRESS")

    # ---- numbers
    def cpr(self, p: Person, form: int | None = None) -> Part:
        b = p.born
        if self.neg:
            return self.pick(("[CPR]", f"{b:%d%m%y}-xxxx"))
        first = str(self.rng.randint(0, 3)) if b.year < 2000 else "4"
        while True:
            serial = first + f"{self.rng.randrange(1000):03d}"
            digits = f"{b:%d%m%y}{serial}"
            if _mod11_fails(digits):
                break
        form = self.rng.randrange(4) if form is None else form
        text = (
            f"{digits[:6]}-{digits[6:]}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:6]} {digits[6:]}",
        )[form]
        return (text, "CPR")

    def dob(self, p: Person) -> Part:
        b = p.born
        if self.neg:
            return "[dato]"
        text = self.pick(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return (text, "DATE_OF_BIRTH")

    def phone(self, foreign: bool = False) -> Part:
        rng = self.rng
        if self.neg:
            return self.pick(("[TLF]", f"+45 ** ** ** {rng.randint(10, 99)}"))
        form = rng.randrange(12) if not foreign else rng.choice((10, 11))
        if form == 10:
            return (f"+44 7700 900{rng.randint(0, 999):03d}", "PHONE")
        if form == 11:
            return (f"+46 70 174 06 {rng.randint(5, 99):02d}", "PHONE")
        n = self.pick(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        text = (
            f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
        )[form]  # fmt: skip
        return (text, "PHONE")

    def email(self, p: Person | None = None, local: str | None = None) -> Part:
        rng = self.rng
        if self.neg:
            return self.pick(("[e-mail]", f"{rng.choice('abdehjklmnst')}***@example.dk"))
        if local is None:
            assert p is not None
            g = p.given.lower().translate(str.maketrans("æøåöü", "eoaou"))
            s = p.surname.lower().split("-")[0].translate(str.maketrans("æøåöü", "eoaou"))
            local = self.pick(
                (f"{g}.{s}", f"{g}{s[0]}", f"{g[0]}{s}", f"{g}.{s}{rng.randint(40, 99)}",
                 f"{g}_{s}")
            )  # fmt: skip
        return (f"{local}@{self.pick(('example.dk', 'example.dk', 'example.com'))}", "EMAIL")

    def account(self, style: int | None = None) -> list[Part]:
        rng = self.rng
        if self.neg:
            return [self.pick(("[kontonr.]", f"******{rng.randint(1000, 9999)}"))]
        reg = f"{rng.randint(1000, 9899)}"
        konto = f"{rng.randrange(10**10):010d}"
        style = rng.randrange(5) if style is None else style
        if style == 0:
            return [(f"{reg}-{konto}", "BANK_ACCOUNT")]
        if style == 1:
            return [(f"{reg} {konto}", "BANK_ACCOUNT")]
        if style == 2:
            return [f"reg.nr. {reg}, kontonr. ", (konto, "BANK_ACCOUNT")]
        if style == 3:
            return [f"reg. {reg} konto ", (konto[2:], "BANK_ACCOUNT")]
        return [f"reg.nr. {reg} kontonr. ", (konto[3:], "BANK_ACCOUNT")]

    def iban(self, country: str | None = None) -> Part:
        if self.neg:
            return f"DK{self.rng.randint(10, 99)}XXXXXXXXXX{self.rng.randint(1000, 9999)}"
        value = _iban(self.rng, country or self.pick(tuple(IBAN_LENGTH)))
        return (grouped(value) if self.rng.random() < 0.6 else value, "IBAN")

    def card(self) -> Part:
        rng = self.rng
        if self.neg:
            return f"**** **** **** {rng.randint(1000, 9999)}"
        prefix = self.pick(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 5))
        value = body + _luhn_digit(body)
        return (grouped(value) if rng.random() < 0.65 else value, "CARD")

    def expiry(self) -> Part:
        if self.neg:
            return "**/**"
        m, y = self.rng.randint(1, 12), self.rng.randint(26, 31)
        return (f"{m:02d}/{y}" if self.rng.random() < 0.7 else f"{m:02d}/20{y}", "CARD_EXPIRY")

    def cvv(self) -> Part:
        return "***" if self.neg else (f"{self.rng.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> Part:
        if self.neg:
            return "[kode]"
        digits = 6 if self.rng.random() < 0.8 else 8
        return (f"{self.rng.randrange(10**digits):0{digits}d}", "OTP")

    def mitid(self, p: Person) -> Part:
        if self.neg:
            return "[bruger-id]"
        g = p.given.lower().translate(str.maketrans("æøåöü", "eoaou"))
        s = p.surname.lower().split("-")[0].translate(str.maketrans("æøåöü", "eoaou"))
        stem = self.pick((g + s[:3], g[:3] + s, g, s + g[:2]))
        tail = self.pick((f"{p.born:%y}", f"{p.born.year}", f"{self.rng.randint(10, 99)}"))
        return (stem + tail, "MITID_USER")

    def plate(self) -> Part:
        if self.neg:
            return "[nummerplade]"
        rng = self.rng
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        a, b = rng.randint(10, 99), rng.randint(100, 999)
        return (f"{letters} {a} {b}" if rng.random() < 0.7 else f"{letters}{a}{b}", "NUMBER_PLATE")

    # ---- look-alikes (never labelled)
    def amount(self) -> str:
        rng = self.rng
        kr = rng.randint(1, 250) * 1000 + rng.choice((0, 0, 500, 250, 995))
        text = f"{kr:,}".replace(",", ".")
        if rng.random() < 0.5:
            text += f",{rng.choice(('00', '50', '95', '25'))}"
        return f"{text} kr." if rng.random() < 0.7 else f"kr. {text}"

    def when(self) -> str:
        d = date(2026, 1, 1) + timedelta(days=self.rng.randrange(330))
        return f"{d:%d.%m.%Y}"

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 22):02d}.{self.rng.randint(0, 59):02d}"

    def txid(self) -> str:
        return f"TRX-{self.rng.randint(2601, 2612)}-{self.rng.randrange(16**6):06X}"

    def case(self) -> str:
        return self.pick(
            (
                f"SAG-2026-{self.rng.randint(10000, 99999)}",
                f"ESK-{self.rng.randint(10000, 99999)}",
                f"FT j.nr. 26-{self.rng.randint(1000, 9999)}-{self.rng.randint(100, 999)}",
            )
        )

    def rate(self) -> str:
        return f"{self.rng.randint(0, 19)},{self.rng.randint(0, 99):02d} % " + self.pick(
            ("p.a.", "ÅOP", "rente")
        )

    def product(self) -> str:
        head = self.pick(("KORT", "KONTO", "LÅN"))
        return f"{head}-{self.pick(('FLX', 'BAS', 'GLD', 'SPAR'))}-{self.rng.randint(10, 99)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(10**7, 10**8 - 1)}"

    def masked_card(self) -> str:
        last = self.rng.randint(1000, 9999)
        return self.pick((f"**** **** **** {last}", f"******{last}"))

    def masked_mail(self) -> str:
        return f"{self.rng.choice('abdehjklmnst')}***@example.{self.pick(('dk', 'com'))}"


class Doc:
    def __init__(self) -> None:
        self.text: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def add(self, *parts: Part | list[Part]) -> None:
        for part in parts:
            if isinstance(part, list):
                self.add(*part)
            elif isinstance(part, tuple):
                value, kind = part
                self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
                self.text.append(value)
                self.n += len(value)
            else:
                self.text.append(part)
                self.n += len(part)


def _branch(c: Ctx) -> tuple[str, str, str]:
    return c.pick(BRANCHES)


def _staff(c: Ctx) -> Person:
    return Person(c.rng)


# ---------------------------------------------------------------------------- genres


def moedenotat(c: Ctx, d: Doc) -> None:
    bank, addr, nr = _branch(c)
    v, r = Person(c.rng), _staff(c)
    d.add(f"{bank}, filialnr. {nr}, {addr}\nMØDENOTAT – {c.when()} {c.clock()}\n",
          f"Sag: {c.case()}\nRådgiver: ", c.name(r, "full", 4), "\nKunde: ",
          c.name(v, c.pick(("full", "caps", "inverted", "three")), 0), ", CPR ", c.cpr(v),
          "\n")  # fmt: skip
    d.add("Adresse: ", c.address(False), "\nTlf. ", c.phone(), "\n\n")
    d.add(c.name(v, "given", 0), " henvendte sig i filialen efter et opkald fra en falsk "
          f"medarbejder fra {c.pick(AUTHORITIES[:2])}. Opkaldet kom fra ", c.phone(foreign=True),
          ". Kunden oplyste sit MitID bruger-id ", c.mitid(v), " og læste engangskoden ",
          c.otp(), " op. Kort efter blev der overført ", c.amount(), " til ", c.iban(),
          f" ({c.txid()}).\n")  # fmt: skip
    if c.rng.random() < 0.6:
        d.add("Kortet ", c.card(), " med udløb ", c.expiry(), " og CVV ", c.cvv(),
              " blev også oplyst og er nu spærret.\n")  # fmt: skip
    d.add("Kundens konto: ", c.account(), f"\nRente på kassekredit: {c.rate()}\n")
    d.add("Aftalt: indsigelse udfyldes i dag, ", c.gen(v, 0), " søn ",
          c.name(Person(c.rng, False), "full", 1), " deltager som bisidder.\n", "Noteret af ",
          c.name(r, c.pick(("initial", "given", "full")), 4), "\n")  # fmt: skip


def indsigelse(c: Ctx, d: Doc) -> None:
    bank, addr, nr = _branch(c)
    v = Person(c.rng)
    d.add(f"INDSIGELSE MOD BETALING – {bank}\n(afskrift af håndskrevet blanket, {c.case()})\n\n",
          "Navn (blokbogstaver): ", c.name(v, "caps", 0), "\nCPR-nr.: ", c.cpr(v),
          "\nAdresse: ", c.address(True), "\nTelefon: ", c.phone(), "\nE-mail: ", c.email(v),
          "\n\n")  # fmt: skip
    d.add("Kortnummer: ", c.card(), "   Udløb: ", c.expiry(), "\n")
    d.add("Transaktion: ", c.txid(), f", {c.when()} {c.clock()}, {c.amount()}\n")
    d.add("Modtager-IBAN: ", c.iban(), f" (BIC {c.pick(BICS)})\n")
    d.add("Beskrivelse [delvist ulæseligt]: jeg fik en sms med koden ", c.otp(),
          " og en mand der sagde han hed ", c.name(Person(c.rng), c.pick(("given", "full")), 1),
          " bad mig taste den. min bil ", c.plate(), " stod uden for.\n")  # fmt: skip
    d.add("Udbetaling til: ", c.account(), "\n\nUnderskrift: ",
          c.name(v, c.pick(("full", "lower", "initial")), 0),
          f"\nModtaget i filial {nr}, {addr}\n")  # fmt: skip


def fuldmagt(c: Ctx, d: Doc) -> None:
    bank, addr, _nr = _branch(c)
    g, f = Person(c.rng), Person(c.rng)
    d.add(f"FULDMAGT\n{bank} · {addr} · CVR-nr. {c.rng.randint(10**7, 10**8 - 1)}\n\n",
          "Fuldmagtsgiver: ", c.name(g, c.pick(("full", "three", "caps")), 0), "\nfødt ",
          c.dob(g), ", CPR ", c.cpr(g), "\nBopæl: ", c.address(True), "\n\n")  # fmt: skip
    co = Person(c.rng)
    d.add("Giver hermed fuldmagt til: ", c.name(f, c.pick(("full", "inverted", "three")), 2),
          "\nCPR-nr. ", c.cpr(f), "\nc/o ", c.name(co, "full", 3), "\n", c.address(True),
          "\nTlf. ", c.phone(), ", e-mail ", c.email(f), "\n\n")  # fmt: skip
    d.add("Omfang: at disponere over konto ", c.account(),
          f" ({c.pick(PRODUCTS)}, {c.product()}) og at indgive indsigelser på mine vegne.\n",
          "Gyldig fra ", c.when(), ".\n\nUnderskrift fuldmagtsgiver: ", c.name(g, "initial", 0),
          "\nVitterlighedsvidne: ", c.name(Person(c.rng), c.pick(("full", "caps")), 3), ", ",
          c.address(False, lower=c.rng.random() < 0.3), "\n")  # fmt: skip


def kyc(c: Ctx, d: Doc) -> None:
    bank, _addr, nr = _branch(c)
    p = Person(c.rng)
    d.add(f"KEND DIN KUNDE – opdatering af oplysninger ({bank}, filial {nr})\n\n",
          "1. Fulde navn: ", c.name(p, c.pick(("three", "full", "inverted")), 0), "\n",
          "2. Fødselsdato: ", c.dob(p), "\n3. CPR-nummer: ", c.cpr(p), "\n",
          "4. Adresse: ", c.address(c.rng.random() < 0.5), "\n",
          "5. Mobil: ", c.phone(), "   Fastnet: ", c.phone(), "\n",
          "6. E-mail: ", c.email(p), "\n",
          "7. MitID bruger-id: ", c.mitid(p), "\n",
          "8. Lønkonto: ", c.account(), "\n",
          "9. Konti i udlandet (IBAN): ", c.iban(), "\n")  # fmt: skip
    d.add("10. Forventet månedlig indbetaling: ", c.amount(), "\n",
          "11. Bil (reg.nr. til parkeringslån): ", c.plate(), "\n",
          f"12. Produkt: {c.pick(PRODUCTS)} ({c.product()}), rente {c.rate()}\n",
          "Opdateret af ", c.name(_staff(c), "initial", 4), f" {c.when()}\n")  # fmt: skip


def kvittering(c: Ctx, d: Doc) -> None:
    bank, addr, _nr = _branch(c)
    p, m = Person(c.rng), Person(c.rng)
    d.add(f"{bank} – Kvittering for overførsel\n{addr}\n\n",
          f"Transaktions-id: {c.txid()}\nDato: {c.when()} {c.clock()}\n",
          "Fra konto: ", c.account(c.rng.choice((0, 1))), " (",
          c.name(p, c.pick(("caps", "full")), 0), ")\n",
          "Til: ", c.name(m, c.pick(("full", "caps", "inverted")), 1), ", IBAN ", c.iban(),
          f"\nBIC: {c.pick(BICS)}\nBeløb: {c.amount()}\nGebyr: {c.amount()}\n",
          "Godkendt med engangskode ", c.otp(), "\n\n")  # fmt: skip
    d.add(f"KONTOUDTOG (uddrag) – {c.pick(PRODUCTS)}\n")
    for _ in range(c.rng.randint(2, 4)):
        d.add(f"{c.when()}  {c.txid()}  {c.amount()}  ")
        kind = c.rng.randrange(3)
        if kind == 0:
            d.add("Kortkøb ", c.card(), "\n")
        elif kind == 1:
            d.add("Overført til ", c.account(c.rng.choice((0, 1))), "\n")
        else:
            d.add(f"MobilePay {c.masked_card()}\n")
    d.add(f"Saldo: {c.amount()}\nKortholder: ", c.name(p, "inverted", 0), "\n")


def brev_spaerret(c: Ctx, d: Doc) -> None:
    bank, addr, nr = _branch(c)
    p, r = Person(c.rng), _staff(c)
    d.add(f"{bank}\n{addr}\nTlf. {c.pick(ORG_LINES)}\n\n",
          c.name(p, c.pick(("full", "caps", "three")), 0), "\n", c.address(True), "\n\n",
          f"{c.when()}\nVedr.: {c.case()}\n\nKære ", c.name(p, "given", 0), "\n\n",
          "Vi har midlertidigt spærret din konto ", c.account(), " og dit kort ", c.card(),
          " efter mistanke om misbrug. Din konto i udlandet ", c.iban(),
          " er ikke berørt.\n")  # fmt: skip
    d.add("Vi har registreret, at en person med mobilnummeret ", c.phone(),
          " har forsøgt at ændre din e-mail til ", c.email(Person(c.rng)), ". ",
          f"Du kan klage til {AUTHORITIES[0]}, {FT_ADDRESS}, eller ringe til os på "
          f"{c.pick(ORG_LINES)}. Ring 112 ved akut fare.\n\n", "Med venlig hilsen\n",
          c.name(r, c.pick(("given", "full")), 4), "\nKunderådgiver, filial ", nr, "\n",
          c.email(r) if c.rng.random() < 0.7 else "", "\n")  # fmt: skip


def haandskrevet(c: Ctx, d: Doc) -> None:
    bank, _addr, nr = _branch(c)
    p, k = Person(c.rng), Person(c.rng)
    p.born = p.born.replace(year=min(p.born.year, 1950))
    d.add(f"[Transskription af håndskrevet brev afleveret i filial {nr} d. {c.when()}]\n\n",
          f"til {bank}\n\n", "jeg hedder ", c.name(p, "lower", 0), " og er f. ", c.dob(p),
          ". mit cpr er ", c.cpr(p), " og jeg bor ", c.address(c.rng.random() < 0.3, lower=True),
          ".\n")  # fmt: skip
    d.add("en ung mand ringede fra ", c.phone(), " og sagde at min konto ", c.account(),
          " var i fare. jeg gav ham koden ", c.otp(), " og mit kort ", c.card(), " [utydeligt] ",
          c.expiry(), " kontrolcifre ", c.cvv(), ".\n", "min nabo ",
          c.name(k, c.pick(("givenlower", "lower", "full")), 1), " siger jeg skal ringe til "
          "jer. mit nummer er ", c.phone(), ".\n\nvenlig hilsen\n",
          c.name(p, c.pick(("given", "givenlower")), 0), "\n")  # fmt: skip


def mail_faelleskonto(c: Ctx, d: Doc) -> None:
    a, b = Person(c.rng), Person(c.rng)
    b.surname = a.surname if c.rng.random() < 0.5 else b.surname
    d.add("Fra: ", c.name(a, "full", 0), " <", c.email(a), ">\nTil: ", c.name(b, "full", 1),
          " <", c.email(b), f">\nDato: {c.when()} {c.clock()}\nEmne: Vores fælleskonto\n\n",
          "Hej ", c.name(b, "given", 1), "\n\nBanken har spærret fælleskontoen ", c.account(),
          ". Nogen har brugt ", c.gen(a, 0), " MitID (", c.mitid(a), ") og koden ", c.otp(),
          f". Der er trukket {c.amount()} til ", c.iban(), ".\n")  # fmt: skip
    d.add("Kan du ringe til rådgiveren, ", c.name(_staff(c), "full", 4), ", på ", c.phone(),
          "? Jeg er på arbejde til ", c.clock(), ".\n\nKh\n", c.name(a, "given", 0),
          "\n\n> Fra: ", c.name(b, "inverted", 1), "\n> Jeg har fået et brev til ",
          c.address(False), ". Vores bil ", c.plate(), " er også nævnt – mærkeligt.\n> ",
          c.name(b, c.pick(("given", "initial")), 1), "\n")  # fmt: skip


def eskalering(c: Ctx, d: Doc) -> None:
    bank, addr, nr = _branch(c)
    p, r = Person(c.rng), _staff(c)
    d.add(f"INTERN – ESKALERING TIL SVINDELTEAMET ({bank})\nFra filial {nr}, {addr}\n"
          f"Sag {c.case()}, oprettet {c.when()} {c.clock()}\n\n",
          "Kunde: ", c.name(p, c.pick(("caps", "inverted", "full")), 0), " (", c.cpr(p), ")\n",
          "Kontakt: ", c.phone(), " / ", c.email(p), "\n",
          "Berørte konti: ", c.account(), "; ", c.iban("DK"), "\n",
          "Kort: ", c.card(), ", udløb ", c.expiry(), ", CVC ", c.cvv(), "\n",
          "MitID bruger-id: ", c.mitid(p), ", OTP givet videre: ", c.otp(), "\n")  # fmt: skip
    d.add("Modtager: ", c.name(Person(c.rng), "caps", 1), ", ", c.iban(),
          f" ({c.pick(BICS)}), tlf. ", c.phone(foreign=True), "\n",
          "Bil set ved filialen: ", c.plate(), f"\nSamlet tab: {c.amount()}\n"
          f"Pseudonymiseret kopi sendt til {AUTHORITIES[1]}.\n", "/", c.name(r, "initial", 4),
          ", ", c.email(r), "\n")  # fmt: skip


BUILDERS: dict[str, Callable[[Ctx, Doc], None]] = {
    "moedenotat": moedenotat, "indsigelse": indsigelse, "fuldmagt": fuldmagt, "kyc": kyc,
    "kvittering": kvittering, "brev_spaerret": brev_spaerret, "haandskrevet": haandskrevet,
    "mail_faelleskonto": mail_faelleskonto, "eskalering": eskalering,
}  # fmt: skip


def _negative_extras(c: Ctx, d: Doc) -> None:
    """The look-alikes a pseudonymised copy keeps, so every kind occurs in negatives too."""
    d.add(f"\n[Pseudonymiseret] {c.pseudo[0]} / {c.pseudo[1]}: {c.case()}, {c.txid()}, "
          f"{c.amount()}, {c.when()} {c.clock()}, filialnr. {c.pick(BRANCHES)[2]}, "
          f"BIC {c.pick(BICS)}, {c.rate()}, {c.product()}, {c.cvr()}, "
          f"ring {c.pick(ORG_LINES)}, kort {c.masked_card()}, "
          f"mail {c.masked_mail()}\n")  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    negatives = round(size * NEGATIVES / SIZE)
    docs = []
    for i in range(size):
        negative = (i * negatives) // size != ((i + 1) * negatives) // size
        genre = GENRES[i % len(GENRES)]
        rng = random.Random(f"pii_blind55:{seed}:{i}")
        c, d = Ctx(rng, negative), Doc()
        BUILDERS[genre](c, d)
        if negative:
            _negative_extras(c, d)
        elif rng.random() < 0.3:
            d.add(f"\nKopi: {c.masked_card()}, {c.masked_mail()}\n")
        docs.append(
            {
                "id": f"blind55-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": "".join(d.text),
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
