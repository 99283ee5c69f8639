"""A twentieth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is FRAUD AGAINST THE
VULNERABLE as health, social and care workers write about it, in eight genres:
home-care staff's daily notes ("hjemmepleje": dated entries signed with staff initials, a
resident told of a "bank" caller, a code read out), a municipality's social worker's case note on
financial abuse of an elderly citizen ("socialraadgiver": Sagsnr., guardian, relatives,
accounts), GP or hospital notes on a patient's report of a fake "sundhed.dk" SMS ("journal":
"Pt.: HOLST, AGNETE, cpr.nr. …" header, "Pt. oplyser …", S/O/A/P lines, dictated text),
a nursing home's incident report to management ("haendelse": Til:/Fra:/Emne:, UTH number, room
and ward), a guardian's (værge) letter to the bank ("vaerge": address block, Vedr.-line,
accounts, cards to block), volunteer hotline logs of a seniors' advice line ("hotline": "[14:02]
opk. fra …", typed quickly, lower-case names), letters from a housing association about a
tenant scammed out of the deposit ("bolig": letterhead, Lejemålsnr.) and a pharmacy's note on a
customer who was asked for MitID at the counter ("apotek"). Names are those of Danes of all
ages, from residents born in the 1920s to young citizens in supported housing born 2000-2005,
Danes with roots elsewhere ("Hiba Haidari", "Tran Thi Hoa"), double surnames ("Krogh-Madsen"),
the relatives, the guardians, the scammers' aliases and the staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("SSA", "læge", "pt.", "bgr.", "værge",
  "datter"); written "Agnete Holst", "Agnete Marie Holst", "Holst, Agnete", "HOLST, AGNETE",
  "AGNETE HOLST", "A. Holst", "Agnete", lower-case "agnete" (typed logs) and with a genitive s
  inside the span ("Agnetes", "Agnete Holsts"). A scammer's alias ("Martin fra banken") is
  PERSON; banks, homes, wards and products are not. Staff initials ("SSA/KL", "spl. AH", "v/ HN")
  and stand-ins ("[NAVN]", "NN", "Borger A") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st. tv.", "1. sal"), plus ", postcode town" on the same line or on the next line of an
  address block (line break included). Room numbers ("bolig 14", "stue 3") are not addresses.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3 in
  the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS", after "CPR:", "cpr.nr.",
  "CPR-nr.", "cpr" or in a journal header. DATE_OF_BIRTH (full date, four-digit year: "4. juni
  1938", "04.06.1938", "4/6-1938", "04-06-1938") is labelled only straight after "født",
  "født den", "f.", "f. d." or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (70 and 80 never personal here),
  written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50" (country code
  inside the span), and foreign numbers from fiction-reserved ranges only: "+44 7700 900xxx" and
  "+46 70 174 06 xx" (xx 05-99). Organisations' 70/80 lines, 112, 114 and 1813 are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  organisations' mailboxes too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 12345678") are one
  span; where the reg.nr. has its own word ("reg.nr. 1234 kontonr. 0012345678", "reg. 1234 konto
  12345678") only the account is the span. IBAN: valid check digits and the country's length
  (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid, 16 digits with a published test
  prefix (TEST_PREFIXES), grouped by four with spaces or hyphens, or compact; CARD_EXPIRY "MM/YY"
  or "MM/YYYY" after "udløb", "udløbsdato", "gyldig til" or "exp."; CARD_CVV 3 digits after
  "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent, read out or typed in, "482913",
  "48291375" or "482 913". MITID_USER: a MitID user ID given as such ("agnete38", "holst.agnete",
  "AgneteH1938"). NUMBER_PLATE: a Danish plate, "BK 41 207" or "BK41207".
- Hard negatives, never labelled: medication names and doses ("Marevan 2,5 mg", "Pinex 500 mg x
  4"), blood pressure, room numbers and wards ("bolig 14", "afd. Kastanjen", "stue 3"), staff
  initials ("SSA/KL", "SSH/MB", "spl. AH", "v/ HN"), dates and clock times ("12.03.26",
  "12.03.2026", "12. marts 2026", "kl. 14.20", "[14:02]"), journal, case, incident, tenancy and
  dispensing numbers ("Sagsnr. 27.12.04-G01-418-26", "UTH-2026-0412", "Lejemålsnr. 412-0087-031",
  "Ekspeditionsnr. 604118"), bank reg.nr. written on its own, CVR numbers, amounts ("24.000 kr.",
  "kr. 3.400,00"), ages ("87 år"), masked values ("040652-xxxx", "+45 ** ** ** 31",
  "a***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations'
  70/80 lines and short numbers, banks and products. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values and stand-ins ("[NAVN]", "[ADRESSE]", "[CPR]",
  "[TLF]", "[e-mail]", "[kontonr.]", "[kode]") remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind19 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 19_2020
SIZE = 1000
NEGATIVES = 350
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "hjemmepleje",
    "socialraadgiver",
    "journal",
    "haendelse",
    "vaerge",
    "hotline",
    "bolig",
    "apotek",
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4242", "4000", "5555", "5105", "2223", "6011")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "LT": 20, "NL": 18, "EE": 20, "ES": 24, "FR": 27}
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
    "92",
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
    "69",
    "72",
    "74",
    "75",
    "76",
    "86",
    "87",
    "89",
    "96",
    "97",
    "98",
    "99",
)
WOMEN = (
    "Agnete",
    "Ingeborg",
    "Edith",
    "Gudrun",
    "Ellen",
    "Inger",
    "Grethe",
    "Birthe",
    "Lis",
    "Jytte",
    "Bodil",
    "Else",
    "Ruth",
    "Dagmar",
    "Tove",
    "Vibeke",
    "Merete",
    "Kirsten",
    "Lene",
    "Dorthe",
    "Susanne",
    "Hanne",
    "Pia",
    "Anja",
    "Mette",
    "Louise",
    "Camilla",
    "Signe",
    "Freja",
    "Ida",
    "Alma",
    "Nour",
    "Fatima",
    "Aylin",
    "Hiba",
    "Amina",
    "Zeynep",
    "Oksana",
    "Agnieszka",
    "Mai",
    "Solvej",
    "Asta",
    "Karen",
    "Henny",
    "Rigmor",
)
MEN = (
    "Aage",
    "Holger",
    "Poul",
    "Knud",
    "Erling",
    "Svend",
    "Arne",
    "Verner",
    "Bent",
    "Finn",
    "Leif",
    "Jørgen",
    "Henning",
    "Flemming",
    "Preben",
    "Torben",
    "Carsten",
    "Morten",
    "Rasmus",
    "Mikkel",
    "Jonas",
    "Mads",
    "Oliver",
    "Emil",
    "Villads",
    "Bjarne",
    "Eigil",
    "Ahmed",
    "Hassan",
    "Mehmet",
    "Omar",
    "Tariq",
    "Piotr",
    "Tomasz",
    "Duc",
    "Jamal",
    "Kaj",
    "Valdemar",
    "Gunnar",
    "Ib",
    "Asger",
)
MIDDLE = (
    "Marie",
    "Margrethe",
    "Elisabeth",
    "Kirstine",
    "Juul",
    "Bonde",
    "Winther",
    "Krag",
    "Toft",
    "Overby",
)
SURNAMES = (
    "Holst",
    "Mikkelsen",
    "Fogh",
    "Kjærgaard",
    "Lund",
    "Dahl",
    "Vestergaard",
    "Skov",
    "Thygesen",
    "Brandt",
    "Krogh",
    "Iversen",
    "Nørgaard",
    "Bundgaard",
    "Hvid",
    "Juhl",
    "Lykke",
    "Riis",
    "Sommer",
    "Bak",
    "Gregersen",
    "Husted",
    "Ravn",
    "Damgaard",
    "Pedersen",
    "Jensen",
    "Nielsen",
    "Hansen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Knudsen",
    "Mortensen",
    "Møller",
    "Demir",
    "Kaya",
    "Öztürk",
    "Hussein",
    "Rahimi",
    "Kowalski",
    "Nowak",
    "Haidari",
    "Abdi",
    "Warsame",
    "Jeyakumar",
    "Petrović",
    "Krogh-Madsen",
    "Dahl-Jeppesen",
    "Lund-Kjærsgaard",
    "Skov-Hvidberg",
    "Bach-Mølgaard",
    "Fabricius",
    "Enevoldsen",
    "Søgaard",
)
VIETNAMESE = (
    ("Tran", "Thi", "Hoa"),
    ("Nguyen", "Van", "Long"),
    ("Le", "Thi", "Mai"),
    ("Pham", "Minh", "Tuan"),
)
STREETS = (
    "Kastanievej",
    "Bøgebakken",
    "Hyldebærvej",
    "Lærkevænget",
    "Møllegade",
    "Strandstien",
    "Skovbrynet",
    "Kirkestræde",
    "Præstemarken",
    "Anemonevej",
    "Solsikkevej",
    "Tranevej",
    "Engvej",
    "Vibevej",
    "Kløvermarken",
    "Hedelyngen",
    "Rugmarken",
    "Gl. Landevej",
    "Sankt Peders Stræde",
    "Ved Gadekæret",
    "Jens Baggesens Vej",
    "Æblehaven",
    "Østre Allé",
    "Nørregade",
    "Fiskerbakken",
    "Tjørnevej",
    "Havrevænget",
    "Lindealléen",
)
TOWNS = (
    "5700 Svendborg",
    "4700 Næstved",
    "6400 Sønderborg",
    "7500 Holstebro",
    "8800 Viborg",
    "9800 Hjørring",
    "3400 Hillerød",
    "2630 Taastrup",
    "4000 Roskilde",
    "6700 Esbjerg",
    "8900 Randers",
    "5000 Odense C",
    "8000 Aarhus C",
    "2300 København S",
    "9000 Aalborg",
    "7100 Vejle",
    "6000 Kolding",
    "4200 Slagelse",
    "3700 Rønne",
    "4900 Nakskov",
    "7400 Herning",
    "8600 Silkeborg",
    "9560 Hadsund",
    "6950 Ringkøbing",
    "2650 Hvidovre",
    "5800 Nyborg",
)
FLOORS = (
    "",
    "",
    "",
    ", st. tv.",
    ", st. th.",
    ", 1. tv.",
    ", 2. th.",
    ", 3. mf.",
    ", 1. sal",
    " 2.tv.",
    ", 4. th.",
)
MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
BANKS = (
    "Danske Bank",
    "Nordea",
    "Jyske Bank",
    "Sydbank",
    "Arbejdernes Landsbank",
    "Spar Nord",
    "Møns Bank",
    "Lollands Bank",
)
PRODUCTS = ("MitID", "sundhed.dk", "e-Boks", "NemKonto", "MobilePay", "Dankort")
ORG_LINES = ("70 31 44 82", "80 61 19 30", "70 26 05 55", "80 44 71 17")
MEDS = (
    "Marevan 2,5 mg",
    "Pinex 500 mg x 4",
    "Furix 40 mg",
    "Metformin 500 mg x 2",
    "Eliquis 5 mg x 2",
    "Lyrica 75 mg",
    "Zopiklon 7,5 mg",
    "Panodil 1 g x 3",
    "Donepezil 10 mg",
    "Madopar 125 mg",
    "Cipramil 20 mg",
    "Amlodipin 5 mg",
    "Kaliumklorid 750 mg",
    "Alendronat 70 mg ugentlig",
)
WARDS = (
    "afd. Kastanjen",
    "afd. Syrenen",
    "Grønnegangen",
    "afd. Havnen",
    "Skovbo, 2. sal",
    "afd. Rosen",
)
HOMES = (
    "Plejecentret Solbakken",
    "Plejehjemmet Engly",
    "Bøgehuset",
    "Lindegården",
    "Ældrecentret Havblik",
)
STAFF_INITIALS = ("SSA/KL", "SSH/MB", "SSA/JT", "SSH/RD", "SPL/AH", "SSA/NØ", "SSH/LP")
KOMMUNER = ("Svendborg", "Næstved", "Holstebro", "Viborg", "Hjørring", "Randers", "Slagelse")
PHONE_FORMS = (
    "+45 AB",
    "+45 A B C D",
    "+45 AB CD",
    "AB CD",
    "(+45) A B C D",
    "0045 AB",
    "A B C D",
    "AB",
    "+45AB",
    "A.B.C.D",
    "UK",
    "SE",
)
TODAY = date(2026, 3, 18)

Value = tuple[str, str] | str


def grouped(n: str) -> str:
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        k = int(c) * (2 if i % 2 == 0 else 1)
        total += k - 9 if k > 9 else k
    return str((10 - total % 10) % 10)


def ascii_letters(s: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ö", "o"), ("ć", "c"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z]", "", s)


class Doc:
    """Text built piece by piece; put() records a span, or writes a stand-in in a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def put(self, value: str, kind: str) -> None:
        if self.negative:
            self.add(self.stand_in(value, kind))
            return
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "type": kind})
        self.add(value)

    def stand_in(self, value: str, kind: str) -> str:
        r = self.rng
        digits = re.sub(r"\D", "", value)
        options = {
            "PERSON": ["[NAVN]", "[NAVN]", "NN", "[navn]", "Borger A"],
            "ADDRESS": ["[ADRESSE]", "[ADRESSE]", "[adresse]"],
            "CPR": ["[CPR]", "[CPR]", f"{digits[:6]}-xxxx", f"{digits[:6]}-****"],
            "DATE_OF_BIRTH": ["[fødselsdato]", "xx.xx.19xx"],
            "PHONE": ["[TLF]", "[TLF]", f"+45 ** ** ** {digits[-2:]}", "[tlf.nr.]"],
            "EMAIL": ["[e-mail]", "[e-mail]", f"{value[0]}***@example.dk"],
            "BANK_ACCOUNT": ["[kontonr.]", "[kontonr.]", f"******{digits[-4:]}"],
            "IBAN": ["[IBAN]", f"{value[:4]}{'X' * 10}{digits[-4:]}"],
            "CARD": ["[kortnr.]", f"**** **** **** {digits[-4:]}"],
            "CARD_EXPIRY": ["[udløb]", "**/**"],
            "CARD_CVV": ["[kode]", "***"],
            "OTP": ["[kode]", "[kode]", "******"],
            "MITID_USER": ["[bruger-id]", "[MitID-bruger]"],
            "NUMBER_PLATE": ["[nummerplade]", "[reg.-nr. bil]"],
        }[kind]
        text = r.choice(options)
        if kind == "PERSON" and value.endswith("s") and not value.endswith(("ss", "es")):
            text += "s" if r.random() < 0.5 else ""
        return text

    def fill(self, template: str, **values: Value) -> None:
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                self.add(piece)
            else:
                value = values[piece]
                if isinstance(value, tuple):
                    self.put(*value)
                else:
                    self.add(value)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    first: str
    last: str
    middle: str
    born: date
    woman: bool
    serial: str


