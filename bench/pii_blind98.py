"""A ninety-ninth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a MUNICIPALITY'S
DAYCARE AND SCHOOL ADMINISTRATION after a phishing wave against the parent portal (fake
"opdater dine oplysninger" mails, parents' MitID user IDs and codes given on calls, the
forældrebetaling account changed), in eight genres: the IT department's incident log of the
portal (a parent's e-mail, MitID user ID, phone and the code read out), an e-mail thread
(Fra:/Til:/Emne:) between a parent and a school office, Pladsanvisningen's note on a fee
account changed to a stranger's (the parent's CPR, the new reg.nr. and account or an IBAN), a
school enrolment record (the child's name in capitals, born on a date, the parents' addresses
on two lines), a parent chat with a daycare ("[07:52] mette: …" lines, lower-case names, a
grandparent's car), a police report by a parent (the card paid with on the fake page, its
expiry, a caller's alias "præsenterede sig som Jonas fra Pladsanvisningen"), a daycare's
pick-up authorisation (who may fetch the child, their phones and number plates) and a school
secretary's call note. The names are those of Danes of all ages, Danes with roots elsewhere
("Hodan Warsame", "Pham Thi Lan"), double surnames ("Bech-Ravnsholt"), three-word names and
the administration's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("pædagog", "skolesekretær", "mor");
  "Ravn, Sigrid" is one span; a genitive s belongs to it ("Sigrids"); a lower-case name typed
  in a chat ("sigrid") is PERSON. A caller's alias ("Jonas fra Pladsanvisningen") is PERSON,
  the unit is not. Institutions, the municipality, products, placeholders ("[NAVN]",
  "Forælder A", "Barn 1", "NN") and family words ("mormor", "min mand") are never PERSON.
- ADDRESS is a private address only: from the street name through number, letter, floor and
  side ("14B", "2. th."), plus ", postcode town" on the same line or on the next line of an
  address block (line break included). A street named without a number is not an address.
  The schools', daycares', offices' and shops' own addresses are never labelled, however
  written ("kom ind på …", "afhentes i …", letterheads, signatures, opening hours).
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to
  3 in the 1900s, 4 for 2000 to 2005), a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". Children's CPR numbers are
  only ever masked ("120318-xxxx"). A DATE_OF_BIRTH ("4. juni 2019", "04.06.2019", "4/6-2019",
  "04-06-2019") is labelled only straight after "født", "f." or "Fødselsdato:"; no other date
  or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code inside the span, and foreign numbers from fiction ranges
  only ("+44 7700 900xxx", "+46 70 174 06 xx", xx 05-99). Organisations' numbers (70/80
  lines, 112, 114, 1813) are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and the
  phishing sender's too; masked ones ("m***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only
  the account is. IBAN: valid check digits and its country's length, grouped by four or
  compact. CARD: Luhn-valid with a test prefix (TEST_PREFIXES), grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY". OTP: a one-time code sent, asked for or given (6 or 8
  digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("CV 41 207",
  "CV41207").
- Hard negatives, never labelled: institution numbers ("institutionsnr. 751204"), classes and
  rooms ("3.B", "stue 2"), case, journal, debtor, invoice and ticket numbers, amounts
  ("2.190 kr."), dates and times ("kl. 07.52", "[07:52]", "2026-03-04 09:14"), masked values
  ("120318-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 4444",
  "DK50XXXXXXXXXX1234", "reg. **** konto ****5512"), organisations' 70/80 lines and short
  numbers, the phishing links, institutions, companies, banks, products and family words.
  Documents of kind "negative" are the same genres after pseudonymisation: only such values,
  stand-ins ("[NAVN]", "[CPR]") and pseudonyms ("Forælder A", "Barn 1") remain. No run of ten
  or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind98 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 98
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
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)

WOMEN = (
    "Sigrid", "Birthe", "Lærke", "Annemette", "Tove", "Ida", "Maja", "Vibeke", "Hanne",
    "Karoline", "Signe", "Rikke", "Gudrun", "Nanna", "Solveig", "Josefine", "Camilla", "Tina",
    "Hodan", "Amal", "Fatma", "Zeynep", "Agnieszka", "Lan", "Marija", "Parisa", "Rukhsana",
    "Ellen", "Bodil", "Merete", "Stine", "Liva", "Asta", "Dorthe",
)  # fmt: skip
MEN = (
    "Anders", "Jonas", "Rasmus", "Torben", "Kasper", "Niels", "Bjarke", "Ejnar", "Morten",
    "Mikkel", "Frode", "Villads", "Oskar", "Aksel", "Henning", "Palle", "Thorkild", "Jesper",
    "Ahmad", "Mustafa", "Bilal", "Tomasz", "Minh", "Darius", "Emre", "Yusuf", "Arjun",
    "Søren", "Holger", "Carsten", "Lasse", "Malthe",
)  # fmt: skip
SURNAMES = (
    "Ravnsholt", "Kjeldgaard", "Bech", "Lundsgaard", "Thygesen", "Overgaard", "Dahlerup",
    "Skovbo", "Ibsen", "Krogh", "Mølgaard", "Vestergaard", "Fogh", "Brøndum", "Winther",
    "Hedegaard", "Nygaard", "Aagaard", "Sommer", "Damgaard", "Lind", "Fabricius", "Kirk",
    "Warsame", "Yilmaz", "Kowalczyk", "Hussaini", "Rahimi", "Demir", "Petrović", "Iqbal",
    "Schou", "Birk", "Munk", "Holt",
)  # fmt: skip
# Names written family name first ("Pham Thi Lan"): kept whole, never reordered.
VIETNAMESE = ("Pham Thi Lan", "Nguyen Van Minh", "Tran Thi Hoa", "Le Van Duc")
MIDDLE_WOMEN = ("Marie", "Louise", "Sofie", "Katrine")
MIDDLE_MEN = ("Peter", "Emil", "Kristian", "Ali")
CHILDREN_GIRLS = ("Alma", "Ellie", "Frida", "Lily", "Aya", "Nora", "Karla", "Olivia", "Zara")
CHILDREN_BOYS = ("Otto", "Alfred", "Emil", "Noah", "Adam", "Storm", "Bertram", "Elias", "Omar")
STREETS = (
    "Hvedemarken", "Ærtebjergvej", "Kløvervangen", "Lindholmsvej", "Tjørnevænget",
    "Skolebakken", "Æblehaven", "Rugmarken", "Brombærstien", "Bøgelunden", "Havrevej",
    "Stationsvej", "Kirkestræde", "Engtoften", "Mosevej", "Fasanvænget",
)  # fmt: skip
TOWNS = (
    ("7100", "Vejle"), ("7120", "Vejle Øst"), ("7080", "Børkop"), ("7183", "Randbøl"),
    ("8700", "Horsens"), ("7000", "Fredericia"), ("6000", "Kolding"), ("7300", "Jelling"),
    ("8722", "Hedensted"), ("7323", "Give"),
)  # fmt: skip
MUNICIPALITY = "Åbjerg Kommune"
# The administration's own places: never labelled, however they are written.
ORG_ADDRESSES = (
    "Rådhustorvet 3, 7100 Vejle",
    "Rådhustorvet 3",
    "Søndermarksvej 41, 7100 Vejle",
    "Søndermarksvej 41",
    "Hjortebakken 2, 7080 Børkop",
    "Hjortebakken 2",
    "Vinkelvej 9, 7120 Vejle Øst",
    "Vinkelvej 9",
    "Gammel Møllevej 18, 7300 Jelling",
    "Gammel Møllevej 18",
    "Tinghusgade 6, 7100 Vejle",
    "Tinghusgade 6",
)
INSTITUTIONS = (
    ("Pladsanvisningen", "Rådhustorvet 3, 7100 Vejle"),
    ("Søndermarkskolen", "Søndermarksvej 41, 7100 Vejle"),
    ("Børnehuset Hjortebakken", "Hjortebakken 2, 7080 Børkop"),
    ("Vuggestuen Vinkelvej", "Vinkelvej 9, 7120 Vejle Øst"),
    ("Jelling Friskole", "Gammel Møllevej 18, 7300 Jelling"),
    ("Borgerservice", "Tinghusgade 6, 7100 Vejle"),
)
SCHOOLS = (INSTITUTIONS[1], INSTITUTIONS[4])
DAYCARES = INSTITUTIONS[2:4]
COMPANIES = ("Aula", "KMD Institution", "Nets", "MobilePay", "Digital Post", "e-Boks")
BANKS = ("Vejle Sparekasse", "Andelskassen Midt", "Nordbanken", "Jyske Andelsbank")
PRODUCTS = ("SFO-modul", "madordning", "fripladstilskud", "søskendetilskud", "klubkontingent")
FAMILY = ("mormor", "morfar", "farmor", "farfar", "min mand", "min kone", "storesøster")
ALIAS_UNITS = ("Pladsanvisningen", "kommunens IT-support", "Aula-supporten", "Borgerservice")
ORG_LINES = ("70 11 24 24", "80 20 60 70", "7022 1300", "80 88 11 00", "1813", "114")
PHISHING_LINKS = (
    "https://aula-opdater.example.net/log-ind",
    "https://forældreportal-sikker.example.com/opdater",
    "http://kommune-betaling.example.net/mitid",
)
PSEUDONYMS = (
    "Forælder A", "Forælder B", "Barn 1", "Barn 2", "Medarbejder 1", "Medarbejder 2",
    "Gerningsperson 1",
)  # fmt: skip
STAND_INS = ("[NAVN]", "NN", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "LT": 20, "FI": 18}
MOBILE = ("20", "21", "22", "26", "27", "28", "29", "30", "31", "40", "42", "50", "53", "60", "61")
LANDLINE = ("32", "33", "36", "43", "45", "48", "62", "65", "75", "76", "86", "98")
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
TODAY = date(2026, 3, 4)

Piece = tuple[str, str | None]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    role: str  # parent, child, staff, alias: which pseudonym stands in for them
    middle: str = ""
    whole: str = ""  # a name kept as written ("Pham Thi Lan")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(rng: random.Random, country: str) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def _cpr_digits(rng: random.Random, born: date) -> str:
    """A CPR number for the birth date with a fitting century digit that fails modulus 11."""
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        serial = century + "".join(rng.choice("0123456789") for _ in range(3))
        digits = born.strftime("%d%m%y") + serial
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def _dob(rng: random.Random, born: date) -> str:
    forms = (
        f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
        born.strftime("%d.%m.%Y"),
        f"{born.day}/{born.month}-{born.year}",
        born.strftime("%d-%m-%Y"),
    )
    return rng.choice(forms)


class Values:
    """The values of one document: labelled in a positive, pseudonymised in a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.stand_for: dict[Person, str] = {}

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(options)

    def person(self, role: str, woman: bool | None = None) -> Person:
        rng = self.rng
        woman = rng.random() < 0.5 if woman is None else woman
        if role == "child":
            first = rng.choice(CHILDREN_GIRLS if woman else CHILDREN_BOYS)
            return Person(first, rng.choice(SURNAMES), role)
        if role != "child" and rng.random() < 0.07:
            whole = rng.choice(VIETNAMESE)
            return Person(whole.split()[-1], whole.split()[0], role, whole=whole)
        first = rng.choice(WOMEN if woman else MEN)
        last, second = rng.sample(SURNAMES, 2)
        if rng.random() < 0.18:
            last = f"{last}-{second}"
        middle = rng.choice(MIDDLE_WOMEN if woman else MIDDLE_MEN) if rng.random() < 0.15 else ""
        return Person(first, last, role, middle)

    def pseudonym(self, p: Person) -> str:
        if p not in self.stand_for:
            base = {"parent": "Forælder", "child": "Barn", "staff": "Medarbejder"}.get(
                p.role, "Gerningsperson"
            )
            taken = sum(1 for q in self.stand_for if q.role == p.role)
            mark = "AB"[taken % 2] if base == "Forælder" else str(taken % 2 + 1)
            self.stand_for[p] = f"{base} {mark}"
        return self.stand_for[p]

    def name(self, p: Person, form: str = "any") -> Piece:
        """A name in one of its written forms: full, first, capitals, surname first, initial."""
        if self.negative:
            return (
                self.pseudonym(p) if self.rng.random() < 0.8 else self.pick(("[NAVN]", "NN"))
            ), None
        if form == "any":
            form = self.rng.choices(
                ("full", "caps", "surname", "initial"), weights=(70, 10, 12, 8)
            )[0]
        full = p.whole or " ".join(x for x in (p.first, p.middle, p.last) if x)
        text = {
            "full": full,
            "first": p.first,
            "caps": full.upper(),
            "surname": f"{p.last}, {p.first}" if not p.whole else full,
            "initial": f"{p.first[0]}. {p.last}" if not p.whole else full,
            "lower": p.first.lower(),
        }[form]
        return text, "PERSON"

    def genitive(self, p: Person) -> Piece:
        """A first name with its genitive s ("Sigrids"), or "Barn 1's" in a negative."""
        if self.negative:
            return f"{self.pseudonym(p)}'s", None
        first = p.first
        return (first if first.endswith("s") else first + "s"), "PERSON"

    def address(self, block: bool = False) -> Piece:
        rng = self.rng
        if self.negative:
            return "[ADRESSE]", None
        street = f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', '', 'A', 'B'])}"
        if rng.random() < 0.3:
            street += (
                f", {rng.choice(['st.', '1.', '2.', '3.'])} {rng.choice(['th.', 'tv.', 'mf.'])}"
            )
        code, town = rng.choice(TOWNS)
        return (f"{street}\n{code} {town}" if block else f"{street}, {code} {town}"), "ADDRESS"

    def cpr(self, born: date) -> Piece:
        if self.negative:
            return self.pick(("[CPR]", born.strftime("%d%m%y") + "-xxxx")), None
        d = _cpr_digits(self.rng, born)
        forms = (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        return self.pick(forms), "CPR"

    def dob(self, born: date) -> Piece:
        if self.negative:
            return "[dato]", None
        return _dob(self.rng, born), "DATE_OF_BIRTH"

    def phone(self) -> Piece:
        rng = self.rng
        if self.negative:
            return self.pick(("[TLF]", f"+45 ** ** ** {rng.randint(10, 99)}")), None
        if rng.random() < 0.04:
            return f"+44 7700 900{rng.randint(0, 999):03d}", "PHONE"
        if rng.random() < 0.04:
            return f"+46 70 174 06 {rng.randint(5, 99):02d}", "PHONE"
        n = rng.choice(MOBILE if rng.random() < 0.75 else LANDLINE) + "".join(
            rng.choice("0123456789") for _ in range(6)
        )
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        forms = (
            f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
        )  # fmt: skip
        return self.pick(forms), "PHONE"

    def email(self, p: Person | None = None, box: str = "") -> Piece:
        rng = self.rng
        if self.negative:
            return self.pick(("[e-mail]", f"{rng.choice('abcdfhjklmst')}***@example.dk")), None
        if box:
            return box, "EMAIL"
        assert p is not None
        first = _ascii(p.first.lower())
        last = _ascii(p.last.split("-")[0].lower())
        local = rng.choice(
            (f"{first}.{last}", f"{first}{rng.randint(70, 99)}", f"{first[0]}{last}", first)
        )
        domain = rng.choice(("example.dk", "mail.example.dk", "example.com", "post.example.net"))
        return f"{local}@{domain}", "EMAIL"

    def staff_mail(self, p: Person) -> Piece:
        if self.negative:
            return "[e-mail]", None
        return f"{_ascii(p.first.lower())}.{_ascii(p.last[:4].lower())}@aabjerg.example.dk", "EMAIL"

    def masked_mail(self, p: Person) -> Piece:
        return f"{_ascii(p.first[0].lower())}***@example.dk", None

    def account(self, together: bool | None = None) -> list[Piece]:
        rng = self.rng
        reg = f"{rng.randint(1, 9)}{rng.randint(0, 999):03d}"
        konto = "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 8, 10, 10))))
        if self.negative:
            return [(self.pick((f"reg. **** konto ****{konto[-4:]}", "[kontonr.]")), None)]
        together = rng.random() < 0.5 if together is None else together
        if together:
            return [(f"{reg}{rng.choice('- ')}{konto}", "BANK_ACCOUNT")]
        lead = rng.choice(
            (
                f"reg.nr. {reg}, kontonr. ",
                f"reg. {reg} konto ",
                f"registreringsnummer {reg} og kontonummer ",
            )
        )
        return [(lead, None), (konto, "BANK_ACCOUNT")]

    def iban(self) -> Piece:
        rng = self.rng
        country = rng.choice(("DK", "DK", "DE", "SE", "NO", "PL", "LT", "FI"))
        value = _iban(rng, country)
        if self.negative:
            return f"{country}{value[2:4]}{'X' * (len(value) - 8)}{value[-4:]}", None
        return (grouped(value) if rng.random() < 0.6 else value), "IBAN"

    def card(self) -> list[Piece]:
        rng = self.rng
        body = rng.choice(TEST_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(11))
        number = body + _luhn_digit(body)
        month, year = rng.randint(1, 12), rng.randint(26, 31)
        expiry = f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"
        if self.negative:
            return [(f"**** **** **** {number[-4:]}", None), (" udløb ", None), ("**/**", None)]
        shown = grouped(number) if rng.random() < 0.6 else number
        sep = rng.choice((", udløb ", " med udløb ", " (udløber ", ", gyldig til "))
        tail = ")" if sep.startswith(" (") else ""
        return [(shown, "CARD"), (sep, None), (expiry, "CARD_EXPIRY"), (tail, None)]

    def otp(self) -> Piece:
        digits = 6 if self.rng.random() < 0.75 else 8
        if self.negative:
            return "[kode]", None
        return "".join(self.rng.choice("0123456789") for _ in range(digits)), "OTP"

    def mitid(self, p: Person) -> Piece:
        if self.negative:
            return "[bruger-id]", None
        rng = self.rng
        stem = _ascii((p.first + rng.choice(("", p.last.split("-")[0][:3]))).lower())
        return (
            f"{stem}{rng.choice((str(rng.randint(70, 99)), str(rng.randint(1975, 2005))))}",
            "MITID_USER",
        )

    def plate(self) -> Piece:
        rng = self.rng
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        digits = f"{rng.randint(10, 99)}{rng.randint(100, 999)}"
        if self.negative:
            return f"{letters} ** ***", None
        spaced = rng.random() < 0.7
        return (
            f"{letters} {digits[:2]} {digits[2:]}" if spaced else letters + digits
        ), "NUMBER_PLATE"


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ć": "c", "é": "e", " ": ""})
    return text.translate(table)


# --- the hard negatives every genre draws on -------------------------------------------------


def _amount(rng: random.Random) -> str:
    kroner = rng.choice((1843, 2190, 3120, 745, 1265, 4980, 12500, 388))
    written = f"{kroner:,}".replace(",", ".")
    return f"{written} kr." if rng.random() < 0.5 else f"kr. {written},00"


def _when(rng: random.Random) -> date:
    return TODAY - timedelta(days=rng.randint(0, 40))


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 17):02d}.{rng.randint(0, 59):02d}"


