"""A twenty-second blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its THEME is business fraud
against Danish companies, associations and public bodies: CEO fraud, invoice redirection (a
supplier's "new bank details"), payroll diversion (an employee's salary account changed by a
fraudster), fake invoices and business e-mail compromise, in eight genres: accounts-payable
e-mail threads with a spoofed director or supplier (Fra:/Til:/Emne:, quoted replies, signatures
with titles), supplier master-data change forms and ERP audit-log exports, HR/payroll change
requests and payslip excerpts (the employee's CPR, address and salary account), Teams/Slack
chats between a bookkeeper and "the CEO" (gift cards, the company card, a bank code), the
company's police report, the bank's recall request for a foreign transfer (IBANs of many
countries, SWIFT/BIC codes, a list of payees in capitals), the insurer's cyber-claim form and
the board's incident minutes. The names are those of Danes of all backgrounds and ages
("Hiba Rahimi", "Jens-Ole Bøgelund", "Piotr Nowak"), double surnames ("Skovbo-Uldall") and
middle names ("Vibeke Hald Fuglsang"), written as a full name, "Efternavn, Fornavn", an initial
and surname ("T. Ravnholt"), a first name alone in a greeting or signature, with a genitive s,
in CAPITALS in a bank's list and in lower case in a chat.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("bogholder", "direktør", "formand");
  "Fuglsang, Vibeke" is one span; a genitive s belongs to it ("Vibekes", "Torben Krags"); a
  lower-case name in a chat ("vibeke") is PERSON, and so is a CAPITALS name in a bank's list.
  The "@" of a mention and an emoji after a name stay outside the span. The fraudster's use of
  a real person's name (the spoofed director) is PERSON. Company, association, bank and public
  body names are never PERSON, even when they hold a surname ("Brdr. Kjærsgaard A/S",
  "Dyrberg & Datter ApS"); nor are job titles, ERP user codes ("VFUG") or placeholders.
- ADDRESS is a person's street address: from the street name through number, letter, floor
  and side ("7B", "2. tv.", "st. th."), plus ", postcode town" on the same line or on the next
  line of an address block (line break included). A street or place named without a number is
  not an address. A company's or an institution's own postal address in a signature or as its
  "Forretningsadresse" is not personal data and is never labelled; a partnership's (I/S) is
  (pii78: the organisations' address convention; the text is unchanged, masked as an address
  is in a negative).
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for the years 2000 to 2005) and a serial chosen so the number FAILS modulus
  11. Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH
  (full date with a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is
  labelled only straight after "født ", "f. " or "Fødselsdato: "; no other date is labelled.
- PHONE is a person's Danish number of 8 digits from the mobile and landline ranges (MOBILE,
  LANDLINE; never 70 or 80), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, or a foreign number
  from the fiction ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). A
  company's main line is always one of ORG_LINES (70 or 80) and never PHONE, nor is 114.
- EMAIL: every e-mail address (all on example.* domains, look-alike sub-domains included), each
  occurrence, a shared mailbox's ("faktura@...") too.
- BANK_ACCOUNT: reg.nr. and account written together ("5301-0001234567", "5301 0001234567")
  are one span; where the reg.nr. has its own word ("reg.nr. 5301 kontonr. 0001234567",
  "Reg. 5301, konto 1234567", "reg. 5301 konto 12345678") only the account is the span.
  IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by four or compact,
  of many countries. CARD:
  Luhn-valid with a published test prefix (TEST_PREFIXES), 16 digits grouped by four or
  compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "CVC", "cvc" or
  "kontrolcifre". OTP: a one-time code from the bank or MitID sent, asked for or given (6 or 8
  digits); MITID_USER a MitID (Erhverv) user ID given as such; NUMBER_PLATE a Danish plate
  ("BK 41 207" or "BK41207").
- Hard negatives, never labelled: CVR numbers ("CVR 31245870", "CVR-nr.: 31245870") and VAT
  numbers ("DK31245870"), all failing the CVR modulus 11 check so none is a real company's;
  P-numbers written grouped ("P-nr. 10 1234 5678"); EAN/GLN location numbers of 13 digits,
  grouped ("EAN 5790 0012 3456 7"); invoice, PO, voucher, supplier, employee, policy, claim,
  ticket and police journal numbers; SWIFT/BIC codes; amounts ("kr. 184.250,00", "EUR
  48.900,00"); dates and clock times ("04.03.2026", "2026-03-04 09:14:22", "kl. 09.14",
  "[09:14]"); ERP user codes; company, bank and public-body names, also those holding a
  person's surname; job titles; masked values ("120365-xxxx", "**** **** **** 4242",
  "******4417", "+45 ** ** ** 31", "v***@example.dk", "DK50XXXXXXXXXX1243", "xx/xx"); the
  companies' 70/80 lines and the police's 114. Documents of kind "negative" are the same genres
  after pseudonymisation: stand-ins ("[NAVN]", "[ADRESSE]", "[CPR]", "[TLF]", "[e-mail]",
  "[kontonr.]", "[IBAN]", "[kode]", ...) and masked values replace every labelled value, and
  only hard negatives remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind21 OUT.jsonl`` writes the set; ``generate()`` returns it.
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

SEED = 2221
SIZE = 1000
NEGATIVES = 350

TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "ap_thread", "supplier_change", "payroll_change", "ceo_chat", "police_report", "bank_recall",
    "cyber_claim", "board_minutes",
)  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
    "51", "52", "53", "60", "61", "71", "81", "91", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56", "57", "58",
    "59", "62", "63", "64", "65", "66", "72", "73", "74", "75", "76", "86", "87", "89", "96", "97",
    "98", "99",
)  # fmt: skip
TEST_PREFIXES = ("41111111", "42424242", "40000566", "55555555", "51051051", "22230031")
IBAN_LENGTH = {
    "DK": 18, "DE": 22, "GB": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "PL": 28, "LT": 20,
    "EE": 20, "PT": 25, "IE": 22, "SE": 24, "NO": 15, "BE": 16, "HU": 28, "RO": 24, "CZ": 24,
    "BG": 22, "HR": 21, "CY": 28, "MT": 31, "LV": 21,
}  # fmt: skip
LETTER_BANK_CODE = ("GB", "NL", "IE", "BG", "RO", "MT", "LV")

WOMEN = (
    "Vibeke", "Ragnhild", "Merete", "Solvej", "Tilde", "Alberte", "Liva", "Esther", "Hjørdis",
    "Gitte", "Dorthe", "Susanne", "Charlotte", "Malene", "Pernille", "Signe", "Nanna", "Katrine",
    "Ulla", "Aase", "Bodil", "Grethe", "Kirstine", "Anne-Mette", "Mai-Britt", "Shirin", "Nadia",
    "Hiba", "Amal", "Dilan", "Sevgi", "Hodan", "Marta", "Ivana", "Jelena", "Linh", "Priya",
    "Agnieszka", "Zainab", "Elif", "Yasmin", "Thuy", "Ebba", "Sofie", "Freja", "Asta", "Lærke",
    "Rikke", "Trine", "Helle",
)  # fmt: skip
MEN = (
    "Torben", "Bjarke", "Villads", "Aksel", "Eskild", "Gorm", "Palle", "Jesper", "Kasper", "Bent",
    "Leif", "Flemming", "Ole", "Preben", "Søren", "Henrik", "Mikael", "Rasmus", "Anker", "Kaj",
    "Egon", "Jens-Ole", "Karl-Emil", "Mustafa", "Arash", "Tariq", "Jamal", "Bilal", "Dragan",
    "Milan", "Piotr", "Wojciech", "Hamid", "Kwame", "Thanh", "Ravi", "Sunil", "Emre", "Yusuf",
    "Omar", "Ahmad", "Malthe", "Viggo", "Magnus", "Frederik", "Tobias", "Carl", "Asger", "Ejnar",
    "Holger",
)  # fmt: skip
SURNAMES = (
    "Damsgaard", "Kjærsgaard", "Fuglsang", "Lykkegaard", "Bøgelund", "Skovbo", "Ravnholt",
    "Mølgaard", "Sønderby", "Bundgaard", "Ladefoged", "Brøndum", "Krag", "Aagaard", "Hedegaard",
    "Overby", "Lindahl", "Juhl", "Ebbesen", "Vinther", "Nørskov", "Dyrberg", "Bisgaard", "Hvid",
    "Steffensen", "Ottosen", "Bertelsen", "Thygesen", "Rask", "Søgaard", "Kold", "Qvist",
    "Gregersen", "Høyer", "Tange", "Uldall", "Fog", "Rindom", "Østergaard", "Ahlmann", "Schou",
    "Lauridsen", "Dahl", "Nyborg", "Vad", "Özdemir", "Demir", "Kaya", "Aydin", "Hussain", "Rahimi",
    "Haidari", "Jovanović", "Nowak", "Kowalczyk", "Tran", "Pham", "Nguyen", "Sharma", "Abdi",
    "Farah", "Mensah", "Petrović", "Mahmoud", "Celik", "Begić", "Sadiq", "Khan",
)  # fmt: skip
MIDDLE = ("Hald", "Munk", "Kjær", "Brix", "Lund", "Bonde", "Toft", "Lyng", "Bech", "Skov")
FOREIGN = (
    ("Marco", "Bellandi"), ("Lucía", "Ferrer"), ("Tomas", "Jankauskas"), ("Oana", "Stoica"),
    ("Jan", "de Wit"), ("Kateryna", "Melnyk"), ("Siobhan", "Keane"), ("Rui", "Carvalho"),
    ("Marek", "Zieliński"), ("Gintarė", "Petraitė"),
)  # fmt: skip

STREETS = (
    "Humlehaven", "Skræntvej", "Engblommevej", "Bøgeskovvej", "Lindetoften", "Havremarken",
    "Strandlystvej", "Mølledammen", "Tjørnevænget", "Kirsebærhaven", "Fyrrebakken",
    "Kongsgårdsvej", "Hedelyngen", "Sandbjergvej", "Ågade", "Gl. Landevej", "Østre Allé",
    "Nørre Boulevard", "Ved Diget", "Rugmarken", "Tranehøjen", "Snerlevej", "Pilebækken",
    "Svalegangen", "Valmuemarken", "Industrivej Nord", "Håndværkervej", "Lergravsvej",
    "Søndre Havnevej", "Kalkværksvej", "Ellehammersvej", "Brombærstien", "Hvidkløvervej",
    "Teglgårdsparken", "Skibbrogade", "Vestre Ringgade", "Amtmandsstien", "Fasanvænget",
    "Drejervej", "Rosenørns Tværvej",
)  # fmt: skip
TOWNS = (
    "8600 Silkeborg", "4700 Næstved", "6400 Sønderborg", "9800 Hjørring", "7500 Holstebro",
    "5700 Svendborg", "3400 Hillerød", "2630 Taastrup", "8900 Randers C", "6700 Esbjerg",
    "4000 Roskilde", "7100 Vejle", "2300 København S", "8000 Aarhus C", "5000 Odense C",
    "9000 Aalborg", "2800 Kongens Lyngby", "3000 Helsingør", "4200 Slagelse", "6000 Kolding",
    "8700 Horsens", "7400 Herning", "3700 Rønne", "8300 Odder", "6100 Haderslev",
    "9400 Nørresundby", "2650 Hvidovre", "2760 Måløv", "8240 Risskov", "4600 Køge",
)  # fmt: skip
COMPANIES = (
    "Brdr. Kjærsgaard A/S", "Dyrberg & Datter ApS", "Ebbesen & Søn ApS", "Malermester Rask ApS",
    "Fuglsang Transport ApS", "Lindahl Byg A/S", "Vinther Ejendomme A/S", "Krag Rådgivning I/S",
    "Ottosen VVS ApS", "Nordlys Ejendomme A/S", "Klitvig Fiskeeksport ApS", "Hedeland Efterskole",
    "Grundejerforeningen Tjørnevænget", "Boldklubben Vestby IF", "Bøgely Kommune",
    "Fjordby Forsyning A/S", "Andelsboligforeningen Kirsebærhaven", "Tømrerfirmaet Juhl ApS",
    "Søgaard Maskinstation I/S", "Aagaard Revision P/S", "Qvist Elektro ApS",
    "Gregersen & Co. A/S", "Saltvig Tandklinik ApS", "Midtkyst Boligselskab",
)  # fmt: skip
SUPPLIERS = (
    "Mølgaard Emballage A/S", "Nørskov Rengøring ApS", "Schou Logistik A/S", "Bundgaard IT ApS",
    "Kystsalt Fødevarer A/S", "Lergrav Trælast A/S", "Uldall & Søn Stål ApS", "Polarlys Print ApS",
    "Hvid Catering ApS", "Brøndum Byggemarked A/S", "Tangholm Kontorartikler ApS",
    "Skovbo Vikarservice A/S",
)  # fmt: skip
BANKS = (
    ("Lyngbanken", "LYNBDKKK"), ("Egnsbanken Sydøst", "EGSODK22"),
    ("Sparekassen Hedeland", "SPHEDKKK"), ("Fjordkysten Bank", "FJKBDK21"),
    ("Andelskassen Midt", "ANMIDKKK"),
)  # fmt: skip
FOREIGN_BANKS = (
    ("Banca Ulivo", "ULIVITMM", "IT"), ("Banco Alameda", "ALAMESMM", "ES"),
    ("Banque du Rivage", "RIVAFRPP", "FR"), ("Norder Bank plc", "NORDGB2L", "GB"),
    ("Vilniaus Kreditas", "VKRELT2X", "LT"), ("Wisla Bank", "WISLPLPW", "PL"),
    ("Hafen Bank", "HAFEDEFF", "DE"), ("Polder Bank", "POLDNL2A", "NL"),
    ("Tallinna Hoius", "THOIEE2X", "EE"), ("Liffey Bank", "LIFFIE2D", "IE"),
    ("Banca Dunarea", "DUNRROBU", "RO"), ("Mazsola Bank", "MAZSHUHB", "HU"),
    ("Kypros Trust", "KYPRCY2N", "CY"), ("Fjellbanken", "FJELNOKK", "NO"),
    ("Vltava banka", "VLTVCZPP", "CZ"), ("Banco Tejo", "TEJOPTPL", "PT"),
    ("Harbour Bank Malta", "HBKMMTMT", "MT"), ("Daugava Banka", "DAUGLV22", "LV"),
    ("Schelde Bank", "SCHLBEBB", "BE"), ("Kungsholm Bank", "KUNGSESS", "SE"),
    ("Jadran Banka", "JADRHR2X", "HR"), ("Rila Bank", "RILABGSF", "BG"),
)  # fmt: skip
BICS = tuple(b for _n, b in BANKS) + tuple(b for _n, b, _c in FOREIGN_BANKS)
ORG_LINES = (
    "70 20 41 15", "70 13 22 60", "7011 4480", "70 25 90 90", "80 30 11 44", "8020 6060",
    "70 33 18 18", "70 10 52 52", "80 82 14 00", "70 70 31 19",
)  # fmt: skip
TITLES = (
    "administrerende direktør", "direktør", "CFO", "økonomichef", "bogholder", "kreditorbogholder",
    "lønbogholder", "HR-partner", "regnskabsassistent", "controller", "kasserer", "formand",
    "næstformand", "driftsleder", "indkøbschef",
)  # fmt: skip
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
EMOJI = ("🙏", "👍", "😅", "🙂", "✅")
CLAIM_KINDS = ("CEO-svindel", "fakturasvindel", "lønsvindel", "misbrug af betalingskort")
GIFT_CARDS = ("gavekort til Appsbutikken", "Netshop-gavekort", "værdikort fra Spillebutikken")
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"


# ---------------------------------------------------------------- values


TRANSLIT = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ö": "o", "ü": "u", "ć": "c", "ń": "n", "ś": "s",
     "ł": "l", "ė": "e", "í": "i", "ä": "a", "ó": "o"}
)  # fmt: skip


def translit(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().translate(TRANSLIT))


def grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def a_day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def cpr(rng: random.Random, born: date) -> str:
    century = "4" if born.year >= 2000 else rng.choice("0123")
    head = born.strftime("%d%m%y")
    while True:
        number = head + century + digits(rng, 3)
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4)
    if form == 0:
        return f"{number[:6]}-{number[6:]}"
    if form == 1:
        return number
    if form == 2:
        return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"
    return f"{number[:6]} {number[6:]}"


def birth_date(rng: random.Random) -> date:
    return a_day(rng, date(1944, 1, 1), date(2005, 12, 31))


def dob(rng: random.Random, born: date) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    if form == 1:
        return born.strftime("%d.%m.%Y")
    if form == 2:
        return f"{born.day}/{born.month}-{born.year}"
    return born.strftime("%d-%m-%Y")


def phone(rng: random.Random) -> str:
    form = rng.randrange(13)
    if form == 11:
        return "+44 7700 900" + digits(rng, 3)
    if form == 12:
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    n = rng.choice(MOBILE + LANDLINE) + digits(rng, 6)
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    return (
        f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
        f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
        f"+45 {pairs}",
    )[form]  # fmt: skip


def cvr(rng: random.Random) -> str:
    while True:
        n = rng.choice("1234") + digits(rng, 7)
        if sum(int(c) * w for c, w in zip(n, CVR_WEIGHTS, strict=True)) % 11:
            return n


def ean(rng: random.Random) -> str:
    body = "5790" + digits(rng, 8)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return grouped(body + str(-total % 10))


def p_number(rng: random.Random) -> str:
    return f"10 {digits(rng, 4)} {digits(rng, 4)}"


def iban(rng: random.Random, country: str = "DK", bic: str = "", compact: bool = False) -> str:
    length = IBAN_LENGTH[country]
    if country in LETTER_BANK_CODE:
        bban = (bic[:4] or "BANK") + digits(rng, length - 8)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHKLMNPRSTUVWXZ") + digits(rng, length - 5)
    else:
        bban = digits(rng, length - 4)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return value if compact or rng.random() < 0.3 else grouped(value)


def card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + digits(rng, 7)
    for check in "0123456789":
        n = body + check
        total = sum(
            int(c) if i % 2 == 0 else int(c) * 2 - 9 * (int(c) > 4)
            for i, c in enumerate(reversed(n))
        )
        if total % 10 == 0:
            return n if rng.random() < 0.3 else grouped(n)
    raise AssertionError(body)


def expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(2026, 2032)
    return f"{month:02d}/{year}" if rng.random() < 0.3 else f"{month:02d}/{year % 100}"


def otp(rng: random.Random) -> str:
    return digits(rng, 8 if rng.random() < 0.3 else 6)


def plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    n = f"{rng.randrange(10, 100)}{rng.randrange(100, 1000)}"
    return f"{letters}{n}" if rng.random() < 0.25 else f"{letters} {n[:2]} {n[2:]}"


def account(rng: random.Random) -> tuple[str, str]:
    reg = str(rng.randrange(1100, 9900))
    size = rng.choice((10, 10, 10, 8, 7))
    return reg, ("000" + digits(rng, 7))[-10:] if size == 10 else digits(rng, size)


def amount(rng: random.Random, low: int = 8_000, high: int = 900_000) -> str:
    value = rng.randrange(low, high)
    cents = rng.choice(("00", "00", "50", "75", "20"))
    return f"{value:,}".replace(",", ".") + "," + cents


def a_date(rng: random.Random) -> date:
    return a_day(rng, date(2026, 1, 5), date(2026, 11, 27))


def when(rng: random.Random, day: date) -> str:
    form = rng.randrange(3)
    if form == 0:
        return day.strftime("%d.%m.%Y")
    if form == 1:
        return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(7, 19):02d}.{rng.randrange(60):02d}"


def journal(rng: random.Random) -> str:
    kreds, office, serial = rng.randrange(1000, 9999), rng.randrange(10000, 99999), digits(rng, 5)
    return f"{kreds}-{office}-{serial}-26"


def slug(name: str) -> str:
    return translit(re.sub(r"\b(?:A/S|ApS|I/S|P/S|IF|Brdr\.|& Co\.)", "", name))


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    @property
    def reverse(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def initial(self) -> str:
        return f"{self.first[0]}. {self.last}"


def person(rng: random.Random) -> Person:
    first = rng.choice(WOMEN + MEN)
    last = rng.choice(SURNAMES)
    if rng.random() < 0.14:
        other = rng.choice(SURNAMES)
        if other != last:
            last = f"{other}-{last}"
    middle = rng.choice(MIDDLE) if rng.random() < 0.22 else ""
    return Person(first, last, middle)


def genitive(name: str) -> str:
    return name + "s"


def masked_iban(compact: str) -> str:
    return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]


def mail(rng: random.Random, p: Person, domain: str) -> str:
    first, last = translit(p.first), translit(p.last.split("-")[-1])
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{last[:1]}",
            f"{first[:2]}{last[:2]}",
            first,
            f"{first}_{last}",
            f"{first[:1]}{last}",
        )
    )
    return f"{local}@{domain}"


def private_domain(rng: random.Random) -> str:
    return rng.choice(("example.com", "example.dk", "post.example.dk", "example.net"))


def mitid(rng: random.Random, p: Person, born: date) -> str:
    year = str(born.year) if rng.random() < 0.4 else born.strftime("%y")
    base = rng.choice((translit(p.first), translit(p.first) + translit(p.last)[:3]))
    return base + year


# ---------------------------------------------------------------- documents


STAND_INS: dict[str, Callable[[str, random.Random], str]] = {
    "PERSON": lambda v, r: r.choice(("[NAVN]", "[NAVN]", "[navn]")),
    "ADDRESS": lambda v, r: "[ADRESSE]",
    "ORGANISATION_ADDRESS": lambda v, r: "[ADRESSE]",
    "CPR": lambda v, r: r.choice(("[CPR]", re.sub(r"\D", "", v)[:6] + "-xxxx")),
    "DATE_OF_BIRTH": lambda v, r: "[fødselsdato]",
    "PHONE": lambda v, r: r.choice(("[TLF]", "+45 ** ** ** " + re.sub(r"\D", "", v)[-2:])),
    "EMAIL": lambda v, r: r.choice(("[e-mail]", v[0] + "***@" + v.split("@")[1])),
    "BANK_ACCOUNT": lambda v, r: r.choice(("[kontonr.]", "******" + v[-4:])),
    "IBAN": lambda v, r: r.choice(("[IBAN]", masked_iban(v.replace(" ", "")))),
    "CARD": lambda v, r: r.choice(("[kortnr.]", "**** **** **** " + v[-4:])),
    "CARD_EXPIRY": lambda v, r: "xx/xx",
    "CARD_CVV": lambda v, r: "***",
    "OTP": lambda v, r: "[kode]",
    "MITID_USER": lambda v, r: "[bruger-id]",
    "NUMBER_PLATE": lambda v, r: "[reg.nr.]",
}


class Doc:
    """Text built from plain pieces and (value, type) pieces; negatives get stand-ins."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[tuple[str, str | None]] = []

    def __call__(self, *pieces: str | tuple[str, str]) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                self.parts.append((piece, None))
            elif self.negative:
                self.parts.append((STAND_INS[piece[1]](piece[0], self.rng), None))
            else:
                self.parts.append(piece)

    def build(self) -> tuple[str, list[dict]]:
        text, spans, at = [], [], 0
        for value, kind in self.parts:
            if kind and kind != ORGANISATION_ADDRESS:
                spans.append({"start": at, "end": at + len(value), "type": kind})
            text.append(value)
            at += len(value)
        return "".join(text), spans


