"""The hundred-and-eighth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets, towns and organisations. Its theme is a
DRIVING SCHOOL chain and its students: fake lesson packages sold on social media, phishing for
theory-test and driving-test bookings through fake MitID pages, parents paying for teenagers,
instruction cars and their number plates, lesson logs, the school office's e-mails and refund
disputes. Eight genres: a student's report of a fake package advertised on social media (the
seller's alias, the account or IBAN paid to), a phishing report about a fake booking page (the
MitID user ID, the code read out, the card the "booking fee" was paid with), a parent's payment
agreement for a teenager (the parent's address block, the child's birth date, the card), a
driving instructor's lesson log (cars' plates, pick-up and drop-off points), the office's e-mail
thread (Fra:/Til:/Emne:, signatures), a refund dispute (the student's account, the fraudster's
IBAN), a Messenger-style chat with the office ("[14:02] Name: ...") and an enrolment form. The
names are those of Danes of all ages, Danes with roots elsewhere ("Nguyen Thi Lan", "Yusuf
Demir"), double surnames ("Bach-Thygesen"), names typed in lower case in a chat, names in
capitals on a form, surname first ("Holm, Agnete"), genitives ("Idas") and initials ("K. Vinther").

Conventions (exact offsets are scored):
- PERSON is a name as written, without a title or role ("kørelærer", "eleven", "mor"); "Holm,
  Agnete" is one span, a genitive s belongs to it, a lower-case chat name is PERSON. A
  fraudster's alias ("Jonas fra Færdselsstyrelsen") is PERSON, the unit after it is not.
  Organisations (also those that look like surnames: "Brink & Bech Køreteknik"), products,
  placeholders ("[NAVN]", "Elev A", "Forælder 1") and family words ("min datter") never are.
- ADDRESS is a private person's address from street name through number, letter and floor
  ("12B", "2. tv.", "st. th."), plus ", postcode town" on the same line or the postcode line of
  an address block (line break included). The driving schools' own addresses (letterheads,
  signatures, mødested, branch lists, return addresses, test venues, "3. sal") look the same
  but are NEVER labelled; a street named without a number is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0-3 for
  the 1900s, 4 for 2000-2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date
  with a four-digit year ("7. marts 2008", "07.03.2008", "7/3-2008", "07-03-2008") and only
  straight after "født", "f." or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges in ten written forms (country
  code and its brackets inside the span), and foreign numbers from fiction ranges only ("+44
  7700 900xxx", "+46 70 174 06 xx"). The schools' 70/80 lines and 114 are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, the office's too;
  masked ones ("k***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678") are one span; where
  the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the account is. IBAN
  has valid check digits and length, grouped by four or compact. CARD is Luhn-valid with a test
  prefix, grouped or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after
  "CVV", "cvc", "CVC" or "kontrolcifre". OTP is a code sent, asked for or given (6 or 8
  digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("EL 47 219",
  "EL47219"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts, dates and clock times, booking, order and case
  numbers ("BK-26-04417", "ORD-558213", "Elevnr. 40217"), CVR numbers, masked values, the
  schools' phone lines and addresses, companies, banks, products, job titles, street names
  without a number and family words. Documents of kind "negative" are the same genres
  pseudonymised: only stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]", "[CPR]", "[kode]"), pseudonyms
  ("Elev A"), masked values and such hard negatives remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind107 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 107_108
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "annonce",
    "phishing",
    "foraelder",
    "koerelog",
    "kontormail",
    "refusion",
    "chat",
    "tilmelding",
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
TEST_PREFIXES = ("4111111111", "4012888888", "5555555555", "5105105105", "4000056655")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "FI": 18, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56",
            "57", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76", "86",
            "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Agnete", "Ida", "Freja", "Sofie", "Karoline", "Mathilde", "Birthe", "Lone", "Yasmin",
         "Amira", "Signe", "Ellen", "Maja", "Katrine", "Vibeke", "Hanne", "Nadia", "Zofia",
         "Esther", "Laura", "Trine", "Aya", "Malou", "Gunhild")  # fmt: skip
MEN = ("Kasper", "Emil", "Oliver", "Malthe", "Bent", "Torben", "Yusuf", "Ahmad", "Jeppe",
       "Frederik", "Villads", "Rasmus", "Erik", "Palle", "Mikkel", "Tobias", "Ali", "Bjørn",
       "Sebastian", "Oskar", "Arne", "Hamid", "Niklas", "Ole")  # fmt: skip
MIDDLE = ("Marie", "Sofie", "Emilie", "Juul", "Munk", "Krog", "Skov", "Dam", "Bro", "Kirstine")
SURNAMES = ("Holm", "Vinther", "Bech", "Thygesen", "Kjærsgaard", "Lauritsen", "Demir", "Nguyen",
            "Østergaard", "Brink", "Mogensen", "Fisker", "Rahimi", "Kowalski", "Dalsgaard",
            "Bang", "Overgaard", "Søgaard", "Hauge", "Abdi", "Winther", "Lind", "Krogh",
            "Svendsen", "Iversen", "Aydin", "Hedegaard", "Bonde", "Riis", "Ladefoged")  # fmt: skip
DOUBLE = ("Bach-Thygesen", "Holm-Rahimi", "Skov-Lauritsen", "Juhl-Nielsen", "Brink-Aydin",
          "Kjær-Mogensen", "Lind-Østergaard", "Dam-Kowalski")  # fmt: skip
WHOLE = ("Nguyen Thi Lan", "Tran Van Minh", "Ana Lucia Ferreira", "Hassan Ali Omar",
         "Maria Elena Costa", "Le Thi Hoa")  # fmt: skip

# Private persons' streets and towns; the schools' own streets are kept apart below.
STREETS = ("Lærkevej", "Kirsebærhaven", "Grønnegade", "Skovbrynet", "Ahornvej", "Fasanstien",
           "Violvej", "Bakkedraget", "Nørremarken", "Præstevænget", "Engtoften", "Mågevej",
           "Sankt Olafs Gade", "Gammel Kirkevej", "Højvangen", "Solsikkevej", "Tjørnebakken",
           "Rosenhaven", "Bøgealle", "Kongshøjvej")  # fmt: skip
TOWNS = ("8000 Aarhus C", "8210 Aarhus V", "7100 Vejle", "5000 Odense C", "5220 Odense SØ",
         "9000 Aalborg", "6700 Esbjerg", "4000 Roskilde", "2800 Kongens Lyngby", "8600 Silkeborg",
         "2300 København S", "3400 Hillerød", "7400 Herning", "4700 Næstved",
         "8900 Randers C")  # fmt: skip

# The chain and the other schools, their branches (street and number, postcode and town).
CHAIN = "Grønt Lys Køreskoler"
BRANCHES = (
    ("Grønt Lys Aarhus", "Mølletoften 14", "8210 Aarhus V"),
    ("Grønt Lys Vejle", "Havnegade 41B", "7100 Vejle"),
    ("Grønt Lys Odense", "Bygmestervej 7", "5220 Odense SØ"),
    ("Grønt Lys Aalborg", "Egeskovvej 22", "9000 Aalborg"),
    ("Grønt Lys Roskilde", "Rugmarken 9", "4000 Roskilde"),
    ("Grønt Lys Lyngby", "Kastanievej 118", "2800 Kongens Lyngby"),
)
OTHER_ORGS = (
    ("Brink & Bech Køreteknik", "Stationsvej 60", "8600 Silkeborg"),
    ("Kørelærer Lund ApS", "Tværgade 5", "7400 Herning"),
    ("Holst & Co Trafikskole", "Fabriksvej 31A", "4700 Næstved"),
)
TEST_CENTRES = (
    ("prøvecenteret", "Industrivej 88", "8900 Randers C"),
    ("køretekniske anlæg", "Banevænget 3", "3400 Hillerød"),
)
ORG_STREETS = ("Mølletoften", "Havnegade", "Bygmestervej", "Egeskovvej", "Rugmarken",
               "Kastanievej", "Stationsvej", "Tværgade", "Fabriksvej", "Industrivej",
               "Banevænget")  # fmt: skip


def _org_forms() -> tuple[str, ...]:
    forms = []
    for _, street, town in BRANCHES + OTHER_ORGS + TEST_CENTRES:
        forms += [f"{street}, 3. sal, {town}", f"{street}, {town}", f"{street}\n{town}", street]
    return tuple(sorted(forms, key=len, reverse=True))


ORG_ADDRESSES = _org_forms()
ORG_LINES = ("70 22 14 14", "70 31 12 00", "80 20 30 90", "70221414")
COMPANIES = (CHAIN, "Brink & Bech Køreteknik", "Kørelærer Lund ApS", "Holst & Co Trafikskole",
             "Færdselsstyrelsen")  # fmt: skip
BANKS = ("Fjordbanken", "Sparekassen Vestkyst", "Lillebælt Andelskasse")
PRODUCTS = ("Lynpakke 10", "Weekend-turbo", "Teoripakke Plus", "Køreprøvepakke Basis",
            "Glatbanepakken")  # fmt: skip
FAMILY = ("min søn", "min datter", "vores søn", "vores datter", "hans mor", "hendes far")
TITLES = ("kørelærer", "kontorassistent", "afdelingsleder", "teorilærer", "bogholder")
ALIAS_UNITS = ("Færdselsstyrelsen", "MitID-support", "bookingteamet", "Grønt Lys Support")
PSEUDONYMS = ("Elev A", "Elev B", "Forælder 1", "Kørelærer 1", "Kunde A", "Medarbejder 2")
SIGNOFF_STAFF = ("kontorassistent", "afdelingsleder", "bogholder")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNOPRSTUVXYZ"
DOMAINS = ("example.dk", "example.com", "mail.example.dk", "example.net", "post.example.dk")
OFFICE_MAILS = ("kontor@groentlys.example.dk", "refusion@groentlys.example.dk",
                "booking@groentlys.example.dk")  # fmt: skip
MASKED_MAILS = ("k***@groentlys.example.dk", "a***@example.dk", "m***@mail.example.dk")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": ".", "-": "."})
    return text.lower().translate(table)


class Doc:
    """A document written piece by piece; labelled pieces become spans in positives."""

    def __init__(self, rng: random.Random, positive: bool, cycles: dict[str, int]) -> None:
        self.rng = rng
        self.positive = positive
        self.cycles = cycles
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def lab(self, value: str, kind: str) -> Doc:
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def turn(self, name: str, count: int) -> int:
        n = self.cycles.get(name, 0)
        self.cycles[name] = n + 1
        return n % count

    def pick(self, options: tuple | list) -> str:
        return self.rng.choice(options)

    # --- personal values: real and labelled in positives, stand-ins in negatives ---

    def person(self, form: str = "plain", pseudonym: str | None = None) -> str:
        r = self.rng
        if not self.positive:
            text = pseudonym or r.choice(("[NAVN]", *PSEUDONYMS))
            self.t(text)
            return text
        first = r.choice(WOMEN + MEN)
        sur = r.choice(SURNAMES)
        if form == "three":
            name = r.choice((f"{first} {r.choice(MIDDLE)} {sur}", r.choice(WHOLE)))
        elif form == "hyphen":
            name = f"{first} {r.choice(DOUBLE)}"
        elif form == "surfirst":
            name = f"{r.choice((sur, *DOUBLE))}, {first}"
        elif form == "upper":
            name = r.choice((f"{first} {sur}", f"{first} {r.choice(DOUBLE)}")).upper()
        elif form == "lower":
            name = r.choice((first, f"{first} {sur}")).lower()
        elif form == "initial":
            initial = r.choice("ABEFHKLMNOST")
            name = f"{initial}. {r.choice((sur, *DOUBLE))}"
        elif form == "genitive":
            name = r.choice([n for n in WOMEN + MEN if n[-1] not in "sxz"]) + "s"
        elif form == "first":
            name = first
        else:
            name = f"{first} {sur}"
        self.lab(name, "PERSON")
        return name

    def alias(self) -> None:
        if self.positive:
            self.lab(self.pick(("Jonas", "Camilla", "Patrick", "Louise", "Daniel")), "PERSON")
        else:
            self.t(self.pick(("[NAVN]", "Medarbejder 2")))

    def address(self, form: str = "comma") -> None:
        if not self.positive:
            self.t("[ADRESSE]")
            return
        r = self.rng
        number = f"{r.randint(1, 160)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        floor = r.choice(("", "", ", st. th.", ", 1. tv.", ", 2. mf.", ", 3. th.", ", 4. tv."))
        street = f"{r.choice(STREETS)} {number}{floor}"
        town = r.choice(TOWNS)
        if form == "block":
            value = f"{street}\n{town}"
        elif form == "bare":
            value = street
        else:
            value = f"{street}, {town}"
        self.lab(value, "ADDRESS")

    def cpr(self) -> date | None:
        """A CPR number (its birth date returned) or, in a negative, a stand-in."""
        r = self.rng
        if not self.positive:
            self.t(
                r.choice(("[CPR]", "[CPR]", f"{r.randint(10, 28):02d}0{r.randint(1, 9)}05-xxxx"))
            )
            return None

        while True:
            born = date(1950, 1, 1) + timedelta(days=r.randint(0, 20000))
            if born.year > 2005:
                continue
            century = str(r.randint(0, 3)) if born.year < 2000 else "4"
            digits = born.strftime("%d%m%y") + century + f"{r.randint(0, 999):03d}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        forms = (
            f"{digits[:6]}-{digits[6:]}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:6]} {digits[6:]}",
        )
        self.lab(forms[self.turn("cpr", 4)], "CPR")
        return born

    def birth(self, young: bool = False, born: date | None = None) -> None:
        if not self.positive:
            self.t("[fødselsdato]")
            return
        r = self.rng
        start = date(2006, 1, 1) if young else date(1952, 1, 1)
        born = born or start + timedelta(days=r.randint(0, 1300 if young else 15000))
        d, m, y = born.day, born.month, born.year
        forms = (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
        self.lab(forms[self.turn("dob", 4)], "DATE_OF_BIRTH")

    def phone(self) -> None:
        r = self.rng
        if not self.positive:
            self.t(r.choice(("[TLF]", "[TLF]", f"+45 ** ** ** {r.randint(10, 99)}")))
            return
        n = r.choice(MOBILE + LANDLINE) + f"{r.randint(0, 999999):06d}"
        spaced = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        forms = (
            f"+45 {n}",
            f"+45 {spaced}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {spaced}",
            f"0045 {n}",
            spaced,
            n,
            f"+45{n}",
            spaced.replace(" ", "."),
            f"+44 7700 900{r.randint(0, 999):03d}",
            f"+46 70 174 06 {r.randint(5, 99):02d}",
        )
        self.lab(forms[self.turn("phone", 12)], "PHONE")

    def email(self, name: str | None = None) -> None:
        r = self.rng
        if not self.positive:
            self.t(r.choice(("[e-mail]", *MASKED_MAILS)))
            return
        first = _ascii(name.split(",")[0].split()[0]) if name and name[0] != "[" else ""
        local = first or _ascii(r.choice(WOMEN + MEN))
        local += r.choice(("", ".", "_")) + _ascii(r.choice(SURNAMES))
        local += r.choice(("", "", str(r.randint(1, 99))))
        self.lab(f"{local}@{r.choice(DOMAINS)}", "EMAIL")

    def office_mail(self) -> None:
        if self.positive:
            self.lab(self.pick(OFFICE_MAILS), "EMAIL")
        else:
            self.t(self.pick((*MASKED_MAILS[:1], "[e-mail]")))

    def bank(self) -> None:
        r = self.rng
        if not self.positive:
            self.t(r.choice(("[kontonr.]", f"****-******{r.randint(1000, 9999)}")))
            return
        reg = f"{r.randint(1100, 9899)}"
        account = f"{r.randint(0, 99) * 10**8 + r.randint(10**7, 10**8 - 1):010d}"
        form = r.randrange(4)
        if form == 0:
            self.lab(f"{reg}-{account}", "BANK_ACCOUNT")
        elif form == 1:
            self.lab(f"{reg} {account}", "BANK_ACCOUNT")
        elif form == 2:
            self.t(f"reg.nr. {reg}, kontonr. ").lab(account, "BANK_ACCOUNT")
        else:
            self.t(f"reg. {reg} konto ").lab(account[2:], "BANK_ACCOUNT")

    def iban(self) -> None:
        r = self.rng
        if not self.positive:
            self.t(r.choice(("[IBAN]", f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}")))
            return
        country = r.choice(tuple(IBAN_LENGTH))
        bban = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
        number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - number % 97:02d}{bban}"
        self.lab(r.choice((compact, grouped(compact), grouped(compact))), "IBAN")

    def card(self) -> None:
        r = self.rng
        if not self.positive:
            self.t(f"**** **** **** {r.randint(1000, 9999)}")
            return
        body = r.choice(TEST_PREFIXES) + f"{r.randint(0, 99999):05d}"
        for check in "0123456789":
            digits = [int(c) for c in reversed(body + check)]
            total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
                        for i, d in enumerate(digits))  # fmt: skip
            if total % 10 == 0:
                break
        compact = body + check
        self.lab(r.choice((compact, grouped(compact))), "CARD")

    def expiry(self) -> None:
        r = self.rng
        if not self.positive:
            self.t("**/**")
            return
        month, year = r.randint(1, 12), r.randint(26, 31)
        self.lab(r.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}")), "CARD_EXPIRY")

    def cvv(self) -> None:
        cue = self.pick(("CVV", "cvc", "CVC", "kontrolcifre"))
        self.t(f"{cue} ")
        if self.positive:
            self.lab(f"{self.rng.randint(100, 999)}", "CARD_CVV")
        else:
            self.t("***")

    def otp(self) -> None:
        r = self.rng
        if not self.positive:
            self.t("[kode]")
            return
        self.lab(
            r.choice((f"{r.randint(100000, 999999)}", f"{r.randint(10**7, 10**8 - 1)}")), "OTP"
        )

    def mitid(self) -> None:
        r = self.rng
        if not self.positive:
            self.t("[bruger-id]")
            return
        stem = _ascii(r.choice(WOMEN + MEN + SURNAMES)).replace(".", "")
        tail = r.choice((f"{r.randint(10, 99)}", f"19{r.randint(50, 99)}", f"200{r.randint(0, 5)}"))
        self.lab(stem + r.choice(("", "bil", "koer")) + tail, "MITID_USER")

    def plate(self) -> None:
        r = self.rng
        if not self.positive:
            self.t(
                r.choice(
                    ("[nummerplade]", f"{r.choice(PLATE_LETTERS)}{r.choice(PLATE_LETTERS)} ** ***")
                )
            )
            return
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randint(10, 99)} {r.randint(100, 999)}"
        value = (
            f"{letters} {digits}"
            if self.turn("plate", 3)
            else f"{letters}{digits.replace(' ', '')}"
        )
        self.lab(value, "NUMBER_PLATE")

    # --- hard negatives ---

    def org(
        self, form: str | None = None, which: tuple[str, str, str] | None = None
    ) -> tuple[str, str, str]:
        """An organisation's address, never labelled; returns (name, street, town)."""
        r = self.rng
        name, street, town = which or r.choice(BRANCHES + OTHER_ORGS)
        form = form or r.choice(("comma", "block", "floor", "bare"))
        if form == "block":
            self.t(f"{street}\n{town}")
        elif form == "floor":
            self.t(f"{street}, 3. sal, {town}")
        elif form == "bare":
            self.t(street)
        else:
            self.t(f"{street}, {town}")
        return name, street, town

    def amount(self) -> str:
        r = self.rng
        value = r.choice((f"{r.randint(1, 29)}.{r.randint(0, 999):03d}", f"{r.randint(95, 999)}"))
        cents = r.choice(("", ",00", ",50", ",95"))
        return r.choice((f"{value}{cents} kr.", f"kr. {value}{cents}"))

    def when(self) -> str:
        r = self.rng
        day = date(2026, 1, 5) + timedelta(days=r.randint(0, 300))
        return r.choice((day.strftime("%d.%m.%Y"), day.strftime("%d.%m.%y"), day.isoformat()))

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 20):02d}.{self.rng.choice((0, 15, 30, 45)):02d}"

    def booking(self) -> str:
        r = self.rng
        return r.choice((f"BK-26-{r.randint(0, 99999):05d}", f"ORD-{r.randint(100000, 999999)}",
                         f"Elevnr. {r.randint(10000, 99999)}"))  # fmt: skip

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(10000000, 99999999)}"

    def line(self) -> str:
        return self.pick(ORG_LINES)

    def bare_street(self) -> str:
        return f"ved {self.pick(STREETS + ORG_STREETS)}"