def _case(rng: random.Random) -> str:
    return rng.choice(
        (
            f"sag 26/{rng.randint(1000, 99999):05d}",
            f"J.nr. 28.09.04-G01-{rng.randint(10, 999)}-26",
            f"debitornr. {rng.randint(100000, 999999)}",
            f"faktura FB-2026-{rng.randint(1000, 9999)}",
            f"INC-{rng.randint(100000, 9999999)}",
        )
    )


def _institution_no(rng: random.Random) -> str:
    return f"institutionsnr. {rng.randint(280000, 289999)}"


def _klasse(rng: random.Random) -> str:
    return f"{rng.randint(0, 9)}.{rng.choice('ABCD')}"


def _org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES[:4])


def _born_child(rng: random.Random) -> date:
    return date(2020, 6, 1) + timedelta(days=rng.randint(0, 365 * 5))


def _born_adult(rng: random.Random) -> date:
    return date(1968, 1, 1) + timedelta(days=rng.randint(0, 365 * 37))


def _org_address_line(rng: random.Random, org: tuple[str, str]) -> str:
    """The organisation's own address in one of its natural phrasings (never labelled)."""
    name, where = org
    street = where.split(",")[0]
    return rng.choice(
        (
            f"{name}, {where}",
            f"Kom ind på {where} – vi har åbent man.-tors. kl. 08.00-15.00.",
            f"Papirerne kan afhentes i {name} på {street}.",
            f"Vores afdeling på {street} holder lukket fredag.",
            f"{name} · {where} · tlf. {_org_line(rng)}",
            f"Besøg os på {street} (indgang fra parkeringspladsen).",
        )
    )


