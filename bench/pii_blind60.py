"""A sixty-first blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is the COURT AND
PROSECUTION FILES OF FRAUD TRIALS as the prosecution service (anklagemyndigheden), defence
lawyers and the courts write them, in nine genres: an indictment (anklageskrift) with the
accused (T1, T2) named with CPR number and address and counts listing victims, dates, amounts,
accounts and misused cards; a witness list (surname first, birth dates, addresses on two
lines, phones); a court record (retsbog) with who appeared and what they stated; an excerpt of
a judgment where the parties are named (the accused in capitals, a genitive in the reasons); a
police interview report (afhøringsrapport) with the scammer's alias, a code read out and the
car's number plate; a request for seizure of accounts (Danish accounts and foreign IBANs); a
victim's compensation claim (erstatningskrav) with bank details; a list of money mules with
phones, MitID user IDs and a quoted Telegram chat in lower case; and the e-mail correspondence
(Fra:/Til:/Emne:) between the defence lawyer and the prosecutor. The names are those of Danes
of all ages, Danes with roots elsewhere ("Zeynep Yilmaz", "Nguyen Thi Lan") and double
surnames ("Bech-Andersen"), and the court's, the prosecution's and the lawyers' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("dommer", "anklager", "advokat",
  "tiltalte", "vidne", "forurettede"); "Nielsen, Mads" is one span; a genitive s belongs to it
  ("Mads Nielsens"); a lower-case name typed in a chat ("jonas") is PERSON. A scammer's alias
  ("Jonas fra kortafdelingen", "Sara fra Nordea") labels only the name ("Jonas"): the
  department or company is not part of the span. Organisations, courts, products, placeholders
  ("[NAVN]", "T1", "T2", "Forurettede A", "Vidne 1") and family words ("min mand") are never
  PERSON.
- ADDRESS is a person's address: from the street name through number, letter, floor and side
  ("7C", "3. tv.", "st. mf."), plus ", postcode town" on the same line or on the next line of
  an address block (line break included). A street named without a number is not an address.
  No organisation's postal address occurs (whether to redact one is an open product question).
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
  An organisation's number (70/80 lines, 112, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 849,95"), dates and clock times
  ("02.12.25", "kl. 09.14", "[21:14]", "2026-03-04"), case and journal numbers ("SS 3-1234/2026",
  "AM-2026-01234", "0900-84250-00312-25"), CVR numbers, masked values ("040652-xxxx",
  "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 and short numbers, courts, companies, banks,
  products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]") and pseudonym labels
  ("T1", "Forurettede A", "Vidne 1") remain. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind60 OUT.jsonl`` writes the set; ``generate()`` returns it.
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
SEED = "pii_blind60"

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

WOMEN = ("Birthe", "Lone", "Hanne", "Mette", "Signe", "Ida", "Freja", "Nanna", "Karin", "Ulla",
         "Zeynep", "Amina", "Jolanta", "Emma", "Inger", "Gitte", "Malene", "Rikke", "Nadia",
         "Fatima", "Clara", "Anne-Sofie", "Marie-Louise", "Vibeke", "Dorthe", "Asta", "Lan",
         "Bodil", "Sanne", "Ayaan")  # fmt: skip
MEN = ("Mads", "Jonas", "Henrik", "Bent", "Poul", "Kasper", "Rasmus", "Emil", "Magnus", "Torben",
       "Ahmad", "Bilal", "Emre", "Tariq", "Piotr", "Duc", "Omar", "Ole", "Finn", "Jens-Ole",
       "Villads", "Oliver", "Noah", "Kristian", "Hassan", "Mikkel", "Aske", "Erik", "Karsten",
       "Said")  # fmt: skip
MIDDLE = ("Holm", "Munk", "Bøgh", "Juul", "Kirk", "Lykke", "Engel", "Thi", "Vang", "Bech")
SURNAMES = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Thomsen", "Poulsen",
            "Møller", "Østergaard", "Kjeldsen", "Skov", "Lund", "Frost", "Vestergaard",
            "Kowalski", "Yilmaz", "Hussein", "Nguyen", "Ali", "Rahimi", "Haddad", "Demir",
            "Bundgaard", "Krogh", "Gade", "Brink", "Abdi", "Lindqvist", "Mortensen")  # fmt: skip
DOUBLE_SURNAMES = ("Holm-Sørensen", "Dahl-Jakobsen", "Krogh-Mathiesen", "Bech-Andersen",
                   "Yilmaz-Hansen", "Toft-Abdi", "Skov-Rahimi", "Lund-Kowalski")  # fmt: skip
STREETS = ("Tingvej", "Ryesgade", "Hvidovrevej", "Roskildevej", "Vestergade", "Møllevej",
           "Kirkestræde", "Engtoften", "Lærkevej", "Skovbrynet", "Stationsvej", "Brøndbyvej",
           "Sankt Hans Gade", "Bøgevænget", "Ribe Landevej", "Fasanvej", "Hyldegårdsvej",
           "Strandboulevarden", "Tranevej", "Ahornvej", "Rosenhøj", "Gammel Køge Landevej",
           "Gartnerbakken", "Slotsherrensvej", "Valmuemarken")  # fmt: skip
TOWNS = ("2600 Glostrup", "2650 Hvidovre", "2630 Taastrup", "8000 Aarhus C", "5000 Odense C",
         "9000 Aalborg", "6700 Esbjerg", "4000 Roskilde", "7100 Vejle", "8900 Randers",
         "2300 København S", "2200 København N", "4700 Næstved", "3400 Hillerød",
         "6000 Kolding", "8700 Horsens", "2770 Kastrup", "4600 Køge", "7400 Herning",
         "3000 Helsingør", "2605 Brøndby", "2720 Vanløse")  # fmt: skip
COURTS = (
    "Retten i Glostrup",
    "Københavns Byret",
    "Retten i Odense",
    "Retten i Aarhus",
    "Retten i Roskilde",
    "Retten i Kolding",
    "Retten i Hillerød",
    "Østre Landsret",
)
POLICE = (
    "Københavns Vestegns Politi",
    "Fyns Politi",
    "Østjyllands Politi",
    "Midt- og Vestsjællands Politi",
    "Sydøstjyllands Politi",
    "Nordsjællands Politi",
)
COMPANIES = ("Anklagemyndigheden", "Advokathuset Strand", "Forsvarerkontoret Nord",
             "Nordlys Trading ApS", "Kystlinjen Invest IVS", "Statsadvokaten")  # fmt: skip
BANKS = ("Nordea", "Danske Bank", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord",
         "Revolut", "Lunar")  # fmt: skip
PRODUCTS = ("MobilePay", "Telegram", "Snapchat", "WhatsApp", "NemKonto")
ORG_LINES = ("70 15 44 00", "80 20 31 31", "70 33 12 12", "8088 4410")
PSEUDONYMS = ("T1", "T2", "Forurettede A", "Forurettede B", "Vidne 1", "Vidne 2")
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
FAMILY = ("min mand", "min kone", "hans kæreste", "hendes søn", "min datter", "hans bror")
DOMAINS = ("example.dk", "example.com", "post.example.dk", "example.net")
GENRES = (
    "anklageskrift",
    "vidneliste",
    "retsbog",
    "dom_uddrag",
    "afhoeringsrapport",
    "beslaglaeggelse",
    "erstatningskrav",
    "muldyrliste",
    "korrespondance",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "51", "53", "60", "61")
LANDLINE = ("32", "33", "36", "38", "43", "44", "46", "56", "62", "66", "75", "86", "98")
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "NL": 18, "ES": 24, "SE": 24, "FI": 18, "GB": 22,
               "NO": 15, "PL": 28}  # fmt: skip
IBAN_BANKS = {"NL": ("ABNA", "INGB", "RABO"), "GB": ("NWBK", "BARC", "MIDL")}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
NAME_STYLES = ("full", "three", "caps", "surname first", "initial", "middle initial", "genitive")

Item = str | tuple[str, str | None]


def grouped(compact: str) -> str:
    """An IBAN or card number in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _passes_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