def P(v: str) -> tuple[str, str]:
    return (v, "PERSON")


def A(v: str) -> tuple[str, str]:
    return (v, "ADDRESS")


# pii78: an organisation's own postal address: masked as an address is in a negative, never
# labelled (not personal data, GDPR art. 4(1)).
ORGANISATION_ADDRESS = "ORGANISATION_ADDRESS"


def firm_address(f: Firm, v: str) -> tuple[str, str]:
    """A firm's own address: an organisation's, unlabelled; a partnership's (I/S: its partners
    are natural persons, like a sole trader) labelled."""
    return A(v) if f.name.endswith("I/S") else (v, ORGANISATION_ADDRESS)


def T(kind: str, v: str) -> tuple[str, str]:
    return (v, kind)


def address(rng: random.Random, block: bool | None = None) -> str:
    street = rng.choice(STREETS)
    number = f"{rng.randrange(1, 180)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
    floor = rng.choice(("", "", "", ", 2. tv.", ", st. th.", ", 1. mf.", ", 3. th.", " 4. tv."))
    town = rng.choice(TOWNS)
    layout = rng.randrange(5) if block is None else (3 if block else 0)
    if layout == 4:
        return f"{street} {number}{floor}"
    return f"{street} {number}{floor}{chr(10) if layout == 3 else ', '}{town}"


