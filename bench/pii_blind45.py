"""A forty-sixth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists, their tests or the earlier
generators' bodies, as a held-out test set with its own names, streets and towns. Its theme is
AGRICULTURE, FISHING AND RURAL LIFE HIT BY FRAUD as farmers' banks, advisers, accountants, the
police and their families write about it, in eight genres: the agricultural agency's case notes
on a hijacked EU-subsidy payout (NemKonto changed after a fake "Landbrugsstyrelsen" mail, the
MitID user ID and a code given on the phone), a machine dealer's mail thread (Fra:/Til:/Cc:/
Emne:) about a fake invoice with a foreign IBAN, a harbour office's duty log (a skipper's stolen
fuel card, a fish buyer's trailer), a veterinary practice's call notes (a fake medicine webshop
paid by card, an SMS code read out), a livestock and horse trade chat ("[09:14] name:" lines, a
deposit paid to a fake seller), a police report of a fraud against a farmer (statement, witness,
the suspects' car), a farming family's SMS thread ("Mette · 18:41" headers) and a co-operative
dairy's or slaughterhouse's member export (semicolon-separated rows of members who reported a
fake "efterbetaling" mail). The names are those of rural Danes of all ages, three-part and
double surnames ("Bach-Hedegaard"), farm workers from Ukraine, Romania, Poland, Lithuania and
the Philippines, staff and scammers' aliases.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("gårdejer", "skipper", "dyrlæge",
  "anmelder"); "Hedegaard, Jens" is one span; a genitive s belongs to it ("Karens"); first names
  alone in greetings and signatures ("Hej Jens", "Mvh Karen") and lower-case names typed in a
  chat ("jytte") are PERSON, as are upper-case names in reports and exports. A scammer's alias
  ("Lars fra Landbrugsstyrelsen") is PERSON, the organisation is not. A farm's name that is also
  a surname ("gården Østergaard", "Østergaard I/S") is never PERSON, nor is a vessel's name
  ("Karen Margrethe"), an organisation, product, placeholder or family word ("far", "Mor").
- ADDRESS runs from the street name through number, letter, floor and side ("7B", "1. tv."),
  an optional village (", Agger") and ", postcode town" on the same line or on the next line of
  an address block (line break included). In an export with its own postcode and town columns
  only the street and number are the span. A street named without a number is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for the years 2000 to 2005) and a serial chosen so the number FAILS modulus
  11; written "DDMMYY-SSSS", "DDMMYYSSSS", "DDMMYY SSSS" or "DD MM YY SSSS". A DATE_OF_BIRTH
  (full date with a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is
  labelled only straight after "født", "f." or "Fødselsdato:"; no other date is labelled.
- PHONE covers Danish numbers from the mobile and landline ranges (MOBILE, LANDLINE; never 70
  or 80) written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "20 30 40 50", "20304050", "0045 20304050", "+4520304050", "20.30.40.50" or
  "(+45) 20 30 40 50", with the country code inside the span, and foreign numbers only from
  fiction ranges ("+44 7700 900xxx", "+46 70 174 06 xx", xx 05-99). Organisations' 70/80 lines
  and short numbers (112, 114) are never PHONE.
- EMAIL: every e-mail address (example.* domains, staff's and scammers' too), each occurrence.
- BANK_ACCOUNT: reg.nr. and account written together ("9570-0012345678", "9570 0012345678")
  are one span; where the reg.nr. has its own word or column ("reg.nr. 9570 kontonr.
  0012345678", "reg 9570 konto 1234567") only the account is the span. IBAN: valid check digits
  and the country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a
  published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits after "CVV", "CVC", "cvc" or "kontrolcifre". OTP: a one-time code
  sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("AV 41 207", "AV41207"). No passport or licence numbers occur.
- Hard negatives, never labelled: CHR herd numbers ("CHR-nr. 48213"), CVR, VAT and P numbers
  ("CVR-nr. 31245578", "DK31245578", "P-nr. 1012 345 678"), field blocks ("markblok
  578123-63"), vessel marks with their names and call signs ('HG 331 "Nordstjernen"',
  "kaldesignal OXRK"), ear tags and chip numbers ("DK 048213 00731", "chip 208 098 100 123
  456"), machine serials, invoice, case and journal numbers, hectares, tonnes, litres, amounts,
  dates and clock times ("04.03.26", "kl. 07.52", "[09:14]", "2026-03-04 05:40"), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "k***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' lines, companies, banks, products, farm and vessel
  names. Documents of kind "negative" are the same genres after pseudonymisation: only such
  values, stand-ins ("[NAVN]", "[TLF]") and pseudonyms ("Landmand A", "Medlem 2") remain. No run
  of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}; each
document's random generator is seeded by a string of the set's seed and the document's index.
``python -m bench.pii_blind45 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 45

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
GENRES = (
    "subsidy_case_notes",
    "machine_dealer_mail",
    "harbour_office_log",
    "vet_call_notes",
    "livestock_trade_chat",
    "police_report",
    "family_sms",
    "coop_member_export",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "PL": 28, "RO": 24, "LT": 20, "NL": 18, "GB": 22}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "43", "44", "45", "46", "48", "54", "56", "57", "58")
LANDLINE += ("62", "64", "65", "66", "74", "75", "76", "86", "87", "89", "96", "97", "98", "99")
ORG_LINES = ("70 15 22 40", "80 20 11 90", "70 33 44 12", "80 88 45 45", "70152240", "112")
ORG_LINES += ("114",)

WOMEN = ("Karen", "Inger", "Kirsten", "Hanne", "Mette", "Birthe", "Lene", "Tove", "Gitte")
WOMEN += ("Anne", "Sofie", "Ida", "Laura", "Signe", "Marianne", "Jytte", "Ellen", "Dorthe")
WOMEN += ("Bodil", "Rikke", "Trine", "Emma", "Freja", "Louise", "Grethe", "Astrid", "Vibeke")
MEN = ("Jens", "Niels", "Poul", "Søren", "Henrik", "Anders", "Hans", "Bent", "Kaj", "Erik")
MEN += ("Torben", "Jesper", "Morten", "Mads", "Rasmus", "Kristian", "Peder", "Ole", "Lars")
MEN += ("Martin", "Bjarne", "Frede", "Laurids", "Villads", "Holger", "Carsten", "Svend")
# farm workers by origin: men's first names, women's, men's surnames, women's surnames
UA = ("Kovalenko", "Shevchenko", "Melnyk", "Bondarenko", "Tkachenko")
RO, PL, PH = ("Popescu", "Dumitru", "Ionescu"), ("Nowak", "Wójcik", "Mazur"), ("Santos", "Reyes")
WORKERS = (
    (("Oleksandr", "Andrii", "Dmytro", "Vasyl"), ("Nataliia", "Oksana", "Iryna"), UA, UA),
    (("Ionut", "Florin", "Andrei"), ("Mihaela", "Ioana"), RO, RO),
    (("Tomasz", "Piotr"), ("Katarzyna", "Agnieszka"), PL, PL),
    (("Mindaugas", "Darius"), ("Rasa", "Lina"), ("Kazlauskas",), ("Kazlauskienė", "Petrauskaitė")),
    (("Jomar", "Rodel"), ("Maricel", "Lorna"), (*PH, "Dela Cruz"), (*PH, "Dela Cruz")),
)
WORKERS_MEN = tuple(n for row in WORKERS for n in row[0])
WORKERS_WOMEN = tuple(n for row in WORKERS for n in row[1])
MIDDLE = {"f": ("Marie", "Margrethe", "Kirstine", "Louise"), "m": ("Peder", "Kristian", "Aage")}
MIDDLE_ANY = ("Juul", "Søgaard", "Bach")
SURNAMES = ("Østergaard", "Vestergaard", "Nørgaard", "Søndergaard", "Hedegaard", "Bækgaard")
SURNAMES += ("Damgaard", "Kirkegaard", "Skovgaard", "Lundgaard", "Kjærgaard", "Mikkelsen")
SURNAMES += ("Kristensen", "Thomsen", "Pedersen", "Jakobsen", "Bundgaard", "Thygesen")
SURNAMES += ("Overgaard", "Krogh", "Lauridsen", "Vinther", "Brix", "Tang", "Bach", "Holm")
SURNAMES += ("Ravn", "Munk", "Dahl", "Friis", "Bisgaard", "Iversen", "Gade", "Brøndum")
FARMS = ("Østergaard", "Vestergaard", "Nørgaard", "Søndergaard", "Hedegaard", "Bakkegården")
FARMS += ("Mosegården", "Kildegaard", "Lindholm", "Tanggaard", "Bækgaard")
VESSELS = ("Nordstjernen", "Havørnen", "Karen Margrethe", "Anne Marie", "Dorthe Kirstine")
VESSELS += ("Lykkens Prøve", "Vestkysten", "Sofie Helene")
HARBOURS = ("Hvide Sande", "Thyborøn", "Hirtshals", "Hanstholm", "Skagen", "Strandby")
MARKS = ("HG", "L", "RI", "HM", "S", "FN", "E", "T")
STREETS = ("Hedegårdsvej", "Kløvermarken", "Tangvej", "Fjordbakken", "Mosevej", "Digevej")
STREETS += ("Bækkegårdsvej", "Lyngholmvej", "Kirkestien", "Sønderlandsvej", "Ravnsbjergvej")
STREETS += ("Klitvej", "Stensbjergvej", "Risagervej", "Engdraget", "Vesterhedevej")
STREETS += ("Gl. Landevej", "Sdr. Fjordvej", "Havnepladsen", "Mejerivej", "Bygholmvej")
VILLAGES = ("Agger", "Vestervig", "Sdr. Bork", "Lem", "Hjerm", "Grønbæk", "Stadil", "Hover")
TOWNS = ("7760 Hurup Thy", "7700 Thisted", "6990 Ulfborg", "7900 Nykøbing M", "9460 Brovst")
TOWNS += ("6880 Tarm", "8830 Tjele", "7323 Give", "6270 Tønder", "4900 Nakskov", "3740 Svaneke")
TOWNS += ("9850 Hirtshals", "6960 Hvide Sande", "7680 Thyborøn", "5960 Marstal", "4780 Stege")
TOWNS += ("8870 Langå", "9620 Aalestrup", "6630 Rødding", "7830 Vinderup", "9690 Fjerritslev")
COMPANIES = ("Landbrugsstyrelsen", "Fiskeristyrelsen", "Vestjysk Planteavl", "LandboRåd Nord")
COMPANIES += ("Thy Maskinhandel A/S", "Limfjordens Traktorcenter", "Fjordland Andelsmejeri")
COMPANIES += ("Vestkyst Andelsslagteri", "Dyrlægerne Klitten", "Midt- og Vestjyllands Politi")
COMPANIES += ("Agro Finans Revision", "Havnekontoret")
BANKS = ("Hedebanken", "Vestlandets Sparekasse", "Fjordbanken", "Andelskassen Nord")
PRODUCTS = ("MitID", "NemKonto", "Fællesskemaet", "Tast selv", "MobilePay", "Dankort", "e-Boks")
PRODUCTS += ("Internet Markkort", "CHR-registret")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september")
MONTHS += ("oktober", "november", "december")
MACHINES = ("Fendt 724 Vario", "John Deere 6R 185", "Claas Lexion 760", "Amazone UX 5201")
MACHINES += ("Kverneland 2500", "Valtra T235", "New Holland T7.270", "Vredo DZ 427")

DOMAINS = ("example.dk", "post.example.dk", "example.com", "example.net", "mail.example.org")
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ó": "o", "ń": "n", "ė": "e"})


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --- identifiers -------------------------------------------------------------------------


def birth_date(rng: random.Random, first: int = 1938, last: int = 2005) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def cpr(rng: random.Random, born: date) -> str:
    """A synthetic CPR number for the birth date that fails modulus 11, in one of four forms."""
    head = born.strftime("%d%m%y")
    while True:
        century = "4" if born.year >= 2000 else rng.choice("0123")
        number = head + century + _digits(rng, 3)
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            break
    return rng.choice(
        (
            f"{number[:6]}-{number[6:]}",
            number,
            f"{number[:6]} {number[6:]}",
            f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
        )
    )


def birth_written(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice(
        (f"{d}. {MONTHS[m - 1]} {y}", f"{d:02}.{m:02}.{y}", f"{d}/{m}-{y}", f"{d:02}-{m:02}-{y}")
    )


def phone(rng: random.Random) -> str:
    if rng.random() < 0.06:
        if rng.random() < 0.5:
            return f"+44 7700 900{rng.randrange(1000):03}"
        return f"+46 70 174 06 {rng.randrange(5, 100):02}"
    n = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE) + _digits(rng, 6)
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    return rng.choice(
        (
            f"+45 {n}",
            f"+45 {pairs}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            pairs,
            n,
            f"0045 {n}",
            f"+45{n}",
            pairs.replace(" ", "."),
            f"(+45) {pairs}",
        )
    )


def email(rng: random.Random, first: str, last: str, year: int | None = None) -> str:
    f, la = first.lower().translate(ASCII), last.lower().translate(ASCII)
    la = re.sub(r"[^a-z]", "", la)
    local = rng.choice(
        (f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}{la[:3]}", f"{f}_{la}", f"{f[0]}.{la}")
    )
    if year and rng.random() < 0.3:
        local += f"{year % 100:02}"
    return f"{local}@{rng.choice(DOMAINS)}"


def org_mail(rng: random.Random, box: str, org: str) -> str:
    org = re.sub(r"[^a-z]", "", org.lower().translate(ASCII))[:14]
    return f"{box}@{org}.example.{rng.choice(('dk', 'com'))}"


def account(rng: random.Random) -> tuple[str, str]:
    """A reg.nr. and a ten-digit account number (zero-padded as banks print it)."""
    reg = rng.choice("1345679") + _digits(rng, 3)
    lead = rng.choice(("00", "0", ""))
    return reg, lead + rng.choice("123456789") + _digits(rng, 9 - len(lead))


def iban(rng: random.Random, country: str) -> str:
    body = {
        "DK": lambda: _digits(rng, 14),
        "DE": lambda: _digits(rng, 18),
        "PL": lambda: _digits(rng, 24),
        "RO": lambda: "XAGR" + _digits(rng, 16),
        "LT": lambda: _digits(rng, 16),
        "NL": lambda: "XAGR" + _digits(rng, 10),
        "GB": lambda: "XAGR" + _digits(rng, 14),
    }[country]()
    numeric = "".join(str(int(c, 36)) for c in body + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02}{body}"
    return compact if rng.random() < 0.4 else grouped(compact)


def card(rng: random.Random) -> str:
    stem = rng.choice(TEST_PREFIXES) + _digits(rng, 9)
    total = 0
    for i, c in enumerate(reversed(stem)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    number = stem + str(-total % 10)
    return grouped(number) if rng.random() < 0.65 else number


def expiry(rng: random.Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    return f"{m:02}/{y}" if rng.random() < 0.7 else f"{m:02}/20{y}"


def cvv(rng: random.Random) -> str:
    while (value := _digits(rng, 3)) in ("112", "114"):
        pass
    return value


def otp(rng: random.Random) -> str:
    return rng.choice("123456789") + _digits(rng, 5 if rng.random() < 0.75 else 7)


def plate(rng: random.Random) -> str:
    letters = rng.choice("ABCEHJKLMNPRSTUVXYZ") + rng.choice("ABCEHJLMNPRSTUVXYZ")
    n = f"{rng.randint(10, 99)}{rng.choice([k for k in range(100, 1000) if k not in (112, 114)])}"
    return f"{letters} {n[:2]} {n[2:]}" if rng.random() < 0.7 else letters + n


def mitid(rng: random.Random, first: str, last: str, year: int) -> str:
    f, la = first.lower().translate(ASCII), re.sub(r"[^a-z]", "", last.lower().translate(ASCII))
    stem = rng.choice((f + la[:4], la, f[0] + la, f + "bonde", la + f[0], "gaard" + f))
    return stem + rng.choice(("", f"{year % 100:02}", str(year)))


def address(rng: random.Random, block: bool = False, town: bool = True) -> str:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 99)}{rng.choice(('', '', '', 'A', 'B'))}"
    if rng.random() < 0.15:
        street += f", {rng.choice(('st.', '1.', '2.'))} {rng.choice(('tv.', 'th.', 'mf.'))}"
    elif rng.random() < 0.2:
        street += f", {rng.choice(VILLAGES)}"
    if not town:
        return street
    return street + ("\n" if block else ", ") + rng.choice(TOWNS)


def amount(rng: random.Random, low: int = 800, high: int = 950_000) -> str:
    n = rng.randint(low, high)
    whole = f"{n:,}".replace(",", ".")
    return rng.choice(
        (
            f"{whole} kr.",
            f"kr. {whole},00",
            f"{whole},-",
            f"DKK {whole}",
            f"{whole},{_digits(rng, 2)} kr.",
        )
    )


def quantity(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(3, 420)},{rng.randint(1, 9)} ha",
            f"{rng.randint(2, 900)} t",
            f"{rng.randint(1, 48)}.{rng.randint(0, 999):03} liter",
            f"{rng.randint(2, 60)},{rng.randint(1, 9)} tons",
            f"{rng.randint(120, 980)} kg",
        )
    )


# --- people ------------------------------------------------------------------------------


class Person:
    """A synthetic person and the ways a Dane writes their name."""

    def __init__(
        self, rng: random.Random, worker: bool | None = None, sex: str | None = None
    ) -> None:
        self.worker = rng.random() < 0.18 if worker is None else worker
        self.sex = sex or rng.choice("fm")
        woman = self.sex == "f"
        self.middle = ""
        if self.worker:
            men, women, men_lasts, women_lasts = rng.choice(WORKERS)
            self.first = rng.choice(women if woman else men)
            self.last = rng.choice(women_lasts if woman else men_lasts)
        else:
            self.first = rng.choice(WOMEN if woman else MEN)
            if rng.random() < 0.3:
                self.middle = rng.choice(MIDDLE[self.sex] + MIDDLE_ANY)
            self.last = rng.choice(SURNAMES)
            if rng.random() < 0.2:
                first = rng.choice([s for s in SURNAMES if s != self.last])
                self.last = f"{first}-{self.last}"
            if self.middle in self.last:
                self.middle = ""
        self.born = birth_date(rng)
        self.rng = rng

    def full(self) -> str:
        return " ".join(part for part in (self.first, self.middle, self.last) if part)

    def name(self, *forms: str) -> str:
        """The name in one of the given forms (a random one of all if none is given)."""
        form = self.rng.choice(forms or ("full", "full", "short", "comma", "initial", "upper"))
        if form == "full":
            return self.full()
        if form == "short":
            return f"{self.first} {self.last}"
        if form == "comma":
            return f"{self.last}, {self.first}" + (f" {self.middle}" if self.middle else "")
        if form == "initial":
            return f"{self.first[0]}. {self.last}"
        if form == "upper":
            return self.full().upper()
        if form == "lower":
            return self.first.lower()
        if form == "first":
            return self.first
        raise ValueError(form)

    def genitive(self) -> tuple[str, str]:
        """The genitive as a span and the text after it ("Karens", or "Jens" and "'")."""
        if self.first[-1] in "sxz":
            return self.first, "'"
        return self.first + "s", ""

    def mail(self) -> str:
        return email(self.rng, self.first, self.last, self.born.year)

    def user_id(self) -> str:
        return mitid(self.rng, self.first, self.last, self.born.year)


# --- documents ---------------------------------------------------------------------------

Part = str | tuple[str, str]

STAND_INS = {
    "ADDRESS": ("[ADRESSE]",),
    "PHONE": ("[TLF]", "masked"),
    "EMAIL": ("[e-mail]", "masked"),
    "BANK_ACCOUNT": ("[kontonr.]", "masked"),
    "CPR": ("[CPR]", "masked"),
    "OTP": ("[kode]",),
    "IBAN": ("masked",),
    "CARD": ("masked",),
    "CARD_EXPIRY": ("**/**",),
    "CARD_CVV": ("***",),
    "MITID_USER": ("[bruger-id]",),
    "NUMBER_PLATE": ("[nummerplade]",),
    "DATE_OF_BIRTH": ("[fødselsdato]",),
}
PSEUDONYMS = (
    ("Landmand A", "Landmand B", "Vidne 1"),
    ("Medlem 1", "Medlem 2", "Medlem 3"),
    ("[NAVN]",),
    ("Skipper A", "Kunde 2", "Vidne 1"),
    ("Avler A", "[NAVN]", "Kunde 3"),
)


def masked(kind: str, value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if kind == "PHONE":
        return f"+45 ** ** ** {digits[-2:]}"
    if kind == "EMAIL":
        return f"{value[0]}***@{value.split('@')[1]}"
    if kind in ("BANK_ACCOUNT", "CARD") and (kind == "BANK_ACCOUNT" or " " not in value):
        return "******" + digits[-4:]
    if kind == "CARD":
        return "**** **** **** " + digits[-4:]
    if kind == "CPR":
        return digits[:6] + "-xxxx"
    compact = value.replace(" ", "")
    return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]  # IBAN


class Doc:
    """Text built piece by piece; a positive labels its values, a negative pseudonymises them."""

    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.rng, self.positive = rng, positive
        self.text, self.spans = "", []
        self.aliases: dict[str, str] = {}
        self.pool = rng.choice(PSEUDONYMS)

    def __call__(self, *parts: Part) -> None:
        for part in parts:
            if isinstance(part, str):
                self.text += part
            elif self.positive:
                kind, value = part
                self.spans.append(
                    {"start": len(self.text), "end": len(self.text) + len(value), "type": kind}
                )
                self.text += value
            else:
                self.text += self.stand_in(*part)

    def stand_in(self, kind: str, value: str) -> str:
        if kind == "PERSON":
            key = value.lower().rstrip("s")
            if key not in self.aliases:
                self.aliases[key] = self.pool[len(self.aliases) % len(self.pool)]
            return self.aliases[key]
        choice = self.rng.choice(STAND_INS[kind])
        return masked(kind, value) if choice == "masked" else choice

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)


def P(value: str) -> tuple[str, str]:
    """A PERSON part (named like the type it labels, for short templates)."""
    return ("PERSON", value)


def when(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(170))


def clock(rng: random.Random) -> str:
    return f"{rng.randint(5, 22):02}:{rng.randrange(60):02}"


def short_date(day: date) -> str:
    return day.strftime("%d.%m.%y")


def chr_nr(rng: random.Random) -> str:
    return str(rng.randint(10_000, 999_999))


def cvr_nr(rng: random.Random) -> str:
    return rng.choice("123456789") + _digits(rng, 7)


def p_nr(rng: random.Random) -> str:
    n = "10" + _digits(rng, 8)
    return f"{n[:4]} {n[4:7]} {n[7:]}"


def call_sign(rng: random.Random) -> str:
    return "O" + rng.choice("UXZ") + "".join(rng.choice("ABCDEFGHIJKLMNPRSTUVWY") for _ in range(2))


def farm(rng: random.Random) -> str:
    return rng.choice(FARMS)


def farm_mention(d: Doc) -> str:
    f = farm(d.rng)
    return d.pick(f"gården {f}", f"ejendommen {f}", f"{f} I/S", f"{f} Agro ApS")


def ear_tag(rng: random.Random, herd: str) -> str:
    return f"DK {int(herd):06} {rng.randrange(100_000):05}"


def serial(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    return rng.choice(
        (
            f"{letters}{_digits(rng, 4)}{rng.choice('ABCDEF')}{_digits(rng, 6)}",
            f"{letters}{_digits(rng, 5)}",
            f"{_digits(rng, 2)}{letters}{_digits(rng, 6)}",
        )
    )


def invoice_nr(rng: random.Random) -> str:
    return f"{rng.choice(('25', '26'))}-{rng.randint(10_000, 99_999)}"


def case_nr(rng: random.Random) -> str:
    return f"26-{rng.randint(100_000, 999_999)}"


def journal_nr(rng: random.Random) -> str:
    district, serial = rng.choice(("4100", "3700", "5100")), rng.randint(1, 99_999)
    return f"{district}-{rng.randint(80_000, 89_999)}-{serial:05}-26"


def field_block(rng: random.Random) -> str:
    return f"markblok {rng.randint(500_000, 699_999)}-{rng.randint(10, 99)}"


def fake_mail(d: Doc, boxes: tuple[str, ...], hosts: tuple[str, ...]) -> str:
    """A scammer's look-alike address (still on an example domain)."""
    return f"{d.pick(*boxes)}@{d.pick(*hosts)}.example.{d.pick('com', 'net')}"