@dataclass(frozen=True)
class Person:
    given: str
    middle: str
    surname: str
    born: date

    def written(self, style: str) -> str:
        full = f"{self.given} {self.surname}"
        if style == "three":
            return f"{self.given} {self.middle} {self.surname}"
        if style == "caps":
            return full.upper()
        if style == "surname first":
            return f"{self.surname}, {self.given}"
        if style == "initial":
            return f"{self.given[0]}. {self.surname}"
        if style == "middle initial":
            return f"{self.given} {self.middle[0]}. {self.surname}"
        if style == "lower":
            return self.given.split("-")[0].lower()
        if style == "genitive" and not full.endswith(("s", "x", "z")):
            return full + "s"
        if style == "given genitive" and not self.given.endswith(("s", "x", "z")):
            return self.given + "s"
        return full


class Doc:
    """A text being written, with the spans of the labelled values in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def __call__(self, *items: Item) -> Doc:
        for item in items:
            value, kind = (item, None) if isinstance(item, str) else item
            if kind:
                self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
            self.parts.append(value)
            self.size += len(value)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Writer:
    """Values for one document: labelled in a positive, pseudonymised in a negative."""

    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.r = rng
        self.pos = positive

    # people -------------------------------------------------------------------------------
    def person(self, young: bool = False) -> Person:
        r = self.r
        given = r.choice(WOMEN + MEN)
        surname = r.choice(DOUBLE_SURNAMES) if r.random() < 0.25 else r.choice(SURNAMES)
        first = date(1986, 1, 1) if young else date(1942, 1, 1)
        born = first + timedelta(days=r.randrange((date(2005, 12, 31) - first).days))
        return Person(given, r.choice(MIDDLE), surname, born)

    def name(self, p: Person, style: str | None = None, pseudo: str = "[NAVN]") -> Item:
        style = style or self.r.choice(NAME_STYLES)
        if not self.pos:
            return pseudo + ("'s" if "genitive" in style and pseudo[0] != "[" else "")
        return (p.written(style), "PERSON")

    def role(self, word: str) -> str:
        """A role word before a name; the pseudonym replaces both in a negative."""
        return word if self.pos else ""

    def alias(self, pseudo: str = "[NAVN]") -> Item:
        return (self.r.choice(MEN + WOMEN).split("-")[0], "PERSON") if self.pos else pseudo

    # identifiers --------------------------------------------------------------------------
    def cpr(self, p: Person) -> Item:
        r = self.r
        while True:
            seventh = "4" if p.born.year >= 2000 else r.choice("0123")
            digits = p.born.strftime("%d%m%y") + seventh + f"{r.randrange(1000):03d}"
            if not _passes_mod11(digits):
                break
        if not self.pos:
            return r.choice((digits[:6] + "-xxxx", "[CPR]"))
        d = digits
        forms = (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        return (r.choice(forms), "CPR")

    def birth(self, p: Person) -> Item:
        b = p.born
        forms = (f"{b.day}. {MONTHS[b.month - 1]} {b.year}", b.strftime("%d.%m.%Y"),
                 f"{b.day}/{b.month}-{b.year}", b.strftime("%d-%m-%Y"))  # fmt: skip
        return (self.r.choice(forms), "DATE_OF_BIRTH") if self.pos else "19xx"

    def phone(self) -> Item:
        r = self.r
        if not self.pos:
            return r.choice(("[TLF]", f"+45 ** ** ** {r.randrange(10, 100)}"))
        if r.random() < 0.1:
            value = r.choice(
                (f"+44 7700 900{r.randrange(1000):03d}", f"+46 70 174 06 {r.randrange(5, 100):02d}")
            )
            return (value, "PHONE")
        n = r.choice(MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        forms = (
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
        return (r.choice(forms), "PHONE")

    def email(self, p: Person | None = None) -> Item:
        r = self.r
        p = p or self.person()
        local = "".join(
            {"æ": "ae", "ø": "oe", "å": "aa", "é": "e"}.get(c, c)
            for c in r.choice(
                (
                    f"{p.given}.{p.surname}",
                    f"{p.given[0]}{p.surname}",
                    f"{p.given}{p.born.year % 100:02d}",
                    f"{p.given[0]}{p.middle[0]}{p.surname[0]}",
                )
            ).lower()
        )
        if not self.pos:
            return r.choice((f"{local[0]}***@{r.choice(DOMAINS)}", "[e-mail]"))
        return (f"{local}@{r.choice(DOMAINS)}", "EMAIL")

    def address(self, block: bool | None = None) -> Item:
        r = self.r
        if not self.pos:
            return "[ADRESSE]"
        street = f"{r.choice(STREETS)} {r.randrange(1, 180)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        if r.random() < 0.45:
            street += ", " + r.choice(("st.", "1.", "2.", "3.", "4.")) + " "
            street += r.choice(("th.", "tv.", "mf."))
        block = r.random() < 0.6 if block is None else block
        sep = "\n" if block else r.choice((", ", ", ", ", ", ""))
        return (street + (sep + r.choice(TOWNS) if sep else ""), "ADDRESS")

    def account(self) -> list[Item]:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        acct = f"{r.randrange(10**9):010d}" if r.random() < 0.6 else f"{r.randrange(10**7, 10**8)}"
        if not self.pos:
            return [r.choice(("[kontonr.]", f"******{acct[-4:]}"))]
        form = r.randrange(4)
        if form == 0:
            return [(f"{reg}-{acct}", "BANK_ACCOUNT")]
        if form == 1:
            return [(f"{reg} {acct}", "BANK_ACCOUNT")]
        if form == 2:
            return [f"reg.nr. {reg}, kontonr. ", (acct, "BANK_ACCOUNT")]
        return [f"reg. {reg} konto ", (acct, "BANK_ACCOUNT")]

    def iban(self, country: str | None = None) -> Item:
        r = self.r
        cc = country or r.choice(tuple(IBAN_LENGTH))
        length = IBAN_LENGTH[cc] - 4
        bank = r.choice(IBAN_BANKS.get(cc, ("",)))
        bban = bank + "".join(str(r.randrange(10)) for _ in range(length - len(bank)))
        compact = cc + _iban_check(cc, bban) + bban
        if not self.pos:
            return f"{cc}{compact[2:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
        return (grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self) -> list[Item]:
        """A misused card as the counts and claims give it: number, expiry and CVV."""
        r = self.r
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        number = body + _luhn_digit(body)
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        expiry = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        cvv = f"{r.randrange(1000):03d}"
        cue = r.choice(("CVV", "cvc", "CVC", "kontrolcifre"))
        if not self.pos:
            return [f"kort **** **** **** {number[-4:]}, udløb xx/xx, {cue} ***"]
        shown = grouped(number) if r.random() < 0.7 else number
        return ["kort ", (shown, "CARD"), ", udløb ", (expiry, "CARD_EXPIRY"),
                f", {cue} ", (cvv, "CARD_CVV")]  # fmt: skip

    def otp(self) -> Item:
        r = self.r
        code = f"{r.randrange(10**6):06d}" if r.random() < 0.8 else f"{r.randrange(10**8):08d}"
        return (code, "OTP") if self.pos else "[kode]"

    def mitid(self, p: Person) -> Item:
        r = self.r
        base = r.choice((p.given.split("-")[0], p.surname.split("-")[0], p.given[0] + p.surname))
        base = "".join(c for c in base.lower() if "a" <= c <= "z")
        suffix = r.choice((f"{p.born.year % 100:02d}", str(p.born.year), f"{r.randrange(10, 99)}"))
        return (base + suffix, "MITID_USER") if self.pos else "[kode]"

    def plate(self) -> Item:
        r = self.r
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        if not self.pos:
            return "XX xx xxx"
        spaced = r.random() < 0.7
        return (
            f"{letters} {digits[:2]} {digits[2:]}" if spaced else letters + digits,
            "NUMBER_PLATE",
        )

    # hard negatives -----------------------------------------------------------------------
    def day(self) -> str:
        d = date(2025, 1, 1) + timedelta(days=self.r.randrange(540))
        return self.r.choice((f"{d.day}. {MONTHS[d.month - 1]} {d.year}", d.strftime("%d.%m.%y")))

    def amount_end(self) -> str:
        """An amount that ends a sentence, with one full stop."""
        value = self.amount()
        return value if value.endswith(".") else value + "."

    def clock(self) -> str:
        return f"kl. {self.r.randrange(8, 22):02d}.{self.r.randrange(60):02d}"

    def amount(self) -> str:
        r = self.r
        kr = r.randrange(800, 480000)
        value = f"{kr:,}".replace(",", ".")
        if r.random() < 0.3:
            return f"kr. {value},{r.randrange(100):02d}"
        return f"{value} kr."

    def case_no(self) -> str:
        r = self.r
        return r.choice(
            (
                f"SS {r.randrange(1, 9)}-{r.randrange(1000, 9999)}/2026",
                f"AM-2026-{r.randrange(10**5):05d}",
                f"{r.randrange(1000, 1999):04d}-{r.randrange(10**5):05d}-"
                f"{r.randrange(10**5):05d}-25",
            )
        )

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randrange(30000000, 45000000)}"

    def masked(self, *kinds: str) -> str:
        """A value masked as bank and court systems print it: card, account, phone, iban, mail."""
        r = self.r
        shown = {
            "card": f"**** **** **** {r.randrange(1000, 9999)}",
            "account": f"******{r.randrange(1000, 9999)}",
            "phone": f"+45 ** ** ** {r.randrange(10, 100)}",
            "iban": f"DK{r.randrange(10, 99)}{'X' * 10}{r.randrange(1000, 9999)}",
            "mail": f"{r.choice('abcdefghijklmnoprst')}***@{r.choice(DOMAINS)}",
            "cpr": f"{r.randrange(1, 29):02d}{r.randrange(1, 13):02d}{r.randrange(40, 100)}-xxxx",
        }
        return shown[r.choice(kinds)]

    def org_line(self) -> str:
        r = self.r
        return r.choice(
            (f"{r.choice(BANKS)}s spærrelinje på {r.choice(ORG_LINES)}", "alarmcentralen på 112",
             "politiet på 114", f"bankens kundeservice på {r.choice(ORG_LINES)}")
        )  # fmt: skip

    def street_only(self) -> str:
        return f"ved {self.r.choice(STREETS)}"


def _staff(w: Writer, role: str, p: Person | None = None) -> list[Item]:
    """A member of the court's, the prosecution's or the defence's staff, title outside."""
    return [role + " ", w.name(p or w.person(), w.r.choice(("full", "full", "initial", "three")))]


