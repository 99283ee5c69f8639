"""The hundred-and-twenty-third (123rd) blind, seeded generator of Danish text with labelled
personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a LOCKSMITH AND
BURGLAR-ALARM COMPANY with a monitoring centre (vagtcentral) and the fraud it meets: fake
locksmiths who overcharge at the door, alarm-code phishing by SMS and phone, fake invoices and
changed account numbers. Eight genres: the monitoring centre's alarm log (a panel serial, a
zone, the customer called back, a car seen on site), an e-mail thread (Fra:/Til:/Emne:) about a
fake invoice or a changed account number, a customer-service chat ("[14:02] Name: " lines, in
Danish and some English), a complaint and refund form, the fraud team's case notes on a fake
locksmith (card, expiry, CVV; "udgav sig for at være Mikkel fra Låsevagten"), a hotline's call
notes on alarm-code phishing (MitID user ID and a one-time code given away), a police report
("Anmelder: NAME" in capitals, witnesses' addresses on two lines, number plates) and letters
to customers (an address block, the company's letterhead). The names are those of Danes of all
ages, Danes with roots elsewhere ("Zainab Hassan", "Nguyen Thi Lan"), double surnames
("Bech-Mølgaard") and the company's own staff. The company's own addresses (shops, branches,
head office, the returns depot) appear in letterheads, signatures, opening hours and "kom forbi
vores butik på ..." in many documents, positive and negative, and are never labelled; their
streets are disjoint from the private ones.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("låsesmed", "kunden", "vidne");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed
  in a chat ("jytte") is PERSON; a chat speaker is PERSON. A scammer's alias ("Mikkel fra
  Låsevagten") is PERSON, the unit is not. Organisations, products, placeholders ("[NAVN]",
  "Kunde 1", "Medarbejder A", "Vidne 2") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. The company's own
  addresses are never ADDRESS.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (full date,
  four-digit year) is labelled only straight after "født", "f." or "Fødselsdato:"; no other
  date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050",
  "+4520304050" or "20.30.40.50", the country code inside the span, and foreign numbers from
  fiction-reserved ranges only ("+44 7700 900xxx", "+46 70 174 06 xx", xx 05-99). The
  company's 70/80 lines, 112, 114 and SMS short codes are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account together ("1234-1234567890", "1234 1234567890") are one
  span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the
  account is. IBAN: valid check digits and the country's length, grouped by four or compact.
  CARD: Luhn-valid with a test prefix, grouped by four or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time
  code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). The alarm code itself is never written.
- Hard negatives, never labelled: amounts ("2.450 kr.", "kr. 899,00"), dates and clock times,
  case, order and invoice numbers ("SAG-26-04417", "ORD-118204", "FAKT-550912"), alarm panel
  serials ("PNL-C4471902"), alarm zones ("zone 4"), key numbers ("nøgle-nr. K4471"), CVR
  numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932", "BK ** ***"), the company's
  lines and addresses, companies, banks, products, streets without a number and family words.
  Documents of kind "negative" are the same genres after pseudonymisation: only such values,
  stand-ins ("[NAVN]", "[kontonr.]") and pseudonyms ("Kunde 1") remain. No run of ten or more
  digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind122 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 122_2026
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "alarmlog",
    "mailtraad",
    "chat",
    "formular",
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

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "400000")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "LT": 20, "ES": 24, "FI": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "75", "76", "86",
            "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Agnete", "Birthe", "Jytte", "Hanne", "Lone", "Mette", "Tove", "Inger", "Karen",
         "Signe", "Ida", "Freja", "Maja", "Clara", "Astrid", "Nanna", "Line", "Rikke", "Pernille",
         "Vibeke", "Gudrun", "Ellen", "Zainab", "Amina", "Leyla", "Fatma", "Ewa", "Olena",
         "Thi Lan", "Mai", "Sofie", "Laura", "Cecilie", "Dorthe", "Kirsten", "Solveig")  # fmt: skip
MEN = ("Ole", "Jørgen", "Bent", "Poul", "Henning", "Erik", "Kim", "Torben", "Lars", "Mikkel",
       "Rasmus", "Frederik", "Oliver", "Noah", "Emil", "Magnus", "Villads", "Aksel", "Halfdan",
       "Ahmad", "Omar", "Mehmet", "Bilal", "Tomasz", "Dmitri", "Minh", "Kasper", "Jesper",
       "Anders", "Søren", "Preben", "Viggo", "Holger", "Carl", "Benjamin", "Yusuf")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Kristian", "Juul", "Skov", "Bach", "Dam", "Lykke", "Toft", "Holm")
SURNAMES = ("Holm", "Kjærgaard", "Mølgaard", "Bech", "Thygesen", "Vestergaard", "Dalsgaard",
            "Nørgaard", "Lauritsen", "Kragh", "Frandsen", "Ravn", "Bundgaard", "Hedegaard",
            "Østergaard", "Friis", "Lund", "Brink", "Skytte", "Ladefoged", "Hassan", "Yilmaz",
            "Kowalski", "Nguyen", "Rahimi", "Petrenko", "Demir", "Ali", "Olsen", "Krogh",
            "Svendsen", "Winther", "Bisgaard", "Linnet", "Agerskov", "Søgaard")  # fmt: skip
DOUBLE = ("Bech-Mølgaard", "Holm-Kragh", "Friis-Lauritsen", "Hassan-Lund", "Dalsgaard-Ravn",
          "Nørgaard-Yilmaz", "Winther-Skytte", "Brink-Hedegaard", "Krogh-Bisgaard")  # fmt: skip
STAFF = ("Sara Lindholm", "Jonas Weber", "Tina Husum", "Ali Rezaei", "Katrine Moos",
         "Bo Ingvardsen", "Nadia Bukh", "Henrik Lyhne")  # fmt: skip

STREETS = ("Kildevej", "Rosenlunden", "Birkealle", "Tjørnevænget", "Egevej", "Mosevangen",
           "Hybenvej", "Lærkevej", "Skovbrynet", "Fasanvej", "Engtoften", "Solsikkevej",
           "Vibevej", "Kastanjealle", "Bakkedraget", "Hyldevang", "Ærtebjergvej", "Åkandevej",
           "Stationsvej", "Møllebakken", "Pilevej", "Tranebærvej")  # fmt: skip
TOWNS = (("8000", "Aarhus C"), ("8210", "Aarhus V"), ("5000", "Odense C"), ("9000", "Aalborg"),
         ("2200", "København N"), ("2400", "København NV"), ("2000", "Frederiksberg"),
         ("7100", "Vejle"), ("6700", "Esbjerg"), ("4000", "Roskilde"), ("8600", "Silkeborg"),
         ("3400", "Hillerød"), ("4700", "Næstved"), ("6000", "Kolding"), ("8800", "Viborg"),
         ("7400", "Herning"), ("2630", "Taastrup"), ("4600", "Køge"))  # fmt: skip

COMPANIES = ("Nøglevagten A/S", "Værnehus Alarm", "Låsevagten Vagtcentral", "Trygdør ApS",
             "Nordlås Service")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord")
PRODUCTS = ("SikkerHjem Plus", "AlarmBoks 3", "Smartlås Pro", "Nøgleappen", "VagtKnap")
ORG_SITES = (("Låsesmedgade", "14", "8000", "Aarhus C"), ("Værkstedsbuen", "3", "2650",
             "Hvidovre"), ("Nøglebakken", "27", "5220", "Odense SØ"), ("Vagtparken", "8",
             "9200", "Aalborg SV"), ("Returvej", "41", "6000", "Kolding"))  # fmt: skip
ORG_ADDRESSES = tuple(f"{s} {n}, {p} {t}" for s, n, p, t in ORG_SITES) + tuple(
    f"{s} {n}\n{p} {t}" for s, n, p, t in ORG_SITES
)
ORG_LINES = ("70 22 41 90", "7022 4190", "80 30 12 12", "70 10 20 55")
ALIAS_UNITS = ("Låsevagten", "vagtcentralen", "alarmafdelingen", "kundeservice",
               "teknikerteamet", "bogholderiet")  # fmt: skip
FAMILY = ("min mand", "min kone", "min mor", "min far", "min datter", "min søn", "min nabo")
PSEUDONYMS = ("Kunde 1", "Kunde 2", "Medarbejder A", "Medarbejder B", "Vidne 1", "Vidne 2")
OTP_CUES = ("engangskoden", "koden fra SMS'en", "sikkerhedskoden", "bekræftelseskoden")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, r: random.Random) -> None:
        self.woman = r.random() < 0.5
        self.first = r.choice(WOMEN if self.woman else MEN)
        middles = MIDDLE if self.woman else MIDDLE[2:]
        self.middle = r.choice(middles) if r.random() < 0.25 and " " not in self.first else ""
        self.last = r.choice(DOUBLE) if r.random() < 0.2 else r.choice(SURNAMES)
        start = date(1931, 1, 1)
        self.born = start + timedelta(days=r.randrange((date(2005, 12, 31) - start).days))

    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def short(self) -> str:
        return f"{self.first} {self.last}"

    def form(self, r: random.Random) -> str:
        """A written form of the name: full, surname first, initial or three words."""
        x = r.random()
        if x < 0.12:
            return f"{self.last}, {self.first}"
        if x < 0.2:
            return f"{self.first[0]}. {self.last}"
        return self.full()

    def mail(self, r: random.Random) -> str:
        user = r.choice(
            (
                f"{self.first}.{self.last}",
                f"{self.first}{self.born.year % 100:02d}",
                f"{self.first[0]}{self.last}",
            )
        )
        user = _ascii(user).replace(" ", ".").replace("-", "")
        return f"{user}@{r.choice(('example.dk', 'mail.example.dk', 'example.com', 'example.net'))}"


class Doc:
    """A document under construction: text pieces and spans, or stand-ins in a negative."""

    def __init__(self, neg: bool) -> None:
        self.neg = neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def s(self, value: str, kind: str, stand_in: str) -> Doc:
        """A labelled value, or its stand-in in a negative."""
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class Gen:
    def __init__(self, r: random.Random) -> None:
        self.r = r

    # --- identifiers -------------------------------------------------------------------------
    def cpr(self, p: Person, form: int | None = None) -> str:
        r, b = self.r, p.born
        digit = "4" if b.year >= 2000 else r.choice("0123")
        head = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}{digit}"
        while True:
            number = head + f"{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(4) if form is None else form
        if form == 0:
            return f"{number[:6]}-{number[6:]}"
        if form == 1:
            return number
        if form == 2:
            return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"
        return f"{number[:6]} {number[6:]}"

    def dob(self, p: Person) -> str:
        b, r = p.born, self.r
        months = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                  "september", "oktober", "november", "december")  # fmt: skip
        return r.choice(
            (
                f"{b.day}. {months[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )

    def phone(self) -> str:
        r = self.r
        form = r.randrange(13)
        if form == 10:
            return f"+44 7700 900{r.randrange(1000):03d}"
        if form == 11:
            return f"+46 70 174 06 {r.randrange(5, 100):02d}"
        lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
        d = lead + f"{r.randrange(10**6):06d}"
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        return (
            f"+45 {d}",
            f"+45 {pairs}",
            f"+45 {d[:4]} {d[4:]}",
            f"{d[:4]} {d[4:]}",
            f"(+45) {pairs}",
            f"0045 {d}",
            pairs,
            d,
            f"+45{d}",
            ".".join(d[i : i + 2] for i in range(0, 8, 2)),
            pairs,
            d,
            f"{d[:4]} {d[4:]}",
        )[form]

    def reg_account(self) -> tuple[str, str]:
        r = self.r
        return f"{r.randrange(1000, 9999)}", f"{r.randrange(10**9, 10**10):010d}"[
            : r.choice((10, 10, 8, 9))
        ]

    def iban(self) -> str:
        r = self.r
        country = r.choice(("DK", "DK", "DK", "DE", "SE", "NO", "PL", "LT", "ES", "FI"))
        bban = "".join(str(r.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
        number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - number % 97:02d}{bban}"
        return compact if r.random() < 0.4 else grouped(compact)

    def card(self) -> str:
        r = self.r
        digits = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        for last in "0123456789":
            candidate = digits + last
            total = 0
            for i, c in enumerate(reversed(candidate)):
                n = int(c) * (1 + i % 2)
                total += n // 10 + n % 10
            if total % 10 == 0:
                return candidate if r.random() < 0.35 else grouped(candidate)
        raise AssertionError

    def expiry(self) -> str:
        m, y = self.r.randrange(1, 13), self.r.randrange(26, 32)
        return f"{m:02d}/{y}" if self.r.random() < 0.7 else f"{m:02d}/20{y}"

    def otp(self) -> str:
        return (
            f"{self.r.randrange(10**5, 10**6)}"
            if self.r.random() < 0.75
            else (f"{self.r.randrange(10**7, 10**8)}")
        )

    def mitid(self, p: Person) -> str:
        base = _ascii(p.first).split()[0].replace("-", "")
        extra = _ascii(p.last).replace("-", "")[: self.r.randrange(0, 5)]
        tail = self.r.choice((f"{p.born.year % 100:02d}", f"{p.born.year}"))
        tail = tail if p.born.year <= 2005 else "77"
        return base + extra + tail

    def plate(self) -> str:
        r = self.r
        letters = r.choice("ABCDEHJKLMNPRSTUVXYZ") + r.choice("ABCDEHJKLMNPRSTUVXYZ")
        num = f"{r.randrange(10, 100)} {r.randrange(100, 1000)}"
        return f"{letters} {num}" if r.random() < 0.7 else f"{letters}{num.replace(' ', '')}"

    def address(self, two_lines: bool | None = None) -> str:
        r = self.r
        street = r.choice(STREETS)
        no = f"{r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        floor = r.choice(
            ("", "", ", st.", f", {r.randrange(1, 6)}. {r.choice(('th', 'tv', 'mf'))}.")
        )
        pc, town = r.choice(TOWNS)
        sep = "\n" if (r.random() < 0.5 if two_lines is None else two_lines) else ", "
        return f"{street} {no}{floor}{sep}{pc} {town}"

    # --- hard negatives ----------------------------------------------------------------------
    def case_no(self) -> str:
        r = self.r
        return r.choice(
            (
                f"SAG-26-{r.randrange(10**4, 10**5)}",
                f"ORD-{r.randrange(10**5, 10**6)}",
                f"FAKT-{r.randrange(10**5, 10**6)}",
            )
        )

    def serial(self) -> str:
        return f"PNL-{self.r.choice('ABCDEF')}{self.r.randrange(10**6, 10**7)}"

    def amount(self) -> str:
        r = self.r
        kr = r.choice((450, 899, 1250, 2450, 3875, 4995, 6200, 12500, 18750))
        text = f"{kr:,}".replace(",", ".")
        if r.random() < 0.3:
            text += ",00"
        return f"{text} kr." if r.random() < 0.7 else f"kr. {text}"

    def stamp(self) -> str:
        r = self.r
        d = date(2026, 1, 1) + timedelta(days=r.randrange(330))
        h, m = r.randrange(0, 24), r.randrange(60)
        return r.choice(
            (
                f"{d.isoformat()} {h:02d}:{m:02d}",
                f"{d.day:02d}.{d.month:02d}.26 kl. {h:02d}.{m:02d}",
            )
        )

    def masked(self) -> str:
        r = self.r
        return r.choice(
            (
                f"{r.randrange(10, 29):02d}{r.randrange(1, 13):02d}{r.randrange(40, 99)}-xxxx",
                f"+45 ** ** ** {r.randrange(10, 100)}",
                f"{r.choice('abehjkmst')}***@example.dk",
                f"**** **** **** {r.randrange(1000, 10000)}",
                f"******{r.randrange(1000, 10000)}",
                f"DK{r.randrange(10, 100)}XXXXXXXXXX{r.randrange(1000, 10000)}",
                f"{r.choice('BCDKLMS')}{r.choice('ABDEKLMNPRS')} ** ***",
            )
        )

    def org_addr(self, two_lines: bool = False) -> str:
        s, n, p, t = self.r.choice(ORG_SITES)
        return f"{s} {n}\n{p} {t}" if two_lines else f"{s} {n}, {p} {t}"

    def org_block(self) -> str:
        """A piece of text holding the company's own address (never labelled)."""
        r = self.r
        site = self.org_addr()
        return r.choice(
            (
                f"Kom forbi vores butik på {site} (man-fre 9-17, lør 10-13).",
                f"Returnér den gamle nøgleboks til vores returlager, {site}.",
                f"{r.choice(COMPANIES)} ({site}) · CVR-nr. {r.randrange(10**7, 10**8)}",
                f"Åbningstider for afdelingen på {site}: man-tor 8-16, fre 8-15.",
                f"Hovedkontor:\n{self.org_addr(True)}\nTlf. {r.choice(ORG_LINES)}",
                f"Afhentning sker i filialen, {site}, mod fremvisning af ordrenummer.",
                f"Send venligst kvitteringen til {r.choice(COMPANIES)}, {site}.",
            )
        )