def foreign_account(d: Doc) -> list[Part]:
    country = d.pick("DE", "PL", "DK", "LT")
    word = {"DE": "tyske", "PL": "polske", "DK": "anden", "LT": "litauiske"}[country]
    return [f"eller til min {word} konto ", ("IBAN", iban(d.rng, country))]


def bank_account(d: Doc) -> list[Part]:
    """An account as written: reg.nr. and account together, or the account after its own word."""
    reg, acct = account(d.rng)
    form = d.rng.randrange(4)
    if form == 0:
        return [("BANK_ACCOUNT", f"{reg}-{acct}")]
    if form == 1:
        return [("BANK_ACCOUNT", f"{reg} {acct}")]
    if form == 2:
        return [f"reg.nr. {reg} kontonr. ", ("BANK_ACCOUNT", acct)]
    return [f"reg {reg} konto ", ("BANK_ACCOUNT", acct.lstrip("0")[-d.rng.randint(7, 8) :])]


def greeting_person(d: Doc, p: Person) -> list[Part]:
    return [d.pick("Hej ", "Hejsa ", "Kære ", "Goddag "), P(p.name("first", "first", "full"))]


# --- genres ------------------------------------------------------------------------------


def subsidy_case_notes(d: Doc) -> None:
    rng = d.rng
    farmer, officer = Person(rng, worker=False), Person(rng, worker=False)
    day, herd = when(rng), chr_nr(rng)
    d(
        d.pick(
            "Landbrugsstyrelsen – sagsnotat", "SAGSNOTAT – Direkte støtte", "Sagsnotat (EU-støtte)"
        ),
        f"\nSagsnr. {case_nr(rng)} · Ordning: ",
        d.pick("Grundbetaling 2026", "Økoordning 2026", "Bioordning", "Unge landbrugere"),
        " (Fællesskemaet)\n",
    )
    d("Ansøger: ", d.pick("Gårdejer ", "Landmand ", ""), P(farmer.name("full", "short", "comma")))
    d(f" (CVR-nr. {cvr_nr(rng)}, CHR-nr. {herd})\n")
    d("Adresse: ", ("ADDRESS", address(rng)), "\n")
    if rng.random() < 0.85:
        d(d.pick("CPR: ", "Personnummer: ", "CPR-nr.: "), ("CPR", cpr(rng, farmer.born)), "\n")
    if rng.random() < 0.6:
        d(
            d.pick("Fødselsdato: ", "Ansøger er født "),
            ("DATE_OF_BIRTH", birth_written(rng, farmer.born)),
            "\n",
        )
    d("Tlf.: ", ("PHONE", phone(rng)), "   E-mail: ", ("EMAIL", farmer.mail()), "\n\n")
    d(f"{short_date(day)} kl. {clock(rng).replace(':', '.')}: ")
    pron = "Ansøger"
    d(
        d.pick(
            f"{pron} ringede. ",
            f"{pron} henvendte sig via rådgiver ",
            "Opkald fra ansøgers datter ",
        )
    )
    if d.text.endswith("rådgiver "):
        adviser = Person(rng)
        d(
            P(adviser.name("full", "initial")),
            " fra ",
            d.pick("Vestjysk Planteavl", "LandboRåd Nord"),
            ". ",
        )
    elif d.text.endswith("datter "):
        daughter = Person(rng, worker=False, sex="f")
        d(P(daughter.name("first", "full")), " (tlf. ", ("PHONE", phone(rng)), "). ")
    d(
        d.pick(
            "Har modtaget mail fra en falsk afsender ",
            "Har fået sms og mail, der lignede vores, fra ",
            'En mail om "tilbageholdt udbetaling" kom fra ',
        ),
        ("EMAIL", fake_mail(d, ("udbetaling", "stoette"), ("lbst", "eustotte"))),
        f". Udbetalingen på {amount(rng, 40_000, 900_000)} for {quantity(rng)} ",
        f"({field_block(rng)}) ",
        'skulle "bekræftes". ',
    )
    if rng.random() < 0.8:
        d(
            "En mand, der kaldte sig ",
            P(Person(rng, worker=False, sex="m").name("first", "short")),
            d.pick(" fra Landbrugsstyrelsen", " fra styrelsens kontrolenhed"),
            ", ringede bagefter og fik ",
            d.pick("MitID-bruger-ID ", "bruger-ID'et ", "MitID-brugernavnet "),
            ("MITID_USER", farmer.user_id()),
            " og engangskoden ",
            ("OTP", otp(rng)),
            ". ",
        )
    d(
        f"Den {short_date(day - timedelta(days=rng.randint(2, 20)))} blev NemKonto ændret til ",
        *bank_account(d),
        d.pick(" i en anden bank.", " (ikke ansøgers egen bank)."),
        " Ansøgers rigtige konto er ",
        *bank_account(d),
        ".\n",
    )
    d(
        d.pick(
            f"Udbetalingen er stoppet. Kontrol af {field_block(rng)} og CHR-nr. {herd} i orden.",
            f"Sag sendt til politiet. Bedriften har {quantity(rng)} og {quantity(rng)}.",
            f"Ansøger bedt om at spærre MitID på 70 33 44 12. P-nr. {p_nr(rng)} kontrolleret.",
        ),
        "\n",
    )
    if rng.random() < 0.5:
        d("Kopi sendt til ansøgers revisor ", P(Person(rng).name("full", "initial")), ", ")
        d(("EMAIL", email(rng, rng.choice(WOMEN + MEN), rng.choice(SURNAMES))), ".\n")
    d("Sagsbehandler: ", P(officer.name("initial", "full", "first")))
    if rng.random() < 0.4:
        d(" (", ("EMAIL", officer.mail()), ")")
    d("\n")