def _anklageskrift(w: Writer, d: Doc) -> None:
    r = w.r
    t1, t2 = w.person(True), w.person(True)
    d(f"{r.choice(POLICE)}\nAnklagemyndigheden\nJ.nr. {w.case_no()}\n{w.day()}\n\n")
    d(
        f"ANKLAGESKRIFT\n\nTil {r.choice(COURTS)}.\n\n",
        "Anklagemyndigheden rejser herved tiltale mod\n\n",
    )
    for label, p in (("T1", t1), ("T2", t2)):
        d(label, " ", w.name(p, r.choice(("full", "three", "caps"))), ", cpr.nr. ", w.cpr(p))
        d(",\n", w.address(True), "\n\n")
    d("for\n\nForhold 1\nBedrageri efter straffelovens § 279 ved i perioden fra den ")
    d(f"{w.day()} til den {w.day()} i forening at have ringet til ", w.role("forurettede "))
    v1 = w.person()
    d(w.name(v1, "full", "Forurettede A"), ", ", w.address(False), ", og under foregivende af ")
    d("at være ", w.alias(), f" fra {r.choice(BANKS)}s kortafdeling at have formået denne til at ")
    d("oplyse sit ", *w.card(), ", samt engangskoden ", w.otp(), ", hvorefter T1 ")
    d(f"overførte {w.amount()} til konto ", *w.account(), " tilhørende T2.\n\n")
    d("Forhold 2\nHvidvask efter straffelovens § 290 a ved at have modtaget ")
    d(f"{w.amount()} fra ", w.role("forurettede "))
    v2 = w.person()
    d(w.name(v2, r.choice(("full", "three")), "Forurettede B"), ", tlf. ", w.phone())
    d(", på konto ", *w.account(), " og samme dag have videreført beløbet til ", w.iban(), ".\n\n")
    if r.random() < 0.5:
        d(f"Forurettede oplyste {w.masked('phone', 'mail')} over for banken.\n\n")
    d("Påstand\nFængselsstraf og konfiskation af ", w.amount(), f" hos T2. {w.cvr()} ")
    d("(Nordlys Trading ApS) anmodes opløst.\n\n")
    d("Beviser\nForklaring af tiltalte og af vidnerne ", w.name(v1, "three", "Vidne 1"), " og ")
    d(w.name(v2, "full", "Vidne 2"), ".\n\n")
    prosecutor = w.person()
    d("Anklager\n", w.name(prosecutor, "full"), "\nTelefon ", w.phone())
    d(", e-mail ", w.email(prosecutor))
    d("\n")


