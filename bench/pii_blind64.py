"""A sixty-fifth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is AN ORDINARY FORTNIGHT
OF A DANISH BANK'S FRAUD TEAM, everything it piles up mixed as it arrives, in ten genres: a
customer's forwarded scam SMS with the customer's own lines around it (a "Jonas fra
kortafdelingen", a "hej mor" with a mule account, a parcel fee), a forwarded phishing e-mail
(Fra:/Til:/Emne: headers, the customer's note on top), a customer's complaint, call notes
written during and after a call, a chat log with a customer ("[09:14] Name:" lines, the
customer typing in lower case), case notes and status updates, an internal e-mail between
analysts, the handover note at a shift change, a short list of disputed card transactions and a
letter to a customer (an address block on two lines). The names are those of Danes of all ages,
Danes with roots elsewhere ("Hodan Warsame", "Duc Nguyen"), double surnames
("Bøgh-Lauritsen") and the bank's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "analytiker", "rådgiver",
  "fuldmagtshaver"); "Bøgh, Karen" is one span; a genitive s belongs to it ("Karens"); a
  lower-case name typed in a chat ("karen") is PERSON. A scammer's alias ("Jonas fra
  kortafdelingen", "Sofie fra MitID-support") labels only the name ("Jonas"), never the
  department or company. Organisations, products, placeholders ("[NAVN]", "Kunde A",
  "Analytiker 2") and family words ("min søn", "min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("12B", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. Persons' addresses
  are ADDRESS; organisations' postal addresses never occur in the texts.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, 112, 114, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("CX 47 318", "CX47318"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "849,95 kr."), dates and clock times
  ("03.11.26", "kl. 09.14", "[10:22]", "05.11.26 21:28", "2026-11-05"), case numbers
  ("SAG-26-04417"), dispute references ("IND-26-0412"), CVR numbers, masked values
  ("040652-xxxx", "+45 ** ** ** 31", "k***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), the bank's 70/80 lines, companies, banks, products, streets without a
  number and family words. Documents of kind "negative" are the
  same genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]") and
  pseudonym labels ("Kunde A", "Analytiker 2") remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind64 OUT.jsonl`` writes the set; ``generate()`` returns it.
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
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "SE": 24, "NO": 15, "LT": 20, "NL": 18, "ES": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "62", "63", "64", "65", "66", "75", "76", "86", "87", "89", "96",
            "97", "98", "99")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

WOMEN = ("Karen", "Birthe", "Lone", "Gitte", "Susanne", "Hanne", "Vibeke", "Tove", "Ellen",
         "Ida", "Freja", "Alberte", "Nanna", "Signe", "Malene", "Rikke", "Trine", "Dorthe",
         "Inger", "Solveig", "Hodan", "Fatma", "Leyla", "Agnieszka", "Olena", "Linh", "Priya",
         "Sahra", "Maja", "Astrid", "Marianne", "Jytte", "Bente", "Kirstine", "Ea", "Lærke",
         "Anne-Grethe", "Mette-Marie")  # fmt: skip
MEN = ("Preben", "Bjarne", "Flemming", "Torben", "Ejvind", "Kaj", "Svend", "Poul", "Henning",
       "Mogens", "Rasmus", "Mikkel", "Jeppe", "Anders", "Kasper", "Villads", "Oliver", "Noah",
       "Emil", "Frederik", "Tariq", "Emre", "Bilal", "Dariusz", "Andrii", "Duc", "Ravi",
       "Abdirahman", "Ole", "Bent", "Jørn", "Asger", "Kim", "Søren", "Hans-Henrik",
       "Carl-Emil")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Sofie", "Kathrine", "Juul", "Bach", "Skov", "Lund", "Maria",
          "Elisabeth", "Kristian", "Peter", "Aksel", "Mai")  # fmt: skip
SURNAMES = ("Bøgh", "Lauritsen", "Kragelund", "Damgaard", "Vestergaard", "Brøndum", "Kjeldsen",
            "Overgaard", "Thygesen", "Hvidtfeldt", "Sørensen", "Mortensen", "Bech", "Ravn",
            "Holst", "Krogh", "Fogh", "Winther", "Dybdahl", "Lykke", "Warsame", "Yilmaz",
            "Hussain", "Kowalczyk", "Kovalenko", "Tran", "Nguyen", "Sharma", "Abdullahi",
            "Demir", "Rahimi", "Qureshi", "Ebbesen", "Gregersen", "Nørgaard", "Vinther",
            "Stampe", "Borup", "Laustsen", "Iversen")  # fmt: skip
DOUBLES = ("Bøgh-Lauritsen", "Kjær-Brøndum", "Holst-Ravn", "Yilmaz-Krogh", "Dam-Thygesen",
           "Skov-Hussain", "Winther-Nørgaard", "Fogh-Tran")  # fmt: skip
STREETS = ("Kastanievej", "Hyldegårdsvej", "Rosenvængets Allé", "Bakkedraget", "Tjørnevej",
           "Møllestien", "Fasanhaven", "Strandparken", "Vibeholmsvej", "Engvej", "Solsortevej",
           "Kirkebakken", "Ørnevej", "Lærkehaven", "Brombærstien", "Skolegade", "Nørrevænget",
           "Fredensgade", "Havnegade", "Ahornvej", "Egebækvej", "Søndermarken")  # fmt: skip
TOWNS = (("2650", "Hvidovre"), ("2770", "Kastrup"), ("4000", "Roskilde"), ("4700", "Næstved"),
         ("5000", "Odense C"), ("5700", "Svendborg"), ("6000", "Kolding"), ("6700", "Esbjerg"),
         ("7100", "Vejle"), ("7400", "Herning"), ("8000", "Aarhus C"), ("8260", "Viby J"),
         ("8800", "Viborg"), ("9000", "Aalborg"), ("9800", "Hjørring"), ("2400", "København NV"),
         ("3400", "Hillerød"), ("4200", "Slagelse"), ("8600", "Silkeborg"),
         ("3700", "Rønne"))  # fmt: skip
ALIASES = ("Jonas", "Sofie", "Mads", "Camilla", "Lasse", "Julie", "Thomas", "Sarah")
DEPARTMENTS = ("kortafdelingen", "svindelafdelingen", "MitID-support", "Fjordbankens "
               "sikkerhedsteam", "Nets", "kundeservice", "politiet")  # fmt: skip
BANKS = ("Fjordbanken", "Lundby Sparekasse", "Nordkyst Bank", "Hedebo Andelskasse")
COMPANIES = ("PakkeNord", "DBA-Handel ApS", "Kvikfragt", "Elektrolageret", "Rejsebutikken Sol",
             "Webshoppen Tusind", "Vognhandel Syd")  # fmt: skip
PRODUCTS = ("MobilePay", "MitID", "Visa/Dankort", "Mastercard Gold", "Netbank")
ORG_LINES = ("70 10 40 40", "70 22 18 18", "80 30 40 50", "80 88 12 12")
CVR = ("34871265", "29104578", "41230986", "38856120")
PSEUDONYMS = ("Kunde A", "Kunde B", "Analytiker 1", "Analytiker 2", "Medarbejder C", "Modtager 1")
SCAM_HOSTS = ("kort-sikring.example.net", "mitid-forny.example.com", "pakke-told.example.net",
              "fjordbank-login.example.com", "refusion-skat.example.net")  # fmt: skip
TEAM = ("svindel@fjordbanken.example.dk", "kortspaerring@fjordbanken.example.dk")
GENRES = (
    "sms_videresendt",
    "mail_videresendt",
    "klage",
    "opkaldsnotat",
    "chat",
    "sagsnotat",
    "intern_mail",
    "vagtskifte",
    "kortindsigelser",
    "brev",
)

Part = str | tuple[str, str]


def grouped(compact: str) -> str:
    """The value in groups of four, as cards and IBANs are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(r: random.Random, country: str) -> str:
    length = IBAN_LENGTH[country]
    if country == "GB":
        bban = "".join(r.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(4))
        bban += "".join(r.choice("0123456789") for _ in range(14))
    else:
        bban = "".join(r.choice("0123456789") for _ in range(length - 4))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _mod11_passes(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def _ascii(word: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "-": ""})
    return word.lower().translate(table)