# --- the genres -----------------------------------------------------------------------------


def portal_log(v: Values) -> list[Piece]:
    """IT's incident log of a parent's portal login after a phishing mail."""
    rng = v.rng
    parent, staff = v.person("parent"), v.person("staff")
    day = _when(rng)
    pieces: list[Piece] = [
        (f"HÆNDELSESLOG – forældreportal ({rng.choice(COMPANIES[:2])})\n", None),
        (f"Digitalisering og IT, {MUNICIPALITY}, Rådhustorvet 3, 7100 Vejle\n", None),
        (f"Ticket: {_case(rng)}\n", None),
        (f"{day.isoformat()} {_clock(rng).replace('.', ':')} Bruger: ", None),
        v.name(parent),
        (" (forælder, ", None),
        (_institution_no(rng), None),
        (")\n", None),
        ("Login med MitID bruger-ID ", None),
        v.mitid(parent),
        (" fra ukendt IP efter klik på link i mail 'Opdater dine oplysninger' (", None),
        (rng.choice(PHISHING_LINKS), None),
        (").\nKontakt: ", None),
        v.email(parent),
        (", tlf. ", None),
        v.phone(),
        ("\n", None),
    ]
    if rng.random() < 0.8:
        pieces += [
            ("Forælderen oplyser, at en opkalder fik koden ", None),
            v.otp(),
            (f" kl. {_clock(rng)}, da appen spurgte.\n", None),
        ]
    if rng.random() < 0.5:
        pieces += [("CPR oplyst ved verifikation: ", None), v.cpr(_born_adult(rng)), ("\n", None)]
    pieces += [
        (f"Spærret af: {rng.choice(('servicedesk', 'IT-vagten'))} – ", None),
        v.name(staff, "initial"),
        (", ", None),
        v.staff_mail(staff),
        (
            f"\nNotifikation sendt til {rng.choice(COMPANIES[4:])}; hotline {_org_line(rng)}.\n",
            None,
        ),
    ]
    return pieces