def _vidneliste(w: Writer, d: Doc) -> None:
    r = w.r
    d(f"Anklagemyndigheden\nVIDNELISTE i sag {w.case_no()} ({r.choice(COURTS)})\n")
    d(f"Hovedforhandling {w.day()} {w.clock()}\n\n")
    for i in range(r.randrange(3, 6)):
        p = w.person()
        d(f"Vidne {i + 1}: ", w.name(p, "surname first"))
        d(", f. ", w.birth(p), "\n", w.address(True), "\nTlf.: ", w.phone())
        if r.random() < 0.5:
            d(", e-mail: ", w.email(p))
        d("\n", r.choice(("Forurettet i forhold 1.", "Bankrådgiver, forklarer om kontoen.",
                          f"Forklarer om opkaldet fra {r.choice(ORG_LINES)}.",
                          f"Var til stede sammen med {r.choice(FAMILY)}.")), "\n\n")  # fmt: skip
    d(f"Vidnerne indkaldes af anklagemyndigheden. Afbud på {r.choice(ORG_LINES)}.\n")


def _retsbog(w: Writer, d: Doc) -> None:
    r = w.r
    t1 = w.person(True)
    d(
        f"RETSBOG\n\nÅr 2026, den {w.day()} {w.clock()} holdt {r.choice(COURTS)} ",
        "offentligt retsmøde.\n",
    )
    d("Dommer: ", *_staff(w, "dommer")[1:], "\nSag nr. ", w.case_no(), "\n")
    d(
        "Anklagemyndigheden mod ",
        w.role("T1 "),
        w.name(t1, "caps", "T1"),
        ", cpr.nr. ",
        w.cpr(t1),
        "\n\n",
    )
    d(*_staff(w, "Som anklager mødte senioranklager"), ".\n")
    d(*_staff(w, "Som forsvarer mødte advokat"), f" ({r.choice(COMPANIES[1:3])}).\n")
    d("Tiltalte ", w.name(t1, "full", "T1"), " mødte.\n\nTiltalte forklarede, at han den ")
    d(f"{w.day()} blev kontaktet på {r.choice(PRODUCTS)} af en, der kaldte sig ", w.alias())
    d(
        ", og fik 5.000 kr. for at låne sin konto ",
        *w.account(),
        f". Han afleverede sit {r.choice(PRODUCTS)}-",
    )
    d(
        "login og koden ",
        w.otp(),
        " til vedkommende. Han boede dengang på ",
        w.address(False),
        ".\n",
    )
    v = w.person()
    d(
        "\n",
        w.role("Vidnet "),
        w.name(v, r.choice(("full", "three", "middle initial")), "Vidne 1"),
        ", tlf. ",
        w.phone(),
    )
    d(", forklarede, at ", w.alias(), " fra kortafdelingen bad om kortnummer og kode, og at hun ")
    d("så en bil med nummerpladen ", w.plate(), f" holde {w.street_only()}. Hun mistede ")
    d(f"{w.amount()} og ringede straks til {w.org_line()}.\n\n")
    d(f"Retsmødet hævet {w.clock()}.\n")