class Maker:
    """Seeded makers of people and identifiers in their written forms."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def person(self, old: bool = False, young: bool = False, woman: bool | None = None) -> Person:
        r = self.r
        woman = r.random() < 0.6 if woman is None else woman
        if young:
            born = date(2000, 1, 1) + timedelta(days=r.randrange(6 * 365))
        elif old:
            born = date(1926, 1, 1) + timedelta(days=r.randrange(25 * 365))
        else:
            born = date(1955, 1, 1) + timedelta(days=r.randrange(45 * 365))
        if r.random() < 0.06:
            last, mid, first = r.choice(VIETNAMESE)
            first = f"{mid} {first}"
            mid = ""
        else:
            first = r.choice(WOMEN if woman else MEN)
            last = r.choice(SURNAMES)
            mid = r.choice(MIDDLE) if r.random() < 0.25 else ""
            if mid in ("Marie", "Margrethe", "Elisabeth", "Kirstine") and not woman:
                mid = "Juul"
        century = "4" if born.year >= 2000 else r.choice("0123")
        return Person(first, last, mid, born, woman, century)

    def name(self, p: Person, form: str = "") -> tuple[str, str]:
        r = self.r
        form = form or r.choice(
            ("full", "full", "full", "mid", "comma", "first", "initial", "upper", "gen")
        )
        full = f"{p.first} {p.middle + ' ' if p.middle else ''}{p.last}"
        text = {
            "full": f"{p.first} {p.last}",
            "mid": full,
            "comma": f"{p.last}, {p.first}",
            "upcomma": f"{p.last}, {p.first}".upper(),
            "upper": f"{p.first} {p.last}".upper(),
            "first": p.first,
            "lower": p.first.lower(),
            "lowerfull": f"{p.first} {p.last}".lower(),
            "initial": f"{p.first[0]}. {p.last}",
            "gen": (p.first if r.random() < 0.6 else f"{p.first} {p.last}"),
        }[form]
        if form == "gen" and not text.endswith(("s", "x", "z")):
            text += "s"  # a name ending in s keeps its form (the apostrophe is left out)
        return text, "PERSON"

    def alias(self) -> tuple[str, str]:
        r = self.r
        first = r.choice(
            (
                "Martin",
                "Thomas",
                "Jesper",
                "Michael",
                "Sofie",
                "Maria",
                "Peter",
                "Kasper",
                "Julie",
                "Daniel",
            )
        )
        if r.random() < 0.5:
            return first, "PERSON"
        return f"{first} {r.choice(SURNAMES)}", "PERSON"

    def cpr(self, p: Person, form: str = "") -> tuple[str, str]:
        r = self.r
        stem = f"{p.born:%d%m}{p.born.year % 100:02d}{p.serial}"
        while True:
            n = stem + f"{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
                break
        form = form or r.choice(("dash", "dash", "compact", "spaced", "space"))
        text = {
            "dash": f"{n[:6]}-{n[6:]}",
            "compact": n,
            "spaced": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            "space": f"{n[:6]} {n[6:]}",
        }[form]
        return text, "CPR"

    def dob(self, p: Person) -> tuple[str, str]:
        b = self.r.choice(("long", "dots", "slash", "dash"))
        d = p.born
        text = {
            "long": f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
            "dots": f"{d:%d.%m.%Y}",
            "slash": f"{d.day}/{d.month}-{d.year}",
            "dash": f"{d:%d-%m-%Y}",
        }[b]
        return text, "DATE_OF_BIRTH"

    def phone(self, landline: bool = False, foreign: bool = True) -> tuple[str, str]:
        r = self.r
        form = r.choice(PHONE_FORMS if foreign else PHONE_FORMS[:-2])
        if form == "UK":
            return f"+44 7700 900{r.randrange(1000):03d}", "PHONE"
        if form == "SE":
            return f"+46 70 174 06 {r.randrange(5, 100):02d}", "PHONE"
        lead = r.choice(LANDLINE if landline and r.random() < 0.7 else MOBILE)
        n = lead + f"{r.randrange(10**6):06d}"
        a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
        text = {
            "+45 AB": f"+45 {n}",
            "+45 A B C D": f"+45 {a} {b} {c} {d}",
            "+45 AB CD": f"+45 {a}{b} {c}{d}",
            "AB CD": f"{a}{b} {c}{d}",
            "(+45) A B C D": f"(+45) {a} {b} {c} {d}",
            "0045 AB": f"0045 {n}",
            "A B C D": f"{a} {b} {c} {d}",
            "AB": n,
            "+45AB": f"+45{n}",
            "A.B.C.D": f"{a}.{b}.{c}.{d}",
        }[form]
        return text, "PHONE"

    def email(self, p: Person | None = None, box: str = "") -> tuple[str, str]:
        r = self.r
        domain = r.choice(
            (
                "example.dk",
                "example.dk",
                "example.com",
                "example.net",
                "post.example.dk",
                "example.org",
            )
        )
        if p is None:
            return f"{box}@{domain}", "EMAIL"
        first = ascii_letters(p.first.lower().split()[0])
        last = ascii_letters(p.last.lower())
        local = r.choice(
            (
                f"{first}.{last}",
                f"{first}{last[:3]}",
                f"{first}{p.born.year % 100:02d}",
                f"{first[0]}{last}",
                f"{first}_{last}{r.randrange(1, 99)}",
            )
        )
        return f"{local}@{domain}", "EMAIL"

    def address(self, block: bool = False, town: bool | None = None) -> tuple[str, str]:
        r = self.r
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}"
        if r.random() < 0.2:
            street += r.choice("ABC")
        street += r.choice(FLOORS)
        if town is None:
            town = r.random() < 0.7
        if town:
            street += ("\n" if block else ", ") + r.choice(TOWNS)
        return street, "ADDRESS"

    def account(self, d: Doc) -> None:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        acct = f"{r.randrange(10**6, 10**10):d}"
        if r.random() < 0.4:
            acct = acct.zfill(10)
        form = r.choice(("dash", "space", "regnr", "reg"))
        if form == "dash":
            d.put(f"{reg}-{acct}", "BANK_ACCOUNT")
        elif form == "space":
            d.put(f"{reg} {acct}", "BANK_ACCOUNT")
        elif form == "regnr":
            d.fill("reg.nr. {reg}, kontonr. {acct}", reg=reg, acct=(acct, "BANK_ACCOUNT"))
        else:
            d.fill("reg. {reg} konto {acct}", reg=reg, acct=(acct, "BANK_ACCOUNT"))

    def iban(self) -> tuple[str, str]:
        r = self.r
        cc = r.choice(tuple(IBAN_LENGTH))
        size = IBAN_LENGTH[cc] - 4
        if cc in ("GB", "NL"):
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
            bban += "".join(r.choice("0123456789") for _ in range(size - 4))
        else:
            bban = "".join(r.choice("0123456789") for _ in range(size))
        digits = "".join(str(int(c, 36)) for c in bban + cc + "00")
        check = f"{98 - int(digits) % 97:02d}"
        n = cc + check + bban
        return (grouped(n) if r.random() < 0.6 else n), "IBAN"

    def card(self) -> tuple[str, str]:
        r = self.r
        prefix = r.choice(TEST_PREFIXES)
        body = prefix + "".join(r.choice("0123456789") for _ in range(11))
        n = body + luhn_digit(body)
        form = r.random()
        if form < 0.55:
            return grouped(n), "CARD"
        if form < 0.75:
            return grouped(n).replace(" ", "-"), "CARD"
        return n, "CARD"

    def expiry(self) -> tuple[str, str]:
        r = self.r
        m, y = r.randrange(1, 13), r.randrange(26, 32)
        return (f"{m:02d}/{y}" if r.random() < 0.7 else f"{m:02d}/20{y}"), "CARD_EXPIRY"

    def cvv(self) -> tuple[str, str]:
        return f"{self.r.randrange(1000):03d}", "CARD_CVV"

    def otp(self) -> tuple[str, str]:
        r = self.r
        form = r.random()
        if form < 0.6:
            return f"{r.randrange(10**6):06d}", "OTP"
        if form < 0.8:
            return f"{r.randrange(10**8):08d}", "OTP"
        n = f"{r.randrange(10**6):06d}"
        return f"{n[:3]} {n[3:]}", "OTP"

    def mitid(self, p: Person) -> tuple[str, str]:
        r = self.r
        first = ascii_letters(p.first.lower().split()[0])
        last = ascii_letters(p.last.lower())
        yy, yyyy = f"{p.born.year % 100:02d}", str(p.born.year)
        text = r.choice(
            (
                f"{first}{yy}",
                f"{last}.{first}",
                f"{first.title()}{last[0].upper()}{yyyy}",
                f"{first}{last}",
                f"{last}{yyyy}",
                f"{first}_{last[:4]}",
            )
        )
        return text, "MITID_USER"

    def plate(self) -> tuple[str, str]:
        r = self.r
        letters = "".join(r.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{r.randrange(10, 100)}{r.randrange(1000):03d}"
        return (f"{letters} {n[:2]} {n[2:]}" if r.random() < 0.7 else letters + n), "NUMBER_PLATE"

    # hard negatives
    def day(self) -> str:
        r = self.r
        d = TODAY - timedelta(days=r.randrange(90))
        return r.choice((f"{d:%d.%m.%y}", f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS[d.month - 1]} 2026"))

    def clock(self, sep: str = ".") -> str:
        return f"{self.r.randrange(6, 23):02d}{sep}{self.r.randrange(60):02d}"

    def amount(self) -> str:
        r = self.r
        n = r.choice((2500, 4800, 9995, 12000, 18500, 24000, 35000, 50000, 7250, 150000))
        s = f"{n:,}".replace(",", ".")
        return r.choice((f"{s} kr.", f"kr. {s},00", f"{s},- kr", f"DKK {s}"))


def kin_word(p: Person, r: random.Random) -> str:
    if p.woman:
        return r.choice(("datter", "datter", "niece", "barnebarn", "svigerdatter"))
    return r.choice(("søn", "søn", "nevø", "barnebarn", "svigersøn"))


def details(d: Doc, m: Maker, victim: Person, subj: str, caller: bool = True) -> None:
    """What the fraudster obtained, told in the genre's register (subject word given)."""
    r = m.r
    low = (
        subj.lower()
        if subj in ("Borgeren", "Beboeren", "Kunden", "Min myndling", "Hun", "Han", "Borger", "Du")
        else subj
    )
    picks = r.sample(("otp", "mitid", "card", "account", "iban", "plate", "phone"), r.randint(2, 4))
    if caller or "phone" in picks:
        d.fill(
            r.choice(
                (
                    ' {s} oplyser, at en mand fra "{bank}" ringede fra {ph} og sagde, at'
                    " kontoen var hacket.",
                    " {s} blev ringet op af en person, der præsenterede sig som {alias} fra {bank}"
                    " (nummeret i displayet: {ph}).",
                    " Opkaldet kom fra {ph}; personen kaldte sig {alias} og talte godt dansk.",
                )
            ),
            s=subj,
            bank=r.choice(BANKS),
            ph=m.phone(),
            alias=m.alias(),
        )
    for pick in picks:
        if pick == "otp":
            d.fill(
                r.choice(
                    (
                        " {s} har læst en kode op for den pågældende: {otp}.",
                        " Engangskoden {otp} blev givet videre over telefonen.",
                        " Der kom en SMS med koden {otp}, som {low} læste højt.",
                        " {s} tastede koden {otp} ind, mens personen var i røret.",
                    )
                ),
                s=subj,
                low=low,
                otp=m.otp(),
            )
        elif pick == "mitid":
            d.fill(
                r.choice(
                    (
                        ' MitID bruger-ID {mid} blev oplyst til "banken".',
                        " {s} har opgivet {own} MitID bruger-id: {mid}.",
                        " Bruger-ID'et ({mid}) stod på en seddel ved telefonen.",
                    )
                ),
                s=subj,
                own="dit" if subj == "Du" else "sit",
                mid=m.mitid(victim),
            )
        elif pick == "card":
            d.fill(
                r.choice(
                    (
                        " Kortnummer {card}, udløb {exp} og kontrolcifre {cvv} blev læst op.",
                        " {s} har givet kortets nummer ({card}), gyldig til {exp}, CVV {cvv}.",
                        " Kortet {card} (udløbsdato {exp}, cvc {cvv}) er spærret efterfølgende.",
                        " Oplyst: kort {card}, exp. {exp}, CVC {cvv}.",
                    )
                ),
                s=subj,
                card=m.card(),
                exp=m.expiry(),
                cvv=m.cvv(),
            )
        elif pick == "account":
            d.add(
                r.choice(
                    (
                        " Der er overført penge fra konto ",
                        " Hævet fra ",
                        " Pengene gik fra borgerens konto ",
                    )
                )
            )
            m.account(d)
            d.fill(", i alt {amt}.", amt=m.amount().rstrip("."))
        elif pick == "iban":
            d.fill(
                r.choice(
                    (
                        " Beløbet {amt} er sendt til en udenlandsk konto, IBAN {iban}.",
                        " Overførsel til {iban} ({amt}) ses på kontoudtoget.",
                    )
                ),
                amt=m.amount(),
                iban=m.iban(),
            )
        elif pick == "plate":
            d.fill(
                r.choice(
                    (
                        ' En nabo noterede bilen, som "kureren" kom i: {plate}.',
                        " Manden kørte i en sølvgrå Skoda, nummerplade {plate}.",
                        " Bilen ({plate}) holdt ved indgangen i ca. 10 min.",
                    )
                ),
                plate=m.plate(),
            )