def _letterhead(d: Doc) -> None:
    which = d.rng.choice(BRANCHES)
    d.t(f"{d.pick((CHAIN, which[0]))}\n")
    d.org("block", which)
    d.t(f"\nTlf. {d.line()} · {d.cvr()}\n\n")


def _signature(d: Doc, staff: bool = True) -> None:
    d.t("\n\nVenlig hilsen\n")
    if staff:
        d.person(d.pick(("plain", "initial", "plain")), "Medarbejder 2")
        d.t(f", {d.pick(SIGNOFF_STAFF)}\n")
    which = d.rng.choice(BRANCHES + OTHER_ORGS)
    d.t(f"{CHAIN if which in BRANCHES else which[0]}, ")
    d.org(d.pick(("comma", "floor", "comma")), which)
    d.t(f" · {d.line()}")


def annonce(d: Doc) -> None:
    r = d.rng
    if r.random() < 0.5:
        _letterhead(d)
    d.t(f"Anmeldelse af falsk opslag ({d.booking()}), modtaget {d.when()}\n\n")
    d.t("Elev: ")
    name = d.person(r.choice(("plain", "three", "hyphen")), "Elev A")
    d.t(", tlf. ")
    d.phone()
    if r.random() < 0.7:
        d.t(", mail ")
        d.email(name)
    d.t(f"\n\nEleven så et opslag på Instagram om »{d.pick(PRODUCTS)}« til {d.amount()} ")
    d.t(f"(normalpris hos os {d.amount()}). Sælgeren kaldte sig ")
    d.alias()
    d.t(f" fra {d.pick(ALIAS_UNITS)} og bad om betaling til ")
    if r.random() < 0.5:
        d.bank()
    else:
        d.t("en udenlandsk konto ")
        d.iban()
    d.t(f". {d.pick(FAMILY).capitalize()} betalte {d.amount()} {d.clock()}.\n")
    if r.random() < 0.4:
        d.t("Eleven gav også sin adresse til »levering af teoribog«: ")
        d.address("comma")
        d.t(".\n")
    if r.random() < 0.5:
        d.t("Opslaget angav mødested ")
        d.t(f"{d.bare_street()}. Vores rigtige afdelinger: ")
        d.org("comma")
        d.t(" og ")
        d.org("bare")
        d.t(".\n")
    d.t(f"Vi sælger kun pakker på vores egen side. Spørgsmål: {d.line()}.")


