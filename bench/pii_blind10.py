"""An eleventh blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It stresses the messy, mixed,
multi-party documents a fraud investigator assembles: a whole case bundle in one text (victim,
relatives, the scammer's aliases, bank staff, a police officer, each with some of name, phone,
e-mail, address, CPR, account), pasted from different systems with inconsistent formats in one
document (dates "05.12.2026", "2026-12-05", "5/12"; phones "+45 20304050", "2030 4050",
"(+45) 20 30 40 50", "0045-20304050"; CPR "010190-1234", "0101901234", "01 01 90 1234"),
Danish and English mixed, Greenlandic, Faroese, Swedish, Norwegian and German neighbours' names,
numbers and IBANs, tables with merged cells pasted as text, footnotes, repeated page headers
and footers ("Side 2 af 5", "FORTROLIGT") and PDF line breaks that hyphenate inside a value.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("forurettede", "politiassistent",
  "datter", "Mr."); "Kragh, Bodil" is one span, a genitive s belongs to it. A scammer's alias
  ("Mikael fra Nordfjord Bank") is PERSON, the bank is not. Bank, authority and product names,
  pseudonyms ("[NAVN]", "Forurettede A", "Person 2") and agent initials are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st."), plus ", postcode town" on the same line or the next line of an address block (line
  break included); foreign postcodes keep their form ("211 34 Malmö", "D-24937 Flensburg",
  "FO-100 Tórshavn"). Every person's street address with a number is labelled; a bank's own
  postal address is not personal data and is never labelled (pii78: the organisations'
  address convention; the text is unchanged, masked as a value is in a negative).
- A value broken over a PDF line with a hyphen ("Sønder-\\ngaard", "Rosen-\\nvænget 14") is one
  span with the hyphen and line break inside it.
- CPR is synthetic: a valid birth date, a seventh digit that fits the century (0-3 for the
  1900s, 4 for 2000-2005), and a serial that makes the number FAIL modulus 11; forms
  "DDMMYY-SSSS", "DDMMYYSSSS" and "DD MM YY SSSS". DATE_OF_BIRTH is a full date with a
  four-digit year after "født", "f.", "Fødselsdato:", "DOB:" or "born"; every other date and
  time stamp is never labelled.
- PHONE: Danish numbers (8 digits in real mobile and landline ranges, never 70 or 80 here) in
  the forms "+45 20304050", "2030 4050", "(+45) 20 30 40 50", "0045-20304050", "20 30 40 50",
  "20304050" and "+4520304050"; the country code belongs to the span, parentheses included.
  Foreign ones only from ranges reserved for fiction: "+44 7700 900xxx" and "+46 70 174 06 xx"
  (05-99). Greenlanders and Faroese here use Danish numbers.
  Organisations' numbers (70/80 lines, blocking lines, 112, 114, 1813, SMS codes) are not PHONE.
- EMAIL: every e-mail address (all on example.* domains), the scammer's and a bank's included.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word or cell ("reg. 1234 kt. 1234567890",
  "Reg.nr.: 1234 | Konto: 1234567890") only the account is the span. IBAN: valid check digits
  and the country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a
  published test prefix (TEST_PREFIXES); CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits
  after "CVV", "cvc" or "kontrolcifre". OTP: a one-time code sent, asked for or given (6 or 8
  digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("CX 47 118").
- Hard negatives, never labelled: transaction IDs, payment references with check digits (FI
  "+71<...>"), police journal and case numbers, CVR numbers, dates, amounts, time stamps,
  masked values ("**** **** **** 4242", "+45 ** ** ** 17", "010190-xxxx", "k***@example.dk",
  "******7890"), page headers and footers and the organisations' 70/80 and short numbers.
  Documents of kind "negative" are the same genres after pseudonymisation: only such values.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind10 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

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
SEED, SIZE, NEGATIVE_SHARE = 1_012_026, 1000, 0.35
TEST_PREFIXES = ("424242", "400005", "555555", "222300", "378282", "401288")
IBAN_LENGTH = {"DK": 18, "FO": 18, "GL": 18, "DE": 22, "SE": 24, "NO": 15}
MOBILE = (
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "40",
    "41",
    "42",
    "50",
    "51",
    "52",
    "53",
    "60",
    "61",
    "71",
    "81",
    "91",
    "93",
)
LANDLINE = (
    "32",
    "33",
    "35",
    "36",
    "38",
    "39",
    "43",
    "44",
    "45",
    "46",
    "47",
    "48",
    "49",
    "54",
    "56",
    "57",
    "58",
    "59",
    "62",
    "63",
    "64",
    "65",
    "66",
    "72",
    "75",
    "86",
    "87",
    "89",
    "96",
    "97",
    "98",
    "99",
)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = words(
    "Aksel Bodil Carsten Dagny Ejvind Flemming Grethe Hjalte Inge Jesper Kirsten Leif Malene "
    "Niels Oda Palle Rigmor Svend Tove Ulla Vagn Yrsa Aase Bent Jytte Mogens Lone Preben Hanne "
    "Torben Sigrid Villads Ditte Arne Else Kaj"
)
LAST = words(
    "Kragh Bech Dam Fogh Gregersen Hvid Iversen Jeppesen Kirk Lykke Munk Nygaard Overgaard Riis "
    "Skov Thorsen Ulrich Winther Østergaard Aagaard Brandt Clausen Damgaard Ebbesen Søndergaard "
    "Kjeldsen Vestergaard Frandsen Holmgaard Bundgaard"
)
NEIGHBOURS = {  # first names | surnames | a street | postcode and town, by country code
    "GL": "Aputsiaq Naja Malik Nivi Inuk Pipaluk|Lynge Kleist Berthelsen Heilmann Motzfeldt"
    "|Aqqusinersuaq|3900 Nuuk",
    "FO": "Rógvi Sjúrður Turið Jógvan Bárður Sunneva|Joensen Nolsøe Dahl Mikkelsen Hansen"
    "|Dalavegur|FO-100 Tórshavn",
    "SE": "Linnéa Björn Agneta Håkan Maja|Ekström Sandqvist Lövgren Bergkvist Holm"
    "|Storgatan|211 34 Malmö",
    "NO": "Øystein Solveig Torbjørn Ingrid Halvard|Haugland Brekke Fjeld Myhre Strand"
    "|Kirkeveien|0361 Oslo",
    "DE": "Jürgen Annegret Dietmar Wiebke Ulf|Weißmann Köhler Brückner Petersen Sauer"
    "|Lindenstraße|D-24937 Flensburg",
}
STREETS = words(
    "Mågevej Kastanjealle Bøgebakken Rosenvænget Skovbrynet Havnegade Lærkevej Teglværksvej "
    "Smedestræde Præstevænget Kirsebærhaven Engtoften Vibevej Fjordgade Anemonevej Hyldebærvej "
    "Markledet Rugmarken"
)
TOWNS = (
    "8600 Silkeborg",
    "4700 Næstved",
    "6100 Haderslev",
    "9800 Hjørring",
    "3400 Hillerød",
    "7400 Herning",
    "5700 Svendborg",
    "2630 Taastrup",
    "8900 Randers",
    "4000 Roskilde",
)
BANKS = ("Nordfjord Bank", "Kystsparekassen", "Vestlands Andelskasse", "Bank Hedeland")
ORG_LINES = ("70 11 22 33", "80 20 44 66", "70 27 19 19", "80 60 40 20", "7012 3456")
MONTHS = words(
    "januar februar marts april maj juni juli august september oktober november december"
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MASK: dict[str, Callable[[str], str]] = {  # what pseudonymisation leaves in negatives
    "PERSON": lambda v: "[NAVN]",
    "ADDRESS": lambda v: "[adresse fjernet]",
    "CPR": lambda v: v.replace(" ", "")[:6] + "-xxxx",
    "DATE_OF_BIRTH": lambda v: "[dato fjernet]",
    "PHONE": lambda v: "+45 ** ** ** " + v[-2:],
    "EMAIL": lambda v: v[0] + "***@" + v.split("@")[1],
    "BANK_ACCOUNT": lambda v: "******" + v[-4:],
    "IBAN": lambda v: v[:2] + "** **** **** **" + v.replace(" ", "")[-2:],
    "CARD": lambda v: "**** **** **** " + v.replace(" ", "")[-4:],
    "CARD_EXPIRY": lambda v: "**/**",
    "CARD_CVV": lambda v: "***",
    "OTP": lambda v: "[kode]",
    "MITID_USER": lambda v: "[bruger-id]",
    "NUMBER_PLATE": lambda v: "[nummerplade]",
}


class Doc:
    """Text built piece by piece; labelled pieces become spans, or masks in a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict[str, int | str]] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        if self.negative:
            return self.t(MASK[kind](value))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def org_address(self, value: str) -> Doc:
        """pii78: an organisation's own postal address, masked as an address is in a negative
        but never labelled (not personal data, GDPR art. 4(1))."""
        return self.t(MASK["ADDRESS"](value) if self.negative else value)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def hyphenate(rng: random.Random, value: str, rate: float) -> str:
    """Break the longest word of a value over a PDF line with a hyphen, sometimes."""
    word = max(value.split(), key=len)
    if len(word) < 8 or rng.random() > rate:
        return value
    cut = rng.randint(4, len(word) - 3)
    return value.replace(word, word[:cut] + "-\n" + word[cut:], 1)