def machine_dealer_mail(d: Doc) -> None:
    rng = d.rng
    buyer, seller = Person(rng, worker=False), Person(rng, worker=False)
    fake = Person(rng, worker=False)
    inv, model = invoice_nr(rng), rng.choice(MACHINES)
    dealer = d.pick("Thy Maskinhandel A/S", "Limfjordens Traktorcenter")
    day = when(rng)
    d("Fra: ", P(buyer.name("full", "comma", "short")), " <", ("EMAIL", buyer.mail()), ">\n")
    d("Til: ", P(seller.name("full", "comma", "short")), " <", ("EMAIL", seller.mail()), ">\n")
    if rng.random() < 0.6:
        d("Cc: ", ("EMAIL", org_mail(rng, d.pick("bogholderi", "regnskab", "info"), dealer)), "\n")
    d(f"Dato: {day.day}. {MONTHS[day.month - 1]} 2026 {clock(rng)}\n")
    d(f"Emne: SV: Faktura {inv} – {model} ser.nr. {serial(rng)}\n\n")
    d(*greeting_person(d, seller), "\n\n")
    d(
        d.pick(
            "Vi har fået en mail om, at I har skiftet bank, og at restbeløbet skal betales til ",
            "Jeg fik i går en faktura med ny kontoinfo: ",
            "Min revisor undrer sig over kontoen på fakturaen: ",
        ),
        ("IBAN", iban(rng, rng.choice(("DE", "PL", "RO", "LT", "NL", "GB")))),
        f". Det drejer sig om {amount(rng, 90_000, 950_000)} inkl. moms for {model}. ",
        d.pick("Er det rigtigt?", "Det ser forkert ud.", "Kan du bekræfte det?"),
        " Ring gerne på ",
        ("PHONE", phone(rng)),
        ".\n\n",
        d.pick("Mvh\n", "Venlig hilsen\n", "Hilsen\n"),
        P(buyer.name("first", "full")),
        "\n",
        farm_mention(d),
        f" · CVR-nr. {cvr_nr(rng)}\n\n",
    )
    d(
        "> Fra: ",
        P(fake.name("short", "full")),
        " <",
        (
            "EMAIL",
            fake.first.lower().translate(ASCII)
            + f"@{d.pick('thymaskin', 'traktorcenter', 'maskinsalg')}.example.net",
        ),
        ">\n> ",
        d.pick(
            "Grundet bankskifte bedes I fremover betale til vores konto i udlandet: ",
            "Bemærk vores nye betalingsoplysninger: ",
        ),
        ("IBAN", iban(rng, rng.choice(("DE", "PL", "LT", "GB")))),
        f"\n> Faktura {inv} forfalder {short_date(day + timedelta(days=5))}.\n\n",
    )
    d(
        "Svar fra ",
        P(seller.name("first", "short")),
        ":\n",
        d.pick(
            "Den mail er IKKE fra os. Vores konto er uændret: ",
            "Det er svindel – betal kun til ",
            "Vi har ikke skiftet bank. Korrekt konto: ",
        ),
        *bank_account(d),
        d.pick(
            " i Hedebanken. Ring til mig på ",
            ". Fjordbanken er orienteret. Min mobil: ",
        ),
        ("PHONE", phone(rng)),
        ".\n",
    )
    if rng.random() < 0.5:
        helper = Person(rng)
        d(
            "Vores mekaniker ",
            P(helper.name("full", "first")),
            " leverer maskinen fra værkstedet på ",
            ("ADDRESS", address(rng)),
            " med trailer ",
            ("NUMBER_PLATE", plate(rng)),
            ".\n",
        )
    d(f"{dealer} · Tlf. {d.pick('70 15 22 40', '80 20 11 90')} · CVR-nr. {cvr_nr(rng)}\n")