def mail_thread(v: Values) -> list[Piece]:
    """A parent writes to the school office about the fake mail; the office answers."""
    rng = v.rng
    parent, child, staff = v.person("parent"), v.person("child"), v.person("staff")
    school = rng.choice(SCHOOLS)
    day = _when(rng)
    pieces: list[Piece] = [
        ("Fra: ", None),
        v.name(parent, "full"),
        (" <", None),
        v.email(parent),
        (">\nTil: ", None),
        v.staff_mail(staff),
        (f"\nDato: {day.strftime('%d.%m.%Y')} kl. {_clock(rng)}\n", None),
        (f"Emne: Mail om 'opdater dine oplysninger' – {school[0]}\n\n", None),
        ("Hej ", None),
        v.name(staff, "first"),
        ("\n\nJeg fik i går en mail, der lignede en fra jer, om at opdatere ", None),
        v.genitive(child),
        (f" oplysninger i {_klasse(rng)}. Linket var {rng.choice(PHISHING_LINKS)}.\n", None),
    ]
    if rng.random() < 0.6:
        pieces += [
            ("Jeg betalte et 'gebyr' på ", None),
            (_amount(rng), None),
            (" med kortet ", None),
        ]
        pieces += [*v.card(), (".\n", None)]
    pieces += [("Min adresse er stadig ", None), v.address(), (", og mit nummer er ", None)]
    pieces += [v.phone(), (".\n\nVenlig hilsen\n", None), v.name(parent, "first"), ("\n\n", None)]
    pieces += [
        ("--- Svar ---\nKære ", None),
        v.name(parent, "first"),
        ("\nVi har ikke sendt den mail. Vi skriver aldrig til ", None),
        v.masked_mail(parent),
        (" om betaling. Ring til os på ", None),
        (_org_line(rng), None),
        (". " + _org_address_line(rng, school) + "\n", None),
        v.name(staff, rng.choice(("full", "initial"))),
        (f", skolesekretær\n{school[0]}, {school[1]}\n", None),
    ]
    return pieces