def _name(g: Gen, d: Doc, p: Person, pseud: str, form: str | None = None) -> Doc:
    r = g.r
    value = form or p.form(r)
    return d.s(value, "PERSON", r.choice((pseud, "[NAVN]")))


def _genitive(g: Gen, d: Doc, p: Person, pseud: str) -> Doc:
    base = p.short() if g.r.random() < 0.3 else p.first
    if base[-1] in "sxz":
        return d.s(base, "PERSON", pseud).t(" (kundens)")
    return d.s(base + "s", "PERSON", pseud + "s")


def _phone(g: Gen, d: Doc) -> Doc:
    masked = f"+45 ** ** ** {g.r.randrange(10, 100)}"
    return d.s(g.phone(), "PHONE", g.r.choice(("[TLF]", masked)))


def _mail(g: Gen, d: Doc, address: str) -> Doc:
    masked = address[0] + "***@" + address.split("@")[1]
    return d.s(address, "EMAIL", g.r.choice(("[e-mail]", masked)))


def _addr(g: Gen, d: Doc, two_lines: bool | None = None) -> Doc:
    return d.s(g.address(two_lines), "ADDRESS", "[ADRESSE]")


def _account(g: Gen, d: Doc) -> Doc:
    r = g.r
    reg, acc = g.reg_account()
    stand = r.choice(("[kontonr.]", f"DK{r.randrange(10, 100)}XXXXXXXXXX{r.randrange(1000, 9999)}"))
    form = r.randrange(4)
    if form == 0:
        d.t(f"reg.nr. {reg if not d.neg else 'xxxx'}, kontonr. ")
        return d.s(acc, "BANK_ACCOUNT", stand)
    if form == 1:
        return d.t(f"reg. {reg if not d.neg else 'xxxx'} konto ").s(acc, "BANK_ACCOUNT", stand)
    sep = " " if form == 2 else "-"
    return d.s(f"{reg}{sep}{acc}", "BANK_ACCOUNT", stand)


