"""The seventy-fifth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a CAR DEALERSHIP'S
AND A LEASING COMPANY'S FRAUD CHECKS, in eight genres: a loan application with its ID check
(the applicant's CPR, address, salary account, the name as printed on the driving licence in
capitals, "født ..."), a test-drive registration (the demo car's plate, the customer's details,
the car that never came back), a leasing company's case of a stolen identity (the victim's
details, the fraudster's phone and e-mail, a delivery address, the scammer's alias "Mikkel fra
Leveringsteamet"), a workshop's notes (plates that belong to another car, a VIN that does not
fit, a card given over the phone), an e-mail thread with a customer (Fra:/Til:/Emne:, a one-time
code, a refund IBAN abroad), e-mails with the police (journal numbers, the suspect's birth date),
a web chat ("[09:14] Name: ...") and a call note of a down payment by card (card, expiry, CVV,
MitID user ID, a code read out).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sælger", "kunden", "mekaniker"); "Lund,
  Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name in a chat is a
  PERSON; a scammer's alias ("Mikkel fra Leveringsteamet") is a PERSON by its name only.
  Companies, banks, car models, pseudonyms ("Kunde A", "Sælger 1") and family words are not.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line (line break
  included); some are written in capitals. Organisations' postal addresses are never labelled,
  nor a street named without a number.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting its century (0 to 3 for
  the 1900s, 4 for 2000 to 2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is labelled only straight after
  "født", "f." or "Fødselsdato:".
- PHONE: Danish 8-digit numbers (never 70 or 80 lines) in ten written forms, and the fiction
  ranges "+44 7700 900xxx" and "+46 70 174 06 xx". Organisations' lines (70/80, 112, 114) never.
- EMAIL: every address (example.* domains), staff's and the police's too; masked ones never.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" as one span; with the reg.nr. in its own
  words ("reg.nr. 1234 konto 12345678") only the account. IBAN with valid check digits, grouped
  by four or compact. CARD Luhn-valid with a test prefix; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV after "CVV", "CVC", "cvc" or "kontrolcifre"; OTP 6 or 8 digits; MITID_USER;
  NUMBER_PLATE "AB 12 345" or "AB12345" (the dealer's demo cars' plates too).
- Hard negatives, never labelled: amounts, dates, clock times, application, case, workshop and
  police journal numbers, VINs, tracking numbers, mileage, CVR numbers, masked values,
  organisations' lines, addresses and names, pseudonyms and family words. Negatives are the same
  genres after pseudonymisation. No run of ten or more digits lies outside a labelled value.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind74 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind74"
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "laaneansoegning",
    "proevekoersel",
    "identitetstyveri",
    "vaerksted",
    "kundemail",
    "politimail",
    "chat",
    "betalingsnotat",
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
TEST_PREFIXES = ("411111", "401288", "400000", "555555", "510510", "222300", "378282", "371449")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "LT": 20, "PL": 28, "NL": 18, "ES": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "54", "56", "57",
            "62", "64", "65", "66", "75", "76", "86", "87", "89", "96", "97", "98")  # fmt: skip

WOMEN = ("Birthe", "Lene", "Dorthe", "Signe", "Malou", "Ida", "Freja", "Karina", "Tove",
         "Pernille", "Rikke", "Susanne", "Gitte", "Vibeke", "Astrid", "Nadia", "Camilla",
         "Louise", "Helle", "Marianne", "Ulla", "Trine", "Josefine", "Cecilie", "Mette",
         "Anni", "Hanne", "Sofie", "Emma", "Ayse", "Fatima", "Maja", "Bodil", "Inger")  # fmt: skip
MEN = ("Bent", "Flemming", "Torben", "Kasper", "Rasmus", "Mikkel", "Jesper", "Henrik", "Ole",
       "Søren", "Niels", "Anders", "Brian", "Kenneth", "Mads", "Frederik", "Oliver", "Villads",
       "Preben", "Poul", "Jørgen", "Ahmad", "Omar", "Tobias", "Lasse", "Jannik", "Claus",
       "Kim", "Allan", "Michael", "Esben", "Carsten", "Dennis", "Emil")  # fmt: skip
# given names on purpose in no list entry (the set's "names without a list entry")
UNLISTED = ("Gurli", "Yrsa", "Tage", "Hjalmar", "Ejvind", "Liva", "Zehra", "Thyra", "Arvid",
            "Svea", "Bjarke", "Halfdan")  # fmt: skip
SURNAMES = ("Bundgaard", "Kjeldsen", "Munch", "Overgaard", "Thygesen", "Lykke", "Brandt",
            "Dalsgaard", "Vestergaard", "Holst", "Krogh", "Bech", "Lind", "Skov", "Winther",
            "Damgaard", "Ravn", "Schou", "Kirkegaard", "Ebbesen", "Mortensen", "Hvid",
            "Fogh", "Brøndum", "Aagaard", "Kofoed", "Bisgaard", "Juhl", "Hjort", "Sørensen",
            "Lauridsen", "Kaya", "Yilmaz", "Haddad", "Nørgaard", "Tang", "Mølgaard", "Bruun",
            "Frost", "Stampe", "Grønbech", "Riis", "Husted", "Vinther", "Falk")  # fmt: skip
STREETS = ("Lærkevej", "Hybenvej", "Kastanie Allé", "Fjordgade", "Bakkedraget", "Spurvevej",
           "Tranegårdsvej", "Møllebakken", "Rønnebærvej", "Ågade", "Østre Ringvej",
           "Hedebovej", "Skovbrynet", "Grønnegade", "Kirkestien", "Engblommevej",
           "Havnevej", "Søndergade", "Vibevej", "Præstemarken", "Ravnsbjergvej",
           "Bøgeskovvej", "Strandlodsvej", "Klintevej", "Mosevangen", "Teglgårdsvej",
           "Nørrebrogade", "Ellehammersvej", "Bispebjerg Bakke", "Hørmarken")  # fmt: skip
TOWNS = ("2200 København N", "2450 København SV", "2700 Brønshøj", "2860 Søborg",
         "3400 Hillerød", "4000 Roskilde", "4700 Næstved", "5000 Odense C", "5700 Svendborg",
         "6000 Kolding", "6700 Esbjerg", "7100 Vejle", "7400 Herning", "8000 Aarhus C",
         "8210 Aarhus V", "8600 Silkeborg", "8900 Randers C", "9000 Aalborg", "9800 Hjørring",
         "4200 Slagelse", "3000 Helsingør", "6400 Sønderborg")  # fmt: skip
COMPANIES = ("Bilhuset Vestkysten A/S", "Autocentret Fjordbyen", "Nordlys Leasing A/S",
             "Privatlease Danmark ApS", "Motorhallen Syd", "Kvik Finans Bil A/S")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank")
PRODUCTS = ("Skoda Octavia Combi", "VW ID.4", "Toyota Yaris Cross", "Kia Niro EV",
            "Peugeot 2008", "Tesla Model Y", "Ford Transit Custom", "Hyundai Tucson")  # fmt: skip
ORG_ADDRESSES = ("Industrivej Nord 14, 6715 Esbjerg N", "Erhvervsparken 3, 5260 Odense S",
                 "Transitvej 22, 8260 Viby J", "Lufthavnsvej 9, 2770 Kastrup")  # fmt: skip
ORG_LINES = ("70 12 44 90", "70 20 61 18", "80 30 11 45", "7012 4490", "80301145")
PSEUDONYMS = ("Kunde A", "Kunde B", "Sælger 1", "Sælger 2", "Medarbejder 1", "Medarbejder 2")
ALIAS_UNITS = ("Leveringsteamet", "Kreditafdelingen", "Nordlys Kundeservice", "Politiets IT")
FAMILY = ("min søn", "min datter", "hans bror", "hendes eksmand", "min samlever", "hans far")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, country: str) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Person:
    def __init__(self, rng: random.Random, pseudonym: str, woman: bool | None = None) -> None:
        woman = rng.random() < 0.5 if woman is None else woman
        pool = WOMEN if woman else MEN
        self.first = rng.choice(UNLISTED) if rng.random() < 0.08 else rng.choice(pool)
        self.middle = rng.choice(pool + SURNAMES)
        self.last = rng.choice(SURNAMES)
        self.other = rng.choice([s for s in SURNAMES if s != self.last])
        self.woman = woman
        self.pseudonym = pseudonym
        born = date(1944, 1, 1) + timedelta(days=rng.randrange(0, 22600))
        self.born = born
        self.cpr = _cpr(rng, born)
        self.street = f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', 'A', 'B'])}"
        self.floor = rng.choice(["", "", "", ", st. th.", ", 1. tv.", ", 2. mf.", ", 3. th.",
                                 ", 4. tv.", ", st. tv."])  # fmt: skip
        self.town = rng.choice(TOWNS)
        self.phone_digits = rng.choice(MOBILE + LANDLINE[:6]) + f"{rng.randrange(10**6):06d}"
        self.mail_user = None


def _cpr(rng: random.Random, born: date) -> str:
    while True:
        seventh = "4" if born.year >= 2000 else rng.choice("0123")
        digits = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def _ascii(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ş": "s", "-": ""})
    return name.lower().translate(table).replace(" ", "")


class Doc:
    """A document built from plain text and labelled values (or their stand-ins)."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0
        self.people = 0
        self.used_pseudonyms: set[str] = set()

    # plain text and hard negatives ------------------------------------------------
    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.length += len(text)
        return self

    def lab(self, value: str, kind: str) -> Doc:
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        return self.t(value)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def person(self, role: str = "Kunde", woman: bool | None = None) -> Person:
        names = [p for p in PSEUDONYMS if p.startswith(role) and p not in self.used_pseudonyms]
        pseudonym = names[0] if names else f"{role} {len(self.used_pseudonyms) + 3}"
        self.used_pseudonyms.add(pseudonym)
        return Person(self.rng, pseudonym, woman)

    def name(self, p: Person, form: str | None = None, genitive: bool = False) -> Doc:
        if self.neg:
            return self.t(p.pseudonym + ("s" if genitive else ""))
        r = self.rng.random()
        if form is None:
            form = (
                "full" if r < 0.45 else "three" if r < 0.58 else "hyphen" if r < 0.71
                else "upper" if r < 0.78 else "reverse" if r < 0.87 else "initial"
            )  # fmt: skip
        value = {
            "full": f"{p.first} {p.last}",
            "three": f"{p.first} {p.middle} {p.last}",
            "hyphen": f"{p.first} {p.last}-{p.other}",
            "upper": f"{p.first} {p.last}".upper(),
            "reverse": f"{p.last}, {p.first}",
            "initial": f"{p.first[0]}. {p.last}" if r < 0.93 else f"{p.first} {p.last[0]}.",
            "first": p.first,
            "last": p.last,
            "lower": f"{p.first} {p.last}".lower() if r < 0.5 else p.first.lower(),
        }[form]
        if genitive:
            if r < 0.65:
                value = p.first
            if value[-1] in "sxz.":
                return self.lab(value, "PERSON").t("'")
            value += "s"
        return self.lab(value, "PERSON")

    def address(self, p: Person, two_lines: bool = False, caps: bool = False) -> Doc:
        if self.neg:
            return self.t("[ADRESSE]")
        sep = "\n" if two_lines else ", "
        value = f"{p.street}{p.floor}{sep}{p.town}"
        if self.rng.random() < 0.08 and not two_lines:
            value = f"{p.street}{p.floor}"
        return self.lab(value.upper() if caps else value, "ADDRESS")

    def cpr(self, p: Person) -> Doc:
        if self.neg:
            return self.t(self.pick("[CPR]", p.born.strftime("%d%m%y") + "-xxxx"))
        d = p.cpr
        value = self.pick(
            f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}"
        )
        return self.lab(value, "CPR")

    def dob(self, p: Person, cue: str | None = None) -> Doc:
        self.t((cue or self.pick("født", "f.", "Fødselsdato:")) + " ")
        if self.neg:
            return self.t("xx.xx.xxxx")
        b = p.born
        value = self.pick(
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
            b.strftime("%d.%m.%Y"),
            f"{b.day}/{b.month}-{b.year}",
            b.strftime("%d-%m-%Y"),
        )
        return self.lab(value, "DATE_OF_BIRTH")

    def phone(self, p: Person | None = None) -> Doc:
        if self.neg:
            return self.t(self.pick("[TLF]", f"+45 ** ** ** {self.rng.randint(10, 99)}"))
        rng = self.rng
        if rng.random() < 0.07:
            value = self.pick(
                f"+44 7700 900{rng.randrange(1000):03d}", f"+46 70 174 06 {rng.randint(5, 99):02d}"
            )
            return self.lab(value, "PHONE")
        n = p.phone_digits if p else rng.choice(MOBILE) + f"{rng.randrange(10**6):06d}"
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        value = self.pick(
            f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
        )  # fmt: skip
        return self.lab(value, "PHONE")

    def email(self, p: Person | None = None, box: str | None = None) -> Doc:
        if self.neg:
            letter = (p.first[0] if p else (box or "k")[0]).lower()
            letter = _ascii(letter)[0]
            return self.t(self.pick("[e-mail]", f"{letter}***@example.dk"))
        if box:
            return self.lab(box, "EMAIL")
        assert p is not None
        if p.mail_user is None:
            f, last = _ascii(p.first), _ascii(p.last)
            p.mail_user = self.pick(
                f"{f}.{last}", f"{f}{last}", f"{f[0]}{last}", f"{f}{p.born.year % 100:02d}",
                f"{f}_{last}{self.rng.randint(1, 99)}",
            )  # fmt: skip
            p.domain = self.pick("example.dk", "example.com", "mail.example.dk", "example.net")
        return self.lab(f"{p.mail_user}@{p.domain}", "EMAIL")

    def account(self) -> Doc:
        rng = self.rng
        reg = f"{rng.randint(1000, 9899)}"
        acc = f"{rng.randrange(10**9, 10**10)}"
        if self.neg:
            return self.t(self.pick("[kontonr.]", f"reg.nr. {reg}, konto ******{acc[-4:]}"))
        form = rng.randrange(4)
        if form == 0:
            return self.lab(f"{reg}-{acc}", "BANK_ACCOUNT")
        if form == 1:
            return self.lab(f"{reg} {acc}", "BANK_ACCOUNT")
        if form == 2:
            return self.t(f"reg.nr. {reg}, kontonr. ").lab(acc, "BANK_ACCOUNT")
        return self.t(f"reg. {reg} konto ").lab(acc[: rng.randint(7, 10)], "BANK_ACCOUNT")

    def iban(self, country: str | None = None) -> Doc:
        if self.neg:
            return self.t(f"DK{self.rng.randint(10, 99)}XXXXXXXXXX{self.rng.randrange(10**4):04d}")
        value = _iban(self.rng, country or self.pick(*IBAN_LENGTH))
        return self.lab(value if self.rng.random() < 0.4 else grouped(value), "IBAN")

    def card(self) -> Doc:
        rng = self.rng
        prefix = rng.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 7))
        number = body + _luhn_digit(body)
        if self.neg:
            return self.t(self.pick(f"**** **** **** {number[-4:]}", f"******{number[-4:]}"))
        return self.lab(number if rng.random() < 0.35 else grouped(number), "CARD")

    def expiry(self) -> Doc:
        if self.neg:
            return self.t("**/**")
        m, y = self.rng.randint(1, 12), self.rng.randint(26, 31)
        return self.lab(f"{m:02d}/{y}" if self.rng.random() < 0.7 else f"{m:02d}/20{y}",
                        "CARD_EXPIRY")  # fmt: skip

    def cvv(self) -> Doc:
        self.t(self.pick("CVV ", "CVC ", "cvc ", "kontrolcifre ", "CVC: "))
        if self.neg:
            return self.t("***")
        return self.lab(f"{self.rng.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> Doc:
        if self.neg:
            return self.t("[kode]")
        n = 6 if self.rng.random() < 0.75 else 8
        return self.lab(f"{self.rng.randrange(10**n):0{n}d}", "OTP")

    def mitid(self, p: Person) -> Doc:
        if self.neg:
            return self.t("[NAVN]")
        f = _ascii(p.first)
        tail = self.pick(f"{p.born.year % 100:02d}", str(p.born.year))
        if p.born.year >= 2006:
            tail = f"{p.born.year % 100:02d}"
        return self.lab(self.pick(f, f + _ascii(p.last)[:3]) + tail, "MITID_USER")

    def plate(self) -> Doc:
        rng = self.rng
        letters = "".join(rng.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{rng.randint(10, 99)}{rng.randrange(1000):03d}"
        if self.neg:
            return self.t(f"{letters} ** ***")
        value = f"{letters} {n[:2]} {n[2:]}" if rng.random() < 0.7 else letters + n
        return self.lab(value, "NUMBER_PLATE")

    # hard negatives ------------------------------------------------------------------
    def amount(self) -> str:
        r = self.rng
        kr = (
            f"{r.randint(1, 899)}.{r.randrange(1000):03d}"
            if r.random() < 0.7
            else str(r.randint(100, 999))
        )
        if r.random() < 0.3:
            kr += f",{r.randrange(100):02d}"
        return f"{kr} kr." if r.random() < 0.8 else f"kr. {kr}"

    def day(self) -> date:
        return date(2026, 1, 1) + timedelta(days=self.rng.randrange(330))

    def date(self) -> str:
        d = self.day()
        return self.pick(d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%y"), d.isoformat())

    def clock(self) -> str:
        return f"{self.rng.randint(7, 19):02d}.{self.rng.randrange(0, 60, 5):02d}"

    def case(self) -> str:
        r = self.rng
        return self.pick(
            f"SAG-26-{r.randrange(10**5):05d}",
            f"ANS-{r.randrange(10**6):06d}",
            f"LEAS-{r.randrange(10**6):06d}",
            f"VO-{r.randrange(10**5):05d}",
        )

    def journal(self) -> str:
        r = self.rng
        return f"{r.randint(1000, 9999)}-{r.randrange(10**5):05d}-{r.randrange(10**5):05d}-26"

    def vin(self) -> str:
        r = self.rng
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        wmi = self.pick("WVW", "TMB", "VF3", "YV1", "KNA", "JTD", "WF0", "KMH")
        return (
            wmi + "ZZZ" + r.choice(up) + r.choice(up) + f"{r.randrange(100):02d}"
            + r.choice(up) + f"{r.randrange(10**6):06d}"
        )  # fmt: skip

    def tracking(self) -> str:
        return f"{self.pick('RR', 'CC', 'LX')}{self.rng.randrange(10**9):09d}DK"

    def km(self) -> str:
        return f"{self.rng.randint(1, 240)}.{self.rng.randrange(1000):03d} km"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(10**7, 10**8 - 1)}"

    def masked_mail(self) -> str:
        return f"{self.pick(*'abdhjkmst')}***@example.dk"

    def masked_cpr(self) -> str:
        d = self.day() - timedelta(days=365 * self.rng.randint(20, 75))
        return d.strftime("%d%m%y") + "-xxxx"

    def family(self) -> str:
        return self.pick(*FAMILY)

    def street_only(self) -> str:
        return "ved " + self.pick(*STREETS)

    def org_line(self) -> str:
        return self.pick(*ORG_LINES)

    def staff_mail(self, p: Person, company: str) -> Doc:
        short = _ascii(company.split()[0])
        if self.neg:
            return self.email(p)
        return self.email(box=f"{_ascii(p.first)}@{short}.example.dk")

    def result(self, ident: str, genre: str) -> dict:
        return {
            "id": ident,
            "genre": genre,
            "kind": "negative" if self.neg else "positive",
            "text": "".join(self.parts),
            "spans": self.spans,
        }


# the genres ---------------------------------------------------------------------------


def _laaneansoegning(d: Doc) -> None:
    a = d.person("Kunde")
    s = d.person("Sælger")
    co = d.pick(*COMPANIES)
    d.t(f"Kreditvurdering – {d.pick('billån', 'privatleasing', 'finansiering')} ", d.case(), "\n")
    d.t(f"Forhandler: {co}, {d.pick(*ORG_ADDRESSES)}, {d.cvr()}\n")
    d.t(f"Dato: {d.date()} kl. {d.clock()}\n\n")
    d.t("Ansøger: ").name(a).t("\n")
    d.t(d.pick("CPR-nr.: ", "CPR: ", "Personnr.: ")).cpr(a).t("\n")
    if d.rng.random() < 0.5:
        d.t("Adresse: ").address(a).t("\n")
    else:
        d.t("Adresse:\n").address(a, two_lines=True).t("\n")
    d.t(d.pick("Mobil: ", "Tlf.: ", "Telefon: ")).phone(a).t("\n")
    d.t("E-mail: ").email(a).t("\n")
    d.t(f"Bil: {d.pick(*PRODUCTS)}, stelnr. {d.vin()}\n")
    d.t(f"Udbetaling: {d.amount()}  Lånebeløb: {d.amount()}\n")
    d.t(f"Lønkonto ({d.pick(*BANKS)}): ").account().t("\n\n")
    d.t("ID-kontrol: kørekort forevist i butikken. Navn på kørekortet: ")
    d.name(a, "upper").t(", ").dob(a).t(".\n")
    r = d.rng.random()
    if r < 0.35:
        d.t("Adressen på kørekortet (").address(a, caps=True)
        d.t(") stemmer ikke med folkeregisteret. Billedet ligner ikke personen i butikken.\n")
    elif r < 0.7:
        d.t("Ansøger underskrev med MitID, bruger-ID ").mitid(a)
        d.t(f", men lønsedlen fra {d.pick(*COMPANIES)} ser redigeret ud (skrifttype i beløbet).\n")
    else:
        d.t(f"Ansøger ville have bilen leveret til {d.family()} {d.street_only()}. ")
        d.t("Leveringen er sat i bero.\n")
    verdict = d.pick("afvist", "sendt til svindelteamet", "godkendt med forbehold")
    d.t(f"Samlet vurdering: {verdict}.\n")
    d.t("Sagsbehandler: ").name(s, "full").t(", ").staff_mail(s, co).t(f", {d.org_line()}\n")


def _proevekoersel(d: Doc) -> None:
    a = d.person("Kunde")
    s = d.person("Sælger")
    co = d.pick(*COMPANIES)
    d.t(f"PRØVEKØRSEL – {co}\nRegistrering {d.case()}, {d.date()}\n\n")
    d.t(f"Bil: {d.pick(*PRODUCTS)} (demobil), nummerplade ").plate()
    d.t(f", stelnr. {d.vin()}, km-stand {d.km()}\n")
    d.t("Kunde: ").name(a).t(" / tlf. ").phone(a).t(" / ").email(a).t("\n")
    d.t("Adresse:\n").address(a, two_lines=True).t("\n")
    d.t("Legitimation: kørekort, ").dob(a, "f.").t("\n")
    s2 = d.person("Sælger")
    d.t(f"Udleveret kl. {d.clock()} af ").name(s, "first").t(" (kørekort tjekket af ")
    d.name(s2, d.pick("first", "full", "initial")).t(f"), aftalt retur kl. {d.clock()}.\n\n")
    r = d.rng.random()
    if r < 0.5:
        d.t("Notat: Bilen kom ikke tilbage. Kunden svarer ikke på ").phone(a)
        d.t(". Politiet er kontaktet på 114, journalnr. ", d.journal(), ".\n")
        d.t(
            "GPS viser bilen sidst ",
            d.street_only(),
            f". Selvrisiko i forsikringen: {d.amount()}\n",
        )
    else:
        d.t("Notat: Kunden kom retur med andre nummerplader på (").plate()
        d.t(") end dem, vi udleverede. ").name(a, genitive=True)
        d.t(" forklaring: ", d.pick("nogen har byttet dem på parkeringspladsen",
                                     "det var en fejl på værkstedet"), ".\n")  # fmt: skip
    d.t("Kontaktperson hos os: ").name(s).t(", ").staff_mail(s, co).t("\n")


def _identitetstyveri(d: Doc) -> None:
    v = d.person("Kunde", woman=True)
    f = d.person("Kunde")
    alias = d.person("Medarbejder", woman=False)
    d.t(f"Nordlys Leasing A/S – sag {d.case()}\n")
    d.t("Emne: mistanke om identitetstyveri (privatleasing)\n\n")
    d.t("Leasingtager ifølge kontrakten: ").name(v).t(", CPR ").cpr(v).t(".\n")
    d.t(f"Kontrakten blev oprettet online {d.date()} kl. {d.clock()}. ")
    d.t("Ansøgningen var underskrevet digitalt af en, der kaldte sig ").name(f).t(". ")
    d.t("Der blev oplyst mobil ").phone().t(" og e-mail ").email(f)
    d.t(", som ifølge ").name(v, "first").t(" ikke er hendes.\n")
    d.t("Hun ringede selv ind fra ").phone(v).t(" og oplyste, at hun bor på ").address(v)
    d.t(" og aldrig har søgt om leasing. ")
    d.t(f"Hun fik et brev om første ydelse på {d.amount()} samme uge.\n")
    d.t("Bilen (").plate().t(f", {d.pick(*PRODUCTS)}) blev udleveret på adressen ")
    d.address(f).t(" til en mand, der præsenterede sig som ")
    if d.neg:
        d.t(f"{alias.pseudonym} fra {d.pick(*ALIAS_UNITS)}")
    else:
        d.lab(alias.first, "PERSON").t(f" fra {d.pick(*ALIAS_UNITS)}")
    d.t(".\nFørste ydelse blev betalt med kort ").card().t(", udløb ").expiry().t(".\n")
    d.t("Refusion ønsket til IBAN ").iban().t(f" (ikke en konto i {d.pick(*BANKS)}).\n")
    d.t("Kreditoplysningsbureauet har spærret ").name(v, genitive=True).t(" oplysninger. ")
    d.t(f"Anmeldt til politiet, journalnr. {d.journal()}. Kopi til ", d.masked_mail(), ".\n")


def _vaerksted(d: Doc) -> None:
    a = d.person("Kunde")
    m = d.person("Medarbejder")
    d.t(f"Værkstedsordre {d.case()} – {d.pick(*PRODUCTS)} ").plate().t("\n")
    d.t(f"Indleveret {d.date()} kl. {d.clock()}. Km: {d.km()}. Stelnr. {d.vin()}.\n")
    d.t("Kunde: ").name(a, d.pick("full", "reverse", "three", "upper")).t(", ").phone(a).t("\n\n")
    d.t("Mekaniker ").name(m, "first").t(": ")
    d.t(d.pick(
        "Stelnummeret i forruden passer ikke til registreringsattesten. ",
        "Nøglen er kodet om, og servicebogen er stemplet af et værksted, der ikke findes. ",
        "Bilen står efterlyst i motorregistret under en anden plade. ",
    ))  # fmt: skip
    d.t("Pladerne på bilen er ").plate().t(", men attesten lyder på ").plate().t(".\n")
    d.t("Kunden ville betale reparationen (", d.amount(), ") telefonisk med kortet ").card()
    d.t(", udløb ").expiry().t(", ").cvv().t(". Kortet blev afvist.\n")
    if d.rng.random() < 0.5:
        d.t("Kunden oplyste adresse ").address(a).t(f" og bad os ringe til {d.family()} på ")
        d.phone().t(".\n")
    d.t(f"Bilen er parkeret {d.street_only()}. Værkstedschef: ").name(m).t("\n")


def _kundemail(d: Doc) -> None:
    a = d.person("Kunde")
    s = d.person("Medarbejder")
    co = d.pick(*COMPANIES)
    d.t("Fra: ").name(a, "full").t(" <").email(a).t(">\n")
    d.t("Til: kundeservice <").staff_mail(s, co).t(">\n")
    d.t(f"Dato: {d.date()} kl. {d.clock()}\nEmne: Re: Jeres sag {d.case()}\n\n")
    d.t(
        "Hej\n\nJeg fik en sms fra ",
        d.pick("jer", "»Nordlys Leasing«", "et nummer jeg ikke kender"),
    )
    d.t(" om, at min leasingaftale var ved at blive opsagt. Jeg skulle oplyse koden ")
    d.otp().t(", som jeg fik, og det gjorde jeg desværre.\n")
    d.t("Bagefter kom der en ny kode (").otp().t(") som jeg ikke har brugt.\n")
    d.t("Der blev også bedt om mit CPR-nummer ").cpr(a).t(" og min konto ").account().t(".\n")
    d.t("Min bil har nummerplade ").plate().t(". Ring gerne på ").phone(a).t(".\n\nVenlig hilsen\n")
    d.name(a, d.pick("full", "first", "three")).t("\n").address(a, two_lines=True).t("\n\n")
    d.t("-----\nFra: ").name(s, "full").t("\n")
    d.t(f"Kære kunde, vi sender aldrig sms'er med koder. Ring til os på {d.org_line()}. ")
    d.t("Vi har ikke udbetalt noget til IBAN ").iban().t(
        f", og {d.amount()} står stadig på sagen.\n"
    )
    d.t(f"Mvh. {co}, {d.pick(*ORG_ADDRESSES)}\n")


def _politimail(d: Doc) -> None:
    x = d.person("Kunde")
    s = d.person("Medarbejder")
    p = d.person("Medarbejder")
    co = d.pick(*COMPANIES)
    d.t("Fra: ").staff_mail(s, co).t("\nTil: ")
    d.email(box=f"{_ascii(p.first)}.{_ascii(p.last)}@politi.example.dk") if not d.neg else d.t(
        "[e-mail]"
    )
    d.t(f"\nEmne: Anmeldelse – bedrageri ved køb af {d.pick(*PRODUCTS)}, ")
    d.t(f"jeres j.nr. {d.journal()}\n\n")
    d.t("Kære ").name(p, d.pick("full", "initial")).t("\n\n")
    d.t(f"Som aftalt i telefonen {d.date()} sender vi oplysningerne om den person, der ")
    d.t("forsøgte at lease en bil med falsk ID hos os.\n\n")
    d.t("Navn (som oplyst): ").name(x, d.pick("upper", "reverse", "hyphen")).t("\n")
    d.dob(x, "Fødselsdato:").t("\n")
    d.t("Oplyst adresse: ").address(x).t("\n")
    d.t("Telefon: ").phone(x).t(", e-mail: ").email(x).t("\n")
    d.t("Bilen han kom i: ").plate().t(f" (sort {d.pick(*PRODUCTS)})\n")
    d.t("Udbetalingen blev forsøgt overført fra ").iban().t(".\n")
    d.t(f"Overvågning fra kl. {d.clock()} til kl. {d.clock()} er gemt. Forsendelsen med ")
    d.t(f"kontrakten har nummer {d.tracking()}.\n\nVenlig hilsen\n").name(s, "full")
    d.t(f"\nSvindelteamet, {co}, {d.cvr()}\nDirekte: ").phone(s).t(f", omstilling {d.org_line()}\n")


def _chat(d: Doc) -> None:
    a = d.person("Kunde")
    s = d.person("Sælger")
    h, mnt = d.rng.randint(8, 20), d.rng.randint(0, 40)
    first = d.rng.random() < 0.5

    def line(who: Person, form: str) -> Doc:
        nonlocal mnt
        mnt += d.rng.randint(0, 3)
        d.t(f"[{h:02d}:{mnt:02d}] ")
        return d.name(who, form).t(": ")

    sf = "first"
    af = d.pick("full", "lower", "first")
    d.t(f"Webchat, {d.pick(*COMPANIES)} – {d.date()}\n")
    line(s, sf).t("Hej, hvad kan jeg hjælpe med?\n")
    line(a, af).t(f"jeg vil gerne prøvekøre en {d.pick(*PRODUCTS)} i morgen\n")
    line(s, sf).t("Fint! Må jeg få dit navn og nummer?\n")
    line(a, af).name(a, "lower" if first else "full").t(" ").phone(a).t("\n")
    line(s, sf).t("Og din adresse?\n")
    line(a, af).address(a).t("\n")
    line(s, sf).t("Tak. Har du en mail?\n")
    line(a, af).email(a).t("\n")
    if d.rng.random() < 0.6:
        line(a, af).t("kan i ikke bare tage mit cpr så det går hurtigere ").cpr(a).t("\n")
        line(s, sf).t("Det behøver vi ikke her i chatten – tag kørekortet med.\n")
    line(a, af).t(f"min {d.pick('gamle bil', 'nuværende bil')} er ").plate().t(" hvis i vil byde\n")
    line(s, sf).t(f"Vi ringer fra {d.org_line()} i morgen kl. {d.clock()}.\n")
    line(a, af).t("ok tak\n")


def _betalingsnotat(d: Doc) -> None:
    a = d.person("Kunde")
    s = d.person("Medarbejder")
    d.t(f"Opkaldsnotat {d.date()} kl. {d.clock()} – udbetaling til {d.case()}\n")
    d.t("Medarbejder: ").name(s, d.pick("initial", "full")).t("\n")
    d.t("Kunde: ").name(a).t(", ").dob(a, d.pick("f.", "født")).t("\n\n")
    d.t(f"Kunden ville betale udbetalingen på {d.amount()} med kort over telefonen: ").card()
    d.t(", gyldig til ").expiry().t(", ").cvv().t(".\n")
    d.t("Banken sendte en kode, som kunden læste op: ").otp().t(". ")
    d.t(f"Kort efter ringede {d.family()} og sagde, at kortet var stjålet.\n")
    d.t("Kunden oplyste MitID-bruger-ID ").mitid(a).t(" og bad om, at bilen (").plate()
    d.t(") blev leveret til ").address(a, two_lines=d.rng.random() < 0.5).t(".\n")
    d.t("Kvittering sendt til ").email(a).t(f", kopi til {d.masked_mail()}.\n")
    d.t("Opfølgning: ring til kunden på ").phone(a).t(f" ellers til banken på {d.org_line()}.\n")
    if d.rng.random() < 0.5:
        d.t("Tilbagebetaling til ").account().t(f" (forsendelse {d.tracking()}).\n")


BUILDERS = {
    "laaneansoegning": _laaneansoegning,
    "proevekoersel": _proevekoersel,
    "identitetstyveri": _identitetstyveri,
    "vaerksted": _vaerksted,
    "kundemail": _kundemail,
    "politimail": _politimail,
    "chat": _chat,
    "betalingsnotat": _betalingsnotat,
}


def _noise(d: Doc) -> None:
    """A trailing log line of hard negatives (amounts, masked values, lines, numbers)."""
    r = d.rng.random()
    if r < 0.25:
        d.t(f"\n[Log {d.date()} kl. {d.clock()}: masket CPR {d.masked_cpr()} og ")
        d.t(f"{d.masked_mail()} slået op, ingen match. Reference {d.case()}.]\n")
    elif r < 0.5:
        d.t(f"\nIntern note: sagen er kopieret til {d.pick(*COMPANIES)}, {d.pick(*ORG_ADDRESSES)} ")
        d.t(f"(hovednummer {d.org_line()}). Gebyr {d.amount()} (intern).\n")
    elif r < 0.7:
        d.t(f"\nDokumenter sendt med {d.tracking()}; stelnr. {d.vin()} tjekket {d.date()}.\n")


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The documents of the set (NEGATIVES of them pseudonymised), reproducible from the seed."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = [True] * negatives + [False] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, negative in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, negative)
            BUILDERS[genre](d)
            _noise(d)
            doc = d.result(f"pii_blind74-{i:04d}", genre)
            if doc["text"] not in seen:
                break
        seen.add(doc["text"])
        docs.append(doc)
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind74.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
