"""A twenty-first blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies
(only the conventions in bench/pii_blind15.py's docstring), as a held-out test set with its own
names, streets and towns. Theme: MONEY-MULE INVESTIGATIONS in a Danish bank, in eight genres:

- ``rekruttering``: recruitment chats pasted from Snapchat or Telegram ("[21:04] handle: ..."),
  youth Danish mixed with English slang ("bro", "easy cash", "send mig dit reg og konto"); the
  young person's name typed in lower case ("mads"), the recruiter's alias ("Jay fra CashCrew":
  "Jay" is PERSON, the crew is not), the account, MitID user ID, one-time code, card, expiry
  and CVC, phone and CPR typed into the chat.
- ``aml_alarm``: the bank's transaction-monitoring alerts, semi-structured ("Alarm-ID:",
  "Kunde:", "CPR:", "Fødselsdato:", "Konto:", "Modpart:", "Modpart-IBAN:", "Beløb:", "Mønster:"),
  foreign IBANs (LT, LV, EE, NL, DE, ES, PT, RO, BG, GB) and Danish ones.
- ``kundeinterview``: a customer interview note after the account was used as a mule account
  (the customer "f. 4. juni 2004", address, phone, e-mail, what was handed over, the car).
- ``politi``: the police's request for information (journal number, the suspect's name, CPR,
  address, accounts, a number plate seen at a cash machine) and the bank's reply below it.
- ``foraelder``: a parent's e-mail (Fra:/Til:/Emne:) about their teenager's account ("min søn
  Mads Holm-Ibsen, født 03.03.2008"), the parent's own phone, e-mail and CPR.
- ``kontoudtog``: transaction lists pasted from the netbank (date, tab-separated text, amount,
  balance), counterparties in capitals ("OVERFØRSEL FRA AMIR HASSAN") and accounts/IBANs.
- ``jobopslag``: a fake job ad's e-mail exchange ("Payment Processing Agent"), the applicant's
  name, address, date of birth, phone, e-mail, account, IBAN and card.
- ``afslutning``: the bank's closing letter to the customer (address block: name, street line,
  postcode town on the next line), account, CPR, the adviser's name and e-mail.

The names are those of Danes of all ages, many of them young, with roots in Denmark and
elsewhere ("Yasmin Al-Sayed", "Tran Minh Duc", "Kacper Nowak"), with double surnames and
three-part names; written in full, as first name only, "Surname, First", with genitive s
("Sofies"), in lower case in chats ("mads"), in CAPITALS in netbank lists, and "A. Surname".

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "rådgiver", "betjent");
  "Holm, Sofie" is one span; a genitive s belongs to it. Organisations, crews, banks, handles
  ("@cashking_dk", "easymoney.dk"), placeholders ("[NAVN]") and family words are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv."),
  plus ", postcode town" on the same line or on the next line of an address block (line break
  included). A street without a number is not an address.
- CPR numbers are synthetic: real birth date, seventh digit 0-3 for the 1900s and 4 for 2000 to
  2005, serial chosen to FAIL modulus 11; written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS"
  or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 2004", "04.06.2004", "4/6-2004", "04-06-2004") is
  labelled only straight after "født ", "f. " or "Fødselsdato: "; no other date is labelled.
- PHONE: Danish 8-digit mobile/landline numbers (MOBILE, LANDLINE leads; never 70 or 80),
  written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50", the country code
  inside the span; foreign numbers only from "+44 7700 900xxx" and "+46 70 174 06 xx" (05-99).
  The bank's 70-lines (ORG_LINES) are never PHONE.
- EMAIL: every unmasked address (all on example.* domains), staff's too, each occurrence.
- BANK_ACCOUNT: reg.nr. and account together ("9570-0012345678", "9570 12345678") are one span;
  where the reg.nr. has its own word ("reg 9570 konto 12345678", "reg.nr. 9570, kontonr.
  0012345678") only the account is the span. IBAN: valid check digits and the country's length
  (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid, test prefix (TEST_PREFIXES), 16
  digits grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after
  "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code (6 or 8 digits) sent, asked for
  or given; MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("BK 41 207",
  "BK41207").
- Hard negatives, never labelled: Snapchat/Telegram handles (HANDLES), alert IDs ("TM-2026-
  048213"), case and journal numbers ("SAG-2026-0412", "Journalnr. 0900-84120-00317-26"),
  transaction references ("Ref. 4821397"), amounts ("24.500,00 kr.", "EUR 2.300,00", "5k"),
  dates and clock times, masked values ("150605-xxxx", "**** **** **** 1111", "DK12XXXXXXXXXX0932",
  "+45 ** ** ** 31", "m***@example.dk"), the bank's 70-lines, banks, crews and products.
  Documents of kind "negative" are the same genres after pseudonymisation ("[NAVN]",
  "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]", masked values): only hard
  negatives remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind20 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = 2120
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "rekruttering", "aml_alarm", "kundeinterview", "politi",
    "foraelder", "kontoudtog", "jobopslag", "afslutning",
)  # fmt: skip
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400005", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {
    "DK": 18, "LT": 20, "LV": 21, "EE": 20, "NL": 18, "DE": 22,
    "ES": 24, "PT": 25, "RO": 24, "BG": 22, "GB": 22,
}  # fmt: skip
IBAN_LETTERS = {"LV": 4, "NL": 4, "RO": 4, "BG": 4, "GB": 4}  # bank code letters after check
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "54", "56", "57",
            "62", "63", "64", "66", "69", "72", "74", "75", "86", "87", "89", "96", "97",
            "98")  # fmt: skip
ORG_LINES = ("70 21 44 90", "70214490", "70 33 12 80", "70 61 05 55")
BANKS = ("Skovlund Sparekasse", "Nordvang Bank", "Kystbanken", "Fjordlands Andelskasse")
CREWS = ("CashCrew", "EasyMoneyDK", "Gold Team", "Nordic Payouts")
PRODUCTS = ("MobilePay", "Netbank", "Snapchat", "Telegram", "Revolut", "Lunar")
HANDLES = (
    "@cashking_dk", "@easymoney.dk", "@goldteam_official", "@hurtige_penge22", "@nordicpay_ops",
    "@richlife.cph", "@bigbro_money", "@jay_cashcrew", "@flex.payouts", "@snap_kongen7",
)  # fmt: skip
ORG_DOMAINS = ("example.dk", "example.com")

WOMEN = (
    "Sofie", "Emma", "Ida", "Freja", "Clara", "Alma", "Asta", "Laura", "Maja", "Nanna", "Signe",
    "Yasmin", "Amina", "Leyla", "Zainab", "Noor", "Aisha", "Hiba", "Natalia", "Zuzanna",
    "Linh", "Mai", "Priya", "Ayan", "Hodan", "Esra", "Elif", "Marwa", "Birthe", "Hanne", "Lone",
    "Kirsten", "Mette", "Tina", "Rikke", "Gitte", "Ulla", "Anja", "Julie", "Karla", "Liva",
)  # fmt: skip
MEN = (
    "Mads", "Oliver", "William", "Noah", "Lucas", "Victor", "Malthe", "Magnus", "Frederik",
    "Emil", "Jonas", "Anton", "Mikkel", "Rasmus", "Amir", "Omar", "Yusuf", "Ali", "Hamza",
    "Bilal", "Karim", "Kacper", "Mateusz", "Andrei", "Bogdan", "Duc", "Minh", "Arjun", "Abdi",
    "Mohamed", "Ibrahim", "Mehmet", "Emre", "Jesper", "Henrik", "Torben", "Preben", "Kim",
    "Brian", "Dennis", "Kenneth", "Søren",
)  # fmt: skip
SURNAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Kristiansen", "Holm", "Lund", "Bundgaard", "Kjærsgaard", "Damgaard", "Winther",
    "Skov", "Bech", "Mortensen", "Overgaard", "Hassan", "Ahmadi", "Yilmaz", "Demir", "Khan",
    "Al-Sayed", "Nowak", "Kowalski", "Popescu", "Ionescu", "Nguyen", "Tran", "Warsame", "Farah",
    "Abdullahi", "Haddad", "Osman", "Petrov", "Sharma", "Mahmoud", "Toft", "Vestergaard",
)  # fmt: skip
STREETS = (
    "Ravnsbjergvej", "Kløvermarken", "Søndre Ringgade", "Tranehaven", "Lupinvej", "Ellehøjen",
    "Bispeparken", "Vibevænget", "Gl. Kongevej", "Mølleåvej", "Rønnebærhaven", "Fasangården",
    "Nørre Allé", "Strandhøjen", "Valmuestien", "Hyldebakken", "Teglværksgade", "Egeskovvej",
    "Åboulevarden", "Humlebækgade", "Skolestien", "Kastanjehaven", "Odinsvej", "Brombærvej",
)  # fmt: skip
TOWNS = (
    ("2200", "København N"), ("2300", "København S"), ("2650", "Hvidovre"), ("2620", "Albertslund"),
    ("4000", "Roskilde"), ("4700", "Næstved"), ("5000", "Odense C"), ("5220", "Odense SØ"),
    ("6000", "Kolding"), ("6700", "Esbjerg"), ("7100", "Vejle"), ("7400", "Herning"),
    ("8000", "Aarhus C"), ("8210", "Aarhus V"), ("8800", "Viborg"), ("9000", "Aalborg"),
    ("9220", "Aalborg Øst"), ("3400", "Hillerød"), ("2630", "Taastrup"), ("4600", "Køge"),
)  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
APPS = ("Snapchat", "Telegram")
RULES = ("Hurtig gennemstrømning", "Mange indbetalere", "Udlandsoverførsel ny modtager")
POLICE = ("Københavns Politi", "Østjyllands Politi", "Fyns Politi", "NSK")
PAYOUTS = ("24.500 kr.", "12.000 kr.", "9.800 kr.")
ALIASES = ("Jay", "Kevin", "Mo", "Alex", "Tony", "Daniel Moore", "Sarah Mitchell", "Ryan Cole")
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


class Doc:
    """Text built piece by piece with its spans; in a negative the values become stand-ins."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.neg, self.parts, self.spans, self.n = rng, negative, [], [], 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.n += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str | None = None) -> Doc:
        if self.neg:
            return self.t(stand_in if stand_in is not None else STAND_INS[kind])
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