def _otp(g: Gen, d: Doc) -> Doc:
    return d.s(g.otp(), "OTP", "[kode]")


def _plate(g: Gen, d: Doc) -> Doc:
    r = g.r
    return d.s(g.plate(), "NUMBER_PLATE", f"{r.choice('BCDKLMS')}{r.choice('ABDEKLMNPRS')} ** ***")


def _cpr(g: Gen, d: Doc, p: Person) -> Doc:
    return d.s(g.cpr(p), "CPR", g.r.choice(("[CPR]", g.masked())))


def _card(g: Gen, d: Doc) -> Doc:
    r = g.r
    d.t(r.choice(("kort ", "kortnummer ", "betalingskort ", "card ")))
    d.s(g.card(), "CARD", f"**** **** **** {r.randrange(1000, 10000)}")
    d.t(r.choice((", udløb ", ", exp. ", " gyldigt til ")))
    d.s(g.expiry(), "CARD_EXPIRY", "xx/xx")
    if r.random() < 0.85:
        d.t(r.choice((", CVV ", ", cvc ", " og CVC ", ", kontrolcifre "))).s(
            f"{r.randrange(1000):03d}", "CARD_CVV", "***"
        )
    return d


def _org(g: Gen, d: Doc, p: float = 0.62) -> Doc:
    if g.r.random() < p:
        d.t("\n\n" + g.org_block() + "\n")
    return d