def hjemmepleje(d: Doc, m: Maker) -> None:
    r = m.r
    v, rel = m.person(old=True), m.person()
    d.fill("Hjemmeplejen {area} – døgnnotater\n", area=r.choice(("Syd", "Nord", "Vest", "Midtby")))
    if r.random() < 0.7:
        d.fill(
            "Borger: {n}   CPR: {cpr}\n",
            n=m.name(v, r.choice(("comma", "full", "mid"))),
            cpr=m.cpr(v),
        )
    if r.random() < 0.6:
        d.fill("Adresse: {a}\n", a=m.address(town=r.random() < 0.4))
    if r.random() < 0.5:
        d.fill(
            "Kontaktperson: {n} ({rel}), tlf. {ph}\n",
            n=m.name(rel, "full"),
            rel=kin_word(rel, r),
            ph=m.phone(),
        )
    d.add("\n")
    first = m.name(v, r.choice(("first", "first", "full", "initial")))
    day = m.day()
    d.fill(
        "{day} kl. {t} {ini}: Morgenbesøg. Givet {med}. {n} virker urolig og ked af det.",
        day=day,
        t=f"0{r.randrange(7, 10)}.{r.randrange(60):02d}",
        ini=r.choice(STAFF_INITIALS),
        med=r.choice(MEDS),
        n=first,
    )
    details(d, m, v, r.choice(("Borger", "Bgr.", "Hun" if v.woman else "Han")))
    d.fill(
        "\n{day} kl. {t} {ini}: Talt med {n} om episoden.",
        day=day,
        t=f"{r.randrange(11, 15)}.{r.randrange(60):02d}",
        ini=r.choice(STAFF_INITIALS),
        n=m.name(v, "first"),
    )
    if r.random() < 0.6:
        d.fill(
            " Pårørende {rel} kontaktet på {ph}",
            rel=m.name(rel, r.choice(("first", "full"))),
            ph=m.phone(),
        )
        if r.random() < 0.5:
            d.fill(" og på mail {em}", em=m.email(rel))
        d.add(".")
    d.fill(
        " Leder orienteret. Spærrelinjen {org} ringet op sammen med borger.",
        org=r.choice(ORG_LINES),
    )
    if r.random() < 0.5:
        d.fill(
            "\n{day} kl. {t} {ini}: Aftenbesøg, {med} givet. BT 138/82. Ro på.",
            day=day,
            t=f"{r.randrange(17, 22)}.{r.randrange(60):02d}",
            ini=r.choice(STAFF_INITIALS),
            med=r.choice(MEDS),
        )


