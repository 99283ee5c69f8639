"""A thirty-sixth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is TAX, CUSTOMS AND
PUBLIC-PAYMENT FRAUD as Skattestyrelsen, Toldstyrelsen, Gældsstyrelsen, Udbetaling Danmark,
accountants, banks, municipalities and the police handle it, in eight genres: a tax agency's
case log on refund phishing ("du har penge til gode": the citizen's CPR, birth date, MitID user
ID, the code given away, the NemKonto the fraudster wanted), an accountant's e-mail thread
(Fra:/Til:/Cc:/Emne:) about a client company whose NemKonto was changed by a fraudster (reg.nr.
and account, a foreign IBAN, CVR and SE numbers), a complaint to a carrier and Toldstyrelsen
about a customs-fee SMS (the card paid with, its expiry and CVC, the SMS code, MRN and EORI
numbers that are not personal), a bank's fraud-line call transcript (noisy; numbers read out in
words are not labelled, digits are), a municipality's benefits office's notes on a diverted
payment (a "Fødselsdato:" field, an address block on two lines), a police report on a VAT and
payroll fraud ring (several suspects in capitals and as "Surname, Given", addresses, number
plates, mule accounts), a debt-collection letter quoted by a victim next to Gældsstyrelsen's
genuine reply (an FI payment line, a vehicle tax for a plate) and a chat in Danish and English
between a victim and a fake "SKAT Support" ("[14:02] Name:" lines, lower-case names typed). The
names are those of Danes of all ages, Danes with roots elsewhere ("Hodan Warsame", "Pham Thi
Lan"), double surnames ("Lyngsø-Mortensen") and the agencies' and firms' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "borgeren", "sigtet",
  "revisor"); "Bækgaard, Birthe" is one span; a genitive s belongs to it ("Birthes"); a
  lower-case name typed in a chat ("inge") is PERSON. A scammer's alias ("Martin fra
  Skattestyrelsen") is PERSON, the agency is not. Organisations, agencies, products,
  placeholders ("[NAVN]", "Borger A", "Virksomhed 2", "Revisor B", "Sigtet 1") and family words
  ("min søn") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. A company's
  (A/S, ApS) own postal address under its name in a signature is not personal data and is
  never labelled (pii78: the organisations' address convention; the text is unchanged); a
  firm without a company form may be a sole trader's, whose address stays labelled.
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
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and the
  fraudsters' sender addresses too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: CVR and SE numbers ("CVR-nr. 31245678", "SE-nr. 40718263"),
  EORI numbers ("EORI-nr. DK31245678"), customs declarations (MRN "26DKE4R71Q0X9B3KA2"), parcel
  numbers ("RR419027385DK"), tax-assessment and case numbers ("afgørelse nr. 25-4173092",
  "SKST-26-0418273", "j.nr. 26/41827", "journalnr. 4400-75223-00045-26"), invoice numbers and
  FI payment lines ("+71< 00000 44172 09311 +85175784<", the payment ID grouped by five as on
  the giro), amounts ("12.500 kr.", "kr. 4.318,00"), percentages ("8,05 %"), dates and clock
  times ("02.12.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14"), masked values ("040652-xxxx",
  "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), numbers read out in words ("fire-to-nul-syv"), organisations' 70/80
  and short numbers, agencies, companies, banks, products and family words. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values and pseudonym labels
  ("Borger A", "Revisor B", "Person A", "Virksomhed 2") remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind35 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from string import Formatter

SIZE = 1000
NEGATIVES = 350
SEED = 3536
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
TEST_PREFIXES = ("4111", "4242", "4000", "5555", "5105", "5200", "2223", "3782", "3714")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "EE": 20, "NL": 18, "GB": 22, "ES": 24, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "63", "64", "65", "66", "72", "74", "75", "76", "86")
LANDLINE += ("87", "89", "96", "97", "98", "99")
ORG_LINES = ("70 22 18 60", "70 41 52 09", "80 33 12 47", "70 63 90 14", "80 20 71 35")

WOMEN = ("Birthe", "Hanne", "Lone", "Vibeke", "Gitte", "Susanne", "Inger", "Ruth", "Karin")
WOMEN += ("Tove", "Mette", "Pernille", "Camilla", "Signe", "Rikke", "Maja", "Ida", "Freja")
WOMEN += ("Clara", "Astrid", "Ellen", "Dorthe", "Bodil", "Solveig", "Nanna", "Alberte", "Ulla")
MEN = ("Preben", "Bent", "Flemming", "Poul", "Erik", "Kjeld", "Jørgen", "Torben", "Henrik")
MEN += ("Søren", "Anders", "Rasmus", "Kasper", "Emil", "Oliver", "Frederik", "Villads", "Aksel")
MEN += ("Niels", "Ib", "Bjarne", "Carsten", "Steen", "Palle", "Troels", "Morten", "Tage")
SURNAMES = ("Bækgaard", "Thygesen", "Overgaard", "Kragh", "Lyngsø", "Dalsgaard", "Ebbesen")
SURNAMES += ("Frandsen", "Husum", "Lauritsen", "Munk", "Nøhr", "Riis", "Stampe", "Vinther")
SURNAMES += ("Bruun", "Høyer", "Ravn", "Brask", "Dyhr", "Qvist", "Juhl", "Hald", "Mørch")
SURNAMES += ("Gram", "Lindholm", "Sejersen", "Vestergård", "Ahlmann", "Buhl", "Fenger")
SECOND = ("Mortensen", "Nielsen", "Kristensen", "Poulsen", "Jeppesen", "Lund", "Holm", "Bach")
MIDDLES = ("Juul", "Krogh", "Friis", "Kjær", "Bay", "Munch")
MIDDLES_WOMEN = ("Marie", "Kirstine", "Margrethe", "Louise")
# Danes with roots elsewhere: (given, family, family name first, a woman)
ROOTS = (
    ("Hodan", "Warsame", False, True),
    ("Amina", "Farah", False, True),
    ("Leyla", "Aydın", False, True),
    ("Mariam", "Haidari", False, True),
    ("Thi Lan", "Pham", True, True),
    ("Van Duc", "Nguyen", True, False),
    ("Thi Hoa", "Le", True, True),
    ("Oksana", "Melnyk", False, True),
    ("Agnieszka", "Wójcik", False, True),
    ("Rajesh", "Pillai", False, False),
    ("Ahmad", "Rahimi", False, False),
    ("Yusuf", "Çelik", False, False),
    ("Dragana", "Petrović", False, True),
    ("Goran", "Nikolić", False, False),
    ("Kwame", "Mensah", False, False),
    ("Farhan", "Qureshi", False, False),
    ("Sanna", "Virtanen", False, True),
    ("Mohammed", "Al-Sayed", False, False),
    ("Nour", "El-Khatib", False, True),
    ("Bilal", "Hussain Shah", False, False),
)
STAFF = (
    ("Kirsten", "Hvass"),
    ("Jesper", "Brøndum"),
    ("Malene", "Tarp"),
    ("Rune", "Skaarup"),
    ("Helle", "Damsgaard"),
    ("Tobias", "Aagaard"),
    ("Sidsel", "Fogh"),
    ("Kenneth", "Lykke"),
    ("Britt", "Sloth"),
    ("Anja", "Kvist"),
    ("Michael", "Ry"),
    ("Lotte", "Bundgaard"),
    ("Hussein", "Abbas"),
    ("Katrine", "Wulff-Hansen"),
)
ALIASES = ("Martin", "Julie", "Thomas Jensen", "Sara Møller", "Peter Larsen", "Louise Nielsen")
ALIASES += ("Daniel", "Camilla Berg", "Mark Hansen", "Emma")

STREETS = ("Kornmarken", "Havrevænget", "Rugmarksvej", "Skippergade", "Toldbodvej")
STREETS += ("Fiskerhusvej", "Brombærhaven", "Møllebakken", "Kirkestien", "Lærkevænget")
STREETS += ("Gammel Landevej", "Nørre Allé", "Ved Skrænten", "Strandvejen", "Bøgebakken")
STREETS += ("Hvedevænget", "Præstemarken", "Smedegade", "Vindmøllevej", "Teglværksvej")
TOWNS = ("8700 Horsens", "6100 Haderslev", "4700 Næstved", "9800 Hjørring", "7500 Holstebro")
TOWNS += ("3400 Hillerød", "5700 Svendborg", "2650 Hvidovre", "8900 Randers C", "6700 Esbjerg")
TOWNS += ("4200 Slagelse", "7100 Vejle", "9000 Aalborg", "2300 København S", "8000 Aarhus C")
TOWNS += ("5000 Odense C", "4000 Roskilde", "8600 Silkeborg", "6400 Sønderborg", "7800 Skive")
KOMMUNER = ("Horsens", "Haderslev", "Næstved", "Hjørring", "Holstebro", "Slagelse", "Skive")
KREDSE = ("Sydøstjyllands", "Syd- og Sønderjyllands", "Midt- og Vestsjællands", "Nordjyllands")
KREDSE += ("Fyns", "Østjyllands", "Midt- og Vestjyllands")

AGENCIES = ("Skattestyrelsen", "Toldstyrelsen", "Gældsstyrelsen", "Udbetaling Danmark")
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank")
BANKS += ("Lunar", "Vestjysk Bank")
CARRIERS = ("PostNord", "GLS", "DAO", "Bring", "DHL Express")
FIRMS = ("Kragelund Revision ApS", "Ravnsbjerg Revision", "Fjordlys Regnskab ApS")
CLIENTS = ("Nordkyst Byg ApS", "Ravnsbjerg Logistik ApS", "Fjordlys Rengøring IVS")
CLIENTS += ("Vestervang Transport A/S", "Holmgård Catering ApS", "Bøgely Import ApS")
CLIENTS += ("Skovly Vikar ApS", "Lindegård Smedie ApS")
COMPANIES = CARRIERS + FIRMS + CLIENTS
PRODUCTS = ("MitID Erhverv", "MitID", "NemKonto", "e-Boks", "Digital Post", "TastSelv")
PRODUCTS += ("MobilePay",)
GENRES = (
    "tax_case_log",
    "accountant_thread",
    "customs_sms_complaint",
    "bank_call",
    "benefits_notes",
    "police_report",
    "debt_letter",
    "skat_chat",
)
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september")
MONTHS += ("oktober", "november", "december")
DIGIT_WORDS = ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
SCAM_DOMAINS = ("skat-refusion.example.net", "toldbetaling.example.com", "gaeld-dk.example.org")
SCAM_DOMAINS += ("udbetaling-dk.example.net", "postnord-told.example.com")

Value = tuple[str, str, str]  # (text, type, the stand-in a negative shows instead)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _pairs(n: str) -> str:
    return " ".join(n[i : i + 2] for i in range(0, len(n), 2))


PHONE_LAYOUTS: tuple[Callable[[str], str], ...] = (
    lambda n: f"+45 {n}",
    lambda n: f"+45 {_pairs(n)}",
    lambda n: f"+45 {n[:4]} {n[4:]}",
    lambda n: f"{n[:4]} {n[4:]}",
    lambda n: f"(+45) {_pairs(n)}",
    lambda n: f"0045 {n}",
    _pairs,
    lambda n: n,
    lambda n: f"+45{n}",
    lambda n: _pairs(n).replace(" ", "."),
)


def _ascii(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = text.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() or c in " -")


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, country: str) -> str:
    length = IBAN_LENGTH[country]
    if country == "GB":
        bban = rng.choice(("NWBK", "MIDL", "BUKB")) + "".join(rng.choices("0123456789", k=14))
    elif country == "NL":
        bban = rng.choice(("ABNA", "RABO", "INGB")) + "".join(rng.choices("0123456789", k=10))
    else:
        bban = "".join(rng.choices("0123456789", k=length - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


# pii78: an organisation's own postal address: masked as an address is in a negative, never
# labelled (not personal data, GDPR art. 4(1)).
ORGANISATION_ADDRESS = "ORGANISATION_ADDRESS"


class Doc:
    """A document being written: plain text, labelled values, or their stand-ins."""

    def __init__(self, negative: bool) -> None:
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def t(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def v(self, value: str, kind: str, stand_in: str) -> None:
        if self.negative:
            self.t(stand_in)
            return
        if kind != ORGANISATION_ADDRESS:
            self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        self.t(value)

    def f(self, template: str, **values: str | Value) -> None:
        for literal, field, _, _ in Formatter().parse(template):
            self.t(literal)
            if field is not None:
                value = values[field]
                if isinstance(value, tuple):
                    self.v(*value)
                else:
                    self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class Person:
    """One person of a document, with every written form of each personal value."""

    def __init__(self, w: World, label: str, pool: str = "citizen") -> None:
        rng = w.rng
        self.w = w
        self.middle = ""
        east = False
        self.female = rng.random() < 0.5
        if pool == "staff":
            self.given, self.family = rng.choice(STAFF)
        elif rng.random() < 0.27:
            self.given, self.family, east, self.female = rng.choice(ROOTS)
        else:
            self.given = rng.choice(WOMEN if self.female else MEN)
            self.family = rng.choice(SURNAMES)
            if rng.random() < 0.3:
                self.family += "-" + rng.choice(SECOND)
            if rng.random() < 0.35:
                self.middle = rng.choice(MIDDLES + (MIDDLES_WOMEN if self.female else ()))
        self.first = self.given.split()[-1] if east else self.given
        parts = (self.family, self.given) if east else (self.given, self.middle, self.family)
        self.full = " ".join(p for p in parts if p)
        self.pseudo = w.pseudonym(label)
        young = rng.random() < 0.25 and pool != "staff"
        start = date(2000, 1, 1) if young else date(1934, 1, 1)
        span = (date(2005, 12, 31) if young else date(1999, 12, 31)) - start
        self.born = start + timedelta(days=rng.randrange(span.days + 1))
        d7 = "4" if self.born.year >= 2000 else rng.choice("0123")
        while True:
            self.serial = d7 + f"{rng.randrange(1000):03d}"
            digits = f"{self.born:%d%m%y}{self.serial}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        self.phone_digits = rng.choice(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
        self.reg = f"{rng.randrange(1000, 10000)}"
        self.account = f"{rng.randrange(10**9, 10**10)}"
        if rng.random() < 0.3:
            self.account = "00" + self.account[:8]
        elif rng.random() < 0.3:
            self.account = self.account[: rng.choice((7, 8, 9))]
        street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}"
        street += rng.choice(("", "", "", "", "A", "B", "C", "D"))
        floor = rng.choice(("", "", "", ", st. tv.", ", st. th.", ", 1. th.", ", 2. tv."))
        floor = floor or rng.choice(("", ", 3. mf.", ", 4. th.", ", st. mf.", ", 1. tv."))
        self.street, self.town = street + floor, rng.choice(TOWNS)
        g, f = _ascii(self.first).replace(" ", ""), _ascii(self.family).replace(" ", "")
        yy = f"{self.born:%y}"
        self.local = rng.choice(
            (f"{g}.{f}", f"{g[0]}{f}{yy}", f"{g}{yy}", f"{g}_{f}", f"{g}.{f[:1]}")
        )
        self.domain = rng.choice(
            ("example.dk", "example.dk", "post.example.dk", "example.com", "example.net")
        )
        f = f.replace("-", "")
        tail = rng.choice((yy, f"{self.born.year}"))
        self.user = rng.choice((f"{g}{f}", f"{g}.{f}", f"{g}_{f[:4]}", f"{g[:3]}{f}", g)) + tail

    @property
    def pronoun(self) -> str:
        return "hun" if self.female else "han"

    @property
    def kin(self) -> str:
        """What a parent calls this person: "datter" or "søn"."""
        return "datter" if self.female else "søn"

    # names
    def name(self, form: str = "full") -> Value:
        g, f, m = self.given, self.family, self.middle
        text = {
            "full": self.full,
            "first": self.first,
            "comma": f"{f}, {g}{' ' + m if m else ''}",
            "upper": self.full.upper(),
            "initial": f"{g[0]}. {f}",
            "lower": self.full.lower(),
            "lowerfirst": self.first.lower(),
            "gen": self.genitive(),
        }[form]
        stand_in = self.pseudo
        if form == "gen":
            stand_in += "'s"
        elif form == "upper":
            stand_in = stand_in.upper()
        return (text, "PERSON", stand_in)

    def genitive(self) -> str:
        if self.first[-1] not in "sxz":
            return self.first + "s"
        return self.full + "s" if self.family[-1] not in "sxz" else self.first

    def cpr(self, form: int | None = None) -> Value:
        rng, d6, serial = self.w.rng, f"{self.born:%d%m%y}", self.serial
        layouts = (
            f"{d6}-{serial}",
            f"{d6}{serial}",
            f"{d6[:2]} {d6[2:4]} {d6[4:]} {serial}",
            f"{d6} {serial}",
        )
        text = layouts[rng.randrange(4) if form is None else form]
        return (text, "CPR", rng.choice(("[CPR]", "[CPR]", f"{d6}-xxxx")))

    def dob(self) -> Value:
        b, rng = self.born, self.w.rng
        text = rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return (text, "DATE_OF_BIRTH", "[fødselsdato]")

    def phone(self) -> Value:
        text = self.w.rng.choice(PHONE_LAYOUTS)(self.phone_digits)
        return (text, "PHONE", self.w.masked_phone())

    def email(self) -> Value:
        return (f"{self.local}@{self.domain}", "EMAIL", self.w.masked_mail(self.local, self.domain))

    def address(self, form: str = "line") -> Value:
        text = self.street
        if form == "line":
            text += ", " + self.town
        elif form == "block":
            text += "\n" + self.town
        return (text, "ADDRESS", "[ADRESSE]")

    def mitid(self) -> Value:
        return (self.user, "MITID_USER", "[bruger-ID]")

    def bank(self) -> tuple[str, Value]:
        """The account in one of its forms: (leading words, the labelled part)."""
        return self.w.bank_account(self.reg, self.account)


class World:
    """The random choices of one document and its pseudonyms."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.d = Doc(negative)
        self.used: dict[str, int] = {}
        self.style = rng.choice(("letter", "digit"))

    def pseudonym(self, label: str) -> str:
        if self.rng.random() < 0.2:
            return "[NAVN]"
        n = self.used.get(label, 0)
        self.used[label] = n + 1
        return f"{label} {'ABC'[n % 3] if self.style == 'letter' else n % 3 + 1}"

    def person(self, label: str = "Borger", pool: str = "citizen") -> Person:
        return Person(self, label, pool)

    # masked values and stand-ins
    def masked_phone(self) -> str:
        return self.rng.choice(("[TLF]", "[TLF]", f"+45 ** ** ** {self.rng.randrange(100):02d}"))

    def masked_mail(self, local: str, domain: str) -> str:
        return self.rng.choice(("[e-mail]", f"{local[0]}***@{domain}"))

    def masked_card(self) -> str:
        last = f"{self.rng.randrange(10000):04d}"
        return self.rng.choice((f"**** **** **** {last}", f"******{last}"))

    def masked_iban(self) -> str:
        return f"DK{self.rng.randrange(10, 100)}XXXXXXXXXX{self.rng.randrange(10000):04d}"

    # personal values not tied to a person's name
    def phone(self, foreign: float = 0.0) -> Value:
        rng = self.rng
        if rng.random() < foreign:
            text = rng.choice(
                (
                    f"+44 7700 900{rng.randrange(1000):03d}",
                    f"+46 70 174 06 {rng.randrange(5, 100):02d}",
                )
            )
        else:
            digits = rng.choice(MOBILE) + f"{rng.randrange(10**6):06d}"
            text = rng.choice(PHONE_LAYOUTS)(digits)
        return (text, "PHONE", self.masked_phone())

    def scam_mail(self) -> Value:
        local = self.rng.choice(("noreply", "support", "refusion", "kundeservice", "betaling"))
        domain = self.rng.choice(SCAM_DOMAINS)
        return (f"{local}@{domain}", "EMAIL", self.masked_mail(local, domain))

    def staff_mail(self, p: Person, domain: str) -> Value:
        local = (p.given[0] + p.family[:2]).lower()
        local = _ascii(local).replace(" ", "").replace("-", "")
        return (f"{local}@{domain}", "EMAIL", self.masked_mail(local, domain))

    def bank_account(self, reg: str, account: str) -> tuple[str, Value]:
        """(leading words, the labelled part) of an account in one of its written forms."""
        rng = self.rng
        form = rng.randrange(5)
        if form == 0:
            return "", (
                f"{reg}-{account}",
                "BANK_ACCOUNT",
                rng.choice(("[kontonr.]", "******" + account[-4:])),
            )
        if form == 1:
            return "", (f"{reg} {account}", "BANK_ACCOUNT", "[kontonr.]")
        if form == 2:
            return f"reg.nr. {reg}, kontonr. ", (account, "BANK_ACCOUNT", "[kontonr.]")
        if form == 3:
            return f"reg. {reg} konto ", (account, "BANK_ACCOUNT", "[kontonr.]")
        return f"reg.nr. {reg} kontonummer ", (account, "BANK_ACCOUNT", "[kontonr.]")

    def iban(self, countries: str = "DE LT EE NL GB ES PL") -> Value:
        compact = _iban(self.rng, self.rng.choice(countries.split()))
        text = grouped(compact) if self.rng.random() < 0.6 else compact
        return (text, "IBAN", self.masked_iban())

    def card(self) -> tuple[Value, Value, Value]:
        rng = self.rng
        prefix = rng.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(rng.choices("0123456789", k=length - 5))
        compact = body + _luhn_digit(body)
        text = grouped(compact) if rng.random() < 0.6 else compact
        month, year = rng.randint(1, 12), rng.randint(2026, 2031)
        expiry = f"{month:02d}/{year % 100:02d}" if rng.random() < 0.7 else f"{month:02d}/{year}"
        return (
            (text, "CARD", self.masked_card()),
            (expiry, "CARD_EXPIRY", "xx/xx"),
            (f"{rng.randrange(1000):03d}", "CARD_CVV", "***"),
        )

    def otp(self) -> Value:
        n = 6 if self.rng.random() < 0.75 else 8
        return (f"{self.rng.randrange(10**n):0{n}d}", "OTP", "[kode]")

    def plate(self) -> Value:
        rng = self.rng
        letters = "".join(rng.choices("ABCDEFHJKLMNPRSTUVXYZ", k=2))
        number = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
        text = f"{letters} {number[:2]} {number[2:]}" if rng.random() < 0.7 else letters + number
        return (text, "NUMBER_PLATE", "[nummerplade]")

    # hard negatives
    def when(self) -> str:
        rng = self.rng
        day, month = rng.randint(1, 28), rng.randint(1, 11)
        hh, mm = rng.randint(7, 21), rng.randrange(60)
        return rng.choice(
            (
                f"{day:02d}.{month:02d}.26 kl. {hh:02d}.{mm:02d}",
                f"2026-{month:02d}-{day:02d} {hh:02d}:{mm:02d}",
                f"{day}. {MONTHS[month - 1]} kl. {hh:02d}.{mm:02d}",
            )
        )

    def day(self) -> str:
        return f"{self.rng.randint(1, 28):02d}.{self.rng.randint(1, 11):02d}.26"

    def clock(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randrange(60):02d}"

    def amount(self) -> str:
        rng = self.rng
        kroner = rng.choice((rng.randint(120, 999), rng.randint(1000, 48000)))
        whole = f"{kroner:,}".replace(",", ".")
        return rng.choice(
            (
                f"{whole} kr.",
                f"kr. {whole},{rng.randrange(100):02d}",
                f"{whole},{rng.randrange(100):02d} kr.",
            )
        )

    def pct(self) -> str:
        return self.rng.choice(("25 %", "8,05 %", "37 %", "52 %", "3,5 %", "100 %", "0,7 %"))

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def se(self) -> str:
        return f"SE-nr. {self.rng.randrange(10**7, 10**8)}"

    def eori(self) -> str:
        return f"EORI-nr. DK{self.rng.randrange(10**7, 10**8)}"

    def mrn(self) -> str:
        rng = self.rng
        chars = []
        for i in range(12):
            pool = "ABCDEFGHJKLMNPQRSTUVWXYZ" if i % 4 == 0 else "0123456789ABCDEFGHKLMNPRSTX"
            chars.append(rng.choice(pool))
        return f"26DK{''.join(chars)}{rng.choice('ABCDE')}{rng.randrange(10)}"

    def parcel(self) -> str:
        return f"{self.rng.choice(('RR', 'LX', 'CP', 'UA'))}{self.rng.randrange(10**8, 10**9)}DK"

    def skst(self) -> str:
        return f"SKST-26-{self.rng.randrange(10**7):07d}"

    def decision(self) -> str:
        return f"afgørelse nr. 25-{self.rng.randrange(10**6, 10**7)}"

    def jnr(self) -> str:
        return f"j.nr. 26/{self.rng.randrange(10000, 100000)}"

    def police_jnr(self) -> str:
        rng = self.rng
        police, unit = rng.randrange(1000, 5000), rng.randrange(10**4, 10**5)
        return f"journalnr. {police}-{unit}-{rng.randrange(10**5):05d}-26"

    def invoice(self) -> str:
        return f"faktura nr. 2026-{self.rng.randrange(10**5):05d}"

    def fi_line(self) -> str:
        rng = self.rng
        groups = " ".join(f"{rng.randrange(10**5):05d}" for _ in range(3))
        return f"+71< {groups} +8{rng.randrange(10**7):07d}<"

    def words(self, digits: int = 8) -> str:
        return "-".join(self.rng.choice(DIGIT_WORDS) for _ in range(digits))

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def near(self) -> str:
        return f"ved {self.rng.choice(STREETS)}."

    def scam_site(self, domains: tuple[str, ...] = SCAM_DOMAINS) -> str:
        path = self.rng.choice(("login", "refusion", "betal", "mitid"))
        return f"{self.rng.choice(domains)}/{path}"