def fee_note(v: Values) -> list[Piece]:
    """Pladsanvisningen's note: the account for forældrebetaling changed by a stranger."""
    rng = v.rng
    parent, child, staff = v.person("parent"), v.person("child"), v.person("staff")
    pieces: list[Piece] = [
        (f"NOTAT – Pladsanvisningen, {MUNICIPALITY}\nRådhustorvet 3, 7100 Vejle\n", None),
        (f"Vedr.: {_case(rng)}, forældrebetaling for ", None),
        v.name(child, "full"),
        (f" ({_institution_no(rng)})\n\n", None),
        ("Betaler: ", None),
        v.name(parent, rng.choice(("full", "surname", "caps"))),
        (", CPR ", None),
        v.cpr(_born_adult(rng)),
        ("\nAdresse:\n", None),
        v.address(block=True),
        ("\n\n", None),
        (f"Den {_when(rng).strftime('%d.%m.%Y')} blev udbetalingskontoen for ", None),
        (f"{rng.choice(PRODUCTS)} ændret i portalen til ", None),
    ]
    if rng.random() < 0.4:
        pieces += v.account()
    else:
        pieces += [("IBAN ", None), v.iban()]
    pieces += [
        (f". Beløbet {_amount(rng)} blev udbetalt dertil. Den tidligere konto var ", None),
        *v.account(),
        (".\n", None),
        ("Forælderen har aldrig selv ændret kontoen og fik ingen mail fra ", None),
        (f"{rng.choice(COMPANIES[4:])}. Vi kontaktede ", None),
        v.name(parent, "first"),
        (" på ", None),
        v.phone(),
        (".\n", None),
        (f"Henvendelse om sagen: tlf. {_org_line(rng)}, {rng.choice(BANKS)} orienteret.\n", None),
        ("Sagsbehandler: ", None),
        v.name(staff, "full"),
        ("; kopi til ", None),
        v.name(v.person("staff"), rng.choice(("full", "initial"))),
        ("\n", None),
    ]
    return pieces