@dataclass
class Firm:
    name: str
    domain: str
    cvr: str
    line: str
    bank: tuple[str, str]


def firm(rng: random.Random, names: tuple[str, ...] = COMPANIES) -> Firm:
    name = rng.choice(names)
    tld = rng.choice(("example.dk", "example.dk", "example.com"))
    return Firm(name, f"{slug(name)}.{tld}", cvr(rng), rng.choice(ORG_LINES), rng.choice(BANKS))


def bank_account(rng: random.Random) -> list[str | tuple[str, str]]:
    reg, acct = account(rng)
    form = rng.randrange(5)
    if form == 0:
        return [T("BANK_ACCOUNT", f"{reg}-{acct}")]
    if form == 1:
        return [T("BANK_ACCOUNT", f"{reg} {acct}")]
    if form == 2:
        return [f"reg.nr. {reg} kontonr. ", T("BANK_ACCOUNT", acct)]
    if form == 3:
        return [f"Reg. {reg}, konto ", T("BANK_ACCOUNT", acct)]
    return [f"reg. {reg} konto ", T("BANK_ACCOUNT", acct)]


def invoice_no(rng: random.Random) -> str:
    return rng.choice(
        (
            f"faktura nr. {rng.randrange(10000, 99999)}",
            f"fakturanr. F-2026-{rng.randrange(1000, 9999)}",
            f"PO {rng.choice('4567')}{digits(rng, 7)}",
            f"ordre {rng.randrange(100000, 999999)}",
            f"bilag {rng.randrange(10000, 99999)}",
        )
    )