def phishing(d: Doc) -> None:
    r = d.rng
    d.t(f"Hændelsesnotat {d.booking()} · {d.when()} {d.clock()}\n")
    d.t(f"Udfyldt af {d.pick(TITLES)} ")
    d.person(r.choice(("initial", "plain")), "Medarbejder 2")
    d.t("\n\n")
    name = d.person(r.choice(("plain", "three", "hyphen", "upper")), "Elev B")
    d.t(" fik en SMS om at teoriprøven skulle »bekræftes« via et link til en falsk MitID-side. ")
    d.t("Afsenderen kaldte sig ")
    d.alias()
    d.t(f" fra {d.pick(ALIAS_UNITS)}. Eleven indtastede bruger-ID ")
    d.mitid()
    d.t(" og koden ")
    d.otp()
    d.t(" fra appen")
    if r.random() < 0.6:
        d.t(" samt CPR-nr. ")
        d.cpr()
    d.t(".\n")
    if r.random() < 0.75:
        d.t(f"Der blev trukket et »bookinggebyr« på {d.amount()} på kort ")
        d.card()
        d.t(", udløb ")
        d.expiry()
        d.t(", ")
        d.cvv()
        d.t(".\n")
    d.t("Kontakt eleven på ")
    d.phone()
    if r.random() < 0.6:
        d.t(" eller ")
        d.email(name)
    d.t(".\n")
    if r.random() < 0.5:
        _, street, town = r.choice(TEST_CENTRES)
        d.t(f"Den rigtige prøve er stadig booket på {street}, {town}.\n")
    d.t("Færdselsstyrelsen sender aldrig links. Politiet: 114.")