@dataclass
class Person:
    given: str
    middle: str
    surname: str
    born: date
    serial: str
    phone: str
    email: str
    mitid: str
    street: str
    number: str
    floor: str
    town: tuple[str, str]
    reg: str
    account: str

    @property
    def full(self) -> str:
        return " ".join(w for w in (self.given, self.middle, self.surname) if w)


def _person(r: random.Random) -> Person:
    given = r.choice(WOMEN + MEN)
    surname = r.choice(DOUBLES) if r.random() < 0.15 else r.choice(SURNAMES)
    middle = r.choice(MIDDLE) if r.random() < 0.2 else ""
    born = date(1934, 1, 1) + timedelta(days=r.randrange(26000))
    while True:
        century = "4" if born.year >= 2000 else r.choice("0123")
        serial = century + f"{r.randrange(1000):03d}"
        if not _mod11_passes(born.strftime("%d%m%y") + serial):
            break
    lead = r.choice(MOBILE if r.random() < 0.75 else LANDLINE)
    phone = lead + f"{r.randrange(10**6):06d}"
    first = _ascii(given.split("-")[0])
    local = r.choice(
        (
            f"{first}.{_ascii(surname)}",
            f"{first}{born.year % 100:02d}",
            f"{first[0]}{_ascii(surname)}",
        )
    )
    domain = r.choice(("example.dk", "example.com", "post.example.dk", "example.net"))
    mitid = first + r.choice((f"{born.year % 100:02d}", str(born.year)))
    floor = r.choice(("", "", "", ", st. th.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 4. tv."))
    number = str(r.randint(1, 148)) + (r.choice("ABC") if r.random() < 0.2 else "")
    reg = f"{r.randint(1100, 9899)}"
    account = (
        f"{r.randrange(10**9, 10**10):010d}" if r.random() < 0.6 else str(r.randrange(10**7, 10**8))
    )
    return Person(
        given,
        middle,
        surname,
        born,
        serial,
        phone,
        f"{local}@{domain}",
        mitid,
        r.choice(STREETS),
        number,
        floor,
        r.choice(TOWNS),
        reg,
        account,
    )