def harbour_office_log(d: Doc) -> None:
    rng = d.rng
    harbour, day = rng.choice(HARBOURS), when(rng)
    d(f"Havnekontoret {harbour} – vagtlog {short_date(day)}\n")
    stamp = day.isoformat()
    times = sorted(clock(rng) for _ in range(rng.randint(4, 6)))
    for time in times[:-1]:
        mark, vessel = f"{rng.choice(MARKS)} {rng.randint(1, 499)}", rng.choice(VESSELS)
        skipper = Person(rng)
        d(f"{stamp} {time}  ")
        case = rng.randrange(5)
        if case == 0:
            d(
                f'{mark} "{vessel}" (kaldesignal {call_sign(rng)}) anløb. ',
                d.pick("Skipper ", "Fører: ", "Skipper er "),
                P(skipper.name("full", "upper", "short")),
                f", landet {quantity(rng)} sild.\n",
            )
        elif case == 1:
            d(
                "Skipper ",
                P(skipper.name("full", "short", "upper")),
                f' ({mark} "{vessel}") melder sit dieselkort misbrugt: ',
                ("CARD", card(rng)),
                ", udløb ",
                ("CARD_EXPIRY", expiry(rng)),
                d.pick(", CVV ", ", CVC ", ", kontrolcifre "),
                ("CARD_CVV", cvv(rng)),
                d.pick(
                    ' blev givet til en falsk "havnefoged" i telefonen.',
                    " lå i en mail fra en falsk brændstofleverandør.",
                ),
                f" Tanket {quantity(rng)} på en anden havn. Banken spærrer på 80 88 45 45.\n",
            )
        elif case == 2:
            buyer = Person(rng)
            d(
                "Fiskeopkøber ",
                P(buyer.name("full", "short")),
                " henter med lastbil ",
                ("NUMBER_PLATE", plate(rng)),
                f' ved {mark} "{vessel}". Kontakt: ',
                ("PHONE", phone(rng)),
                ", ",
                ("EMAIL", buyer.mail()),
                ".\n",
            )
        elif case == 3:
            d(
                "Mail om havneleje (",
                amount(rng, 2_000, 60_000),
                ") til ",
                P(skipper.name("short", "comma")),
                " kom fra falsk afsender ",
                ("EMAIL", f"havneleje@{d.pick('havnen', 'portpay', 'havnekontor')}.example.com"),
                " med konto ",
                ("IBAN", iban(rng, rng.choice(("DK", "LT", "NL")))),
                f". Skipper betalte ikke. {'Hun' if skipper.sex == 'f' else 'Han'} er på ",
                ("PHONE", phone(rng)),
                ".\n",
            )
        else:
            relative = Person(rng, sex=rng.choice("fm"))
            word, pron = {"f": (d.pick("kone", "datter"), "hun"), "m": ("søn", "han")}[relative.sex]
            d(
                "Opkald fra ",
                P(skipper.genitive()[0]),
                skipper.genitive()[1],
                f" {word} ",
                P(relative.name("first", "full")),
                ': nogen har sendt en sms om "fangstafgift" med link fra 1204. ',
                f"{pron.capitalize()} gav koden ",
                ("OTP", otp(rng)),
                f" før {pron} opdagede det. Adresse:\n",
                ("ADDRESS", address(rng, block=True)),
                "\n",
            )
    if rng.random() < 0.5:
        d(f"{stamp} {times[-1]}  Ukendt varebil ved {rng.choice(STREETS)}. Ingen skade.\n")
    d("Vagt: ", P(Person(rng, worker=False).name("first", "initial")), "\n")