def foraelder(d: Doc) -> None:
    r = d.rng
    _letterhead(d)
    d.t("Betalingsaftale for køreundervisning\n\nBetaler: ")
    parent = d.person(r.choice(("plain", "hyphen", "three")), "Forælder 1")
    d.t("\n")
    d.address("block")
    d.t("\nTlf. ")
    d.phone()
    d.t("\n\nElev: ")
    child = r.choice([n for n in WOMEN + MEN if n[-1] not in "sxz"])
    if d.positive:
        d.lab(r.choice((child, f"{child} {r.choice(SURNAMES)}")), "PERSON")
    else:
        d.t("Elev A")
    d.t(f", {d.pick(('født', 'f.'))} ")
    d.birth(young=True)
    d.t(f"\nPakke: {d.pick(PRODUCTS)}, {d.amount()} ({d.booking()})\n\n")
    d.t(f"Jeg betaler for {d.pick(FAMILY[1:4:2] if child in WOMEN else FAMILY[0:3:2])} ")
    if d.positive:
        d.lab(f"{child}s", "PERSON")
    else:
        d.t("Elev A's")
    d.t(" køretimer")
    if r.random() < 0.75:
        d.t(" med kort ")
        d.card()
        d.t(" (udløb ")
        d.expiry()
        d.t(", ")
        d.cvv()
        d.t(")")
    d.t(".\n")
    if r.random() < 0.5:
        d.t("Eventuel refusion til ")
        d.bank()
        d.t(f" i {d.pick(BANKS)}.\n")
    if r.random() < 0.4:
        d.t("Kvittering sendes til ")
        d.email(parent)
        d.t(".\n")
    d.t("Returneres underskrevet til ")
    d.org(d.pick(("comma", "floor")))
    d.t(f", att. {d.pick(TITLES)}.")