def socialraadgiver(d: Doc, m: Maker) -> None:
    r = m.r
    v, rel, guard, staff = m.person(old=True), m.person(), m.person(), m.person()
    nephew = m.person(woman=False)
    kommune = r.choice(KOMMUNER)
    d.fill(
        "{k} Kommune, Myndighed Ældre – journalnotat\nSagsnr.: 27.12.04-G01-{sag}-26\n"
        "Dato: {day}   Sagsbehandler: {staff}, socialrådgiver\n",
        k=kommune,
        sag=str(r.randrange(100, 999)),
        day=m.day(),
        staff=m.name(staff, "full"),
    )
    d.fill(
        "Borger: {n}, cpr.nr. {cpr}\n",
        n=m.name(v, r.choice(("full", "mid", "comma"))),
        cpr=m.cpr(v),
    )
    if r.random() < 0.5:
        d.fill("Bopæl: {a}\n", a=m.address())
    if r.random() < 0.35:
        d.fill("Borgeren er født {dob} og bor alene.\n", dob=m.dob(v))
    d.fill(
        "\nHenvendelse fra {rel}, {role}, tlf. {ph}, der er bekymret for {gen} økonomi.",
        rel=m.name(rel, r.choice(("full", "mid"))),
        role=kin_word(rel, r),
        ph=m.phone(),
        gen=m.name(v, "gen"),
    )
    d.fill(
        " Ifølge {rel} har nevøen {ne} gennem et halvt år fået adgang til netbank og hævet"
        " kontanter.",
        rel=m.name(rel, "first"),
        ne=m.name(nephew, r.choice(("full", "first", "initial"))),
    )
    details(d, m, v, "Borgeren", caller=r.random() < 0.5)
    if r.random() < 0.5:
        d.fill(
            " {ne} kører nu i en bil med nummerplade {pl}, købt {day}.",
            ne=m.name(nephew, "first"),
            pl=m.plate(),
            day=m.day(),
        )
    d.fill(
        "\n\nVurdering: Der er mistanke om økonomisk overgreb. Borgeren har demens (MMSE 19)"
        " og kan ikke overskue sin økonomi.\nHandleplan: Underretning til politiet (114)."
        " Ansøgning om værgemål; forslag til værge: {g} ({em}, tlf. {ph}).",
        g=m.name(guard, r.choice(("full", "mid"))),
        em=m.email(guard),
        ph=m.phone(),
    )
    if r.random() < 0.4:
        d.fill(
            " Kopi af notat sendt til {em}.",
            em=m.email(box=f"myndighed.{ascii_letters(kommune.lower())}"),
        )