def _never(g: Gen, d: Doc) -> Doc:
    """A line with some hard negatives."""
    r = g.r
    return d.t(
        r.choice(
            (
                f"Sagsnr. {g.case_no()}, panel {g.serial()}, zone {r.randrange(1, 13)}.\n",
                f"Beløb: {g.amount()} (ordre {g.case_no()}).\n",
                f"Reference {g.case_no()}; nøgle-nr. "
                f"{r.choice('KLN')}{r.randrange(1000, 10000)}.\n",
                f"Registreret {g.stamp()}, {g.amount()} trukket.\n",
                f"Maskeret i systemet: {g.masked()}.\n",
            )
        )
    )


# --- genres ------------------------------------------------------------------------------------


def alarmlog(g: Gen, d: Doc) -> None:
    r = g.r
    p, w = Person(r), Person(r)
    d.t(f"VAGTCENTRAL – HÆNDELSESLOG {r.choice(COMPANIES)}\n")
    d.t(f"{g.stamp()} ALARM panel {g.serial()} zone {r.randrange(1, 13)} "
        f"({r.choice(('indbrud', 'dør åben', 'sabotage', 'glasbrud'))})\n")  # fmt: skip
    d.t(f"{g.stamp()} Opkald til kontaktperson ")
    _name(g, d, p, "Kunde 1")
    d.t(" på ")
    _phone(g, d).t(r.choice((" – ingen svar.\n", " – svarer, kender intet til alarmen.\n",
                             " – bekræfter fejlalarm.\n")))  # fmt: skip
    d.t(f"{g.stamp()} Adresse: ")
    _addr(g, d, False).t("\n")
    if r.random() < 0.7:
        d.t(f"{g.stamp()} Vagt på stedet ser bil med falsk låsesmed-skilt, nummerplade ")
        _plate(g, d).t(r.choice((".\n", " (hvid varebil).\n")))
    if r.random() < 0.5:
        d.t(f"{g.stamp()} Kunden oplyser at have modtaget SMS med ")
        d.t(r.choice(OTP_CUES) + " ")
        _otp(g, d).t(" og videregivet den til en 'tekniker' i telefonen.\n")
    if r.random() < 0.45:
        d.t(f"{g.stamp()} Nabo ")
        _name(g, d, w, "Vidne 1")
        d.t(", tlf. ")
        _phone(g, d).t(r.choice((", så to personer ved ", ", bor ved ")))
        d.t(r.choice(STREETS) + ".\n")
    if r.random() < 0.4:
        d.t(f"{g.stamp()} Note: kunden oplyser, at {r.choice(FAMILY)} er nøgleholder, "
            f"nøgle-nr. {r.choice('KLN')}{r.randrange(1000, 10000)}.\n")  # fmt: skip
    if r.random() < 0.35:
        d.t(f"{g.stamp()} Kundens e-mail: ")
        _mail(g, d, p.mail(r)).t("\n")
    _never(g, d)
    _org(g, d, 0.55)