class Person:
    def __init__(self, rng: random.Random, land: str = "DK") -> None:
        if land == "DK":
            firsts, lasts, street, town = FIRST, LAST, rng.choice(STREETS), rng.choice(TOWNS)
        else:
            names, surnames, street, town = NEIGHBOURS[land].split("|")
            firsts, lasts = words(names), words(surnames)
        self.rng, self.land = rng, land
        self.first, self.last = rng.choice(firsts), rng.choice(lasts)
        self.born = date(1936, 1, 1) + timedelta(days=rng.randrange(70 * 365))
        floor = rng.choice(
            ["", "", f", {rng.randint(1, 4)}. {rng.choice(['th', 'tv', 'mf'])}.", ", st."]
        )
        self.street = f"{street} {rng.randint(1, 140)}{rng.choice(['', '', 'A', 'B'])}{floor}"
        self.town = town

    def name(self, form: int | None = None) -> str:
        form = self.rng.randrange(5) if form is None else form
        return (
            f"{self.first} {self.last}",
            f"{self.last}, {self.first}",
            f"{self.first[0]}. {self.last}",
            self.first,
            self.last.upper(),
        )[form]

    def address(self) -> str:
        return f"{self.street}{self.rng.choice([', ', chr(10)])}{self.town}"

    def cpr(self) -> str:
        b, rng = self.born, self.rng
        seventh = "4" if b.year >= 2000 else rng.choice("0123")
        while True:
            n = f"{b:%d%m%y}{seventh}{digits(rng, 3)}"
            if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
                break
        return rng.choice([f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])

    def dob(self) -> str:
        return written(self.rng, self.born, clock=False)

    def phone(self) -> str:
        rng = self.rng
        if self.land in ("SE", "DE") and rng.random() < 0.5:
            return (
                f"+46 70 174 06 {rng.randint(5, 99):02d}"
                if self.land == "SE"
                else (f"+44 7700 900{digits(rng, 3)}")
            )
        n = rng.choice(MOBILE + LANDLINE[:8]) + digits(rng, 6)
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        return rng.choice(
            [f"+45 {n}", f"{n[:4]} {n[4:]}", f"(+45) {pairs}", f"0045-{n}", pairs, n, f"+45{n}"]
        )

    def email(self) -> str:
        local = self.rng.choice(
            [
                f"{self.first}.{self.last}",
                f"{self.first}{self.born:%y}",
                f"{self.first[0]}{self.last}",
            ]
        ).lower()
        local = local.translate(str.maketrans("æøåéüöäßóúð", "aoaeuoasoud"))
        return f"{local}@{self.rng.choice(['example.dk', 'example.com', 'mail.example.net'])}"