# The eight genres. Each writes one document; a negative shows stand-ins instead of values.


def tax_case_log(w: World) -> None:
    rng, d = w.rng, w.d
    victim, staff = w.person("Borger"), w.person("Medarbejder", "staff")
    d.f("Skattestyrelsen · Sagslog {ref}\n", ref=w.skst())
    d.f(
        "Emne: Phishing »du har penge til gode« – borgeren har oplyst MitID og NemKonto\n"
        "Oprettet: {when} af {staff}\n\n",
        when=w.when(),
        staff=staff.name(rng.choice(("initial", "full"))),
    )
    form = rng.choice(("full", "comma", "full"))
    d.f("Borger: {name}, CPR {cpr}\n", name=victim.name(form), cpr=victim.cpr())
    if rng.random() < 0.7:
        d.f("Borgeren er født {dob} og bor på {addr}.\n", dob=victim.dob(), addr=victim.address())
    else:
        d.f("Adresse:\n{addr}\n", addr=victim.address("block"))
    d.f("Kontakt: tlf. {phone}, e-mail {mail}\n\n", phone=victim.phone(), mail=victim.email())
    channel = rng.choice(("en SMS", "en e-mail", "en besked i e-Boks-lignende layout"))
    d.f(
        "{when}: {name} ringede ind. {pronoun} modtog {channel} fra »Skattestyrelsen« om at der "
        "var {amount} til gode på årsopgørelsen for 2025, med et link til {site}. ",
        when=w.when(),
        name=victim.name("first"),
        pronoun=victim.pronoun.capitalize(),
        channel=channel,
        amount=w.amount(),
        site=w.scam_site(),
    )
    if rng.random() < 0.5:
        d.f("Afsender var {mail}. ", mail=w.scam_mail())
    d.f(
        "På siden tastede borgeren sit MitID-bruger-ID {mitid} og godkendte derefter koden "
        "{otp} i appen.\n",
        mitid=victim.mitid(),
        otp=w.otp(),
    )
    lead, acct = w.bank_account(f"{rng.randrange(1000, 10000)}", f"{rng.randrange(10**9, 10**10)}")
    d.f("Svindleren forsøgte at ændre NemKonto til {lead}{acct}. ", lead=lead, acct=acct)
    lead, acct = victim.bank()
    d.f(
        "{gen} egen NemKonto er {lead}{acct} i {bank}.\n",
        gen=victim.name("gen"),
        lead=lead,
        acct=acct,
        bank=rng.choice(BANKS),
    )
    d.f(
        "Ændringen blev stoppet af vores kontrol ({pct} af ændringer i marts var svindel). "
        "Borgerens {decision} og restskat på {amount} berøres ikke.\n",
        pct=w.pct(),
        decision=w.decision(),
        amount=w.amount(),
    )
    if rng.random() < 0.5:
        d.f(
            "Borgeren har tidligere drevet enkeltmandsvirksomhed ({cvr}, {se}), lukket 2024.\n",
            cvr=w.cvr(),
            se=w.se(),
        )
    if rng.random() < 0.4:
        rel = w.person("Pårørende")
        d.f(
            "Borgerens {kin} {name} ({phone}) var med på opkaldet og bor {near}\n",
            kin=rel.kin,
            name=rel.name(rng.choice(("full", "first"))),
            phone=rel.phone(),
            near=w.near(),
        )
    d.f(
        "{when}: {staff} har spærret for ændring af NemKonto i 30 dage og henvist borgeren til "
        "at anmelde forholdet til politiet på 114. Ring evt. tilbage på {line}.\n",
        when=w.when(),
        staff=staff.name("initial"),
        line=w.org_line(),
    )
    d.f(
        "Sagsbehandler: {staff}, {mail}\n",
        staff=staff.name(),
        mail=w.staff_mail(staff, "skst.example.dk"),
    )