def koerelog(d: Doc) -> None:
    r = d.rng
    d.t(f"Lektionslog uge {r.randint(2, 50)} · Kørelærer: ")
    d.person("surfirst", "Kørelærer 1")
    d.t("\nBil: ")
    d.plate()
    d.t(" (reserve: ")
    d.plate()
    d.t(")\nAfdeling: ")
    d.org(d.pick(("comma", "bare", "floor")))
    d.t("\n\n")
    for _ in range(r.randint(2, 3)):
        d.t(f"{d.when()} {d.clock()}: ")
        d.person(r.choice(("plain", "surfirst", "initial", "hyphen", "lower")), "Elev B")
        d.t(", afhentning ")
        if r.random() < 0.55:
            d.address(r.choice(("comma", "bare")))
        else:
            d.t("mødested ")
            d.org("bare")
        d.t(
            f" – lektion {r.randint(1, 29)}, "
            f"{d.pick(('bykørsel', 'motorvej', 'parkering', 'mørkekørsel'))}.\n"
        )
    if r.random() < 0.5:
        d.t("Elevens tlf. ved aflysning: ")
        d.phone()
        d.t(".\n")
    d.t(f"Aflevering ved afdelingen, ikke {d.bare_street()}. Nøgleboks i kælderen, ")
    d.org("bare")
    d.t(".")