def _dom(w: Writer, d: Doc) -> None:
    r = w.r
    t1, t2 = w.person(True), w.person(True)
    d(f"UDSKRIFT AF DOMBOGEN\n\nDOM\nafsagt den {w.day()} af {r.choice(COURTS)}\n")
    d(f"i sag {w.case_no()}\n\nAnklagemyndigheden\nmod\n")
    d(
        w.role("T1 "),
        w.name(t1, r.choice(("caps", "caps", "three")), "T1"),
        "\ncpr.nr. ",
        w.cpr(t1),
        "\n",
    )
    d(w.role("T2 "), w.name(t2, r.choice(("caps", "full")), "T2"), "\ncpr.nr. ", w.cpr(t2), "\n\n")
    d("Rettens begrundelse og afgørelse\n\n", w.name(t1, "genitive", "T1"), " forklaring om, at ")
    d("han ikke kendte ", w.alias(), ", der skrev fra kortafdelingen, kan ikke lægges til grund. ")
    d("Det er bevist, at der fra T1's konto ", *w.account(), f" blev overført {w.amount()} ")
    d("videre til ", w.iban(), ".\n")
    v = w.person()
    d(
        w.role("Forurettede "),
        w.name(v, r.choice(("full", "three", "surname first")), "Forurettede A"),
    )
    d(", født ", w.birth(v), ", har forklaret, at hun den ", w.day(), " gav koden ", w.otp())
    d(f" til en mand fra {r.choice(BANKS)}, og at {r.choice(FAMILY)} var til stede.\n")
    d(
        w.name(t2, r.choice(("genitive", "given genitive")), "T2"),
        " rolle var at stille sin konto ",
        *w.account(),
        " til ",
    )
    d(f"rådighed mod betaling af {w.amount_end()}\n\nThi kendes for ret:\n", w.role("T1, "))
    d(
        w.name(t1, r.choice(("full", "three", "initial")), "T1"),
        ", straffes med fængsel i 1 år og 6 måneder.\n",
    )
    d(
        f"Hos T2 konfiskeres {w.amount_end()} Beløbet tilbageføres fra ",
        f"{w.masked('account', 'iban')}.\n",
    )