def accountant_thread(w: World) -> None:
    rng, d = w.rng, w.d
    acc = w.person("Revisor", "staff")
    client = w.person("Kunde")
    colleague = w.person("Revisor", "staff")
    firm, company = rng.choice(FIRMS), rng.choice(CLIENTS)
    if d.negative and rng.random() < 0.5:
        company = "Virksomhed A"
    d.f(
        "Fra: {acc} <{amail}>\nTil: {client} <{cmail}>\nCc: {colmail}\n"
        "Emne: SV: Momsrefusionen er ikke kommet – NemKonto ændret?\nDato: {day}\n\n",
        acc=acc.name(),
        amail=w.staff_mail(acc, "revision.example.dk"),
        client=client.name(),
        cmail=client.email(),
        colmail=w.staff_mail(colleague, "revision.example.dk"),
        day=w.day(),
    )
    d.f("Hej {first}\n\n", first=client.name("first"))
    lead, mule = w.bank_account(f"{rng.randrange(1000, 10000)}", f"{rng.randrange(10**9, 10**10)}")
    d.f(
        "Jeg har talt med Skattestyrelsen i dag ({ref}). Momsrefusionen på {amount} til {company} "
        "({cvr}, {se}) blev udbetalt {day} til NemKonto {lead}{mule}, ",
        ref=w.skst(),
        amount=w.amount(),
        company=company,
        cvr=w.cvr(),
        se=w.se(),
        day=w.day(),
        lead=lead,
        mule=mule,
    )
    lead, acct = client.bank()
    d.f(
        "men jeres rigtige konto er {lead}{acct} i {bank}. Ændringen er lavet i MitID Erhverv af "
        "en bruger med ID {mitid}, som ifølge jer er {gen} gamle login.\n",
        lead=lead,
        acct=acct,
        bank=rng.choice(BANKS),
        mitid=client.mitid(),
        gen=client.name("gen"),
    )
    d.f(
        "Banken kan se at beløbet samme dag blev sendt videre til {iban}. Refusionen er {pct} "
        "af kvartalets købsmoms, så beløbet passer.\n",
        iban=w.iban(),
        pct=w.pct(),
    )
    if rng.random() < 0.5:
        d.f(
            "Jeres seneste import ({mrn}, {eori}) er ikke berørt.\n",
            mrn=w.mrn(),
            eori=w.eori(),
        )
    d.f(
        "Kan du ringe til mig på {phone}, eller til {col} på {phone2}? Vi skal bruge en "
        "fuldmagt, før vi kan anmelde på jeres vegne.\n\n",
        phone=acc.phone(),
        col=colleague.name(rng.choice(("full", "first"))),
        phone2=colleague.phone(),
    )
    d.f("Venlig hilsen\n{acc}\n{firm}\n", acc=acc.name(rng.choice(("initial", "full"))), firm=firm)
    if rng.random() < 0.6:
        text, kind, stand_in = acc.address("block")
        if firm.endswith(("ApS", "A/S")):  # the company's own, under its name
            kind = ORGANISATION_ADDRESS
        d.f("{addr}\n", addr=(text, kind, stand_in))
    d.f("Direkte: {phone}\n\n", phone=acc.phone())
    d.f(
        "> Fra: {client} <{cmail}>\n> Sendt: {when}\n> Vi har ikke fået pengene fra SKAT. "
        "Vi fik en mail fra {scam} om at »opdatere NemKonto«, og {owner} klikkede på linket. "
        "Min mobil er {phone}.\n",
        client=client.name(rng.choice(("full", "comma"))),
        cmail=client.email(),
        when=w.when(),
        scam=w.scam_mail(),
        owner=w.person("Medarbejder").name(rng.choice(("full", "first"))),
        phone=client.phone(),
    )