def enrolment(v: Values) -> list[Piece]:
    """A school enrolment record checked after the portal was phished."""
    rng = v.rng
    child = v.person("child")
    mother, father = v.person("parent", True), v.person("parent", False)
    school = rng.choice(SCHOOLS)
    born = date(2020, 1, 1) + timedelta(days=rng.randint(0, 365))
    pieces: list[Piece] = [
        (f"SKOLEINDSKRIVNING {TODAY.year}/{TODAY.year + 1} – {school[0]}\n", None),
        (f"{school[1]} · {_institution_no(rng)}\n\n", None),
        ("Barnets navn: ", None),
        v.name(child, "caps"),
        ("\nFødselsdato: ", None),
        v.dob(born),
        (f"\nCPR: {born.strftime('%d%m%y')}-xxxx (skjult)\n", None),
        (f"Klasse: 0.{rng.choice('ABC')}, SFO: {rng.choice(('ja', 'nej'))}\n\n", None),
        ("Forælder 1: ", None),
        v.name(mother, rng.choice(("full", "surname"))),
        ("\n", None),
        v.address(block=True),
        ("\nTlf. ", None),
        v.phone(),
        (" · ", None),
        v.email(mother),
        ("\n\nForælder 2: ", None),
        v.name(father, rng.choice(("full", "surname", "initial"))),
        ("\n", None),
    ]
    if rng.random() < 0.5:
        pieces += [v.address(block=True), ("\n", None)]
    else:
        pieces += [("Samme adresse som ", None), v.name(mother, "first"), ("\n", None)]
    pieces += [
        ("Tlf. ", None),
        v.phone(),
        (
            "\n\nBemærkning: Forældrene har modtaget falsk mail om at 'opdatere' indskrivningen. ",
            None,
        ),
        (f"Kontrolleret af skolekontoret {_when(rng).strftime('%d.%m.%y')}, {_case(rng)}.\n", None),
    ]
    return pieces