def mailtraad(g: Gen, d: Doc) -> None:
    r = g.r
    p, staff = Person(r), Person(r)
    company = r.choice(COMPANIES)
    pm, sm = p.mail(r), f"{_ascii(staff.first).split()[0]}@{_ascii(company.split()[0])}.example.dk"
    subject = r.choice(("Ændret kontonummer?", "Faktura fra jer – er den ægte?",
                        "SV: Betaling af servicefaktura", "Fwd: Urgent – new bank details",
                        "Spørgsmål om opkrævning"))  # fmt: skip
    d.t("Fra: ")
    _name(g, d, p, "Kunde 1", p.short()).t(" <")
    _mail(g, d, pm).t(">\nTil: ")
    _mail(g, d, sm).t(f"\nEmne: {subject}\n\n")
    d.t(r.choice(("Hej\n\n", "Kære kundeservice\n\n", "Hi,\n\n")))
    d.t(r.choice((
        f"Jeg har modtaget en faktura ({g.case_no()}) på {g.amount()}, hvor der står at jeres "
        "kontonummer er ændret til ",
        "I got an e-mail saying your bank details had changed. The new account is ",
        f"En mand ringede og sagde, at jeres {r.choice(BANKS)}-konto var lukket, og at jeg "
        "skulle betale til ",
    )))  # fmt: skip
    if r.random() < 0.55:
        _account(g, d)
    else:
        d.s(g.iban(), "IBAN", "[kontonr.]")
    d.t(". Er det rigtigt?\n")
    if r.random() < 0.35:
        d.t("Afsenderen bad også om betaling til ")
        d.s(g.iban(), "IBAN", "[kontonr.]").t(".\n")
    if r.random() < 0.5:
        d.t("Min egen konto, hvis I skal tilbageføre noget: ")
        _account(g, d).t(".\n")
    d.t("\nMvh\n")
    _name(g, d, p, "Kunde 1", p.short()).t("\n")
    if r.random() < 0.5:
        _addr(g, d, True).t("\n")
    d.t("Tlf. ")
    _phone(g, d).t("\n\n")
    d.t(f"---\nFra: {company} kundeservice <")
    _mail(g, d, sm).t(">\nTil: ")
    _mail(g, d, pm).t(f"\nEmne: SV: {subject}\n\n")
    d.t("Hej ")
    _name(g, d, p, "Kunde 1", p.first).t("\n\n")
    d.t(r.choice((
        "Vi har IKKE ændret kontonummer. Betal ikke fakturaen – det er svindel. ",
        "Thank you for warning us. The invoice is fake; we never change bank details by e-mail. ",
        "Fakturaen er falsk. Vi har anmeldt afsenderen og spærret linket. ",
    )))  # fmt: skip
    d.t(f"Vores rigtige opkrævninger kommer altid fra {r.choice(BANKS)}, og betalingen ses "
        f"i {r.choice(PRODUCTS)}.\n\nVenlig hilsen\n")  # fmt: skip
    _name(g, d, staff, "Medarbejder B", staff.short()).t(f"\n{company}\n")
    if r.random() < 0.6:
        d.t(g.org_addr(r.random() < 0.5) + f"\nTlf. {r.choice(ORG_LINES)}\n")
    _never(g, d)