def customs_sms_complaint(w: World) -> None:
    rng, d = w.rng, w.d
    victim = w.person("Borger")
    carrier = rng.choice(CARRIERS)
    d.f(
        "Til: kundeservice ({carrier}); Toldstyrelsen\nFra: {name} <{mail}>\n"
        "Emne: Falsk SMS om told – jeg har betalt med mit kort\n\n",
        carrier=carrier,
        name=victim.name(),
        mail=victim.email(),
    )
    d.f(
        "Hej\n\nDen {day} kl. {hh} fik jeg denne SMS:\n»{carrier}: Din pakke {parcel} afventer "
        "told og moms ({amount}). Betal inden 24 timer på {site}«\n\n",
        day=w.day(),
        hh=w.clock().replace(":", "."),
        carrier=carrier,
        parcel=w.parcel(),
        amount=w.amount(),
        site=w.scam_site(SCAM_DOMAINS[1::3]),
    )
    card, expiry, cvv = w.card()
    d.f(
        "Jeg betalte med kortet {card}, udløb {expiry}, {cvc} {cvv}. Bagefter kom der en "
        "SMS-kode {otp}, som jeg også tastede ind, og så blev der trukket {amount} fra kontoen.\n",
        card=card,
        expiry=expiry,
        cvc=rng.choice(("CVC", "cvc", "CVV", "kontrolcifre")),
        cvv=cvv,
        otp=w.otp(),
        amount=w.amount(),
    )
    if rng.random() < 0.45:
        d.f(
            "Jeg venter faktisk en bil fra Tyskland, som skal indregistreres som {plate}, og "
            "troede det var afgiften til den. Toldangivelsen har MRN {mrn} (sælgers {eori}).\n",
            plate=w.plate(),
            mrn=w.mrn(),
            eori=w.eori(),
        )
    else:
        d.f(
            "Min rigtige pakke har toldangivelse {mrn}, og afsender har {eori}.\n",
            mrn=w.mrn(),
            eori=w.eori(),
        )
    d.f(
        "Banken har spærret kortet; det nye ender på {masked}. Jeg har anmeldt det til politiet "
        "({jnr}).\n\nMvh\n{name}\n",
        masked=w.masked_card(),
        jnr=w.police_jnr(),
        name=victim.name(rng.choice(("full", "first"))),
    )
    d.f("{addr}\n", addr=victim.address(rng.choice(("block", "block", "line"))))
    d.f("Tlf. {phone}\n", phone=victim.phone())
    if rng.random() < 0.5:
        d.f(
            "\n--- Svar fra Toldstyrelsen ---\nKære {first}\nToldstyrelsen og {carrier} sender "
            "aldrig links til betaling af told i en SMS. Se toldbeløbet ({pct} moms) i {carrier}s "
            "egen app. Spørgsmål: ring {line}.\n",
            first=victim.name("first"),
            carrier=carrier,
            pct=w.pct(),
            line=w.org_line(),
        )