def _speaker(v: Values, p: Person) -> Piece:
    """A chat speaker: mostly a lower-case first name; always a pseudonym in a negative."""
    if v.negative:
        return v.pseudonym(p), None
    return v.name(p, v.pick(("lower", "lower", "first", "full")))


def chat(v: Values) -> list[Piece]:
    """A parent's chat with the daycare about the fake mail and who picks up the child."""
    rng = v.rng
    parent, staff, child = v.person("parent"), v.person("staff"), v.person("child")
    grand = rng.choice(FAMILY[:4])
    daycare = rng.choice(DAYCARES)
    t = rng.randint(7, 15) * 60 + rng.randint(0, 40)

    def line(who: Person, said: list[Piece]) -> list[Piece]:
        nonlocal t
        t += rng.randint(1, 6)
        return [(f"[{t // 60:02d}:{t % 60:02d}] ", None), _speaker(v, who), (": ", None), *said]

    pieces: list[Piece] = [(f"Beskeder – {daycare[0]}, stue {rng.randint(1, 4)}\n", None)]
    pieces += line(
        parent, [("hej, er det jer der har sendt mail om at opdatere oplysninger??\n", None)]
    )
    pieces += line(staff, [("Nej! Klik ikke på linket. Har du givet nogen koder?\n", None)])
    said: list[Piece] = [("ja desværre, en ringede og fik koden ", None), v.otp(), ("\n", None)]
    pieces += line(parent, said)
    pieces += line(
        staff,
        [
            ("Ring til IT på ", None),
            (_org_line(rng), None),
            (". Og hvem henter ", None),
            v.name(child, "first"),
            (" i dag?\n", None),
        ],
    )
    said = [(f"{grand} henter, kommer i bilen ", None), v.plate(), ("\n", None)]
    if rng.random() < 0.4:
        said = [(f"{grand} henter kl. {_clock(rng)}, ring på ", None), v.phone(), ("\n", None)]
    pieces += line(parent, said)
    if rng.random() < 0.45:
        pieces += line(
            parent,
            [("jeg har spærret kortet ", None), *v.card(), (" i banken\n", None)],
        )
    pieces += line(staff, [(f"Fint. Vi er på {daycare[1].split(',')[0]} til kl. 16.30.\n", None)])
    return pieces


def police_report(v: Values) -> list[Piece]:
    """A parent's report to the police: the fake caller, the card paid with, the code given."""
    rng = v.rng
    parent, alias = v.person("parent"), v.person("alias", rng.random() < 0.4)
    born = _born_adult(rng)
    day = _when(rng)
    pieces: list[Piece] = [
        ("Sydøstjyllands Politi – anmeldelse af bedrageri\n", None),
        (f"Journalnr. 3700-{rng.randint(70000, 89999)}-{rng.randint(10, 999):05d}-26\n", None),
        ("Anmelder: ", None),
        v.name(parent, rng.choice(("caps", "full", "surname"))),
        (", født ", None),
        v.dob(born),
        ("\nAdresse: ", None),
        v.address(),
        ("\nTlf.: ", None),
        v.phone(),
        ("\n\n", None),
        (
            f"Forklaring: Den {day.strftime('%d.%m.%Y')} kl. {_clock(rng)} ringede en person, der ",
            None,
        ),
        ("præsenterede sig som ", None),
        v.name(alias, "first"),
        (f" fra {v.pick(ALIAS_UNITS)}. Personen sagde, at ", None),
        v.genitive(v.person("child")),
        (" plads ville blive opsagt, hvis jeg ikke bekræftede mine oplysninger. ", None),
        ("Jeg oplyste mit MitID bruger-ID ", None),
        v.mitid(parent),
        (" og godkendte i appen.", None),
    ]
    if rng.random() < 0.6:
        pieces += [
            (" Bagefter bad personen om koden fra SMS'en, og jeg sagde ", None),
            v.otp(),
            (".", None),
        ]
    pieces += [(f" Der blev trukket {_amount(rng)} på mit kort ", None), *v.card(), (".\n", None)]
    if rng.random() < 0.6:
        pieces += [("Pengene blev overført til ", None), v.iban(), (".\n", None)]
    if rng.random() < 0.4:
        pieces += [("En ukendt bil holdt ved skolen om morgenen: ", None), v.plate(), (".\n", None)]
    pieces += [
        (f"Skolen ({rng.choice(SCHOOLS)[1]}) og banken er orienteret. ", None),
        (f"Anmelder er henvist til {rng.choice(BANKS)} og politiet på 114.\n", None),
    ]
    return pieces