class Doc:
    """Text built from literal parts and labelled (value, type) parts, or stand-ins if negative."""

    def __init__(self, r: random.Random, negative: bool) -> None:
        self.r, self.neg = r, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def __call__(self, *parts: Part) -> None:
        for part in parts:
            if isinstance(part, tuple):
                value, kind = part
                self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
                part = value
            self.parts.append(part)
            self.n += len(part)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def _pick(self, value: str, kind: str, *stand_ins: str) -> Part:
        return self.r.choice(stand_ins) if self.neg else (value, kind)

    # --- names -----------------------------------------------------------------------------
    def name(self, p: Person, form: str = "full", pseudonym: str = "Kunde A") -> Part:
        """A person's name in a written form, or the pseudonym in a negative."""
        if self.neg:
            return pseudonym + ("s" if form == "genitive" and pseudonym[-1].isalpha() else "")
        first = p.given
        value = {
            "full": f"{first} {p.surname}",
            "given": first,
            "lower": f"{first} {p.surname}".lower() if self.r.random() < 0.6 else first.lower(),
            "caps": f"{first} {p.surname}".upper(),
            "surname_first": f"{p.surname}, {first}",
            "genitive": (f"{first} {p.surname}" if self.r.random() < 0.6 else first) + "s",
            "three": f"{first} {p.middle or self.r.choice(MIDDLE)} {p.surname}",
            "initial": f"{first[0]}. {p.surname}",
        }[form]
        if form == "genitive" and value[-2] in "sxz":
            value = value[:-1]  # no apostrophe genitive here: "Hans" stands bare
        return (value, "PERSON")

    def alias(self) -> list[Part]:
        dept = self.r.choice(DEPARTMENTS)
        return ["[NAVN]" if self.neg else (self.r.choice(ALIASES), "PERSON"), f" fra {dept}"]

    # --- identifiers -----------------------------------------------------------------------
    def cpr(self, p: Person) -> Part:
        d = p.born.strftime("%d%m%y")
        value = self.r.choice(
            (
                f"{d}-{p.serial}",
                d + p.serial,
                f"{d[:2]} {d[2:4]} {d[4:]} {p.serial}",
                f"{d} {p.serial}",
            )
        )
        return self._pick(value, "CPR", "[CPR]", f"{d}-xxxx")

    def dob(self, p: Person) -> Part:
        b = p.born
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                b.strftime("%d.%m.%Y"),
                f"{b.day}/{b.month}-{b.year}",
                b.strftime("%d-%m-%Y"),
            )
        )
        return self._pick(value, "DATE_OF_BIRTH", "[dato]")

    def phone(self, number: str | None = None, foreign: bool = False) -> Part:
        r = self.r
        if foreign:
            value = r.choice(
                (f"+44 7700 900{r.randrange(1000):03d}", f"+46 70 174 06 {r.randint(5, 99):02d}")
            )
        else:
            n = number or r.choice(MOBILE) + f"{r.randrange(10**6):06d}"
            pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
            value = r.choice(
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
        return self._pick(value, "PHONE", "[TLF]", f"+45 ** ** ** {r.randint(10, 99)}")

    def email(self, address: str) -> Part:
        return self._pick(address, "EMAIL", "[e-mail]", f"{address[0]}***@{address.split('@')[1]}")

    def masked_mail(self, address: str) -> str:
        return f"{address[0]}***@{address.split('@')[1]}"

    def account(self, p: Person) -> list[Part]:
        """Reg.nr. and account together (one span) or the reg.nr. in its own words."""
        r, mask = self.r, f"******{p.account[-4:]}"
        form = r.randrange(4)
        if form == 0:
            return [self._pick(f"{p.reg}-{p.account}", "BANK_ACCOUNT", "[kontonr.]", mask)]
        if form == 1:
            return [self._pick(f"{p.reg} {p.account}", "BANK_ACCOUNT", "[kontonr.]", mask)]
        if form == 2:
            return [
                f"reg. {p.reg} konto ",
                self._pick(p.account, "BANK_ACCOUNT", "[kontonr.]", mask),
            ]
        return [
            f"reg.nr. {p.reg}, kontonr. ",
            self._pick(p.account.zfill(10), "BANK_ACCOUNT", "[kontonr.]", mask),
        ]

    def iban(self, country: str | None = None) -> Part:
        c = country or self.r.choice(tuple(IBAN_LENGTH))
        compact = _iban(self.r, c)
        value = grouped(compact) if self.r.random() < 0.6 else compact
        return self._pick(value, "IBAN", f"{c}{compact[2:4]}XXXXXXXXXX{compact[-4:]}")

    def card(self) -> Part:
        body = self.r.choice(TEST_PREFIXES)
        body += "".join(self.r.choice("0123456789") for _ in range(15 - len(body)))
        compact = body + _luhn_digit(body)
        value = grouped(compact) if self.r.random() < 0.7 else compact
        return self._pick(value, "CARD", f"**** **** **** {compact[-4:]}")

    def expiry(self) -> Part:
        m, y = self.r.randint(1, 12), self.r.randint(26, 31)
        value = f"{m:02d}/{y}" if self.r.random() < 0.75 else f"{m:02d}/20{y}"
        return self._pick(value, "CARD_EXPIRY", "**/**")

    def cvv(self) -> list[Part]:
        cue = self.r.choice(("CVV", "cvc", "CVC", "kontrolcifre"))
        return [f"{cue} ", self._pick(f"{self.r.randrange(1000):03d}", "CARD_CVV", "***")]

    def otp(self) -> Part:
        value = (
            f"{self.r.randrange(10**6):06d}"
            if self.r.random() < 0.8
            else f"{self.r.randrange(10**8):08d}"
        )
        return self._pick(value, "OTP", "[kode]")

    def mitid(self, p: Person) -> Part:
        return self._pick(p.mitid, "MITID_USER", "[bruger-id]")

    def plate(self) -> Part:
        r = self.r
        letters = "".join(r.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else letters + digits
        return self._pick(value, "NUMBER_PLATE", "[nummerplade]")

    def address(self, p: Person, layout: str = "comma") -> Part:
        """A person's address: street only, ", postcode town" or an address block's next line."""
        street = f"{p.street} {p.number}{p.floor}"
        postcode, town = p.town
        value = {
            "street": street,
            "comma": f"{street}, {postcode} {town}",
            "block": f"{street}\n{postcode} {town}",
        }[layout]
        return self._pick(value, "ADDRESS", "[ADRESSE]")


# --- shared bits of everyday text ----------------------------------------------------------


def _when(r: random.Random) -> tuple[str, str]:
    day = date(2026, 11, 2) + timedelta(days=r.randrange(14))
    return day.strftime("%d.%m.%y"), f"{r.randint(7, 22):02d}.{r.randrange(60):02d}"


def _amount(r: random.Random) -> str:
    kroner = r.choice((r.randint(49, 999), r.randint(1000, 49999)))
    text = f"{kroner:,}".replace(",", ".")
    return f"{text},{r.randrange(100):02d} kr." if r.random() < 0.3 else f"{text} kr."


def _case(r: random.Random) -> str:
    return f"SAG-26-{r.randrange(10**5):05d}"


def _dispute(r: random.Random) -> str:
    return f"IND-26-{r.randrange(10**4):04d}"


def _family(r: random.Random) -> str:
    return r.choice(("min mand", "min søn", "min datter", "min kone", "hans søn", "hendes datter"))


def _staff(r: random.Random) -> tuple[Person, str]:
    p = _person(r)
    return p, f"{_ascii(p.given[:2])}{_ascii(p.surname[:2])}@fjordbanken.example.dk"


def _scam_sms(b: Doc, victim: Person) -> None:
    r = b.r
    kind = r.randrange(5)
    host = r.choice(SCAM_HOSTS)
    if kind == 0:
        b(
            "Hej, det er ",
            *b.alias(),
            ". Vi har stoppet en betaling på ",
            _amount(r),
            " fra dit kort. Ring os på ",
            b.phone(),
            " eller bekræft her: https://",
            host,
            "\n",
        )
    elif kind == 1:
        b(
            "Hej mor, min telefon er gået i stykker, det her er mit nye nummer. Kan du hurtigt "
            "overføre ",
            _amount(r),
            " til min vens konto ",
            *b.account(_person(r)),
            "? Jeg betaler tilbage i morgen\n",
        )
    elif kind == 2:
        b(
            "PakkeNord: Din pakke venter på betaling af told (",
            _amount(r),
            f"). Betal inden kl. 23.59: https://{host}/betal\n",
        )
    elif kind == 3:
        b(
            "MitID: Din MitID-app skal fornyes. Log ind med bruger-id ",
            b.mitid(victim),
            f" på https://{host} inden i morgen, ellers lukkes din adgang.\n",
        )
    else:
        b("Din kode er ", b.otp(), ". Giv aldrig koden videre. Mvh Fjordbanken\n")


# --- genres --------------------------------------------------------------------------------


def sms_videresendt(b: Doc) -> None:
    r = b.r
    p = _person(r)
    day, clock = _when(r)
    b(
        f"Videresendt SMS {day} kl. {clock} fra ",
        b.name(p, r.choice(("full", "caps", "three"))),
        " (",
        b.phone(p.phone),
        ")\n\n",
    )
    b("Hej Fjordbanken. Jeg fik denne her i morges fra ", b.phone(foreign=r.random() < 0.4), ". ")
    b(
        r.choice(
            (
                "Jeg har ikke trykket på linket.",
                "Jeg trykkede desværre på linket.",
                f"Det var {_family(r)} der gjorde mig opmærksom på den.",
            )
        ),
        "\n\n---\n",
    )
    _scam_sms(b, p)
    b("---\n\n")
    if r.random() < 0.5:
        b(
            "Bagefter ringede ",
            *b.alias(),
            " og bad om koden. Jeg læste ",
            b.otp(),
            " op for ham og gav ham også kortnummeret ",
            b.card(),
            " udløb ",
            b.expiry(),
            " og ",
            *b.cvv(),
            ".\n",
        )
    if r.random() < 0.4:
        b("Mit CPR er ", b.cpr(p), " hvis I skal bruge det.\n")
    if r.random() < 0.3:
        b(
            "Kan I ringe til mig på ",
            b.phone(p.phone),
            " eller skrive til ",
            b.email(p.email),
            "?\n",
        )
    b("Mvh ", b.name(p, r.choice(("full", "given", "lower", "initial"))), "\n")


def mail_videresendt(b: Doc) -> None:
    r = b.r
    p = _person(r)
    day, clock = _when(r)
    scammer = f"{r.choice(('sikkerhed', 'support', 'kundeservice'))}@{r.choice(SCAM_HOSTS)}"
    b(
        "Fra: ",
        b.name(p),
        " <",
        b.email(p.email),
        ">\nTil: ",
        b.email(TEAM[0]),
        f"\nEmne: VS: Vigtigt - din konto er låst\nDato: {day} {clock.replace('.', ':')}\n\n",
    )
    b(r.choice(("Hej. Er den her ægte? ", "Jeg tror det er svindel. ", "Til jeres orientering. ")))
    if r.random() < 0.5:
        b(
            "Jeg har udfyldt formularen med mit kort ",
            b.card(),
            " (",
            b.expiry(),
            ", ",
            *b.cvv(),
            ") før jeg opdagede det.",
        )
    b(
        "\n\n-------- Videresendt meddelelse --------\nFra: Fjordbanken Sikkerhed <",
        b.email(scammer),
        ">\nTil: ",
        b.email(p.email),
        "\nEmne: Vigtigt - din konto er låst\n\n",
    )
    b("Kære ", b.name(p, r.choice(("full", "caps", "surname_first"))), "\n\n")
    choice = r.randrange(3)
    if choice == 0:
        b(
            "Vi har registreret usædvanlig aktivitet. Bekræft din identitet med CPR-nummer og "
            f"MitID på https://{r.choice(SCAM_HOSTS)} inden 24 timer.\n"
        )
    elif choice == 1:
        b(
            "Din konto er flyttet. Fremtidige indbetalinger skal ske til IBAN ",
            b.iban(),
            " (kontohaver ",
            b.name(_person(r), "full", "Modtager 1"),
            ").\n",
        )
    else:
        b(
            "Du har en refusion på ",
            _amount(r),
            " Svar med dit kortnummer, udløbsdato og kontrolcifre, så udbetaler vi beløbet.\n",
        )
    b("Med venlig hilsen\n", *b.alias(), "\n")


def klage(b: Doc) -> None:
    r = b.r
    p = _person(r)
    day, _ = _when(r)
    b(
        f"Klage modtaget via kontaktformular {day}\n\nNavn: ",
        b.name(p, r.choice(("full", "three", "caps"))),
        "\nAdresse: ",
        b.address(p, "comma"),
        "\nCPR-nr.: ",
        b.cpr(p),
        "\nTelefon: ",
        b.phone(p.phone),
        "\nE-mail: ",
        b.email(p.email),
        "\n\n",
    )
    b(
        f"Jeg er meget utilfreds. Den {day} forsvandt ",
        _amount(r),
        " fra min konto ",
        *b.account(p),
        " efter at ",
        *b.alias(),
        " ringede fra ",
        b.phone(foreign=r.random() < 0.5),
        ". ",
    )
    b(
        r.choice(
            (
                "I sagde i telefonen at pengene ikke kunne komme tilbage. ",
                "Jeg har været kunde i 30 år og føler mig svigtet. ",
                f"{_family(r).capitalize()} har også ringet til jer uden svar. ",
            )
        )
    )
    if r.random() < 0.5:
        b("Pengene gik til ", b.iban(), " og jeg har aldrig godkendt det.")
    if r.random() < 0.4:
        b(" Mit kort ", b.card(), " er nu spærret, og jeg kan ikke handle.")
    b("\n\nVenlig hilsen\n", b.name(p, r.choice(("full", "initial", "given"))), "\n")
    if r.random() < 0.6:
        b(b.address(p, "block"), "\n")


def opkaldsnotat(b: Doc) -> None:
    r = b.r
    p, (staff, _) = _person(r), _staff(r)
    day, clock = _when(r)
    b(
        f"Opkaldsnotat {day} kl. {clock} - ",
        _case(r),
        "\nRådgiver: ",
        b.name(staff, r.choice(("full", "initial")), "Analytiker 1"),
        "\nIndgående fra ",
        b.phone(p.phone),
        "\n\n",
    )
    b("Under opkaldet: kunden ", b.name(p, r.choice(("full", "three"))))
    if r.random() < 0.6:
        b(", født ", b.dob(p), ",")
    b(
        " ringer fordi ",
        *b.alias(),
        " har ringet og bedt om ",
        r.choice(("MitID-koden.", "at flytte penge til en sikker konto.", "kortoplysninger.")),
        "\n",
    )
    b("- Kunden oplyser MitID bruger-id ", b.mitid(p), " og at koden ", b.otp(), " blev givet.\n")
    b("- Beløb: ", _amount(r), " til ", *b.account(_person(r)), "\n")
    if r.random() < 0.5:
        b("- Kort ", b.card(), " (udløb ", b.expiry(), ") spærret kl. ", _when(r)[1], ".\n")
    b(
        "\nEfter opkaldet: ",
        b.name(p, "genitive"),
        " oplysninger bekræftet mod CPR ",
        b.cpr(p),
        ". Ringes op igen på ",
        b.phone(p.phone),
        " i morgen. Bor ",
        b.address(p, "comma"),
        ".\n",
    )
    if r.random() < 0.3:
        b(
            "Kunden nævner at ",
            _family(r),
            " har lånt bilen ",
            b.plate(),
            " og måske også fik en SMS.\n",
        )


def chat(b: Doc) -> None:
    r = b.r
    p, (staff, _) = _person(r), _staff(r)
    who = b.name(p, "full", "Kunde B")
    agent = b.name(staff, "given", "Analytiker 2")
    minute = r.randint(8 * 60, 20 * 60)

    def line(speaker: Part, *parts: Part) -> None:
        nonlocal minute
        minute += r.randint(0, 3)
        b(f"[{minute // 60:02d}:{minute % 60:02d}] ", speaker, ": ", *parts, "\n")

    line(who, "hej det er ", b.name(p, "lower", "kunde b"), " jeg tror jeg er blevet snydt")
    line(agent, "Hej ", b.name(p, "given", "Kunde B"), ". Det er godt du skriver. Hvad er sket?")
    line(
        who,
        "en fra ",
        r.choice(DEPARTMENTS),
        " ringede fra ",
        b.phone(foreign=r.random() < 0.3),
        " og jeg gav ham koden ",
        b.otp(),
    )
    line(who, r.choice(("hvad gør jeg nu", "er mine penge væk??", "jeg er så flov over det")))
    line(agent, "Jeg spærrer dit kort med det samme. Kan du bekræfte dit CPR-nummer?")
    line(who, b.cpr(p))
    if r.random() < 0.5:
        line(who, "kortet er ", b.card(), " og det udløber ", b.expiry())
    line(agent, "Tak. Kortet er spærret. Hvilket nummer kan vi ringe på?")
    line(who, b.phone(p.phone), " eller ", b.email(p.email))
    if r.random() < 0.4:
        line(who, "han hed ", *b.alias(), " sagde han")
    line(
        agent,
        "Jeg opretter sag ",
        _case(r),
        ". Ring på ",
        r.choice(ORG_LINES[:2]),
        " hvis der sker mere.",
    )
    line(who, "tak ", b.name(staff, "lower", "analytiker 2"))


def sagsnotat(b: Doc) -> None:
    r = b.r
    p, (staff, _) = _person(r), _staff(r)
    day, clock = _when(r)
    b(_case(r), " - status ", day, "\nKunde: ", b.name(p, "surname_first"), ", ", b.cpr(p), "\n")
    if r.random() < 0.5:
        b("Fødselsdato: ", b.dob(p), "\n")
    b(
        "Adresse: ",
        b.address(p, r.choice(("comma", "street", "block"))),
        "\nTlf.: ",
        b.phone(p.phone),
        "\n",
    )
    b(f"\nkl. {clock}: ", r.choice(("Ny", "Opdateret")), " status: afventer politianmeldelse. ")
    b("Svindelbeløb ", _amount(r), " overført til ", b.iban(), ". ")
    b("Hævet i automaten ved ", r.choice(STREETS), ". ")
    if r.random() < 0.4:
        b(
            "Modtagerkonto ",
            *b.account(_person(r)),
            " tilhører ",
            b.name(_person(r), r.choice(("full", "caps", "three")), "Modtager 1"),
            ". ",
        )
    if r.random() < 0.4:
        b(
            "Kunden solgte bil ",
            b.plate(),
            " via DBA-Handel ApS til en køber med nummer ",
            b.phone(foreign=True),
            ". ",
        )
    b(
        "\nNæste skridt: ",
        b.name(staff, "initial", "Analytiker 1"),
        " kontakter ",
        r.choice(BANKS[1:]),
        " (CVR-nr. ",
        r.choice(CVR),
        ").\n",
    )


def intern_mail(b: Doc) -> None:
    r = b.r
    (a, amail), (c, cmail) = _staff(r), _staff(r)
    p = _person(r)
    b(
        "Fra: ",
        b.name(a, "full", "Analytiker 1"),
        " <",
        b.email(amail),
        ">\nTil: ",
        b.name(c, "full", "Analytiker 2"),
        " <",
        b.email(cmail),
        ">\nCc: ",
        b.email(TEAM[r.randrange(2)]),
        "\nEmne: ",
        _case(r),
        " ",
        b.name(p, "caps"),
        "\n\n",
    )
    b(
        "Hej ",
        b.name(c, "given", "Analytiker 2"),
        "\n\nKan du kigge på ",
        b.name(p, "genitive"),
        " sag? ",
    )
    b(
        "Kunden (",
        b.name(p, r.choice(("three", "full"))),
        ", f. ",
        b.dob(p),
        ") blev ringet op af ",
        *b.alias(),
        " og har godkendt ",
        _amount(r),
        " i MobilePay. ",
    )
    b("Kundens konto ", *b.account(p), " er lukket for udbetalinger. ")
    if r.random() < 0.5:
        b("Der er også en Kvikfragt-faktura med bil ", b.plate(), " som kunden ikke kender.")
    if r.random() < 0.4:
        b(" Kunden ønsker svar på ", b.email(p.email), " (ikke ", b.masked_mail(p.email), ").")
    b("\n\nHilsen\n", b.name(a, r.choice(("given", "initial")), "Analytiker 1"), "\n")


def vagtskifte(b: Doc) -> None:
    r = b.r
    (staff, _), (next_, _) = _staff(r), _staff(r)
    day, clock = _when(r)
    b(
        f"Overdragelse ved vagtskifte {day} kl. {clock}\nFra ",
        b.name(staff, "initial", "Analytiker 1"),
        " til ",
        b.name(next_, "full", "Analytiker 2"),
        "\n\n",
    )
    for _ in range(r.randint(2, 4)):
        p = _person(r)
        b(
            "* ",
            _case(r),
            " ",
            b.name(p, r.choice(("surname_first", "caps", "full", "three"))),
            ": ",
        )
        what = r.randrange(4)
        if what == 0:
            b("kort ", b.card(), " spærret, nyt kort sendt til ", b.address(p, "comma"), ".")
        elif what == 1:
            b(
                "venter på svar fra ",
                r.choice(BANKS[1:]),
                " om tilbagekald af ",
                _amount(r),
                " til ",
                b.iban(),
                ".",
            )
        elif what == 2:
            b(
                "ring tilbage på ",
                b.phone(p.phone),
                " efter kl. 16.00, MitID-bruger ",
                b.mitid(p),
                " er spærret.",
            )
        else:
            b(
                "bilen ",
                b.plate(),
                " solgt til svindler, politiet har sagen. Pengene var sendt fra ",
                *b.account(p),
                ".",
            )
        b("\n")
    b("* Husk: kortspærring på ", ORG_LINES[r.randrange(2)], " er nede kl. 02-04.\n")


def kortindsigelser(b: Doc) -> None:
    r = b.r
    p = _person(r)
    b(
        _dispute(r),
        " - indsigelse fra ",
        b.name(p, r.choice(("full", "caps", "surname_first"))),
        ", CPR ",
        b.cpr(p),
        "\nKort: ",
        b.card(),
        " udløb ",
        b.expiry(),
        "\n\n",
    )
    b("Dato       Forretning              Beløb\n")
    for _ in range(r.randint(3, 6)):
        day = (date(2026, 11, 2) + timedelta(days=r.randrange(14))).isoformat()
        b(f"{day} {r.choice(COMPANIES):<22} {_amount(r)}\n")
    b("\nKunden har ikke godkendt købene. ")
    if r.random() < 0.5:
        b("Kortoplysninger inkl. ", *b.cvv(), " blev givet til ", *b.alias(), ". ")
    elif r.random() < 0.5:
        b("Kunden har selv oplyst ", *b.cvv(), " på en falsk side. ")
    b("Kontakt: ", b.phone(p.phone), "\n")


def brev(b: Doc) -> None:
    r = b.r
    p, (staff, smail) = _person(r), _staff(r)
    day, _ = _when(r)
    b(b.name(p, r.choice(("full", "three", "caps"))), "\n", b.address(p, "block"), "\n\n")
    b(f"Fjordbanken A/S, CVR-nr. {r.choice(CVR)}\n{day}\n\nVedrørende ", _case(r), "\n\n")
    b("Kære ", b.name(p, r.choice(("full", "given"))), "\n\n")
    b("Vi har nu behandlet din sag om misbrug af din konto ", *b.account(p), ". ")
    b(
        r.choice(("Vi dækker tabet på ", "Vi kan desværre ikke dække tabet på ")),
        _amount(r),
        ", da ",
        r.choice(("koden blev givet videre", "betalingen blev godkendt med MitID")),
        ".",
    )
    if r.random() < 0.5:
        b(
            " Dit nye kort med slutcifrene ",
            "**** **** **** ",
            f"{r.randrange(10**4):04d}",
            " sendes til din adresse.",
        )
    b(
        " Har du spørgsmål, så ring på ",
        ORG_LINES[r.randrange(4)],
        " eller skriv til ",
        b.email(smail),
        ".\n\nMed venlig hilsen\n",
        b.name(staff, "full", "Medarbejder C"),
        "\nSvindelteamet, Fjordbanken\n",
    )


WRITERS: dict[str, Callable[[Doc], None]] = {
    "sms_videresendt": sms_videresendt,
    "mail_videresendt": mail_videresendt,
    "klage": klage,
    "opkaldsnotat": opkaldsnotat,
    "chat": chat,
    "sagsnotat": sagsnotat,
    "intern_mail": intern_mail,
    "vagtskifte": vagtskifte,
    "kortindsigelser": kortindsigelser,
    "brev": brev,
}


def generate(seed: int | str = "pii_blind64", size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, genres mixed."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = [True] * negatives + [False] * (size - negatives)
    plan = [
        (GENRES[i % len(GENRES)], neg) for neg in (True, False) for i in range(kinds.count(neg))
    ]
    r.shuffle(plan)
    docs, seen = [], set()
    for genre, neg in plan:
        while True:
            b = Doc(r, neg)
            WRITERS[genre](b)
            if b.text not in seen:
                break
        seen.add(b.text)
        docs.append(
            {
                "id": f"pii_blind64-{len(docs):04d}",
                "genre": genre,
                "kind": "negative" if neg else "positive",
                "text": b.text,
                "spans": b.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1])
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