def bank_call(w: World) -> None:
    rng, d = w.rng, w.d
    bank = rng.choice(BANKS)
    adviser, customer = w.person("Rådgiver", "staff"), w.person("Kunde")
    d.f(
        "{bank} – svindellinjen {line}, automatisk transskription ({when})\n"
        "[utydelige steder markeret]\n\n",
        bank=bank,
        line=w.org_line(),
        when=w.when(),
    )
    d.f(
        "Rådgiver: Du taler med {adv} fra {bank}s svindelteam. Hvem taler jeg med?\n"
        "Kunde: Ja øh det er {name} ... {name2}, ja.\n",
        adv=adviser.name("first"),
        bank=bank,
        name=customer.name("first"),
        name2=customer.name(),
    )
    cpr = customer.cpr()
    d.f(
        "Rådgiver: Må jeg bede om dit CPR-nummer?\nKunde: Det er {words} ... [utydeligt] ... "
        "nej vent, jeg læser det op: {cpr}.\n",
        words=w.words(10),
        cpr=cpr,
    )
    agency = rng.choice(AGENCIES)
    alias = rng.choice(ALIASES)
    d.f(
        "Rådgiver: Tak. Hvad er der sket?\nKunde: Der ringede en {alias} fra {agency} fra {phone} "
        "og sagde jeg skyldte {amount}, og at der ellers ville komme {pct} i rente. Pengene skulle "
        "sendes til {iban}.\n",
        alias=(alias, "PERSON", "[NAVN]"),
        agency=agency,
        phone=w.phone(0.5),
        amount=w.amount(),
        pct=w.pct(),
        iban=w.iban(),
    )
    lead, acct = customer.bank()
    d.f(
        "Rådgiver: Fra hvilken konto?\nKunde: Min lønkonto ... {words} ... altså {lead}{acct}.\n",
        words=w.words(4),
        lead=lead,
        acct=acct,
    )
    d.f(
        "Rådgiver: Gav du ham en kode?\nKunde: Ja, han fik koden {otp} ... og mit bruger-ID, "
        "{mitid}. Det var dumt.\n",
        otp=w.otp(),
        mitid=customer.mitid(),
    )
    if rng.random() < 0.6:
        card, expiry, cvv = w.card()
        d.f(
            "Rådgiver: Og kortet?\nKunde: Kortnummeret {card}, udløber {expiry}, og {cvc} "
            "{cvv} ... eh, det sagde jeg også.\n",
            card=card,
            expiry=expiry,
            cvc=rng.choice(("CVC", "cvc", "kontrolcifre")),
            cvv=cvv,
        )
    else:
        d.f(
            "Rådgiver: Kortet der ender på {masked}?\nKunde: Nej, det har jeg ikke givet ham.\n",
            masked=w.masked_card(),
        )
    d.f(
        "Rådgiver: Hvilket nummer kan vi ringe dig op på?\nKunde: {phone} ... eller min {kin} "
        "{rel} på {phone2}.\nRådgiver: Og din e-mail?\nKunde: {mail}\n",
        phone=customer.phone(),
        kin=(rel := w.person("Pårørende")).kin,
        rel=rel.name(rng.choice(("full", "first"))),
        phone2=rel.phone(),
        mail=customer.email(),
    )
    d.f(
        "Rådgiver: Jeg spærrer nu netbank og kort. Sagsnummer {ref}. Anmeld det til politiet på "
        "114.\n[opkald slut {hh}]\n",
        ref=f"{rng.randrange(10**5, 10**6)}-{rng.randrange(100):02d}",
        hh=w.clock(),
    )