def account(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1000, 9899)}", digits(rng, rng.choice([7, 10]))


def iban(rng: random.Random, country: str) -> str:
    body = digits(rng, IBAN_LENGTH[country] - 4)
    numeric = "".join(str(int(c, 36)) for c in body + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{body}"
    return (
        compact
        if rng.random() < 0.3
        else " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    )


def card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    body = prefix + digits(rng, (15 if prefix == "378282" else 16) - len(prefix) - 1)
    total = sum(
        d // 10 + d % 10 for d in (int(c) * (2 - i % 2) for i, c in enumerate(reversed(body)))
    )
    n = body + str(-total % 10)
    grouped = (
        f"{n[:4]} {n[4:10]} {n[10:]}" if len(n) == 15 else f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"
    )
    return n if rng.random() < 0.4 else grouped


def written(rng: random.Random, d: date, clock: bool) -> str:
    """A date as one of the systems in a bundle writes it; with a clock, the year may go."""
    spoken = f"{d.day}. {MONTHS[d.month - 1]} "
    forms = [f"{d:%d.%m.%Y}", f"{d:%Y-%m-%d}", spoken + str(d.year), f"{d:%d/%m/%Y}"]
    if clock:
        stamp = f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
        forms[2:] = [f"{spoken}kl. {stamp.replace(':', '.')}", f"{d.day}/{d.month}"]
        forms.append(f"{d:%Y-%m-%d}T{stamp}:14Z")
    return rng.choice(forms)


def when(rng: random.Random) -> str:
    return written(rng, date(2026, 1, 1) + timedelta(days=rng.randrange(340)), clock=True)


def hard(rng: random.Random) -> str:
    """One never-labelled value with its cue word."""
    return rng.choice(
        [
            lambda: f"Transaktions-ID TX-{digits(rng, 4)}{rng.choice('ABCDEF')}{digits(rng, 5)}",
            lambda: f"betalings-id +71<{digits(rng, 15)}+{rng.randint(80000000, 89999999)}<",
            lambda: (
                f"journalnr. {rng.randint(1000, 4900):04d}-{digits(rng, 5)}-{digits(rng, 5)}-26"
            ),
            lambda: f"sagsnr. SAG-2026-{digits(rng, 6)}",
            lambda: f"CVR {rng.randint(10000000, 45000000)}",
            lambda: f"beløb {rng.randint(1, 98)}.{digits(rng, 3)},00 kr.",
            lambda: f"DKK {rng.randint(1, 9)},{digits(rng, 3)}.00",
            lambda: f"dato {when(rng)}",
            lambda: f"kort **** **** **** {digits(rng, 4)}",
            lambda: f"spærring {rng.choice(BANKS)}: {rng.choice(ORG_LINES)}",
            lambda: f"ring {rng.choice(['112', '114', '1813'])}",
            lambda: f"fakturanr. {digits(rng, 9)}",
        ]
    )()


def party(d: Doc, p: Person, role: str, fields: str) -> None:
    """One line block about a person: the fields each in a randomly chosen system's format."""
    rng = d.rng
    d.t(f"{role}: ").v("PERSON", hyphenate(rng, p.name(), 0.15))
    for f in fields:
        if f == "c":
            cue = rng.choice([", CPR ", ", cpr.nr. ", " (CPR: "])
            d.t(cue).v("CPR", p.cpr()).t(")" if "(" in cue else "")
        elif f == "b":
            d.t(rng.choice([", født ", ", f. ", "\nFødselsdato: ", ", DOB: "])).v(
                "DATE_OF_BIRTH", p.dob()
            )
        elif f == "p":
            d.t(rng.choice([", tlf. ", ", mobil ", "\nTelefon: ", ", phone "])).v(
                "PHONE", p.phone()
            )
        elif f == "e":
            cue = rng.choice([", mail ", "\nE-mail: ", " <"])
            d.t(cue).v("EMAIL", p.email()).t(">" if "<" in cue else "")
        elif f == "a":
            d.t(rng.choice(["\nAdresse: ", ", bopæl ", "\n"])).v(
                "ADDRESS", hyphenate(rng, p.address(), 0.1)
            )
        elif f == "k":
            reg, acc = account(rng)
            form = rng.randrange(3)
            if form == 2:
                d.t(f", reg. {reg} kt. ").v("BANK_ACCOUNT", acc)
            else:
                d.t(", konto ").v("BANK_ACCOUNT", f"{reg}{'- '[form]}{acc}")
    d.t("\n")


def fields(rng: random.Random, pool: str, n: int) -> str:
    return "".join(rng.sample(pool, min(n, len(pool))))


def page_break(d: Doc, page: int, pages: int, case: str) -> None:
    d.t(
        f"\n{d.rng.choice(['FORTROLIGT', 'FORTROLIGT – kun til politiet', 'CONFIDENTIAL'])}"
        f"   {case}   Side {page} af {pages}\n\n"
    )


def bundle(d: Doc) -> None:
    rng = d.rng
    case = (
        hard(rng)
        if rng.random() < 0.5
        else f"journalnr. 0{rng.randint(100, 999)}-84120-{digits(rng, 5)}-26"
    )
    pages = rng.randint(3, 6)
    d.t(f"SAGSBUNDT / CASE BUNDLE – {case}\nSide 1 af {pages}\n\n1. Parter\n")
    victim, bank = Person(rng), rng.choice(BANKS)
    party(d, victim, "Forurettede", "cb" + fields(rng, "peak", rng.randint(2, 4)))
    for _ in range(rng.randint(1, 2)):
        party(
            d,
            Person(rng),
            rng.choice(["Datter", "Søn", "Nabo", "Relative (son-in-law)"]),
            fields(rng, "pea", rng.randint(1, 2)),
        )
    page_break(d, 2, pages, case)
    alias = Person(rng)
    d.t("Gerningsperson, alias ").v("PERSON", alias.first).t(f" fra {bank}, ringede fra ")
    d.v("PHONE", alias.phone()).t(f" d. {when(rng)}; mails fra ").v("EMAIL", alias.email())
    d.t(".¹\nPengene gik til ").v("BANK_ACCOUNT", "-".join(account(rng))).t(f" ({hard(rng)}).\n")
    party(d, Person(rng), f"Rådgiver, {bank}", fields(rng, "pe", 2))
    d.t(f"{bank}, ").org_address(f"{rng.choice(STREETS)} {rng.randint(1, 60)}, {rng.choice(TOWNS)}")
    d.t(f", {hard(rng)}\n")
    page_break(d, 3, pages, case)
    party(d, Person(rng), "Politiassistent", fields(rng, "pe", rng.randint(1, 2)))
    d.t("\n2. Forløb\nKunden oplyste koden ").v("OTP", digits(rng, rng.choice([6, 8])))
    d.t(" og sit kort ").v("CARD", card(rng)).t(", udløb ").v("CARD_EXPIRY", expiry(rng))
    d.t(", kontrolcifre ").v("CARD_CVV", digits(rng, 3)).t(f"; {hard(rng)}\n")
    d.t(f"\n¹ Oplyst af forurettede {when(rng)}. {hard(rng)}.\n")


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.choice(['', '20'])}{rng.randint(27, 31)}"


def table(d: Doc) -> None:
    rng = d.rng
    d.t("Kontoudtog (kopieret fra netbank)\n| Dato | Modtager | Konto | Beløb | Note |\n")
    d.t("|------|----------|-------|-------|------|\n")
    receivers = [Person(rng) for _ in range(rng.randint(1, 3))]
    for i in range(rng.randint(3, 6)):
        p = rng.choice(receivers)
        d.t(f"| {when(rng)} | ")
        if i and rng.random() < 0.35:  # merged cell: same receiver as the row above
            d.t("   |   | ")
        else:
            reg, acc = account(rng)
            d.v("PERSON", p.name(rng.choice([0, 1, 4]))).t(" | ")
            if rng.random() < 0.5:
                d.v("BANK_ACCOUNT", f"{reg} {acc}").t(" | ")
            else:
                d.t(f"Reg.nr.: {reg} Konto: ").v("BANK_ACCOUNT", acc).t(" | ")
        d.t(f"{rng.randint(1, 49)}.{digits(rng, 3)},00 | {hard(rng)} |\n")
    owner = Person(rng)
    d.t("\nKontohaver: ").v("PERSON", owner.name(0)).t(", ").v("ADDRESS", owner.address())
    d.t("\nMitID-bruger-ID: ").v("MITID_USER", f"{owner.first[:3].lower()}{digits(rng, 4)}")
    d.t(f"\nUdskrevet {when(rng)} – Side 1 af 1\n")


def thread(d: Doc) -> None:
    rng = d.rng
    a, b, bank = Person(rng), Person(rng), rng.choice(BANKS)
    d.t("From: ").v("PERSON", a.name(0)).t(" <").v("EMAIL", a.email()).t(f">\nSent: {when(rng)}\n")
    d.t("To: ").v("EMAIL", b.email()).t(f"\nSubject: RE: Svindelsag {hard(rng)}\n\n")
    d.t("Hej ").v("PERSON", b.first).t(",\nAs discussed, the victim (")
    d.v("PERSON", Person(rng).name(rng.choice([0, 2]))).t(") can be reached on ")
    d.v("PHONE", a.phone()).t(". Hun har nummerplade ").v("NUMBER_PLATE", plate(rng))
    d.t(" og bor på ").v("ADDRESS", hyphenate(rng, Person(rng).street, 0.2))
    d.t(".\nThe money went to IBAN ").v("IBAN", iban(rng, rng.choice(["DK", "DE", "SE"])))
    d.t(f" – {hard(rng)}.\n\nVenlig hilsen / Best regards\n").v("PERSON", a.name(0))
    d.t(f"\n{bank}, Fraud Team\n").org_address(
        f"{rng.choice(STREETS)} {rng.randint(1, 80)}\n{rng.choice(TOWNS)}"
    )
    d.t("\nDirekte: ").v("PHONE", Person(rng).phone()).t(f" | Hovednr. {rng.choice(ORG_LINES)}\n")
    d.t("\n-----Original Message-----\nFra: ").v("EMAIL", b.email()).t(f"\nDato: {when(rng)}\n")
    d.t("Kan du bekræfte ").v("PERSON", b.last + "s").t(f" oplysninger? {hard(rng)}\n")


def plate(rng: random.Random) -> str:
    letters = "ABCDEHJKLMNPRSTUVXYZ"
    return f"{rng.choice(letters)}{rng.choice(letters)} {rng.randint(10, 99)} {digits(rng, 3)}"


def nordic(d: Doc) -> None:
    rng = d.rng
    lands = rng.sample(list(NEIGHBOURS), rng.randint(2, 3))
    d.t(f"Grænseoverskridende sag / cross-border case – {hard(rng)}\nDato: {when(rng)}\n\n")
    for land in lands:
        p = Person(rng, land)
        party(
            d,
            p,
            {
                "GL": "Kalaallit Nunaat",
                "FO": "Føroyar",
                "SE": "Sverige",
                "NO": "Norge",
                "DE": "Deutschland",
            }[land],
            fields(rng, "pea", rng.randint(1, 3)),
        )
        d.t("IBAN: ").v("IBAN", iban(rng, land)).t(f"   ({hard(rng)})\n")
    dane = Person(rng)
    d.t("Dansk kontaktperson: ").v("PERSON", dane.name(0)).t(", CPR ").v("CPR", dane.cpr())
    d.t(", født ").v("DATE_OF_BIRTH", dane.dob()).t(f"\n{hard(rng)}; {hard(rng)}\n")


def extract(d: Doc) -> None:
    rng = d.rng
    p, q = Person(rng), Person(rng)
    pages = rng.randint(2, 5)
    d.t(f"Side {rng.randint(1, pages)} af {pages}\nFORTROLIGT\n\nAf anmeldelsen fremgår, at ")
    d.v("PERSON", hyphenate(rng, p.name(0), 0.5)).t(", bosat ").v(
        "ADDRESS", hyphenate(rng, p.street, 0.4) + ", " + p.town
    )
    d.t(f", den {when(rng)} blev kontaktet af en person, der kaldte sig\n").v("PERSON", q.name(0))
    d.t(", og som bad om MitID-koden. Anmelderen (cpr. ").v("CPR", p.cpr()).t(") oplyste ")
    d.t("koden ").v("OTP", digits(rng, 6)).t(
        f". {hard(rng)}.²\n\nFORTROLIGT   Side {pages} af {pages}\n"
    )
    d.t(f"² Jf. bilag 3, {hard(rng)}. Kontakt: ").v("PHONE", p.phone()).t("\n")


GENRES: dict[str, Callable[[Doc], None]] = {
    "sagsbundt": bundle,
    "kontoudtog": table,
    "mailtraad": thread,
    "nordisk": nordic,
    "pdf_uddrag": extract,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVE_SHARE)
    kinds = [True] * negatives + [False] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(docs) < size:
        i = len(docs)
        negative, genre = kinds[i], list(GENRES)[i % len(GENRES)]
        doc = Doc(rng, negative)
        GENRES[genre](doc)
        text = "".join(doc.parts)
        if text in seen:
            continue
        seen.add(text)
        docs.append(
            {
                "id": f"blind10-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    lines = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    Path(argv[0]).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