def vet_call_notes(d: Doc) -> None:
    rng = d.rng
    d(f"Dyrlægerne Klitten – opkaldsnoter {short_date(when(rng))}\n\n")
    for _ in range(rng.randint(2, 4)):
        farmer, herd = Person(rng), chr_nr(rng)
        d(
            f"kl. {clock(rng).replace(':', '.')} – ",
            P(farmer.name("full", "short", "initial", "comma")),
        )
        d(f" ({farm_mention(d)}, CHR-nr. {herd}), tlf. ", ("PHONE", phone(rng)), "\n")
        case = rng.randrange(4)
        if case == 0:
            d(
                f"Ko {ear_tag(rng, herd)} halter, {rng.randint(2, 9)} dage. ",
                f"Nævner at {'hun' if farmer.sex == 'f' else 'han'} har købt ",
                '"vaccine" i en webshop for ',
                amount(rng, 900, 30_000),
                ": kort ",
                ("CARD", card(rng)),
                ", ",
                ("CARD_EXPIRY", expiry(rng)),
                d.pick(", cvc ", ", CVC ", ", CVV "),
                ("CARD_CVV", cvv(rng)),
                ". Webshoppen bad om koden fra sms'en: ",
                ("OTP", otp(rng)),
                ". Rådet til at ringe til banken.\n",
            )
        elif case == 1:
            worker = Person(rng, worker=True)
            d(
                "Fodermester ",
                P(worker.name("full", "short", "first")),
                d.pick(" ringer. ", " ringer for ejeren. "),
                f"{rng.randint(3, 40)} grise med diarré, sti 4. Ørenummer {ear_tag(rng, herd)}. ",
                "Besøg i morgen på adressen\n",
                ("ADDRESS", address(rng, block=True)),
                "\n",
            )
        elif case == 2:
            d(
                'Har fået en falsk faktura fra "Dyrlægerne Klitten" til ',
                *bank_account(d),
                f" på {amount(rng, 1_500, 45_000)} – vores rigtige faktura er ",
                f"nr. {invoice_nr(rng)}. ",
                "Kopi af den falske mail sendt til os fra ",
                ("EMAIL", farmer.mail()),
                ".\n",
            )
        else:
            owner = Person(rng, worker=False)
            d(
                f"Hest, chip {rng.randint(200, 299)} ",
                " ".join(str(rng.randint(100, 999)) for _ in range(4)),
                ", ",
                "kolik. Ejer ",
                P(owner.name("full", "short")),
                " (",
                ("EMAIL", owner.mail()),
                ") er ude at rejse; ",
                P(owner.genitive()[0]),
                owner.genitive()[1],
                " mobil ",
                ("PHONE", phone(rng)),
                ".\n",
            )
    if rng.random() < 0.4:
        d(f"Husk: kvæg set løs ved {rng.choice(STREETS)}. Ejer ukendt.\n")
    d("Noteret af ", P(Person(rng, worker=False).name("first", "initial")), "\n")