def journal(d: Doc, m: Maker) -> None:
    r = m.r
    young = r.random() < 0.15
    p, rel = m.person(old=not young, young=young), m.person()
    clinic = r.choice(
        (
            "Lægehuset ved Åen",
            "Lægerne i Møllegården",
            "OUH, Geriatrisk afd. G3",
            "Regionshospitalet, Akutmodtagelsen",
            "Lægeklinikken Torvet",
        )
    )
    d.fill(
        "{c}\nJournalnotat {day} kl. {t}\nPt.: {n}, cpr.nr. {cpr}\n",
        c=clinic,
        day=m.day(),
        t=m.clock(),
        n=m.name(p, r.choice(("upcomma", "upcomma", "comma", "upper"))),
        cpr=m.cpr(p),
    )
    if r.random() < 0.4:
        d.fill(
            "Diktat v/ {dr}, skrevet {day} af sekr. {s}\n",
            dr=r.choice(("HN", "læge KB", "MT")),
            day=m.day(),
            s=r.choice(("BL", "JØ", "AS")),
        )
    if r.random() < 0.35:
        d.fill("Pt. f. d. {dob}, kendt med atrieflimren og type 2-diabetes.\n", dob=m.dob(p))
    d.add(
        '\nS: Pt. oplyser at have modtaget en SMS fra "sundhed.dk" om at medicinlisten skulle'
        " bekræftes. Har trykket på linket."
    )
    details(d, m, p, "Pt.", caller=r.random() < 0.4)
    med, med2 = r.sample(MEDS, 2)
    d.fill(
        "\nO: BT {bt}, puls {pu}. Vågen, klar, let forpint. Fast medicin: {med}, {med2}.\n"
        "A/P: Pt. rådes til at kontakte sin bank ({bank}) og politiet. ",
        bt=f"{r.randrange(118, 170)}/{r.randrange(64, 96)}",
        pu=str(r.randrange(58, 98)),
        med=med,
        med2=med2,
        bank=r.choice(BANKS),
    )
    d.fill(
        r.choice(
            (
                "Med pt.s samtykke ringet til {rel} ({low}) på {ph}.",
                "{role} {rel}, tlf. {ph}, var med til konsultationen.",
                "Pt. ønsker {gen} kontaktet: {ph}.",
            )
        ),
        rel=m.name(rel, "full"),
        role=(kin := kin_word(rel, r)).capitalize(),
        low=kin,
        ph=m.phone(),
        gen=m.name(rel, "gen"),
    )
    if r.random() < 0.35:
        d.fill(" Svar sendes til {em}.", em=m.email(rel))
    d.fill(" Ny tid om 14 dage. /{ini}", ini=r.choice(("HN", "KB", "MT", "spl. AH")))