def signature(d: Doc, p: Person, title: str, f: Firm) -> None:
    rng = d.rng
    d("\n\nMed venlig hilsen\n" if rng.random() < 0.6 else "\n\nMvh\n", P(p.full), "\n")
    d(title[0].upper() + title[1:], "\n", f.name, "\n")
    if rng.random() < 0.5:
        d(firm_address(f, address(rng, block=rng.random() < 0.5)), "\n")
    d(f"Hovednr. {f.line}")
    if rng.random() < 0.8:
        d(" | Direkte: ", T("PHONE", phone(rng)))
    d("\n", T("EMAIL", mail(rng, p, f.domain)))
    if rng.random() < 0.5:
        d(f"\nCVR {f.cvr}")


def ap_thread(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    boss, clerk, chief = person(rng), person(rng), person(rng)
    clerk_mail = mail(rng, clerk, f.domain)
    day = a_date(rng)
    boss_title = rng.choice(("administrerende direktør", "direktør", "CFO", "formand"))
    clerk_title = rng.choice(("bogholder", "kreditorbogholder", "regnskabsassistent", "kasserer"))
    spoof = rng.choice(
        (
            f"{translit(boss.first)}@{slug(f.name)}-dk.example.net",
            f"{translit(boss.first)}.{translit(boss.last)}@direktion.example.org",
            f"ceo.{slug(f.name)}@example.com",
        )
    )
    fb = rng.choice(FOREIGN_BANKS)
    supplier = rng.random() < 0.4
    sup_name = rng.choice(SUPPLIERS)
    contact = person(rng)
    if rng.random() < 0.45:
        d("Fra: ", P(clerk.full), " <", T("EMAIL", clerk_mail), ">\n")
        d("Til: ", P(chief.full), " <", T("EMAIL", mail(rng, chief, f.domain)), ">\n")
        d(f"Emne: VS: {'Ændrede bankoplysninger' if supplier else 'Fortroligt'}\n\n")
        d("Hej ", P(chief.first), "\n\nEr den her ægte? Jeg har ikke betalt endnu.")
        signature(d, clerk, clerk_title, f)
        d("\n\n-----Oprindelig meddelelse-----\n")
    if supplier:
        sender = mail(rng, contact, f"{slug(sup_name)}-dk.example.com")
        d("Fra: ", P(contact.full), " <", T("EMAIL", sender), ">\n")
    else:
        d("Fra: ", P(boss.full), " <", T("EMAIL", spoof), ">\n")
    d(f"Sendt: {WEEKDAYS[day.weekday()]} {when(rng, day)} kl. {clock(rng)}\n")
    d("Til: ", P(clerk.full), " <", T("EMAIL", clerk_mail), ">\n")
    if rng.random() < 0.4:
        d("Cc: ", T("EMAIL", f"faktura@{f.domain}"), "\n")
    subject = rng.choice(
        (
            "Fortroligt – hastebetaling",
            "Ændrede bankoplysninger",
            "SV: Betaling i dag",
            "SV: Opkøb – diskret",
            f"Vedr. {invoice_no(rng)}",
        )
    )
    d(f"Emne: {subject}\n\n")
    if supplier:
        d(rng.choice(("Kære ", "Hej ")), P(clerk.first), "\n\n")
        d(f"Vi skifter bank fra {rng.choice(BANKS)[0]} og beder jer betale til vores nye konto. ")
        d(f"Det gælder også {invoice_no(rng)} på kr. {amount(rng)}.\n")
    else:
        d(rng.choice(("Hej ", "Hej ", "")), P(rng.choice((clerk.first, clerk.first.lower()))))
        d(rng.choice((",\n\n", "\n\n")), "Jeg sidder i møde og kan ikke tale. ")
        d(f"Vi skal i dag overføre EUR {amount(rng, 20_000, 400_000)} til en partner i et ")
        d(f"fortroligt opkøb. Brug {invoice_no(rng)} som tekst.\n")
        if rng.random() < 0.4:
            first, last = rng.choice(FOREIGN)
            d("Modtager: ", P(f"{first} {last}"), "\n")
        else:
            d(f"Modtager: {rng.choice(SUPPLIERS)}\n")
    if rng.random() < 0.55:
        d("IBAN: ", T("IBAN", iban(rng, fb[2], fb[1])), f"\nBIC/SWIFT: {fb[1]} ({fb[0]})\n")
    else:
        d("Konto: ", *bank_account(rng), "\n")
    if supplier:
        d(f"Leverandør: {sup_name}, CVR {cvr(rng)}, moms-nr. DK{cvr(rng)}\n")
        if rng.random() < 0.5:
            d("Spørgsmål kan rettes til mig på ", T("PHONE", phone(rng)), ".\n")
        d("\nVenlig hilsen\n", P(rng.choice((contact.first, contact.full))), "\n")
        d(rng.choice(("Debitorbogholder", "Økonomiansvarlig", "Salgskoordinator")))
        d(f", {sup_name}\nHovednr. {rng.choice(ORG_LINES)}")
    else:
        d("Sig det ikke til nogen – heller ikke ", P(rng.choice((chief.first, chief.full))))
        d(".\n", rng.choice(("\n", "\nSendt fra min iPhone\n\n")), P(boss.first))
    if rng.random() < 0.7:
        qd = day - timedelta(days=rng.randrange(0, 3))
        d(f"\n\n> Den {when(rng, qd)} kl. {clock(rng)} skrev ", P(clerk.full))
        d(" <", T("EMAIL", clerk_mail), ">:\n")
        if supplier:
            d("> Vi har modtaget jeres faktura. Den betales til den kendte konto.\n")
        elif rng.random() < 0.5:
            d("> Er det ", P(genitive(boss.first)), " opkøb, du skriver om?\n")
        else:
            d("> Skal jeg ikke have det godkendt af ", P(rng.choice((boss.initial, boss.full))))
            d(rng.choice((" først?\n", " i banken?\n")))
        d("> Mvh ", P(clerk.first))
    if rng.random() < 0.35:
        d(f"\n\n[Intern note {when(rng, day)}: mailen er ikke sendt af ", P(boss.initial))
        d(f", {boss_title}. Ring altid til {f.line} og bed om direktionen.]")


def supplier_change(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    sup = rng.choice(SUPPLIERS)
    contact, requester, approver = person(rng), person(rng), person(rng)
    day = a_date(rng)
    sup_no = rng.randrange(10000, 99999)
    if rng.random() < 0.55:
        d(f"{f.name} – Ændring af leverandørstamdata\n")
        d(f"Blanket KRED-07 · Leverandørnr. {sup_no}\n\n")
        d(f"Leverandør: {sup}\nCVR-nr.: {cvr(rng)}\nMoms-nr.: DK{cvr(rng)}\n")
        if rng.random() < 0.6:
            d(f"P-nr. {p_number(rng)}\n")
        d(f"EAN: {ean(rng)}\n")
        d("Adresse: ", A(address(rng, block=False)), "\n")
        d(
            "Kontaktperson: ",
            P(rng.choice((contact.full, contact.reverse))),
            f" ({rng.choice(TITLES)})\n",
        )
        d("Telefon: ", T("PHONE", phone(rng)), f" (omstilling {rng.choice(ORG_LINES)})\n")
        d("E-mail: ", T("EMAIL", mail(rng, contact, f"{slug(sup)}.example.dk")), "\n\n")
        d("Nuværende bankkonto: ", *bank_account(rng), "\n")
        if rng.random() < 0.6:
            fb = rng.choice(FOREIGN_BANKS)
            d("Ny bankkonto: IBAN ", T("IBAN", iban(rng, fb[2], fb[1])), f", BIC {fb[1]}\n")
        else:
            d("Ny bankkonto: ", *bank_account(rng), "\n")
        d(f"Gælder fra: {when(rng, day)}\n")
        d(
            "Anmodet af: ",
            P(requester.full),
            " via ",
            T("EMAIL", mail(rng, contact, f"{slug(sup)}-dk.example.net")),
            "\n",
        )
        d(
            "Kontrolopkald: ",
            rng.choice(
                ("ikke foretaget", "foretaget til nummer fra mailen", "foretaget til kendt nummer")
            ),
            "\n",
        )
        d(
            "Godkendt af: ",
            P(rng.choice((approver.reverse, approver.initial, approver.full.upper()))),
            f" den {day.strftime('%d.%m.%Y')}\n",
        )
        d(f"Sag: INC-{rng.randrange(100000, 999999)}")
    else:
        d(f"Eksport fra ERP – revisionslog, kreditor {sup_no} ({sup})\n")
        d(
            f"Udtrukket {day.isoformat()} af ",
            P(approver.full),
            f", {rng.choice(('controller', 'økonomichef', 'revisor'))}\n\n",
        )
        d("Tidspunkt;Bruger;Navn;Felt;Gammel værdi;Ny værdi\n")
        users = {}
        for _ in range(rng.randrange(3, 7)):
            p = rng.choice((requester, approver)) if users else requester
            code = (p.first[:1] + p.last[:3]).upper().translate(str.maketrans("ÆØÅÖ", "EOAO"))
            users[code] = p
            stamp = f"{day.isoformat()} {clock(rng).replace('.', ':')}:{rng.randrange(60):02d}"
            d(f"{stamp};{code};", P(rng.choice((p.reverse, p.full, p.full.upper()))), ";")
            field = rng.choice(
                (
                    "Bankkonto",
                    "IBAN",
                    "Kontaktperson",
                    "E-mail",
                    "Telefon",
                    "Betalingsbetingelse",
                    "Adresse",
                )
            )
            d(f"{field};")
            if field == "Bankkonto":
                reg, acct = account(rng)
                reg2, acct2 = account(rng)
                d(
                    T("BANK_ACCOUNT", f"{reg}-{acct}"),
                    ";",
                    T("BANK_ACCOUNT", f"{reg2}-{acct2}"),
                    "\n",
                )
            elif field == "IBAN":
                fb = rng.choice(FOREIGN_BANKS)
                d("(tom);", T("IBAN", iban(rng, fb[2], fb[1], compact=True)), "\n")
            elif field == "Kontaktperson":
                d(P(contact.full), ";", P(person(rng).full), "\n")
            elif field == "E-mail":
                d(
                    T("EMAIL", mail(rng, contact, f"{slug(sup)}.example.dk")),
                    ";",
                    T("EMAIL", mail(rng, contact, f"{slug(sup)}-dk.example.net")),
                    "\n",
                )
            elif field == "Telefon":
                d(T("PHONE", phone(rng)), ";", T("PHONE", phone(rng)), "\n")
            elif field == "Adresse":
                d(A(address(rng, block=False)), ";", A(address(rng, block=False)), "\n")
            else:
                d("Netto 30;Løbende måned + 8\n")
        d(f"\nLeverandør-CVR {cvr(rng)} · EAN {ean(rng)} · ændringer: {len(users) + 2}\n")
        d(
            "Bemærk: ",
            P(requester.initial),
            f" har ikke rettighed til bankfelter efter {when(rng, day)}.",
        )


def payroll_change(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    emp, hr = person(rng), person(rng)
    born = birth_date(rng)
    day = a_date(rng)
    emp_no = rng.randrange(100, 9999)
    if rng.random() < 0.55:
        d(f"{f.name} · HR/Løn\nAnmodning om ændring af lønkonto\n\n")
        d("Medarbejder: ", P(rng.choice((emp.reverse, emp.full))), f" (medarbejdernr. {emp_no})\n")
        d(rng.choice(("CPR-nr.: ", "CPR: ", "Personnummer: ")), T("CPR", cpr(rng, born)), "\n")
        if rng.random() < 0.5:
            d("Fødselsdato: ", T("DATE_OF_BIRTH", dob(rng, born)), "\n")
        d("Adresse: ", A(address(rng)), "\n")
        d("Privat tlf.: ", T("PHONE", phone(rng)), "\n")
        d(
            "Anmodning modtaget fra: ",
            T("EMAIL", mail(rng, emp, private_domain(rng))),
            f" den {when(rng, day)} kl. {clock(rng)}\n",
        )
        d("Gammel lønkonto: ", *bank_account(rng), "\n")
        if rng.random() < 0.35:
            d(f"Konto i lønsystemet før ændringen (maskeret): ******{digits(rng, 4)}\n")
        d("Ny lønkonto: ", *bank_account(rng), "\n\n")
        d(
            "Behandlet af: ",
            P(hr.full),
            f", {rng.choice(('lønbogholder', 'HR-partner', 'lønansvarlig'))}\n",
        )
        d(
            "Bemærkning: ",
            P(genitive(emp.first)),
            rng.choice(
                (
                    " nærmeste leder bekræftede ikke ændringen. ",
                    " mail kom fra en privat adresse, vi ikke kender. ",
                )
            ),
        )
        if rng.random() < 0.6:
            d(
                "Medarbejderen blev ringet op på ",
                T("PHONE", phone(rng)),
                " og har ikke bedt om ændringen. ",
            )
            d(
                "Hun/han er logget ind i lønportalen med MitID, bruger-ID ",
                T("MITID_USER", mitid(rng, emp, born)),
                ".",
            )
        if rng.random() < 0.3:
            d(
                " Svindleren bad om koden fra SMS'en; koden ",
                T("OTP", otp(rng)),
                " blev ikke udleveret.",
            )
    else:
        d(f"LØNSEDDEL  {MONTHS[day.month - 1]} {day.year}\n{f.name.upper()}  CVR {f.cvr}\n")
        if rng.random() < 0.5:
            d(f"P-nr. {p_number(rng)}\n")
        d(
            "\n",
            P(rng.choice((emp.full.upper(), emp.full))),
            "\n",
            A(address(rng, block=True)),
            "\n\n",
        )
        d("CPR-nr. ", T("CPR", cpr(rng, born)), f"   Medarbejdernr. {emp_no}\n")
        d(f"Lønperiode: 01.{day.month:02d}.{day.year} - 28.{day.month:02d}.{day.year}\n")
        d(f"Bruttoløn {amount(rng, 24_000, 68_000)}\n")
        if rng.random() < 0.7:
            d("Fri bil (", T("NUMBER_PLATE", plate(rng)), f") {amount(rng, 3_000, 9_000)}\n")
        d(f"AM-bidrag -{amount(rng, 1_900, 5_400)}\nA-skat -{amount(rng, 6_000, 21_000)}\n")
        d(f"Udbetalt {day.strftime('%d.%m.%Y')} til konto ", *bank_account(rng), "\n\n")
        d("Note fra lønafdelingen (", P(hr.initial), "): kontoen blev ændret ", when(rng, day))
        d(" efter en mail fra ", T("EMAIL", mail(rng, emp, private_domain(rng))), ". ")
        d(
            P(emp.first),
            rng.choice(
                (
                    " har oplyst, at hun/han ikke har sendt mailen.",
                    " opdagede det selv på lønsedlen.",
                )
            ),
        )
        if rng.random() < 0.6:
            d(
                " Medarbejderen er ",
                rng.choice(("født ", "f. ")),
                T("DATE_OF_BIRTH", dob(rng, born)),
                " og kan kontaktes på ",
                T("PHONE", phone(rng)),
                ".",
            )
        if rng.random() < 0.25:
            d(" Firmabil ", T("NUMBER_PLATE", plate(rng)), " er ikke berørt.")
        if rng.random() < 0.25:
            d(" MitID-bruger ", T("MITID_USER", mitid(rng, emp, born)), " er spærret midlertidigt.")


def ceo_chat(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    boss, clerk = person(rng), person(rng)
    day = a_date(rng)
    teams = rng.random() < 0.5
    h, m = rng.randrange(7, 17), rng.randrange(50)

    def line(who: Person | None, *pieces: str | tuple[str, str]) -> None:
        nonlocal m
        m += rng.randrange(1, 4)
        name = who.full if who else "Ukendt"
        if teams:
            d(f"[{h + m // 60:02d}:{m % 60:02d}] ", P(name) if who else name, ": ", *pieces, "\n")
        else:
            d(P(name) if who else name, f"  {h + m // 60}.{m % 60:02d}\n", *pieces, "\n\n")

    d(f"{'Microsoft Teams' if teams else 'Slack'} – chat eksporteret {day.strftime('%d.%m.%Y')}\n")
    d(f"Kanal: {rng.choice(('økonomi', 'bogholderi', 'direkte besked'))} · {f.name}\n\n")
    cf, bf = clerk.first.lower(), boss.first.lower()
    line(
        boss,
        "hej ",
        P(cf),
        rng.choice((" er du ved din pc?", ", har du et øjeblik", " sidder du med banken i dag?")),
    )
    line(clerk, rng.choice(("ja hvad så ", "hej ", "jep ")), P(bf), " ", rng.choice(EMOJI))
    kind = rng.choice((0, 0, 1, 1, 2))
    if kind == 0:
        line(
            boss,
            f"jeg skal bruge 6 x {rng.choice(GIFT_CARDS)} á 2.000 kr., kan du købe dem på kortet",
        )
        line(
            clerk,
            "ok det plejer ",
            P(rng.choice((person(rng).first, boss.initial))),
            " at tage sig af, men fint",
        )
        line(boss, "send mig lige kortnummer, udløb og cvc så gør jeg det selv")
        line(
            clerk,
            T("CARD", card(rng)),
            " udløb ",
            T("CARD_EXPIRY", expiry(rng)),
            " ",
            rng.choice(("CVC ", "cvc ", "CVV ")),
            T("CARD_CVV", digits(rng, 3)),
        )
        if rng.random() < 0.6:
            line(boss, "der kommer en kode fra banken, skriv den her")
            line(clerk, T("OTP", otp(rng)))
    elif kind == 1:
        line(
            boss, f"vi skal have sendt EUR {amount(rng, 15_000, 250_000)} i dag, jeg sender kontoen"
        )
        fb = rng.choice(FOREIGN_BANKS)
        line(boss, T("IBAN", iban(rng, fb[2], fb[1])), f" {fb[1]}")
        line(
            clerk, "skal ", P(rng.choice((person(rng).full, boss.full))), " ikke godkende i banken?"
        )
        line(boss, "nej jeg godkender selv. hvad er koden du fik på sms")
        line(clerk, "den er ", T("OTP", otp(rng)), " ", rng.choice(EMOJI))
    else:
        line(boss, "min mobil er død, ring på ", T("PHONE", phone(rng)), " hvis der er noget")
        if rng.random() < 0.5:
            line(clerk, f"banken siger koden går til +45 ** ** ** {digits(rng, 2)}, er det dig?")
        line(clerk, "ok ", P(bf), " ", rng.choice(EMOJI))
        line(boss, "kan du skifte min lønkonto til ", *bank_account(rng), " fra næste løn")
        if rng.random() < 0.5:
            line(
                clerk,
                "det skal gå gennem ",
                P(person(rng).first),
                " i løn, jeg skriver til ",
                T("EMAIL", f"loen@{f.domain}"),
            )
    if rng.random() < 0.65:
        other = person(rng)
        d("@")
        d(
            P(other.full),
            " ",
            rng.choice(("kan du kigge på ovenstående?", "er det her normalt?", "se lige her")),
        )
        d(" ", rng.choice(EMOJI), "\n")
        if rng.random() < 0.5:
            d(
                "@",
                P(clerk.full),
                " det er ikke ",
                P(genitive(boss.first)),
                " konto. Ring til ham/hende på ",
                T("PHONE", phone(rng)),
                "\n",
            )
    if rng.random() < 0.35:
        d("[", P(boss.full), " er en ekstern bruger og ikke en del af ", f.name, "]\n")
    if rng.random() < 0.25:
        d(
            "ps. spørg ",
            P(cf),
            " om MitID-brugeren ",
            T("MITID_USER", mitid(rng, clerk, birth_date(rng))),
            " er spærret\n",
        )
    d(f"Sag: INC-{rng.randrange(100000, 999999)} · kl. {clock(rng)}")


def police_report(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    rep, boss = person(rng), person(rng)
    born = birth_date(rng)
    day = a_date(rng)
    d(f"Politianmeldelse – bedrageri mod virksomhed\nJournalnr. {journal(rng)}\n")
    d(f"Modtaget {when(rng, day)} kl. {clock(rng)} via {rng.choice(('politi.dk', '114'))}\n\n")
    d(f"Forurettet: {f.name}, CVR {f.cvr}\n")
    d("Forretningsadresse: ", firm_address(f, address(rng)), "\n")
    d(f"Hovednummer: {f.line}\n\n")
    d("Anmelder: ", P(rng.choice((rep.full, rep.reverse))), f", {rng.choice(TITLES)}\n")
    if rng.random() < 0.7:
        d("CPR-nr.: ", T("CPR", cpr(rng, born)), "\n")
    if rng.random() < 0.6:
        d("Fødselsdato: ", T("DATE_OF_BIRTH", dob(rng, born)), "\n")
    d("Tlf.: ", T("PHONE", phone(rng)), "   E-mail: ", T("EMAIL", mail(rng, rep, f.domain)), "\n\n")
    d(
        f"Forløb: Den {when(rng, day)} modtog ",
        P(rep.first),
        " en mail, der så ud til at komme fra ",
        P(boss.full),
    )
    d(
        f" ({rng.choice(('direktør', 'CFO', 'formand'))}), afsendt fra ",
        T("EMAIL", f"{translit(boss.first)}@{slug(f.name)}-dk.example.net"),
        ". ",
    )
    fb = rng.choice(FOREIGN_BANKS)
    d(
        f"Der blev overført EUR {amount(rng)} til ",
        T("IBAN", iban(rng, fb[2], fb[1])),
        f" i {fb[0]} ({fb[1]}).",
    )
    if rng.random() < 0.5:
        d(
            " Samme dag blev firmakortet ",
            T("CARD", card(rng)),
            " udløb ",
            T("CARD_EXPIRY", expiry(rng)),
        )
        d(
            rng.choice((", kontrolcifre ", ", CVC ")),
            T("CARD_CVV", digits(rng, 3)),
            " brugt til gavekort.",
        )
    if rng.random() < 0.4:
        d(
            " Gerningspersonen ringede fra ",
            T("PHONE", phone(rng)),
            " og fik oplyst engangskoden ",
            T("OTP", otp(rng)),
            ".",
        )
    if rng.random() < 0.4:
        d(
            " Anmelderens MitID Erhverv-bruger ",
            T("MITID_USER", mitid(rng, rep, born)),
            " blev brugt til at godkende betalingen.",
        )
    if rng.random() < 0.6:
        d(
            "\n\nEn kurer hentede de bestilte varer i en bil med nummerplade ",
            T("NUMBER_PLATE", plate(rng)),
            f" foran {rng.choice(STREETS)}.",
        )
    if rng.random() < 0.4:
        who = person(rng)
        d(
            "\nVidne: ",
            P(who.full),
            ", ",
            rng.choice(("født ", "f. ")),
            T("DATE_OF_BIRTH", dob(rng, birth_date(rng))),
            ", ",
            A(address(rng)),
        )
    d(f"\n\nAnmeldt beløb: kr. {amount(rng)}. Bankens ref.: RCL-2026-{digits(rng, 4)}.\n")
    d("Optaget af: politiassistent ", P(person(rng).initial))


def bank_recall(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    bank, bic = f.bank
    contact = person(rng)
    day = a_date(rng)
    d(f"{bank} – Anmodning om tilbagekaldelse af udlandsbetaling (recall)\n")
    d(f"Vores ref.: RCL-2026-{rng.randrange(1000, 9999)}   Afsender-BIC: {bic}\n\n")
    d(f"Ordregiver: {f.name.upper()}, CVR {f.cvr}\n")
    d("Debiteret konto: ", *bank_account(rng), "\n")
    if rng.random() < 0.35:
        d(f"Kundens firmakort **** **** **** {digits(rng, 4)} er spærret som en forholdsregel.\n")
    d(
        "Kontaktperson hos kunden: ",
        P(rng.choice((contact.reverse, contact.full))),
        ", tlf. ",
        T("PHONE", phone(rng)),
        "\n",
    )
    if rng.random() < 0.5:
        d("E-mail: ", T("EMAIL", mail(rng, contact, f.domain)), "\n")
    d("Årsagskode: FRAU (svigagtig oprindelse)\n\n")
    d("Betalinger der ønskes tilbagekaldt:\n")
    d("Valørdato | Beløb | Modtager | Modtagers konto | BIC\n")
    for _ in range(rng.randrange(1, 5)):
        fb = rng.choice(FOREIGN_BANKS)
        vd = day - timedelta(days=rng.randrange(0, 4))
        cur = rng.choice(("EUR", "EUR", "GBP", "SEK", "PLN"))
        d(f"{vd.strftime('%d.%m.%Y')} | {cur} {amount(rng)} | ")
        if rng.random() < 0.6:
            first, last = (
                rng.choice(FOREIGN) if rng.random() < 0.4 else (person(rng).first, person(rng).last)
            )
            d(P(rng.choice((f"{last} {first}", f"{first} {last}")).upper()))
        else:
            d(rng.choice(SUPPLIERS).upper())
        d(" | ", T("IBAN", iban(rng, fb[2], fb[1])), f" | {fb[1]}\n")
    d(f"\nKorrespondentbank: {rng.choice(FOREIGN_BANKS)[0]}\n")
    d("Kunden oplyser, at betalingen blev godkendt efter en mail fra en falsk direktør (")
    d(P(person(rng).full), "). ")
    if rng.random() < 0.4:
        d("Kundens egen konto til tilbageførsel: ", T("IBAN", iban(rng, "DK")), ". ")
    d(
        f"Spærretelefon for erhverv: {rng.choice(ORG_LINES)}.\n\nSagsbehandler: ",
        P(person(rng).initial),
        f", {bank}",
    )


def cyber_claim(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    contact, owner = person(rng), person(rng)
    born = birth_date(rng)
    day = a_date(rng)
    d("Skadesanmeldelse – Cyber- og kriminalitetsforsikring\n")
    d(
        f"Policenr. {rng.randrange(10, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
        f" · Skadenr. {rng.randrange(100000, 999999)}\n\n"
    )
    d(f"Forsikringstager: {f.name}\nCVR: {f.cvr}\n")
    if rng.random() < 0.5:
        d(f"EAN: {ean(rng)}\n")
    d("Adresse: ", A(address(rng)), "\n")
    d("Kontaktperson: ", P(contact.full), f", {rng.choice(TITLES)}\n")
    d(
        "Telefon: ",
        T("PHONE", phone(rng)),
        "\nE-mail: ",
        T("EMAIL", mail(rng, contact, f.domain)),
        "\n",
    )
    if rng.random() < 0.35:
        d(
            "Ved enkeltmandsvirksomhed – indehaver: ",
            P(owner.full),
            ", CPR ",
            T("CPR", cpr(rng, born)),
        )
        if rng.random() < 0.5:
            d(", født ", T("DATE_OF_BIRTH", dob(rng, born)))
        d("\n")
    d(f"\nSkadedato: {when(rng, day)}\nSkadetype: {rng.choice(CLAIM_KINDS)}\n")
    d(f"Tab: kr. {amount(rng)}\n\n")
    d(
        "Hændelsesforløb: ",
        P(genitive(contact.first)),
        " mailkonto blev overtaget, og svindleren sendte en falsk faktura fra ",
    )
    d(T("EMAIL", mail(rng, contact, f"{slug(f.name)}.example.org")), ". ")
    if rng.random() < 0.7:
        d("Firmakort misbrugt: ", T("CARD", card(rng)), ", udløb ", T("CARD_EXPIRY", expiry(rng)))
        if rng.random() < 0.85:
            d(rng.choice((", CVC ", ", CVV ", ", kontrolcifre ")), T("CARD_CVV", digits(rng, 3)))
        d(". ")
    if rng.random() < 0.6:
        d("Kompromitteret MitID Erhverv-bruger: ", T("MITID_USER", mitid(rng, contact, born)), ". ")
    if rng.random() < 0.4:
        d("Medarbejderen oplyste engangskoden ", T("OTP", otp(rng)), " i telefonen. ")
    if rng.random() < 0.2:
        d("Firmabilen ", T("NUMBER_PLATE", plate(rng)), " blev brugt til at hente varerne. ")
    d(f"\n\nPolitianmeldt: ja, journalnr. {journal(rng)}\n")
    d(
        "Erstatning udbetales til: ",
        *(bank_account(rng) if rng.random() < 0.6 else [T("IBAN", iban(rng, "DK"))]),
        "\n",
    )
    d("Sagsbehandler: ", P(person(rng).full), f", skadeafdelingen · {rng.choice(ORG_LINES)}")


def board_minutes(d: Doc) -> None:
    rng = d.rng
    f = firm(rng)
    chair, vice, ceo, clerk, member = (person(rng) for _ in range(5))
    day = a_date(rng)
    d(f"{f.name}\nReferat af ekstraordinært bestyrelsesmøde {when(rng, day)} kl. {clock(rng)}\n\n")
    d(
        "Til stede: ",
        P(chair.full),
        " (formand), ",
        P(rng.choice((vice.full, vice.initial))),
        " (næstformand), ",
    )
    d(P(member.full), ", ", P(ceo.full), " (direktør)\n")
    d(
        "Afbud: ",
        P(person(rng).full),
        "\nReferent: ",
        P(rng.choice((clerk.initial, clerk.full))),
        "\n\n",
    )
    d(
        "1. Hændelsen\n",
        P(clerk.initial if rng.random() < 0.5 else clerk.full),
        f", {rng.choice(('bogholder', 'kasserer'))}, fik en mail, der syntes at komme fra ",
    )
    d(
        P(genitive(ceo.full)),
        " adresse ",
        T("EMAIL", mail(rng, ceo, f.domain)),
        f". Der blev betalt kr. {amount(rng)} ",
    )
    fb = rng.choice(FOREIGN_BANKS)
    d("til ", T("IBAN", iban(rng, fb[2], fb[1])), f" ({fb[1]}). ")
    if rng.random() < 0.5:
        emp = person(rng)
        d("Desuden blev ", P(genitive(emp.first)), " lønkonto ændret til ", *bank_account(rng))
        if rng.random() < 0.5:
            d(" (medarbejder ", P(emp.full), ", CPR ", T("CPR", cpr(rng, birth_date(rng))), ")")
        d(". ")
    if rng.random() < 0.3:
        d("Svindleren fik engangskoden ", T("OTP", otp(rng)), " oplyst. ")
    if rng.random() < 0.15:
        d("Firmakortet ", T("CARD", card(rng)), " er spærret. ")
    d(f"\n\n2. Politianmeldelse og bank\nSagen er anmeldt ({journal(rng)}). ")
    d(
        f"{f.bank[0]} har sendt recall. Kontakt hos banken: ",
        P(person(rng).full),
        ", ",
        T("PHONE", phone(rng)),
        ".\n\n",
    )
    d(
        "3. Tiltag\nFremover kræves to godkendere ved nye kontonumre. ",
        P(chair.first),
        " og ",
        P(ceo.first),
        " følger op. ",
    )
    if rng.random() < 0.4:
        d(
            "Direktørens bil ",
            T("NUMBER_PLATE", plate(rng)),
            " var ikke involveret, som først antaget. ",
        )
    if rng.random() < 0.3:
        d(
            "Ekstern rådgiver: ",
            P(person(rng).full),
            ", ",
            T("PHONE", phone(rng)),
            ", ",
            T("EMAIL", mail(rng, person(rng), private_domain(rng))),
            ". ",
        )
    d("\n\nSkrevet af ", P(clerk.initial), f" · CVR {f.cvr} · {f.line}")


BUILDERS: dict[str, Callable[[Doc], None]] = {
    "ap_thread": ap_thread,
    "supplier_change": supplier_change,
    "payroll_change": payroll_change,
    "ceo_chat": ceo_chat,
    "police_report": police_report,
    "bank_recall": bank_recall,
    "cyber_claim": cyber_claim,
    "board_minutes": board_minutes,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            doc = Doc(rng, kind == "negative")
            BUILDERS[genre](doc)
            text, spans = doc.build()
            if text not in seen and (kind == "negative" or spans):
                break
        seen.add(text)
        docs.append(
            {"id": f"b21-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind21.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