def livestock_trade_chat(d: Doc) -> None:
    rng = d.rng
    buyer, seller = Person(rng), Person(rng)
    b_name = buyer.name("lower", "first", "full", "lower")
    s_name = seller.name("lower", "first", "full", "short")
    hh, mm = rng.randint(6, 21), rng.randrange(40)

    def line(who: str, *parts: Part) -> None:
        nonlocal mm
        mm += rng.randint(0, 4)
        d(f"[{hh:02}:{min(mm, 59):02}] ", P(who), ": ", *parts, "\n")

    animal = d.pick("hoppen", "vallakken", "kvierne", "de 12 slagtekalve", "væderen", "ponyen")
    line(b_name, f"hej, er {animal} stadig til salg?")
    line(
        s_name,
        f"ja. {amount(rng, 4_000, 180_000)} og ",
        d.pick("pas følger med", f"CHR-nr. {chr_nr(rng)}"),
    )
    line(b_name, d.pick("kan jeg se dem først?", "hvor står de?", "kan du sende flere billeder"))
    line(
        s_name,
        d.pick("de står hos min bror på ", "hos mig på ", "på stalden, "),
        ("ADDRESS", address(rng)),
        d.pick(", men jeg er i udlandet", "", " – men kun fredag"),
    )
    line(s_name, "send depositum så holder jeg dem til dig: ", *bank_account(d))
    if rng.random() < 0.6:
        line(
            s_name,
            *foreign_account(d),
        )
    line(
        b_name,
        d.pick("ok. min trailer er ", "jeg kommer med trailer "),
        ("NUMBER_PLATE", plate(rng)),
    )
    line(b_name, "ring til mig på ", ("PHONE", phone(rng)))
    if rng.random() < 0.5:
        line(s_name, "eller skriv til ", ("EMAIL", seller.mail()))
    if rng.random() < 0.6:
        friend = Person(rng)
        line(
            b_name,
            d.pick("min nabo ", "min søster ", "veninden ")
            if friend.sex == "f"
            else d.pick("min nabo ", "min mand ", "min bror "),
            P(friend.name("first", "full", "lower")),
            d.pick(
                " siger det er fup??", " kender ikke til dig", " har set samme annonce i Sverige"
            ),
        )
    line(
        s_name,
        d.pick("nej nej, helt ærligt", "ok glem det", f"pris nu {amount(rng, 2_000, 90_000)}"),
    )