def chat(g: Gen, d: Doc) -> None:
    r = g.r
    p, staff = Person(r), Person(r)
    h, m = r.randrange(7, 22), r.randrange(50)
    cust = p.first.lower() if r.random() < 0.3 else p.short()
    st = staff.first if r.random() < 0.5 else staff.short()

    def line(who: str, pseud: str) -> Doc:
        nonlocal m
        m += r.randrange(1, 3)
        d.t(f"[{(h + m // 60) % 24:02d}:{m % 60:02d}] ")
        d.s(who, "PERSON", pseud)
        return d.t(": ")

    d.t(f"Chat – {r.choice(COMPANIES)} kundeservice\n")
    line(st, "Medarbejder A").t(r.choice(("Hej, hvad kan jeg hjælpe med?\n",
                                          "Hi! How can I help you today?\n")))  # fmt: skip
    line(cust, "Kunde 1").t(r.choice((
        "jeg har fået en sms om at min alarmkode skal bekræftes\n",
        "Someone called and said they were from your alarm team\n",
        "der står en låsesmed her og vil have 4.995 kr. for at åbne døren\n",
        "jeg har fået en regning fra jer, men kontonummeret ser forkert ud\n",
        "hej. nogen har ringet fra 'vagtcentralen' og spurgt efter min kode\n",
    )))  # fmt: skip
    line(st, "Medarbejder A").t(r.choice((
        "Det lyder ikke som os. Må jeg få dit fulde navn?\n",
        "Vi beder aldrig om koder over telefonen. Hvad er dit navn?\n",
        "Okay, lad os få det stoppet. Dit fulde navn, tak?\n",
        "I'm sorry to hear that. Could I have your full name?\n",
    )))  # fmt: skip
    line(cust, "Kunde 1")
    _name(g, d, p, "Kunde 1", r.choice((p.full(), p.short().upper(), f"{p.last}, {p.first}")))
    d.t("\n")
    asks = ("Og dit telefonnummer?\n", "Tak. Hvilket nummer kan vi ringe på?\n",
            "And a phone number we can reach you on?\n")  # fmt: skip
    line(st, "Medarbejder A").t(r.choice(asks))
    line(cust, "Kunde 1")
    _phone(g, d).t("\n")
    x = r.random()
    if x < 0.4:
        line(st, "Medarbejder A").t("Har du givet nogen en kode?\n")
        line(cust, "Kunde 1").t(r.choice(("ja, ", "yes, ", "desværre ja, "))
                                 + r.choice(OTP_CUES) + " ")  # fmt: skip
        _otp(g, d).t("\n")
    elif x < 0.7:
        line(cust, "Kunde 1").t("de bad om mit MitID bruger-id, jeg skrev ")
        d.s(g.mitid(p), "MITID_USER", "[kode]").t("\n")
    else:
        line(cust, "Kunde 1").t("han havde en bil med nummerplade ")
        _plate(g, d).t("\n")
    asks = ("Hvilken adresse drejer det sig om?\n", "Hvor sidder alarmen?\n",
            "Which address is the alarm installed at?\n")  # fmt: skip
    line(st, "Medarbejder A").t(r.choice(asks))
    line(cust, "Kunde 1")
    _addr(g, d, False).t("\n")
    if r.random() < 0.4:
        line(cust, "Kunde 1").t("og min mail er ")
        _mail(g, d, p.mail(r)).t("\n")
    line(st, "Medarbejder A").t(r.choice((
        "Tak. Jeg opretter en sag og spærrer fjernadgangen til panelet.\n",
        "Thanks, I have blocked remote access and opened a case.\n",
        f"Noteret under {g.case_no()}. Ring 112 hvis nogen forsøger at komme ind.\n",
    )))  # fmt: skip
    if r.random() < 0.6:
        line(st, "Medarbejder A").t(
            f"Du kan også komme forbi butikken på {g.org_addr()} og få skiftet koden.\n"
        )
    line(cust, "Kunde 1").t(r.choice(("tak\n", "ok tak for hjælpen\n", "thank you\n")))