def benefits_notes(w: World) -> None:
    rng, d = w.rng, w.d
    kommune = rng.choice(KOMMUNER)
    citizen, staff = w.person("Borger"), w.person("Sagsbehandler", "staff")
    d.f("{k} Kommune – Ydelseskontoret\nJournalnotat, {jnr}\n\n", k=kommune, jnr=w.jnr())
    d.f(
        "Borger: {name}\nCPR-nr.: {cpr}\nFødselsdato: {dob}\nAdresse: {addr}\n"
        "Tlf.: {phone}\nE-mail: {mail}\n\n",
        name=citizen.name(rng.choice(("comma", "comma", "full", "upper"))),
        cpr=citizen.cpr(),
        dob=citizen.dob(),
        addr=citizen.address(rng.choice(("block", "line"))),
        phone=citizen.phone(),
        mail=citizen.email(),
    )
    benefit = rng.choice(
        (
            "kontanthjælp",
            "boligstøtte fra Udbetaling Danmark",
            "folkepension",
            "børne- og ungeydelse",
        )
    )
    lead, mule = w.bank_account(f"{rng.randrange(1000, 10000)}", f"{rng.randrange(10**9, 10**10)}")
    d.f(
        "{day}: Borgeren henvender sig, fordi {benefit} på {amount} ikke er modtaget. Udbetalingen "
        "gik {day2} til NemKonto {lead}{mule}. ",
        day=w.day(),
        benefit=benefit,
        amount=w.amount(),
        day2=w.day(),
        lead=lead,
        mule=mule,
    )
    lead, acct = citizen.bank()
    d.f("Borgerens sædvanlige NemKonto er {lead}{acct}.\n", lead=lead, acct=acct)
    alias = rng.choice(ALIASES)
    d.f(
        "Borgeren oplyser at en »{alias} fra Udbetaling Danmark« ringede fra {phone} og bad "
        "om MitID-bruger-ID ({mitid}) og en engangskode, som borgeren læste op: {otp}.\n",
        alias=(alias, "PERSON", "[NAVN]"),
        phone=w.phone(0.3),
        mitid=citizen.mitid(),
        otp=w.otp(),
    )
    if rng.random() < 0.55:
        rel = w.person("Pårørende")
        d.f(
            "{kin} {name} (f. {dob}, tlf. {phone}) deltog i mødet og bor {near}\n",
            kin="Datteren" if rel.female else "Sønnen",
            name=rel.name(rng.choice(("full", "full", "upper"))),
            dob=rel.dob(),
            phone=rel.phone(),
            near=w.near(),
        )
    d.f(
        "Aftalt: Borgeren anmelder til politiet. Vi beder Udbetaling Danmark ({line}) om at "
        "genudbetale; reduktion {pct} er ikke aktuel. Skattestyrelsen orienteret ({ref}).\n",
        line=w.org_line(),
        pct=w.pct(),
        ref=w.skst(),
    )
    d.f(
        "Notat ved {staff}, {mail}\n",
        staff=staff.name(rng.choice(("initial", "full"))),
        mail=w.staff_mail(staff, "kommune.example.dk"),
    )