def _afhoering(w: Writer, d: Doc) -> None:
    r = w.r
    p = w.person()
    d(f"{r.choice(POLICE)}\nAFHØRINGSRAPPORT\nJournalnr. {w.case_no()}\n")
    d(f"Afhørt den {w.day()} {w.clock()} af politiassistent ", w.name(w.person(), "full"), "\n\n")
    d("Afhørte: ", w.name(p, r.choice(("full", "three", "caps"))), "\n")
    d(r.choice(("Fødselsdato: ", "født ")), w.birth(p), "\nCPR: ", w.cpr(p), "\n")
    d("Adresse: ", w.address(), "\nTelefon: ", w.phone(), "\n")
    if r.random() < 0.5:
        d("E-mail: ", w.email(p), "\n")
    d("\nForklaring:\nAfhørte forklarede, at en mand ringede fra ", r.choice(ORG_LINES))
    d(" og præsenterede sig som ", w.alias(), r.choice((" fra kortafdelingen", " fra Nordea",
                                                        " fra MitID-support")))  # fmt: skip
    d(". Han bad afhørte om at læse koden ", w.otp(), " op og om at oplyse ", *w.card(), ".\n")
    d(f"Afhørte opdagede bagefter, at {w.amount()} var hævet. {r.choice(FAMILY).capitalize()} ")
    d(f"ringede til {w.org_line()}.\n")
    d(f"En ukendt person afhentede kortet {w.street_only()} og kørte i en grå Skoda, ")
    d("registreringsnummer ", w.plate(), ".\n")
    if r.random() < 0.5:
        d("Afhørte genkendte på billedet ", w.name(w.person(True), "full", "T2"), ".\n")
    d(f"\nRapporten er oplæst og vedstået {w.clock()}.\n")