STAND_INS = {
    "PERSON": "[NAVN]", "ADDRESS": "[ADRESSE]", "CPR": "[CPR]", "DATE_OF_BIRTH": "[dato]",
    "PHONE": "[TLF]", "EMAIL": "[e-mail]", "BANK_ACCOUNT": "[kontonr.]", "IBAN": "[IBAN]",
    "CARD": "[kortnr.]", "CARD_EXPIRY": "[udløb]", "CARD_CVV": "[kode]", "OTP": "[kode]",
    "MITID_USER": "[bruger-id]", "NUMBER_PLATE": "[reg.nr.]",
}  # fmt: skip


class Person:
    def __init__(self, rng: random.Random, young: bool = False) -> None:
        self.woman = rng.random() < 0.5
        self.first = rng.choice(WOMEN if self.woman else MEN)
        self.last = rng.choice(SURNAMES)
        if rng.random() < 0.2:
            self.last = f"{self.last}-{rng.choice(SURNAMES)}" if "-" not in self.last else self.last
        self.middle = rng.choice(SURNAMES) if rng.random() < 0.25 else ""
        year = rng.randint(1999, 2005) if young else rng.randint(1952, 1990)
        self.born = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
        self.user = f"{self.first.lower().replace('ø', 'o')}{rng.choice(['', 'x', 'dk'])}" + (
            f"{self.born.year % 100:02d}" if rng.random() < 0.6 else str(self.born.year)
        )
        self.mail = (
            f"{self.first.lower()}.{self.last.lower().replace('-', '')}"
            .replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
            + f"{rng.choice(['', str(self.born.year % 100)])}@{rng.choice(DOMAINS)}"
        )  # fmt: skip

    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class G:
    """Random values for one document."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def name(self, p: Person, forms: str = "fsclia") -> str:
        form = self.r.choice(forms)
        return {
            "f": p.full(), "s": f"{p.first} {p.last}", "c": f"{p.last}, {p.first}",
            "l": p.first.lower(), "i": f"{p.first[0]}. {p.last}", "a": p.first,
            "u": p.full().upper(),
        }[form]  # fmt: skip

    def cpr(self, p: Person) -> str:
        d = p.born
        head = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        while True:
            c7 = "4" if d.year >= 2000 else str(self.r.randint(0, 3))
            n = head + c7 + self.digits(3)
            if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
                break
        form = self.r.randrange(4)
        return [f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:6]} {n[6:]}"][
            form
        ]

    def masked_cpr(self, p: Person) -> str:
        return f"{p.born.day:02d}{p.born.month:02d}{p.born.year % 100:02d}-xxxx"

    def dob(self, p: Person) -> str:
        d = p.born
        return self.r.choice(
            [f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day}/{d.month}-{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}"]
        )  # fmt: skip

    def phone(self) -> str:
        r = self.r
        if r.random() < 0.1:
            return r.choice(
                [f"+44 7700 900{r.randint(0, 999):03d}", f"+46 70 174 06 {r.randint(5, 99):02d}"]
            )
        n = r.choice(MOBILE if r.random() < 0.7 else LANDLINE) + self.digits(6)
        p = [n[i : i + 2] for i in range(0, 8, 2)]
        return r.choice([
            f"+45 {n}", f"+45 {' '.join(p)}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {' '.join(p)}", f"0045 {n}", " ".join(p), n, f"+45{n}", ".".join(p),
        ])  # fmt: skip

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.digits(2)}"

    def reg(self) -> str:
        return str(self.r.randint(1100, 9899))

    def account(self) -> str:
        n = self.r.randint(7, 10)
        acc = self.digits(n)
        return acc if acc[0] != "0" or n == 10 else "1" + acc[1:]

    def bank_joined(self) -> str:
        acc = self.account().zfill(10) if self.r.random() < 0.5 else self.account()
        return f"{self.reg()}{self.r.choice(['-', ' '])}{acc}"

    def iban(self, country: str | None = None) -> str:
        cc = country or self.r.choice(list(IBAN_LENGTH))
        letters = IBAN_LETTERS.get(cc, 0)
        bban = "".join(self.r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(letters))
        bban += self.digits(IBAN_LENGTH[cc] - 4 - letters)
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        compact = f"{cc}{98 - num % 97:02d}{bban}"
        return grouped(compact) if self.r.random() < 0.6 else compact

    def masked_iban(self) -> str:
        return f"DK{self.digits(2)}XXXXXXXXXX{self.digits(4)}"

    def card(self) -> str:
        body = self.r.choice(TEST_PREFIXES)
        body += self.digits(15 - len(body))
        n = body + _luhn_digit(body)
        return grouped(n) if self.r.random() < 0.6 else n

    def masked_card(self) -> str:
        return f"**** **** **** {self.digits(4)}"

    def expiry(self) -> str:
        m, y = self.r.randint(1, 12), self.r.randint(26, 31)
        return f"{m:02d}/{y}" if self.r.random() < 0.7 else f"{m:02d}/20{y}"

    def otp(self) -> str:
        return str(self.r.randint(100000, 999999)) if self.r.random() < 0.75 else self.digits(8)

    def plate(self) -> str:
        a = "".join(self.r.choice(PLATE_LETTERS) for _ in range(2))
        n = f"{self.r.randint(10, 99)}{self.r.randint(100, 999)}"
        return f"{a} {n[:2]} {n[2:]}" if self.r.random() < 0.7 else a + n

    def address(self, block: bool = False) -> str:
        r = self.r
        s = f"{r.choice(STREETS)} {r.randint(1, 148)}{r.choice(['', '', '', 'A', 'B', 'C'])}"
        s += r.choice(
            ["", "", f", {r.randint(1, 5)}. tv.", f", {r.randint(1, 4)}. th.", ", st. mf."]
        )
        pc, town = r.choice(TOWNS)
        if block:
            return f"{s}\n{pc} {town}"
        return f"{s}, {pc} {town}" if r.random() < 0.8 or s.endswith(".") else s

    def amount(self) -> str:
        r = self.r
        k = r.choice([r.randint(2, 95) * 500, r.randint(1000, 49000)])
        txt = f"{k:,}".replace(",", ".")
        return r.choice([f"{txt},00 kr.", f"{txt} kr.", f"DKK {txt},00", f"kr. {txt}"])

    def when(self) -> str:
        d = date(2026, 1, 5) + timedelta(days=self.r.randint(0, 300))
        return self.r.choice(
            [f"{d.day:02d}.{d.month:02d}.2026", f"{d.isoformat()}", f"{d.day}/{d.month}"]
        )

    def clock(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def case(self) -> str:
        return f"SAG-2026-{self.r.randint(1, 9999):04d}"

    def alert(self) -> str:
        return f"TM-2026-{self.r.randint(1, 999999):06d}"

    def journal(self) -> str:
        return f"{self.r.randint(100, 9999):04d}-{self.digits(5)}-{self.digits(5)}-26"

    def staff_mail(self, p: Person) -> str:
        local = f"{p.first[0]}{p.last[:3]}".lower().replace("-", "")
        local = local.replace("ø", "o").replace("æ", "a").replace("å", "a")
        return f"{local}@{self.r.choice(ORG_DOMAINS)}"

    def masked_mail(self, p: Person) -> str:
        return f"{p.first[0].lower()}***@{self.r.choice(DOMAINS)}"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _account_phrase(d: Doc, g: G) -> None:
    """An account in one of its written forms."""
    form = g.r.randrange(3)
    if form == 0:
        d.v("BANK_ACCOUNT", g.bank_joined())
    elif form == 1:
        d.t(f"reg {g.reg()} konto ").v("BANK_ACCOUNT", g.account())
    else:
        d.t(f"reg.nr. {g.reg()}, kontonr. ").v("BANK_ACCOUNT", g.account().zfill(10))


def rekruttering(d: Doc, g: G) -> None:
    r = g.r
    kid, handle = Person(r, young=True), r.choice(HANDLES)
    alias, crew = r.choice(ALIASES[:5]), r.choice(CREWS)
    app = r.choice(("Snapchat", "Telegram"))
    me = kid.first.lower()
    d.t(f"Chat fra {app} (skærmbillede vedlagt af kunden, {g.case()})\n")

    clock = [r.randint(8, 21) * 60 + r.randint(0, 59)]

    def line(who: str) -> Doc:
        clock[0] += r.randint(0, 9)
        d.t(f"[{clock[0] // 60 % 24:02d}:{clock[0] % 60:02d}] ")
        return (d.t(who) if who == handle else d.v("PERSON", who)).t(": ")

    line(handle).t("yo ").v("PERSON", kid.first.lower()).t(" 👋 det ").v("PERSON", alias).t(
        f" fra {crew} her, vil du tjene easy cash bro? {r.choice(['5k', '8k', '10k'])} på en dag\n"
    )
    line(me).t("hvad skal jeg gøre lol\n")
    line(handle).t("bare send mig dit reg og konto, vi sender penge ind og du sender videre 💸\n")
    line(me).t(r.choice(["ok det ", "fint, ", "safe "]))
    _account_phrase(d, g)
    d.t("\n")
    if r.random() < 0.7:
        line(handle).t("og dit mitid brugernavn + koden du får, så fixer vi det\n")
        line(me).t("brugernavn ").v("MITID_USER", kid.user).t(" og koden er ").v("OTP", g.otp()).t(
            "\n"
        )
    if r.random() < 0.6:
        line(handle).t("send også kortet bro, nummer, udløb og cvc\n")
        line(me).v("CARD", g.card()).t(" ").v("CARD_EXPIRY", g.expiry()).t(
            f" {r.choice(['cvc', 'CVC', 'CVV'])} "
        ).v("CARD_CVV", g.digits(3)).t("\n")
    if r.random() < 0.5:
        line(handle).t("hvad er dit nr så vi kan snakke\n")
        line(me).v("PHONE", g.phone()).t("\n")
    if r.random() < 0.4:
        line(handle).t("skal bruge dit cpr til banken\n")
        line(me).v("CPR", g.cpr(kid)).t("\n")
    line(handle).t(f"perfekt, {r.choice(PAYOUTS)} lander i morgen, du beholder 10%\n")


def aml_alarm(d: Doc, g: G) -> None:
    r = g.r
    cust, cp = Person(r, young=r.random() < 0.7), Person(r)
    d.t(f"Alarm-ID: {g.alert()}\nOprettet: {g.when()} kl. {g.clock()}\nRegel: {r.choice(RULES)}\n")
    d.t("Kunde: ").v("PERSON", g.name(cust, "fsci")).t("\n")
    d.t("CPR: ").v("CPR", g.cpr(cust), g.masked_cpr(cust)).t("\n")
    if r.random() < 0.6:
        d.t("Fødselsdato: ").v("DATE_OF_BIRTH", g.dob(cust)).t("\n")
    d.t("Konto: ").v("BANK_ACCOUNT", g.bank_joined()).t("\n")
    d.t(f"Kort: {g.masked_card()}\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"Indgående: {g.amount()} fra ").v("PERSON", g.name(Person(r), "fsu")).t(
            f" ({g.when()})\n"
        )
    d.t("Modpart: ").v("PERSON", g.name(cp, "fsu")).t("\n")
    d.t("Modpart-IBAN: ").v("IBAN", g.iban(), g.masked_iban()).t("\n")
    d.t(f"Beløb: {g.amount()}\nMønster: ind og ud inden for {r.randint(2, 40)} min.\n")
    if r.random() < 0.5:
        d.t("Kontakt: ").v("PHONE", g.phone(), g.masked_phone()).t(", ").v(
            "EMAIL", cust.mail, g.masked_mail(cust)
        ).t("\n")
    analyst = Person(r)
    d.t("Analytiker: ").v("PERSON", g.name(analyst, "si")).t(f" – eskaleret til {g.case()}\n")


def kundeinterview(d: Doc, g: G) -> None:
    r = g.r
    cust, alias = Person(r, young=True), r.choice(ALIASES)
    adv = Person(r)
    d.t(f"Notat – samtale med kunde, {g.case()}, {g.when()}\n\nTil stede: ").v(
        "PERSON", g.name(adv, "sf")
    ).t(f" (rådgiver, {r.choice(BANKS)}) og kunden ").v("PERSON", g.name(cust, "fsc")).t(", f. ").v(
        "DATE_OF_BIRTH", g.dob(cust)
    ).t(", bosat ").v("ADDRESS", g.address()).t(".\n\n")
    d.t("Kunden forklarede, at en ven af en ven, ").v("PERSON", alias).t(
        f", skrev til {'hende' if cust.woman else 'ham'} på {r.choice(APPS)} "
        f"({r.choice(HANDLES)}). "
    )
    d.t(f"Der kom {g.amount()} ind på kontoen ")
    _account_phrase(d, g)
    d.t(" og blev sendt videre til ").v("IBAN", g.iban(), g.masked_iban()).t(".\n")
    if r.random() < 0.7:
        d.t("Kunden har udleveret sit MitID-bruger-id ").v("MITID_USER", cust.user).t(
            " og engangskoden "
        ).v("OTP", g.otp()).t(".\n")
    if r.random() < 0.6:
        d.t("Kortet ").v("CARD", g.card(), g.masked_card()).t(" (udløb ").v(
            "CARD_EXPIRY", g.expiry()
        ).t(", kontrolcifre ").v("CARD_CVV", g.digits(3)).t(") blev afleveret i en bil, ").v(
            "NUMBER_PLATE", g.plate()
        ).t(".\n")
    elif r.random() < 0.6:
        d.t(f"Kunden blev hentet ved {r.choice(STREETS)} i en bil med nummerpladen ").v(
            "NUMBER_PLATE", g.plate()
        ).t(".\n")
    d.t("Kunden kan kontaktes på ").v("PHONE", g.phone()).t(" eller ").v(
        "EMAIL", cust.mail, g.masked_mail(cust)
    ).t(f". Kontoen er spærret. Banken kan kontaktes på {r.choice(ORG_LINES)}.\n")
    if r.random() < 0.5:
        d.t("CPR kontrolleret: ").v("CPR", g.cpr(cust)).t(".\n")


def politi(d: Doc, g: G) -> None:
    r = g.r
    sus, officer, clerk = Person(r, young=True), Person(r), Person(r)
    j = g.journal()
    d.t(f"Fra: {r.choice(POLICE)}\nJournalnr. {j}\n\n")
    d.t("Anmodning om oplysninger vedr. ").v("PERSON", g.name(sus, "fsc")).t(", CPR ").v(
        "CPR", g.cpr(sus), g.masked_cpr(sus)
    ).t(", ").v("ADDRESS", g.address()).t(".\n")
    d.t("Politiet beder om kontooplysninger for ").v("BANK_ACCOUNT", g.bank_joined()).t(
        f" i perioden {g.when()} til {g.when()}, samt oplysninger om overførsler til "
    ).v("IBAN", g.iban(), g.masked_iban()).t(".\nKøretøjet ").v("NUMBER_PLATE", g.plate()).t(
        f" er set ved hæveautomaten {r.choice(STREETS)} kl. {g.clock()}.\n"
    )
    d.t("Med venlig hilsen\n").v("PERSON", g.name(officer, "fi")).t(", politiassistent\n").v(
        "EMAIL", g.staff_mail(officer), "[e-mail]"
    ).t("\n\n--- Svar fra banken ---\n")
    d.t(f"Vedr. journalnr. {j}: Kunden ").v("PERSON", g.name(sus, "sa")).t(" har tlf. ").v(
        "PHONE", g.phone()
    ).t(" og e-mail ").v("EMAIL", sus.mail, g.masked_mail(sus)).t(".\n")
    if r.random() < 0.6:
        d.t("Tilknyttet kort: ").v("CARD", g.card(), g.masked_card()).t(", udløb ").v(
            "CARD_EXPIRY", g.expiry()
        ).t(".\n")
    d.t(f"Samlet modtaget: {g.amount()}, videresendt: {g.amount()}\nVenlig hilsen\n").v(
        "PERSON", g.name(clerk, "s")
    ).t(", AML-afdelingen, ").v("EMAIL", g.staff_mail(clerk), "[e-mail]").t("\n")


def foraelder(d: Doc, g: G) -> None:
    r = g.r
    parent, teen = Person(r), Person(r)
    teen.last = parent.last
    teen.born = date(r.randint(2007, 2010), r.randint(1, 12), r.randint(1, 28))
    son, he = ("datter", "Hun") if teen.woman else ("søn", "Han")
    d.t("Fra: ").v("EMAIL", parent.mail, g.masked_mail(parent)).t("\nTil: ").v(
        "EMAIL", f"kundeservice@{ORG_DOMAINS[0]}", "[e-mail]"
    ).t("\n")
    d.t(f"Emne: Min {son}s konto er spærret\n\nHej\n\nMin {son} ").v(
        "PERSON", g.name(teen, "sf")
    ).t(", født ").v("DATE_OF_BIRTH", g.dob(teen)).t(
        f", har fået spærret sin konto. {he} har fået penge fra en på "
        f"{r.choice(APPS)} "
        f"({r.choice(HANDLES)}) og sendt dem videre. "
    )
    d.t("Det drejer sig om ")
    _account_phrase(d, g)
    d.t(". Jeg tror ")
    if teen.first.endswith("s"):
        d.v("PERSON", teen.first).t("'")
    else:
        d.v("PERSON", teen.first + "s")
    d.t(f" kammerat har lokket {'hende' if teen.woman else 'ham'}.\n")
    if r.random() < 0.5:
        d.t(f"{he} har også givet koden ").v("OTP", g.otp()).t(" videre til en person kaldet ").v(
            "PERSON", r.choice(ALIASES[:5])
        ).t(".\n")
    d.t("Ring gerne til mig på ").v("PHONE", g.phone(), g.masked_phone()).t(". Mit CPR er ").v(
        "CPR", g.cpr(parent)
    ).t(" hvis I skal bruge det, og vi bor på ").v("ADDRESS", g.address()).t(
        ".\n\nVenlig hilsen\n"
    ).v("PERSON", g.name(parent, "fs")).t("\n")


def kontoudtog(d: Doc, g: G) -> None:
    r = g.r
    owner = Person(r, young=True)
    d.t("Kontoudskrift – ").v("PERSON", g.name(owner, "fsu")).t(" – konto ").v(
        "BANK_ACCOUNT", g.bank_joined()
    ).t("\nDato\tTekst\tBeløb\tSaldo\n")
    bal = r.randint(0, 900)
    for _ in range(r.randint(3, 6)):
        amt = r.randint(5, 250) * 100
        inn = r.random() < 0.55
        bal += amt if inn else -amt
        d.t(f"{g.when()}\t")
        k = r.randrange(4)
        if inn and k < 2:
            d.t("OVERFØRSEL FRA ").v("PERSON", g.name(Person(r), "u"))
        elif inn:
            d.t("MobilePay ").v("PERSON", g.name(Person(r), "su"))
        elif k < 2:
            d.t("Udlandsoverførsel ").v("IBAN", g.iban(), g.masked_iban())
        else:
            d.t("Overført til ").v("BANK_ACCOUNT", g.bank_joined())
        sign = "" if inn else "-"
        d.t(
            f" Ref. {r.randint(1000000, 9999999)}\t{sign}{_thousands(amt)},00"
            f"\t{_thousands(bal)},00\n"
        )
    if r.random() < 0.3:
        d.t("Kort ").v("CARD", g.card(), g.masked_card()).t(f" hævet {g.amount()} i automat\n")


def jobopslag(d: Doc, g: G) -> None:
    r = g.r
    app, hr = Person(r, young=True), r.choice(ALIASES[5:])
    co = r.choice(("Nordic Payouts ApS", "Euro Clearing Partners", "Global Remit Solutions"))
    d.t("Fra: ").v("EMAIL", f"hr@{r.choice(DOMAINS)}", "[e-mail]")
    d.t(f"\nEmne: Payment Processing Agent – {co}\n\nHi ").v("PERSON", app.first).t(
        f",\nThank you for your interest. As a Payment Processing Agent you receive customer "
        "payments and forward them. "
        f"Salary {r.choice(['3.000', '4.500', '6.000'])} EUR per month + 8%.\nBest regards,\n"
    ).v("PERSON", hr).t(", HR\n\n---\nFra: ").v("EMAIL", app.mail, g.masked_mail(app)).t(
        "\n\nHej, her er mine oplysninger:\nNavn: "
    ).v("PERSON", g.name(app, "fs")).t("\nAdresse: ").v("ADDRESS", g.address()).t(
        "\nFødselsdato: "
    ).v("DATE_OF_BIRTH", g.dob(app)).t("\nTlf: ").v("PHONE", g.phone()).t("\nKonto: ")
    _account_phrase(d, g)
    d.t("\nIBAN: ").v("IBAN", g.iban("DK"), g.masked_iban()).t("\n")
    if r.random() < 0.5:
        d.t("Kort: ").v("CARD", g.card(), g.masked_card()).t(" exp ").v(
            "CARD_EXPIRY", g.expiry()
        ).t(" CVV ").v("CARD_CVV", g.digits(3)).t("\n")
    if r.random() < 0.4:
        d.t("MitID bruger-id: ").v("MITID_USER", app.user).t("\n")
    d.t("Mvh ").v("PERSON", app.first).t("\n")


def afslutning(d: Doc, g: G) -> None:
    r = g.r
    cust, adv = Person(r, young=r.random() < 0.7), Person(r)
    bank = r.choice(BANKS)
    d.t(f"{bank}\n\n").v("PERSON", g.name(cust, "fs")).t("\n").v(
        "ADDRESS", g.address(block=True)
    ).t(f"\n\n{g.when()}\nVores ref.: {g.case()}\n\n")
    d.t("Kære ").v("PERSON", cust.first).t(
        "\n\nOpsigelse af kundeforholdet\n\nVi har konstateret, at din konto "
    )
    _account_phrase(d, g)
    d.t(f" er blevet brugt til at modtage og videresende {g.amount()} fra ukendte personer. ")
    d.t("Vi opsiger derfor kundeforholdet med 14 dages varsel. Dit kort ").v(
        "CARD", g.card(), g.masked_card()
    ).t(" er spærret.\n")
    if r.random() < 0.5:
        d.t("Kunde-CPR: ").v("CPR", g.cpr(cust), g.masked_cpr(cust)).t("\n")
    d.t(f"Har du spørgsmål, kan du ringe på {r.choice(ORG_LINES)} eller skrive til ").v(
        "EMAIL", g.staff_mail(adv), "[e-mail]"
    ).t(".\n\nMed venlig hilsen\n").v("PERSON", g.name(adv, "si")).t(f"\nRådgiver, {bank}\n")


BUILDERS = {
    "rekruttering": rekruttering, "aml_alarm": aml_alarm, "kundeinterview": kundeinterview,
    "politi": politi, "foraelder": foraelder, "kontoudtog": kontoudtog, "jobopslag": jobopslag,
    "afslutning": afslutning,
}  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs, seen, counts = [], set(), {"negative": 0, "positive": 0}
    i = 0
    while len(docs) < size:
        kind = (
            "negative"
            if (len(docs) + 1) * negatives // size > len(docs) * negatives // size
            else "positive"
        )
        genre = GENRES[counts[kind] % len(GENRES)]
        d = Doc(rng, kind == "negative")
        BUILDERS[genre](d, G(rng))
        i += 1
        if d.text in seen:
            continue
        seen.add(d.text)
        counts[kind] += 1
        row = {"id": f"b20-{len(docs):04d}", "genre": genre, "kind": kind, "text": d.text}
        docs.append({**row, "spans": d.spans})
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind20.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