def formular(g: Gen, d: Doc) -> None:
    r = g.r
    p = Person(r)
    d.t(f"REKLAMATION OG TILBAGEBETALING – {r.choice(COMPANIES)}\n")
    if r.random() < 0.5:
        d.t(f"Indsendes til {g.org_addr()}\n")
    d.t(f"Sagsnr.: {g.case_no()}\n\nNavn: ")
    _name(g, d, p, "Kunde 1", r.choice((p.full(), f"{p.last}, {p.first}"))).t("\nAdresse: ")
    _addr(g, d, r.random() < 0.6).t("\n")
    if r.random() < 0.6:
        d.t("CPR-nr.: ")
        _cpr(g, d, p).t("\n")
    else:
        d.t("Fødselsdato: ")
        d.s(g.dob(p), "DATE_OF_BIRTH", "[dato]").t("\n")
    d.t("Telefon: ")
    _phone(g, d).t("\nE-mail: ")
    _mail(g, d, p.mail(r)).t("\n")
    d.t("Hvad skete der: ")
    d.t(r.choice((
        f"Falsk låsesmed tog {g.amount()} for at åbne hoveddøren.",
        f"Betalte faktura {g.case_no()} til forkert konto efter mail om nyt kontonummer.",
        "Blev ringet op af 'vagtcentralen' og gav koden fra SMS'en videre.",
    )))  # fmt: skip
    d.t("\nBetalt med: ")
    _card(g, d).t("\n")
    d.t("Tilbagebetaling til: ")
    if r.random() < 0.7:
        _account(g, d)
    else:
        d.s(g.iban(), "IBAN", "[kontonr.]")
    d.t(f"\nBeløb: {g.amount()}\nDato: {g.stamp()}\n")
    _org(g, d, 0.45)


def sagsnotat(g: Gen, d: Doc) -> None:
    r = g.r
    p, alias = Person(r), Person(r)
    d.t(f"SAGSNOTAT {g.case_no()} – svindelteamet\n\n")
    d.t(r.choice(("Kunden ", "Forurettede ", "Skadelidte ")))
    _name(g, d, p, "Kunde 1", r.choice((p.full(), f"{p.first[0]}. {p.last}", p.short())))
    if r.random() < 0.4:
        d.t(" (f. ")
        d.s(g.dob(p), "DATE_OF_BIRTH", "[dato]").t(")")
    d.t(", ")
    _addr(g, d, False).t(", ")
    d.t(
        r.choice(
            ("blev låst ude ", "ringede efter en låsesmed ", "fandt en annonce for 'døgnlåsesmed' ")
        )
    )
    d.t("og fik besøg af en mand, der udgav sig for at være ")
    d.s(alias.first.split()[0], "PERSON", "en låsesmed").t(f" fra {r.choice(ALIAS_UNITS)}. ")
    d.t(f"Han krævede {g.amount()} og tog betaling på ")
    _card(g, d).t(". ")
    _genitive(g, d, p, "Kunde 1")
    d.t(r.choice((" bank har afvist indsigelsen.", " kortudsteder har åbnet en chargeback.",
                  " sag er sendt videre til politiet.")))  # fmt: skip
    d.t("\n")
    if r.random() < 0.5:
        d.t("Bilen havde nummerplade ")
        _plate(g, d).t(f"; kunden fortæller, at {r.choice(FAMILY)} tog et billede af den.\n")
    if r.random() < 0.4:
        d.t("Kunden kan træffes på ")
        _phone(g, d).t(" eller ")
        _mail(g, d, p.mail(r)).t(".\n")
    if r.random() < 0.35:
        d.t("CPR: ")
        _cpr(g, d, p).t("\n")
    _never(g, d)
    _org(g, d, 0.55)


def opkaldsnotat(g: Gen, d: Doc) -> None:
    r = g.r
    p = Person(r)
    d.t(f"Opkaldsnotat, svindellinjen {r.choice(ORG_LINES)} – {g.stamp()}\n")
    d.t("Indringer: ")
    _name(g, d, p, "Kunde 1")
    d.t(", tlf. ")
    _phone(g, d).t("\n")
    d.t(r.choice((
        "Kunden blev ringet op af en 'tekniker', der sagde, at alarmen skulle opdateres. ",
        "Caller got a text asking to confirm the alarm code via a link. ",
        "Kunden fik en SMS fra et falsk afsendernavn og loggede ind via linket. ",
    )))  # fmt: skip
    d.t("Kunden oplyste sit MitID bruger-id ")
    d.s(g.mitid(p), "MITID_USER", "[kode]")
    d.t(" og " + r.choice(OTP_CUES) + " ")
    _otp(g, d).t(". ")
    if r.random() < 0.3:
        _genitive(g, d, p, "Kunde 1")
        d.t(" konto hos " + r.choice(BANKS) + " er spærret. ")
    d.t(f"Alarmkoden blev også givet, men står ikke her. Panel {g.serial()} er spærret.\n")
    if r.random() < 0.45:
        d.t("Fødselsdato oplyst: f. ")
        d.s(g.dob(p), "DATE_OF_BIRTH", "[dato]").t(".\n")
    if r.random() < 0.5:
        d.t("Kunden så bagefter en bil med nummerplade ")
        _plate(g, d).t(" holde ved " + r.choice(STREETS) + ".\n")
    if r.random() < 0.35:
        d.t("Kontakt også ")
        _name(g, d, Person(r), "Kunde 2")
        d.t(f' (kunden kalder vedkommende "{r.choice(FAMILY)}") på ')
        _phone(g, d).t(".\n")
    d.t(f"Rådgivet om at ringe til {r.choice(BANKS)} og politiet på 114. "
        f"Hvis kunden vil aflevere gammel nøglebrik: {g.org_addr()}.\n")  # fmt: skip
    _never(g, d)