def police_report(w: World) -> None:
    rng, d = w.rng, w.d
    s1, s2 = w.person("Person"), w.person("Person")
    d.f(
        "{kreds} Politi – Anmeldelsesrapport\n{jnr}\nForhold: momssvig og fiktiv løn via "
        "stråmandsselskaber, anmeldt af Skattestyrelsen ({ref})\n\n",
        kreds=rng.choice(KREDSE),
        jnr=w.police_jnr(),
        ref=w.skst(),
    )
    d.f(
        "Sigtet 1: {name}, f. {dob}, CPR-nr. {cpr}\nAdresse: {addr}\nTlf.: {phone}\n\n",
        name=s1.name(rng.choice(("upper", "upper", "comma"))),
        dob=s1.dob(),
        cpr=s1.cpr(),
        addr=s1.address("block"),
        phone=s1.phone(),
    )
    d.f(
        "Sigtet 2: {name}, f. {dob}\nAdresse: {addr}\nE-mail: {mail}\n\n",
        name=s2.name(rng.choice(("comma", "comma", "upper"))),
        dob=s2.dob(),
        addr=s2.address(rng.choice(("line", "block"))),
        mail=s2.email(),
    )
    c1, c2 = rng.sample(CLIENTS, 2)
    if d.negative and rng.random() < 0.6:
        c1, c2 = "Virksomhed 1", "Virksomhed 2"
    d.f(
        "Selskaber: {c1} ({cvr1}, {se1}) og {c2} ({cvr2}). Selskaberne har siden {day} anmeldt "
        "momsrefusioner for i alt {amount} og løn til medarbejdere, der ikke findes.\n",
        c1=c1,
        cvr1=w.cvr(),
        se1=w.se(),
        c2=c2,
        cvr2=w.cvr(),
        day=w.day(),
        amount=w.amount(),
    )
    lead, acct = s2.bank()
    d.f(
        "Refusionerne blev udbetalt til {lead}{acct} og straks overført til {iban} og {iban2}.\n",
        lead=lead,
        acct=acct,
        iban=w.iban(),
        iban2=w.iban(),
    )
    d.f(
        "Køretøjer: {p1} (sort Audi A6, registreret på sigtet 1) og {p2} (varebil), begge "
        "observeret {near}\n",
        p1=(p1 := w.plate()),
        p2=w.plate(),
        near=w.near(),
    )
    if rng.random() < 0.5:
        card, expiry, _ = w.card()
        d.f(
            "Ved ransagning {when} fandtes et betalingskort {card}, udløb {expiry}, samt en seddel "
            "med MitID-bruger-ID {mitid}.\n",
            when=w.when(),
            card=card,
            expiry=expiry,
            mitid=s1.mitid(),
        )
    witness = w.person("Vidne")
    d.f(
        "\nVidne: {name}, {addr}, tlf. {phone}, {mail}. Vidnet så {gen} bil {plate} ved adressen "
        "flere nætter.\n",
        name=witness.name(rng.choice(("full", "full", "comma"))),
        addr=witness.address("line"),
        phone=witness.phone(),
        mail=witness.email(),
        gen=s1.name("gen"),
        plate=p1,
    )
    d.f(
        "\nRapportoptager: politiassistent {staff}\n",
        staff=w.person("Medarbejder", "staff").name(rng.choice(("initial", "full"))),
    )