def haendelse(d: Doc, m: Maker) -> None:
    r = m.r
    v, rel, staff, boss = m.person(old=True), m.person(), m.person(), m.person()
    home, ward, room = r.choice(HOMES), r.choice(WARDS), str(r.randrange(1, 48))
    d.fill(
        "Til: {b}\nFra: {s}\nEmne: Hændelsesrapport UTH-2026-{nr} – bolig {room}, {ward}\n\n"
        "Kære {bn}\n\nHermed rapport om en hændelse på {home} {day} kl. {t}.\n\n",
        b=m.email(boss),
        s=m.email(staff),
        nr=f"{r.randrange(10000):04d}",
        room=room,
        ward=ward,
        bn=m.name(boss, "first"),
        home=home,
        day=m.day(),
        t=m.clock(),
    )
    d.fill("Beboer: {n}", n=m.name(v, r.choice(("full", "mid", "comma"))))
    if r.random() < 0.6:
        d.fill(", født {dob}", dob=m.dob(v))
    if r.random() < 0.5:
        d.fill(", CPR-nr. {cpr}", cpr=m.cpr(v))
    d.fill("\nPårørende: {rel}, tlf. {ph}\n\nForløb: ", rel=m.name(rel, "full"), ph=m.phone())
    d.fill(
        r.choice(
            (
                '{vn} fortalte ved middagen, at "banken" havde ringet på hendes mobil.',
                "Under medicinrunden ({med}) sad {vn} med telefonen og læste tal op.",
                "En ukendt mand var på besøg hos {vn} i ca. 20 min og gik med en konvolut.",
            )
        ),
        vn=m.name(v, r.choice(("first", "full", "initial"))),
        med=r.choice(MEDS),
    )
    details(d, m, v, "Beboeren", caller=r.random() < 0.5)
    d.fill(
        "\n\nTiltag: Kort spærret via {org}. {rel} orienteret. Politianmeldelse aftalt med"
        " pårørende.\n\nVenlig hilsen\n{sn}, {role}, {ward}",
        org=r.choice(ORG_LINES),
        rel=m.name(rel, "first"),
        sn=m.name(staff, "full"),
        role=r.choice(("social- og sundhedsassistent", "sygeplejerske", "teamleder")),
        ward=ward,
    )