def kontormail(d: Doc) -> None:
    r = d.rng
    d.t("Fra: ")
    name = d.person(r.choice(("plain", "hyphen", "three")), "Kunde A")
    d.t(" <")
    d.email(name)
    d.t(">\nTil: ")
    d.office_mail()
    d.t(f"\nDato: {d.when()} {d.clock()}\nEmne: Sv: Booking {d.booking()}\n\n")
    d.t(
        "Hej\n\nJeg har fået en mail om at min køreprøve er flyttet, "
        "og at jeg skal logge ind med MitID. "
    )
    if r.random() < 0.4:
        d.t("Jeg har allerede givet dem mit CPR-nr. ")
        d.cpr()
        d.t(" og koden ")
        d.otp()
        d.t(". ")
    if r.random() < 0.35:
        d.t("Min nye adresse er ")
        d.address(d.pick(("comma", "bare")))
        d.t(". ")
    d.t("Ring gerne på ")
    d.phone()
    d.t(".\n\n")
    d.t("> ---- Oprindelig mail ----\n> Fra: ")
    d.office_mail()
    d.t(f"\n> Vi har flyttet din prøve til {d.when()}. Mødested: ")
    d.org(d.pick(("comma", "floor")))
    d.t(". Medbring bilen ")
    if r.random() < 0.5:
        d.plate()
    else:
        d.t("fra afdelingen")
    d.t(".\n>")
    d.t(f" {CHAIN}, {d.cvr()}")
    _signature(d)