def debt_letter(w: World) -> None:
    rng, d = w.rng, w.d
    victim, staff = w.person("Borger"), w.person("Sagsbehandler", "staff")
    d.f(
        "Til: Gældsstyrelsen\nFra: {name} <{mail}>\nEmne: Er dette brev ægte?\n\n",
        name=victim.name(),
        mail=victim.email(),
    )
    d.f(
        "Jeg har fået brevet nedenfor i min postkasse. Jeg hedder {name}, er født {dob} og bor "
        "på {addr}, og mit nummer er {phone}.\n\n",
        name=victim.name(),
        dob=victim.dob(),
        addr=victim.address(rng.choice(("line", "street"))),
        phone=victim.phone(),
    )
    d.f(
        "----- Brevet -----\nGÆLDSSTYRELSEN · INKASSO\n{upper}\n{addr}\n\n",
        upper=victim.name("upper"),
        addr=victim.address("block"),
    )
    d.f(
        "Deres CPR-nr.: {cpr}\nRestance: {amount} i ubetalt vægtafgift for {plate} med renter "
        "på {pct} pr. måned.\n",
        cpr=victim.cpr(),
        amount=w.amount(),
        plate=(plate := w.plate()),
        pct=w.pct(),
    )
    d.f(
        "Betal senest {day} til IBAN {iban} ({invoice}), eller via FI-kort {fi}.\n"
        "Kortbetaling: ring {phone} eller skriv til {scam}.\n----- Slut -----\n\n",
        day=w.day(),
        iban=w.iban(),
        invoice=w.invoice(),
        fi=w.fi_line(),
        phone=w.phone(0.6),
        scam=w.scam_mail(),
    )
    if rng.random() < 0.4:
        card, expiry, cvv = w.card()
        d.f(
            "Jeg nåede at ringe og give dem kortet {card} ({expiry}, CVC {cvv}), før min nabo "
            "sagde det var svindel.\n\n",
            card=card,
            expiry=expiry,
            cvv=cvv,
        )
    d.f(
        "Svar fra Gældsstyrelsen ({when}):\nKære {first}\nBrevet er ikke fra os. Du har ingen "
        "gæld til inddrivelse (saldo 0,00 kr.), og vægtafgiften for {plate} er betalt. Vi beder "
        "aldrig om betaling til en udenlandsk konto eller med kort over telefonen. Vores "
        "rigtige linje er {line}.\n",
        when=w.when(),
        first=victim.name(rng.choice(("first", "full"))),
        plate=plate,
        line=w.org_line(),
    )
    d.f(
        "Med venlig hilsen\n{staff}\nGældsstyrelsen, {mail}\n",
        staff=staff.name(rng.choice(("full", "initial"))),
        mail=w.staff_mail(staff, "gaeld.example.dk"),
    )


def skat_chat(w: World) -> None:
    rng, d = w.rng, w.d
    victim = w.person("Borger")
    speaker = victim.name(rng.choice(("full", "first", "lowerfirst", "full")))
    alias = rng.choice(ALIASES)
    english = rng.random() < 0.35
    minute = rng.randint(8 * 60, 21 * 60)

    def line(who: str | Value, template: str, **values: str | Value) -> None:
        nonlocal minute
        minute += rng.randint(0, 3)
        d.f("[{ts}] {who}: ", ts=f"{minute // 60:02d}:{minute % 60:02d}", who=who)
        d.f(template + "\n", **values)

    d.f("Chat-eksport – »SKAT Support« ({when})\n", when=w.when())
    if english:
        line(
            "SKAT Support",
            "Hello! This is {alias} from Skattestyrelsen. You have {amount} to get back on your "
            "2025 tax assessment. What is your full name?",
            alias=(alias, "PERSON", "[NAVN]"),
            amount=w.amount(),
        )
        line(speaker, "{name}", name=victim.name(rng.choice(("lower", "full"))))
        line("SKAT Support", "Thank you. Please confirm your CPR number and phone.")
        line(speaker, "{cpr} and my phone is {phone}", cpr=victim.cpr(), phone=victim.phone())
        lead, acct = victim.bank()
        line(
            "SKAT Support",
            "Which NemKonto should we pay to? Tax refund is {pct} of the overpaid amount.",
            pct=w.pct(),
        )
        line(speaker, "my account is {lead}{acct}", lead=lead, acct=acct)
        line("SKAT Support", "To verify you, send your card number, expiry and CVC.")
        card, expiry, cvv = w.card()
        line(speaker, "{card} {expiry} cvc {cvv}", card=card, expiry=expiry, cvv=cvv)
        line("SKAT Support", "Now type the code you get from MitID and your user ID.")
        line(speaker, "{otp}, user id {mitid}", otp=w.otp(), mitid=victim.mitid())
        line(
            speaker,
            "wait, my son says skat never writes here. who are you? my email is {mail}",
            mail=victim.email(),
        )
    else:
        line(
            "SKAT Support",
            "Hej! Du har penge til gode: {amount} fra din årsopgørelse 2025. Jeg hedder {alias}. "
            "Hvad er dit fulde navn?",
            amount=w.amount(),
            alias=(alias, "PERSON", "[NAVN]"),
        )
        line(speaker, "det er {name}", name=victim.name(rng.choice(("lower", "lower", "full"))))
        line("SKAT Support", "Tak. Skriv dit CPR-nummer og din adresse, så vi kan finde sagen.")
        line(speaker, "{cpr}, {addr}", cpr=victim.cpr(), addr=victim.address("line"))
        line(
            "SKAT Support",
            "Hvilken konto skal pengene ind på? Vi trækker {pct} i gebyr.",
            pct=w.pct(),
        )
        lead, acct = victim.bank()
        line(speaker, "{lead}{acct} i {bank}", lead=lead, acct=acct, bank=rng.choice(BANKS))
        line("SKAT Support", "Skriv koden fra MitID-appen og dit bruger-ID.")
        line(speaker, "bruger-ID {mitid} og koden er {otp}", mitid=victim.mitid(), otp=w.otp())
        if rng.random() < 0.5:
            card, expiry, cvv = w.card()
            line("SKAT Support", "Vi skal også bruge dit kort til gebyret: nummer, udløb og CVC.")
            line(speaker, "{card} udløb {expiry} CVC {cvv}", card=card, expiry=expiry, cvv=cvv)
        rel = w.person("Pårørende")
        line(
            speaker,
            "min {kin} {name} siger det er svindel. ring til {them} på {phone}",
            kin=rel.kin,
            name=rel.name(rng.choice(("first", "full", "lowerfirst"))),
            them="hende" if rel.female else "ham",
            phone=rel.phone(),
        )
    line(
        "SKAT Support",
        "Sagen er oprettet som {ref}. Ring ikke til politiet på 114, så lukkes sagen.",
        ref=w.skst(),
    )
    d.f("\n(Indsendt til Skattestyrelsen {when}, {mail})\n", when=w.when(), mail=victim.email())


WRITERS: dict[str, Callable[[World], None]] = {
    "tax_case_log": tax_case_log,
    "accountant_thread": accountant_thread,
    "customs_sms_complaint": customs_sms_complaint,
    "bank_call": bank_call,
    "benefits_notes": benefits_notes,
    "police_report": police_report,
    "debt_letter": debt_letter,
    "skat_chat": skat_chat,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(plan):
        while True:
            w = World(rng, kind == "negative")
            WRITERS[genre](w)
            text = w.d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {"id": f"b35-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": w.d.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind35.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