def vaerge(d: Doc, m: Maker) -> None:
    r = m.r
    g, v = m.person(), m.person(old=r.random() < 0.8, young=r.random() < 0.2)
    d.fill(
        "{g}\n{a}\nTlf. {ph} · {em}\n\n{bank}\nKundeservice, Dødsbo og Værgemål\n\n",
        g=m.name(g, "mid"),
        a=m.address(block=True, town=True),
        ph=m.phone(),
        em=m.email(g),
        bank=r.choice(BANKS),
    )
    d.fill("{town}, {day}\n\n", town=r.choice(TOWNS)[5:], day=m.day())
    d.fill(
        "Vedr.: {v}, cpr.nr. {cpr} – værgemål, jf. værgemålslovens § 5\n\n",
        v=m.name(v, r.choice(("full", "mid", "comma"))),
        cpr=m.cpr(v),
    )
    d.fill(
        "Jeg er beskikket som værge for {v} ved Familieretshusets afgørelse af {day}"
        " (j.nr. FRH-{j}). ",
        v=m.name(v, "first"),
        day=m.day(),
        j=f"{r.randrange(10**5):05d}-26",
    )
    if r.random() < 0.4:
        d.fill(
            "{gen} fødselsdato fremgår af afgørelsen (født {dob}). ",
            gen=m.name(v, "gen"),
            dob=m.dob(v),
        )
    d.add("Jeg beder om, at kontoen ")
    m.account(d)
    d.add(" straks spærres for netbank og MobilePay.")
    details(d, m, v, "Min myndling", caller=r.random() < 0.4)
    d.add(" Jeg beder banken undersøge, om beløbene kan kaldes tilbage.")
    if r.random() < 0.3:
        d.fill(
            " Min myndling bor nu på {home}, men post sendes til mig på {a}.",
            home=r.choice(HOMES),
            a=m.address(town=True),
        )
    d.fill("\n\nMed venlig hilsen\n\n{g}\nbeskikket værge", g=m.name(g, "full"))