def refusion(d: Doc) -> None:
    r = d.rng
    if r.random() < 0.5:
        _letterhead(d)
    d.t(f"Refusionssag {d.booking()} · oprettet {d.when()}\n\nKlager: ")
    name = d.person(r.choice(("plain", "three", "hyphen", "surfirst")), "Kunde A")
    d.t(", ")
    d.address("comma")
    if r.random() < 0.4:
        d.t(", CPR ")
        d.cpr()
    d.t(
        f"\n\nKlageren købte »{d.pick(PRODUCTS)}« for {d.amount()} "
        "via et falsk opslag og betalte til "
    )
    d.iban()
    d.t(
        ". Pakken blev aldrig leveret, og klageren kræver nu refusion fra os, "
        "da opslaget brugte vores logo.\n"
    )
    if r.random() < 0.3:
        d.t("Kortet brugt: ")
        d.card()
        d.t(", udløb ")
        d.expiry()
        d.t(".\n")
    d.t(f"Afgørelse: {d.pick(('delvis refusion', 'ingen refusion', 'fuld refusion af gebyret'))} ")
    d.t(f"på {d.amount()} til ")
    d.bank()
    d.t(".\n")
    if r.random() < 0.4:
        d.t("Svar sendt til ")
        d.email(name)
        d.t(".\n")
    d.t("Klager kan indbringes for Ankenævnet. Skriv til ")
    d.org(d.pick(("comma", "floor")))
    d.t(f" eller ring {d.line()}.")


