"""A thirty-first blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is WORKPLACE AND HR
FRAUD as Danish employers, payroll providers, unions and the police handle it, in eight genres:
a payroll provider's incident log (an employee's salary account changed through a phished HR
portal: the employee number, the new reg.nr. and account, the employee's CPR and phone), an HR
manager's e-mail thread (Fra:/Til:/Cc:/Emne:) about a fake job applicant who asked for a "test
payment", a union's advice notes to a member scammed by a fake job offer abroad (a foreign
IBAN, a foreign phone number, the card the "visa fee" was paid with), an IT department's
phishing-incident ticket (the user's e-mail, the MitID Erhverv user ID given on a call, a code
read out), a company-car fleet manager's notes on fines and a stolen fuel card (card, expiry,
CVV, number plates), a whistleblower report (witnesses' names and addresses on two lines), a
recruitment chat in Danish and English (Teams-style "[09:14] Name:" lines) and a police report
of CEO fraud with the finance assistant's statement. The names are those of Danes of all ages,
Danes with roots elsewhere ("Zainab Abdi", "Nguyen Thi Mai"), double surnames
("Kjærsgaard-Toft") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("lønkonsulent", "medarbejderen",
  "vidne"); "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case
  name typed in a chat ("jytte") is PERSON. A scammer's alias ("Mikkel fra Lønservice") is
  PERSON, the company is not. Organisations, products, placeholders ("[NAVN]", "Medarbejder A",
  "Kunde 2", "Vidne 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
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
  An organisation's number (70/80 lines, 112, 114, 1813, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "849,95 kr"), dates and clock times
  ("02.12.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14"), employee numbers ("medarb.nr.
  40217"), ticket, case and journal numbers, CVR numbers, masked values ("040652-xxxx",
  "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 and short numbers, companies, banks, products and
  family words. Documents of kind "negative" are the same genres after pseudonymisation: only
  such values and pseudonym labels ("Medarbejder A", "Kunde 2") remain. No run of ten or more
  digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind30 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 30_3031
SIZE = 1000
NEGATIVES = 350

TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400000", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "ES": 24, "PL": 28, "LT": 20, "PT": 25, "NL": 18, "GB": 22}
MOBILE = ("20", "21", "22", "23", "25", "26", "28", "29", "30", "31", "40", "42", "50", "51",
          "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "38", "43", "45", "46", "48", "56", "59", "62", "65", "66", "75",
            "86", "87", "89", "97", "98")  # fmt: skip
ORG_LINES = ("70 20 31 44", "70 15 60 60", "80 20 11 22", "70 33 12 12", "80 40 50 60")

WOMEN = ("Agnete", "Birthe", "Camilla", "Dorthe", "Freja", "Gitte", "Hanne", "Ida", "Jytte",
         "Karen", "Lærke", "Mette", "Nanna", "Pernille", "Rikke", "Signe", "Tove", "Ulla",
         "Vibeke", "Yasmin", "Zainab", "Leyla", "Amina", "Sofie", "Kirsten", "Inger", "Astrid",
         "Malou", "Bodil", "Esther")  # fmt: skip
MEN = ("Anders", "Bent", "Christian", "Dennis", "Erik", "Frederik", "Georg", "Henrik", "Ib",
       "Jens", "Kasper", "Lars", "Magnus", "Niels", "Ole", "Poul", "Rasmus", "Søren", "Torben",
       "Uffe", "Villads", "Mads", "Emil", "Ahmed", "Omar", "Hassan", "Kenneth", "Jonas",
       "Bjarne", "Tariq")  # fmt: skip
SURNAMES = ("Kjærsgaard", "Thygesen", "Bech", "Lauritsen", "Damgaard", "Vestergaard", "Holm",
            "Søndergaard", "Yilmaz", "Hussein", "Abdi", "Kowalski", "Mortensen", "Bundgaard",
            "Krogh", "Lind", "Skovbo", "Riis", "Toft", "Winther", "Brix", "Ravn", "Hald",
            "Mølgaard", "Bisgaard", "Fenger", "Nguyen", "Overby", "Kragelund",
            "Iversen")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Juul", "Bach", "Kragh", "Lykke", "Munk", "Thi", "Skov", "Emil")
STREETS = ("Kirsebærstien", "Havremarken", "Lærkevænget", "Smedjegårdsvej", "Rugbjergvej",
           "Fiskerlejet", "Teglværksbakken", "Skovspurvevej", "Hørhavevej", "Klinkevænget",
           "Granhøjen", "Bådebrovej", "Mosekærsvej", "Præstelodden", "Pilegårds Allé")  # fmt: skip
TOWNS = (("4871", "Nørre Tvede"), ("6623", "Hvidmose"), ("7442", "Ravnsholt"),
         ("8572", "Lille Skærby"), ("5794", "Bøgelund"), ("9381", "Vesterhede"),
         ("3662", "Egebjerg Strand"), ("2687", "Kragsø"))  # fmt: skip
COMPANIES = ("Nordlys Rengøring ApS", "Fjordtek A/S", "Bakkegaard Logistik", "Hedeland Byg A/S",
             "Skibsted Revision", "Grøn Linje Transport")  # fmt: skip
PAYROLL = ("Løntrappen", "PayNord", "Lønhuset Danmark")
UNIONS = ("Fagforeningen Fælles Fag", "Faglig Front", "Lønmodtagernes Union")
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank")
PRODUCTS = ("MitID Erhverv", "Microsoft Teams", "Outlook", "Circle K-kort", "Q8 LiteCard")
FOREIGN = (("+44 7700 900", 3), ("+46 70 174 06 ", 2))
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
GENRES = (
    "payroll_incident_log", "hr_email_thread", "union_advice", "it_phishing_ticket",
    "fleet_notes", "whistleblower_report", "recruitment_chat", "police_ceo_fraud",
)  # fmt: skip


def grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


class Doc:
    """A text under construction: plain pieces, and labelled ones (stand-ins when negative)."""

    def __init__(self, live: bool) -> None:
        self.live, self.text, self.spans = live, "", []

    def add(self, *pieces: str | tuple[str, str, str]) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                self.text += piece
            elif self.live:
                value, kind, _ = piece
                end = len(self.text) + len(value)
                self.spans.append({"start": len(self.text), "end": end, "type": kind})
                self.text += value
            else:
                self.text += piece[2]


class Person:
    def __init__(self, r: random.Random, born_from: int = 1938, born_to: int = 2005) -> None:
        self.r = r
        self.woman = r.random() < 0.5
        self.first = r.choice(WOMEN if self.woman else MEN)
        last = r.choice(SURNAMES)
        if r.random() < 0.3:
            last = f"{last}-{r.choice([s for s in SURNAMES if s != last])}"
        self.last = last
        self.middle = r.choice(MIDDLE) if r.random() < 0.3 else ""
        start = date(born_from, 1, 1)
        self.born = start + timedelta(days=r.randrange((date(born_to, 12, 31) - start).days))
        self.user = f"{self.first[:3]}{last.split('-')[0][:3]}".lower()
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            self.user = self.user.replace(a, b)
        self.mail_local = f"{self.first}.{last}".lower().replace("-", ".")
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            self.mail_local = self.mail_local.replace(a, b)

    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class Maker:
    """The seeded values of one document."""

    def __init__(self, r: random.Random, live: bool) -> None:
        self.r, self.live = r, live

    # --- names -----------------------------------------------------------------------------
    def name(self, p: Person, role: str, form: str = "") -> tuple[str, str, str]:
        r = self.r
        form = form or r.choice(("full", "full", "full", "short", "comma", "initial", "upper"))
        if form == "genitive" and p.first[-1] in "sxz":
            form = "short"
        value = {
            "full": p.full(),
            "short": f"{p.first} {p.last}",
            "comma": f"{p.last}, {p.first}",
            "initial": f"{p.first[0]}. {p.last}",
            "upper": p.full().upper(),
            "first": p.first,
            "lower": p.first.lower(),
            "genitive": f"{p.first}s",
            "genitive_full": f"{p.first} {p.last}s",
        }[form]
        stand = r.choice((f"{role} {r.choice('ABC')}", f"{role} {r.randint(1, 4)}", "[NAVN]"))
        if form.startswith("genitive"):
            stand += "'s"
        return value, "PERSON", stand

    # --- identifiers -----------------------------------------------------------------------
    def cpr(self, p: Person) -> tuple[str, str, str]:
        r, b = self.r, p.born
        century = "4" if b.year >= 2000 else r.choice("0123")
        digits = [int(c) for c in f"{b:%d%m%y}{century}"] + [r.randrange(10) for _ in range(3)]
        if sum(d * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0:
            digits[-1] = (digits[-1] + 1) % 10
        n = "".join(map(str, digits))
        form = r.choice(("{}-{}", "{}{}", "spaced", "{} {}"))
        value = (
            f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}" if form == "spaced" else form.format(n[:6], n[6:])
        )
        stand = r.choice(("[CPR]", f"{n[:6]}-xxxx", "[CPR]"))
        return value, "CPR", stand

    def dob(self, p: Person) -> tuple[str, str, str]:
        b = p.born
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return value, "DATE_OF_BIRTH", "[dato]"

    def phone(self, foreign: bool = False) -> tuple[str, str, str]:
        r = self.r
        stand = r.choice(("[TLF]", f"+45 ** ** ** {r.randint(10, 99)}"))
        if foreign:
            prefix, width = r.choice(FOREIGN)
            tail = r.randint(5, 99) if width == 2 else r.randint(0, 999)
            return f"{prefix}{tail:0{width}d}", "PHONE", stand
        lead = r.choice(MOBILE + MOBILE + LANDLINE)
        d = lead + "".join(str(r.randrange(10)) for _ in range(6))
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        value = r.choice(
            (
                f"+45 {d}",
                f"+45 {pairs}",
                f"+45 {d[:4]} {d[4:]}",
                f"{d[:4]} {d[4:]}",
                f"(+45) {pairs}",
                f"0045 {d}",
                pairs,
                d,
                f"+45{d}",
                pairs.replace(" ", "."),
            )
        )
        return value, "PHONE", stand

    def email(self, p: Person | None = None, local: str = "") -> tuple[str, str, str]:
        r = self.r
        if p is not None:
            local = r.choice((p.mail_local, p.user + str(r.randint(1, 99)), p.first.lower()))
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            local = local.replace(a, b)
        domain = r.choice(("example.dk", "example.com", "post.example.dk", "example.net"))
        stand = r.choice(("[e-mail]", f"{local[0]}***@{domain}"))
        return f"{local}@{domain}", "EMAIL", stand

    def account(self, joined: bool) -> tuple[str, str, str]:
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        acc = "".join(str(r.randrange(10)) for _ in range(r.choice((7, 8, 10, 10))))
        if joined:
            return f"{reg}{r.choice('- ')}{acc}", "BANK_ACCOUNT", "[kontonr.]"
        return acc, "BANK_ACCOUNT", "[kontonr.]"

    def reg(self) -> str:
        return f"{self.r.randint(1000, 9899)}"

    def iban(self, country: str = "") -> tuple[str, str, str]:
        r = self.r
        country = country or r.choice(tuple(IBAN_LENGTH))
        n = IBAN_LENGTH[country] - 4

        def digits(k: int) -> str:
            return "".join(str(r.randrange(10)) for _ in range(k))

        if country in ("GB", "NL"):
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + digits(n - 4)
        else:
            bban = digits(n)
        compact = country + iban_check(country, bban) + bban
        stand = f"{country}{compact[2:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
        return r.choice((compact, grouped(compact))), "IBAN", stand

    def card(self) -> tuple[tuple[str, str, str], str]:
        r = self.r
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        n = body + luhn_digit(body)
        masked = f"**** **** **** {n[-4:]}"
        return (r.choice((n, grouped(n), grouped(n))), "CARD", masked), n[-4:]

    def expiry(self) -> tuple[str, str, str]:
        r = self.r
        year = r.randint(26, 31)
        month = f"{r.randint(1, 12):02d}"
        return r.choice((f"{month}/{year}", f"{month}/20{year}")), "CARD_EXPIRY", "[udløb]"

    def cvv(self) -> tuple[str, str, str]:
        return f"{self.r.randint(100, 999)}", "CARD_CVV", "[kode]"

    def otp(self) -> tuple[str, str, str]:
        r = self.r
        return "".join(str(r.randrange(10)) for _ in range(r.choice((6, 6, 8)))), "OTP", "[kode]"

    def mitid(self, p: Person) -> tuple[str, str, str]:
        tail = self.r.choice((f"{p.born:%y}", f"{p.born.year}"))
        return f"{p.user}{tail}", "MITID_USER", "[bruger-id]"

    def plate(self) -> tuple[str, str, str]:
        r = self.r
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        d = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        value = f"{letters} {d[:2]} {d[2:]}" if r.random() < 0.75 else f"{letters}{d}"
        return value, "NUMBER_PLATE", "[nummerplade]"

    def address(self, block: bool = False) -> tuple[str, str, str]:
        r = self.r
        street = f"{r.choice(STREETS)} {r.randint(1, 140)}{r.choice(('', '', '', 'A', 'C'))}"
        floor = r.choice(("", "", ", 1. th.", ", 2. tv.", ", st. mf.", ", 3. tv."))
        code, town = r.choice(TOWNS)
        sep = "\n" if block else ", "
        value = f"{street}{floor}{sep}{code} {town}" if block or r.random() < 0.8 else street
        return value, "ADDRESS", "[ADRESSE]"

    # --- hard negatives --------------------------------------------------------------------
    def amount(self) -> str:
        r = self.r
        kr = r.randint(1, 99) * 500 + r.choice((0, 250))
        whole = f"{kr:,}".replace(",", ".")
        return r.choice((f"{whole} kr.", f"{whole},00 kr.", f"kr. {whole}"))

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.r.randrange(300))

    def clock(self) -> str:
        return f"{self.r.randint(7, 18):02d}:{self.r.randint(0, 59):02d}"

    def masked(self) -> str:
        r = self.r
        return r.choice(
            (
                f"******{r.randint(1000, 9999)}",
                f"+45 ** ** ** {r.randint(10, 99)}",
                f"**** **** **** {r.randint(1000, 9999)}",
                f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}",
            )
        )


Writer = Callable[[Doc, Maker, random.Random], None]


def payroll_incident_log(d: Doc, m: Maker, r: random.Random) -> None:
    emp, staff = Person(r, 1958, 2004), Person(r, 1970, 1999)
    day, provider, company = m.day(), r.choice(PAYROLL), r.choice(COMPANIES)
    d.add(f"{provider} – hændelseslog INC{r.randint(10**6, 10**7 - 1)}\n")
    d.add(f"Kunde {r.randint(1, 9)}: {company}, CVR-nr. {r.randint(10**7, 9 * 10**7)}\n")
    d.add(f"{day:%Y-%m-%d} {m.clock()} Henvendelse fra ", m.name(emp, "Medarbejder"))
    d.add(f" (medarb.nr. {r.randint(10000, 99999)}): lønnen for {MONTHS[day.month - 1]} på ")
    d.add(f"{m.amount()} er ikke gået ind.\n")
    d.add(f"{day:%Y-%m-%d} {m.clock()} Log i HR-portalen viser, at kontonummeret blev ændret ")
    d.add(f"kl. {m.clock().replace(':', '.')} til reg.nr. {m.reg()}, kontonr. ", m.account(False))
    d.add(f" fra en IP-adresse i udlandet. Gammel konto: {m.masked()}.\n")
    d.add(f"{day:%Y-%m-%d} {m.clock()} ", m.name(emp, "Medarbejder", "first"))
    d.add(' bekræfter at have klikket på et link i en mail om "ny lønseddel" og logget ind')
    if r.random() < 0.6:
        d.add(" med MitID Erhverv (bruger-ID ", m.mitid(emp), ")")
    d.add(".\n")
    d.add(f"{day:%Y-%m-%d} {m.clock()} Identitet kontrolleret: CPR ", m.cpr(emp))
    if r.random() < 0.5:
        d.add(", født ", m.dob(emp))
    d.add(", tlf. ", m.phone(), ".\n")
    d.add(f"{day:%Y-%m-%d} {m.clock()} Korrekt konto genindsat: ", m.account(True))
    d.add(f" ({r.choice(BANKS)}). Lønnen genudbetales {day + timedelta(days=2):%d.%m.%y}.\n")
    d.add(f"{day:%Y-%m-%d} {m.clock()} Kvittering sendt til ", m.email(emp))
    d.add(". Sagsbehandler: ", m.name(staff, "Lønkonsulent"), ", ", m.email(staff))
    d.add(f". Hotline {r.choice(ORG_LINES)}.\n")


def hr_email_thread(d: Doc, m: Maker, r: random.Random) -> None:
    hr, boss, fake = Person(r, 1965, 1995), Person(r, 1960, 1990), Person(r, 1985, 2003)
    company, day = r.choice(COMPANIES), m.day()
    d.add("Fra: ", m.name(hr, "Medarbejder", "short"), " <", m.email(hr), ">\n")
    d.add("Til: ", m.name(boss, "Leder", "short"), " <", m.email(boss), ">\n")
    if r.random() < 0.6:
        d.add("Cc: ", m.email(local=r.choice(("hr", "loen", "it-sikkerhed"))), "\n")
    d.add(f"Emne: SV: Kandidat til stillingen som {r.choice(('lagermedarbejder', 'bogholder'))}")
    d.add(f' – "testbetaling"\nDato: {day:%d.%m.%y} kl. {m.clock().replace(":", ".")}\n\n')
    d.add("Hej ", m.name(boss, "Leder", "first"), ",\n\nAnsøgeren ", m.name(fake, "Ansøger"))
    d.add(" har nu skrevet igen fra ", m.email(fake), " og ringet fra ", m.phone(r.random() < 0.3))
    d.add(f'. Hun/han vil have os til at overføre en "testbetaling" på {m.amount()} ')
    if r.random() < 0.5:
        d.add("til konto ", m.account(True), f" i {r.choice(BANKS)}")
    else:
        d.add("til IBAN ", m.iban())
    d.add(' for at "bekræfte lønkontoen" før kontrakten. ')
    if r.random() < 0.5:
        d.add("I kontraktudkastet har ansøgeren skrevet CPR ", m.cpr(fake))
        d.add(" og adressen ", m.address(), ". ")
    d.add("Det ligner et forsøg på at få os til at sende penge ud. Jeg har ikke betalt.\n\n")
    d.add("Venlig hilsen\n", m.name(hr, "Medarbejder", "full"), f"\nHR, {company}\n")
    if r.random() < 0.5:
        d.add("Tlf. ", m.phone(), "\n")
    d.add("\n> Fra: ", m.name(boss, "Leder", "upper"), " <", m.email(boss), ">\n")
    d.add("> Lad være med at betale noget. Send sagen til IT og politiet (114).\n")


def union_advice(d: Doc, m: Maker, r: random.Random) -> None:
    member, adviser = Person(r, 1975, 2005), Person(r, 1960, 1990)
    union, day = r.choice(UNIONS), m.day()
    d.add(f"{union} – rådgivningsnotat {day:%d.%m.%y}\nMedlem: ", m.name(member, "Medlem"))
    d.add(", f. ", m.dob(member), "\nAdresse: ", m.address(r.random() < 0.5), "\n")
    d.add("Telefon: ", m.phone(), "  E-mail: ", m.email(member), "\n\n")
    d.add("Medlemmet har søgt et job som ", r.choice(("plukker", "hotelmedarbejder", "chauffør")))
    d.add(f" i {r.choice(('Portugal', 'Litauen', 'Tyskland', 'Spanien', 'Polen'))}. ")
    d.add('"Rekrutteringsbureauet" ringede fra ', m.phone(True), ' og bad om et "visumgebyr" ')
    d.add(f"på {m.amount()} til IBAN ", m.iban(r.choice(("PT", "LT", "DE", "ES", "PL"))), ". ")
    if r.random() < 0.7:
        card, last4 = m.card()
        d.add('Gebyret for "arbejdstøj" blev betalt med kort ', card, " udløb ", m.expiry())
        d.add(f", {r.choice(('CVV', 'CVC', 'kontrolcifre'))} ", m.cvv(), ". ")
        d.add(f"Banken har spærret kortet (slutter på {last4}). ")
    if r.random() < 0.5:
        d.add("Bureauet sendte en sms med koden ", m.otp(), " og bad medlemmet læse den op. ")
    d.add("\n\nVores råd:\n- Anmeld forholdet til politiet på 114.\n")
    d.add(f"- Kontakt {r.choice(BANKS)} om tilbageførsel.\n- Giv aldrig koder videre.\n")
    d.add("Rådgiver: ", m.name(adviser, "Rådgiver", "initial"), ", ", m.email(adviser), "\n")


def it_phishing_ticket(d: Doc, m: Maker, r: random.Random) -> None:
    user, tech = Person(r, 1960, 2004), Person(r, 1980, 2003)
    day = m.day()
    d.add(f"IT-sag INC{r.randint(10**6, 10**7 - 1)} – phishing, prioritet {r.randint(1, 3)}\n")
    d.add(f"Oprettet: {day:%Y-%m-%d} {m.clock()}\nBruger: ", m.name(user, "Bruger"))
    d.add(" <", m.email(user), ">\nLokalnr./mobil: ", m.phone(), "\n\nBeskrivelse:\n")
    d.add(f'Brugeren modtog en mail om "udløbet adgangskode" i {r.choice(PRODUCTS[:3])} ')
    d.add('og blev derefter ringet op af en "supporter", ')
    d.add(m.name(Person(r, 1980, 2000), "Svindler", "first"), " fra IT-afdelingen. ")
    d.add("På opkaldet oplyste brugeren sit MitID Erhverv bruger-ID ", m.mitid(user))
    d.add(" og læste engangskoden ", m.otp(), " op. ")
    if r.random() < 0.5:
        d.add("Senere kom endnu en kode, ", m.otp(), ", som brugeren ikke gav videre. ")
    d.add(f"\n\nHandling {day:%d.%m.%y}: MitID Erhverv spærret, sessioner lukket, ")
    d.add(f"mailregel der videresendte til {m.masked() if r.random() < 0.3 else 'ekstern adresse'}")
    d.add(" slettet.\nTekniker: ", m.name(tech, "Tekniker", "comma"), " (", m.email(tech), ")\n")
    if r.random() < 0.5:
        d.add("Brugerens private nr. til opfølgning: ", m.phone(), "\n")


def fleet_notes(d: Doc, m: Maker, r: random.Random) -> None:
    driver, manager = Person(r, 1960, 2004), Person(r, 1965, 1995)
    day = m.day()
    d.add(f"Flådestyring – noter {day:%d.%m.%y}\nFirmabil ", m.plate(), f" ({r.choice(COMPANIES)})")
    d.add(", fast bruger: ", m.name(driver, "Medarbejder"), ", tlf. ", m.phone(), "\n")
    d.add(f"- Parkeringsafgift {m.amount()} den {m.day():%d.%m.%y} kl. {m.clock()}, ")
    d.add(f"ikke betalt. Bilen holdt ved {r.choice(STREETS)}.\n")
    card, last4 = m.card()
    d.add(f"- Brændstofkort ({r.choice(PRODUCTS[3:])}) stjålet fra bilen. Kort ", card)
    d.add(", udløb ", m.expiry(), f", {r.choice(('CVC', 'cvc', 'CVV'))} ", m.cvv(), ".\n")
    d.add(f"- Kortet brugt {r.randint(2, 9)} gange, i alt {m.amount()}, bl.a. til tankning af ")
    d.add(m.plate(), ", som ikke er vores.\n")
    if r.random() < 0.5:
        d.add("- Kameraoptagelse fra tanken viser også ", m.plate(), ".\n")
    d.add(f"- Kort ****{last4} spærret hos udbyderen ({r.choice(ORG_LINES)}).\n")
    d.add("Ansvarlig: ", m.name(manager, "Flådeansvarlig", "short"), ", ", m.email(manager), "\n")


def whistleblower_report(d: Doc, m: Maker, r: random.Random) -> None:
    accused, w1, w2 = Person(r, 1960, 1995), Person(r, 1950, 2004), Person(r, 1950, 2004)
    day = m.day()
    d.add(f"Whistleblowerordning – indberetning WB-{r.randint(100, 999)}/26, {day:%d.%m.%y}\n\n")
    d.add("Indberetningen vedrører ", m.name(accused, "Medarbejder"), ", som angiveligt har ")
    d.add(f"oprettet fiktive kreditorer og overført {m.amount()} til konto ", m.account(True))
    d.add(". ")
    if r.random() < 0.5:
        d.add("Pengene er hævet og brugt til en bil, ", m.plate(), ". ")
    d.add("\n\nVidner:\n1. ", m.name(w1, "Vidne"), "\n", m.address(True), "\nTlf. ", m.phone())
    d.add("\n2. ", m.name(w2, "Vidne"), "\n", m.address(True), "\nE-mail: ", m.email(w2), "\n\n")
    d.add(m.name(w1, "Vidne", "genitive"), " forklaring: ")
    d.add(f'"Jeg så bilag på {m.amount()} uden underskrift." ')
    if r.random() < 0.5:
        d.add("Den anklagede er født ", m.dob(accused), " og har CPR ", m.cpr(accused), ". ")
    d.add(f"\nIndberetter (Medarbejder {r.choice('ABC')}) ønsker at være anonym. ")
    d.add("Sagen sendes til ekstern advokat.\n")


def recruitment_chat(d: Doc, m: Maker, r: random.Random) -> None:
    rec, cand = Person(r, 1970, 1998), Person(r, 1980, 2005)
    t = [r.randint(8 * 60, 15 * 60)]

    def stamp() -> str:
        t[0] += r.randint(1, 6)
        return f"[{t[0] // 60:02d}:{t[0] % 60:02d}] "

    rn, cn = m.name(rec, "Rekrutterer", "short"), m.name(cand, "Kandidat", "short")
    d.add(stamp(), rn, ": Hi ", m.name(cand, "Kandidat", "first"), ", thanks for applying. ")
    d.add("Can you send your details so we can set up payroll?\n")
    d.add(stamp(), cn, ": Hej, ja. Mit CPR er ", m.cpr(cand), " og mobil ", m.phone(), "\n")
    d.add(stamp(), cn, ": født ", m.dob(cand), ", mail ", m.email(cand), "\n")
    d.add(stamp(), rn, ": Great. We need a small test payment to verify your bank. ")
    d.add("Please give reg. ", f"{m.reg()} konto ", m.account(False), " or an IBAN.\n")
    if r.random() < 0.5:
        d.add(stamp(), cn, ": Min IBAN er ", m.iban("DK"), "\n")
    d.add(stamp(), rn, ": You'll get a code from the bank now, just read it to me.\n")
    if r.random() < 0.6:
        d.add(stamp(), cn, ": koden er ", m.otp(), "\n")
    else:
        d.add(stamp(), m.name(cand, "Kandidat", "lower"), ": hmm, det tror jeg ikke jeg vil\n")
    d.add(stamp(), rn, f": No worries, the job pays {m.amount()} a month. Call me on ")
    d.add(m.phone(r.random() < 0.5), ".\n")


def police_ceo_fraud(d: Doc, m: Maker, r: random.Random) -> None:
    asst, ceo, officer = Person(r, 1975, 2004), Person(r, 1955, 1985), Person(r, 1970, 1995)
    day, company = m.day(), r.choice(COMPANIES)
    d.add(f"Politiet – anmeldelse, j.nr. {r.randint(1000, 9999)}-{r.randint(10000, 99999)}-")
    d.add(f"{r.randint(10000, 99999)}-26\nAnmelder: {company}\nForurettet medarbejder: ")
    d.add(m.name(asst, "Medarbejder"), ", CPR ", m.cpr(asst), "\nAdresse: ", m.address(), "\n")
    d.add("Tlf.: ", m.phone(), "\n\nForklaring:\n")
    d.add(f"Den {day:%d.%m.%y} kl. {m.clock().replace(':', '.')} modtog afhørte en mail, der ")
    d.add("så ud til at komme fra direktør ", m.name(ceo, "Direktør", "short"), " (")
    d.add(m.email(ceo), f"), om en fortrolig overførsel på {m.amount()} til en ny leverandør, ")
    d.add("IBAN ", m.iban(r.choice(("DE", "GB", "NL", "PL"))), ". Afhørte ringede til ")
    d.add(m.name(ceo, "Direktør", "genitive"), " mobil ", m.phone(), ", men fik intet svar. ")
    d.add("Afsender skrev fra ", m.email(local=f"ceo.{ceo.last.split('-')[0].lower()}"))
    d.add(". Overførslen blev godkendt med MitID Erhverv, bruger-ID ", m.mitid(asst))
    d.add(". Banken tilbageholdt delvist.\n")
    if r.random() < 0.5:
        d.add("Afhørte er født ", m.dob(asst), " og bor med sin mand.\n")
    d.add("Afhørt af ", m.name(officer, "Betjent", "initial"), f", kl. {m.clock()}.\n")


WRITERS: dict[str, Writer] = dict(
    zip(
        GENRES,
        (
            payroll_incident_log, hr_email_thread, union_advice, it_phishing_ticket,
            fleet_notes, whistleblower_report, recruitment_chat, police_ceo_fraud,
        ),
        strict=True,
    )
)  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs, seen = [], set()
    for i in range(size):
        live = i >= negatives
        genre = GENRES[(i - negatives if live else i) % len(GENRES)]
        while True:
            doc = Doc(live)
            WRITERS[genre](doc, Maker(r, live), r)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"b30-{i:04d}",
                "genre": genre,
                "kind": "positive" if live else "negative",
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1] if len(argv) > 1 else "pii_blind30.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