def hotline(d: Doc, m: Maker) -> None:
    r = m.r
    d.fill(
        "Seniorrådgivningen – frivillig telefonvagt {day}, vagt: {ini}\n",
        day=m.day(),
        ini=r.choice(("BK", "LJ/HS", "PM")),
    )
    for _ in range(r.randint(2, 3)):
        v = m.person(old=True)
        d.fill(
            "[{t}] opk. fra {n}, {age} år, {town}. tlf {ph}.",
            t=m.clock(":"),
            n=m.name(v, r.choice(("lower", "lower", "lowerfull", "first", "full"))),
            age=str(2026 - v.born.year),
            town=r.choice(TOWNS)[5:],
            ph=m.phone(landline=True),
        )
        if r.random() < 0.3:
            d.fill(" Bor på {a}, alene.", a=m.address(town=False))
        details(d, m, v, r.choice(("Hun" if v.woman else "Han", "Opk.")), caller=r.random() < 0.5)
        d.add(
            r.choice(
                (
                    " Henvist til banken og politiet på 114.",
                    " Rådet til at spærre kort på spærrelinjen.",
                    " Ringer igen i morgen. Har ingen pårørende i nærheden.",
                )
            )
        )
        if r.random() < 0.4:
            rel = m.person()
            d.fill(
                " Barnebarn {n} ({em}) hjælper.",
                n=m.name(rel, r.choice(("first", "lower"))),
                em=m.email(rel),
            )
        d.add("\n")


def bolig(d: Doc, m: Maker) -> None:
    r = m.r
    t, staff = m.person(young=r.random() < 0.3, old=r.random() < 0.3), m.person()
    d.fill(
        "Boligselskabet {b} · afdeling {af} · CVR-nr. {cvr}\n\n{n}\n{a}\n\n{day}\n"
        "Lejemålsnr. {l}\n\nKære {f}\n\n",
        b=r.choice(("Fjordglimt", "Toftegården", "Lyngbo", "Vesterhøj")),
        af=str(r.randrange(1, 40)),
        cvr=str(r.randrange(10**7, 10**8 - 1)),
        n=m.name(t, r.choice(("full", "mid"))),
        a=m.address(block=True, town=True),
        day=m.day(),
        l=f"{r.randrange(100, 999)}-{r.randrange(10**4):04d}-{r.randrange(1000):03d}",
        f=m.name(t, "first"),
    )
    d.fill(
        "Tak for din henvendelse om boligen. Du fortæller, at du har betalt {amt} i depositum"
        " til en person, der kaldte sig {alias} og udgav sig for at være udlejer via en annonce."
        " Pengene blev overført til ",
        amt=m.amount(),
        alias=m.alias(),
    )
    if r.random() < 0.5:
        m.account(d)
    else:
        d.put(*m.iban())
    d.add(". Boligselskabet har ikke modtaget beløbet, og lejemålet er ikke udlejet til dig.")
    if r.random() < 0.6:
        d.fill(
            ' "Udlejeren" skrev fra {em} og ringede fra {ph}.',
            em=m.email(box=f"udlejning.{ascii_letters(m.alias()[0].lower())}"),
            ph=m.phone(),
        )
    details(d, m, t, "Du", caller=False)
    d.fill(
        "\n\nVi anbefaler, at du anmelder forholdet til politiet. Du er velkommen til at kontakte"
        " ejendomskontoret på {org} eller skrive til {em}.\n\nMed venlig hilsen\n{s}\n"
        "Boligsocial medarbejder",
        org=r.choice(ORG_LINES),
        em=m.email(staff),
        s=m.name(staff, "full"),
    )
    if r.random() < 0.3:
        d.fill(", direkte {ph}", ph=m.phone())


def apotek(d: Doc, m: Maker) -> None:
    r = m.r
    c, man, kin = m.person(old=True), m.person(), m.person()
    d.fill(
        "{ap} – notat til apotekeren\nDato {day} kl. {t}, skranke {sk}, ekspedient {ini}\n"
        "Ekspeditionsnr. {e}\n\nKunde: {n}",
        ap=r.choice(("Svaneapoteket", "Apoteket Nørrebro", "Hjortens Apotek", "Løveapoteket")),
        day=m.day(),
        t=m.clock(),
        sk=str(r.randint(1, 4)),
        ini=r.choice(("farmaceut HV", "PT", "JK")),
        e=f"{r.randrange(10**5, 10**6)}",
        n=m.name(c, r.choice(("full", "comma", "mid"))),
    )
    if r.random() < 0.6:
        d.fill(", f. {dob}", dob=m.dob(c))
    else:
        d.fill(", cpr {cpr} (fra recept)", cpr=m.cpr(c))
    d.fill(
        "\nRecept: {med}\n\nHændelse: Kunden kom ind sammen med en yngre mand, som præsenterede"
        ' sig som {man}. Manden bad om at få kundens MitID-app, "så han kunne hente medicinen'
        ' online".',
        med=r.choice(MEDS),
        man=m.name(man, r.choice(("first", "full"))),
    )
    details(d, m, c, "Kunden", caller=r.random() < 0.3)
    d.fill(
        " Ekspedienten afbrød og talte med kunden alene. Kunden ringede herefter til sin {role}"
        " {kin} på {ph}.",
        role=kin_word(kin, r),
        kin=m.name(kin, "first"),
        ph=m.phone(),
    )
    d.fill(
        " Udleveret: {med}, betalt {amt}. Politiet underrettet på 114.",
        med=r.choice(MEDS),
        amt=m.amount(),
    )


BUILDERS: dict[str, Callable[[Doc, Maker], None]] = {
    "hjemmepleje": hjemmepleje,
    "socialraadgiver": socialraadgiver,
    "journal": journal,
    "haendelse": haendelse,
    "vaerge": vaerge,
    "hotline": hotline,
    "bolig": bolig,
    "apotek": apotek,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    maker = Maker(rng)
    negatives = round(size * NEGATIVES / SIZE)
    docs: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(docs) < size:
        negative = len(docs) >= size - negatives
        genre = GENRES[i % len(GENRES)]
        i += 1
        d = Doc(rng, negative)
        BUILDERS[genre](d, maker)
        text = d.text()
        if text in seen or (not negative and not d.spans):
            continue
        seen.add(text)
        kind = "negative" if negative else "positive"
        docs.append(
            {
                "id": f"b19-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind19.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