def chat(d: Doc) -> None:
    r = d.rng
    staff_form = r.choice(("plain", "first", "hyphen"))
    hour = r.randint(8, 20)
    minute = r.randint(0, 25)
    if d.positive:
        first = r.choice(WOMEN + MEN)
        student = r.choice((first.lower(), f"{first} {r.choice(SURNAMES)}", first))
        staff = (
            f"{r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}"
            if staff_form != "first"
            else r.choice(WOMEN)
        )
    else:
        student, staff = d.pick(("Elev A", "Kunde A")), d.pick(("Medarbejder 2", "Kørelærer 1"))

    def say(who: str) -> None:
        nonlocal minute
        minute += r.randint(0, 3)
        d.t(f"[{hour:02d}:{minute:02d}] ")
        if d.positive:
            d.lab(who, "PERSON")
        else:
            d.t(who)
        d.t(": ")

    d.t(f"Chat med {CHAIN} · {d.when()}\n")
    say(student)
    d.t(f"hej, jeg har købt {d.pick(PRODUCTS)} på facebook men har ikke fået nogen tider?\n")
    say(staff)
    d.t(f"Hej! Vi sælger ikke pakker på Facebook. Hvad betalte du? Vores sag: {d.booking()}\n")
    say(student)
    d.t(f"{d.amount()} til en der hed ")
    d.person(r.choice(("first", "plain")), "[NAVN]")
    d.t(". han ville også have min mitid kode, jeg sendte ")
    d.otp()
    d.t("\n")
    if r.random() < 0.5:
        say(student)
        d.t("og mit bruger id ")
        d.mitid()
        d.t(" :(\n")
    say(staff)
    d.t("Spær MitID med det samme. Hvilket nummer kan vi ringe på?\n")
    say(student)
    d.phone()
    d.t("\n")
    if r.random() < 0.5:
        say(student)
        d.t("i kan hente mig på ")
        d.address("bare")
        d.t(" til timen\n")
    if r.random() < 0.4:
        say(staff)
        d.t("Din kørelærer kommer i bilen ")
        d.plate()
        d.t(". Ellers mød op på ")
        d.org("bare")
        d.t(".\n")
    say(staff)
    d.t("Skriv også til ")
    d.office_mail()
    d.t(f" eller ring {d.line()} {d.clock()}.")


def tilmelding(d: Doc) -> None:
    r = d.rng
    d.t(f"TILMELDING · {CHAIN}\nAfleveres på ")
    d.org(d.pick(("comma", "floor", "block")))
    d.t(f"\n\n{d.booking()}\nNavn (blokbogstaver): ")
    d.person("upper", "[NAVN]")
    d.t("\nCPR-nr.: ")
    born = d.cpr()
    d.t("\nFødselsdato: ")
    d.birth(born=born)
    d.t("\nAdresse:\n")
    d.address("block")
    d.t("\nMobil: ")
    d.phone()
    d.t("\nE-mail: ")
    d.email()
    d.t(f"\nPakke: {d.pick(PRODUCTS)} ({d.amount()})\n")
    if r.random() < 0.6:
        d.t("Forælder/betaler: ")
        d.person(r.choice(("hyphen", "three")), "Forælder 1")
        d.t(", tlf. ")
        d.phone()
        d.t("\n")
    _, centre, centre_town = r.choice(TEST_CENTRES)
    d.t(f"Teoriprøve ønskes på {centre}, {centre_town} ")
    d.t(f"eller {d.bare_street()}.")


WRITERS: dict[str, Callable[[Doc], None]] = {
    "annonce": annonce,
    "phishing": phishing,
    "foraelder": foraelder,
    "koerelog": koerelog,
    "kontormail": kontormail,
    "refusion": refusion,
    "chat": chat,
    "tilmelding": tilmelding,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = size * NEGATIVES // SIZE
    plan = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    plan += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    rng.shuffle(plan)
    cycles: dict[str, int] = {}
    docs, seen = [], set()
    for number, (genre, kind) in enumerate(plan):
        while True:
            doc = Doc(rng, kind == "positive", cycles)
            WRITERS[genre](doc)
            text = "".join(doc.parts)
            if text not in seen:
                break
        seen.add(text)
        docs.append({
            "id": f"pii_blind107-{number:04d}",
            "genre": genre,
            "kind": kind,
            "text": text,
            "spans": doc.spans,
        })  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind107.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