def _beslag(w: Writer, d: Doc) -> None:
    r = w.r
    t = w.person(True)
    d(f"Anklagemyndigheden\n{w.day()}\nJ.nr. {w.case_no()}\n\n{r.choice(COURTS)}\n\n")
    d("ANMODNING OM BESLAGLÆGGELSE\n\nAnklagemyndigheden anmoder om rettens kendelse om beslag ")
    d("efter retsplejelovens § 802 hos sigtede ", w.name(t, r.choice(("three", "full")), "T1"))
    d(", cpr.nr. ", w.cpr(t), ", ", w.address(False), ".\n\nBeslaget omfatter:\n")
    for bank in r.sample(BANKS[:6], 2):
        d("- indestående på konto ", *w.account(), f" i {bank}\n")
    for _ in range(r.randrange(1, 3)):
        d("- indestående på ", w.iban(), f" ({r.choice(BANKS[6:])})\n")
    d("- personbil, reg.nr. ", w.plate(), "\n\n")
    d(f"Kontiene har siden {w.day()} modtaget {w.amount()} fra forurettede. Udbetaling sker ")
    d(
        f"til Nordlys Trading ApS, {w.cvr()}. Sigtede har oplyst ",
        f"{w.masked('phone', 'mail')} som kontakt.\n\n",
    )
    prosecutor = w.person()
    d(*_staff(w, "Med venlig hilsen\n\nanklager", prosecutor), "\n", w.email(prosecutor), "\n")


def _erstatning(w: Writer, d: Doc) -> None:
    r = w.r
    v = w.person()
    d(f"Til Anklagemyndigheden\nSag {w.case_no()}\n\nERSTATNINGSKRAV\n\n")
    d("Forurettede: ", w.name(v, r.choice(("full", "three")), "Forurettede A"), "\n")
    d(w.address(True), "\nTlf. ", w.phone(), "\nE-mail ", w.email(v), "\n\n")
    d(f"Jeg blev {w.day()} ringet op af ", w.alias(), " fra kortafdelingen og afgav mit ")
    d(*w.card(), ". Jeg læste også sms-koden ", w.otp(), " op.\n")
    d(f"Tabet er {w.amount()}, hvoraf {r.choice(BANKS)} har dækket {w.amount_end()}\n\n")
    d("Beløbet bedes indbetalt på ", *w.account(), r.choice((".\n", f" ({r.choice(BANKS)}).\n")))
    if r.random() < 0.4:
        d("Alternativt IBAN ", w.iban("DK"), ".\n")
    d(f"\n{r.choice(FAMILY).capitalize()} kan bekræfte forløbet.\n\nMed venlig hilsen\n")
    d(w.name(v, r.choice(("full", "initial")), "Forurettede A"), "\n")