def police_report(d: Doc) -> None:
    rng = d.rng
    victim, officer = Person(rng), Person(rng, worker=False)
    d(
        "MIDT- OG VESTJYLLANDS POLITI – ANMELDELSE OM BEDRAGERI\n",
        f"J.nr. {journal_nr(rng)}\n",
        f"Modtaget {short_date(when(rng))} kl. {clock(rng).replace(':', '.')}\n\n",
        "Anmelder: ",
        P(victim.name("upper", "upper", "full")),
        "\n",
    )
    d(d.pick("CPR-nr.: ", "Personnr.: "), ("CPR", cpr(rng, victim.born)), "\n")
    d("Adresse:\n", ("ADDRESS", address(rng, block=True)), "\n")
    d("Telefon: ", ("PHONE", phone(rng)), "\n")
    if rng.random() < 0.7:
        d("E-mail: ", ("EMAIL", victim.mail()), "\n")
    d("\nForklaring:\nAnmelder, ", d.pick("født ", "f. "))
    d(("DATE_OF_BIRTH", birth_written(rng, victim.born)))
    d(f", driver {farm_mention(d)} med {quantity(rng)} og ")
    alias = Person(rng, worker=False)
    d(
        "blev ringet op af en mand, der sagde han hed ",
        P(alias.name("first", "short")),
        d.pick(" og var fra Hedebanken", " fra Landbrugsstyrelsen", " fra Fjordbanken"),
        ". Anmelder oplyste sit MitID-bruger-ID ",
        ("MITID_USER", victim.user_id()),
        " og læste koden ",
        ("OTP", otp(rng)),
        " op. Derefter blev ",
        amount(rng, 20_000, 950_000),
        " overført til ",
    )
    if rng.random() < 0.5:
        d(("IBAN", iban(rng, rng.choice(("LT", "RO", "DE", "GB", "DK")))))
    else:
        d(*bank_account(d))
    d(". ")
    if rng.random() < 0.6:
        d(
            d.pick("Dagen efter kom en mand til gården i en bil med reg.nr. ", "En hvid varebil, "),
            ("NUMBER_PLATE", plate(rng)),
            d.pick(', og ville hente "sikkerhedskortet". ', ", holdt ved stuehuset. "),
        )
    if rng.random() < 0.5:
        d(
            "Kortet ",
            ("CARD", card(rng)),
            " udløb ",
            ("CARD_EXPIRY", expiry(rng)),
            " blev spærret.",
        )
    d("\n\n")
    witness = Person(rng)
    d(
        "Vidne: ",
        P(witness.name("full", "upper", "comma")),
        ", ",
        ("ADDRESS", address(rng)),
        ", tlf. ",
        ("PHONE", phone(rng)),
        "\n",
    )
    if rng.random() < 0.5:
        d(
            "Vidnet er ",
            d.pick("født ", "f. "),
            ("DATE_OF_BIRTH", birth_written(rng, witness.born)),
            ", CPR ",
            ("CPR", cpr(rng, witness.born)),
            ".\n",
        )
    d(
        d.pick("", f"Patrulje kørte forbi ved {rng.choice(STREETS)}. Intet fundet.\n"),
        "Modtaget af: politiassistent ",
        P(officer.name("initial", "full", "upper")),
        ", tlf. 114. Sag kan ses i e-Boks.\n",
    )