def pickup(v: Values) -> list[Piece]:
    """A daycare's pick-up authorisation, redone after the portal was phished."""
    rng = v.rng
    child = v.person("child")
    org = rng.choice(DAYCARES)
    pieces: list[Piece] = [
        (f"AFHENTNINGSAFTALE – {org[0]}\n{_org_address_line(rng, org)}\n\n", None),
        ("Barn: ", None),
        v.name(child, rng.choice(("full", "caps"))),
        (", f. ", None),
        v.dob(_born_child(rng)),
        (f", stue {rng.randint(1, 4)}\n", None),
        ("Søskende i huset: ", None),
        v.name(v.person("child"), "first"),
        ("\nMå hentes af:\n", None),
    ]
    for i in range(rng.randint(1, 3)):
        grown = v.person("parent")
        relation = rng.choice((*FAMILY[:4], "mor", "far", "nabo"))
        pieces += [
            (f"{i + 1}) ", None),
            v.name(grown, rng.choice(("full", "surname", "full", "initial"))),
            (f" ({relation}), tlf. ", None),
            v.phone(),
        ]
        if rng.random() < 0.7:
            pieces += [(", bil ", None), v.plate()]
        pieces += [("\n", None)]
    pieces += [
        ("Ændringer sker kun ved personligt fremmøde – ikke via links i mails. ", None),
        (f"Pladsanvisningen: {_org_line(rng)}.\n", None),
    ]
    return pieces


def call_note(v: Values) -> list[Piece]:
    """A school secretary's note of a parent's call after giving codes to a fake caller."""
    rng = v.rng
    parent, staff, alias = v.person("parent"), v.person("staff"), v.person("alias", False)
    child = v.person("child")
    pieces: list[Piece] = [
        (
            f"Telefonnotat {_when(rng).strftime('%d.%m.%Y')} kl. {_clock(rng)} – skolekontoret\n",
            None,
        ),
        ("Opkald fra ", None),
        v.name(parent, rng.choice(("full", "surname", "caps"))),
        (", forælder til ", None),
        v.name(child, "full"),
        (f" ({_klasse(rng)}), på ", None),
        v.phone(),
        (".\n", None),
        v.genitive(parent),
        (" mobil ringede; en, der præsenterede sig som ", None),
        v.name(alias, "first"),
        (f" fra {v.pick(ALIAS_UNITS)}, fik forælderens MitID bruger-ID ", None),
        v.mitid(parent),
        (" samt koden ", None),
        v.otp(),
        (".\n", None),
    ]
    if rng.random() < 0.6:
        pieces += [
            ("Til kontrol oplyste forælderen CPR ", None),
            v.cpr(_born_adult(rng)),
            (".\n", None),
        ]
    if rng.random() < 0.3:
        pieces += [
            ("Ny konto i portalen, som forælderen ikke kender: ", None),
            *v.account(),
            (".\n", None),
        ]
    elif rng.random() < 0.4:
        pieces += [("Udbetalingen gik til en udenlandsk konto: ", None), v.iban(), (".\n", None)]
    else:
        pieces += [
            ("Opkaldet kom fra ", None),
            v.phone(),
            (" (viste sig ikke at være kommunens).\n", None),
        ]
    pieces += [
        ("Mail til forælderen: ", None),
        v.email(parent),
        (f". Henvist til Borgerservice, {ORG_ADDRESSES[10]}, og {_org_line(rng)}.\n", None),
        ("Notat ved ", None),
        v.name(staff, rng.choice(("initial", "full"))),
        ("\n", None),
    ]
    return pieces


GENRES: dict[str, Callable[[Values], list[Piece]]] = {
    "portallog": portal_log,
    "mail": mail_thread,
    "forældrebetaling": fee_note,
    "indskrivning": enrolment,
    "chat": chat,
    "politi": police_report,
    "afhentning": pickup,
    "telefonnotat": call_note,
}


def _assemble(pieces: list[Piece]) -> tuple[str, list[dict]]:
    text, spans = "", []
    for chunk, kind in pieces:
        if kind:
            spans.append({"start": len(text), "end": len(text) + len(chunk), "type": kind})
        text += chunk
    return text, spans


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, the last NEGATIVES * size // SIZE of them negatives."""
    rng = random.Random(seed)
    negatives = NEGATIVES * size // SIZE
    names = list(GENRES)
    docs, seen = [], set()
    while len(docs) < size:
        i = len(docs)
        negative = i >= size - negatives
        genre = names[i % len(names)]
        text, spans = _assemble(GENRES[genre](Values(rng, negative)))
        if text in seen:
            continue
        seen.add(text)
        kind = "negative" if negative else "positive"
        docs.append(
            {"id": f"b98-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind98.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