def _muldyr(w: Writer, d: Doc) -> None:
    r = w.r
    d(f"{r.choice(POLICE)} - bilag til sag {w.case_no()}\nOVERSIGT OVER MULDYR\n\n")
    d("Nr. | Navn | Telefon | MitID-bruger-ID | Konto\n")
    mules = [w.person(True) for _ in range(r.randrange(3, 6))]
    for i, m in enumerate(mules, 1):
        d(f"{i} | ", w.name(m, r.choice(("full", "caps", "surname first", "three")), f"Muldyr {i}"))
        d(" | ", w.phone(), " | ", w.mitid(m), " | ", *w.account(), "\n")
    d(f"\nUddrag af {r.choice(PRODUCTS[1:4])}-chat fra telefon tilhørende {PSEUDONYMS[0]}:\n")
    boss, m = w.person(), mules[0]
    minute = r.randrange(18 * 60, 23 * 60)
    for line in (
        ("send dit mitid navn og koden nu",),
        ("ok den er ", w.otp()),
        ("fedt, du får 4.000 kr. i morgen",),
    ):
        who, pseudo = (boss, "[NAVN]") if line[0].startswith(("send", "fedt")) else (m, "Muldyr 1")
        minute += r.randrange(1, 9)
        d(f"[{minute // 60}:{minute % 60:02d}] ", w.name(who, "lower", pseudo), ": ")
        d(*line, "\n")
    d(f"\nKontaktnummer i annoncen: +45 ** ** ** {r.randrange(10, 100)}. Udbetalinger via ")
    d(f"{r.choice(BANKS)}, kort {w.masked('card')}.\n")


def _korrespondance(w: Writer, d: Doc) -> None:
    r = w.r
    lawyer, prosecutor, client = w.person(), w.person(), w.person(True)
    d("Fra: ", w.name(lawyer, "full"), " <", w.email(lawyer), ">\n")
    d("Til: ", w.name(prosecutor, "full"), " <", w.email(prosecutor), ">\n")
    d(
        f"Dato: 2026-0{r.randrange(1, 10)}-{r.randrange(10, 29)} ",
        f"{r.randrange(8, 18):02d}:{r.randrange(60):02d}\n",
    )
    d(f"Emne: Sag {w.case_no()} - min klient ", w.name(client, "full", "T2"))
    d(f" ({w.masked('cpr')})\n\n")
    d("Kære ", w.name(prosecutor, r.choice(("full", "three"))), "\n\n")
    d("Jeg skriver på vegne af min klient vedrørende beslaget i ")
    d(
        w.name(client, r.choice(("genitive", "given genitive", "three")), "T2"),
        " konto ",
        *w.account(),
        ". Min klient bestrider at have kendt ",
    )
    d(w.alias(), ", som han kun kender fra et telefonnummer, ", w.phone(), ".\n")
    d(f"Beløbet på {w.amount()} stammer fra løn. Kontoudtog vedlægges; kortet {w.masked('card')} ")
    d("tilhører hans mor.\nMin klient kan træffes på ", w.phone(), ".\n\n")
    d("Med venlig hilsen\n", w.name(lawyer, r.choice(("initial", "middle initial", "full"))))
    d(f"\nadvokat, {r.choice(COMPANIES[1:3])}, {w.cvr()}\n")


BUILDERS: dict[str, Callable[[Writer, Doc], None]] = dict(
    zip(
        GENRES,
        (_anklageskrift, _vidneliste, _retsbog, _dom, _afhoering, _beslag, _erstatning, _muldyr,
         _korrespondance),
        strict=True,
    )
)  # fmt: skip


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, a NEGATIVES/SIZE share of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [("positive", GENRES[i % len(GENRES)]) for i in range(size - negatives)]
    plan += [("negative", GENRES[i % len(GENRES)]) for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for i, (kind, genre) in enumerate(plan):
        while True:
            doc = Doc()
            BUILDERS[genre](Writer(rng, kind == "positive"), doc)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            {"id": f"pii60-{i:04d}", "genre": genre, "kind": kind, "text": doc.text,
             "spans": doc.spans}
        )  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1] if len(argv) > 1 else "bench/data/pii_blind60.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