def family_sms(d: Doc) -> None:
    rng = d.rng
    parent_word = d.pick("Far", "Mor")
    parent = Person(rng, worker=False, sex="m" if parent_word == "Far" else "f")
    child, sibling = Person(rng, worker=False), Person(rng, worker=False)
    day = when(rng)
    hh, mm = rng.randint(7, 21), rng.randrange(30)
    d(f"Beskeder {short_date(day)}\n\n")

    def msg(who: Part, *parts: Part) -> None:
        nonlocal mm
        mm += rng.randint(1, 5)
        d(who, f" · {hh:02}:{min(mm, 59):02}\n", *parts, "\n\n")

    child_tag = P(child.name("first", "first", "full"))
    parent_tag: Part = parent_word if rng.random() < 0.6 else P(parent.name("first", "full"))
    msg(
        child_tag, f'{parent_word.lower()}, har du fået en sms fra "Landbrugsstyrelsen" om støtten?'
    )
    msg(
        parent_tag,
        d.pick("ja, ", "Ja. "),
        d.pick("de ville ha mit kortnummer. jeg gav dem ", "jeg har tastet kortet ind: "),
        ("CARD", card(rng)),
        " ",
        ("CARD_EXPIRY", expiry(rng)),
        d.pick(" og kontrolcifre ", " cvc ", " CVC "),
        ("CARD_CVV", cvv(rng)),
    )
    msg(child_tag, d.pick("Nej nej! Hvad med koden?", "Har du givet dem koden også?"))
    msg(
        parent_tag,
        "ja ",
        ("OTP", otp(rng)),
        d.pick(". og mit bruger id ", " og brugernavn "),
        ("MITID_USER", parent.user_id()),
    )
    msg(
        child_tag,
        "Ring til banken NU på 70 15 22 40. ",
        d.pick("Jeg ringer til ", "Jeg skriver til "),
        P(sibling.name("first", "first", "lower")),
        " – ",
        d.pick(
            "hans nummer er " if sibling.sex == "m" else "hendes nummer er ", "ring evt. selv: "
        ),
        ("PHONE", phone(rng)),
    )
    if rng.random() < 0.6:
        msg(
            P(sibling.name("first", "full")),
            "Jeg kører ud til ",
            d.pick("jer", "dig"),
            " på ",
            ("ADDRESS", address(rng, town=rng.random() < 0.5)),
            d.pick(" nu.", " efter malkning.", " om en halv time."),
            " Kh ",
            P(sibling.name("first")),
        )
    if rng.random() < 0.5:
        msg(
            parent_tag,
            "banken siger pengene er gået til ",
            *bank_account(d),
            d.pick(". 37.000 kr.", f". {amount(rng, 5_000, 120_000)}"),
        )
    msg(
        child_tag,
        d.pick("Skriv til mig på ", "Send screenshot til "),
        ("EMAIL", child.mail()),
        d.pick(" så laver jeg anmeldelsen", ", så ringer jeg til 114"),
        ". Kh ",
        P(child.name("first")),
    )


def coop_member_export(d: Doc) -> None:
    rng = d.rng
    coop = d.pick("Fjordland Andelsmejeri", "Vestkyst Andelsslagteri")
    stamp = f"{when(rng).isoformat()} {clock(rng)}"
    joined = rng.random() < 0.5
    d(f"# Medlemsudtræk – {coop} – kørt {stamp}\n")
    d('# Medlemmer der har meldt om falsk mail om "efterbetaling"\n')
    columns = "Medl.nr;Navn;Adresse;" + ("" if joined else "Postnr;By;")
    d(columns + "CHR;Momsnr;Telefon;E-mail;Reg.nr;Konto;Notat\n")
    rows = rng.randint(2, 4)
    for _ in range(rows):
        member = Person(rng)
        reg, acct = account(rng)
        d(f"{rng.randint(100_000, 999_999)};")
        d(P(member.name("upper", "comma", "upper", "full")), ";")
        if joined:
            d(("ADDRESS", address(rng)), ";")
        else:
            town = rng.choice(TOWNS)
            d(("ADDRESS", address(rng, town=False)), f";{town[:4]};{town[5:]};")
        d(
            f"{chr_nr(rng)};DK{cvr_nr(rng)};",
            ("PHONE", phone(rng)),
            ";",
            ("EMAIL", member.mail()),
            ";",
        )
        d(f"{reg};", ("BANK_ACCOUNT", acct), ";")
        note = rng.randrange(5)
        if note == 0:
            d('"Pers. ejet bedrift, CPR ', ("CPR", cpr(rng, member.born)), '"')
        elif note == 1:
            d(
                '"Svarede på mailen; ',
                P(member.genitive()[0]),
                member.genitive()[1],
                " MitID-bruger ",
                ("MITID_USER", member.user_id()),
                ' oplyst"',
            )
        elif note == 2:
            d('"Falsk kontonr. i mail: ', *bank_account(d), '"')
        elif note == 3:
            d(f'"Leveret {quantity(rng)} i uge {rng.randint(1, 26)}"')
        else:
            child = Person(rng)
            word = "datter" if child.sex == "f" else "søn"
            d(f'"Kontakt via {word} ', P(child.name("full", "comma", "upper")), '"')
        d("\n")
    d(f"# Kontakt medlemsservice {d.pick('80 20 11 90', '70152240')} · {rows} rækker\n")


BUILDERS: dict[str, Callable[[Doc], None]] = {
    "subsidy_case_notes": subsidy_case_notes,
    "machine_dealer_mail": machine_dealer_mail,
    "harbour_office_log": harbour_office_log,
    "vet_call_notes": vet_call_notes,
    "livestock_trade_chat": livestock_trade_chat,
    "police_report": police_report,
    "family_sms": family_sms,
    "coop_member_export": coop_member_export,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, genres in turn."""
    plan = random.Random(f"pii_blind45/{seed}/plan")
    negatives = set(plan.sample(range(size), round(size * NEGATIVES / SIZE)))
    docs = []
    for i in range(size):
        genre, positive = GENRES[i % len(GENRES)], i not in negatives
        doc = Doc(random.Random(f"pii_blind45/{seed}/{i}"), positive)
        BUILDERS[genre](doc)
        docs.append(
            {
                "id": f"blind45-{i:04d}",
                "genre": genre,
                "kind": "positive" if positive else "negative",
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind45.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