def politianmeldelse(g: Gen, d: Doc) -> None:
    r = g.r
    p, w = Person(r), Person(r)
    d.t(f"POLITIANMELDELSE – bedrageri (journal {g.case_no()})\n\nAnmelder: ")
    up = (p.full() if r.random() < 0.6 else p.short()).upper()
    d.s(up, "PERSON", "Kunde 1").t("\nFødselsdato: ")
    d.s(g.dob(p), "DATE_OF_BIRTH", "[dato]").t("\nCPR: ")
    _cpr(g, d, p).t("\nBopæl: ")
    _addr(g, d, True).t("\nTelefon: ")
    _phone(g, d).t("\n\nForklaring:\n")
    d.t(r.choice((
        "Anmelder blev ringet op af en person, der udgav sig for at være ",
        "Anmelder fik besøg af en mand, der udgav sig for at være ",
    )))  # fmt: skip
    d.s(r.choice(MEN), "PERSON", "en medarbejder").t(f" fra {r.choice(ALIAS_UNITS)}. ")
    d.t(f"Der blev betalt {g.amount()} med ")
    _card(g, d).t(". Gerningsmanden kørte i bil med reg.nr. ")
    _plate(g, d).t(".\n\nVidne: ")
    _name(g, d, w, r.choice(("Vidne 1", "Vidne 2")), w.full())
    d.t("\n")
    _addr(g, d, True).t("\n")
    if r.random() < 0.5:
        d.t("Vidnet så også bilen ved " + r.choice(STREETS) + ", plade ")
        _plate(g, d).t(".\n")
    if r.random() < 0.5:
        d.t("Alarmfirmaets oplysninger: ")
        d.t(f"{r.choice(COMPANIES)}, {g.org_addr()}, tlf. {r.choice(ORG_LINES)}.\n")
    _never(g, d)


def brev(g: Gen, d: Doc) -> None:
    r = g.r
    p = Person(r)
    company = r.choice(COMPANIES)
    if r.random() < 0.7:
        d.t(f"{company}\n{g.org_addr(True)}\nCVR-nr. {r.randrange(10**7, 10**8)}\n\n")
    else:
        d.t(f"{company}\n\n")
    _name(g, d, p, "Kunde 1", p.full()).t("\n")
    _addr(g, d, True).t(
        f"\n\n{r.randrange(1, 29)}. {r.choice(('marts', 'maj', 'oktober'))} 2026\n\n"
    )
    d.t("Kære ")
    _name(g, d, p, "Kunde 1", p.first).t("\n\n")
    d.t(r.choice((
        "Vi skriver, fordi der er sendt falske fakturaer i vores navn. ",
        "Tak for din henvendelse om den falske låsesmed. ",
        "Vi har registreret et forsøg på at få din alarmkode udleveret. ",
    )))  # fmt: skip
    d.t(f"Vi har godkendt en kompensation på {g.amount()}, som udbetales til ")
    if r.random() < 0.6:
        _account(g, d)
    else:
        d.s(g.iban(), "IBAN", "[kontonr.]")
    d.t(".\n")
    if r.random() < 0.4:
        d.t("Vi har registreret dit mobilnummer ")
        _phone(g, d).t(" til SMS-advarsler fra " + r.choice(PRODUCTS) + ".\n")
    if r.random() < 0.3:
        d.t("Dit MitID bruger-id ")
        d.s(g.mitid(p), "MITID_USER", "[kode]").t(" er registreret på sagen.\n")
    d.t(f"Returnér venligst den gamle nøgleboks til {g.org_addr()}.\n\n" if r.random() < 0.5
        else "\n")  # fmt: skip
    if r.random() < 0.5:
        d.t("Vi beklager, at ")
        _genitive(g, d, p, "Kunde 1")
        d.t(" oplevelse med den falske låsesmed har kostet tid og penge.\n")
    d.t("Med venlig hilsen\n")
    st = Person(r)
    _name(g, d, st, "Medarbejder A", st.short()).t(f"\n{company}\n")
    _never(g, d)


GENRE_FUNCS: dict[str, Callable[[Gen, Doc], None]] = {
    "alarmlog": alarmlog,
    "mailtraad": mailtraad,
    "chat": chat,
    "formular": formular,
    "sagsnotat": sagsnotat,
    "opkaldsnotat": opkaldsnotat,
    "politianmeldelse": politianmeldelse,
    "brev": brev,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, genres in turn."""
    r = random.Random(seed)
    g = Gen(r)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    counter = {"positive": 0, "negative": 0}
    for i, kind in enumerate(kinds):
        genre = GENRES[(counter[kind] + (0 if kind == "positive" else 3)) % len(GENRES)]
        counter[kind] += 1
        while True:
            d = Doc(kind == "negative")
            GENRE_FUNCS[genre](g, d)
            text = d.text()
            if text not in seen and (d.neg or d.spans):
                break
        seen.add(text)
        docs.append(
            {"id": f"pb122-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": d.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1])
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
